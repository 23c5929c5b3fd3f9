"""Inputs that crashed a `make fuzz` target, kept as they were found.

Each file in tests/fixtures/fuzz/ is named after what broke; the test feeds it
to the engine the way the fuzz target did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution import analyze
from attribution.serialize import fragment_rows

CRASHES = sorted((Path(__file__).parent / "fixtures" / "fuzz").glob("*.bin"))


@pytest.mark.parametrize("path", CRASHES, ids=lambda p: p.stem)
def test_fuzz_crash_is_fixed(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    for row in fragment_rows(analyze(text)):
        assert row["text"] == text[row["start"] : row["end"]]


def test_there_are_regressions_to_run() -> None:
    assert CRASHES
