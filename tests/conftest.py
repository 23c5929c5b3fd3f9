from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


def pytest_report_header() -> str:
    """Which build of the engine the suite runs against (make test-compiled: mypyc)."""
    import attribution
    from attribution.compiled import describe

    return f"attribution: {attribution.__file__}, {describe()}"
