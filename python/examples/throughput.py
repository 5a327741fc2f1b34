"""Throughput of the Python package and of the Spark routes on a JSONL corpus.

    python python/examples/throughput.py CORPUS.jsonl --georisk target/release/georisk \\
        [--rust target/release/examples/throughput] [--passes 3] [--no-spark]

Prints MB/s of article text (title, summary and body; MB = 10^6 bytes) and
articles/s, medians of ``--passes`` interleaved passes (one pass of each
variant in turn, so that load bursts on a shared machine hit them alike):

* ``score_many`` on one thread: dicts in (the corpus lines decoded), JSON
  strings or dicts out; ``str`` in (title and body), JSON strings out;
  on all cores; and two Python threads each scoring half the corpus with
  ``threads=1`` (they scale only if the GIL is released);
* Spark ``local[2]`` over the corpus cached in 4 partitions, the reports
  made a DataFrame and written to Spark's ``noop`` sink: the package
  (``georisk.spark.score``), the pipe recipe (``rdd.pipe("georisk score
  --jsonl")``); and the CLI alone (``georisk score --jsonl`` on all cores).

``--rust target/release/examples/throughput`` (built by ``cargo build
--release --example throughput``) runs the Rust ``full`` scoring (one thread,
articles parsed beforehand, reports built but not serialised) once per pass
too, and prints the per-core ratio of ``score_many`` to it and the scaling
of two Python threads over one.
"""

import argparse
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, List

import georisk

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spark_index import json_lines  # noqa: E402


def text_bytes(item: Dict[str, Any]) -> int:
    """The bytes of article text in ``item``."""
    return sum(len((item.get(k) or "").encode()) for k in ("title", "summary", "body", "text"))


def two_python_threads(scorer: georisk.Scorer, items: List[Dict[str, Any]]) -> None:
    """Scores each half of ``items`` in its own Python thread, one core each."""
    half = len(items) // 2
    threads = [
        threading.Thread(target=scorer.score_many, args=(part,), kwargs={"threads": 1, "as_json": True})
        for part in (items[:half], items[half:])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--georisk", required=True, help="the georisk binary")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--rust", help="the Rust throughput example, run once per pass")
    args = parser.parse_args()

    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    megabytes = sum(map(text_bytes, items)) / 1e6
    scorer = georisk.Scorer()
    cores = os.cpu_count() or 1
    texts = ["\n\n".join(item.get(k) or "" for k in ("title", "body")) for item in items]
    variants: Dict[str, Callable[[], None]] = {
        "score_many 1 thread, JSON strings": lambda: scorer.score_many(items, threads=1, as_json=True),
        "score_many 1 thread, str in, JSON strings": lambda: scorer.score_many(
            texts, threads=1, as_json=True
        ),
        "score_many 1 thread, dicts": lambda: scorer.score_many(items, threads=1),
        f"score_many {cores} threads, JSON strings": lambda: scorer.score_many(items, as_json=True),
        "2 Python threads x score_many(threads=1)": lambda: two_python_threads(scorer, items),
    }
    if not args.no_spark:
        from pyspark.sql import SparkSession

        from georisk import spark as georisk_spark

        os.environ["PYSPARK_PYTHON"] = sys.executable
        spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        df = (
            spark.read.json(spark.sparkContext.textFile(str(args.corpus), 4))
            .select("id", "title", "body")
            .cache()
        )
        assert df.count() == len(items)
        command = f"{shlex.quote(args.georisk)} score --jsonl --allow-errors"
        corpus_bytes = args.corpus.read_bytes()
        variants.update(
            {
                "Spark local[2], package": lambda: (
                    georisk_spark.score(df).write.format("noop").mode("overwrite").save()
                ),
                "Spark local[2], pipe": lambda: (
                    spark.createDataFrame(
                        json_lines(df).pipe(command).map(lambda line: (line,)), "report string"
                    )
                    .write.format("noop")
                    .mode("overwrite")
                    .save()
                ),
                "CLI score --jsonl": lambda: subprocess.run(
                    shlex.split(command), input=corpus_bytes, stdout=subprocess.DEVNULL, check=True
                ),
            }
        )
    times: Dict[str, List[float]] = {name: [] for name in variants}
    rust: List[float] = []
    for _ in range(args.passes):
        for name, run in variants.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
        if args.rust:
            out = subprocess.run(
                [args.rust, str(args.corpus), "--passes", "1"], capture_output=True, text=True, check=True
            )
            rust.append(float(re.search(r"^throughput: full ([0-9.]+) MB/s", out.stdout, re.M).group(1)))
    print(f"{len(items)} articles, {megabytes:.1f} MB of text, {cores} cores, median of {args.passes} passes")
    medians = {name: statistics.median(runs) for name, runs in times.items()}
    speed = {name: megabytes / median for name, median in medians.items()}
    for name, median in medians.items():
        print(f"{name:45} {speed[name]:8.1f} MB/s {len(items) / median:10.0f} articles/s")
    one, two = speed["score_many 1 thread, JSON strings"], speed["2 Python threads x score_many(threads=1)"]
    print(f"two Python threads / one: {two / one:.2f}x")
    if rust:
        full = statistics.median(rust)
        print(f"{'Rust full, 1 thread (examples/throughput)':45} {full:8.1f} MB/s")
        ratios = {name: mbps / full for name, mbps in speed.items() if name.startswith("score_many 1 thread")}
        for name, ratio in ratios.items():
            print(f"{name} / Rust full: {ratio:.2f}x")


if __name__ == "__main__":
    main()
