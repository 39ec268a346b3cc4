"""DEVICE_ID: a subscriber's SIM card and handset by their numbers — the IMSI (the SIM's subscriber identity), the ICCID
(the SIM card's own number) and the IMEI (the handset's), written or said ("замена SIM, старая ICCID 8970101…",
"IMSI 250991234567890", "имей телефона тридцать пять шестьсот девяносто три …").

Decided personal data for a carrier (red team bb5 16, docs/redteam-open.md): IMSI and ICCID identify the subscriber's
SIM, IMEI the subscriber's handset; with the card they single out a person (152-ФЗ; subscriber information under
«О связи», ст. 53). Two ways they are found:

- after their word (`DEVICE_WORDS`): any number of five digits or more, whatever its check digit — a misheard digit
  breaks the Luhn sum, and part of an IMEI told is still told (fail closed);
- with no word, by shape (`device_shape`): an ICCID (19-20 digits behind 89, ITU-T E.118), an IMSI (15 digits behind a
  Russian MCC, 250), an IMEI (15 digits, the Luhn check digit, no payment card's). The Luhn sum weighs the score of an
  ICCID, never gates it: spoken digits are misheard.
"""
from __future__ import annotations

import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, digits_of, number_value
from guard.recognizers.packed_run import RUN_END, RUN_START
from guard.recognizers.credit_card import is_card_number, luhn_ok

# The words, written and said: "IMEI", "IMEISV", "имей", "имеи" (not "имейл": a mailbox), "ICCID", "ICC ID", "айсиси",
# "IMSI", "имси".
IMEI_WORDS = r"imei(?:sv)?\d?|име[йи](?!л)\w*|имэй\w*"
ICCID_WORDS = r"iccid|icc(?:[\s\-]?id)?|айсиси\w*(?:[\s\-]?айди)?"
IMSI_WORDS = r"imsi|имси"
DEVICE_WORDS = r"(?:" + IMEI_WORDS + "|" + ICCID_WORDS + "|" + IMSI_WORDS + r")"
# What the word may be of before its number: "IMEI телефона клиента", "ICCID сим-карты", "айсиси новой симки".
_OF_WHAT = (r"(?:[\s:]+(?:(?:стар|нов|перв|втор|друг)\w*|телефон\w*|аппарат\w*|устройств\w*|смартфон\w*|модем\w*"
            r"|роутер\w*|планшет\w*|сим\w*(?:[\s\-]?карт\w*)?|sim(?:[\s\-]?карт\w*)?|есим\w*|esim|карт\w*|клиент\w*"
            r"|абонент\w*|номер|№|id|код)){0,3}")
_MOST_DIGITS = 20

# Russia's mobile country code: an IMSI opens with it (a visitor's SIM roaming here with its own country's)
RUSSIAN_MCC = "250"


def is_iccid(digits: str) -> bool:
    """A SIM card's number (ICCID, ITU-T E.118): nineteen or twenty digits behind the telecom industry's 89."""
    return len(digits) in (19, 20) and digits.startswith("89")


def device_shape(digits: str) -> tuple[str, float] | None:
    """(what, score) of a run of digits with no word before it that has a device number's shape, else None."""
    if is_iccid(digits):
        if luhn_ok(digits):
            return "ICCID", 0.85
        return ("ICCID", 0.6) if digits.startswith("897") else None  # a Russian SIM (country code 7), a digit misheard
    if len(digits) == 15 and digits.startswith(RUSSIAN_MCC):
        return "IMSI", 0.7
    if len(digits) == 15 and luhn_ok(digits) and not is_card_number(digits):
        return "IMEI", 0.7
    return None


class DeviceIdRecognizer(ContextPatternRecognizer):
    ENTITY = "DEVICE_ID"
    PATTERNS = [Pattern("device_id", RUN_START + r"\d(?:[ \-]?\d){14,19}" + RUN_END, 0.6)]
    CONTEXT = ("imei", "iccid", "imsi", "имей", "имеи", "айсиси", "имси")
    CUE_NUMBERS = ((DEVICE_WORDS + _OF_WHAT, 5, _MOST_DIGITS),)
    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only filters and scores its pattern's matches

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        kept = []
        for result in super().find_candidates(text, entities, nlp_artifacts, regex_flags):
            shape = device_shape(digits_of(text[result.start:result.end]))
            if shape is not None:
                result.score = shape[1]
                kept.append(result)
        return kept


KIND = Kind("DEVICE_ID", (DeviceIdRecognizer,), number_value, numeric=True, asked=DEVICE_WORDS,
            cues=("imei", "iccid", "imsi", "айсиси", "имси"))
