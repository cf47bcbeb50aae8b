"""Shared test configuration: hypothesis profiles and the MNIST fixture."""

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

# "ci" is the default so a red run always means a real, repeatable failure.
settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=60,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=300, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
