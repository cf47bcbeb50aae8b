"""The IDX reader on tiny files written here: round trips, and every kind of damage."""

import gzip

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ml.datasets.idx import IDXError, encode_idx, parse_idx, read_idx, write_idx

DTYPES = [np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64]


@given(
    array=st.sampled_from(DTYPES).flatmap(
        lambda dt: hnp.arrays(dt, hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=5))
    ),
    compress=st.booleans(),
)
def test_round_trip_any_dtype_and_shape(tmp_path_factory, array, compress):
    path = tmp_path_factory.mktemp("idx") / "a.idx"
    write_idx(path, array, compress=compress)
    back = read_idx(path)
    assert back.dtype == array.dtype.newbyteorder("=")
    np.testing.assert_array_equal(back, array)


def test_header_is_big_endian_as_published():
    # The first bytes of MNIST's label file: magic 0x00000801, then 60000 = 0x0000EA60.
    data = encode_idx(np.zeros(60000, dtype=np.uint8))
    assert data[:8] == bytes.fromhex("00000801 0000ea60")


def test_gzip_is_detected_by_content_not_name(tmp_path):
    path = tmp_path / "labels-without-gz-suffix"
    path.write_bytes(gzip.compress(encode_idx(np.arange(5, dtype=np.uint8))))
    np.testing.assert_array_equal(read_idx(path), np.arange(5))


@pytest.mark.parametrize("cut", [1, 3, 7, 10])
def test_truncated_file_names_file_and_remedy(tmp_path, cut):
    data = encode_idx(np.arange(6, dtype=np.uint8).reshape(2, 3))
    path = tmp_path / "short-idx"
    path.write_bytes(data[:-cut])
    with pytest.raises(IDXError) as info:
        read_idx(path)
    message = str(info.value)
    assert str(path) in message
    assert "truncated" in message or "too short" in message


def test_trailing_bytes_are_refused(tmp_path):
    path = tmp_path / "long-idx"
    path.write_bytes(encode_idx(np.arange(4, dtype=np.uint8)) + b"\x00")
    with pytest.raises(IDXError, match="too long"):
        read_idx(path)


def test_bad_magic_and_unknown_type():
    with pytest.raises(IDXError, match="two zero bytes"):
        parse_idx(b"\x01\x00\x08\x01\x00\x00\x00\x00")
    with pytest.raises(IDXError, match="unknown IDX type code 0x07"):
        parse_idx(b"\x00\x00\x07\x01\x00\x00\x00\x00")
    with pytest.raises(IDXError, match="zero dimensions"):
        parse_idx(b"\x00\x00\x08\x00")


def test_corrupt_gzip_is_reported(tmp_path):
    blob = bytearray(gzip.compress(encode_idx(np.arange(100, dtype=np.uint8))))
    blob[len(blob) // 2] ^= 0xFF
    path = tmp_path / "bad.gz"
    path.write_bytes(bytes(blob))
    with pytest.raises(IDXError, match="damaged"):
        read_idx(path)


def test_write_refuses_unsupported_dtype(tmp_path):
    with pytest.raises(TypeError, match="cannot store dtype"):
        write_idx(tmp_path / "x", np.zeros(3, dtype=np.complex64))
