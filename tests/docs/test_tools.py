"""tools.site (the site's entry point) and tools.digit_weights (the demo's export)."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site_tool(tool):
    return tool("site")


@pytest.fixture(scope="module")
def weights(tool):
    return tool("digit_weights")


# ----------------------------------------------------------------------------- weights export

@pytest.fixture
def tiny_model(tmp_path):
    from ml.nn.io import save_model
    from ml.nn.mlp import MLP

    model = MLP(hidden=(6, 5), n_classes=3, random_state=1, dtype=np.float64).build(n_features=4)
    return model, save_model(model, tmp_path / "tiny.npz", test_accuracy=0.5)


def test_export_round_trips_the_weights_and_the_forward_pass(tiny_model, weights, tmp_path):
    model, path = tiny_model
    out = tmp_path / "assets" / "weights.js"
    summary = weights.export_model(path, out)
    assert summary == {"sizes": [4, 6, 5, 3], "test_accuracy": 0.5,
                       "bytes": len(out.read_bytes())}
    spec = weights.read_weights_js(out.read_text())
    assert spec["activations"] == ["relu", "relu", "softmax"]
    for (W, b), (W_model, b_model) in zip(spec["layers"], model.network_.get_weights(),
                                          strict=True):
        np.testing.assert_array_equal(W, W_model.astype(np.float32))
        np.testing.assert_array_equal(b, b_model.astype(np.float32))
    X = np.random.default_rng(0).random((7, 4))
    probs = weights.forward(spec, X)[-1]
    np.testing.assert_allclose(probs, model.predict_proba(X), atol=1e-6)


def test_export_refuses_a_file_that_is_not_a_model(weights, tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip archive")
    with pytest.raises(ValueError, match="not a model file"):
        weights.export_model(bad, tmp_path / "weights.js")
    assert not (tmp_path / "weights.js").exists()


def test_weights_js_rejects_shapes_that_do_not_chain(weights):
    with pytest.raises(ValueError, match=r"layer 2: W has shape \(4, 2\), expected \(3, n_out\)"):
        weights.weights_js([(np.ones((2, 3)), np.ones(3)), (np.ones((4, 2)), np.ones(2))],
                           ["relu", "softmax"], None, "t")
    with pytest.raises(ValueError, match="NaN"):
        weights.weights_js([(np.full((2, 3), np.nan), np.ones(3))], ["softmax"], None, "t")


def test_weights_command_explains_a_missing_model(site_tool, tmp_path, capsys):
    code = site_tool.main(["weights", "--model", str(tmp_path / "none.npz"),
                           "--out", str(tmp_path / "w.js")])
    assert code == 2
    assert "python -m ml.mnist train --out" in capsys.readouterr().err


def test_weights_command_writes_the_script(site_tool, tiny_model, tmp_path, capsys):
    _, path = tiny_model
    assert site_tool.main(["weights", "--model", str(path), "--out", str(tmp_path / "w.js")]) == 0
    assert "network 4-6-5-3, test accuracy 50.00%" in capsys.readouterr().out
    assert (tmp_path / "w.js").read_text().count("window.DIGIT_MODEL = ") == 1


# ----------------------------------------------------------------------------- figures

def test_build_names_the_command_for_a_missing_figure(site_tool, tmp_path):
    docs = tmp_path / "docs"
    (docs / "ml").mkdir(parents=True)
    (docs / "figures" / "mnist").mkdir(parents=True)
    (docs / "figures" / "mnist" / "there.png").write_bytes(b"png")
    (docs / "ml" / "page.md").write_text(
        "![a](../figures/mnist/there.png)\n![b](../figures/mnist/curves.png \"title\")\n"
        '<img src="../figures/other/x.png">\n![c](https://example.org/figures/y.png)\n'
        "`![d](../figures/mnist/in-code.png)`\n```\n![e](../figures/mnist/fenced.png)\n```\n")
    missing = site_tool.missing_figures(docs)
    assert missing == {"ml/page.md": ["figures/mnist/curves.png", "figures/other/x.png"]}
    assert site_tool.command_for("figures/mnist/curves.png") == (
        "python -m ml.mnist figures --out docs/figures/mnist")
    assert "FIGURE_COMMANDS" in site_tool.command_for("figures/other/x.png")


def test_the_repository_pages_have_their_figures(site_tool):
    assert site_tool.missing_figures() == {}


def test_figures_refuses_an_unknown_folder(site_tool, capsys):
    assert site_tool.main(["figures", "--only", "no-such-section"]) == 2
    assert "figures/mnist" in capsys.readouterr().err


# ----------------------------------------------------------------------------- cli, serve

def test_help_lists_every_command():
    result = subprocess.run([sys.executable, "-m", "tools.site", "--help"], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    for command in ("generate", "build", "serve", "figures", "weights"):
        assert command in result.stdout
    assert "python -m tools.site" in result.stdout


def test_the_tools_are_a_package_reached_without_patching_sys_path():
    # tools/site.py used to put tools/ and the root on sys.path to import digit_weights.
    source = (ROOT / "tools" / "site.py").read_text(encoding="utf-8")
    assert "sys.path" not in source
    assert (ROOT / "tools" / "__init__.py").is_file()
    done = subprocess.run([sys.executable, "-c", "import tools.site, tools.digit_weights"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_serve_prints_its_url_and_serves_the_site(built_site):
    server = subprocess.Popen(
        [sys.executable, "-m", "tools.site", "serve", "--no-build", "--port", "0",
         "--site-dir", str(built_site)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        assert line.startswith("Serving ") and "http://127.0.0.1:" in line
        url = line.split(" at ")[1].split()[0]
        with urllib.request.urlopen(url + "index.html", timeout=10) as response:
            assert b"ML from Scratch" in response.read()
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_run_help_lists_every_command_from_its_usage_not_its_line_numbers():
    # `./run help` used to print lines 2-9 of its own file: an edit to the header cut it short.
    run = (ROOT / "run").read_text(encoding="utf-8")
    assert "sed -n" not in run
    done = subprocess.run(["bash", "run", "help"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=True)
    for command in ("site", "test [SECTION]", "figures", "help"):
        assert f"./run {command}" in done.stdout
    wrong = subprocess.run(["bash", "run", "no-such-command"], cwd=ROOT, capture_output=True,
                           text=True, timeout=60, check=False)
    assert wrong.returncode == 2 and "./run figures" in wrong.stderr


def test_a_reader_gone_away_stops_the_tool_quietly(tmp_path):
    # `python -m tools.site serve ... | head -1` with the reader gone before the first line.
    (tmp_path / "index.html").write_text("a site")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tools.site", "serve", "--no-build", "--port", "0",
             "--site-dir", str(tmp_path)], cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE,
            text=True, timeout=60, check=False)
    finally:
        os.close(write_end)
    assert done.stderr == "" and done.returncode == 141
