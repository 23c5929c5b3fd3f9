"""Archive-scale memory check: `attribution batch` over a corpus of N gigabytes.

The corpus is generated as bench.py does (our own sample articles, varied),
streamed to disk, then `attribution batch` runs over it with -j workers while
this script samples the resident memory of the whole process tree (the parent
and every worker, summed) from /proc every 0.2 seconds.  Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import build_corpus

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def tree(pid: int) -> list[int]:
    """The process and all its descendants, from /proc/<pid>/task/*/children."""
    found = [pid]
    for current in found:
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            found.extend(int(child) for child in children)
    return found


def rss_mb(pid: int) -> float:
    try:
        resident = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return resident * PAGE_KB / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("-j", "--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--json", type=Path, default=Path(__file__).parent / "out" / "archive.json")
    args = parser.parse_args()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "archive.jsonl"
        start = time.perf_counter()
        size, articles, words = build_corpus(corpus, args.gigabytes * 1000)
        print(
            f"corpus: {size / 1e9:.2f} GB, {articles:,} articles, {words:,} words "
            f"(written in {time.perf_counter() - start:.0f} s)",
            flush=True,
        )
        out = Path(folder) / "out.jsonl"
        command = [sys.executable, "-m", "attribution.cli", "batch", str(corpus),
                   "-o", str(out), "-j", str(args.jobs)]  # fmt: skip
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak_total = peak_single = 0.0
        samples = 0
        while process.poll() is None:
            sizes = [rss_mb(pid) for pid in tree(process.pid)]
            peak_total = max(peak_total, sum(sizes))
            peak_single = max(peak_single, max(sizes, default=0.0))
            samples += 1
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        _, errors = process.communicate()
        if process.returncode != 0:
            print(errors.decode("utf-8", "replace"), file=sys.stderr)
            return 1
        out_mb = out.stat().st_size / 1e6
    results = {
        "corpus_gb": size / 1e9,
        "articles": articles,
        "words": words,
        "jobs": args.jobs,
        "seconds": seconds,
        "words_per_s": words / seconds,
        "articles_per_s": articles / seconds,
        "peak_rss_total_mb": peak_total,
        "peak_rss_one_process_mb": peak_single,
        "rss_samples": samples,
        "output_mb": out_mb,
    }
    print(
        f"batch -j {args.jobs}: {seconds:.0f} s, {words / seconds:,.0f} words/s, "
        f"{articles / seconds:,.0f} articles/s; peak RSS {peak_total:.0f} MB for all "
        f"processes together ({peak_single:.0f} MB the largest one)"
    )
    args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
