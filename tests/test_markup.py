"""Markdown and HTML: what is prose, what is not, and exact positions in the original."""

from __future__ import annotations

import pytest

from attribution import analyze
from attribution.config import Settings, active_rules
from attribution.document import LineIndex
from attribution.lexicon import load_lexicon
from attribution.lint import check_text
from attribution.markup import Markup, MarkupError, extract, markup_for
from attribution.model import Span

RULES = active_rules(Settings())


def findings(text: str, markup: Markup) -> list[tuple[str, int, int, str]]:
    """(code, line, column, original text) of every finding."""
    checked = check_text(text, path="x", markup=markup, rules=RULES, lexicon=load_lexicon())
    index = LineIndex(text)
    return [(f.code, *index.position(f.span.start), f.span.text(text)) for f in checked.findings]


MARKDOWN = """---
title: "Officials said nothing"
---
# The **bridge** report

Work stopped in May, [officials](https://example.org/a "x") said on Monday. Try `ls`.

> "It was never safe," Haddad said.

```
"This is code," the compiler claimed.
```

Run `"quoted," he claimed` to see it. See <https://example.org/x> and https://example.org/y.
"""


def test_markdown_prose_keeps_its_words_and_drops_the_markup() -> None:
    prose = extract(MARKDOWN, Markup.MARKDOWN).text
    assert "The bridge report" in prose
    assert "Work stopped in May, officials said on Monday. Try ." in prose
    assert '"It was never safe," Haddad said.' in prose
    for absent in ("title", "compiler", "claimed", "https", "example.org", "**", "```"):
        assert absent not in prose


def test_markdown_findings_point_into_the_original_file() -> None:
    found = findings(MARKDOWN, Markup.MARKDOWN)
    assert ("AN001", 6, 23, "officials") in found  # inside a link, after front matter
    assert ("NM001", 8, 24, "Haddad") in found  # inside a block quote
    assert all(code != "VB001" for code, *_ in found)  # code blocks and spans are not prose


def test_markdown_every_prose_character_maps_to_itself() -> None:
    prose = extract(MARKDOWN, Markup.MARKDOWN)
    for i, char in enumerate(prose.text):
        if char != "\n":
            assert MARKDOWN[prose.to_original(Span(i, i + 1)).start] == char


HTML = """<html><head><title>Officials said</title>
<script>var s = "a source said";</script><style>p { color: red }</style></head>
<body><p>&ldquo;We won&rsquo;t stop,&rdquo; Osei
said.</p><p>Funding will end, <b>officials</b> said.</p>
<pre>"code," he claimed</pre></body></html>
"""


def test_html_decodes_entities_and_skips_scripts() -> None:
    prose = extract(HTML, Markup.HTML).text
    assert "“We won’t stop,” Osei said." in prose
    for absent in ("var s", "color", "claimed", "<b>", "Officials said"):
        assert absent not in prose


def test_a_span_ending_in_an_entity_maps_to_the_whole_reference() -> None:
    prose = extract(HTML, Markup.HTML)
    quote = "“We won’t stop,”"
    start = prose.text.index(quote)
    span = prose.to_original(Span(start, start + len(quote)))
    assert HTML[span.start : span.end] == "&ldquo;We won&rsquo;t stop,&rdquo;"
    inner = prose.to_original(Span(start + 1, start + 7))  # "We won": no entity at its end
    assert HTML[inner.start : inner.end] == "We won"


def test_an_html_q_element_is_a_quotation_its_tags_mark() -> None:
    page = "<p>Shippers were relieved. <q>We can plan <q>again</q> now</q>, said Ann Lee.</p>"
    prose = extract(page, Markup.HTML)
    assert "“We can plan ‘again’ now”, said Ann Lee." in prose.text
    start = prose.text.index("“")
    span = prose.to_original(Span(start, prose.text.index("”") + 1))
    assert page[span.start : span.end] == "<q>We can plan <q>again</q> now</q>"
    analysis = analyze(prose.text)
    assert [s.form for s in analysis.statements] == ["direct"]
    assert analysis.speakers[0].name == "Ann Lee"


def test_an_embedded_post_is_its_posters_words_through_html() -> None:
    page = (
        "<p>The mayor reacted within minutes.</p>"
        '<blockquote class="twitter-tweet"><p lang="en">The bridge stays open. We will not '
        'bow to threats. <a href="https://t.co/x">pic.twitter.com/Ab12Cd</a></p>&mdash; Jonas '
        'Berg (@MayorBerg) <a href="https://x.com/MayorBerg/status/1">March 3, 2025</a>'
        "</blockquote><p>Others followed.</p>"
    )
    prose = extract(page, Markup.HTML)
    analysis = analyze(prose.text)
    [post] = [s for s in analysis.statements if s.channel is not None]
    assert post.mention is not None and post.mention.text(prose.text) == "Jonas Berg"
    assert post.channel is not None and post.channel.text(prose.text) == "@MayorBerg"
    [fragment] = post.fragments
    assert fragment.span.text(prose.text) == "The bridge stays open. We will not bow to threats"
    span = prose.to_original(fragment.span)
    assert page[span.start : span.end] == fragment.span.text(prose.text)


def test_html_findings_point_into_the_original_file() -> None:
    found = findings(HTML, Markup.HTML)
    assert ("NM001", 3, 45, "Osei") in found  # after two entities on the line
    assert ("AN001", 4, 34, "officials") in found  # inside <b>
    assert all(code != "VB001" for code, *_ in found)


@pytest.mark.parametrize("markup", [Markup.MARKDOWN, Markup.HTML, Markup.TEXT])
def test_suppression_comments(markup: Markup) -> None:
    open_tag, close_tag = ("<p>", "</p>") if markup is Markup.HTML else ("", "")
    text = "\n\n".join(
        [
            f"{open_tag}Prices rose, officials said.{close_tag}",
            "<!-- attribution: disable=AN001,AN003 -->",
            f"{open_tag}Wages fell, officials said.{close_tag}",
            "<!-- attribution: enable=AN001 -->",
            f"{open_tag}Rents rose, sources said.{close_tag}",
            "<!-- attribution: off -->",
            f"{open_tag}Taxes rose, sources said.{close_tag}",
            "<!-- attribution: on -->",
            f"{open_tag}Jobs went, sources said.{close_tag}",
        ]
    )
    lines = [(code, line) for code, line, _, _ in findings(text, markup)]
    assert ("AN001", 1) in lines and ("AN003", 1) in lines
    assert ("AN001", 5) not in lines  # disabled
    assert ("AN001", 9) in lines  # enabled again
    assert not [line for _, line in lines if line == 13]  # all off
    assert ("AN001", 17) in lines


def test_unknown_suppression_comment_is_an_error_with_its_place() -> None:
    with pytest.raises(MarkupError) as caught:
        extract("Text.\n\n<!-- attribution: of -->\n", Markup.MARKDOWN)
    assert "unknown attribution comment 'of'" in str(caught.value)
    assert caught.value.offset == 7


def test_parser_follows_the_suffix() -> None:
    assert markup_for("a/b.MD") is Markup.MARKDOWN
    assert markup_for("page.htm") is Markup.HTML
    assert markup_for("notes") is Markup.TEXT


def test_fuzz_crash_html_marked_section_without_cdata() -> None:
    # Found by `make fuzz` (markup target): html.parser asserted on "<![" + NUL.
    page = "<p>&ldquo;<![\x00We won,&rdquo; Abid said.</p><p>a <![if !vml]>b<![endif]> c</p>"
    prose = extract(page, Markup.HTML)  # the broken section is blanked up to its ">"
    assert prose.text.startswith("“") and "We won" not in prose.text
    assert "vml" not in prose.text and "a b c" in " ".join(prose.text.split())


BLOCK_QUOTE = {
    Markup.HTML: "<p>The governor added:</p>\n<blockquote><p>It is typical of the senator."
    " She never reads the budget.</p></blockquote>\n<p>The session ended.</p>\n",
    Markup.MARKDOWN: "The governor added:\n\n> It is typical of the senator."
    " She never reads the budget.\n\nThe session ended.\n",
}


@pytest.mark.parametrize("markup", [Markup.HTML, Markup.MARKDOWN])
def test_a_block_quote_after_a_colon_lead_in_is_the_statement(markup: Markup) -> None:
    """A page's block quote has no quote marks: the colon lead-in's speaker says it,
    and its place maps back to the original file."""
    source = BLOCK_QUOTE[markup]
    prose = extract(source, markup)
    analysis = analyze(prose.text)
    assert len(analysis.statements) == 1
    statement = analysis.statements[0]
    assert statement.mention is not None and statement.mention.text(prose.text) == "The governor"
    span = prose.to_original(statement.fragments[0].span)
    said = "It is typical of the senator. She never reads the budget."
    assert source[span.start : span.end] == said
