"""Reading user files: encodings, BOMs, binary files, atomic output.

Every failure is an :class:`InputError` with a one-line message naming the file;
the CLI prints it and exits with code 2.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import tempfile
from pathlib import Path

BINARY_SNIFF = 8192
DEFAULT_MAX_BYTES = 50_000_000
SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?\s*", re.IGNORECASE)
UNITS = {"": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9}


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
            f"pass --encoding {_likely_encoding(data)} if that is how it was saved"
        ) from None


def _likely_encoding(data: bytes) -> str:
    """The legacy encoding to suggest: Windows-1252 when it reads, else Latin-1."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def parse_size(value: str) -> int:
    """``50000000``, ``50MB``, ``1.5G`` -> bytes."""
    match = SIZE.fullmatch(value)
    if match is None:
        raise InputError(f"--max-bytes: cannot read {value!r} as a size (try 50MB)")
    return int(float(match.group(1)) * UNITS[(match.group(2) or "").lower()])


def _megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


def read_text(path: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a file, or of standard input for ``-``; never more than ``max_bytes``."""
    too_big = (
        f"is larger than the --max-bytes limit of {_megabytes(max_bytes)}; "
        "split it, or raise the limit"
    )
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"<stdin>: {too_big}")
        return decode(data, "<stdin>", encoding)
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a directory, expected a file")
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {_megabytes(size)} {too_big}")
        with file.open("rb") as handle:  # bounded: a device or a growing file stops too
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"{path}: {too_big}")
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
        os.chmod(temp, file_mode(target))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def file_mode(target: Path) -> int:
    """The mode a written file gets: the one it had, else what the umask allows.

    A temporary file is created private (0600); renamed as it is, a report
    would be unreadable to the rest of a CI job.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
