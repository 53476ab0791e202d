"""The projection and what-if list (simulator.gui.windows.projection_view) in a window of its own, for the applicant
being edited; it follows every edit while it is open."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from simulator.gui.windows.following import Following
from simulator.gui.windows.projection_view import ProjectionView


class ProjectionWindow(QDialog):
    """Keyboard: Tab reaches the chart (Left/Right step through the years), the what-if list and Close."""

    def __init__(self, state, parent=None, *, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectionWindow")
        self.state = state
        # The planning code never reads the clock; the window says which day "today" is.
        self.as_of = as_of or date.today()
        self.view = ProjectionView(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # tax is carried forward only as the user's stated assumption (on unless switched off)
        self.assume_tax = QCheckBox()
        self.assume_tax.setObjectName("assumeTax")
        self.assume_tax.setChecked(True)
        self.assume_tax.toggled.connect(lambda _on: self.refresh())
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assume_tax, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        from simulator.gui.windows.sizes import fit_to_screen

        fit_to_screen(self, 980, 820)
        self.following = Following(self, state, self.redraw_steps)  # off the keystroke path, only while shown
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        for _ in self.redraw_steps():
            pass

    def redraw_steps(self):
        """The redraw in steps (simulator.gui.windows.following): the projection, the what-ifs, then the view."""
        profile = self.state.profile
        if profile is None:
            self.message.setText(self.tr("Enter the birth date and the retirement category to see a projection."))
            self.message.show()
            self.view.set_plan(None, [], None, self.state.lang)
            return
        try:
            yield from self.view.show_steps(
                profile, self.state.city, self.as_of, self.state.lang, assume_tax=self.assume_tax.isChecked()
            )
        except (LookupError, ValueError) as exc:  # e.g. no rule edition covers the coming rounds
            from simulator.gui.windows.ask import reason_of

            self.message.setText(self.tr("No projection for these rules: {0}").format(reason_of(exc, self.state.lang)))
            self.message.show()
            return
        self.message.hide()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projection and what-ifs"))
        self.close_button.setText(self.tr("&Close"))
        self.assume_tax.setText(
            self.tr("Assume the income tax of the latest year entered is paid again every year (&tax assumption)")
        )

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
