"""``python -m dsa.practice``: see :mod:`dsa.practice.cli`."""

import sys

from dsa.practice.cli import main

if __name__ == "__main__":
    sys.exit(main())
