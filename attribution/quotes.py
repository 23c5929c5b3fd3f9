"""Quotation-mark pairing: every quoted span with exact offsets.

Pairing runs paragraph by paragraph with a small stack, so an unbalanced mark is
recovered from at the paragraph boundary and never shifts the pairing of the
rest of the article.  Apostrophes (``don't``, ``terrorists' hideout``, ``'90s``,
``rock 'n' roll``) never open or close a quote; a single mark after a word only
closes a quote when a single quote is open.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from attribution.lexicon import Lexicon
from attribution.model import Alteration, AlterationKind, Problem, ProblemKind, Span

# Two apostrophes are one double mark (''Like this,'' in some newspapers' style).
MARKS = regex.compile(r"''|[\"“”„«»‘’‚‹›']")
DOUBLED = "''"
APOSTROPHES = regex.compile("'+")
DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‚‹")
# Marks that can open a single quote; ’ only when typography went wrong (’Tis aside).
SINGLE_OPENERS = SINGLE_OPEN | frozenset("'’")
ALL_MARKS = frozenset("\"“”„«»‘’‚‹›'")
OPENING_NEIGHBOURS = frozenset("([{—–-/") | ALL_MARKS
CLOSING_NEIGHBOURS = frozenset(".,;:!?)]}—–-…/") | ALL_MARKS
# Editorial alterations inside a quote: [bracketed words] and ellipses.
ALTERATION = regex.compile(r"\[[^\]\n]{1,120}\]|\.\s?\.\s?\.|…")
# The filler that replaces quoted words in the masked text.
FILLER = "~"
TRAILING_PUNCT = frozenset(".,!?;:…")
NESTED_CLOSERS = frozenset("\"”’'»›")
ELISION_WORD = regex.compile(r"\p{L}+")


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A paired quote before classification: marks, paragraph, nesting."""

    start: int
    end: int  # after the closing mark, or the paragraph end when unclosed
    inner_start: int
    inner_end: int
    paragraph: int
    closed: bool
    continues: bool
    nested: bool
    alterations: tuple[Alteration, ...]


@dataclass(slots=True)
class _Open:
    pos: int
    double: bool
    width: int = 1  # 2 for ''


def find_quotes(
    text: str, paragraphs: list[Span], lexicon: Lexicon
) -> tuple[list[RawQuote], list[Problem]]:
    quotes: list[RawQuote] = []
    problems: list[Problem] = []
    for index, para in enumerate(paragraphs):
        next_opens = index + 1 < len(paragraphs) and _opens_with_quote(text, paragraphs[index + 1])
        _pair_paragraph(text, para, index, next_opens, lexicon, quotes, problems)
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes, problems


def _opens_with_quote(text: str, para: Span) -> bool:
    first = text[para.start]
    return first in DOUBLE_OPEN or first in SINGLE_OPEN or first in "\"'"


def _pair_paragraph(
    text: str,
    para: Span,
    index: int,
    next_opens: bool,
    lexicon: Lexicon,
    quotes: list[RawQuote],
    problems: list[Problem],
) -> None:
    stack: list[_Open] = []
    doubles = 0  # double marks on the stack, kept so no step scans the whole stack
    start, end = para.start, para.end
    last_closer: list[int] = []  # computed once, when first needed
    curly: list[tuple[list[int], list[int]]] = []  # positions of “ and ”, when first needed

    def emit(opened: _Open, close: int | None, continues: bool = False, width: int = 1) -> None:
        # Called after `opened` left the stack: what is still open encloses it.
        nested = bool(stack)
        if close is None:
            inner_end = end
            quote_end = end
        else:
            inner_end, quote_end = close, close + width
        inner_start = min(opened.pos + opened.width, inner_end)
        quotes.append(
            RawQuote(
                start=opened.pos,
                end=quote_end,
                inner_start=inner_start,
                inner_end=inner_end,
                paragraph=index,
                closed=close is not None,
                continues=continues,
                nested=nested,
                alterations=_alterations(text, inner_start, inner_end),
            )
        )

    for pos, mark in _marks(text, start, end, stack):
        width = len(mark)
        left = text[pos - 1] if pos > start else " "
        right = text[pos + width] if pos + width < end else " "
        opening = (left.isspace() or left in OPENING_NEIGHBOURS) and not right.isspace()
        closing = not left.isspace() and (right.isspace() or right in CLOSING_NEIGHBOURS)
        double_open = doubles > 0

        if mark in DOUBLE_OPEN or mark in DOUBLE_CLOSE or mark in ('"', DOUBLED):
            if mark in DOUBLE_OPEN:
                is_close = double_open and closing and not opening
            elif mark in DOUBLE_CLOSE:
                # a ” that opens the paragraph closes nothing: typed the wrong way round
                is_close = double_open or not ((opening and not closing) or pos == start)
            elif double_open:
                is_close = closing or not opening
                if not is_close and not left.isspace():
                    is_close = True
            else:
                is_close = closing and not opening
                if is_close and left.isdigit():
                    continue  # an inch mark: 5'10"
            if is_close:
                if not double_open:
                    problems.append(
                        Problem(
                            Span(pos, pos + 1),
                            ProblemKind.STRAY_CLOSING_MARK,
                            f"closing quotation mark {mark} with no opening mark",
                        )
                    )
                    continue
                while stack and not stack[-1].double:
                    stack.pop()  # single marks left open inside were apostrophes
                opened = stack.pop()
                doubles -= 1
                emit(opened, pos, width=width)
            else:
                if (
                    double_open
                    and doubles == len(stack)
                    # one quote inside another, no deeper: real text never nests further
                    and not (
                        doubles == 1 and _nests(text, pos, end, curly, outer=text[stack[-1].pos])
                    )
                ):
                    # A second opening mark while one is open: the first was never closed.
                    opened = stack.pop()
                    doubles -= 1
                    problems.append(_unclosed(opened.pos, text))
                stack.append(_Open(pos, True, width))
                doubles += 1
            continue

        # Single marks.
        if left.isalnum() and (right.isalpha() or right.isdigit()):
            continue  # don't, O'Brien, 90's
        if (left.isspace() or pos == start) and right.isdigit():
            continue  # '90s
        if opening and not closing and mark in SINGLE_OPENERS:
            elision = ELISION_WORD.match(text, pos + 1, end)
            if elision and elision.group().lower() in lexicon.elisions:
                after = elision.end()
                if after >= end or not text[after].isalpha():
                    continue  # 'n', 'em, 'til
            stack.append(_Open(pos, False))
            continue
        if closing and stack and not stack[-1].double:
            if not last_closer:
                last_closer.append(_last_single_closer(text, start, end))
            if left in "sS" and _later_single_closer(text, pos + 1, end, last_closer[0]):
                continue  # "the traders' concerns": a plural possessive inside the quote
            opened = stack.pop()
            emit(opened, pos)
        # Otherwise an apostrophe (terrorists' hideout) or a stray single mark.

    # The paragraph ended with marks still open.
    while stack:
        opened = stack.pop()
        # The multi-paragraph convention: no closing mark, the next paragraph opens
        # with one.  Only the outermost quote can run on.
        runs_on = next_opens and not stack
        if not opened.double:
            if runs_on and (opened.pos == start or text[start : opened.pos].rstrip().endswith(":")):
                # a British multi-paragraph quote, opening the paragraph or after a
                # colon lead-in ("Ms Marsh said: 'Nobody likes ...")
                emit(opened, None, continues=True)
            continue  # otherwise it was an apostrophe
        if not runs_on:
            problems.append(_unclosed(opened.pos, text))
        emit(opened, None, continues=runs_on)


def _marks(text: str, start: int, end: int, stack: list[_Open]) -> Iterator[tuple[int, str]]:
    """The quotation marks of text[start:end] in order, two apostrophes as one
    mark.  Of three apostrophes, the first closes a single quote that is open
    (''He said 'no.' '' typed without the space), else the first two are the
    double mark; four or more are a row of apostrophes, no mark at all."""
    pos = start
    while True:
        match = MARKS.search(text, pos, end)
        if match is None:
            return
        at, mark = match.start(), match.group()
        if mark == DOUBLED:
            run = APOSTROPHES.match(text, at, end)
            length = run.end() - at if run is not None else 2
            if length > 3:
                pos = at + length
                continue
            if length == 3 and stack and not stack[-1].double:
                yield at, "'"
                yield at + 1, DOUBLED
                pos = at + 3
                continue
        yield at, mark
        pos = match.end()


def _nests(
    text: str, pos: int, end: int, curly: list[tuple[list[int], list[int]]], outer: str
) -> bool:
    """Does the curly “ at `pos` open a quote inside the open one ("“A “B” C”")?

    Only when the rest of the paragraph holds enough ” to close both (one will do
    when the open quote is a straight one, which no ” closes: '"A “B” C'); otherwise
    the open quote was never closed.  The mark positions are listed once per
    paragraph, so 50,000 nested marks stay linear.
    """
    if text[pos] != "“":
        return False
    if not curly:
        opens = [m.start() for m in CURLY_OPEN.finditer(text, pos, end)]
        closes = [m.start() for m in CURLY_CLOSE.finditer(text, pos, end)]
        curly.append((opens, closes))
    opens, closes = curly[0]
    later_closes = len(closes) - bisect_right(closes, pos)
    later_opens = len(opens) - bisect_right(opens, pos)
    return later_closes - later_opens >= (1 if outer == '"' else 2)


CURLY_OPEN = regex.compile("“")
CURLY_CLOSE = regex.compile("”")
SINGLE_CLOSER = regex.compile(r"(?<=\S)['’](?=[\s.,;:!?)\]—–-]|$)")


def _last_single_closer(text: str, start: int, end: int) -> int:
    """Where the last mark that could close a single quote is in text[start:end], or -1."""
    last = -1
    for match in SINGLE_CLOSER.finditer(text, start, end):
        last = match.start()
    return last


def _later_single_closer(text: str, pos: int, end: int, last_closer: int) -> bool:
    """Is there a better closing mark for the open single quote later on?

    Only when the mark is followed by a lower-case word does the possessive
    reading win; "...the traders,' she said" still closes at the mark.
    """
    nxt = pos
    while nxt < end and text[nxt] == " ":
        nxt += 1
    if nxt >= end or not text[nxt].islower():
        return False
    return last_closer >= nxt


def _unclosed(pos: int, text: str) -> Problem:
    return Problem(
        Span(pos, pos + 1),
        ProblemKind.UNCLOSED_QUOTE,
        f"opening quotation mark {text[pos]} is never closed in its paragraph",
    )


def _alterations(text: str, start: int, end: int) -> tuple[Alteration, ...]:
    found = []
    for match in ALTERATION.finditer(text, start, end):
        kind = AlterationKind.BRACKET if match.group()[0] == "[" else AlterationKind.ELLIPSIS
        found.append(Alteration(Span(match.start(), match.end()), kind))
    return tuple(found)


SPACES = ("\xa0", "\u2007", "\u2009", "\u202f")


def mask(text: str, quotes: list[RawQuote]) -> str:
    """The text with every quoted word replaced by FILLER, same length.

    The quote marks stay, and so does the punctuation just inside the closing
    mark, so sentence boundaries after a quotation are still visible.
    """
    pieces: list[str] = []
    pos = 0
    for quote in quotes:
        if quote.nested or quote.inner_start < pos:
            continue
        inner_end = quote.inner_end
        keep = inner_end
        # Punctuation, and the closing marks of quotes nested at the very end
        # (''a disgrace.''), stay visible.
        while keep > quote.inner_start and (
            text[keep - 1] in TRAILING_PUNCT or text[keep - 1] in NESTED_CLOSERS
        ):
            keep -= 1
        pieces.append(text[pos : quote.inner_start])
        pieces.append(FILLER * (keep - quote.inner_start))
        pieces.append(text[keep:inner_end])
        pos = inner_end
        if quote.closed and text[inner_end] in DOUBLE_OPEN:
            # „Ja“ and a “ typed for ” (“It's unusual,“ said Noble) close as ”
            pieces.append("”")
            pos += 1
    pieces.append(text[pos:])
    masked = "".join(pieces)
    # No-break and thin spaces read as spaces ("said\xa0in an op-ed"); one code
    # point each, so every offset stays.  (str.replace per kind: translate() looks
    # every character of non-ASCII text up in its table.)
    for space in SPACES:
        if space in masked:
            masked = masked.replace(space, " ")
    return masked
