"""Stop 45 (issue 12): clean lines of authors the checker had not met — a health subscription's "профилактика", a
number's end refused, a caller's language, a foreign passport's series spelled in letters — read by the readings where
they belong (docs/disclosure.md, "Stop 45"). Phrasings are my own (none copied from a set); each rule has its attack:
the forbidden sense in similar words is still flagged."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.about import upkeep_of_another_thing
from guard.disclosure.frames import addresses_by_kind, withholds_own_identity
from guard.disclosure.text import Utterance, stretch_of

from checker_lines import rules_of, verdict_of, word_at


# --- п. 23: "профилактика" of something that is no part of the carrier's side -------------------------------------

@pytest.mark.parametrize("line", [
    "Профилактика зрения — это платная подписка от партнёра, отключаю её.",
    "профилактика гриппа это рассылка партнера тридцать рублей в неделю могу отключить",
    "Профилактика бессонницы — платная рассылка партнёра, отключу её сегодня.",
])
def test_item_23_prevention_of_something_else_is_no_upkeep_of_the_network(line):
    assert upkeep_of_another_thing(*word_at(line, "профилактика"))
    assert "maintenance-words" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Идёт профилактика оборудования, связь будет к утру.",
    "у нас профилактика базы абонентов подождите до вечера",
    "профилактика сервера продлится ещё час",
    "Сейчас профилактика на станции в вашем районе.",
    "профилактика приложения до шести утра",
    "Идёт профилактика, перезвоните через час.",
    # the carrier's side anywhere in its sentence keeps the word the rule's
    "у нас профилактика здоровья сотрудников на линии, ответим позже",
])
def test_item_23_prevention_of_the_carriers_network_or_systems_stays_the_rules(line):
    assert not upkeep_of_another_thing(*word_at(line, "профилактика"))
    assert verdict_of(line) != "allow"


# --- п. 18: a number's end refused is the subscriber's number, not the operator's -------------------------------

@pytest.mark.parametrize("line", [
    "Договор у вас на предоплате, так что конец номера не называю, а услугу отключу.",
    "номер предоплатный поэтому окончание номера не скажу но подписку сниму",
    "Хвост номера не сообщаю: идентификация не по ФИО.",
])
def test_item_18_refusing_a_numbers_end_is_not_refusing_the_operators_number(line):
    assert withholds_own_identity(Utterance(line)) is None
    assert "operator-number-refusal" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Номер не называю, у нас так принято.",
    "свой номер не скажу",
    "мой номер, то есть номер оператора, не назову",
    "номер не скажу а конец номера запишите сами",
])
def test_item_18_the_operators_number_refused_stays_the_rules(line):
    assert "operator-number-refusal" in rules_of(line)


# --- п. 15: a word the dictionary does not know is no noun of kind ----------------------------------------------

@pytest.mark.parametrize("line", [
    "Тушунасизми? Понимаете? Баланс — это деньги на телефоне.",
    "фахмидедми понимаете сим-карта это карточка",
])
def test_item_15_a_word_of_the_callers_language_set_off_is_no_address(line):
    assert addresses_by_kind(Utterance(line)) is None


@pytest.mark.parametrize("line", [
    "Бабуля, нажмите зелёную кнопку.",
    "мужчина вы меня слышите",
    "Бабуль, подождите минутку.",
])
def test_item_15_a_person_noun_of_kind_before_the_caller_still_addresses(line):
    assert addresses_by_kind(Utterance(line)) is not None
    assert "form-of-address" in rules_of(line)


# --- read-backs: a foreign passport's series spelled in letters is no contrast "а" -----------------------------

@pytest.mark.parametrize("line", [
    "вы продиктовали паспорт а эн семьдесят два ноль один четыреста сорок так проверяю",
    "вы сказали серия а тэ номер два два восемь ноль один пять семь записала",
])
def test_read_back_a_series_spelled_after_a_document_noun_keeps_the_read_back_whole(line):
    utterance = Utterance(line)
    a = [i for i, t in enumerate(utterance.tokens) if t.form == "а"][0]
    assert stretch_of(utterance, a)[0] < a  # "а" opens no stretch of its own
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line", [
    # "а" after any other word is the contrast: what comes after it is the operator's own reading
    "вы назвали имя а бэ пятьдесят пять ноль два это серия паспорта владельца",
    "вы назвали номер а паспорт владельца сорок пять ноль пять шестьсот семьдесят восемь",
    "вы назвали паспорт а эс пятьдесят пять ноль два а у владельца серия сорок пять ноль пять",
])
def test_read_back_a_contrast_a_after_another_word_still_ends_the_read_back(line):
    assert verdict_of(line) == "block"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["бэ", "дэ", "эн", "тэ", "эс", "эр", "эм"]),
       st.sampled_from(["пятьдесят пять", "двадцать один", "девяносто"]),
       st.sampled_from(["имя", "почту", "адрес"]))
def test_read_back_the_letters_reading_never_lets_a_value_after_another_noun_through(letter, digits, noun):
    line = f"вы назвали {noun} а {letter} {digits} ноль два девятьсот тринадцать это паспорт владельца"
    utterance = Utterance(line)
    a = [i for i, t in enumerate(utterance.tokens) if t.form == "а"][0]
    assert stretch_of(utterance, a)[0] == a


# --- ethics ("Повторяю ещё раз"): an offer to repeat under a condition is no irritated repeat --------------------

@pytest.mark.parametrize("line", [
    "Если что-то неясно, я повторю ещё раз, помедленнее.",
    "если вам непонятно повторю еще раз по словам",
])
def test_ethics_an_offer_to_repeat_under_a_condition_is_no_irritated_repeat(line):
    assert "i-repeat" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Повторяю ещё раз: тариф не меняется.",
    "я ещё раз повторю, тариф не меняется",
    "Я же вам уже повторяла, если вы не помните",
    "ещё раз повторю если надо",
])
def test_ethics_the_operators_own_repeat_without_a_condition_before_it_stays_the_rules(line):
    assert "i-repeat" in rules_of(line)


# --- one reason per item: a rule's finding is told before the line model's guess of the same item ----------------

def test_one_reason_per_item_a_rules_finding_is_told_before_the_models_guess():
    from guard.disclosure.checker import Finding, _dedupe

    rule = Finding("mms-from-crm", 10, 30, "правило", None, "warn", "Инструкция запретов, п. 22", over_lines=True)
    guess = Finding("model:mms-from-crm", 0, 50, "модель", None, "warn", "Инструкция запретов, п. 22")
    assert [f.rule for f in _dedupe([guess, rule])] == ["mms-from-crm"]
    other_item = Finding("model:internal-terms", 0, 50, "модель", None, "warn", "Инструкция запретов, п. 14")
    assert {f.rule for f in _dedupe([other_item, rule])} == {"mms-from-crm", "model:internal-terms"}


def test_item_22_an_mms_said_by_letter_names_is_the_rules_reason():
    line = "сейчас через си ар эм пульну вам эм эм эс с настройками"
    assert "mms-from-crm" in rules_of(line)
