"""Red team bb11 01, 03, 09 (stop 37), the proxy's comments: an address without its keywords, a garden partnership, a
road's kilometre, a post-office box and a vehicle's documents in a card's comment, through the real proxy with a
hostile CRM on loopback. The readings are the kinds' own (tests/test_kinds_bb11_addresses_vehicles.py); the values
are this file's own.
"""
from __future__ import annotations

import json

import pytest

from security.conftest import get
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

# --- the same in the proxy's comments -----------------------------------------------------------------------------

_NOTES = {
    "address without keywords": ("Клиент переехал: Москва Тверская 5-12", "Тверская 5-12"),
    "garden partnership": ("доставка: СНТ Берёзка, уч. 45", "Берёзка"),
    "road kilometre": ("живёт на 5-м км Симферопольского тракта, д. 3", "Симферопольского"),
    "post-office box": ("почтовый адрес а/я 145, Москва", "а/я 145"),
    "vehicle document": ("СТС 77 ХК 123456, VIN XTA210930Y1234567", "123456"),
}


@pytest.mark.parametrize("name", _NOTES)
def test_the_proxy_masks_these_kinds_in_a_cards_comments(attack, name):
    msisdn = "79134440913"
    note, leak = _NOTES[name]
    noted = card(msisdn)
    noted["comments"] = [{"at": "2026-11-20T10:00:00", "author": "op512", "text": note}]

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}")
        assert status == 200, body
        return [comment["text"] for comment in json.loads(body)["comments"]]

    [shown] = attack(scenario, crm=crm_with({}, {msisdn: noted}))
    assert leak not in shown, shown
