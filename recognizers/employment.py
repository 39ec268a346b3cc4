"""EMPLOYER, JOB_TITLE, INCOME: where an applicant works, as whom, and what they earn — a credit questionnaire's
«Занятость» block copied into a note («работает ООО «БашТрансЛогистик», водитель-экспедитор, доход 72 000 руб.»).

Personal data (152-ФЗ, ст. 3: any information relating to an identified person) once it is tied to a person: a
note names the applicant, and the employer, the position and the salary single them out and tell their means (issue
15, packed_aa51). An organisation's name alone is not personal data and guard does not mask it (recognizers/holder.py):
an organisation is an EMPLOYER only when the note says someone works there — a questionnaire's label («место работы»,
«работодатель», «Работа:», «раб.», a table's column «Работа»), «работает (в)», or the position or the salary beside it
in one enumeration. A position is a JOB_TITLE by a profession's noun with such a cue, beside the employer or a salary,
or right after a person's full name. An amount is INCOME after an income's word («доход», «зарплата», «з/п»,
«оклад», «пенсия», «стипендия», «2-НДФЛ», a column «Доход») or before «на руки», or closing the employment's enumeration; a price,
a monthly payment, a balance or a rate has none of these and stays visible (the sets' hard negatives).

The three are read together, once a text (`employment_spans`): each cue reaches its value, and the enumeration that
holds one of them lends its cue to its neighbours. A key: value card or a table with a header (recognizers/structured)
is read the same way, each cell after its column's label.
"""
from __future__ import annotations

import re
from functools import lru_cache

from guard.analysis import EntityRecognizer, RecognizerResult
from guard.document import text_holds
from guard.recognizers.base import Kind, make_result, name_value, number_value
from guard.recognizers.lexicon import LEGAL_FORMS
from guard.recognizers.structured import read_structure

# An organisation's legal form, in capitals as written: the commercial ones (lexicon.LEGAL_FORMS) and the public
# sector's institutions an applicant works at — schools, hospitals, municipal offices («МБОУ», «ГБУЗ», «МКУ»).
PUBLIC_INSTITUTION_FORMS = ("МБОУ", "МАОУ", "МОБУ", "МБДОУ", "МАДОУ", "ГБОУ", "ГАОУ", "ГБПОУ", "ГАПОУ", "ФГБОУ", "ФГАОУ",
                            "ГБУЗ", "ГАУЗ", "ГБУ", "ГАУ", "ГКУ", "ГУ", "МБУ", "МАУ", "МКУ", "МУ", "ФГБУ", "ФГКУ", "ФКУ",
                            "ФГУП", "ГУП", "МУП", "НКО", "АНО", "КФХ", "ТСЖ", "СНТ")
_FORMS = sorted({form.upper() for form in LEGAL_FORMS if form.isascii() is False} | set(PUBLIC_INSTITUTION_FORMS),
                key=lambda form: (-len(form), form))
# A quoted name, quotes inside it too («ПКО «Башвзыскание»», «… „Вектор“»)
_QUOTED = r"[«\"„“][^«»\"„“”\n\t]{1,80}(?:[«\"„“][^«»\"„“”\n\t]{1,60}[»\"“”][^«»\"„“”\n\t]{0,40})?[»\"“”]{1,2}"
# after the form: a region's abbreviation («ГБУЗ РБ «…»»), the name quoted or capitalised words; then where it is
# («ГО г. Уфа», «г. Уфа», «Кировского района»)
ORGANISATION = (r"(?<![А-ЯЁA-Za-zа-яё])(?-i:(?:" + "|".join(_FORMS) + r"))(?:\s+(?-i:[А-ЯЁ]{2,3}))?\s*"
                r"(?:" + _QUOTED + r"|(?-i:[А-ЯЁ][А-ЯЁа-яё\-]+)(?:\s+(?-i:[А-ЯЁ][А-ЯЁа-яё\-]+)){0,2})"
                r"(?:\s+(?:ГО\s+)?г\.\s*(?-i:[А-ЯЁ][а-яё\-]+))?")
_ORGANISATION = re.compile(ORGANISATION)

# The head nouns of positions (their stems, any case): the professions a questionnaire's «должность» holds.
PROFESSION_STEMS = (
    "водител", "экспедитор", "учител", "преподавател", "воспитател", "педагог", "методист", "инженер", "конструктор",
    "технолог", "бухгалтер", "экономист", "юрист", "юрисконсульт", "медсестр", "медбрат", "врач", "фельдшер",
    "санитар", "фармацевт", "провизор", "менеджер", "оператор", "сварщик", "кассир", "лаборант", "курьер", "инспектор",
    "мастер", "продавец", "продавц", "консультант", "машинист", "прораб", "монтажник", "вахтовик", "электрик", "электромонт",
    "слесар", "токар", "грузчик", "кладовщик", "охранник", "повар", "официант", "уборщи", "дворник", "парикмахер",
    "программист", "администратор", "директор", "руководител", "начальник", "заместител", "специалист", "аналитик",
    "секретар", "логист", "диспетчер", "штукатур", "маляр", "плотник", "столяр", "механик", "тракторист", "агроном",
    "ветеринар", "зоотехник", "товаровед", "снабженец", "мерчендайзер", "супервайзер", "пекар", "кондитер", "швея",
    "закройщи", "бригадир", "контролёр", "контролер", "ревизор", "нотариус", "адвокат", "полицейск", "сторож",
    "почтальон", "библиотекар", "архивариус", "табельщи", "комплектовщи", "упаковщи", "сборщи", "стропальщи",
    "крановщи", "бетонщи", "каменщи", "отделочни", "обходчи", "проводни", "стюардесс", "пилот", "штурман", "матрос",
    "таксист", "геолог", "геодезист", "маркшейдер", "кинолог", "тренер", "инструктор", "массажист", "косметолог",
    "стоматолог", "хирург", "терапевт", "педиатр", "акушер", "няня", "сиделк", "дизайнер", "фотограф", "журналист",
    "редактор", "переводчик", "риелтор", "риэлтор", "брокер", "страховщик", "экскурсовод", "горничн",
)
# a stem and an ending of three letters at most: «мастерская», «продавать» are no position
_PROFESSION = r"(?:" + "|".join(sorted(PROFESSION_STEMS, key=lambda s: (-len(s), s))) + r")[а-яё]{0,3}"
# A position: up to two adjectives before its noun («медицинская сестра» is read by «сестра» after an adjective ending
# -ая), the noun with its hyphenated second noun («водитель-экспедитор»), then what it governs: genitive words, «по …»,
# a grade («5 разряда», «2 кат.») — up to the enumeration's next comma, a preposition of place or time, the employer.
_ADJECTIVE = r"(?:[а-яё]+(?:ый|ий|ой|ая|яя|ого|его|ому|ему|ым|им|ую|юю|ей|ые|ие|ых|их)[ \t\u00a0]+)"
# not a department named by its staff («бухгалтерия», «секретариат»)
_HEAD = r"(?!бухгалтери|секретариат|директорат)(?:" + _PROFESSION + r"|(?<=ая\s)сестр[аыеу])(?:-[а-яё]+)*"
_GOVERNED = (r"(?:[ \t\u00a0]+(?:по[ \t\u00a0]+)?(?!(?:в|во|с|со|на|и|а|но|до|от|за|при|для|из|у|к)(?![а-яё])"
             r"|(?:доход|зарплат|оклад|стаж|пенси|тел|рабоч|работ)[а-яё]*(?![а-яё]))[а-яё]{2,}(?:-[а-яё]+)*|[ \t\u00a0]+\d{1,2}(?:-?го)?[ \t\u00a0]+(?:разряда|кат\.|категории|класса|ранга))")
# a speaker's label («оператор:», «мастер:») is no position
JOB_TITLE = (r"(?<![а-яёА-ЯЁ\-])" + _ADJECTIVE + r"{0,2}" + _HEAD + r"(?![а-яё])(?![ \t]*:)" + _GOVERNED + r"{0,4}"
             r"(?![ \t]*:)")
_JOB_TITLE = re.compile(JOB_TITLE)
# Words after a governed word that still belong to the position only when a genitive or «по» phrase goes on: a word
# ending the clause that reads as a verb or an adverb is none of the position («кассир работает …»)
_NOT_GOVERNED_END = re.compile(r"(?:ет|ит|ут|ют|ат|ят|ал|ла|ли|ло|но|ся|сь|ть)$")

# An amount of money: thousands apart or together, kopecks, a currency after it (inside the value, as the sets
# label it); not a rate, a count of months or a year
_AMOUNT = (r"(?<![\d.,/\-])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{4,8})(?:[.,]\d{1,2})?"
           r"(?:\s?(?:тыс\.?\s*)?(?:руб\.?|р\.|₽|rub|RUB)|(?![\d%]))(?!\s*(?:%|мес|г\.|год|лет|шт|мин|дн))")
# Its words: an income, a salary, a pension, a tax statement of income; then up to three words («по декларации», «в
# справке», «средний», «а в 2-НДФЛ») and a mark
INCOME_WORDS = (r"доход\w*|зарплат\w*|заработн\w*\s+плат\w*|з/п|з\.\s?п\.|оклад\w*|пенси[яиюей]\w*|стипенди\w*"
                r"|2-?ндфл")
# («за 6 мес.», «за 2025 г.»: the period it is counted over)
_INCOME_CUE = re.compile(r"(?<![а-яё])(?:" + INCOME_WORDS + r")(?![а-яё])(?:[\s:—–\-=]+(?:[а-яё]{1,12}|2-ндфл"
                         r"|за\s+(?:\d{1,2}\s+мес\w*|\d{4}\s*г(?:од)?)\.?)){0,3}"
                         r"[\s:—–\-=]*(?=" + _AMOUNT + ")", re.IGNORECASE)
_AMOUNT_RE = re.compile(_AMOUNT)
_TAKE_HOME = re.compile(r"(?<!\s)\s+на\s+руки", re.IGNORECASE)

# Where someone works: a questionnaire's labels («место работы», «работодатель», «Работа:», «раб.:», «рабочий»,
# «Занятость», «трудоустроен», «на работу:») and the verb said of them («работает (в)», not «не работает»): an
# organisation after any of them is the employer; a position only after the label «работа» or the verb (the others name
# a workplace, «рабочих дней», «на работе»)
EMPLOYMENT_WORDS = (r"мест[оа]\s+работы|работодател\w*|рабоч(?:ий|его|ему|ем)|занятост\w*|трудоустроен\w*|служит"
                    r"|на\s+работу|работа|раб\.|(?<!не\s)работа(?:ет|ю|л|ла)")
_AFTER_THE_CUE = r"(?:[\s:—–\-,»)]+(?:в|во|на|в\s+должности|кем|как)(?![а-яё]))?[\s:—–\-,»)]*"
_WORKS_AT = re.compile(r"(?<![а-яё])(?:" + EMPLOYMENT_WORDS + r")(?![а-яё])" + _AFTER_THE_CUE, re.IGNORECASE)
_WORKS_AS = re.compile(r"(?<![а-яё])(?:работа|раб\.|должност[ьию]+|в\s+должности|((?<!не\s)работа(?:ет|ю|л|ла)))"
                       r"(?![а-яё])" + _AFTER_THE_CUE, re.IGNORECASE)
# After the verb a position is its complement, in the instrumental («работает курьером»); a noun in the nominative
# there is the verb's subject («на судне работает корабельный оператор», a company)
_PROFESSION_WORD = re.compile(r"(?<![а-яё])" + _PROFESSION + r"(?![а-яё])")
_INSTRUMENTAL = re.compile(r"(?:ом|ем|ём|ой|ей|ою|ею|ами|ями)$")
# Where a student studies, in place of an employer («студентка Уфимского колледжа сервиса и дизайна», «учится в
# Уфимском университете»): a capitalised word and the lowercase words of the institution's name up to a mark
_STUDIES_AT = re.compile(r"(?<![а-яё])(?:студент\w*|учащ(?:ий|аяся|егося|ейся)\w*|курсант\w*|(?:учится|обучается)\s+в)\s+"
                         r"((?-i:[А-ЯЁ][а-яё]+(?:-[а-яё]+)*)(?:\s+(?-i:[а-яё]+(?:-[а-яё]+)*|[А-ЯЁ][а-яё]+)){1,6})", re.IGNORECASE)
_INSTITUTION = re.compile(r"(?<![а-яё])(?:колледж|университет|институт|техникум|училищ|лице|гимнази|академи|школ"
                          r"|консерватори|филиал)[а-яё]*(?![а-яё])", re.IGNORECASE)
# A person's full name with a patronymic, then a comma: what follows in the enumeration is theirs
_FULL_NAME = re.compile(r"(?-i:[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична|вича|вны|вичу|вне"
                        r"|вичем|вной|ичны|ичной))\s*,\s*")
# A line that speaks of someone's employment or income: an income's word, a questionnaire's label of employment — what
# lets a position beside an organisation, or after a full name, read as someone's («оператор ПАО «…»» is the carrier's,
# «Петров Иван Ильич, директор ООО «…»» signs a company's letter)
_EMPLOYMENT_LINE = re.compile(r"(?<![а-яё])(?:" + INCOME_WORDS + r"|мест[оа]\s+работы|работодател\w*|работа(?:ет|ю|л|ла)?"
                              r"|раб\.|рабоч\w*|занятост\w*|должност\w*|трудоустр\w*)(?![а-яё])", re.IGNORECASE)
# Between two members of one enumeration: a comma, a dash, «в» before the employer
_NEXT_MEMBER = re.compile(r"\s*(?:,|—|–|;)?\s*(?:в\s+|во\s+)?")

# What a text must hold for any of the three to be read: an employment's or an income's word, a student's, or a
# profession's noun (a position after a full name, beside an organisation)
HINT = (r"студент|учащ|курсант|учится|обучается|работ|раб\.|рабоч|занятост|трудоустр|должност|доход|зарплат|заработн"
        r"|з/п|з\.\s?п\.|оклад|пенси|стипенди|2-?ндфл|на\s+руки|" + "|".join(PROFESSION_STEMS))


def _speaks_of_employment(text: str, start: int, end: int) -> bool:
    """Does the line of [start, end) speak of someone's employment or income (`_EMPLOYMENT_LINE`)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _EMPLOYMENT_LINE.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


def _paid_position_after(text: str, at: int) -> bool:
    """Do a position and an amount follow `at` in one enumeration («, токарь 4 разряда, 70 000 руб.»)?"""
    gap = _NEXT_MEMBER.match(text, at)
    job = _job_at(text, gap.end()) if gap and gap.group().strip() and "\n" not in gap.group() else None
    if job is None:
        return False
    gap = _NEXT_MEMBER.match(text, job[1])
    return bool(gap and gap.group().strip() == "," and _amount_at(text, gap.end()))


def _job_end(text: str, match: re.Match) -> int:
    """Where a position read by `_JOB_TITLE` ends: its last governed word is dropped while it reads as a verb."""
    end = match.end()
    words = list(re.finditer(r"[а-яё]+|\d+|кат\.", text[match.start():end]))
    while len(words) > 1 and _NOT_GOVERNED_END.search(words[-1].group()) and not words[-1].group().endswith("ния") \
            and words[-1].group() != "кат" and not words[-2].group().isdigit():
        words.pop()
        end = match.start() + words[-1].end()
    return end


def _job_at(text: str, at: int) -> tuple[int, int] | None:
    match = _JOB_TITLE.match(text, at)
    return (match.start(), _job_end(text, match)) if match else None


def _organisation_at(text: str, at: int) -> tuple[int, int] | None:
    match = _ORGANISATION.match(text, at)
    return match.span() if match else None


def _amount_at(text: str, at: int) -> tuple[int, int] | None:
    match = _AMOUNT_RE.match(text, at)
    return match.span() if match else None


_MEMBER_READERS = (("EMPLOYER", _organisation_at), ("JOB_TITLE", _job_at), ("INCOME", _amount_at))


def _enumeration(text: str, found: dict[tuple[int, int], str], start: int, end: int) -> None:
    """The members after a found one in its enumeration («ООО «…», курьер, 60 000»): each next employer, position or
    amount joined by a comma, a dash or «в» is the same person's employment. An amount joins only after a position or
    an employer, and ends the enumeration."""
    at = end
    while True:
        gap = _NEXT_MEMBER.match(text, at)
        if gap is None or "\n" in gap.group() or "\t" in gap.group():
            return
        for entity, reader in _MEMBER_READERS:
            span = reader(text, gap.end())
            if span and span[1] > span[0]:
                found.setdefault(span, entity)
                at = span[1]
                if entity == "INCOME":
                    return
                break
        else:
            return


def _read(text: str) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    for cue in _WORKS_AT.finditer(text):
        span = _organisation_at(text, cue.end())
        if span:
            found.setdefault(span, "EMPLOYER")
    for study in _STUDIES_AT.finditer(text):
        if _INSTITUTION.search(study.group(1)):
            found.setdefault(study.span(1), "EMPLOYER")
    for cue in _WORKS_AS.finditer(text):
        span = _job_at(text, cue.end())
        if span and cue.group(1):
            head = _PROFESSION_WORD.search(text, span[0], span[1])
            if head is None or not _INSTRUMENTAL.search(head.group()):
                continue
        if span:
            found.setdefault(span, "JOB_TITLE")
    for name in _FULL_NAME.finditer(text):
        span = _job_at(text, name.end())
        if span and _speaks_of_employment(text, span[0], span[1]):
            found.setdefault(span, "JOB_TITLE")
    for cue in _INCOME_CUE.finditer(text):
        span = _amount_at(text, cue.end())
        if span:
            found.setdefault(span, "INCOME")
    for amount in _AMOUNT_RE.finditer(text):
        if _TAKE_HOME.match(text, amount.end()):
            found.setdefault(amount.span(), "INCOME")
    # a position and an employer side by side, either order («кассир в ООО «…»», «ООО «…», лаборант»)
    for organisation in _ORGANISATION.finditer(text):
        before = text[max(0, organisation.start() - 80):organisation.start()]
        job, works_in = None, False
        for candidate in _JOB_TITLE.finditer(before):
            gap = _NEXT_MEMBER.fullmatch(before, _job_end(before, candidate))
            if gap:
                job, works_in = candidate, gap.group().strip() in ("в", "во")
        # «кладовщик в ООО «…»» and «ООО «…», токарь, 70 000 руб.» say themselves that someone works there; otherwise
        # the line must speak of it
        if not works_in and not _paid_position_after(text, organisation.end()) \
                and not _speaks_of_employment(text, organisation.start(), organisation.end()):
            continue
        if job is not None:
            offset = organisation.start() - len(before)
            found.setdefault((offset + job.start(), offset + _job_end(before, job)), "JOB_TITLE")
            found.setdefault(organisation.span(), "EMPLOYER")
        gap = _NEXT_MEMBER.match(text, organisation.end())
        if gap and "\n" not in gap.group() and gap.group().strip() and _job_at(text, gap.end()):
            found.setdefault(organisation.span(), "EMPLOYER")
    for (start, end), _entity in sorted(found.items()):
        if _entity != "INCOME":
            _enumeration(text, found, start, end)
    return found


@lru_cache(maxsize=256)
def employment_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """(type, start, end) of every employer, position and income the text ties to someone, in original offsets: read
    in the text as written and in its structured reading (a key: value card, a table under its header)."""
    found = {span: entity for span, entity in _read(text).items()}
    reading = read_structure(text)
    if reading is not None:
        for (start, end), entity in _read(reading.text).items():
            for piece in reading.original_spans(start, end):
                found.setdefault(piece, entity)
    spans = []
    for (start, end), entity in found.items():
        while end > start and text[end - 1] in " ,;:—–-":
            end -= 1
        if end > start:
            spans.append((entity, start, end))
    return tuple(sorted(spans, key=lambda s: (s[1], s[2])))


class _EmploymentRecognizer(EntityRecognizer):
    ENTITY = ""
    SCORE = 0.8
    HINT: re.Pattern | None = None

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="ru")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if self.HINT is not None and not text_holds(text, self.HINT):
            return []
        return [make_result(self, self.ENTITY, start, end, self.SCORE, "an applicant's employment")
                for entity, start, end in employment_spans(text) if entity == self.ENTITY]


class EmployerRecognizer(_EmploymentRecognizer):
    ENTITY = "EMPLOYER"


class JobTitleRecognizer(_EmploymentRecognizer):
    ENTITY = "JOB_TITLE"


class IncomeRecognizer(_EmploymentRecognizer):
    ENTITY = "INCOME"


EMPLOYER_KIND = Kind("EMPLOYER", (EmployerRecognizer,), name_value, hint=HINT)
JOB_TITLE_KIND = Kind("JOB_TITLE", (JobTitleRecognizer,), name_value, hint=HINT)
INCOME_KIND = Kind("INCOME", (IncomeRecognizer,), number_value, numeric=True, hint=HINT)
