"""Red team bb14, 13, 14, 15: a phone dictated over turns with a question and its answer or a remark between the pieces
(`dialogue._number_runs`); an answer telling a word surname by likeness ("ну как весна"); voice-bot logs whose labels
are in brackets or end in ">" (`lexicon.LINE_SPEAKER`) and timed logs of two voices (`dialogue._layout_labels`). Hard
negatives in the same shapes."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.dialogue import _layout_labels, _number_runs, answer_value
from guard.engine import Redactor

O, C = "operator", "client"


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


# --- 13: a number's pieces over a question and its answer, or a remark ---

@pytest.mark.parametrize("turns, pieces", [
    ([(O, "ваш контактный номер"), (C, "восемь девятьсот три"), (O, "подождите у меня система зависла минуточку"),
      (O, "всё продолжайте"), (C, "семьсот сорок один"), (O, "а у вас номер на вас оформлен или на супругу"),
      (C, "на меня"), (O, "хорошо дальше"), (C, "восемьдесят пять двадцать девять")],
     ["девятьсот три", "семьсот сорок один", "восемьдесят пять двадцать девять"]),
    ([(C, "мой номер девятьсот три семьсот сорок один"), (O, "так"),
      (C, "а вот ещё хотел спросить про роуминг в турции сколько стоит"), (O, "сейчас посмотрю"),
      (C, "и в конце восемьдесят пять двадцать девять")],
     ["девятьсот три семьсот сорок один", "восемьдесят пять двадцать девять"]),
    ([(O, "продиктуйте номер для связи"), (C, "девятьсот шестнадцать"), (O, "это мобильный?"), (C, "да мобильный"),
      (O, "угу"), (C, "сто двадцать три сорок пять шестьдесят семь")],
     ["девятьсот шестнадцать", "сто двадцать три сорок пять шестьдесят семь"]),
    ([(C, "пишите 8 916"), (O, "секунду а вы владелец номера?"), (C, "нет жена"), (C, "123 45 67")],
     ["916", "123 45 67"]),
])
def test_a_number_dictated_over_a_question_and_its_answer_or_a_remark_is_masked_in_every_piece(redactor, turns, pieces):
    out = " | ".join(r.text for r in redactor.redact_dialogue(turns))
    for piece in pieces:
        assert piece not in out, out


def test_a_date_answering_the_question_between_is_no_piece_of_the_number_before_it(redactor):
    turns = [(C, "а девятьсот тридцать один пятьсот семь шестьдесят два девяносто"), (O, "когда списали"),
             (C, "двадцатого ноября в три часа ночи")]
    assert "PHONE" not in redactor.redact_dialogue(turns)[2].text


@pytest.mark.parametrize("turns", [
    [(C, "заплатил 450 рублей"), (O, "так"), (C, "а в прошлом месяце 380")],
    [(C, "у меня 2 номера"), (O, "понятно"), (C, "и 3 дня не работает интернет")],
])
def test_two_counts_of_one_speaker_with_talk_between_are_no_phone(redactor, turns):
    assert not any(e.type == "PHONE_NUMBER" for r in redactor.redact_dialogue(turns) for e in r.entities)


@pytest.mark.parametrize("whole, after", [
    ("восемь девятьсот восемьдесят пять семьсот семьдесят четыре ноль два тридцать три", "и два номера водителей"),
    ("номер сим девятьсот шестьдесят пять двести двадцать девять ноль четыре восемьдесят восемь",
     "и еще одна машина в парке"),
    ("восемь девятьсот десять четыреста восемьдесят два ноль ноль тридцать три", "спасибо оплатим до двенадцатого"),
    ("только айсиайди одной восемьдесят девять семьдесят девятнадцать восемьдесят пять шестьдесят три сорок два "
     "четырнадцать двадцать пять девятьсот шесть", "а остальные две"),
])
def test_a_count_said_after_a_whole_phone_or_sim_number_is_no_piece_of_it(redactor, whole, after):
    """A phone of eleven digits (or ten from its code) or a SIM's ICCID is whole: the count the caller says after a
    remark of the operator's is another thing (pii_ag39's four false phones at stop 39's end, s39-bb14text's runs)."""
    turns = [(C, whole), (O, "спасибо записала"), (C, after)]
    assert _number_runs(turns) == []
    assert redactor.redact_dialogue(turns)[2].text == after


def test_a_phone_cut_one_group_short_still_goes_on_over_a_remark(redactor):
    turns = [(C, "восемь девятьсот восемьдесят пять семьсот семьдесят четыре ноль два"), (O, "минуточку"),
             (C, "тридцать три")]
    assert _number_runs(turns) == [[0, 2]]
    assert "тридцать три" not in redactor.redact_dialogue(turns)[2].text


def test_number_runs_part_at_a_number_of_the_other_speaker():
    turns = [(C, "916"), (O, "а вам 123?"), (C, "45 67")]
    assert _number_runs(turns) == []
    assert _number_runs([(C, "916"), (O, "минутку"), (C, "123 45 67")]) == [[0, 2]]


@settings(max_examples=25, deadline=None)
@given(remark=st.sampled_from(["а у вас тариф какой?", "подождите система зависла", "а роуминг сколько стоит",
                               "извините не расслышал"]),
       answer=st.sampled_from(["на меня", "безлимит", "не знаю", "ладно"]),
       head=st.sampled_from(["восемь девятьсот три", "8 903", "девятьсот три"]))
def test_any_remark_and_answer_between_two_pieces_leaves_no_piece(redactor, remark, answer, head):
    turns = [(O, "ваш номер для связи"), (C, head), (O, remark), (C, answer), (O, "дальше"),
             (C, "семьсот сорок один восемьдесят пять двадцать девять")]
    out = redactor.redact_dialogue(turns)
    assert "PHONE" in out[1].text and "PHONE" in out[5].text, [r.text for r in out]


# --- 14: an answer telling its value by likeness ---

@pytest.mark.parametrize("answer, value", [("ну как весна", "весна"), ("как птица сокол", "птица сокол"),
                                           ("типа камень", "камень")])
def test_an_answer_telling_its_value_by_likeness_is_the_value(answer, value):
    span = answer_value(answer)
    assert span is not None and answer[span[0]:span[1]] == value


def test_a_word_surname_given_by_likeness_and_its_echo_are_masked(redactor):
    turns = [(O, "здравствуйте, назовите фамилию владельца"), (C, "ну как весна"), (O, "весна"), (C, "да весна")]
    out = [r.text for r in redactor.redact_dialogue(turns)]
    assert not any("весн" in text for text in out), out


def test_a_question_of_how_is_no_value(redactor):
    assert answer_value("как это") is None and answer_value("как обычно") is None


# --- 15: bot logs' labels ---

@pytest.mark.parametrize("text, values", [
    ("[Бот] Назовите номер телефона для связи\n[Абонент] 8903\n[Бот] Продолжайте\n[Абонент] 7418529", ["8903", "7418529"]),
    ("[Бот] Назовите дату рождения\n[Абонент] 17\n[Бот] Месяц?\n[Абонент] апрель\n[Бот] Год?\n[Абонент] 79",
     ["] 17", "апрель", "] 79"]),
    ("12:00:01 [BOT] Назовите фамилию владельца\n12:00:05 [CLIENT] Лебедь", ["Лебедь"]),
    ("VB> Ваше имя?\nAB> Аркадий\nVB> Фамилия?\nAB> Камень", ["Камень"]),
    ("<Бот> Ваша фамилия?\n<Клиент> Сокол\n<Бот> Спасибо", ["Сокол"]),
    ("[10:15:02] [IVR] Номер договора?\n[10:15:09] [CALLER] 58110\n[10:15:12] [IVR] Дальше\n[10:15:15] [CALLER] 37264",
     ["58110", "37264"]),
])
def test_a_bot_log_with_labels_in_brackets_or_before_a_chevron_is_read_as_turns(redactor, text, values):
    out = redactor.redact(text).text
    assert not any(value in out for value in values), out


@pytest.mark.parametrize("text", [
    "Имя: Иван\nТелефон: 89161234567",  # a form: each field once (the values are still masked by their kinds)
    "Цена: 500\nСкидка: 10",
    "10:00 Заявка: открыта\n10:05 Статус: в работе\n10:07 Исполнитель: группа 2",  # three fields, three labels
    "> цитата письма\n> ещё строка",  # e-mail quoting, no label
])
def test_a_form_or_a_quote_is_no_bot_log(text):
    assert _layout_labels(text) == [], text


def test_a_timed_log_of_two_voices_is_a_transcript_a_form_of_two_fields_is_not():
    assert len(_layout_labels("12:00:01 [BOT] Назовите фамилию\n12:00:05 [CLIENT] Лебедь")) == 2
    assert _layout_labels("Имя: Иван\nФамилия: Лебедь") == []
