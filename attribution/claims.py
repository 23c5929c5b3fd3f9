"""Claims per speaker across articles: every fragment of every statement, grouped.

A claim is one fragment of a statement (direct, mixed or indirect; a refusal
such as "declined to comment" is no claim) with its
speaker's canonical name, kind, role, the channel and cue, the article it is in
and where.  Speakers are grouped across articles; name variants
(``Mohammad``/``Muhammad Hilal``) and surnames used alone (``Rizvi``) are merged
into one speaker with rapidfuzz, and the merges are reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from attribution.markup import Prose
from attribution.model import NO_CLAIM, Analysis, Span

UNATTRIBUTED = "(unattributed)"
NAMED_KINDS = frozenset({"person", "organization"})


@dataclass(frozen=True, slots=True)
class Article:
    """An analysed article: where it came from, its prose and metadata."""

    path: str
    prose: Prose
    analysis: Analysis
    date: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    article: int  # index into ClaimSet.articles
    statement: str  # shared by the fragments of one statement: "path#id"
    speaker: str  # the name as the article resolved it
    kind: str
    role: str | None
    channel: str | None
    form: str
    cue: str | None
    text: str
    span: Span  # in the article's original text


@dataclass(slots=True)
class SpeakerGroup:
    name: str  # the canonical name across articles
    kind: str
    roles: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # other names merged into this one
    claims: list[Claim] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ClaimSet:
    articles: tuple[Article, ...]
    speakers: tuple[SpeakerGroup, ...]  # most claims first


def claims_of(number: int, article: Article) -> list[Claim]:
    analysis, prose = article.analysis, article.prose
    text = analysis.text
    found = []
    for statement in analysis.statements:
        if statement.cue_class in NO_CLAIM:
            continue  # "declined to comment", "Asked about the deal": no claim
        speaker = analysis.speakers[statement.speaker] if statement.speaker is not None else None
        for fragment in statement.fragments:
            found.append(
                Claim(
                    article=number,
                    statement=f"{article.path}#{statement.id}",
                    speaker=speaker.name if speaker else UNATTRIBUTED,
                    kind=str(speaker.kind) if speaker else "unattributed",
                    role=speaker.role if speaker else None,
                    channel=statement.channel.text(text) if statement.channel else None,
                    form=str(statement.form),
                    cue=statement.cue.text(text) if statement.cue else None,
                    text=fragment.span.text(text),
                    span=prose.to_original(fragment.span),
                )
            )
    return found


def _words(name: str) -> list[str]:
    return name.replace(".", " ").split()


def _same_person(a: str, b: str, threshold: float) -> bool:
    """Variants of one name: close spellings, or a surname alone and the full name."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if (len(wa) == 1) != (len(wb) == 1):
        single, full = (wa, wb) if len(wa) == 1 else (wb, wa)
        return single[0].casefold() == full[-1].casefold()
    return fuzz.token_sort_ratio(a.casefold(), b.casefold()) >= threshold


def _belongs(speaker: SpeakerGroup, claim: Claim, threshold: float) -> bool:
    if speaker.kind != claim.kind:
        return False
    if claim.kind not in NAMED_KINDS:
        # "officials" in two articles are not the same people: grouped per article.
        return speaker.name == claim.speaker and speaker.claims[0].article == claim.article
    names = [speaker.name, *speaker.variants]
    return claim.speaker in names or any(_same_person(n, claim.speaker, threshold) for n in names)


def group(articles: Sequence[Article], threshold: float = 90.0) -> ClaimSet:
    claims = [c for n, article in enumerate(articles) for c in claims_of(n, article)]
    groups: list[SpeakerGroup] = []
    for claim in claims:
        target = next((g for g in groups if _belongs(g, claim, threshold)), None)
        if target is None:
            target = SpeakerGroup(claim.speaker, claim.kind)
            groups.append(target)
        elif claim.speaker != target.name and claim.speaker not in target.variants:
            if len(_words(claim.speaker)) > len(_words(target.name)):
                # The fuller name is the canonical one ("Rizvi" -> "Hasan Askari Rizvi").
                target.variants.append(target.name)
                target.name = claim.speaker
            else:
                target.variants.append(claim.speaker)
        if claim.role and claim.role not in target.roles:
            target.roles.append(claim.role)
        target.claims.append(claim)
    groups.sort(key=lambda g: (g.kind not in NAMED_KINDS, -len(g.claims), g.name))
    return ClaimSet(tuple(articles), tuple(groups))


def merges(claim_set: ClaimSet) -> Iterable[tuple[str, str]]:
    """(variant, canonical name) for every merged name, for the report."""
    for speaker in claim_set.speakers:
        for variant in speaker.variants:
            yield variant, speaker.name
