"""Reading: a handout's Markdown file → a checked `Handout` model (or every problem in it).

Takes a path inside the handouts folder; gives `load_handout(path, handouts_dir) → Handout`,
raising `ContentError` with each `file:line` problem. `source` checks the bytes, `frontmatter`
and `yamldoc` the YAML head, `loader` the Markdown blocks, `inlines` the text inside them,
`limits` the sizes; `lint` gives the warnings (reading grade, long sentences) on a model.
"""
