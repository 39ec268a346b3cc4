"""The policy compiled per card shape (issue 13) decides every card exactly as the field-by-field walk does: a route
remembered for one customer, call state or set of condition answers is never the answer for another, and nothing of
a card's values is remembered. Attacks: two customers with one card shape, one customer before and after
identification, hostile shapes (keys that are values, huge cards, values of the wrong type)."""
from __future__ import annotations

import asyncio
import copy
import json
import random
import sys
from datetime import date
from typing import Any

import aiohttp

from guard.policy import CallContext, IdentificationLevel, default_policy_path, load_policy
from guard.policy.evaluator import MAX_SHAPE_NODES, card_shape
from guard.policy.paths import MISSING, resolve
from guard.proxy.scrub import CardSecrets, _leaves
from security.conftest import get, open_call, shown_text
from security.hostile_crm import BASE, KEYS_AS_VALUES, PLAIN, QUOTING, TERMINATED_2021, card, create_hostile_crm

TODAY = date(2026, 12, 2)
NONE = CallContext(identification=IdentificationLevel.NONE, today=TODAY)
PRIMARY_MALE = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name",
                           today=TODAY)
PRIMARY_FEMALE = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="female",
                             identified_by="full_name", today=TODAY)
STATES = [
    NONE, PRIMARY_MALE, PRIMARY_FEMALE,
    CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="unknown", identified_by="organization",
                today=TODAY),
    CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name",
                confirmed=frozenset({"city_number"}), today=TODAY),
    CallContext(identification=IdentificationLevel.ALTERNATIVE, caller_gender="male", confirmed=frozenset({"msisdn"}),
                today=TODAY),
]


def _walked(card_: dict[str, Any], ctx: CallContext) -> Any:
    """The decision of a policy that has never seen a card: the walk, field by field."""
    return _summary(load_policy(default_policy_path()).apply(card_, ctx, redact_text=_engine))


def _summary(decision: Any) -> Any:
    return (json.dumps(decision.card, ensure_ascii=False), decision.refused, decision.refusal,
            [(a.rule, a.path, a.action, a.at) for a in decision.applied], list(decision.fail_closed))


def _engine(text: str) -> str:
    """Stands in for the text engine: a text with a digit in it holds something (masked to its length), any other
    is returned as it is (a tariff "Тариф Б" goes through the engine too, and comes back unchanged)."""
    return f"<{len(text)}>" if any(ch.isdigit() for ch in text) else text


def _apply(policy: Any, card_: dict[str, Any], ctx: CallContext) -> Any:
    return _summary(policy.apply(card_, ctx, redact_text=_engine))


def _other_customer() -> dict[str, Any]:
    """PLAIN's shape exactly, every value another customer's."""
    other = card("79169998877", city_number="74997776655", owner__last_name="Петрова", owner__first_name="Ольга",
                 owner__middle_name="Игоревна", owner__gender="female", email="o.petrova@yandex.ru",
                 de={"first_name": "Ольга", "middle_name": "Игоревна"})
    other["numbers"][0]["tariff"] = "Тариф Б"
    other["contact"]["phone"] = "79047776655"
    return other


def test_two_customers_of_one_card_shape_each_get_their_own_values_and_decision(policy):
    policy = load_policy(default_policy_path())
    other = _other_customer()
    assert card_shape(PLAIN, policy.known_keys) == card_shape(other, policy.known_keys)
    for first, second in ((PLAIN, other), (other, PLAIN), (PLAIN, TERMINATED_2021), (TERMINATED_2021, PLAIN)):
        for ctx in (NONE, PRIMARY_MALE, PRIMARY_FEMALE):
            assert _apply(policy, first, ctx) == _walked(first, ctx)
            replayed = _apply(policy, second, ctx)
            assert replayed == _walked(second, ctx)
    shown = _apply(policy, other, PRIMARY_FEMALE)[0]
    assert "Тариф Б" in shown and "*******8877" in shown  # the second customer's own values and п. 6 digits
    assert not any(piece in shown for piece in ("Мой безлимит", "4567", "Пётр"))  # none of the first customer's
    assert _apply(policy, TERMINATED_2021, NONE)[1] is True and _apply(policy, PLAIN, NONE)[1] is False


def test_the_same_customer_before_and_after_identification_gets_the_decision_of_each_state():
    policy = load_policy(default_policy_path())
    two_numbers = card("79161234567", numbers=[{"msisdn": "79161234567", "tariff": "Мой безлимит"},
                                               {"msisdn": "79260001122", "tariff": "Планшет"}])
    before = _apply(policy, two_numbers, NONE)
    after = _apply(policy, two_numbers, PRIMARY_MALE)
    again = _apply(policy, two_numbers, NONE)
    wrong_gender = _apply(policy, two_numbers, PRIMARY_FEMALE)
    assert before == again == _walked(two_numbers, NONE)
    assert after == _walked(two_numbers, PRIMARY_MALE) and wrong_gender == _walked(two_numbers, PRIMARY_FEMALE)
    assert json.loads(before[0])["msisdn"] == "***" and len(json.loads(before[0])["numbers"]) == 1  # п. 6, п. 8
    assert json.loads(after[0])["msisdn"] == "*******4567" and len(json.loads(after[0])["numbers"]) == 2
    assert json.loads(wrong_gender[0])["msisdn"] == "***"


def test_a_condition_answering_otherwise_for_one_list_element_takes_another_route():
    """п. 9: whether a call-detail number is a listed service number is asked per element."""
    policy = load_policy(default_policy_path())
    details = [copy.deepcopy(BASE["call_details"][0]) for _ in range(2)]
    service_first = card("79161234567", call_details=copy.deepcopy(details))
    service_first["call_details"][0]["number"] = "0611"
    service_second = card("79161234567", call_details=copy.deepcopy(details))
    service_second["call_details"][1]["number"] = "0611"
    for one in (service_first, service_second, service_first):
        assert _apply(policy, one, NONE) == _walked(one, NONE)
    numbers = [entry["number"] for entry in json.loads(_apply(policy, service_second, NONE)[0])["call_details"]]
    assert numbers == ["7903*******", "0611"]


def test_keys_that_may_be_values_are_never_compiled_and_no_route_holds_a_value():
    policy = load_policy(default_policy_path())
    assert card_shape(KEYS_AS_VALUES, policy.known_keys) is None
    for one in (PLAIN, QUOTING, TERMINATED_2021, KEYS_AS_VALUES, _other_customer()):
        for ctx in STATES:
            assert _apply(policy, one, ctx) == _walked(one, ctx)
    remembered = repr(policy._routes)  # what outlives the requests: shapes and routes
    assert remembered and "Иванов паспорт" not in remembered
    values = {"79161234567", "4505", "678901", "0123456789", "Иванов", "Журавлёва", "Тверская", "petr.ivanov",
              "79857748893", "Мой безлимит", "Тариф Б", "Петрова", "2021-05-01", "Пётр"}
    assert [value for value in values if value in remembered] == []


def test_a_card_too_big_to_compile_is_walked_and_decided_the_same():
    policy = load_policy(default_policy_path())
    huge = card("79161234567", call_details=[copy.deepcopy(BASE["call_details"][0]) for _ in range(MAX_SHAPE_NODES)])
    assert card_shape(huge, policy.known_keys) is None
    assert _apply(policy, huge, PRIMARY_MALE) == _walked(huge, PRIMARY_MALE)
    assert policy._routes == {}


def test_a_card_nested_past_the_recursion_limit_is_not_compiled_and_reading_its_shape_does_not_raise():
    policy = load_policy(default_policy_path())
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(sys.getrecursionlimit() + 10):
        node["extra"] = {}
        node = node["extra"]
    assert card_shape(deep, policy.known_keys) is None


def _variant(rng: random.Random, index: int) -> dict[str, Any]:
    """PLAIN-like cards whose values vary where the policy's conditions look, and whose values take odd types."""
    one = card(f"7916{index:07d}", client_type=rng.choice(["individual", "organization", "sole_proprietor", None]),
               payment_type=rng.choice(["postpaid", "prepaid", 5]),
               owner__gender=rng.choice(["male", "female", None, ["male"]]),
               flash_restrictions=rng.choice([[], ["no_contact_person"], "no_contact_person", None]))
    one["contract"]["status"] = rng.choice(["active", "terminated", "", None])
    one["contract"]["terminated_at"] = rng.choice([None, "", "2019-01-01", "2024-06-30", "не дата", 20190101])
    one["numbers"] = [{"msisdn": rng.choice([one["msisdn"], "79260001122", int(one["msisdn"]), None]),
                       "tariff": rng.choice(["Мой безлимит", {"name": "x"}, None])} for _ in range(rng.randrange(4))]
    one["call_details"] = [{**BASE["call_details"][0], "number": rng.choice(["0611", "112", "79035556677", 112, None,
                                                                             {"n": "0611"}])}
                           for _ in range(rng.randrange(4))]
    if rng.random() < 0.3:
        one["owner"]["passport"] = rng.choice([None, "4505 678901", ["4505", "678901"]])
    return one


def test_replayed_routes_decide_every_variant_of_a_card_as_the_walk_does():
    policy = load_policy(default_policy_path())
    rng = random.Random(13)
    cards = [_variant(rng, index) for index in range(150)]
    for one in cards:
        for ctx in STATES:
            assert _apply(policy, one, ctx) == _walked(one, ctx), (one, ctx)
    assert policy._routes  # the cards did share shapes: routes were replayed, not only walked


_KINDS = {"msisdn": "phone", "city_number": "phone", "phone": "phone"}


def _resolved(one: dict[str, Any], decision: Any, decision_keys: frozenset[str]) -> CardSecrets:
    """The secrets as they were found before the policy collected them: every decided path looked up again. A
    hidden value is exempted by what was shown of its own kind of field (its last key), place names by anything
    shown; each field of a dropped list element by its own kind; a mapping where a value is shown is hidden."""
    hidden: dict[str, list[Any]] = {}
    shown: dict[str, list[Any]] = {}
    for applied in decision.applied:
        value = resolve(one, applied.at)
        if value is MISSING or applied.action == "redact":
            continue
        if applied.action == "drop":
            # Each field of a dropped element by its own kind; another key, or an element that is no mapping, of none.
            fields = value.items() if isinstance(value, dict) else [(None, value)]
            for field_key, inner in fields:
                if field_key is not None and field_key in decision_keys:
                    hidden.setdefault(_KINDS.get(field_key, field_key), []).append(inner)
                else:
                    hidden.setdefault("", []).append(inner if field_key is None else {field_key: inner})
            continue
        key = next((part for part in reversed(applied.at) if isinstance(part, str)), "")
        kind = _KINDS.get(key, key)
        scalar = not isinstance(value, (dict, list)) or isinstance(value, list) and not any(
            isinstance(item, (dict, list)) for item in value)
        if applied.action in ("show_text", "show_code", "show_time", "show_name"):
            # Shown when the value on screen is the value itself; show_text's value the engine changed is a
            # comment's (neither), show_code's that is not a code, show_time's that is not a time and show_name's that is not a
            # name are hidden.
            unchanged = resolve(decision.card, applied.at) == value
            if applied.action == "show_text" and not unchanged:
                continue
            (shown if unchanged and scalar else hidden).setdefault(kind, []).append(value)
            continue
        (shown if applied.action == "show" and scalar else hidden).setdefault(kind, []).append(value)
    public = [value for values in shown.values() for value in values]
    secrets = CardSecrets()
    for kind, values in hidden.items():
        secrets = secrets | CardSecrets.from_values(_leaves(values), _leaves(shown.get(kind, [])), _leaves(public))
    # a field no rule names (default deny): every word of its value is a secret (red team bb7, 07)
    unnamed = [text for applied in decision.applied if applied.rule == "default_deny"
               for text in _strings(resolve(one, applied.at))]
    return secrets | CardSecrets.from_values((), (), _leaves(public), unnamed)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    inner = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return [text for item in inner for text in _strings(item)]


def _as_sets(secrets: CardSecrets) -> tuple[Any, ...]:
    return set(secrets.numbers), secrets.words, set(secrets.literals), set(secrets.dates)


def test_the_values_the_policy_collects_while_deciding_are_the_values_its_decided_paths_hold():
    """Card-aware scrubbing reads PolicyDecision.hidden/.shown instead of resolving every path: walked or replayed,
    every variant and call state gives the same secrets as the paths do."""
    policy = load_policy(default_policy_path())
    rng = random.Random(7)
    for one in [_variant(rng, index) for index in range(60)] + [PLAIN, QUOTING, TERMINATED_2021, KEYS_AS_VALUES]:
        for ctx in STATES:
            for _ in range(2):  # the walk, then the replayed route
                decision = policy.apply(one, ctx, redact_text=lambda text: "")
                assert _as_sets(CardSecrets.of(decision)) == _as_sets(_resolved(one, decision, policy.known_keys)), (one, ctx)


def test_all_texts_of_a_response_scrubbed_in_one_pass_get_exactly_what_each_gets_alone():
    """Cyrillic texts too: spoken numbers, dates in words, declined names — none is matched across two texts."""
    secrets = CardSecrets.from_values(["79857748893", "Журавлёва", "1999-12-21", "inna.zh@mail.ru", "4512"])
    texts = ["звонила Журавлёвой", "Журавлёв", "восемь девятьсот восемьдесят пять", "семьсот семьдесят четыре",
             "восемьдесят восемь девяносто три", "21 декабря", "1999 года", "21 декабря 1999 года",
             "1 декабря 21 декабря 99", "родилась 21-го декабря 99", "родилась 21-го декабря", "почта inna.zh@mail.ru", "İnna.zh@mail.ru",
             "Москва", "Тариф «Мой безлимит»", "серия 45 12", "***", "a\x00Журавлёва", ""]
    together = secrets.scrub_texts(texts)
    assert together == {text: secrets.scrub_text(text) for text in texts}
    assert together["Журавлёв"][1] == 1 and together["восемь девятьсот восемьдесят пять"][1] == 0
    assert together["21 декабря 1999 года"] == ("*** года", 1)
    # a day and month with no birth word are shown whatever the card's date, so none can be probed (red team bb4 F15)
    assert together["21 декабря"] == ("21 декабря", 0)
    assert together["родилась 21-го декабря"] == ("родилась ***", 1)
    assert together["1 декабря 21 декабря 99"] == ("1 декабря ***", 1)  # overlapping date forms: the right one


def test_ascii_texts_scrubbed_in_one_pass_get_exactly_what_each_gets_alone():
    secrets = CardSecrets.from_values(["79857748893", "petr.ivanov@mail.ru", "Smith", "4512"])
    texts = ["7985774", "8893", "petr.iv", "anov", "Smi", "th", "call 89857748893", "mail petr.ivanov@mail.ru",
             "Mr Smith, 45 12", "***", "region", "a\x00Smith", "4512", "1450", "Москва 4512", ""]
    together = secrets.scrub_texts(texts)
    assert together == {text: secrets.scrub_text(text) for text in texts}
    assert together["anov"] == ("anov", 0)  # nothing matched across two texts
    # A text that is nothing but a phone's first or last digits is a half of it (a number split over two comments):
    # masked alone as together.
    assert together["8893"] == ("***", 1) and together["7985774"] == ("***", 1)
    assert together["call 89857748893"] == ("call ***", 1) and together["Mr Smith, 45 12"] == ("Mr ***, ***", 2)


def test_a_hostile_crm_serving_two_customers_of_one_shape_shows_each_only_their_own_card(tmp_path, engine, policy):
    """Over HTTP, decision cache off: the compiled route is shared, the decisions are not."""
    other = _other_customer()
    cards = {PLAIN["msisdn"]: PLAIN, other["msisdn"]: other, TERMINATED_2021["msisdn"]: TERMINATED_2021}

    async def scenario(stack, client: aiohttp.ClientSession) -> list[tuple[str, str, str]]:
        seen = []
        # each customer's call is another operator's (one open call per operator: red team bb17, 22)
        calls = {msisdn: await open_call(client, stack.guard_url, msisdn, f"op-{msisdn}") for msisdn in cards}
        for msisdn in (PLAIN["msisdn"], other["msisdn"], TERMINATED_2021["msisdn"], PLAIN["msisdn"]):
            status, headers, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                              headers={"X-Guard-Call": calls[msisdn]})
            assert status == 200
            seen.append((msisdn, headers["X-Guard-Refused"], shown_text(body)))
        async with client.post(f"{stack.guard_url}/v1/calls/{calls[other['msisdn']]}/identify",
                               json={"method": "primary", "full_name": "Петрова Ольга Игоревна",
                                     "caller_gender": "female"}) as resp:
            assert (await resp.json())["identification"] == "primary"
        for msisdn in (other["msisdn"], PLAIN["msisdn"]):
            status, headers, body = await get(client, f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                              headers={"X-Guard-Call": calls[msisdn]})
            seen.append((msisdn, headers["X-Guard-Refused"], shown_text(body)))
        return seen

    from security.conftest import servers

    async def main() -> Any:
        async with servers(tmp_path, engine, policy, crm=create_hostile_crm(cards), decision_cache_size=0) as stack:
            async with aiohttp.ClientSession() as client:
                return await scenario(stack, client)

    seen = asyncio.run(main())
    (_, plain_refused, plain_body), (_, other_refused, other_body), (_, old_refused, _), (_, _, plain_again) = seen[:4]
    assert (plain_refused, other_refused, old_refused) == ("false", "false", "true")
    assert plain_again == plain_body and "Мой безлимит" in plain_body and "Тариф Б" in other_body
    assert not any(piece in other_body for piece in ("Мой безлимит", "Пётр", "Иванов"))
    (_, _, other_identified), (_, _, plain_unidentified) = seen[4:]
    assert json.loads(other_identified)["msisdn"] == "*******8877"  # п. 6 after identification, this customer only
    assert json.loads(other_body)["msisdn"] == "***" and json.loads(plain_unidentified)["msisdn"] == "***"
