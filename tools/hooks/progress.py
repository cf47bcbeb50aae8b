"""Say how far the build has got, so a minute-long build does not look like a hung one.

MkDocs logs nothing between "Building documentation" and "Documentation built", and turning
the mkdocstrings reference pages into HTML takes most of a minute. This hook logs a line after
every :data:`EVERY` pages it has rendered, and one when the pages are being written out.

>>> progress = Progress(total=60, every=25)
>>> [message for message in (progress.step() for _ in range(60)) if message]
['rendered 25 of 60 pages', 'rendered 50 of 60 pages']

Cost: a counter per page.
"""

from __future__ import annotations

import logging

log = logging.getLogger("mkdocs.hooks.progress")
EVERY = 25


class Progress:
    """Counts rendered pages; :meth:`step` returns a message every ``every`` pages."""

    def __init__(self, total: int, every: int = EVERY) -> None:
        self.total, self.every, self.done = total, every, 0

    def step(self) -> str | None:
        self.done += 1
        if self.done % self.every == 0:
            return f"rendered {self.done} of {self.total} pages"
        return None


_progress = Progress(0)


def on_nav(nav, config, files):
    """MkDocs hook: every page is known once the nav is built."""
    global _progress
    _progress = Progress(len(files.documentation_pages()))
    log.info("rendering %d pages", _progress.total)
    return nav


def on_page_content(html, page, config, files):
    """MkDocs hook: count one more rendered page."""
    message = _progress.step()
    if message:
        log.info(message)
    return html


def on_env(env, config, files):
    """MkDocs hook: the pages are rendered; writing them out comes next."""
    log.info("all %d pages rendered; writing the site", _progress.done)
    return env
