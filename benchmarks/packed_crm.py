"""CRM comments that pack several values into one clause: how many values survive redaction (issue 15).

A seeded generator, not a fixed list: each comment packs 3-6 values of different kinds, in random order and
separators, with cue words in their usual spellings, and names whose surnames are ordinary or cue-like words
("Номеров", "Договоров", "Белый", "Мирный") or Korean ("Ли", "Ким", "Цой"), first names that look like cues
("Инна"). A value leaks when its digits (numbers) or its word (a name part) are still in the redacted text.

    python -m benchmarks.packed_crm [--n 2000] [--seed 0] [--show 20]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass

from guard.recognizers.credit_card import luhn_ok
from guard.recognizers.inn import is_valid_inn
from guard.recognizers.snils import is_valid_snils

SURNAMES = [("Номеров", "Номерова"), ("Договоров", "Договорова"), ("Паспортов", "Паспортова"),
            ("Счётов", "Счётова"), ("Белый", "Белая"), ("Мирный", "Мирная"), ("Ли", "Ли"), ("Ким", "Ким"),
            ("Цой", "Цой"), ("Телефонов", "Телефонова"), ("Карпов", "Карпова"), ("Иванов", "Иванова"),
            ("Белых", "Белых"), ("Новиков", "Новикова"), ("Шевчук", "Шевчук")]
FIRST_NAMES = [("Глеб", "masc"), ("Роман", "masc"), ("Ян", "masc"), ("Андрей", "masc"), ("Тимур", "masc"),
               ("Инна", "femn"), ("Алёна", "femn"), ("Мария", "femn"), ("Светлана", "femn"), ("Анна", "femn")]
PATRONYMICS = {"masc": ["Романович", "Сергеевич", "Олегович", "Петрович"],
               "femn": ["Олеговна", "Сергеевна", "Романовна", "Викторовна"]}
NAME_CUES = ["Клиент", "Кл.", "клиент", "Абонент", "ФИО:", "Плательщик", ""]


@dataclass(frozen=True)
class Value:
    kind: str
    text: str           # as written in the comment
    secret: str          # what must not survive: digits of a number, a word of a name


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _valid(rng: random.Random, n: int, ok) -> str:
    while True:
        digits = str(rng.randint(1, 9)) + _digits(rng, n - 1)
        if ok(digits):
            return digits


def _phone(rng: random.Random) -> Value:
    national = "9" + _digits(rng, 9)
    shape = rng.choice(["8{0}", "+7{0}", "+7 ({1}) {2}-{3}-{4}", "8 {1} {2} {3} {4}", "8-{1}-{2}-{3}{4}"])
    text = shape.format(national, national[:3], national[3:6], national[6:8], national[8:])
    cue = rng.choice(["тел.", "тел", "моб.", "телефон", "т.", "конт. тел.", ""])
    return Value("PHONE_NUMBER", f"{cue} {text}".strip(), national)


def _passport(rng: random.Random) -> Value:
    series, number = _digits(rng, 4), _digits(rng, 6)
    shape = rng.choice(["{0} {1}", "{0}{1}", "{0} № {1}", "{0}/{1}", "серия {0} номер {1}", "{2} {3} {1}"])
    text = shape.format(series, number, series[:2], series[2:])
    cue = rng.choice(["паспорт", "пасп.", "п/п", "паспорт РФ", "документ: паспорт"])
    return Value("RU_PASSPORT", f"{cue} {text}", series + number)


def _inn(rng: random.Random) -> Value:
    digits = _valid(rng, 12, is_valid_inn)
    return Value("RU_INN", f"{rng.choice(['ИНН', 'инн', 'ИНН:'])} {digits}", digits)


def _snils(rng: random.Random) -> Value:
    digits = _valid(rng, 11, is_valid_snils)
    text = rng.choice([digits, f"{digits[:3]}-{digits[3:6]}-{digits[6:9]} {digits[9:]}"])
    return Value("RU_SNILS", f"{rng.choice(['СНИЛС', 'снилс', 'СНИЛС:'])} {text}", digits)


def _card(rng: random.Random) -> Value:
    prefix = rng.choice(["4", "51", "53", "55", "2200", "2202", "2204"])  # Visa, Mastercard, Mir
    while True:
        digits = prefix + _digits(rng, 16 - len(prefix))
        if luhn_ok(digits):
            break
    text = rng.choice([digits, " ".join(digits[i:i + 4] for i in range(0, 16, 4))])
    return Value("CREDIT_CARD", f"{rng.choice(['карта', 'карта №', 'к/к', 'card'])} {text}", digits)


def _birth_date(rng: random.Random) -> Value:
    year, month, day = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.choice(["{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}", "{d:02d}/{m:02d}/{y}"])
    text = shape.format(d=day, m=month, y=year)
    cue = rng.choice(["род.", "д.р.", "дата рождения", "г.р.", "ДР"])
    return Value("DATE_OF_BIRTH", f"{cue} {text}", re.sub(r"\D", "", text))


def _email(rng: random.Random) -> Value:
    user = rng.choice(["inna", "nomerov", "gleb", "li.anna", "belyi_a", "mirnaya85"]) + _digits(rng, 2)
    address = f"{user}@{rng.choice(['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'])}"
    return Value("EMAIL_ADDRESS", f"{rng.choice(['email', 'e-mail:', 'почта', ''])} {address}".strip(), address)


NUMBER_KINDS = [_phone, _passport, _inn, _snils, _card, _birth_date, _email]


def _person(rng: random.Random) -> tuple[str, list[Value]]:
    first, gender = rng.choice(FIRST_NAMES)
    surname = rng.choice(SURNAMES)[0 if gender == "masc" else 1]
    parts = [surname, first] + ([rng.choice(PATRONYMICS[gender])] if rng.random() < 0.6 else [])
    if rng.random() < 0.3:
        parts = parts[1:] + parts[:1]  # "Глеб Романович Номеров"
    cue = rng.choice(NAME_CUES)
    text = f"{cue} {' '.join(parts)}".strip()
    return text, [Value("PERSON", text, surname)]


def comment(rng: random.Random) -> tuple[str, list[Value]]:
    """One CRM comment: a name and 2-5 other values, packed with ';', ',' or nothing between them."""
    name_text, values = _person(rng)
    kinds = rng.sample(NUMBER_KINDS, rng.randint(2, 5))
    chosen = [kind(rng) for kind in kinds]
    parts = [name_text] + [v.text for v in chosen]
    values += chosen
    if rng.random() < 0.3:
        head, tail = parts[0], parts[1:]
        rng.shuffle(tail)
        parts = tail[:1] + [head] + tail[1:]
    separator = rng.choice(["; ", ", ", " ", " / ", ". "])
    return separator.join(parts), values


def survives(value: Value, redacted: str) -> bool:
    if value.kind == "PERSON":
        return re.search(rf"(?<![\w]){re.escape(value.secret)}(?![\w])", redacted) is not None
    if value.kind == "EMAIL_ADDRESS":
        return value.secret in redacted
    return value.secret in re.sub(r"\D", "", redacted)


def measure(n: int, seed: int) -> tuple[Counter, Counter, list[tuple[str, str, str]]]:
    from guard.engine import Redactor

    redactor = Redactor()
    rng = random.Random(seed)
    total: Counter = Counter()
    leaked: Counter = Counter()
    examples: list[tuple[str, str, str]] = []
    for _ in range(n):
        text, values = comment(rng)
        redacted = redactor.redact(text).text
        for value in values:
            total[value.kind] += 1
            if survives(value, redacted):
                leaked[value.kind] += 1
                examples.append((value.kind, text, redacted))
    return total, leaked, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args(argv)
    total, leaked, examples = measure(args.n, args.seed)
    all_values, all_leaked = sum(total.values()), sum(leaked.values())
    print(f"{args.n} comments, {all_values} values, {all_leaked} leaked: {all_leaked / all_values:.2%} (goal <= 0.5%)")
    for kind in sorted(total):
        print(f"   {kind:16} {total[kind]:6} leaked {leaked[kind]:5}  {leaked[kind] / total[kind]:6.2%}")
    for kind, text, redacted in examples[:args.show]:
        print(f"   LEAK {kind:14} {text}\n        -> {redacted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
