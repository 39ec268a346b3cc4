"""Red team bb26 f04 (black box on the 468e5fb4 wheel): in a call export, a number the caller dictates after a stall
passed `guard batch` — the passport's number after "а номер я вам позже скажу …" or "номер сейчас найду где же он вот
…", a phone's last digits after "а дальше я не помню ой вспомнила …" — and so did the contact phone asked as "ваш
контактный номер" and dictated over the next turns.

- A caller putting a value off (recognizers/lexicon.py: `PUT_OFF_VERBS`, `PUT_OFF_WORDS`: saying later, not
  remembering, remembering, finding, and the pronouns and particles of such a clause) is a pause: between a number's
  pieces (guard/normalize.py `_pause_pattern`: a longer run of pause words when one is such a verb), between a cue and
  its value (recognizers/cue_reach.py FILLER, which the passport's "серия … номер …" reads too) and as a stall turn
  (lexicon.STALL_WORDS, guard/dialogue.py `waits`).
- "контактный номер", "номер для связи", "куда вам перезвонить" ask for a phone (recognizers/phone.py, the kind's
  words of asking): its answer over the next turns is masked in each.
"""
from __future__ import annotations

import pytest

from guard.batch.calls import redact_call


def _export(redactor, *turns: tuple[str, str]) -> list[str]:
    said = [{"speaker": who, "start": float(i), "end": i + 0.9, "text": text} for i, (who, text) in enumerate(turns)]
    call = {"call_id": "c-1", "operator_id": "op9", "started_at": "2026-11-01T10:00:00", "turns": said}
    return [turn["text"] for turn in redact_call(call, redactor).call["turns"]]


STALLS = ["а номер я вам позже скажу", "номер сейчас найду где же он вот", "а номер ой я не помню сейчас вспомню",
          "номер щас я вам продиктую", "а номер где же он я найду сейчас"]


@pytest.mark.parametrize("stall", STALLS)
def test_the_passports_number_after_the_caller_puts_it_off_is_masked(redactor, stall):
    turns = _export(redactor, ("operator", "назовите серию и номер паспорта"),
                    ("client", f"серия сорок пять ноль восемь {stall} пятьсот восемьдесят три девятьсот двадцать"))
    assert "девятьсот двадцать" not in turns[1] and "пятьсот восемьдесят" not in turns[1], turns


@pytest.mark.parametrize("stall", ["а дальше я не помню ой вспомнила", "я вам сейчас скажу вот", "где же он а вот"])
def test_a_phones_last_digits_after_a_stall_inside_the_number_are_masked(redactor, stall):
    turns = _export(redactor, ("client", f"телефон восемь девятьсот три семьсот шестьдесят пять {stall} сорок три "
                                         "двадцать один"))
    assert "сорок три" not in turns[0] and "двадцать один" not in turns[0], turns


@pytest.mark.parametrize("question", ["ваш контактный номер", "назовите номер для связи", "куда вам перезвонить?"])
@pytest.mark.parametrize("answer", [[("client", "записывайте"), ("client", "семьсот шестьдесят пять"),
                                     ("client", "сорок три двадцать один")],
                                    [("client", "записывайте семьсот шестьдесят пять"),
                                     ("client", "сорок три двадцать один")],
                                    [("client", "семьсот шестьдесят пять"), ("operator", "угу"),
                                     ("client", "сорок три двадцать один")]])
def test_the_contact_phone_dictated_over_turns_after_its_question_is_masked_in_each(redactor, question, answer):
    turns = _export(redactor, ("operator", question), *answer)
    said = " / ".join(turns)
    assert "семьсот шестьдесят пять" not in said and "сорок три двадцать один" not in said, turns


def test_the_digits_of_a_phone_said_in_pieces_with_their_labels_are_masked_whole(redactor):
    redacted = redactor.redact("первые цифры девятьсот три, потом семьсот шестьдесят пять, потом сорок три и "
                               "двадцать один").text
    assert "двадцать один" not in redacted and "21" not in redacted, redacted


@pytest.mark.parametrize("text", ["серия 4508 номер я не помню дом 12 кв 34",
                                  "в 5 я вам позже скажу сколько будет 10",
                                  "заявка 12345 я вам потом скажу номер 678"])
def test_a_stall_with_a_word_naming_something_between_two_numbers_joins_nothing(text):
    from guard.normalize import normalize

    assert normalize(text).text == text


# Review stop 51, F3: the words of putting off joined an age and the year said after it ("мне 45 я не помню 1979
# года") into one number, and the date of birth main masked was read no more. A year (four digits or two, followed
# by a word of the year, or after a word of birth) is never joined to what came before by a pause.
@pytest.mark.parametrize("text", [
    "клиент: мне 45 я не помню 1979 года",
    "клиент: мне сорок пять я не помню тысяча девятьсот семьдесят девятого года",
])
def test_year_of_birth_after_age_and_put_off_masked(redactor, text):
    out = redactor.redact(text).text
    assert "1979" not in out and "девятого" not in out, out


@pytest.mark.parametrize("text", ["мне 45 я не помню 1979 года", "мне 45 я не помню 1979 г.р.",
                                  "мне 45 э 1979-го года", "ему 19 я не помню 06 году"])
def test_a_year_after_a_pause_is_never_joined_to_the_number_before_it(text):
    from guard.normalize import normalize

    assert normalize(text).text == text
