"""Data sets: the real ones, read from their published files and verified."""
