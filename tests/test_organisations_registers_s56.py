"""Stop 56 (issue 15, pii_az55's pawnshop): a number "in the register" of organisations — the Bank of Russia's (pawnshops,
MFOs), the tax office's, a self-regulating body's — is the company's own number, no notarial act's
(recognizers/notarial.py: `_ORGANISATIONS_REGISTERS` out of `REGISTER_FORMULA`); a notarial register's entry stays
masked, whatever names the register."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, kept", [
    ("Ломбард «Сундук»\nЛицензия / номер в реестре ЦБ: ЛМБ 2210457\nЗалогодатель: Орлов П.", "2210457"),
    ("МФО «Быстрые деньги», номер в реестре МФО 6512034008841, ОГРН 1157451000123", "6512034008841"),
    ("ООО «Омега», номер в реестре Банка России 1903550009127", "1903550009127"),
    ("Номер в реестре СРО: 0417", "0417"),
])
def test_a_companys_number_in_a_register_of_organisations_stays_visible(redactor, text, kept):
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("доверенность, зарегистрировано в реестре за № 74/118-н/74-2023-3-512", "74/118-н/74-2023-3-512"),
    ("Номер в реестре 1120, нотариус Петрова", "1120"),
])
def test_a_notarial_registers_entry_stays_masked(redactor, text, value):
    assert masked(redactor, text, value)


# review of stop 56 (kinds, lesser): a register's word is a whole word — «сроком» is no SRO, «цбх» no Bank of Russia
@pytest.mark.parametrize("text, value", [
    ("доверенность удостоверена нотариусом, номер в реестре сроком на 3 года 77/123-н/77-2023-1-456", "77/123-н/77-2023-1-456"),
    ("доверенность, номер в реестре цбх 77/123-н/77-2023-1-456", "77/123-н/77-2023-1-456"),
    ("доверенность, номер в реестре мфоа 77/123-н/77-2023-1-456", "77/123-н/77-2023-1-456"),
])
def test_review_a_registers_word_is_a_whole_word(redactor, text, value):
    assert masked(redactor, text, value)
