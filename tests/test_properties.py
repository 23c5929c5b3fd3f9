"""Properties of the engine on any text (hypothesis, bounded budget in `make test`).

The text strategy mixes news vocabulary (cue verbs, names, pronouns, quote marks
of every style, brackets, line breaks) with arbitrary Unicode, so that examples
reach the engine's paths instead of being rejected at the first step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution import analyze
from attribution.config import Settings, active_rules
from attribution.coref import ACRONYM_DEFINITION, _definitions
from attribution.document import LineIndex
from attribution.lexicon import load_lexicon
from attribution.lint import check_text
from attribution.markup import INLINE, Markup, _inline_matches, extract
from attribution.model import Analysis, Span
from attribution.serialize import fragment_rows
from attribution.speakers import PLAIN_TEXT, PLAIN_TOKEN_SPLIT, TOKEN_SPLIT
from attribution.verbless import CREDIT_DASHES

PIECES = [
    "said", "says", "told", "added", "claimed", "according to", "said in a statement",
    "he", "she", "they", "It", "officials", "a source", "Li Wei", "Amara Osei", "Osei",
    "the statement", "ISPR", "Inter-Services Public Relations (ISPR)", "a senior official",
    "adding that", "that", "the", "we", "Mr.", "U.S.", "don't", "'90s", "5'10\"", "(R-Ohio)",
    "being seen", "as", "put it", "asked about", "was first reported by", "citing",
    ",", ".", "!", "?", ":", ";", "—", "-", '"', "“", "”", "‘", "’", "'", "«", "»", "„",
    "[", "]", "...", "…", "(", ")", " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t",
]  # fmt: skip
news = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), min_size=0, max_size=80
).map("".join)
BUDGET = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RULES = active_rules(Settings())
OPENING_MARKS = "\"“‘'«„‚‹"


def spans(value: Any) -> Iterator[Span]:
    """Every Span anywhere inside a model value."""
    if isinstance(value, Span):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from spans(getattr(value, item.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from spans(item)


@BUDGET
@given(news)
def test_every_span_is_inside_the_text(text: str) -> None:
    analysis = analyze(text)
    for span in spans(analysis):
        assert 0 <= span.start <= span.end <= len(text)
    for quote in analysis.quotes:
        assert quote.span.contains(quote.inner)


@BUDGET
@given(news)
def test_every_fragment_holds_text(text: str) -> None:
    """No statement is left with an empty or blank fragment after its content is
    cut short by the clauses around it."""
    for statement in analyze(text).statements:
        assert statement.fragments
        for fragment in statement.fragments:
            assert fragment.span.text(text).strip(), fragment


@BUDGET
@given(news)
def test_batch_rows_carry_the_text_at_their_offsets(text: str) -> None:
    for row in fragment_rows(analyze(text)):
        assert row["text"] == text[row["start"] : row["end"]]
        if row["speaker_start"] is not None:
            assert row["speaker"] == text[row["speaker_start"] : row["speaker_end"]]


@BUDGET
@given(news)
def test_a_quote_belongs_to_one_statement_only(text: str) -> None:
    analysis = analyze(text)
    for statement in analysis.statements:
        for fragment in statement.fragments:
            if fragment.quote is None:
                continue
            quote = analysis.quotes[fragment.quote].span
            for other in analysis.statements:
                if other.id == statement.id:
                    continue
                for piece in other.fragments:
                    assert not piece.span.overlaps(quote), (statement, other)


@BUDGET
@given(news)
def test_analysis_is_deterministic(text: str) -> None:
    assert analyze(text) == analyze(text)


@BUDGET
@given(news, st.sampled_from(list(Markup)))
def test_findings_map_to_line_and_column_and_back(text: str, markup: Markup) -> None:
    checked = check_text(text, path="x", markup=markup, rules=RULES, lexicon=load_lexicon())
    index = LineIndex(text)
    for finding in checked.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
        line, column = index.position(finding.span.start)
        assert index.offset(line, column) == finding.span.start


@BUDGET
@given(news, st.sampled_from([Markup.MARKDOWN, Markup.HTML]))
def test_markup_prose_maps_back_to_the_original(text: str, markup: Markup) -> None:
    prose = extract(text.replace("<!--", "<!- -"), markup)  # no directives: they may be bad
    assert prose.origin is not None and len(prose.origin) == len(prose.text) + 1
    previous = -1
    for i in range(len(prose.text)):
        origin = prose.origin[i]
        assert 0 <= origin < len(text)
        assert origin >= previous  # prose keeps the order of the original
        previous = origin


def _before(analysis: Analysis, boundary: int) -> list[tuple[Any, ...]]:
    """The statements whose every fragment lies before ``boundary``, as comparable values."""
    found = []
    for statement in analysis.statements:
        if statement.fragments and all(f.span.end <= boundary for f in statement.fragments):
            speaker = (
                analysis.speakers[statement.speaker].name if statement.speaker is not None else None
            )
            found.append(
                (
                    statement.form,
                    tuple(f.span for f in statement.fragments),
                    statement.mention,
                    statement.cue,
                    speaker,
                )
            )
    return found


@BUDGET
@given(news, news)
def test_text_appended_after_a_paragraph_changes_nothing_before_it(first: str, more: str) -> None:
    first = first.rstrip()
    head = analyze(first)
    if head.problems or any(q.continues for q in head.quotes):
        return  # the property holds where the marks before the boundary are balanced
    if head.paragraphs:
        # A last paragraph that opens with a mark it never closes may be the first
        # of a multi-paragraph quote: that convention looks at the next paragraph.
        last = head.paragraphs[-1].start
        if first[last] in OPENING_MARKS and not any(
            q.span.start == last and q.closed for q in head.quotes
        ):
            return
    if more.lstrip()[:1] in CREDIT_DASHES:
        # A paragraph that is only a credit ("— Bernie Sanders.") names the speaker
        # of the cue-less quotes just above it: the other convention that looks at
        # the next paragraph.
        return
    whole = analyze(f"{first}\n\n{more}")
    if [p for p in whole.paragraphs if p.end <= len(first)] != list(head.paragraphs):
        # A text with no blank line is read one paragraph per line (wire copy); the
        # appended blank line switches it to blank-line paragraphs, a different text.
        return
    assert _before(whole, len(first)) == _before(head, len(first))


plain_news = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(
            alphabet=st.characters(max_codepoint=127, exclude_characters="\x1c\x1d\x1e\x1f"),
            max_size=3,
        ),
        st.sampled_from(list("’‘“”—–…«»„―")),
    ),
    max_size=80,
).map("".join)


@BUDGET
@given(plain_news)
def test_the_fast_tokenizer_splits_plain_text_as_the_unicode_pattern_does(text: str) -> None:
    # The tokenizer takes the standard engine for such text; both must agree.
    assert PLAIN_TEXT.fullmatch(text) is not None
    assert PLAIN_TOKEN_SPLIT.split(text) == TOKEN_SPLIT.split(text)


ACRONYM_PIECES = [
    "Inter-Services", "Public", "Relations", "of", "the", "and", "National", "Party",
    "(ISPR)", "(NP)", "(PR)", "(NPP)", "(", ")", " ", " ", "-", "Ab", "X",
]  # fmt: skip
acronym_text = st.lists(
    st.one_of(st.sampled_from(ACRONYM_PIECES), st.text(max_size=2)), max_size=40
).map("".join)


@BUDGET
@given(acronym_text)
def test_acronyms_read_back_from_brackets_match_a_forward_scan(text: str) -> None:
    # find_acronyms reads a long form only before "(XY)"; a scan of the whole
    # text with the same pattern must find the same definitions.
    forward = [m.span() for m in ACRONYM_DEFINITION.finditer(text)]
    assert [m.span() for m in _definitions(text)] == forward


MARKUP_PIECES = [
    "a", "word", " ", "_", "__", "*", "**", "~~", "`", "``", "<", ">", "!", "[", "]", "(", ")",
    "\\", "&", "&amp;", "&#39;", ";", "http://", "https://x.org/a", "ftp://", "<!--", "-->",
    "<b>", "</i>", "<br/>", "<https://x.org>", ".", ",", "'", '"', ":", "/",
]  # fmt: skip
markup_line = st.lists(
    st.one_of(st.sampled_from(MARKUP_PIECES), st.text(max_size=2)), max_size=40
).map("".join)


@BUDGET
@given(markup_line)
def test_inline_markup_found_from_its_start_characters_matches_a_full_scan(text: str) -> None:
    # The Markdown reader matches INLINE only where INLINE_START finds a start;
    # it must find exactly the matches a scan of every position finds.
    scanned = [(m.span(), m.lastgroup) for m in INLINE.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in _inline_matches(text)] == scanned
