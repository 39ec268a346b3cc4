"""Stop 45, names precision on third-party text (issue 15) and red team bb19's declined surnames.

- One surname in every case: a declined surname the analyser guesses worse than its nominative ("Полищуковой" reads
  a town first, "Полищукова" mostly a surname) is judged by its nominative (person.surname_nominatives).
- A person has two initials at most: two letters said after a word are no initials where a third letter of a spelt
  abbreviation follows them ("о о о", "эм бэ о").
- What names no person: a thing's plural after a person noun ("жителей Ключей"); an undeclined eponym joined by "и" to
  a street's ("улиц Куйбышева и Фрунзе"); a month after the day's number ("к 8 Марта"); a surname's genitive after
  "на" beside a building or a shop (the street it stands on); a thing's noun after a person noun written with a
  capital mid-sentence (a character: "Дедом Морозом"); an adjective of a capitalised thing's name ("Героя
  Советского Союза"); the name after a rank's words after "имени" (an eponym).
- Fail closed beside each: "договор на Петрова", "дед Мороз" with a small letter, a sentence's capital, a family's plural surname stay names.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched


def _touched_at(redactor, text: str, word: str, at: int) -> bool:
    return any(e.start < at + len(word) and at < e.end for e in redactor.analyze(text) if e.type == "PERSON")


# --- one surname in every case (red team bb19, f04) ---------------------------------------------------------------

def test_a_declined_surname_has_its_nominative_in_the_same_gender():
    from guard.recognizers.person import surname_nominatives

    assert "Полищукова" in surname_nominatives("Полищуковой")
    assert "Данилюкова" in surname_nominatives("Данилюковой")
    assert "Данилюк" in surname_nominatives("Данилюку")
    assert surname_nominatives("Кузнецова") == () or "Кузнецова" not in surname_nominatives("Кузнецова")
    assert surname_nominatives("Мельником") == ()  # no surname reading, no nominative


_UK_STEMS = ["Полищук", "Данилюк", "Шевчук", "Ильюк", "Кравчук", "Романюк", "Гнатюк", "Сидорчук"]
# (nominative frame, oblique frame, oblique ending): the same slot, the surname in another case
_FRAMES = [
    ("Заявку подала {}ова.", "Заявку подали от {}овой.", "овой"),
    ("Абонент {}ова просит перезвонить.", "Абоненту {}овой перезвонили.", "овой"),
    ("Договор оформлен на {}ову.", "Договор оформлен на {}ову.", "ову"),
    ("Звонила {}ова, просила детализацию.", "Звонили {}овой, просила детализацию.", "овой"),
    ("{}ова не отвечает.", "{}овой не отвечают.", "овой"),
    ("Передала документы {}ова.", "Передал документы {}овой.", "овой"),
]


@settings(max_examples=30, deadline=None)
@given(stem=st.sampled_from(_UK_STEMS), frame=st.sampled_from(_FRAMES))
def test_a_declined_surname_is_found_wherever_its_nominative_is(person_redactor, stem, frame):
    nominative_frame, oblique_frame, ending = frame
    nominative, oblique = nominative_frame.format(stem), oblique_frame.format(stem)
    if person_masked(person_redactor, nominative, stem):
        assert person_masked(person_redactor, oblique, stem + ending), oblique


@pytest.mark.parametrize("text, word", [
    ("Полищуковой отказали в переоформлении номера.", "Полищуковой"),
    ("Перезвоните Данилюковой после обеда.", "Данилюковой"),
])
def test_a_surname_in_ukovoy_is_a_surname_in_free_text(person_redactor, text, word):
    assert person_masked(person_redactor, text, word)


# --- said letters -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, letters", [
    ("работники о о о стройсервис получили премию", "о о"),
    ("по иску о о о теплосеть к жильцам суд решил", "о о"),
])
def test_three_letters_said_in_a_row_spell_an_abbreviation_not_two_initials(person_redactor, text, letters):
    at = text.index(letters)
    assert not _touched_at(person_redactor, text, letters, at)


@pytest.mark.parametrize("text, name", [
    ("звонил юлдашев бэ эс по поводу счёта", "юлдашев бэ эс"),
    ("договор на петрову а эс оформлен", "петрову а эс"),
])
def test_two_letters_said_after_a_surname_stay_its_initials(person_redactor, text, name):
    assert person_masked(person_redactor, text, name)


# --- what names no person -----------------------------------------------------------------------------------------

def test_a_things_plural_after_a_person_noun_is_where_they_live(person_redactor):
    assert not person_touched(person_redactor, "Полиция предупредила жителей Ключей о паводке.", "Ключей")


def test_a_familys_plural_surname_after_a_person_noun_stays_a_name(person_redactor):
    assert person_masked(person_redactor, "Поздравляем соседей Ивановых с новосельем.", "Ивановых")


def test_an_undeclined_eponym_joined_to_a_streets_is_the_streets(person_redactor):
    text = "Ремонт на пересечении улиц Куйбышева и Фрунзе закончат в мае."
    assert not person_touched(person_redactor, text, "Фрунзе")


@pytest.mark.parametrize("text, month, name", [
    ("Концерт к 8 Марта подготовила Марта Ивановна Штерн.", "Марта", "Марта Ивановна Штерн"),
    ("к восьмому марта концерт подготовила марта ивановна штерн", "марта", "марта ивановна штерн"),
])
def test_a_months_name_after_the_days_number_is_a_date(person_redactor, text, month, name):
    assert not _touched_at(person_redactor, text, month, text.index(month))
    assert person_masked(person_redactor, text, name)


_VENUES = ["Аптека", "Кафе", "Музей", "Магазин"]
_STREET_SURNAMES = ["Чкалова", "Баумана", "Гагарина", "Суворова"]


@settings(max_examples=12, deadline=None)
@given(venue=st.sampled_from(_VENUES), surname=st.sampled_from(_STREET_SURNAMES))
def test_a_surname_after_na_beside_a_building_names_its_street(person_redactor, venue, surname):
    text = f"{venue} на {surname} работает до десяти вечера."
    assert not person_touched(person_redactor, text, surname)


@pytest.mark.parametrize("text, word", [
    ("Договор на Смирнова расторгнут по заявлению.", "Смирнова"),
    ("Номер на Соколова оформлен в прошлом году.", "Соколова"),
    ("Квартира на Петрова оформлена.", "Петрова"),
])
def test_what_is_registered_on_a_surname_after_na_stays_a_name(person_redactor, text, word):
    assert person_masked(person_redactor, text, word)


def test_a_things_noun_after_a_person_noun_capitalised_mid_sentence_is_a_character(person_redactor):
    text = "На утреннике Дедом Морозом нарядился завхоз Пётр Ильич."
    assert not person_touched(person_redactor, text, "Морозом")
    assert person_masked(person_redactor, text, "Пётр Ильич")


@pytest.mark.parametrize("text", [
    "Вчера дед Мороз из пятой квартиры жаловался на счёт.",  # a grandfather: the small letter
    "Дед Мороз звонил вчера насчёт счёта.",  # a sentence's capital says nothing
])
def test_a_surname_after_a_person_noun_with_its_own_capital_stays_a_name(person_redactor, text):
    assert person_masked(person_redactor, text, "Мороз")


def test_an_adjective_of_a_capitalised_things_name_is_no_surname(person_redactor):
    text = "Турнир памяти Героя Советского Союза Ивана Жукова собрал сто борцов."
    assert not person_touched(person_redactor, text, "Советского")


def test_a_ranks_words_between_imeni_and_the_name_make_an_eponym(person_redactor):
    text = "Гимназия имени Героя Советского Союза Кузнецова отметила юбилей."
    assert not person_touched(person_redactor, text, "Кузнецова")
    assert person_masked(person_redactor, "Директор гимназии Кузнецова отметила юбилей.", "Кузнецова")
