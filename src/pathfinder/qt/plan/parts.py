"""Building blocks for the Plan and Role panels: calm labels, safe links, a text view that
grows to fit its content, and a refresh that only runs while a panel can be seen."""

from __future__ import annotations

import functools
import html
import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QFocusEvent,
    QFont,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QWidget,
)

from pathfinder.core import figures
from pathfinder.core.catalog import Resource
from pathfinder.core.links import is_web_link
from pathfinder.qt.widgets.virtual_guard import guarded, not_handled
from pathfinder.qt.widgets.wrapping_label import WrappingLabel

ACTION_SCHEME = "pathfinder"  # links that act inside the app, e.g. pathfinder:target/<role id>


def hours_text(hours: float) -> str:
    return figures.hours_number(hours)  # one rule for hours everywhere (core/figures.py)


def plain(
    text: str = "",
    *,
    muted: bool = False,
    bold: bool = False,
    scale: float = 1.0,
    parent: QWidget | None = None,
) -> QLabel:
    """A wrapping label that never interprets pack text as markup."""
    label = WrappingLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        # A palette role rather than a colour, so it reads in light and dark themes alike.
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        if scale != 1.0 and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def heading(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = plain(text, bold=True, scale=1.15, parent=parent)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(QPalette.ColorRole.Midlight)
    return line


@functools.lru_cache(maxsize=4096)  # the plan's links are drawn again on every tick
def is_safe_url(url: str) -> bool:
    """The pack's own link rule (core/links.py), so every link of a valid pack opens. Qt's
    strict parse is asked too, as the address opened is the one Qt reads (the tests check the
    two agree)."""
    return is_web_link(url) and QUrl(url, QUrl.ParsingMode.StrictMode).isValid()


def open_safe_url(url: str) -> bool:
    """Open a web link in the browser; anything but http(s) is refused, whatever the pack says."""
    if not is_safe_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def links_html(resources: Iterable[Resource]) -> str:
    """Resource titles as escaped links, only for http(s) addresses; "" when there are none."""
    return " · ".join(
        f'<a href="{html.escape(r.url, quote=True)}">{html.escape(r.title)}</a>'
        for r in resources
        if is_safe_url(r.url)
    )


def links_label(accessible_name: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for links_html(): every link passes open_safe_url's check before it opens."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setAccessibleName(accessible_name)
    label.linkActivated.connect(open_safe_url)
    return label


class FittedBrowser(QTextBrowser):
    """Read-only rich text as tall as its content, for a page that scrolls as a whole.

    One document instead of hundreds of labels: a change is one setHtml, not a widget tree to
    build, lay out and tear down. Web links open only after the scheme check; links in the
    action scheme are handed to `actionRequested` as (verb, argument).
    """

    actionRequested = Signal(str, str)
    linkFocused = Signal(QRect)  # a link reached by keyboard, in this widget's coordinates

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Sits on the panel like the labels around it, rather than as a white input box.
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(0)
        self._markup = ""
        self._apply_style()
        self.anchorClicked.connect(self._on_anchor)

    def show_html(self, markup: str) -> None:
        if markup != self._markup:
            self._markup = markup
            self.setHtml(markup)
            # A tab stop only when there is a link to reach; a click still selects text.
            has_links = "<a " in markup
            policy = Qt.FocusPolicy.StrongFocus if has_links else Qt.FocusPolicy.ClickFocus
            self.setFocusPolicy(policy)
        self.setVisible(bool(markup))
        self._fit_height()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            # Arriving by keyboard lands on the first link (last, going back), not before it.
            forward = reason == Qt.FocusReason.TabFocusReason
            cursor = self.textCursor()
            end = QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End
            cursor.movePosition(end)
            self.setTextCursor(cursor)
            self.focusNextPrevChild(forward)

    @guarded(not_handled)
    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        if moved and self.hasFocus():
            rect = self.cursorRect()
            self.linkFocused.emit(rect.translated(self.viewport().pos()))
        return moved

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            # The style sheet holds colours and sizes; it applies when markup is parsed.
            self._apply_style()
            self.setHtml(self._markup)
            self._fit_height()

    def _apply_style(self) -> None:
        self.document().setDefaultStyleSheet(palette_css(self.palette(), self.font()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Nothing to scroll here: let the page around it scroll instead.
        event.ignore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _fit_height(self) -> None:
        # QTextEdit wraps the document to the viewport width; its height then is ours.
        document = self.document()
        if document.textWidth() != self.viewport().width():
            document.setTextWidth(self.viewport().width())  # lays the whole text out again
        height = math.ceil(document.size().height()) + 2 * self.frameWidth()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == ACTION_SCHEME:
            verb, _, argument = url.path().partition("/")
            self.actionRequested.emit(verb, argument)
        else:
            open_safe_url(url.toString())


def palette_css(palette: QPalette, font: QFont) -> str:
    """A document style sheet in the palette's colours, so the text reads in light and dark."""
    window = palette.color(QPalette.ColorRole.Window)

    def colour(role: QPalette.ColorRole) -> str:
        # Blended onto the window colour: rich text ignores alpha, and Fusion's placeholder
        # text is half-transparent black, which would turn out solid black.
        c = palette.color(role)
        a = c.alphaF()
        pairs = zip(
            (c.red(), c.green(), c.blue()),
            (window.red(), window.green(), window.blue()),
            strict=True,
        )
        mixed = [round(x * a + y * (1 - a)) for x, y in pairs]
        return "#{:02x}{:02x}{:02x}".format(*mixed)

    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    role = QPalette.ColorRole
    return (
        f"body {{ color: {colour(role.WindowText)}; }}"
        "p { margin-top: 0px; margin-bottom: 0px; }"
        f"a {{ color: {colour(role.Link)}; }}"
        f".muted {{ color: {colour(role.PlaceholderText)}; }}"
        f"p.heading {{ font-weight: bold; font-size: {size * 1.15:.1f}pt; margin-top: 4px;"
        " margin-bottom: 6px; }"
        "p.intro { margin-bottom: 6px; }"
        "p.item { margin-bottom: 8px; }"
        "td.top { padding-top: 10px; }"
        f"hr {{ background-color: {colour(role.Midlight)}; }}"
    )


class LazyRefresh(QObject):
    """Refresh a panel once per burst of session signals, and only while it can be seen.

    `later` marks the panel stale for a change the session follows with planChanged in the
    same call; `now` refreshes at once if the panel can be seen. A panel out of sight (hidden,
    in a closed dock, or in a dock tab behind another, which Qt moves off screen rather than
    hiding) only remembers it is stale and catches up when it comes into view. A zero-time
    timer is the backstop should a `later` change ever come without a following `now`.
    """

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._dock: QDockWidget | None = None
        self.stale = True
        self._backstop = QTimer(self)
        self._backstop.setSingleShot(True)
        self._backstop.setInterval(0)
        self._backstop.timeout.connect(self.flush)
        widget.installEventFilter(self)
        self._find_dock()

    def later(self, *_: object) -> None:
        self.stale = True
        self._backstop.start()

    def now(self, *_: object) -> None:
        self.stale = True
        self.flush()

    def flush(self) -> None:
        self._backstop.stop()
        if self.stale and self.can_be_seen():
            self.stale = False
            self._refresh()

    def _catch_up(self) -> None:
        """Refresh on coming into view, then lay out at once.

        This runs in the middle of Qt's own layout and repaint of the window, where the
        layout requests the refresh posts would wait for the next pass: the first paint
        would show new text in old sizes. A tick does not need this; it happens before.
        """
        if not (self.stale and self.can_be_seen()):
            return
        self.flush()
        widgets = [self._widget, *self._widget.findChildren(QWidget)]
        for _ in range(4):  # one level of nesting per round
            for widget in reversed(widgets):
                QCoreApplication.sendPostedEvents(widget, QEvent.Type.LayoutRequest)

    def can_be_seen(self) -> bool:
        widget = self._widget
        if not widget.isVisible():
            return False
        # Clip to every ancestor, as painting does (visibleRegion would also take away the
        # panel's own opaque children, which cover all of it).
        rect = widget.rect()
        while not widget.isWindow():
            parent = widget.parentWidget()
            if parent is None:
                break
            rect = rect.translated(widget.pos()) & parent.rect()
            if rect.isEmpty():
                return False
            widget = parent
        return True

    @guarded(not_handled)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget:
            kind = event.type()
            if kind in (QEvent.Type.ParentChange, QEvent.Type.Show):
                self._find_dock()
            if self.stale and kind in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize):
                self._catch_up()
        return False

    def _find_dock(self) -> None:
        # A dock's tab coming to the front says so with visibilityChanged, and nothing else.
        dock = self._widget.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is self._dock:
            return
        if self._dock is not None:
            self._dock.visibilityChanged.disconnect(self._on_dock_visibility)
        self._dock = dock
        if dock is not None:
            dock.visibilityChanged.connect(self._on_dock_visibility)

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self._catch_up()
