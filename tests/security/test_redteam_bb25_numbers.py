"""Red team bb25 f01, f04, f05, f10 (black box on the 746c7f4 wheel): a value's pieces read across what stands between.

One reading of a number's pieces with a filler between them (guard/normalize.py, the pause between two digits), for
the redactor and the checker alike:
- f01 (redactor) and f04 (checker): a check-back word between the groups ("восемь девятьсот шестнадцать, записали?
  сто двадцать три …", "успеваете", "поняли", "вы меня слышите", "повторяю") — `normalize.CHECK_BACK`;
- f05: a speech recogniser's markup between them ("<unk>", "[неразборчиво]", "(пауза)") — `normalize.ASR_MARKUP`;
- red team bb24 f01, left open: "и ещё" before the last group, and never a count or a date after them
  ("два номера и ещё двенадцатого марта", "срок 06/30 и ещё три цифры") — `normalize._counts_a_noun_after`;
- f10 (checker, in a call): digits said one by one apart by commas after a preface ("вы звонили на МТС, цифры: пять,
  пять, …") are one number said in groups: no comma between two digit groups cuts a clause
  (guard/disclosure/bare_value.py: `_clause_edges`).
The proxy's part of f01 (a CRM comment on the operator's screen) through the real proxy and a hostile CRM on loopback.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import call_context
from guard.disclosure.checker import default_checker
from guard.normalize import normalize
from security.conftest import get, shown_text
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

GROUPS = ["девятьсот шестнадцать", "сто двадцать три", "сорок пять шестьдесят семь"]
CHECK_BACKS = ["записали", "записали?", "успеваете?", "поняли", "вы меня слышите?", "запомнили", "записываете?",
               "повторяю", "алло алло", "слышите", "блин", "так записываю"]
MARKUP = ["<unk>", "<sil>", "[неразборчиво]", "[noise]", "[шум]", "(пауза)", "[inaudible]", "[смех]"]


def _phone(between: str, written: bool = False) -> str:
    if written:
        return f"мой телефон 8 916, {between} 123, {between} 45 67"
    return f"мой номер восемь {GROUPS[0]} {between} {GROUPS[1]} {between} {GROUPS[2]}"


def _verdict(line: str, context=None) -> tuple[str, list[str]]:
    result = default_checker().check(line, "operator", context)
    return result.verdict, [v.rule for v in result.violations]


# --- the redactor (f01, f05) -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("between", CHECK_BACKS + MARKUP)
def test_a_phone_with_a_check_back_or_asr_markup_between_its_groups_is_masked_whole(redactor, between):
    redacted = redactor.redact(_phone(between)).text
    assert "PHONE_NUMBER" in redacted, redacted
    assert not any(group in redacted for group in GROUPS), redacted


@pytest.mark.parametrize("between", ["записали?", "<unk>", "[неразборчиво]", "успеваете?"])
def test_a_written_phone_with_a_check_back_between_its_groups_is_masked_whole(redactor, between):
    redacted = redactor.redact(_phone(between, written=True)).text
    assert not any(group in redacted for group in ("916", "123", "45 67")), redacted


@pytest.mark.parametrize("text, kind, pieces", [
    ("снилс сто двадцать три записали четыреста пятьдесят шесть записали семьсот восемьдесят девять ноль ноль",
     "RU_SNILS", ["четыреста пятьдесят шесть", "семьсот восемьдесят девять"]),
    ("карта четыре два семь шесть записали три восемь ноль ноль записали один два три четыре записали пять шесть семь "
     "восемь", "CREDIT_CARD", ["три восемь ноль ноль", "пять шесть семь восемь"]),
    ("серия сорок пять ноль пять записали номер шестьсот семьдесят восемь записали девятьсот один", "RU_PASSPORT",
     ["шестьсот семьдесят восемь", "девятьсот один"]),
    ("паспорт сорок пять ноль пять <unk> шестьсот семьдесят восемь девятьсот один", "RU_PASSPORT",
     ["сорок пять ноль пять", "шестьсот семьдесят восемь"]),
    ("снилс сто двадцать три <unk> четыреста пятьдесят шесть <unk> семьсот восемьдесят девять ноль ноль", "RU_SNILS",
     ["четыреста пятьдесят шесть", "семьсот восемьдесят девять"]),
    ("карта четыре два семь шесть [noise] три восемь ноль ноль [noise] один два три четыре [noise] пять шесть семь "
     "восемь", "CREDIT_CARD", ["три восемь ноль ноль", "пять шесть семь восемь"]),
])
def test_every_kind_of_number_reads_past_a_check_back_or_markup(redactor, text, kind, pieces):
    redacted = redactor.redact(text)
    assert kind in {e.type for e in redacted.entities}, redacted.text
    assert not any(piece in redacted.text for piece in pieces), redacted.text


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(CHECK_BACKS + MARKUP + ["так", "ага", "и ещё"]), min_size=2,
                max_size=2))
def test_any_check_back_markup_or_filler_between_a_phones_groups_leaves_no_group_readable(redactor, between):
    text = f"мой номер восемь {GROUPS[0]} {between[0]} {GROUPS[1]} {between[1]} {GROUPS[2]}"
    redacted = redactor.redact(text).text
    assert not any(group in redacted for group in GROUPS), redacted


def test_и_ещё_before_a_numbers_last_group_joins_it_red_team_bb24_f01(redactor):
    text = "записывайте девятьсот шестнадцать, так, сто двадцать три, ага, сорок пять, и ещё шестьдесят семь"
    assert normalize(text).text == "записывайте 916 123 45 67"
    redacted = redactor.redact(text).text
    assert "шестьдесят семь" not in redacted and "сорок пять" not in redacted, redacted


@pytest.mark.parametrize("text, read", [
    ("два номера и ещё двенадцатого марта", "2 номера и ещё 12 марта"),
    ("срок 06/30 и ещё три цифры", "срок 06/30 и ещё 3 цифры"),
    ("в 2015 и ещё 3 раза потом", "в 2015 и ещё 3 раза потом"),
    ("оплатил 500 после 12 числа", "оплатил 500 после 12 числа"),
])
def test_a_count_or_a_date_after_и_ещё_or_после_is_no_piece_of_the_number_before(text, read):
    assert normalize(text).text == read


@pytest.mark.parametrize("text", [
    "916 (495) 123",
    "9277180011 (был на отце), 9277180012 (мать), 9277180014 (сестра)",
    "79140017722 (Осипов Г.), 79140017723 (жена)",
    "ДР 1994-08-19 [ПАСП] 36 14 339027 [КП] 630-041",
    "перезвонить 89181220044 после 18",
    "гос. № Т 418 ХМ 89, тел. 8-922-461-07-38",
    "а/м Т 418 КХМ 89",
])
def test_a_notes_bracketed_annotation_or_label_and_после_are_no_pause(text):
    assert normalize(text).text == text


def test_a_wifes_number_with_check_backs_in_a_crm_comment_is_masked_on_the_operators_screen(attack):
    shown = card("79161234567")
    shown["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1021",
                          "text": "Перезвонить жене на 8 926, записали? 555, записали? 12 34"}]

    async def scenario(stack, client):
        return await get(client, f"{stack.guard_url}/crm/api/customers/79161234567")

    status, _, body = attack(scenario, crm=crm_with({}, {"79161234567": shown}), auth_mode="none")
    assert status == 200
    assert not any(piece in shown_text(body) for piece in ("926", "555", "12 34")), shown_text(body)


# --- the checker (f04, f05, f10) ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "ваш номер восемь девятьсот шестнадцать записали сто двадцать три записали сорок пять шестьдесят семь",
    "записывайте номер жены: восемь девятьсот двадцать шесть, записали? пятьсот пятьдесят пять, записали? двенадцать "
    "тридцать четыре",
    "номер карты четыре два семь шесть записали три восемь ноль ноль записали один два три четыре записали пять шесть "
    "семь восемь",
    "ваш номер восемь девятьсот шестнадцать <unk> сто двадцать три <unk> сорок пять шестьдесят семь",
    "номер карты четыре два семь шесть [неразборчиво] три восемь ноль ноль [неразборчиво] один два три четыре "
    "[неразборчиво] пять шесть семь восемь",
    "ваш номер восемь девятьсот шестнадцать, успеваете? сто двадцать три, успеваете? сорок пять шестьдесят семь",
])
def test_the_operator_dictating_a_number_across_check_backs_or_markup_is_blocked(line):
    assert _verdict(line)[0] == "block"
    assert _verdict(line, call_context(card("79161234567")))[0] == "block"


@pytest.mark.parametrize("line", [
    "вы звонили на МТС, цифры: пять, пять, пять, шесть, шесть, семь, семь",
    "это номер МТС из Москвы, там цифры: пять, пять, пять, шесть, шесть, семь, семь",
    "номер МТС, Москва. Цифры: пять, пять, пять, шесть, шесть, семь, семь.",
    "это номер МТС из Москвы, там цифры: 555, 66, 77",
    "в паспорте цифры такие: шесть, семь, восемь, девять, ноль, один",
    "по договору у вас, цифры: ноль, один, два, три, четыре",
])
def test_digits_said_one_by_one_after_a_preface_are_one_number_in_a_call(line):
    assert _verdict(line, call_context(card("79161234567")))[0] == "block"


@pytest.mark.parametrize("line", [
    "тариф стоит 300, 500 минут в пакете",
    "подождите, пожалуйста, минуту",
    "у вас подключено 2 номера, оба активны",
])
def test_a_line_with_no_number_said_in_groups_stays_allowed_in_a_call(line):
    assert _verdict(line, call_context(card("79161234567")))[0] != "block"
