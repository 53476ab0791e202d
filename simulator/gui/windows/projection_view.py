"""The years ahead and what would raise the score: a chart of the projected totals against the past lines and
the shaded estimate band, the selected year's changes explained, and the ranked what-if suggestions.

Everything shown comes from simulator.planning (which takes every point from the engine); nothing is computed
here but positions on the screen. Keyboard: Left/Right (or Home/End) move the selected year on the chart.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSizePolicy, QTableView, QVBoxLayout, QWidget

from simulator.core.decimals import fmt
from simulator.core.ranges import depends_on, points_of

TOTAL = QColor("#C75B12")
LINE = QColor("#1F3A5F")
BAND = QColor(31, 58, 95, 40)
BAND_EDGE = QColor(31, 58, 95, 110)
GRID = QColor("#D9DDE3")
MUTED = QColor("#5C6670")


def _signed(value) -> str:
    return ("+" if value > 0 else "") + fmt(value)


class ProjectionChart(QWidget):
    """Years across, totals up: projected totals (hollow where a condition is unmet), published lines as dots
    (hollow with "?" when unconfirmed), the estimate band shaded and labelled."""

    yearSelected = Signal(int)

    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 48, 16, 16, 34

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(360, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._data: dict | None = None
        self._selected: int | None = None

    # ------------------------------------------------------------ data

    def set_data(self, data: dict | None) -> None:
        """`data` is simulator.planning.chart.projection_data(...)."""
        self._data = data
        years = self.projected_years()
        self._selected = years[0] if years else None
        self._describe()
        self.update()
        if self._selected is not None:
            self.yearSelected.emit(self._selected)

    def projected_years(self) -> list[int]:
        return [y["year"] for y in self._data["years"]] if self._data else []

    def selected_year(self) -> int | None:
        return self._selected

    def select_year(self, year: int) -> None:
        if year in self.projected_years() and year != self._selected:
            self._selected = year
            self.update()
            self.yearSelected.emit(year)

    # ------------------------------------------------------------ geometry (also used by tests)

    def _ranges(self) -> tuple[int, int, float, float]:
        data = self._data
        years = self.projected_years()
        past = [p for p in data["past_lines"] if p["year"] is not None]
        band = data["band"]["years"] if data["band"] else []
        x_values = years + [p["year"] for p in past]
        y_values = [y["total"] for y in data["years"]] + [p["line"] for p in past]
        y_values += [y["total_high"] for y in data["years"] if y.get("total_high") is not None]
        y_values += [b["low"] for b in band] + [b["high"] for b in band]
        first, last = min(x_values), max(x_values)
        low, high = min(y_values), max(y_values)
        step = self._step(high - low)
        low = (low // step) * step
        high = (high // step + 1) * step
        return first, max(last, first + 1), low, high

    @staticmethod
    def _step(span: float) -> float:
        for step in (1, 2, 5, 10, 20, 25, 50, 100):
            if span / step <= 6:
                return step
        return 200

    def plot_rect(self) -> QRectF:
        return QRectF(
            self.MARGIN_LEFT,
            self.MARGIN_TOP,
            max(self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT, 10),
            max(self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM, 10),
        )

    def point_for(self, year: float, value: float) -> QPointF:
        first, last, low, high = self._ranges()
        rect = self.plot_rect()
        x = rect.left() + (year - first) / (last - first) * rect.width()
        y = rect.bottom() - (value - low) / (high - low) * rect.height()
        return QPointF(x, y)

    # ------------------------------------------------------------ painting

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._data or not self._data["years"]:
            painter.setPen(MUTED)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No declaration year is left before the retirement age.")
            )
            return
        first, last, low, high = self._ranges()
        rect = self.plot_rect()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        painter.setFont(small)

        step = self._step(high - low)
        value = low
        while value <= high + 1e-9:
            y = self.point_for(first, value).y()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y - 8, self.MARGIN_LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
            value += step
        every = max(1, round((last - first) / max(rect.width() / 48, 1)))
        for year in range(first, last + 1):
            if (year - first) % every:
                continue
            x = self.point_for(year, low).x()
            painter.setPen(MUTED)
            painter.drawText(QRectF(x - 24, rect.bottom() + 4, 48, 16), Qt.AlignmentFlag.AlignHCenter, str(year))

        self._paint_band(painter)
        self._paint_past_lines(painter)
        self._paint_projection(painter)
        self._paint_legend(painter, rect)

    def _paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        entries = [
            (self.tr("projected total"), "total"),
            (self.tr("not qualified that year"), "whatif"),
            (self.tr("published line"), "line"),
            (self.tr("unconfirmed line"), "unconfirmed"),
        ]
        if self._data["band"]:
            entries.append((self.tr("estimate of future lines"), "band"))
        metrics = painter.fontMetrics()
        x, y = rect.left() + 8, rect.top() + 6
        for text, kind in entries:
            centre = QPointF(x + 5, y + metrics.height() / 2)
            if kind == "band":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(BAND))
                painter.drawRect(QRectF(x, y + 2, 10, metrics.height() - 4))
            else:
                colour = TOTAL if kind in ("total", "whatif") else LINE
                painter.setPen(QPen(colour, 1.4))
                painter.setBrush(QBrush(colour) if kind in ("total", "line") else QBrush(self.palette().base()))
                painter.drawEllipse(centre, 3.5, 3.5)
            painter.setPen(MUTED)
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), text)
            x += 14 + metrics.horizontalAdvance(text) + 14

    def _paint_band(self, painter: QPainter) -> None:
        band = self._data["band"]
        if not band or not band["years"]:
            return
        years = band["years"]
        upper = [self.point_for(b["year"], b["high"]) for b in years]
        lower = [self.point_for(b["year"], b["low"]) for b in reversed(years)]
        if len(years) == 1:  # a single year: a short vertical bar
            upper = [upper[0] - QPointF(4, 0), upper[0] + QPointF(4, 0)]
            lower = [lower[0] + QPointF(4, 0), lower[0] - QPointF(4, 0)]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(BAND))
        painter.drawPolygon(QPolygonF(upper + lower))
        central = QPainterPath(self.point_for(years[0]["year"], years[0]["central"]))
        for b in years[1:]:
            central.lineTo(self.point_for(b["year"], b["central"]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(BAND_EDGE, 1.2, Qt.PenStyle.DashLine))
        painter.drawPath(central)
        # The label sits inside the band, just below its upper edge at the right end, so it stays in the plot.
        label = self.tr("estimate")
        anchor = upper[-1] if len(years) > 1 else upper[0]
        rect = self.plot_rect()
        top = min(max(anchor.y() + 2, rect.top()), rect.bottom() - 16)
        painter.setPen(LINE)
        painter.drawText(
            QRectF(anchor.x() - 124, top, 120, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
        )

    def _paint_past_lines(self, painter: QPainter) -> None:
        for line in self._data["past_lines"]:
            if line["year"] is None:
                continue
            point = self.point_for(line["year"], line["line"])
            unconfirmed = line["status"] == "unconfirmed"
            painter.setPen(QPen(LINE, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush if unconfirmed else QBrush(LINE))
            painter.drawEllipse(point, 3.5, 3.5)
            if unconfirmed:
                painter.drawText(point + QPointF(5, -4), "?")

    def _paint_projection(self, painter: QPainter) -> None:
        years = self._data["years"]
        points = [self.point_for(y["year"], y["total"]) for y in years]
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(TOTAL, 2))
        painter.drawPath(path)
        rect = self.plot_rect()
        for item, point in zip(years, points):  # a range: a whisker up to the highest total (to the top: none known)
            if not item.get("ranged"):
                continue
            top = self.point_for(item["year"], item["total_high"]).y() if item["total_high"] is not None else rect.top()
            painter.setPen(QPen(TOTAL, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(point, QPointF(point.x(), top))
            painter.drawLine(QPointF(point.x() - 4, top), QPointF(point.x() + 4, top))
        for item, point in zip(years, points):
            painter.setBrush(QBrush(TOTAL) if item["qualified"] else QBrush(self.palette().base()))
            painter.setPen(QPen(TOTAL, 1.6))
            radius = 5.0 if item["year"] == self._selected else 3.5
            painter.drawEllipse(point, radius, radius)
        if self._selected is not None:
            x = self.point_for(self._selected, 0).x()
            painter.setPen(QPen(MUTED, 1, Qt.PenStyle.DotLine))
            rect = self.plot_rect()
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    # ------------------------------------------------------------ input

    def keyPressEvent(self, event) -> None:
        years = self.projected_years()
        if not years or self._selected is None:
            return super().keyPressEvent(event)
        index = years.index(self._selected)
        key = event.key()
        if key == Qt.Key.Key_Right and index + 1 < len(years):
            self.select_year(years[index + 1])
        elif key == Qt.Key.Key_Left and index > 0:
            self.select_year(years[index - 1])
        elif key == Qt.Key.Key_Home:
            self.select_year(years[0])
        elif key == Qt.Key.Key_End:
            self.select_year(years[-1])
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        years = self.projected_years()
        if years:
            x = event.position().x()
            self.select_year(min(years, key=lambda y: abs(self.point_for(y, 0).x() - x)))
        super().mousePressEvent(event)

    def _describe(self) -> None:
        """For screen readers: the chart as a sentence."""
        if not self._data or not self._data["years"]:
            self.setAccessibleDescription("")
            return
        first, last = self._data["years"][0], self._data["years"][-1]
        self.setAccessibleName(self.tr("Projected total by declaration year"))
        self.setAccessibleDescription(
            self.tr("From {0} to {1}: {2} to {3} points; the shaded band is an estimate of future lines.").format(
                first["year"], last["year"], fmt_number(first["total"]), fmt_number(last["total"])
            )
        )


def fmt_number(value) -> str:
    return f"{value:g}"


class SuggestionModel(QAbstractTableModel):
    """The ranked what-if suggestions: points gained, from which round, what to do, and the years after."""

    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._suggestions: list = []
        self._lang = "en"

    def set_suggestions(self, suggestions: list, lang: str) -> None:
        self.beginResetModel()
        self._suggestions = list(suggestions)
        self._lang = lang
        self.endResetModel()

    def suggestion(self, row: int):
        return self._suggestions[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._suggestions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Points"), self.tr("Counts from"), self.tr("Suggestion"), self.tr("Later years"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._suggestions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return _signed(s.gained)
            if column == 1:
                return str(s.earliest_year)
            if column == 2:
                return s.description(self._lang)
            return ", ".join(f"{g.year} {_signed(g.gained)}" for g in s.later[1:])
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and not s.base_qualified:
            return self.tr("Not every condition is met in {0}: the totals are what-ifs.").format(s.earliest_year)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def explained_against(item, projection) -> str:
    """What a row is compared with: the year before, or for the first row the round before it (or nothing)."""
    first = item is projection.years[0]
    changed = bool(item.changes or item.qualification_changes or item.edition_change)
    if item.compared_with is None:
        return QCoreApplication.translate(
            "ProjectionView", "The coming round (the first whose cut-off is after {0}); no earlier round to compare with."
        ).format(projection.as_of.isoformat())
    if first:
        text = QCoreApplication.translate(
            "ProjectionView", "The coming round, against the {0} round (the last whose cut-off has passed):"
        ).format(item.compared_with)
        return (
            text
            if changed
            else QCoreApplication.translate("ProjectionView", "The coming round: the same as the {0} round.").format(
                item.compared_with
            )
        )
    if not changed:
        return QCoreApplication.translate("ProjectionView", "No change from {0}: the facts that count stay the same.").format(
            item.compared_with
        )
    return QCoreApplication.translate("ProjectionView", "Against {0}:").format(item.compared_with)


class YearsModel(QAbstractTableModel):
    """The projected rounds: round, total, change against the row before (or the round before the first), and
    what changed and why."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._projection = None
        self._lang = "en"

    def set_projection(self, projection, lang: str) -> None:
        self.beginResetModel()
        self._projection, self._lang = projection, lang
        self.endResetModel()

    def _years(self) -> list:
        return list(self._projection.years) if self._projection is not None else []

    def year_at(self, row: int) -> int:
        return int(self._years()[row].year)

    def row_of(self, year: int) -> int | None:
        for row, item in enumerate(self._years()):
            if int(item.year) == int(year):
                return row
        return None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._years())

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Round"), self.tr("Total"), self.tr("Change"), self.tr("What changed, and why"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._projection is None:
            return None
        item = self._years()[index.row()]
        lang, column = self._lang, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(item.year)
            if column == 1:
                text = points_of(item.evaluation)(lang)
                return text if item.qualified else text + " " + self.tr("(what-if)")
            if column == 2:
                return _signed(item.delta) if item.compared_with is not None else "—"
            parts = [explained_against(item, self._projection)]
            parts += [c.headline(lang) + _reasons(c, lang) for c in item.changes]
            parts += [f"{c.name(lang)}: {c.reason(lang)}" for c in item.qualification_changes]
            if item.edition_change is not None:
                parts.append(item.edition_change(lang))
            parts += [a(lang) for a in item.assumptions]
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None


def _reasons(change, lang: str) -> str:
    reasons = "; ".join(r.text(lang) for r in change.reasons)
    return f" — {reasons}" if reasons else ""


class ProjectionView(QWidget):
    """The chart, the selected year explained, the estimate's caveat, and the what-if list below."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lang = "en"
        self._data: dict | None = None
        self._projection = None
        self._band = None
        self._suggestions: list = []

        self.title = QLabel()
        self.title.setObjectName("projectionTitle")
        self.title.setWordWrap(True)
        self.chart = ProjectionChart(self)
        self.year_details = QLabel()
        self.year_details.setWordWrap(True)
        self.year_details.setTextFormat(Qt.TextFormat.RichText)
        self.year_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.band_note = QLabel()
        self.band_note.setWordWrap(True)
        self.band_note.setObjectName("estimateNote")
        self.whatif_title = QLabel()
        self.suggestions = SuggestionModel(self)
        self.whatif_table = QTableView()
        self.whatif_table.setModel(self.suggestions)
        self.whatif_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.whatif_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.whatif_table.setWordWrap(True)
        self.whatif_table.verticalHeader().setVisible(False)
        self.whatif_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.whatif_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.no_suggestions = QLabel()
        self.no_suggestions.setWordWrap(True)
        # every round in a row: its total, the change, and what changed and why (the first: against the round before)
        self.years = YearsModel(self)
        self.years_table = QTableView()
        self.years_table.setObjectName("projectedYears")
        self.years_table.setModel(self.years)
        self.years_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.years_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.years_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.years_table.setWordWrap(True)
        self.years_table.verticalHeader().setVisible(False)
        self.years_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        years_header = self.years_table.horizontalHeader()
        for column in range(3):
            years_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        years_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.years_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: current.isValid() and self.chart.select_year(self.years.year_at(current.row()))
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.years_table, 2)
        layout.addWidget(self.year_details)
        layout.addWidget(self.band_note)
        layout.addWidget(self.whatif_title)
        layout.addWidget(self.whatif_table, 2)
        layout.addWidget(self.no_suggestions)
        self.chart.yearSelected.connect(self._show_year)
        self._retranslate()

    # ------------------------------------------------------------ data

    def show_for(self, profile, city: str, as_of: date, lang: str, assume_tax: bool = False) -> None:
        """Project and suggest for an applicant, then show both."""
        for _ in self.show_steps(profile, city, as_of, lang, assume_tax):
            pass

    def show_steps(self, profile, city: str, as_of: date, lang: str, assume_tax: bool = False):
        """`show_for` in three steps of about equal length (a generator): the projection, the what-ifs, the view."""
        from simulator.planning import forecast_band, project, suggest

        projection = project(profile, city, as_of, assume_tax=assume_tax)
        band = forecast_band(city, [y.year for y in projection.years])
        yield
        suggestions = suggest(profile, city, as_of)
        yield
        self.set_plan(projection, suggestions, band, lang)

    def set_plan(self, projection, suggestions: list, band=None, lang: str = "en") -> None:
        from simulator.planning.chart import projection_data

        self._lang = lang
        self._projection, self._band, self._suggestions = projection, band, list(suggestions)
        self._data = projection_data(projection, band, with_band=band is not None) if projection is not None else None
        self.suggestions.set_suggestions(self._suggestions, lang)
        self.years.set_projection(projection, lang)
        self.chart.set_data(self._data)
        self._retranslate()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.suggestions.set_suggestions(self._suggestions, lang)
        self._retranslate()

    # ------------------------------------------------------------ text

    def _retranslate(self) -> None:
        projection, lang = self._projection, self._lang
        if projection is None:
            self.title.setText(self.tr("Projection"))
        elif projection.retirement_on is None:
            self.title.setText(self.tr("If today's situation continues (as of {0}).").format(projection.as_of.isoformat()))
        else:
            self.title.setText(
                self.tr("If today's situation continues (as of {0}); statutory retirement age reached on {1}.").format(
                    projection.as_of.isoformat(), projection.retirement_on.isoformat()
                )
            )
        band = self._band
        if band is not None:
            self.band_note.setText(self.tr("Estimate: {0}").format(band.note(lang)))
        else:
            self.band_note.setText(self.tr("No estimate of future lines: fewer than two published yearly lines."))
        self.whatif_title.setText(self.tr("What would raise the score (most points first)"))
        self.no_suggestions.setText(self.tr("No suggestion gains points in the coming rounds."))
        self.no_suggestions.setVisible(not self._suggestions and projection is not None)
        self.whatif_table.setVisible(bool(self._suggestions))
        if projection is not None and projection.years:
            self.year_details.setText(self._year_html(self.chart.selected_year()))
        elif projection is not None:
            self.year_details.setText(escape(projection.end_reason(lang)))
        else:
            self.year_details.clear()

    def _show_year(self, year: int) -> None:
        self.year_details.setText(self._year_html(year))
        row = self.years.row_of(year)
        if row is not None and self.years_table.currentIndex().row() != row:
            self.years_table.setCurrentIndex(self.years.index(row, 0))

    def _year_html(self, year: int | None) -> str:
        if self._projection is None or year is None:
            return ""
        lang = self._lang
        item = self._projection.year(year)
        total = points_of(item.evaluation)(lang)
        by_round = bool(getattr(item.year, "part", ""))  # "2027-Q1" is a round, not a year ("2027-Q1年")
        head = (self.tr("Round {0}: {1} points") if by_round else self.tr("{0}: {1} points")).format(item.year, total)
        if item.evaluation.ranged:
            head += " — " + depends_on(item.evaluation.missing)(lang)
        if not item.qualified:
            head += " — " + self.tr("what-if: not every condition is met")
        estimate = self._band.at(year) if self._band is not None else None
        if estimate is not None:
            head += " · " + self.tr("line estimate {0} to {1}").format(fmt(estimate.low), fmt(estimate.high))
        lines = [escape(explained_against(item, self._projection))]
        if item.edition_change is not None:
            lines.append(escape(item.edition_change(lang)))
        for change in item.qualification_changes:
            lines.append(escape(f"{change.name(lang)}: {change.reason(lang)}"))
        for change in item.changes:
            reasons = "; ".join(r.text(lang) for r in change.reasons)
            lines.append(f"<b>{escape(change.headline(lang))}</b>" + (f" — {escape(reasons)}" if reasons else ""))
        for assumed in item.assumptions:
            lines.append(f"<i>{escape(assumed(lang))}</i>")
        return f"<p><b>{escape(head)}</b></p><ul style='margin:0'>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
