"""Entities: who and what the article names, merged within the article.

Reads the parsed Doc; returns `EntityRecord`s (`find.py`) that later steps enrich: pronouns
resolved (`coref.py`), roles and descriptors (`roles.py`), unnamed actors such as "the soldier"
(`actors.py`) and acronyms (`acronyms.py`). Makes the sheet's `entities` and `acronyms`.
"""
