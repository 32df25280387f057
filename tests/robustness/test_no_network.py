"""The app is offline: start-up, browsing, editing, export and import open no socket.

The app runs in a fresh process whose socket functions record any use and refuse it. At the
end the process also lists its open file descriptors (a socket Qt might open from C++ would
show there) and whether PySide6.QtNetwork was ever imported.
"""

from __future__ import annotations

import json
import subprocess
import sys

from .helpers import ROOT

GUARD_AND_RUN = r'''
import json, os, socket, sys
attempts = []

def refusing(name):
    def refuse(*args, **kwargs):
        attempts.append(name)
        raise OSError(f"ally-explorer is offline: {name} was called")
    return refuse

for name in ("connect", "connect_ex", "bind", "listen", "sendto", "sendmsg"):
    setattr(socket.socket, name, refusing("socket." + name))
socket.socket.__init__ = refusing("socket.socket()")
for name in ("create_connection", "create_server", "getaddrinfo", "getnameinfo", "gethostbyname",
             "gethostbyname_ex", "gethostbyaddr", "socketpair", "fromfd"):
    setattr(socket, name, refusing("socket." + name))

def open_sockets():
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.append(target)
    return found

from pathlib import Path
db, out = Path(sys.argv[1]), Path(sys.argv[2])
sockets = {}

from PySide6.QtCore import QSettings
from ally_explorer.ui.app import make_app
from ally_explorer.ui.main_window import create_main_window

app = make_app()                                          # start-up
window = create_main_window(db, settings=QSettings(str(out / "s.ini"), QSettings.Format.IniFormat))
window.resize(1400, 900)
window.show()
app.processEvents()
sockets["start-up"] = open_sockets()
for country in ("PRK", "BLR", "IRN", "CHN", "IND"):     # browsing
    window.select_country(country)
    app.processEvents()
window.search_box.setText("treaty")
window.run_search()
window.timeline.zoom_to_country("PRK")
window.timeline.set_scale(2.0)
window.timeline.fit_all()
app.processEvents()
window.store.update_country("PRK", headline="Edited offline")  # editing
window.reload()
app.processEvents()
sockets["browsing and editing"] = open_sockets()
window.close()
window.store.close()

from ally_explorer.ui.cli import main                     # export and import, as the commands
codes = [
    main(["export", "--json", str(out / "all.json"), "--db", str(db)]),
    main(["export", "--csv", str(out / "csv"), "--db", str(db)]),
    main(["export", "--timelinejs", str(out / "timeline.json"), "--db", str(db), "--country", "PRK"]),
    main(["import", str(out / "all.json"), "--db", str(out / "imported.db")]),
]
sockets["export and import"] = open_sockets()
seen = list(attempts)
try:  # the control: the guard does catch a connection
    socket.create_connection(("127.0.0.1", 9))
except OSError:
    pass
print(json.dumps({
    "attempts": seen, "control": attempts[len(seen):], "codes": codes, "sockets": sockets,
    "qtnetwork": sorted(m for m in sys.modules if "QtNetwork" in m),
}))
'''


def test_no_socket_is_opened_from_start_up_to_import(db_path, tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", GUARD_AND_RUN, str(db_path), str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "XDG_RUNTIME_DIR": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["codes"] == [0, 0, 0, 0]
    assert report["attempts"] == []
    assert report["control"] == ["socket.create_connection"]
    assert report["sockets"] == {"start-up": [], "browsing and editing": [], "export and import": []}
    assert report["qtnetwork"] == []
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["format"] == "ally-explorer"
