"""The scorer, on small cases worked out by hand from the corpus README's definitions."""

from __future__ import annotations

from typing import Any

from attribution.evaluate import same_speaker, score, trimmed

TEXT = '"We won," Abid said. Rivals lost badly, officials said.'


def gold_doc() -> dict[str, Any]:
    return {
        "id": "a",
        "text": TEXT,
        "quotes": [
            {"start": 0, "end": 9, "speaker": "Abid", "form": "direct"},
            {"start": 21, "end": 38, "speaker": "officials", "form": "indirect"},
        ],
    }


def test_trimming_drops_marks_whitespace_and_trailing_punctuation() -> None:
    assert TEXT[slice(*trimmed(TEXT, 0, 9))] == "We won"


def test_speaker_matching_rules() -> None:
    assert same_speaker("Abid", "Imran Abid")
    assert same_speaker("Mr. Abid", "Abid")
    assert same_speaker("Imran Abid", "Imran Abid, a Quetta-based official")
    assert not same_speaker("Abid", "Hilal")
    assert same_speaker(None, None)
    assert not same_speaker(None, "he")


def test_perfect_prediction() -> None:
    pred = {
        "a": [
            {"start": 1, "end": 7, "speaker": "Imran Abid"},
            {"start": 21, "end": 39, "speaker": "officials"},
        ]
    }
    result = score([gold_doc()], pred)
    assert (result.overlap.tp, result.exact.tp, result.end_to_end.tp) == (2, 2, 2)
    assert result.end_to_end.f1 == 1.0


def test_wrong_speaker_counts_for_overlap_not_end_to_end() -> None:
    pred: dict[str, list[dict[str, Any]]] = {"a": [{"start": 0, "end": 9, "speaker": "Hilal"}]}
    result = score([gold_doc()], pred)
    assert result.overlap.tp == 1
    assert result.end_to_end.tp == 0
    assert result.overlap.precision == 1.0
    assert result.overlap.recall == 0.5


def test_form_filter_ignores_predictions_on_other_forms() -> None:
    pred = {
        "a": [
            {"start": 0, "end": 9, "speaker": "Abid"},
            {"start": 21, "end": 38, "speaker": "officials"},
            {"start": 40, "end": 48, "speaker": "x"},
        ]
    }
    result = score([gold_doc()], pred, frozenset({"direct"}))
    assert result.ignored == 1  # overlaps only the indirect gold quote
    assert (result.overlap.gold, result.overlap.predicted) == (1, 2)
    assert result.end_to_end.tp == 1
