"""Downloads that must end: a server trickling bytes hits the overall deadline; partial files of
killed downloads are cleaned up; mirrors come from ``$MNIST_MIRRORS``; errors name a URL once."""

import http.server
import os
import threading
import time

import pytest

from ml.datasets.mnist import (
    FILES,
    MIRRORS,
    MNISTError,
    download,
    locate,
    mirror_list,
    remove_stale_partials,
)

SPEC = FILES["test_labels"]


@pytest.fixture(scope="module")
def good_bytes():
    return locate()["test_labels"].read_bytes()


@pytest.fixture(scope="module")
def server(good_bytes):
    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            mirror, _, name = self.path.strip("/").partition("/")
            if name != SPEC.name + ".gz" or mirror not in ("good", "trickle", "wrong"):
                self.send_error(404)
                return
            body = good_bytes if mirror != "wrong" else b"\x00" * len(good_bytes)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if mirror != "trickle":
                self.wfile.write(body)
                return
            for byte in body:  # one byte at a time, each well within the per-read timeout
                if stop.wait(0.02):
                    return
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:  # the client gave up, as it should
                    return

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    stop.set()
    httpd.shutdown()
    httpd.server_close()


def test_a_trickling_server_meets_the_overall_deadline(server, tmp_path):
    # 4.5 kB at 50 bytes a second would take 90 s; every single read succeeds within 30 s
    with pytest.raises(MNISTError, match=r"gave up after the 0\.5 s deadline") as info:
        download(SPEC, tmp_path, [server + "/trickle/"], progress=False, deadline=0.5)
    assert "too slowly" in str(info.value)
    assert list(tmp_path.iterdir()) == []  # the partial file went with the failure


def test_after_the_deadline_the_next_mirror_is_tried(server, tmp_path, good_bytes):
    path = download(SPEC, tmp_path, [server + "/trickle/", server + "/good/"], progress=False,
                    deadline=0.5)
    assert path.read_bytes() == good_bytes


def _age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_stale_partial_files_are_removed_and_live_ones_kept(server, tmp_path):
    stale = tmp_path / f".{SPEC.name}.k1ll3d.part"
    live = tmp_path / f".{FILES['train_images'].name}.r4nn1ng.part"
    other = tmp_path / "notes.part"
    for path in (stale, live, other):
        path.write_bytes(b"half a file")
    _age(stale, 3600)
    _age(other, 3600)
    download(SPEC, tmp_path, [server + "/good/"], progress=False, deadline=60)
    assert not stale.exists()
    assert live.exists() and other.exists()  # in progress elsewhere, or not ours


def test_a_complete_cache_is_cleaned_too(tmp_path, monkeypatch):
    for path in locate().values():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    stale = tmp_path / f".{SPEC.name}.abc.part"
    stale.write_bytes(b"x")
    _age(stale, 7200)
    monkeypatch.delenv("MNIST_DIR", raising=False)
    locate(cache_dir=tmp_path, download_missing=False)
    assert not stale.exists()
    assert remove_stale_partials(tmp_path, older_than=0) == []


def test_mirrors_from_the_environment(server, tmp_path, good_bytes, monkeypatch):
    monkeypatch.setenv("MNIST_MIRRORS", f" {server}/missing/ ,{server}/good/ ")
    assert mirror_list() == (f"{server}/missing/", f"{server}/good/")
    assert download(SPEC, tmp_path, progress=False).read_bytes() == good_bytes
    assert mirror_list([server]) == (server,)  # an explicit list wins
    monkeypatch.setenv("MNIST_MIRRORS", "")
    assert mirror_list() == MIRRORS
    for bad in ("example.org/mnist", " , "):
        monkeypatch.setenv("MNIST_MIRRORS", bad)
        with pytest.raises(MNISTError, match=r"\$MNIST_MIRRORS must be a comma-separated"):
            mirror_list()


def test_each_failure_names_its_url_once_on_one_line(server, tmp_path):
    mirrors = [server + "/missing/", server + "/wrong/"]
    with pytest.raises(MNISTError) as info:
        download(SPEC, tmp_path, mirrors, progress=False)
    message = str(info.value)
    for mirror in mirrors:
        assert message.count(mirror) == 1, message
    assert "\n" not in message and "HTTP 404" in message and "SHA-256" in message


def test_the_command_reports_an_unusable_cache_in_one_line(tmp_path, monkeypatch, capsys):
    from ml.datasets.mnist import main

    monkeypatch.delenv("MNIST_DIR", raising=False)
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be")
    assert main(["--cache-dir", str(not_a_folder)]) == 2  # was a FileExistsError traceback
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.strip().count("\n") == 0
