"""Handouts: the PDF a teacher prints, and the timeline pictures at the size they asked for."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QMenu

from ally_explorer.core.errors import NotFoundError
from ally_explorer.ui import export, export_menu

OFFSCREEN = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def norm(text: str) -> str:
    """Runs of whitespace as one space, ligature glyphs as letters (as a reader would search)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_pages(path) -> list[str]:
    return [norm(page.extract_text()) for page in PdfReader(str(path)).pages]


def article_title(store) -> str:
    return norm(store.source("article").title)


def assert_numbered_on_every_page(pages: list[str]) -> None:
    total = len(pages)
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in text


# -- PDF ------------------------------------------------------------------------------------


def test_pdf_for_one_country_has_its_quotes_citations_and_sources(store, tmp_path, qapp):
    out = tmp_path / "prk.pdf"
    count = export.export_pdf(store, out, country_id="PRK")
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert count == len(pages) > 1
    assert_numbered_on_every_page(pages)
    assert "very dangerous" in text and "it opens a new page of this war" in text
    assert "— Volodymyr Zelensky" in text and "Ukraine’s President · Soon after [June 2024]" in text  # who, role, when
    assert "[1]" in text
    assert "Sources" in pages[-1] and article_title(store) in pages[-1]
    assert "North Korea" in pages[0] and article_title(store) in pages[0]  # the title page
    assert "Belarus" not in pages[0]  # only the country asked for


def test_pdf_lists_the_country_events_in_date_order(store, tmp_path, qapp):
    out = tmp_path / "chn.pdf"
    export.export_pdf(store, out, country_id="CHN")
    body = " ".join(pdf_pages(out)[2:])  # after the title page and the timeline
    events = store.events(country_id="CHN")
    assert len(events) > 5
    positions = [body.find(norm(e.title)) for e in events]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_pdf_for_all_countries_quotes_every_statement(store, tmp_path, qapp):
    out = tmp_path / "all.pdf"
    count = export.export_pdf(store, out)
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert count == len(pages)
    assert_numbered_on_every_page(pages)
    focus = [c for c in store.all_countries() if c.focus]
    assert len(pages) >= 2 + len(focus)  # title, timeline, then each country on its own pages
    for country in focus:
        assert country.name in pages[0]
    for statement in store.statements():
        assert norm(statement.text) in text
    assert "very dangerous" in text and "[1]" in text and "Sources" in text and article_title(store) in text


def test_pdf_refuses_an_unknown_country_and_writes_nothing(store, tmp_path, qapp):
    out = tmp_path / "xxx.pdf"
    with pytest.raises(NotFoundError):
        export.export_pdf(store, out, country_id="XXX")
    assert not out.exists()


def test_pdf_into_a_missing_folder_says_so(store, tmp_path, qapp):
    with pytest.raises(OSError, match="could not write"):
        export.export_pdf(store, tmp_path / "missing" / "h.pdf", country_id="PRK")


def test_an_empty_database_still_gives_a_handout_and_a_picture(empty_store, tmp_path, qapp):
    assert export.export_pdf(empty_store, tmp_path / "empty.pdf") == len(pdf_pages(tmp_path / "empty.pdf"))
    export.export_timeline_png(empty_store, tmp_path / "empty.png", size=(640, 400))
    assert QImage(str(tmp_path / "empty.png")).width() == 640


# -- pictures -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(800, 600), (1920, 1080), (3000, 1600)])
def test_png_has_exactly_the_requested_size(store, tmp_path, qapp, size):
    out = tmp_path / "timeline.png"
    export.export_timeline_png(store, out, size=size)
    image = QImage(str(out))
    assert (image.width(), image.height()) == size


def as_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(np.int16)


def test_a_bigger_png_is_the_same_picture_drawn_sharper(store, qapp):
    """Twice the pixels gives the same layout at twice the resolution, not smaller text."""
    small = export.timeline_image(store, (1500, 850), country_id="PRK")
    big = export.timeline_image(store, (3000, 1700), country_id="PRK")
    shrunk = big.scaled(1500, 850, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    same_layout = np.abs(as_array(shrunk) - as_array(small)).mean()
    # What a plain bigger canvas would give: the same text size, so more room and other labels.
    canvas = QImage(3000, 1700, QImage.Format.Format_RGB32)
    painter = QPainter(canvas)
    export.paint_timeline(painter, QRectF(0, 0, 3000, 1700), store, country_id="PRK", scale=1.0)
    painter.end()
    canvas = canvas.scaled(1500, 850, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    other = np.abs(as_array(canvas) - as_array(small)).mean()
    assert same_layout < 0.5 * other
    # Sharp, not blurred up: dark text and edge pixels keep their share (an upscale greys them).
    dark_small = (as_array(small).sum(axis=2) < 150).mean()
    dark_big = (as_array(big).sum(axis=2) < 150).mean()
    assert dark_big > 0.8 * dark_small


def test_png_shows_lane_names_markers_and_the_highlighted_country(store, tmp_path, qapp):
    out = tmp_path / "prk.png"
    export.export_timeline_png(store, out, size=(1600, 900), country_id="PRK")
    pixels = as_array(QImage(str(out)))
    military = np.array([0xD5, 0x5E, 0x00])  # the military markers' colour (Okabe–Ito vermillion)
    assert (np.abs(pixels - military).sum(axis=2) < 30).sum() > 200


def test_svg_declares_the_requested_size_and_is_drawn_with_text(store, tmp_path, qapp):
    out = tmp_path / "timeline.svg"
    export.export_timeline_svg(store, out, size=(1600, 900), country_id="PRK")
    root = ET.parse(out).getroot()
    assert (root.get("width"), root.get("height")) == ("1600", "900")
    assert root.get("viewBox") == "0 0 1600 900"
    ns = {"svg": "http://www.w3.org/2000/svg"}
    words = " ".join("".join(t.itertext()) for t in root.iter(f"{{{ns['svg']}}}text"))
    assert "North Korea" in words and "Belarus" in words and "2024" in words  # lanes and date axis
    assert "North Korea and Russia" in root.find("svg:title", ns).text
    assert root.find(".//svg:image", ns) is None  # vector shapes, no embedded bitmap


# -- command line ---------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ally_explorer", "export", *args],
                          capture_output=True, text=True, timeout=120, env=OFFSCREEN)


def test_cli_writes_a_pdf_handout_for_a_country(db_path, tmp_path):
    out = tmp_path / "prk.pdf"
    result = run_cli("--pdf", str(out), "--country", "PRK", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    assert len(pages) > 1 and "very dangerous" in " ".join(pages)
    assert f"({len(pages)} pages)" in result.stdout


def test_cli_writes_png_and_svg_at_the_given_size(db_path, tmp_path):
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert run_cli("--png", str(png), "--size", "1280x720", "--db", str(db_path)).returncode == 0
    assert run_cli("--svg", str(svg), "--size", "1000x600", "--country", "HUN", "--db", str(db_path)).returncode == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)
    root = ET.parse(svg).getroot()
    assert (root.get("width"), root.get("height")) == ("1000", "600")


def test_cli_refuses_an_unknown_country_in_one_line(db_path, tmp_path):
    out = tmp_path / "x.pdf"
    result = run_cli("--pdf", str(out), "--country", "XXX", "--db", str(db_path))
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "XXX" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_refuses_an_unwritable_path_in_one_line(db_path, tmp_path):
    result = run_cli("--png", str(tmp_path / "no such folder" / "t.png"), "--db", str(db_path))
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "could not write" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_json_export_still_runs_without_qt(db_path, tmp_path):
    code = (
        "import sys; from ally_explorer.ui.cli import main;"
        f"rc = main(['export', '--json', {str(tmp_path / 'all.json')!r}, '--db', {str(db_path)!r}]);"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')];"
        "print(bad); sys.exit(rc or (1 if bad else 0))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_data_exports_run_without_qt_and_a_csv_folder_imports_back(db_path, tmp_path):
    """The data exports (--csv --excel, --toml, --timelinejs) and a CSV import never start Qt."""
    out = tmp_path / "out"
    code = (
        "import sys; from ally_explorer.ui.cli import main;"
        f"db, out = {str(db_path)!r}, {str(out)!r};"
        "rc = main(['export', '--csv', out + '/csv', '--excel', '--db', db])"
        " or main(['export', '--toml', out + '/toml', '--db', db])"
        " or main(['export', '--timelinejs', out + '/tl.json', '--country', 'prk', '--db', db])"
        " or main(['import', out + '/csv', '--db', out + '/back.db']);"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')];"
        "print(bad); sys.exit(rc or (1 if bad else 0))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "csv" / "tours.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (out / "toml" / "countries" / "PRK.toml").exists()
    import json

    assert "eras" in json.loads((out / "tl.json").read_text(encoding="utf-8"))
    import sqlite3

    events = sqlite3.connect(db_path).execute("SELECT count(*) FROM events").fetchone()[0]
    assert "imported" in result.stdout and f"{events} events" in result.stdout


def test_cli_import_of_a_broken_csv_folder_is_one_line_per_problem(db_path, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "events.csv").write_text('"id","title"\r\n1,"unterminated\r\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ally_explorer", "import", str(folder), "--db", str(tmp_path / "x.db")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1 and "events.csv line 2" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


# -- menu actions ---------------------------------------------------------------------------


def test_export_actions_go_into_a_menu(window):
    menu = QMenu(window)
    actions = export_menu.export_actions(window.state, window, menu)
    assert [a.text() for a in actions] == ["Export Timeline as &PNG…", "Export Timeline as &SVG…", "Export &Handout (PDF)…"]
    assert menu.actions() == actions


def test_png_action_asks_for_a_size_then_a_file(window, tmp_path, monkeypatch):
    out = tmp_path / "chosen.png"
    monkeypatch.setattr(export.SizeDialog, "ask", classmethod(lambda cls, parent=None, size=None: (1024, 640)))
    monkeypatch.setattr(export_menu.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    png, _, _ = export_menu.export_actions(window.state, window)
    png.trigger()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    assert str(out) in window.statusBar().currentMessage()


def test_cancelling_the_size_prompt_writes_nothing(window, monkeypatch):
    asked = []
    monkeypatch.setattr(export.SizeDialog, "ask", classmethod(lambda cls, parent=None, size=None: None))
    monkeypatch.setattr(export_menu.QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    export_menu.export_actions(window.state, window)[0].trigger()
    assert asked == []


def test_pdf_action_exports_the_selected_country(window, tmp_path, monkeypatch):
    out = tmp_path / "handout.pdf"
    window.select_country("HUN")
    monkeypatch.setattr(export_menu.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    export_menu.export_actions(window.state, window)[2].trigger()
    pages = pdf_pages(out)
    assert "Hungary and Russia" in pages[0] and "Slovakia" not in pages[0]


def test_a_failed_export_warns_instead_of_crashing(window, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(export_menu.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "t.svg"), ""))
    monkeypatch.setattr(export_menu.QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    export_menu.export_actions(window.state, window)[1].trigger()
    assert len(warnings) == 1 and "could not write" in warnings[0]


def test_size_dialog_defaults_to_full_hd(qtbot):
    dialog = export.SizeDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (1920, 1080)
    dialog.width_box.setValue(3000)
    assert dialog.chosen() == (3000, 1080)
