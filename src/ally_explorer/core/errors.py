"""The errors the data layer raises, declared in one place; every message is fit to show a user."""

from __future__ import annotations


class AllyError(Exception):
    """Base class: anything the application can explain to its user."""


class ValidationError(AllyError, ValueError):
    """One or more fields are wrong. ``errors`` maps each field name to why."""

    def __init__(self, errors: dict[str, str], *, entity: str | None = None):
        self.errors = dict(errors)
        self.entity = entity
        what = f"{entity}: " if entity else ""
        super().__init__(what + "; ".join(f"{name}: {why}" for name, why in self.errors.items()))


class NotFoundError(AllyError, KeyError):
    """No row with that id."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "not found"
