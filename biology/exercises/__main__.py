"""``python -m biology.exercises``: the practice command line, listing the essay exercises."""

import sys

from practice.cli import main

if __name__ == "__main__":
    sys.exit(main(section="biology", prog="python -m biology.exercises"))
