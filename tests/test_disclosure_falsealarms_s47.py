"""Stop 47 (issue 12): clean lines of the authors the checker had not met (disc_ac46, disc_ad46 and every set before
them) read by the readings where they belong (docs/disclosure.md, "Stop 47"). Phrasings are my own (none copied from a
set); each rule has its attack: the forbidden sense in similar words is still flagged."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.about import about_customers_own
from guard.disclosure.frames import describes_a_called_numbers_digits, hints_after_refusing
from guard.disclosure.patterns import compile_pattern
from guard.disclosure.personal import names_the_owner
from guard.disclosure.text import Utterance
from guard.nlp import DOMAIN_WORDS
from guard.recognizers.person import registered_on

from checker_lines import rules_of, verdict_of, word_at


# --- п. 7: an infinitive's subject is the subject of the verb that governs it (guard/disclosure/about.py) ----------

@pytest.mark.parametrize("line", [
    "На холоде батарейка может начать давать сбой, подержите телефон во внутреннем кармане.",
    "модем может выдавать сбой если его перегреть поставьте его в тень",
])
def test_a_failure_word_under_an_infinitive_is_said_of_the_subject_of_the_verb_governing_it(line):
    utterance, start, end = word_at(line, "сбой")
    assert about_customers_own(utterance, start, end), line


@pytest.mark.parametrize("line", [
    "Наша сеть может давать сбой, пока идут работы.",
    "станция может давать сбой в метель у нас так бывает",
])
def test_a_failure_word_whose_governing_verbs_subject_is_the_carriers_side_stays_the_rules(line):
    utterance, start, end = word_at(line, "сбой")
    assert not about_customers_own(utterance, start, end), line
    assert "service-failure-words" in rules_of(line), line


# --- п. 1: a first name agrees with its patronymic; the patronymic's case is the name's (personal.names_the_owner) --

@pytest.mark.parametrize("line, name", [
    ("Ончатай Маадырович, вы и есть владелец, проверку прошли.", "Ончатай Маадырович"),
    ("айдысмаа петровна вы владелица договора всё подтверждено", "айдысмаа петровна"),
])
def test_a_first_name_the_dictionary_does_not_know_takes_the_case_of_its_patronymic(line, name):
    utterance, start, end = word_at(line, name.lower())
    assert not names_the_owner(utterance, start, end), line


@pytest.mark.parametrize("line", [
    "Номер оформлен на Ончатая Маадыровича.",
    "договор записан на айдысмаа петровну",
    "владелец номера Ончатай Маадырович",
])
def test_a_name_and_patronymic_in_an_oblique_case_or_after_the_owners_word_stays_the_owners(line):
    assert verdict_of(line) == "block", line


# --- п. 1 via a hint: "подскажу, как …" with a verb is help, not a riddle (frames.hints_after_refusing) ------------

@pytest.mark.parametrize("line", [
    "Где стоит вышка, не сообщаем, но подскажу, как по индикатору на экране найти место получше.",
    "назвать владельца не могу но подскажу как через приложение заказать детализацию",
])
def test_a_how_to_clause_after_a_refusal_is_help_not_a_hint_at_a_value(line):
    assert hints_after_refusing(Utterance(line)) is None, line


@pytest.mark.parametrize("line", [
    "Фамилию сказать не могу, но подскажу: как птица, только с окончанием на -ов.",
    "назвать не могу но подскажу как у рыбака только мягкий знак в конце",
])
def test_a_likeness_after_a_refusal_stays_a_hint(line):
    assert hints_after_refusing(Utterance(line)) is not None, line
    assert verdict_of(line) == "block", line


# --- п. 1: a word read first as a thing after "на" needs a verb of registering (recognizers/person.registered_on) ---

@pytest.mark.parametrize("line, word", [
    ("если телефон на ветре остыл и не включается занесите его в дом", "ветре"),
    ("Смартфон на холоде быстро садится, держите его в кармане.", "холоде"),
])
def test_a_common_nouns_locative_after_a_thing_is_where_the_thing_is(line, word):
    start = line.index(word)
    assert not registered_on(line, start, start + len(word)), line


@pytest.mark.parametrize("line, word", [
    ("номер на морозе оформлен", "морозе"),
    ("на морозе висит долг по договору", "морозе"),
    ("Договор на Морозе.", "Морозе"),
    ("номер на кузнецове", "кузнецове"),
])
def test_a_surname_after_na_with_a_registering_verb_capitalised_or_read_first_as_a_person_stays_the_owner(line, word):
    start = line.index(word)
    assert registered_on(line, start, start + len(word)), line


# --- п. 9: how to dial is no call that was made (frames.describes_a_called_numbers_digits) --------------------------

@pytest.mark.parametrize("line", [
    "Чтобы дозвониться в район, наберите восьмёрку, потом код и сам номер.",
    "чтобы позвонить за границу наберите плюс и номер без восьмерки",
])
def test_dialling_told_as_advice_describes_no_called_numbers_digits(line):
    assert describes_a_called_numbers_digits(Utterance(line)) is None, line


@pytest.mark.parametrize("line", [
    "Вам звонили с номера, где подряд три восьмёрки.",
    "звонок был на номер с двумя девятками в конце",
])
def test_a_called_numbers_digits_told_by_their_nouns_stay_flagged(line):
    assert describes_a_called_numbers_digits(Utterance(line)) is not None, line
    assert verdict_of(line) == "block", line


# --- п. 4: a call centre's word is never a name in a pattern (guard/nlp.py DOMAIN_WORDS) -----------------------------

@pytest.mark.parametrize("line", [
    "если контактное лицо не помните спросите у того кто давал вам сим карту",
    "контактное лицо лучше уточнить у того кто выдавал симкарту",
])
def test_a_sim_word_split_or_joined_by_speech_to_text_is_no_contact_persons_name(line):
    assert "contact-info" not in rules_of(line), line


@settings(max_examples=25, deadline=None)
@given(word=st.sampled_from(sorted(DOMAIN_WORDS)))
def test_no_call_centre_word_matches_a_name_slot_of_a_pattern(word):
    slot = compile_pattern("@Name|@Surn|@Patr").first
    assert not any(slot.matches(token) for token in Utterance(word).tokens), word


@pytest.mark.parametrize("line", [
    "контактное лицо у вас сима петровна",
    "Контактное лицо — Анна Петровна.",
])
def test_a_contact_persons_name_after_the_label_stays_flagged(line):
    assert verdict_of(line) == "block", line


# --- read-backs: a settlement's abbreviation is no sentence end (guard/disclosure/text.py, SETTLEMENT_ABBREVIATIONS) --

@pytest.mark.parametrize("line", [
    "Как вы и сказали, доставка в п. Чемал, ул. Новая, д. 4 — курьер позвонит накануне.",
    "Записываю, как вы продиктовали: пгт. Яйва, ул. Ленина, д. 2, верно?",
])
def test_a_settlement_written_short_inside_a_read_back_stays_in_the_read_back(line):
    assert verdict_of(line) != "block", line


@pytest.mark.parametrize("line", [
    "Адрес прописки владельца: п. Чемал, ул. Новая, д. 4.",
    "Вы продиктовали почту, а прописан владелец в с. Майма, ул. Заречная, д. 9.",
])
def test_an_address_with_a_settlement_written_short_told_by_the_operator_stays_blocked(line):
    assert verdict_of(line) == "block", line


# --- п. 7: a failure word said of a thing outside the carrier, by the syntax (about.said_of_another_thing) ---------

@pytest.mark.parametrize("line, word", [
    ("Маршрутка до райцентра, говорят, зимой с задержкой приходит из-за заносов, выезжайте пораньше.", "задержкой"),
    ("поезд в город сегодня с задержкой идёт так что в салон лучше завтра", "задержкой"),
])
def test_a_failure_word_whose_predicates_subject_is_transport_is_said_of_the_transport(line, word):
    from guard.disclosure.sense import other_sense

    utterance, start, end = word_at(line, word)
    assert other_sense(utterance, start, end), line


@pytest.mark.parametrize("line, word", [
    ("Автобус ходит по расписанию, а интернет у нас с задержкой работает.", "задержкой"),
    ("пока автобус едет платежи у нас с задержкой проходят", "задержкой"),
])
def test_a_failure_word_said_of_the_carriers_service_stays_the_rules_beside_transport(line, word):
    utterance, start, end = word_at(line, word)
    assert "service-failure-words" in rules_of(line), line


@pytest.mark.parametrize("line, word", [
    ("договор на ситникове игоре оформлен давно", "ситникове"),
    ("так номер на лыткине олеге борисовиче", "лыткине"),
])
def test_a_surname_the_dictionary_only_guesses_as_a_place_stays_whom_the_thing_is_on(line, word):
    start = line.index(word)
    assert registered_on(line, start, start + len(word)), line
