"""The customer numbers a comment writes are read once a text (issue 13, stop 33): a card's comments come back on
each of its three fetches in a call, and reading them (every digit run, every spoken reading) was a tenth of the
proxy's CPU a card request. The memo answers exactly as reading the text again, finds a text by its keyed digest only,
and never answers one text with another's numbers."""
from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

import guard.proxy.forward as forward
from guard.proxy.forward import _written_msisdns, written_msisdns
from guard.proxy.textcache import RedactedTextCache

_DIGIT_WORDS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_PHONES = st.builds(lambda code, rest: f"{code}{rest}", st.sampled_from(["8916", "7903", "+7 (926) ", "8 800 ", "495"]),
                    st.from_regex(r"\A\d{3}[- ]?\d{2}[- ]?\d{2}\Z"))
_SAID = st.from_regex(r"\A\d{4,11}\Z").map(lambda digits: " ".join(_DIGIT_WORDS[int(d)] for d in digits))
_PIECES = st.one_of(_PHONES, _SAID, st.from_regex(r"\A\d{1,12}\Z"),
                    st.sampled_from(["Кл. Иванов П.С. просил перезвонить на", "паспорт", "тел.", ",", "тире",
                                     "восемь девятьсот шестнадцать", "абонент", "\u0669\u0660", "ИНН", "2019"]))
_TEXTS = st.lists(_PIECES, min_size=1, max_size=10).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=6), st.integers(0, 3))
def test_a_remembered_text_writes_the_numbers_reading_it_again_finds(texts: list[str], size: int) -> None:
    memo: RedactedTextCache[tuple[str, ...]] = RedactedTextCache(size)  # 0: off; 1-3: entries evicted, read again
    comments = [{"at": "2026-10-30T09:00:00", "author": "op1", "text": text} for text in texts]
    fresh = _written_msisdns(comments, None)
    for _ in range(3):  # a card's three fetches in a call
        assert _written_msisdns(comments, None, memo) == fresh
        for text in texts:
            assert written_msisdns(text, memo) == written_msisdns(text)


def test_a_remembered_text_is_not_read_again(monkeypatch) -> None:
    memo: RedactedTextCache[tuple[str, ...]] = RedactedTextCache(8)
    text = "Звонил Сидоров Аркадий, просил перезвонить на 89265554433 после обеда"
    found = written_msisdns(text, memo)
    assert set(found) == {"79265554433"}
    reads = []
    monkeypatch.setattr(forward, "_msisdns_in", lambda read: reads.append(read) or [])
    assert written_msisdns(text, memo) == found
    assert reads == []


def test_the_memo_answers_each_text_with_its_own_numbers_and_keeps_no_text() -> None:
    memo: RedactedTextCache[tuple[str, ...]] = RedactedTextCache(8)
    first = "Абонент просил перезвонить на 89265554433, фамилия Кулаков"
    second = "Абонент просил перезвонить на 89265554434, фамилия Кулаков"  # one digit apart, the same length
    assert set(written_msisdns(first, memo)) == {"79265554433"}
    assert set(written_msisdns(second, memo)) == {"79265554434"}
    assert set(written_msisdns(first, memo)) == {"79265554433"}
    assert first.encode("utf-8") not in pickle.dumps(list(memo._entries))
    assert RedactedTextCache(8).digest(first) != memo.digest(first)  # a key per process


def test_a_short_text_is_read_again_not_looked_up() -> None:
    memo: RedactedTextCache[tuple[str, ...]] = RedactedTextCache(8)
    assert set(written_msisdns("89265554433", memo)) == {"79265554433"}
    assert len(memo) == 0
