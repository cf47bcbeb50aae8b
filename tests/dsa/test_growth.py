"""The claims printed under the growth figures, checked on the same counts that draw them."""

import itertools
import math

import pytest

from dsa.growth import (
    CAPTIONS,
    append_copies,
    binary_search_reads,
    heap_push_comparisons,
    main,
    sort_comparisons,
    tree_heights,
)


def slope(sizes, counts):
    """Log-log slope between the last two points."""
    return math.log(counts[-1] / counts[-2]) / math.log(sizes[-1] / sizes[-2])


@pytest.mark.parametrize("name", ["insertion_sort", "selection_sort", "bubble_sort"])
def test_quadratic_sorts_have_slope_two(name):
    sizes, counts = sort_comparisons(name, [256, 512])
    assert 1.9 < slope(sizes, counts) < 2.1


@pytest.mark.parametrize("name", ["merge_sort", "quick_sort", "heap_sort"])
def test_n_log_n_sorts_have_slope_just_over_one(name):
    sizes, counts = sort_comparisons(name, [1024, 2048])
    assert 1.0 < slope(sizes, counts) < 1.25
    assert counts[-1] < 3 * 2048 * math.log2(2048)


def test_binary_search_adds_one_read_per_doubling():
    sizes = [2**k for k in range(1, 16)]
    _, binary, linear = binary_search_reads(sizes)
    assert linear == sizes
    assert all(b <= math.ceil(math.log2(n + 1)) for n, b in zip(sizes, binary, strict=True))
    assert [b2 - b1 for b1, b2 in itertools.pairwise(binary)] == [1] * 14


def test_heap_push_averages_stay_near_two():
    _, per_push = heap_push_comparisons([2**k for k in range(6, 13)])
    assert all(1.0 < c < 3.0 for c in per_push)


def test_avl_within_bound_and_plain_tree_is_a_path():
    sizes, plain, balanced = tree_heights([2**k for k in range(1, 10)])
    assert plain == sizes
    assert all(h <= 1.4405 * math.log2(n + 2) for n, h in zip(sizes, balanced, strict=True))


def test_doubling_array_copies_stay_under_two_per_append():
    lengths, capacities, copies = append_copies(5000)
    assert all(c < 2 * n for n, c in zip(lengths, copies, strict=True))
    assert all(cap >= n for n, cap in zip(lengths, capacities, strict=True))


def test_unknown_sort_is_named():
    with pytest.raises(ValueError, match="unknown comparison sort 'bogo_sort'"):
        sort_comparisons("bogo_sort", [4])


def test_command_draws_a_figure_per_caption(tmp_path, capsys):
    assert main(["--out", str(tmp_path)]) == 0
    assert {p.stem for p in tmp_path.glob("*.png")} == set(CAPTIONS)


def test_command_defaults_to_the_current_folder_not_the_site(tmp_path, monkeypatch, capsys):
    # The default used to be docs/figures/dsa relative to the current folder: run from the
    # repository root it overwrote the committed site figures.
    monkeypatch.chdir(tmp_path)
    assert main([]) == 0
    assert {p.name for p in tmp_path.iterdir()} == {f"{name}.png" for name in CAPTIONS}


def test_figures_are_byte_reproducible_without_metadata(tmp_path, capsys):
    from PIL import Image

    assert main(["--out", str(tmp_path / "a")]) == 0
    assert main(["--out", str(tmp_path / "b")]) == 0
    for first in (tmp_path / "a").iterdir():
        assert first.read_bytes() == (tmp_path / "b" / first.name).read_bytes()
        assert Image.open(first).text == {}  # no "Software: Matplotlib version ..."


def test_an_out_that_cannot_be_a_folder_is_one_line_and_exit_2(tmp_path, capsys):
    (tmp_path / "file").write_text("keep me")
    assert main(["--out", str(tmp_path / "file" / "figures")]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "--out" in err
    assert (tmp_path / "file").read_text() == "keep me"
