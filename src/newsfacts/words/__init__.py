"""Word lists and name keys that several layers read: the extract stages and the corpus store.

`lexicon.py`     word lists several stages share (titles, speech verbs, pronouns, ...)
`names.py`       the keys that say two written names are the same name
`given_names.py` given names and the gender they tell
`number_words.py` number words ("twenty-one", "a quarter") as data

Plain data and functions over strings: nothing here imports the rest of newsfacts or spaCy, so
the store can share the stages' name keys without reaching into a stage.
"""
