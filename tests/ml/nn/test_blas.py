import numpy as np

from ml.nn.blas import blas_threads, get_blas_threads, set_blas_threads


def test_blas_threads_are_set_and_restored():
    before = get_blas_threads()
    assert before is not None, "numpy's OpenBLAS was not found in this process"
    with blas_threads(1):
        assert get_blas_threads() == 1
        a = np.ones((64, 64), dtype=np.float32)
        assert float((a @ a)[0, 0]) == 64.0  # products still work
    assert get_blas_threads() == before
    with blas_threads(None):
        assert get_blas_threads() == before
    assert set_blas_threads(before)
