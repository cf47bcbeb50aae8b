"""Root pytest configuration: what doctest collection must not import."""

# Practice starters and buggy variants are data for the practice checker, not library code;
# benchmarks are scripts that print figures; neither belongs in the doctest run. The pages'
# examples (ml/nn/examples) are scripts that run on import: tests/docs/test_runnable_blocks.py
# runs each of them instead.
collect_ignore_glob = ["dsa/practice/problems/*", "ml/exercises/*/*", "biology/exercises/*/*",
                       "benchmarks/*", "site/*", ".venv/*", "docs/*",
                       "ml/nn/examples/*"]
