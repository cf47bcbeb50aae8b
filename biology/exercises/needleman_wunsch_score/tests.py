"""Tests for needleman-wunsch-score: textbook examples (Wikipedia's GCATGCG/GATTACA, Levenshtein's
kitten/sitting), end gaps, empty sequences, and biology.sequence_alignment.score_table as oracle."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.sequence_alignment import score_table
from practice.arrays import expect_scalar
from practice.checking import Mismatch


def oracle(x, y, match, mismatch, gap):
    table = score_table(x, y, lambda a, b: match if a == b else mismatch, gap=gap)
    return float(table[-1, -1])


def check(sol, x, y, match=1, mismatch=-1, gap=1, advice=""):
    got = sol.nw_score(x, y, match, mismatch, gap)
    try:
        expect_scalar(got, oracle(x, y, match, mismatch, gap), name="score", x=x, y=y,
                      match=match, mismatch=mismatch, gap=gap)
    except Mismatch as miss:
        if not advice:
            raise
        raise Mismatch(f"{miss.message}. {advice}", miss.inputs, miss.expected,
                       miss.actual) from None


def test_textbook_example(sol):
    # GCA-TGCG over G-ATTACA: 4 matches, 2 mismatches, 2 gaps = 0.
    check(sol, "GCATGCG", "GATTACA")


def test_no_fresh_start(sol):
    # The best global alignment must pay for the bad start; a local one (Smith-Waterman) would
    # drop it and score 2.
    check(sol, "TTTTAC", "GGGGAC", advice="A global alignment covers both sequences from the "
          "first letter: no max(..., 0) in the recurrence (that is Smith-Waterman's local rule)")


def test_end_gaps_cost(sol):
    check(sol, "AAAA", "A", advice="The three unmatched A's each cost a gap, even at the ends: "
          "row 0 and column 0 of the table are -gap * j and -gap * i, not 0")
    check(sol, "CAT", "GATTACA", advice="End gaps cost like any other: F[i][0] = -gap * i and "
          "F[0][j] = -gap * j")


def test_empty_sequences(sol):
    check(sol, "", "ACG", gap=2, advice="Against an empty sequence every letter is a gap")
    check(sol, "GATTACA", "", gap=1, advice="Against an empty sequence every letter is a gap")
    check(sol, "", "")


def test_edit_distance(sol):
    # Match 0, mismatch -1, gap 1: the score is minus the edit distance, 3 for kitten/sitting.
    check(sol, "kitten", "sitting", match=0, mismatch=-1, gap=1)


def test_gap_penalty_is_used(sol):
    check(sol, "ACGT", "AT", match=2, mismatch=-1, gap=3)
    check(sol, "ACGT", "AT", match=2, mismatch=-1, gap=0)


@settings(max_examples=15)
@given(x=st.text("ACGT", max_size=10), y=st.text("ACGT", max_size=10),
       match=st.integers(0, 5), mismatch=st.integers(-5, 0), gap=st.integers(0, 5))
def test_matches_the_essay(sol, x, y, match, mismatch, gap):
    check(sol, x, y, match, mismatch, gap)


def test_longer_sequences(sol):
    rng = np.random.default_rng(11)
    x = "".join(rng.choice(list("ACGT"), 120))
    y = "".join(rng.choice(list("ACGT"), 100))
    check(sol, x, y, match=2, mismatch=-1, gap=2)
