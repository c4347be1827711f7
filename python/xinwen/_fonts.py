"""A CJK font for matplotlib: found among the system's fonts, or a warning that names the
fix (xinwen.plot's own charts need none: the browser draws their labels)."""

from __future__ import annotations

import os
import warnings
from typing import Optional

def use_cjk_font(*, warn: bool = True) -> Optional[str]:
    """Makes a CJK font of the system matplotlib's default sans-serif font, so that
    Chinese labels of your own matplotlib charts show as characters, not boxes, and
    returns its name; ``None`` (with a warning naming the fix) when the system has none."""
    name = cjk_font_name()
    if name is None:
        if warn:
            warnings.warn(
                "no font with Chinese characters was found, so matplotlib would draw boxes: install one "
                "(Debian/Ubuntu: apt install fonts-noto-cjk; conda: conda install -c conda-forge "
                "font-ttf-noto-cjk), or use xinwen.plot's charts, which the browser draws",
                stacklevel=2,
            )
        return None
    import matplotlib

    matplotlib.rcParams["font.sans-serif"] = [name, *matplotlib.rcParams["font.sans-serif"]]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return name


#: Characters a font must draw to count as a CJK font.
_PROBE = "中国新闻報導"

#: Well-known CJK fonts, preferred in this order when several are installed.
_KNOWN_FONTS = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Hiragino Sans GB",
    "SimHei",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
]


def cjk_font_name() -> Optional[str]:
    """The name of a font known to matplotlib that draws Chinese characters (the
    well-known ones first), or ``None``."""
    from matplotlib import font_manager, ft2font

    def covers(path: str) -> bool:
        try:
            charmap = ft2font.FT2Font(path).get_charmap()
        except (OSError, RuntimeError, ValueError):
            return False
        return all(ord(c) in charmap for c in _PROBE)

    manager = font_manager.fontManager
    fonts = {f.name: f.fname for f in manager.ttflist}
    for name in _KNOWN_FONTS:
        if name in fonts and covers(fonts[name]):
            return name
    # a CJK font holds thousands of glyphs: small files are not worth opening
    known = set(fonts.values())
    for path in sorted(set(font_manager.findSystemFonts()) | known):
        if os.path.getsize(path) > 2_000_000 and covers(path):
            if path not in known:  # installed after matplotlib's font cache was written
                manager.addfont(path)
            return str(font_manager.FontProperties(fname=path).get_name())
    return None
