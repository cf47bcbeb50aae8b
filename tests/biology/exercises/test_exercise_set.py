"""Every essay exercise, checked by the real engine as the DSA problems are: meta valid, the
reference passes, every buggy variant is rejected, the untouched starter is "not attempted";
and the set is complete. The checks are shared by every exercise set (``tests/set_contract.py``).
"""

from tests.set_contract import (  # noqa: F401  (collected here, run over this section)
    test_buggy_variant_is_rejected,
    test_meta_is_valid,
    test_reference_passes,
    test_the_set_is_complete,
    test_untouched_starter_is_not_attempted,
)

SECTION = "biology"
MINIMUM = 8
STRICT = ()  # chapters whose exercises need two buggy variants
