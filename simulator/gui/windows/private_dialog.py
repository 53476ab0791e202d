"""A save dialog for a walk-in desk: it lists folders only, never the files in them (the worksheets and files of
earlier walk-ins stay unseen), and starts in the walk-in folder with a name that names no one."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QFileDialog


class FoldersOnly(QSortFilterProxyModel):
    """A file dialog's model without its files."""

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        is_dir = getattr(model, "isDir", None)
        return bool(is_dir(index)) if is_dir is not None else True


def save_dialog(parent, title: str, folder: str, name: str, name_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # a native dialog would list the files
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setProxyModel(FoldersOnly(dialog))
    dialog.setHistory([])  # no earlier folders either
    dialog.selectFile(name)
    _whole_sidebar(dialog)
    return dialog


def _whole_sidebar(dialog: QFileDialog) -> None:
    """The places on the left ("Computer", "计算机", the home folder) shown whole, not cut to "计…"."""
    from PySide6.QtWidgets import QListView

    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is not None:
        sidebar.setMinimumWidth(sidebar.sizeHintForColumn(0) + sidebar.frameWidth() * 2 + 8)


def ask_save_path(parent, title: str, folder: str, name: str, name_filter: str) -> str:
    """The path chosen, or "" when cancelled."""
    dialog = save_dialog(parent, title, folder, name, name_filter)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""
