"""The construction table (tests/cases/constructions.toml), one test per case."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from attribution import analyze

CASES = tomllib.loads((Path(__file__).parent / "cases" / "constructions.toml").read_text("utf-8"))[
    "case"
]


PARAMS = [
    pytest.param(
        case,
        id=case["name"],
        marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else [],
    )
    for case in CASES
]


@pytest.mark.parametrize("case", PARAMS)
def test_construction(case: dict[str, Any]) -> None:
    text = case["text"]
    analysis = analyze(text)
    if "statements" in case:
        assert len(analysis.statements) == case["statements"]
    if "speaker" not in case:
        return
    statement = analysis.statements[case.get("statement", 0)]  # the first unless told
    if case["speaker"] == "":  # a statement whose source goes unnamed
        assert statement.mention is None
        assert statement.speaker is None
    else:
        assert statement.mention is not None
        assert statement.mention.text(text) == case["speaker"]
    if "entity" in case:
        assert statement.speaker is not None
        assert analysis.speakers[statement.speaker].name == case["entity"]
    if "role" in case:
        assert statement.speaker is not None
        assert analysis.speakers[statement.speaker].role == case["role"]
    if "reason" in case:  # why an anonymous source is unnamed
        assert statement.speaker is not None
        assert analysis.speakers[statement.speaker].anonymity_reason == case["reason"]
    if "kind" in case:
        assert statement.speaker is not None
        assert analysis.speakers[statement.speaker].kind == case["kind"]
    assert statement.form == case["form"]
    assert statement.fragments[0].span.text(text) == case["content"]
    if "fragments" in case:
        assert len(statement.fragments) == case["fragments"]
    if "contents" in case:  # every fragment, in order
        assert [f.span.text(text) for f in statement.fragments] == case["contents"]
    if "channel" in case and case["channel"] == "":  # a statement that names no channel
        assert statement.channel is None
    elif "channel" in case:
        assert statement.channel is not None
        assert statement.channel.text(text) == case["channel"]
