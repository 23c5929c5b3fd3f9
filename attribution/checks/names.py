"""Checks on how people are introduced: full name and role first, surname after."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from attribution.checks.base import BOOLEAN, CheckKind, Context, Hit, Option
from attribution.model import Speaker, SpeakerKind

NAME_WORD = regex.compile(r"\p{Lu}[\p{L}’'-]*")
MENTION_WORD = regex.compile(r"[\p{L}.’'-]+")


def _words(name: str) -> list[str]:
    return NAME_WORD.findall(name)


def _full_name_later(ctx: Context, speaker: Speaker) -> Speaker | None:
    """A person introduced later with a full name that ends in this speaker's surname."""
    surname = _words(speaker.name)[-1:]
    if not surname:
        return None
    for other in ctx.analysis.speakers:
        if other.kind is not SpeakerKind.PERSON or other is speaker:
            continue
        words = _words(other.name)
        if (
            len(words) > 1
            and words[-1] == surname[0]
            and other.first_mention.start > speaker.first_mention.start
        ):
            return other
    return None


def _introduced_before(ctx: Context, speaker: Speaker) -> bool:
    """Whether the text names the person in full before the first mention as a source
    (``Leonard Burman`` in a sentence that quotes nobody, then ``Mr. Burman said``)."""
    surname = _words(speaker.name)[-1:]
    if not surname:
        return False
    apostrophes = regex.escape(surname[0]).replace("'", "['’]").replace("’", "['’]")
    # a capitalised word before the surname, as a lookbehind: the search then scans
    # for the surname itself, ten times faster than from every capital letter
    full = regex.compile(r"(?<=\p{Lu}[\p{L}’'.-]*\s+)" + apostrophes + r"(?!\p{L})")
    if full.search(ctx.analysis.text, 0, speaker.first_mention.start) is not None:
        return True
    # "investors including Northwind Capital ... Northwind declined to comment": the
    # short name of a body named in full before
    body = regex.compile(apostrophes + r"((?:\s+\p{Lu}[\p{L}’'.-]*){1,3})")
    lex = ctx.lexicon
    heads = (
        _words(match.group(1))[-1].lower()
        for match in body.finditer(ctx.analysis.text, 0, speaker.first_mention.start)
    )
    return any(head in lex.company_suffixes or head in lex.organization_words for head in heads)


def _has_role(ctx: Context, speaker: Speaker) -> bool:
    """A role in an appositive, or a title or role word before the name."""
    lex = ctx.lexicon
    if speaker.role and not set(speaker.role.split()) <= lex.honorifics:
        return True
    words = MENTION_WORD.findall(ctx.text(speaker.first_mention))
    return any(
        (w in lex.titles and w not in lex.honorifics)
        or w.lower() in lex.role_nouns
        or w.lower().endswith(("’s", "'s"))
        for w in words[:-1]
    )


def first_reference(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A person whose first mention gives neither full name nor role (or, with the
    ``require-role`` option, lacks either)."""
    for speaker in ctx.analysis.speakers:
        if speaker.kind is not SpeakerKind.PERSON or ctx.in_headline(speaker.first_mention.start):
            continue
        has_role = _has_role(ctx, speaker)
        if len(_words(speaker.name)) < 2:
            if has_role and not options["require-role"]:
                continue
            if _full_name_later(ctx, speaker) is None and not _introduced_before(ctx, speaker):
                yield Hit(speaker.first_mention, {"speaker": speaker.name, "missing": "full name"})
        elif options["require-role"] and not has_role:
            yield Hit(speaker.first_mention, {"speaker": speaker.name, "missing": "role"})


def surname_first(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A surname used on its own before the full name is introduced."""
    for speaker in ctx.analysis.speakers:
        if speaker.kind is not SpeakerKind.PERSON or len(_words(speaker.name)) != 1:
            continue
        if ctx.in_headline(speaker.first_mention.start):
            continue
        full = _full_name_later(ctx, speaker)
        if full is not None:
            yield Hit(speaker.first_mention, {"speaker": speaker.name, "full": full.name})


KINDS = (
    CheckKind(
        "first-reference",
        "A person's first mention without a full name (or, optionally, a role).",
        first_reference,
        {"require-role": Option(BOOLEAN, False, "full name and role both required")},
    ),
    CheckKind(
        "surname-first",
        "A surname used on its own before the person's full name appears.",
        surname_first,
    ),
)
