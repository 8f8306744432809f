"""Charts with Chinese labels that render, in one consistent style.

matplotlib is imported here only. A CJK font family is put first with a
Latin fallback (matplotlib >= 3.6 falls back per glyph); a glyph missing from
every font is an error, never an empty box (rendering.md).

Each chart function returns the image's bytes in ``fmt``: ``"png"`` (the
default, for notebooks and files) or ``"svg"`` (what the briefings inline:
text kept as text, a fifth of the size, and 40 % less time to draw).
"""

from __future__ import annotations

import io
import warnings

from .errors import AnalysisError
from .fonts import CJK_FAMILY, CJK_PACKAGE, LATIN_FAMILY

#: The CJK family of the charts: the one the set-up installs (analysis.fonts:
#: WenQuanYi Micro Hei, TrueType outlines, the same font as the PDF's text, see
#: rendering.md). No other is tried: a chart that needs another font would
#: pass on one machine and fail on a fresh one.
CJK_FAMILIES = (CJK_FAMILY,)

#: The palette of the briefings (colour-blind safe, Okabe–Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")

#: Display width of charts in the briefings, in CSS pixels.
CHART_WIDTH_PX = 640

_configured = False


#: Where Debian puts the CJK font's file (fonts-wqy-microhei). matplotlib's
#: font list is cached on first use; a font installed after that is added from here.
TRUETYPE_CJK_FILES = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",)


def cjk_family() -> str:
    """The CJK font family of the charts, when installed; raises with an install hint.

    >>> cjk_family()
    'WenQuanYi Micro Hei'
    """
    import os

    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    if CJK_FAMILIES[0] not in names:
        for path in TRUETYPE_CJK_FILES:
            if os.path.exists(path):
                font_manager.fontManager.addfont(path)
    for attempt in range(2):
        names = {f.name for f in font_manager.fontManager.ttflist}
        for fam in CJK_FAMILIES:
            if fam in names:
                return fam
        if attempt == 0:  # a font cache built before the fonts were installed: rebuild it once
            font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
    raise AnalysisError("no Chinese font found for charts (tried: " + ", ".join(CJK_FAMILIES) + "). "
                        f"On Debian: apt-get install {CJK_PACKAGE} (or run `make setup`).")


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
        "font.sans-serif": [cjk_family(), LATIN_FAMILY],
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


#: Output formats of the chart functions.
FORMATS = ("png", "svg")


def _output(fig, fmt: str) -> bytes:
    """Render a figure to ``fmt`` bytes and close it; a missing glyph raises AnalysisError.

    SVG keeps its text as text (``svg.fonttype`` ``none``: the page's fonts
    draw it, so it is sharp, selectable and searchable in the PDF, and the file
    is a fifth of the PNG's size), with the same bytes for the same chart
    (fixed ids, no date); matplotlib still lays the text out with the fonts, so
    a missing glyph is caught as for PNG.

    >>> svg = stacked_shares(["2020"], {"第一产业": [4.5], "第二产业": [29.9], "第三产业": [65.6]}, "比重（%）", fmt="svg")
    >>> svg.startswith(b"<?xml") and "第一产业".encode() in svg
    True
    """
    import matplotlib
    import matplotlib.pyplot as plt

    if fmt not in FORMATS:
        plt.close(fig)
        raise AnalysisError(f"unknown chart format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    buf = io.BytesIO()
    options = {"metadata": {"Date": None}} if fmt == "svg" else {}
    with warnings.catch_warnings(record=True) as caught, \
            matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "analysis"}):
        warnings.simplefilter("always")
        fig.savefig(buf, format=fmt, bbox_inches="tight", **options)
    plt.close(fig)
    missing = [str(w.message) for w in caught if "missing from" in str(w.message) and "Glyph" in str(w.message)]
    if missing:
        raise AnalysisError("chart text has glyphs no installed font can draw: " + "; ".join(missing[:3]))
    return buf.getvalue()


def stacked_shares(years: list[str], series: dict[str, list[float]], ylabel: str,
                   title: str = "", fmt: str = "png") -> bytes:
    """Stacked bars of shares (in %) per year; ``years`` are tick labels (a
    derived year may say so: "2020 (derived)").

    >>> png = stacked_shares(["2020", "2024"], {"第一产业": [4.5, 4.2], "第二产业": [29.9, 31.3],
    ...                      "第三产业": [65.6, 64.5]}, "比重（%）")
    >>> png[:4] == b"\\x89PNG"
    True
    """
    setup()
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 3.0))
    bottom = [0.0] * len(years)
    for name, vals in series.items():
        bars = ax.bar(years, vals, bottom=bottom, label=name, width=0.55)
        for rect, v, b in zip(bars, vals, bottom):
            if v >= 6:  # a label fits inside the segment; smaller ones are read from the table
                ax.text(rect.get_x() + rect.get_width() / 2, b + v / 2, f"{v:.1f}", ha="center", va="center",
                        fontsize=8, color="white")
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylim(0, 100)
    ax.set_ylabel(ylabel)
    if title:
        ax.set_title(title, fontsize=10)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return _output(fig, fmt)


def interval_bars(names: list[str], values: list[float], lows: list[float], highs: list[float],
                  xlabel: str, title: str = "", hatched: list[bool] | None = None, fmt: str = "png") -> bytes:
    """Horizontal bars with the rounding interval as error bars; each value
    label sits right of its bar's interval (never on it). ``hatched`` marks
    bars resting on derived or assumed inputs.

    >>> interval_bars(["a", "b"], [5.2, -1.0], [5.1, -1.2], [5.3, -0.8], "%")[:4] == b"\\x89PNG"
    True
    """
    setup()
    import matplotlib.pyplot as plt

    hatched = hatched or [False] * len(names)
    height = max(1.8, 0.34 * len(names) + 0.9)
    fig, ax = plt.subplots(figsize=(6.4, height))
    ys = list(range(len(names)))[::-1]
    err = [[v - lo for v, lo in zip(values, lows)], [hi - v for v, hi in zip(values, highs)]]
    bars = ax.barh(ys, values, xerr=err, color=PALETTE[0], height=0.6, capsize=3,
                   error_kw={"ecolor": "#333333", "elinewidth": 0.8})
    for bar, h in zip(bars, hatched):
        if h:
            bar.set_facecolor("white")
            bar.set_edgecolor(PALETTE[0])
            bar.set_hatch("////")
    ax.set_yticks(ys, names)
    span = max(max(highs), 0) - min(min(lows), 0) or 1.0
    for y, v, lo, hi in zip(ys, values, lows, highs):
        if v >= 0:
            ax.text(max(hi, v) + 0.015 * span, y, f"{v:.1f}", va="center", ha="left", fontsize=8)
        else:
            ax.text(min(lo, v) - 0.015 * span, y, f"{v:.1f}", va="center", ha="right", fontsize=8)
    lo_x, hi_x = min(min(lows), 0), max(max(highs), 0)
    ax.set_xlim(lo_x - (0.12 * span if lo_x < 0 else 0), hi_x + 0.12 * span)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title, fontsize=10)
    return _output(fig, fmt)


def runs_of_years(years: list[int]) -> list[list[int]]:
    """Consecutive years grouped (a line is drawn within a group only)."""
    runs: list[list[int]] = []
    for y in sorted(years):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return runs


def _label(v: float, panel: dict) -> str:
    """A point's label: the panel's ``fmt``, else one decimal (none from 10 000 on).

    >>> _label(4107.08, {}), _label(215500.0, {})
    ('4107.1', '215500')
    """
    if "fmt" in panel:
        return panel["fmt"].format(v)
    return f"{v:.0f}" if abs(v) >= 10000 else f"{v:.1f}"


#: Words of the level chart's legend (``level_series(labels=...)``), English by default.
LEVEL_LEGEND = {"printed": "printed level", "first_release": "first release (later revised)",
                "derived": "derived from a printed change", "assumed": "at an assumed year",
                "trend": "least-squares trend", "band": "95 % interval of the trend"}


def level_series(panels: list[dict], ylabel_fmt: str = "{unit}", fmt: str = "png",
                 labels: dict | None = None) -> bytes:
    """Levels over time, one small panel per indicator (each on its own
    scale). A panel is ``{"name", "unit", "points": [(year, value, kind)]}``
    with ``kind`` one of ``"printed"``, ``"derived"``, ``"assumed"``: printed
    points are filled, derived ones hollow, assumed ones hollow squares; every
    point is labelled above it. A missing year is a gap: the line joins
    consecutive years only, and every year of the range has its tick.

    Optional per panel: ``"first"``, ``[(year, value)]`` first releases a later
    document revised (hollow orange diamonds, each joined to its revision by a
    thin line); ``"trend"``, ``{"years", "fit", "low", "high"}`` a fitted trend
    (dashed) with its interval (a band). A legend below the panels names each
    kind of mark drawn, in ``labels`` (:data:`LEVEL_LEGEND`'s keys).

    >>> runs_of_years([2020, 2021, 2024, 2025, 2027])
    [[2020, 2021], [2024, 2025], [2027]]
    >>> png = level_series([{"name": "GDP", "unit": "CNY bn", "points": [(2020, 278.5, "derived"),
    ...                      (2021, 317.8, "printed"), (2024, 410.7, "printed")], "first": [(2021, 312.1)]}])
    >>> png[:4] == b"\\x89PNG"
    True
    >>> svg = level_series([{"name": "GDP", "unit": "CNY bn", "points": [(2019 + i, 100 + 5 * i, "printed")
    ...                      for i in range(5)], "trend": {"years": [2019, 2023], "fit": [100, 120],
    ...                      "low": [98, 117], "high": [102, 123]}}], fmt="svg")
    >>> b"least-squares trend" in svg and b"95 % interval" in svg
    True
    """
    setup()
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    words = {**LEVEL_LEGEND, **(labels or {})}
    n = len(panels)
    cols = 1 if n == 1 else 2 if n <= 4 else 3  # five panels or more: three a row, so the chart fits half a page
    rows = (n + cols - 1) // cols
    row_h = 2.5 if cols < 3 else 2.1
    fig, axes = plt.subplots(rows, cols, figsize=(6.4 if cols < 3 else 7.2, row_h * rows + 0.45), squeeze=False)
    small = 7 if cols == 3 else 8
    styles = {"printed": dict(marker="o", mfc=PALETTE[0]), "derived": dict(marker="o", mfc="white"),
              "assumed": dict(marker="s", mfc="white")}
    drawn: set[str] = set()
    for ax, panel in zip(axes.flat, panels):
        pts = panel["points"]
        xs, vs = [p[0] for p in pts], [p[1] for p in pts]
        by_year = dict(zip(xs, vs))
        trend = panel.get("trend")
        if trend:
            ax.fill_between(trend["years"], trend["low"], trend["high"], color=PALETTE[2], alpha=0.15, linewidth=0,
                            zorder=0)
            ax.plot(trend["years"], trend["fit"], color=PALETTE[2], linestyle="--", linewidth=1.2, zorder=1)
            drawn |= {"trend", "band"}
        for run in runs_of_years(xs):  # no line across a missing year
            ax.plot(run, [by_year[x] for x in run], color=PALETTE[0], linewidth=1.4, zorder=1)
        for x, v, kind in pts:
            ax.plot([x], [v], linestyle="none", markersize=6, mec=PALETTE[0], zorder=3, **styles[kind])
            drawn.add(kind)
            ax.annotate(_label(v, panel), (x, v), textcoords="offset points", xytext=(0, 7),
                        ha="center", fontsize=small)
        firsts = panel.get("first") or []
        for x, v in firsts:  # a little right of its year, so that the revision's point stays visible
            ax.plot([x, x + 0.22], [by_year.get(x, v), v], color=PALETTE[1], linewidth=0.8, zorder=2)
            ax.plot([x + 0.22], [v], linestyle="none", marker="D", markersize=6, mfc="white", mec=PALETTE[1],
                    mew=1.4, zorder=4)
            ax.annotate(_label(v, panel), (x + 0.22, v), textcoords="offset points",
                        xytext=(4, -12), ha="left", fontsize=7, color=PALETTE[1])
            drawn.add("first_release")
        if max(xs) - min(xs) <= 15:
            ticks = list(range(min(xs), max(xs) + 1))
            ax.set_xticks(ticks, [str(x) for x in ticks])
        else:  # a long span: a year every few (printed years close together would overprint)
            from matplotlib.ticker import MaxNLocator

            ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
            ticks = [0] * 5
        if len(ticks) > (8 if cols == 1 else 4 if cols == 2 else 3):  # year labels would touch: slant them
            ax.tick_params(axis="x", labelrotation=45, labelsize=7)
        every = vs + [v for _, v in firsts]
        lo, hi = min(every), max(every)
        if trend:
            lo, hi = min(lo, min(trend["low"])), max(hi, max(trend["high"]))
        # at least ±5 % of the level around the points: two close printings (0.553, 0.557) would otherwise
        # get ticks in thousandths, a precision no document printed
        pad = max((hi - lo) * 0.25, abs(hi) * 0.05) or 1
        ax.set_ylim(lo - pad, hi + pad)
        ax.set_title(panel["name"], fontsize=9 if cols < 3 else 8)
        ax.set_ylabel(ylabel_fmt.format(unit=panel["unit"]), fontsize=8)
        if cols == 3:
            ax.tick_params(axis="both", labelsize=7)
    spare = list(axes.flat)[n:]
    for ax in spare:
        ax.set_visible(False)
    handles = []
    marks = {"printed": Line2D([], [], color=PALETTE[0], marker="o", mfc=PALETTE[0], mec=PALETTE[0]),
             "first_release": Line2D([], [], linestyle="none", marker="D", mfc="white", mec=PALETTE[1], mew=1.4),
             "derived": Line2D([], [], linestyle="none", marker="o", mfc="white", mec=PALETTE[0]),
             "assumed": Line2D([], [], linestyle="none", marker="s", mfc="white", mec=PALETTE[0]),
             "trend": Line2D([], [], color=PALETTE[2], linestyle="--"),
             "band": Patch(facecolor=PALETTE[2], alpha=0.15)}
    for key in ("printed", "first_release", "derived", "assumed", "trend", "band"):
        if key in drawn:
            handles.append((marks[key], words[key]))
    if handles and spare:  # the legend in an empty panel's place
        fig.set_size_inches(fig.get_size_inches()[0], row_h * rows)
        fig.tight_layout()
        spare[-1].set_visible(True)
        spare[-1].axis("off")
        spare[-1].legend([h for h, _ in handles], [w for _, w in handles], loc="center", frameon=False,
                         fontsize=small)
    elif handles:
        fig.tight_layout(rect=(0, 0.45 / (row_h * rows + 0.45), 1, 1))
        fig.legend([h for h, _ in handles], [w for _, w in handles], loc="lower center", ncol=min(3, len(handles)),
                   frameon=False, fontsize=8)
    else:
        fig.tight_layout()
    return _output(fig, fmt)
