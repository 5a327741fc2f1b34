#!/usr/bin/env bash
# Tests of the Python package and the Spark recipes, from scratch: makes a
# fresh venv under target/ with pytest, ruff and PySpark, lints the Python
# code and the binding crate, builds the CLI, `pip install ./python`, and
# runs python/tests.
# Needs Python 3.11+ (PySpark 4.3) with venv, Java 17 and a Rust toolchain;
# PyPI and crates.io are fetched from. About 6 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
venv="$CARGO_TARGET_DIR/python-ci"
python="${PYTHON:-python3}"

echo "== python: venv $venv"
rm -rf "$venv"
if ! "$python" -m venv "$venv"; then
    # A system Python without its venv module (Debian's python3-venv).
    rm -rf "$venv"
    "$python" -m pip install --quiet --user --break-system-packages virtualenv ||
        "$python" -m pip install --quiet --user virtualenv
    "$python" -m virtualenv --quiet "$venv"
fi
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet maturin pytest ruff 'pyspark[sql]==4.3.0' 'pandas<3'

echo "== python: ruff"
"$venv/bin/ruff" check python
"$venv/bin/ruff" format --check python

echo "== python: cargo fmt and clippy of the binding crate"
cargo fmt --manifest-path python/Cargo.toml -- --check
PYO3_PYTHON="$venv/bin/python" cargo clippy --manifest-path python/Cargo.toml --all-targets -- -D warnings

echo "== python: the CLI (for the comparisons and the pipe recipe)"
cargo build --release -p georisk-cli

echo "== python: pip install ./python"
"$venv/bin/pip" install --quiet ./python

echo "== python: pytest python/tests (Spark local[2])"
GEORISK_BIN="$CARGO_TARGET_DIR/release/georisk" "$venv/bin/python" -m pytest -q python/tests "$@"
