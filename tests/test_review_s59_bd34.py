"""Review of s59-bd34 (cba54fd2 vs d3cf53db): high findings — lines the base blocks and the branch lets through.

F1: bare_value.numbers_said_as_yours now reads «номер жены 408256» / «у владельца номер 408256» as a phone's tail
(PHONE_NUMBER -> subscriber-number, п. 5). In a line alone the tail loop runs before the number rules and takes the span,
so the contract-cue reading the base made («по договору … 408256» -> other-personal-data) is gone; _weigh then drops
every subscriber-number finding when the line states п. 5's exception («вы знаете федеральный, подскажу городской»).
A type change that ends in a drop: the number passes."""
from __future__ import annotations

import pytest

from guard.disclosure import default_checker


@pytest.mark.parametrize("line", [
    "Раз вы знаете федеральный номер, подскажу городской. По договору номер жены 408256.",
    "Вы знаете мобильный, назову городской; договор постоплатный, номер владельца 408256.",
    "раз вы знаете федеральный номер подскажу городской а по договору номер жены 408256",
    "Вы знаете федеральный номер, подскажу городской, а по договору у владельца номер 408256.",
    "Раз вы знаете федеральный номер, подскажу городской. По договору номер клиента 408256.",
])
def test_f1_a_third_persons_number_under_a_contract_cue_is_not_cleared_by_item5(line):
    result = default_checker().check(line, "operator")
    assert result.verdict == "block"
    assert any(line[v.start:v.end] == "408256" for v in result.violations if v.verdict == "block")
