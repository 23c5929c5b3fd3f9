"""The bad-input battery: everything a CI linter meets, each a clear line and exit 2.

Where the input is text (odd quote marks, a very long line), the answer is a
finding or a report, not an error.  Every case is also checked for tracebacks.
"""

from __future__ import annotations

import codecs
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution import analyze, cli, cli_analysis
from attribution.cli import app
from attribution.inputs import InputError, write_atomic
from attribution.markup import Markup, extract

runner = CliRunner()
GOOD = '"The bridge opens in May," said Li Wei, the city engineer.\n'


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stdout, result.stderr


def one_error_line(err: str, *parts: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    for part in parts:
        assert part in lines[0], (part, lines[0])


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    return tmp_path


@pytest.mark.parametrize("command", ["report", "check"])
def test_missing_path(here: Path, command: str) -> None:
    code, _, err = run(command, "nowhere.txt")
    assert code == 2
    one_error_line(err, "nowhere.txt", "no such file")


def test_directory_given_to_report(here: Path) -> None:
    code, _, err = run("report", ".")
    assert code == 2
    one_error_line(err, "is a directory")


def test_unreadable_file(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = here / "secret.txt"
    secret.write_text(GOOD, "utf-8")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    # Tests may run as root, for whom chmod 000 changes nothing: refuse the open itself.
    monkeypatch.setattr(Path, "open", refuse)
    code, _, err = run("report", "secret.txt")
    assert code == 2
    one_error_line(err, "secret.txt: permission denied")
    code, _, err = run("check", "secret.txt", "good.txt", "-f", "line")
    assert code == 2
    one_error_line(err, "secret.txt: permission denied")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        (b"plain text\x00with a NUL", "looks like a binary file"),
        (b"Caf\xc3\xa9 and then \xff\xfe broken", "invalid UTF-8 at byte 15"),
    ],
)
@pytest.mark.parametrize("command", ["report", "check"])
def test_binary_and_undecodable(here: Path, command: str, content: bytes, message: str) -> None:
    (here / "bad.txt").write_bytes(content)
    code, _, err = run(command, "bad.txt")
    assert code == 2
    one_error_line(err, "bad.txt", message)


def test_windows_1252_is_named_and_read_with_the_option(here: Path) -> None:
    (here / "w.txt").write_bytes("“Ça suffit,” said Zoë Dupont, a baker.".encode("cp1252"))
    code, _, err = run("check", "w.txt")
    assert code == 2
    one_error_line(err, "w.txt", "invalid UTF-8 at byte 0", "--encoding cp1252")
    code, out, _ = run("check", "w.txt", "--encoding", "cp1252", "-f", "json")
    assert code == 0
    assert json.loads(out)["summary"]["files"] == 1


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (b"", "utf-8"),
    ],
)
def test_boms_and_crlf_give_the_right_columns(here: Path, bom: bytes, codec: str) -> None:
    text = "Intro.\r\n\r\nPrices rose, sources said.\r\n"
    (here / "b.txt").write_bytes(bom + text.encode(codec))
    code, out, _ = run("check", "b.txt", "-f", "line", "--select", "AN001")
    assert code == 0
    assert out == "b.txt:3:14: AN001 [warning] Statement from an anonymous source: sources\n"


def test_huge_file_is_refused_by_size_without_reading_it(here: Path) -> None:
    with (here / "huge.txt").open("wb") as handle:
        handle.truncate(200_000_000)  # sparse: 200 MB on paper, nothing on disk
    code, _, err = run("check", "huge.txt", "good.txt")
    assert code == 2
    one_error_line(err, "huge.txt: 200.0 MB is larger than the --max-bytes limit of 50.0 MB")
    code, _, err = run("report", "good.txt", "--max-bytes", "10")
    assert code == 2
    one_error_line(err, "good.txt", "--max-bytes limit")
    code, _, err = run("report", "good.txt", "--max-bytes", "lots")
    assert code == 2
    one_error_line(err, "cannot read 'lots' as a size")


def test_batch_refuses_a_huge_record_and_goes_on_with_skip_bad(here: Path) -> None:
    big = json.dumps({"id": "big", "text": "word " * 5000})
    small = json.dumps({"id": "small", "text": GOOD})
    (here / "in.jsonl").write_text(f"{big}\n{small}\n", "utf-8")
    code, _, err = run("batch", "in.jsonl", "-o", "out.jsonl", "--max-bytes", "10KB")
    assert code == 2
    one_error_line(err, "in.jsonl:1: bad record: record is larger than the --max-bytes limit")
    code, _, err = run("batch", "in.jsonl", "-o", "out.jsonl", "--max-bytes", "10KB", "--skip-bad")
    assert code == 0
    ids = [json.loads(line)["id"] for line in (here / "out.jsonl").read_text("utf-8").splitlines()]
    assert ids == ["small"]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('{"id": "a"}', '"text" is missing or not a string'),
        ('{"id": "a", "text": 42}', '"text" is missing or not a string'),
        ('{"id": "a", "text": "x"', "bad record: Expecting"),
        ('["a", "b"]', "expected a JSON object"),
        ('{"id": [1], "text": "x"}', '"id" must be a string or a number'),
    ],
)
def test_bad_jsonl_records(here: Path, record: str, message: str) -> None:
    (here / "in.jsonl").write_text(json.dumps({"id": "ok", "text": GOOD}) + "\n" + record + "\n")
    code, _, err = run("batch", "in.jsonl", "-o", "out.jsonl")
    assert code == 2
    one_error_line(err, "in.jsonl:2: bad record", message)
    assert not (here / "out.jsonl").exists()


def test_invalid_utf8_in_jsonl_names_the_file_byte(here: Path) -> None:
    first = (json.dumps({"id": "ok", "text": GOOD}) + "\n").encode()
    (here / "in.jsonl").write_bytes(first + b'{"id": "b", "text": "caf\xe9"}\n')
    code, _, err = run("batch", "in.jsonl", "-o", "out.jsonl")
    assert code == 2
    one_error_line(err, f"in.jsonl:2: bad record: invalid UTF-8 at byte {len(first) + 24}")


def test_a_line_of_ten_million_characters(here: Path) -> None:
    sentence = '"We will rebuild," said Amara Osei. Prices rose, officials said. '
    (here / "long.txt").write_text((sentence * (10_000_000 // len(sentence) + 1))[:10_000_000])
    code, out, _ = run("check", "long.txt", "-f", "json", "--select", "AN001")
    assert code == 0
    assert json.loads(out)["summary"]["findings"] > 100_000


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("“The mill will close, said Ann Lee, a worker.", 1),
        ("The mill will close,” said Ann Lee, a worker.", 21),
        ("«The mill will close, said Ann Lee, a worker.", 1),
        ("„The mill will close, said Ann Lee, a worker.", 1),
        ('"The mill will close, said Ann Lee, a worker.', 1),
        ('She said "it is over" and "done.', 27),
    ],
)
def test_unbalanced_marks_are_findings_at_the_mark(here: Path, text: str, column: int) -> None:
    (here / "u.txt").write_text(f"{text}\n\nThe council met.\n\n{GOOD}", "utf-8")
    code, out, _ = run("check", "u.txt", "-f", "line", "--select", "QT002")
    assert code == 1
    assert out.startswith(f"u.txt:1:{column}: QT002 [error]")
    assert out.count("\n") == 1  # the next paragraphs are paired as if nothing happened


def test_bad_suppression_comment_names_file_and_line(here: Path) -> None:
    (here / "s.md").write_text("Intro.\n\n<!-- attribution: of -->\n", "utf-8")
    code, _, err = run("check", "s.md")
    assert code == 2
    one_error_line(err, "s.md: line 3: unknown attribution comment 'of'")


def test_outputs_never_overwrite_inputs(here: Path) -> None:
    code, _, err = run("check", "good.txt", "-o", "good.txt")
    assert code == 2
    one_error_line(err, "good.txt: the output would overwrite an input")
    assert (here / "good.txt").read_text("utf-8") == GOOD
    code, _, err = run("check", "good.txt", "--write-baseline", "./good.txt")
    assert code == 2
    assert (here / "good.txt").read_text("utf-8") == GOOD


def test_failed_atomic_write_keeps_the_previous_file(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = here / "report.json"
    target.write_text("previous", "utf-8")

    def broken_rename(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_rename)
    with pytest.raises(OSError):
        write_atomic(str(target), "new content")
    assert target.read_text("utf-8") == "previous"
    assert sorted(p.name for p in here.iterdir()) == ["good.txt", "report.json"]
    with pytest.raises(InputError, match="folder"):
        write_atomic(str(here / "no" / "such" / "x.json"), "x")


def test_killed_batch_leaves_the_previous_output_intact(here: Path) -> None:
    line = json.dumps({"id": "a", "text": GOOD * 200}) + "\n"
    (here / "in.jsonl").write_text(line * 3000, "utf-8")
    (here / "out.jsonl").write_text("previous results\n", "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "attribution.cli", "batch", "in.jsonl", "-o", "out.jsonl"],
        cwd=here,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".partial") and p.stat().st_size for p in here.iterdir()):
        assert time.monotonic() < deadline and process.poll() is None, "batch never started"
        time.sleep(0.05)
    workers = _children(process.pid)
    assert workers, "the batch runs with worker processes"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert (here / "out.jsonl").read_text("utf-8") == "previous results\n"
    # Its workers notice and end too, rather than wait on their queue for ever.
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers):
        assert time.monotonic() < deadline, "workers outlived the killed batch"
        time.sleep(0.1)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found.extend(int(child) for child in (task / "children").read_text().split())
    return found


def test_html_is_parsed_without_touching_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML reader opened a socket")

    monkeypatch.setattr(socket, "socket", no_network)
    page = (
        '<link rel="stylesheet" href="http://example.org/s.css">'
        '<img src="http://example.org/a.png"><iframe src="http://example.org/"></iframe>'
        "<p>Prices rose, officials said.</p>"
    )
    assert "Prices rose, officials said." in extract(page, Markup.HTML).text


def test_rule_and_config_loading_is_data_only(root: Path) -> None:
    # Rule and configuration files are read with tomllib: nothing in the package
    # evaluates, imports or unpickles what a user wrote.
    for path in (root / "attribution").rglob("*.py"):
        source = path.read_text("utf-8")
        for forbidden in ("eval(", "exec(", "pickle", "__import__", "importlib", "marshal"):
            assert forbidden not in source, (path.name, forbidden)


def test_symlinked_folders_are_not_walked(
    here: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (outside / "bad.txt").write_text('The end.\n\n"Nobody said this."\n', "utf-8")
    (here / "articles").mkdir()
    (here / "articles" / "good.txt").write_text(GOOD, "utf-8")
    (here / "articles" / "elsewhere").symlink_to(outside, target_is_directory=True)
    code, out, _ = run("check", "articles", "-f", "line")
    assert code == 0 and out == ""


def _best_of_three(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        analyze(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        "Mayor Ruiz Says the Bridge Will Reopen by Spring\n\n",  # title-case headlines
        "ORTEGA: We said it would pass, and it did.\n\n",  # transcript lines
        "Ruiz: The Council Says the Budget Cannot Survive Another Cut\n\n",  # source colons
    ],
)
def test_many_short_paragraphs_cost_linear_time(unit: str) -> None:
    # Eight times the text may cost about eight times as much, never the square
    # (a copy of the whole text per headline would be 64x). Plain prose in between
    # makes the text long for few paragraphs.
    prose = "The council met on Tuesday and the meeting ran late into the evening. " * 30
    small, large = (unit + prose + "\n\n") * 100, (unit + prose + "\n\n") * 800
    t_small, t_large = _best_of_three(small), _best_of_three(large)
    assert t_large < max(24 * t_small, 0.05), (t_small, t_large)


def test_eval_with_a_missing_gold_or_prediction_file(here: Path) -> None:
    code, _, err = run("eval", "nowhere.jsonl")
    assert code == 2
    one_error_line(err, "nowhere.jsonl", "no such file")
    (here / "gold.jsonl").write_text(json.dumps({"id": "a", "text": GOOD}) + "\n", "utf-8")
    code, _, err = run("eval", "gold.jsonl", "--pred", "missing.jsonl")
    assert code == 2
    one_error_line(err, "missing.jsonl", "no such file")
    code, _, err = run("eval", ".")
    assert code == 2
    one_error_line(err, "is a directory")


def test_an_internal_error_is_one_line_and_exit_3_unless_debugging(
    here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("speaker")

    (here / "a.txt").write_text('"We won," she said.\n', "utf-8")
    monkeypatch.setattr(cli_analysis, "analyze", broken)
    monkeypatch.setattr(sys, "argv", ["attribution", "report", "a.txt"])
    monkeypatch.delenv(cli.DEBUG_VARIABLE, raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert err.startswith("attribution: internal error: KeyError: 'speaker' (a bug in")
    assert err.count("\n") == 1
    monkeypatch.setenv(cli.DEBUG_VARIABLE, "1")
    with pytest.raises(KeyError):
        cli.main()
