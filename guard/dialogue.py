"""A value said across the turns of a call: each piece alone looks harmless, together they are a number.

"запишите восемь девятьсот шестнадцать" / "угу" / "сто двадцать три сорок пять шестьдесят семь" (red team bb2): each
turn redacted alone shows no phone. A caller dictating pauses and the operator answers with a back-channel ("угу",
"записываю") between the pieces. So the turns one speaker says one after another — with nothing or only back-channels
of the other speaker between — are also read as one text, and every piece of what is found there is masked in its own
turn. Turns apart (another speaker saying something of substance between) stay apart: a number is never joined across
a question and its answer.

What a question asks for carries to its answer (red team bb7 05, 09): a turn naming a kind's words of asking ("ваша
фамилия", "кем выдан паспорт", `Kind.asked`) waits for its answer over stalls and back-channels of either speaker
("сейчас вспомню" / "хорошо"), the asker's echoes and short prompts ("год"); an answer that is only a value, in words
that may name something ("воробей", "ну волк", "пятьдесят шесть семьдесят восемь"; not "да", "нет", "сейчас вспомню")
is masked as the kind asked for, below every recognizer's score so the answer's own reading types what it found. A
value dictated in groups or letters is one answer however many turns it takes (red team bb8 24, 05): "назовите снилс" /
"сто двадцать три" / "да" / … / "и контрольное" / "шестьдесят четыре", "логин" / "и" / "вэ" / "а" (`value_pieces`).

A value asked for and answered (red team bb5 05): a short prompt of the other speaker ("номер", "а
дальше?") does not part what one speaker dictates: "паспорт серия сорок пять ноль пять" / "номер" / "шестьсот …" is
read as one text with the prompt's words between, and masked in the caller's turns only.

Read by `Redactor.redact_dialogue` (the Python API for a dialogue), by `guard batch` (guard/batch/calls.py), and by
`Redactor.analyze` for a transcript written as one text with its speakers' labels ("Клиент: …\nОператор: угу\n…",
"Клиент: 916… Оператор: Да. Клиент: 123 45 67", or said in words by an ASR transcript: "клиент девятьсот шестнадцать
оператор да клиент сто двадцать три …"), so `guard redact`, /v1/redact and the proxy's comments read it too. The one
mechanism for a number dictated across turns: the recognizers read the listener's words between two parts of a value
inside one turn only (recognizers/cue_reach.py LISTENERS_WORDS), never across a speaker's label.

Also read here, from the same turns: the operator's own first name in their self-introduction ("Оператор: Здравствуйте,
меня зовут Ольга", "оператор: с вами был денис всего доброго") is the contact center's, not the caller's data — the
greeting script asks the operator to give it. Only a lone first name in a turn the contact center says, after a frame of
`lexicon.SELF_INTRODUCTION`; a surname, a patronymic, a name in the caller's turn or in a text without speakers stays
masked. Off by default (an employee's name is personal data too: fail closed); `Redactor(keep_operators_name=True)`
(`guard redact --keep-operators-name`) keeps it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, islice
from typing import Callable, Hashable, Iterator, Mapping, Sequence

from guard.document import DIGITS
from guard.entities import Entity
from guard.morph import parses
from guard.normalize import HESITATION, TAKING_BACK, Normalization, normalize
from guard.recognizers import KINDS
from guard.recognizers.lexicon import BACK_CHANNEL_WORDS, CALLER_LABELS, CONTACT_CENTER_LABELS, SELF_INTRODUCTION
from guard.recognizers.lexicon import LATIN_LETTER_NAMES, LETTER_NAMES, OTHER_VALUE_WORDS, SPELLED_LETTER_WORDS, STALL_WORDS
from guard.recognizers.lexicon import GREETING, LEAVE_TAKING, LINE_SPEAKER, places_a_piece, NEUTRAL_LABELS, OFFER_OF_HELP, SPEAKER, SPEAKER_LABEL
from guard.recognizers.person import may_be_a_name_part, only_a_first_name, told_by_likeness
from guard.recognizers.email import GOES_ON_WITH_A_MAILBOX, WAITS_FOR_ITS_DOMAIN
from guard.recognizers.device_id import is_iccid
from guard.recognizers.packed_run import counts_something
from guard.recognizers.phone import looks_like_spoken_phone



def _only(words: str) -> re.Pattern:
    """A text of nothing but `words` between blanks and marks. Each word is matched once, atomically: the lists overlap
    ("да", "сейчас" are in two), and a backtracking engine trying every way to cover "да да да … ромашка" took
    exponential time (20 words: 23 s)."""
    return re.compile(r"[\s\W]*+(?:(?>(?:" + words + r")(?![\w-]))[\s\W]*+)*+", re.IGNORECASE)


# A turn that only acknowledges ("угу", "да-да, записываю", "так, дальше"): hesitations and fillers of speech
# (guard/normalize.py) and the words that say "go on" (recognizers/lexicon.py, the one list).
_BACK_CHANNEL = _only(HESITATION + "|" + BACK_CHANNEL_WORDS)
_A_DIGIT = re.compile(r"\d")
# What ends a turn's text but would end a number read across the join: the turn's closing punctuation.
_TRAILING = re.compile(r"[\s.,;:!?…]*$")

Turn = tuple[Hashable, str]  # (speaker, text); the speaker is compared only, None is a speaker too


def is_back_channel(text: str) -> bool:
    """A turn that says nothing but "go on" (empty text too)."""
    return _BACK_CHANNEL.fullmatch(text) is not None


# A turn that only waits ("сейчас вспомню", "подождите секунду я записываю так продолжайте пожалуйста"): the back-
# channels' words and the words of looking for or writing down a value (lexicon.STALL_WORDS).
_STALL = _only(HESITATION + "|" + BACK_CHANNEL_WORDS + "|" + STALL_WORDS)


def waits(text: str) -> bool:
    """A back-channel, or a stall of either speaker: a turn after which what was asked or dictated goes on. A turn of
    number words only is a value, not a stall, though "один" is also a stall's word ("один момент"): "один один" is
    the group "11" of a dictated number."""
    return _STALL.fullmatch(text) is not None and not _only_digits(text)


_NOT_A_DIGIT = re.compile(r"[^\d\s.,;:!?…-]")


def _only_digits(text: str) -> bool:
    read = normalize(text).text
    return _A_DIGIT.search(read) is not None and _NOT_A_DIGIT.search(read) is None


# A prompt of the listener that asks for the next part of what is dictated: a few words, no number ("номер", "а дальше?").
_PROMPT = re.compile(r"(?<![\s\W])[\s\W]*(?:[а-яёa-z]+(?:[\s\W]+|$)){1,3}", re.IGNORECASE)


def is_prompt(text: str) -> bool:
    """A turn of three words at most and no number: the listener asking for the next part ("номер", "а дальше?")."""
    return _PROMPT.fullmatch(text) is not None and not is_back_channel(text) and not _holds_a_number(text)


# Words an echo may add to the digits it repeats ("восемь девятьсот так", "сто одиннадцать, записала"): a few.
_ECHO_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


def _digits_and_words(text: str) -> tuple[str, int, list[tuple[int, int]]]:
    """The digits `text` says (spoken numbers read), how many words besides, and each digit group's span in `text`."""
    normalized = normalize(text)
    groups = list(DIGITS.finditer(normalized.text))
    words = len(_WORD.findall(DIGITS.sub(" ", normalized.text)))
    return "".join(group.group() for group in groups), words, [normalized.to_original(*group.span())
                                                                for group in groups]


# a part of the digits said back: "девятьсот двадцать шесть" of "восемь девятьсот …"; shorter with words that only
# confirm ("девять, записала" of "восемьсот девяносто девять") — an echo read as itself too (`readings_of_echoes`)
_SHORTEST_ECHOED_DIGITS = 3
# the words an echo adds to what it says back: the listener's ("так", "записала") and words that name nothing ("верно",
# "правильно", "точно": an adverb, a short adjective, a particle — pymorphy's likeliest reading)
_CONFIRMING_POS = frozenset({"ADVB", "ADJS", "PRCL", "INTJ", "PRED", "CONJ"})


def _confirms(word: str) -> bool:
    return is_back_channel(word) or any(str(p.tag.POS) in _CONFIRMING_POS for p in parses(word)[:1])


def _only_confirms(text: str) -> bool:
    """Are the words of `text` besides its numbers all words that confirm ("девять, записала", "три верно")?"""
    return all(_confirms(word.lower()) for word in _WORD.findall(DIGITS.sub(" ", normalize(text).text)))


def _said_words(text: str) -> list[tuple[int, int, str]]:
    return [(word.start(), word.end(), word.group().lower().replace("ё", "е")) for word in _WORD.finditer(text)]


def _echoes_words(text: str, said: str) -> bool:
    """Does `text` say back words of `said` ("ромашка" / "ромашка верно", "люберцы улица кирова" / "кирова") and only
    words that confirm besides? Never a word that is the listener's own (a back-channel) said back."""
    said_words = {word for _, _, word in _said_words(said)}
    own = _said_words(text)
    back = [word for _, _, word in own if word in said_words and not is_back_channel(word)]
    return bool(back) and not _A_DIGIT.search(said) and all(word in said_words or _confirms(word) for _, _, word in own)


def echoed(turns: Sequence[Turn], partial: bool = True) -> dict[int, int]:
    """{echo: echoed}: a turn of another speaker that says back the digits of the last turn said before it (back-
    channels skipped), or a part of them, and little else — the listener repeating each dictated group ("восемь
    девятьсот двадцать шесть" / "девятьсот двадцать шесть, так"; red team bb7, 08; bb9 23) — or its words and only
    words that confirm ("ромашка" / "ромашка, верно"). An echo neither parts what one speaker dictates (`stretches`) nor
    keeps in clear the pieces it repeats (Redactor.redact_dialogue masks them as the pieces are)."""
    found: dict[int, int] = {}
    last: int | None = None
    for index, (who, text) in enumerate(turns):
        if waits(text):
            continue
        if last is not None and who != turns[last][0]:
            if _A_DIGIT.search(normalize(text).text):
                digits, words, _ = _digits_and_words(text)
                said = _digits_and_words(turns[last][1])[0]
                if digits and words <= _ECHO_WORDS and (digits == said or partial and digits in said and (
                        len(digits) >= _SHORTEST_ECHOED_DIGITS or _only_confirms(text))):
                    found[index] = last
                    continue  # the turn said back stays the last said: an echo of an echo is no new turn
            elif partial and _echoes_words(text, turns[last][1]):
                found[index] = last
                continue
        last = index
    return found


def echo_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the digit groups an echo says, in its own offsets."""
    return _digits_and_words(text)[2]


def echoed_words(text: str, said: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(span in `text`, span in `said`) of each word an echo says back."""
    places = {word: (start, end) for start, end, word in _said_words(said)}
    return [((start, end), places[word]) for start, end, word in _said_words(text) if word in places]


def readings_of_echoes(turns: Sequence[Turn]) -> list[Mapping[int, int]]:
    """The readings of a call with echoes (`echoed`): each echo said back (skipped where one speaker dictates); only the
    turns that say back the whole digits (red team bb7 08: a part said back changes who said what last — "повторяю сорок
    восемьсот семнадцать" / "нет четыре ноль восемь один семь" is the caller's echo of the read-back only when the
    read-back is no echo itself); and every turn read as itself (an "echo" may be a value of its own: "восемь девятьсот"
    / "девятьсот двадцать" is a listener's echo or the next piece). What the readings find is joined — a stretch read
    several ways is masked as any reading masks it (fail closed; stop 35's echo reading replaced one with another and a
    card leaked). One reading when the call has no echo."""
    readings = [echoed(turns)]
    for other in (echoed(turns, partial=False), {}):  # the whole digits said back only (bb7 08), and none at all
        if other not in readings:
            readings.append(other)
    return readings


# The words that ask (an interrogative pronoun, adverb or particle): what pymorphy tags "Ques", and the pronouns it tags
# as plain pronouns ("кто", "какой", "чей", "сколько", "ли").
_ASKING_PRONOUNS = frozenset({"кто", "что", "какой", "какая", "какое", "какие", "какую", "каким", "каких", "каком",
                              "какого", "чей", "чья", "чьё", "чье", "чьи", "сколько", "ли", "куда"})


def _asks(text: str) -> bool:
    return "?" in text or any(word in _ASKING_PRONOUNS or any("Ques" in parse.tag for parse in parses(word)[:2])
                              for word in (word.lower() for word in _WORD.findall(text)))


def is_aside(text: str) -> bool:
    """A turn that moves nothing on: it holds no number, names no value and asks nothing — the listener's remark while
    the one dictating waits ("минуточку, я открою форму, система подвисает, извините", "секунду, окно не открывается,
    сейчас перезагружу"; red team bb13 03). What one speaker dictates goes on across it, as across a back-channel; a
    question, or a turn naming or saying a value, still parts the turns."""
    return not _says_a_value_number(text) and not _NAMES_A_VALUE.search(text) and not _asks(text)


def _says_a_value_number(text: str) -> bool:
    """Does the turn hold a number that is not a count of something ("одну секунду", "пять минут": a duration of the
    wait, packed_run.counts_something; red team bb16, 10)?"""
    read = normalize(text).text
    return any(not counts_something(read, number.end()) for number in DIGITS.finditer(read))


def _dictation_goes_on(turns: Sequence[Turn], last: int, aside: int) -> bool:
    """Across the other speaker's aside at `aside`: did the speaker of turn `last` stop on digits, and do they go on
    with digits — at the start of their next turn that says a number, after turns of theirs that only wait or say a few
    words of no value ("да конечно") and the other's waits and asides? A statement between two of one speaker's turns
    that do not meet at a number ("… двадцать семь оксана зовут" / "набрал не берет" / "подожди пятнадцать минут")
    parts them as before."""
    speaker = turns[last][0]
    if not _edges(turns[last][1], True, False):
        return False
    for later in range(aside + 1, len(turns)):
        who, text = turns[later]
        if who != speaker:
            if waits(text) or is_aside(text):
                continue
            return False
        if _edges(text, False, True) and _starts_with_digits(text):
            return True
        if _holds_a_number(text) or not (waits(text) or is_prompt(text)):
            return False
    return False


def _starts_with_digits(text: str) -> bool:
    """Does the turn open with digits, its back-channels and stalls before them aside?"""
    _, tokens, digit = _digit_tokens(text)
    at = _opening_at(tokens, digit)
    return at < len(tokens) and digit[at]


def stretches(turns: Sequence[Turn], prompts: bool = False,
              echoes: Mapping[int, int] | None = None) -> Iterator[list[int]]:
    """The indices of the turns one speaker says one after another, back-channels, stalls (`waits`: "подождите… так
    продолжайте") and echoes (`echoed`) of others between skipped; only stretches of two turns or more. With `prompts`, a short prompt of another speaker between
    is kept in the stretch (its index is listed: it is read, not masked)."""
    current: list[int] = []
    speaker: Hashable = object()
    echoes = echoed(turns) if echoes is None else echoes
    for index, (who, text) in enumerate(turns):
        if current and who == speaker:
            if prompts:
                current.extend(between for between in range(current[-1] + 1, index) if is_prompt(turns[between][1]))
            current.append(index)
        elif current and (waits(text) or index in echoes or prompts and is_prompt(text)
                          or is_aside(text) and _dictation_goes_on(turns, current[-1], index)):
            continue
        else:
            if len(current) > 1:
                yield current
            current, speaker = [index], who
    if len(current) > 1:
        yield current


def _holds_a_number(text: str) -> bool:
    return _A_DIGIT.search(normalize(text).text) is not None


def _worth_reading(turns: Sequence[Turn], stretch: list[int], speaker: Hashable) -> bool:
    """Two turns of the speaker holding a number, or one and a turn going on with its mailbox ("петров восемьдесят" /
    "собака мейл ру", "… два ноль два три собака" / "эс эм дефис юг точка ру"): a single turn's numbers are its own
    reading's."""
    own = [turns[index][1] for index in stretch if turns[index][0] == speaker]
    numbers = sum(_holds_a_number(text) for text in own)
    return numbers >= 2 or numbers == 1 and (any(GOES_ON_WITH_A_MAILBOX.match(text) for text in own[1:])
                                             or any(WAITS_FOR_ITS_DOMAIN.search(text) for text in own[:-1]))


def side_of(speaker: Hashable) -> Hashable:
    """The side a turn's speaker label stands on, for reading what the caller's side dictates across turns (red team
    bb17, 27: diarization splits one caller's side into "client" and "spouse" / "client_2"): the contact center's for
    its labels ("operator", "оператор 2", "agent_1"), a numbered voice as itself ("спикер 2": either side), and any
    other label — unknown ones too — the caller's (fail closed: what is joined is read more, never less). A label
    that is no text (a channel number, None) stays as it is: nothing tells its side."""
    if not isinstance(speaker, str):
        return speaker
    word = re.match(r"[^\W\d_]*", speaker.strip().lower()).group()
    if word in CONTACT_CENTER_LABELS or speaker == _CONTACT_CENTER:
        return _CONTACT_CENTER
    if word in NEUTRAL_LABELS:
        return speaker
    return "caller"


def across_turns(turns: Sequence[Turn], analyze: Callable[[str], list[Entity]]) -> list[tuple[int, Entity]]:
    """(turn index, entity in that turn's offsets) for what `analyze` finds in each stretch of turns read as one text;
    an entity covering several turns gives one piece in each. Stretches with fewer than two turns holding a number (a
    digit, written or spoken) are not read again: a single turn's numbers are its own reading's. The turns are read
    once by their labels and once more by their sides (`side_of`) when the sides join labels: what two caller-side
    voices dictate between them is one value."""
    out = _across_turns(turns, analyze)
    sided = [(side_of(speaker), text) for speaker, text in turns]
    if len({speaker for speaker, _ in sided}) < len({speaker for speaker, _ in turns}):
        out += _across_turns(sided, analyze)
    return out


def _across_turns(turns: Sequence[Turn], analyze: Callable[[str], list[Entity]]) -> list[tuple[int, Entity]]:
    out: list[tuple[int, Entity]] = []
    read: set[tuple[int, ...]] = set()
    for stretch in (stretch for echoes in readings_of_echoes(turns)
                    for stretch in stretches(turns, prompts=True, echoes=echoes)):
        speaker = turns[stretch[0]][0]
        if tuple(stretch) in read or not _worth_reading(turns, stretch, speaker):
            continue
        read.add(tuple(stretch))
        whole = [(index, 0, _TRAILING.search(turns[index][1]).start()) for index in stretch]
        own = [index for index in stretch if turns[index][0] == speaker]
        edges = [(index, start, end) for index in own  # a question between ("когда списали"): no edges reading
                 for start, end in _edges(turns[index][1], index == own[0], index == own[-1])] if own == stretch else []
        for spans in (whole, edges) if edges and edges != whole else (whole,):
            out += _read_as_one(turns, spans, speaker, analyze)
    for run in _number_runs(turns):
        if tuple(run) in read:
            continue
        read.add(tuple(run))
        edges = [(index, start, end) for index in run
                 for start, end in _edges(turns[index][1], index == run[0], index == run[-1], lead=_CUE_WORDS)]
        if len({index for index, _, _ in edges}) > 1:
            out += _read_as_one(turns, edges, turns[run[0]][0], analyze)
    return out


# How many turns may stand between two pieces of one number dictated over a call (a question and its answer, a remark
# and the listener's reply: red team bb14, 13)
_DICTATION_GAP = 5


def _number_runs(turns: Sequence[Turn]) -> list[list[int]]:
    """One speaker's turns holding numbers, one after another, when no turn between (of anyone) holds a number, few
    turns stand between and the earlier stops on digits where the later opens with them (`_meet_at_digits`): the pieces of a number dictated while the other speaker asks something or the speaker makes a
    remark ("восемь девятьсот три" / "…" / "а у вас номер на вас оформлен?" / "на меня" / "восемьдесят пять двадцать
    девять"). What is said between does not part the digits' edges; the kinds then read the edges joined (a phone is
    ten or eleven digits whatever was said between its pieces: fail closed)."""
    holds = [_holds_a_number(text) for _, text in turns]
    runs: list[list[int]] = []
    last_by: dict[Hashable, int] = {}
    run_of: dict[int, list[int]] = {}
    previous = None  # the last turn holding a number, anyone's
    for index, (who, _) in enumerate(turns):
        if not holds[index]:
            continue
        mine = last_by.get(who)
        if mine is not None and mine == previous and index - mine <= _DICTATION_GAP \
                and not _answers_a_question(turns, mine, index) and _meet_at_digits(turns[mine][1], turns[index][1]):
            run = run_of[mine]
        else:
            run = []
            runs.append(run)
        run.append(index)
        run_of[index] = run
        last_by[who] = previous = index
    return [run for run in runs if len(run) > 1]


def _meet_at_digits(earlier: str, later: str) -> bool:
    """Does `earlier` stop on digits and `later` open with digits (a few words of no value before them)? Not when the
    digits `earlier` stops on are a whole Russian phone already (eleven digits from the trunk 8 or 7): what the speaker
    says next is another value or a count ("…ноль два тридцать три" / "спасибо дальше" / "и два номера водителей"),
    not the number going on (`_whole_value_at_the_end`)."""
    return bool(_edges(earlier, True, False)) and bool(_edges(later, False, True, lead=_CUE_WORDS)) \
        and not _whole_value_at_the_end(earlier)


def _whole_value_at_the_end(text: str) -> bool:
    """Are the digits a turn ends with (its stalls after them aside) a whole value already: a Russian phone of eleven
    digits from the trunk 8 or the country's 7, or of ten from a mobile's or a city's code (the phone kind's own reading
    of a spoken run, `looks_like_spoken_phone`), or a SIM card's ICCID (`is_iccid`)?"""
    _, tokens, digit = _digit_tokens(text)
    at, end = _closing_digits(tokens, digit)
    groups = [re.sub(r"\D", "", token.group()) for token in tokens[at:end]]
    for digits in ("".join(groups), "".join(groups[1:])):  # the whole run, or after a count said first ("одной 89 70 …")
        phone = len(digits) == 11 and digits[0] in "78" or len(digits) == 10 and digits[0] in "349"
        if phone and looks_like_spoken_phone(digits) or is_iccid(digits):
            return True
    return False


def _answers_a_question(turns: Sequence[Turn], since: int, index: int) -> bool:
    """Is turn `index` the answer to a question of the other speaker said right before it (their waits aside), or to
    their turn naming a value ("спасибо. телефон для связи"), after turn `since`: "…шестьдесят два девяносто" / "когда списали?" / "двадцатого ноября" — a date answering, not the
    number going on. A question answered by other words first ("а номер на вас оформлен?" / "на меня" / "хорошо
    дальше" / "восемьдесят пять") leaves the dictation going on."""
    for before in range(index - 1, since, -1):
        who, text = turns[before]
        if who == turns[index][0] or not waits(text):
            return who != turns[index][0] and (_asks(text) or _NAMES_A_VALUE.search(text) is not None)
    return False


def _read_as_one(turns: Sequence[Turn], spans: list[tuple[int, int, int]], speaker: Hashable,
                 analyze: Callable[[str], list[Entity]]) -> list[tuple[int, Entity]]:
    """What `analyze` finds in the (turn index, start, end) spans of turns joined by a space, cut back to the speaker's
    turns, in each turn's offsets."""
    places: list[tuple[int, int, int, int]] = []  # (turn index, start in the joined text, start and end in the turn)
    parts: list[str] = []
    at = 0
    for index, start, end in spans:
        places.append((index, at, start, end))
        parts.append(turns[index][1][start:end])
        at += end - start + 1
    out = []
    joined_text = " ".join(parts)
    for entity in _read_unpunctuated(joined_text, analyze):
        for index, joined, start, end in places:
            lo, hi = max(entity.start, joined), min(entity.end, joined + end - start)
            if lo < hi and turns[index][0] == speaker:
                out.append((index, Entity(lo - joined + start, hi - joined + start, entity.type, entity.score)))
    return out


# The marks an ASR writes between the words of one dictation ("сто двадцать три, сорок пять", "девять один... нет,
# девять два шесть"): a comma, a stop at a word's end, a colon, a dash between spaces
_ASR_MARKS = re.compile(r"[,;:!?…]|\.(?!\w)| [—–-](?= )")


def _read_unpunctuated(text: str, analyze: Callable[[str], list[Entity]]) -> list[Entity]:
    """What `analyze` finds in `text` as it is and with the marks between its words blanked out (each mark a space:
    the offsets stay): a number dictated across turns reads the same whatever marks the ASR wrote between its pieces
    (red team bb17, 17). Both readings are kept — blanking never hides what the written text showed."""
    found = list(analyze(text))
    blank = _ASR_MARKS.sub(lambda mark: " " * len(mark.group()), text)
    if blank != text:
        found += [entity for entity in analyze(blank)
                  if not any(entity.start == e.start and entity.end == e.end for e in found)]
    return found


# A digit group of the normalized text, its marks perhaps ("8", "916,", "45-67")
_DIGIT_TOKEN = re.compile(r"(?<![^\w\s])[^\w\s]*+\d[\d\W]*+")  # from a run of marks' start only: linear
_TOKEN = re.compile(r"\S+")
# The words of a cue read with the digits that end a turn ("мой контактный восемь девятьсот шестнадцать")
_CUE_WORDS = 4


def _digit_tokens(text: str) -> tuple[Normalization, list[re.Match], list[bool]]:
    """A turn's normalized reading, its tokens and which of them are digit groups."""
    normalized = normalize(text)
    tokens = list(_TOKEN.finditer(normalized.text))
    return normalized, tokens, [_DIGIT_TOKEN.fullmatch(token.group()) is not None for token in tokens]


def _opening_at(tokens: list[re.Match], digit: list[bool]) -> int:
    """The index of the first token after the back-channels and stalls a turn opens with."""
    at = 0
    while at < len(tokens) and not digit[at] and waits(tokens[at].group()):
        at += 1
    return at


def _closing_digits(tokens: list[re.Match], digit: list[bool]) -> tuple[int, int]:
    """(at, end): the tokens of the digit groups a turn ends with, its stalls after them aside (at == end: none)."""
    end = len(tokens)
    while end > 0 and not digit[end - 1] and waits(tokens[end - 1].group()):
        end -= 1
    at = end
    while at > 0 and digit[at - 1]:
        at -= 1
    return at, end


def _edges(text: str, first: bool, last: bool, lead: int = 0) -> list[tuple[int, int]]:
    """(start, end) in `text` of the parts of a turn a value dictated across turns goes on in: the digits it opens with
    (its back-channels and stalls before them skipped), unless it is the first of the speaker's turns read, and the
    digits it ends with and the few words before them (their cue), unless it is the last. A caller dictating over turns
    says more than the value in a turn ("сто двадцать три а какие номера на мне я хочу знать" / "сорок пять шестьдесят
    семь и скажите сколько номеров…"; red team bb13 14): what is said between the pieces parts them in the joined
    text, and the value is read again from the turns' edges. `lead`: as many words of any kind may stand before the
    opening digits ("и в конце восемьдесят пять двадцать девять"); the words themselves are not read."""
    normalized, tokens, digit = _digit_tokens(text)
    spans = []
    if not first:
        at = _opening_at(tokens, digit)
        if lead and at < len(tokens) and not digit[at]:
            ahead = next((k for k in range(at, min(len(tokens), at + lead + 1)) if digit[k]), None)
            if ahead is not None and not _NAMES_A_VALUE.search(normalized.text, tokens[at].start(), tokens[ahead].start()):
                at = ahead  # "и в конце 85 29"; not "телефон 8 916 …", a value of its own named
        end = at
        while end < len(tokens) and digit[end]:
            end += 1
        if end > at:
            spans.append((tokens[at].start(), tokens[end - 1].end()))
    if not last:
        at, end = _closing_digits(tokens, digit)
        if at < end:
            spans.append((tokens[max(0, at - _CUE_WORDS)].start(), tokens[end - 1].end()))
    kept = _TRAILING.search(text).start()
    out: list[tuple[int, int]] = []
    for start, end in sorted(normalized.to_original(start, end) for start, end in spans):
        end = min(end, kept)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        elif end > start:
            out.append((start, end))
    return out


def _cut_to_turns(entity: Entity, pieces: Sequence[tuple[int, int, int]]) -> Iterator[tuple[int, Entity]]:
    """(turn index, the piece of `entity` in that turn's offsets) for each turn it reaches, the turns read as one text
    where each starts at `start` and holds `length` characters: `pieces` = (turn index, start, length)."""
    for index, start, length in pieces:
        lo, hi = max(entity.start, start), min(entity.end, start + length)
        if lo < hi:
            yield index, Entity(lo - start, hi - start, entity.type, entity.score)


# A speaker's label in a transcript written as one text: "Клиент: …", "Оператор 2: …" (a line's or a sentence's start, or
# anywhere with its colon), or the bare word of an ASR transcript ("… оператор да клиент …").
_LABEL = re.compile(r"(?<![а-яёa-z\d])(" + SPEAKER_LABEL + r")(?:[ \t_]*(\d{1,2})(?=[ \t]*:))?(?![а-яёa-z\d_])[ \t]*(:?)[ \t]*",
                    re.IGNORECASE)


_CONTACT_CENTER = "contact center"  # the side of a labelled turn said by the contact center (`labelled_turns`)


def _speaker(label: re.Match) -> str:
    """The side a label says: the caller's, the contact center's, or for a numbered voice ("спикер 2") that voice
    itself, which is not the contact center's (lexicon.NEUTRAL_LABELS)."""
    word = label.group(1).lower()
    if word in NEUTRAL_LABELS:
        return f"{word} {label.group(2) or ''}".strip()
    return "caller" if word in CALLER_LABELS else _CONTACT_CENTER


# a time stamp opening a line ("12:00:01 ", "[10:15] ")
_CLOCK_STAMP = r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*+)?"
# A line's speaker as the layout shows it (lexicon.LINE_SPEAKER): at a line's start, a time stamp perhaps, then a short
# token and its colon — "BOT:", "USER:", "Бот:", "Caller:", "assistant:", "Сотрудник:", "12:00:01 bot:", "[10:15] Пётр:".
_LINE_LABEL = re.compile(r"^[ \t]*+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t,]*+)?(?:" + LINE_SPEAKER + r"|"
                         + _CLOCK_STAMP + r"(" + SPEAKER + r"[ \t]+[^\W\d_]{2,20}+)[ \t]*+:)[ \t]*+",
                         re.IGNORECASE | re.MULTILINE)


_TIMED_LINE = re.compile(r"\A[ \t]*+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t,]*+)?\[?\d{1,2}:\d{2}")


def _layout_labels(text: str) -> list[tuple[str, int, int]]:
    """(speaker, start, end) of each line's label when the text's layout is a transcript's: two lines at least open with
    a label, one label opens two lines at least (a speaker speaks again), and the lines have few labels between them —
    one for every two such lines at most, or two (a form's fields, "Имя: …", "Телефон: …", each once, are no speakers).
    Which words the labels are does not matter: a speaker is read off the layout, not off a list (red team bb13 02). A
    label of the lexicon says its side (`_speaker`); any other is a speaker of its own, neither the caller's nor the
    contact center's — read the caller's way (fail closed). A log whose every line is timed may have two lines of two
    voices: a form does not time its fields (red team bb14, 15)."""
    found = []
    timed = 0  # lines whose label follows a time stamp: a log's lines, which no form's fields are
    for line in _LINE_LABEL.finditer(text):
        timed += bool(_TIMED_LINE.match(line.group(0)))
        label = line.group(1) or line.group(2)  # a label of the lexicon with a name after it: "Оператор Виолетта:"
        word = " ".join(label.lower().replace("ё", "е").split())
        known = _LABEL.fullmatch(label + ":") or line.group(2) and _LABEL.match(label)
        side = _speaker(known) if known else _CONTACT_CENTER if word in CONTACT_CENTER_LABELS else word
        found.append((side, line.start(), line.end()))
    if len(found) < 2:
        return []
    counts: dict[str, int] = {}
    for speaker, _, _ in found:
        counts[speaker] = counts.get(speaker, 0) + 1
    if timed == len(found) and len(counts) <= 2:
        return found  # "12:00:01 [BOT] Назовите фамилию\n12:00:05 [CLIENT] Лебедь": a timed log of two voices
    if max(counts.values()) < 2 or len(counts) > max(2, len(found) // 2):
        return []
    return found


def labelled_turns(text: str) -> list[tuple[str, int, int]]:
    """(speaker, start, end) of each turn of `text`, when it is a transcript with two labelled turns at least: turns
    opened by the labels of its layout (`_layout_labels`: "BOT:" / "USER:" at the lines' starts) and by labels of the
    lexicon with a colon anywhere ("Клиент: 916… Оператор: Да."); without two of those, by bare label words when both
    the caller's and the contact center's are there — the words before the first label then said by the other speaker
    than that label's."""
    # a numbered voice is a label with its colon only ("спикер 2:"); the bare word is talk ("спикер думы")
    labels = [label for label in _LABEL.finditer(text) if label.group(3) or label.group(1).lower() not in NEUTRAL_LABELS]
    layout = _layout_labels(text)
    if layout:
        lines = [(start, end) for _, start, end in layout]
        inside = [(_speaker(label), label.start(), label.end()) for label in labels if label.group(3)
                  and not any(start <= label.start() < end for start, end in lines)]
        marks = sorted(layout + inside, key=lambda mark: mark[1])
        return [(speaker, end, following[1] if following else len(text))
                for (speaker, _, end), following in zip(marks, [*marks[1:], None])]
    if len(labels) < 2:
        return []
    with_colon = [label for label in labels if label.group(3)]
    if len(with_colon) >= 2:
        labels = with_colon
    elif len({_speaker(label) for label in labels}) < 2:
        return []
    turns = [(_speaker(label), label.end(), following.start() if following else len(text))
             for label, following in zip(labels, [*labels[1:], None])]
    if labels is not with_colon and text[:labels[0].start()].strip():
        first = _speaker(labels[0])
        turns.insert(0, ("caller" if first != "caller" else _CONTACT_CENTER, 0, labels[0].start()))
    return turns


# What a question asks for: each kind's own words of asking (`Kind.asking_words`: "ваша фамилия", "кем выдан", "срок
# действия", a secret's or a device's cue, a number's cue stems), in the registry's order.
_ASKING: tuple[tuple[str, re.Pattern], ...] = tuple(
    (kind.entity, re.compile(r"(?<![а-яёa-z])(?:" + kind.asking_words() + ")", re.IGNORECASE))
    for kind in KINDS if kind.asking_words())
# A kind's own reading of words of asking that name something else ("код региона"): Kind.names_something_else.
_NAMES_SOMETHING_ELSE = {kind.entity: kind.names_something_else for kind in KINDS if kind.names_something_else}

# A turn asking for a value names it: a kind's words of asking, or a number's, a date's, an amount's word
# (lexicon.OTHER_VALUE_WORDS), or "номер" ("назовите кодовое слово", "дата рождения", "номер").
_NAMES_A_VALUE = re.compile(r"(?<![а-яёa-z])(?:" + OTHER_VALUE_WORDS + r"|номер)|"
                            + "|".join(words.pattern for _, words in _ASKING), re.IGNORECASE)


def asked_kind(question: str) -> str | None:
    """The kind of personal data `question` asks for: the kind whose words of asking come first in it (the longer
    words at one place: "номер телефона", "дата выдачи"); None when it names none ("номер", "сумма")."""
    found = [(words.start(), words.start() - words.end(), order, entity)
             for order, (entity, pattern) in enumerate(_ASKING) for words in [pattern.search(question)] if words
             if not (entity in _NAMES_SOMETHING_ELSE
                     and _NAMES_SOMETHING_ELSE[entity](question, words.start(), words.end()))]
    return min(found)[3] if found else None


# The turns of the one answering read as answering one question ("тула" / "улица" / "советская"; "пятое мая" / "год" /
# "семьдесят седьмой"): a few, then the question is taken as answered — unless the turns go on dictating its value.
_ANSWER_TURNS = 3


def answers(turns: Sequence[Turn]) -> Iterator[tuple[int, int]]:
    """(question, answer) indices: the turns of another speaker after a turn that names a value (`_NAMES_A_VALUE`): up
    to `_ANSWER_TURNS` of them, and beyond, every turn that goes on dictating the value (a value said in groups or
    letters is one value: "назовите снилс" / "сто двадцать три" / "да" / "четыреста пятьдесят шесть" / … / "и
    контрольное" / "шестьдесят четыре"; `value_pieces`) until the one answering says something else. What comes between
    does not part them: back-channels and stalls of either speaker (`waits`: "сейчас вспомню" / "хорошо" / "ромашка"),
    the asker's echo of a piece (`echoed`), and the asker's short prompt naming no other value ("назовите дату
    рождения" / "пятое мая" / "год" / "семьдесят седьмой"); a prompt that names a value is the next question ("улица" /
    "советская"). Both readings of the call's echoes (`readings_of_echoes`) give their pairs, each pair once."""
    pieces = value_pieces(turns)
    given: set[tuple[int, int]] = set()
    for echoes in readings_of_echoes(turns):
        for pair in _answers(turns, echoes, pieces):
            if pair not in given:
                given.add(pair)
                yield pair


def _answers(turns: Sequence[Turn], echoes: Mapping[int, int],
             pieces: dict[int, tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """`answers` under one reading of the call's echoes."""
    question: int | None = None
    answered = 0
    dictating: bool | None = None  # None: no piece of the value yet; True: under way; False: the answer moved on
    for index, (who, text) in enumerate(turns):
        if waits(text) and index not in pieces or index in echoes and question is not None:
            continue  # a letter among letters ("и", "а") is a piece, not a back-channel; an echo stays an echo
        if question is not None and who != turns[question][0]:
            if index in pieces and dictating is not False and (dictating or answered < _ANSWER_TURNS):
                yield question, index
                dictating = True
            elif answered < _ANSWER_TURNS:
                yield question, index
                answered += 1
                dictating = False if dictating else dictating
            continue
        if question is not None and is_prompt(text) and not _NAMES_A_VALUE.search(text):
            continue
        question, answered, dictating = (index if _NAMES_A_VALUE.search(text) else None), 0, None


def _one_letter(text: str) -> bool:
    """A turn that is one letter: its name ("вэ", "и", "дабл ю", "эн") or the letter or digit written alone."""
    word = " ".join(_ANSWER_WORD.findall(text.lower())).strip(".-")
    return word in LETTER_NAMES or word in LATIN_LETTER_NAMES or len(word) == 1 and word.isalnum()


def value_pieces(turns: Sequence[Turn]) -> dict[int, tuple[int, int]]:
    """{turn: (start, end) of the piece of a value it is}: a turn that is only a value (`answer_value`), or one letter
    in a run of one-letter turns of its speaker (a login dictated a letter a turn: "и" / "вэ" / "а" / "эн" — "и", "а"
    are back-channels alone, letters among letters); the other speaker's turns between that only wait are skipped."""
    letters = [index for index, (_, text) in enumerate(turns) if _one_letter(text)]
    spelled: set[int] = set()
    for before, after in zip(letters, letters[1:]):
        if turns[before][0] == turns[after][0] and all(
                turns[between][0] != turns[before][0] and waits(turns[between][1]) for between in range(before + 1, after)):
            spelled.update((before, after))
    found: dict[int, tuple[int, int]] = {}
    for index, (_, text) in enumerate(turns):
        if index in spelled:
            kept = _TRAILING.search(text).start()
            found[index] = (len(text[:kept]) - len(text[:kept].lstrip()), kept)
        elif not waits(text):
            span = answer_value(text)
            if span is not None:
                found[index] = span
    return found


# An answer that is only its value: a few words ("воробей", "ну волк", "отделом уфмс по району хамовники", "пятьдесят
# шесть семьдесят восемь"), each a number or a word that may name something — not a verb, an adverb, a pronoun or a
# particle ("сейчас вспомню", "не знаю", "а зачем вам", "нет": no value), prepositions and conjunctions between.
_VALUE_WORDS = 8
_ANSWER_WORD = re.compile(r"[^\s,;:!?…()«»\".]++(?:\.++[^\s,;:!?…()«»\".]++)*+")  # a word's own dots inside only
_JOINING_POS = frozenset({"PREP", "CONJ"})
_NAMING_POS = frozenset({"NOUN", "ADJF"})
_GREETS = re.compile(GREETING, re.IGNORECASE)  # "добрый день": no answer
_TAKES_LEAVE = _only(HESITATION + "|" + BACK_CHANNEL_WORDS + "|" + LEAVE_TAKING)  # "до свидания", "спасибо большое"


def _joins(word: str) -> bool:
    """A preposition or conjunction between a value's words, or a piece's label between its pieces ("потом", "вторая
    буква": lexicon.PIECE_LABEL_WORD, red team bb20 05)."""
    if places_a_piece(word.lower()):
        return True
    found = parses(word.strip(".-"))
    return bool(found) and all(str(parse.tag.POS) in _JOINING_POS for parse in found)


def _may_be_a_value(word: str) -> bool:
    """A digit, a Latin letter, a letter's name ("ка", "ха", "эм": a plate or a login spelled), or a word with a reading
    as a noun or a full adjective ("воробей", "советская"; not "конечно", "нужен", "вспомню"); a word pymorphy does not
    know is one (fail closed)."""
    if any(ch.isdigit() or "a" <= ch.lower() <= "z" for ch in word) or word.lower() in SPELLED_LETTER_WORDS:
        return True
    found = parses(word.strip(".-"))
    return not found or any(str(parse.tag.POS) in _NAMING_POS and "Apro" not in parse.tag or "UNKN" in parse.tag
                            for parse in found)  # "какое", "этот": a pronoun's adjective names nothing




def answer_value(text: str) -> tuple[int, int] | None:
    """(start, end) in `text` of the value an answer turn is, when the turn is only its value (fillers and stalls at
    its edges aside); None for a turn saying something else ("да", "нет", "сейчас вспомню", a sentence). An answer
    telling its value by likeness ("ну как весна", "как птица сокол": red team bb14, 14) opens with the PERSON kind's
    word of likeness (`person.told_by_likeness`); the words after it are the value."""
    normalized = normalize(text)
    if _TAKES_LEAVE.fullmatch(normalized.text) is not None:
        return None  # a leave-taking or a thanks only: no value ("клиент: до свидания" after "почту назовите")
    words = list(_ANSWER_WORD.finditer(normalized.text))
    while words and (waits(words[0].group()) or _joins(words[0].group()) or told_by_likeness(words[0].group())):
        words.pop(0)
    while words and (waits(words[-1].group()) or _joins(words[-1].group())) and not (
            len(words) > 1 and words[-1].group().lower() in SPELLED_LETTER_WORDS and places_a_piece(words[-2].group().lower())):
        words.pop()  # (a letter behind its piece's label is the word's last letter: "… восьмая а")
    # a word spelled a letter's name at a time, its pieces' labels between, is one value however many letters it has
    counted = [word for word in words if not _joins(word.group()) and word.group().lower() not in SPELLED_LETTER_WORDS]
    if not words or len(counted) + (len(counted) < len(words)) > _VALUE_WORDS \
            or _GREETS.match(normalized.text, words[0].start()):
        return None
    if not all(_may_be_a_value(word.group()) or _joins(word.group()) for word in words):
        return None
    return normalized.to_original(words[0].start(), words[-1].end())


# A number in a question counting what is asked for ("последние четыре цифры паспорта"): no value dictated.
_A_COUNT = re.compile(r"(?<!\d)\d++(?=[ \t]+(?:[а-яё]+[ \t]+)?(?:цифр|знак|символ|букв)[а-яё]*(?![а-яё]))", re.IGNORECASE)


def _dictates(text: str) -> bool:
    """Does `text` say a number besides a count of what it asks for?"""
    return _A_DIGIT.search(_A_COUNT.sub(" ", normalize(text).text)) is not None


# Below every recognizer's score: the kind asked for types only what nothing else found (`where_nothing_is`: "код
# подразделения в паспорте" / "617-073" stays a department's code).
_ASKED_SCORE = 0.3


def asked_values(turns: Sequence[Turn]) -> list[tuple[int, Entity]]:
    """(answer's turn index, entity in its offsets) for each answer (`answers`) that is only a value (`answer_value`)
    to a question asking for a kind (`asked_kind`): the value typed as that kind ("ваша фамилия" / "воробей", "назовите
    имей" / "…" / "подождите, продолжайте" / "пять шесть четыре …"). An answer naming another kind's word is talk
    about a value ("ваша фамилия" / "а паспорт нужен", "номер полиса"), not the value; a turn holding a number is
    dictation, not a question ("паспорт сорок пять ноль пять" / "номер"). In a call with the contact center's speaker
    only its turns ask: a caller saying "хочу сменить фамилию" asks the operator for nothing. The kind's own words in the
    answer are part of its value ("адрес доставки" / "люберцы улица кирова"; red team bb9 23)."""
    out: list[tuple[int, Entity]] = []
    askers = any(is_contact_center(who) for who, _ in turns)
    pieces = value_pieces(turns)
    for question, answer in answers(turns):
        asked = question_tail(turns[question][1])
        kind = asked_kind(asked) or _followed_up_kind(turns, question)
        if kind is None or _dictates(asked) or askers and not is_contact_center(turns[question][0]):
            continue
        if _NAMES_A_VALUE.search(turns[answer][1]) and asked_kind(turns[answer][1]) != kind:
            continue  # another value's word; the kind's own ("адрес доставки" / "люберцы улица кирова") is the value's
        span = pieces.get(answer)
        if span is not None:
            out.append((answer, Entity(span[0], span[1], kind, _ASKED_SCORE)))
    return out


# A follow-up asking for the rest of a value asked just before names its part only ("назовите серию и номер паспорта" /
# series / "так, а номер?", "записала. номер?": red team bb24 f04): a few words naming no kind, no number, asked by the
# side that asked for the kind a few turns before, no other value asked between — the value asked is still that kind's.
_FOLLOW_UP_WORDS = 5
_FOLLOW_UP_REACH = 6


def _followed_up_kind(turns: Sequence[Turn], question: int) -> str | None:
    """The kind an earlier question of the same side asked for, when turn `question` only follows it up (see above)."""
    text = turns[question][1]
    if len(_WORD.findall(text)) > _FOLLOW_UP_WORDS or _dictates(text):
        return None
    side = side_of(turns[question][0])
    for earlier in range(question - 1, max(-1, question - 1 - _FOLLOW_UP_REACH), -1):
        who, said = turns[earlier]
        if side_of(who) != side or not _NAMES_A_VALUE.search(said):
            continue
        return asked_kind(question_tail(said))  # the nearest question of the side: its kind, or none asked
    return None


# How much of a question is read with its answer: its end, where the value it asks for is named (a long turn's start is
# another matter, and reading it again costs the engine's time).
_QUESTION_TAIL = 160


def question_tail(text: str) -> str:
    """The end of a question turn, from a word's start: what `answers`' answer is read with."""
    if len(text) <= _QUESTION_TAIL:
        return text
    cut = text.find(" ", len(text) - _QUESTION_TAIL)
    return text[cut + 1:] if cut != -1 else text[-_QUESTION_TAIL:]


# The labels a call's turns are written with when read as one transcript: the contact center's and the caller's.
_TRANSCRIPT_LABELS = {True: "Оператор: ", False: "Клиент: "}


def as_transcript(turns: Sequence[Turn]) -> tuple[str, list[int]]:
    """The turns of a call written as one labelled transcript, each on its line after its speaker's label — the text
    `guard redact` reads when a call is pasted whole — and where each turn's text starts in it. A speaker not of the
    contact center (the caller, or one unnamed) is labelled the caller's: their turns are read the stricter way."""
    parts, starts, at = [], [], 0
    for speaker, text in turns:
        label = _TRANSCRIPT_LABELS[is_contact_center(speaker)]
        starts.append(at + len(label))
        parts.append(label + text)
        at += len(label) + len(text) + 1
    return "\n".join(parts), starts


def in_turns(turns: Sequence[Turn], starts: list[int], entities: list[Entity]) -> list[list[Entity]]:
    """The entities found in `as_transcript`'s text, cut to each turn's text and in its offsets (a span over a label or
    a line break gives a piece in every turn it reaches; the label itself is no turn's)."""
    found: list[list[Entity]] = [[] for _ in turns]
    pieces = [(index, start, len(text)) for index, ((_, text), start) in enumerate(zip(turns, starts))]
    for entity in entities:
        for index, piece in _cut_to_turns(entity, pieces):
            found[index].append(piece)
    return found


def asked_in_labelled_turns(text: str) -> list[Entity]:
    """`asked_values` over the labelled turns of one text, in that text's offsets."""
    turns = labelled_turns(text)
    found = asked_values([(speaker, text[start:end]) for speaker, start, end in turns]) if turns else []
    return [Entity(turns[index][1] + e.start, turns[index][1] + e.end, e.type, e.score) for index, e in found]


def where_nothing_is(asked: list[Entity], found: list[Entity], text: str | None = None) -> list[Entity]:
    """The values read as the kind asked for that no entity of `found` touches: where the answer's own reading found
    something, it understood the answer ("29 54 20 65 срок 08 27": a card and its expiry, not one value), and stands.
    With the `text` the spans are in, what that reading left of a value and says a number is masked too, as the kind
    asked for ("ка семьсот сорок два эм ха" read "эм" a name: the plate's digits are still the plate's; red team bb8 06),
    and so is what holds a letter of a word spelled (`_holds_a_letter`)."""
    spans = sorted((entity.start, entity.end) for entity in found)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the furthest end among the spans up to each
    kept = []
    for entity in asked:
        before = bisect_left(starts, entity.end)  # the spans starting before the value ends
        if before == 0 or reach[before - 1] <= entity.start:
            kept.append(entity)
        elif text is not None:
            kept += [Entity(start + len(text[start:end]) - len(text[start:end].lstrip()),
                            start + len(text[start:end].rstrip()), entity.type, entity.score)
                     for start, end in _left_of(entity, spans)
                     if _holds_a_number(text[start:end]) or _holds_a_letter(text[start:end])]
    return kept


def _holds_a_letter(text: str) -> bool:
    """A letter or a letter's name among the words: a piece of a word the answer spells ("ка потом у потом зэ" read
    "эм" a name: the other letters are still the name's; red team bb20, 05)."""
    return any(word in SPELLED_LETTER_WORDS or len(word) == 1 and word.isalpha()
               for word in re.findall(r"[^\W\d_]+", text.lower()))


def _left_of(entity: Entity, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The stretches of `entity` no span of `spans` (sorted) covers."""
    at = entity.start
    for start, end in spans:
        if end <= at or start >= entity.end:
            continue
        if start > at:
            yield at, start
        at = max(at, end)
    if at < entity.end:
        yield at, entity.end


def across_labelled_turns(text: str, analyze: Callable[[str], list[Entity]]) -> list[Entity]:
    """`across_turns` over the labelled turns of one text, in that text's offsets."""
    turns = labelled_turns(text)
    if not turns:
        return []
    said = [(speaker, text[start:end]) for speaker, start, end in turns]
    found = across_turns(said, analyze)
    return [Entity(turns[index][1] + e.start, turns[index][1] + e.end, e.type, e.score) for index, e in found]


# The name right after a self-introduction's frame, and the word after it (a surname or patronymic there makes it a full
# name, masked): "меня зовут Ольга, слушаю", "оператор № 2388, Софья", "с вами была алина всего доброго".
_OWN_NAME = re.compile(r"(?<![а-яёa-z\d])" + SELF_INTRODUCTION + r"[ \t,:—–-]+(?P<name>[а-яё]+)(?![\w-])(?:[ \t,—–-]+(?P<following>[а-яё]+))?",
                       re.IGNORECASE)
_GREETED_NAME = re.compile(r"\A[\s\W]*+" + GREETING + r"[\s,!.—–-]+(?P<name>[а-яё]+)[\s,!.—–-]+(?=" + OFFER_OF_HELP + r"(?![а-яё]))",
                           re.IGNORECASE)

# A greeting's name is the speaker's own only when the speaker's words about themselves agree with it: "Здравствуйте,
# Наталья, чем могу быть полезна?" — the operator's; "Здравствуйте, Пётр, чем могу помочь?" or "здравствуйте егор
# слушаю вас" may as well greet the caller by name (an outbound call, a caller already known), so it stays masked
# (red team bb7, 17). The self-forms: the speaker's short adjectives ("полезна", "рад", "готова").
_SELF_FORM = re.compile(r"(?<![а-яё])(?:полезна|полезен|полезный|рада?|готова?)(?![а-яё])", re.IGNORECASE)


def _adjective_gender(word: str) -> str | None:
    """The gender of `word`'s first reading as an adjective, short or full ("рада" femn, "полезен" masc)."""
    return next((parse.tag.gender for parse in parses(word) if parse.tag.POS in ("ADJS", "ADJF")), None)


def _speaker_agrees_with(name: str, turn: str) -> bool:
    """The turn's self-forms ("полезна", "рад") name the speaker's gender — one gender — and it is the first name's."""
    said = {_adjective_gender(found.group().lower()) for found in _SELF_FORM.finditer(turn)}
    named = {parse.tag.gender for parse in parses(name) if "Name" in parse.tag}
    return len(said) == 1 and said == named


# From a name's end: "Это Ольга?". Starts only at a run's first blank (else every suffix of a run is scanned: quadratic).
_ASKED = re.compile(r"(?<![ \t])[ \t]*\?")


def is_contact_center(speaker: Hashable) -> bool:
    """A speaker of the contact center: "operator" (guard batch), a label not the caller's ("Оператор", "специалист")."""
    if not isinstance(speaker, str):
        return False
    word = speaker.strip().lower()
    return word in CONTACT_CENTER_LABELS or word == _CONTACT_CENTER or (re.fullmatch(SPEAKER_LABEL, word) is not None
                                               and word not in CALLER_LABELS and word not in NEUTRAL_LABELS)


def operators_own_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each lone first name an operator gives as their own in `text`, one turn the contact center says."""
    normalized = normalize(text)
    found = []
    greeted = _GREETED_NAME.match(normalized.text)
    if greeted and not _speaker_agrees_with(greeted["name"], normalized.text):
        greeted = None
    for match in [*_OWN_NAME.finditer(normalized.text), *([greeted] if greeted else [])]:
        name, following = match["name"], match.groupdict().get("following")
        if not only_a_first_name(name) or (following is not None and may_be_a_name_part(following)):
            continue
        if _ASKED.match(normalized.text, match.end("name")):  # "Это Ольга?": the operator asks who is on the line
            continue
        start, end = normalized.to_original(*match.span("name"))
        if _folded(text[start:end]) == _folded(name):  # the name as written, not a spoken number's reach
            found.append((start, end))
    return found


def _folded(word: str) -> str:
    return word.casefold().replace("ё", "е")


def without_operators_name(text: str, entities: list[Entity], speaker: Hashable = None) -> list[Entity]:
    """`entities` less a PERSON span that is exactly the operator's own first name: in `text` said by `speaker`, or
    with no speaker given, in the contact center's labelled turns of a transcript written as one text."""
    if not any(entity.type == "PERSON" for entity in entities):
        return entities
    if speaker is not None:
        own = operators_own_names(text) if is_contact_center(speaker) else []
    else:
        own = [(start + name_start, start + name_end)
               for who, start, end in labelled_turns(text) if who == _CONTACT_CENTER
               for name_start, name_end in operators_own_names(text[start:end])]
    if not own:
        return entities
    spans = set(own)
    return [entity for entity in entities if entity.type != "PERSON" or (entity.start, entity.end) not in spans]


# --- a word value the speaker takes back and says again ------------------------------------------------------------
# After a value in words, the words of self-correction (normalize.TAKING_BACK: "а нет", "ой", "простите", "вернее"),
# perhaps the wrong value named again ("не соколова а"), then the value meant: "вера соколова а нет простите
# соколовская", "нет простите не Соколова а Соколовская" (red team bb15 02). The numbers' corrections are read where the
# digits are normalized (normalize_corrections); this is the words' reading, one for every kind.
_BLANKS = re.compile(r"[\s,.;:!?…—–-]*+")
_NOT_THE_WRONG_ONE = re.compile(r"не[ \t]++(?:[^\W\d_]++[ \t,]++){1,3}?(?:а|но)[ \t,]++", re.IGNORECASE)
_BUT = re.compile(r"(?<![ \t,])[ \t,]*+(?:а|но)[ \t,]++", re.IGNORECASE)  # from a run of blanks' start only: linear
_NOT_BEFORE = re.compile(r"(?<![^\W\d_])не[ \t]++$", re.IGNORECASE)
_SAID_WORD = re.compile(r"[^\W\d_]++(?:-[^\W\d_]++)?")


def corrected_values(text: str, found: Sequence[Entity]) -> list[Entity]:
    """The value a speaker says instead of a value in words they take back, typed as the value taken back: as many words
    as it had (three at most), each one that may name something (`_may_be_a_value`: a noun, a full adjective, a word
    pymorphy does not know — "соколовская" reads as an adjective) and mends a word of the value taken back (its first
    four letters) or is of the value's sort itself: a name's part for a name, a proper noun or a word pymorphy does not
    know for another kind ("город самара ой нет извините тольятти"). A value holding a number, in digits or in words,
    is the normalizer's (normalize_corrections)."""
    out: list[Entity] = []
    for entity in found:
        # the words taking the value back are asked first: a few anchored matches, where normalizing the value (the
        # number test below) reads it whole, and most values are taken back by nothing (the same answer either way)
        at = _BLANKS.match(text, entity.end).end()
        taken_back = TAKING_BACK.match(text, at)
        if taken_back is not None:
            at = _BLANKS.match(text, taken_back.end()).end()
            wrong = _NOT_THE_WRONG_ONE.match(text, at)
            at = wrong.end() if wrong else at
        elif _NOT_BEFORE.search(text, max(0, entity.start - 8), entity.start) and _BUT.match(text, entity.end):
            at = _BUT.match(text, entity.end).end()  # "не Соколова а Соколовская"
        else:
            continue
        value = text[entity.start:entity.end]
        if _holds_a_number(value):
            continue  # a number said in words too ("код три ноль два стоп код не называйте"): the normalizer's
        words = []
        for word in islice(_SAID_WORD.finditer(text, at), min(3, max(1, len(_SAID_WORD.findall(value))))):
            between = text[words[-1].end() if words else at:word.start()]
            if between.strip(" \t,") or waits(word.group()) or _joins(word.group()) or not _may_be_a_value(word.group()):
                break
            if len(word.group()) < 3 or not (_same_stem(word.group(), value) or (
                    may_be_a_name_part(word.group()) if entity.type == "PERSON" else _proper(word.group()))):
                break  # "анна простите тариф какой", "апельсин ой нет это старое": talk, no value said again
            words.append(word)
        if words:
            out.append(Entity(words[0].start(), words[-1].end(), entity.type, entity.score))
    return out


_TAKEN_BACK_REACH = 48  # characters of the words of self-correction before a value said instead


def _opens_its_turn(text: str, start: int) -> bool:
    """Is the word at `start` the first of its line, after the line's speaker label (or none)?"""
    line = text.rfind("\n", 0, start) + 1
    label = _LINE_LABEL.match(text, line)
    return not text[label.end() if label else line:start].strip()


def values_taken_back(text: str, found: Sequence[Entity]) -> list[Entity]:
    """`corrected_values` the other way round: the value a speaker takes back, right before the words of
    self-correction, when the value said instead is the one found — typed as it, as many words as it has (three at
    most), each one that may name something and mends a word of it (its first four letters) or is of its sort, as
    `corrected_values` reads them: "к ольге медведь ой ольге медведевой" (names_v53: a woman's surname said as the noun,
    then declined) masks "ольге медведь" as the name, "симфония брукнера ой малера" "брукнера". A turn's first word
    only where it mends one: a turn opens with its greeting ("абонент: хелло сорри май …": hello, sorry)."""
    out: list[Entity] = []
    for entity in found:
        marker = next((m for m in TAKING_BACK.finditer(text, max(0, entity.start - _TAKEN_BACK_REACH), entity.start)
                       if _BLANKS.match(text, m.end()).end() == entity.start), None)
        value = text[entity.start:entity.end]
        if marker is None or _holds_a_number(value):
            continue  # a number said in words too: the normalizer's (normalize_corrections)
        # a name's own words are what a correction mends: not a word a span took in at its edge ("соль минор ой
        # до-диез минор рахманинова": "минор" is no name's)
        mended = " ".join(word for word in _SAID_WORD.findall(value) if entity.type != "PERSON" or may_be_a_name_part(word))
        before = list(_SAID_WORD.finditer(text, max(0, marker.start() - _TAKEN_BACK_REACH), marker.start()))
        words = []
        for word in reversed(before[-min(3, max(1, len(_SAID_WORD.findall(value)))):]):
            between = text[word.end():words[-1].start() if words else marker.start()]
            if between.strip(" \t,") or waits(word.group()) or _joins(word.group()) or not _may_be_a_value(word.group()):
                break
            if len(word.group()) < 3 or not (_same_stem(word.group(), mended) or (
                    not _opens_its_turn(text, word.start())
                    and (may_be_a_name_part(word.group()) if entity.type == "PERSON" else _proper(word.group())))):
                break
            words.append(word)
        if words:
            out.append(Entity(words[-1].start(), words[0].end(), entity.type, entity.score))
    return out


def _same_stem(word: str, value: str) -> bool:
    """Does `word` open with the first four letters of a word of `value` ("соколовская" of "вера соколова")?"""
    head = _folded(word)[:4]
    return len(head) == 4 and any(_folded(said).startswith(head) for said in _SAID_WORD.findall(value))


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def _proper(word: str) -> bool:
    """A proper noun's reading (a place, a brand, a name) or no reading pymorphy knows ("тольятти", "кинетик")."""
    found = parses(word)
    return not found or any("UNKN" in parse.tag or _PROPER & set(parse.tag.grammemes) for parse in found)
