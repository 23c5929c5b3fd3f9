"""Reading user files: encodings, BOMs, binary files, atomic output.

Every failure is an :class:`InputError` with a one-line message naming the file;
the CLI prints it and exits with code 2.
"""

from __future__ import annotations

import codecs
import os
import sys
import tempfile
from pathlib import Path

BINARY_SNIFF = 8192


class InputError(Exception):
    """A file that cannot be used as input; the message names it."""


def _check_encoding(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (any Python codec name works)") from None


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text.  A BOM is honoured and dropped; CRLF is kept as it is."""
    if encoding is not None:
        codec = _check_encoding(encoding)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name}: cannot decode byte {error.start} as {encoding}: {error.reason}"
            ) from None
        return text.removeprefix("\ufeff")
    if data.startswith(codecs.BOM_UTF8):
        data, codec = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16"  # the codec reads the BOM and drops it
    else:
        if b"\x00" in data[:BINARY_SNIFF]:
            raise InputError(f"{name}: looks like a binary file (NUL bytes); expected text")
        codec = "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: invalid {codec.upper()} at byte {error.start}; "
            "pass --encoding (for example --encoding cp1252)"
        ) from None


def read_text(path: str, encoding: str | None = None) -> str:
    """The text of a file, or of standard input for ``-``."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", encoding)
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a directory, expected a file")
    try:
        data = file.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    return decode(data, path, encoding)


def write_atomic(path: str, content: str) -> None:
    """Write `content` to `path` through a temporary file and a rename.

    An interrupted run leaves the previous file as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist")
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(content)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
