"""Scanning machinery with no language knowledge: many regexes over one text in one pass (`multiscan`),
and what a regex's matches can begin with (`prefixes`). Everything above (lexicons, extraction, linking)
may use it; it imports nothing from the rest of `validator`."""
