"""The in-browser practice's set-up (tools/practice_editor.py), without a browser or a network:
every file the page asks the runtime folder for is one the set-up lays there from a pinned
source, and an npm tarball is used only when it matches its pinned integrity."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import tarfile
from pathlib import Path

import pytest

from tools import practice_editor as editor

PAGE_SCRIPT = editor.ASSETS / "practice.js"


def tarball(files: dict[str, bytes]) -> bytes:
    """An npm-style tarball: each file under ``package/``."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def sri(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


@pytest.fixture
def fake_npm(monkeypatch):
    """``fake_npm(data)``: ``npm pack`` writes ``data`` as the tarball; returns the calls."""
    calls: list[list[str]] = []

    def install(data: bytes) -> list[list[str]]:
        def run(command: list[str], cwd: Path) -> None:
            calls.append(command)
            name, version = command[2].rsplit("@", 1)
            (cwd / f"{name}-{version}.tgz").write_bytes(data)
        monkeypatch.setattr(editor, "_run", run)
        return calls
    return install


def test_every_file_the_page_loads_from_the_runtime_is_laid_out_by_the_setup():
    script = PAGE_SCRIPT.read_text(encoding="utf-8")
    listed = re.search(r"const EDITOR_FILES = \[(.*?)\];", script).group(1)
    wanted = {*re.findall(r'"([^"]+)"', listed), *re.findall(r'new URL\("([^"]+)", base\)', script)}
    assert {"codemirror.js", "codemirror-python.js", "codemirror.css"} <= wanted
    assert wanted <= set(editor.layout())
    assert set(editor.EDITOR_FILES.values()) <= set(editor.layout())
    name, version, integrity = editor.EDITOR
    assert name == "codemirror" and re.fullmatch(r"5\.\d+\.\d+", version)
    assert integrity.startswith("sha512-") and len(base64.b64decode(integrity[7:])) == 64


def test_setup_lays_the_editor_files_into_the_runtime(tmp_path, monkeypatch):
    made: dict[str, Path] = {}

    def fetch_npm(pin, files, cache):
        folder = cache / pin[0]
        for file in files:
            (folder / file).parent.mkdir(parents=True, exist_ok=True)
            (folder / file).write_text(f"{pin[0]}:{file}")
        made[pin[0]] = folder
        return folder

    def fetch_wheels(cache):
        (cache / "wheels").mkdir()
        for wheel in editor.WHEELS:
            (cache / "wheels" / wheel).write_bytes(b"wheel")
        return cache / "wheels"

    monkeypatch.setattr(editor, "fetch_npm", fetch_npm)
    monkeypatch.setattr(editor, "fetch_wheels", fetch_wheels)
    runtime = editor.setup(runtime=tmp_path / "runtime", cache=tmp_path / "cache")
    assert sorted(path.name for path in runtime.iterdir()) == sorted(editor.layout())
    assert (runtime / "codemirror-python.js").read_text() == "codemirror:mode/python/python.js"
    assert set(made) == {"pyodide", "codemirror"}


def test_a_tarball_that_does_not_match_its_pin_is_refused(tmp_path, fake_npm):
    fake_npm(tarball({"lib/a.js": b"tampered"}))
    pin = ("thing", "1.0.0", sri(b"something else"))
    with pytest.raises(editor.SetupError, match="does not match its pinned checksum"):
        editor.fetch_npm(pin, ("lib/a.js",), tmp_path)
    assert list(tmp_path.iterdir()) == []   # nothing of it kept


def test_a_matching_tarball_is_unpacked_once_and_then_served_from_the_cache(tmp_path, fake_npm):
    data = tarball({"lib/a.js": b"a", "lib/unused.js": b"u", "LICENSE": b"MIT"})
    calls = fake_npm(data)
    pin = ("thing", "1.0.0", sri(data))
    folder = editor.fetch_npm(pin, ("lib/a.js", "LICENSE"), tmp_path)
    assert folder == tmp_path / "thing-1.0.0"
    assert (folder / "lib" / "a.js").read_bytes() == b"a"
    assert not (folder / "lib" / "unused.js").exists()
    assert editor.fetch_npm(pin, ("lib/a.js", "LICENSE"), tmp_path) == folder
    assert calls == [["npm", "pack", "thing@1.0.0", "--silent"]]
