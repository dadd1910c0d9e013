"""Live preview for writers: takes the handouts folder and its settings, watched; gives
build/ rebuilt on each save (one warm Builder: the leaflet and the page first, the page
saying the recording is being updated until it follows) and served on loopback, the open
page reloading itself, a content error shown on the page instead of stale output."""
