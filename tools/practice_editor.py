"""Solve the DSA problems on the site: the editor block on each problem page, and its runtime.

Each DSA problem page carries an editor holding the starter (a textarea, which CodeMirror 5
turns into an editor that colours Python and indents with Tab), a Check button and the results of
each test as it finishes, in the terminal's words. The check is the terminal's own: the page's
Web Worker runs real CPython (Pyodide), the problem's ``tests.py`` with hypothesis, and the
engine's :func:`practice.runner.run_tests` with :class:`practice.inprocess.InProcess` standing in
for the child process. The code and the progress stay in the browser's storage; progress moves
to and from the terminal as the CLI's own ``.progress.json``.

Two parts, made at two times:

* :func:`editor_block` is called by the page generator for each problem: the HTML of the block,
  with the problem's files (statement, starter, solution, tests, meta) as JSON inside it, so the
  page and its check can never disagree with the folder they were made from.
* :func:`setup` (``python -m tools.practice_editor setup``, run by ``./run site`` and
  ``./run test``) puts the runtime into ``docs/assets/practice/runtime/`` (git-ignored): Pyodide
  and the editor (CodeMirror 5) from their npm packages, the pure-Python wheels the tests need
  from the Python package index, each pinned by version and checked against its hash, kept in a
  cache outside the repository (:data:`CACHE`) and hard-linked from there; and ``engine.json``,
  the engine's modules as they are now. Nothing is committed, and nothing is fetched from
  anywhere when a page runs.

>>> from practice.problems import get_problem
>>> block = editor_block(get_problem("two-sum"), "dsa/practice/two-sum.md")
>>> 'data-problem="two-sum"' in block and 'src="../../assets/practice/practice.js"' in block
True

Cost: the block is the size of the problem's files (about 10 kB); the runtime adds about
14.7 MB to the built site, fetched once per browser and cached by it. Of that, the editor is
0.43 MB (0.11 MB gzipped), which a problem page loads at once; Pyodide and
the wheels (14.3 MB) load in the Web Worker after the page is usable.

Why CodeMirror 5 (its last release): its files run as plain scripts, so they are laid out as
they come, with no bundler or build step to pin as well; its Python mode indents after a colon
and dedents after ``return``; and it upgrades a textarea in place, so the textarea stays where
the code lives and the page keeps working as one if the editor's files are missing.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import posixpath
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "docs" / "assets" / "practice"
RUNTIME = ASSETS / "runtime"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ml-from-scratch"

PYODIDE = ("pyodide", "314.0.7", "sha512-0YvXxEhfEdpLfb/XkM2BFAeMROq0iMUX2bzzH9pOttyMcWkwq+HbE5uyu"
           "GD82LN7y2q+SNvi/6V5JEsOlD2R1A==")
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json")
# hypothesis 6.155.7 is its last pure-Python release (later ones carry a compiled part): the
# browser's hypothesis may be older than the terminal's; the verdicts are what must agree.
WHEELS = {
    "hypothesis-6.155.7-py3-none-any.whl":
        "9f634bdb1f9e9b8ab6ba09431cf2deedb750c96978125a6fb3c5a0f6c6db4131",
    "sortedcontainers-2.4.0-py2.py3-none-any.whl":
        "a163dcaede0f1c021485e957a39245190e74249897e2ae4b2aa38595db237ee0",
}
# The editor: CodeMirror 5's last release. Its UMD files run as plain scripts, so the page needs
# no bundler and no build step, and its Python mode is small (15 kB). The tarball's paths on the
# left, their names in the runtime on the right; the page loads them (practice.js, EDITOR_FILES).
EDITOR = ("codemirror", "5.65.21", "sha512-6teYk0bA0nR3QP0ihGMoxuKzpl5W80FpnHpBJpgy66NK3cZv5b/d"
          "/HY8PnRvfSsCG1MTfr92u2WUl+wT0E40mQ==")
EDITOR_FILES = {"lib/codemirror.js": "codemirror.js", "lib/codemirror.css": "codemirror.css",
                "mode/python/python.js": "codemirror-python.js",
                "addon/edit/matchbrackets.js": "codemirror-matchbrackets.js",
                "LICENSE": "codemirror-LICENSE.txt"}
ENGINE = ("__init__", "_child", "checking", "inprocess", "isolation", "limits", "problems",
          "report", "runner", "types", "wire")
PROBLEM_FILES = ("meta.toml", "statement.md", "starter.py", "solution.py", "tests.py")


class SetupError(RuntimeError):
    """The runtime could not be fetched or checked; the message says what to do."""


def _sri(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(command: list[str], cwd: Path) -> None:
    try:
        subprocess.run(command, cwd=cwd, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise SetupError(f"{command[0]} is missing: install it (Debian: apt-get install npm), "
                         "or run ./run site, which does") from None
    except subprocess.CalledProcessError as error:
        tail = (error.stderr or error.stdout or "").strip().splitlines()[-1:]
        raise SetupError(f"{' '.join(command[:3])} failed: {' '.join(tail)}") from None


def fetch_npm(pin: tuple[str, str, str], files: Sequence[str], cache: Path) -> Path:
    """The ``files`` of the npm package ``pin`` (name, version, integrity) in ``cache``, from
    the registry once: the tarball must match its pinned integrity, or nothing is kept."""
    name, version, integrity = pin
    folder = cache / f"{name}-{version}"
    if all((folder / file).is_file() for file in files):
        return folder
    with tempfile.TemporaryDirectory(dir=cache) as work:
        _run(["npm", "pack", f"{name}@{version}", "--silent"], Path(work))
        tarball = Path(work) / f"{name}-{version}.tgz"
        if not tarball.is_file() or _sri(tarball) != integrity:
            raise SetupError(f"{tarball.name} does not match its pinned checksum; not used")
        with tarfile.open(tarball) as archive:
            for file in files:
                archive.extract(f"package/{file}", work, filter="data")
        staged = Path(work) / "package"
        staged.rename(folder.with_name(folder.name + ".part"))
        shutil.rmtree(folder, ignore_errors=True)
        folder.with_name(folder.name + ".part").rename(folder)
    return folder


def fetch_wheels(cache: Path) -> Path:
    """The pinned wheels in ``cache``, from the package index (once), each hash checked."""
    folder = cache / "wheels"
    folder.mkdir(parents=True, exist_ok=True)
    for wheel, digest in WHEELS.items():
        path = folder / wheel
        if path.is_file() and _sha256(path) == digest:
            continue
        project, version = wheel.split("-")[:2]
        with tempfile.TemporaryDirectory(dir=cache) as work:
            _run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                  "--only-binary=:all:", "--dest", work, f"{project}=={version}"], cache)
            got = Path(work) / wheel
            if not got.is_file() or _sha256(got) != digest:
                raise SetupError(f"{wheel} is missing or does not match its pinned checksum")
            got.replace(path)
    return folder


def engine_files(root: Path = ROOT) -> dict[str, str]:
    """The engine's modules the browser needs, by path inside the repository.

    >>> sorted(engine_files())[:2]
    ['practice/__init__.py', 'practice/_child.py']
    """
    return {f"practice/{name}.py": (root / "practice" / f"{name}.py").read_text("utf-8")
            for name in ENGINE}


def _link(source: Path, target: Path) -> None:
    if target.is_file() and target.stat().st_size == source.stat().st_size and \
            _sha256(target) == _sha256(source):
        return
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _write_if_changed(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        partial = path.with_name(f".{path.name}.part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)


def layout() -> list[str]:
    """The names :func:`setup` lays into the runtime folder, each from a pinned source.

    >>> [name for name in layout() if name.startswith("codemirror")][:3]
    ['codemirror.js', 'codemirror.css', 'codemirror-python.js']
    """
    return [*PYODIDE_FILES, *EDITOR_FILES.values(), *WHEELS, "engine.json"]


def setup(runtime: Path = RUNTIME, cache: Path = CACHE) -> Path:
    """Fetch what is missing into ``cache`` and lay the runtime out in ``runtime``; idempotent."""
    cache.mkdir(parents=True, exist_ok=True)
    runtime.mkdir(parents=True, exist_ok=True)
    pyodide, wheels = fetch_npm(PYODIDE, PYODIDE_FILES, cache), fetch_wheels(cache)
    editor = fetch_npm(EDITOR, tuple(EDITOR_FILES), cache)
    for file in PYODIDE_FILES:
        _link(pyodide / file, runtime / file)
    for source, name in EDITOR_FILES.items():
        _link(editor / source, runtime / name)
    for wheel in WHEELS:
        _link(wheels / wheel, runtime / wheel)
    manifest = {"pyodide": PYODIDE[1], "editor": EDITOR[1], "wheels": list(WHEELS),
                "engine": engine_files()}
    _write_if_changed(runtime / "engine.json", json.dumps(manifest, sort_keys=True) + "\n")
    return runtime


def packed(data: object) -> str:
    """``data`` as base64 of its JSON: the page's Markdown passes through hooks that rewrite
    text (one escapes each ``][``), and none of them touches base64's letters.

    >>> json.loads(base64.b64decode(packed({"a": "x[0][1]"})))
    {'a': 'x[0][1]'}
    """
    return base64.b64encode(json.dumps(data, sort_keys=True).encode()).decode("ascii")


def editor_block(problem: object, page: str) -> str:
    """The editor's HTML for ``problem``'s page at ``page`` (its path inside docs); ``""`` for
    an exercise of another section (those use numpy, which the browser's runtime lacks)."""
    if getattr(problem, "section", "dsa") != "dsa":
        return ""
    folder: Path = problem.folder  # type: ignore[attr-defined]
    files = {name: (folder / name).read_text(encoding="utf-8") for name in PROBLEM_FILES}
    up = posixpath.relpath(".", posixpath.dirname(page) or ".")
    assets = f"{up}/assets/practice/"
    attrs = " ".join(f'data-{key}="{html.escape(str(value))}"' for key, value in {
        "problem": problem.id, "slug": problem.slug,  # type: ignore[attr-defined]
        "hints": len(problem.hints), "assets": assets}.items())  # type: ignore[attr-defined]
    return "\n".join([
        f'<div class="practice-editor" {attrs} markdown="0">',
        f'<script type="text/plain" class="practice-files">{packed(files)}</script>',
        '<p class="practice-runtime" role="status">Solve it here: the Python that checks your '
        "code loads in the background once the page is ready.</p>",
        '<textarea class="practice-code" spellcheck="false" autocapitalize="off" '
        'autocomplete="off" aria-label="Your solution" rows="16"></textarea>',
        '<div class="practice-actions">',
        '<button type="button" class="md-button md-button--primary practice-check">Check</button>',
        '<button type="button" class="md-button practice-stop" hidden>Stop</button>',
        '<button type="button" class="md-button practice-reset">Back to the starter</button>',
        '<button type="button" class="md-button practice-export">Export progress</button>',
        '<label class="md-button practice-import">Import progress '
        '<input type="file" accept=".json,application/json" hidden></label>',
        "</div>",
        '<p class="practice-verdict" role="status" aria-live="polite"></p>',
        '<ol class="practice-results"></ol>',
        f'<link rel="stylesheet" href="{assets}practice.css">',
        # A classic script, not a module: from file:// (no modules there) it still explains.
        f'<script defer src="{assets}store.js"></script>',
        f'<script defer src="{assets}practice.js"></script>',
        "</div>",
    ])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["setup"]:
        print("usage: python -m tools.practice_editor setup   (fetch and lay out the runtime)",
              file=sys.stderr)
        return 2
    try:
        runtime = setup()
    except (SetupError, OSError) as error:
        print(f"practice editor: {error}", file=sys.stderr)
        return 2
    size = sum(path.stat().st_size for path in runtime.iterdir() if path.is_file())
    print(f"==> the in-browser practice runtime is in {runtime.relative_to(ROOT)}/ "
          f"({size / 2**20:.1f} MiB, cached in {CACHE})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
