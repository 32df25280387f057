"""The schema summary start-up reads (db/layout.py) must say what the migrations make."""

from __future__ import annotations

import subprocess
import sys

from sqlite_utils import Database

from ally_explorer.db import layout
from ally_explorer.db.migrations import known_migrations, migrations


def test_layout_names_every_migration_in_order():
    assert list(layout.KNOWN_MIGRATIONS) == known_migrations(), (
        f"update KNOWN_MIGRATIONS in db/layout.py to {tuple(known_migrations())!r}"
    )


def test_layout_lists_every_table_and_column_the_migrations_make():
    db = Database(memory=True, execute_plugins=False)
    migrations.apply(db)
    made = {t: frozenset(row[1] for row in db.execute(f"PRAGMA table_info([{t}])")) for t in db.table_names()}
    assert layout.LAYOUT == made, f"update LAYOUT in db/layout.py to {made!r}"


def test_opening_and_reading_a_database_does_not_load_sqlite_utils(db_path):
    """Start-up pays only for what it uses: sqlite-utils loads with the first write."""
    code = (
        "import sys\n"
        "from ally_explorer.db.store import Store\n"
        f"store = Store.open({str(db_path)!r}, readonly=True)\n"
        "assert store.countries() and store.search('treaty')\n"
        "assert 'sqlite_utils' not in sys.modules, sorted(m for m in sys.modules if 'sqlite_utils' in m)\n"
        "store.close()\n"
        f"store = Store.open({str(db_path)!r})\n"
        "store.update_country('PRK', headline='A write loads it')\n"
        "assert 'sqlite_utils' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
