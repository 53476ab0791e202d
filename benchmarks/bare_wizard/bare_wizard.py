"""The smallest PySide6 QWizard program: the yardstick for the size of our bundle (benchmarks/bundle_size.py)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


def main() -> int:
    app = QApplication(sys.argv)
    page = QWizardPage()
    page.setTitle("Bare wizard")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("One page, nothing else."))
    wizard = QWizard()
    wizard.addPage(page)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
