"""Red team bb31 f01-f03: a phone and a passport dictated in Ukrainian number words passed every reader.

«мой номер дев'ять один шість один два три чотири п'ять шість сім» came back whole from `guard redact` (f01), the
checker only warned on it (f02), and the proxy showed a card's hidden contact phone and passport written so in a comment
to an unidentified operator (f03). German number words leaked too, Belarusian ones in part. The one table of number
words (guard/normalize.py `_NUMBER_WORDS`, read by the redactor's spoken numbers, the card-aware scrub and the checker)
now holds the number words of Ukrainian and Belarusian in full (units, teens, tens, hundreds, the thousand; each
apostrophe ' ’ ʼ ` and none), English and German ones, as data (`_OTHER_LANGUAGES`). A word Russian text holds in
another sense once read in Russian letters (Ukrainian «сім» is «сим», the SIM; Belarusian «сем») counts only inside
a run of three number words, a digit group touching it counted (`_in_runs`); «вісім» («висим») is a plain 8 (review
s56-bb31, below). Инструкция запретов п. 2, п. 4, п. 5, п. 9; 152-FZ.
"""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.normalize import normalize, normalize_numbers
from security.conftest import check_line, get
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

# Every digit word the red team counted, and the Belarusian and German ones: a run of four left is a leak.
DIGIT_WORDS = {"нуль", "один", "одна", "два", "дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять",
               "адзін", "дзве", "тры", "чатыры", "пяць", "шэсць", "сем", "восем", "дзевяць",
               "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"}


def _longest_run_of_digit_words(text: str) -> int:
    best = run = 0
    for word in re.findall(r"[\w'’ʼ`]+", text.lower()):
        run = run + 1 if word.replace("’", "'").replace("ʼ", "'").replace("`", "'") in DIGIT_WORDS else 0
        best = max(best, run)
    return best


REDACTED = [
    # the red team's (f01)
    "мой номер дев'ять один шість один два три чотири п'ять шість сім",
    "паспорт чотири п'ять нуль п'ять шість сім вісім дев'ять нуль один",
    "перезвоніть мені на дев'ять один шість, один два три, чотири п'ять, шість сім",
    # my own: other numbers, groups said as numbers, the other apostrophes, Belarusian, German
    "мій номер дев’ятсот шістнадцять сто двадцять три сорок п’ять шістдесят сім",
    "телефон вісім девʼятсот двадцять шість сімсот шістдесят п'ять сорок три двадцять один",
    "номер дружини нуль дев'ять сім сім вісім п'ять два дві чотири один",
    "мой телефон дзевяць адзін шэсць адзін два тры чатыры пяць шэсць сем",
    "тэлефон восем дзевяцьсот шаснаццаць сто дваццаць тры сорак пяць шэсцьдзясят сем",
    "meine Nummer ist neun eins sechs eins zwei drei vier fünf sechs sieben",
    "паспорт сорок п'ять нуль п'ять шістсот сімдесят вісім дев'ятсот один",
]


@pytest.mark.parametrize("text", REDACTED)
def test_a_number_dictated_in_a_neighbours_number_words_is_masked_whole_by_redact(text):
    redacted = Redactor().redact(text).text
    assert _longest_run_of_digit_words(redacted) < 2, redacted
    assert "<" in redacted, redacted


SAID_BY_THE_OPERATOR = [
    # the red team's (f02)
    "ваш номер дев'ять один шість один два три чотири п'ять шість сім",
    "контактний номер дев'ять один шість один два три чотири п'ять шість сім",
    # my own
    "Ваш контактний телефон вісім дев'ятсот шістнадцять сто двадцять три сорок п'ять шістдесят сім",
    "ваш пашпарт чатыры пяць нуль пяць шэсць сем восем дзевяць нуль адзін",
]


@pytest.mark.parametrize("line", SAID_BY_THE_OPERATOR)
def test_items_5_9_an_operator_reading_out_a_number_in_ukrainian_or_belarusian_words_is_blocked(line):
    assert check_line(line).verdict == "block"


CLEAN = [
    "У мене дві сім-карти, одна з них не працює",  # «сім» is the SIM card
    "у мене дві сім карти",
    "У мене три сім-карти і два телефони",
    "ми тут висим вже годину",  # «висим»: Russian «мы висим», not «вісім»
    "Сплатив сімсот п'ятдесят гривень за тариф",  # an amount
    "Gestern habe ich elf Euro bezahlt, null Problem",
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_neighbours_sentence_with_no_personal_number_keeps_its_words(text):
    assert Redactor().analyze(text) == []


def test_a_date_in_ukrainian_words_is_no_personal_number():
    found = {entity.type for entity in Redactor().analyze("Оплата до двадцять п'ятого березня, дві тисячі двадцять шостого")}
    assert not found & {"PHONE_NUMBER", "RU_PASSPORT", "RU_INN", "RU_SNILS", "CREDIT_CARD"}, found


@pytest.mark.parametrize(("said", "digits"), [
    ("дев'ять один шість", "9 1 6"), ("дев’ятсот шістнадцять", "916"), ("девʼятсот", "900"), ("дев`ять", "9"),
    ("девятсот шистнадцять", "916"), ("двісті сорок", "240"), ("тисяча дев'ятсот вісімдесят п'ять", "1985"),
    ("сім вісім дев'ять", "7 8 9"), ("шість, сім, вісім", "6, 7, 8"),
    ("адзінаццаць дванаццаць", "11 12"), ("дзевяцьсот сорак", "940"), ("пяцьдзясят восем", "58"),
    ("zwölf dreißig achtzehn", "12 30 18"), ("fuenf neun", "5 9"),
    ("nine hundred sixteen", "916"),
])
def test_the_one_table_reads_the_neighbours_number_words_as_digits(said, digits):
    assert normalize_numbers(said).text == digits
    assert normalize(said).text == digits


@pytest.mark.parametrize(("text", "read"), [("дві сім-карти", "2 сим-карти"), ("сім карта", "сим карта"),
                                          ("null Problem", "null Problem"), ("an elf", "an elf")])
def test_a_shared_word_beside_one_number_word_or_alone_stays_a_word(text, read):
    assert normalize(text).text == read


# Review s56-bb31 (fail-open): «вісім» in _NEEDS_A_RUN dropped the Ukrainian 8 outside a run of three number words, so
# «916 123 45 вісім два» left the phone's last digits (or the whole phone) shown and the checker warned instead of
# blocking. «вісім», «висим» are a plain 8 again, as on main; Russian «ми висим» reads «ми 8» (precision given back).
@pytest.mark.parametrize(("text", "read"), [("вісім сім", "8 сим"), ("ми висим", "ми 8")])
def test_review_visim_is_a_plain_eight_even_alone(text, read):
    assert normalize(text).text == read


def test_review_number_word_value_of_visim_is_eight():
    from guard.normalize import number_word_value

    assert number_word_value("висим") == 8 and number_word_value("вісім") == 8


def test_review_visim_after_digit_groups_masked():
    out = Redactor().redact("телефон 916 123 45 вісім два").text
    assert "вісім" not in out and "два" not in out, out


@pytest.mark.parametrize("text", ["номер вісім, 916 123 45 67", "номер: вісім. 916 123 45 67"])
def test_review_visim_trunk_prefix_masked(text):
    out = Redactor().redact(text).text
    assert "вісім" not in out, out


@pytest.mark.parametrize("text", ["мій номер 916 123 45 вісім вісім", "мій номер 916 123 вісім вісім 67"])
def test_review_visim_pair_in_a_phone_masks_whole_phone(text):
    out = Redactor().redact(text).text
    assert "916" not in out and "67" not in out and "вісім" not in out, out


def test_review_ukrainian_dictation_last_piece_next_sentence():
    out = Redactor().redact("мій номер дев'ятсот шістнадцять сто двадцять три сорок п'ять. Вісім два.").text
    assert "шістнадцять" not in out and "Вісім" not in out, out


@pytest.mark.parametrize("text", ["тел вісім9161234567", "тел вісім-916-123-45-67", "тел 916-123-45-вісім-два",
                                  "тел 91612345вісім2", "тел 8916123456вісім"])
def test_review_visim_glued_or_hyphenated_to_digits(text):
    out = Redactor().redact(text).text
    assert "вісім" not in out, out


def test_review_subscriber_number_with_visim_blocks_in_guard_check():
    import subprocess
    import sys

    line = json.dumps({"id": "a", "text": "Ваш номер телефона в анкете 916 123 45 вісім два, всё верно?"},
                      ensure_ascii=False)
    out = subprocess.run([sys.executable, "-m", "guard", "check", "-"], input=line, capture_output=True, text=True,
                         timeout=300).stdout
    record = json.loads(out.splitlines()[0])
    assert record["verdict"] == "block", record
    assert any(v["rule"] == "subscriber-number" for v in record["violations"]), record


def test_review_card_aware_scrub_masks_visim_beside_the_number():
    from guard.proxy.scrub import CardSecrets

    scrubbed, _ = CardSecrets.from_values(["+7 916 123-45-88"]).scrub_text("звоните 916 123 45 вісім вісім")
    assert "вісім" not in scrubbed and "916" not in scrubbed, scrubbed


@pytest.mark.parametrize("text", ["мій номер 916 123 45 шість сім", "мій номер 916 123 45, шість сім"])
def test_review_a_digit_group_touching_a_run_counts_in_it(text):
    out = Redactor().redact(text).text
    assert "сім" not in out and "916" not in out, out


# --- f03: the card's hidden values written in Ukrainian words in a comment, through the proxy -----------------------
MSISDN = "79160000031"


def _card(comments: list[str]) -> dict:
    out = card(MSISDN)
    out["owner"]["passport"] = {"series": "4567", "number": "896745", "issued_by": "ОВД Арбат",
                                "issued_at": "2010-01-01"}
    out["contact"] = {"phone": "79164567896", "person": "Мельникова Ольга", "email": None}
    out["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": text} for text in comments]
    return out


ON_THE_CARD = [
    # the red team's
    "Клієнт просив передзвонити на контактний дев'ять один шість чотири п'ять шість сім вісім дев'ять шість",
    "паспорт чотири п'ять шість сім вісім дев'ять шість сім чотири п'ять",
    # my own: the same values grouped, Belarusian, German
    "контактний номер дев'ятсот шістнадцять чотириста п'ятдесят шість сімдесят вісім дев'яносто шість",
    "кантактны нумар дзевяць адзін шэсць чатыры пяць шэсць сем восем дзевяць шэсць",
    "Kontakt: neun eins sechs vier fünf sechs sieben acht neun sechs",
]


def test_items_2_4_the_cards_hidden_phone_and_passport_in_a_neighbours_words_never_reach_an_unidentified_screen(attack):
    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return json.loads(body)

    shown = attack(scenario, crm=crm_with({}, {MSISDN: _card(ON_THE_CARD)}), auth_mode="none")
    for comment in shown.get("comments", []):
        text = str(comment.get("text", ""))
        assert _longest_run_of_digit_words(text) < 2, text


# --- any number said in Ukrainian or Belarusian words is masked whole ------------------------------------------------
_UNITS = {"ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
          "uk": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
          "be": ["нуль", "адзін", "два", "тры", "чатыры", "пяць", "шэсць", "сем", "восем", "дзевяць"]}
_TEENS = {"ru": ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
                 "семнадцать", "восемнадцать", "девятнадцать"],
          "uk": ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять", "шістнадцять",
                 "сімнадцять", "вісімнадцять", "дев'ятнадцять"],
          "be": ["дзесяць", "адзінаццаць", "дванаццаць", "трынаццаць", "чатырнаццаць", "пятнаццаць", "шаснаццаць",
                 "сямнаццаць", "васямнаццаць", "дзевятнаццаць"]}
_TENS = {"ru": ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
                "девяносто"],
         "uk": ["", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят",
                "дев'яносто"],
         "be": ["", "", "дваццаць", "трыццаць", "сорак", "пяцьдзясят", "шэсцьдзясят", "семдзесят", "восемдзесят",
                "дзевяноста"]}
_HUNDREDS = {"ru": ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
                    "девятьсот"],
             "uk": ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот", "дев'ятсот"],
             "be": ["", "сто", "дзвесце", "трыста", "чатырыста", "пяцьсот", "шэсцьсот", "семсот", "восемсот",
                    "дзевяцьсот"]}


def _group_in_words(group: str, language: str) -> list[str]:
    """A digit group as a caller says it: a leading zero digit by digit, else the number (916, 45, 7)."""
    if group.startswith("0") or len(group) == 1:
        return [_UNITS[language][int(digit)] for digit in group]
    value = int(group)
    words = [_HUNDREDS[language][value // 100]] if value >= 100 else []
    rest = value % 100
    if 10 <= rest < 20:
        words.append(_TEENS[language][rest - 10])
    else:
        if rest >= 20:
            words.append(_TENS[language][rest // 10])
        if rest % 10 or not words:
            words.append(_UNITS[language][rest % 10])
    return [word for word in words if word]


def _masked_whole(digits: str, language: str, by_digit: bool, apostrophe: str = "'") -> bool:
    groups = list(digits) if by_digit else [digits[:3], digits[3:6], digits[6:8], digits[8:]]
    said = " ".join(word for group in groups for word in _group_in_words(group, language)).replace("'", apostrophe)
    text = "мій номер " + said
    start = len("мій номер ")
    return any(e.start <= start and e.end >= len(text) for e in Redactor().analyze(text))


@settings(max_examples=30, deadline=None)
@given(rest=st.text(alphabet="0123456789", min_size=9, max_size=9), language=st.sampled_from(["uk", "be"]),
       by_digit=st.booleans(), apostrophe=st.sampled_from(["'", "’", "ʼ"]))
def test_any_phone_said_in_ukrainian_or_belarusian_words_is_masked_whole_as_in_russian(rest, language, by_digit,
                                                                                      apostrophe):
    # the same number in Russian words is the yardstick: the table reads the neighbours' words as Russian ones
    # (a phone said "девятьсот сто десять ноль ноль" is a gap of the phone reader, not of the number words)
    digits = "9" + rest
    assert _masked_whole(digits, language, by_digit, apostrophe) or not _masked_whole(digits, "ru", by_digit)


@pytest.mark.parametrize("language", ["uk", "be"])
@pytest.mark.parametrize("digits", ["9161234567", "9037778899", "9265554433"])
@pytest.mark.parametrize("by_digit", [True, False])
def test_a_phone_said_in_ukrainian_or_belarusian_words_is_masked_whole(digits, language, by_digit):
    assert _masked_whole(digits, language, by_digit)


@pytest.mark.parametrize("text", ["номер сим девятьсот шестьдесят пять двести двадцать девять ноль четыре восемьдесят",
                                  "айсиайди сим восемь девять семь ноль один девять девять восемь пять семь восемь"])
def test_russian_speech_s_sim_before_a_number_stays_the_sim_not_a_seven(text):
    # a Russian run holds no word of Ukrainian only: «сим» there is the SIM (pii_ag39, pii_ai40's ICCID lines)
    assert normalize(text).text.split()[1] == "сим"
    at = text.index("сим") + len("сим ")
    assert all(e.start >= at for e in Redactor().analyze(text)), text
