"""Quotes: who said what, direct, indirect and mixed, each tied to its speaker.

Reads the parsed Doc and the sheet's entities; returns `Quote` records (`find.py`). Quotation
marks (`marks.py`) and reporting cues (`cues.py`, `speakers.py`, `frames.py`) are the evidence;
`sources.py` links speakers to entities, `nesting.py` settles reports inside reports. Makes the
sheet's `quotes`.
"""
