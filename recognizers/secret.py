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

from guard.document import HYPHENATED_DIGITS
from guard.morph import known_word, names_nothing, parses
from guard.normalize import HESITATION
from guard.recognizers.base import ContextPatternRecognizer, Kind, make_result
from guard.recognizers.cue_reach import FILLER, filler_length
from guard.recognizers.card_cvv import CARD_CODE_NAMES, CardCvvRecognizer
from guard.recognizers.packed_run import counts_something
from guard.recognizers.lexicon import (ASKING_OR_TELLING, BACK_CHANNEL_WORDS, CITY_PHONE_WORDS, CONTACT_CENTER_LABELS,
                                      LATIN_LETTER_NAMES, LATIN_ONLY_LETTER_NAMES, LETTER_CASE_WORDS,
                                      LETTER_NAME_OPENINGS, LETTER_NAMES,
                                      LINE_SPEAKER, NOBODYS_NUMBER_CUES, OTHER_VALUE_WORDS, PHONE_WORDS, PREPOSITION, SAID_JOINER,
                                      OF_WHAT_WORDS, SAID_PASSWORD_MARKS, SPOKEN_LATIN_LETTERS, is_initials,
                                      latin_spellings,
                                      latin_to_cyrillic, shorthand)
from guard.recognizers.login import LOGIN_WORDS, SERVICE_WORDS, credential_pairs, lone_credentials
from guard.recognizers.person import ASKED as NAME_ASKED, PERSON_NOUN_LEMMAS

# The cues: a password (of the account, the app, the Wi-Fi the carrier set up), a code word, a secret question's answer.
# Misspelt too ("пороль", "пасворд"), abbreviated ("к/с"), and a machine's secrets (an API token, an authenticator's key).
# Written in shorthand too ("кс", "к.с.", "код. сл.", "пасс", "pass" read in Cyrillic): lexicon.shorthand of the phrases.
SECRET_WORDS = ("кодовое слово", "секретное слово", "контрольное слово", "пароль", "пассворд")
WORD_CUES = (shorthand(SECRET_WORDS) + r"|пар[оа]л\w*|пороль\w*|пасс?ворд\w*|password|passwd|кодов\w*\s+слов\w*"
             r"|секретн\w*\s+слов\w*|контрольн\w*\s+слов\w*|кодовое|код\s+доступа"
             r"|токен\w*|секретн\w*\s+ключ\w*|ключ\w*\s+аутентификатор\w*")
# A secret question named: what follows it in its line is the question ("ответ на контрольный вопрос любимое блюдо"), the
# answer comes after a colon or a dash («любимое блюдо»: драники) or in the next speaker's turn.
SECRET_QUESTION_CUES = r"(?:ответ\w*\s+на\s+)?(?:контрольн|секретн)\w*\s+вопрос\w*"
# A secret question's subject said before its answer: "девичья фамилия мамы Полозова", "кличка кота Барсик".
QUESTION_CUES = (r"(?:мамин\w*\s+|материн\w*\s+)?девичь\w*\s+фамили\w*(?:\s+(?:мам\w*|матер\w*))?"
                 r"|кличк\w*\s+(?:[а-яё]+\s+)?(?:собак\w*|пс\w*|кот\w*|кошк\w*|питомц\w*)")
# A SIM's codes, written or said: "PIN-код", "ПИН", "пин код", "PUK2", "пак-код".
# A code the customer sets or keeps: a backup 2FA code, an app's quick-login code, a parental-control or activation code.
# A code that opens a door or gives out a parcel (red team bb11 02): "код домофона", "код двери", "код на калитке",
# "код получения" — kept by the customer like a PIN, unlike a region's or an error's code (`names_whose_code`).
ACCESS_CODE_OBJECTS = (r"(?:домофон|двер|подъезд|калитк|ворот|шлагбаум|замк|замок|сейф|ячейк|постамат|получени|выдач)"
                       r"\w*")
# What opens a door by its code, named alone before the code in a note's row or cell ("домофон 61К7754", "калитка 7714",
# "сейф 1947", "key safe 0417"; issue 15, stop 49: a rental desk's access lists) — the same things ACCESS_CODE_OBJECTS
# names after "код", each as a noun of its own (not "подъезд" or "дверь": an entrance's or a door's number is an
# address's part); a key safe in English too.
ACCESS_OBJECT_WORDS = (r"домофон\w*|калитк\w*|ворот(?:а|ам|ах)?|шлагбаум\w*|сейф\w*|ключниц\w*|кейбокс\w*"
                       r"|key[\s\-]?safe|key[\s\-]?box|lock[\s\-]?box|intercom|gate")
# An access code's shape (common knowledge of intercoms and key safes): a flat's number, the key "К"/"K" or the call "В"/"B",
# a star or a hash, then the code ("61К7754", "21*5930", "201 К 9044", "5В0318"); or four to ten digits, a hash after
# them perhaps ("7714", "2580#"; the look-alike reading writes a key "В" between digits as an 8: "100В10000" is read
# "100810000", guard/normalize.py).
ACCESS_CODE = (r"(?:\d{1,4}[ \t]?(?-i:[КВKB])[ \t]?\d{3,6}|\d{1,4}[ \t]?[*#][ \t]?\d{2,6}#?|[*#]?\d{4,10}[*#]?)"
               r"(?![\w*#]|[.,:/]\d)")
# the code after what it opens ("домофон 61К7754", "калитка 7714 код"), or after "код" and what it opens, a door or an
# entrance too, and a word more ("Код на двери подъезда: 148К3371", "код с двери — *3381")
_ACCESS_CODE = re.compile(r"(?<![а-яёa-z])(?:код\w*[ \t]+(?:(?:от|на|для|с|у)[ \t]+)?(?:" + ACCESS_CODE_OBJECTS
                          + r")(?:[ \t]+[а-яё]+)?|(?:" + ACCESS_OBJECT_WORDS + r")(?:[ \t]+код\w*)?)(?![а-яёa-z])"
                          r"[ \t]*[:=—–\-]?[ \t]*(" + ACCESS_CODE + r")", re.IGNORECASE)
CODE_CUES = (r"(?:pin|пин|puk|пук)[12]?(?:[\s\-]?код\w*)?|пак[12]?[\s\-]?код\w*"  # "Пак" alone is a surname
             r"|резервн\w*\s+код\w*|код\w*\s+(?:(?:для\s+)?быстрого\s+входа|родительск\w*\s+контрол\w*|активаци\w*)"
             r"|код\w*\s+(?:(?:от|на|для)\s+)?" + ACCESS_CODE_OBJECTS)
# What a secret is sent by: an SMS, a push (a word of the kind's own, spelled aloud too: "эс эм эс", `_spelled_term`)
SENT_BY_WORDS = r"смс|sms|пуш|push"
# A one-time code: from an SMS or a push, to confirm, from Gosuslugi, a 3-D Secure code.
# A code a robot reads out in a call is one too ("голосовой код 3906", "код из звонка": packed_aa51, stop 51).
ONE_TIME_CUES = (r"(?:" + SENT_BY_WORDS + r"|голосов\w*)[\s\-]*код\w*"
                 r"|код\w*\s+(?:из|в|по|с)\s+(?:смс|sms|сообщени\w*|пуш\w*|звонк\w*|звонок)"
                 r"|(?:смс|sms|сообщени\w*)\s+с\s+код\w*|код\w*\s+(?:подтвержд\w*|от\s+госуслуг\w*|для\s+входа)"
                 r"|(?:одноразов|проверочн)\w*\s+(?:код\w*|парол\w*)|3-?d\s?secure|3-?ds|3-?дс"
                 # a code that comes ("код не приходил … пришёл", "пришёл код"): one sent, not one kept
                 r"|код\w*(?:[ \t]+[а-яё]+){0,2}?[ \t]+(?:при[шх][её]л\w*|пришл\w*|приход\w*|прид[её]т)"
                 r"|(?:при[шх][её]л|пришл[оа]|прид[её]т|приходит)[ \t]+(?:[а-яё]+[ \t]+)?код\w*"
                 # what came, said at once as four digits or more ("клиент: пришел 9 9 0 1 3 2", "ей пришло 7116"): a
                 # code sent to the phone (an amount says its unit or thousands: `counts_something`, not digits alone)
                 r"|(?:при[шх][её]л|пришл[оаи]|прид[её]т|приходит)(?=[ \t]+\d(?:[ \-]?\d){3}(?![ \-]?\d{5}))")
_CAME = re.compile(r"при[шх][её]л|пришл[оаи]|прид[её]т|приходит", re.IGNORECASE)  # the verb alone: what came follows
# What the secret is of: "от личного кабинета", "от ЛК", "к приложению", "для входа" (lexicon.OF_WHAT_WORDS: a
# login's too).
_OF_WHAT = r"(?:[ \t]+(?:(?:от|для|к|в)[ \t]+)?" + OF_WHAT_WORDS + r"(?![а-яёa-z]))?"
# A SIM's second codes are named "пин два", "пук два" (digits by now): the name, no value, unless more digits follow.
_SECOND = r"(?:[\s\-]?2(?![\s\-]*\d))?"
# "код" alone names anything (an error's, a region's, a unit's): it announces a secret only when a value's shape follows
# at once (`_value_after_cue`): "ввожу код 4О17", "нашла тут код эль семь эйч три", never "код ошибки 403".
# A "ключ" alone is the same ("ключ сети", "ключ 12345678gleb" of a Wi-Fi network, a licence's key; "ключ от квартиры"):
# a key's value only when its shape follows, or when what it opens is named ("ключ от вайфая …": `_of_what_phrase`).
BARE_CODE_CUE = r"код(?:ы|а|ом|у|ов)?|ключ(?:а|ом|у|и|ей)?"
# Every cue, its group naming which: a one-time code before a password ("одноразовый пароль"), a SIM's code before a word.
_CUE = re.compile(r"(?<![а-яёa-z])(?:(?P<once>" + ONE_TIME_CUES + r")|(?P<code>" + CODE_CUES + r")" + _SECOND
                  + r"|(?P<asks>" + SECRET_QUESTION_CUES + r")|(?P<word>" + WORD_CUES + r")|(?P<question>" + QUESTION_CUES + r")|(?P<bare>" + BARE_CODE_CUE
                  + r"))(?![а-яёa-z])" + _OF_WHAT, re.IGNORECASE)
# A bare "код" while a card is read out is the card's code: CARD_CVV's own reading of "a card being dictated" and of a
# code's length (3 or 4 digits) decides; any other value after it stays this kind's, so no value is dropped.
_CARD_CODE = CardCvvRecognizer()


def _is_the_cards_code(text: str, cue_start: int, value: tuple[int, int]) -> bool:
    piece = text[value[0]:value[1]]
    digits = sum(ch.isdigit() for ch in piece)
    return 3 <= digits <= 4 and digits == sum(not ch.isspace() for ch in piece) and _CARD_CODE.is_dictated(text, cue_start)
# Whose code "код" is when it is nobody's secret: an error's, an HTTP answer's, a region's, a USSD request's, a phone
# number's ("звонки на номера с кодом 8-843": its prefix, which п. 9 lets be named; stop 39, m38).
_NOT_A_SECRETS_CODE = re.compile(r"(?:ошибк\w*|error|http|ответ\w*|регион\w*|ussd|номер\w*|телефон\w*)(?:[ \t]{1,4}с)?"
                                 r"[ \t]{0,4}$", re.IGNORECASE)
_MARK = re.compile(r"[ \t]*[:=—–\-]+[ \t]*|[ \t]+")
_MARKED = re.compile(r"(?<![ \t])[ \t]*+[:=—–]")  # anchored after a word, possessive: linear when searched
# a secret question's subject may be followed by a comma: "девичья фамилия мамы, Полозова"
_QUESTION_MARK = re.compile(r"[ \t]*[:=—–\-,]+[ \t]*|[ \t]+")
# A word that is no secret but the note's own words about it (a verb, a negation, a preposition, a state).
_NOT_A_VALUE = re.compile(
    r"(?:не|нет|ни|и|или|а|но|по|на|в|с|от|для|к|из|через|при|был\w*|есть|сброш\w*|сбросил\w*|сбросить|сменил\w*|смен\w*"
    r"|измен\w*|восстанов\w*|забыл\w*|забыт\w*|помн\w*|знает|знаю|знать|неверн\w*|неправильн\w*|верн\w*|правильн\w*"
    r"|заблок\w*|блок\w*|введ\w*|ввод\w*|вв[её]л\w*|выда\w*|отправ\w*|получ\w*|прид\w*|приш\w*|нужн\w*|нужен|требу\w*"
    r"|установ\w*|задан\w*|задал\w*|назвал\w*|назван\w*|называ\w*|сообщ\w*|подтвер\w*|совпад\w*|прос\w*|одноразов\w*"
    r"|временн\w*|(?:нов|стар)(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ых|ыми|ом)?|свой|свои|своё|свое|его|её|ее|их|клиент\w*|абонент\w*|владел\w*|смс|sms|слово|код\w*|кабинет\w*"
    r"|лк|отсутств\w*|уточн\w*|проверен\w*|указан\w*|изменить|поменя\w*|менять|сменить|кл|долж\w*)",
    re.IGNORECASE)
# What stands between a cue and its value and says nothing of it: a filler (cue_reach), "был", "кстати", "вроде", and
# whose it is, "у" and a personal pronoun ("кодовое слово у вас …", "у нас было …", "у него …": red team bb8, 16 and 12).
_GAP = re.compile(r"(?:" + FILLER + r"|был\w*|будет|кстати|вроде|бы|наверн\w*|такой|такое|такая|у|меня|мне|же"
                  r"|вас|нас|тебя|него|неё|нее|них)",
                  re.IGNORECASE)
# "по" right before a cue: the secret as a means ("проверка по кодовому слову", "вход по паролю"), not one named
_BY_WAY_OF = re.compile(r"(?<![а-яёa-z])по[ \t]+$", re.IGNORECASE)
# A word of being or of doubt right before a value said past the talk about it ("кодовое слово у нас было москва",
# "э забыл то ли ромашка то ли лютик", "вроде бы чайка"; red team bb8 12)
_HEDGE = re.compile(r"(?:был[аои]?|будет|ли|или|либо|вроде|кажется|наверн\w*|может|типа)", re.IGNORECASE)
# a negation denies the word after it, it names none: "пароль это не сбой", "пароль не ромашка" (tells what it is not)
_NEGATION = re.compile(r"не|ни", re.IGNORECASE)
# what joins alternatives of one value: "то ли … то ли …", "или", "либо", "а может"
_ALTERNATIVE = re.compile(r"(?:то|ли|или|либо)", re.IGNORECASE)
_WORDS_PASSED = 10  # words past a cue at most, fillers and others (cue_reach reads up to ten fillers)
# What opens an answer before its value: the listener's words, hesitations, thanks.
_ANSWER_OPENING = re.compile(r"(?:" + BACK_CHANNEL_WORDS + "|" + HESITATION + r"|спасибо|спс|пожалуйста|ладно)",
                             re.IGNORECASE)
_PREPOSITION_WORD = re.compile(PREPOSITION, re.IGNORECASE)
# An answer that names another value ("номер SIM-карты", "почту её привяжу") gives no secret.
_ANOTHER_VALUE = re.compile(r"(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES) + r"|номер|логин)",
                            re.IGNORECASE)
# A new value said for the old one: "я меняла на 1983", "поменял на …", "сменил его на …".
_CHANGED_TO = re.compile(r"(?<![а-яё])(?:по|с|из)?мен[яеи]\w*(?:[ \t]+(?:его|её|ее|пароль|пин\w*|код\w*|слово))?[ \t]+на"
                         r"(?![а-яё])", re.IGNORECASE)
# The old and the new value of one change, both the customer's: "сменили с Черёмуха на кедр1988", "было Ромашка (…),
# стало Сапсан2025"; and a change said before its cue, its new value after it: "Сменили кодовое слово на Глухарь".
_FROM_TO = re.compile(r"(?<![а-яё])с[ \t]+(?P<old>[^\s,.;:()«»\"]+)[ \t]+на[ \t]+(?=\S)", re.IGNORECASE)
# the old one may be quoted ("было «калина»"), the new one told by "стало", "новое", "теперь" ("было «калина», новое —
# Бархан1984"); the old one told by "старое", "прежнее" too, the new one by an arrow ("Старое: Тополь → новое:
# синяя_чайка58", "Тополь -> Гранит")
_WAS_BECAME = re.compile(r"(?<![а-яё])(?:был[оа]?[ \t]*[:—–\-]?[ \t]+"
                         # "старое"/"прежнее" with its mark or quote only: "Старый ICCID …" is an adjective and its noun
                         r"|(?:стар(?:ое|ый|ая)|прежн(?:ее|ий|яя))(?:[ \t]*[:—–\-][ \t]*|[ \t]+(?=[«\"]))"
                         # the neuter alone, the code word's ("старое Томск2023, новое Ласточка"; issue 15, stop 47),
                         # not the word's own adjectives ("старое кодовое слово …")
                         r"|(?:старое|прежнее)[ \t]+(?!(?:кодов|секретн|контрольн|слов|парол)[а-яё]*(?![а-яё])))"
                         r"(?P<quote>[«\"])?"
                         r"(?P<old>[^\s,.;:()«»\"→]+)[»\"]?[^\n]{0,80}?"
                         r"(?:(?<![а-яё])(?:стал[оа]?|нов(?:ое|ый|ая)|теперь)[ \t]*[:—–\-]?"
                         r"|(?:→|->|=>)(?:[ \t]+(?:стал[оа]?|нов(?:ое|ый|ая)|теперь)[ \t]*[:—–\-]?)?)[ \t]+(?=\S)",
                         re.IGNORECASE)
# how far after its cue a change may be told: "с … на …" in the cue's clause; "было …, стало …" and "старое … → новое …",
# each value named by its own word, in the cue's line ("Смена кодового слова по дог. …, подписан …. Старое: …")
_FROM_TO_REACH = 40
_WAS_BECAME_REACH = 200
_CHANGE_BEFORE = re.compile(r"(?<![а-яё])(?:с|по|из|за)?мен(?:[яеи]\w*|а)(?:[ \t]+\S+)?[ \t]+$", re.IGNORECASE)
_ONTO = re.compile(r"(?<![ \t])[ \t]++на[ \t]++(?=\S)", re.IGNORECASE)  # a try starts at a gap's first blank: linear
_TOKEN = re.compile(r"\S+")
_MASK = re.compile(r"([xXхХ•*●#])\1{2,}")
# Words that make a value a default or an example, nobody's own: "по умолчанию admin/admin", "заводской 0000".
_NOT_THE_CUSTOMERS = re.compile(r"умолчани\w*|заводск\w*|стандартн\w*|пример\w*|например|наклейк\w*|комбинаци\w*",
                                re.IGNORECASE)
# A short word a dot abbreviates ("кл.", "тел.", "т.к."): no sentence ends there
_ABBREVIATION = re.compile(r"[а-яё]{1,3}", re.IGNORECASE)
# a mailbox, a link, a version or a file: typed, but no secret
_NOT_A_TYPED_SECRET = re.compile(r"@\w+\.|://|www\.|\.(?:ru|com|net|org|рф|apk|exe|pdf|jpg|png)$|^v?\d+(?:\.\d+)+$",
                                 re.IGNORECASE)
_LOGIN_WORD = re.compile(LOGIN_WORDS, re.IGNORECASE)
# A typed password: six characters or more, a lowercase Latin letter, and a digit, a symbol or a capital beside it
_PASSWORD_CHAR = r"[A-Za-z\d_@#$%&*!?+=.\-]"
_PASSWORD_SHAPE = re.compile(r"(?=" + _PASSWORD_CHAR + r"{0,39}[a-z])(?=" + _PASSWORD_CHAR + r"{0,39}(?:[\d_@#$%&*!?+=]|[a-z]"
                             + _PASSWORD_CHAR + r"{0,39}[A-Z]))" + _PASSWORD_CHAR + r"{6,40}")  # bounded: linear
# What stands before an id or a number that is no one's secret: an error's, a request's, an employee's, a letter's
# number, or a number dialled ("перезванивать на 0611")
_NOBODYS_ID_BEFORE = re.compile(r"(?:ошибк\w*|error|запрос\w*|№|оп\.?|вх\.?|сотрудник\w*"
                                r"|(?:по)?звон\w*(?:[ \t]{1,4}на)?|перезв[ао]н\w*(?:[ \t]{1,4}на)?|наб[еи]р\w*|набрать)[ \t]{0,4}$",
                                re.IGNORECASE)
_OBLIQUE_CASES = frozenset({"datv", "ablt", "loct"})
_TALK_POS = frozenset({"ADVB", "ADJS", "PRED", "PRCL", "CONJ", "INTJ", "COMP", "VERB", "INFN", "GRND", "PRTS"})
_TALK_BEFORE_VALUE = 7  # the note's words between a cue and its value ("пароль Wi-Fi кл. задал сам: …")
# a symbol or a letter's case said aloud, one or two words ("решётка", "восклицательный знак", "большая")
_SAID_MARK = re.compile(r"(?:" + "|".join(pattern for pattern, _ in SAID_PASSWORD_MARKS) + "|" + LETTER_CASE_WORDS
                        + r")(?![а-яё])", re.IGNORECASE)
_SPELLING_WORD = re.compile(r"(?:" + "|".join(pattern for pattern, _ in SAID_PASSWORD_MARKS if " " not in pattern
                                              and r"\s" not in pattern) + "|" + LETTER_CASE_WORDS + r")",
                            re.IGNORECASE)
# Punctuation around a word, not of it; a comma, dot, semicolon, question mark or ellipsis after a value ends it.
_LEFT_EDGE = "\"'«»“”„([<|"
_RIGHT_EDGE = "\"'«»“”)]>.,;:?!…—–|"
_ENDS_VALUE = re.compile(r"[,.;:?!…—–»”)|]")  # a table's "|" too ("кодовое сл. Фиалка | SIM …")
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_LATIN_OR_DIGIT = re.compile(r"[\dA-Za-z]")
_DATE_OR_TIME = re.compile(r"\d{1,2}[.:/]\d{2}(?:[.:/]\d{2,4})?")
# A line's speaker: "Клиент:", "[09:15] Оператор:", "Сотр.:", "Кл.:", a numbered voice "Спикер 2:", "SPEAKER_01:" (its
# number says who) — the lexicon's one shape of a label
_SPEAKER = re.compile(r"(?<![ \t])[ \t]*+" + LINE_SPEAKER, re.IGNORECASE)
# how many digits a code has, said as one word ("шестизначный", "4-значный")
_DIGIT_COUNT = re.compile(r"(?<![\dа-яё])(?:\d++-?|[а-яё]+)значн\w*", re.IGNORECASE)  # a word's start: linear
_ANSWER_LINES = 2
_ANSWER_OPENING_WORDS = 7  # the words an answer may open with before its value ("ну стим гард там буквы …")  # how many lines after its question an answer may come ("мам какое слово\nкапуста говорит")
_CODE_LINES = 3  # how many lines after its cue a one-time code may be said
_MOST_WORDS = 5  # the longest value said in words ("ёжик в тумане", "барсик две тысячи десять")
_SHORTEST_CODE, _LONGEST_CODE = 4, 8
_SHORTEST_PIECE = 2
# a time said as its hour and minutes after "в", "около", "до" ("в десять сорок семь": digits by now)
_HOUR_MINUTE = re.compile(r"(?:[01]?\d|2[0-3]) [0-5]\d")
_AT_A_TIME = re.compile(r"(?<![а-яё])(?:в|около|до|после|к)[ \t]+$", re.IGNORECASE)
_DIGIT_BY_DIGIT = re.compile(r"\d(?: \d)+")
_CODE_RUN = re.compile(r"(?<![\d+*#:/.A-Za-zА-Яа-яЁё\-])\d(?:[ \-]?\d)*(?![ \-]?\d)(?![.:/]\d)(?![A-Za-zА-Яа-яЁё*#])")
# How a cue typed in translit opens (what the kind's hint looks for; the cue itself is `_CUE` read in Cyrillic): the
# openings of the cue words above, spelled in Latin by the lexicon's own table ("parol", "kodovoe", "kod:4821",
# "kodom", "sms kod": a one-time code's cue in translit, red team bb25) — one list, both scripts.
CUE_OPENINGS = ("парол", "порол", "пасс", "код", "секретн", "контрольн", "ответ")
TRANSLIT_CUE_OPENINGS = r"(?<![a-z])(?:" + "|".join(latin_spellings(stem) for stem in CUE_OPENINGS) + r")"
HINT = r"(?<![а-яёa-z])(?:" + ONE_TIME_CUES + "|" + WORD_CUES + "|" + SECRET_QUESTION_CUES + "|" + QUESTION_CUES + "|" + CODE_CUES + "|" \
    + BARE_CODE_CUE + "|" + ACCESS_OBJECT_WORDS + r")|" + TRANSLIT_CUE_OPENINGS


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
    """A letter said by its name, Russian or English (эр, тэ, кью, дабл: lexicon.LETTER_NAMES, SPOKEN_LATIN_LETTERS),
    a symbol's name or a letter's case (решётка, большая: lexicon.SAID_PASSWORD_MARKS, LETTER_CASE_WORDS): a spelled
    value's, no word of talk."""
    lower = word.lower()
    return lower in LETTER_NAMES or lower in SPOKEN_LATIN_LETTERS or bool(_SPELLING_WORD.fullmatch(lower))


def _spelled_through(text: str, words: list[tuple[int, int, str, bool]], k: int) -> int | None:
    """The last word of a letter's, a symbol's or a case's name said from words[k] ("восклицательный знак", "нижнее
    подчёркивание", "большая"); None when none opens there."""
    said = _SAID_MARK.match(text, words[k][0])
    if said is None:
        return k if _is_a_letter(words[k][2]) else None
    last = k
    while last + 1 < len(words) and words[last + 1][1] <= said.end():
        last += 1
    return last


def _names_something(word: str) -> bool:
    return not names_nothing(word) and not _ANSWER_OPENING.fullmatch(word) and not _GAP.fullmatch(word)


def _is_talk(words: list[tuple[int, int, str, bool]], i: int) -> bool:
    """Is words[i] talk about the secret rather than its value, by its likeliest reading: an adverb, a short adjective,
    a particle or a verb ("пароль рядом записан", "смена кодового слова возможна", "да я просто объясняю"), or an
    adjective no noun follows ("пароль прежний меняется", "хочу старый поставить"; "синий трамвай" is a value)?"""
    word = words[i][2]
    if _is_strong(word) or _is_a_letter(word):
        return False
    found = parses(word)
    if not found or not known_word(word):
        return False  # an unknown word may be the value (fail closed): its parse is the predictor's guess ("ееее")
    pos = str(found[0].tag.POS)
    if pos in _TALK_POS:
        return True
    return pos == "ADJF" and (words[i][3] or i + 1 >= len(words) or not any(
        str(p.tag.POS) == "NOUN" for p in parses(words[i + 1][2])))


def _spells_on(text: str, words: list[tuple[int, int, str, bool]], i: int) -> bool:
    """Does words[i + 1], a letter said by its name, go on spelling the value? A letter's name that is also a word of
    talk naming nothing ("я", "а", "и", "с") only after a letter, a symbol's name, a digit or a typed string: "эф я 7",
    "нижнее подчёркивание у 5" spell; "подписки я отключу" is a clause of its own (the value's word ends there)."""
    nxt = words[i + 1][2]
    if not _is_a_letter(nxt):
        return False
    if not names_nothing(nxt) or _is_strong(words[i][2]) or _is_a_letter(words[i][2]):
        return True
    return any((said := _SAID_MARK.match(text, words[k][0])) is not None and said.end() >= words[i][1]
               for k in range(max(0, i - 1), i + 1))


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


_COMMA = re.compile(r",[ \t]*")
_ONE_CHARACTER = re.compile(r"\d|[A-Za-zА-Яа-яЁё]")


def _spelled_with_commas(text: str, words: list[tuple[int, int, str, bool]], i: int) -> bool:
    """Do words[i] and words[i + 1] spell one value with a comma between, each one character — a letter, by its name
    or written, or a digit ("эм, а, эр, эс, и, к, 2, 0": a pause said as a comma; red team bb9 19)?"""
    def one(word: str) -> bool:
        return _is_a_letter(word) or _ONE_CHARACTER.fullmatch(word) is not None
    return i + 1 < len(words) and _COMMA.fullmatch(text, words[i][1], words[i + 1][0]) is not None \
        and one(words[i][2]) and one(words[i + 1][2])


def _value_span(text: str, words: list[tuple[int, int, str, bool]], first: int) -> tuple[int, int] | None:
    """The value that opens with words[first], to where a secret ends — one rule for every way a secret is given: the
    end of its clause (a punctuation mark after a word, the line's end: the turn), a word it does not go on over
    (`_goes_on`: a joiner, a word that names nothing, another value's word), or a word of talk with no noun's reading
    right after a digit or Latin string ("Lisa#2020 нормально?"; "qwerty ромашка" goes on). Prepositions go between words ("ёжик в тумане"); at most five words of
    the language ("барсик две тысячи десять"); digits, Latin strings and letters said by name ("кью дабл ю е эр ти")
    not counted. A number with a unit after it is an amount, no secret; a date or a time alone is no secret."""
    start, end, word, ends = words[first]
    if _DATE_OR_TIME.fullmatch(word) or _MASK.fullmatch(word):
        return None  # a date or a time alone is no secret; "••••••••", "XXXX" hide one
    if HYPHENATED_DIGITS.fullmatch(word) and counts_something(text, end):
        return None  # "10 штук по 8 символов", "500 рублей": how many, not which
    i, said = first, int(not _is_strong(word) and not _is_a_letter(word))
    while (not words[i][3] or _spelled_with_commas(text, words, i)) and i + 1 < len(words):
        if _spelled_with_commas(text, words, i):
            i += 1  # "эм, а, эр, к": each character a word of its own
            continue
        nxt = words[i + 1][2]
        spelled = _spelled_through(text, words, i + 1)
        if spelled is not None and spelled > i + 1 and not any(words[k][3] for k in range(i + 1, spelled)):
            i = spelled  # "восклицательный знак", "нижнее подчёркивание": one character said in two words
            continue
        if nxt.lower() == "как" and _is_a_letter(words[i][2]) and not words[i + 1][3] and i + 2 < len(words) \
                and _names_something(words[i + 2][2]):
            i += 2  # "эс как доллар", "кей как кирилл": the letter told by an example
            continue
        counted = not _is_strong(nxt) and not _is_a_letter(nxt)
        if len(nxt) == 1 and not counted and not _is_strong(nxt) and HYPHENATED_DIGITS.fullmatch(words[i][2]) and (
                i + 2 >= len(words) or not (_is_a_letter(words[i + 2][2]) or _is_strong(words[i + 2][2]))):
            break  # "215 49 и потом": a conjunction after digits, not a letter spelled
        if counted and HYPHENATED_DIGITS.fullmatch(words[i][2]):
            break  # "62910473 после идент.": talk after a number said
        if counted and _is_strong(words[i][2]) and not _may_be_a_noun(nxt):
            break  # "сменил на Lisa#2020 нормально?": talk goes on after a typed string; "qwerty ромашка" is one
        if (_spells_on(text, words, i) or _goes_on(nxt)) and (not counted or said < _MOST_WORDS):
            i, said = i + 1, said + int(counted)
        elif _PREPOSITION_WORD.fullmatch(nxt) and not words[i + 1][3] and i + 2 < len(words) \
                and _names_something(words[i + 2][2]) and _goes_on(words[i + 2][2]) and said + 2 <= _MOST_WORDS:
            i, said = i + 2, said + 2
        else:
            break
    if HYPHENATED_DIGITS.fullmatch(words[i][2]) and counts_something(text, words[i][1]):
        # "пароль qwerty 500 рублей списали": the amount is not the secret's; a digit said alone before its unit is the
        # count by itself ("три три четыре девять четыре цифры": the code is 3349)
        if len(words[i][2]) == 1 and i > first:
            i -= 1
        else:
            while i > first and HYPHENATED_DIGITS.fullmatch(words[i][2]):
                i -= 1
            if HYPHENATED_DIGITS.fullmatch(words[i][2]):
                return None  # "1 500 рублей": an amount, no code
    return start, words[i][1]


def _value_after_cue(text: str, pos: int, line_end: int, digits_only: bool = False,
                     mark: re.Pattern = _MARK, bare: bool = False) -> tuple[int, int] | None:
    """The value right after a cue ending at `pos`: past a mark, filler words ("пароль кстати был …") and whose secret it
    is ("пароль от ЛК жены"); after the note's own words about the secret ("пароль временно поставил Mama2024", "к/с
    назвала верно: Пермь1989") the value that the clause announces (`_value_past_talk`); none when the cue ends its
    clause ("пришла смс с кодом, а потом …") or the clause says no value ("пароль не помнит", "PIN-код заблокирован").
    A one-time code's value is `digits_only`; a `bare` "код" takes only a value's shape right after it."""
    mark = mark.match(text, pos, line_end)
    if mark is None:
        return None
    words = _words(text, mark.end(), line_end)
    i = counted = 0  # the fillers of a pause ("ээ ну там это самое") are not counted, as after a number's cue (cue_reach)
    counted_of_what = 0  # where a phrase of what the secret is of may open: not past other words ("… а на её номер")
    while i < min(len(words), _WORDS_PASSED) and not words[i][3] and not _is_strong(words[i][2]):
        of_what = _of_what_phrase(words, i) if i == counted_of_what else 0  # right after the cue or another one
        if of_what and counted < 3:
            # "пароль на вход …", "код от домофона …", "на латинице …": what the secret opens or how it is written;
            # a code of something is one kept, not an error's or a region's ("код ошибки" has no preposition)
            bare = bare and words[i][2].lower() not in _OF_SOMETHING
            i, counted = i + of_what, counted + 1
            counted_of_what = i
            continue
        if any(str(p.tag.POS) in ("ADVB", "PRCL") for p in parses(words[i][2])[:1]) and i + 1 < len(words) \
                and not _HEDGE.fullmatch(words[i][2]) and not _NEGATION.fullmatch(words[i][2]) \
                and _said_value(words[i + 1][2]) and counted < 3:
            i, counted = i + 1, counted + 1  # "пароль от вайфая тоже ромашка": a particle or adverb before a value named
            continue
        filler = filler_length([word for _, _, word, _ in words[i:i + 2 if not words[i][3] else i + 1]], 0)
        if not filler and (counted == 3 or not (_GAP.fullmatch(words[i][2]) or _whose(words[i][2]))):
            break
        counted += not filler
        i += filler or 1
    if i >= len(words) or _whose(words[i][2]):
        return None
    word = words[i][2]
    if bare:
        shaped = _typed_value(text, words, i) or (_spelled_through(text, words, i) is not None and len(word) > 1
                                                  and i + 1 < len(words) and not words[i][3]
                                                  and (_is_strong(words[i + 1][2]) or _is_a_letter(words[i + 1][2])))
        return _value_span(text, words, i) if shaped else None
    if digits_only and not _is_strong(word):
        return None  # "код подтверждения не пришёл"
    if _spelled_with_commas(text, words, i):
        return _value_span(text, words, i)  # "пароль: а, эм, эр": a letter that is also a word opens a spelled value
    if not _is_strong(word) and (_NOT_A_VALUE.fullmatch(word) or names_nothing(word) or _is_talk(words, i)
                                 or (":" not in mark.group() and _oblique(word))
                                 or re.fullmatch(OF_WHAT_WORDS, word, re.IGNORECASE)):
        return _value_past_talk(text, words, i)  # "пароль не помнит": the note's words about the secret
    if _DASH.search(mark.group()) and _opens_a_clause(text, words, i, line_end):
        return None  # "пароль от личного кабинета — сотрудники его никогда не спрашивают"
    if _ANOTHER_VALUE.match(word):
        # "пароль у меня дата рождения сына 0507": what the secret was made of, then the value
        return _value_past_talk(text, words, i) or _with_alternatives(text, words, i)
    return _with_alternatives(text, words, i)


_DASH = re.compile(r"[—–]|(?<!\S)-(?!\S)")


def _has_a_values_shape(text: str, words: list[tuple[int, int, str, bool]], k: int) -> bool:
    """Is words[k] shaped as a value, not as a word of the sentence: digits or Latin letters, a letter said by its name,
    quoted, or capitalised inside a sentence ("пароль — Ромашка", "кодовое слово «ромашка»")?"""
    word = words[k][2]
    if _is_strong(word) or _is_a_letter(word):
        return True
    before = text[max(0, words[k][0] - 1):words[k][0]]
    if before in ("«", "\"", "“", "'", "„"):
        return True
    return word[:1].isupper() and not _SENTENCE_END.search(text[max(0, words[k][0] - 3):words[k][0]]) \
        and words[k][0] > 0 and not re.search(r"(?:^|\n)[^\S\n]*\Z", text[:words[k][0]])


def _opens_a_clause(text: str, words: list[tuple[int, int, str, bool]], k: int, end: int) -> bool:
    """Does the word after a dash or a colon open a clause of its own rather than name the value — a plain word (no
    value's shape) whose clause holds a verb: "— подписки я отключу сам", ": последние цифры номеров сообщаются …"?
    A dash or a colon joins sentences as well as it sets off a value; the value is said alone ("— Ромашка", ": ромашка,
    клиент подтвердил")."""
    return not _has_a_values_shape(text, words, k) and _a_verb_in_its_clause(text, words[k][0], end)


def _said_value(word: str) -> bool:
    """Can `word` open a value said after a hedge: a digit or Latin string, or a word that may be a noun and names
    something — no talk about the secret, another value's word, a preposition, a cue or whose the secret is."""
    if _is_strong(word):
        return not _DATE_OR_TIME.fullmatch(word)
    return _names_something(word) and _may_be_a_noun(word) and not _NOT_A_VALUE.fullmatch(word) \
        and not _ANOTHER_VALUE.match(word) and not _PREPOSITION_WORD.fullmatch(word) and not _CUE.match(word) \
        and not _whose(word)


def _with_alternatives(text: str, words: list[tuple[int, int, str, bool]], first: int) -> tuple[int, int] | None:
    """The value opening at words[first] (`_value_span`) and what goes with it in the clause: the alternatives a hedge
    joins ("ромашка то ли лютик", "ромашка или лютик"), and a number the secret is made of after another value's word
    ("пароль мой день рождения 0101": the birthday's digits are the password's)."""
    value = _value_span(text, words, first)
    while value is not None:
        k = next((n for n, word in enumerate(words) if word[0] >= value[1]), len(words))
        if k >= len(words) or words[k - 1][3] and not _ALTERNATIVE.fullmatch(words[k][2]):
            return value
        m = k
        while m < len(words) and m < k + 2 and _ALTERNATIVE.fullmatch(words[m][2]) and not words[m][3]:
            m += 1
        if k < m < len(words) and words[m - 1][2].lower() != "то" and _said_value(words[m][2]):
            more = _value_span(text, words, m)  # "то ли лютик"
        elif _ANOTHER_VALUE.match(words[k][2]) and not words[k][3] and k + 1 < len(words) \
                and not _is_strong(words[k - 1][2]) and HYPHENATED_DIGITS.fullmatch(words[k + 1][2]) \
                and sum(ch.isdigit() for ch in text[words[k + 1][0]:words[-1][1]]) <= _LONGEST_CODE:
            more = _value_span(text, words, k + 1)  # "день рождения 0101"
        else:
            return value
        if more is None:
            return value
        value = (value[0], more[1])
    return value


def _a_verb_in_its_clause(text: str, start: int, end: int) -> bool:
    """Does the clause from `start` (to a punctuation mark or `end`) hold a verb: talk, not a value named?"""
    clause = _ENDS_VALUE.search(text, start, end)
    words = re.findall(r"[а-яё]+", text[start:clause.start() if clause else end].lower())
    return any(str(found[0].tag.POS) in ("VERB", "INFN") for word in words if (found := parses(word)))


# The prepositions of what a secret is of or for ("пароль от вайфая", "для входа", "к приложению", "на вход", "в лк"),
# how it is written ("на латинице") or how it was given ("по смс" is `_oblique`'s, read there); "от", "для", "к" name
# what a code opens, which makes a bare "код" a kept one
_OF_SOMETHING = frozenset({"от", "для", "к"})
# each with the cases it governs
_OF_WHAT_PREPOSITIONS = {"от": {"gent"}, "для": {"gent"}, "к": {"datv"}, "на": {"accs", "loct"}, "в": {"accs", "loct"},
                         "во": {"accs", "loct"}}
_PHRASE_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def _of_what_phrase(words: list[tuple[int, int, str, bool]], i: int) -> int:
    """How many words the phrase opening at words[i] takes when it says what the secret is of or how it is written: one
    of `_OF_WHAT_PREPOSITIONS` and a noun in a case it governs (pymorphy's reading of an unknown word too: "вайфая"),
    adjectives before it ("от домашнего
    роутера", "на вход", "на латинице", "к лк") — by pymorphy, not by a list of devices; 0 when none opens there."""
    cases = _OF_WHAT_PREPOSITIONS.get(words[i][2].lower())
    if not cases or words[i][3]:
        return 0
    for j in range(i + 1, min(len(words), i + 4)):
        word = words[j][2]
        if re.fullmatch(OF_WHAT_WORDS, word, re.IGNORECASE):
            return j - i + 1
        spelled = _spelled_term(words, j)
        if spelled:
            return j - i + spelled  # "от эл ка", "в эс эм эс": the kind's own word spelled aloud
        found = [p for p in parses(word) if str(p.tag.POS) in _PHRASE_POS and p.tag.case in cases]
        if not found or _is_strong(word) or (words[i][2].lower() == "на" and _ANOTHER_VALUE.match(word)
                                             and all(p.tag.case == "accs" for p in found)):
            return 0  # "пароль … на номер администратора": where it is sent (another value's), not what it is of
        if any(str(p.tag.POS) == "NOUN" for p in found):
            return j - i + 1
        if words[j][3]:
            return 0
    return 0


_LONGEST_TERM = 4  # letters of the kind's own words spelled aloud at most ("эс эм эс", "эл ка", "вай фай")


def _spelled_term(words: list[tuple[int, int, str, bool]], i: int) -> int:
    """How many words from words[i], each a letter said by its name, spell one of the kind's own words — what a secret
    is of or is sent by (OF_WHAT_WORDS, SENT_BY_WORDS: "эл ка" is ЛК, "эс эм эс" is SMS) or a word a kind is named by
    (`_names_a_kind`) — read in Cyrillic or Latin letters; 0 when they spell none. Such letters are the word, no value
    spelled: "пароль придёт в эс эм эс", "продиктовать пароль от эл ка"."""
    names: list[str] = []
    for j in range(i, min(len(words), i + _LONGEST_TERM)):
        name = words[j][2].lower()
        if name not in LETTER_NAMES and name not in LATIN_LETTER_NAMES:
            break
        names.append(name)
        if words[j][3]:
            break
    for count in range(len(names), 1, -1):
        for reading in ("".join(LETTER_NAMES.get(name, "?") for name in names[:count]).lower(),
                        "".join(LATIN_LETTER_NAMES.get(name, "?") for name in names[:count])):
            if re.fullmatch(OF_WHAT_WORDS + "|" + SENT_BY_WORDS, reading, re.IGNORECASE) or _names_a_kind(reading):
                return count
    return 0


def _oblique(word: str) -> bool:
    """Has `word` only an oblique case's readings ("прислал пароль открытым текстом", "пароль по смс"): a way or a
    means, not a value named — a code word is said in the nominative."""
    found = parses(word)
    return bool(found) and all(p.tag.case in _OBLIQUE_CASES for p in found)


def _whose(word: str) -> bool:
    """A person's noun in the genitive: whose secret it is ("пароль от кабинета жены", "пин мамы"), not the secret."""
    return any(p.normal_form.replace("ё", "е") in PERSON_NOUN_LEMMAS and p.tag.case == "gent" for p in parses(word))


def _typed_value(text: str, words: list[tuple[int, int, str, bool]], j: int) -> bool:
    """Has words[j] a typed secret's shape — letters with digits or symbols ("Mama2024", "R0uter#Ekb", "b7e1c0f4"), or
    four digits or more that count nothing ("поставил 6094", not "3 раза", "8 символов") — and is it no date or time?"""
    word = words[j][2]
    if _DATE_OR_TIME.fullmatch(word) or re.fullmatch(OF_WHAT_WORDS, word, re.IGNORECASE) \
            or _NOBODYS_ID_BEFORE.search(text, max(0, words[j][0] - 20), words[j][0]):
        return False
    if HYPHENATED_DIGITS.fullmatch(word):
        digits = sum(ch.isdigit() for ch in word)
        k = j
        while not words[k][3] and k + 1 < len(words) and HYPHENATED_DIGITS.fullmatch(words[k + 1][2]):
            k += 1
            digits += sum(ch.isdigit() for ch in words[k][2])
        return digits >= _SHORTEST_CODE and not counts_something(text, words[k][1])
    spelled = _spelled_through(text, words, j)
    if spelled is not None and len(word) > 1 and not words[spelled][3] and spelled + 1 < len(words) \
            and (_is_a_letter(words[spelled + 1][2]) or _is_strong(words[spelled + 1][2])) \
            and not any(k + _spelled_term(words, k) > j for k in range(max(0, j - _LONGEST_TERM + 1), j + 1)):
        return True  # "большая эф эс как доллар", "ха бэ три эр": a value spelled aloud; "эс эм эс" is SMS
    letters = re.search(r"[^\W\d_]", word)
    return bool(letters) and bool(re.search(r"[\d_@#$%&*!?+=]", word) or re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]", word))


def _joins_digits(word: str) -> bool:
    """Is `word` a noun a password joins its digits to ("мама 2024", "зотов 123"), not the talk before them?"""
    return not _is_strong(word) and _names_something(word) and not _NOT_A_VALUE.fullmatch(word) \
        and not _ANOTHER_VALUE.match(word) and not _PREPOSITION_WORD.fullmatch(word) \
        and any(str(p.tag.POS) == "NOUN" and p.tag.case == "nomn" for p in parses(word)[:1])


def _value_past_talk(text: str, words: list[tuple[int, int, str, bool]], first: int) -> tuple[int, int] | None:
    """The value a cue's clause gives after the note's own words about the secret: what follows a colon ("к/с назвала
    верно: Пермь1989", "ответ кл.: пельмени с лосятиной"), or the first word of a typed secret's shape ("пароль я ему
    придумал DedVasya_50"). The clause ends at a sentence's end, another value's word, another cue, or a word saying
    the value is a default or an example ("по умолчанию admin/admin") — nobody's secret."""
    for j in range(first, min(len(words), first + _TALK_BEFORE_VALUE)):
        word = words[j][2]
        # "или" right after the cue lists what else to name ("кодовое слово или данные паспорта"), it hedges no value
        if _HEDGE.fullmatch(word) and not words[j][3] and not (j == first and _ALTERNATIVE.fullmatch(word)) \
                and not _an_instruction(words[first:j]):
            # past an instruction the talk is the operator's ("придёт в смс, зайдите, там будет раздел …")
            m = j + 1
            while m < len(words) and m < j + 3 and (_GAP.fullmatch(words[m][2]) or _HEDGE.fullmatch(words[m][2])) \
                    and not words[m][3]:
                m += 1  # "вроде бы", "было кажется"
            if m < len(words) and _said_value(words[m][2]):
                return _with_alternatives(text, words, m)  # "у нас было москва", "э забыл то ли ромашка"
        if _NOT_THE_CUSTOMERS.fullmatch(word) or _CUE.fullmatch(word) or (
                not _is_strong(word) and _ANOTHER_VALUE.match(word) and not _made_of(words, j)):
            return None
        if j > first and _typed_value(text, words, j) and not (
                _PREPOSITION_WORD.fullmatch(words[j - 1][2]) and (words[j - 1][2].lower() != "на" or not any(
                    _CHANGE_VERB.fullmatch(w) for _, _, w, _ in words[first:j - 1]))):
            # "поменял на Lisa#2020"; never a preposition's phrase ("можно по ю эс эс ди получить", "отправьте смс на
            # 9856": where it is sent)
            if HYPHENATED_DIGITS.fullmatch(word) and j - 1 > first and not words[j - 1][3] and _joins_digits(words[j - 1][2]):
                return _value_span(text, words, j - 1)  # "пароль ей поставьте мама 2024": the word and its digits
            return _value_span(text, words, j)
        gap = text[words[j][1]:words[j + 1][0] if j + 1 < len(words) else len(text)]
        if ":" in gap and j + 1 < len(words):
            k = j + 1
            while k + 1 < len(words) and _GAP.fullmatch(words[k][2]) and not words[k][3]:
                k += 1  # "обновили: было «Арарат»"
            nxt = words[k][2]
            if _opens_a_clause(text, words, k, words[-1][1]) and not _spelled_with_commas(text, words, k):
                return None  # "кодового слова недостаточно: последние цифры номеров сообщаются …"
            return _value_span(text, words, k) if _is_strong(nxt) or _names_something(nxt) \
                or _spelled_with_commas(text, words, k) else None
        if (re.search(r"[—–]|\s-\s", gap) or word in ("-", "—", "–")) and j + 1 < len(words) \
                and ":" not in text[words[j][1]:words[min(j + 3, len(words) - 1)][0]]:
            # a dash before the value ("вопрос («кличка первой собаки») — Дружок"); a label's colon after it is the mark
            # ("«Любимое блюдо» — ответ кл.: …"), a preposition's phrase no value ("— при регистрации")
            nxt = words[j + 1][2]
            if _PREPOSITION_WORD.fullmatch(nxt) or _opens_a_clause(text, words, j + 1, words[-1][1]):
                return None  # "… никому не называйте, даже нам, — подписки я отключу сам"
            return _value_span(text, words, j + 1) if _is_strong(nxt) or _names_something(nxt) else None
        if gap.strip() == "(" and j + 1 < len(words) and _named_in_brackets(text, words, first, j):
            return _value_span(text, words, j + 1)  # "кодовое слово назвал верно (казань)": the value in brackets
        if re.search(r"[.?!…;]", gap) and not _ABBREVIATION.fullmatch(word):
            return None
    return None


# the verbs whose "на" gives the value: a change ("поменял на Lisa#2020", "поставила на 1983"), how it begins or ends
# ("начинался на N7") — not where it is sent ("отправьте смс на 9856")
_CHANGE_VERB = re.compile(r"(?:по|с|из|за)?мен\w*|постав\w*|установ\w*|начина\w*|(?:за|о)?канчива\w*",
                          re.IGNORECASE)


def _an_instruction(words: list[tuple[int, int, str, bool]]) -> bool:
    """Is one of `words` a verb in the imperative, its likeliest reading ("зайдите", "отправьте"): the operator telling
    what to do, not what the secret is?"""
    return any("impr" in found[0].tag for _, _, word, _ in words if (found := parses(word)[:1]))


def _named_in_brackets(text: str, words: list[tuple[int, int, str, bool]], first: int, j: int) -> bool:
    """After the note's words of telling the secret ("назвал верно", "сообщил"), one word alone in brackets — a
    value's shape or a word that names something, no other value's word — is the secret told ("кодовое слово назвал
    верно (казань)"); brackets after other talk ("не помнит (клиент пожилой)") give none."""
    inside = words[j + 1]
    if text[inside[1]:inside[1] + 1] != ")" or not (_is_strong(inside[2]) or _names_something(inside[2])) \
            or _ANOTHER_VALUE.match(inside[2]) or _NOT_THE_CUSTOMERS.fullmatch(inside[2]):
        return False
    return any(p.normal_form in ASKING_OR_TELLING for _, _, word, _ in words[first:j + 1] for p in parses(word)[:1])


def _made_of(words: list[tuple[int, int, str, bool]], j: int) -> bool:
    """Does the other value's word at words[j] say what the secret was made of or is shared with — someone's value
    ("пароль как у почты Qwerty2024", "поставил дату рождения сына 0507") — rather than another value given? It follows
    "у" or "от", or a person's genitive ("сына", "мамы": `_whose`) comes within two words after it, the clause going on."""
    if j > 0 and words[j - 1][2].lower() in ("у", "от") and not words[j - 1][3]:
        return True
    return any(_whose(word) for _, _, word, _ in words[j + 1:j + 3]) and not any(ends for *_, ends in words[j:j + 2])


def _value_answering(text: str, start: int, end: int, digits_only: bool = False) -> tuple[int, int] | None:
    """The value opening an answer: past the listener's words and words that name nothing ("а мне пришло …", "поменял
    на …", "а он был …"); none past a preposition's phrase ("а где это в приложении")."""
    words = _words(text, start, end)
    for i, (word_start, word_end, word, _) in enumerate(words[:_ANSWER_OPENING_WORDS]):
        if _ANOTHER_VALUE.match(word) or (_PREPOSITION_WORD.fullmatch(word) and word.lower() != "на"):
            return None  # another value's word, or a preposition's phrase ("а где это в приложении")
        if digits_only and not _is_strong(word) and _typed_value(text, words, i):
            value = _value_span(text, words, i)  # "ну стим гард там буквы ар семь икс кей пи": a code spelled
            return value if value and _LATIN_OR_DIGIT.search(text, *value) else None
        if _is_strong(word) or (_names_something(word) and not digits_only and not _is_talk(words, i)
                                and not (_NOT_A_VALUE.fullmatch(word) and _may_be_a_noun(word))):
            # the note's own nouns for the secret open no value ("у меня не слово а число 42")
            return _value_span(text, words, i) if not digits_only or HYPHENATED_DIGITS.fullmatch(word) else None
        if text[word_end:word_end + 1] in (".", "!", "?"):
            return None  # the answer's first sentence said no value ("хорошо. и …")
    return None


def _old_and_new(text: str, cue, line_start: int, line_end: int) -> list[tuple[int, int, float, str]]:
    """Both values of a change told after its cue — "код. слово сменили с Черёмуха на кедр1988", "смена код. слова: было
    Ромашка (…), стало Сапсан2025" — and the new one after a change said before the cue ("Сменили кодовое слово на
    Глухарь"): an old code word is the customer's too (fail closed)."""
    def a_value(word: str) -> bool:  # a password's shape, or a word written as a name is ("Черёмуха"), not talk
        return _is_strong(word) or word[:1].isupper() and _may_be_a_noun(word)

    def new_value(start: int) -> tuple[int, int] | None:
        words = _words(text, start, line_end)
        # "сменить пароль на Госуслугах": a place where (an oblique case), not the new value
        return _value_span(text, words, 0) if words and a_value(words[0][2]) and (
            _is_strong(words[0][2]) or not _oblique(words[0][2])) else None

    found = []
    for change in (*_FROM_TO.finditer(text, cue.end(), line_end), *_WAS_BECAME.finditer(text, cue.end(), line_end)):
        quoted = "quote" in change.re.groupindex and change.group("quote") is not None  # quoted: a value, any case
        reach = _WAS_BECAME_REACH if change.re is _WAS_BECAME else _FROM_TO_REACH
        if change.start() - cue.end() > reach or not (quoted or a_value(change.group("old"))):
            continue
        found.append((change.start("old"), change.end("old"), 0.85, "the old secret of a change"))
        new = new_value(change.end())
        if new is not None:
            found.append(new + (0.85, "the new secret of a change"))
    onto = _ONTO.match(text, cue.end())
    if onto is not None and _CHANGE_BEFORE.search(text, max(line_start, cue.start() - 30), cue.start()):
        new = new_value(onto.end())
        if new is not None:
            found.append(new + (0.85, "a new secret said for the old one"))
    return found


# A list of secrets after its cue: "Кодовые слова по холдингу (…): «Исеть-Логистик» — Малахит; «Исеть-Склад» —
# малахит-2; ИП Акопян Н.С. — Арарат1979": the cue's clause ends with a colon, each item names whose the secret is, a
# dash, then the secret; items are parted by ";" (or a line's bullets are other lines: not read here).
_LIST_OPENS = re.compile(r"[^\n:;]{0,80}?:[ \t]*")
# Entered only where a run of blanks starts (or with none), the owner's words from a non-blank: linear under a search
# (red team scans every regex on long runs of blanks: tests/test_redos.py), the same items under `.match`.
_LIST_ITEM = re.compile(r"(?:(?<![ \t])|(?![ \t]))[ \t]*+(?P<whose>[^;\n—–=\s][^;\n—–=]{0,59}?)[ \t]+[—–=-][ \t]+(?=\S)")
_LIST_ITEMS = 2  # a list: two items at least (one "X — Y" after a colon is the plain reading's)


def _listed(text: str, cue, line_end: int) -> list[tuple[int, int]]:
    """The secrets of a list after its cue (`_LIST_ITEM`): the value after each item's dash, read as a secret is
    (`_value_span`: to its clause's end); none unless two items or more read so, each value a value's shape (a typed
    string, a word written as a name is)."""
    opens = _LIST_OPENS.match(text, cue.end(), line_end)
    if opens is None:
        return []
    found, at = [], opens.end()
    while at < line_end:
        item_end = text.find(";", at, line_end)
        item_end = line_end if item_end < 0 else item_end
        item = _LIST_ITEM.match(text, at, item_end)
        if item is None:
            break
        words = _words(text, item.end(), item_end)
        if not words or not (_is_strong(words[0][2]) or words[0][2][:1].isupper() and _may_be_a_noun(words[0][2])):
            break
        found.append(_value_span(text, words, 0))
        if None in found or item_end == line_end:
            break
        at = item_end + 1
    found = [span for span in found if span is not None]
    return found if len(found) >= _LIST_ITEMS else []


def _codes_said_after(text: str, start: int, end: int) -> list[tuple[int, int, float, str]]:
    """A code's digits said in the lines after its cue (a one-time code, a PIN, a PUK): every short digit run, or a
    piece of one read out digit by digit ("4 8", then "0 2 9"), that is no amount, count, another value's number, a
    default or an example ("кроме простых комбинаций вроде 1111")."""
    out = []
    for run in _CODE_RUN.finditer(text, start, end):
        digits = sum(ch.isdigit() for ch in run.group())
        named = _words(text, max(start, run.start() - 40), run.start())[-4:]
        if any((_ANOTHER_VALUE.match(word) and not _counted(text, named, k) and not _made_of(named, k)
                and not _sent_to(named, k))
               or _NOT_THE_CUSTOMERS.fullmatch(word)
               for k, (_, _, word, _) in enumerate(named) if k >= len(named) - 2) \
                or any(_NOT_THE_CUSTOMERS.fullmatch(word) for _, _, word, _ in named) \
                or _NOBODYS_ID_BEFORE.search(text, max(0, run.start() - 20), run.start()):
            continue  # "номер заявки 1234567": another value's number
        if _HOUR_MINUTE.fullmatch(run.group()) and _AT_A_TIME.search(text, max(0, run.start() - 10), run.start()):
            continue  # "сегодня вечером в десять сорок семь": a time said
        shortest = _SHORTEST_PIECE if _DIGIT_BY_DIGIT.fullmatch(run.group()) else _SHORTEST_CODE
        if shortest <= digits <= _LONGEST_CODE and not counts_something(text, run.end()):
            out.append(run.span() + (0.75, "a short number said after a code's cue"))
    return out


def _sent_to(words: list[tuple[int, int, str, bool]], k: int) -> bool:
    """Is words[k] the number a code went to ("Код на номер мужа: 47 09 13"), not the value's own name?"""
    return k > 0 and words[k - 1][2].lower() == "на"


def _counted(text: str, words: list[tuple[int, int, str, bool]], k: int) -> bool:
    """Is words[k] the unit a number before it counts ("пять цифр", "6 символов"): the code's length, no value named?"""
    return k > 0 and HYPHENATED_DIGITS.fullmatch(words[k - 1][2]) is not None and counts_something(text, words[k - 1][1])


def _typed_after(text: str, start: int, end: int) -> list[tuple[int, int, float, str]]:
    """A typed secret's shape — letters with digits or symbols ("Vesna2023", "K2F9-7QLM-04XD") — in the lines after a
    secret's cue: the same secret retyped, corrected or offered in turn ("Qwe123rty, затем поправился: «нет,
    Qwe321rty»"). Not a mailbox or a link, not what a login word names, not a default or an example."""
    out = []
    words = _words(text, start, end)
    for j, (word_start, word_end, word, _) in enumerate(words):
        if not _PASSWORD_SHAPE.fullmatch(word) or _NOT_A_TYPED_SECRET.search(word) or _CUE.fullmatch(word):
            continue
        label = _SPEAKER.match(text, text.rfind("\n", 0, word_start) + 1)
        if label and label.end() >= word_end:
            continue  # the line's speaker ("speaker_01:"), not what they say
        before = [w for _, _, w, _ in words[max(0, j - 3):j]]
        if any(_LOGIN_WORD.fullmatch(w) or _NOT_THE_CUSTOMERS.fullmatch(w) or _ANOTHER_VALUE.match(w) for w in before) \
                or _NOBODYS_ID_BEFORE.search(text, max(0, word_start - 20), word_start):
            continue  # "Логин marat_x", "по умолчанию admin/admin", "обращение № 4410", "оп. op3317"
        out.append((word_start, word_end, 0.5, "a typed secret's shape in the lines after its cue"))
    return out


def names_whose_code(word: str) -> bool:
    """Is `word`, right after a bare "код", a noun in the genitive naming whose code it is ("код региона", "код
    ошибки", "код города") — so the code is no one's secret?"""
    return any(p.tag.case == "gent" and str(p.tag.POS) == "NOUN" for p in parses(word)[:1])


def _a_bare_code_of_something(question: str, start: int, end: int) -> bool:
    """Kind.names_something_else for SECRET: the words of asking are a bare "код" and the next word names whose code
    it is ("какой код региона у вас": the answer "семьдесят семь" is no secret)."""
    if question[start:end].lower() != "код":
        return False
    after = re.match(r"\s+([а-яё]+)", question[end:].lower())
    return bool(after) and names_whose_code(after.group(1))


def _asks_for_a_code(text: str, clause_start: int, cue_start: int, cue_end: int, line_end: int) -> bool:
    """Does a bare "код" ask for a code, or tell one was given — a question or a verb of asking or telling in its clause
    ("какой код вы назвали", "а код?", "назовите код", "второй код спросил я сказала …") — so that the digits said next
    are the code? Not when a noun in the genitive names whose code it is ("код региона", "код ошибки", "код города")."""
    after = _words(text, cue_end, line_end)
    if after and names_whose_code(after[0][2]):
        return False
    if _SENTENCE_END.match(text, cue_end) is None and text[cue_end:cue_end + 2].strip().startswith("?"):
        return True
    if text[clause_start:cue_start].strip().lower() == "а" and not after:
        return True  # "оператор: а код": the question
    clause = _words(text, max(clause_start, cue_start - 40), cue_start)[-3:] + after[:8]
    if any(counts_something(text, end) or _DIGIT_COUNT.fullmatch(word) for _, end, word, _ in after[:4]):
        return True  # "код там пять цифр …", "код шестизначный …": its length named, its digits follow
    return any(p.normal_form in ASKING_OR_TELLING for _, _, word, _ in clause for p in parses(word)[:1])


# A bare "код" in a sentence that sends it, says it comes, asks for it or confirms with it ("коды уходят на номер",
# "было запрошено пять кодов", "нужно подтверждение кодом", "код придёт ему"): a one-time code, by the lemmas of its
# sentence — its digits said in the next lines are the code (pii_au50: the caller's "пришло … 7391", "последний был 6048").
ONE_TIME_LEMMAS = frozenset({"отправить", "отправлять", "прислать", "присылать", "выслать", "высылать", "прийти",
                             "приходить", "уйти", "уходить", "запросить", "запрашивать", "получить", "получать",
                             "подтверждение", "подтвердить", "подтверждать"})


def _a_code_sent(text: str, cue, line_start: int, line_end: int) -> bool:
    """Is the bare "код" at `cue` a one-time code — its sentence's words (ONE_TIME_LEMMAS) send it, say it comes, ask for
    it or confirm with it — and not a code of something named after it ("код ошибки пришёл")?"""
    before, after = _words_around(text, cue, line_start, line_end)
    if after and names_whose_code(after[0]):
        return False
    return any(p.normal_form in ONE_TIME_LEMMAS for word in before + after for p in parses(word)[:1])


def _lines(text: str) -> list[tuple[int, int, str | None, int]]:
    """(start, end, speaker, where the words start) of each line; the speaker None when the line names none."""
    out, at = [], 0
    for line in text.split("\n"):
        label = _SPEAKER.match(text, at, at + len(line))
        speaker = label.group(1).lower() if label else None
        out.append((at, at + len(line), speaker, label.end() if label else at))
        at += len(line) + 1
    return out


class _TranslitCue:
    """A cue typed in translit ("parol Qwerty2024", "kodovoe slovo romashka", red team bb7 21) — read through
    lexicon.latin_to_cyrillic, so the cue is the one `_CUE` — at its place in the text (`start`, `end`)."""

    def __init__(self, match: re.Match, start: int, end: int) -> None:
        self._match, self._start, self._end = match, start, end

    def start(self, name: str | int = 0) -> int:
        """Where the cue (or its group `name`, read from the cue's end in the translit reading) starts; -1 for a group
        that did not take part, as re.Match answers."""
        if name == 0 or self._match.start(name) < 0:
            return self._start if name == 0 else -1
        return max(self._start, self._end - (self._match.end() - self._match.start(name)))

    def end(self, name: str | int = 0) -> int:
        """Where the cue (or its group `name`) ends: a group ending where the cue does ends at the cue's end in the
        text (the bare code's test `cue.end() == cue.end("bare")` asks a translit cue too: «пароль кстати был koD0»
        raised TypeError here, found by tests/test_kinds_secret_s30.py's property)."""
        if name == 0 or self._match.end(name) < 0:
            return self._end if name == 0 else -1
        return max(self._start, self._end - (self._match.end() - self._match.end(name)))

    def group(self, name: str | int = 0) -> str | None:
        return self._match.group(name)


_LATIN_WORD = re.compile(r"[A-Za-z]")


def _cues(text: str, start: int, end: int) -> list:
    """The secret's cues in text[start:end]: as written, and typed in translit (`_TranslitCue`)."""
    cues: list = list(_CUE.finditer(text, start, end))
    if not _LATIN_WORD.search(text, start, end):
        return cues
    tokens = list(_TOKEN.finditer(text, start, end))
    reading, places = "", []
    for token in tokens:
        piece = latin_to_cyrillic(token.group()) if _LATIN_WORD.search(token.group()) else token.group()
        reading += (" " if reading else "")
        places.append((len(reading), len(reading) + len(piece), token))
        reading += piece
    for match in _CUE.finditer(reading):
        first = next(k for k, (_, right, _) in enumerate(places) if right > match.start())
        last = next(k for k, (_, right, _) in enumerate(places) if right >= match.end())
        if not any(_LATIN_WORD.search(token.group()) for _, _, token in places[first:last + 1]):
            continue  # written in Cyrillic: found above
        if is_initials(match.group()):
            continue  # a phrase's initials are Cyrillic shorthand ("кс"); in translit they are any "x" ("X000", "Xyz")
        left, right, token = places[last]
        if match.end() < right and reading[match.end()].isalnum():
            continue  # the cue read inside a word it does not end ("koD0" read as «код» + "0"): the word may be the value
        cue = _TranslitCue(match, places[first][2].start() + max(0, match.start() - places[first][0]),
                           token.end() - (right - match.end()))
        # "pin kod 4821": the cue read in translit is longer than the written "pin" at the same place
        cues = [c for c in cues if not (c.start() == cue.start() and c.end() < cue.end())]
        if not any(c.start() == cue.start() for c in cues):
            cues.append(cue)
    return sorted(cues, key=lambda cue: cue.start())


_AROUND_CUE = 8  # words of the cue's sentence read before and after it (speech has no sentence ends: a turn is one)


def _words_around(text: str, cue, line_start: int, line_end: int) -> tuple[list[str], list[str]]:
    """The words of the cue's sentence (to the last sentence end before it and the next one after, within its line),
    at most `_AROUND_CUE` on each side of it, lowercase: (before, after)."""
    start = line_start
    for end in _SENTENCE_END.finditer(text, line_start, cue.start()):
        start = end.end()
    after = _SENTENCE_END.search(text, cue.end(), line_end)
    before = re.findall(r"[а-яё]+", text[start:cue.start()].lower())[-_AROUND_CUE:]
    return before, re.findall(r"[а-яё]+", text[cue.end():after.start() if after else line_end].lower())[:_AROUND_CUE]


# a city's code named as a phone's, in the cue's sentence ("с городского номера, код 3532"), or a trunk prefix and an
# area code after the cue ("код 8 495 — это Москва"): a phone's prefix, which п. 9 lets be named, no one's secret
_CITY_PHONE = re.compile(r"(?<![а-яё])" + CITY_PHONE_WORDS, re.IGNORECASE)
_TRUNK_AND_AREA = re.compile(r"(?<![ \t:—–\-])[ \t:—–\-]*+8[ \t\-(]++[1-9]\d{2,4}\)?(?![ \t\-]?\d)")  # linear


_PHONE_WORD = re.compile(PHONE_WORDS, re.IGNORECASE)


def _a_phones_code(text: str, cue, line_start: int, line_end: int) -> bool:
    """Is the bare "код" at `cue` a phone's area code: a city phone named in its sentence, or a trunk prefix and an
    area code after it? A key ("ключ") is no phone's code; a city phone's word names a phone only where no other noun
    follows it ("с городского номера", "с домашнего, код …" — not "ключ от домашнего интернета", "рабочий день")."""
    if not cue.group("bare").lower().startswith("код"):
        return False
    before, after = _words_around(text, cue, line_start, line_end)
    words = before + [cue.group("bare").lower()] + after
    for k, word in enumerate(words):
        if not _CITY_PHONE.fullmatch(word):
            continue
        following = words[k + 1] if k + 1 < len(words) else None
        if following is None or k + 1 == len(before) or _PHONE_WORD.fullmatch(following) \
                or not any("NOUN" in p.tag for p in parses(following)[:1]):
            return True  # the cue itself, a phone's word or no noun after the city phone's word
    return bool(_TRUNK_AND_AREA.match(text, cue.end(), line_end))


# What forbids telling a secret: "никому", "нельзя", or "не" before a verb of telling or showing in the imperative or
# the infinitive ("не сообщайте", "не называть", "не показывайте")
_TELLING = ASKING_OR_TELLING | frozenset({"передавать", "передать", "показывать", "показать", "озвучивать", "озвучить"})
_NOBODY = frozenset({"никому", "нельзя"})
# What sends a secret: it comes in a message, so the line holds none ("пароль придёт в смс", "отправлен временный
# пароль", "пароль выслан SMS")
_SENT = frozenset({"отправить", "отправлять", "прислать", "присылать", "выслать", "высылать", "прийти", "приходить",
                   "направить", "направлять"})


def _talk_about_the_secret(text: str, cue, value: tuple[int, int], line_start: int, line_end: int) -> bool:
    """Does the cue's sentence, before the value, forbid telling the secret ("никому не сообщайте пароль …", "пароль от
    ЛК никому не называйте, — …") or say it is sent ("новый пароль придёт вам в смс …")? Talk about the secret, an
    instruction or a notice: a word after it is no value unless shaped as one (`_shaped`) — the secret is in the
    message, not in the line. Said after the value, it is about the value told ("кодовое слово ромашка, никому его не
    сообщайте", "новый пароль ромашка придёт в смс"): the value stays."""
    before, _ = _words_around(text, cue, line_start, line_end)
    words = before + re.findall(r"[а-яё]+", text[cue.end():value[0]].lower())
    if not _NOBODY.isdisjoint(words):
        return True
    for n, word in enumerate(words):
        found = parses(word)[:1]
        if not found:
            continue
        if found[0].normal_form in _SENT:
            return True
        if n and n != len(before) and words[n - 1] == "не" and found[0].normal_form in _TELLING \
                and ("impr" in found[0].tag or str(found[0].tag.POS) == "INFN"):
            return True
    return False


def _shaped(text: str, value: tuple[int, int]) -> bool:
    """Has any word of the value a value's shape (`_has_a_values_shape`)?"""
    words = _words(text, value[0], value[1])
    return any(_has_a_values_shape(text, words, k) for k in range(len(words)))


def _access_codes(text: str, start: int, end: int) -> list[tuple[int, int, float, str]]:
    """Every access code right after what it opens (`_ACCESS_CODE`), an amount or a count excepted ("сейф 4500 руб.")."""
    return [(match.start(1), match.end(1), 0.9, "an access code after what it opens")
            for match in _ACCESS_CODE.finditer(text, start, end) if not counts_something(text, match.end(1))]


def secret_spans(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, why) of every secret in `text`: after its cue, answering it, a one-time code after its cue."""
    spans: list[tuple[int, int, float, str]] = []
    lines = _lines(text)
    for n, (line_start, line_end, speaker, words_start) in enumerate(lines):
        spans.extend(_access_codes(text, line_start, line_end))
        cues = _cues(text, line_start, line_end)
        if not cues:
            if _asks_with_its_noun_left_out(text, lines, n):
                spans.extend(_answers(text, lines, n, once=False))
            continue
        own = asked = False
        banks = 0  # the line's "к/с" cues read as a bank's correspondent account
        for cue in cues:
            if cue.group("bare") and (_NOT_A_SECRETS_CODE.search(text, line_start, cue.start())
                                      or _a_phones_code(text, cue, line_start, line_end)):
                continue  # "ошибка с кодом 403", "с городского номера, Оренбург, код 3532"
            if cue.group("asks") and not _MARKED.match(text, cue.end()):
                value = _value_past_talk(text, _words(text, cue.end(), line_end), 0)  # the question, then its answer
            else:
                value = _value_after_cue(text, cue.end(), line_end, digits_only=bool(cue.group("once")),
                                         mark=_QUESTION_MARK if cue.group("question") else _MARK,
                                         # "ключ от роутера …", "код для входа …": what it opens is named
                                         bare=bool(cue.group("bare")) and cue.end() == cue.end("bare"))
            if cue.group("bare") and value is not None and _is_the_cards_code(text, cue.start(), value):
                continue  # "действует до 11/28, код 5821": CARD_CVV reads it; a longer code stays a secret (fail closed)
            later = next((c.start() for c in cues if value is not None and value[0] <= c.start() < value[1]), None)
            if later is not None:
                # "кодовое слово — мамина девичья фамилия Зотова": the value is the later cue's
                value = None if later == value[0] else (value[0], len(text[:later].rstrip(" \t,:—-")))
            if value is not None and _BY_WAY_OF.search(text, max(line_start, cue.start() - 6), cue.start()) \
                    and all(_GAP.fullmatch(word) for word in text[cue.end():value[0]].split()) \
                    and not _is_strong(text[value[0]:value[1]].split()[0]) \
                    and _a_verb_in_its_clause(text, value[0], line_end):
                # "по кодовому слову цифры не сообщаются": the way a caller is checked, a clause about it, no value;
                # one set off by a mark ("проверил по кодовому слову (Новочеркасск)") or with no verb after it
                # ("давайте по кодовому слову нива семьдесят седьмая") is named
                value = None
            if value is not None and not _shaped(text, value) \
                    and _talk_about_the_secret(text, cue, value, line_start, line_end):
                value = None  # "никому не сообщайте пароль от личного кабинета сотрудники его не спрашивают"
            if value is not None and is_initials(cue.group()) and HYPHENATED_DIGITS.fullmatch(text[value[0]:value[1]]):
                # "БИК …, к/с 30101810600000000602": a bank's correspondent account, no code word — and no question
                # either: the next line ("моб. +7 …") answers nothing
                banks += 1
                continue
            if value is None and _MASK.match(text, _MARK.match(text, cue.end()).end() if _MARK.match(text, cue.end())
                                             else cue.end()):
                own = True  # "Пароль ••••••••": given, and hidden already
            listed = _listed(text, cue, line_end)
            if listed:
                # "Кодовые слова (…): «ООО …» — Малахит; …": the list's values; the first item names whose it is
                spans.extend(span + (0.9, "a secret of a list after its cue") for span in listed)
                own = True
                if value is not None and value[1] <= listed[0][0]:
                    value = None
            if value is not None:
                # surer than a CVV's or a year's reading of the same digits: "старый пин был 0000"
                spans.append(value + (0.95, "a secret right after its cue"))
                own = True
            for change in _CHANGED_TO.finditer(text, cue.end(), line_end):
                value = _value_answering(text, change.end(), line_end)
                if value is not None:
                    spans.append(value + (0.85, "a new secret said for the old one"))
            spans.extend(_old_and_new(text, cue, line_start, line_end))
            sent = False  # a bare "код" read as a one-time code by its sentence alone: digits follow, no typed secret
            if cue.group("bare") and value is None:
                if not _asks_for_a_code(text, words_start, cue.start(), cue.end(), line_end):
                    if not _a_code_sent(text, cue, line_start, line_end):
                        continue
                    sent = True
                asked = True  # "какой код вы назвали", "а код?", "код спросил я сказала …": its digits follow
            code_end = lines[min(n + _CODE_LINES, len(lines) - 1)][1]
            if cue.group("once") and _CAME.fullmatch(cue.group("once")):
                continue  # "пришло 7 7 3 0": the code is what came, read above; the next lines say other numbers
            if cue.group("once") or cue.group("code") or cue.group("bare"):  # a bare one gave a code or asked for it
                spans.extend(_codes_said_after(text, cue.end(), code_end))
            if not sent:
                spans.extend(_typed_after(text, cue.end(), code_end))
        if _SENTENCE_END.search(text, cues[-1].end(), len(text[:line_end].rstrip(" \t.!?…"))) \
                or (speaker is None and text[:line_end].rstrip().endswith(".")):
            continue  # the question asked is another sentence's ("Сбросьте пароль. Вход с IP …, ваш?"), or none is
        if banks == len(cues):
            continue  # every cue of the line a bank's account: nothing asked
        if all(cue.group("bare") for cue in cues) and not own and not asked:
            continue  # "код" alone asks for nothing
        # a secret said in the cue's turn: the answer may repeat its digits ("пук код 6182 7354\nклиент: 6182 а дальше");
        # a code asked for is digits
        once = own or asked or all(cue.group("once") for cue in cues)
        # a line that only repeats its cue is the answerer's own echo of the question ("клиент: кодовое слово\nклиент:
        # ой сейчас черёмуха"): their next line answers
        echo = len(cues) == 1 and text[words_start:line_end].strip(" \t.,?!…").lower() == cues[0].group().lower()
        spans.extend(_answers(text, lines, n, once, echo))
    return spans


def _answers(text: str, lines: list[tuple[int, int, str | None, int]], n: int, once: bool,
             echo: bool = False) -> list[tuple[int, int, float, str]]:
    """The values answering line n's question that names a secret, in the next lines (`_ANSWER_LINES`)."""
    out: list[tuple[int, int, float, str]] = []
    speaker = lines[n][2]
    answered_by: str | None = None
    for answer_start, answer_end, answer_speaker, answer_words in lines[n + 1:n + 1 + _ANSWER_LINES]:
        if (speaker is not None and answer_speaker == speaker and not echo) \
                or _CUE.search(text, answer_start, answer_end) or answer_speaker in CONTACT_CENTER_LABELS:
            break  # the asker speaks again, the contact center answers, or the answer names a secret of its own
        if answered_by is not None and answer_speaker != answered_by:
            break  # the answer is given; another voice ("Специалист Ярослав: Верно, …") is no more of it
        value = _value_answering(text, answer_words, answer_end, digits_only=once)
        if value is not None:
            out.append(value + (0.85, "the answer to a question naming a secret"))
            answered_by = answer_speaker or ""  # the same speaker's next line may go on spelling it
    return out


_ELIDED_LINES = 4  # how far back the same speaker's cue may stand for a question that leaves its noun out
_MOST_ELIDED_WORDS = 5


def _asks_with_its_noun_left_out(text: str, lines: list[tuple[int, int, str | None, int]], n: int) -> bool:
    """Does line n ask for a secret whose name the same speaker said a few lines before, leaving the noun out ("назовите
    текущее кодовое слово … спасибо какое хотите новое", "а новое")? A short line ending with an adjective (pymorphy's
    first reading) that no noun follows."""
    line_start, line_end, speaker, words_start = lines[n]
    if speaker is None:
        return False
    words = _words(text, words_start, line_end)
    if not words or len(words) > _MOST_ELIDED_WORDS:
        return False
    last = parses(words[-1][2])
    if not last or str(last[0].tag.POS) != "ADJF" or "Apro" in last[0].tag:
        return False
    return any(earlier[2] == speaker and _CUE.search(text, earlier[0], earlier[1])
               for earlier in lines[max(0, n - _ELIDED_LINES):n])


# A value spelled aloud in a call (issue 15, stop 34): letters by their names, digits, a letter's case and a symbol's
# name in one run ("большая эр маленькая эф семь решётка", "эн би четыре", "кей зет эн"), wherever in the call it is
# said — an echo, a piece after an interruption, a read-back — not only right after its cue. Told from talk by what
# the run is made of, not by one more cue: a case or a symbol said between its letters, two Latin-only letters' names,
# or letters with digits; a weaker run (two letters' names) only in a call that named a credential a few lines before.
# Names that are ordinary words as well (the vowels, "ка", "же", "те", the hesitation "эм") count as letters inside a
# run but never as its evidence.
_WORD_LIKE_LETTERS = frozenset({"а", "и", "о", "у", "е", "я", "э", "ю", "ка", "же", "те", "де", "ве", "бе", "пе", "зе",
                                "ге", "ха", "че", "эй", "ай", "эм", "ар", "ку", "дубль"})
_SPELLED_LETTERS = frozenset(LETTER_NAMES) | frozenset(LATIN_LETTER_NAMES)
# the words a speller puts between a run's elements: "цифра", "буква", "потом", "дальше", "опять", "ещё"
_SPELLING_GLUE = frozenset({"цифра", "цифры", "буква", "буквы", "потом", "дальше", "опять", "ещё", "еще", "знак",
                            "символ"})
# talk naming a credential: the secret's cues, a login's words, a network's name and its key, the script it is typed in
# A person's name asked for ("по буквам фамилию пожалуйста"): letters spelled in answer, no credential named near, are
# the name's — PERSON reads them (recognizers/person.py); a run with digits or letters only Latin has stays a value.
_NAME_ASKED = re.compile(r"(?<![а-яё])(?:" + NAME_ASKED + r")", re.IGNORECASE)
# A secret's or a login's word: a credential named ("по буквам" is not one: a name is spelled too)
_CREDENTIAL_NAMED = re.compile(r"(?:" + _CUE.pattern + r")|" + LOGIN_WORDS, re.IGNORECASE)
# ... or talk of one: a network, a key, Latin letters, a spelling
_CREDENTIAL_TALK = re.compile(_CREDENTIAL_NAMED.pattern
                              + r"|(?<![а-яё])(?:сет[ьие]\w*|ключ\w*|латиниц\w*|латинск\w*|по\s+буквам|ssid)(?![а-яё])",
                              re.IGNORECASE)
_SAID_JOINER = re.compile(SAID_JOINER, re.IGNORECASE)
_SERVICE_WORD = re.compile(SERVICE_WORDS, re.IGNORECASE)
_CARD_CODE_TERM = re.compile(CARD_CODE_NAMES, re.IGNORECASE)
# the words before a run that make it nobody's id, not a secret: an error's, a version's, a request's or an order's
# number ("код ошибки ау тэ эйч 41", "версия 7 0 3", "заявка номер 41 0 9 7")
_NOBODYS_WORD = re.compile(r"(?:ошибк|error|запрос|верси|прошивк|номер|" + "|".join(NOBODYS_NUMBER_CUES) + r")\w*",
                           re.IGNORECASE)
_NOBODYS_WORDS_BEFORE = 3
# as sure as a spelled surname's PERSON reading and an answer's (0.85), so a turn read alone and in its call is typed
# alike (tests/security/test_redteam_bb5_red31.py)
_SPELLED_SCORE = 0.85
_CREDENTIAL_LINES = 6  # how far back a credential named makes a weak spelled run a value


def _spelled_element(text: str, words: list[tuple[int, int, str, bool]], k: int) -> tuple[int, str] | None:
    """(the last word, its class) of the spelled element that opens at words[k]: "digit", "letter", "latin" (a
    Latin-only letter's name), "strong" (a letter's name no word of talk shares), "weak" (one that is), "case", "mark";
    None when words[k] is none."""
    word = words[k][2].lower()
    if HYPHENATED_DIGITS.fullmatch(word):
        return k, "digit"
    said = _SAID_MARK.match(text, words[k][0])
    if said is not None and said.end() >= words[k][1]:
        last = k
        while last + 1 < len(words) and words[last + 1][1] <= said.end():
            last += 1
        return last, "case" if re.fullmatch(LETTER_CASE_WORDS, word) else "mark"
    if word in LETTER_NAME_OPENINGS and k + 1 < len(words) and f"{word} {words[k + 1][2].lower()}" in LATIN_LETTER_NAMES:
        return k + 1, "latin"  # "дабл ю", "дубль вэ"
    if word in _SPELLED_LETTERS:
        if word in _WORD_LIKE_LETTERS:
            return k, "weak"
        return k, "latin" if word in LATIN_ONLY_LETTER_NAMES else "strong"
    return None


def _text_of(text: str, words: list[tuple[int, int, str, bool]], element: tuple[int, int, str]) -> str:
    return text[words[element[0]][0]:words[element[1]][1]]


def _is_a_remark_on_case(word: str) -> bool:
    """A case said in the plural ("маленькими", "большие") is said of all the letters, not one: a remark, no letter's."""
    return bool(re.fullmatch(LETTER_CASE_WORDS, word, re.IGNORECASE)) and word.lower().endswith(("ие", "ими", "их"))


# the symbols a password binds words with — not a mailbox's "@" and ".", not a range's or a phrase's dash
_BINDING_MARK = re.compile(r"(?:" + "|".join(pattern for pattern, symbol in SAID_PASSWORD_MARKS if symbol in "_#!$%*&")
                           + r")(?![а-яё])", re.IGNORECASE)


def _bound_inside(run: list[tuple[int, int, str]]) -> bool:
    """Does a symbol stand between two of the run's elements, binding its words ("барсик _ 0 1"), not at its edge?"""
    return any(c == "mark" for _, _, c in run[1:-1])


def _ussd_request(text: str, words: list[tuple[int, int, str, bool]], run: list[tuple[int, int, str]]) -> bool:
    """A USSD request said aloud ("звёздочка 102 решётка вызов"): a star, digits, a hash — no letter's name in it."""
    return run[0][2] == "mark" and _text_of(text, words, run[0]).lower().startswith(("звёздочк", "звездочк")) \
        and not any(c in ("latin", "strong") for _, _, c in run)


def _bound_word(text: str, words: list[tuple[int, int, str, bool]], j: int, run: list[tuple[int, int, str]]) -> bool:
    """Is words[j] a word of the language bound into a spelled value by a password's symbol said right before or
    after it ("барсик нижнее подчёркивание 0 1", "ильнур восклицательный алсу решётка 2")?"""
    word = words[j][2]
    if not word.isalpha() or word.lower() in _SPELLING_GLUE or _NOT_A_VALUE.fullmatch(word) \
            or not _names_something(word) or not _may_be_a_noun(word) or _CUE.fullmatch(word):
        return False  # "после подчёркивания", "символ доллара": talk about the symbol
    after = not words[j][3] and j + 1 < len(words) and _BINDING_MARK.match(text, words[j + 1][0])
    before = bool(run) and run[-1][2] == "mark" and _BINDING_MARK.match(text, words[run[-1][0]][0]) \
        and run[-1][1] == j - 1
    return bool(after or before)


def _term_spelled_first(text: str, words: list[tuple[int, int, str, bool]], run: list[tuple[int, int, str]]) -> int:
    """How many of the run's first elements, letters only, spell a word a kind is named by — read as Latin or as
    Cyrillic ("эс эс ай ди" is SSID, "цэ вэ вэ" CVV, "дэ эр" ДР, "пэ пэ пэ о е" PPPoE): the term, no value; 0 when
    they spell none."""
    letters = 0
    while letters < len(run) and run[letters][2] in ("latin", "strong", "weak"):
        letters += 1
    names = [_text_of(text, words, element).lower() for element in run[:letters]]
    for count in range(letters, 1, -1):
        for reading in ("".join(LATIN_LETTER_NAMES.get(name, "?") for name in names[:count]),
                        "".join(LETTER_NAMES.get(name, "?") for name in names[:count]).lower()):
            if _names_a_kind(reading):
                return count
    return 0


def _names_a_kind(reading: str) -> bool:
    """Is `reading` a word some kind is named or asked for by ("ssid", "цвв", "др", "инн", "снилс")? The registry's
    own words (each kind's `asked` and cue stems), read when a run is met: the registry imports this module."""
    from guard.recognizers import CUE_KINDS, KINDS

    return bool(_CREDENTIAL_TALK.fullmatch(reading) or _SERVICE_WORD.fullmatch(reading)
                or _CARD_CODE_TERM.fullmatch(reading) or reading in CUE_KINDS
                or any(kind.asked and re.fullmatch(kind.asked, reading, re.IGNORECASE) for kind in KINDS))


def _spelled_run_is_a_value(classes: list[str], credential_near: bool) -> bool:
    letters = sum(c in ("latin", "strong") for c in classes)
    if "word" in classes:
        return True  # a word bound by a password's symbol to what follows or precedes it (`_bound_word`)
    if not letters:
        return False
    if len(classes) >= 3 and any(c in ("case", "mark") for c in classes):
        return True  # "большая тэ эм пэ", "эн нижнее подчёркивание 0 7"
    if sum(c == "latin" for c in classes) >= 2 or (letters >= 2 and "digit" in classes):
        return True  # "кей зет эн", "эн би 4", "эф эр 0 7"
    # a call about a credential: two letters, or letters with digits ("5 джи", "ка вэ 38"; a model's "эф 3" is not one)
    return credential_near and (letters >= 2 or ("digit" in classes and (
        "latin" in classes or letters + classes.count("weak") >= 2)))


def spelled_values(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, why) of each value spelled aloud in `text` (see above)."""
    out: list[tuple[int, int, float, str]] = []
    lines = _lines(text)
    if all(speaker is None for _, _, speaker, _ in lines):
        # a call's turns only: an operator's single utterance spells a site or a term ("эм тэ эс точка ру", "четыре
        # джи", "эйч ди эм ай"), which diff_spans over the checker's sets showed; a secret there is read after its cue
        return out
    named_at = [bool(_CREDENTIAL_TALK.search(text, start, end)) for start, end, _, _ in lines]
    name_asked_at = [bool(_NAME_ASKED.search(text, start, end)) for start, end, _, _ in lines]
    credential_at = [bool(_CREDENTIAL_NAMED.search(text, start, end)) for start, end, _, _ in lines]
    spelled_in: set[int] = set()
    for n, (line_start, line_end, speaker, words_start) in enumerate(lines):
        words = _words(text, words_start, line_end)
        credential_near = any(named_at[max(0, n - _CREDENTIAL_LINES):n + 1])
        name_asked = (any(name_asked_at[max(0, n - _CREDENTIAL_LINES):n + 1])
                      and not any(credential_at[max(0, n - _CREDENTIAL_LINES):n + 1]))
        k = 0
        while k < len(words):
            run: list[tuple[int, int, str]] = []  # (first word, last word, class)
            j = k
            while j < len(words):
                element = _spelled_element(text, words, j)
                if element is None and run and words[j][2].lower() in _SPELLING_GLUE and j + 1 < len(words) \
                        and _spelled_element(text, words, j + 1) is not None and not words[j - 1][3]:
                    j += 1  # "эм как мария большая потом 0", "дефис и цифры"
                    continue
                if element is None and run and words[j][2].lower() == "как" and run[-1][2] != "digit" \
                        and j + 1 < len(words):
                    run.append((j, j + 1, "example"))  # "эм как мария": the letter told by a word
                    j += 2
                    continue
                if element is None and _bound_word(text, words, j, run):
                    element = (j, "word")  # "барсик нижнее подчёркивание 0 1", "ильнур восклицательный алсу"
                if element is None:
                    break
                run.append((j, element[0], element[1]))
                j = element[0] + 1
                if words[element[0]][3]:
                    break  # a punctuation mark ends the run
            inner = next((i for i in range(1, len(run)) if run[i - 1][2] == "digit"
                          and _term_spelled_first(text, words, run[i:])), None)
            if inner is not None:
                j = run[inner][0]  # "срок 0 2 27 си ви си 609": a kind's name inside ends the run; read on from it
                run = run[:inner]
            term = _term_spelled_first(text, words, run)
            run = run[term:]  # "цэ вэ вэ 6 9 0", "и эн эн 7 7 0 1": the name of what is said, then its value (its kind's)
            ussd = bool(run) and _ussd_request(text, words, run)
            said = [c for _, _, c in run if c != "example"]  # the evidence: the run as said, remarks too
            while run and (run[-1][2] in ("case", "example") or (
                    run[-1][2] == "mark" and _SAID_JOINER.fullmatch(_text_of(text, words, run[-1])))):
                run.pop()  # "… все маленькие": a remark on the case after the value; a joiner before the next piece
            if run and run[-1][2] == "weak" and len(words[run[-1][0]][2]) == 1 and run[-1][1] + 1 < len(words) \
                    and not words[run[-1][1]][3]:
                run.pop()  # "ви пи эн точка эс и пароль не помню": a conjunction before talk, no last letter
            while run and (run[0][2] in ("mark", "example") or _is_a_remark_on_case(words[run[0][0]][2])
                           or (run[0][2] == "weak" and len(words[run[0][0]][2]) == 1)):
                run.pop(0)  # "дефис и маленькими ка зет эн": a joiner, the case of all that follows, a conjunction
            if run and any(c in ("latin", "strong", "word") for _, _, c in run) \
                    and _spelled_run_is_a_value(said if _bound_inside(run) else [c for c in said if c != "word"],
                                                credential_near) and not ussd \
                    and not any(_NOBODYS_WORD.fullmatch(words[m][2])
                                for m in range(max(0, run[0][0] - _NOBODYS_WORDS_BEFORE), run[0][0])):
                if name_asked and not any(c == "digit" or words[m][2].lower() in LATIN_ONLY_LETTER_NAMES
                                          for first_word, last_word, c in run
                                          for m in range(first_word, last_word + 1)):
                    k = max(j, k + 1)
                    continue  # a name asked for, spelled in Russian letters: the name's (PERSON reads it), no secret
                out.append((words[run[0][0]][0], words[run[-1][1]][1], _SPELLED_SCORE, "a value spelled aloud"))
                spelled_in.add(n)
            k = max(j, k + 1)
    return out + _digits_spelled_beside(text, lines, spelled_in, out)


_DIGITS_ONE_BY_ONE = re.compile(r"(?<!\d)\d(?: \d)+(?!\d)")  # "5 8 3 0", never the "8 2" of "88 20"
_PIECE_LINES = 2  # how far from a spelled value's line its digits may be said in a piece of their own


def _digits_spelled_beside(text: str, lines: list[tuple[int, int, str | None, int]], spelled_in: set[int],
                           spelled: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """Digits said one by one in the lines around a spelled value are its piece ("потом дефис и цифры 5 8 3 0",
    "и в конце 2 3 0 9", its echo): a value dictated in pieces, one turn each — not a count ("8 символов")."""
    out: list[tuple[int, int, float, str]] = []
    near = {m for n in spelled_in for m in range(n - _PIECE_LINES, n + _PIECE_LINES + 1)}
    for n in sorted(near):
        if not 0 <= n < len(lines):
            continue
        if _NOT_THE_CUSTOMERS.search(text, lines[n][3], lines[n][1]):
            continue  # "сброшу на заводской будет 0 0 0 0", "на коробке пример написан …": nobody's
        for run in _DIGITS_ONE_BY_ONE.finditer(text, lines[n][3], lines[n][1]):
            before = _words(text, lines[n][3], run.start())[-_NOBODYS_WORDS_BEFORE:]
            if any(_NOBODYS_WORD.fullmatch(word) for _, _, word, _ in before):
                continue  # "заявка номер 41 0 9 7", "версия 7 0 3"
            if len(run.group().replace(" ", "")) > _LONGEST_CODE or counts_something(text, run.end()) or any(start < run.end() and run.start() < end
                                                        for start, end, _, _ in spelled):
                continue
            out.append((run.start(), run.end(), 0.7, "digits said one by one beside a spelled value"))
    return out



class SecretRecognizer(ContextPatternRecognizer):
    ENTITY = "SECRET"

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        seen, out = set(), []
        paired = [secret + (0.7, "a service's secret written after its login") for _, secret in credential_pairs(text)]
        paired += [secret + (0.7, "a password written alone after its service's word") for secret in lone_credentials(text)]
        for start, end, score, why in secret_spans(text) + spelled_values(text) + paired:
            if end > start and (start, end) not in seen:
                seen.add((start, end))
                out.append(make_result(self, self.ENTITY, start, end, score, why))
        return out


# a spelled value's evidence (`spelled_values`): a letter's name no word of talk shares, or a letter's case
_SPELLING_HINT = (r"(?<![а-яё])(?:" + "|".join(sorted((name for name in _SPELLED_LETTERS if name not in _WORD_LIKE_LETTERS
                                                       and " " not in name and "-" not in name),
                                                      key=lambda name: (-len(name), name)))
                  + "|" + LETTER_CASE_WORDS + r")(?![а-яё])")
KIND = Kind("SECRET", (SecretRecognizer,), canonical, hint=HINT + "|" + _SPELLING_HINT + "|" + SERVICE_WORDS, secret=True, asked=HINT,
            names_something_else=_a_bare_code_of_something)
