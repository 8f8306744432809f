"""``python -m analysis.render [options]``: the ``render`` subcommand on its own."""

import sys

from analysis.render.cli import main

sys.exit(main())
