"""Stop 32 (issue 15): values said aloud in speech-to-text calls — a diarized call's numbered voices ("спикер 1:"),
and a number read in groups masked whole.

The labels have one home (recognizers/lexicon.py: SPEAKER_LABEL, NEUTRAL_LABELS), read by guard/dialogue.py, the
kinds' answer readings (recognizers/cue_reach.py, base.py) and the person kind; a long spoken run is the
PERSONAL_NUMBER kind's (recognizers/long_number.py) whenever no kind reads it whole.
"""
from __future__ import annotations

import pytest

from guard.dialogue import is_contact_center, labelled_turns


def _covered(redactor, text: str, value: str, kinds: set[str] | None = None, after: str = "") -> bool:
    start = text.index(value, text.index(after) + len(after))
    spans = [(e.start, e.end) for e in redactor.analyze(text) if kinds is None or e.type in kinds]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


def _touched(redactor, text: str, value: str) -> bool:
    """Does any span reach into any occurrence of `value`?"""
    starts = [i for i in range(len(text)) if text.startswith(value, i)]
    return any(e.start < start + len(value) and start < e.end for e in redactor.analyze(text) for start in starts)


# --- a diarized call: "спикер 1:", "спикер 2:" ------------------------------------------------------------------------

def test_numbered_voices_are_two_speakers_neither_the_contact_centers():
    text = "спикер 1: назовите номер\nспикер 2: девять один шесть\nспикер 1: спасибо"
    turns = labelled_turns(text)
    assert [who for who, _, _ in turns] == ["спикер 1", "спикер 2", "спикер 1"]
    assert not any(is_contact_center(who) for who, _, _ in turns)  # unknown side: read the caller's way


def test_a_bare_speaker_word_in_talk_is_no_label():
    text = "клиент говорит спикер думы сказал оператор да"
    assert [(who, text[start:end].strip()) for who, start, end in labelled_turns(text)] == [
        ("caller", "говорит спикер думы сказал"), ("contact center", "да")]


@pytest.mark.parametrize("text", [
    "спикер 1: здравствуйте меня зовут екатерина слушаю вас\nспикер 2: здрасьте мне надо распечатку звонков",
    "спикер 1: назовите текущее кодовое слово\nспикер 2: черёмушки\nспикер 1: верно",
    "спикер 1: назовите номер\nспикер 2: да\nспикер 1: спасибо",
])
def test_a_numbered_voices_label_is_no_value(redactor, text):
    assert not _touched(redactor, text, "спикер")


def test_the_answer_to_a_numbered_voices_question_is_read(redactor):
    text = ("спикер 1: назовите номер лицевого счета\n"
            "спикер 2: триста восемь пятьсот девяносто один двести двадцать четыре\nспикер 1: и адрес подключения")
    assert _covered(redactor, text, "триста восемь пятьсот девяносто один двести двадцать четыре", {"ACCOUNT_NUMBER"})


def test_a_secret_answered_to_a_numbered_voice_is_the_answer_alone(redactor):
    text = "спикер 1: назовите текущее кодовое слово\nспикер 2: черёмушки\nспикер 1: верно и дату рождения"
    assert _covered(redactor, text, "черёмушки", {"SECRET"})
    assert not _touched(redactor, text, "спикер 2")

