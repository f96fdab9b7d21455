"""The first-start wizard: name the region, pick its member municipalities, say who you are.

Everything here can be changed later under Instellingen; the wizard writes it all
in one transaction when the user presses Finish, so cancelling leaves no trace.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from delegate_app.core.errors import ValidationError
from delegate_app.core.models import PersonRole
from delegate_app.core.services import labels, region
from delegate_app.ui.context import AppContext
from delegate_app.ui.widgets.municipality_picker import MunicipalityPicker, load_choices

# Roles a user of this app typically has.
SELF_ROLES = (PersonRole.DELEGATE, PersonRole.ALTERNATE, PersonRole.SECRETARIAT, PersonRole.OTHER)


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class RegionPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Regiostem"))
        self.setSubTitle(self.tr("First, the region you speak for."))
        self.name = QLineEdit()
        self.name.setObjectName("regionName")
        self.name.setAccessibleName(self.tr("Name of the region"))
        self.name.setMaxLength(region.NAME_MAX)
        self.name.setPlaceholderText(self.tr("for example: Regio Rivierenland"))
        self.registerField("regionName*", self.name)
        form = QFormLayout()
        form.addRow(self.tr("&Name of the region:"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "Regiostem gathers the concerns of the municipalities in your region, weighs them and "
                    "helps you bring one regional position to the Landelijk ICT Beraad. It works on this "
                    "computer only; nothing is sent anywhere."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)


class MembersPage(QWizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Member municipalities"))
        self.setSubTitle(
            self.tr("Tick the municipalities of your region. Type a name and press Enter to tick it.")
        )
        self.picker = MunicipalityPicker()
        with ctx.store.reader() as session:
            self.picker.set_choices(load_choices(session))
            self.picker.set_selected(m.id for m in region.member_municipalities(session))
        self.picker.selection_changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)

    def isComplete(self) -> bool:
        return bool(self.picker.selected_ids())

    def initializePage(self) -> None:
        self.picker.search.setFocus()


class SelfPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("About you"))
        self.setSubTitle(
            self.tr("Your name is recorded with the changes you make, so others can see who did what.")
        )
        self.name = QLineEdit()
        self.name.setObjectName("selfName")
        self.name.setAccessibleName(self.tr("Your name"))
        self.registerField("selfName*", self.name)
        self.role = QComboBox()
        self.role.setObjectName("selfRole")
        self.role.setAccessibleName(self.tr("Your role"))
        for role in SELF_ROLES:
            self.role.addItem(labels.label(role), role.value)
        self.email = QLineEdit()
        self.email.setObjectName("selfEmail")
        self.email.setAccessibleName(self.tr("Your e-mail address (optional)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &role:"), self.role)
        form.addRow(self.tr("&E-mail (optional):"), self.email)


class FirstStartWizard(QWizard):
    """Shown when the store has no region yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(self.tr("Set up Regiostem"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(760, 620)
        self.region_page = RegionPage()
        self.members_page = MembersPage(ctx)
        self.self_page = SelfPage()
        for page in (self.region_page, self.members_page, self.self_page):
            self.addPage(page)
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip(" <>"))

    def accept(self) -> None:
        """Write the region and the user in one transaction; stay open with the message when invalid."""
        try:
            with self.ctx.store.session() as session:
                region.set_region(
                    session, self.region_page.name.text(), self.members_page.picker.selected_ids()
                )
                region.set_self(
                    session,
                    self.self_page.name.text(),
                    str(self.self_page.role.currentData()),
                    self.self_page.email.text(),
                )
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Please check"), str(exc))
            return
        self.ctx.notify("region")
        self.ctx.notify("person")
        super().accept()
