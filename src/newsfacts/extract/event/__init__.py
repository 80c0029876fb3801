"""The main event: who did what, when, where, why and how.

Reads the parsed Doc with the sheet's entities, times and the headline's parts; returns one
`Event` (`find.py`) chosen among candidates from phrases (`phrases.py`), adverbials
(`adverbials.py`), the action itself (`action.py`) and the scene (`scene.py`). Makes the sheet's
`event`.
"""
