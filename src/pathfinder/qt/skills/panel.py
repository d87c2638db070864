"""The Skills dock: every skill by category, a filter, and a three-state tick per skill."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pathfinder.qt.skills.filter import SkillFilterModel
from pathfinder.qt.skills.model import (
    CHECK_OF_STATE,
    HOURS_COLUMN,
    NAME_COLUMN,
    NEXT_STATE,
    OWN_STATE_ROLE,
    SKILL_ID_ROLE,
    SkillsModel,
)
from pathfinder.qt.state import commands
from pathfinder.qt.state.session import Session, SkillState
from pathfinder.qt.widgets.virtual_guard import guarded, not_handled

# Above this many skills, keys typed faster than the window repaints are filtered once;
# smaller packs filter on every keystroke, synchronously.
DEBOUNCE_ABOVE = 3000
# Categories open after a filter while the skills shown stay within this many rows: a tree
# view asks Python about every open row, so opening 13,896 would cost a second. Larger
# results show their categories (with counts) closed until the learner opens one or types on.
EXPAND_ROWS = 120

ModelIndex = QModelIndex | QPersistentModelIndex


class SkillDelegate(QStyledItemDelegate):
    """Cycles not yet -> have -> learning -> not yet on a click on the box or on Space.

    Qt's own tri-state cycle goes through "partially checked" first, which would make a
    first click mean "learning"; a learner expects a first click to tick. Painting stays
    in C++: with PySide6 6.12 on Python 3.11, calling the base initStyleOption() or paint()
    from Python leaks references to None and eventually crashes the interpreter.
    """

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: ModelIndex,
    ) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        kind = event.type()
        if kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if not self._check_rect(option, index).contains(event.position().toPoint()):
                return False
            if kind != QEvent.Type.MouseButtonRelease:
                return True  # swallow, so a double click on the box does not also expand
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        try:
            state = SkillState(index.data(OWN_STATE_ROLE))
        except ValueError:
            return False
        return model.setData(
            index, CHECK_OF_STATE[NEXT_STATE[state]], Qt.ItemDataRole.CheckStateRole
        )

    def _check_rect(self, option: QStyleOptionViewItem, index: ModelIndex) -> QRect:
        # The box sits at the leading edge whatever the text; these features are all the
        # style needs to place it (see the class docstring for why not initStyleOption()).
        opt = QStyleOptionViewItem(option)
        opt.features |= (
            QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            | QStyleOptionViewItem.ViewItemFeature.HasDisplay
        )
        opt.text = str(index.data(Qt.ItemDataRole.DisplayRole))
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)


class SkillsPanel(QWidget):
    """Dock content: tick the skills you have; the session re-plans on every change."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skillsPanel")
        self._session = session
        self.model = SkillsModel(session, self)
        self.proxy = SkillFilterModel(self.model, self)
        # Large packs filter once per turn of the event loop, not once per queued key.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(0)
        self._filter_timer.timeout.connect(self._apply_filter)

        self.hint = QLabel(
            self.tr("Click a box to tick a skill you have; click again for “learning”.")
        )
        self.hint.setWordWrap(True)
        self.hint.setToolTip(
            self.tr(
                "Ticked: you have it. Half-filled: you are learning it (it still counts as a "
                "gap). Empty: not yet. Grey ticks are prerequisites of skills you ticked. "
                "Skills marked “from your role” are the ones your current role needs: they "
                "count as yours; click the box of one you lack to mark it as not held. "
                "Space changes the selected skill; right-click for a menu."
            )
        )

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter skills…"))
        self.filter_edit.setAccessibleName(self.tr("Filter skills"))
        self.filter_edit.setToolTip(self.tr("Type part of a skill's name, id or other name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_typed)
        self.filter_edit.returnPressed.connect(self._focus_first_match)
        self.filter_edit.installEventFilter(self)

        self.no_match = QLabel()
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Skills"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(SkillDelegate(self.view))
        self.view.setIndentation(14)  # two levels only: keep names close to their boxes
        self.view.setUniformRowHeights(True)  # keeps scrolling cheap with many thousands of rows
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAllColumnsShowFocus(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed width: ResizeToContents re-measures every row on each change, which is
        # thousands of model calls per tick in a large pack.
        header.setSectionResizeMode(HOURS_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(HOURS_COLUMN, self._hours_width())
        # Category rows span both columns so a narrow dock elides the name, not the count.
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._span_categories)
        self.proxy.modelReset.connect(self._expand_matches)
        self._expand_matches()
        self._span_categories()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.no_match)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.filter_edit, self.view)

    def _span_categories(self, *_args: object) -> None:
        root = QModelIndex()
        for row in range(self.proxy.rowCount(root)):
            self.view.setFirstColumnSpanned(row, root, True)

    def _hours_width(self) -> int:
        metrics = self.view.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.tr("{hours} h").format(hours="8888")),
            self.view.header().fontMetrics().horizontalAdvance(self.tr("Hours")),
        )
        return widest + 3 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12

    # ----- filtering -------------------------------------------------------------------------

    def _on_filter_typed(self, _text: str) -> None:
        if len(self._session.catalog.skills) > DEBOUNCE_ABOVE:
            self._filter_timer.start()
        else:
            self._apply_filter()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text()
        self.proxy.set_needle(text)  # resets the model, which re-opens categories
        empty = bool(text.strip()) and self.proxy.rowCount() == 0
        if empty:  # a hidden label's new text would still re-lay out the panel on every key
            self.no_match.setText(self.tr("No skill matches “{text}”.").format(text=text.strip()))
        self.no_match.setVisible(empty)

    def _expand_matches(self) -> None:
        """Open categories in order while the rows shown stay within EXPAND_ROWS."""
        if self.proxy.match_count <= EXPAND_ROWS:
            self.view.expandAll()
            return
        shown = 0
        for row in range(self.proxy.rowCount()):
            category = self.proxy.index(row, 0)
            shown += self.proxy.rowCount(category)
            if shown > EXPAND_ROWS:
                break
            self.view.expand(category)

    def _focus_first_match(self) -> None:
        if self._filter_timer.isActive():
            self._apply_filter()
        first = self.proxy.index(0, 0)
        if not first.isValid():
            return
        self.view.expand(first)
        skill = self.proxy.index(0, 0, first)
        self.view.setCurrentIndex(skill if skill.isValid() else first)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @guarded(not_handled)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow from the filter goes into the list; Escape clears the filter.
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self._focus_first_match()
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)

    # ----- state menu ------------------------------------------------------------------------

    def _show_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            index = self.view.currentIndex()  # keyboard menu key: act on the current row
            pos = self.view.visualRect(index).center()
        skill = index.siblingAtColumn(NAME_COLUMN).data(SKILL_ID_ROLE)
        if not skill:
            return
        menu = self._state_menu(skill)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _state_menu(self, skill: str) -> QMenu:
        menu = QMenu(self)
        group = QActionGroup(menu)
        current = self._session.skill_state(skill)
        for state, text in (
            (SkillState.HAVE, self.tr("I have this")),
            (SkillState.LEARNING, self.tr("I'm learning this")),
            (SkillState.NOT_YET, self.tr("Not yet")),
        ):
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(state is current)
            group.addAction(action)
            menu.addAction(action)
            action.triggered.connect(
                lambda _=False, s=state: commands.set_skill_state(self._session, skill, s)
            )
        session = self._session
        if current is SkillState.NOT_YET and (
            session.is_from_role(skill) or session.is_not_held(skill)
        ):
            # "Not yet" alone would say nothing here: the role's skill counts unless marked.
            menu.addSeparator()
            role = menu.addAction(self.tr("Counted from my role"))
            role.setCheckable(True)
            role.setChecked(session.is_from_role(skill))
            role.toggled.connect(
                lambda held: commands.set_not_held(session, skill, lacking=not held)
            )
        return menu

    # ----- for the main window ---------------------------------------------------------------

    def show_skill(self, skill_id: str) -> None:
        """Scroll to a skill and make it current (clearing a filter that hides it)."""
        source = self.model.index_of_skill(skill_id)
        if not source.isValid():
            return
        if not self.proxy.mapFromSource(source).isValid():
            self.filter_edit.clear()
            self._apply_filter()
        index = self.proxy.mapFromSource(source)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
