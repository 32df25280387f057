"""Key UN votes: resolutions where Russia's position was at stake, and how every country voted.

The upper table lists the curated roll calls (``db.unvotes.KEY_VOTES``: 68/262 "Territorial
integrity of Ukraine", the Crimea resolutions...) with their tallies, Russia's vote and the
selected country's. Choosing one fills the lower table with every seat's vote, grouped no /
abstain / yes; activating a country there asks the window to select it (``country_clicked``).
The widget holds no database: it is given the key votes and a function that loads one roll call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ...db.unvotes import FEATURED_KEY_VOTE, USSR_NOTE, KeyVote, SeatVote
from ..i18n import QT_TRANSLATE_NOOP, translate

RCID_ROLE = Qt.ItemDataRole.UserRole + 1
ISO3_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

#: Light tints, told apart by their words too, so colour is never the only cue.
VOTE_TINTS = {"yes": "#DCEBF7", "no": "#F9D9CC", "abstain": "#ECECEC"}
VOTE_ORDER = {"no": 0, "abstain": 1, "yes": 2}

DATE, RESOLUTION, TITLE, YES, NO, ABSTAIN, RUSSIA, COUNTRY = range(8)
KEY_HEADERS = (QT_TRANSLATE_NOOP("KeyVotes", "Date"), QT_TRANSLATE_NOOP("KeyVotes", "Resolution"), QT_TRANSLATE_NOOP("KeyVotes", "Subject"), QT_TRANSLATE_NOOP("KeyVotes", "Yes"), QT_TRANSLATE_NOOP("KeyVotes", "No"), QT_TRANSLATE_NOOP("KeyVotes", "Abstain"), "Russia")

Loader = Callable[[int], Sequence[SeatVote]]


def _vote_cell(vote: str | None, role: int):
    if role == Qt.ItemDataRole.DisplayRole:
        return vote or "—"
    if role == Qt.ItemDataRole.BackgroundRole and vote in VOTE_TINTS:
        return QColor(VOTE_TINTS[vote])
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(Qt.AlignmentFlag.AlignCenter)
    return None


class KeyVotesModel(QAbstractTableModel):
    """One row per key vote; an extra column shows the selected country's vote when there is one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[KeyVote] = []
        self._country_name: str | None = None
        self._country_votes: dict[int, str] = {}

    def set_key_votes(self, votes: Sequence[KeyVote]) -> None:
        self.beginResetModel()
        self._rows = list(votes)
        self._country_votes = {}
        self.endResetModel()

    def set_country(self, name: str | None, votes: dict[int, str]) -> None:
        """Add (or, with None, remove) the column with one country's votes: {rcid: vote}."""
        had = self._country_name is not None
        if had and name is None:
            self.beginRemoveColumns(QModelIndex(), COUNTRY, COUNTRY)
            self._country_name, self._country_votes = None, {}
            self.endRemoveColumns()
        elif not had and name is not None:
            self.beginInsertColumns(QModelIndex(), COUNTRY, COUNTRY)
            self._country_name, self._country_votes = name, dict(votes)
            self.endInsertColumns()
        elif name is not None:
            self._country_name, self._country_votes = name, dict(votes)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COUNTRY, COUNTRY)
            if self._rows:
                self.dataChanged.emit(self.index(0, COUNTRY), self.index(len(self._rows) - 1, COUNTRY))

    def key_vote(self, row: int) -> KeyVote:
        return self._rows[row]

    def row_of(self, rcid: int) -> int:
        return next((i for i, k in enumerate(self._rows) if k.rcid == rcid), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(KEY_HEADERS) + (self._country_name is not None)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(KEY_HEADERS):
            return translate("KeyVotes", KEY_HEADERS[section])
        if section == COUNTRY and self._country_name is not None:
            return self._country_name
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        k = self._rows[index.row()]
        col = index.column()
        if role == RCID_ROLE:
            return k.rcid
        if col == RUSSIA:
            if role == Qt.ItemDataRole.ToolTipRole and k.date < "1992":
                return translate("KeyVotesModel", "The Soviet Union's vote: ") + USSR_NOTE
            return _vote_cell(k.russia, role)
        if col == COUNTRY:
            if self._country_name is None:
                return None
            vote = self._country_votes.get(k.rcid)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self._country_name}: {vote}" if vote else translate("KeyVotesModel", "{country_name} did not vote (or was not a member)").format(country_name=self._country_name)
            return _vote_cell(vote, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return (k.date, k.resolution, k.title, k.yes, k.no, k.abstain)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("KeyVotesModel", "{title}\nResolution {resolution}, {date}: {yes} yes, {no} no, {abstain} abstentions").format(title=k.title, resolution=k.resolution, date=k.date, yes=k.yes, no=k.no, abstain=k.abstain)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (YES, NO, ABSTAIN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RollCallVotesModel(QAbstractTableModel):
    """Every seat's vote on one roll call: country, vote."""

    HEADERS = (QT_TRANSLATE_NOOP("RollCallVotesModel", "Country"), QT_TRANSLATE_NOOP("RollCallVotesModel", "Vote"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SeatVote] = []
        self.highlight: str | None = None  # alpha-3 of the selected country, shown in bold

    def set_votes(self, votes: Sequence[SeatVote]) -> None:
        self.beginResetModel()
        self._rows = sorted(votes, key=lambda v: (VOTE_ORDER.get(v.vote, 3), v.name.casefold()))
        self.endResetModel()

    def set_highlight(self, iso3: str | None) -> None:
        self.highlight = iso3
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))

    def seat(self, row: int) -> SeatVote:
        return self._rows[row]

    def row_of(self, iso3: str) -> int:
        return next((i for i, v in enumerate(self._rows) if v.iso3 == iso3), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return translate("RollCallVotesModel", self.HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        if role == ISO3_ROLE:
            return v.iso3
        if role == SORT_ROLE:
            return v.name.casefold() if index.column() == 0 else (VOTE_ORDER.get(v.vote, 3), v.name.casefold())
        if role == Qt.ItemDataRole.FontRole and v.iso3 and v.iso3 == self.highlight:
            font = QFont()
            font.setBold(True)
            return font
        if index.column() == 1:
            return _vote_cell(v.vote, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return v.name
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left, right) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


class KeyVotesView(QWidget):
    """The two tables and a caption linking them."""

    country_clicked = Signal(str)
    roll_call_selected = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("keyVotes")
        self.setMinimumSize(360, 240)
        self._loader: Loader | None = None
        self._cache: dict[int, list[SeatVote]] = {}
        self._country: tuple[str, str] | None = None  # (iso3, name)

        self.model = KeyVotesModel(self)
        self.table = QTableView()
        self.table.setObjectName("keyVotesTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (the arrows walk it)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("KeyVotesView", "Key UN votes"))
        self.votes_model = RollCallVotesModel(self)
        self.votes_proxy = _SortProxy(self)
        self.votes_proxy.setSourceModel(self.votes_model)
        self.votes_table = QTableView()
        self.votes_table.setObjectName("rollCallVotes")
        self.votes_table.setTabKeyNavigation(False)
        self.votes_table.setModel(self.votes_proxy)
        self.votes_table.setSortingEnabled(True)
        self.votes_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.votes_table.setAccessibleName(translate("KeyVotesView", "How each country voted"))
        for view in (self.table, self.votes_table):
            view.horizontalHeader().setHighlightSections(False)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.setShowGrid(False)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.votes_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.caption = QLabel()
        self.caption.setObjectName("keyVoteCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.caption)
        lower_layout.addWidget(self.votes_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._on_key_vote_changed)
        self.votes_table.activated.connect(self._on_seat_activated)
        self.votes_table.doubleClicked.connect(self._on_seat_activated)
        self._show_caption(None)

    # -- public API ------------------------------------------------------------------------------

    def set_data(self, key_votes: Sequence[KeyVote], loader: Loader) -> None:
        """The key votes and a function rcid -> every seat's vote (``db.unvotes.roll_call_votes``)."""
        self._loader = loader
        self._cache = {}
        self.model.set_key_votes(key_votes)
        self._refresh_country()
        if key_votes:
            rcids = [k.rcid for k in key_votes]
            self.select_roll_call(FEATURED_KEY_VOTE if FEATURED_KEY_VOTE in rcids else rcids[-1])
        else:
            self.votes_model.set_votes([])
            self._show_caption(None)

    def set_country(self, iso3: str | None, name: str | None = None) -> None:
        """Show how this country voted on every key vote (a column) and bold it below."""
        self._country = (iso3, name or iso3) if iso3 else None
        self._refresh_country()

    def select_roll_call(self, rcid: int) -> bool:
        row = self.model.row_of(rcid)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    @property
    def current_rcid(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(RCID_ROLE) if index.isValid() else None

    def votes(self, rcid: int) -> list[SeatVote]:
        if rcid not in self._cache:
            self._cache[rcid] = list(self._loader(rcid)) if self._loader else []
        return self._cache[rcid]

    # -- updates ---------------------------------------------------------------------------------

    def _refresh_country(self) -> None:
        if self._country is None:
            self.model.set_country(None, {})
            self.votes_model.set_highlight(None)
            return
        iso3, name = self._country
        votes = {}
        for row in range(self.model.rowCount()):
            rcid = self.model.key_vote(row).rcid
            vote = next((v.vote for v in self.votes(rcid) if v.iso3 == iso3), None)
            if vote:
                votes[rcid] = vote
        current = self.current_rcid
        self.model.set_country(name, votes)
        self.votes_model.set_highlight(iso3)
        if current is not None:
            self.select_roll_call(current)  # the new column joins the selected row

    def _on_key_vote_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = self.model.key_vote(current.row())
        self.votes_model.set_votes(self.votes(key.rcid))
        self._show_caption(key)
        if self._country:
            row = self.votes_model.row_of(self._country[0])
            if row >= 0:
                self.votes_table.scrollTo(self.votes_proxy.mapFromSource(self.votes_model.index(row, 0)))
        self.roll_call_selected.emit(key.rcid)

    def _show_caption(self, key: KeyVote | None) -> None:
        if key is None:
            self.caption.setText(translate("KeyVotesView", "<i>No key votes in this database: import the UN votes (File ▸ Import UN Votes…).</i>"))
            return
        russia = translate("KeyVotesView", "the USSR") if key.date < "1992" else translate("KeyVotesView", "Russia")
        self.caption.setText(
            translate("KeyVotesView", "<b>{title}</b> — resolution {resolution}, {date}: {yes} yes, {no} no, {abstain} abstentions; {russia} voted <b>{v7}</b>.").format(title=_esc(key.title), resolution=_esc(key.resolution), date=key.date, yes=key.yes, no=key.no, abstain=key.abstain, russia=russia, v7=key.russia or 'nothing')
        )

    def _on_seat_activated(self, index: QModelIndex) -> None:
        iso3 = index.data(ISO3_ROLE)
        if iso3:
            self.country_clicked.emit(iso3)


def _esc(text: str) -> str:
    import html

    return html.escape(text)


__all__ = ["KeyVotesModel", "KeyVotesView", "RollCallVotesModel", "RCID_ROLE", "ISO3_ROLE"]
