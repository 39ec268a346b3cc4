"""A diarizing speech-to-text tool's voice labels ("SPEAKER_00:", "Speaker 2:", "Спикер 1:" — whisperX, pyannote) are
speaker labels like "Клиент:": one shape in the lexicon (`lexicon.SPEAKER`, `LINE_SPEAKER`), read by the secret's
answer reading and the dialogue's turns, so the answer after the label is masked, not the label (red team bb9 27)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from guard.dialogue import labelled_turns
from guard.engine import Redactor
from guard.recognizers.lexicon import LINE_SPEAKER, SPEAKER_TAG


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


_LABELS = st.sampled_from(["SPEAKER_{:02d}", "speaker_{:02d}", "Speaker {}", "SPEAKER {}", "Спикер {}"])


@pytest.mark.parametrize("label", ["SPEAKER_00", "SPEAKER_17", "Speaker 3", "speaker_1", "Спикер 2"])
def test_a_diarization_label_is_a_speaker_tag(label):
    assert re.fullmatch(SPEAKER_TAG, label + ":", re.IGNORECASE)
    assert re.fullmatch(LINE_SPEAKER, "[00:12] " + label + ":", re.IGNORECASE)


def test_the_turns_of_a_diarized_transcript_are_its_voices():
    text = "SPEAKER_00: добрый день\nSPEAKER_01: здравствуйте"
    assert [speaker for speaker, _, _ in labelled_turns(text)] == ["speaker 00", "speaker 01"]


@pytest.mark.parametrize("question, answer", [
    ("назовите кодовое слово", "черёмуха"),
    ("продиктуйте пароль", "эф эс ка четыре ноль один семь"),
])
def test_the_answer_after_a_diarization_label_is_masked_not_the_label(redactor, question, answer):
    text = f"SPEAKER_00: {question}\nSPEAKER_01: {answer}"
    redacted = redactor.redact(text).text
    assert "SPEAKER_01:" in redacted
    assert answer not in redacted and answer.split()[-1] not in redacted.split("\n")[1]


@settings(max_examples=15, deadline=None)
@given(first=_LABELS, second=_LABELS, asker=st.integers(0, 9), word=st.sampled_from(["незабудка", "байкал", "ласточка"]))
def test_any_voice_label_answering_a_code_word_question_keeps_the_label_and_hides_the_word(
        redactor, first, second, asker, word):
    ask, answer = first.format(asker), second.format(asker + 1)
    text = f"{ask}: назовите кодовое слово\n{answer}: {word}"
    redacted = redactor.redact(text).text
    assert word not in redacted
    assert redacted.split("\n")[1].startswith(answer + ":")
