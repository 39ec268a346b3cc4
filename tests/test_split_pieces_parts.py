"""The column reading of split values asks "is this piece part of a hidden value?" without building every substring
of every value for every column (issue 13, stop 41): the same answer as the set of substrings it replaces."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.proxy.split_pieces import _is_part, mask_split_values


def _every_part(needles: tuple[str, ...]) -> frozenset[str]:
    """What stop 40's reading built per column: every non-empty substring of every needle."""
    return frozenset(needle[i:j] for needle in needles for i in range(len(needle)) for j in range(i + 1, len(needle) + 1))


@settings(deadline=None, max_examples=400)  # a property, not a timing
@given(st.lists(st.text(alphabet="0123456789alz.@", min_size=6, max_size=14), min_size=1, max_size=4),
       st.text(alphabet="0123456789alz.@", min_size=1, max_size=8))
def test_a_piece_is_a_part_exactly_when_it_is_a_substring_of_a_hidden_value(needles, piece):
    assert _is_part(piece, tuple(needles)) == (piece in _every_part(tuple(needles)))


def test_a_passport_split_over_comments_is_still_masked():
    comments = [{"text": "паспорт часть 1: 4612"}, {"text": "часть 2: 5839"}, {"text": "часть 3: 21"},
                {"text": "тариф Мой безлимит"}]
    masked, count = mask_split_values({"comments": comments}, ["4612583921"], [])
    texts = [comment["text"] for comment in masked["comments"]]
    assert count == 3 and not any(digits in " ".join(texts) for digits in ("4612", "5839"))
    assert texts[3] == "тариф Мой безлимит"
