"""Spark local[2] over 4 partitions: the package, the pipe recipe and the index job."""

import json
import shlex
import sys
from pathlib import Path
from typing import Any, Dict, List

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from articles import corpus
from conftest import REPO, run

import georisk
import georisk.spark

sys.path.insert(0, str(REPO / "python" / "examples"))
import spark_index  # noqa: E402

SCHEMA = "id string, title string, body string"
BAD = [{"id": "bad-empty"}, {"id": "bad-null", "title": None, "body": None}]
ADDED = [
    "score",
    "level",
    "conflict",
    "minerals",
    "foreign_involvement",
    "focus",
    "foreign_powers",
    "relations",
]


def rows(count: int):
    """Generated articles (without dates) followed by rows with no text."""
    articles = [{k: item[k] for k in ("id", "title", "body")} for item in corpus(count)]
    return articles + [{"id": b["id"], "title": b.get("title"), "body": b.get("body")} for b in BAD]


def dataframe(spark, items, schema=SCHEMA):
    df = spark.createDataFrame(items, schema).repartition(4)
    assert df.rdd.getNumPartitions() == 4
    return df


def foreign_powers(report):
    """Actors in the foreign role, then the sources of non-negated relations."""
    found = [a["id"] for a in report["actors"] if a["role"] == "foreign"]
    for relation in report["relations"]:
        if not relation["negated"] and relation["source"] not in found:
            found.append(relation["source"])
    return found


def test_package_equals_sequential_scoring(spark):
    items = rows(400)
    scored = {row["id"]: row for row in georisk.spark.score(dataframe(spark, items)).collect()}
    assert len(scored) == len(items), "no row is dropped"
    scorer = georisk.Scorer()
    for item in items[: -len(BAD)]:
        row = scored[item["id"]]
        report = json.loads(row["report"])
        assert report == scorer.score(item)
        assert row["error"] is None
        assert (row["score"], row["level"]) == (report["score"], report["level"])
        signals = report["signals"]
        assert [row[s] for s in ("conflict", "minerals", "foreign_involvement")] == [
            signals[s]["score"] for s in ("conflict", "minerals", "foreign_involvement")
        ]
        assert row["focus"] == [a["id"] for a in report["actors"] if a["role"] == "focus"]
        assert row["foreign_powers"] == foreign_powers(report)
        keys = ("source", "type", "target", "alleged", "negated", "points")
        assert [r.asDict() for r in row["relations"]] == [
            {k: r[k] for k in keys} for r in report["relations"]
        ]
        assert len(row["fingerprint"]) == 16
    for bad in BAD:
        row = scored[bad["id"]]
        assert "no text" in row["error"]
        assert all(row[name] is None for name in ADDED + ["report", "fingerprint"])


@pytest.mark.parametrize("detail", ["scores", "spans"])
def test_report_column_at_a_lower_detail(spark, detail):
    items = rows(60)[: -len(BAD)]
    scored = georisk.spark.score(dataframe(spark, items), detail=detail).collect()
    full = {row["id"]: row for row in georisk.spark.score(dataframe(spark, items)).collect()}
    scorer = georisk.Scorer()
    for row in scored:
        item = next(i for i in items if i["id"] == row["id"])
        assert json.loads(row["report"]) == scorer.score(item, detail)
        same = ("score", "level", "conflict", "focus", "foreign_powers", "relations", "fingerprint")
        assert [row[c] for c in same] == [full[row["id"]][c] for c in same]
    with pytest.raises(ValueError, match="detail must be"):
        georisk.spark.score(dataframe(spark, items), detail="all")


def test_rows_keep_their_order_across_slices(spark, monkeypatch):
    """Batches are scored in slices (of 7 rows here): no row moves or is lost."""
    monkeypatch.setattr(georisk.spark, "_SLICE", 7)
    items = rows(100)
    scored = georisk.spark.score(spark.createDataFrame(items, SCHEMA)).collect()
    assert [row["id"] for row in scored] == [item["id"] for item in items]
    scorer = georisk.Scorer()
    for item, row in zip(items[: -len(BAD)], scored):
        assert json.loads(row["report"]) == scorer.score(item)


def test_some_reports_are_not_trivial(spark):
    """The generated corpus exercises every column (the equality above is not vacuous)."""
    out = georisk.spark.score(dataframe(spark, rows(400))).where("error is null")
    assert out.where("size(relations) > 0 and size(focus) > 0 and size(foreign_powers) > 0").count() > 20
    assert out.where("level in ('high', 'severe')").count() > 20
    assert out.where("level = 'low'").count() > 20


@pytest.mark.parametrize(
    "name, items, schema, kwargs, expected_id",
    [
        (
            "numeric ids",
            [{"n": 7, "text": "Rebels seized Rubaya."}],
            "n long, text string",
            {"text": "text", "title": None, "id": "n"},
            "7",
        ),
        (
            "no id column",
            [{"body": "Rebels seized Rubaya."}],
            "body string",
            {"title": None, "id": None},
            None,
        ),
    ],
)
def test_optional_and_typed_columns(spark, name, items, schema, kwargs, expected_id):
    row = georisk.spark.score(spark.createDataFrame(items, schema), **kwargs).first()
    assert json.loads(row["report"])["id"] == expected_id, name
    assert row["conflict"] > 0


@pytest.mark.parametrize(
    "name, schema, kwargs, message",
    [
        ("missing text column", "id string, text string", {}, "no column 'body'"),
        ("clashing output column", "id string, title string, body string, score double", {}, "already has"),
    ],
)
def test_bad_columns_raise(spark, name, schema, kwargs, message):
    with pytest.raises(ValueError, match=message):
        georisk.spark.score(spark.createDataFrame([], schema), **kwargs)


def test_custom_scorer_reaches_the_executors(spark):
    scorer = georisk.Scorer(
        lexicons={"local.lex": "@signal conflict\nl.raid cat=armed_clash w=3 : cattle raid\n"}
    )
    df = dataframe(
        spark, [{"id": str(i), "title": None, "body": "A cattle raid near Bor."} for i in range(8)]
    )
    reports = [json.loads(row["report"]) for row in georisk.spark.score(df, scorer=scorer).collect()]
    assert all(r["ruleset"] == scorer.ruleset for r in reports)
    assert all(any(e["term"] == "cattle raid" for e in r["evidence"]) for r in reports)


def test_pipe_recipe_agrees_with_the_package(spark, cli):
    items = rows(300)
    df = dataframe(spark, items)
    piped = (
        spark_index.json_lines(df)
        .pipe(f"{shlex.quote(str(cli))} score --jsonl --allow-errors")
        .map(json.loads)
        .collect()
    )
    packaged = {row["id"]: row for row in georisk.spark.score(df).collect()}
    assert len(piped) == len(items)
    for line in piped:
        row = packaged[line["id"]]
        if "error" in line:
            assert row["error"] is not None and row["report"] is None
        else:
            assert json.loads(row["report"]) == line


def write_corpus(path: Path, count: int) -> List[Dict[str, Any]]:
    """Writes generated articles as JSON lines; returns them."""
    items = corpus(count, seed=5)
    # Near-duplicates in other partitions: the index counts each once.
    items += [dict(items[i], id=f"dup{i}") for i in range(0, count, 97)]
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return items


@pytest.mark.parametrize("route, form", [("package", "jsonl"), ("pipe", "jsonl"), ("package", "parquet")])
def test_index_at_scale_equals_one_local_run(spark, cli, tmp_path, route, form):
    corpus_path = tmp_path / "corpus.jsonl"
    items = write_corpus(corpus_path, 600)
    local = tmp_path / "local"
    summary = run(cli, ["index", str(corpus_path), "--period", "week", "--out-dir", str(local)])
    assert "7 duplicates collapsed" in summary
    if form == "parquet":
        corpus_path = tmp_path / "corpus.parquet"
        pq.write_table(pa.Table.from_pylist(items), corpus_path)
    out = tmp_path / route
    args = [str(corpus_path), str(out), "--route", route, "--georisk", str(cli), "--partitions", "4"]
    spark_summary = spark_index.main(args)
    for name in ("series.json", "series.csv", "alerts.json"):
        assert (out / name).read_text() == (local / name).read_text(), name
    assert spark_summary == summary.replace(str(local), str(out))
