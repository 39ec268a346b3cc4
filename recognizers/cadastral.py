"""CADASTRAL_NUMBER: a property's number in the state register of real estate (ЕГРН) — a flat's, a room's, a house's, a
plot's (issue 15, stop 55: pii_ay54, a rental platform's landlords).

A flat's cadastral number is its address in the register's own terms: one number for one dwelling, and the register's
extract names its owner (152-ФЗ, ст. 3: information relating indirectly to an identifiable person). So it is masked
as the address beside it is — fail closed, wherever its shape stands, no cue needed: the district's two digits, the
area's two, the quarter's six or seven and the object's number, cut by colons ("23:49:0125004:2210"; Приказ Росреестра
от 24.12.2015 N П/0658, common knowledge) — no other number is written so. Said aloud its colons are not said; the
reading of speech joins the groups after "кадастровый" as every cued number (CUE_NUMBERS).

What stays visible: a building an organisation runs, named just before its number — a hotel's, a shopping or business
centre's, an office's, a warehouse's (packed_x48's apart-hotel): a public place's number is no one's. packed_x48 marks
a flat's number a hard negative as well, pii_ay54 gold: the evaluator reports the type apart
(benchmarks/evaluate.DISPUTED_TYPES).
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, number_value

CADASTRAL_SHAPE = r"(?<![\w:])\d{2}:\d{2}:\d{6,7}:\d{1,7}(?![\w:]|[.,]\d)"
CADASTRAL_WORDS = r"кадастр[а-яё]*|кад\.(?=\s*(?:№|номер|\d))"
# an organisation's building named just before the number, in its clause: a public place's number is no one's
_PUBLIC_BUILDING = re.compile(r"(?<![а-яёa-z])(?:(?:апарт-?)?отел[а-яё]*|гостиниц[а-яё]*|хостел[а-яё]*"
                              r"|торгов[а-яё]*\s+центр[а-яё]*|тц|трц|бц|бизнес-?центр[а-яё]*|офис[а-яё]*|склад[а-яё]*"
                              r"|завод[а-яё]*|магазин[а-яё]*|школ[а-яё]*|больниц[а-яё]*|поликлиник[а-яё]*)(?![а-яёa-z])"
                              r"[^\n;.()\d]{0,40}$", re.IGNORECASE)
# a dwelling named in the same clause wins over a building word: "Квартира над магазином, 50:21:…" is a flat's number
_DWELLING = re.compile(r"(?<![а-яёa-z])(?:квартир[а-яё]*|кв\.|дом|дом[аеуо][а-яё]*|домик[а-яё]*|комнат[а-яё]*"
                       r"|жиль[а-яё]*|жил(?:ой|ого|ом|ая|ое|ые|ых|ую)|участ[а-яё]*|дач[а-яё]*|коттедж[а-яё]*"
                       r"|таунхаус[а-яё]*|особняк[а-яё]*|изб[аеуыо]\w*)(?![а-яёa-z])", re.IGNORECASE)
_WINDOW = 60


class CadastralNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "CADASTRAL_NUMBER"
    PATTERNS = [Pattern("cadastral_number_shape", CADASTRAL_SHAPE, 0.9)]
    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only filters its pattern's matches
    # said aloud: the groups after the word, colons unsaid (13 digits at least: 2 + 2 + 6 + 1 … 2 + 2 + 7 + 7)
    CUE_NUMBERS = ((r"(?:" + CADASTRAL_WORDS + r")(?:\s*(?:номер[а-яё]*|№))*", 11, 18),)

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        kept = []
        for result in super().find_candidates(text, entities, nlp_artifacts, regex_flags):
            clause_start = max(text.rfind("\n", 0, result.start) + 1, result.start - _WINDOW)
            before = text[clause_start:result.start]
            if _PUBLIC_BUILDING.search(before) and not _DWELLING.search(before):
                continue  # "апарт-отель «Куршская коса», 39:05:…": an organisation's building
            kept.append(result)
        return kept


KIND = Kind("CADASTRAL_NUMBER", (CadastralNumberRecognizer,), number_value, numeric=True)
