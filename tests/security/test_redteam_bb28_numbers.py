"""Red team bb28 (black box on main's wheel), the redactor's and the checker's findings about numbers:

- f02: a value with an aside inside it ("паспорт 4505 а номер я напишу в чат 678901", "а остальное напишу", "а номер
  потом скажу") passed whole or in part. guard/normalize.py `across_asides`: after a word naming a kind whose values
  have a known number of digits (`Kind.digits`), digit runs with words between them that add up to such a value are
  read as one value, the aside masked with it.
- f03: digit groups joined by "+" ("8+916+123+45+67", "снилс 123+456+789+00") or a passport written with "." or "'" as a
  thousands mark ("паспорт 45.05 678.901", "4505 678'901", "4.5.0.5 6.7.8.9.0.1"). guard/normalize.py `_READ_PAST`
  (one list of the marks joining groups, for every kind) holds "+"; after a kind's cue a number's groups are read past
  an amount's, a decimal's or an address's shape (`_NUMBER_SHAPES`, `_cue_before`, `_whole_after_its_cue`).
- f04: the checker allowed the same "+"-joined numbers in a call over HTTP: it reads numbers through the same
  readings (guard/normalize.py `readings`), so the one separator reading blocks them alone, with a card and in a call.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from conftest import call_context, make_card
from guard.disclosure.checker import default_checker
from guard.normalize import across_asides, normalize, read_separators

ASIDES = ["а номер я напишу в чат", "а номер я вам напишу в чат,", "а остальное я вам напишу", "а номер потом скажу",
          "а дальше напишу", "а остальное потом"]


def _leaks(redacted: str, digits: str) -> bool:
    """Do three of the value's digits in a row survive (separators ignored)?"""
    plain = re.sub(r"\D", "", redacted)
    if len(plain) < 3:
        return False
    return any(digits[i:i + 3] in plain for i in range(len(digits) - 2))


# --- f02: an aside inside a number ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, digits", [
    ("паспорт 4505 а номер я напишу в чат 678901", "4505678901"),
    ("паспорт четыре пять ноль пять а номер я вам напишу в чат шестьсот семьдесят восемь девятьсот один",
     "4505678901"),
    ("паспорт серия четыре пять ноль пять а номер потом скажу шестьсот семьдесят восемь девятьсот один", "4505678901"),
    ("мой телефон восемь девятьсот шестнадцать а остальное я вам напишу в чат сто двадцать три сорок пять "
     "шестьдесят семь", "89161234567"),
    ("снилс сто двадцать три четыреста пятьдесят шесть а дальше напишу семьсот восемьдесят девять ноль ноль",
     "12345678900"),
    ("номер карты четыре два семь шесть а остальное я вам напишу три восемь ноль ноль один два три четыре пять шесть "
     "семь восемь", "4276380012345678"),
])
def test_a_number_with_an_aside_inside_it_is_masked_whole(redactor, text, digits):
    redacted = redactor.redact(text).text
    assert not _leaks(normalize(redacted).text, digits), redacted  # no three of its digits, said or written


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([("паспорт", (4, 6)), ("снилс", (6, 5)), ("телефон", (4, 7)), ("инн", (4, 8)),
                        ("карта", (4, 12))]),
       st.sampled_from(ASIDES), st.lists(st.integers(0, 9), min_size=16, max_size=16))
def test_digit_runs_around_an_aside_that_add_up_to_a_kinds_length_read_as_one_value(kind, aside, digits):
    cue, (first, rest) = kind
    value = "".join(map(str, digits))[:first + rest]
    text = f"{cue} {value[:first]} {aside} {value[first:]}"
    reading = across_asides(text)
    assert value in reading.text, reading.text
    start = reading.text.index(value)
    assert reading.to_original(start, start + len(value)) == (len(cue) + 1, len(text))  # the aside is covered


@pytest.mark.parametrize("text", [
    "паспорт 4505 678901, выдан в 2005 году",           # the value is whole before the words
    "паспорт 4505 выдан в 2005 году",                   # 4 + 4 digits: no passport's length
    "телефон купил за 1500 рублей в 2020 году",         # amounts and years: 4 + 4
])
def test_digit_runs_that_make_no_kinds_length_are_not_joined_across_words(text):
    assert not across_asides(text).changed


# --- f03: "+" between groups, a thousands mark in a passport ------------------------------------------------------

@pytest.mark.parametrize("text, digits", [
    ("мой номер 8+916+123+45+67", "89161234567"),
    ("мой номер +7+916+1234567", "79161234567"),
    ("мой номер 8 + 916 + 123 45 67", "89161234567"),
    ("снилс 123+456+789+00", "12345678900"),
    ("инн 7701+2345+6789", "770123456789"),
    ("карта 4276+3800+1234+5678", "4276380012345678"),
    ("паспорт серия 45.05 номер 678.901", "4505678901"),
    ("паспорт 45.05 678.901", "4505678901"),
    ("паспорт 4.5.0.5 6.7.8.9.0.1", "4505678901"),
    ("паспорт 4505 678.901", "4505678901"),
    ("паспорт 4505 678'901", "4505678901"),
])
def test_digit_groups_joined_by_a_plus_or_a_thousands_mark_are_masked_whole(redactor, text, digits):
    redacted = redactor.redact(text).text
    assert not _leaks(redacted, digits), redacted


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["+", " + ", ".", "·", "/", "|", "_", "'"]),
       st.lists(st.integers(0, 9), min_size=11, max_size=11))
def test_a_phones_groups_joined_by_any_mark_a_reader_reads_past_read_as_one_number(mark, digits):
    value = "8" + "".join(map(str, digits))[1:]
    groups = [value[:1], value[1:4], value[4:7], value[7:9], value[9:]]
    reading = read_separators("мой номер " + mark.join(groups))
    assert value in reading.text.replace(" ", ""), reading.text


@pytest.mark.parametrize("text", ["сумма 1.500 руб", "выдан 12.03.2005", "в 10:30", "2+2 это 4"])
def test_an_amount_a_date_or_a_time_without_a_kinds_cue_keeps_its_shape(text):
    assert read_separators(text).text in (text, text.replace("+", " "))
    if "+" not in text:
        assert not read_separators(text).changed


def test_a_passports_date_of_issue_after_its_cue_stays_a_date():
    assert "12.03.2005" in read_separators("паспорт 4505 678901 выдан 12.03.2005").text


# --- f04: the checker reads the same numbers alone, with a card and in a call -------------------------------------

PLUS_LINES = ["запишите: 8+903+123+45+67", "ваш номер 916+123+45+67", "ваш инн 7701+2345+6789",
              "номер владельца 8+916+123+45+67", "вы звонили на 8+903+555+66+77", "на договоре номер 8+916+111+00+02"]


@pytest.mark.parametrize("line", PLUS_LINES)
def test_a_number_joined_by_plus_signs_told_to_a_caller_is_blocked_alone_and_in_a_call(line):
    checker = default_checker()
    assert checker.check(line, "operator").verdict == "block"
    context = call_context(make_card(contact__phone="79031234567"))
    assert checker.check(line, "operator", context).verdict == "block"


# --- review 53 F3 (s53-merge): a cue with a Unicode case variant ("ᲂ" U+1C82, "ᲃ" U+1C83) crashed `guard check` --------

def _check(text):
    import json
    import subprocess
    import sys
    line = json.dumps({"id": "1", "text": text, "speaker": "operator"}, ensure_ascii=False)
    return subprocess.run([sys.executable, "-m", "guard.cli", "check", "-"], input=line + "\n", capture_output=True,
                          text=True, cwd="/tmp")


@pytest.mark.parametrize("text", ["паспᲂрт 45.05 678.901, верно?", "снилᲃ 123+456+789+00"])
def test_checker_survives_case_variant_cue(text):
    proc = _check(text)
    assert proc.returncode == 0 and proc.stdout.strip(), proc.stderr[-300:]


@pytest.mark.parametrize("text, digits", [("паспᲂрт 45.05 678.901", "678901"), ("снилᲃ 123+456+789+00", "12345678900")])
def test_a_case_variant_cue_still_masks_its_value(redactor, text, digits):
    assert not _leaks(redactor.redact(text).text, digits)


def test_guard_check_reports_a_line_whose_check_fails_and_goes_on(monkeypatch, capsys, tmp_path):
    import argparse
    import json

    from guard import disclosure
    from guard.commands import check as check_command

    real = disclosure.default_checker

    class Failing:
        def __init__(self, inner):
            self.inner = inner

        def check(self, text, *args):
            if "boom" in text:
                raise RuntimeError("generator raised StopIteration")
            return self.inner.check(text, *args)

    monkeypatch.setattr(disclosure, "default_checker", lambda rules=None: Failing(real(rules)))
    source, sink = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in [{"id": "1", "text": "boom"},
                                                                    {"id": "2", "text": "добрый день"}]))
    code = check_command.run(argparse.Namespace(input=str(source), output=str(sink), rules=None))
    err = capsys.readouterr().err
    assert code == 1 and "line 1" in err and "boom" not in err
    assert [json.loads(line)["id"] for line in sink.read_text().splitlines()] == ["2"]
