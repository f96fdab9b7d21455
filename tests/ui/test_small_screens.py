"""Regiostem fits a 1280 × 720 laptop screen: the main window with every view, and session mode.

Delegates work on 1366 × 768 and 1280 × 720 laptops, so no view may ask for more
than 1280 pixels of width, whatever record it shows and in either language.
"""

from __future__ import annotations

from typing import Any

import pytest
from demo_window import demo_window_fixture, each_record  # noqa: F401
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from delegate_app.ui import views
from delegate_app.ui.main_window import MainWindow

WIDTH, HEIGHT = 1280, 720
LANGUAGES = ("nl", "en")


def widest_parts(root: QWidget, count: int = 5) -> str:
    """The widgets asking for the most width, to say what to fix when the test fails."""
    parts = sorted(
        (
            (max(w.minimumSizeHint().width(), w.minimumWidth()), type(w).__name__, w.objectName(), w)
            for w in root.findChildren(QWidget)
            if w.isVisibleTo(root)
        ),
        key=lambda part: part[0],
        reverse=True,
    )
    described = []
    for width, kind, name, widget in parts[:count]:
        text = widget.text() if isinstance(widget, QLabel) else ""
        described.append(f"{width} px {kind}#{name} {text[:40]!r}")
    return "; ".join(described)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_fits_a_small_laptop(demo_window: MainWindow, language: str) -> None:
    demo_window.language_actions[language].trigger()
    too_wide = []
    for spec in views.VIEWS:
        view = demo_window.show_view(spec.key)
        for _record in each_record(view, most=5):
            width = demo_window.minimumSizeHint().width()
            height = demo_window.minimumSizeHint().height()
            if width > WIDTH or height > HEIGHT:
                too_wide.append(f"{spec.key}: {width}×{height} ({widest_parts(view)})")
                break
    assert not too_wide, "\n".join(too_wide)


@pytest.mark.parametrize("language", LANGUAGES)
def test_session_mode_fits_a_small_laptop(demo_window: MainWindow, language: str, qtbot: Any) -> None:
    from delegate_app.ui.session_mode import SessionModeWindow

    demo_window.language_actions[language].trigger()
    session = SessionModeWindow(demo_window.ctx)
    qtbot.addWidget(session)
    session.resize(WIDTH, HEIGHT)
    session.show()
    sizes = []
    for row in range(session.session_combo.count()):
        session.session_combo.setCurrentIndex(row)
        # The widest municipality name on the recognise button, as at the table.
        session.municipality.set_municipality(longest_member(session), emit=True)
        QApplication.processEvents()
        sizes.append(session.minimumSizeHint())
    assert sizes, "the demo has regional sessions"
    widest = max(size.width() for size in sizes)
    assert widest <= WIDTH, f"session mode needs {widest} px ({widest_parts(session)})"
    assert max(size.height() for size in sizes) <= HEIGHT


def longest_member(session: Any) -> str:
    from delegate_app.ui.session_mode import ID_ROLE

    items = [session.attendance.item(row) for row in range(session.attendance.count())]
    return str(max(items, key=lambda item: len(item.text())).data(ID_ROLE))


def test_the_check_notices_a_window_too_wide(qtbot: Any) -> None:
    """The measure used above grows with a widget that will not shrink."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    layout.addWidget(QPushButton("x" * 400))
    assert root.minimumSizeHint().width() > WIDTH
    assert "QPushButton" in widest_parts(root)
