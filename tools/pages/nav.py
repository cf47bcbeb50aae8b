"""Put every page in the nav, even the ones nobody listed in ``mkdocs.yml``.

``nav:`` in ``mkdocs.yml`` gives the order of the pages someone placed by hand. A page it does
not list (a new essay in ``docs/biology/``, the generated pages) would be built but unreachable
from the menu. :func:`add_unlisted` files each such page under its folder, and the generation step
(:mod:`tools.pages.generate`) writes the whole nav into the configuration it builds with:

* a folder's place in the nav is the list that its ``index.md`` leads (``biology/*.md`` goes
  into the section that starts with ``biology/index.md``);
* a folder whose index is listed as a single page (``Sorting: dsa/sorting/index.md``) becomes
  a section with that title, led by the index;
* a folder with no place yet gets a new section inside its parent folder's, titled by the first
  heading of its ``index.md`` (or by the folder's name);
* a folder's pages follow its index, in the order the index first links to them (the generated
  index tables list modules in teaching order, the practice index by pattern, easy first);
  pages the index does not link to come after, alphabetically. Each page is titled by its own
  first heading. Pages at the top of ``docs/`` join the home section.

List a page in ``mkdocs.yml`` to choose its place or title; a listed page is never moved.

>>> nav = [{"Home": ["index.md"]},
...        {"DSA": ["dsa/index.md", {"Sorting": "dsa/sorting/index.md"}]}]
>>> add_unlisted(nav, ["index.md", "about.md", "dsa/index.md", "dsa/sorting/index.md",
...                    "dsa/sorting/merge.md", "dsa/dp/index.md", "dsa/dp/knapsack.md"],
...              titles={"dsa/dp/index.md": "Dynamic programming"})
>>> nav[0]
{'Home': ['index.md', 'about.md']}
>>> for entry in nav[1]["DSA"][1:]:
...     print(entry)
{'Sorting': ['dsa/sorting/index.md', 'dsa/sorting/merge.md']}
{'Dynamic programming': ['dsa/dp/index.md', 'dsa/dp/knapsack.md']}
>>> nav = [{"Sorting": ["sorting/index.md"]}]
>>> add_unlisted(nav, ["sorting/index.md", "sorting/heap.md", "sorting/bubble.md",
...                    "sorting/zeta.md", "sorting/alpha.md"],
...              links={"sorting/index.md": "[Bubble](bubble.md) [Heap](heap.md#cost)"})
>>> nav[0]["Sorting"]
['sorting/index.md', 'sorting/bubble.md', 'sorting/heap.md', 'sorting/alpha.md', 'sorting/zeta.md']

Cost: O(pages × nav entries) per generation.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_LINK = re.compile(r"\]\(\s*<?([^)\s>#]+\.md)")


def listed_pages(nav) -> set[str]:
    """Every page path that appears anywhere in a nav structure.

    >>> sorted(listed_pages([{"A": ["a.md", {"B": "b/c.md"}]}, "d.md"]))
    ['a.md', 'b/c.md', 'd.md']
    """
    if isinstance(nav, str):
        return {nav}
    children = nav.values() if isinstance(nav, dict) else nav if isinstance(nav, list) else []
    return set().union(set(), *(listed_pages(child) for child in children))


def _find(entries: list, page: str) -> tuple[list, int] | None:
    """The list holding ``page`` (bare or titled) and its position in it, searched depth first."""
    for position, entry in enumerate(entries):
        if entry == page or (isinstance(entry, dict) and page in entry.values()):
            return entries, position
        for child in entry.values() if isinstance(entry, dict) else ():
            if isinstance(child, list) and (found := _find(child, page)):
                return found
    return None


def _name(folder: str) -> str:
    return folder.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ").capitalize()


def _folder_list(nav: list, folder: str, titles: dict[str, str], made: dict[str, list]) -> list:
    """The nav list that ``folder``'s pages belong in, made if needed (see module doc).

    ``made`` remembers the lists made so far, for folders that have no index page.
    """
    if folder in made:
        return made[folder]
    index = f"{folder}/index.md" if folder else "index.md"
    found = _find(nav, index)
    if found:
        entries, position = found
        if position == 0:  # the index leads its own list: that list is the folder's
            return entries
        entry = entries[position]
        title = next(iter(entry)) if isinstance(entry, dict) else titles.get(index, _name(folder))
        entries[position] = {title: (own := [index])}
        return own
    if not folder:
        return nav
    parent = (_folder_list(nav, folder.rpartition("/")[0], titles, made) if "/" in folder
              else nav)
    parent.append({titles.get(index, _name(folder)): (own := [])})
    made[folder] = own
    return own


def link_order(links: dict[str, str]) -> dict[str, int]:
    """Each page's position among the links of its folder's index (``{index path: Markdown}``).

    >>> link_order({"a/index.md": "[y](y.md), [x](x.md#part), [y again](y.md), [up](../b.md)"})
    {'a/y.md': 0, 'a/x.md': 1}
    """
    rank: dict[str, int] = {}
    for index, markdown in links.items():
        folder = index.rpartition("/")[0]
        for target in _LINK.findall(markdown):
            if "/" in target or "://" in target:
                continue    # only the folder's own pages: their order is the index's business
            rank.setdefault(f"{folder}/{target}" if folder else target,
                            sum(p.rpartition("/")[0] == folder for p in rank))
    return rank


def add_unlisted(nav: list, pages: list[str], titles: dict[str, str] | None = None,
                 links: dict[str, str] | None = None) -> None:
    """File the pages of ``pages`` that ``nav`` does not list, in place (see module doc).

    ``titles`` maps index pages to their first heading, used to name new sections; ``links``
    maps index pages to their Markdown, whose links give the order of the folder's pages.
    """
    titles = titles or {}
    listed = listed_pages(nav)
    made: dict[str, list] = {}
    rank = link_order(links or {})

    def order(path: str) -> tuple[str, bool, int, str]:  # by folder, its index first
        folder, _, name = path.rpartition("/")
        return folder, name != "index.md", rank.get(path, len(rank)), name

    for path in sorted((p for p in pages if p not in listed), key=order):
        folder, _, name = path.rpartition("/")
        entries = _folder_list(nav, folder, titles, made)
        if name == "index.md":
            entries.insert(0, path)
        else:
            entries.append(path)


def first_heading(markdown: str) -> str | None:
    """The text of the first ``# Heading`` line, if any.

    >>> first_heading("intro\\n# Sorting\\n## Merge sort")
    'Sorting'
    """
    match = _HEADING.search(markdown)
    return match.group(1) if match else None



def expand(nav: list, index: str, section: list, title: str) -> bool:
    """Replace the entry of ``nav`` that is the page ``index`` by the section ``section``
    (titled as that entry was, or ``title``); False if no entry is.

    >>> nav = [{"DSA": ["dsa/index.md", {"Practice": "dsa/practice/index.md"}]}]
    >>> expand(nav, "dsa/practice/index.md", ["dsa/practice/index.md", "dsa/practice/a.md"], "P")
    True
    >>> nav[0]["DSA"][1]
    {'Practice': ['dsa/practice/index.md', 'dsa/practice/a.md']}
    """
    found = _find(nav, index)
    if not found:
        return False
    entries, position = found
    entry = entries[position]
    entries[position] = {next(iter(entry)) if isinstance(entry, dict) else title: section}
    return True


def append_to_folder(nav: list, folder: str, entry: dict) -> None:
    """Append ``entry`` to the nav list that ``folder``'s index leads (or to the top level).

    >>> nav = [{"Essays": ["biology/index.md", "biology/hopfield.md"]}]
    >>> append_to_folder(nav, "biology", {"Exercises": ["biology/exercises/index.md"]})
    >>> nav[0]["Essays"][-1]
    {'Exercises': ['biology/exercises/index.md']}
    """
    found = _find(nav, f"{folder}/index.md")
    if found and found[1] == 0:
        found[0].append(entry)
    else:
        nav.append(entry)
