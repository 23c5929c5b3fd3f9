"""Golden tests: every samples/*.txt against its hand-written *.expected.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from attribution import analyze
from attribution.model import Analysis, QuoteKind

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ARTICLES = sorted(SAMPLES.glob("*.txt"))


def rows(analysis: Analysis) -> list[dict[str, Any]]:
    text = analysis.text
    found = []
    for statement in analysis.statements:
        speaker = analysis.speakers[statement.speaker] if statement.speaker is not None else None
        for fragment in statement.fragments:
            found.append(
                {
                    "speaker": speaker.name if speaker else None,
                    "kind": speaker.kind.value if speaker else None,
                    "form": statement.form.value,
                    "mention": statement.mention.text(text) if statement.mention else None,
                    "role": speaker.role if speaker else None,
                    "channel": statement.channel.text(text) if statement.channel else None,
                    "text": fragment.span.text(text),
                    "inherited": statement.inherited,
                }
            )
    return found


def test_every_sample_has_an_expectation() -> None:
    assert len(ARTICLES) >= 6
    for article in ARTICLES:
        assert article.with_suffix(".expected.toml").is_file(), article.name


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_sample_matches_expectation(article: Path) -> None:
    expected = tomllib.loads(article.with_suffix(".expected.toml").read_text("utf-8"))
    analysis = analyze(article.read_text("utf-8"), path=str(article))
    found = rows(analysis)
    wanted = expected.get("fragment", [])
    summary = [(f["speaker"], f["form"], f["text"][:40]) for f in found]
    assert len(found) == len(wanted), summary
    for got, want in zip(found, wanted, strict=True):
        assert got["text"].startswith(want["starts"]), (got["text"][:60], want["starts"])
        if want.get("unattributed"):
            assert got["speaker"] is None and got["mention"] is None, got
        for key in ("speaker", "kind", "form", "mention", "role", "channel", "inherited"):
            if key in want:
                assert got[key] == want[key], (key, got, want)
    for term in expected.get("terms", []):
        kinds = {q.inner.text(analysis.text): q.kind for q in analysis.quotes}
        assert kinds.get(term) is QuoteKind.TERM, term
    assert len(analysis.problems) == expected.get("problems", 0)


def test_reference_sample_counts() -> None:
    """The issue's figures: 24 quoted fragments (22 direct, 2 mixed), names are not quotes."""
    path = SAMPLES / "pakistan-forward-balochistan-operation.txt"
    analysis = analyze(path.read_text("utf-8"))
    found = rows(analysis)
    quoted = [r for r in found if r["form"] in ("direct", "mixed")]
    assert sum(r["form"] == "direct" for r in quoted) == 22
    assert sum(r["form"] == "mixed" for r in quoted) == 2
    per_speaker: dict[str, int] = {}
    for r in quoted:
        per_speaker[r["speaker"]] = per_speaker.get(r["speaker"], 0) + 1
    assert per_speaker == {
        "Imran Abid": 7,
        "Inter-Services Public Relations (ISPR)": 2,
        "Mohammad Hilal": 8,
        "Hassan Askari Rizvi": 7,
    }
    terms = [q for q in analysis.quotes if q.kind is QuoteKind.TERM]
    assert [analysis.text[q.inner.start : q.inner.end] for q in terms] == [
        "Islamic State of Iraq and Syria",
        "Islamic State of Iraq and Syria",
    ]
    # The page furniture yields nothing.
    for furniture in ("[File]", "[ISPR]", "Do you like this article?", "Comment Policy"):
        at = analysis.text.index(furniture)
        assert not any(r["text"] and furniture in r["text"] for r in found), furniture
        assert all(
            not (f.span.start <= at < f.span.end) for s in analysis.statements for f in s.fragments
        )
