"""The program's log: a rotating file in the user's data folder, set up once when the window starts.

Only field names, problems and tracebacks are logged, never what the applicant typed (names, ID numbers): a
traceback keeps each frame's place and the error's type, and leaves out its message, which may quote a value."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from simulator.paths import user_data_dir

LOG_NAME = "points-simulator.log"
MAX_BYTES = 1_000_000
BACKUPS = 5

_handler: RotatingFileHandler | None = None


def private_traceback(exc_type, exc_value, exc_traceback) -> str:
    """Where an error happened, frame by frame, and its type; never its message (nor that of its cause)."""
    lines = ["Traceback (messages left out: they may quote what the applicant typed):"]
    for frame in traceback.extract_tb(exc_traceback):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}")
    cause = exc_value.__cause__ or exc_value.__context__ if exc_value is not None else None
    if cause is not None and cause is not exc_value:
        lines.append(f"  (while handling {type(cause).__module__}.{type(cause).__qualname__})")
    return "\n".join(lines)


class PrivateFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return private_traceback(*ei)


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
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("simulator")
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler = handler
    return path
