"""Turn the hand-annotated held-out articles into the corpus schema (JSONL).

Each ``*.txt`` file here is a news article written for this project, with its
attributions marked by hand inline:

- ``⟦id|content⟧``: a fragment of content of attribution ``id``; a statement
  interrupted by its cue has several fragments with the same id.  The form is
  ``direct`` when the fragment opens with a double quotation mark, ``mixed`` when
  it holds one, else ``indirect``; ``⟦id:d|...⟧``, ``:m``, ``:i`` say it outright.
- ``⟨id|speaker⟩``: the source mention of attribution ``id`` as written in the cue's
  clause (``⟨a,b|The group⟩`` for two attributions); an id with no speaker mark has
  a null speaker.

Marks nest (a reported clause can hold another attribution).  The output has the
schema of ``../shared/corpora/README.md``, so ``attribution eval`` scores it.

Usage: python heldout/build.py [FOLDER] [-o OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

OPEN_CONTENT, CLOSE_CONTENT = "⟦", "⟧"
OPEN_SPEAKER, CLOSE_SPEAKER = "⟨", "⟩"
FORMS = {"d": "direct", "m": "mixed", "i": "indirect"}
DOUBLE_MARKS = '"“”„«»'


class MarkupError(ValueError):
    """A malformed annotation, with where it is."""


def _form(content: str, forced: str | None) -> str:
    if forced is not None:
        return FORMS[forced]
    stripped = content.strip()
    if stripped[:1] in DOUBLE_MARKS:
        return "direct"
    return "mixed" if any(mark in stripped for mark in DOUBLE_MARKS) else "indirect"


def parse(marked: str, name: str = "<text>") -> dict[str, Any]:
    """The article's plain text and its gold quotes (one per content fragment)."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, list[str], str | None, int]] = []  # kind, ids, form, start
    fragments: list[tuple[str, int, int, str | None]] = []
    speakers: dict[str, tuple[int, int]] = {}
    i = 0
    while i < len(marked):
        char = marked[i]
        if char in (OPEN_CONTENT, OPEN_SPEAKER):
            bar = marked.find("|", i)
            if bar == -1:
                raise MarkupError(f"{name}: a mark at {i} has no '|'")
            label = marked[i + 1 : bar]
            forced: str | None = None
            if char == OPEN_CONTENT and ":" in label:
                label, forced = label.split(":", 1)
                if forced not in FORMS:
                    raise MarkupError(f"{name}: unknown form {forced!r} at {i}")
            ids = label.split(",")
            if not all(ids) or any(not key.isalnum() for key in ids):
                raise MarkupError(f"{name}: bad id {label!r} at {i}")
            kind = "content" if char == OPEN_CONTENT else "speaker"
            stack.append((kind, ids, forced, length))
            i = bar + 1
            continue
        if char in (CLOSE_CONTENT, CLOSE_SPEAKER):
            kind = "content" if char == CLOSE_CONTENT else "speaker"
            if not stack or stack[-1][0] != kind:
                raise MarkupError(f"{name}: a stray {char!r} at {i}")
            _, ids, forced, start = stack.pop()
            if kind == "content":
                if len(ids) != 1:
                    raise MarkupError(f"{name}: content marks take one id, at {i}")
                fragments.append((ids[0], start, length, forced))
            else:
                for key in ids:
                    if key in speakers:
                        raise MarkupError(f"{name}: a second speaker for {key!r} at {i}")
                    speakers[key] = (start, length)
            i += 1
            continue
        out.append(char)
        length += 1
        i += 1
    if stack:
        raise MarkupError(f"{name}: {len(stack)} mark(s) left open")
    text = "".join(out)
    unknown = set(speakers) - {key for key, *_ in fragments}
    if unknown:
        raise MarkupError(f"{name}: speakers without content: {sorted(unknown)}")
    quotes = []
    for key, start, end, forced in sorted(fragments, key=lambda f: (f[1], f[2])):
        span = speakers.get(key)
        quotes.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "speaker": text[span[0] : span[1]] if span else None,
                "speaker_start": span[0] if span else None,
                "speaker_end": span[1] if span else None,
                "speaker_entity": None,
                "attribution_id": f"{name}-{key}",
                "form": _form(text[start:end], forced),
            }
        )
    return {"id": name, "doc": f"{name}.txt", "text": text, "quotes": quotes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parent))
    parser.add_argument("-o", "--output", help="JSONL to write (default: stdout)")
    args = parser.parse_args(argv)
    files = sorted(Path(args.folder).glob("*.txt"))
    if not files:
        print(f"error: no annotated *.txt files in {args.folder}", file=sys.stderr)
        return 2
    try:
        records = [parse(path.read_text(encoding="utf-8"), path.stem) for path in files]
    except MarkupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    if args.output is None:
        sys.stdout.write(lines)
    else:
        out = Path(args.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        partial.write_text(lines, encoding="utf-8")
        partial.replace(out)
    gold = sum(len(record["quotes"]) for record in records)
    print(f"{len(records)} articles, {gold} gold fragments", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
