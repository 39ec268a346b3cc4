"""Stop 57 (issue 15, pii_ba56 and packed_ae55): a value after a label whose head is its kind's cue and whose
qualifier says where the value is kept ("Лицевой счёт в УК «…»: …", lexicon.LABEL_QUALIFIER read by every kind's
cues in recognizers/base.py); a personal account kept with a company named after a preposition is the resident's
(recognizers/holder.py `_KEPT_WITH`); the paper a birth date is written in dates nothing ("дата рождения в договоре:
…", birth_date `_WRITTEN_IN`); a date alone in brackets after a person's name is their birth date whatever word
governs the name (birth_date `_bracketed_after_a_name`)."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import found, masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, value", [
    ("Лицевой счёт в УК «Липецкстройсервис»: 480051273019\nАдрес: 398059, Липецк", "480051273019"),
    ("Оплата подключена. Лицевой счёт в «Липецкой управляющей компании»: 000481273.", "000481273"),
    ("Лицевой счёт в ТСЖ «Звёздный»: 55-701-118.", "55-701-118"),
    ("Л/с у управляющей компании «Ваш Дом»: 3601-554-0981", "3601-554-0981"),
])
def test_a_personal_account_after_its_label_qualified_by_where_it_is_kept_is_masked(redactor, text, value):
    assert masked(redactor, text, value), found(redactor, text)


@pytest.mark.parametrize("text, value, kind", [
    # the label's qualifier may not name another value: the number after it is that value's
    ("Лицевой счёт и телефон: 89161234567", "89161234567", "PHONE_NUMBER"),
])
def test_a_label_naming_another_value_gives_the_number_to_that_value(redactor, text, value, kind):
    assert (kind, value) in found(redactor, text)


@pytest.mark.parametrize("text, kept", [
    # a sum after the account's label is a sum: the label reads no fraction as a value
    ("Долг по лицевому счёту в УК «Дом»: 6 740,18 руб.", "6 740,18"),
    # a company's word with no preposition still says the account is the company's (a corporate customer's)
    ("ООО «Вега», лицевой счёт 123456789", "123456789"),
])
def test_a_sum_and_a_companys_own_account_stay_visible(redactor, text, kept):
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("Ваш адрес в договоре с УК: Воронеж, ул. Урицкого, д. 64, кв. 8, дата рождения в договоре: 30.03.1988.",
     "30.03.1988"),
    ("Дата рождения по договору: 12.03.1980", "12.03.1980"),
])
def test_a_birth_date_after_the_paper_it_is_written_in_is_masked(redactor, text, value):
    assert masked(redactor, text, value), found(redactor, text)


def test_a_birth_cue_and_a_contracts_date_after_it_still_date_the_contract(redactor):
    text = "дата рождения в договоре от 12.01.2020"
    assert "12.01.2020" in redactor.redact(text).text


def test_a_date_in_brackets_after_a_deceased_persons_name_is_their_birth_date(redactor):
    text = ("Закрытие договора 390027741803 по смерти абонента Мартыненко Олега Ивановича (11.04.1961). "
            "Обратилась дочь Мартыненко Вероника Олеговна.")
    assert ("DATE_OF_BIRTH", "11.04.1961") in found(redactor, text)


@pytest.mark.parametrize("text, kept", [
    ("Дата смерти абонента Мартыненко О. И. (11.04.2025).", "11.04.2025"),  # recent: the death's
    ("Абонент умер 11.04.1999. Обратилась дочь.", "11.04.1999"),  # no name before it
])
def test_a_death_date_not_bracketed_after_a_name_decades_back_stays_as_it_was(redactor, text, kept):
    assert kept in redactor.redact(text).text


# An individual's deposit account (423…, a non-resident individual's 426…) is a person's by law, as 40817… is: the BIK
# given with it is part of that person's payment details (recognizers/holder.py `_PERSONAL_BY_LAW`; packed_ae55).
@pytest.mark.parametrize("account", ["42307810501240019583", "42601810501240019583"])
def test_a_bik_given_with_an_individuals_deposit_is_masked_after_the_banks_legal_form(redactor, account):
    text = f"Депозитный счёт для возврата {account} (АО «Янтарьбанк», БИК 042748711) — банк не принимает зачисление."
    assert masked(redactor, text, "042748711"), found(redactor, text)
    assert masked(redactor, text, account)


def test_a_bik_beside_a_companys_settlement_account_after_its_legal_form_stays_visible(redactor):
    text = "Реквизиты УК: ООО «Дом», р/с 40702810312402263830, АО «Янтарьбанк», БИК 042748711."
    assert "042748711" in redactor.redact(text).text


# A street's name opening with a number glued by a hyphen to a word ("ул. 20-летия Октября", "пр-т 60-летия СССР") is
# one word of the name (recognizers/address.py `_TOKEN`): the town and the street are masked with the house (pii_ba56).
@pytest.mark.parametrize("address", [
    "Воронеж, ул. 20-летия Октября, д. 88, кв. 41",
    "Липецк, пр-т 60-летия СССР, д. 5, кв. 2",
    "Курск, ул. 50-летия Октября, 12-3",
])
def test_a_street_named_from_an_anniversary_is_masked_whole(redactor, address):
    text = f"Я купила квартиру в сентябре, адрес {address}. На её номер приходят квитанции."
    assert masked(redactor, text, address), found(redactor, text)


# A small ТСЖ's personal account has four digits written in groups ("лицевой 7-012"): after the account's cue, four
# digits are an account when grouped, never alone (recognizers/account_number.py `_cued_spans`; pii_ba56).
def test_a_four_digit_account_written_in_groups_after_its_cue_is_masked(redactor):
    text = "Мосолов Андрей: оплачивал с номера жены 89046137719, лицевой 7-012\nТСЖ Меркулова 7: пришлите ФИО"
    assert ("ACCOUNT_NUMBER", "7-012") in found(redactor, text)


@pytest.mark.parametrize("text", ["лицевой счёт 2024 закрыт", "лицевой счёт 1234"])
def test_four_digits_alone_after_the_accounts_cue_are_no_account(redactor, text):
    assert not [kind for kind, _ in found(redactor, text) if kind == "ACCOUNT_NUMBER"]


# A value written again with its leading zero restored is the value again (recognizers/cue_reach.py `_said_the_same`),
# and an adjective sharing another value's stem ("правильный", not the licence's "права") is no cue of its own
# (`_names_its_own`; pii_ba56).
def test_an_account_written_again_with_its_leading_zero_is_masked(redactor):
    text = ("Проверено: SMS доставлены, текст «ХВ 00913 ГВ 00402 ЛС 3314-41», ЛС указан без ведущего нуля, "
            "правильный — 03314-41.")
    assert ("ACCOUNT_NUMBER", "03314-41") in found(redactor, text)


def test_a_number_after_an_orders_noun_is_not_the_value_said_again(redactor):
    text = "ЛС 3314-41, а заказ 03314-41"
    assert "03314-41" in redactor.redact(text).text


# What the label's reading must not take (found over benchmarks/data before the commit): a card's month and year after
# the account's cue ("привязана в ЛС, срок до 10/26"), a value on the line after a label whose weak cue names bills
# ("выставлять счета на новые реквизиты:⏎ИНН …"), a cue word inside another label ("ИНН с патента …: …").
def test_a_cards_expiry_after_the_accounts_cue_keeps_its_kind(redactor):
    text = "Оплата за кабель — с карты 5469 3949 1128 2549, привязана в ЛС, срок до 10/26."
    assert ("CARD_EXPIRY", "10/26") in found(redactor, text)


def test_a_label_reads_a_value_on_its_own_line_only(redactor):
    text = "Поменялся банк, прошу выставлять счета на новые реквизиты:\nИНН 615260181520\nр/с 40802810452090012744"
    assert ("RU_INN", "615260181520") in found(redactor, text)


def test_a_cue_inside_another_kinds_label_reads_nothing(redactor):
    text = "ИНН с патента переписал с ошибкой: 66444408480 (11 цифр) — правильно 667444084803."
    assert ("RU_INN", "66444408480") in found(redactor, text)
