"""``python -m practice``: every section's set; see :mod:`practice.cli`."""

import sys

from practice.cli import main

if __name__ == "__main__":
    sys.exit(main())
