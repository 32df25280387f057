"""A background job reaches its worker once the window has painted: the GUI thread's own work for
a click never shares the interpreter with the workers that click starts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ally_explorer.ui.background import LatestJob


class Canvas(QWidget):
    def __init__(self, log: list):
        super().__init__()
        self.log = log

    def paintEvent(self, _event):  # noqa: N802 (Qt's name)
        self.log.append("painted")


def test_a_job_starts_after_the_window_has_painted_and_a_newer_one_replaces_it_unstarted(qtbot):
    log: list[str] = []
    canvas = Canvas(log)
    qtbot.addWidget(canvas)
    with qtbot.waitExposed(canvas):
        canvas.show()
    job = LatestJob("test", lambda future, context: log.append(f"delivered {future.result()}"))
    log.clear()
    canvas.update()
    job.submit(lambda: log.append("first ran") or "first")
    job.submit(lambda: log.append("second ran") or "second")  # the same click, a moment later
    assert log == []  # nothing on the worker while the GUI thread still works
    qtbot.waitUntil(lambda: "delivered second" in log, timeout=5_000)
    assert log == ["painted", "second ran", "delivered second"]
    job.submit(lambda: "now")
    job.wait()  # a script that waits gets it at once, started or not
    assert log[-1] == "delivered now" and job.pending is None
    job.shutdown()
