"""A Markdown editor with a live preview, safe for any text the user pastes."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


@cache
def _renderer() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def markdown_html(text: str) -> str:
    """HTML for Markdown `text` with raw HTML escaped and unsafe links (file:, javascript:) dropped."""
    return str(_renderer().render(text))


class SafeBrowser(QTextBrowser):
    """A read-only rich text view that loads no images or files and follows no links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Headings a step above the body text: a preview, not a poster.
        self.document().setDefaultStyleSheet(
            "h1 { font-size: large; } h2 { font-size: medium; } h3, h4 { font-size: medium; font-style: italic; }"
        )

    def loadResource(self, type: int, name: QUrl | str) -> object:
        # `![x](file:///etc/passwd)` must not reach the disk or the network.
        return None

    def show_markdown(self, text: str) -> None:
        self.setHtml(markdown_html(text))


class MarkdownEditor(QWidget):
    """Source on the left, preview on the right; the preview follows typing after a short pause."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QPlainTextEdit(self)
        self.source.setTabChangesFocus(True)
        self.preview = SafeBrowser(self)
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.preview.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.preview.setStyleSheet("QTextBrowser { background: palette(alternate-base); }")
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.source)
        split.addWidget(self.preview)
        split.setChildrenCollapsible(False)
        split.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._render)
        self.source.textChanged.connect(self._timer.start)
        self.retranslate()

    def retranslate(self) -> None:
        self.source.setAccessibleName(self.tr("Explanation (Markdown)"))
        self.source.setPlaceholderText(
            self.tr("Arguments and explanation. Markdown: **bold**, *italic*, - bullet, # heading")
        )
        self.preview.setAccessibleName(self.tr("Preview of the explanation"))

    def _render(self) -> None:
        self.preview.show_markdown(self.source.toPlainText())

    def render_now(self) -> None:
        self._timer.stop()
        self._render()


class GrowingTextEdit(QPlainTextEdit):
    """A plain text field that grows with its text between `min_lines` and `max_lines`, then scrolls.

    Short fields stay compact; a long list of red lines is read without scrolling inside a scroll area.
    """

    def __init__(self, parent: QWidget | None = None, min_lines: int = 2, max_lines: int = 10) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        # A plain text document measures its height in lines, wrapped lines included.
        lines = int(self.document().documentLayout().documentSize().height())
        shown = min(max(lines, self.min_lines), self.max_lines)
        margins = int(self.document().documentMargin() * 2) + self.frameWidth() * 2 + 2
        self.setFixedHeight(self.fontMetrics().lineSpacing() * shown + margins)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a narrower field wraps into more lines
