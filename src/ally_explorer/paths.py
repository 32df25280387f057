"""Where the bundled dataset, the resources and the user's own data live.

Installed from a wheel, the dataset and resources sit in ``ally_explorer/_bundled``; in a
checkout (or an editable install) they are the repository's ``data/`` and ``resources/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_bundled"
_CHECKOUT = _PACKAGE.parent.parent  # src/ally_explorer -> repository root

APP_NAME = "Ally Explorer"
APP_ID = "ally-explorer"


def bundled_db() -> Path:
    installed = _BUNDLED / "allies.db"
    return installed if installed.exists() else _CHECKOUT / "data" / "allies.db"


def bundled_candidates() -> list[Path]:
    """Where the bundled dataset may be: the installed copy and a checkout's data/allies.db."""
    found = [bundled_db()]
    checkout = _CHECKOUT / "data" / "allies.db"
    if checkout not in found:
        found.append(checkout)
    return found


def resources_dir() -> Path:
    installed = _BUNDLED / "resources"
    return installed if installed.is_dir() else _CHECKOUT / "resources"


def source_article() -> Path:
    installed = _BUNDLED / "source-article.txt"
    return installed if installed.exists() else _CHECKOUT / "data" / "source-article.txt"


def user_data_dir() -> Path:
    """The per-user folder for an editable copy of the dataset, logs and exports."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False, ensure_exists=False)


def user_cache_dir() -> Path:
    """The per-user folder for what can be made again (the timeline's arrays of read-only files)."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_ID, appauthor=False, ensure_exists=False)
