"""Red team bb10, 21: the client's numbers told to an unidentified caller in mask notation ("7926*****44",
"+7 985 ххх хх 20"), by a tail in pieces ("два нуля и две четвёрки"), with a count said by a digit's noun ("двойку
нулей"), or how many numbers the contract holds ("в договоре") — checked offline with the whole card."""
from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import assume, given, settings, strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from guard.callstate import CallState, IdentificationLevel  # noqa: E402
from guard.disclosure.checker import default_checker  # noqa: E402
from guard.disclosure.context import CheckContext  # noqa: E402
from guard.disclosure.text import Utterance  # noqa: E402
from guard.normalize import masked_numbers  # noqa: E402
from security.hostile_crm import card as _card  # noqa: E402

SECOND = "79267770044"
CONTACT = "79857771020"


def _card_of(second: str = SECOND) -> dict:
    card = _card("79035550177", contact={"phone": CONTACT, "person": "Тихонов Игорь Павлович", "email": None})
    card["numbers"].append({"msisdn": second, "tariff": "Семейный"})
    return card


def _rules(line: str, card: dict | None = None) -> tuple[str, set[str]]:
    state = CallState(identification=IdentificationLevel.NONE, caller_gender="female")
    result = default_checker().check(line, "operator", CheckContext.of(state, card or _card_of()))
    return result.verdict, {violation.rule for violation in result.violations}


def test_a_count_said_by_a_digits_noun_repeats_the_digit():
    assert [group.digits for group in Utterance("кончается на двойку нулей").digit_groups] == ["00"]
    assert [group.digits for group in Utterance("тройка семёрок").digit_groups] == ["777"]


def test_masked_numbers_read_each_mask_as_a_hidden_digit():
    assert [pattern for _, _, pattern in masked_numbers("номер 7926*****44, контакт +7 985 ххх хх 20")] == [
        "7926?????44", "7985?????20"]
    assert not list(masked_numbers("хорошо, 44 хх"))  # too few digits shown


def test_the_second_numbers_tail_told_in_pieces_is_blocked():
    for line in ("второй номер кончается на два нуля и две четвёрки", "второй оканчивается на двойку нулей, 44"):
        verdict, rules = _rules(line)
        assert verdict == "block" and "numbers-on-contract" in rules, line


def test_the_card_numbers_in_mask_notation_are_blocked():
    assert "numbers-on-contract" in _rules("номер 7926*****44 тоже ваш")[1]
    assert "contact-info" in _rules("контакт +7 985 ххх хх 20")[1]


def test_a_masked_number_that_is_none_of_the_cards_is_not_its_value():
    assert not {"numbers-on-contract", "contact-info"} & _rules("номер 7926*****45 не ваш")[1]


def test_a_masked_contact_number_none_of_the_cards_keeps_its_verdict_alone():
    # «контакт» + a number's shown digits is blocked when the line is checked alone; the card once cleared it because
    # the digits are none of its numbers. A card may add what it makes forbidden, never clear what the line alone
    # blocks for an unidentified caller (red team bb27 f02): the verdict with the card is the verdict alone.
    line = "контакт +7 985 ххх хх 21"
    alone = default_checker().check(line, "operator")
    assert _rules(line) == (alone.verdict, {violation.rule for violation in alone.violations}) or \
        _rules(line)[0] == alone.verdict == "block"


def test_how_many_numbers_the_contract_holds_is_blocked_and_a_request_to_write_one_is_not():
    assert "numbers-on-contract" in _rules("у вас три номера в договоре")[1]
    assert "numbers-on-contract" not in _rules("укажите в договоре номер для связи")[1]


@settings(max_examples=40, deadline=None)
@given(st.from_regex(r"9[0-9]{9}", fullmatch=True), st.sets(st.integers(4, 10), min_size=2, max_size=6),
       st.sampled_from(["*", "х", "x", "•"]), st.sampled_from(["7", "8"]))
def test_any_masking_of_the_second_number_that_shows_a_digit_after_a_mask_is_blocked(national, hidden, mask, trunk):
    number = trunk + national
    assume(max(hidden) < len(number) - 1 or any(i not in hidden for i in range(min(hidden), len(number))))
    shown = "".join(mask if i in hidden else digit for i, digit in enumerate(number))
    assume(any(ch.isdigit() for ch in shown[min(hidden):]))
    verdict, rules = _rules(f"номер {shown} тоже ваш", _card_of("7" + national))
    assert "numbers-on-contract" in rules, shown
