"""An operator's echo of what the caller dictates is read two ways, and what either reading masks is masked (issue 15,
red team bb9 23): a stretch read with the echo said back (skipped where the caller dictates) and with every turn read as
itself. Stop 35's echo reading replaced the second with the first and a card leaked on a blind call; the union is the
fail-closed form (guard/dialogue.py `readings_of_echoes`, read by `across_turns` and `answers`)."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from benchmarks.russian import digit_words, group_words
from guard.dialogue import echoed, readings_of_echoes
from guard.engine import Redactor
from guard.normalize import normalize


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _masked(redactor, turns) -> list[set[int]]:
    return [{at for e in redaction.entities for at in range(e.start, e.end)}
            for redaction in redactor.redact_dialogue(turns)]


def test_a_call_with_an_echo_is_read_both_ways():
    turns = [("client", "восемь девятьсот шестнадцать"), ("operator", "девятьсот шестнадцать")]
    assert echoed(turns) == {1: 0}
    assert readings_of_echoes(turns) == [{1: 0}, {}]


def test_a_call_without_an_echo_is_read_once():
    turns = [("operator", "продиктуйте номер"), ("client", "восемь девятьсот шестнадцать")]
    assert readings_of_echoes(turns) == [{}]


def test_a_short_echo_with_words_that_confirm_parts_no_dictation(redactor):
    # "шестнадцать так": two digits of the caller's last piece said back and a word that confirms — an echo; the
    # caller's pieces around it are one phone, masked in every turn
    turns = [("operator", "продиктуйте номер для связи"), ("client", "восемь девятьсот шестнадцать"),
             ("operator", "шестнадцать так"), ("client", "сто двадцать три"), ("client", "сорок пять шестьдесят семь")]
    assert echoed(turns) == {2: 1}
    out = [redaction.text for redaction in redactor.redact_dialogue(turns)]
    for said in ("девятьсот", "шестнадцать", "сто двадцать три", "сорок пять"):
        assert not any(said in text for text in out[1:]), out


def test_a_card_dictated_after_an_echoed_phone_is_read_as_the_card_it_is(redactor):
    # read with the echo skipped, the caller's phone and the card's two halves are one text and the card's turns came
    # out as the phone's pieces (stop 35's echo reading); read as itself the card's stretch is a card — both are kept
    card = "4276380012345679"
    turns = [("operator", "ваш телефон"),
             ("client", "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"),
             ("operator", "сорок пять шестьдесят семь"),
             ("client", digit_words(card[:8])), ("client", digit_words(card[8:]))]
    out = [redaction.text for redaction in redactor.redact_dialogue(turns)]
    assert out[3:] == ["<CREDIT_CARD>", "<CREDIT_CARD>"], out


def test_a_read_back_and_the_callers_correction_are_both_masked(redactor):
    # the operator's wrong read-back is an echo of a part of the account; under the whole-digits reading the caller's
    # correction is the echo of the read-back instead, and the operator's turns are one stretch (pii_z35 a016: the
    # read-back was masked on 6c79602, the correction now — every reading is kept, so both are)
    text = ("оператор: для возврата денег нужен номер счета получателя двадцать цифр\n"
            "клиент: четыре ноль восемь один семь восемьсот десять шесть семь два ноль ноль четыре пять один девять три "
            "восемь семь\n"
            "оператор: повторяю сорок восемьсот семнадцать\n"
            "клиент: нет четыре ноль восемь один семь\n"
            "оператор: четыре ноль восемь один семь восемьсот десять шестьсот семьдесят два")
    out = redactor.redact(text).text
    assert "сорок восемьсот семнадцать" not in out and "нет четыре ноль восемь" not in out, out


def test_a_short_number_of_the_operators_own_is_no_echo():
    turns = [("client", "восемьсот девяносто девять"), ("operator", "назовите последние цифры девять")]
    assert echoed(turns) == {}


def _digits(text: str) -> str:
    return "".join(re.findall(r"\d", normalize(text).text))


_QUESTIONS = ("продиктуйте номер телефона для связи", "назовите номер карты", "назовите снилс", "номер договора")
_CONFIRMING = ("", " так", " записала", " верно", " и дальше")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(question=st.sampled_from(_QUESTIONS), digits=st.text("0123456789", min_size=10, max_size=16),
       cuts=st.lists(st.integers(2, 4), min_size=2, max_size=4), echoed_turn=st.integers(0, 3),
       keep=st.integers(1, 3), confirming=st.sampled_from(_CONFIRMING))
def test_adding_an_operators_echo_never_unmasks_what_the_call_without_it_masks(redactor, question, digits, cuts,
                                                                                echoed_turn, keep, confirming):
    pieces, at = [], 0
    for cut in cuts:
        if at < len(digits):
            pieces.append(digits[at:at + cut])
            at += cut
    if at < len(digits):
        pieces.append(digits[at:])
    turns = [("operator", question)] + [("client", group_words(piece)) for piece in pieces]
    said = 1 + echoed_turn % len(pieces)
    words = turns[said][1].split()
    echo = ("operator", " ".join(words[-keep:]) + confirming)
    assume(_digits(echo[1]) in _digits(turns[said][1]))  # an echo says back the caller's digits
    with_echo = turns[:said + 1] + [echo] + turns[said + 1:]
    before = _masked(redactor, turns)
    after = _masked(redactor, with_echo)
    after = after[:said + 1] + after[said + 2:]  # the same turns, the echo left out
    for index, (was, now) in enumerate(zip(before, after)):
        assert was <= now, (index, turns[index][1], sorted(was - now))
