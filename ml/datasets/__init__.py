"""Data sets: the real ones, read from their published files and verified."""

from ml.datasets.download import DownloadDeadline, describe, fetch
from ml.datasets.idx import IDXError, decompress, encode_idx, parse_idx, read_idx, write_idx
from ml.datasets.mnist import MNIST, FileSpec, MNISTError, load_mnist, locate, mirror_list
from ml.datasets.tinyshakespeare import (
    TinyShakespeare,
    TinyShakespeareError,
    load_tinyshakespeare,
    split_point,
)

__all__ = ["MNIST", "DownloadDeadline", "FileSpec", "IDXError", "MNISTError", "TinyShakespeare",
           "TinyShakespeareError", "decompress", "describe", "encode_idx", "fetch", "load_mnist",
           "load_tinyshakespeare", "locate", "mirror_list", "parse_idx", "read_idx", "split_point",
           "write_idx"]
