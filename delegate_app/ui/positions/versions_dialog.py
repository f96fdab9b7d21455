"""Two versions of a position side by side, word by word: insertions green, deletions red struck through."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.services import positions
from delegate_app.core.services.textdiff import Segment, word_diff
from delegate_app.ui.context import AppContext
from delegate_app.ui.positions.editor import SafeBrowser

INSERT_STYLE = "background:#d7f5dd; color:#0b5d1e;"
DELETE_STYLE = "background:#fde0e0; color:#a4161a; text-decoration: line-through;"


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def side_html(segments: list[Segment], side: str) -> str:
    """One side of a diff as HTML: "old" shows equal + deleted text, "new" equal + inserted text."""
    hide, mark, tag, style = (
        ("insert", "delete", "s", DELETE_STYLE)
        if side == "old"
        else ("delete", "insert", "span", INSERT_STYLE)
    )
    out: list[str] = []
    for op, text in segments:
        if op == hide:
            continue
        out.append(f"<{tag} style='{style}'>{_text(text)}</{tag}>" if op == mark else _text(text))
    return "".join(out)


def version_title(snapshot: positions.VersionSnapshot) -> str:
    when = snapshot.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
    who = f", {snapshot.author}" if snapshot.author else ""
    return f"{snapshot.number} · {snapshot.status_label} · {when}{who}"


def compare_html(
    diffs: list[positions.FieldDiff], left: str, right: str, unchanged: str, all_fields: bool
) -> str:
    """The whole comparison as one two-column table, a row per field, so both sides stay aligned."""
    rows = [
        "<table width='100%' cellspacing='0' cellpadding='6' style='border-collapse:collapse'>",
        f"<tr><th align='left' width='50%'>{escape(left)}</th><th align='left' width='50%'>{escape(right)}</th></tr>",
    ]
    same: list[str] = []
    for diff in diffs:
        if not diff.changed and not all_fields:
            same.append(diff.label)
            continue
        rows.append(
            f"<tr><td colspan='2' style='background:#eef1f4; font-weight:600'>{escape(diff.label)}</td></tr>"
        )
        rows.append(
            f"<tr><td valign='top'>{side_html(diff.segments, 'old')}</td>"
            f"<td valign='top'>{side_html(diff.segments, 'new')}</td></tr>"
        )
    rows.append("</table>")
    if same:
        rows.append(f"<p style='color:#6a737d'>{escape(unchanged)} {escape(', '.join(same))}</p>")
    return "".join(rows)


class VersionsDialog(QDialog):
    """Pick any two versions; the comparison follows at once."""

    def __init__(
        self,
        ctx: AppContext,
        position_id: str,
        old_id: str | None = None,
        new_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.position_id = position_id
        with ctx.store.reader() as session:
            self.snapshots = [positions.read_version(v) for v in positions.versions(session, position_id)]
            self.position_title = positions.get_position(session, position_id).title
        self.old_combo = QComboBox(self)
        self.new_combo = QComboBox(self)
        for snapshot in self.snapshots:
            for combo in (self.old_combo, self.new_combo):
                combo.addItem(version_title(snapshot), snapshot.version_id)
        self.all_fields = QCheckBox(self)
        self.view = SafeBrowser(self)
        self.old_label = QLabel(self)
        self.new_label = QLabel(self)
        self.old_label.setBuddy(self.old_combo)
        self.new_label.setBuddy(self.new_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        pick = QGridLayout()
        pick.addWidget(self.old_label, 0, 0)
        pick.addWidget(self.old_combo, 0, 1)
        pick.addWidget(self.new_label, 0, 2)
        pick.addWidget(self.new_combo, 0, 3)
        pick.setColumnStretch(1, 1)
        pick.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.all_fields)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        ids = [s.version_id for s in self.snapshots]
        if ids:
            self.old_combo.setCurrentIndex(ids.index(old_id) if old_id in ids else max(len(ids) - 2, 0))
            self.new_combo.setCurrentIndex(ids.index(new_id) if new_id in ids else len(ids) - 1)
        self.old_combo.currentIndexChanged.connect(self.compare)
        self.new_combo.currentIndexChanged.connect(self.compare)
        self.all_fields.toggled.connect(self.compare)
        self.resize(1100, 720)
        self.retranslate()
        self.compare()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare versions — {title}").format(title=self.position_title))
        self.old_label.setText(self.tr("&Older version:"))
        self.new_label.setText(self.tr("&Newer version:"))
        self.old_combo.setAccessibleName(self.tr("Older version"))
        self.new_combo.setAccessibleName(self.tr("Newer version"))
        self.all_fields.setText(self.tr("Show &unchanged fields too"))
        self.all_fields.setAccessibleName(self.tr("Show unchanged fields too"))
        self.view.setAccessibleName(self.tr("Differences between the two versions"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def support_text(self, snapshot: positions.VersionSnapshot) -> str:
        """The tally kept with a version, in words: support, objections, responses."""
        tally = snapshot.tally
        members = int(tally.get("members", 0) or 0)
        grades = tally.get("grades", {}) if isinstance(tally.get("grades"), dict) else {}
        objections = int((grades.get("bezwaar") or {}).get("count", 0) or 0)
        return self.tr(
            "support {support} of {members}, objections {objections}, responses {responded} of {members}"
        ).format(
            support=int(tally.get("support", 0) or 0),
            members=members,
            objections=objections,
            responded=int(tally.get("responded", 0) or 0),
        )

    def compare(self) -> None:
        old_id = self.old_combo.currentData()
        new_id = self.new_combo.currentData()
        if not old_id or not new_id:
            self.view.setHtml(escape(self.tr("This position has no versions yet.")))
            return
        with self.ctx.store.reader() as session:
            self.diffs = positions.compare_versions(session, old_id, new_id)
        by_id = {snapshot.version_id: snapshot for snapshot in self.snapshots}
        old_support, new_support = self.support_text(by_id[old_id]), self.support_text(by_id[new_id])
        # What the members said at each version, so a changed text can be read beside a changed support.
        self.diffs.append(
            positions.FieldDiff(
                field="support",
                label=self.tr("Responses at this version"),
                old=old_support,
                new=new_support,
                changed=old_support != new_support,
                segments=word_diff(old_support, new_support),
            )
        )
        self.view.setHtml(
            compare_html(
                self.diffs,
                self.tr("Version {title}").format(title=self.old_combo.currentText()),
                self.tr("Version {title}").format(title=self.new_combo.currentText()),
                self.tr("Unchanged:"),
                self.all_fields.isChecked(),
            )
        )
