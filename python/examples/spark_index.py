"""A weekly country risk index over a news corpus, scored on Spark.

    spark-submit python/examples/spark_index.py corpus.jsonl out/            # with the package
    spark-submit --files target/release/georisk python/examples/spark_index.py corpus.jsonl out/ \\
        --route pipe --georisk ./georisk --driver-georisk target/release/georisk  # without it

The corpus is JSON lines with the fields of ``georisk score --jsonl`` (dates
in ``published``) or a Parquet dataset with ``id``, ``title``, ``body`` and
``published`` columns. Spark scores its partitions into report lines
(``{"published", "fingerprint", "report"}``), written under
``OUT/reports/``; ``georisk index --from-reports`` then aggregates them into
``series.csv``, ``series.json``, ``alerts.json`` and ``index.svg`` in
``OUT``: the same series as ``georisk index corpus.jsonl`` run on one
machine, near-duplicates across partitions included. Arguments after
``--`` go to ``georisk index`` (``-- --foreign --z 2.5``).

Routes: ``package`` scores with ``georisk.spark.score`` (the Python
package on the executors; reads ``id``, ``title`` and ``body`` only);
``pipe`` streams each partition through the binary (``rdd.pipe``), which
must be on every executor: installed at the same path, or shipped with
``spark-submit --files`` and named ``./georisk`` (YARN, Kubernetes).
"""

import argparse
import shlex
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

from pyspark import RDD
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F


def shard_command(georisk: str) -> str:
    """The command each partition is piped through: ``georisk index`` on
    standard input, writing its report lines (with date and fingerprint)
    to standard output; its summary and series files are thrown away."""
    script = (
        'd=$(mktemp -d) && "$0" index --reports-out "$d/reports.jsonl" --out-dir "$d"'
        ' --allow-errors >/dev/null && cat "$d/reports.jsonl"; s=$?; rm -rf "$d"; exit $s'
    )
    return f"sh -c {shlex.quote(script)} {shlex.quote(georisk)}"


def read_corpus(spark: SparkSession, corpus: str, partitions: int) -> DataFrame:
    """The corpus as a DataFrame, in file order, in at least ``partitions``
    partitions (JSON lines) or as Parquet lays it out."""
    if corpus.endswith(".parquet") or Path(corpus).is_dir():
        return spark.read.parquet(corpus)
    return spark.read.json(spark.sparkContext.textFile(corpus, partitions))


def reports_with_package(spark: SparkSession, corpus: str, partitions: int) -> DataFrame:
    """Report lines scored by ``georisk.spark.score``, one ``value`` per article
    (a row that cannot be scored gives ``{"id", "error"}``, counted as failed)."""
    import georisk.spark

    articles = read_corpus(spark, corpus, partitions)
    if "published" not in articles.columns:
        articles = articles.withColumn("published", F.lit(None).cast("string"))
    title = "title" if "title" in articles.columns else None
    # Spans, as `georisk index` scores: the index reads no evidence text.
    scored = georisk.spark.score(articles, title=title, detail="spans")
    # `{"published": ..., "fingerprint": ...}` with its closing brace replaced by the report.
    meta = F.to_json(
        F.struct(F.col("published").cast("string").alias("published"), "fingerprint"),
        {"ignoreNullFields": "false"},
    )
    line = F.concat(
        F.expr("substr(meta, 1, length(meta) - 1)"), F.lit(',"report":'), F.col("report"), F.lit("}")
    )
    failed = F.to_json(F.struct(F.col("id").cast("string").alias("id"), "error"))
    return scored.withColumn("meta", meta).select(
        F.when(F.col("error").isNull(), line).otherwise(failed).alias("value")
    )


def json_lines(df: DataFrame) -> RDD:
    """The rows of ``df`` as JSON lines (null fields left out), the input of
    ``georisk score --jsonl`` and ``georisk index``."""
    return df.select(F.to_json(F.struct(*df.columns))).rdd.map(lambda row: row[0])


def reports_with_pipe(spark: SparkSession, corpus: str, partitions: int, georisk: str) -> DataFrame:
    """Report lines scored by piping each partition through the binary."""
    if corpus.endswith(".parquet") or Path(corpus).is_dir():
        lines = json_lines(spark.read.parquet(corpus))
    else:
        lines = spark.sparkContext.textFile(corpus, partitions)
    return spark.createDataFrame(lines.pipe(shard_command(georisk)).map(lambda line: (line,)), "value string")


def aggregate(georisk: str, reports: Path, out_dir: Path, period: str, extra: List[str]) -> str:
    """Runs ``georisk index --from-reports`` over the report files in order;
    returns its summary."""
    shards = sorted(str(p) for p in reports.glob("part-*") if p.stat().st_size > 0)
    command = [
        georisk,
        "index",
        "--from-reports",
        *shards,
        "--period",
        period,
        "--out-dir",
        str(out_dir),
        *extra,
    ]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main(argv: Optional[List[str]] = None) -> str:
    """Runs the job; returns the summary of ``georisk index``."""
    argv = sys.argv[1:] if argv is None else argv
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="JSON lines or a Parquet dataset")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--route", choices=["package", "pipe"], default="package")
    parser.add_argument(
        "--georisk", default="georisk", help="the binary on the executors (default: on the PATH)"
    )
    parser.add_argument(
        "--driver-georisk", help="the binary on the driver, to aggregate (default: --georisk)"
    )
    parser.add_argument("--period", default="week", choices=["day", "week", "month"])
    parser.add_argument("--partitions", type=int, default=4, help="minimum partitions of a JSON lines corpus")
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)

    spark = SparkSession.builder.appName("georisk-index").getOrCreate()
    reports = args.out_dir / "reports"
    if args.route == "package":
        lines = reports_with_package(spark, args.corpus, args.partitions)
    else:
        lines = reports_with_pipe(spark, args.corpus, args.partitions, args.georisk)
    lines.write.mode("overwrite").text(str(reports))
    return aggregate(args.driver_georisk or args.georisk, reports, args.out_dir, args.period, extra)


if __name__ == "__main__":
    print(main(), end="")
