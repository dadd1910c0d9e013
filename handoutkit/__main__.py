"""Entry point for ``python -m handoutkit``."""

from handoutkit.cli import main

raise SystemExit(main())
