"""The DSA problem set's tests: the set-level marker."""

from __future__ import annotations

import pytest

SET_LEVEL = "set_level"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{SET_LEVEL}: a check on the whole problem set (size, coverage of patterns, required ids) "
        "that passes only once every engineer's problems have landed",
    )
