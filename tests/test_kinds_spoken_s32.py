"""Stop 32 (issue 15): values said aloud in speech-to-text calls — a diarized call's numbered voices ("спикер 1:"),
and a number read in groups masked whole.

The labels have one home (recognizers/lexicon.py: SPEAKER_LABEL, NEUTRAL_LABELS), read by guard/dialogue.py, the
kinds' answer readings (recognizers/cue_reach.py, base.py) and the person kind; a long spoken run is the
PERSONAL_NUMBER kind's (recognizers/long_number.py) whenever no kind reads it whole.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

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


# --- a number read in groups, masked whole ----------------------------------------------------------------------------

def test_a_long_run_a_phone_reads_a_piece_of_is_masked_whole(redactor):
    # a bank account whose first ten digits have a phone's shape: the phone kind read them and left nine in the clear
    value = ("сорок восемь ноль два восемьсот десять девятьсот тридцать восемь ноль ноль ноль сто двенадцать "
             "семьсот сорок пять")
    assert _covered(redactor, f"клиент: расчетный {value} банк центр инвест", value)


def test_phones_said_beside_a_date_stay_apart(redactor):
    text = "клиент: девятого марта девяностого восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
    types = {e.type for e in redactor.analyze(text)}
    assert {"DATE_OF_BIRTH", "PHONE_NUMBER"} <= types


@pytest.mark.parametrize("text, value, kind", [
    # a card read in pairs up to the operator's interruption: a piece of the card
    ("клиент: ип я мирзоян карта вот сорок восемь семнадцать сорок восемьдесят\nоператор: подождите пожалуйста",
     "сорок восемь семнадцать сорок восемьдесят", "CREDIT_CARD"),
    # its rest, said in answer to the operator's refusal naming the card
    ("оператор: подождите пожалуйста номер карты называть не нужно\n"
     "клиент: двадцать девять пятьдесят четыре двадцать шестьдесят пять срок ноль восемь двадцать семь",
     "двадцать девять пятьдесят четыре двадцать шестьдесят пять", "CREDIT_CARD"),
])
def test_a_piece_of_a_value_said_after_its_kinds_cue_is_masked(redactor, text, value, kind):
    assert _covered(redactor, text, value, {kind})


@pytest.mark.parametrize("text", [
    "клиент: договор на сто пятьдесят тысяч",  # a sum after a preposition
    "клиент: договор у меня с две тысячи двадцатого года",  # a year
    "клиент: карта пришла двадцать пятого числа",  # a day
])
def test_a_sum_a_year_or_a_day_after_a_cue_is_no_piece_of_a_value(redactor, text):
    assert not any(e.type in ("CONTRACT_NUMBER", "CREDIT_CARD", "PERSONAL_NUMBER") for e in redactor.analyze(text))


_DIGIT_NAMES = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(digits=st.text(alphabet="0123456789", min_size=6, max_size=12))
def test_any_piece_of_a_card_said_digit_by_digit_after_its_cue_is_masked_whole(redactor, digits):
    value = " ".join(_DIGIT_NAMES[int(d)] for d in digits)
    assert _covered(redactor, f"клиент: карта вот {value}\nоператор: подождите", value)


def test_a_phone_split_across_turns_with_a_colloquial_pause_is_masked(redactor):
    # "ща" is "сейчас" clipped (guard/normalize.py HESITATION): the caller's pause, then the rest after the listener's "да"
    text = ("оператор: подскажите номер телефона\nклиент: восемь девятьсот двадцать восемь ща секунду\n"
            "оператор: да слушаю\nклиент: четыреста сорок один семьдесят три ноль пять\nоператор: спасибо")
    assert _covered(redactor, text, "восемь девятьсот двадцать восемь", {"PHONE_NUMBER"})
    assert _covered(redactor, text, "четыреста сорок один семьдесят три ноль пять", {"PHONE_NUMBER"})


# --- a kind's own spoken reading ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # a pause after "номер" (recognizers/passport.py: before it was read, after it the whole passport was lost)
    ("клиент: паспорт ноль три ноль восемь номер щас триста тридцать одна четыреста семьдесят семь",
     "ноль три ноль восемь номер щас триста тридцать одна четыреста семьдесят семь"),
    ("клиент: серия ноль три ноль восемь номер э триста тридцать одна четыреста семьдесят семь",
     "ноль три ноль восемь номер э триста тридцать одна четыреста семьдесят семь"),
])
def test_a_passport_with_a_pause_after_its_number_word_is_masked_whole(redactor, text, value):
    assert _covered(redactor, text, value, {"RU_PASSPORT"})


def test_a_passport_number_dictated_in_two_turns_after_the_prompt_is_masked(redactor):
    text = ("оператор: паспорт серия\nклиент: ноль три ноль восемь\nоператор: номер\nклиент: щас триста тридцать одна\n"
            "клиент: четыреста семьдесят семь код двести тридцать ноль ноль три\nоператор: записала")
    assert _covered(redactor, text, "триста тридцать одна", {"RU_PASSPORT"})
    assert _covered(redactor, text, "четыреста семьдесят семь", {"RU_PASSPORT"})


@pytest.mark.parametrize("text, value", [
    # "0011-В/2021" dictated: a letter's name between digit groups (lexicon.LETTERED_NUMBER)
    ("оператор: назовите номер договора\nклиент: ноль ноль одиннадцать вэ две тысячи двадцать один\nоператор: и номер",
     "ноль ноль одиннадцать вэ две тысячи двадцать один"),
    ("клиент: договор двенадцать тридцать четыре эм тэ пятьдесят шесть семьдесят восемь",
     "двенадцать тридцать четыре эм тэ пятьдесят шесть семьдесят восемь"),
])
def test_a_contract_with_letters_said_between_its_digits_is_masked_whole(redactor, text, value):
    assert _covered(redactor, text, value, {"CONTRACT_NUMBER"})


def test_a_mailbox_dictated_across_turns_up_to_its_at_sign_is_masked_in_each(redactor):
    # the first turn ends with "собака", the domain follows after the listener's "так дальше" (guard/dialogue.py)
    text = ("оператор: записываю\nклиент: бэ у ха нижнее подчёркивание эс эм юг потом два ноль два три собака\n"
            "оператор: так дальше\nклиент: эс эм дефис юг точка ру\nоператор: спасибо")
    assert _covered(redactor, text, "бэ у ха нижнее подчёркивание эс эм юг потом два ноль два три собака",
                    {"EMAIL_ADDRESS"})
    assert _covered(redactor, text, "эс эм дефис юг точка ру", {"EMAIL_ADDRESS"})
