"""The README's GitHub Actions example, its `attribution` steps run here as the runner would.

GitHub's runners are out of reach from this machine; what can be checked is that
every `run: attribution ...` step of the example works as written, in a
repository with an `articles/` folder, with the exit codes a workflow relies on.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def workflow_steps() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("GitHub Actions:", 1)[1].split("```yaml", 1)[1].split("```", 1)[0]
    return re.findall(r"^\s+- run: (attribution .+)$", block, re.MULTILINE)


def test_readme_workflow_steps_run(tmp_path: Path) -> None:
    steps = workflow_steps()
    assert len(steps) == 2
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "story.md").write_text(
        '# Budget\n\nThe council met.\n\n"Nobody told us about the cuts."\n', "utf-8"
    )
    results = []
    for step in steps:
        argv = shlex.split(step)
        command = [sys.executable, "-m", "attribution.cli", *argv[1:]]
        ran = subprocess.run(command, check=False, cwd=tmp_path, capture_output=True, text=True)
        results.append(ran)
    annotate, sarif = results
    assert annotate.returncode == 1  # an error-level finding fails the job
    assert annotate.stdout.startswith("::error file=articles/story.md,line=5,col=1,")
    assert sarif.returncode == 0  # --fail-on never: the upload step always has its file
    report = json.loads((tmp_path / "attribution.sarif").read_text("utf-8"))
    uri = report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert uri["artifactLocation"]["uri"] == "articles/story.md"
