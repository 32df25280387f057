"""View ▸ Quiz: questions made from the data (``core.quiz``), one at a time, in a window of its
own that goes full screen and large while presenting. Its menu entries are ``quiz_menu.QuizController``,
which imports this module the first time a quiz or a worksheet is asked for.

Keys for a presenter's clicker as for a keyboard: A–F choose, Enter checks (and then goes on),
Left/Right or Page Up/Down go to the previous or next question, Alt+Up/Alt+Down move the
selected event of an ordering question (which can also be dragged). After each answer: right or
wrong, the entry, the passage of the source it cites and how sure the source is. The questions
follow the state's filters; the seed makes a quiz repeatable.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
                               QSpinBox, QVBoxLayout, QWidget)

from ..core import quiz
from ..core.errors import AllyError
from ..db.quizdata import Citation, citation, make_questions
from . import theme
from .i18n import translate
from .presentation import base_point_size
from .quiz_worksheet import choice_label, confidence_label
from .state import Changes, ExplorerState

#: Font sizes relative to the application's font (which zoom and presenting already scale).
TEXT_SCALE, CHOICE_SCALE, PROMPT_SCALE = 1.45, 1.2, 1.15
#: While presenting, the question's parts grow by this much more (the whole interface is zoomed already).
PRESENT_SCALE = 1.2
ID_ROLE = Qt.ItemDataRole.UserRole


def _scaled(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    font.setBold(bold)
    return font


class QuizView(QWidget):
    """The quiz window. Reads the state (store, filters, presenting); changes nothing in it."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None, *, seed: int = 1,
                 worksheet=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("quizView")
        self.setWindowTitle(self.tr("Quiz — Ally Explorer"))
        self._state = state
        self._worksheet = worksheet  # called with (seed) to print the worksheet
        self._seed = seed
        self._questions: list[quiz.Question] = []
        self._responses: dict[int, object] = {}
        self._checked: set[int] = set()
        self._index = 0
        self._stale = False
        self._build()
        state.filters_changed.connect(self._on_state_filters_changed)
        state.store_changed.connect(self._on_state_store_changed)
        state.data_changed.connect(self._on_state_data_changed)
        state.presenting_changed.connect(self._on_state_presenting_changed)
        state.zoom_changed.connect(self._on_state_looks_changed)
        state.theme_changed.connect(self._on_state_looks_changed)
        self.new_quiz(seed)
        self.resize(960, 700)

    # -- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        self.seed_box = QSpinBox(minimum=0, maximum=999_999, value=self._seed)
        self.seed_box.setObjectName("quizSeed")
        self.seed_box.setAccessibleName(self.tr("Seed"))
        self.seed_box.setToolTip(self.tr("The same seed gives the same quiz: give it to another class"))
        seed_label = QLabel(self.tr("&Seed:"))
        seed_label.setBuddy(self.seed_box)
        self.seed_box.lineEdit().returnPressed.connect(lambda: self.new_quiz(self.seed_box.value()))
        self.new_button = QPushButton(self.tr("&New Quiz"))
        self.new_button.setObjectName("quizNew")
        self.new_button.clicked.connect(lambda: self.new_quiz(self.seed_box.value()))
        self.print_button = QPushButton(self.tr("&Print Worksheet…"))
        self.print_button.setObjectName("quizPrint")
        self.print_button.setToolTip(self.tr("A PDF of these questions and, on its own pages, the answer key"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.print_button.setVisible(self._worksheet is not None)
        self.progress = QLabel()
        self.progress.setObjectName("quizProgress")
        self.scope = QLabel()
        self.scope.setObjectName("quizScope")
        self.scope.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(seed_label)
        top.addWidget(self.seed_box)
        top.addWidget(self.new_button)
        top.addWidget(self.print_button)

        self.prompt = QLabel()
        self.prompt.setObjectName("quizPrompt")
        self.prompt.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("quizText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("quizHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.choice_buttons: list[QPushButton] = []
        self.choice_box = QVBoxLayout()
        self.choice_box.setSpacing(6)
        for i in range(6):
            button = QPushButton()
            button.setObjectName(f"quizChoice{quiz.LETTERS[i]}")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setStyleSheet("QPushButton { text-align: left; padding: 6px 12px; }")
            button.clicked.connect(lambda _=False, n=i: self.choose(n))
            self.choice_buttons.append(button)
            self.choice_box.addWidget(button)
        self.order_list = _OrderList()
        self.order_list.setObjectName("quizOrder")
        self.order_list.setAccessibleName(self.tr("Events to put in date order"))
        self.order_list.moved.connect(self._on_order_moved)
        self.feedback = QLabel()
        self.feedback.setObjectName("quizFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.setFrameShape(QFrame.Shape.NoFrame)

        body = QWidget()
        body.setObjectName("quizBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 12, 24, 12)
        column.setSpacing(10)
        for widget in (self.scope, self.prompt, self.text, self.hint):
            column.addWidget(widget)
        column.addLayout(self.choice_box)
        column.addWidget(self.order_list)
        column.addWidget(self.feedback)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("quizScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)

        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.previous_button.setObjectName("quizPrevious")
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        self.previous_button.clicked.connect(self.previous)
        self.check_button = QPushButton(self.tr("&Check Answer"))
        self.check_button.setObjectName("quizCheck")
        self.check_button.clicked.connect(self.confirm)
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setObjectName("quizNext")
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.clicked.connect(self.next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.check_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        # The quiz keys wherever the focus is in the window, except in the seed field.
        for widget in [self, self.scroll, body, self.order_list, self.feedback, self.text, *self.choice_buttons,
                       self.previous_button, self.check_button, self.next_button, self.new_button, self.print_button]:
            widget.installEventFilter(self)
        self._update_fonts()

    # -- the quiz ------------------------------------------------------------------------------

    @property
    def questions(self) -> list[quiz.Question]:
        return list(self._questions)

    @property
    def index(self) -> int:
        return self._index

    @property
    def seed(self) -> int:
        return self._seed

    @property
    def score(self) -> int:
        return sum(1 for i in self._checked if self._questions[i].is_right(self._responses.get(i)))

    def new_quiz(self, seed: int | None = None) -> None:
        """Questions afresh from the store under the current filters."""
        if seed is not None:
            self._seed = int(seed)
        with _Blocked(self.seed_box):
            self.seed_box.setValue(self._seed)
        self._questions = make_questions(self._state.store, self._state.filters, self._seed)
        self._responses, self._checked, self._index, self._stale = {}, set(), 0, False
        self._show()

    def choose(self, n: int) -> None:
        """Pick choice ``n`` (a letter key, a click). An ordering question: select that event."""
        q = self._current()
        if q is not None and self._index in self._checked:
            self._update_choices()  # answered: a click changes nothing
            return
        if q is None or not 0 <= n < len(q.choices):
            return
        if q.kind == quiz.ORDER:
            rows = [self.order_list.item(r).data(ID_ROLE) for r in range(self.order_list.count())]
            self.order_list.setCurrentRow(rows.index(n))
            return
        self._responses[self._index] = n
        self._update_choices()

    def confirm(self) -> None:
        """Check the answer (Enter); once checked, Enter goes on to the next question."""
        q = self._current()
        if q is None:
            return
        if self._index in self._checked:
            self.next()
            return
        if q.kind == quiz.ORDER:
            self._responses[self._index] = self.order_list.order()
        if self._index not in self._responses:
            self.feedback.setText(html.escape(self.tr("Choose an answer first (keys A to D).")))
            self.feedback.setVisible(True)
            return
        self._checked.add(self._index)
        self._show()

    def next(self) -> None:
        if self._index < len(self._questions):
            self._index += 1
            self._show()

    def previous(self) -> None:
        if self._index > 0:
            self._index -= 1
            self._show()

    def move_selected(self, by: int) -> None:
        """Alt+Up/Alt+Down: move the selected event of an ordering question."""
        q = self._current()
        if q is not None and q.kind == quiz.ORDER and self._index not in self._checked:
            self.order_list.move_current(by)

    def _on_order_moved(self) -> None:
        if self._index in self._checked:  # the answer stands (dragging is off once checked)
            return
        self._responses[self._index] = self.order_list.order()

    def _current(self) -> quiz.Question | None:
        return self._questions[self._index] if 0 <= self._index < len(self._questions) else None

    # -- showing -------------------------------------------------------------------------------

    def _show(self) -> None:
        total = len(self._questions)
        self.scope.setText(self.tr("Questions from: {filters}").format(filters=self._state.filters.describe())
                           + ("  " + self.tr("(the filters changed: New Quiz uses them)") if self._stale else ""))
        q = self._current()
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < total)
        if q is None:
            self._show_end(total)
            return
        self.progress.setText(self.tr("Question {n} of {total} · score {score}").format(
            n=self._index + 1, total=total, score=self.score))
        self.prompt.setText(self._prompt(q))
        self.text.setText(self._subject(q))
        self.text.setVisible(bool(q.text))
        self.hint.setText(self._hint(q))
        self.hint.setVisible(bool(self.hint.text()))
        ordering = q.kind == quiz.ORDER
        self.order_list.setVisible(ordering)
        for i, button in enumerate(self.choice_buttons):
            shown = not ordering and i < len(q.choices)
            button.setVisible(shown)
            if shown:
                button.setText(f"{quiz.LETTERS[i]}   {choice_label(q, i)}")
                button.setAccessibleName(f"{quiz.LETTERS[i]}: {choice_label(q, i)}")
        if ordering and self._index in self._checked:  # the right order, with each event's date
            dates = {}
            for i, choice in enumerate(q.choices):
                try:
                    dates[i] = self._state.store.event(int(choice.key)).date_label
                except AllyError:
                    pass
            self.order_list.fill(q, q.answer, dates)
        elif ordering:
            self.order_list.fill(q, self._responses.get(self._index))
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if self._index in self._checked
                                        else QAbstractItemView.DragDropMode.InternalMove)
        self._update_choices()
        self.check_button.setVisible(True)
        self.check_button.setText(self.tr("&Next Question") if self._index in self._checked else self.tr("&Check Answer"))
        self.feedback.setText(self._feedback(q) if self._index in self._checked else "")
        self.feedback.setVisible(self._index in self._checked)
        self.scroll.verticalScrollBar().setValue(0)

    def _show_end(self, total: int) -> None:
        self.progress.setText(self.tr("End of the quiz"))
        for widget in (self.text, self.hint, self.order_list, *self.choice_buttons):
            widget.setVisible(False)
        self.check_button.setVisible(False)
        if not total:
            self.prompt.setText(self.tr("No questions: the filters leave too little to ask about. Clear some filters and press New Quiz."))
            self.feedback.setVisible(False)
            return
        self.prompt.setText(self.tr("Score: {score} of {total}").format(score=self.score, total=total))
        unanswered = total - len(self._checked)
        lines = [self.tr("Seed {seed}: the same seed gives the same questions again.").format(seed=self._seed)]
        if unanswered:
            lines.insert(0, translate("QuizView", "%n question(s) not answered.", "", unanswered))
        self.feedback.setText("<p>" + "</p><p>".join(html.escape(line) for line in lines) + "</p>")
        self.feedback.setVisible(True)

    def _prompt(self, q: quiz.Question) -> str:
        return {
            quiz.SPEAKER: self.tr("Who said this?"),
            quiz.ORDER: self.tr("Put these events in date order, earliest first."),
            quiz.COUNTRY: self.tr("Which country is this about?"),
            quiz.CONFIDENCE: self.tr("How sure is the source of this?"),
        }[q.kind]

    def _subject(self, q: quiz.Question) -> str:
        return f"“{q.text}”" if q.kind == quiz.SPEAKER else q.text

    def _hint(self, q: quiz.Question) -> str:
        if q.kind == quiz.ORDER:
            return self.tr("Drag them, or select one (A to F) and press Alt+Up or Alt+Down; Enter checks.")
        if q.kind == quiz.COUNTRY:
            return (q.hint + "\n" if q.hint else "") + self.tr("The country's names are masked as [country], its people's as [person].")
        if q.kind == quiz.SPEAKER and q.hint:
            return self.tr("Context: {context}").format(context=q.hint)
        return ""

    def _update_choices(self) -> None:
        q = self._current()
        chosen = self._responses.get(self._index)
        checked = self._index in self._checked
        for i, button in enumerate(self.choice_buttons):
            button.setAutoExclusive(False)
            button.setChecked(q is not None and q.kind != quiz.ORDER and chosen == i)
            button.setAutoExclusive(True)
            mark = ""
            font = button.font()
            font.setBold(checked and q is not None and q.kind != quiz.ORDER and i == q.answer[0])
            button.setFont(font)
            if checked and q is not None and i < len(q.choices) and q.kind != quiz.ORDER:
                if i == q.answer[0]:
                    mark = "  " + self.tr("(the answer)")
                elif i == chosen:
                    mark = "  " + self.tr("(your choice)")
                button.setText(f"{quiz.LETTERS[i]}   {choice_label(q, i)}{mark}")

    def _feedback(self, q: quiz.Question) -> str:
        store = self._state.store
        right = q.is_right(self._responses.get(self._index))
        good, bad = _verdict_colours(self._state.theme)
        if right:
            word = self.tr("Right.")
            verdict = f"<p style='color:{good}; font-weight:bold;'>{html.escape(word)}</p>"
        elif q.kind == quiz.ORDER:
            word = self.tr("Not in order.")
            line = self.tr("The order is {letters}.").format(letters=", ".join(q.right_letters))
            verdict = (f"<p style='color:{bad}; font-weight:bold;'>{html.escape(word)}</p>"
                       f"<p>{html.escape(line)}</p>")
        else:
            label = choice_label(q, q.answer[0])
            word = self.tr("Wrong.")
            line = self.tr("The answer is {letter}: {label}.").format(letter=q.right_letters, label=label)
            verdict = (f"<p style='color:{bad}; font-weight:bold;'>{html.escape(word)}</p>"
                       f"<p>{html.escape(line)}</p>")
        entries = q.entries
        if q.kind == quiz.ORDER:
            entries = tuple(q.entries[i] for i in q.answer)
        parts = [verdict]
        for kind, item_id in entries:
            try:
                cited = citation(store, kind, item_id)
            except AllyError:  # deleted since the quiz was made
                continue
            parts.append(cited_html(cited, q))
        return "".join(parts)

    # -- looks ---------------------------------------------------------------------------------

    def _update_fonts(self) -> None:
        base = QFont(QApplication.instance().font())
        base.setPointSizeF(base_point_size() * self._state.zoom)  # whichever hears of the zoom first
        big = PRESENT_SCALE if self._state.presenting else 1.0  # on top of the presentation's zoom
        self.prompt.setFont(_scaled(base, PROMPT_SCALE * big, bold=True))
        self.text.setFont(_scaled(base, TEXT_SCALE * big))
        self.hint.setFont(_scaled(base, big))
        self.feedback.setFont(_scaled(base, big))
        for button in self.choice_buttons:
            button.setFont(_scaled(base, CHOICE_SCALE * big))
        self.order_list.setFont(_scaled(base, CHOICE_SCALE * big))
        self.order_list.fit_height()

    def _on_state_looks_changed(self, *_args) -> None:
        self._update_fonts()
        if self._index in self._checked:
            self._show()  # the verdict's colours follow the theme

    def _on_state_presenting_changed(self, presenting: bool) -> None:
        self._update_fonts()
        if self.isVisible():
            self.showFullScreen() if presenting else self.showNormal()

    def show_quiz(self) -> None:
        """Show the window: full screen while presenting."""
        self.showFullScreen() if self._state.presenting else self.show()
        self.raise_()
        self.activateWindow()
        self.check_button.setFocus()  # the letter keys work at once (not typed into the seed)

    # -- the state -----------------------------------------------------------------------------

    def _on_state_filters_changed(self, _filters) -> None:
        if not self._checked and not self._responses:
            self.new_quiz()  # nothing answered yet: follow the filters at once
        else:
            self._stale = True
            self._show()

    def _on_state_store_changed(self, _store) -> None:
        self.new_quiz()

    def _on_state_data_changed(self, changes: Changes) -> None:
        if changes.touches("event", "statement", "person", "country") and not self._checked:
            self.new_quiz()

    def _on_print_clicked(self) -> None:
        if self._worksheet is not None:
            self._worksheet(self._seed)

    # -- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._key(event):
            return True
        return super().eventFilter(watched, event)

    def _key(self, event) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            return False
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if alt:
            return False
        if Qt.Key.Key_A <= key <= Qt.Key.Key_F:
            self.choose(key - Qt.Key.Key_A)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            return True
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next()
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous()
            return True
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        return False

    def keyPressEvent(self, event) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.order_list.fit_height()


def cited_html(cited: Citation, q: quiz.Question | None = None) -> str:
    """An answer's entry: what it is, when, how sure and who says so, and the source's own words."""
    how = confidence_label(cited.confidence)
    if cited.attribution:
        how += " · " + translate("QuizView", "who says so: {who}").format(who=cited.attribution)
    title = cited.title
    if cited.kind == "statement":  # the quote is on the screen already: who said it
        title = (translate("QuizView", "Said by {speaker}").format(speaker=cited.speaker)
                 if cited.speaker else f"“{cited.title}”")
    source = ""
    if cited.source is not None:
        source = cited.source.title + (f" ({cited.source.published})" if cited.source.published else "")
    sure = translate("QuizView", "How sure: {how}").format(how=how)
    out = (f"<p><b>{html.escape(title)}</b> · {html.escape(cited.date_label)}<br>"
           f"{html.escape(sure)}</p>")
    if cited.passage:
        out += f"<blockquote><i>{html.escape(quiz.quoted(cited.passage))}</i></blockquote>"
    if source:
        cite = translate("QuizView", "Source: {source}").format(source=source)
        out += f"<p>{html.escape(cite)}</p>"
    return out


def _verdict_colours(theme_name: str) -> tuple[str, str]:
    """Green and red that read on the theme's background."""
    dark = QColor(theme.resolve_theme(theme_name).window).lightness() < 128
    return ("#7FD67F", "#FF9C8A") if dark else ("#1B6E2E", "#B2182B")


class _Blocked:
    def __init__(self, obj: QObject):
        self._obj = obj

    def __enter__(self):
        self._was = self._obj.blockSignals(True)

    def __exit__(self, *exc):
        self._obj.blockSignals(self._was)


class _OrderList(QListWidget):
    """The ordering question's events: dragged, or moved with Alt+Up/Alt+Down. Each row keeps the
    choice's index (its letter) in ``ID_ROLE``."""

    moved = Signal()

    def __init__(self):
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(3)
        self.model().rowsMoved.connect(lambda *_: self.moved.emit())

    def fill(self, q: quiz.Question, order=None, dates: dict[int, str] | None = None) -> None:
        self.clear()
        for i in (order if order is not None else range(len(q.choices))):
            text = f"{quiz.LETTERS[i]}   {q.choices[i].label}"
            if dates and i in dates:
                text += f"  ({dates[i]})"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, i)
            self.addItem(item)
        self.setCurrentRow(0)
        self.fit_height()

    def order(self) -> tuple[int, ...]:
        return tuple(self.item(r).data(ID_ROLE) for r in range(self.count()))

    def move_current(self, by: int) -> None:
        row = self.currentRow()
        target = row + by
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.moved.emit()

    def fit_height(self) -> None:
        """As tall as its rows (the page scrolls, not the list): nothing is hidden inside it."""
        self.doItemsLayout()
        height = sum(self.sizeHintForRow(r) + 2 * self.spacing() for r in range(self.count()))
        self.setFixedHeight(max(40, height + 2 * self.frameWidth() + 4))


def screenshot_quiz(view: QuizView, path: Path, size: tuple[int, int]) -> None:
    """The quiz window at a size, as a PNG (``--quiz --screenshot``)."""
    from .export import save_image

    app = QApplication.instance()
    if view.isFullScreen():
        view.showNormal()
    view.resize(*size)
    view.show()
    for _ in range(3):
        app.processEvents()
    save_image(view.grab().toImage(), path)


__all__ = ["QuizView", "cited_html", "screenshot_quiz"]
