"""Speech: a `Handout` → the spoken script (`script`, worded by `normalize`) → voiced
segments (`engines`, `kokoro`, `pool`, `cache`, `pace`) → one reading (`assemble`) → MP3,
ID3 chapters and WebVTT (`loudness`, `encode`, `tags`, `vtt`); driven by writers/audio."""
