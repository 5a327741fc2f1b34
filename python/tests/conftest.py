"""Shared fixtures: the CLI binary, the repository's samples and a Spark session."""

import os
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "data" / "samples").glob("*.txt"))


@pytest.fixture(scope="session")
def cli() -> Path:
    """The `georisk` binary: $GEORISK_BIN, or the workspace's release build."""
    path = Path(os.environ.get("GEORISK_BIN", REPO / "target" / "release" / "georisk"))
    assert path.is_file(), (
        f"build the CLI first (cargo build --release -p georisk-cli) or set GEORISK_BIN: {path}"
    )
    return path


def run(cli: Path, args: List[str], stdin: bytes = b"") -> str:
    """Runs the CLI and returns its standard output; fails on exit status 2."""
    done = subprocess.run([str(cli), *args], input=stdin, capture_output=True, check=False)
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout.decode()


@pytest.fixture(scope="session")
def spark():
    """A local[2] Spark session (its JVM starts once for all tests)."""
    from pyspark.sql import SparkSession

    # The Python workers run this interpreter (with georisk and pyarrow).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("georisk-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
