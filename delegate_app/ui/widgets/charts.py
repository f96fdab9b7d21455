"""Bar charts (QtCharts) drawn in the app's calm style: no animation, values on the bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# One calm palette for every chart: blue first, then a warm and a muted tone.
COLORS = ("#2b6cb0", "#e8853d", "#6b8fb3", "#9aa5b1")


class BarChart(QChartView):
    """A bar chart of a few named series over categories; horizontal for long category names."""

    def __init__(
        self, *, horizontal: bool = False, stacked: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.stacked = stacked
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(6, 0, 6, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)
        self.setStyleSheet("background: transparent")
        self._categories: list[str] = []

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[int]]],
        *,
        maximum: int | None = None,
    ) -> None:
        """Replace what is shown: `series` is (name, one value per category); `maximum` fixes the scale."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        cats = list(categories)
        values = [list(v) for _, v in series]
        if self.horizontal:
            # Qt draws the first category at the bottom; people read the first at the top.
            cats.reverse()
            values = [list(reversed(v)) for v in values]
        self._categories = cats
        if self.horizontal:
            bars = QHorizontalStackedBarSeries() if self.stacked else QHorizontalBarSeries()
        else:
            bars = QBarSeries()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        font = QFont(self.font())
        for index, ((name, _), numbers) in enumerate(zip(series, values, strict=True)):
            bar_set = QBarSet(name)
            bar_set.append([float(n) for n in numbers])
            bar_set.setColor(QColor(COLORS[index % len(COLORS)]))
            bar_set.setBorderColor(QColor(COLORS[index % len(COLORS)]))
            bar_set.setLabelColor(text_color if not self.stacked else QColor("white"))
            bar_set.setLabelFont(font)
            bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsFormat("@value")
        bars.setLabelsPrecision(6)
        if not self.stacked:
            bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setBarWidth(0.7 if len(series) == 1 else 0.8)
        chart.addSeries(bars)
        category_axis = QBarCategoryAxis()
        category_axis.append(cats)
        category_axis.setLabelsFont(font)
        category_axis.setLabelsColor(text_color)
        category_axis.setGridLineVisible(False)
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        # The values are written on the bars; axis numbers would only repeat them.
        value_axis.setLabelsVisible(False)
        value_axis.setGridLineColor(self.palette().color(QPalette.ColorRole.Midlight))
        totals = [sum(column) for column in zip(*values, strict=True)] if self.stacked and values else []
        top = max(totals or [max(v, default=0) for v in values] or [0])
        if maximum is not None:
            value_axis.setRange(0, max(maximum, 1))
        else:
            value_axis.setRange(0, max(4, top * 1.15))
            value_axis.applyNiceNumbers()
            value_axis.setMin(0)
        if self.horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
        chart.legend().setVisible(len(series) > 1)
        chart.legend().setFont(font)
        chart.legend().setLabelColor(text_color)
        if self.horizontal:
            legend = 30 if len(series) > 1 else 0
            self.setMinimumHeight(40 + legend + 28 * max(len(cats), 3))

    def categories(self) -> list[str]:
        return list(self._categories)
