"""``mpirun -n N python -m ml.distributed train …`` (see :mod:`ml.distributed.cli`)."""

import sys

from ml.distributed.cli import main

if __name__ == "__main__":  # guarded so that importing (e.g. doctest collection) runs nothing
    sys.exit(main())
