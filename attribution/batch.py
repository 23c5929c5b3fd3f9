"""Batch mode: JSONL articles in, one prediction line per article out, streamed."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from attribution.engine import analyze
from attribution.inputs import DEFAULT_MAX_BYTES, InputError, file_mode
from attribution.lexicon import load_lexicon
from attribution.serialize import fragment_rows


@dataclass(frozen=True, slots=True)
class Article:
    line: int
    id: str
    text: str
    metadata: tuple[tuple[str, str], ...] = ()  # date, url, title when the record has them


def read_articles(
    handle: BinaryIO,
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


def _skip_line(handle: BinaryIO, chunk: int = 1 << 20) -> int:
    """Read past the rest of an over-long line; return how many bytes that was."""
    skipped = 0
    while True:
        piece = handle.readline(chunk)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            return skipped


def run_batch(
    source: str,
    output: str,
    skip_bad: bool,
    warn: Callable[[str], None],
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> int:
    """Analyse every article of `source` into `output`; return the article count.

    Results stream to a temporary file next to the output, renamed to it only
    at the end, so an interrupted run never leaves a half-written file under the
    output's name and the previous output stays as it was.
    """
    path = Path(source)
    if not path.is_file():
        raise InputError(
            f"{source}: no such file" if not path.exists() else f"{source}: not a file"
        )
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{output}: folder {folder} does not exist")
    lexicon = load_lexicon()
    count = 0
    descriptor, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    try:
        with path.open("rb") as handle, os.fdopen(descriptor, "w", encoding="utf-8") as out:
            for article in read_articles(handle, source, skip_bad, warn, max_bytes):
                analysis = analyze(article.text, lexicon=lexicon)
                row: dict[str, Any] = {"id": article.id, "quotes": fragment_rows(analysis)}
                out.write(json.dumps(row, ensure_ascii=False))
                out.write("\n")
                count += 1
        os.chmod(partial, file_mode(target))
        os.replace(partial, output)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return count
