"""Inputs that crashed a `make fuzz` target, kept as they were found.

Each file in tests/fixtures/fuzz/ is named after its target and what broke; the
test feeds it to the same code the fuzz target did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution import analyze
from attribution.config import ConfigError, Settings, active_rules, parse_settings
from attribution.serialize import fragment_rows

CRASHES = sorted((Path(__file__).parent / "fixtures" / "fuzz").glob("*.bin"))


def engine(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    for row in fragment_rows(analyze(text)):
        assert row["text"] == text[row["start"] : row["end"]]


def config(data: bytes) -> None:
    name = ".attribution.toml" if data[0] % 2 else "pyproject.toml"
    text = data[1:].decode("utf-8", errors="replace")
    try:
        settings = parse_settings(text, Path("/nonexistent") / name)
    except ConfigError as error:
        assert str(error).startswith(f"/nonexistent/{name}: ")  # one clear line
        return
    assert isinstance(settings, Settings)
    active_rules(settings)


TARGETS = {"engine": engine, "config": config}


@pytest.mark.parametrize("path", CRASHES, ids=lambda p: p.stem)
def test_fuzz_crash_is_fixed(path: Path) -> None:
    TARGETS[path.name.split("-", 1)[0]](path.read_bytes())


def test_deeply_nested_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / ".attribution.toml"
    with pytest.raises(ConfigError, match="not valid TOML: nested too deeply"):
        parse_settings("select = " + "[" * 5000, path)
