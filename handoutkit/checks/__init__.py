"""Checks: warnings about a loaded handout that need to know what the voices, the braille
tables and the clinic's settings can do (reading grade, long sentences, terms no voice can
say, a language with no voice or table). They sit above the writers and the speech package,
so `reader/` stays below both."""
