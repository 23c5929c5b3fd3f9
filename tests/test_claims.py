"""`attribution claims`: claims per speaker across articles, in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app

runner = CliRunner()

FIRST = """\
"The tunnel will open in March," said Mohammad Hilal, a transport official.

Priya Nair said the budget was too small.

Officials said the contract was signed in May.
"""
SECOND = """\
---
title: "Tunnel delayed"
date: 2026-06-10
url: https://example.org/tunnel
---
# Tunnel delayed

"March was never realistic," said Muhammad Hilal, a transport official.

Nair said the engineers had warned them. She declined to comment on the delay.

Nair was asked about the overrun.

Officials said the opening would be in June.
"""
PAGE = """<html><head><title>Tunnel &amp; budget</title>
<meta property="article:published_time" content="2026-07-01">
<link rel="canonical" href="https://example.org/budget"></head>
<body><p>&ldquo;We need more money,&rdquo; said Priya Nair, an engineer.</p></body></html>
"""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(FIRST, "utf-8")
    (tmp_path / "b.md").write_text(SECOND, "utf-8")
    (tmp_path / "c.html").write_text(PAGE, "utf-8")
    return tmp_path


def test_json_groups_speakers_across_articles_and_merges_variants(folder: Path) -> None:
    result = runner.invoke(app, ["claims", ".", "-f", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    speakers = {s["name"]: s for s in doc["speakers"]}
    assert speakers["Mohammad Hilal"]["variants"] == ["Muhammad Hilal"]
    assert [c["path"] for c in speakers["Mohammad Hilal"]["claims"]] == ["a.txt", "b.md"]
    nair = speakers["Priya Nair"]
    assert nair["variants"] == ["Nair"]
    # "She declined to comment" is a refusal, not a claim of hers
    assert sorted(c["claim"] for c in nair["claims"]) == [
        "the budget was too small",
        "the engineers had warned them",
        "“We need more money,”",
    ]
    # "Nair was asked about the overrun": a question put to her, nobody's claim
    claims = [c["claim"] for s in doc["speakers"] for c in s["claims"]]
    assert "the overrun" not in claims
    # Unnamed officials in two articles are not one source.
    assert [s["kind"] for s in doc["speakers"]].count("anonymous") == 2
    assert {"variant": "Nair", "name": "Priya Nair"} in doc["merged"]


def test_metadata_from_front_matter_and_html(folder: Path) -> None:
    result = runner.invoke(app, ["claims", "b.md", "c.html", "-f", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    by_path = {row["path"]: row for row in rows}
    assert (by_path["b.md"]["date"], by_path["b.md"]["url"], by_path["b.md"]["title"]) == (
        "2026-06-10",
        "https://example.org/tunnel",
        "Tunnel delayed",
    )
    page = by_path["c.html"]
    assert (page["date"], page["url"], page["title"]) == (
        "2026-07-01",
        "https://example.org/budget",
        "Tunnel & budget",
    )
    assert (page["line"], page["column"], page["form"], page["cue"]) == (
        "4",
        "10",
        "direct",
        "said",
    )


def test_jsonl_archive_and_claimreview(folder: Path) -> None:
    record = {"id": "x1", "text": FIRST, "date": "2026-05-01", "url": "https://example.org/x1"}
    (folder / "archive.jsonl").write_text(json.dumps(record) + "\n{broken\n", "utf-8")
    result = runner.invoke(app, ["claims", "archive.jsonl", "-f", "claimreview"])
    assert result.exit_code == 2  # the broken record is reported, the rest is used
    assert "archive.jsonl: 2: bad record" in result.stderr
    records = json.loads(result.stdout)
    first = records[0]
    assert first["@type"] == "ClaimReview"
    assert first["claimReviewed"] == '"The tunnel will open in March,"'
    assert first["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Mohammad Hilal",
        "jobTitle": "a transport official",
    }
    assert first["itemReviewed"]["datePublished"] == "2026-05-01"
    assert all(r["itemReviewed"]["author"]["name"] != "Officials" for r in records)


def test_markdown_and_text_formats(folder: Path) -> None:
    result = runner.invoke(app, ["claims", "a.txt", "-f", "md"])
    assert result.stdout.startswith("# Claims by speaker\n\n## Mohammad Hilal (person, a transport")
    assert "- the budget was too small (indirect · said; `a.txt:3:17`)" in result.stdout
    result = runner.invoke(app, ["claims", "a.txt", "b.md", "--width", "100"])
    assert "merged: Muhammad Hilal -> Mohammad Hilal" in result.stdout
    assert result.stdout.rstrip().endswith("claims by 2 named sources in 2 articles.")
