"""NOTARIAL_NUMBER: the number of a notarial act — a power of attorney, a consent, an heir's certificate, a revocation —
by the notary's register ("зарегистрировано в реестре № 69/112-н/69-2025-1-408") or by the notarial form it is printed
on ("доверенность 69 АА 2814573"); and a power of attorney certified as a notary's is (by a consul, a foreign notary
with an apostille, a hospital's head doctor) by the number its certifier gave it (issue 15, stop 55: packed_ad54).

The register ties the act to its principal and its representative by name, and a notes' line about them names the
act to find them by (152-ФЗ, ст. 3: information relating indirectly to an identifiable person); fail closed, the
operator need not see it. Decided against the older sets' labels: packed_c28, d29, f31, g32, h33, i34, l37, m38, o40,
q42, pii_ag39, an43 and aw52 mark these numbers hard negatives, packed_ad54 marks them gold — the evaluator reports the
type apart (benchmarks/evaluate.DISPUTED_TYPES).

What stays visible: the notary's own number in the register of notaries ("рег. № нотариуса 69/37", no "-н/" entry),
the notary's licence, an inheritance case's number ("наследственное дело № 35/2025"), an outgoing letter's, and a
power of attorney a company numbers itself ("дов. № 14-Д от 09.01.2025": no notarial shape, no certifier named).

Three readings, each a shape or its words, none a sentence:
- the register's entry, a shape no other number has: the region's code, the notary's number, "н", the region's code,
  the year, the volume and the entry ("69/112-н/69-2025-1-408"; Приказ Минюста России от 30.08.2017 N 156, common
  knowledge), read wherever it stands;
- the notarial form's series and number: the region's two digits, two capitals and seven digits ("69 АА 2814573",
  "77АГ1234567", "52 АА № 6107734"), read wherever it stands — no other Russian document is printed so (a vehicle's
  passport and registration certificate have six digits, a military ID no region's digits before its letters);
- a notarial act's noun in any case or cut short ("доверенность", "дов.", "дов-ть", "свидетельство о праве на
  наследство", "св-во о праве на насл.", "нотариальное согласие", "распоряжение об отмене доверенности"), or the
  register's formula ("зарегистрировано в реестре за №", "реестровый номер"), then a label and a number in an office's
  own numbering (id_document.CERTIFICATE_NUMBER: "77/2025-114", "NZ 418/2025", "ОКБ-114/25", "1-2345"). After the noun
  (not after the formula) a certifier must be named between it and the number ("удостоверена консулом", "у нотариуса
  … с апостилем", "приравнена к нотариальной"): a company's own power of attorney is numbered as freely.
Said aloud, the form's number after the noun is read as every cued number is (CUE_NUMBERS: nine digits, the form's
letters dropped by the reading of speech).
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind
from guard.recognizers.id_document import CERTIFICATE_NUMBER
from guard.recognizers.lexicon import SAID_SEPARATOR, SPOKEN_LETTER

# the register's entry: region/notary-н/region-year-volume-entry ("н" Cyrillic or its Latin twin)
REGISTER_ENTRY = r"(?<![\w/])\d{1,3}/\d{1,5}-(?-i:[нn])/\d{1,3}-\d{4}-\d{1,3}-\d{1,6}(?![\w/])"
# the notarial form: the region's two digits, the series' two capitals, "№" perhaps, seven digits
FORM_NUMBER = r"(?<![\w/.,])\d{2}[ \t]?(?-i:[А-ЯЁ]{2})[ \t]?(?:№[ \t]?)?\d{7}(?![\w/]|[.,]\d)"
# a notarial act's noun, in any case or cut short
ACT_NOUNS = (r"доверенн?ост[а-яё]*|дов(?:-т[а-яё]+|\.|(?=[ \t]*(?:№|\d)))|доверен\."
             r"|(?:свидетельств[а-яё]*|св-в[а-яё]*|свид(?:-в[а-яё]*|\.))\s+о\s+праве\s+на\s+насл(?:едств[а-яё]*|ед\.|\.)"
             r"|нотариальн[а-яё]*\s+(?:согласи[а-яё]*|заявлени[а-яё]*|акт[а-яё]*|действи[а-яё]*)"
             r"|распоряжени[а-яё]*\s+(?:нотариуса\s+)?об\s+отмене\s+(?:доверенн?ост[а-яё]*|дов\.)")
# the register's own formula: the number after it is the act's entry
# a register of organisations a company's number is entered in — the Bank of Russia's (pawnshops, MFOs), the tax office's,
# a self-regulating body's, Roskomnadzor's operators' (issue 15, stop 56: «номер в реестре ЦБ: ЛМБ 1748801», pii_az55's
# pawnshop): the company's own number, no notarial act's
_ORGANISATIONS_REGISTERS = (r"цб|банка\s+россии|фнс|налогов[а-яё]*|егрюл|егрип|юридических|ломбард[а-яё]*|мфо"
                            r"|микрофинансов[а-яё]*|сро|операторов|роскомнадзор[а-яё]*|лицензи[а-яё]*")
REGISTER_FORMULA = (r"(?:зарегистрирован[а-яё]*|зарег\.?|рег\.)\s+в\s+реестре(?:\s+нотариус[а-яё]*)?(?:\s+за)?"
                    r"|реестров[а-яё]*\s+номер[а-яё]*|номер[а-яё]*\s+в\s+реестре(?!\s+(?:нотариусов|" + _ORGANISATIONS_REGISTERS
                    + r")(?![а-яёА-ЯЁ]))")  # a register's whole word: «сроком», «цбх» are none (review of stop 56)
# a certifier or the register named between a power of attorney's noun and its number: it is a notary's act or
# counts as one
CERTIFIER = (r"нотари[а-яё]*|нотар\.|нот\.|удостовер[а-яё]*|удост\.|консул[а-яё]*|апостил[а-яё]*|посольств[а-яё]*"
             r"|зарегистрир[а-яё]*|зарег\.|реестр[а-яё]*")
_LABEL = r"(?:[\s:,.]*(?:№|номер[а-яё]*|рег\.|реестр\.?|n(?![a-zа-яё])))+[\s:,.]*"
# the words between a noun and its label: letters (a certifier among them), marks, no digit; eight at most
_BETWEEN = r"(?:[\s,.:;()«»\"—–\-]+[А-Яа-яЁёA-Za-z]{1,20}\.?){0,8}?"
# the act's number: the register's entry or the form's number whole, else an office's own numbering
_VALUE = REGISTER_ENTRY + "|" + FORM_NUMBER + "|" + CERTIFICATE_NUMBER
_CUED = re.compile(r"(?<![а-яёa-z])(?:(?:" + ACT_NOUNS + r")(?![а-яёa-z])(?P<between>" + _BETWEEN + r")" + _LABEL
                   + r"|(?:" + REGISTER_FORMULA + r")(?![а-яёa-z])(?:" + _LABEL + r")?[\s:,.]*)"
                   + r"(?<![\w])(?P<value>" + _VALUE + r")", re.IGNORECASE)
_CERTIFIER = re.compile(r"(?<![а-яёa-z])(?:" + CERTIFIER + r")", re.IGNORECASE)
_REGISTER_ENTRY = re.compile(REGISTER_ENTRY)
_FORM_NUMBER = re.compile(FORM_NUMBER)


def canonical(value: str) -> str:
    """The form's series and number or the register's entry without blanks and "№": "69 АА № 2814573" -> "69АА2814573"."""
    return re.sub(r"[\s№]", "", value.upper())


class NotarialNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "NOTARIAL_NUMBER"
    PATTERNS = [Pattern("notarial_register_entry", REGISTER_ENTRY, 0.9),
                Pattern("notarial_form_number", FORM_NUMBER, 0.9),
                Pattern("notarial_act_cued", _CUED.pattern, 0.9)]
    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only trims and filters its patterns' matches
    # said aloud: the form's two digits and seven after a power of attorney's noun (its letters are no digits)
    # and the register's entry said after its formula, its slashes said ("69 дробь 112 эн дробь 69 дробь 2025 …")
    CUE_NUMBERS = ((r"(?:" + ACT_NOUNS + r")(?:\s*(?:номер|№))*", 9, 9), (REGISTER_FORMULA, 4, 24))
    # the form's series between its digits, written or said by the letters' names ("77 а бэ 1234567"); the register's
    # entry's groups joined by its said slashes and dashes (lexicon.SAID_SEPARATOR), its "н" said as the letter ("эн")
    CUE_VALUE = (r"\d(?:[ \-]?\d)*(?:\s?(?:(?-i:[А-ЯЁ]{2})|" + SPOKEN_LETTER + r"\s+" + SPOKEN_LETTER
                 + r")\s?№?\s?\d(?:[ \-]?\d)*"
                 # a group: a said slash (its "н" perhaps before it) and digits, or the "н" and digits where speech-to-text
                 # lost the slash ("55 41 эн 55 2025 1 118", "55 дробь 41 эн 55 2025 тире 1": stop 56)
                 + r"|(?:(?:\s(?:эн|н))?\s" + SAID_SEPARATOR + r"\s\d+|\s(?:эн|н)\s\d(?:[ \-]?\d)*)+)?")

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        kept = []
        for result in super().find_candidates(text, entities, nlp_artifacts, regex_flags):
            piece = text[result.start:result.end]
            if _REGISTER_ENTRY.fullmatch(piece) or _FORM_NUMBER.fullmatch(piece):
                kept.append(result)
                continue
            cued = _CUED.fullmatch(piece)
            if cued is None:
                continue
            between = cued.group("between")
            if between is not None and not (_CERTIFIER.search(between) or _REGISTER_ENTRY.fullmatch(cued.group("value"))
                                            or _FORM_NUMBER.fullmatch(cued.group("value"))):
                continue  # a company's own power of attorney: no certifier, no notarial shape
            result.start, result.end = result.start + cued.start("value"), result.start + cued.end("value")
            kept.append(result)
        return kept


KIND = Kind("NOTARIAL_NUMBER", (NotarialNumberRecognizer,), canonical, hint=r"\d")
