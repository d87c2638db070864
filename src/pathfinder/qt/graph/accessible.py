"""The graph as screen readers see it: the view is a list whose items are the drawn roles.

Qt cannot see inside a QGraphicsView, so a screen reader would hear only "Career graph".
A factory (QAccessible.installFactory) gives the view an interface whose children are, after
its own child widgets (legend, focus bar), one item per drawn role, in lane and level order,
named by the role and described as spoken.py describes it. Moving the selection with the
keys moves the reader's focus to that role's item.

The stubs say these methods never return None; Qt's C++ API returns a null pointer for
"no such child" and PySide maps None to it, hence the `type: ignore[override]` marks.

The child interfaces are kept for the life of the view: Qt's accessibility cache holds
plain pointers to the ones a reader has asked about, so they must never be freed under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsView
from shiboken6 import isValid

from pathfinder.qt.outline.spoken import describe_role

if TYPE_CHECKING:
    from pathfinder.qt.graph.scene import GraphScene
    from pathfinder.qt.state.session import Session


class MapKeys(Protocol):
    session: Session

    def selected(self) -> str | None: ...


class MapView(QGraphicsView):
    """What this module needs of the graph view (qt/graph/view.py, which installs it): named
    here so the two do not import each other."""

    graph_scene: GraphScene
    keys: MapKeys


_view_type: type[QGraphicsView] | None = None
_kept: list[GraphAccessible] = []  # see the module's last paragraph


def install(view_type: type[QGraphicsView]) -> None:
    """Make Qt ask us for the interface of every `view_type` (once per application)."""
    global _view_type
    if _view_type is None:
        QAccessible.installFactory(_factory)
    _view_type = view_type


def _factory(key: str, target: QObject) -> QAccessibleInterface | None:
    if _view_type is not None and isinstance(target, _view_type):
        target = cast(MapView, target)
        interface = GraphAccessible(target)
        _kept.append(interface)
        return interface
    return None


def focus_role(view: QGraphicsView, role_id: str) -> None:
    """Tell a screen reader that the keyboard is now on this role of the graph."""
    if not QAccessible.isActive() or not view.hasFocus():
        return
    interface = QAccessible.queryAccessibleInterface(view)
    if not isinstance(interface, GraphAccessible):
        return
    index = interface.index_of_role(role_id)
    if index < 0:
        return
    for kind in (QAccessible.Event.Focus, QAccessible.Event.Selection):
        event = QAccessibleEvent(view, kind)
        event.setChild(index)
        QAccessible.updateAccessibility(event)


class GraphAccessible(QAccessibleWidget):
    def __init__(self, view: MapView) -> None:
        super().__init__(view, QAccessible.Role.List)
        self._view = view
        self._children: dict[str, RoleAccessible] = {}
        self._order: list[str] = []
        self._order_of: tuple[str, ...] = ()

    def live_view(self) -> MapView | None:
        return self._view if isValid(self._view) else None

    def roles(self) -> list[str]:
        """The drawn roles, lane by lane from the top, each lane by level."""
        view = self.live_view()
        if view is None:
            return []
        items = view.graph_scene.role_items
        drawn = tuple(items)
        if drawn != self._order_of:
            self._order_of = drawn
            lane_top: dict[str, float] = {}
            for item in items.values():
                family = item.role.family
                lane_top[family] = min(lane_top.get(family, item.y()), item.y())
            self._order = sorted(
                drawn,
                key=lambda r: (
                    lane_top[items[r].role.family],
                    items[r].role.family,
                    items[r].role.level,
                    items[r].y(),
                    r,
                ),
            )
        return self._order

    def _widgets(self) -> int:
        return super().childCount()

    def childCount(self) -> int:
        return self._widgets() + len(self.roles())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        widgets = self._widgets()
        if index < widgets:
            return super().child(index)
        roles = self.roles()
        at = index - widgets
        if not 0 <= at < len(roles):
            return None
        role_id = roles[at]
        found = self._children.get(role_id)
        if found is None:
            found = self._children[role_id] = RoleAccessible(self, role_id)
        return found

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, RoleAccessible):
            return self.index_of_role(child.role_id)
        return super().indexOfChild(child)

    def index_of_role(self, role_id: str) -> int:
        roles = self.roles()
        return self._widgets() + roles.index(role_id) if role_id in roles else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        view = self.live_view()
        if view is None or not view.hasFocus():
            return None
        index = self.index_of_role(view.keys.selected() or "")
        return self.child(index) if index >= 0 else None


class RoleAccessible(QAccessibleInterface):
    """One role of the graph, for a screen reader."""

    def __init__(self, parent: GraphAccessible, role_id: str) -> None:
        super().__init__()
        self._parent = parent
        self.role_id = role_id

    def _view(self) -> MapView | None:
        view = self._parent.live_view()
        if view is None or self.role_id not in view.graph_scene.role_items:
            return None
        return view

    def isValid(self) -> bool:
        return self._view() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._parent.window()

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._parent

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        view = self._view()
        if view is None:
            return ""
        session = view.keys.session
        if kind == QAccessible.Text.Name:
            return session.catalog.role_by_id[self.role_id].name
        if kind == QAccessible.Text.Description:
            return describe_role(session, self.role_id)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None

    def rect(self) -> QRect:
        view = self._view()
        if view is None:
            return QRect()
        item = view.graph_scene.role_items[self.role_id]
        shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(shown.topLeft()), shown.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        view = self._view()
        if view is None:
            state.invalid = True
            return state
        state.focusable = True
        state.selectable = True
        chosen = view.keys.selected() == self.role_id
        state.selected = chosen
        state.focused = chosen and view.hasFocus()
        visible = view.viewport().rect()
        state.offscreen = not self.rect().intersects(
            QRect(view.viewport().mapToGlobal(visible.topLeft()), visible.size())
        )
        return state
