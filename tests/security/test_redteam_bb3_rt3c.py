"""Red team round bb3, finding 12, replayed as real requests against the real proxy (docs/redteam-open.md).

- 12: a call's number that the card hides whole elsewhere (the contact phone, a second number of the owner) shows
  no prefix either; a call's number hidden nowhere else keeps the prefix the policy shows.
"""
from __future__ import annotations

import json

import pytest

from security.hostile_crm import PLAIN, card
from security.test_redteam_bb3 import CONTACT_PHONE
from security.test_redteam_s23 import _fetch_card


# --- 12 ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("hidden_whole", ["contact", "second number"])
def test_a_call_number_the_card_hides_whole_elsewhere_shows_no_prefix(attack, hidden_whole):
    planted = card(PLAIN["msisdn"])
    number = CONTACT_PHONE
    if hidden_whole == "second number":
        number = "79688801155"
        planted["numbers"].append({"msisdn": number, "tariff": "Планшетный"})
    planted["call_details"] = [dict(PLAIN["call_details"][0], number=number)]
    status, _, body = _fetch_card(attack, planted)
    assert status == 200, body
    shown = json.loads(body)
    assert number[1:] not in body, body
    assert not any(ch.isdigit() for ch in shown["call_details"][0]["number"]), body


def test_a_call_number_hidden_nowhere_else_keeps_its_prefix(attack):
    planted = card(PLAIN["msisdn"])
    number = planted["call_details"][0]["number"]
    status, _, body = _fetch_card(attack, planted)
    assert status == 200, body
    assert json.loads(body)["call_details"][0]["number"] == number[:4] + "*" * (len(number) - 4), body
