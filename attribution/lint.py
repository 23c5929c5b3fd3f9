"""check: a document's prose -> Analysis -> findings, in original-text coordinates.

Data flows one way: markup.extract gives the prose and its map to the
original; analyze() reads the prose; each active rule's check kind turns the
Analysis into hits; suppression comments and per-file ignores remove some;
the rest become Findings whose spans are mapped back to the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from attribution.checks import KINDS, Context, PatternTimeout
from attribution.config import is_selected
from attribution.engine import analyze
from attribution.lexicon import Lexicon
from attribution.markup import Directive, Markup, extract
from attribution.model import Analysis, Finding, Span
from attribution.rules import Rule
from attribution.verify import Source


class CheckError(Exception):
    """A rule could not run on a document (a user pattern that timed out)."""


@dataclass(frozen=True, slots=True)
class Checked:
    """One document's findings, with the text they point into."""

    path: str
    text: str  # the original text: findings' spans index it
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A file that could not be checked, and why (reported, then exit code 2)."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Run:
    """Everything one `attribution check` found, for the formatters."""

    files: tuple[Checked, ...]
    problems: tuple[InputProblem, ...]
    rules: tuple[Rule, ...]


def check_text(
    text: str,
    *,
    path: str,
    markup: Markup,
    rules: Sequence[Rule],
    lexicon: Lexicon,
    ignore: Iterable[str] = (),
    sources: Sequence[Source] = (),
) -> Checked:
    prose = extract(text, markup)
    analysis = analyze(prose.text, path=path, lexicon=lexicon)
    ignore = tuple(ignore)
    active = [r for r in rules if not ignore or is_selected(r.code, ["ALL"], ignore)]
    found = [
        replace(finding, span=prose.to_original(finding.span))
        for finding in findings_in(analysis, active, lexicon, sources, prose.directives)
    ]
    return Checked(path, text, tuple(found))


def findings_in(
    analysis: Analysis,
    rules: Sequence[Rule],
    lexicon: Lexicon,
    sources: Sequence[Source] = (),
    directives: Sequence[Directive] = (),
) -> list[Finding]:
    """The rules' findings on an Analysis, in its own (prose) coordinates, in text order."""
    context = Context(analysis, lexicon, sources)
    found: list[Finding] = []
    for rule in rules:
        try:
            hits = list(KINDS[rule.kind].run(context, rule.options))
        except PatternTimeout as error:
            raise CheckError(f"rule {rule.code} ({rule.name}): {error}") from None
        for hit in hits:
            if _suppressed(rule.code, hit.span.start, directives):
                continue
            found.append(
                Finding(
                    code=rule.code,
                    name=rule.name,
                    severity=rule.severity,
                    span=hit.span,
                    message=rule.format(hit.values),
                    fix=rule.fix,
                )
            )
    found.sort(key=lambda f: (f.span.start, f.span.end, f.code))
    return list(_unique(found))


def _unique(findings: list[Finding]) -> Iterable[Finding]:
    """One finding per code and place (two statements can share a mention)."""
    seen: set[tuple[str, Span]] = set()
    for finding in findings:
        key = (finding.code, finding.span)
        if key not in seen:
            seen.add(key)
            yield finding


def _suppressed(code: str, offset: int, directives: Sequence[Directive]) -> bool:
    """Whether the comments before ``offset`` switch ``code`` off there."""
    off = False
    disabled: set[str] = set()
    for directive in directives:
        if directive.offset > offset:
            break
        if directive.action == "off":
            off = True
        elif directive.action == "on":
            off = False
            disabled.clear()
        elif directive.action == "disable":
            disabled.update(directive.codes)
        else:
            disabled.difference_update(directive.codes)
    return off or any(code.startswith(prefix) for prefix in disabled)
