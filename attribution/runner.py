"""A check run over many inputs: walk, read, check each, collect what failed.

A file that cannot be read, decoded or checked does not stop the run: it
becomes an InputProblem (path and reason) and the other files are checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from attribution.batch import read_articles
from attribution.claims import Article as ClaimArticle
from attribution.config import Settings, ignored_codes
from attribution.engine import analyze
from attribution.inputs import DEFAULT_MAX_BYTES, InputError, read_text
from attribution.lexicon import Lexicon, load_lexicon
from attribution.lint import Checked, CheckError, InputProblem, Run, check_text
from attribution.markup import Markup, MarkupError, extract, markup_for
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
            raise InputError(f"{path}: {error.located(text)}") from None
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
            problems.append(InputProblem(shown, error.located(text)))
            continue
        except CheckError as error:
            problems.append(InputProblem(shown, str(error)))
            continue
        files.append(checked)
    return Run(tuple(files), tuple(problems), tuple(rules))


def read_claim_articles(
    paths: Sequence[str],
    exclude: Sequence[str],
    stdin_filename: str | None,
    encoding: str | None,
    max_bytes: int,
) -> tuple[list[ClaimArticle], list[InputProblem]]:
    """Articles for `claims`: files and folders as for `check`, and JSONL archives
    (one {"id", "text", "date", "url", "title"} per line)."""
    articles: list[ClaimArticle] = []
    problems: list[InputProblem] = []
    lexicon = load_lexicon()
    for item in walk(paths, exclude, Path.cwd()):
        if isinstance(item, OSError):
            problems.append(InputProblem(str(item.filename), item.strerror or str(item)))
            continue
        if item.endswith(".jsonl"):
            _read_archive(item, lexicon, max_bytes, articles, problems)
            continue
        shown = stdin_filename or "-" if item == "-" else item
        try:
            text = read_text(item, encoding, max_bytes)
            prose = extract(text, markup_for(shown))
        except InputError as error:
            problems.append(InputProblem(shown, str(error).removeprefix(f"{item}: ")))
            continue
        except MarkupError as error:
            problems.append(InputProblem(shown, error.located(text)))
            continue
        analysis = analyze(prose.text, path=shown, lexicon=lexicon)
        articles.append(
            ClaimArticle(
                shown, prose, analysis, prose.meta("date"), prose.meta("url"), prose.meta("title")
            )
        )
    return articles, problems


def _read_archive(
    path: str,
    lexicon: Lexicon,
    max_bytes: int,
    articles: list[ClaimArticle],
    problems: list[InputProblem],
) -> None:
    def bad(message: str) -> None:
        problems.append(InputProblem(path, message.removeprefix(f"{path}:")))

    try:
        with open(path, "rb") as handle:
            for record in read_articles(handle, path, True, bad, max_bytes):
                prose = extract(record.text, Markup.TEXT)
                analysis = analyze(prose.text, path=f"{path}:{record.id}", lexicon=lexicon)
                meta = dict(record.metadata)
                articles.append(
                    ClaimArticle(
                        f"{path}:{record.id}",
                        prose,
                        analysis,
                        meta.get("date"),
                        meta.get("url"),
                        meta.get("title"),
                    )
                )
    except OSError as error:
        problems.append(InputProblem(path, error.strerror or str(error)))
