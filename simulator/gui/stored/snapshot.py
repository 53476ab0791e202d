"""The autosave file: what the wizard holds, written atomically to the user's data folder so that a crash or a
kill loses nothing. No Qt here: the window decides when to write (simulator/gui/autosave.py).

The snapshot is plain JSON; dates and decimals inside the draft are tagged so they come back as the same types.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from decimal import Decimal
from pathlib import Path

from simulator.core.atomic import write_atomically
from simulator.paths import user_data_dir

FORMAT = 1
FILE_NAME = "applicant.json"

log = logging.getLogger(__name__)


def autosave_dir() -> Path:
    return user_data_dir() / "autosave"


def autosave_path(slot: int = 1) -> Path:
    """The snapshot of window `slot` (each open window holds one slot, locked: simulator.gui.stored.autosave);
    the first window's is the file earlier versions wrote."""
    if slot == 1:
        return autosave_dir() / FILE_NAME
    stem, suffix = FILE_NAME.rsplit(".", 1)
    return autosave_dir() / f"{stem}-{slot}.{suffix}"


def encode(value: object) -> object:
    """JSON-ready data; dates and decimals tagged (the draft holds them in rows' hidden extras)."""
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"cannot autosave a {type(value).__name__}")


def decode(value: object) -> object:
    if isinstance(value, dict):
        if set(value) == {"$date"}:
            return date.fromisoformat(value["$date"])
        if set(value) == {"$decimal"}:
            return Decimal(value["$decimal"])
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def write_snapshot(snapshot: dict, path: Path | None = None) -> Path:
    """Write, fsync, then rename over the previous snapshot: the file on disk is always a whole snapshot.
    Raises OSError (disk full, read-only folder); the caller keeps the data in memory."""
    path = path or autosave_path()
    write_snapshot_text(snapshot_text(snapshot), path)
    return path


def snapshot_text(snapshot: dict) -> str:
    """The snapshot as the file holds it. Raises TypeError or ValueError for data JSON cannot hold."""
    return json.dumps({"format": FORMAT, **snapshot}, ensure_ascii=False, indent=1)


def write_snapshot_text(text: str, path: Path) -> None:
    """The file part of `write_snapshot`, safe on a thread of its own: it touches nothing but the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text)


def read_snapshot(path: Path | None = None) -> dict | None:
    """The snapshot left by an earlier run, or None (none there, or not readable: logged, never raised)."""
    path = path or autosave_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("autosave not readable: %s", exc.strerror or exc)
        return None
    except UnicodeDecodeError:
        log.warning("autosave is not UTF-8 text; ignored")
        return None
    try:
        data = json.loads(text)
    except ValueError:
        log.warning("autosave is not valid JSON; ignored")
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        log.warning("autosave has an unknown format; ignored")
        return None
    return data


def remove_snapshot(path: Path | None = None) -> None:
    path = path or autosave_path()
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("autosave could not be removed: %s", exc.strerror or exc)
