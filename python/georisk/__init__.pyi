"""Type stubs of georisk: explainable geopolitical risk scores for news articles."""

import os
from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Union, overload

Article = Union[str, Dict[str, Any]]
"""Plain text or the aggregator layout (str), or the JSON fields (dict)."""

Report = Dict[str, Any]
"""A RiskReport as the CLI's JSON decodes (README: "Report format")."""

PathLike = Union[str, "os.PathLike[str]"]

Detail = Literal["scores", "spans", "full"]
"""How much of the report: scores, actors, relations and rules; plus evidence
spans; plus evidence text (the CLI's ``--detail``)."""

class BuildError(ValueError):
    """A lexicon or rules file could not be compiled."""

    file: str
    """The file at fault, as given: a path, or a name of the lexicons mapping."""
    line: int
    """The 1-based line at fault, or 0 for a problem of the whole file set."""
    reason: str
    """The problem, without file and line."""

class ArticleError(ValueError):
    """An article could not be read: a field of the wrong type (named), no text, or too large."""

class Scorer:
    """A compiled scorer: the embedded knowledge base plus your files.

    Picklable (as its sources); unpickling compiles it once per process.
    """

    def __init__(
        self,
        lexicons: Optional[Union[Mapping[str, str], Iterable[PathLike]]] = None,
        rules: Optional[PathLike] = None,
        gpr: Optional[Literal["soft", "hard"]] = None,
        gpr_rules: Optional[PathLike] = None,
    ) -> None:
        """Compiles the embedded knowledge base with your files.

        ``lexicons``: lexicon files to add, as paths (named by their path in
        errors), or a mapping of name to source text; a name of the
        embedded base (``conflict.lex``, ``actors/countries.lex``...)
        replaces that file. ``rules``: a rules file replacing
        ``data/scoring.rules``. ``gpr``: add the GPR-compatible assessment;
        ``gpr_rules``: replace ``data/gpr.rules``.

        Raises ``BuildError`` (with ``file`` and ``line``) for a bad file,
        ``OSError`` when a file cannot be read.
        """
    @property
    def ruleset(self) -> Dict[str, str]:
        """The ``version`` and ``hash`` of the knowledge, as in every report."""
    def score(self, item: Article, detail: Detail = "full") -> Report:
        """Scores one article at ``detail``; raises ``ArticleError`` for a
        bad dict, ``ValueError`` for an unknown ``detail``."""
    @overload
    def score_many(
        self,
        items: Iterable[Article],
        threads: Optional[int] = None,
        as_json: Literal[False] = False,
        detail: Detail = "full",
    ) -> List[Report]: ...
    @overload
    def score_many(
        self,
        items: Iterable[Article],
        threads: Optional[int],
        as_json: Literal[True],
        detail: Detail = "full",
    ) -> List[str]: ...
    @overload
    def score_many(
        self, items: Iterable[Article], *, as_json: Literal[True], detail: Detail = "full"
    ) -> List[str]: ...
    def score_many(
        self,
        items: Iterable[Article],
        threads: Optional[int] = None,
        as_json: bool = False,
        detail: Detail = "full",
    ) -> Union[List[Report], List[str]]:
        """Scores many articles on ``threads`` threads (default: all cores),
        with the GIL released, in input order.

        A bad item gives ``{"id": ..., "error": ...}`` in its place, as a
        failed line of ``georisk score --jsonl``. ``as_json=True`` returns
        the reports as JSON strings (no decoding: faster). ``detail``: as the
        CLI's ``--detail``; ``"scores"`` is the fastest.
        """

def score(item: Article, detail: Detail = "full") -> Report:
    """Scores one article with the embedded knowledge base."""
