"""Adding or editing a contact: name, role, function, e-mail, phone, and where they work."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.models import PersonRole
from delegate_app.core.services import labels, persons, region
from delegate_app.core.services.contacts import organisations
from delegate_app.ui.context import AppContext

# The service's field names (Dutch, as forms call them) mapped to our inputs.
_FIELDS = {"naam": "name", "e-mail": "email", "telefoon": "phone", "functie": "function_title", "rol": "role"}


class PersonDialog(QDialog):
    """Saves through the persons service; a refused value is named in the dialog, which stays open."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        person: models.Person | None = None,
        municipality_id: str | None = None,
        organisation_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit contact") if person else self.tr("New contact"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(person.name if person else "")
        self.name.setMaxLength(persons.NAME_MAX)
        self.role = QComboBox()
        for role, text in labels.choices(PersonRole):
            self.role.addItem(text, role.value)
        self.role.setCurrentIndex(
            max(self.role.findData(person.role if person else PersonRole.ICT_CONTACT.value), 0)
        )
        self.function_title = QLineEdit(person.function_title if person else "")
        self.email = QLineEdit(person.email if person else "")
        self.phone = QLineEdit(person.phone if person else "")
        self.works_for = QComboBox()
        self._fill_works_for()
        wanted = ("m", person.municipality_id) if person and person.municipality_id else None
        if person and person.organisation_id:
            wanted = ("o", person.organisation_id)
        if wanted is None and municipality_id:
            wanted = ("m", municipality_id)
        if wanted is None and organisation_id:
            wanted = ("o", organisation_id)
        if wanted is not None:
            self.works_for.setCurrentIndex(max(self.works_for.findData(f"{wanted[0]}:{wanted[1]}"), 0))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("QLabel#formError { color: #b42318; }")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Function:"), self.function_title)
        form.addRow(self.tr("&Works for:"), self.works_for)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        for widget, name in (
            (self.name, self.tr("Name")),
            (self.role, self.tr("Role")),
            (self.function_title, self.tr("Function")),
            (self.works_for, self.tr("Works for")),
            (self.email, self.tr("E-mail")),
            (self.phone, self.tr("Phone")),
        ):
            widget.setAccessibleName(name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fill_works_for(self) -> None:
        self.works_for.addItem(self.tr("(not given)"), "")
        with self.ctx.store.reader() as session:
            members = region.member_municipalities(session)
            orgs = organisations(session)
            current = None
            if self.person and self.person.municipality_id:
                current = session.get(models.Municipality, self.person.municipality_id)
        if current is not None and current.id not in {m.id for m in members}:
            members.append(current)
        for municipality in members:
            self.works_for.addItem(
                self.tr("Municipality {name}").format(name=municipality.name), f"m:{municipality.id}"
            )
        if orgs:
            self.works_for.insertSeparator(self.works_for.count())
        for org in orgs:
            self.works_for.addItem(org.name, f"o:{org.id}")

    def values(self) -> dict[str, object]:
        kind, _, target = str(self.works_for.currentData() or "").partition(":")
        return {
            "name": self.name.text(),
            "role": str(self.role.currentData()),
            "function_title": self.function_title.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "municipality_id": target if kind == "m" else None,
            "organisation_id": target if kind == "o" else None,
        }

    def accept(self) -> None:
        values = self.values()
        try:
            with self.ctx.store.session() as session:
                if self.person is None:
                    name = str(values.pop("name"))
                    saved = persons.create_person(session, name, **values)  # type: ignore[arg-type]
                else:
                    saved = persons.update_person(session, self.person.id, **values)
                self.saved_id = saved.id
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            target = getattr(self, _FIELDS.get(exc.field or "", "name"), self.name)
            target.setFocus()
            return
        self.ctx.notify("person", [self.saved_id] if self.saved_id else [])
        super().accept()
