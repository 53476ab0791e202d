"""The errors this program reports to the user (one hierarchy, one base), and turning validation errors into one
clear line per problem, naming the field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic is not needed to name an error (the window's first page is drawn without it)
    from pydantic import ValidationError


def field_path(loc: tuple) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part in ("function-after", "function-before", "function-plain") or str(part).startswith(
            ("function-", "json-or-python")
        ):
            continue
        else:
            path += f".{part}" if path else str(part)
    return path or "(file)"


# Half of a UTF-16 pair, which cannot be written to a file or a PDF (only a JSON file can carry one).
UNWRITABLE_TEXT = "the text holds a character that cannot be written (a lone surrogate)"
# pydantic's words where they do not say what is wrong to someone who did not write pydantic
_CLEARER = {"string_unicode": UNWRITABLE_TEXT}


def message_of(item: Mapping[str, Any]) -> str:
    """What one problem of a validation error says, without pydantic's "Value error, " in front."""
    return _CLEARER.get(item.get("type", ""), str(item["msg"]).removeprefix("Value error, "))


def describe(error: ValidationError, prefix: str = "") -> list[str]:
    lines = []
    for item in error.errors(include_url=False):
        loc = tuple(p for p in item["loc"] if not _is_tag(p))
        path = field_path(loc)
        if prefix:
            path = f"{prefix}.{path}" if path != "(file)" else prefix
        message = message_of(item)
        # a check of the whole file already names its field in the message
        lines.append(message if path == "(file)" else f"{path}: {message}")
    return lines


def _is_tag(part) -> bool:
    # pydantic adds type tags to locations of unions and generics; they mean nothing to a user
    return isinstance(part, str) and ("[" in part or part.startswith("function-"))


class SimulatorError(Exception):
    """The base of every error this program reports to the user (never a traceback)."""


class InputError(SimulatorError, ValueError):
    """Input the user can correct: an applicant file, a rule pack, an override file, a spreadsheet, an argument.
    The message names the file, the field (and row) and what is wrong."""


class UnknownCity(InputError, LookupError):
    """A city name that no installed city answers to; the message lists those that do."""


class NotApplicable(InputError, LookupError):
    """The rules asked for do not cover the declaration year (or round) asked for."""
