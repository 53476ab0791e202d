"""Autosave of the wizard: the draft exactly as typed (invalid entries included), the rules, the language and
the page, written a quarter of a second after the last change (at most 0.3 s after the first unwritten one);
offered back at the next start after a crash or a kill.

Each window writes its own snapshot, in a slot it holds locked (QLockFile) while it is open: a second window never
sees the first one's live draft as a crash leftover, and two windows typing never overwrite each other. A slot
whose lock no live process holds is a leftover, offered to the next window that starts.

The file part (atomic write, reading, removing) is `simulator.gui.stored.snapshot`; this module decides when to write and
turns the window's state into a snapshot and back. The snapshot is taken and turned into text on the window's
thread (a fraction of a millisecond); writing it to disk (an fsync: tens of milliseconds on a slow disk) happens
on a thread of its own, so the keys typed meanwhile never wait for the disk. Writes run one at a time, in order; a
flush (a save, a crash, a restore) and a discard wait for those already handed over. A failed write is logged and
noted once in the status bar: the data stays in memory and the next change tries again.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # the slot is locked, and a leftover offered, once the first page is drawn
    from PySide6.QtCore import QLockFile


def _store():
    """The file part, imported when first needed: json, tempfile and decimal stay off the first paint's path."""
    from simulator.gui.stored import snapshot

    return snapshot


DEBOUNCE_MS = 250
# Someone typing without a pause would keep putting the write off: it happens at the latest this long after the
# first change not yet written (a hard kill loses at most that much typing).
LONGEST_WAIT_MS = 300
MAX_WINDOWS = 16  # slots tried; more windows than this write to a slot of their own, unlocked
# Test hook: "yes" or "no" answers the restore question without showing it (the kill-and-restore test uses it).
ANSWER_VARIABLE = "POINTS_SIMULATOR_RESTORE_ANSWER"

log = logging.getLogger(__name__)

_PROBE = {"birth_date": "2000-01-01", "retirement_category": "male"}


def _other_facts_to_json(other: dict) -> dict:
    """Facts the pages do not edit (kept from an opened file), written by the profile model itself."""
    if not other:
        return {}
    from simulator.profile.model import ApplicantProfile

    profile = ApplicantProfile.model_validate({**_PROBE, **other})
    return profile.model_dump(mode="json", include=set(other))


def _other_facts_from_json(data: dict) -> dict:
    if not data:
        return {}
    from simulator.profile.model import ApplicantProfile

    profile = ApplicantProfile.model_validate({**_PROBE, **data})
    return {name: getattr(profile, name) for name in data}


def capture(window) -> dict:
    """The snapshot of what the window holds (nothing is validated: half-typed input is kept as it is)."""
    from simulator.gui.form.draft import OTHER_FACTS

    state = window.state
    values = {k: v for k, v in state.values.items() if k != OTHER_FACTS}
    return {
        "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "values": _store().encode(values),
        "other_facts": _other_facts_to_json(state.values.get(OTHER_FACTS) or {}),
        "rows": _store().encode({name: model.rows for name, model in state.tables.items()}),
        "edition": state.edition.id,
        "year": str(state.year),  # a round keeps its part of the year: "2025-Q3"
        "lang": state.lang,
        "page": window.wizard.index,
        "path": str(window.path) if window.path else None,
        "source_name": window.source_name,
    }


def draft_of(snapshot: dict) -> tuple[dict, dict[str, list[dict]]]:
    """The values and table rows of a snapshot, as the state holds them."""
    from simulator.gui.form.draft import OTHER_FACTS
    from simulator.gui.form.fields import scalar_defaults
    from simulator.gui.form.tables import LISTS

    saved = _store().decode(snapshot.get("values") or {})
    values = scalar_defaults()
    values.update({k: v for k, v in saved.items() if k in values})
    other = _other_facts_from_json(snapshot.get("other_facts") or {})
    if other:
        values[OTHER_FACTS] = other
    saved_rows = _store().decode(snapshot.get("rows") or {})
    rows = {name: [dict(r) for r in saved_rows.get(name, []) if isinstance(r, dict)] for name in LISTS}
    return values, rows


def restore(window, snapshot: dict, draft: tuple[dict, dict[str, list[dict]]] | None = None) -> None:
    """Put the window back exactly as the snapshot was taken; the applicant counts as unsaved (also when the
    entries then cannot be scored: they are in the window, and quitting asks)."""
    state = window.state
    values, rows = draft or draft_of(snapshot)  # first: a damaged snapshot fails before anything is changed
    lang = snapshot.get("lang")
    if lang in ("zh", "en"):
        window.switch_language(lang)
    from simulator.core.rounds import parse_round

    edition = state.catalogue.edition(str(snapshot.get("edition") or ""))
    try:
        year = parse_round(snapshot.get("year"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        year = None
    if edition is not None and year is not None:
        state.set_rules(edition, year)
    state.restore(values, rows)
    path = snapshot.get("path")
    window.path = Path(path) if path else None
    window.source_name = str(snapshot.get("source_name") or "")
    window.wizard.go_to(int(snapshot.get("page") or 0), exactly=True)
    window._update_title()


class Autosave(QObject):
    """Writes the window's snapshot after each change (debounced); removes it when there is nothing unsaved."""

    # (the number of the write, the error or None): sent from the writing thread, received on the window's
    _written = Signal(int, object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.slot = 1
        self._lock: QLockFile | None = None
        self.enabled = False  # switched on after the restore question, so the old snapshot is not overwritten
        self.failed = False
        self.writes = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._pending_since: float | None = None  # when the first change not yet written came
        self._timer.timeout.connect(self.write_soon)
        self._writer = None  # the writing thread (a one-thread executor), started with the first write
        self._in_flight = None  # the future of the last write handed to it
        self._sequence = 0  # writes begun: a result older than the newest one says nothing about the file now
        self._written.connect(self._after_write)
        state = window.state
        for signal in (state.evaluated, state.rules_changed, state.modified_changed, window.wizard.page_changed):
            signal.connect(self.schedule)

    @property
    def path(self) -> Path:
        return _store().autosave_path(self.slot)

    def claim_slot(self) -> bool:
        """Take the first slot no live window holds, preferring one that holds a leftover draft (True then)."""
        from PySide6.QtCore import QLockFile

        folder = _store().autosave_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return self.path.exists()  # no folder to lock in: the writes will fail and say so
        free: tuple[int, QLockFile] | None = None
        for slot in range(1, MAX_WINDOWS + 1):
            lock = QLockFile(str(_store().autosave_path(slot)) + ".lock")
            lock.setStaleLockTime(0)  # stale only when the process that took it is gone
            if not lock.tryLock(0):
                if lock.error() != QLockFile.LockError.LockFailedError and free is None:
                    return self.path.exists()  # locks cannot be made here: the first slot, as before
                continue
            if _store().autosave_path(slot).exists():
                if free is not None:
                    free[1].unlock()
                self.slot, self._lock = slot, lock
                return True
            if free is None:
                free = (slot, lock)
            else:
                lock.unlock()
        if free is None:  # every slot held by a live window
            self.slot = os.getpid() + MAX_WINDOWS
            return False
        self.slot, self._lock = free
        return False

    def release(self) -> None:
        """The window closes: its slot is free for the next one."""
        self._wait()
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def schedule(self, *_args) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        waited_ms = (now - self._pending_since) * 1000
        self._timer.start(max(0, int(min(DEBOUNCE_MS, LONGEST_WAIT_MS - waited_ms))))

    def write_soon(self) -> None:
        """The debounced write: the snapshot taken now, written to disk on the writing thread."""
        self._timer.stop()
        self._pending_since = None
        if not self.enabled or not self.window.state.ready:
            return
        store, path = _store(), self.path
        if self._writer is None:
            from concurrent.futures import ThreadPoolExecutor

            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        if not self.window.state.modified:  # nothing unsaved: no snapshot (a removal is never an error to note)
            self._in_flight = self._writer.submit(store.remove_snapshot, path)
            return
        self._sequence += 1
        sequence = self._sequence
        try:
            text = store.snapshot_text(capture(self.window))
        except (TypeError, ValueError) as exc:
            self._after_write(sequence, exc)
            return

        def write() -> None:
            try:
                store.write_snapshot_text(text, path)
            except OSError as exc:
                self._written.emit(sequence, exc)
            else:
                self._written.emit(sequence, None)

        self._in_flight = self._writer.submit(write)

    def _wait(self) -> None:
        """The writes already handed to the writing thread are on disk (or failed), and their results are in."""
        if self._in_flight is not None:
            self._in_flight.result()
            self._in_flight = None
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.sendPostedEvents(self)  # their results, before whatever comes next

    def flush(self) -> bool:
        """Write now and wait until it is on disk (or remove the snapshot when nothing is unsaved). False when the
        write failed."""
        self.write_soon()
        self._wait()
        if not self.enabled or not self.window.state.ready or not self.window.state.modified:
            return True
        return not self.failed

    def _after_write(self, sequence: int, error: Exception | None) -> None:
        if error is None:
            self.writes += 1
        if sequence != self._sequence:
            return  # a newer write is under way: its result is the one that says how things stand
        if error is not None:
            log.warning("autosave failed: %s", getattr(error, "strerror", None) or error)
            if not self.failed:  # one note, not a dialog per keystroke
                self.window.statusBar().showMessage(
                    self.tr("Autosave failed ({0}); your entries are kept in this window.").format(
                        getattr(error, "strerror", None) or error
                    )
                )
            self.failed = True
            return
        if self.failed:
            self.window.statusBar().clearMessage()
        self.failed = False

    def discard(self) -> None:
        """Forget the snapshot (saved, discarded, or a new applicant): after any write still under way. Before the
        window has been offered a leftover, the file in its slot is that leftover, not the window's: kept."""
        self._timer.stop()
        self._pending_since = None
        self._wait()
        if self.enabled:
            _store().remove_snapshot(self.path)

    def offer_restore(self, parent) -> bool:
        """At start: if an earlier run left unsaved work, ask whether to restore it. True when restored."""
        from PySide6.QtWidgets import QMessageBox

        self.claim_slot()
        snapshot = _store().read_snapshot(self.path)
        if snapshot is None:
            self.enabled = True
            return False
        answer = os.environ.get(ANSWER_VARIABLE, "").lower()
        if answer not in ("yes", "no"):
            from simulator.gui.windows.ask import ask

            reply = ask(
                parent,
                QMessageBox.Icon.Question,
                self.tr("Restore unsaved applicant?"),
                self.tr(
                    "The program was not closed normally, and an applicant with unsaved entries was kept "
                    "(autosaved {0}). Restore it exactly as it was?"
                ).format(str(snapshot.get("saved_at") or "").replace("T", " ")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
                informative=self.tr("No discards the kept entries."),
            )
            answer = "yes" if reply == QMessageBox.StandardButton.Yes else "no"
        restored = False
        if answer == "yes":
            try:
                draft = draft_of(snapshot)
            except Exception:  # a damaged snapshot must not stop the program from starting; nothing was changed
                log.exception("autosave could not be read back")
                kept = self.path.with_name(f"unrestored-{time.strftime('%Y%m%d-%H%M%S')}.json")
                try:
                    os.replace(self.path, kept)
                except OSError:
                    kept = self.path
                QMessageBox.warning(
                    parent,
                    self.tr("Not restored"),
                    self.tr("The kept entries could not be restored; they are left in {0}.").format(kept),
                )
                self.enabled = True
                return False
            try:
                restore(self.window, snapshot, draft)
            except Exception as exc:  # the entries are back, but scoring them fails: keep them, say so
                log.exception("restored entries cannot be scored")  # (state.restore has marked them unsaved)
                QMessageBox.warning(
                    parent,
                    self.tr("Restored, but not scored"),
                    self.tr(
                        "The kept entries are back in the window, unsaved, but they cannot be scored ({0}). "
                        "Check the entries; nothing was discarded, and quitting asks before anything is lost."
                    ).format(type(exc).__name__),
                )
            restored = True
        else:
            _store().remove_snapshot(self.path)
        self.enabled = True
        if restored:
            log.info("autosave restored")
            self.flush()
        return restored
