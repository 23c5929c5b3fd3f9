"""The pre-commit hook, tried for real: pre-commit installs this repository and runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_hook_flags_an_unattributed_quote(tmp_path: Path) -> None:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "story.md").write_text(
        '# Budget\n\n"Nobody told us anything about the cuts."\n', "utf-8"
    )
    (repo / "fine.md").write_text(
        '"The cuts are final," said Jonas Berg, the finance director.\n', "utf-8"
    )
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "attribution-check",
            "--all-files",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "story.md:3:1: AT001 [error] Quote with no speaker" in result.stdout
    assert "fine.md" not in result.stdout
