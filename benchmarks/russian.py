"""Russian number words, name declension and transliteration for the synthetic corpus.

Written independently of guard's normalizer on purpose: if both were built from one table, a mistake in it
would show up in the text and in the detector alike and the benchmark would never see it. Rules cover what
the generator produces (its own word lists), not Russian at large.
"""
from __future__ import annotations

CASES: tuple[str, ...] = ("nom", "gen", "dat", "acc", "ins", "prep")

_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
          "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
          "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
         "восемьдесят", "девяносто"]
_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
             "восемьсот", "девятьсот"]
_SCALES = [  # (value, forms for 1 / 2-4 / 5+, grammatical gender)
    (10**9, ("миллиард", "миллиарда", "миллиардов"), "m"),
    (10**6, ("миллион", "миллиона", "миллионов"), "m"),
    (10**3, ("тысяча", "тысячи", "тысяч"), "f"),
]


def plural(n: int, forms: tuple[str, str, str]) -> str:
    """The noun form agreeing with `n`: forms for 1, 2-4 and 5+ ("рубль", "рубля", "рублей")."""
    n = abs(n) % 100
    if 11 <= n <= 19:
        return forms[2]
    if n % 10 == 1:
        return forms[0]
    if 2 <= n % 10 <= 4:
        return forms[1]
    return forms[2]


def _below_thousand(n: int, gender: str) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words.append(_HUNDREDS[n // 100])
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10])
        n %= 10
        if n == 0:
            return words
    if n or not words:
        if n == 1 and gender == "f":
            words.append("одна")
        elif n == 1 and gender == "n":
            words.append("одно")
        elif n == 2 and gender == "f":
            words.append("две")
        else:
            words.append(_UNITS[n])
    return words


def cardinal(n: int, gender: str = "m") -> str:
    """Nominative cardinal: 1980 -> "тысяча девятьсот восемьдесят"; gender "m" | "f" | "n" for 1 and 2."""
    if n == 0:
        return "ноль"
    words: list[str] = []
    for value, forms, scale_gender in _SCALES:
        count, n = divmod(n, value)
        if count:
            if not (value == 1000 and count == 1):  # people say "тысяча", not "одна тысяча"
                words.extend(_below_thousand(count, scale_gender))
            words.append(plural(count, forms))
    if n:
        words.extend(_below_thousand(n, gender))
    return " ".join(words)


_ORDINAL_STEMS = {
    1: "перв", 2: "втор", 3: "трет", 4: "четвёрт", 5: "пят", 6: "шест", 7: "седьм", 8: "восьм",
    9: "девят", 10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
    15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат",
    20: "двадцат", 30: "тридцат", 40: "сороков", 50: "пятидесят", 60: "шестидесят", 70: "семидесят",
    80: "восьмидесят", 90: "девяност", 100: "сот", 200: "двухсот", 300: "трёхсот", 400: "четырёхсот",
    500: "пятисот", 600: "шестисот", 700: "семисот", 800: "восьмисот", 900: "девятисот",
    1000: "тысячн", 2000: "двухтысячн",
}
_ORDINAL_ENDINGS = {"gen": "ого", "nom_n": "ое"}  # "двенадцатого марта", "двенадцатое марта"
_SOFT_ORDINAL_ENDINGS = {"gen": "ьего", "nom_n": "ье"}  # "третьего", "третье"


def _ordinal_word(n: int, form: str) -> str:
    endings = _SOFT_ORDINAL_ENDINGS if n == 3 else _ORDINAL_ENDINGS
    return _ORDINAL_STEMS[n] + endings[form]


def ordinal(n: int, form: str = "gen") -> str:
    """Ordinal with only the last word inflected: 1980, "gen" -> "тысяча девятьсот восьмидесятого".

    `form` is "gen" (masculine/neuter genitive, dates and years) or "nom_n" (neuter nominative, "двенадцатое").
    """
    if n in (1000, 2000):
        return _ordinal_word(n, form)
    last = n % 100
    if last == 0:
        head = cardinal(n - n % 1000) if n >= 1000 else ""
        tail = _ordinal_word(n % 1000, form)
        return f"{head} {tail}".strip()
    head = cardinal(n - last) if n >= 100 else ""
    if last < 20 or last % 10 == 0:
        tail = _ordinal_word(last, form)
    else:
        tail = f"{_TENS[last // 10]} {_ordinal_word(last % 10, form)}"
    return f"{head} {tail}".strip()


MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря"]


def digit_words(digits: str) -> str:
    """Digit by digit: "0611" -> "ноль шесть один один"."""
    return " ".join(_UNITS[int(d)] for d in digits)


def group_words(digits: str) -> str:
    """One group as people say it, leading zeros spoken: "05" -> "ноль пять", "016" -> "ноль шестнадцать"."""
    if len(digits) > 1 and digits[0] == "0":
        return f"ноль {group_words(digits[1:])}"
    return cardinal(int(digits))


def chunked_words(digits: str, sizes: list[int]) -> str:
    """Split `digits` into groups of `sizes` (the last absorbs the rest) and speak each group."""
    words, pos = [], 0
    for i, size in enumerate(sizes):
        end = len(digits) if i == len(sizes) - 1 else min(pos + size, len(digits))
        if pos < end:
            words.append(group_words(digits[pos:end]))
        pos = end
    return " ".join(words)


# --- names -----------------------------------------------------------------------------------------

_CASE = {name: i for i, name in enumerate(CASES)}
_HUSHING = tuple("жшчщц")
_VELAR_HUSHING = tuple("гкхжшчщ")

_IRREGULAR_FIRST = {
    "Павел": ("Павел", "Павла", "Павлу", "Павла", "Павлом", "Павле"),
    "Лев": ("Лев", "Льва", "Льву", "Льва", "Львом", "Льве"),
    "Пётр": ("Пётр", "Петра", "Петру", "Петра", "Петром", "Петре"),
    "Любовь": ("Любовь", "Любови", "Любови", "Любовь", "Любовью", "Любови"),
}


def _a_declension(stem: str) -> tuple[str, ...]:
    gen = "и" if stem.endswith(_VELAR_HUSHING) else "ы"
    return ("а", gen, "е", "у", "ой", "е")


def decline_first_name(name: str, case: str) -> str:
    """First name in a case: ("Сергей", "ins") -> "Сергеем", ("Мария", "acc") -> "Марию"."""
    i = _CASE[case]
    if name in _IRREGULAR_FIRST:
        return _IRREGULAR_FIRST[name][i]
    if name.endswith("ия"):
        return name[:-2] + ("ия", "ии", "ии", "ию", "ией", "ии")[i]
    if name.endswith("ья"):
        ins = "ьёй" if name == "Илья" else "ьей"
        dat = "ье"
        return name[:-2] + ("ья", "ьи", dat, "ью", ins, "ье")[i]
    if name.endswith("а"):
        return name[:-1] + _a_declension(name[:-1])[i]
    if name.endswith("ий"):
        return name[:-2] + ("ий", "ия", "ию", "ия", "ием", "ии")[i]
    if name.endswith(("ей", "ай", "ой")):
        return name[:-1] + ("й", "я", "ю", "я", "ем", "е")[i]
    if name.endswith("ь"):
        return name[:-1] + ("ь", "я", "ю", "я", "ем", "е")[i]
    ins = "ем" if name.endswith(_HUSHING) else "ом"
    return name + ("", "а", "у", "а", ins, "е")[i]


def decline_patronymic(patronymic: str, case: str) -> str:
    """Patronymic in a case: "Сергеевич" -> "Сергеевичем", "Петровна" -> "Петровну"."""
    i = _CASE[case]
    if patronymic.endswith("на"):
        return patronymic[:-2] + ("на", "ны", "не", "ну", "ной", "не")[i]
    return patronymic + ("", "а", "у", "а", "ем", "е")[i]


_INDECLINABLE_SURNAME_ENDINGS = ("ых", "их", "ко", "аго", "яго", "дзе", "иа", "ово")


def decline_surname(surname: str, female: bool, case: str) -> str:
    """Surname (given in its masculine form) in a case and gender.

    -ов/-ев/-ёв/-ин/-ын: Иванов -> Ивановым / Иванова -> Ивановой; -ский/-цкий and -ой: adjectival;
    -ых/-их/-ко and the like never change; other consonant endings decline for men only (Ковальчук ->
    Ковальчуком, but "с Анной Ковальчук").
    """
    i = _CASE[case]
    if surname.endswith(_INDECLINABLE_SURNAME_ENDINGS):
        return surname
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        if female:
            return surname + ("а", "ой", "ой", "у", "ой", "ой")[i]
        return surname + ("", "а", "у", "а", "ым", "е")[i]
    if surname.endswith(("ский", "цкий")):
        stem = surname[:-2]
        if female:
            return stem + ("ая", "ой", "ой", "ую", "ой", "ой")[i]
        return stem + ("ий", "ого", "ому", "ого", "им", "ом")[i]
    if surname.endswith("ой"):
        stem = surname[:-2]
        if female:
            return stem + ("ая", "ой", "ой", "ую", "ой", "ой")[i]
        return stem + ("ой", "ого", "ому", "ого", "ым", "ом")[i]
    if female:
        return surname
    if surname.endswith("ь"):
        return surname[:-1] + ("ь", "я", "ю", "я", "ем", "е")[i]
    ins = "ем" if surname.endswith(_HUSHING) else "ом"
    return surname + ("", "а", "у", "а", ins, "е")[i]


_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}


def translit(word: str) -> str:
    """Passport-style Latin spelling of a Russian word, lowercase: "Пётр" -> "petr"."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in word.lower())
