"""Fixtures for the robustness suite."""

from __future__ import annotations

import pytest

from .helpers import Sandbox


@pytest.fixture
def sandbox():
    """A folder the app runs in as an ordinary user (``nobody`` when the tests run as root)."""
    box = Sandbox()
    yield box
    box.remove()
