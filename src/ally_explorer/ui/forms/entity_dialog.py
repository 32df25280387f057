"""The add/edit dialog of every kind of entry, generated from its declaration in ``core.entities``.

The dialog only reads: it returns the values the user confirmed, in the shape ``Store.create`` and
``Store.update`` take, and the caller writes them (through the undoable operations). It runs the
same checks as the store on every keystroke, says under each field what is wrong, and keeps its OK
button disabled until nothing is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core import vocab
from ...core.entities import ENTITIES, Entity, Field
from ...core.errors import NotFoundError
from ...core.records import as_dict
from ...core.validation import check, slugify
from .date_edit import FuzzyDateEdit
from .field_editors import (
    BoolCheck,
    Choice,
    EnumCombo,
    IntEdit,
    ListEdit,
    LongTextEdit,
    NumberEdit,
    RefCombo,
    RefListEdit,
    TextEdit,
)
from .field_access import name_field, set_field_error
from .look import ERROR_TEXT, HINT_TEXT, colored_label, error_label, set_themed_palette, show_message
from ..core_words import entity_word
from ..i18n import translate

#: Messages that only say something is missing: not shown under a field the user has not reached.
def _required_messages() -> frozenset[str]:
    """What validation says of an empty required field, in the interface's language."""
    return frozenset({translate("validation", "is required"), translate("validation", "needs at least one")})
#: The tallest a dialog may open, so it fits a 1366×768 screen with a title bar and a task bar.
MAX_HEIGHT = 680
MAX_WIDTH = 1000

_DATE_PARTS = ("date_start", "date_end")


def entry_title(entity: Entity, values: dict[str, Any]) -> str:
    """How an entry is named in titles and questions: ‘Mutual defence treaty signed’."""
    if entity.name == "alignment":
        stance = values.get("stance")
        title = f"{vocab.STANCE_LABELS.get(stance, stance or '')}, {values.get('date_label') or ''}"
    else:
        title = str(values.get(entity.title_field) or values.get("id") or "")
    title = " ".join(title.split())
    return title if len(title) <= 48 else title[:47] + "…"


def current_values(store: Any, entity_name: str, entity_id: Any) -> dict[str, Any]:
    """An entry's stored values as its fields (plus its date window), for the edit dialog."""
    entity = ENTITIES[entity_name]
    record = as_dict(store.get(entity_name, entity_id))
    keep = set(entity.field_names) | (set(_DATE_PARTS) if entity.dated else set())
    return {k: v for k, v in record.items() if k in keep}


def default_values(store: Any, entity_name: str, defaults: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a new entry starts with: confirmed, importance 2, the article as source, and the
    caller's context (e.g. ``{"country_id": "BLR"}``, which also seeds an event's countries)."""
    entity = ENTITIES[entity_name]
    names = set(entity.field_names)
    out: dict[str, Any] = {}
    if "confidence" in names:
        out["confidence"] = "confirmed"
    if "importance" in names:
        out["importance"] = 2
    if "source_id" in names:
        sources = [s.id for s in store.sources()]
        if "article" in sources:
            out["source_id"] = "article"
        elif len(sources) == 1:
            out["source_id"] = sources[0]
    given = dict(defaults or {})
    if "countries" in names and "countries" not in given and given.get("country_id"):
        given["countries"] = (given["country_id"],)
    allowed = names | (set(_DATE_PARTS) if entity.dated else set())
    out.update({k: v for k, v in given.items() if k in allowed})
    return out


def _choices(store: Any, ref: str) -> list[Choice]:
    if ref == "country":
        return [Choice(c.id, c.name, c.id) for c in store.all_countries()]
    if ref == "person":
        return [Choice(p.id, p.name, p.role or "") for p in store.people()]
    if ref == "source":
        return [Choice(s.id, s.title, s.publisher or "") for s in store.sources()]
    raise KeyError(ref)


class EntityDialog(QDialog):
    """Add or edit one entry of any kind; ``values()`` is what to write."""

    def __init__(
        self,
        store: Any,
        entity_name: str,
        values: dict[str, Any] | None = None,
        *,
        entity_id: Any = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.entity: Entity = ENTITIES[entity_name]
        self.entity_id = entity_id
        self.adding = entity_id is None
        self.setObjectName(f"{entity_name}Dialog")
        self.editors: dict[str, Any] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._errors: dict[str, str] = {}
        self._loading = True
        self._shown = False

        self._build()
        if self.adding:
            start = default_values(store, entity_name, values)
        else:
            start = dict(values) if values is not None else current_values(store, entity_name, entity_id)
        self._set_values(start)
        self._loading = False
        self._update_key_hint()
        if not self.adding:
            self._touched = set(self.editors)
        self._revalidate()
        self._update_title(start)
        self._fit_to_screen()
        self._first_editable().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        entity = self.entity
        self.form_widget = QWidget()
        self.form_widget.setObjectName("formFields")
        form = QFormLayout(self.form_widget)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        self.form = form
        line_height = QLineEdit().sizeHint().height()

        for f in entity.fields:
            editor = self._make_editor(f)
            editor.setObjectName(f"field_{f.name}")
            self.editors[f.name] = editor
            required = f.required and not self._id_optional(f)
            label = QLabel(f"{entity_word(f.label)}:")
            label.setObjectName(f"label_{f.name}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            # level with the text of the field's first line, however tall the field is
            label.setContentsMargins(0, max(0, (line_height - label.fontMetrics().height()) // 2), 0, 0)
            label.setBuddy(editor)
            if required:
                bold = QFont(label.font())
                bold.setBold(True)
                label.setFont(bold)
                label.setToolTip(translate("EntityDialog", "Required"))
            name_field(editor, f.label, required=required, help_text=f.help or "")
            self.row_labels[f.name] = label
            error = error_label(f"error_{f.name}")
            self.error_labels[f.name] = error

            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(3)
            if isinstance(editor, TextEdit) and editor.maximumWidth() < 10_000 and f.help:
                # a short code: its help fits beside it, where it is read while typing
                beside = QHBoxLayout()
                beside.setSpacing(8)
                hint = colored_label(HINT_TEXT, f"hint_{f.name}")
                hint.setText(entity_word(f.help))
                beside.addWidget(editor)
                beside.addWidget(hint, 1)
                cell_layout.addLayout(beside)
            else:
                cell_layout.addWidget(editor)
            cell_layout.addWidget(error)
            form.addRow(label, cell)
            editor.changed.connect(lambda name=f.name: self._on_field_changed(name))

        if not self.adding and entity.id_kind == "text":
            id_edit = self.editors["id"]
            id_edit.setReadOnly(True)
            id_edit.setToolTip(translate("EntityDialog", "The key of an existing entry cannot be changed."))
            id_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            set_themed_palette(id_edit, {QPalette.ColorRole.Base: "window"})  # flat: the window's colour

        self.scroll = QScrollArea()
        self.scroll.setObjectName("formScroll")
        self.scroll.setAccessibleName(self.tr("Fields"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form_widget)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # large text: scroll, never cut

        note = colored_label(HINT_TEXT, "requiredNote")
        note.setText(translate("EntityDialog", "Fields in bold are required. Point at a field for help."))
        self.summary = colored_label(HINT_TEXT, "problemSummary")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(translate("EntityDialog", "Add {label}").format(label=entity_word(entity.label)) if self.adding else translate("EntityDialog", "Save changes"))
        self.ok_button.setToolTip("Ctrl+Enter")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(note)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, activated=self.accept)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _id_optional(self, f: Field) -> bool:
        """A person's or source's key is made from its name when left empty."""
        return f.name == "id" and self.adding and self.entity.name in ("person", "source")

    def _make_editor(self, f: Field) -> QWidget:
        if f.kind == "longtext":
            editor: Any = LongTextEdit(f)
        elif f.kind == "enum":
            editor = EnumCombo(f)
        elif f.kind == "ref":
            assert f.ref is not None
            editor = RefCombo(_choices(self.store, f.ref), entity_word(ENTITIES[f.ref].label), allow_empty=not f.required)
        elif f.kind == "refs":
            assert f.ref is not None
            target = ENTITIES[f.ref]
            editor = RefListEdit(_choices(self.store, f.ref), entity_word(target.label), entity_word(target.plural))
        elif f.kind == "int":
            editor = IntEdit(f)
        elif f.kind == "float":
            editor = NumberEdit(f)
        elif f.kind == "bool":
            editor = BoolCheck(f)
        elif f.kind == "list":
            editor = ListEdit(f)
        elif f.kind == "date":
            editor = FuzzyDateEdit()
        else:
            editor = TextEdit(f)
            if f.help and len(f.help) <= 70 and editor.maximumWidth() >= 10_000:
                editor.setPlaceholderText(entity_word(f.help))
        if f.help:
            target = editor.label_edit if isinstance(editor, FuzzyDateEdit) else editor
            target.setToolTip(entity_word(f.help))
        editor.setAccessibleName(f.label)
        return editor

    # -- values ----------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The entry as the form holds it, in the shape ``Store.create`` / ``update`` take.

        ``date_start`` / ``date_end`` are set only when the window is set by hand; otherwise they
        are None and the store reads the window from the label.
        """
        out: dict[str, Any] = {}
        for f in self.entity.fields:
            editor = self.editors[f.name]
            if f.kind == "date":
                out[f.name] = editor.label() or None
                if editor.explicit():
                    window = editor.window()
                    start, end = window if window else (editor.start_edit.text().strip(), editor.end_edit.text().strip())
                    out["date_start"], out["date_end"] = start or None, end or None
                else:
                    out["date_start"] = out["date_end"] = None
            elif f.name == "id" and not self.adding:
                out["id"] = self.entity_id
            else:
                value = editor.value()
                if f.name == "id" and value is None and self._id_optional(f):
                    continue  # the store makes a key from the name
                out[f.name] = value
        return out

    def errors(self) -> dict[str, str]:
        """Every problem, by field name (date window problems are under ``date_label``)."""
        return dict(self._errors)

    def _set_values(self, values: dict[str, Any]) -> None:
        for f in self.entity.fields:
            editor = self.editors[f.name]
            if f.kind == "date":
                if any(k in values for k in ("date_label", *_DATE_PARTS)):
                    editor.set_value(values.get("date_label"), values.get("date_start"), values.get("date_end"))
            elif f.name in values:
                editor.set_value(values[f.name])

    # -- checking --------------------------------------------------------------------------------

    def _collect_errors(self, values: dict[str, Any]) -> dict[str, str]:
        errors: dict[str, str] = {}
        for name, message in check(self.entity, values).items():
            errors.setdefault("date_label" if name in _DATE_PARTS else name, message)
        if "id" in self.editors and self._id_optional(self.entity.field("id")) and "id" not in values:
            errors.pop("id", None)
        for name, editor in self.editors.items():
            message = editor.error()
            if message:
                errors[name] = message  # the widget knows more precisely (which name, which end)
        new_id = values.get("id")
        if self.adding and self.entity.id_kind == "text" and new_id and "id" not in errors:
            try:
                taken = self.store.get(self.entity.name, new_id)
            except NotFoundError:
                pass
            else:
                name = getattr(taken, self.entity.title_field, new_id)
                errors["id"] = translate("EntityDialog", "“{new_id}” is already taken (by {name})").format(new_id=new_id, name=name)
        return errors

    def _revalidate(self) -> None:
        self._errors = errors = self._collect_errors(self.values())
        for name, editor in self.editors.items():
            message = errors.get(name)
            shown = message if message and (name in self._touched or message not in _required_messages()) else None
            own = isinstance(editor, FuzzyDateEdit) and editor.error() is not None
            show_message(self.error_labels[name], None if own else shown)
            f = self.entity.field(name)
            set_field_error(editor, editor.error() if own else shown, label=f.label, help_text=f.help or "")
            editor.mark_invalid(bool(shown) and not own)
            self._mark_label(self.row_labels[name], bool(shown))
        self.ok_button.setEnabled(not errors)
        self._update_summary(errors)

    @staticmethod
    def _mark_label(label: QLabel, invalid: bool) -> None:
        if bool(label.property("invalid")) == invalid:
            return
        label.setProperty("invalid", invalid)
        set_themed_palette(label, {QPalette.ColorRole.WindowText: ERROR_TEXT} if invalid else {})

    def _update_summary(self, errors: dict[str, str]) -> None:
        labels = {f.name: entity_word(f.label) for f in self.entity.fields}
        missing = [labels[n] for n in self.editors if n in errors and errors[n] in _required_messages()]
        wrong = [labels[n] for n in self.editors if n in errors and errors[n] not in _required_messages()]
        parts = []
        if missing:
            parts.append(translate("EntityDialog", "Still needed: {fields}.").format(fields=", ".join(missing)))
        if wrong:
            parts.append(translate("EntityDialog", "To correct: {fields}.").format(fields=", ".join(wrong)))
        self.summary.setText("  ".join(parts))
        self.summary.setVisible(bool(parts))

    def _on_field_changed(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._revalidate()
        if name == self.entity.title_field:
            self._update_title(self.values())
            self._update_key_hint()

    # -- dialog behaviour ------------------------------------------------------------------------

    def accept(self) -> None:
        """OK and Ctrl+Enter: only when everything is valid; otherwise go to the first problem."""
        self._touched = set(self.editors)
        self._revalidate()
        if self._errors:
            first = next(n for n in self.editors if n in self._errors)
            self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.form_widget.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 20, 20)

    def _update_title(self, values: dict[str, Any]) -> None:
        if self.adding:
            self.setWindowTitle(translate("EntityDialog", "Add {label}").format(label=entity_word(self.entity.label)))
        else:
            title = entry_title(self.entity, values)
            self.setWindowTitle(translate("EntityDialog", "Edit {label} ‘{title}’").format(label=self.entity.label, title=title) if title else translate("EntityDialog", "Edit {label}").format(label=entity_word(self.entity.label)))

    def _update_key_hint(self) -> None:
        """Show the key a new person or source gets when its key is left empty."""
        if "id" in self.editors and self._id_optional(self.entity.field("id")):
            title = self.editors[self.entity.title_field].value()
            self.editors["id"].setPlaceholderText(
                translate("EntityDialog", "{title} (made from the {v1})").format(title=slugify(title), v1=entity_word(self.entity.field(self.entity.title_field).label).lower())
                if title else translate("EntityDialog", "left empty, it is made from the {v0}").format(v0=entity_word(self.entity.field(self.entity.title_field).label).lower())
            )

    def _first_editable(self) -> QWidget:
        for f in self.entity.fields:
            editor = self.editors[f.name]
            if isinstance(editor, QLineEdit) and editor.isReadOnly() or self._id_optional(f):
                continue  # a key that cannot change, or that is best made from the name
            return editor
        return self.ok_button

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self._fit_to_screen()  # again, now that long texts know their real width and height

    def _fit_to_screen(self) -> None:
        """Open as large as the fields want, but never taller than a 1366×768 screen allows."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        max_h = min(MAX_HEIGHT, available.height() - 60) if available else MAX_HEIGHT
        max_w = min(MAX_WIDTH, available.width() - 40) if available else MAX_WIDTH
        self.layout().activate()
        content = self.form_widget.sizeHint()
        margins = self.layout().contentsMargins()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        chrome_h = self.sizeHint().height() - self.scroll.sizeHint().height()
        width = content.width() + margins.left() + margins.right() + bar + 8
        height = content.height() + chrome_h + 4
        if not self._shown:
            # An explicit minimum, set once before showing: the layout then never changes the
            # window's size constraints while it is open.
            self.setMinimumSize(min(width, max_w), min(height, max_h, 320))
        self.resize(min(width, max_w), min(height, max_h))

    # -- the classmethods the window calls ---------------------------------------------------------

    @classmethod
    def add(
        cls, store: Any, entity_name: str, parent: QWidget | None = None, defaults: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """Ask for a new entry; the values to create it with, or None if cancelled."""
        dialog = cls(store, entity_name, defaults, parent=parent)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def edit(
        cls, store: Any, entity_name: str, entity_id: Any, parent: QWidget | None = None
    ) -> dict[str, Any] | None:
        """Edit a stored entry; the values to update it with, or None if cancelled."""
        dialog = cls(store, entity_name, current_values(store, entity_name, entity_id), entity_id=entity_id, parent=parent)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
