"""Where claims come from: each source with every claim citing it, grouped by who asserts it;
and the data-quality list of entries a careful editor should check."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.records import Claim, QualityIssue, Source
from .. import theme
from ..core_words import confidence_label
from ..i18n import QT_TRANSLATE_NOOP, translate

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {"event": QT_TRANSLATE_NOOP("Citations", "Event"), "statement": QT_TRANSLATE_NOOP("Citations", "Quote"), "figure": QT_TRANSLATE_NOOP("Citations", "Figure"), "alignment": QT_TRANSLATE_NOOP("Citations", "Stance")}


class CitationsView(QWidget):
    """Sources ▸ who says so ▸ claims. Activating a claim asks the window to show it."""

    claim_activated = Signal(str, object)  # kind, id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("citationsView")
        self.intro = QLabel(translate("CitationsView", "Every source, and every claim that cites it, grouped by who asserts it. Double-click a claim to show it; right-click to copy it with its citation."))
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("citationsTree")
        self.tree.setAccessibleName(translate("CitationsView", "Sources and the claims citing them"))
        self.tree.setHeaderLabels([translate("CitationsView", "Claim"), translate("CitationsView", "Kind"), translate("CitationsView", "Date"), translate("CitationsView", "How sure"), translate("CitationsView", "Country")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        self._items: dict[tuple[str, int], QTreeWidgetItem] = {}

    def set_claims(self, sources: list[Source], claims: list[Claim], names: dict[str, str]) -> None:
        self.tree.clear()
        self._items.clear()
        by_source: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c in claims:
            by_source[c.source_id][c.attribution or ""].append(c)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for source in sources:
            groups = by_source.get(source.id, {})
            total = sum(len(v) for v in groups.values())
            bits = [x for x in (source.publisher, source.published) if x]
            top = QTreeWidgetItem([f"{source.title}" + (f" — {', '.join(bits)}" if bits else ""), "", "", translate("CitationsView", "{total} claims").format(total=total), ""])
            top.setFont(0, bold)
            top.setToolTip(0, source.note or source.title)
            top.setData(0, CLAIM_ROLE, ("source", source.id))
            self.tree.addTopLevelItem(top)
            for attribution in sorted(groups, key=lambda a: (a != "", -len(groups[a]), a.casefold())):
                rows = groups[attribution]
                who = attribution or translate("CitationsView", "The source itself (its own voice)")
                group = QTreeWidgetItem([f"{who}", "", "", f"{len(rows)}", ""])
                group.setFont(0, bold)
                top.addChild(group)
                for c in rows:
                    item = QTreeWidgetItem([
                        c.title, translate("Citations", KIND_LABELS.get(c.kind, c.kind)), c.date_label,
                        confidence_label(c.confidence), names.get(c.country_id or "", c.country_id or ""),
                    ])
                    item.setData(0, CLAIM_ROLE, (c.kind, c.id))
                    item.setForeground(3, QColor(theme.CONFIDENCE_COLORS.get(c.confidence, "#333")))
                    item.setToolTip(0, c.title)
                    group.addChild(item)
                    self._items[(c.kind, c.id)] = item
            top.setExpanded(True)
            for i in range(top.childCount()):
                top.child(i).setExpanded(True)

    def claim_count(self, source_id: str) -> int:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, CLAIM_ROLE) == ("source", source_id):
                return sum(top.child(j).childCount() for j in range(top.childCount()))
        return 0

    def listed_claims(self) -> set[tuple[str, int]]:
        return set(self._items)

    def show_claim(self, kind: str, item_id: int) -> bool:
        """Select and reveal one claim ("Show source" from elsewhere)."""
        item = self._items.get((kind, item_id))
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item, QTreeWidget.ScrollHint.PositionAtCenter)
        return True

    def current_claim(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        data = item.data(0, CLAIM_ROLE) if item else None
        return tuple(data) if data and data[0] in KIND_LABELS else None  # type: ignore[return-value]

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, CLAIM_ROLE)
        if data and data[0] in KIND_LABELS:
            self.claim_activated.emit(data[0], data[1])


CHECK_TITLES = {
    "attribution": QT_TRANSLATE_NOOP("Citations", "Needs an attribution"),
    "vague_date": QT_TRANSLATE_NOOP("Citations", "Undated or year-only"),
    "no_speaker": QT_TRANSLATE_NOOP("Citations", "Quote without a speaker"),
    "no_stance_today": QT_TRANSLATE_NOOP("Citations", "No stance recorded for today"),
    "no_unit": QT_TRANSLATE_NOOP("Citations", "Figure without a unit"),
    "anchor_lost": QT_TRANSLATE_NOOP("Citations", "Passage lost from its source"),
}


class QualityView(QWidget):
    """Entries to check, each explained by its note or waiting for an editor."""

    entry_activated = Signal(str, object)  # kind, id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("qualityView")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("qualityTree")
        self.tree.setAccessibleName(translate("QualityView", "Data quality problems"))
        self.tree.setHeaderLabels([translate("QualityView", "Entry"), translate("QualityView", "Problem"), translate("QualityView", "Explained by the editor's note")])
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 340)
        self.tree.setColumnWidth(1, 220)
        self.tree.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.issues: list[QualityIssue] = []

    def set_issues(self, issues: list[QualityIssue]) -> None:
        self.issues = list(issues)
        self.tree.clear()
        open_count = sum(not i.explained for i in issues)
        explained = len(issues) - open_count
        self.summary.setText(
            translate("QualityView", "<b>%n (entry needs|entries need) an editor</b>;", "", open_count) + " " + translate("QualityView", "%n more (is|are) explained by a note. Double-click an entry to open it (then F2 to edit it).", "", explained) if issues else translate("QualityView", "<b>Nothing to check.</b> Every entry is sourced, dated and attributed.")
        )
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for check, title in CHECK_TITLES.items():
            rows = [i for i in issues if i.check == check]
            if not rows:
                continue
            waiting = sum(not r.explained for r in rows)
            group = QTreeWidgetItem([f"{translate('Citations', title)} ({len(rows)})", translate("QualityView", "{waiting} not explained").format(waiting=waiting) if waiting else translate("QualityView", "all explained"), ""])
            group.setFont(0, bold)
            self.tree.addTopLevelItem(group)
            for issue in sorted(rows, key=lambda r: (r.explained, str(r.country_id), str(r.title))):
                item = QTreeWidgetItem([issue.title, issue.detail, issue.note or translate("QualityView", "— not explained —")])
                item.setData(0, CLAIM_ROLE, (issue.kind, issue.id))
                item.setToolTip(2, issue.note or "")
                if issue.explained:
                    for col in range(3):
                        item.setForeground(col, QColor("#6B6B6B"))
                else:
                    item.setForeground(2, QColor("#B2182B"))
                group.addChild(item)
            group.setExpanded(waiting > 0)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, CLAIM_ROLE)
        if data:
            self.entry_activated.emit(data[0], data[1])
