"""`attribution batch` at archive scale: workers, gzip, folders, resume, summary."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from attribution import analyze, batch
from attribution.cli import app

runner = CliRunner()
ARTICLES = [
    {"id": f"a{n}", "text": f'"We will rebuild the bridge {n}," said Li Wei, the mayor.\n\n'
     f"Officials said the work would take {n} weeks."}
    for n in range(70)
]  # fmt: skip


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    lines = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    (tmp_path / "in.jsonl").write_text(lines, "utf-8")
    with gzip.open(tmp_path / "in.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(lines)
    return tmp_path


def ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()]


def test_workers_keep_input_order_and_output(corpus: Path) -> None:
    assert runner.invoke(app, ["batch", "in.jsonl", "-o", "one.jsonl", "-j", "1"]).exit_code == 0
    result = runner.invoke(app, ["batch", "in.jsonl", "-o", "two.jsonl", "-j", "2"])
    assert result.exit_code == 0
    assert (corpus / "one.jsonl").read_bytes() == (corpus / "two.jsonl").read_bytes()
    assert ids(corpus / "two.jsonl") == [a["id"] for a in ARTICLES]
    assert result.stderr == (
        "70 articles -> two.jsonl: 140 statements (70 direct, 0 mixed, 70 indirect); "
        "speakers: 70 anonymous, 70 person; 0 records skipped\n"
    )


def test_gzip_and_folder_inputs(corpus: Path) -> None:
    assert runner.invoke(app, ["batch", "in.jsonl.gz", "-o", "gz.jsonl"]).exit_code == 0
    assert ids(corpus / "gz.jsonl") == [a["id"] for a in ARTICLES]
    folder = corpus / "articles" / "2026"
    folder.mkdir(parents=True)
    (folder / "b.txt").write_text(ARTICLES[1]["text"], "utf-8")
    (folder / "a.txt").write_text(ARTICLES[0]["text"], "utf-8")
    (folder / "notes.csv").write_text("not an article", "utf-8")
    assert runner.invoke(app, ["batch", "articles", "-o", "dir.jsonl"]).exit_code == 0
    assert ids(corpus / "dir.jsonl") == ["2026/a.txt", "2026/b.txt"]


def test_folder_of_markdown_and_html_gives_offsets_into_each_file(corpus: Path) -> None:
    folder = corpus / "web"
    folder.mkdir()
    markdown = '# Budget\n\n"We will *not* back down," **Mayor Ana Ruiz** said.\n'
    page = "<p>&ldquo;It was terrifying,&rdquo; said <b>Tom Lee</b>, a resident.</p>\n"
    (folder / "a.md").write_text(markdown, "utf-8")
    (folder / "b.html").write_text(page, "utf-8")
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["batch", "web", "-o", f"web{jobs}.jsonl", "-j", jobs])
        assert result.exit_code == 0, result.stderr
        lines = [json.loads(line) for line in (corpus / f"web{jobs}.jsonl").open(encoding="utf-8")]
        found = {}
        for line, source in zip(lines, (markdown, page), strict=True):
            for row in line["quotes"]:
                spoken = source[row["start"] : row["end"]]
                found[spoken] = source[row["speaker_start"] : row["speaker_end"]]
        assert found == {
            '"We will *not* back down,"': "Mayor Ana Ruiz",
            "&ldquo;It was terrifying,&rdquo;": "Tom Lee",
        }
        # the fragment's text is the prose that was read, without the markup
        assert lines[0]["quotes"][0]["text"] == '"We will not back down,"'


def test_unreadable_markup_in_a_folder_stops_or_is_skipped(corpus: Path) -> None:
    folder = corpus / "web"
    folder.mkdir()
    (folder / "bad.md").write_text("Hi.\n\n<!-- attribution: frobnicate -->\n", "utf-8")
    (folder / "good.txt").write_text('"No," Park said.\n', "utf-8")
    result = runner.invoke(app, ["batch", "web", "-o", "web.jsonl"])
    assert result.exit_code == 2
    assert "bad.md: line 3: unknown attribution comment 'frobnicate'" in result.stderr
    assert not (corpus / "web.jsonl").exists()
    result = runner.invoke(app, ["batch", "web", "-o", "web.jsonl", "--skip-bad"])
    assert result.exit_code == 0
    assert ids(corpus / "web.jsonl") == ["good.txt"]


def test_an_engine_error_on_one_article_stops_in_one_line_or_is_skipped(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = analyze

    def failing(text: str, **kwargs: Any) -> Any:
        if "bridge 7," in text:
            raise IndexError("list index out of range")
        return real(text, **kwargs)

    monkeypatch.setattr(batch, "analyze", failing)  # -j 1 runs in this process
    result = runner.invoke(app, ["batch", "in.jsonl", "-o", "out.jsonl", "-j", "1"])
    assert result.exit_code == 2
    assert "a7: internal error: IndexError: list index out of range" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (corpus / "out.jsonl").exists()
    result = runner.invoke(app, ["batch", "in.jsonl", "-o", "out.jsonl", "-j", "1", "--skip-bad"])
    assert result.exit_code == 0
    assert ids(corpus / "out.jsonl") == [a["id"] for a in ARTICLES if a["id"] != "a7"]


def test_resume_goes_on_without_repeating_or_losing(corpus: Path) -> None:
    runner.invoke(app, ["batch", "in.jsonl", "-o", "full.jsonl", "-j", "1"])
    full = (corpus / "full.jsonl").read_text("utf-8").splitlines(keepends=True)
    # An interrupted run: 30 results and a torn 31st line.
    (corpus / "out.jsonl.partial").write_text("".join(full[:30]) + full[30][:17], "utf-8")
    result = runner.invoke(app, ["batch", "in.jsonl", "-o", "out.jsonl"])
    assert result.exit_code == 2
    assert "out.jsonl.partial: an interrupted run's results are there" in result.stderr
    result = runner.invoke(app, ["batch", "in.jsonl", "-o", "out.jsonl", "--resume", "-j", "2"])
    assert result.exit_code == 0
    assert "(30 from the partial file)" in result.stderr
    assert (corpus / "out.jsonl").read_text("utf-8") == "".join(full)
    assert not (corpus / "out.jsonl.partial").exists()


def test_resume_refuses_a_partial_file_of_other_input(corpus: Path) -> None:
    (corpus / "out.jsonl.partial").write_text('{"id": "zz", "quotes": []}\n', "utf-8")
    result = runner.invoke(app, ["batch", "in.jsonl", "-o", "out.jsonl", "--resume"])
    assert result.exit_code == 2
    assert "does not match in.jsonl (record 'zz')" in result.stderr
