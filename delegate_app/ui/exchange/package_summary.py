"""What an opened package holds, shown before it is merged: who made it, when, and how many records of each kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from delegate_app.core.exchange.package import REFERENCE_TABLES
from delegate_app.core.i18n import by_count
from delegate_app.core.types import parse_utc

# Record kinds people recognise, in the order they are listed (one, many); the rest counts as "other records".
KINDS: dict[str, tuple[str, str]] = {
    "concern": (
        QT_TRANSLATE_NOOP("PackageSummary", "1 concern"),
        QT_TRANSLATE_NOOP("PackageSummary", "{count} concerns"),
    ),
    "support": (
        QT_TRANSLATE_NOOP("PackageSummary", "1 recognition"),
        QT_TRANSLATE_NOOP("PackageSummary", "{count} recognitions"),
    ),
    "response": (
        QT_TRANSLATE_NOOP("PackageSummary", "1 response"),
        QT_TRANSLATE_NOOP("PackageSummary", "{count} responses"),
    ),
    "position": (
        QT_TRANSLATE_NOOP("PackageSummary", "1 position"),
        QT_TRANSLATE_NOOP("PackageSummary", "{count} positions"),
    ),
    "nationalmeeting": (
        QT_TRANSLATE_NOOP("PackageSummary", "1 national meeting"),
        QT_TRANSLATE_NOOP("PackageSummary", "{count} national meetings"),
    ),
    "regionalsession": (
        QT_TRANSLATE_NOOP("PackageSummary", "1 regional session"),
        QT_TRANSLATE_NOOP("PackageSummary", "{count} regional sessions"),
    ),
    "person": (
        QT_TRANSLATE_NOOP("PackageSummary", "1 person"),
        QT_TRANSLATE_NOOP("PackageSummary", "{count} persons"),
    ),
}


def content_text(payload: dict[str, Any]) -> str:
    counts = {name: len(table.get("rows", [])) for name, table in payload.get("tables", {}).items()}
    parts = [
        QCoreApplication.translate("PackageSummary", by_count(counts[name], *texts)).format(
            count=counts[name]
        )
        for name, texts in KINDS.items()
        if counts.get(name)
    ]
    # Municipalities and themes travel along as reference data; every store has them already.
    other = sum(n for name, n in counts.items() if name not in KINDS and name not in REFERENCE_TABLES)
    if other:
        parts.append(
            by_count(
                other,
                QCoreApplication.translate("PackageSummary", "1 other record"),
                QCoreApplication.translate("PackageSummary", "{count} other records"),
            ).format(count=other)
        )
    return ", ".join(parts) or QCoreApplication.translate("PackageSummary", "no records")


class PackageSummaryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payload: dict[str, Any] | None = None
        self.form = QFormLayout(self)
        self.form.setContentsMargins(12, 12, 12, 12)
        self.form.setVerticalSpacing(10)
        self.labels = {key: QLabel() for key in ("sender", "made", "scope", "content", "confidential")}
        self.values = {key: QLabel() for key in self.labels}
        for key, label in self.labels.items():
            value = self.values[key]
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, value)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels["sender"].setText(self.tr("From:"))
        self.labels["made"].setText(self.tr("Made on:"))
        self.labels["scope"].setText(self.tr("Holds:"))
        self.labels["content"].setText(self.tr("Records:"))
        self.labels["confidential"].setText(self.tr("Confidential:"))
        if self.payload is not None:
            self.show_package(self.payload)

    def show_package(self, payload: dict[str, Any]) -> None:
        self.payload = payload
        sender = str(payload.get("store_name") or "") or self.tr("another Regiostem (unnamed)")
        self.values["sender"].setText(sender)
        made = parse_utc(str(payload["created_at"])).astimezone()
        self.values["made"].setText(made.strftime("%d-%m-%Y %H:%M"))
        if payload.get("scope") == "mine":
            scope = self.tr("the sender's own concerns, recognitions and responses")
            if payload.get("municipality"):
                scope += " · " + str(payload["municipality"])
        else:
            scope = self.tr("the whole store of the sender")
        self.values["scope"].setText(scope)
        self.values["content"].setText(content_text(payload))
        self.values["confidential"].setText(
            self.tr("included") if payload.get("include_confidential") else self.tr("left out by the sender")
        )
