"""The large-print leaflet: a `Handout` → Jinja2 HTML → WeasyPrint → a tagged PDF/UA-1 file.

Gives a `PdfRecord` (its page count) to the writers after it; `sandbox` keeps WeasyPrint
from reading anything outside the handouts folder and the fonts.
"""
