"""Checking one utterance: the operator's gets a verdict, the client's gets hints.

    utterance ──Utterance─────> words, lemmas, grammemes; spoken numbers as digits (lazily)
              ──phrases───────> the rules' word patterns, indexed by first word, one pass
              ──regex─────────> hosts, IP addresses, URLs on the digit-normalized text
              ──numbers───────> numbers said next to "отдел", "менеджер"... minus public ones
              ──card/entities─> the caller's card values not said by the caller, or detected
                                 personal data when there is no card (engine only if worth it)
              ──model─────────> a line no rule flagged, if the trained model calls it violating: the rule it
                                 resembles (item, recommended phrase); a read-back of the caller's own data is
                                 not a disclosure (guard.disclosure.sense), nor is a refusal that names no value
                                 or the caller's question said back; a wording rule whose word the
                                 model reads in another sense ("попали в аварию на дороге") stays silent
              ──verdict───────> block > warn > allow; hints never change the verdict

The client's speech is never judged (their own words are theirs to say): it only yields hints
for the operator — a transfer line, a written request, a warning before ending the call.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from guard.analysis import digit_count, fewest_digits, fold_case, required_literals
from guard.callstate import IdentificationLevel
from guard.disclosure.classifier import DisclosureModel, default_model
from guard.disclosure.confirmation import judges_the_callers_guess
from guard.disclosure.context import CheckContext, Said, evades_the_operators_number, national
from guard.disclosure.decision import DecisionModel, Parts, default_decision
from guard.disclosure.frames import (change_made_on_the_callers_word, change_made_on_the_documents, client_frame_spans, frame_spans, hints_after_refusing,
                                     names_a_station, tells_the_stations_place, unverified_frame_spans,
                                     withholds_own_identity)
from guard.disclosure.patterns import Hit, PatternIndex, find
from guard.disclosure.personal import (OWNER_NOUNS, instruction_items, items_told_to_nobody, owners_first_name_told,
                                       names_read_off_the_owners_record, offers_catalogue_numbers, VALUE_CUES,
                                       ShownCard, card_shapes, first_names_with_patronymic, shown_card, card_spans,
                                       engine_window, entity_counts, merge_with, might_hold_personal_data,
                                       own_surname_spans, quick_entities, owner_sex_told, shows_a_card_value,
                                       slot_word_opens_a_clause, surname_described, card_name_words,
                                       declined_form_of, inflected_form_of)
from guard.disclosure.cut_words import GluedLines, glued_over_lines
from guard.recognizers.address import house_and_flat
from guard.disclosure.bare_value import (bare_value_spans, birth_years, logins, names_addressed, number_told_over_lines, numbers_told,
                                        numbers_told_anywhere,
                                        organisations_named,
                                        street_and_house,
                                        surnames, surnames_in_a_naming_slot, tails_told, word_names)
from guard.disclosure.mailbox_part import mailbox_parts
from guard.disclosure.rules import Near, Rule, RuleSet, cached_rules, default_rules_path
from guard.disclosure.said_back import caller_said, completes_the_callers_number
from guard.disclosure.about import (act_negated, names_customers_request, parse_failed, said_of_carriers_side,
                                    upkeep_of_another_thing)
from guard.disclosure.sense import (CREDENTIAL_SAID, done_in_the_callers_books, knows_none_finer, FAILURE_WORD_RULES, RECORDS, addressed_by_syntax, NOTE_RULES, a_note_about_the_customer, failed_check_spans, BLAME_RULES, CONTROL_RULES, CANNOT_RULES, OTHER_SENSE_RULES, READ_BACK_RULES, REPEAT_RULES,
                                    agreed_back_spans, answers_the_echoed_question, asks_caller_to_repeat, offers_to_repeat, repeat_of_a_thing_said, repeats_after_the_caller, blame_negated,
                                    callers_words_spans, company_place_spans, names_the_company_street,
                                    echoes_callers_question, is_home_device_address, is_own_introduction, month_of_a_thing, quoted_address,
                                    goes_on_past_the_refusal, refusal_goes_on_to_anothers_activity, held_in_hand, is_refusal, other_sense, placed_person, said_of_customers_equipment, own_introduction_spans, read_back_spans, refused_at,
                                    refuses_to_tell, states_item4_conditions, states_item5_conditions, states_item10_agreement, names_a_non_workers_number,
                                    states_item6_conditions, states_main_identification, states_closed_over_five_years, names_a_workers_number, owned_person,
                                    names_the_other_number, remarks_in_a_note, withholds_anothers_number)
from guard.disclosure.speaker_change import SPEAKER_CHANGED_RULE, is_first_name, speaker_change_span
from guard.disclosure.spelled import letters_spelled_over_lines, name_spelled_over_lines, spelled_surnames
from guard.disclosure.streets import (describes_an_address_part, dwellings_told, streets_told, towns_by_their_words,
                                      towns_placed_for_the_caller)
from guard.disclosure.value_pieces import beginnings_past_the_prefix, cued_pieces, pieces_of_the_asked_value
from guard.disclosure.value_shapes import age_told, digits_past_the_code, edges_said_bare, frame_slot, number_ends
from guard.morph import NAME_GRAMMEMES, parses
from guard.disclosure.text import CONTRAST_WORDS, Utterance, remember, stretch_of, stretch_starts, utterance_of, word_info
from guard.disclosure.verifier import HitVerifier, default_verifier
from guard.dialogue import answer_value, asked_kind
from guard.entities import Entity
from guard.recognizers.base import names_nobodys_number
from guard.recognizers.device_id import read_off_the_thing
from guard.normalize import HESITATION, normalize
from guard.recognizers.address import ADDRESS_PART_WORDS, HOUSE_WORDS, STREET_WORDS
from guard.recognizers.base import CUE_KINDS, is_cue
from guard.recognizers.lexicon import BACK_CHANNEL_WORDS, LETTER_NAMES, abbreviations_said
from guard.recognizers.local_phone import tells_a_piece_of_a_number
from guard.recognizers.phone import SERVICE_LINE, is_phone_digits
from guard.document import DIGITS, NAME_WORD, holds_any
from guard.recognizers.person import holds_surname, may_name_a_person, surname_said_in_pieces

VERDICT_ORDER = {"allow": 0, "warn": 1, "block": 2}
MODEL_PREFIX = "model:"  # a finding of the line model names the rule it resembles after this
ITEM5_RULES = frozenset({"subscriber-number"})  # Инструкция запретов, п. 5: the client's number
ITEM10_RULES = frozenset({"department-phone"})  # Инструкция запретов, п. 10: another unit's phone
# the personal-data kinds whose number is no phone: a number near a department's word that one of them reads is theirs
_KINDS_NOT_A_PHONE = frozenset({"RU_PASSPORT", "RU_PASSPORT_DEPT", "ID_DOCUMENT", "DATE_OF_BIRTH", "RU_INN", "RU_SNILS",
                                "CREDIT_CARD", "BANK_ACCOUNT", "CONTRACT_NUMBER", "DEVICE_ID"})
ITEM4_RULES = frozenset({"contact-info"})  # Инструкция запретов, п. 4: the contact person
SPELLED_SURNAME_RULE = "owner-name"  # Инструкция запретов, п. 1: a surname spelled out is still the surname
GUESS_JUDGED_RULE = "guess-judged"  # 003: the caller's guess at the number's data neither confirmed nor ruled out
OWN_SURNAME_RULE = "operator-own-surname"  # 004 and п. 18: the operator gives a name and number, not a surname
REMARK_RULE = "remark-in-comments"  # п. 20: a note judging a customer or written with fillers
PREFIX_RULE = "call-detail-number"  # п. 9: prefixes of numbers may be named, not their other digits
# The kinds the bare-value reading reads itself (a surname, a street and house, a number): the detectors' typing of a
# bare value is asked only for the rest (an issuing office, a date in words)
_READ_BARE = frozenset({"PERSON", "ADDRESS", "LOCATION", "PHONE_NUMBER", "PERSONAL_NUMBER"})
LAST4_RULE = "subscriber-number"  # пп. 5, 6: a number's last 4 digits said bare
ACCOUNT_CHANGE_RULE = "client-data-change"  # п. 25: the customer's account data changed on the call
NUMBER_RULE = "other-personal-data"  # a number of the owner's said bare: a document's, the contract's, a date
# whose number a tail after "на" is (bare_value.tails_named_after_na): a phone's last 4 are п. 6's, the contract's its own
_TAIL_RULES = {"PHONE_NUMBER": LAST4_RULE, "CONTRACT_NUMBER": NUMBER_RULE}
PASSPORT_RULE = "passport"  # п. 2: the passport's data, its issue date's year too
CONTACT_RULE = "contact-info"  # п. 4: the contact phone, person and e-mail
FRAGMENT_WORDS = 5  # a line of a sentence said a few words a line (red team bb14, 10)
STREET_RULE = "address"  # п. 3: a street of the caller's told without a house number, part of a mailbox
ADDRESS_RULES = frozenset({"address"})  # Инструкция запретов, п. 3: the customer's addresses
# With the whole card, an address that is not the card's is no one's to the checker: a house and flat said alone ("дом
# семь, квартира три"), the company's office, a delivery point — the card's own addresses are read in every shape
CARD_SETTLED_TYPES = frozenset({"ADDRESS"})
# The model's guesses of a place that the company's own office or salon is not: the customer's address (п. 3), a base
# station's or a number's location (п. 17) — "Салон находится возле станции метро Сокол" tells neither
PLACE_RULES = ADDRESS_RULES | {"number-location"}
# The line model flags the part of a line beside a read-back when it is sure of it, or when the whole line's
# P(violating) leans to a violation too: in leave-one-author-out (da, tD) the parts flagged alone were clean lines
# (part P 0.76-0.89, whole-line P 0.05-0.43); a violation told after "но" reads at part P ~1.0
READ_BACK_PART_SURE = 0.95
READ_BACK_LINE_FLOOR = 0.5
# The code's reading that clears a rule's hit — another sense of its word, the verifier's doubt — is a guess as well:
# when the line model is this sure the line violates, the two guesses disagree and the operator is warned (fail
# closed): "у вас в Кольцово авария на линии" (the verifier's 0.35 against the model's 1.00). What the policy itself
# clears — a rule's exception, the instruction's own conditions stated (пп. 4, 5, 10) — and what the line's syntax
# marks (a negated blame "вы не ошиблись", a refusal, a quotation) is not re-guessed; a line with no hit that the code
# reads whole as a refusal or as the operator's own introduction is (stop 35)
MODEL_SURE = READ_BACK_PART_SURE
NUMBERS_ON_CONTRACT_RULE = "numbers-on-contract"  # п. 8: how many numbers the contract holds


# a count said in words: a numeral or digits aside, the words that tell how many ("один", "пара", "несколько",
# "оба") or that there are none ("ноль", "нет")
_COUNT_WORDS = frozenset({"один", "пара", "парочка", "несколько", "оба", "обе", "много", "немного", "мало", "множество",
                          "единственный", "столько", "сколько", "ноль", "нуль", "нет", "десяток", "дюжина", "сотня",
                          "тысяча", "двое", "трое", "четверо", "пятеро", "шестеро", "семеро"})
_COUNT_GRAMMEMES = frozenset({"NUMR", "NUMB", "Anum"})


def _every_number_within(utterance: Utterance, finding: Finding, spans: list[tuple[int, int]]) -> bool:
    """Every number said in the finding (its digit groups, spoken ones too) lies within one of `spans`, there is at
    least one, and no count is said anywhere after the span holding the last of them — no digits, no numeral, no word
    that tells how many ("оператор Ростислав номер 2093 номеров на договоре 3 / пять": unpunctuated speech puts the
    count after the operator's own number, outside the finding; stop 51's review F5)."""
    groups = [g for g in utterance.digit_groups if g.start < finding.end and finding.start < g.end]
    if not groups or not all(any(s <= g.start and g.end <= e for s, e in spans) for g in groups):
        return False
    end = max(e for s, e in spans if any(s <= g.start and g.end <= e for g in groups))
    if any(g.end > end for g in utterance.digit_groups):
        return False
    return not any(t.start >= end and (t.info.top_grammemes & _COUNT_GRAMMEMES or t.info.lemmas & _COUNT_WORDS)
                   for t in utterance.tokens)


def _names_within(utterance: Utterance, finding: Finding, spans: list[tuple[int, int]]) -> bool:
    """The finding lies within one of `spans` (the operator's own introduction), or it says no number, starts there
    and runs on only over common nouns that are no name by any reading: speech to text runs the name on into the next
    common noun ("я оксана линия для фермерских хозяйств" reads "оксана линия" as a person; stop 52), and that noun
    names nobody."""
    if any(s <= finding.start and finding.end <= e for s, e in spans):
        return True
    if utterance.digits_in(finding.start, finding.end):
        return False
    inside = utterance.token_range(finding.start, finding.end)
    if inside is None:
        return False
    words = utterance.tokens[inside[0]:inside[1] + 1]
    if any(t.after_break for t in words[1:]) or any(t.info.lemmas & OWNER_NOUNS for t in words):
        return False  # "Я Иван, владелец …": a clause or an owner's word beyond the name tells more than who speaks
    outside = [t for t in words if not any(s <= t.start and t.end <= e for s, e in spans)]
    # what lies outside is common nouns only, none of them a name by any reading ("ха ха" after a false name is not)
    # and each is lowercase and inanimate: a capitalised or a person's noun ("я анна мельник") may be a surname
    # (review52 finding 1)
    return len(outside) < len(words) and all(
        "NOUN" in t.info.top_grammemes and "inan" in t.info.top_grammemes and t.form[:1].islower()
        and not t.info.grammemes & NAME_GRAMMEMES for t in outside)


# п. 23: upkeep words — "профилактика" may be of something else (about.upkeep_of_another_thing)
UPKEEP_RULES = frozenset({"maintenance-words"})
# п. 24: entering the customer's account — an act the line may deny (about.act_negated)
ACCOUNT_ACT_RULES = frozenset({"client-account-login"})


@dataclass(frozen=True)
class Finding:
    """A rule that fired on [start, end) of the text: a violation (operator) or a hint (client)."""

    rule: str
    start: int
    end: int
    message: str
    suggestion: str | None
    verdict: str  # warn | block | hint
    item: str
    # read on the operator's lines joined (a sentence said a few words a line) and weighed there: not the verifier's or
    # the judge's to clear again on this line's fragment alone
    over_lines: bool = field(default=False, compare=False)

    def as_dict(self) -> dict:
        """docs/interfaces.md §5 fields, plus the instruction item and the rule's own verdict."""
        return {"rule": self.rule, "start": self.start, "end": self.end, "message": self.message,
                "suggestion": self.suggestion, "item": self.item, "verdict": self.verdict}


@dataclass(frozen=True)
class CheckResult:
    verdict: str
    violations: list[Finding] = field(default_factory=list)
    hints: list[Finding] = field(default_factory=list)

    def as_fields(self) -> dict:
        """The fields `guard check` and POST /v1/check add to the input object."""
        return {"verdict": self.verdict,
                "violations": [finding.as_dict() for finding in self.violations],
                "hints": [finding.as_dict() for finding in self.hints]}

    @property
    def rules(self) -> list[str]:
        return [finding.rule for finding in self.violations + self.hints]


Detector = Callable[[str], list[Entity]]


@lru_cache(maxsize=None)
def _regex_needs(pattern: re.Pattern) -> tuple[int, frozenset[str] | None]:
    """The digits and the strings every match of a rule's regex holds: the facts of its parse the redactor's recognizers
    are gated by (guard.analysis: fewest_digits, required_literals), read once a pattern."""
    return fewest_digits(pattern.pattern, pattern.flags), required_literals(pattern.pattern, pattern.flags)


def _may_match(pattern: re.Pattern, utterance: Utterance) -> bool:
    """False only where `pattern` cannot match the utterance's normalized text: too few digits, or none of the strings
    every match holds (issue 12, speed: fifteen regexes searched whole on every operator line, most needing a digit or
    a word the line lacks). The text's digit count and folded case are read once a line."""
    fewest, literals = _regex_needs(pattern)
    text = utterance.normalized.text
    if fewest and utterance.derived("regex_digit_count", lambda: digit_count(text)) < fewest:
        return False
    if literals:
        folded = utterance.derived("regex_folded", lambda: fold_case(text))
        return holds_any(folded, literals)
    return True


class DisclosureChecker:
    """The rules of one file, compiled and indexed; `check` is safe to call from many threads."""

    def __init__(self, rules: RuleSet, detect: Detector | None = None, *, use_engine: bool = True,
                 model: DisclosureModel | None = None, verifier: HitVerifier | None = None,
                 decision: DecisionModel | None = None) -> None:
        self.rules = rules
        self.model = model  # None: the rules alone decide
        self.verifier = verifier  # None: every wording rule's hit counts
        # None: a line warned only by wording hits stays warned (the judge: guard.disclosure.decision)
        self.decision = decision
        self._detect = detect
        self.use_engine = use_engine  # False: only the quick readings (guard.disclosure.personal), never NER
        self._index = {speaker: PatternIndex() for speaker in ("operator", "client")}
        self._without_card = PatternIndex()  # phrases that count only when there is no card to compare with
        for rule in rules.rules:
            self._index[rule.speaker].extend(rule.id, rule.phrases)
            if rule.speaker == "operator":
                self._without_card.extend(rule.id, rule.without_card)
        self._by_speaker = {speaker: [rule for rule in rules.rules if rule.speaker == speaker]
                            for speaker in ("operator", "client")}
        self._public_numbers = tuple(rule.numbers for rule in rules.rules if rule.numbers is not None)
        # what the model may name: a rule it learned that this policy lacks gives way to the nearest one it has
        self._operator_rule_ids = frozenset(rule.id for rule in self._by_speaker["operator"])
        self._client_rule_ids = frozenset(rule.id for rule in self._by_speaker["client"])

    def detect(self, text: str) -> list[Entity]:
        if self._detect is None:
            from guard.engine import default_redactor

            self._detect = default_redactor().analyze
        return self._detect(text)

    def check(self, text: str, speaker: str = "operator", context: CheckContext | None = None,
              said: Said | None = None) -> CheckResult:
        """Violations (operator) or hints (client) in `text`; `said` is what the caller said earlier in the call.

        A call or a card may add what it makes forbidden, never clear: to a caller not identified, an operator's line
        checked with a context (the proxy's view, a whole card) is at least as strict as the same line checked alone,
        but for what the call proves sayable — values the caller said in it, numbers the view shows under the call's
        state (red team bb27, f01, f02: the DE name the view shows cleared the owner's name told as the owner's; a
        whole card cleared the card-blind readings of a surname's hints, the billing mailbox, the region)."""
        # one reading of the line serves both checks below (everything an Utterance computes is a function of its text:
        # text.remember) — the floor's check alone used to read the line afresh, tokens, names, parse and vectors again
        utterance = Utterance(text)
        result = self._check(text, speaker, context, said, utterance)
        # with no card or view (a line alone, `guard qa`'s transcript) the check is the floor itself
        if speaker == "client" or context is None or result.verdict == "block":
            return result
        # an identified caller is the owner to the instruction, and what may be told them is the call state's (п. 6's
        # last 4, the owner's sex after the owner's full name): the call proves their data theirs — but for the items
        # no identification unlocks (п. 2's passport, п. 3's addresses: the card policy shows them to nobody), whose
        # floor holds for every caller («Прописка в Химках, верно?» to the identified owner: issue 12, stop 53)
        only = self._told_to_nobody if _identified(context) else None
        if only is not None and not only:
            return result
        return self._never_weaker_than_alone(utterance, result, context, said, only)

    @cached_property
    def _told_to_nobody(self) -> frozenset[str]:
        """This policy's rules whose every instruction item the card policy shows to nobody (personal.
        items_told_to_nobody): a card or an identification adds to what the line alone says of them, never clears."""
        nobody = items_told_to_nobody()
        return frozenset(rule.id for rule in self._by_speaker["operator"]
                         if (items := instruction_items(rule.item)) and items <= nobody)

    def _never_weaker_than_alone(self, utterance: Utterance, result: CheckResult, context: CheckContext,
                                 said: Said | None, only: frozenset[str] | None = None) -> CheckResult:
        """`result` (the line in its call or with its card) raised to the line's verdict alone: each stronger finding
        the line gets alone stands unless the call proves its values sayable (`_proven_the_callers`). `only`: the
        rules whose findings are raised (None: every rule's)."""
        # the line alone, but for what the caller said in this call (a read-back, a spelled surname the caller said:
        # every reading that knows the caller's words clears them there) — no card, no view
        text = utterance.text
        alone = self._check(text, "operator", None, said, utterance)
        if VERDICT_ORDER[alone.verdict] <= VERDICT_ORDER[result.verdict]:
            return result
        said = said if said is not None else Said()
        shown = shown_card(context) if context.card or context.shown else None
        stronger = [f for f in alone.violations if VERDICT_ORDER[f.verdict] > VERDICT_ORDER[result.verdict]
                    and (only is None or f.rule.removeprefix(MODEL_PREFIX) in only)
                    and not _proven_the_callers(f, utterance, said, shown,
                                                lambda digits, at: self._service_number_named(digits, text, at))]
        if not stronger:
            return result
        findings = _dedupe(result.violations + stronger)
        return CheckResult(_verdict_of(findings), findings, result.hints)

    def _check(self, text: str, speaker: str = "operator", context: CheckContext | None = None,
               said: Said | None = None, utterance: Utterance | None = None) -> CheckResult:
        speaker = "client" if speaker == "client" else "operator"
        in_call = said is not None  # the caller's turns are known: a read-back must be of what they said (said_back)
        said = said if said is not None else Said()  # (an empty Said is falsy: keep the operator's lines it holds)
        # the call's memory and `guard qa` read this line again (text.remember); `utterance`: the reading of `text` the
        # check with a context already made (its floor's check alone reads it again)
        utterance = remember(utterance if utterance is not None else Utterance(text))
        cleared: set[str] = set()  # rules whose exception or `unless` cleared a match in this line
        findings = self._phrase_findings(utterance, self._index[speaker], cleared)
        # The operator's own view of the card (the proxy's check in a call) is judged like no card at all, except
        # that what the view shows may be said: no verdict depends on a value hidden from the operator.
        shown = shown_card(context) if context is not None and context.shown else None
        if speaker == "operator" and not _has_whole_card(context):
            for finding in self._phrase_findings(utterance, self._without_card):
                if _caller_said_its_digits(finding, utterance, said) or _card_shows_its_digits(finding, utterance, shown) \
                        or (finding.rule == SPELLED_SURNAME_RULE  # owner-name: who the owner is
                            # the DE name the view shows addresses the caller (п. 15); told as the owner's it is the
                            # owner's name, the caller's own only when the caller is identified (red team bb27, f01)
                            and (_identified(context) and _view_shows_its_names(finding, utterance, shown)
                                 or _caller_said_its_names(finding, utterance, said))):
                    continue
                if _digits_of_nobodys_number(utterance, finding):
                    continue  # "последние цифры промокода — 2025", "первые цифры заявки": whose digits they are
                if _counts_things(utterance, finding):
                    continue  # "третий — миграционная карта, три документа": how many, no document's number
                if finding.rule == SPELLED_SURNAME_RULE and slot_word_opens_a_clause(utterance, finding.start, finding.end):
                    continue  # "на организацию бухгалтерия может получить": the slot's word is the next clause's subject
                if not _in_a_call(context) and self._item6_allows_its_digits(finding, utterance):
                    # п. 6 stated in the line (a line alone): the last 4 told as the instruction allows — a cleared
                    # match, as a rule's exception's is, so the model does not guess the same rule back (stop 39, n38)
                    cleared.add(finding.rule)
                    continue
                findings.append(finding)
            if not _in_a_call(context) and LAST4_RULE in self.rules.by_id:
                # a number called by its last 4 digits ("с номера на 70-05", "второй номер на 6543"), whatever phrase
                # carries it: the call's reading of a tail (bare_value.tails_named_after_na), in a line alone too
                # (stop 41), with п. 6's own conditions as for the phrases
                for start, end, digits, kind in tails_told(utterance):
                    rule = self.rules.by_id.get(_TAIL_RULES[kind])
                    if rule is None or any(f.start < end and start < f.end for f in findings):
                        continue
                    if kind == "PHONE_NUMBER" and self._dialled_public(digits, text, start):
                        continue  # п. 9's short number given to be dialled: "по номеру звоните на 0611" (stop 48)
                    finding = _finding(rule, start, end)
                    if _caller_said_its_digits(finding, utterance, said) \
                            or _card_shows_its_digits(finding, utterance, shown) \
                            or _digits_of_nobodys_number(utterance, finding):
                        continue  # what the caller said or the view shows, as for the phrases above
                    if rule.id == LAST4_RULE and len(digits) == 4 and states_item6_conditions(utterance):
                        cleared.add(rule.id)  # п. 6's last 4 only: a tail of 5 or 6 digits tells more (stop 58)
                        continue
                    findings.append(finding)
        if speaker == "operator" and (_SPELLED_RUN.search(text) or abbreviations_said(text)):
            # a term spelled letter by letter (red team bb16, 22), or said by its letters' names (issue 12, s43)
            findings.extend(self._letters_joined_findings(utterance, context, said, findings))
        for rule in self._by_speaker[speaker]:
            if rule.regex:
                findings.extend(self._regex_findings(rule, utterance))
            if rule.numbers is not None:
                findings.extend(self._number_findings(rule, utterance, kinds_read=not _has_whole_card(context)))
        if speaker == "operator":
            findings.extend(self._personal_findings(utterance, context, said, findings, shown))
            if _in_a_call(context):  # a value said bare (red team bb12, 19, 16, 20): judged by what it is, no oracle
                findings.extend(self._bare_value_findings(utterance, said, shown, findings))
                # a value read by the line's shape: a frame's slot, a number's end, digits past a code (bb16 11-20)
                findings.extend(self._value_shape_findings(utterance, said, shown, findings))
                findings.extend(self._de_name_findings(utterance, said, shown, context.caller_changed))
            if in_call:  # a number told in pieces over the call, chatter between (bb14 08, bb15 16 / 21): `guard qa` too
                findings.extend(self._number_over_lines_findings(utterance, said, shown, findings))
            findings.extend(self._other_forms_findings(utterance, said, shown, _identified(context)))
            findings.extend(self._birth_year_findings(utterance, said, findings))
            findings.extend(self._owner_sex_findings(utterance, context, said, findings))
            findings.extend(self._surname_described_findings(utterance, said, findings))
            findings.extend(self._frame_findings(utterance))
            findings.extend(self._note_remark_findings(utterance))
            findings.extend(self._hint_findings(utterance, said))
            if in_call and (said.operator_lines and name_spelled_over_lines(text, said)
                            or letters_spelled_over_lines(text, said)) \
                    and SPELLED_SURNAME_RULE in self.rules.by_id:  # a name spelled a letter a line (bb13, 09; bb22, f04)
                findings.append(_finding(self.rules.by_id[SPELLED_SURNAME_RULE], *_stripped(text)))
            if said.operator_lines or said.recent:  # H7: a value split over the operator's consecutive lines — what the
                # line alone does not already block (the same words read again name no other rule: no order oracle)
                blocked = [(f.start, f.end) for f in findings if f.verdict == "block"]
                findings.extend(f for f in self._split_findings(utterance, context, said, shown)
                                if not any(s < f.end and f.start < e for s, e in blocked))
            if said.turn:  # a sentence said a few words a line (red team bb14, 10): its wording read whole
                findings.extend(self._sentence_over_lines_findings(utterance, context, said, findings))
            if said.station_named or any(_names_a_station(line) for line in said.operator_lines):
                # a call that spoke of a base station: a place or a distance stated now is where it stands (п. 17,
                # red team bb11, 20), however many lines later and whatever the line's words besides
                place = tells_the_stations_place(utterance)
                rule = self.rules.by_id.get(STATION_PLACE_RULE)
                if place is not None and rule is not None and rule.speaker == "operator":
                    findings.append(_finding(rule, *utterance.char_span(*place)))
            if _evades_the_asked_number(utterance, said):
                # п. 18 over turns (red team bb11, 05): the caller asked for the operator's number, one line already
                # answered with something else, and this one does again — a refusal no single line words
                rule = self.rules.by_id.get(NUMBER_REFUSAL_RULE)
                if rule is not None and rule.speaker == "operator" and not any(
                        f.rule == NUMBER_REFUSAL_RULE for f in findings):
                    findings.append(_finding(rule, *_stripped(utterance.text)))
            if said.caller_line:  # the caller's guess completed or corrected (red team bb8, 19): read with it
                blocked = [(f.start, f.end) for f in findings if f.verdict == "block"]
                findings.extend(f for f in self._answer_findings(utterance, context, said, shown)
                                if not any(s < f.end and f.start < e for s, e in blocked))
            if said.heard_line:  # 003: a value the caller offered for judging, judged (red team bb10, 08)
                findings.extend(self._guess_judged_findings(utterance, context, said))
            if in_call:  # H9/M9: the operator's own surname in the introduction
                findings.extend(self._own_surname_findings(utterance, findings))
        else:  # the client's complaint that their data was told, in words no phrase lists (a hint only)
            findings.extend(_finding(self.rules.by_id[rule_id], start, end)
                            for rule_id, start, end in client_frame_spans(utterance)
                            if rule_id in self._client_rule_ids)
            if SPEAKER_CHANGED_RULE in self._client_rule_ids:  # someone else took the phone (red team bb13, 01)
                findings.extend(self._speaker_change_findings(utterance, context, said, shown))
        if not in_call:  # 004's «меня зовут Ф.И.О.»: the operator's own surname is advised against within a call only
            findings = [f for f in findings if f.rule != OWN_SURNAME_RULE]
        findings = _dedupe(findings)
        if speaker == "client":
            return CheckResult("allow", [], findings)
        # what the joined lines read was weighed there (`_sentence_over_lines_findings`): not again on this fragment
        over_lines = [f for f in findings if f.over_lines]
        findings = self._weigh(utterance, [f for f in findings if not f.over_lines], context, said, cleared, in_call)
        findings = _dedupe(findings + [f for f in over_lines if f.rule not in {g.rule for g in findings}])
        if findings and not _read_from_the_call(utterance, findings, said) and self._judged_clean(utterance, findings):
            findings = []
        return CheckResult(_verdict_of(findings), findings, [])

    # --- beside the rules: read-backs, sense, the model ------------------------------------------

    def _weigh(self, utterance: Utterance, findings: list[Finding], context: CheckContext | None,
               said: Said, cleared: frozenset[str] | set[str] = frozenset(), in_call: bool = False,
               guess: bool = True) -> list[Finding]:
        """Drop what the rules read wrongly; add what the model finds that no rule explains (unless `guess` is off)."""
        read_back = read_back_spans(utterance)
        # a line alone presumes the caller's words only where the operator says back, not proposes a place (bb29 f03)
        presumed = read_back if in_call else read_back_spans(utterance, presumed_only=True)
        silenced = False  # a wording rule's words were the caller's: not re-guessed by the model either
        sanctioned = False  # the instruction's own exception stated in the line (пп. 4, 5, 10): never re-guessed
        if read_back:  # "вы продиктовали почту ...": the caller's own data said back to them — in the cue's stretch
            # only: "вы назвали почту ..., а паспорт у владельца 4505 678901" still tells the passport; and the
            # caller's own words said back are not the operator's wording ("вы сказали: «я не знаю пароль»",
            # "вы говорите, у вас дома авария")
            # within a call, only what the caller said in it (guard/disclosure/said_back.py: H1-H3 of the red team)
            findings = [f for f in findings
                        # the whole finding in a read-back: one that runs past it (a phrase across "но": "вы
                        # назвали …, контактное лицо, но скажу: контактное лицо — Мухин") tells past it too
                        # (the sentence's full stop a detector's span took along is no part of the value: stop 39)
                        if not (f.rule in READ_BACK_RULES and _within_any(f.start, _value_end(utterance.text, f), presumed)
                                and (not in_call or caller_said(utterance, f.start, f.end, said, read_back)))]
            callers_words = callers_words_spans(utterance)
            # "вы спрашиваете, есть ли вышка на вашем доме": the caller's words tell no value of the card (a number in
            # them still counts); an act the operator does ("захожу под вашей учёткой", п. 24) is no value said back
            # and an act the operator's own verb states ("заменю на тот, что вы продиктовали", frames) is theirs
            acts = set(frame_spans(utterance))
            kept = [f for f in findings
                    if not (_is_wording(f) and _inside_any(f.start, callers_words)
                            and (f.rule, f.start, f.end) not in acts)
                    and not (self._tells_a_card_value(f) and not utterance.digits_in(f.start, f.end)
                             and any(s <= f.start and f.end <= e for s, e in callers_words)
                             and (not in_call or caller_said(utterance, f.start, f.end, said, callers_words, True)))]
            silenced, findings = len(kept) < len(findings), kept
        if any(f.rule in NOTE_RULES for f in findings) and a_note_about_the_customer(utterance):
            # "Кл. недоволен …, переведён на линию сохранения": a note about the customer for colleagues says п. 14's
            # terms and п. 11's units to no customer; what else the note says (п. 20's remark) the model still guesses
            findings = [f for f in findings if f.rule not in NOTE_RULES]
        invalid = failed_check_spans(utterance) if findings else []
        if invalid:  # "IMEI … не проходит проверку, одна цифра перепутана": a value failing the company's own check was
            # given to the operator, not read from the card — said back (in a call: only what the caller said); as a
            # read-back is, not re-guessed by the model either (stop 41)
            kept = [f for f in findings
                    if not (f.rule in READ_BACK_RULES and _within_any(f.start, _value_end(utterance.text, f), invalid)
                            and (not in_call or caller_said(utterance, f.start, f.end, said, invalid)))]
            silenced, findings = silenced or len(kept) < len(findings), kept
        # п. 4 and п. 5 stated in the line clear it only where no call state can say (a line alone): in a call the
        # operator's card shows what the state allows (red team bb5, 27: "вы назвали свой федеральный, подскажу
        # городской: …" with nothing confirmed), and the words alone are the operator's claim
        if not _has_whole_card(context) and not _in_a_call(context) and any(f.rule in ITEM4_RULES for f in findings) and \
                states_item4_conditions(utterance):  # п. 4's last resort: the contact person's name, never a number
            # the name the contact person's words reach ("сообщу контактное лицо: Гребенщикова Лариса Петровна") is the
            # contact person's by its cue, not the owner's the name reading took it for (stop 42, t41): its type
            # changes to п. 4's, which the conditions then allow
            contact = [(f.start, f.end) for f in findings
                       if f.rule in ITEM4_RULES and not utterance.digits_in(f.start, f.end)]
            kept = [f for f in findings if not (f.rule in ITEM4_RULES and not utterance.digits_in(f.start, f.end))
                    and not (f.rule == SPELLED_SURNAME_RULE and not utterance.digits_in(f.start, f.end)
                             and any(s < f.end and f.start < e for s, e in contact))]
            sanctioned = sanctioned or len(kept) < len(findings)
            silenced, findings = silenced or len(kept) < len(findings), kept
        # a number named as the client's other number by its kind ("а федеральный к нему по договору — 8-909-…") is п. 5's
        # type, whichever kind's cue typed it (stop 43: "по договору" made it the contract's number)
        other_number = [f for f in findings if not _has_whole_card(context) and not _in_a_call(context)
                        and f.rule not in ITEM5_RULES and f.verdict == "block"
                        and names_the_other_number(utterance, f.start, f.end)]
        if not _has_whole_card(context) and not _in_a_call(context) and \
                any(f.rule in ITEM5_RULES or f in other_number for f in findings) and \
                states_item5_conditions(utterance):  # п. 5: the caller knows the federal number, the city one is told
            kept = [f for f in findings if f.rule not in ITEM5_RULES and f not in other_number]
            sanctioned = sanctioned or len(kept) < len(findings)
            silenced, findings = silenced or len(kept) < len(findings), kept  # sanctioned: not re-guessed either
        alone = not _has_whole_card(context) and not _in_a_call(context)
        on_sale = [f for f in findings if alone and (f.rule in ITEM5_RULES or (
            f.rule not in ITEM10_RULES and _whole_phone(utterance.digits_in(f.start, f.end))))]
        if on_sale and offers_catalogue_numbers(utterance):
            # numbers the carrier sells, offered from its catalogue, are nobody's: п. 5 is about the client's numbers
            # (a line alone: in a call the card decides whose a number is); a phone number's whole eleven digits are
            # a number on sale whichever other kind's cue typed them ("из серебряной серии 8 962 …": "серия" is a
            # passport's cue) — never a unit's line (п. 10: "наберите нашим по золотым номерам: 8 861 …")
            kept = [f for f in findings if f not in on_sale]
            sanctioned = sanctioned or len(kept) < len(findings)
            silenced, findings = silenced or len(kept) < len(findings), kept
        # a number the line names a worker's work number ("её рабочий номер 8 343 …") is the unit's worker's, п. 10's
        # type, whatever phone reading took it (a line alone: in a call the card decides whose number it is; stop 42)
        workers = [f for f in findings if alone and f.rule in ITEM5_RULES and names_a_workers_number(utterance, f.start)]
        if any(f.rule in ITEM10_RULES or f in workers for f in findings) and states_item10_agreement(utterance):
            # п. 10: the unit's worker agreed ("согласовала с менеджером, он разрешил передать его номер") — to their
            # own number, never to one the line names someone else's ("менеджер разрешил дать номер вашего мужа")
            kept = [f for f in findings if (f.rule not in ITEM10_RULES and f not in workers)
                    or names_a_non_workers_number(utterance, f.start)]
            sanctioned = sanctioned or len(kept) < len(findings)
            silenced, findings = silenced or len(kept) < len(findings), kept  # sanctioned: not re-guessed either
        procedure = [f for f in findings if f.rule == ACCOUNT_CHANGE_RULE
                     and change_made_on_the_documents(utterance, f.start, f.end)]
        if procedure:  # п. 25's own procedure: the change made when the caller brings the documents in ("поменяем,
            # когда принесёте паспорт", "приходите в салон с паспортами — переоформим"), not on the call
            kept = [f for f in findings if f not in procedure]
            sanctioned = True
            silenced, findings = True, kept
        if not _has_whole_card(context) and not _in_a_call(context) and \
                any(f.rule == GUESS_JUDGED_RULE for f in findings) and states_closed_over_five_years(utterance):
            # the instruction's opening rule: a contract terminated more than 5 years ago — "Подтвердить, если Клиент
            # назовет сам"; a line alone states it (a call's card decides instead, as for пп. 4, 5) (stop 42, s41)
            kept = [f for f in findings if f.rule != GUESS_JUDGED_RULE]
            sanctioned = sanctioned or len(kept) < len(findings)
            silenced, findings = silenced or len(kept) < len(findings), kept
        own = own_introduction_spans(utterance) if findings else []
        if own:  # "оператор Сергей, номер 3078": п. 18 asks for the operator's own name and number — but a surname
            # of the card said there is still the owner's ("с вами говорит оператор Петров" on Петров's card, H9)
            # nor is a first name with a patronymic, or one asked after "вас зовут", the operator's own (bb13, 16)
            callers = {(s, e) for s, e, sure in names_addressed(utterance) if sure}
            findings = [f for f in findings if not (f.rule in READ_BACK_RULES
                                                    and _names_within(utterance, f, own)
                                                    and (f.start, f.end) not in callers
                                                    and not (self._tells_a_card_value(f) and _has_whole_card(context)
                                                             and holds_surname(utterance.text[f.start:f.end])))]
            # п. 8's count read from the operator's own number ("оператор Ростислав, номер 2093, обращение о дубликате
            # сим зарегистрировано": speech to text writes no stop after the number): whose number — the
            # introduction's, so no count of the contract's numbers is told; a number of its own in the finding, or
            # any count said after the introduction's number ("… номер 2093 номеров на договоре пять"), keeps it
            findings = [f for f in findings if not (f.rule == NUMBERS_ON_CONTRACT_RULE
                                                    and _every_number_within(utterance, f, own))]
        # "Есть ли вышка на моём доме?": the caller's question said back names no value (a number in it still counts)
        findings = [f for f in findings if not (f.verdict == "block" and not utterance.digits_in(f.start, f.end)
                                                and echoes_callers_question(utterance, f.start, f.end))]
        before = len(findings) + silenced
        # what the line's own syntax marks: the blame negated, a refusal to tell, the caller asked to repeat
        findings = [f for f in findings
                    if not (f.rule in BLAME_RULES and blame_negated(utterance, f.start, f.end))
                    and not (f.rule in CANNOT_RULES and refuses_to_tell(utterance, f.start, f.end))
                    # п. 18's refusal said of a third person's number ("личный номер провизора не сообщаем": stop 55);
                    # never where the call shows the operator's number evaded over turns ("Номер руководителя вам ни
                    # к чему." after the caller asked twice): the call's refusal, whoever's number the line names
                    and not (f.rule == NUMBER_REFUSAL_RULE and withholds_anothers_number(utterance, f.start, f.end)
                             and not _evades_the_asked_number(utterance, said))
                    and not (f.rule in REPEAT_RULES and (asks_caller_to_repeat(utterance, f.start, f.end)
                                                         or offers_to_repeat(utterance, f.start, f.end)
                                                         or repeats_after_the_caller(utterance, f.start, f.end)))
                    and not (f.rule in CONTROL_RULES and held_in_hand(utterance, f.start, f.end))
                    # п. 14's storno done by the caller's own accountant in their own books ("сторнировать проводку ваш
                    # бухгалтер может сама"), п. 16's "не знаю места красивее" (praise): what the syntax marks, not
                    # re-guessed (stop 56; the railway-station and not-a-passport readings taken out on review 56: they
                    # let a number's place and a passport's issuing through)
                    and not (f.rule in CONTROL_RULES and done_in_the_callers_books(utterance, f.start, f.end))
                    and not (f.rule == DONT_KNOW_RULE and knows_none_finer(utterance, f.start, f.end))
                    # the customer's own request under its loanword ("номер тикета", "тикет закрываю"), sent nowhere
                    # inside the company, and the п. 24 act denied ("под вашей учёткой мы не заходим"): by the syntax
                    and not (f.rule in CONTROL_RULES and names_customers_request(utterance, f.start, f.end))
                    and not (f.rule in ACCOUNT_ACT_RULES and act_negated(utterance, f.start, f.end))
                    # a п. 7 word said of the customer's own device, nothing of the carrier's side in its phrase ("сбой
                    # времени на счётчике"): the parse places it, as it places a negated blame — not re-guessed
                    and not (f.rule in OTHER_SENSE_RULES and said_of_customers_equipment(utterance, f.start, f.end))
                    # п. 23's "профилактика" of something no part of the carrier's side ("профилактика здоровья")
                    and not (f.rule in UPKEEP_RULES and upkeep_of_another_thing(utterance, f.start, f.end))
                    # a month's adjective that qualifies a thing ("вы майский тариф смотрели?") tells no birth month
                    and not (f.verdict == "block" and month_of_a_thing(utterance, f.start, f.end))]
        # hits whose word's sense the code and the verifier guess next (a word quoted is marked, not guessed)
        judged_in_sense = sum(not quoted_address(utterance, f.start, f.end) for f in findings)
        # a person's word owned by someone ("ваш молодой человек", "её девушка") is someone spoken of by its syntax, never
        # the one addressed: where every hit was such a word, the model's wording guess would read the same words and
        # is not made (a personal-data guess still is; stop 42, t41: "Ваш молодой человек сейчас в Паттайе?" at 0.97)
        owned = [f for f in findings if f.rule in OTHER_SENSE_RULES and (
            owned_person(utterance, f.start, f.end) or placed_person(utterance, f.start, f.end))]
        owned = bool(owned) and len(owned) == len(findings)  # every hit left an owned person's word
        findings = [f for f in findings  # "попали в аварию на дороге" is not "у нас авария"
                    if not (f.rule in OTHER_SENSE_RULES and other_sense(utterance, f.start, f.end))]
        if self.verifier is not None:  # "простите за задержку с ответом": a warn rule's words, the allowed sense
            # the operator's own surname (in a call only) is personal data, not words in a sense: never verified
            # the frames the verifier was never trained on (frames.unverified_frame_spans) are not its to judge
            unread = set(unverified_frame_spans(utterance))
            if _evades_the_asked_number(utterance, said):  # a reading of the call, not of a word
                unread.add((NUMBER_REFUSAL_RULE, *_stripped(utterance.text)))
            agreed = agreed_back_spans(utterance)  # the caller's words the operator agreed with: theirs too
            # a п. 15 word that addresses the caller by the line's syntax is the forbidden sense itself (issue 12)
            unverified = [f for f in findings if f.rule == OWN_SURNAME_RULE or (f.rule, f.start, f.end) in unread
                          or f.over_lines or any(a <= f.start and f.end <= b for a, b in agreed)]
            judged = self.verifier.keep(utterance, [f for f in findings if f not in unverified])
            # The verifier judges each hit alone, so the syntax's two readings below, which only keep a hit, are asked
            # of the hits it reads away and of no other: the same findings, and no parse for a hit it keeps (issue 12)
            findings = [f for f in findings if f in unverified or f in judged
                        or (f.rule in OTHER_SENSE_RULES and addressed_by_syntax(utterance, f.start, f.end))
                        # a п. 7 word said of the carrier's side by the syntax ("задержка зачисления платежа") is
                        # the sense the instruction names: not the verifier's to read away (stop 48)
                        or (f.rule in FAILURE_WORD_RULES and said_of_carriers_side(utterance, f.start, f.end))
                        # a п. 7 word whose sense the syntax could not read (the parse failed): kept, as the rules kept
                        # it — no learned guess reads away what a broken detector left unread (fail closed, stop 55)
                        or (f.rule in FAILURE_WORD_RULES and parse_failed(utterance))
                        # п. 25's change that the line says is made on the caller's word ("с ваших слов", "устное
                        # подтверждение", "паспорт не нужен"): the forbidden route stated, no sense to guess (stop 54)
                        or (f.rule == ACCOUNT_CHANGE_RULE and change_made_on_the_callers_word(utterance, f.start, f.end))
                        # a repeat of a thing said that repeats_after_the_caller kept above ("Повторяю тариф, который я
                        # назвала", "ещё раз", the past): the code read the verb's sense, not re-guessed (stop 54)
                        or (f.rule in REPEAT_RULES and repeat_of_a_thing_said(utterance, f.start, f.end))
                        # a refusal whose clause after it ("…, что он звонил вчера на этот номер", "…, но звонки были")
                        # states another person's call or activity on a number: 002 told, not re-guessed (review 54)
                        or (f.rule in CANNOT_RULES and refusal_goes_on_to_anothers_activity(utterance, f.start, f.end))]
        # a word read in another sense is re-guessed only where the model is sure (MODEL_SURE); what the caller's
        # words or the instruction's own exceptions cleared is not re-guessed
        read_away = not findings and judged_in_sense > 0 and not sanctioned
        if self.model is None or not guess or (not findings and before and not read_away):
            return findings
        prediction = None
        if findings and all(f.rule in OTHER_SENSE_RULES for f in findings):
            prediction = self.model.predict(utterance, self._operator_rule_ids)
            if prediction.violating < self.model.other_sense:  # the caller addressed stays whatever the model says,
                # and so does a hit the verifier is sure of: the two guesses disagree, the operator is warned (fail
                # closed; stop 36, e35: "у системы техперерыв" at the verifier's 0.97 against the line model's 0.01)
                return [f for f in findings if addressed_by_syntax(utterance, f.start, f.end)
                        or (f.rule in FAILURE_WORD_RULES and (said_of_carriers_side(utterance, f.start, f.end)
                                                              or parse_failed(utterance)))
                        or self._verifier_is_sure(utterance, f)]
        if findings:
            return findings
        own = is_own_introduction(utterance)  # п. 18: giving one's own name and number is required
        if own or (is_refusal(utterance) and not _says_a_value(utterance)):
            if not own and not _digits_said(utterance, at_least=2) and not goes_on_past_the_refusal(utterance):
                # "пяти лет" is a digit, "хвостик — 19" two; "улицу не скажу, но точно там": a contrast after the
                # refusal goes on past it (stop 39) — re-guessed where the model is sure, as a number said is
                return findings  # a refusal that names nothing: the script itself, whatever the model says
            # the code's cues read the line as the script, a guess as a word's other sense is: re-guessed where the
            # model is sure (MODEL_SURE), the operator warned when the two disagree (stop 35, c34: "Целиком номер не
            # скажу, … только хвостик — 19 в конце" read as a refusal while its fold model read P 1.00)
            prediction = self.model.predict(utterance, self._operator_rule_ids)
            if prediction.violating < MODEL_SURE:
                return findings
        if _says_nothing(utterance.text):
            return findings  # "ладно", "угу, ясно": assent alone carries none of the wording rules' senses (bb12 13)
        judged = utterance
        if read_back:  # the caller's own data said back is not guessed at; what the line says besides is — past
            # the card named as a source too ("…, по договору владелец записан именно так" confirms what the caller said:
            # that stretch is for the rules' values to read, not for the model's guess: stop 41)
            judged = _outside(utterance, read_back_spans(utterance, records_end_it=False))
            if judged is None:  # the whole line read as the caller's words: in a call, what they said decided it;
                # a line alone without punctuation (speech to text) holds no sign of where the read-back ends ("вы же
                # говорили что переехали" after the address told): re-guessed whole where the model is sure
                if in_call or _PUNCTUATION.search(utterance.text):
                    return findings
                prediction = self.model.predict(utterance, self._operator_rule_ids)
                if prediction.violating < MODEL_SURE:
                    return findings
                judged = utterance
            prediction = prediction if judged is utterance else self.model.predict(judged, self._operator_rule_ids)
            # the rest of a read-back line, read alone, loses what it answers ("Вы назвали адрес доставки: …. Курьер
            # привезёт сим-карту завтра" reads as an internal term at 0.76): unless the model is sure of the rest, the
            # whole line must lean to a violation too
            if prediction.violating < READ_BACK_PART_SURE and self.model.score(utterance) < READ_BACK_LINE_FLOOR:
                return findings
        theirs = _callers_own_values(utterance, said) if in_call and judged is utterance else []
        if theirs:  # in a call, the caller's own values said back with no cue ("фамилия И-ва-нов" after "моя фамилия
            # Иванов") are read for the model's guess as a read-back's are: not guessed at, what the line says besides
            # is (stop 52: a retrained model read the spelled surname as п. 25's change). Only what the caller said in
            # this call: a value the view shows, or one nobody said, is read whole (fail closed)
            judged = _outside(utterance, theirs)
            if judged is None:
                return findings
            prediction = self.model.predict(judged, self._operator_rule_ids)
            if prediction.violating < READ_BACK_PART_SURE and self.model.score(utterance) < READ_BACK_LINE_FLOOR:
                return findings
        prediction = prediction or self.model.predict(judged, self._operator_rule_ids)
        sure = prediction.violating >= MODEL_SURE
        if read_away and not sure:
            return findings
        rule = self.rules.by_id.get(prediction.rule or "")
        if rule is None or rule.speaker != "operator" or rule.id in cleared:
            return findings  # the rule it resembles matched here and its own exception (the policy's word) cleared it
        if read_away and owned and rule.verdict != "block":
            return findings  # the words read by syntax as someone spoken of: a wording guess there reads the same words
        if rule.verdict == "block" and (_has_whole_card(context) or (
                _the_call_gave_its_values(utterance, said, shown_card(context),
                                          lambda digits, at: self._service_number_named(digits, utterance.text, at))
                if _in_a_call(context)
                else _said_by_caller(utterance, said))):
            # personal data: the whole card decides (offline), not a guess. In a call the operator's view hides every
            # value it does not show, so it decides nothing of them: the guess a line gets alone stands unless every
            # number and name the line says is the caller's or the view's (red team bb26, f02: the check in a call is
            # never weaker than the same line's alone)
            return findings
        places = company_place_spans(judged) if rule.id in PLACE_RULES else []
        if places:  # "приходите в наш офис на Ленинском проспекте, 30": the company's address is nobody's data; what
            # the line says besides is judged alone ("…; счета приходят вам на Садовую, 12" still tells one)
            rest = _outside(judged, places)
            prediction = self.model.predict(rest, self._operator_rule_ids) if rest is not None else None
            rule = self.rules.by_id.get(prediction.rule or "") if prediction is not None else None
            if rule is None or rule.speaker != "operator" or rule.id in cleared:
                return findings
        if _is_number_rule(rule) and self._only_public_numbers(utterance):
            return findings  # whose number: the company's own (policies/lists.yaml), said in full, is nobody's data
        start, end = _stripped(utterance.text)
        return [Finding(f"{MODEL_PREFIX}{rule.id}", start, end,
                        f"Похоже на нарушение ({prediction.violating:.0%}, модель, не правило): {rule.message}",
                        rule.suggestion, "warn", rule.item)]

    def _judged_clean(self, utterance: Utterance, findings: list[Finding]) -> bool:
        """A line only warned by wording hits — every finding a `warn` rule's hit the judge may clear — that the judge
        (guard.disclosure.decision), weighing how sure the line model and the verifier are and what the line does,
        reads as clean. A `block` finding and the line model's guess are never the judge's (fail closed)."""
        decision = self.decision
        if decision is None or self.model is None:
            return False
        # a wording hit of a warn rule only: a block, the operator's own surname, the line model's guess stay
        if any(f.verdict != "warn" or f.rule == OWN_SURNAME_RULE or f.rule.startswith(MODEL_PREFIX)
               or getattr(self.rules.by_id.get(f.rule), "verdict", None) != "warn" for f in findings):
            return False
        # п. 25's change the line says is made on the caller's word: the forbidden route stated, not a guess (stop 54)
        if any(f.rule == ACCOUNT_CHANGE_RULE and change_made_on_the_callers_word(utterance, f.start, f.end)
               for f in findings):
            return False
        # a refusal that goes on to state another person's call or activity on a number: 002 told (review 54)
        if any(f.rule in CANNOT_RULES and refusal_goes_on_to_anothers_activity(utterance, f.start, f.end)
               for f in findings):
            return False
        # п. 18: the operator's own number withheld as the frame reads it («номер не называю», «работаю без номера»):
        # the forbidden act stated, not a word whose sense a judge trained on older guesses may read away (stop 55)
        if any(f.rule == NUMBER_REFUSAL_RULE for f in findings) and withholds_own_identity(utterance) is not None:
            return False
        # a п. 7 word whose sense the syntax could not read (the parse failed): the judge no more than the verifier
        if any(f.rule in FAILURE_WORD_RULES for f in findings) and parse_failed(utterance):
            return False
        rules = [f.rule for f in findings]
        if not decision.may_clear(rules):
            return False
        verified = tuple(self.verifier.probability(utterance, f.rule, f.start, f.end) for f in findings
                         if self.verifier is not None)
        line_p = self.model.score(utterance)
        # the line model or the verifier sure of a violation: two guesses disagree, the operator is warned (stop 36)
        if line_p >= MODEL_SURE or any(p >= MODEL_SURE for p in verified):
            return False
        parts = Parts(tuple(rules), line_p, verified)
        return decision.probability(utterance, parts) < decision.threshold

    def _sentence_over_lines_findings(self, utterance: Utterance, context: CheckContext | None, said: Said,
                                      already: list[Finding]) -> list[Finding]:
        """The operator's wording of a rule said a few words a line ("у нас сейчас" / "плановая" / "профилактика";
        "честно" / "я бы" / "к другому оператору ушёл": red team bb14, 10): the lines of this turn before this one that
        end no sentence (no full stop, "!" or "?") and are short (FRAGMENT_WORDS) are read with it as one sentence; a
        rule's phrase or frame that spans the join is this line's finding — what lies in the earlier lines alone was
        judged with them, what lies in this line alone is read on it."""
        run: list[str] = []
        for line in reversed(said.turn):
            stripped = line.strip()
            if not stripped or stripped[-1] in ".!?…" or len(stripped.split()) > FRAGMENT_WORDS:
                break
            run.insert(0, stripped)
        if not run:
            return []
        before = " ".join(run)
        offset = len(before) + 1
        joined = Utterance(f"{before} {utterance.text}")
        blocked = {f.rule for f in already if f.verdict == "block"}
        found = [f for f in self._phrase_findings(joined, self._index["operator"]) + self._frame_findings(joined)
                 if f.end > offset and f.rule not in blocked]
        # weighed on the whole sentence (the verifier reads a hit in its sentence, not in a fragment of it)
        found = self._weigh(joined, _dedupe(found), context, said, in_call=True, guess=False) if found else []
        return [replace(f, start=max(f.start, offset) - offset, end=f.end - offset, over_lines=True)
                for f in found if f.end > offset]

    def _letters_joined_findings(self, utterance: Utterance, context: CheckContext | None, said: Said,
                                 already: list[Finding]) -> list[Finding]:
        """A word written a letter at a time ("с-т-о-р-н-и-р-о-в-а-н-и-е", "с.т.о.р.н.о"; red team bb16, 22), or an
        abbreviation speech to text wrote as its letters' names ("эм эм эс из си ар эм": lexicon.abbreviations_said,
        issue 12): the letters joined before the rules' wording is read, so a term spelled out is the term. The line is
        read again with each run of three or more letters written as one word; a phrase or frame that reaches a joined
        run is this line's finding over that run, weighed on the joined reading (as a sentence over lines is)."""
        pieces: list[str] = []
        runs: list[tuple[int, int, int, int]] = []  # (joined start, joined end, original start, original end)
        at = length = 0
        spelled = [(m.start(), m.end(), "".join(ch for ch in m.group() if ch.isalpha()))
                   for m in _SPELLED_RUN.finditer(utterance.text)]
        named = [run for run in abbreviations_said(utterance.text)
                 if not any(s < run[1] and run[0] < e for s, e, _ in spelled)]
        for start, end, word in sorted(spelled + named):
            pieces.append(utterance.text[at:start])
            length += start - at
            runs.append((length, length + len(word), start, end))
            pieces.append(word)
            length += len(word)
            at = end
        pieces.append(utterance.text[at:])
        joined = Utterance("".join(pieces))
        blocked = {f.rule for f in already if f.verdict == "block"}
        found = [f for f in self._phrase_findings(joined, self._index["operator"]) + self._frame_findings(joined)
                 if f.rule not in blocked and any(f.start < end and start < f.end for start, end, _, _ in runs)]
        found = self._weigh(joined, _dedupe(found), context, said, guess=False) if found else []

        def back(position: int, end: bool) -> int:
            shift = 0
            for start, stop, original_start, original_end in runs:
                if position < start or (end and position == start):
                    break
                if position < stop or (end and position == stop):
                    return original_end if end else original_start
                shift = original_end - stop
            return position + shift

        return [replace(f, start=back(f.start, False), end=back(f.end, True), over_lines=True)
                for f in found if any(f.start < end and start < f.end for start, end, _, _ in runs)]

    def _birth_year_findings(self, utterance: Utterance, said: Said, already: list[Finding]) -> list[Finding]:
        """A year told as someone's year of birth (bare_value.birth_years: red team bb14, 07) — a part of the birth
        date, whatever its value, unless the caller said it."""
        rule = self.rules.by_id.get(NUMBER_RULE)
        if rule is None or rule.speaker != "operator":
            return []
        taken = [(f.start, f.end) for f in already if f.verdict == "block"]
        def said_it(start: int, end: int) -> bool:
            digits = utterance.digits_in(start, end)
            return said.said_number(digits) if digits else said.said_word(utterance.text[start:end].lower())

        return [_finding(rule, start, end) for start, end in birth_years(utterance)
                if not said_it(start, end) and not any(s < end and start < e for s, e in taken)]

    def _owner_sex_findings(self, utterance: Utterance, context: CheckContext | None, said: Said,
                            already: list[Finding]) -> list[Finding]:
        """The owner's sex told (personal.owner_sex_told: "номер оформлен на мужчину", "владелец — женщина"): the
        owner's data, which the card policy never shows — one decision whatever the wording (docs/disclosure.md, stop
        48). It may be said to a caller who named the owner (main identification: a Russian full name carries the sex,
        and п. 6 weighs the sex only after it): in a call the call's state says so; in a line alone, the line — the
        main identification stated, or the sex given as the reason of a refusal, п. 6's own ("номер оформлен на
        мужчину, поэтому цифры не назову", which applies only after the main identification). The caller's own word
        said back stays theirs."""
        rule = self.rules.by_id.get(NUMBER_RULE)
        if rule is None or rule.speaker != "operator":
            return []
        spans = owner_sex_told(utterance)
        if not spans:
            return []
        if context is not None and (_in_a_call(context) or _has_whole_card(context)):
            # the caller who named the owner, not someone who took the phone since (CallState.caller_changed)
            if context.identification == IdentificationLevel.PRIMARY and not context.caller_changed:
                return []
        elif states_main_identification(utterance) or (is_refusal(utterance) and not goes_on_past_the_refusal(utterance)):
            return []
        taken = [(f.start, f.end) for f in already if f.verdict == "block"]
        return [_finding(rule, start, end) for start, end in spans
                if not said.said_word(utterance.text[start:end].split()[0].lower())
                and not any(s < end and start < e for s, e in taken)]

    def _surname_described_findings(self, utterance: Utterance, said: Said, already: list[Finding]) -> list[Finding]:
        """A quality said of the surname that narrows it (personal.surname_described: "Фамилия звериная?", "фамилия
        короткая"): a hint at the owner's surname (п. 1), whatever it is — unless the caller said the word first."""
        rule = self.rules.by_id.get(SPELLED_SURNAME_RULE)
        if rule is None or rule.speaker != "operator":
            return []
        taken = [(f.start, f.end) for f in already if f.verdict == "block"]
        return [_finding(rule, start, end) for start, end in surname_described(utterance)
                if not said.said_word(utterance.text[start:end].lower())
                and not any(s < end and start < e for s, e in taken)]

    def _number_over_lines_findings(self, utterance: Utterance, said: Said, shown: ShownCard | None,
                                    already: list[Finding]) -> list[Finding]:
        """In a call, a number told a piece a line (red team bb14, 08: "первые цифры девятьсот три" / "после этого
        идёт семьсот сорок один" / "затем будет восемьдесят пять"): the digits of this line that, with the operator's
        lines of pieces just before, take a number past its prefix — unless the caller said that number or the screen
        shows it (bare_value.number_told_over_lines)."""
        rule = self.rules.by_id.get(LAST4_RULE)  # a subscriber's number told (пп. 5, 6)
        if rule is None or rule.speaker != "operator" or not said.number_run:
            return []
        taken = [(f.start, f.end) for f in already if f.verdict == "block"]
        found = []
        for start, end, digits, dictated in number_told_over_lines(utterance, said.number_run, said.asked,
                                                                    said.dictated_lines):
            if said.said_digits(digits) or any(s < end and start < e for s, e in taken):
                continue
            # digits dictated a few a line are the screen's only as a number's last digits (ShownCard)
            if shown is not None and (shown.shows_dictated_digits(digits) if dictated else shown.shows_digits(digits)):
                continue
            found.append(_finding(rule, start, end))
        return found

    def _bare_value_findings(self, utterance: Utterance, said: Said, shown: ShownCard | None,
                             already: list[Finding]) -> list[Finding]:
        """In a call, a line or clause that is only a value (guard.disclosure.bare_value): a number of 4 digits or
        more, a login, a surname, a street and house, or what the detectors type there, the caller has not said and
        the operator's view does not show — told whatever its value (the view is card-blind: no oracle)."""
        text = utterance.text
        # the company's own office or salon is nobody's data; the operator's own introduction is п. 18's
        # (operator-own-surname reads a surname there)
        places = company_place_spans(utterance) + own_introduction_spans(utterance) + own_surname_spans(utterance)
        spans = [(s, e) for s, e in bare_value_spans(utterance) if not any(ps <= s and e <= pe for ps, pe in places)]
        tails = list(tails_told(utterance))
        # a surname typed in Latin, anywhere in the line ("owner is Mr. Vorobiev", "на договоре записан Vorobiev")
        latin = [(at, stop) for at, stop, _ in surnames(text, 0, len(text)) if text[at:stop].isascii()]
        # a word where the line's syntax says a person's name ("вас зовут Коваль?", "владелец Кречетов", "Вы Мельник?")
        slots = [(s, e) for s, e in [*surnames_in_a_naming_slot(utterance), *organisations_named(utterance)]
                 if not any(ps <= s and e <= pe for ps, pe in places)]
        if not spans and not tails and not latin and not slots:
            return []
        taken = [(f.start, f.end) for f in already if f.verdict == "block"] + places
        found: list[Finding] = []

        def add(rule_id: str, start: int, end: int) -> None:
            rule = self.rules.by_id.get(rule_id)
            if rule is not None and rule.speaker == "operator" and not any(s < end and start < e for s, e in taken):
                found.append(_finding(rule, start, end))

        shows_word = shown.shows_word if shown is not None else (lambda word: False)
        for at, stop in latin + slots:
            if not (said.said_word(text[at:stop].lower()) or shows_word(text[at:stop])):
                add(SPELLED_SURNAME_RULE, at, stop)
        for at, stop, digits, kind in tails:  # "второй номер на 6543": a number called by its last 4 digits (п. 6)
            # the view's shown digits are a phone's (its last 4); the contract's number it never shows — and a phone's
            # tail that is п. 9's short number given to be dialled ("по номеру звоните на 0611") is no tail (stop 48)
            shown_here = shown is not None and _TAIL_RULES[kind] not in _NOT_THE_VIEWS_NUMBERS and shown.shows_digits(digits)
            if not (said.said_digits(digits) or shown_here
                    or kind == "PHONE_NUMBER" and self._dialled_public(digits, text, at)):
                add(_TAIL_RULES[kind], at, stop)
        for start, end in spans:
            before = len(found)
            for at, stop, digits in numbers_told(utterance, start, end):
                if said.said_digits(digits) or (shown is not None and shown.shows_digits(digits)):
                    continue
                # п. 9's short numbers ("####", "0###" on the list) are dialled ("позвоните на 5051"), not said bare:
                # four digits alone in a call are a number's last 4 (п. 6) whatever their first digit ("только 0463":
                # red team bb12, 20), unless the line names an organisation's line (the phone kind's SERVICE_LINE:
                # "справочная — 0611", "короткий номер: 0890") or the number is given to be dialled ("наберите 0611")
                if self._public_beside(digits, text, at):
                    continue
                add(LAST4_RULE if len(national(digits)) == 4 else NUMBER_RULE, at, stop)
            for at, stop in logins(text, start, end):
                if not (said.said_word(text[at:stop].lower()) or shows_word(text[at:stop])):
                    add(STREET_RULE, at, stop)  # a mailbox or its local part (п. 3), a login
            for at, stop in [*((a, b) for a, b, _ in surnames(text, start, end)), *word_names(text, start, end)]:
                if not (said.said_word(text[at:stop].lower()) or shows_word(text[at:stop])):
                    add(SPELLED_SURNAME_RULE, at, stop)
            if street_and_house(utterance, start, end) and not all(
                    said.said_word(word.lower()) or shows_word(word) for word in re.findall(r"[^\W\d_]+", text[start:end])):
                add(STREET_RULE, start, end)
            # a house's and a flat's numbers alone ("5-12?": red team bb22, f03), the address kind's shape
            if house_and_flat(text[start:end]) and not all(said.said_number(digits)
                                                           for digits in DIGITS.findall(text, start, end)):
                add(STREET_RULE, start, end)
            if len(found) == before and self.use_engine:  # what the detectors type there: an issuer, a date
                try:
                    entities = self.detect(text[start:end])
                except ValueError:
                    entities = []
                for entity in entities:
                    entity = Entity(entity.start + start, entity.end + start, entity.type, entity.score)
                    if entity.type in _READ_BARE or (shown is not None and _card_shows_entity(entity, utterance, shown)):
                        continue  # a name, a place, a number: the readings above (a town or a region alone is no one's)
                    for rule in self._by_speaker["operator"]:
                        if entity.type in rule.entities and entity_counts(entity, utterance, said, self._is_public_number):
                            add(rule.id, entity.start, entity.end)
                            break
        return found

    def _public_beside(self, digits: str, text: str, at: int) -> bool:
        """A number of п. 9's public list as the line says it: four digits are a number's last 4 (п. 6) whatever
        their first digit, unless the line names an organisation's line (the phone kind's SERVICE_LINE: "справочная —
        0611") or gives a 0-number to be dialled ("наберите 0611")."""
        return self._is_public_number(digits) and not (len(national(digits)) == 4 and not (
            digits[:1] == "0" and (SERVICE_LINE.search(text) or _DIALLED.search(text, 0, at))))

    def _service_number_named(self, digits: str, text: str, at: int) -> bool:
        """A number of п. 9's public list the line names as an organisation's line or gives to be dialled ("номер
        справочной — 0611", "позвоните на 0611"): nobody's. A public number's shape alone is not enough — "городской
        начинается на 260" tells a number's piece whatever list 260 fits."""
        return self._is_public_number(digits) and bool(SERVICE_LINE.search(text) or _DIALLED.search(text, 0, at))

    def _dialled_public(self, digits: str, text: str, at: int) -> bool:
        """A tail after «на» that is п. 9's short number given to be dialled: a dialling verb right before it ("по
        номеру звоните на 0611"). Not a service word elsewhere in the line: "второй номер у вас на 0611, по справочной
        уточните" tells a number's last 4 (the merge's review, stop 48)."""
        return self._is_public_number(digits) and digits[:1] == "0" and _DIALLED.search(text, 0, at) is not None

    def _value_shape_findings(self, utterance: Utterance, said: Said, shown: ShownCard | None,
                              already: list[Finding]) -> list[Finding]:
        """In a call, values read by the line's shape alone (guard.disclosure.value_shapes, red team bb16 11, 12, 17,
        20): a surname, a street or a year in a confirming or dictating frame's slot; a number's end told beside a word
        of its end, in one group or in pieces; a number told past its code. Whatever the value — the card's or any
        other of the same shape gets the same verdict (no oracle) —, unless the caller said it or the screen shows it."""
        text = utterance.text
        taken = [(f.start, f.end) for f in already if f.verdict == "block"]
        shows_word = shown.shows_word if shown is not None else (lambda word: False)
        shows_digits = shown.shows_digits if shown is not None else (lambda digits: False)
        found: list[Finding] = []

        def add(rule_id: str, start: int, end: int) -> None:
            rule = self.rules.by_id.get(rule_id)
            if rule is not None and rule.speaker == "operator" and not any(s < end and start < e for s, e in taken):
                found.append(_finding(rule, start, end))
                taken.append((start, end))

        slot = frame_slot(utterance)
        if slot is not None:
            start, end, kind = slot
            if kind in ("year", "issue-year"):
                if not said.said_number(utterance.digits_in(start, end)):
                    # a birth date's piece (other personal data), or a passport's issue year (п. 2)
                    add(NUMBER_RULE if kind == "year" else PASSPORT_RULE, start, end)
            elif not (said.said_word(text[start:end].lower()) or shows_word(text[start:end])
                      or all(said.said_word(part.lower()) or shows_word(part) for part in text[start:end].split("-"))):
                add(STREET_RULE if kind == "street" else SPELLED_SURNAME_RULE, start, end)
        age = age_told(utterance)  # «Вам пятый десяток?», «Вам скоро полтинник?» (red team bb30, f07)
        if age is not None and not (utterance.digits_in(*age) and said.said_number(utterance.digits_in(*age))):
            add(NUMBER_RULE, *age)
        for start, end, what in edges_said_bare(utterance):  # "Договор у вас с 0123?" (red team bb23, f05)
            piece = text[start:end]
            digits = utterance.digits_in(start, end)
            # the caller's own piece may be said back; what the screen shows is another field's (these values the
            # card policy always hides), so it is no leave to tell this one's
            if not (said.said_digits(digits) if digits else said.said_word(piece.lower())):
                add({"contract": NUMBER_RULE, "contact": CONTACT_RULE}.get(what, STREET_RULE), start, end)
        if utterance.digit_groups:
            # a number of a subscriber number's length, or dictated a digit a word, whatever words stand around it
            # ("Вы набирали 5556677", "Набирали вы семьсот шестьдесят пять …": red team bb26, f02)
            for start, end, digits in numbers_told_anywhere(utterance):
                if not (said.said_digits(digits) or shows_digits(digits) or self._public_beside(digits, text, start)):
                    add(LAST4_RULE if len(national(digits)) == 4 else NUMBER_RULE, start, end)
            for start, end, digits in number_ends(utterance):
                if not (said.said_digits(digits) or shows_digits(digits)):  # (a short number's list is no end's)
                    add(LAST4_RULE, start, end)  # п. 6: a number's last 4 told, in one group or in pieces
            for start, end, digits, of_a_call in digits_past_the_code(utterance):
                if not (said.said_digits(digits) or shows_digits(digits) or self._public_beside(digits, text, start)):
                    add(PREFIX_RULE if of_a_call else LAST4_RULE, start, end)  # п. 9: no digits past the prefix
        return found

    def _hidden_person_named(self, utterance: Utterance, context: CheckContext, said: Said,
                             already: list[Finding]) -> list[Finding]:
        """In a call (the operator's view of the card), a person named by first name and patronymic whom the view does
        not show and the caller did not name: the operator has it from the card's hidden values — the contact person's
        (п. 4) or the owner's (п. 1) —, and saying the name tells it whatever the sentence is about («Вы с Анной
        Петровной в одной семье?», «Передайте Анне Петровне …»: red team bb30, f06). Card-blind: any such name gets
        the same verdict, the card's or not. Not the address to the caller (п. 15), the operator's own introduction,
        a name the caller said (read back: the caller's own words only), one the view shows (an identified
        organisation's contact person, the DE name)."""
        spans = first_names_with_patronymic(utterance)
        if not spans:
            return []
        rule = self.rules.by_id.get(_hidden_name_rule(context.card))
        if rule is None or rule.speaker != "operator":
            return []
        shown = _shown_name_lemmas(shown_card(context))
        found = []
        for start, end in spans:
            if any(f.start < end and start < f.end for f in already):
                continue
            words = NAME_WORD.findall(utterance.text[start:end])
            heard = {lemma for word in said.words for lemma in _lemmas_of_names(word)}
            if all(said.said_word(word.lower()) or _lemmas_of_names(word) & heard for word in words):
                continue
            if all(_lemmas_of_names(word) & shown for word in words):
                continue
            found.append(_finding(rule, start, end))
        return found

    def _speaker_change_findings(self, utterance: Utterance, context: CheckContext | None, said: Said,
                                 shown: ShownCard | None) -> list[Finding]:
        """The client's line read for a change of speaker (guard.disclosure.speaker_change). A first name introduced
        is a new person's once the call identified someone or heard another first name from the caller, unless the
        caller said it or the operator's screen shows it (DE): a caller who greets first and then gives their name
        is one caller."""
        heard_before = any(is_first_name(word) for word in said.words) or (
            context is not None and (context.identification != IdentificationLevel.NONE or context.caller_changed))

        def known_name(word: str) -> bool:
            return said.said_word(word) or (shown is not None and shown.shows_word(word))

        identified = context is not None and context.identification != IdentificationLevel.NONE
        span = speaker_change_span(utterance, heard_before=heard_before, known_name=known_name,
                                   identified_gender=context.caller_gender if identified else "unknown",
                                   identified_person=identified and context.identified_by != "organization")
        return [] if span is None else [_finding(self.rules.by_id[SPEAKER_CHANGED_RULE], *span)]

    def _de_name_findings(self, utterance: Utterance, said: Said, shown: ShownCard | None,
                          caller_changed: bool) -> list[Finding]:
        """The caller addressed by a first name or patronymic (bare_value.names_addressed) that is not the DE field's
        on the operator's screen, nor what the caller said: the owner's ИО from «ФИО владельца», or a guess at it —
        told whatever its value (п. 1, «Внимание!»: only DE's ИО may address the caller; red team bb13, 16). After
        the phone changed hands (the call's `caller_changed`) DE's own are the owner's too, not the new caller's:
        "Пётр Сергеевич, чем могу помочь?" to the owner's wife (red team bb12, 15). Until the new caller is
        identified; what the new caller said of themselves may be said back."""
        rule = self.rules.by_id.get(SPELLED_SURNAME_RULE)
        if rule is None:
            return []
        own = is_own_introduction(utterance)  # "Записывайте: оператор номер 2093, Тимур": a first name alone is theirs
        found = []
        for start, end, callers in names_addressed(utterance):
            word = utterance.text[start:end]
            if (not callers and own) or said.said_word(word.lower()):
                continue
            if not caller_changed and shown is not None and shown.shows_word(word):
                continue
            found.append(_finding(rule, start, end))
        if caller_changed and shown is not None:  # DE's name anywhere in the line: the owner's, to the new caller
            found.extend(_finding(rule, token.start, token.end) for token in utterance.tokens
                         if not token.is_digit and token.info.grammemes & {"Name", "Patr"}
                         and shown.shows_word(token.form) and not said.said_word(token.form))
        return found

    def _verifier_is_sure(self, utterance: Utterance, finding: Finding) -> bool:
        """The hit verifier reads the wording finding in its forbidden sense at MODEL_SURE or above."""
        return self.verifier is not None and self.verifier.probability(
            utterance, finding.rule, finding.start, finding.end) >= MODEL_SURE

    # --- phrases ---------------------------------------------------------------------------------

    def _phrase_findings(self, utterance: Utterance, index: PatternIndex,
                         cleared: set[str] | None = None) -> list[Finding]:
        if not utterance.tokens:
            return []
        by_rule: dict[str, list[Hit]] = {}
        # the index's hits are a function of the line's text: read once a line (the floor's check alone asks again)
        for hit in utterance.derived(("phrase_hits", index), lambda: tuple(index.hits(utterance))):
            by_rule.setdefault(hit.key, []).append(hit)
        findings: list[Finding] = []
        for rule_id, hits in by_rule.items():
            rule = self.rules.by_id[rule_id]
            # the caller's question repeated is no answer — unless the line then answers it ("Сколько номеров на вас?
            # Вроде пять"): an `unless` of a repeated question the line answers silences nothing (issue 12, s43)
            silencing = [span for span in find(rule.unless, utterance)
                         if not answers_the_echoed_question(utterance, *span)] if rule.unless else []
            if silencing and rule.verdict == "block":
                # what an `unless` says after a number was told, in a stretch of its own, takes nothing back: "На вас
                # три сим-карты. … Надо в офис" told the count before naming the office's route (issue 12, stop 45);
                # a hit that tells no number ("список номеров на вас … не направляется. … в офисе") is silenced still
                told = [hit for hit in hits if _tells_a_number(utterance, hit.first, hit.last)
                        and all(stretch_of(utterance, first)[0] > hit.last for first, _ in silencing)]
                if len(told) < len(hits) and cleared is not None:
                    cleared.add(rule_id)
                hits = told
                if not hits:
                    continue
            elif silencing:
                if cleared is not None:
                    cleared.add(rule_id)
                continue
            # an exception ("назовите ... последние цифры") does not reach across a contrast word: "не могу назвать
            # полный номер, но последние цифры 4455" asks nothing, it tells
            excepted = ([span for span in find(rule.exceptions, utterance) if not _crosses_a_contrast(utterance, *span)
                         and not _negated_before(utterance, span[0])
                         and not _refuses_then_tells(utterance, *span)
                         and not _governs_a_credential(utterance, *span)]
                        if rule.exceptions else [])
            for hit in hits:
                # a request excepts the hit only when the line does not then say what it asks for (who says it)
                if any(first <= hit.last and hit.first <= last
                       and not _asks_then_tells(utterance, first, max(last, hit.last)) for first, last in excepted):
                    if cleared is not None:
                        cleared.add(rule_id)
                    continue
                if rule.near and not _has_near(rule.near, utterance, hit.first, hit.last):
                    continue
                if _tells_digits(rule) and _numbers_only_times_of_day(utterance, hit.first, hit.last):
                    continue  # "свяжется по контактному номеру сегодня до шести": the number is when, not whose
                start, end = utterance.char_span(hit.first, hit.last)
                findings.append(_finding(rule, start, end))
        return findings

    def _frame_findings(self, utterance: Utterance) -> list[Finding]:
        """Who does what to whose data (guard.disclosure.frames): the operator withholding their own number (п. 18),
        changing the customer's account data (п. 25) — in words no rule lists; as findings of the item's rule."""
        return [_finding(self.rules.by_id[rule_id], start, end) for rule_id, start, end in frame_spans(utterance)
                if rule_id in self._operator_rule_ids]

    def _note_remark_findings(self, utterance: Utterance) -> list[Finding]:
        """п. 20 in a line that is itself a note about a customer and judges them or is written with fillers
        (sense.remarks_in_a_note): the rule's phrases need the note named ("в комментарии", "напишу")."""
        rule = self.rules.by_id.get(REMARK_RULE)
        if rule is None or rule.speaker != "operator":
            return []
        held = remarks_in_a_note(utterance)
        return [_finding(rule, *utterance.char_span(*held))] if held is not None else []

    def _hint_findings(self, utterance: Utterance, said: Said) -> list[Finding]:
        """A value refused and then hinted at (frames.hints_after_refusing: red team bb15, 17) — a number's when the
        hint gives digits, else of the kind the caller asked for in the call (Said.asked), else the owner's name (п. 1:
        what is asked of a number most); and, while
        the caller's question for an address stands, a street or a house described instead of named ("улица, где
        много садов", "дом — как возраст совершеннолетия минус один"): the address told in other words."""
        asked = said.asked
        rule = next((rule for rule in self._by_speaker["operator"] if asked and asked in rule.entities),
                    self.rules.by_id.get(SPELLED_SURNAME_RULE))
        found = []
        hint = hints_after_refusing(utterance)
        if hint is not None and any(  # a number hinted at: its digits (пп. 5, 6, 9)
                utterance.tokens[hint[1]].start <= group.start < utterance.tokens[hint[1]].end
                for group in utterance.digit_groups):
            rule = self.rules.by_id.get(LAST4_RULE)
        if hint is not None and rule is not None and rule.speaker == "operator":
            found.append(_finding(rule, *utterance.char_span(*hint)))
        address = self.rules.by_id.get(STREET_RULE)
        if asked == "ADDRESS" and address is not None and address.speaker == "operator":
            described = describes_an_address_part(utterance)
            if described is not None:
                found.append(_finding(address, *utterance.char_span(*described)))
        return found

    def _other_forms_findings(self, utterance: Utterance, said: Said, shown: ShownCard | None,
                              identified: bool = False) -> list[Finding]:
        """A surname spelled by letters, by syllables or in Latin script (guard.disclosure.spelled), as owner-name's;
        a street without a house number told of the caller (guard.disclosure.streets) and part of a mailbox
        (guard.disclosure.mailbox_part), as address's."""
        rule = self.rules.by_id.get(SPELLED_SURNAME_RULE)
        found = []
        shows = shown.shows_word if shown is not None else (lambda word: False)
        if rule is not None and rule.speaker == "operator":
            found += [_finding(rule, start, end) for start, end in spelled_surnames(utterance.text, said, shows)]
            # the owner's first name after the owner's noun (bb27, f01): the DE name the view shows addresses the
            # caller; told as the owner's it is theirs only to an identified caller, or when the caller said it
            # and a first name and patronymic said in a line that names the owner's record (п. 1, stop 53)
            for start, end in owners_first_name_told(utterance) + names_read_off_the_owners_record(utterance):
                finding = _finding(rule, start, end)
                if not (_caller_said_its_names(finding, utterance, said)
                        or identified and _view_shows_its_names(finding, utterance, shown)):
                    found.append(finding)
        address = self.rules.by_id.get(STREET_RULE)
        if address is not None and address.speaker == "operator":  # guard.disclosure.streets
            found += [_finding(address, start, end) for start, end in streets_told(utterance, said, shows)]
            # a house's or a flat's number told as the caller's ("Дом семнадцать?", "Вы в сорок второй квартире?")
            found += [_finding(address, start, end) for start, end in dwellings_told(utterance, said)]
            # the caller's town by its demonym or adjective ("Вы химчанин?", "Адрес у вас химкинский?": bb27, f03)
            found += [_finding(address, start, end) for start, end in towns_by_their_words(utterance, said)]
            # … and by its name, where the caller lives or is from ("Вы из Химок?", "Живёте вы, я вижу, в Химках")
            found += [_finding(address, start, end) for start, end in towns_placed_for_the_caller(utterance, said)]
            # part of a mailbox told ("почта начинается на petr.iv": guard.disclosure.mailbox_part), п. 3's e-mail
            found += [_finding(address, start, end) for start, end in mailbox_parts(utterance, said, shows)]
        # a piece of a passport's value after its cue ("паспорт 4505", "код подразделения 770": red team bb5, 07), as
        # the rule that names the kind; the caller's own digits or the card's shown ones may be said back
        for start, end, kind in cued_pieces(utterance):
            digits = utterance.digits_in(start, end)
            if len(digits) < 2 or (said and said.said_digits(digits)) or (shown is not None and shown.shows_digits(digits)):
                continue
            found += [_finding(piece_rule, start, end) for piece_rule in self._by_speaker["operator"]
                      if kind in piece_rule.entities][:1]
        # a number said while the caller's question for a passport stands (red team bb15, 16: "подскажите мой паспорт"
        # / … / "потом двенадцать, как месяцев в году"): a piece of the passport however it is wrapped, as the rule
        # that names the kind; what the caller said or the screen shows may be said back
        for start, end, kind in pieces_of_the_asked_value(utterance, said.asked):
            digits = utterance.digits_in(start, end)
            if (said and said.said_digits(digits)) or (shown is not None and shown.shows_digits(digits)):
                continue
            found += [_finding(piece_rule, start, end) for piece_rule in self._by_speaker["operator"]
                      if kind in piece_rule.entities][:1]
        # a number's beginning told past its prefix (п. 9, bb5 09), whatever number it is: the caller's own or the
        # card's shown digits may be said back
        detail = self.rules.by_id.get(PREFIX_RULE)
        if detail is not None and detail.speaker == "operator":
            for start, end in beginnings_past_the_prefix(utterance):
                digits = utterance.digits_in(start, end)
                if not ((said and said.said_digits(digits)) or (shown is not None and shown.shows_digits(digits))):
                    found.append(_finding(detail, start, end))
        return found

    def _split_findings(self, utterance: Utterance, context: CheckContext | None, said: Said,
                        shown: ShownCard | None) -> list[Finding]:
        """Personal data read on the operator's last lines joined with this one (red team bb2, H7: "владелец" /
        "Петров" / "Иван Сергеевич", a phone said in two halves), where it reaches into this line: marked on this
        line's part of it. What lies wholly in the earlier lines was judged with them. Read only when such a value can
        reach this line: it opens (past fillers) with a word that can be part of a value, or the earlier line ends with
        a word announcing one (a value ending the earlier line with nothing of it here is that line's alone), or it
        opens with the rest of a name said in pieces (red team bd34, f01: «записываю: ива» / «нов» — read with the word
        glued back, `_name_cut_over_lines`)."""
        glued = self._name_cut_over_lines(utterance, context, said)
        reaches = (glued is not None
                   or _may_be_in_a_value(_edge_words(utterance.text, last=False))
                   or bool(said.operator_lines) and _announces_a_value(_edge_words(said.operator_lines[-1], last=True))
                   or answer_value(utterance.text) is not None  # a line that is only a value's piece ("тверская")
                   # a base station the call is about: where it stands may be told a piece a line (red team bb11, 20:
                   # "вышка у вас одна поблизости" / "она стоит за школой")
                   or any(_names_a_station(line) for line in said.operator_lines))
        # else a number in this line may still end a number the earlier line began ("номер паспорта начинается на
        # 583" / "а заканчивается на 920", red team bb12, 19): then only the phrases of a number's pieces are read
        if not reaches and not utterance.digit_groups or not said.operator_lines and glued is None:
            return []  # "владелец" / "Петров", "… 8 916" / "123 45 67", "телефон владельца" / "ну, это …"
        before = " ".join(said.operator_lines)
        offset = len(before) + 1
        # whole lines: a read-back or an introduction at the earlier line's start still governs its end
        joined = Utterance(glued.text if glued is not None else f"{before} {utterance.text}")

        def on_the_line(f: Finding) -> tuple[int, int] | None:  # a finding's span on this line, None before it
            if glued is not None:  # a finding over the glued word covers its pieces here
                return glued.on_the_line(f.start, f.end)
            return (max(f.start, offset) - offset, f.end - offset) if f.end > offset else None

        # with no whole card to compare with (a call's view, a line alone), the phrases that count then, on a number's
        # pieces reaching this line
        found = ([f for f in self._phrase_findings(joined, self._without_card) if f.verdict == "block"
                  and joined.digits_in(f.start, f.end) and on_the_line(f) is not None
                  and not _caller_said_its_digits(f, joined, said) and not _card_shows_its_digits(f, joined, shown)]
                 if not _has_whole_card(context) else [])
        if reaches:
            found += (self._personal_findings(joined, context, said, [], shown)
                      + self._other_forms_findings(joined, said, shown)
                      # a way of telling split over the lines ("у вас кодовое слово" / "первая половина рома", red
                      # team bb9, 05): the block rules' phrases read on the joined lines too
                      + [f for f in self._phrase_findings(joined, self._index["operator"]) if f.verdict == "block"])
        if glued is not None and not _has_whole_card(context) and SPELLED_SURNAME_RULE in self.rules.by_id \
                and surname_said_in_pieces(tuple(word.lower() for word in glued.words)):
            # no card to compare with (`guard qa`'s transcript, the proxy's view): a surname dictated in syllables over
            # lines is a name told, as one spelled a letter a line is (spelled.letters_spelled_over_lines) — п. 1
            found.append(_finding(self.rules.by_id[SPELLED_SURNAME_RULE], *glued.cut))
        # weighed where they were said: a read-back or an introduction of the earlier line still governs its words
        found = self._weigh(joined, _dedupe(found), context, said, in_call=True, guess=False) if found else []
        return [replace(f, start=span[0], end=span[1]) for f in found if (span := on_the_line(f)) is not None]

    def _name_cut_over_lines(self, utterance: Utterance, context: CheckContext | None,
                             said: Said) -> GluedLines | None:
        """The operator's last lines and this one joined with a name said in pieces across the break glued back
        (guard/disclosure/cut_words.py; red team bd34, f01): pieces that make a word of the card's names in any case
        form («ива» / «нов» of the card's «Иванов», «кузне» / «цову»), or — with or without a card — a surname the
        dictionary knows (recognizers/person.surname_said_in_pieces: a transcript's `guard qa` has no card). Not a word
        the caller said, whole or in the same pieces (said back). Инструкция запретов, п. 1."""
        words: list[tuple[str, ...]] = []  # the card's name words, read once and only when pieces stand at the break

        def fits(pieces: tuple[str, ...]) -> bool:
            word = "".join(pieces)
            if _has_whole_card(context):
                if not words:
                    words.append(card_name_words((value for rule in self._by_speaker["operator"]
                                                  for value in rule.card), context))
                # a case form of a card's name word, no piece already one alone (a word said whole is no cut)
                named = len(word) >= 3 and any(declined_form_of(word, name) and not any(
                    inflected_form_of(piece, name) for piece in pieces) for name in words[0])
            else:
                named = False
            if not (named or surname_said_in_pieces(tuple(piece.lower() for piece in pieces))):
                return False
            # the caller's own word said back, whole or in the same pieces
            return not (said.said_word(word) or all(piece in said.words for piece in pieces))

        return glued_over_lines(said.recent, utterance.text, fits)

    def _answer_findings(self, utterance: Utterance, context: CheckContext | None, said: Said,
                         shown: ShownCard | None) -> list[Finding]:
        """Personal data read on the caller's last line joined with this one, in this line's part (red team bb8, 19):
        the operator correcting or completing the caller's guess ("моя фамилия воронов" / "нет, не воронов, а
        воронцов"; "родился в марте" / "да, двенадцатого марта восьмидесятого") tells what the caller's line made a
        value of. What the caller said stays theirs (`entity_counts` reads `said`). Read only after a caller's line
        naming a kind (`dialogue.asked_kind`, the one reading of what a line asks for) or holding a number."""
        line = said.caller_line
        if asked_kind(line) is None and not utterance_of(line).digit_groups:
            return []
        offset = len(line) + 2
        joined = Utterance(f"{line}. {utterance.text}")
        found = (self._personal_findings(joined, context, said, [], shown, whole=True)
                 + self._other_forms_findings(joined, said, shown))
        found = [f for f in found if f.end > offset and not _callers_line_holds(line, joined.text[f.start:f.end])]
        found = self._weigh(joined, _dedupe(found), context, said, in_call=True, guess=False) if found else []
        told = [replace(f, start=max(f.start, offset) - offset, end=f.end - offset) for f in found if f.end > offset]
        phone_rules = [rule for rule in self._by_speaker["operator"] if "PHONE_NUMBER" in rule.entities]
        for start, end in completes_the_callers_number(line, utterance) if phone_rules else []:
            if not _card_shows_its_digits(_finding(phone_rules[0], start, end), utterance, shown):
                told.append(_finding(phone_rules[0], start, end))  # the rest of the number the caller began
        return told

    def _guess_judged_findings(self, utterance: Utterance, context: CheckContext | None, said: Said) -> list[Finding]:
        """The operator's yes or no to a value the caller offered for judging ("владелец Воробьёв?" / "да, всё верно"):
        003's guess judged, whatever the card holds (guard/disclosure/confirmation.py). Not in a call whose caller
        passed primary identification; not an answer to the data the operator asked for (identification)."""
        rule = self.rules.by_id.get(GUESS_JUDGED_RULE)
        if rule is None or context is not None and context.identification is IdentificationLevel.PRIMARY:
            return []
        asked = said.operator_lines[-1] if said.operator_lines and not _in_a_call(context) else ""
        span = judges_the_callers_guess(said.heard_line, utterance, asked)
        return [] if span is None else [_finding(rule, *span)]

    def _own_surname_findings(self, utterance: Utterance, findings: list[Finding]) -> list[Finding]:
        """In a call, a surname in the operator's own introduction (004: «меня зовут …»; п. 18: the operator's
        number): the operator's own personal data, warned — a name and the operator's number are enough. A value
        of the card already flagged there keeps its own finding."""
        rule = self.rules.by_id.get(OWN_SURNAME_RULE)
        if rule is None or rule.speaker != "operator":
            return []
        spans = own_surname_spans(utterance)
        # a block the introduction itself will clear ("моя фамилия Сидоренко, табельный …": the owner-name hit on the
        # operator's own surname, own_introduction_spans) leaves the surname to this rule (stop 54)
        own = own_introduction_spans(utterance) if spans else []
        return [_finding(rule, start, end) for start, end in spans
                if not any(f.verdict == "block" and f.start < end and start < f.end
                           and not (f.rule in READ_BACK_RULES and _names_within(utterance, f, own)) for f in findings)]

    def _only_public_numbers(self, utterance: Utterance) -> bool:
        """The line says a number of 7 digits or more and every number of 4 or more is a public one (the shared
        list: the company's own lines in their dialled forms, 8 495 … / +7 495 …)."""
        numbers = [group.digits for group in utterance.digit_groups if len(group.digits) >= 4]
        return (any(len(digits) >= 7 for digits in numbers)
                and all(self._is_public_number(digits) for digits in numbers))

    def _tells_a_card_value(self, finding: Finding) -> bool:
        """A block rule about a value of the caller's card (a number's place, a name, an address), not an act."""
        rule = self.rules.by_id.get(finding.rule)
        return finding.verdict == "block" and rule is not None and bool(rule.card)

    def _item6_allows_its_digits(self, finding: Finding, utterance: Utterance) -> bool:
        """Инструкция запретов, п. 6, without a card: every number in the finding is 4 digits (the last 4), its rule
        lets the last 4 be said under п. 6 (`last4_when_identified`), and the line states the conditions. Only a line
        alone: in a call the state the proxy decided is the one source (its card shows the last 4 or does not), and
        the operator reciting the conditions is their claim (red team bb7, 16)."""
        rule = self.rules.by_id.get(finding.rule)
        if rule is None or not any(value.last4_when_identified for value in rule.card):
            return False
        groups = [g for g in utterance.digit_groups if g.start < finding.end and finding.start < g.end
                  and not _counts_digits(utterance, g)]
        return (bool(groups) and all(len(g.digits) == 4 for g in groups)
                and len([g for g in utterance.digit_groups if len(g.digits) >= 4]) == len(groups)
                and states_item6_conditions(utterance))

    # --- regex, numbers --------------------------------------------------------------------------

    def _regex_findings(self, rule: Rule, utterance: Utterance) -> list[Finding]:
        normalized = utterance.normalized  # spoken numbers as digits: an IP address said aloud is still one
        found = [normalized.to_original(m.start(), m.end())
                 for pattern in rule.regex if _may_match(pattern, utterance) for m in pattern.finditer(normalized.text)
                 if m.end() > m.start() and not is_home_device_address(m.group(), utterance)]
        if not found or (rule.unless and any(True for _ in find(rule.unless, utterance))):
            return []
        return [_finding(rule, start, end) for start, end in found]

    def _number_findings(self, rule: Rule, utterance: Utterance, kinds_read: bool = False) -> Iterable[Finding]:
        """A number near the rule's words (a department's phone near "отдел", "подразделение" …). `kinds_read`: the
        personal-data kinds are read in this line (no whole card settles them): a number one of them reads as a
        document's value or a date ("код подразделения 660-004" is the passport's issuing unit, "д/р 12.11.1979" a
        birth date beside it) is that kind's — its type, block as well, and said back where the caller gave it
        (stop 42, s41) — not a department's phone. A phone the kinds read stays the rule's."""
        numbers = rule.numbers
        entities = None
        for group in utterance.digit_groups:
            if len(group.digits) < numbers.min_digits or numbers.is_public(group.digits):
                continue
            inside = utterance.token_range(group.start, group.end)
            if inside is None or not _has_near(numbers.near, utterance, *inside):
                continue
            if kinds_read:
                entities = utterance.derived("quick_entities", lambda: quick_entities(utterance)) if entities is None else entities
                if any(e.start <= group.start and group.end <= e.end and e.type in _KINDS_NOT_A_PHONE
                       for e in entities):
                    continue
            yield _finding(rule, group.start, group.end)

    # --- personal data ---------------------------------------------------------------------------

    def _is_public_number(self, digits: str) -> bool:
        """A number of the rules' `public` lists (Инструкция запретов, п. 9), with or without the Moscow
        code it is dialled with from abroad: "+7 495 974-88-88" is 974-88-88 — a city number of 7 digits after the
        code, not whatever follows "495" ("495000" is no "000")."""
        digits = national(digits)
        # the code stripped from a whole Moscow number only (3 + 7 digits): "495000" said bare is no "000" (a
        # hypothesis example of red team bb12's п. 2 property, stop 38)
        candidates = {digits, digits[3:] if digits[:3] in ("495", "499") and len(digits) == 10 else digits}
        return any(numbers.is_public(candidate) for numbers in self._public_numbers
                   for candidate in candidates if candidate)

    def _personal_findings(self, utterance: Utterance, context: CheckContext | None, said: Said,
                           already: list[Finding], shown: ShownCard | None = None, whole: bool = False) -> list[Finding]:
        """The card's values and detected personal data in the line; `whole`: the engine reads the whole line, not only
        the window around a cue (two speakers' lines read together: each may hold a name)."""
        findings: list[Finding] = []
        operator_rules = self._by_speaker["operator"]
        if _has_whole_card(context):
            # A word that is two card values at once (the owner's and the contact person's surname) is
            # told by the first rule in the file that names it: one reason per span.
            for rule in operator_rules:
                for value in rule.card:
                    for span in card_spans(value, utterance, context, said):
                        if not any(f.start <= span.start and span.end <= f.end and f.rule != rule.id for f in findings):
                            findings.append(_finding(rule, span.start, span.end))
            # Then the shapes the card-aware scrub reads (red team bb7, 20, 14, 11), where no kind's own reading named
            # a value: "926_555_01_42", "Ива-нов" ("ivanov" of the card's e-mail stays the e-mail's); one look at the
            # whole card first, so a line that shows none of it is not read once per value
            if shows_a_card_value((value for rule in operator_rules for value in rule.card), utterance, context):
                for rule in operator_rules:
                    for value in rule.card:
                        for span in card_shapes(value, utterance, context, said):
                            if not any(f.start < span.end and span.start < f.end for f in findings):
                                findings.append(_finding(rule, span.start, span.end))
            # What the card does not hold is read as without a card (red team bb7, 22 and 02): another subscriber's
            # owner ("этот номер оформлен на Петрова"), a birth date in a shape the detector reads — less what the
            # operator's view of this card shows (the DE name, the last 4 digits п. 6 allows), as in a call.
            already = already + findings
            settled = CARD_SETTLED_TYPES
        else:
            settled = frozenset()
        if context is not None and context.shown and context.card:
            findings.extend(self._hidden_person_named(utterance, context, said, already + findings))
        entity_rules = [rule for rule in operator_rules if rule.entities]
        if not entity_rules or not might_hold_personal_data(utterance):
            return findings
        entities = list(utterance.derived("quick_entities", lambda: quick_entities(utterance)))  # read once a line
        window = ((0, len(utterance.text)) if whole else engine_window(utterance, entities)) if self.use_engine else None
        if window is not None:
            start, end = window
            try:
                found = self.detect(utterance.text[start:end])
            except ValueError:  # pymorphy2 inside the engine fails on code points without a Unicode name
                found = []
            shifted = [Entity(e.start + start, e.end + start, e.type, e.score) for e in found]
            entities = merge_with(entities, shifted)
        # A number another block rule already explains (a department's phone, an internal address) is that rule's;
        # one with digits past it is more than that rule read ("8.916.123.45.67": no internal address's, a phone)
        taken = [(f.start, f.end) for f in already if f.verdict == "block"]
        for entity in entities:
            if any(entity.start < end and start < entity.end for start, end in taken) \
                    and not _digits_outside(utterance, entity, taken):
                continue
            if entity.type in settled:
                continue
            if shown is None and _has_whole_card(context):
                shown = shown_card(context)  # the card policy applied once, and only for a line with an entity
            if shown is not None and _card_shows_entity(entity, utterance, shown):
                continue
            if entity.type == "PERSON" and names_the_company_street(utterance, entity.start, entity.end):
                continue  # "наш салон — на Малышева, 5": the company's street, named after a person
            if entity.type == "DEVICE_ID" and _read_off_the_thing(utterance, entity):
                continue  # "ICCID с пластика: …", "IMEI в квитанции — сверьте с коробкой": the thing in the caller's hands
            if _one_word_said_apart(utterance, entity):
                continue  # "по названию органи зации": one common word speech to text cut in two, no name
            for rule in entity_rules:
                if entity.type in rule.entities and entity_counts(entity, utterance, said, self._is_public_number):
                    findings.append(_finding(rule, entity.start, entity.end))
        return findings


def _lemmas_of_names(word: str) -> set[str]:
    """The lemmas of a word's readings as a first name or a patronymic ("Анне" -> "анна")."""
    return {p.normal_form.replace("ё", "е") for p in parses(word) if {"Name", "Patr"} & set(p.tag.grammemes)}


def _shown_name_lemmas(shown: ShownCard) -> set[str]:
    return {lemma for word in shown.words for lemma in _lemmas_of_names(word)}


def _hidden_name_rule(view: Any) -> str:
    """Whose hidden name a name may be, by the operator's view: the contact person's when the view holds one it does
    not show (п. 4), else the owner's (п. 1). Card-blind: the field's being hidden, never its value."""
    contact = view.get("contact") if isinstance(view, dict) else None
    person = contact.get("person") if isinstance(contact, dict) else None
    return CONTACT_RULE if isinstance(person, str) and "*" in person else SPELLED_SURNAME_RULE


def _one_word_said_apart(utterance: Utterance, entity: Entity) -> bool:
    """The entity lies within one token the line's reading joined from two pieces (text.Utterance.tokens: "органи
    зации" is "организации") — a word the dictionary knows and reads as no name, which the engine, reading the
    pieces, took for a name or an organisation."""
    return entity.type in ("PERSON", "ORGANIZATION") and any(
        t.start <= entity.start and entity.end <= t.end and " " in utterance.text[t.start:t.end]
        and not t.info.grammemes & {"Name", "Surn", "Patr", "Geox", "Orgn", "UNKN"} for t in utterance.tokens)


_A_DIGIT = re.compile(r"\d")
# A line's words, and those at its edges that say nothing of a value: hesitations and back-channel words
_LINE_WORD = re.compile(r"[^\W_]+(?:[@.\-][^\W_]+)*|@")
_FILLER_WORD = re.compile(r"(?:" + HESITATION + "|" + BACK_CHANNEL_WORDS + ")", re.IGNORECASE)
_VALUE_PART_WORDS = frozenset((*ADDRESS_PART_WORDS, *HOUSE_WORDS, *STREET_WORDS, "собака", "точка"))
_ONE_LETTER_WORDS = frozenset("авиксоуяж")  # words of one letter: a preposition, a conjunction, "я", a particle


# A number given to be dialled: a verb of dialling or calling right before it ("наберите 0611", "позвоните на 0890")
_DIALLED = re.compile(r"(?<![а-яё])(?:набер|набир|позвон|звон|перезвон)[а-яё]*(?:[ \t]+на)?(?:[ \t]+номер[а-я]?)?[ \t:—-]*$",
                      re.IGNORECASE)


# Words of assent that, like the back-channel words, answer and say nothing else ("ладно", "ясно", "договорились")
_ASSENT_WORDS = frozenset({"ладно", "ясно", "договорились", "конечно", "отлично", "принято", "славно"})


def _says_nothing(text: str) -> bool:
    """Is the line only hesitations, back-channel words and assent ("ладно", "угу, ясно", "хорошо, ладно")? The line
    model's guess at a wording rule needs words to hold one (red team bb12, 13: "ладно" read as «успокойтесь»)."""
    words = _LINE_WORD.findall(text)
    return bool(words) and all(_FILLER_WORD.fullmatch(word) or word.lower() in _ASSENT_WORDS for word in words)


def _edge_words(text: str, last: bool) -> list[str]:
    """The first (or last) two words of a line that are no fillers ("ну", "так", "угу"), from that edge inwards."""
    words = _LINE_WORD.findall(text)
    return [word for word in (reversed(words) if last else words) if not _FILLER_WORD.fullmatch(word)][:2]


def _may_be_in_a_value(words: list[str]) -> bool:
    """Can a value said across two lines run through the edge word of a line (`words`: it and the next inwards): a
    digit or a number word (ordinals too), a letter of a spelling ("П, Е, Т" — not a one-letter word alone: "я", "у")
    or a letter's name, a Latin word or an e-mail's part, an address word, a name?"""
    if not words:
        return False
    word, lower = words[0], words[0].lower()
    if len(word) == 1:
        return lower not in _ONE_LETTER_WORDS or len(words) > 1 and len(words[1]) == 1
    return (word.isascii() or lower in LETTER_NAMES or lower in _VALUE_PART_WORDS
            or _A_DIGIT.search(normalize(word).text) is not None or may_name_a_person(word))


def _digits_outside(utterance: Utterance, entity: Entity, spans: list[tuple[int, int]]) -> bool:
    """Does the entity hold a digit that none of `spans` covers?"""
    return any(char.isdigit() and not any(start <= at < end for start, end in spans)
               for at, char in enumerate(utterance.text[entity.start:entity.end], entity.start))


STATION_PLACE_RULE = "number-location"  # пп. 9, 17
DONT_KNOW_RULE = "i-dont-know"  # п. 16: «Я не знаю..»
NUMBER_REFUSAL_RULE = "operator-number-refusal"  # п. 18


def _read_from_the_call(utterance: Utterance, findings: list[Finding], said: Said) -> bool:
    """Does a finding come from a reading the judge (guard.disclosure.decision) was never trained on — a frame the
    verifier never saw (frames.unverified_frame_spans), the call's state (п. 18's refusal over turns), the caller's
    words the operator agreed with (sense.agreed_back_spans)? Such a line stays warned: the judge's traces are lines
    checked alone, with the older readings (stop 38)."""
    unread = set(unverified_frame_spans(utterance))
    agreed = agreed_back_spans(utterance)
    return any(f.over_lines or (f.rule, f.start, f.end) in unread or any(a <= f.start and f.end <= b for a, b in agreed)
               for f in findings) or (any(f.rule == NUMBER_REFUSAL_RULE for f in findings)
                                      and _evades_the_asked_number(utterance, said))


def _evades_the_asked_number(utterance: Utterance, said: Said) -> bool:
    """The caller asked for the operator's number, a line of the operator's already answered with something else, and
    this one does again (context.evades_the_operators_number): п. 18's refusal over turns (red team bb11, 05)."""
    return said.operator_number_unanswered >= 1 and evades_the_operators_number(
        utterance.text, said.operator_number_unanswered) > said.operator_number_unanswered


def _names_a_station(line: str) -> bool:
    """The line speaks of a base station (п. 17): frames.names_a_station."""
    return names_a_station(utterance_of(line))


def _announces_a_value(words: list[str]) -> bool:
    """Is the last word of a line (`words`: it and the one before) a cue of a value the next line may tell: "владельца",
    "адрес", "телефон", a kind's cue ("договора", "снилс")?"""
    if not words:
        return False
    lower = words[0].lower()
    return not VALUE_CUES.isdisjoint(word_info(lower).lemmas) \
        or any(kind is not None and lower.startswith(stem) and is_cue(lower, stem) for stem, kind in CUE_KINDS.items())


def _is_number_rule(rule: Rule) -> bool:
    """A rule about telling a number: a phone said near a department's words, a card's digits, a detected phone."""
    return (rule.numbers is not None or "PHONE_NUMBER" in rule.entities
            or any(value.kind == "digits" for value in rule.card))


def _callers_line_holds(line: str, value: str) -> bool:
    """Does the caller's line hold every word and number of `value` (a read-back of the caller's own words, in any
    form: "двенадцатого марта" of "родился двенадцатого марта")?"""
    from guard.disclosure.personal import inflected_form_of

    theirs = normalize(line).text.lower().split()
    words = [word for word in re.findall(r"\w+", normalize(value).text.lower()) if len(word) >= 3 or word.isdigit()]
    return bool(words) and all(word in theirs if word.isdigit() else any(inflected_form_of(their, word)
                                                                            for their in theirs) for word in words)


# Three or more single letters joined by hyphens or dots ("с-т-о-р-н-о", "с.т.о.р.н.о"): a word spelled out.
_SPELLED_RUN = re.compile(r"(?<![\w.-])[^\W\d_](?:[-.‐‑–][^\W\d_]){2,}(?![\w-])(?!\.[^\W\d_])")


def _whole_phone(digits: str) -> bool:
    """The digits are a whole Russian phone number with its prefix (the phone kind's definition; ten digits alone
    could be a passport's)."""
    return len(digits) == 11 and is_phone_digits(digits)


def _has_whole_card(context: CheckContext | None) -> bool:
    """A whole card to compare with (offline checks), not the operator's view of it (guard/disclosure/context.py)."""
    return context is not None and bool(context.card) and not context.shown


def _identified(context: CheckContext | None) -> bool:
    """The caller passed identification in this call and is still the one on the line: what the card policy shows
    under that state is told to the owner (or the one the instruction treats as the owner), the caller's own."""
    return context is not None and context.identification != IdentificationLevel.NONE and not context.caller_changed


def _proven_the_callers(finding: Finding, utterance: Utterance, said: Said, shown: ShownCard | None,
                        public: Callable[[str, int], bool] = lambda digits, at: False) -> bool:
    """To a caller not identified, the call proves the finding's values may be said: every one the caller said in
    this call; or every number one the operator's view shows under the call's state (the card policy decided it: п.
    9's service number to anyone). Not a name the view shows: the DE name addresses the caller (п. 15), told as the
    owner's it is the owner's name. A finding holding no value (a wording rule, the line model's guess on a line
    that names nothing) is proven nothing (fail closed). A п. 9 service number the line names as one (`public`) is
    nobody's."""
    if finding.rule.startswith(MODEL_PREFIX):  # the line model's guess on the whole line: every value it says given
        # (stop 51's reading) but the view's names ("фамилия И-ва-нов" after the caller's "моя фамилия Иванов"; not
        # «Договор на Петра Сергеевича»)
        return _the_call_gave_its_values(utterance, said, _NumbersShown(shown), public)
    if said and (_caller_said_its_digits(finding, utterance, said)
                 or caller_said(utterance, finding.start, finding.end, said)):
        return True
    return shown is not None and _card_shows_its_digits(finding, utterance, shown)


class _NumbersShown:
    """The operator's view read for its numbers only (to a caller not identified its names address them, п. 15)."""

    def __init__(self, shown: ShownCard | None) -> None:
        self._shown = shown

    def shows_digits(self, digits: str) -> bool:
        return self._shown is not None and self._shown.shows_digits(digits)

    def shows_word(self, word: str) -> bool:
        return False


def _in_a_call(context: CheckContext | None) -> bool:
    """The operator's view of the call's card (the proxy's check in a call): the call state decides what may be said."""
    return context is not None and context.shown


def _card_shows_its_digits(finding: Finding, utterance: Utterance, shown: ShownCard | None) -> bool:
    """Every number in the finding is one the operator's card shows, as its digits (п. 6: the last 4 digits it shows)."""
    if shown is None:
        return False
    if finding.rule in _NOT_THE_VIEWS_NUMBERS:
        # a count, a year, a house's number told of a name, a date or an address ("в фамилии семь букв", "вы 90 года"):
        # no number the view shows, though its digits are in one ("7" and "90" of "7903*******"; red team bb21, f01, f03)
        return False
    groups = [g for g in utterance.digit_groups if finding.start < g.end and g.start < finding.end]
    # a shown number said in groups ("22 33") is its groups joined (Utterance.digit_runs), and the finding's span may
    # end inside it; a number is the screen's only as its own digits (ShownCard.shows_digits)
    return bool(groups) and all(any(run.start <= g.start and g.end <= run.end and shown.shows_digits(run.digits)
                                    for run in utterance.digit_runs) for g in groups)


# The rules whose values are no number the view shows (a name, an address, a passport, a date or another document;
# the contact's number, which the card policy never shows: policies/152fz.yaml `contact_information`, п. 4): the digits
# the operator's view shows (the numbers' last 4, a call's prefix) are never theirs — «контактный номер начинается на
# девятьсот три» tells the contact's code, not the call's that п. 9 lets be named (red team bb22, f06)
_NOT_THE_VIEWS_NUMBERS = frozenset({SPELLED_SURNAME_RULE, STREET_RULE, "passport", NUMBER_RULE, *ITEM4_RULES})


def _caller_said_its_names(finding: Finding, utterance: Utterance, said: Said) -> bool:
    """A first name and patronymic told as the owner's that the caller said in this call ("номер оформлен на меня, Иван
    Сергеевич" / "номер оформлен на Ивана Сергеевича"): said back, as a card value the caller said is. Not a surname
    or a firm (a caller's guess at the owner's surname repeated stays the owner's data, 003)."""
    inside = [token for token in utterance.tokens if finding.start <= token.start < finding.end]
    return (bool(said) and any(token.info.top_grammemes & {"Name", "Patr"} for token in inside)
            and not any("Surn" in token.info.grammemes or "Orgn" in token.info.grammemes for token in inside)
            and caller_said(utterance, finding.start, finding.end, said))


def _view_shows_its_names(finding: Finding, utterance: Utterance, shown: ShownCard | None) -> bool:
    """The operator's view of the card shows every name the finding tells (the DE's first name and patronymic, by
    which the caller is addressed): what the screen shows may be said. A name the view hides (an owner who is not the
    DE) is not shown, and a finding naming no one is not cleared."""
    if shown is None:
        return False
    inside = [token for token in utterance.tokens if finding.start <= token.start < finding.end]
    if any("Surn" in token.info.grammemes or "Orgn" in token.info.grammemes for token in inside):
        return False  # a surname or a firm told beside the name is told all the same
    names = [token for token in inside if token.info.top_grammemes & {"Name", "Patr"}]
    return bool(names) and all(shown.shows_word(utterance.text[token.start:token.end]) or any(
        shown.shows_word(lemma) for lemma in token.info.lemmas) for token in names)


def _read_off_the_thing(utterance: Utterance, entity: Entity) -> bool:
    """A device's number read off the thing it is printed on (recognizers/device_id.read_off_the_thing), in the value's
    own stretch of the line (to its sentence's end or a contrast word): "ваш IMEI …" with no such thing named stays
    the subscriber's data, as does a number in another stretch than the thing's ("на коробке ничего, а в базе IMEI …")."""
    span = utterance.token_range(entity.start, entity.end)
    if span is None:
        return False
    first, last = stretch_of(utterance, span[0])
    words = [(token.form, token.info.lemmas) for token in utterance.tokens[first:last + 1]]
    # a number that is the owner's by the line's own words stays theirs ("ICCID симки владельца …, коробку не ищите"),
    # as does one the line reads from the carrier's records ("по нашей базе ваш IMEI …, проверьте на пластике")
    return read_off_the_thing(words) and not any(lemmas & (OWNER_NOUNS | RECORDS) for _, lemmas in words)


def _card_shows_entity(entity: Entity, utterance: Utterance, shown: ShownCard) -> bool:
    """A detected value the operator's card shows as it is (a shown number, the DE name, a shown contact person)."""
    digits = utterance.digits_in(entity.start, entity.end)
    if digits:
        return shown.shows_digits(digits)
    words = [word for word in re.findall(r"[^\W\d_]+", utterance.text[entity.start:entity.end]) if len(word) >= 3]
    return bool(words) and all(shown.shows_word(word) for word in words)


_DIGIT_WORDS = ("цифр", "знак", "символ")


def _digits_of_nobodys_number(utterance: Utterance, finding: Finding) -> bool:
    """The finding's digits are named as a request's, an order's or a promotion's ("последние четыре цифры промокода",
    "первые цифры заявки": the digits' word right before a noun of lexicon.NOBODYS_NUMBER_CUES, no number noun of a
    person's between): nobody's number — the word that says whose digits they are (stop 39, m38)."""
    inside = utterance.token_range(finding.start, finding.end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    return any(tokens[i].info.lemmas & {"цифра"} and i + 1 < len(tokens) and names_nobodys_number(tokens[i + 1].form)
               and not any(t.info.lemmas & _PERSONS_NUMBER_WORDS for t in tokens[first:last + 1])
               for i in range(first, last + 1))


_PERSONS_NUMBER_WORDS = frozenset({"номер", "телефон", "симка", "сим-карта", "мобильный", "абонент"})


def _counts_things(utterance: Utterance, finding: Finding) -> bool:
    """Every number the finding reads is a small count of papers right after it, in the genitive ("миграционная карта,
    три документа": how many documents, "две копии"): no value's digits, whatever cue stands before it. A number above
    _MOST_DIGITS, or none, or one no paper's noun follows (letters, digits, years: _COUNTED_PAPERS): not read so."""
    groups = [g for g in utterance.digit_groups if g.start < finding.end and finding.start < g.end]
    if not groups:
        return False
    tokens = utterance.tokens
    for group in groups:
        if not group.digits.isdigit() or int(group.digits) > _MOST_DIGITS:
            return False
        before = next((t for t in reversed(tokens) if t.end <= group.start), None)
        if before is not None and (before.info.lemmas & {"номер", "серия"} or "№" in utterance.text[before.end:group.start]):
            return False  # "номер 12 документа": the number named a number
        # review 53, F5: a document's digit/number cue anywhere before it ("Последние цифры паспорта 12 копии"): the
        # digits may be the document's, not a count
        if any(t.info.lemmas & {"цифра", "номер", "серия", "знак", "номерок"} for t in tokens if t.end <= group.start):
            return False
        following = next((t for t in tokens if t.start >= group.end), None)
        if following is None or following.after_break or not (
                "NOUN" in following.info.top_grammemes and "gent" in following.info.grammemes
                and following.info.lemmas & _COUNTED_PAPERS):
            return False
    return True


# what a count of papers counts ("три документа", "две копии"): never a value's own measure — a surname's letters, a
# number's digits, an age's years are a value told as a riddle (red team bb19, bb21), and stay read
_COUNTED_PAPERS = frozenset({"документ", "справка", "бумага", "копия", "экземпляр", "лист", "страница", "штука",
                             "фотография", "фото"})


_MOST_DIGITS = 20  # no number said here has more digits: a bigger number names a value, not how many digits


def _counts_digits(utterance: Utterance, group) -> bool:
    """The number counts digits ("последние 4 цифры", "четыре последних знака"): it names how many, not a value — the
    digits' word right after it, or after one adjective ("последних"); not after another word ("5371 больше цифр не
    называем": the value, then the operator's own words; stop 39, l38 in speech to text)."""
    if not group.digits.isdigit() or int(group.digits) > _MOST_DIGITS:
        return False  # "… восемьдесят восемь двенадцать, остальные цифры не сообщаем": 8812 counts no digits (stop 40)
    after = utterance.text[group.end:group.end + 24].lower().split()
    if after and after[0].startswith(_DIGIT_WORDS):
        return True
    return (len(after) > 1 and after[1].startswith(_DIGIT_WORDS)
            and bool(word_info(after[0].strip(".,;:!?—-")).top_grammemes & {"ADJF", "PRTF", "NUMR"}))


def _finding(rule: Rule, start: int, end: int) -> Finding:
    return Finding(rule.id, start, end, rule.message, rule.suggestion, rule.verdict, rule.item)


def _the_call_gave_its_values(utterance: Utterance, said: Said, shown: ShownCard,
                              public: Callable[[str, int], bool] = lambda digits, at: False) -> bool:
    """The line says a value, and every value it says is one the caller said in this call or the operator's view shows:
    its numbers (one said in groups counts as its groups joined, Utterance.digit_runs, as _card_shows_its_digits reads
    it; a п. 9 service number named as one, `public`, is nobody's) and its words that may be a value (`_value_words`: a
    name, a place, an unknown or spelled word, a capitalised one inside the line, a street's adjective after «на»/«по»;
    a surname only when the caller said it). What the call clears, nothing more: a count or a time beside a shown
    number, a name the view hides, are none of them."""
    def given(digits: str, at: int = -1) -> bool:
        if digits[:1] in "78" and len(digits) > 4 and given(digits[1:]):
            return True  # a number's start with its trunk prefix ("8 903 555"): the caller's "903 555 …"
        return said.said_digits(digits) or shown.shows_digits(digits) or at >= 0 and public(digits, at)

    def word_given(token) -> bool:
        word = utterance.text[token.start:token.end]
        if any(said.said_word(form) for form in {token.form.lower(), word.replace("-", "").lower()}):
            return True
        return "Surn" not in token.info.top_grammemes and (
            shown.shows_word(word) or any(shown.shows_word(lemma) for lemma in token.info.lemmas))

    runs = utterance.digit_runs
    words = _value_words(utterance)
    if not utterance.digit_groups and not words:
        return False
    return all(given(group.digits, group.start)
               or any(run.start <= group.start and group.end <= run.end and given(run.digits) for run in runs)
               for group in utterance.digit_groups) and all(word_given(token) for token in words)


def _callers_own_values(utterance: Utterance, said: Said) -> list[tuple[int, int]]:
    """The spans of the line's values the caller said in this call, and only those: its numbers (a trunk prefix or a
    run of groups as `_the_call_gave_its_values` reads them) and its words that may be a value (`_value_words`, a
    spelled one joined: "И-ва-нов" is "иванов")."""
    if not said:
        return []

    def theirs(digits: str) -> bool:
        return said.said_digits(digits) or (digits[:1] in "78" and len(digits) > 4 and said.said_digits(digits[1:]))

    spans = [(group.start, group.end) for group in utterance.digit_groups
             if theirs(group.digits) or any(run.start <= group.start and group.end <= run.end and theirs(run.digits)
                                            for run in utterance.digit_runs)]
    for token in _value_words(utterance):
        word = utterance.text[token.start:token.end]
        if any(said.said_word(form) for form in {token.form.lower(), word.replace("-", "").lower()}):
            spans.append((token.start, token.end))
    return spans


_VALUE_GRAMMEMES = frozenset({"Name", "Patr", "Surn", "Geox", "Orgn", "Trad", "UNKN"})
_FUNCTION_WORDS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "INTJ"})


def _value_words(utterance: Utterance) -> list:
    """The words of the line that may be a value of the card's: a name's, a place's or an unknown word, one spelled
    with hyphens or in Latin, one capitalised inside the line, an adjective after «на»/«по» (a street's: "на тверской")."""
    text = utterance.text
    found = []
    for k, token in enumerate(utterance.tokens):
        if token.is_digit or token.info.top_grammemes & _FUNCTION_WORDS:
            continue
        word = text[token.start:token.end]
        after_towards = k > 0 and utterance.tokens[k - 1].form.lower() in ("на", "по") \
            and "ADJF" in token.info.top_grammemes
        if token.info.top_grammemes & _VALUE_GRAMMEMES or "-" in word or word.isascii() and word.isalpha() \
                or (k > 0 and word[:1].isupper()) or after_towards:
            found.append(token)
    return found


def _said_by_caller(utterance: Utterance, said: Said) -> bool:
    """Some number in the line is one the caller said earlier in the call."""
    return bool(said) and any(said.said_digits(national(group.digits)) for group in utterance.digit_groups)


_LATIN_WORD = re.compile(r"@|[A-Za-z]{2,}")
# what a writer marks and a speech-to-text transcript does not: where a clause ends
_PUNCTUATION = re.compile(r"[.,;:!?…«»\"()—–]")


_LAW_WORDS = ("фз", "федеральн", "закон")  # "152-ФЗ", "152 федерального закона": a law's number, not a value


def _digits_said(utterance: Utterance, at_least: int) -> bool:
    """A group of `at_least` digits or more is said that is not a law's number ("152-ФЗ")."""
    text = utterance.text
    return any(len(group.digits) >= at_least
               and not text[group.end:group.end + 16].lstrip(" -").lower().startswith(_LAW_WORDS)
               for group in utterance.digit_groups)


def _says_a_value(utterance: Utterance) -> bool:
    """A number of 3 digits or more ("начинается на девятьсот шестнадцать") but a law's ("152-ФЗ"), a number's first or
    last digits (recognizers/local_phone.py PIECE_OF_A_NUMBER: "оканчивается на 19"), an e-mail or Latin
    word ("petrov.a", "gmail"), or a word that may be a person's name: something a refusal could still leak."""
    return (_digits_said(utterance, at_least=3)
            or tells_a_piece_of_a_number(utterance.normalized.text)  # "оканчивается на 19, а вторую пару не скажу"
            or _LATIN_WORD.search(utterance.text) is not None
            or any(not token.is_digit and may_name_a_person(token.form) for token in utterance.tokens))


def _is_wording(finding: Finding) -> bool:
    """A wording rule's own finding (a `warn` of words), not personal data and not the model's guess."""
    return finding.verdict == "warn" and not finding.rule.startswith(MODEL_PREFIX)


def _inside_any(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


_TRAILING_MARKS = " \t.,;:!?…»”)"


def _value_end(text: str, finding: Finding) -> int:
    """Where the finding's value ends: its span less the punctuation and blanks a detector took along at its end
    ("Гоголя, 38, квартира 112, третий подъезд." — the full stop closes the sentence, not the address)."""
    end = finding.end
    while end > finding.start + 1 and text[end - 1] in _TRAILING_MARKS:
        end -= 1
    return end


def _within_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """[start, end) lies within one of `spans`."""
    return any(s <= start and end <= e for s, e in spans)


_MIN_WORDS_BESIDE = 3  # fewer words outside the read-backs: "Да, вы назвали ...", nothing else to judge


def _outside(utterance: Utterance, spans: list[tuple[int, int]]) -> Utterance | None:
    """The line without its read-back stretches, as an utterance of its own (the sentences joined by ". "), or None
    when fewer than _MIN_WORDS_BESIDE words stand outside them."""
    kept = [i for i, token in enumerate(utterance.tokens) if not _inside_any(token.start, spans)]
    if len(kept) < _MIN_WORDS_BESIDE:
        return None
    pieces: list[list[int]] = []  # runs of neighbouring tokens: [first, last]
    for i in kept:
        if pieces and pieces[-1][1] == i - 1:
            pieces[-1][1] = i
        else:
            pieces.append([i, i])
    return Utterance(". ".join(utterance.text[slice(*utterance.char_span(first, last))] for first, last in pieces))


def _refuses_then_tells(utterance: Utterance, first: int, last: int) -> bool:
    """The exception's verb of asking is refused ("не могу назвать полный номер, последние цифры 4567": red team M8)
    and a number follows it: the line tells, it asks nothing. "не могли бы назвать последние цифры?" says no number."""
    if not refused_at(utterance, first):
        return False
    start = utterance.tokens[first].start
    return any(group.start >= start and len(group.digits) >= 2 for group in utterance.digit_groups)


# The verbs an asking exception opens with ("назовите первые три буквы фамилии", "уточните адрес прописки").
_ASKING = frozenset({"назвать", "сказать", "продиктовать", "уточнить", "подсказать", "подтвердить", "напомнить"})
# Marks after which the line gives what the request named: a colon, a dash, a quote or a bracket.
_GIVES = re.compile(r"[:—–«\"(]|\s-\s")
# A letter's name that is a word here, not a letter said ("я проверю", "и имя", "в"): a pronoun, a preposition …
_NOT_A_LETTER = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "INTJ"})
# Where the sentence of a request ends: what follows is another sentence.
_SENTENCE_STOP = re.compile(r"[.!?…;]")


def _asks_then_tells(utterance: Utterance, first: int, last: int) -> bool:
    """The exception's verb of asking (a request that the caller say it) is followed in its sentence by what it asks
    for, said by the operator: «назовите первые три буквы фамилии: Ива», «уточните адрес — Химки?». Who says the
    value decides (issue 12, stop 53): a request asks the caller; a line that then says the value tells it. Read
    after the exception's words up to the sentence's end: a mark that introduces a value (a colon, a dash, a quote), a
    number, a letter said alone or by its name, a word that names (a name, a place, a word the dictionary does not
    know), or a noun in the nominative with no preposition (a thing given, not the request's «фамилии владельца»)."""
    tokens = utterance.tokens
    if not tokens[first].info.lemmas & _ASKING:
        return False
    if not _asks_the_caller(utterance, first, last) or _counts_or_letters_in_the_clause(utterance, first, last):
        return True
    start = tokens[last].end
    stop = _SENTENCE_STOP.search(utterance.text, start)
    end = stop.start() if stop else len(utterance.text)
    after = [k for k in range(last + 1, len(tokens)) if tokens[k].start < end]
    if not after:
        return False
    if _GIVES.search(utterance.text, start, tokens[after[-1]].end):
        return True
    for k in after:
        token = tokens[k]
        grammemes = token.info.top_grammemes
        if token.is_digit or "NUMR" in grammemes or (token.form in LETTER_NAMES or len(token.form) == 1
                                                     and token.form.isalpha()) and not grammemes & _NOT_A_LETTER:
            return True
        if grammemes & {"Name", "Surn", "Patr", "Geox", "UNKN", "LATN"}:
            return True
        if {"NOUN", "nomn"} <= grammemes and not (k > 0 and "PREP" in tokens[k - 1].info.top_grammemes):
            return True
    return False


# The pieces a request counts are the first or the last ones: «назовите первые три буквы», «три последние цифры».
_PIECE_ORDINALS = frozenset({"первый", "последний", "второй"})
# The words of a surname's pieces: an exception that reaches them is a request for the letters (review 53, F1).
_LETTER_PIECES = frozenset({"буква", "слог", "символ"})
# The verbs by which the operator asks in the first person: «прошу вас назвать», «попрошу назвать».
_ASKS_IN_FIRST_PERSON = frozenset({"просить", "попросить"})


def _sentence_of(utterance: Utterance, first: int, last: int) -> range:
    """The tokens of the sentence (up to «.!?…;») that holds tokens first..last."""
    text, tokens = utterance.text, utterance.tokens
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, tokens[first].start)]
    begin = stops[-1] if stops else 0
    stop = _SENTENCE_STOP.search(text, tokens[last].end)
    end = stop.start() if stop else len(text)
    return range(next((k for k in range(first + 1) if tokens[k].start >= begin), first),
                 max((k for k in range(last, len(tokens)) if tokens[k].start < end), default=last) + 1)


def _asks_the_caller(utterance: Utterance, first: int, last: int) -> bool:
    """The exception's verb is a request to the caller (review 53, F1): an imperative («назовите»), or an infinitive
    in a question to «вы» («можете назвать…?», «не могли бы вы сказать…»; «прошу вас назвать»). Never the operator's
    own offer to tell — a first-person verb beside it («могу сказать, что…», «сказать могу лишь», «вам могу
    подсказать»): the line tells. An infinitive with no one addressed asks only in the old exceptions (not of letters)."""
    tokens = utterance.tokens
    verb = tokens[first].info.top_grammemes
    if "INFN" not in verb:
        return True
    sentence = _sentence_of(utterance, first, last)
    before = [tokens[k].info for k in sentence if k < first]
    near = before + [tokens[k].info for k in sentence if first < k <= first + 2]
    if any("1per" in info.top_grammemes and not info.lemmas & _ASKS_IN_FIRST_PERSON for info in near):
        return False
    if not any(tokens[k].info.lemmas & _LETTER_PIECES for k in range(first, last + 1)):
        return True
    return any(("2per" in info.top_grammemes and {"VERB", "nomn"} & info.top_grammemes)
               or info.lemmas & _ASKS_IN_FIRST_PERSON for info in before)


def _counts_or_letters_in_the_clause(utterance: Utterance, first: int, last: int) -> bool:
    """A request for the surname's letters keeps no hit when its sentence says a count or a letter anywhere — before
    the verb, between it and «букв» («подскажите, восемь букв в фамилии?»), or after — save the count of the pieces it
    asks for, bound to «первые/последние» («назовите первые три буквы»; review 53, F1)."""
    tokens = utterance.tokens
    if not any(tokens[k].info.lemmas & _LETTER_PIECES for k in range(first, last + 1)):
        return False
    for k in _sentence_of(utterance, first, last):
        token = tokens[k]
        grammemes = token.info.top_grammemes
        if token.is_digit or "NUMR" in grammemes or _is_number_token(token):
            beside = [tokens[j].info.lemmas for j in (k - 1, k + 1) if first <= j <= last]
            if not (first < k <= last and any(lemmas & _PIECE_ORDINALS for lemmas in beside)):
                return True
        elif (token.form in LETTER_NAMES or len(token.form) == 1 and token.form.isalpha()) \
                and not grammemes & _NOT_A_LETTER:
            return True
    return False


def _governs_a_credential(utterance: Utterance, first: int, last: int) -> bool:
    """The exception's verb said of the caller governs an identification credential before the number ("вы назвали
    кодовое слово, номер … оканчивается на 5530"): the caller named the code word, the operator tells the number."""
    return any(utterance.tokens[i].info.lemmas & CREDENTIAL_SAID for i in range(first + 1, last))


def _tells_digits(rule: Rule) -> bool:
    """The rule is about a card value told as digits (a number, a passport), none of them a date, nor a place (where a
    number was at a time is п. 17's very subject: "ваш телефон около двух был в районе …"): a time of day in its
    phrase is not its value."""
    return (any(value.kind == "digits" for value in rule.card) and not any(value.kind == "date" for value in rule.card)
            and rule.id not in PLACE_RULES)


_TIME_PREPOSITIONS = frozenset({"до", "после", "к", "через", "около"})
_TIME_NOUNS = frozenset({"час", "утро", "вечер", "ночь", "минута"})


def _tells_a_number(utterance: Utterance, first: int, last: int) -> bool:
    """A number (digits or a numeral, "три", "42") stands among the tokens first..last."""
    return any(_is_number_token(token) for token in utterance.tokens[first:last + 1])


def _is_number_token(token) -> bool:
    form = token.info.form
    return form[:1].isdigit() or "NUMR" in token.info.grammemes or form in ("ноль", "нуль", "ноля", "нуля")


def _a_time_of_day(utterance: Utterance, index: int) -> bool:
    """The number at `index` says when, by its syntax: governed by a preposition of time ("до шести", "к семи", "после
    18"), "с … до …" ("с девяти до восемнадцати"), followed by a time's noun ("в шесть вечера", "в 10 часов") or the
    minutes of a clock time ("18:00")."""
    tokens = utterance.tokens
    token = tokens[index]
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and before.is_digit and utterance.text[before.end:token.start] == ":":
        return True  # the minutes of "18:00"
    if after is not None and not after.after_break and (after.info.lemmas & _TIME_NOUNS
                                                        or after.is_digit and utterance.text[token.end:after.start] == ":"):
        return True
    if before is None or token.after_break:
        return False
    return before.form in _TIME_PREPOSITIONS or (before.form == "с" and after is not None and after.form == "до")


def _numbers_only_times_of_day(utterance: Utterance, first: int, last: int) -> bool:
    """Every number in tokens first..last is a time of day (_a_time_of_day), and there is one: a phrase of a value
    that names no value but when ("по контактному номеру сегодня до шести", stop 40, p39)."""
    numbers = [i for i in range(first, last + 1) if _is_number_token(utterance.tokens[i])]
    return bool(numbers) and all(_a_time_of_day(utterance, i) for i in numbers)


def _negated_before(utterance: Utterance, first: int) -> bool:
    """The words from token `first` on stand negated ("не у вас …, это у нас проблемы", "не без сбоев"): an exception
    matched there says the opposite of what it excepts (issue 12, s43)."""
    return first > 0 and utterance.tokens[first - 1].form == "не" and not utterance.tokens[first].after_break


def _crosses_a_contrast(utterance: Utterance, first: int, last: int) -> bool:
    """Tokens first..last hold a contrast word ("но", "а", "однако" ...) that opens a stretch inside them."""
    return any(first < i <= last and utterance.tokens[i].form in CONTRAST_WORDS for i in stretch_starts(utterance))


def _stripped(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))


def _caller_said_its_digits(finding: Finding, utterance: Utterance, said: Said) -> bool:
    """The digits a without-card phrase found are the caller's own words: repeating them back is fine."""
    if not said:
        return False
    # a number the phrase's last word starts ("контактный 903 123": the phrase ends on "903") is read whole
    # a short number as the caller said it ("я родился в семьдесят девятом": "79"), a longer one inside any they said
    groups = [g for g in utterance.digit_groups if g.start < finding.end and finding.start < g.end]
    return bool(groups) and all(said.said_number(national(g.digits)) for g in groups)


def _has_near(near: Near, utterance: Utterance, first: int, last: int) -> bool:
    tokens = utterance.tokens
    lo, hi = max(0, first - near.window), min(len(tokens), last + near.window + 1)
    for index in range(lo, hi):
        if first <= index <= last:
            continue
        if any(slot.matches(tokens[index]) for slot in near.slots):
            return True
    return False


def _verdict_of(findings: list[Finding]) -> str:
    """The strongest verdict among `findings`, "allow" for none."""
    return max((f.verdict for f in findings), key=VERDICT_ORDER.__getitem__, default="allow")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per rule per overlapping stretch, in text order; and one reason per instruction item: two rules of
    the same item and verdict on overlapping words are told once — a rule's finding before the line model's guess of
    the same item (a term read on the letters joined, "эм эм эс из си ар эм", is the rule's reason even where the model
    guesses the whole line too). A finding never loses coverage here (review bb27check, 1): the finding kept (the
    longest of its stretch, the rule's before the model's) spans the union of the ones it stands for — «Владелец
    Пётр Сергеевич Зима» read as the owner's names and as the owner's full name stays marked to the surname."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.rule, f.start, -(f.end - f.start), not f.over_lines)):
        if kept and kept[-1].rule == finding.rule and finding.start < kept[-1].end:
            if finding.end > kept[-1].end:
                kept[-1] = replace(kept[-1], end=finding.end)
            continue
        kept.append(finding)
    told: list[Finding] = []
    for finding in sorted(kept, key=lambda f: (f.rule.startswith(MODEL_PREFIX), f.start, -(f.end - f.start), f.rule)):
        same = [i for i, other in enumerate(told)
                if other.item == finding.item and other.verdict == finding.verdict and other.rule != finding.rule
                and finding.start < other.end and other.start < finding.end]
        if same:
            i = same[0]
            told[i] = replace(told[i], start=min(told[i].start, finding.start), end=max(told[i].end, finding.end))
            continue
        told.append(finding)
    return sorted(told, key=lambda f: (f.start, f.end, f.rule))


_DEFAULT: dict[str | Path | None, DisclosureChecker] = {}


def default_checker(path: str | Path | None = None) -> DisclosureChecker:
    """The process-wide checker over policies/disclosure.yaml (or `path`), built once."""
    checker = _DEFAULT.get(path)
    if checker is None:
        checker = _DEFAULT[path] = DisclosureChecker(cached_rules(str(path or default_rules_path())),
                                                     model=default_model(), verifier=default_verifier(),
                                                     decision=default_decision())
    return checker


def check(text: str, speaker: str = "operator", context: CheckContext | None = None,
          said: Said | None = None) -> CheckResult:
    """Check one utterance with the default rules."""
    return default_checker().check(text, speaker, context, said)


__all__ = ["CheckResult", "DisclosureChecker", "Finding", "check", "default_checker"]
