"""Every file the library writes for the user is readable as a plainly written file would be.

``tempfile.mkstemp`` makes its file 0600 and an atomic rename keeps that mode: a saved model or
a cached data set would then be private to its writer. :func:`ml.files.publish` is the one place
that renames, and these tests save through each writer and read the mode back.
"""

import os
import stat

import numpy as np

from ml.files import current_umask
from ml.nn.io import save_model
from ml.nn.mlp import MLP


def plain_mode() -> int:
    return 0o666 & ~current_umask()


def test_a_saved_network_has_a_plain_files_permissions(tmp_path):
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(40, 6)).astype(np.float32), np.arange(40) % 3
    model = MLP(hidden=(4,), epochs=1, batch_size=20).fit(X, y)
    path = tmp_path / "m.npz"
    save_model(model, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == plain_mode()


def test_no_writer_renames_a_temporary_file_without_publishing_it():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2] / "ml"
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "mkstemp" in (text := p.read_text(encoding="utf-8"))
                 and "os.replace(" in text and p.name != "files.py"]
    assert offenders == []
