from __future__ import annotations

import pytest

import attribution.engine
from attribution import compiled


def test_compiled_modules_are_the_ones_loaded_from_c_extensions() -> None:
    names = compiled.compiled_modules()
    engine_compiled = str(attribution.engine.__file__).endswith(compiled.EXTENSION_SUFFIX)
    assert ("engine" in names) == engine_compiled
    assert all(name.isidentifier() for name in names)
    expected = "compiled (mypyc): " + ", ".join(names) if names else "pure Python"
    assert compiled.describe() == expected


def test_main_fails_unless_the_engine_is_compiled(capsys: pytest.CaptureFixture[str]) -> None:
    code = compiled.main()
    printed = capsys.readouterr().out
    # the truth from the engine module itself, not from the function under test
    engine_compiled = str(attribution.engine.__file__).endswith(compiled.EXTENSION_SUFFIX)
    assert code == (0 if engine_compiled else 1)
    assert compiled.describe() in printed
