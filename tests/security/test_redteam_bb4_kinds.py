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
from security.test_redteam_s19 import crm_with
from security.test_redteam_s23 import _shown_comment


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


# --- F03: a phone in pieces ------------------------------------------------------------------------------------

PIECES = [
    ("Жена клиента, код города 495, номер 765-43-21, звонить вечером", ["495", "765"]),
    ("моб. код 926, номер 765 43 21", ["926", "765"]),
    ("просил звонить на 765-43-21 после 18", ["765"]),
    ("код города 8312, телефон 43-21-09", ["8312", "43-21"]),
    ("код города четыреста девяносто пять номер семьсот шестьдесят пять сорок три двадцать один",
     ["четыреста", "семьсот"]),
    ("перезвонить на 7654321 завтра", ["7654321"]),
]


@pytest.mark.parametrize("text, pieces", PIECES, ids=[t for t, _ in PIECES])
def test_an_area_code_and_a_local_number_written_apart_are_both_masked(redactor, text, pieces):
    out = redactor.redact(text).text
    assert [piece for piece in pieces if piece in out] == [], out
    assert "PHONE_NUMBER" in _types(redactor, text)


PHONE_TALK = [
    # the confirmation code itself is the caller's SECRET since issue 15 (tests/test_kinds_secret_s30.py); the ticket stays
    ("код подтверждения 4821, номер заявки 1234567", ["1234567"]),
    ("звонить на 900 или 0611", ["900", "0611"]),
    ("код города 495, тариф 350 руб/мес", ["350 руб"]),
    ("перезвонить на 15 минут позже, заявка 2024-117733", ["15 минут", "2024-117733"]),
    ("код ошибки 404, номер заявки 7654321", ["404", "7654321"]),
]


@pytest.mark.parametrize("text, kept", PHONE_TALK, ids=[t for t, _ in PHONE_TALK])
def test_a_code_or_a_verb_of_calling_keeps_codes_service_numbers_amounts_and_tickets(redactor, text, kept):
    out = redactor.redact(text).text
    for piece in kept:
        assert piece in out, out


# --- F10: settlement addresses written loosely -----------------------------------------------------------------

SETTLEMENTS = [
    ("мать клиента: с. Ивановка Тамбовской области, дом 3", "Ивановка"),
    ("доставка SIM: пос. Лесной, 12", "Лесной"),
    ("сын живёт: хутор Весёлый, 7", "Весёлый"),
    ("дача: Московская обл., Химки, мкр Сходня, Первомайская 5", "Сходня"),
    ("дер. Малые Вяземы Одинцовского района, 14", "Вяземы"),
    ("пгт Новый Свет, 21а", "Новый Свет"),
]


@pytest.mark.parametrize("text, place", SETTLEMENTS, ids=[t for t, _ in SETTLEMENTS])
def test_a_settlement_address_written_loosely_is_masked(redactor, text, place):
    out = redactor.redact(text).text
    assert place not in out, out
    assert "ADDRESS" in _types(redactor, text)


SETTLEMENT_TALK = [
    ("пос. Лесной, 12 человек без связи", ["12 человек"]),
    ("г. Тула, 15 марта авария на линии", ["15 марта"]),
    ("в Тамбовской области, 3 вышки не работают", ["3 вышки"]),
    ("хутор Весёлый, 3 абонента жалуются, тариф 350 руб", ["3 абонента", "350 руб"]),
    ("г. Москва, 5 минут назад, обращение 117733", ["5 минут", "117733"]),
]


@pytest.mark.parametrize("text, kept", SETTLEMENT_TALK, ids=[t for t, _ in SETTLEMENT_TALK])
def test_a_settlement_named_with_counts_and_dates_keeps_them(redactor, text, kept):
    out = redactor.redact(text).text
    for piece in kept:
        assert piece in out, out


# --- the same through the HTTP API and the proxy's card comments ------------------------------------------------

_THROUGH_THE_API = [text for text, _ in DOCUMENTS[:4] + SECRETS[:4] + HANDLES[:2]] + [PIECES[0][0], SETTLEMENTS[0][0]]
_SECRET_PIECES = ["1234567", "751234567", "7654321", "ромашка12", "Tverskaya5", "4821", "12345678", "kulakov80",
                  "572812345678", "765-43-21", "Ивановка"]


def test_v1_redact_masks_every_bb4_kind(attack):
    async def scenario(stack, client):
        answers = []
        for text in _THROUGH_THE_API:
            async with client.post(f"{stack.guard_url}/v1/redact", json={"text": text}) as resp:
                assert resp.status == 200
                answers.append((await resp.json())["text"])
        return answers

    answers = attack(scenario, crm=crm_with({}))
    assert [(a, p) for a in answers for p in _SECRET_PIECES if p in a] == [], answers


@pytest.mark.parametrize("comment, piece", [("сын клиента, связь через https://t.me/kulakov80", "kulakov80"),
                                            ("пароль от личного кабинета: ромашка12", "ромашка12"),
                                            ("кодовое слово: незабудка", "незабудка")])
def test_a_crm_comment_with_a_bb4_kind_is_shown_masked(attack, comment, piece):
    shown = _shown_comment(attack, comment)
    assert piece not in shown, shown


def test_a_pronoun_after_the_cue_is_no_code_word(redactor):
    # disc_w28 disc_w-0076: the operator's "вы назвали кодовое слово этого достаточно" says no code word
    assert "SECRET" not in _types(redactor, "вы назвали кодовое слово этого достаточно")
