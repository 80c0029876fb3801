"""Times: time expressions with TIMEX3 values resolved against the publication date.

Reads the parsed Doc and the publication date; returns `Time` records (`find.py`): the grammar
(`grammar.py`) finds expressions, `timex.py`, `dates.py` and `calendars.py` resolve their values.
`timeline.py` orders the dated sentences. Makes the sheet's `times` and `timeline`.
"""
