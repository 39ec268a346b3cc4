"""Stop 55, names precision where capitalised words are no people (issue 15): a stage role read from its cues and
from the text's other mentions of it (recognizers/person.py: _a_role_cast, _the_roles_other_mentions); a pet's name
with its noun as a verb's subject (_an_animals_or_vessels_name).

- "в роли X" / "на роль X": the name after the role noun a preposition governs is the role's genitive complement,
  whatever verb follows or other case its form could be ("в роли [Сони] стала Вероника Тетерина", "в роли
  [Хлестакова] всё так же свеж"); a role's word glued to the subject after it is cut off ("на роль [Чацкого] Шилов
  позвал": Шилов stays).
- Roles joined by a comma or «и» before their performing verb are roles, each ("[Ольгу], [Машу] и [Ирину] играют …").
- A cast line's pair after a comma, past a performing verb, is a role though its name could be a subject ("Ларису
  играет Алина Кокорина, [Паратова] — Денис Суровцев").
- A name a performing verb or «роль» governs right before it, its work in quotes after it, is the work's character
  ("сыграл [Хлестакова] в «Ревизоре»", "роль [Ани] в «Вишнёвом саде»").
- "X в исполнении Y": a nominative name performed by a name is a role, in a text with a stage's word (a role noun,
  a performing verb); elsewhere "в исполнении" is a contact center's word ("заявка Петрова в исполнении …").
- A possessive pronoun NER glues to a name is no name's word ("[Нашу] Раневскую").
- A role cast in the text is the same role where its name stands again alone ("— А [Лопахин]?").
- A capitalised name after its lowercase animal's noun, both only nominatives, is the animal's though a verb follows:
  the two are the verb's subject together ("Кот [Маркиз] остался дома" in mid-sentence, "пёс [Шарик] убегал").
Fail closed beside each: a performer, a full name, a name that does what a caller does or stands where a person is
named keep their mask, and the role's genitive after «роль» with no preposition keeps the old vetoes.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched


@pytest.mark.parametrize("text, role", [
    ("Партнёршей Ершова в роли Сони стала Вероника Тетерина.", "Сони"),
    ("И Глеб Неклюдов в роли Хлестакова всё так же свеж.", "Хлестакова"),
    ("и глеб неклюдов в роли хлестакова все так же свеж", "хлестакова"),
])
def test_a_name_after_v_roli_is_the_role_whatever_follows(person_redactor, text, role):
    assert not person_touched(person_redactor, text, role), text


def test_a_roles_word_glued_to_the_subject_after_it_is_cut_off(person_redactor):
    text = "На роль Чацкого Шилов позвал выпускника училища."
    assert not person_touched(person_redactor, text, "Чацкого")
    assert person_masked(person_redactor, text, "Шилов")


@pytest.mark.parametrize("text, roles, performer", [
    ("Ольгу, Машу и Ирину играют Ксения Дружинина, Алина Кокорина и Полина Кузнецова.",
     ["Ольгу", "Машу", "Ирину"], "Кузнецова"),
    ("Бобчинского и Добчинского играют Пётр Ляпин и Павел Ляпин.", ["Бобчинского", "Добчинского"], "Ляпин"),
])
def test_roles_joined_before_their_performing_verb_are_roles_each(person_redactor, text, roles, performer):
    for role in roles:
        assert not person_touched(person_redactor, text, role), (text, role)
    assert person_masked(person_redactor, text, performer)


def test_a_cast_lines_pair_after_a_comma_is_a_role_though_its_name_could_be_a_subject(person_redactor):
    text = "Ларису играет Алина Кокорина, Паратова — Денис Суровцев, Карандышева — Тимур Ахмедов."
    assert not person_touched(person_redactor, text, "Паратова")
    assert not person_touched(person_redactor, text, "Карандышева")
    assert person_masked(person_redactor, text, "Денис Суровцев")


@pytest.mark.parametrize("text, role", [
    ("Глеб Неклюдов, который впервые сыграл Хлестакова в «Ревизоре», волновался.", "Хлестакова"),
    ("Полине доверили роль Ани в «Вишнёвом саде».", "Ани"),
])
def test_a_name_a_stage_word_governs_beside_its_quoted_work_is_a_character(person_redactor, text, role):
    assert not person_touched(person_redactor, text, role), text


def test_a_nominative_name_performed_by_a_name_is_a_role(person_redactor):
    text = "Премьера «Грозы», роли распределены заново. Катерина в исполнении Алины Кокориной трогает до слёз."
    assert not person_touched(person_redactor, text, "Катерина")
    assert person_masked(person_redactor, text, "Кокориной")


def test_a_possessive_pronoun_is_no_word_of_the_name_it_stands_before(person_redactor):
    text = "Критик писал про нас. Нашу Раневскую играет Ольга Кузьмина."
    assert not person_touched(person_redactor, text, "Нашу")
    assert not person_touched(person_redactor, text, "Раневскую")
    assert person_masked(person_redactor, text, "Кузьмина")


def test_a_role_cast_in_the_text_is_the_role_where_its_name_stands_again_alone(person_redactor):
    text = ("Глеб Неклюдов впервые вышел в роли Хлестакова в «Ревизоре». — Глеб, страшно было? — Очень. "
            "Хлестаков ведь врёт так легко, а я врать не умею.")
    assert not person_touched(person_redactor, text, "Хлестаков")
    assert person_masked(person_redactor, text, "Неклюдов")


@pytest.mark.parametrize("text, person", [
    # the performer and a lone mention of the same name stay (a real person beside the cue)
    ("Роль Петрова играет Петров. Петров доволен.", "Петров"),
    ("Роль Чацкого исполнил Иван Петров. Петров доволен.", "Петров"),
    # a role's name on someone who does what a caller does, or stands where a person is named
    ("Клиентка играла в роли Ани в спектакле. Звонила Аня, просила перезвонить.", "Аня"),
    ("Клиентка играла в роли Ани в спектакле. Меня зовут Аня.", "Аня"),
    ("Клиентка играла в роли Ани. Аня просила перезвонить.", "Аня"),
    # a dash between two names with no stage verb is no cast line: the same person named twice
    ("Звонили: Маша — Мария Петрова, Оля — Ольга Сидорова.", "Маша"),
    # a name beside a quoted company with no stage word governing it
    ("Сегодня работает Иванов в «Ромашке», роль менеджера у него.", "Иванов"),
    # an oblique mention may be the real person a role is named after (names_m45)
    ("Сальери поёт Тимофей Крутов, Моцарта — Даниил Рыбак. Никаких доказательств, что он отравил Моцарта, нет.",
     "Моцарта"),
    # a role's first name with its surname after «в роли» stays whole (names_z32)
    ("Алёна Свиридова в роли Нины Заречной говорит шёпотом.", "Нины Заречной"),
    # a word that is a pronoun's form and a first name stays a name's (names_check7)
    ("Британский актёр Том Харди сыграл главную роль.", "Том Харди"),
    # a full name is never a role by another mention of one of its words
    ("Ольгу играет Ксения Дружинина. Поздравляем Ольгу Петрову с юбилеем.", "Ольгу Петрову"),
])
def test_a_person_beside_a_roles_cue_keeps_the_mask(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


@pytest.mark.parametrize("text, person", [
    ("Заявка Петрова в исполнении Смирнова, роль менеджера у Смирнова.", "Петрова"),
    ("В решающей партии Камалетдинов пожертвовал ферзя.", "Камалетдинов"),
    ("О роли Иванова в проекте расскажет директор.", "Иванова"),
])
def test_a_name_a_roles_word_stands_near_without_its_syntax_stays(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text


_FIRST = ["Ольга", "Мария", "Ирина", "Анна", "Елена"]
_SURNAMES = ["Кузьмина", "Тетерина", "Брагина", "Пестова", "Кокорина"]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_FIRST), st.sampled_from(_SURNAMES), st.sampled_from(["Раневскую", "Офелию", "Катерину"]))
def test_the_performer_of_a_role_is_always_masked(person_redactor, first, surname, role):
    text = f"{role} играет {first} {surname}. {surname} репетирует каждый день."
    assert person_masked(person_redactor, text, f"{first} {surname}"), text
    assert person_masked(person_redactor, text, surname), text


@pytest.mark.parametrize("text, pet", [
    ("Вечером кот Маркиз остался дома, а Софья прислала фото.", "Маркиз"),
    ("Не спал только соседский пёс Шарик, он убегал с площадки.", "Шарик"),
])
def test_a_pets_name_with_its_nominative_noun_before_a_verb_is_the_animals(person_redactor, text, pet):
    assert not person_touched(person_redactor, text, pet), text


@pytest.mark.parametrize("text, person", [
    ("У собаки Иван нашёл клеща.", "Иван"),          # the noun a genitive: the name is the verb's subject
    ("Во дворе собака Берта лаяла.", "Берта"),       # may be an owner's genitive (Берт's dog)
    ("Кот Андрей звонил вчера.", "Андрей"),          # a caller's act: Кот is his surname
    ("разбудила собака николай вынес мусор", "николай"),  # speech: no capital marks the name's apposition
])
def test_a_name_after_an_animals_noun_that_may_be_a_person_stays(person_redactor, text, person):
    assert person_masked(person_redactor, text, person), text
