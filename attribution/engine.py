"""analyze(): text -> spans -> quotes -> statements -> speakers, one immutable Analysis."""

from __future__ import annotations

from attribution.coref import Resolver
from attribution.drafts import Draft
from attribution.lexicon import Lexicon, load_lexicon
from attribution.linking import find_statements
from attribution.model import (
    QUESTION,
    Analysis,
    Form,
    Fragment,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    Statement,
)
from attribution.quotes import find_quotes, mask
from attribution.segment import paragraphs as find_paragraphs


def analyze(text: str, *, path: str | None = None, lexicon: Lexicon | None = None) -> Analysis:
    """Find the quotes and statements of an article and who made them."""
    lex = lexicon or load_lexicon()
    paras = find_paragraphs(text)
    raw_quotes, problems = find_quotes(text, paras, lex)
    masked = mask(text, raw_quotes)
    drafts, infos, sentences = find_statements(text, masked, paras, raw_quotes, lex)

    resolver = Resolver(text, lex, sentences)
    speaker_of: dict[int, int | None] = {}
    for draft in drafts:
        if draft.phrase is None:
            speaker_of[id(draft)] = None
        elif draft.inherited and draft.source is not None and id(draft.source) in speaker_of:
            speaker_of[id(draft)] = speaker_of[id(draft.source)]
        else:
            channel = draft.channel.text(text) if draft.channel else None
            asker = draft.cue_class == QUESTION
            speaker_of[id(draft)] = resolver.resolve(draft.phrase, channel, asker)

    kinds: dict[int, QuoteKind] = {}
    for k, info in infos.items():
        kinds[k] = QuoteKind.TERM if info.term_like else QuoteKind.PARTIAL
    for draft in drafts:
        for _, quote in draft.fragments:
            if quote is not None:
                kinds[quote] = QuoteKind.FULL
        for partial in draft.partials:
            kinds[partial] = QuoteKind.PARTIAL
    quotes = tuple(
        Quote(
            span=Span(raw.start, raw.end),
            inner=Span(raw.inner_start, raw.inner_end),
            kind=kinds.get(k, QuoteKind.PARTIAL),
            closed=raw.closed,
            continues=raw.continues,
            alterations=raw.alterations,
        )
        for k, raw in enumerate(raw_quotes)
    )
    statements = tuple(
        _freeze(n, draft, speaker_of[id(draft)], text) for n, draft in enumerate(drafts)
    )
    speakers = tuple(
        Speaker(
            id=e.id,
            name=e.name,
            kind=e.kind,
            role=e.role,
            role_span=e.role_span,
            first_mention=e.first_mention,
            anonymity_reason=e.reason,
        )
        for e in resolver.entities
    )
    return Analysis(
        text=text,
        path=path,
        paragraphs=tuple(paras),
        quotes=quotes,
        statements=statements,
        speakers=speakers,
        problems=tuple(sorted(problems, key=lambda p: p.span.start)),
    )


def _freeze(number: int, draft: Draft, speaker: int | None, text: str) -> Statement:
    form = draft.form
    phrase = draft.phrase
    mention = phrase.mention if phrase is not None else None
    if (
        phrase is not None
        and mention is not None
        and phrase.kind != "pronoun"  # "He's hoping": "he" as written
        and mention.text(text).lower() not in ("who", "that", "which")  # "who's been"
        and text.startswith(("'s", "’s"), mention.end)
        and not text[mention.end + 2 : mention.end + 3].isalnum()
    ):
        # "Trump's claim that ...": the owner is read without its "'s", but written with it
        mention = Span(mention.start, mention.end + 2)
    fragments = tuple(Fragment(span, quote) for span, quote in draft.fragments)
    if form is Form.DIRECT and any(f.quote is None for f in fragments):
        form = Form.MIXED
    return Statement(
        id=number,
        form=form,
        fragments=fragments,
        speaker=speaker,
        mention=mention,
        cue=draft.cue,
        cue_class=draft.cue_class,
        channel=draft.channel,
        inherited=draft.inherited,
        partial_quotes=tuple(draft.partials),
    )
