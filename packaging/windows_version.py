"""The version resource of the Windows program: what Explorer shows under Properties > Details.

Used by briefing-app.spec when building on Windows. PyInstaller's version-resource module
needs pefile, which PyInstaller installs only on Windows, so it is imported when used.
"""

from __future__ import annotations

from typing import Any

ENGLISH_UK = 0x0809
UNICODE = 1200


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` as Windows wants it: four numbers, missing ones 0."""
    parts = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    first, second, third, fourth = [*parts, 0, 0, 0, 0][:4]
    return first, second, third, fourth


def version_info(
    *, name: str, program: str, organisation: str, version: str, description: str
) -> Any:
    """A PyInstaller VSVersionInfo for the program, in English (United Kingdom)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_numbers(version)
    strings = [
        StringStruct("CompanyName", organisation),
        StringStruct("FileDescription", description),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", program),
        StringStruct("OriginalFilename", f"{program}.exe"),
        StringStruct("ProductName", name),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable(f"{ENGLISH_UK:04X}{UNICODE:04X}", strings)]),
            VarFileInfo([VarStruct("Translation", [ENGLISH_UK, UNICODE])]),
        ],
    )
