"""Entry point for ``python -m ml.mnist``; see ``ml.mnist.cli``."""

import sys

from ml.mnist.cli import main

if __name__ == "__main__":  # guarded so that importing (e.g. doctest collection) runs nothing
    sys.exit(main())
