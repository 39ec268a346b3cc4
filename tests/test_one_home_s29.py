"""Round s29-twins: what had two definitions reads one (docs/one-home.md, "five twins made one").

Back-channel words, a number dictated across a speaker's label, a word spelled letter by letter, how numbers are read:
the redactor and the speech checker (or the two readers inside the redactor) agree because they read one definition.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard import dialogue
from guard.disclosure.checker import DisclosureChecker, default_checker
from guard.disclosure.context import Said
from guard.disclosure.spelled import spelled_surnames
from guard.normalize import join_spelled, spelled_words
from guard.recognizers import cue_reach
from guard.recognizers.lexicon import BACK_CHANNEL_WORDS, SPEAKER_LABEL

_PHONE_PIECES = ("восемь девятьсот шестнадцать", "сто двадцать три сорок пять шестьдесят семь")


# --- back-channel words: one list for a listener's turn and a listener's words inside a turn ----------------------

@pytest.mark.parametrize("word", ["угу", "ок", "окей", "понятно", "записываю", "записала", "мгм", "далее", "есть",
                                  "угу-угу", "да-да"])
def test_a_back_channel_word_is_one_both_between_turns_and_inside_a_turn(word):
    assert dialogue.is_back_channel(word)
    assert cue_reach.LISTENERS_WORDS.fullmatch(f"916 {word} 123", 3, 3 + len(word) + 2)


def test_the_back_channel_list_lives_in_the_lexicon_only():
    assert BACK_CHANNEL_WORDS in dialogue._BACK_CHANNEL.pattern
    assert BACK_CHANNEL_WORDS in cue_reach.LISTENERS_WORDS.pattern
    assert not hasattr(dialogue, "_ACKNOWLEDGEMENT")


@pytest.mark.parametrize("back_channel", ["ок", "понятно", "угу, записываю"])
def test_a_phone_dictated_around_any_back_channel_turn_is_masked_in_every_turn(redactor, back_channel):
    turns = [("client", _PHONE_PIECES[0]), ("operator", back_channel), ("client", _PHONE_PIECES[1])]
    out = [redaction.text for redaction in redactor.redact_dialogue(turns)]
    assert not any(piece in text for piece in _PHONE_PIECES for text in out), out
    assert out[1] == back_channel


# --- a number across a speaker's label: guard/dialogue.py only ---------------------------------------------------

def test_the_listeners_words_inside_a_turn_hold_no_speaker_label():
    for label in ("Оператор", "клиент", "Абонент"):
        assert cue_reach.LISTENERS_WORDS.fullmatch(f"916 {label} 123", 3, 3 + len(label) + 2) is None
    assert SPEAKER_LABEL not in cue_reach.LISTENERS_WORDS.pattern


@pytest.mark.parametrize("text, turns", [
    ("Оператор: Назовите номер. Клиент: 916… Оператор: Да. Клиент: 123 45 67.",
     [("contact center", "Назовите номер."), ("caller", "916…"), ("contact center", "Да."), ("caller", "123 45 67.")]),
    ("оператор назовите номер клиент девятьсот шестнадцать оператор да клиент сто двадцать три",
     [("contact center", "назовите номер"), ("caller", "девятьсот шестнадцать"), ("contact center", "да"),
      ("caller", "сто двадцать три")]),
    ("номер договора 47 оператор да клиент 0 0 12 34",  # the words before the first label: the other speaker's
     [("caller", "номер договора 47"), ("contact center", "да"), ("caller", "0 0 12 34")]),
    ("Клиент: 916\nОператор 2: угу\nАбонент: 1234567",  # "Клиент" and "Абонент" are one speaker, the caller
     [("caller", "916"), ("contact center", "угу"), ("caller", "1234567")]),
])
def test_a_transcript_in_one_text_is_cut_into_its_speakers_turns(text, turns):
    assert [(who, text[start:end].strip()) for who, start, end in dialogue.labelled_turns(text)] == turns


@pytest.mark.parametrize("text", ["Клиент просил перезвонить после 18:00, номер 89161234567",
                                  "абонент звонил дважды, абонент просил 12345", "Оператор Иванова приняла заявку 12345"])
def test_a_text_naming_one_side_only_is_no_transcript(text):
    assert dialogue.labelled_turns(text) == []


@pytest.mark.parametrize("text", [
    "Клиент: восемь девятьсот шестнадцать Оператор: ок Клиент: сто двадцать три сорок пять шестьдесят семь",
    "клиент восемь девятьсот шестнадцать оператор понятно клиент сто двадцать три сорок пять шестьдесят семь",
])
def test_a_phone_dictated_across_labels_inside_one_line_is_masked_and_the_labels_kept(redactor, text):
    out = redactor.redact(text).text
    assert not any(piece in out for piece in _PHONE_PIECES), out
    assert re.search(r"(?i)оператор:? (ок|понятно)", out), out


def test_a_contract_number_dictated_across_the_listeners_turn_is_masked_in_both_turns(redactor):
    out = redactor.redact("номер договора 47 оператор да клиент 0 0 12 34").text
    assert "47" not in out and "12 34" not in out, out


# --- a word spelled letter by letter: normalize.spelled_words, for the redactor and the checker --------------------

@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(["Иванов", "Петров", "Соловьёва", "Kim", "Гусь"]),
       mark=st.sampled_from([" ", ".", ", ", ",", ". ", "-", " - "]))
def test_a_word_spelled_with_one_mark_throughout_reads_as_the_word(word, mark):
    spelled = mark.join(word)
    found = [(start, end, joined) for start, end, joined in spelled_words(f"фамилия {spelled} верно")]
    if len(word) >= 4:
        assert found == [(8, 8 + len(spelled), word)]
        assert join_spelled(f"фамилия {spelled} верно").text == f"фамилия {word} верно"
    else:
        assert found == []


@pytest.mark.parametrize("text", ["и т.д. и т.п.", "И. И. Иванов", "т.е. а я в о"])
def test_letters_apart_by_mixed_marks_or_one_letter_words_are_no_spelling(text):
    assert list(spelled_words(text)) == []


@pytest.mark.parametrize("text", ["фамилия пишется так: И, В, А, Н, О, В", "фамилия П. Е. Т. Р. О. В."])
def test_a_surname_spelled_with_commas_or_dotted_letters_is_masked_and_told(redactor, text):
    assert "<PERSON>" in redactor.redact(text).text
    assert spelled_surnames(text, Said())


# --- numbers the checker reads as the redactor does ------------------------------------------------------------------

@pytest.mark.parametrize("line", ["телефон владельца 8|916|123|45|67", "телефон владельца 8·916·123·45·67",
                                  "его номер восемь девятьсот шестнадцать, сто двадцать три, сорок пять и "
                                  "шестьдесят семь"])
def test_the_checker_blocks_every_number_the_redactor_masks_past_its_separators(redactor, line):
    assert "<PHONE_NUMBER>" in redactor.redact(line).text
    assert default_checker().check(line).verdict == "block"


# --- the joined reading of the operator's lines: only where a value can reach the new line ---------------------------

def _joined_readings(monkeypatch, lines: list[str]) -> int:
    checker = default_checker()
    calls = []
    original = DisclosureChecker._personal_findings

    def counted(self, utterance, *args, **kwargs):
        calls.append(utterance.text)
        return original(self, utterance, *args, **kwargs)

    monkeypatch.setattr(DisclosureChecker, "_personal_findings", counted)
    said = Said()
    for line in lines:
        checker.check(line, "operator", None, said)
        said.add_operator(line)
    return sum(" " in text and any(text.startswith(earlier) for earlier in lines[:-1]) and text not in lines
               for text in calls)


@pytest.mark.parametrize("lines", [
    ["Подскажите, владелец номера", "Петров Иван Сергеевич"],  # a name opens the line
    ["Телефон владельца", "ну, это восемь девятьсот шестнадцать"],  # the earlier line ends with a cue
    ["Номер такой: восемь девятьсот", "шестнадцать сто двадцать три"],  # a number word opens the line
    ["Фамилия пишется П, Е, Т", "Р, О, В"],  # a spelling runs on
])
def test_the_joined_reading_runs_where_a_value_can_reach_the_new_line(monkeypatch, lines):
    assert _joined_readings(monkeypatch, lines) == 1


def test_the_joined_reading_is_skipped_where_no_value_can_reach_the_new_line(monkeypatch):
    assert _joined_readings(monkeypatch, ["Спасибо, что подождали.", "Сейчас проверю настройки интернета."]) == 0
