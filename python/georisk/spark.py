"""Scoring Spark DataFrames with georisk, through ``mapInArrow``.

``score(df)`` adds the report's main fields as columns. Each Arrow batch
crosses into Rust as its string buffers; the reports come back as the
buffers of an Arrow string array, and the columns derived from them as one
JSON line per row, read by Arrow's JSON reader: no Python object per row.
The scorer is pickled as its sources and compiled once per Python worker
process.
"""

from typing import Iterator, List, Optional, Tuple

import pyarrow as pa
import pyarrow.compute as pc
from pyarrow import json as pa_json
from pyspark.sql import DataFrame
from pyspark.sql.pandas.types import from_arrow_schema
from pyspark.sql.types import StructType

import georisk
from georisk import Scorer

__all__ = ["COLUMNS", "score", "score_batch"]

_RELATION = pa.struct(
    [
        ("source", pa.string()),
        ("type", pa.string()),
        ("target", pa.string()),
        ("alleged", pa.bool_()),
        ("negated", pa.bool_()),
        ("points", pa.float64()),
    ]
)

#: The columns ``score`` adds, as Arrow types.
COLUMNS = pa.schema(
    [
        ("score", pa.float64()),
        ("level", pa.string()),
        ("conflict", pa.float64()),
        ("minerals", pa.float64()),
        ("foreign_involvement", pa.float64()),
        ("focus", pa.list_(pa.string())),
        ("foreign_powers", pa.list_(pa.string())),
        ("relations", pa.list_(_RELATION)),
        ("fingerprint", pa.string()),
        ("report", pa.string()),
        ("error", pa.string()),
    ]
)

# Rows scored at a time: Spark takes in one slice's columns while the next is
# scored. A whole batch at once (10,000 rows by default) left a core idle: 15%
# slower on the 32,817 articles of the corpus, local[2].
_SLICE = 2048

# The columns read from the JSON lines of `_score_arrow`; `report` comes as Arrow buffers.
_DERIVED = pa.schema([field for field in COLUMNS if field.name != "report"])


def score(
    df: DataFrame,
    text: str = "body",
    title: Optional[str] = "title",
    id: Optional[str] = "id",
    scorer: Optional[Scorer] = None,
    threads: int = 1,
    detail: str = "full",
) -> DataFrame:
    """Scores the articles of ``df`` and returns it with the report columns.

    ``text``, ``title`` and ``id`` name the columns read (any type, cast to
    strings; ``title=None`` or ``id=None`` when there is none). The columns
    added are ``score``, ``level``, ``conflict``, ``minerals``,
    ``foreign_involvement``, ``focus`` and ``foreign_powers`` (actor ids),
    ``relations`` (``source``, ``type``, ``target``, ``alleged``,
    ``negated``, ``points``), ``fingerprint`` (the 16-hex-digit near-duplicate
    key of ``georisk index``), ``report`` (the RiskReport as JSON) and
    ``error``: null, or why the row could not be scored (no text at all), in
    which case the other columns are null. No row is dropped; rows keep
    their order within each partition.

    ``scorer``: a ``georisk.Scorer`` with your own knowledge (default: the
    embedded one). ``threads``: threads per task; Spark already runs one
    task per core, hence 1. ``detail``: the ``report`` column's level,
    ``"scores"``, ``"spans"`` or ``"full"`` (the CLI's ``--detail``); the
    other columns are the same at every level, and an index needs no more
    than ``"spans"``.
    """
    if detail not in ("scores", "spans", "full"):
        raise ValueError(f"detail must be 'scores', 'spans' or 'full', found {detail!r}")
    for name in (text, title, id):
        if name is not None and name not in df.columns:
            raise ValueError(
                f"no column {name!r} in the DataFrame (columns: {df.columns}); pass None to skip it"
            )
    clash = [name for name in COLUMNS.names if name in df.columns]
    if clash:
        raise ValueError(f"the DataFrame already has the output columns {clash}")
    schema = StructType(df.schema.fields + from_arrow_schema(COLUMNS).fields)
    columns = (id, title, text)
    rows = _SLICE

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        worker = scorer if scorer is not None else georisk._default()
        for batch in batches:
            for start in range(0, batch.num_rows, rows):
                yield score_batch(worker, batch.slice(start, rows), *columns, threads=threads, detail=detail)

    return df.mapInArrow(run, schema)


def score_batch(
    scorer: Scorer,
    batch: pa.RecordBatch,
    id: Optional[str],
    title: Optional[str],
    text: str,
    threads: int = 1,
    detail: str = "full",
) -> pa.RecordBatch:
    """Scores one Arrow batch: ``batch`` with the columns of ``COLUMNS`` added.

    The body of ``score``, usable without Spark (pyarrow datasets, Ray...).
    """
    rows = batch.num_rows
    buffers = [None if name is None else _buffers(batch.column(name)) for name in (id, title, text)]
    if rows == 0:
        added = [pa.array([], type=field.type) for field in COLUMNS]
    else:
        lines, validity, offsets, data = scorer._score_arrow(*buffers, rows, threads, detail)
        derived = pa_json.read_json(
            pa.BufferReader(lines),
            read_options=pa_json.ReadOptions(use_threads=False, block_size=len(lines)),
            parse_options=pa_json.ParseOptions(explicit_schema=_DERIVED, unexpected_field_behavior="error"),
        )
        report = pa.Array.from_buffers(
            pa.string(),
            rows,
            [None if validity is None else pa.py_buffer(validity), pa.py_buffer(offsets), pa.py_buffer(data)],
        )
        added = [
            report if name == "report" else derived.column(name).combine_chunks() for name in COLUMNS.names
        ]
    arrays: List[pa.Array] = list(batch.columns) + added
    return pa.RecordBatch.from_arrays(arrays, schema=pa.schema(list(batch.schema) + list(COLUMNS)))


def _buffers(column: pa.Array) -> Tuple[Optional[bytes], bytes, bytes, int, int]:
    """``column`` cast to ``large_string``: its validity, offsets and data
    buffers as ``bytes``, its offset and its length."""
    strings = pc.cast(column, pa.large_string())
    validity, offsets, data = strings.buffers()
    return (
        None if validity is None else validity.to_pybytes(),
        offsets.to_pybytes(),
        b"" if data is None else data.to_pybytes(),
        strings.offset,
        len(strings),
    )
