"""VEHICLE_PLATE: a car's registration plate, written or said ("госномер А123ВС 77", "а123вс777 rus", "гос номер а сто
двадцать три вэ эс семьдесят седьмой регион").

A plate names the car's owner through the traffic police's register: in a card's comment or a transcript it is the
customer's personal data (red team bb5 16). A private car's plate (ГОСТ Р 50577) is a letter, three digits, two letters
and the region's two or three digits; its letters are the twelve with a Latin look-alike (А В Е К М Н О Р С Т У Х),
and are typed in either alphabet. Found

- by its whole shape alone, typed without spaces ("А123ВС77", "а123вс 777", "A123BC 77 RUS", or its letters typed
  together after the number: "123АВС77"): nothing else is a letter, three digits, two letters and a region; a tariff's
  or a model's code has no region ("Т123МС", "A52");
- with spaces or said by the letters' names ("а 123 вэ эс 77", "Е 005 КХ 199"), or without its region, only after a
  plate's word (`CUE`: госномер, номер машины, авто, ТС, прицеп …) or before «регион»/«RUS»: "в 100 км 50 м" is a
  distance; in capitals with its region ("М 312 ОА 24") by its shape alone; whole with its region after a bare
  "номер" ("указан номер ха 317 ен о 116");
- a trailer's plate (two letters, four digits, the region: "АМ 4417 24") after a plate's word;
- a neighbouring state's plate (`FOREIGN_PLATES`: Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Belarus, Armenia,
  Azerbaijan, Georgia, Ukraine — the trucks at a border crossing), Latin capitals in that state's groups ("245 AKD 10",
  "01 A 714 KB", "01 KG 345 ADK"): a shape with its letters between two groups of digits by itself, the rest after a
  vehicle's word (a truck's and a trailer's too: "тягач", "фура", "п/п", "Truck").

Spoken numbers arrive as digits (guard/normalize.py); the letters' names are the lexicon's (`SPOKEN_LETTERS`).
Look-alike letters of a plate are not read as a scanned number's digits: guard/normalize.py asks `has_plate_shape`.
"""
from __future__ import annotations

import re

from guard.analysis import EntityRecognizer, NlpArtifacts, ReadOnceAWhole, RecognizerResult
from guard.document import DIGITS, text_holds
from guard.recognizers.base import Kind, make_result, question_before
from guard.recognizers.lexicon import LATIN_PLATE_LETTERS, PLATE_LETTERS, SPOKEN_LETTERS  # noqa: F401 (read here)

LANGUAGE = "ru"
_TO_CYRILLIC = str.maketrans(LATIN_PLATE_LETTERS, PLATE_LETTERS)
_LETTER = "[" + PLATE_LETTERS + PLATE_LETTERS.lower() + LATIN_PLATE_LETTERS + LATIN_PLATE_LETTERS.lower() + "]"
# the plate letters said by their names ("вэ", "эс", "ка", "ха"), from the lexicon's one table
SAID_LETTERS: dict[str, str] = {name: letter for name, letter in SPOKEN_LETTERS.items() if letter in PLATE_LETTERS}
_SAID = "(?:" + "|".join(sorted(SAID_LETTERS, key=lambda w: (-len(w), w))) + r")(?![а-яё])"
_NUMBER = r"(?!000)\d{3}"
_REGION = r"\d{2,3}(?!\d)"
# three digits said one by one arrive apart ("е ноль ноль пять": "е 0 0 5")
_SAID_NUMBER = r"(?!0[ \t]?0[ \t]?0)\d(?:[ \t]?\d){2}(?![ \t]?\d)"
_RUS = r"(?:[ \t]?(?:RUS|rus|Rus))?(?![\w])"
# the whole shape typed without spaces inside: letter, three digits, two letters; the region after a space at most
GLUED = re.compile(r"(?<![\w])" + _LETTER + _NUMBER + _LETTER + "{2}" + r"(?:[ \t]?" + _REGION + _RUS + r")?(?![\w])")
# its letters typed together after the number ("123АВС77", red team bb7 06): the same three letters and three digits,
# the letter before the number moved to the other two
DIGITS_FIRST = re.compile(r"(?<![\w])" + _NUMBER + _LETTER + "{3}" + r"(?:[ \t]?" + _REGION + _RUS + r")?(?![\w])")
_SHAPES = ((GLUED, 4), (DIGITS_FIRST, 6))  # each glued shape and where its region starts
# the same pieces apart by spaces or hyphens, letters by their names too; the region perhaps missing
_UNIT = "(?:" + _SAID + "|" + _LETTER + ")"
APART = re.compile(r"(?<![\w])" + _UNIT + r"[ \t\-]*" + _SAID_NUMBER + r"[ \t\-]*" + _UNIT + r"[ \t\-]*" + _UNIT
                   + r"(?:[ \t\-]*" + _REGION + r")?" + _RUS, re.IGNORECASE)
# The whole plate apart or said by the letters' names with its region: after a bare "номер" it is a plate's number
# ("в начислении указан номер ха триста семнадцать ен о сто шестнадцать": issue 15, stop 48) — a phone's or an
# account's number holds no letters between its digits
APART_WITH_REGION = re.compile(_UNIT + r"[ \t\-]*" + _SAID_NUMBER + r"[ \t\-]*" + _UNIT + r"[ \t\-]*" + _UNIT
                               + r"[ \t\-]*" + _REGION + _RUS, re.IGNORECASE)
_NUMBER_WORD_BEFORE = re.compile(r"(?<![а-яё])номер(?:а|ом|е)?[ \t,:]*$", re.IGNORECASE)
# The same apart, in capitals, with its region: "М 312 ОА 24", "В 581 ЕК 124" — masked by this shape alone (a distance
# "в 100 км 50 м" is lowercase and its units are no plate's letters)
_CAPITAL = "[" + PLATE_LETTERS + LATIN_PLATE_LETTERS + "]"
CAPITALS_APART = re.compile(r"(?<![\w])" + _CAPITAL + r"[ \t\-]+" + _NUMBER + r"[ \t\-]+" + _CAPITAL + "{2}"
                            + r"[ \t\-]+" + _REGION + _RUS)
# A trailer's plate (ГОСТ Р 50577, type 2): two letters, four digits, the region — "АМ 4417 24", only after its word
TRAILER = re.compile(r"(?<![\w])" + _LETTER + "{2}" + r"[ \t\-]?" + r"(?!0000)\d{4}" + r"[ \t\-]?" + _REGION + _RUS,
                     re.IGNORECASE)
# A motorcycle's, scooter's or tractor's plate (ГОСТ Р 50577, types 4 and 3): four digits, two letters, the region —
# "1234 АВ 77"; after a vehicle's word, or in capitals with its region by its shape alone
MOTORCYCLE = re.compile(r"(?<![\w])(?!0000)\d{4}[ \t\-]?" + _LETTER + "{2}" + r"[ \t\-]?" + _REGION + _RUS, re.IGNORECASE)
_MOTORCYCLE_CAPITALS = re.compile(r"\d{4}[ \t\-]?" + _CAPITAL + "{2}" + r"[ \t\-]?" + _REGION + _RUS)
# The vehicle's documents and its own number, which name the car as its plate does and its owner through the same
# register: the registration certificate (СТС) and the vehicle's passport (ПТС), a series of two digits and two letters
# (or four digits) and six digits ("СТС 77 ХК 123456", "ПТС 78 ОК 654321"), an electronic ПТС's 15 digits; the
# vehicle identification number (VIN, ISO 3779: 17 letters and digits, no I, O or Q).
DOCUMENT_WORDS = (r"стс|птс|эптс|свидетельств\w*\s+о\s+регистрации(?:\s+(?:тс|транспортн\w*\s+средств\w*))?"
                  r"|паспорт\w*\s+(?:тс|транспортн\w*\s+средств\w*)|техпаспорт\w*")
_DOCUMENT_LABELS = r"(?:[\s:,.|=\-–—]*(?:серия|серии|сер\.|номер|ном\.|№|n))*[\s:,.|=\-–—]*"
DOCUMENT = ReadOnceAWhole(re.compile(r"(?<![а-яёa-z])(?:" + DOCUMENT_WORDS + r")(?![а-яё])" + _DOCUMENT_LABELS
                      + r"(\d{2}[ \t\-]?(?:" + _LETTER + r"{2}|[а-яё]{2}|\d{2})[ \t\-]?(?:№[ \t]?)?\d{6}(?!\d)"
                      r"|\d{15}(?!\d))", re.IGNORECASE))
_VIN_CHARS = "[A-HJ-NPR-Z0-9]"
VIN_WORDS = r"vin|вин|идентификационн\w*\s+номер\w*|номер\w*\s+(?:кузова|шасси|рамы)|кузов\w*|шасси"
VIN = re.compile(r"(?<![\w])(?-i:" + _VIN_CHARS + r"{17})(?![\w])")
_VIN_CUE = re.compile(r"(?<![а-яёa-z])(?:" + VIN_WORDS + r")(?![a-zа-яё])", re.IGNORECASE)


def is_vin(value: str) -> bool:
    """A vehicle identification number by its shape alone: 17 characters of its alphabet, letters and digits both, its
    last four digits (the serial number, ISO 3779) — an order's or a hash's code has no such tail, or lowercase."""
    letters = sum(ch.isalpha() for ch in value)
    return VIN.fullmatch(value) is not None and letters >= 2 and value[-4:].isdigit() \
        and sum(ch.isdigit() for ch in value) >= 6


# A plate's word before it, within its line: "госномер", "гос. номер", "г/н", "ГРЗ", "номерной знак", "номер машины",
# "авто", "автомобиль", "машина"
# The words naming the plate itself are also what a question asking for it says ("номер машины?": Kind.asked, read
# by guard/dialogue.py); a vehicle's word alone ("на машине") asks for nothing.
ASKED = (r"гос\.?\s*номер\w*|госзнак\w*|г/н|грз|номерн\w*\s+знак\w*|рег\.?\s*знак\w*|регистрационн\w*\s+знак\w*"
         r"|номер\w*\s+(?:машин|автомобил|авто|тс\b|транспортн)\w*")
# The makes a customer's car is named by, in either alphabet (a plate typed after "Kia Rio", "лада гранта" names the car
# as "машина" does): the common makes of Russia's roads, not a list of models.
MAKES = (r"toyota|тойот\w*|kia|киа|hyundai|хендай\w*|хундай\w*|хёндай\w*|lada|лад[аеуы]|ваз|газ(?:ел\w*)?|уаз|"
         r"renault|рено|nissan|ниссан\w*|volkswagen|vw|фольксваген\w*|skoda|шкод\w*|ford|форд\w*|chevrolet|шевроле|"
         r"mazda|мазд\w*|mitsubishi|мицубиси|митсубиси|honda|хонд\w*|bmw|бмв|mercedes(?:-benz)?|мерседес\w*|audi|ауди|"
         r"lexus|лексус\w*|haval|хавал\w*|chery|чери|geely|джили|opel|опел\w*|peugeot|пежо|suzuki|сузуки|subaru|субару|"
         r"volvo|вольво|land\s+rover|ленд\s+ровер\w*|porsche|порше|infiniti|инфинити|datsun|датсун|kamaz|камаз\w*|"
         r"yamaha|ямах\w*|kawasaki|кавасаки|ducati|дукати|harley")
# "ТС" (транспортное средство), a trailer, a motorcycle and a car's make are a vehicle's words too: "зарегистрировано ТС
# Hyundai Solaris М 312 ОА 24", "мотоцикл 1234 АВ 77", "Kia Rio, а123вс"
CUE = re.compile(r"(?<![а-яёa-z])(?:" + ASKED + r"|автомобил\w*|авто(?![а-яё])|машин\w*|тс(?![а-яё])|прицеп\w*"
                 r"|мотоцикл\w*|мото(?![а-яё])|мопед\w*|скутер\w*|квадроцикл\w*|тягач\w*|фур(?:а|ы|е|у|ой)(?![а-яё])"
                 r"|грузовик\w*|полуприцеп\w*|рефрижератор\w*|гос\.|truck|trailer|tractor|" + MAKES
                 + r")(?![a-z])", re.IGNORECASE)
_AFTER = re.compile(r"(?<![ \t,])[ \t,]*+(?:регион\w*|рус\b)", re.IGNORECASE)  # linear: tests/test_redos.py
# The neighbouring states' plates (issue 15, stop 50: a truckers' desk at the Kazakh border; the layouts are common
# knowledge, each state's current standard): Latin capitals, groups apart by a blank or a hyphen or typed together.
# (state, layout, its letters stand between two groups of digits: masked by the shape alone)
_FL = "[A-Z]"  # a foreign plate's letter: a Latin capital
_GAP = r"[ \-]?"  # a blank or a hyphen; a tab is a table's cell cut
FOREIGN_PLATES: tuple[tuple[str, str, bool], ...] = (
    ("Kazakhstan (2012): three digits, two or three letters, the region 01-20",
     r"\d{3}" + _GAP + _FL + "{2,3}" + _GAP + r"(?:0[1-9]|1\d|20)", True),
    ("Kazakhstan, a trailer: two digits, three letters, the region", r"\d{2}" + _GAP + _FL + "{3}" + _GAP
     + r"(?:0[1-9]|1\d|20)", True),
    ("Uzbekistan, a private car: the region, a letter, three digits, two letters",
     r"\d{2}" + _GAP + _FL + _GAP + r"\d{3}" + _GAP + _FL + "{2}", True),
    ("Uzbekistan, a company's car: the region, three digits, three letters", r"\d{2}" + _GAP + r"\d{3}" + _GAP + _FL
     + "{3}", False),
    ("Uzbekistan, a trailer: the region, four digits, one or two letters", r"\d{2}" + _GAP + r"\d{4}" + _GAP + _FL
     + "{1,2}", False),
    ("Kyrgyzstan (2016): the region, KG, three digits, two or three letters",
     r"\d{2}" + _GAP + "KG" + _GAP + r"\d{3}" + _GAP + _FL + "{2,3}", True),
    ("Tajikistan, Belarus: four digits, two letters, the region", r"\d{4}" + _GAP + _FL + "{2}" + _GAP + r"\d{1,2}", True),
    ("Armenia, Azerbaijan: two digits, two letters, three digits", r"\d{2}" + _GAP + _FL + "{2}" + _GAP + r"\d{3}", True),
    ("Georgia: two letters, three digits, two letters", _FL + "{2}" + _GAP + r"\d{3}" + _GAP + _FL + "{2}", False),
    ("Ukraine: two letters, four digits, two letters", _FL + "{2}" + _GAP + r"\d{4}" + _GAP + _FL + "{2}", False),
)
_FOREIGN_EDGE_BEFORE = r"(?<![\w.,:/+\-])"
_FOREIGN_EDGE_AFTER = r"(?![\w]|[.,:/\-]\d)"
FOREIGN_PLATE = re.compile(_FOREIGN_EDGE_BEFORE + "(?-i:(?:" + "|".join(layout for _, layout, _ in FOREIGN_PLATES) + "))"
                           + _FOREIGN_EDGE_AFTER)
# every start, overlapping ones too: "… 02 71 451 CCA 10" holds "71 451 CCA" (no plate alone) before the plate
_FOREIGN_PLATE_AT = re.compile("(?=(" + FOREIGN_PLATE.pattern + "))")
_FOREIGN_PLATE_ALONE = re.compile("(?-i:(?:" + "|".join(layout for _, layout, alone in FOREIGN_PLATES if alone) + "))")
# Letters that are a unit's, a currency's or the telecom's own between numbers, never a plate's, when they are its only
# letters: "100 GB 30", "12 000 SMS", "500 USD 20" (a plate's second group of letters is no unit: "01 KG 345 ADK")
_NO_PLATES_LETTERS = frozenset(("GB MB KB TB SMS MMS MNP SIM PIN PUK USD EUR RUB KZT UZS KGS TJS CNY AMD AZN BYN GEL "
                                "UAH GBP CHF TRY KM KG MM CM AM PM UTC MSK GMT HZ MHZ GHZ KW HP LTE NR").split())
_CUE_REACH = 60  # characters a plate's word may stand before it ("авто Kia Rio белого цвета а123вс")
_SHAPE_SCORE = 0.85
_CUED_SCORE = 0.9
_DOCUMENT_SCORE = 0.95  # the document named in full types its number over a birth certificate's "свидетельство"


def has_plate_shape(text: str) -> bool:
    """Is `text` a plate typed without spaces inside (letter, three digits, two letters, or the three digits first;
    perhaps the region)?"""
    return any(shape.fullmatch(text.strip()) is not None for shape, _ in _SHAPES)


def plate_value(value: str) -> str:
    """The plate as every comparison reads it: Cyrillic capitals and digits, no spaces, letters said by name read as
    letters, "RUS" dropped ("а 123 вэ эс 77" and "A123BC77 RUS" are "А123ВС77")."""
    out = []
    for piece in re.finditer(r"\d+|[^\W\d_]+", value):
        word = piece.group()
        if word.isdigit():
            out.append(word)
        elif word.lower() == "rus":
            continue
        elif word.islower() and word in SAID_LETTERS:  # a letter by its name: ASR writes lowercase
            out.append(SAID_LETTERS[word])
        else:
            out.append(word.upper().translate(_TO_CYRILLIC))
    return "".join(out)


_ASKED = re.compile(r"(?<![а-яёa-z])(?:" + ASKED + r")", re.IGNORECASE)


def _cued(text: str, start: int, end: int) -> bool:
    """A plate's word before it on its line, «регион» / «RUS» right after it, or the previous speaker's question asking
    for it when the plate opens the answer ("оператор: номер машины\nклиент: эм 313 эр ха 777": issue 15, stop 55)."""
    line_start = text.rfind("\n", 0, start) + 1
    return CUE.search(text, max(line_start, start - _CUE_REACH), start) is not None \
        or _AFTER.match(text, end) is not None or "rus" in text[start:end].lower() \
        or _ASKED.search(" ".join(question_before(text, start))) is not None


def plate_spans(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, why) of every plate in `text` (spoken numbers as digits): the redactor's reading and the
    speech checker's cheap look before its rules (guard/disclosure/personal.might_hold_personal_data)."""
    found: list[tuple[int, int, float, str]] = []
    for shape, region_at in _SHAPES:
        for match in shape.finditer(text):
            region = DIGITS.search(match.group()[region_at:])
            if region or _cued(text, match.start(), match.end()):
                found.append((match.start(), match.end(), _SHAPE_SCORE if region else _CUED_SCORE,
                              "a car's plate by its shape"))
    for at in _FOREIGN_PLATE_AT.finditer(text):
        plate, start_at, end_at = at.group(1), at.start(1), at.end(1)
        letters = re.findall(r"[A-Z]+", plate)
        if len(letters) == 1 and letters[0] in _NO_PLATES_LETTERS \
                or any(start < end_at and start_at < end for start, end, _, _ in found):
            continue
        if _FOREIGN_PLATE_ALONE.fullmatch(plate) or _cued(text, start_at, end_at):
            found.append((start_at, end_at, _CUED_SCORE, "a neighbouring state's plate"))
    for match in APART.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found) and (
                _cued(text, match.start(), match.end()) or CAPITALS_APART.fullmatch(match.group())
                or APART_WITH_REGION.fullmatch(match.group())
                and _NUMBER_WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())):
            found.append((match.start(), match.end(), _CUED_SCORE,
                          "a car's plate after its word, apart or said by the letters' names"))
    for match in TRAILER.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found) \
                and _cued(text, match.start(), match.end()):
            found.append((match.start(), match.end(), _CUED_SCORE, "a trailer's plate after its word"))
    for match in MOTORCYCLE.finditer(text):
        if not any(start <= match.start() < end for start, end, _, _ in found) and (
                _cued(text, match.start(), match.end()) or _MOTORCYCLE_CAPITALS.fullmatch(match.group())):
            found.append((match.start(), match.end(), _CUED_SCORE, "a motorcycle's plate"))
    for match in DOCUMENT.finditer(text):
        found.append((match.start(1), match.end(1), _DOCUMENT_SCORE, "a vehicle's registration document after its word"))
    for match in VIN.finditer(text):
        value = match.group()
        line_start = text.rfind("\n", 0, match.start()) + 1
        cued = _VIN_CUE.search(text, max(line_start, match.start() - _CUE_REACH), match.start()) is not None
        if (cued and any(ch.isdigit() for ch in value) or is_vin(value)) \
                and not any(start <= match.start() < end for start, end, _, _ in found):
            found.append((match.start(), match.end(), _CUED_SCORE if cued else _SHAPE_SCORE,
                          "a vehicle identification number"))
    return found


class VehiclePlateRecognizer(EntityRecognizer):
    """A car's registration plate (see the module's docstring)."""

    ENTITY = "VEHICLE_PLATE"
    HINT: re.Pattern | None = None  # the kind's hint (a digit), set by the registry: a text without one holds no plate

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name="VehiclePlateRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities or self.HINT is not None and not text_holds(text, self.HINT):
            return []
        return [make_result(self, self.ENTITY, start, end, score, why) for start, end, score, why in plate_spans(text)]


# "госномер" before another kind's number re-types it a plate (base.CUE_KINDS), never drops it
KIND = Kind("VEHICLE_PLATE", (VehiclePlateRecognizer,), plate_value, cues=("госномер", "стс", "птс", "vin"),
            asked=ASKED)
