"""Synthetic lowercase call sentences with people's names, for training the name tagger (issue 15).

    python -m benchmarks.name_sentences --n 20      # print a few, [[...]] marking names

Names come from lists written here (Russian, Tatar, Caucasian, Central-Asian, Korean and Western first names and
surnames, surnames that are ordinary words) and from pymorphy2's own dictionary (every first name, surname and
patronymic lemma it knows), inflected by pymorphy2 into the case the context asks for. Contexts are clauses written
here for this purpose — what callers and operators say around a name — joined with name-free call clauses and
fillers, and hard negatives: sentences whose words have a name reading but name nobody (вера, надежда, любовь,
роман, лев, мир, заря, months, cities, brands, speaker labels). Every name word of the measured check sets
(benchmarks/data/names_check*) is left out of the lists, so those sets stay first-contact for the names too.
Deterministic for a seed. Not an evaluation set: the tagger is scored on text nobody here wrote.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from benchmarks.evaluate import Sample

DATA = Path(__file__).resolve().parent / "data"
CACHE = Path("/tmp") / "guard_pymorphy_name_lemmas.json"
CHECK_SETS = ("names_check", "names_check2")

# --- names written here ---------------------------------------------------------------------------------
MALE = """александр дмитрий сергей андрей алексей иван михаил николай владимир олег артём евгений виктор антон
никита илья павел юрий георгий вадим тимур руслан фёдор григорий кирилл денис егор ярослав матвей василий анатолий
геннадий борис валерий виталий станислав вячеслав эдуард аркадий семён леонид богдан марк даниил тихон филипп
всеволод мирон лука савелий герман арсений назар елисей платон демид роман лев""".split()
FEMALE = """мария анна елена ольга наталья татьяна ирина екатерина юлия анастасия дарья ксения галина людмила
алёна софья валентина зинаида евгения виктория лариса кристина елизавета варвара ульяна диана раиса алиса алина
василиса ева милана арина таисия нелли эвелина кира ника вера надежда любовь марина маргарита антонина""".split()
TATAR_MALE = "ильдар рамиль айдар ринат фарит рустем ильнур радик марсель азат ильшат тагир рашид дамир".split()
TATAR_FEMALE = "альфия гульшат зульфия наиля гузель лейсан резеда эльмира алсу ляйсан гульнара рамиля".split()
CAUCASUS_MALE = "ашот арам гурген вано гиви давид заур магомед ахмед ислам шамиль рамзан арсен тигран гоги".split()
CAUCASUS_FEMALE = "анаит лиана нино тамила заира патимат мадина карина асмик кетеван".split()
ASIA_MALE = "бахтиёр фаррух шухрат улугбек дилшод нурлан ерлан азамат бекзод жасур санжар тимурлан айбек".split()
ASIA_FEMALE = "айгерим жанар асель дильбар гулноза нигора сабина камила малика зарина шахноза".split()
WEST_MALE = "джон майкл томас питер ханс пьер жан мартин франк марко лука стивен дэвид клаус янек".split()
WEST_FEMALE = "мэри джессика анна-лиза моника сьюзан кэтрин хелен ингрид габриэла изабель".split()
RU_SURNAMES = """иванов петров смирнов кузнецов соколов попов лебедев новиков морозов васильев павлов семёнов
голубев виноградов богданов фёдоров михайлов тарасов комаров макаров андреев ковалёв ильин титов кудрявцев баранов
куликов степанов яковлев сорокин романов захаров борисов королёв герасимов пономарёв лазарев ершов никитин соболев
рябов поляков цветков данилов жуков фролов крылов сидоров осипов егоров матвеев бобров калинин антонов тимофеев
веселов марков миронов шестаков ефимов громов фомин давыдов мельников щербаков блинов карпов власов тихонов
ковалевский покровский высоцкий островский донской черных долгих седых шевченко бондаренко ткаченко коваленко
ковальчук гончарук полищук савчук""".split()
TATAR_SURNAMES = "хабибуллин гайнуллин сабиров ахметов валиев зарипов шакиров гарифуллин мухаметшин нуриев".split()
CAUCASUS_SURNAMES = """бериашвили гелашвили квирикадзе арутюнян саркисян оганесян магомедов гаджиев гусейнов
алиев мамедов джапаридзе абрамян кадыров""".split()
ASIA_SURNAMES = "каримов рахимов турсунов исмаилов назаров абдуллаев усманов ташкентов жумабаев сейтказиев".split()
KOREAN_SURNAMES = "ким ли пак цой тен хан шин югай огай тян пегай то".split()
WEST_SURNAMES = """смит браун джонсон миллер мюллер шульц дюпон росси гарсия мартинес вебер шмидт фишер клейн
уилсон тейлор андерсон беккер""".split()
# Surnames that are ordinary words (animals, things, adjectives): the hardest for the dictionary.
WORD_SURNAMES = """кот заяц мороз орёл ворон сокол карась щука пила молоток кузнец мельник бык баран козёл
голубь воробей чиж сыч филин окунь ёж жук комар рак краб лис бобр белый чёрный новый рыжий малый сухой толстой
лысый глухой береза дуб клён тополь рябина калина сорока синица ласточка галка снегирь жаворонок""".split()
SPOKEN_LETTER_NAMES = {"а": "а", "б": "бэ", "в": "вэ", "г": "гэ", "д": "дэ", "е": "е", "ж": "жэ", "з": "зэ", "и": "и",
                       "й": "и краткое", "к": "ка", "л": "эл", "м": "эм", "н": "эн", "о": "о", "п": "пэ", "р": "эр",
                       "с": "эс", "т": "тэ", "у": "у", "ф": "эф", "х": "ха", "ц": "цэ", "ч": "че", "ш": "ша", "щ": "ща",
                       "ы": "ы", "э": "э", "ю": "ю", "я": "я", "ь": "мягкий знак", "ъ": "твёрдый знак", "ё": "ё"}

# --- contexts written here: {P} is the name, its case after the colon ---------------------------------------
CONTEXTS = """
nomn: меня зовут {P}
nomn: это {P} звонит
nomn: алло это {P}
nomn: я {P} хочу узнать баланс
nomn: здравствуйте {P} слушаю вас
nomn: владелец {P}
nomn: владелец договора {P}
nomn: абонент {P} просит перезвонить
nomn: клиент {P} жалуется на связь
nomn: на линии {P}
nomn: с вами говорит {P}
nomn: меня {P} зовут
nomn: {P} это я
nomn: {P} звонила вчера
nomn: {P} не может войти в личный кабинет
nomn: контактное лицо {P}
nomn: получатель {P}
nomn: отправитель {P}
nomn: плательщик {P}
nomn: моя мама {P}
nomn: мой сын {P} пользуется номером
nomn: ну это {P} короче
nomn: фамилия имя {P}
nomn: да да {P} всё верно
nomn: спасибо {P} до свидания
nomn: {P} а можно побыстрее
nomn: подскажите {P} когда починят
nomn: оператор {P} слушаю
nomn: специалист {P} приедет завтра
nomn: пишет {P} что не приходят смс
nomn: ваш мастер {P} не пришёл
gent: у {P} не работает интернет
gent: от {P} пришло сообщение
gent: для {P} нужна сим карта
gent: номер {P} заблокирован
gent: договор {P} расторгнут
gent: паспорт {P} у меня на руках
gent: со слов {P} деньги списали
gent: от имени {P} звоню
gent: без {P} не могу решить
gent: заявление от {P}
gent: доверенность от {P}
gent: я жду {P} из отдела продаж
gent: нет {P} на месте
gent: телефон {P} не отвечает
datv: передайте {P} что я звонил
datv: позвоните {P} пожалуйста
datv: отправили смс {P}
datv: перевод {P} не дошёл
datv: я звоню по поводу {P}
datv: деньги ушли {P}
datv: к {P} приходил мастер
datv: скажите {P} чтобы перезвонила
datv: номер принадлежит {P}
datv: я сестра {P} нет брат
datv: выдали сим карту {P}
accs: оформлен на {P}
accs: договор на имя {P}
accs: сим карта на {P}
accs: позовите {P} к телефону
accs: попросите {P} перезвонить
accs: переоформить на {P}
accs: перевели на {P} по ошибке
accs: я знаю {P} лично
accs: запишите {P} на завтра
accs: пригласите {P}
accs: соедините меня через {P}
ablt: поговорить с {P}
ablt: я разговаривал с {P}
ablt: вы говорите с {P}
ablt: договор заключён с {P}
ablt: мы с {P} вместе подключались
ablt: свяжитесь с {P}
ablt: соедините с {P}
ablt: я за {P} стою в очереди
loct: речь о {P}
loct: вопрос о {P}
loct: я спрашивал о {P}
loct: информация о {P} нужна
"""
# CRM comments and chat, lowercased as some exports are: a name with initials, punctuation kept.
WRITTEN_CONTEXTS = """
nomn: кл. {P} просил перезвонить после 18:00
nomn: кл. {P}, тел. восемь девятьсот
nomn: фио: {P}; д.р. не сверяли
nomn: владелец {P}, паспорт предъявлен
nomn: законный представитель {P}, тел. уточнить
nomn: ген. директор {P}
nomn: контактное лицо — {P} (бухгалтерия)
nomn: согласовано: {P}
nomn: отправитель: {P} кому: служба поддержки
nomn: -- {P}
nomn: старый владелец {P}, новый — сын
nomn: абон. {P} обратился повторно
nomn: клиент {P} сообщил данные карты в чате
gent: смена владельца с {P} на мужа
gent: от {P} поступила жалоба
datv: звонок {P} не прошёл
accs: номер переоформлен на {P}
accs: договор на {P}, заявка принята
ablt: договор заключён с {P}
"""
SURNAME_CONTEXTS = """
nomn: фамилия {S}
nomn: моя фамилия {S}
nomn: фамилия у меня {S}
nomn: фамилия {S} по буквам {SPELL}
nomn: по буквам {SPELL} {S}
nomn: записывайте {S}
nomn: абонент {S}
nomn: владелец {S}
nomn: клиент {S}
nomn: это {S} из триста пятой квартиры
gent: договор на фамилию {S}
gent: у абонента {S}
accs: на фамилию {S}
accs: оформлено на {S}
accs: на имя {S}
datv: клиенту {S}
ablt: с гражданином {S}
"""
NEGATIVES = """
вера в хорошую связь пропала
надежда только на вас
любовь к тарифам у меня прошла
читаю роман а интернет отвалился
до марта действует скидка
в марте подключали услугу
с первого мая новый тариф
в августе был в роуминге
в зоопарке лев а у меня нет сети
мир такой тесен
заря посёлок у нас там вышки нет
слава богу всё заработало
роза на окне стоит рядом с роутером
лилия цветёт а связи нет
ника это наша собака
я живу в городе королёв
переехали в пушкин под петербургом
мы из города орёл
звоню из казани
в уфе плохо ловит
у меня в липецке всё работает
в тюмени роуминг не нужен
из самары звоню
в краснодаре салон закрыт
телефон самсунг не видит сим карту
айфон не заряжается
у меня хонор новый
сяоми перезагружается сам
перешёл из мегафона
раньше был в билайне
оплачиваю через сбер
заказал на озоне роутер
на вайлдберриз купил модем
в магните терминал не работает
в пятёрочке платил картой
яндекс музыка не грузится
клиент говорит что не получил смс
оператор переключите на специалиста
абонент недоступен
специалист перезвонит завтра
оператор клиент оператор спасибо
зима пришла и связь пропала
весна а роутер всё тот же
дом на улице мира
на проспекте победы нет покрытия
улица молодёжная дом пять
станция метро маяковская
мне нужна детализация за октябрь
хочу сменить тариф на безлимит
пришлите счёт на почту
сколько стоит роуминг в турции
добрый день чем могу помочь
ожидайте на линии
сейчас проверю информацию
баланс отрицательный пополните счёт
"""
CLAUSES = """у меня не работает интернет
хочу подключить безлимит
сколько стоит тариф
деньги списали дважды
не приходят смс
пополнил счёт а денег нет
перезвоните мне после обеда
номер заканчивается на сорок пять
сим карта заблокирована
в роуминге не работает связь
вопрос по детализации
жду уже двадцать минут
нужна справка об оплате
у меня сломался роутер
""".strip().splitlines()
# Words that stand where a name could, in the same contexts, and name nobody ("позовите мужа", "абонент сообщил").
NOT_NAMES = """муж жена сын дочь мама папа брат сестра сосед соседка коллега начальник бабушка дедушка ребёнок внук
внучка мастер курьер оператор менеджер директор бухгалтер юрист сотрудник друг подруга хозяин хозяйка""".split()
FILLERS = ("ну", "э", "вот", "короче", "значит", "так", "да", "алло", "слушайте", "ага", "это самое")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1)
def ordinary_words() -> tuple[str, ...]:
    """Cyrillic words of navec's vocabulary that pymorphy2's dictionary knows and reads as no name part in any parse:
    the words around names in real text. Without them every word outside the few contexts written here would look
    new, and the tagger would learn that a new word is a name."""
    from guard.nlp import any_grammemes, is_known, news_embedding

    words = []
    for word in news_embedding().vocab.words:
        if len(word) > 2 and re.fullmatch(r"[а-яё]+", word) and is_known(word) \
                and not any_grammemes(word) & {"Name", "Surn", "Patr"}:
            words.append(word)
    return tuple(words)


@dataclass(frozen=True)
class Lists:
    male: tuple[str, ...]
    female: tuple[str, ...]
    patronymics: tuple[str, ...]
    surnames: tuple[str, ...]
    dictionary_male: tuple[str, ...]
    dictionary_female: tuple[str, ...]
    dictionary_surnames: tuple[str, ...]
    dictionary_patronymics: tuple[str, ...]


@lru_cache(maxsize=1)
def _morph():
    import pymorphy2
    import pymorphy2_dicts_ru

    import guard.morph  # noqa: F401  (natasha's import makes pymorphy2 work on this Python)

    return pymorphy2.MorphAnalyzer(path=pymorphy2_dicts_ru.get_path())


def dictionary_lemmas() -> dict[str, list[str]]:
    """Every first-name, surname and patronymic lemma of pymorphy2's dictionary (nominative singular), read once
    (~4 minutes) and kept in /tmp: the same dictionary gives the same lists."""
    if CACHE.exists():
        return json.loads(CACHE.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for word, tag, _normal, _para, index in _morph().dictionary.iter_known_words():
        if index == 0 and "sing" in tag.grammemes and "nomn" in tag.grammemes:
            for grammeme in ("Name", "Surn", "Patr"):
                if grammeme in tag.grammemes:
                    key = grammeme + ("-f" if "femn" in tag.grammemes else "-m")
                    out.setdefault(key, set()).add(word)
    lists = {key: sorted(words) for key, words in out.items()}
    CACHE.write_text(json.dumps(lists, ensure_ascii=False), encoding="utf-8")
    return lists


def check_set_words() -> set[str]:
    """Lemmas of every word inside a PERSON span of the measured check sets: kept out of the name lists."""
    words: set[str] = set()
    for name in CHECK_SETS:
        path = DATA / name / "asr.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for gold in item["gold"]:
                for word in re.findall(r"[а-яё]+", item["text"][gold["start"]:gold["end"]]):
                    words.add(word)
                    words.update(p.normal_form for p in _morph().parse(word)[:3])
    return words


def name_lists() -> Lists:
    held_out = check_set_words()

    def keep(words) -> tuple[str, ...]:
        return tuple(w for w in words if w not in held_out and w.replace("ё", "е") not in held_out)

    lemmas = dictionary_lemmas()
    return Lists(
        male=keep(MALE + TATAR_MALE + CAUCASUS_MALE + ASIA_MALE + WEST_MALE),
        female=keep(FEMALE + TATAR_FEMALE + CAUCASUS_FEMALE + ASIA_FEMALE + WEST_FEMALE),
        patronymics=keep(p for p in lemmas.get("Patr-m", []) if p.endswith(("ович", "евич", "ич"))),
        surnames=keep(RU_SURNAMES + TATAR_SURNAMES + CAUCASUS_SURNAMES + ASIA_SURNAMES + KOREAN_SURNAMES
                      + WEST_SURNAMES + WORD_SURNAMES),
        dictionary_male=keep(w for w in lemmas.get("Name-m", []) if len(w) > 2),
        dictionary_female=keep(w for w in lemmas.get("Name-f", []) if len(w) > 2),
        dictionary_surnames=keep(w for w in lemmas.get("Surn-m", []) if len(w) > 2),
        dictionary_patronymics=keep(lemmas.get("Patr-m", [])),
    )


_DECLINING_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ий|ой|ый)$")


def inflect(word: str, case: str, female: bool, kind: str) -> str:
    """`word` (a nominative masculine or feminine lemma) in `case`, by pymorphy2; unchanged when it cannot tell.
    Feminine surnames that do not end like Russian ones (-ян, -дзе, -ко, Korean, Western, ordinary words) do not
    decline, as in Russian."""
    if "-" in word:
        return "-".join(inflect(part, case, female, kind) for part in word.split("-"))
    if kind == "Surn" and female and not _DECLINING_SURNAME.search(word):
        return word
    parses = [p for p in _morph().parse(word) if kind in p.tag.grammemes] or \
        [p for p in _morph().parse(word) if "NOUN" in p.tag.grammemes or "ADJF" in p.tag.grammemes]
    if not parses:
        return word
    grammemes = {case, "sing"}
    if kind in ("Surn", "Patr") or "ADJF" in parses[0].tag.grammemes:
        grammemes.add("femn" if female else "masc")
    form = parses[0].inflect(grammemes)
    return form.word if form else word


def _patronymic(lemma: str, female: bool) -> str | None:
    """The patronymic's nominative for a man or a woman; None when pymorphy2 has no feminine form."""
    if not female:
        return lemma
    form = next((p.inflect({"femn", "nomn", "sing"}) for p in _morph().parse(lemma) if "Patr" in p.tag.grammemes), None)
    return form.word if form else None


def spelled(word: str) -> str:
    return " ".join(SPOKEN_LETTER_NAMES.get(c, c) for c in word.replace("-", ""))


def _contexts(text: str) -> list[tuple[str, str]]:
    return [(line.split(":", 1)[0], line.split(":", 1)[1].strip()) for line in text.strip().splitlines()]


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lists = name_lists()
        self.contexts = _contexts(CONTEXTS)
        self.surname_contexts = _contexts(SURNAME_CONTEXTS)
        self.written_contexts = _contexts(WRITTEN_CONTEXTS)
        self.negatives = NEGATIVES.strip().splitlines()
        self.ordinary = ordinary_words()

    def _person(self, female: bool) -> tuple[str, str, str]:
        rng, lists = self.rng, self.lists
        if rng.random() < 0.2:
            first = rng.choice(lists.dictionary_female if female else lists.dictionary_male)
        else:
            first = rng.choice(lists.female if female else lists.male)
        surname = rng.choice(lists.dictionary_surnames if rng.random() < 0.35 else lists.surnames)
        patronymic = None
        while patronymic is None:
            pool = lists.dictionary_patronymics if rng.random() < 0.2 else lists.patronymics
            patronymic = _patronymic(rng.choice(pool), female)
        return first, patronymic, surname

    def name(self, case: str) -> str:
        rng = self.rng
        female = rng.random() < 0.5
        first, patronymic, surname = self._person(female)
        f = inflect(first, case, female, "Name")
        p = inflect(patronymic, case, female, "Patr")
        s = inflect(surname, case, female, "Surn")
        return rng.choice([f, f, f"{f} {s}", f"{f} {s}", f"{s} {f}", f"{f} {p}", f"{f} {p} {s}", f"{s} {f} {p}",
                           f"{f} {p}", s])

    def name_with_initials(self, case: str) -> str:
        """"соловей а.и.", "е.к. шмидт", "пак о.": a surname and initials, dotted or not, spaced or not."""
        rng = self.rng
        female = rng.random() < 0.5
        first, patronymic, surname = self._person(female)
        s = inflect(surname, case, female, "Surn")
        dot = "." if rng.random() < 0.7 else ""
        gap = rng.choice(("", " ")) if dot else " "
        initials = f"{first[0]}{dot}{gap}{patronymic[0]}{dot}" if rng.random() < 0.8 else f"{first[0]}{dot}"
        return f"{initials} {s}" if rng.random() < 0.25 else f"{s} {initials}"

    def _filler(self) -> str:
        return self.rng.choice(FILLERS) + " " if self.rng.random() < 0.3 else ""

    def _noise(self, most: int = 7) -> str:
        """A few ordinary words, none a name (ordinary_words), some function words between them."""
        rng = self.rng
        words = []
        for _ in range(rng.randint(1 if most < 3 else 2, most)):
            if rng.random() < 0.3:
                words.append(rng.choice(("и", "в", "на", "что", "не", "с", "по", "а", "это", "у", "из", "за", "для")))
            words.append(rng.choice(self.ordinary))
        return " ".join(words)

    def _around(self, clause: str) -> str:
        rng = self.rng
        before = (rng.choice(CLAUSES) if rng.random() < 0.5 else self._noise()) + " " if rng.random() < 0.4 else ""
        after = " " + (rng.choice(CLAUSES) if rng.random() < 0.5 else self._noise()) if rng.random() < 0.5 else ""
        return before + self._filler() + clause + after

    def sentence(self) -> str:
        """One sentence with its names marked [[...]]."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            return self._around(rng.choice(self.negatives))
        if roll < 0.3:
            return self._noise() + " " + self._noise()
        if roll < 0.42:
            case, template = rng.choice(self.surname_contexts)
            female = rng.random() < 0.5
            surname = inflect(self._person(female)[2], case, female, "Surn")
            text = template.replace("{S}", f"[[{surname}]]")
            return self._around(text.replace("{SPELL}", f"[[{spelled(surname)}]]"))
        if roll < 0.52:
            case, template = rng.choice(self.written_contexts)
            name = self.name_with_initials(case) if rng.random() < 0.6 else self.name(case)
            return self._around(template.replace("{P}", f"[[{name}]]"))
        case, template = rng.choice(self.contexts)
        if rng.random() < 0.25:  # the same context with no name in it: the context alone does not make a name
            filler = inflect(rng.choice(NOT_NAMES), case, False, "NOUN") if rng.random() < 0.5 else self._noise(2)
            return self._around(template.replace("{P}", filler))
        text = template.replace("{P}", f"[[{self.name(case)}]]")
        if rng.random() < 0.15:  # the name said again, or a second person in the same turn
            case2, template2 = rng.choice(self.contexts)
            text += " " + template2.replace("{P}", f"[[{self.name(case2)}]]")
        return self._around(text)


_MARK = re.compile(r"\[\[(.+?)\]\]")


def to_sample(marked: str, sample_id: str) -> Sample:
    text, gold, last = "", [], 0
    for match in _MARK.finditer(marked):
        text += marked[last:match.start()]
        gold.append(("PERSON", len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        last = match.end()
    return Sample(sample_id, text + marked[last:], gold, [])


def generate(n: int, seed: int) -> list[Sample]:
    generator = Generator(seed)
    return [to_sample(generator.sentence(), f"syn-{i}") for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    generator = Generator(args.seed)
    for _ in range(args.n):
        print(generator.sentence())
    return 0


if __name__ == "__main__":
    sys.exit(main())
