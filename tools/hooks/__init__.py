"""Python-Markdown extensions (``markdown_extensions`` in ``mkdocs.yml``: math, brackets) and the
MkDocs build hooks that polish the rendered pages (``hooks:``). The pages generated from the code
are not hooks: :mod:`tools.pages` writes them before the build.

MkDocs loads each hook by its file path, with this folder on ``sys.path`` while it does, so a
hook imports a sibling as a top-level module (``from docstrings import ...``). The tests import
them as ``tools.hooks.<name>``.
"""
