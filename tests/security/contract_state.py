"""What the contract-state attacks through the proxy (red teams bb24 f02, bb25 f02) share: a hostile CRM serves one
card, a new call identifies its owner (primary, by full name and gender), then fetches the card."""
from __future__ import annotations

from typing import Any

from security.conftest import get, open_call, shown_text
from security.test_redteam_s19 import crm_with


def identify_and_fetch(attack: Any, msisdn: str, served: dict) -> tuple[Any, dict, str]:
    """Through the real proxy in front of a CRM on loopback serving `served` at `msisdn`: the identification's
    `matched`, then the card fetched in that call — its headers and the text it shows."""
    owner = served["owner"]
    full_name = f"{owner['last_name']} {owner['first_name']} {owner['middle_name']}"

    async def scenario(stack, client):
        call = await open_call(client, stack.guard_url, msisdn)
        async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                               json={"method": "primary", "full_name": full_name,
                                     "caller_gender": owner["gender"]}) as r:
            matched = (await r.json()).get("matched")
        return matched, await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                  headers={"X-Guard-Call": call})

    matched, (_, headers, body) = attack(scenario, crm=crm_with({}, {msisdn: served}), auth_mode="none")
    return matched, headers, shown_text(body)
