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
from guard.disclosure.personal import VALUE_CUES, counts_something
from guard.disclosure.text import Utterance
from guard.normalize import number_word_value
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
        if words[at] in _JUDGING or words[at] in _NEARLY:
            judging = judging or words[at] not in {"ну", "и", "вот", "так"}
            at += 1
        elif skip := filler_length(words, at):
            at += skip
        else:
            break
    if at == len(words):
        return (tokens[0].start, tokens[-1].end) if judging else None
    # More than a yes or no: the guess judged by comparison or correction (red team bb16, 09 and 21)
    if _compares_with_the_guess(offer, utterance, opened=judging, rest=len(words) - at):
        return tokens[0].start, tokens[-1].end
    return None


def _compares_with_the_guess(offer: Utterance, utterance: Utterance, opened: bool, rest: int) -> bool:
    """The operator's line answers the caller's guess by setting the value against it, not by naming it (red team
    bb16, 09 and 21) — it tells what the guess concerned as surely as a yes or no:
    - a correction "не X, а Y" of one word each ("там не семь, а восемь", "не petr, а petya");
    - a part of the value judged right or wrong ("день верный, а месяц …", "имя правильное");
    and, after an opening yes / no / nearly ("да", "нет", "почти", "тепло"):
    - a comparison with the guess: a comparative ("старше", "раньше", "на единицу больше"; not "больше не скажу"),
      a neighbour or successor ("соседняя улица", "месяц — следующий");
    - the guess said again in any form, in a short answer (up to 3 words past the opening: "нет, не Петров", "да,
      прописка московская" after "из Москвы?"; not "да, на Ленина работы, позже станет лучше").
    Not a refusal: a line whose "не" negates a verb ("нет, не могу сказать") compares nothing."""
    tokens = utterance.tokens
    forms = [token.form.lower() for token in tokens]
    for i, token in enumerate(tokens):  # "не X, а Y": X and Y one word each, neither a verb, a pronoun or a preposition
        if forms[i] == "не" and i + 3 < len(tokens) and forms[i + 2] == "а" \
                and "," in utterance.text[tokens[i + 1].end:tokens[i + 2].start] \
                and _a_value_word(tokens[i + 1]) and _a_value_word(tokens[i + 3]):
            return True
    for i, token in enumerate(tokens):  # a part of the value judged: "день верный", "верное имя"
        if token.info.lemmas & _PART_NOUNS:
            near = tokens[max(0, i - 1):i] + tokens[i + 1:i + 3]
            if any(other.info.lemmas & _RIGHT_WRONG for other in near):
                return True
    if not opened:
        return False
    for i, token in enumerate(tokens):
        before = forms[i - 1] if i else ""
        after = forms[i + 1] if i + 1 < len(forms) else ""
        if token.form.lower() in _COMPARING and before not in _NEGATING and after not in _NEGATING \
                and not any(t.info.top_grammemes & _VERBAL for t in tokens[max(0, i - 1):i + 2] if t is not token):
            return True  # not of a verb ("позже станет лучше", "перезвоните позже")
        if token.info.lemmas & _NEIGHBOURING:
            return True
    if any(forms[i] == "не" and i + 1 < len(tokens) and tokens[i + 1].info.top_grammemes & _VERBAL
           for i in range(len(tokens))):
        return False  # "нет, не могу сказать": a refusal
    if rest > 3:
        return False
    guessed = {_stem(token.form) for token in offer.tokens if _a_value(offer.text, offer, token)}
    guessed.discard("")
    return any(_stem(token.form) in guessed for token in tokens)


def _a_value_word(token) -> bool:
    """A word that may be a value or a piece of one (a number word, a Latin word, a noun or adjective, a letter), not
    a verb, a pronoun, a preposition or a conjunction: "не семь, а восемь", not "не я, а коллега", "не звонил, а писал"."""
    if number_word_value(token.form) is not None:
        return True  # "один", "ноль": a digit's word, whatever else the dictionary reads it as
    grammemes = token.info.top_grammemes
    return not grammemes & (_VERBAL | {"NPRO", "PREP", "CONJ", "PRCL", "Apro", "ADVB"})


def _stem(form: str) -> str:
    """A word's first letters, enough to tell its forms from other words ("москвы" / "московская", "петров")."""
    form = form.lower().replace("ё", "е")
    return form[:4] if len(form) >= 4 and form.isalpha() else ""


# Answers that judge by nearness ("почти", "тепло", "холодно"): a yes or no of degree.
_NEARLY = frozenset({"почти", "тепло", "теплее", "холодно", "холоднее", "горячо", "горячее", "близко", "рядом"})
# Comparatives that set the value against the guess ("старше вас", "чуть раньше", "на единицу больше").
_COMPARING = frozenset({"старше", "младше", "моложе", "раньше", "ранее", "позже", "позднее", "больше", "меньше",
                        "ближе", "дальше", "выше", "ниже", "длиннее", "короче"})
_NEGATING = frozenset({"не", "ничего", "нельзя", "никак"})
_NEIGHBOURING = frozenset({"соседний", "следующий", "предыдущий", "параллельный", "смежный"})
_PART_NOUNS = frozenset({"день", "число", "месяц", "год", "цифра", "буква", "имя", "отчество", "фамилия", "улица",
                         "дом", "квартира", "окончание", "начало", "серия", "домен", "логин"})
_RIGHT_WRONG = frozenset({"верный", "неверный", "правильный", "неправильный", "другой", "иной", "не тот"})
_VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "PRED"})


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
    if any(len(group.digits) >= 3 and not counts_something(line, group.end) for group in offer.digit_groups) \
            and any(token.info.lemmas & _DIGIT_WORDS for token in offer.tokens):
        return True  # a number's digits put up for judging ("последние цифры номера 4567?", "заканчивается на 4567?")
    if "?" in line and values and any(token.info.lemmas & _OWNER_WORDS for token in offer.tokens):
        return True  # a value of the owner's asked about ("хозяин номера из Москвы?", "владелец из Твери?")
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
    if "Geox" in token.info.top_grammemes or "Anum" in token.info.top_grammemes \
            or "NUMR" in token.info.top_grammemes or word[:1].isupper() and token.start > 0:
        return True  # a place ("из Москвы?"), a number said in words ("восьмидесятый?", "сорок"), a name capitalised
        # inside the line ("на Садовой?")
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
_DIGIT_WORDS = frozenset({"цифра", "начинаться", "заканчиваться", "оканчиваться"})
_OWNER_WORDS = frozenset({"владелец", "владелица", "хозяин", "хозяйка"})
_EDGE_VERBS = frozenset({"начинаться", "заканчиваться", "оканчиваться", "кончаться", "начало", "окончание", "конец"})
_EDGE_WORDS = _EDGE_VERBS | {"буква", "первый", "последний"}
_LONE_LETTER = re.compile(r"(?<![\w-])[^\W\d_](?![\w-])")
_TAGS = frozenset({"верно", "правильно", "да", "так", "точно", "угадал", "угадала"})  # a statement asked to be judged
