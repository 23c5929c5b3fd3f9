"""Checks on how people are introduced: full name and role first, surname after."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from attribution.checks.base import BOOLEAN, CheckKind, Context, Hit, Option
from attribution.model import Speaker, SpeakerKind

NAME_WORD = regex.compile(r"\p{Lu}[\p{L}’'-]*")


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


def first_reference(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A person whose first mention has no full name, or (optionally) no role."""
    for speaker in ctx.analysis.speakers:
        if speaker.kind is not SpeakerKind.PERSON:
            continue
        if len(_words(speaker.name)) < 2:
            if _full_name_later(ctx, speaker) is None:
                yield Hit(speaker.first_mention, {"speaker": speaker.name, "missing": "full name"})
        elif options["require-role"] and not speaker.role:
            mention = ctx.text(speaker.first_mention)
            if mention == speaker.name:  # a title before the name is a role too
                yield Hit(speaker.first_mention, {"speaker": speaker.name, "missing": "role"})


def surname_first(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A surname used on its own before the full name is introduced."""
    for speaker in ctx.analysis.speakers:
        if speaker.kind is not SpeakerKind.PERSON or len(_words(speaker.name)) != 1:
            continue
        full = _full_name_later(ctx, speaker)
        if full is not None:
            yield Hit(speaker.first_mention, {"speaker": speaker.name, "full": full.name})


KINDS = (
    CheckKind(
        "first-reference",
        "A person's first mention without a full name (or, optionally, a role).",
        first_reference,
        {"require-role": Option(BOOLEAN, True, "a full name alone is not enough")},
    ),
    CheckKind(
        "surname-first",
        "A surname used on its own before the person's full name appears.",
        surname_first,
    ),
)
