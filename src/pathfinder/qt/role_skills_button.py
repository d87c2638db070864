"""'Tick what a <current role> needs': one click for the skills a learner's own job implies.

The planner counts only ticked skills (a start role costs nothing, but its skills are not
assumed), so a DevOps engineer who picks "I am now DevOps Engineer" would otherwise be asked
to learn CI/CD. The button offers to tick that role's essential skills in one undoable edit;
the learner unticks any they lack.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from pathfinder.qt import commands
from pathfinder.qt.session import Session


class RoleSkillsButton(QPushButton):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setAccessibleName(self.tr("Tick the current role's skills"))
        self.clicked.connect(self._tick)
        session.rolesChanged.connect(self.refresh)
        session.skillsChanged.connect(self.refresh)
        session.packChanged.connect(self.refresh)
        self.refresh()

    def missing(self) -> list[str]:
        """Essential skills of the current role the learner neither ticked nor implied."""
        role = self._session.current_role
        if role is None:
            return []
        held = self._session.held
        return [s for s in self._session.catalog.role_by_id[role].essential if s not in held]

    def refresh(self, *_changed: object) -> None:
        missing = self.missing()
        role = self._session.current_role
        self.setVisible(bool(missing))
        if not missing or role is None:
            return
        name = self._session.catalog.role_by_id[role].name
        self.setText(
            (
                self.tr("Tick my role's essential skill")
                if len(missing) == 1
                else self.tr("Tick my role's %1 essential skills")
            ).replace("%1", str(len(missing)))
        )
        self.setToolTip(
            self.tr(
                "Your current role's skills are not assumed: mark the essential skills of %1 "
                "as skills you have, then untick any you lack (Ctrl+Z undoes it)."
            ).replace("%1", name)
        )

    def _tick(self) -> None:
        role = self._session.current_role
        if role is not None:
            commands.tick_role_skills(self._session, role, self.missing())
