"""The Python package against the CLI: same reports, same errors, your own knowledge."""

import gc
import json
import pickle
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from articles import corpus
from conftest import SAMPLES, run

import georisk

CATTLE = "@signal conflict\nl.raid cat=armed_clash w=3 : cattle raid | cattle raids\n"


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_report_equals_cli(cli, sample: Path):
    expected = json.loads(run(cli, ["score", "--format", "json", str(sample)]))
    assert georisk.score(sample.read_text(encoding="utf-8")) == expected


def test_generated_reports_equal_cli_jsonl(cli):
    items = corpus(1000)
    # Bad items among them: no text, a field of the wrong type.
    items[10] = {"id": "no-text", "published": "2025-01-07"}
    items[20] = {"id": 20, "title": ["not", "a", "string"]}
    stdin = "".join(json.dumps(item) + "\n" for item in items).encode()
    expected = [json.loads(line) for line in run(cli, ["score", "--jsonl"], stdin).splitlines()]
    got = georisk.Scorer().score_many(items)
    assert len(got) == len(expected) == 1000
    # Error lines: same id; the messages are worded by each front end.
    errors = [(g["id"], e["id"]) for g, e in zip(got, expected) if "error" in g or "error" in e]
    assert errors == [("no-text", "no-text"), (20, 20)]
    assert "field 'title'" in got[20]["error"] and "field 'title'" in expected[20]["error"]
    assert [g for g in got if "error" not in g] == [e for e in expected if "error" not in e]


# Dicts are read field by field: every field and id kind, as the CLI reads its JSON.
DICTS = [
    {"id": 7, "title": "Rebels seize a mine", "body": "M23 rebels seized the coltan mines of Rubaya."},
    {"id": 1e16, "summary": "Troops massed near Goma.", "text": "Fighting flared in North Kivu."},
    {"id": "café-ñ", "title": "Combats à Goma", "body": None, "text": "Des rebelles ont attaqué Goma."},
    {"id": 'x\n\u0001"y', "body": "Sudan's army shelled El Fasher.", "published": "2025-03-12"},
    {"title": "Lithium deal", "tags": "CHILE, LITHIUM, ", "categories": ["Mining", " "]},
    {"id": None, "title": "Coup in Niger", "tags": ("NIGER", "SAHEL"), "author": "A", "source": "wire"},
    {"id": "nulls", "title": None, "summary": None, "body": None, "tags": None, "published": None},
    {"id": -3, "body": "", "title": "  ", "extra": {"ignored": [1, 2]}},
]


def test_dict_fields_equal_cli(cli):
    stdin = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in DICTS).encode()
    lines = run(cli, ["score", "--jsonl"], stdin).splitlines()
    scorer = georisk.Scorer()
    assert scorer.score_many(DICTS, as_json=True) == lines, "the CLI's lines, byte for byte"
    assert scorer.score_many(DICTS) == [json.loads(line) for line in lines]
    assert [list(scorer.score(item)) for item in DICTS] == [list(json.loads(line)) for line in lines]


@pytest.mark.parametrize(
    "name, item, message, id",
    [
        ("title not a str", {"id": "a", "title": 3}, "field 'title': expected a str, found int", "a"),
        (
            "tags holding a number",
            {"id": 5, "body": "x", "tags": ["DRC", 4]},
            "field 'tags': expected a str or a list of str, found a list holding int",
            5,
        ),
        (
            "published a date",
            {"id": "a", "body": "x", "published": date(2025, 1, 6)},
            "field 'published': expected a str, found date",
            "a",
        ),
        ("id a bool", {"id": True, "body": "x"}, "field 'id': expected a str or a number, found bool", None),
        (
            "id NaN",
            {"id": float("nan"), "body": "x"},
            "field 'id': expected a str or a number, found NaN",
            None,
        ),
        ("no text field", {"id": "a", "tags": "DRC"}, "article has no text", "a"),
        (
            "a lone surrogate",
            {"id": "s", "title": "\ud800"},
            "field 'title': expected a str, found a str with a lone surrogate",
            "s",
        ),
    ],
)
def test_bad_dict_fields_are_named(name, item, message, id):
    with pytest.raises(georisk.ArticleError) as caught:
        georisk.score(item)
    assert message in str(caught.value), name
    error = {"id": id, "error": str(caught.value)}
    scorer = georisk.Scorer()
    assert scorer.score_many([item]) == [error]
    assert [json.loads(line) for line in scorer.score_many([item], as_json=True)] == [error]


@pytest.mark.parametrize("enabled", [True, False], ids=["gc-on", "gc-off"])
def test_score_many_leaves_the_garbage_collector_as_it_was(enabled):
    """The collector is paused while reports are built, and resumed if it ran,
    even when an item fails (here the first of a second chunk)."""
    items = ["Fighting near Goma."] * 1024 + [42]
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(georisk.Scorer().score_many(items[:3])) == 3
        assert gc.isenabled() == enabled
        with pytest.raises(TypeError, match="not int"):
            georisk.Scorer().score_many(items)
        assert gc.isenabled() == enabled
    finally:
        gc.enable() if was else gc.disable()


def test_reports_with_gpr_equal_cli(cli):
    items = corpus(50, seed=5)
    stdin = "".join(json.dumps(item) + "\n" for item in items).encode()
    expected = [
        json.loads(line) for line in run(cli, ["score", "--jsonl", "--gpr", "soft"], stdin).splitlines()
    ]
    assert any("gpr" in report for report in expected)
    assert georisk.Scorer(gpr="soft").score_many(items) == expected


@pytest.mark.parametrize(
    "threads, as_json",
    [(1, False), (2, False), (None, False), (2, True)],
    ids=["one-thread", "two-threads", "all-cores", "json-strings"],
)
def test_score_many_equals_score(threads, as_json):
    items = corpus(200, seed=7)
    scorer = georisk.Scorer()
    got = scorer.score_many(items, threads=threads, as_json=as_json)
    if as_json:
        got = [json.loads(line) for line in got]
    assert got == [scorer.score(item) for item in items]


@pytest.mark.parametrize(
    "name, make, text, term",
    [
        ("mapping", lambda tmp: {"local.lex": CATTLE}, "Cattle raids in Jonglei", "cattle raids"),
        ("path", lambda tmp: [_write(tmp / "pastoral.lex", CATTLE)], "A cattle raid near Bor", "cattle raid"),
        (
            "str path",
            lambda tmp: [str(_write(tmp / "p.lex", CATTLE))],
            "Cattle raids in Jonglei",
            "cattle raids",
        ),
    ],
)
def test_custom_lexicons(tmp_path, name, make, text, term):
    scorer = georisk.Scorer(lexicons=make(tmp_path))
    report = scorer.score(text)
    default = georisk.score(text)
    assert not any(e["term"] == term for e in default["evidence"]), name
    assert any(e["term"] == term for e in report["evidence"])
    assert report["signals"]["conflict"]["score"] > default["signals"]["conflict"]["score"]
    assert report["ruleset"] == scorer.ruleset != georisk.Scorer().ruleset


def test_a_mapping_replaces_the_embedded_lexicon_of_its_name():
    scorer = georisk.Scorer(lexicons={"conflict.lex": CATTLE})
    terms = [e["term"] for e in scorer.score("Heavy fighting, then a cattle raid.")["evidence"]]
    assert terms == ["cattle raid"]
    assert "heavy fighting" in [
        e["term"] for e in georisk.score("Heavy fighting, then a cattle raid.")["evidence"]
    ]


def test_gpr_mode_adds_the_assessment():
    report = georisk.Scorer(gpr="hard").score("The threat of war grew as troops massed.")
    assert report["gpr"]["flag"] and report["gpr"]["threat"]
    assert "gpr" not in georisk.score("The threat of war grew as troops massed.")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name, kwargs, file, line, reason",
    [
        (
            "bad weight in a mapping",
            lambda tmp: {"lexicons": {"mine.lex": "@signal conflict\nclash cat=armed_clash w=-1 : clash\n"}},
            "mine.lex",
            2,
            "weight must be a number in (0, 10], found '-1'",
        ),
        (
            "unknown statement in a lexicon file",
            lambda tmp: {"lexicons": [_write(tmp / "bad.lex", "@signal conflict\n\n@frobnicate x\n")]},
            "{tmp}/bad.lex",
            3,
            "unknown statement",
        ),
        (
            "bad rules file",
            lambda tmp: {"rules": _write(tmp / "my.rules", "@version 1\nnonsense here\n")},
            "{tmp}/my.rules",
            2,
            "unknown statement 'nonsense'",
        ),
    ],
)
def test_bad_knowledge_raises_with_file_and_line(tmp_path, name, kwargs, file, line, reason):
    with pytest.raises(georisk.BuildError) as caught:
        georisk.Scorer(**kwargs(tmp_path))
    error = caught.value
    assert isinstance(error, ValueError), name
    assert error.file == file.format(tmp=tmp_path)
    assert error.line == line
    assert reason in error.reason
    assert str(error) == f"{error.file}:{error.line}: {error.reason}"


@pytest.mark.parametrize("detail", ["scores", "spans", "full"])
def test_detail_levels_equal_cli(cli, detail):
    items = corpus(200) + DICTS
    stdin = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode()
    lines = run(cli, ["score", "--jsonl", "--detail", detail], stdin).splitlines()
    scorer = georisk.Scorer()
    assert scorer.score_many(items, as_json=True, detail=detail) == lines, "the CLI's lines, byte for byte"
    assert scorer.score_many(items, detail=detail) == [json.loads(line) for line in lines]
    assert [scorer.score(item, detail) for item in items[:20]] == [json.loads(line) for line in lines[:20]]
    text = SAMPLES[0].read_text(encoding="utf-8")
    expected = json.loads(run(cli, ["score", "--format", "json", "--detail", detail, str(SAMPLES[0])]))
    assert georisk.score(text, detail=detail) == expected


def test_scores_detail_keeps_what_an_index_needs():
    item = {"id": "d", "title": "Rwanda-backed M23 rebels seize coltan mines in North Kivu"}
    full, lean = georisk.score(item), georisk.score(item, detail="scores")
    assert (lean["score"], lean["level"], lean["relations"] != []) == (full["score"], full["level"], True)
    assert "evidence" not in lean and full["evidence"]


@pytest.mark.parametrize("call", ["score", "score_many", "module"])
def test_unknown_detail_is_a_value_error(call):
    scorer = georisk.Scorer()
    run_call = {
        "score": lambda: scorer.score("text", "everything"),
        "score_many": lambda: scorer.score_many(["text"], detail="everything"),
        "module": lambda: georisk.score("text", detail="everything"),
    }[call]
    with pytest.raises(ValueError, match="'scores', 'spans' or 'full', found 'everything'"):
        run_call()


@pytest.mark.parametrize(
    "name, kwargs, exception",
    [
        ("missing file", {"lexicons": ["/nonexistent/x.lex"]}, OSError),
        ("unknown GPR mode", {"gpr": "medium"}, ValueError),
        ("lexicon name not a str", {"lexicons": {1: CATTLE}}, TypeError),
    ],
)
def test_bad_arguments(name, kwargs, exception):
    with pytest.raises(exception):
        georisk.Scorer(**kwargs)


@pytest.mark.parametrize(
    "name, item, exception, message",
    [
        ("no text", {"id": "a"}, georisk.ArticleError, "no text"),
        ("wrong type", {"title": 3}, georisk.ArticleError, "field 'title'"),
        ("neither str nor dict", 42, TypeError, "not int"),
    ],
)
def test_bad_articles_raise(name, item, exception, message):
    with pytest.raises(exception, match=message):
        georisk.score(item)


def test_pickled_scorer_keeps_its_knowledge():
    scorer = georisk.Scorer(lexicons={"local.lex": CATTLE}, gpr="soft")
    copy = pickle.loads(pickle.dumps(scorer))
    assert copy.ruleset == scorer.ruleset
    assert copy.score("Cattle raids in Jonglei") == scorer.score("Cattle raids in Jonglei")
    assert pickle.loads(pickle.dumps(scorer)) is copy, "a process compiles each knowledge base once"


def test_score_many_releases_the_gil():
    """While one thread scores, another keeps running Python code."""
    items = [item["title"] + "\n\n" + item["body"] * 8 for item in corpus(2000, seed=3)]
    scorer = georisk.Scorer()
    start = time.perf_counter()
    scorer.score_many(items, threads=1, as_json=True)
    alone = time.perf_counter() - start
    worker = threading.Thread(target=scorer.score_many, args=(items,), kwargs={"threads": 1, "as_json": True})
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    longest_pause = max(b - a for a, b in zip(ticks, ticks[1:]))
    assert longest_pause < alone / 2, (longest_pause, alone)
