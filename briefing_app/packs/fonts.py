"""The pack's typeface: DejaVu Sans, shipped in ``resources/fonts`` and embedded in every PDF.

The standard PDF fonts cannot show many Latin Extended letters (the Ł of Łukasz), so the
packs embed a TrueType family instead. reportlab embeds only the letters a pack uses and
writes a map back to Unicode, so names copy out of the PDF exactly as typed.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from briefing_app.domain.errors import PackError

FAMILY = "PackSans"
REGULAR = "PackSans"
BOLD = "PackSans-Bold"
ITALIC = "PackSans-Italic"

FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered: Path | None = None


def register_fonts(font_dir: Path) -> None:
    """Load the family once per process; later calls return at once."""
    global _registered
    for filename in FONT_FILES.values():
        if not (font_dir / filename).is_file():
            raise _font_error(font_dir / filename, "is missing")
    with _lock:
        if _registered is not None:
            return
        fonts = {}
        for name, filename in FONT_FILES.items():
            path = font_dir / filename
            try:
                fonts[name] = TTFont(name, str(path))
            except (OSError, TTFError) as error:
                raise _font_error(path, f"cannot be read ({error})") from error
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        # Bold italic is not shipped: bold stands in for it.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = font_dir


def _font_error(path: Path, problem: str) -> PackError:
    return PackError(
        f"The font file {path} that packs are printed in {problem}.",
        "Reinstall the app to restore its fonts.",
    )
