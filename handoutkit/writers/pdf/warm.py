"""Imported by the leaflets' fork server (`handoutkit.forkserver.PRELOAD`): lays out one line,
so that fontconfig, Pango and HarfBuzz are set up once there, and every worker forked from it
starts its first leaflet with them ready (a tenth of a second each, otherwise). Laying out
leaves the server with a single thread, so forking it stays safe."""

from __future__ import annotations

from weasyprint import HTML

HTML(string="<p>Leaflet</p>").write_pdf()
