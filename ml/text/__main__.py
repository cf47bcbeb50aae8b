"""``python -m ml.text``: see :mod:`ml.text.cli`."""

from ml.text.cli import main

raise SystemExit(main())
