"""`attribution check`, `rules` and `explain` as a CI pipeline runs them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from attribution.cli import app

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures"

CLEAN = '"The bridge opens in May," said Li Wei, the city engineer.\n'
ANONYMOUS = "The bridge will open late, officials said.\n"
UNATTRIBUTED = 'The council met.\n\n"Nobody told us anything about this."\n'


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clean.txt").write_text(CLEAN, "utf-8")
    (tmp_path / "anon.md").write_text(f"# Bridge\n\n{ANONYMOUS}", "utf-8")
    (tmp_path / "bad.txt").write_text(UNATTRIBUTED, "utf-8")
    return tmp_path


def test_line_format_and_exit_codes(folder: Path) -> None:
    code, out, _ = run("check", "clean.txt", "anon.md", "-f", "line")
    assert code == 0  # warnings do not fail at the default --fail-on error
    assert "anon.md:3:28: AN001 [warning] Statement from an anonymous source: officials" in out
    code, _, _ = run("check", "anon.md", "--fail-on", "warning")
    assert code == 1
    code, out, _ = run("check", "bad.txt", "-f", "line")
    assert code == 1
    assert out.startswith('bad.txt:3:1: AT001 [error] Quote with no speaker: "Nobody told us')
    code, _, _ = run("check", "bad.txt", "--fail-on", "never")
    assert code == 0


def test_min_severity_hides_but_does_not_change_the_exit_code(folder: Path) -> None:
    code, out, _ = run("check", "anon.md", "bad.txt", "-f", "line", "--min-severity", "error")
    assert code == 1
    assert "AN001" not in out and "AT001" in out


def test_folder_walk_with_exclude(folder: Path) -> None:
    (folder / "drafts").mkdir()
    (folder / "drafts" / "x.txt").write_text(UNATTRIBUTED, "utf-8")
    (folder / "notes.csv").write_text(UNATTRIBUTED, "utf-8")
    code, out, _ = run("check", ".", "-f", "json")
    paths = {f["path"] for f in json.loads(out)["findings"]}
    assert paths == {"anon.md", "bad.txt", "drafts/x.txt"}
    code, out, _ = run("check", ".", "-f", "json", "--exclude", "drafts/*")
    assert code == 1
    assert {f["path"] for f in json.loads(out)["findings"]} == {"anon.md", "bad.txt"}


def test_unreadable_input_is_reported_and_the_rest_is_checked(folder: Path) -> None:
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x00\x00")
    code, out, err = run("check", "binary.txt", "missing.md", "anon.md", "-f", "line")
    assert code == 2
    assert "AN001" in out
    assert "attribution: error: binary.txt: looks like a binary file" in err
    assert "attribution: error: missing.md: no such file or folder" in err
    assert "Traceback" not in err


def test_json_output_is_versioned(folder: Path) -> None:
    code, out, _ = run("check", "anon.md", "-f", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["schema_version"] == "1.0"
    first = doc["findings"][0]
    assert {k: first[k] for k in ("path", "line", "column", "code", "severity", "text")} == {
        "path": "anon.md",
        "line": 3,
        "column": 28,
        "code": "AN001",
        "severity": "warning",
        "text": "officials",
    }
    assert doc["summary"]["files"] == 1


def test_sarif_validates_against_the_official_schema(folder: Path) -> None:
    code, out, _ = run("check", ".", "missing.txt", "-f", "sarif")
    assert code == 2
    doc = json.loads(out)
    schema = json.loads((FIXTURES / "sarif-2.1.0.json").read_text("utf-8"))
    jsonschema.validate(doc, schema)
    run_ = doc["runs"][0]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert "AN001" in rule_ids and "QT002" in rule_ids
    result = next(r for r in run_["results"] if r["ruleId"] == "AT001")
    assert rule_ids[result["ruleIndex"]] == "AT001"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    notices = run_["invocations"][0]["toolExecutionNotifications"]
    assert notices[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "missing.txt"
    )


def test_github_workflow_commands(folder: Path) -> None:
    _, out, _ = run("check", "anon.md", "bad.txt", "-f", "github")
    lines = out.splitlines()
    assert lines[0].startswith(
        "::warning file=anon.md,line=3,col=28,endLine=3,endColumn=37,title=AN001 anonymous-source::"
    )
    assert any(line.startswith("::error file=bad.txt,line=3,col=1,") for line in lines)
    assert any(line.startswith("::notice ") for line in lines)


def test_text_format_summarises(folder: Path) -> None:
    code, out, _ = run("check", "clean.txt", "bad.txt", "--width", "100")
    assert code == 1
    assert "AT001" in out
    assert out.rstrip().endswith("in 2 files checked.")
    code, out, _ = run("check", "clean.txt")
    assert "No findings in 1 file checked." in out


def test_stdin_uses_the_given_filename(folder: Path) -> None:
    result = runner.invoke(
        app,
        ["check", "-", "--stdin-filename", "story.md", "-f", "line"],
        input="Rents rose, `officials said`.\n\nTaxes rose, officials said.\n",
    )
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("story.md:3:13: AN001")


def test_configuration_is_found_upwards_and_applied(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / ".attribution.toml").write_text(
        """
ignore = ["AN003"]
fail-on = "warning"
[severity]
AN002 = "error"
[per-file-ignores]
"sub/*.txt" = ["AT"]
[lexicon]
loaded-verbs = ["quipped"]
""",
        "utf-8",
    )
    sub = folder / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text(UNATTRIBUTED + '\n"We quit," quipped Li Wei, a baker.\n', "utf-8")
    monkeypatch.chdir(sub)
    code, out, _ = run("check", "b.txt", "../anon.md", "-f", "line")
    assert code == 1
    assert "AN003" not in out
    assert "AN002 [error]" in out
    assert "AT001" not in out  # per-file ignore, matched relative to the config's folder
    assert "VB001 [warning] Loaded attribution verb: quipped" in out


def test_pyproject_table_and_rule_options(folder: Path) -> None:
    (folder / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.attribution]\nselect = ["AN002"]\n'
        '[tool.attribution.rules.AN002]\nrequire = ["vantage-point"]\n',
        "utf-8",
    )
    (folder / "v.txt").write_text("Prices rose, military sources said.\n", "utf-8")
    code, out, _ = run("check", "anon.md", "v.txt", "-f", "line")
    assert code == 0
    assert "anon.md:3:28: AN002" in out  # "officials" says nothing about vantage
    assert "v.txt" not in out  # "military sources" does, and the reason is not required
    assert "AN001" not in out  # only the selected rule runs


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("selct = []\n", ".attribution.toml: selct: unknown key"),
        ('fail-on = "sometimes"\n', "fail-on: must be one of error, warning, info, never"),
        ('select = "AN"\n', "select: must be a list of non-empty strings"),
        ('select = ["ZZ"]\n', "'ZZ' matches no rule code"),
        ('[rules.AN002]\nrequire = ["why"]\n', "'why' is not one of reason, vantage-point"),
        ('[lexicon]\nloud-verbs = ["x"]\n', "lexicon.loud-verbs: unknown key"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_configuration_is_one_clear_line(folder: Path, config: str, message: str) -> None:
    (folder / ".attribution.toml").write_text(config, "utf-8")
    code, _, err = run("check", "clean.txt")
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_catastrophic_user_pattern_times_out_naming_the_rule(folder: Path) -> None:
    (folder / "house.toml").write_text(
        """
[[rule]]
code = "HS001"
name = "slow-pattern"
summary = "A pattern that backtracks for ever."
kind = "existence"
severity = "warning"
message = "{match}"
fix = "f"
rationale = "r"
source = "s"
[rule.options]
patterns = ['(a|aa)+$']
""",
        "utf-8",
    )
    (folder / ".attribution.toml").write_text('rule-files = ["house.toml"]\n', "utf-8")
    (folder / "slow.txt").write_text("a" * 60 + "b\n", "utf-8")
    code, _, err = run("check", "slow.txt", "clean.txt")
    assert code == 2
    assert "slow.txt: rule HS001 (slow-pattern): pattern '(a|aa)+$' ran longer than" in err


def test_baseline_reports_only_new_findings(folder: Path) -> None:
    code, _, err = run("check", "anon.md", "--write-baseline", "baseline.json")
    assert code == 0 and "findings recorded in baseline.json" in err
    code, out, _ = run("check", "anon.md", "--baseline", "baseline.json", "-f", "line")
    assert code == 0 and out == ""
    # Text added above a known finding moves it, but it is still known.
    (folder / "anon.md").write_text(
        f"# Bridge\n\nIntro.\n\n{ANONYMOUS}\nRents rose, sources said.\n"
    )
    code, out, _ = run("check", "anon.md", "--baseline", "baseline.json", "-f", "line")
    assert "officials" not in out and "sources" in out


def test_report_written_atomically_only_where_asked(folder: Path) -> None:
    code, out, _ = run("check", "anon.md", "-f", "sarif", "-o", "out.sarif")
    assert code == 0
    assert out == ""
    assert json.loads((folder / "out.sarif").read_text("utf-8"))["version"] == "2.1.0"
    assert [p.name for p in folder.iterdir() if p.name.startswith(".out")] == []


def test_rules_and_explain() -> None:
    code, out, _ = run("rules", "--json")
    assert code == 0
    assert {"code": "VB001", "name": "loaded-attribution-verb"}.items() <= next(
        r for r in json.loads(out) if r["code"] == "VB001"
    ).items()
    code, out, _ = run("explain", "an002")
    assert code == 0
    for section in ("What it flags", "Why it matters", "Example", "Use instead"):
        assert section in out
    assert "AP Stylebook" in out
    code, _, err = run("explain", "XX999")
    assert code == 2 and "no rule 'XX999'" in err
