"""Draft statements of one sentence, and how competing readings of it are resolved.

The sentence reader proposes drafts (a cue, its speaker phrase, content
fragments); several can claim the same words.  The functions here keep the
outermost reading: a cue inside another statement's content is not a cue,
except where a coordinated clause begins (", but X said ...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from attribution.model import Form, Span
from attribution.quotes import RawQuote
from attribution.speakers import TOKEN_START, NounPhrase, Token

# Where a coordinated clause begins: ", but Shelby said ...", "; officials say ...",
# ",'' but he denied", " - but he said"; and a clause of time after its comma with a
# source and a cue of its own (", after BuzzFeed reported that ...", ", even as he
# understands ...")
COORDINATION = re.compile(
    r"\s*(?:(?:,[\"”’']{0,2}|\s[-–]{1,2})\s*"
    r"(?:but|and|while|whereas|though|although|after|before|when|even\s+as)"
    r"|\s(?:but|whereas)|;|[―—])\s+$"
)
# ... and a bare "and" before a name or a pronoun with a cue of its own ("... and
# Trump says ...", "... and he says"); before a common noun it may join two subjects
# ("doctors and medical experts warned")
AND_COORDINATION = re.compile(r"\s+and\s+$")
# ... and a joint, then a clause of time or condition before the subject: "..., and
# when pressed on why the plan leaves out dads, the mother of three replied"
ADJUNCT_COORDINATION = re.compile(
    r",\s*(?:but|and)\s+(?:when|while|after|before|if|once|asked|pressed)\b[^,;:.\"“”]{1,90},\s+$"
)
AND_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it"})
# ... and the quantifiers that stand for people ("... and others have said"; "and
# none has said" ends the content too, though "none" makes no statement)
AND_QUANTIFIERS = frozenset({"others", "some", "many", "most", "several", "both", "none"})
CLOSERS = ('"', "”", "’", "'")
# What ends a content before a clause of its own: "about defense when he told".
SUBORDINATE_TAIL = re.compile(
    r"[\s,]*(?:\b(?:when|while|as|after|before|because|since|if|although|though|and|but)\s+)?$"
)
# An appositive noun before a relative clause's subject: "a move (that) ", "a step "
APPOSITIVE_RELATIVE = re.compile(r"(?:a|an|another|one)\s+(?:[\w-]+\s+){1,2}(?:that\s+|which\s+)?")
# An aside after a subject that may hold a statement of its own: a participle (after
# an adverb) or a relative ("Trump, later alleging that ..., said")
EMBEDDING_ASIDE = re.compile(r",\s+(?:[a-z]+ly\s+|later\s+|then\s+)?(?:[a-z]+ing\b|who\b|which\b)")
# Between an antecedent and the verb of its relative clause: "Lawmakers who backed"
RELATIVE_GAP = re.compile(r"\s+(?:who|that)\s+(?:\w+ly\s+)?")
# (with an auxiliary of its own: "urged nations to act but has said she ...")
VERB_COORDINATION = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:has|have|had)\s+"
    # "disputed the figures but did not say which": a denied second verb
    r"|(?:did|does|do|would|will|could|can)\s+not\s+"
    r"|(?:didn|doesn|don|wouldn|won|couldn|can)[’']t\s+)?"
    r"(?:\w+ly\s+|then\s+|also\s+)?$"
)


@dataclass(slots=True)
class Draft:
    """A statement under construction (mutable until the engine freezes it)."""

    form: Form
    fragments: list[tuple[Span, int | None]]
    phrase: NounPhrase | None
    cue: Span | None
    cue_class: str | None
    channel: Span | None
    paragraph: int
    inherited: bool = False
    source: Draft | None = None  # the statement whose speaker this one carries over
    partials: list[int] = field(default_factory=list)
    lead_in: bool = False  # "He said:" with its quote in the next paragraph

    @classmethod
    def quoted(
        cls,
        phrase: NounPhrase | None,
        cue: Span,
        cue_class: str,
        paragraph: int,
        quotes: list[QuoteInfo],
        which: Iterable[int],
    ) -> Draft:
        """A direct statement of the quotes at these indexes (into `quotes`)."""
        draft = cls(Form.DIRECT, [], phrase, cue, cue_class, None, paragraph)
        draft.add_quotes(quotes, which)
        return draft

    def add_quotes(self, quotes: list[QuoteInfo], which: Iterable[int]) -> None:
        """Add the quotes at these indexes (into `quotes`) as whole fragments."""
        self.fragments.extend((quotes[k].raw_span(), quotes[k].index) for k in which)


@dataclass(frozen=True, slots=True)
class QuoteInfo:
    index: int
    raw: RawQuote
    full_position: bool  # starts its sentence or follows a lead-in ":" / ","
    term_like: bool  # a quoted name ("Islamic State of Iraq and Syria")
    opens_sentence: bool  # nothing of the writer's before it in its sentence
    labelled: bool = False  # only a topic label before it ('On Isak: "..."')

    def raw_span(self) -> Span:
        return Span(self.raw.start, self.raw.end)


def is_tail(draft: Draft) -> bool:
    return (
        bool(draft.fragments)
        and draft.cue is not None
        and (draft.fragments[-1][0].end <= draft.cue.start)
    )


def index_at(toks: list[Token], pos: int) -> int:
    """The index of the first token that starts at or after ``pos``."""
    return bisect.bisect_left(toks, pos, key=TOKEN_START)


def cueinside(draft: Draft, others: list[Draft]) -> bool:
    cue = draft.cue
    if cue is None:
        return False
    for other in others:
        if other is draft:
            continue
        for span, _ in other.fragments:
            if span.start <= cue.start and cue.end <= span.end:
                return True
    return False


def split_coordinated(forwards: list[Draft], masked: str) -> None:
    """End a content where a coordinated clause with its own cue begins.

    "The video shows him with his hands up, but Shelby said he refused": the
    second cue is not inside the first content; both statements stand.
    """
    for draft, _, cue, subject in _content_and_cue(forwards):
        _split_before(draft, cue, subject, masked)


def _split_before(draft: Draft, cue: Span, subject: int, masked: str) -> None:
    """End the draft's last content before a coordinated clause whose subject
    starts at `subject` and whose cue is `cue`, when there is one."""
    span, quote = draft.fragments[-1]
    start, pattern = subject, COORDINATION
    if start < span.start <= cue.start < span.end:
        # "Trump cited the attack and called for ...": a second verb of the
        # same subject, coordinated without a comma.
        start, pattern = cue.start, VERB_COORDINATION
    if not span.start < start < span.end or cue.start < start:
        return
    joint = pattern.search(masked, span.start, start)
    if joint is None and pattern is COORDINATION:
        joint = ADJUNCT_COORDINATION.search(masked, span.start, start)
    if joint is None and pattern is COORDINATION:
        word = masked[start : start + 8].split(" ", 1)[0].lower()
        joint = AND_COORDINATION.search(masked, span.start, start)
        before = masked[span.start : joint.start()].rsplit(None, 1)[-1:] if joint else []
        if not (
            masked[start : start + 1].isupper() or word in AND_SUBJECTS or word in AND_QUANTIFIERS
        ) or (
            # "she and Mr. Pinchuk had spoken": two subjects of one verb
            before and (before[0][:1].isupper() or before[0].lower() in AND_SUBJECTS)
        ):
            joint = None
    if joint is not None:
        end = joint.start()
        if masked.startswith(",", end):
            # 'the bill "spends money," and he predicted': keep the mark
            marks = end + 1
            while marks < end + 3 and masked[marks : marks + 1] in CLOSERS:
                marks += 1
            end = marks if marks > end + 1 else end
        draft.fragments[-1] = (Span(span.start, end), quote)


def split_relatives(forwards: list[Draft], masked: str) -> None:
    """End a restrictive relative clause's content before the main verb of its
    antecedent: in "Lawmakers who backed the bill said the judge erred", what was
    backed is "the bill"; "said" is the lawmakers' cue, not part of it."""
    for draft, _, cue, subject in _content_and_cue(forwards):
        phrase = draft.phrase
        if phrase is None or draft.cue is None:
            continue
        # the draft's cue is the relative's verb: its subject is "who", or "who"
        # stands between the antecedent and the cue ("Lawmakers who backed")
        relative = phrase.relative or RELATIVE_GAP.fullmatch(
            masked, phrase.mention.end, draft.cue.start
        )
        span, quote = draft.fragments[-1]
        if not (relative and subject <= phrase.mention.start and span.start < cue.start < span.end):
            continue
        end = cue.start
        while end > span.start and masked[end - 1].isspace():
            end -= 1
        if end > span.start:
            draft.fragments[-1] = (Span(span.start, end), quote)


def take_in(participle: Draft, drafts: list[Draft], masked: str) -> list[Draft]:
    """Fit a participle's content among the sentence's other statements, read
    before it: it ends before a coordinated clause with a cue of its own
    ("declaring it a win and said ..."), and a cue left inside it is no cue
    ("adding that he believed the judge was biased"), as for a verb's content."""
    if not participle.fragments:
        return drafts
    for other in drafts:
        if other.phrase is not None and other.cue is not None:
            _split_before(participle, other.cue, other.phrase.mention.start, masked)
    return [d for d in drafts if not cueinside(d, [participle])]


def split_asides(forwards: list[Draft], masked: str) -> None:
    """End a content before an appositive whose relative clause has a cue of its
    own: "proposed a barge, a move (that) officials say would save money"."""
    for draft, other, cue, start in _content_and_cue(forwards):
        span, quote = draft.fragments[-1]
        if not span.start < start < cue.start < span.end or not other.fragments:
            continue
        words = other.fragments[0][0].text(masked).split()
        if len(words) < 2 or words[0].lower() in ("and", "or", "but"):
            continue  # "an acknowledgment that aides trumpeted and elsewhere": no report
        comma = masked.rfind(", ", span.start, start)
        if comma > span.start and APPOSITIVE_RELATIVE.fullmatch(masked, comma + 2, start):
            draft.fragments[-1] = (Span(span.start, comma), quote)


def split_embedded(forwards: list[Draft], masked: str) -> None:
    """End a content at the comma before the cue of a statement whose subject comes
    before this one's: the content sits in an aside inside that subject ("Trump,
    alleging that Obama wanted to admit refugees, said he would ...")."""
    for draft, other, cue, _ in _content_and_cue(forwards):
        if draft.phrase is None or draft.cue is None or other.phrase is None:
            continue
        span, quote = draft.fragments[-1]
        if not (
            other.phrase.mention.end <= draft.phrase.mention.start
            and span.start < cue.start < span.end
            and EMBEDDING_ASIDE.match(masked, other.phrase.mention.end)
        ):
            continue
        comma = masked.rfind(",", span.start, cue.start)
        if comma > span.start and not masked[comma + 1 : cue.start].strip(" ,"):
            draft.fragments[-1] = (Span(span.start, comma), quote)


def _content_and_cue(forwards: list[Draft]) -> Iterator[tuple[Draft, Draft, Span, int]]:
    """Each statement with a content, paired with each other statement that has a
    cue and a subject (the other's cue and where its subject starts)."""
    for draft in forwards:
        if not draft.fragments or draft.cue is None:
            continue
        for other in forwards:
            if other is not draft and other.phrase is not None and other.cue is not None:
                yield draft, other, other.cue, other.phrase.mention.start


def resolve(tails: list[Draft], forwards: list[Draft], masked: str) -> list[Draft]:
    """Keep the outermost reading of a sentence: a cue inside content is not a cue."""
    for tail in tails:
        _after_inner_tail(tail, [*tails, *forwards], masked)
        _past_inner_according(tail, tails, masked)
        _after_own_report(tail, forwards, masked)
    kept_tails = [d for d in tails if not cueinside(d, tails)]
    kept: list[Draft] = list(kept_tails)
    # A report inside a tail's content is no statement of its own, "according to"
    # included: "The company said in a filing that X, according to LSEG data" is LSEG's
    # (train's gold marks the outer report 14 times, the inner one 5, never both).
    candidates = [d for d in forwards if not cueinside(d, kept_tails)]
    for draft in candidates:
        # A forward content runs up to the next tail cue clause at most.
        for tail in kept_tails:
            if tail.cue is None or tail.phrase is None:
                continue
            if not draft.fragments:
                continue  # a lead-in ("He said:") has its quote in the next paragraph
            limit = min(tail.cue.start, tail.phrase.mention.start)
            span, q = draft.fragments[-1]
            if tail.fragments and span.start < tail.fragments[0][0].start < limit:
                # 'suggested that X - "...," she said - and': the tail's own quotation
                # is no part of the forward content
                limit = tail.fragments[0][0].start
            if span.start < limit < span.end:
                while limit > span.start and masked[limit - 1] in " ,;-–—":
                    limit -= 1  # "... the impact, the affidavit states": not the comma
                draft.fragments[-1] = (Span(span.start, limit), q)
                left = masked[span.start : limit].strip(" ,;:—–-").lower()
                if left.removeprefix("that").strip(" ,") == "":
                    draft.fragments.pop()  # 'The AP reported that, according to ...'
    candidates = _standing(candidates)
    for draft in candidates:
        _yield_to_quote(draft, candidates, masked)
    candidates = _standing(candidates)
    # Outermost first: a cue inside the content of a reading that is itself dropped
    # still counts ("When X noted Trump hadn't answered the question, the candidate
    # said ...": "answered" falls inside X's content, and "said" stands).
    outer: list[Draft] = []
    for draft in sorted(candidates, key=lambda d: d.cue.start if d.cue else -1):
        if not cueinside(draft, outer):
            outer.append(draft)
    kept.extend(d for d in candidates if any(d is o for o in outer))
    return kept


# What joins a second clause after an "according to X," inside a tail's content
NEXT_CLAUSE = re.compile(r"\s*,\s*(?:and|but|while|whereas)\s+")


def _inner_tails(outer: Draft, others: list[Draft]) -> Iterator[tuple[Span, Draft]]:
    """The content of a tail (one fragment, before its cue, no quotation) and each
    other tail whose cue and content lie inside it."""
    if len(outer.fragments) != 1 or outer.cue is None:
        return
    span, quote = outer.fragments[0]
    if quote is not None or span.end > outer.cue.start:
        return
    for inner in others:
        if (
            inner is not outer
            and inner.cue is not None
            and inner.phrase is not None
            and inner.fragments
            and span.start <= inner.cue.start < span.end
            and inner.fragments[0][0].end <= inner.cue.start
        ):
            yield span, inner


def _past_inner_according(outer: Draft, others: list[Draft], masked: str) -> None:
    """ "Violent crime rose 6%, according to the state police's report, and property
    crime fell 9%, the same report shows": a tail whose content holds an "according
    to" and the clause it closes reports only the clause after it."""
    for span, inner in _inner_tails(outer, others):
        if inner.cue_class != "according" or inner.phrase is None:
            continue
        joint = NEXT_CLAUSE.match(masked, inner.phrase.mention.end, span.end)
        if joint is None or not masked[joint.end() : span.end].strip(" ,;:—–-"):
            continue
        outer.fragments[0] = (Span(joint.end(), span.end), None)
        return


# A tail that points back to the subject of a report inside its content ("they",
# "one of the aides"), and the clause that follows that report's content
SAME_SOURCE_TAIL = re.compile(
    r"(?:one|some|two|several|many|most|all|each)\s+of\s+(?:the|them|those|these)\b"
)
OWN_NEXT_CLAUSE = re.compile(r",\s+(?=(?:but|though|although|while|whereas|yet)\s)")


def _after_own_report(tail: Draft, forwards: list[Draft], masked: str) -> None:
    """ "Two aides said X, though Y, one of the aides said": a tail whose speaker
    points back to the subject of a report inside its content does not report that
    report again; it reports the clause after the report's content (train marks the
    split, "Candidates said X, but Y, they said"; an outlet or a document as the tail
    reports the whole: "The campaign said X, CNN reported")."""
    if tail.phrase is None or tail.cue is None or len(tail.fragments) != 1:
        return
    span, quote = tail.fragments[0]
    if quote is not None or span.end > tail.cue.start:
        return
    mention = masked[tail.phrase.mention.start : tail.phrase.mention.end]
    if tail.phrase.kind != "pronoun" and not SAME_SOURCE_TAIL.match(mention.lower()):
        return
    for inner in forwards:
        if (
            inner.cue is None
            or inner.phrase is None
            or not inner.fragments
            or not span.start <= inner.phrase.mention.start < inner.cue.start < span.end
            or inner.fragments[0][0].start < inner.cue.end
        ):
            continue
        joints = list(OWN_NEXT_CLAUSE.finditer(masked, inner.fragments[0][0].start, span.end))
        if joints and masked[joints[-1].end() : span.end].strip(" ,;:—–-"):
            tail.fragments[0] = (Span(joints[-1].end(), span.end), None)
            return


def _standing(drafts: list[Draft]) -> list[Draft]:
    """The drafts that still say something after trimming: a content, a lead-in to
    a quote in the next paragraph, or a quote."""
    return [d for d in drafts if d.fragments or d.lead_in or d.form is Form.DIRECT]


def _after_inner_tail(outer: Draft, others: list[Draft], masked: str) -> None:
    """ "Revenue rose 11%, the company said in a filing, short of the forecast,
    according to LSEG data": an "according to" whose content holds another tail's
    clause reports only what follows that clause; any other tail does so only from
    a contrast right after that clause ("A deal could come this month, two of the
    people said, although the talks could still fall apart, one cautioned").  The
    other tail keeps what precedes its cue."""
    according = outer.cue_class == "according"
    for span, inner in _inner_tails(outer, others):
        if inner.cue is None or inner.phrase is None:
            continue
        if not according and inner.cue_class == "according":
            continue  # _past_inner_according
        clause_end = max(
            inner.cue.end,
            inner.phrase.mention.end,
            inner.channel.end if inner.channel else 0,
        )
        comma = masked.find(",", clause_end, span.end)
        if comma == -1:
            continue
        if according:
            start = comma + 1
            while start < span.end and masked[start].isspace():
                start += 1
        else:
            joint = OWN_NEXT_CLAUSE.match(masked, comma)
            if joint is None:
                continue
            start = joint.end()
        if not masked[start : span.end].strip(" ,;:—–-"):
            continue
        outer.fragments[0] = (Span(start, span.end), None)
        inner.fragments = [f for f in inner.fragments if f[0].end <= inner.cue.start]
        return


def _yield_to_quote(draft: Draft, candidates: list[Draft], masked: str) -> None:
    """ "Trump was talking about defense when he told Fox News, “...”": a
    quote introduced inside a reported content, its quotation past the content's
    end, is a statement of its own; the content ends before its clause."""
    if draft.form is not Form.DIRECT or draft.phrase is None or draft.cue is None:
        return
    if not draft.fragments or any(q is None for _, q in draft.fragments):
        return
    for outer in candidates:
        if outer is draft or outer.form is Form.DIRECT or not outer.fragments:
            continue
        span, q = outer.fragments[-1]
        if span.start < draft.phrase.mention.start and draft.cue.end <= span.end:
            if draft.fragments[0][0].start >= span.end - 1:
                tail = SUBORDINATE_TAIL.search(masked, span.start, draft.phrase.mention.start)
                end = tail.start() if tail is not None else draft.phrase.mention.start
                if masked[span.start : end].strip(" ,;:—–-"):
                    outer.fragments[-1] = (Span(span.start, end), q)
                else:
                    outer.fragments.pop()  # "being seen, as X put it, “...”": nothing left


def owner_before(drafts: list[Draft], pos: int) -> Draft | None:
    best = None
    for draft in drafts:
        if (
            draft.cue is not None
            and draft.cue.start < pos
            and (best is None or best.cue is None or draft.cue.start > best.cue.start)
        ):
            best = draft
    return best


def inside(drafts: list[Draft], pos: int) -> bool:
    return any(span.start <= pos < span.end for d in drafts for span, _ in d.fragments)
