"""Error analysis for `attribution eval --errors N`: what kinds of mistakes, how often.

Errors are found with the scorer's own matching (trimmed spans, one-to-one
overlap) and sorted into kinds a developer can act on: a missed statement by
the word that cues it, a spurious one by its cue, a span boundary off at one
end, a wrong speaker after a pronoun or carried over from an earlier quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from attribution.evaluate import overlap_pairs, same_speaker, trimmed
from attribution.lexicon import load_lexicon

WORD = regex.compile(r"[\p{L}][\p{L}’'-]*")
SNIPPET_BEFORE, SNIPPET_SPAN, SNIPPET_AFTER = 50, 70, 30


@dataclass(slots=True)
class ErrorKind:
    name: str
    count: int = 0
    examples: list[str] = field(default_factory=list)


def _cue_word(text: str, span: tuple[int, int], verbs: Mapping[str, object]) -> str:
    """The likely cue of a content span: a cue verb just after it (", officials
    said"), else the word just before it, a complementizer skipped."""
    after: list[str] = WORD.findall(text[span[1] : span[1] + 50])[:4]
    for word in after:
        if word.lower() in verbs:
            return word.lower()
    words: list[str] = WORD.findall(text[max(0, span[0] - 60) : span[0]])
    while words and words[-1].lower() in ("that", "whether"):
        words.pop()
    return words[-1].lower() if words else "(none)"


def _snippet(doc_id: str, text: str, span: tuple[int, int], note: str = "") -> str:
    start, end = span
    inner = text[start:end]
    if len(inner) > SNIPPET_SPAN:
        inner = inner[: SNIPPET_SPAN - 1] + "…"
    piece = (
        text[max(0, start - SNIPPET_BEFORE) : start] + "[[" + inner + "]]"
        + text[end : end + SNIPPET_AFTER]
    )  # fmt: skip
    line = f"{doc_id}@{start}: {' '.join(piece.split())}"
    return f"{line}  ({note})" if note else line


def _speaker_kind(predicted: Mapping[str, Any], pronouns: Mapping[str, str]) -> str:
    speaker = predicted.get("speaker")
    if not speaker:
        return "no speaker for a statement that was found"
    if str(speaker).lower() in pronouns:
        return "wrong speaker after a pronoun"
    if predicted.get("inherited"):
        return "wrong speaker carried over from an earlier quote"
    return "wrong speaker"


def _boundary_kind(gold: tuple[int, int], pred: tuple[int, int]) -> str:
    ends = []
    if pred[0] != gold[0]:
        ends.append("starts " + ("early" if pred[0] < gold[0] else "late"))
    if pred[1] != gold[1]:
        ends.append("ends " + ("late" if pred[1] > gold[1] else "early"))
    return "boundary: prediction " + " and ".join(ends)


def analyse(
    gold_docs: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    examples: int = 2,
) -> list[ErrorKind]:
    """Every error kind with its count and a few snippets, most common first."""
    kinds: dict[str, ErrorKind] = {}
    lexicon = load_lexicon()
    verbs = lexicon.verbs

    def add(name: str, snippet: str) -> None:
        kind = kinds.setdefault(name, ErrorKind(name))
        kind.count += 1
        if len(kind.examples) < examples:
            kind.examples.append(snippet)

    for doc in gold_docs:
        doc_id, text = str(doc["id"]), doc["text"]
        gold = list(doc.get("quotes") or [])
        pred = list(predictions.get(doc_id, []))
        gold_spans = [trimmed(text, int(q["start"]), int(q["end"])) for q in gold]
        pred_spans = [trimmed(text, int(q["start"]), int(q["end"])) for q in pred]
        pairs = overlap_pairs(gold_spans, pred_spans)
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        for i, q in enumerate(gold):
            if i not in matched_gold:
                cue = _cue_word(text, gold_spans[i], verbs)
                add(
                    f'missed {q.get("form", "statement")} (cue "{cue}")',
                    _snippet(doc_id, text, gold_spans[i], f"speaker {q.get('speaker')}"),
                )
        for j, q in enumerate(pred):
            if j not in matched_pred:
                add(
                    f'spurious {q.get("form", "statement")} (cue "{q.get("cue") or "none"}")',
                    _snippet(doc_id, text, pred_spans[j], f"speaker {q.get('speaker')}"),
                )
        for i, j in pairs:
            if gold_spans[i] != pred_spans[j]:
                add(
                    _boundary_kind(gold_spans[i], pred_spans[j]),
                    _snippet(doc_id, text, pred_spans[j], f"gold {gold_spans[i]}"),
                )
            if not same_speaker(gold[i].get("speaker"), pred[j].get("speaker")):
                note = f"gold {gold[i].get('speaker')!r}, predicted {pred[j].get('speaker')!r}"
                kind = _speaker_kind(pred[j], lexicon.pronouns)
                add(kind, _snippet(doc_id, text, gold_spans[i], note))
    return sorted(kinds.values(), key=lambda k: (-k.count, k.name))
