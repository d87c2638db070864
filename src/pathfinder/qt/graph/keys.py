"""Moving around the graph with the keyboard, in the map's own terms.

Left and Right go down and up the levels of the selected role's family lane; Up and Down go
to a role stacked above or below at the same level, else to the neighbouring lane, to the
role nearest in level; Alt+Right follows one of the role's
moves, Alt+Left goes back along a move into it, and Alt+Up or Alt+Down tries the other moves
of that same role in turn. Plain functions of the drawn items: the view asks the session to
select the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QGraphicsView

from pathfinder.core.catalog import Catalog, Role
from pathfinder.qt.graph.items import RoleItem
from pathfinder.qt.state.session import Session

if TYPE_CHECKING:
    from pathfinder.qt.graph.scene import GraphScene

ALONG_MOVES = Qt.KeyboardModifier.AltModifier


def first_role(items: Mapping[str, RoleItem]) -> str | None:
    """The top-left role: where the keyboard starts when nothing is selected."""
    first = min(items.values(), key=lambda i: (i.scenePos().y(), i.scenePos().x()), default=None)
    return first.role_id if first is not None else None


def _lanes(items: Mapping[str, RoleItem]) -> list[str]:
    """The drawn families from top to bottom (by the highest role of each lane)."""
    top: dict[str, float] = {}
    for item in items.values():
        family, y = item.role.family, item.scenePos().y()
        top[family] = min(top.get(family, y), y)
    return sorted(top, key=lambda family: (top[family], family))


def along_lane(items: Mapping[str, RoleItem], origin: str, step: int) -> str | None:
    """The role of the same family one level further left (-1) or right (+1), the nearest
    one on screen where a level holds several, skipping empty levels."""
    here = items[origin]
    level, family = here.role.level, here.role.family
    ahead = [
        item
        for item in items.values()
        if item.role.family == family and (item.role.level - level) * step > 0
    ]
    if not ahead:
        return None
    nearest_level = min(abs(item.role.level - level) for item in ahead)
    return min(
        (item for item in ahead if abs(item.role.level - level) == nearest_level),
        key=lambda i: (abs(i.scenePos().y() - here.scenePos().y()), i.role_id),
    ).role_id


def across_lanes(items: Mapping[str, RoleItem], origin: str, step: int) -> str | None:
    """The role above (-1) or below (+1) at the same level of the same lane, where a lane
    stacks several; else the role of the neighbouring lane nearest in level."""
    here = items[origin]
    y = here.scenePos().y()
    stacked = [
        item
        for item in items.values()
        if item.role.family == here.role.family
        and item.role.level == here.role.level
        and (item.scenePos().y() - y) * step > 0
    ]
    if stacked:
        return min(stacked, key=lambda i: abs(i.scenePos().y() - y)).role_id
    lanes = _lanes(items)
    at = lanes.index(here.role.family) + step
    if not 0 <= at < len(lanes):
        return None
    lane = [item for item in items.values() if item.role.family == lanes[at]]
    return min(
        lane,
        key=lambda i: (
            abs(i.role.level - here.role.level),
            abs(i.scenePos().x() - here.scenePos().x()),
            abs(i.scenePos().y() - here.scenePos().y()),
            i.role_id,
        ),
    ).role_id


class MoveWalk:
    """Alt+arrows: the moves out of (or into) one role, tried one after another."""

    def __init__(self) -> None:
        self.origin: str | None = None
        self.choices: list[str] = []
        self.index = 0

    def _start(self, origin: str, choices: list[str]) -> str | None:
        self.origin, self.choices, self.index = origin, choices, 0
        return choices[0] if choices else None

    def follow(
        self, catalog: Catalog, shown: Mapping[str, RoleItem], origin: str, route: tuple[str, ...]
    ) -> str | None:
        """Alt+Right: the first move out of `origin` (the route's own first)."""
        levels = catalog.role_by_id
        ahead = {t.target for t in catalog.transitions if t.source == origin and t.target in shown}
        return self._start(origin, self._ordered(ahead, route, levels))

    def back(
        self, catalog: Catalog, shown: Mapping[str, RoleItem], origin: str, route: tuple[str, ...]
    ) -> str | None:
        """Alt+Left: the first move into `origin` (the route's own first)."""
        levels = catalog.role_by_id
        behind = {t.source for t in catalog.transitions if t.target == origin and t.source in shown}
        return self._start(origin, self._ordered(behind, route, levels))

    @staticmethod
    def _ordered(roles: set[str], route: tuple[str, ...], levels: Mapping[str, Role]) -> list[str]:
        def key(role: str) -> tuple[bool, int, str]:
            return (role not in route, levels[role].level, role)

        return sorted(roles, key=key)

    def other(self, selected: str | None, step: int) -> str | None:
        """Alt+Up/Alt+Down: the previous or next of the same role's moves, if the selection
        is still where the walk left it."""
        if not self.choices or selected != self.choices[self.index]:
            return None
        self.index = (self.index + step) % len(self.choices)
        return self.choices[self.index]

    def position(self, selected: str | None) -> tuple[str, int, int] | None:
        """(origin, number, count) while the selection is one of the walk's moves."""
        if self.origin is None or not self.choices or selected != self.choices[self.index]:
            return None
        return self.origin, self.index + 1, len(self.choices)


class GraphKeys(QObject):
    """The graph's own keys (arrows, Alt+arrows, Space, Shift+F10); the view passes each key
    press here first."""

    detailsRequested = Signal(str)  # Space: show this role's details
    walked = Signal(str)  # said after an Alt+arrow: "move 2 of 3 from Data analyst"

    def __init__(self, view: QGraphicsView, scene: GraphScene, session: Session) -> None:
        super().__init__(view)
        self._view, self._scene, self._session = view, scene, session
        self.walk = MoveWalk()

    @property
    def session(self) -> Session:
        return self._session

    def selected(self) -> str | None:
        return self._session.selected_role

    def handle(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        session = self._session
        if mods & Qt.KeyboardModifier.ControlModifier:
            return False
        if key == Qt.Key.Key_Space and session.selected_role:
            self.detailsRequested.emit(session.selected_role)
            return True
        if key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier:
            menu = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint())
            QApplication.sendEvent(self._view, menu)
            return True
        if key not in _ARROWS:
            return False
        items = self._scene.role_items
        origin = session.selected_role or session.current_role or session.target_role
        if origin not in items:
            found = first_role(items)
        elif mods & ALONG_MOVES:
            found = self._along_moves(Qt.Key(key), origin, items)
        else:
            found = _ARROWS[Qt.Key(key)](items, origin)
        if found is not None:
            session.select_role(found)
            self._say_walk(found)
        return True

    def _along_moves(self, key: Qt.Key, origin: str, items: Mapping[str, RoleItem]) -> str | None:
        session, walk = self._session, self.walk
        route = session.plan.path if session.plan is not None else ()
        if key == Qt.Key.Key_Right:
            return walk.follow(session.catalog, items, origin, route)
        if key == Qt.Key.Key_Left:
            return walk.back(session.catalog, items, origin, route)
        return walk.other(session.selected_role, 1 if key == Qt.Key.Key_Down else -1)

    def _say_walk(self, found: str) -> None:
        where = self.walk.position(found)
        if where is None:
            return
        origin, number, count = where
        self.walked.emit(
            self.tr("Move {number} of {count} with {role}").format(
                number=number, count=count, role=self._session.catalog.role_by_id[origin].name
            )
        )

    def focus_in(self, reason: Qt.FocusReason) -> None:
        """Coming to the graph by keyboard: select a role so the focus ring shows somewhere."""
        if reason == Qt.FocusReason.MouseFocusReason:
            return
        session, items = self._session, self._scene.role_items
        if session.selected_role in items:
            return
        for role in (session.current_role, session.target_role, first_role(items)):
            if role in items:
                session.select_role(role)
                return


_ARROWS: dict[Qt.Key, Callable[[Mapping[str, RoleItem], str], str | None]] = {
    Qt.Key.Key_Left: lambda items, origin: along_lane(items, origin, -1),
    Qt.Key.Key_Right: lambda items, origin: along_lane(items, origin, 1),
    Qt.Key.Key_Up: lambda items, origin: across_lanes(items, origin, -1),
    Qt.Key.Key_Down: lambda items, origin: across_lanes(items, origin, 1),
}


def graph_keys() -> list[tuple[str, str]]:
    """The map's own keys and what they do, for Help (keys in the system's own notation)."""

    def key(text: str) -> str:
        return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)

    return [
        (
            QCoreApplication.translate("GraphKeys", "{left} / {right}").format(
                left=key("Left"), right=key("Right")
            ),
            QCoreApplication.translate(
                "GraphKeys", "The role one level down or up in the same family lane"
            ),
        ),
        (
            QCoreApplication.translate("GraphKeys", "{up} / {down}").format(
                up=key("Up"), down=key("Down")
            ),
            QCoreApplication.translate(
                "GraphKeys", "The role above or below: same level first, else the neighbouring lane"
            ),
        ),
        (
            key("Alt+Right"),
            QCoreApplication.translate(
                "GraphKeys", "Follow a move out of the selected role (your route's first)"
            ),
        ),
        (
            key("Alt+Left"),
            QCoreApplication.translate("GraphKeys", "Go back along a move into the selected role"),
        ),
        (
            QCoreApplication.translate("GraphKeys", "{up} / {down}").format(
                up=key("Alt+Up"), down=key("Alt+Down")
            ),
            QCoreApplication.translate(
                "GraphKeys", "Try the other moves of the same role, one after another"
            ),
        ),
        (
            key("Return"),
            QCoreApplication.translate("GraphKeys", "Make the selected role your target"),
        ),
        (key("Space"), QCoreApplication.translate("GraphKeys", "Show the selected role's details")),
        (
            QCoreApplication.translate("GraphKeys", "{menu} / {shift_f10}").format(
                menu=key("Menu"), shift_f10=key("Shift+F10")
            ),
            QCoreApplication.translate(
                "GraphKeys", "More for the selected role: set as current role, compare"
            ),
        ),
        (key("Esc"), QCoreApplication.translate("GraphKeys", "Clear the selection")),
    ]
