"""A Markdown editor with a live preview, safe for any text the user pastes."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
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

    def loadResource(self, type: int, name: QUrl) -> object:
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
