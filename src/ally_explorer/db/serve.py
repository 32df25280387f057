"""Share a database read-only with Datasette: one server a whole class reaches in a browser.

    ally-explorer serve [--db FILE] [--host 0.0.0.0] [--port 8001]

Datasette is an optional extra (``pip install 'ally-explorer[web]'``); nothing else imports it.
The file is opened immutable (never written, no locks, counts cached) with the metadata of
``db/schema_doc.py``: descriptions, licences and sources, facets, search, labels.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from ..core.errors import AllyError
from .schema_doc import datasette_metadata

INSTALL_HINT = "Datasette is not installed: pip install 'ally-explorer[web]'"
#: The standalone bundle (packaging/) leaves Datasette out: pip cannot add it there.
BUNDLE_HINT = ("Datasette is not part of the standalone program: to share a database in the browser, "
               "install Ally Explorer with pip install 'ally-explorer[web]'")

#: Limits that keep one slow query from a pupil from stalling thirty browsers.
SETTINGS = {
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 2000,
    "facet_time_limit_ms": 1000,
    "suggest_facets": False,
    "allow_download": True,
}


class ServeError(AllyError):
    pass


def database_name(path: str | Path) -> str:
    """The name Datasette gives the file (its stem), which the metadata is keyed by."""
    return Path(path).stem


def metadata_for(path: str | Path) -> dict[str, Any]:
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return datasette_metadata(conn, database_name(path))
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise ServeError(f"{path}: cannot be read as a database ({e})") from None


def make_datasette(path: str | Path) -> Any:
    """A Datasette instance serving ``path`` immutable, with our metadata."""
    path = Path(path)
    if not path.is_file():
        raise ServeError(f"{path}: no such database file")
    try:
        from datasette.app import Datasette
    except ImportError:
        raise ServeError(BUNDLE_HINT if getattr(sys, "frozen", False) else INSTALL_HINT) from None
    return Datasette(immutables=[str(path)], metadata=metadata_for(path), settings=SETTINGS)


def serve(path: str | Path, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run the server until interrupted (Datasette's own start-up, then uvicorn)."""
    ds = make_datasette(path)
    import asyncio

    import uvicorn

    asyncio.run(ds.invoke_startup())
    print(f"Serving {path} read-only at http://{host}:{port}/{database_name(path)} (Ctrl+C stops)")
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
