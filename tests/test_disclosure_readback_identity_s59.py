"""Stop 59 (s59-falsealarms): a read-back of the caller's identification ends with it. «вы назвали ФИО полностью» and
«владельца вы назвали полностью» say back the full name — the identification — and nothing the operator tells in the
next clause is the caller's own. On s59-merge the read-back's stretch ran to the full stop, over a new clause with its
own subject, so the digits told there were taken as the caller's words (the fail-open noted at stop 58, and disc_bb59's
two missed lines «владельца вы назвали полностью — самый дорогой номер у вас заканчивается на 10-43-87»). These lines
are blocked now (Инструкция запретов, п. 6: «Последние цифры номеров, принадлежащих клиенту» — only the last 4, and
only on postpaid with the main identification and the same sex); the read-back of the name itself is said back as
before."""
from __future__ import annotations

import pytest

from guard.disclosure import default_checker


def _verdict(line: str) -> str:
    return default_checker().check(line, "operator").verdict


# п. 6: «допускается сообщать последние 4 цифры … только при постоплатной системе расчётов, при основной
# идентификации» — a prepaid tariff, or a tail of more than 4 digits, after the caller's full name judged complete
@pytest.mark.parametrize("line", [
    # stop 58's noted fail-open: prepaid, the name named after the cue
    "Тариф у вас предоплатный, но вы назвали ФИО полностью, номер заканчивается на 4082.",
    "тариф у вас предоплатный но вы назвали фио полностью номер заканчивается на сорок восемь двадцать",
    "тариф у вас предоплатный но вы назвали фио полностью номер заканчивается на 4082",
    "Тариф предоплатный, вы мне назвали ФИО верно — номер оканчивается на 40-82.",
    "Тариф предоплатный, вы назвали ФИО владельца правильно: последние цифры номера 4082.",
    "Тариф предоплатный. Вы назвали фамилию, имя и отчество полностью, номер кончается на 4082.",
    # disc_bb59's missed lines: the owner named before the cue, six digits told
    "Договор постоплатный, владельца вы назвали полностью — самый дорогой номер у вас заканчивается на 10-43-87.",
    "договор постоплатный владельца вы назвали полностью самый дорогой номер у вас заканчивается на десять сорок три "
    "восемьдесят семь",
    "ДОГОВОР ПОСТОПЛАТНЫЙ, ВЛАДЕЛЬЦА ВЫ НАЗВАЛИ ПОЛНОСТЬЮ — НОМЕР У ВАС ЗАКАНЧИВАЕТСЯ НА 10-43-87.",
    "Договор постоплатный, владелицу вы назвали верно, номер заканчивается на 104387.",
    "Договор постоплатный, вы назвали владельца полностью — номер заканчивается на 10-43-87.",
    # the name judged complete, then a real breach of another kind in the next clause
    "Тариф предоплатный, вы назвали ФИО полностью, а номер у вас 8 924 191-07-36.",
    "Владельца вы назвали полностью — паспорт у него 64 05 123456.",
])
def test_item6_a_read_back_of_the_full_name_says_back_nothing_told_after_it(line):
    assert _verdict(line) == "block", line


# the read-back of the caller's own words, with no identification judged complete, is read as before
@pytest.mark.parametrize("line", [
    "Вы назвали фамилию Иванов, верно?",
    "вы назвали фамилию иванов верно",
    "Вы назвали ваш номер 8 916 123-45-67, верно?",
    "Прежнего владельца вы назвали сами — да, Мухаметшин, с архивом совпадает, это подтвердить можно.",
    "вы сами назвали фамилию лаптев да подтверждаю договор был оформлен на эту фамилию",
])
def test_item6_a_read_back_of_the_callers_own_words_stays_allowed(line):
    assert _verdict(line) == "allow", line

