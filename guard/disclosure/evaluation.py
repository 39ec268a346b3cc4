"""Инструкция запретов, п. 12: a negative evaluation predicated of the company's side, read by the syntax.

п. 12 forbids "информацию, дискредитирующую Компанию, например, высказывать свою личную точку зрения, противоречащую
политике Компании". What discredits is a judgement, and a judgement has two parts the syntax joins: what is judged —
the company's side (the company, its management, sellers, services, tariffs, network, app, rules: COMPANY_ITSELF and
COMPANY_THINGS, or "у нас", "мы") — and a predicate that judges it badly: a pejorative adjective, noun or adverb, or a
verb of cheating, grabbing or not caring ("роуминг у нас грабительский", "руководство о клиентах не думает", "компания на абонентах
экономит", "приложение вечно глючит"). The rule's phrase list (policies/disclosure.yaml, discrediting-company) reaches
one wording at a time; this reading reaches every wording whose predicate is one of the evaluative stems below, in any
of its derivations (a lemma read by its stem: "грабит-" is грабительский, грабительски; "позор-" is позор, позорище,
позорный) and whose subject, object or holder is the company's side.

The lexicon is a list of evaluative stems, not of phrases: each says what the word says of anything it is predicated
of. A stem that also names a neutral thing is left out or read only in the use that judges: a fault verb ("глючит",
"тормозит", "виснет") judges only as a habit ("вечно", "постоянно", "всегда": a fault acknowledged once is п. 7's
matter, and the instruction's own answer), a verb of caring only negated ("не думает о клиентах").

Not the operator's judgement, so not read: negated ("тариф у нас не грабительский"), asked, supposed ("если приложение
вечно глючит"), reported from the caller ("вы пишете, что приложение вечно глючит"), quoted, a rival's side ("у МТС
тариф грабительский"), the caller's own things ("ваш роутер"), and the network's reach blamed on nature ("связь в тайге
ужасная": the weather, the forest, the relief — п. 7 and п. 16 allow telling the cause). A line the parser cannot read
gives nothing here (the rules and the line model decide it as before).
"""
from __future__ import annotations

from functools import lru_cache

from guard.disclosure.about import CUSTOMERS_EQUIPMENT, Node, parse, words_read
from guard.disclosure.text import Token, Utterance, clauses, stretch_of
from guard.recognizers.lexicon import CARRIERS

# --- the lexicon -------------------------------------------------------------------------------------------------
# Evaluative stems: a word whose lemma starts with one judges what it is said of, whatever its part of speech (the
# adjective, the noun, the adverb, the verb derived from one stem). Spelt with е for ё, as lemmas are folded.
EVALUATIVE_STEMS = (
    # bad, ugly, shameful
    "ужас", "отврат", "кошмар", "отстой", "позор", "убог", "убож", "дерьм", "хренов", "фигов", "паршив", "поган", "мерзк",
    "мерзост", "гадк", "гадост", "безобраз", "бардак", "кринж", "помойк", "шарашк", "дурдом", "издевательск",
    "издевательств", "беспредел", "жутк", "анекдот", "цирк", "клоунад", "посмешищ", "некрасив", "кое-как", "сыр",
    "скатиться", "катиться", "хуже", "худш",
    # stupid, useless, incompetent
    "туп", "идиот", "дурацк", "дурост", "бредов", "бестолк", "бездар", "никчемн", "бесполезн", "некомпетент",
    "безграмотн", "криворук", "халтур", "криво", "косяч", "накосяч", "глуп", "зря",
    # greedy, grabbing, cheating
    "жадн", "жадин", "жадничать", "грабит", "грабеж", "грабить", "ограбл", "обдирал", "обдира", "ободрать", "лохотрон",
    "надувательств", "обман", "жульн", "жулик", "конск", "развод", "разводить", "развести", "дурить", "обдурить",
    "одурачить", "наживаться", "нажиться", "драть", "сдирать", "содрать", "впарив", "впарить", "навязыв", "навязать",
    "выкачив", "выкачать", "вытягив", "вытянуть", "выжимать", "выжать", "обсчит", "экономить", "сэкономить",
    "задрать", "задирать", "намудр", "перемудр", "плевать", "наплевать", "подсун", "втридорога", "переплатн",
    "никакой",
)
# judging only as a predicate: "связь никакая", "приложение сырое" (not "никаких проблем", "сырой ввод")
_PREDICATE_ONLY = ("никак", "сыр")
# lemmas a stem above starts but that judge nothing: a dead end, an economical tariff, raw materials; "тупит" is a
# fault (below)
_NOT_EVALUATIVE = ("тупик", "экономичн", "экономн", "экономист", "тупить", "сырье", "сырок", "сырн", "цирков")
# A fault verb or noun judges only as a habit: "приложение вечно глючит", "сайт постоянно виснет" (not "лежать",
# "падать": "оборудование всегда лежит на складе", "цены всегда падают" judge nothing).
FAULT_STEMS = ("глюч", "глюк", "тормоз", "виснуть", "зависа", "зависнуть", "лагать", "лаг", "сбоить", "отваливаться",
               "отвалиться", "тупить")
HABITUAL = frozenset({"вечно", "постоянно", "всегда", "вечный", "регулярно", "систематически", "бесконечно",
                      "беспрестанно", "непрерывно"})
# A verb of caring judges when denied: "руководство о клиентах не думает", "начальство не чешется".
# The company's people not knowing or hearing what they do judge them too ("руководство само не понимает, что творит",
# "руководство никого не слышит"): only with the company itself the subject (below).
_CARING_FOR = frozenset({"думать", "заботиться", "позаботиться", "беспокоиться", "считаться"})
_KNOWING = frozenset({"понимать", "слышать"})
CARING = _CARING_FOR | _KNOWING | frozenset({"чесаться", "почесаться"})
# whom caring is for: the people a company serves
_PEOPLE = frozenset({"клиент", "абонент", "человек", "люди", "народ", "пользователь", "вы", "покупатель", "пенсионер"})

# --- the company's side ----------------------------------------------------------------------------------------------
# The company itself and those who run it: the company's side by their own sense, no "наш" needed.
COMPANY_ITSELF = frozenset({"компания", "руководство", "начальство", "маркетолог", "маркетинг", "менеджмент",
                            "наверху", "верхи", "директор", "дирекция", "головной", "офис"})
# What it sells, runs or rules: the company's side unless marked as the caller's own or a rival's.
COMPANY_THINGS = frozenset({
    "тариф", "тарификация", "роуминг", "связь", "сеть", "покрытие", "сигнал", "интернет", "приложение", "сайт",
    "сервис", "обслуживание", "поддержка", "техподдержка", "биллинг", "система", "акция", "подписка", "услуга", "опция",
    "пакет", "цена", "абонплата", "правило", "политика", "условие", "повышение", "тв", "телевидение", "салон",
    "продавец", "менеджер", "колл-центр", "кол-центр", "оборудование", "вышка",
    "страховка", "программа", "бонус", "штраф", "пеня", "комиссия", "порядок", "регламент", "процедура", "инструкция",
    "нововведение", "партнер", "кабинет",
})
_OURS = frozenset({"наш"})
_WE = frozenset({"мы", "нас"})
_THEIRS = frozenset({"ваш", "свой", "твой"})
# the other carriers (the carriers' one home, recognizers/lexicon.CARRIERS, less the company's own names) and the word
# for any of them: a judgement of theirs is no п. 12's
_OWN_NAMES = frozenset({"билайн", "beeline", "вымпелком"})
RIVALS = (CARRIERS - _OWN_NAMES) | frozenset({"т2", "конкурент", "конкурентка"})
_ELSEWHERE = frozenset({"другой", "чужой", "иной", "сосед"})
# the reach of the network blamed on nature, as п. 7 and п. 16 allow ("связь в тайге ужасная", "в грозу сигнал
# отвратительный")
_SIGNAL = frozenset({"связь", "сеть", "покрытие", "сигнал", "интернет"})
NATURE = frozenset({"тайга", "лес", "гора", "горы", "рельеф", "погода", "гроза", "ветер", "снег", "снегопад", "дождь",
                    "буря", "ураган", "метель", "туман", "низина", "овраг", "ущелье", "болото", "подвал", "бетон",
                    "стена", "лифт", "глушь", "трасса", "поле", "степь", "тундра", "помещение", "здание", "река", "холм",
                    "остров", "расстояние", "удаленность"})

# --- not the operator's judgement --------------------------------------------------------------------------------------
_NEGATION = frozenset({"не", "ни", "нисколько", "отнюдь", "никогда"})
_SUPPOSED = frozenset({"если", "ли", "вдруг", "бы", "б", "разве", "неужели", "якобы", "мол", "будто", "словно"})
_SAYING = frozenset({"говорить", "сказать", "писать", "написать", "жаловаться", "пожаловаться", "считать", "утверждать",
                     "сообщать", "сообщить", "указать", "указывать", "упомянуть", "упоминать", "назвать", "называть",
                     "думать", "полагать", "решить", "слышать", "услышать", "заявлять", "заявить", "жалоба", "отзыв",
                     "слово", "мнение", "пожаловаться", "возмущаться", "утверждение"})
_FRANKLY = frozenset({"честно", "по-честному", "откровенно", "правда", "по-человечески", "совесть", "начистоту"})
_SECOND_PERSON = frozenset({"вы", "ваш", "клиент", "абонент", "пользователь", "вам"})


@lru_cache(maxsize=20_000)
def _stem_of(lemma: str, stems: tuple[str, ...]) -> bool:
    return lemma.startswith(stems)


def is_evaluative(lemmas: frozenset[str]) -> bool:
    """One of the word's lemmas is an evaluative stem's derivation (EVALUATIVE_STEMS) and not a neutral word the stem
    also begins ("тупик", "экономичный")."""
    return any(_stem_of(lemma, EVALUATIVE_STEMS) for lemma in lemmas) and not any(
        _stem_of(lemma, _NOT_EVALUATIVE) for lemma in lemmas)


def _is_fault(lemmas: frozenset[str]) -> bool:
    return any(_stem_of(lemma, FAULT_STEMS) for lemma in lemmas)


_JUDGING_STEMS = EVALUATIVE_STEMS + FAULT_STEMS
_COMPANY_WORDS = COMPANY_ITSELF | COMPANY_THINGS | _OURS | _WE


# "так себе" (so-so): an evaluative predicate of two words, whose lemmas alone ("так", "себя") judge nothing: "связь у
# нас так себе", "приложение, честно, так себе" (stop 57, ay57). Not the reflexive dative of a verb beside it ("я так
# себе это представляю", "представила так себе"): no verb or infinitive right before "так" or right after "себе".
_SO, _SO_SELF = "так", "себе"


def _so_so_at(forms: list[str], verbal: list[bool], k: int) -> bool:
    """Tokens k, k+1 are "так себе" said as an evaluation (see above): `forms` lowercased, `verbal` whether a token is a
    verb, an infinitive or a gerund."""
    return (k + 1 < len(forms) and forms[k] == _SO and forms[k + 1] == _SO_SELF
            and not (k > 0 and verbal[k - 1]) and not (k + 2 < len(forms) and verbal[k + 2]))


def _says_so_so(utterance: Utterance) -> bool:
    tokens = utterance.tokens
    forms = [t.form.lower() for t in tokens]
    verbal = [bool(t.info.top_grammemes & {"VERB", "INFN", "GRND"}) for t in tokens]
    return any(_so_so_at(forms, verbal, k) for k in range(len(tokens) - 1))


def _so_so_node(nodes: list[Node], e: int) -> bool:
    """The node at e is "себе" of an evaluative "так себе" in its sentence."""
    if e < 1 or nodes[e].sentence != nodes[e - 1].sentence:
        return False
    window = [k for k in range(e - 2, e + 2) if 0 <= k < len(nodes) and nodes[k].sentence == nodes[e].sentence
              and not nodes[k].grammemes & {"PNCT"}]
    forms = [" ".join(sorted(nodes[k].lemmas & {_SO, _SO_SELF})) for k in window]
    verbal = [bool(nodes[k].grammemes & {"VERB", "INFN", "GRND"}) for k in window]
    k = window.index(e - 1) if e - 1 in window else -1
    return k >= 0 and _so_so_at(forms, verbal, k)


def _may_judge(utterance: Utterance) -> bool:
    """A word of the lexicon and a word of the company's side in the line, and among the words the parser reads what
    a judgement needs (_judgement): an evaluative stem, or a fault word with a word of habit, or a caring word with a
    denial. Only such a line is parsed (the parse costs milliseconds, the tokens' lemmas are read already). The line's
    lemmas are looked at once as a set first: most lines hold no stem of the lexicon (stop 55)."""
    lemmas = utterance.lemma_set  # every token's lemmas
    if lemmas.isdisjoint(_COMPANY_WORDS):
        return False
    if _says_so_so(utterance):
        return True
    if lemmas.isdisjoint(CARING) and not any(_stem_of(lemma, _JUDGING_STEMS) for lemma in lemmas):
        return False
    tokens = utterance.tokens
    if not any(is_evaluative(t.info.lemmas) or _is_fault(t.info.lemmas) or t.info.lemmas & CARING for t in tokens):
        return False
    read = words_read(utterance)  # the words the parse reads, without the parse
    if read is None:
        return True  # unsure: parsed
    # a node's lemmas are its word's (about._parse), so a judgement no word here can make is never found by the parse
    return any(_stem_of(lemma, EVALUATIVE_STEMS) for lemma in read) or (
        not read.isdisjoint(HABITUAL) and any(_stem_of(lemma, FAULT_STEMS) for lemma in read)) or (
        not read.isdisjoint(_NEGATION) and not read.isdisjoint(CARING))


# --- the reading -----------------------------------------------------------------------------------------------------
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# what a nominal or adjectival predicate is said of: its subject, its holder ("у нас"), the thing in it ("бардак в
# компании"); an attribute is said of the noun it qualifies
_SAID_OF = frozenset({"nsubj", "nsubj:pass", "obl", "iobj", "nmod"})
_ATTRIBUTE = frozenset({"amod", "appos", "acl", "nmod"})
_VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def _children(nodes: list[Node], i: int) -> list[int]:
    return [j for j, node in enumerate(nodes) if node.head == i]


def _own_words(nodes: list[Node], i: int) -> list[int]:
    """The word and its determiners, case marks and attributes (one level down)."""
    return [i, *(j for j in _children(nodes, i) if nodes[j].rel in {"det", "amod", "case", "nmod", "flat", "appos"})]


def _company_side(nodes: list[Node], j: int) -> bool:
    """The word at j names the company's side: the company itself, "мы" or "у нас", or one of its things not marked as
    the caller's own or a rival's ("ваш роутер", "тариф МТС", "у других операторов сеть")."""
    node = nodes[j]
    if node.lemmas & _WE:  # "мы" the subject, "у нас" the holder
        return "nomn" in node.grammemes or any(nodes[k].lemmas & {"у"} for k in _children(nodes, j))
    marks = [k for k in _own_words(nodes, j) if k != j]
    if any(nodes[k].lemmas & (_THEIRS | RIVALS | _ELSEWHERE) for k in marks):
        return False
    if "NOUN" in node.grammemes and any(nodes[k].lemmas & _OURS for k in marks):
        return True  # "наш отдел", "наши продавцы": whatever it is, the company's
    return bool(node.lemmas & (COMPANY_ITSELF | COMPANY_THINGS)) and not node.lemmas & CUSTOMERS_EQUIPMENT


def _with_holder(nodes: list[Node], found: list[int]) -> list[int]:
    """The words and the "у нас" under them ("компания у нас людей обманывает")."""
    return found + [k for j in found for k in _children(nodes, j) if nodes[k].lemmas & _WE]


def _doers(nodes: list[Node], v: int) -> list[int]:
    """Whom the verb at v judges: its subject or the dative of an impersonal one ("руководству плевать"), the holder
    "у нас", the company's own "наверху"; with no subject, a third-person plural says what the company does, and its
    object or place is the company's practice ("подписки всем впаривают", "наверху намудрили"). Not a participle's noun
    ("с навязанной услугой": imposed, by whom is not said), not the caller told or asked to act ("экономьте")."""
    verb = nodes[v]
    if verb.grammemes & {"impr", "2per", "PRTF", "PRTS"}:
        return []
    children = _children(nodes, v)
    subjects = [j for j in children if nodes[j].rel in _SUBJECTS]
    found = [j for j in children if nodes[j].rel in _SUBJECTS | {"iobj"} or nodes[j].lemmas & (_WE | {"наверху"})]
    if not subjects and "plur" in verb.grammemes and "1per" not in verb.grammemes:
        found += [j for j in children if nodes[j].rel in {"obj", "obl"}]
    if "1per" in verb.grammemes:  # "мы вечно косячим": only the company's "мы"
        found = [j for j in found if nodes[j].lemmas & _WE]
    if _another_subject(nodes, subjects):
        return []  # "клиенты у нас вечно путают": the clients do it
    return _with_holder(nodes, found)


def _another_subject(nodes: list[Node], found: list[int]) -> bool:
    """A subject among `found` that is not the company's side: a person or a thing of someone else's."""
    return any(nodes[j].rel in _SUBJECTS and not _company_side(nodes, j) and (
        "NOUN" in nodes[j].grammemes or "NPRO" in nodes[j].grammemes) and not nodes[j].lemmas & _PRONOUNS
        for j in found)  # "он", "она": read back to their noun in the clause's reading


def _linked(nodes: list[Node], e: int) -> list[int]:
    """The words the evaluative word at e is said of, by its place in the sentence (see _doers for a verb)."""
    node = nodes[e]
    head = node.head
    if node.grammemes & _VERBAL:
        found = _doers(nodes, e)
        if "INFN" in node.grammemes and head >= 0 and nodes[head].grammemes & _VERBAL and not node.lemmas & _SAVING:
            found += _doers(nodes, head)  # "придумали, чтобы выжать побольше": the design's doers
        return found
    if node.rel == "advmod" and head >= 0 and nodes[head].grammemes & _VERBAL:
        return _doers(nodes, head)  # "биллинг криво считает", "тариф зря урезали"
    found = [j for j in _children(nodes, e) if nodes[j].rel in _SAID_OF]
    if _another_subject(nodes, found):
        return []  # "клиент у нас жадный": the client is judged, "у нас" only where
    if head >= 0:
        if node.rel in _ATTRIBUTE:
            found.append(head)  # "грабительский роуминг", "бардак в компании" (the noun the word hangs on)
        if node.rel in {"conj", "parataxis", "nsubj", "obj", "obl", "xcomp", "ccomp"} | _ATTRIBUTE:
            # a predicate the parse hung elsewhere: its head's subject ("тарифы — это развод"), unless that subject
            # is someone else ("клиент у нас жадный попался": then nothing of the head's is the judged)
            theirs = [j for j in _children(nodes, head) if j != e and nodes[j].rel in _SUBJECTS | {"obl", "iobj"}]
            if not _another_subject(nodes, theirs):
                found += theirs
                if node.rel in {"nsubj", "conj", "parataxis"}:
                    found.append(head)
            elif node.rel in {"conj", "parataxis"}:  # another clause's subject: its own words only
                found += [j for j in theirs if _company_side(nodes, j)]
    return [j for j in _with_holder(nodes, found) if j != e]


def _denied(nodes: list[Node], e: int) -> bool:
    """"не" governing the word, or right before it."""
    near = [k for k in range(max(0, e - 2), e) if nodes[k].sentence == nodes[e].sentence]
    return any(nodes[k].lemmas & _NEGATION for k in near + _children(nodes, e))


def _sentence_words(nodes: list[Node], e: int) -> list[int]:
    return [j for j, node in enumerate(nodes) if node.sentence == nodes[e].sentence]


def _not_stated(utterance: Utterance, nodes: list[Node], e: int) -> bool:
    """The judgement at e is asked, supposed, reported from the caller or quoted: not the operator's own. A supposition
    or a question is read in the judgement's own stretch ("я бы на вашем месте ушла, тарифы у нас грабительские" states
    the judgement beside a wish)."""
    span = utterance.token_range(nodes[e].start, nodes[e].end)
    if span is None:
        return True
    first, last = stretch_of(utterance, span[0])
    tokens = utterance.tokens
    text = utterance.text
    if text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?"):
        return True
    clause = _clause_of(utterance, span[0])
    if any(t.info.lemmas & _SUPPOSED and not (t.form == "если" and k + 1 < len(clause)
                                              and clause[k + 1].info.lemmas & _FRANKLY)
           for k, t in enumerate(clause)):
        return True  # "если честно" is the speaker's frankness, not a condition
    # the caller's words said back: a verb of saying or thinking whose subject is the caller, before the judgement
    before = [j for j in _sentence_words(nodes, e) if j < e]
    if any(nodes[j].lemmas & _SAYING and ("2per" in nodes[j].grammemes or any(
            nodes[k].lemmas & _SECOND_PERSON for k in _children(nodes, j))) for j in before):
        return True
    opened = text.rfind("«", 0, nodes[e].start)
    return opened >= 0 and text.find("»", opened) > nodes[e].start


def _clause_of(utterance: Utterance, index: int) -> list[Token]:
    """The clause holding token `index`: the words between two marks of punctuation ("я бы на вашем месте ушла, тариф
    грабительский" is two); a line with none (speech to text) cut by text.clauses (at clause-opening words and every
    few words)."""
    tokens = utterance.tokens
    if any(t.after_break for t in tokens[1:]):
        first = index
        while first > 0 and not tokens[first].after_break:
            first -= 1
        last = index + 1
        while last < len(tokens) and not tokens[last].after_break:
            last += 1
        return tokens[first:last]
    target = tokens[index]
    for clause in utterance.derived("clauses", lambda: clauses(tokens)):
        if any(t is target for t in clause):
            return clause
    return [target]


_IMPERSONAL = frozenset({"плевать", "наплевать"})
_PERSONAL = frozenset({"я", "вы", "ты", "он", "она", "они", "оно", "кто", "никто"})
_PURPOSE = frozenset({"чтобы", "чтоб"})
_SAVING = frozenset({"экономить", "сэкономить"})


def _judged_in_clause(utterance: Utterance, node: Node) -> list[Token]:
    """The company's side the word judges when the parse hung it elsewhere ("Наше приложение вечно глючит, лучше …" is
    parsed with "приложение" the subject of "идите"): the judging word a predicate — no attribute, no caller's verb —
    and its clause naming the company's side, "наш" or "у нас", and no other subject (a noun or a person in the
    nominative: "клиент у нас жадный" judges the client)."""
    span = utterance.token_range(node.start, node.end)
    if span is None:
        return []
    token = utterance.tokens[span[0]]
    grammemes = token.info.top_grammemes
    if "INFN" in grammemes:
        purpose = _designed_for(utterance, span[0])
        if purpose:
            return purpose
    impersonal = bool(token.info.lemmas & _IMPERSONAL)  # "начальству плевать": an infinitive that predicates
    if grammemes & {"impr", "2per", "PRTF", "PRTS"} or "INFN" in grammemes and not impersonal or node.rel == "amod":
        return []
    clause = _clause_of(utterance, span[0])
    ours, others, pronouns = [], [], []
    for k, t in enumerate(clause):
        if t is token or k > 0 and any(clause[k - 1] is o for o in ours):
            continue  # the judged thing's own complement: "пакеты СМС", "кабинет для бизнеса"
        lemmas = t.info.lemmas
        held = k > 0 and clause[k - 1].form == "у"
        if lemmas & _WE and (held or "nomn" in t.info.top_grammemes) or lemmas & _OURS:
            ours.append(t)
        elif lemmas & (COMPANY_ITSELF | COMPANY_THINGS) and not lemmas & CUSTOMERS_EQUIPMENT \
                and "NOUN" in t.info.top_grammemes:
            ours.append(t)
        elif t.form in _PRONOUNS:
            pronouns.append(t)
        elif lemmas & (_THEIRS | RIVALS | _ELSEWHERE) or (
                t.form in _PERSONAL or "NOUN" in t.info.top_grammemes and "nomn" in t.info.grammemes
                and not is_evaluative(lemmas) and not held):
            others.append(t)
    if ours or others:
        return ours if ours and not others and not pronouns else []
    subject = _subject_before(utterance, span[0])  # "Тариф, честно говоря, грабительский": the subject a clause back
    return [subject] if subject is not None else []


def _designed_for(utterance: Utterance, index: int) -> list[Token]:
    """A greed or a cheat as the purpose of what the company made ("тарифы придумали, чтобы вытянуть из людей побольше",
    "акцию сделали, чтоб содрать"): the infinitive at `index` in a clause opened by "чтобы", the clause before it
    naming the company's side, or its verb a third-person plural with no subject (the company as the doer nobody
    names). The judged words, or [] ."""
    clause = _clause_of(utterance, index)
    if not clause or clause[0].form not in _PURPOSE:
        return []
    tokens = utterance.tokens
    start = next(k for k, t in enumerate(tokens) if t is clause[0])
    if start == 0:
        return []
    before = _clause_of(utterance, start - 1)
    if utterance.tokens[index].info.lemmas & _SAVING or any(
            t.info.top_grammemes & {"impr", "2per"} or t.form in {"вы", "вам", "вас"} for t in before):
        return []  # the caller's saving, the caller advised ("отключите роуминг, чтобы сэкономить")
    ours = [t for t in before if _company_thing(t) and not _marked_away(tokens, tokens.index(t))
            or t.info.lemmas & _OURS]
    if ours:
        return ours
    subjectless = [t for t in before if "VERB" in t.info.top_grammemes and "plur" in t.info.top_grammemes
                   and "3per" in t.info.top_grammemes | {"3per"} and "1per" not in t.info.top_grammemes
                   and "2per" not in t.info.top_grammemes and "impr" not in t.info.top_grammemes]
    if subjectless and not any(t.form in _PERSONAL or "NOUN" in t.info.top_grammemes and "nomn" in t.info.top_grammemes
                               and "anim" in t.info.top_grammemes for t in before):
        return subjectless[:1]
    return []


_PRONOUNS = frozenset({"он", "она", "оно", "они"})
_GENDERS = ("masc", "femn", "neut", "plur")


def _company_thing(token: Token) -> bool:
    return bool(token.info.lemmas & (COMPANY_ITSELF | COMPANY_THINGS)) and not token.info.lemmas & CUSTOMERS_EQUIPMENT \
        and "NOUN" in token.info.top_grammemes


def _subject_before(utterance: Utterance, index: int) -> Token | None:
    """The company's thing a judging word is said of from an earlier clause of its sentence: the nearest subject before
    it (a noun or a pronoun in the nominative), a pronoun read as the nearest noun before it of its gender or number
    ("на этот тариф не переходила, он грабительский"). None when that subject is not the company's side, or is marked
    as the caller's or a rival's."""
    tokens = utterance.tokens
    first, _ = stretch_of(utterance, index)
    for k in range(index - 1, first - 1, -1):
        t = tokens[k]
        grammemes = t.info.top_grammemes
        if t.form in _PRONOUNS:
            gender = next((g for g in _GENDERS if g in grammemes), None)
            for m in range(k - 1, first - 1, -1):
                if "NOUN" in tokens[m].info.top_grammemes and gender in tokens[m].info.top_grammemes:
                    return tokens[m] if _company_thing(tokens[m]) and not _marked_away(tokens, m) else None
            return None
        if t.form in _PERSONAL or "NOUN" in grammemes and "nomn" in t.info.grammemes:  # an inanimate's nomn/accs
            return t if _company_thing(t) and not _marked_away(tokens, k) else None
    return None


def _marked_away(tokens: list[Token], k: int) -> bool:
    """The noun at k marked as the caller's or a rival's by the word before or after it ("ваш тариф", "тариф МТС")."""
    near = tokens[max(0, k - 2):k + 2]
    return any(t.info.lemmas & (_THEIRS | RIVALS | _ELSEWHERE) for t in near)


def _blames_nature(nodes: list[Node], e: int, judged: list[frozenset[str]]) -> bool:
    """The network's reach judged, and nature named in the sentence as where or why ("связь в тайге ужасная")."""
    return all(lemmas & (_SIGNAL | _WE | _OURS) for lemmas in judged) and any(
        nodes[k].lemmas & NATURE for k in _sentence_words(nodes, e))


def _rival_in_clause(utterance: Utterance, node: Node) -> bool:
    """A rival named in the judging word's clause, and nothing of "наш", "мы", "у нас" there: the rival is what is
    judged ("у Мегафона пакеты жуткие, а у нас всё прозрачно")."""
    span = utterance.token_range(node.start, node.end)
    clause = _clause_of(utterance, span[0]) if span is not None else []
    rival = any(t.info.lemmas & RIVALS or t.form in RIVALS or t.info.lemmas & _ELSEWHERE for t in clause)
    return rival and not any(t.info.lemmas & (_OURS | _WE) for t in clause)


def _habitual(nodes: list[Node], e: int) -> bool:
    return any(nodes[k].lemmas & HABITUAL for k in _children(nodes, e)) or any(
        nodes[k].lemmas & HABITUAL for k in range(max(0, e - 3), e) if nodes[k].sentence == nodes[e].sentence)


def _judgement(nodes: list[Node], e: int) -> bool:
    """The word at e judges, in its use here: an evaluative stem; a fault as a habit; caring denied."""
    lemmas = nodes[e].lemmas
    if _so_so_node(nodes, e):
        return not _denied(nodes, e - 1)  # "связь у нас не так себе" is no judgement
    if is_evaluative(lemmas):
        if any(_stem_of(lemma, _PREDICATE_ONLY) for lemma in lemmas) and (
                nodes[e].rel in {"amod", "det"} or "nomn" not in nodes[e].grammemes
                or any(nodes[k].lemmas & _NEGATION for k in _children(nodes, e))
                or any(nodes[k].lemmas & _NEGATION and nodes[k].head == nodes[e].head for k in _sentence_words(nodes, e))):
            return False  # "никаких проблем", "комиссии никакой не будет": no judgement
        return not _denied(nodes, e)
    if _is_fault(lemmas):
        return _habitual(nodes, e) and not _denied(nodes, e)
    if lemmas & CARING and _denied(nodes, e):
        if lemmas & _CARING_FOR:
            # for whom: the people the company serves ("о клиентах", "о людях")
            return any(nodes[k].lemmas & _PEOPLE for j in _children(nodes, e) for k in _own_words(nodes, j))
        return True
    return False


def _candidate(lemmas: frozenset[str]) -> bool:
    return is_evaluative(lemmas) or _is_fault(lemmas) or bool(lemmas & CARING)


def judges_the_company(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 12: a negative evaluation predicated of the company's side in the operator's own voice
    — (first, last) tokens from the judged word to the judging one, or None. See the module's docstring."""
    if not _may_judge(utterance):
        return None
    nodes = parse(utterance)
    for e, node in enumerate(nodes):
        if not (_candidate(node.lemmas) or _so_so_node(nodes, e)) or not _judgement(nodes, e):
            continue
        judged = [(nodes[j].start, nodes[j].end, nodes[j].lemmas) for j in _linked(nodes, e)
                  if nodes[j].sentence == node.sentence and _company_side(nodes, j)]
        if not judged:
            judged = [(t.start, t.end, t.info.lemmas) for t in _judged_in_clause(utterance, node)]
        if node.lemmas & _KNOWING:  # "мы не понимаем вопроса" is no judgement
            judged = [j for j in judged if j[2] & COMPANY_ITSELF]
        if not judged or _not_stated(utterance, nodes, e) or _rival_in_clause(utterance, node) \
                or _blames_nature(nodes, e, [j[2] for j in judged]):
            continue
        span = utterance.token_range(min(node.start, *(j[0] for j in judged)), max(node.end, *(j[1] for j in judged)))
        if span is not None:
            return span
    return None
