"""The IDX file format, in which MNIST is published.

An IDX file is a header followed by one array in row-major order, every number big-endian::

    bytes 0-1   0x00 0x00           (the magic number starts with two zero bytes)
    byte  2     type code           0x08 uint8, 0x09 int8, 0x0B int16, 0x0C int32,
                                    0x0D float32, 0x0E float64
    byte  3     number of dimensions, d
    4 bytes × d each dimension's size, as a big-endian uint32
    then        the data: prod(sizes) items of the type

So MNIST's training images are ``00 00 08 03`` (uint8, three dimensions), then 60000, 28, 28,
then 47,040,000 bytes. A file is valid only if its length is exactly header plus data: that one
check catches truncated downloads and files with trailing rubbish alike. Files may be gzipped;
the reader looks at the content (gzip starts with ``1f 8b``), not at the name.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "tiny-idx1-ubyte"
>>> write_idx(path, np.array([3, 1, 4], dtype=np.uint8))
>>> read_idx(path)
array([3, 1, 4], dtype=uint8)
"""

from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path

import numpy as np

TYPE_CODES: dict[int, np.dtype] = {
    0x08: np.dtype(">u1"),
    0x09: np.dtype(">i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
__all__ = ["IDXError", "decompress", "encode_idx", "parse_idx", "read_idx", "write_idx"]

GZIP_MAGIC = b"\x1f\x8b"


class IDXError(ValueError):
    """A file is not a valid IDX file; the message names the file, the fault and the remedy."""


def decompress(raw: bytes, name: str = "<bytes>") -> bytes:
    """Return ``raw`` un-gzipped if it is gzip data, unchanged otherwise.

    >>> decompress(gzip.compress(b"abc"))
    b'abc'
    >>> decompress(b"abc")
    b'abc'
    """
    if not raw.startswith(GZIP_MAGIC):
        return raw
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as err:
        raise IDXError(
            f"{name}: the gzip data is damaged ({err}); the file is probably truncated or "
            "corrupt. Delete it and download it again."
        ) from err


def parse_idx(data: bytes, name: str = "<bytes>") -> np.ndarray:
    """Parse the bytes of an (uncompressed) IDX file into a native-endian array.

    >>> parse_idx(bytes([0, 0, 8, 1, 0, 0, 0, 2, 7, 9]))
    array([7, 9], dtype=uint8)
    >>> parse_idx(bytes([0, 0, 8, 1, 0, 0, 0, 3, 7, 9]))
    Traceback (most recent call last):
    ...
    ml.datasets.idx.IDXError: <bytes>: truncated: the header promises 3 items (11 bytes in all) ...
    """
    if len(data) < 4:
        raise IDXError(f"{name}: only {len(data)} bytes, too short for an IDX header (4+ bytes).")
    if data[0] != 0 or data[1] != 0:
        raise IDXError(
            f"{name}: not an IDX file: it should start with two zero bytes, but starts with "
            f"{data[:2].hex(' ')}. Check that this is the right file."
        )
    code, ndim = data[2], data[3]
    if code not in TYPE_CODES:
        known = ", ".join(f"0x{c:02X}" for c in TYPE_CODES)
        raise IDXError(f"{name}: unknown IDX type code 0x{code:02X} (known: {known}).")
    if ndim == 0:
        raise IDXError(f"{name}: the header declares zero dimensions; IDX needs one or more.")
    header_size = 4 + 4 * ndim
    if len(data) < header_size:
        raise IDXError(f"{name}: truncated inside the header ({len(data)} of {header_size} bytes).")
    shape = tuple(int(s) for s in np.frombuffer(data, dtype=">u4", count=ndim, offset=4))
    dtype = TYPE_CODES[code]
    count = int(np.prod(shape, dtype=np.int64))
    expected = header_size + count * dtype.itemsize
    if len(data) != expected:
        fault = "truncated" if len(data) < expected else "too long"
        raise IDXError(
            f"{name}: {fault}: the header promises {count} items ({expected} bytes in all) but the "
            f"file has {len(data)} bytes. Delete it and download it again."
        )
    array = np.frombuffer(data, dtype=dtype, count=count, offset=header_size).reshape(shape)
    return array.astype(dtype.newbyteorder("="))


def read_idx(path: str | os.PathLike[str]) -> np.ndarray:
    """Read an IDX file, gzipped or raw, and validate it. O(file size).

    >>> read_idx("no/such/file")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no/such/file: no such IDX file
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such IDX file") from None
    return parse_idx(decompress(raw, str(path)), str(path))


def encode_idx(array: np.ndarray) -> bytes:
    """The IDX bytes of ``array`` (the inverse of :func:`parse_idx`).

    >>> encode_idx(np.array([1, 2], dtype=np.uint8))
    b'\\x00\\x00\\x08\\x01\\x00\\x00\\x00\\x02\\x01\\x02'
    """
    array = np.asarray(array)
    matches = [code for code, dtype in TYPE_CODES.items()
               if array.dtype.kind == dtype.kind and array.dtype.itemsize == dtype.itemsize]
    if not matches:
        raise TypeError(f"IDX cannot store dtype {array.dtype}; use uint8, int8, int16, int32, "
                        "float32 or float64")
    if array.ndim == 0:
        raise ValueError("IDX stores arrays of one or more dimensions, not a scalar")
    code = matches[0]
    dtype = TYPE_CODES[code]
    header = bytes([0, 0, code, array.ndim]) + np.asarray(array.shape, dtype=">u4").tobytes()
    return header + array.astype(dtype).tobytes()


def write_idx(path: str | os.PathLike[str], array: np.ndarray, compress: bool = False) -> None:
    """Write ``array`` as an IDX file (gzipped when ``compress``), atomically.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.gz"
    >>> write_idx(p, np.zeros((2, 3), dtype=np.float32), compress=True)
    >>> read_idx(p).shape
    (2, 3)
    """
    path = Path(path)
    data = encode_idx(array)
    if compress:
        data = gzip.compress(data, mtime=0)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:  # a full disk or an interrupt must not leave the partial file behind
        tmp.unlink(missing_ok=True)
        raise
