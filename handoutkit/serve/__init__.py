"""Live preview for writers: takes the handouts folder and its settings, watched; gives
build/ rebuilt on each save (one warm Builder) and served on loopback, the open page
reloading itself, a content error shown on the page instead of stale output."""
