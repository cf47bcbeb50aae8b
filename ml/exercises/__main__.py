"""``python -m ml.exercises``: the practice command line, listing the ML exercises by default."""

import sys

from practice.cli import main

if __name__ == "__main__":
    sys.exit(main(section="ml", prog="python -m ml.exercises"))
