"""data/AUDIT.md: every sentence of the article, in order, with what carries it."""

from __future__ import annotations

import re

from ally_explorer.db.build import read_dataset
from tests.conftest import DATA

ARTICLE = (DATA / "source-article.txt").read_text(encoding="utf-8")
AUDIT = (DATA / "AUDIT.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| (\d+) \| (.+) \| (.+) \|$")
TOKEN = re.compile(r"`([ESAF]\d+|[A-Z]{3})`")
TABLES = {"E": "events", "S": "statements", "A": "alignments", "F": "figures"}


def _rows() -> list[tuple[int, str, str]]:
    rows = []
    for line in AUDIT.splitlines():
        if m := ROW.match(line):
            rows.append((int(m[1]), m[2].replace("\\`", "`"), m[3]))
    return rows


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_audit_lists_every_sentence_of_the_article_in_order():
    rows = _rows()
    assert [n for n, _, _ in rows] == list(range(1, len(rows) + 1))
    assert _squeeze("".join(sentence for _, sentence, _ in rows)) == _squeeze(ARTICLE), (
        "the sentences in data/AUDIT.md, joined, are not the article: one is missing, moved or altered"
    )
    assert len(rows) > 100  # sentences, not paragraphs


def test_every_sentence_is_carried_by_an_entry_or_says_why_it_is_framing():
    for n, sentence, cell in _rows():
        framing = cell.startswith("framing, not a claim: ") and len(cell) > len("framing, not a claim: ") + 10
        assert framing or TOKEN.search(cell), f"sentence {n} has neither entries nor a reason: {sentence!r}"


def test_every_cited_entry_exists_and_every_entry_is_cited():
    data = read_dataset(DATA)
    existing = {f"{p}{e['id']}" for p, t in TABLES.items() for e in data[t]} | {c["id"] for c in data["countries"]}
    cited = {t for _, _, cell in _rows() for t in TOKEN.findall(cell)}
    assert cited - existing == set(), "AUDIT.md cites entries the dataset does not have (ids moved? rebuild and fix)"
    claims = {f"{p}{e['id']}" for p, t in TABLES.items() for e in data[t]}
    assert claims - cited == set(), "entries that no sentence of the article carries"


def test_an_entry_quoting_a_sentence_is_listed_with_it():
    """The excerpt is the evidence: a row that the excerpt quotes must name the entry."""
    data = read_dataset(DATA)
    rows = _rows()
    for p, table in TABLES.items():
        for e in data[table]:
            excerpt = e.get("excerpt") or ""
            quoted = [(n, cell) for n, sentence, cell in rows if len(sentence) > 20 and sentence in excerpt]
            for n, cell in quoted:
                assert f"`{p}{e['id']}`" in cell, f"{p}{e['id']} quotes sentence {n} but is not listed there"
