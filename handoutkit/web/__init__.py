"""The web outputs: labels, the recording as a page shows it, and the catalogue page."""
