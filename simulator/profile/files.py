"""Reading and writing applicant files: versioned JSON, written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from simulator.core.atomic import write_atomically
from simulator.core.errors import describe
from simulator.core.text import Text
from simulator.profile.model import ApplicantProfile
from simulator.profile.wording import worded

FORMAT = "points-simulator/applicant"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 4_000_000  # a real applicant file is a few kilobytes; a larger one is refused before it is read


class ProfileFileError(Exception):
    """An applicant file that cannot be read; each problem names the field. `problems` are in English (the terminal's
    and the log's wording); `texts` are the same problems in both languages, for a face to show in its user's."""

    def __init__(self, path: str, problems: list[str], texts: list[Text] | None = None):
        self.path = path
        self.problems = problems
        self.texts = texts if texts is not None else [Text(p, p) for p in problems]
        super().__init__(f"{Path(path).name}: " + "; ".join(problems))


def _refused(source: str, zh: str, en: str) -> ProfileFileError:
    return ProfileFileError(source, [en], [Text(zh, en)])


def parse_profile(data: object, source: str = "applicant file") -> ApplicantProfile:
    if not isinstance(data, dict):
        raise _refused(source, "文件内容必须是一个JSON对象。", "the file must hold a JSON object")
    if data.get("format") != FORMAT:
        raise _refused(
            source,
            f"format：这不是积分落户模拟器的申请人文件（应为{FORMAT!r}）。",
            f"format: not a Points Simulator applicant file (expected {FORMAT!r})",
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _refused(source, f"version：应为整数，而不是{version!r}。", f"version: expected a whole number, got {version!r}")
    if version > FORMAT_VERSION:
        raise _refused(
            source,
            f"version：文件格式版本为{version}，由更新版本的积分落户模拟器写成；本程序最多读取版本{FORMAT_VERSION}。"
            "请更新程序后再打开。",
            f"version: the file is format version {version}, written by a newer Points Simulator; "
            f"this program reads up to version {FORMAT_VERSION}. Update the program to open it.",
        )
    if version < 1:
        raise _refused(source, f"version：{version}不是已知的格式版本。", f"version: {version} is not a known format version")
    applicant = data.get("applicant")
    if not isinstance(applicant, dict):
        raise _refused(source, "applicant：缺少，或不是一个对象。", "applicant: missing, or not an object")
    try:
        return ApplicantProfile.model_validate(applicant)
    except ValidationError as exc:
        raise ProfileFileError(source, describe(exc, prefix="applicant"), worded(exc)) from None


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    """A key written twice is refused: JSON would silently keep the last one, and the first is what the user meant
    as often as not."""
    found: dict = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def load_profile(path: Path | str) -> ApplicantProfile:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            megabytes = MAX_FILE_BYTES // 1_000_000
            raise _refused(
                str(path),
                f"文件过大（超过{megabytes} MB），不像申请人文件。",
                f"the file is larger than {megabytes} MB: not an applicant file",
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _refused(str(path), "找不到文件。", "file not found") from None
    except UnicodeDecodeError:
        raise _refused(str(path), "文件不是UTF-8编码的文本。", "the file is not UTF-8 text") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise _refused(str(path), f"无法读取文件（{reason}）。", f"cannot read the file ({reason})") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        raise _refused(
            str(path), f"键“{exc}”出现了两次：请只保留一个。", f"the key {str(exc)!r} is written twice: keep one of them"
        ) from None
    except json.JSONDecodeError as exc:
        raise _refused(
            str(path),
            f"第{exc.lineno}行第{exc.colno}列不是有效的JSON（{exc.msg}）。",
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
        ) from None
    except (ValueError, RecursionError) as exc:  # a number too long to read, or nesting too deep
        reason = str(exc).split(":")[0]
        raise _refused(str(path), f"不是有效的JSON（{reason}）。", f"not valid JSON: {reason}") from None
    return parse_profile(data, str(path))


def dump_profile(profile: ApplicantProfile) -> str:
    body = profile.model_dump(mode="json", exclude_defaults=False)
    if body.get("declaration") is None:
        body.pop("declaration", None)  # a file saved without a declaration reads as it always did
    return json.dumps({"format": FORMAT, "version": FORMAT_VERSION, "applicant": body}, ensure_ascii=False, indent=2) + "\n"


def save_profile(profile: ApplicantProfile, path: Path | str) -> None:
    """Write to a temporary file beside the target, then rename: a crash never leaves half a file."""
    path = Path(path)
    text = dump_profile(profile)
    write_atomically(path, text)
