"""Throughput of the Python package and of the Spark routes on a JSONL corpus.

    python python/examples/throughput.py CORPUS.jsonl --georisk target/release/georisk \\
        [--rust target/release/examples/throughput] [--passes 3] [--no-spark]

Prints MB/s of article text (title, summary and body; MB = 10^6 bytes) and
articles/s, medians of ``--passes`` interleaved passes (one pass of each
variant in turn, so that load bursts on a shared machine hit them alike):

* ``score_many`` on one thread: dicts in (the corpus lines decoded), JSON
  strings or dicts out, and JSON strings at ``detail="scores"``; ``str``
  in (title and body), JSON strings out;
  on all cores; and two Python threads each scoring half the corpus with
  ``threads=1`` (they scale only if the GIL is released);
* Spark ``local[2]`` over the corpus cached in 4 partitions, the reports
  made a DataFrame and written to Spark's ``noop`` sink: the package
  (``georisk.spark.score``), the pipe recipe (``rdd.pipe("georisk score
  --jsonl")``); and the CLI alone (``georisk score --jsonl`` on all cores).

``--rust target/release/examples/throughput`` (built by ``cargo build
--release --example throughput``) runs the Rust ``full`` scoring (one thread,
articles parsed beforehand, reports built but not serialised) and its
``threads`` and ``lean`` variants once per pass too, and prints the
per-core ratio of ``score_many`` to it (and of ``score_many`` at
``detail="scores"`` to ``lean``, the same level), and the scaling of two Python threads over one beside
that of the Rust threads: on a loaded machine neither scales.

On Linux, the CPU seconds of each variant (this process and its children:
the Spark JVM and its Python workers, the CLI) are printed too, and the CPU
seconds per wall second of two Python threads: above 1 only if they ran at
the same time, that is if the GIL was released.
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
from typing import Any, Callable, Dict, List, Optional

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


def cpu_seconds() -> Optional[float]:
    """CPU seconds used so far by this process and its descendants (live or
    reaped), from ``/proc``; ``None`` elsewhere than on Linux."""
    stats = {}
    for pid in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not pid.isdigit():
            continue
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except (OSError, ValueError):
            continue
        # After the command in parentheses: state, ppid, ...; utime, stime,
        # cutime and cstime are fields 14 to 17.
        fields = stat[stat.rindex(")") + 2 :].split()
        stats[int(pid)] = (int(fields[1]), sum(int(f) for f in fields[11:15]))
    if not stats:
        return None

    def descends(pid: int) -> bool:
        while pid > 1 and pid != os.getpid():
            pid = stats.get(pid, (0, 0))[0]
        return pid == os.getpid()

    return sum(ticks for pid, (_, ticks) in stats.items() if descends(pid)) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--georisk", required=True, help="the georisk binary")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--rust", help="the Rust throughput example, run once per pass")
    args = parser.parse_args()

    load = os.getloadavg()
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
        "score_many 1 thread, scores detail, JSON": lambda: scorer.score_many(
            items, threads=1, as_json=True, detail="scores"
        ),
        f"score_many {cores} threads, JSON strings": lambda: scorer.score_many(items, as_json=True),
        "2 Python threads x score_many(threads=1)": lambda: two_python_threads(scorer, items),
    }
    if not args.no_spark:
        from pyspark.sql import SparkSession

        from georisk import spark as georisk_spark

        os.environ["PYSPARK_PYTHON"] = sys.executable
        spark = (
            SparkSession.builder.master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        df = (
            spark.read.json(spark.sparkContext.textFile(str(args.corpus), 4))
            .select("id", "title", "body")
            .cache()
        )
        assert df.count() == len(items)
        command = f"{shlex.quote(args.georisk)} score --jsonl --allow-errors"

        def cli(command: str) -> None:
            with args.corpus.open("rb") as corpus:
                subprocess.run(shlex.split(command), stdin=corpus, stdout=subprocess.DEVNULL, check=True)

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
                "CLI score --jsonl": lambda: cli(command),
                "CLI score --jsonl --threads 1": lambda: cli(command + " --threads 1"),
            }
        )
    times: Dict[str, List[float]] = {name: [] for name in variants}
    cpus: Dict[str, List[float]] = {name: [] for name in variants}
    rust: Dict[str, List[float]] = {"full": [], "threads": [], "lean": []}
    for _ in range(args.passes):
        for name, run in variants.items():
            cpu, start = cpu_seconds(), time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
            if cpu is not None:
                cpus[name].append(cpu_seconds() - cpu)
        if args.rust:
            out = subprocess.run(
                [args.rust, str(args.corpus), "--passes", "1"], capture_output=True, text=True, check=True
            ).stdout
            last = re.search(r"^throughput: full ([0-9.]+) MB/s.*, threads \d+ ([0-9.]+) MB/s", out, re.M)
            rust["full"].append(float(last.group(1)))
            rust["threads"].append(float(last.group(2)))
            lean = re.search(r"^throughput: .*, lean ([0-9.]+) MB/s", out, re.M)
            if lean:
                rust["lean"].append(float(lean.group(1)))
    print(f"{len(items)} articles, {megabytes:.1f} MB of text, {cores} cores, median of {args.passes} passes")
    print(f"load average before the run: {' '.join(f'{x:.1f}' for x in load)}; after: ", end="")
    print(" ".join(f"{x:.1f}" for x in os.getloadavg()))
    medians = {name: statistics.median(runs) for name, runs in times.items()}
    speed = {name: megabytes / median for name, median in medians.items()}
    for name, median in medians.items():
        cpu = f"{statistics.median(cpus[name]):8.2f} CPU s" if cpus[name] else ""
        print(f"{name:45} {speed[name]:8.1f} MB/s {len(items) / median:10.0f} articles/s {cpu}")
    two_threads = "2 Python threads x score_many(threads=1)"
    one, two = speed["score_many 1 thread, JSON strings"], speed[two_threads]
    paired = statistics.median(
        a / b for a, b in zip(times["score_many 1 thread, JSON strings"], times[two_threads])
    )
    print(f"two Python threads / one: {two / one:.2f}x (median of each pass's: {paired:.2f}x)")
    if cpus[two_threads]:
        busy = statistics.median(c / t for c, t in zip(cpus[two_threads], times[two_threads]))
        print(f"two Python threads: {busy:.2f} CPU seconds per second (1 at most if the GIL serialised them)")
    if cpus.get("CLI score --jsonl --threads 1"):
        # Per core, by CPU seconds (steadier than wall time under load): the
        # CLI also reads JSON articles and writes JSON reports, on one thread.
        cli_cpu = statistics.median(cpus["CLI score --jsonl --threads 1"])
        for name in [name for name in variants if name.startswith("score_many 1 thread")]:
            print(f"{name} / CLI 1 thread, by CPU seconds: {cli_cpu / statistics.median(cpus[name]):.2f}x")
    if rust["full"]:
        full, threads = statistics.median(rust["full"]), statistics.median(rust["threads"])
        print(f"{'Rust full, 1 thread (examples/throughput)':45} {full:8.1f} MB/s")
        print(f"{f'Rust full, {cores} threads (examples/throughput)':45} {threads:8.1f} MB/s")
        paired = statistics.median(b / a for a, b in zip(rust["full"], rust["threads"]))
        print(f"Rust {cores} threads / one: {threads / full:.2f}x (median of each pass's: {paired:.2f}x)")
        # And the median of the ratios within each pass: the load moves by the minute.
        for name in [name for name in variants if name.startswith("score_many 1 thread")]:
            paired = statistics.median((megabytes / t) / mbps for t, mbps in zip(times[name], rust["full"]))
            print(f"{name} / Rust full: {speed[name] / full:.2f}x (median of each pass's: {paired:.2f}x)")
        if rust["lean"]:
            # The same level on both sides: the Rust `lean` variant builds
            # `scores` reports without serialising them.
            lean, name = statistics.median(rust["lean"]), "score_many 1 thread, scores detail, JSON"
            print(f"{'Rust lean (scores), 1 thread':45} {lean:8.1f} MB/s")
            print(f"{name} / Rust lean: {speed[name] / lean:.2f}x")


if __name__ == "__main__":
    main()
