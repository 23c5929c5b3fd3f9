"""Every pattern shipped in rules/ runs in linear time on adversarial text.

Times are compared as ratios (8x the input must take well under 64x the time),
never against a wall-clock budget, so the test does not depend on the machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest

from attribution.lexicon import load_lexicon
from attribution.rules import builtin_rule_files, load_rules

ADVERSARIAL = [
    "a", " ", "'", '"', ".", "-", "A", "’", "\n", "a ", "A. ", "said ", "the ", "Mr. ",
    "in a statement ", "told ", "according to ", "who spoke on condition of ", "critics ",
    "it is ", "Aa Bb ", "(a", "a,", "\t \n",
]  # fmt: skip
SMALL, LARGE = 2_000, 16_000  # characters; 8x the input


def _patterns() -> list[tuple[str, Any]]:
    lexicon = load_lexicon()
    found: list[tuple[str, Any]] = [
        ("cues", lexicon.cue_re),
        ("according", lexicon.according_re),
        ("anonymity reasons", lexicon.anonymity_reasons_re),
        ("dateline", lexicon.dateline_re),
    ]
    found += [(f"channel {c.name}", c.pattern) for c in lexicon.channels]
    for rule in load_rules(builtin_rule_files()):
        for n, pattern in enumerate(rule.options.get("patterns", ())):
            found.append((f"{rule.code} pattern {n}", pattern))
    return found


def _scan(pattern: Any, text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _seconds(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(("name", "pattern"), _patterns(), ids=lambda v: str(v)[:40])
def test_pattern_is_linear(name: str, pattern: Any) -> None:
    for unit in ADVERSARIAL:
        small = (unit * (SMALL // len(unit) + 1))[:SMALL]
        large = (unit * (LARGE // len(unit) + 1))[:LARGE]
        t_small = _seconds(partial(_scan, pattern, small))
        t_large = _seconds(partial(_scan, pattern, large))
        # Linear is 8x; quadratic would be 64x. Tiny timings are all noise.
        assert t_large < max(24 * t_small, 0.002), (name, repr(unit), t_small, t_large)


def test_every_rules_pattern_is_covered() -> None:
    names = [name for name, _ in _patterns()]
    assert len([n for n in names if n.startswith("channel")]) == len(load_lexicon().channels)
    assert any(n.startswith("AN004") for n in names)
