"""Generate a page for every data structure, algorithm and classic model, from its module.

Each module in ``dsa/`` and in the classic parts of ``ml/`` already teaches: its docstring explains
the idea, states the invariant or the math and gives the costs, and its code is the tested
implementation. :func:`module_pages` turns each module into a page
``<top>/<package>/<module>.md``: the docstring as prose, the figure drawn for it when there is
one (``docs/figures/<top>/<package>.<module>.png``, e.g. by :mod:`dsa.growth`), and the source
after the docstring included with ``pymdownx.snippets``; plus a landing page per package listing
its modules in teaching order (:data:`ORDER`). Nothing is pasted, so the pages cannot drift from
the code. The nav (:mod:`tools.pages.nav`) files the pages under their section, in the order the
landing page lists them.

>>> pages = module_pages(Path(__file__).resolve().parents[2])
>>> "dsa/sorting/index.md" in pages and "dsa/sorting/merge_sort.md" in pages
True
>>> '--8<-- "dsa/sorting/merge_sort.py:' in pages["dsa/sorting/merge_sort.md"]
True

Cost: one directory walk and one parse per module, O(size of the packages), per generation.
"""

from __future__ import annotations

import ast
from pathlib import Path

from dsa.growth import CAPTIONS
from tools.hooks.docstrings import markdown_docstring

ROOT = Path(__file__).resolve().parents[2]

#: The packages that get pages, in the order a reader meets them, with their section titles.
#: ``ml/nn`` is absent on purpose: the centrepiece has hand-written pages that walk through it.
PACKAGES = {
    "dsa": {
        "structures": "Data structures",
        "sorting": "Sorting",
        "selection": "Selection",
        "searching": "Searching",
        "trees": "Trees",
        "range_queries": "Range queries",
        "graphs": "Graph algorithms",
        "dp": "Dynamic programming",
        "greedy": "Greedy algorithms",
        "strings": "String algorithms",
        "number_theory": "Number theory",
        "geometry": "Computational geometry",
        "randomized": "Randomised and streaming algorithms",
        "backtracking": "Recursion and backtracking",
    },
    "ml": {
        "linear": "Linear models",
        "neighbors": "Nearest neighbours",
        "bayes": "Naive Bayes",
        "discriminant": "Discriminant analysis",
        "trees": "Decision trees",
        "ensemble": "Ensembles",
        "svm": "Support vector machines",
        "cluster": "Clustering",
        "decomposition": "Dimensionality reduction",
        "autograd": "Automatic differentiation",
        "cnn": "Convolutional networks",
        "preprocessing": "Preprocessing",
        "model_selection": "Model selection",
    },
}


#: Each package's modules in teaching order: simple before what builds on it (the stack before
#: the graph search that uses one, least squares before the regularised and the iterative
#: models). The index tables and the nav follow this order; a module not listed here comes
#: last, alphabetically, and a test asks for it to be placed.
ORDER = {
    "dsa/structures": ["dynamic_array", "linked_list", "stack", "deque", "hash_map", "lru_cache",
                       "binary_heap", "indexed_priority_queue", "binary_search_tree", "avl_tree",
                       "skip_list", "trie", "graph", "union_find", "bloom_filter",
                       "fenwick_tree", "segment_tree"],
    "dsa/sorting": ["selection_sort", "bubble_sort", "insertion_sort", "merge_sort",
                    "quick_sort", "heap_sort", "counting_sort", "radix_sort"],
    "dsa/selection": ["quickselect", "median_of_medians"],
    "dsa/searching": ["binary_search", "rotated_search"],
    "dsa/trees": ["traversals", "tree_dp", "lca", "red_black_tree", "b_tree"],
    "dsa/graphs": ["traversal", "paths", "components", "undirected_cycles", "bipartite",
                   "topological_sort", "strongly_connected", "kosaraju", "bridges", "eulerian",
                   "dijkstra", "zero_one_bfs", "a_star", "bellman_ford", "floyd_warshall",
                   "johnson", "prim", "kruskal", "boruvka", "max_flow", "bipartite_matching",
                   "two_sat"],
    "dsa/dp": ["coin_change", "longest_increasing_subsequence", "longest_common_subsequence",
               "edit_distance", "knapsack", "matrix_chain"],
    "dsa/greedy": ["interval_scheduling", "fractional_knapsack", "huffman"],
    "dsa/range_queries": ["sparse_table", "lazy_segment_tree", "treap"],
    "dsa/strings": ["rabin_karp", "kmp", "z_algorithm", "horspool", "aho_corasick", "manacher",
                    "suffix_array", "burrows_wheeler"],
    "dsa/number_theory": ["gcd", "modular", "sieve", "miller_rabin"],
    "dsa/geometry": ["orientation", "convex_hull", "closest_pair"],
    "dsa/randomized": ["shuffle", "reservoir", "count_min", "hyperloglog", "consistent_hashing"],
    "dsa/backtracking": ["subsets", "permutations", "n_queens"],
    "ml/linear": ["least_squares", "ridge", "logistic", "perceptron"],
    "ml/trees": ["criteria", "cart"],
    "ml/ensemble": ["random_forest", "gradient_boosting"],
    "ml/cluster": ["kmeans", "gmm", "agglomerative", "dbscan"],
    "ml/autograd": ["value", "nn"],
    "ml/preprocessing": ["scaling", "encoding"],
    "ml/model_selection": ["split", "validation"],
}

#: Short titles for modules whose docstring's first line is a sentence rather than
#: "Name: what it is"; the sentence then becomes the page's lead and the index's description.
SHORT_NAMES = {
    "quick_sort": "Quicksort", "bellman_ford": "Bellman–Ford", "components": "Connected components",
    "dijkstra": "Dijkstra's algorithm", "paths": "Paths from predecessors",
    "strongly_connected": "Strongly connected components", "traversal": "BFS and DFS",
    "edit_distance": "Edit distance", "longest_common_subsequence": "Longest common subsequence",
    "longest_increasing_subsequence": "Longest increasing subsequence",
    "suffix_array": "Suffix array", "permutations": "Permutations", "subsets": "Subsets",
    "linear_svm": "Linear SVM", "agglomerative": "Agglomerative clustering",
    "gmm": "Gaussian mixtures", "kmeans": "k-means", "pca": "PCA",
    "nn": "Neural networks of Values",
    "value": "The Value engine", "max_flow": "Maximum flow",
    "rotated_search": "Rotated sorted arrays",
}


def ordered_modules(folder: Path, key: str) -> list[Path]:
    """The public modules of ``folder`` in the teaching order of :data:`ORDER` (``key``).

    >>> [p.stem for p in ordered_modules(ROOT / "dsa" / "sorting", "dsa/sorting")][:3]
    ['selection_sort', 'bubble_sort', 'insertion_sort']
    """
    modules = sorted(p for p in folder.glob("*.py") if not p.stem.startswith("_"))
    rank = {stem: i for i, stem in enumerate(ORDER.get(key, []))}
    return sorted(modules, key=lambda p: (rank.get(p.stem, len(rank)), p.stem))


def module_title(path: Path) -> tuple[str, str]:
    """A module's short title and its one-line description, from its docstring's first line.

    >>> module_title(ROOT / "dsa" / "sorting" / "merge_sort.py")
    ('Merge sort', 'Sort each half, then merge the two sorted halves.')
    >>> module_title(ROOT / "dsa" / "graphs" / "dijkstra.py")[0]
    "Dijkstra's algorithm"
    """
    first = " ".join(_summary(module_docstring(path))[0].split())
    title, lead = split_title(first, path.stem)
    if not lead:
        title, lead = SHORT_NAMES.get(path.stem, title), first
    return title, lead


def _summary(docstring: str) -> tuple[str, str]:
    """A docstring's first paragraph (its summary, sometimes wrapped) and the rest.

    >>> _summary("Johnson: reweight, then run\\nDijkstra.\\n\\nMore.")
    ('Johnson: reweight, then run\\nDijkstra.', 'More.')
    """
    summary, _, rest = docstring.strip().partition("\n\n")
    return summary, rest.strip()


def module_docstring(path: Path) -> str:
    """The module docstring of the Python file at ``path`` ('' if it has none).

    >>> module_docstring(Path(__file__)).splitlines()[0]
    'Generate a page for every data structure, algorithm and classic model, from its module.'
    """
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def split_title(first_line: str, fallback: str) -> tuple[str, str]:
    """Split a docstring's first line "Name: what it does" into a short title and a lead.

    >>> split_title("Binary heap: a tree in a list.", "x")
    ('Binary heap', 'A tree in a list.')
    >>> split_title("Knuth-Morris-Pratt search", "x")
    ('Knuth-Morris-Pratt search', '')
    """
    title, colon, lead = first_line.strip().partition(": ")
    if not colon:
        return title.rstrip(".") or fallback, ""
    return title, lead[:1].upper() + lead[1:]


def code_start(path: Path) -> int:
    """The first line after the module docstring (1-based), so pages do not show it twice.

    >>> code_start(Path(__file__)) > 1
    True
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    first = tree.body[0] if tree.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
            and isinstance(first.value.value, str):
        return (first.end_lineno or 0) + 1
    return 1


def _title_and_body(path: Path) -> tuple[str, str]:
    title, lead = module_title(path)
    body = markdown_docstring(_summary(module_docstring(path))[1])
    return title, (f"*{lead}*\n\n{body}" if lead else body)


def _module_page(root: Path, top: str, package: str, path: Path) -> str:
    title, body = _title_and_body(path)
    relative = path.relative_to(root).as_posix()
    figure = root / "docs" / "figures" / top / f"{package}.{path.stem}.png"
    lines = [f"# {title}", "", body, ""]
    if figure.exists():
        lines += ["## Measured growth", "",
                  f"![Counted growth of {path.stem.replace('_', ' ')}]"
                  f"(../../figures/{top}/{figure.name})", "",
                  CAPTIONS.get(figure.stem, ""), ""]
        if top == "dsa":
            lines += ["Counted, not timed: `python -m dsa.growth` draws this from comparisons "
                      "or reads on seeded inputs, so it is the same on every machine.", ""]
    start = code_start(path)
    end = len(path.read_text(encoding="utf-8").splitlines())
    lines += ["## The code", "", f"From `{relative}`, the file the tests check (its docstring is "
              "the text above):", "",
              "```python", f'--8<-- "{relative}:{start}:{end}"', "```", "",
              f"API: [`{top}.{package}.{path.stem}`](../../api/{top}.{package}.md"
              f"#{top}.{package}.{path.stem}).", ""]
    return "\n".join(lines)


def _index_page(root: Path, top: str, package: str, modules: list[Path]) -> str:
    title = PACKAGES[top][package]
    docstring = module_docstring(root / top / package / "__init__.py")
    lines = [f"# {title}", "", markdown_docstring(docstring), ""]
    figure = root / "docs" / "figures" / top / f"{package}.png"
    if figure.exists():
        lines += [f"![{title}](../../figures/{top}/{figure.name})", "",
                  CAPTIONS.get(figure.stem, ""), ""]
    lines += ["| page | what it is |", "| --- | --- |"]
    for path in modules:
        name, lead = module_title(path)
        lines.append(f"| [{name}]({path.stem}.md) | {lead} |")
    return "\n".join(lines) + "\n"


def module_pages(root: Path) -> dict[str, str]:
    """Every generated page, as ``{path inside docs: Markdown}``."""
    pages: dict[str, str] = {}
    for top, packages in PACKAGES.items():
        for package in packages:
            folder = root / top / package
            modules = ordered_modules(folder, f"{top}/{package}")
            if not modules:
                continue
            pages[f"{top}/{package}/index.md"] = _index_page(root, top, package, modules)
            for path in modules:
                pages[f"{top}/{package}/{path.stem}.md"] = _module_page(root, top, package, path)
    return pages

