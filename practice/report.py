"""Text for the terminal: a check's summary, and a problem statement rendered from Markdown.

>>> from practice.runner import CheckResult, TestResult
>>> result = CheckResult("two-sum", "two_sum.py", "failed", tests=[
...     TestResult("test_example_1", "passed"),
...     TestResult("test_example_2", "failed", "wrong answer", {"nums": "[3, 2, 4]"}, "[1, 2]",
...                "[0, 0]")])
>>> print(format_check(result))
two-sum: 1 of 2 tests passed
  PASS  test_example_1
  FAIL  test_example_2: wrong answer
          nums = [3, 2, 4]
          expected: [1, 2]
          actual:   [0, 0]
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

from practice.limits import shorten

if TYPE_CHECKING:  # the runner imports hypothesis; rendering a statement should not need it
    from practice.runner import CheckResult, TestResult

OUTPUT_LINES = 8    # lines of a test's printed output shown
OUTPUT_WIDTH = 120  # characters of each line shown

_LABELS = {"passed": "PASS", "failed": "FAIL", "error": "ERROR", "timeout": "TIME",
           "not-attempted": "TODO"}


def _indent(text: str, prefix: str) -> str:
    return textwrap.indent(text, prefix, lambda line: True)


def _format_test(test: TestResult) -> list[str]:
    label = _LABELS.get(test.outcome, test.outcome.upper())
    lines = [f"  {label:<5} {test.name}" + (f": {test.message}" if test.message else "")]
    pad = " " * 10
    if test.outcome == "passed":
        return lines
    for name, value in (test.inputs or {}).items():
        lines.append(f"{pad}{name} = {value}")
    if test.expected is not None or test.actual is not None:
        lines.append(f"{pad}expected: {test.expected}")
        lines.append(f"{pad}actual:   {test.actual}")
    if test.where:
        lines.append(f"{pad}at {test.where}")
    if test.output:
        lines.append(f"{pad}your code printed:")
        printed = test.output.rstrip().splitlines()
        for line in printed[:OUTPUT_LINES]:
            lines.append(f"{pad}| {shorten(line, OUTPUT_WIDTH)}")
        if len(printed) > OUTPUT_LINES:
            lines.append(f"{pad}| ... ({len(printed) - OUTPUT_LINES} more lines)")
    return lines


def format_test(test: TestResult) -> str:
    """One test's line, and for a test that did not pass the details under it.

    >>> from practice.runner import TestResult
    >>> print(format_test(TestResult("test_big", "timeout", "CPU time limit 2 s per test reached")))
      TIME  test_big: CPU time limit 2 s per test reached
    """
    return "\n".join(_format_test(test))


def format_summary(result: CheckResult, prog: str = "python -m dsa.practice") -> str:
    """The lines after the tests' own lines: how many passed, and what next (a command of the
    entry point ``prog``)."""
    if result.status == "error":
        return f"{result.problem}: could not check {result.file}\n{_indent(result.message, '  ')}"
    if result.status == "not-attempted" and result.message:
        return f"{result.problem}: not attempted yet: {result.message}"
    if result.status == "not-attempted":
        return f"{result.problem}: not attempted yet (every test hit NotImplementedError)"
    passed = sum(test.outcome == "passed" for test in result.tests)
    lines = [f"{result.problem}: {passed} of {len(result.tests)} tests passed"]
    if result.passed:
        lines.append(f"Solved! See the reference with `{prog} solution {result.problem}`.")
    return "\n".join(lines)


def format_check(result: CheckResult, prog: str = "python -m dsa.practice") -> str:
    """A summary of a check for the terminal: one line per test, details for each failure."""
    if result.status == "error" or (result.status == "not-attempted"):
        return format_summary(result, prog)
    head, *rest = format_summary(result, prog).splitlines()
    return "\n".join([head, *(format_test(test) for test in result.tests), *rest])


_KEEP_SPACE = "\x00"  # a space inside inline code, which wrapping must not break at


def _inline(text: str) -> str:
    """Drop bold markers outside inline code, and glue the words of each code span together."""
    parts = re.split(r"(`[^`]*`)", text)
    for i, part in enumerate(parts):
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            parts[i] = part.replace(" ", _KEEP_SPACE)
        else:
            parts[i] = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2),
                              part)
    return "".join(parts)


def render_markdown(text: str, width: int = 88) -> str:
    """Markdown made readable in a terminal: paragraphs wrapped, code indented, markup dropped.

    >>> print(render_markdown("Some **bold** `code`\\ntext.\\n\\n```\\nx = 1\\n```\\n- an item"))
    Some bold `code` text.
    <BLANKLINE>
        x = 1
    <BLANKLINE>
    - an item
    >>> print(render_markdown("**Constraints:** `-10**9 <= x`", width=20))
    Constraints:
    `-10**9 <= x`
    >>> print(render_markdown("| n | answer |\\n| 1 | 2 |"))
    | n | answer |
    | 1 | 2 |
    """
    out: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            joined = _inline(" ".join(part.strip() for part in paragraph))
            first = re.match(r"(\s*(?:[-*+]|\d+\.)\s+)", joined)
            indent = " " * len(first.group(1)) if first else ""
            wrapped = textwrap.fill(joined, width, subsequent_indent=indent,
                                    break_on_hyphens=False)
            out.append(wrapped.replace(_KEEP_SPACE, " "))
            paragraph.clear()

    in_code = False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            flush()
            in_code = not in_code
            if in_code and out and out[-1] != "":
                out.append("")
            if not in_code:
                out.append("")
            continue
        if in_code:
            out.append("    " + line)
        elif line.lstrip().startswith(("|", ">")):  # tables and quotes keep their lines
            flush()
            out.append(line.rstrip())
        elif not line.strip():
            flush()
            if out and out[-1] != "":
                out.append("")
        elif re.match(r"\s*(?:[-*+]|\d+\.)\s+", line) or line.startswith("#"):
            flush()
            if line.startswith("#"):
                title = line.lstrip("#").strip()
                out.extend([title, "-" * len(title)])
            else:
                paragraph.append(line)
        else:
            paragraph.append(line)
    flush()
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
