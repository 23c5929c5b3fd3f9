"""`verify --format json`: every quote checked, versioned (documented in README)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any, TextIO

from attribution.document import LineIndex
from attribution.markup import Prose
from attribution.verify import Status, Verification

VERIFY_SCHEMA_VERSION = "1.0"


def document(
    path: str,
    prose: Prose,
    results: Sequence[Verification],
    sources: dict[str, LineIndex],
) -> dict[str, Any]:
    index = LineIndex(prose.original)
    quotes = []
    for result in results:
        span = prose.to_original(result.span)
        line, column = index.position(span.start)
        matched = None
        if result.source is not None and result.passage is not None:
            s_line, s_col = sources[result.source].position(result.passage.start)
            matched = {
                "path": result.source,
                "line": s_line,
                "column": s_col,
                "start": result.passage.start,
                "end": result.passage.end,
                "text": result.passage_text,
                "speaker_label": result.label,
            }
        quotes.append(
            {
                "text": result.text,
                "speaker": result.speaker,
                "line": line,
                "column": column,
                "start": span.start,
                "end": span.end,
                "status": str(result.status),
                "score": result.score,
                "source": matched,
                "diff": result.diff,
            }
        )
    tally = Counter(str(r.status) for r in results)
    return {
        "schema_version": VERIFY_SCHEMA_VERSION,
        "article": path,
        "sources": sorted(sources),
        "summary": {str(status): tally[str(status)] for status in Status},
        "quotes": quotes,
    }


def render(
    path: str,
    prose: Prose,
    results: Sequence[Verification],
    sources: dict[str, LineIndex],
    out: TextIO,
) -> None:
    json.dump(document(path, prose, results, sources), out, ensure_ascii=False, indent=2)
    out.write("\n")
