"""MkDocs build hooks, listed under ``hooks:`` in ``mkdocs.yml``.

MkDocs loads each hook by its file path, with this folder on ``sys.path`` while it does, so a
hook imports a sibling as a top-level module (``from docstrings import ...``). The tests import
them as ``tools.hooks.<name>``.
"""
