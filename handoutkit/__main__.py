"""Entry point for ``python -m handoutkit``."""

import gc
import os
import sys

from handoutkit.forkserver import start_for

start_for(sys.argv[1:], os.environ)  # WeasyPrint loads in the leaflets' fork server meanwhile:
from handoutkit.cli import main  # noqa: E402  (half a second of imports)

status = main()
# What the build loaded is freed at exit without a last collection over every object (a
# tenth of a second of each build; files are closed, and exit handlers run, as before).
gc.freeze()
raise SystemExit(status)
