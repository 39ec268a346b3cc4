"""Red team bb13 02, 03, 12, 14: a number dictated across turns is put together whatever the speakers are called, across
the listener's remark, and when the caller says more than the number in a turn — in `guard redact`'s text, in `guard
batch`'s turns and in the QA report, one reading (guard/dialogue.py)."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.batch.calls import as_redacted_in, redact_call
from guard.dialogue import is_aside, labelled_turns

# the subscriber part of "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", said in groups
_GROUPS = ("сто двадцать три", "сорок пять", "шестьдесят семь")


def _in_clear(text: str, values) -> list[str]:
    return [value for value in values if value in text]


# --- 02: a speaker is read off the layout, not off a list of words -----------------------------------------------------

@pytest.mark.parametrize("asker, caller", [
    ("BOT", "USER"), ("Бот", "Абонент"), ("IVR", "Caller"), ("assistant", "user"), ("Сотрудник", "Клиент"),
    ("Менеджер", "Клиент"), ("Робот", "Гость"), ("Agent", "Customer"), ("A", "B"), ("Консультант", "Покупатель"),
    ("12:00:01 bot", "12:00:05 user"), ("[10:15] Чат-бот", "[10:16] Посетитель"), ("05.12.2026 10:15 bot", "05.12.2026 10:16 user"),
])
def test_a_speaker_label_is_read_off_the_layout(redactor, asker, caller):
    text = (f"{asker}: Назовите номер телефона\n{caller}: восемь девять один шесть\n{asker}: продолжайте\n"
            f"{caller}: сто двадцать три\n{caller}: сорок пять шестьдесят семь")
    out = redactor.redact(text).text
    assert not _in_clear(out, _GROUPS), out


@pytest.mark.parametrize("text, secrets", [
    ("bot: номер договора?\nuser: ноль один два три\nuser: четыре пять шесть семь восемь девять",
     ["четыре пять шесть семь восемь девять"]),
    ("12:00:01 bot: Назовите номер паспорта\n12:00:05 user: сорок пять ноль пять\n"
     "12:00:09 user: шестьсот семьдесят восемь девятьсот один", ["сорок пять ноль пять", "шестьсот семьдесят восемь"]),
    ("USER: мой паспорт 45 05\nBOT: так\nUSER: 678901", ["678901"]),
])
def test_a_document_dictated_to_a_bot_is_masked(redactor, text, secrets):
    out = redactor.redact(text).text
    assert not _in_clear(out, secrets), out


def test_a_labels_side_is_the_lexicons_when_it_knows_it_else_its_own():
    text = ("Сотрудник: продиктуйте номер\nКлиент: девятьсот шестнадцать\nBOT: так\nКлиент: сто двадцать три\n"
            "Сотрудник: спасибо\nBOT: оцените разговор")
    assert [who for who, _, _ in labelled_turns(text)] == ["contact center", "caller", "bot", "caller", "contact center",
                                                           "bot"]


@pytest.mark.parametrize("text", [
    "Имя: Иван\nТелефон: 8 916 123\nАдрес: Москва",  # a form's fields, each once
    "Тема: перезвонить\nСтатус: закрыт\nИсточник: сайт\nПриоритет: высокий",
    "Клиент просил перезвонить после 18:00",
])
def test_a_form_of_fields_is_no_transcript(text):
    assert labelled_turns(text) == []


_LABEL = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщэюяABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=10)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(asker=_LABEL, caller=_LABEL)
def test_property_any_two_labels_alternating_part_the_turns(redactor, asker, caller):
    """Whatever the two labels, a number dictated by one of them over several lines is masked in every line."""
    if asker.lower() == caller.lower():
        return
    text = (f"{asker}: продиктуйте номер для связи\n{caller}: восемь девятьсот шестнадцать\n{asker}: угу\n"
            f"{caller}: сто двадцать три\n{caller}: сорок пять шестьдесят семь")
    out = redactor.redact(text).text
    assert not _in_clear(out, _GROUPS), out


def test_a_bot_log_in_a_card_comment_is_read_as_turns(redactor):
    text = "BOT: номер?\nUSER: девять ноль три\nUSER: сто одиннадцать двадцать два тридцать три"
    assert "сто одиннадцать" not in redactor.redact(text).text


# --- 03: the listener's remark does not part what one speaker dictates --------------------------------------------------

@pytest.mark.parametrize("remark", [
    "минуточку я открою форму сейчас у меня немного подвисает система извините",
    "секунду, у меня тут окно не открывается, сейчас перезагружу",
    "подождите немного программа думает",
    "извините связь прерывается плохо вас слышно",
])
@pytest.mark.parametrize("pieces", [
    ("восемь девятьсот шестнадцать", "сто двадцать три", "сорок пять", "шестьдесят семь"),
    ("8 916", "123", "45 67"),
])
def test_a_remark_between_the_groups_does_not_part_them(redactor, remark, pieces):
    turns = [("operator", "продиктуйте контактный номер"), ("client", pieces[0]), ("operator", remark),
             ("client", "да конечно"), *[("client", piece) for piece in pieces[1:]]]
    out = [result.text for result in redactor.redact_dialogue(turns)]
    assert not [text for (who, _), text in zip(turns, out) if who == "client" and re.search(r"\d|сто|сорок|шест", text)
                and "<" not in text], out


@pytest.mark.parametrize("text, aside", [
    ("минуточку я открою форму сейчас у меня немного подвисает система", True),
    ("какой у вас номер", False), ("а где вы живёте", False), ("вы звонили вчера?", False),
    ("назовите дату рождения", False), ("у вас 3 номера", False),
])
def test_an_aside_asks_nothing_names_no_value_and_holds_no_number(text, aside):
    assert is_aside(text) is aside


# --- 14: the caller says more than the number in each turn; the report shows what the export does ---------------------

_CALL = {"call_id": "c-1", "operator_id": "op1", "started_at": "2026-11-01T10:15:00", "turns": [
    {"speaker": "operator", "text": "здравствуйте меня зовут анна чем могу помочь"},
    {"speaker": "client", "text": "скажите какие номера на меня оформлены мой контактный восемь девятьсот шестнадцать"},
    {"speaker": "operator", "text": "минуточку я открою форму сейчас у меня немного подвисает система извините"},
    {"speaker": "client", "text": "да конечно"},
    {"speaker": "client", "text": "сто двадцать три а какие номера на мне я хочу знать все номера"},
    {"speaker": "operator", "text": "дальше"},
    {"speaker": "client", "text": "сорок пять шестьдесят семь и скажите сколько номеров на меня зарегистрировано"},
    {"speaker": "operator", "text": "записала, спасибо"}]}


def test_the_pieces_at_the_turns_edges_are_one_number(redactor):
    out = [result.text for result in redactor.redact_dialogue([(t["speaker"], t["text"]) for t in _CALL["turns"]])]
    assert not _in_clear(" ".join(out), ("сто двадцать три", "сорок пять шестьдесят семь")), out
    assert "какие номера на мне" in out[4]  # what the caller says besides stays


def test_the_qa_report_shows_the_turns_as_the_export_redacts_them(redactor):
    from guard.disclosure.qa import qa_call

    redacted = redact_call(_CALL, redactor)
    qa = qa_call(_CALL, as_redacted_in(redacted, redactor))
    shown = " ".join(str(value) for value in _strings(qa))
    assert not _in_clear(shown, ("сто двадцать три", "сорок пять шестьдесят семь", "восемь девятьсот шестнадцать"))
    exported = [turn["text"] for turn in redacted.call["turns"]]
    assert not _in_clear(" ".join(exported), ("сто двадцать три", "сорок пять шестьдесят семь"))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif hasattr(value, "__dict__"):
        yield from _strings(vars(value))


@pytest.mark.parametrize("turns", [
    [("client", "мой номер восемь девятьсот шестнадцать"), ("operator", "так"),
     ("client", "сто двадцать три ой подождите сейчас"), ("client", "сорок пять шестьдесят семь вот так")],
    [("client", "запишите 8 916"), ("operator", "угу"), ("client", "123 а ещё у меня вопрос по тарифу"),
     ("client", "45 67 и всё")],
])
def test_more_phrasings_of_a_number_at_the_turns_edges(redactor, turns):
    out = [result.text for result in redactor.redact_dialogue(turns)]
    assert not _in_clear(" ".join(out), ("сто двадцать три", "сорок пять шестьдесят семь", "123", "45 67")), out


# --- what stays apart -----------------------------------------------------------------------------------------------

def test_a_statement_between_turns_that_do_not_meet_at_a_number_parts_them(redactor):
    """The aside joins only where one speaker stopped on digits and goes on with digits (training set pii_z35 a022)."""
    turns = [("диспетчер", "плюс семь девятьсот пятьдесят один четыреста сорок тридцать девять двадцать семь оксана зовут"),
             ("мастер", "набрал не берет"), ("диспетчер", "ладно подожди пятнадцать минут потом ставь недозвон")]
    out = redactor.redact_dialogue(turns)
    assert "пятнадцать минут" in out[2].text


def test_a_question_between_two_turns_gives_no_edges_reading(redactor):
    """"когда списали" asks for another value: the day said after it is no part of the phone (pii_aa36 a010)."""
    turns = [("client", "а девятьсот тридцать один пятьсот семь шестьдесят два девяносто"), ("operator", "когда списали"),
             ("client", "двадцатого ноября в три часа ночи")]
    out = redactor.redact_dialogue(turns)
    assert "PHONE" not in out[2].text


def test_a_label_of_the_lexicon_with_the_operators_name_opens_a_turn():
    text = ("[10:14] Клиент: здравствуйте\n[10:15] Оператор Виолетта: Подскажите номер.\n"
            "[10:17] Клиент: номер 8 965 447 03 12\n[10:17] Клиент: др 3 августа 1991")
    assert [who for who, _, _ in labelled_turns(text)] == ["caller", "contact center", "caller", "caller"]
