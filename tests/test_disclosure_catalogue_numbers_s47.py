"""Numbers the carrier sells are nobody's (Инструкция запретов, п. 5 is about the client's numbers; stop 47).

A number-sales line offers free numbers from the carrier's catalogue, tells their price grade and books them: those
numbers belong to no customer yet. A line alone that offers them is clean; the same number said with anyone it could
belong to — an owner, a relative, a caller, a possessive — or as not free stays п. 5's, and in a call the card decides.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.checker import DisclosureChecker
from guard.disclosure.context import CheckContext
from guard.disclosure.personal import offers_catalogue_numbers
from guard.disclosure.rules import cached_rules, default_rules_path
from guard.disclosure.text import Utterance
from guard.recognizers.lexicon import KIN_NOUNS

CARD = {
    "owner": {"last_name": "Сафронов", "first_name": "Олег", "middle_name": "Ильич", "gender": "male"},
    "contract": {"number": "5500112233", "status": "active", "terminated_at": None, "kind": "postpaid"},
    "numbers": [{"msisdn": "79181112233", "tariff": "Базовый"}],
}


@pytest.fixture(scope="module")
def rules_only() -> DisclosureChecker:
    return DisclosureChecker(cached_rules(str(default_rules_path())), use_engine=False)


OFFERS = [
    "Могу предложить из каталога 8 951 404-04-04, он пока свободен, бронь держим сутки.",
    "В серебряной категории сейчас есть +7 929 515-15-15 за семь тысяч.",
    "Свободен 8 900 123-00-00, забронировать его для вас?",
    "по каталогу есть восемь девятьсот пятьдесят три триста тридцать три ноль ноль ноль он золотой",
]


@pytest.mark.parametrize("text", OFFERS)
def test_item5_a_number_offered_from_the_catalogue_is_nobodys(rules_only, text):
    assert offers_catalogue_numbers(Utterance(text))
    assert rules_only.check(text).verdict == "allow"


SOMEBODYS = [
    "Номер вашей сестры 8 951 404-04-04, и он свободен для звонков.",
    "8 951 404-04-04 раньше принадлежал прежнему владельцу, сейчас в каталоге.",
    "Вам звонили с 8 951 404-04-04, он у нас в серебряной категории.",
    "Номер 8 951 404-04-04 не свободен, он оформлен на другого человека.",
    "Его номер 8 951 404-04-04, кстати, золотой.",
    "Прямой номер менеджера по продажам 8 951 404-04-04, он сейчас свободен.",
    "По золотым номерам наберите 8 951 404-04-04, там всё подскажут.",
]


@pytest.mark.parametrize("text", SOMEBODYS)
def test_item5_a_catalogue_word_beside_anyone_the_number_belongs_to_still_tells_it(rules_only, text):
    assert not offers_catalogue_numbers(Utterance(text))
    assert rules_only.check(text).verdict == "block"


def test_item5_not_free_is_somebodys_number(rules_only):
    assert not offers_catalogue_numbers(Utterance("Увы, 8 951 404-04-04 не свободен."))


@pytest.mark.parametrize("text", ["Когда будете свободны, перезвоните Ольге на 8 916 123-45-67.",
                                  "Свободный номер у Ольги: 8 916 123-45-67."])
def test_item5_free_alone_is_no_sale_word(rules_only, text):
    # "свободный" is said of people and times as often as of a number: alone it offers nothing for sale
    assert not offers_catalogue_numbers(Utterance(text))
    assert rules_only.check(text).verdict == "block"


def test_item5_in_a_call_the_card_decides_not_the_sale_words(rules_only):
    # the operator's own view in a call (shown): the words are the operator's claim, the card decides
    text = "Из каталога свободен 8 951 404-04-04, могу забронировать."
    assert rules_only.check(text).verdict == "allow"  # a line alone
    for context in (CheckContext(card=CARD, shown=True, identification="none"), CheckContext(card=CARD)):
        assert rules_only.check(text, "operator", context).verdict == "block"


@settings(max_examples=40, deadline=None)
@given(kin=st.sampled_from(sorted(KIN_NOUNS)), offer=st.sampled_from(OFFERS[:3]))
def test_item5_a_relatives_word_in_the_line_keeps_the_number_told(rules_only, kin, offer):
    text = f"Это номер, который был у {kin}. {offer}"
    assert not offers_catalogue_numbers(Utterance(text))
    assert rules_only.check(text).verdict != "allow"
