"""A check run over many inputs: walk, read, check each, collect what failed.

A file that cannot be read, decoded or checked does not stop the run: it
becomes an InputProblem (path and reason) and the other files are checked.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution.config import Settings, ignored_codes
from attribution.document import LineIndex
from attribution.inputs import DEFAULT_MAX_BYTES, InputError, read_text
from attribution.lexicon import Lexicon
from attribution.lint import Checked, CheckError, InputProblem, Run, check_text
from attribution.markup import MarkupError, extract, markup_for
from attribution.rules import Rule
from attribution.verify import Source, load_source
from attribution.walk import walk


def load_sources(
    paths: Sequence[str], encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Source]:
    """Source documents for quote verification; a bad one is an InputError."""
    sources = []
    for path in paths:
        text = read_text(path, encoding, max_bytes)
        try:
            prose = extract(text, markup_for(path))
        except MarkupError as error:
            line, _ = LineIndex(text).position(error.offset)
            raise InputError(f"{path}: line {line}: {error}") from None
        sources.append(load_source(path, prose))
    return sources


def run_check(
    paths: Sequence[str],
    *,
    settings: Settings,
    rules: Sequence[Rule],
    lexicon: Lexicon,
    exclude: Sequence[str] = (),
    stdin_filename: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    sources: Sequence[Source] = (),
) -> Run:
    files: list[Checked] = []
    problems: list[InputProblem] = []
    for item in walk(paths, [*settings.exclude, *exclude], settings.root):
        if isinstance(item, OSError):
            problems.append(InputProblem(str(item.filename), item.strerror or str(item)))
            continue
        shown = stdin_filename or "-" if item == "-" else item
        try:
            text = read_text(item, encoding, max_bytes)
            checked = check_text(
                text,
                path=shown,
                markup=markup_for(shown),
                rules=rules,
                lexicon=lexicon,
                ignore=ignored_codes(shown, settings),
                sources=sources,
            )
        except InputError as error:
            message = str(error)
            prefix = f"{item}: "
            problems.append(InputProblem(shown, message.removeprefix(prefix)))
            continue
        except MarkupError as error:
            line, _ = LineIndex(text).position(error.offset)
            problems.append(InputProblem(shown, f"line {line}: {error}"))
            continue
        except CheckError as error:
            problems.append(InputProblem(shown, str(error)))
            continue
        files.append(checked)
    return Run(tuple(files), tuple(problems), tuple(rules))
