"""Red team bb10 (stop 35), the proxy's comments: the owner's hidden surname written in Latin letters the way documents
and foreign mail write it — the passport's machine-readable zone (no soft sign, glued to the header "PNRUS"), an
apostrophe for the soft sign, "ё" as "jo" / "yo" / "o" (German, English, Polish habits). Each a real request against
the real proxy with a hostile CRM on loopback, or a property of the one reading the fix lives in
(`guard/proxy/scrub.py`: the stem and phonetic readings of Latin words). The values are this file's own.
"""
from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.proxy.scrub import CardSecrets
from security.conftest import get
from security.hostile_crm import card
from security.test_redteam_s19 import crm_with

MSISDN = "79134440912"
SURNAME = "Соловьёв"  # a soft sign and a "ё": the two letters transliterations write most differently

NOTES = {
    "machine-readable zone": "скан паспорта:\nPNRUSSOLOVEV<<GLEB<ILICH<<<<<<<<<<<<<<<<<<<<<<<<",
    "apostrophe for the soft sign": "звонил Solov'ev G., уточнял роуминг",
    "German": "Anfrage aus Köln: Herr Solowjow, Roaming-Paket",
    "English": "e-mail from Mr Solovyov about his bill",
    "Polish": "list od pana Sołowjowa w sprawie rachunku",
}


def _card_with(*notes: str) -> dict[str, Any]:
    noted = card(MSISDN, owner__last_name=SURNAME, owner__first_name="Глеб", owner__middle_name="Ильич",
                 de={"first_name": "Глеб", "middle_name": "Ильич"})
    noted["comments"] = [{"at": "2026-11-20T10:00:00", "author": "op512", "text": note} for note in notes]
    return noted


@pytest.mark.parametrize("name", NOTES)
def test_the_hidden_surname_transliterated_as_documents_and_foreign_mail_write_it_is_masked_in_comments(attack, name):
    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return [comment["text"] for comment in json.loads(body)["comments"]]

    [shown] = attack(scenario, crm=crm_with({}, {MSISDN: _card_with(NOTES[name])}))
    assert not any(form in shown.lower() for form in ("solov", "solow", "sołow")), shown
    # the card-aware scrubbing's match hides the comments' texts alike (red team bb22, f01); when the engine masked the
    # surname itself, only it goes (or the whole comment, when detection is late: fail closed): the text around it stays
    if shown not in ("[скрыто]", "***"):
        before = NOTES[name].split("Solo")[0].split("SOLO")[0].split("Sołow")[0]
        head = before[:max(before.rfind(" "), before.rfind("\n")) + 1]  # a word glued to the surname may go with it
        assert shown.startswith(head), shown


# How the systems people meet write "ь" + "ё" of a surname (the two letters they write most differently): ICAO and the
# machine-readable zone, BGN/PCGN, the English and French habits, German and Polish, the apostrophe of older passports
# and of ISO 9 read without marks.
_SOFT_YO = [("", "e"), ("", "yo"), ("", "jo"), ("", "io"), ("", "o"), ("i", "e"), ("y", "e"), ("i", "o"),
            ("'", "e"), ("'", "o"), ("’", "e"), ("'", "yo"), ("", "ë"), ("'", "ë")]
_V = ["v", "w"]


@settings(max_examples=60, deadline=None)
@given(soft_yo=st.sampled_from(_SOFT_YO), v=st.sampled_from(_V), ending=st.sampled_from(["", "a", "u", "ym", "oj"]),
       upper=st.booleans())
def test_any_transliteration_of_a_hidden_surname_with_a_soft_sign_and_yo_is_masked(soft_yo, v, ending, upper):
    soft, yo = soft_yo
    word = f"Solo{v}{soft}{yo}{v}{ending}"
    word = word.upper() if upper else word
    secrets = CardSecrets.from_values([f"{SURNAME} Глеб Ильич"])
    shown, count = secrets.scrub_text(f"письмо от {word} по счёту")
    assert count >= 1 and word not in shown, shown
    assert shown.startswith("письмо от ") and shown.endswith(" по счёту"), shown


@pytest.mark.parametrize("other", ["Solomon", "Sokolov", "Solo", "Pavlov", "Solovki"])
def test_other_latin_words_near_the_hidden_surname_stay(other):
    secrets = CardSecrets.from_values([f"{SURNAME} Глеб Ильич"])
    assert secrets.scrub_text(f"письмо от {other} по счёту") == (f"письмо от {other} по счёту", 0)


# --- 20: a call-detail number written with its code after it ("444-12-90 (916)") -------------------------------------

def test_a_call_detail_number_written_with_its_code_after_it_shows_the_code_not_subscriber_digits(attack):
    detailed = _card_with()
    detailed["call_details"] = [{"at": "2026-11-20T09:00:00", "direction": "out", "number": "444-12-90 (916)",
                                 "kind": "mobile", "network": "МТС", "region": "Москва", "lai": "7701-2",
                                 "cell_id": "7", "duration_s": 40}]

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        assert status == 200, body
        return json.loads(body)["call_details"][0]["number"]

    shown = attack(scenario, crm=crm_with({}, {MSISDN: detailed}))
    assert "444" not in shown and "1290" not in shown, shown
    assert shown.startswith("916") or set(shown) <= {"*"}, shown


@settings(max_examples=80, deadline=None)
@given(code=st.from_regex(r"9[0-9]{2}", fullmatch=True), local=st.from_regex(r"[1-9][0-9]{6}", fullmatch=True))
def test_a_number_with_its_code_after_it_is_masked_as_the_same_number_written_in_dialling_order(code, local):
    from guard.policy.operators import mask_last4, mask_prefix

    written = f"{local[:3]}-{local[3:5]}-{local[5:]} ({code})"
    assert mask_prefix(written) == mask_prefix(code + local)
    assert mask_last4(written) == mask_last4(code + local)
