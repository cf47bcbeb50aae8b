"""Practice problems: start, check, hint and track progress with ``python -m dsa.practice``."""
