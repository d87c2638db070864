"""'Count all my role's skills again': one click undoes every 'not held' mark of the role.

The current role's essential skills count as the learner's own ("from your role" in the
Skills list), and one click there marks one as not held. After marking several, a learner
who changes their mind (or marked them by mistake) gets them all back here in one undoable
edit. The button shows only while some of the current role's skills are marked not held.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from pathfinder.qt.state import commands
from pathfinder.qt.state.session import Session


class RoleSkillsButton(QPushButton):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setAccessibleName(self.tr("Count all my role's skills again"))
        self.clicked.connect(self._give_back)
        session.rolesChanged.connect(self.refresh)
        session.skillsChanged.connect(self.refresh)
        session.packChanged.connect(self.refresh)
        self.refresh()

    def marked(self) -> list[str]:
        """The current role's skills the learner marked as not held, in pack order."""
        session = self._session
        # From the few marks the profile holds, not from every skill of the pack: this runs
        # on every tick, and asking each of ESCO's 13,896 skills took 10 ms of it.
        marked = {s for s in session.not_held if session.is_not_held(s)}
        if not marked:
            return []
        return [s for s in session.catalog.skill_by_id if s in marked]

    def refresh(self, *_changed: object) -> None:
        marked = self.marked()
        role = self._session.current_role
        self.setVisible(bool(marked))
        if not marked or role is None:
            return
        name = self._session.catalog.role_by_id[role].name
        self.setText(self.tr("Count my role's %n skill(s) marked not held", None, len(marked)))
        self.setToolTip(
            self.tr(
                "The skills {name} needs count as yours. You marked some as not held in the "
                "Skills list; this counts them all again (Ctrl+Z undoes it)."
            ).format(name=name)
        )

    def _give_back(self) -> None:
        commands.count_role_skills_again(self._session, self.marked())
