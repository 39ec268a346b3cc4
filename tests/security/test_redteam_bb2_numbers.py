"""The black-box red team's round bb2 (numbers smuggled past the redactor and the proxy): each way of writing personal
data the team found, replayed against `Redactor` (what `guard redact`, `/v1/redact` and the proxy's comment redaction
run), `guard batch`'s call redaction, `/v1/redact` and the proxy's card comments.

1. digit groups joined by separators a reader reads past ("8·916·123·45·67", "45·05/123456", "8|916|…");
2. spoken number chains joined by commas, "и" or hyphens, digits and words mixed;
3. a number dictated across turns of one speaker, with only a back-channel ("угу") between;
4. messenger handles and logins ("мой телеграм @ivan_petrov88");
5. a surname that is a common noun after the client abbreviation ("кл. Гусь").

A finding not mended is a strict xfail whose reason starts with "LEAK". The texts are the team's examples and
variants written for this round by hand.
"""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.batch.calls import redact_call
from guard.engine import Redactor
from security.test_redteam_s20 import judged_answer
from security.test_redteam_s19 import crm_with
from security.test_redteam_s23 import _shown_comment

PHONE_GROUPS = ("8", "916", "123", "45", "67")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _digits_left(text: str) -> list[str]:
    return re.findall(r"\d+", text)


# --- 1. separators a reader reads past -------------------------------------------------------------------------

SEPARATORS = [".", "/", "_", ";", "|", "\\", "·", ":", "•", "∙", ",", " / ", " | ", "_ "]


@pytest.mark.parametrize("separator", SEPARATORS, ids=repr)
def test_a_phone_written_with_any_separator_a_reader_reads_past_is_masked(redactor, separator):
    out = redactor.redact("мой номер " + separator.join(PHONE_GROUPS) + ", звоните").text
    assert _digits_left(out) == [], out


@pytest.mark.parametrize("text", [
    pytest.param("паспорт 45·05/123456", id="passport-dot-and-slash"),
    pytest.param("паспорт 45|05|123456", id="passport-bars"),
    pytest.param("паспорт 4505_123456", id="passport-underscore"),
    pytest.param("паспорт 45;05;123;456", id="passport-semicolons"),
    pytest.param("карта 4276·1600·1234·5678", id="card-middle-dots"),
    pytest.param("карта 4276_1600_1234_5678", id="card-underscores"),
    pytest.param("карта 4276/1600/1234/5678", id="card-slashes"),
    pytest.param("карта 4276.1600.1234.5678", id="card-dots"),
    pytest.param("снилс 112·233·445·95", id="snils-middle-dots"),
    pytest.param("снилс 112|233|445|95", id="snils-bars"),
    pytest.param("снилс 112/233/445/95", id="snils-slashes"),
    pytest.param("инн 7707_0838_93", id="inn-underscores"),
    pytest.param("инн 7707·083·893", id="inn-middle-dots"),
    pytest.param("инн 77\\07\\08\\38\\93", id="inn-backslashes"),
])
def test_a_document_number_written_with_unusual_separators_is_masked(redactor, text):
    out = redactor.redact(text).text
    assert _digits_left(out) == [], out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(separator=st.sampled_from(list("._/;|\\·:•∙,~*#'")),
       cuts=st.lists(st.integers(1, 10), min_size=2, max_size=5, unique=True))
def test_a_phone_cut_anywhere_by_one_separator_a_reader_reads_past_is_masked(redactor, separator, cuts):
    digits = "89161234567"
    bounds = [0, *sorted(cuts), len(digits)]
    written = separator.join(digits[a:b] for a, b in zip(bounds, bounds[1:]))
    out = redactor.redact(f"перезвоните мне на {written} вечером").text
    assert _digits_left(out) == [], (written, out)


@pytest.mark.parametrize("text, kind", [
    pytest.param("дата рождения 12.03.1980", "DATE_OF_BIRTH", id="birth-date-with-dots"),
    pytest.param("дата рождения 12/03/1980", "DATE_OF_BIRTH", id="birth-date-with-slashes"),
    pytest.param("сервер 192.168.10.25 не отвечает", "IP_ADDRESS", id="ip-address"),
])
def test_a_date_or_an_address_written_with_dots_keeps_its_kind(redactor, text, kind):
    assert [entity.type for entity in redactor.analyze(text)] == [kind]


@pytest.mark.parametrize("text", [
    "тариф 5.5 Гб за 350,00 руб",
    "звонок в 10:15:30, длительность 2:05",
    "версия приложения 3.12.1",
])
def test_small_numbers_written_with_dots_commas_and_colons_are_no_personal_data(redactor, text):
    assert redactor.analyze(text) == []


# --- 2. spoken chains joined by commas, "и", hyphens -----------------------------------------------------------

_SPOKEN_PHONE_PIECES = ("восемь", "девятьсот", "шестнадцать", "двадцать три", "сорок пять", "шестьдесят семь")


@pytest.mark.parametrize("text", [
    pytest.param("мой номер восемь, девятьсот шестнадцать, сто двадцать три, сорок пять, шестьдесят семь",
                 id="commas"),
    pytest.param("мой номер девятьсот шестнадцать и сто двадцать три и сорок пять и шестьдесят семь", id="and"),
    pytest.param("мой номер восемь девятьсот шестнадцать и сто двадцать три и сорок пять и шестьдесят семь",
                 id="and-with-prefix"),
    pytest.param("мой номер восемь-девятьсот-шестнадцать-сто двадцать три-сорок пять-шестьдесят семь", id="hyphens"),
    pytest.param("мой номер восемь - девятьсот шестнадцать - сто двадцать три - сорок пять - шестьдесят семь",
                 id="spaced-dashes"),
    pytest.param("мой номер 8, девятьсот шестнадцать, 123, сорок пять, 67", id="mixed-commas"),
    pytest.param("мой номер 8-девятьсот шестнадцать-123-сорок пять-67", id="mixed-hyphens"),
    pytest.param("мой номер 8, 916, 123, 45, 67", id="written-commas"),
    pytest.param("мой номер 8 916 и 123 и 45 и 67", id="written-and"),
    pytest.param("номер восемь, девятьсот шестнадцать, сто двадцать три, и сорок пять, шестьдесят семь",
                 id="comma-and"),
])
def test_a_spoken_number_chain_joined_by_commas_and_or_hyphens_is_masked(redactor, text):
    out = redactor.redact(text).text
    left = [piece for piece in _SPOKEN_PHONE_PIECES if piece in out] + _digits_left(out)
    assert left == [], out


def test_a_passport_dictated_with_commas_is_masked(redactor):
    out = redactor.redact("паспорт сорок пять ноль пять, сто двадцать три, четыреста пятьдесят шесть").text
    assert [p for p in ("сорок пять", "сто двадцать три", "четыреста пятьдесят шесть") if p in out] == [], out


def test_two_phones_listed_with_and_are_both_masked(redactor):
    out = redactor.redact("телефоны 89161234567 и 89037654321, звоните").text
    assert _digits_left(out) == [], out


@pytest.mark.parametrize("text", [
    "было два-три звонка, ждали пять, десять минут",
    "во-первых, тариф за триста и пятьсот рублей",
])
def test_small_numbers_in_a_list_are_no_personal_data(redactor, text):
    assert redactor.analyze(text) == []


# --- 3. a number dictated across turns --------------------------------------------------------------------------

_ACROSS_TURNS = [
    ("client", "запишите восемь девятьсот шестнадцать"),
    ("operator", "угу"),
    ("client", "сто двадцать три сорок пять шестьдесят семь"),
]


def _pieces_left(texts: list[str]) -> list[str]:
    joined = " | ".join(texts)
    return [piece for piece in _SPOKEN_PHONE_PIECES if piece in joined] + _digits_left(joined)


def test_a_number_dictated_across_turns_with_a_back_channel_between_is_masked_in_every_turn(redactor):
    out = [redaction.text for redaction in redactor.redact_dialogue(_ACROSS_TURNS)]
    assert _pieces_left(out) == [], out
    assert out[1] == "угу"


def test_a_number_dictated_across_two_turns_of_one_speaker_is_masked_in_both(redactor):
    turns = [("client", "номер восемь девятьсот"), ("client", "шестнадцать сто двадцать три"),
             ("client", "сорок пять шестьдесят семь")]
    out = [redaction.text for redaction in redactor.redact_dialogue(turns)]
    assert _pieces_left(out) == [], out


def test_guard_batch_masks_a_number_dictated_across_turns(redactor):
    call = {"call_id": "c1", "turns": [{"speaker": speaker, "text": text} for speaker, text in _ACROSS_TURNS]}
    out = redact_call(call, redactor).call
    texts = [turn["text"] for turn in out["turns"]]
    assert _pieces_left(texts) == [], texts
    assert [turn["entities"] != [] for turn in out["turns"]] == [True, False, True]


def test_a_number_dictated_across_the_labelled_lines_of_one_transcript_text_is_masked_in_every_line(redactor):
    text = "\n".join(f"{'Клиент' if speaker == 'client' else 'Оператор'}: {said}" for speaker, said in _ACROSS_TURNS)
    out = redactor.redact(text).text
    assert _pieces_left([out]) == [], out
    assert "Оператор: угу" in out


def test_turns_of_another_speaker_with_substance_between_keep_the_pieces_apart(redactor):
    turns = [("client", "мне сорок пять"), ("operator", "уточните, пожалуйста, какой тариф подключён"),
             ("client", "шестьдесят семь рублей в день")]
    out = [redaction.text for redaction in redactor.redact_dialogue(turns)]
    assert out == [text for _, text in turns]


def test_a_dialogue_of_one_turn_reads_as_that_turn_redacted(redactor):
    text = "мой номер 89161234567"
    assert [r.text for r in redactor.redact_dialogue([("client", text)])] == [redactor.redact(text).text]


# --- 4. messenger handles and logins ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, handle", [
    pytest.param("мой телеграм @ivan_petrov88", "ivan_petrov88", id="telegram-at"),
    pytest.param("пишите в телегу @petrova1990", "petrova1990", id="telegram-slang"),
    pytest.param("ник petrova1990", "petrova1990", id="nick"),
    pytest.param("инстаграм: petrova.anna", "petrova.anna", id="instagram"),
    pytest.param("скайп ivan.petrov88, звоните вечером", "ivan.petrov88", id="skype"),
    pytest.param("в тг @ivan_petrov88", "ivan_petrov88", id="tg"),
    pytest.param("напишите мне @ivan_petrov88 в личку", "ivan_petrov88", id="bare-at-handle"),
    pytest.param("whatsapp/telegram: @petrov_i", "petrov_i", id="english-messengers"),
])
def test_a_messenger_handle_or_login_is_masked_as_a_login(redactor, text, handle):
    redaction = redactor.redact(text)
    assert handle not in redaction.text, redaction.text
    assert "LOGIN" in [entity.type for entity in redaction.entities]


@pytest.mark.parametrize("token", ["rjl7246tg4wt3uaiikua", "at5r4vk2zzoyyaro227q", "x2kvk"])
def test_a_messenger_word_inside_another_token_names_no_login(redactor, token):
    """"tg", "vk" inside a request id of a log line are letters of the id, not a messenger named before a login."""
    assert redactor.analyze(f'"request_id":"{token}"') == []


def test_an_email_address_stays_an_email_not_a_login(redactor):
    assert [e.type for e in redactor.analyze("почта ivan_petrov88@mail.ru")] == ["EMAIL_ADDRESS"]


# --- 5. a surname that is a common noun after the client abbreviation -------------------------------------------

@pytest.mark.parametrize("text, surname", [
    pytest.param("кл. Гусь просил перезвонить", "Гусь", id="gus"),
    pytest.param("кл. Волк просил перезвонить после обеда", "Волк", id="volk"),
    pytest.param("Кл. Соловей недоволен тарифом", "Соловей", id="solovey-capital-cue"),
    pytest.param("кл Заяц звонил дважды", "Заяц", id="undotted"),
    pytest.param("абон. Волк просил перезвонить", "Волк", id="abonent-abbreviation"),
])
def test_a_surname_that_is_a_common_noun_after_the_client_abbreviation_is_masked(redactor, text, surname):
    out = redactor.redact(text).text
    assert surname not in out, out


# --- the proxy: a hostile CRM's comment carrying these forms -----------------------------------------------------

@pytest.mark.parametrize("comment, pieces", [
    pytest.param("перезвонить на 8·916·765·43·21", ["765", "43·21"], id="middle-dots"),
    pytest.param("перезвонить на 8|916|765|43|21", ["765", "43|21"], id="bars"),
    pytest.param("паспорт жены 46·07/654321", ["654321"], id="passport"),
    pytest.param("клиент продиктовал: восемь, девятьсот шестнадцать, семьсот шестьдесят пять, сорок три, двадцать один",
                 ["семьсот шестьдесят пять", "двадцать один"], id="spoken-commas"),
    pytest.param("связь только через телеграм @ivan_petrov88", ["ivan_petrov88"], id="telegram"),
    pytest.param("кл. Гусь просил перезвонить", ["Гусь"], id="client-abbreviation"),
    pytest.param("Клиент: запишите восемь девятьсот шестнадцать\nОператор: угу\n"
                 "Клиент: семьсот шестьдесят пять сорок три двадцать один",
                 ["девятьсот шестнадцать", "семьсот шестьдесят пять", "двадцать один"], id="across-labelled-lines"),
])
def test_a_crm_comment_carrying_a_smuggled_value_is_shown_masked(attack, comment, pieces):
    shown = _shown_comment(attack, comment)
    assert [piece for piece in pieces if piece in shown] == [], shown


def test_v1_redact_masks_a_phone_written_with_middle_dots(attack):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/v1/redact", json={"text": "тел 8·916·765·43·21"}) as resp:
            return resp.status, await resp.json()

    answer = judged_answer(*attack(scenario, crm=crm_with({})), ["765"])
    assert _digits_left(answer["text"]) == [], json.dumps(answer, ensure_ascii=False)


@pytest.mark.parametrize("written", ["89.161.234.567", "89,161,234,567", "89'161'234'567"])
def test_a_phone_cut_into_thousands_like_groups_is_masked_not_read_as_an_amount(redactor, written):
    # found by the property test above (a rare draw): eleven digits in groups of three are no amount a comment holds
    out = redactor.redact(f"перезвоните мне на {written} вечером").text
    assert _digits_left(out) == [], out


@pytest.mark.parametrize("amount", ["1.500.000", "12,300", "999'999'999"])
def test_an_amount_with_its_thousands_marked_stays_as_written(redactor, amount):
    assert amount in redactor.redact(f"сумма к оплате {amount} рублей").text
