"""Red-team round bb18, f03: a street named without its word where the caller is registered or the bills are sent.

"Вы прописаны на Тверской." was allowed while "Вы прописаны на Тверской" (no full stop) was blocked: the address lexer
keeps a full stop on a word (an abbreviation's, "ул."), and the street's name was read with it. At a sentence's end the
full stop is the sentence's. And the post is sent by any verb of sending ("шлём", "посылаем", "приходят"). Card-blind:
any street so told is blocked, the card's or not. In this repository's own phrasings.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said

STREETS = ["Садовой", "Пушкинской", "Остоженке", "Малой Бронной", "Гагарина", "Профсоюзной"]
FRAMES = ["Вы прописаны на {}", "Зарегистрированы вы на {}", "По прописке вы на {}", "Прописка у вас в Самаре на {}"]
STREETS_TO = ["Садовую", "Пушкинскую", "Остоженку", "Профсоюзную"]
SENT = ["Счета у вас доставляются на {}", "Квитанции мы шлём на {}", "Детализацию посылаем на {}"]


def _rules(text: str) -> tuple[str, list[str]]:
    result = default_checker().check(text, "operator", CheckContext.of(CallState(), None), Said())
    return result.verdict, list(result.rules)


@settings(max_examples=30, deadline=None)
@given(street=st.sampled_from(STREETS), frame=st.sampled_from(FRAMES), end=st.sampled_from([".", "", "!"]))
def test_a_street_without_its_word_where_the_caller_is_registered_is_blocked_whatever_ends_the_sentence(
        street, frame, end):
    verdict, rules = _rules(frame.format(street) + end)
    assert verdict == "block" and "address" in rules


@settings(max_examples=20, deadline=None)
@given(street=st.sampled_from(STREETS_TO), frame=st.sampled_from(SENT), end=st.sampled_from([".", ""]))
def test_a_street_the_bills_are_sent_to_by_any_verb_of_sending_is_blocked(street, frame, end):
    verdict, rules = _rules(frame.format(street) + end)
    assert verdict == "block" and "address" in rules


@pytest.mark.parametrize("text", ["Счета приходят на почту.", "Я отправлю квитанцию на вашу почту.",
                                  "Отправьте смс на короткий номер."])
def test_the_post_sent_to_a_mailbox_or_a_number_is_no_street(text):
    assert "address" not in _rules(text)[1]
