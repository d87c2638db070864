"""How the Skills list shows a skill the current role needs and the learner has not ticked.

It counts as held ("from your role") unless the learner marked it as not held; a click on
its box switches between the two (qt/skills/model.py). Its own module so the model stays
about structure and the learner's ticks.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt

from pathfinder.core.catalog import Skill


def role_skill_data(skill: Skill, held: bool, role: int) -> object:
    """data() of a role skill's name cell; `held`: counted from the role (not marked)."""
    if role == Qt.ItemDataRole.DisplayRole:
        text = (
            QCoreApplication.translate("SkillsModel", "{skill} (from your role)")
            if held
            else QCoreApplication.translate("SkillsModel", "{skill} (your role: not held)")
        )
        return text.format(skill=skill.name)
    if role == Qt.ItemDataRole.CheckStateRole:
        return Qt.CheckState.Checked if held else Qt.CheckState.Unchecked
    if role == Qt.ItemDataRole.ToolTipRole:
        why = (
            QCoreApplication.translate(
                "SkillsModel",
                "Counted as yours because your current role needs it. Click the box if you "
                "do not have it (Ctrl+Z undoes it).",
            )
            if held
            else QCoreApplication.translate(
                "SkillsModel",
                "Your current role needs it, but you marked it as not held, so the plan "
                "teaches it. Click the box to count it from your role again.",
            )
        )
        lines = (skill.name, skill.description or "", why)
        return "".join(f"<p>{html.escape(p)}</p>" for p in lines if p)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        words = (
            QCoreApplication.translate("SkillsModel", "counted from your role")
            if held
            else QCoreApplication.translate("SkillsModel", "your role needs it, not held")
        )
        return f"{skill.name}, {words}"
    return None
