import matplotlib.image
import numpy as np
import pytest

from ml.mnist.preprocess import load_image, mnist_style, resize_area, to_grayscale


def _as_photo(digit: np.ndarray, scale: int = 4, margin: int = 30) -> np.ndarray:
    """An MNIST digit drawn like a scan: black ink on white paper, bigger, off-centre, in RGB."""
    big = np.kron(digit.astype(np.float64) / 255, np.ones((scale, scale)))
    paper = np.zeros((big.shape[0] + 2 * margin, big.shape[1] + 3 * margin))
    paper[margin : margin + big.shape[0], 2 * margin : 2 * margin + big.shape[1]] = big
    gray = 1.0 - paper
    return np.stack([gray, gray * 0.98, gray], axis=-1)


def test_a_rescaled_mnist_digit_comes_back_close_to_the_original(mnist):
    """MNIST was made by this very recipe, so undoing a scan-like rendering must restore it,
    up to the rounding of the centre of mass (at most one pixel)."""
    exact = []
    for i in range(20):
        original = mnist.x_test[i].astype(np.float64) / 255
        restored = mnist_style(to_grayscale(_as_photo(mnist.x_test[i]))).astype(np.float64) / 255
        best = max(np.corrcoef(original.ravel(), np.roll(restored, (dr, dc), (0, 1)).ravel())[0, 1]
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1))
        assert best > 0.95, f"test image {i}: correlation {best:.3f}"
        exact.append(np.corrcoef(original.ravel(), restored.ravel())[0, 1])
    assert np.median(exact) > 0.95


def test_box_is_20_pixels_and_centre_of_mass_is_central():
    canvas = np.ones((90, 50))
    canvas[5:80, 10:30] = 0.0  # a dark 75x20 block, off-centre
    digit = mnist_style(canvas).astype(np.float64)
    rows, cols = np.nonzero(digit)
    assert rows.max() - rows.min() + 1 == 20
    assert cols.max() - cols.min() + 1 == round(20 * 20 / 75)
    r, c = np.indices(digit.shape)
    com = (np.sum(r * digit) / digit.sum(), np.sum(c * digit) / digit.sum())
    assert abs(com[0] - 14) <= 0.5 and abs(com[1] - 14) <= 0.5


def test_dark_background_is_not_inverted_and_light_one_is():
    dark = np.zeros((30, 30))
    dark[10:20, 12:16] = 1.0
    light = 1.0 - dark
    np.testing.assert_array_equal(mnist_style(dark), mnist_style(light))
    assert mnist_style(dark)[0, 0] == 0


def test_grayscale_conversions():
    rgb = np.zeros((1, 2, 3), dtype=np.uint8)
    rgb[0, 1] = [0, 255, 0]
    np.testing.assert_allclose(to_grayscale(rgb), [[0.0, 0.587]])
    rgba = np.array([[[0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.25]]])
    np.testing.assert_allclose(to_grayscale(rgba), [[0.0, 0.75]])
    with pytest.raises(ValueError, match="shape"):
        to_grayscale(np.zeros((2, 2, 5)))


def test_resize_area_keeps_the_mean_brightness():
    img = np.random.default_rng(0).random((37, 23))
    for shape in [(20, 13), (5, 3), (60, 41), (37, 23)]:
        out = resize_area(img, *shape)
        assert out.shape == shape
        assert out.mean() == pytest.approx(img.mean(), rel=1e-9)
    np.testing.assert_allclose(resize_area(img, 37, 23), img)


def test_blank_and_bad_images_are_refused(tmp_path):
    with pytest.raises(ValueError, match="blank"):
        mnist_style(np.ones((10, 10)))
    with pytest.raises(ValueError, match="2-D"):
        mnist_style(np.ones(10))
    bad = tmp_path / "not-an-image.png"
    bad.write_text("hello")
    with pytest.raises(ValueError, match="cannot read"):
        load_image(bad)
    with pytest.raises(FileNotFoundError):
        load_image(tmp_path / "missing.png")


def test_load_image_reads_a_png_the_test_wrote(tmp_path, mnist):
    path = tmp_path / "digit.png"
    matplotlib.image.imsave(path, _as_photo(mnist.x_test[0]))  # RGBA PNG
    gray = load_image(path)
    assert gray.ndim == 2 and 0.0 <= gray.min() and gray.max() <= 1.0
    assert mnist_style(gray).shape == (28, 28)
