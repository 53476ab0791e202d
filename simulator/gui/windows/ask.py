"""A question in a message box whose every button has an access key in both languages (Alt+S saves, Alt+D
discards ...): the buttons are named here rather than by Qt's own translations, which give most of them none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

Button = QMessageBox.StandardButton


def button_text(button: QMessageBox.StandardButton) -> str | None:
    names = {
        Button.Save: QCoreApplication.translate("Ask", "&Save"),
        Button.Discard: QCoreApplication.translate("Ask", "&Discard"),
        Button.Cancel: QCoreApplication.translate("Ask", "&Cancel"),
        Button.Yes: QCoreApplication.translate("Ask", "&Yes"),
        Button.No: QCoreApplication.translate("Ask", "&No"),
        Button.Ok: QCoreApplication.translate("Ask", "&OK"),
        Button.Close: QCoreApplication.translate("Ask", "C&lose"),
    }
    return names.get(button)


def name_buttons(box: QMessageBox) -> None:
    """Every standard button of the box named with its access key."""
    for button in box.buttons():
        text = button_text(box.standardButton(button))
        if text is not None:
            button.setText(text)


def ask(parent, icon, title: str, text: str, buttons, default, informative: str | None = None):
    """The button chosen (a QMessageBox.StandardButton)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(buttons)
    box.setDefaultButton(default)
    name_buttons(box)
    return box.exec()


def tell(parent, icon, title: str, text: str) -> None:
    """A message with one OK button (Alt+O, or Enter)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(Button.Ok)
    name_buttons(box)
    box.exec()


def reason_of(exc: BaseException, lang: str) -> str:
    """Why something failed, in the user's language: in English the system's or the program's own words; in Chinese a
    file system error by its kind ("权限不足" …) and any other by a sentence of ours (those words are English);
    never a traceback."""
    import errno

    if lang == "en":
        return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    if isinstance(exc, OSError):
        by_kind = {
            errno.EACCES: QCoreApplication.translate("Ask", "permission denied"),
            errno.EPERM: QCoreApplication.translate("Ask", "permission denied"),
            errno.EROFS: QCoreApplication.translate("Ask", "the folder is read-only"),
            errno.ENOSPC: QCoreApplication.translate("Ask", "the disk is full"),
            errno.ENOENT: QCoreApplication.translate("Ask", "the folder does not exist"),
            errno.ENOTDIR: QCoreApplication.translate("Ask", "a part of the path is a file, not a folder"),
            errno.EISDIR: QCoreApplication.translate("Ask", "that is a folder"),
            errno.ENAMETOOLONG: QCoreApplication.translate("Ask", "the name is too long"),
        }
        found = by_kind.get(exc.errno or 0)
        if found is not None:
            return found
        return QCoreApplication.translate("Ask", "the system refused (error {0})").format(exc.errno or "?")
    return QCoreApplication.translate("Ask", "the program could not do it with these entries")
