"""tinyshakespeare, read once per session from ``$TINYSHAKESPEARE_DIR`` (or the cache)."""

import pytest

from ml.datasets.tinyshakespeare import load_tinyshakespeare


@pytest.fixture(scope="session")
def shakespeare():
    return load_tinyshakespeare(progress=False)
