"""Quotes checked against their sources: `verify` and the QT003-QT005 rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution import analyze
from attribution.cli import app
from attribution.markup import Markup, extract
from attribution.verify import Status, load_source, verify

TRANSCRIPT = """\
BERG: Good evening. We have no money left for books, and we won't pretend otherwise.
NAIR: The library served 14,000 readers a year. Closing it after fifty years is a mistake.
BERG: The decision is final and fair. Mayor Osei agreed with it.
NAIR: Nobody will lose their job, he told us, but that is not true.
Q: Is the library really closing?
A: It closes in June, and the books go to the schools.
"""


def statuses(article: str, transcript: str = TRANSCRIPT) -> list[tuple[str, Status]]:
    source = load_source("t.txt", extract(transcript, Markup.TEXT))
    results = verify(analyze(article), [source])
    return [(r.text, r.status) for r in results]


@pytest.mark.parametrize(
    ("article", "status"),
    [
        ('"Closing it after fifty years is a mistake," said Priya Nair.', Status.VERBATIM),
        # Case, quote marks, dashes and whitespace do not count.
        (
            "\u201cclosing it after fifty   years is a mistake,\u201d said Priya Nair.",
            Status.VERBATIM,
        ),
        # An ellipsis stands for omitted words, brackets for inserted ones.
        ('"Closing it ... is a mistake," said Priya Nair.', Status.VERBATIM),
        ('"[The closure] is a mistake," said Priya Nair.', Status.VERBATIM),
        # Meaning drift is never verbatim.
        ('"The library served 40,000 readers a year," said Priya Nair.', Status.ALTERED),
        ('"Closing it after fifty years is not a mistake," said Priya Nair.', Status.ALTERED),
        ('"Mayor Lee agreed with it," said Jonas Berg.', Status.ALTERED),
        ('"We will not pretend otherwise," said Jonas Berg.', Status.ALTERED),
        # Found in somebody else's words.
        ('"Nobody will lose their job," said Jonas Berg.', Status.MISATTRIBUTED),
        ('"Is the library really closing?" said Priya Nair.', Status.MISATTRIBUTED),
        ('"It closes in June," said Priya Nair.', Status.VERBATIM),
        ('"The budget is balanced," said Jonas Berg.', Status.NOT_FOUND),
    ],
)
def test_status(article: str, status: Status) -> None:
    assert [s for _, s in statuses(article)] == [status]


def test_partial_quotes_in_reported_speech_are_checked() -> None:
    found = statuses('Berg said the decision was "final and fair."')
    assert found == [('"final and fair."', Status.VERBATIM)]


def test_altered_quote_shows_the_word_difference() -> None:
    source = load_source("t.txt", extract(TRANSCRIPT, Markup.TEXT))
    article = '"The library served 40,000 readers a year," said Priya Nair.'
    (result,) = verify(analyze(article), [source])
    assert result.diff == "the library served [-14-] {+40+} 000 readers a year"
    assert result.label == "NAIR"
    assert result.passage is not None
    assert TRANSCRIPT[result.passage.start : result.passage.end] == (
        "The library served 14,000 readers a year"
    )


def test_a_changed_last_or_first_word_is_inside_the_passage() -> None:
    source = load_source("t.txt", extract(TRANSCRIPT, Markup.TEXT))
    article = '"We have no money left for comics," Berg said.'
    (result,) = verify(analyze(article), [source])
    assert result.diff == "we have no money left for [-books-] {+comics+}"
    assert result.passage is not None
    assert TRANSCRIPT[result.passage.start : result.passage.end] == (
        "We have no money left for books"
    )
    article = '"Our decision is final and fair," Berg said.'
    (result,) = verify(analyze(article), [source])
    assert result.diff == "[-the-] {+our+} decision is final and fair"


def test_html_source_positions_are_in_the_original_file() -> None:
    page = "<html><body><p>NAIR: We&rsquo;re proud of the library.</p></body></html>"
    source = load_source("p.html", extract(page, Markup.HTML))
    article = "\u201cWe\u2019re proud of the library,\u201d said Priya Nair."
    (result,) = verify(analyze(article), [source])
    assert result.status is Status.VERBATIM
    assert result.passage is not None
    assert page[result.passage.start : result.passage.end] == "We&rsquo;re proud of the library"


runner = CliRunner()


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.txt").write_text(TRANSCRIPT, "utf-8")
    (tmp_path / "good.md").write_text(
        '# Library\n\n"Closing it ... is a mistake," said Priya Nair, a librarian.\n', "utf-8"
    )
    (tmp_path / "bad.txt").write_text(
        'The vote was close.\n\n"Nobody will lose their job," said Jonas Berg.\n', "utf-8"
    )
    return tmp_path


def test_verify_exit_codes_and_json(files: Path) -> None:
    result = runner.invoke(app, ["verify", "good.md", "--source", "t.txt", "-f", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["summary"]["verbatim"] == 1
    quote = doc["quotes"][0]
    assert (quote["line"], quote["column"], quote["status"]) == (3, 1, "verbatim")
    assert (quote["source"]["path"], quote["source"]["line"]) == ("t.txt", 2)
    result = runner.invoke(app, ["verify", "bad.txt", "--source", "t.txt", "-f", "line"])
    assert result.exit_code == 1
    assert result.stdout == (
        "bad.txt:3:1: QT004 [error] Quote attributed to Jonas Berg is said by NAIR in t.txt\n"
    )


def test_verify_speaker_filter_and_bad_source(files: Path) -> None:
    result = runner.invoke(
        app, ["verify", "bad.txt", "--source", "t.txt", "--speaker", "Priya Nair"]
    )
    assert result.exit_code == 0 and "0 quotes checked" in result.stdout
    result = runner.invoke(app, ["verify", "bad.txt", "--source", "missing.txt"])
    assert result.exit_code == 2
    assert result.stderr == "attribution: error: missing.txt: no such file\n"


def test_check_with_sources_reports_qt_rules(files: Path) -> None:
    result = runner.invoke(
        app, ["check", "bad.txt", "good.md", "--source", "t.txt", "-f", "line", "--select", "QT"]
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("bad.txt:3:1: QT004 [error]")
    good = [line for line in result.stdout.splitlines() if line.startswith("good.md")]
    assert good == [
        "good.md:3:13: QT001 [info] Edited quote: ... (an ellipsis marks words left out)"
    ]
