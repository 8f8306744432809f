"""The package's version, in a module of its own: the ledger cache keys on it
without importing the package (``analysis/__init__`` imports the ledger)."""

__version__ = "0.1.0"
