"""Accessible names for the parts Qt builds inside composite controls (combo popups, date fields, tab bars)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)


def name_inner_parts(root: QWidget) -> None:
    """Give the inner widgets of every combo box, spin box and tab widget under `root` their owner's name.

    A screen reader then announces "Status of the meeting" instead of an anonymous list or text field.
    """
    for combo in root.findChildren(QComboBox):
        combo.view().setAccessibleName(combo.accessibleName())
    for spin in root.findChildren(QAbstractSpinBox):
        inner = spin.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(spin.accessibleName())
    for tabs in root.findChildren(QTabWidget):
        tabs.tabBar().setAccessibleName(tabs.accessibleName())


def label_form_rows(form: QFormLayout, rows: Sequence[tuple[QWidget, str, str]]) -> None:
    """For each form row in order: its label's text (with its shortcut), the label's buddy, the field's name."""
    for row, (widget, text, name) in enumerate(rows):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setText(text)
            label.setBuddy(widget)
        widget.setAccessibleName(name)
