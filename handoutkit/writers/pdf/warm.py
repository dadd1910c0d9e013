"""Imported by the leaflets' fork server (`handoutkit.forkserver.PRELOAD`): imports what lays
out a leaflet (`render.load_engine`) and the workers' own code (`pool`, with
`concurrent.futures.process`, which each worker imported after its fork), and lays out one
line, so that fontconfig, Pango and HarfBuzz are set up once there, and every worker forked
from it starts its first leaflet with them ready (a tenth of a second each, otherwise).
Laying out leaves the server with a single thread, so forking it stays safe. Then what the
server holds is frozen out of the garbage collector's sight, as Python advises before
forking: a worker's collections never walk it, so they copy fewer of the server's pages (a
sixth fewer page faults per worker)."""

from __future__ import annotations

import gc

import handoutkit.writers.pdf.pool  # noqa: F401  (the workers' code)
from handoutkit.writers.pdf.render import load_engine

load_engine()

from weasyprint import HTML  # noqa: E402  (imported by load_engine)

HTML(string="<p>Leaflet</p>").write_pdf()
gc.freeze()
