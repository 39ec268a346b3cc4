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

from guard.analysis import Pattern, ReadOnceAWhole
from guard.morph import parses
from guard.recognizers.base import ContextPatternRecognizer, Kind, digits_of, make_result, number_value
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

# The things a device's number is printed on: the SIM's plastic, the handset's box, sticker, case, the receipt. A number
# the line reads off one of them (the thing after a preposition: "с пластика", "на коробке", "в квитанции", "сверьте с
# коробкой") is read off the thing in the caller's hands, not out of the carrier's records — the speech checker's
# reading (guard/disclosure/checker.py); the redactor masks it all the same.
PRINTED_ON = frozenset({"пластик", "упаковка", "коробка", "наклейка", "этикетка", "стикер", "корпус", "квитанция",
                        "талон"})
_PRINTED_ON_AFTER = frozenset({"с", "со", "на", "в", "во", "из"})


# the case a thing is in when the number is read off it: "с коробки", "из квитанции" (genitive), "на пластике", "в
# талоне" (locative); "сверьте с коробкой" (instrumental) compares with it, the number coming from elsewhere
_SOURCE_CASE = {"с": "gent", "со": "gent", "из": "gent", "на": "loct", "в": "loct", "во": "loct"}


def read_off_the_thing(words: list[tuple[str, frozenset[str]]]) -> bool:
    """Of the words around a device's number (its stretch: (form, lemmas) in order), one names a thing it is printed
    on (PRINTED_ON) right after a preposition of place or source, in that preposition's case of a source."""
    return any(lemmas & PRINTED_ON and words[i - 1][0] in _PRINTED_ON_AFTER
               and any(_SOURCE_CASE[words[i - 1][0]] in p.tag for p in parses(form) if p.normal_form in PRINTED_ON)
               for i, (form, lemmas) in enumerate(words) if i)


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

    def carries_its_own_mark(self, value: str) -> bool:
        """A SIM card's number behind 89 with its check digit right (ITU-T E.118): no tracking or order number has
        that shape, so "SIM трекера 8970…" ("трек" is a parcel's word's stem) is the SIM's ICCID."""
        digits = "".join(ch for ch in value if ch.isdigit())
        return is_iccid(digits) and luhn_ok(digits)
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


# A network device's hardware address and id (red team bb8 27): a MAC address by its shape, six pairs of hex digits
# between colons or dashes ("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e"), anywhere; twelve glued hex digits after a MAC's
# word; a hex id of eight hex digits or more, a digit and a letter among them, after an id's word of a device ("ID
# устройства a1b2c3d4e5f6", "идентификатор роутера 3c4d5e6f7a8b"). The subscriber's equipment, like its IMEI.
MAC_WORDS = r"mac(?:[\s\-]?(?:адрес\w*|address))?|мак(?:[\s\-]?адрес\w*)?"
_DEVICE_NOUNS = r"(?:устройств\w*|роутер\w*|модем\w*|приставк\w*|терминал\w*|оборудовани\w*|ont|onu|device)"
HARDWARE_ID_WORDS = (r"(?:" + MAC_WORDS + r"|(?:id|ид|айди|идентификатор\w*)[\s:]+" + _DEVICE_NOUNS
                     + r"|" + _DEVICE_NOUNS + r"[\s:]+(?:id|ид|айди|идентификатор\w*))")
_HEX_PAIR = r"[0-9A-Fa-f]{2}"
_MAC_SHAPE = (r"(?<![0-9A-Za-z:\-])" + _HEX_PAIR + r"(?P<mark>[:\-])" + _HEX_PAIR + r"(?:(?P=mark)" + _HEX_PAIR + r"){4}"
              r"(?![0-9A-Za-z]|[:\-][0-9A-Fa-f])")
_HEX_ID = r"(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,32}"
_AFTER_WORDS = ReadOnceAWhole(re.compile(
    r"(?<![а-яёa-z])(?:" + HARDWARE_ID_WORDS + r")[\s:=\-№#]{1,4}(" + _MAC_SHAPE.replace("?P<mark>", "?:")
                          .replace("(?P=mark)", "[:\\-]") + "|" + _HEX_ID + r")(?![0-9A-Za-z])", re.IGNORECASE))


# A handset's or modem's serial number and an eSIM's EID after their word ("серийный № F4HXK2Q9N72P", "S/N
# R58W31KQ0ZL", "Серийный номер: 38471/Y4DG01523", "EID 8904903200500888…"): the subscriber's equipment, like its IMEI
# (pii_y34). Letters and digits, a slash or a hyphen inside, six characters at least, a digit among them. The phone kind
# reads the same words as no phone's (phone.DEVICE_NUMBER).
SERIAL_WORDS = r"серийн\w*|серийник\w*|s/?n|с/н|с\.\s?н\.|з/н|заводск\w*\s+номер\w*|эс\s?эн|serial|eid"
_SERIAL = ReadOnceAWhole(re.compile(
    r"(?<![а-яёa-z])(?:" + SERIAL_WORDS + r")(?![а-яёa-z])(?:\s+(?:номер\w*|number|no\.?))?"
                     r"[\s:=\-№#.]{1,4}((?=[0-9A-Za-z/\-]*\d)[0-9A-Za-z](?:[0-9A-Za-z]|[/\-](?=[0-9A-Za-z])){5,39})"
                     r"(?![0-9A-Za-zА-Яа-яЁё])", re.IGNORECASE))


# A subscriber's equipment named by its noun, then its serial number at once: "ONT ZTEGC4F81B27", "роутер
# S2302KV0917720", "ТВ-приставка TVB4K2301447702" (pii_aj41). A serial is ten to twenty Latin capitals and digits, four
# digits and two letters at least, no hyphen: a model's name is shorter or hyphenated ("HG8245H", "DIR-842", "Archer C6").
_SERIAL_SHAPE = r"(?=(?:[A-Z]*\d){4})(?=(?:\d*[A-Z]){2})[A-Z0-9]{10,20}"
_EQUIPMENT_NOUNS = r"(?:" + _DEVICE_NOUNS[3:-1] + r"|маршрутизатор\w*|ресивер\w*)"
_AFTER_NOUN = ReadOnceAWhole(re.compile(
    r"(?<![а-яёa-z])" + _EQUIPMENT_NOUNS + r"(?![а-яёa-z])[\s:№#]{1,3}((?-i:" + _SERIAL_SHAPE
                         + r"))(?![0-9A-Za-zА-Яа-яЁё\-])", re.IGNORECASE))
# A GPON terminal's serial number (ITU-T G.984.3): the vendor's four letters, then eight hex digits ("HWTC7A3F19C2",
# "ZTEGC4F81B27", "ALCLB2C3D4E5"); printed on the terminal and asked for at its registration, so found by its shape
# alone, three digits among the eight at least (no word of capitals).
_GPON_SERIAL = re.compile(r"(?<![0-9A-Za-z\-])([A-Z]{4}-?(?=(?:[A-F]*\d){3})[0-9A-F]{8})(?![0-9A-Za-z\-])")


class HardwareAddressRecognizer(ContextPatternRecognizer):
    ENTITY = "DEVICE_ID"
    PATTERNS = [Pattern("mac_address", _MAC_SHAPE, 0.7)]

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        found = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        for pattern, why in ((_AFTER_WORDS, "a device's hardware address or id after its word"),
                             (_SERIAL, "a device's serial number after its word"),
                             (_AFTER_NOUN, "a device's serial number after the device's noun"),
                             (_GPON_SERIAL, "a GPON terminal's serial number by its shape")):
            for match in pattern.finditer(text):
                if not any(r.start <= match.start(1) and r.end >= match.end(1) for r in found):
                    found.append(make_result(self, self.ENTITY, match.start(1), match.end(1), 0.7, why))
        return found


# A resident's access fob (an RFID tag of the entrance intercom) by the number printed on it (pii_av51, stop 52): the fob
# is registered to a flat, so its number singles out the resident as a handset's IMEI does, and the printed number is
# what is written into the tag — read out, it lets anyone copy the key. EM-Marine prints its 24 bits as the facility
# code (0-255, three digits) and the card's number (0-65535, five digits) apart by a comma ("002,41763"): that shape,
# in range, is found anywhere (a decimal with five places after the comma is no figure a contact centre writes); out of
# range (a digit mistyped) only with a fob's word before it in its clause ("Брелок заблокирован, выпущен новый 012,70931").
# Said, the digits of either print (eight, or the ten-digit decimal) follow a fob's word (`FOB_WORDS`) in the cue's reach.
FOB_WORDS = r"брел(?:ок|оч|к)\w*|rfid|rf-?метк\w*|ключ\w*[\s\-]+(?:от\s+)?домофон\w*"
_EM_MARINE = r"(?<![\d,.])(?P<facility>\d{3}),[ ]?(?P<card>\d{5})(?![\d]|,\d)"


def is_em_marine(value: str) -> bool:
    """The number printed on an EM-Marine fob: a facility code of 0-255 and a card's number of 0-65535."""
    match = re.fullmatch(_EM_MARINE, value.strip())
    return match is not None and int(match["facility"]) <= 255 and int(match["card"]) <= 65535


class AccessFobRecognizer(ContextPatternRecognizer):
    ENTITY = "DEVICE_ID"
    PATTERNS = [Pattern("em_marine_fob", _EM_MARINE, 0.45)]
    CONTEXT = ("брелок", "брелк", "брелоч", "rfid")
    WINDOW_BEFORE, CONTEXT_WORDS = 80, 10
    CUE_NUMBERS = ((FOB_WORDS, 5, 10),)
    CANDIDATES_ARE_PATTERN_MATCHES = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """In range, a fob's print by its shape alone; out of range, only with a fob's word (the context's score)."""
        return True if is_em_marine(pattern_text) else None


# a digit, or two hex pairs apart by a MAC's mark: a MAC of letters alone ("ba:ba:ca:ca:ca:ca") holds no digit
KIND = Kind("DEVICE_ID", (DeviceIdRecognizer, HardwareAddressRecognizer, AccessFobRecognizer), number_value, numeric=True, asked=DEVICE_WORDS,
            cues=("imei", "iccid", "imsi", "айсиси", "имси"), hint=r"\d|[0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}[:\-]")
