"""Problem loading and validation: every malformed folder gets an error naming what to fix."""

from __future__ import annotations

import pytest

from practice.problems import (
    ProblemError,
    UnknownProblemError,
    all_problems,
    big_o_terms,
    get_problem,
    load_problem,
    problem_folders,
)


def test_a_good_problem_loads(make_problem):
    problem = load_problem(make_problem())
    assert (problem.id, problem.slug, problem.entry, problem.time_limit) == \
        ("tiny", "tiny", "double", 2.0)
    assert problem.hints[0].startswith("Aim for O(1)")
    assert problem.statement == "Return twice `n`.\n"
    assert problem.buggy_paths == []


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": None}, "missing required key 'title'"),
    ({"hints": '"one string"'}, "'hints' must be a list"),
    ({"pattern": '"two-pointer"'}, "did you mean 'two-pointers'?"),
    ({"difficulty": '"trivial"'}, "difficulty must be one of easy, medium, hard"),
    ({"entry": '"not a name"'}, "is not a Python name"),
    ({"hints": '["Aim for speed.", "Multiply."]'}, "the first hint must state the target time"),
    ({"space": '"O(n)"'}, "the first hint must state the target space"),
    ({"hints": '["Aim for O(1) time and O(1) space."]'}, "at least two"),
    ({"time": '"fast"'}, "must give a big-O bound"),
    ({"time_limit": "0"}, "time_limit must be a number of seconds"),
    ({"time_limt": "3"}, "unknown key(s) time_limt"),
    ({"id": '"Tiny Problem"'}, "must be lower-case words joined by '-'"),
    ({"id": '"other"'}, "belongs in a folder named 'other', not 'tiny'"),
])
def test_bad_meta_is_named(make_problem, tiny_meta, changes, message):
    folder = make_problem(meta=tiny_meta(**changes))
    with pytest.raises(ProblemError) as error:
        load_problem(folder)
    assert message in str(error.value)
    assert "meta.toml" in str(error.value)


def test_toml_syntax_error(make_problem):
    with pytest.raises(ProblemError, match="not valid TOML"):
        load_problem(make_problem(meta="id = \n"))


def test_missing_files_and_entries(make_problem):
    folder = make_problem()
    (folder / "tests.py").unlink()
    with pytest.raises(ProblemError, match=r"missing file\(s\) tests.py"):
        load_problem(folder)


def test_solution_must_define_the_entry(make_problem):
    folder = make_problem(solution="def triple(n):\n    return 3 * n\n")
    with pytest.raises(ProblemError, match=r"solution\.py: does not define the entry 'double'"):
        load_problem(folder)


def test_buggy_variant_needs_a_docstring_naming_the_mistake(make_problem):
    folder = make_problem()
    (folder / "buggy_plus_one.py").write_text("def double(n):\n    return 2 * n + 1\n")
    with pytest.raises(ProblemError, match="docstring must name its mistake"):
        load_problem(folder)


def test_folder_is_not_a_package(make_problem):
    folder = make_problem()
    (folder / "__init__.py").write_text("")
    with pytest.raises(ProblemError, match=r"remove __init__\.py"):
        load_problem(folder)


def test_discovery_and_lookup_in_another_root(make_problem):
    folder = make_problem("tiny-one")
    make_problem("tiny-two")
    root = folder.parent
    assert [f.name for f in problem_folders(root)] == ["tiny_one", "tiny_two"]
    assert [p.id for p in all_problems(root)] == ["tiny-one", "tiny-two"]
    assert get_problem("tiny-two", root).folder.name == "tiny_two"
    with pytest.raises(UnknownProblemError) as error:
        get_problem("tiny-too", root)
    assert error.value.suggestions[0] == "tiny-two"
    with pytest.raises(UnknownProblemError, match=r"python -m dsa\.practice list"):
        get_problem("zzz", root)


def test_big_o_terms():
    assert big_o_terms("O(n log n) time") == ["O(n log n)"]
    assert big_o_terms("O(1) per push, O(log n) per pop") == ["O(1)", "O(log n)"]
    assert big_o_terms("linear") == []


def test_the_real_problems_all_load():
    ids = [p.id for p in all_problems()]
    assert len(ids) == len(set(ids)) == len(problem_folders())


@pytest.mark.parametrize(("table", "message"), [
    ('path = "nums"\nmax_len = 5', None),
    ('path = "nums"', "give at least one of max_len, range, non_ascii"),
    ('max_len = 5', "needs 'path'"),
    ('path = "nums"\nmax_len = 5\nmaxlen = 3', "unknown: maxlen"),
    ('path = "nums"\nmax_len = true', "'max_len' must be a int"),
    ('path = "nums"\nrange = [5, 1]', "range must be [smallest, largest]"),
    ('path = "nums[x]"\nmax_len = 1', "is not like 'nums'"),
])
def test_constraints_are_validated(make_problem, tiny_meta, table, message):
    folder = make_problem(meta=tiny_meta() + f"\n[[constraints]]\n{table}\n")
    if message is None:
        problem = load_problem(folder)
        assert problem.constraints[0].path == "nums" and problem.constraints[0].max_len == 5
        return
    with pytest.raises(ProblemError) as error:
        load_problem(folder)
    assert message in str(error.value) and "constraint 1" in str(error.value)


def test_cpu_limit_key_sets_the_limit(make_problem, tiny_meta):
    assert load_problem(make_problem(meta=tiny_meta(cpu_limit="3.5"))).time_limit == 3.5
