"""handoutkit: one Markdown handout → large-print PDF, MP3 reading and web page."""

__version__ = "0.1.0"
