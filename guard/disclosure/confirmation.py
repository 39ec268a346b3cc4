"""003 (a caller guessing the number's data): the operator's yes or no to a value the caller offered for judging.

"Владелец номера Воробьёв?" — "Да, всё верно." The caller named a value and asked whether it is right; the operator's
answer tells the owner's data as surely as saying it would ("да" names the surname, "нет" rules one out). Whether the
guess was right does not enter the verdict: the answer is judged whatever the card holds, so the check is no oracle on
the hidden card (issue 10, item 1). Read on two lines only: the caller's last line and the operator's answer to it.

Not a guess judged: the operator's answer to the data the operator asked for (identification: "назовите фамилию
владельца" / "Воробьёв" / "спасибо, верно" — the proxy decides identification, and offline the exchange is the
process), and in a call whose caller passed primary identification.
"""
from __future__ import annotations

import re

from guard.dialogue import asked_kind
from guard.disclosure.personal import VALUE_CUES
from guard.disclosure.text import Utterance
from guard.recognizers.lexicon import LETTER_NAMES, MONTH_NAMES
from guard.recognizers.person import holds_surname, may_name_a_person
from guard.recognizers.cue_reach import filler_length

# Words that judge what was offered, as an answer of their own ("да", "верно", "нет, не совпадает", "первый вариант",
# "он самый"); a line made only of these (and fillers) judges the caller's guess.
_JUDGING = frozenset({
    "да", "ага", "угу", "ну", "верно", "правильно", "точно", "так", "именно", "конечно", "разумеется", "абсолютно",
    "совершенно", "всё", "все", "есть", "и", "вот", "нет", "неверно", "неправильно", "не", "совсем", "совпадает",
    "совпадают", "сходится", "подтверждаю", "подтверждается", "угадали", "угадал", "угадала", "он", "она", "самый",
    "самая", "тот", "та", "вариант", "первый", "второй", "последний", "ваша", "ваш", "правда",
})
# Verbs that judge a value against what was said, in a longer line ("фамилия совпадает с той, что вы назвали").
_MATCHING = frozenset({"совпадать", "сходиться", "подтверждать", "подтверждаться", "соответствовать"})
# What makes the caller's line an offer to be judged: a question, a tag ("правильно?", "верно?", "да?"), an
# alternative ("Воробьёв или Воронов"), or the particles of a guess said as a statement ("он же восьмидесятого года").
_OFFERING = frozenset({"правильно", "верно", "да", "или", "же", "ли", "угадал", "угадала", "точно"})


def judges_the_callers_guess(caller_line: str, utterance: Utterance, asked_before: str = "") -> tuple[int, int] | None:
    """The (start, end) characters of `utterance` (the operator's answer to `caller_line`) that judge a value the caller
    offered for judging, or None. `asked_before`: the operator's line before the caller's — a line asking for the
    kind of data (identification) makes the answer the process, not a guess judged."""
    if not caller_line or asked_before and asked_kind(asked_before) is not None:
        return None
    offer = Utterance(caller_line)
    if not _offers_a_value(caller_line, offer):
        return None
    tokens = utterance.tokens
    if not tokens:
        return None
    if any(not _MATCHING.isdisjoint(token.info.lemmas) for token in tokens):
        return tokens[0].start, tokens[-1].end
    words = [token.form.lower() for token in tokens]
    at, judging = 0, False
    while at < len(words):
        if words[at] in _JUDGING:
            judging = judging or words[at] not in {"ну", "и", "вот", "так"}
            at += 1
        elif skip := filler_length(words, at):
            at += skip
        else:
            return None
    return (tokens[0].start, tokens[-1].end) if judging else None


def _offers_a_value(line: str, offer: Utterance) -> bool:
    """The caller's line offers a value of the number's data for judging: a question (or a guess's particles) that
    names a kind of personal data (`dialogue.asked_kind`, the one reading of what a line asks for) and holds a value
    of it, or sets two values against each other ("Воробьёв или Воронов?")."""
    if "?" not in line and _OFFERING.isdisjoint(token.form.lower() for token in offer.tokens):
        return False
    values = [token for token in offer.tokens if _a_value(line, offer, token)]
    if not values and _names_a_letter(offer) and _LONE_LETTER.search(line):
        values = [offer.tokens[0]]  # a letter the words drop as a hesitation ("на М начинается?", "буква Э")
    tagged = bool(offer.tokens) and offer.tokens[-1].form.lower() in _TAGS  # "…, верно?", "…, да?"
    if tagged or asked_kind(line) is not None:
        return bool(values)
    if any(holds_surname(line[token.start:token.end]) for token in values):
        return True  # a surname in a question is put up for judging ("а записана Кузнецова?")
    ors = [i for i, token in enumerate(offer.tokens) if token.form.lower() == "или"]
    return any(any(v.start < offer.tokens[i].start for v in values) and any(v.start > offer.tokens[i].start
                                                                            for v in values) for i in ors)


def _a_value(line: str, offer: Utterance, token) -> bool:
    """A token that is a value, not a word about one: a number's (written or spoken: a name's length too, "из семи
    букв"), a word that may name a person, a month's name, a Latin word, or a piece of a value — a letter alone or by
    its name ("на К", "на букву ка"), what a value is said to begin or end with ("заканчивается на -ский"): a guess at
    a piece judged tells the piece (red team bb11, 15)."""
    if any(group.start <= token.start < group.end for group in offer.digit_groups):
        return True
    word = line[token.start:token.end]
    return (word.isascii() and word.isalpha() or not _MONTHS.isdisjoint(token.info.lemmas)
            or may_name_a_person(word) and token.info.lemmas.isdisjoint(VALUE_CUES)
            or (len(word) == 1 and word.isalpha() or token.form in LETTER_NAMES) and _names_a_letter(offer)
            or _told_as_an_edge(offer, token))


def _names_a_letter(offer: Utterance) -> bool:
    """The line speaks of letters or of a value's edge ("на букву ка", "начинается на эм"): a letter's name in it is a
    letter, not the conjunction or particle it also spells ("а", "и")."""
    return any(not token.info.lemmas.isdisjoint(_EDGE_WORDS) for token in offer.tokens)


def _told_as_an_edge(offer: Utterance, token) -> bool:
    """The token is what a value is said to begin or end with: after "на" in a line with a verb of beginning or ending
    ("фамилия заканчивается на -ский?", "на Кузн начинается?")."""
    tokens = offer.tokens
    at = tokens.index(token)
    return at > 0 and tokens[at - 1].form == "на" and any(not t.info.lemmas.isdisjoint(_EDGE_VERBS) for t in tokens)


_MONTHS = frozenset(name for names in MONTH_NAMES for name in names)
_EDGE_VERBS = frozenset({"начинаться", "заканчиваться", "оканчиваться", "кончаться", "начало", "окончание", "конец"})
_EDGE_WORDS = _EDGE_VERBS | {"буква", "первый", "последний"}
_LONE_LETTER = re.compile(r"(?<![\w-])[^\W\d_](?![\w-])")
_TAGS = frozenset({"верно", "правильно", "да", "так", "точно", "угадал", "угадала"})  # a statement asked to be judged
