"""Offline and inert: a whole session opens no network connection, shows every name, description
and note as the characters the author typed (never as markup), hands only http(s) links to the
system browser and runs nothing from a pack."""

from __future__ import annotations

import html
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMessageBox, QTextBrowser, QWidget

from pathfinder.qt.state.commands import set_current_role, set_skill_state, set_target_role
from pathfinder.qt.state.session import SkillState
from tests.hardening.common import TINY
from tests.qt_fixtures import settle

SRC = Path(__file__).resolve().parents[2] / "src" / "pathfinder"
ROLE = "<img src=x>"
SKILL = "<b>Py</b> & co"
MARKUP = [ROLE, "<b>Py</b>", "<script>", "<i>", "<u>", "<a href"]


def hostile_pack() -> str:
    swaps = {
        "{id: developer, name: Developer,": f"{{id: developer, name: '{ROLE}',",
        "{id: python, name: Python,": f"{{id: python, name: '{SKILL}',",
        "    name: Ops Engineer\n": (
            "    name: Ops Engineer\n    summary: '<script>alert(1)</script> keeps <u>it</u> up'\n"
        ),
        "why: Learn to program}": "why: '<i>learn</i> <a href=\"file:///etc/passwd\">x</a>'}",
        "{id: focus, label: Focus}": "{id: focus, label: '<u>Focus</u>'}",
        "{id: notes, title: Team notes,": "{id: notes, title: '<img src=y> notes',",
    }
    text = TINY
    for old, new in swaps.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way Python opens a connection or resolves a name fails loudly, and is recorded."""
    attempts: list[str] = []

    def refuse(what: str) -> Any:
        def call(*args: object, **kwargs: object) -> Any:
            attempts.append(f"{what}{args!r}")
            raise AssertionError(f"Pathfinder tried to use the network: {what}{args!r}")

        return call

    class NoSocket(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            attempts.append(f"socket{args!r}")
            raise AssertionError("Pathfinder tried to open a socket")

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    yield attempts


def _inet_sockets() -> set[str]:
    """Inodes of this process's open TCP/UDP sockets (Linux), to see Qt's own too."""
    proc = Path("/proc/self/fd")
    if not proc.is_dir():
        return set()
    mine = set()
    for fd in proc.iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            rows = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        inet |= {row.split()[9] for row in rows if len(row.split()) > 9}
    return mine & inet


def shown_text(widget: QWidget) -> list[tuple[str, str, bool]]:
    """(what, text as the user reads it, shown as rich text?) for every text-showing widget."""
    found = []
    for label in widget.findChildren(QLabel):
        text, form = label.text(), label.textFormat()
        rich = form == Qt.TextFormat.RichText or (
            form == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        )
        found.append((f"QLabel {label.objectName()}", text, rich))
    for items in widget.findChildren(QListWidget):  # item text is always plain
        found += [("QListWidget item", items.item(i).text(), False) for i in range(items.count())]
    for browser in widget.findChildren(QTextBrowser):
        found.append((f"QTextBrowser {browser.objectName()}", browser.toHtml(), True))
    for child in [widget, *widget.findChildren(QWidget)]:
        tip = child.toolTip()
        if tip:
            found.append((f"tooltip of {type(child).__name__}", tip, GuiQt.mightBeRichText(tip)))
    return found


def assert_plain(widget: QWidget) -> str:
    """No text is read as markup; returns everything the user can read, as plain text."""
    readable = []
    for what, text, rich in shown_text(widget):
        if rich:
            for raw in MARKUP:
                assert raw not in text, f"{what} renders markup from the pack: {text!r}"
            doc = QTextDocument()
            doc.setHtml(text)
            readable.append(doc.toPlainText())
        else:
            readable.append(text)
    return "\n".join(readable)


def test_a_whole_session_opens_no_connection_and_shows_markup_as_text(
    open_window: Any, qtbot: Any, tmp_path: Path, no_network: list[str]
) -> None:
    from pathfinder.qt.plan.report_export import export_plan
    from pathfinder.qt.roles.compare_dialog import CompareDialog

    before = _inet_sockets()
    pack = tmp_path / "hostile.yaml"
    pack.write_text(hostile_pack(), encoding="utf-8")
    window = open_window(pack=pack)
    session = window.session
    assert session.catalog.role_by_id["developer"].name == ROLE

    # Tick, pick roles, plan: the learner's path goes through the role named <img src=x>.
    set_skill_state(session, "sql", SkillState.HAVE)
    set_current_role(session, "developer")
    set_target_role(session, "mlops")
    session.select_role("developer")
    window.keeper.add_note("<b>note</b> to self")
    settle()
    assert session.plan is not None and "developer" in session.plan.path
    graph_item = window.graph.item_for_role("developer")
    assert graph_item is not None and graph_item.role.name == ROLE  # drawn with drawText
    assert not GuiQt.mightBeRichText(graph_item.toolTip()) or ROLE not in graph_item.toolTip()
    assert html.escape(ROLE) in graph_item.toolTip()

    window.plan_dock.raise_()
    readable = assert_plain(window)
    window.role_dock.raise_()
    for role in ("developer", "ops", "analyst"):  # each role panel shows its own texts
        session.select_role(role)
        settle()
        readable += assert_plain(window)
    for shown in (ROLE, SKILL, "<script>alert(1)</script>", "<u>it</u>", "<b>note</b>"):
        assert shown in readable, f"{shown!r} is not shown as text"

    window.compare("developer")
    [dialog] = window.findChildren(CompareDialog)
    dialog.set_roles("developer", "ops")
    readable = assert_plain(dialog)
    cells = _table_text(dialog)
    assert ROLE in readable + cells and "<u>Focus</u>" in readable + cells

    for suffix in (".pdf", ".html", ".md"):
        [written, *_] = export_plan(session, tmp_path / f"plan{suffix}", name="<b>Ada</b>")
        assert written.stat().st_size > 0
    page = (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert ROLE not in page and html.escape(ROLE) in page
    assert "<b>Ada</b>" not in page and "<b>Py</b>" not in page
    assert not re.search(r"<(script|iframe|object|embed)\b", page, re.I)
    pictures = re.findall(r"<img\b[^>]*>", page, re.I)  # only the path picture, inline
    assert all('src="data:image/png;base64,' in tag for tag in pictures), pictures

    assert no_network == []
    assert _inet_sockets() <= before


def _table_text(widget: QWidget) -> str:
    from PySide6.QtWidgets import QTableWidget

    texts = []
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            header = table.verticalHeaderItem(row)
            texts.append(header.text() if header else "")
            for column in range(table.columnCount()):
                item = table.item(row, column)
                cell = table.cellWidget(row, column)
                texts.append(item.text() if item else "")
                if isinstance(cell, QLabel):
                    texts.append(cell.text())
        for column in range(table.columnCount()):
            header = table.horizontalHeaderItem(column)
            texts.append(header.text() if header else "")
    return "\n".join(texts)


def test_message_boxes_show_file_contents_as_text(
    open_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile error quotes the file (a wrong value): the message box must not render it."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    bad = tmp_path / "bad.json"
    bad.write_text('{"pathfinder_profile": 1, "name": "A", "skills": {"x": "<img src=x>"}}')
    window = open_window(win_profile=bad)
    # Boxes that do not block start-up are opened (window-modal), not run in their own loop.
    shown += [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert shown, "no message box about the broken profile"
    for box in shown:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "<img src=x>" in box.text()


def test_only_http_and_https_links_reach_the_system_browser(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from pathfinder.qt.plan.parts import open_safe_url

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    for url in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>",
        "ftp://example.com/x",
        "smb://server/share",
        "https:///no-host",
        "vbscript:msgbox",
        "\x00https://example.com",
    ):
        assert not open_safe_url(url), url
    for url in ("https://example.com/a?b=1", "http://example.com"):
        open_safe_url(url)
    assert opened == ["https://example.com/a?b=1", "http://example.com"]


def test_the_system_browser_is_reached_only_through_the_scheme_check() -> None:
    """Source scan: one openUrl in the whole program (behind is_safe_url), no widget opens
    links by itself, and packs are read only by the safe YAML reader."""
    calls, auto_links, unsafe_yaml = [], [], []
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(SRC)
        calls += [f"{where}" for _ in re.finditer(r"\.openUrl\(", text)]
        auto_links += [f"{where}" for _ in re.finditer(r"setOpenExternalLinks\(True\)", text)]
        auto_links += [f"{where}" for _ in re.finditer(r"setOpenLinks\(True\)", text)]
        unsafe_yaml += [
            f"{where}: {m.group(0)}"
            for m in re.finditer(
                r"yaml\.(load|unsafe_load|full_load|load_all)\(|Loader=yaml\.(Loader|UnsafeLoader|FullLoader)\b|(?<![.\w])(eval|exec)\(|pickle\.loads?\(",
                text,
            )
        ]
    assert calls == ["qt/plan/parts.py"]
    assert auto_links == []
    assert unsafe_yaml == []


def test_nothing_in_a_pack_is_executed(tmp_path: Path) -> None:
    from pathfinder.io.packs import PackError, load_pack

    marker = tmp_path / "pwned"
    pack = tmp_path / "evil.yaml"
    pack.write_text(
        TINY + f"x-run: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    with pytest.raises(PackError, match="not allowed"):
        load_pack(pack)
    assert not marker.exists()
    assert QApplication is not None
