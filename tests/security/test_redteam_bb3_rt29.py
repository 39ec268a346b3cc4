"""Round bb3's findings left open at stop 28 and mended at stop 29 (docs/redteam-open.md), each replayed as a real
request against the real proxy, with a CRM on loopback serving the planted card (the hostile CRM's sample owner
Иванов Пётр Сергеевич, passport 4505 678901, contact phone 79031234567).

- 05 (rest): the owner's surname with two marks in a row for a letter (`Ива**ов`) or a mark for its end (`Ивано*`);
- 03: the surname in Latin letters with one Cyrillic look-alike (`Ivаnov`) in a card with many comments;
- 02: 4-5 digit pieces of a hidden number with no cue (card-blind: guard/proxy/bare_numbers.py; the xfail's replay is in
  test_redteam_bb3.py);
- 04: the passport read down a column of one-digit comments (mask_digit_columns; s27's strict xfail removed);
- 09: a third person's passport as 10 digits with no cue (a bare number, masked by the same rule as 02).
07 (a street told in /v1/check) is in test_redteam_bb3_street.py.
"""
from __future__ import annotations

import json

import pytest

from guard.proxy.scrub import CardSecrets
from security.hostile_crm import PLAIN, card
from security.test_redteam_s23 import _fetch_card


def _secrets() -> CardSecrets:
    return CardSecrets.from_values(["Иванов", "Пётр", "Сергеевич", "4505 678901", "79031234567"])


def _comments(*texts: str) -> list[dict[str, str]]:
    return [{"at": f"2026-10-{1 + i % 28:02d}T09:00:00", "author": f"op{1000 + i}", "text": text}
            for i, text in enumerate(texts)]


def _shown_comments(attack, texts: list[str]) -> list[str]:
    status, _, body = _fetch_card(attack, card(PLAIN["msisdn"], comments=_comments(*texts)))
    assert status == 200, body
    return [comment["text"] for comment in json.loads(body)["comments"]]


# --- 05: marks for letters, two in a row or at the end ---------------------------------------------------------------

_MARKED = ["Кл. Ива**ов", "Ивано* звонил", "со слов Ива**овой", "Иван** просил", "И**анов", "Ив--нов", "Ивано…"]


@pytest.mark.parametrize("text", _MARKED)
def test_the_surname_with_a_run_of_marks_for_its_letters_or_its_end_is_masked(text):
    scrubbed, count = _secrets().scrub_text(text)
    assert count and "Ив" not in scrubbed, scrubbed


@pytest.mark.parametrize("text", ["Сидоро*", "Ив*", "тариф*", "кто--то", "Смир**ов", "Кузн*цов"])
def test_a_word_with_marks_that_reads_as_no_hidden_word_is_left(text):
    assert _secrets().scrub_text(text) == (text, 0)


def test_the_surname_with_marks_in_a_comment_is_not_shown_through_the_proxy(attack):
    shown = _shown_comments(attack, ["Кл. Ива**ов просил перезвонить", "звонил Ивано*"])
    assert all("Ива" not in text for text in shown), shown


# --- 03: a long card ------------------------------------------------------------------------------------------------

_EVERYDAY = ["Клиент просил перезвонить позже", "Уточнил тариф, всё устраивает", "Жалоба на скорость интернета",
             "Подключена услуга «Антиопределитель»", "Перезвонить в понедельник после 14:00"]


@pytest.mark.parametrize("size", [1, 10, 30, 60])
def test_the_surname_in_latin_with_a_cyrillic_letter_is_masked_however_many_comments_the_card_has(attack, size):
    texts = [_EVERYDAY[i % len(_EVERYDAY)] + f" ({i})" for i in range(size - 1)] + ["Звонил Ivаnov, просил счёт"]
    shown = _shown_comments(attack, texts)
    assert "Iv" not in shown[-1] and "nov" not in shown[-1], shown[-1]


# --- 02: bare 4+ digit numbers in free text, card-blind ---------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from guard.proxy.bare_numbers import mask_bare_numbers  # noqa: E402

_KEPT = ["оплатил 1500 руб 30.10.2026 в 14:00", "в 2025 году подключил", "с марта 2025 на тарифе", "заявка № 123456",
         "по обращению 7788990 перезвонить", "пакет 10 Гб и 1200 минут", "долг 1500,50 ₽", "₽ 2500 списано",
         "кв 45 дом 12", "визит 2026-10-30T09:00:00", "скорость 100 Мбит, 3 раза", "2024 г. переоформлен"]


@pytest.mark.parametrize("text", _KEPT)
def test_a_date_time_year_amount_or_request_number_in_free_text_is_kept(text):
    assert mask_bare_numbers(text) == text


@pytest.mark.parametrize("text", ["код 6789", "сверка 67890", "часть 8901", "оканчивается на 3311",
                                  "Сидоренко 2404556271", "тариф 2024", "сверено: 6789-01", "номер 1234"])
def test_a_bare_number_of_four_digits_or_more_in_free_text_is_masked_whole(text):
    masked = mask_bare_numbers(text)
    assert "***" in masked and not any(run in masked for run in ("6789", "67890", "8901", "3311", "2404", "2024", "1234"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=4, max_size=12),
       st.sampled_from(["код {}", "клиент назвал {}", "сверка {}, не совпало", "оканчивается на {}."]))
def test_a_bare_guess_reads_the_same_whatever_its_digits(digits, template):
    """Card-blind: the answer depends on the shape of a number, never on its value — no oracle on a hidden one."""
    assert mask_bare_numbers(template.format(digits)) == template.format("***")


@pytest.mark.parametrize("right, wrong", [("6789", "6798"), ("3311", "3312"), ("67890", "67809")])
def test_a_right_and_a_wrong_4_digit_guess_in_a_comment_are_shown_alike(attack, right, wrong):
    shown = _shown_comments(attack, [f"код {right}", f"код {wrong}"])
    assert shown[0] == shown[1], shown


# --- 04: a number read down a column of short digit texts; 09: a third person's passport without its cue -----------

from guard.proxy.bare_numbers import mask_digit_columns  # noqa: E402


def test_the_passport_read_down_a_column_of_one_digit_comments_is_masked(attack):
    shown = _shown_comments(attack, list("4505678901"))
    assert "678901" not in "".join(shown) and "4505" not in "".join(shown), shown


@pytest.mark.parametrize("column", [["890", "312", "345", "67"], ["4", "5", "0", "5"], ["45", "05"], ["4.", "5 ", "-0", "5"]])
def test_a_column_of_short_digit_texts_holding_4_digits_or_more_is_masked_whole(column):
    comments = [{"text": "Клиент просил перезвонить"}] + [{"text": cell} for cell in column] + [{"text": "ок"}]
    masked = mask_digit_columns({"comments": comments})["comments"]
    assert [c["text"] for c in masked] == ["Клиент просил перезвонить"] + ["***"] * len(column) + ["ок"]


@pytest.mark.parametrize("payload", [{"comments": [{"text": "12"}, {"text": "ок"}, {"text": "45"}]},
                                     {"comments": [{"text": "5"}]}, ["1", "2", "3"], {"flat": "12", "house": "45"}])
def test_short_digit_texts_that_make_no_number_of_4_digits_in_a_column_are_left(payload):
    assert mask_digit_columns(payload) is payload


def test_a_third_persons_passport_as_ten_digits_without_a_cue_is_masked_in_a_comment(attack):
    shown = _shown_comments(attack, ["Сидоренко 2404556271 приходил в салон"])
    assert "2404556271" not in shown[0] and "556271" not in shown[0], shown

