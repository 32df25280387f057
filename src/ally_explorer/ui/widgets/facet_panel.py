"""The facet panel: tick categories, confidence levels, who says so and countries, pick dates;
each value shows how many claims it would give with the other facets applied."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QModelIndex, QRect, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import vocab
from ...core.filters import Filters
from .. import theme
from ..core_words import category_label, confidence_label
from ..focus_order import FocusGroup
from ..i18n import QT_TRANSLATE_NOOP, translate

FACET_TITLES = {
    "category": QT_TRANSLATE_NOOP("FacetPanel", "Category (events)"),
    "confidence": QT_TRANSLATE_NOOP("FacetPanel", "How sure"),
    "attribution": QT_TRANSLATE_NOOP("FacetPanel", "Who says so"),
    "country": QT_TRANSLATE_NOOP("FacetPanel", "Country"),
}
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
FACET_ROLE = Qt.ItemDataRole.UserRole + 2


def name_rect(view: QAbstractItemView, index: QModelIndex, width: int | None = None) -> tuple[QRect, QStyleOptionViewItem]:
    """Where the style puts an item's text in a row ``width`` wide (default: as it is now)."""
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    option.rect = view.visualRect(index) if width is None else QRect(0, 0, width, 10_000)
    style = view.style()
    return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view), option


def wrapped_height(text: str, option: QStyleOptionViewItem, width: int) -> int:
    """How tall ``text`` is wrapped at ``width`` (the style's text margins included)."""
    margin = 2 * (QApplication.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option) + 1)
    bounds = QFontMetrics(option.font).boundingRect(
        QRect(0, 0, max(width - margin, 1), 100_000), int(Qt.TextFlag.TextWordWrap), text)
    return bounds.height()


class WrappingDelegate(QStyledItemDelegate):
    """Facet names wrap onto more lines instead of being elided ("The so…itself"): a row is as
    tall as its name wrapped at the name column's width, recomputed when the column resizes."""

    def __init__(self, view: QTreeWidget):
        super().__init__(view)
        self._view = view
        view.header().sectionResized.connect(self._on_section_resized)

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if index.column() == 0:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != 0 or not index.parent().isValid():
            return size
        view = self._view
        depth = 1 + int(view.rootIsDecorated())
        width = view.columnWidth(0) - view.indentation() * depth
        text_rect, opt = name_rect(view, index, width)
        text = str(index.data() or "")
        needed = wrapped_height(text, opt, text_rect.width()) + size.height() - QFontMetrics(opt.font).height()
        return QSize(size.width(), max(size.height(), needed))

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            self.sizeHintChanged.emit(QModelIndex())  # the view lays its rows out again


class FacetPanel(QWidget):
    filters_changed = Signal(object)  # Filters

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self._filters = Filters()
        self._names: dict[str, str] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}

        self.summary = QLabel()
        self.summary.setObjectName("facetSummary")
        self.summary.setWordWrap(True)
        self.clear_button = QPushButton(translate("FacetPanel", "Clear all"))
        self.clear_button.setToolTip(translate("FacetPanel", "Show everything again"))
        self.clear_button.clicked.connect(self.clear)

        self.tree = QTreeWidget()
        self.tree.setObjectName("facetTree")
        self.tree.setAccessibleName(self.tr("Filters"))
        self.tree.setAccessibleDescription(self.tr("Space ticks a value; each shows how many entries it has. "
                                                   "Up from the top and Down from the bottom go on to the "
                                                   "panel's other controls; Tab leaves the panel"))
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setMinimumWidth(220)
        self.tree.itemChanged.connect(self._on_item_changed)
        for facet, title in FACET_TITLES.items():
            group = QTreeWidgetItem([translate("FacetPanel", title), ""])
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, FACET_ROLE, facet)
            self.tree.addTopLevelItem(group)
            self._groups[facet] = group
        self.tree.expandAll()
        # Wide enough for the longest vocabulary label beside its box, indent and count (the
        # Ukrainian "За повідомленнями" is half as long again as "Reported").
        labels = [confidence_label(c) for c in vocab.CONFIDENCES] + [category_label(c) for c in vocab.CATEGORIES]
        self.setMinimumWidth(max(220, max(self.fontMetrics().horizontalAdvance(t) for t in labels) + 135))

        self.from_check = QCheckBox(translate("FacetPanel", "From"))
        self.to_check = QCheckBox(translate("FacetPanel", "To"))
        self.from_date = QDateEdit()
        self.to_date = QDateEdit()
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_date.setAccessibleName(self.tr("To date"))
        for edit in (self.from_date, self.to_date):
            edit.setDisplayFormat("d MMM yyyy")
            edit.setCalendarPopup(True)
            edit.setMinimumDate(QDate(1, 1, 1))
            edit.setEnabled(False)
        self.from_date.setDate(QDate(2022, 1, 1))
        self.to_date.setDate(QDate.currentDate())
        for widget in (self.from_check, self.to_check):
            widget.toggled.connect(self._on_dates_changed)
        for widget in (self.from_date, self.to_date):
            widget.dateChanged.connect(self._on_dates_changed)
        self.confirmed_only = QCheckBox(translate("FacetPanel", "Confirmed only"))
        self.confirmed_only.setObjectName("confirmedOnlyBox")
        self.confirmed_only.setToolTip(translate("FacetPanel", "Hide reported, claimed and disputed items everywhere"))
        self.confirmed_only.toggled.connect(self._on_confirmed_toggled)

        top = QHBoxLayout()
        title = QLabel("<b>" + translate("FacetPanel", "Filters") + "</b>")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        dates = QGridLayout()
        dates.addWidget(QLabel(translate("FacetPanel", "<b>Dates</b> (windows that overlap)")), 0, 0, 1, 2)
        dates.addWidget(self.from_check, 1, 0)
        dates.addWidget(self.from_date, 1, 1)
        dates.addWidget(self.to_check, 2, 0)
        dates.addWidget(self.to_date, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.confirmed_only)
        layout.addWidget(self.tree, 1)
        layout.addLayout(dates)
        self._update_summary(None)
        # One Tab stop for the whole panel, entered at the tree; the arrows reach the rest.
        self.focus_group = FocusGroup(self.tab_stops(), entry=self.tree, parent=self)

    # -- state in ------------------------------------------------------------------------------

    def tab_stops(self) -> list:
        """Its controls in reading order (top to bottom): one Tab stop, ``focus_group``."""
        return [self.clear_button, self.confirmed_only, self.tree, self.from_check, self.from_date, self.to_check, self.to_date]

    @property
    def filters(self) -> Filters:
        return self._filters

    def set_country_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)

    def set_filters(self, filters: Filters) -> None:
        """Show these filters (no signal)."""
        self._filters = filters
        model = self.tree.model()
        with QSignalBlocker(self.tree):
            for facet, group in self._groups.items():
                chosen = filters.values(facet)
                changed = []
                with QSignalBlocker(model):  # told once per group below (see set_counts)
                    for i in range(group.childCount()):
                        item = group.child(i)
                        state = Qt.CheckState.Checked if item.data(0, VALUE_ROLE) in chosen else Qt.CheckState.Unchecked
                        if item.checkState(0) != state:
                            item.setCheckState(0, state)
                            changed.append(i)
                if changed:
                    model.dataChanged.emit(self.tree.indexFromItem(group.child(changed[0]), 0),
                                           self.tree.indexFromItem(group.child(changed[-1]), 0), [])
        with QSignalBlocker(self.confirmed_only):
            self.confirmed_only.setChecked(filters.confirmed_only)
        for check, edit, value in ((self.from_check, self.from_date, filters.date_from),
                                   (self.to_check, self.to_date, filters.date_to)):
            with QSignalBlocker(check), QSignalBlocker(edit):
                check.setChecked(value is not None)
                edit.setEnabled(value is not None)
                if value:
                    edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        """Show the values with their counts; values chosen but now at zero stay listed. The
        rows there are take the values in their new order and only what changed is set (every
        row made anew and laid out again took most of a facet change's 15 ms at 200 countries)."""
        model = self.tree.model()
        with QSignalBlocker(self.tree):
            for facet, group in self._groups.items():
                values = dict(counts.get(facet, {}))
                chosen = self._filters.values(facet)
                for value in chosen:
                    values.setdefault(value, 0)
                ordered = self._ordered(facet, values)
                while group.childCount() > len(ordered):
                    group.removeChild(group.child(group.childCount() - 1))
                for i in range(group.childCount(), len(ordered)):
                    item = QTreeWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    group.addChild(item)
                # each changed cell would have the view size every row again (the count column
                # fits its contents): the group's rows are told of it once instead
                with QSignalBlocker(model):
                    changed = [self._fill(group.child(i), facet, value, values[value], value in chosen)
                               for i, value in enumerate(ordered)]
                if any(changed):
                    first = self.tree.indexFromItem(group.child(changed.index(True)), 0)
                    last = self.tree.indexFromItem(group.child(len(changed) - 1 - changed[::-1].index(True)), 1)
                    model.dataChanged.emit(first, last, [])
                group.setText(1, "")
        if not all(group.isExpanded() for group in self._groups.values()):
            self.tree.expandAll()
        self._update_summary(counts.get("total"))

    def _fill(self, item: QTreeWidgetItem, facet: str, value: str, count: int, checked: bool) -> bool:
        """One value's row: its name, count, tick and colours, each set only when it changes
        (True when something did)."""
        changed = False
        if item.data(0, VALUE_ROLE) != value:
            item.setData(0, VALUE_ROLE, value)
            changed = True
        label, text = self._label(facet, value), f"{count:,}"
        if item.text(0) != label:
            item.setText(0, label)
            changed = True
        if item.text(1) != text:
            item.setText(1, text)
            changed = True
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if item.data(0, Qt.ItemDataRole.CheckStateRole) is None or item.checkState(0) != state:
            item.setCheckState(0, state)
            changed = True
        muted = QColor(theme.current().muted) if count == 0 else None  # the theme's muted text: 4.5:1, unlike the old #999 (2.85)
        color = self._color(facet, value)
        for column, wanted in ((0, QColor(color) if color else muted), (1, muted)):
            shown = item.data(column, Qt.ItemDataRole.ForegroundRole)
            if wanted is None:
                if shown is not None:
                    item.setData(column, Qt.ItemDataRole.ForegroundRole, None)
                    changed = True
            elif shown is None or shown.color() != wanted:  # a QBrush
                item.setForeground(column, wanted)
                changed = True
        return changed

    def _ordered(self, facet: str, values: dict[str, int]) -> list[str]:
        if facet == "category":
            return [c for c in vocab.CATEGORIES if c in values]
        if facet == "confidence":
            return [c for c in vocab.CONFIDENCES if c in values]
        if facet == "country":
            return sorted(values, key=lambda v: self._names.get(v, v))
        return sorted(values, key=lambda v: (-values[v], v.casefold()))

    def _label(self, facet: str, value: str) -> str:
        if facet == "category":
            return category_label(value)
        if facet == "confidence":
            return confidence_label(value)
        if facet == "attribution":
            return value or translate("FacetPanel", "The source itself")
        if facet == "country":
            return self._names.get(value, value)
        return value

    @staticmethod
    def _color(facet: str, value: str) -> str | None:
        if facet == "category":  # the text variants: 4.5:1 on the panel (the hues are for graphics)
            return theme.current().category_text.get(value)
        if facet == "confidence":
            return theme.current().confidence.get(value)
        return None

    def _update_summary(self, total: dict[str, int] | None) -> None:
        n = self._filters.count_active()
        shown = translate("FacetPanel", "{v0:,} claims ({v1:,} events) shown").format(v0=total['claims'], v1=total['events']) if total else ""
        if n:
            self.summary.setText("<span style='color:" + theme.current().confidence["reported"] + "'><b>" + translate("FacetPanel", "%n filter(s) active", "", n) + "</b></span> · " + shown)
        else:
            self.summary.setText(translate("FacetPanel", "No filters · {shown}").format(shown=shown) if shown else translate("FacetPanel", "No filters"))
        self.clear_button.setEnabled(bool(n))

    # -- user input out ------------------------------------------------------------------------

    def _emit(self, filters: Filters) -> None:
        if filters != self._filters:
            self._filters = filters
            self._update_summary(None)
            self.filters_changed.emit(filters)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        parent = item.parent()
        if parent is None or column != 0:
            return
        facet = parent.data(0, FACET_ROLE)
        chosen = set(self._filters.values(facet))
        value = item.data(0, VALUE_ROLE)
        if item.checkState(0) == Qt.CheckState.Checked:
            chosen.add(value)
        else:
            chosen.discard(value)
        self._emit(self._filters.with_values(facet, chosen))

    def _on_dates_changed(self, *_):
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())
        start = self.from_date.date().toString(Qt.DateFormat.ISODate) if self.from_check.isChecked() else None
        end = self.to_date.date().toString(Qt.DateFormat.ISODate) if self.to_check.isChecked() else None
        if start and end and start > end:
            start, end = end, start
        self._emit(replace(self._filters, date_from=start, date_to=end))

    def _on_confirmed_toggled(self, checked: bool) -> None:
        self._emit(replace(self._filters, confirmed_only=checked))

    def clear(self) -> None:
        self._emit(Filters())

    def check_value(self, facet: str, value: str, checked: bool = True) -> None:
        """Tick a value as a user would (for tests and keyboard shortcuts)."""
        group = self._groups[facet]
        for i in range(group.childCount()):
            item = group.child(i)
            if item.data(0, VALUE_ROLE) == value:
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(f"{facet}={value!r} is not offered")

    def count_of(self, facet: str, value: str) -> int | None:
        group = self._groups[facet]
        for i in range(group.childCount()):
            item = group.child(i)
            if item.data(0, VALUE_ROLE) == value:
                return int(item.text(1).replace(",", ""))
        return None

