"""attribution.spark on a real local Spark session: the same rows as `attribution batch`.

pyspark comes from PyPI (dev extra); Spark needs Java, which `.ci/run` installs
with apt-get where `java` is missing.  Where it is missing the test fails and
says so: it is never skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyspark.sql import SparkSession
from typer.testing import CliRunner

from attribution.cli import app
from attribution.spark import COLUMNS, statements

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    assert shutil.which("java"), "Spark needs Java: `apt-get install default-jre-headless`"
    saved = {key: os.environ.get(key) for key in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON")}
    os.environ.update(PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("attribution-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def test_spark_rows_equal_batch_output(spark: SparkSession, tmp_path: Path) -> None:
    articles = [
        {"id": path.stem, "text": path.read_text("utf-8")} for path in sorted(SAMPLES.glob("*.txt"))
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), "utf-8")
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0
    expected = [
        (record["id"], *(row[name] for name, _ in COLUMNS[1:]))
        for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()
        for record in [json.loads(line)]
        for row in record["quotes"]
    ]

    frame = spark.createDataFrame(
        [(a["id"], a["text"]) for a in articles], "id string, text string"
    )
    rows = statements(frame.repartition(2)).collect()
    assert [name for name, _ in COLUMNS] == statements(frame).columns
    got = sorted(tuple(row) for row in rows)
    assert got == sorted(expected)
    assert len(got) > 50
