"""Settings, region: its name, its member municipalities and the rule for adopting a position."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from delegate_app.core.services import region, weighing
from delegate_app.ui.context import AppContext
from delegate_app.ui.settings.common import error_label, save
from delegate_app.ui.widgets.municipality_picker import MunicipalityPicker, load_choices
from delegate_app.ui.widgets.panels import Panel

SAVE_DELAY_MS = 600


def _percent_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100)
    box.setSuffix(" %")
    box.setMaximumWidth(110)
    return box


class RegionPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self.name = QLineEdit()
        self.name.setObjectName("regionName")
        self.name.setMaxLength(region.NAME_MAX)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.name.editingFinished.connect(self._save_region)
        self.members_title = QLabel()
        self.picker = MunicipalityPicker()
        self._members_timer = QTimer(self)
        self._members_timer.setSingleShot(True)
        self._members_timer.setInterval(SAVE_DELAY_MS)
        self._members_timer.timeout.connect(self._save_region)
        self.picker.selection_changed.connect(self._members_timer.start)
        self.region_error = error_label()

        self.quorum = _percent_box()
        self.max_count = _percent_box()
        self.max_inhabitants = _percent_box()
        self.quorum_label, self.max_count_label, self.max_inhabitants_label = QLabel(), QLabel(), QLabel()
        self.quorum_label.setBuddy(self.quorum)
        self.max_count_label.setBuddy(self.max_count)
        self.max_inhabitants_label.setBuddy(self.max_inhabitants)
        self._rule_timer = QTimer(self)
        self._rule_timer.setSingleShot(True)
        self._rule_timer.setInterval(SAVE_DELAY_MS)
        self._rule_timer.timeout.connect(self._save_rule)
        for box in (self.quorum, self.max_count, self.max_inhabitants):
            box.valueChanged.connect(self._rule_changed)
        self.rule_text = QLabel()
        self.rule_text.setWordWrap(True)
        self.rule_error = error_label()

        name_form = QFormLayout()
        name_form.addRow(self.name_label, self.name)
        rule_form = QFormLayout()
        rule_form.addRow(self.quorum_label, self.quorum)
        rule_form.addRow(self.max_count_label, self.max_count)
        rule_form.addRow(self.max_inhabitants_label, self.max_inhabitants)
        self.region_panel = Panel()
        self.region_panel.body.addLayout(name_form)
        self.region_panel.body.addSpacing(6)
        self.region_panel.body.addWidget(self.members_title)
        self.region_panel.body.addWidget(self.picker, 1)
        self.region_panel.body.addWidget(self.region_error)
        self.rule_panel = Panel()
        self.rule_panel.body.addLayout(rule_form)
        self.rule_panel.body.addSpacing(6)
        self.rule_panel.body.addWidget(self.rule_text)
        self.rule_panel.body.addWidget(self.rule_error)
        self.rule_panel.body.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.region_panel, 3)
        layout.addWidget(self.rule_panel, 2)
        self.setTabOrder(self.name, self.picker.search)
        for widget in (self.name, self.picker, self.quorum, self.max_count, self.max_inhabitants):
            widget.setEnabled(not ctx.read_only)
        with ctx.store.reader() as session:
            self.picker.set_choices(load_choices(session))
        self.retranslate()
        self.load()

    def load(self) -> None:
        self._loading = True
        with self.ctx.store.reader() as session:
            found = region.get_region(session)
            self.name.setText(found.name if found else "")
            self.picker.set_selected(m.id for m in region.member_municipalities(session))
            rule = weighing.rule_for(session)
        self.quorum.setValue(round(float(rule.quorum_share) * 100))
        self.max_count.setValue(round(float(rule.max_objection_share_count) * 100))
        self.max_inhabitants.setValue(round(float(rule.max_objection_share_inhabitants) * 100))
        self.rule_text.setText(rule.text())
        self._loading = False

    def save_pending(self) -> None:
        if self._members_timer.isActive():
            self._members_timer.stop()
            self._save_region()
        if self._rule_timer.isActive():
            self._rule_timer.stop()
            self._save_rule()

    def _save_region(self) -> None:
        if self._loading or self.ctx.read_only:
            return
        name, ids = self.name.text(), self.picker.selected_ids()
        with self.ctx.store.reader() as session:
            found = region.get_region(session)
            current = {m.id for m in region.member_municipalities(session)}
        if found is not None and found.name == " ".join(name.split()) and current == set(ids):
            self.region_error.hide()
            return
        save(self.ctx, self.region_error, "region", lambda s: region.set_region(s, name, ids))

    def _rule_changed(self) -> None:
        if not self._loading:
            self._rule_timer.start()

    def _save_rule(self) -> None:
        if self.ctx.read_only:
            return
        values = (self.quorum.value() / 100, self.max_count.value() / 100, self.max_inhabitants.value() / 100)
        if save(self.ctx, self.rule_error, "region", lambda s: region.set_adoption_rule(s, *values)):
            with self.ctx.store.reader() as session:
                self.rule_text.setText(weighing.rule_for(session).text())

    def retranslate(self) -> None:
        self.region_panel.set_title(self.tr("Region"))
        self.name_label.setText(self.tr("&Name of the region:"))
        self.name.setAccessibleName(self.tr("Name of the region"))
        self.members_title.setText(self.tr("Member municipalities:"))
        self.picker.retranslate()
        self.rule_panel.set_title(self.tr("Rule for adopting a position"))
        self.quorum_label.setText(self.tr("&Quorum: responses from at least"))
        self.quorum.setAccessibleName(self.tr("Quorum: share of members that must respond"))
        self.max_count_label.setText(self.tr("Objections from at most (&municipalities)"))
        self.max_count.setAccessibleName(self.tr("Largest share of member municipalities that may object"))
        self.max_inhabitants_label.setText(self.tr("Objections from at most (&inhabitants)"))
        self.max_inhabitants.setAccessibleName(
            self.tr("Largest share of inhabitants whose municipality may object")
        )
        with self.ctx.store.reader() as session:
            self.rule_text.setText(weighing.rule_for(session).text())
