"""The reading: a `Handout` → the speech script (`handoutkit.speech`) → a tagged MP3 and a
WebVTT transcript; gives an `AudioRecord` (length, chapters, timed sentences)."""
