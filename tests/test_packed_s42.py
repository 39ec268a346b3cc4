"""Stop 42 (issue 15, packed CRM notes): a code word's change told by "старое … → новое …" in a later sentence of its
line; a list of code words after one cue ("Кодовые слова: «ООО …» — Малахит; …"); a bank's "к/с" asks no question; a
role written short names the surname after it ("сотр. Хомяков", "гл. бух. Синицына"); an organisation's own requisites
after "орг." or a JSON key "org_inn" are no one's personal data. Values of our own, not the training sets'."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _covered(redactor, text: str, value: str, kind: str | None = None) -> bool:
    start = text.index(value)
    return any((kind is None or e.type == kind) and e.start <= start and e.end >= start + len(value)
               for e in redactor.analyze(text))


def _types_on(redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    end = start + len(value)
    return {e.type for e in redactor.analyze(text) if e.start < end and start < e.end}


# --- a change of a secret: the old and the new value, each named by its own word, in the cue's line -----------------

@pytest.mark.parametrize("text, old, new", [
    ("Смена кодового слова по дог. 771204. Заявление подписал дир. Ершов Павел Ильич (исх. № 12). "
     "Старое: Кипарис → новое: зелёный_кит71.", "Кипарис", "зелёный_кит71"),
    ("Кодовое слово поменяли по письму клиента от 02.10.2025, прежнее — Ласточка, новое — Вьюга2024.",
     "Ласточка", "Вьюга2024"),
    ("Пароль ЛК сменён. Было: Orion2020 -> Orion2025!", "Orion2020", "Orion2025!"),
])
def test_old_and_new_values_of_a_change_are_masked(redactor, text, old, new):
    assert _covered(redactor, text, old, "SECRET")
    assert _covered(redactor, text, new, "SECRET")


def test_talk_of_a_change_with_no_values_masks_no_word(redactor):
    text = "Смена кодового слова по дог. 771204: старое клиент не помнит, новое назовёт в офисе."
    assert "SECRET" not in _types_on(redactor, text, "клиент")
    assert "SECRET" not in _types_on(redactor, text, "назовёт")


# --- a list of secrets after one cue ---------------------------------------------------------------------------------

def test_a_list_of_code_words_masks_each_value_not_whose_it_is(redactor):
    text = ("Кодовые слова по группе (не пересылать): «Вега-Транс» — Гранат; «Вега-Склад» — гранат-7; "
            "ИП Сомова Е.А. — Ангара1985. Знают только директор и бухгалтер.")
    for value in ("Гранат", "гранат-7", "Ангара1985"):
        assert _covered(redactor, text, value, "SECRET"), value
    assert "SECRET" not in _types_on(redactor, text, "Вега-Транс")


@given(values=st.lists(st.sampled_from(["Кедр", "Тайга1990", "ромашка-3", "Orion_77", "Сапсан", "Лазурит2"]),
                       min_size=2, max_size=4, unique=True))
@settings(max_examples=15, deadline=None)
def test_every_value_of_a_list_after_its_cue_is_masked(redactor, values):
    owners = ["«Альфа-Сервис»", "«Бета-Урал»", "ИП Гусев И.И.", "«Дельта»"]
    text = "Кодовые слова по договорам: " + "; ".join(f"{o} — {v}" for o, v in zip(owners, values)) + ". Сверено."
    for value in values:
        assert _covered(redactor, text, value, "SECRET"), (text, value)


def test_a_bank_correspondent_account_asks_for_no_secret_on_the_next_line(redactor):
    text = "р/с 40802810409108900001 БИК 046577806 к/с 30101810200000000806\nмоб. +7 (919) 377-40-15, почта x@bk.ru"
    assert "SECRET" not in _types_on(redactor, text, "моб")


# --- a role written short before a surname ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Номера: +7 902 800 11 22, сотр. Хомяков. Обращение INC-2025-0000001.", "Хомяков"),
    ("тел. +79220001122 (гл. бух. Синицына). Л/с 660000000001.", "Синицына"),
    ("дог. 20010000/отв.Кудашев/т.89120000000/счёт за 10.25", "Кудашев"),
    ("Передал предст. Белый, тел. 89120057731", "Белый"),
])
def test_a_surname_after_a_role_written_short_is_a_name(redactor, text, name):
    assert _covered(redactor, text, name, "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Вопрос передан: сотр. Отдела продаж ответит завтра.", "Отдела"),
    ("Письмо подписал ген. дир. ООО «Кедр» по доверенности.", "Кедр"),
    ("Отв. МТС за M2M: сервисная линия.", "МТС"),
])
def test_no_name_after_a_role_written_short_names_no_one(redactor, text, word):
    assert "PERSON" not in _types_on(redactor, text, word)


# --- a company's own details vs a person's ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("ИНН орг. 6686854011, ИНН сотр. 667924615187 — Рябов", "6686854011"),
    ('{"inn":"663351098669","org_inn":"6685727998"}', "6685727998"),
    ("Сумма 412 900 руб., орг. ИНН 6672335792", "6672335792"),
])
def test_an_organisations_inn_after_its_short_word_is_not_personal(redactor, text, value):
    assert "RU_INN" not in _types_on(redactor, text, value)


@pytest.mark.parametrize("text, value", [
    ("ИНН орг. 6686854011, ИНН сотр. 667924615187 — Рябов", "667924615187"),  # a person's by law: 12 digits
    ('{"inn":"663351098669","org_inn":"6685727998"}', "663351098669"),
    ("орг. вопрос решён. ИНН клиента 6686854011", "6686854011"),  # a person's cue nearer
])
def test_a_persons_inn_beside_an_organisations_word_stays_masked(redactor, text, value):
    assert "RU_INN" in _types_on(redactor, text, value)


# --- a secret told in brackets after the note's words of telling it --------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Выдан дубликат SIM; кодовое слово назвал верно (ивушка). Стоимость замены 0 руб.", "ивушка"),
    ("Пароль ЛК сообщил (Vesna_2019), сброшен по просьбе.", "Vesna_2019"),
])
def test_a_secret_in_brackets_after_it_was_told_is_masked(redactor, text, value):
    assert _covered(redactor, text, value, "SECRET")


@pytest.mark.parametrize("text, word", [
    ("Кодовое слово клиент не помнит (пожилой). Отказ в замене.", "пожилой"),
    ("Кодовое слово назвал верно (паспорт). Замена выполнена.", "паспорт"),
])
def test_brackets_after_talk_of_a_secret_give_no_secret(redactor, text, word):
    assert "SECRET" not in _types_on(redactor, text, word)


def test_a_surname_after_a_notary_written_short_is_a_name(redactor):
    text = "свид. 52 АА 6300001 нот. Зуева | ICCID 89701201042140367992"
    assert _covered(redactor, text, "Зуева", "PERSON")


def test_an_old_devices_number_after_a_secrets_cue_is_no_secret(redactor):
    text = "Кодовое слово назвал верно — «Бобик2001». Старый ICCID 8970102609596550001 -> новый 8970102609596550019."
    assert "SECRET" not in _types_on(redactor, text, "ICCID")


def test_a_code_after_a_role_written_short_is_no_name(redactor):
    text = "Новый дог. 360119040001. Сотр. ВРН-045 принял заявку."
    assert "PERSON" not in _types_on(redactor, text, "ВРН")
