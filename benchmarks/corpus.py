"""A seeded generator of Russian call-center turns and CRM comments with exact gold spans.

Real transcripts with personal data cannot leave the contact center, so the detector is measured on
synthetic text that looks like them. Every item is rendered twice from the same values:

- *written*: CRM comment / chat style — capitals, digits, punctuation, abbreviations
  ("Кл. Иванова М.П., тел. 8-916-123-45-67");
- *ASR*: a speech-to-text export — lowercase, no punctuation, every number spoken as words, in the ways
  people say them (phone digits grouped 3-3-2-2, one by one or in pairs; "собака"/"точка" e-mails; dates
  as ordinals in the genitive).

Both texts are built piece by piece and each gold span's offsets are recorded as its piece is appended,
so `text[start:end]` is the value by construction. Gold span conventions (evaluate.py relies on them):

- a span runs from the first to the last character of the value; keywords *before* it stay outside
  ("паспорт", "серия", "тел.", "дата рождения"), words *inside* it stay inside
  ("45 05 номер 678901", "4505 № 678901": the passport is one span);
- ADDRESS is the whole address including "г."/"город", street type, house, building and apartment;
- DATE_OF_BIRTH is the date itself; a trailing "г."/"года" stays outside like other keywords;
- PERSON covers every written name form (full name, first name + patronymic, surname + initials, first
  name alone, surname alone) in all six cases. The operator's own first name ("меня зовут Анна") is a
  PERSON too: docs/interfaces.md §1 types names, not whose name it is. In ASR, where nobody says initials,
  a "surname + initials" person is spoken as the full name.

Negatives — text that looks like personal data and must stay visible — carry no gold span; their
offsets are kept in `Rendering.negatives` with their kind (MONEY, SERVICE_DATE, TARIFF, TICKET, CITY,
SHORT_NUMBER, COMPANY, DURATION, TRAFFIC, TIME, YEAR, AGE, LAST4 — the last four digits of a card or
number, which the policy lets an operator say) so false positives can be attributed.

    python -m benchmarks.corpus --n 500 --out DIR      # DIR/written.jsonl, DIR/asr.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from benchmarks.russian import (
    MONTHS_GEN,
    cardinal,
    chunked_words,
    decline_first_name,
    decline_patronymic,
    decline_surname,
    digit_words,
    group_words,
    ordinal,
    plural,
    translit,
)

Span = tuple[str, int, int]  # (type, start, end)


@dataclass
class Rendering:
    """One text and its gold spans; `negatives` are look-alikes that must not be flagged."""

    text: str
    spans: list[Span]
    negatives: list[Span] = field(default_factory=list)


@dataclass
class Item:
    id: str
    kind: str  # "operator" | "client" | "crm"
    written: Rendering
    asr: Rendering


@dataclass(frozen=True)
class Piece:
    """A stretch of an item in both renderings; `type` marks a gold span, `negative` a look-alike."""

    written: str
    asr: str
    type: str | None = None
    negative: str | None = None


# --- word lists ------------------------------------------------------------------------------------

MALE_NAMES = (
    "Александр Дмитрий Сергей Андрей Алексей Максим Иван Михаил Николай Владимир Олег Роман Артём "
    "Евгений Виктор Игорь Антон Никита Илья Павел Пётр Лев Юрий Георгий Вадим Тимур Руслан Константин "
    "Фёдор Григорий Степан Кирилл Денис Егор Ярослав Матвей Василий Анатолий Геннадий Борис Валерий Рустам Ильдар Азат Ринат"
).split()
FEMALE_NAMES = (
    "Мария Анна Елена Ольга Наталья Татьяна Ирина Светлана Екатерина Юлия Анастасия Дарья Ксения "
    "Галина Людмила Надежда Любовь Вера Алёна Полина Софья Валентина Зинаида Марина Евгения Виктория "
    "Оксана Лариса Нина Инна Алла Кристина Елизавета Варвара Ульяна Диана Тамара Раиса Гульнара Зарина Эльвира Камила"
).split()
PATRONYMICS = [p.split("/") for p in (
    "Александрович/Александровна Сергеевич/Сергеевна Петрович/Петровна Иванович/Ивановна "
    "Николаевич/Николаевна Дмитриевич/Дмитриевна Владимирович/Владимировна Михайлович/Михайловна "
    "Андреевич/Андреевна Алексеевич/Алексеевна Викторович/Викторовна Юрьевич/Юрьевна Олегович/Олеговна "
    "Игоревич/Игоревна Евгеньевич/Евгеньевна Анатольевич/Анатольевна Васильевич/Васильевна "
    "Павлович/Павловна Геннадьевич/Геннадьевна Борисович/Борисовна Валерьевич/Валерьевна "
    "Фёдорович/Фёдоровна Григорьевич/Григорьевна Константинович/Константиновна Романович/Романовна "
    "Максимович/Максимовна Ильич/Ильинична Никитич/Никитична Кузьмич/Кузьминична Львович/Львовна "
    "Степанович/Степановна Тимурович/Тимуровна Рустамович/Рустамовна Артёмович/Артёмовна "
    "Денисович/Денисовна Вадимович/Вадимовна Семёнович/Семёновна Леонидович/Леонидовна "
    "Станиславович/Станиславовна Вячеславович/Вячеславовна Эдуардович/Эдуардовна Ринатович/Ринатовна Ильдарович/Ильдаровна"
).split()]
SURNAMES = (
    "Иванов Петров Смирнов Кузнецов Соколов Попов Лебедев Козлов Новиков Морозов Волков Соловьёв "
    "Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев "
    "Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов Кузьмин Кудрявцев "
    "Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов Королёв "
    "Герасимов Пономарёв Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков Цветков "
    "Данилов Жуков Фролов Журавлёв Николаев Крылов Максимов Сидоров Осипов Белоусов Егоров Матвеев "
    "Бобров Дмитриев Калинин Антонов Тимофеев Никифоров Веселов Филиппов Марков Миронов Александров "
    "Коновалов Шестаков Казаков Ефимов Денисов Громов Фомин Давыдов Мельников Щербаков Блинов "
    "Колесников Карпов Афанасьев Власов Маслов Тихонов Гаврилов Родионов Котов Быков Зуев Панов "
    "Суворов Абрамов Воронов Мухин Архипов Трофимов Мартынов Емельянов Чернов Овчинников Селезнёв "
    "Назаров Лобанов Лукин Потапов Некрасов Хохлов Жданов Наумов Воронцов Ермаков Дроздов Игнатьев "
    "Савин Логинов Сафонов Капустин Кириллов Моисеев Елисеев Костин Горбачёв Орехов Ефремов Исаев "
    "Калашников Кабанов Носков Юдин Кулагин Прохоров Нестеров Харитонов Зимин Шубин Филатов Крюков "
    "Молчанов Гришин Кононов Ситников Симонов Мишин Фадеев Носов Гуляев Шаров Устинов Брагин Зыков "
    "Бирюков Никонов Щукин Одинцов Сазонов Гордеев Самойлов Князев Уваров Рожков Самсонов Лихачёв "
    "Субботин Фокин Блохин Кондратьев Тагиров Хабибуллин Алиев Мамедов Гасанов Абдуллаев Галиев Сафин Юсупов Каримов Нуриев "
    "Достоевский Вишневский Ковалевский Покровский Успенский Соколовский Высоцкий Бродский Заболоцкий "
    "Жуковский Островский Толстой Полевой Береговой Донской Белых Черных Долгих Седых Шевченко "
    "Бондаренко Ткаченко Коваленко Кравченко Гоголь Ковальчук Мельник Шмидт Гольдберг Кох Пак Ким"
).split()


@dataclass(frozen=True)
class Person:
    first: str
    patronymic: str
    surname: str  # masculine form; `decline_surname` makes the feminine
    female: bool


def _random_person(rng: random.Random, female: bool | None = None) -> Person:
    if female is None:
        female = rng.random() < 0.5
    first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
    patronymic = rng.choice(PATRONYMICS)[1 if female else 0]
    return Person(first, patronymic, rng.choice(SURNAMES), female)


def _name_parts(person: Person, case: str) -> tuple[str, str, str]:
    return (decline_surname(person.surname, person.female, case),
            decline_first_name(person.first, case),
            decline_patronymic(person.patronymic, case))


def person_piece(rng: random.Random, person: Person, form: str, case: str) -> Piece:
    """A name in one of the forms templates ask for; "any" picks one of the multi-word forms."""
    surname, first, patronymic = _name_parts(person, case)
    if form == "any":
        form = rng.choice(["full", "full", "io", "fi", "init"])
    full = rng.choice([f"{surname} {first} {patronymic}", f"{first} {patronymic} {surname}"])
    if form == "full":
        written = full
    elif form == "io":
        written = f"{first} {patronymic}"
    elif form == "fi":
        written = rng.choice([f"{first} {surname}", f"{surname} {first}"])
    elif form == "init":
        i, o = person.first[0], person.patronymic[0]
        written = rng.choice([f"{surname} {i}.{o}.", f"{surname} {i}. {o}.", f"{i}.{o}. {surname}"])
        return Piece(written, f"{surname} {first} {patronymic}".lower(), "PERSON")
    elif form == "first":
        written = first
    elif form == "sur":
        written = surname
    else:
        raise ValueError(f"unknown person form {form!r}")
    return Piece(written, written.lower(), "PERSON")


# --- personal data values ----------------------------------------------------------------------------

MOBILE_CODES = ["903", "905", "906", "909", "910", "915", "916", "917", "919", "925", "926", "929",
                "950", "951", "953", "960", "962", "964", "965", "977", "980", "985", "987", "999"]
CITY_CODES = ["495", "499", "812", "843", "383", "343", "846", "861"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _speak_digits(rng: random.Random, digits: str, natural: list[int]) -> str:
    """The ways people dictate a digit string: in its natural groups, one by one, or in pairs."""
    style = rng.random()
    if style < 0.5:
        return chunked_words(digits, natural)
    if style < 0.75:
        return digit_words(digits)
    return chunked_words(digits, [2] * (len(digits) // 2 + 1))


def phone_piece(rng: random.Random) -> Piece:
    code = rng.choice(MOBILE_CODES) if rng.random() < 0.85 else rng.choice(CITY_CODES)
    local = _digits(rng, 7)
    a, b, c = local[:3], local[3:5], local[5:]
    prefix = rng.choice(["8", "+7", "+7", "8", ""])
    if prefix == "":
        written = rng.choice([f"{code} {a}-{b}-{c}", f"({code}) {a}-{b}-{c}", f"{code}{local}"])
    else:
        sep = prefix + (" " if prefix == "+7" else "")
        written = rng.choice([
            f"{prefix}-{code}-{a}-{b}-{c}", f"{sep}({code}) {a}-{b}-{c}", f"{prefix} {code} {a} {b} {c}",
            f"{prefix}{code}{local}", f"{sep}({code}){a}{b}{c}", f"{prefix} {code} {a}-{b}-{c}",
        ]).replace("+7-", "+7 ")
    spoken_prefix = {"8": "восемь", "+7": "плюс семь", "": ""}[prefix]
    style = rng.random()
    if style < 0.55:
        body = f"{group_words(code)} {chunked_words(local, [3, 2, 2])}"
    elif style < 0.8:
        body = digit_words(code + local)
    elif style < 0.9:  # code as a number, the rest in pairs: "двенадцать тридцать четыре пятьсот шестьдесят семь"
        body = f"{group_words(code)} {chunked_words(local, [2, 2, 3])}"
    else:
        body = f"{group_words(code)} {digit_words(a)} {chunked_words(b + c, [2, 2])}"
    return Piece(written, f"{spoken_prefix} {body}".strip(), "PHONE_NUMBER")


PASSPORT_REGIONS = ["45", "46", "40", "41", "50", "52", "60", "63", "65", "71", "75", "92", "03", "08", "18"]


def passport_pieces(rng: random.Random, force_series_number: bool = False) -> list[Piece]:
    series = rng.choice(PASSPORT_REGIONS) + f"{rng.choice(list(range(0, 25)) + [97, 98, 99]):02d}"
    number = f"{rng.randrange(100000, 1000000)}"
    ser_words = rng.choice([
        f"{group_words(series[:2])} {group_words(series[2:])}", digit_words(series), cardinal(int(series)),
    ]) if series[0] != "0" else f"{group_words(series[:2])} {group_words(series[2:])}"
    num_words = rng.choice([
        chunked_words(number, [3, 3]), digit_words(number), chunked_words(number, [2, 2, 2]),
        cardinal(int(number)),
    ])
    form = "sn" if force_series_number else rng.choice(["4+6", "2+2+6", "10", "sn", "sn_no", "no"])
    if form == "no":
        return [Piece("№ ", "номер"), Piece(number, num_words, "RU_PASSPORT")]
    if form in ("sn", "sn_no"):
        ser = f"{series[:2]} {series[2:]}" if rng.random() < 0.5 else series
        inner = "номер" if form == "sn" else "№"
        return [Piece("серия ", "серия"),
                Piece(f"{ser} {inner} {number}", f"{ser_words} номер {num_words}", "RU_PASSPORT")]
    written = {"4+6": f"{series} {number}", "2+2+6": f"{series[:2]} {series[2:]} {number}",
               "10": f"{series}{number}"}[form]
    if rng.random() < 0.5:
        return [Piece("", "серия"), Piece(written, f"{ser_words} номер {num_words}", "RU_PASSPORT")]
    return [Piece(written, f"{ser_words} {num_words}", "RU_PASSPORT")]


def inn_value(rng: random.Random, length: int) -> str:
    """A random INN with valid check digits (10 digits: organisation, 12: person or sole proprietor)."""
    region = rng.choice(["77", "50", "78", "16", "52", "66", "54", "02", "23", "61"])
    if length == 10:
        body = region + _digits(rng, 7)
        weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
        return body + str(sum(int(d) * w for d, w in zip(body, weights)) % 11 % 10)
    body = region + _digits(rng, 8)
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    body += str(sum(int(d) * w for d, w in zip(body, w11)) % 11 % 10)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return body + str(sum(int(d) * w for d, w in zip(body, w12)) % 11 % 10)


def inn_piece(rng: random.Random, length: int | None = None) -> Piece:
    value = inn_value(rng, length or rng.choice([12, 12, 10]))
    natural = [4, 4, 4] if len(value) == 12 else [4, 3, 3]
    return Piece(value, _speak_digits(rng, value, natural), "RU_INN")


def snils_value(rng: random.Random) -> str:
    """A random SNILS (11 digits) with a valid check number."""
    body = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return f"{body}{check:02d}"


def snils_piece(rng: random.Random) -> Piece:
    v = snils_value(rng)
    written = rng.choice([f"{v[:3]}-{v[3:6]}-{v[6:9]} {v[9:]}", f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}",
                          v, f"{v[:3]}-{v[3:6]}-{v[6:9]}-{v[9:]}"])
    return Piece(written, _speak_digits(rng, v, [3, 3, 3, 2]), "RU_SNILS")


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit to `body`."""
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def card_piece(rng: random.Random) -> Piece:
    prefix = rng.choice(["2200", "2201", "2202", "2203", "2204", "4276", "4279", "4377", "4817",
                         "5469", "5536", "5228", "5106", "5413"])
    v = luhn_complete(prefix + _digits(rng, 11))
    groups = [v[i:i + 4] for i in range(0, 16, 4)]
    written = rng.choice([" ".join(groups), v, "-".join(groups), " ".join(groups)])
    style = rng.random()
    if style < 0.4:
        spoken = " ".join(group_words(g) for g in groups)
    elif style < 0.7:
        spoken = chunked_words(v, [2] * 8)
    else:
        spoken = digit_words(v)
    return Piece(written, spoken, "CREDIT_CARD")


EMAIL_DOMAINS = [("mail.ru", "мейл точка ру"), ("yandex.ru", "яндекс точка ру"), ("gmail.com", "джимейл точка ком"),
                 ("bk.ru", "бэ ка точка ру"), ("list.ru", "лист точка ру"), ("inbox.ru", "инбокс точка ру"),
                 ("rambler.ru", "рамблер точка ру"), ("ya.ru", "я точка ру"), ("icloud.com", "айклауд точка ком")]


def email_piece(rng: random.Random, person: Person) -> Piece:
    surname = decline_surname(person.surname, person.female, "nom")
    first, sur = person.first, surname
    year = rng.randrange(1960, 2006)
    login_parts = rng.choice([
        [(translit(first), first.lower()), (".", "точка"), (translit(sur), sur.lower())],
        [(translit(sur), sur.lower()), (".", "точка"), (translit(first), first.lower())],
        [(translit(first)[0], first.lower()[0]), (translit(sur), sur.lower())],
        [(translit(first), first.lower()), ("_", "нижнее подчёркивание"), (translit(sur), sur.lower())],
        [(translit(sur), sur.lower()), (str(year), cardinal(year))],
        [(translit(first), first.lower()), (".", "точка"), (translit(sur), sur.lower()),
         (f"{year % 100:02d}", group_words(f"{year % 100:02d}"))],
        [(translit(sur), sur.lower()), ("-", "дефис"), (translit(first)[0], first.lower()[0])],
    ])
    domain, spoken_domain = rng.choice(EMAIL_DOMAINS)
    written = "".join(p for p, _ in login_parts) + "@" + domain
    spoken = " ".join(s for _, s in login_parts) + " собака " + spoken_domain
    return Piece(written, spoken, "EMAIL_ADDRESS")


@dataclass(frozen=True)
class City:
    nom: str
    gen: str
    prep: str
    spoken: str = ""
    region: str = ""  # a city of a region, written "Московская обл."


CITIES = [
    City("Москва", "Москвы", "Москве"), City("Санкт-Петербург", "Санкт-Петербурга", "Санкт-Петербурге",
                                             "санкт петербург"),
    City("Казань", "Казани", "Казани"), City("Новосибирск", "Новосибирска", "Новосибирске"),
    City("Екатеринбург", "Екатеринбурга", "Екатеринбурге"),
    City("Нижний Новгород", "Нижнего Новгорода", "Нижнем Новгороде"), City("Самара", "Самары", "Самаре"),
    City("Омск", "Омска", "Омске"), City("Ростов-на-Дону", "Ростова-на-Дону", "Ростове-на-Дону", "ростов на дону"),
    City("Уфа", "Уфы", "Уфе"), City("Красноярск", "Красноярска", "Красноярске"), City("Пермь", "Перми", "Перми"),
    City("Воронеж", "Воронежа", "Воронеже"), City("Волгоград", "Волгограда", "Волгограде"),
    City("Тверь", "Твери", "Твери"), City("Тула", "Тулы", "Туле"), City("Ярославль", "Ярославля", "Ярославле"),
    City("Подольск", "Подольска", "Подольске", region="Московская"),
    City("Химки", "Химок", "Химках", region="Московская"),
    City("Мытищи", "Мытищ", "Мытищах", region="Московская"),
    City("Балашиха", "Балашихи", "Балашихе", region="Московская"),
    City("Гатчина", "Гатчины", "Гатчине", region="Ленинградская"),
    City("Выборг", "Выборга", "Выборге", region="Ленинградская"),
    City("Дзержинск", "Дзержинска", "Дзержинске", region="Нижегородская"),
]

# (written type, spoken type, name, type after the name?)
STREETS = [
    ("ул.", "улица", "Тверская", False), ("ул.", "улица", "Ленина", False), ("ул.", "улица", "Гагарина", False),
    ("ул.", "улица", "Садовая", False), ("ул.", "улица", "Советская", False), ("ул.", "улица", "Лесная", False),
    ("ул.", "улица", "Школьная", False), ("ул.", "улица", "Молодёжная", False), ("ул.", "улица", "Баумана", False),
    ("ул.", "улица", "Профсоюзная", False), ("ул.", "улица", "Большая Дмитровка", False),
    ("ул.", "улица", "Малая Бронная", False), ("ул.", "улица", "Строителей", False),
    ("ул.", "улица", "Комсомольская", False), ("ул.", "улица", "Пушкина", False),
    ("ул.", "улица", "Маршала Жукова", False), ("ул.", "улица", "Первомайская", False),
    ("пр-т", "проспект", "Мира", False), ("пр-т", "проспект", "Ленинский", True),
    ("пр-т", "проспект", "Кутузовский", True), ("пр.", "проспект", "Невский", True),
    ("пр-т", "проспект", "Вернадского", False), ("пр-т", "проспект", "Победы", False),
    ("пер.", "переулок", "Кривоколенный", True), ("пер.", "переулок", "Столярный", True),
    ("пер.", "переулок", "Гончарный", True), ("ш.", "шоссе", "Энтузиастов", False),
    ("ш.", "шоссе", "Варшавское", True), ("б-р", "бульвар", "Тверской", True),
    ("б-р", "бульвар", "Цветной", True), ("наб.", "набережная", "Фонтанки", False),
    ("наб.", "набережная", "Пресненская", True), ("пл.", "площадь", "Победы", False),
    ("мкр.", "микрорайон", "Северный", False), ("проезд", "проезд", "Завода Серп и Молот", False),
]


def _number_with_letter(rng: random.Random, low: int, high: int) -> tuple[str, str]:
    n = rng.randrange(low, high)
    r = rng.random()
    if r < 0.12:
        letter = rng.choice("АБВ")
        return f"{n}{letter}", f"{cardinal(n)} {letter.lower()}"
    if r < 0.2:
        m = rng.randrange(1, 9)
        return f"{n}/{m}", f"{cardinal(n)} дробь {cardinal(m)}"
    return str(n), cardinal(n)


def address_piece(rng: random.Random) -> Piece:
    city = rng.choice(CITIES)
    w: list[str] = []
    s: list[str] = []
    if city.region and rng.random() < 0.7:
        w.append(rng.choice([f"{city.region} обл.", f"{city.region} область"]))
        s.append(f"{city.region.lower()} область")
    if rng.random() < 0.9:
        w.append(rng.choice([f"г. {city.nom}", f"г.{city.nom}", city.nom, f"город {city.nom}"]))
        s.append("город " + (city.spoken or city.nom.lower()))
    st_type, st_spoken, st_name, after = rng.choice(STREETS)
    w.append(f"{st_name} {st_type}" if after else f"{st_type} {st_name}")
    s.append(f"{st_name.lower()} {st_spoken}" if after else f"{st_spoken} {st_name.lower()}")
    house_w, house_s = _number_with_letter(rng, 1, 160)
    building = rng.random()
    bld_w = bld_s = ""
    if building < 0.2:
        k = rng.randrange(1, 6)
        bld_w, bld_s = rng.choice([f"корп. {k}", f"к. {k}", f"корпус {k}"]), f"корпус {cardinal(k)}"
    elif building < 0.3:
        k = rng.randrange(1, 12)
        bld_w, bld_s = rng.choice([f"стр. {k}", f"строение {k}"]), f"строение {cardinal(k)}"
    apt = rng.randrange(1, 400) if rng.random() < 0.85 else None
    if not bld_w and apt and rng.random() < 0.2:  # compact "д. 5-12" / "5-12"
        w.append(rng.choice([f"д. {house_w}-{apt}", f"{house_w}-{apt}"]))
        s.append(f"дом {house_s} квартира {cardinal(apt)}")
    else:
        w.append(rng.choice([f"д. {house_w}", f"д.{house_w}", f"дом {house_w}", house_w]))
        s.append(f"дом {house_s}")
        if bld_w:
            w.append(bld_w)
            s.append(bld_s)
        if apt:
            w.append(rng.choice([f"кв. {apt}", f"кв.{apt}", f"квартира {apt}"]))
            s.append(f"квартира {cardinal(apt)}")
    written = ", ".join(w)
    if rng.random() < 0.15:
        written = f"{rng.randrange(101000, 692999)}, {written}"
    return Piece(written, " ".join(s), "ADDRESS")


def _spoken_date(day: int, month: int, year: int, form: str, rng: random.Random) -> tuple[str, str]:
    """(date words, trailing "года" or "") — the trailing word stays outside the gold span."""
    words = f"{ordinal(day, form)} {MONTHS_GEN[month - 1]}"
    r = rng.random()
    if r < 0.7:
        return f"{words} {ordinal(year)}", "года"
    if r < 0.85:
        return f"{words} {ordinal(year)}", ""
    return (f"{words} {ordinal(year % 100 or 100)}" if year < 2000 else f"{words} {ordinal(year)}"), "года"


def dob_pieces(rng: random.Random, form: str) -> list[Piece]:
    """A birth date; `form` is the spoken case the template's context wants: "gen" or "nom_n"."""
    year, month, day = rng.randrange(1940, 2008), rng.randrange(1, 13), rng.randrange(1, 29)
    written, written_tail = rng.choice([
        (f"{day:02d}.{month:02d}.{year}", ""), (f"{day:02d}.{month:02d}.{year}", ""),
        (f"{day} {MONTHS_GEN[month - 1]} {year}", " г."), (f"{day} {MONTHS_GEN[month - 1]} {year}", " года"),
        (f"{day:02d}.{month:02d}.{year % 100:02d}", ""), (f"{day:02d}.{month:02d}.{year}", " г."),
    ])
    if form == "nom_n" and rng.random() < 0.15:  # "двенадцатое ноль третье восьмидесятого"
        spoken = f"{ordinal(day, 'nom_n')} ноль {ordinal(month, 'nom_n')}" if month < 10 else \
            f"{ordinal(day, 'nom_n')} {ordinal(month, 'nom_n')}"
        spoken += f" {ordinal(year % 100 or 100)}" if year < 2000 else f" {ordinal(year)}"
        spoken_tail = ""
    else:
        spoken, spoken_tail = _spoken_date(day, month, year, form, rng)
    return [Piece(written, spoken, "DATE_OF_BIRTH"), Piece(written_tail, spoken_tail)]


# --- negatives: must stay visible ---------------------------------------------------------------------

RUB = ("рубль", "рубля", "рублей")
KOP = ("копейка", "копейки", "копеек")


def money_piece(rng: random.Random) -> Piece:
    rub = rng.choice([rng.randrange(1, 100), rng.randrange(100, 1000), rng.randrange(1000, 20000),
                      rng.choice([300, 350, 450, 500, 590, 650, 700, 890, 990, 1200, 1500])])
    kop = rng.randrange(1, 100) if rng.random() < 0.35 else 0
    rub_w = f"{rub:,}".replace(",", " ") if rub >= 1000 and rng.random() < 0.5 else str(rub)
    if kop:
        written = rng.choice([f"{rub_w} руб. {kop:02d} коп.", f"{rub_w} {plural(rub, RUB)} {kop} {plural(kop, KOP)}",
                              f"{rub_w},{kop:02d} руб."])
        spoken = f"{cardinal(rub)} {plural(rub, RUB)} {cardinal(kop, 'f')} {plural(kop, KOP)}"
    else:
        written = rng.choice([f"{rub_w} руб.", f"{rub_w} {plural(rub, RUB)}", f"{rub_w} р.", f"{rub_w} ₽"])
        spoken = f"{cardinal(rub)} {plural(rub, RUB)}"
    return Piece(written, spoken, negative="MONEY")


def duration_piece(rng: random.Random) -> Piece:
    unit = rng.choice([(("минута", "минуты", "минут"), "f", 2, 60), (("час", "часа", "часов"), "m", 2, 48),
                       (("день", "дня", "дней"), "m", 2, 30), (("секунда", "секунды", "секунд"), "f", 2, 60),
                       (("неделя", "недели", "недель"), "f", 2, 5)])
    forms, gender, low, high = unit
    n = rng.randrange(low, high)
    return Piece(f"{n} {plural(n, forms)}", f"{cardinal(n, gender)} {plural(n, forms)}", negative="DURATION")


def service_date_piece(rng: random.Random, form: str = "gen") -> Piece:
    """A billing or outage date, in the genitive ("от", "с", "до") or, with "nom_n", "сегодня 12 ноября"."""
    year, month, day = rng.choice([2025, 2026]), rng.randrange(1, 13), rng.randrange(1, 29)
    with_year = rng.random() < 0.5
    written = rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day} {MONTHS_GEN[month - 1]} {year} г."]) \
        if with_year else rng.choice([f"{day:02d}.{month:02d}", f"{day} {MONTHS_GEN[month - 1]}"])
    spoken = f"{ordinal(day, form)} {MONTHS_GEN[month - 1]}" + (f" {ordinal(year)} года" if with_year else "")
    return Piece(written, spoken, negative="SERVICE_DATE")


def year_piece(rng: random.Random) -> Piece:
    """A year on its own, said as a genitive ordinal like a birth year ("с две тысячи пятнадцатого")."""
    year = rng.randrange(1995, 2026)
    return Piece(str(year), ordinal(year), negative="YEAR")


def age_piece(rng: random.Random) -> Piece:
    n = rng.randrange(18, 90)
    return Piece(f"{n} {plural(n, ('год', 'года', 'лет'))}", f"{cardinal(n)} {plural(n, ('год', 'года', 'лет'))}",
                 negative="AGE")


def tail_piece(rng: random.Random) -> Piece:
    """The last four digits of a card or number: what the policy lets an operator say, so not hidden."""
    digits = _digits(rng, 4)
    spoken = rng.choice([chunked_words(digits, [2, 2]), digit_words(digits)])
    return Piece(digits, spoken, negative="LAST4")


TARIFFS = [("Мой безлимит", "мой безлимит"), ("Все за 500", "все за пятьсот"), ("Мой онлайн", "мой онлайн"),
           ("Тарифище", "тарифище"), ("Близкие люди", "близкие люди"), ("Мой разговор", "мой разговор"),
           ("Всё для семьи", "всё для семьи"), ("Первый", "первый"), ("Ультра", "ультра"),
           ("Черный", "черный"), ("Везде онлайн", "везде онлайн"), ("Супер 300", "супер триста")]
COMPANIES = [("МТС", "мтс"), ("Билайн", "билайн"), ("МегаФон", "мегафон"), ("Теле2", "теле два"),
             ("Ростелеком", "ростелеком"), ("Йота", "йота"), ("Сбербанк", "сбербанк"), ("Тинькофф", "тинькофф")]
SHORT_NUMBERS = [("0611", ["ноль шестьсот одиннадцать", "ноль шесть один один"]),
                 ("0890", ["ноль восемьсот девяносто", "ноль восемь девять ноль"]),
                 ("100", ["сто", "один ноль ноль"]), ("112", ["сто двенадцать", "один один два"]),
                 ("0500", ["ноль пятьсот", "ноль пять ноль ноль"]), ("*100#", ["звёздочка сто решётка"]),
                 ("111", ["сто одиннадцать"]), ("0555", ["ноль пятьсот пятьдесят пять"]),
                 ("*102#", ["звёздочка сто два решётка"])]


def tariff_piece(rng: random.Random) -> Piece:
    written, spoken = rng.choice(TARIFFS)
    return Piece(written, spoken, negative="TARIFF")


def company_piece(rng: random.Random) -> Piece:
    written, spoken = rng.choice(COMPANIES)
    return Piece(written, spoken, negative="COMPANY")


def short_number_piece(rng: random.Random) -> Piece:
    written, spoken = rng.choice(SHORT_NUMBERS)
    return Piece(written, rng.choice(spoken), negative="SHORT_NUMBER")


def ticket_pieces(rng: random.Random) -> list[Piece]:
    number = str(rng.randrange(10**5, 10**8))
    lead = rng.choice([Piece("№ ", "номер"), Piece("№", "номер"), Piece("", "номер"), Piece("", "")])
    spoken = rng.choice([digit_words(number), chunked_words(number, [3, 2, 2, 2]), cardinal(int(number))])
    return [lead, Piece(number, spoken, negative="TICKET")]


def city_piece(rng: random.Random, case: str) -> Piece:
    city = rng.choice(CITIES)
    accusative = city.nom[:-1] + "у" if city.nom.endswith("а") else city.nom  # "в Москву", "в Казань"
    written = {"nom": city.nom, "gen": city.gen, "prep": city.prep, "acc": accusative}[case]
    return Piece(written, written.lower().replace("-", " "), negative="CITY")


def traffic_piece(rng: random.Random) -> Piece:
    n = rng.choice([1, 2, 3, 5, 10, 15, 20, 30, 50, 100])
    forms = ("гигабайт", "гигабайта", "гигабайт")
    return Piece(rng.choice([f"{n} ГБ", f"{n} Гб", f"{n} {plural(n, forms)}"]),
                 f"{cardinal(n)} {plural(n, forms)}", negative="TRAFFIC")


def time_piece(rng: random.Random) -> Piece:
    h, m = rng.randrange(8, 22), rng.choice([0, 0, 15, 30, 45])
    if m:
        return Piece(f"{h}:{m:02d}", f"{cardinal(h)} {cardinal(m)}", negative="TIME")
    return Piece(f"{h}:00", f"{cardinal(h)} {plural(h, ('час', 'часа', 'часов'))}", negative="TIME")


# --- templates ------------------------------------------------------------------------------------
#
# {P.form:case}: the item's main person (F: a woman, M: a man, Q: anyone else); forms full/io/fi/init/
# first/sur/any; cases nom/gen/dat/acc/ins/prep. {OP}: the operator's first name. [он|она]: a whole word
# agreeing with P's gender. Personal data: {PHONE} {PASSPORT} {PASSPORT_SN} {ADDR} {EMAIL} {INN} {INN10}
# {SNILS} {CARD} {DOB:gen|nom}. Negatives: {MONEY} {DUR} {SDATE[:nom]} {YEAR} {AGE} {LAST4} {TARIFF}
# {TICKET} {CITY:case} {SHORT} {COMPANY} {GB} {TIME}.

TEMPLATES: list[tuple[str, str]] = [
    ("operator", "Здравствуйте! Компания {COMPANY}, меня зовут {OP}, чем могу помочь?"),
    ("operator", "Добрый день, оператор {OP}. Назовите, пожалуйста, фамилию, имя и отчество владельца номера."),
    ("operator", "Спасибо за ожидание, {P.io:nom}. Ваш баланс {MONEY}, абонентская плата по тарифу «{TARIFF}» — {MONEY}."),
    ("operator", "{P.io:nom}, подскажите, пожалуйста, паспортные данные владельца договора."),
    ("operator", "Для подтверждения назовите, пожалуйста, кодовое слово. Линия работает круглосуточно, звонок на {SHORT} бесплатный."),
    ("operator", "Благодарю за обращение в {COMPANY}, всего доброго! Баланс можно проверить по команде {SHORT}."),
    ("operator", "Вы звонили с номера {PHONE}? Уточните, пожалуйста, на кого оформлен договор."),
    ("operator", "{P.io:nom}, ваша заявка {TICKET} передана специалистам, ответ поступит через {DUR}."),
    ("operator", "Меня зовут {OP}, я специалист технической поддержки {COMPANY}. Номер вашего обращения {TICKET}."),
    ("operator", "Позвоните, пожалуйста, на {SHORT}, там вам подскажут по тарифу «{TARIFF}»."),
    ("operator", "Договор оформлен на {P.full:acc}? Подтвердите дату рождения владельца."),
    ("operator", "Хорошо, {P.first:nom}, записала: доставка по адресу {ADDR}, курьер позвонит за {DUR}."),
    ("operator", "С {SDATE} в {CITY:prep} ведутся плановые работы, связь восстановят в течение суток."),
    ("operator", "{P.io:nom}, оплата {MONEY} от {SDATE} поступила, тариф «{TARIFF}» подключён."),
    ("client", "Здравствуйте, меня зовут {P.full:nom}, мой номер {PHONE}."),
    ("client", "Договор оформлен на {P.full:acc}, паспорт {PASSPORT}."),
    ("client", "Я звоню по поводу номера {PHONE}, он оформлен на {Q.full:acc}."),
    ("client", "[Родился|Родилась] я {DOB:gen}, паспорт {PASSPORT_SN}."),
    ("client", "Запишите мою почту {EMAIL}, пожалуйста."),
    ("client", "Адрес регистрации: {ADDR}."),
    ("client", "Я [прописан|прописана] по адресу {ADDR}, а живу сейчас в {CITY:prep}."),
    ("client", "У меня в {CITY:prep} с {SDATE} не работает интернет, заявка {TICKET}."),
    ("client", "Почему с меня списали {MONEY}? Платёж от {SDATE} я не [делал|делала]."),
    ("client", "Переведите меня на тариф «{TARIFF}», пожалуйста, сейчас у меня «{TARIFF}»."),
    ("client", "Я уже {DUR} жду на линии, а у меня на счёте {MONEY}!"),
    ("client", "Мой ИНН {INN}, СНИЛС {SNILS}."),
    ("client", "[Оплачивал|Оплачивала] картой {CARD}, деньги списались, а на счёт не пришли."),
    ("client", "Номер карты {CARD}, платёж был {SDATE}, сумма {MONEY}."),
    ("client", "Это {P.fi:nom}, я вчера [звонил|звонила] по заявке {TICKET}."),
    ("client", "Свяжитесь с {Q.full:ins}, это контактное лицо, телефон {PHONE}."),
    ("client", "Передайте {Q.io:dat}, что я перезвоню через {DUR}."),
    ("client", "Я нахожусь в {CITY:prep}, роуминг подключён? [Звонил|Звонила] на {SHORT}, никто не отвечает."),
    ("client", "Подключите мне {GB} за {MONEY}, пожалуйста."),
    ("client", "Доставку SIM-карты оформите на адрес {ADDR}, получатель {Q.full:nom}, тел. {PHONE}."),
    ("client", "Моя жена, {F.full:nom}, хочет переоформить номер на себя, её паспорт {PASSPORT}."),
    ("client", "Номер был оформлен на моего отца, {M.full:acc}, он умер в прошлом году."),
    ("client", "Договор на маму, на {F.full:acc}, [я её сын|я её дочь]."),
    ("client", "Спасибо, {OP}, вы мне очень помогли!"),
    ("client", "Запишите: {P.full:nom}, {DOB:nom}, {PHONE}."),
    ("client", "Мой номер {PHONE}, второй номер {PHONE}, оба на меня."),
    ("client", "Я живу по адресу {ADDR}, а квитанции приходят в {CITY:acc}."),
    ("client", "Я [хотел|хотела] бы узнать, почему в {CITY:prep} не ловит {COMPANY}."),
    ("client", "Пишите на {EMAIL} или звоните {PHONE}."),
    ("client", "Дата рождения {DOB:nom}, адрес {ADDR}, почта {EMAIL}."),
    ("client", "Мне звонили с номера {PHONE} и представились {Q.fi:ins} из службы безопасности."),
    ("client", "Я индивидуальный предприниматель, ИНН {INN}, договор на {P.init:acc}."),
    ("client", "Скажите, сколько минут осталось? Я [подключал|подключала] «{TARIFF}» {SDATE}, было {GB}."),
    ("client", "Вот мой СНИЛС: {SNILS}, а ИНН {INN}, запишите, пожалуйста."),
    ("client", "СНИЛС {SNILS}, дата рождения {DOB:nom}, карта для возврата {CARD}."),
    ("client", "Вся надежда только на вас, интернет не работает уже {DUR}, а платёж от {SDATE} прошёл."),
    ("crm", "Кл. [спрашивал|спрашивала] о {Q.full:prep}, данные владельца не предоставлены, перезвонит с паспортом."),
    ("operator", "По договору на {P.fi:acc} баланс {MONEY}, следующее списание {SDATE}."),
    ("operator", "[Уважаемый|Уважаемая] {P.io:nom}, по номеру, оканчивающемуся на {LAST4}, есть задолженность {MONEY}."),
    ("operator", "Сегодня {SDATE:nom}, платёж по карте, оканчивающейся на {LAST4}, ещё не поступил."),
    ("client", "У {P.full:gen} задолженность {MONEY}, а [он|она] [мой сосед|моя соседка], я передам."),
    ("client", "Перезвоните мне на {PHONE}, а не на {SHORT}, пожалуйста."),
    ("client", "Мне {AGE}, я вашим абонентом с {YEAR} года, а тариф «{TARIFF}» мне не подходит."),
    ("client", "На мне 3 номера, все в {CITY:prep}, оплачиваю с {YEAR} года."),
    ("crm", "Кл. {P.init:nom}, {AGE}, абонент с {YEAR} года, просит скидку на тариф «{TARIFF}»."),
    ("crm", "Кл. {P.init:nom} [просил|просила] перезвонить на {PHONE}."),
    ("crm", "Кл. {P.init:nom}, ИНН {INN}, СНИЛС {SNILS}, паспорт {PASSPORT}."),
    ("crm", "Юр. лицо, ИНН {INN10}, контактное лицо {Q.full:nom}, {EMAIL}, баланс {MONEY}."),
    ("crm", "Кл. {P.full:nom}, д.р. {DOB:nom}, паспорт {PASSPORT}, адрес регистрации: {ADDR}."),
    ("crm", "Обращение {TICKET}: кл. жалуется на связь в {CITY:prep}, перезвонить {P.init:dat} по тел. {PHONE} после {TIME}."),
    ("crm", "Смена владельца: с {M.init:gen} на {F.init:acc}, паспорт нового владельца {PASSPORT}, ИНН {INN}."),
    ("crm", "Кл. [сообщил|сообщила] e-mail {EMAIL} для доставки счетов. Тариф «{TARIFF}», баланс {MONEY}."),
    ("crm", "Возврат {MONEY} на карту {CARD}, получатель {P.full:nom}."),
    ("crm", "{P.init:nom}, СНИЛС {SNILS}, дата рождения {DOB:nom}."),
    ("crm", "Кл. [звонил|звонила] с {PHONE}, вопрос по списанию {MONEY} от {SDATE}. Решено."),
    ("crm", "Контактное лицо: {F.full:nom}, {PHONE}, {EMAIL}."),
    ("crm", "Проблема с интернетом в {CITY:prep} с {SDATE}, заявка {TICKET}, номер {SHORT} недоступен."),
    ("crm", "Кл. в роуминге, баланс {MONEY}, подключена опция на {GB}, ждал ответа {DUR}."),
    ("crm", "Абонентская плата {MONEY} по тарифу «{TARIFF}» списывается {SDATE}, перезвонить в {TIME}."),
    ("crm", "Перезвонить {P.first:dat} завтра в {TIME}."),
    ("crm", "Клиент {P.sur:nom} не согласен с начислением {MONEY} от {SDATE}."),
    ("crm", "Карта {CARD} заблокирована, кл. {P.init:nom} просит разблокировать."),
    ("crm", "ИНН организации {INN10}, директор {M.full:nom}, тел. {PHONE}."),
    ("crm", "Переоформление на {Q.any:acc} по паспорту {PASSPORT}, [владелец присутствовал лично|владелица присутствовала лично]."),
    ("crm", "Доставка счетов: {ADDR}. Контакт: {Q.any:nom}, {PHONE}."),
    ("crm", "Звонок от {P.any:gen} по поводу блокировки номера, паспорт {PASSPORT_SN}, д.р. {DOB:nom}."),
    ("crm", "Кл. переведён на {COMPANY}, MNP заявка {TICKET} от {SDATE}, номер {PHONE}."),
    ("crm", "Жалоба: с карты {CARD} дважды списано {MONEY}, кл. {P.init:nom}, e-mail {EMAIL}."),
]

_SLOT = re.compile(r"\{([A-Z_0-9]+)(?:\.(\w+))?(?::(\w+))?\}|\[([^|\]]*)\|([^\]]*)\]")

# Abbreviations as they are said in full; longest first so "д.р." wins over "д.".
_SPOKEN_ABBREVIATIONS = [
    ("д.р.", "дата рождения"), ("юр.", "юридическое"), ("кл.", "клиент"), ("по тел.", "по телефону"), ("тел.", "телефон"), ("e-mail", "имейл"),
    ("sim-карты", "сим карты"), ("mnp", "эм эн пи"), ("№", "номер"),
]
_PUNCTUATION = re.compile(r"[.,!?;:«»\"()—–\-/…]")


def spoken_literal(text: str) -> str:
    """A template's own words as ASR would print them: lowercase, abbreviations said, no punctuation."""
    text = text.lower()
    for abbreviation, spoken in _SPOKEN_ABBREVIATIONS:
        text = text.replace(abbreviation, f" {spoken} ")
    text = re.sub(r"\d+", lambda m: f" {cardinal(int(m.group()))} ", text)
    return " ".join(_PUNCTUATION.sub(" ", text).split())


class _Builder:
    """Appends pieces to both renderings at once, recording the offsets of gold spans and negatives."""

    def __init__(self) -> None:
        self.written, self.asr = "", ""
        self.written_spans: list[Span] = []
        self.asr_spans: list[Span] = []
        self.written_neg: list[Span] = []
        self.asr_neg: list[Span] = []

    def add(self, piece: Piece) -> None:
        written = piece.written
        if piece.type is None and piece.negative is None and written.startswith(".") and self.written.endswith("."):
            written = written[1:]  # "М.П." + "." — one full stop, as people type it
        start = len(self.written)
        self.written += written
        label = piece.type or piece.negative
        if label and written:
            (self.written_spans if piece.type else self.written_neg).append((label, start, len(self.written)))
        spoken = " ".join(piece.asr.split())
        if spoken:
            if self.asr:
                self.asr += " "
            start = len(self.asr)
            self.asr += spoken
            if label:
                (self.asr_spans if piece.type else self.asr_neg).append((label, start, len(self.asr)))

    def renderings(self) -> tuple[Rendering, Rendering]:
        return (Rendering(self.written, self.written_spans, self.written_neg),
                Rendering(self.asr, self.asr_spans, self.asr_neg))


def _slot_pieces(rng: random.Random, name: str, form: str | None, arg: str | None,
                 people: dict[str, Person]) -> list[Piece]:
    if name in people:
        return [person_piece(rng, people[name], form or "full", arg or "nom")]
    if name == "OP":
        operator = _random_person(rng)
        return [Piece(operator.first, operator.first.lower(), "PERSON")]
    makers: dict[str, Callable[[], list[Piece]]] = {
        "PHONE": lambda: [phone_piece(rng)],
        "PASSPORT": lambda: passport_pieces(rng),
        "PASSPORT_SN": lambda: passport_pieces(rng, force_series_number=True),
        "ADDR": lambda: [address_piece(rng)],
        "EMAIL": lambda: [email_piece(rng, people["P"] if rng.random() < 0.7 else _random_person(rng))],
        "INN": lambda: [inn_piece(rng)],
        "INN10": lambda: [inn_piece(rng, 10)],
        "SNILS": lambda: [snils_piece(rng)],
        "CARD": lambda: [card_piece(rng)],
        "DOB": lambda: dob_pieces(rng, "gen" if arg == "gen" else "nom_n"),
        "MONEY": lambda: [money_piece(rng)],
        "DUR": lambda: [duration_piece(rng)],
        "SDATE": lambda: [service_date_piece(rng, "nom_n" if arg == "nom" else "gen")],
        "YEAR": lambda: [year_piece(rng)],
        "AGE": lambda: [age_piece(rng)],
        "LAST4": lambda: [tail_piece(rng)],
        "TARIFF": lambda: [tariff_piece(rng)],
        "TICKET": lambda: ticket_pieces(rng),
        "CITY": lambda: [city_piece(rng, arg or "prep")],
        "SHORT": lambda: [short_number_piece(rng)],
        "COMPANY": lambda: [company_piece(rng)],
        "GB": lambda: [traffic_piece(rng)],
        "TIME": lambda: [time_piece(rng)],
    }
    return makers[name]()


def render(rng: random.Random, template: str) -> tuple[Rendering, Rendering]:
    """Fill one template with fresh values and build both renderings."""
    people = {"P": _random_person(rng), "Q": _random_person(rng),
              "F": _random_person(rng, female=True), "M": _random_person(rng, female=False)}
    builder = _Builder()
    pos = 0
    for m in _SLOT.finditer(template):
        literal = template[pos:m.start()]
        if literal:
            builder.add(Piece(literal, spoken_literal(literal)))
        if m.group(1):
            for piece in _slot_pieces(rng, m.group(1), m.group(2), m.group(3), people):
                builder.add(piece)
        else:
            chosen = m.group(5) if people["P"].female else m.group(4)
            builder.add(Piece(chosen, spoken_literal(chosen)))
        pos = m.end()
    if template[pos:]:
        builder.add(Piece(template[pos:], spoken_literal(template[pos:])))
    return builder.renderings()


def generate(n: int, seed: int = 0) -> list[Item]:
    """`n` items, the same for the same seed; templates are cycled in a shuffled order so all are used."""
    rng = random.Random(seed)
    items: list[Item] = []
    order: list[int] = []
    for i in range(n):
        if not order:
            order = list(range(len(TEMPLATES)))
            rng.shuffle(order)
        kind, template = TEMPLATES[order.pop()]
        written, asr = render(rng, template)
        items.append(Item(f"syn-{seed}-{i:05d}", kind, written, asr))
    return items


def _record(item_id: str, kind: str, rendering: Rendering) -> dict:
    return {
        "id": item_id, "kind": kind, "text": rendering.text,
        "gold": [{"type": t, "start": s, "end": e} for t, s, e in rendering.spans],
        "negatives": [{"kind": t, "start": s, "end": e} for t, s, e in rendering.negatives],
    }


def write_jsonl(items: list[Item], out_dir: Path) -> None:
    """DIR/written.jsonl and DIR/asr.jsonl, one `{"id","text","gold":[...]}` object per line."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("written", "asr"):
        with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps(_record(item.id, item.kind, getattr(item, name)), ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    items = generate(args.n, args.seed)
    write_jsonl(items, args.out)
    print(f"wrote {len(items)} items to {args.out}/written.jsonl and {args.out}/asr.jsonl")


if __name__ == "__main__":
    main()
