"""The commands as a user runs them: real files, exit codes, one-line errors."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app

runner = CliRunner()
ARTICLE = '"We won," said Jane Roe, a union organiser.\n\nRivals lost, officials said.\n'


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_report_text_lists_sources_and_summary(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    code, out, _ = run("report", str(path), "--width", "80")
    assert code == 0
    assert "Jane Roe" in out and "a union organiser" in out and "officials" in out
    assert "1:1 direct · said" in out
    assert "2 statements: 1 named (50%), 1 anonymous (50%)" in out


def test_report_summary_counts_refusals_to_comment_apart(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE + "\nA spokesman for the rivals declined to comment.\n", "utf-8")
    code, out, _ = run("report", str(path), "--width", "200")
    assert code == 0
    assert "declined" in out  # the refusal is listed under its source
    # but neither counted as a claim nor as an anonymous source
    assert "2 statements: 1 named (50%), 1 anonymous (50%)" in out
    assert "1 named and 1 anonymous sources. 1 refusal to comment, not counted." in out


def test_report_lists_questions_put_to_sources_apart(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Asked about the strike, Jane Roe said the talks had failed.\n", "utf-8")
    code, out, _ = run("report", str(path), "--width", "200")
    assert code == 0
    assert "(questions put to sources)" in out and "the strike" in out
    # the question is no statement of a source: one named statement, counted alone
    assert "1 statements: 1 named (100%)" in out
    assert "1 named and 0 anonymous sources. 1 question put to sources, not counted." in out


def test_report_html_labels_a_question_as_put_to_a_source(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Asked about the strike, Jane Roe said the talks had failed.\n", "utf-8")
    out = tmp_path / "a.html"
    code, _, _ = run("report", str(path), "-f", "html", "-o", str(out))
    assert code == 0
    page = out.read_text("utf-8")
    assert 'title="a question put to a source, indirect, Asked"' in page
    assert 'title="Jane Roe, indirect, said"' in page


def test_report_text_does_not_repeat_a_role_the_description_holds(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The deal was close, lawmakers in both parties said.\n", "utf-8")
    code, out, _ = run("report", str(path), "--width", "80")
    assert code == 0
    assert "lawmakers in both parties" in out
    # the role "in both parties" is part of the name: the sources table prints it once
    assert out.count("in both parties") == 2  # the sources table and the statement group


def test_report_text_reads_html_and_gives_positions_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        '<html><head><script>var s = "x";</script></head><body>\n'
        "<p>Mayor Ann Lee said the vote was &ldquo;a disgrace&rdquo;.</p>\n"
        "<p>&ldquo;We will appeal,&rdquo; she told the <em>Herald</em>.</p>\n</body></html>\n",
        "utf-8",
    )
    code, out, _ = run("report", str(path), "--width", "100")
    assert code == 0
    assert "2:23 mixed · said" in out  # line 2, column 23: "the vote" in the file
    assert "the vote was “a disgrace”" in out  # the prose: entities decoded, no tags
    assert "3:4 direct · told" in out
    assert "<em>" not in out and "&ldquo;" not in out and "var s" not in out


def test_report_json_has_schema_version_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    code, out, _ = run("report", str(path), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["schema_version"] == "1.1"
    assert doc["markup"] == "text"
    first = doc["statements"][0]["fragments"][0]
    assert ARTICLE[first["start"] : first["end"]] == '"We won,"'
    assert doc["speakers"][0]["name"] == "Jane Roe"


def test_report_json_reads_html_prose_with_offsets_into_the_file(tmp_path: Path) -> None:
    page = (
        '<html><head><script>var s = "x said";</script></head><body>\n'
        "<p>&ldquo;We will appeal,&rdquo; said Mayor Ann Lee.</p>\n"
        "<p>The city <b>lost</b> the case, she told the <em>Herald</em>.</p>\n</body></html>\n"
    )
    path = tmp_path / "a.html"
    path.write_text(page, "utf-8")
    code, out, _ = run("report", str(path), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["markup"] == "html" and doc["length"] == len(page)
    direct, told = doc["statements"]
    quote = direct["fragments"][0]
    assert quote["text"] == "“We will appeal,”"  # the prose's words
    assert page[quote["start"] : quote["end"]] == "&ldquo;We will appeal,&rdquo;"  # the file's
    assert page[direct["mention"]["start"] : direct["mention"]["end"]] == "Mayor Ann Lee"
    content = told["fragments"][0]
    assert content["text"] == "The city lost the case"
    assert page[content["start"] : content["end"]] == "The city <b>lost</b> the case"
    assert told["channel"]["text"] == "the Herald"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"caf\xe9 au lait", "invalid UTF-8 at byte 3; pass --encoding"),
    ],
)
def test_bad_files_give_one_line_and_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run("report", str(path))
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert out == ""


def test_missing_file_and_directory(tmp_path: Path) -> None:
    code, _, err = run("report", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err
    code, _, err = run("report", str(tmp_path))
    assert code == 2 and "is a directory" in err


def test_encoding_option_reads_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("“Café,” said Zoë Dupont.".encode("cp1252"))
    assert run("report", str(path))[0] == 2
    code, out, _ = run("report", str(path), "--encoding", "cp1252", "--format", "json")
    assert code == 0
    assert json.loads(out)["speakers"][0]["name"] == "Zoë Dupont"


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_bom_is_read_and_not_counted(tmp_path: Path, bom: bytes) -> None:
    text = "Intro line.\r\n\r\n“Yes,” said Ann Lee.\r\n"
    codec = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le"}.get(bom, "utf-16-be")
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + text.encode(codec))
    code, out, _ = run("report", str(path), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    fragment = doc["statements"][0]["fragments"][0]
    assert fragment["start"] == text.index("“")  # no BOM in the offsets, CRLF kept
    assert doc["length"] == len(text)


def test_empty_file_is_an_empty_report(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", "utf-8")
    code, out, _ = run("report", str(path))
    assert code == 0 and "no quotes or attributed statements found" in " ".join(out.split())


def test_batch_writes_prediction_schema(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x1", "text": ARTICLE}) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    code, _, _ = run("batch", str(source), "-o", str(out))
    assert code == 0
    record = json.loads(out.read_text("utf-8"))
    assert record["id"] == "x1"
    first = record["quotes"][0]
    assert (first["speaker"], first["speaker_entity"], first["form"]) == (
        "Jane Roe",
        "Jane Roe",
        "direct",
    )
    assert first["role"] == "a union organiser"
    assert ARTICLE[first["speaker_start"] : first["speaker_end"]] == "Jane Roe"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_batch_bad_line_stops_or_is_skipped(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    good = json.dumps({"id": "ok", "text": ARTICLE})
    source.write_text(good + "\n{broken\n" + json.dumps({"id": "n", "text": 3}) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous results\n", "utf-8")
    code, _, err = run("batch", str(source), "-o", str(out))
    assert code == 2 and "in.jsonl:2: bad record" in err
    assert out.read_text("utf-8") == "previous results\n"  # nothing the user owns is lost
    code, _, err = run("batch", str(source), "-o", str(out), "--skip-bad")
    assert code == 0
    assert "in.jsonl:2" in err and "in.jsonl:3" in err
    assert [json.loads(x)["id"] for x in out.read_text("utf-8").splitlines()] == ["ok"]


def test_eval_scores_saved_predictions(tmp_path: Path) -> None:
    text = '"Yes," said Ann Lee.'
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "g",
                "text": text,
                "quotes": [{"start": 0, "end": 6, "speaker": "Ann Lee", "form": "direct"}],
            }
        )
        + "\n",
        "utf-8",
    )
    code, out, _ = run("eval", str(gold), "--json")
    assert code == 0
    metrics = json.loads(out)
    assert metrics["all"]["end_to_end"]["f1"] == 1.0
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        json.dumps({"id": "g", "quotes": [{"start": 0, "end": 6, "speaker": "Bob"}]}) + "\n",
        "utf-8",
    )
    code, out, _ = run("eval", str(gold), "--pred", str(pred), "--json")
    metrics = json.loads(out)
    assert metrics["direct"]["overlap"]["f1"] == 1.0
    assert metrics["direct"]["end_to_end"]["f1"] == 0.0


def test_eval_errors_lists_kinds_with_snippets(tmp_path: Path) -> None:
    text = '"Yes," said Ann Lee. Prices rose, officials said. "No," he said.'
    gold = tmp_path / "gold.jsonl"
    quotes = [
        {"start": 0, "end": 6, "speaker": "Ann Lee", "form": "direct"},
        {"start": 21, "end": 32, "speaker": "officials", "form": "indirect"},
        {"start": 50, "end": 55, "speaker": "Bob Roe", "form": "direct"},
    ]
    gold.write_text(json.dumps({"id": "g", "text": text, "quotes": quotes}) + "\n", "utf-8")
    pred = tmp_path / "pred.jsonl"
    predicted = [
        {"start": 0, "end": 6, "speaker": "Ann Lee", "form": "direct"},
        {"start": 50, "end": 55, "speaker": "he", "form": "direct"},
    ]
    pred.write_text(json.dumps({"id": "g", "quotes": predicted}) + "\n", "utf-8")
    code, out, _ = run("eval", str(gold), "--pred", str(pred), "--errors", "5")
    assert code == 0
    assert out.startswith("2 errors in 2 kinds; the 2 most common:")
    assert '     1  missed indirect (cue "said")' in out
    assert "     1  wrong speaker after a pronoun" in out
    assert "g@51: " in out and "gold 'Bob Roe', predicted 'he'" in out
