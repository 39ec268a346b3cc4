"""What a rule's word is about, read from the line's syntax: the customer's own device, account or home, or the
carrier's network, staff and internal systems (Инструкция запретов, пп. 7, 14, 23, 24).

п. 7 forbids "сбой", "авария", "задержка", "проблема" said of the carrier's services ("при ограничении в предоставлении
услуг"); п. 14 forbids the carrier's internal terms; п. 24 forbids entering the customer's account with their password.
A technical desk says the same words of the customer's own equipment and of the customer's own request: "сбой времени
на счётчике", "задержку на выход в панели поставьте", "номер вашего тикета", "под вашей учёткой мы не заходим". What the
word is about is read from its place in the sentence — natasha's dependency parser (slovnet's news syntax model, in the
natasha wheel, run on the navec vectors guard already holds): the word's own phrase (its dependents), and, for the
subject or object of a predicate, that predicate's places ("сбой … лечится на счётчике"). The parse is run only for a
line where one of these rules fired (about 1-2 ms a sentence), never for every line.

The lexicons below are this reading's one home: the customer's equipment (CUSTOMERS_EQUIPMENT, read also by
sense.is_home_device_address) and the carrier's side (CARRIERS_SIDE). Fail closed: a word whose phrase names the
carrier's side at all stays the rule's; a word the parse cannot place stays the rule's.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from guard.disclosure.text import Utterance, stretch_of, word_info
from guard.morph import normalize_word
from guard.threads import one_blas_thread

# The customer's own equipment at home or on their premises (a technical desk's IoT / M2M and smart-home kit): a
# failure or a setting of it is theirs, not the carrier's service (п. 7)
CUSTOMERS_EQUIPMENT = frozenset({
    "роутер", "модем", "маршрутизатор", "вайфай", "wi-fi", "wifi", "вай-фай", "телефон", "смартфон", "планшет",
    "компьютер", "ноутбук", "приставка", "камера", "видеокамера", "датчик", "счетчик", "панель", "трекер", "сигнализация",
    "контроллер", "хаб", "розетка", "лампа", "замок", "домофон", "термостат", "сирена", "прошивка", "конфигуратор",
    "аппарат", "устройство", "гаджет", "локалка", "светодиод", "аккумулятор", "батарейка", "зарядка", "кнопка",
})
# The carrier's side: its network, systems, staff and money flows — a п. 7 word about any of these is the forbidden
# sense whatever else its phrase names ("сбой на вышке возле вашего дома", "задержка зачисления на ваш счёт")
CARRIERS_SIDE = frozenset({
    "сеть", "система", "сервер", "вышка", "станция", "бс", "линия", "район", "связь", "оператор", "компания",
    "зачисление", "зачислить", "зачисляться", "поступление", "платеж", "оплата", "начисление", "списание", "баланс",
    "коммутатор", "биллинг", "оборудование", "канал", "покрытие", "услуга", "интернет", "смс", "sms", "сообщение",
    "звонок", "вызов", "регистрация", "техподдержка", "поддержка", "специалист", "инженер", "отдел", "служба",
    "сотрудник", "магистраль", "провайдер", "стойка", "сота",
})
# whose a thing is, by its determiner or by "у вас" / "у нас"
_CUSTOMERS = frozenset({"ваш", "свой", "твой"})
_CARRIERS = frozenset({"наш"})
_WE = frozenset({"мы"})

# the relations that stay inside a word's own phrase (its dependents), and the places of a predicate
_PHRASE = frozenset({"nmod", "amod", "det", "case", "nummod", "nummod:gov", "flat", "flat:foreign", "flat:name", "appos",
                     "compound", "fixed", "conj", "cc"})
_ARGUMENT = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})
# a predicate's places: its obliques and object ("лечится на счётчике", "уберёт сброс на датчике"), and for a word that
# is the object the subject that shows it ("телефон пишет сбой"); never a second subject beside the word — "Авария,
# поэтому камера не пишет" is parsed with two subjects of one verb, and the camera is what the failure hit
_PLACE = frozenset({"obl", "obj", "nmod"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_NEGATION = frozenset({"не", "никогда"})


@dataclass(frozen=True)
class Node:
    """One word of the parse: its span in the original text, lemmas, head (index or -1) and relation."""

    start: int
    end: int
    lemmas: frozenset[str]
    grammemes: frozenset[str]
    head: int
    rel: str
    sentence: int


@lru_cache(maxsize=1)
def _parser():
    """natasha's news syntax model read from its wheel, on the navec vectors guard already holds (one copy)."""
    from natasha.data import NEWS_SYNTAX
    from slovnet import Syntax

    from guard.nlp import news_embedding

    return Syntax.load(NEWS_SYNTAX).navec(news_embedding())


def _sentences(text: str) -> list[list[tuple[int, int, str]]]:
    """The words the parser reads, sentence by sentence: (start, end, word)."""
    from razdel import sentenize, tokenize

    sentences = []
    for sentence in sentenize(text):
        words = [(sentence.start + t.start, sentence.start + t.stop, t.text) for t in tokenize(sentence.text)]
        if words:
            sentences.append(words)
    return sentences


@one_blas_thread  # a model call like the NER's: one BLAS thread in any host (guard/threads.py; stop 55)
def _parse(text: str) -> list[Node]:
    sentences = _sentences(text)
    nodes: list[Node] = []
    for number, (words, markup) in enumerate(zip(sentences, _parser().map([[w for _, _, w in words]
                                                                              for words in sentences]))):
        base = len(nodes)
        for (start, end, word), token in zip(words, markup.tokens):
            head = int(token.head_id.split("_")[-1]) - 1 if token.head_id and not token.head_id.endswith("_0") else -1
            info = word_info(normalize_word(word))
            nodes.append(Node(start, end, info.lemmas, info.top_grammemes, base + head if head >= 0 else -1, token.rel,
                              number))
    return nodes


def parse(utterance: Utterance) -> list[Node]:
    """The line's dependency parse, computed once per utterance (Utterance.derived). A parse that fails gives no words:
    every reading here is then False and the rule keeps its hit (fail closed)."""
    return utterance.derived("syntax", lambda: _parse_or_nothing(utterance.text))


def may_hold(utterance: Utterance, lemmas: frozenset[str]) -> bool:
    """Could a node of the line's parse hold one of `lemmas`? False only when no word the parser reads does: a node's
    lemmas are its word's (word_info, as `_parse` reads them), so a reading that needs such a node is False without the
    parse (issue 12, speed: the parse costs milliseconds, the words' lemmas microseconds). True when unsure."""
    read = words_read(utterance)
    return read is None or not read.isdisjoint(lemmas)


def words_read(utterance: Utterance) -> frozenset[str] | None:
    """Every lemma of every word the parse reads, once per utterance and without the parse (a superset of its nodes'
    lemmas: `may_hold`, and п. 12's gate, guard/disclosure/evaluation.py); None when they cannot be read."""
    return utterance.derived("syntax_lemmas", lambda: _lemmas_read(utterance.text))


def _lemmas_read(text: str) -> frozenset[str] | None:
    """Every lemma of every word `_parse` would read (a superset of its nodes' lemmas); None when they cannot be read
    (the line is then parsed, as before)."""
    try:
        return frozenset(lemma for words in _sentences(text) for _, _, word in words
                         for lemma in word_info(normalize_word(word)).lemmas)
    except Exception:  # noqa: BLE001 — whatever the parse would have made of it, it is parsed
        return None


class _Unparsed(list):
    """The parse of a line the parser failed on: no words (every reading of it False)."""


def _parse_or_nothing(text: str) -> list[Node]:
    try:
        return _parse(text)
    except Exception:  # noqa: BLE001 — a missing or broken model must not open what the rules flagged
        return _Unparsed()


@lru_cache(maxsize=256)
def parse_text(text: str) -> tuple[Node, ...]:
    """The dependency parse of a text that is no operator's line (a card's note: guard/policy/termination.py reads
    what an ending is said of, stop 56), with the same model and BLAS-thread guard; no words when the parse fails —
    a reading that needs it then reads nothing and the stricter reading stands."""
    return tuple(_parse_or_nothing(text))


def parse_failed(utterance: Utterance) -> bool:
    """The line's parse was asked for and failed (a missing or broken model): the readings that needed it read nothing
    and the rules kept their hits, so a learned guess (the hit verifier) may not read such a hit away either — fail
    closed on a detector's error. False when no parse was asked for, or it worked."""
    return isinstance(utterance.derived_so_far("syntax"), _Unparsed)


def _node_at(nodes: list[Node], start: int, end: int) -> int | None:
    for i, node in enumerate(nodes):
        if node.start < end and start < node.end and node.lemmas - {"не"}:
            return i
    return None


def _parsed_hit(utterance: Utterance, start: int, end: int, words: frozenset[str]) -> tuple[list[Node], int] | None:
    """The line's parse and the node of the hit at [start, end) when that node is one of `words`; None, and the line
    not parsed, when no token of the hit is one of them."""
    inside = utterance.token_range(start, end)
    if inside is None or not any(t.info.lemmas & words for t in utterance.tokens[inside[0]:inside[1] + 1]):
        return None
    nodes = parse(utterance)
    i = _node_at(nodes, start, end)
    return (nodes, i) if i is not None and nodes[i].lemmas & words else None


def _children(nodes: list[Node], i: int) -> list[int]:
    return [j for j, node in enumerate(nodes) if node.head == i]


def _phrase(nodes: list[Node], i: int, depth: int = 4) -> list[int]:
    """The word at `i` and its dependents within its phrase (a few levels: "сбой времени на счётчике")."""
    out, frontier = [i], [i]
    for _ in range(depth):
        frontier = [j for f in frontier for j in _children(nodes, f) if nodes[j].rel in _PHRASE and j not in out]
        out.extend(frontier)
    return out


def _reach(nodes: list[Node], i: int) -> list[int]:
    """What the word is said of: its own phrase, and — for the subject or object of a predicate — the predicate's
    other places ("сбой … лечится на счётчике", "задержку … поставьте в панели")."""
    reach = _phrase(nodes, i)
    node = nodes[i]
    if node.rel in _ARGUMENT and node.head >= 0:
        # two subjects of one verb are a misparse: the one after the verb is its object ("телефон пишет сбой")
        object_ = node.rel == "obj" or (node.rel in _SUBJECT and i > node.head and any(
            j < node.head and nodes[j].rel in _SUBJECT for j in _children(nodes, node.head)))
        places = _PLACE | (_SUBJECT if object_ else frozenset())
        for j in _children(nodes, node.head):
            if j != i and nodes[j].rel in places:
                reach.extend(k for k in _phrase(nodes, j) if k not in reach)
        # an infinitive governed by a verb ("может давать сбой", "начал выдавать ошибку") has no subject of its own:
        # the governing verb's subject is its subject ("аккумулятор … может давать сбой")
        if object_:
            for j in _controllers_subjects(nodes, node.head):
                reach.extend(k for k in _phrase(nodes, j) if k not in reach)
    return reach


def _controllers_subjects(nodes: list[Node], predicate: int) -> list[int]:
    """The subjects of the verbs an infinitive at `predicate` hangs on as their complement (xcomp), up the chain
    ("аккумулятор может начать давать сбой"): the one who does what the infinitive says."""
    found: list[int] = []
    seen = {predicate}  # the parser predicts each head alone: a chain may loop back on itself
    while nodes[predicate].rel == "xcomp" and "INFN" in nodes[predicate].grammemes and nodes[predicate].head >= 0 \
            and nodes[predicate].head not in seen:
        predicate = nodes[predicate].head
        seen.add(predicate)
        found.extend(j for j in _children(nodes, predicate) if nodes[j].rel in _SUBJECT)
    return found


def _carriers_side(nodes: list[Node], indexes) -> bool:
    """The carrier's side named among `indexes`: its network, systems, staff or money (CARRIERS_SIDE), "наш", "мы"."""
    return any(nodes[j].lemmas & (CARRIERS_SIDE | _CARRIERS | _WE) for j in indexes)


def _sentence(nodes: list[Node], i: int) -> list[int]:
    return [j for j, node in enumerate(nodes) if node.sentence == nodes[i].sentence]


def _denied(nodes: list[Node], j: int) -> bool:
    """"не" right before the word or its preposition ("а не в вашем телефоне"): the thing is what it is NOT about."""
    before = [k for k in range(max(0, j - 3), j) if nodes[k].sentence == nodes[j].sentence]
    return any(nodes[k].lemmas & _NEGATION for k in before)


def about_customers_own(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 7 word at [start, end) is said of the customer's own equipment ("сбой времени на счётчике", "задержку на
    выход в панели поставьте", "проблема в вашей камере"): its phrase or its predicate's places name the customer's
    device or their possessive, and nothing of the carrier's side (its network, systems, staff, money: "сбой на вышке",
    "задержка зачисления", "у нас")."""
    if not may_hold(utterance, CUSTOMERS_EQUIPMENT):
        return False  # no word of the customer's equipment: no device in any reach, whatever the parse
    nodes = parse(utterance)
    i = _node_at(nodes, start, end)
    if i is None:
        return False
    # the device from the word's own reach (the parse); the carrier's side from anywhere in its sentence — the parse
    # may attach "у нас", "на нашей стороне" elsewhere, and a word near the carrier's side stays the rule's (fail closed)
    device = any(nodes[j].lemmas & CUSTOMERS_EQUIPMENT and not _denied(nodes, j) for j in _reach(nodes, i))
    return device and not _carriers_side(nodes, _sentence(nodes, i))


# What the carrier itself runs or does (CARRIERS_SIDE but the customer's own acts and things: a payment, a call, a
# message, the balance, a tariff's service): a п. 7 word whose own phrase names one is the sense the instruction names
# ("задержка зачисления", "сбой на сервере", "авария на станции"), while "задержка платежа" (the customer's) or
# "задержка перед вызовом" (a watch's SOS setting) may be either
CARRIERS_OWN = CARRIERS_SIDE - {"платеж", "оплата", "звонок", "вызов", "смс", "sms", "сообщение", "баланс", "услуга",
                                "интернет", "регистрация", "связь", "район"}


def said_of_carriers_side(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 7 word at [start, end) is said of what the carrier itself runs or does, by the syntax: its own phrase
    names the carrier's network, systems, staff or money flows (CARRIERS_OWN) or "у нас", that word not denied and not
    itself of something else by its own genitive ("линия электропередачи") — "задержка зачисления платежа", "сбой на
    нашем сервере", "у нас авария на станции". That is the forbidden sense the instruction names (п. 7: "зачисление
    денег на номер"): a learned guess of the word's sense (the hit verifier, the line model) may not read it away. False
    when the line names none of those words or cannot be parsed — the guesses then decide as before."""
    if not may_hold(utterance, CARRIERS_OWN | _CARRIERS | _WE):
        return False
    nodes = parse(utterance)
    i = _node_at(nodes, start, end)
    if i is None:
        return False
    own = _phrase(nodes, i) + [j for j in _children(nodes, i) if nodes[j].rel == "obl"]
    own += [k for j in own if nodes[j].rel == "obl" for k in _phrase(nodes, j) if k not in own]
    head = nodes[i].head
    if nodes[i].rel in _SUBJECT and head >= 0 and not nodes[head].grammemes & {"VERB", "INFN"}:
        own.append(head)  # a predicate with no verb: "у нас авария" (the parse may make "нас" the root)
    return any(j != i and nodes[j].lemmas & (CARRIERS_OWN | _CARRIERS | _WE) and not _denied(nodes, j)
               and not _of_something_else(nodes, j) for j in own)


# the carrier's things whose name is also another's by its genitive: "линия электропередачи", "сеть магазинов"
_SHARED_THINGS = frozenset({"линия", "сеть", "система", "станция", "канал", "служба", "отдел"})


def _of_something_else(nodes: list[Node], j: int) -> bool:
    """The word at `j` is a thing of something no part of the carrier's side, by its own genitive ("линия
    электропередачи", "система отопления")."""
    return bool(nodes[j].lemmas & _SHARED_THINGS) and any(
        nodes[k].rel == "nmod" and "NOUN" in nodes[k].grammemes and "gent" in nodes[k].grammemes
        and not nodes[k].lemmas & CARRIERS_SIDE and not any(nodes[m].rel == "case" for m in _children(nodes, k))
        for k in _children(nodes, j))


def subject_does(utterance: Utterance, subjects: frozenset[str], verbs: frozenset[str],
                 objects: frozenset[str], done: bool = False) -> bool:
    """One of `subjects` is the subject of one of `verbs` by the syntax, the verb not negated, and its object or the
    object's attribute is one of `objects` ("Вы, как новый владелец, правильно назвали федеральный номер": the words
    between them no limit, as a window of words is). False when the line names none of the verbs, none of the subjects
    or none of the objects (no node could hold one: not parsed), or cannot be parsed. `done`: the act stated as done
    or held — not an infinitive, an imperative, a future ("когда вы назовёте федеральный") or under "бы" ("если бы вы
    знали федеральный"; stop 53)."""
    if not (may_hold(utterance, verbs) and may_hold(utterance, subjects) and may_hold(utterance, objects)):
        return False
    nodes = parse(utterance)
    for i, node in enumerate(nodes):
        if not node.lemmas & verbs or any(nodes[k].rel == "advmod" and nodes[k].lemmas & _NEGATION
                                          for k in _children(nodes, i)):
            continue
        if done and (node.grammemes & {"INFN", "impr", "futr"}
                     or any(nodes[k].lemmas & {"бы", "б"} for k in _children(nodes, i))):
            continue
        objects_named = [k for k in _children(nodes, i) if nodes[k].rel == "obj"][:1]  # the first: what was said
        # a negation between the verb and its object negates what was said ("назвали не федеральный, а городской
        # номер": the merge's review, stop 48)
        objects_named = [k for k in objects_named
                         if not any(nodes[m].lemmas & _NEGATION for m in range(min(i, k) + 1, max(i, k)))]
        if any(nodes[k].rel in _SUBJECT and nodes[k].lemmas & subjects for k in _children(nodes, i)) and any(
                nodes[j].lemmas & objects for k in objects_named
                for j in [k, *(m for m in _children(nodes, k) if nodes[m].rel == "amod")]):
            return True
    return False


def attribute_of_a_thing(utterance: Utterance, start: int, end: int) -> bool:
    """The adjective at [start, end) qualifies a thing, by the syntax: it is an attribute (amod) of an inanimate noun
    that follows it, only other attributes of that noun between them ("майский тариф", "мартовскую безлимитную акцию")
    — a property of the thing, not something said of the person addressed ("вы майский?" has no such noun). False when
    the parse places it otherwise, puts anything else between them ("вы майский, а ваш муж") or fails."""
    nodes = parse(utterance)
    i = _node_at(nodes, start, end)
    if i is None or nodes[i].rel != "amod" or not nodes[i].head > i:
        return False
    head = nodes[i].head
    between = range(i + 1, head)
    return {"NOUN", "inan"} <= nodes[head].grammemes and nodes[head].sentence == nodes[i].sentence and all(
        nodes[j].rel == "amod" and nodes[j].head == head for j in between)


def said_of_another_thing(utterance: Utterance, start: int, end: int, things: frozenset[str]) -> bool:
    """The п. 7 word at [start, end) is said of one of `things` (a bus, a road, a bank's app: none of the carrier's
    side) by the syntax: the thing is in the word's own phrase, or it is the subject of the predicate the word is an
    argument or an oblique of ("автобус … с задержкой ходит", "рейс может выйти с задержкой"), and nothing of the
    carrier's side is named in its sentence. Fail closed: no parse, no such thing — the rule keeps its hit."""
    if not may_hold(utterance, things):
        return False
    nodes = parse(utterance)
    i = _node_at(nodes, start, end)
    if i is None:
        return False
    reach = _phrase(nodes, i)
    node = nodes[i]
    if node.rel in _ARGUMENT | {"obl"} and node.head >= 0:
        subjects = [j for j in _children(nodes, node.head) if j != i and nodes[j].rel in _SUBJECT]
        for j in subjects + _controllers_subjects(nodes, node.head):
            reach.extend(k for k in _phrase(nodes, j) if k not in reach)
    return any(nodes[j].lemmas & things for j in reach) and not _carriers_side(nodes, _sentence(nodes, i))


# п. 23: "профилактика" is upkeep of the carrier's network and systems only when it is of them; its genitive says what
# it is of. The systems it may be of besides CARRIERS_SIDE (the rule's own "профилактика базы|сервера|платформы"), and
# the customer's products the carrier runs (an app, a site, the personal account, a tariff): fail closed, these stay
_UPKEEP_WORDS = frozenset({"профилактика"})
_CARRIERS_SYSTEMS = frozenset({"база", "программа", "платформа", "приложение", "сайт", "кабинет", "сервис", "продукт",
                               "тариф", "номер", "сим-карта", "симка", "портал", "личный", "данные", "данный", "crm",
                               "срм"})


# What is NOT the carrier's and closes for upkeep ("подъёмник закрыт на профилактику", "бассейн закрывается на
# профилактику"): other people's places and machines, read from this list only — a thing off it ("узел", "кластер",
# "ретранслятор", "мост" — a radio link too —, any word the list never saw) stays the carrier's, п. 23 (fail closed: stop 50's review). Not the
# company's own places ("салон", "офис", "магазин", "центр", "точка": its shops) nor the customer's kit (sense's reading)
OTHERS_CLOSED_FOR_UPKEEP = frozenset({
    "подъёмник", "подъемник", "лифт", "эскалатор", "канатка", "фуникулёр", "фуникулер", "бассейн", "каток", "баня",
    "сауна", "спортзал", "стадион", "музей", "театр", "кинотеатр", "библиотека", "зоопарк", "аттракцион", "парк",
    "пляж", "фонтан", "столовая", "кафе", "ресторан", "буфет", "аптека", "поликлиника", "больница", "клиника",
    "стоматология", "школа", "садик", "детсад", "вокзал", "аэропорт", "паром", "переправа", "переезд",
    "тоннель", "туннель", "трасса", "дорога", "склон", "банкомат", "котельная", "водопровод", "бойлер",
})
_CLOSED = frozenset({"закрыть", "закрытый", "закрываться", "закрывать", "остановить", "остановленный", "уйти", "уходить"})
_AGREEMENT = frozenset({"masc", "femn", "neut", "plur"})


def _closed_thing_is_anothers(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 23 word at [start, end) is what a thing of someone else's is closed for ("Подъёмник на Зелёной закрыт на
    профилактику до обеда, а у связи ограничений нет"): "на" + the word right after a word of closing, whose subject —
    the nearest noun in the nominative before it in its stretch agreeing with it in gender or number — is on the list
    of what is NOT the carrier's (OTHERS_CLOSED_FOR_UPKEEP), and the stretch (which ends at a contrast word: "…, а у
    связи …" speaks of the network apart) names nothing of the carrier's side, its systems or the call center's own
    words. Any other subject ("узел", "сервер", "станция", a word never seen) keeps the rule's hit."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    i = next((k for k in range(inside[0], inside[1] + 1) if tokens[k].info.lemmas & _UPKEEP_WORDS), None)
    if i is None or i < 2 or tokens[i - 1].form.lower() != "на" or not tokens[i - 2].info.lemmas & _CLOSED:
        return False
    closing = i - 2
    first, last = stretch_of(utterance, closing)
    agreement = tokens[closing].info.top_grammemes & _AGREEMENT
    if not agreement:
        return False
    subject = next((k for k in range(closing - 1, first - 1, -1)
                    if "NOUN" in tokens[k].info.top_grammemes and "nomn" in tokens[k].info.grammemes  # "каток": nom = acc
                    and tokens[k].info.top_grammemes & _AGREEMENT == agreement), None)
    if subject is None or not tokens[subject].info.lemmas & OTHERS_CLOSED_FOR_UPKEEP:
        return False
    from guard.nlp import DOMAIN_WORDS  # the call center's own words ("роуминг", "интернет", "симка"): its services

    carriers = CARRIERS_SIDE | _CARRIERS_SYSTEMS | CUSTOMERS_EQUIPMENT | _CARRIERS | _WE | DOMAIN_WORDS
    return not any(t.info.lemmas & carriers or t.form.lower() in DOMAIN_WORDS for t in tokens[first:last + 1])


def _before_a_contrast(utterance: Utterance, nodes: list[Node], i: int) -> list[int]:
    """The node indexes of `i`'s sentence that stand in its stretch (text.stretch_of: up to a contrast word, "а", "но"):
    where speech to text writes no full stop, "профилактика пролежней забота медсестёр а ваш вопрос про номер" speaks
    of the number apart from the upkeep."""
    inside = utterance.token_range(nodes[i].start, nodes[i].end)
    sentence = _sentence(nodes, i)
    if inside is None:
        return sentence
    first, last = stretch_of(utterance, inside[0])
    lo, hi = utterance.tokens[first].start, utterance.tokens[last].end
    return [j for j in sentence if lo <= nodes[j].start and nodes[j].end <= hi]


def _only_genitive(utterance: Utterance, node: Node) -> bool:
    """Every reading of the word at `node` is a genitive ("пролежней"; not "сети", a dative or prepositional too)."""
    inside = utterance.token_range(node.start, node.end)
    if inside is None:
        return False
    cases = {"nomn", "accs", "datv", "ablt", "loct", "voct", "gen2", "acc2", "loc2"}
    return not utterance.tokens[inside[0]].info.grammemes & cases


def upkeep_of_another_thing(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 23 word at [start, end) ("профилактика") is the prevention of something that is no part of the carrier's
    network or systems: a genitive right under it, without a preposition, says what it is of ("профилактика здоровья",
    "профилактика мошенничества"), that noun is neither the carrier's side nor one of its systems, and its sentence
    names nothing of the carrier's side ("профилактика оборудования", "у нас профилактика на станции", "профилактика
    базы" stay п. 23's); its sentence is read up to a contrast word ("…, а ваш вопрос про номер …" is another
    matter). Or a thing on the list of what is not the carrier's is closed for it (_closed_thing_is_anothers). Fail
    closed: no such genitive, or no parse — the rule keeps its hit."""
    if _closed_thing_is_anothers(utterance, start, end):
        return True
    hit = _parsed_hit(utterance, start, end, _UPKEEP_WORDS)
    if hit is None:
        return False
    nodes, i = hit
    of = [j for j in _children(nodes, i) if nodes[j].rel == "nmod" and {"NOUN", "gent"} <= nodes[j].grammemes
          and not any(nodes[k].rel == "case" for k in _children(nodes, j))]
    if not of and i + 1 < len(nodes) and nodes[i + 1].sentence == nodes[i].sentence \
            and {"NOUN", "gent"} <= nodes[i + 1].grammemes and _only_genitive(utterance, nodes[i + 1]):
        of = [i + 1]  # the parse of unpunctuated speech may hang it elsewhere: "профилактика пролежней забота …",
        # a noun right after it that can be nothing but a genitive is still what it is of
    if not of:
        return False
    what = [k for j in of for k in _phrase(nodes, j)]
    if any(nodes[k].lemmas & (_CARRIERS_SYSTEMS | CUSTOMERS_EQUIPMENT) for k in what):
        return False  # the customer's own device is sense.other_sense's reading ("профилактику своего роутера")
    return not _carriers_side(nodes, _before_a_contrast(utterance, nodes, i))


# п. 14: the customer's request under its loanword ("тикет"), as "заявка" is — the word the customer holds
_REQUEST_WORDS = frozenset({"тикет"})
_REQUEST_HANDLE = frozenset({"номер"})
# where a request is sent inside the company ("закину тикет в бэк-офис", "тикет на сетевиков", "второго приоритета")
_SENT_WHERE = frozenset({"туда", "приоритет"})


def names_customers_request(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 14 hit at [start, end) is the loanword for the customer's own request — the request the customer holds
    and is told of or asked for, as "заявка" is: the word (not the abbreviation "ТТ") governed by its number ("номер
    тикета", said or asked) or owned by the customer ("ваш тикет", "по вашему тикету"), and no unit, destination,
    priority or other carrier's side in its phrase or its predicate's places ("тикет ваш я отдал в службу
    эксплуатации", "закину тикет туда" stay п. 14's; so does a ticket of the operator's own work: "пока тикет не
    допишу")."""
    hit = _parsed_hit(utterance, start, end, _REQUEST_WORDS)
    if hit is None:
        return False
    nodes, i = hit
    reach = _reach(nodes, i)
    node = nodes[i]
    # its number governs it: by the parse, or as the genitive right after "номер" (the parse may read a loanword's
    # unknown genitive as another noun's nominative)
    handle = node.head if node.head >= 0 and nodes[node.head].lemmas & _REQUEST_HANDLE else (
        i - 1 if i > 0 and nodes[i - 1].sentence == node.sentence and nodes[i - 1].lemmas & _REQUEST_HANDLE else None)
    numbered = handle is not None
    if numbered:
        reach = reach + [j for j in _phrase(nodes, handle) if j not in reach]  # "номер тикета" said or asked
    owned = any(nodes[j].lemmas & _CUSTOMERS and nodes[j].rel == "det" for j in _children(nodes, i))
    if not (numbered or owned):
        return False
    if _carriers_side(nodes, reach) or any(nodes[j].lemmas & _SENT_WHERE for j in reach):
        return False
    # a place it goes to: "в/на/к" + a noun among the predicate's places ("отдал в службу", "на сетевиков")
    for j in reach:
        if j == i or nodes[j].rel != "obl":
            continue
        if any(nodes[k].rel == "case" and nodes[k].lemmas & {"в", "на", "к"} for k in _children(nodes, j)) and \
                "NOUN" in nodes[j].grammemes:
            return False
    return True


def act_negated(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 24 act at [start, end) is denied: the predicate the hit's words belong to ("под вашей учёткой мы не
    заходим", "в ваш кабинет мы не входим") carries "не" — the operator says they never enter the customer's account,
    which is the instruction's own stance, not the act. The words' predicate only: "не волнуйтесь, захожу под вашей
    учёткой" negates another verb."""
    if not may_hold(utterance, _NEGATION):
        return False  # no negation word: no predicate carries one, whatever the parse
    nodes = parse(utterance)
    inside = [i for i, node in enumerate(nodes) if node.start < end and start < node.end]
    if not inside:
        return False
    # the act is the operator's own verb in the words ("захожу … пароль": not the imperative the phrase ran on to), or
    # the verb the words hang on ("под вашей учёткой … заходим")
    # — a request in the words ("продиктуйте пароль") is never the denied act, whatever verb it hangs on
    verbs = [i for i in inside if nodes[i].grammemes & {"VERB", "INFN"}]
    if verbs:
        predicates = {i for i in verbs if "1per" in nodes[i].grammemes}
        if len(predicates) < len(verbs):
            return False
    else:
        predicates = {nodes[i].head for i in inside if nodes[i].head >= 0 and nodes[i].head not in inside}
    if not predicates:
        return False
    return all(any(nodes[k].lemmas & _NEGATION and nodes[k].rel == "advmod" for k in _children(nodes, p))
               and ({"VERB", "INFN"} & nodes[p].grammemes) for p in predicates)
