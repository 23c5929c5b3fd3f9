"""The check kinds: code that the rules in rules/*.toml parameterise."""

from __future__ import annotations

from attribution.checks import (
    anonymity,
    attribution,
    names,
    patterns,
    quoteform,
    sources,
    verbs,
)
from attribution.checks.base import CheckKind, Context, Hit, OptionError
from attribution.checks.patterns import PatternTimeout

KINDS: dict[str, CheckKind] = {
    kind.name: kind
    for module in (attribution, anonymity, verbs, names, quoteform, patterns, sources)
    for kind in module.KINDS
}

__all__ = ["KINDS", "CheckKind", "Context", "Hit", "OptionError", "PatternTimeout"]
