"""Audio building blocks: text-to-speech, loudness, MP3, tags, cache and captions."""
