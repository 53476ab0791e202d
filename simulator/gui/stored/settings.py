"""What the program remembers between runs (language, recent files, last folder), through QSettings.

Always the INI format in the user scope, so a test can point QSettings.setPath at a temporary folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from simulator import APP_NAME, ORGANIZATION

MAX_RECENT = 8


class Settings:
    def __init__(self) -> None:
        self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)

    @property
    def language(self) -> str | None:
        value = self._store.value("language")
        return value if value in ("zh", "en") else None

    @language.setter
    def language(self, lang: str) -> None:
        self._store.setValue("language", lang)

    @property
    def last_folder(self) -> str:
        value = self._store.value("last_folder")
        if isinstance(value, str) and value and Path(value).is_dir():
            return value
        return str(Path.home())

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._store.setValue("last_folder", folder)

    @property
    def editions(self) -> str | None:
        """The rule editions found on the last run (see rule_choice.remembered_editions)."""
        value = self._store.value("editions")
        return value if isinstance(value, str) else None

    @editions.setter
    def editions(self, text: str) -> None:
        self._store.setValue("editions", text)

    # --kiosk on the command line: kiosk mode for this run only, whatever the stored setting says
    kiosk_for_this_run = False

    @property
    def kiosk(self) -> bool:
        """Walk-in desk mode (called kiosk mode in the settings; a shared service-window computer): no recent files
        are recorded or shown, no folder is remembered, worksheets go to the export folder under names that name no
        one, and New applicant never asks."""
        if self.kiosk_for_this_run:
            return True
        return str(self._store.value("kiosk", "false")).lower() == "true"

    @kiosk.setter
    def kiosk(self, on: bool) -> None:
        self._store.setValue("kiosk", bool(on))

    @property
    def export_folder(self) -> str:
        """Walk-in desk mode: the folder worksheets are exported to without a dialog ("" until chosen)."""
        value = self._store.value("export_folder")
        return value if isinstance(value, str) and value and Path(value).is_dir() else ""

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._store.setValue("export_folder", folder)

    def recent_files(self) -> list[str]:
        if self.kiosk:
            return []
        value = self._store.value("recent_files")
        if isinstance(value, str):  # QSettings gives back a one-item list as a plain string
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str) -> None:
        if self.kiosk:
            return
        path = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p != path]
        self._store.setValue("recent_files", [path, *files][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._store.setValue("recent_files", [p for p in self.recent_files() if p != path])

    @property
    def supplied_values(self) -> list[dict]:
        """Rule values the user keeps for every applicant ({pack, path, value, note}), as JSON."""
        import json

        text = self._store.value("supplied_values")
        try:
            found = json.loads(text) if isinstance(text, str) and text else []
        except ValueError:
            return []  # an unreadable memory is forgotten
        return [v for v in found if isinstance(v, dict) and {"pack", "path", "value"} <= set(v)]

    @supplied_values.setter
    def supplied_values(self, values: list[dict]) -> None:
        import json

        self._store.setValue("supplied_values", json.dumps(values, ensure_ascii=False))

    def sync(self) -> None:
        self._store.sync()
