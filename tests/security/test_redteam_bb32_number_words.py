"""Red team bb32 f02, f03: a phone or a passport dictated one digit a word in Tatar, Bashkir, Tajik or Azerbaijani
passed `guard redact` with most digits readable (a Tajik passport's «45056789»), and the checker only warned on a
Tajik read-out and allowed a Polish one («записывайте: osiem dziewięć jeden …»).

What holds now: the added reading of other languages' numbers (guard/normalize.py `other_language_numbers`, which was
Kyrgyz, Kazakh and Uzbek only) reads every language of `_DICTATED_LANGUAGES` as data — the Turkic languages of Russia
and its neighbours, Tajik and Persian, Ossetian, Armenian and Georgian (in their scripts, Cyrillic and Latin), Chechen,
Mongolic, Finno-Ugric, Baltic, the Slavic languages beyond the one table (Polish, Czech, Serbian, Bulgarian…) and
Romance — so the redactor masks the value and the checker blocks it (Инструкция запретов п. 2 passport data, п. 9 the
numbers of the detail; 152-FZ). Words these tables share with Russian or English text («он», «сад», «сами», «on»,
«sad») never make a number alone: a run is read when two of its words are no Russian or English word.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.normalize import _DICTATED_LANGUAGES, folded_other_letters, other_language_numbers
from security.conftest import check_line

PHONE, PASSPORT = "89161234567", "4505678901"


def _digit_words(language: str) -> list[str]:
    """A language's words for 0-9, each digit's first spelling."""
    return [spellings.split("/")[0] for spellings in _DICTATED_LANGUAGES[language]["units"].split()]


def _said(language: str, digits: str) -> str:
    words = _digit_words(language)
    return " ".join(words[int(digit)] for digit in digits)


def _readable_digits(language: str, redacted: str) -> int:
    """The longest run of the language's digit words left in the redacted text."""
    words = {folded_other_letters(word) for spellings in _DICTATED_LANGUAGES[language]["units"].split()
             for word in spellings.split("/")}
    best = run = 0
    for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", redacted):
        run = run + 1 if folded_other_letters(word) in words else 0
        best = max(best, run)
    return best


# the red team's four languages, Polish (f03), and the family they belong to (what the red team would try next)
RED_TEAMS = ["Tatar", "Bashkir", "Tajik", "Azerbaijani", "Polish"]
FAMILY = [name for name in _DICTATED_LANGUAGES if name not in RED_TEAMS]


@pytest.mark.parametrize("language", RED_TEAMS + FAMILY)
@pytest.mark.parametrize("prefix, digits, kind", [("паспорт ", PASSPORT, "RU_PASSPORT"),
                                                  ("мой номер ", PHONE, "PHONE_NUMBER")])
def test_152fz_a_passport_or_phone_dictated_a_digit_a_word_in_any_neighbours_language_is_masked(language, prefix,
                                                                                                 digits, kind):
    text = prefix + _said(language, digits)
    result = Redactor().redact(text)
    assert _readable_digits(language, result.text[len(prefix):]) < 2, result.text
    if language in RED_TEAMS:  # typed as the value, not as a name by luck (a few of the family still come out PERSON)
        assert kind in {entity.type for entity in result.entities}, result.text


def test_the_red_teams_lines_are_masked_whole():
    for text in ("паспорт дүрт биш нуль биш алты җиде сигез тугыз нуль бер",
                 "паспорт чор панҷ сифр панҷ шаш ҳафт ҳашт нӯҳ сифр як",
                 "паспорт dörd beş sıfır beş altı yeddi səkkiz doqquz sıfır bir",
                 "мой номер səkkiz doqquz bir altı bir iki üç dörd beş altı yeddi"):
        redacted = Redactor().redact(text).text
        assert redacted.split()[-1].startswith("<") and len(redacted.split()) <= 3, redacted


@pytest.mark.parametrize("text", [
    "хашт нух як шаш як ду се чор панч шаш хафт",  # Tajik as an ASR writes it in Russian letters
    "сигез тугыз бер алты бер ике оч дурт биш алты жиде",  # Tatar likewise
    "докуз сегиз бир алты",  # Turkmen
])
def test_a_language_s_words_in_russian_letters_read_as_its_digits(text):
    assert re.fullmatch(r"[\d ]+", other_language_numbers(text).text)


@pytest.mark.parametrize("line", [
    "он звонил вот на этот номер: ҳашт нӯҳ як шаш як ду се чор панҷ шаш ҳафт",
    "записывайте: ҳашт нӯҳ як шаш як ду се чор панҷ шаш ҳафт",
    "паспорт у владельца чор панҷ сифр панҷ шаш ҳафт ҳашт нӯҳ сифр як",
    "записывайте: osiem dziewięć jeden sześć jeden dwa trzy cztery pięć sześć siedem",
    "он звонил вот на этот номер: osiem dziewięć jeden sześć jeden dwa trzy cztery pięć sześć siedem",
    # the family: Armenian and Georgian transliterated, Chuvash, Yakut
    "записывайте: ут ин мек вец мек ерку ерек чорс хинг вец йот",
    "записывайте: рва цхра эрти эквси эрти ори сами отхи хути эквси швиди",
    "паспорт у владельца тӑваттӑ пиллӗк ноль пиллӗк улттӑ ҫиччӗ саккӑр тӑххӑр ноль пӗр",
])
def test_items_2_9_an_operator_reading_a_number_out_in_another_language_is_blocked(line):
    verdict = check_line(line)
    assert verdict.verdict == "block", verdict


CLEAN = [
    "он сказал торт вкусный",  # Kyrgyz «он» 10, «торт» 4: Russian words
    "детский сад он закрыл сам",  # Tajik «сад» 100
    "мы сами ори не надо",  # Georgian «сами», «ори»
    "I have one bir on the uch",
    "I was so sad to do it on time",  # Latin «sad», «do», «on»
    "ну як же так, ду ю спик инглиш",
    "кум приехал, кок на кухне",  # Mari «кум», «кок»
]


@pytest.mark.parametrize("text", CLEAN)
def test_russian_or_english_words_these_tables_share_make_no_number(text):
    assert other_language_numbers(text).text == text


def test_every_language_of_the_table_has_ten_digit_words_and_at_most_nine_tens_and_teens():
    for name, language in _DICTATED_LANGUAGES.items():
        assert len(language["units"].split()) == 10, name
        assert len(language.get("tens", "").split()) <= 9 and len(language.get("teens", "").split()) <= 9, name


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(RED_TEAMS + FAMILY), st.text("0123456789", min_size=9, max_size=9))
def test_any_mobile_said_a_digit_a_word_in_any_language_is_masked_wherever_the_russian_one_is(language, rest):
    digits = "89" + rest
    russian = "ноль один два три четыре пять шесть семь восемь девять".split()
    redactor = Redactor()
    if "<" not in redactor.redact("мой номер " + " ".join(russian[int(d)] for d in digits)).text:
        return  # not a number Russian words make a phone of either
    redacted = redactor.redact("мой номер " + _said(language, digits)).text
    assert _readable_digits(language, redacted[len("мой номер "):]) < 2, redacted


# --- the red team's "not tried": the same values in a CRM comment through the proxy ------------------------------------
MSISDN = "79161230032"


def _card_with(comments: list[str]) -> dict:
    from security.hostile_crm import card

    out = card(MSISDN)
    out["owner"]["passport"] = {"series": "4505", "number": "678901", "issued_by": "ОВД Арбат", "issued_at": "2010-01-01"}
    out["contact"] = {"phone": "79161234567", "person": "Мельникова Ольга", "email": None}
    out["comments"] = [{"at": "2026-10-30T09:00:00", "author": "op1021", "text": text} for text in comments]
    return out


ON_THE_CARD = {language: f"Клиент просил перезвонить на контактный {_said(language, '89161234567')}, паспорт "
                         f"{_said(language, PASSPORT)}" for language in ("Tatar", "Tajik", "Azerbaijani", "Polish")}


def test_items_2_4_a_cards_phone_and_passport_in_a_neighbours_digit_words_never_reach_an_unidentified_screen(attack):
    import json

    from security.conftest import get
    from security.test_redteam_s19 import crm_with

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return json.loads(body)

    shown = attack(scenario, crm=crm_with({}, {MSISDN: _card_with(list(ON_THE_CARD.values()))}), auth_mode="none")
    texts = [str(comment.get("text", "")) for comment in shown.get("comments", [])]
    assert len(texts) == len(ON_THE_CARD)
    for language, text in zip(ON_THE_CARD, texts):
        assert _readable_digits(language, text) < 2, text
