"""The black-box red team's round bb4, the kinds of personal data found unmasked in text (/v1/redact, /analyze,
`guard batch`): each finding replayed through `Redactor` (what those run) and the HTTP API, with the hard negatives an
operator needs left readable (amounts, dates, tariffs, ticket and service numbers).

- F11: identity documents other than the internal passport, after the document's name (kind ID_DOCUMENT);
- F08: a customer's secrets after their cue — the account's password, a SIM's PIN and PUK, a code word (kind SECRET);
- F12: profile links and handles said aloud (LOGIN), a mailbox said with no "собака" (EMAIL_ADDRESS);
- F03: a phone written as an area code and a local number apart, a bare local number after "звонить на";
- F10: settlement addresses written loosely.

A finding not mended is a strict xfail whose reason starts with "LEAK". The texts are the team's examples and variants
written for this round by hand.
"""
from __future__ import annotations

import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _types(redactor: Redactor, text: str) -> set[str]:
    return {entity.type for entity in redactor.analyze(text)}


# --- F11: identity documents ------------------------------------------------------------------------------------

DOCUMENTS = [
    ("загранпаспорт 75 1234567", "1234567"),
    ("загранпаспорт № 751234567", "751234567"),
    ("договор перезаключён на паспорт иностранного гражданина AB7654321", "7654321"),
    ("паспорт Узбекистана AA1234567", "1234567"),
    ("паспорт гражданина Таджикистана 401234567", "401234567"),
    ("вид на жительство 82 1234567", "1234567"),
    ("ВНЖ серия 82 № 7654321", "7654321"),
    ("военный билет АВ 1234567", "1234567"),
    ("РВП 123456 от 2024 года", "123456"),
    ("патент на работу 77 № 2234567", "2234567"),
    ("заграничный паспорт: 75 7654321, выдан МВД 1005", "7654321"),
    ("по загранпаспорту 72 0012345 оформили", "0012345"),
    ("загранпаспорт семьдесят пять один два три четыре пять шесть семь", "пять шесть семь"),
]


@pytest.mark.parametrize("text, secret", DOCUMENTS, ids=[t for t, _ in DOCUMENTS])
def test_an_identity_document_number_after_the_documents_name_is_masked(redactor, text, secret):
    out = redactor.redact(text).text
    assert secret not in out, out


@pytest.mark.parametrize("text", ["загранпаспорт 75 1234567", "паспорт Узбекистана AA1234567",
                                  "вид на жительство 82 1234567"])
def test_an_identity_document_number_is_its_own_kind_in_the_analysis(redactor, text):
    assert "ID_DOCUMENT" in _types(redactor, text)


DOCUMENT_TALK = [
    # what an operator needs from a note about the documents: terms, amounts, dates, ticket numbers
    ("загранпаспорт будет готов через 10 дней", ["10 дней"]),
    ("паспорт Узбекистана, тариф «Мой безлимит» 650 руб/мес", ["650 руб"]),
    ("вид на жительство до 12.03.2031, заявка 4500123 закрыта", ["12.03.2031"]),
    ("военный билет не нужен, звонок на 0611 бесплатный", ["0611"]),
    ("патент оплачен на 12 месяцев, 5 400 руб.", ["12 месяцев", "5 400 руб"]),
]


@pytest.mark.parametrize("text, kept", DOCUMENT_TALK, ids=[t for t, _ in DOCUMENT_TALK])
def test_words_about_a_document_keep_amounts_dates_terms_and_service_numbers(redactor, text, kept):
    out = redactor.redact(text).text
    for piece in kept:
        assert piece in out, out
    assert "ID_DOCUMENT" not in _types(redactor, text)


# --- F08: secrets ---------------------------------------------------------------------------------------------

SECRETS = [
    ("пароль от личного кабинета: ромашка12", "ромашка12"),
    ("кл. сообщил пароль от ЛК Tverskaya5", "Tverskaya5"),
    ("PIN-код 4821, PUK 12345678", "4821"),
    ("PIN-код 4821, PUK 12345678", "12345678"),
    ("кодовое слово: незабудка", "незабудка"),
    ("кодовое слово незабудка, просил не говорить", "незабудка"),
    ("пин 0000 и пук 87654321 с конверта", "87654321"),
    ("пароль — «Qwerty_2024»", "Qwerty_2024"),
    ("секретное слово: Барсик", "Барсик"),
]


@pytest.mark.parametrize("text, secret", SECRETS, ids=[f"{t}|{s}" for t, s in SECRETS])
def test_a_secret_after_its_cue_is_masked(redactor, text, secret):
    out = redactor.redact(text).text
    assert secret not in out, out


SECRET_TALK = [
    ("пароль сброшен, новый отправлен по СМС на 900", ["сброшен", "900"]),
    ("кодовое слово не помнит, перенаправлен в офис", ["не помнит"]),
    ("PIN-код заблокирован после 3 попыток, обращение 2024-117733", ["3 попыток", "2024-117733"]),
    ("пароль от ЛК восстановлен 12.03.2026, тариф 450 руб", ["12.03.2026", "450 руб"]),
    ("клиент забыл пароль, подсказал *100#", ["*100#"]),
]


@pytest.mark.parametrize("text, kept", SECRET_TALK, ids=[t for t, _ in SECRET_TALK])
def test_words_about_a_secret_keep_what_the_operator_needs(redactor, text, kept):
    out = redactor.redact(text).text
    for piece in kept:
        assert piece in out, out
    assert "SECRET" not in _types(redactor, text)


# --- F12: profile links and spoken handles ---------------------------------------------------------------------

HANDLES = [
    ("связь через https://t.me/kulakov80", "kulakov80"),
    ("сын клиента, связь через t.me/kulakov80", "kulakov80"),
    ("профиль ok.ru/profile/572812345678", "572812345678"),
    ("страница instagram.com/kulakov.80", "kulakov.80"),
    ("мой телеграм кулаков восемьдесят", "кулаков"),
    ("логин в вотсапе кулаков восемьдесят", "кулаков"),
    ("ник иван точка петров", "петров"),
    ("адрес почты кулаков восемьдесят гмайл", "кулаков"),
    ("почта кулаков восемьдесят на джимайл точка ком", "кулаков"),
]


@pytest.mark.parametrize("text, secret", HANDLES, ids=[t for t, _ in HANDLES])
def test_a_profile_link_or_a_handle_said_aloud_is_masked(redactor, text, secret):
    out = redactor.redact(text).text
    assert secret not in out, out


HANDLE_TALK = [
    ("телеграм установил 2 дня назад, тариф 350 руб", ["2 дня", "350 руб"]),
    ("ник сменил 3 раза", ["3 раза"]),
    ("почта не приходит 5 дней, заявка 117733", ["5 дней", "117733"]),
    ("ссылка https://t.me на канал оператора", ["https://t.me"]),
]


@pytest.mark.parametrize("text, kept", HANDLE_TALK, ids=[t for t, _ in HANDLE_TALK])
def test_words_about_a_messenger_keep_what_the_operator_needs(redactor, text, kept):
    out = redactor.redact(text).text
    for piece in kept:
        assert piece in out, out


# --- the speech checker: an operator's words about a secret are no secret said ------------------------------------

@pytest.mark.parametrize("text", ["пароль вам придёт по СМС", "пароль от личного кабинета вы можете сменить в приложении",
                                  "кодовое слово мы не спрашиваем", "PIN-код указан на пластиковой карте"])
def test_an_operators_words_about_a_secret_find_no_secret(redactor, text):
    assert "SECRET" not in _types(redactor, text)
