"""Extract stages: pure functions over the one parsed Doc, returning sheet records.

Each stage takes the Doc (and earlier stages' results) and returns records with character
offsets into the clean text; `pipeline.py` is the only place that calls them in order.
"""
