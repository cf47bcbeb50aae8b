"""The real MNIST files: shapes, class counts and published first labels; and folder errors."""

import shutil

import numpy as np
import pytest

from ml.datasets.mnist import FILES, MNISTError, load_mnist, main

# Class counts of the official files, digits 0..9 (LeCun et al.; widely republished).
TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


def test_shapes_and_types(mnist):
    assert mnist.x_train.shape == (60000, 28, 28)
    assert mnist.y_train.shape == (60000,)
    assert mnist.x_test.shape == (10000, 28, 28)
    assert mnist.y_test.shape == (10000,)
    assert mnist.x_train.dtype == np.uint8 and mnist.y_train.dtype == np.uint8
    assert mnist.x_train.max() == 255 and mnist.x_train.min() == 0


def test_class_counts(mnist):
    assert np.bincount(mnist.y_train, minlength=10).tolist() == TRAIN_COUNTS
    assert np.bincount(mnist.y_test, minlength=10).tolist() == TEST_COUNTS


def test_first_labels(mnist):
    assert mnist.y_train[:5].tolist() == [5, 0, 4, 1, 9]
    assert mnist.y_test[:5].tolist() == [7, 2, 1, 0, 4]


def test_arrays_are_read_only(mnist):
    with pytest.raises(ValueError):
        mnist.x_train[0, 0, 0] = 1


@pytest.fixture
def copy_of_data(tmp_path, monkeypatch):
    from ml.datasets.mnist import locate

    for path in locate().values():
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.delenv("MNIST_DIR", raising=False)
    return tmp_path


def test_truncated_file_in_folder_is_named(copy_of_data):
    victim = copy_of_data / (FILES["test_labels"].name + ".gz")
    victim.write_bytes(victim.read_bytes()[:-100])
    with pytest.raises(MNISTError) as info:
        load_mnist(copy_of_data)
    assert str(victim) in str(info.value)
    assert "download it again" in str(info.value)


def test_swapped_file_is_caught_by_checksum(copy_of_data):
    # A valid IDX file under the wrong name: only the checksum can tell.
    images = copy_of_data / (FILES["test_images"].name + ".gz")
    labels = copy_of_data / (FILES["test_labels"].name + ".gz")
    labels.write_bytes((copy_of_data / (FILES["train_labels"].name + ".gz")).read_bytes())
    with pytest.raises(MNISTError, match="this is not t10k-labels-idx1-ubyte"):
        load_mnist(copy_of_data)
    assert images.exists()


def test_raw_uncompressed_files_are_accepted(copy_of_data):
    import gzip

    for spec in FILES.values():
        gz = copy_of_data / (spec.name + ".gz")
        (copy_of_data / spec.name).write_bytes(gzip.decompress(gz.read_bytes()))
        gz.unlink()
    data = load_mnist(copy_of_data)
    assert data.y_test[:3].tolist() == [7, 2, 1]


def test_missing_file_says_how_to_provide(tmp_path):
    with pytest.raises(MNISTError, match="MNIST_DIR"):
        load_mnist(tmp_path)


def test_env_folder_that_does_not_exist(tmp_path, monkeypatch):
    monkeypatch.setenv("MNIST_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(MNISTError, match=r"no such folder \(from \$MNIST_DIR\)"):
        load_mnist()


def test_no_network_and_no_folder_explains(tmp_path, monkeypatch):
    monkeypatch.delenv("MNIST_DIR", raising=False)
    # Port 9 on loopback: nothing listens, so the connection is refused at once.
    with pytest.raises(MNISTError) as info:
        load_mnist(cache_dir=tmp_path, mirrors=["http://127.0.0.1:9/"], progress=False)
    message = str(info.value)
    assert "every mirror failed" in message and "MNIST_DIR" in message
    assert list(tmp_path.iterdir()) == []


def test_command_line_checks_a_folder(capsys):
    assert main([]) == 0
    assert "ok" in capsys.readouterr().out


def test_command_line_error_is_one_line(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
