"""The papermill entry point for the ``warm`` engine, free of import cycles.

Papermill loads its engines' entry points while ``papermill`` itself is being
imported. :mod:`analysis.render.engine` imports papermill, so pointing the entry
point at it would be a cycle whenever that module is imported first. This
class has no papermill import at all and forwards papermill's three calls to
:class:`analysis.render.engine.WarmEngine`.

>>> WarmEngine.__name__
'WarmEngine'
"""

from __future__ import annotations


class WarmEngine:
    """Forwarder to :class:`analysis.render.engine.WarmEngine` (see there)."""

    @staticmethod
    def _impl():
        from analysis.render.engine import WarmEngine as impl

        return impl

    @classmethod
    def execute_notebook(cls, nb, kernel_name, **kwargs):
        return cls._impl().execute_notebook(nb, kernel_name, **kwargs)

    @classmethod
    def nb_kernel_name(cls, nb, name=None):
        return cls._impl().nb_kernel_name(nb, name)

    @classmethod
    def nb_language(cls, nb, language=None):
        return cls._impl().nb_language(nb, language)
