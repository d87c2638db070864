"""The career graph scene: one item per role and per transition, following the session.

The scene is built once per pack (packChanged). After that, one refresh per edit (on
planChanged) compares each item's new state with the one it shows and repaints the few that
differ; the step markers are rebuilt only when the plan's gaps change. When a big pack's
neighbourhood changes, the items of the roles and moves that stay are moved, not made again.
Hovering or selecting a role lights its moves and the roles at their other ends and fades the
rest (the path stays strong).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene

from pathfinder.core.layout import COLUMN_WIDTH, ROW_HEIGHT, layout_roles, rows_for_aspect
from pathfinder.core.planner import Plan
from pathfinder.qt.graph.arrows import EdgeItem
from pathfinder.qt.graph.backdrop import BackdropItem
from pathfinder.qt.graph.edge_layer import EdgeLayer
from pathfinder.qt.graph.focus import Focus, focus_roles, is_big
from pathfinder.qt.graph.items import BOX_H, BOX_W, RoleItem, RoleLook
from pathfinder.qt.graph.markers import StepMarker
from pathfinder.qt.graph.routes import route_edges
from pathfinder.qt.graph.theme import GraphTheme
from pathfinder.qt.state.session import Session

_SCENE_MARGIN = 12.0  # the fitted graph fills the view
DETOUR_ROLES = 400  # above this many roles arrows are curves (tracks cost roles x arrows)


class GraphScene(QGraphicsScene):
    shownChanged = Signal()  # another set of roles is drawn (big packs show a neighbourhood)
    routeRequested = Signal(str)  # a step marker was clicked: show the route at this role

    def __init__(self, session: Session, theme: GraphTheme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.theme = theme
        self.focus = Focus()
        self._shown: frozenset[str] | None = None  # None: every role of the pack
        self._far_out = False  # zoomed out so far that only the path's moves are drawn
        self._roles: dict[str, RoleItem] = {}
        self._edges: dict[tuple[str, str], EdgeItem] = {}
        self._markers: list[StepMarker] = []
        self._hover: str | None = None  # the role under the mouse
        self._gaps_shown: tuple[object, ...] | None = None
        self._graph_rect = QRectF()
        self.backdrop: BackdropItem | None = None
        self._edge_layer: EdgeLayer | None = None
        session.packChanged.connect(self._on_pack_changed)
        # One refresh per edit: the session follows every skillsChanged and rolesChanged with
        # planChanged in the same call (qt/state/session.py), so that one signal is enough;
        # listening to all three drew the scene two or three times per tick.
        session.planChanged.connect(self.refresh)
        session.selectionChanged.connect(self._on_selection_changed)
        self.rebuild()

    # ----- reading -------------------------------------------------------------------------

    @property
    def role_items(self) -> dict[str, RoleItem]:
        return self._roles

    @property
    def edge_items(self) -> dict[tuple[str, str], EdgeItem]:
        return self._edges

    @property
    def markers(self) -> list[StepMarker]:
        return self._markers

    @property
    def trays(self) -> list[StepMarker]:
        """What hangs off the path (the step markers): the printed picture takes them in."""
        return self._markers

    @property
    def graph_rect(self) -> QRectF:
        """Lanes, headers, roles and moves."""
        return self._graph_rect

    # ----- building ------------------------------------------------------------------------

    @property
    def shows_every_role(self) -> bool:
        return self._shown is None

    def wanted_roles(self) -> frozenset[str] | None:
        """The roles to draw now (None: all); see graph_focus for the rules."""
        session = self._session
        plan = session.plan
        wanted = focus_roles(
            session.catalog,
            self.focus,
            current=session.current_role,
            target=session.target_role,
            path=plan.path if plan is not None else (),
            # Suggestions matter only before the learner picks a role (they cost to rank).
            suggested=()
            if session.current_role or session.target_role
            else [s.role for s in session.suggestions],
        )
        return None if wanted is None else frozenset(wanted)

    def show(self, roles: Iterable[str] = (), family: str | None = None) -> None:
        """Add roles (with their first moves) or a whole family to a big pack's graph."""
        focus = self.focus
        focus.revealed.extend(r for r in roles if r not in focus.revealed)
        if family is not None and family not in focus.families:
            focus.families.append(family)
        self.change_focus()

    def change_focus(self) -> None:
        """Call after changing `focus`: redraws if other roles are to be shown."""
        if self.wanted_roles() != self._shown:
            self._place()

    def _on_pack_changed(self) -> None:
        self.focus.clear()
        self.rebuild()

    def rebuild(self) -> None:
        """Draw another pack: every item is made anew."""
        self._roles, self._edges, self._markers = {}, {}, []
        self._hover = None
        self.backdrop = None
        self._edge_layer = None
        self.clear()
        self._place()

    def _place(self) -> None:
        """Lay out the roles to show and bring the items in line: when a big pack's
        neighbourhood changes (a tick that moves the path, a focus change), the items of the
        roles and moves that stay are moved, not made again; only the others come and go."""
        self._gaps_shown = None  # the step markers sit on boxes that may have moved
        self._far_out = False  # every edge is shown again (the view sets this after a fit)
        catalog = self._session.catalog
        self._shown = shown = self.wanted_roles()
        chosen = None if shown is None else sorted(shown)
        # Every role of a big pack: wrap tall cells so the whole taxonomy fits one screen.
        wrap = rows_for_aspect(catalog) if shown is None and is_big(catalog) else None
        layout = layout_roles(catalog, chosen, max_rows=wrap)
        if self.backdrop is not None:
            self.removeItem(self.backdrop)
        self.backdrop = BackdropItem(layout, self.theme)
        self.addItem(self.backdrop)
        roles = catalog.roles if chosen is None else [catalog.role_by_id[r] for r in chosen]
        moves = catalog.transitions
        if shown is not None:
            moves = tuple(t for t in moves if t.source in shown and t.target in shown)
        old_roles, self._roles = self._roles, {}
        for role in roles:
            item = old_roles.pop(role.id, None)
            if item is None:
                item = RoleItem(role, self.theme, self.set_hover)
                self.addItem(item)
            item.setPos(*layout.positions[role.id])
            self._roles[role.id] = item
        for item in old_roles.values():
            self.removeItem(item)
        if self._hover not in self._roles:
            self._hover = None
        routes = route_edges(
            layout.positions,
            moves,
            BOX_W,
            BOX_H,
            ROW_HEIGHT,
            COLUMN_WIDTH - BOX_W,
            detours=len(roles) <= DETOUR_ROLES,
        )
        old_edges, self._edges = self._edges, {}
        for key, route in routes.items():
            edge = old_edges.pop(key, None)
            if edge is None:
                edge = EdgeItem(key[0], key[1], route.path, route.arrow, self.theme, route.points)
                self.addItem(edge)
            else:
                edge.set_route(route.path, route.arrow, route.points)
                edge.setVisible(True)
            self._edges[key] = edge
        for edge in old_edges.values():
            self.removeItem(edge)
        self._hold_edges(len(roles) <= DETOUR_ROLES)
        rect = self.backdrop.boundingRect()
        for edge in self._edges.values():
            rect = rect.united(edge.boundingRect())
        self._graph_rect = rect
        self.refresh()
        self._update_scene_rect()
        self.shownChanged.emit()

    def _hold_edges(self, layered: bool) -> None:
        """Plain moves drawn from the edge layer's kept picture (edge_layer.py). Not for a
        whole taxonomy: there a change of look would draw thousands of moves again at once."""
        if layered:
            if self._edge_layer is None:
                self._edge_layer = EdgeLayer()
                self.addItem(self._edge_layer)
            self._edge_layer.hold(list(self._edges.values()))
            return
        for edge in self._edges.values():
            edge.join(None)
        if self._edge_layer is not None:
            self.removeItem(self._edge_layer)
            self._edge_layer = None

    def set_far_out(self, far: bool) -> None:
        """Zoomed out past LINE_LOD, moves off the path are not drawn (graph_items): hide them
        too, so painting a whole big pack does not call paint() on thousands of arrows."""
        if far == self._far_out:
            return
        self._far_out = far
        for edge in self._edges.values():
            edge.setVisible(not far or edge.on_path)
        if self._edge_layer is not None:
            self._edge_layer.update()

    def apply_theme(self) -> None:
        """The theme's colours changed in place: everything repaints once."""
        for kept in (self.backdrop, self._edge_layer):
            if kept is not None:
                kept.update()  # its cached picture is in the old colours
        self.update()

    # ----- following the session -----------------------------------------------------------

    def set_hover(self, role: str | None) -> None:
        """The mouse entered (or, with None, left) a role's box. Not in a whole taxonomy:
        relighting thousands of items on every move of the mouse would lag."""
        if len(self._roles) > DETOUR_ROLES:
            return
        if role != self._hover:
            self._hover = role
            self.refresh()

    @property
    def lit_role(self) -> str | None:
        """The role whose moves are lit: the one under the mouse, else the selected one."""
        return self._hover if self._hover in self._roles else self._session.selected_role

    def refresh(self) -> None:
        if self.wanted_roles() != self._shown:
            self._place()  # which refreshes the items
            return
        session = self._session
        plan = session.plan
        path = plan.path if plan is not None else ()
        on_path = set(path)
        path_edges = set(pairwise(path))
        lit = self.lit_role if self.lit_role in self._roles else None
        near: set[str] = set()
        if lit is not None:
            near = {lit}
            near.update(s if t == lit else t for s, t in self._edges if lit in (s, t))
        # With a plan, or with a role lit, what is neither on the path nor lit recedes.
        dim = plan is not None or lit is not None
        current, target, selected = session.current_role, session.target_role, session.selected_role
        marked = {g.needed_for[0] for g in plan.gaps} if plan is not None else set()
        for role_id, item in self._roles.items():
            item.set_look(
                RoleLook(
                    fit=session.fit(role_id),
                    on_path=role_id in on_path,
                    dimmed=dim and role_id not in on_path and role_id not in near,
                    is_current=role_id == current,
                    is_target=role_id == target,
                    selected=role_id == selected,
                    lit=role_id in near,
                    marked=role_id in marked,
                )
            )
        for key, edge in self._edges.items():
            shown = key in path_edges
            lit_edge = lit is not None and lit in key
            if edge.set_look(shown, dim and not shown and not lit_edge, lit_edge) and self._far_out:
                edge.setVisible(edge.on_path or lit_edge)
        self._sync_gaps(plan)

    def _on_selection_changed(self, _role: str) -> None:
        self.refresh()

    def _sync_gaps(self, plan: Plan | None) -> None:
        gaps = plan.gaps if plan is not None else ()
        shown = (
            plan.path if plan else (),
            tuple((g.skill, g.effort_hours, g.needed_for) for g in gaps),
        )
        if shown == self._gaps_shown:
            return
        self._gaps_shown = shown
        needs: dict[str, tuple[list[str], float]] = {}
        if plan is not None:
            catalog = self._session.catalog
            for gap in plan.gaps:
                names, hours = needs.get(gap.needed_for[0], ([], 0.0))
                names.append(catalog.skill_by_id[gap.skill].name)
                needs[gap.needed_for[0]] = (names, hours + gap.effort_hours)
        # A marker whose role still needs skills is told what they are now; only a step that
        # starts or stops needing any adds or removes one.
        old = {marker.role: marker for marker in self._markers}
        self._markers = []
        for role in plan.path if plan is not None else ():
            if role not in needs or role not in self._roles:
                continue
            names, hours = needs[role]
            name = self._session.catalog.role_by_id[role].name
            marker = old.pop(role, None)
            if marker is None:
                marker = StepMarker(
                    role, name, names, hours, self.theme, self._box(role), self.routeRequested.emit
                )
                self.addItem(marker)
            else:
                marker.show_needs(name, names, hours, self._box(role))
            self._markers.append(marker)
        for marker in old.values():
            self.removeItem(marker)

    def _box(self, role: str) -> QRectF:
        item = self._roles[role]
        return item.mapRectToScene(item.box_rect)

    def _update_scene_rect(self) -> None:
        # The markers sit on their boxes: the scene, and so the view, never moves with a tick.
        rect = QRectF(self._graph_rect)
        self.setSceneRect(
            rect.adjusted(-_SCENE_MARGIN, -_SCENE_MARGIN, _SCENE_MARGIN, _SCENE_MARGIN)
        )

    def role_at(self, point: QPointF) -> RoleItem | None:
        for item in self.items(point):
            if isinstance(item, RoleItem) and item.box_rect.contains(item.mapFromScene(point)):
                return item
        return None
