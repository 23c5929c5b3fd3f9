"""Batch mode: JSONL articles in, one prediction line per article out, streamed."""

from __future__ import annotations

import gzip
import json
import os
import threading
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from attribution.engine import analyze
from attribution.inputs import DEFAULT_MAX_BYTES, InputError, file_mode, read_text
from attribution.lexicon import load_lexicon
from attribution.markup import SUFFIXES, Markup, MarkupError, Prose, extract, markup_for
from attribution.model import Span
from attribution.serialize import fragment_rows


@dataclass(frozen=True, slots=True)
class Article:
    line: int
    id: str
    text: str
    metadata: tuple[tuple[str, str], ...] = ()  # date, url, title when the record has them
    markup: Markup = Markup.TEXT  # a Markdown or HTML file: its prose is analysed


class LineReader(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def read_articles(
    handle: LineReader,
    name: str,
    skip_bad: bool,
    warn: Callable[[str], None],
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article]:
    """Articles of a JSONL stream; a bad line stops the run unless `skip_bad`.

    Lines are read as bytes, at most ``max_bytes`` at a time, so one huge record
    never has to fit in memory and a decoding error is reported at its byte.
    """
    offset = 0
    number = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        line_start = offset
        offset += len(raw)
        try:
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                offset += _skip_line(handle)
                raise ValueError(
                    f"record is larger than the --max-bytes limit of {max_bytes:,} bytes"
                )
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise ValueError(
                    f"invalid UTF-8 at byte {line_start + error.start} of the file"
                ) from None
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object")
            text = record.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" is missing or not a string')
            ident = record.get("id", number)
            if not isinstance(ident, str | int):
                raise ValueError('"id" must be a string or a number')
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            message = f"{name}:{number}: bad record: {error}"
            if not skip_bad:
                raise InputError(message) from None
            warn(message)
            continue
        metadata = tuple(
            (key, record[key])
            for key in ("date", "url", "title")
            if isinstance(record.get(key), str)
        )
        yield Article(number, str(ident), text, metadata)


def _skip_line(handle: LineReader, chunk: int = 1 << 20) -> int:
    """Read past the rest of an over-long line; return how many bytes that was."""
    skipped = 0
    while True:
        piece = handle.readline(chunk)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            return skipped


@dataclass(slots=True)
class Summary:
    """What a batch run did, for the line it prints at the end."""

    articles: int = 0
    skipped: int = 0
    resumed: int = 0
    forms: Counter[str] = field(default_factory=Counter)  # statements by form
    kinds: Counter[str] = field(default_factory=Counter)  # speakers by kind, per article
    problems: list[str] = field(default_factory=list)  # files a worker could not read

    def add(self, other: Summary) -> None:
        self.articles += other.articles
        self.forms.update(other.forms)
        self.kinds.update(other.kinds)


Task = tuple[str, str, Markup]  # id, text, the markup to read the text's prose from


def analyse_chunk(chunk: list[Task]) -> tuple[list[str], Summary]:
    """Worker: articles -> output lines and their counts (rule data compiled once per
    process).  A Markdown or HTML file that cannot be read is a problem in the
    summary, not a line."""
    lexicon = load_lexicon()
    lines = []
    summary = Summary()
    for ident, text, markup in chunk:
        try:
            if markup is Markup.TEXT:
                rows = fragment_rows(analyze(text, lexicon=lexicon))
            else:
                prose = extract(text, markup)
                rows = fragment_rows(analyze(prose.text, lexicon=lexicon))
                _to_file_offsets(rows, prose)
        except MarkupError as error:
            summary.problems.append(f"{ident}: {error.located(text)}")
            continue
        except Exception as error:  # an engine bug must not end an archive's run
            summary.problems.append(
                f"{ident}: internal error: {type(error).__name__}: {error} (a bug in"
                " attribution: please report it with this article)"
            )
            continue
        lines.append(json.dumps({"id": ident, "quotes": rows}, ensure_ascii=False) + "\n")
        summary.articles += 1
        statements = {(row["statement"], row["form"]) for row in rows}
        summary.forms.update(form for _, form in statements)
        speakers = {(row["speaker_entity"], row["speaker_kind"]) for row in rows}
        summary.kinds.update(kind for _, kind in speakers)
    return lines, summary


def _to_file_offsets(rows: list[dict[str, Any]], prose: Prose) -> None:
    """Offsets into a Markdown or HTML file's own text, not into its prose."""
    for row in rows:
        for start, end in (("start", "end"), ("speaker_start", "speaker_end")):
            if row[start] is not None:
                span = prose.to_original(Span(row[start], row[end]))
                row[start], row[end] = span.start, span.end


def iter_inputs(
    source: str, skip_bad: bool, warn: Callable[[str], None], max_bytes: int
) -> Iterator[Article]:
    """Articles of a JSONL file (.jsonl.gz too) or of a folder of text, Markdown and
    HTML files (the prose of the markup is analysed, offsets are the file's)."""
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        for number, file in enumerate(files, 1):
            try:
                text = read_text(str(file), None, max_bytes)
            except InputError as error:
                if not skip_bad:
                    raise
                warn(str(error))
                continue
            ident = file.relative_to(path).as_posix()
            yield Article(number, ident, text, markup=markup_for(file.name))
        return
    if not path.is_file():
        raise InputError(
            f"{source}: no such file" if not path.exists() else f"{source}: not a file"
        )
    opener = gzip.open if source.endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            yield from read_articles(handle, source, skip_bad, warn, max_bytes)
    except (OSError, EOFError, zlib.error) as error:
        raise InputError(f"{source}: cannot read: {error}") from None


def _resume_from(partial: Path) -> list[str]:
    """The ids already written to an interrupted run's partial file; a torn last
    line is cut off so that its article is done again."""
    data = partial.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) != len(data):
        with partial.open("r+b") as handle:
            handle.truncate(len(complete))
    ids = []
    for number, line in enumerate(complete.decode("utf-8").splitlines(), 1):
        try:
            ids.append(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{partial}:{number}: not a result line; delete the file") from None
    return ids


def run_batch(
    source: str,
    output: str,
    skip_bad: bool,
    warn: Callable[[str], None],
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    jobs: int = 1,
    resume: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Analyse every article of `source` into `output`.

    Results stream to ``OUTPUT.partial``, renamed to OUTPUT only at the end, so an
    interrupted run never leaves a half-written file under the output's name;
    ``resume`` goes on from that partial file without repeating or losing a
    record.  With ``jobs`` > 1, worker processes analyse chunks of articles while
    this process only reads, hands out and writes, in input order.
    """
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{output}: folder {folder} does not exist")
    partial = Path(f"{output}.partial")
    done: list[str] = []
    if partial.exists():
        if not resume:
            raise InputError(
                f"{partial}: an interrupted run's results are there; "
                "pass --resume to go on from them, or delete the file"
            )
        done = _resume_from(partial)
    summary = Summary(resumed=len(done))

    def counted(message: str) -> None:
        summary.skipped += 1
        warn(message)

    articles = iter_inputs(source, skip_bad, counted, max_bytes)
    for ident in done:
        article = next(articles, None)
        if article is None or article.id != ident:
            raise InputError(
                f"{partial}: does not match {source} (record {ident!r}); delete it to start over"
            )
    chunks = _chunks(articles, CHUNK)
    try:
        with partial.open("a", encoding="utf-8") as out:
            for lines, part in _analysed(chunks, jobs):
                for problem in part.problems:
                    if not skip_bad:
                        raise InputError(f"{source}/{problem}")
                    counted(f"{source}/{problem}")
                out.writelines(lines)
                summary.add(part)
                if progress is not None:
                    progress(summary.articles + summary.resumed)
        os.chmod(partial, file_mode(target))
        os.replace(partial, output)
    except InputError:
        # Bad input stopped the run: nothing to resume from unless it was resumed.
        # (An interrupted run keeps its partial file for --resume.)
        if not done:
            partial.unlink(missing_ok=True)
        raise
    return summary


CHUNK = 32  # articles per task: big enough to amortise the hand-over, small for order


def _chunks(articles: Iterator[Article], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for article in articles:
        chunk.append((article.id, article.text, article.markup))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: end the worker once the batch process that started it is
    gone (killed with SIGKILL, it cannot shut its pool down, and idle workers would
    wait on their queue for ever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _analysed(chunks: Iterator[list[Task]], jobs: int) -> Iterator[tuple[list[str], Summary]]:
    """Results in input order; at most 2 x jobs chunks in flight, so memory stays flat."""
    if jobs <= 1:
        for chunk in chunks:
            yield analyse_chunk(chunk)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        pending: deque[Future[tuple[list[str], Summary]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(analyse_chunk, chunk))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
