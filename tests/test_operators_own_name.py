"""The operator's own first name, given in their greeting or farewell, is the contact center's, not the caller's data
(guard/dialogue.py): only a lone first name, after a self-introduction, in a turn the contact center says. A surname, a
patronymic, any name in the caller's turn or in a text without speakers stays masked."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.dialogue import operators_own_names
from guard.engine import Redactor

@pytest.fixture(scope="module")
def keeping_redactor() -> Redactor:
    return Redactor(keep_operators_name=True)


NAMES = ["Ольга", "Марина", "Денис", "Илья", "Софья", "Артём", "Алина", "Кирилл"]


def names_in(redactor: Redactor, text: str) -> list[str]:
    return [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "PERSON"]


@pytest.mark.parametrize("operator_turn, name", [
    ("Оператор: Здравствуйте, меня зовут Ольга, слушаю вас.", "Ольга"),
    ("оператор: спасибо с вами был денис всего доброго", "денис"),
    ("оператор: с вами была алина до свидания", "алина"),
    ("Специалист: Добрый вечер! Специалист Илья, оператор № 4576.", "Илья"),
    ("Оператор: Добрый день, оператор № 2388, Софья.", "Софья"),
    ("оператор: добрый день оператор номер двадцать девять ноль три софья", "софья"),
    ("Оператор: Вас консультирует Кирилл. Чем могу помочь?", "Кирилл"),
    ("Оператор: Служба поддержки, Марина. Слушаю.", "Марина"),
    ("оператор: поддержка домашнего интернета артём здравствуйте", "артём"),
    ("Оператор: Здравствуйте, Наталья, чем могу быть полезна?", "Наталья"),
    ("Оператор: Здравствуйте, Егор, слушаю вас, рад помочь.", "Егор"),
    ("Оператор: Это Ольга, контактный центр.", "Ольга"),
])
def test_with_the_setting_the_operators_self_introduced_first_name_is_kept(keeping_redactor, operator_turn, name):
    text = operator_turn + "\nКлиент: Здравствуйте, у меня вопрос по тарифу."
    assert name not in names_in(keeping_redactor, text)


@pytest.mark.parametrize("text", ["Оператор: Здравствуйте, меня зовут Ольга, слушаю вас.\nКлиент: Добрый день.",
                                  "оператор: здравствуйте меня зовут артём чем могу помочь\nклиент: алло"])
def test_by_default_the_operators_name_is_masked_and_the_setting_keeps_it(redactor, keeping_redactor, text):
    assert len(names_in(redactor, text)) == 1
    assert names_in(keeping_redactor, text) == []


@pytest.mark.parametrize("text, masked", [
    # the caller's own name after "меня зовут", in the caller's turn
    ("Оператор: Здравствуйте, меня зовут Ольга.\nКлиент: Здравствуйте, меня зовут Марина.", "Марина"),
    ("оператор: здравствуйте\nклиент: это денис я по поводу договора", "денис"),
    # a surname or a patronymic after the operator's name makes it a full name
    ("Оператор: Здравствуйте, меня зовут Ольга Петрова.\nКлиент: Добрый день.", "Ольга Петрова"),
    ("Оператор: С вами была Ольга Сергеевна, всего доброго.\nКлиент: Спасибо.", "Ольга Сергеевна"),
    # a surname alone, even in the operator's frame
    ("Оператор: Здравствуйте, оператор Петрова, слушаю.\nКлиент: Добрый день.", "Петрова"),
    # the operator asking who is on the line, addressing the caller after the greeting
    ("Оператор: Здравствуйте, это Ольга?\nКлиент: Да.", "Ольга"),
    ("Оператор: Здравствуйте, Марина! Это МТС, звоню по вашей заявке.\nКлиент: Да.", "Марина"),
    ("Клиент: Меня зовут Ольга.\nОператор: Ольга, слушаю вас.", "Ольга"),
])
def test_a_name_that_is_not_the_operators_own_stays_masked(keeping_redactor, text, masked):
    assert masked in " ".join(names_in(keeping_redactor, text))


@pytest.mark.parametrize("text", ["Здравствуйте, меня зовут Ольга, слушаю вас.", "с вами был денис всего доброго"])
def test_without_speaker_labels_a_self_introduced_name_stays_masked(keeping_redactor, text):
    assert names_in(keeping_redactor, text)


def test_a_dialogue_reads_the_speaker_of_each_turn(keeping_redactor):
    redactor = keeping_redactor
    turns = [("operator", "Здравствуйте, меня зовут Ольга, слушаю вас."),
             ("client", "Здравствуйте, меня зовут Ольга, я по поводу счёта.")]
    operator, client = redactor.redact_dialogue(turns)
    assert "Ольга" in operator.text
    assert "Ольга" not in client.text
    unlabelled = redactor.redact_dialogue([(None, turns[0][1])])[0]
    assert "Ольга" not in unlabelled.text


@settings(max_examples=30, deadline=None)
@given(name=st.sampled_from(NAMES), frame=st.sampled_from(["меня зовут", "с вами", "вас консультирует", "это"]),
       surname=st.sampled_from(["Петрова", "Иванов", "Соколова", "Кузнецов"]))
def test_only_the_lone_first_name_is_the_operators(name, frame, surname):
    assert len(operators_own_names(f"Здравствуйте, {frame} {name}, слушаю вас.")) == 1
    assert operators_own_names(f"Здравствуйте, {frame} {name} {surname}, слушаю вас.") == []
    assert operators_own_names(f"Здравствуйте, {frame} {surname}, слушаю вас.") == []


@pytest.mark.parametrize("text, masked", [
    ("Оператор: Здравствуйте, Пётр, чем могу помочь?\nКлиент: хочу сменить тариф", "Пётр"),
    ("Оператор: Добрый день, Зинаида, слушаю вас\nКлиент: у меня не работает интернет", "Зинаида"),
    ("оператор: здравствуйте егор слушаю вас\nклиент: алло", "егор"),
    ("Оператор: Здравствуйте, Наталья, чем могу быть полезен?\nКлиент: Добрый день.", "Наталья"),
])
def test_a_name_after_the_greeting_with_nothing_of_the_speakers_own_gender_may_be_the_callers_and_stays_masked(
        keeping_redactor, text, masked):
    """Red team bb7, 17: "Здравствуйте, Пётр, чем могу помочь?" greets the caller by name as well as it could introduce
    the operator; only the speaker's own gendered words agreeing with the name ("полезна", "рад") make it theirs."""
    assert masked in names_in(keeping_redactor, text)
