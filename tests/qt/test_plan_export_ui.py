"""File > Export plan… and File > Print plan… from the window, with the learner's profile."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pathfinder.qt.state.commands import set_current_role, set_skill_state, set_target_role
from pathfinder.qt.state.session import SkillState
from pathfinder.qt.window.main_window import MainWindow


@pytest.fixture
def window(started_window: MainWindow) -> MainWindow:
    return started_window


def _menu_texts(win: MainWindow) -> list[str]:
    return [a.text() for a in win.file_menu.actions() if not a.isSeparator()]


def _learner(win: MainWindow) -> None:
    assert win.keeper is not None
    win.keeper.rename("Ada Quist")
    win.keeper.add_note("Wants to move into MLOps within a year.")
    for skill in ("python", "git", "docker"):
        set_skill_state(win.session, skill, SkillState.HAVE)
    set_current_role(win.session, "devops-engineer")
    set_target_role(win.session, "mlops-engineer")


def test_file_menu_offers_export_and_print(window: MainWindow) -> None:
    texts = _menu_texts(window)
    assert "E&xport plan…" in texts and "&Print plan…" in texts
    assert texts.index("E&xport plan…") < texts.index("&Quit")


def test_export_plan_writes_a_pdf_with_the_learner_notes_and_gaps(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _learner(window)
    asked: list[str] = []

    def fake_save(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "for-ada"), "PDF (*.pdf)"  # a bare name: the filter adds .pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    action = next(a for a in window.file_menu.actions() if a.text() == "E&xport plan…")
    action.trigger()
    out = tmp_path / "for-ada.pdf"
    # One naming rule (file_names.py): Print names its document the same way.
    assert asked == [f"Ada Quist – learning plan {date.today().isoformat()}.pdf"]
    assert out.exists()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "Ada Quist" in text
    assert "Wants to move into MLOps within a year." in text
    assert "MLOps Engineer" in text and "Data and concept drift detection" in text
    assert str(out) in window.statusBar().currentMessage()


def test_export_plan_to_markdown_by_filter(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _learner(window)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a: (str(tmp_path / "plan"), "Markdown (*.md)"),
    )
    next(a for a in window.file_menu.actions() if a.text() == "E&xport plan…").trigger()
    text = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert text.startswith("# ") and "Ada Quist" in text and "Wants to move into MLOps" in text


def test_export_to_a_folder_that_does_not_exist_says_where(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    target = tmp_path / "missing" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF (*.pdf)"))
    next(a for a in window.file_menu.actions() if a.text() == "E&xport plan…").trigger()
    assert len(warnings) == 1 and "missing" in warnings[0]
    assert not target.exists()
