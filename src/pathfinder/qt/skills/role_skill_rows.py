"""How the Skills list shows a skill the current role needs and the learner has not ticked.

It counts as held ("from your role") unless the learner marked it as not held; a click on
its box switches between the two (qt/skills/model.py). Its own module so the model stays
about structure and the learner's ticks.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt

from pathfinder.core.catalog import Skill


def _tr(text: str) -> str:
    return QCoreApplication.translate("SkillsModel", text)


def role_skill_data(skill: Skill, held: bool, role: int) -> object:
    """data() of a role skill's name cell; `held`: counted from the role (not marked)."""
    if role == Qt.ItemDataRole.DisplayRole:
        text = _tr("%1 (from your role)") if held else _tr("%1 (your role: not held)")
        return text.replace("%1", skill.name)
    if role == Qt.ItemDataRole.CheckStateRole:
        return Qt.CheckState.Checked if held else Qt.CheckState.Unchecked
    if role == Qt.ItemDataRole.ToolTipRole:
        why = (
            _tr(
                "Counted as yours because your current role needs it. Click the box if you "
                "do not have it (Ctrl+Z undoes it)."
            )
            if held
            else _tr(
                "Your current role needs it, but you marked it as not held, so the plan "
                "teaches it. Click the box to count it from your role again."
            )
        )
        lines = (skill.name, skill.description or "", why)
        return "".join(f"<p>{html.escape(p)}</p>" for p in lines if p)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        words = _tr("counted from your role") if held else _tr("your role needs it, not held")
        return f"{skill.name}, {words}"
    return None
