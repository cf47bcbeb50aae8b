"""The command-line convention every essay's demo follows, written once.

Each demo, ``python -m biology.<essay>``, computes a few checkable facts, prints them and draws its
essay's figure. They share one shape:

* ``--out PNG`` (default: ``<essay>.png`` in the current folder), ``--json`` for one JSON object
  on one line instead of text, and ``--seed N`` in every demo that draws random numbers. (Six
  demos are deterministic — elementary automata, Game of Life, Hodgkin–Huxley, L-systems,
  phyllotaxis, sequence alignment — and have no ``--seed``, since it would change nothing.)
* Every numeric option has a range, checked while the options are read: NaN, infinity, a
  negative count or a grid too large to finish are refused before any work starts, and so is an
  ``--out`` that cannot be written.
* A mistake the user can fix ends the demo with one line on standard error, ``error: <what is
  wrong>``, and exit status 2, as in the ``python -m ml.…`` tools (:mod:`ml.cli`), whose checks
  for output paths and list of user errors this module reuses.
* A reader that goes away (``python -m biology.hopfield --help | head -1``) ends the demo quietly.

A demo is a function from the parsed options to ``(facts, text)``: ``facts`` is what ``--json``
prints, ``text`` what is printed otherwise.

>>> parser = demo_parser("biology.example", "An example.", "example.png")
>>> _ = parser.add_argument("--rate", type=real(0, 1, open_low=True), default=0.5)
>>> run(parser, ["--rate", "nan"], lambda args: ({}, ""))  # prints "error: argument --rate: ..."
2
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from biology.figures import add_out_option

__all__ = ["Demo", "add_seed_option", "demo_parser", "integer", "real", "run"]

# What a demo returns: the facts for --json, and the text printed without it.
Demo = Callable[[argparse.Namespace], tuple[dict[str, Any], str]]


class _UsageError(Exception):
    """An option the user gave is malformed or out of range (argparse's own complaint)."""


class _DemoParser(argparse.ArgumentParser):
    """An ArgumentParser whose complaints are one line, raised for :func:`run` to print."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{message} (see {self.prog} --help)")


def demo_parser(module: str, description: str, figure: str) -> argparse.ArgumentParser:
    """The parser of ``python -m <module>``, with ``--out`` (default ``figure``) and ``--json``.

    >>> demo_parser("biology.hopfield", "Hopfield nets.", "hopfield.png").parse_args([]).out
    PosixPath('hopfield.png')
    """
    parser = _DemoParser(prog=f"python -m {module}", description=description)
    add_out_option(parser, figure)
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object on one line instead of text")
    return parser


def add_seed_option(parser: argparse.ArgumentParser, default: int = 0,
                    what: str = "the random generator") -> None:
    """``--seed N``: the seed of every random number the demo draws (``what`` says which)."""
    parser.add_argument("--seed", type=integer(0, 2**32 - 1), default=default,
                        help=f"seed of {what} (default: %(default)s)")


def integer(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number in ``low..high``, or a one-line reason why not.

    >>> integer(1, 10)("3")
    3
    >>> integer(1, 10)("0")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: must be a whole number from 1 to 10, got 0
    """
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {low} to {high}, got {text}")
        return value

    return parse


def real(low: float, high: float, *, open_low: bool = False,
         open_high: bool = False) -> Callable[[str], float]:
    """An argparse ``type``: a finite number in the interval, or a one-line reason why not.

    NaN and infinity are refused: ``float("nan")`` parses, and then fails every comparison, so a
    check written as ``if x < 0: error`` lets it through.

    >>> real(0, 1, open_low=True)("0.25")
    0.25
    >>> real(0, 1, open_low=True)("nan")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: must be a finite number in (0, 1], got nan
    """
    interval = f"{'(' if open_low else '['}{low:g}, {high:g}{')' if open_high else ']'}"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        above = value > low if open_low else value >= low
        below = value < high if open_high else value <= high
        if not (math.isfinite(value) and above and below):
            raise argparse.ArgumentTypeError(
                f"must be a finite number in {interval}, got {text}")
        return value

    return parse


def run(parser: argparse.ArgumentParser, argv: Sequence[str] | None, demo: Demo) -> int:
    """Read the options, check ``--out`` can be written, run ``demo`` and print its result.

    Returns the exit status: 0, or 2 after one ``error: ...`` line for a user's mistake, or 141
    (as a tool killed by SIGPIPE) when the reader of standard output has gone away.
    """
    from ml.cli import USER_ERRORS, check_output_file

    try:
        try:
            args = parser.parse_args(argv)
            check_output_file(args.out)
            facts, text = demo(args)
        except SystemExit as done:  # --help: printed, nothing else to do
            sys.stdout.flush()
            return int(done.code or 0)
        except (_UsageError, *USER_ERRORS) as err:
            print("error: " + " ".join(str(err).split()), file=sys.stderr)
            return 2
        print(json.dumps(facts) if args.json else text)
        sys.stdout.flush()  # here, so that a reader gone away (`| head`) is caught below
        return 0
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError):  # nothing left to fail at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
