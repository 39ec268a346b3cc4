"""Numbers said as people say them: recall per kind and false alarms per look-alike (issue 15, numbers round).

Each kind of personal data is rendered from its one definition — the digits it is made of (checksums where the
kind has one), its natural grouping and the cue words its recognizer reads (recognizers/<kind>.py) — the way a
caller dictates it into speech-to-text: lowercase, unpunctuated, in any grouping (digit by digit, pairs,
triples, hundreds, mixed), "ноль" or "нуль", fillers ("э", "так", "ну") and corrections ("ой нет", "точнее")
inside the number, the cue before it, after it, a few words away, or in the operator's question on the line
before. Look-alikes that must stay visible (sums, times, tariffs, order, article, waybill and notarial register
numbers, service numbers, dates that are no birth date) are rendered the same way.

Two template sets: `tune` (the phrasings the recognizers were fixed against) and `blind` (other sentence
frames, fillers and corrections, written before any fix and not looked at while fixing): the blind figure says
whether a fix generalizes.

A value is *protected* when >= 90% of its characters (whitespace ignored) are inside detected spans, as in
benchmarks/evaluate.py; it *leaks* when any of its number words is left outside them (a tail after a
correction). A look-alike is a *false alarm* when a detection covers any of its number words.

    python -m benchmarks.spoken_numbers [--n 40] [--seed 0] [--set tune|blind|both] [--show 3] [--json OUT]

The number words come from benchmarks/russian.py, written apart from guard's normalizer on purpose.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from benchmarks.corpus import CITY_CODES, MOBILE_CODES, inn_value, luhn_complete, snils_value
from benchmarks.russian import MONTHS_GEN, cardinal, ordinal

_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]


# --- a text made of pieces, each knowing whether it is a word of the value -----------------------------

@dataclass
class Said:
    """Words of one value as said: (word, is a number word of the value) in order."""

    words: list[tuple[str, bool]] = field(default_factory=list)

    def add(self, text: str, counts: bool = True) -> "Said":
        self.words.extend((word, counts) for word in text.split())
        return self


@dataclass(frozen=True)
class Sample:
    id: str
    set: str
    kind: str           # the entity type, or the look-alike's name
    positive: bool
    template: str
    text: str
    start: int          # the value's span
    end: int
    number_words: tuple[tuple[int, int], ...]  # spans of its number words (a leak is one of them left visible)
    value: str = ""     # what was said, as the kind writes it


def _assemble(frame: str, value: Said) -> tuple[str, int, int, tuple[tuple[int, int], ...]]:
    """`frame` with "{V}" replaced by the value's words; its span and the spans of its number words."""
    head, _, tail = frame.partition("{V}")
    text, spans = head, []
    start = len(text)
    for i, (word, counts) in enumerate(value.words):
        if i:
            text += " "
        if counts:
            spans.append((len(text), len(text) + len(word)))
        text += word
    end = len(text)
    return text + tail, start, end, tuple(spans)


# --- saying digits --------------------------------------------------------------------------------------

def _zero(rng: random.Random) -> str:
    return "нуль" if rng.random() < 0.15 else "ноль"


def say_group(rng: random.Random, digits: str) -> str:
    """One group as a number, its leading zeros said: "05" -> "ноль пять", "016" -> "ноль шестнадцать"."""
    if len(digits) > 1 and digits[0] == "0":
        return f"{_zero(rng)} {say_group(rng, digits[1:])}"
    if digits == "0":
        return _zero(rng)
    return cardinal(int(digits))


def groupings(rng: random.Random, digits: str, natural: tuple[int, ...]) -> list[str]:
    """The digits cut the way one caller cuts them: natural groups, one by one, pairs, triples, or mixed."""
    style = rng.choice(["natural", "natural", "digits", "pairs", "triples", "mixed", "hundreds_then_pairs"])
    if style == "natural":
        sizes = list(natural)
    elif style == "digits":
        sizes = [1] * len(digits)
    elif style == "pairs":
        sizes = [2] * (len(digits) // 2) + ([1] if len(digits) % 2 else [])
    elif style == "triples":
        sizes = [3] * (len(digits) // 3) + ([len(digits) % 3] if len(digits) % 3 else [])
    elif style == "hundreds_then_pairs":
        sizes = [3] + [2] * ((len(digits) - 3) // 2) + ([1] if (len(digits) - 3) % 2 else [])
    else:
        sizes = []
        while sum(sizes) < len(digits):
            sizes.append(rng.choice([1, 2, 2, 3]))
    groups, pos = [], 0
    for size in sizes:
        if pos >= len(digits):
            break
        groups.append(digits[pos:pos + size])
        pos += size
    if pos < len(digits):
        groups.append(digits[pos:])
    return [g for g in groups if g]


@dataclass(frozen=True)
class Speech:
    """How a template set fills the inside of a number: its filler words and its corrections."""

    fillers: tuple[str, ...]
    corrections: tuple[str, ...]
    filler_rate: float = 0.12
    correction_rate: float = 0.08


TUNE_SPEECH = Speech(fillers=("э", "ээ", "так", "ну", "сейчас", "значит"),
                     corrections=("ой нет", "точнее", "то есть", "вернее", "нет"))
BLIND_SPEECH = Speech(fillers=("эм", "вот", "щас", "так так", "секунду", "ага"),
                      corrections=("ой", "извините", "ой простите", "нет нет", "не так"))


def say_digits(rng: random.Random, digits: str, natural: tuple[int, ...], speech: Speech) -> Said:
    """A digit string dictated, with fillers between groups and now and then a group said wrong and taken back."""
    said = Said()
    groups = groupings(rng, digits, natural)
    for i, group in enumerate(groups):
        if i and rng.random() < speech.filler_rate:
            said.add(rng.choice(speech.fillers), counts=False)
        if 0 < i and rng.random() < speech.correction_rate:
            wrong = "".join(str((int(d) + rng.randrange(1, 9)) % 10) for d in group)
            said.add(say_group(rng, wrong))  # the wrong digits are the caller's too: hidden with the number
            said.add(rng.choice(speech.corrections), counts=False)
        said.add(say_group(rng, group))
    return said


# --- the kinds, each from its one definition ------------------------------------------------------------

def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


@dataclass(frozen=True)
class NumberKind:
    entity: str
    value: Callable[[random.Random], str]
    natural: tuple[int, ...]
    cues: tuple[str, ...]            # said right before the number
    questions: tuple[str, ...]       # the operator's question on the line before
    say: Callable[[random.Random, str, Speech], Said] | None = None  # for values that are not plain digits


def _phone(rng: random.Random) -> str:
    code = rng.choice(MOBILE_CODES) if rng.random() < 0.8 else rng.choice(CITY_CODES)
    return rng.choice(["8", "7", ""]) + code + _digits(rng, 7)


def _say_phone(rng: random.Random, digits: str, speech: Speech) -> Said:
    said = Said()
    if len(digits) == 11:
        said.add("плюс семь" if digits[0] == "7" else "восемь")
        digits = digits[1:]
    natural = rng.choice([(3, 3, 2, 2), (3, 3, 2, 2), (3, 2, 2, 3), (3, 1, 2, 2, 2)])
    said.words.extend(say_digits(rng, digits, natural, speech).words)
    return said


def _passport(rng: random.Random) -> str:
    return rng.choice(["45", "46", "40", "50", "63", "71", "92", "03", "08"]) + f"{rng.randrange(0, 25):02d}" + \
        str(rng.randrange(100000, 1000000))


def _say_passport(rng: random.Random, digits: str, speech: Speech) -> Said:
    said = say_digits(rng, digits[:4], (2, 2), speech)
    if rng.random() < 0.4:
        said.add("номер", counts=False)
    said.words.extend(say_digits(rng, digits[4:], rng.choice([(3, 3), (2, 2, 2), (6,)]), speech).words)
    return said


def _card(rng: random.Random) -> str:
    return luhn_complete(rng.choice(["2200", "2202", "4276", "4279", "5469", "5536", "2204"]) + _digits(rng, 11))


def _expiry(rng: random.Random) -> str:
    return f"{rng.randrange(1, 13):02d}{rng.randrange(25, 34)}"


def _say_expiry(rng: random.Random, digits: str, speech: Speech) -> Said:
    month, year = int(digits[:2]), int(digits[2:])
    style = rng.choice(["digits", "month_name", "month_nom", "slash", "month_number"])
    if style == "month_name":  # "до марта двадцать восьмого"
        return Said().add(f"{MONTHS_GEN[month - 1]} {ordinal(year)}").add("года", counts=False) \
            if rng.random() < 0.3 else Said().add(f"{MONTHS_GEN[month - 1]} {ordinal(year)}")
    if style == "month_nom":  # "март двадцать восьмого"
        return Said().add(f"{MONTHS_NOM[month - 1]} {ordinal(year)}")
    if style == "slash":
        return Said().add(f"{say_group(rng, digits[:2])} {rng.choice(['дробь', 'слэш'])} {cardinal(year)}")
    if style == "month_number":  # "три двадцать восемь"
        return Said().add(f"{cardinal(month)} {cardinal(year)}")
    return Said().add(f"{say_group(rng, digits[:2])} {cardinal(year)}")


def _dob(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(1945, 2006)}"


def _say_dob(rng: random.Random, digits: str, speech: Speech) -> Said:
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    style = rng.choice(["words", "words", "short_year", "numbers"])
    if style == "numbers":  # "двенадцать ноль три восемьдесят пять"
        return Said().add(f"{say_group(rng, digits[:2])} {say_group(rng, digits[2:4])} {cardinal(year % 100)}")
    year_words = ordinal(year % 100) if style == "short_year" and year < 2000 else ordinal(year)
    return Said().add(f"{ordinal(day)} {MONTHS_GEN[month - 1]} {year_words}")


def _say_email(rng: random.Random, value: str, speech: Speech) -> Said:
    login, digits, domain = value.split("|")
    said = Said().add(login)
    if digits:
        said.add(cardinal(int(digits)))
    return said.add(f"собака {domain} точка ру")


def _email(rng: random.Random) -> str:
    return "|".join([rng.choice(["иванов", "petrova", "sveta", "kotov", "olga"]),
                     rng.choice(["", str(rng.randrange(10, 99)), str(rng.randrange(1970, 2005))]),
                     rng.choice(["мейл", "яндекс", "бк", "инбокс"])])


def _ip(rng: random.Random) -> str:
    return ".".join(str(octet) for octet in (rng.choice([10, 172, 192, 85, 95]), rng.randrange(0, 256),
                                             rng.randrange(0, 256), rng.randrange(1, 255)))


def _say_ip(rng: random.Random, value: str, speech: Speech) -> Said:
    return Said().add(" точка ".join(cardinal(int(octet)) for octet in value.split(".")))


KINDS: tuple[NumberKind, ...] = (
    NumberKind("PHONE_NUMBER", _phone, (1, 3, 3, 2, 2),
               ("номер телефона", "мой телефон", "мобильный", "перезвоните на", "контактный номер"),
               ("назовите номер телефона", "какой номер для связи"), _say_phone),
    NumberKind("RU_PASSPORT", _passport, (2, 2, 3, 3),
               ("паспорт", "серия и номер паспорта", "паспортные данные"),
               ("продиктуйте серию и номер паспорта",), _say_passport),
    NumberKind("RU_INN", lambda rng: inn_value(rng, 12), (4, 4, 4),
               ("инн", "мой инн", "номер инн"), ("назовите ваш инн",)),
    NumberKind("RU_SNILS", snils_value, (3, 3, 3, 2), ("снилс", "номер снилса", "страховой номер"),
               ("продиктуйте снилс",)),
    NumberKind("CREDIT_CARD", _card, (4, 4, 4, 4), ("номер карты", "карта", "с карты"),
               ("назовите номер карты",)),
    NumberKind("CARD_EXPIRY", _expiry, (2, 2), ("срок действия", "действует до", "срок действия карты до"),
               ("какой срок действия карты",), _say_expiry),
    NumberKind("CARD_CVV", lambda rng: _digits(rng, 3), (3,), ("cvv", "код на обороте", "цифры на обороте"),
               ("назовите код cvv с обратной стороны карты",)),
    NumberKind("CONTRACT_NUMBER", lambda rng: str(rng.randrange(1, 10)) + _digits(rng, rng.choice([7, 9, 11])),
               (3, 3, 2, 2), ("номер договора", "договор", "по договору номер"), ("какой номер договора",)),
    NumberKind("ACCOUNT_NUMBER", lambda rng: str(rng.randrange(1, 10)) + _digits(rng, rng.choice([8, 10, 11])),
               (3, 3, 3, 3), ("лицевой счёт", "номер лицевого счёта"), ("назовите лицевой счёт",)),
    NumberKind("BANK_ACCOUNT", lambda rng: "40817810" + _digits(rng, 12), (5, 3, 1, 4, 7),
               ("расчётный счёт", "номер счёта для возврата", "счёт получателя"), ("продиктуйте номер счёта",)),
    NumberKind("RU_BIK", lambda rng: "04" + _digits(rng, 7), (2, 2, 2, 3), ("бик", "бик банка"),
               ("а бик банка",)),
    NumberKind("RU_OMS", lambda rng: _digits(rng, 16).replace("0", "1", 1), (4, 4, 4, 4),
               ("полис омс", "номер полиса", "медицинский полис"), ("номер полиса омс",)),
    NumberKind("RU_DRIVER_LICENSE", lambda rng: f"{rng.randrange(10, 99)}{rng.randrange(0, 40):02d}" + _digits(rng, 6),
               (2, 2, 3, 3), ("водительское удостоверение", "права", "номер водительского"),
               ("номер водительского удостоверения",)),
    NumberKind("RU_PASSPORT_DEPT", lambda rng: f"{rng.randrange(100, 999)}{rng.randrange(0, 999):03d}", (3, 3),
               ("код подразделения",), ("код подразделения какой",)),
    NumberKind("DATE_OF_BIRTH", _dob, (2, 2, 4), ("дата рождения", "я родился", "родилась"),
               ("ваша дата рождения",), _say_dob),
    NumberKind("EMAIL_ADDRESS", _email, (), ("почта", "электронная почта", "мой имейл"), ("ваш адрес почты",),
               _say_email),
    NumberKind("IP_ADDRESS", _ip, (), ("ip адрес", "айпи адрес"), ("какой у вас ip адрес",), _say_ip),
)


def say_value(rng: random.Random, kind: NumberKind, value: str, speech: Speech) -> Said:
    return kind.say(rng, value, speech) if kind.say else say_digits(rng, value, kind.natural, speech)


# --- look-alikes: numbers that are nobody's personal data -----------------------------------------------

def _lookalike_digits(rng: random.Random, speech: Speech, n: int) -> Said:
    return say_digits(rng, str(rng.randrange(1, 10)) + _digits(rng, n - 1), (3, 3, 2, 2), speech)


LOOKALIKES: dict[str, tuple[tuple[str, ...], Callable[[random.Random, Speech], Said]]] = {
    # (cues before the number, the number)
    "AMOUNT": (("к оплате", "сумма", "списали", "баланс минус"),
               lambda rng, s: Said().add(cardinal(rng.randrange(100, 20000))).add(
                   rng.choice(["рублей", "рубля", "рублей сорок копеек"]), counts=False)),
    "TIME": (("перезвоню в", "приходите к", "с"),
             lambda rng, s: Said().add(f"{cardinal(rng.randrange(8, 22))} {cardinal(rng.choice([15, 30, 45]))}")),
    "TARIFF": (("тариф за", "пакет на", "абонентская плата"),
               lambda rng, s: Said().add(cardinal(rng.choice([299, 350, 490, 590, 650, 990]))).add(
                   "рублей в месяц", counts=False)),
    "ORDER": (("номер заказа", "заказ номер", "номер заявки", "номер обращения"),
              lambda rng, s: _lookalike_digits(rng, s, rng.choice([9, 10, 11]))),
    "ARTICLE": (("артикул", "артикул товара", "код товара"),
                lambda rng, s: _lookalike_digits(rng, s, rng.choice([8, 10]))),
    "WAYBILL": (("номер накладной", "накладная номер", "трек номер", "номер отправления"),
                lambda rng, s: _lookalike_digits(rng, s, rng.choice([10, 11, 14]))),
    # a notarial act's register entry ("реестровый номер …") is no look-alike since stop 55: its principal's data,
    # masked as NOTARIAL_NUMBER (recognizers/notarial.py; tests/test_kinds_notarial_cadastral_s55.py says it aloud)
    "SERVICE_NUMBER": (("позвоните на короткий номер", "наберите", "звоните на"),
                       lambda rng, s: Said().add(rng.choice(["ноль шесть один один", "ноль пятьсот", "сто одиннадцать",
                                                             "ноль восемь девять ноль", "восемь восемьсот сто "
                                                             "двадцать три сорок пять шестьдесят семь"]))),
    "SERVICE_DATE": (("платёж прошёл", "подключили с", "отключение до"),
                     lambda rng, s: Said().add(f"{ordinal(rng.randrange(1, 29))} {rng.choice(MONTHS_GEN)}"
                                               + (f" {ordinal(rng.randrange(2023, 2027))}" if rng.random() < 0.5 else ""))),
    "COUNT": (("осталось", "за последние", "подключено"),
              lambda rng, s: Said().add(cardinal(rng.randrange(2, 60))).add(
                  rng.choice(["гигабайт", "минут", "дней", "номера"]), counts=False)),
}


# --- templates: the frame around a value ---------------------------------------------------------------
# {C}: a cue of the kind, {Q}: the operator's question, {V}: the value.

TUNE_FRAMES: dict[str, tuple[str, ...]] = {
    "cue_before": ("алло здравствуйте да {C} {V} записали", "да конечно {C} {V} спасибо",
                   "так {C} {V} всё верно"),
    "cue_gap": ("{C} у меня значит {V} да", "{C} сейчас скажу {V}"),
    "cue_after": ("записывайте {V} это мой {C}", "{V} вот такой {C}"),
    "cue_far": ("{C} вам нужен сейчас посмотрю вот нашла {V} да",),
    "question": ("оператор: {Q}\nклиент: {V}", "оператор: {Q} пожалуйста\nклиент: да {V}"),
}
BLIND_FRAMES: dict[str, tuple[str, ...]] = {
    "cue_before": ("слушаю вас ага {C} {V} записывайте", "ну вот {C} {V} это всё"),
    "cue_gap": ("{C} у меня вот такой {V}", "{C} если не ошибаюсь {V}"),
    "cue_after": ("{V} это {C} правильно", "{V} это вот {C} да"),
    "cue_far": ("мне нужно было поменять {C} да так у меня есть {V}",),
    "question": ("специалист: {Q}\nабонент: секунду {V}", "оператор: {Q}?\nклиент: ну {V}"),
}
LOOKALIKE_FRAMES: dict[str, tuple[str, ...]] = {
    "tune": ("да {C} {V} правильно", "ну {C} {V} а что", "так {C} {V} подскажите"),
    "blind": ("слушайте {C} {V} это нормально", "у меня {C} {V} вот", "я вижу {C} {V} всё"),
}
SETS = {"tune": (TUNE_FRAMES, TUNE_SPEECH), "blind": (BLIND_FRAMES, BLIND_SPEECH)}


def _cue_after(cue: str) -> str:
    """A cue said after the value names it in the nominative: "номер телефона" stays, "с карты" drops "с"."""
    return cue.split(" ", 1)[1] if cue.split(" ", 1)[0] in ("с", "на", "мой", "по", "я") and " " in cue else cue


def generate(n: int, seed: int = 0, which: str = "tune") -> list[Sample]:
    """`n` values of every kind in every frame of the set, and `n` of every look-alike: seeded, repeatable."""
    frames, speech = SETS[which]
    rng = random.Random(f"{seed}-{which}")
    samples: list[Sample] = []
    for kind in KINDS:
        for template, options in frames.items():
            for i in range(n):
                value = kind.value(rng)
                said = say_value(rng, kind, value, speech)
                frame = rng.choice(options)
                cue = rng.choice(kind.cues)
                frame = frame.replace("{C}", _cue_after(cue) if template == "cue_after" else cue)
                frame = frame.replace("{Q}", rng.choice(kind.questions))
                text, start, end, words = _assemble(frame, said)
                samples.append(Sample(f"{which}-{kind.entity}-{template}-{i}", which, kind.entity, True, template,
                                      text, start, end, words, value))
    for name, (cues, say) in LOOKALIKES.items():
        for i in range(n):
            frame = rng.choice(LOOKALIKE_FRAMES[which]).replace("{C}", rng.choice(cues))
            text, start, end, words = _assemble(frame, say(rng, speech))
            samples.append(Sample(f"{which}-{name}-{i}", which, name, False, "lookalike", text, start, end, words))
    return samples


# --- scoring ---------------------------------------------------------------------------------------------

def _covered(spans: list[tuple[int, int]], start: int, end: int, text: str) -> float:
    chars = [i for i in range(start, end) if not text[i].isspace()]
    if not chars:
        return 1.0
    return sum(1 for i in chars if any(s <= i < e for s, e in spans)) / len(chars)


@dataclass
class Tally:
    total: int = 0
    protected: int = 0
    whole: int = 0           # no number word left visible
    alarms: int = 0          # look-alikes: a detection on one of its number words
    misses: list[str] = field(default_factory=list)


def score(samples: list[Sample], detect: Callable[[str], list[tuple[str, int, int]]]) -> dict[tuple[str, str], Tally]:
    """Tallies keyed by (kind, template) and (kind, "all")."""
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for sample in samples:
        spans = [(s, e) for _, s, e in detect(sample.text)]
        for key in ((sample.kind, sample.template), (sample.kind, "all")):
            tally = tallies[key]
            tally.total += 1
            if sample.positive:
                protected = _covered(spans, sample.start, sample.end, sample.text) >= 0.9
                whole = all(_covered(spans, s, e, sample.text) > 0 for s, e in sample.number_words)
                tally.protected += protected
                tally.whole += whole
                if not (protected and whole):
                    tally.misses.append(sample.text.replace("\n", " / ") + f"  [{sample.text[sample.start:sample.end]}]")
            else:
                alarm = any(_covered(spans, s, e, sample.text) > 0 for s, e in sample.number_words)
                tally.alarms += alarm
                if alarm:
                    tally.misses.append(sample.text.replace("\n", " / ") + "  -> " + ", ".join(
                        f"{t} «{sample.text[s:e]}»" for t, s, e in detect(sample.text)))
    return tallies


def guard_detector() -> Callable[[str], list[tuple[str, int, int]]]:
    from guard import Redactor

    redactor = Redactor()
    cache: dict[str, list[tuple[str, int, int]]] = {}

    def detect(text: str) -> list[tuple[str, int, int]]:
        if text not in cache:
            cache[text] = [(e.type, e.start, e.end) for e in redactor.analyze(text)]
        return cache[text]

    return detect


def report(which: str, tallies: dict[tuple[str, str], Tally], show: int) -> dict:
    figures: dict = {"kinds": {}, "lookalikes": {}}
    print(f"\n== {which}: values (protected / nothing left visible), per frame protected")
    templates = list(SETS[which][0])
    print(f"{'kind':18} {'protected':>9} {'whole':>6}  " + " ".join(f"{t:>10}" for t in templates))
    totals = Tally()
    for kind in KINDS:
        tally = tallies[(kind.entity, "all")]
        totals.total += tally.total
        totals.protected += tally.protected
        totals.whole += tally.whole
        per = [tallies[(kind.entity, t)] for t in templates]
        print(f"{kind.entity:18} {tally.protected / tally.total:9.3f} {tally.whole / tally.total:6.3f}  "
              + " ".join(f"{t.protected / t.total:10.3f}" for t in per))
        figures["kinds"][kind.entity] = {"protected": tally.protected / tally.total, "whole": tally.whole / tally.total}
        for miss in tally.misses[:show]:
            print(f"    miss: {miss}")
    print(f"{'ALL':18} {totals.protected / totals.total:9.3f} {totals.whole / totals.total:6.3f}")
    figures["all"] = {"protected": totals.protected / totals.total, "whole": totals.whole / totals.total}
    print(f"\n== {which}: look-alikes (share with a false alarm)")
    alarms = total = 0
    for name in LOOKALIKES:
        tally = tallies[(name, "all")]
        alarms, total = alarms + tally.alarms, total + tally.total
        print(f"{name:18} {tally.alarms / tally.total:9.3f}")
        figures["lookalikes"][name] = tally.alarms / tally.total
        for miss in tally.misses[:show]:
            print(f"    alarm: {miss}")
    print(f"{'ALL':18} {alarms / total:9.3f}")
    figures["lookalikes_all"] = alarms / total
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Numbers said as people say them: recall per kind, false alarms.")
    parser.add_argument("--n", type=int, default=40, help="values per kind and frame, look-alikes per name")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--set", choices=["tune", "blind", "both"], default="both")
    parser.add_argument("--show", type=int, default=3, help="misses and alarms printed per kind")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)
    detect = guard_detector()
    figures = {}
    for which in (["tune", "blind"] if args.set == "both" else [args.set]):
        figures[which] = report(which, score(generate(args.n, args.seed, which), detect), args.show)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(figures, out, indent=2, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
