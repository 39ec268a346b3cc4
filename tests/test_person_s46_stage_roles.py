"""Stop 46, names precision on third-party text (issue 15): a stage role is no person (recognizers/person.py:
_a_role_cast, lexicon PERFORMING_VERBS and ROLE_NOUNS).

- A name a performing verb governs in the accusative while another name, in the nominative after the verb, performs
  it is a role: "[Отелло] играет Степан Журавлёв"; so is a cast line's ellipsis after such a verb ("[Дездемону] — Вера
  Климова"). The verb right before a name is no evidence alone ("играла Шопена": the composer's music).
- A name a role noun (роль, партия) governs in the genitive is a character's: "в роли [Яго]", also past an
  animate noun ("в роли садовника [Фирса]"), never past a thing's ("о роли сезона Алёна": she is addressed).
- Fail closed beside each: a nominative after the verb is its subject ("партию поёт Иванова Мария"), a verb with no
  performer named keeps its object, a client's surname in an ordinary sentence stays, and a first name with a surname
  stays whatever governs it (a real person played: "сыграла Екатерину Дашкову").
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched


@pytest.mark.parametrize("text, role", [
    ("В новой постановке Дездемону играет Вера Климова.", "Дездемону"),
    ("Отелло играет Степан Журавлёв, и играет сдержанно.", "Отелло"),
    ("Онегина теперь поёт баритон Аркадий Сомов.", "Онегина"),
])
def test_a_role_before_a_performing_verb_and_its_performer_is_no_person(person_redactor, text, role):
    assert not person_touched(person_redactor, text, role), text
    assert person_redactor.analyze(text), text  # the performer stays a person


def test_a_cast_lines_ellipsis_after_a_performing_verb_is_a_role(person_redactor):
    text = "Отелло играет Степан Журавлёв, Дездемону — Вера Климова, Яго — Олег Дронов."
    assert not person_touched(person_redactor, text, "Дездемону")
    assert person_masked(person_redactor, text, "Климова")


@pytest.mark.parametrize("text, role", [
    ("Вечером Пётр Лаврентьев выйдет в роли Фирса.", "Фирса"),
    ("Артём Гусев снова выходит в роли садовника Фирса.", "Фирса"),
])
def test_a_name_a_role_noun_governs_is_a_characters(person_redactor, text, role):
    assert not person_touched(person_redactor, text, role), text


@pytest.mark.parametrize("text, word", [
    ("Партию поёт Иванова Мария, а Петров ей аккомпанирует.", "Иванова"),  # after the verb: its subject
    ("Клиент сказал, что в подъезде на гитаре играет Петров.", "Петров"),
    ("Петрову передали номер, Сидоров просил перезвонить.", "Петрову"),
    ("о главной роли сезона алена вы сыграли многое", "алена"),  # a thing's noun between: Алёна is addressed
    ("Иванова Светлана Петровна играет в оркестре, просит детализацию.", "Иванова"),
    ("На конкурсе Мария Гусева играла Шопена и Рахманинова.", "Шопена"),  # the verb alone before: the music's author
    ("Колыбельную исполнила Дарина Сафина, гимн — хор школы.", "Дарина Сафина"),  # the verb's subject
    ("После партии Ярослав подошёл к сопернику.", "Ярослав"),  # a game's, no role's: a subject's nominative
    ("В третьей партии Хабибуллин пожертвовал коня.", "Хабибуллин"),  # a finite verb after it: its subject
    ("Финал после матча Родриго спел с трибуной Катюшу.", "Родриго"),  # "Катюшу" after the verb is no performer
    ("Императрицу Александру Фёдоровну играет Ульяна Дерябина.", "Александру Фёдоровну"),  # a real person played
    # a contact center's everyday verb and things a person has are no stage (the s46 review's regressions)
    ("Заявку Петрова исполняет Смирнов, срок до пятницы.", "Петрова"),
    ("заявку петрова исполняет смирнов", "петрова"),
    ("Подключение Орлова исполняет Смирнов, Орлов ждёт звонка.", "Орлова"),
    ("Клиент пришёл в костюме Петрова, просил вернуть.", "Петрова"),
    ("В образе Кузнецова на аватарке ничего не видно.", "Кузнецова"),
])
def test_a_name_no_stage_role_governs_stays_a_person(person_redactor, text, word):
    assert person_touched(person_redactor, text, word), text


_ROLES = ["Гамлета", "Отелло", "Дездемону", "Офелию", "Ромео", "Джульетту", "Кармен", "Онегина"]
_VERBS = ["играет", "сыграл", "поёт", "танцует", "озвучивает"]
_PERFORMERS = ["Степан Журавлёв", "Вера Климова", "Олег Дронов", "Анна Белкина", "Игорь Ларионов"]


@settings(max_examples=40, deadline=None)
@given(role=st.sampled_from(_ROLES), verb=st.sampled_from(_VERBS), performer=st.sampled_from(_PERFORMERS))
def test_a_role_is_never_masked_where_its_performer_is(person_redactor, role, verb, performer):
    text = f"В новом спектакле {role} {verb} {performer}."
    surname = performer.split()[1]
    assert person_masked(person_redactor, text, surname), text  # the performer is always a person
    assert not person_touched(person_redactor, text, role), text


def test_a_role_cast_in_speech_is_no_person_and_its_performer_is(person_redactor):
    text = "в новом спектакле дездемону играет вера климова а отелло степан журавлёв"
    assert not person_touched(person_redactor, text, "дездемону")
    assert person_masked(person_redactor, text, "климова")


@pytest.mark.parametrize("text, word", [
    ("В новом фильме Николая Второго играет Олег Дронов, а в роли Фёдора Шаляпина выходит Игорь Ларионов.",
     "Фёдора Шаляпина"),
    ("Ольга Сомова сыграла Екатерину Дашкову.", "Екатерину Дашкову"),
    ("Екатерину Дашкову играет Ольга Сомова.", "Екатерину Дашкову"),
])
def test_a_real_persons_full_name_played_stays_a_person(person_redactor, text, word):
    assert person_touched(person_redactor, text, word), text
