"""Issue 15, the non-name kinds: addresses, e-mails, spoken phones and account numbers as people really write and say
them — abbreviated CRM notes, lowercase chats, mailboxes said aloud — and the look-alikes that stay visible."""
from __future__ import annotations

import pytest

from kinds_found import found


@pytest.mark.parametrize("text, value", [
    ("Клиент подтвердил лицевой 204117733 и почту", "204117733"),
    ("мой лицевой 600184392 почему списали", "600184392"),
    ("л с 700931128 не могу войти", "700931128"),
    ("Указан лиц/сч 7004518821, баланс -320 руб.", "7004518821"),
    ("лиц. счёт 7720019384", "7720019384"),
    ("лицевой шестьсот сто восемьдесят четыре триста девяносто два проверьте", "шестьсот сто восемьдесят четыре "
                                                                              "триста девяносто два"),
])
def test_a_personal_account_is_known_by_every_short_form_of_its_cue(redactor, text, value):
    assert ("ACCOUNT_NUMBER", value) in found(redactor, text)


def test_the_word_лицевой_before_a_sum_is_no_account(redactor):
    assert found(redactor, "на лицевой стороне карты 4000 рублей") == []


@pytest.mark.parametrize("text, mailbox", [
    ("почта кэ о вэ а эл е эн ко собака яндекс ру", "кэ о вэ а эл е эн ко собака яндекс ру"),
    ("почта свет ка котова собака яндекс точка ру", "свет ка котова собака яндекс точка ру"),
    ("почта бух собака строй альянс точка ру", "бух собака строй альянс точка ру"),
    ("почта эй би си дефис сто двадцать три собака джимейл ком", "эй би си дефис сто двадцать три собака джимейл ком"),
    ("е мейл олга эм собака лист точка ру да", "олга эм собака лист точка ру"),
    ("запишите петров собака гмейл и всё", "петров собака гмейл"),
    ("моя почта ivan точка petrov собака mail точка ру", "ivan точка petrov собака mail точка ру"),
])
def test_a_mailbox_said_aloud_is_masked_from_its_first_letter_to_its_domain(redactor, text, mailbox):
    assert ("EMAIL_ADDRESS", mailbox) in found(redactor, text)


def test_the_words_announcing_a_mailbox_are_not_part_of_it(redactor):
    text = "пишите почту иван точка петров собака мейл точка ру да именно так"
    assert found(redactor, text) == [("EMAIL_ADDRESS", "иван точка петров собака мейл точка ру")]


def test_a_dog_is_no_mailbox(redactor):
    assert found(redactor, "у меня собака заболела поэтому не могу приехать") == []


@pytest.mark.parametrize("text, phone", [
    # a misheard extra digit after the cue: the whole run is masked, its last digits included
    ("номер плюс семь девятьсот двенадцать четыреста сорок восемь двадцать ноль семнадцать",
     "плюс семь девятьсот двенадцать четыреста сорок восемь двадцать ноль семнадцать"),
    ("телефон +7 (495) 988-12-30 доб. 214", "+7 (495) 988-12-30 доб. 214"),
])
def test_a_phone_is_masked_whole(redactor, text, phone):
    assert ("PHONE_NUMBER", phone) in found(redactor, text)


@pytest.mark.parametrize("text, address", [
    ("Адрес: Ростовская обл., Аксайский р-н, х. Ленина, ул. Новая, д. 21.",
     "Ростовская обл., Аксайский р-н, х. Ленина, ул. Новая, д. 21"),
    ("я живу по адресу москва профсоюзная 104 58", "москва профсоюзная 104 58"),
    ("я живу на садовой дом пятьдесят два квартира семь", "садовой дом пятьдесят два квартира семь"),
    ("адр. ул. Профсоюзная, д. 104, кв. 58", "ул. Профсоюзная, д. 104, кв. 58"),
    ("адрес г тула ул болдина д 12 кв 3 когда приедет мастер", "г тула ул болдина д 12 кв 3"),
])
def test_an_address_is_one_span_in_every_form(redactor, text, address):
    assert ("ADDRESS", address) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "на ул. Ленина авария, ждём устранения",
    "приходите 12 декабря с 10 до 14",
    "адрес новый сто семнадцать двести семьдесят девять москва",  # a spoken postcode and a town: no house
])
def test_a_street_or_a_town_without_a_house_is_no_address(redactor, text):
    assert [kind for kind, _ in found(redactor, text) if kind == "ADDRESS"] == []


def test_a_town_before_a_street_without_its_keyword_stays_in_the_address(redactor):
    text = "клиент адрес нижний новгород большая покровская дом восемнадцать квартира семь а почты нет"
    assert ("ADDRESS", "нижний новгород большая покровская дом восемнадцать квартира семь") in found(redactor, text)


@pytest.mark.parametrize("text, mailbox", [
    ("почта ivan.petrov собака mail точка ру", "ivan.petrov собака mail точка ру"),
    ("почта дабл ю эс пи собака мейл ру", "дабл ю эс пи собака мейл ру"),
    ("моя почта петров-иван собака gmail.com", "петров-иван собака gmail.com"),
])
def test_latin_fragments_and_spelled_latin_letters_belong_to_the_mailbox(redactor, text, mailbox):
    assert ("EMAIL_ADDRESS", mailbox) in found(redactor, text)


@pytest.mark.parametrize("text, address", [
    ("мой ip девяносто один двести четыре семнадцать шестьдесят шесть",
     "девяносто один двести четыре семнадцать шестьдесят шесть"),
    ("у меня айпи один девять два точка один шесть восемь точка один точка один",
     "один девять два точка один шесть восемь точка один точка один"),
])
def test_an_ip_address_said_after_its_word_needs_no_dots(redactor, text, address):
    assert ("IP_ADDRESS", address) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "айпи восемь восемь восемь восемь",  # a public resolver
    "айпи двести девяносто девять один один один",  # not four parts of 0-255
])
def test_a_spoken_number_after_the_ip_word_that_is_no_ones_address_stays(redactor, text):
    assert [kind for kind, _ in found(redactor, text) if kind == "IP_ADDRESS"] == []


def test_a_correction_restarts_the_number_where_the_caller_repeats_it(redactor):
    from guard.normalize import normalize

    said = "мой номер восемь девять один шесть пять пять пять ой нет пять пять четыре один два три четыре"
    assert normalize(said).text == "мой номер 8 9 1 6 5 5 4 1 2 3 4"  # eleven digits, not thirteen
    assert found(redactor, said) == [("PHONE_NUMBER", said[len("мой номер "):])]


def test_a_local_part_reaches_back_two_plain_words_at_most(redactor):
    text = "слово " * 500 + "иван собака мейл ру"
    assert found(redactor, text) == [("EMAIL_ADDRESS", "слово иван собака мейл ру")]


def test_a_street_said_after_the_house_and_flat_is_in_the_address(redactor):
    text = "дом пятьдесят два квартира семь по улице садовой"
    assert found(redactor, text) == [("ADDRESS", text)]


@pytest.mark.parametrize("text, address", [
    ("мы в нижнем новгороде на большой покровской пятнадцать квартира три живем",
     "нижнем новгороде на большой покровской пятнадцать квартира три"),
    ("я живу в городе орёл на улице мира дом пять", "городе орёл на улице мира дом пять"),
])
def test_the_town_said_before_на_and_the_street_is_in_the_address(redactor, text, address):
    assert ("ADDRESS", address) in found(redactor, text)


def test_a_place_that_is_no_town_before_на_stays_out_of_the_address(redactor):
    assert ("ADDRESS", "улице ленина дом пять") in found(redactor, "сидел в машине на улице ленина дом пять")
