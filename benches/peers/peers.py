#!/usr/bin/env python3
"""Python peers of georisk: flashtext and pyahocorasick on georisk's own terms.

    python peers.py --patterns PATTERNS.txt --corpus CORPUS.jsonl [--passes 3]
                    [--georisk "throughput: full ... MB/s, ..."]

PATTERNS.txt holds georisk's folded patterns, one per line (written by
`cargo run --release --example throughput -- --dump-patterns FILE`).
The corpus is read like georisk reads it: per JSONL line the text segments
title, summary, body (or text), tags and categories. MB = 10^6 bytes of
those segments (UTF-8). Each peer runs one warm-up and `--passes` timed
passes over every segment; the median is printed.

* pyahocorasick: `str.lower()` then `iter_long()` (leftmost-longest) with a
  whole-word check in Python (neighbours not alphanumeric): the same job as
  georisk's raw scan;
* flashtext: `extract_keywords` with a case-insensitive KeywordProcessor
  (whole-word by design).

With --georisk (the last line of the throughput example) the georisk figures
are printed beside the peers', with the ratios.
"""

import argparse
import json
import re
import statistics
import sys
import time


def segments(corpus):
    out = []
    with open(corpus, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if not isinstance(obj, dict):
                continue
            body = obj.get("body")
            if body is None:
                body = obj.get("text")
            for value in (obj.get("title"), obj.get("summary"), body):
                if isinstance(value, str) and value.strip():
                    out.append(value.strip())
            for key in ("tags", "categories"):
                value = obj.get(key)
                if isinstance(value, str):
                    value = [value]
                if isinstance(value, list):
                    out.extend(v.strip() for v in value if isinstance(v, str) and v.strip())
    return out


def timed(passes, fn):
    expected = fn()
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        count = fn()
        times.append(time.perf_counter() - start)
        assert count == expected, (count, expected)
    return statistics.median(times), expected


def pyahocorasick_scan(patterns):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for p in patterns:
        automaton.add_word(p, len(p))
    automaton.make_automaton()

    def run(texts):
        hits = 0
        for text in texts:
            low = text.lower()
            n = len(low)
            for end, length in automaton.iter_long(low):
                start = end - length + 1
                if (start == 0 or not low[start - 1].isalnum()) and (end + 1 == n or not low[end + 1].isalnum()):
                    hits += 1
        return hits

    return run


def flashtext_scan(patterns):
    from flashtext import KeywordProcessor

    kp = KeywordProcessor(case_sensitive=False)
    for p in patterns:
        kp.add_keyword(p)

    def run(texts):
        return sum(len(kp.extract_keywords(t)) for t in texts)

    return run


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--patterns", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--georisk", help="the last line of the throughput example")
    args = ap.parse_args()

    with open(args.patterns, encoding="utf-8") as f:
        patterns = [p for p in (line.rstrip("\n") for line in f) if p]
    texts = segments(args.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"peers: {len(patterns)} patterns, {len(texts)} segments, {mb:.1f} MB, median of {args.passes} passes")

    results = {}
    for name, make in (("pyahocorasick", pyahocorasick_scan), ("flashtext", flashtext_scan)):
        run = make(patterns)
        secs, hits = timed(args.passes, lambda: run(texts))
        results[name] = mb / secs
        print(f"{name:<14} {mb / secs:8.1f} MB/s  ({hits} hits, {secs * 1e3:.0f} ms)", flush=True)

    if args.georisk:
        fields = dict(
            (k.strip(), float(v))
            for k, v in re.findall(r"(full|raw-scan|aho-corasick|regex|threads \d+) ([0-9.]+) MB/s", args.georisk)
        )
        print()
        print(f"{'tool':<22}{'MB/s':>10}{'vs flashtext':>14}{'vs pyahocorasick':>18}")
        label = {"aho-corasick": "rust aho-corasick", "regex": "rust regex"}
        rows = [(label.get(k, f"georisk {k}"), v) for k, v in fields.items()] + list(results.items())
        for name, rate in rows:
            print(
                f"{name:<22}{rate:>10.1f}{rate / results['flashtext']:>13.1f}x"
                f"{rate / results['pyahocorasick']:>17.1f}x"
            )
        full = fields.get("full")
        raw = fields.get("raw-scan")
        if full and raw:
            print(
                f"peers: georisk full {full / results['flashtext']:.1f}x flashtext, "
                f"{full / results['pyahocorasick']:.1f}x pyahocorasick; "
                f"raw-scan {raw / results['flashtext']:.1f}x flashtext, {raw / results['pyahocorasick']:.1f}x pyahocorasick"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
