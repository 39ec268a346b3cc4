"""Deciding what of an upstream JSON body the operator may see: the policy, with free text checked off-loop.

The policy (guard/policy) walks the JSON and decides field by field; free-text fields (comments) are handed to
a `redact_text` callable. The text engine must not run on the event loop, and the policy is synchronous, so
every JSON body goes through the policy once with a stand-in that answers each text from the text cache
(guard/proxy/textcache.py), or notes it and refuses it (the policy then masks it and lists its path as
fail-closed); only when texts were not in the cache are they redacted on the detection pool (within the budget)
and the policy run once more with the results. A card without free text, or whose comments were all redacted
before (the screen's refreshes during a call), costs one policy pass and no thread hop; a failed or late detection leaves the first pass, where every text is masked,
as the answer (fail closed).

What the redactor leaves of free text goes through one more, card-blind rule (guard/proxy/bare_numbers.py): a number
of 4+ digits whose shape says nothing of what it is (no date, amount, year or request's number) is masked, and so
is a column of short digit texts (one digit a comment) that reads as such a number.

Then card-aware scrubbing (guard/proxy/scrub.py): every value the decision hid is masked wherever else it still
appears in the answer — a comment quoting the contact phone, a key or a shown field repeating the surname.

The card's hidden values are read into matchable forms (CardSecrets) once a card: the screen's refreshes during a
call find them, and what they scrubbed, in CardSecretsCache, keyed by keyed digests of the body and of what the
decision hid and showed, with the call state — never by a value, never across customers or identification levels.

Decisions are memoized: the policy is a pure function of the body, the call context and the date, and an
operator's screen fetches the same card again and again during a call. The key is a keyed BLAKE2b digest of the
body under a key drawn at random when the process starts and never written anywhere (no plain text and no
unkeyed hash of it — a short body could be found again by trying candidates), with the context and today's date;
the value is what is sent (the masked card) and its audit summary, never the card's hidden values. Only complete
decisions are kept — one with a detection failure is recomputed next time. Nothing is persisted.
"""
from __future__ import annotations

import hashlib
import marshal
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Hashable

from guard.audit import safe_path
from guard.policy import REDACTION_FAILED, CallContext, CardPolicy, PolicyDecision, hide
from guard.policy.conditions import call_state_key, policy_today
from guard.policy.flash import RESTRICTION_CODES
from guard.proxy import jsoncodec
from guard.proxy.bare_numbers import mask_bare_numbers, mask_digit_columns
from guard.proxy.cardwork import Runner, on_the_loop
from guard.proxy.detection import BudgetedRedactor, DetectionFailed
from guard.proxy.scrub import CardSecrets, ScrubSpans, shown_parts_of, unnamed_paths

# A policy applies to a JSON object; any other JSON (a list, a bare value) is wrapped under this key for it,
# so it meets the policy's default deny instead of slipping past it.
_WRAPPER_KEY = "items"


class _NotCheckedYet(Exception):
    """Raised by the first-pass stand-in: the policy masks the text and lists its path as fail-closed."""


@dataclass
class Filtered:
    """What the operator is shown of one body, and why. Holds no value the decision hid."""

    payload: Any
    refused: bool = False
    refusal: str | None = None
    summary: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # rules that fired (PolicyDecision.summary)
    fail_closed: list[str] = field(default_factory=list)  # card paths whose text was masked unchecked
    detection_failure: str | None = None
    scrubbed: int = 0  # hidden values found and masked elsewhere in the answer (card-aware scrubbing)


async def filter_json(policy: CardPolicy, detector: BudgetedRedactor | None, payload: Any, ctx: CallContext,
                      card_secrets: CardSecretsCache | None = None, body: bytes | None = None,
                      run: Runner = on_the_loop) -> Filtered:
    """`card_secrets` and `body` (the upstream's bytes `payload` was read from): the secrets of a card seen before are
    taken from the cache instead of read again; without them, read for this response only. `run`: where the policy's
    passes, the secrets and the scrub run (guard/proxy/cardwork.py: a big answer's beside the event loop)."""
    wrapped = not isinstance(payload, dict)
    document = {_WRAPPER_KEY: payload} if wrapped else payload

    known: dict[str, str] = {}  # texts already redacted (the text cache), this request's only
    texts: list[str] = []

    def remembered_or_withheld(text: str) -> str:
        # A card fetched again finds its comments in the text cache: then this first pass is the decision.
        if text not in known:
            found = detector.remembered(text) if detector is not None else None
            if found is None:
                texts.append(text)
                raise _NotCheckedYet
            known[text] = mask_bare_numbers(found.text)
        return known[text]

    # what the card alone states (its contract's end, whether its owner is in doubt), read once a body: every pass and
    # level of the same body reads the same (Situation.card_facts)
    facts = card_secrets.facts(body) if card_secrets is not None and body is not None else None
    decision = await run(policy.apply, document, ctx, remembered_or_withheld, facts)
    detection_failure = None
    if texts:
        if detector is None:
            detection_failure = "no text engine loaded"
        else:
            unique = list(dict.fromkeys(texts))
            try:
                redacted = {text: mask_bare_numbers(result.text)
                            for text, result in zip(unique, await detector.redact_many(unique))}
            except DetectionFailed as error:
                detection_failure = str(error)
            else:
                redacted.update(known)
                decision = await run(policy.apply, document, ctx, lambda text: redacted.get(text, REDACTION_FAILED),
                                     facts)

    def secrets_and_screen() -> tuple[Any, int]:
        hidden = (card_secrets.of(decision, body, ctx) if card_secrets is not None and body is not None
                  else CardSecrets.of(decision))
        return screen_of(policy, decision, hidden)
    card, scrubbed = await run(secrets_and_screen)
    if wrapped:
        card = card.get(_WRAPPER_KEY) if isinstance(card, dict) else None
    return Filtered(card, decision.refused, decision.refusal, decision.summary, list(decision.fail_closed),
                    detection_failure, scrubbed)


def screen_of(policy: CardPolicy, decision: PolicyDecision, hidden: CardSecrets | None = None) -> tuple[Any, int]:
    """What the operator's screen shows of a card the policy decided: its shown values with the card's hidden ones
    masked wherever they are written (card-aware scrubbing: a shown field that repeats a hidden value, as DE does
    when the card carries a second owner record, is masked), and how many were. The one view the screen and the
    speech checker's card (guard/proxy/calls.check_context) are (red team bb20, 04)."""
    hidden = hidden if hidden is not None else CardSecrets.of(decision)
    card = mask_digit_columns(decision.card)
    return comments_alike(card, hidden.scrub_json(card, policy.known_keys))


# The shown fields a CRM's users write in words, whose texts are answered alike (comments_alike): the comments and the
# Flash (the instruction's п. 20 names both as where operators leave notes; red team bb25, f06: the Flash answered one
# guess a note while the comments answered alike).
WRITTEN_FIELDS = ("comments", "flash_restrictions")


def comments_alike(before: Any, scrubbed: tuple[Any, int]) -> tuple[Any, int]:
    """A card after the card-aware scrubbing, its written fields (WRITTEN_FIELDS: the comments, the Flash) answered
    alike whichever of their words matched a hidden value: when the scrubbing masked anything in one of them that the
    text engine and the card-blind layers had left, every text of that field is hidden, not the one word. Masking only
    the matching word told whoever writes guesses into the comments or the Flash (one a note: "заявка 4500" …
    "заявка 4599", "про мельника") which guess is the card's, on one fetch and with no guessing budget spent (red team
    bb22, f01; in the Flash, bb25, f06). A fetch now tells at most that some note names a hidden value, never which
    (docs/interfaces.md, "Comments and hidden values")."""
    after, count = scrubbed
    if not (isinstance(before, dict) and isinstance(after, dict)):
        return after, count
    changed = {name: written_hidden(name, after[name]) for name in WRITTEN_FIELDS
               if name in after and after[name] != before.get(name)}
    return ({**after, **changed} if changed else after), count


def written_hidden(name: str, value: Any) -> Any:
    """A written field (WRITTEN_FIELDS) with its texts hidden: the comments' texts (texts_hidden); the Flash's every
    entry but a restriction code written as the code itself (`no_contact_person`), which the operator must keep seeing
    and which reads the same whatever the other notes guess."""
    if name == "comments":
        return texts_hidden(value)
    if isinstance(value, list):
        return [entry if written_as_a_code(entry) else hide(entry) for entry in value]
    return hide(value)


def written_as_a_code(entry: Any) -> bool:
    """A Flash entry that is a restriction code written as the code itself (`no_contact_person`): kept on screen when
    the notes beside it are hidden, and no note the comment-set budget counts — it reads the same whatever is guessed."""
    return isinstance(entry, str) and entry in RESTRICTION_CODES


def texts_hidden(comments: Any) -> Any:
    """Comments with their texts hidden, their shape (a list of {at, author, text}) and what the policy showed of the
    rest kept; a comment that is a bare string is hidden whole."""
    if isinstance(comments, list):
        return [texts_hidden(comment) for comment in comments]
    if isinstance(comments, dict):
        return {key: hide(value) if key == "text" else value for key, value in comments.items()}
    return hide(comments)


@dataclass(frozen=True)
class Shown:
    """A finished decision, ready to send, with its audit summary computed once."""

    body: bytes
    filtered: Filtered
    audit_rules: list[list[Any]]
    audit_fail_closed: list[str]

    @classmethod
    def of(cls, filtered: Filtered) -> "Shown":
        """Raises jsoncodec.UnencodableJSON for a payload that cannot be written (the caller blocks it)."""
        return cls(jsoncodec.dumps(filtered.payload), filtered, audit_rules(filtered.summary),
                   [safe_path(path) for path in filtered.fail_closed])


def audit_rules(summary: tuple[tuple[str, str, tuple[str, ...]], ...]) -> list[list[Any]]:
    """[[rule id, action, [paths...]], ...] in the order the rules first fired; paths stripped of anything value-like
    (the policy's PolicyDecision.summary, as the audit record spells it)."""
    return [[rule, action, list(paths)] for rule, action, paths in summary]


class _KeyedLru:
    """An LRU of `size` entries (size 0: off) keyed by keyed BLAKE2b digests: the key is drawn at random when the
    process starts and never stored or logged, so no entry is found by a value and none outlives the process."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._key = secrets.token_bytes(32)  # per process, never stored or logged
        # a big answer is decided in a thread beside the loop (guard/proxy/cardwork.py): each read-and-move is one step
        self._lock = threading.Lock()

    def _digest(self, data: bytes) -> bytes:
        return hashlib.blake2b(data, key=self._key, digest_size=32).digest()

    def _get(self, key: Hashable) -> Any:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def _put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


def _call_state(ctx: CallContext) -> tuple:
    """What of a call a card's decision depends on: an entry serves one identification level, gender and confirmation.
    The policy's own definition (every context attribute a condition may read), so an attribute added to the policy's
    schema enters the caches' keys too, never one without the other."""
    return call_state_key(ctx)


class DecisionCache(_KeyedLru):
    """A small LRU of finished decisions; size 0 turns it off."""

    def key(self, body: bytes, ctx: CallContext) -> Hashable | None:
        """None when the cache is off: no hashing of a body nothing will be looked up by."""
        if self.size <= 0:
            return None
        return (self._digest(body), *_call_state(ctx), ctx.today or policy_today())

    def get(self, key: Hashable | None) -> Shown | None:
        return None if key is None else self._get(key)

    def put(self, key: Hashable | None, shown: Shown) -> None:
        if key is None or self.size <= 0 or shown.filtered.detection_failure or shown.filtered.fail_closed:
            return
        self._put(key, shown)


class CardSecretsCache(_KeyedLru):
    """The secrets (CardSecrets) of the cards decided lately, an LRU of `size` entries; size 0 turns it off.

    A card comes back three times a call: its hidden values are read into matchable forms once, and each of its texts
    scrubbed once (CardSecrets remembers what it scrubbed). The key is a keyed digest of the body, one of what the
    decision hid, showed and showed in part (CardSecrets.of reads nothing else), and the call state: an entry serves
    only the same card decided the same way for the same identification — never another customer's card, never
    another level's (one secrets object may sit under two levels' keys when both decisions hid, showed and showed in
    part the same values of the same body: then `of` builds equal secrets at both, see below). The entries hold hidden
    values in memory only, as each response's CardSecrets does while it is scrubbed, and are never persisted.

    `scrub_spans`: the process's memo of the scrub's word pass and column reading (scrub.ScrubSpans), given to every
    CardSecrets this cache hands out, entry or not: a text read word by word for one card's hidden words and streets is
    not read again for the same words, nor a column for the same values (the same card at its next identification
    level, whose other secrets differ). It holds offsets only.

    A card's secrets at a new level (a call's first refresh after identification) are built from the card's last
    secrets when the two decisions hid and showed the same values whole (a keyed digest of those values and of the
    fields no rule names: everything CardSecrets.of reads but the numbers shown in part): only what is shown in part is
    read anew (CardSecrets.with_parts — the same secrets, memo and all, when that is the same too). Otherwise they take
    what the last secrets worked out from the hidden words and streets, when the two hide the same ones
    (CardSecrets.share_word_tables: the words' stems, forms, keys, built once a card instead of once a level). The last
    secrets of each body are found by the body's keyed digest, for at most `size` bodies: secrets this cache handed
    out, kept as its entries are.

    Beside them, each body's card facts (`facts`): what the policy reads of the card alone, whatever the call state —
    its contract's end by a day, whether its owner is in doubt (guard/policy/conditions.Situation.card_facts) — read at
    the body's first decision and given to every later one of the same body (the open's two passes, the refreshes at
    other levels), for at most `size` bodies. Keyed by the body's keyed digest only: pure functions of the body, they
    are the same at every level, and never another body's.
    """

    def __init__(self, size: int, scrub_spans: ScrubSpans | None = None) -> None:
        super().__init__(size)
        self.hits = 0
        self.tables_shared = 0
        self.values_shared = 0  # secrets built from the last ones of the same body (CardSecrets.with_parts)
        self.scrub_spans = scrub_spans
        # keyed digest of a body -> its last secrets, with the keyed digest of the values they were read from
        self._last_of_body: OrderedDict[bytes, tuple[bytes, CardSecrets]] = OrderedDict()
        self._facts_of_body: OrderedDict[bytes, dict] = OrderedDict()  # keyed digest of a body -> its card facts

    def facts(self, body: bytes) -> dict | None:
        """The card facts of `body` (an empty dict the policy fills at its first decision); None when the cache is off."""
        if self.size <= 0:
            return None
        key = self._digest(body)
        with self._lock:
            found = self._facts_of_body.get(key)
            if found is None:
                found = self._facts_of_body[key] = {}
            self._facts_of_body.move_to_end(key)
            while len(self._facts_of_body) > self.size:
                self._facts_of_body.popitem(last=False)
            return found

    def key(self, decision: PolicyDecision, body: bytes, ctx: CallContext) -> Hashable:
        return (self._digest(body), self._digest(decided_bytes(decision)), *_call_state(ctx))

    def of(self, decision: PolicyDecision, body: bytes, ctx: CallContext) -> CardSecrets:
        if self.size <= 0:
            return CardSecrets.of(decision).remember_spans_in(self.scrub_spans)
        key = self.key(decision, body, ctx)
        found = self._get(key)
        if found is not None:
            self.hits += 1
            return found
        body_key, values_key = key[0], self._digest(whole_values_bytes(decision))
        with self._lock:
            last_values, last = self._last_of_body.get(body_key, (None, None))
        if last is not None and last_values == values_key:
            found = last.with_parts(*shown_parts_of(decision))
            self.values_shared += 1
        else:
            found = CardSecrets.of(decision).remember_spans_in(self.scrub_spans)
            if last is not None and found.share_word_tables(last):
                self.tables_shared += 1
        self._put(key, found)
        with self._lock:
            self._last_of_body[body_key] = (values_key, found)
            self._last_of_body.move_to_end(body_key)
            while len(self._last_of_body) > self.size:
                self._last_of_body.popitem(last=False)
        return found


def whole_values_bytes(decision: PolicyDecision) -> bytes:
    """What CardSecrets.of reads of a decision but the numbers it showed in part: the values hidden and shown whole, and
    the fields no rule names, written as `decided_bytes` writes (equal bytes only for equal values, types, order)."""
    unnamed = sorted(unnamed_paths(decision), key=repr)
    decided = (decision.hidden, decision.shown, unnamed)
    try:
        return b"m" + marshal.dumps(decided, 2)
    except ValueError:  # a type marshal does not write, or nesting past its depth
        return b"r" + repr(decided).encode("utf-8", "backslashreplace")


def decided_bytes(decision: PolicyDecision) -> bytes:
    """What a decision hid, showed and showed in part, written so that two decisions write the same bytes only when
    their values are the same, of the same types, in the same order (what CardSecrets.of reads). marshal (format 2: no
    back-references, so the bytes depend on the values alone, never on which objects are shared) writes the JSON
    values a card holds in a fifth of the time `repr` takes; `repr` writes whatever marshal will not (a str subclass,
    an object of another type). The first byte tells the two spellings apart."""
    decided = (decision.hidden, decision.shown, decision.partly)
    try:
        return b"m" + marshal.dumps(decided, 2)
    except ValueError:  # a type marshal does not write, or nesting past its depth
        return b"r" + repr(decided).encode("utf-8", "backslashreplace")
