"""ID_DOCUMENT: an identity document other than the internal passport, the birth certificate and the driving licence —
the Russian international passport ("загранпаспорт 75 1234567"), a foreign citizen's passport or national ID card
("паспорт Узбекистана FA1234567", "ID-карта ID0845127"), a migration card ("МК 4619 0783154"), a work patent ("патент
77 № 2400318745"), a residence permit ("ВНЖ 82 № 4410937"), a temporary residence permit ("РВП № 0471/2024"), a
military ID, a refugee's certificate, and a foreign citizen's personal number (the Kazakh ИИН, the Kyrgyz ПИН, the
Uzbek ПИНФЛ); and a worker's numbers from the employer: the personnel (tab) number, a site's or a company's pass, a
private guard's licence (`_WORK_NUMBER`; issue 15, stop 48).

Carriers sign SIM contracts on these documents (red team bb4 F11; issue 15: a shop's note when a SIM card is sold to a
citizen of Uzbekistan, Tajikistan, Kyrgyzstan, Kazakhstan, Armenia, China…).

The documents' number shapes (read this stop from public pages; what a page did not state is marked as the common
knowledge it is):
- migration card: a series of 4 digits and a number of 6-7 digits ("4012 305784" printed on a sample, dzen.ru "Что
  такое миграционная карта"); notes glue them ("46213378810").
- residence permit (ВНЖ), the booklet and the card: a series of 2 digits (82, 83) and a 7-digit number ("82 N 0000000"
  on the form's sample, Приказ ФМС России от 05.06.2008 N 141, приложение 1, consultant.ru; forms since 2021: Приказ
  МВД России от 03.06.2020 N 399).
- work patent: a series (the issuing region's two-digit code: 77 Москва, 50 Московская обл., 78 Санкт-Петербург) and
  a number of up to 10 digits ("77 № 2400318745"; the form: Приказ МВД России от 19.06.2017 N 391, na.buhgalteria.ru;
  the region's code and the number's length are common knowledge, not on the page read).
- temporary residence permit (РВП): a stamp in the passport naming the decision's number, often "NNNN/YYYY".
- passports (ICAO 9303 travel documents): Uzbekistan, Kyrgyzstan, Armenia — two Latin letters and 7 digits ("FA",
  "AA", "AB", "AC", "AD" / "AN", "AC" / "AN", "AT"); Kazakhstan "N" and 8 digits; China "E" and 8 digits or "E" + a
  letter and 7 digits; Tajikistan 9 digits; Azerbaijan "C" and 8 digits (the Uzbek passport's article, ru.wikipedia.org
  "Паспорт гражданина Узбекистана"; the letters and counts of the others are common knowledge). National ID cards:
  Kyrgyz "ID" and 7 digits (its 2017 ID card: cis-legislation.com, постановление от 03.04.2017 N 197), Kazakh and
  Armenian 9 digits.
- personal numbers: the Kazakh ИИН has 12 digits, the first six the birth date (egov.kz, gov.kz "Individual
  identification number", valuta24.kz); the Kyrgyz ПИН and the Uzbek ПИНФЛ 14 digits (the Kyrgyz report "Passports
  and ID documents", section "PIN – ID numbers", 9pdf.net).

How they are read, in one place (this module): the documents' names and their shorthand (DOCUMENT_PHRASES read by
`lexicon.shorthand`, and the forms no cut makes: "МК", "мигркарта", "п-т", "нац. паспорт", "ID-карта"), a foreign
country's name before or after a passport's word ("паспорт Тадж.", "Армения: паспорт …"), then labels ("серия",
"номер", "№") and the value: a series (letters, Latin or Cyrillic, or 2-4 digits) and 6 to 14 digits, or a decision's
"NNNN/YYYY". Fail closed: after a document's cue the number is masked whatever its check. A number with a foreign
passport's own shape (two Latin letters and 7 digits, one letter and 8) is masked without a full cue when a document's
word or a foreign country is named on its line before it ("Кыргызстан ID ID2034786", "country=UZB;num=AD4518209").
The same cues are the kind's CUE_NUMBERS, so key: value lines, tables and answers are read as every kind's are
(recognizers/structured.py). An amount, a date or a term ("через 10 дней") has too few digits in one run or its own
separators and is left.
"""
from __future__ import annotations

import functools
import re

from guard.analysis import Pattern
from guard.recognizers.base import ContextPatternRecognizer, Kind, make_result, number_value
from guard.recognizers.lexicon import (DRIVING_LICENCE_WORDS, FOREIGN_COUNTRY, FOREIGN_PASSPORT_WORDS, OTHER_VALUE_WORDS,
                                      SPOKEN_LETTER, STATES_IN_RUSSIAN, cut_or_whole, shorthand)
from guard.recognizers.packed_run import RUN_END
from guard.recognizers.phone import is_phone_digits, is_toll_free

# The documents whose shorthand is read by lexicon.shorthand ("мигр. карта", "м/к", "МК", "ВНЖ", "пат."); phrases
# whose initials are other words' ("зп", "ул", "вб", "нп") are written out below instead.
DOCUMENT_PHRASES = ("миграционная карта", "вид на жительство", "патент", "загранпаспорт", "нацпаспорт")
# The documents' names as words say them, each in its dictionary form — THE list the speech checker's rules read as
# `$id_document` (guard/disclosure/patterns.SHARED_PHRASES: "$id_document *6 #"); DOCUMENT_WORDS below reads every one
# of them too (tests/test_one_home_s37.py), with the written shorthand no speech says.
DOCUMENT_NAMES = DOCUMENT_PHRASES + ("вид на жительство", "внж", "рвп", "разрешение на временное проживание",
                                     "заграничный паспорт", "иностранный паспорт", "национальный паспорт",
                                     "военный билет", "военник", "удостоверение личности", "удостоверение беженца",
                                     "миграционка", "паспорт моряка", "удостоверение личности моряка",
                                     "мореходная книжка")
# A passport's word, written out or cut ("п-т", "пасп.", Latin "passport", "pasport").
# A kiosk's Latin shorthand "pp" (issue 15: "BGD pp EF4059434") as well.
PASSPORT_WORDS = r"паспорт[а-яё]*|пасп\.?|п-т|passport[a-z]*|pasport[a-z]*|pp(?![a-z])|" + FOREIGN_PASSPORT_WORDS
FOREIGN_COUNTRY_SHORT = r"руз|рт|кр|рк|каз\.?|арм\.?"
_COUNTRY = r"(?:республик[а-яё]*\s+)?(?:" + FOREIGN_COUNTRY + "|" + FOREIGN_COUNTRY_SHORT + r")(?![а-яёa-z])\.?"
# The neighbours' own words for their passports and ID cards, a document foreign by its language (red team bb14, 02):
# Tajik "шиноснома", Kazakh "төлқұжат" and "жеке куәлік" (the ID card), Kyrgyz "паспорт" is Russian's; Uzbek
# "shaxs guvohnomasi" / "guvohnoma" (an ID card), Azerbaijani and Turkish "pasaport", "şəxsiyyət vəsiqəsi" (an ID card),
# Georgian "პასპორტი", Armenian "անձնագիր", Ukrainian "посвідка" (a residence permit). Read in the engine's reading
# ("і" as "и", normalize.py) and as typed.
NEIGHBOURS_DOCUMENT_WORDS = (r"шиноснома[а-яёӣӯҳқғҷ]*|шиносном[а-яёӣӯҳқғҷ]*|төлқұжат[а-яёқғңөұүһі]*"
                             # the Kazakh ID card, personal or national ("жеке куәлік", "ұлттық куәлік": red team bb16, 04)
                             r"|(?:жеке|[ұу]лтт[ыи][қк])\s+ку[әа]лі?и?к[а-яёқғңөұүһі]*"
                             r"|shaxs\s+guvohnoma[a-z]*|guvohnoma[a-z]*|pasaport[a-z]*|şəxsiyyət\s+vəsiqəsi"
                             r"|პასპორტი|անձնագիր|посв[іи]дк[а-яёі]*")
# A Russian visa (issue 15, the tourist-SIM kiosks: a visa's number is the stay's document as the passport is): the
# word in any case, an e-visa ("э-виза", "e-visa"; not a bare Latin "Visa", the card scheme), "РФ" after it, and its
# kind named after it ("Виза: деловая, № …"; "учебная виза …" names it before). A visa's number is 9 digits on its
# sticker, an e-visa's "NN-NNNNNNN" (common knowledge): VALUE reads both.
VISA_WORDS = (r"(?:(?:э|e|е|электронн[а-яё]*)[\s\-]?виз[а-яё]*|e-?visa"
              r"|виз(?:а|ы|у|е|ой|ою)(?![а-яё])(?:\s+(?:рф|росси[а-яё]*))?)"
              r"(?:[\s:,]+[а-яё]{3,20}(?:ая|ой|ую|ые|ых))?")
# A foreign student's card and an embassy's or consulate's certificate a kiosk takes with the passport: "студ. билет",
# "студенческий билет", "справка из посольства № 1884/26" (the decision-like "NNNN/YY" is VALUE's second shape).
# Issue 15, stop 47 (a dormitories' desk): the card's word cut ("студ. бил. 119047") and its adjective alone before its
# number ("студенческий № 2211530"; not "студенческий тариф").
OTHER_FOREIGN_DOCUMENTS = (r"студ(?:енческ[а-яё]*|\.)?\s*(?:билет[а-яё]*|бил\.)|студенческ[а-яё]*(?=[\s:№]*\d)"
                           r"|справк[а-яё]*\s+(?:из\s+)?(?:посольств|консульств)[а-яё]*"
                           # a consulate's staff's card from the Foreign Ministry ("аккредитационная карточка МИД Д
                           # 004512", issue 15, stop 46: the expats' desk)
                           r"|аккредитационн[а-яё]*\s+карточк[а-яё]*(?:\s+мид)?")
# The stay's documents named in the expats' languages (issue 15, stop 46): a residence permit in English, German and
# Turkish ("residence permit 83 № 1098342", "Aufenthaltstitel", "ikamet izni"), a migration card in Turkish ("göç
# kartı 4024 5518830") and in English (already below), and the Russian adjective alone before its number
# ("миграционная 4025 1177304": the card's word left out in a chat).
FOREIGN_LANGUAGE_DOCUMENTS = (r"residen(?:ce|cy)\s+(?:permit|card)|aufenthalts(?:titel|erlaubnis|karte)"
                              r"|ikamet(?:\s+izni)?|g[oö][cç]\s+kart[ıi]|миграционн[а-яё]*(?=[\s:№]*\d)")
# The identity cards and residence permits of the European states a border region's customers hold, in their own
# languages (issue 15, stop 49: a Kaliningrad desk's Polish, Lithuanian, Latvian, German tenants): the German
# "Personalausweis", the Polish "dowód osobisty" and residence card "karta pobytu", the Lithuanian "asmens tapatybės
# kortelė" and residence permit "leidimas gyventi", the Latvian "personas apliecība" and "uzturēšanās atļauja", the
# Estonian "isikutunnistus", the French, Italian and Spanish ID cards, the Czech "občanský průkaz", the German permit
# "Niederlassungserlaubnis", and "national ID (card)" in English.
EUROPEAN_ID_WORDS = (r"personalausweis[a-z]*|dow[oó]d(?:u|em)?\s+osobist[a-z]*|karta?\s+pobytu|karty\s+pobytu"
                     r"|asmens\s+tapatyb[eė]s\s+kortel[eė]\w*|leidim\w*\s+gyventi|personas\s+apliec[iī]b\w*"
                     r"|uztur[eē][sš]an[aā]s\s+at[lļ]auj\w*|isikutunnistus\w*|carte\s+d['’]identit[eé]"
                     r"|carta\s+d['’]identit[aà]|documento\s+nacional\s+de\s+identidad|(?-i:DNI|NIE)"
                     r"|ob[cč]ansk[yý]\w*\s+pr[uů]kaz\w*|niederlassungserlaubnis|national\s+id(?:\s+card)?")
# A voluntary medical insurance policy (ДМС): an employer's or an insurer's number for the person, as a passport is
# the state's (issue 15, stop 49) — typed ID_DOCUMENT; a compulsory one (ОМС) keeps its own kind (oms.py). Its number
# as insurers print it: digits and capitals in groups cut by "-" or "/" ("001-23-456789", "0458/2024-117",
# "ДМС-12-0044187", "ВП-63-0045821", "63-ДМС-118204"), six digits at least; an insurer's name or two words may stand between ("полис ДМС
# СОГАЗ …").
DMS_POLICY_WORDS = (r"(?:полис[а-яё]*+[ \t]+)?(?:дмс|добровольн[а-яё]*\s+медицинск[а-яё]*\s+страховани[а-яё]*)"
                    r"|dms(?:\s+polic(?:y|ies))?|vhi\s+polic(?:y|ies)")
_DMS_POLICY = re.compile(r"(?<![а-яёa-z])(?:" + DMS_POLICY_WORDS + r")(?![а-яёa-z])"
                         r"(?:[\s,.:«»\"()]+[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*){0,2}?" + r"[\s:,.|=\-–—№]*"
                         r"((?-i:(?:[A-ZА-ЯЁ]{1,5}[\-/])?\d[A-ZА-ЯЁ0-9]*+"  # a group of any length: a bounded possessive run
                         r"(?:(?:[\-/]|(?<=\d) (?=\d))[A-ZА-ЯЁ0-9]++){0,5}))(?![\w/])",  # failed on 13+ digits (review)
                         re.IGNORECASE)
_DMS_DIGITS = 6  # a policy's number holds six digits at least (a headcount or an amount fewer)
# A driver's documents at a border crossing (issue 15, stop 50: a truckers' desk): the tachograph card
# ("тахокарта", "карта для тахографа": it names its driver as a licence does) and the international driving permit
# ("межд. ВУ", "МВУ", "IDP"). "Карта водителя" alone is left out: a driver's bank card is the card kind's.
TACHOGRAPH_WORDS = (r"тахокарт[а-яё]*|тахографическ[а-яё]*\s+карт[а-яё]*|карт[а-яё]*\s+(?:водителя\s+)?(?:для\s+)?"
                    r"тахограф[а-яё]*|tachograph\s+card")
PERMIT_WORDS = (r"межд(?:ународн[а-яё]*|\.)\s*(?:в/у|ву|водительск[а-яё]*\s+(?:удостоверени[а-яё]*|прав[а-яё]*))"
                r"|(?:в/у|ву|водительск[а-яё]*\s+(?:удостоверени[а-яё]*|прав[а-яё]*))\s+международн[а-яё]*|мву"
                r"|international\s+driving\s+permit|(?-i:IDP)")
# A passenger customs declaration (ПТД: a person's goods for their own use, declared at the border under their name
# and passport), its number as customs register it: the customs post's 8 digits, the date DDMMYY and "П" with the
# declaration's 6-7 digits ("10504070/170326/П000318"; common knowledge) — masked by that shape alone ("П" is the
# passenger's: a cargo declaration's number, a company's, has none), and after the declaration's name any such number.
CUSTOMS_DECLARATION_WORDS = (r"птд(?:\s+на\s+личные\s+вещи)?|пассажирск[а-яё]*\s+таможенн[а-яё]*\s+декларац[а-яё]*"
                             r"|декларац[а-яё]*\s+на\s+(?:товары\s+для\s+личного\s+пользования|личные\s+вещи)")
CUSTOMS_DECLARATION = r"\d{8}/\d{6}/(?-i:[ПP]?)\d{6,7}(?![\w/])"
PASSENGER_DECLARATION = r"(?<![\w/])\d{8}/\d{6}/(?-i:[ПP])\d{6,7}(?![\w/])"
# A seafarer's documents (issue 15, stop 56: an office for sailors and fishermen): the seaman's passport ("паспорт
# моряка МК 0453921": the series "МК" and 7 digits), the seafarer's identity document that replaces it ("удостоверение
# личности моряка", УЛМ), the seafarer's record book ("мореходная книжка РМ 0184732", "КЛ 027441"; "послужная книжка",
# "книжка моряка"), and their names on a crewing company's English lists ("seaman's book", "seafarer's identity
# document", SID, SIRB — the seafarer's identity and record book —, "discharge book", CDC). Each names one person
# through the state's register of seafarers as a passport does, and no rule of either policy tells them apart from the
# other identity documents: the ID_DOCUMENT kind's nouns, one value shape with theirs (a series of letters, 6-7 digits;
# a book's series may be a state's three letters, "SIRB RUS 0041877"). "Моряк" alone is no document ("тариф «Моряк»").
SEAFARER_DOCUMENT_WORDS = (
    r"(?:паспорт[а-яё]*|пасп\.?|п-т)\s*моряк[а-яё]*|удостоверени[а-яё]*\s+личности\s+моряк[а-яё]*|улм"
    r"|(?:мореходн(?:[а-яё]*|\.)|морск(?:[а-яё]*|\.)|мор\.|послужн[а-яё]*)\s*(?:книж(?:к[а-яё]*|\.)|кн\.)"
    r"|книжк[а-яё]*\s+моряк[а-яё]*|мореходк[аиуе]\s+(?=(?-i:[А-ЯЁA-Z]{2})[\s\-№]*\d)"
    r"|seam[ae]n'?s?\s+(?:record\s+)?(?:book|passport|id(?:entity)?(?:\s+(?:card|document|book))?)"
    r"|seafarer'?s?\s+(?:identity\s+(?:and\s+record\s+)?(?:document|book|card)|record\s+book|id|book|passport)"
    r"|(?:continuous\s+)?discharge\s+(?:book|certificate)|(?-i:SIRB|SID|CDC)")
# The documents' names, as written, abbreviated or said.
DOCUMENT_WORDS = (NEIGHBOURS_DOCUMENT_WORDS + "|" + TACHOGRAPH_WORDS + "|" + PERMIT_WORDS + "|"
    + CUSTOMS_DECLARATION_WORDS + "|" + SEAFARER_DOCUMENT_WORDS + "|"
    r"загран[а-яё]*(?:\.?\s*(?:" + PASSPORT_WORDS + r"))?|заграничн[а-яё]*\s+паспорт[а-яё]*|нацпаспорт[а-яё]*|нац\.?\s*паспорт[а-яё]*"
    r"|национальн[а-яё]*\s+паспорт[а-яё]*|иностранн[а-яё]*\s+паспорт[а-яё]*|вид[а-яё]*\s+на\s+жительств[а-яё]*|внж"
    r"|разрешени[а-яё]*\s+на\s+(?:временное\s+)?проживани[а-яё]*|рвп|патент[а-яё]*(?:\s+на\s+работу)?|patent(?![a-z])|военн[а-яё]*\s+билет[а-яё]*"
    r"|военник[а-яё]*|удостоверени[а-яё]*\s+беженц[а-яё]*|удостоверени[а-яё]*\s+личн[а-яё]*|уд\.?\s*личн[а-яё]*|миграционн[а-яё]*\s+карт[а-яё]*"
    r"|миграционк[а-яё]*|мигр\.?\s*к\.|мигр(?:карт[а-яё]*|\.|(?![а-яё]))|migr\.?\s*kart[a-z]*|migration\s+card"
    r"|id[\s\-]?карт[а-яё]*|id[\s\-]?card|" + shorthand(DOCUMENT_PHRASES).replace(r"\w*", "[а-яё]*")
    + "|" + VISA_WORDS + "|" + OTHER_FOREIGN_DOCUMENTS + "|" + FOREIGN_LANGUAGE_DOCUMENTS + "|" + EUROPEAN_ID_WORDS
    # a passport with words that make it not the Russian internal one: "паспорт иностранного гражданина", "паспорт
    # гражданина Узбекистана", "паспорт Узбекистана", "паспорт Республики Таджикистан", "п-т Кырг.", "паспортУзб"
    + r"|(?:" + PASSPORT_WORDS + r")\s*(?:иностр(?:анн[а-яё]*|\.)(?:\s+гражд[а-яё]*\.?)?|гражданин[а-яё]*\s+(?!рф\b|росси)[а-яё]+"
    r"|" + _COUNTRY + r")"
    # an identity card named by its country: "Удостоверение РК 047812396", "уд. РК 038822719" (the Kazakh ID card)
    + r"|(?:удостоверени[а-яё]*|уд\.)\s*" + _COUNTRY
    # a country named before a passport's word: "Армения: паспорт", "Таджикистан, п-т", "УЗБ п-т"
    + r"|(?:" + FOREIGN_COUNTRY + r")(?![а-яёa-z])\.?[\s,:;\-]*(?:" + PASSPORT_WORDS + ")"
)
# THE definition of a foreign citizen's personal code (red team bb14, 02): each country's name for it, as a shop's
# note or the citizen writes it (in Russian, in their own language, its Latin abbreviation), and its length in digits.
# A number of that length after the words is the code, whatever its checksum (fail closed). Lengths (common knowledge,
# what the countries' own pages state): the Kazakh ИИН / ЖСН 12 digits; the Kyrgyz ПИН and the Uzbek ПИНФЛ (JShShIR)
# 14; the Moldovan IDNP 13; the Georgian personal number (პირადი ნომერი, "piradi nomeri") 11; the Armenian social
# card's number (ՀԾՀ, "номер социальных услуг", "соцкарта") 10; the Lithuanian "asmens kodas", the Latvian "personas
# kods" and the Estonian "isikukood" 11 (the Latvian written 6-5); the Ukrainian РНОКПП (ІПН, ИНН) 10 — a Russian INN
# after "ИНН" stays the INN kind's, this is the Ukrainian word only. A card's PIN is 4 digits and is no such code.
FOREIGN_PERSONAL_CODES = (
    # one row, as before this table: a digit more or less after any of these words is still the code (misheard)
    ("Kazakhstan, Kyrgyzstan, Uzbekistan", r"иин|жсн|iin|пинфл|пин|pinfl|жшшир|jshshir|jshshr", 12, 14),
    ("Moldova", r"idnp|идноп?|idno", 13, 13),
    # the Georgian number opens with its region's code (01-60): after the Russian words a number opening with 7 or 8
    # is the caller's own phone ("мой личный номер 8 916 …"), the phone kind's
    ("Georgia", r"(?:piradi\s+nomeri|პირადი\s+ნომერი|личн[а-яё]*\s+номер[а-яё]*)(?=[\s:№.\-]*[0-6])", 11, 11),
    ("Armenia", r"(?:номер[а-яё]*\s+)?соц[\.\s\-]*карт[а-яё]*|социальн[а-яё]*\s+карт[а-яё]*"
                r"|номер[а-яё]*\s+социальных\s+услуг|нсу|հծհ", 10, 10),
    ("Lithuania, Latvia, Estonia", r"asmens\s+kod[a-z]*|personas\s+kod[a-z]*|isikukood[a-z]*|персональн[а-яё]*\s+код[а-яё]*",
     11, 11),
    ("Ukraine", r"рнокпп|ипн|іпн", 10, 10),
    # the Indian Aadhaar number, 12 digits printed 4-4-4 (uidai.gov.in; common knowledge)
    ("India", r"aadhaar|aadhar|аадхаар|адхаар|адхар", 12, 12),
    # the Turkish identity number, T.C. kimlik numarası, 11 digits (common knowledge; issue 15, stop 46)
    ("Turkey", r"t\.?\s?c\.?\s+kimlik(?:\s+(?:no|numaras[ıi]))?\.?|kimlik\s+(?:no|numaras[ıi])\.?|tckn", 11, 11),
    # the European neighbours' national numbers (common knowledge; issue 15, stop 49: a Kaliningrad desk's Polish,
    # German, Czech and Balkan tenants): the Polish PESEL 11 digits, the Czech and Slovak rodné číslo 10, the Bulgarian
    # ЕГН 10, the former Yugoslav JMBG and the Romanian CNP 13, the Nordic personal numbers 10-12 (the Swedish
    # personnummer, the Norwegian fødselsnummer, the Danish CPR), the German tax ID (Steuer-ID, IdNr) 11
    ("Poland", r"pesel|песель|пэсэль", 11, 11),
    ("Czechia, Slovakia", r"rodn[eé]\s+[cč][ií]slo", 10, 10),  # 9 digits for those born before 1954
    ("Bulgaria", r"егн|egn", 10, 10),
    ("Serbia, Croatia, Bosnia, Montenegro, North Macedonia, Romania", r"jmbg|јмбг|ембг|emšo|cnp", 13, 13),
    ("Sweden, Norway, Denmark, Finland", r"personnummer|f[øo]dselsnummer|cpr(?:-nr\.?|-nummer)?|henkil[öo]tunnus", 10, 12),
    ("Germany", r"steuer-?id|steuerliche\s+identifikationsnummer|idnr\.?", 11, 11),
)
PERSONAL_NUMBER_WORDS = "|".join(words for _, words, _, _ in FOREIGN_PERSONAL_CODES)
# A neighbour's personal code by its own check, no word before it (issue 15, stop 50: rows of ИИН and ПИНФЛ under no
# header): the Kazakh ИИН, 12 digits, the last the first eleven weighted 1..11 mod 11 (3..11, 1, 2 when that is 10; a
# second 10 is no code), its first six the birth date YYMMDD and its seventh the century and sex (1-6) — a company's
# БИН has the same check and its type (4-6) in the fifth digit: no person's (red team bb10, 06), left; the Uzbek ПИНФЛ, 14 digits, the last the first thirteen weighted 7, 3, 1 mod
# 10, its first the century and sex (1-6) and the next six the birth date DDMMYY (egov.kz, the Uzbek tax office;
# common knowledge). A random 12 or 14 digits pass one time in fifty at most; not one uncued number in
# benchmarks/data that no author labelled does.
PERSONAL_CODE_BY_CHECK = r"(?<![\w.,/+\-])(?:\d{12}|\d{14})(?![\w]|[.,/\-]\d)"
_PERSONAL_CODE_BY_CHECK = re.compile(PERSONAL_CODE_BY_CHECK)


def _is_a_date(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def kazakh_iin_checks(digits: str) -> bool:
    """Is `digits` a Kazakh ИИН (a person's, not a company's БИН) by its structure and its check digit?"""
    if len(digits) != 12 or not digits.isdigit():
        return False
    d = [int(ch) for ch in digits]
    if not (1 <= d[6] <= 6 and _is_a_date(d[2] * 10 + d[3], d[4] * 10 + d[5])):
        return False  # a company's БИН (its fifth digit 4-6, no day) is no person's
    check = sum(digit * weight for digit, weight in zip(d, range(1, 12))) % 11
    if check == 10:
        check = sum(digit * weight for digit, weight in zip(d, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
    return check != 10 and check == d[11]


def uzbek_pinfl_checks(digits: str) -> bool:
    """Is `digits` an Uzbek ПИНФЛ by its structure and its check digit?"""
    if len(digits) != 14 or not digits.isdigit():
        return False
    d = [int(ch) for ch in digits]
    if not (1 <= d[0] <= 6 and _is_a_date(d[3] * 10 + d[4], d[1] * 10 + d[2])):
        return False
    return sum(digit * weight for digit, weight in zip(d[:13], (7, 3, 1) * 5)) % 10 == d[13]


def personal_code_checks(digits: str) -> bool:
    """A neighbour's personal code by its check alone (PERSONAL_CODE_BY_CHECK)."""
    return kazakh_iin_checks(digits) or uzbek_pinfl_checks(digits)
# A personal code of letters and digits (red team bb12, 10): the Belarusian personal number ("личный номер
# 3120380A001PB1": 7 digits, a letter, 3 digits, 2 letters, a check digit), the Azerbaijani FIN (7 letters and digits,
# "FIN 5ABC12D"), the same words in English ("personal number", "personal code"). A code with at least one letter and
# one digit after such a word: a phone or a contract number after "личный номер" has no letter and is left to its kind.
PERSONAL_CODE_WORDS = (r"личн[а-яё]*\s+(?:идентификационн[а-яё]*\s+)?(?:номер[а-яё]*|код[а-яё]*)|идентификационн[а-яё]*\s+номер[а-яё]*"
                       # the same words in Belarusian, in the engine's reading ("і" as "и") and as typed (red team bb15,
                       # 04): "асабісты нумар", "ідэнтыфікацыйны нумар"
                       r"|асаб[іи]ст[а-яёіў]*\s+(?:[іи]дэнтыф[іи]кацыйн[а-яёіў]*\s+)?нумар[а-яёіў]*|[іи]дэнтыф[іи]кацыйн[а-яёіў]*\s+нумар[а-яёіў]*"
                       r"|personal\s+(?:identification\s+)?(?:number|code|no\.?)|ид\.(?=\s*№)|(?-i:FIN|ФИН|PIN|ПИН)(?:\s+(?:kod[a-z]*|код[а-яё]*|code))?")
PERSONAL_CODE = r"(?-i:(?=[0-9A-Z]{0,13}[A-Z])(?=[0-9A-Z]{0,13}\d)[0-9A-Z]{7,14})(?![\w])"
# Words between the name and the number: "серия", "номер", "№", a colon, a table's pipe, a field's "=".
# the neighbours' own word for "number" too: Kazakh "нөмірі", Uzbek "raqami" / "рақами" (red team bb16, 04)
_LABEL_WORD = (r"(?:серия|серии|сер\.|номер|ном\.|№|n(?![\s\-]?\d{8}(?!\d))(?![a-z])|no\.?|#"
               r"|н[өо]м[іи]р[іи]?|raqam[a-z]{0,2}|рақам[а-яё]{0,2})")
_LABELS = r"(?:[\s:,.|=\-–—]*" + _LABEL_WORD + r")*[\s:,.|=\-–—]*"
# A worker's documents from the employer (issue 15, stop 48: a shift workers' desk, HR lists and notes): the personnel
# ("tab") number, "таб. № 004517", "табельный 004733", a table's column "Таб.№"; a site's or a company's pass,
# "пропуск № ПБ-22817", "Рабочий пропуск: СБТ-118-0442", "Пропуск на месторождение № ЯМ-004917"; a private guard's
# licence ("удостоверение частного охранника № 0417"). Each names one person through the employer's register as a
# passport does through the state's; a tab number is short (3 to 8 digits), a pass a series of letters and digits.
TAB_NUMBER_WORDS = r"таб(?:ельн[а-яё]*|\.|(?![а-яё]))(?:\s*номер[а-яё]*)?"
GUARD_LICENCE_WORDS = r"удостоверени[а-яё]*\s+(?:частн[а-яё]*\s+)?охранник[а-яё]*"
PASS_WORDS = (r"(?:(?:рабоч|постоянн|временн|разов|электронн)[а-яё]*\s+)?пропуск(?:а|у|ом|е)?(?![а-яё])"
              r"(?:\s+(?:на|в)\s+[а-яё]{3,20})?")
# a pass's number: a series of one to four capitals (Cyrillic or Latin) and digits in groups ("ЯНГ-0017734",
# "СБТ-118-0442"), or five digits and more alone
_PASS_VALUE = (r"(?-i:[А-ЯЁA-Z]{1,4})[\s\-]?\d{2,8}(?:-\d{2,8})?(?![\w\-])|\d{5,12}(?![\w\-])")
_WORK_NUMBER = re.compile(r"(?<![а-яёa-z])(?:(?:" + TAB_NUMBER_WORDS + "|" + GUARD_LICENCE_WORDS + r")"
                          r"(?:[\s:,.|=\-–—]*(?:номер|№|n(?![a-z])))*[\s:,.|=\-–—]*(\d{3,8})(?![\d\w]|[.,/]\d)"
                          r"|(?:" + PASS_WORDS + r")(?:[\s:,.|=\-–—]*(?:номер|№|n(?![a-z])))*[\s:,.|=\-–—]*("
                          + _PASS_VALUE + r"))", re.IGNORECASE)
# An employee's identity and record documents an HR office files (issue 15, stop 50: a retail network's HR notes —
# hiring packets, personnel files, dismissals): a military ID and the draftee's certificate ("военный билет АС
# 4172093", "приписное свидетельство ПМ 0583127", "временное удостоверение ВУ-59 №004718"), the personal medical book
# ("медкнижка 59-0834120", "ЛМК 5901-2284716"), the paper employment record ("трудовая книжка ТК-IV № 4418203"; the
# electronic one, СТД-Р and ЭТК, is named too), a criminal-record certificate ("справка о несудимости
# 059/47-1182/2024"), diplomas and other certificates of education ("диплом 115924 0187263", "диплом ВО ВСГ 3461297",
# "аттестат 05 СПА 0053721"). Each names one person through a register as a passport does: one kind, ID_DOCUMENT, its
# cues here in any case (the words' endings), one value shape for all of them. Fail closed: after its cue the
# document's number is masked whatever its check; a label ("номер", "серия", "№") may stand a few words on
# ("медкнижку принесла, номер 5901-2284716"), and then the number must have a document's shape (a series of letters,
# or digits cut by "-" or "/"), so a ВУС code ("ВУС 837037"), an amount or a date after the words is no document's.
EMPLOYEE_DOCUMENT_WORDS = (
    r"военн[а-яё]*\s+билет[а-яё]*|в/б|приписн[а-яё]*(?:\s+свидетельств[а-яё]*)?"
    r"|удостоверени[а-яё]*\s+гражданин[а-яё]*,?\s+подлежащ[а-яё]*\s+призыву"
    r"|временн[а-яё]*\s+удостоверени[а-яё]*(?:\s+(?:взамен|вместо)\s+военн[а-яё]*\s+билет[а-яё]*)?"
    r"|медкниж[а-яё]*|мед\.?\s*книж[а-яё]*|(?:личн[а-яё]*\s+)?медицинск[а-яё]*\s+книж[а-яё]*|санкниж[а-яё]*|лмк"
    r"|трудов[а-яё]*\s+книж[а-яё]*|трудов(?:ая|ую|ой)(?=[\s:,]+(?:серия|номер|№|(?-i:[А-ЯЁ]{2}[\s\-№])))|этк|стд-р"
    r"|вкладыш[а-яё]*(?:\s+в\s+трудов[а-яё]*(?:\s+книж[а-яё]*)?)?"
    r"|справк[а-яё]*\s+(?:о\s+(?:наличии\s+(?:\(?отсутствии\)?\s+)?)?(?:не)?судимост[а-яё]*|об\s+отсутствии\s+судимост[а-яё]*)"
    r"|несудимост[а-яё]*"
    r"|диплом[а-яё]*(?:\s+(?:во|спо|нпо|бакалавра|магистра|специалиста|о\s+[а-яё]+\s+(?:профессиональном\s+)?образовании))?"
    r"|аттестат[а-яё]*(?:\s+о\s+[а-яё]+\s+(?:общем\s+)?образовании)?|свидетельств[а-яё]*\s+об\s+образовании"
    r"|удостоверени[а-яё]*\s+о\s+повышении\s+квалификации")
# a series — letters ("ПМ", "ВСГ"), a Roman numeral after them ("ТК-IV"), digits ("59", "5901", "115924") perhaps with
# letters or two digits after ("59-СЛ", "05 СПА", "ВУ-59") — perhaps "№", then 5 to 8 digits; or groups cut by "/" and
# "-" ("059/47-1182/2024"). The shaped one (a label a few words on) needs the series' letters or its "-".
_EMPLOYEE_SERIES = (r"(?-i:[A-ZА-ЯЁ]{1,4}|\d{2,6})(?:-(?-i:[A-ZА-ЯЁ]{1,4}|[IVX]{1,5}|\d{2})|[ \t](?-i:[А-ЯЁ]{2,4}))?")
_EMPLOYEE_TAIL = r"[ \t\-]{0,2}(?:№[ \t]?)?\d{5,8}(?![\w/]|[.,]\d)"
_EMPLOYEE_SLASHED = r"\d{2,4}(?:[/\-]\d{2,6}){2,3}(?![\w/]|[.,]\d)"
EMPLOYEE_DOCUMENT_VALUE = r"(?:(?:" + _EMPLOYEE_SERIES + r")?" + _EMPLOYEE_TAIL + "|" + _EMPLOYEE_SLASHED + ")"
_EMPLOYEE_SHAPED_VALUE = (r"(?:(?-i:[A-ZА-ЯЁ]{1,4}(?:-(?:[IVX]{1,5}|\d{2}))?|\d{2,4}-[А-ЯЁ]{2,4}|\d{2,4}(?=-))"
                          + _EMPLOYEE_TAIL + "|" + _EMPLOYEE_SLASHED + ")")
# the words a few words on from the cue that begin another value's field: the number after them is theirs (read at a
# word's start only: "справке" holds "прав", "кандидата" "дат")
_OTHER_FIELD = (OTHER_VALUE_WORDS + r"|таб|логин|пароль|рег\.|регистрац|приказ|заявлени|вакансия|салон|ккт"
                r"|(?-i:PRM|ВК)")
_EMPLOYEE_DOCUMENT = re.compile(r"(?<![а-яёa-z])(?:" + EMPLOYEE_DOCUMENT_WORDS + r")(?![а-яёa-z])" + _LABELS
                                + r"(?<![\w])(" + EMPLOYEE_DOCUMENT_VALUE + r")", re.IGNORECASE)
_EMPLOYEE_DOCUMENT_ON = re.compile(r"(?<![а-яёa-z])(?:" + EMPLOYEE_DOCUMENT_WORDS + r")(?![а-яёa-z])"
                                   r"(?:(?:(?<=[а-яёa-z])|(?<![а-яёa-z])(?!" + _OTHER_FIELD + r"))[^\n\d№]|\d(?![\d ]*\d{5})){1,80}?(?<![\w/\-.])"
                                   r"(?:(?:" + _LABEL_WORD + r")[\s:,.|=\-–—]*)*(?!" + _OTHER_FIELD + r")(" + _EMPLOYEE_SHAPED_VALUE + r")",
                                   re.IGNORECASE)
# A certificate a person holds from an office, named by its noun (issue 15, stop 54: a driving school's and a
# guardianship desk's notes): an удостоверение (a guardian's, a foster parent's, a large family's, a veteran's), a
# справка (a driver's medical certificate, form 003-В/у; a disability's, МСЭ), a doctor's заключение — each names its
# holder through the issuer's register as a passport does: one reading for every such document, not a pattern each.
# Not a свидетельство: a child's is the birth certificate's kind, and a notary's (an heir's certificate, "свид-во 52 АА
# 6402211") is numbered on the notary's register's form, a negative of packed_o40. The noun in any case or cut short
# ("удост.", "уд-е", "медсправка", "мед. справка"); a few words may say whose it is or what it certifies ("приёмного
# родителя", "опекуна", "о праве на льготы") and its form's code ("003-В/у", "086/у"); then either a label ("№",
# "номер", "серия") and a number of any
# length — an office numbers its certificates from one ("удостоверение № 214", "№ 76/118", "№ 76-ОП-1187", "серия 03
# ВУ № 204518") — or, with no label, a document's shape (EMPLOYEE_DOCUMENT_VALUE: a series and 5-8 digits, groups cut
# by "-" or "/"). An authority's act (распоряжение, постановление, приказ, решение: a negative of its own), an
# institution named between (its "№" is the institution's: "справка из поликлиники № 5"), another value's field and a
# birth certificate (its own kind) are not read here. Scored below a cued kind: a licence or a passport after such a
# noun keeps its own type. The cut adjective "мед." stands for its document before a shaped number ("— мед.
# 0324-118705").
# (a noun that is a driving licence's, "водительское удостоверение", "вод. удостоверение", is the licence's:
# driver_license.py; a lookbehind each, as the cue regexes read these words too)
_NOT_A_LICENCES = "".join(r"(?<!" + re.escape(word) + ")" for word in (
    "водительское ", "водительского ", "водительском ", "водительскому ", "водительским ", "вод. ", "вод.", "водит. ",
    "водит."))
_CERTIFICATE_NOUNS = (r"(?:мед(?:ицинск[а-яё]*|\.)?\s*)?справк[а-яё]*|медсправк[а-яё]*"
                      r"|" + cut_or_whole("удостоверени", 4) + r"|уд-е"
                      r"|(?:медицинск[а-яё]*|мед\.|врачебн[а-яё]*)\s*заключени[а-яё]*|медзаключени[а-яё]*")
# ... and the licence's word after the noun ("удост. водит. 61 24 …", "удостоверение водителя": packed_c28)
CERTIFICATE_WORDS = _NOT_A_LICENCES + r"(?:" + _CERTIFICATE_NOUNS + r")(?![ \t.]*вод(?:ит|\.))"
# a medical form's code between the noun and the number ("003-В/у", "086/у", "083/у-89"): the form's, no value
_FORM_CODE = r"(?-i:\d{3}(?:-[А-ЯЁ])?/у(?:-\d{2})?)"
# the words between the noun and the number that say whose it is or what it certifies: letters only, none opening
# another value's field, an authority's act, a place or an institution with a number of its own, or a preposition
# that opens an issuer ("из поликлиники", "в школе", "от врача")
_NOT_A_QUALIFIER = (_OTHER_FIELD + r"|распоряж|постановл|решени|акт(?![а-яё])|чек|исх|вх(?![а-яё])|кусп|поликлиник"
                    r"|больниц|школ|отделени|отдел(?![а-яё])|управлени|учреждени|участк|партии|групп"
                    r"|(?:из|в|во|от|для|по|на|с|со|к|и|или)(?![а-яё])")
_CERTIFICATE_QUALIFIERS = (r"(?:[ \t,]+(?:" + _FORM_CODE + r"|(?!(?:" + _NOT_A_QUALIFIER + r"))[а-яё]{2,20}\.?)){0,4}?")
_CERTIFICATE_LABELS = r"(?:[\s:,.|=\-–—]*(?:№|номер|серия|серии|сер\.|n(?![a-zа-яё])))+[\s:,.|=\-–—]*"
# an office's own numbering: digits from one, perhaps a series of letters (before digits only) or a Roman numeral,
# groups cut by "-", "/" or a blank, "№" before the last ("76-ОП-1187", "76/118", "03 ВУ № 204518", "214")
_CERTIFICATE_GROUP = r"(?:[A-ZА-ЯЁ]{1,4}(?=[ \t\-/№]*\d)|[IVX]{1,4}(?=[ \t\-/№]*\d)|\d{1,10})"
# a series' letters glued to the digits after them are a group of their own ("117-АБ5": review stop 54, kinds)
CERTIFICATE_NUMBER = (r"(?-i:" + _CERTIFICATE_GROUP + r"(?:(?:[ \t]?[\-/][ \t]?|[ \t]|(?<=[A-ZА-ЯЁ])(?=\d))(?:№[ \t]?)?"
                      + _CERTIFICATE_GROUP
                      # a letter after the last digits, as offices number a series ("№ 117-А")
                      + r"){0,3}(?:[\-/][A-ZА-ЯЁ]{1,3})?)(?![\w/]|[.,]\d)")
# with no label, a register's pair too: the region's code and the holder's number in it ("удостоверение адвоката
# 69/1442": issue 15, stop 55) — never a month and a year ("справка 03/2025")
_REGISTER_PAIR = r"(?!(?:0[1-9]|1[0-2])/(?:19|20)\d\d(?!\d))\d{2}/\d{3,6}(?![\w/]|[.,]\d)"
_CERTIFICATE = re.compile(r"(?<![а-яёa-z])(?:(?:" + CERTIFICATE_WORDS + r")(?![а-яёa-z])" + _CERTIFICATE_QUALIFIERS
                          + r"(?:" + _CERTIFICATE_LABELS + r"(?<![\w])(" + CERTIFICATE_NUMBER + r")"
                          r"|[\s:,.|=\-–—]*(?<![\w])(" + EMPLOYEE_DOCUMENT_VALUE + "|" + _REGISTER_PAIR + r"))"
                          r"|мед\.[ \t]*(" + _EMPLOYEE_SHAPED_VALUE + r"))", re.IGNORECASE)
# The paper employment record's own form: its series ("ТК", "ТК-I" … "ТК-V" since 2004, "АТ-I" … "АТ-X" before, "ВТ"
# a supplement's), "№" and seven digits — no other document is printed so, so it is masked without its cue
# (a list "Трудовые книжки к выдаче: Клепикова М. Л. — ТК-I № 0583201").
EMPLOYMENT_RECORD_SHAPE = r"(?<![\w\-])(?-i:(?:ТК|АТ|ВТ)(?:-[IVX]{1,4})?[ \t]?№[ \t]?\d{7})(?![\w/]|[.,]\d)"
# The number: a series (one or two letters, Latin or Cyrillic, or two to four digits), perhaps "номер" or "№", then six
# to fourteen digits in groups split by a blank or a hyphen; or a decision's number and year ("0471/2024").
# three Latin capitals: a state's code ("SIRB RUS 0041877"); two letters said by their names ("эм ка ноль четыре …")
_SERIES = (r"(?:" + SPOKEN_LETTER + r"\s+" + SPOKEN_LETTER + r"(?=\s+\d)|[A-ZА-ЯЁ]{1,2}|(?-i:[A-Z]{3})|\d{2,4})")
VALUE = (CUSTOMS_DECLARATION + r"|(?:(?:" + _SERIES + r"[\s\-]?(?:(?:№|номер)\s?)?)?\d(?:[\s\-]?\d){5,13}" + RUN_END
         + r"|\d{1,6}/(?:\d{4}|\d{2})(?![\d/]))")
# A document's name, perhaps its country after it ("ID card Kazakhstan № 045123456", "удостоверение личности РК"), the
# labels and the number.
_CUED = re.compile(r"(?<![а-яёa-z])(?:" + DOCUMENT_WORDS + r")(?:[\s,]+" + _COUNTRY + r")?" + _LABELS
                   + r"(" + VALUE + r")", re.IGNORECASE)
_PERSONAL_CODE = re.compile(r"(?<![а-яёa-z])(?:" + PERSONAL_CODE_WORDS + r")(?![а-яёa-z])" + _LABELS
                            + r"(" + PERSONAL_CODE + r")", re.IGNORECASE)
# A passport named by any capitalised word but Russia's ("паспорт Индии", "паспорт Узб"): most likely a foreign one, but
# less sure than a document or a country named ("паспорт Петрова 4510 123456" stays the internal passport's, 0.9 there).
_NAMED_PASSPORT = re.compile(r"(?<![а-яёa-z])(?:" + PASSPORT_WORDS + r")\s*(?!рф\b|росси)(?-i:[А-ЯЁ][а-яё]+)"
                             r"(?:\s+(?-i:[А-ЯЁ][а-яё]+))?\.?" + _LABELS + r"(" + VALUE + r")", re.IGNORECASE)
# The Russian international passport's own shape, a series of two digits and a number of seven ("75 6612094"; the
# internal passport's is 4 + 6 digits), after any passport's word — the Latin "PP" or "passport" of a crewing company's
# list too ("PP 75 6612094": issue 15, stop 56). Scored below the passport kind's cue (0.9): "паспорт 75 6612094" keeps
# the type it had; where no other kind reads it, it is this kind's.
_INTERNATIONAL_SHAPE = re.compile(r"(?<![а-яёa-z])(?:" + PASSPORT_WORDS + r")(?![а-яёa-z])" + _LABELS
                                  + r"(\d{2}[ \t]?(?:№[ \t]?)?\d{7}" + RUN_END + r")", re.IGNORECASE)
# A passport's number after its country's three-letter code, as the data page's line and the machine-read zone print it
# ("AZE 12345678", "UZB FA1234567"): the code names the country, so no other word need stand before it (red team bb14, 02).
# Issue 15 (stop 45, the tourist-SIM kiosks: travellers of ~50 states): every state's code, as ICAO Doc 9303 part 3
# lists them (ISO 3166-1 alpha-3 and ICAO's own: "RKS" Kosovo, "GBD"… British nationals, "UNO"/"UNA"/"UNK" the UN's
# documents, "XXA"… stateless and refugees, "EUE" the EU's laissez-passer) — Russia's "RUS" left out: a Russian
# document after it is the passport kind's. The code as the data page and a kiosk's note print it ("GBR 583921467",
# "(IRQ, A11873402)").
ICAO_STATE_CODES = tuple(sorted(frozenset((
    "AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL "
    "BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI "
    "CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB "
    "GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL "
    "IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS "
    "MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA "
    "NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RWA BLM SHN KNA LCA MAF "
    "SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR "
    "TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR "
    "WLF ESH YEM ZMB ZWE RKS GBD GBN GBO GBP GBS UNO UNA UNK XXA XXB XXC EUE "
).split()) - {"MNP", "MAC"}))  # the telecom's own words first: "MNP-775093" (a porting request), a MAC address;
# sorted, so the alternation below is the same on every run
ICAO_CODES = "|".join(ICAO_STATE_CODES)
# A foreign document's number as the states write it (issue 15): a Latin series of one to three letters and 6 to 10
# digits ("PAF402817", "EP2274118", "AK418307"), digits alone (the US and UK 9, Israel 8, Serbia 9), or letters and
# digits mixed ("C4F7R2K19" Germany, "19FK40221" France, "61IC98795" Georgia, "P4140921A" the Philippines): 6 to 10
# Latin letters and digits, four digits at least.
FOREIGN_NUMBER = (r"(?-i:(?:[A-Z]{1,3}[\s\-]?)?\d(?:[\s\-]?\d){5,9}" + RUN_END
                  + r"|(?=[A-Z0-9]{6,10}(?![A-Za-z0-9]))(?=(?:[A-Z]*+\d){4})[A-Z0-9]{6,10}(?![A-Za-z0-9]))")
# The same with a Latin letter among its characters: a number no Russian document writes (after a passport's word).
# Three letters or more and then digits only are a ticket's or a request's ("INC0048812"), no passport's.
LATIN_LETTERED_NUMBER = (r"(?-i:(?=[A-Z0-9]{6,10}(?![A-Za-z0-9]))(?=\d*+[A-Z])(?=(?:[A-Z]*+\d){4})"
                         r"(?![A-Z]{3,}+\d++(?![A-Za-z0-9]))[A-Z0-9]{6,10})(?![A-Za-z0-9])")
# The same states by their two-letter codes (ISO 3166-1 alpha-2, as an EU form, a plate's oval or a note writes them:
# "DE C7H4LR9F2", "PL ES 7712095"; issue 15, stop 49: a real-estate desk's foreign tenants) — Russia's "RU" left out,
# and the pairs a note writes for something else ("SN" a serial number, "IT" the department, "NO"/"IN"/"IS"/"TO" words,
# "AM"/"PM" a time, "TV", "MS", "MD", "TM", "SM", "SO", "CC", "ID", "BY" — Belarus keeps "BLR"). Two letters name a state
# less surely than three, so the number after them must hold a Latin letter: a series and digits ("ES 7712095") or
# letters and digits mixed (LATIN_LETTERED_NUMBER); digits alone after two capitals stay other kinds'.
ISO_ALPHA2_CODES = tuple(sorted(set((
    "AD AE AF AG AI AL AO AR AT AU AW AZ BA BB BD BE BF BG BH BI BJ BM BN BO BR BS BT BW BZ CA CD CF CG CH CI CL "
    "CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HK "
    "HN HR HT HU IE IL IQ IR JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC ME MG MH "
    "MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RW SA SB "
    "SC SD SE SG SI SK SL SR SS ST SV SY SZ TD TG TH TJ TL TN TR TT TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM "
    "ZW XK").split())))
ALPHA2_CODES = "|".join(ISO_ALPHA2_CODES)
COUNTRY_CODED = (r"(?<![\w])(?-i:(?:" + ICAO_CODES + r")(?![A-Za-z0-9])[\s\-:№,]{0,3}(" + FOREIGN_NUMBER + r")"
                 r"|(?:" + ALPHA2_CODES + r")(?![A-Za-z0-9])[ \t\-:№,]{1,3}((?:[A-Z]{1,2}[ \t\-]?\d(?:[ \t\-]?\d){5,8}"
                 + RUN_END + r")|" + LATIN_LETTERED_NUMBER + r"))")
_COUNTRY_CODED = re.compile(COUNTRY_CODED)
# A tachograph card's number as the card prints it (common knowledge: the Russian card and the AETR/EU cards): its
# issuing state's two letters, the card's type ("D" a driver's, "C" a company's, "W" a workshop's, "M" a control
# body's) and 13 digits, perhaps the card's two or three indexes after ("RUD0000047351201", "KZD0000123874501") —
# nothing else is written so: masked by its shape, the card named or not.
TACHOGRAPH_CARD = r"(?<![\w])(?-i:(?:RU|" + ALPHA2_CODES + r")[DCWM]\d{13}(?:\d{1,3})?)(?![\w])"
# An international driving permit's number with its mark, the issuing state's two letters before it as the permit
# prints them ("KG IDP 0045718", "UZ IDP 0027465"): the span is the whole mark, as a note copies it.
DRIVING_PERMIT = (r"(?<![\w])(?-i:(?:(?:RU|" + ALPHA2_CODES + r")[ \t\-]?)?IDP)[ \t\-:№]{0,3}(?-i:[A-Z]{0,2})\d{5,9}"
                  r"(?![\w])")
# A driving licence (or any foreign document) with a Latin series: the Kazakh "AN 123456", the Uzbek "AF 1234567";
# a Russian licence's series is digits or Cyrillic letters (driver_license.py).
# The neighbours' own words for a driving licence (red team bb15, 11): Ukrainian "посвідчення водія", "водійське
# посвідчення", Belarusian "вадзіцельскае пасведчанне", Kazakh "жүргізуші куәлігі", Uzbek "haydovchilik guvohnomasi" /
# "ҳайдовчилик гувоҳномаси" — in the engine's reading ("і" as "и") and as typed.
NEIGHBOURS_LICENCE_WORDS = (r"посв[іи]дченн[яюі]\s+вод[іи][яюєї]|вод[іи]йськ[а-яёіїє]*\s+посв[іи]дченн[яюі]"
                            r"|вадз[іи]цельск[а-яёіў]*\s+пасведчанн[а-яёіў]*|жүргізуші\s+куәлігі|жургизуши\s+куэлиги"
                            r"|haydovchilik\s+guvohnoma[a-z]*|[ҳх]айдовчилик\s+гувоҳнома[а-яёқғҳў]*|хайдовчилик\s+гувохнома[а-яё]*")
# (the note's "ВУ" too, as driver_license.py reads it: "ВУ AF 4718253 (Узбекистан)"; issue 15, stop 57: packed_af56)
LICENCE_WORDS = (DRIVING_LICENCE_WORDS + r"|водительск[а-яё]*|в/у|ву(?![а-яё])|driver'?s?\s+licen[cs]e|"
                 + NEIGHBOURS_LICENCE_WORDS)
# A passport's name (of any country) a few words before a number with a Latin series: a foreign passport; a form's "№"
# between them, blanks doubled ("ПАСПОРТ  серия FA  № 5521937": issue 15, stop 48).
_LATIN_SERIES = re.compile(r"(?<![а-яёa-z])(?:" + PASSPORT_WORDS + "|" + LICENCE_WORDS + r")(?:[\s,.]+[а-яё]{1,15}){0,4}" + _LABELS
                           + r"((?-i:[A-Z]{1,2})(?:[ \t\-]{0,2}№)?[ \t\-]{0,2}\d(?:[\s\-]?\d){5,9}" + RUN_END + r")", re.IGNORECASE)
# A passport's word, perhaps its holder's nationality before it ("Немецкий пасп. CFJ3L81X2"), a few words, then a number
# with a Latin letter among its digits: a foreign passport's (issue 15). An ID card's word in the
# card's own language too ("Personalausweis Nr. L01X00T47", "dowód osobisty ABC123456": issue 15, stop 49).
# After the passport's own word the number may have a series of three letters ("паспорт AAG418273", Argentina; "PAF128834",
# Spain) and only three digits among its letters ("Reisepass: CFJ9K3L7M": a German passport's alphabet), the words
# between perhaps Latin ("Der Reisepass von Julia: C2M8R4T7K") and the passport perhaps the international one
# ("загранпаспорту ФРГ CH9P4W2R7") — issue 15, stop 46.
_NUMBER_AFTER_ITS_PASSPORT = (r"(?-i:(?=[A-Z0-9]{6,10}(?![A-Za-z0-9]))(?=\d*+[A-Z])(?=(?:[A-Z]*+\d){3})[A-Z0-9]{6,10})"
                              r"(?![A-Za-z0-9])")
_LETTERED_AFTER_PASSPORT = re.compile(r"(?<![а-яёa-z])(?:загран\.?\s*)?(?:" + PASSPORT_WORDS + "|" + EUROPEAN_ID_WORDS
                                      + r")(?:[\s,.]+(?:[а-яё]{1,15}|[a-z]{1,15}(?![\w])))" + r"{0,4}" + _LABELS
                                      + r"(" + _NUMBER_AFTER_ITS_PASSPORT + r")", re.IGNORECASE)
# Any other document's word, only its labels between (no words: "виза РФ, рейс SU1234" names a flight), then a number
# with a Latin letter among its digits ("Aufenthaltstitel Y4F2K9L01", "ВНЖ № RP1234567"; issue 15, stop 49): a residence
# permit's or a card's number mixes letters and digits as a foreign passport's does.
_LETTERED_AFTER_A_DOCUMENT = re.compile(r"(?<![а-яёa-z])(?:" + DOCUMENT_WORDS + r")(?![а-яёa-z])" + _LABELS
                                        + r"(" + _NUMBER_AFTER_ITS_PASSPORT + r")", re.IGNORECASE)
# The Italian codice fiscale, a shape of its own (six letters of the name, the birth's year, month letter, day and
# place, a check letter: "RMNGLI85M52F205Z"), masked where it stands: nothing else is written so (issue 15, stop 46).
CODICE_FISCALE = r"(?<![A-Za-z0-9])(?-i:[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z])(?![A-Za-z0-9])"
# The next numbers of a list after a foreign document's ("AFG, P01873406, P01873407"; "паспорта C7HN21P43, YA8830415,
# 21CD77104, 540118327"): the same kind of number, the same document's kind.
_NEXT_IN_LIST = re.compile(r"(?<![ \t])[ \t]*+[,;/][ \t]*+(" + FOREIGN_NUMBER + r")")
# A neighbour's driving licence named in its own language has a series of up to three letters, Latin or Cyrillic (the
# Ukrainian "ВХА 123456", the Belarusian "5АВ 123456"): the words say it is a foreign licence, not the Russian one's
# digits (driver_license.py).
_NEIGHBOURS_LICENCE = re.compile(r"(?<![а-яёa-z])(?:" + NEIGHBOURS_LICENCE_WORDS + r")(?![а-яёa-z])" + _LABELS
                                 + r"((?-i:\d?[A-ZА-ЯЁІЇЄ]{1,3})[\s\-]?\d(?:[\s\-]?\d){5,9}" + RUN_END + r")", re.IGNORECASE)
# A foreign passport's or ID card's own shape, masked when a document's word or a foreign country is named before it on
# its line (_SHAPE_CONTEXT): two Latin letters and 7 digits, one and 8, or two Cyrillic letters that look Latin and 7.
# Issue 15 (the kiosks' travellers): a series of one or two letters and 6 to 9 digits ("FT918273" Brazil, "Z5418806"
# India, "M48812937" Korea) as well; three letters are a ticket's or a request's ("INC0048812", "WEB-558120"), a
# three-letter series is read after its state's code only ("ESP PAF402817": COUNTRY_CODED).
FOREIGN_SHAPE = (r"(?<![\w])(?-i:[A-Z]{1,2}[\s\-]?\d{6,9}|[АВСЕНКМОРТХ]{2}[\s\-]?\d{7})" + RUN_END)
FOREIGN_SHAPE_RE = re.compile(FOREIGN_SHAPE)
# A country's short name counts as its long one ("РК N11739402", "РУз FA…": a table's column of citizenships).
_SHAPE_CONTEXT = re.compile(r"(?<![а-яёa-z])(?:" + DOCUMENT_WORDS + "|" + PASSPORT_WORDS + "|" + FOREIGN_COUNTRY
                            + "|" + STATES_IN_RUSSIAN
                            + r"|документ[а-яё]*|doc[a-z]*|id|num[a-z]*|(?:" + FOREIGN_COUNTRY_SHORT
                            + r")(?![а-яё]))(?![a-z])", re.IGNORECASE)
_SHAPE_WINDOW = 60
HINT = (r"(?<![а-яёa-z])(?:" + DOCUMENT_WORDS + "|" + PASSPORT_WORDS + "|" + PERSONAL_NUMBER_WORDS + "|"
        + PERSONAL_CODE_WORDS + "|" + LICENCE_WORDS + "|(?-i:" + ICAO_CODES + ")|"
        + FOREIGN_COUNTRY + "|(?:" + FOREIGN_COUNTRY_SHORT + r")(?![а-яё])|документ|doc|id|" + TAB_NUMBER_WORDS + "|"
        + GUARD_LICENCE_WORDS + "|" + PASS_WORDS + "|" + STATES_IN_RUSSIAN + "|" + DMS_POLICY_WORDS + "|"
        + EMPLOYEE_DOCUMENT_WORDS + "|" + CERTIFICATE_WORDS + r"|мед\.)|" + CODICE_FISCALE
        + "|" + EMPLOYMENT_RECORD_SHAPE
        + "|" + TACHOGRAPH_CARD + "|" + DRIVING_PERMIT + "|" + PERSONAL_CODE_BY_CHECK + "|" + PASSENGER_DECLARATION
        + r"|(?<![\w])(?-i:(?:" + ALPHA2_CODES + r")[ \t\-:№,]{1,3}[A-Z0-9])")


def canonical(value: str) -> str:
    """Series and number, uppercase, without separators: "AB 765-4321" -> "AB7654321"."""
    return re.sub(r"[^0-9A-ZА-ЯЁ]", "", value.upper()) or number_value(value)


def names_a_document_before(text: str, start: int) -> bool:
    """Is a document's word or a foreign country named on the line before `start`, a few words back?"""
    line_start = text.rfind("\n", 0, start) + 1
    return _SHAPE_CONTEXT.search(text, max(line_start, start - _SHAPE_WINDOW), start) is not None


# an 8-800 line written as a phone: its trunk digit apart from 800, or 8800 apart from the rest (cue_value_ok)
_TOLL_FREE_WRITTEN = re.compile(r"(?:\+?7|8)[\s\-(]+800|[78]800[\s\-)]")


class IdDocumentRecognizer(ContextPatternRecognizer):
    ENTITY = "ID_DOCUMENT"
    # a foreign document named is surer than the internal passport's bare word: it types the number (0.9 there)
    PATTERNS = [Pattern("id_document_cued", _CUED.pattern, 0.95),
                Pattern("foreign_passport_latin_series", _LATIN_SERIES.pattern, 0.95),
                Pattern("passport_named_by_a_capitalised_word", _NAMED_PASSPORT.pattern, 0.85),
                Pattern("international_passport_shape", _INTERNATIONAL_SHAPE.pattern, 0.85),
                Pattern("foreign_document_shape", FOREIGN_SHAPE, 0.85),
                Pattern("personal_code", _PERSONAL_CODE.pattern, 0.95),
                Pattern("country_coded_passport", COUNTRY_CODED, 0.9),
                Pattern("neighbours_driving_licence", _NEIGHBOURS_LICENCE.pattern, 0.95),
                Pattern("lettered_number_after_a_passport", _LETTERED_AFTER_PASSPORT.pattern, 0.9),
                Pattern("codice_fiscale", CODICE_FISCALE, 0.9),
                Pattern("workers_number_from_the_employer", _WORK_NUMBER.pattern, 0.9),
                Pattern("employees_document_cued", _EMPLOYEE_DOCUMENT.pattern, 0.95),
                Pattern("employees_document_labelled_on", _EMPLOYEE_DOCUMENT_ON.pattern, 0.9),
                Pattern("employment_record_shape", EMPLOYMENT_RECORD_SHAPE, 0.9),
                Pattern("voluntary_medical_insurance_policy", _DMS_POLICY.pattern, 0.95),
                # below a cued kind's score: a licence or a passport after a certificate's noun keeps its own type
                Pattern("official_certificate", _CERTIFICATE.pattern, 0.85),
                Pattern("lettered_number_after_a_document", _LETTERED_AFTER_A_DOCUMENT.pattern, 0.9),
                Pattern("tachograph_card", TACHOGRAPH_CARD, 0.9),
                Pattern("international_driving_permit", DRIVING_PERMIT, 0.9),
                Pattern("passenger_customs_declaration", PASSENGER_DECLARATION, 0.9),
                # below a cued kind's score: an INN or an account that also passes the check keeps its own type
                Pattern("personal_code_by_its_check", PERSONAL_CODE_BY_CHECK, 0.6)]
    CANDIDATES_ARE_PATTERN_MATCHES = True  # find_candidates only trims and filters its patterns' matches
    CONTEXT_SCORE = 0.95
    # the same cues before a number in a key: value line, a table, an answer (recognizers/base.py)
    CUE_NUMBERS = ((r"(?:" + DOCUMENT_WORDS + r")(?:\s*(?:серия|серии|номер|№))*", 6, 14),
                   # a table's column or a key naming the worker's tab number ("Таб.№;ФИО;…" over its rows)
                   (r"(?:" + TAB_NUMBER_WORDS + r")(?:\s*№)?", 3, 8),
                   # a column or a key naming an employee's document ("Медкнижка", "№ трудовой книжки")
                   (r"(?:" + EMPLOYEE_DOCUMENT_WORDS + r")(?:\s*(?:серия|серии|номер|№))*", 5, 16),
                   # a certificate's noun (CERTIFICATE_WORDS): its number said or answered, a series' letters said by
                   # their names between its digits ("справку старую 0324 119 246", "номер справки? — серия 0 3 вэ у
                   # 204 518")
                   (r"(?:" + CERTIFICATE_WORDS + r")(?:\s*(?:серия|серии|номер|№))*", 5, 14),
                   ) + tuple((r"(?:" + words + r")(?![а-яёa-z])", fewest, most)
                             for _, words, fewest, most in FOREIGN_PERSONAL_CODES)
    # a series' letters may stand between its digits, written or said by their names ("03 ВУ 204518",
    # "0 3 вэ у 204 518"); a series before the digits is a word of its own, never the end of one ("серия 0 3": not "ия")
    CUE_VALUE = (r"(?:(?<![а-яёa-z])" + _SERIES + r"[\s\-]?(?:(?:№|номер)\s?)?)?\d(?:[ \-]?\d)*"
                 r"(?:\s?(?:(?-i:[А-ЯЁ]{2})|" + SPOKEN_LETTER + r"\s+" + SPOKEN_LETTER + r")\s?№?\s?\d(?:[ \-]?\d)*)?")

    def cue_value_ok(self, value: str) -> bool:
        # a company's free line after "Справки:" ("for inquiries", 8 800 …) is no one's document (pii_c): only eleven
        # digits written as a phone's, 8/7 apart from 800 ("8 800 …", "+7-800…", "8800 …"); review stop 54 (kinds,
        # F2): any value from 800 had been dropped, and a code of anyone born in 1980 (ЕГН 8001231230, РНОКПП …) left
        digits = number_value(value)
        return not (len(digits) == 11 and is_toll_free(digits) and _TOLL_FREE_WRITTEN.match(value.strip()))

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        # the document's name is the label, not the value: the span is the number (the first group); a bare shape
        # needs a document or a country named before it
        results = super().find_candidates(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            piece = text[result.start:result.end]
            if _PERSONAL_CODE_BY_CHECK.fullmatch(piece):
                if personal_code_checks(piece):
                    kept.append(result)
                continue  # an uncued number whose check fails is left to the other kinds
            certificate = _CERTIFICATE.fullmatch(piece)
            if certificate:
                group = next(g for g in (1, 2, 3) if certificate.start(g) >= 0)
                value = certificate.group(group)
                digits = number_value(value)
                if not any(ch.isdigit() for ch in value) or (value.replace(" ", "").replace("-", "").isdigit() and (
                        is_phone_digits(digits) or len(digits) == 11 and digits[0] in "78")):
                    continue  # a phone after "справку о звонках", an office's line after "Справки:" (8 800 …) is a phone's
                offset = result.start
                result.start, result.end = offset + certificate.start(group), offset + certificate.end(group)
                kept.append(result)
                continue
            dms = _DMS_POLICY.fullmatch(piece)
            if dms and sum(ch.isdigit() for ch in dms.group(1)) < _DMS_DIGITS and not any(
                    regex.fullmatch(piece) for regex in (_CUED, _LETTERED_AFTER_A_DOCUMENT)):
                continue  # "полис ДМС на 30 сотрудников": no policy's number
            for regex in (_CUED, _LATIN_SERIES, _NAMED_PASSPORT, _INTERNATIONAL_SHAPE, _PERSONAL_CODE, _COUNTRY_CODED, _NEIGHBOURS_LICENCE,
                          _LETTERED_AFTER_PASSPORT, _WORK_NUMBER, _DMS_POLICY, _LETTERED_AFTER_A_DOCUMENT,
                          _EMPLOYEE_DOCUMENT, _EMPLOYEE_DOCUMENT_ON):
                match = regex.fullmatch(piece)
                if match:
                    group = 1 if match.start(1) >= 0 else 2  # _WORK_NUMBER: a tab number's, or a pass's
                    result.start, result.end = result.start + match.start(group), result.start + match.end(group)
                    break
            else:
                if not names_a_document_before(text, result.start) and not any(
                        re.fullmatch(shape, piece) for shape in (CODICE_FISCALE, EMPLOYMENT_RECORD_SHAPE, TACHOGRAPH_CARD,
                                                                 DRIVING_PERMIT, PASSENGER_DECLARATION)):
                    continue
            kept.append(result)
        return kept + self._rest_of_lists(text, kept)

    def _rest_of_lists(self, text, kept):
        """The numbers listed after a foreign document's number that holds a Latin letter or follows a state's code:
        each the same kind's (_NEXT_IN_LIST)."""
        out = []
        for result in kept:
            value = text[result.start:result.end]
            if not (re.search(r"[A-Z]", value) or _COUNTRY_CODED.search(text, max(0, result.start - 6), result.end)):
                continue
            end = result.end
            while (following := _NEXT_IN_LIST.match(text, end)) is not None:
                out.append(make_result(self, self.ENTITY, following.start(1), following.end(1), result.score,
                                       "the next number of a list of foreign documents"))
                end = following.end()
        return out


KIND = Kind("ID_DOCUMENT", (IdDocumentRecognizer,), canonical, hint=HINT)


@functools.cache
def recognizer_of_documents() -> IdDocumentRecognizer:
    """The kind's own recognizer, whose name a result found outside it carries (long_number.record_numbers: a shape
    beside its holder's name), as every ID_DOCUMENT result does."""
    return IdDocumentRecognizer()
