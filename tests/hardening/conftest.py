"""Hardening tests that open the window run offscreen, with their own settings, data and log
folders (never the developer's): the Qt fixtures of tests/qt_fixtures.py, shared with tests/qt."""

from __future__ import annotations

from tests.qt_fixtures import open_window, start_args, temporary_home  # noqa: F401
