"""A virtual two-level model of the pack's skills: categories, then their skills.

No item objects exist per skill, so a pack with tens of thousands of skills costs a few
lists and dicts. The model reads the learner's state from the session on demand and edits
it only through undo commands.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from pathfinder.core import figures
from pathfinder.core.catalog import Skill
from pathfinder.core.skills import prerequisite_closure
from pathfinder.qt.skills.changed_rows import row_runs
from pathfinder.qt.skills.role_skill_rows import role_skill_data
from pathfinder.qt.state import commands
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.widgets.contrast import secondary_text
from pathfinder.qt.widgets.virtual_guard import guarded, no_flags, no_rows, not_handled, nothing

NAME_COLUMN, HOURS_COLUMN = 0, 1
# Custom roles answer on every row and column, never None: PySide6 6.12 on Python 3.11
# drops a reference to None each time QModelIndex.data() returns an empty QVariant,
# which eventually crashes the interpreter ("deallocating None").
SKILL_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str skill id; "" on category rows
OWN_STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # own SkillState.value (str); "" on categories
IMPLIED_ROLE = Qt.ItemDataRole.UserRole + 3  # True when held only through a ticked skill
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # casefolded text the filter matches against

# Clicks walk through the states in the order a learner ticks things off.
NEXT_STATE = {
    SkillState.NOT_YET: SkillState.HAVE,
    SkillState.HAVE: SkillState.LEARNING,
    SkillState.LEARNING: SkillState.NOT_YET,
}
CHECK_OF_STATE = {
    SkillState.HAVE: Qt.CheckState.Checked,
    SkillState.LEARNING: Qt.CheckState.PartiallyChecked,
    SkillState.NOT_YET: Qt.CheckState.Unchecked,
}
STATE_OF_CHECK = {check: state for state, check in CHECK_OF_STATE.items()}

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


_PLAIN_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# Not ItemIsUserTristate: the delegate cycles states in our own order.
_CHECK_FLAGS = _PLAIN_FLAGS | Qt.ItemFlag.ItemIsUserCheckable


def row_flags(is_skill: bool, column: int) -> Qt.ItemFlag:
    """Flags of a row (views ask for every open row: no enum arithmetic here)."""
    return _CHECK_FLAGS if is_skill and column == NAME_COLUMN else _PLAIN_FLAGS


def format_hours(hours: float) -> str:
    return figures.hours_number(hours)  # one rule for hours everywhere (core/figures.py)


def rich_tooltip(*paragraphs: str) -> str:
    """Tooltips guess at rich text: escape pack text, and wrap it in <p> so long lines wrap."""
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)


class SkillsModel(QAbstractItemModel):
    """Category rows (internal id 0) hold skill rows (internal id = category row + 1)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._categories: list[str] = []
        self._members: list[list[Skill]] = []
        self._member_ids: list[frozenset[str]] = []
        self._place: dict[str, tuple[int, int]] = {}
        self._search: dict[str, str] = {}
        self._texts: list[list[str]] = []
        self._counts: dict[int, tuple[int, int]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._build()
        session.packChanged.connect(self._on_pack_changed)
        session.skillsChanged.connect(self._on_skills_changed)

    # ----- structure -------------------------------------------------------------------------

    def _build(self) -> None:
        by_category: dict[str, list[Skill]] = {}
        # Pack order: authors group and order categories and skills for learners.
        for skill in self._session.catalog.skills:
            by_category.setdefault(skill.category, []).append(skill)
        self._categories = list(by_category)
        self._members = list(by_category.values())
        self._place = {
            skill.id: (c, r)
            for c, skills in enumerate(self._members)
            for r, skill in enumerate(skills)
        }
        self._search = {
            s.id: " ".join((s.name, s.id, *s.aliases, s.category)).casefold()
            for skills in self._members
            for s in skills
        }
        self._texts = [[self._search[s.id] for s in skills] for skills in self._members]
        # A category's count is what it shares with the held set: one set intersection, which
        # walks the smaller side (tens of held skills, not an ESCO category's thousands).
        self._member_ids = [frozenset(s.id for s in skills) for skills in self._members]
        self._counts = {}

    @guarded(QModelIndex)
    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        # Bounds checked here rather than with hasIndex(), which calls back into Python twice.
        if row < 0 or not 0 <= column < 2:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._categories):
                return QModelIndex()
            return self.createIndex(row, column, id=0)
        category = parent.row()
        if parent.internalId() != 0 or row >= len(self._members[category]):
            return QModelIndex()
        return self.createIndex(row, column, id=category + 1)

    @guarded(QModelIndex)
    def parent(self, child: ModelIndex | None = None) -> QModelIndex | QObject | None:  # type: ignore[override]
        if child is None:  # QObject.parent(), which this virtual shadows in Python
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, id=0)

    @guarded(no_rows)
    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._members[parent.row()])
        return 0

    @guarded(no_rows)
    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 2

    @guarded(nothing)
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Skill") if section == NAME_COLUMN else self.tr("Hours")
        if role == Qt.ItemDataRole.ToolTipRole and section == HOURS_COLUMN:
            return self.tr("Rough hours a learner needs for each skill")
        return None

    @guarded(no_flags)
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return row_flags(index.internalId() != 0, index.column())

    def skill_at(self, index: ModelIndex) -> Skill | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._members[index.internalId() - 1][index.row()]

    def skill_in(self, category: int, row: int) -> Skill:
        """The skill at `row` of `category` (no model index needed: the filter ranks many)."""
        return self._members[category][row]

    def search_text(self, category: int, row: int) -> str:
        return self._search[self._members[category][row].id]

    def search_texts(self, category: int) -> list[str]:
        """What the filter matches against, for each skill of a category in row order."""
        return self._texts[category]

    def category_size(self, category: int) -> int:
        return len(self._members[category])

    def index_of_skill(self, skill_id: str, column: int = NAME_COLUMN) -> QModelIndex:
        place = self._place.get(skill_id)
        if place is None:
            return QModelIndex()
        return self.createIndex(place[1], column, id=place[0] + 1)

    # ----- data ------------------------------------------------------------------------------

    @guarded(nothing)
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.data_at(index.row(), -1, index.column(), role)
        return self.data_at(index.internalId() - 1, index.row(), index.column(), role)

    def data_at(self, category: int, row: int, column: int, role: int) -> object:
        """data() of a category (row -1) or of one of its skills, without a model index:
        the filter model asks this for every painted cell."""
        skill = self._members[category][row] if row >= 0 else None
        if role >= SKILL_ID_ROLE:
            return self._custom_data(skill, role)
        if skill is None:
            return self._category_data(category, column, role)
        return self._skill_data(skill, column, role)

    def _custom_data(self, skill: Skill | None, role: int) -> object:
        if role == SKILL_ID_ROLE:
            return skill.id if skill else ""
        if role == OWN_STATE_ROLE:
            return self._session.skill_state(skill.id).value if skill else ""
        if role == IMPLIED_ROLE:
            return bool(skill and self._session.is_implied(skill.id))
        if role == SEARCH_ROLE:
            # Category rows never match by themselves; recursive filtering shows them
            # when one of their skills matches.
            return self._search[skill.id] if skill else ""
        return ""

    def _category_data(self, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if column != NAME_COLUMN:
            return None
        known, total = self._count(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self._categories[row]}  {known}/{total}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip(
                self.tr("You know {known} of the {total} skills in this category.").format(
                    known=str(known), total=str(total)
                )
            )
        return None

    def _skill_data(self, skill: Skill, column: int, role: int) -> object:
        session = self._session
        if role == Qt.ItemDataRole.ForegroundRole:
            if not session.is_implied(skill.id):
                return None
            # Quieter than the learner's own ticks (known only through a skill they ticked),
            # but readable: the disabled grey this used measured under 3:1.
            palette = QGuiApplication.palette()
            return QBrush(
                secondary_text(
                    palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
                )
            )
        if column == HOURS_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{hours} h").format(hours=format_hours(skill.effort_hours))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if role == Qt.ItemDataRole.ToolTipRole:
                return rich_tooltip(
                    self.tr("About {hours} hours to learn").format(
                        hours=format_hours(skill.effort_hours)
                    )
                )
            return None
        state = session.skill_state(skill.id)
        implied = session.is_implied(skill.id)
        if state is SkillState.NOT_YET and (
            session.is_from_role(skill.id) or session.is_not_held(skill.id)
        ):
            return role_skill_data(skill, session.is_from_role(skill.id), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(skill, state, implied)
        if role == Qt.ItemDataRole.CheckStateRole:
            if implied and state is SkillState.NOT_YET:
                return Qt.CheckState.Checked
            return CHECK_OF_STATE[state]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(skill, state, implied)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._label(skill, state, implied)}, {self._state_words(state, implied)}"
        return None

    def _label(self, skill: Skill, state: SkillState, implied: bool) -> str:
        if implied:
            names = [self._session.catalog.skill_by_id[s].name for s in self.implied_by(skill.id)]
            shown = ", ".join(names[:2]) + (", …" if len(names) > 2 else "")
            return self.tr("{skill} (required by {shown})").format(skill=skill.name, shown=shown)
        if state is SkillState.LEARNING:
            return self.tr("{skill} (learning)").format(skill=skill.name)
        return skill.name

    def _state_words(self, state: SkillState, implied: bool) -> str:
        if state is SkillState.HAVE:
            return self.tr("you have this")
        if state is SkillState.LEARNING:
            return self.tr("you are learning this")
        if implied:
            return self.tr("counted as known through a prerequisite")
        return self.tr("not yet")

    def _tooltip(self, skill: Skill, state: SkillState, implied: bool) -> str:
        lines = [skill.name, skill.description or ""]
        if skill.aliases:
            lines.append(self.tr("Also called: {names}").format(names=", ".join(skill.aliases)))
        if implied:
            names = [self._session.catalog.skill_by_id[s].name for s in self.implied_by(skill.id)]
            lines.append(
                self.tr(
                    "Counted as known because {names} requires it. Tick it to say you have it."
                ).format(names=", ".join(names))
            )
        else:
            lines.append(
                {
                    SkillState.HAVE: self.tr("You have this skill."),
                    SkillState.LEARNING: self.tr("You are learning this skill."),
                    SkillState.NOT_YET: self.tr("Not yet: tick the box if you have it."),
                }[state]
            )
        return rich_tooltip(*lines)

    def implied_by(self, skill_id: str) -> list[str]:
        """The ticked skills whose prerequisites include this one, in pack order."""
        table = prerequisite_closure(self._session.catalog)
        have = self._session.have
        found = [s for s in have if s != skill_id and skill_id in table.get(s, ())]
        return sorted(found, key=lambda s: self._place.get(s, (0, 0)))

    def _count(self, category: int) -> tuple[int, int]:
        cached = self._counts.get(category)
        if cached is None:
            ids = self._member_ids[category]
            cached = self._counts[category] = (len(ids & self._session.held), len(ids))
        return cached

    @guarded(not_handled)
    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        skill = self.skill_at(index)
        if skill is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        try:
            check = Qt.CheckState(value)
        except ValueError:
            return False
        session = self._session
        if session.skill_state(skill.id) is SkillState.NOT_YET:
            # A skill from the current role: a click marks it as not held, the next gives it
            # back; ticking it as the learner's own is not needed, it already counts.
            if session.is_from_role(skill.id):
                commands.set_not_held(session, skill.id, lacking=True)
                return True
            if session.is_not_held(skill.id):
                if check is Qt.CheckState.Checked:
                    commands.set_not_held(session, skill.id, lacking=False)
                return True
        # The session answers with skillsChanged, which repaints exactly the affected rows.
        commands.set_skill_state(session, skill.id, STATE_OF_CHECK[check])
        return True

    # ----- session signals -------------------------------------------------------------------

    def _on_pack_changed(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _on_skills_changed(self, changed: Iterable[str]) -> None:
        table = prerequisite_closure(self._session.catalog)
        rows: set[tuple[int, int]] = set()
        for skill in changed:
            # A skill's prerequisites may now name a different ticked skill in "(required by …)".
            for related in table.get(skill, (skill,)):
                place = self._place.get(related)
                if place is not None:
                    rows.add(place)
        for category in sorted({c for c, _ in rows}):
            before = self._counts.pop(category, None)
            if before is None or self._count(category) != before:
                head = self.index(category, 0)
                self.dataChanged.emit(head, head)
        for category, first, last in row_runs(rows):
            self.dataChanged.emit(
                self.createIndex(first, NAME_COLUMN, id=category + 1),
                self.createIndex(last, HOURS_COLUMN, id=category + 1),
            )
