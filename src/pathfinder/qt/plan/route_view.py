"""The route view: the learner's route alone, as a line of stations.

Stations are the roles of the path, from where the learner is to the target; between two
stations, the skills to learn for the next one, in learning order, with their hours; at
each station the date it is reached at the learner's pace. Hours and dates come from the
same rows the printed report uses (core.report.plan_rows), so screen and paper agree.

Everything is drawn large enough to read from across a room, and grows with presentation
mode (set_scale). The graph's step markers open it at their step (show_step).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from pathfinder.core import figures
from pathfinder.qt.plan.parts import LazyRefresh
from pathfinder.qt.state.session import Session
from pathfinder.qt.widgets.contrast import blend
from pathfinder.qt.widgets.virtual_guard import guarded

_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_LINE_X = 22.0  # where the line runs, from the left edge (times the scale)
_TEXT_X = 46.0


def hours_text(hours: float) -> str:
    return figures.hours_text(hours)


@dataclass(frozen=True)
class Row:
    """One line of the route: a station (a role) or a skill to learn before the next one."""

    kind: str  # "title", "station" or "skill"
    text: str
    detail: str = ""  # station: when it is reached; skill: its hours
    role: str = ""  # station: role id
    number: int = 0  # skill: place in the learning order
    last: bool = False  # the target's station


def route_rows(session: Session, today: date, learner: str | None = None) -> list[Row]:
    """What the route view shows, top to bottom."""
    from pathfinder.core.report import plan_rows  # imported when first needed (see RouteView)
    from pathfinder.core.report_figures import finish_text

    plan = session.plan
    catalog = session.catalog
    if plan is None:
        return []
    roles = catalog.role_by_id
    pace = session.hours_per_week
    steps, gaps = plan_rows(catalog, plan, today, pace, set(session.learning))
    hours = {g.number: g.hours for g in gaps}
    target = roles[plan.target].name
    title = (
        QApplication.translate("RouteView", "{learner}'s route to {target}")
        if learner
        else QApplication.translate("RouteView", "Route to {target}")
    ).format(learner=learner, target=target)
    pace_line = QApplication.translate("RouteView", "At {hours} a week, from today").format(
        hours=hours_text(pace)
    )
    rows = [Row("title", title, pace_line)]
    start = roles[plan.source].name if plan.source else None
    rows.append(
        Row(
            "station",
            start or QApplication.translate("RouteView", "Starting out"),
            QApplication.translate("RouteView", "You are here"),
            plan.source or "",
        )
    )
    for index, step in enumerate(steps):
        for name, number in zip(step.skills, step.numbers, strict=True):
            rows.append(Row("skill", name, hours_text(hours.get(number, 0.0)), number=number))
        if not step.skills:
            nothing = QApplication.translate("RouteView", "Nothing new to learn for this move")
            rows.append(Row("skill", nothing))
        reached = QApplication.translate(
            "RouteView", "Reached around {date} · {hours} in all"
        ).format(date=finish_text(step.finish), hours=hours_text(step.total_hours))
        rows.append(
            Row("station", step.role.name, reached, step.role.id, last=index == len(steps) - 1)
        )
    return rows


def skill_label(row: Row) -> str:
    return f"{row.number}. {row.text}" if row.number else row.text


class RouteCanvas(QWidget):
    """Paints the rows; its height follows its width (names wrap)."""

    stationClicked = Signal(str)  # role id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.scale = 1.0
        self._placed: list[tuple[Row, QRectF, QRectF]] = []  # row, text rect, detail rect
        self._height = 0.0
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), self.sizePolicy().Policy.Fixed)

    def fonts(self) -> dict[str, QFont]:
        base = QApplication.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        found = {}
        for kind, factor, weight in (
            ("title", 1.5, QFont.Weight.Bold),
            ("station", 1.6, QFont.Weight.Bold),
            ("skill", 1.25, QFont.Weight.Normal),
            ("detail", 1.1, QFont.Weight.Normal),
        ):
            font = QFont(base)
            font.setPointSizeF(size * factor * self.scale)
            font.setWeight(weight)
            found[kind] = font
        return found

    def set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self._relayout()

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self._relayout()

    def station_rect(self, role: str) -> QRectF | None:
        for row, text, _ in self._placed:
            if row.kind == "station" and row.role == role:
                return text
        return None

    def placed(self) -> list[tuple[Row, QRectF, QRectF]]:
        return list(self._placed)

    def _relayout(self) -> None:
        fonts = self.fonts()
        s = self.scale
        width = max(self.width(), 160)
        left = _TEXT_X * s
        y = 10.0 * s
        self._placed = []
        for row in self.rows:
            font = fonts[row.kind]
            metrics = QFontMetricsF(font)
            detail_metrics = QFontMetricsF(fonts["detail"])
            if row.kind == "skill":
                room = width - left - 8 * s - detail_metrics.horizontalAdvance(row.detail) - 12 * s
                label = skill_label(row)
                text_h = metrics.boundingRect(QRectF(0, 0, room, 10_000), _WRAP, label).height()
                text = QRectF(left, y, room, text_h)
                detail = QRectF(width - 8 * s - 200 * s, y, 200 * s, metrics.lineSpacing())
                y += text_h + 6 * s
            else:
                x = 10.0 * s if row.kind == "title" else left
                room = width - x - 8 * s
                text_h = metrics.boundingRect(QRectF(0, 0, room, 10_000), _WRAP, row.text).height()
                text = QRectF(x, y, room, text_h)
                detail_h = detail_metrics.boundingRect(
                    QRectF(0, 0, room, 10_000), _WRAP, row.detail
                ).height()
                detail = QRectF(x, y + text_h, room, detail_h)
                y += text_h + detail_h + (18 if row.kind == "title" else 14) * s
            self._placed.append((row, text, detail))
        self._height = y + 10 * s
        self.setFixedHeight(int(self._height))
        self.update()

    @guarded(QSize)
    def sizeHint(self) -> QSize:
        return QSize(240, int(self._height))

    def resizeEvent(self, event: object) -> None:
        self._relayout()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        for row, text, detail in self._placed:
            if row.kind == "station" and row.role and text.united(detail).contains(point):
                self.stationClicked.emit(row.role)
                return

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        accent = palette.color(palette.ColorRole.Highlight)
        muted = blend(palette.color(palette.ColorRole.Window), text, 0.7)
        fonts = self.fonts()
        s = self.scale
        line_x = _LINE_X * s
        stations = [t for r, t, _ in self._placed if r.kind == "station"]
        if len(stations) >= 2:
            top = stations[0].top() + QFontMetricsF(fonts["station"]).ascent() / 2 + 2 * s
            bottom = stations[-1].top() + QFontMetricsF(fonts["station"]).ascent() / 2 + 2 * s
            line = QPen(accent, 6 * s)
            line.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(line)
            painter.drawLine(QPointF(line_x, top), QPointF(line_x, bottom))
        for row, rect, detail in self._placed:
            if row.kind == "title":
                painter.setPen(text)
                painter.setFont(fonts["title"])
                painter.drawText(rect, _WRAP, row.text)
                painter.setPen(muted)
                painter.setFont(fonts["detail"])
                painter.drawText(detail, _WRAP, row.detail)
            elif row.kind == "station":
                middle = rect.top() + QFontMetricsF(fonts["station"]).ascent() / 2 + 2 * s
                radius = 11 * s
                painter.setPen(QPen(accent, 4 * s))
                painter.setBrush(accent if row.last else palette.color(palette.ColorRole.Base))
                painter.drawEllipse(
                    QRectF(line_x - radius, middle - radius, 2 * radius, 2 * radius)
                )
                painter.setPen(text)
                painter.setFont(fonts["station"])
                painter.drawText(rect, _WRAP, row.text)
                painter.setPen(muted)
                painter.setFont(fonts["detail"])
                painter.drawText(detail, _WRAP, row.detail)
            else:
                middle = rect.top() + QFontMetricsF(fonts["skill"]).lineSpacing() / 2
                radius = 4 * s
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(palette.ColorRole.Base))
                painter.drawEllipse(
                    QRectF(line_x - radius, middle - radius, 2 * radius, 2 * radius)
                )
                painter.setPen(text)
                painter.setFont(fonts["skill"])
                painter.drawText(rect, _WRAP, skill_label(row))
                painter.setPen(muted)
                painter.setFont(fonts["detail"])
                painter.drawText(
                    detail, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row.detail
                )
        painter.end()


class RouteView(QWidget):
    """The route view panel: a scrolling canvas that follows the session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.learner: str | None = None
        self.setAccessibleName(self.tr("Route view"))
        self.canvas = RouteCanvas()
        self.canvas.stationClicked.connect(session.select_role)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        # Its dock is a tab behind the Plan's: Qt leaves it "visible" there, so isVisible alone
        # let every tick rebuild rows nobody sees (4 ms of an ESCO tick). LazyRefresh knows
        # when the panel can be seen and catches up when its tab comes to the front.
        self._lazy = LazyRefresh(self, self._fill)
        for signal in (session.planChanged, session.packChanged, session.paceChanged):
            signal.connect(self.refresh)
        # Filled when first seen (or read): the window opens on the Plan tab, and the rows'
        # module (core/report.py) is then not even imported before the first paint.
        self._lazy.later()

    def rows(self) -> list[Row]:
        """The rows the view shows, brought up to date first if it was out of sight."""
        if self._lazy.stale:
            self._lazy.stale = False
            self._fill()
        return self.canvas.rows

    def set_learner(self, name: str | None) -> None:
        self.learner = name or None
        self.refresh()

    def refresh(self, *_: object) -> None:
        self._lazy.now()  # a tick behind a closed tab costs nothing: redo when shown

    def _fill(self) -> None:
        rows = route_rows(self._session, date.today(), self.learner)
        if not rows:
            hint = self.tr("Pick a target role to see your route here.")
            rows = [Row("title", self.tr("No route yet"), hint)]
        if rows != self.canvas.rows:
            self.canvas.set_rows(rows)
        self.setAccessibleDescription(" · ".join(r.text for r in rows))

    def set_scale(self, scale: float) -> None:
        self.canvas.set_scale(scale)

    def show_step(self, role: str) -> None:
        """Scroll to the station of `role` (and the skills before it)."""
        rect = self.canvas.station_rect(role)
        if rect is not None:
            self.scroll_area.ensureVisible(int(rect.left()), int(rect.bottom()), 10, 40)
