"""Stop 53, a word used as a person's name where a name stands (issue 15): call signs and surnames that are ordinary
words (recognizers/person.py: word_surname_here, word_surnames, _nicknames).

- A call sign is an on-air nickname: the word after «позывной» / «с позывным» is the person's, quoted or not, written
  or said (_NICKNAME_WORDS).
- Written, mid-sentence (the capital is the writer's): a capitalised ordinary noun in the nominative right before a
  finite verb of one doer, or right after one where it cannot be the verb's object, is its subject's name
  (_a_finite_verbs_subject); a group a searcher leads is named after its leader (_a_leaders_group).
- Words joined by "и" or a comma are of one kind: a capitalised ordinary word joined to a first name or surname, or
  two such words joined as the subject of a plural verb, are names (_joined_to_names).
- Not at a sentence's start (the capital is the sentence's: "Лиса перебежала дорогу"), not a place or a body
  ("Газпром объявил"), not a neuter noun, not a word a verb may take as its object ("нашёл Гром"), not "с" + a dog.
"""
from __future__ import annotations

import pytest

from conftest import person_masked, person_touched


@pytest.mark.parametrize("text, word", [
    ("Благодарим волонтёра с позывным Филин за ночной выход.", "Филин"),
    ("Сергей до сих пор выходит на связь под позывным Ворон.", "Ворон"),
    ("Его позывной «Буран» знают все в округе.", "Буран"),
    ("спасибо девушке с позывным синица и кинологу", "синица"),
])
def test_the_word_after_a_call_sign_word_is_a_persons_name(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), text


@pytest.mark.parametrize("text, word", [
    ("Утром на связь вышел штаб, и Филин сообщил о следах у ручья.", "Филин"),
    ("В шесть утра Синица услышал крик и пошёл на звук.", "Синица"),
    ("Через два часа её нашла Синица на автостанции.", "Синица"),
    ("Около полуночи к дороге нас вывел Барсук.", "Барсук"),
])
def test_a_capitalised_noun_as_the_subject_of_a_finite_verb_is_a_name(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), text


@pytest.mark.parametrize("text, word", [
    ("В пять утра группа Филина вышла к реке.", "Филина"),
    ("Туда сразу отправили группу Барсука.", "Барсука"),
    ("Новички под руководством Филина учились ходить по азимуту.", "Филина"),
])
def test_a_group_is_named_after_its_leader(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), text


@pytest.mark.parametrize("text, word", [
    ("В городе волонтёры Барсук и Марина Орлова нашли его у вокзала.", "Барсук"),
    ("Вышли три группы, старшие Филин, Барсук и Олег Сомов.", "Филин"),
    ("Ночью по берегу прошли Филин и Барсук.", "Барсук"),
])
def test_an_ordinary_word_joined_to_names_is_a_name(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), text


@pytest.mark.parametrize("text, word", [
    ("Лиса перебежала дорогу прямо перед машиной.", "Лиса"),
    ("Вчера Газпром объявил новые тарифы.", "Газпром"),
    ("Мы объехали Кострому, Ярославль и Буй за день.", "Буй"),
    ("Утром кинолог пришла с собакой, и мы пошли с Тайгой к лесу.", "Тайгой"),
])
def test_no_name_where_the_capital_is_the_sentences_or_a_places(person_redactor, text, word):
    assert not person_touched(person_redactor, text, word), text


@pytest.mark.parametrize("text, name", [
    ("Начальник станции Игорь Семёнович Лапин предложил совместные дежурства.", "Игорь Семёнович Лапин"),
    ("начальник станции игорь семенович лапин предложил совместные дежурства", "игорь семенович лапин"),
])
def test_a_nominative_first_name_and_patronymic_after_a_places_head_is_a_person(person_redactor, text, name):
    assert person_masked(person_redactor, text, name), text


def test_a_name_in_the_genitive_after_a_streets_word_stays_the_streets(person_redactor):
    text = "Мы живём на улице Ивана Петровича Павлова."
    assert not person_touched(person_redactor, text, "Ивана"), text


@pytest.mark.parametrize("text, word", [
    ("Памятку для родных пришлёт координатор Зима.", "Зима"),
    ("Вечером след взяла собака, которую привёл кинолог Волк.", "Волк"),
])
def test_a_squads_role_noun_is_a_persons_cue(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), text


@pytest.mark.parametrize("text, word", [
    ("Телефон у него молчит. Координатор поиска — Синица, инфорг — Мария Дубова.", "Синица"),
    ("Точку сбора держит старшая смены — Клюква.", "Клюква"),
])
def test_a_word_after_a_role_and_a_dash_is_a_name(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), text


def test_a_call_signs_own_word_is_no_part_of_the_name(person_redactor):
    text = "Эти имена живут в позывных. Позывной Марка, «Кречет», теперь носит его сын."
    assert not person_touched(person_redactor, text, "Позывной"), text


def test_a_call_name_after_an_animals_noun_stays_the_animals(person_redactor):
    text = "Бабушка ушла гулять с собакой. Пёс по кличке Рыжик вернулся домой один."
    assert not person_touched(person_redactor, text, "Рыжик"), text


@pytest.mark.parametrize("text, word", [
    ("Через три часа её нашли Филин и Барсук на берегу.", "Барсук"),
    ("Их было много. Вопросы задавали Синица, Барсук и новенький Тихон.", "Синица"),
])
def test_words_joined_as_a_plural_verbs_subjects_are_names_whatever_natasha_guesses(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), text


def test_words_joined_inside_a_title_in_quotes_are_no_names(person_redactor):
    text = "Дети на утреннике смотрели «Машу и Медведя»."
    assert not person_touched(person_redactor, text, "Медведя"), text


# Review of stop 53 (s53-merge, /work/review53/redact/test_s53_redact_findings.py): fail-open regressions.
@pytest.fixture(scope="module")
def full_redactor():
    import guard

    return guard.Redactor()


# F1: a surname shaped like a role noun's genitive plural ("Пилотов" -> "пилот") is no role noun (_role_lemma).
@pytest.mark.parametrize("text, surname", [
    ("Абонент Пилотов просит перезвонить.", "Пилотов"),
    ("Клиент Пилотов Иван звонил вчера.", "Пилотов"),
    ("Заявку оставил Добровольцев Андрей.", "Добровольцев"),
    ("Абонент Добровольцев просит перезвонить.", "Добровольцев"),
    ("Абонент Инструкторов просит перезвонить.", "Инструкторов"),
    ("Абонент Напарников просит перезвонить.", "Напарников"),
    ("Клиент Волонтёров Олег звонил вчера.", "Волонтёров"),
    ("Клиент Поисковиков Олег звонил вчера.", "Поисковиков"),
    ("меня зовут пилотов иван сергеевич", "пилотов"),
    ("фамилия моя добровольцев андрей", "добровольцев"),
    ("Абонент Продавцов просит перезвонить.", "Продавцов"),  # the older role noun "продавец": leaked on main too
])
def test_surname_that_is_a_role_nouns_plural_is_masked(full_redactor, text, surname):
    out = full_redactor.redact(text).text
    assert surname not in out, out


# F2: a call-sign reading's span is no performer that makes the surname before a performing verb a stage role
# (_performers, _CALL_SIGN_WHYS).
@pytest.mark.parametrize("text, surname", [
    ("Клиентку Мельникову играет Бирюза.", "Мельникову"),
    ("Мельникову играет Бирюза, а потом Мельникова перезвонит.", "Мельникову"),
    ("Мельникову играют Кот и Гром.", "Мельникову"),
    ("Мельникову поёт Соловей.", "Мельникову"),
])
def test_surname_not_dropped_as_a_stage_role(full_redactor, text, surname):
    out = full_redactor.redact(text).text
    assert surname not in out, out


def test_a_real_performer_still_makes_a_stage_role(person_redactor):
    text = "В новой постановке Гамлета играет Кирилл Ладыженский."
    assert not person_touched(person_redactor, text, "Гамлета"), text


def test_checker_keeps_owner_name_before_a_performing_verb():
    import json
    import subprocess
    import sys

    line = json.dumps({"id": "c2", "text": "Клиентку Мельникову играет Бирюза."}, ensure_ascii=False)
    out = subprocess.run([sys.executable, "-m", "guard", "check", "-"], input=line, capture_output=True, text=True,
                         check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert any(v["rule"] == "owner-name" for v in result["violations"]), result
