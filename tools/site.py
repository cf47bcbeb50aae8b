"""Build, serve and feed the site: ``python -m tools.site COMMAND``.

* ``generate`` write the docs tree the site is built from, ``build/docs/`` (``docs/`` and the
  pages generated from the code: API reference, module pages, practice problems and exercises,
  "Try it" boxes), and ``mkdocs.generated.yml``, ``mkdocs.yml`` with that tree and the whole nav
  (:mod:`tools.pages.generate`). Both are git-ignored; a second run changes nothing.
* ``build``   generate, then ``mkdocs build --strict -f mkdocs.generated.yml`` into ``site/``.
  Before that it checks that every figure the pages show exists, and if one is missing it names
  the command that draws it. The site is
  built in a folder beside ``site/`` and swapped in when the build succeeds, so a failed build
  leaves the old site whole, and a server showing it never sees a half-written one.
* ``serve``   check that the port is free, build, then serve ``site/`` on
  http://127.0.0.1:8000 (``--port``), building again whenever a source changes (``docs/``, the
  packages, the exercises, ``mkdocs.yml``; ``--no-watch`` turns it off); Ctrl-C stops.
* ``pdf``     build, then print each section's one-page version (``print/ml.html``, ...;
  ``tools/print_pages.py``) to ``pdf/<section>.pdf`` with headless Chromium's print-to-PDF.
* ``figures`` run every command of the figure registry (:data:`FIGURE_COMMANDS`).
* ``weights`` export a trained MNIST model to ``docs/assets/digit/weights.js`` for the
  "Draw a digit" page.

Run it from the repository root, as a module like every command of the project; it uses the
Python that runs it, so ``.venv/bin/python -m tools.site build`` uses the project's environment.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
WEIGHTS_JS = DOCS / "assets" / "digit" / "weights.js"
DEFAULT_MODEL = ROOT / "mnist-mlp.npz"   # where `python -m ml.mnist train` saves by default

# The registry of every figure and table the pages show: (its path under docs/, the command that
# draws it). Nothing is discovered: a figure the pages use must have a line here (a test checks
# that every figure a page shows has one, and that every essay module is listed). The demos default
# to writing in the current folder, so each command names the site's path with --out.
# `figures` runs them in order, and `build` names the right one when a page refers to a figure
# that does not exist yet.
FIGURE_COMMANDS: list[tuple[str, list[str]]] = [
    ("figures/mnist", [sys.executable, "-m", "ml.mnist", "figures", "--out", "docs/figures/mnist"]),
    # The gradient-descent page's runs, and the evaluation page's report (trains the default run).
    ("figures/ml/gradient-descent", [sys.executable, "-m", "ml.mnist.figures_gd", "--out",
                                     "docs/figures/ml/gradient-descent"]),
    ("figures/ml/evaluate", [sys.executable, "-m", "ml.mnist.figures_eval", "--out",
                             "docs/figures/ml/evaluate"]),
    ("figures/dsa", [sys.executable, "-m", "dsa.growth", "--out", "docs/figures/dsa"]),
    # The distributed page: times 1 and 2 MPI processes (needs the "distributed" extra), ~2 min.
    ("figures/ml/distributed", [sys.executable, "-m", "ml.distributed", "figures", "--out",
                                "docs/figures/ml/distributed"]),
    # The language-model pages: reads runs/text/*.npz, training any missing model (~30 CPU min).
    ("figures/ml/text", [sys.executable, "-m", "ml.text.figures", "--runs", "runs/text",
                         "--out", "docs/figures/ml/text"]),
]

# One figure per biology essay, drawn by its module's command line.
ESSAY_FIGURES: dict[str, str] = {
    "figures/biology/ant_colony.png": "biology.ant_colony",
    "figures/biology/brain_backprop.png": "biology.brain_backprop",  # needs MNIST
    "figures/biology/elementary_automata.png": "biology.elementary_automata",
    "figures/biology/epidemics.png": "biology.epidemics",
    "figures/biology/evolution.png": "biology.evolution",
    "figures/biology/game_of_life.png": "biology.game_of_life",
    "figures/biology/genomes.png": "biology.genomes",
    "figures/biology/hodgkin_huxley.png": "biology.hodgkin_huxley",
    "figures/biology/hopfield.png": "biology.hopfield",
    "figures/biology/immune.png": "biology.immune",
    "figures/biology/l_systems.png": "biology.l_systems",
    "figures/biology/learning_in_time.png": "biology.learning_in_time",  # needs MNIST
    "figures/biology/lif_neuron.png": "biology.lif_neuron",
    "figures/biology/oja_rule.png": "biology.oja_rule",
    "figures/biology/percolation.png": "biology.percolation",
    "figures/biology/phyllotaxis.png": "biology.phyllotaxis",
    "figures/biology/phylogeny.png": "biology.phylogeny",
    "figures/biology/pruning.png": "biology.pruning",              # needs MNIST
    "figures/biology/receptive_fields.png": "biology.receptive_fields",  # needs MNIST
    "figures/biology/sequence_alignment.png": "biology.sequence_alignment",
    "figures/biology/slime_mould.png": "biology.slime_mould",
    "figures/biology/swarms.png": "biology.swarms",
    "figures/biology/td_learning.png": "biology.td_learning",
    "figures/biology/turing_patterns.png": "biology.turing_patterns",
    "figures/biology/visual_cortex.png": "biology.visual_cortex",  # needs MNIST
}
FIGURE_COMMANDS += [(figure, [sys.executable, "-m", module, "--out", f"docs/{figure}"])
                    for figure, module in ESSAY_FIGURES.items()]

# Tables of measured figures: the command prints Markdown, saved to the named file for the pages
# that include it. Timings: they depend on the machine that runs them.
BENCHMARK = [sys.executable]
FIGURE_COMMANDS += [
    ("figures/mnist/speed.md", [*BENCHMARK, "benchmarks/mnist_mlp.py", "--markdown"]),
    ("figures/mnist/seeds.md", [*BENCHMARK, "benchmarks/mnist_seeds.py", "--markdown"]),
    ("figures/ml/classic-mnist.md", [*BENCHMARK, "benchmarks/classic_mnist.py", "--markdown"]),
    ("figures/ml/backward-cost.md", [*BENCHMARK, "benchmarks/backward_cost.py", "--markdown"]),
    ("figures/ml/epoch-growth.md", [*BENCHMARK, "benchmarks/epoch_growth.py", "--markdown"]),
    ("figures/ml/cnn-speed.md", [*BENCHMARK, "benchmarks/cnn.py", "--markdown"]),
    ("figures/dsa/benchmark-structures.md",
     [*BENCHMARK, "benchmarks/dsa_structures.py", "--markdown"]),
    ("figures/dsa/benchmark-algorithms.md",
     [*BENCHMARK, "benchmarks/dsa_algorithms.py", "--markdown"]),
    ("figures/dsa/benchmark-peers.md",
     [*BENCHMARK, "benchmarks/dsa_structures.py", "--peers", "--markdown"]),
]

_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_IMG_TAG = re.compile(r"<img\b[^>]*\bsrc=\"([^\"]+)\"", re.IGNORECASE)
_CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]+`", re.MULTILINE | re.DOTALL)


def missing_figures(docs: Path = DOCS) -> dict[str, list[str]]:
    """Figures that pages refer to but that do not exist: ``{page: [figure paths]}``.

    Only local images under a ``figures/`` folder count; other images are the writer's business
    and the strict build checks them anyway. Code blocks and code spans are skipped.
    """
    missing: dict[str, list[str]] = {}
    for page in sorted(docs.rglob("*.md")):
        text = _CODE.sub("", page.read_text(encoding="utf-8"))  # examples in code are not figures
        for target in _IMAGE.findall(text) + _IMG_TAG.findall(text):
            target = target.split("#")[0].split("?")[0]
            if "://" in target or "figures/" not in target:
                continue
            path = (page.parent / target).resolve()
            if not path.exists():
                missing.setdefault(str(page.relative_to(docs)), []).append(
                    str(path.relative_to(docs.resolve())) if path.is_relative_to(docs.resolve())
                    else target)
    return missing


def command_for(figure: str) -> str:
    """The command that draws ``figure`` (a path inside docs/), or advice when none is known.

    >>> command_for("figures/mnist/confusion.png")
    'python -m ml.mnist figures --out docs/figures/mnist'
    """
    for folder, command in FIGURE_COMMANDS:
        if figure == folder or figure.startswith(folder + "/"):
            return " ".join(["python", *command[1:]])
    return "(none registered: add one to FIGURE_COMMANDS in tools/site.py)"


def _mkdocs_env() -> dict[str, str]:
    # Silences Material's notice about MkDocs 2; the build output should show only real news.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def generate_pages() -> int:
    """Write the docs tree and its configuration (:mod:`tools.pages.generate`); 1 on problems."""
    from tools.pages.generate import CONFIG_OUT, OUT, generate

    started = time.monotonic()
    generated, changed = generate(ROOT)
    for error in generated.errors:
        print(f"generate: {error}", file=sys.stderr)
    print(f"==> {len(generated.pages)} pages ({generated.generated} generated) in "
          f"{OUT.relative_to(ROOT)}/, nav in {CONFIG_OUT.name}: {changed} files changed "
          f"({time.monotonic() - started:.1f} s)", flush=True)
    if generated.errors:
        print(f"{len(generated.errors)} problem(s) above: fix them, then build again",
              file=sys.stderr)
        return 1
    return 0


def build(site_dir: Path, check_figures: bool = True) -> int:
    """Generate the pages, then run the strict build into ``site_dir``; return the exit code."""
    from tools.pages.generate import CONFIG_OUT

    code = generate_pages()
    if code != 0:
        return code
    if check_figures:
        missing = missing_figures()
        if missing:
            print("Figures the pages need are missing:", file=sys.stderr)
            for page, figures in missing.items():
                for figure in figures:
                    print(f"  {page}: {figure}\n      make it with: {command_for(figure)}",
                          file=sys.stderr)
            print("Or run `python -m tools.site figures` to draw them all.", file=sys.stderr)
            return 2
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.building-", dir=site_dir.parent))
    print(f"==> building the site into {site_dir} (about a minute; progress below)", flush=True)
    started = time.monotonic()
    # Never add -q: MkDocs 1.6 then stops counting warnings, and --strict lets them all pass.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(CONFIG_OUT),
               "--site-dir", str(fresh)]
    code = subprocess.run(command, cwd=ROOT, env=_mkdocs_env(), check=False).returncode
    if code != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"the build failed (exit {code}); {site_dir} is unchanged", file=sys.stderr)
        return code
    from tools.print_pages import write_print_pages

    printable = write_print_pages(fresh)   # one page per section, for reading offline or paper
    if printable:
        print(f"==> {len(printable)} printable pages in {site_dir / 'print'}", flush=True)
    swap_in(fresh, site_dir)
    print(f"==> built in {time.monotonic() - started:.0f} s", flush=True)
    return 0


def swap_in(fresh: Path, site_dir: Path) -> None:
    """Put the folder ``fresh`` in the place of ``site_dir``, with two renames.

    >>> root = Path(tempfile.mkdtemp())
    >>> (root / "site").mkdir(); (root / "new").mkdir(); _ = (root / "new" / "a").write_text("x")
    >>> swap_in(root / "new", root / "site")
    >>> sorted(p.name for p in root.iterdir()), (root / "site" / "a").read_text()
    (['site'], 'x')
    """
    old = None
    if site_dir.exists():
        old = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
        site_dir.rename(old)
    fresh.rename(site_dir)
    site_dir.chmod(0o777 & ~_umask())   # mkdtemp made it private; a site is for reading
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # one line per request is noise here
        pass


def listen(site_dir: Path, host: str, port: int) -> http.server.ThreadingHTTPServer | None:
    """A server for ``site_dir`` bound to ``host:port``, or None (with a one-line error).

    It binds at once, so the port is known to be free before a minute of building.
    """
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    try:
        return http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as error:
        print(f"cannot listen on {host}:{port} ({error.strerror}): another server may be "
              f"using it; stop it, or choose another port with --port", file=sys.stderr)
        return None


# What the site is made from: a change to any file here makes `serve` build again.
WATCHED = ("docs", "ml", "dsa", "biology", "practice", "tools", "overrides", "mkdocs.yml")


def source_stamp(root: Path = ROOT, watched: tuple[str, ...] = WATCHED) -> tuple[int, int]:
    """How many source files there are and the newest one's modification time (ns): any edit,
    new file or deleted file changes it.

    >>> root = Path(tempfile.mkdtemp()); _ = (root / "a.md").write_text("x")
    >>> before = source_stamp(root, ("a.md", "docs"))
    >>> _ = (root / "b.md").write_text("y"); source_stamp(root, ("a.md", "b.md")) != before
    True
    """
    count, newest = 0, 0
    for name in watched:
        top = root / name
        for path in [top] if top.is_file() else top.rglob("*"):
            if "__pycache__" not in path.parts and path.is_file():
                count, newest = count + 1, max(newest, path.stat().st_mtime_ns)
    return count, newest


def watch(site_dir: Path, stop: threading.Event, every: float = 2.0) -> None:
    """Build ``site_dir`` again each time the sources change, until ``stop`` is set."""
    stamp = source_stamp()
    while not stop.wait(every):
        if source_stamp() != stamp:
            print("==> a source changed: building again (the old site is served meanwhile)",
                  flush=True)
            build(site_dir)
            stamp = source_stamp()


def serve(site_dir: Path, host: str, port: int,
          server: http.server.ThreadingHTTPServer | None = None, rebuild: bool = False) -> int:
    """Serve ``site_dir`` until Ctrl-C (on ``server`` if it is already bound); with
    ``rebuild``, build it again whenever a source changes."""
    server = server or listen(site_dir, host, port)
    if server is None:
        return 2
    print(f"Serving {site_dir} at http://{host}:{server.server_port}/  (Ctrl-C stops)",
          flush=True)
    stop = threading.Event()
    if rebuild:
        print("==> watching the sources; a change rebuilds the site (--no-watch: off)", flush=True)
        threading.Thread(target=watch, args=(site_dir, stop), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nstopped")
    finally:
        stop.set()
        server.server_close()
    return 0


def figures(only: str | None) -> int:
    """Run the figure commands (all, or those whose folder contains ``only``)."""
    chosen = [(f, c) for f, c in FIGURE_COMMANDS if only is None or only in f]
    if not chosen:
        print(f"no figure folder matches {only!r}; known: "
              f"{', '.join(f for f, _ in FIGURE_COMMANDS)}", file=sys.stderr)
        return 2
    for folder, command in chosen:
        print(f"==> docs/{folder}: {' '.join(['python', *command[1:]])}", flush=True)
        if folder.endswith(".md"):  # a table printed on stdout: keep it only if the run succeeds
            run = subprocess.run(command, cwd=ROOT, check=False, stdout=subprocess.PIPE,
                                 text=True)
            code = run.returncode
            if code == 0:
                target = DOCS / folder
                partial = target.with_name(target.name + ".part")
                partial.write_text(run.stdout, encoding="utf-8")
                partial.replace(target)
        else:
            code = subprocess.run(command, cwd=ROOT, check=False).returncode
        if code != 0:
            print(f"the figure command for docs/{folder} failed (exit {code})", file=sys.stderr)
            return code
    return 0


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def pdf(site_dir: Path, out_dir: Path, chromium: str = CHROMIUM,
        sections: tuple[str, ...] | None = None) -> int:
    """Print each section's printable page in ``site_dir`` to ``out_dir/<section>.pdf``."""
    from tools.print_pages import FOLDER, SECTIONS

    if shutil.which(chromium) is None:
        print(f"no Chromium at {chromium}: install Debian's chromium package (`./run pdf` does), "
              "or name one with CHROMIUM=/path/to/chromium", file=sys.stderr)
        return 2
    pages = [(s, site_dir / FOLDER / f"{s}.html") for s in sections or tuple(SECTIONS)]
    missing = [str(page) for _, page in pages if not page.is_file()]
    if missing:
        print(f"{missing[0]} is missing: build the site first (python -m tools.site build)",
              file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        for section, page in pages:
            target = out_dir / f"{section}.pdf"
            partial = out_dir / f".{section}.pdf.part"   # a failed print keeps the old PDF
            command = [chromium, "--headless", "--no-sandbox", "--disable-gpu",
                       f"--user-data-dir={profile}", "--no-pdf-header-footer",
                       # the site is offline: no request may leave the machine
                       "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                       "--run-all-compositor-stages-before-draw", "--virtual-time-budget=30000",
                       f"--print-to-pdf={partial}", page.resolve().as_uri()]
            run = subprocess.run(command, capture_output=True, text=True, check=False)
            if run.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
                partial.unlink(missing_ok=True)
                print(f"Chromium could not print {page} (exit {run.returncode}):\n"
                      f"{run.stderr[-1000:]}", file=sys.stderr)
                return 1
            partial.replace(target)
            print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)", flush=True)
    return 0


def weights(model: Path, out: Path) -> int:
    """Export ``model`` to ``out`` for the draw-a-digit page."""
    from tools.digit_weights import export_model

    if not model.is_file():
        print(f"no model file at {model}; train one with\n"
              f"  python -m ml.mnist train --out {model}\nor name one with --model PATH",
              file=sys.stderr)
        return 2
    try:
        summary = export_model(model, out)
    except ValueError as error:  # ml.nn.io.ModelFileError is a ValueError
        print(f"cannot export {model}: {error}", file=sys.stderr)
        return 2
    accuracy = summary["test_accuracy"]
    print(f"wrote {out} ({summary['bytes'] / 1e3:.0f} kB): network "
          f"{'-'.join(map(str, summary['sizes']))}"
          + (f", test accuracy {100 * accuracy:.2f}%" if accuracy is not None else ""))
    return 0


class _Formatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Defaults in the option help, and descriptions printed line by line as written."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.site",
        description="Build, serve and feed the ML from Scratch site (MkDocs + Material). "
                    "Everything works offline.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("generate", help="write the pages and the nav the site is built from",
                   description="Write build/docs/ (docs/ and the pages generated from the code) "
                               "and mkdocs.generated.yml (mkdocs.yml with the whole nav). "
                               "`build`, `serve` and `pdf` do this first.")

    p = sub.add_parser("build", help="generate, then a strict build into site/",
                       description="Generate the pages, then run `mkdocs build --strict` on "
                                   "mkdocs.generated.yml. Fails on broken links, missing "
                                   "anchors, missing snippet sections, bad formulas, and "
                                   "figures that have not been drawn.",
                       formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--site-dir", type=Path, default=ROOT / "site", help="where the site goes")

    p = sub.add_parser("serve", help="build, then serve on 127.0.0.1",
                       description="Build the site, then serve it until Ctrl-C.",
                       formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--port", type=int, default=8000, help="port to listen on (0: any free one)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--site-dir", type=Path, default=ROOT / "site", help="where the site goes")
    p.add_argument("--no-build", action="store_true",
                   help="serve the existing site as it is (and do not watch the sources)")
    p.add_argument("--no-watch", action="store_true",
                   help="do not build again when a source changes")

    p = sub.add_parser("pdf", help="build, then print each section to a PDF",
                       description="Build the site, then print its one-page sections "
                                   "(print/ml.html, print/dsa.html, print/biology.html) to PDF "
                                   "files with headless Chromium.",
                       formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--site-dir", type=Path, default=ROOT / "site", help="where the site goes")
    p.add_argument("--out", type=Path, default=ROOT / "pdf", help="folder for the PDF files")
    p.add_argument("--no-build", action="store_true", help="print the existing site as it is")

    p = sub.add_parser("figures", help="draw every figure again (slow)",
                       description="Run each section's figure command, in this order:\n  "
                       + "\n  ".join(" ".join(["python", *c[1:]]) for _, c in FIGURE_COMMANDS),
                       formatter_class=_Formatter)
    p.add_argument("--only", metavar="TEXT",
                   help="run only the commands whose target (folder or file) contains TEXT")

    p = sub.add_parser("weights", help="export the MNIST model for Draw a digit",
                       description="Write the trained network's weights into a script the "
                                   "draw-a-digit page loads.",
                       formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--model", type=Path, default=DEFAULT_MODEL,
                   help="model file saved by `python -m ml.mnist train --out PATH`")
    p.add_argument("--out", type=Path, default=WEIGHTS_JS, help="the script to write")

    args = parser.parse_args(argv)
    if args.command == "generate":
        return generate_pages()
    if args.command == "build":
        return build(args.site_dir)
    if args.command == "serve":
        server = listen(args.site_dir.resolve(), args.host, args.port)   # before the build
        if server is None:
            return 2
        if not args.no_build:
            code = build(args.site_dir)
            if code != 0:
                server.server_close()
                return code
        return serve(args.site_dir.resolve(), args.host, args.port, server,
                     rebuild=not (args.no_watch or args.no_build))
    if args.command == "pdf":
        if not args.no_build:
            code = build(args.site_dir)
            if code != 0:
                return code
        return pdf(args.site_dir.resolve(), args.out)
    if args.command == "figures":
        return figures(args.only)
    return weights(args.model, args.out)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the reader went away (`| head -1`): stop quietly, as SIGPIPE would
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
