"""The career graph scene: one item per role and per transition, following the session.

The scene is built once per pack (packChanged). Every other session signal only compares
each item's new state with the one it shows and repaints the few that differ; the gap trays
are rebuilt only when the plan's gaps change.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene

from pathfinder.core.catalog import Catalog
from pathfinder.core.layout import COLUMN_WIDTH, ROW_HEIGHT, layout_roles, rows_for_aspect
from pathfinder.core.planner import Plan
from pathfinder.qt.graph_backdrop import BackdropItem
from pathfinder.qt.graph_chips import (
    AVOID_COST,
    HALO,
    HALO_COST,
    HALO_SIDE,
    KEEP_COST,
    ChipInfo,
    GapChip,
    GapTray,
    Rect,
    Weighted,
    as_rect,
    chip_tooltip,
    place_tray,
)
from pathfinder.qt.graph_focus import Focus, focus_roles, is_big
from pathfinder.qt.graph_items import BOX_H, BOX_W, EdgeItem, RoleItem, RoleLook
from pathfinder.qt.graph_routes import route_edges
from pathfinder.qt.graph_theme import GraphTheme
from pathfinder.qt.session import Session

_SCENE_MARGIN = 40.0
DETOUR_ROLES = 400  # above this many roles arrows go straight (bending costs roles x arrows)
BIG_TRAY_CHIPS = 8  # in a big pack a role may need 40 skills: the card shows the first ones


class GraphScene(QGraphicsScene):
    shownChanged = Signal()  # another set of roles is drawn (big packs show a neighbourhood)

    def __init__(self, session: Session, theme: GraphTheme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.theme = theme
        self.focus = Focus()
        self._shown: frozenset[str] | None = None  # None: every role of the pack
        self._far_out = False  # zoomed out so far that only the path's moves are drawn
        self._roles: dict[str, RoleItem] = {}
        self._edges: dict[tuple[str, str], EdgeItem] = {}
        self._trays: list[GapTray] = []
        self._gaps_shown: tuple[object, ...] | None = None
        self._graph_rect = QRectF()
        self._columns: list[tuple[float, float]] = []
        self._bands: list[tuple[float, float]] = []
        self.backdrop: BackdropItem | None = None
        session.packChanged.connect(self._on_pack_changed)
        session.planChanged.connect(self.refresh)
        session.rolesChanged.connect(self.refresh)
        session.skillsChanged.connect(self._on_skills_changed)
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
    def trays(self) -> list[GapTray]:
        return self._trays

    def gap_chips(self) -> list[GapChip]:
        return [chip for tray in self._trays for chip in tray.chips]

    @property
    def graph_rect(self) -> QRectF:
        """Lanes, headers and roles, without the gap trays."""
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
            self.rebuild()

    def _on_pack_changed(self) -> None:
        self.focus.clear()
        self.rebuild()

    def rebuild(self) -> None:
        self._roles, self._edges, self._trays = {}, {}, []
        self._gaps_shown = None
        self._far_out = False  # new edges are visible
        self.backdrop = None
        self.clear()
        catalog = self._session.catalog
        self._shown = shown = self.wanted_roles()
        chosen = None if shown is None else sorted(shown)
        # Every role of a big pack: wrap tall cells so the whole taxonomy fits one screen.
        wrap = rows_for_aspect(catalog) if shown is None and is_big(catalog) else None
        layout = layout_roles(catalog, chosen, max_rows=wrap)
        self.backdrop = BackdropItem(layout, self.theme)
        self.addItem(self.backdrop)
        roles = catalog.roles if chosen is None else [catalog.role_by_id[r] for r in chosen]
        moves = catalog.transitions
        if shown is not None:
            moves = tuple(t for t in moves if t.source in shown and t.target in shown)
        for role in roles:
            item = RoleItem(role, self.theme)
            item.setPos(*layout.positions[role.id])
            self.addItem(item)
            self._roles[role.id] = item
        routes = route_edges(
            layout.positions,
            moves,
            BOX_W,
            BOX_H,
            ROW_HEIGHT,
            COLUMN_WIDTH - BOX_W,
            detours=len(roles) <= DETOUR_ROLES,
        )
        for key, (path, arrow) in routes.items():
            edge = EdgeItem(key[0], key[1], path, arrow, self.theme)
            self.addItem(edge)
            self._edges[key] = edge
        # Spans a gap tray may line up with: level columns, and lanes (inset from their edges).
        self._columns = sorted(
            {(x - BOX_W / 2, x + BOX_W / 2) for x, _ in layout.positions.values()}
        )
        self._bands = [(lane.top + 6, lane.top + lane.height - 6) for lane in layout.lanes]
        rect = self.backdrop.boundingRect()
        for edge in self._edges.values():
            rect = rect.united(edge.boundingRect())
        self._graph_rect = rect
        self.refresh()
        self._update_scene_rect()
        self.shownChanged.emit()

    def set_far_out(self, far: bool) -> None:
        """Zoomed out past LINE_LOD, moves off the path are not drawn (graph_items): hide them
        too, so painting a whole big pack does not call paint() on thousands of arrows."""
        if far == self._far_out:
            return
        self._far_out = far
        for edge in self._edges.values():
            edge.setVisible(not far or edge.on_path)

    def apply_theme(self) -> None:
        """The theme's colours changed in place: everything repaints once."""
        self.update()

    # ----- following the session -----------------------------------------------------------

    def refresh(self) -> None:
        if self.wanted_roles() != self._shown:
            self.rebuild()  # which refreshes the new items
            return
        session = self._session
        plan = session.plan
        path = plan.path if plan is not None else ()
        on_path = set(path)
        path_edges = set(pairwise(path))
        dim = plan is not None
        current, target, selected = session.current_role, session.target_role, session.selected_role
        for role_id, item in self._roles.items():
            item.set_look(
                RoleLook(
                    fit=session.fit(role_id),
                    on_path=role_id in on_path,
                    dimmed=dim and role_id not in on_path,
                    is_current=role_id == current,
                    is_target=role_id == target,
                    selected=role_id == selected,
                )
            )
        for key, edge in self._edges.items():
            if edge.set_look(key in path_edges, dim and key not in path_edges) and self._far_out:
                edge.setVisible(edge.on_path)
        self._sync_gaps(plan)

    def _on_skills_changed(self, _skills: object) -> None:
        self.refresh()

    def _on_selection_changed(self, _role: str) -> None:
        self.refresh()

    def _sync_gaps(self, plan: Plan | None) -> None:
        gaps = plan.gaps if plan is not None else ()
        shown = (
            plan.path if plan else (),
            tuple((g.skill, g.effort_hours, g.needed_for, g.after) for g in gaps),
        )
        if shown == self._gaps_shown:
            return
        self._gaps_shown = shown
        for tray in self._trays:
            self.removeItem(tray)
        self._trays = []
        if plan is not None and gaps:
            self._trays = self._make_trays(self._session.catalog, plan)
        self._update_scene_rect()

    def _make_trays(self, catalog: Catalog, plan: Plan) -> list[GapTray]:
        skills, roles = catalog.skill_by_id, catalog.role_by_id
        by_role: dict[str, list[ChipInfo]] = {}
        for order, gap in enumerate(plan.gaps, start=1):
            skill = skills[gap.skill]
            tip = chip_tooltip(
                skill.name,
                gap.effort_hours,
                [roles[r].name for r in gap.needed_for if r in roles],
                [skills[s].name for s in gap.after if s in skills],
            )
            by_role.setdefault(gap.needed_for[0], []).append(
                ChipInfo(gap.skill, skill.name, gap.effort_hours, order, tip)
            )
        on_path = set(plan.path)
        boxes = {r: as_rect(self._box(r)) for r in self._roles}
        # What a card should not cover, and how much each square pixel of it costs.
        fixed: list[Weighted] = [
            (*box, KEEP_COST if r in on_path else AVOID_COST) for r, box in boxes.items()
        ]
        for a, b in pairwise(plan.path):
            edge = self._edges.get((a, b))
            if edge is not None:
                fixed += [
                    (p.x() - 6, p.y() - 6, p.x() + 6, p.y() + 6, KEEP_COST)
                    for p in edge.sample_points()
                ]
        if self.backdrop is not None:
            fixed += [(*as_rect(r), AVOID_COST) for r in self.backdrop.label_rects()]
        # Just above, below or beside a role, a card reads as that role's.
        halos = {
            r: (le - HALO_SIDE, t - HALO, ri + HALO_SIDE, b + HALO, HALO_COST)
            for r, (le, t, ri, b) in boxes.items()
        }
        # A leader line should not run through roles (it would seem to name them).
        solid: list[Rect] = list(boxes.values())
        placed: list[Weighted] = []
        graph = as_rect(self._graph_rect)
        big = is_big(catalog)
        trays = []
        for role in plan.path:  # path order keeps placement deterministic and readable
            chips = by_role.get(role)
            if not chips or role not in self._roles:
                continue
            shown, more = (chips[:BIG_TRAY_CHIPS], chips[BIG_TRAY_CHIPS:]) if big else (chips, [])
            tray = GapTray(role, roles[role].name, shown, self.theme, more)
            box = self._box(role)
            obstacles = fixed + placed
            obstacles += [halo for r, halo in halos.items() if r != role]
            x, y = place_tray(
                as_rect(box), tray.size, obstacles, solid, graph, self._columns, self._bands
            )
            tray.attach(QPointF(x, y), box)
            self.addItem(tray)
            # Later cards keep clear of this one and of its leader; their leaders do not
            # cross it.
            card = as_rect(tray.card_rect)
            placed.append((*card, KEEP_COST))
            solid.append(card)
            leader = tray.leader
            steps = max(1, int(leader.length() // 16))
            for i in range(steps + 1):
                p = leader.pointAt(i / steps)
                placed.append((p.x() - 4, p.y() - 4, p.x() + 4, p.y() + 4, KEEP_COST))
            trays.append(tray)
        return trays

    def _box(self, role: str) -> QRectF:
        item = self._roles[role]
        return item.mapRectToScene(item.box_rect)

    def _update_scene_rect(self) -> None:
        rect = QRectF(self._graph_rect)
        for tray in self._trays:
            rect = rect.united(tray.sceneBoundingRect())
        self.setSceneRect(
            rect.adjusted(-_SCENE_MARGIN, -_SCENE_MARGIN, _SCENE_MARGIN, _SCENE_MARGIN)
        )

    def role_at(self, point: QPointF) -> RoleItem | None:
        for item in self.items(point):
            if isinstance(item, RoleItem) and item.box_rect.contains(item.mapFromScene(point)):
                return item
        return None
