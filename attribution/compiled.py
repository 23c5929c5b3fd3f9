"""Which of the package's modules run compiled (mypyc) in this installation.

A wheel built with HATCH_BUILD_HOOK_ENABLE_MYPYC=1 (pyproject.toml) carries the
engine's modules as C extensions; an editable or plain install runs the .py files.
`python -m attribution.compiled` prints which, and exits 1 when the engine (the
module `attribution.engine`) is not compiled: `make test-compiled` checks it
before it runs the suite against such a build.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

import attribution

# ".cpython-311-x86_64-linux-gnu.so": a C extension of this interpreter, which the
# import system loads in place of a .py file of the same name beside it
EXTENSION_SUFFIX = str(sysconfig.get_config_var("EXT_SUFFIX") or ".so")


def compiled_modules() -> list[str]:
    """The names of the package's top-level modules that are C extensions."""
    names = {
        path.name.removesuffix(EXTENSION_SUFFIX)
        for folder in attribution.__path__
        for path in Path(folder).glob(f"*{EXTENSION_SUFFIX}")
    }
    return sorted(names)


def describe(names: list[str] | None = None) -> str:
    """One line: "compiled (mypyc): coref, drafts, ..." or "pure Python"."""
    names = compiled_modules() if names is None else names
    return f"compiled (mypyc): {', '.join(names)}" if names else "pure Python"


def main() -> int:
    names = compiled_modules()
    print(f"attribution {attribution.__file__}: {describe(names)}")
    return 0 if "engine" in names else 1


if __name__ == "__main__":
    sys.exit(main())
