"""Settings, general: the interface language (switches at once) and who you are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from delegate_app.core.models import PersonRole
from delegate_app.core.services import labels, region
from delegate_app.ui.context import AppContext
from delegate_app.ui.i18n import LANGUAGE_NAMES, current_language, switch_language
from delegate_app.ui.settings.common import error_label, save
from delegate_app.ui.widgets.panels import Panel


class GeneralPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)

        self.self_note = QLabel()
        self.self_note.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("selfName")
        self.role = QComboBox()
        self.role.setObjectName("selfRole")
        self.email = QLineEdit()
        self.email.setObjectName("selfEmail")
        self.name_label, self.role_label, self.email_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.role_label.setBuddy(self.role)
        self.email_label.setBuddy(self.email)
        self.error = error_label()
        self.name.editingFinished.connect(self._save_self)
        self.email.editingFinished.connect(self._save_self)
        self.role.activated.connect(lambda _=0: self._save_self())

        language_form = QFormLayout()
        language_form.addRow(self.language_label, self.language)
        self_form = QFormLayout()
        self_form.addRow(self.name_label, self.name)
        self_form.addRow(self.role_label, self.role)
        self_form.addRow(self.email_label, self.email)
        self.language_panel = Panel()
        self.language_panel.body.addLayout(language_form)
        self.language_panel.body.addWidget(self.language_note)
        self.self_panel = Panel()
        self.self_panel.body.addWidget(self.self_note)
        self.self_panel.body.addLayout(self_form)
        self.self_panel.body.addWidget(self.error)
        for form in (language_form, self_form):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.language_panel)
        column.addWidget(self.self_panel)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.addLayout(column, 3)
        layout.addStretch(2)
        for widget in (self.name, self.role, self.email):
            widget.setEnabled(not ctx.read_only)
        self.retranslate()
        self.load()

    def load(self) -> None:
        with self.ctx.store.reader() as session:
            me = region.self_person(session)
        self.name.setText(me.name if me else "")
        self.email.setText(me.email if me else "")
        self.role.setCurrentIndex(max(self.role.findData(me.role if me else PersonRole.DELEGATE.value), 0))

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index))
        if code != current_language():
            switch_language(self.ctx, code)

    def _save_self(self) -> None:
        if self.ctx.read_only:
            return
        name, role, email = self.name.text(), str(self.role.currentData()), self.email.text()
        with self.ctx.store.reader() as session:
            me = region.self_person(session)
        if me is not None and (me.name, me.role, me.email) == (name.strip(), role, email.strip()):
            return
        if save(self.ctx, self.error, "person", lambda s: region.set_self(s, name, role, email)):
            self.ctx.actor = self.ctx.store.actor = " ".join(name.split())

    def retranslate(self) -> None:
        self.language_panel.set_title(self.tr("Language"))
        self.language_label.setText(self.tr("&Language of the interface:"))
        self.language.setAccessibleName(self.tr("Language of the interface"))
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.blockSignals(False)
        self.language_note.setText(
            self.tr(
                "Documents (briefing pack, report-back) can be made in either language when you create them."
            )
        )
        self.self_panel.set_title(self.tr("About you"))
        self.self_note.setText(self.tr("Your name is recorded with the changes you make."))
        self.name_label.setText(self.tr("Your &name:"))
        self.role_label.setText(self.tr("&Your role:"))
        self.email_label.setText(self.tr("E-&mail:"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.role.setAccessibleName(self.tr("Your role"))
        self.email.setAccessibleName(self.tr("Your e-mail address"))
        current = self.role.currentData()
        self.role.clear()
        for role, text in labels.choices(PersonRole):
            self.role.addItem(text, role.value)
        self.role.setCurrentIndex(max(self.role.findData(current or PersonRole.DELEGATE.value), 0))
