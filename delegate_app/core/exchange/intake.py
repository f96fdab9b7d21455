"""The intake workbook: an .xlsx municipal staff fill in, with drop-downs and instructions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.exchange.columns import INTAKE_COLUMNS
from delegate_app.core.exchange.files import check_target, write_atomically
from delegate_app.core.i18n import translate
from delegate_app.core.services.records import live
from delegate_app.core.services.region import member_ids
from delegate_app.core.store import Store

DATA_ROWS = 1000  # rows prepared with validation below the header
LISTS_SHEET = "Lijsten"


def _lists(store: Store) -> tuple[str, list[str], list[str]]:
    """(region name, municipality names, theme labels) for the drop-downs."""
    with store.reader() as session:
        members = member_ids(session)
        municipalities = session.exec(select(models.Municipality).where(live(models.Municipality))).all()
        names = sorted(
            (m.name_disambiguated for m in municipalities if not members or m.id in members), key=str.casefold
        )
        themes = session.exec(
            select(models.Theme).where(live(models.Theme)).order_by(models.Theme.sort_order)
        ).all()
        region = session.exec(select(models.Region).where(live(models.Region))).first()
    return (region.name if region else ""), names, [t.label for t in themes]


def _instructions(region: str, restricted: bool) -> list[tuple[str, str]]:
    """(column or heading, explanation) lines of the instructions sheet."""
    intro = (
        translate("Intake", "Concerns for region {region}").format(region=region)
        if region
        else translate("Intake", "Concerns for the region")
    )
    lines: list[tuple[str, str]] = [
        (intro, ""),
        (
            "",
            translate(
                "Intake", "Fill in one concern per row on the sheet '{sheet}'. Do not change the first row."
            ).format(sheet=translate("Intake", "Concerns")),
        ),
        ("", translate("Intake", "Columns marked as required must be filled in; the others may stay empty.")),
        ("", ""),
        (translate("Intake", "Column"), translate("Intake", "What to fill in")),
    ]
    explanations = {
        "municipality": translate(
            "Intake",
            "Required. The municipality raising the concern: choose from the list, or type its name or "
            "its CBS code (e.g. GM0344).",
        )
        + (
            " "
            + translate(
                "Intake",
                "The list holds the region's municipalities; a neighbouring municipality may be typed too.",
            )
            if restricted
            else ""
        ),
        "title": translate("Intake", "Required. A short title (at most 300 characters)."),
        "description": translate(
            "Intake", "Required. What goes wrong, for whom, since when, and what it costs the municipality."
        ),
        "theme": translate("Intake", "Optional. Choose a theme from the list."),
        "urgency": translate("Intake", "Optional. 1 (can wait) to 5 (very urgent); 3 if left empty."),
        "impact": translate("Intake", "Optional. 1 (small) to 5 (very large); 3 if left empty."),
        "confidentiality": translate(
            "Intake",
            "Optional. openbaar (public), regio (only within the region; the default) or vertrouwelijk "
            "(confidential: only shared when the delegate decides so explicitly).",
        ),
        "contributor": translate("Intake", "Optional. Your name, so the delegate can ask you about it."),
        "date": translate("Intake", "Optional. The date, as dd-mm-jjjj."),
    }
    lines += [(c.name, explanations[c.key]) for c in INTAKE_COLUMNS]
    lines += [
        ("", ""),
        ("", translate("Intake", "Save the file as .xlsx (or as CSV) and send it to the delegate.")),
        ("", translate("Intake", "Importing the same file twice adds nothing twice.")),
    ]
    return lines


def _fill_concerns_sheet(sheet: Any, municipalities: int, themes: int) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    fill = PatternFill("solid", fgColor="1F4E79")
    for index, column in enumerate(INTAKE_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=column.name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    letters = {c.key: get_column_letter(i) for i, c in enumerate(INTAKE_COLUMNS, start=1)}

    def area(key: str) -> str:
        return f"{letters[key]}2:{letters[key]}{DATA_ROWS + 1}"

    def add(validation: DataValidation, key: str, prompt: str) -> None:
        validation.promptTitle = next(c.name for c in INTAKE_COLUMNS if c.key == key)
        validation.prompt = prompt
        validation.showInputMessage = True
        validation.showErrorMessage = True
        validation.errorTitle = validation.promptTitle
        validation.add(area(key))
        sheet.add_data_validation(validation)

    # A neighbouring municipality may be typed: a warning, not a refusal.
    add(
        DataValidation(
            type="list",
            formula1=f"{LISTS_SHEET}!$A$2:$A${municipalities + 1}",
            errorStyle="warning",
            error=translate("Intake", "This municipality is not on the list of the region. Keep it anyway?"),
        ),
        "municipality",
        translate("Intake", "Choose the municipality, or type its name or GM code."),
    )
    add(
        DataValidation(
            type="list",
            formula1=f"{LISTS_SHEET}!$B$2:$B${themes + 1}",
            error=translate("Intake", "Choose a theme from the list."),
        ),
        "theme",
        translate("Intake", "Choose a theme."),
    )
    for key in ("urgency", "impact"):
        add(
            DataValidation(
                type="whole",
                operator="between",
                formula1="1",
                formula2="5",
                error=translate("Intake", "Fill in a whole number from 1 to 5."),
            ),
            key,
            translate("Intake", "1 (low) to 5 (high)."),
        )
    add(
        DataValidation(
            type="list",
            formula1=f"{LISTS_SHEET}!$C$2:$C$4",
            error=translate("Intake", "Choose openbaar, regio or vertrouwelijk."),
        ),
        "confidentiality",
        translate("Intake", "openbaar, regio or vertrouwelijk."),
    )
    add(
        DataValidation(
            type="date",
            operator="greaterThan",
            formula1="36526",  # 1 January 2000
            error=translate("Intake", "Fill in a date as dd-mm-jjjj."),
        ),
        "date",
        translate("Intake", "dd-mm-jjjj"),
    )
    for row in range(2, DATA_ROWS + 2):
        sheet[f"{letters['date']}{row}"].number_format = "DD-MM-YYYY"
        sheet[f"{letters['description']}{row}"].alignment = Alignment(wrap_text=True, vertical="top")


def write_template(store: Store, out: Path) -> Path:
    """Write the intake workbook to `out` (.xlsx), atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    out = check_target(
        out, (".xlsx",), translate("Exchange", "The intake workbook is an .xlsx file; '{name}' is not.")
    )
    region, municipalities, themes = _lists(store)
    workbook = Workbook()
    concerns = workbook.active
    concerns.title = translate("Intake", "Concerns")
    _fill_concerns_sheet(concerns, len(municipalities), len(themes))

    guide = workbook.create_sheet(translate("Intake", "Instructions"))
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["B"].width = 100
    for row, (left, right) in enumerate(_instructions(region, restricted=len(municipalities) < 342), start=1):
        guide.cell(row=row, column=1, value=left)
        cell = guide.cell(row=row, column=2, value=right)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    guide["A1"].font = Font(bold=True, size=14)
    guide["A5"].font = guide["B5"].font = Font(bold=True)

    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    lists.append(["gemeente", "thema", "vertrouwelijkheid"])
    confidentiality = [c.value for c in models.Confidentiality]
    for i in range(max(len(municipalities), len(themes), len(confidentiality))):
        lists.append(
            [
                municipalities[i] if i < len(municipalities) else None,
                themes[i] if i < len(themes) else None,
                confidentiality[i] if i < len(confidentiality) else None,
            ]
        )
    workbook.active = 0
    write_atomically(out, workbook.save)
    return out
