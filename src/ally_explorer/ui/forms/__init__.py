"""Editing forms: dialogs that return what the user confirmed and never write themselves."""

from __future__ import annotations

from .confirm import confirm_delete, delete_question
from .date_edit import FuzzyDateEdit
from .entity_dialog import EntityDialog, current_values, default_values

__all__ = ["EntityDialog", "FuzzyDateEdit", "confirm_delete", "delete_question", "current_values", "default_values"]
