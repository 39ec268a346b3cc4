"""Stop 51: the card-aware scrub reads a text's said symbols ("petr точка ivanov") only when the text says one.

`_said_literal_spans` built `symbols_written`'s reading of every new text — a span for each of its characters — and
threw it away when nothing was said (2.8% of the realistic bench's request path, py-spy). `says_a_symbol` answers
first; the property below is why the answer is the same: a text that says no symbol reads as written.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.proxy import scrub
from guard.proxy.scrub import CardSecrets
from guard.recognizers.email import says_a_symbol, symbols_written

_WORDS = st.sampled_from(["точка", "Точку", "dot", "собака", "at", "эт", "дефис", "тире", "плюс", "подчёркивание",
                          "нижнее подчеркивание", "petr", "ivanov", "mail", "ру", "Иванов", "сочка", "atom", "ёж"])
_TEXTS = st.lists(_WORDS | st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыьэюяATDotxyz .,@-_+\n", max_size=12),
                  max_size=10).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_a_text_saying_no_symbol_reads_as_written(text):
    if not says_a_symbol(text):
        assert symbols_written(text)[0] == text


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_said_e_mails_are_found_as_before_whether_or_not_the_text_says_a_symbol(text):
    secrets = CardSecrets.from_values(["petr.ivanov@mail.ru"])
    reading, spans = symbols_written(text)
    before = [] if reading == text else [(spans[start][0], spans[end - 1][1])
                                         for start, end in secrets._literal_spans(reading) if end > start]
    assert secrets._said_literal_spans(text) == before


def test_a_text_saying_no_symbol_is_not_read_for_said_symbols(monkeypatch):
    secrets = CardSecrets.from_values(["petr.ivanov@mail.ru"])
    read: list[str] = []
    monkeypatch.setattr(scrub, "symbols_written", lambda text: read.append(text) or (text, []))
    assert secrets._said_literal_spans("Клиент просил перезвонить после обеда") == []
    assert read == []
