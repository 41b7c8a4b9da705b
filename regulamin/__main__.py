"""``python -m regulamin``: the same command line as ``regulamin``."""

from .cli import main

raise SystemExit(main())
