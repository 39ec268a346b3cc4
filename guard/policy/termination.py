"""The contract's end as the whole card states it, not only at `contract.status` / `contract.terminated_at`.

The 5-year rule (policies/152fz.yaml, contract_terminated_over_5_years) reads those two fields. A CRM may write the
end elsewhere: `contract.end_date` or `closed_at` beside status "active", a flattened `contract_status` /
`contract_terminated_at`, the card's own top-level `status` / `terminated_at`, a `Contract` or `договор` key, a
system comment "Договор расторгнут 01.01.2019" (red team bb18, f06). The card then contradicts itself, and the
stricter reading holds (docs/interfaces.md §3): the rule's conditions read the status as in doubt and the end as the
earliest one stated (guard/policy/conditions.field_value; never in place of an own end that is unknown or after today
unless the own status is live: such an end only adds a refusal, review of stop 53, F1), so a termination stated
anywhere with a date over five years ago — or with a date no one can read — refuses the card.

Where the card is read — every record of the contract's state, at any depth, one reading (red team bb23, f01): the
card's top level; every mapping under a key that names a contract ("contract", "Contracts", "договор", a `contract`
inside a `numbers` entry), and everything inside it; and the call's own number's record wherever the card writes it
(a mapping holding the card's `msisdn`, in any spelling of the number: `numbers[*]`, `lines[*]`, a nested list).
There a key naming a status whose value says closed ("terminated", "расторгнут", "закрыт"), and a key naming the end
("terminated_at", "end_date", "closed_at", "дата_расторжения") with any value, are a statement of termination; keys
are read as words under any spelling (case, "_", "-", camelCase, full-width, look-alike letters of the other script).
A contract record itself (the mapping under the contract key) also states its end by a date under a key whose
meaning guard does not know ("dissolved_at", "annulled_on"): a date the record gives that names no beginning or
ongoing event ("signed_at", "created_at", "updated_at") is read as a possible end (the stricter reading). A comment's
text states it with the event of ending in any of its forms (`_closing`, red team bb28, f01: a closing verb's past
form or participle, its noun in any case, a word cut short) about the contract, and a date (the earliest written); and
every other kind of ending (`_ending_event`, red team bb29, f01: the contract or the number ends, expires, loses force,
leaves for another operator — «завершён», «истёк», «утратил силу», «перенесён к другому оператору» — said of it, and
read fail closed: a live state negated or limited by a past date, an unknown past form beside it) dated where it is
said. A number ported out, a record deleted and a fixed term run out state an end too (`_ported_out`, `_term_ended`)
that only adds a refusal: it hides no other end its record states (review 54, proxy F1, F2; `Termination.only_adds`).
Another number's entry (a number that is not the call's) or a call's end is not the contract's. Stop 55 (red team bb30,
f05): a note is read under every way it may be written (`_readings`: dates in words and spoken numbers, other
scripts' digits, Latin letters), with dates relative to today (recognizers/birth_date.py `dates_ago`) and more kinds
of ending (the number released, given to another person, cut off for good; the service given up; the owner dead); a
closing stated in a past form with no date it can place is an end no one knows (refused); a closing negated
(`_withheld`) states nothing. Review s55 took out the readings that cleared a closing — a cancelling word, a topic
preposition, another number the note names, a speaker's label —, and a relative date in a note with an `at` is
unplaceable. Stop 56: the thing that ends must be the contract, the number or its service — a closing or an ending
whose subject or object is, by the note's syntax, a part the contract holds (its SIM, a device, a tariff option, a
package, a promo, a subscription, a block: `_ends_another_thing`) states no end («Старая SIM заблокирована навсегда»
refused a live card); the contract's word among the things, none named, or no parse: the ending stands.

Every shape a record of the state takes is read the same way (red team bb24, f03; `_stated_by`): a state object or an
event ("state": {"name": "Расторгнут", "since": …}, "events": [{"type": "termination", "date": …}]) — an entry, that
is a mapping inside a contract record or under a status, history or event key — whose words say closed states the
end at its dates (with none, an end no one knows); a live flag that does not say yes ("active": false) states an end
no one knows; a key saying closed names the end ("inactive_since"); inside a contract every mapping is the contract's
(a period's "to" is a date under a key naming no beginning), an interval or a list of dates gives each of its dates,
and a note in words that says the contract closed ("расторгнут 01.01.2015") states its end, dated or not. An entry
that names a beginning or a live event ({"type": "signed"}, a "payments" list) states none.

The same records are where the card's kind is read again (`values_stated`, red team bb26, f03): a `payment_type` the
card writes under another spelling of the key at its top level, in its contract, a subscription, an account or the
owner's record is one more statement of the one field (guard/policy/conditions._disagrees: two values, in doubt).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Iterator, NamedTuple

from guard.document import DIGITS, LETTER_RUN
from guard.morph import parses
from guard.policy.flash import folded
from guard.policy.operators import number_digits, parse_date
from guard.recognizers.birth_date import (BIRTH_CUE, ISO, NUMERIC, SPACED, WORDS, YEAR, YEAR_FIRST, date_readings,
                                          dates_ago)
from guard.recognizers.lexicon import (CARRIERS, CLOSED_LEMMAS, CLOSING_NOUN_LEMMAS,
                                       CONTRACT_CLOSING_LEMMAS, ENDING_EVENTS, LIVE_STATE_LEMMAS,
                                       NEIGHBOURS_ANOTHER_STEMS, NEIGHBOURS_CONTRACT_STEMS, NEIGHBOURS_ENDING_STEMS,
                                       OPERATOR_STEMS, PARTS_THAT_END_ALONE,
                                       SUBSCRIBERS_EVENTS, latin_to_cyrillic)

# The policy's own fields: read by the rule itself.
_OWN = (("contract", "status"), ("contract", "terminated_at"))
# Key words (a key cut at "_", "-", "." , spaces and camelCase, lowercased) that name a contract, a status, an end.
_CONTRACT_KEY = frozenset({"contract", "contracts", "agreement", "договор", "контракт", "соглашение"})
_STATUS_KEY = frozenset({"status", "state", "статус", "состояние"})
# Keys whose mappings are entries of the contract's state: a state object, a status history, an event list
_STATE_KEY = _STATUS_KEY | frozenset({"statuses", "states", "history", "histories", "event", "events", "lifecycle",
                                      "log", "changes", "история", "события", "событие", "статусы", "состояния"})
# A status written in English: a word opening with one of these says closed; in Russian, CLOSED_LEMMAS.
_CLOSED_STEMS = ("terminat", "closed", "cancel", "ended", "expired", "inactive", "annul")
# A key naming the end: the closing words of a status ("inactive_since", "terminatedOn") and these
_END_KEY_STEMS = _CLOSED_STEMS + ("closing", "close", "expir", "deactiv", "расторж", "закрыт", "прекращ", "окончан",
                                  "аннулир", "churn", "disconnect", "отток")
_END_KEY_WORDS = frozenset({"end", "ended", "ends", "till", "until"})
# A record deleted (red team bb29, f01 notes: a top-level `deleted_at`, `is_deleted`): the data are not held — the
# instruction's own reason for refusing («по причине их отсутствия»); read as an end, since when the key may say
_DELETED_KEY_STEMS = ("delet", "удал")
# A number ported out (MNP): a porting word with a leaving one ("ported_out", "portOutDate", "mnp_out"); ported in is
# a live contract's beginning
_PORT_KEY_STEMS = ("port", "mnp", "мнп", "портир", "перенос")
_OUT_KEY_WORDS = frozenset({"out", "away", "outgoing", "исходящий", "к", "другому", "другой"})  # a donor may be either
# A contract record's dates that are no end: its beginning and the events of a live contract (a date under any other
# key is read as a possible end: the stricter reading)
_BEGIN_KEY_STEMS = ("creat", "sign", "start", "begin", "open", "activat", "connect", "conclu", "since", "from",
                    "effective", "regist", "updat", "modif", "chang", "sync", "load", "import", "export", "pay",
                    "paid", "bill", "invoic", "renew", "prolong", "extend", "check", "verif", "birth", "issu",
                    "заключ", "подпис", "начал", "открыт", "созда", "подключ", "активац", "обновл", "измен",
                    "регистр", "оплат", "продл")
# A flag saying the contract is live ("active", "isActive", "is_valid", "действует"): any answer but yes says closed
_LIVE_KEY = frozenset({"active", "valid", "live", "enabled", "open", "opened", "активен", "активный", "активна",
                       "действует", "действующий", "действителен", "действительный", "открыт"})
_FLAG_WORDS = frozenset({"is", "flag", "contract", "договор"})  # "is_active", "contract_active", "active_flag"
_YES = frozenset({"true", "yes", "y", "t", "1", "on", "да", "active", "активен", "действует"})
# A text that may speak of a closing: the first four letters of every closing lemma (its every form and every cut of it
# down to four letters begins so: "растор.", "прекр."), and the English closing words' stems
_CLOSING_LEMMAS = CLOSED_LEMMAS | CLOSING_NOUN_LEMMAS
_COMMENT_CUE = re.compile("|".join(sorted({lemma[:4] for lemma in _CLOSING_LEMMAS})) + "|terminat|clos|cancel|annul|churn",
                          re.IGNORECASE)
# An English word that says closed: a past participle or the event's noun ("terminated", "termination", "closure")
_CLOSED_ENGLISH = ("terminated", "termination", "closed", "closure", "cancelled", "canceled", "cancellation",
                   "annulled", "annulment", "churned")
_CONTRACT_WORD = re.compile(r"договор|контракт|contract|agreement", re.IGNORECASE)
_CONTRACT_WORDS = ("договор", "контракт")  # what a cut-short word may begin ("Дог.", "дог-р", "контр.")
# what follows a word cut short: a period or a hyphen ("растор.", "дог-р"); matched at a word's end, never from inside a run
# of blanks (a search from every blank of a long run was quadratic: tests/test_redos.py)
_ABBREVIATED = re.compile(r"(?<!\s)\s*[.\-]")
# The grammatical words a bare note holds beside its closing and its date ("расторгнут в 2015 г.", "closed on …")
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "ADVB"})
_FUNCTION_ENGLISH = frozenset({"on", "in", "at", "since", "from", "as", "of", "the"})
_WORD = re.compile(r"[^\W\d_]+")
# A date in a comment, in the shapes the date kind reads (recognizers/birth_date.py: "30.04.2018", "2018-04-30",
# "2018/04/30", "30 04 2018", "30 апреля 2018 г.", "30.04.18"); else a year alone, read as its first day (stricter).
_A_DATE = re.compile("|".join((ISO, YEAR_FIRST, NUMERIC, SPACED, WORDS)), re.IGNORECASE)
_A_YEAR = re.compile(YEAR, re.IGNORECASE)
# A day and a month with no year ("29.11"): a date, though one that states no end
_DAY_MONTH = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\d]|\.\d)")
_MAX_NODES = 10_000  # mappings and values read at most; past it the card is read as stating an unreadable end
_DEPTH = 64  # as deep as the proxy forwards a card (settings.max_json_depth); deeper is read as an unreadable end


# Russia's easternmost zone (Kamchatka, Chukotka: UTC+12). The 5-year rule counts from the latest calendar day it
# is anywhere in the country, so a server's own zone never keeps a contract "not yet over 5 years" for the hours
# the country's east has already moved on (fail closed: refused a few hours early, never late).
LATEST_RUSSIAN_OFFSET = timedelta(hours=12)


def policy_today(now: datetime | None = None) -> date:
    """The day the policy's date tests read as today: the latest calendar day in Russia at `now` (default: now)."""
    moment = now if now is not None else datetime.now(timezone.utc)
    return (moment.astimezone(timezone.utc) + LATEST_RUSSIAN_OFFSET).date()


class Termination(NamedTuple):
    """One statement of the contract's end: the end as written (a date, a string, None when none is given)."""

    end: Any
    from_note: bool = False  # read from a note in words, not from a key or an entry's date
    # an end told only by a record's deletion, a number's port-out or a fixed term run out (red team bb29, f01): it
    # adds a refusal and never dates, hides or replaces another statement of its record (review 54, proxy F1, F2)
    only_adds: bool = False


UNREADABLE = Termination("unreadable")  # a card too large to read whole: its end is unknown (old, refused)


def terminations_stated(card: Any, today: date | None = None) -> list[Termination]:
    """Every statement of the contract's end the card makes outside `contract.status` / `contract.terminated_at`; a
    comment's two-digit year is read in the century that does not put it after `today` (the policy's today)."""
    if not isinstance(card, dict):
        return []
    found: list[Termination] = []
    budget = [_MAX_NODES]
    for record in _state_records(card, budget):
        found.extend(_stated_by(record, today))
    notes = [*_as_list(card.get("comments")), *_as_list(card.get("flash_restrictions"))]  # a Flash note is a note
    own = _number_key(card.get("msisdn"))
    for text, written_at in _comment_texts(notes, budget):
        # a note written on a day of its own: «3 года назад» counts from that day, not today's — unplaceable (review
        # s55 finding 7: read from today it was placed later than written)
        end = _stated_in_comment(text, today, own_number=own, ago_placeable=not written_at)
        if end is not None:  # with no date it can place: an end no one knows (red team bb30, f05)
            found.append(Termination(None if end is _UNDATED else end, from_note=True))
    if budget[0] <= 0:
        found.append(UNREADABLE)
    return found


def _stated_by(record: "_Record", today: date | None) -> list[Termination]:
    """What one record of the contract's state says of its end (`_statements_of`); a record that dates its end says
    no more by a closed status or flag beside it ({"status": "closed", "closed_at": "2024-01-01"} states that day, not
    also an end no one knows: an unknown end refuses on its own, review of stop 53, F1); a note's date does not date
    it (a note may be a request: «заявление на расторжение от …»). A deletion's, a port-out's or a run-out term's end
    (`only_adds`) is kept beside the rest and dates nothing: a note's end or a closed status with no date in the same
    record stands (review 54, proxy F1, F2: «Договор расторгнут 15.01.2016» hidden behind a 2024 deletion)."""
    found = list(_statements_of(record, today))
    read = [statement for statement in found if not statement.only_adds]
    dated = [statement for statement in read if statement.end is not None and not statement.from_note]
    return (dated or read) + [statement for statement in found if statement.only_adds]


def _statements_of(record: "_Record", today: date | None) -> Iterator[Termination]:
    """What one record of the contract's state says of its end (red team bb24, f03: one reading of every shape a
    CRM records a state in):

    - a status that says closed: a string ("terminated"), or a state object or a status history whose entry says it
      ("state": {"name": "Расторгнут", "since": …}) — read as entries, below;
    - an end by its key's name ("terminated_at", "inactive_since": a key saying closed names the end);
    - a live flag that does not say yes ("active": false, "is_valid": "no", "действует": 0);
    - inside a contract (the record and every mapping in it): a date under a key naming no beginning or live event
      ("dissolved_at", a period's "to"), an interval's end ("2005-01-01/2015-01-01"), each date of a list, and a note
      in words that says the contract closed ("расторгнут 01.01.2015", "terminated on 2015-01-01": dated or not;
      outside a contract, a note as a comment is read: with a contract word and a date);
    - an entry (a mapping inside a contract, or under a status, history or event key) one of whose words says closed
      ({"type": "termination", "date": …}, {"name": "Расторгнут", "since": …}): its dates, the earliest, are the end —
      with none, an end no one knows (the stricter reading).
    """
    words_above = record.words_above
    closed_entry = record.entry and any(isinstance(value, str) and _short(value) and says_closed(value)
                                        for key, value in record.node.items() if isinstance(key, str))
    if closed_entry:
        ends = [end for key, value in record.node.items() for end in _dates_of(value, _names_a_period(key))]
        yield from (Termination(end) for end in ends) if ends else (Termination(None),)
        return
    # an entry naming a beginning, a live event or a live state ({"type": "signed"}, {"name": "Действует"}): its
    # dates are when that began, no end
    begins = record.entry and any(isinstance(value, str) and _short(value) and (
        _names_a_beginning(_key_words(value)) or _key_words(value) & _LIVE_KEY) for value in record.node.values())
    yield from _term_ended(record.node, today)
    for key, value in record.node.items():
        if not isinstance(key, str) or record.path + (key,) in _OWN:
            continue
        words = _key_words(key)
        if words & _STATUS_KEY and isinstance(value, str) and (says_closed(value) or abbreviates_closed(value)
                                                               or _ported_out(_key_words(value))
                                                               or not record.entry and _status_ends(value, record)):
            yield Termination(None)
        elif _names_an_end(words) and value not in _NOTHING:
            yield Termination(None if value is True else value)
        elif words & _LIVE_KEY and words <= _LIVE_KEY | _FLAG_WORDS and _not_yes(value):
            yield Termination(None)  # "active": false — closed, since when no one says
        elif record.contract and not (begins and words <= _PLAIN_DATE_KEY) \
                and not _names_a_beginning(words | words_above):
            for end in _dates_of(value, _names_a_period(key)):
                yield Termination(end)  # a date under a key of unknown meaning: possibly the end (stricter)
        if _names_a_removal(words) and not _names_an_end(words) and value not in _NOTHING:
            yield Termination(None if value is True else value, only_adds=True)  # deleted, ported out
        # a note in words, or a list of notes ("notes": [...]), read as a comment is (in a contract's record, the
        # contract's)
        for note in [value] if isinstance(value, str) else [m for m in value[:64] if isinstance(m, str)] \
                if isinstance(value, list) else []:
            end = _stated_in_comment(note, today, contract_named=record.contract or record.entry,
                                     own_note=record.contract and not record.entry)
            if end is not None:
                yield Termination(None if end is _UNDATED else end, from_note=True)


# the keys that say only "when" — in an entry naming a beginning or a live state, its beginning's date; any other key
# there ("dissolved_at", a period's "to") may still be an end (the merge's review: one live word beside an end's date)
_NOTHING = (None, "", False, [], {})  # a value that states nothing
_PLAIN_DATE_KEY = frozenset({"date", "dt", "at", "on", "since", "from", "when", "time", "timestamp", "ts", "day",
                             "дата", "с", "когда", "время", "день"})


def _status_ends(value: str, record: "_Record") -> bool:
    """A record's own status (not an entry's: a payment's «Завершён» is the payment's) told by an ending beside the
    closings («Завершён», «Срок истёк», «Не действует», «Перенесён к другому оператору»): in a contract's record said
    of the contract, elsewhere as a bare note («Обработка завершена» is the processing's)."""
    return len(value) <= 64 and _may_tell_an_ending(value) and _ending_event(value, record.contract) is not None


def says_closed(value: str) -> bool:
    """Whether a status says the contract is closed: "terminated", "Closed", "расторгнут", "закрыт"."""
    for word in _WORD.findall(value):
        lowered = word.lower()
        if lowered.startswith(_CLOSED_STEMS) or any(p.normal_form in CLOSED_LEMMAS for p in parses(word)):
            return True
    return False


# A closed status's words written whole, and the live ones (the policy's "active" and "suspended", in both languages):
# a status code that begins one of the first and none of the second is that closed word cut short
_CLOSED_WORDS = ("terminated", "closed", "cancelled", "canceled", "ended", "expired", "inactive", "annulled",
                 "deactivated", "disconnected", "churned", "расторгнут", "закрыт", "прекращен", "аннулирован")
_LIVE_WORDS = ("active", "suspended", "open", "opened", "valid", "enabled", "live", "действует", "действующий",
               "активен", "активный", "приостановлен", "открыт")


def abbreviates_closed(value: str) -> bool:
    """Whether a status code is a closed status's word cut short — its start, down to one letter — and no live
    status's: "TERM", "T", "Terminat.", "РАСТ", "З" say closed; "A" (active or annulled), "S", "П" (приостановлен or
    прекращён) do not (the bb27 red team's "held but ambiguous": `status_code: "TERM"`, `state: "T"` beside
    `status: "active"`). Decided fail closed: a termination marker with no date to tell how long ago refuses the
    card, as a closed status with no date does."""
    code = value.strip().rstrip(".").casefold().replace("ё", "е")
    if not code or len(code) > 16 or not code.isalpha():
        return False
    return any(word.startswith(code) for word in _CLOSED_WORDS) and not any(word.startswith(code)
                                                                           for word in _LIVE_WORDS)


class _Record(NamedTuple):
    """One mapping read as a record of the contract's state: where it is, whether it is a contract's (the record
    under a contract key, or any mapping inside one), whether it is an entry (a state object, an event, a period: a
    mapping inside a contract record, or under a status, history or event key), and the words of the keys above it
    inside the contract ("payments", "period")."""

    path: tuple[str, ...]
    node: dict
    contract: bool
    entry: bool
    words_above: frozenset[str]


def _state_records(card: dict, budget: list[int]) -> Iterator[_Record]:
    """Every record of the contract's state: the card's top level, every mapping under a contract key and inside it
    (any depth), every mapping under a status, history or event key of a record read, and the call's own number's
    record wherever it is (see the module's docstring). A card nested deeper than guard reads is read as stating an
    end no one can read (the budget spent: fail closed)."""
    own = _number_key(card.get("msisdn"))
    stack: list[tuple[dict, tuple[str, ...], bool, bool, bool, frozenset[str], int]] = [
        (card, (), True, False, False, frozenset(), 0)]
    while stack:
        node, path, read, contract, entry, above, depth = stack.pop()
        if depth > _DEPTH:
            budget[0] = 0
            return
        read = read or (own is not None and any(_number_key(member) == own for member in node.values()))
        if read:
            budget[0] -= len(node)
            if budget[0] <= 0:
                return
            yield _Record(path, node, contract, entry, above)
        for key, member in node.items():
            if not isinstance(key, str):
                continue
            words = _key_words(key)
            names_a_contract = bool(words & _CONTRACT_KEY)
            inner_contract = contract or names_a_contract
            inner_entry = read and (contract or bool(words & _STATE_KEY))
            inner_read = bool(path) and read or names_a_contract or inner_entry
            inner_above = above | words if contract else frozenset()
            # a record of its own under a read record's key — the subscription, the account, the customer, the
            # owner, the subscriber, a "meta" (red team bb25, f02) — is one more record of the same state; a list's
            # entries are not (services, payments: each item has a state of its own), nor a record of another
            # number (a contact's, another line's)
            single = read and isinstance(member, dict) and not _another_numbers(member, own)
            for inner in _mappings(member):
                stack.append((inner, path + (key,), inner_read or single, inner_contract, inner_entry, inner_above,
                              depth + 1))


def values_stated(card: Any, code: str) -> list[Any] | None:
    """Every value the card's records of its state write under a key that is `code` in any spelling ("payment_type",
    "paymentType", "PAYMENT-TYPE" for "paymenttype"): the records the contract's end is read from (`_state_records`:
    the top level, the contract, a subscription, an account, the owner's record, the call's own number's entry — one
    reading of the card's own records, red team bb26, f03), so a fact the card states twice is read from each place
    it states it. None for a card too large or too deep to read whole (nothing can be said of it: fail closed)."""
    if not isinstance(card, dict):
        return []
    budget = [_MAX_NODES]
    found = [value for record in _state_records(card, budget) for key, value in record.node.items()
             if isinstance(key, str) and key_code(key) == code]
    return None if budget[0] <= 0 else found


@lru_cache(maxsize=4096)
def key_code(key: str) -> str:
    """A key as one code under any spelling: "paymentType", "Payment-Type", "PAYMENT_TYPE", full-width or with
    look-alike letters of the other script -> "paymenttype"."""
    return re.sub(r"[\W_]+", "", folded(key)).lower()


def _another_numbers(node: dict, own: str | None) -> bool:
    """Whether a mapping is the record of a number that is not the call's: it holds a phone number, and not the
    call's own (a contact's record, another line's)."""
    numbers = {_number_key(member) for member in node.values()} - {None}
    return bool(numbers) and own not in numbers


# A contract's beginning that a term runs from ("signed_at", "start_date", "дата_заключения"), and a term's length by
# its unit, in the key or the value ("duration_years": 5, "term": "5 лет", "срок_мес": 60)
_TERM_START_STEMS = ("sign", "start", "begin", "conclu", "effective", "заключ", "подпис", "начал")
_UNIT_STEMS = {"years": ("y", "лет", "год", "г"), "months": ("m", "мес"), "days": ("d", "дн", "ден", "сут")}
_TERM_LENGTH = re.compile(r"^\s*(?:p\s*)?(\d{1,3})\s*([^\W\d_]*)\.?\s*$", re.IGNORECASE)


def _term_ended(node: dict, today: date | None) -> Iterator[Termination]:
    """A fixed term that ran out (red team bb29, f01 notes: `signed_at` with `duration_years`): a record giving its
    beginning and its term's length states the term's end — when that day is past (a term still running states
    nothing). A renewal is not read: a contract whose term ran out over 5 years ago is refused though it may have been
    prolonged (fail closed: the card does not say it was). A length whose unit no word tells is read in days (the
    earliest end)."""
    if not any(isinstance(key, str) and _key_words(key) & _PERIOD_KEY for key in node):
        return
    starts = [parse_date(value) for key, value in node.items() if isinstance(key, str) and isinstance(value, str)
              and any(word.startswith(_TERM_START_STEMS) for word in _key_words(key))]
    starts = [start for start in starts if start is not None]
    if not starts:
        return
    for key, value in node.items():
        if not isinstance(key, str) or not _key_words(key) & _PERIOD_KEY or isinstance(value, bool):
            continue
        found = _TERM_LENGTH.match(str(value)) if isinstance(value, (int, str)) else None
        if found is None:
            continue
        unit = _term_unit(_key_words(key) | {found.group(2).lower()})
        end = _after(min(starts), int(found.group(1)), unit)
        if end is not None and end <= (today or policy_today()):
            yield Termination(end.isoformat(), only_adds=True)


def _term_unit(words: set[str] | frozenset[str]) -> str:
    for unit, stems in _UNIT_STEMS.items():
        if any(word.startswith(stems) for word in words if word):
            return unit
    return "days"


def _after(start: date, amount: int, unit: str) -> date | None:
    try:
        if unit == "days":
            return start + timedelta(days=amount)
        months = amount * 12 if unit == "years" else amount
        year, month = divmod(start.month - 1 + months, 12)
        return date(start.year + year, month + 1, min(start.day, 28))  # the 29th-31st read as the 28th: earlier
    except (ValueError, OverflowError):
        return None


def _short(value: str) -> bool:
    """A code or a name ("Расторгнут", "TERMINATED", "contract_closed"), not a sentence: at most three words."""
    return len(value) <= 64 and len(_WORD.findall(value)) <= 3


def _not_yes(value: Any) -> bool:
    """Whether a live flag's value says anything but yes: false, 0, "no", "нет", "N" — nothing (None) says nothing, and
    a list or a mapping is no flag."""
    if value is None or isinstance(value, (dict, list)):
        return False
    if isinstance(value, (bool, int, float)):
        return not value
    return str(value).strip().lower() not in _YES


# What may stand between the dates of an interval or a list written in one string: "2005-01-01/2015-01-01",
# "01.01.2005 - 01.01.2015", "с 2005-01-01 по 2015-01-01", "2005-01-01..2015-01-01"
_BETWEEN_DATES = re.compile(r"(?:[\s/\-–—.,;:()\[\]]|\b(?:с|по|до|from|to|till|until)\b)*", re.IGNORECASE)


def _dates_of(value: Any, period: bool = False) -> list[str]:
    """The dates a value gives: itself when it is one, each date of an interval or a list written in one string
    ("2005-01-01/2015-01-01"), each date of a list (["2005-01-01", "2015-01-01"]); under a key naming the contract's
    period (`period`), a period of years; none for anything else."""
    if isinstance(value, list):
        return [date_ for member in value[:64] for date_ in _dates_of(member, period)]  # no deeper than the card
    if not isinstance(value, str):
        return []
    if _a_date(value):
        return [value]
    found = [match.group() for match in _A_DATE.finditer(value)]
    if len(found) >= 2 and _BETWEEN_DATES.fullmatch(_A_DATE.sub(" ", value)):
        return [text.strip() for text in found]  # a date the rule cannot parse is read as old (stricter)
    # a period of years alone ("2005-2015", "с 2005 по 2015", "2005–2015 гг."): each year read as its first day (the
    # stricter reading of an end whose day is not written; red team bb28, f01) — only under a key naming the period
    # (review of stop 53, F2: "ref": "2024-2025", "season", "tariff_years" are no contract's period)
    years = _FULL_YEAR.findall(value) if period else []
    if len(years) >= 2 and _BETWEEN_DATES.fullmatch(_YEAR_WORD.sub(" ", _FULL_YEAR.sub(" ", value))):
        return [f"{year}-01-01" for year in years]
    return []


# A key naming the contract's period ("period", "contract_term", "срок_действия"): where two years are its period
_PERIOD_KEY = frozenset({"period", "term", "validity", "duration", "период", "срок"})


def _names_a_period(key: Any) -> bool:
    return isinstance(key, str) and bool(_key_words(key) & _PERIOD_KEY)


_FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_YEAR_WORD = re.compile(r"(?<![^\W\d_])(?:гг|г|годы|года|год)\b\.?", re.IGNORECASE)


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value] if isinstance(value, (str, dict)) else []


def _mappings(member: Any) -> Iterator[dict]:
    """The mappings a member holds: itself, or the mappings of a list (lists of lists too)."""
    if isinstance(member, dict):
        yield member
    elif isinstance(member, list):
        for inner in member:
            yield from _mappings(inner)


def _number_key(value: Any) -> str | None:
    """A phone number's last ten digits, the same however it is written ("79161234567", "+7 916 123-45-67",
    "8 (916) 1234567"), or None for a value that is no such number."""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return None
    text = str(value)
    if not 10 <= len(text) <= 24 or not text[-1:].isdigit():
        return None
    digits = number_digits(text)
    return digits[-10:] if digits is not None and 10 <= len(digits) <= 12 else None


def _a_date(value: Any) -> bool:
    """Whether a value is a written date ("2015-01-01", "2015-01-01T00:00:00", "01.01.2015", "1 января 2015 г."), not
    a number that happens to read as one ("20150101" is an identifier's shape as much as a date's)."""
    if not isinstance(value, str) or value.strip().isdigit():
        return False
    return parse_date(value) is not None or _A_DATE.fullmatch(value.strip()) is not None


def _comment_texts(comments: Any, budget: list[int]) -> Iterator[tuple[str, bool]]:
    """Each note's text, with whether it has an `at` (a day it was written on) of its own."""
    for comment in comments if isinstance(comments, list) else ():
        budget[0] -= 1
        if budget[0] <= 0:
            return
        text = comment.get("text") if isinstance(comment, dict) else comment
        if isinstance(text, str):
            yield text, isinstance(comment, dict) and comment.get("at") not in (None, "")


# A note inside a contract's record that says it closed and gives no date: closed, since when no one says
_UNDATED = "undated"


def _stated_in_comment(text: str, today: date | None = None, *, contract_named: bool = False,
                       own_note: bool | None = None, own_number: str | None = None,
                       ago_placeable: bool = True) -> date | str | None:
    """The end a comment states (the earliest date it writes), when it says the contract closed — the event of
    ending in any of its forms (`_closing`: a past verb or a participle, "расторгнут", "прекратил действие"; the
    event's noun, "расторжение", "дата расторжения"; a closing word cut short, "Дог. растор.") — about the contract: a
    contract word beside it ("договор", "Дог."), a closing that speaks of a contract alone ("расторжение"), or a bare
    note that names nothing else ("закрыт 01.01.2015": the card's own); or any other event of ending said of the
    contract, the number, its service or its owner (`_ending_event`). A request ("хочет расторгнуть договор"), a
    closing negated ("не расторгнут") states nothing.

    Red team bb30, f05 — one reading of the note under every way it may be written (`_readings`): its dates in words
    and spoken numbers ("пятнадцатого января две тысячи пятнадцатого года"), in other scripts' digits ("２０１５"),
    relative to today ("11 лет назад", "в прошлом веке": recognizers/birth_date.py `dates_ago`), its words in Latin
    letters ("Dogovor rastorgnut"); the strictest reading stands. A closing or an ending with no date, or with a date
    no one can place ("давно", "дата неизвестна", "14 марта" with no year), states an end no one knows (`_UNDATED`,
    refused as a closed status with no date is: fail closed). `contract_named`: the text is a contract record's own
    note ("расторгнут 01.01.2015", "terminated on 2015-01-01"): the contract needs no word of its own. `own_note`: for
    the endings beside the closings (`_ending_event`), whether the text is the contract record's own note — an entry
    inside it or a history's ("Платёж завершён", "Звонок завершён") says it of something of its own (default:
    `contract_named`). `own_number`: the call's number (unused since review s55, finding 1: a number the note names
    voids nothing). `ago_placeable`: False for a note with an `at` of its own — a date told relative to today is then
    unplaceable (review s55, finding 7)."""
    ends = [end for reading in _readings(text) if (end := _stated_in_reading(
        reading, today, contract_named=contract_named, own_note=own_note, own_number=own_number,
        ago_placeable=ago_placeable)) is not None]
    if not ends:
        return _neighbours_closing(text, today, contract_named) or _end_of_an_unread_note(text, today)
    dated = [end for end in ends if isinstance(end, date)]
    if "unreadable" in ends:
        return "unreadable"
    return min(dated) if dated else _UNDATED


# Red team bb32, f01: a note in a language this reader does not read («Договір розірвано 15.01.2015», a Kazakh, Armenian
# or Georgian note) may state the end in words no lemma or stem here holds. Fail closed: such a note's earliest past
# date is read as a stated end, so a card whose unread note dates anything over five years back is refused (Инструкция
# запретов, «!!!» after п. 1: the data of a contract ended over 5 years ago are refused). A note is unread when most of
# its words of three letters or more (two at least) are neither words of the Russian dictionary nor plain Latin ones
# (English and transliterated Russian are read by the readings above): «Келісімшарт бұзылды», «Дагавор скасаваны»,
# «Պայմանագիրը լուծվել է». Only a whole written date counts (a bare year may be a phone's last group), and not one a
# birth word names (recognizers/birth_date.py BIRTH_CUE: «туған күні 14.05.1990» is the owner's birth, no event of
# the contract).
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")
_BIRTH_REACH = 24  # how far before a date a birth word names it


def in_a_language_unread(text: str) -> bool:
    """Whether a note is written in a language this reader does not read (above). Russian notes are read however they
    are written (review of s57-bb32, M1): a word cut short by a dot («Подкл.», «пасп.», «безлим.») is an abbreviation,
    a capitalized word the dictionary parses as a surname, name or patronymic («Шайхутдинов», «Хабибуллин») a name, so
    neither counts; nor does an acronym («SIM», «MNP», «CRM»), which reads in every language."""
    words = [found for found in _LONG_WORD.finditer(text) if not _AN_ACRONYM.fullmatch(found.group())]
    unread = sum(not found.group().isascii() and not _read_as_russian(found.group(), text[found.end():found.end() + 1])
                 for found in words)
    return unread >= 2 and 2 * unread > len(words)


_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")
_AN_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _read_as_russian(word: str, after: str) -> bool:
    """Whether a word of plain Russian letters is a word of a Russian note: the dictionary's, an abbreviation, a name."""
    from guard.morph import NAME_GRAMMEMES, known_word, parses

    if not _CYRILLIC_WORD.fullmatch(word):
        return False
    if known_word(word) or after == ".":
        return True
    return word[:1].isupper() and word[1:].islower() and any(NAME_GRAMMEMES & parse.tag.grammemes
                                                               for parse in parses(word)[:2])


def _end_of_an_unread_note(text: str, today: date | None) -> date | str | None:
    """The earliest day on or before today an unread note writes as a whole date no birth word names, or None; a whole
    date no calendar has ("31.02.2015") is "unreadable", as in a Russian note (_stated_in_reading: fail closed)."""
    if not (_A_DATE.search(text) or _DATE_SHAPE.search(text)) or not in_a_language_unread(text):
        return None
    today = today or policy_today()
    read = _numbers_read(text)
    written = _whole_dates(read, today, births=False)
    if None in written or _a_date_shape_unread(read):
        return "unreadable"
    days = [day for day in written if day is not None and day <= today]
    return min(days) if days else None


# A day, a month and a year of 1900-2099 in digits with one separator: a date's shape whatever its values ("31.13.2015",
# "00.01.2015"), which _A_DATE does not read as a date. A Russian note reads its year (_stated_in_reading); an unread
# note's end is then no day anyone can place: unreadable (fail closed).
_DATE_SHAPE = re.compile(r"(?<![\d.])\d{1,2}([./\-])\d{1,2}\1(?:19|20)\d\d(?!\d)")


def _a_date_shape_unread(written: str) -> bool:
    """Whether a note writes a date's shape (_DATE_SHAPE) no whole date covers and no birth word names."""
    dates = [found.span() for found in _A_DATE.finditer(written)]
    return any(not any(low <= shape.start() and shape.end() <= high for low, high in dates)
               and not BIRTH_CUE.search(written, max(0, shape.start() - _BIRTH_REACH), shape.start())
               for shape in _DATE_SHAPE.finditer(written))


_NEGATIONS = frozenset({"не", "ни", "ne", "nie", "nu", "not", "no"})


def _neighbours_closing(text: str, today: date | None, contract_named: bool) -> date | str | None:
    """The end a note in a neighbour's language states (lexicon NEIGHBOURS_ENDING_STEMS: «Договір розірвано», «Дагавор
    скасаваны», «Shartnoma bekor qilindi», «Umowa rozwiązana»; NEIGHBOURS_ANOTHER_STEMS before OPERATOR_STEMS: «до
    іншого оператора», «boshqa operatorga»): its earliest past date; with none, an end no one knows
    when the note names the contract or the number (lexicon NEIGHBOURS_CONTRACT_STEMS) or is a contract's own. A stem
    right after a negation («не розірвано») states nothing."""
    from guard.normalize import folded_other_letters

    written = re.findall(r"[^\W\d_]+(?:['’ʻ‘ʼ`][^\W\d_]+)?", text)
    words = [folded_other_letters(word) for word in written]
    if not any((word.startswith(NEIGHBOURS_ENDING_STEMS) and not _a_russian_word(written[i])
                or (word in NEIGHBOURS_ANOTHER_STEMS  # «баска операторга», not «Баскаков, оператор»
                    or word.startswith(NEIGHBOURS_ANOTHER_STEMS) and not _a_russian_word(written[i]))
                and any(later.startswith(OPERATOR_STEMS) for later in words[i + 1:i + 3]))
               and (i == 0 or words[i - 1] not in _NEGATIONS) for i, word in enumerate(words)):
        return None
    dated = _written_days(text, today)
    if "unreadable" in dated:
        return "unreadable"  # a date no calendar has: read as old (fail closed), as in a Russian note
    if dated:
        past = [day for day in dated if day <= (today or policy_today())]
        return min(past) if past else None
    if contract_named or any(word.startswith(NEIGHBOURS_CONTRACT_STEMS) for word in words):
        return _UNDATED
    return None


def _a_russian_word(word: str) -> bool:
    """Whether a word a neighbour's stem begins is a word of the Russian dictionary, proper names included («Бузулука»
    for "бузул", «Баскаков» for "баска", review of s57-bb32 M1): a Russian word, not the neighbour's."""
    from guard.morph import known_word

    return _CYRILLIC_WORD.fullmatch(word) is not None and known_word(word)


def _written_days(text: str, today: date | None) -> list[date] | list[str]:
    """The days a note writes (dates; else its years as their first day), spoken numbers read as digits; ["unreadable"]
    when one of its whole dates is a day no calendar has."""
    today = today or policy_today()
    written = _numbers_read(text)
    whole = _whole_dates(written, today)
    if None in whole:
        return ["unreadable"]
    days: list[date] = [day for day in whole if day is not None]
    if not days:
        days = [date(_full_year(int(DIGITS.search(year.group()).group()), today), 1, 1)
                for year in _A_YEAR.finditer(_A_DATE.sub(" ", written))]
    return days


def _whole_dates(written: str, today: date, *, births: bool = True) -> list[date | None]:
    """The days of the whole dates a note writes (its numbers already read as digits), a two-digit year read in full
    (_full_year), None for one no calendar has ("31.02.2015": the callers read it as unreadable, fail closed); with
    `births=False`, not those a birth word names just before them."""
    days = []
    for found in _A_DATE.finditer(written):
        if not births and BIRTH_CUE.search(written, max(0, found.start() - _BIRTH_REACH), found.start()):
            continue
        readings = [(day, month, _full_year(year, today)) for day, month, year in date_readings(found.group())
                    if year is not None]
        if readings:
            days.append(_first_day(readings))
    return days


def normalize_numbers(text: str) -> Any:
    from guard.normalize import normalize_numbers as read  # the normalizer reads the registry, late

    return read(text)


def normalize_unicode(text: str) -> Any:
    from guard.normalize import normalize_unicode as read

    return read(text)


# The stems a number said in words begins with (a cheap gate before guard/normalize's reading of spoken numbers: most
# notes say none)
_NUMBER_WORD = re.compile(r"(?<![а-яё])(?:ноль|нол|нул|один|одн|перв|два|две|двух|втор|тр[еиоё]|четыр|четв[её]рт|пят|шест|"
                          r"сем|седьм|восем|восьм|девя|десят|одиннадцат|сорок|сто|двест|трист|тысяч|полтор)",
                          re.IGNORECASE)


@lru_cache(maxsize=1024)
def _numbers_read(text: str) -> str:
    """`text` with its spoken and worded numbers as digits (guard/normalize.py), or itself when it says none."""
    return normalize_numbers(text).text if not text.isascii() and _NUMBER_WORD.search(text) else text


def _readings(text: str) -> list[str]:
    """The note as written and as guard reads any text (red team bb30, f05): compatibility forms and other scripts'
    digits plain, spoken numbers as digits (guard/normalize.py, the reading every kind's dates are read in: "две тысячи
    пятнадцатом году" -> "2015 году"), and its Latin words read in Cyrillic (lexicon.latin_to_cyrillic, the one Latin
    reading: "Dogovor rastorgnut" -> "договор расторгнут"). Only a note that may speak of an ending is normalized."""
    found = [text]
    plain = text if _PLAIN_NOTE.fullmatch(text) else normalize_unicode(text).text  # most notes: nothing to read
    if _LATIN_WORD.search(plain):
        found.append(_LATIN_WORD.sub(lambda word: latin_to_cyrillic(word.group()), plain))
    found.append(plain)
    readings = []
    for reading in found:
        if not (_COMMENT_CUE.search(reading) or _may_tell_an_ending(reading)):
            continue
        for written in (reading, _numbers_read(reading)):
            if written not in readings:
                readings.append(written)
    return readings


# A note in Russian letters, ASCII digits and the usual marks only: no other reading of its letters or digits
_PLAIN_NOTE = re.compile(r"[А-Яа-яЁё0-9\s.,:;!?()\-–—«»\"'/№+%@*=]*")
# A word in Latin letters (an English closing read so is harmless: the note as written is read too)
_LATIN_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])", re.IGNORECASE)


def _stated_in_reading(text: str, today: date | None, *, contract_named: bool, own_note: bool | None,
                       own_number: str | None, ago_placeable: bool = True) -> date | str | None:
    """`_stated_in_comment` of one reading of the note."""
    closing = _closing(text) if _COMMENT_CUE.search(text) else None
    if closing is not None and (contract_named or closing[0] or closing[1] or _names_a_contract(text)):
        past_only = False
    elif _may_tell_an_ending(text) and (contract_named or _A_DATE.search(text) or _A_YEAR.search(text)
                                         or _may_tell_an_event(text)) \
            and (where := _ending_event(text, own_note := contract_named if own_note is None else own_note)) \
            is not None:
        past_only = True  # an ending read beside the closings: one dated after today is a term to come, not an end
        # its date is the one written where it is said — its stretch between commas, else its clause, else the note
        # («… перенесён к другому оператору 13.11.2025 … Владелец …, 25.05.1966» ended in 2025)
        text = next((text[low:high] for low, high in (where[:2], where[2:]) if _A_DATE.search(text[low:high])
                     or _A_YEAR.search(text[low:high]) or _DAY_MONTH.search(text[low:high])), text)
    else:
        return None
    today = today or policy_today()
    # the dates as every kind reads them: spoken and worded numbers as digits (the words were read above as written)
    text = _numbers_read(text)
    ago = dates_ago(text, today) if _AGO_CUE.search(text) else []
    for start, end, _day in ago:  # «22 года назад» is no year 2022
        text = text[:start] + " " * (end - start) + text[end:]
    days: list[date] = [day for _start, _end, day in ago if day is not None] if ago_placeable else []
    written = False
    for found in _A_DATE.finditer(text):
        readings = [(day, month, _full_year(year, today)) for day, month, year in date_readings(found.group())
                    if year is not None]
        if not readings:
            continue  # a day and a month with no year ("14 марта"): an end no one can place
        day = _first_day(readings)
        if day is None:
            return "unreadable"  # a date no calendar has: read as old (fail closed)
        days.append(day)
        written = True
    if not written:  # a yearless «14 марта» elsewhere does not drop the year («… в 2015 году (заявление от 14 марта)»)
        days += [date(_full_year(int(DIGITS.search(year.group()).group()), today), 1, 1)
                 for year in _A_YEAR.finditer(_A_DATE.sub(" ", text))]
    if past_only and days and min(days) > today:
        return None
    if days:
        return min(days)
    # no date it can place: an end no one knows — when a past form states it happened, of the contract, the number,
    # its service or its owner (a noun alone, «интересовался расторжением договора», and a bare «Завершено» state none)
    if (own_note if past_only else contract_named) or _tells_it_happened(text) and _names_its_thing(text):
        return _UNDATED
    return None


def _tells_it_happened(text: str) -> bool:
    """Whether a past form of a closing or an ending event stands in the text, not negated («расторгнут», «скончался»,
    «terminated»; not «не расторгнут», not «расторжение»)."""
    words = [(match.group(), match.start(), match.end()) for match in _WORD.finditer(text)]
    for i, (word, _start, _end) in enumerate(words):
        if word.lower().startswith(_CLOSED_ENGLISH) and not word.lower().endswith(("tion", "ment", "ure")):
            return True
        for parse in parses(word):
            if _a_predicate(parse) and {parse.normal_form, _unreflexive(parse.normal_form)} & _EVENT_VERBS \
                    and not _withheld(words, i, text):
                return True
    return False


def _names_its_thing(text: str) -> bool:
    """Whether the text names the contract (its word, cut short too), the number, its SIM, the service or the
    subscriber."""
    wanted = _CONTRACT_LEMMAS | _NUMBER_LEMMAS | _SUBSCRIBER_LEMMAS
    return _names_a_contract(text) or any(word.lower() in wanted or any(p.normal_form in wanted for p in parses(word))
                                          for word in _WORD.findall(text))


# A word a date told relative to today holds (recognizers/birth_date.py `dates_ago` reads it): a cheap gate
_AGO_CUE = re.compile(r"назад|прошл|позапрошл|предыдущ|минувш|этом\s+году|текущ", re.IGNORECASE)
def _closing(text: str) -> tuple[bool, bool] | None:
    """Whether a text states a closing, by morphology (red team bb28, f01: a list of spellings missed the noun and the
    cut-short word): a word one of whose parses is a closing verb's past form or participle ("расторгнут",
    "расторгли", "прекратил", "закрытому"), a closing's noun in any case ("расторжения", "прекращение",
    "аннулирование"), an English closing ("terminated", "termination"), or a word cut short ("растор.", "прекр.": four
    letters or more, a period or a hyphen after) that begins a closing's lemma or a closed status's word and no live
    one's (`abbreviates_closed`). None when none does; else (whether the closing speaks of a contract alone — "расторжение",
    "растор." —, whether the text is a bare note: nothing but closings, dates and grammatical words)."""
    closed = contract_alone = False
    bare = True
    undated = _undated(text)
    matches = list(_WORD.finditer(undated))
    words = [(match.group(), match.start(), match.end()) for match in matches]
    for i, match in enumerate(matches):
        word = match.group()
        lowered = word.lower()
        forms = parses(word)
        if lowered.startswith(_CLOSED_ENGLISH):
            closed = True
            contract_alone = contract_alone or lowered.startswith("churn")  # a subscriber's or a contract's alone
            continue
        closing = [p.normal_form for p in forms if p.normal_form in CLOSED_LEMMAS and (
            {"PRTF", "PRTS"} & p.tag.grammemes or "past" in p.tag) or (
            p.normal_form in CLOSING_NOUN_LEMMAS and "NOUN" in p.tag)]
        if not closing and len(word) >= 4 and _ABBREVIATED.match(undated, match.end()):
            # a closing cut short: the lemmas it may be cut from, when no live status's word begins so
            code = lowered.replace("ё", "е")
            if not any(live.startswith(code) for live in _LIVE_WORDS):
                closing = [lemma for lemma in _CLOSING_LEMMAS if lemma.startswith(code)] \
                    or ([code] if abbreviates_closed(word) else [])
        if closing and _withheld(words, i, undated):
            closing = []  # «не расторгнут», «заявление на расторжение», «расторжение отменено» (red team bb30, f05)
        if closing and _ends_another_thing(undated, match.start(), match.end()):
            closing = []  # «Опция закрыта», «Подписка аннулирована»: a thing of the contract's closed, not it (stop 56)
        if closing:
            closed = True
            contract_alone = contract_alone or any(lemma in CONTRACT_CLOSING_LEMMAS for lemma in closing)
        elif lowered not in _FUNCTION_ENGLISH and not any(p.tag.POS in _FUNCTION_POS for p in forms):
            bare = False
    return (contract_alone, bare) if closed else None


# The words an ending's thing may be named through («срок действия промо истёк»: what ran out is the promo's)
_VALIDITY = frozenset({"срок", "действие", "период"})
# The relations that name what an event is said of: a verb's or a participle's subject or object, an event noun's
# genitive; and the things joined to it («номер и SIM заблокированы»)
_THING_OF_A_VERB = ("obj", "nsubj:pass", "nsubj")


def _ends_another_thing(text: str, start: int, end: int) -> bool:
    """Whether the closing or ending at [start, end) of `text` is said of something the contract holds that ends on its
    own — its SIM, a device, a tariff option, a package, a promo, a subscription, a block (lexicon.PARTS_THAT_END_ALONE
    and the customer's equipment) — by the note's syntax (natasha's parser, guard/disclosure/about.py `parse_text`):
    the verb's or the participle's object, else its subject, the noun a participle qualifies, an event noun's genitive
    («Старая SIM заблокирована навсегда», «Временная блокировка завершена», «окончание акции»: stop 56, a live card
    was refused). Every such thing, the ones joined to it too, must be such a part; a thing the parse does not name,
    the contract's or the number's word among them, or a parse that fails: False — the ending stands (fail closed)."""
    parts = _parts()
    if not any(parses_word & parts for parses_word in ({p.normal_form for p in parses(word)} | {word.lower()}
                                                          for word in _WORD.findall(text))):
        return False  # no part is named: nothing to read (the parse costs milliseconds)
    from guard.disclosure.about import parse_text

    nodes = parse_text(text)
    at = next((k for k, node in enumerate(nodes) if node.start < end and start < node.end), None)
    if at is None:
        return False
    event = nodes[at]
    if not _a_part_s_ending(text, start, end, event.lemmas):
        return False  # «Сим-карта передана другому лицу», «SIM портирована в Билайн»: the number's end (review s56 f1)
    # its own sentence only (a clause of a note may run past a full stop: «… портирован к нам 29.11. Тариф …»)
    children = [(k, node.rel) for k, node in enumerate(nodes) if node.head == at and node.sentence == event.sentence]
    if event.grammemes & {"NOUN"}:
        things = [k for k, rel in children if rel == "nmod"]
    elif event.rel in ("amod", "acl") and event.head >= 0:
        things = [event.head]
    else:
        # a participle's thing is its subject (it takes no object: one the parse gives it is another word's); an active
        # verb's is its object, else its subject
        relations = _THING_OF_A_VERB[1:] if event.grammemes & {"PRTS", "PRTF"} else _THING_OF_A_VERB
        things = next(([k for k, rel in children if rel == relation] for relation in relations
                       if any(rel == relation for _k, rel in children)), [])
    named: list[int] = []
    for thing in things:
        while nodes[thing].lemmas & _VALIDITY and (deeper := [k for k, node in enumerate(nodes)
                                                              if node.head == thing and node.rel == "nmod"]):
            thing = deeper[0]  # «срок действия промо»: the promo's
        named += [thing] + [k for k, node in enumerate(nodes) if node.head == thing and node.rel == "conj"]
    ours = _CONTRACT_LEMMAS | _NUMBER_LEMMAS | _SUBSCRIBER_LEMMAS
    return bool(named) and all(nodes[k].lemmas & parts and not nodes[k].lemmas & ours
                               and not _words_under(nodes, k) & (ours | _THE_SERVICES) for k in named)


# The part reading holds for these endings only — blocked, closed, expired, ended, cut off (review s56 f1): a part
# passed to another, ported, returned to the pool, released, re-registered, its owner dead — the SIM carries the
# number — is the number's end, and a word of any of those kinds at the event keeps the ending (fail closed)
_A_PART_S_ENDINGS = (CLOSED_LEMMAS | CLOSING_NOUN_LEMMAS
                     | frozenset().union(*(ENDING_EVENTS[kind].verbs | ENDING_EVENTS[kind].nouns
                                            for kind in ("ends", "expires", "cut off for good"))))
_THE_NUMBER_S_ENDINGS = frozenset().union(*(event.verbs | event.nouns for kind, event in ENDING_EVENTS.items()
                                            if kind not in ("ends", "expires", "cut off for good")))
# A part's dependent that makes it the subscriber's or the service's own («Карта клиента», «Пакет услуг связи»,
# «Абонентское устройство»: review s56 f4)
_THE_SERVICES = frozenset({"услуга", "связь", "абонентский", "клиентский", "абонент", "клиент"})


def _a_part_s_ending(text: str, start: int, end: int, lemmas: frozenset[str]) -> bool:
    """Whether the ending at [start, end) is one a part of the contract has on its own (blocked, closed, expired, ended,
    cut off) and none of the number's (review s56 f1)."""
    said = set(lemmas) | {p.normal_form for word in _WORD.findall(text[start:end]) for p in parses(word)}
    said |= {lemma[:-2] for lemma in said if lemma.endswith(("ся", "сь"))}
    return bool(said & _A_PART_S_ENDINGS) and not said & _THE_NUMBER_S_ENDINGS


def _words_under(nodes, k: int, depth: int = 3) -> frozenset[str]:
    """The lemmas of the words that hang from node `k` (its dependents, theirs, to `depth`), in its sentence."""
    found: set[str] = set()
    frontier = [k]
    for _ in range(depth):
        frontier = [j for j, node in enumerate(nodes) if node.head in frontier and node.sentence == nodes[k].sentence]
        for j in frontier:
            found |= nodes[j].lemmas
    return frozenset(found)


@lru_cache(maxsize=1)
def _parts() -> frozenset[str]:
    """lexicon.PARTS_THAT_END_ALONE and the customer's devices (guard/disclosure/about.py CUSTOMERS_EQUIPMENT, but
    «телефон»: a number's everyday name)."""
    from guard.disclosure.about import CUSTOMERS_EQUIPMENT

    return PARTS_THAT_END_ALONE | (CUSTOMERS_EQUIPMENT - {"телефон"})


def _withheld(words: list[tuple], i: int, text: str) -> bool:
    """Whether the closing or ending at `i` (words as (word, start, end, …)) did not happen (red team bb30, f05: a
    note's closing with no date now refuses, so one that states no closing must not read as one): negated («не
    расторгнут», «ни разу не закрыт») only."""
    before = words[i - 1][0].lower() if i else ""
    if before in ("не", "ни") and not any(word[0].lower() == "пока" for word in words[max(0, i - 4):i - 1]):
        return True  # «пока договор не расторгли» says it was, later
    # a noun behind a preposition («о расторжении», «по расторжению») or beside a cancelling word («отмена») is read
    # as a closing still (review s55 findings 2 and 4: «Уведомлен о расторжении договора 01.02.2015», «…, отзыв
    # согласия» were cleared): fail closed
    return False


def _undated(text: str) -> str:
    """`text` with its dates blanked — told relative to today («11 лет назад», «в прошлом веке»), written, a year
    alone — the same length (offsets stay the text's)."""
    undated = text
    if _AGO_CUE.search(undated):
        for start, end, _day in dates_ago(undated, policy_today()):
            undated = undated[:start] + " " * (end - start) + undated[end:]
    return _A_YEAR.sub(_blank, _A_DATE.sub(_blank, undated))


# The event of ending beside the closings (red team bb29, f01: «завершён», «истёк», «утратил силу», «перенесён к
# другому оператору» were shown as live): recognizers/lexicon.py ENDING_EVENTS, each verb read in every form and
# with «-ся», each noun in every case; the words that complete an event (a carrier's name completes a leaving)
_EVENTS = tuple((event.verbs, event.nouns, event.needs | CARRIERS if event.needs & {"оператор"} else event.needs,
                 event.toward) for event in ENDING_EVENTS.values()) + (
    # the closings themselves said of the number or the service («номер закрыт», «обслуживание абонента
    # прекращено»: red team bb30, f05), where `_closing` wants the contract's word
    (CLOSED_LEMMAS, CLOSING_NOUN_LEMMAS, frozenset(), frozenset()),)
# What an ending is said of: the contract, its validity («срок действия истёк», «действие договора прекращено»), the
# number; a leaving also of the subscriber («абонент перешёл в МТС»)
# the subscriber's service too («обслуживание абонента прекращено»: red team bb30, f05)
_CONTRACT_LEMMAS = frozenset({"договор", "контракт", "соглашение", "действие", "обслуживание"})
_NUMBER_LEMMAS = frozenset({"номер"})
_SUBSCRIBER_LEMMAS = frozenset({"абонент", "клиент", "владелец"})
_EVENT_VERBS = frozenset().union(*(verbs for verbs, _nouns, _needs, _toward in _EVENTS))
_LEAVING = frozenset().union(*(ENDING_EVENTS[kind].verbs | ENDING_EVENTS[kind].nouns for kind in SUBSCRIBERS_EVENTS))
# A clause of a note: an ending is read of the contract or the number in its own clause only ("Заявка закрыта; договор
# от 01.01.2015" speaks of two things)
_CLAUSE_BREAK = re.compile(r"[;!?\n]|(?<=[^\W\d_]{3})\.(?=\s+[А-ЯЁA-Z])")
# A live state limited by a date: «действовал до 01.01.2015», «действителен по 2015 г.»
_LIMIT = re.compile(r"(?<![^\W\d_])(?:до|по|until|till)\s+(?=" + "|".join((ISO, YEAR_FIRST, NUMERIC, SPACED, WORDS, YEAR))
                    + ")", re.IGNORECASE)
# The words that may stand between a preposition and its noun ("по этому договору", "на данный номер")
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR", "ADJS"})


def _ending_event(text: str, contract_named: bool = False) -> tuple[int, int, int, int] | None:
    """Whether a note states the contract's end by an event of ending other than a closing (`_closing`), by lemma and
    morphology (red team bb29, f01): in one clause, a word of an ending event (lexicon.ENDING_EVENTS: a verb's past
    form or participle, with or without «-ся», or its noun in any case; «утратил силу», «перешёл к другому
    оператору» with the word that completes it) said of the contract or the number — the contract's word, its
    validity or the number as a subject or object, not behind a preposition ("звонок перенесён на номер …" is not the
    number's end) — or in a bare note, or in the contract's own note. Read fail closed beside it (the reading unsure:
    the end the note may state stands): a live state negated («не действует», «недействителен») or limited by a date
    («действовал до …»), and a past form or participle the dictionary does not know («терминирован» is known,
    «растаргнут» or «портирован» is not) said of the contract or the number.

    The answer is where the end's date is read: the stretch between commas the event is said in and its clause (start
    and end of each in `text`), None when the note states no such end."""
    at = 0
    for clause in [*_CLAUSE_BREAK.split(text)]:
        offset = text.index(clause, at)
        at = offset + len(clause)
        undated = _undated(clause)  # same length: offsets stay the clause's
        words = [(match.group(), match.start(), match.end(), parses(match.group())) for match in _WORD.finditer(undated)]
        comma = [undated.count(",", 0, start) for _word, start, _end, _forms in words]  # once a clause, not a word
        for i, (word, start, end, forms) in enumerate(words):
            if _ends_here(words, i, comma, undated, clause, contract_named) \
                    and not _ends_another_thing(undated, start, end):
                low = undated.rfind(",", 0, start) + 1
                high = undated.find(",", end) if "," in undated[end:] else len(clause)
                return offset + low, offset + high, offset, offset + len(clause)
    return None


def _an_adverb(word: tuple) -> bool:
    return any(p.tag.POS == "ADVB" for p in word[3])


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


def _ends_here(words: list[tuple], i: int, comma: list[int], undated: str, clause: str, contract_named: bool) -> bool:
    """Whether the word at `i` states the contract's end (see `_ending_event`; `comma`: how many commas stand before
    each word). What the event is said of (`_part`, `_said_of`: a pass over the clause) is read only for a word that
    may be an event or a live state's end (`_may_end_here`) — every word of a note asked it before stop 56."""
    word, _start, end, forms = words[i]
    if not _may_end_here(word):
        return False  # most words of a note: no event's, no live state's, no unknown past form
    if i and any(p.normal_form == "быть" and "futr" in p.tag for p in words[i - 1][3]):
        return False  # «будет перенесён»: an ending to come
    # a reflexive verb by its own lemma too («скончался», «отказался»: no «-ся»-less verb of that sense)
    lemmas = {lemma for p in forms if _a_predicate(p) for lemma in (p.normal_form, _unreflexive(p.normal_form))}
    nouns = {p.normal_form for p in forms if "NOUN" in p.tag}
    for verbs, event_nouns, needs, toward in _EVENTS:
        if not (lemmas & verbs or nouns & event_nouns) or _withheld(words, i, undated):
            continue
        # what completes the event follows it («утратил силу», «сменил оператора»; «Оператор сменил статус» is no
        # change of operator) — an adverb on either side («навсегда отключён»)
        if needs and not any(_lemmas_of(other) & needs and (not toward or _behind(words, j, toward))
                             and (j > i or _an_adverb(other)) for j, other in enumerate(words) if j != i):
            continue
        leaving = bool((lemmas | nouns) & _LEAVING)
        # a verb's subject or object anywhere in its stretch; a noun's, the genitive after it («окончание договора»,
        # «истечение срока действия договора», not «до завершения переноса»)
        said = _said_of(_part(words, i, comma), i, undated, leaving) if lemmas & verbs else (
            _of_it(words, i, leaving) and not _topic(words, i))
        completing = {j for j, other in enumerate(words) if (j > i or _an_adverb(other)) and j != i
                      and _lemmas_of(other) & needs}
        if contract_named or said or _bare(words, i, completing) or completing and _bare_stretch(words, i, completing,
                                                                                                  undated):
            return True
    if _live_state_ended(words, i, clause, forms) and (contract_named or _bare(words, i)
                                                       or _said_of(_part(words, i, comma), i, undated, False)):
        return True
    # an unknown past form or participle right beside the contract or the number («Договор растаргнут», «номер …
    # портирован»; digits are no words): unsure, read as its end — a word cut short («добавл.») is no past form
    return word.isalpha() and not any(p.is_known for p in forms) and any(_a_predicate(p) for p in forms) \
        and not _ABBREVIATED.match(undated, end) \
        and any(_said_of([w if j == k else None for j, w in enumerate(words)], i, undated, False)
                for k in (i - 1, i + 1) if 0 <= k < len(words)
                and "," not in undated[min(words[k][2], end):max(words[k][1], words[i][1])])


# Every lemma `_ends_here` reads a word by: the events' verbs (with «-ся» or without) and nouns, the live states
_ENDS_LEMMAS = _EVENT_VERBS.union(*(nouns for _verbs, nouns, _needs, _toward in _EVENTS)) | LIVE_STATE_LEMMAS


@lru_cache(maxsize=16384)
def _may_end_here(word: str) -> bool:
    """Whether `_ends_here` can answer yes for this word wherever it stands, from the word alone: one of its parses is
    a form of an event's verb or noun or of a live state (negated too: «недействителен»), or it is a past form the
    dictionary does not know. A word that is none of these is read no further (stop 56: each word of a note had its
    clause scanned for what it is said of; on the proxy bench's notes the reading is ~3x cheaper)."""
    forms = parses(word)
    for parse in forms:
        lemma = parse.normal_form
        if lemma in _ENDS_LEMMAS or _unreflexive(lemma) in _ENDS_LEMMAS \
                or lemma.startswith("не") and lemma[2:] in LIVE_STATE_LEMMAS:
            return True
    return word.isalpha() and not any(parse.is_known for parse in forms) and any(_a_predicate(p) for p in forms)


# The prepositions that make an ending's noun a topic or a purpose, not an event that happened («СМС о переносе
# номера», «заявление на перенос», «для переноса», «до завершения»); «по» with the dative too («по переносу»), not
# with the locative («по истечении срока» is upon its expiry)
_TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про", "для", "на", "до", "без", "насчет"})


def _topic(words: list[tuple], i: int) -> bool:
    if not i:
        return False
    before = words[i - 1][0].lower().replace("ё", "е")
    return before in _TOPIC_PREPOSITIONS or before == "по" and not any("loct" in p.tag for p in words[i][3]
                                                                       if "NOUN" in p.tag)


def _of_it(words: list[tuple], i: int, leaving: bool) -> bool:
    """Whether a noun's genitive chain names the contract, its validity or the number («окончание договора», «истечение
    срока действия договора», «перенос номера»)."""
    wanted = _CONTRACT_LEMMAS | _NUMBER_LEMMAS | (_SUBSCRIBER_LEMMAS if leaving else frozenset())
    for k in range(i + 1, min(len(words), i + 5)):
        forms = words[k][3]
        if any(p.tag.POS in _MODIFIER_POS for p in forms[:1]):
            continue
        if not any("NOUN" in p.tag and "gent" in p.tag for p in forms):
            return False
        if any(p.normal_form in wanted for p in forms):
            return True
    return False


def _behind(words: list, j: int, prepositions: frozenset[str]) -> bool:
    """Whether the word at `j` follows one of `prepositions`, past its modifiers («к другому оператору»)."""
    k = j - 1
    while k >= 0 and words[k] is not None and words[k][3] and all(p.tag.POS in _MODIFIER_POS for p in words[k][3]):
        k -= 1
    return k >= 0 and words[k] is not None and words[k][0].lower() in prepositions


def _part(words: list[tuple], i: int, comma: list[int]) -> list[tuple | None]:
    """The words of the clause the event at `i` is said in: its stretch between commas («Клиент закончил разговор,
    договор от …» speaks of two things), the whole clause when that stretch names nothing but the event («Договор,
    заключённый в 2010, завершён …»). Words outside are None, so indices stay the clause's; `comma`: how many commas
    stand before each word."""
    inside = [word if comma[j] == comma[i] else None for j, word in enumerate(words)]
    named = any(word is not None and j != i and any("NOUN" in p.tag for p in word[3]) for j, word in enumerate(inside))
    return inside if named else list(words)


def _may_tell_an_ending(text: str) -> bool:
    """Whether a text holds a word `_ending_event` may read: one beginning as a form of an ending's, a live state's
    (negated too: «недействителен»), the contract's or the number's lemma does (every reading needs one) — a cheap gate
    before the date's pattern and the morphology: most strings of a card hold none."""
    stems = _event_stems()
    # five letters tell «перенесён» from «перезвонить»; a contract's word cut short is short («Дог.», «контр.»)
    return any(word[:5] in stems or len(word) <= 5 and word[:3] in _CUT_CONTRACT
               for word in _WORD.findall(text.lower().replace("ё", "е")))


_CUT_CONTRACT = frozenset(word[:3] for word in _CONTRACT_WORDS)


def _may_tell_an_event(text: str) -> bool:
    """Whether a text holds a word beginning as a form of an ending's, a closing's or a live state's lemma does: the
    gate before reading an ending in a note with no date (most notes name the number or the subscriber, few an end)."""
    stems = _event_stems(True)
    return any(word[:5] in stems for word in _WORD.findall(text.lower().replace("ё", "е")))


@lru_cache(maxsize=2)
def _event_stems(events_only: bool = False) -> frozenset[str]:
    """The first five letters of every form of the endings' lemmas, the live states' (negated too) and — unless
    `events_only` — the contract's, the number's and the subscriber's words."""
    from guard.morph import get_morph

    lemmas = {lemma for event in ENDING_EVENTS.values() for lemma in event.verbs | event.nouns} | LIVE_STATE_LEMMAS \
        | (CLOSED_LEMMAS | CLOSING_NOUN_LEMMAS if events_only else _CONTRACT_LEMMAS | _NUMBER_LEMMAS
           | _SUBSCRIBER_LEMMAS)
    forms = set(lemmas)
    for lemma in lemmas:
        for parse in get_morph().parse(lemma):
            if parse.normal_form == lemma:
                forms.update(form.word.replace("ё", "е") for form in parse.lexeme)
    forms |= {"не" + form for form in forms if any(form.startswith(live[:4]) for live in LIVE_STATE_LEMMAS)}
    return frozenset(form[:5] for form in forms)


def _a_predicate(parse: Any) -> bool:
    """A past form: a verb's past, a past participle, full or short («завершён», «истёкший»; not «оканчивающийся»)."""
    return "past" in parse.tag and bool({"PRTF", "PRTS", "VERB"} & parse.tag.grammemes) or "PRTS" in parse.tag


def _unreflexive(lemma: str) -> str:
    return lemma[:-2] if lemma.endswith(("ся", "сь")) and len(lemma) > 4 else lemma


def _lemmas_of(word: tuple) -> set[str]:
    return {p.normal_form for p in word[3]} | {word[0].lower()}


def _said_of(words: list[tuple], event: int, text: str, leaving: bool) -> bool:
    """Whether the clause names the contract, its validity or the number (for a leaving, the subscriber too) as a
    subject or object: not behind a preposition (the nearest word before it, past its modifiers, is none) — «по
    договору», «на номер» are the circumstances of another event."""
    wanted = _CONTRACT_LEMMAS | _NUMBER_LEMMAS | (_SUBSCRIBER_LEMMAS if leaving else frozenset())
    for j, found in enumerate(words):
        if j == event or found is None:
            continue
        word, start, end, forms = found
        lemmas = {p.normal_form for p in forms if "NOUN" in p.tag}
        cut = len(word) >= 3 and _ABBREVIATED.match(text, end) and any(w.startswith(word.lower()) for w in _CONTRACT_WORDS)
        if not (lemmas & wanted or cut):
            continue
        if lemmas & _NUMBER_LEMMAS and not cut and (_of_another_thing(words, j) or _numbers_a_thing(words, j, text)):
            continue  # «номер заявки», «заявка номер 741»: another thing's number
        k = j - 1
        while k >= 0 and words[k] is not None and words[k][3] and all(p.tag.POS in _MODIFIER_POS for p in words[k][3]):
            k -= 1
        if k < 0 or words[k] is None or not any(p.tag.POS == "PREP" for p in words[k][3]):
            return True
    return False


# (the blanks before it are skipped in code: a leading `[ \t]*` made the pattern quadratic over a run of blanks)
_SHORT_NUMBER = re.compile(r"(?:№[ \t]*)?(\d[\d \t\-/()]{0,24}?)(?![^\W_]|[*•])")


def _numbers_a_thing(words: list, j: int, text: str) -> bool:
    """Whether «номер» at `j` is a thing's label: a noun of another thing right before it, nothing but spaces between,
    and a whole value after it shorter than a phone number («заявка номер 741»): no call's number. Both are wanted
    (review s55 finding 3: «Внимание: номер перенесён», «Номер 7916XXX0027 перенесён» were cleared)."""
    if not (j and words[j - 1] is not None and words[j - 1][3] and "NOUN" in words[j - 1][3][0].tag
            and text[words[j - 1][2]:words[j][1]].isspace()
            and not {p.normal_form for p in words[j - 1][3]} & (_CONTRACT_LEMMAS | {"телефон", "абонент", "сим-карта"})):
        return False
    at = words[j][2]
    while at < len(text) and text[at] in " \t":
        at += 1
    value = _SHORT_NUMBER.match(text, at)
    return value is not None and len(re.sub(r"\D", "", value.group(1))) < 10


def _of_another_thing(words: list[tuple], j: int) -> bool:
    """Whether «номер» at `j` is followed by the thing it numbers in the genitive («номер заявки»), other than a phone
    («номер телефона») or the contract."""
    if j + 1 >= len(words) or words[j + 1] is None:
        return False
    following = words[j + 1][3]
    return bool(following) and "NOUN" in following[0].tag and any("NOUN" in p.tag and "gent" in p.tag
                                                                  for p in following) and not any(
        p.normal_form in _CONTRACT_LEMMAS | {"телефон", "абонент", "сим-карта", "sim"} for p in following)


def _bare(words: list[tuple], event: int, completing: set[int] | frozenset[int] = frozenset()) -> bool:
    """A bare note: nothing beside the event and what completes it («силу», «к другому оператору») but grammatical words
    and modifiers (the dates already cut out): the card's own."""
    return all(j == event or j in completing or word.lower() in _FUNCTION_ENGLISH
               or any(p.tag.POS in _FUNCTION_POS for p in forms)
               or completing and forms and all(p.tag.POS in _MODIFIER_POS for p in forms)
               for j, (word, _start, _end, forms) in enumerate(words))


def _bare_stretch(words: list[tuple], i: int, completing: set[int], text: str) -> bool:
    """A bare stretch between commas holding an event with what completes it («Отключён навсегда 15.01.2015, SIM
    уничтожена»: red team bb30, f05): the card's own, whatever the note's other stretches say."""
    comma = [text.count(",", 0, start) for _word, start, _end, _forms in words]
    inside = [j for j in range(len(words)) if comma[j] == comma[i]]
    return _bare([words[j] for j in inside], inside.index(i), {inside.index(j) for j in completing if j in inside})


def _live_state_ended(words: list[tuple], i: int, clause: str, forms: tuple) -> bool:
    """A live state the note says is over: negated («не действует», «не активен», «недействителен», «неактивный»), or
    limited by a date («действовал до 01.01.2015», «действителен по …»: a limit after today states nothing, as
    `_stated_in_comment` reads every ending of this kind)."""
    lemmas = {p.normal_form for p in forms}
    if any(lemma.startswith("не") and lemma[2:] in LIVE_STATE_LEMMAS for lemma in lemmas):
        return True
    if not lemmas & LIVE_STATE_LEMMAS:
        return False
    if i and words[i - 1][0].lower() == "не":
        return True
    # a limit right after the live word, in its stretch («действовал до 01.01.2015»; not «действует, оплачен по …»)
    after = clause[words[i][2]:words[i][2] + 24]
    return (limit := _LIMIT.search(after)) is not None and "," not in after[:limit.start()]


def _names_a_contract(text: str) -> bool:
    """Whether a text names a contract: its word in any form ("договор", "контракта", "contract"), or cut short —
    three letters or more, a period or a hyphen after ("Дог.", "дог-р", "контр.")."""
    if _CONTRACT_WORD.search(text):
        return True
    return any(len(match.group()) >= 3 and _ABBREVIATED.match(text, match.end())
               and any(word.startswith(match.group().lower()) for word in _CONTRACT_WORDS)
               for match in _WORD.finditer(text))


def _first_day(readings: list[tuple[int, int, int]]) -> date | None:
    """The first reading of a written date that is a day of the calendar (`date_readings` gives the usual order
    first, then the other orders people write one in), or None when none is."""
    for day, month, year in readings:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _full_year(year: int, today: date | None) -> int:
    """A two-digit year in the century that does not put it after `today` (default: the policy's today; "18" ->
    2018, "95" -> 1995)."""
    if year >= 100:
        return year
    return 2000 + year if 2000 + year <= (today or policy_today()).year else 1900 + year


@lru_cache(maxsize=4096)
def _key_words(key: str) -> frozenset[str]:
    """A key's words, lowercased, under any spelling: "terminatedAt", "TERMINATED-AT", full-width, look-alike letters
    of the other script ("stаtus" with a Cyrillic «а») all give {"terminated", "at"} / {"status"}."""
    return frozenset(word.lower() for word in LETTER_RUN.findall(folded(key)))


@lru_cache(maxsize=4096)
def _names_an_end(words: frozenset[str]) -> bool:
    return bool(words & _END_KEY_WORDS) or any(word.startswith(_END_KEY_STEMS) for word in words)


@lru_cache(maxsize=4096)
def _names_a_removal(words: frozenset[str]) -> bool:
    """A key saying the record was deleted or the number ported out ("deleted_at", "is_deleted", "portOutDate"): an
    end that only adds a refusal (`Termination.only_adds`)."""
    return any(word.startswith(_DELETED_KEY_STEMS) for word in words) or _ported_out(words)


def _ported_out(words: frozenset[str]) -> bool:
    """A key or a status code that says the number was ported out ("ported_out", "PORT-OUT", "mnp_out"), not in."""
    return any(word.startswith(_PORT_KEY_STEMS) for word in words) and bool(words & _OUT_KEY_WORDS)


def _names_a_beginning(words: frozenset[str]) -> bool:
    """Whether a contract record's key names its beginning or an ongoing event rather than an end ("signed_at",
    "start_date", "updated_at", "дата_заключения")."""
    return any(word.startswith(_BEGIN_KEY_STEMS) for word in words)
