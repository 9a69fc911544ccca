"""``python -m bench <name> [options]``: see ``python -m bench --help``."""

from bench.cli import main

raise SystemExit(main())
