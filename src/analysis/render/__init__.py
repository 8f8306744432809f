"""Rendering: briefings as executed notebooks, HTML and PDF.

Usage (renders into ``build/``; see :func:`render_briefings`)::

    from analysis.render import render_briefings
    report = render_briefings(["hohhot"], langs="zh", formats="html,pdf")
    print(report.summary())
    assert report.ok

``analysis render`` (:mod:`analysis.render.cli`) is the command-line face of
:func:`render_briefings`. This module imports its parts lazily, so that the
``analysis`` command starts fast when it is not rendering.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "BriefingResult",
    "RenderError",
    "RenderReport",
    "SystemRequirementError",
    "render_briefings",
]

_LAZY = {
    "render_briefings": "analysis.render.pipeline",
    "RenderReport": "analysis.render.pipeline",
    "BriefingResult": "analysis.render.pipeline",
    "RenderError": "analysis.render.system",
    "SystemRequirementError": "analysis.render.system",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis.render' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
