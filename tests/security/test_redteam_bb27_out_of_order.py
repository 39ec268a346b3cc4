"""Red team bb27 f04 (black box on main's wheel): a phone, a passport's number or a SNILS dictated out of order — its end
first, then its start ("в конце 4567, а начало 916123"), or start, end and the middle last — stayed whole in `guard
redact`, `/v1/redact` and `guard batch`: each piece is shorter than its kind's value, and the pieces stand in another
order than the value's.

guard/normalize.py `in_dictated_order` (the place words: recognizers/lexicon.py `PIECE_PLACES`) adds the reading with
the pieces put in their places, one digit run over the whole stretch: every kind reads it as a number said in order,
and the span masks every piece and the words between. A price or a date beside a place word ("в начале 2020 года",
"первые 100 минут") is no piece: a unit or a year after it, or another word between, ends the chain.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.batch.calls import redact_call

REPRO = [
    "номер в конце сорок пять шестьдесят семь а начало девятьсот шестнадцать сто двадцать три",
    "запишите хвост номера сорок пять шестьдесят семь, а начало номера девятьсот шестнадцать сто двадцать три",
    "мой номер заканчивается на четыре пять шесть семь а начинается с девять один шесть один два три",
    "конец номера 4567, начало 916123",
    "сначала скажу конец: сорок пять шестьдесят семь. теперь начало: девятьсот шестнадцать сто двадцать три",
    "в конце 67 перед ним 45 а в начале 916 123",
    "первые три цифры девятьсот шестнадцать, последние четыре сорок пять шестьдесят семь, средние сто двадцать три",
    "номер начинается на девятьсот шестнадцать а заканчивается на сорок пять шестьдесят семь а в середине сто двадцать "
    "три",
]


@pytest.mark.parametrize("text", REPRO)
def test_a_phone_dictated_out_of_order_is_masked_whole(redactor, text):
    redacted = redactor.redact(text).text
    assert "<PHONE_NUMBER>" in redacted, redacted
    for piece in ("сорок пять", "шестьдесят семь", "девятьсот шестнадцать", "сто двадцать три", "4567", "916", "45",
                  "67", "четыре пять шесть семь"):
        assert piece not in redacted, redacted


def test_a_passports_number_dictated_end_first_is_masked(redactor):
    redacted = redactor.redact("паспорт: номер в конце девятьсот один а в начале шестьсот семьдесят восемь, серия "
                               "сорок пять ноль пять").text
    assert "девятьсот один" not in redacted and "шестьсот семьдесят восемь" not in redacted, redacted


def test_a_snils_dictated_end_first_is_masked(redactor):
    redacted = redactor.redact("снилс в конце девяносто пять а начало сто двенадцать двести тридцать три четыреста "
                               "сорок пять").text
    assert "<RU_SNILS>" in redacted and "девяносто пять" not in redacted and "сто двенадцать" not in redacted, redacted


def test_a_passport_dictated_end_first_in_a_call_export_is_masked(redactor):
    said = [("operator", "продиктуйте номер для связи"), ("client", "девятьсот шестнадцать сто двадцать три сорок "
                                                                    "пять шестьдесят семь"),
            ("operator", "и паспорт пожалуйста"),
            ("client", "серия сорок пять ноль пять а номер в конце девятьсот один а в начале шестьсот семьдесят "
                       "восемь")]
    turns = [{"speaker": who, "start": float(i), "end": i + 0.9, "text": text} for i, (who, text) in enumerate(said)]
    call = {"call_id": "c-1", "operator_id": "op9", "started_at": "2026-11-01T10:00:00", "turns": turns}
    out = [turn["text"] for turn in redact_call(call, redactor).call["turns"]]
    assert "девятьсот один" not in out[3] and "шестьсот семьдесят восемь" not in out[3], out


_PLACES = {"start": ["в начале", "начало", "первые цифры", "начинается на", "начало номера"],
           "middle": ["в середине", "средние", "посередине"],
           "end": ["в конце", "конец", "последние", "заканчивается на", "хвост", "на конце"]}
_JOINS = [" а ", ", а ", ", ", ". теперь ", " а потом "]


def _snils(first9: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(first9))
    check = total % 101 % 100
    return first9 + f"{check:02d}"


_VALUES = {
    "phone": ("телефон", st.text("0123456789", min_size=9, max_size=9).map(lambda rest: "9" + rest)),
    "passport": ("паспорт", st.text("0123456789", min_size=10, max_size=10).filter(lambda d: d[:2] != "00")),
    "snils": ("снилс", st.text("0123456789", min_size=9, max_size=9).filter(lambda d: d > "001001998").map(_snils)),
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_VALUES)), st.data())
def test_a_number_of_each_kind_in_two_or_three_pieces_said_in_any_order_with_place_words_is_masked(redactor, kind, data):
    cue, values = _VALUES[kind]
    digits = data.draw(values)
    count = data.draw(st.integers(2, 3))
    cuts = sorted(data.draw(st.lists(st.integers(2, len(digits) - 2), min_size=count - 1, max_size=count - 1,
                                     unique=True)))
    if any(b - a < 2 for a, b in zip([0, *cuts], [*cuts, len(digits)])):
        return  # a piece of one digit is said with its neighbour
    pieces = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)])]
    places = ["start", "end"] if count == 2 else ["start", "middle", "end"]
    said = data.draw(st.permutations(list(zip(places, pieces))))
    parts = [f"{data.draw(st.sampled_from(_PLACES[place]))} {piece}" for place, piece in said]
    text = cue + " " + parts[0] + "".join(data.draw(st.sampled_from(_JOINS)) + part for part in parts[1:])
    redacted = redactor.redact(text).text
    assert not any(piece in redacted for piece in pieces), (text, redacted)


NOT_PIECES = ["в начале 2020 года цена 150000, в конце 2021 года 180000",
              "в начале 2015 а в конце 2019 переехал",
              "тариф в начале 350 а в конце 450",
              "платёж в начале 1500, в конце 2500 рублей",
              "в начале 10 30 а в конце 18 45"]


@pytest.mark.parametrize("text", NOT_PIECES)
def test_prices_years_and_times_beside_place_words_stay_as_written(redactor, text):
    assert redactor.redact(text).text == text
