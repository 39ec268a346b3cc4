"""The proxy's comments are redacted by the same redactor, so a code word or a password written in a note's shorthand
or after a hedge is masked on a card that carries no code-word field at all (red team bb8 22, following 07 and 12):
nothing in the card tells the scrubber the value, only the note's own cue does. This file's own values (a Samara
customer)."""
from __future__ import annotations

import json
from typing import Any

from security.conftest import get
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

MSISDN = "79277654321"

NOTES = [
    ("Кл. звонил, кс черёмуха", "черёмуха"),
    ("к.с. Енисей, сверено", "Енисей"),
    ("КС: ласточка", "ласточка"),
    ("кодовое слово у нас было тюльпан", "тюльпан"),
    ("кодовое слово ой не помню то ли сирень то ли жасмин", "жасмин"),
]


def _card(*notes: str) -> dict[str, Any]:
    plain = card(MSISDN, owner__last_name="Петрова", owner__first_name="Елена", owner__middle_name="Юрьевна",
                 de={"first_name": "Елена", "middle_name": "Юрьевна"})
    plain.pop("code_word", None)
    plain["comments"] = [{"at": "2026-11-04T09:00:00", "author": "op12", "text": note} for note in notes]
    return plain


def test_a_code_word_or_password_in_a_notes_shorthand_is_masked_in_the_comments(attack):
    cards = {MSISDN: _card(*(note for note, _ in NOTES))}

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return [comment["text"] for comment in json.loads(body)["comments"]]

    shown = attack(scenario, crm=crm_with({}, cards))
    assert len(shown) == len(NOTES)
    for text, (_, value) in zip(shown, NOTES):
        assert value not in text, text
