"""Which files a `check` reads: paths as given, folders walked, excludes honoured."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from attribution.config import matches
from attribution.markup import SUFFIXES


def walk(paths: Sequence[str], exclude: Sequence[str], root: Path) -> Iterator[str | OSError]:
    """Files to check, in a stable order, as paths the user will recognise.

    A file named on the command line is read whatever its suffix; in a folder
    only text, Markdown and HTML files are, and hidden folders are skipped.
    A path that does not exist comes back as an OSError for the caller to report.
    """
    for given in paths:
        if given == "-":
            yield given
            continue
        if matches(given, exclude, root):
            continue
        path = Path(given)
        if path.is_dir():
            yield from _folder(path, exclude, root)
        elif path.exists() or path.is_symlink():
            yield given
        else:
            yield FileNotFoundError(2, "no such file or folder", given)


def _folder(folder: Path, exclude: Sequence[str], root: Path) -> Iterator[str]:
    found: list[str] = []
    # followlinks=False: a symlinked folder is never walked out of the inputs.
    for current, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not matches(os.path.join(current, d), exclude, root)
        )
        for name in files:
            path = os.path.normpath(os.path.join(current, name))
            if Path(name).suffix.lower() in SUFFIXES and not matches(path, exclude, root):
                found.append(path)
    yield from sorted(found)
