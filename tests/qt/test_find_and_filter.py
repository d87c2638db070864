"""Skills filter and Ctrl+F find what the learner means (issue 15, item 5): names before
other names and categories, suggestions that say role or skill, Enter taking the highlighted
one, and a search that keeps the learner's panel and zoom."""

from __future__ import annotations

from tests.qt_fixtures import settle, shown_window

from pathfinder.qt.state.commands import set_target_role
from pathfinder.qt.state.session import Session


def _first_skills(win, text: str, count: int = 1) -> list[str]:  # type: ignore[no-untyped-def]
    panel = win.skills_panel
    panel.filter_edit.setText(text)
    panel._apply_filter()
    model = panel.view.model()
    names = []
    for category in range(model.rowCount()):
        parent = model.index(category, 0)
        for row in range(model.rowCount(parent)):
            names.append(str(model.index(row, 0, parent).data()))
    return names[:count]


def test_the_filter_lists_name_matches_first(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        assert _first_skills(win, "aws") == ["Amazon Web Services (AWS)"]
        assert _first_skills(win, "git") == ["Git"]
        assert _first_skills(win, "sagemaker") == ["AWS SageMaker"]
        # Skills that only mention the text in another name still come, after.
        assert "CI/CD" in _first_skills(win, "git", 10)


def test_suggestions_say_role_or_skill_and_enter_takes_the_first(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        box = win.search_box
        win.search.setText("platform")
        box.suggest("platform")
        shown = box.suggestions()
        assert shown and all(s.endswith((" · role", " · skill")) for s in shown)
        assert "ML Platform Engineer · role" in shown
        assert "Google Cloud Platform (GCP) · skill" in shown
        box.completer.popup().hide()
        win.run_search()  # Enter with nothing highlighted: the first line
        first = shown[0]
        selected = session.catalog.role_by_id[session.selected_role or ""].name
        if first.endswith("· role"):
            assert first == f"{selected} · role"
        else:
            assert first.startswith(win.skills_panel.view.currentIndex().data())


def test_enter_takes_the_highlighted_suggestion(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        box = win.search_box
        win.search.setText("platform")
        box.suggest("platform")
        shown = box.suggestions()
        wanted = shown.index("ML Platform Engineer · role")
        other = next(i for i, s in enumerate(shown) if s.endswith("· skill"))
        popup = box.completer.popup()
        popup.setCurrentIndex(box.completer.completionModel().index(other, 0))
        win.run_search()
        skill = shown[other].removesuffix(" · skill")
        assert win.skills_panel.view.currentIndex().data() == skill
        box.suggest("platform")
        popup.setCurrentIndex(box.completer.completionModel().index(wanted, 0))
        win.run_search()
        assert session.selected_role == "ml-platform-engineer"


def test_a_skill_search_keeps_the_panel_and_the_zoom(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        set_target_role(session, "mlops-engineer")
        win.plan_dock.raise_()
        settle()
        zoom = win.graph.zoom()
        win.search.setText("Kubernetes")
        win.run_search()
        settle()
        assert not win.plan_dock.visibleRegion().isEmpty()  # still the tab in front
        assert win.role_dock.visibleRegion().isEmpty()
        assert win.graph.zoom() == zoom
        assert win.skills_panel.view.currentIndex().data() == "Kubernetes"


def test_the_switcher_lists_roles_and_pack_and_enter_opens_the_typed_learner(
    qtbot, started_window
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from pathfinder.qt.profiles.profiles_dialog import ProfilesDialog

    win = started_window
    keeper = win.keeper
    samuelson = keeper.store.create("Ada Samuelson", "ai-ml-careers")
    sam = keeper.store.create("Sam Rivera", "ai-ml-careers")
    keeper.open(sam.path)
    win.session.apply_roles("devops-engineer", "mlops-engineer")
    keeper.save_now()
    keeper.open(samuelson.path)  # open now, and its name holds "sam" too
    dialog = ProfilesDialog(keeper, win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    line = next(t for t in texts if t.startswith("Sam Rivera"))
    assert "DevOps Engineer → MLOps Engineer · AI & ML careers · changed" in line
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "sam")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert keeper.path == sam.path


def test_export_and_print_suggest_one_name_and_dialogs_remember_their_folder(
    tmp_path, monkeypatch, qtbot, started_window
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QFileDialog

    from pathfinder.paths import builtin_pack
    from pathfinder.qt.plan.report_export import print_plan

    win = started_window
    starts: list[str] = []
    folder = tmp_path / "packs"
    folder.mkdir()
    pack = folder / "mine.yaml"
    pack.write_text(builtin_pack().read_text(encoding="utf-8"), encoding="utf-8")

    def fake_open(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        starts.append(start)
        return str(pack), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    win.open_pack_dialog()
    win.open_pack_dialog()
    assert starts[1] == str(folder)  # the second time it opens where the first one went

    names: list[str] = []

    def fake_exec(dialog: QPrintDialog) -> int:
        names.append(dialog.printer().docName())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    print_plan(win, win.session, name="Ada Quist", today=date(2026, 12, 3))
    assert names == ["Ada Quist – learning plan 2026-12-03"]


def test_help_is_a_getting_started_page_that_shows_a_sample_route(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, session) as win:
        win.show_help()
        page = win.help_page
        qtbot.waitExposed(page)
        text = page.browser.toPlainText()
        for words in ("Getting started", "Route tab", "Ctrl+Z", "F11", "Switch profile"):
            assert words in text
        page.sample_button.click()
        assert (session.current_role, session.target_role) == ("devops-engineer", "mlops-engineer")
        qtbot.waitUntil(lambda: win.route_view.isVisible())
        assert [r.role for r in win.route_view.rows() if r.kind == "station"][
            -1
        ] == "mlops-engineer"
        win.undo_action.trigger()  # the learner's own roles come back
        assert session.target_role is None


def test_notes_are_edited_with_undo_and_saved(qtbot, started_window) -> None:  # type: ignore[no-untyped-def]
    import json

    win = started_window
    keeper = win.keeper
    keeper.add_note("Wants to move to MLOps within a year")
    keeper.add_note("Has done the Docker course")
    editor = next(o for o in win.findChildren(object) if hasattr(o, "notes_editor")).notes_editor
    notes_list = editor.notes
    assert notes_list.count() == 2
    first_shown = notes_list.item(0)  # the newest note is on top
    assert "Has done the Docker course" in first_shown.text()
    assert editor.index_of(first_shown) == 1
    assert editor.edit(1, "Has done the Docker and Kubernetes courses")
    assert keeper.profile.notes[1].text == "Has done the Docker and Kubernetes courses"
    assert "Docker and Kubernetes" in notes_list.item(0).text()
    path = keeper.path

    def saved() -> bool:
        notes = json.loads(path.read_text(encoding="utf-8")).get("notes", [])
        return len(notes) == 2 and "Kubernetes courses" in notes[1]["text"]

    qtbot.waitUntil(saved, timeout=3000)
    win.undo_action.trigger()
    assert keeper.profile.notes[1].text == "Has done the Docker course"
    assert win.statusBar().currentMessage() == "Undid: edit a note"
    assert keeper.profile.notes[0].text == "Wants to move to MLOps within a year"


def test_a_skill_name_cut_in_the_list_reads_whole_in_its_tooltip(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from pathfinder.qt.state.commands import set_skill_state
    from pathfinder.qt.state.session import SkillState

    with shown_window(qtbot, session) as win:
        set_skill_state(session, "pytorch", SkillState.HAVE)  # "Python (required by PyTorch)"
        view = win.skills_panel.view
        model = view.model()
        cut = []
        for category in range(model.rowCount()):
            parent = model.index(category, 0)
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                label = str(index.data())
                room = view.visualRect(index).width() - 28  # the check box and padding
                if view.fontMetrics().horizontalAdvance(label) > room:
                    cut.append((label, str(index.data(Qt.ItemDataRole.ToolTipRole))))
        assert cut  # at 1280x800 some names do not fit the list's width
        names = {s.name for s in session.catalog.skills}
        for label, tip in cut:
            name = max((n for n in names if label.startswith(n)), key=len)
            assert name in tip, label


def test_a_wide_window_gives_the_skills_panel_room_for_whole_names(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from pathfinder.qt.window.main_window import MainWindow

    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    view = win.skills_panel.view
    longest = max(
        session.catalog.skills, key=lambda s: view.fontMetrics().horizontalAdvance(s.name)
    )
    index = win.skills_panel.model.index_of_skill(longest.id)
    qtbot.waitUntil(
        lambda: (
            view.visualRect(win.skills_panel.proxy.mapFromSource(index)).width()
            >= view.fontMetrics().horizontalAdvance(longest.name) + 20
        )
    )
    QApplication.processEvents()
    # The graph was fitted again to the narrower view it got.
    area = win.graph.viewport().rect()
    drawn = win.graph.mapFromScene(win.graph.graph_scene.graph_rect).boundingRect()
    assert area.adjusted(-1, -1, 1, 1).contains(drawn)


def test_a_wide_window_gives_the_plan_lines_of_reading_length(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    from pathfinder.qt.window.main_window import MainWindow

    def plan_width_at(width: int, height: int) -> int:
        win = MainWindow(session)
        qtbot.addWidget(win)
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        # The first widths are set once the window is on screen (dock_widths.widen_skills_panel).
        qtbot.waitUntil(lambda: win.plan_dock.width() >= 380, timeout=2000)
        graph = win.graph

        def drawn_whole() -> bool:
            drawn = graph.mapFromScene(graph.graph_scene.graph_rect).boundingRect()
            return graph.viewport().rect().adjusted(-1, -1, 1, 1).contains(drawn)

        qtbot.waitUntil(drawn_whole)
        return win.plan_dock.width()

    # At 1920 pixels the Plan panel kept a laptop's ~250 pixels and wrapped every sentence
    # after a few words beside an empty margin of map; 380 pixels hold about 60 characters
    # of the window's font. The map, fitted again, is still drawn whole.
    assert plan_width_at(1920, 1080) >= 380
