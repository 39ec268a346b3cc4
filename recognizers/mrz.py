"""The machine-readable zone of a passport's photo page, read by its fixed layout: each field masked as its kind.

An OCR'd passport (KYC, SIM registration) ends with two lines of 44 characters (ICAO Doc 9303, TD3), the whole identity
in them: "PNRUSIVANOVA<<MARIQ<SERGEEVNA<<<…" (the document's type, the issuing state, the surname, "<<", the given
names) and "4512345670RUS9001019F<<<<<<<…" (the document's number and its check digit, the nationality, the birth date
YYMMDD and its check digit, the sex, the expiry date and its check digit, the optional data, two more check digits).
The Russian internal passport ("PN") writes its names in its own transliteration (Ч "3", Ш "4", Я "8", Й "Q": no
Cyrillic letter is lost), the series' first three digits and the number in the number's field, and in the optional
data the series' last digit, the issue date YYMMDD and the department code.

The layout is the evidence, not a cue word: a name line is "P", a type letter or "<", three letters and a name field
with its "<" fillers; a data line is a number's field, a digit, three letters, six digits of a date, a digit and a sex.
The check digits (weights 7, 3, 1) are a signal, not a gate: OCR misreads characters, and a line that has the layout
but fails its checks is masked all the same (fail closed), only with a lower score. A field's length may be off by
one or two where OCR dropped or doubled a character: the fields are found by what surrounds them.
"""
from __future__ import annotations

import re

from guard.analysis import EntityRecognizer, NlpArtifacts, RecognizerResult

LANGUAGE = "ru"

ENTITIES = ("PERSON", "RU_PASSPORT", "ID_DOCUMENT", "DATE_OF_BIRTH", "DOCUMENT_ISSUE_DATE", "RU_PASSPORT_DEPT")

# "P", the type ("N": the Russian internal passport; "<": a passport for travel), the issuing state, then the names:
# words of letters (and the Russian transliteration's digits) joined by one "<" within a name, "<<" between the surname
# and the given names, "<" fillers to the line's end
NAME_LINE = re.compile(r"(?<![A-Z0-9<])P(?P<type>[A-Z<])(?P<state>[A-Z<]{3})"
                       r"(?P<names>[A-Z0-9]+(?:<{1,2}[A-Z0-9]+)*)<*(?![A-Z0-9<])")
# the data line: the number's field and check digit, the nationality, the birth date and check digit, the sex, the
# expiry and its check digit, the optional data to the line's end (its last two characters: check digits)
DATA_LINE = re.compile(r"(?<![A-Z0-9<])(?P<number>[A-Z0-9<]{7,11}?)(?P<number_check>[0-9<])(?P<nation>[A-Z<]{3})"
                       r"(?P<birth>\d{6})(?P<birth_check>[0-9<])(?P<sex>[MFX<])(?P<expiry>[0-9<]{6})"
                       r"(?P<expiry_check>[0-9<])(?P<optional>[A-Z0-9<]{0,18})<*+(?![A-Z0-9<])")  # OCR may pad more fillers
# A zone's line or a piece of one named by its word ("MRZ: V4418209<3IND…", "фрагмент MRZ 18AV523109FRA9203044F",
# "мрз: EJ4417283…", "MRZ стр.2 …"): the characters of the zone's alphabet after it, ten at least, are the zone's
# (issue 15: a kiosk's note copies the line, or the part of it it checked, after the word).
ZONE_WORDS = r"mrz|мрз|машиночита[а-яё]*\s+зон[а-яё]*|mrz-строк[а-яё]*"
CUED_PIECE = re.compile(r"(?<![^\W\d_])(?:" + ZONE_WORDS + r")(?![^\W\d_])"
                        r"(?:[ \t]*+(?:стр(?:ока|оки)?\.?|line)[ \t]*+\d)?[ \t:\-–—]*+"
                        r"(?-i:([A-Z0-9][A-Z0-9<]{9,43}))(?![A-Za-z0-9<])", re.IGNORECASE)
_RUSSIAN_OPTIONAL = re.compile(r"\d{13}")  # the series' last digit, the issue date, the department code
_NAME_PART = re.compile(r"[A-Z0-9]+")
_VALUE = re.compile(r"[A-Z0-9]+(?:<[A-Z0-9]+)*")  # a field's value without its "<" fillers


def check_digit(field: str) -> str:
    """ICAO 9303's check digit of a field: digits as themselves, "A".."Z" as 10..35, "<" as 0, weights 7, 3, 1."""
    total = 0
    for position, char in enumerate(field):
        value = int(char) if char.isdigit() else ord(char) - 55 if char.isalpha() else 0
        total += value * (7, 3, 1)[position % 3]
    return str(total % 10)


def _holds(field: str, check: str) -> bool:
    return check == check_digit(field)


class MachineZoneRecognizer(EntityRecognizer):
    """Every field of a passport's machine-readable zone, each with its kind (see the module's docstring)."""

    ENTITIES = ENTITIES

    def __init__(self, supported_language: str = LANGUAGE) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=supported_language,
                         name="MachineZoneRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        cued = [] if "MRZ" not in text.upper() and "МРЗ" not in text.upper() and "МАШИНОЧИТА" not in text.upper() \
            else [("ID_DOCUMENT", piece.start(1), piece.end(1), 0.9, "a piece of a machine-readable zone after its word")
                  for piece in CUED_PIECE.finditer(text)]
        if "<" not in text:
            return self._results(cued, entities)  # every whole line of the zone has its fillers
        spans: list[tuple[str, int, int, float, str]] = cued
        internal = False
        for line in NAME_LINE.finditer(text):
            if "<<" not in line.group():
                continue  # no filler between or after the names: a word ("PNEUMONIA"), not a zone's line
            internal = internal or line.group("type") == "N"
            spans += [("PERSON", line.start("names") + part.start(), line.start("names") + part.end(), 0.9,
                       "a name in a passport's machine-readable zone") for part in _NAME_PART.finditer(line.group("names"))]
            if line.group("type") != "N":
                spans.append(self._whole(line))
        for line in DATA_LINE.finditer(text):
            russian = internal or line.group("nation") == "RUS"
            spans += self._data_fields(line, russian)
            if not russian:
                spans.append(self._whole(line))
        return self._results(spans, entities)

    @staticmethod
    def _whole(line: re.Match) -> tuple[str, int, int, float, str]:
        """A foreign document's zone line whole, fillers and check digits too (issue 15): the line is one document's,
        its fields inside it; the most confident field types the merged span (engine.merge_overlaps), the line itself
        one notch above the names' so a name line reads as the document it is. The Russian internal passport's lines
        keep their fields' own kinds (the card policy and identification read them)."""
        return ("ID_DOCUMENT", line.start(), line.end(), 0.91, "a foreign document's machine-readable line, whole")

    def _results(self, spans: list[tuple[str, int, int, float, str]], entities: list[str]) -> list[RecognizerResult]:
        from guard.recognizers.base import make_result
        return [make_result(self, entity, start, end, score, why) for entity, start, end, score, why in spans
                if not entities or entity in entities]

    @staticmethod
    def _data_fields(line: re.Match, russian: bool) -> list[tuple[str, int, int, float, str]]:
        """The personal fields of a data line, each with its check digit; the optional data of a Russian passport as
        the series' last digit, the issue date and the department code."""
        checked = sum((_holds(line.group("number"), line.group("number_check")),
                       _holds(line.group("birth"), line.group("birth_check")),
                       _holds(line.group("expiry"), line.group("expiry_check"))))
        score = 0.95 if checked >= 2 else 0.8  # the checks say how sure, never whether
        why = "a field of a passport's machine-readable zone"
        number = "RU_PASSPORT" if russian else "ID_DOCUMENT"
        fields = [(number, line.start("number"), line.end("number_check")),
                  ("DATE_OF_BIRTH", line.start("birth"), line.end("birth_check"))]
        if line.group("expiry").strip("<"):
            fields.append(("DOCUMENT_ISSUE_DATE", line.start("expiry"), line.end("expiry_check")))
        optional, at = line.group("optional"), line.start("optional")
        russian_data = _RUSSIAN_OPTIONAL.search(optional) if russian else None
        if russian_data:
            at += russian_data.start()  # past a "<" OCR doubled
            fields += [(number, at, at + 1), ("DOCUMENT_ISSUE_DATE", at + 1, at + 7), ("RU_PASSPORT_DEPT", at + 7, at + 13)]
        else:
            # another state's optional data (a personal number, or nothing): masked whole but its two check digits
            value = _VALUE.search(optional[:-2] if len(optional) > 2 else "")
            if value:
                fields.append(("ID_DOCUMENT", at + value.start(), at + value.end()))
        return [(entity, start, end, score, why) for entity, start, end in fields
                if line.string[start:end].strip("<")]
