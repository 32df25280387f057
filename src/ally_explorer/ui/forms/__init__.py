"""Editing forms: dialogs that return what the user confirmed and never write themselves.

The names below are imported on first use (PEP 562): the theme imports ``forms.look`` at
start-up, which must not bring every dialog with it.
"""

from __future__ import annotations

from importlib import import_module

_HOMES = {"confirm_delete": "confirm", "delete_question": "confirm", "FuzzyDateEdit": "date_edit",
          "EntityDialog": "entity_dialog", "current_values": "entity_dialog", "default_values": "entity_dialog"}


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EntityDialog", "FuzzyDateEdit", "confirm_delete", "delete_question", "current_values", "default_values"]
