"""Coverage-guided fuzzing with atheris (libFuzzer): `make fuzz`.

    python fuzz/fuzz.py TARGET [libFuzzer options] WORK_DIR SEED_DIR

Targets: engine (analyze on any text), markup (Markdown and HTML to prose, then
the checks), config (configuration files and rule options), jsonl (the batch
reader), sources (quotes verified against a source document).  Errors the tool
reports on purpose (ConfigError, InputError, MarkupError...) are expected; any
other exception is a crash, which libFuzzer saves under fuzz/crashes/ for a
regression test.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from attribution.batch import read_articles
    from attribution.checks import KINDS
    from attribution.config import ConfigError, Settings, active_rules, parse_settings
    from attribution.document import LineIndex
    from attribution.engine import analyze
    from attribution.inputs import InputError
    from attribution.lexicon import load_lexicon
    from attribution.lint import check_text
    from attribution.markup import Markup, MarkupError, extract
    from attribution.model import Span
    from attribution.serialize import fragment_rows
    from attribution.verify import load_source, verify

LEXICON = load_lexicon()
RULES = active_rules(Settings())


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def engine(data: bytes) -> None:
    text = _text(data)
    analysis = analyze(text, lexicon=LEXICON)
    for row in fragment_rows(analysis):
        assert row["text"] == text[row["start"] : row["end"]]


def markup(data: bytes) -> None:
    if not data:
        return
    kind = list(Markup)[data[0] % 3]
    text = _text(data[1:])
    try:
        prose = extract(text, kind)
        checked = check_text(text, path="fuzz", markup=kind, rules=RULES, lexicon=LEXICON)
    except MarkupError:
        return
    for i in range(len(prose.text)):
        assert 0 <= prose.to_original(Span(i, i + 1)).start < len(text)
    index = LineIndex(text)
    for finding in checked.findings:
        line, column = index.position(finding.span.start)
        assert index.offset(line, column) == finding.span.start


def config(data: bytes) -> None:
    if not data:
        return
    name = ".attribution.toml" if data[0] % 2 else "pyproject.toml"
    try:
        settings = parse_settings(_text(data[1:]), Path("/nonexistent") / name)
        rules = active_rules(settings)
    except ConfigError:
        return
    assert all(rule.kind in KINDS for rule in rules)


def jsonl(data: bytes) -> None:
    problems: list[str] = []
    try:
        for article in read_articles(io.BytesIO(data), "fuzz.jsonl", True, problems.append, 4096):
            assert isinstance(article.text, str)
    except InputError:
        raise AssertionError("with skip_bad, a bad record must never stop the reader") from None


def sources(data: bytes) -> None:
    """An article and a source (split at the first NUL): quotes checked against it."""
    article, _, source = _text(data).partition("\x00")
    kind = Markup.HTML if source.lstrip().startswith("<") else Markup.TEXT
    try:
        prose = extract(source, kind)
    except MarkupError:
        return
    checked = load_source("fuzz", prose)
    for result in verify(analyze(article, lexicon=LEXICON), [checked]):
        if result.passage is not None:
            assert 0 <= result.passage.start <= result.passage.end <= len(source)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "engine": engine,
    "markup": markup,
    "config": config,
    "jsonl": jsonl,
    "sources": sources,
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: fuzz.py {{{','.join(TARGETS)}}} [libFuzzer options] DIRS...")
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
