"""Quote pairing: marks, apostrophes, nesting, recovery.  Each case names what it guards."""

from __future__ import annotations

import pytest

from attribution import analyze
from attribution.model import Form, ProblemKind, QuoteKind, Statement


def inner_texts(text: str) -> list[str]:
    return [text[q.inner.start : q.inner.end] for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We won," she said.', ["We won,"]),
        ("“We won,” she said.", ["We won,"]),
        ("«Nous avons gagné», a-t-il dit.", ["Nous avons gagné"]),
        ("„Wir haben gewonnen“, sagte er.", ["Wir haben gewonnen"]),
        ("'We won,' she said.", ["We won,"]),
        ("‘We won,’ she said.", ["We won,"]),
        # Apostrophes never open or close a quote.
        ("It isn't over, and we don't know why.", []),
        ("They raided the terrorists' hideout, he said.", []),
        ('They raided the militants\' "massive" base.', ["massive"]),
        ("Music of the '90s was loud.", []),
        ("He loves rock 'n' roll music.", []),
        ("He is 5'10\" tall.", []),
        # Nested quotes inside quotes.
        (
            "\"He told me 'never again' and left,\" she said.",
            ["He told me 'never again' and left,", "never again"],
        ),
        ("‘He shouted “stop” at them,’ she said.", ["He shouted “stop” at them,", "stop"]),
        # Curly double quotes nest when enough closing marks follow for both.
        ("“He shouted “stop” at them,” she said.", ["He shouted “stop” at them,", "stop"]),
        # A possessive inside a British quote does not end it.
        ("'We heard the traders' concerns,' she said.", ["We heard the traders' concerns,"]),
        # Two apostrophes are one double mark, as some newspapers type them.
        ("''We won,'' she said.", ["We won,"]),
        ("''It's the workers' money,'' he said.", ["It's the workers' money,"]),
        ("She called it ''egregious'' and left.", ["egregious"]),
        # Three apostrophes: a nested single quote closes, then the double one.
        ("''He told me 'no,''' she said.", ["He told me 'no,'", "no,"]),
        ("''He told me 'no,' '' she said.", ["He told me 'no,' ", "no,"]),
        # A row of four or more apostrophes is no quotation mark.
        ("Scores ''''''''' were redacted.", []),
    ],
)
def test_pairing(text: str, expected: list[str]) -> None:
    assert inner_texts(text) == expected


def test_unbalanced_mark_recovers_at_paragraph_boundary() -> None:
    text = 'He said "this never closes.\n\nShe said: "Fine." Then "all good," he added.'
    analysis = analyze(text)
    assert [p.kind for p in analysis.problems] == [ProblemKind.UNCLOSED_QUOTE]
    assert analysis.problems[0].span.start == text.index('"')
    # The next paragraph pairs as if nothing had happened.
    later = [text[q.inner.start : q.inner.end] for q in analysis.quotes if q.closed]
    assert later == ["Fine.", "all good,"]


def test_second_curly_opening_without_closers_for_both_recovers() -> None:
    # Only one closing mark follows: the first quote was never closed, the second pairs.
    text = "He said “this never closes. Then “all good,” he added."
    analysis = analyze(text)
    assert [p.kind for p in analysis.problems] == [ProblemKind.UNCLOSED_QUOTE]
    assert [text[q.inner.start : q.inner.end] for q in analysis.quotes if q.closed] == ["all good,"]


def test_curly_quotes_nest_one_level_deep_only() -> None:
    # Real text never nests a third level; reading one keeps marks pairing in
    # linear time (50,000 nested marks would otherwise be 25,000 quotes, each
    # scanned for alterations over all the ones inside it).
    text = "He said “one “two “three” two” one” and left."
    analysis = analyze(text)
    assert [text[q.span.start : q.span.end] for q in analysis.quotes] == [
        "“one “two “three” two”",
        "“three”",
    ]
    assert [p.kind for p in analysis.problems] == [
        ProblemKind.UNCLOSED_QUOTE,
        ProblemKind.STRAY_CLOSING_MARK,
    ]


def test_stray_closing_mark_is_a_problem_not_a_crash() -> None:
    analysis = analyze("He left early.” Then nothing.")
    assert [p.kind for p in analysis.problems] == [ProblemKind.STRAY_CLOSING_MARK]
    assert analysis.quotes == ()


def fragment_texts(text: str, statement: Statement) -> list[str]:
    """The texts of a statement's fragments, in order."""
    return [text[f.span.start : f.span.end] for f in statement.fragments]


def test_multi_paragraph_quote_is_not_a_problem() -> None:
    text = '"First part of it.\n\n"Second part," he said.'
    analysis = analyze(text)
    assert analysis.problems == ()
    assert analysis.quotes[0].continues and not analysis.quotes[0].closed
    assert fragment_texts(text, analysis.statements[0]) == [
        '"First part of it.',
        '"Second part,"',
    ]


def test_british_quote_after_a_colon_runs_over_paragraphs() -> None:
    text = (
        "The harbourmaster said: 'We cannot dredge until spring.\n\n"
        "'Until then the big boats will have to wait outside.'\n\n"
        "Skippers' groups were not consulted."
    )
    analysis = analyze(text)
    assert analysis.problems == ()
    statement = analysis.statements[0]
    assert statement.form is Form.DIRECT
    assert fragment_texts(text, statement) == [
        "'We cannot dredge until spring.",
        "'Until then the big boats will have to wait outside.'",
    ]
    assert len(analysis.statements) == 1


def test_a_curly_term_inside_a_straight_quote_does_not_end_its_run() -> None:
    text = (
        "The governor wrote:\n\n"
        '"The agency no longer stands for \u201cservice first\u201d at all.\n\n'
        '"It stands for paperwork."'
    )
    analysis = analyze(text)
    assert analysis.problems == ()
    assert fragment_texts(text, analysis.statements[0]) == [
        '"The agency no longer stands for \u201cservice first\u201d at all.',
        '"It stands for paperwork."',
    ]


def test_an_unclosed_single_mark_mid_paragraph_stays_an_apostrophe() -> None:
    # no colon lead-in: the trailing mark is a possessive, not a quote that runs on
    text = "The skippers' boats wait outside.\n\n'Not for long,' the harbourmaster said."
    analysis = analyze(text)
    assert [text[q.span.start : q.span.end] for q in analysis.quotes] == ["'Not for long,'"]


def test_editorial_alterations_are_recorded() -> None:
    text = '"[The mayor] said it was ... over," the aide said.'
    quote = analyze(text).quotes[0]
    kinds = [(a.kind.value, text[a.span.start : a.span.end]) for a in quote.alterations]
    assert kinds == [("bracket", "[The mayor]"), ("ellipsis", "...")]


def test_quote_kinds() -> None:
    text = (
        'The group, known as the "Northern Front," attacked. '
        'The mayor said the plan was "a disaster in the making." '
        '"We will rebuild," the mayor said.'
    )
    kinds = {text[q.inner.start : q.inner.end]: q.kind for q in analyze(text).quotes}
    assert kinds == {
        "Northern Front,": QuoteKind.TERM,
        "a disaster in the making.": QuoteKind.PARTIAL,
        "We will rebuild,": QuoteKind.FULL,
    }


def test_a_title_that_keeps_the_sentence_period_is_a_term() -> None:
    text = 'The senator told ABC\'s "Good Morning America." Then he left.'
    (quote,) = analyze(text).quotes
    assert text[quote.inner.start : quote.inner.end] == "Good Morning America."
    assert quote.kind is QuoteKind.TERM


def test_offsets_are_code_points_of_the_original() -> None:
    text = "Émigré 😀 writers met.\r\n\r\n“Ça va,” dit-elle, said Zoë Dupont."
    analysis = analyze(text)
    for quote in analysis.quotes:
        assert text[quote.span.start] == "“"
        assert text[quote.span.end - 1] == "”"
    statement = analysis.statements[0]
    assert statement.mention is not None
    assert text[statement.mention.start : statement.mention.end] == "Zoë Dupont"
