"""Who a value belongs to — an organisation or a person: one decision for every kind (issue 15, round s27-kinds).

A bank's or company's INN, OGRN, settlement account, BIK, office address, office phone or e-mail is not personal data
("ПАО Сбербанк, ИНН 7707083893, ОГРН …, адрес: г. Москва, ул. Вавилова, 19", "наш офис на Ленинском проспекте, 30").
The holder is read from the words before the value in its sentence: the nearest cue decides — an organisation's
(a legal form, "банк", "организации", "компании", "офис", "наш" …) or a person's ("мой", "личный", "клиента",
"домашний", "ИП" …). A few shapes are a person's by law whatever the cue: a 12-digit INN, an individual's or a sole
proprietor's account (40817…, 40820…, 40802…), an address with a flat, a mobile number. A 10-digit INN is a legal entity's by law,
but with no cue at all it stays masked: a typo can shorten a person's INN. Fail closed: no cue, or a person's cue nearer, and the value stays personal data (masked).
"""
from __future__ import annotations

import re
from typing import Iterable

from guard.document import DIGITS
from guard.recognizers.lexicon import LEGAL_FORM_PHRASES, LEGAL_FORMS, SOLE_PROPRIETOR_FORMS

# The kinds whose values an organisation has too. Names, passports, birth dates, SNILS … are a person's always.
HELD_BY_ORGANISATIONS = frozenset({"RU_INN", "RU_OGRN", "BANK_ACCOUNT", "ACCOUNT_NUMBER", "RU_BIK", "ADDRESS",
                                   "PHONE_NUMBER", "EMAIL_ADDRESS"})

_ORGANISATION_WORDS = (
    sorted(LEGAL_FORMS - SOLE_PROPRIETOR_FORMS)
    + [r"организаци\w*", r"компани\w*", r"фирм[аыеуой]\w*", r"юрлиц\w*",
       r"юр\.(?:\s?адрес\w*)?", r"юридическ\w*", r"юрадрес\w*", r"работодател\w*", r"учреждени\w*", r"предприяти\w*",
       r"поставщик\w*", r"бухгалтери\w*",
       # "ИНН орг. 6679453428", "р/с орг. 40702…", a JSON key "org_inn": the organisation's word written short
       r"орг\.", r"org(?:_[a-z]+)?",
       r"company", r"ltd", r"llc", r"inc"]
    + [re.escape(phrase) for phrase in LEGAL_FORM_PHRASES]
)
_PERSON_WORDS = (
    sorted(SOLE_PROPRIETOR_FORMS)
    + [r"огрнип", r"мой", r"моя", r"мое", r"моё", r"мою", r"моего", r"моей", r"мои", r"моих", r"мне", r"меня", r"ваш\w*", r"его", r"её", r"ее",
       r"личн\w*", r"клиент\w*", r"абонент\w*", r"домашн\w*", r"жив[уеёи]\w*", r"прожива\w*", r"прописан\w*",
       r"прописк\w*", r"регистрации", r"физлиц\w*", r"физическ\w*", r"ответственн\w*", r"контакт\w*", r"кл\.",
       r"доверенн\w*", r"директор\w*", r"владел\w*", r"получател\w*", r"client\w*", r"my", r"personal"]
)
# A company's place — its office, salon, branch, a shopping centre, a building site — holds what is named after it
# ("наш офис на Ленинском, 30", "телефон офиса"), not what happened there: after a preposition it is no cue ("вам дали
# в салоне номер 8 961 …"; "SIM выдана в салоне г. Курск, ул. Ленина, 2" stays masked: unsure, fail closed).
_PLACE_WORDS = [r"офис\w*", r"салон\w*", r"филиал\w*", r"сервисн\w*", r"склад\w*", r"головн\w*", r"магазин\w*",
                r"тц", r"трц", r"торгов\w*\s+центр\w*", r"объект\w*"]
_AFTER_PREPOSITION = re.compile(r"(?:^|[\s(])(?:в|во|на|из|с|со|у|по|до|при|к)\s+$", re.IGNORECASE)
# ... except for the address said right after an office or a salon, which says where it is: "восстановить сим можно в
# офисе на красном проспекте 29", "запрос в офис по адресу улица депутатская 46" (a flat still makes it a dwelling,
# below). A shop, a warehouse, a site after a preposition may be a corporate customer's ("двух продавцов в магазине на
# Геленджик, ул. Луначарского, 1в", pii_v31): still masked.
_WHERE_IT_IS = re.compile(r"(?<![\s,])[\s,]++(?:находится\s++)?(?:на|по\s++адресу)[\s:,]*+", re.IGNORECASE)
_OFFICE = ("офис", "салон")
# A bank's name says whose a requisite is ("ИНН банка", "в ПАО Сбербанк, БИК …"), not whose phone or account
# ("счёт в банке", "банк, назовите номер телефона").
_BANK_WORDS = [r"банк\w*", r"сбер\w*", r"втб", r"bank"]
_BANKS_OWN = frozenset({"RU_INN", "RU_OGRN", "RU_BIK"})  # the requisites
# A personal account is kept with a company for its customer: the company named after a preposition says where it is
# kept, not whose it is ("Лицевой счёт в «Липецкой управляющей компании»: 000481273", "л/с в УК «Ваш Дом» …": a
# resident's; issue 15, stop 57, pii_ba56). A company's word with no preposition still decides ("ООО «Вега», л/с …").
_KEPT_WITH = frozenset({"ACCOUNT_NUMBER"})
# the preposition, then the company's name's words before its noun ("в «Липецкой управляющей компании»")
_KEPT_AT = re.compile(r"(?:^|[\s(])(?:в|во|у|при)\s+(?:[«\"„]?[а-яёa-z\-]+[»\"“]?\s+){0,3}[«\"„]?$", re.IGNORECASE)
# An office's noun that holds only the address it governs — the address right after it, as its label, in apposition or
# in the genitive after «адрес» («по адресу нотариальной конторы 191025, …», «Нотариальная контора: г. Тверь, …»,
# «(контора г. Тула, …)»: stop 56, pii_ad38's negatives). Not a phone or an e-mail: a notary's own are a person's
# (pii_an43), and the notary is a person («адрес нотариуса …» stays masked)
_OFFICE_WORDS = [r"контор[аыеуой]\w*"]
_GOVERNED = re.compile(r"[\s:,(—–-]*")
_CUE = re.compile(r"(?<![\w])(?:(?P<org>" + "|".join(_ORGANISATION_WORDS) + r")|(?P<place>" + "|".join(_PLACE_WORDS)
                  + r")|(?P<bank>" + "|".join(_BANK_WORDS) + r")|(?P<office>" + "|".join(_OFFICE_WORDS)
                  + r")|(?P<person>" + "|".join(_PERSON_WORDS) + r"))(?![\w-])", re.IGNORECASE)
# The carrier's own ("наш офис", "нашей компании"): what the speech checker lets the operator say (a corporate
# customer's legal address or office phone is still the customer's data to the instruction, п. 3-5).
_OURS = re.compile(r"(?<![\w])наш(?:а|е|и|ей|его|ем|у|им|их|ими)?(?![\w])[^.!?;\n]{0,25}$", re.IGNORECASE)
# Where a sentence ends: a line break, "!", "?", ";", or a full stop after a word of three letters or more
# ("г. Москва", "ул. Вавилова" go on), and not after the organisation's own short word ("ИНН орг. 6679…"); or a full
# stop after a number before a capital ("… в наш салон на ул. Ленина, 12. Для связи …, почта …": the house number ends
# the salon's sentence, and the next one's e-mail is not the salon's; packed_s44).
_SENTENCE_END = re.compile(r"\n|[!?;]|(?<=\w{3})(?<![оО][рР][гГ])\.\s|(?<=\d)\.\s(?=[А-ЯЁA-Z])")
_REACH = 120  # characters looked back for a requisite: a line "ПАО …, ИНН …, ОГРН …, адрес: …" fits
_CONTACT_REACH = 60  # and for a phone, e-mail or address: in unpunctuated speech a far cue is another clause's

# Whose technical id an IP address or a device's id is (issue 15, stop 51, pii_au50): the network's own equipment — an
# access point, a hotspot, a controller, a subnet, a private gateway — names no person ("MAC точки
# 00:1A:…", "Точка доступа у лодочной станции, SN 21J7-…", "подсеть провайдера
# 109.167.240.1"); a subscriber's handset, laptop, home router or connection does, with the card (152-ФЗ,
# ст. 3: information relating indirectly to an identifiable person; a public Wi-Fi login is tied to a phone number), so
# it stays masked. The nearest cue before the value in its sentence decides, as for an organisation: equipment's word
# against a person's (`_PERSON_WORDS` and "свой": "моего ноутбука", "клиентки", "ваш", "своего сервера"); none, or an organisation's, and the value
# stays masked (fail closed). An equipment's word after a preposition says where, not whose ("IP заявки на сайте …").
# An IP address is freed only when public (a provider's subnet: the internet's, nobody's) or a
# private network's gateway; the equipment's private address is an internal host and stays masked (tests/security
# test_redteam_bb2_numbers: "сервер 192.168.10.25 не отвечает").
HELD_BY_EQUIPMENT = frozenset({"IP_ADDRESS", "DEVICE_ID"})
_EQUIPMENT_WORDS = [r"точк\w*\s+доступа", r"(?:mac|мак|ip|айпи)[\s\-]+точк\w*", r"access\s+point", r"хот-?спот\w*", r"hotspot\w*",
                    r"контроллер\w*", r"controller", r"подсет\w*", r"subnet"]
# not "сеть": a subscriber's phone "не видит сеть", a household's "сеть Keenetic-4471"; not "сервер": a subscriber's
# home server ("на домашний сервер. Сервер: MAC 00:1B:…", pii_af39) — whose id, they do not say
_GATEWAY_WORDS = [r"шлюз\w*", r"gateway"]  # a private network's gateway only: a VPN gateway's public address is a customer's
_EQUIPMENT_CUE = re.compile(r"(?<![\w])(?:(?P<equipment>" + "|".join(_EQUIPMENT_WORDS) + r")|(?P<gateway>"
                            + "|".join(_GATEWAY_WORDS) + r")|(?P<person>" + "|".join(_PERSON_WORDS + [r"сво[йеияю]\w*"])
                            + r"))(?![\w-])",
                            re.IGNORECASE)
_PRIVATE_ADDRESS = re.compile(r"(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.")
# Review 51 F1: the nearest cue alone freed a subscriber's own home access point, phone hotspot or smart-home controller
# ("У Иванова дома точка доступа, MAC …"). Equipment is nobody's only where the text says it is a venue's or the
# network's (`_VENUE`) and nowhere names a person (a PERSON found) or says whose or a home (`WHOSE_OR_HOME`).
WHOSE_OR_HOME = re.compile(r"(?<![\w])(?:" + "|".join(_PERSON_WORDS + [
    r"сво[йеияю]\w*", r"дом", r"дома", r"домой", r"умн\w+", r"квартир\w*", r"кв\.", r"жил\w*", r"частн\w*",
    r"себя", r"семь\w*", r"жен\w*", r"муж\w*", r"сосед\w*", r"телефон\w*", r"смартфон\w*", r"ноутбук\w*",
    r"планшет\w*", r"роутер\w*", r"выдал\w*", r"выдан\w*", r"договор\w*", r"home", r"phone"]) + r")(?![\w])",
    re.IGNORECASE)
_VENUE = re.compile(r"(?<![\w])(?:метро\w*|станци\w*|вестибюл\w*|кафе|кофейн\w*|ресторан\w*|парк\w*|вокзал\w*"
                    r"|аэропорт\w*|торгов\w+\s+центр\w*|тц|библиотек\w*|музе\w*|гостиниц\w*|отел\w*|поезд\w*"
                    r"|электричк\w*|автобус\w*|трамва\w*|провайдер\w*|оператора|metro|cafe|park)(?![\w])",
                    re.IGNORECASE)
_PERSON_TYPES = frozenset({"PERSON", "PER", "NAME"})


def held_by_equipment(text: str, start: int, end: int, entity_type: str,
                      found: Iterable[tuple[int, int, str]] = ()) -> bool:
    """Is the IP address or device id text[start:end] the network's own equipment's, named by the nearest cue before it
    in its sentence (`_EQUIPMENT_CUE`), no person's word nearer? A word inside another value found (`found`: start,
    end, type) is no cue. Fail closed: False when unsure."""
    if entity_type not in HELD_BY_EQUIPMENT:
        return False
    if (not _VENUE.search(text) or WHOSE_OR_HOME.search(text)
            or any(kind in _PERSON_TYPES for _, _, kind in found)):
        return False  # review 51 F1: a venue's or the network's only, in a text that names no person and no home
    sentence_start = _sentence_start(text, start, _CONTACT_REACH)
    inside = [(s, e) for s, e, _ in found if s < start and e > sentence_start]
    cues = [cue for cue in _EQUIPMENT_CUE.finditer(text, sentence_start, start)
            if not any(s <= cue.start() < e for s, e in inside)
            and (cue.group("person") is not None or not _AFTER_PREPOSITION.search(text, sentence_start, cue.start()))]
    if not cues or cues[-1].group("person") is not None:
        return False
    if len(cues) > 1 and cues[-2].group("person") is not None and not text[cues[-2].end():cues[-1].start()].strip():
        return False  # "своего сервера", "моя точка доступа": a person's own equipment
    if entity_type != "IP_ADDRESS":
        return True
    private = _PRIVATE_ADDRESS.match(".".join(DIGITS.findall(text[start:end]))) is not None
    # a private gateway is the network's own (ip_address's old reading); any other equipment's private address is an
    # internal host, which the senior-line procedure forbids reading out (recognizers/ip_address.py): masked still
    return private if cues[-1].group("gateway") is not None else not private


# A person's by law: an individual's or a sole proprietor's 12-digit INN, an individual's or sole proprietor's
# account (40817…, 40820…, 40802…, a deposit 423…, 426…), a flat in an address. A mobile number (+7 9…, 8 9…) is carried by a person, the
# employee a company's card names after it ("ООО «Вега» ИНН …: 89180506611 (пользователь Дьяченко Р.)"): an office's
# line is a city number.
# An individual's deposit (423…, a non-resident's 426…: the Bank of Russia's chart of accounts) is a person's too:
# "Депозитный счёт для возврата 42307810…(АО «…», БИК 04…)" (issue 15, stop 57: packed_ae55).
_PERSONAL_BY_LAW = {"RU_INN": re.compile(r"\d{12}"), "BANK_ACCOUNT": re.compile(r"408(?:17|20|02)\d{15}|42[36]\d{17}"),
                    "PHONE_NUMBER": re.compile(r"[78]?9\d{9}")}
_DWELLING = re.compile(r"(?<![\w])(?:кв\.?|квартир\w*|apt\.?)(?![\w])", re.IGNORECASE)


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


# A BIK belongs to the holder of the account it is given with (decision of stop 43, docs/packed-notes.md "Stop 43"):
# in a person's or a sole proprietor's payment details ("р/с 40817…, ПАО Сбербанк, БИК 04…") it is part of what says
# where that person's money goes, masked as RU_BIK whatever the bank's name before it. Beside an organisation's account
# (407…) the usual cues decide, as for a 10-digit INN: with no cue it stays masked (some authors label a cooperative's
# requisites personal data, pii_ae38). The bank's correspondent account (301…) is the bank's own and holds nobody's.
_ACCOUNT_REACH = 160  # characters either side: one block of payment details
_CORRESPONDENT = "301"


def _given_with_a_persons_account(text: str, start: int, end: int, found: Iterable[tuple[int, int, str]]) -> bool:
    """For a BIK: is the nearest account given with it (not the bank's correspondent one) a person's by law?"""
    accounts = [(min(abs(s - end), abs(start - e)), s, e) for s, e, kind in found
                if kind == "BANK_ACCOUNT" and start - _ACCOUNT_REACH <= e and s <= end + _ACCOUNT_REACH
                and not _digits(text[s:e]).startswith(_CORRESPONDENT)]
    if not accounts:
        return False
    _, s, e = min(accounts)
    return _PERSONAL_BY_LAW["BANK_ACCOUNT"].fullmatch(_digits(text[s:e])) is not None


def _sentence_start(text: str, start: int, reach: int) -> int:
    reach = max(0, start - reach)
    ends = list(_SENTENCE_END.finditer(text, reach, start))
    return ends[-1].end() if ends else reach


def _someone_lives(text: str, start: int, end: int) -> bool:
    """A person's cue of living somewhere in text[start:end] ("мама живёт рядом с салоном на …": the place only says
    where near)."""
    return any(cue.group("person") is not None and cue.group().lower().startswith(("жив", "прожива"))
               for cue in _CUE.finditer(text, start, end))


# A table's row is one record: cells cut by tabs or pipes ("Склад Химки<TAB>301928476<TAB>Бекетов А.П.<TAB>12 640,50").
_CELL_SEPARATORS = ("\t", "|")
_FEWEST_CUTS = 2


def _named_in_its_row(text: str, start: int, end: int, found: Iterable[tuple[int, int, str]]) -> bool:
    """Is the value a cell of a table's row that names a person (a PERSON found in the same line, a cell of its own)?
    The row's person holds the row's values whatever a department's or an office's word says in another cell."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if not any(line.count(separator) >= _FEWEST_CUTS for separator in _CELL_SEPARATORS):
        return False
    return any(kind == "PERSON" and line_start <= s and e <= line_end and not (s < end and start < e)
               for s, e, kind in found)


# A building's shared intercom is where a building's street address is told with no flat ("Панель ВП-00913 по адресу
# ул. Оборонная, 95", "домофон подъезда по адресу …"; pii_av51, stop 52): released only where the text is certain of it
# (review 52, finding 1: any "камер…"/"панел…" word before an address released it — a camera bought for delivery, a
# phone's camera, a panel the client has installed at home). The intercom's panel (or the intercom) must govern the
# address right before it — its word, at most its kind ("вызова", "домофона", "подъезда"), its id and "по адресу"
# between them; a camera is no cue at all (a house's camera, a phone's, one bought). Anywhere in the text a flat, a private home, a delivery,
# a pick-up, an installation, a registration or a residence, a person's cue in the sentence or a PERSON found in it,
# and the address stays masked (fail closed).
_BUILDING_EQUIPMENT = re.compile(
    r"(?<![\w])(?:(?:домофонн\w*|вызывн\w*)\s+)?(?:видеопанел\w*|панел[ьияей]\w*|домофон[аеу]?)"
    r"(?:\s+(?:вызова|домофона|подъезда))?(?:\s+№?\s*[A-ZА-ЯЁ0-9][\w-]*\d[\w-]*)?\s+по\s+адресу:?\s*$",
    re.IGNORECASE)
_PRIVATE_HOME = re.compile(r"(?<![\w])(?:частн\w*|коттедж\w*|дач[аиену]\w*|участ(?:ок|к[аеуи]|ком)|пос[её]л\w*|деревн\w*|снт|ижс"
                           r"|усадьб\w*|калитк\w*|ворот\w*|двор[ае]?)(?![\w])", re.IGNORECASE)
_NOT_A_SITE = re.compile(r"(?<![\w])(?:достав\w*|курьер\w*|забер\w*|забра\w*|заберу\w*|привез\w*|привоз\w*|самовывоз\w*"
                         r"|отправ\w*|посылк\w*|получ\w*|заказ\w*|купи\w*|куплен\w*|покуп\w*|подключ\w*|установ\w*"
                         r"|монтаж\w*|прописан\w*|прописк\w*|регистрац\w*|зарегистр\w*|жив[уеёи]\w*|жил\w*|прожива\w*"
                         r"|прожив\w*|адрес\w*\s+клиент\w*)(?![\w])", re.IGNORECASE)
_SITE_CUE = re.compile(r"(?<![\w])(?:" + "|".join(_PERSON_WORDS) + r")(?![\w-])", re.IGNORECASE)


def building_equipment_site(text: str, start: int, end: int, found: Iterable[tuple[int, int, str]] = ()) -> bool:
    """Is the address text[start:end] a building's, told as where its intercom panel is: the panel's words right before
    it (`_BUILDING_EQUIPMENT`), no flat in it, no private home, delivery, installation, registration or residence in the
    text (`_PRIVATE_HOME`, `_NOT_A_SITE`), no person's cue or PERSON found in its sentence? Fail closed: False if unsure."""
    if _DWELLING.search(text, start, end) or _PRIVATE_HOME.search(text) or _NOT_A_SITE.search(text):
        return False
    sentence_start = _sentence_start(text, start, _CONTACT_REACH)
    if not _BUILDING_EQUIPMENT.search(text[sentence_start:start]):
        return False
    sentence_end = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    if _SITE_CUE.search(text, sentence_start, sentence_end):
        return False
    return not any(kind in _PERSON_TYPES and s < sentence_end and e > sentence_start for s, e, kind in found)


def belongs_to_organisation(text: str, start: int, end: int, entity_type: str,
                            found: Iterable[tuple[int, int, str]] = (), ours_only: bool = False) -> bool:
    """Whether the value text[start:end] of `entity_type` is an organisation's, not a person's (fail closed: False
    when unsure). `found`: the other values detected in the text (start, end, type) — a cue inside one of them
    ("…@company-group.ru") is no cue, and a person named after the organisation's cue holds the value ("ООО «Вега»,
    бухгалтер Ерёмина Т., 8 495 …"). `ours_only`: the carrier's own only ("наш офис …")."""
    if entity_type in HELD_BY_EQUIPMENT:
        return not ours_only and held_by_equipment(text, start, end, entity_type, found)
    if entity_type not in HELD_BY_ORGANISATIONS:
        return False
    if entity_type == "ADDRESS" and not ours_only and building_equipment_site(text, start, end, found):
        return True
    value = text[start:end]
    personal = _PERSONAL_BY_LAW.get(entity_type)
    if personal is not None and personal.fullmatch(_digits(value)) or (
            entity_type == "ADDRESS" and _DWELLING.search(value)):
        return False
    if entity_type == "RU_BIK" and _given_with_a_persons_account(text, start, end, found):
        return False
    sentence_start = _sentence_start(text, start, _REACH if entity_type in _BANKS_OWN else _CONTACT_REACH)
    inside = [(s, e) for s, e, _ in found if s < start and e > sentence_start]
    cues = [cue for cue in _CUE.finditer(text, sentence_start, start)
            if not any(s <= cue.start() < e for s, e in inside)
            and (cue.group("bank") is None or entity_type in _BANKS_OWN)
            and (cue.group("org") is None or entity_type not in _KEPT_WITH
                 or not _KEPT_AT.search(text, sentence_start, cue.start()))
            and (cue.group("office") is None or entity_type == "ADDRESS"
                 and _GOVERNED.fullmatch(text, cue.end(), start) is not None)
            and (cue.group("place") is None or not _AFTER_PREPOSITION.search(text, sentence_start, cue.start())
                 or entity_type == "ADDRESS" and cue.group().lower().startswith(_OFFICE)
                 and _WHERE_IT_IS.fullmatch(text, cue.end(), start) is not None
                 and not _someone_lives(text, sentence_start, cue.start()))]
    if _named_in_its_row(text, start, end, found):
        return False
    if entity_type == "ADDRESS":
        opening = _CUE.match(text, start)  # "ТЦ «Карусель», ул. Маршала Жукова, 2": the place names itself first
        if opening is not None and opening.group("place") is not None:
            cues.append(opening)
    if not cues or cues[-1].group("person") is not None:
        return False
    if any(kind == "PERSON" and cues[-1].end() <= s and e <= start for s, e, kind in found):
        return False
    return not ours_only or _OURS.search(text, sentence_start, cues[-1].start()) is not None
