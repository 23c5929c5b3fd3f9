"""Throughput benchmark: `attribution batch` end to end, and analyze() in-process.

The corpus is generated from the articles in samples/ (our own text), varied so
that no two articles are identical, up to --megabytes.  The batch run is a
separate process pinned to one core; its peak RSS comes from getrusage.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from attribution import analyze

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=12.0)
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

        command = [
            sys.executable,
            "-m",
            "attribution.cli",
            "batch",
            str(corpus),
            "-o",
            str(Path(folder) / "out.jsonl"),
        ]
        if hasattr(os, "sched_setaffinity"):
            command = ["taskset", "-c", "0", *command]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        batch_seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    results = {
        "corpus_mb": size / 1e6,
        "articles": articles,
        "words": words,
        "analyze": {
            "seconds": analyze_seconds,
            "mb_per_s": size / 1e6 / analyze_seconds,
            "words_per_s": words / analyze_seconds,
        },
        "batch": {
            "seconds": batch_seconds,
            "mb_per_s": size / 1e6 / batch_seconds,
            "words_per_s": words / batch_seconds,
            "peak_rss_mb": peak_mb,
        },
    }
    print(f"corpus: {size / 1e6:.1f} MB, {articles} articles, {words} words (one core)")
    print(f"{'':<10}{'seconds':>10}{'MB/s':>10}{'words/s':>12}{'peak MB':>10}")
    for name in ("analyze", "batch"):
        r = results[name]
        assert isinstance(r, dict)
        peak = f"{r['peak_rss_mb']:.0f}" if "peak_rss_mb" in r else "-"
        print(
            f"{name:<10}{r['seconds']:>10.2f}{r['mb_per_s']:>10.2f}{r['words_per_s']:>12,.0f}"
            f"{peak:>10}"
        )
    args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
