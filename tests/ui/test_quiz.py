"""The quiz view a class answers (keys of a clicker, dragging into order), the worksheet PDF a
teacher prints, and the ways in: View ▸ Quiz, --quiz, export --worksheet."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from ally_explorer.core import quiz
from ally_explorer.core.filters import Filters
from ally_explorer.db.quizdata import make_questions
from ally_explorer.ui.quiz import QuizView
from ally_explorer.ui.quiz_worksheet import export_worksheet
from ally_explorer.ui.state import ExplorerState


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def view(qtbot, store):
    state = ExplorerState(store)
    v = QuizView(state, seed=2025)
    qtbot.addWidget(v)
    v.resize(1024, 768)
    v.show_quiz()
    qtbot.waitExposed(v)
    return v


def go_to(view, kind: str) -> quiz.Question:
    while view.questions[view.index].kind != kind:
        view.next()
    return view.questions[view.index]


def test_a_letter_chooses_and_enter_checks_then_goes_on(view, qtbot):
    q = go_to(view, quiz.SPEAKER)
    start = view.index
    wrong = next(i for i in range(len(q.choices)) if i != q.answer[0])
    qtbot.keyClick(view.check_button, Qt.Key.Key_A + wrong)
    assert view.choice_buttons[wrong].isChecked()
    qtbot.keyClick(view.check_button, Qt.Key.Key_Return)
    text = view.feedback.text()
    assert "Wrong." in text and q.choices[q.answer[0]].label in text
    assert "“" + q.text in view.text.text()
    # the entry, its source passage and how sure the source is
    assert "How sure: Confirmed" in text and "Source: As Putin shakes hands" in text
    qtbot.keyClick(view.check_button, Qt.Key.Key_Enter)  # checked: Enter goes on
    assert view.index == start + 1


def test_enter_before_choosing_asks_for_a_choice(view, qtbot):
    go_to(view, quiz.CONFIDENCE)
    qtbot.keyClick(view.check_button, Qt.Key.Key_Return)
    assert view.feedback.isVisible() and "Choose an answer first" in view.feedback.text()
    assert "score 0" in view.progress.text()


def test_the_right_letter_is_right_and_counts_in_the_score(view, qtbot):
    q = go_to(view, quiz.COUNTRY)
    qtbot.keyClick(view.check_button, Qt.Key.Key_A + q.answer[0])
    qtbot.keyClick(view.check_button, Qt.Key.Key_Return)
    assert "Right." in view.feedback.text()
    assert "score 1" in view.progress.text()
    assert "[country]" in view.text.text() + view.hint.text()  # the question stays masked; the answer names it
    assert "[country]" not in view.feedback.text()


def test_arrows_and_page_keys_walk_the_questions(view, qtbot):
    assert view.index == 0
    qtbot.keyClick(view.check_button, Qt.Key.Key_Right)
    qtbot.keyClick(view.check_button, Qt.Key.Key_PageDown)
    assert view.index == 2
    qtbot.keyClick(view.check_button, Qt.Key.Key_Left)
    assert view.index == 1
    qtbot.keyClick(view.check_button, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.check_button, Qt.Key.Key_PageUp)  # no question before the first
    assert view.index == 0
    assert "Question 1 of 8" in view.progress.text()


def test_the_seed_field_takes_digits_not_answers(view, qtbot):
    q = go_to(view, quiz.SPEAKER)
    view.seed_box.setFocus()
    qtbot.keyClick(view.seed_box, Qt.Key.Key_B)
    assert view.index == view.questions.index(q) and not any(b.isChecked() for b in view.choice_buttons)


def test_an_ordering_question_by_keyboard(view, qtbot):
    q = go_to(view, quiz.ORDER)
    assert view.order_list.isVisible() and not view.choice_buttons[0].isVisible()
    # Put the events in date order with letters and Alt+Up only: the earliest first.
    for place, letter in enumerate(q.answer):
        qtbot.keyClick(view.order_list, Qt.Key.Key_A + letter)
        for _ in range(view.order_list.currentRow() - place):
            qtbot.keyClick(view.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.order_list.order() == q.answer
    qtbot.keyClick(view.order_list, Qt.Key.Key_Return)
    assert "Right." in view.feedback.text()
    # after the answer the list shows each event's date
    assert "(" in view.order_list.item(0).text()


def test_a_dragged_order_is_the_answer_given(view, qtbot):
    """A drop inside the list moves its rows (rowsMoved): the order given is the list's."""
    from PySide6.QtCore import QModelIndex

    q = go_to(view, quiz.ORDER)
    model = view.order_list.model()
    for place, letter in enumerate(q.answer):  # drag each event up to its place
        row = view.order_list.order().index(letter)
        if row != place:
            assert model.moveRow(QModelIndex(), row, QModelIndex(), place)
    assert view.order_list.order() == q.answer
    view.check_button.click()
    assert "Right." in view.feedback.text()


def test_the_score_at_the_end(view, qtbot):
    for q in view.questions:
        answer = q.answer if q.kind == quiz.ORDER else q.answer[0]
        if q.kind == quiz.ORDER:
            view.order_list.fill(q, answer)
            view._on_order_moved()
        else:
            view.choose(answer)
        view.confirm()
        view.confirm()
    assert view.index == len(view.questions)
    assert view.prompt.text() == f"Score: {len(view.questions)} of {len(view.questions)}"
    assert "Seed 2025" in view.feedback.text()


def test_the_quiz_follows_the_filters_and_the_seed_repeats_it(view, store):
    view._state.set_filters(Filters(countries=frozenset({"PRK"}), confirmed_only=True))
    for q in view.questions:
        for kind, item_id in q.entries:
            entry = store.get(kind, item_id)
            assert entry.confidence == "confirmed"
    assert "confirmed" in view.scope.text() and "PRK" in view.scope.text()
    first = view.questions
    view.seed_box.setValue(99)
    view.new_button.click()
    assert view.questions != first
    view.seed_box.setValue(2025)
    view.new_button.click()
    assert view.questions == first


def test_filters_that_leave_nothing_say_so_and_print_no_worksheet(view, store, tmp_path):
    view._state.set_filters(Filters(date_from="1800-01-01", date_to="1800-12-31"))
    assert view.questions == []
    assert "No questions" in view.prompt.text()
    assert not view.choice_buttons[0].isVisible() and not view.check_button.isVisible()
    with pytest.raises(ValueError, match="no questions"):
        export_worksheet(store, tmp_path / "none.pdf", seed=1, filters=view._state.filters)
    assert not (tmp_path / "none.pdf").exists()


def test_an_edit_is_asked_about_until_an_answer_is_given(view, store):
    from ally_explorer.ui.state import Changes

    q = go_to(view, quiz.SPEAKER)
    statement = q.entries[0][1]
    store.update("statement", statement, text="drag the war into Europe")
    view._state.announce(Changes.of("statement", entity_id=statement))
    assert any(x.text == "drag the war into Europe" for x in view.questions)
    # once somebody answered, the quiz under way is kept as it was
    view.choose(view.questions[0].answer[0]) if view.questions[0].kind != quiz.ORDER else None
    view.confirm()
    kept = view.questions
    store.update("statement", statement, text="buffer zone and more")
    view._state.announce(Changes.of("statement", entity_id=statement))
    assert view.questions == kept


def test_presenting_makes_it_full_screen_and_larger(view, qtbot):
    before = view.text.font().pointSizeF()
    view._state.set_presenting(True)
    assert view.isFullScreen()
    assert view.text.font().pointSizeF() > before
    view._state.set_presenting(False)
    assert not view.isFullScreen()


def test_zoom_and_theme_are_followed(view, qtbot):
    q = go_to(view, quiz.SPEAKER)
    before = view.text.font().pointSizeF()
    view._state.set_zoom(2.0)
    assert view.text.font().pointSizeF() > before * 1.5
    view.choose(q.answer[0])
    view.confirm()
    view._state.set_theme("dark")
    assert "#7FD67F" in view.feedback.text()  # the verdict's colour reads on a dark background
    view._state.set_theme("light")
    assert "#1B6E2E" in view.feedback.text()
    view._state.set_zoom(1.0)


def _cut(view) -> list[str]:
    """Text the user cannot read whole: a choice wider than its button, a wrapped label shorter
    than its text, a part of the page out of reach of the scroll bar."""
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    problems = []
    for button in view.choice_buttons:
        if button.isVisible():
            room = button.contentsRect().width() - 24  # the style sheet's padding
            if QFontMetricsF(button.font()).horizontalAdvance(button.text()) > room:
                problems.append(f"choice cut: {button.text()}")
    for label in (view.prompt, view.text, view.hint, view.feedback, view.scope):
        if label.isVisible() and label.height() < label.heightForWidth(label.width()):
            problems.append(f"label cut: {label.text()[:40]}")
    body = view.scroll.widget()
    needed = body.heightForWidth(body.width()) if body.hasHeightForWidth() else body.sizeHint().height()
    if body.width() > view.scroll.viewport().width() + 1:
        problems.append("the page is wider than the window")
    if body.height() < needed - 1:
        problems.append("the page is taller than it scrolls")
    if view.order_list.isVisible() and view.order_list.verticalScrollBar().maximum() > 0:
        problems.append("the events' list hides some of them")
    return problems


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_no_question_or_answer_is_cut(view, size):
    view._state.set_presenting(size == (1280, 720))
    view.showNormal()  # offscreen "full screen" is 800 x 800: the projector's size instead
    view.resize(*size)
    for seed in (3, 14, 25):
        view.new_quiz(seed)
        for q in view.questions:
            assert _cut(view) == [], (seed, q.kind)
            view.choose(q.answer[0]) if q.kind != quiz.ORDER else None
            view.confirm()
            assert _cut(view) == [], (seed, q.kind, "answered")
            view.next()


def test_view_menu_opens_it_and_help_lists_its_keys(window, qtbot):
    from ally_explorer.ui.shortcuts_help import ShortcutsDialog

    assert window.quiz.act_quiz in window.view_menu.actions()
    window.quiz.act_quiz.trigger()
    assert window.quiz.view is not None and window.quiz.view.isVisible()
    assert window.quiz.view.questions == make_questions(window.store, window.filters, 1)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Quiz"] == "Ctrl+Shift+Q"
    assert rows["Quiz: choose an answer"] == "A, B, C, D"
    window.quiz.view.close()


def test_the_print_button_writes_the_worksheet_of_the_quiz_shown(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "class-a.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view = window.quiz.open(seed=42)
    with qtbot.waitSignal(window.state.message_posted) as posted:
        view.print_button.click()
    assert "class-a.pdf" in posted.args[0]
    text = " ".join(pdf_pages(out))
    assert "Seed 42" in text
    first = view.questions[0]
    assert norm(first.text or first.choices[0].label) in text
    view.close()


def test_quiz_on_the_command_line_starts_in_it(db_path, tmp_path, monkeypatch, qapp):
    from ally_explorer.ui import app, quiz as quiz_ui
    from ally_explorer.ui.cli import _gui_parser

    args = _gui_parser().parse_args(["--db", str(db_path), "--quiz", "--seed", "5", "--screenshot",
                                     str(tmp_path / "q.png"), "--size", "1280x720"])
    shot = {}
    real = quiz_ui.screenshot_quiz

    def capture(view, path, size):
        shot.update(view=view, seed=view.seed, visible=view.isVisible(), prompt=view.prompt.text())
        real(view, path, size)

    monkeypatch.setattr(quiz_ui, "screenshot_quiz", capture)
    assert app.run(args) == 0
    assert shot["seed"] == 5 and shot["visible"] and shot["prompt"]
    assert (tmp_path / "q.png").stat().st_size > 1000
    shot["view"].close()


# -- the worksheet ---------------------------------------------------------------------------


def pdf_pages(path) -> list[str]:
    return [norm(page.extract_text()) for page in PdfReader(str(path)).pages]


def test_the_worksheet_holds_every_question_then_the_key_on_its_own_pages(store, tmp_path, qapp):
    out = tmp_path / "w.pdf"
    pages = export_worksheet(store, out, seed=3)
    texts = pdf_pages(out)
    assert len(texts) == pages >= 2
    key_start = next(i for i, t in enumerate(texts) if t.startswith("Answer key"))
    assert key_start >= 1
    questions_part, key_part = " ".join(texts[:key_start]), " ".join(texts[key_start:])
    questions = make_questions(store, Filters(), 3)
    assert len(questions) == 8
    for n, q in enumerate(questions, start=1):
        assert f"{n}. " in questions_part
        if q.text:
            assert norm(q.text) in questions_part
        for letter, choice in zip(quiz.LETTERS, q.choices):
            assert norm(choice.label) in questions_part
        answer = ", ".join(q.right_letters) if q.kind == quiz.ORDER else f"{q.right_letters}: {q.choices[q.answer[0]].label}"
        assert f"{n}. {norm(answer)}" in key_part
        for kind, item_id in q.entries:  # each answer's citation: the passage it cites
            excerpt = store.get(kind, item_id).excerpt
            assert norm(excerpt)[:60] in key_part
    assert "Answer key" not in questions_part  # the key is not on the questions' pages
    assert key_part.count("Source: As Putin shakes hands with Modi, Xi") >= len(questions)
    assert out.read_bytes().startswith(b"%PDF-")


def test_the_worksheet_command(db_path, tmp_path, capsys, qapp):
    from ally_explorer.ui.cli import main

    out = tmp_path / "prk.pdf"
    assert main(["export", "--worksheet", str(out), "--seed", "4", "--country", "PRK", "--db", str(db_path)]) == 0
    assert "wrote" in capsys.readouterr().out
    text = " ".join(pdf_pages(out))
    assert "Seed 4" in text and "countries: PRK" in text


def test_a_worksheet_into_a_missing_folder_writes_nothing(store, tmp_path, qapp):
    with pytest.raises(OSError):
        export_worksheet(store, tmp_path / "missing" / "w.pdf", seed=1)
    assert not (tmp_path / "missing").exists()
