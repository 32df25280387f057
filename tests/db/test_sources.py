"""Sources with their text: stored, anchored, searched, exported and imported; adding one from
each kind of file; bad files refused in one line with nothing written."""

from __future__ import annotations

import json

import pytest

from ally_explorer.core.errors import ValidationError
from ally_explorer.db.sources import (
    MAX_FILE_BYTES, SourceRefused, add_source, html_to_text, read_source_file,
)
from ally_explorer.db.store import Store
from ally_explorer.db.csv_tables import export_csv, import_csv
from ally_explorer.db.transfer import export_data, import_data
from tests.conftest import DATA

ARTICLE = (DATA / "source-article.txt").read_text(encoding="utf-8")
SAMPLE = (
    "Sample text written for the tests.\n"
    "In June 2024 the two governments reportedly signed a grain deal. "
    "The ministers met again in Baku. Nothing else was agreed."
)


def _count(store: Store, table: str, where: str = "1") -> int:
    return store._scalar(f"SELECT count(*) FROM {table} WHERE {where}")


def test_the_article_holds_its_text_verbatim_and_every_excerpt_is_anchored(store):
    article = store.source("article")
    assert article.text == ARTICLE.strip()  # verbatim; only the blank line at its ends is not kept
    assert article.licence
    passages = store.source_passages("article")
    cited = sum(_count(store, t, "excerpt IS NOT NULL AND excerpt <> ''")
                for t in ("events", "statements", "alignments", "figures"))
    assert len(passages) == cited > 50
    for p in passages:
        assert p.status == "exact"
    event = store.events()[0]
    p = next(p for p in passages if (p.kind, p.item_id) == ("event", event.id))
    assert article.text[p.start:p.end] == event.excerpt


def test_full_text_search_covers_source_texts(store):
    hits = store.conn.execute(
        "SELECT s.id FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid WHERE sources_fts MATCH ?",
        [store.fts_query("hegemonism")],
    ).fetchall()
    assert hits == [("article",)]


def test_an_excerpt_not_in_its_source_is_refused(store):
    event = store.events()[0]
    before = export_data(store)
    with pytest.raises(ValidationError) as e:
        store.update_event(event.id, excerpt="Words the article never wrote.")
    assert "word for word" in str(e.value)
    with pytest.raises(ValidationError):
        store.create_event(title="Invented", date_label="2025", category="political", confidence="confirmed",
                           countries=["BLR"], source_id="article", excerpt="Minsk never said this.")
    assert export_data(store) == before


def test_editing_the_text_moves_anchors_and_reports_the_lost(store):
    add_source(store, SAMPLE, title="A sample", published="2024-07", id="sample")
    kept = store.create_event(title="Grain deal", date_label="In June 2024", category="economic",
                              confidence="reported", attribution="Unnamed reports", countries=["BLR"],
                              source_id="sample", excerpt="the two governments reportedly signed a grain deal")
    gone = store.create_event(title="Baku meeting", date_label="2024", category="diplomatic",
                              confidence="confirmed", countries=["BLR"], source_id="sample",
                              excerpt="The ministers met again in Baku.")
    assert store.lost_anchors() == []
    edited = "An added first line.\n" + SAMPLE.replace("The ministers met again in Baku. ", "")
    store.update_source("sample", text=edited)
    passages = {p.item_id: p for p in store.source_passages("sample")}
    assert edited[passages[kept.entity_id].start:passages[kept.entity_id].end] == store.event(kept.entity_id).excerpt
    assert passages[kept.entity_id].status == "moved"
    assert gone.entity_id not in passages
    lost = store.lost_anchors()
    assert [(p.kind, p.item_id, p.title) for p in lost] == [("event", gone.entity_id, "The ministers met again in Baku.")]
    # The entry is still there, and still says what it said.
    assert store.event(gone.entity_id).excerpt == "The ministers met again in Baku."
    # ...and the Data quality tab lists it.
    from ally_explorer.db.claims import quality_issues

    assert \
        [(i.kind, i.id) for i in quality_issues(store) if i.check == "anchor_lost"] == [("event", gone.entity_id)]


def test_json_and_csv_carry_texts_and_anchors_exactly(store, tmp_path):
    add_source(store, SAMPLE, title="A sample", id="sample", licence="Written for the tests", author="Tests")
    store.create_event(title="Grain deal", date_label="In June 2024", category="economic",
                       confidence="reported", attribution="Unnamed reports", countries=["BLR"],
                       source_id="sample", excerpt="reportedly signed a grain deal")
    store.update_source("sample", text=SAMPLE.replace("reportedly signed a grain deal", "signed"))  # lose it
    data = export_data(store)
    assert any(a["status"] == "lost" for a in data["anchors"])
    for how in ("json", "csv"):
        with Store.open(tmp_path / f"{how}.db", create=True) as other:
            if how == "json":
                import_data(other, json.loads(json.dumps(data)), replace=True)
            else:
                export_csv(store, tmp_path / "csv")
                import_csv(other, tmp_path / "csv", replace=True)
            again = export_data(other)
            assert again["sources"] == data["sources"], how
            assert again["anchors"] == data["anchors"], how


def test_an_import_refuses_an_anchor_to_nothing(empty_store):
    with pytest.raises(Exception) as e:
        import_data(empty_store, {"anchors": [{"kind": "event", "item_id": 9, "source_id": "x", "quote": "q",
                                               "start": 0, "end": 1}]})
    assert "anchors[0]" in str(e.value)


# -- adding a source from a file -----------------------------------------------------------------

def test_a_txt_file_becomes_a_source(store, tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(SAMPLE.replace("\n", "\r\n").encode("utf-8"))
    text, _title = read_source_file(path)
    assert text.text == SAMPLE and text.encoding == "utf-8"
    add_source(store, text, title="Note", published="2024-07")
    assert store.source("note").text == SAMPLE


def test_a_markdown_file_becomes_a_source_with_its_heading_as_title(store, tmp_path):
    path = tmp_path / "brief.md"
    path.write_text("# A briefing\n\nBelarus *hosts* Russian nuclear weapons.\n", encoding="utf-8")
    text, title = read_source_file(path)
    assert title == "A briefing" and text.kind == "markdown"
    assert "Belarus *hosts* Russian nuclear weapons." in text.text


def test_an_html_page_loses_its_scripts_and_styles(store, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Minsk &amp; Moscow</title><style>p { color: red }</style>"
        "<script>alert('x')</script></head><body><h1>Minsk &amp; Moscow</h1>"
        "<p>The  treaty was\n signed.</p><script>var y = 1;</script><noscript>enable JS</noscript>"
        "<p>Second&nbsp;paragraph.</p></body></html>",
        encoding="utf-8",
    )
    text, title = read_source_file(path)
    assert title == "Minsk & Moscow"
    assert text.text == "Minsk & Moscow\nThe treaty was signed.\nSecond paragraph."
    change = add_source(store, text, title=title)
    assert store.source(change.entity_id).text == text.text


def test_a_cp1251_file_is_read_as_cyrillic(tmp_path):
    words = "Президент Беларуси подписал договор с Россией."
    path = tmp_path / "legacy.txt"
    path.write_bytes(words.encode("cp1251"))
    text, _ = read_source_file(path)
    assert text.text == words and text.encoding == "cp1251"
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + words.encode("utf-8"))
    assert read_source_file(bom)[0].text == words


@pytest.mark.parametrize("content, message", [
    (b"%PDF-1.7\n\x00\x01binary", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (bytes(range(256)) * 4, "binary"),
    ("Un café à Minsk".encode("latin-1"), "neither UTF-8"),  # not Cyrillic: "cafй" refused, not guessed
    (b"   \n\n ", "no readable text"),
])
def test_bad_files_are_refused_in_one_line_and_nothing_is_written(store, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    before = export_data(store)
    with pytest.raises(SourceRefused) as e:
        text, _ = read_source_file(path)
        add_source(store, text, title="Bad")
    assert message in str(e.value) and "\n" not in str(e.value)
    assert export_data(store) == before


def test_a_50_mb_text_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    with pytest.raises(SourceRefused) as e:
        read_source_file(path)
    assert "50 MB" in str(e.value) and f"{MAX_FILE_BYTES // 2**20} MB" in str(e.value)


def test_other_kinds_of_file_are_refused(tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(SourceRefused, match="only .txt, .md and .html"):
        read_source_file(path)


def test_html_reduction_keeps_entities_and_drops_comments():
    assert html_to_text("<p>a &lt;b&gt; <!-- hidden --> c</p>")[0] == "a <b> c"
