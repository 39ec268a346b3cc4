"""Issue 13, stop 35: what a plain card's request no longer does changes no answer.

Two cuts of the request path (docs/proxy-speed.md, "Stop 35"): the card secrets cache's key writes the decided values
with marshal instead of `repr` (guard/proxy/filtering.py, decided_bytes), and a column of short digit texts is matched
as written instead of read with ASCII digits first (guard/proxy/bare_numbers.py, mask_digit_columns). Each is checked
against the definition it replaced — kept here as the specification — and through the proxy: the served body, status,
headers and audit record of generated cards equal those of the proxy running the replaced definitions.
"""
from __future__ import annotations

import asyncio
import copy
import json
import re
import sqlite3
from typing import Any

import aiohttp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.normalize import ascii_digits
from guard.policy import HIDDEN, CallContext, IdentificationLevel, PolicyDecision
from guard.proxy import filtering
from guard.proxy.bare_numbers import mask_digit_columns
from guard.proxy.filtering import CardSecretsCache, decided_bytes
from test_policy_compiled_vs_walked import COMPILED, cards

# --- the definitions replaced (stop 34), as the specification ---------------------------------------------------------


def _decided_by_repr(decision: PolicyDecision) -> bytes:
    return repr((decision.hidden, decision.shown, decision.partly)).encode("utf-8", "backslashreplace")


_CELL_READ = re.compile(r"\A[^\w]*+(\d{1,3})[^\w]*+\Z")  # stop 34's cell, matched after ascii_digits


def _columns_read_first(payload: Any) -> Any:
    """mask_digit_columns at stop 34: each cell read with ASCII digits, then matched; a column of 4+ digits masked."""
    if isinstance(payload, dict):
        changed = None
        for key, value in payload.items():
            if isinstance(value, (dict, list)) and (masked := _columns_read_first(value)) is not value:
                if changed is None:
                    changed = dict(payload)
                changed[key] = masked
        return payload if changed is None else changed
    if not isinstance(payload, list):
        return payload
    items = [_columns_read_first(item) if isinstance(item, (dict, list)) else item for item in payload]
    keys: dict[Any, None] = {}
    for item in items:
        if isinstance(item, str):
            keys[None] = None
        elif isinstance(item, dict):
            keys.update(dict.fromkeys(key for key, value in item.items() if isinstance(value, str)))
    for key in keys if len(items) >= 2 else ():
        run: list[int] = []
        for index, item in enumerate([*items, None]):
            value = (item if isinstance(item, str) else None) if key is None else \
                (item.get(key) if isinstance(item, dict) else None)
            value = value if isinstance(value, str) else None
            if value is not None and (cell := _CELL_READ.fullmatch(ascii_digits(value))) is not None:
                run.append(len(cell.group(1)))
                continue
            if len(run) >= 2 and sum(run) >= 4:
                for masked in range(index - len(run), index):
                    items[masked] = HIDDEN if key is None else {**items[masked], key: HIDDEN}
            run = []
    return payload if all(new is old for new, old in zip(items, payload)) else items


# --- generated values -----------------------------------------------------------------------------------------------

# Cells of a column: a few digits in ASCII, Arabic-Indic, Devanagari, fullwidth and mathematical bold (not a decimal
# digit: never a cell), with the punctuation a screen shows around them, and texts that are not cells.
_DIGIT_CELLS = st.sampled_from(["8", "903", "4.", "- 5", "٨", "९०३", "８", "(12)", "𝟖", "12a", "1234", "", " ", "_7",
                                "№ 5", "7\n", "абв", "0", "٣٤٥", "x"])
_SCALARS = st.one_of(_DIGIT_CELLS, st.integers(-10**20, 10**20), st.floats(allow_nan=True), st.booleans(), st.none(),
                     st.text(max_size=6))
_KEYS = st.sampled_from(["text", "number", "at", "k", "ключ"])
JSON = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=6) | st.dictionaries(_KEYS, inner, max_size=4),
                    max_leaves=30)
_PATHS = st.lists(st.one_of(_KEYS, st.integers(0, 3)), max_size=3).map(tuple)
_DECIDED = st.lists(st.tuples(_PATHS, JSON), max_size=5)


def _decision(hidden: list, shown: list, partly: list) -> PolicyDecision:
    return PolicyDecision(card={}, refused=False, refusal=None, applied=[], fail_closed=[], hidden=hidden, shown=shown,
                          partly=partly, summary=())


# --- the cuts, one by one -------------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(one=st.tuples(_DECIDED, _DECIDED, _DECIDED), other=st.tuples(_DECIDED, _DECIDED, _DECIDED))
def test_two_decisions_share_a_secrets_key_only_when_repr_could_not_tell_them_apart(one, other):
    """decided_bytes is at least as fine as the repr it replaced: the same bytes never stand for two decisions `repr`
    tells apart (no answer served from another decision's secrets), and a copy sharing no object writes the same bytes
    (no entry missed for which objects a parse happened to share)."""
    first, second = _decision(*one), _decision(*other)
    if decided_bytes(first) == decided_bytes(second):
        assert _decided_by_repr(first) == _decided_by_repr(second)
    assert decided_bytes(_decision(*copy.deepcopy(one))) == decided_bytes(first)


def test_a_value_marshal_will_not_write_is_written_by_repr_and_never_meets_a_marshalled_one():
    class Text(str):
        pass

    odd = _decision([((), Text("Иванов"))], [], [])
    plain = _decision([((), "Иванов")], [], [])
    assert decided_bytes(odd) == b"r" + _decided_by_repr(odd)
    assert decided_bytes(plain).startswith(b"m") and decided_bytes(odd) != decided_bytes(plain)
    cache = CardSecretsCache(4)
    ctx = CallContext(identification=IdentificationLevel.NONE)
    assert cache.key(odd, b"{}", ctx) != cache.key(plain, b"{}", ctx)


@settings(max_examples=400, deadline=None)
@given(payload=JSON)
def test_a_digit_column_is_masked_as_when_each_cell_was_read_with_ascii_digits_first(payload):
    kept = copy.deepcopy(payload)
    assert json.dumps(mask_digit_columns(payload), ensure_ascii=False) == \
        json.dumps(_columns_read_first(payload), ensure_ascii=False)
    assert json.dumps(payload, ensure_ascii=False) == json.dumps(kept, ensure_ascii=False)  # never changed in place


def test_a_column_of_other_scripts_digits_is_still_masked():
    comments = [{"text": "٨"}, {"text": "९०३"}, {"text": "١٢"}, {"text": "не цифры"}]
    assert [c["text"] for c in mask_digit_columns(comments)] == [HIDDEN, HIDDEN, HIDDEN, "не цифры"]


# --- through the proxy: body, status, headers and audit record --------------------------------------------------------

_CALL_DETAILS = st.lists(st.fixed_dictionaries({
    "at": st.sampled_from(["2026-11-01T10:15:00", "8", "٣"]), "direction": st.sampled_from(["out", "in"]),
    "number": st.sampled_from(["79035556677", "8", "903", "٥٥٦", "+7 903"]), "kind": st.just("mobile"),
    "cell_id": _DIGIT_CELLS, "duration_s": st.sampled_from([120, "12", 0]),
}), max_size=5)


class _NoEngine:
    """A plain card has no free text: an engine asked anything fails (the text would be masked, fail closed)."""

    def redact(self, text: str) -> Any:
        raise RuntimeError("no engine in this test")


async def _served(tmp_path, card: dict, identify: bool) -> tuple[Any, ...]:
    from conftest import guard_stack

    audit = tmp_path / "audit.sqlite3"
    if audit.exists():
        audit.unlink()
    async with guard_stack(tmp_path, _NoEngine(), COMPILED, cards=[card], decision_cache_size=0) as stack:
        async with aiohttp.ClientSession() as client:
            headers = {}
            if identify:
                async with client.post(f"{stack.guard_url}/v1/calls",
                                       json={"msisdn": card["msisdn"], "operator_id": "op1021"}) as resp:
                    call_id = (await resp.json())["call_id"]
                owner = card["owner"]
                full_name = " ".join(str(owner.get(k) or "") for k in ("last_name", "first_name", "middle_name"))
                async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify",
                                       json={"method": "primary", "full_name": full_name,
                                             "caller_gender": "male"}) as resp:
                    await resp.read()
                headers["X-Guard-Call"] = call_id
            answers = []
            for _ in range(2):  # the second fetch finds the card's secrets in the cache
                async with client.get(f"{stack.guard_url}/crm/api/customers/{card['msisdn']}", headers=headers) as resp:
                    answers.append((resp.status, await resp.read(),
                                    {name: resp.headers.get(name) for name in ("X-Guard-Identification",
                                                                               "X-Guard-Refused", "Content-Type")}))
    with sqlite3.connect(audit) as db:
        records = [json.loads(text) for (text,) in db.execute("SELECT record FROM audit ORDER BY seq")]
    for record in records:  # the time, the sequence and the call's random id are the run's, not the decision's
        for field in ("at", "seq", "call_id"):
            record.pop(field, None)
    return tuple(answers), records


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(card=cards(), call_details=_CALL_DETAILS, tariffs=st.lists(_DIGIT_CELLS, max_size=5), identify=st.booleans())
def test_a_plain_card_is_served_and_audited_as_with_the_definitions_replaced(tmp_path, monkeypatch, card, call_details,
                                                                              tariffs, identify):
    # the tariffs are shown: a column of them reaches mask_digit_columns
    numbers = [{"msisdn": card["msisdn"], "tariff": tariff} for tariff in tariffs] + card["numbers"]
    card = {**card, "numbers": numbers, "call_details": call_details, "comments": []}
    now = asyncio.run(_served(tmp_path, copy.deepcopy(card), identify))
    with monkeypatch.context() as replaced:
        replaced.setattr(filtering, "decided_bytes", _decided_by_repr)
        replaced.setattr(filtering, "mask_digit_columns", _columns_read_first)
        before = asyncio.run(_served(tmp_path, copy.deepcopy(card), identify))
    assert now == before
