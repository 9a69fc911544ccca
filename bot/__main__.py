"""``python -m bot <mode>``: see ``python -m bot --help``."""

from bot.cli import main

raise SystemExit(main())
