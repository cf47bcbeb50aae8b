"""tinyshakespeare: the shared copy, the cache, and the download path against a local server on
127.0.0.1 (no internet): a good file, a dropped connection, wrong bytes, a missing file."""

import http.server
import threading

import pytest

from ml.datasets.tinyshakespeare import (
    ENV_VAR,
    N_CHARS,
    TinyShakespeareError,
    download,
    load_tinyshakespeare,
    locate,
    split_point,
)


@pytest.fixture(scope="module")
def good_bytes():
    return locate().read_bytes()


@pytest.fixture(scope="module")
def server(good_bytes):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/missing/input.txt":
                self.send_error(404)
                return
            body = good_bytes[:-1] + b"?" if self.path == "/wrong/input.txt" else good_bytes
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.path == "/drop/input.txt":
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.connection.shutdown(2)
                return
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_the_shared_copy_is_the_published_text():
    data = load_tinyshakespeare(progress=False)
    assert len(data.text) == N_CHARS and data.text.startswith("First Citizen:")
    assert len(data.train) == split_point(N_CHARS) == 1_003_854
    assert data.train + data.validation == data.text


def test_a_good_mirror_is_verified_and_cached(server, tmp_path, good_bytes):
    path = download(tmp_path, [server + "/good/input.txt"], progress=False)
    assert path == tmp_path / "input.txt" and path.read_bytes() == good_bytes
    assert [p.name for p in tmp_path.iterdir()] == ["input.txt"]


@pytest.mark.parametrize("mirror, message", [("drop", "dropped"), ("wrong", "SHA-256"),
                                             ("missing", "HTTP 404")])
def test_a_failed_download_leaves_nothing_and_says_why(server, tmp_path, mirror, message):
    with pytest.raises(TinyShakespeareError) as err:
        download(tmp_path, [f"{server}/{mirror}/input.txt"], progress=False)
    assert message in str(err.value) and ENV_VAR in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_mirrors_are_tried_in_order(server, tmp_path, good_bytes):
    mirrors = [f"{server}/{m}/input.txt" for m in ("missing", "drop", "wrong", "good")]
    assert download(tmp_path, mirrors, progress=False).read_bytes() == good_bytes


def test_the_cache_is_used_without_network(tmp_path, monkeypatch, good_bytes):
    (tmp_path / "input.txt").write_bytes(good_bytes)
    monkeypatch.delenv(ENV_VAR, raising=False)
    data = load_tinyshakespeare(cache_dir=tmp_path, mirrors=["http://127.0.0.1:9/input.txt"])
    assert data.path == tmp_path / "input.txt"


def test_a_corrupt_cached_file_is_refused(tmp_path, monkeypatch, good_bytes):
    (tmp_path / "input.txt").write_bytes(good_bytes[:1000])
    monkeypatch.delenv(ENV_VAR, raising=False)
    with pytest.raises(TinyShakespeareError, match="truncated, corrupt or another file"):
        load_tinyshakespeare(cache_dir=tmp_path, download=False)


def test_a_missing_folder_names_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    with pytest.raises(TinyShakespeareError, match=r"no such file \(folder from \$TINY"):
        load_tinyshakespeare()


def test_no_cache_and_no_download_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    with pytest.raises(TinyShakespeareError, match=r"not in the cache.*TINYSHAKESPEARE_DIR"):
        load_tinyshakespeare(cache_dir=tmp_path, download=False)
