"""The site's generated pages, written as Markdown files before the build.

About two thirds of the site's pages come from the code, not from ``docs/``: the API reference
(:mod:`tools.pages.api`), a page per module of ``dsa/`` and the classic ``ml/`` packages
(:mod:`tools.pages.modules`), and the practice problems and exercises of every section with the
"Try it" boxes that lead to them (:mod:`tools.pages.practice`). :mod:`tools.pages.generate` runs
them all and writes one complete docs tree and one complete configuration with every page in the
nav (:mod:`tools.pages.nav`), so a site engine only has to render Markdown: MkDocs does, and so
would Zensical, which runs no MkDocs hooks. ``python -m tools.site generate`` runs it;
``build``, ``serve`` and ``pdf`` run it first.
"""
