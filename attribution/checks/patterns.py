"""The generic kind a newsroom writes its own rules with: words or patterns in a scope.

``scope`` says where to look: the writer's own text (``prose``, quoted words
blanked out), the quoted words (``quotes``), the attribution cues (``cues``),
the speakers as written (``speakers``) or their roles (``roles``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import regex

from attribution.checks.base import (
    BOOLEAN,
    PATTERN_TIMEOUT_SECONDS,
    PATTERNS,
    STRINGS,
    CheckKind,
    Context,
    Hit,
    Option,
    OptionError,
    choice,
)
from attribution.lexicon import alternation
from attribution.model import QuoteKind, Span

SCOPES = ("prose", "quotes", "cues", "speakers", "roles")


class PatternTimeout(Exception):
    """A rule's pattern ran past PATTERN_TIMEOUT_SECONDS on some text."""


def _regions(ctx: Context, scope: str) -> Iterator[tuple[str, Span]]:
    analysis = ctx.analysis
    if scope == "prose":
        yield ctx.writer_text, Span(0, len(analysis.text))
    elif scope == "quotes":
        for quote in analysis.quotes:
            if quote.kind is not QuoteKind.TERM:
                yield analysis.text, quote.inner
    elif scope == "cues":
        for statement in analysis.statements:
            if statement.cue is not None:
                yield analysis.text, statement.cue
    elif scope == "speakers":
        for statement in analysis.statements:
            if statement.mention is not None:
                yield analysis.text, statement.mention
    else:
        for speaker in analysis.speakers:
            if speaker.role_span is not None:
                yield analysis.text, speaker.role_span


@cache
def _words_pattern(words: tuple[str, ...], case_sensitive: bool) -> regex.Pattern[str]:
    """A rule's literal words as one pattern, built once per process (not per file)."""
    flags = 0 if case_sensitive else regex.IGNORECASE
    return regex.compile(r"(?<![\w’'-])(?:" + alternation(words) + r")(?![\w’'-])", flags)


def existence(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    searches: list[regex.Pattern[str]] = list(options["patterns"])
    if options["words"]:
        searches.append(_words_pattern(tuple(options["words"]), options["case-sensitive"]))
    if not searches:
        raise OptionError("an existence rule needs `words` or `patterns`")
    for text, span in _regions(ctx, options["scope"]):
        for pattern in searches:
            try:
                for match in pattern.finditer(
                    text, span.start, span.end, timeout=PATTERN_TIMEOUT_SECONDS
                ):
                    if match.end() > match.start():
                        yield Hit(Span(match.start(), match.end()), {"match": match.group()})
            except TimeoutError:
                raise PatternTimeout(
                    f"pattern {pattern.pattern!r} ran longer than {PATTERN_TIMEOUT_SECONDS:g} s"
                ) from None


KINDS = (
    CheckKind(
        "existence",
        "Words or patterns that should not appear in a scope of the article.",
        existence,
        {
            "scope": Option(choice(*SCOPES), "prose", "where to look: " + ", ".join(SCOPES)),
            "words": Option(STRINGS, [], "literal words or phrases (matched as whole words)"),
            "patterns": Option(PATTERNS, [], "regular expressions (the `regex` module)"),
            "case-sensitive": Option(BOOLEAN, False, "match words with their case"),
        },
    ),
)
