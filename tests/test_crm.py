"""The sample CRM serves the bundled cards unfiltered, by msisdn, and answers 404 for unknown numbers."""
from __future__ import annotations

import asyncio

import aiohttp

from conftest import SAMPLE_CARD
from guard.crm import DEFAULT_CARDS, create_crm_app, load_cards
from guard.proxy.serving import running_site


def test_bundled_cards_load_and_each_has_an_11_digit_msisdn_starting_with_7():
    cards = load_cards(DEFAULT_CARDS)
    assert len(cards) >= 5
    assert all(len(m) == 11 and m.startswith("7") and m.isdigit() for m in cards)


def test_crm_serves_a_card_by_msisdn_a_note_as_text_and_404_for_unknown():
    async def scenario() -> None:
        async with running_site(create_crm_app({SAMPLE_CARD["msisdn"]: SAMPLE_CARD})) as url:
            async with aiohttp.ClientSession() as client:
                async with client.get(f"{url}/healthz") as resp:
                    assert resp.status == 200
                async with client.get(f"{url}/api/customers/{SAMPLE_CARD['msisdn']}") as resp:
                    assert await resp.json() == SAMPLE_CARD
                async with client.get(f"{url}/api/customers/{SAMPLE_CARD['msisdn']}/note") as resp:
                    assert resp.content_type == "text/plain" and "89161234567" in await resp.text()
                async with client.get(f"{url}/api/customers") as resp:
                    assert (await resp.json())["msisdns"] == [SAMPLE_CARD["msisdn"]]
                async with client.get(f"{url}/api/customers/70000000000") as resp:
                    assert resp.status == 404

    asyncio.run(scenario())
