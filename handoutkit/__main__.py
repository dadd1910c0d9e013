"""Entry point for ``python -m handoutkit``."""

import os
import sys

from handoutkit.forkserver import start_for

start_for(sys.argv[1:], os.environ)  # WeasyPrint loads in the leaflets' fork server meanwhile:
from handoutkit.cli import main  # noqa: E402  (half a second of imports)

raise SystemExit(main())
