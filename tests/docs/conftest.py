"""Fixtures for the site tests: one strict build, one local server, one Chromium.

The site is built once per session into a temporary folder and served on 127.0.0.1 on a free
port. Chromium is Debian's (``/usr/bin/chromium``) driven by Playwright, with a fresh profile;
nothing is downloaded. Every page a test opens goes through :func:`open_page`, which records
console errors, page errors, failed requests and any request that would leave the machine
(Chromium resolves no other host, so such a request cannot succeed, and it counts as a failure).

If the repository has no exported weights yet (``docs/assets/digit/weights.js``; the lead
exports the real trained model), the session trains a quick stand-in (one epoch on 20,000
images) with the project's own numpy code and exports it into the built site, so the
draw-a-digit tests always run.
"""

from __future__ import annotations

import functools
import http.server
import importlib
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "docs"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")   # Debian's; no browser download
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    # Every host but this machine resolves to nothing, so no request can leave it; the tests
    # still record and fail on any attempt. (Cheaper than routing each request through Python.)
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def load_tool(name: str):
    """The module ``tools/<name>.py``, imported as ``tools.<name>`` (pytest puts the repository
    root on the path: ``pythonpath`` in pyproject.toml).

    ``name`` may name a hook or a generator: ``load_tool("hooks/mathml")``,
    ``load_tool("pages/modules")``.
    """
    return importlib.import_module("tools." + name.replace("/", "."))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site, generated and built with ``mkdocs build --strict`` exactly as
    ``tools/site.py build`` does, with its printable section pages (``print/<section>.html``)."""
    from tools.pages.generate import CONFIG_OUT, generate

    generated, _ = generate(ROOT)
    assert not generated.errors, "\n".join(generated.errors)
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(CONFIG_OUT),
         "--site-dir", str(site)],
        cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr[-4000:]}"
    load_tool("print_pages").write_print_pages(site)   # as `tools.site build` does next
    return site


@pytest.fixture(scope="session")
def site_weights(built_site, tmp_path_factory) -> Path:
    """The weights.js the draw-a-digit page loads (the repository's, or a quick stand-in)."""
    path = built_site / "assets" / "digit" / "weights.js"
    if not path.exists():
        from ml.datasets.mnist import load_mnist
        from ml.nn.io import save_model
        from ml.nn.mlp import MLP

        data = load_mnist()
        # One pass over a third of the training set: a few seconds, about 93 % on the test set.
        X = data.x_train[:20_000].reshape(-1, 784).astype(np.float32) / 255
        model = MLP(epochs=1, random_state=0).fit(X, data.y_train[:20_000])
        accuracy = model.score(data.x_test.reshape(-1, 784).astype(np.float32) / 255,
                               data.y_test)
        model_path = save_model(model, tmp_path_factory.mktemp("model") / "stand-in.npz",
                                test_accuracy=accuracy)
        load_tool("digit_weights").export_model(model_path, path)
    return path


@pytest.fixture(scope="session")
def base_url(built_site, site_weights) -> str:
    """The served site (with weights, so the draw-a-digit page is complete)."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: install Debian's chromium package"
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            user_data_dir=str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1280, "height": 900}, service_workers="block")
        yield context
        context.close()


@dataclass
class PageLog:
    """What went wrong while a page was open."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return ([f"console error: {m}" for m in self.console_errors]
                + [f"page error: {m}" for m in self.page_errors]
                + [f"failed request: {m}" for m in self.failed]
                + [f"external request: {m}" for m in self.external])


@pytest.fixture
def open_page(browser_context, base_url):
    """``open_page(path) -> (page, log)``: a fresh tab on ``base_url + path``, with a log."""
    pages = []

    def opener(path: str):
        page = browser_context.new_page()
        log = PageLog()
        page.on("console", lambda m: log.console_errors.append(m.text)
                if m.type == "error" else None)
        page.on("pageerror", lambda e: log.page_errors.append(str(e)))
        # External requests are logged below; ERR_ABORTED on a local one means the tab moved on
        # before it finished (a missing file is an HTTP 404).
        page.on("requestfailed", lambda r: log.failed.append(f"{r.url} ({r.failure})")
                if r.url.startswith(base_url) and "ERR_ABORTED" not in (r.failure or "")
                else None)
        page.on("response", lambda r: log.failed.append(f"{r.url} (HTTP {r.status})")
                if r.status >= 400 else None)

        local = (base_url, "data:", "blob:", "about:")
        page.on("request", lambda r: log.external.append(r.url)
                if not r.url.startswith(local) else None)
        pages.append(page)
        page.goto(base_url + path, wait_until="load")
        return page, log

    yield opener
    for page in pages:
        page.close()


@pytest.fixture(scope="session")
def screenshot():
    """``screenshot(page, name)``: keep a picture in test-artifacts/docs/ (git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, full_page: bool = True) -> None:
        # JPEG: half the time of PNG for a long page, and plenty for a human to check by eye.
        page.screenshot(path=str(ARTIFACTS / f"{name}.jpg"), full_page=full_page, type="jpeg",
                        quality=80)

    return take


@pytest.fixture(scope="session")
def tool():
    """``tool(name)``: the module ``tools/<name>.py``."""
    return load_tool
