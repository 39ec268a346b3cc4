"""What the guard knows about the call an utterance belongs to, what the caller has said, and the operator's last lines.

"Data the caller has said themselves" is not a disclosure when the operator repeats it: the
caller's own turns in the same call are kept as their digits and word forms (never logged), and
an operator's value is checked against them. Over HTTP the memory is per call id, bounded: the
oldest calls are forgotten first.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Iterable

from guard.callstate import CallState
from guard.disclosure.text import Utterance, utterance_of
from guard.recognizers.lexicon import LETTER_NAMES
from guard.recognizers.phone import national  # noqa: F401 — what a phone number is lives in recognizers/phone.py


# How many of the operator's earlier lines in a call are kept to be read with the next one: a value split over
# consecutive lines ("владелец" / "Петров" / "Иван Сергеевич", a phone in two halves: red team bb2, H7) is told.
OPERATOR_LINES_KEPT = 2
DICTATION_LINES_KEPT = 12  # a mobile number with its 8, a digit a line
TURN_LINES_KEPT = 4  # a sentence said a few words a line
RECENT_LINES_KEPT = 4  # a word said in syllables, a syllable a line (guard/disclosure/cut_words.py: MOST_PIECES)
# A number told in pieces over the call (red team bb15, 16 / 21): how many lines of either side — chatter, stalls, the
# caller's back-channels — may stand between two pieces of one number ("начинается на девятьсот три" / "так" /
# "минуточку, система подвисает" / "жду" / "спасибо за ожидание" / "потом семьсот семьдесят семь").
PIECE_GAP_LINES = 6
# How many lines of either side the value the caller asked for stays what the operator's answer is about ("подскажите
# мой паспорт" / "секунду, смотрю" / "первые две цифры … сорок шесть" / "угу" / "потом двенадцать …").
ASKED_LINES = 10
# A caller's line of this many words or more that asks for no value is a new subject: the question and the number's
# pieces before it are over ("угу", "жду", "записала" are not).
NEW_SUBJECT_WORDS = 4


def _a_piece(text: str) -> bool:
    """The line is only a piece of a value dictated a line at a time: a number (spoken or written), a letter or a
    letter's name, a month, a street — what an answer that is only a value is (guard/dialogue.py `answer_value`; red
    team bb8, 15: "фамилия владельца" / "вэ" / "о" / …, "дата рождения" / "двенадцатое" / "марта" / …)."""
    from guard.dialogue import answer_value

    utterance = utterance_of(text)
    if utterance.tokens and all(token.is_digit or any(g.start <= token.start < g.end for g in utterance.digit_groups)
                                or token.form.lower() in LETTER_NAMES or len(token.form) == 1
                                for token in utterance.tokens):
        return True  # numbers and letters ("ка", "а": a conjunction's or a particle's word alone is a letter here)
    from guard.disclosure.spelled import letters_of

    # letters behind their piece's label ("потом и", "вторая буква И": red team bb20, 02)
    return answer_value(text) is not None or letters_of(text) is not None


def may_hold_a_value(text: str) -> bool:
    """A number, a word that may name a person, a Latin word, or a word announcing a value (the checker's cues, a
    secret's words: "у вас кодовое слово" / "первая половина …", red team bb9, 05)."""
    from guard.disclosure.personal import VALUE_CUES, names_a_secret
    from guard.recognizers.person import may_name_a_person

    utterance = utterance_of(text)
    return bool(utterance.digit_groups) or names_a_secret(text) and not _asks(utterance) or any(
        not token.is_digit and (token.form.isascii() or not VALUE_CUES.isdisjoint(token.info.lemmas)
                                or may_name_a_person(text[token.start:token.end]))
        for token in utterance.tokens)


def _announces_a_spelling(text: str) -> bool:
    """"записывайте по буквам": the letters dictated next are a name's (spelled.name_spelled_over_lines, red team
    bb15, 22) — kept with them."""
    from guard.disclosure.spelled import announces_a_spelling

    return announces_a_spelling(utterance_of(text))


def _asks(utterance: Utterance) -> bool:
    """Does the line ask the caller (a question mark, a verb in the imperative: "назовите кодовое слово")? What the
    operator's next line says then answers nothing of the secret the question names."""
    from guard.morph import parses

    return "?" in utterance.text or any("impr" in found[0].tag for token in utterance.tokens
                                        for found in [parses(token.form)] if found)


@dataclass
class Said:
    """The digits and words of the caller's own turns, and the operator's last few lines (OPERATOR_LINES_KEPT)."""

    numbers: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    operator_lines: list[str] = field(default_factory=list)
    short_numbers: set[str] = field(default_factory=set)  # of 1-2 digits, matched whole: a house's, a flat's
    caller_line: str = ""  # the caller's last line: what the operator's next one answers (a guess completed)
    # The caller's last line as any side reported it, the operator's too: read only where it makes a verdict stricter
    # (a guess judged: guard/disclosure/confirmation.py), never to let a value through as the caller's own.
    heard_line: str = ""
    # the operator named a base station in this call (п. 17): where it stands, told in any later line, is its place
    # (red team bb11, 20: "вышка у вас одна рядом" / … / "буквально метров двести от вас")
    station_named: bool = False
    # the caller asked for the operator's own number (п. 18): how many of the operator's lines since have answered
    # with something else (no number, no promise of one, no mere stall); -1 when nothing is asked (red team bb11, 05)
    operator_number_unanswered: int = -1
    # the operator's lines since the caller last spoke, every one (TURN_LINES_KEPT at most): a sentence said a few
    # words a line is read whole ("у нас сейчас" / "плановая" / "профилактика": red team bb14, 10)
    turn: list[str] = field(default_factory=list)
    # the operator's last lines, every one whatever it holds and whoever spoke between (RECENT_LINES_KEPT): a word said
    # in pieces over them is glued back («оформлено на ива» / «нов»: red team bd34, f01; guard/disclosure/cut_words.py)
    recent: list[str] = field(default_factory=list)
    # the call's reading of what the operator is telling over many lines (red team bb15, 16 / 21 / 22): the digit
    # groups of the operator's lines that are a number's pieces since its run began (`number_run`), chatter and the
    # caller's back-channels between them, and how many lines since the last piece (`since_piece`, PIECE_GAP_LINES);
    # the kind of value the caller last asked for (guard.dialogue.asked_kind: "RU_PASSPORT", "PERSON", …) and how many
    # lines ago (`since_asked`, ASKED_LINES) — what the operator's next lines answer
    number_run: list[str] = field(default_factory=list)
    since_piece: int = 0
    # the run's lines that dictated a digit or two, the line only them (bare_value.dictates_digits: "четыре" / "так" /
    # "пять"): a number's digits said a few at a time over the call, not a code named whole (red team bb22, f05)
    dictated_lines: int = 0
    # the letters the operator dictated a line at a time in this call (spelled.letters_of: "эл" / "секунду" / "и" / …),
    # whatever lines stand between them, and how many of the operator's lines since the last (`since_letter`,
    # PIECE_GAP_LINES): a name spelled past fillers and talk (red team bb22, f04)
    letter_run: list[str] = field(default_factory=list)
    since_letter: int = 0
    spelling_lines: int = 0  # the run's lines that say a letter no word is (spelled.spells_a_letter: "эл", "Ц")
    # the operator last announced the spelling of a thing, no name ("диктую промокод по буквам"): the run is its
    spelling_a_thing: bool = False
    asked: str | None = None
    since_asked: int = 0

    @classmethod
    def of(cls, texts: Iterable[str]) -> "Said":
        said = cls()
        for text in texts:
            said.add(text)
        return said

    def add(self, text: str) -> None:
        from guard.disclosure.frames import asks_for_the_operators_number

        utterance = utterance_of(text)
        if asks_for_the_operators_number(utterance):
            self.operator_number_unanswered = max(0, self.operator_number_unanswered)
        self.numbers.extend(national(group.digits) for group in utterance.digit_groups if len(group.digits) >= 3)
        self.short_numbers.update(group.digits for group in utterance.digit_groups if len(group.digits) < 3)
        self.words.update(token.form for token in utterance.tokens if not token.is_digit)
        self.caller_line = self.heard_line = text
        self.turn = []
        self._caller_spoke(utterance)

    def hear(self, text: str) -> None:
        """A caller's line whose source is not trusted to speak for the caller: kept only as `heard_line` — and as a
        request for the operator's number, which only makes a later verdict stricter."""
        from guard.disclosure.frames import asks_for_the_operators_number

        self.heard_line = text
        self.turn = []
        utterance = utterance_of(text)
        if asks_for_the_operators_number(utterance):
            self.operator_number_unanswered = max(0, self.operator_number_unanswered)
        self._caller_spoke(utterance)  # what was asked makes the operator's answer stricter only: heard lines too

    def _caller_spoke(self, utterance: Utterance) -> None:
        """A caller's line: the value it asks for is what the operator's next lines are about; a line of a new
        subject (NEW_SUBJECT_WORDS words or more, asking for no value) ends the question and the number's run; a
        back-channel or a short word ("угу", "жду") is one more line between the pieces."""
        from guard.dialogue import asked_kind

        kind = asked_kind(utterance.text)
        if kind is not None:
            self.asked, self.since_asked = kind, 0
        elif len(utterance.tokens) >= NEW_SUBJECT_WORDS:
            self.asked = None
            self._end_run()
        else:
            self._one_more_line()

    def _one_more_line(self) -> None:
        """A line that tells no piece of a number: the run and the question grow older, and lapse."""
        self.since_piece += 1
        if self.since_piece > PIECE_GAP_LINES:
            self._end_run()
        self.since_asked += 1
        if self.since_asked > ASKED_LINES:
            self.asked = None

    def add_operator(self, text: str) -> None:
        """The operator said `text` in the call: kept, the oldest of more than OPERATOR_LINES_KEPT lines forgotten — but
        a line that holds nothing of a value ("так, секунду", "сейчас посмотрю") is not kept, and lines that are only
        a piece of a value (a number dictated a digit or a group a line, a surname a letter a line, a date or an address
        a word a line: `_a_piece`) are kept together with the line before them, up to DICTATION_LINES_KEPT (red team
        bb5, 08: the rest of a number said past fillers and over ten lines; bb8, 15)."""
        from guard.disclosure.frames import names_a_station

        self.station_named = self.station_named or names_a_station(utterance_of(text))
        self.turn = [*self.turn, text][-TURN_LINES_KEPT:]
        self.recent = [*self.recent, text][-RECENT_LINES_KEPT:]
        self._run_of_pieces(text)
        self._run_of_letters(text)
        if self.operator_number_unanswered >= 0:
            self.operator_number_unanswered = evades_the_operators_number(text, self.operator_number_unanswered)
        if not (may_hold_a_value(text) or _a_piece(text) or _announces_a_spelling(text)):
            return
        lines = [*self.operator_lines, text]
        keep = OPERATOR_LINES_KEPT
        while keep < min(len(lines), DICTATION_LINES_KEPT) and _a_piece(lines[-keep]):
            keep += 1
        self.operator_lines = lines[-keep:]

    def _run_of_letters(self, text: str) -> None:
        """The operator's line read for a word spelled a letter a line over the call: a line that is only letters adds
        them to the run; any other line is one more line between them, and past PIECE_GAP_LINES the run lapses."""
        from guard.disclosure.spelled import letters_of, spells_a_letter

        letters = letters_of(text)
        if letters is not None:
            self.letter_run = [*self.letter_run, *letters][-DICTATION_LINES_KEPT:]
            self.spelling_lines += spells_a_letter(text)
            self.since_letter = 0
            return
        self.since_letter += 1
        if self.since_letter > PIECE_GAP_LINES:
            self.letter_run, self.spelling_lines = [], 0
        from guard.disclosure.spelled import _SPELLING_CUE, announces_a_spelling

        if _SPELLING_CUE.search(text):  # a spelling announced: a new run, a name's or a thing's
            self.letter_run, self.spelling_lines = [], 0
            self.spelling_a_thing = not announces_a_spelling(utterance_of(text))

    def _run_of_pieces(self, text: str) -> None:
        """The operator's line read for the number told in pieces over the call: a line that is a number's piece
        (bare_value.number_pieces) adds its digits to the run, a line with another number (a sum, a time, a whole
        value) ends it, a line without digits is one more line between the pieces."""
        from guard.disclosure.bare_value import dictates_digits, number_pieces

        utterance = utterance_of(text)
        pieces = number_pieces(utterance, self.asked)
        if pieces is not None:
            self.dictated_lines += dictates_digits(utterance, self.number_run)
            self.number_run = [*self.number_run, *pieces]
            self.since_piece = 0
            self.since_asked += 1
        elif utterance.digit_groups:
            self._end_run()
            self.since_asked += 1
        else:
            self._one_more_line()

    def _end_run(self) -> None:
        """The number told in pieces is over: its digits and its dictated lines are forgotten."""
        self.number_run, self.dictated_lines = [], 0

    def said_digits(self, digits: str) -> bool:
        """The caller said a number containing all of these digits."""
        digits = national(digits)
        return any(digits in number for number in self.numbers)

    def said_number(self, digits: str) -> bool:
        """The caller said this number: a short one (a house's, a flat's) as it is, a longer one in any number."""
        return digits in self.short_numbers if len(digits) < 3 else self.said_digits(digits)

    def said_word(self, word: str) -> bool:
        from guard.disclosure.personal import inflected_form_of

        return any(inflected_form_of(candidate, word) for candidate in self.words)

    def __bool__(self) -> bool:
        return bool(self.numbers or self.words)


@dataclass(frozen=True)
class CheckContext(CallState):
    """The call state (guard/callstate.py: identification, caller's gender, `confirmed` — Инструкция запретов, п. 5)
    with the call's card beside it.

    `card` is the whole card: offline checks (`guard check`, `guard qa`, policy cases) compare the operator's words
    with every value on it. `shown` marks a card that is the operator's own view of it (the card policy applied to
    this call state, hidden values masked): the proxy's POST /v1/check passes that, so no verdict can depend on
    a value the operator cannot see (issue 10, item 1: the check is no oracle on the hidden card).
    """

    card: dict | None = None
    shown: bool = False

    @classmethod
    def of(cls, state: CallState, card: dict | None, *, shown: bool = False) -> "CheckContext":
        fields = {name: getattr(state, name) for name in CallState.__dataclass_fields__}
        return cls(card=card, shown=shown, **fields)


def evades_the_operators_number(text: str, unanswered: int) -> int:
    """After the caller asked for the operator's number: -1 once a line gives a number or promises one, the count
    unchanged for a stall ("секунду", "так"), one more for any other line."""
    from guard.dialogue import waits
    from guard.disclosure.frames import answers_with_a_number

    if answers_with_a_number(utterance_of(text)):
        return -1
    return unanswered if waits(text) else unanswered + 1


class SaidMemory:
    """What callers have said, per call id, for the calls seen most recently (bounded in memory)."""

    def __init__(self, max_calls: int = 10_000, max_texts_per_call: int = 200) -> None:
        self.max_calls = max_calls
        self.max_texts_per_call = max_texts_per_call
        self._calls: OrderedDict[str, tuple[Said, int]] = OrderedDict()
        self._lock = threading.Lock()

    def _keep(self, call_id: str, said: Said, count: int) -> None:
        """The call's memory put back as the most recent, the calls seen longest ago forgotten past `max_calls` (the
        caller holds the lock): what every record_* does after its change."""
        self._calls[call_id] = (said, count)
        while len(self._calls) > self.max_calls:
            self._calls.popitem(last=False)

    def record(self, call_id: str, text: str) -> None:
        with self._lock:
            said, count = self._calls.pop(call_id, (Said(), 0))
            if count < self.max_texts_per_call:
                said.add(text)
                count += 1
            self._keep(call_id, said, count)

    def record_heard(self, call_id: str, text: str) -> None:
        """A caller's line from a source not trusted to speak for the caller (Said.hear): it unlocks nothing."""
        with self._lock:
            said, count = self._calls.pop(call_id, (Said(), 0))
            said.hear(text)
            self._keep(call_id, said, count)

    def record_operator(self, call_id: str, text: str) -> None:
        """The operator's line, kept with the call's last few (Said.add_operator) to be read with the next one."""
        with self._lock:
            said, count = self._calls.pop(call_id, (Said(), 0))
            said.add_operator(text)
            self._keep(call_id, said, count)

    def new_caller(self, call_id: str) -> None:
        """Someone else speaks for the caller now (a handover, a failed identification after a matched one: red team
        bb13, 08): what the earlier caller said is theirs, not the new caller's to hear back — forgotten. The
        operator's last lines (read with the next one: only stricter) and the line heard last are kept."""
        with self._lock:
            entry = self._calls.get(call_id)
            if entry is not None:
                said = entry[0]
                self._calls[call_id] = (Said(operator_lines=list(said.operator_lines), heard_line=said.heard_line,
                                             turn=list(said.turn), recent=list(said.recent),
                                             number_run=list(said.number_run), since_piece=said.since_piece, dictated_lines=said.dictated_lines,
                                             asked=said.asked,
                                             letter_run=list(said.letter_run), since_letter=said.since_letter,
                                             spelling_lines=said.spelling_lines,
                                             spelling_a_thing=said.spelling_a_thing,
                                             since_asked=said.since_asked), entry[1])

    def said(self, call_id: str) -> Said:
        """A snapshot: a check in one thread never sees the call's words change under it."""
        with self._lock:
            entry = self._calls.get(call_id)
            if entry is None:
                return Said()
            self._calls.move_to_end(call_id)
            said = entry[0]
            return replace(said, numbers=list(said.numbers), words=set(said.words),
                           operator_lines=list(said.operator_lines), short_numbers=set(said.short_numbers),
                           turn=list(said.turn), recent=list(said.recent), number_run=list(said.number_run),
                           letter_run=list(said.letter_run))

    def forget(self, call_id: str) -> None:
        with self._lock:
            self._calls.pop(call_id, None)

    def __len__(self) -> int:
        return len(self._calls)
