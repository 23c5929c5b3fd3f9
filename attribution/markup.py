"""Markup -> prose: the text the engine reads, and where each of its characters came from.

Markdown and HTML are turned into plain prose (paragraphs separated by blank
lines) with an ``origin`` table: ``origin[i]`` is the code-point offset in the
original file of prose character ``i``.  Spans found in the prose map back to
the original exactly through that table; nothing is ever searched for again.

Code blocks, inline code, front matter, URLs, raw HTML, ``<script>``/``<style>``
and the like are dropped.  Inline suppression comments
(``<!-- attribution: off -->``, ``on``, ``disable=CODE``, ``enable=CODE``) are
collected as directives, located in prose coordinates.

Markdown's block structure comes from markdown-it-py (which gives line ranges);
the inline markup inside a block's lines is removed here, because markdown-it
keeps no character offsets for inline tokens.  HTML goes through the standard
library's ``html.parser``, which reports the position of every tag, text run and
entity (selectolax, faster at building a tree, does not expose source offsets).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from html.parser import HTMLParser
from pathlib import PurePath

from markdown_it import MarkdownIt

from attribution.document import LineIndex
from attribution.model import Span


class Markup(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


SUFFIXES = {
    ".txt": Markup.TEXT,
    ".text": Markup.TEXT,
    ".md": Markup.MARKDOWN,
    ".markdown": Markup.MARKDOWN,
    ".html": Markup.HTML,
    ".htm": Markup.HTML,
}


def markup_for(path: str) -> Markup:
    """The parser a file name asks for; unknown suffixes are read as plain text."""
    return SUFFIXES.get(PurePath(path).suffix.lower(), Markup.TEXT)


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline suppression comment, at ``offset`` in prose coordinates."""

    offset: int
    action: str  # off / on / disable / enable
    codes: tuple[str, ...]
    span: Span  # the comment in the original text


@dataclass(frozen=True, slots=True)
class Prose:
    """The prose of a document and the map back to the original text."""

    text: str
    original: str
    origin: tuple[int, ...] | None  # None: the prose is the original text itself
    directives: tuple[Directive, ...]
    metadata: tuple[tuple[str, str], ...] = ()  # date, url, title when the markup says

    def meta(self, key: str) -> str | None:
        return dict(self.metadata).get(key)

    def to_original(self, span: Span) -> Span:
        if self.origin is None:
            return span
        origin = self.origin
        if span.end > span.start:
            last = origin[span.end - 1]
            end = last + 1
            if self.original[last] == "&" and self.text[span.end - 1] != "&":
                # a character written as an entity ("&rdquo;"): the whole reference
                reference = CHARACTER_REFERENCE.match(self.original, last)
                if reference is not None:
                    end = reference.end()
            elif self.original[last] == "<" and self.text[span.end - 1] != "<":
                # a quote mark a <q> tag stands for: the whole tag ("</q>")
                closing = self.original.find(">", last)
                if closing != -1:
                    end = closing + 1
            return Span(origin[span.start], end)
        return Span(origin[span.start], origin[span.start])


CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
DIRECTIVE = re.compile(r"<!--\s*attribution:\s*(.*?)\s*-->", re.DOTALL | re.IGNORECASE)
DIRECTIVE_BODY = re.compile(r"(off|on)|(disable|enable)\s*=\s*([A-Za-z0-9_,\s-]+)", re.IGNORECASE)


class MarkupError(ValueError):
    """A suppression comment that cannot be understood, at ``offset`` in the original."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset

    def located(self, text: str) -> str:
        """The message with the line of ``text`` (the original file) it is on."""
        line, _ = LineIndex(text).position(self.offset)
        return f"line {line}: {self}"


def parse_directive(body: str, offset: int, span: Span) -> Directive:
    match = DIRECTIVE_BODY.fullmatch(body.strip())
    if match is None:
        raise MarkupError(
            f"unknown attribution comment {body.strip()!r} "
            "(use off, on, disable=CODE or enable=CODE)",
            span.start,
        )
    if match.group(1):
        return Directive(offset, match.group(1).lower(), (), span)
    codes = tuple(c.strip().upper() for c in match.group(3).split(",") if c.strip())
    return Directive(offset, match.group(2).lower(), codes, span)


def extract(text: str, markup: Markup) -> Prose:
    if markup is Markup.MARKDOWN:
        return _MarkdownReader(text).read()
    if markup is Markup.HTML:
        return _HtmlReader(text).read()
    directives = tuple(
        parse_directive(m.group(1), m.start(), Span(m.start(), m.end()))
        for m in DIRECTIVE.finditer(text)
    )
    return Prose(text, text, None, directives)


class _Builder:
    """Appends prose characters together with their original offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.origin: list[int] = []
        self.size = 0
        self.directives: list[Directive] = []

    def add(self, text: str, start: int) -> None:
        """Original text copied as it is: character i came from ``start + i``."""
        if text:
            self.parts.append(text)
            self.origin.extend(range(start, start + len(text)))
            self.size += len(text)

    def add_at(self, text: str, at: int) -> None:
        """Text made here (a decoded entity, a paragraph break), all from ``at``."""
        if text:
            self.parts.append(text)
            self.origin.extend([at] * len(text))
            self.size += len(text)

    def ends_with(self, suffix: str) -> bool:
        return "".join(self.parts[-2:]).endswith(suffix)

    def paragraph_break(self, at: int) -> None:
        if self.size and not self.ends_with("\n\n"):
            self.add_at("\n" if self.ends_with("\n") else "\n\n", at)

    def directive(self, body: str, span: Span) -> None:
        self.directives.append(parse_directive(body, self.size, span))

    def build(self, original: str, metadata: dict[str, str] | None = None) -> Prose:
        self.origin.append(self.origin[-1] + 1 if self.origin else 0)
        meta = tuple(sorted((metadata or {}).items()))
        return Prose(
            "".join(self.parts), original, tuple(self.origin), tuple(self.directives), meta
        )


# ---------------------------------------------------------------- Markdown

FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[^\S\n]*\n.*?\n(?:---|\+\+\+|\.\.\.)[^\S\n]*(?:\n|\Z)", re.DOTALL
)

# Inline markup inside a block's lines, in order of precedence.  Each named
# group says what to keep: `keep` is copied (a link's text), `char` is the
# escaped character, `entity` is decoded, everything else is dropped.
INLINE = re.compile(
    r"""
      (?P<comment><!--(?P<body>.*?)-->)
    | (?P<code>(?P<ticks>`+).+?(?P=ticks))
    | !\[[^\]\n]*\]\([^)\n]*\)                       # image: alt text is not prose
    | !\[[^\]\n]*\](?:\[[^\]\n]*\])?
    | \[(?P<keep>[^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])  # link: keep its text
    | <(?:https?|ftp|mailto):[^>\s]*>                # autolink
    | (?:https?|ftp)://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?"'”’]  # bare URL
    | </?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>       # inline HTML tag
    | \\(?P<char>[!-/:-@\[-`{-~])                    # backslash escape
    | (?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6});)
    | \*{1,3}                                        # emphasis
    | (?<!\w)_{1,3}(?=\S) | (?<=\S)_{1,3}(?!\w)
    | ~~
    """,
    re.VERBOSE | re.DOTALL,
)

# Where INLINE can match: the first character of each alternative, or a URL's
# scheme. Scanning for these first and matching INLINE only there finds what
# INLINE.finditer finds, about five times faster (most text is plain words).
INLINE_START = re.compile(r"[<`!\[\\&*_~]|(?:https?|ftp)://")


def _inline_matches(piece: str) -> Iterator[re.Match[str]]:
    """The matches of INLINE.finditer(piece), found from INLINE_START positions."""
    pos = 0
    while (start := INLINE_START.search(piece, pos)) is not None:
        match = INLINE.match(piece, start.start())
        if match is None:
            pos = start.start() + 1
        else:
            yield match
            pos = match.end()


PROSE_BLOCKS = frozenset({"paragraph_open", "heading_open", "th_open", "td_open"})


METADATA_KEYS = ("date", "url", "title")
FRONT_MATTER_FIELD = re.compile(r"^(date|url|title)\s*[:=]\s*(.+?)\s*$", re.MULTILINE)


def _front_matter(block: str) -> dict[str, str]:
    """`date`, `url` and `title` from YAML or TOML front matter (plain scalars only)."""
    found: dict[str, str] = {}
    for match in FRONT_MATTER_FIELD.finditer(block):
        value = match.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        found.setdefault(match.group(1), value)
    return found


@cache
def _block_parser() -> MarkdownIt:
    """CommonMark with tables, block level only: inline markup is handled below."""
    return MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])


# Line ends as markdown-it counts them (it normalises \r\n and a lone \r to \n).
LINE_END = re.compile(r"\r\n?|\n")


class _MarkdownReader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in LINE_END.finditer(text))]
        self.out = _Builder()

    def read(self) -> Prose:
        source = self.text
        front = FRONT_MATTER.match(source)
        metadata = _front_matter(front.group()) if front else {}
        if front:
            # Keep the line count so markdown-it's line numbers stay right.
            lines = len(LINE_END.findall(front.group()))
            source = "\n" * lines + source[front.end() :]
        tokens = _block_parser().parse(source)
        in_prose = False
        for token in tokens:
            if token.type in PROSE_BLOCKS:
                in_prose = True
            elif token.type == "inline" and in_prose and token.map:
                self._inline(token.content, token.map[0])
                in_prose = False
            elif token.type == "html_block" and token.map:
                first, last = token.map
                end = self.starts[last] if last < len(self.starts) else len(self.text)
                for match in DIRECTIVE.finditer(self.text, self.starts[first], end):
                    self.out.directive(match.group(1), Span(match.start(), match.end()))
        return self.out.build(self.text, metadata)

    def _line(self, number: int) -> tuple[int, str]:
        """Offset and text (without its line end) of 0-based line ``number``."""
        starts = self.starts
        start = starts[number]
        end = starts[number + 1] if number + 1 < len(starts) else len(self.text)
        return start, self.text[start:end].rstrip("\r\n")

    def _inline(self, content: str, first_line: int) -> None:
        out = self.out
        out.paragraph_break(self.starts[min(first_line, len(self.starts) - 1)])
        cursor_line, cursor = -1, 0
        for k, piece in enumerate(content.split("\n")):
            number = first_line + k
            if number >= len(self.starts):
                break
            start, line = self._line(number)
            if number != cursor_line:
                cursor_line, cursor = number, 0
            at = line.find(piece, cursor) if piece else -1
            if at == -1:
                continue  # a line markdown-it rewrote (tabs): skipped, never misplaced
            cursor = at + len(piece)
            if k:
                out.add_at("\n", start - 1)
            self._inline_line(piece, start + at)

    def _inline_line(self, piece: str, start: int) -> None:
        out = self.out
        pos = 0
        for match in _inline_matches(piece):
            out.add(piece[pos : match.start()], start + pos)
            pos = match.end()
            if match.group("comment") is not None:
                if DIRECTIVE.fullmatch(match.group()):
                    body = DIRECTIVE.fullmatch(match.group())
                    assert body is not None
                    out.directive(body.group(1), Span(start + match.start(), start + pos))
            elif match.group("keep") is not None:
                inner = match.start("keep")
                self._inline_line(match.group("keep"), start + inner)
            elif match.group("char") is not None:
                out.add(match.group("char"), start + match.start("char"))
            elif match.group("entity") is not None:
                out.add_at(html.unescape(match.group()), start + match.start())
        out.add(piece[pos:], start + pos)


# -------------------------------------------------------------------- HTML

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
SKIPPED_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "code",
        "pre",
        "head",
        "svg",
        "math",
        "iframe",
        "object",
        "button",
        "select",
        "textarea",
    ]
)
WHITESPACE_RUN = re.compile(r"\s")
# <meta property=... content=...> keys that carry an article's metadata.
HTML_META = {
    "article:published_time": "date",
    "datePublished": "date",
    "date": "date",
    "og:url": "url",
    "og:title": "title",
}
BAD_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)[^>]*>?")


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


class _HtmlReader(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.lines = LineIndex(text)
        self.out = _Builder()
        self.skipping: list[str] = []
        self.metadata: dict[str, str] = {}
        self.in_title = False
        self.title: list[str] = []
        self.q_depth = 0  # <q> elements open: a browser draws their quote marks

    def read(self) -> Prose:
        # html.parser asserts on a "<![" that opens no CDATA section (Word's
        # "<![if !vml]>"): blank it out, same length, so offsets hold.
        source = BAD_MARKED_SECTION.sub(_blank, self.text)
        try:
            self.feed(source)
            self.close()
        except AssertionError as error:  # any other malformed markup the parser rejects
            raise MarkupError(f"cannot parse this HTML: {error}", self._offset()) from None
        title = " ".join("".join(self.title).split())
        if title:
            self.metadata.setdefault("title", title)
        return self.out.build(self.text, self.metadata)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines.offset(line, column + 1)

    def _meta(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = HTML_META.get(values.get("property") or values.get("name") or "")
            if key and values.get("content"):
                self.metadata.setdefault(key, values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").split() and values.get("href"):
            self.metadata.setdefault("url", values["href"])
        elif tag == "title":
            self.in_title = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link", "title"):
            self._meta(tag, attrs)
        if tag in SKIPPED_TAGS:
            self.skipping.append(tag)
        elif tag == "br" and not self.skipping:
            self.out.add_at("\n", self._offset())
        elif tag == "q" and not self.skipping:
            # <q>: the marks stand where the tag does ('‘’' for a quote inside one)
            self.out.add_at("‘" if self.q_depth % 2 else "“", self._offset())
            self.q_depth += 1
        elif tag in BLOCK_TAGS:
            self.out.paragraph_break(self._offset())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in SKIPPED_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skipping and tag in SKIPPED_TAGS:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
        elif tag == "q" and not self.skipping and self.q_depth:
            self.q_depth -= 1
            self.out.add_at("’" if self.q_depth % 2 else "”", self._offset())
        elif tag in BLOCK_TAGS and not self.skipping:
            self.out.paragraph_break(self._offset())

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skipping:
            # Line ends inside a paragraph are spaces in HTML; same length.
            self.out.add(WHITESPACE_RUN.sub(" ", data), self._offset())

    def _reference(self, reference: str) -> None:
        if self.in_title:
            self.title.append(html.unescape(reference))
        if not self.skipping:
            self.out.add_at(html.unescape(reference), self._offset())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        match = DIRECTIVE.fullmatch(f"<!--{data}-->")
        if match:
            start = self._offset()
            self.out.directive(match.group(1), Span(start, start + len(data) + 7))
