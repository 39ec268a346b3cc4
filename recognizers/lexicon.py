"""Word lists several kinds and both policies read, kept once: month stems and names, legal forms (short and
spelled out), initials, Latin-to-Cyrillic.

Street words and the words naming an address's parts live with the address kind (recognizers/address.py:
STREET_WORDS, ADDRESS_PART_WORDS); what a phone number is, with the phone kind (recognizers/phone.py); item 9's
service numbers are policy data (policies/lists.yaml).
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple
from guard.analysis import ReadOnceAWhole

# Words that say a contract is closed (the instruction's opening rule: a contract terminated more than 5 years ago),
# as pymorphy2's normal forms: the checker's reading of a line (guard/disclosure/sense.py) and the card policy's
# reading of a termination stated outside contract.status (guard/policy/termination.py).
CLOSED_LEMMAS: frozenset[str] = frozenset({"закрыть", "закрытый", "расторгнуть", "расторгнутый", "прекратить",
                                           "прекращённый", "прекращенный", "аннулировать", "аннулированный",
                                           "денонсировать", "денонсированный"})
# The same closings named as an event, pymorphy2's normal forms of the verbs' nouns: a contract's end recorded as a
# noun ("расторжение договора 01.01.2015", "дата расторжения", "прекращение", "аннулирование": red team bb28, f01)
CLOSING_NOUN_LEMMAS: frozenset[str] = frozenset({"расторжение", "прекращение", "аннулирование", "аннуляция",
                                                 "закрытие", "денонсация", "денонсирование"})
# The closings that speak of a contract alone, whatever else the text names: one terminates (расторгает) a contract
CONTRACT_CLOSING_LEMMAS: frozenset[str] = frozenset({"расторгнуть", "расторгать", "расторгнутый", "расторжение",
                                                     "денонсировать", "денонсированный", "денонсация",
                                                     "денонсирование"})
# What undoes a closing named as a noun in its clause: «расторжение отменено», «отмена расторжения», «прекращение
# отозвано» (red team bb30, f05: a cancelled closing keeps the card live; a closing's past form is the event itself
# and no cancelling word beside it undoes it)
CANCELLING_LEMMAS: frozenset[str] = frozenset({"отменить", "отменять", "отмена", "отозвать", "отзывать", "отзыв",
                                               "отклонить", "отклонять", "отказать", "отказывать"})


class EndingEvent(NamedTuple):
    """One way a contract ends besides being closed (red team bb29, f01): its verbs as pymorphy2's normal forms without
    «-ся» (every form is read — past, participle full or short, reflexive: guard/policy/termination.py
    `_ending_event`), its nouns, and the words one of which must stand in the same clause to complete it (none: the
    event needs nothing more) — «утратил силу», «перешёл к другому оператору»."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    needs: frozenset[str] = frozenset()
    toward: frozenset[str] = frozenset()  # the prepositions a needed word follows: «к другому оператору», not «от МТС»


# The event of ending a contract or a number (the instruction's opening rule), by kind: it ends, it expires, it loses
# force, it leaves for another operator (MNP). Said of the contract, its validity or the number (termination.py reads
# which word is the event's subject or object); the closings above are the fifth kind.
_OTHER_NETWORK = frozenset({"оператор", "сеть", "провайдер"})
ENDING_EVENTS: dict[str, EndingEvent] = {
    "ends": EndingEvent(frozenset({"окончить", "оканчивать", "закончить", "заканчивать", "кончить", "кончать",
                                   "завершить", "завершать", "прекращать"}),
                        frozenset({"окончание", "завершение", "конец"})),
    "expires": EndingEvent(frozenset({"истечь", "истекать", "выйти", "выходить"}), frozenset({"истечение"})),
    "loses force": EndingEvent(frozenset({"утратить", "утрачивать", "потерять", "терять", "лишить", "лишать"}),
                               frozenset({"утрата", "потеря"}), frozenset({"сила", "актуальность"})),
    "leaves": EndingEvent(frozenset({"уйти", "уходить", "перейти", "переходить", "перенести", "переносить", "перевести",
                                     "переводить", "портировать", "мигрировать"}),
                          frozenset({"уход", "переход", "перенос", "перевод", "портирование", "портация", "миграция"}),
                          _OTHER_NETWORK, frozenset({"к", "ко", "в", "во", "на"})),  # and a carrier (CARRIERS below)
    # «Абонент сменил оператора»: the other network is the change's object
    "changes operator": EndingEvent(frozenset({"сменить", "менять", "поменять"}), frozenset(), _OTHER_NETWORK),
    # Red team bb30, f05: the number or the service released («номер освобождён», «возвращён в пул»), given to
    # another person («переоформлен на другое лицо», «передан другому абоненту»), cut off for good («отключён
    # навсегда»: an adverb completes it on either side), given up by the subscriber («отказался от услуг связи»),
    # its owner dead («абонент скончался»)
    "released": EndingEvent(frozenset({"освободить", "освобождать", "высвободить", "высвобождать"}),
                            frozenset({"освобождение", "высвобождение"})),
    "returned to the pool": EndingEvent(frozenset({"вернуть", "возвращать", "возвратить"}),
                                        frozenset({"возврат", "возвращение"}),
                                        frozenset({"пул", "резерв", "продажа", "свободный"}),
                                        frozenset({"в", "во", "на"})),
    "passes to another": EndingEvent(frozenset({"переоформить", "переоформлять", "перерегистрировать", "передать",
                                                "передавать", "переуступить", "уступить", "переписать"}),
                                     frozenset({"переоформление", "перерегистрация", "передача", "переуступка"}),
                                     frozenset({"другой", "новый", "третий", "иной", "чужой", "посторонний"})),
    "cut off for good": EndingEvent(frozenset({"отключить", "отключать", "заблокировать", "блокировать",
                                               "деактивировать", "выключить"}),
                                    frozenset({"отключение", "блокировка", "деактивация"}),
                                    frozenset({"навсегда", "окончательно", "безвозвратно", "насовсем", "бессрочно"})),
    "gives up the service": EndingEvent(frozenset({"отказаться", "отказываться"}), frozenset(),
                                        frozenset({"связь", "обслуживание", "договор", "контракт", "номер"})),
    "owner dies": EndingEvent(frozenset({"скончаться", "умереть", "умирать", "погибнуть"}),
                              frozenset({"смерть", "кончина", "гибель"})),
}
# The events said of the subscriber as well as of the contract or the number («абонент перешёл в МТС», «абонент
# скончался», «абонент отказался от услуг связи»)
SUBSCRIBERS_EVENTS: frozenset[str] = frozenset({"leaves", "changes operator", "gives up the service", "owner dies"})
# What a contract holds that ends, is closed, blocked or cut off while the contract lives (stop 56: «Старая SIM
# заблокирована навсегда» refused a live card): its SIM card, a tariff, a tariff option, a service package, a promo, a
# discount, a subscription, and a block or a suspension (a temporary measure: a block that ends is the block's end).
# Read as pymorphy2's normal forms of the thing an ending is said of — the event's subject or object by the note's
# syntax (guard/policy/termination.py `_ends_another_thing`); the customer's devices are guard/disclosure/about.py's
# CUSTOMERS_EQUIPMENT. Only for a part blocked, closed, expired, ended or cut off (review s56 f1: a SIM passed on,
# ported or returned to the pool carries the number). Not a bare «карта» («Карта клиента закрыта»: review s56 f4),
# not «услуга» («услуги связи прекращены» is the number's service) nor «телефон» (a number's everyday name): a thing
# that may be the contract's own stays its end (fail closed).
PARTS_THAT_END_ALONE: frozenset[str] = frozenset({
    "сим", "sim", "симка", "сим-карта", "симкарта", "esim", "тариф", "опция", "пакет", "акция", "промо",
    "промоакция", "промокод", "скидка", "бонус", "подписка", "блокировка", "приостановка", "пауза",
})
# A live state's words (normal forms): negated («не действует», «недействителен», «неактивен») the contract is over;
# limited by a past date («действовал до 01.01.2015») it ended then
# The contract's end said in the languages of Russia's neighbours and its own republics (red team bb32, f01: «Договір
# розірвано», «Дагавор скасаваны» left the card of a contract ended in 2015 shown): the stems of the words saying the
# contract was terminated, cancelled, closed or stopped, and of the words naming the contract or the number — each
# folded as guard/normalize.py `folded_other_letters` folds a word (lowercase; ә а, ү у, ө о, і и, ў у, қ к, ғ г, ə e;
# marks dropped: "rozwiązana" "rozwiazana"). termination.py reads a note with an ending's stem as a closing
# (`_neighbours_closing`); a note in a language it does not read at all is read by its dates (fail closed).
NEIGHBOURS_ENDING_STEMS: tuple[str, ...] = (
    "розирв", "припинен", "припинив", "припинил", "скасов", "скасува", "анульов", "закрит", "закинч", "розторг",
    "rozirv", "prypynen", "skasov",  # Ukrainian, and in Latin letters
    "скасаван", "скасав", "спынен", "спыни", "растаргн",  # Belarusian
    "бузыл", "токтатыл", "жабыл", "аяктал", "жойыл", "buzyl", "toqtatyl", "zhabyl", "jabyl", "ayaqtal",  # Kazakh
    "бекор", "bekor", "тухтатил", "to'xtatil", "toxtatil", "тугатил", "tugatil", "ёпил", "yopil", "тугад", "tugad",
    "тугаган", "tugagan",  # Uzbek
    "бузул", "токтотул", "жокко",  # Kyrgyz
    "туктатыл", "ябыл", "озелде",  # Tatar, Bashkir
    "катъ", "хотима",  # Tajik ("бекор" above)
    "legv", "xitam", "baglandi", "baglanib", "dayandiril", "легв", "хитам", "багланды", "багланыб", "bitdi", "bitib",
    "bitmis", "битди",  # Azerbaijani
    "feshedil", "iptal", "sonlandiril", "kapatil", "kapandi", "bitti",  # Turkish
    "լուծ", "դադարեց", "փակվ", "չեղարկ", "чегарк", "cheghark", "cheghark", "луцв", "дадарец", "паквац", "lutsv", "luts'v", "dadarets", "pakvats",  # Armenian
    "შეწყვეტ", "გაუქმებ", "დახურ", "шецквет", "гаукмеб", "дахурул", "shetsqvet", "gauqmeb", "dakhurul",  # Georgian
    "rozwiazan", "wypowiedzian", "zamknie", "anulowan", "wygas", "zakonczon",  # Polish
    "reziliat", "incetat", "anulat", "inchis",  # Romanian, Moldovan
    "ukoncen", "zrusen", "nutraukt", "izbeigt", "lopetet", "lopetatud",  # Czech, Slovak, Lithuanian, Latvian, Finnish
)
# The number leaving for another operator (MNP) in the neighbours' words: "another" right before the operator's word
# («до іншого оператора», «басқа операторға», «boshqa operatorga», «başqa operatora», «այլ օպերատոր»)
NEIGHBOURS_ANOTHER_STEMS: tuple[str, ...] = ("иншо", "инша", "иншы", "баска", "бошка", "boshqa", "basqa", "baska",
                                             "башка", "այլ", "სხვა", "skhva", "схва", "inny", "innego", "innej", "alt")
OPERATOR_STEMS: tuple[str, ...] = ("оператор", "аператар", "operator", "օպերատոր", "ოპერატორ", "провайдер", "provider",
                                   "siec")  # Polish «do innej sieci»
NEIGHBOURS_CONTRACT_STEMS: tuple[str, ...] = (
    "договир", "dohovir", "dogovir", "uhod", "угод", "дагавор", "кантракт", "пагадненн", "номир", "нумар",  # Ukrainian, Belarusian
    "келисимшарт", "kelisimshart", "шарт", "келишим", "килешу", "шартнома", "shartnoma", "шартнама", "каррордод", "raqam", "ракам",
    "muqavil", "мугавил", "sozlesme", "abone", "пайманагир", "paymanagir", "պայմանագ", "համար", "хелшекрулеб",
    "khelshekruleb", "xelshekruleb", "ხელშეკრულებ", "ნომერ", "umow", "numer", "contract", "kontrakt", "zmluv",
    "smlouv", "sutart", "ligum", "sopimus",
)


LIVE_STATE_LEMMAS: frozenset[str] = frozenset({"действовать", "действительный", "действующий", "активный",
                                               "актуальный"})

# Verbs of telling a value (lemmas): naming, saying, dictating, voicing, giving, showing or disclosing it ("назовите",
# "не сообщаем", "продиктую", "не озвучиваем", "не подскажу"). One list for every reader of an act of telling: the speech
# checker's refusal under negation (guard/disclosure/sense.py: _TELL, less "говорить": «говорят, что …» tells no value),
# the operator's own giving and withholding (guard/disclosure/frames.py: _GIVE, _WITHHOLD with the words a refusal is
# said with), and a Flash ban's acts (TELLING_LEMMAS below).
TELLING_VERBS: frozenset[str] = frozenset({
    "назвать", "называть", "сказать", "говорить", "сообщить", "сообщать", "продиктовать", "диктовать", "озвучить",
    "озвучивать", "предоставить", "предоставлять", "раскрыть", "раскрывать", "разглашать", "разгласить", "подсказать",
    "подсказывать", "дать", "давать", "выдать", "выдавать", "показать", "показывать"})
# What a ban in the Flash may be about (Инструкция запретов, п. 4: the contact person's ФИО "если нет соответствующего
# запрета во Flash"; red team bb29, f02), read by guard/policy/flash.py: the acts of telling (TELLING_VERBS, the verbs of
# passing and mentioning, and their nouns, normal forms) — a ban on telling with no object of its own could concern
# anyone —, a person's name and data, and the ban's own words (the words around what it bans)
TELLING_LEMMAS: frozenset[str] = TELLING_VERBS | frozenset({
    "передать", "передавать", "упоминать", "упомянуть", "информировать", "называние", "сообщение", "разглашение",
    "озвучивание", "раскрытие", "предоставление", "передача", "выдача", "информирование", "упоминание"})
PERSON_DATA_WORDS: frozenset[str] = frozenset({"фио", "имя", "фамилия", "отчество", "данные", "информация", "сведения",
                                               "контакт", "контакты", "кто", "чей"})
BAN_LEMMAS: frozenset[str] = frozenset({"запрет", "запретить", "запрещать", "запрещение", "запрещённый", "запрещенный",
                                        "ограничение", "ограничить", "ограничивать", "скрыть", "скрывать", "нельзя"})

# The stems every case of a month's name begins with, January first ("марта", "мае" -> "март", "ма").
MONTH_STEMS: tuple[str, ...] = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
                                "ноябр", "декабр")
# The genitive a date is written with and the nominative, January first: ("марта", "март"), ("мая", "май").
_MONTH_NAMES_IRREGULAR = {"март": ("марта", "март"), "ма": ("мая", "май"), "август": ("августа", "август")}
MONTH_NAMES: tuple[tuple[str, str], ...] = tuple(_MONTH_NAMES_IRREGULAR.get(stem, (stem + "я", stem + "ь"))
                                                 for stem in MONTH_STEMS)
# A month's adjective, January first ("мартовский", "майский", "июльская"): the month said of someone born in it
# ("Вы мартовский?": red team bb21, open) — lemmas, the ending by the stem's last sound.
_MONTH_ADJECTIVE_ENDINGS = {"январ": "ский", "ма": "йский", "март": "овский", "август": "овский"}
MONTH_ADJECTIVES: frozenset[str] = frozenset(stem + _MONTH_ADJECTIVE_ENDINGS.get(stem, "ьский") for stem in MONTH_STEMS)
# Written abbreviations of a month in a date: "5 сент. 1990", and the standard ones (ГОСТ Р 7.0.12: "февр.", "нояб.")
# a form or an office's letter writes: "22 февр. 1980 г.".
MONTH_ABBREVIATIONS: tuple[str, ...] = ("янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт",
                                        "ноя", "нояб", "дек")
# A month's name in English and its abbreviations, January first ("March", "Mar"; "Sept" beside "Sep"): a date
# written in English in a note ("DOB March 12, 1980", "12-MAR-80").
ENGLISH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"))
# A month's name in the neighbours' languages a customer writes in, January first: Ukrainian (the nominative and the
# genitive a date is written with: "12 березня 1980"), Belarusian (the genitive), Kazakh (one form: "12 наурыз 1980").
# Read with the English ones wherever a date's month word is (recognizers/birth_date.py).
NEIGHBOURS_MONTHS: tuple[tuple[str, ...], ...] = (
    ("січень", "січня", "студзеня", "қаңтар"), ("лютий", "лютого", "лютага", "ақпан"),
    ("березень", "березня", "сакавіка", "наурыз"), ("квітень", "квітня", "красавіка", "сәуір"),
    ("травень", "травня", "мамыр"), ("червень", "червня", "чэрвеня", "маусым"),
    ("липень", "липня", "ліпеня", "шілде"), ("серпень", "серпня", "жніўня", "тамыз"),
    ("вересень", "вересня", "верасня", "қыркүйек"), ("жовтень", "жовтня", "кастрычніка", "қазан"),
    ("листопад", "листопада", "лістапада", "қараша"), ("грудень", "грудня", "снежня", "желтоқсан"))
# A month in Roman numerals, January first, as a date is written on a form ("12.III.1980", "12 III 80").
ROMAN_MONTHS: tuple[str, ...] = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# A month by its ordinal, January first, as the number reader leaves a lone ordinal: "шестой месяц", "месяц шестой"
# (regex stems: recognizers/card_expiry.py, birth_date.py)
MONTH_ORDINAL_STEMS: tuple[str, ...] = ("перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят",
                                        "десят", "одиннадцат", "двенадцат")

# Legal forms around an organization's name: "ООО «Ромашка»" is Ромашка, "ИП Ковалёв" is Ковалёв.
LEGAL_FORMS: frozenset[str] = frozenset({
    "ооо", "оао", "зао", "пао", "ао", "нао", "ип", "пбоюл", "нко", "ано", "фгуп", "гуп", "муп", "гбу", "мбу", "тоо",
    "ltd", "llc", "inc",
})
# The same forms spelled out, each with its short form, longest first so that "публичное акционерное общество" goes
# before "акционерное общество".
LEGAL_FORM_SHORT: dict[str, str] = {
    "публичное акционерное общество": "пао", "закрытое акционерное общество": "зао",
    "открытое акционерное общество": "оао", "непубличное акционерное общество": "нао", "акционерное общество": "ао",
    "общество с ограниченной ответственностью": "ооо", "индивидуальный предприниматель": "ип",
    "некоммерческая организация": "нко",
}
LEGAL_FORM_PHRASES: tuple[str, ...] = tuple(LEGAL_FORM_SHORT)
# What a CRM writes in a name's field when it has no name: "Неизвестно", "Не указано", "Нет данных", "Null", "Test",
# "Аноним", the field's own label ("Фамилия") — lemmas and Latin words, read by guard.identification.names_no_one.
# Such a value names nobody: it identifies no caller (red team bb18, f10), as "-" or an empty field does not.
NO_NAME_WORDS: frozenset[str] = frozenset({
    "не", "нет", "неизвестный", "неизвестно", "указать", "данные", "отсутствовать", "пустой", "пусто", "прочерк",
    "аноним", "анонимный", "тест", "тестовый", "фамилия", "имя", "отчество", "фио", "клиент", "абонент",
    "null", "none", "nil", "na", "n", "a", "unknown", "undefined", "empty", "test", "anonymous", "noname", "x", "xx", "xxx",
})
# A sole proprietor's form is followed by a person's name ("ИП Ковалёв Иван"): personal data, not a company.
SOLE_PROPRIETOR_FORMS: frozenset[str] = frozenset({"ип", "пбоюл"})

# A surname with initials: "Иванов И.П.", "Иванов И." (the surname is group 1) and "И.П. Иванов". The surname may be
# glued to an abbreviation's dot ("Кл.Гвоздь В.А."), never to an initial's ("И.Петров В." is read from "И.").
INITIALS_AFTER = re.compile(
    r"(?<!\w)(?<![^\w][А-ЯЁ]\.)(?<!^[А-ЯЁ]\.)(?<!\.\.)([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?(?![а-яёА-ЯЁ])")
INITIALS_BEFORE = re.compile(r"(?<![\w.])[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w])")
# A surname in capitals with dotted initials, as a register, a scanned form or a caps-lock note writes it: "ГУСЕЙНОВ
# Э.Р.", "ВЛАДЕЛЕЦ: ТАРАКАНОВ В.В.", "ЗАХАРОВА О. Н." (the surname is group 1; person.py asks whether it reads as one).
CAPITALS_WITH_INITIALS = re.compile(
    r"(?<![\w.])([А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)[ \t]+[А-ЯЁ]\.[ \t]?(?:[А-ЯЁ]\.?)?(?![\w])")
# Initials typed without dots, as the quickest CRM note has them (red team bb11 08): "Шестопалов ПС", "Кравец МО",
# "Шестопалов П С" (the surname is group 1, the initials group 2) and "ПС Шестопалов" (initials 1, surname 2); not the
# last letters of a spaced label ("Ф И О  Салахов").
DOTLESS_INITIALS_AFTER = re.compile(
    r"(?<![\w.])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t]+([А-ЯЁ][ \t]?[А-ЯЁ])(?![\w])")
DOTLESS_INITIALS_BEFORE = re.compile(
    r"(?<![\w.])(?<![А-ЯЁ][ \t])([А-ЯЁ][ \t]?[А-ЯЁ])[ \t]+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w])")
# Two capital letters that abbreviate a word, not initials, before a name-like word: a company's form ("ИП Кравец"),
# a place ("ЖК Суворов"), a region. After a surname they are initials all the same ("Кравец МО": Мария Олеговна).
LETTER_PAIR_ABBREVIATIONS: frozenset[str] = frozenset({
    "рф", "мо", "ло", "рб", "рт", "рк", "жк", "тц", "бц", "тк", "дк", "ск", "гк", "сп", "гу", "цб",
    "тв", "пк", "ок", "тп", "чп", "жд", "вк", "мк", "ст", "нп", "сш", "сц", "вч",
}) | frozenset(form for form in LEGAL_FORMS if len(form) == 2)
# Abbreviations of three letters or more, read by their letters, that stand before or after a person's name and are
# no part of it: a housing or garden partnership ("ТСЖ Иванов", "ЖСК Петрова Анна Ивановна", "СНТ", "ГСК"), a
# district hospital NER glues to a name ("хирургу Краснояровской ЦРБ Руслану …"). A closed list, not a shape: a word
# without a vowel may be a name cut short or spelled ("имя грнч"), which stays masked (person._letter_abbreviation).
LETTER_ABBREVIATIONS: frozenset[str] = frozenset({
    "тсж", "тсн", "жск", "гск", "снт", "днт", "днп", "црб", "пск", "мкд", "мфц",
})
# Two written initials, wherever they stand: "И.П.", "И. П." (a surname may be anywhere near, or in capitals).
DOTTED_INITIALS = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.")
# A surname cut short with a full stop before two dotted initials, as a CRM abbreviates a name: "Верш. Г. А." (red
# team bb9, 14) — the initials make the cut word a name whatever it reads as alone ("Тихо. В. О."); not initials that
# open the next name ("Спасибо. В. Н. Петрова").
# Its middle may be left out for a hyphen instead, as chat shorthand writes it: "В-в П.С." (red team bb10, 12).
CUT_NAME_WITH_INITIALS = re.compile(r"(?<![\w.])[А-ЯЁ](?:[а-яё]{2,}\.|[а-яё]{0,3}-[а-яё]{1,3})\s?" + DOTTED_INITIALS.pattern
                                    + r"(?!\s?[А-ЯЁ][а-яё])")
# Initials glued to a surname or spoken as letters, any case: "в.зворыкина", "а с пушкина".
INITIALS_LOOSE = re.compile(
    r"(?<![\w.])(?P<initials>[а-яёА-ЯЁ](?:\.\s?|\s)(?:[а-яёА-ЯЁ](?:\.\s?|\s))?)(?P<surname>[а-яёА-ЯЁ][а-яё]{2,})(?![\w])")
# Dotted initials after a surname in any case, as lowercased or hastily typed text has them: "белый ю.а.",
# "ким в.", "шмидт е. к." (the surname is group 1, the initials group 2).
# The word may be a surname typed in Latin letters ("kuznetsova н.в.", "Petrov в.и."; issue 15, stop 54): the initials
# are Cyrillic still.
INITIALS_AFTER_LOOSE = re.compile(
    r"(?<![\w.])([а-яёА-ЯЁ][а-яё]{1,}(?:-[а-яёА-ЯЁ][а-яё]+)?|[a-zA-Z][a-z]{2,}(?:-[a-zA-Z][a-z]+)?)"
    r"\s+([а-яёА-ЯЁ]\.(?:\s?[а-яёА-ЯЁ]\.)?)(?![\w])")
# Two dotted letters that abbreviate a word, not initials: "г.р." (год рождения), "д.р.", "т.е.", "т.к.", "и.о.".
DOTTED_ABBREVIATIONS: frozenset[str] = frozenset({
    "г.р.", "д.р.", "т.е.", "т.к.", "т.д.", "т.п.", "т.ч.", "и.о.", "р.с.", "л.с.", "н.э.", "с.г.", "м.б.", "к.т.",
    "ж.д.", "з.п.", "н.в.", "т.н.", "ч.т.", "п.п.", "в.т.", "с.м.", "e.g.", "i.e.", "p.s.", "a.m.", "p.m."})
# A single dotted letter that is the abbreviation of a word ("г." город/год, "д." дом, "кв", "т." телефон, "р." рубль)
# more often than an initial.
ABBREVIATING_LETTERS: frozenset[str] = frozenset("гдскплтрмчшу")

# Latin spellings of Russian and neighbouring names back to Cyrillic, longest first. "sch" is ш (Schneider,
# Schmidt: the names that are spelled so); a Russian щ is written "shch".
TRANSLIT: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("sch", "ш"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("tz", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("yo", "ё"), ("iy", "ий"), ("yi", "ый"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("y", "ы"),
    ("x", "кс"), ("q", "к"))
_TRANSLIT_RE = re.compile("|".join(latin for latin, _ in TRANSLIT))
_TRANSLIT_MAP = dict(TRANSLIT)


def latin_spellings(stem: str) -> str:
    """A regex of every Latin typing of a Cyrillic stem that `latin_to_cyrillic` reads back as it, from TRANSLIT itself
    (its pairs read the other way): "код" -> "(?:k|c|q)od", "пароль" -> "parol'?" — so a kind's cue words typed in
    translit ("kod:4821", "kodom", "parol") are found by the same list the Cyrillic cue is, no second spelling of it."""
    spellings: dict[str, list[str]] = {}
    for latin, cyrillic in TRANSLIT:
        spellings.setdefault(cyrillic, []).append(latin)
    out = ""
    for letter in stem.lower():
        if letter == "ь":
            out += "['’]?"  # the soft sign, dropped or written as an apostrophe
        elif len(spellings.get(letter, ())) == 1:
            out += spellings[letter][0]
        elif letter in spellings:
            out += "(?:" + "|".join(sorted(spellings[letter], key=len, reverse=True)) + ")"
        else:
            out += re.escape(letter)
    return out


def latin_to_cyrillic(word: str) -> str:
    """The usual Russian reading of a Latin word, lowercase: "ivanov" -> "иванов", "schmidt" -> "шмидт"."""
    return _TRANSLIT_RE.sub(lambda m: _TRANSLIT_MAP[m.group()], word.lower())


def _latin_bases() -> dict[int, str]:
    """Each Latin letter with a mark (Latin-1, Extended-A and -B, Extended Additional) and its letter without the mark,
    from the Unicode database; the few letters that hold no separable mark ("ø", "ł", "đ", "ß", "ə") by their usual
    reading ("ə" of Azerbaijani names as "e": "Əliyev"). One character for one."""
    table = {ord(char): base for char, base in zip("øØłŁđĐßħĦıəƏ", "oOlLdDshHieE")}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


_LATIN_BASES = _latin_bases()


def without_latin_marks(text: str) -> str:
    """`text` with every Latin letter read without its mark, the same length (each offset stays an offset of `text`):
    "Ondřej Kratochvíl", "Tomáš Hrubý", "Rūta Kazlauskaitė" read as "Ondrej Kratochvil", ... — how a Russian reader
    reads a foreign name, and what the Latin-name rules and the dictionary spell back (latin_to_cyrillic)."""
    return text.translate(_LATIN_BASES) if not text.isascii() else text


# The other ways a Russian name is written in Latin letters, as changes to TRANSLIT (red team bb5, 23): "c" and "tc" for
# ц («Kuznecov», «Kuznetcov»: ISO 9 without its marks, hurried typing); the French «Kouznetsov», «Tchaikovski»; the German
# «Kusnezow», «Tschaikowski».
TRANSLIT_SCHEMES: tuple[tuple[tuple[str, str], ...], ...] = (
    (("tc", "ц"), ("c", "ц")),
    (("tch", "ч"), ("ch", "ш"), ("ou", "у"), ("dj", "дж"), ("j", "ж")),
    (("tsch", "ч"), ("sch", "ш"), ("ch", "х"), ("ss", "с"), ("s", "з"), ("z", "ц"), ("j", "й")),
)


def _scheme(changes: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, dict[str, str]]:
    table = {**_TRANSLIT_MAP, **dict(changes)}
    return re.compile("|".join(sorted(table, key=len, reverse=True))), table


_SCHEMES = ((_TRANSLIT_RE, _TRANSLIT_MAP), *map(_scheme, TRANSLIT_SCHEMES))


# A soft sign the Latin spelling drops or writes as "i"/"y" before a vowel (ICAO and passport spellings): after a
# consonant, "и"/"ы"/"й" before a vowel, or a bare "е"/"ё", read as "ь" + the vowel.
_SOFT_SIGN_SPELT = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:[иый](?=[аеёоуюя])|(?=[её]))")


def latin_readings(word: str) -> set[str]:
    """Every Russian reading of a Latin word (or of the Latin letters of a word mixing scripts, «Кузнецоff») under the
    usual table and each scheme of TRANSLIT_SCHEMES, lowercase; the French «-off» (and a Latin «-ff» after Cyrillic)
    read as «-ов» too: "Kusnezow", "Kouznetsov", "Kuznecov", "Kuznetsoff" -> {..., "кузнецов"}."""
    lowered = word.lower()
    readings = {pattern.sub(lambda m: table[m.group()], lowered) for pattern, table in _SCHEMES}
    readings |= {reading[:-2] + "в" for reading in readings if reading.endswith("фф")}
    # the soft sign written as an apostrophe ("Mel'nik": the scholarly and BGN schemes), or dropped after "l" before a
    # consonant ("Melnik": Мельник; red team bb22, f02)
    readings = {reading.replace("'", "ь").replace("’", "ь") for reading in readings} | readings
    readings |= {_SOFT_L_DROPPED.sub("ль", reading) for reading in readings}
    # "y" after a vowel is "й" ("Smirnovoy", "Sergey", "Nikolay": Смирновой, Сергей, Николай; red team bb23, f02)
    readings |= {_Y_AFTER_VOWEL.sub("й", reading) for reading in readings}
    # the soft sign the spelling dropped or wrote as a vowel ("Vorobiev", "Vorobyov", "Vorobev": Воробьёв; red team bb12, 01)
    return readings | {_SOFT_SIGN_SPELT.sub("ь", reading) for reading in readings}


_SOFT_L_DROPPED = re.compile(r"л(?=[бвгджзкмнпрстфхцчшщ])")
_Y_AFTER_VOWEL = re.compile(r"(?<=[аеёиоуэюя])ы")

# THE definition of one word written in both scripts (issue 15: a passport's Latin spelling and the CRM's Cyrillic one
# side by side, "Dubois (Дюбуа)", "Zhou Xin (Чжоу Синь)", "Yılmaz = Йылмаз"): each spelling's consonants, by the sound
# classes one sound is written with across the conventions (English, French, German, Pinyin, Palladius, ICAO), doubles
# side by side as one, vowels, "й" and the signs dropped; the two skeletons alike (difflib's ratio) on some reading of the Latin word
# (latin_readings). A sound class: the hushing and hissing sounds one ("ж", "ш", "щ", "ч", "з", "с", "ц": "Zhou" /
# "Чжоу", "Xin" / "Синь"), the back ones ("к", "г", "х"), the labials ("б", "п"; "в", "ф"), "д" / "т".
_SOUND_CLASS = str.maketrans({**{letter: "s" for letter in "жшщчзсц"}, **{letter: "k" for letter in "кгх"},
                              "б": "b", "п": "b", "в": "v", "ф": "v", "д": "t", "т": "t", "л": "l", "м": "m", "н": "n",
                              "р": "r", **{letter: "." for letter in "аеёиоуыэюяй"},
                              "ь": "", "ъ": ""})
SPELLED_ALIKE_RATIO = 0.66


def consonant_skeleton(cyrillic: str) -> str:
    """A Cyrillic word's consonants by sound class, a run of one class side by side once ("лл", "чж"), vowels dropped
    after: "Ковальска" -> "kvlsk", "Мюллер" -> "mlr", "Баба" -> "bb"."""
    classes = cyrillic.lower().translate(_SOUND_CLASS)
    return "".join(ch for i, ch in enumerate(classes)
                   if ch.isascii() and ch.isalpha() and (i == 0 or classes[i - 1] != ch))


def spelled_alike(latin: str, cyrillic: str) -> bool:
    """Is the Latin word (or words) the Cyrillic one spelled in another script? Two consonants' classes at least in the
    Cyrillic skeleton, the first class the same, the skeletons alike (SPELLED_ALIKE_RATIO) on some reading of the Latin word."""
    import difflib
    target = consonant_skeleton(cyrillic)
    if len(target) < 2:
        return False
    readings = latin_readings(latin)
    for reading in readings | {reading.replace("кс", "с") for reading in readings}:  # Pinyin's "x" is "с"
        skeleton = consonant_skeleton(reading)
        if len(skeleton) >= 2 and skeleton[0] == target[0] \
                and difflib.SequenceMatcher(None, skeleton, target).ratio() >= SPELLED_ALIKE_RATIO:
            return True
    return False


# Cyrillic letters as a caller spells them, by their names: "эм ю" is МЮ, "ка бэ" is КБ, "эр у" (or "ар у") is РУ.
# The series of a birth certificate or an old driving licence is said so; the kinds that read it match SPOKEN_LETTER.
SPOKEN_LETTERS: dict[str, str] = {
    "а": "А", "бэ": "Б", "бе": "Б", "вэ": "В", "ве": "В", "гэ": "Г", "ге": "Г", "дэ": "Д", "де": "Д", "е": "Е",
    "жэ": "Ж", "же": "Ж", "зэ": "З", "зе": "З", "и": "И", "ка": "К", "эл": "Л", "эль": "Л", "эм": "М", "эн": "Н",
    "о": "О", "пэ": "П", "пе": "П", "эр": "Р", "ар": "Р", "эс": "С", "тэ": "Т", "те": "Т", "у": "У", "эф": "Ф",
    "ха": "Х", "цэ": "Ц", "це": "Ц", "че": "Ч", "ша": "Ш", "ща": "Щ", "э": "Э", "ю": "Ю", "я": "Я",
    # the names speech makes by the pattern of "бэ", "вэ" for the letters whose school names open with "э" ("нэ" for
    # "эн": red team bb15, 22) — no Russian word of their own
    "лэ": "Л", "мэ": "М", "нэ": "Н", "рэ": "Р", "сэ": "С", "фэ": "Ф",
    # the same letters' names as speech-to-text writes them with "е" for "э" (issue 15, stop 48: plates said in a taxi
    # drivers' line, "ха триста семнадцать ен о", "ем двести два ер ка"); "ем" is a verb's form too, no initial's name
    "ем": "М", "ен": "Н", "ер": "Р", "ес": "С",
}
# the names written with "е" are the endings of common words too ("номер", "адрес", "нужен"): a whole word only
_WORD_ENDING_NAMES = frozenset({"ем", "ен", "ер", "ес"})
SPOKEN_LETTER = (r"(?:(?<![^\W\d_])(?:" + "|".join(sorted(_WORD_ENDING_NAMES)) + r")|"
                 + "|".join(sorted(set(SPOKEN_LETTERS) - _WORD_ENDING_NAMES, key=lambda name: (-len(name), name))) + r")(?![а-яё])")
# The letters' names of two letters or more that are no Russian word of their own: said beside a name they are its
# initials ("а эс пушкин", "эс вэ кривенко", "лариса бэ"; recognizers/person.py: with_said_initials). Not "же", "те",
# "де" (particles and a pronoun), "ве", "бе", "ге", "зе", "пе", "це", "ар" (rarer spellings, words or word pieces too),
# "че" (speech's "что"), "ща" (speech's "сейчас"), "ем" (a verb's form: "я ем").
SAID_INITIAL_NAMES: frozenset[str] = frozenset(
    name for name in SPOKEN_LETTERS
    if len(name) > 1 and name not in {"же", "те", "де", "ве", "бе", "ге", "зе", "пе", "це", "ар", "че", "ща", "ем"})

# The client written short in a CRM note ("кл. Гусь просил …", "абон. Волк"): a capitalised word after one is named as
# a person whatever else it can be, like after "клиент" (recognizers/person.py: _naming_cue; red team bb2); right before
# the word: "на карту кл. 5536 ... 0400. Держатель" names no one.
CLIENT_ABBREVIATIONS = frozenset({"кл", "абон"})
# A citizen written short in a report ("со слов гр. Волк", "звонила гр-ка Сорока", "гр-н Заяц"): the honorific
# "гражданин"/"гражданка" (HONORIFICS) cut short, as strong a cue as the client's (red team bb16, 19)
CITIZEN_ABBREVIATION = r"(?<!\d)(?<!\d[ \t])гр(?:-(?:к[аеиу]|н[аеу]?))?"  # not grams: "5 гр."
CLIENT_ABBREVIATION_BEFORE = re.compile(r"(?<![а-яёa-z])(?:" + "|".join(sorted(CLIENT_ABBREVIATIONS)) + r"|"
                                        + CITIZEN_ABBREVIATION + r")\.?[ \t]+$", re.IGNORECASE)
# A person's role written short in a CRM note, with its dot ("сотр. Хомяков", "отв.Кудашев", "гл. бух. Синицына",
# "предст. Бублик", "ген. дир. Пак"): the role noun cut short (recognizers/person.py: _ROLE_STEMS), so a capitalised
# word right after one is named as after "клиент" (_naming_cue); with no dot ("дир" in a table's head) it is no cue.
# "нот. Зуева": a notary; "исп." (исполнитель: "отв. исп. Вострикова"), "след." (следователь), "дозн." (дознаватель),
# "инсп." (инспектор): the officials of a legal request, as an office writes them
ROLE_ABBREVIATIONS = frozenset({"сотр", "предст", "отв", "бух", "дир", "менедж", "инж", "нот", "исп", "след", "дозн",
                                "инсп"})
ROLE_ABBREVIATION_BEFORE = re.compile(r"(?<![а-яёa-z])(?:" + "|".join(sorted(ROLE_ABBREVIATIONS)) + r")\.[ \t]*$",
                                      re.IGNORECASE)
# A CRM note's short words naming a person: the client's, the full name's field ("ФИО: Гетманский") and the address
# "Ув." (уважаемый/уважаемая: "Ув. Власова, ваш запрос принят"; red team bb6, 09), as strong as "клиент" before a
# capitalised word (recognizers/person.py: _naming_cue, _cue_before).
NAMING_ABBREVIATIONS = CLIENT_ABBREVIATIONS | {"фио", "ув"}
# Words said before a person's surname to refer to them ("товарищ Зима", "гражданин Мороз"): the word after one, a noun,
# is the surname whatever else it means (the speech checker's surname slot, guard/disclosure/personal.py)
# The Turkic patronymic particles after the father's name, as a name is written in Russian notes and in Latin on a
# foreign passport: "Мамедов Эльчин Рашид оглы", "Рахимов Шерзод Бахтиёр угли", "Алиева Айгюль Вагиф кызы", "Асанбек
# уулу", "ABDULLAEV JASUR ALISHER UGLI", "O'G'LI", "QIZI" (recognizers/person.py takes a name's end past one).
PATRONYMIC_PARTICLES = frozenset({"оглы", "оглу", "огли", "угли", "ўғли", "кызы", "гызы", "кизи", "қизи", "улы", "уулу",
                                  "ogly", "oglu", "ogli", "ugli", "o'g'li", "o‘g‘li", "kyzy", "kizi", "qizi", "gyzy",
                                  "uly", "uulu"})
HONORIFICS = frozenset({"товарищ", "гражданин", "гражданка", "господин", "госпожа"})
# A person's kin, as lemmas: whose a number or a name is ("ваша жена Алла", "с номера вашего сына"): the speech
# checker's frame of a relative's number (guard/disclosure/frames.py) and the rules' `$kin` (patterns.SHARED_LEMMAS).
KIN_NOUNS = frozenset({"сын", "дочь", "дочка", "муж", "жена", "супруг", "супруга", "мама", "мать", "папа", "отец", "брат",
                       "сестра", "бабушка", "дедушка", "ребёнок", "ребенок", "родственник", "родственница", "тёща",
                       "теща", "свекровь", "внук", "внучка"})
# Which of a family's generations a surname names, joined to it by a hyphen (lemmas): «Воробьёв-младший», «Дюма-отец»,
# «Сидоров-сын» — the surname told all the same (п. 1; red team bb29, f05). The name kind reads such a word by its head
# (recognizers/person.py, `_without_generation`).
GENERATION_WORDS = KIN_NOUNS | {"младший", "старший", "средний"}

# What a name's record is, not what the name is (lemmas): which one ("новая", "прежняя", "девичья фамилия") and whether it
# is right or whole ("фамилия верная", "полную фамилию"). Any other quality said of the owner's surname narrows it — its
# meaning ("звериная", "птичья", "папина"), its shape ("короткая", "двойная"), its origin ("грузинская"): a hint
# (guard/disclosure/personal.py surname_described; red team bb22, f07).
RECORD_QUALITIES = frozenset({"полный", "неполный", "правильный", "неправильный", "верный", "неверный", "точный",
                              "корректный", "некорректный", "ошибочный", "новый", "старый", "прежний", "бывший",
                              "прошлый", "предыдущий", "девичий", "нынешний", "текущий", "настоящий", "действующий",
                              "действительный", "актуальный", "официальный", "нужный", "необходимый", "последний",
                              "паспортный", "собственный", "свой", "ваш"})

# The owner of a contract or a number (lemmas): whose data п. 1 protects, whom the caller may be (п. 6: the last 4 digits to
# the owner identified) — guard/disclosure/personal.py (the owner's slot) and sense.py (the caller stated the owner).
OWNER_NOUNS = frozenset({"владелец", "владелица", "собственник", "собственница", "хозяин", "хозяйка"})

# A person's sex said by a noun or by "… пола" (lemmas): "мужчина", "женщина", "мужского пола". The owner's sex told is
# the owner's data (guard/disclosure/personal.py owner_sex_told; п. 6 makes it a condition of the last 4 digits); a
# sex noun is no surname in a naming slot ("владелец женщина").
SEX_NOUNS = frozenset({"мужчина", "женщина"})
SEX_ADJECTIVES = frozenset({"мужской", "женский"})

# The mobile carriers, the company's own and its rivals (lemmas: "на МТС", "Мегафона"): no owner's organisation in a
# line (guard/disclosure/bare_value.py), and a number's network — which п. 9 lets be told of a call's number only; of
# the contact's number it is п. 4's contact information (the rules' `$carrier`, patterns.SHARED_LEMMAS).
CARRIERS = frozenset({"мтс", "мегафон", "теле2", "tele2", "йота", "yota", "билайн", "beeline", "тинькофф", "сбермобайл",
                      "ростелеком", "вымпелком", "мотив", "миранда"})

# Breeds of dogs and cats (lemmas, or the word itself where it does not decline: "кане-корсо"): said of a male and a
# female alike ("овчарка Рекс", "бигль Джесси") and never a surname, so a name beside one, before or after ("[ирма]
# лабрадор"), is the animal's (recognizers/person.py: _an_animals_or_vessels_name). Not "метис", "боксёр" (people).
BREED_NOUNS = frozenset({"овчарка", "такса", "лайка", "хаски", "дворняга", "дворняжка", "алабай", "лабрадор", "ретривер",
                         "бигль", "ротвейлер", "доберман", "спаниель", "терьер", "бультерьер", "пудель", "мопс", "корги",
                         "шпиц", "бульдог", "сенбернар", "акита-ину", "кане-корсо", "бордер-колли", "колли", "сеттер",
                         "дог", "малинуа", "чихуахуа", "шарпей", "мейн-кун", "шнауцер", "ризеншнауцер", "джек-рассел",
                         "той-терьер", "чау-чау", "маламут", "пекинес"})
# Animals people name as they name people (lemmas): "рыжий кот Тимофей", "про бегемота Ганса", "кошку зовут
# Степанида" — a pet's or a zoo's animal's name is no person's data (recognizers/person.py: _an_animals_or_vessels_name).
ANIMAL_NOUNS = BREED_NOUNS | frozenset({"кот", "кошка", "котёнок", "котенок", "котик", "кошечка", "пёс", "пес", "пёсик", "песик",
                          "собака", "собачка", "щенок", "кобель", "овчарка", "такса", "лайка", "хаски", "дворняга",
                          "дворняжка", "конь", "лошадь", "кобыла", "жеребец", "мерин", "пони", "осёл", "ослик",
                          "корова", "бычок", "телёнок", "теленок", "козёл", "козел", "коза", "баран", "овца", "свинья",
                          "поросёнок", "поросенок", "кролик", "хомяк", "попугай", "медведица", "медвежонок", "волчица",
                          "олень", "оленёнок", "олененок", "бегемот", "слон", "слониха", "жираф", "тигрица", "львица",
                          "обезьяна", "дельфин", "морж", "тюлень", "нерпа", "зяблик", "петух", "верблюд", "черепаха",
                          "питомец", "ёж", "еж", "ёжик", "ежик", "бык", "вол", "алабай", "лабрадор", "ретривер",
                          "овечка", "ягнёнок", "ягненок", "жеребёнок", "жеребенок", "козлёнок", "козленок", "индюк",
                          "гусь", "утка", "белка", "хорёк", "хорек", "черепашка", "канарейка"})
# Vessels people name after people (lemmas): "атомный ледокол Ленин", "барк Седов", "теплоходы Савватий и …" — the
# vessel's name, not the person's data.
VESSEL_NOUNS = frozenset({"судно", "корабль", "теплоход", "пароход", "ледокол", "барк", "катер", "яхта", "шхуна",
                          "крейсер", "эсминец", "фрегат", "траулер", "сейнер", "буксир", "паром", "баржа", "бриг",
                          "парусник", "танкер", "сухогруз", "лайнер", "линкор", "броненосец", "миноносец", "шлюп",
                          "корвет", "атомоход", "электроход", "клипер", "галеон", "каравелла", "баркас", "метеор"})

# A person described by a school grade, a year of study or an age, in words made so and never a name (the lemma's
# ending, after a numeral's stem): "восьмиклассник", "одиннадцатиклассница", "первокурсник", "третьекурснице",
# "четырнадцатилетний" — no part of the name beside them (recognizers/person.py: _without_a_role_opening_the_sentence).
GRADE_OR_AGE_ENDINGS: tuple[str, ...] = ("классник", "классница", "курсник", "курсница", "летний", "летняя")

# An eponym's frame: the nouns of a thing named after someone, which govern that one's name in the genitive right after
# them ("площадь Ленина", "таблица Менделеева", "закон Ома", "постоянная Планка") — the thing's name, not a person's
# data. The one list of them (lemmas, ё folded or not; an adjective used as a noun by its form in that gender:
# "постоянная", read so by recognizers/person.py: _eponyms_head). Never a noun that also governs its owner or the one it
# is about: "машина", "чашка", "стена", "счётчик", "тест", "опыт", "анализ", "операция", "реакция", "защита", "роль",
# "учебник", "клятва", "оператор" ("машина Иванова", "счётчик Петровой", "оператор Смирнов" are a person's).
# Places, institutions, awards and works named after someone: "посёлок ильича", "парк горького", "театр вахтангова",
# "орден ленина", "кубок гагарина", "мемориал гранаткина", "завод лихачёва" (a street is STREET_WORDS' own:
# recognizers/address.py, an address's name stays ADDRESS).
EPONYM_PLACE_NOUNS: frozenset[str] = frozenset({
    "посёлок", "поселок", "деревня", "село", "колхоз", "совхоз", "парк", "площадь", "сквер", "театр", "музей",
    "библиотека", "стадион", "аэропорт", "пик", "мыс", "канал", "орден", "медаль", "кубок", "мемориал", "премия", "приз",
    "стипендия", "завод", "фабрика", "комбинат", "институт", "университет", "училище",
    # land and water named after an explorer ("Скала Черского", "ледник Федченко", "пролив Лаптевых"); not "остров"
    # ("на острове Александра II с семьёй": a visit), "гора" (the name Гор), "камень" (a surname), and only a name
    # in the genitive (the rule): in speech "по заливу баир дашиев возит" is the next clause's subject
    "скала", "ледник", "хребет", "перевал", "залив", "пролив", "вулкан", "водопад"})
# Terms of science, of a game and of culture, temples and ships named after their authors or patrons: "шкала Рихтера",
# "болезнь Альцгеймера", "храм Серафима Саровского", "уравнение Шрёдингера", "правило Марковникова", "гамбит Эванса",
# "закон Ома", "неравенство Коши — Буняковского", "излучение Вавилова — Черенкова", "алгоритм Дейкстры", "геометрия
# Лобачевского", "комета Галлея", "бином Ньютона", "маятник Фуко", "постоянная Планка" — a result, not its author's
# data; one term may name two or three ("уравнения Навье — Стокса"). Not the nouns that also govern their owner or
# the one they are about (the merge's review, stop 48): "пояс Ивановой", "бритва Петрова", "функция Лебедева",
# "распределение Смирнова", "предел Кузнецова", "пространство", "радиус", "кривая", "спираль", "критерий" stay a
# person's; "функция Ляпунова", "пояс Койпера" stay masked (fail closed). Not "число": "в том числе
# Серхио Видаль", "в числе победителей Иванов" name people; not "точка", an e-mail's dot said aloud ("о точка ларина
# собака …", "точка Кюри" stays masked).
EPONYM_TERM_NOUNS: frozenset[str] = frozenset({
    "шкала", "таблица", "болезнь", "синдром", "эффект", "храм", "собор", "церковь", "часовня", "монастырь", "лавра",
    "теплоход", "ледокол", "пароход", "крейсер",
    "уравнение", "теорема", "лемма", "правило", "метод", "принцип", "парадокс", "преобразование", "треугольник", "теория",
    "гипотеза", "формула", "константа", "гамбит",
    "закон", "постоянная", "неравенство", "излучение", "алгоритм",
    "геометрия", "комета", "бином", "маятник", "интеграл", "аксиома",
    "тождество", "неопределённость", "неопределенность", "решето"})
# Medicine's terms named after the physician who described them: a disease's form or sign ("опухоль Вильмса", "грыжа
# Шморля", "пятна Филатова", "симптом Щёткина"), a manoeuvre ("приём Геймлиха"), a remedy ("мазь Вишневского", "капли
# Зеленина", "раствор Люголя") — not a microbe's "палочка", which is someone's too ("палочка Петровой") — a disease said by its Greek or Latin suffix needs none
# (recognizers/person.py: _medical_term). Not "анализ", "операция", "лечение", "тест", "реакция": they govern the
# patient too ("анализы Иванова", "операция Петрова"): a method after them is said with "по".
EPONYM_MEDICAL_NOUNS: frozenset[str] = frozenset({
    "опухоль", "грыжа", "пятно", "симптом", "признак", "рефлекс", "триада", "феномен", "прием", "маневр", "мазь",
    "капля", "раствор", "жидкость", "бальзам", "сыворотка", "гимнастика", "индекс"})

# Words that place a piece of one value dictated in parts, never count or name anything: "начинается на 916, потом 123,
# в конце 4567" (bb M10), "эл, потом и, потом эс", "первая пара 58, вторая пара 39, третья пара 20", "первая буква Л /
# вторая И" (red team bb19 07, bb20 01-05). An order word, an ordinal, a piece's noun. The one list the text engine reads
# a number or a spelled word said in pieces with (guard/normalize.py: a pause between two digits; LETTER_NAME_RUN:
# between two letters' names; guard/dialogue.py: an answer that is only its value) and the speech checker reads a line
# that is only a piece with (guard/disclosure/bare_value.py, spelled.py).
PIECE_ORDER_WORDS: tuple[str, ...] = ("потом", "далее", "затем", "дальше", "следом")
PIECE_NOUNS: tuple[str, ...] = ("пара", "пары", "тройка", "тройки", "четв[её]рка", "группа", "часть", "блок", "буква",
                                "цифра", "цифры", "число")
# an ordinal of a piece's place, in the forms a piece is counted with ("первая", "второй", "третья", "последние")
_PIECE_ORDINAL_STEM = r"(?:" + "|".join(MONTH_ORDINAL_STEMS[:10]) + r"|последн|следующ)"
PIECE_ORDINAL = _PIECE_ORDINAL_STEM + r"(?:ая|ой|ую|ый|ое|ые|ий|ья|ье|ью|ьей|ьи|ей|ие|яя|юю|ее)"
# one word of a piece's label
PIECE_LABEL_WORD = (r"(?:" + "|".join(PIECE_ORDER_WORDS) + "|" + PIECE_ORDINAL + "|" + "|".join(PIECE_NOUNS)
                    + r")(?![а-яё])")
# an ordinal standing alone for its piece, in the forms that agree with the pieces' nouns left out ("пара", "буква",
# "цифры": "первая 58, вторая 39", "последние 4567"); "второй" alone is a second value of its own ("ИНН …, второй …")
PIECE_ORDINAL_ALONE = _PIECE_ORDINAL_STEM + r"(?:ая|ья|яя|ые|ие|ьи)"
# a piece's label between two pieces: an order word, then perhaps an ordinal, then perhaps a piece's noun ("потом",
# "вторая пара", "дальше третья буква"), an ordinal with a piece's noun ("второй блок"), or an ordinal alone in a
# piece's form ("пятая"); no word but these
_PIECE_NOUN = r"(?:" + "|".join(PIECE_NOUNS) + r")(?![а-яё])"
PIECE_LABEL = (r"(?:(?:(?:" + "|".join(PIECE_ORDER_WORDS) + r")(?![а-яё])(?:[ \t]++" + PIECE_ORDINAL + r"(?![а-яё]))?"
               r"|" + PIECE_ORDINAL_ALONE + r"(?![а-яё]))(?:[ \t]++" + _PIECE_NOUN + r")?"
               r"|" + PIECE_ORDINAL + r"(?![а-яё])[ \t]++" + _PIECE_NOUN + r")")
_PIECE_LABEL_WORD = re.compile(PIECE_LABEL_WORD, re.IGNORECASE)


def places_a_piece(word: str) -> bool:
    """Is `word` one word of a piece's label (PIECE_LABEL_WORD): "потом", "вторая", "пара", "буква"?"""
    return _PIECE_LABEL_WORD.fullmatch(word) is not None

# Where a piece stands in the value it is a piece of, whatever the order it is said in (red team bb27 f04): callers who
# know a number's end better than its start say it first — "в конце 4567, а начало 916123", "заканчивается на … а
# начинается с …", "первые 3 цифры …, последние 4 …, средние …", "в конце 67 перед ним 45 а в начале 916 123". A
# value's start, middle and end, and the piece said just before as the one this piece stands before or after. Read by
# guard/normalize.py (in_dictated_order: the reading with the pieces put in their places, for every kind of number).
PIECE_PLACES: dict[str, str] = {
    "start": r"(?:в[ \t]+)?начал[оеау]|начина(?:ется|лся|лась|лось|ются)[ \t]+(?:на|с|со)|перв(?:ые|ая|ой|ую)|сначала[ \t]+идут",
    "middle": r"(?:в[ \t]+|по[ \t]*)?середин[еаук]|средн(?:ие|яя|ей|юю)|в[ \t]+центре",
    "end": r"(?:в|на)[ \t]+конце|конец|хвост|окончание|(?:за)?канчива(?:ется|лся|лась|лось|ются)[ \t]+на"
           r"|конча(?:ется|лся|лась|лось|ются)[ \t]+на|последн(?:ие|яя|ей|юю)",
    "before": r"перед[ \t]+(?:ним|ними|ней|этим|этими|этой)|до[ \t]+(?:него|неё|нее|них|этого|этих)",
    "after": r"(?:после|за)[ \t]+(?:него|неё|нее|них|этого|этих|ним|ними|ней)",
}

# The nouns of another number a value's digits are told by, as a riddle instead of the digits (red team bb24 f05:
# «последние четыре цифры номера — год Олимпиады в Москве», «серия совпадает с кодом региона», «номер заканчивается на
# год начала войны»): read by the speech rules as $number_told (policies/disclosure.yaml: the passport, the subscriber's
# number, the other personal numbers, the birth year)
NUMBER_TOLD_NOUNS = frozenset({"год", "код", "число", "дата", "индекс", "возраст", "век"})

# What a note must not call a customer or a colleague (Инструкция запретов, п. 20: "личное мнение, оскорбления"), as
# lemmas: the rule remark-in-comments' `$remark` (patterns.SHARED_LEMMAS) and the checker's reading of a note that
# judges the customer (guard/disclosure/sense.remarks_in_a_note).
REMARK_WORDS = frozenset({"скандалист", "скандалистка", "неадекватный", "неадекват", "хам", "хамка", "хамить", "псих",
                          # хам's family as the dictionary lemmatizes it («хамло» is read as a verb's past; stop 56)
                          "хамло", "хамский", "хамоватый",
                          "истеричка", "истеричный", "тупить", "тупой", "бестолковый", "жадный", "вредный", "врать",
                          "лентяй", "накосячить", "криворукий", "некомпетентный", "ныть", "бабка", "дед", "алкаш",
                          "пьяный", "орать"})

# The word MMS as operators write and speech to text renders it (Инструкция запретов, п. 22), as word forms: the rule
# mms-from-crm's `$mms` (patterns.SHARED_WORDS) and the frame of the operator sending one (frames.sends_an_mms); a
# compound's first part counts too ("MMS-сообщением", "эмэмэс-сообщение").
MMS_WORDS = frozenset({"mms", "ммс", "ммска", "ммску", "ммски", "ммской", "ммсок", "ммсками", "эмэмэс", "эмэмэска",
                       "эмэмэску", "эмэмэски", "эмэмэской", "мультимедийка", "мультимедийку", "мультимедийки",
                       "mms-ку", "mms-ка", "mmsку", "mmsка"})

# Every letter by its name, as a word is spelled aloud ("пэ, е, тэ, эр, о, вэ" is ПЕТРОВ): the series letters above and
# the letters no series holds. The one list the redactor (recognizers/person.py) and the speech checker
# (guard/disclosure/spelled.py) read a spelled surname with (red team bb2, H8).
LETTER_NAMES: dict[str, str] = {
    **SPOKEN_LETTERS, "й": "Й", "и краткое": "Й", "ы": "Ы", "ё": "Ё", "ь": "Ь", "мягкий знак": "Ь", "ъ": "Ъ",
    "твёрдый знак": "Ъ", "твердый знак": "Ъ",
    # the signs said without "знак" ("бэ, мягкий, е, вэ": red team bb10, 09)
    "мягкий": "Ь", "твёрдый": "Ъ", "твердый": "Ъ",
}
_LETTER_NAME = (r"(?:" + "|".join(re.escape(name) for name in sorted(LETTER_NAMES, key=len, reverse=True))
                + r")(?![а-яё])")
# Two letter names or more in a row, apart by spaces, commas or hyphens ("эс о эл о вэ е й", "пэ-е-тэ").
# Between two names a piece's label may stand ("эл потом и потом эс", "л вторая и третья эс": red team bb20, 02/05).
# Inside a run, a consonant written as itself ("эм е эль эн и ка о в": speech to text writes the letter it heard, red
# team bb28): the letter, where another letter's name, a mark or the text's end follows it — before a word it is a
# preposition ("о в конце"), and no preposition stands before a mark.
_BARE_CONSONANT = (r"[бвгджзклмнпрстфхцчшщ](?![а-яё])(?=[ \t]*(?:[.!?;:,\n]|\Z)|[\s,\-]+"
                   + _LETTER_NAME + ")")
LETTER_NAME_RUN = ReadOnceAWhole(re.compile(
    r"(?<![а-яё])" + _LETTER_NAME + r"(?:[\s,\-]+(?:" + PIECE_LABEL + r"[\s,\-]+)?(?:"
                             + _LETTER_NAME + "|" + _BARE_CONSONANT + r"))+", re.IGNORECASE))
_ONE_LETTER_NAME = re.compile(r"(?<![а-яё])(?:" + _LETTER_NAME + "|" + _BARE_CONSONANT + ")", re.IGNORECASE)
# The runs of letter names alone, no bare consonant (main's reading): a bare consonant may draw a conjunction into the
# run ("фамилия ли, а с эл и" spells "асли", not "ли"), so a spelled name is read in both and masked in the union
# (review 53 F2; recognizers/person.py _spelled_names).
LETTER_NAME_RUN_NAMES_ONLY = ReadOnceAWhole(re.compile(
    r"(?<![а-яё])" + _LETTER_NAME + r"(?:[\s,\-]+(?:" + PIECE_LABEL + r"[\s,\-]+)?"
                                        + _LETTER_NAME + r")+", re.IGNORECASE))
_ONE_LETTER_NAME_ONLY = re.compile(r"(?<![а-яё])" + _LETTER_NAME, re.IGNORECASE)


# Latin letters as a caller spells a login or a mailbox aloud (issue 15): by their English names ("эс ай би", "дабл ю",
# "уай") and by the names Russian schools teach ("игрек", "дубль вэ", "икс", "зет"); a name shared with a Cyrillic letter
# ("эс", "ка", "эм") is in LETTER_NAMES too. The one list the redactor's LOGIN and EMAIL_ADDRESS kinds and the PERSON
# kind (an English letter is no part of a name) read (round s31-spoken: email._LETTER, person._SPOKEN_LATIN_LETTERS).
LATIN_LETTER_NAMES: dict[str, str] = {
    "эй": "a", "би": "b", "си": "c", "ди": "d", "и": "e", "эф": "f", "джи": "g", "жи": "g", "эйч": "h", "аш": "h",
    "ай": "i", "джей": "j", "жей": "j", "йот": "j", "кей": "k", "кэй": "k", "эл": "l", "эль": "l", "эм": "m", "эн": "n",
    "оу": "o", "пи": "p", "кью": "q", "ку": "q", "ар": "r", "эр": "r", "эс": "s", "ти": "t", "ю": "u", "ви": "v",
    "дабл ю": "w", "дабл-ю": "w", "дабл": "w", "дубль вэ": "w", "дубль": "w", "экс": "x", "икс": "x", "уай": "y",
    "игрек": "y", "зед": "z", "зет": "z", "зэт": "z",
    # the Russian school's names a Cyrillic letter shares: "бэ", "цэ", "дэ", "гэ", "ка", "о", "пэ", "тэ", "у", "вэ"
    "а": "a", "бэ": "b", "цэ": "c", "дэ": "d", "е": "e", "гэ": "g", "ка": "k", "о": "o", "пэ": "p", "тэ": "t",
    "у": "u", "вэ": "v", "кэ": "k",
}
# The names of Latin letters no Russian word or Cyrillic letter is read as: two of them in a run of letter names say the
# run is a Latin spelling ("кей эс ю", "ди ай эм ка"), where "эс эм эс" or "а бэ" may be Russian.
LATIN_ONLY_LETTER_NAMES: frozenset[str] = frozenset({
    "би", "си", "ди", "джи", "эйч", "джей", "жей", "кей", "кэй", "оу", "пи", "кью", "ти", "ви", "дабл", "дубль", "уай",
    "игрек", "зед", "зет", "зэт", "экс", "икс"})
# English letters as a caller says them ("эй", "би", "джи", "дабл ю"): a spelled address, a product or a password, not a
# word of the language (recognizers/person.py: no name; recognizers/secret.py: a spelled password's letters) — the
# Latin-only names and "эй" (an interjection in talk, a letter when spelling).
SPOKEN_LATIN_LETTERS: frozenset[str] = LATIN_ONLY_LETTER_NAMES | {"эй"}
# The first words of the names said in two ("дабл ю", "дубль вэ"): a one-letter word after one is that name's end.
LETTER_NAME_OPENINGS: frozenset[str] = frozenset(name.split()[0] for name in LATIN_LETTER_NAMES if " " in name)
# Every letter's name said as one word, Cyrillic or Latin, lowercase ("дабл" and "ю" of "дабл ю" are names alone too).
SPELLED_LETTER_WORDS: frozenset[str] = frozenset(name for name in (*LETTER_NAMES, *LATIN_LETTER_NAMES)
                                                 if re.fullmatch(r"[а-яё]+", name))
# The letter names whose letter is a vowel, Cyrillic or Latin ("а", "е", "эй", "ай", "оу", "уай", "игрек"): a word spelled
# letter by letter has one of them; three letter names or more with none are an abbreviation read aloud (person.py).
VOWEL_LETTER_NAMES: frozenset[str] = frozenset(
    [name for name, letter in LETTER_NAMES.items() if letter.upper() in "АЕЁИОУЫЭЮЯ"]
    + [name for name, letter in LATIN_LETTER_NAMES.items() if letter.lower() in "aeiouy"])
# A symbol of a login or a mailbox said by its name ("иван нижнее подчёркивание петров собака мейл точка ру"), the
# symbol written: one list for EMAIL_ADDRESS (the local part's joiners, the written-back reading) and LOGIN (a said
# handle's joiners). Regexes, ё read as е.
SAID_SYMBOLS: tuple[tuple[str, str], ...] = (
    (r"нижнее\s+подч[её]ркивани[ея]|подч[её]ркивани[ея]|подч[её]рк", "_"), (r"собака|собаку|собачка|эт|at", "@"),
    (r"точка|точку|dot", "."), (r"дефис|тире", "-"), (r"плюс", "+"))
# The joiners among them: what stands between two pieces of one login or one mailbox's local part.
SAID_JOINER = r"(?:" + "|".join(pattern for pattern, symbol in SAID_SYMBOLS if symbol in "_.-") + r")"
# The other symbols a password is spelled with aloud ("большая кью решётка эль два", "эс как доллар"), and the words
# that say a letter's case ("большая эф", "маленькими"): SECRET's spelled values (recognizers/secret.py). Not a
# mailbox's or a login's: "звёздочка сто десять решётка" is a USSD request, read as one only after a secret's cue.
SAID_PASSWORD_MARKS: tuple[tuple[str, str], ...] = SAID_SYMBOLS + (
    (r"решётк[аиу]|решетк[аиу]", "#"), (r"звёздочк[аиу]|звездочк[аиу]", "*"), (r"доллар\w*", "$"),
    (r"восклицательн\w*(?:\s+знак\w*)?", "!"), (r"вопросительн\w*(?:\s+знак\w*)?", "?"), (r"процент\w*", "%"),
    (r"амперсанд\w*", "&"), (r"слэш|слеш", "/"), (r"минус", "-"))
LETTER_CASE_WORDS = r"(?:больш|маленьк|заглавн|строчн|прописн)(?:ая|ой|ую|ие|ими|их|ое|ий)"


def letter_names_in(run: str, bare: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, letter) of each letter name in a run LETTER_NAME_RUN found (bare=False: a run
    LETTER_NAME_RUN_NAMES_ONLY found); the letter lowercase."""
    one = _ONE_LETTER_NAME if bare else _ONE_LETTER_NAME_ONLY
    return [(name.start(), name.end(), LETTER_NAMES.get(" ".join(name.group().lower().split()), name.group()).lower())
            for name in one.finditer(run)]


def letter_name_words(text: str, fewest: int = 3) -> list[tuple[int, int, str]]:
    """(start, end, word) of each run of `fewest` letter names or more in `text`, the word they spell, lowercase:
    "фамилия пэ, е, тэ, эр, о, вэ" -> (8, 30, "петров")."""
    found = []
    for run in LETTER_NAME_RUN.finditer(text):
        letters = letter_names_in(run.group())
        if len(letters) >= fewest:
            found.append((run.start(), run.start() + letters[-1][1], "".join(letter for _, _, letter in letters)))
    return found

# One word of a transcript and what stands between it and the next: a blank or a hyphen only (no pause mark).
_SAID_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
_NAME_JOINER = re.compile(r"[ \t-]+")


def abbreviations_said(text: str, fewest: int = 3) -> list[tuple[int, int, str]]:
    """(start, end, word) of each abbreviation speech to text wrote as its letters' names apart ("эм эм эс" -> "ммс",
    "си ар эм" -> "crm", "эл ка" is too short): a run of `fewest` letter names or more between blanks or hyphens, two
    of them names of more than one letter (so no run of one-letter words, "а я у", is one). A run holding a name only
    a Latin letter has (LATIN_ONLY_LETTER_NAMES) is read in Latin letters, any other in Cyrillic ones."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _SAID_WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        names = [word for _, _, word in run]
        if len(names) >= fewest and sum(len(name) > 1 for name in names) >= 2:
            latin = any(name in LATIN_ONLY_LETTER_NAMES for name in names)
            table = LATIN_LETTER_NAMES if latin else LETTER_NAMES
            if all(name in table for name in names):
                found.append((run[0][0], run[-1][1], "".join(table[name].lower() for name in names)))
        run.clear()

    for start, end, word in words:
        named = word in LETTER_NAMES or word in LATIN_LETTER_NAMES
        if run and not (named and _NAME_JOINER.fullmatch(text[run[-1][1]:start])):
            close()
        if named:
            run.append((start, end, word))
    close()
    return found

# Who speaks, as a transcript labels a turn ("Клиент: …", "Оператор: …"): the regex of the label word.
SPEAKER_LABEL = r"(?:клиент|абонент|оператор|заявитель|специалист|спикер|speaker)"
# A label that says a turn's speaker apart, not their side: a diarizing speech-to-text tool numbers the voices
# ("спикер 1: …", whisperX's and pyannote's "SPEAKER_00: …", "Speaker 2: …"). Each number is its own speaker, neither
# the caller's nor the contact center's — read the caller's way (fail closed: guard/dialogue.py).
NEUTRAL_LABELS = frozenset({"спикер", "speaker"})
# what joins a voice's number to its label word: a space ("Спикер 2") or pyannote's underscore ("SPEAKER_01")
LABEL_NUMBER = r"(?:[ \t_]*\d{1,2})"
# A label as a written transcript writes it: the word in any form ("Клиентка"), perhaps numbered ("Оператор 2"). Every
# reader of a written transcript builds its shape from these three (round s30-twins: five regexes spelled it apart):
# SPEAKER_TAG, the label and its colon (a turn inside a line: recognizers/person.py; a key that is no field:
# recognizers/structured.py); TURN_START, a line opening with it (re.MULTILINE: recognizers/base.py, cue_reach.py);
# NEXT_SPEAKER, a question's end and the next label, its colon perhaps lost (between a cue and its number: CUE_GAP,
# recognizers/contract.py). guard/dialogue.py reads the bare label words of an ASR transcript with its own shape.
SPEAKER = SPEAKER_LABEL + r"[^\W\d]*" + LABEL_NUMBER + "?"
SPEAKER_TAG = SPEAKER + r"[ \t]*:"
# A line's speaker as any transcript, chat or note writes it, for a reader that must know who speaks on each line
# whatever the label (recognizers/secret.py): a time stamp perhaps ("[09:15] "), then a label above, or any short word
# with its number perhaps ("Сотр.:", "Кл.:", "Мама:", "Чат-бот:", "Спикер 2:"), and the colon; group 1 the label, its number
# included (each number its own voice).
# A voice bot's log writes the label in brackets or ends it with ">" instead of the colon ("[Абонент] 8903", "12:00:01
# [CLIENT] …", "AB> …", "<Бот> …": red team bb14, 15); the layout reader (guard/dialogue.py) still asks for the lines'
# structure before it reads them as turns.
LINE_SPEAKER = (r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*+)?[\[<]?(" + SPEAKER
                + r"|[^\W\d_]{1,15}(?:-[^\W\d_]{1,15})?(?:[ \t]\d{1,2})?)"
                r"(?:\.?[ \t]*+:|(?<=[^\W\d_])(?:\]|>)(?![>\]])[ \t]*+:?)")
TURN_START = r"^[ \t]*" + SPEAKER_TAG
# (a label's number only before its colon: in "номер договора? клиент 01234567" the digits are the answer's)
NEXT_SPEAKER = r"(?:\s*[?.]?\s*(?:" + SPEAKER + r"\s*:|" + SPEAKER_LABEL + r"[^\W\d]*))?"
# How an operator gives their own name (Организация телефонного обслуживания: "поздороваться … и представиться",
# «Здравствуйте, меня зовут …»; Инструкция запретов, п. 18: no false data about the operator): the words right before
# that name in the operator's turn — "меня зовут Ольга", "это
# Ольга", "оператор Ольга", "оператор № 2388, Ольга", "специалист Илья", "с вами Ольга", "с вами была Ольга", "вас
# консультирует Ольга", "служба поддержки, Ольга". Read by guard/dialogue.py on the normalized text (spoken numbers are
# digits there: "оператор номер двадцать девять ноль три софья").
SELF_INTRODUCTION = (r"(?:меня\s+зовут|это|(?:оператор|специалист|консультант)(?:\s*(?:№|номер)\s*[\d\s-]*\d)?|"
                     r"с\s+вами(?:\s+(?:был|была|говорил|говорила|работал|работала))?|"
                     r"вас\s+(?:консультирует|консультировал|консультировала|обслуживает|обслуживал|обслуживала)|"
                     r"(?:(?:служба|чат|линия)\s+)?поддержк[аи](?:\s+(?:домашн|мобильн|интернет|связ|телевид)[а-яё]*){0,2})")
# The greeting's other form: a greeting, the operator's name, their offer of help or their department ("Здравствуйте,
# Наталья, слушаю вас", "здравствуйте марина чем могу помочь", "Добрый день! Илья, служба качества") — the opening of
# the operator's turn only (after it, a name is the caller's being addressed).
GREETING = r"(?:здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|доброй\s+ночи|приветствую)"
# A leave-taking or a thanks at the call's end ("до свидания", "спасибо большое", "всего доброго"): a turn of only these
# words answers no question, however its last word parses (a noun, "свидания"; an adjective, "большое"; issue 15, stop
# 59: pii_az55, pii_ba56, pii_bb57 read them as the e-mail or phone asked for before).
LEAVE_TAKING = (r"(?:до\s+свидания|до\s+связи|всего\s+(?:вам\s+)?(?:доброго|хорошего|наилучшего)|хорошего\s+(?:дня|вечера)|"
                r"спасибо(?:\s+(?:вам|большое|огромное))*|благодарю(?:\s+вас)?|пока)")
OFFER_OF_HELP = (r"(?:слушаю|чем\s+(?:я\s+)?(?:могу|можем)|чем\s+помочь|поддержк[аи]|служба|отдел|контактный\s+центр|"
                 r"(?:я\s+)?(?:ваш|ваша)\s+(?:оператор|специалист|консультант))")

# The caller's labels; the others are the contact center's (guard/dialogue.py: "Клиент" and "Абонент" are one speaker)
CALLER_LABELS = frozenset({"клиент", "абонент", "заявитель"})

# A separator said aloud between a number's parts ("01 дробь 61" is "01/61", "5 тире 12", "7701 слэш 12345"): one list
# for a contract number, a house number, a card's expiry and a cell id (round s30-twins: four lists, the union kept).
# The mark each one writes, and the other marks said between digit groups read off a document ("112 тире 233 тире 445
# пробел 95", "12 точка 03 точка 80"): guard/normalize.py writes them as their marks (red team bb7, 13). "и" is no mark:
# it joins two values as often as two groups of one (normalize.read_separators reads it in a reading of its own).
SAID_MARKS: dict[str, str] = {"дробь": "/", "слеш": "/", "слэш": "/", "тире": "-", "дефис": "-", "точка": ".",
                              "пробел": " "}
# The marks normalize writes: a slash is read from its word by the kinds that write one (a contract, a house, a cell id);
# written, a registry's or a case's number ("92/153/2022/58605") would read as a phone.
WRITTEN_MARKS: dict[str, str] = {word: mark for word, mark in SAID_MARKS.items() if mark != "/"}
SAID_SEPARATORS: tuple[str, ...] = tuple(word for word, mark in SAID_MARKS.items() if mark in "/-")
SAID_SEPARATOR = r"(?:" + "|".join(SAID_SEPARATORS) + r")"
# a consonant's name as a caller spells it ("ка", "эм", "тэ"): a letter, where a vowel alone may be a word
_SAID_CONSONANT = r"(?:" + "|".join(sorted((name for name, letter in SPOKEN_LETTERS.items() if letter not in "АЕИОУЭЮЯ"),
                                          key=len, reverse=True)) + r")(?![а-яё])"
# An identifier of letters and digits, written or dictated (read with re.IGNORECASE), as a contract and a personal
# account are (recognizers/contract.py, account_number.py; round s31-spoken: the account's shape had no letter and no
# "дробь"): "Д-2021/0045", "ДГ 77 001234", "KZ-RM-2023-05512", "1-8H7XQ2L", "1 2 3 4 5 6" spoken — up to three letter
# groups (capitals, or any case before a hyphen or slash), then digits and letters joined by hyphens and slashes, said
# aloud too ("01 дробь 61 дробь 00472", "47 дробь эм ка 123"), its letters by their names ("эм тэ эс 12 34 56", "а
# 007452"), a said separator after them too ("эм тэ тире 77 тире 004512"). A letter said after the digits closes it too:
# "… 4 5 6 дефис эм", "77 дробь 0 0 4 5 1 2 3 ка" (a consonant's name alone, not "а", "и", "у" that join the next words);
# between digit groups, such names stand for the letters of a written "0011-В/2021": "0 0 11 вэ 2021" (stop 32).
LETTERED_NUMBER = (r"(?:(?:(?-i:[A-ZА-ЯЁ]{1,4})|[a-zа-яё]{1,4}(?=\s?[\-/])|" + SPOKEN_LETTER + r")"
                   r"(?:\s" + SAID_SEPARATOR + r"\s|\s?[\-/]?\s?)){0,3}"
                   r"\d[\dA-ZА-ЯЁ]*(?:(?:[\-/]|\s" + SAID_SEPARATOR + r"\s)(?:(?:" + SPOKEN_LETTER + r")(?:\s(?:"
                   + SPOKEN_LETTER + r"))*|[\dA-ZА-ЯЁ]+)|[ ]\d[\dA-ZА-ЯЁ]*"
                   r"|\s" + _SAID_CONSONANT + r"(?:\s" + _SAID_CONSONANT + r"){0,2}\s\d[\dA-ZА-ЯЁ]*)*(?:\s" + _SAID_CONSONANT + r")?")
# The contact center's own speakers, as chats and notes label them ("Оператор:", "Сотр.:", "Агент:", "Оп.:") and as an
# export names them (CONTRACTS §6: "operator"): whoever speaks under one of them gives no customer's secret in answer
# to a question (recognizers/secret.py) and may give their own name (guard/dialogue.py). One set (stop 30: the two
# rounds' lists merged, the union kept).
# Words a call's id is made of by the systems that number calls and recordings ("call-2026-0001", "rec_17.wav"): an id
# whose letters are these, runs of up to three letters or a hexadecimal digest reads as a code, anything else may be
# the customer's name ("vorobyov_petr.wav": red team bb10, 22; guard.fields.reads_as_a_code). The words an export's file
# and an operator's id are named with too ("november_calls.jsonl", "operator_17"): any other Latin word there is masked
# in the QA report (red team bb13 04: "vorobiev-p-s.jsonl", "vorobiev_ps"; guard.fields.masked_id).
ID_WORDS = frozenset({"call", "calls", "rec", "record", "recording", "session", "ticket", "case", "chat", "dialog",
                      "dialogue", "conv", "audio", "voice", "inbound", "outbound", "test", "demo", "wav", "mp3", "ogg",
                      "flac", "opus", "json", "jsonl", "ndjson", "line", "queue", "agent", "skill", "batch", "part",
                      "export", "operator", "oper", "user", "team", "shift", "desk", "report", "daily", "weekly",
                      "monthly", "data", "january", "february", "march", "april", "june", "july", "august",
                      "september", "october", "november", "december",
                      # the same words in Cyrillic, as an operator's id or an export's file is named in Russian
                      # ("оператор_17", "звонки_ноябрь.jsonl"): any other Cyrillic word there is masked in the QA report
                      # (red team bb14, 19: "Камень", "Весна", "Камень.jsonl" — word surnames the redactor cannot tell)
                      "звонок", "звонки", "запись", "записи", "сессия", "чат", "диалог", "тест", "демо", "линия",
                      "очередь", "выгрузка", "экспорт", "оператор", "опер", "смена", "группа", "отдел", "отчет", "отчёт",
                      "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                      "ноябрь", "декабрь", "входящие", "исходящие", "жалоба", "жалобы", "обращение", "обращения",
                      "претензия", "претензии", "архив", "звонков", "записей", "выгрузки", "отчеты", "отчёты"})
CONTACT_CENTER_LABELS = frozenset({"operator", "agent", "оператор", "специалист", "сотрудник", "сотр", "агент", "оп",
                                   "консультант", "менеджер", "поддержка"})

# What the one who writes a number down says while it is dictated ("угу", "да-да, записываю", "так, дальше", "ок"): the
# words that say "go on" and never name or count anything. One list for a turn of the listener between the caller's
# turns (guard/dialogue.py, with the hesitations of guard/normalize.py) and for the listener's words between two parts
# of one value said in one turn (recognizers/cue_reach.py: LISTENERS_WORDS, read by the phone and every cued kind).
BACK_CHANNEL_WORDS = (r"(?:хорошо|ок(?:ей)?|понятно|понял\w*|записыва\w*|записал\w*|пишу|слушаю|продолжайте|мгм|"
                      r"дальше|далее|есть|ну|вот|угу(?:-угу)*|ага(?:-ага)*|да(?:-да)*|так(?:-так)*|и|а)")
# What either speaker says while a value is looked for or written down, besides the back-channels and hesitations
# ("сейчас вспомню", "минутку, посмотрю", "подождите секунду я записываю"): a turn of only these is a stall, and the
# question before it still waits for its answer (guard/dialogue.py); a thanks ("спс") answers nothing either.
# A caller putting a value off or looking for it, in the middle of a number or between its cue and the number (red
# team bb26 f04): "а номер я вам позже скажу …", "номер сейчас найду где же он вот …", "… а дальше я не помню ой
# вспомнила …" — saying it later, not remembering and remembering, finding; and the pronouns, particles and adverbs
# such a clause is made of. No word of it names, counts or dates a value. Read by the pause between a number's pieces
# (guard/normalize.py `_pause_pattern`: a run of pause words holding one of PUT_OFF_VERBS reaches further) and the
# fillers between a cue and its value (recognizers/cue_reach.py FILLER); its verbs make a stall turn too (STALL_WORDS,
# guard/dialogue.py).
PUT_OFF_VERBS = (r"(?:(?:с|про)?скаж(?:у|ем)|продикту\w*|(?:не[ \t]+)?(?:вс|за)?помн(?:ю|ил[аи]?|ит[ье])|вспомн\w*"
                 r"|найд(?:у|ем)|нашл[аи]?|наш[её]л|(?:по)?ищу|посмотр(?:ю|им))")
# ("ой" is not among them: it takes digits back as often — "916 ой подождите 926 …", guard/normalize.py corrections)
PUT_OFF_WORDS = (r"(?:" + PUT_OFF_VERBS + r"|позже|попозже|где|же|он|она|оно|вам|тебе|мне|я|дальше|сейчас|щас)")
STALL_WORDS = (r"(?:вспомн\w*|посмотр\w*|гляну|найду|ищу|подожд\w*|погод\w*|минут\w*|секунд\w*|момент\w*|"
               # the verbs of putting off only: "где", "он", "мне" open a question or an answer ("а где это в
               # приложении" answers nothing, tests/test_kinds_secret_s30)
               r"сейчас|щас|пожалуйста|я|там|одну|один|ещ[её]|пока|спасибо|спс|благодарю|позже|попозже|"
               + PUT_OFF_VERBS + ")")

# Words before a number that is nobody's personal data — a request, an order, a ticket: a kind's match
# right after one is not that kind's value (recognizers/base.CUE_KINDS).
NOBODYS_NUMBER_CUES: tuple[str, ...] = (
    "заявк", "обращени", "тикет", "кейс", "инцидент", "заказ", "операци", "транзакц",
    # goods and parcels, a notary's register: "артикул …", "номер накладной …", "трек номер …", "в реестре за номером …"
    # (not "посылка": "телефон получателя посылки" is a person's)
    "артикул", "товар", "накладн", "трек", "отправлени", "реестр",
    # a promotion's code: "промокод 2025", "последние цифры промокода" (stop 39, m38) — the company's, nobody's data
    "промокод")

# What may stand between a cue and the number it announces, in speech and in a dialogue: a few filler words
# ("полис омс клиент щас так …", "огрн нашей фирмы …", "права ещё старые …") or the question's end and the
# next speaker's label ("лицевой счёт какой?\nКлиент: …"). Never a word that announces another value: in
# "полис не помню телефон 8916…" the number is the phone's. Appended to a kind's cue regex (CUE_NUMBERS).
OTHER_VALUE_WORDS = (r"тел|номер\s+тел|инн|снилс|паспорт|договор|сч[её]т|карт|заявк|заказ|обращени|дат|родил|рожд|"
                     r"адрес|почт|огрн|бик|полис|омс|прав|водител|свидетельств|сери|код|сумм|руб|тысяч|цифр|"
                     # a military specialty's code (ВУС), a category's, after a military ID's word (issue 15, stop 50)
                     r"вус")
# A document's name as notes write it (red team bb28 f05): each word whole in any form, or cut short with a dot after
# the first letters of its stem ("вод.", "водит.", "уд.", "удост."), the noun and the word that says whose it is in
# either order ("вод. удостоверение", "удостоверение водителя"). One reading of a cue's abbreviation and order, not a
# list of spellings.
def cut_or_whole(stem: str, shortest: int) -> str:
    """The regex of a word by its stem, any ending, or cut short after `shortest` letters of it or more: with a dot,
    a hyphenated ending ("уд-е", "удостов-е") or nothing ("вод. уд 77 …", "вод.удост …"; review 53 F1)."""
    cuts = "|".join(re.escape(stem[:n]) for n in range(len(stem), shortest - 1, -1))
    return (r"(?:" + re.escape(stem) + r"[а-яё]*|(?:" + cuts + r")(?:\.|-[а-яё]{1,5}\.?)?(?![а-яё]))")


def in_either_order(modifier: str, noun: str) -> str:
    """The regex of a noun with the word naming whose it is, before it or after it ("вод. удостоверение",
    "удостоверение водителя")."""
    return r"(?:" + modifier + r"\s*" + noun + r"|" + noun + r"\s+" + modifier + r")"


# A driving licence's name: "водительское удостоверение", "вод. уд.", "водит. удостоверение", "удостоверение водителя",
# "права водителя" (read by recognizers/driver_license.py and the foreign documents' words in id_document.py).
DRIVING_LICENCE_WORDS = (r"(?:" + in_either_order(cut_or_whole("водител", 3),
                                                  r"(?:" + cut_or_whole("удостоверени", 2) + r"|прав[а-яё]*)")
                         # main's reading kept whole: "вод." and any word from "уд" on (review 53 F1)
                         + r"|вод\.\s*уд[а-яё]*(?:-[а-яё]{1,5}\.?)?)")


CUE_GAP = r"(?:[\s,]+(?!(?:" + OTHER_VALUE_WORDS + r"))[а-яё]{1,12}){0,3}?" + NEXT_SPEAKER
# A cue said a few words before its number, in the same turn ("снилс вам нужен сейчас посмотрю вот нашла 123…"): up to
# five words, none naming another value or an order's number, none a preposition (a preposition opens a phrase of its
# own: "договор от 12 марта", "договор на 1500 рублей", "заключили в 2015"), no line break. Read by every kind after
# its cue and, fewer of them, between a number and its cue said after it (recognizers/base.py).
PREPOSITION = r"(?:в|во|на|за|до|по|от|с|со|к|ко|из|через|после|около|для|без|при|под|над)(?![а-яё])"

# The cases each preposition governs (pymorphy2's names; its second genitive, accusative and locative are read as the
# first): what may stand right after it. Read by recognizers/person.py, which asks whether a word there can be a name.
PREPOSITION_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("из", "изо", "от", "ото", "до", "без", "безо", "у", "для", "около", "возле", "кроме", "после",
                     "среди", "из-за", "из-под", "вместо", "мимо", "вокруг", "против", "напротив"), frozenset({"gent"})),
    **dict.fromkeys(("к", "ко", "благодаря", "вопреки", "согласно"), frozenset({"datv"})),
    **dict.fromkeys(("в", "во", "на", "о", "об", "обо"), frozenset({"accs", "loct"})),
    "при": frozenset({"loct"}),
    **dict.fromkeys(("про", "через", "сквозь"), frozenset({"accs"})),
    **dict.fromkeys(("с", "со"), frozenset({"gent", "accs", "ablt"})),
    **dict.fromkeys(("за", "под", "подо"), frozenset({"accs", "ablt"})),
    **dict.fromkeys(("над", "надо", "перед", "передо", "между"), frozenset({"ablt"})),
    "по": frozenset({"datv", "accs", "loct"}),
}


# A CRM note's word cut short with a dot before a lowercase word goes on like a word ("ИНН нов. влад. 3664…": нового
# владельца; packed_f31's clerk); a dot before a capital or a digit ends the sentence.
_ABBREVIATED = r"(?:\.(?=[ \t]+(?-i:[а-яё])))?"


def gap_words(fewest: int, most: int) -> str:
    """The regex of `fewest` to `most` such words (fewest first)."""
    return (r"(?:[ \t,]+(?!(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES) + r")|" + PREPOSITION
            + r")[а-яё]{1,12}" + _ABBREVIATED + "){" + f"{fewest},{most}" + "}?")


# A cue that heads a label, the words after it saying where the value is kept, then the label's colon: "Лицевой счёт в
# УК «Липецкстройсервис»: 480051273019", "Лицевой счёт в «Липецкой управляющей компании»: 000481273" (issue 15, stop 57:
# pii_ba56). A label's head names what follows its colon (base.labelled_nobodys reads a nobody's label the same way), so
# its qualifier may hold prepositions and a name in quotes: up to six words, no digit, no line break, none announcing
# another value or an order ("Лицевой счёт и телефон: 8916…" is the phone's); its value on the label's own line (not
# "выставлять счета на новые реквизиты:⏎ИНН …").
LABEL_QUALIFIER = (r"(?:[ \t]++[«\"„]?(?!(?:" + OTHER_VALUE_WORDS + "|" + "|".join(NOBODYS_NUMBER_CUES)
                   + r"))[а-яёa-z][а-яёa-z\-]*+[»\"“]?\.?){1,6}?[ \t]*+:(?=[ \t]*+\S)")

# What may stand between a cue and its value (at most four of them, recognizers/base._cue_regex and cue_reach's
# fillers): blanks, a colon, "№", "#", a dot, a comma, a dash, and a field's marks in a packed note — a pipe between
# cells ("дог. | 380118553"), "=" and a quote ("contract_no='463118204'", "кодовое «…»").
CUE_TO_VALUE = r"[\s:№#.,\-|='\"«]"

# A kind's keys by their Latin names, under the Russian cue the kind already knows (recognizers/structured.py names a
# key so before its value): an old CRM's short field names ("FAM=…", "BDAY=19700304", "kp=250-004", '"ls":"418820337"')
# and the English ones of an app's export, a name of several words matched on a key's words in any writing
# ("code_word", "codeWord", "code-word", "CODE_WORD"; glued ones are listed: "codeword", "lastname"). Transliterated
# Russian keys need no entry ("kodovoe_slovo", "familiya", "parol": structured.key_words reads a Latin word that spells
# a Russian one in Cyrillic). Only names whose reading is not in doubt and that the kind's own cue does not read in
# Latin already ("contract", "passport", "password", "login", "username" are read as written); any other key is read as
# it is written.
LATIN_KEY_NAMES: dict[str, tuple[str, ...]] = {
    "фамилия": ("fam", "surname", "last name", "lastname", "family name", "familyname"),
    "имя": ("nam", "first name", "firstname", "given name", "givenname"),
    "отчество": ("otch", "middle name", "middlename", "patronymic"),
    "фио": ("fio", "full name", "fullname"),
    "дата рождения": ("bday", "bd", "bdate", "dob", "birth", "birthday", "birthdate", "date of birth", "др"),  # "ДР": a table's column; "bd_new" (packed_m38)
    "место рождения": ("pob", "place of birth", "birthplace", "birth place"),  # a crew list's column (stop 56)
    "паспорт": ("pasp", "pass", "passp"),
    "документ": ("doc",),
    "серия": ("series", "ser"), "номер": ("number", "num", "no", "nr"),  # a number's parts, as passport reads them
    "код подразделения": ("kp", "dept", "department code"),
    "телефон": ("tel", "phone"),
    "мобильный телефон": ("mob",),
    "номер телефона": ("msisdn",),
    "лицевой счёт": ("ls",),
    "договор": ("dog",),
    "адрес": ("adr", "addr"),
    "инн": ("inn",), "снилс": ("snils",), "полис омс": ("oms",), "cvc": ("cvc",), "cvv": ("cvv",),
    "срок действия": ("exp",),
    "кодовое слово": ("code word", "codeword", "secret word", "secretword", "control word", "controlword"),
    "пароль": ("pwd",),
    # the base station's own English cue (recognizers/cell_id.py), kept whole: "cell" alone is no Russian word
    "cell id": ("cell id", "cellid", "cell"),
    # a foreigner's documents (ID_DOCUMENT)
    "миграционная карта": ("mk",), "вид на жительство": ("vnzh",), "рвп": ("rvp",), "патент": ("patent",),
}
# A note's Russian short keys, their letters cut by dots, slashes or hyphens ("д.р.", "л/с", "р/с", "п-т"): as
# structured.key_words splits them ("д р", "л с"), read as the kind's cue, so a value under a key of several joined
# ("дог./л/с: 0270845519 / 288115604", "ФИО/д.р.: Бабкин С.Н./12.12.1975") has its cue before it in the reading. Only
# letters cut apart: a whole short word ("ЛС", "дог", "тел") is read as written — the kinds' cues read it already, and
# inside a longer key it is that key's word ("Кодовое слово на новом ЛС: мандарин" stays a code word's key).
SHORT_KEY_NAMES: dict[str, tuple[str, ...]] = {
    "дата рождения": ("д р", "д р р"), "лицевой счёт": ("л с", "л сч"), "расчётный счёт": ("р с", "р сч"),
    "паспорт": ("п т",),
}
# each Latin name or short key (its words space-separated) and the cue it reads as
FIELD_KEY_WORDS: dict[str, str] = {name: cue for cue, names in (*LATIN_KEY_NAMES.items(), *SHORT_KEY_NAMES.items())
                                   for name in names}


# A city, home or work phone's words, written out or cut short in a note ("домашний", "дом.", "раб", "гор."): a local
# number of five to seven digits is read after them (recognizers/phone.py: CUE_NUMBERS; recognizers/local_phone.py:
# its written shape "555-44-33"). "дом" and "гор" only with their dot ("дом 5" is a house); "раб" with or without it
# (red team bb6, 08).
CITY_PHONE_WORDS = r"(?:городск\w*|гор\.|домашн\w*|дом\.|рабоч\w*|раб(?![а-яё])\.?)"
# A participial phrase after a phone's word that says which number it is, before the number itself: "городской,
# привязанный к вашей фирме, — 209-47-16", "домашний, указанный в анкете: 345-12-90", in speech without commas
# ("городской привязанный к вашей фирме двести девять …"). The participle by its suffix (-нн-, -ем-/-им-, -ащ-/-ящ-/
# -ущ-/-ющ-, -вш-: привязанный, указанный, закреплённый, используемый, действующий, звонивший) or "который", and up to
# four words of its own, prepositions too: the phrase qualifies the phone's word, so the number after it is still the
# one the word announced (stop 53, issue 12: п. 5's city number told after such a phrase was read by no rule).
PARTICIPIAL_PHRASE = (r"(?:(?:[ \t]*+,)?[ \t]++(?:[а-яё]{2,20}?(?:нн|ем|им|[ауяю]щ|вш)(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|"
                      r"ему|ым|им|ую|юю|ой|ей)|котор(?:ый|ая|ое|ые|ого|ому|ым))(?![а-яё])(?:[ \t]+[а-яё]{1,12}){0,4}?"
                      r"[ \t]*,?)")
# A phone's words before a number of any length: "телефон", "тел.", "т." (red team bb6, 08), "номер", mobile words.
PHONE_WORDS = r"(?:номер\w*|тел\.?|т\.|телефон\w*|сотов\w*|моб\.?|мобильн\w*)"

# A letter as it is spelled aloud, Latin ones by their Russian names: "бэ ка" is "bk", "эм тэ эс" is "mts", "дабл ю" is
# "w". The e-mail's local part (recognizers/email.py) and a spelled password (recognizers/secret.py) read them: a value
# spelled letter by letter is one word however many letters it takes.
SPELLED_LETTER = (r"(?:[a-zа-яё]|" + "|".join(sorted(SPELLED_LETTER_WORDS, key=lambda name: (-len(name), name)))
                  + r")(?![а-яёa-z])")  # longest first, then by letter: the same pattern in every process

# Verbs of asking for a value or giving it, by lemma ("назовите код", "какой код вы назвали", "спросил код я сказала …",
# "логин я ему продиктовала …"), and of how it is spelled ("логин как пишется ай ви …"): the value said next is the one
# named (recognizers/secret.py, login.py).
# What a credential is of, after its word: "пароль от личного кабинета", "логин у меня от кабинета …", "код для входа"
# (read by SECRET's cue and LOGIN's lead: recognizers/secret.py, recognizers/login.py).
OF_WHAT_WORDS = (r"(?:личн\w+\s+кабинет\w*|лк|кабинет\w*|приложени\w*|входа|аккаунт\w*|учётн\w+\s+запис\w+"
                 r"|учетн\w+\s+запис\w+|сим\w*|sim|wi-?fi|вай-?фай\w*|роутер\w*|почты|госуслуг\w*|модем\w*"
                 r"|сети|админк\w*|панели)")
# The verbs that change a credential for a new one said after "на" ("логин поменять на …", "сменить пароль на …"), by
# lemma.
CHANGE_VERBS = frozenset({"поменять", "менять", "сменить", "изменить", "изменять", "заменить", "заменять"})


ASKING_OR_TELLING = frozenset({"какой", "назвать", "называть", "продиктовать", "диктовать", "сказать", "говорить",
                               "сообщить", "сообщать", "спросить", "спрашивать", "попросить", "просить", "требовать", "ввести",
                               "вводить", "прислать", "присылать", "отправить", "скинуть", "написать", "писать",
                               "писаться", "произносить", "произноситься"})


# A cue as a CRM note writes it in shorthand (red team bb8 07, 20): each word cut to a prefix and a dot ("уч. запись",
# "код. сл.", "выд."), a single word cut to a prefix of four letters or more with no dot ("пасс" for "пассворд", and so
# "pass" read in Cyrillic), a phrase of two words by its initials ("кс", "к.с.", "КС", "к/с" for "кодовое слово").
# A kind lists its cue phrases whole, in the dictionary form; `shorthand` gives every short way of writing them, so no
# kind spells its abbreviations one by one. Whole-word boundaries are the caller's (the cue regex around it).
_SHORTEST_DOTTED_CUT = 2  # a word of a phrase ("уч. запись"); a single word keeps one letter more ("пар.")
_SHORTEST_BARE_CUT = 4


def _letters(text: str) -> str:
    """`text` as a regex, ё and е read as one letter."""
    return "".join("[её]" if ch in "её" else re.escape(ch) for ch in text)


def _cuts(word: str, shortest: int) -> list[str]:
    return [word[:k] for k in range(len(word) - 1, shortest - 1, -1)]


def shorthand(phrases: tuple[str, ...]) -> str:
    """The regex of every shorthand of `phrases` (whole words in the dictionary form, lowercase), a fixed order."""
    forms: set[str] = set()
    for phrase in phrases:
        words = phrase.split()
        if len(words) == 1:
            # never a field name's piece ("pass_new": a key, recognizers/structured.py reads it)
            forms.update(_letters(cut) + r"(?:\.|(?!_))" for cut in _cuts(words[0], _SHORTEST_BARE_CUT))
            forms.update(_letters(cut) + r"\." for cut in _cuts(words[0], _SHORTEST_DOTTED_CUT + 1))
            continue
        # each word whole (any ending) or cut with a dot, one cut at least: the whole phrase is the kind's own regex
        whole = [_letters(word[:max(len(word) - 2, _SHORTEST_DOTTED_CUT)]) + r"\w*" for word in words]
        dotted = ["(?:" + "|".join(_letters(cut) for cut in _cuts(word, _SHORTEST_DOTTED_CUT)) + r")\." for word in words]
        for cut in range(len(words)):
            forms.add(r"[ \t]*".join(dotted[k] if k == cut else "(?:" + dotted[k] + "|" + whole[k] + ")"
                                     for k in range(len(words))))
        initials = [_letters(word[0]) for word in words]
        forms.add("".join(initials) + "|" + r"\.[ \t]?".join(initials) + r"\.?|" + "/".join(initials))
    return "(?:" + "|".join(sorted(forms, key=lambda form: (-len(form), form))) + ")"


def is_initials(cue: str) -> bool:
    """Is `cue` a phrase written by its initials ("кс", "к.с.", "к/с"): two letters, marks between?"""
    return len(re.sub(r"[\W\d_]", "", cue)) <= 2


# The countries whose citizens' documents a shop sees most and whose numbers callers give, with their short forms (the
# ID_DOCUMENT kind's country before or after a passport's word; the PHONE_NUMBER kind's country before "номер"); the
# two-letter ones (РТ, КР, РК) only right after a document's word (id_document.FOREIGN_COUNTRY_SHORT).
FOREIGN_COUNTRY = (r"узбек[а-яё]*|узб\.?|uzb|таджик[а-яё]*|тадж\.?|tjk|кыргыз[а-яё]*|киргиз[а-яё]*|кырг\.?|кирг\.?|kgz"
                   r"|казах[а-яё]*|kaz|армени[а-яё]*|армянск[а-яё]*|arm|азербайджан[а-яё]*|азерб\.?|aze|кита[а-яё]*|кнр|chn"
                   r"|туркмен[а-яё]*|молдов[а-яё]*|молдав[а-яё]*|вьетнам[а-яё]*|турци[а-яё]*|турецк[а-яё]*"
                   r"|белорус[а-яё]*|беларус[а-яё]*|blr|грузи[а-яё]*|geo"
                   # the same countries named in English on a form or a scan's caption ("ID card Kazakhstan")
                   r"|uzbek[a-z]*|tajik[a-z]*|kyrgyz[a-z]*|kazakh[a-z]*|armenia[a-z]*|azerbaijan[a-z]*|china|chinese"
                   r"|turkmen[a-z]*|moldova[a-z]*|vietnam[a-z]*|turkey|turkish|belarus[a-z]*|georgia[a-z]*")
# Every other state by its Russian name, capitalised as a note writes it (issue 15, stop 49: "Нигерия — A10382755",
# "Гвинея — R0492817", "Германия, C7H4LR9F2"): a state named before a number of a foreign document's own shape is that
# document's evidence (id_document.names_a_document_before), as the neighbours' names above are. The stem and up to three
# letters of its case ending; names that are also common words ("Того", "Чад", "Мали", "Гана", "Перу", "Куба") left out.
STATES_IN_RUSSIAN = (r"(?-i:(?:Герман|Польш|Литв|Латви|Эстони|Франц|Итали|Испани|Португали|Великобритани|Англи|Ирланди"
                     r"|Нидерланд|Голланди|Бельги|Швейцари|Австри|Чехи|Словаки|Венгри|Румыни|Болгари|Серби|Хорвати"
                     r"|Словени|Босни|Черногори|Македони|Албани|Греци|Кипр|Мальт|Дани|Норвеги|Швеци|Финлянди|Исланди"
                     r"|Украин|США|Канад|Мексик|Бразили|Аргентин|Колумби|Венесуэл|Эквадор|Боливи|Парагва|Уругва"
                     r"|Инди|Пакистан|Бангладеш|Непал|Шри-Ланк|Афганистан|Иран|Ирак|Сири|Ливан|Иордани|Израил"
                     r"|Палестин|Саудовск|ОАЭ|Эмират|Катар|Кувейт|Бахрейн|Оман|Йемен|Египт|Египет|Ливи|Тунис|Алжир"
                     r"|Марокк|Судан|Эфиопи|Кени|Танзани|Уганд|Руанд|Сомали|Камерун|Сенегал|Нигери|Нигер|Гвине|Конго"
                     r"|Ангол|Замби|Зимбабве|Мозамбик|ЮАР|Намиби|Ботсван|Мадагаскар|Бенин|Либери|Сьерра-Леоне"
                     r"|Монголи|Япони|Южн[а-яё]{2}\s+Коре|Коре|КНДР|Лаос|Камбодж|Таиланд|Мьянм|Малайзи|Сингапур"
                     r"|Индонези|Филиппин|Австрали|Нов[а-яё]{2}\s+Зеланди|Абхази)[а-яё]{0,3})(?![а-яё])")
# A passport's word in the neighbours' and the customers' own languages, as a note copies it off the document or the
# customer types it (red team bb13, 05): Turkish and Azerbaijani "pasaport", Romanian "paşaport", Vietnamese "hộ chiếu"
# (and without its marks), Kazakh "төлқұжат", Tajik "шиноснома", Armenian "անձնագիր", Georgian "პასპორტი", Chinese
# "护照", Korean "여권", Greek "διαβατήριο", Hebrew "דרכון", Arabic "جواز سفر", German "Reisepass", French "passeport",
# Spanish "pasaporte", Belarusian "пашпарт" (red team bb15, 04).
FOREIGN_PASSPORT_WORDS = (r"pa[sșş]aport[a-z]*|passeport[a-z]*|reisepass[a-z]*|h[ộo][\s\-]*chi[ếe]u|пашпарт[а-яёіў]*"
                          r"|пашпорт[а-яёўқғҳ]*"  # Uzbek Cyrillic (red team bb16, 04)
                          r"|төлқұжат[а-яёәіңғүұқөһ]*|шиноснома[а-яё]*|անձնագիր\w*|პასპორტ\w*|护照|여권|διαβατήριο\w*"
                          r"|דרכון|جواز\s+(?:ال)?سفر")
# A device's make, model or kind — the words a phone, a laptop or a tablet is named by on a network's list of devices,
# which names it after its owner by default ("iPhone Даши", "Sveta's MacBook Air", "Pasha-Xiaomi", "ПК-Гоша"):
# recognizers/person.py reads the first name beside one as its owner's (issue 15, stop 51); a model's words ("Air",
# "Max") are none. Lowercase, as written.
DEVICE_NAME_WORDS = frozenset({
    "iphone", "ipad", "ipod", "imac", "macbook", "mac", "galaxy", "samsung", "pixel", "honor", "huawei", "xiaomi",
    "redmi", "poco", "realme", "oppo", "vivo", "oneplus", "nokia", "lenovo", "asus", "acer", "dell", "hp", "sony",
    "xperia", "tecno", "infinix", "meizu", "motorola", "moto", "zte", "nothing", "android", "pc", "laptop", "notebook",
    "tab", "pad", "phone", "watch", "air", "pro", "max", "mini", "plus", "ultra", "lite", "note", "edge", "fold", "flip",
    "book", "se",
    "пк", "ноутбук", "ноут", "планшет", "смартфон", "телефон", "компьютер", "комп", "айфон", "айпад", "макбук"})

# What a caller does with the contact centre, by lemma: a noun that does it is a person (red team bb13, 13: "Волк просил
# перезвонить", "Жалоба: Коваль не может дозвониться") — the person's verbs the name kind reads a surname by
# (recognizers/person.py, _nouns_as_callers); a verb of wanting or asking reaches the infinitive after it.
CALLERS_VERBS = frozenset({"звонить", "позвонить", "перезвонить", "перезванивать", "дозвониться", "дозваниваться",
                           "обратиться", "обращаться", "пожаловаться", "жаловаться", "оплатить", "заплатить",
                           "уточнить", "уточнять", "подключить", "отключить", "заблокировать", "восстановить",
                           "переоформить", "оставить"})  # "заявку оставил Орёл"; not "оформить": a goal is
# "оформлен" too ("Дубль оформил …")
VERBS_BEFORE_AN_INFINITIVE = frozenset({"мочь", "смочь", "хотеть", "захотеть", "просить", "попросить", "пытаться",
                                         "попытаться", "собираться"})

# Where a person lives or is registered, by lemma (п. 3: «Адреса: прописки …»): the verbs that place a person's home —
# read by the checker for the caller's home town (disclosure/streets.py) and for a place the operator proposes to the
# caller («Вы живёте в доме 5 …?» is the operator telling it, no caller's words restated: disclosure/sense.py, stop 54)
RESIDING_VERBS = frozenset({"жить", "проживать", "прописать", "прописаться", "прописываться", "зарегистрировать",
                            "зарегистрироваться", "обитать", "поселиться", "селиться"})



# A name written in a neighbour's Cyrillic spelling — Ukrainian or Belarusian letters (і ї є ґ ў), "йо" after a
# consonant ("Воробйов"), a surname's "-ьов" ("Ковальов"), a Ukrainian patronymic ("Васильович") — read in the letters
# Russian writes it with (red team bb18, f04). The name kind (recognizers/person.py: neighbours_spelling,
# in_russian_letters) reads it so for its normal form, its name readings and the checker's card words. Not "ьо" alone
# or "-ою": Russian writes them too ("бульон", "почтальон", "рукою").
NEIGHBOUR_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "ў": "в"})
_NEIGHBOUR_LETTER = re.compile(r"[іїєґў]|[бвгджзклмнпрстфхцчшщ](?:йо|ьов)|[йь]ов(?:ич|н)", re.IGNORECASE)
# Ukrainian "йо" after a consonant is Russian "ьё" ("Воробйов": Воробьёв), "ьо" is "ё" ("Ковальов": Ковалёв); a
# patronymic's "-ійович"/"-іївна" is "-еевич"/"-еевна" ("Сергійович": Сергеевич, "Андріївна": Андреевна), "-ьович" and
# "-айович" are "-евич" ("Васильович": Васильевич).
_NEIGHBOUR_SOFT_O = re.compile(r"ійов(?=ич|н)|іїв(?=н)|(?<=ь)ов(?=ич|н)|(?<=[ая])йов(?=ич|н)"
                               r"|(?<=[бвгджзклмнпрстфхцчшщ])[йь]о(?!в(?:ич|н))")
_SOFT_O_IN_RUSSIAN = {"йо": "ьё", "ьо": "ё"}
# A Ukrainian case ending of a name, as the Russian one ("Воробйовою": Воробьёвой, "Петрові": Петрову).
_NEIGHBOUR_ENDING = re.compile(r"(?:ою|ею|ові|еві)$")
_ENDING_IN_RUSSIAN = {"ою": "ой", "ею": "ей", "ові": "ову", "еві": "еву"}
# Ukrainian and Belarusian first names whose Russian form differs by more than letters (a prosthetic "г"/"в", another
# vowel or ending): the neighbour's nominative -> the Russian nominative; a form of it reads as the Russian name.
NEIGHBOUR_FIRST_NAMES = {
    "ганна": "анна", "олена": "елена", "олександр": "александр", "олександра": "александра", "олексій": "алексей",
    "аляксандр": "александр", "аляксей": "алексей", "микола": "николай", "мікалай": "николай", "михайло": "михаил",
    "міхаіл": "михаил", "павло": "павел", "петро": "петр", "пятро": "петр", "сяргей": "сергей", "андрэй": "андрей",
    "дмитро": "дмитрий", "дзмітрый": "дмитрий", "володимир": "владимир", "уладзімір": "владимир", "вольга": "ольга",
    "тетяна": "татьяна", "таццяна": "татьяна", "кацярына": "екатерина", "наталія": "наталья", "наталля": "наталья",
    "євген": "евгений", "яўген": "евгений", "федір": "федор", "фёдар": "федор", "яків": "яков", "йосип": "иосиф",
    "гнат": "игнат", "григорій": "григорий", "ілля": "илья", "лізавета": "елизавета", "єлизавета": "елизавета",
    "антін": "антон",
}
_NAME_ENDINGS = "аяйьеоуыиіїє"
# The case endings a neighbour's first name takes after its stem ("Ганну", "Ганною", "Павлові", "Миколі").
_CASE_ENDINGS = frozenset({"", "а", "я", "и", "і", "ї", "у", "ю", "о", "е", "є", "ы", "ом", "ем", "єм", "ой", "ей", "ою",
                           "ею", "єю", "ові", "еві", "єві", "ым", "им", "ам"})
_VOWELS = "аеиоуыэюя"
_VOWELS_AND_SIGNS = str.maketrans("", "", "аеёиоуыэюяйьъ")
_DOUBLED_LETTER = re.compile(r"(.)\1+")
_SKELETON_LETTERS = 3  # consonants a name's skeleton needs before another spelling's is read as it ("Анна" has one)
_SKELETON_TAIL = 2  # consonants a case or derivation ending adds to a name's skeleton ("-ом", "-ою", "-ським")
_SPELLINGS = 9  # readings at most of a word's Ukrainian "і" (two of them: "и", "о" or "е" each)


def _stem(word: str) -> str:
    """A name's stem its case endings attach to ("ганна" -> "ганн", "микола" -> "микол")."""
    for _ in range(2):
        if len(word) > 4 and word[-1] in _NAME_ENDINGS:
            word = word[:-1]
    return word


def in_neighbours_letters(word: str) -> bool:
    """Is `word` written with a neighbour's letters or letter groups (a Ukrainian or Belarusian letter, "йо" after a
    consonant, "-ьов", a Ukrainian patronymic's "-йович"/"-ьович")? Russian spelling never writes them."""
    return _NEIGHBOUR_LETTER.search(word) is not None


def neighbours_first_name(word: str) -> str | None:
    """The Russian first name a form of a neighbour's first name stands for ("Ганну" -> "анна", "Миколі" ->
    "николай"), or None. Some of these forms are Russian words too ("оленем"): the name kind asks its dictionary."""
    lowered = word.lower()
    for neighbours, russian in NEIGHBOUR_FIRST_NAMES.items():
        stem = _stem(neighbours)
        if lowered == neighbours or len(stem) >= 3 and lowered.startswith(stem) and lowered[len(stem):] in _CASE_ENDINGS:
            return russian
    return None


def russian_spelling(word: str) -> str:
    """A name written with a neighbour's letters as Russian letters write it, lowercase: "Воробйов" -> "воробьёв",
    "Іван" -> "иван", "Воробйовою" -> "воробьёвой", "Верабёў" -> "верабёв", a neighbour's first name as the Russian
    one ("Ганну" -> "анна"); any other word lowercase as it is."""
    lowered = word.lower()
    first_name = neighbours_first_name(lowered)
    if first_name is not None:
        return first_name
    if not in_neighbours_letters(lowered):
        return lowered
    return _NEIGHBOUR_ENDING.sub(lambda found: _ENDING_IN_RUSSIAN[found.group()],
                                 _NEIGHBOUR_SOFT_O.sub(_soft_o_in_russian, lowered)).translate(NEIGHBOUR_LETTERS)


def _soft_o_in_russian(found: re.Match[str]) -> str:
    spelled = found.group()
    if spelled in _SOFT_O_IN_RUSSIAN:
        return _SOFT_O_IN_RUSSIAN[spelled]
    return "еев" if spelled[0] == "і" else "ев"  # a patronymic's "-ійович", "-іївна" / "-ьович", "-айович"


def russian_spellings(word: str) -> tuple[str, ...]:
    """russian_spelling first, then with each Ukrainian "і" read as the "о" or "е" Russian writes in a closed syllable
    ("Петрівна" -> "петривна", "петровна", "петревна"; "Федір" -> "федор"): the name kind keeps the one its dictionary
    knows as a name (recognizers/person.py, in_russian_letters)."""
    plain = russian_spelling(word)
    lowered = word.lower()
    if "і" not in lowered or len(lowered) != len(plain):
        return (plain,)
    spellings = [""]
    for at, letter in enumerate(plain):
        choices = ("и", "о", "е") if lowered[at] == "і" and len(spellings) * 3 <= _SPELLINGS else (letter,)
        spellings = [spelled + choice for spelled in spellings for choice in choices]
    return tuple(dict.fromkeys([plain, *spellings]))


def name_skeleton(word: str) -> str:
    """A name's consonants in Russian letters, doubled ones once: "Петрівна" and "Петровна" -> "птрвн", "Верабёў" and
    "Воробьёв" -> "врбв" — what a neighbour's spelling keeps of a Russian name whose vowels it writes its own way (the
    Ukrainian "і" of a closed syllable, the Belarusian unstressed "а", "я")."""
    return _DOUBLED_LETTER.sub(r"\1", russian_spelling(word).replace("ё", "е").translate(_VOWELS_AND_SIGNS))


def spells_the_name(word: str, name: str) -> bool:
    """Is `word`, written with a neighbour's letters, a form of the Russian name `name` (lowercase, "ё" as "е"), its
    vowels written the neighbour's way? The same first letter (any two vowels are one), the name's skeleton of 3
    consonants or more, and at most 2 of an ending after it ("Воробйова", "Петрівна", "Сергійович", "Верабёў")."""
    if not in_neighbours_letters(word):
        return False
    russian, name = russian_spelling(word).replace("ё", "е"), name.replace("ё", "е")
    if not russian or not name:
        return False
    if russian[0] != name[0] and not (russian[0] in _VOWELS and name[0] in _VOWELS):
        return False
    said, card = name_skeleton(russian), name_skeleton(name)
    return len(card) >= _SKELETON_LETTERS and said.startswith(card) and len(said) - len(card) <= _SKELETON_TAIL
# A stage role's verbs: what a performer does to a character ("Гамлета играет Кирилл Ладыженский", "сыграла Настасью
# Филипповну", "Бориса поёт бас Эльдар Гасанов", "Карлсона озвучивает ..."): the accusative name such a verb governs
# is a role, no person (recognizers/person.py: _a_role_cast). Lemmas, both aspects. Only verbs of the stage: "исполнять"
# is a contact center's everyday verb ("заявку Петрова исполняет Смирнов": Петрова is a customer), so it is none.
PERFORMING_VERBS = frozenset({"играть", "сыграть", "петь", "спеть", "танцевать", "станцевать", "озвучивать",
                              "озвучить"})
# The nouns of a stage role a name in the genitive belongs to ("в роли Фроша", "партию Татьяны"): that name is a
# character's (_a_role_cast). Only nouns a contact center's notes do not use of a customer: "костюм", "образ", "грим"
# are everyday things a person has ("костюм Петрова"), so they are none.
ROLE_NOUNS = frozenset({"роль", "партия"})


# ГОСТ Р 50577: the letters a car plate may hold, Cyrillic, and their Latin look-alikes, one for one (read by
# recognizers/vehicle_plate.py, and by packed_run.RUN_START: the digits glued to a plate's body are its region)
PLATE_LETTERS = "АВЕКМНОРСТУХ"
LATIN_PLATE_LETTERS = "ABEKMHOPCTYX"
