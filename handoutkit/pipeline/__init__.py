"""Building: handout paths → outputs on disk, only the ones whose inputs changed.

Takes the handout files, the clinic settings and the output kinds asked for; gives a
`BuildReport` (written, unchanged, failed, warnings). `builder` runs the writers N handouts
at a time, `stamps` keeps each output's digest and record (N from make: `handoutkit.jobs`),
`shard` splits a library across machines and `merge` puts the shards' builds together.
"""
