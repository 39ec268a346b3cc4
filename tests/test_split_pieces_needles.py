"""The column reading of split values puts a response's hidden values together once (issue 13, stop 42): a piece is a
part of a value when the values joined by NULs hold it, and a value's chains open only at the pieces that are parts of
it, found by one search of each piece in the joined values. Both give the answer asked value by value."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.proxy.split_pieces import _NUL, _Piece, _chains, _is_part, _joined, _openers, mask_split_values

_LETTERS = "0123456789az.@\x00"


@settings(deadline=None, max_examples=400)  # a property, not a timing
@given(st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=12), min_size=1, max_size=5),
       st.text(alphabet=_LETTERS, min_size=1, max_size=6))
def test_a_piece_is_a_part_of_the_joined_values_exactly_when_one_value_holds_it(needles, piece):
    needles = tuple(needles)
    assert _is_part(piece, needles, _joined(needles)) == any(piece in needle for needle in needles)


_pieces = st.lists(st.tuples(st.integers(0, 3), st.text(alphabet=_LETTERS, max_size=5)), max_size=12)


def _column(drawn: list[tuple[int, str]]) -> list[_Piece]:
    return [_Piece(at, cell, 0, len(text), text) for at, (cell, text) in enumerate(drawn)]


@settings(deadline=None, max_examples=400)
@given(st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=12), min_size=1, max_size=5), _pieces)
def test_a_values_chains_open_at_the_same_pieces_found_in_the_joined_values(needles, drawn):
    needles, pieces = tuple(needles), _column(drawn)
    asked = [(needle, openers) for needle, openers in _openers(pieces, needles, None) if openers]
    assert _openers(pieces, needles, _joined(needles)) == asked


@settings(deadline=None, max_examples=300)
@given(st.lists(st.text(alphabet="0123456789az.", min_size=6, max_size=12), min_size=1, max_size=4, unique=True),
       _pieces)
def test_the_chains_found_are_the_same_either_way(needles, drawn):
    needles, pieces = tuple(needles), _column(drawn)
    by_value: dict[int, list[tuple[int, int]]] = {}
    joined: dict[int, list[tuple[int, int]]] = {}
    _chains(pieces, needles, 6, by_value)
    _chains(pieces, needles, 6, joined, joined=_joined(needles))
    assert {cell: sorted(set(spans)) for cell, spans in by_value.items()} == \
        {cell: sorted(set(spans)) for cell, spans in joined.items()}


def test_a_phone_and_a_mailbox_split_over_comments_are_still_masked():
    comments = [{"text": "перезвонить 8 915"}, {"text": "дальше 123"}, {"text": "45 67"},
                {"text": "почта alla.k"}, {"text": "uz79 на яндексе"}, {"text": "тариф Мой безлимит"}]
    masked, count = mask_split_values({"comments": comments}, ["9151234567"], ["alla.kuz79@yandex.ru", "alla.kuz79"])
    texts = [comment["text"] for comment in masked["comments"]]
    assert count >= 5 and "123" not in texts[1] and "alla.k" not in texts[3] and "uz79" not in texts[4]
    assert texts[5] == "тариф Мой безлимит" and _NUL not in "".join(texts)
