"""Explainable geopolitical risk scores for news articles.

``georisk.score(item)`` scores one article with the embedded knowledge base
and returns its RiskReport as a dict: the same JSON as ``georisk score
--format json`` (see the README's "Report format"). ``georisk.Scorer``
compiles your own lexicons and rules once and scores many articles on all
cores with the GIL released. ``georisk.spark`` scores Spark DataFrames.

An article is a ``str`` (plain text, or the aggregator layout of tags,
title, summary and body) or a ``dict`` with the JSON fields of ``georisk
score --jsonl``: ``id``, ``title``, ``summary``, ``body`` (or ``text``),
``tags``, ``categories``, ``author``, ``source``, ``published``.
"""

from functools import lru_cache
from typing import Any, Dict, Optional, Tuple, Union

from georisk._native import ArticleError, BuildError, Scorer

__all__ = ["ArticleError", "BuildError", "Scorer", "score"]

_Source = Tuple[str, str]


@lru_cache(maxsize=None)
def _default() -> Scorer:
    """The scorer over the embedded knowledge base, compiled once per process."""
    return Scorer()


def score(item: Union[str, Dict[str, Any]], detail: str = "full") -> Dict[str, Any]:
    """Scores one article with the embedded knowledge base.

    ``detail``: ``"scores"`` (scores, actors, relations, rules),
    ``"spans"`` (plus evidence as spans) or ``"full"`` (plus evidence
    text), as the CLI's ``--detail``.

    Raises ``ArticleError`` for a dict that is not a valid article (no text,
    a field of the wrong type), ``ValueError`` for an unknown ``detail`` and
    ``TypeError`` for anything but a str or a dict.
    """
    return _default().score(item, detail)


@lru_cache(maxsize=16)
def _restore(
    lexicons: Tuple[_Source, ...],
    rules: Optional[_Source],
    gpr: Optional[str],
    gpr_rules: Optional[_Source],
) -> Scorer:
    """Unpickles a Scorer: each process compiles each knowledge base once."""
    return Scorer._from_sources(list(lexicons), rules, gpr, gpr_rules)
