"""Baselines: record today's findings, then report only the new ones.

A finding is known by its file, its code and a fingerprint of the words it
points at (whitespace folded), never by its line: editing the text above a
known finding does not make it new.  Two identical findings in one file are
counted, so a third copy of a known problem is still reported.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePath

from attribution.lint import Checked
from attribution.model import Finding

BASELINE_VERSION = "1.0"


class BaselineError(ValueError):
    """A baseline file that cannot be read; the message names it."""


Key = tuple[str, str, str]


def _path(path: str) -> str:
    return PurePath(path).as_posix()


def fingerprint(text: str, finding: Finding) -> str:
    words = " ".join(finding.span.text(text).split())
    return hashlib.sha256(f"{finding.code}\0{words}".encode()).hexdigest()[:16]


def baseline_document(files: Iterable[Checked]) -> str:
    entries = [
        {
            "path": _path(checked.path),
            "code": finding.code,
            "fingerprint": fingerprint(checked.text, finding),
            "message": finding.message,
        }
        for checked in files
        for finding in checked.findings
    ]
    return (
        json.dumps(
            {"schema_version": BASELINE_VERSION, "findings": entries}, ensure_ascii=False, indent=2
        )
        + "\n"
    )


def load_baseline(path: str) -> Counter[Key]:
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read baseline: {error}") from None
    except json.JSONDecodeError as error:
        raise BaselineError(
            f"{path}:{error.lineno}: baseline is not valid JSON: {error.msg}"
        ) from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise BaselineError(f'{path}: not a baseline (no "findings" list)')
    known: Counter[Key] = Counter()
    for number, entry in enumerate(entries, 1):
        try:
            known[(str(entry["path"]), str(entry["code"]), str(entry["fingerprint"]))] += 1
        except (TypeError, KeyError):
            raise BaselineError(
                f"{path}: finding {number} lacks path, code or fingerprint"
            ) from None
    return known


def new_findings(files: Iterable[Checked], known: Counter[Key]) -> list[Checked]:
    """The files with the findings the baseline already knows removed."""
    remaining = Counter(known)
    kept = []
    for checked in files:
        fresh = []
        for finding in checked.findings:
            key = (_path(checked.path), finding.code, fingerprint(checked.text, finding))
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                fresh.append(finding)
        kept.append(Checked(checked.path, checked.text, tuple(fresh)))
    return kept
