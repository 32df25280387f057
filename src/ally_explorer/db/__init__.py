"""The data layer: sqlite-utils migrations, the Store, import/export and the dataset build.

It never imports Qt (tests/test_layers.py checks).
"""

from .opening import DatabaseOpenError
from .store import ChangeSet, Store

__all__ = ["Store", "ChangeSet", "DatabaseOpenError"]
