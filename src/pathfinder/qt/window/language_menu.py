"""View › Language: follow the system, or one of Pathfinder's languages (applied on restart)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar

from pathfinder.qt.widgets import language

MESSAGE_MS = 10_000


class LanguageMenu(QObject):
    def __init__(self, view_menu: QMenu, status: QStatusBar, window: QMainWindow) -> None:
        super().__init__(window)
        self._status = status
        self.menu = QMenu(self.tr("&Language"), window)
        self.menu.menuAction().setObjectName("language_menu")
        view_menu.addSeparator()
        view_menu.addMenu(self.menu)
        group = QActionGroup(self)
        chosen = language.saved_choice(QSettings())
        self.actions: dict[str, QAction] = {}
        entries = [(language.SYSTEM, self.tr("Follow the system"))]
        entries += list(language.LANGUAGES.items())
        for code, name in entries:
            action = QAction(name, self.menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Remember `code` and say (in that language) when it takes effect."""
        settings = QSettings()
        if language.saved_choice(settings) == code:
            return
        settings.setValue(language.SETTING, code)
        self.actions[code].setChecked(True)
        target = code or language.system_language()
        # In the chosen language, which is not installed yet: the learner who picked it may
        # not read the current one.
        text = QT_TRANSLATE_NOOP(
            "LanguageMenu", "Pathfinder will use {language} the next time it starts."
        )
        told = language.in_language(target, "LanguageMenu", str(text))
        self.last_message = told.format(language=language.LANGUAGES[target])
        self._status.showMessage(self.last_message, MESSAGE_MS)
