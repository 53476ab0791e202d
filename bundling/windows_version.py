"""The Windows version resource of the executable (Explorer > Properties > Details), from the one AppInfo."""

from __future__ import annotations

import re

from bundling.app_info import AppInfo

CHINESE_SIMPLIFIED = 0x0804
UNICODE_CODEPAGE = 1200


def version_resource(info: AppInfo):
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = [int(n) for n in re.findall(r"\d+", info.version)[:4]]
    numbers += [0] * (4 - len(numbers))
    strings = {
        "CompanyName": info.organization,
        "FileDescription": f"{info.name} · {info.name_zh}",
        "FileVersion": info.version,
        "InternalName": info.slug,
        "OriginalFilename": f"{info.slug}.exe",
        "ProductName": info.name,
        "ProductVersion": info.version,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=tuple(numbers), prodvers=tuple(numbers)),
        kids=[
            StringFileInfo(
                [StringTable(f"{CHINESE_SIMPLIFIED:04X}{UNICODE_CODEPAGE:04X}",
                             [StringStruct(k, v) for k, v in strings.items()])]
            ),
            VarFileInfo([VarStruct("Translation", [CHINESE_SIMPLIFIED, UNICODE_CODEPAGE])]),
        ],
    )
