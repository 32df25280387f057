"""Asking before a delete, naming everything that goes with the entry.

Deleting a country also deletes the events only it takes part in, its figures, periods and
quotes; the question says so in numbers, so nobody loses nine events by pressing Del.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from ...core.entities import ENTITIES, Entity
from .entity_dialog import entry_title
from ..core_words import entity_word
from ..i18n import translate

#: The tables a delete can touch, in the order a sentence names them.
ROW_NAMES = ("countries", "people", "sources", "events", "statements", "alignments", "figures")
_ORDER = ("events", "figures", "alignments", "statements", "people", "countries", "sources")


def _count(n: int, table: str) -> str:
    """"1 event", "3 key figures" (each a plural of its own, so every language can decline it)."""
    words = {
        "countries": lambda: translate("Confirm", "%n (country|countries)", "", n),
        "people": lambda: translate("Confirm", "%n (person|people)", "", n),
        "sources": lambda: translate("Confirm", "%n source(s)", "", n),
        "events": lambda: translate("Confirm", "%n event(s)", "", n),
        "statements": lambda: translate("Confirm", "%n statement(s)", "", n),
        "alignments": lambda: translate("Confirm", "%n alignment period(s)", "", n),
        "figures": lambda: translate("Confirm", "%n key figure(s)", "", n),
    }
    return words[table]() if table in words else f"{n:,} {table}"


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return translate("Confirm", "{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])


def _pk(table: str, row: dict[str, Any]) -> Any:
    return (row["event_id"], row["country_id"]) if table == "event_countries" else row["id"]


#: What a delete unlinks rather than deletes (mirrors ``Store.plan_delete``), for bare counts.
UNLINKED = {"country": frozenset({"people"}), "person": frozenset({"statements"})}


def _entity_for(description: str) -> Entity | None:
    text = description.casefold().removeprefix("delete ")
    for entity in sorted(ENTITIES.values(), key=lambda e: -len(e.label)):
        if text.startswith(entity.label):
            return entity
    return None


def _from_change(change: Any) -> tuple[Entity, str, str, dict[str, int], dict[str, int], int]:
    entity = ENTITIES[change.entity]
    own = change.before.get(entity.table, ())
    row = next((r for r in own if r.get("id") == change.entity_id), own[0] if own else {})
    name = entry_title(entity, dict(row))
    description = f"{entity_word(entity.label)} ‘{name}’" if name else entity_word(entity.label)
    deleted: dict[str, int] = {}
    unlinked: dict[str, int] = {}
    shared = 0
    for table, rows in change.before.items():
        kept = {_pk(table, r) for r in change.after.get(table, ())}
        gone = [r for r in rows if _pk(table, r) not in kept]
        if table == entity.table:
            gone = [r for r in gone if r.get("id") != change.entity_id]
        if table == "event_countries":
            deleted_events = {r["id"] for r in change.before.get("events", ())}
            shared = len({r["event_id"] for r in gone if r["event_id"] not in deleted_events})
        elif gone:
            deleted[table] = len(gone)
        if rows and kept:
            unlinked[table] = len(kept)
    return entity, name, description, deleted, unlinked, shared


def _from_counts(
    description: str, counts: dict[str, int], entity: Entity | None
) -> tuple[Entity | None, str, dict[str, int], dict[str, int]]:
    description = description.strip()
    if description.casefold().startswith("delete "):
        description = description[len("delete "):]
    entity = entity or _entity_for(description)
    deleted: dict[str, int] = {}
    unlinked: dict[str, int] = {}
    for table, n in counts.items():
        if table == "event_countries" or n <= 0:
            continue
        if entity is not None and table == entity.table:
            n -= 1  # the entry itself
        if n and entity is not None and table in UNLINKED.get(entity.name, ()):
            unlinked[table] = n
        elif n:
            deleted[table] = n
    return entity, description, deleted, unlinked


def delete_question(what: Any, extra: Any = None, *, entity: str | None = None) -> tuple[str, str]:
    """(question, what else it does) for a planned delete.

    ``what`` is best the ``ChangeSet`` from ``Store.plan_delete`` (it knows which rows are
    unlinked rather than deleted, and which shared events only lose a link). Bare counts work
    too: ``(plan.counts("before"), plan.label, entity="country")`` or
    ``("country ‘Belarus’", plan.counts("before"))``.
    """
    shared, name = 0, ""
    if hasattr(what, "before") and hasattr(what, "after"):
        spec, name, description, deleted, unlinked, shared = _from_change(what)
    else:
        counts, description = (what, extra) if isinstance(what, dict) else (extra, what)
        spec, description, deleted, unlinked = _from_counts(
            str(description or translate("Confirm", "this entry")), dict(counts or {}), ENTITIES.get(entity or "")
        )

    question = translate("Confirm", "Delete {description}?").format(description=description)
    sentences = []
    also = [_count(deleted[t], t) for t in _ORDER if deleted.get(t)]
    also += [_count(n, t) for t, n in deleted.items() if t not in _ORDER]
    if also:
        sentences.append(translate("Confirm", "This also deletes {also}.").format(also=_join(also)))
    if shared:
        sentences.append(
            (translate("Confirm", "{name} is removed from %n event(s) shared with other countries; (that event stays|those events stay).", "", shared).format(name=name)
             if name else translate("Confirm", "It is removed from %n event(s) shared with other countries; (that event stays|those events stay).", "", shared))
        )
    for table, n in unlinked.items():
        if spec is not None and spec.name == "country":
            sentences.append(translate("Confirm", "%n (person stays|people stay), without a country.", "", n)
                             if table == "people" else translate("Confirm", "{rows} stay, without a country.").format(rows=_count(n, table)))
        elif spec is not None and spec.name == "person":
            sentences.append(translate("Confirm", "%n (statement stays|statements stay), without a speaker.", "", n)
                             if table == "statements" else translate("Confirm", "{rows} stay, without a speaker.").format(rows=_count(n, table)))
        else:
            sentences.append(translate("Confirm", "{rows} stay, unlinked.").format(rows=_count(n, table)))
    if not sentences:
        sentences.append(translate("Confirm", "Nothing else is affected."))
    return question, " ".join(sentences)


def delete_box(
    parent: QWidget | None, what: Any, extra: Any = None, *, entity: str | None = None
) -> tuple[QMessageBox, QPushButton]:
    """The question, with Delete and Cancel; Cancel is the default and what Esc does."""
    question, details = delete_question(what, extra, entity=entity)
    box = QMessageBox(parent)
    box.setObjectName("confirmDelete")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Confirm", "Delete"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<b>{html.escape(question)}</b>")
    box.setInformativeText(html.escape(details) + translate("Confirm", "<br><br>You can undo it with Edit ▸ Undo."))
    info = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if info is not None:  # wide enough that the consequences read as sentences, not a column
        info.setMinimumWidth(info.fontMetrics().averageCharWidth() * 60)
    delete = box.addButton(translate("Confirm", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("deleteButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, delete


def confirm_delete(parent: QWidget | None, what: Any, extra: Any = None, *, entity: str | None = None) -> bool:
    """Ask before deleting; True only when the user chose Delete. Arguments as ``delete_question``."""
    box, delete = delete_box(parent, what, extra, entity=entity)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is delete
