#!/usr/bin/env bash
# Python peers (flashtext, pyahocorasick) beside georisk, same terms, same
# corpus, same run:
#
#   benches/peers/run.sh CORPUS.jsonl [PASSES]
#
# Creates a venv under target/peers-venv (pip installs flashtext and
# pyahocorasick), dumps georisk's folded patterns with the throughput
# example, runs the example on the corpus, then the peers.
set -euo pipefail

corpus=${1:-}
passes=${2:-3}
if [[ -z "$corpus" || ! -f "$corpus" ]]; then
    echo "usage: benches/peers/run.sh CORPUS.jsonl [PASSES]  (corpus missing: '${corpus}')" >&2
    exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
venv="$root/target/peers-venv"
python=${PYTHON:-python3}

if [[ ! -x "$venv/bin/python" ]]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check flashtext pyahocorasick

cd "$root"
cargo build --release --quiet --example throughput
patterns="$root/target/peers-patterns.txt"
log="$root/target/peers-georisk.txt"
./target/release/examples/throughput "$corpus" --passes "$passes" --dump-patterns "$patterns" | tee "$log"
georisk_line=$(grep '^throughput: ' "$log" | tail -n 1)
echo
"$venv/bin/python" "$root/benches/peers/peers.py" --patterns "$patterns" --corpus "$corpus" \
    --passes "$passes" --georisk "$georisk_line"
