"""The program's log: a rotating file in the user's data folder, set up once when the window starts.

Only field names, problems and tracebacks are logged, never what the applicant typed (names, ID numbers)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from simulator.paths import user_data_dir

LOG_NAME = "points-simulator.log"
MAX_BYTES = 1_000_000
BACKUPS = 5

_handler: RotatingFileHandler | None = None


def log_path() -> Path:
    return user_data_dir() / "logs" / LOG_NAME


def setup_logging() -> Path | None:
    """Send the `simulator` loggers to the rotating file; the path, or None if the folder cannot be written
    (the program then runs without a log rather than not at all)."""
    global _handler
    path = log_path()
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("simulator")
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler = handler
    return path
