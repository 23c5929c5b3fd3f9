"""Quotes checked against their sources: verbatim, altered, misattributed or not found.

A source is a transcript, a press release or an earlier article (text, Markdown
or HTML).  Its words are indexed once; each quote is located by its rarest
word, aligned with rapidfuzz, then compared word by word:

- ``verbatim``: the same words in the same order, where an ellipsis in the quote
  may stand for omitted words and a bracket for inserted or replaced ones.
  Case, quote marks, dashes and whitespace do not count.  Anything else, even
  one changed number, an added "not" or another name, is not verbatim.
- ``altered``: a close passage (at least ``threshold``) with different words; the
  word-level difference is reported.
- ``misattributed``: the passage is in a speaker-labelled part of a transcript
  (``HILAL:``, ``Q:``) that belongs to somebody other than the quote's speaker.
- ``not found``: nothing close enough.
"""

from __future__ import annotations

import bisect
import difflib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import regex
from rapidfuzz import fuzz

from attribution.evaluate import same_speaker
from attribution.markup import Prose
from attribution.model import AlterationKind, Analysis, Form, QuoteKind, Span

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")
# A speaker label opening a transcript line: "HILAL:", "Mohammad Hilal:", "Q:".
LABEL = regex.compile(
    r"^[^\S\n]*(?P<label>Q|A|\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){0,3})[^\S\n]*:[^\S\n]",
    regex.MULTILINE,
)
ANCHOR_WORDS = 3  # the rarest words of a quote used to find where it could start
MAX_ANCHORS = 60  # occurrences of each anchor word tried per source
ELLIPSIS_GAP = 80  # words an ellipsis may stand for
BRACKET_GAP = 5  # words a bracketed insertion may replace


class Status(StrEnum):
    VERBATIM = "verbatim"
    ALTERED = "altered"
    MISATTRIBUTED = "misattributed"
    NOT_FOUND = "not found"


@dataclass(frozen=True, slots=True)
class Source:
    """A source document: its prose, word index and speaker-labelled segments."""

    path: str
    prose: Prose
    words: tuple[str, ...]  # normalised
    starts: tuple[int, ...]  # where each word starts in the prose
    index: dict[str, list[int]]
    label_words: tuple[int, ...]  # first word of each labelled segment
    labels: tuple[str, ...]  # and its label

    def label_at(self, word: int) -> str | None:
        k = bisect.bisect_right(self.label_words, word) - 1
        return self.labels[k] if k >= 0 else None

    def span(self, first: int, end: int) -> Span:
        """The prose span of words ``first`` to ``end`` (exclusive)."""
        return Span(self.starts[first], self.starts[end - 1] + len(self.words[end - 1]))


@dataclass(frozen=True, slots=True)
class Verification:
    quote: int  # index into Analysis.quotes
    span: Span  # the quote in the article's prose
    text: str
    speaker: str | None
    status: Status
    score: float
    source: str | None  # path of the source with the best passage
    passage: Span | None  # in that source's original text
    passage_text: str | None
    label: str | None  # the transcript speaker of the passage, if labelled
    diff: str | None  # word-level difference, for altered quotes


def normalise(word: str) -> str:
    return word.casefold().replace("’", "'")


def load_source(path: str, prose: Prose) -> Source:
    text = prose.text
    folded = text.casefold().replace("’", "'")
    if len(folded) == len(text):
        # Whole-text folding keeps offsets (the usual case) and runs in C.
        words = tuple(WORD.findall(folded))
        starts = tuple(m.start() for m in WORD.finditer(folded))
    else:  # a character whose case folding is longer ("ß"): word by word
        matches = list(WORD.finditer(text))
        words = tuple(normalise(m.group()) for m in matches)
        starts = tuple(m.start() for m in matches)
    index: dict[str, list[int]] = defaultdict(list)
    for n, word in enumerate(words):
        index[word].append(n)
    label_words, labels = [], []
    for match in LABEL.finditer(text):
        label_words.append(bisect.bisect_left(starts, match.end()))
        labels.append(match.group("label"))
    return Source(path, prose, words, starts, dict(index), tuple(label_words), tuple(labels))


# A quote as a pattern: pieces of words, each after a gap of a kind.
Piece = tuple[str, tuple[str, ...]]  # (gap before: "", "ellipsis", "bracket"; words)


def quote_pattern(text: str, inner: Span, alterations: Iterable[tuple[Span, str]]) -> list[Piece]:
    pieces: list[Piece] = []
    gap = ""
    pos = inner.start
    for span, kind in sorted(alterations, key=lambda a: a[0].start):
        words = tuple(normalise(w) for w in WORD.findall(text[pos : span.start]))
        if words:
            pieces.append((gap, words))
            gap = ""
        gap = "ellipsis" if kind == AlterationKind.ELLIPSIS or gap == "ellipsis" else "bracket"
        pos = span.end
    words = tuple(normalise(w) for w in WORD.findall(text[pos : inner.end]))
    if words:
        pieces.append((gap, words))
    return pieces


def _match_pattern(source: Source, pieces: list[Piece], start: int) -> int | None:
    """The end (word index) of an exact match of the pattern starting at ``start``."""
    words = source.words
    first = pieces[0][1]
    if tuple(words[start : start + len(first)]) != first:
        return None
    cursor = start + len(first)
    for gap, piece in pieces[1:]:
        reach = ELLIPSIS_GAP if gap == "ellipsis" else BRACKET_GAP if gap == "bracket" else 0
        for at in range(cursor, min(cursor + reach, len(words)) + 1):
            if tuple(words[at : at + len(piece)]) == piece:
                cursor = at + len(piece)
                break
        else:
            return None
    return cursor


def _candidates(source: Source, pieces: list[Piece]) -> list[int]:
    """Word positions where the quote could start, from the rarest word of its first
    piece (whose distance to the start is known), else of the whole quote."""
    for words in (pieces[0][1], [w for _, piece in pieces for w in piece]):
        present = sorted(
            (len(source.index[w]), k, w) for k, w in enumerate(words) if w in source.index
        )
        if present:
            starts: set[int] = set()
            for _, offset, anchor in present[:ANCHOR_WORDS]:
                starts.update(max(0, p - offset) for p in source.index[anchor][:MAX_ANCHORS])
            return sorted(starts)
    return []


def find(
    sources: Sequence[Source], pieces: list[Piece], threshold: float
) -> tuple[float, Source | None, int, int, bool]:
    """Best passage: (score, source, first word, end word, verbatim)."""
    quote_words = [w for _, piece in pieces for w in piece]
    quote_text = " ".join(quote_words)
    best: tuple[float, Source | None, int, int, bool] = (0.0, None, 0, 0, False)
    for source in sources:
        for start in _candidates(source, pieces):
            for shift in range(-2, 3):
                at = start + shift
                if 0 <= at < len(source.words):
                    end = _match_pattern(source, pieces, at)
                    if end is not None:
                        return 100.0, source, at, end, True
            lo = max(0, start - 5)
            hi = min(len(source.words), start + 2 * len(quote_words) + 10)
            window = source.words[lo:hi]
            joined = " ".join(window)
            aligned = fuzz.partial_ratio_alignment(quote_text, joined, score_cutoff=threshold)
            if aligned is None or aligned.score <= best[0]:
                continue
            first, end = _trim(quote_words, window, lo)
            best = (aligned.score, source, first, end, False)
    return best


def _trim(quote_words: Sequence[str], window: Sequence[str], offset: int) -> tuple[int, int]:
    """The passage of the window from the first to the last word it shares with the
    quote, and as many words beyond as the quote has unmatched at either end (a last
    word changed, "give a lot" for "give a little", is part of the passage)."""
    matcher = difflib.SequenceMatcher(a=list(window), b=list(quote_words), autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return offset, offset
    first, last = blocks[0], blocks[-1]
    start = first.a - min(first.b, first.a)
    end = last.a + last.size
    end += min(len(quote_words) - (last.b + last.size), len(window) - end)
    return offset + start, offset + end


def word_diff(quote_words: Sequence[str], passage_words: Sequence[str]) -> str:
    """'-word' for words of the source the quote lacks, '+word' for words it adds."""
    parts = []
    matcher = difflib.SequenceMatcher(a=list(passage_words), b=list(quote_words), autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            parts.append(" ".join(passage_words[a0:a1]))
            continue
        if a1 > a0:
            parts.append("[-" + " ".join(passage_words[a0:a1]) + "-]")
        if b1 > b0:
            parts.append("{+" + " ".join(quote_words[b0:b1]) + "+}")
    return " ".join(parts)


def verify(
    analysis: Analysis,
    sources: Sequence[Source],
    *,
    speaker: str | None = None,
    threshold: float = 80.0,
) -> list[Verification]:
    """Every direct and partial quote of statements in the article, checked."""
    text = analysis.text
    results = []
    for statement in analysis.statements:
        who = analysis.speakers[statement.speaker].name if statement.speaker is not None else None
        if speaker is not None and not same_speaker(speaker, who):
            continue
        indexes = [f.quote for f in statement.fragments if f.quote is not None]
        if statement.form is Form.MIXED:
            indexes += list(statement.partial_quotes)
        for k in indexes:
            quote = analysis.quotes[k]
            if quote.kind is QuoteKind.TERM:
                continue
            pieces = quote_pattern(
                text, quote.inner, ((a.span, str(a.kind)) for a in quote.alterations)
            )
            if not pieces:
                continue
            results.append(_verify_one(k, quote.span, text, who, pieces, sources, threshold))
    return results


def _verify_one(
    k: int,
    span: Span,
    text: str,
    who: str | None,
    pieces: list[Piece],
    sources: Sequence[Source],
    threshold: float,
) -> Verification:
    score, source, first, end, verbatim = find(sources, pieces, threshold)
    quote_text = text[span.start : span.end]
    if source is None or score < threshold or end <= first:
        return Verification(
            k, span, quote_text, who, Status.NOT_FOUND, score, None, None, None, None, None
        )
    passage_prose = source.span(first, end)
    passage = source.prose.to_original(passage_prose)
    label = source.label_at(first)
    status = Status.VERBATIM if verbatim else Status.ALTERED
    if label is not None and who is not None and not _label_matches(label, who):
        status = Status.MISATTRIBUTED
    diff = None
    if status is Status.ALTERED:
        quote_words = [w for _, piece in pieces for w in piece]
        diff = word_diff(quote_words, source.words[first:end])
    return Verification(
        k,
        span,
        quote_text,
        who,
        status,
        round(score, 1),
        source.path,
        passage,
        passage_prose.text(source.prose.text),
        label,
        diff,
    )


def _label_matches(label: str, speaker: str) -> bool:
    if label in ("Q", "A"):
        return label == "A"  # the answers are the interviewee's
    label_words = {w.casefold() for w in WORD.findall(label)}
    speaker_words = {w.casefold() for w in WORD.findall(speaker)}
    return bool(label_words & speaker_words) or same_speaker(label, speaker)
