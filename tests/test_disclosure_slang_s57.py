"""Stop 57 (issue 12, s57-slang): clean lines of disc_ay57 (bloggers', streamers' and marketplace sellers' line, Kazan:
young operators, slang, English words) read where their decisions live, and its missed п. 12 opinion. Phrasings are my
own (none copied from the set); each reading has its attack beside it: what the rule caught before is still caught."""
from __future__ import annotations

import pytest

from checker_lines import rules_of, verdict_of


# --- пп. 3, 4: "площадка" is a site or a marketplace, not a square -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Доставка посылки — это вопрос к самой площадке, со связью у вас всё хорошо.",
    "доставка товара это вопрос к самой площадке а не к оператору",
    "Про доставку пишите площадке продавца, у нас по номеру всё чисто.",
])
def test_a_marketplace_called_a_platform_is_no_street_of_the_callers_address(line):
    assert "address" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Счета доставляются вам на Театральную площадь.",  # a square: the stem "площад" still reads it
    "вы живёте на соборной площади",
    "доставка на площадь Ленина",
    "Адрес доставки: г. Казань, площадка 3, дом 5.",  # with a house number the address kind reads it whole
])
def test_a_square_or_a_numbered_address_stays_an_address(line):
    assert "address" in rules_of(line)
