"""Gemeenten & contacten: the region's members with their participation, and the contacts per member or organisation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.models import PersonRole, SizeClass
from delegate_app.core.services import contacts, labels, persons, region, sessions
from delegate_app.ui.context import AppContext
from delegate_app.ui.widgets.confirm import confirm
from delegate_app.ui.widgets.panels import Panel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    inhabitants: int
    size_class: str
    attended: int
    held: int
    concerns: int
    supports: int
    responses: int
    contacts: int


def load_members(ctx: AppContext) -> list[MemberRow]:
    with ctx.store.reader() as session:
        members = region.member_municipalities(session)
        taking_part = sessions.participation(session)
        contact_counts = contacts.contacts_per_municipality(session)
    rows = []
    for m in members:
        p = taking_part.get(m.id)
        rows.append(
            MemberRow(
                id=m.id,
                name=m.name,
                inhabitants=m.inhabitants,
                size_class=size_band(m.size_class),
                attended=p.sessions_attended if p else 0,
                held=p.sessions_held if p else 0,
                concerns=p.concerns_contributed if p else 0,
                supports=p.supports_given if p else 0,
                responses=p.responses_given if p else 0,
                contacts=contact_counts.get(m.id, 0),
            )
        )
    return rows


def size_band(code: str) -> str:
    """A size class as a short band of inhabitants ("20.000–50.000"), formatted for the language."""
    bounds = {
        SizeClass.UNDER_20K.value: (None, 20_000),
        SizeClass.FROM_20K.value: (20_000, 50_000),
        SizeClass.FROM_50K.value: (50_000, 100_000),
        SizeClass.FROM_100K.value: (100_000, None),
    }
    if code not in bounds:
        return code
    low, high = bounds[code]
    if low is None:
        return f"< {labels.format_number(high or 0)}"
    if high is None:
        return f"≥ {labels.format_number(low)}"
    return f"{labels.format_number(low)}–{labels.format_number(high)}"


def _item(text: str, sort: object = None, *, number: bool = False, ident: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.casefold() if sort is None else sort, SORT_ROLE)
    if ident is not None:
        item.setData(ident, ID_ROLE)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(model: QStandardItemModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setTabKeyNavigation(False)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view, proxy


class MunicipalitiesView(QWidget):
    """Members and organisations on the left, the contacts of the one selected on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.members_model = QStandardItemModel(0, 8, self)
        self.organisations_model = QStandardItemModel(0, 3, self)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.members, self.members_proxy = _table(self.members_model, self)
        self.organisations, self.organisations_proxy = _table(self.organisations_model, self)
        # The region's own network (user and professional associations) first, as the service orders them.
        self.organisations.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.search.textChanged.connect(self._filter)
        members_page = QWidget()
        members_layout = QVBoxLayout(members_page)
        members_layout.setContentsMargins(0, 8, 0, 0)
        members_layout.addWidget(self.members)
        organisations_page = QWidget()
        organisations_layout = QVBoxLayout(organisations_page)
        organisations_layout.setContentsMargins(0, 8, 0, 0)
        organisations_layout.addWidget(self.organisations)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(members_page, "")
        self.tabs.addTab(organisations_page, "")
        self.tabs.currentChanged.connect(self._show_contacts)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tabs, 1)

        self.contacts_panel = Panel()
        self.contacts = QTreeWidget()
        self.contacts.setRootIsDecorated(False)
        self.contacts.setUniformRowHeights(True)
        self.contacts.setColumnCount(4)
        self.contacts.setAlternatingRowColors(True)
        self.contacts.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        self.contacts.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.contacts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.contacts.header().setStretchLastSection(False)
        self.contacts.itemDoubleClicked.connect(lambda *_: self.edit_person())
        self.contacts.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_person)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        self.no_contacts = QLabel()
        self.no_contacts.setWordWrap(True)
        self.no_contacts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_contacts.setStyleSheet("color: palette(placeholder-text);")
        self.contacts_panel.body.addWidget(self.contacts, 1)
        self.contacts_panel.body.addWidget(self.no_contacts, 1)
        self.contacts_panel.body.addLayout(buttons)

        # One above the other: the members table needs the full width for its figures.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.contacts_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.members.selectionModel().currentRowChanged.connect(self._show_contacts)
        self.organisations.selectionModel().currentRowChanged.connect(self._show_contacts)
        ctx.changed.connect(self._on_changed)
        self.setTabOrder(self.search, self.tabs)
        self.setTabOrder(self.tabs, self.members)
        self.setTabOrder(self.members, self.organisations)
        self.setTabOrder(self.organisations, self.contacts)
        self.setTabOrder(self.contacts, self.add_button)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.erase_button)
        self.retranslate()
        self.refresh()

    # data -------------------------------------------------------------------------

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity in {"person", "region", "session", "attendance", "concern", "support", "response", ""}:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_target()
        self._fill_members(load_members(self.ctx))
        with self.ctx.store.reader() as session:
            orgs = contacts.organisations(session)
        self._fill_organisations(orgs)
        if selected is not None:
            self.select(*selected)
        elif self.members_proxy.rowCount():
            self.members.selectRow(0)
        self._show_contacts()

    def _fill_members(self, rows: list[MemberRow]) -> None:
        model = self.members_model
        model.removeRows(0, model.rowCount())
        for r in rows:
            attended = self.tr("{attended} of {held}").format(attended=r.attended, held=r.held)
            model.appendRow(
                [
                    _item(r.name, ident=r.id),
                    _item(labels.format_number(r.inhabitants), r.inhabitants, number=True),
                    _item(r.size_class, r.inhabitants),
                    _item(attended, r.attended, number=True),
                    _item(str(r.concerns), r.concerns, number=True),
                    _item(str(r.supports), r.supports, number=True),
                    _item(str(r.responses), r.responses, number=True),
                    _item(str(r.contacts), r.contacts, number=True),
                ]
            )

    def _fill_organisations(self, rows: list[contacts.OrganisationRow]) -> None:
        model = self.organisations_model
        model.removeRows(0, model.rowCount())
        for index, r in enumerate(rows):
            name = _item(r.name, ident=r.id)
            name.setToolTip(r.name)
            model.appendRow(
                [name, _item(r.kind_label, index), _item(str(r.contacts), r.contacts, number=True)]
            )

    def selected_target(self) -> tuple[str, str] | None:
        """("m", municipality id) or ("o", organisation id) of the current row, if any."""
        view = self.members if self.tabs.currentIndex() == 0 else self.organisations
        index = view.currentIndex()
        if not index.isValid():
            return None
        ident = index.siblingAtColumn(0).data(ID_ROLE)
        return ("m" if view is self.members else "o", str(ident))

    def select(self, kind: str, ident: str) -> bool:
        view, proxy = (
            (self.members, self.members_proxy)
            if kind == "m"
            else (self.organisations, self.organisations_proxy)
        )
        self.tabs.setCurrentIndex(0 if kind == "m" else 1)
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ID_ROLE) == ident:
                view.selectRow(row)
                return True
        return False

    def _filter(self, text: str) -> None:
        self.members_proxy.setFilterFixedString(text)
        self.organisations_proxy.setFilterFixedString(text)

    def _show_contacts(self, *_: object) -> None:
        target = self.selected_target()
        self.contacts.clear()
        if target is None:
            self.contacts_panel.set_title(self.tr("Contacts"))
            self._update_buttons()
            return
        kind, ident = target
        with self.ctx.store.reader() as session:
            if kind == "m":
                people = persons.persons(session, municipality_id=ident)
                owner = session.get(models.Municipality, ident)
            else:
                people = persons.persons(session, organisation_id=ident)
                owner = session.get(models.Organisation, ident)
        self.contacts_panel.set_title(self.tr("Contacts — {name}").format(name=owner.name if owner else ""))
        for person in people:
            role = labels.code_label(PersonRole, person.role)
            if person.function_title:
                role = f"{role} · {person.function_title}"
            item = QTreeWidgetItem([person.name, role, person.email, person.phone])
            item.setData(0, ID_ROLE, person.id)
            self.contacts.addTopLevelItem(item)
        if people:
            self.contacts.setCurrentItem(self.contacts.topLevelItem(0))
        self.contacts.setVisible(bool(people))
        self.no_contacts.setVisible(not people)
        self.no_contacts.setText(
            self.tr('No contacts known for {name} yet. Use "Add contact" to add one.').format(
                name=owner.name if owner else ""
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.ctx.read_only
        has_person = self.contacts.currentItem() is not None
        self.add_button.setEnabled(writable and self.selected_target() is not None)
        self.edit_button.setEnabled(writable and has_person)
        self.erase_button.setEnabled(writable and has_person)

    # commands ---------------------------------------------------------------------

    def current_person_id(self) -> str | None:
        item = self.contacts.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def add_person(self) -> None:
        from delegate_app.ui.widgets.person_dialog import PersonDialog

        target = self.selected_target()
        kind, ident = target if target else ("", "")
        dialog = PersonDialog(
            self.ctx,
            self,
            municipality_id=ident if kind == "m" else None,
            organisation_id=ident if kind == "o" else None,
        )
        dialog.exec()

    def edit_person(self) -> None:
        from delegate_app.ui.widgets.person_dialog import PersonDialog

        person_id = self.current_person_id()
        if person_id is None or self.ctx.read_only:
            return
        with self.ctx.store.reader() as session:
            person = persons.get_person(session, person_id)
        PersonDialog(self.ctx, self, person=person).exec()

    def erase_person(self) -> None:
        person_id = self.current_person_id()
        item = self.contacts.currentItem()
        if person_id is None or item is None or self.ctx.read_only:
            return
        if not confirm(
            self,
            self.tr("Erase contact"),
            self.tr(
                "Erase all personal data of {name}? Their name, e-mail and phone number are removed "
                "everywhere, also from the history. Concerns they submitted stay with their municipality. "
                "This cannot be undone."
            ).format(name=item.text(0)),
        ):
            return
        with self.ctx.store.session() as session:
            persons.erase_person(session, person_id)
        self.ctx.notify("person", [person_id])
        self.ctx.status.emit(self.tr("The contact's personal data were erased."))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search municipality or organisation"))
        self.search.setAccessibleName(self.tr("Search municipality or organisation"))
        self.tabs.setTabText(0, self.tr("Member municipalities"))
        self.tabs.setTabText(1, self.tr("Organisations"))
        self.tabs.setAccessibleName(self.tr("Municipalities or organisations"))
        self.members_model.setHorizontalHeaderLabels(
            [
                self.tr("Municipality"),
                self.tr("Inhabitants"),
                self.tr("Size class"),
                self.tr("Sessions"),
                self.tr("Concerns"),
                self.tr("Recognised"),
                self.tr("Responses"),
                self.tr("Contacts"),
            ]
        )
        tips = [
            "",
            self.tr("Inhabitants on 1 January (Bron: CBS)"),
            self.tr("Size class by inhabitants"),
            self.tr("Regional sessions attended, of those held"),
            self.tr("Concerns the municipality submitted"),
            self.tr("Concerns of other municipalities it recognised"),
            self.tr("Responses given to regional positions"),
            self.tr("Contacts known for the municipality"),
        ]
        for column, tip in enumerate(tips):
            header = self.members_model.horizontalHeaderItem(column)
            header.setToolTip(tip)
            if column not in (0, 2):
                header.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.members.setAccessibleName(self.tr("Member municipalities"))
        self.organisations_model.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Kind"), self.tr("Contacts")]
        )
        self.organisations.setAccessibleName(self.tr("Organisations"))
        self.contacts.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone")])
        self.contacts.setAccessibleName(self.tr("Contacts"))
        self.add_button.setText(self.tr("&Add contact…"))
        self.edit_button.setText(self.tr("E&dit…"))
        self.erase_button.setText(self.tr("E&rase…"))
        self.erase_button.setToolTip(self.tr("Erase this person's personal data everywhere"))
        if self.members_model.rowCount():
            self.refresh()
