"""The audit: `build/audit.html` and `build/audit.json`, where every handout stands (approval,
review, translation, outputs, reading grade, warnings, a PEMAT-P pre-score, its last change)."""
