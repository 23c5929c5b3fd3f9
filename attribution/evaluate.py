"""Scoring predictions against annotated JSONL, as ../shared/corpora/README.md defines.

Spans are trimmed of whitespace and quotation marks (and trailing punctuation)
before matching; overlap matching is one-to-one, largest overlap first; a
speaker matches when its case-folded words equal the gold speaker's or one is a
prefix or suffix of the other, after dropping a leading honorific.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

QUOTE_CHARS = frozenset("\"'“”‘’«»„‟‚‛‹›`")
EDGE_CHARS = QUOTE_CHARS | frozenset(" \t\r\n\u00a0")
TAIL_CHARS = EDGE_CHARS | frozenset(".,;:!?…—–-")
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "rev",
        "hon",
        "president",
        "mayor",
        "judge",
    }
)
SPEAKER_WORD = regex.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    while True:
        before = (start, end)
        while start < end and text[start] in EDGE_CHARS:
            start += 1
        while end > start and text[end - 1] in TAIL_CHARS:
            end -= 1
        if (start, end) == before:
            return start, end


def speaker_words(name: object) -> tuple[str, ...]:
    if name is None:
        return ()
    words = SPEAKER_WORD.findall(str(name).casefold())
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return tuple(words)


def same_speaker(gold: object, predicted: object) -> bool:
    g, p = speaker_words(gold), speaker_words(predicted)
    if not g or not p:
        return not g and not p
    short, long = (g, p) if len(g) <= len(p) else (p, g)
    return long[: len(short)] == short or long[len(long) - len(short) :] == short


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlap_pairs(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    candidates = sorted(
        (-_shared(g, p), g[0], p[0], i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
        if _shared(g, p) > 0
    )
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs = []
    for _, _, _, i, j in candidates:
        if i not in taken_gold and j not in taken_pred:
            taken_gold.add(i)
            taken_pred.add(j)
            pairs.append((i, j))
    return pairs


def exact_count(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> int:
    remaining: dict[tuple[int, int], int] = {}
    for span in gold:
        if span[1] > span[0]:
            remaining[span] = remaining.get(span, 0) + 1
    hits = 0
    for span in pred:
        if remaining.get(span, 0) > 0:
            remaining[span] -= 1
            hits += 1
    return hits


@dataclass(frozen=True, slots=True)
class PRF:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "n_pred": self.predicted,
            "n_gold": self.gold,
        }


@dataclass(frozen=True, slots=True)
class Scores:
    documents: int
    exact: PRF
    overlap: PRF
    end_to_end: PRF
    unattributed: PRF
    matched: int
    speaker_correct: int
    matched_named: int
    named_correct: int
    ignored: int

    @property
    def attribution_accuracy(self) -> float:
        return self.speaker_correct / self.matched if self.matched else 0.0

    @property
    def named_accuracy(self) -> float:
        return self.named_correct / self.matched_named if self.matched_named else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold_quotes": self.overlap.gold,
            "pred_quotes": self.overlap.predicted,
            "exact": self.exact.as_dict(),
            "overlap": self.overlap.as_dict(),
            "end_to_end": self.end_to_end.as_dict(),
            "unattributed": self.unattributed.as_dict(),
            "attribution_acc": self.attribution_accuracy,
            "attribution_acc_named": self.named_accuracy,
            "pred_quotes_ignored_by_form_filter": self.ignored,
        }


def score(
    gold_docs: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    forms: frozenset[str] | None = None,
) -> Scores:
    n_docs = n_gold = n_pred = exact = tp = correct = named = named_ok = 0
    null_tp = null_pred = null_gold = ignored = 0
    for doc in gold_docs:
        n_docs += 1
        text = doc["text"]
        gold_quotes = list(doc.get("quotes") or [])
        pred_quotes = list(predictions.get(str(doc["id"]), []))
        if forms is not None:
            kept = [q for q in gold_quotes if q.get("form") in forms]
            dropped = [trimmed(text, q["start"], q["end"]) for q in gold_quotes if q not in kept]
            kept_spans = [trimmed(text, q["start"], q["end"]) for q in kept]
            filtered = []
            for q in pred_quotes:
                span = trimmed(text, int(q["start"]), int(q["end"]))
                if any(_shared(span, d) for d in dropped) and not any(
                    _shared(span, k) for k in kept_spans
                ):
                    ignored += 1
                else:
                    filtered.append(q)
            gold_quotes, pred_quotes = kept, filtered
        gold_spans = [trimmed(text, int(q["start"]), int(q["end"])) for q in gold_quotes]
        pred_spans = [trimmed(text, int(q["start"]), int(q["end"])) for q in pred_quotes]
        n_gold += len(gold_spans)
        n_pred += len(pred_spans)
        exact += exact_count(gold_spans, pred_spans)
        for i, j in overlap_pairs(gold_spans, pred_spans):
            tp += 1
            gold_speaker = gold_quotes[i].get("speaker")
            pred_speaker = pred_quotes[j].get("speaker")
            ok = same_speaker(gold_speaker, pred_speaker)
            correct += ok
            gold_null = not speaker_words(gold_speaker)
            pred_null = not speaker_words(pred_speaker)
            if not gold_null:
                named += 1
                named_ok += ok
            null_gold += gold_null
            null_pred += pred_null
            null_tp += gold_null and pred_null
    return Scores(
        documents=n_docs,
        exact=PRF(exact, n_pred, n_gold),
        overlap=PRF(tp, n_pred, n_gold),
        end_to_end=PRF(correct, n_pred, n_gold),
        unattributed=PRF(null_tp, null_pred, null_gold),
        matched=tp,
        speaker_correct=correct,
        matched_named=named,
        named_correct=named_ok,
        ignored=ignored,
    )
