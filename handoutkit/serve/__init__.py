"""Live preview for writers: one warm process rebuilds on save and serves build/ to a browser."""
