"""Paragraphs and sentences as spans.

Sentences are found on the *masked* text (quoted words replaced by a filler of
the same length, see :mod:`attribution.quotes`), so a period inside a quotation
never ends the writer's sentence and every offset stays an offset into the
original text.
"""

from __future__ import annotations

import re

import regex

from attribution.lexicon import Lexicon
from attribution.model import Span
from attribution.quotes import FILLER

# A blank line (spaces allowed) separates paragraphs; CR is whitespace.
PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n\s*")
# Some sources put one paragraph per line with no blank lines between them.
LINE_PARAGRAPH_BREAK = regex.compile(r"\n\s*")
# After "?" or "!" closing a quotation, a capitalised speaker and verb continue
# the sentence ('"Why not?" Clinton said.').
# A run of terminal punctuation, the closing marks and brackets after it, and the
# whitespace that follows: a candidate sentence boundary.
# A full stop glued to the next opening mark ('said one owner.“We ...') ends one too;
# a German quotation closes on “ („Wir sind am Ende.“ Dann ...).
SENTENCE_END = regex.compile(r"[.!?…]+[\"”’'»“)\]]*\s+|(?<=\p{Ll})[.!?](?=[“«])")
# What may open the next sentence: a capital, a digit or an opening mark.
SENTENCE_START = regex.compile(r"[\"“‘'«„(\[]?[\p{Lu}\p{N}]|\(?[\"“‘«„]|'~|''")
# The word before a period, to tell abbreviations from sentence ends.
WORD_BEFORE = regex.compile(r"([\p{L}.’']+)\.+$")
INITIALS = regex.compile(r"(?:\p{L}\.)*\p{L}")
# A line break inside a paragraph after a line with no terminal punctuation
# (a heading or a caption credit glued to the next line) also ends a sentence.
LINE_BREAK = regex.compile(r"(?<=[^\s.!?:;,\"”’'…-])[^\S\n]*\n\s*(?=[\p{Lu}\"“‘«\[])")
# A line that opens with a list marker inside a paragraph ("Key points:\n- Labour
# says ...\n- Turnout is down, figures suggest") is an item of its own: the line
# before it ends, and the item's sentence starts after its marker. (Not a dash: a
# line that opens with one may be a quotation's credit.)
LIST_ITEM = regex.compile(r"[^\S\n]*\n[^\S\n]*(?:[-*•]|\d{1,2}[.)])[^\S\n]+(?=\S)")

MAX_SENTENCE = 3000
NEXT_WORD = regex.compile(r"\p{Lu}\p{Ll}*(?=\s)")
OPENING_MARKS = frozenset('"“‘«„')


def paragraphs(text: str) -> list[Span]:
    """Blank-line separated blocks, each trimmed of surrounding whitespace.

    A text with lines but no blank line between any of them is read as one
    paragraph per line, as wire feeds and some exports write it.
    """
    spans: list[Span] = []
    pos = 0
    breaker = PARAGRAPH_BREAK
    if PARAGRAPH_BREAK.search(text) is None and text.count("\n") >= 2:
        breaker = LINE_PARAGRAPH_BREAK
    for match in breaker.finditer(text):
        _add_trimmed(text, pos, match.start(), spans)
        pos = match.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, into: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        into.append(Span(start, end))


def sentences(text: str, masked: str, paragraph: Span, lexicon: Lexicon) -> list[Span]:
    """Sentence spans of one paragraph of the masked text (the original text shows
    the quoted words the mask hides)."""
    spans: list[Span] = []
    start = paragraph.start
    cuts: list[tuple[int, int]] = []
    for match in SENTENCE_END.finditer(masked, paragraph.start, paragraph.end):
        nxt = match.end()
        if nxt >= paragraph.end or not SENTENCE_START.match(masked, nxt, paragraph.end):
            continue
        if (
            _is_abbreviation(masked, match.start(), paragraph.start, lexicon)
            and not _quote_after_initials(text, masked, match, lexicon)
            and not _function_word_after(masked, match, lexicon)
        ):
            continue
        if _attribution_follows(masked, match, paragraph, lexicon):
            continue
        end = match.end()
        while end > match.start() and masked[end - 1].isspace():
            end -= 1
        cuts.append((end, nxt))
    for match in LINE_BREAK.finditer(masked, paragraph.start, paragraph.end):
        cuts.append((match.start(), match.end()))
    if masked.find("\n", paragraph.start, paragraph.end) != -1:
        for match in LIST_ITEM.finditer(masked, paragraph.start, paragraph.end):
            cuts.append((match.start(), match.end()))
    cuts.sort()
    for end, nxt in cuts:
        if end > start and nxt > start:
            _add_bounded(masked, start, end, spans)
            start = nxt
    if paragraph.end > start:
        _add_bounded(masked, start, paragraph.end, spans)
    return spans


def _add_bounded(masked: str, start: int, end: int, into: list[Span]) -> None:
    """Add a sentence, cut at spaces into pieces of at most MAX_SENTENCE code points.

    No sentence of news is that long; what is (a table flattened to one line, a
    list of names) is read in pieces, which keeps the work per sentence bounded
    and the whole analysis linear in the length of the text.
    """
    while end - start > MAX_SENTENCE:
        cut = masked.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut == -1:
            cut = start + MAX_SENTENCE
        into.append(Span(start, cut))
        start = cut
        while start < end and masked[start] == " ":
            start += 1
    if end - start > 2 and masked[start] == "(" and masked[end - 1] == ")":
        if masked.find("(", start + 1, end) == -1:
            start, end = start + 1, end - 1  # '(“We are not leaving,” said one organizer.)'
    if end > start:
        into.append(Span(start, end))


def _is_abbreviation(masked: str, dot: int, floor: int, lexicon: Lexicon) -> bool:
    if masked[dot] != ".":
        return False
    lo = max(floor, dot - 30)
    match = WORD_BEFORE.search(masked, lo, dot + 1)
    if match is None:
        return False
    word = match.group(1).strip("’'").lower()
    if word in lexicon.abbreviations:
        return True
    # Initials ("J.", "U.S.") but not a capitalised word ending a sentence.
    return bool(INITIALS.fullmatch(word)) and (len(word) == 1 or "." in word)


def _function_word_after(masked: str, match: regex.Match[str], lexicon: Lexicon) -> bool:
    """'... close at 7 p.m. He says': a capitalised pronoun or conjunction after an
    abbreviation opens a new sentence (no name is spelled "He" or "But")."""
    word = NEXT_WORD.match(masked, match.end())
    if word is None:
        return False
    before = WORD_BEFORE.search(masked, max(0, match.start() - 30), match.start() + 1)
    if before is not None and before.group(1).strip("’'") + "." in lexicon.titles:
        return False
    return word.group().lower() in lexicon.not_names


def _quote_after_initials(
    text: str, masked: str, match: regex.Match[str], lexicon: Lexicon
) -> bool:
    """'... at a rally in Binghamton, N.Y. “The department ...': initials that end
    a sentence when a quotation opens right after them (but not "Gen. “Mad Dog”",
    nor "the U.S. “clearly” needed": a quoted word in lower case goes on)."""
    if masked[match.end() : match.end() + 1] not in OPENING_MARKS:
        return False
    if text[match.end() + 1 : match.end() + 2].islower():
        return False
    word = WORD_BEFORE.search(masked, max(0, match.start() - 30), match.start() + 1)
    if word is None:
        return False
    abbreviation = word.group(1).strip("’'")
    return abbreviation + "." not in lexicon.titles and abbreviation.lower() not in (
        "vs",
        "e.g",
        "i.e",
    )


# Auxiliaries and forms of "be" and "have" that make a finite clause; they never
# follow a verb directly ("the report was", not "reports was").
FINITE_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
     "should", "may", "might", "must", "does", "did"}
)  # fmt: skip
FINITE_MARKERS = FINITE_AUXILIARIES | {"do", "said", "says", "told"}
BRACKETED = regex.compile(r"\([^()\n]{1,30}\)")
NICKNAME = regex.compile(r"[“\"](?:\p{Lu}[\p{L}.'’-]{0,14}|~{1,15})[”\"]")
# Words before a cue after a closing quote that make a clause of its own, not an
# attribution tail ('"...." The firm did not respond')
NEGATED_CLAUSE = frozenset(
    {"not", "never", "did", "does", "didn't", "didn’t", "doesn't", "doesn’t"}
)


def _attribution_follows(
    masked: str, match: regex.Match[str], paragraph: Span, lexicon: Lexicon
) -> bool:
    """'"Why not?" Clinton said.': the quote's own punctuation, not the sentence's end."""
    marks = match.group().rstrip()
    if marks[-1:] not in "\"”’'»":
        return False
    if marks[0] == "." and _embedded_quote(masked, match.start(), paragraph.start):
        # '..., calling him “a failed candidate.” Romney fired back in March, ...':
        # a quotation inside the writer's sentence ends it with its full stop
        return False
    end = paragraph.end
    window_end = min(end, match.end() + 60)
    window = masked[match.end() : window_end]
    cut = _first_stop(window, 0, lexicon)
    cue = _cue_in(window, 0, cut, lexicon)
    limit = 5
    if cue is None and window[cut : cut + 1] == ",":
        # '"Go!" Scott's niece, Marcia Price, shouted': a subject, its appositive
        # between two commas, then the cue (read in a wider window: "Scott's niece,
        # state Del. Marcia Price (D-Newport News), shouted")
        window = masked[match.end() : min(end, match.end() + 100)]
        second = window.find(",", cut + 1)
        # the appositive may end in an abbreviation's full stop: "Thompson, R-Pa., said"
        aside = window[cut + 1 : second].rstrip().removesuffix(".")
        # ... and a title's full stop inside it: "Scott's niece, state Del. Marcia Price,"
        aside = " ".join(w for w in aside.split() if w not in lexicon.titles)
        aside = NICKNAME.sub("", aside)  # 'state Del. Marcia "Cia" Price
        if second != -1 and not any(c in '.;:“"' for c in aside):
            start = second + 1
            while start < len(window) and window[start] == " ":
                start += 1
            cue = lexicon.cue_re.match(window, start)
            if cue is not None:
                cut = _first_stop(window, cue.end(), lexicon)
                limit = 9
    stop = window[cut : cut + 1]
    window = window[:cut]
    if cue is None:
        return False
    verb = lexicon.verbs.get(cue.group())
    if verb is not None and verb.frame == "regard":
        return False  # '...journalist." Mosman saw it differently': regard takes no quote
    # '"Go!" State Sen. Marcia Price (D-Newport News) shouted': a party and state in
    # brackets is no word of a clause
    before = BRACKETED.sub("", window[: cue.start()]).split()
    if len(before) > limit or (before and before[0].lower() in lexicon.prepositions):
        return False  # '... counted.” With a vote for him ruled out,': a new sentence
    if any(word.lower() in NEGATED_CLAUSE for word in before):
        return False  # '..." Skyline Air did not respond to requests': a clause of its own
    if cue.group().split(" ")[0].endswith("ing"):
        return False  # '...anguish.” This sort of opining, CNN said': a noun, no cue

    # A cue clause that runs on into content ("The network said it would ...")
    # opens a sentence of its own; an attribution ends, or goes on with an
    # adjunct ("said on Friday", "said in a statement").
    after = window[cue.end() :].split()
    if not after and stop == ":":
        return False  # "''...'' Mr. Zahed said: ''...''": the lead-in of the next quote
    if not after:
        return True
    first = after[0].lower()
    opens_content = (
        first in lexicon.pronouns
        or first in lexicon.determiners
        or first in ("that", "no")
        # "said to be": an infinitive; but "shouted to the crowd", "said to People",
        # "said to him": a recipient
        or (first == "to" and not (len(after) > 1 and _recipient(after[1], lexicon)))
    )
    if (
        opens_content
        and first in lexicon.determiners
        and marks[0] == "?"
        and verb is not None
        and verb.lemma in lexicon.question_verbs
    ):
        # '"Who decides?" Justice Kagan asked the state's solicitor general.': the
        # person asked, not a clause
        opens_content = False
    if opens_content:
        return False
    # '"Why?" Trump asked reporters during a briefing late last month': adjuncts,
    # however many; but '"No." Trump said Clinton would lose': a clause of its own.
    if first in lexicon.subordinators:
        return True  # '"...!" Sessions said as he launched the vote.': an adjunct clause
    return len(after) <= 4 or not any(finite_word(w) for w in after[1:])


def _cue_in(window: str, start: int, end: int, lexicon: Lexicon) -> re.Match[str] | None:
    """The first cue in window[start:end] that is no modifier of a title after it
    ('"...?" BJP state president Chandrashekhar Bawankule told': not "state")."""
    for cue in lexicon.cue_re.finditer(window, start, end):
        following = window[cue.end() : end].split(None, 1)
        if not (
            following
            and following[0].islower()  # not a person addressed: "asked Republican ..."
            and following[0].capitalize() in lexicon.titles
        ):
            return cue
    return None


def _embedded_quote(masked: str, dot: int, floor: int) -> bool:
    """Whether the quotation whose full stop is at masked[dot] opened inside a
    sentence, after a word or a comma (its words are filler in the masked text)."""
    i = dot - 1
    while i >= floor and masked[i] == FILLER:
        i -= 1
    if i < floor or i == dot - 1 or (masked[i] not in OPENING_MARKS and masked[i] != "'"):
        return False
    i -= 1
    if i >= floor and masked[i] == "'" and masked[i + 1] == "'":
        i -= 1  # "''a disgrace.''": two straight marks open it, as some papers type them
    while i >= floor and masked[i] == " ":
        i -= 1
    return i >= floor and (masked[i].isalnum() or masked[i] == ",")


def _recipient(word: str, lexicon: Lexicon) -> bool:
    """Whether a word after "to" opens the person addressed, not an infinitive."""
    return (
        word.lower() in lexicon.determiners
        or word[:1].isupper()
        or word.lower().rstrip(".") in ("me", "us", "him", "her", "them", "reporters")
    )


def _first_stop(window: str, start: int, lexicon: Lexicon) -> int:
    """Where the words after a quote's closing mark stop: the first comma, full stop
    (not a title's: '"Why?" Mr. Trump asked'), semicolon, colon or quote mark."""
    cut = len(window)
    for stop in ',.;:“"':
        found = window.find(stop, start)
        while stop == "." and found != -1 and _title_dot(window, found, lexicon):
            found = window.find(stop, found + 1)
        if found != -1:
            cut = min(cut, found)
    return cut


def _title_dot(window: str, dot: int, lexicon: Lexicon) -> bool:
    """Does the period at window[dot] end a title ("Mr.", "Sen.") or an initial?"""
    word = window[:dot].rsplit(None, 1)[-1] if window[:dot].strip() else ""
    return word + "." in lexicon.titles or (len(word) == 1 and word.isupper())


def finite_word(word: str) -> bool:
    """A word that makes a clause: an auxiliary, a form of "be", a past tense."""
    word = word.lower()
    return word.endswith(("ed", "n't", "n’t")) or word in FINITE_MARKERS
