"""Pure Python: records, fuzzy dates, vocabularies, validation and timeline arrays.

Nothing here imports Qt or sqlite; tests/test_layers.py keeps it that way.
"""
