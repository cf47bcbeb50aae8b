"""Malformed model files: every one is refused with ``ModelFileError``, before anything large is
allocated, and never with advice to unpickle."""

import tracemalloc
import zipfile

import numpy as np
import pytest

from ml.nn.io import ModelFileError, load_model, save_model
from ml.nn.mlp import MLP


@pytest.fixture(scope="module")
def arrays(tmp_path_factory):
    rng = np.random.default_rng(0)
    X, y = rng.random((60, 6)).astype(np.float32), rng.integers(0, 3, 60)
    model = MLP(hidden=(40,), n_classes=3, epochs=1, random_state=0).fit(X, y)
    path = save_model(model, tmp_path_factory.mktemp("io") / "m.npz")
    with np.load(path, allow_pickle=False) as f:
        return {k: f[k] for k in f.files}


def _compressed(tmp_path, arrays, **changes):
    path = tmp_path / "m.npz"
    np.savez_compressed(path, **{**arrays, **changes})
    return path


def _member_data(path, name):
    """Offset and length of one member's compressed bytes inside the zip file."""
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(name)
    with open(path, "rb") as f:
        f.seek(info.header_offset + 26)
        name_len, extra_len = np.frombuffer(f.read(4), dtype="<u2")
    return info.header_offset + 30 + int(name_len) + int(extra_len), info.compress_size


def test_a_damaged_deflate_stream_is_a_model_file_error(tmp_path, arrays):
    path = _compressed(tmp_path, arrays)
    start, _ = _member_data(path, "W0.npy")
    raw = bytearray(path.read_bytes())
    raw[start] = 0xFF  # deflate block type 3 does not exist: zlib fails, not zipfile
    path.write_bytes(raw)
    with pytest.raises(ModelFileError, match="damaged archive"):
        load_model(path)


def test_random_damage_never_escapes_as_another_exception(tmp_path, arrays):
    clean = _compressed(tmp_path, arrays).read_bytes()
    rng = np.random.default_rng(13)
    damaged = tmp_path / "damaged.npz"
    outcomes = set()
    for _ in range(150):
        raw = bytearray(clean)
        if rng.random() < 0.2:  # a truncated download
            raw = raw[: int(rng.integers(1, len(raw)))]
        else:
            pos = int(rng.integers(0, len(raw) - 4))
            raw[pos : pos + 4] = rng.integers(0, 256, 4, dtype=np.uint8).tobytes()
        damaged.write_bytes(raw)
        try:
            load_model(damaged)
            outcomes.add("loaded")  # a flipped byte in, say, a file comment changes nothing
        except ModelFileError:
            outcomes.add("refused")
    assert "refused" in outcomes


def test_sizes_must_be_integers(tmp_path, arrays):
    for sizes in (np.array(["6", "40", "3"]), np.array([6.0, 40.0, 3.0]), np.array([True] * 3)):
        with pytest.raises(ModelFileError, match="positive integer widths"):
            load_model(_compressed(tmp_path, arrays, sizes=sizes))


def test_huge_declared_sizes_are_refused_before_allocating(tmp_path, arrays):
    # a small file declaring a 784-20000-3 network (63 MB of weights, more while building)
    path = _compressed(tmp_path, arrays, sizes=np.array([6, 20000, 3]))
    tracemalloc.start()
    try:
        with pytest.raises(ModelFileError, match=r"should have W of shape \(6, 20000\)"):
            load_model(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000, peak


def test_a_header_that_lies_about_its_length_is_refused(tmp_path, arrays):
    path = tmp_path / "lie.npz"
    np.savez(path, **arrays)
    raw = path.read_bytes()
    # the .npy header of W0 says (6, 40); make it claim (6, 4000) without adding the data
    claim = b"'shape': (6, 40)"
    assert raw.count(claim) == 1
    path.write_bytes(raw.replace(claim, b"'shape': (6,4000)"))  # same length, zip still valid
    with pytest.raises(ModelFileError):
        load_model(path)


@pytest.mark.parametrize("content", [b"just some text\n", b"\x80\x04K\x01.", b""])
def test_a_non_archive_gets_no_pickle_advice(tmp_path, content):
    path = tmp_path / "notes.npz"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match=r"not an \.npz") as info:
        load_model(path)
    assert "pickle" not in str(info.value)


def test_object_arrays_are_refused_without_unpickling(tmp_path, arrays):
    path = tmp_path / "m.npz"
    np.savez(path, **{**arrays, "sizes": np.array([6, 40, 3], dtype=object)})
    with pytest.raises(ModelFileError, match="holds Python objects") as info:
        load_model(path)
    assert "allow_pickle" not in str(info.value)


@pytest.mark.parametrize("changes", [
    {"settings": np.array("[1, 2]")},
    {"settings": np.array('{"seed": 1e999}')},
    {"settings": np.array('{"random_state": 2.5}')},
    {"format_version": np.array("1")},
    {"test_accuracy": np.array("high")},
    {"settings": np.full(300_000, "x")},
])
def test_odd_metadata_is_a_model_file_error(tmp_path, arrays, changes):
    with pytest.raises(ModelFileError):
        load_model(_compressed(tmp_path, arrays, **changes))
