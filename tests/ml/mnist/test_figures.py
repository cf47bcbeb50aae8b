import json

import numpy as np
import pytest

from ml.mnist.cli import main
from ml.mnist.data import to_features
from ml.mnist.figures import plot_confusion_matrix, write_all
from ml.nn.mlp import MLP

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def small_run(mnist):
    X = to_features(mnist.x_train[:2000])
    model = MLP(hidden=(128, 64), epochs=2, lr=3e-3, random_state=0)
    model.fit(X, mnist.y_train[:2000],
              eval_sets={"test": (to_features(mnist.x_test), mnist.y_test)})
    return model


def test_write_all_makes_every_figure_and_results(tmp_path, small_run, mnist):
    written = write_all(small_run, small_run.history_, mnist, tmp_path,
                        {"seed": 0, "epochs": 2, "settings": {"lr": 3e-3}})
    names = {p.name for p in written}
    assert names == {"learning-curves.png", "first-layer-weights.png", "confusion-matrix.png",
                     "misclassified.png", "architecture.png", "neuron-weighted-sum.png",
                     "forward-backward.png", "results.json", "results.md"}
    for p in written:
        if p.suffix == ".png":
            assert p.read_bytes()[:8] == PNG and p.stat().st_size > 5_000, p.name
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["test_accuracy"] == pytest.approx(small_run.score(to_features(mnist.x_test),
                                                                     mnist.y_test))
    assert results["seed"] == 0 and len(results["figures"]) == 7
    table = (tmp_path / "results.md").read_text()
    assert f"| test accuracy (10,000 images) | {100 * results['test_accuracy']:.2f} % |" in table


def test_figures_command_from_a_saved_model(tmp_path, capsys):
    model_path = tmp_path / "m.npz"
    assert main(["train", "--limit", "1000", "--epochs", "1", "--out", str(model_path)]) == 0
    assert main(["figures", "--model", str(model_path), "--out", str(tmp_path / "figs")]) == 0
    assert "wrote 9 files" in capsys.readouterr().out
    results = json.loads((tmp_path / "figs" / "results.json").read_text())
    assert results["history"]["epoch"] == [1] and "history" not in results["settings"]
    assert results["settings"]["train_images"] == 1000


def test_confusion_matrix_plot(tmp_path):
    C = np.diag([5, 6, 7]) + 1
    path = plot_confusion_matrix(C, tmp_path / "sub" / "cm.png")
    assert path.read_bytes()[:8] == PNG
