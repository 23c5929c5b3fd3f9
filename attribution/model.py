"""The immutable model of an analysed article: quotes, statements, speakers.

Every offset is a half-open code-point index into the original text.  Line and
column numbers are not part of the model; renderers compute them at the edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def text(self, source: str) -> str:
        return source[self.start : self.end]


class QuoteKind(StrEnum):
    FULL = "full"  # a statement in the speaker's own words
    PARTIAL = "partial"  # a few quoted words inside the writer's sentence
    TERM = "term"  # a quoted name or term: nobody's statement


class Form(StrEnum):
    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"
    UNRESOLVED = "unresolved"


class AlterationKind(StrEnum):
    BRACKET = "bracket"  # [inserted or replaced words]
    ELLIPSIS = "ellipsis"  # ... omitted words


@dataclass(frozen=True, slots=True)
class Alteration:
    span: Span
    kind: AlterationKind


@dataclass(frozen=True, slots=True)
class Quote:
    """A span inside quotation marks.

    ``span`` includes the marks; ``inner`` is the quoted text.  ``closed`` is false
    when the closing mark is missing (the quote then ends at its paragraph), and
    ``continues`` is true when it runs on into the next paragraph by the
    multi-paragraph convention (no closing mark, next paragraph opens with one).
    """

    span: Span
    inner: Span
    kind: QuoteKind
    closed: bool
    continues: bool
    alterations: tuple[Alteration, ...]


@dataclass(frozen=True, slots=True)
class Speaker:
    """One source of the article, after coreference (``Imran Abid``)."""

    id: int
    name: str
    kind: SpeakerKind
    role: str | None
    role_span: Span | None
    first_mention: Span
    anonymity_reason: str | None

    @property
    def shown_role(self) -> str | None:
        """The role where the name does not already say it ("lawmakers in both
        parties" has the role "in both parties"): what a report prints under it."""
        return self.role if self.role and self.role not in self.name else None


@dataclass(frozen=True, slots=True)
class Fragment:
    """A contiguous piece of a statement's content."""

    span: Span
    quote: int | None  # index into Analysis.quotes when the fragment is a full quote


# The cue class of a refusal to speak ("declined to comment", cues.toml): a
# statement with no claim, which sourcing counts and checks leave out.
REFUSAL = "refusal"
# The cue class of a question put to a source by an unnamed asker ("Asked about
# the deal, ..."): a statement with no speaker and no claim.
QUESTION = "question"
# Cue classes whose statements claim nothing: sourcing counts, checks and claims
# leave them out.
NO_CLAIM = frozenset({REFUSAL, QUESTION})


@dataclass(frozen=True, slots=True)
class Statement:
    """One act of attribution: a speaker, a cue and content in one or more fragments."""

    id: int
    form: Form
    fragments: tuple[Fragment, ...]
    speaker: int | None  # index into Analysis.speakers
    mention: Span | None  # the speaker as written in the cue clause ("he", "Abid")
    cue: Span | None  # "said", "told", "according to", "said in a statement"
    # neutral / loaded / nonspeech / belief / refusal / question / according / noun / ...
    cue_class: str | None
    channel: Span | None
    inherited: bool  # the speaker was carried over from an earlier statement
    partial_quotes: tuple[int, ...]  # indexes of partial quotes inside a mixed statement


class ProblemKind(StrEnum):
    UNCLOSED_QUOTE = "unclosed-quote"
    STRAY_CLOSING_MARK = "stray-closing-mark"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the engine could not read unambiguously, located at a mark."""

    span: Span
    kind: ProblemKind
    message: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of :func:`attribution.analyze`: the language work only."""

    text: str
    path: str | None
    paragraphs: tuple[Span, ...]
    quotes: tuple[Quote, ...]
    statements: tuple[Statement, ...]
    speakers: tuple[Speaker, ...]
    problems: tuple[Problem, ...]


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self]


SEVERITY_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@dataclass(frozen=True, slots=True)
class Finding:
    """A sourcing problem found by a rule, located in the original text."""

    code: str
    name: str
    severity: Severity
    span: Span
    message: str  # what is wrong
    fix: str  # what to do instead
