"""RU_BIRTH_CERTIFICATE: a birth certificate, "IV-МЮ № 123456": a Roman-numeral series, two Cyrillic
letters and a six-digit number. The shape is distinctive enough alone; "свидетельство (о рождении)"
raises it and also takes a number said after it.

Spoken, the series comes as a number and two letter names — "серия четыре эм ю номер шестьсот
шестьдесят шесть сто шестьдесят пять", "римская три эм эн …", "пять ка бэ один один ноль …" — which
guard.normalize leaves as "4 эм ю номер 666 165": after the cue the whole of it is one value.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind
from guard.recognizers.packed_run import RUN_END
from guard.recognizers.lexicon import CUE_GAP, SPOKEN_LETTER, SPOKEN_LETTERS

# The number's run ends it (RUN_END), but a date may follow it: "IV-МЮ 512077 19.01.2016" (its issue date).
_DATE_AFTER = r"(?=[ \-]\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d))"
# The series' two letters are Cyrillic, or the Latin letters that look the same in a scan or a typed note ("III-TH
# 6O4112"); its numeral is Roman, or Arabic before a hyphen ("4-ТН 612870", a guardian's form); a note may glue the
# certificate's own abbreviation to it ("св-воIII-ТН№702118").
_SERIES_LETTERS = r"[А-ЯЁABCEHKMOPTXY]{2}"
CERTIFICATE_REGEX = (r"(?:(?<![\w])|(?<=св-во)|(?<=свид))(?:[IVXLС1]{1,5}|\d{1,2}(?=[\-–]))\s?[\-–]?\s?"
                     + _SERIES_LETTERS + r"\s*(?:№|N|номер)?\s*\d{6}(?:" + RUN_END + "|" + _DATE_AFTER + ")")
# The series as written ("IV-МЮ", "V-АГ") or said ("римская 3 эм эн", "4 эм ю", "5 ка бэ"), then "номер" or "№".
# The numeral's and the letters' words may be said too: "4 римскими буквы а и".
_SERIES = (r"(?:римск\w*\s+)?(?:[IVXLС]{1,5}|\d{1,2})(?:\s+римск\w*)?(?:\s+букв\w*)?\s?[\-–]?\s?(?:[А-ЯЁABCEHKMOPTXY]{2}|"
           + SPOKEN_LETTER + r"\s+" + SPOKEN_LETTER + r")\s*(?:№|N|номер)?\s*")
# Said without its cue right before it: "… свидетельство о рождении моё нужно для подтверждения родства восемь гэ гэ
# номер пять пять семь семь три ноль" -> "8 гэ гэ номер 5 5 7 7 3 0"; taken only while a certificate is talked about.
SPOKEN_REGEX = (r"(?<![\w])(?:римск\w*\s+)?\d{1,2}\s+" + SPOKEN_LETTER + r"\s+" + SPOKEN_LETTER
                + r"\s*(?:номер\s*|№\s*)?\d(?:\s?\d){5}" + RUN_END)
_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(number: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while number >= value:
            out, number = out + numeral, number - value
    return out


def canonical(value: str) -> str:
    """Series and number, uppercase, without separators, however said: "IV-МЮ № 123456" and
    "римская 4 эм ю номер 123 456" -> "IVМЮ123456"."""
    from guard.normalize import normalize_numbers  # spoken digits, as the value was said

    words = re.findall(r"\w+", normalize_numbers(value).text.lower())
    out = []
    for i, word in enumerate(words):
        if word.startswith("римск") or word == "номер":
            continue
        if word in SPOKEN_LETTERS:
            out.append(SPOKEN_LETTERS[word])  # a letter's name ("эм") in the series
        elif word.isdigit() and not out and len(word) <= 2 and i + 1 < len(words) and not words[i + 1].isdigit():
            out.append(_roman(int(word)))  # the series' Roman numeral said as a number
        else:
            out.append(word.upper())
    return "".join(out)


class BirthCertificateRecognizer(ContextPatternRecognizer):
    ENTITY = "RU_BIRTH_CERTIFICATE"
    PATTERNS = [Pattern("ru_birth_certificate", CERTIFICATE_REGEX, 0.6),
                Pattern("ru_birth_certificate_spoken", SPOKEN_REGEX, 0.3)]
    # a death certificate is the same document of the civil registry, in the same form (series and number): the
    # deceased's personal data, which their heirs hold (152-FZ art. 9 p. 7), and it ties an heir to them
    CONTEXT = ("свидетельств", "рождени", "св-в", "смерти")
    DICTATION_WORDS = ("свидетельств",)
    DICTATION_WINDOW = 150
    # "свидетельство о рождении сына серия …", "свидетельство пять ка бэ …", "…о рождении клиент вот оно серия …"
    # "св-во о смерти I-ТН № 60311": a number one digit short (a typo or a scan) is still the certificate's after its cue
    CUE_NUMBERS = ((r"(?:свидетельств\w*|св-в[оеау]|свид\.)(?:\s+о\s+(?:рождении|смерти)(?:\s+(?:ребенка|ребёнка|сына|"
                    r"дочери|матери|отца|мужа|жены))?)?" + CUE_GAP + r"(?:\s+(?:серия|серии))?(?:\s+(?:номер|№))?", 5, 9),)
    CUE_VALUE = r"(?:" + _SERIES + r")?\d(?:[ \-]?\d)*"

    def is_supported(self, text: str, start: int, end: int) -> bool:
        return super().is_supported(text, start, end) or self.is_dictated(text, start)


KIND = Kind("RU_BIRTH_CERTIFICATE", (BirthCertificateRecognizer,), canonical)
