"""Where things are: the project root, the data and the source documents.

Paths derive from this file's location; two environment variables override them
for tests and for users who keep data elsewhere:

- ``ANALYSIS_DATA_DIR``: the folder holding ``datapackage.json`` and the CSVs;
- ``ANALYSIS_SEEDS_DIR``: the folder holding the source documents
  (default ``../shared/seeds`` beside the project).

>>> (data_dir() / "datapackage.json").name
'datapackage.json'
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The folder with ``datapackage.json`` and the CSV files."""
    return Path(os.environ.get("ANALYSIS_DATA_DIR", PROJECT_ROOT / "data"))


def seeds_dir() -> Path:
    """The folder with the source documents named in ``data/sources.csv``."""
    default = PROJECT_ROOT.parent / "shared" / "seeds"
    return Path(os.environ.get("ANALYSIS_SEEDS_DIR", default))


def build_dir() -> Path:
    """Default output folder for rendered briefings (git-ignored)."""
    return PROJECT_ROOT / "build"
