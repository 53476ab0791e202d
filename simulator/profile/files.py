"""Reading and writing applicant files: versioned JSON, written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from simulator.core.atomic import write_atomically
from simulator.core.errors import describe
from simulator.profile.model import ApplicantProfile

FORMAT = "points-simulator/applicant"
FORMAT_VERSION = 1


class ProfileFileError(Exception):
    """An applicant file that cannot be read; each problem names the field."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__(f"{Path(path).name}: " + "; ".join(problems))


def parse_profile(data: object, source: str = "applicant file") -> ApplicantProfile:
    if not isinstance(data, dict):
        raise ProfileFileError(source, ["the file must hold a JSON object"])
    if data.get("format") != FORMAT:
        raise ProfileFileError(source, [f"format: not a Points Simulator applicant file (expected {FORMAT!r})"])
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProfileFileError(source, [f"version: expected a whole number, got {version!r}"])
    if version > FORMAT_VERSION:
        raise ProfileFileError(
            source,
            [
                f"version: the file is format version {version}, written by a newer Points Simulator; "
                f"this program reads up to version {FORMAT_VERSION}. Update the program to open it."
            ],
        )
    if version < 1:
        raise ProfileFileError(source, [f"version: {version} is not a known format version"])
    applicant = data.get("applicant")
    if not isinstance(applicant, dict):
        raise ProfileFileError(source, ["applicant: missing, or not an object"])
    try:
        return ApplicantProfile.model_validate(applicant)
    except ValidationError as exc:
        raise ProfileFileError(source, describe(exc, prefix="applicant")) from None


def load_profile(path: Path | str) -> ApplicantProfile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileFileError(str(path), ["file not found"]) from None
    except UnicodeDecodeError:
        raise ProfileFileError(str(path), ["the file is not UTF-8 text"]) from None
    except OSError as exc:
        raise ProfileFileError(str(path), [f"cannot read the file ({exc.strerror or exc})"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileFileError(str(path), [f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"]) from None
    return parse_profile(data, str(path))


def dump_profile(profile: ApplicantProfile) -> str:
    body = profile.model_dump(mode="json", exclude_defaults=False)
    return json.dumps({"format": FORMAT, "version": FORMAT_VERSION, "applicant": body}, ensure_ascii=False, indent=2) + "\n"


def save_profile(profile: ApplicantProfile, path: Path | str) -> None:
    """Write to a temporary file beside the target, then rename: a crash never leaves half a file."""
    path = Path(path)
    text = dump_profile(profile)
    write_atomically(path, text)
