"""The download path for real, with no internet: a local HTTP server on 127.0.0.1 serves a good
file, one that drops the connection mid-file, and one with the wrong bytes."""

import gzip
import http.server
import threading
from pathlib import Path

import pytest

from ml.datasets.mnist import FILES, MNISTError, download, locate

SPEC = FILES["test_labels"]  # the smallest file: 4.5 kB gzipped


@pytest.fixture(scope="module")
def good_bytes():
    return locate()["test_labels"].read_bytes()


@pytest.fixture(scope="module")
def server(good_bytes):
    wrong = gzip.compress(gzip.decompress(good_bytes)[:-1] + b"\x09", mtime=0)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            mirror, _, name = self.path.strip("/").partition("/")
            if name != SPEC.name + ".gz" or mirror == "missing":
                self.send_error(404)
                return
            body = wrong if mirror == "wrong" else good_bytes
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if mirror == "drop":
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.connection.shutdown(2)  # hang up mid-file
                return
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_good_mirror_is_verified_and_cached(server, tmp_path, good_bytes):
    path = download(SPEC, tmp_path, [server + "/good/"], progress=False)
    assert path == tmp_path / (SPEC.name + ".gz")
    assert path.read_bytes() == good_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == [SPEC.name + ".gz"]


def test_dropped_connection_leaves_nothing(server, tmp_path):
    with pytest.raises(MNISTError) as info:
        download(SPEC, tmp_path, [server + "/drop/"], progress=False)
    assert "dropped" in str(info.value) or "truncated" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_wrong_bytes_leave_nothing(server, tmp_path):
    with pytest.raises(MNISTError) as info:
        download(SPEC, tmp_path, [server + "/wrong/"], progress=False)
    assert "SHA-256" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_mirrors_are_tried_in_order(server, tmp_path, good_bytes):
    mirrors = [server + "/missing/", server + "/drop/", server + "/wrong/", server + "/good/"]
    path = download(SPEC, tmp_path, mirrors, progress=False)
    assert Path(path).read_bytes() == good_bytes


def test_every_failure_is_listed(server, tmp_path):
    mirrors = [server + "/missing/", server + "/drop/", server + "/wrong/"]
    with pytest.raises(MNISTError) as info:
        download(SPEC, tmp_path, mirrors, progress=False)
    message = str(info.value)
    assert "HTTP 404" in message and "SHA-256" in message and "MNIST_DIR" in message
    assert list(tmp_path.iterdir()) == []


def test_full_cache_is_used_without_network(tmp_path, monkeypatch):
    for path in locate().values():  # the configured data, copied into a fresh cache
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.delenv("MNIST_DIR", raising=False)
    # Mirrors that cannot answer: the cache alone must serve.
    paths = locate(cache_dir=tmp_path, mirrors=["http://127.0.0.1:9/"])
    assert {p.parent for p in paths.values()} == {tmp_path}


def test_partial_cache_without_download_names_the_missing_file(server, tmp_path, monkeypatch):
    monkeypatch.delenv("MNIST_DIR", raising=False)
    download(SPEC, tmp_path, [server + "/good/"], progress=False)
    with pytest.raises(MNISTError, match=r"train-images-idx3-ubyte\.gz: not in the cache"):
        locate(cache_dir=tmp_path, download_missing=False)
