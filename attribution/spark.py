"""Attribution on Spark (extra `attribution[spark]`): articles in, one row per fragment out.

    from attribution.spark import statements
    rows = statements(spark.read.json("articles.jsonl"))   # columns id, text

The result has the article's `id` and the batch schema's fields as columns, one
row per fragment, the same values `attribution batch` writes.  Each partition
is analysed by `mapPartitions` in a worker that compiles the rule data once.
Nothing else in the package imports Spark.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from attribution.engine import analyze
from attribution.lexicon import load_lexicon
from attribution.serialize import fragment_rows

if TYPE_CHECKING:  # pragma: no cover - typing only; pyspark is an optional extra
    from pyspark.sql import DataFrame

COLUMNS = (
    ("id", "string"),
    ("start", "long"),
    ("end", "long"),
    ("text", "string"),
    ("speaker", "string"),
    ("speaker_start", "long"),
    ("speaker_end", "long"),
    ("speaker_entity", "string"),
    ("speaker_kind", "string"),
    ("statement", "long"),
    ("form", "string"),
    ("cue", "string"),
    ("channel", "string"),
    ("role", "string"),
    ("inherited", "boolean"),
)
SCHEMA = ", ".join(f"`{name}` {kind}" for name, kind in COLUMNS)


def analyse_partition(articles: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Rows of (id, text) -> fragment tuples in COLUMNS order; runs on a worker."""
    lexicon = load_lexicon()  # compiled once per worker process, then cached
    names = [name for name, _ in COLUMNS[1:]]
    for article in articles:
        ident, text = article[0], article[1]
        for row in fragment_rows(analyze(text or "", lexicon=lexicon)):
            yield (str(ident), *(row[name] for name in names))


def statements(articles: DataFrame) -> DataFrame:
    """A DataFrame of articles (`id`, `text`) -> a DataFrame of fragments (COLUMNS)."""
    spark = articles.sparkSession
    rdd = articles.select("id", "text").rdd.mapPartitions(analyse_partition)
    return spark.createDataFrame(rdd, schema=SCHEMA)
