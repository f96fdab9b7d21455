"""Sessiemodus: capture concerns, recognitions and attendance at a regional session, full screen.

Made for a laptop on a beamer or passed round the table: large type, high
contrast, keyboard first. Municipality, title, description, theme, Enter: saved,
and the form is ready for the next with the cursor back on the municipality.
Every action is stored at once (one transaction, one undo step), so Esc simply
leaves.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.services import concerns, labels, search, sessions
from delegate_app.core.types import today
from delegate_app.ui.concerns.pickers import MunicipalityCombo, ThemeCombo, load_municipalities
from delegate_app.ui.concerns.table_model import format_breadth
from delegate_app.ui.concerns.undo import perform
from delegate_app.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 200

# High contrast that survives a washed-out beamer: near-black on white, one strong blue,
# and a thick amber focus ring so everyone at the table sees where typing goes.
STYLE = """
#sessionMode { background: #ffffff; }
#sessionMode * { font-size: 15pt; }
#sessionMode QLabel#heading { font-size: 21pt; font-weight: 700; }
#sessionBar QLabel#heading { font-size: 19pt; }
#sessionMode QListWidget::indicator { width: 22px; height: 22px; }
#sessionMode QLabel, #sessionMode QCheckBox { color: #111111; }
#sessionMode QLineEdit, #sessionMode QPlainTextEdit, #sessionMode QComboBox, #sessionMode QListWidget {
    background: #ffffff; color: #111111; border: 2px solid #5a6472; border-radius: 6px; padding: 6px; }
#sessionMode QLineEdit:focus, #sessionMode QPlainTextEdit:focus, #sessionMode QComboBox:focus,
#sessionMode QListWidget:focus { border: 3px solid #e09b00; }
#sessionMode QListWidget::item { padding: 8px 6px; border-bottom: 1px solid #d5dae1; }
#sessionMode QListWidget#concernList::item { padding: 0; border: none; }
#sessionMode QListWidget::item:selected { background: #0b4f9c; color: #ffffff; }
#sessionMode QPushButton { background: #e8edf3; color: #111111; border: 2px solid #5a6472; border-radius: 6px;
    padding: 8px 16px; }
#sessionMode QPushButton:focus { border: 3px solid #e09b00; }
#sessionMode QPushButton#primary { background: #0b4f9c; color: #ffffff; border-color: #0b4f9c; }
#sessionMode QPushButton#primary:focus { border: 3px solid #e09b00; }
#sessionMode QPushButton:disabled { color: #7a828c; }
#sessionBar { background: #0b2f5c; }
#sessionBar QLabel { color: #ffffff; }
#sessionMode QLabel#feedback { color: #0f5e2a; font-weight: 600; }
#sessionMode QLabel#feedbackError { color: #a01616; font-weight: 600; }
"""


@dataclass(frozen=True)
class SessionChoice:
    id: str
    title: str
    held_on: Any


def set_attendance(ctx: AppContext, session_id: str, municipality_id: str, present: bool, text: str) -> None:
    """Record one municipality as present or absent, as one undoable step."""
    before: list[bool | None] = []

    def do(s: Any) -> None:
        before.append(_present(s, session_id, municipality_id))
        sessions.set_attendance(s, session_id, municipality_id, present)

    def undo(s: Any) -> None:
        if before[0] is None:
            sessions.clear_attendance(s, session_id, municipality_id)
        else:
            sessions.set_attendance(s, session_id, municipality_id, before[0])

    perform(
        ctx,
        text,
        do,
        undo,
        redo=lambda s: sessions.set_attendance(s, session_id, municipality_id, present),
        entity="attendance",
        ids=[session_id],
    )


def _present(s: Any, session_id: str, municipality_id: str) -> bool | None:
    for row in sessions.attendance(s, session_id):
        if row.municipality_id == municipality_id:
            return row.present
    return None


def _mark_present(s: Any, session_id: str, municipality_id: str) -> None:
    # A municipality that speaks up at the session was evidently there.
    if _present(s, session_id, municipality_id) is None:
        sessions.set_attendance(s, session_id, municipality_id, True)


def _sync_items(widget: QListWidget, rows: list[tuple[str, str, bool | None]]) -> None:
    """Show (id, text, checked) rows, updating items in place when the same ids are listed.

    In place matters: this runs after a tick or an activation, from inside the list's
    own signal, and clearing the list there would delete the item Qt is still using.
    """
    current = [widget.item(i).data(ID_ROLE) for i in range(widget.count())]
    if current != [r[0] for r in rows]:
        widget.clear()
        for row_id, _text, _checked in rows:
            item = QListWidgetItem()
            item.setData(ID_ROLE, row_id)
            widget.addItem(item)
    for i, (_row_id, text, checked) in enumerate(rows):
        item = widget.item(i)
        item.setText(text)
        if checked is not None:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class _ConcernDelegate(QStyledItemDelegate):
    """A concern as its title in bold with, below it, the municipality and breadth in a quieter colour."""

    PAD = 10

    def _parts(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        title, _sep, detail = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return title, detail

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.Bold)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        return bold, small

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        return max(120, width - 2 * self.PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, _detail = self._parts(index)
        bold, small = self._fonts(option)
        width = self._width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        high = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), flags, title).height()
        high += QFontMetrics(small).height() + 2 * self.PAD + 4
        return QSize(width, high)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        title, detail = self._parts(index)
        bold, small = self._fonts(option)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        painter.setPen(QColor("#ffffff" if selected else "#111111"))
        painter.setFont(bold)
        flags = int(Qt.TextFlag.TextWordWrap)
        used = painter.boundingRect(rect, flags, title)
        painter.drawText(rect, flags, title)
        painter.setFont(small)
        painter.setPen(QColor("#e6eefa" if selected else "#4a5360"))
        painter.drawText(rect.adjusted(0, used.height() + 4, 0, 0), int(Qt.AlignmentFlag.AlignLeft), detail)
        painter.setPen(QColor("#d5dae1"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class _EnterSaves(QObject):
    """Enter in any field of the form saves; in the description it takes Ctrl+Enter."""

    def __init__(self, window: SessionModeWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if watched is self._window.description and not ctrl:
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks in an open list
        municipality = self._window.municipality
        if watched in (municipality, municipality.lineEdit()):
            # Enter on the municipality accepts what is typed and goes on to what is missing.
            municipality.completer().popup().hide()
            if municipality.municipality_id() is not None and self._window.focus_next_missing():
                return True
        self._window.save_concern()
        return True


class SessionModeWindow(QWidget):
    """The full-screen intake window; the main window shows it with `showFullScreen()`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setObjectName("sessionMode")
        self.setStyleSheet(STYLE)
        self._conn: sqlite3.Connection = ctx.store.raw()
        conn = self._conn
        self.destroyed.connect(lambda *_: conn.close())
        self.session_id: str | None = None
        self._loading = False
        self._build()
        self.retranslate()
        self.reload_sessions()
        ctx.changed.connect(self._on_changed)
        # A method, not a lambda: Qt drops the connection when this window is deleted.
        ctx.language_changed.connect(self.retranslate)

    # layout -----------------------------------------------------------------------

    def _heading(self) -> QLabel:
        label = QLabel()
        label.setObjectName("heading")
        label.setWordWrap(True)  # a long heading wraps rather than widening its column
        return label

    def _build(self) -> None:
        bar = QFrame()
        bar.setObjectName("sessionBar")
        self.mode_title = self._heading()
        self.session_label = QLabel()
        self.session_combo = QComboBox()
        # Session titles are long; the combo must not make the bar wider than a laptop screen.
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(16)
        self.session_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        self.new_session = QPushButton()
        self.new_session.clicked.connect(self.create_session_today)
        self.leave_hint = QLabel()
        self.leave_hint.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(24, 12, 24, 12)
        bar_layout.setSpacing(14)
        bar_layout.addWidget(self.mode_title)
        bar_layout.addSpacing(24)
        bar_layout.addWidget(self.session_label)
        bar_layout.addWidget(self.session_combo, 1)
        bar_layout.addWidget(self.new_session)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.leave_hint)
        bar_layout.addWidget(self.close_button)

        # The intake form.
        self.form_heading = self._heading()
        self.municipality = MunicipalityCombo(self.ctx.store)
        self.municipality.set_municipality(None, emit=False)
        self.municipality.municipality_changed.connect(lambda _m: self._update_recognise_texts())
        self.municipality.completer().activated.connect(lambda _text: self._municipality_picked())
        self.title = QLineEdit()
        self.title.setMaxLength(concerns.TITLE_MAX)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(150)
        self.description.setMaximumHeight(320)
        self.theme = ThemeCombo(self.ctx.store, "")
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_concern)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.form_labels = {key: QLabel() for key in ("municipality", "title", "description", "theme")}
        form = QGridLayout()
        form.setVerticalSpacing(6)
        row = 0
        for key, widget in (("municipality", self.municipality), ("title", self.title),
                            ("description", self.description), ("theme", self.theme)):  # fmt: skip
            self.form_labels[key].setBuddy(widget)
            form.addWidget(self.form_labels[key], row, 0)
            form.addWidget(widget, row + 1, 0)
            row += 2
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.form_heading)
        left.addLayout(form)
        left.addSpacing(6)
        left.addLayout(buttons)
        left.addWidget(self.feedback)
        left.addStretch(1)
        enter = _EnterSaves(self)
        for widget in (
            self.municipality,
            self.municipality.lineEdit(),
            self.title,
            self.description,
            self.theme,
        ):
            widget.installEventFilter(enter)

        # The session's concerns, to recognise with one click.
        self.list_heading = self._heading()
        self.finder = QLineEdit()
        self.finder.setClearButtonEnabled(True)
        self.concern_list = QListWidget()
        self.concern_list.setObjectName("concernList")
        self.concern_list.setWordWrap(True)
        self.concern_list.setItemDelegate(_ConcernDelegate(self.concern_list))
        self.concern_list.setUniformItemSizes(False)
        self.concern_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.concern_list.setSpacing(2)
        self.concern_list.itemActivated.connect(lambda _item: self.recognise_selected())
        self.concern_list.currentItemChanged.connect(lambda *_: self._update_recognise_texts())
        QShortcut(
            QKeySequence(Qt.Key.Key_Space),
            self.concern_list,
            self.recognise_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.recognise_button = QPushButton()
        self.recognise_button.clicked.connect(self.recognise_selected)
        self.recognise_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(SEARCH_DELAY_MS)
        self._find_timer.timeout.connect(self.reload_concerns)
        self.finder.textChanged.connect(lambda _t: self._find_timer.start())
        middle = QVBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self.list_heading)
        middle.addWidget(self.finder)
        middle.addWidget(self.concern_list, 1)
        middle.addWidget(self.recognise_button)

        # Attendance.
        self.attendance_heading = self._heading()
        self.attendance = QListWidget()
        self.attendance.itemChanged.connect(self._attendance_changed)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.attendance_heading)
        right.addWidget(self.attendance, 1)

        body = QHBoxLayout()
        body.setContentsMargins(28, 20, 28, 24)
        body.setSpacing(32)
        body.addLayout(left, 5)
        body.addLayout(middle, 5)
        body.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        outer.addLayout(body, 1)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.setTabOrder(self.municipality, self.title)
        self.setTabOrder(self.title, self.description)
        self.setTabOrder(self.description, self.theme)
        self.setTabOrder(self.theme, self.save_button)
        self.setTabOrder(self.save_button, self.finder)
        self.setTabOrder(self.finder, self.concern_list)
        self.setTabOrder(self.concern_list, self.recognise_button)
        self.setTabOrder(self.recognise_button, self.attendance)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Regiostem — session mode"))
        self.mode_title.setText(self.tr("Session mode"))
        self.session_label.setText(self.tr("Session:"))
        self.new_session.setText(self.tr("New session today"))
        self.leave_hint.setText(self.tr("Esc closes · everything is saved as you go"))
        self.close_button.setText(self.tr("Close"))
        self.form_heading.setText(self.tr("New concern"))
        texts = {"municipality": self.tr("&Municipality"), "title": self.tr("&Title"),
                 "description": self.tr("&Description  (Ctrl+Enter saves)"), "theme": self.tr("T&heme")}  # fmt: skip
        for key, text in texts.items():
            self.form_labels[key].setText(text)
        self.municipality.lineEdit().setPlaceholderText(self.tr("Type a few letters of the name"))
        self.title.setPlaceholderText(self.tr("What goes wrong, in a few words"))
        self.description.setPlaceholderText(self.tr("Since when, how often, what it costs"))
        self.theme.set_empty_text(self.tr("(no theme)"))
        self.save_button.setText(self.tr("Save and next  (Enter)"))
        self.finder.setPlaceholderText(self.tr("Find any concern in the register…"))
        names = {
            self.session_combo: self.tr("Regional session"),
            self.new_session: self.tr("Create a regional session for today"),
            self.close_button: self.tr("Close session mode"),
            self.municipality: self.tr("Municipality"),
            self.title: self.tr("Title"),
            self.description: self.tr("Description"),
            self.theme: self.tr("Theme"),
            self.save_button: self.tr("Save the concern and start the next"),
            self.finder: self.tr("Find a concern to recognise"),
            self.concern_list: self.tr("Concerns of this session"),
            self.recognise_button: self.tr(
                "Record that the chosen municipality recognises the selected concern"
            ),
            self.attendance: self.tr("Municipalities present"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._update_recognise_texts()
        if self.session_combo.count():
            self.reload_sessions()  # dates and breadth are written out in the language
        self._update_headings()

    def _update_headings(self) -> None:
        count = self.concern_list.count()
        if self.finder.text().strip():
            self.list_heading.setText(self.tr("Found in the register ({count})").format(count=count))
        else:
            self.list_heading.setText(self.tr("Raised in this session ({count})").format(count=count))
        present = sum(
            1
            for i in range(self.attendance.count())
            if self.attendance.item(i).checkState() == Qt.CheckState.Checked
        )
        self.attendance_heading.setText(
            self.tr("Present ({present} of {total})").format(present=present, total=self.attendance.count())
        )

    def _update_recognise_texts(self) -> None:
        name = self.municipality.currentText().strip() if self.municipality.municipality_id() else ""
        chosen = self.concern_list.currentItem() is not None
        if name:
            self.recognise_button.setText(self.tr("{name} recognises this  (Space)").format(name=name))
        else:
            self.recognise_button.setText(self.tr("Choose a municipality to record its recognition"))
        self.recognise_button.setEnabled(bool(name) and chosen and self.session_id is not None)

    # sessions ---------------------------------------------------------------------

    def reload_sessions(self, select_id: str | None = None) -> None:
        with self.ctx.store.reader() as s:
            found = [
                SessionChoice(r.id, r.title, r.held_on)
                for r in sessions.list_sessions(s, kind=models.SessionKind.REGIONAL)
            ]
        wanted = select_id or self.session_id
        if wanted is None:
            held_today = [c for c in found if c.held_on == today()]
            wanted = held_today[0].id if held_today else (found[0].id if found else None)
        self._loading = True
        try:
            self.session_combo.clear()
            for choice in found:
                self.session_combo.addItem(
                    f"{choice.title} — {labels.format_date(choice.held_on)}", choice.id
                )
            row = self.session_combo.findData(wanted) if wanted else -1
            self.session_combo.setCurrentIndex(max(row, 0) if found else -1)
        finally:
            self._loading = False
        self._session_chosen()

    def _session_chosen(self, *_: object) -> None:
        if self._loading:
            return
        row = self.session_combo.currentIndex()
        self.session_id = str(self.session_combo.itemData(row)) if row >= 0 else None
        enabled = self.session_id is not None and not self.ctx.read_only
        for widget in (
            self.municipality,
            self.title,
            self.description,
            self.theme,
            self.save_button,
            self.attendance,
        ):
            widget.setEnabled(enabled)
        if self.session_id is None:
            self._feedback(
                self.tr("There is no regional session yet: create one for today to start."), error=True
            )
        self.reload_concerns()
        self.reload_attendance()

    def create_session_today(self) -> None:
        if self.ctx.read_only:
            return
        title = self.tr("Regional session {date}").format(date=labels.format_date(today()))
        # Not an undo step: a session is removed in the view "Regio-overleggen", with its attendance.
        try:
            with self.ctx.store.session() as s:
                created = sessions.create_session(s, title, today(), kind=models.SessionKind.REGIONAL).id
        except ValidationError as exc:
            self._feedback(str(exc), error=True)
            return
        self.ctx.notify("session", [created])
        self.reload_sessions(select_id=created)
        self._feedback(self.tr("Session “{title}” created.").format(title=title))
        self.municipality.setFocus()

    # concerns ---------------------------------------------------------------------

    def reload_concerns(self) -> None:
        self._find_timer.stop()
        current = self.concern_list.currentItem()
        keep = str(current.data(ID_ROLE)) if current is not None else None
        text = self.finder.text().strip()
        rows: list[tuple[str, str, str, int, int]] = []
        with self.ctx.store.reader() as s:
            if text:
                hits = search.search(self._conn, text, limit=40)
                ids = [h.id for h in hits]
                names = {h.id: (h.title, h.municipality) for h in hits}
            elif self.session_id is not None:
                raised = sessions.concerns_raised(s, self.session_id)
                ids = [c.id for c in raised]
                muni = {m.id: m.name for m in load_municipalities(self.ctx.store)[0]} if raised else {}
                names = {c.id: (c.title, muni.get(c.municipality_id, "")) for c in raised}
            else:
                ids, names = [], {}
            found = concerns.breadth_many(s, ids)
            for concern_id in ids:
                b = found.get(concern_id)
                title, municipality = names[concern_id]
                rows.append(
                    (concern_id, title, municipality, b.municipalities if b else 1, b.inhabitants if b else 0)
                )
        _sync_items(
            self.concern_list,
            [
                (cid, f"{title}\n{municipality} · {format_breadth(count, inhabitants)}", None)
                for cid, title, municipality, count, inhabitants in rows
            ],
        )
        for i in range(self.concern_list.count()):
            if self.concern_list.item(i).data(ID_ROLE) == keep:
                self.concern_list.setCurrentRow(i)
        self._update_headings()
        self._update_recognise_texts()

    def _municipality_picked(self) -> None:
        # Picking a municipality from the list with Enter goes straight on to what is still missing.
        QTimer.singleShot(0, self, self.focus_next_missing)  # dropped when the window is deleted first

    def focus_next_missing(self) -> bool:
        """Put the cursor in the first empty field after the municipality; False when none is empty."""
        for widget, empty in ((self.title, not self.title.text().strip()),
                              (self.description, not self.description.toPlainText().strip())):  # fmt: skip
            if empty:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def save_concern(self) -> None:
        """Store the form as a new concern of this session and start the next one."""
        if self.session_id is None or self.ctx.read_only:
            return
        municipality_id = self.municipality.municipality_id()
        if municipality_id is None:
            self._feedback(self.tr("Which municipality? Type a few letters of its name."), error=True)
            self.municipality.setFocus()
            return
        if not self.title.text().strip():
            self.title.setFocus()
            return
        if not self.description.toPlainText().strip():
            self._feedback(self.tr("Add a short description, then Ctrl+Enter."), error=True)
            self.description.setFocus()
            return
        session_id = self.session_id
        with self.ctx.store.reader() as s:
            held_on = sessions.get_session(s, session_id).held_on
        draft = concerns.ConcernDraft(
            title=self.title.text(),
            description=self.description.toPlainText(),
            municipality_id=municipality_id,
            theme_id=self.theme.theme_id(),
            source=models.ConcernSource.SESSION.value,
            session_id=session_id,
            submitted_on=held_on,
        )
        created: list[str] = []

        def do(s: Any) -> None:
            created.append(concerns.create_concern(s, draft).id)
            _mark_present(s, session_id, municipality_id)

        try:
            perform(
                self.ctx,
                self.tr("new concern “{title}”").format(title=draft.title.strip()[:40]),
                do,
                lambda s: concerns.delete_concern(s, created[0]),
                redo=lambda s: concerns.restore_concern(s, created[0]),
                ids=created,
            )
        except ValidationError as exc:
            self._feedback(str(exc), error=True)
            return
        self._feedback(
            self.tr("Saved: “{title}” ({municipality}).").format(
                title=draft.title.strip(), municipality=self.municipality.currentText().strip()
            )
        )
        self.title.clear()
        self.description.clear()
        self.theme.set_theme(None, emit=False)
        self.municipality.set_municipality(None, emit=False)
        self.municipality.setFocus(Qt.FocusReason.OtherFocusReason)

    def recognise_selected(self) -> None:
        """The municipality in the form recognises the selected concern."""
        item = self.concern_list.currentItem()
        municipality_id = self.municipality.municipality_id()
        if item is None or self.session_id is None or self.ctx.read_only:
            return
        if municipality_id is None:
            self._feedback(self.tr("First choose the municipality that recognises it."), error=True)
            self.municipality.setFocus()
            return
        self.recognise(str(item.data(ID_ROLE)), municipality_id)

    def recognise(self, concern_id: str, municipality_id: str) -> None:
        session_id = self.session_id
        if session_id is None:
            return
        with self.ctx.store.reader() as s:
            held_on = sessions.get_session(s, session_id).held_on

        def do(s: Any) -> None:
            concerns.add_support(
                s,
                concern_id,
                municipality_id,
                recorded_via=models.RecordedVia.SESSION.value,
                session_id=session_id,
                recorded_on=held_on,
                recorded_by=self.ctx.actor,
            )
            _mark_present(s, session_id, municipality_id)

        try:
            perform(
                self.ctx,
                self.tr("recognition"),
                do,
                lambda s: concerns.remove_support(s, concern_id, municipality_id),
                entity="support",
                ids=[concern_id],
            )
        except ValidationError as exc:
            self._feedback(str(exc), error=True)
            return
        self._feedback(
            self.tr("Recorded: {municipality} recognises this concern.").format(
                municipality=self.municipality.currentText().strip()
            )
        )

    # attendance -------------------------------------------------------------------

    def reload_attendance(self) -> None:
        self._loading = True
        try:
            rows = []
            if self.session_id is not None:
                with self.ctx.store.reader() as s:
                    rows = sessions.attendance(s, self.session_id)
            _sync_items(
                self.attendance,
                [
                    (
                        row.municipality_id,
                        row.municipality
                        if row.is_member
                        else self.tr("{name} (guest)").format(name=row.municipality),
                        bool(row.present),
                    )
                    for row in rows
                ],
            )
        finally:
            self._loading = False
        # The list is as wide as its longest name, so no name is clipped; the other columns give way.
        extra = 2 * self.attendance.frameWidth() + self.attendance.verticalScrollBar().sizeHint().width()
        self.attendance.setMinimumWidth(self.attendance.sizeHintForColumn(0) + extra + 12)
        self._update_headings()

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        if self._loading or self.session_id is None:
            return
        present = item.checkState() == Qt.CheckState.Checked
        try:
            set_attendance(self.ctx, self.session_id, str(item.data(ID_ROLE)), present, self.tr("attendance"))
        except ValidationError as exc:
            self._feedback(str(exc), error=True)
        self._update_headings()

    # shared -----------------------------------------------------------------------

    def _feedback(self, text: str, *, error: bool = False) -> None:
        self.feedback.setObjectName("feedbackError" if error else "feedback")
        self.feedback.setStyleSheet(self.feedback.styleSheet())  # re-apply the object-name rule
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity in {"concern", "support", "merge"}:
            self.reload_concerns()
        elif entity in {"attendance", "session"}:
            if entity == "session":
                self.reload_sessions()
            self.reload_attendance()
        elif entity == "region":
            self.municipality.reload()
            self.reload_attendance()

    def save_pending(self) -> None:
        """A complete concern still in the form is stored; an incomplete one stays in the form."""
        if (
            self.session_id is not None
            and self.municipality.municipality_id()
            and self.title.text().strip()
            and self.description.toPlainText().strip()
        ):
            self.save_concern()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.municipality.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_pending()
        super().closeEvent(event)
