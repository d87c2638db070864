"""Walking a window's accessibility tree as a screen reader would, through QAccessible."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

R = QAccessible.Role
# What a reader offers to press, tick, type in or choose: each needs a name to be usable.
INTERACTIVE = {
    R.PushButton,
    R.CheckBox,
    R.RadioButton,
    R.ComboBox,
    R.EditableText,
    R.SpinBox,
    R.Slider,
    R.ButtonMenu,
    R.ButtonDropDown,
    R.PageTab,
    R.Link,
    R.ListItem,
    R.TreeItem,
    R.MenuItem,
    R.List,
    R.Tree,
    R.Table,
}


@dataclass(frozen=True)
class Node:
    role: QAccessible.Role
    name: str
    description: str
    invisible: bool
    column: int  # a table or tree cell's column (0 for anything else)
    path: str  # the names of its ancestors, to say where a nameless control is


def walk(root: QObject, limit: int = 20000) -> list[Node]:
    """Every interface under `root`'s, depth first (at most `limit`)."""
    found: list[Node] = []
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None
    stack: list[tuple[QAccessibleInterface, str]] = [(top, "")]
    while stack and len(found) < limit:
        interface, path = stack.pop()
        if interface is None or not interface.isValid():
            continue
        name = interface.text(QAccessible.Text.Name)
        cell = interface.tableCellInterface()
        found.append(
            Node(
                interface.role(),
                name,
                interface.text(QAccessible.Text.Description),
                interface.state().invisible,
                cell.columnIndex() if cell is not None else 0,
                path,
            )
        )
        here = f"{path}/{name or interface.role().name}"
        for index in reversed(range(interface.childCount())):
            stack.append((interface.child(index), here))
    return found


def nameless_controls(nodes: list[Node]) -> list[str]:
    """Controls a reader would announce as nothing. A row is named by its first cell; a later
    cell may be blank (a skill group's row has no hours of its own)."""
    return [
        f"{node.role.name} at {node.path}"
        for node in nodes
        if node.role in INTERACTIVE
        and not node.invisible
        and not node.name.strip()
        and node.column == 0
    ]
