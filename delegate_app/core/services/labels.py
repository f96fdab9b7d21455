"""Human-readable labels for stored codes, and number/date formats, shared by the interface and the PDFs.

Stored enumerations are short codes ("steun_met_voorbehoud"); people read labels
("Steun met voorbehoud"). The source texts are marked with QT_TRANSLATE_NOOP so
`pyside6-lupdate` extracts them, one context per enumeration, and are translated
when asked for, so a language switch takes effect at once.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import TypeVar

from delegate_app.core import models
from delegate_app.core.i18n import QT_TRANSLATE_NOOP, current_language, translate

E = TypeVar("E", bound=StrEnum)

# (context, English source) per member. Keyed by (enum class, code) because
# StrEnum members of different enumerations with the same code compare equal.
_SOURCES: dict[tuple[type[StrEnum], str], tuple[str, str]] = {}


def _register(enum: type[StrEnum], context: str, texts: dict[StrEnum, str]) -> None:
    missing = set(enum) - set(texts)
    if missing:  # a new enum member without a label is a programming error
        raise RuntimeError(f"no label for {sorted(str(m) for m in missing)} in {enum.__name__}")
    for member, source in texts.items():
        _SOURCES[(enum, member.value)] = (context, source)


_register(
    models.Confidentiality,
    "Confidentiality",
    {
        models.Confidentiality.PUBLIC: QT_TRANSLATE_NOOP("Confidentiality", "Public"),
        models.Confidentiality.REGION: QT_TRANSLATE_NOOP("Confidentiality", "Region only"),
        models.Confidentiality.CONFIDENTIAL: QT_TRANSLATE_NOOP("Confidentiality", "Confidential"),
    },
)
_register(
    models.ConcernStatus,
    "ConcernStatus",
    {
        models.ConcernStatus.NEW: QT_TRANSLATE_NOOP("ConcernStatus", "New"),
        models.ConcernStatus.TRIAGED: QT_TRANSLATE_NOOP("ConcernStatus", "Triaged"),
        models.ConcernStatus.IN_POSITION: QT_TRANSLATE_NOOP("ConcernStatus", "In a position"),
        models.ConcernStatus.RAISED: QT_TRANSLATE_NOOP("ConcernStatus", "Raised nationally"),
        models.ConcernStatus.ANSWERED: QT_TRANSLATE_NOOP("ConcernStatus", "Answered"),
        models.ConcernStatus.CLOSED: QT_TRANSLATE_NOOP("ConcernStatus", "Closed"),
    },
)
_register(
    models.ConcernSource,
    "ConcernSource",
    {
        models.ConcernSource.MANUAL: QT_TRANSLATE_NOOP("ConcernSource", "Entered by hand"),
        models.ConcernSource.SESSION: QT_TRANSLATE_NOOP("ConcernSource", "Raised in a session"),
        models.ConcernSource.FILE: QT_TRANSLATE_NOOP("ConcernSource", "Imported from a file"),
        models.ConcernSource.PACKAGE: QT_TRANSLATE_NOOP("ConcernSource", "Received in a package"),
    },
)
_register(
    models.RecordedVia,
    "RecordedVia",
    {
        models.RecordedVia.SESSION: QT_TRANSLATE_NOOP("RecordedVia", "In a session"),
        models.RecordedVia.PHONE: QT_TRANSLATE_NOOP("RecordedVia", "By phone"),
        models.RecordedVia.EMAIL: QT_TRANSLATE_NOOP("RecordedVia", "By e-mail"),
        models.RecordedVia.FILE: QT_TRANSLATE_NOOP("RecordedVia", "From a file"),
        models.RecordedVia.PACKAGE: QT_TRANSLATE_NOOP("RecordedVia", "From a package"),
        models.RecordedVia.MANUAL: QT_TRANSLATE_NOOP("RecordedVia", "Entered by hand"),
    },
)
_register(
    models.Grade,
    "Grade",
    {
        models.Grade.SUPPORT: QT_TRANSLATE_NOOP("Grade", "Support"),
        models.Grade.SUPPORT_WITH_RESERVATION: QT_TRANSLATE_NOOP("Grade", "Support with reservation"),
        models.Grade.NEUTRAL: QT_TRANSLATE_NOOP("Grade", "Neutral"),
        models.Grade.OBJECTION: QT_TRANSLATE_NOOP("Grade", "Objection"),
        models.Grade.NO_RESPONSE: QT_TRANSLATE_NOOP("Grade", "No response"),
    },
)
_register(
    models.PositionStatus,
    "PositionStatus",
    {
        models.PositionStatus.CONCEPT: QT_TRANSLATE_NOOP("PositionStatus", "Draft"),
        models.PositionStatus.CONSULTATION: QT_TRANSLATE_NOOP("PositionStatus", "In consultation"),
        models.PositionStatus.ADOPTED: QT_TRANSLATE_NOOP("PositionStatus", "Adopted"),
        models.PositionStatus.RAISED: QT_TRANSLATE_NOOP("PositionStatus", "Raised"),
        models.PositionStatus.OUTCOME_KNOWN: QT_TRANSLATE_NOOP("PositionStatus", "Outcome known"),
    },
)
_register(
    models.MeetingStatus,
    "MeetingStatus",
    {
        models.MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingStatus", "Planned"),
        models.MeetingStatus.HELD: QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
        models.MeetingStatus.REPORTED: QT_TRANSLATE_NOOP("MeetingStatus", "Reported back"),
    },
)
_register(
    models.SessionKind,
    "SessionKind",
    {
        models.SessionKind.REGIONAL: QT_TRANSLATE_NOOP("SessionKind", "Regional session"),
        models.SessionKind.KNOWLEDGE: QT_TRANSLATE_NOOP("SessionKind", "Knowledge session"),
        models.SessionKind.WORKSHOP: QT_TRANSLATE_NOOP("SessionKind", "Workshop"),
    },
)
_register(
    models.MinutesStatus,
    "MinutesStatus",
    {
        models.MinutesStatus.DRAFT: QT_TRANSLATE_NOOP("MinutesStatus", "Draft"),
        models.MinutesStatus.CORRECTED: QT_TRANSLATE_NOOP("MinutesStatus", "Corrected"),
        models.MinutesStatus.FINAL: QT_TRANSLATE_NOOP("MinutesStatus", "Final"),
    },
)
_register(
    models.OrganisationKind,
    "OrganisationKind",
    {
        models.OrganisationKind.USER_ASSOCIATION: QT_TRANSLATE_NOOP("OrganisationKind", "User association"),
        models.OrganisationKind.NATIONAL_BODY: QT_TRANSLATE_NOOP("OrganisationKind", "National body"),
        models.OrganisationKind.ASSOCIATION: QT_TRANSLATE_NOOP("OrganisationKind", "Association"),
        models.OrganisationKind.SUPPLIER: QT_TRANSLATE_NOOP("OrganisationKind", "Supplier"),
        models.OrganisationKind.OTHER: QT_TRANSLATE_NOOP("OrganisationKind", "Other"),
    },
)
_register(
    models.PersonRole,
    "PersonRole",
    {
        models.PersonRole.DELEGATE: QT_TRANSLATE_NOOP("PersonRole", "Delegate"),
        models.PersonRole.ALTERNATE: QT_TRANSLATE_NOOP("PersonRole", "Alternate delegate"),
        models.PersonRole.ICT_CONTACT: QT_TRANSLATE_NOOP("PersonRole", "ICT contact"),
        models.PersonRole.INFORMATION_MANAGER: QT_TRANSLATE_NOOP("PersonRole", "Information manager"),
        models.PersonRole.CISO: QT_TRANSLATE_NOOP("PersonRole", "CISO"),
        models.PersonRole.SECRETARIAT: QT_TRANSLATE_NOOP("PersonRole", "Secretariat"),
        models.PersonRole.OTHER: QT_TRANSLATE_NOOP("PersonRole", "Other"),
    },
)
_register(
    models.SizeClass,
    "SizeClass",
    {
        models.SizeClass.UNDER_20K: QT_TRANSLATE_NOOP("SizeClass", "Under 20,000 inhabitants"),
        models.SizeClass.FROM_20K: QT_TRANSLATE_NOOP("SizeClass", "20,000 to 50,000 inhabitants"),
        models.SizeClass.FROM_50K: QT_TRANSLATE_NOOP("SizeClass", "50,000 to 100,000 inhabitants"),
        models.SizeClass.FROM_100K: QT_TRANSLATE_NOOP("SizeClass", "100,000 inhabitants or more"),
    },
)

# The text fields of a position, in the order a reader meets them.
_POSITION_FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("PositionField", "Title"),
    "core_position": QT_TRANSLATE_NOOP("PositionField", "Core position"),
    "explanation": QT_TRANSLATE_NOOP("PositionField", "Explanation and arguments"),
    "red_lines": QT_TRANSLATE_NOOP("PositionField", "Red lines"),
    "mandate": QT_TRANSLATE_NOOP("PositionField", "Mandate"),
    "fallback": QT_TRANSLATE_NOOP("PositionField", "Fallback position"),
    "minority_note": QT_TRANSLATE_NOOP("PositionField", "Minority note"),
    "talking_points": QT_TRANSLATE_NOOP("PositionField", "Talking points"),
    "status": QT_TRANSLATE_NOOP("PositionField", "Status"),
}

_MONTHS = (
    QT_TRANSLATE_NOOP("Month", "January"),
    QT_TRANSLATE_NOOP("Month", "February"),
    QT_TRANSLATE_NOOP("Month", "March"),
    QT_TRANSLATE_NOOP("Month", "April"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "June"),
    QT_TRANSLATE_NOOP("Month", "July"),
    QT_TRANSLATE_NOOP("Month", "August"),
    QT_TRANSLATE_NOOP("Month", "September"),
    QT_TRANSLATE_NOOP("Month", "October"),
    QT_TRANSLATE_NOOP("Month", "November"),
    QT_TRANSLATE_NOOP("Month", "December"),
)


def label(value: StrEnum) -> str:
    """The label of an enumeration member in the current language."""
    context, source = _SOURCES[(type(value), value.value)]
    return translate(context, source)


def code_label(enum: type[E], code: str) -> str:
    """The label of a stored code; an unknown code (from a newer version) is shown as it is."""
    key = (enum, code)
    if key not in _SOURCES:
        return code
    context, source = _SOURCES[key]
    return translate(context, source)


def choices(enum: type[E]) -> list[tuple[E, str]]:
    """Every member with its label, in declaration order (for combo boxes and legends)."""
    return [(member, label(member)) for member in enum]


def position_field_label(field: str) -> str:
    """The label of a position's text field ("core_position" -> "Kernstandpunt")."""
    source = _POSITION_FIELDS.get(field)
    return translate("PositionField", source) if source else field


def format_number(value: int) -> str:
    """A whole number with the thousands separator of the current language (45.000 / 45,000)."""
    text = f"{value:,}"
    return text.replace(",", ".") if current_language() == "nl" else text


def format_percent(share: Fraction, decimals: int = 1) -> str:
    """An exact share as a percentage, rounded half up only here, for display (66,7% / 66.7%)."""
    exponent = Decimal(1).scaleb(-decimals)
    value = (Decimal(share.numerator) * 100 / Decimal(share.denominator)).quantize(exponent, ROUND_HALF_UP)
    text = f"{value}%"
    return text.replace(".", ",") if current_language() == "nl" else text


def format_date(value: date) -> str:
    """A date written out ("3 maart 2025" / "3 March 2025")."""
    month = translate("Month", _MONTHS[value.month - 1])
    return f"{value.day} {month} {value.year}"
