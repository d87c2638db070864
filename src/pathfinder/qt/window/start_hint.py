"""The "Start here" banner: shown to a learner who has not started, gone once they do.

"Not started" means nothing ticked, nothing being learned and no target role. The banner is
decided when a learner is shown (the window attaches, a profile opens) and hidden by the
learner's first tick or target. It is not brought back when they undo that step: a banner
that comes and goes with one tick would make the graph below it jump.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from pathfinder.qt.state.session import Session
    from pathfinder.qt.widgets.banner import Banner


class StartHint(QObject):
    def __init__(self, banner: Banner, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banner = banner
        self._session = session
        self._dismissed = False  # "Dismiss" holds for the rest of this window's life
        banner.label.setText(
            self.tr(
                "Start here: tick the skills you already have on the left, then pick the "
                "role you want (double-click it in the graph, or choose it under Plan). "
                "The best path and the skills left to learn appear on the right."
            )
        )
        banner.action.hide()
        banner.close_button.clicked.connect(self._on_dismissed)
        session.skillsChanged.connect(self._on_learner_edited)
        session.rolesChanged.connect(self._on_learner_edited)
        # A profile opening (at start-up, or a switch to another learner) decides afresh;
        # it also sends skillsChanged, which alone would only ever hide the banner.
        session.learnerLoaded.connect(self.refresh)
        self.refresh()

    def has_started(self) -> bool:
        session = self._session
        return bool(session.target_role or session.have or session.learning)

    def refresh(self) -> None:
        self._banner.setVisible(not self._dismissed and not self.has_started())

    def _on_learner_edited(self, *_changed: object) -> None:
        if self.has_started():
            self._banner.hide()

    def _on_dismissed(self) -> None:
        self._dismissed = True
