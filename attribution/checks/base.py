"""What every check kind shares: its options, its input and what it returns.

A check kind is code; a rule (in ``rules/*.toml``) names a kind and gives it a
code, a severity, a message and options.  A kind's ``run`` reads the Analysis
and yields Hits: spans in the analysed text, with the values its rule's message
may mention (``{speaker}``, ``{verb}``...).  Checks never print, read files or
compute line and column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex

from attribution.lexicon import Lexicon
from attribution.model import NO_CLAIM, Analysis, Span, Speaker, Statement
from attribution.verify import Source, Verification, verify


class OptionError(ValueError):
    """A rule option with a bad value; the message names the option."""


@dataclass(frozen=True, slots=True)
class Hit:
    span: Span
    values: Mapping[str, str] = field(default_factory=dict)


# Values a rule's options can take.  `parse` validates a TOML value and returns
# what the check reads (patterns come back compiled).
OptionParser = Callable[[str, Any], Any]


def _string(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise OptionError(f"option {name!r} must be a string")
    return value


def _integer(name: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise OptionError(f"option {name!r} must be a whole number, 0 or more")
    return value


def _boolean(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise OptionError(f"option {name!r} must be true or false")
    return value


def _strings(name: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise OptionError(f"option {name!r} must be a list of non-empty strings")
    return tuple(value)


def _patterns(name: str, value: Any) -> tuple[regex.Pattern[str], ...]:
    compiled = []
    for pattern in _strings(name, value):
        try:
            compiled.append(regex.compile(pattern, regex.IGNORECASE | regex.V1))
        except regex.error as error:
            raise OptionError(f"option {name!r}: bad pattern {pattern!r}: {error}") from None
    return tuple(compiled)


def choice(*allowed: str) -> OptionParser:
    def parse(name: str, value: Any) -> str:
        if value not in allowed:
            raise OptionError(f"option {name!r} must be one of {', '.join(allowed)}")
        return str(value)

    return parse


def choices(*allowed: str) -> OptionParser:
    def parse(name: str, value: Any) -> tuple[str, ...]:
        items = _strings(name, value)
        for item in items:
            if item not in allowed:
                raise OptionError(f"option {name!r}: {item!r} is not one of {', '.join(allowed)}")
        return items

    return parse


STRING, INTEGER, BOOLEAN, STRINGS, PATTERNS = _string, _integer, _boolean, _strings, _patterns


@dataclass(frozen=True, slots=True)
class Option:
    parse: OptionParser
    default: Any
    help: str


@dataclass(frozen=True, slots=True)
class CheckKind:
    """A kind of check: code the rules in rules/*.toml parameterise."""

    name: str
    summary: str
    run: Callable[[Context, Mapping[str, Any]], Iterator[Hit]]
    options: Mapping[str, Option] = field(default_factory=dict)

    def parse_options(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Defaults overlaid with ``given``, validated; unknown names are errors."""
        for name in given:
            if name not in self.options:
                known = ", ".join(sorted(self.options)) or "none"
                raise OptionError(f"unknown option {name!r} (options of {self.name}: {known})")
        parsed = {}
        for name, option in self.options.items():
            value = given.get(name, option.default)
            parsed[name] = option.parse(name, value)
        return parsed


# User patterns run with this limit, so one catastrophic pattern cannot hang CI.
PATTERN_TIMEOUT_SECONDS = 1.0


HEADLINE_PARAGRAPHS = 2
HEADLINE_WORDS = 20
QUOTE_MARKS = "\"“‘'«„"
SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "’", "'", ")")


class Context:
    """One article's Analysis, and views of it that several checks need."""

    def __init__(
        self, analysis: Analysis, lexicon: Lexicon, sources: Sequence[Source] = ()
    ) -> None:
        self.analysis = analysis
        self.lexicon = lexicon
        self.sources = tuple(sources)

    @cached_property
    def verifications(self) -> list[Verification]:
        """The article's quotes checked against the sources (none without sources)."""
        return verify(self.analysis, self.sources) if self.sources else []

    def text(self, span: Span | None) -> str:
        return span.text(self.analysis.text) if span is not None else ""

    def speaker(self, statement: Statement) -> Speaker | None:
        if statement.speaker is None:
            return None
        return self.analysis.speakers[statement.speaker]

    @cached_property
    def writer_text(self) -> str:
        """The text with every quoted passage blanked (same length): the writer's words."""
        text = self.analysis.text
        pieces, pos = [], 0
        for quote in self.analysis.quotes:
            if quote.span.start < pos:
                continue  # nested inside a quote already blanked
            pieces.append(text[pos : quote.span.start])
            pieces.append(" " * len(quote.span))
            pos = quote.span.end
        pieces.append(text[pos:])
        return "".join(pieces)

    @cached_property
    def statements_by_speaker(self) -> dict[int, list[Statement]]:
        """What each source says. Refusals ("declined to comment") and questions
        say nothing, so a source that only refused is not in it."""
        found: dict[int, list[Statement]] = {}
        for statement in self.analysis.statements:
            if statement.speaker is not None and statement.cue_class not in NO_CLAIM:
                found.setdefault(statement.speaker, []).append(statement)
        return found

    def in_headline(self, offset: int) -> bool:
        """Whether ``offset`` is in the headline: a short first paragraph (of several)
        that does not open with a quote, or a short unpunctuated second one (a deck).

        Headlines name people by surname ("Flynn says ...") before the story
        introduces them; that is house style, not a sourcing problem.
        """
        paragraphs = self.analysis.paragraphs
        if len(paragraphs) < 2:
            return False
        for number, paragraph in enumerate(paragraphs[:HEADLINE_PARAGRAPHS]):
            if paragraph.start <= offset < paragraph.end:
                words = paragraph.text(self.analysis.text).split()
                if len(words) > HEADLINE_WORDS or words[0][0] in QUOTE_MARKS:
                    return False
                return number == 0 or not words[-1].endswith(SENTENCE_ENDS)
        return False

    def paragraph_of(self, offset: int) -> Span:
        for paragraph in self.analysis.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return Span(offset, offset)
