"""SECRET: what a customer proves themselves with — the password of the personal account, a SIM's PIN and PUK codes, a
code word, the answer to a secret question, a one-time code from an SMS ("пароль от личного кабинета: ромашка12",
"PIN-код 4821, PUK 12345678", "кодовое слово — мамина девичья фамилия Зотова", "код из смс четыре семь ноль два").

Инструкция запретов, п. 24 forbids using the customer's login and password; a CRM note or a call that keeps them hands
them to every operator who reads it (red team bb4 F08, issue 15). Three ways a secret is given, one value reading:

- after its cue in the same turn (the account's name, "от личного кабинета", "от ЛК", a colon or dash, and a few
  filler words, "пароль кстати был …", "пин у меня …", between): the value is whatever comes — a word, a spelled word,
  digits said aloud (digits by now, guard/normalize.py), a Latin string — up to a boundary (`_value_span`);
- as the answer to the other speaker's turn that names the secret ("Назовите кодовое слово.\nКлиент: Ежевика",
  "смените пароль\nклиент: поменял на жук жук 2024"): the answer's first value, past words that name nothing;
- a one-time code said in the few lines after its cue ("мне пришла смс с кодом …\nКлиент: я продиктовала 7741"):
  every short digit run there (four to eight digits, no amount, date or time).

A code word is any word, so after the cue it is masked whatever it says (fail closed) — unless it is plainly no value
but the note's own words about the secret ("пароль не помнит", "кодовое слово сброшено", "PIN-код заблокирован",
"пароль вам придёт"): a word of those (or any word that names nothing in every reading, guard.morph.names_nothing),
with no digit and no Latin letter, right after the cue leaves the cue alone.
"""
from __future__ import annotations

import re

from guard.morph import names_nothing, parses
from guard.normalize import HESITATION
from guard.recognizers.base import ContextPatternRecognizer, Kind, make_result
from guard.recognizers.cue_reach import _FILLER
from guard.recognizers.packed_run import counts_something
from guard.recognizers.lexicon import (_PREPOSITION, BACK_CHANNEL_WORDS, CONTACT_CENTER_LABELS, LETTER_NAMES,
                                      NOBODYS_NUMBER_CUES, OTHER_VALUE_WORDS, SPOKEN_LATIN_LETTERS)

# The cues: a password (of the account, the app, the Wi-Fi the carrier set up), a code word, a secret question's answer.
WORD_CUES = (r"парол\w*|password|passwd|кодов\w*\s+слов\w*|секретн\w*\s+слов\w*|контрольн\w*\s+слов\w*"
             r"|ответ\w*\s+на\s+(?:контрольн|секретн)\w*\s+вопрос\w*|кодовое|код\s+доступа")
# A secret question's subject said before its answer: "девичья фамилия мамы Полозова", "кличка кота Барсик".
QUESTION_CUES = (r"(?:мамин\w*\s+|материн\w*\s+)?девичь\w*\s+фамили\w*(?:\s+(?:мам\w*|матер\w*))?"
                 r"|кличк\w*\s+(?:собак\w*|пс\w*|кот\w*|кошк\w*|питомц\w*)")
# A SIM's codes, written or said: "PIN-код", "ПИН", "пин код", "PUK2", "пак-код".
CODE_CUES = r"(?:pin|пин|puk|пук)[12]?(?:[\s\-]?код\w*)?|пак[12]?[\s\-]?код\w*"  # "Пак" alone is a surname
# A one-time code: from an SMS or a push, to confirm, from Gosuslugi, a 3-D Secure code.
ONE_TIME_CUES = (r"(?:смс|sms|пуш|push)[\s\-]*код\w*|код\w*\s+(?:из|в|по|с)\s+(?:смс|sms|сообщени\w*|пуш\w*)"
                 r"|(?:смс|sms|сообщени\w*)\s+с\s+код\w*|код\w*\s+(?:подтвержд\w*|от\s+госуслуг\w*|для\s+входа)"
                 r"|одноразов\w*\s+(?:код\w*|парол\w*)|3-?d\s?secure|3-?ds|3-?дс")
# What the secret is of: "от личного кабинета", "от ЛК", "к приложению", "для входа".
OF_WHAT_WORDS = (r"(?:личн\w+\s+кабинет\w*|лк|кабинет\w*|приложени\w*|входа|аккаунт\w*|учётн\w+\s+запис\w+"
                 r"|учетн\w+\s+запис\w+|сим\w*|sim|wi-?fi|вай-?фай\w*|роутер\w*|почты|госуслуг\w*|модем\w*)")
_OF_WHAT = r"(?:[ \t]+(?:(?:от|для|к|в)[ \t]+)?" + OF_WHAT_WORDS + r"(?![а-яёa-z]))?"
# Every cue, its group naming which: a one-time code before a password ("одноразовый пароль"), a SIM's code before a word.
_CUE = re.compile(r"(?<![а-яёa-z])(?:(?P<once>" + ONE_TIME_CUES + r")|(?P<code>" + CODE_CUES + r")|(?P<word>"
                  + WORD_CUES + r")|(?P<question>" + QUESTION_CUES + r"))(?![а-яёa-z])" + _OF_WHAT, re.IGNORECASE)
_MARK = re.compile(r"[ \t]*[:=—–\-]+[ \t]*|[ \t]+")
# a secret question's subject may be followed by a comma: "девичья фамилия мамы, Полозова"
_QUESTION_MARK = re.compile(r"[ \t]*[:=—–\-,]+[ \t]*|[ \t]+")
# A word that is no secret but the note's own words about it (a verb, a negation, a preposition, a state).
_NOT_A_VALUE = re.compile(
    r"(?:не|нет|ни|и|или|а|но|по|на|в|с|от|для|к|из|через|при|был\w*|есть|сброш\w*|сбросил\w*|сбросить|сменил\w*|смен\w*"
    r"|измен\w*|восстанов\w*|забыл\w*|забыт\w*|помн\w*|знает|знаю|знать|неверн\w*|неправильн\w*|верн\w*|правильн\w*"
    r"|заблок\w*|блок\w*|введ\w*|ввод\w*|вв[её]л\w*|выда\w*|отправ\w*|получ\w*|прид\w*|приш\w*|нужн\w*|нужен|требу\w*"
    r"|установ\w*|задан\w*|задал\w*|назвал\w*|назван\w*|называ\w*|сообщ\w*|подтвер\w*|совпад\w*|прос\w*|одноразов\w*"
    r"|временн\w*|нов\w*|стар\w*|свой|свои|своё|свое|его|её|ее|их|клиент\w*|абонент\w*|владел\w*|смс|sms|слово|код\w*|кабинет\w*"
    r"|лк|отсутств\w*|уточн\w*|проверен\w*|указан\w*|изменить|поменя\w*|менять|сменить)",
    re.IGNORECASE)
# What stands between a cue and its value and says nothing of it: a filler (cue_reach), "был", "кстати", "вроде".
_GAP = re.compile(r"(?:" + _FILLER + r"|был\w*|будет|кстати|вроде|наверн\w*|такой|такое|такая|у|меня|мне|же)",
                  re.IGNORECASE)
# What opens an answer before its value: the listener's words, hesitations, thanks.
_ANSWER_OPENING = re.compile(r"(?:" + BACK_CHANNEL_WORDS + "|" + HESITATION + r"|спасибо|спс|пожалуйста|ладно)",
                             re.IGNORECASE)
_PREPOSITION_WORD = re.compile(_PREPOSITION, re.IGNORECASE)
# An answer that names another value ("номер SIM-карты", "почту её привяжу") gives no secret.
_ANOTHER_VALUE = re.compile(r"(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES) + r"|номер|логин)",
                            re.IGNORECASE)
# A new value said for the old one: "я меняла на 1983", "поменял на …", "сменил его на …".
_CHANGED_TO = re.compile(r"(?<![а-яё])(?:по|с|из)?мен[яеи]\w*(?:[ \t]+(?:его|её|ее|пароль|пин\w*|код\w*|слово))?[ \t]+на"
                         r"(?![а-яё])", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
# Punctuation around a word, not of it; a comma, dot, semicolon, question mark or ellipsis after a value ends it.
_LEFT_EDGE = "\"'«»“”„([<"
_RIGHT_EDGE = "\"'«»“”)]>.,;:?!…"
_ENDS_VALUE = re.compile(r"[,.;:?!…]")
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_LATIN_OR_DIGIT = re.compile(r"[\dA-Za-z]")
_DIGITS_ONLY = re.compile(r"\d+(?:[\-]\d+)*")
_DATE_OR_TIME = re.compile(r"\d{1,2}[.:/]\d{2}(?:[.:/]\d{2,4})?")
# A line's speaker: "Клиент:", "[09:15] Оператор:", "Сотр.:", "Кл.:", a numbered voice "Спикер 2:" (its number says who).
_SPEAKER = re.compile(r"(?<![ \t])[ \t]*+(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*+)?([^\W\d_]{1,15}(?:[ \t]\d{1,2})?)\.?[ \t]*+:")
_ANSWER_LINES = 2  # how many lines after its question an answer may come ("мам какое слово\nкапуста говорит")
_CODE_LINES = 3  # how many lines after its cue a one-time code may be said
_MOST_WORDS = 5  # the longest value said in words ("ёжик в тумане", "барсик две тысячи десять")
_SHORTEST_CODE, _LONGEST_CODE = 4, 8
_CODE_RUN = re.compile(r"(?<![\d+A-Za-zА-Яа-яЁё\-])\d(?:[ \-]?\d)*(?![ \-]?\d)(?![A-Za-zА-Яа-яЁё])")
HINT = r"(?<![а-яёa-z])(?:" + ONE_TIME_CUES + "|" + WORD_CUES + "|" + QUESTION_CUES + "|" + CODE_CUES + r")"


def canonical(value: str) -> str:
    return value.strip()


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, ends_value) of each word in [start, end): its surrounding punctuation left out, and whether a
    mark after it ends a value."""
    out = []
    for token in _TOKEN.finditer(text, start, end):
        raw = token.group()
        core = raw.lstrip(_LEFT_EDGE).rstrip(_RIGHT_EDGE)
        if not core:
            if out and _ENDS_VALUE.search(raw):
                out[-1] = out[-1][:3] + (True,)
            continue
        left = token.start() + raw.index(core)
        right = left + len(core)
        # a password keeps its own marks ("Andr3y1988!"); a word's are the sentence's
        if _LATIN_OR_DIGIT.search(core) and raw[right - token.start():] in ("!", "!!", "#", "$"):
            right = token.end()
        out.append((left, right, text[left:right], bool(_ENDS_VALUE.search(raw[right - token.start():]))))
    return out


def _is_strong(word: str) -> bool:
    """A word no talk is made of: it holds a digit or a Latin letter (and is no date or time)."""
    return bool(_LATIN_OR_DIGIT.search(word)) and not _DATE_OR_TIME.fullmatch(word)


def _may_be_a_noun(word: str) -> bool:
    """Has `word` a noun's reading ("ромашка", "лютик"), or none at all (fail closed: an unknown word may be a value)?"""
    found = parses(word)
    return not found or any(str(p.tag.POS) == "NOUN" for p in found)


def _is_a_letter(word: str) -> bool:
    """A letter said by its name, Russian or English (эр, тэ, кью, дабл: lexicon.LETTER_NAMES, SPOKEN_LATIN_LETTERS):
    a spelled value's, no word of talk."""
    lower = word.lower()
    return lower in LETTER_NAMES or lower in SPOKEN_LATIN_LETTERS


def _names_something(word: str) -> bool:
    return not names_nothing(word) and not _ANSWER_OPENING.fullmatch(word) and not _GAP.fullmatch(word)


def _goes_on(word: str) -> bool:
    """Does a secret's value go on over this word? A digit or Latin string does ("qwerty 123", "Zx9 kLm"), and a word
    that names something ("ромашка лютик"); a joiner, the note's own words about the secret ("и", "клиент", "сменил"),
    a word that names nothing ("вроде", "говорит") and another value's word ("телефон", "паспорт") end it."""
    if _DATE_OR_TIME.fullmatch(word):
        return False  # "пароль qwerty 12.03.2020": the date is no part of it
    if _is_strong(word):
        return True
    return _names_something(word) and not _NOT_A_VALUE.fullmatch(word) and not _ANOTHER_VALUE.match(word) \
        and not _CUE.match(word)


def _value_span(text: str, words: list[tuple[int, int, str, bool]], first: int) -> tuple[int, int] | None:
    """The value that opens with words[first], to where a secret ends — one rule for every way a secret is given: the
    end of its clause (a punctuation mark after a word, the line's end: the turn), a word it does not go on over
    (`_goes_on`: a joiner, a word that names nothing, another value's word), or a word of talk with no noun's reading
    right after a digit or Latin string ("Lisa#2020 нормально?"; "qwerty ромашка" goes on). Prepositions go between words ("ёжик в тумане"); at most five words of
    the language ("барсик две тысячи десять"); digits, Latin strings and letters said by name ("кью дабл ю е эр ти")
    not counted. A number with a unit after it is an amount, no secret; a date or a time alone is no secret."""
    start, end, word, ends = words[first]
    if _DATE_OR_TIME.fullmatch(word):
        return None
    if _DIGITS_ONLY.fullmatch(word):
        i = first
        while not words[i][3] and i + 1 < len(words) and _DIGITS_ONLY.fullmatch(words[i + 1][2]):
            i += 1
        if counts_something(text, words[i][1]):
            return None  # "500 рублей": an amount, no code
    i, said = first, int(not _is_strong(word) and not _is_a_letter(word))
    while not words[i][3] and i + 1 < len(words):
        nxt = words[i + 1][2]
        counted = not _is_strong(nxt) and not _is_a_letter(nxt)
        if counted and _is_strong(words[i][2]) and not _may_be_a_noun(nxt):
            break  # "сменил на Lisa#2020 нормально?": talk goes on after a typed string; "qwerty ромашка" is one
        if (_is_a_letter(nxt) or _goes_on(nxt)) and (not counted or said < _MOST_WORDS):
            i, said = i + 1, said + int(counted)
        elif _PREPOSITION_WORD.fullmatch(nxt) and not words[i + 1][3] and i + 2 < len(words) \
                and _names_something(words[i + 2][2]) and _goes_on(words[i + 2][2]) and said + 2 <= _MOST_WORDS:
            i, said = i + 2, said + 2
        else:
            break
    if _DIGITS_ONLY.fullmatch(words[i][2]) and counts_something(text, words[i][1]):
        # "пароль qwerty 500 рублей списали": the amount is not the secret's
        while i > first and _DIGITS_ONLY.fullmatch(words[i][2]):
            i -= 1
    return start, words[i][1]


def _value_after_cue(text: str, pos: int, line_end: int, digits_only: bool = False,
                     mark: re.Pattern = _MARK) -> tuple[int, int] | None:
    """The value right after a cue ending at `pos`: past a mark and filler words ("пароль кстати был …"); none when the
    cue ends its clause ("пришла смс с кодом, а потом …") or the first word after them is talk about the secret
    ("пароль не помнит", "PIN-код заблокирован"). A one-time code's value is `digits_only`."""
    mark = mark.match(text, pos, line_end)
    if mark is None:
        return None
    words = _words(text, mark.end(), line_end)
    i = 0
    while i < len(words) and i < 3 and _GAP.fullmatch(words[i][2]) and not _is_strong(words[i][2]) \
            and not words[i][3]:
        i += 1
    if i >= len(words):
        return None
    word = words[i][2]
    if digits_only and not _is_strong(word):
        return None  # "код подтверждения не пришёл"
    if not _is_strong(word) and (_NOT_A_VALUE.fullmatch(word) or names_nothing(word)
                                 or re.fullmatch(OF_WHAT_WORDS, word, re.IGNORECASE)):
        return None  # "пароль не помнит": the note's words about the secret, not the secret
    return _value_span(text, words, i)


def _value_answering(text: str, start: int, end: int, digits_only: bool = False) -> tuple[int, int] | None:
    """The value opening an answer: past the listener's words and words that name nothing ("а мне пришло …", "поменял
    на …", "а он был …"); none past a preposition's phrase ("а где это в приложении")."""
    words = _words(text, start, end)
    for i, (word_start, word_end, word, _) in enumerate(words[:5]):
        if _ANOTHER_VALUE.match(word) or (_PREPOSITION_WORD.fullmatch(word) and word.lower() != "на"):
            return None  # another value's word, or a preposition's phrase ("а где это в приложении")
        if _is_strong(word) or (_names_something(word) and not digits_only):
            return _value_span(text, words, i) if not digits_only or _DIGITS_ONLY.fullmatch(word) else None
        if text[word_end:word_end + 1] in (".", "!", "?"):
            return None  # the answer's first sentence said no value ("хорошо. и …")
    return None


def _lines(text: str) -> list[tuple[int, int, str | None, int]]:
    """(start, end, speaker, where the words start) of each line; the speaker None when the line names none."""
    out, at = [], 0
    for line in text.split("\n"):
        label = _SPEAKER.match(text, at, at + len(line))
        speaker = label.group(1).lower() if label else None
        out.append((at, at + len(line), speaker, label.end() if label else at))
        at += len(line) + 1
    return out


def secret_spans(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, why) of every secret in `text`: after its cue, answering it, a one-time code after its cue."""
    spans: list[tuple[int, int, float, str]] = []
    lines = _lines(text)
    for n, (line_start, line_end, speaker, words_start) in enumerate(lines):
        cues = list(_CUE.finditer(text, line_start, line_end))
        if not cues:
            continue
        own = False
        for cue in cues:
            value = _value_after_cue(text, cue.end(), line_end, digits_only=bool(cue.group("once")),
                                     mark=_QUESTION_MARK if cue.group("question") else _MARK)
            later = next((c.start() for c in cues if value is not None and value[0] <= c.start() < value[1]), None)
            if later is not None:
                # "кодовое слово — мамина девичья фамилия Зотова": the value is the later cue's
                value = None if later == value[0] else (value[0], len(text[:later].rstrip(" \t,:—-")))
            if value is not None:
                # surer than a CVV's or a year's reading of the same digits: "старый пин был 0000"
                spans.append(value + (0.95, "a secret right after its cue"))
                own = True
            for change in _CHANGED_TO.finditer(text, cue.end(), line_end):
                value = _value_answering(text, change.end(), line_end)
                if value is not None:
                    spans.append(value + (0.85, "a new secret said for the old one"))
            if cue.group("once"):
                code_end = lines[min(n + _CODE_LINES, len(lines) - 1)][1]
                for run in _CODE_RUN.finditer(text, cue.end(), code_end):
                    digits = sum(ch.isdigit() for ch in run.group())
                    named = _words(text, max(cue.end(), run.start() - 30), run.start())[-2:]
                    if any(_ANOTHER_VALUE.match(word) for _, _, word, _ in named):
                        continue  # "номер заявки 1234567": another value's number
                    if _SHORTEST_CODE <= digits <= _LONGEST_CODE and not counts_something(text, run.end()):
                        spans.append(run.span() + (0.75, "a short number said after a one-time code's cue"))
        if own:
            continue
        if _SENTENCE_END.search(text, cues[-1].end(), len(text[:line_end].rstrip(" \t.!?…"))):
            continue  # the question asked is another sentence's ("Сбросьте пароль. Вход с IP …, ваш?")
        once = all(cue.group("once") for cue in cues)
        for answer_start, answer_end, answer_speaker, answer_words in lines[n + 1:n + 1 + _ANSWER_LINES]:
            if (speaker is not None and answer_speaker == speaker) or _CUE.search(text, answer_start, answer_end) \
                    or answer_speaker in CONTACT_CENTER_LABELS:
                break  # the asker speaks again, the contact center answers, or the answer names a secret of its own
            value = _value_answering(text, answer_words, answer_end, digits_only=once)
            if value is not None:
                spans.append(value + (0.85, "the answer to a question naming a secret"))
    return spans


class SecretRecognizer(ContextPatternRecognizer):
    ENTITY = "SECRET"

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        seen, out = set(), []
        for start, end, score, why in secret_spans(text):
            if end > start and (start, end) not in seen:
                seen.add((start, end))
                out.append(make_result(self, self.ENTITY, start, end, score, why))
        return out


KIND = Kind("SECRET", (SecretRecognizer,), canonical, hint=HINT, secret=True)
