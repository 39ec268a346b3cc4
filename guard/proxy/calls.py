"""`/v1/calls`: call sessions, identification and confirmation, decided by the proxy against the hidden card.

The operator types what the caller said; the proxy fetches the card from the CRM itself and compares, so the
operator's screen can never claim an identification (docs/interfaces.md §7). Answers are levels and booleans only —
`confirm` says whether the caller was right, never what the right value is.

Decisions (tests/test_proxy_calls.py shows each):
- primary: `full_name` for an individual or sole proprietor, `organization` for an organization; giving only
  the one that does not fit the client type is a failed attempt, giving neither is a 400. It records
  `identified_by` for the policy (Инструкция запретов, п. 4, 6).
- alternative: at least two of passport, birth_date, contract_number (fewer is a 400), every one given right;
  an organization has no passport or birth date, so in practice it is identified by name only. The policy never
  lets `alternative` unlock the last 4 digits of numbers (п. 6: «Альтернативная идентификация не применяется»).
  The later matched identification decides: an alternative one after a primary one brings the call to
  `alternative`, and the gender each heard counts (guard/sessions.py record_identification; red team bb8, 14).
- guessing lock per call (seeds 003): `max_identification_attempts` failed identify calls lock the call at `none`
  for good; `max_confirm_failures` wrong confirms lock `confirm` (always false, nothing more added to `confirmed`).
  The counters are separate: a caller checking a number they half remember does not lose identification.
- guessing limits across calls (guard/proxy/limits.py; issue 10, item 3): every identify, confirm and check in a
  call first takes a slot of the customer number's and the operator's budgets (shared by every replica through
  the Redis store); a right answer gives it back, an error before the comparison gives it back, and a guess compared
  but never answered (a timeout, a client gone) keeps it spent and counts as a failure of its call (red team bb28). A spent budget is a 429 with a reason and Retry-After, given
  before anything is compared, with an audit record (`guess_limit`) and a metric. Identify and confirm, which read
  the card first, are counted against its owner's budget too (red team bb8, 21), for the audit record only
  (`owner_budget_spent`): an owner's budget shared by their numbers must change no answer and no metric, or it
  tells which numbers are one customer's (п. 8; red team bb16, 02-03).
- the call's own number (issue 10, item 2): confirming the number the operator typed to open the call answers
  truthfully but unlocks nothing (п. 5 wants a number the caller knows, not one the operator told us) and costs
  no guess.
- POST /v1/check in a call (issue 10, item 1): judged on the card as the operator sees it (`check_context`), so a
  right and a wrong guess of a hidden value get the same verdict; audited (`check`: verdict and rule names), and
  a blocked check keeps its slot of the guessing budgets.
- a contract terminated more than 5 years ago (the card policy refuses the card): identify and confirm answer
  every value as a wrong one, and count it as one — the instruction refuses such data «по причине их отсутствия»,
  and a true answer to a right guess would be an oracle on it (black-box red team, session 27, M9).
- ownership (auth on, guard/proxy/auth.py): a call belongs to the operator who opened it; another operator's
  call id is 403. The identity names the operator: an `operator_id` in the body must agree with it (403), or
  may be left out. With auth off the body's `operator_id` is required, as docs/interfaces.md §7 has it.
- counters are updated through `SessionStore.transact`, atomic across processes sharing a Redis store.
"""
from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import replace
from typing import Any

from aiohttp import web

from guard.audit import operator_pseudonym
from guard.disclosure import CheckContext
from guard.disclosure.http import SAID
from guard.disclosure.speaker_change import SPEAKER_CHANGED_RULE
from guard.identification import (
    CONFIRMABLE_FIELDS,
    PHONE_FIELDS,
    match_full_name,
    match_organization,
    match_value,
    parse_spoken_date,
    phone_digits,
    said_digits,
    stated_number,
    stated_number_at,
)
from guard.policy.owner import OwnerUnreadable, owner_reading
from guard.policy.paths import MISSING, parse_path, resolve
from guard.proxy import jsoncodec, upstream
from guard.proxy.cardwork import size_of
from guard.proxy.auth import CALLER_FEED_ROLE, forbidden, identity_of, require_owner
from guard.proxy.errors import GuardError, bad_gateway, bad_request, not_found
from guard.proxy.filtering import screen_of
from guard.proxy.limits import GuessingLocked, Reservation, keyed_digest
from guard.proxy.middlewares import CALL_ID_KEY
from guard.proxy.models import ConfirmBody, CreateCallBody, IdentifyBody, read_body
from guard.proxy.state import STATE, ProxyState
from guard.sessions import (
    CONFIRM,
    IDENTIFICATION_NONE,
    IDENTIFY,
    CallSession,
    InvalidMsisdn,
    new_call_id,
    normalize_msisdn,
    record_call_end,
    record_caller_change,
    record_confirmation,
    record_identification,
    release_attempt,
    reserve_attempt,
)

# alternative identification: body field -> the card field it is compared with.
ALTERNATIVE_FACTS = {"passport": "owner.passport", "birth_date": "owner.birth_date", "contract_number": "contract.number"}
ALTERNATIVE_MIN_FACTS = 2

# Whose card an identification matched: the owner's identity, not the numbers, tariffs or notes a card also carries.
OWNER_IDENTITY = tuple(parse_path(path) for path in (
    "client_type", "owner.last_name", "owner.first_name", "owner.middle_name", "owner.organization",
    "owner.birth_date", "owner.passport", "contract.number"))


def owner_digest(state: ProxyState, card: Any) -> str:
    """A keyed digest of the card owner's identity (never stored or shown as the values themselves): the paths above
    and the owner as its one reading states it (guard/policy/owner.py: a patronymic moved to `patronymic` or into a
    full name between the identification and a later read is another owner)."""
    values = [None if (value := resolve(card, path)) is MISSING else value for path in OWNER_IDENTITY]
    reading = owner_reading(card)
    values.append(sorted((fact, [str(value) for value in stated]) for fact, stated in reading.stated.items()))
    values.append(sorted(reading.unreadable))
    identity = json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
    return keyed_digest(state.owner_key(), identity.encode("utf-8", "surrogatepass"))


# Whose hidden facts a guess is at (the guessing budgets, guard/proxy/limits.py): the person — by name and birth date,
# and by passport — whichever of their numbers or contracts the call was opened on (red team bb8, 21).
_PERSON_BY_NAME = tuple(parse_path(path) for path in (
    "owner.last_name", "owner.first_name", "owner.middle_name", "owner.organization", "owner.birth_date"))
_PERSON_BY_PASSPORT = (parse_path("owner.passport.series"), parse_path("owner.passport.number"))
# An organisation (or a sole proprietor) is named by its contract and its INN, not by how the CRM spells its name on
# each of its numbers ("ООО «Север»", "Север, ООО", "ООО Север (филиал)"): a key by each (red team bb9, 24).
_ORGANISATION_BY = (("contract", (parse_path("contract.number"),)),
                    ("inn", (parse_path("owner.inn"),)), ("inn", (parse_path("inn"),)))
_CLIENT_TYPE, _ORGANISATION_NAME = parse_path("client_type"), parse_path("owner.organization")


def guessed_owners(state: ProxyState, card: Any) -> tuple[str, ...]:
    """Keyed digests of the card's owner, one per way the CRM names the same person (a card lacking one still
    shares the other) — an organisation by its contract and INN too; written the same whatever the case, ё or
    separators. Empty for a card with no owner facts."""
    def spelled(value: Any) -> str:
        if value is MISSING or value is None:
            return ""
        date = parse_spoken_date(value) if isinstance(value, str) else None
        text = date.isoformat() if date else str(value)
        return re.sub(r"[\W_]+", "", text.casefold().replace("ё", "е"))

    ways = [("name", _PERSON_BY_NAME), ("passport", _PERSON_BY_PASSPORT)]
    if resolve(card, _CLIENT_TYPE) != "individual" or spelled(resolve(card, _ORGANISATION_NAME)):
        ways += _ORGANISATION_BY  # a card naming an organisation, or not saying it is a person's, is keyed so too
    owners = []
    for name, paths in ways:
        facts = [spelled(resolve(card, path)) for path in paths]
        if any(facts):
            person = json.dumps([name, *facts], ensure_ascii=False)
            owners.append(keyed_digest(state.owner_key(), b"guessed:" + person.encode("utf-8", "surrogatepass")))
    return tuple(owners)


def confirmation_digest(state: ProxyState, field: str, number: str) -> str:
    """A keyed digest of (card path, number stated) for the call state: what a п. 5 confirmation is bound to, never
    the number itself (sessions live in Redis)."""
    stated = json.dumps([field, number], ensure_ascii=False)
    return keyed_digest(state.owner_key(), b"confirmed:" + stated.encode("utf-8", "surrogatepass"))


def for_this_card(state: ProxyState, session: CallSession | None, card: Any) -> CallSession | None:
    """The session as it stands for `card` (None: no call).

    An identification holds only for the owner it was matched against: the number handed to another customer after
    the identification, or a CRM answering a later read with another owner, reads that owner's card at
    identification none — no last 4 digits of theirs, no gender of the first caller (red team round 25).
    A confirmation (п. 5) holds only while the card holds the number the caller stated at that path: a CRM that
    answers a later read with another city number shows it as unconfirmed (red team bb8, 03)."""
    if session is None:
        return None
    if session.identified_owner is not None and session.identified_owner != owner_digest(state, card):
        session = replace(session, identification=IDENTIFICATION_NONE, identified_by=None, caller_gender="unknown",
                          identified_owner=None)
    still = frozenset(path for path in session.confirmed if _still_stated(state, session, path, card))
    return session if still == session.confirmed else replace(session, confirmed=still)


def _still_stated(state: ProxyState, session: CallSession, path: str, card: Any) -> bool:
    number = stated_number_at(path, card) if isinstance(card, dict) else None
    return number is not None and confirmation_digest(state, path, number) in session.confirmed_values


def withheld_whole(state: ProxyState, session: CallSession, card: Any) -> bool:
    """Whether the card policy refuses `card` whole (a contract terminated over 5 years ago): no value of it is
    compared — one decision, the policy's, read the way the card itself is read for this call."""
    return state.policy.apply(card, replace(session, today=None), redact_text=_withheld).refused


async def create_call(request: web.Request) -> web.Response:
    state = request.app[STATE]
    body = await read_body(request, CreateCallBody)
    try:
        msisdn = normalize_msisdn(body.msisdn)
    except InvalidMsisdn as error:
        raise bad_request(str(error)) from None
    identity = identity_of(request)
    operator_id = body.operator_id
    if identity is not None:
        if operator_id is not None and operator_id != identity.operator_id:
            raise forbidden("operator_id differs from the authenticated operator")
        operator_id = identity.operator_id
    if operator_id is None:
        raise bad_request("operator_id: Field required")
    if identity is None:
        operator_id = operator_pseudonym(operator_id)  # the client's own text: only a plain code is kept as it is
    session = CallSession(call_id=new_call_id(), msisdn=msisdn, operator_id=operator_id, created_at=time.time())
    await state.sessions.create(session)
    # an operator speaks with one caller at a time: the call they had open is over (red team bb17, 22)
    before = (await state.sessions.replace_current(operator_id, session.call_id)
              if state.settings.one_call_per_operator else None)
    if before and before != session.call_id:
        await state.sessions.transact(before, record_call_end)
    await state.audit.record("call", call_id=session.call_id, operator_id=session.operator_id)
    return web.json_response({"call_id": session.call_id}, status=201)


async def _session(state: ProxyState, request: web.Request) -> CallSession:
    session = await state.sessions.get(request.match_info["call_id"])
    if session is None:
        raise not_found("unknown or expired call id")
    request[CALL_ID_KEY] = session.call_id
    require_owner(request, session.operator_id)
    if session.ended:
        raise GuardError(409, "the call has ended: the operator opened another call")
    return session


async def fetch_card(state: ProxyState, msisdn: str) -> dict[str, Any]:
    """The unfiltered card, for comparison only: it never leaves this module."""
    answer = await upstream.fetch(state.client, state.settings, "GET", state.settings.card_path.format(msisdn=msisdn),
                                  metrics=state.metrics)
    if answer.status == 404:
        raise not_found("the CRM has no card for this call's number")
    if answer.status != 200:
        raise bad_gateway("the CRM did not return the card")
    try:
        card = jsoncodec.loads(answer.body)
    except (ValueError, RecursionError):
        raise bad_gateway("the CRM's card does not parse") from None
    if not isinstance(card, dict):
        raise bad_gateway("the CRM's card is not a JSON object")
    if size_of(card, state.settings).over(state.settings) is not None:
        # read for identification, a confirmation or another answer's owner, it costs what a fetched card costs
        # (guard/proxy/cardwork.py; red team bb25, f03): over the card budget it is not read (fail closed)
        state.metrics.upstream_errors.inc("card_too_large")
        raise bad_gateway("the CRM's card is larger than the guard reads")
    return card


def _unreadable_owner(state: ProxyState, error: OwnerUnreadable) -> GuardError:
    """A card writing an owner's fact the comparison needs in a shape no reader reads (a patronymic as an object or a
    list; red team bb27, f06) is a bad CRM answer: 502 with the reason (it names the fact, never a value), counted
    with the CRM's other bad answers — nothing was compared, so the identification stays where it was."""
    state.metrics.upstream_errors.inc("owner_unreadable")
    return bad_gateway(str(error))


def primary_match(body: IdentifyBody, card: dict[str, Any]) -> tuple[bool, str | None]:
    """(matched, identified_by) for primary identification (Инструкция запретов, п. 1: ФИО or organization name)."""
    if card.get("client_type") == "organization":
        return (bool(body.organization) and match_organization(body.organization, card)), "organization"
    return (bool(body.full_name) and match_full_name(body.full_name, card)), "full_name"


def alternative_match(body: IdentifyBody, card: dict[str, Any]) -> bool:
    given = {card_field: getattr(body, name) for name, card_field in ALTERNATIVE_FACTS.items() if getattr(body, name)}
    if len(given) < ALTERNATIVE_MIN_FACTS:
        return False
    return all(match_value(card_field, said, card) for card_field, said in given.items())


async def _guess(state: ProxyState, kind: str, session: CallSession, card: Any = None) -> tuple[Reservation, bool]:
    """A slot of the number's and the operator's guessing budgets (guard/proxy/limits.py), taken before any
    comparison — a spent one raises GuessingLocked (answered 429) — and, when `card` was read, a slot of its owner's
    budget counted for the auditor: the second value says whether that one was spent already.

    The owner's budget decides nothing (red team bb16, 02-03). It is shared by every number of one person, so any
    answer it changed — a 429 on number Y after guesses on number X (bb12, 05), a right name answered as a wrong one
    (bb16, 03), a metric (bb16, 02) — would tell the operator that X and Y are one customer's (Инструкция запретов,
    п. 8), and would lock the real owner out of identification. Guessing on the line is bounded per call, per number
    and per operator; a spent owner's budget is written in the guess's audit record (`owner_budget_spent`)."""
    reservation = await _reserve(state, kind, session)
    owners = guessed_owners(state, card) if card is not None else ()
    if not owners:
        return reservation, False
    counted, spent = await state.guesses().count_owner(kind, owners)
    return Reservation(kind, reservation.budgets + counted.budgets), spent


async def _reserve(state: ProxyState, kind: str, session: CallSession) -> Reservation:
    try:
        return await state.guesses().reserve(kind, msisdn=session.msisdn, operator_id=session.operator_id)
    except GuessingLocked as locked:
        state.metrics.guesses_refused.inc(locked.scope, kind)
        await state.audit.record("guess_limit", call_id=session.call_id, operator_id=session.operator_id, guess=kind,
                                 locked=locked.scope, retry_after_s=round(locked.retry_after_s))
        raise


async def _reserve_attempt(state: ProxyState, call_id: str, kind: str, reservation: Reservation,
                           max_attempts: int) -> bool:
    """Reserve-then-compare in the call (red team bb28; guard/sessions.py reserve_attempt): the attempt is counted as
    a failure before the card is compared, so attempts in flight at once — on one replica or several sharing a Redis
    store — never compare past the call's limit. False (the number's slot given back, nothing to compare) when the
    call's attempts are all in flight or spent; the attempt is then answered and recorded as a wrong one."""
    try:
        held = await state.sessions.transact(call_id, lambda current: reserve_attempt(current, kind, max_attempts))
    except BaseException:
        await state.guesses().refund(reservation)
        raise
    if held is None:
        await state.guesses().refund(reservation)
        raise not_found("unknown or expired call id")
    if not held.reserved:
        await state.guesses().refund(reservation)
    return held.reserved


async def _reserve_a_guess(state: ProxyState, guess: str, attempt: str, session: CallSession,
                           max_attempts: int) -> tuple[Any, Reservation, bool, bool]:
    """Reserve-then-compare's first half, one for identify and confirm: the card (whose owner's budget is read off it),
    the guessing budgets' slots (_guess: GuessingLocked propagates, the caller answers it 429), whether the owner's
    budget was spent already, and whether the call's attempt is held (_reserve_attempt)."""
    card = await fetch_card(state, session.msisdn)
    reservation, owner_spent = await _guess(state, guess, session, card)
    reserved = await _reserve_attempt(state, session.call_id, attempt, reservation, max_attempts)
    return card, reservation, owner_spent, reserved


async def _nothing_compared(state: ProxyState, call_id: str, kind: str, reservation: Reservation,
                            reserved: bool) -> None:
    """An attempt that failed before anything was compared gives back what it reserved: the number's and the
    operator's slots, and the call's attempt (shielded from a cancellation; if the store fails here the attempt stays
    counted — the stricter reading)."""
    await state.guesses().refund(reservation)
    if reserved:
        try:
            await asyncio.shield(state.sessions.transact(call_id, lambda current: release_attempt(current, kind)))
        except Exception:  # noqa: BLE001 — the request is failing already; its own error is the one to raise
            pass


async def identify(request: web.Request) -> web.Response:
    state = request.app[STATE]
    body = await read_body(request, IdentifyBody)
    if body.method == "primary" and not (body.full_name or body.organization):
        raise bad_request("primary identification needs full_name or organization")
    if body.method == "alternative" and sum(bool(getattr(body, name)) for name in ALTERNATIVE_FACTS) < ALTERNATIVE_MIN_FACTS:
        raise bad_request("alternative identification needs at least two of: " + ", ".join(ALTERNATIVE_FACTS))
    async with state.call_lock(request.match_info["call_id"]):
        session = await _session(state, request)
        matched, identified_by, owner, owner_spent, reserved = False, None, None, False, False
        if not session.identification_locked:
            try:
                card, reservation, owner_spent, reserved = await _reserve_a_guess(
                    state, "identify", IDENTIFY, session, state.settings.max_identification_attempts)
            except GuessingLocked as locked:
                return locked.response()
            compared = False
            try:
                owner = owner_digest(state, card)
                compared = reserved  # reserve-then-compare: from here the guess is spent, answered or not
                # Name matching uses the morphological dictionaries: milliseconds, off the event loop all the same.
                if not reserved or withheld_whole(state, session, card):
                    matched = False  # answered as a wrong name, and counted as one
                elif body.method == "primary":
                    matched, identified_by = await asyncio.to_thread(primary_match, body, card)
                else:
                    matched = await asyncio.to_thread(alternative_match, body, card)
            except BaseException as error:
                if isinstance(error, OwnerUnreadable) or not compared:
                    await _nothing_compared(state, session.call_id, IDENTIFY, reservation, reserved)
                # else compared but never answered (the request's deadline, a client gone): the number's slot and
                # the call's attempt stay spent, so no interleaving of requests compares past either budget
                if isinstance(error, OwnerUnreadable):
                    raise _unreadable_owner(state, error) from None
                raise
            if matched:
                await state.guesses().refund(reservation)  # the legitimate flow costs nothing
        # Applied to the session as it is NOW: another process may have counted a failure meanwhile.
        outcome = await state.sessions.transact(session.call_id, lambda current: record_identification(
            current, method=body.method, matched=matched, identified_by=identified_by,
            caller_gender=body.caller_gender, max_attempts=state.settings.max_identification_attempts, owner=owner,
            reserved=reserved,
        ))
        if outcome is None:
            raise not_found("unknown or expired call id")
        after = outcome.session
        if not outcome.matched and session.identification != IDENTIFICATION_NONE and (memory := request.app.get(SAID)):
            memory.new_caller(session.call_id)  # withdrawn (red team bb13, 15): the earlier caller's words too
        state.metrics.identifications.inc(
            body.method, "locked" if after.identification_locked else "matched" if outcome.matched else "not_matched")
        await state.audit.record(
            "identify", call_id=after.call_id, operator_id=after.operator_id, method=body.method,
            matched=outcome.matched, identification=after.identification.value, identified_by=after.identified_by,
            caller_gender=after.caller_gender, failures=after.identify_failures, locked=after.identification_locked,
            owner_budget_spent=owner_spent,
        )
    return web.json_response({"identification": after.identification.value, "matched": outcome.matched})


async def check_context(state: ProxyState, call_id: str) -> CheckContext | None:
    """For POST /v1/check (guard/disclosure/http.py): the call's card AS THE OPERATOR SEES IT, or None for an unknown call.

    Never the hidden card: a verdict that compared the operator's words with hidden values would answer
    "is the surname Иванов?" — block for the right guess, allow for a wrong one (issue 10, item 1). With the card
    the policy shows under this call's state, a guessed surname, number or address is judged like any other the
    caller has not said, and the last 4 digits item 6 shows may be said (one decision: the card policy's).
    If the CRM cannot be reached the check fails (502) rather than running blind.
    """
    session = await state.sessions.get(call_id)
    if session is None:
        return None
    card = await fetch_card(state, session.msisdn)
    session = for_this_card(state, session, card)
    decision = state.policy.apply(card, replace(session, today=None), redact_text=_withheld)
    # the screen's view, card-aware scrubbing included: a value the screen masks is judged as hidden (red team bb20, 04:
    # a DE name masked on a card with a second owner record, else an oracle on it)
    shown, _ = screen_of(state.policy, decision)
    return CheckContext.of(session, shown, shown=True)


def _withheld(text: str) -> str:
    """Free text of the card is not needed to judge speech: withheld from the shown card the checker reads."""
    return ""


@web.middleware
async def check_call_owner(request: web.Request, handler) -> web.StreamResponse:
    """POST /v1/check names its call in the body (guard/disclosure/http.py reads it). Around the handler:
    the owner rule (auth on), the guessing budgets (429 when locked), and one audit record per check —
    verdict and rule names, never the text."""
    if request.method != "POST" or request.path != "/v1/check":
        return await handler(request)
    state = request.app[STATE]
    try:
        data = json.loads(await request.read())  # aiohttp keeps the body for the handler
    except (ValueError, UnicodeDecodeError, RecursionError):
        data = None
    call_id = data.get("call_id") if isinstance(data, dict) else None
    session = await state.sessions.get(call_id) if isinstance(call_id, str) and call_id else None
    if session is not None:
        request[CALL_ID_KEY] = session.call_id
        feed = data.get("speaker") == "client" and CALLER_FEED_ROLE in getattr(identity_of(request), "roles", ())
        if not feed:  # the caller's side (the ASR feed) tells the caller's words in every call; the rest, its owner
            require_owner(request, session.operator_id)
    reservation = None
    if session is not None:
        try:
            reservation, _ = await _guess(state, "check", session)
        except GuessingLocked as locked:
            return locked.response()
    try:
        response = await handler(request)
    except BaseException:
        if reservation is not None:
            await state.guesses().refund(reservation)
        raise
    answer = _answer_of(response)
    verdict, rules = _verdict_of(answer)
    if session is not None and data.get("speaker") == "client" and _caller_changed(answer):
        # someone else is on the line now: the earlier caller's identification is withdrawn (fail closed; any client
        # line may say so — it only ever hides more, so the caller's side need not be trusted for it)
        await state.sessions.transact(session.call_id, record_caller_change)
        await state.audit.record("caller_changed", call_id=session.call_id, operator_id=session.operator_id)
    # A block in a call is a probe of the card as much as a slip: it keeps its slot of the budget.
    probe = verdict == "block"
    if reservation is not None and not probe:
        await state.guesses().refund(reservation)
    record: dict[str, Any] = {}
    if probe and session is not None:
        # For the auditor only (never in the answer): did the words name a value hidden on this call's card —
        # a disclosure, or a guess that was right? Rule names, never the values.
        record["hidden_values"] = await _hidden_values_named(request, state, session, str(data.get("text") or ""))
    state.metrics.checks.inc(verdict)
    await state.audit.record("check", call_id=session.call_id if session else None,
                             operator_id=session.operator_id if session else None,
                             status=response.status, verdict=verdict, rules=rules, probe=probe, **record)
    return response


async def _hidden_values_named(request: web.Request, state: ProxyState, session: CallSession, text: str) -> list[str] | str:
    """The rules whose hidden card values the operator's words contain (the whole card, as offline QA reads it)."""
    from guard.disclosure.checker import default_checker
    from guard.disclosure.http import CHECKER, SAID
    from guard.disclosure.personal import card_spans
    from guard.disclosure.text import Utterance

    try:
        card = await fetch_card(state, session.msisdn)
    except Exception:  # noqa: BLE001 — the CRM went away after the check: say so, the check itself stands
        return "unknown"
    checker = request.app.get(CHECKER) or default_checker()
    said = request.app[SAID].said(session.call_id)
    context = CheckContext.of(session, card)

    def named() -> list[str]:
        utterance = Utterance(text)
        return sorted({rule.id for rule in checker.rules.rules if rule.speaker == "operator"
                       for value in rule.card if any(True for _ in card_spans(value, utterance, context, said))})

    return await asyncio.to_thread(named)


CALLER_CHANGED_HINT = SPEAKER_CHANGED_RULE  # the caller's side says another person speaks now (disclosure/speaker_change.py)


def _answer_of(response: web.StreamResponse) -> dict[str, Any] | None:
    """A /v1/check answer's JSON object (None for an error or anything else), read once for the verdict and the hints."""
    body = getattr(response, "body", None)
    if response.status != 200 or not isinstance(body, (bytes, bytearray)):
        return None
    try:
        answer = json.loads(body)
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


def _caller_changed(answer: dict[str, Any] | None) -> bool:
    """Does a client line's /v1/check answer carry the hint that someone else is on the line now?"""
    return answer is not None and any(isinstance(hint, dict) and hint.get("rule") == CALLER_CHANGED_HINT
                                      for hint in answer.get("hints") or [])


def _verdict_of(answer: dict[str, Any] | None) -> tuple[str, list[str]]:
    """The verdict and rule names of a /v1/check answer ("error" for anything else)."""
    if answer is None:
        return "error", []
    rules = sorted({str(v.get("rule")) for v in answer.get("violations") or [] if isinstance(v, dict)})
    return str(answer.get("verdict")), rules


def confirmable(field: str) -> bool:
    """A card path the matcher can compare (list indices as in the card: numbers[0].msisdn). An index is a list
    position of at most 3 digits: a longer one would carry a number into the session and the audit."""
    return re.sub(r"\[\d{1,3}\]", "[*]", field) in CONFIRMABLE_FIELDS


def is_call_number(field: str, value: str, session: CallSession) -> bool:
    """The value is the number the operator typed to open the call (any spelling): they know it, it proves nothing."""
    if re.sub(r"\[\d+\]", "[*]", field) not in PHONE_FIELDS:
        return False
    try:
        return phone_digits(said_digits(value)) == session.msisdn
    except ValueError:
        return False


async def confirm(request: web.Request) -> web.Response:
    state = request.app[STATE]
    body = await read_body(request, ConfirmBody)
    if not confirmable(body.field):
        raise bad_request("field cannot be confirmed; one of: " + ", ".join(sorted(CONFIRMABLE_FIELDS)))
    async with state.call_lock(request.match_info["call_id"]):
        session = await _session(state, request)
        if is_call_number(body.field, body.value, session):
            return await _confirm_call_number(state, session, body)
        matches, owner_spent, reserved = False, False, False
        if not session.confirm_locked:
            try:
                card, reservation, owner_spent, reserved = await _reserve_a_guess(
                    state, "confirm", CONFIRM, session, state.settings.max_confirm_failures)
            except GuessingLocked as locked:
                return locked.response()
            try:
                # else answered as a wrong value, and counted as one
                if reserved and not withheld_whole(state, session, card):
                    matches = await asyncio.to_thread(match_value, body.field, body.value, card)
            except OwnerUnreadable as error:
                await _nothing_compared(state, session.call_id, CONFIRM, reservation, reserved)
                raise _unreadable_owner(state, error) from None
            except ValueError:
                await _nothing_compared(state, session.call_id, CONFIRM, reservation, reserved)
                raise bad_request("field cannot be confirmed") from None
            # any other error: compared but never answered — the slot and the call's attempt stay spent (as identify)
            if matches:
                await state.guesses().refund(reservation)
        # The number the caller stated, keyed: the confirmation holds while the card holds that number (п. 5).
        number = stated_number(body.field, body.value) if matches else None
        digest = confirmation_digest(state, body.field, number) if number else None
        outcome = await state.sessions.transact(session.call_id, lambda current: record_confirmation(
            current, field=body.field, matches=matches, max_failures=state.settings.max_confirm_failures,
            value_digest=digest, reserved=reserved,
        ))
        if outcome is None:
            raise not_found("unknown or expired call id")
        after = outcome.session
        state.metrics.confirmations.inc("locked" if after.confirm_locked else "matches" if outcome.matches else "mismatch")
        await state.audit.record(
            "confirm", call_id=after.call_id, operator_id=after.operator_id, field=body.field,
            matches=outcome.matches, failures=after.confirm_failures, locked=after.confirm_locked,
            owner_budget_spent=owner_spent,
        )
    return web.json_response({"matches": outcome.matches})


async def _confirm_call_number(state: ProxyState, session: CallSession, body: ConfirmBody) -> web.Response:
    """Confirming the call's own number (issue 10, item 2): answered truthfully — the operator typed it — but it
    unlocks nothing (Инструкция запретов, п. 5 needs a number the caller knows, not one the operator told the
    proxy), costs no guess and changes no counter."""
    matches = False
    if not session.confirm_locked:
        card = await fetch_card(state, session.msisdn)
        if not withheld_whole(state, session, card):
            matches = await asyncio.to_thread(match_value, body.field, body.value, card)
    state.metrics.confirmations.inc("call_number")
    await state.audit.record("confirm", call_id=session.call_id, operator_id=session.operator_id, field=body.field,
                             matches=matches, call_number=True, unlocked=False,
                             failures=session.confirm_failures, locked=session.confirm_locked)
    return web.json_response({"matches": matches})
