"""The site's tools: build, serve and feed the docs (:mod:`tools.site`), export the trained network
for "Draw a digit" (:mod:`tools.digit_weights`), the pages generated before the build
(:mod:`tools.pages`), and the Markdown extensions and MkDocs build hooks (``tools/hooks``).

Run them from the repository root as modules, like every command of the project:
``python -m tools.site build``. They are not part of the installed library (``ml``, ``dsa``,
``biology``): they know the site's folder layout, which the library does not.
"""
