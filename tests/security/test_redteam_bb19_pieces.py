"""Red-team round bb19, f05: a piece of a hidden number after a count of its digits is a piece all the same.

A CRM comment gives a passport by its head and tail ("паспорт: первые три 583, последние три 920"); the count "три"
is read as a digit too ("3 583"), so the group was no run of the hidden number and its piece was shown. A piece is now
read as the group or the group without its first runs (guard/proxy/marked_pieces.number_piece_spans). In this
repository's own phrasings.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from guard.proxy.marked_pieces import number_piece_spans

NUMBER = "7104 381956"


@settings(max_examples=60, deadline=None)
@given(start=st.integers(min_value=0, max_value=7), size=st.integers(min_value=3, max_value=6),
       count=st.integers(min_value=2, max_value=6),
       frame=st.sampled_from(["паспорт: первые {} {}", "номер паспорта, последние {} {}", "паспорт, середина {} {}"]))
def test_a_hidden_numbers_piece_after_a_count_of_its_digits_is_masked(start, size, count, frame):
    digits = NUMBER.replace(" ", "")
    piece = digits[start:start + size]
    if len(piece) < 3:
        return
    read = frame.format(count, piece)
    spans = number_piece_spans(read, (digits,), ())
    assert any(read[a:b].endswith(piece) and piece in read[a:b] for a, b in spans), (read, spans)


def test_a_count_of_something_else_with_no_piece_of_the_number_stays():
    read = "паспорт: первые 3 страницы 555"
    assert number_piece_spans(read, ("7104381956",), ()) == []
