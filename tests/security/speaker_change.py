"""What the speaker-change attacks (red teams bb24 f06, bb25 f08) share: the checker's reading of one client line after
a primary identification, and the proxy run — identify the owner, fetch the card, hear one client line, fetch again."""
from __future__ import annotations

from typing import Any

from security.conftest import open_call
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with


def speaker_changed(text: str, gender: str = "male") -> bool:
    """Whether the checker reads `text`, said by the client after a primary identification by full name of a caller of
    `gender`, as another person now speaking."""
    from guard.callstate import CallState
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import CheckContext, Said
    from guard.policy import IdentificationLevel

    context = CheckContext.of(CallState(identification=IdentificationLevel.PRIMARY, caller_gender=gender,
                                        identified_by="full_name"), None)
    return "speaker-changed" in default_checker().check(text, "client", context, Said()).rules


def assert_each_line_withdraws_the_identification(attack: Any, msisdn: str, second: str, lines: list[str],
                                                  operator_prefix: str) -> None:
    """Through the real proxy in front of a CRM on loopback: for each line, a new call identifies the owner (primary,
    by full name and gender), the card shows the second number's last 4 digits; the client says the line; the call is
    back at `none` and no number of the card shows its digits."""
    served = card(msisdn)
    served["numbers"].append({"msisdn": second, "tariff": "Для модема"})
    owner = served["owner"]
    full_name = f"{owner['last_name']} {owner['first_name']} {owner['middle_name']}"

    async def scenario(stack, client):
        seen = []
        for i, line in enumerate(lines):
            call = await open_call(client, stack.guard_url, msisdn, operator=f"{operator_prefix}{i}")
            async with client.post(f"{stack.guard_url}/v1/calls/{call}/identify",
                                   json={"method": "primary", "full_name": full_name,
                                         "caller_gender": owner["gender"]}) as r:
                assert (await r.json())["matched"]
            async with client.get(f"{stack.guard_url}/crm/api/customers/{msisdn}", headers={"X-Guard-Call": call}) as r:
                before = r.headers.get("X-Guard-Identification"), await r.json()
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": 1, "text": line, "call_id": call, "speaker": "client"}) as r:
                assert r.status == 200
            async with client.get(f"{stack.guard_url}/crm/api/customers/{msisdn}", headers={"X-Guard-Call": call}) as r:
                seen.append((before, (r.headers.get("X-Guard-Identification"), await r.json())))
        return seen

    for (level_before, card_before), (level_after, card_after) in attack(
            scenario, crm=crm_with({}, {msisdn: served}), auth_mode="none", client_lines_trusted=True):
        assert level_before == "primary" and card_before["numbers"][1]["msisdn"].endswith(second[-4:])
        assert level_after == "none"
        assert not any(str(number.get("msisdn", "")).endswith((msisdn[-4:], second[-4:]))
                       for number in card_after["numbers"])
