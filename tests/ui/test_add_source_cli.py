"""ally-explorer add-source: a file becomes a source; the bundled dataset is never changed in place."""

from __future__ import annotations

import hashlib

from ally_explorer import paths
from ally_explorer.db.store import Store
from ally_explorer.ui.cli import main


def test_add_source_stores_the_file_with_its_metadata(db_path, tmp_path, capsys):
    page = tmp_path / "wire.html"
    page.write_text("<title>Wire</title><script>x()</script><p>Minsk &amp; Moscow signed.</p>", encoding="utf-8")
    rc = main(["add-source", str(page), "--date", "2026-11", "--url", "https://example.org/wire",
               "--licence", "Sample", "--db", str(db_path)])
    assert rc == 0, capsys.readouterr().err
    with Store.open(db_path, readonly=True) as store:
        source = store.source("wire")
    assert (source.title, source.published, source.url, source.licence) == ("Wire", "2026-11", "https://example.org/wire", "Sample")
    assert source.text == "Wire\nMinsk & Moscow signed."


def test_add_source_refuses_a_binary_file_in_one_line(db_path, tmp_path, capsys):
    blob = tmp_path / "photo.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert main(["add-source", str(blob), "--title", "Photo", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "binary" in err and err.count("\n") == 1
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_add_source_writes_your_copy_and_never_the_bundled_dataset(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("ally_explorer.paths.user_data_dir", lambda: tmp_path / "user")
    bundled = paths.bundled_db()
    before = hashlib.sha256(bundled.read_bytes()).hexdigest()
    note = tmp_path / "note.md"
    note.write_text("# Class note\n\nA sample.", encoding="utf-8")
    assert main(["add-source", str(note)]) == 0  # no --db: your copy, made from the bundled data
    assert "your copy" in capsys.readouterr().err
    with Store.open(tmp_path / "user" / "allies.db", readonly=True) as store:
        assert store.source("class-note").text == "# Class note\n\nA sample."
    assert main(["add-source", str(note), "--db", str(bundled)]) == 1  # named: refused
    assert capsys.readouterr().err.count("\n") == 1
    assert hashlib.sha256(bundled.read_bytes()).hexdigest() == before
