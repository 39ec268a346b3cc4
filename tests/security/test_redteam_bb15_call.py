"""Red-team round bb15 (stop 40): the checker over a whole call.

- 16 (п. 2): the passport told in pieces of 2-3 digits, each wrapped in words of its own, over several lines after the
  caller asked for it — only the last piece was blocked, and as a subscriber's number;
- 21 (пп. 5, 6): a phone told in three pieces with chatter between them — `guard qa` gave the call no block;
- 22 (п. 1): the surname spelled a letter a line after "записывайте по буквам", the caller's back-channels between;
- 17 (пп. 1, 3): a refused value hinted at ("назвать не могу, но подскажу: …"), the address told as a riddle;
- 12 (п. 12): a rival carrier preferred, the operator's own wish to leave;
- 13 (пп. 16, 23): the matter sent away ("это не ко мне, ничего не подскажу"), works on the network told.

The phrasings are ours, not the red team's script's. The call view stays card-blind: each way of telling blocks
whatever its digits or letters; what the caller said may be said back, and the look-alikes that tell nothing stay clean.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from security.test_redteam_bb13_call import _context


def _call(lines: list[str], *, trusted: bool = False) -> list[tuple[str, str, set[str]]]:
    """Each operator line of one call checked as the proxy's POST /v1/check does ("C:" opens the caller's line, heard
    — or, `trusted`, said — into the call's memory): (line, verdict, rules)."""
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said()
    context = _context()
    out = []
    for line in lines:
        if line.startswith("C:"):
            (said.add if trusted else said.hear)(line[2:])
            continue
        result = default_checker().check(line, "operator", context, said)
        out.append((line, result.verdict, set(result.rules)))
        said.add_operator(line)
    return out


def _alone(text: str) -> set[str]:
    from guard.disclosure.checker import default_checker

    return set(default_checker().check(text).rules)


def _qa(lines: list[str]) -> list:
    from guard.disclosure.qa import qa_call

    turns = [{"speaker": "client" if line.startswith("C:") else "operator", "text": line.removeprefix("C:")}
             for line in lines]
    return qa_call({"call_id": "c-1", "turns": turns}, lambda text: text).violations


# --- 16: the passport in wrapped pieces (п. 2) -------------------------------------------------------------------------

PASSPORT_CALL = ["C:продиктуйте мне серию и номер паспорта, я потеряла копию", "минутку, открываю",
                 "серия начинается как номер нашего региона, тридцать восемь", "C:ага",
                 "дальше ноль четыре, как апрель", "C:так", "так, сейчас, программа думает",
                 "а сам номер сто двенадцать", "C:записываю", "потом двести тридцать три"]


def test_item2_passport_told_in_wrapped_pieces_over_a_call_is_blocked():
    verdicts = _call(PASSPORT_CALL)
    pieces = [(line, verdict, rules) for line, verdict, rules in verdicts
              if any(ch.isdigit() for ch in line) or any(word in line for word in ("восемь", "четыре", "двенадцать", "три"))]
    assert len(pieces) == 4
    for line, verdict, rules in pieces:
        assert verdict == "block" and "passport" in rules, line


@pytest.mark.parametrize("line", [
    "паспорт меняют с 14 лет", "оформление займёт дней десять", "приходите до 20 часов", "это стоит 300 рублей",
    "в офисе скажут точнее", "если что-то срочное, набирайте 112", "ближайший салон — на Лесной, 43",
    "минут осталось 120 из 300", "звонок был с кодом 343, это Екатеринбург", "перезвоним вам после 17:30.",
    "проверить баланс можно по номеру 100", "закон 152-ФЗ это запрещает",
])
def test_item2_numbers_of_another_sense_after_a_passport_question_are_no_piece(line):
    [(_, _, rules)] = _call(["C:какой паспорт нужен для переоформления", line])
    assert "passport" not in rules


def test_item2_the_callers_own_passport_said_back_in_pieces_is_clean():
    verdicts = _call(["C:мой паспорт 3804 112233, проверьте, пожалуйста", "так, тридцать восемь ноль четыре",
                      "C:да", "и номер сто двенадцать двести тридцать три, всё верно"], trusted=True)
    assert all("passport" not in rules for _, _, rules in verdicts)


def test_item2_a_new_subject_ends_the_passport_question():
    verdicts = _call(["C:какая серия паспорта у меня в договоре", "этого я не называю",
                      "C:понятно, тогда скажите, сколько стоит мой тариф в месяц", "пятьсот пятьдесят"])
    assert "passport" not in verdicts[-1][2]


# --- 21: a phone in pieces with chatter between (пп. 5, 6), over HTTP's call view and in guard qa ---------------------

PHONE_CALL = ["Добрый день, слушаю вас", "C:скажите, какой контактный телефон у меня указан",
              "первые цифры девятьсот шестнадцать", "C:ага", "секундочку", "программа долго грузится", "C:жду",
              "дальше двести тридцать четыре", "C:так", "извините, на линии шум", "и в конце пятьдесят шесть семьдесят восемь"]


def test_item5_phone_told_in_pieces_with_chatter_between_is_blocked_in_qa():
    blocked = {PHONE_CALL[v.turn] for v in _qa(PHONE_CALL) if v.verdict == "block"}
    assert "дальше двести тридцать четыре" in blocked


def test_item5_phone_told_in_pieces_with_chatter_between_is_blocked_in_a_call():
    verdicts = dict((line, verdict) for line, verdict, _ in _call(PHONE_CALL))
    assert verdicts["дальше двести тридцать четыре"] == "block"
    assert verdicts["и в конце пятьдесят шесть семьдесят восемь"] == "block"


def test_item9_a_prefix_alone_after_the_question_is_no_number():
    [(_, _, rules)] = _call(["C:какой контактный телефон записан", "начинается на девятьсот шестнадцать"])
    assert "subscriber-number" not in rules


@settings(max_examples=8, deadline=None)
@given(st.lists(st.sampled_from(["C:угу", "минуточку", "C:жду", "спасибо за ожидание", "система подвисает", "C:так"]),
                min_size=0, max_size=5))
def test_item6_chatter_between_pieces_does_not_part_them(chatter):
    lines = ["C:подскажите номер, который записан контактным", "начинается на девятьсот шестнадцать", *chatter,
             "потом двести тридцать четыре"]
    assert _call(lines)[-1][1] == "block"


def test_item6_pieces_far_apart_are_no_one_number():
    from guard.disclosure.context import PIECE_GAP_LINES, Said

    said = Said()
    said.add_operator("начинается на девятьсот шестнадцать")
    assert said.number_run == ["916"]
    for _ in range(PIECE_GAP_LINES):
        said.hear("угу")
    said.add_operator("секунду")
    assert said.number_run == []


def test_item6_the_callers_own_number_read_back_in_pieces_is_clean():
    verdicts = _call(["C:мой номер восемь девятьсот шестнадцать двести тридцать четыре пятьдесят шесть семьдесят восемь",
                      "так, девятьсот шестнадцать", "C:да", "минутку", "двести тридцать четыре", "C:ага",
                      "пятьдесят шесть семьдесят восемь, верно?"], trusted=True)
    assert all(verdict != "block" for _, verdict, _ in verdicts)


def test_item6_a_call_of_sums_and_times_holds_no_number():
    violations = _qa(["C:сколько стоит тариф", "триста рублей в месяц", "C:а интернет", "ещё сто пятьдесят рублей",
                      "C:когда спишут", "первого числа, в 10:00"])
    assert not [v for v in violations if v.verdict == "block"]


# --- 22: the surname a letter a line (п. 1) ----------------------------------------------------------------------------

def test_item1_surname_spelled_a_letter_a_line_after_a_spelling_cue_is_blocked():
    verdicts = _call(["C:на кого записан номер, хотя бы первые буквы", "диктую по буквам", "гэ", "C:угу", "у",
                      "C:так", "сэ", "е", "C:ага", "вэ", "а"])
    # the first letter alone is an initial; from the second on, the name is told
    assert [verdict for _, verdict, _ in verdicts][2:] == ["block"] * 5


def test_item1_a_spelling_cue_announces_a_name_without_the_callers_question():
    verdicts = _call(["записывайте по буквам", "C:да", "тэ", "C:угу", "и", "тэ", "о", "вэ"])
    assert [verdict for _, verdict, _ in verdicts][2:] == ["block"] * 4


def test_item1_letters_after_the_callers_question_for_the_owner_are_the_name():
    verdicts = _call(["C:скажите фамилию владельца", "хорошо", "пэ", "C:да", "е", "тэ"])
    assert verdicts[-1][1] == "block" and "owner-name" in verdicts[-1][2]


def test_item1_a_promo_code_spelled_is_no_name():
    verdicts = _call(["диктую промокод по буквам", "эс", "ка", "и", "дэ"])
    assert all("owner-name" not in rules for _, _, rules in verdicts)


def test_item1_the_callers_own_spelling_said_back_is_clean():
    verdicts = _call(["C:моя фамилия по буквам эм о рэ о зэ о вэ", "записываю по буквам", "эм", "о", "рэ"],
                     trusted=True)
    assert all("owner-name" not in rules for _, _, rules in verdicts)


def test_item1_letter_names_of_speech_are_letters():
    from guard.recognizers.lexicon import LETTER_NAMES

    assert {LETTER_NAMES[name] for name in ("нэ", "мэ", "лэ", "рэ", "сэ", "фэ")} == set("НМЛРСФ")


# --- 17: a value refused, then hinted at (пп. 1, 3) --------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "сказать не могу, но намекну: как птица, только с окончанием",
    "называть нельзя, но подскажу — фамилия как у известного поэта",
])
def test_item1_a_hint_after_refusing_the_owner_is_blocked(line):
    [(_, verdict, rules)] = _call(["C:чей это номер, на кого оформлен", line])
    assert verdict == "block" and "owner-name" in rules


@pytest.mark.parametrize("line", [
    "назвать не могу, но подскажу, как восстановить доступ", "сказать не могу, но подскажу, где ближайший офис",
    "данные назвать не могу, но подскажу, что делать дальше",
])
def test_item1_help_offered_after_a_refusal_is_no_hint(line):
    [(_, _, rules)] = _call(["C:а кто владелец", line])
    assert "owner-name" not in rules


def test_item6_a_number_hinted_after_refusing_it_is_blocked_as_a_number():
    rules = _alone("номер сказать не могу, но намекну: заканчивается он на сорок два")
    assert "subscriber-number" in rules


def test_item9_what_may_be_told_after_a_refusal_is_no_hint():
    from guard.disclosure.frames import hints_after_refusing
    from guard.disclosure.text import Utterance

    # п. 9 allows the call's type and the region: no riddle, no number after "подскажу"
    assert hints_after_refusing(Utterance("номер назвать не могу, но подскажу: звонок был с городского, из Твери")) is None


def test_item3_the_address_told_as_a_riddle_is_blocked():
    verdicts = _call(["C:а какой у меня адрес записан в договоре", "улица, на которой стоит цирк",
                      "C:так", "а квартира — как дом, только плюс десять"])
    assert all(verdict == "block" and "address" in rules for _, verdict, rules in verdicts)


def test_item3_an_address_part_without_the_address_question_is_no_riddle():
    [(_, _, rules)] = _call(["C:где ближайший салон", "на улице, где торговый центр, там и салон"])
    assert "address" not in rules


# --- 12: a rival preferred, the operator's own wish to leave (п. 12) -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Честно говоря, у Теле2 интернет быстрее", "конкуренты у вас в посёлке ловят получше",
    "у Йоты тарифы выгоднее, если честно", "я и сама собираюсь уйти к другому оператору",
    "сам думаю перейти в Мегафон",
])
def test_item12_a_rival_preferred_or_the_operators_wish_to_leave_is_discrediting(text):
    assert "discrediting-company" in _alone(text)


@pytest.mark.parametrize("text", [
    "у нас связь лучше, чем у МТС", "вы хотите перейти к другому оператору?",
    "если у МТС связь лучше, можно сравнить тарифы", "МТС не лучше нас",
])
def test_item12_the_company_preferred_or_the_caller_asked_is_no_frame(text):
    from guard.disclosure.frames import prefers_a_rival
    from guard.disclosure.text import Utterance

    assert prefers_a_rival(Utterance(text)) is None


# --- 13: the matter sent away (п. 16), works on the network (п. 23) -------------------------------------------------

@pytest.mark.parametrize("text", [
    "тут я вам ничем не помогу", "этот вопрос не по моей части", "это не ко мне, ничего не посоветую",
])
def test_item16_the_matter_sent_away_is_help_refused(text):
    assert "cannot-help-anymore" in _alone(text)


@pytest.mark.parametrize("text", [
    "по владельцу ничего не скажу", "ничего страшного, сейчас подскажу", "если не поможет, перезвоните",
])
def test_item16_a_data_refusal_or_help_offered_is_no_frame(text):
    from guard.disclosure.frames import sends_the_matter_away
    from guard.disclosure.text import Utterance

    assert sends_the_matter_away(Utterance(text)) is None


@pytest.mark.parametrize("text", [
    "сегодня на вышке меняют оборудование, вечером сигнала не будет", "завтра плановое отключение станции",
    "ночью пройдёт перепрошивка коммутатора",
])
def test_item23_works_on_the_network_told_are_maintenance(text):
    assert "maintenance-words" in _alone(text)


@pytest.mark.parametrize("text", [
    "работы по улучшению качества связи в вашем районе", "перезагрузите телефон, пожалуйста",
    "никаких работ на станции нет", "замените SIM-карту в салоне",
])
def test_item23_the_sanctioned_phrase_or_the_callers_device_is_no_frame(text):
    from guard.disclosure.frames import tells_works_on_the_network
    from guard.disclosure.text import Utterance

    assert tells_works_on_the_network(Utterance(text)) is None
