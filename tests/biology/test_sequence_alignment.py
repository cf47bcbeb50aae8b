"""Facts of the sequence-alignment essay: Durbin et al.'s worked example, and edit distance."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.sequence_alignment import (
    BLOSUM50,
    alignment_score,
    blosum50,
    differences,
    global_alignment,
    load_fasta,
    local_alignment,
    main,
    optimal_alignments,
    score_table,
    unit_cost,
)
from dsa.dp.edit_distance import edit_distance

AMINO = "".join(BLOSUM50)
proteins = st.text(alphabet=AMINO, max_size=9)
dna = st.text(alphabet="ACGT", max_size=10)


def test_durbin_global_example():
    # Durbin, Eddy, Krogh & Mitchison (1998), section 2.3: BLOSUM50, d = 8, score 1.
    a = global_alignment("HEAGAWGHEE", "PAWHEAE", gap=8)
    assert a.score == 1
    assert (a.top, a.bottom) == ("HEAGAWGHE-E", "--P-AW-HEAE")


def test_durbin_local_example():
    # Durbin et al. (1998), section 2.3: the best local alignment AWGHE / AW-HE scores 28.
    a = local_alignment("HEAGAWGHEE", "PAWHEAE", gap=8)
    assert a.score == 28
    assert (a.top, a.bottom) == ("AWGHE", "AW-HE")


def test_the_global_example_has_three_co_optimal_alignments():
    # Score 1 is reached by three alignments; the traceback's tie-breaking (diagonal first)
    # prints the book's. The local optimum, 28, is reached by one alignment only.
    best = optimal_alignments("HEAGAWGHEE", "PAWHEAE", gap=8)
    assert [(a.top, a.bottom) for a in best] == [("HEAGAWGHE-E", "--P-AW-HEAE"),
                                                ("HEAGAWGHE-E", "-P--AW-HEAE"),
                                                ("HEAGAWGHE-E", "-PA--W-HEAE")]
    assert all(alignment_score(a.top, a.bottom) == 1 == a.score for a in best)
    local = optimal_alignments("HEAGAWGHEE", "PAWHEAE", gap=8, local=True)
    assert [(a.top, a.bottom, a.score) for a in local] == [("AWGHE", "AW-HE", 28)]


@settings(max_examples=40)
@given(x=proteins, y=proteins, gap=st.integers(0, 12), local=st.booleans())
def test_every_co_optimal_alignment_scores_the_optimum(x, y, gap, local):
    best = optimal_alignments(x, y, gap=gap, local=local)
    chosen = (local_alignment if local else global_alignment)(x, y, gap=gap)
    assert best[0] == chosen  # the traceback's alignment comes first
    assert len(set(best)) == len(best)
    for a in best:
        assert alignment_score(a.top, a.bottom, gap=gap) == chosen.score
        if not local:
            assert (a.top.replace("-", ""), a.bottom.replace("-", "")) == (x, y)


def test_human_and_horse_haemoglobins_differ_at_17_and_24_positions():
    # The essay's opening numbers, from the UniProt sequences in biology/data/globins.fasta:
    # the alpha chains (141 residues) align without gaps and differ at 17 positions, the beta
    # chains (146) at 24.
    globins = load_fasta()
    for chain, length, count in (("alpha", 141, 17), ("beta", 146, 24)):
        human, horse = globins[f"human_{chain}"], globins[f"horse_{chain}"]
        a = global_alignment(human, horse)
        assert len(human) == len(horse) == len(a.top) == length  # no gaps
        assert differences(a) == count == sum(u != v for u, v in zip(human, horse, strict=True))


def test_blosum50_is_the_published_symmetric_table():
    assert len(BLOSUM50) == 20
    assert all(BLOSUM50[a][b] == BLOSUM50[b][a] for a in AMINO for b in AMINO)
    # A few entries of Henikoff & Henikoff's BLOSUM50: the diagonal and two off-diagonals.
    assert [blosum50(a, a) for a in "WCHPA"] == [15, 13, 10, 10, 5]
    assert blosum50("I", "V") == 4 and blosum50("D", "W") == -5


@given(x=dna, y=dna)
def test_global_score_with_unit_costs_is_minus_edit_distance(x, y):
    # Match 0, mismatch -1, gap 1: Needleman–Wunsch is the edit-distance recurrence.
    assert global_alignment(x, y, unit_cost, gap=1).score == -edit_distance(x, y)


@settings(max_examples=40)
@given(x=proteins, y=proteins, gap=st.integers(0, 12))
def test_traceback_rescores_to_the_table_value(x, y, gap):
    for align in (global_alignment, local_alignment):
        a = align(x, y, gap=gap)
        assert alignment_score(a.top, a.bottom, gap=gap) == a.score
        # Removing the gaps gives back the sequences (global) or substrings of them (local).
        if align is global_alignment:
            assert (a.top.replace("-", ""), a.bottom.replace("-", "")) == (x, y)
        else:
            assert a.top.replace("-", "") in x and a.bottom.replace("-", "") in y


@settings(max_examples=40)
@given(x=proteins, y=proteins)
def test_local_score_bounds(x, y):
    # Local never scores below 0 (the empty alignment) nor below global (which it contains).
    local, glob = local_alignment(x, y).score, global_alignment(x, y).score
    assert local >= max(0, glob)
    assert score_table(x, y, local=True).min() == 0


def test_identical_sequences_score_their_diagonal():
    assert global_alignment("PAW", "PAW").score == 10 + 5 + 15


def test_bad_input():
    with pytest.raises(KeyError, match="not one of the 20 amino acids"):
        global_alignment("hea", "HEA")
    with pytest.raises(ValueError, match="gap is a penalty"):
        global_alignment("HEA", "HEA", gap=-8)
    with pytest.raises(TypeError, match="must be a str"):
        local_alignment(["H"], "H")
    with pytest.raises(ValueError, match="equal length"):
        alignment_score("AW", "A")


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    printed = capsys.readouterr().out
    assert "global score 1" in printed and "local score 28" in printed
