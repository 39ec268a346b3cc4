"""SECRET: what a customer proves themselves with — the password of the personal account, a SIM's PIN and PUK codes, a
code word ("пароль от личного кабинета: ромашка12", "PIN-код 4821, PUK 12345678", "кодовое слово: незабудка").

Инструкция запретов, п. 24 forbids using the customer's login and password; a CRM note that keeps them hands them to
every operator who opens the card (red team bb4 F08). The value is the word right after its cue (and the account's
name, "от личного кабинета", "от ЛК", and a colon or dash): a code word is any word, so after the cue it is masked
whatever it says — unless it is plainly no value but the note's own words about the secret ("пароль не помнит",
"кодовое слово сброшено", "PIN-код заблокирован", "пароль по СМС", "пароль вам придёт"): a word of those (or any
word that names nothing in every reading, guard.morph.names_nothing), with no digit and no Latin letter, leaves the cue
alone. A PIN or PUK is digits: four to eight after its cue.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.morph import names_nothing
from guard.recognizers.base import ContextPatternRecognizer, Kind

# The cues: a password (of the account, the app, the Wi-Fi the carrier set up), a code word, a secret question's answer.
WORD_CUES = (r"парол\w*|password|passwd|кодов\w*\s+слов\w*|секретн\w*\s+слов\w*|контрольн\w*\s+слов\w*"
             r"|ответ\w*\s+на\s+(?:контрольн|секретн)\w*\s+вопрос\w*|кодовое|код\s+доступа")
# A SIM's codes, written or said: "PIN-код", "ПИН", "пин код", "PUK2", "пак-код".
CODE_CUES = r"(?:pin|пин|puk|пук|пак)[12]?(?:[\s\-]?код\w*)?"
# What the secret is of: "от личного кабинета", "от ЛК", "к приложению", "для входа".
OF_WHAT_WORDS = (r"(?:личн\w+\s+кабинет\w*|лк|кабинет\w*|приложени\w*|входа|аккаунт\w*|учётн\w+\s+запис\w+"
                 r"|учетн\w+\s+запис\w+|сим\w*|sim|wi-?fi|вай-?фай\w*|роутер\w*|почты|госуслуг\w*|модем\w*)")
_OF_WHAT = r"(?:\s+(?:(?:от|для|к|в)\s+)?" + OF_WHAT_WORDS + r")?"
_OF_WHAT_ALONE = re.compile(OF_WHAT_WORDS, re.IGNORECASE)
_MARK = r"(?:\s*[:=—–\-]\s*|\s+(?:это|будет|такой|такое)\s+|\s+)"
# A word that is no secret but the note's own words about it (a verb, a negation, a preposition, a state).
_NOT_A_VALUE = re.compile(
    r"(?:не|нет|ни|и|или|а|но|по|на|в|с|от|для|к|из|через|при|был\w*|есть|сброш\w*|сбросил\w*|сбросить|сменил\w*|смен\w*"
    r"|измен\w*|восстанов\w*|забыл\w*|забыт\w*|помн\w*|знает|знаю|знать|неверн\w*|неправильн\w*|верн\w*|правильн\w*"
    r"|заблок\w*|блок\w*|введ\w*|ввод\w*|вв[её]л\w*|выда\w*|отправ\w*|получ\w*|прид\w*|приш\w*|нужн\w*|нужен|требу\w*"
    r"|установ\w*|задан\w*|задал\w*|назвал\w*|назван\w*|называ\w*|сообщ\w*|подтвер\w*|совпад\w*|прос\w*|одноразов\w*"
    r"|временн\w*|нов\w*|стар\w*|свой|свои|своё|свое|его|её|ее|их|клиент\w*|абонент\w*|владел\w*|смс|sms|слово|код\w*|кабинет\w*"
    r"|лк|отсутств\w*|уточн\w*|проверен\w*|указан\w*|изменить|поменя\w*|менять|сменить)",
    re.IGNORECASE)
# The value: a run of non-blank characters, trailing punctuation excluded.
_WORD_VALUE = r"[^\s,;.!?\"«»()]+(?:[.\-_][^\s,;.!?\"«»()]+)*"
_WORD_SECRET = re.compile(r"(?<![а-яёa-z])(?:" + WORD_CUES + r")" + _OF_WHAT + _MARK + r"[\"«']?(" + _WORD_VALUE + r")",
                          re.IGNORECASE)
_CODE_SECRET = re.compile(r"(?<![а-яёa-z])(?:" + CODE_CUES + r")" + _OF_WHAT + _MARK + r"(\d(?:[\s\-]?\d){3,7})(?![\d])",
                          re.IGNORECASE)
HINT = r"(?<![а-яёa-z])(?:" + WORD_CUES + "|" + CODE_CUES + r")"


def canonical(value: str) -> str:
    return value.strip()


class SecretRecognizer(ContextPatternRecognizer):
    ENTITY = "SECRET"
    PATTERNS = [Pattern("secret_word", _WORD_SECRET.pattern, 0.85), Pattern("sim_code", _CODE_SECRET.pattern, 0.85)]
    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only trims its patterns' matches to the value or drops them

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            piece = text[result.start:result.end]
            for regex in (_CODE_SECRET, _WORD_SECRET):
                match = regex.fullmatch(piece)
                if match:
                    value = match.group(1)
                    if regex is _WORD_SECRET and _OF_WHAT_ALONE.fullmatch(value):
                        match = None  # "сменён пароль Wi-Fi.": what the password is of, no value said
                        break
                    if regex is _WORD_SECRET and not re.search(r"[\dA-Za-z]", value) and (
                            _NOT_A_VALUE.fullmatch(value) or names_nothing(value)):
                        match = None  # "пароль не помнит": the note's words about the secret, not the secret
                        break
                    result.start, result.end = result.start + match.start(1), result.start + match.end(1)
                    break
            if match is not None:
                kept.append(result)
        return kept


KIND = Kind("SECRET", (SecretRecognizer,), canonical, hint=HINT)
