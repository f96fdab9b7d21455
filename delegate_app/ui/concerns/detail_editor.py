"""The editor of the selected concern: saves as you type (debounced), on focus-out and on close; no Save button.

Every save writes all fields changed since the last save in one `update_concern`
call (one transaction) and pushes one undo step; consecutive saves of the same
fields merge into one step. Changes made elsewhere (undo, another view) are shown
unless the user is editing that very field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.errors import DelegateAppError, ValidationError
from delegate_app.core.services import concerns, labels, merge
from delegate_app.ui.concerns.pickers import EnumCombo, MunicipalityCombo, ThemeCombo, load_themes
from delegate_app.ui.concerns.undo import UndoKeys, perform
from delegate_app.ui.context import AppContext

DEBOUNCE_MS = 400
NO_DATE = QDate(2000, 1, 1)  # the QDateEdit minimum, shown as "—": no date given

TEXT_FIELDS = ("title", "description", "status_reason", "contributor_name")
FIELDS = (
    "title", "description", "municipality_id", "anonymised", "theme_id", "extra_theme_ids", "urgency",
    "impact", "confidentiality", "status", "status_reason", "contributor_name", "submitted_on",
)  # fmt: skip


def same_value(name: str, stored: Any, shown: Any) -> bool:
    """Whether the widget shows what the store holds (the services trim text, themes are a set)."""
    if name in TEXT_FIELDS:
        return (
            str(stored or "").replace("\r\n", "\n").strip() == str(shown or "").replace("\r\n", "\n").strip()
        )
    if name == "extra_theme_ids":
        return set(stored or ()) == set(shown or ())
    return bool(stored == shown)


@dataclass
class Snapshot:
    """What the editor shows of one concern, read in one transaction."""

    values: dict[str, Any]
    deleted: bool = False
    merged_into: tuple[str, str] | None = None  # (id, title)
    children: list[tuple[str, str]] = field(default_factory=list)  # (id, title) merged into this one
    session_title: str = ""
    source: str = ""


def read_snapshot(ctx: AppContext, concern_id: str) -> Snapshot | None:
    with ctx.store.reader() as session:
        try:
            c = concerns.get_concern(session, concern_id, allow_deleted=True)
        except DelegateAppError:
            return None
        values = {name: getattr(c, name) for name in FIELDS if name != "extra_theme_ids"}
        values["extra_theme_ids"] = tuple(sorted(concerns.extra_theme_ids(session, concern_id)))
        snap = Snapshot(values=values, deleted=c.deleted_at is not None, source=c.source)
        if c.merged_into_id:
            target = session.get(models.Concern, c.merged_into_id)
            snap.merged_into = (c.merged_into_id, target.title if target else "")
        snap.children = [(k.id, k.title) for k in merge.merged_children(session, concern_id)]
        if c.session_id:
            meeting = session.get(models.RegionalSession, c.session_id)
            snap.session_title = meeting.title if meeting else ""
        return snap


class _FocusOut(QObject):
    """Saves the pending edit when a field loses focus."""

    def __init__(self, editor: ConcernEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._editor.flush()
        return False


class ConcernEditor(QWidget):
    """Edits one concern; `set_concern(id)` saves pending edits of the previous one first."""

    # Another concern should be shown (the target of a merge, a restored one).
    open_concern = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.concern_id: str | None = None
        self._saved: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self.saving_fields: frozenset[str] | None = None
        self._loading = False
        self._snapshot: Snapshot | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self._connect()
        self.retranslate()
        self.set_concern(None)
        ctx.changed.connect(self._on_changed)

    # layout -----------------------------------------------------------------------

    def _build(self) -> None:
        store = self.ctx.store
        self.banner = QLabel()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_button = QPushButton()
        self.banner_button.clicked.connect(self._banner_action)
        self.banner_open = QPushButton()
        self.banner_open.clicked.connect(self._open_target)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_open)
        banner_row.addWidget(self.banner_button)
        self.banner_box = QFrame()
        self.banner_box.setObjectName("bannerBox")
        self.banner_box.setLayout(banner_row)
        self.banner_box.setStyleSheet(
            "QFrame#bannerBox { background: #fff6e0; border: 1px solid #f0d48a; border-radius: 6px; }"
        )
        self.children_box = QFrame()
        self.children_box.setObjectName("childrenBox")
        self.children_box.setStyleSheet(
            "QFrame#childrenBox { background: #eef4fb; border: 1px solid #c8d9ee; border-radius: 6px; }"
        )
        self.children_layout = QVBoxLayout(self.children_box)
        self.children_layout.setContentsMargins(10, 6, 10, 6)
        self.children_label = QLabel()
        self.children_layout.addWidget(self.children_label)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            "QLabel#editorError { color: #9b1c1c; background: #fdecec; border-radius: 6px; padding: 6px 10px; }"
        )

        self.title = QLineEdit()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.title.setMaxLength(concerns.TITLE_MAX)
        self.municipality = MunicipalityCombo(store)
        self.municipality.setMinimumContentsLength(8)
        self.anonymised = QCheckBox()
        self.theme = ThemeCombo(store, "")
        self.theme.setMinimumContentsLength(8)
        self.more_themes = QToolButton()
        self.more_themes.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_themes.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.themes_menu = QMenu(self.more_themes)
        self._theme_actions: dict[str, QAction] = {}
        for theme_id, label in load_themes(store):
            action = self.themes_menu.addAction(label.replace("&", "&&"))  # "&" in a theme is text
            action.setCheckable(True)
            action.toggled.connect(lambda _on, self=self: self._changed("extra_theme_ids", now=True))
            self._theme_actions[theme_id] = action
        self.more_themes.setMenu(self.themes_menu)
        self.urgency, self.urgency_label = self._level()
        self.impact, self.impact_label = self._level()
        self.confidentiality = EnumCombo(models.Confidentiality)
        self.status = EnumCombo(models.ConcernStatus)
        self.status_reason = QLineEdit()
        self.contributor = QLineEdit()
        self.submitted_on = QDateEdit()
        self.submitted_on.setCalendarPopup(True)
        self.submitted_on.setDisplayFormat("dd-MM-yyyy")
        self.submitted_on.setMinimumDate(NO_DATE)
        self.submitted_on.setSpecialValueText("—")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(140)
        self.meta = QLabel()
        self.meta.setObjectName("editorMeta")
        self.meta.setWordWrap(True)
        self.meta.setEnabled(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow panel a label goes above its field rather than squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.labels: dict[str, QLabel] = {}

        def row(key: str, *widgets: QWidget, stretch_first: bool = True) -> None:
            label = QLabel()
            self.labels[key] = label
            if len(widgets) == 1:
                label.setBuddy(widgets[0])
                form.addRow(label, widgets[0])
                return
            box = QHBoxLayout()
            box.setSpacing(10)
            for i, w in enumerate(widgets):
                box.addWidget(w, 1 if (i == 0 and stretch_first) else 0)
            label.setBuddy(widgets[0])
            form.addRow(label, box)

        row("municipality", self.municipality, self.anonymised)
        row("theme", self.theme, self.more_themes)
        row("urgency", self.urgency, self.urgency_label)
        row("impact", self.impact, self.impact_label)
        row("confidentiality", self.confidentiality)
        row("status", self.status)
        row("status_reason", self.status_reason)
        row("contributor", self.contributor)
        row("submitted_on", self.submitted_on)
        self.submitted_on.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self.description_label = QLabel()
        self.description_label.setBuddy(self.description)
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner_box)
        layout.addWidget(self.children_box)
        layout.addWidget(self.error)
        layout.addWidget(self.title_label)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.description_label)
        layout.addWidget(self.description, 1)
        layout.addWidget(self.meta)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self._scroll = scroll
        outer.addWidget(self.empty)

    def _level(self) -> tuple[QSlider, QLabel]:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(1, 5)
        slider.setPageStep(1)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setMinimumWidth(90)
        slider.setMaximumWidth(160)
        label = QLabel()
        label.setMinimumWidth(90)
        return slider, label

    def _connect(self) -> None:
        self.title.textEdited.connect(lambda _t: self._changed("title"))
        self.title.editingFinished.connect(self.flush)
        self.description.textChanged.connect(lambda: self._changed("description"))
        self.status_reason.textEdited.connect(lambda _t: self._changed("status_reason"))
        self.status_reason.editingFinished.connect(self.flush)
        self.contributor.textEdited.connect(lambda _t: self._changed("contributor_name"))
        self.contributor.editingFinished.connect(self.flush)
        self.municipality.municipality_changed.connect(lambda _m: self._changed("municipality_id", now=True))
        self.anonymised.toggled.connect(lambda _on: self._changed("anonymised", now=True))
        self.theme.theme_changed.connect(lambda _t: self._changed("theme_id", now=True))
        self.confidentiality.currentIndexChanged.connect(
            lambda _i: self._changed("confidentiality", now=True)
        )
        self.status.currentIndexChanged.connect(lambda _i: self._changed("status", now=True))
        self.urgency.valueChanged.connect(lambda _v: self._level_changed("urgency"))
        self.impact.valueChanged.connect(lambda _v: self._level_changed("impact"))
        self.submitted_on.dateChanged.connect(lambda _d: self._changed("submitted_on"))
        focus = _FocusOut(self)
        self._undo_keys = UndoKeys(self.ctx, self.flush, self)
        for w in self.editing_widgets():
            w.installEventFilter(focus)
        self._undo_keys.watch(
            self.title,
            self.description,
            self.status_reason,
            self.contributor,
            self.municipality.lineEdit(),
            self.submitted_on,
        )

    def editing_widgets(self) -> list[QWidget]:
        return [self.title, self.municipality, self.anonymised, self.theme, self.more_themes, self.urgency,
                self.impact, self.confidentiality, self.status, self.status_reason, self.contributor,
                self.submitted_on, self.description]  # fmt: skip

    def retranslate(self) -> None:
        texts = {
            "municipality": self.tr("Mu&nicipality"),
            "theme": self.tr("The&me"),
            "urgency": self.tr("&Urgency"),
            "impact": self.tr("&Impact"),
            "confidentiality": self.tr("&Confidentiality"),
            "status": self.tr("&Status"),
            "status_reason": self.tr("Re&ason"),
            "contributor": self.tr("Contri&butor"),
            "submitted_on": self.tr("&Date"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.title_label.setText(self.tr("&Title"))
        self.description_label.setText(self.tr("Descri&ption"))
        self.anonymised.setText(self.tr("Anonymise"))
        self.anonymised.setToolTip(
            self.tr(
                "Show as “a municipality in the region” in lists and documents; you still see the name here"
            )
        )
        self.theme.set_empty_text(self.tr("(no theme)"))
        self.status.retranslate()
        self.confidentiality.retranslate()
        self.status_reason.setPlaceholderText(self.tr("Why this status, e.g. why the concern was closed"))
        self.contributor.setPlaceholderText(self.tr("Who handed it in (name only)"))
        self.description.setPlaceholderText(self.tr("What goes wrong, since when, and what it costs"))
        self.banner_open.setText(self.tr("Open"))
        self.empty.setText(self.tr("Choose a concern in the list to see and edit it here."))
        names = {
            self.title: self.tr("Title"),
            self.municipality: self.tr("Municipality"),
            self.anonymised: self.tr("Anonymise the municipality"),
            self.theme: self.tr("Main theme"),
            self.more_themes: self.tr("Further themes"),
            self.urgency: self.tr("Urgency, 1 to 5"),
            self.impact: self.tr("Impact, 1 to 5"),
            self.confidentiality: self.tr("Confidentiality"),
            self.status: self.tr("Status"),
            self.status_reason: self.tr("Reason for the status"),
            self.contributor: self.tr("Contributor"),
            self.submitted_on: self.tr("Date handed in"),
            self.description: self.tr("Description"),
            self.banner_button: self.tr("Undo the merge"),
            self.banner_open: self.tr("Open the concern it was merged into"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._update_level_labels()
        self._update_more_themes()
        self._show_snapshot_texts()

    def _level_text(self, value: int) -> str:
        texts = {1: self.tr("1 · very low"), 2: self.tr("2 · low"), 3: self.tr("3 · medium"),
                 4: self.tr("4 · high"), 5: self.tr("5 · very high")}  # fmt: skip
        return texts.get(value, str(value))

    def _update_level_labels(self) -> None:
        self.urgency_label.setText(self._level_text(self.urgency.value()))
        self.impact_label.setText(self._level_text(self.impact.value()))

    def _update_more_themes(self) -> None:
        count = sum(1 for a in self._theme_actions.values() if a.isChecked())
        self.more_themes.setText(
            self.tr("More themes ({count})").format(count=count) if count else self.tr("More themes")
        )

    # values -----------------------------------------------------------------------

    def current_values(self) -> dict[str, Any]:
        shown_date = self.submitted_on.date()
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "municipality_id": self.municipality.municipality_id(),
            "anonymised": self.anonymised.isChecked(),
            "theme_id": self.theme.theme_id(),
            "extra_theme_ids": tuple(sorted(i for i, a in self._theme_actions.items() if a.isChecked())),
            "urgency": self.urgency.value(),
            "impact": self.impact.value(),
            "confidentiality": self.confidentiality.code(),
            "status": self.status.code(),
            "status_reason": self.status_reason.text(),
            "contributor_name": self.contributor.text(),
            "submitted_on": None
            if shown_date == NO_DATE
            else date(shown_date.year(), shown_date.month(), shown_date.day()),
        }

    def _show_value(self, name: str, value: Any) -> None:
        if name == "title":
            self.title.setText(value or "")
            self.title.setCursorPosition(0)
        elif name == "description":
            self.description.setPlainText(value or "")
        elif name == "municipality_id":
            self.municipality.set_municipality(value, emit=False)
        elif name == "anonymised":
            self.anonymised.setChecked(bool(value))
        elif name == "theme_id":
            self.theme.set_theme(value, emit=False)
        elif name == "extra_theme_ids":
            for theme_id, action in self._theme_actions.items():
                action.setChecked(theme_id in set(value or ()))
            self._update_more_themes()
        elif name in ("urgency", "impact"):
            getattr(self, name).setValue(int(value))
        elif name in ("confidentiality", "status"):
            getattr(self, name).set_code(value, emit=False)
        elif name == "status_reason":
            self.status_reason.setText(value or "")
        elif name == "contributor_name":
            self.contributor.setText(value or "")
        elif name == "submitted_on":
            self.submitted_on.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    # loading ----------------------------------------------------------------------

    def set_concern(self, concern_id: str | None) -> None:
        """Show `concern_id` (None: nothing); pending edits of the shown concern are saved first."""
        if concern_id != self.concern_id:
            self.flush()
            self._dirty.clear()
            self.error.hide()
        self.concern_id = concern_id
        self._reload(force=True)

    def _reload(self, *, force: bool = False) -> None:
        snap = read_snapshot(self.ctx, self.concern_id) if self.concern_id else None
        if snap is None:
            self.concern_id = None
        self._snapshot = snap
        self._scroll.setVisible(snap is not None)
        self.empty.setVisible(snap is None)
        if snap is None:
            self._saved = {}
            return
        shown = self.current_values()
        self._loading = True
        try:
            for name in FIELDS:
                stored = snap.values[name]
                if name in self._dirty and not force:
                    continue  # the user is editing it; their text wins and is saved shortly
                if force or not same_value(name, stored, shown[name]):
                    self._show_value(name, stored)
            self._update_level_labels()
        finally:
            self._loading = False
        self._saved = dict(snap.values)
        editable = not (self.ctx.read_only or snap.deleted)
        for w in self.editing_widgets():
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(not editable)
            else:
                w.setEnabled(editable)
        self._show_snapshot_texts()

    def _show_snapshot_texts(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        self.banner_box.setVisible(snap.deleted or snap.merged_into is not None)
        self.banner_open.setVisible(snap.merged_into is not None and not snap.deleted)
        if snap.deleted:
            self.banner.setText(self.tr("This concern is deleted. Restore it to use and edit it again."))
            self.banner_button.setText(self.tr("Restore"))
            self.banner_button.setAccessibleName(self.tr("Restore this concern"))
        elif snap.merged_into is not None:
            self.banner.setText(
                self.tr("Merged into “{title}”. Its municipality and recognitions count there.").format(
                    title=snap.merged_into[1]
                )
            )
            self.banner_button.setText(self.tr("Unmerge"))
            self.banner_button.setAccessibleName(self.tr("Undo the merge"))
        self._show_children(snap)
        parts = [labels.code_label(models.ConcernSource, snap.source)]
        if snap.session_title:
            parts.append(self.tr("session: {title}").format(title=snap.session_title))
        self.meta.setText(" · ".join(p for p in parts if p))

    def _show_children(self, snap: Snapshot) -> None:
        while self.children_layout.count() > 1:
            item = self.children_layout.takeAt(1)
            row = item.layout()
            widgets = (
                [row.itemAt(i).widget() for i in range(row.count())] if row is not None else [item.widget()]
            )
            for widget in widgets:
                if widget is not None:
                    widget.hide()  # deleteLater waits for the event loop; do not show it meanwhile
                    widget.deleteLater()
        self.children_box.setVisible(bool(snap.children))
        if not snap.children:
            return
        self.children_label.setText(self.tr("Merged into this concern:"))
        for child_id, title in snap.children:
            line = QHBoxLayout()
            name = QLabel(title)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            button = QPushButton(self.tr("Unmerge"))
            button.setAccessibleName(self.tr("Unmerge “{title}”").format(title=title))
            button.setEnabled(not self.ctx.read_only)
            button.clicked.connect(lambda _=False, cid=child_id: self.unmerge(cid))
            line.addWidget(name, 1)
            line.addWidget(button)
            self.children_layout.addLayout(line)

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if self.concern_id is None or entity not in {"concern", "support", "region"}:
            return
        if entity == "concern" and ids and self.concern_id not in ids:
            return
        self._reload()

    # saving -----------------------------------------------------------------------

    def _changed(self, name: str, *, now: bool = False) -> None:
        if self._loading or self.concern_id is None:
            return
        self._dirty.add(name)
        if name == "extra_theme_ids":
            self._update_more_themes()
        if now:
            self.flush()
        else:
            self._timer.start()

    def _level_changed(self, name: str) -> None:
        self._update_level_labels()
        self._changed(name)

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Save the pending edits now; False when the store refused them (the message is shown)."""
        self._timer.stop()
        concern_id = self.concern_id
        if concern_id is None or not self._dirty or self.ctx.read_only:
            self._dirty.clear()
            return True
        shown = self.current_values()
        changes = {
            n: shown[n]
            for n in FIELDS
            if n in self._dirty and not same_value(n, self._saved.get(n), shown[n])
        }
        if not changes:
            self._dirty.clear()
            return True
        try:
            # Views that only need to repaint for these fields can skip a full refresh.
            self.saving_fields = frozenset(changes)
            try:
                edit_concern(
                    self.ctx,
                    concern_id,
                    changes,
                    self.tr("edit of “{title}”").format(title=_short(str(self._saved.get("title", "")))),
                )
            finally:
                self.saving_fields = None
        except ValidationError as exc:
            self.error.setText(self.tr("Not saved: {message}").format(message=exc))
            self.error.show()
            self.ctx.status.emit(self.tr("Not saved: {message}").format(message=exc))
            return False
        self.error.hide()
        self._dirty.clear()
        return True

    # merge, restore -----------------------------------------------------------------

    def _banner_action(self) -> None:
        snap = self._snapshot
        if snap is None or self.concern_id is None:
            return
        if snap.deleted:
            restore(
                self.ctx,
                [self.concern_id],
                self.tr("restore of “{title}”").format(title=_short(str(snap.values["title"]))),
            )
        elif snap.merged_into is not None:
            self.unmerge(self.concern_id)

    def _open_target(self) -> None:
        if self._snapshot is not None and self._snapshot.merged_into is not None:
            self.open_concern.emit(self._snapshot.merged_into[0])

    def unmerge(self, source_id: str) -> None:
        self.flush()
        try:
            unmerge(self.ctx, source_id, self.tr("unmerge"))
        except ValidationError as exc:
            self.ctx.status.emit(str(exc))


def _short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


# --------------------------------------------------------------------------- undoable operations


def edit_concern(ctx: AppContext, concern_id: str, changes: dict[str, Any], text: str) -> None:
    """Write `changes` to one concern as one undoable step."""
    before: dict[str, Any] = {}

    def do(session: Any) -> None:
        current = concerns.get_concern(session, concern_id)
        for name in changes:
            before[name] = (
                tuple(concerns.extra_theme_ids(session, concern_id))
                if name == "extra_theme_ids"
                else getattr(current, name)
            )
        concerns.update_concern(session, concern_id, **changes)

    perform(
        ctx,
        text,
        do,
        lambda s: concerns.update_concern(s, concern_id, **before),
        redo=lambda s: concerns.update_concern(s, concern_id, **changes),
        ids=[concern_id],
        merge_key=(concern_id, frozenset(changes)),
    )


def restore(ctx: AppContext, concern_ids: list[str], text: str) -> None:
    def do(session: Any) -> None:
        for concern_id in concern_ids:
            concerns.restore_concern(session, concern_id)

    def undo(session: Any) -> None:
        for concern_id in concern_ids:
            concerns.delete_concern(session, concern_id)

    perform(ctx, text, do, undo, ids=concern_ids)


def unmerge(ctx: AppContext, source_id: str, text: str) -> None:
    affected = [source_id]  # the target is added once known

    def do(session: Any) -> None:
        source = concerns.get_concern(session, source_id, allow_deleted=True)
        affected.append(source.merged_into_id or "")
        merge.unmerge(session, source_id)

    perform(
        ctx,
        text,
        do,
        lambda s: merge.merge(s, [source_id], affected[1]),
        redo=lambda s: merge.unmerge(s, source_id),
        ids=affected,
    )
