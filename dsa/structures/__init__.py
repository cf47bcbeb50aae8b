"""Fundamental data structures, one module each."""
