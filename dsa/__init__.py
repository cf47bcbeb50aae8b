"""Data structures and algorithms, written to be read, with practice problems (``dsa.practice``)."""
