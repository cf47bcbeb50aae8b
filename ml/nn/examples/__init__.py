"""Small scripts the pages show whole, each runnable as it stands (a test runs every one).

``python -m ml.nn.examples.NAME`` runs one from the repository root; the pages include them with
``pymdownx.snippets``, so what a reader copies is what the tests ran.
"""
