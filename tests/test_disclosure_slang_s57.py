"""Stop 57 (issue 12, s57-slang): clean lines of disc_ay57 (bloggers', streamers' and marketplace sellers' line, Kazan:
young operators, slang, English words) read where their decisions live, and its missed п. 12 opinion. Phrasings are my
own (none copied from the set). The clearing readings of "площадка", the name after the own number, the surname withheld
beside the number and a time's zero minutes were taken out in the fix round (review of s57-slang, F1-F5; the review's
cases are in test_disclosure_slang_s57_review.py); their attacks stay here: what the rules caught before is still caught."""
from __future__ import annotations

import pytest

from checker_lines import rules_of


# --- пп. 3, 4: a square and a numbered address stay an address --------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Счета доставляются вам на Театральную площадь.",  # a square: the stem "площад" still reads it
    "вы живёте на соборной площади",
    "доставка на площадь Ленина",
    "Адрес доставки: г. Казань, площадка 3, дом 5.",  # with a house number the address kind reads it whole
])
def test_a_square_or_a_numbered_address_stays_an_address(line):
    assert "address" in rules_of(line)


# --- п. 18: someone else's number and name, the operator's number refused ---------------------------------------------

@pytest.mark.parametrize("line", [
    "Мой номер 5127, имя владельца — Алина.",  # the genitive says whose name
    "Ваш номер 5127, имя — Регина.",  # the caller's number: the name is the caller's data
    "Назовите свой номер: 5127, имя — Регина.",  # "свой" under the caller's verb
    "мой номер пять один два семь имя алина фамилия петрова",  # a surname is never the introduction's
    "мой номер 89161234567 имя регина",  # a phone number is no operator's number
    "Ваша мама звонила, сказала: мой номер 3841, имя — Регина.",  # someone else's words reported
    "Она сказала: скажу свой номер 3841, имя — Регина.",
])
def test_a_name_after_someone_elses_number_or_with_a_surname_stays_the_owners(line):
    assert "owner-name" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Мой номер, имя и фамилию не скажу.",  # nothing given
    "Мой номер 4410 — шучу, номер не скажу.",  # the number refused after all
    "Мой номер вам не скажу, фамилию тоже.",
    "мой номер сорок четыре десять фамилию и номер не называем",  # the number noun refused again
    "Свой номер не назову, фамилию тоже.",
    "Мой номер 4410, а фамилию и табельный не назову.",  # the tab number refused with the surname
    "Мой номер 4410, идентификатор не скажу.",
    "Мой номер 4410, фамилию и имя не скажу.",  # the name is no item 004 keeps out
    "Без комментариев, скажу только имя, номер не нужен.",  # "без" still read as before
])
def test_the_operators_number_refused_stays_a_refusal(line):
    assert "operator-number-refusal" in rules_of(line)


# --- an SMS code after its cue stays a code (recognizers/secret.py) ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "смс с кодом один четыре ноль пять",  # digit by digit: a code
    "код из смс четырнадцать ноль пять",  # no time's preposition
    "смс с кодом доставлено в 14:05, код 1405",
])
def test_a_code_said_after_its_cue_stays_a_code(line):
    assert "other-personal-data" in rules_of(line)


# --- п. 12: "так себе" (so-so) said of the company's side -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ну вы же понимаете, покрытие у нас в Казани так себе, для эфиров берите проводной.",
    "Приложение у нас, если честно, так себе.",
    "приложение у нас так себе лучше через сайт",
])
def test_so_so_said_of_the_companys_side_discredits_it(line):
    # Инструкция запретов, п. 12: «высказывать свою личную точку зрения, противоречащую политике Компании»
    from guard.disclosure.evaluation import judges_the_company
    from guard.disclosure.text import Utterance

    assert judges_the_company(Utterance(line)) is not None
    assert "discrediting-company" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Я так себе это и представляла: приложение у нас обновится.",  # the reflexive dative of a verb
    "Связь у нас не так себе, а отличная.",  # negated
    "У МТС приложение так себе, у нас удобнее.",  # a rival's
    "Самочувствие так себе, но связь у нас отличная.",  # the speaker's health
    "Ваш роутер так себе, а сеть у нас в порядке.",  # the caller's own device
    "Если приложение у нас так себе, напишите отзыв.",  # supposed
    "Наш сайт так себе?",  # asked
])
def test_so_so_not_said_of_the_companys_side_by_the_operator_is_no_judgement_read(line):
    from guard.disclosure.evaluation import judges_the_company
    from guard.disclosure.text import Utterance

    assert judges_the_company(Utterance(line)) is None
