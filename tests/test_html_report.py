"""The highlighted HTML report, rendered in a real browser (headless Chromium).

Chromium comes from Debian's `chromium` package; `.ci/run` installs it.  Where it
is missing the test fails and says how to install it: it is never skipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from attribution.cli import app

SAMPLE = Path(__file__).resolve().parent.parent / "samples"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise AssertionError(
        "headless Chromium is needed for this test: `apt-get install chromium` (.ci/run does it)"
    )


def test_html_report_in_a_browser(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = CliRunner().invoke(
        app,
        [
            "report",
            str(SAMPLE / "pakistan-forward-balochistan-operation.txt"),
            "-f",
            "html",
            "-o",
            str(page),
        ],
    )
    assert result.exit_code == 0, result.stderr
    source = page.read_text("utf-8")
    # Self-contained: nothing is fetched.
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", source)
    assert "<script" not in source

    browser = chromium()
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    rendered = dom.stdout
    for speaker in ("Imran Abid", "Mohammad Hilal", "Hassan Askari Rizvi", "military sources"):
        assert f">{speaker}</a>" in rendered, speaker
    assert "Inter-Services Public Relations (ISPR)" in rendered
    assert rendered.count("<mark") >= 30  # every fragment of 29 statements, some split
    assert rendered.count('class="mention"') >= 20
    assert 'id="note-1"' in rendered and 'href="#at-1"' in rendered
    assert "CONSOLE" not in dom.stderr  # no console messages, let alone errors

    shot = tmp_path / "report.png"
    subprocess.run(
        [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1280,1600",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 50_000  # a rendered page, not a blank one
