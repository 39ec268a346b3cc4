"""Round s30-twins: the twins stop 29 left (docs/one-home.md, "three twins made one").

A speaker's label in a written transcript, the fillers of speech and a word spelled letter by letter each have one
definition; every reader builds on it, and what either copy read before is still read (their union).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from guard import normalize
from guard.normalize import HESITATION, normalize as read_numbers, spelled_words
from guard.proxy import scrub
from guard.proxy.scrub import CardSecrets
from guard.proxy import bare_numbers
from guard.recognizers import address, base, card_expiry, cell_id, contract, cue_reach, lexicon, passport, person, structured
from guard.recognizers.lexicon import CUE_GAP, NEXT_SPEAKER, SPEAKER_LABEL, SPEAKER_TAG, TURN_START

ROOT = Path(__file__).resolve().parents[1]


def _sources() -> dict[str, str]:
    return {str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
            for folder in ("guard", "recognizers") for path in sorted((ROOT / folder).rglob("*.py"))}


# --- a speaker's label: lexicon.SPEAKER_TAG, TURN_START, NEXT_SPEAKER -------------------------------------------

def test_only_the_lexicon_and_the_bare_label_reader_spell_the_label_word():
    # a module that wrote SPEAKER_LABEL + its own colon again would be a sixth copy of the label's shape
    readers = sorted(name for name, source in _sources().items() if re.search(r"\bSPEAKER_LABEL\b", source))
    assert readers == ["guard/dialogue.py", "recognizers/lexicon.py"]


def test_every_written_transcript_reader_builds_on_the_one_label():
    assert SPEAKER_TAG in person._TURN_LABEL.pattern
    assert SPEAKER_TAG in base._TURN_OPENING.pattern and SPEAKER_TAG in structured._SPEAKER.pattern
    assert base._ANSWER_NUMBER.pattern.startswith(TURN_START) and cue_reach.WRITTEN_TURN.pattern.startswith(TURN_START)
    assert CUE_GAP.endswith(NEXT_SPEAKER)


# the members of the five copies: a numbered label (person's, dialogue's), a label word's other form (structured's)
@pytest.mark.parametrize("label", ["Клиент:", "Оператор:", "Абонент :", "Заявитель:", "Специалист:", "Оператор 2:",
                                   "Клиент 1 :", "Клиентка:", "Абоненту:", "клиент_id:"])
def test_a_label_of_any_former_copy_opens_a_turn_for_every_reader(label):
    line = f"{label} 0123456789"
    assert re.compile(TURN_START, re.IGNORECASE | re.MULTILINE).match(line)
    assert base._ANSWER_NUMBER.match(line).group(1) == "0123456789"
    assert cue_reach.WRITTEN_TURN.match(line).group(1) == "0123456789"
    assert person._TURN_LABEL.match(line)
    assert structured._line_fields(f"{label} паспорт 4505 678901\nадрес: Тверская 5") == []


@pytest.mark.parametrize("text", ["Оператор 1: Назовите номер договора.\nКлиент 2: 0123456789",
                                  "Оператор: Назовите номер договора.\nКлиентка: 0123456789",
                                  "номер договора? клиент 0123456789",  # contract's: the colon lost (ASR)
                                  "лицевой счёт какой? клиент 1100338471"])  # every cued kind gains it
def test_a_number_answering_its_cue_after_any_label_is_masked_whole(redactor, text):
    value = text.split()[-1]
    assert value in [text[e.start:e.end] for e in redactor.analyze(text)]


def test_a_label_without_its_colon_takes_no_digits_of_the_answer():
    gap = re.compile(NEXT_SPEAKER, re.IGNORECASE)
    assert gap.match("? клиент 01234567").group() == "? клиент"
    assert gap.match("? Клиент 2: 01234567").group() == "? Клиент 2:"


# --- the fillers of speech: normalize.HESITATION -----------------------------------------------------------------

_NORMALIZE_COPY = ["э", "ээ", "э-э", "эм", "мм", "м-м", "а-а", "ну", "так", "вот", "значит", "сейчас", "щас", "секунду",
                   "секундочку", "минуту", "минуточку", "ага", "угу", "да", "это", "короче", "типа", "как бы",
                   "в общем", "слушайте", "смотрите", "посмотрю", "подождите", "погодите", "дальше", "пишите",
                   "записывайте"]
_CUE_REACH_ONLY = ["самое", "так-так", "вот-вот", "диктую", "ладно", "хорошо", "кажется", "по-моему"]
_LOOKING_FOR_IT = ["секунды", "минутку", "найду", "ищу", "смотрю", "гляну", "достану", "там", "тут", "где-то",
                   "у меня", "мой", "моя", "мое", "моё", "его", "её", "ее", "я", "же", "ой", "номер"]


def test_the_filler_list_has_one_home():
    assert not hasattr(normalize, "_HESITATION")
    assert HESITATION in cue_reach.FILLER
    hesitation_literal = re.compile(r"[\"']\(\?:э\+")
    assert [name for name, source in _sources().items() if hesitation_literal.search(source)] == ["guard/normalize.py"]


@pytest.mark.parametrize("word", _NORMALIZE_COPY + _CUE_REACH_ONLY + _LOOKING_FOR_IT)
def test_a_filler_of_either_copy_stands_between_a_cue_and_its_value(word):
    assert re.fullmatch(cue_reach.FILLER, word, re.IGNORECASE)


@pytest.mark.parametrize("word", _NORMALIZE_COPY + _CUE_REACH_ONLY)
def test_a_filler_of_either_copy_is_a_pause_inside_a_dictated_number(word):
    assert read_numbers(f"8 916 {word} 123 45 67").text == "8 916 123 45 67"


@pytest.mark.parametrize("word", ["секунды", "минут", "номер", "там", "ой"])
def test_a_word_that_counts_names_or_corrects_is_no_pause_inside_a_number(word):
    # these stay cue_reach's own: "2 минуты 30", "916 номер 2", "916 ой 915" (a correction, read on its own)
    assert not re.fullmatch(HESITATION, word, re.IGNORECASE)


@pytest.mark.parametrize("filler", ["а", "ну", "э", "вот",  # passport's own four
                                    "ээ", "значит", "короче"])
def test_a_filler_between_a_passports_series_and_number_is_part_of_the_value(redactor, filler):
    assert HESITATION in passport.DECORATED
    text = f"серия 4505 {filler} номер 678901"
    assert [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)] == [("RU_PASSPORT", text[6:])]


def test_a_cued_value_is_reached_past_the_fillers_either_copy_knew(redactor):
    for text in ("снилс слушайте 112-233-445 95", "номер договора по-моему 0123456789",
                 "полис омс ну это самое 1234567890123456"):
        assert text.split()[-1] in "".join(text[e.start:e.end] for e in redactor.analyze(text)), text


# --- a word spelled letter by letter: normalize.spelled_words ------------------------------------------------------

def test_the_card_scrub_reads_spelled_words_with_the_one_definition():
    assert not hasattr(scrub, "_SPELLED")
    assert [name for name, source in _sources().items() if re.search(r"\b_SPELLED\b", source)] == ["guard/normalize.py"]


@pytest.mark.parametrize("written", ["И в а н о в", "И.в.а.н.о.в", "И - в - а - н - о - в", "И в.а-н о в",  # scrub's
                                     "И,\nв, а, н, о, в", "И, В, А, Н, О, В", "И. В. А. Н. О. В."])
def test_a_hidden_surname_spelled_with_any_marks_is_scrubbed(written):
    text, count = CardSecrets.from_values(["Иванов"]).scrub_text(f"звонил {written} вчера")
    assert count >= 1 and "в а н" not in text and "в, а, н" not in text.lower() and "в.а" not in text, text


def test_a_hidden_word_of_one_letter_words_spelled_out_is_scrubbed():
    # "К о с о в а": every letter a Russian one-letter word; the redactor reads no word there, the scrub compares
    assert list(spelled_words("К о с о в а")) == []
    assert CardSecrets.from_values(["Косова"]).scrub_text("звонила К о с о в а") == ("звонила ***", 1)


def test_with_any_marks_every_one_mark_spelling_is_read_too():
    # a mixed run swallows the words around it ("И в а н о в и ..."); the one-mark reading still finds the word
    found = {word for _, _, word in spelled_words("И, в, а, н, о, в и И в.а-н о в", any_marks=True)}
    assert "Иванов" in found


# --- month names: lexicon.MONTH_NAMES ---------------------------------------------------------------------------

def test_a_month_before_a_number_is_read_from_the_lexicons_names_in_both_cases():
    # bare_numbers spelled the nominatives by hand beside the lexicon's genitives; each name now stands once
    for genitive, nominative in lexicon.MONTH_NAMES:
        for name in (genitive, nominative, nominative.capitalize()):
            assert bare_numbers._MONTH_BEFORE.search(f"до {name} "), name
        assert re.findall(rf"(?<![а-я]){nominative}(?![а-я])", bare_numbers._MONTH_BEFORE.pattern) == [nominative]


# --- separators said aloud: lexicon.SAID_SEPARATORS --------------------------------------------------------------

def test_every_reader_of_a_said_separator_reads_the_lexicons_list():
    assert lexicon.SAID_SEPARATOR in contract.ContractNumberRecognizer.CUE_VALUE
    assert lexicon.SAID_SEPARATOR in card_expiry.CardExpiryRecognizer.CUE_VALUE
    assert lexicon.SAID_SEPARATOR in cell_id.CellIdRecognizer.CUE_VALUE
    assert contract._SAID_SEPARATORS == frozenset(lexicon.SAID_SEPARATORS)
    assert address.CONNECTORS == {*lexicon.SAID_SEPARATORS, "буква"}
    spelled_again = re.compile(r"дробь\|")
    assert [name for name, source in _sources().items() if spelled_again.search(source)] == []


@pytest.mark.parametrize("separator", ["дробь", "слеш", "слэш", "тире", "дефис"])  # the union of the four lists
@pytest.mark.parametrize("text, kind", [("номер договора 01 {} 61 {} 00472", "CONTRACT_NUMBER"),
                                        ("срок действия карты 07 {} 26", "CARD_EXPIRY"),
                                        ("БС 7701 {} 12345", "CELL_ID")])
def test_a_number_in_parts_parted_by_any_said_separator_is_one_value(redactor, separator, text, kind):
    text = text.format(separator, separator)
    value = text[text.index(next(word for word in text.split() if word[0].isdigit())):]
    assert (kind, value) in [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)]
