"""The skill list as the learner filters it: categories with a match, then their matching skills.

A QSortFilterProxyModel asks Python about every row, several times, on every keystroke: with
the 13,896 skills of ESCO that is over a second per key. This model filters in one Python
pass over precomputed, casefolded search texts (a few milliseconds), then resets; all data
comes from the source SkillsModel. It keeps the proxy's interface the panel and tests use
(`set_needle`, `mapFromSource`, `mapToSource`, setData through it).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from pathfinder.core.catalog import Skill
from pathfinder.qt.skills.model import SkillsModel, row_flags
from pathfinder.qt.widgets.virtual_guard import guarded, no_flags, no_rows, not_handled, nothing

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RECENT = 64  # filter results kept for typing on and erasing
RANK_AT_MOST = 400  # matches of one category ranked by how well their names match


class SkillFilterModel(QAbstractItemModel):
    """Category rows (internal id 0) hold skill rows (internal id = shown category row + 1)."""

    def __init__(self, model: SkillsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._needle = ""
        self._categories: list[int] = []  # source category rows shown
        self._members: list[list[int] | None] = []  # source rows shown; None: all of them
        self._shown_at: dict[int, int] = {}  # source category row -> shown row
        self._positions: list[dict[int, int] | None] = []  # per shown category: row -> place
        self._match_count = 0
        self._recent: dict[str, list[list[int] | None]] = {}  # needle -> matches, oldest first
        self._filter()
        model.modelReset.connect(self._on_source_reset)
        model.dataChanged.connect(self._on_source_changed)

    # ----- filtering -------------------------------------------------------------------------

    @property
    def needle(self) -> str:
        return self._needle

    @property
    def match_count(self) -> int:
        """Skills shown (all of them when there is no filter)."""
        return self._match_count

    def set_needle(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self.beginResetModel()
            self._filter()
            self.endResetModel()

    def sourceModel(self) -> SkillsModel:
        return self._model

    def _filter(self) -> None:
        needle, model = self._needle, self._model
        self._categories, self._members = [], []
        count = 0
        matches = self._matches(needle)
        ranked: list[tuple[int, int, list[int] | None]] = []
        for category in range(model.rowCount()):
            rows = matches[category]
            if rows is None:
                count += model.category_size(category)
                ranked.append((0, category, None))
            elif rows:
                count += len(rows)
                best, ordered = self._ranked(category, rows)
                ranked.append((best, category, ordered))
            # else: a category shows only with a matching skill in it
        # Where the name matches comes before where only another name or the category does:
        # "aws" shows Amazon Web Services first, "git" shows Git before CI/CD.
        ranked.sort(key=lambda entry: entry[0])
        self._categories = [category for _, category, _ in ranked]
        self._members = [rows for _, _, rows in ranked]
        self._positions = [
            None if rows is None else {row: i for i, row in enumerate(rows)}
            for rows in self._members
        ]
        self._shown_at = {c: i for i, c in enumerate(self._categories)}
        self._match_count = count

    def _ranked(self, category: int, rows: list[int]) -> tuple[int, list[int]]:
        """The rows best match first (stable), and the best rank among them. A needle that
        matches thousands (one letter, in ESCO) keeps the list's order: ranking them would
        cost more than a keystroke may, and the learner is still typing."""
        if len(rows) > RANK_AT_MOST:
            return 3, rows
        needle, model = self._needle, self._model
        ranks = {row: match_rank(model.skill_in(category, row), needle) for row in rows}
        ordered = sorted(rows, key=lambda row: ranks[row])
        return ranks[ordered[0]], ordered

    def _matches(self, needle: str) -> list[list[int] | None]:
        """Matching rows per category (None: all). Typing on narrows the previous result
        instead of searching everything again, and erasing finds recent results again."""
        found = self._recent.get(needle)
        if found is not None:
            return found
        model = self._model
        base = max((k for k in self._recent if k and k in needle), key=len, default="")
        earlier = self._recent.get(base) if base else None
        found = []
        for category in range(model.rowCount()):
            texts = model.search_texts(category)
            if not needle:
                found.append(None)
                continue
            rows = earlier[category] if earlier is not None else None
            candidates = range(len(texts)) if rows is None else rows
            found.append([row for row in candidates if needle in texts[row]])
        if len(self._recent) >= _RECENT:
            self._recent.pop(next(iter(self._recent)))
        self._recent[needle] = found
        return found

    def _on_source_reset(self) -> None:
        self._recent.clear()  # another pack
        self.beginResetModel()
        self._filter()
        self.endResetModel()

    # ----- mapping ---------------------------------------------------------------------------

    @guarded(QModelIndex)
    def mapToSource(self, index: ModelIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        if index.internalId() == 0:
            return self._model.index(self._categories[index.row()], index.column())
        shown = index.internalId() - 1
        members = self._members[shown]
        row = index.row() if members is None else members[index.row()]
        return self._model.index(row, index.column(), self._model.index(self._categories[shown], 0))

    @guarded(QModelIndex)
    def mapFromSource(self, index: ModelIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        if index.internalId() == 0:
            shown = self._shown_at.get(index.row())
            return QModelIndex() if shown is None else self.createIndex(shown, index.column(), 0)
        shown = self._shown_at.get(index.internalId() - 1)
        if shown is None:
            return QModelIndex()
        positions, row = self._positions[shown], index.row()
        if positions is not None:
            at = positions.get(row)
            if at is None:
                return QModelIndex()
            row = at
        return self.createIndex(row, index.column(), shown + 1)

    def _on_source_changed(self, first: QModelIndex, last: QModelIndex, roles: object) -> None:
        if first.internalId() == 0:  # a category row (its count)
            head = self.mapFromSource(first)
            if head.isValid():
                self.dataChanged.emit(head, head.siblingAtColumn(last.column()))
            return
        shown = self._shown_at.get(first.internalId() - 1)
        if shown is None:
            return
        positions = self._positions[shown]
        low, high = first.row(), last.row()
        if positions is not None:  # the shown rows of the changed span (ranked: any order)
            at = [p for r, p in positions.items() if low <= r <= high]
            if not at:
                return
            low, high = min(at), max(at)
        self.dataChanged.emit(
            self.createIndex(low, first.column(), shown + 1),
            self.createIndex(high, last.column(), shown + 1),
        )

    # ----- the model interface, answered from the source ------------------------------------

    @guarded(QModelIndex)
    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < 2:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._categories):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or row >= self._count(parent.row()):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    @guarded(QModelIndex)
    def parent(self, child: ModelIndex | None = None) -> QModelIndex | QObject | None:  # type: ignore[override]
        if child is None:  # QObject.parent(), which this virtual shadows in Python
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def _count(self, shown: int) -> int:
        members = self._members[shown]
        return (
            len(members)
            if members is not None
            else self._model.category_size(self._categories[shown])
        )

    @guarded(no_rows)
    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._count(parent.row())
        return 0

    @guarded(no_rows)
    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 2

    @guarded(nothing)
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return self._model.headerData(section, orientation, role)

    @guarded(no_flags)
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return row_flags(index.internalId() != 0, index.column())

    @guarded(nothing)
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        shown = index.internalId()
        if shown == 0:
            return self._model.data_at(self._categories[index.row()], -1, index.column(), role)
        members = self._members[shown - 1]
        row = index.row() if members is None else members[index.row()]
        return self._model.data_at(self._categories[shown - 1], row, index.column(), role)

    @guarded(not_handled)
    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        return self._model.setData(self.mapToSource(index), value, role)


def match_rank(skill: Skill, needle: str) -> int:
    """How well `skill` matches a filter text: 0 its id, name or another name is the text,
    1 its name starts with it, 2 a word of the name does, 3 the name holds it, 4 another
    name or the id holds it, 5 only the category does."""
    name = skill.name.casefold()
    others = [a.casefold() for a in skill.aliases]
    words = name.replace("(", " ").replace(")", " ").replace("/", " ").split()
    if needle in (skill.id, name, *others):
        return 0
    if name.startswith(needle):
        return 1
    if any(word.startswith(needle) for word in words):
        return 2
    if needle in name:
        return 3
    if needle in skill.id or any(needle in other for other in others):
        return 4
    return 5
