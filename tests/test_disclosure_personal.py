"""With the call's card: what the caller has not said themselves is a disclosure (Инструкция запретов, пп. 1–9, 17)."""
from __future__ import annotations

import copy

import pytest

from guard.disclosure import CheckContext, Said, check

CARD = {
    "msisdn": "79161234567", "city_number": "74951234567", "client_type": "individual", "payment_type": "postpaid",
    "owner": {"last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич", "organization": None,
              "gender": "male", "birth_date": "1980-03-12",
              "passport": {"series": "4505", "number": "678901", "issued_by": "ОВД", "issued_at": "2005-04-01"}},
    "de": {"first_name": "Пётр", "middle_name": "Сергеевич"},
    "contract": {"number": "0123456789", "status": "active", "terminated_at": None},
    "addresses": {"registration": "г. Москва, ул. Тверская, д. 5, кв. 12", "legal": None,
                  "billing": None, "delivery": "г. Москва, ул. Ленина, д. 1"},
    "email": "petr.ivanov@mail.ru",
    "contact": {"phone": "79037654320", "person": "Сидорова Анна Петровна", "email": None},
    "flash_restrictions": [],
    "numbers": [{"msisdn": "79161234567", "tariff": "Мой безлимит"}, {"msisdn": "79167654321", "tariff": "Старт"}],
    "call_details": [{"at": "2026-11-01T10:15:00", "direction": "out", "number": "79035556677", "kind": "mobile",
                      "network": "МТС", "region": "Москва", "lai": "7701-12345", "cell_id": "40211", "duration_s": 120}],
}
PRIMARY_MALE = CheckContext(card=CARD, identification="primary", caller_gender="male")


def rules(text: str, context: CheckContext = PRIMARY_MALE, said: Said | None = None) -> set[str]:
    return {v.rule for v in check(text, "operator", context, said).violations}


def test_owner_surname_from_the_card_in_any_case_blocks_item1():
    assert rules("Номер оформлен на Иванову? Нет, на Иванова") == {"owner-name"}


def test_surname_the_caller_said_themselves_may_be_repeated():
    said = Said.of(["Меня зовут Иванов Пётр Сергеевич"])
    assert rules("Иванов Пётр Сергеевич, верно, спасибо", said=said) == set()


def test_addressing_by_the_de_name_is_allowed_item1():
    assert rules("Пётр Сергеевич, ваш вопрос решён") == set()


def test_owner_first_name_that_is_not_in_de_blocks_item1():
    card = copy.deepcopy(CARD)
    card["de"] = {"first_name": "Павел", "middle_name": None}
    assert rules("Пётр, подождите минуту", CheckContext(card=card)) == {"owner-name"}


def test_registration_street_blocks_item3():
    assert rules("Прописка у вас на Тверской") == {"address"}


def test_city_alone_is_not_an_address():
    assert rules("Вы звоните из Москвы?") == set()


def test_email_from_the_card_blocks_item3():
    assert rules("Письмо ушло на petr.ivanov@mail.ru") == {"address"}


def test_contact_person_blocks_item4():
    assert rules("Контактное лицо у вас Сидорова") == {"contact-info"}


def test_passport_from_the_card_blocks_item2_even_spoken():
    assert rules("паспорт сорок пять ноль пять шестьсот семьдесят восемь девятьсот один") == {"passport"}


def test_last4_of_the_own_number_allowed_for_postpaid_primary_same_gender_item6():
    assert rules("Номер заканчивается на 4567") == set()


def test_last4_blocked_when_the_caller_is_of_the_other_gender_item6():
    context = CheckContext(card=CARD, identification="primary", caller_gender="female")
    assert rules("Номер заканчивается на 4567", context) == {"subscriber-number"}


def test_last4_blocked_under_alternative_identification_item6():
    context = CheckContext(card=CARD, identification="alternative", caller_gender="male")
    assert rules("Номер заканчивается на 4567", context) == {"subscriber-number"}


def test_last4_blocked_for_prepaid_item6():
    card = dict(CARD, payment_type="prepaid")
    assert rules("Номер заканчивается на 4567", CheckContext(card=card, identification="primary", caller_gender="male")) \
        == {"subscriber-number"}


def test_city_number_may_be_named_when_the_caller_confirmed_the_federal_one_item5():
    context = CheckContext(card=CARD, identification="primary", caller_gender="male", confirmed=frozenset({"msisdn"}))
    assert rules("Ваш городской номер 8 495 123 45 67", context) == set()
    assert rules("Ваш городской номер 8 495 123 45 67") == {"subscriber-number"}


def test_another_number_on_the_contract_blocks_item8():
    assert rules("У вас есть ещё номер 8 916 765 43 21") == {"numbers-on-contract"}


def test_call_detail_number_blocks_item9_but_its_prefix_does_not():
    assert rules("Вы звонили на 8 903 555 66 77") == {"call-detail-number"}
    assert rules("Номер, на который вы звонили, начинается на 903") == set()


def test_a_service_number_in_the_call_details_may_be_named_as_the_card_shows_it_item9():
    # policies/lists.yaml: the card policy shows it whole, so the operator may say it
    card = copy.deepcopy(CARD)
    card["call_details"].append({"at": "2026-11-01T11:00:00", "direction": "out", "number": "88007000611"})
    context = CheckContext(card=card, identification="primary", caller_gender="male")
    assert rules("Вы звонили на 8 800 700 06 11, это справочная", context) == set()
    assert rules("Вы звонили на 8 903 555 66 77", context) == {"call-detail-number"}


def test_call_type_network_and_region_may_be_named_item9():
    assert rules("Звонок исходящий, на мобильный МТС, регион Москва") == set()


def test_cell_id_from_call_details_blocks_item9():
    assert rules("Номер был в соте 40211") == {"number-location"}


def test_date_of_birth_from_the_card_blocks():
    assert rules("Вы родились 12 марта 1980 года") == {"other-personal-data"}


def test_number_the_caller_said_may_be_repeated_back():
    said = Said.of(["звоню с номера восемь девятьсот три пятьсот пятьдесят пять шестьдесят шесть семьдесят семь"])
    assert rules("Вы звонили на 8 903 555 66 77", said=said) == set()


def test_without_a_card_detected_personal_data_of_the_caller_said_is_fine():
    said = Said.of(["мой номер 8 916 123 45 67"])
    assert check("Ваш номер 8 916 123 45 67, верно?", "operator", None, said).verdict == "allow"
    assert check("Ваш номер 8 916 123 45 67, верно?", "operator").verdict == "block"


def test_operator_introducing_themselves_with_a_surname_is_not_a_disclosure():
    assert check("Здравствуйте, меня зовут Ольга Иванова, чем я могу Вам помочь?").verdict == "allow"


def test_a_salon_address_is_not_a_disclosure():
    assert check("Ближайший салон находится по адресу ул. Тверская, д. 7").verdict == "allow"


def test_email_from_the_card_spelled_out_by_asr_blocks_item3():
    assert "address" in rules("ваша почта петр точка иванов собака мейл точка ру")


def test_asr_renderings_of_card_values_block():
    assert rules("прописка на тверской улице") == {"address"}
    assert rules("вы звонили на восемь девятьсот три пятьсот пятьдесят пять шестьдесят шесть семьдесят семь") \
        == {"call-detail-number"}
    assert rules("вы родились двенадцатого марта тысяча девятьсот восьмидесятого года") == {"other-personal-data"}


def test_a_surname_that_is_also_a_common_word_is_still_a_surname_beside_a_first_name():
    assert check("Номер оформлен на Мельник Андрей").verdict == "block"
    assert check("номер оформлен на мельник андрей").verdict == "block"


def test_first_name_and_patronymic_alone_are_how_the_caller_is_addressed_item15():
    assert check("Анна Петровна, подскажите, с какого номера вы звоните?").verdict == "allow"


def test_without_a_card_the_last_digits_of_a_number_block_items5_6():
    # п. 6 lets the last 4 digits through only on conditions the card tells; without the card they cannot be checked
    assert check("Смотрите, больше всего вы звонили на номер, который заканчивается на 4521.").verdict == "block"
    assert check("номер дочери заканчивается на пятьдесят восемь шестнадцать").verdict == "block"
    assert check("Назовите, пожалуйста, последние четыре цифры номера").verdict == "allow"


def test_without_a_card_the_last_digits_the_caller_said_may_be_repeated():
    said = Said.of(["мой номер заканчивается на 4521"])
    assert check("Номер заканчивается на 4521, верно?", "operator", None, said).verdict == "allow"


def test_with_the_card_item6_decides_about_the_last_digits_not_the_without_card_phrase():
    assert rules("Номер заканчивается на 4567") == set()
    female = CheckContext(card=CARD, identification="primary", caller_gender="female")
    assert rules("Номер заканчивается на 4567", female) == {"subscriber-number"}


def test_passport_digits_without_a_card_block_item2():
    assert check("номер паспорта владельца заканчивается на семь восемь девять").verdict == "block"


def test_contact_person_named_without_a_card_blocks_item4():
    assert {v.rule for v in check("контактное лицо по договору жена владельца ольга петровна").violations} == {"contact-info"}
    assert check("Укажите, пожалуйста, контактное лицо и телефон").verdict == "allow"


def test_an_organization_owner_without_a_legal_form_blocks_item1():
    assert {v.rule for v in check("договор заключен на организацию техсервис плюс").violations} == {"owner-name"}
    assert check("Договор заключён с компанией МТС").verdict == "allow"


@pytest.mark.parametrize("text", [
    "Ваш номер ８９１６１２３４５６７",          # full-width digits
    "Ваш номер 8916\u200b1234567",            # a zero-width space inside the number
    "паспорт 45\u200b05 678901",              # inside the passport series
])
def test_a_number_hidden_by_unicode_tricks_is_still_a_number_in_operator_speech(text):
    """The checker reads the text the recognizers read (guard.normalize): Unicode made plain first, offsets kept."""
    result = check(text, "operator")
    assert result.verdict == "block"
    assert all(text[v.start:v.end].strip() for v in result.violations)


def test_a_word_split_by_an_invisible_character_is_still_one_word_in_operator_speech():
    """"Ива\u200bнова" is the surname after «оформлен на»; the span still covers the original characters."""
    text = "Номер оформлен на Ива\u200bнова Петра"
    result = check(text, "operator")
    assert result.verdict == "block"
    assert any("\u200b" in text[v.start:v.end] for v in result.violations)


# --- one home: the checker's pre-check and street test read the shared lists (docs/one-home.md) ----------------

@pytest.mark.parametrize("text", ["передайте Тюрину И.П. лично", "передайте Тюрину И. лично", "подписал И.П. Тюрин",
                                  "подписал И.П.", "это ЛИ И.П."])
def test_initials_as_the_lexicon_writes_them_send_an_utterance_to_the_engine(text):
    from guard.disclosure.personal import might_hold_personal_data
    from guard.disclosure.text import Utterance

    assert might_hold_personal_data(Utterance(text))


@pytest.mark.parametrize("word", ["проезде", "бульваре", "площади", "переулке", "корпус"])
def test_every_street_word_of_recognizers_address_sends_an_utterance_to_the_engine(word):
    from guard.disclosure.personal import might_hold_personal_data
    from guard.disclosure.text import Utterance

    assert might_hold_personal_data(Utterance(f"это на {word} пять"))


def test_a_street_named_by_any_street_word_lemma_is_an_address_without_a_card():
    from guard.disclosure.personal import addresses
    from guard.disclosure.text import Utterance

    assert [e.type for e in addresses(Utterance("живёт на Тверском бульваре дом 5"))] == ["ADDRESS"]


def test_the_checkers_stem_comparison_is_not_named_like_identifications_same_name():
    # issue 11: one name, one meaning. identification.same_name weighs a name part's role; the checker's
    # comparison only finds a card's word said in another case, and says so by its name.
    from guard import identification
    from guard.disclosure import personal

    assert not hasattr(personal, "same_name") and hasattr(identification, "same_name")
    assert personal.inflected_form_of("Иванову", "Иванов") and personal.inflected_form_of("тверской", "Тверская")
    assert not personal.inflected_form_of("Ивановский", "Иванов")
