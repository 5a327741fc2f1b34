"""georisk.spark.score_batch on Arrow batches, without Spark: buffers, slices, nulls."""

import json

import pyarrow as pa
import pytest
from articles import corpus

import georisk
from georisk.spark import COLUMNS, score_batch

ITEMS = [{k: item[k] for k in ("id", "title", "body")} for item in corpus(60, seed=11)]
for number in (3, 17):
    ITEMS[number]["title"] = None  # a null title: the body alone is scored
ITEMS[40] = {"id": "empty", "title": None, "body": None}


def batch(types):
    arrays = [pa.array([item[name] for item in ITEMS], type=types[name]) for name in ("id", "title", "body")]
    return pa.RecordBatch.from_arrays(arrays, names=["id", "title", "body"])


STRING = {"id": pa.string(), "title": pa.string(), "body": pa.string()}
LARGE = {"id": pa.large_string(), "title": pa.large_string(), "body": pa.large_string()}


@pytest.mark.parametrize(
    "name, make, expected",
    [
        ("whole batch", lambda: batch(STRING), ITEMS),
        ("large strings", lambda: batch(LARGE), ITEMS),
        ("slice with an offset", lambda: batch(STRING).slice(5, 40), ITEMS[5:45]),
        ("empty slice", lambda: batch(STRING).slice(10, 0), []),
    ],
)
def test_score_batch_equals_scoring_each_item(name, make, expected):
    scorer = georisk.Scorer()
    out = score_batch(scorer, make(), "id", "title", "body")
    assert out.schema.names == ["id", "title", "body"] + COLUMNS.names, name
    assert out.num_rows == len(expected)
    rows = out.to_pylist()
    for item, row in zip(expected, rows):
        article = {k: v for k, v in item.items() if v is not None}
        if item["id"] == "empty":
            assert "no text" in row["error"] and row["report"] is None and row["score"] is None
        else:
            assert row["error"] is None
            assert json.loads(row["report"]) == scorer.score(article)
            assert row["score"] == json.loads(row["report"])["score"]


def test_numeric_ids_are_cast_to_strings():
    ids = pa.array([7, None], type=pa.int64())
    bodies = pa.array(["Rebels seized Rubaya.", "Rebels seized Rubaya."])
    out = score_batch(
        georisk.Scorer(), pa.RecordBatch.from_arrays([ids, bodies], names=["n", "b"]), "n", None, "b"
    )
    assert [json.loads(r)["id"] for r in out.column("report").to_pylist()] == ["7", None]
