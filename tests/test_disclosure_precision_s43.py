"""Stop 43 (issue 12): clean lines flagged on every disc_*/disclosure_* set, read by the component that flagged them,
and the general causes mended in that component — a passport cue's reach into the company's office address or into an
age said in the dative (guard/disclosure/value_pieces.py), the owner's slot taking the next clause's subject for a name
(guard/disclosure/personal.py `opens_a_clause_as_subject`), a plural honorific read as a title before a surname. Each
rule is tested on phrasings of my own (none copied from the sets), each with the attack that a real disclosure in
similar words is still flagged (docs/disclosure.md, "Stop 43")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.personal import opens_a_clause_as_subject
from guard.disclosure.text import Utterance
from guard.disclosure.value_pieces import cued_pieces


def _rules(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


def _pieces(line: str) -> list[str]:
    return [line[start:end] for start, end, _ in cued_pieces(Utterance(line))]


# --- п. 2: a house number of the company's own office is no piece of the passport ----------------------------------

@pytest.mark.parametrize("line", [
    "Выписку по всем номерам дадут в салоне по паспорту, ближайший салон — на Кирова, 42.",
    "справку по номерам на вас сделают в офисе по паспорту ближайший на кирова сорок два",
    "Детализацию за год распечатают в офисе при предъявлении паспорта, ближайший на проспекте Мира, 118.",
])
def test_item_2_the_companys_office_number_past_a_preposition_is_no_passport_piece(line):
    assert not _pieces(line)
    assert "passport" not in _rules(line)


@pytest.mark.parametrize("line", [
    "В офисе при предъявлении паспорта 4505 сверим данные.",
    "в салоне по паспорту сорок пять ноль пять вас и проверят",
    "Паспорт у владельца 4505, всё сходится.",
])
def test_item_2_a_piece_right_after_the_cue_is_read_inside_the_office_stretch_too(line):
    assert _pieces(line)
    assert "passport" in _rules(line)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Кирова", "Ленина", "Садовой", "Мира"]), st.integers(min_value=1, max_value=299))
def test_item_2_any_house_number_of_the_nearest_office_is_no_passport_piece(street, house):
    line = f"Список номеров на вас дадут только в офисе по паспорту, ближайший офис на {street}, {house}."
    assert not _pieces(line)


# --- п. 2: an age said in the dative is no piece of the passport --------------------------------------------------

@pytest.mark.parametrize("line", [
    "Сим-карту на сына оформят, только если он придёт с паспортом, ему ведь уже исполнилось пятнадцать?",
    "внучке нужен свой паспорт ей уже есть шестнадцать так что пусть приходит сама",
])
def test_item_2_an_age_said_in_the_dative_is_no_passport_piece(line):
    assert not _pieces(line)
    assert "passport" not in _rules(line)


@pytest.mark.parametrize("line", [
    "Паспорт ему выдали, серия 4505.",
    "паспорт ей выдали сорок пять ноль пять",
])
def test_item_2_a_piece_after_a_dative_without_a_verb_of_age_is_still_read(line):
    assert "passport" in _rules(line)


# --- п. 1: the owner's slot — a noun that opens the next clause is no name -----------------------------------------

@pytest.mark.parametrize("line", [
    "Фамилию владельца сотрудник не сообщает по телефону, только подтверждает названную.",
    "фамилию владельца специалист не называет даже после проверки",
    "Список сим-карт на организацию юрист может запросить письменно.",
    "Номер уйдёт на компанию, перерегистрация возможна только по заявлению.",
])
def test_item_1_a_noun_opening_the_next_clause_is_no_owner_name(line):
    assert "owner-name" not in _rules(line)


@pytest.mark.parametrize("line", [
    "Фамилия владельца Лебедь не совпадает с вашей.",
    "владелец соловей не отвечает на звонки",
    "номер оформлен на организацию гарант",
    "Договор на организацию Вектор, всё верно.",
])
def test_item_1_a_name_in_the_owners_slot_is_still_the_owners(line):
    assert "owner-name" in _rules(line)


def test_a_word_the_dictionary_reads_as_a_name_never_opens_a_clause():
    utterance = Utterance("фамилию владельца петров не называет")
    assert not opens_a_clause_as_subject(utterance, 2)


def test_a_past_participle_after_the_noun_makes_no_clause_of_its_own():
    utterance = Utterance("на организацию гарант заключён")
    assert not opens_a_clause_as_subject(utterance, 2)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["сотрудник", "консультант", "специалист", "менеджер"]),
       st.sampled_from(["не называет", "не сообщает", "не говорит"]))
def test_item_1_any_role_noun_as_the_subject_after_the_owners_genitive_is_no_name(noun, predicate):
    assert "owner-name" not in _rules(f"фамилию владельца {noun} {predicate} по телефону")


# --- п. 1: a plural honorific names a class of people, no title before a surname ----------------------------------

@pytest.mark.parametrize("line", [
    "Приезжим гражданам е-сим продают только в салоне.",
    "господам эсэмэски придут завтра",
])
def test_item_1_a_plural_honorific_is_no_title_before_a_surname(line):
    assert "owner-name" not in _rules(line)


def test_item_1_a_singular_honorific_before_a_surname_is_still_the_owners_name():
    assert "owner-name" in _rules("гражданка Соловей, номер оформлен на вас?")


# --- п. 3: a place the network's coverage is told for is no customer's address ------------------------------------

@pytest.mark.parametrize("line", [
    "По адресу Гоголя, 7 покрытие LTE уверенное, в подвале сигнал может пропадать.",
    "на улице гоголя семь сигнал сильный если дома плохо проверьте настройки сети",
])
def test_item_3_a_place_the_coverage_is_told_for_is_no_address_disclosed(line):
    assert "address" not in _rules(line)


@pytest.mark.parametrize("line", [
    "По адресу прописки Гоголя, 7 покрытие LTE уверенное.",
    "Ваш адрес Гоголя, 7 — там покрытие хорошее.",
    "Доставка счетов идёт на Гоголя, 7, сигнал там хороший.",
])
def test_item_3_a_customers_address_beside_the_coverage_is_still_the_customers(line):
    assert "address" in _rules(line)


# --- п. 9: short public numbers listed together are nobody's number ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Службы спасения: 101, 112, 102 и 104 — звонок бесплатный.",
    "Бесплатно звоните в службы: 112, 101, 103 и 104.",
])
def test_item_9_a_list_of_short_public_numbers_is_nobodys_number(line):
    assert "other-personal-data" not in _rules(line)
    assert "subscriber-number" not in _rules(line)


@pytest.mark.parametrize("line", [
    "Экстренные службы ни при чём: ваш второй номер 8 916 204-11-02.",
    "бесплатные минуты есть на номере восемь девятьсот шестнадцать двести четыре одиннадцать ноль два",
])
def test_item_9_a_subscribers_number_beside_a_service_word_is_still_blocked(line):
    assert default_checker().check(line, "operator").verdict == "block"


# --- п. 1: a woman's surname in the accusative after "вы назвали" is the name said back, no addressee ---------------

@pytest.mark.parametrize("line", [
    "Вы назвали Корнееву Валентину Игоревну — данные совпадают, продолжим.",
    "вы сами назвали корнееву валентину игоревну да это верно",
])
def test_item_1_a_surname_agreeing_with_the_accusative_name_after_it_is_said_back(line):
    assert "owner-name" not in _rules(line)


@pytest.mark.parametrize("line", [
    "Вы сообщили Корнееву Игорю Павловичу код, а владелец номера Корнеева Валентина Игоревна.",
    "вы назвали корнееву валентину игоревну а владелец номера корнеев игорь павлович",
])
def test_item_1_a_name_told_past_the_read_back_or_to_a_third_person_is_still_blocked(line):
    assert "owner-name" in _rules(line)


# --- п. 5 ("и наоборот"): the other number named by its kind is п. 5's, whichever cue typed it -----------------------

@pytest.mark.parametrize("line", [
    "Мобильный вы знаете, а городской к нему по договору — 8 383 214-55-07, записывайте.",
    "вы назвали свой федеральный значит подскажу городской на том же договоре восемь триста восемьдесят три двести четырнадцать пятьдесят пять ноль семь",
])
def test_item_5_the_other_number_named_by_its_kind_may_be_told_when_the_caller_knows_one(line):
    assert default_checker().check(line, "operator").verdict == "allow"


@pytest.mark.parametrize("line", [
    "Мобильный вы знаете, а паспорт по договору 5012 447391.",
    "Городской вы не знаете? Тогда федеральный по договору — 8 913 214-55-07.",
    "федеральный вы знаете а инн по договору тридцать восемь двенадцать триста сорок пять шестьдесят семь восемьдесят девять",
])
def test_item_5_another_value_or_no_number_known_is_still_blocked(line):
    assert default_checker().check(line, "operator").verdict == "block"
