"""A value wrapped onto the next line is one value, whatever TABs the two lines hold: a TAB-indented note, a speaker's
label followed by a TAB, a TSV row whose comment cell wraps (quoted or not). Stop 58's review of s58-packed (H1): a
rule reading two TAB-holding lines as two rows of cells, never one wrapped number, showed cards and bank accounts whole
and the tails of OMS, INN and SNILS numbers — phones survived only by other readings. The rule was taken out
(guard/normalize.py `_layout_pieces`: digit groups a line apart are joined, as on 7ffad4ed); a room's number ending a
row over a phone opening the next is masked with it again (fail closed). The reviewer's cases
(/work/reviews58/test_packed.py: each passes on 7ffad4ed and failed on d5ed5f3f), then variants of ours: lowercase
cues, the cue after the value, an ASR-like line without punctuation."""
from __future__ import annotations

import pytest

from guard import Redactor

_REDACTOR = Redactor()


@pytest.mark.parametrize("text, pieces", [
    # a card number, wrapped in a tab-indented note: the whole card was shown
    ("\tКарта клиента 4276 3800\n\t1234 5679, заблокировать", ("4276 3800", "1234 5679")),
    ("Комментарий:\n\tклиент продиктовал номер карты 5469 3800\n\t4123 4567 для возврата", ("5469 3800", "4123 4567")),
    ("\tкарта 4276\n\t3800 1234 5679", ("4276", "3800 1234 5679")),
    # a speaker's label and a TAB, then the card wrapped onto the next, TAB-indented line
    ("Клиент:\tкарта 4276 3800\n\t1234 5679", ("4276 3800", "1234 5679")),
    # a TSV export: the card in a comment cell that wraps, the next line has a further cell
    ("17\tномер карты 2202 2070\n1555 9357\t07.12.2026", ("2202 2070", "1555 9357")),
    ("id\tкомментарий\tдата\n17\t\"клиент продиктовал карту 4276 3800\n1234 5679 для возврата\"\t07.12.2026",
     ("4276 3800", "1234 5679")),
    ("Козлов\tкарта 4276 3800\n1234 5679\tблок", ("4276 3800", "1234 5679")),
    # a bank account, whole
    ("\tсчёт для возврата 40817810099\n\t400123456", ("40817810099", "400123456")),
    ("17\t\"счёт для возврата 40817810099\n400123456\"\t07.12.2026", ("40817810099", "400123456")),
    # our variants: capitals, lowercase speech without punctuation, the cue after the value, CRLF lines
    ("\tКАРТА КЛИЕНТА 4276 3800\n\t1234 5679 ЗАБЛОКИРОВАТЬ", ("4276 3800", "1234 5679")),
    ("оператор:\tну номер карты значит 4276 3800\n\t1234 5679 да", ("4276 3800", "1234 5679")),
    ("\t4276 3800\n\t1234 5679 — номер карты клиента", ("4276 3800", "1234 5679")),
    ("\tкарта клиента 4276 3800\r\n\t1234 5679\tблок", ("4276 3800", "1234 5679")),
    ("Петрова\tсчет 40817810099\n400123456\tвозврат", ("40817810099", "400123456")),
])
def test_a_value_wrapped_across_tab_holding_lines_is_masked_whole(text, pieces):
    shown = _REDACTOR.redact(text).text
    assert not any(piece in shown for piece in pieces), shown


@pytest.mark.parametrize("text, tail", [
    ("\tполис ОМС 7751 2345\n\t6789 0123", "6789 0123"),
    ("\tИНН 500100\n\t732259", "732259"),
    ("\tСНИЛС 123-456-789\n\t64", "64"),
    ("Иванов\tсчёт 40817 810 0\n9940 0123 456\tзакрыт", "9940 0123 456"),
    ("Иванов\tИНН 7707083\n89312\tфл", "89312"),
    ("карта клиента\t4276 3800 1234\n5679\tутеряна", "5679"),
    ("12.11\tзвонок\tклиент продиктовал карту 4276 3800 1234\n\t\t5679 просил заблокировать", "5679"),
    # our variants: lowercase cues, the words of a line after the tail
    ("\tполис омс 7751 2345\n\t6789 0123 выдан", "6789 0123"),
    ("\tинн 500100\n\t732259 физлицо", "732259"),
    ("\tснилс 123-456-789\n\t64 проверить", "64"),
])
def test_the_tail_of_a_value_wrapped_across_tab_holding_lines_is_masked(text, tail):
    assert tail not in _REDACTOR.redact(text).text
