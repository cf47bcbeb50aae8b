"""The demos' shared drawing helpers: reproducible PNGs, and an --out option that is safe to use."""

import argparse
import os

import pytest
from PIL import Image

from biology import game_of_life, receptive_fields
from biology.figures import png_path, pyplot, save_figure


def small_figure():
    fig, ax = pyplot().subplots(figsize=(2, 2))
    ax.plot([0, 1, 4], [1, 0, 2])
    return fig


def test_same_figure_gives_the_same_bytes_and_no_metadata(tmp_path):
    first = save_figure(small_figure(), tmp_path / "a.png").read_bytes()
    second = save_figure(small_figure(), tmp_path / "b.png").read_bytes()
    assert first == second
    # matplotlib would write "Software: Matplotlib version ..." and change every PNG on upgrade.
    assert Image.open(tmp_path / "a.png").text == {}


def test_a_failed_save_keeps_the_previous_picture(tmp_path):
    out = tmp_path / "figure.png"
    out.write_bytes(b"the good picture")
    fig = small_figure()
    fig.savefig = lambda *args, **kwargs: (_ for _ in ()).throw(OSError("disk full"))
    with pytest.raises(OSError, match="disk full"):
        save_figure(fig, out)
    assert out.read_bytes() == b"the good picture"
    assert os.listdir(tmp_path) == ["figure.png"]  # no partial file left behind


def test_png_path_refuses_folders_and_other_formats(tmp_path):
    assert png_path(str(tmp_path / "f.png")) == tmp_path / "f.png"
    with pytest.raises(argparse.ArgumentTypeError, match="is a folder"):
        png_path(str(tmp_path))
    with pytest.raises(argparse.ArgumentTypeError, match=r"ending in \.png"):
        png_path("figure.svg")


@pytest.mark.parametrize("module", [game_of_life, receptive_fields])
def test_out_naming_a_folder_fails_at_once_with_exit_status_2(module, tmp_path, capsys,
                                                              monkeypatch):
    # Checked while the options are read: receptive_fields would otherwise train first.
    monkeypatch.setattr(module, "draw", lambda *a, **k: pytest.fail("draw ran"))
    assert module.main(["--out", str(tmp_path)]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert "is a folder" in error and "figure.png" in error
    assert os.listdir(tmp_path) == []


def test_a_demo_run_without_out_writes_in_the_current_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert game_of_life.main(["--generations", "10"]) == 0
    assert sorted(os.listdir(tmp_path)) == ["game_of_life.png"]
