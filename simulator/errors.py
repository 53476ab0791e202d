"""Turning validation errors into one clear line per problem, naming the field."""

from __future__ import annotations

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


def describe(error: ValidationError, prefix: str = "") -> list[str]:
    lines = []
    for item in error.errors(include_url=False):
        loc = tuple(p for p in item["loc"] if not _is_tag(p))
        path = field_path(loc)
        if prefix:
            path = f"{prefix}.{path}" if path != "(file)" else prefix
        message = item["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, "):]
        # a check of the whole file already names its field in the message
        lines.append(message if path == "(file)" else f"{path}: {message}")
    return lines


def _is_tag(part) -> bool:
    # pydantic adds type tags to locations of unions and generics; they mean nothing to a user
    return isinstance(part, str) and ("[" in part or part.startswith("function-"))
