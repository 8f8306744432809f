"""Charts with Chinese labels that render, in one consistent style.

matplotlib is imported here only. A CJK font family is put first with a
Latin fallback (matplotlib >= 3.6 falls back per glyph); a glyph missing from
every font is an error, never an empty box (rendering.md).
"""

from __future__ import annotations

import io
import warnings

from .errors import AnalysisError

#: CJK families tried in order: Debian's fonts-noto-cjk, Adobe's release of
#: the same design, then the usual macOS and Windows system fonts.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans CJK JP", "WenQuanYi Micro Hei",
                "PingFang SC", "Microsoft YaHei", "SimHei")

#: The palette of the briefings (colour-blind safe, Okabe–Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")

#: Display width of charts in the briefings, in CSS pixels.
CHART_WIDTH_PX = 640

_configured = False


def cjk_family() -> str:
    """The first installed CJK font family; raises with an install hint."""
    from matplotlib import font_manager

    for attempt in range(2):
        names = {f.name for f in font_manager.fontManager.ttflist}
        for fam in CJK_FAMILIES:
            if fam in names:
                return fam
        if attempt == 0:  # a font cache built before the fonts were installed: rebuild it once
            font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
    raise AnalysisError("no Chinese font found for charts (tried: " + ", ".join(CJK_FAMILIES) + "). "
                        "On Debian: apt-get install fonts-noto-cjk (or run `make setup`).")


def setup() -> None:
    """Configure matplotlib once: headless backend, CJK font, house style."""
    global _configured
    if _configured:
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [cjk_family(), "DejaVu Sans"],
        "axes.unicode_minus": False,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "figure.dpi": 110,
        "savefig.dpi": 170,  # sharp in print; the HTML shows it at CHART_WIDTH_PX
        "font.size": 10,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    })
    _configured = True


def to_png(fig) -> bytes:
    """Render a figure to PNG bytes; a missing glyph raises AnalysisError."""
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(buf, format="png", bbox_inches="tight")
    plt.close(fig)
    missing = [str(w.message) for w in caught if "missing from" in str(w.message) and "Glyph" in str(w.message)]
    if missing:
        raise AnalysisError("chart text has glyphs no installed font can draw: " + "; ".join(missing[:3]))
    return buf.getvalue()


def stacked_shares_png(years: list[str], series: dict[str, list[float]], title: str, ylabel: str) -> bytes:
    """Stacked bars of shares (in %) per year.

    >>> png = stacked_shares_png(["2020", "2024"], {"第一产业": [4.5, 4.2], "第二产业": [29.9, 31.3],
    ...                          "第三产业": [65.6, 64.5]}, "经济结构", "比重（%）")
    >>> png[:4] == b"\\x89PNG"
    True
    """
    setup()
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 3.4))
    bottom = [0.0] * len(years)
    for name, vals in series.items():
        bars = ax.bar(years, vals, bottom=bottom, label=name, width=0.55)
        for rect, v, b in zip(bars, vals, bottom):
            if v >= 4:
                ax.text(rect.get_x() + rect.get_width() / 2, b + v / 2, f"{v:.1f}", ha="center", va="center",
                        fontsize=8, color="white")
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylim(0, 100)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return to_png(fig)


def interval_bars_png(names: list[str], values: list[float], lows: list[float], highs: list[float],
                      title: str, xlabel: str) -> bytes:
    """Horizontal bars with the rounding interval as error bars."""
    setup()
    import matplotlib.pyplot as plt

    height = max(2.0, 0.38 * len(names) + 1.0)
    fig, ax = plt.subplots(figsize=(6.4, height))
    ys = list(range(len(names)))[::-1]
    err = [[v - lo for v, lo in zip(values, lows)], [hi - v for v, hi in zip(values, highs)]]
    ax.barh(ys, values, xerr=err, color=PALETTE[0], height=0.6, capsize=3)
    ax.set_yticks(ys, names)
    for y, v in zip(ys, values):
        ax.text(v, y, f" {v:.1f}%", va="center", fontsize=8)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return to_png(fig)
