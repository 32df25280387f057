"""Reduced motion: a View menu setting (remembered) and the platform's, where Qt exposes it.

What Qt offers (6.11, checked): ``QStyleHints`` has no reduced-motion hint; ``QAccessibilityHints``
(``styleHints().accessibility()``, Qt 6.10) has only ``contrastPreference``; a
``motionPreference`` arrives with Qt 6.12 and is used here when present. GNOME's
``gtk-enable-animations`` / ``gtk-interface-reduced-motion`` are not exposed by Qt at all, so on
Linux today the View menu setting is the way. Reduced, presentation steps jump instead of panning
for 450 ms and Qt's own widget animations (menus, combo boxes, tooltips, tool boxes) are off.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from . import theme

SETTING = "reduceMotion"
_EFFECTS = (Qt.UIEffect.UI_AnimateMenu, Qt.UIEffect.UI_FadeMenu, Qt.UIEffect.UI_AnimateCombo,
            Qt.UIEffect.UI_AnimateTooltip, Qt.UIEffect.UI_FadeTooltip, Qt.UIEffect.UI_AnimateToolBox)


def platform_prefers_reduced_motion() -> bool:
    """The desktop's reduced-motion setting, where Qt reports it (Qt 6.12+); False otherwise."""
    accessibility = theme.accessibility_hints()
    preference = getattr(accessibility, "motionPreference", None)
    reduced = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    return bool(preference is not None and reduced is not None and preference() == reduced)


class MotionPreference(QObject):
    """Whether motion is reduced: the user's choice (View > Reduce Motion) or the platform's."""

    changed = Signal(bool)

    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self.action = QAction(self.tr("Reduce &Motion"), parent, checkable=True)
        self.action.setObjectName("actionReduceMotion")
        self.action.setStatusTip(self.tr("Presentation steps jump to the next event instead of panning to it"))
        self.action.setChecked(settings.value(SETTING, False, type=bool))
        self.action.toggled.connect(self._on_toggled)
        accessibility = theme.accessibility_hints()
        signal = getattr(accessibility, "motionPreferenceChanged", None)
        if signal is not None:  # Qt 6.12+
            signal.connect(lambda *_: self._apply())
        self._apply()

    @property
    def reduced(self) -> bool:
        return self.action.isChecked() or platform_prefers_reduced_motion()

    def set_reduced(self, reduced: bool) -> None:
        self.action.setChecked(bool(reduced))

    def _on_toggled(self, checked: bool) -> None:
        self._settings.setValue(SETTING, bool(checked))
        self._apply()

    def _apply(self) -> None:
        reduced = self.reduced
        for effect in _EFFECTS:
            QApplication.setEffectEnabled(effect, not reduced)
        self.changed.emit(reduced)
