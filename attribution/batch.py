"""Batch mode: JSONL articles in, one prediction line per article out, streamed."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from attribution.engine import analyze
from attribution.inputs import InputError
from attribution.lexicon import load_lexicon
from attribution.serialize import fragment_rows


@dataclass(frozen=True, slots=True)
class Article:
    line: int
    id: str
    text: str


def read_articles(
    handle: TextIO, name: str, skip_bad: bool, warn: Callable[[str], None]
) -> Iterator[Article]:
    """Articles of a JSONL stream; a bad line stops the run unless `skip_bad`."""
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
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
        yield Article(number, str(ident), text)


def run_batch(source: str, output: str, skip_bad: bool, warn: Callable[[str], None]) -> int:
    """Analyse every article of `source` into `output`; return the article count.

    Results stream to ``OUTPUT.partial``, renamed to OUTPUT only at the end, so an
    interrupted run never leaves a half-written file under the output's name.
    """
    path = Path(source)
    if not path.is_file():
        raise InputError(
            f"{source}: no such file" if not path.exists() else f"{source}: not a file"
        )
    partial = f"{output}.partial"
    lexicon = load_lexicon()
    count = 0
    try:
        with (
            path.open(encoding="utf-8", newline="") as handle,
            open(partial, "w", encoding="utf-8") as out,
        ):
            for article in read_articles(handle, source, skip_bad, warn):
                analysis = analyze(article.text, lexicon=lexicon)
                row: dict[str, Any] = {"id": article.id, "quotes": fragment_rows(analysis)}
                out.write(json.dumps(row, ensure_ascii=False))
                out.write("\n")
                count += 1
    except UnicodeDecodeError as error:
        Path(partial).unlink(missing_ok=True)
        raise InputError(f"{source}: invalid UTF-8 at byte {error.start}") from None
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    os.replace(partial, output)
    return count
