"""``python -m dsa.practice``: the practice command line, listing the DSA problems by default."""

import sys

from practice.cli import main

if __name__ == "__main__":
    sys.exit(main(section="dsa", prog="python -m dsa.practice"))
