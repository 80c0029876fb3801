"""Quantities: numbers with their units, normalised with pint.

Reads the parsed Doc and the sheet's times (a year is no quantity); returns `Quantity` records
(`find.py`), scanning numbers with what stands around them (`scan.py`) and naming units with pint
(`units.py`). Makes the sheet's `quantities`.
"""
