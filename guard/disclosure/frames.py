"""Who does what to whose data: the semantic frames of the items new authors' phrasing slips past the wording rules.

A wording rule lists the words of a violation; an author who never saw it uses others ("номерок свой называть не
стану", "записываю в учётку новую дату рождения"). A frame reads the roles instead — the act (withhold, change),
its agent (the operator: first person), and whose thing it is (the operator's own number, the customer's account
data) — from lemmas, grammemes and the stretch of the line they stand in (no parser: natasha's costs 200+ ms a line).

    п. 18  the operator withholds their own name or number, denies having one, or gives one nobody could have
    п. 25  the operator changes the customer's account data themselves (outside the administrative replacement), or
           a broadband request's connection address or type (the one change a request never takes)
    п. 12  the operator's own opinion about the company's side (a model feature: whether it discredits is learned)
    п. 15  the caller addressed by what they are ("бабуля, нажмите", "мужчина вы слышите"): a person noun that is no
           name opening a sentence, then an imperative, a 2nd-person verb or "вы"
    п. 11  a named unit of the company and what it said or was asked, in the past ("служба поддержки сети сказала")
    пп. 9, 17  where a subscriber other than the caller is or was: roaming, a place ("ваш муж сейчас в Турции")
    п. 12  the company's own salon, office or sellers stated as the agent of a misdeed ("в салоне вас обманули")
    п. 12  a negative evaluation predicated of the company's side, by the syntax (guard/disclosure/evaluation.py)
    002    what a relative's number did (calls to a number, messages, payments, where it was in the network), told

The checker turns a frame that holds into a finding of its item's rule (which a policy may leave out: then nothing);
the line model sees every frame as a feature, so it learns how much each one weighs from the labeled lines.
"""
from __future__ import annotations
import re
from collections.abc import Callable

from guard.disclosure.evaluation import judges_the_company
from guard.disclosure.text import CONTRAST_WORDS, Token, Utterance, clauses, stretch_of
from guard.morph import CASES
from guard.recognizers.lexicon import CARRIERS, KIN_NOUNS, MMS_WORDS, OWNER_NOUNS, TELLING_VERBS
from guard.disclosure.value_shapes import END_VERBS, NUMBER_END_NOUNS
from guard.recognizers.person import LIKENESS_WORDS  # the words a surname is told by likeness with

_NOT = frozenset({"не", "ни", "нельзя", "нет", "без"})

# --- п. 18: the operator's own identity -----------------------------------------------------------------------
_IDENTITY = frozenset({"номер", "номерок", "имя", "фамилия", "идентификатор", "табельный", "код", "данные", "данный",
                       "позывной", "цифра"})
_OWN = frozenset({"мой", "свой", "личный", "операторский", "табельный"})
_STAFF_NOMINATIVE = frozenset({"оператор", "специалист", "консультант", "сотрудник"})
_STAFF_GENITIVE = frozenset({"оператора", "сотрудника", "специалиста", "консультанта"})  # not "данные сотрудников": others
_STAFF_GENITIVE_PLURAL = frozenset({"операторов", "сотрудников", "специалистов", "консультантов"})
# whose else a number can be: a person anywhere in the stretch ("номер, с которого вам звонили"), an institution
# right beside the noun ("номер отдела", "номер офиса": п. 10 refuses those rightly)
_SOMEONE_ELSE = frozenset({"ваш", "владелец", "абонент", "клиент", "договор", "телефон", "карта", "счёт", "счет",
                           "заявка", "обращение", "паспорт", "контактный", "лицевой", "заказ", "кейс", "тикет",
                           "детализация", "вызов", "звонок", "сим", "сим-карта", "симка", "он", "она", "они", "его",
                           "её", "ее", "их", "муж", "жена", "сын", "дочь", "мама", "папа", "вы", "который", "звонить",
                           "звонящий", "звонивший", "оформить", "оформленный", "короткий", "последний"})
_INSTITUTION = frozenset({"отдел", "офис", "салон", "подразделение", "служба", "линия", "компания", "группа", "банк",
                          "магазин", "сектор", "департамент"})
# the operator's own refusal to tell (п. 18): a verb of telling (lexicon.TELLING_VERBS) but the verbs of helping the
# caller along («не помните свой номер — не страшно, подскажу»: help offered after a negation of something else; with
# them two lines of the disc sets read as a refusal, stop 55), its reflexive passive ("не называется", "не
# сообщается"), and the words a refusal is said with ("не стану", "не положено", "не обязан", "не принято",
# "представляться не буду")
_HELPING_ALONG = frozenset({"подсказать", "подсказывать", "показать", "показывать"})
_WITHHOLD = (TELLING_VERBS - _HELPING_ALONG) | frozenset({
    "называться", "сообщаться", "озвучиваться", "предоставляться", "выдаваться", "даваться", "представляться",
    "представиться", "стать", "быть", "положить", "принять", "обязать"})
_SECRET = frozenset({"засекретить", "засекреченный", "секрет", "секретный", "тайна", "незачем"})
_NEEDLESS = frozenset({"нужный", "нужно", "надо", "обязательно", "обязательный", "зачем"})
_FIRST_PERSON = frozenset({"я", "меня", "мне", "мной", "мы", "нас", "нам"})
_MADE_UP = frozenset({"какой-нибудь", "любой", "например", "допустим", "пусть", "скажем", "условно"})


def _stretch(utterance: Utterance, index: int) -> list[Token]:
    first, last = stretch_of(utterance, index)
    return utterance.tokens[first:last + 1]


def _own_identity_nouns(utterance: Utterance) -> list[int]:
    """Indexes of identity nouns (номер, имя, код ...) that may be the operator's own: a possessive or "оператора"
    beside them (_is_marked_own), or a singular "номер" in a stretch that names nobody else's."""
    tokens = utterance.tokens
    found = []
    for i, token in enumerate(tokens):
        if not token.info.lemmas & _IDENTITY:
            continue
        if _is_marked_own(utterance, i):
            found.append(i)
        elif token.info.lemmas & {"номер", "номерок"} and "sing" in token.info.top_grammemes and \
                not any((t.info.lemmas & _SOMEONE_ELSE and not _an_example_likened(utterance, t))
                        or t.is_digit or "NUMR" in t.info.grammemes
                        for t in _stretch(utterance, i)) and \
                not any(t.info.lemmas & _INSTITUTION for t in tokens[max(0, i - 2):i + 3]) and \
                not _a_numbers_end(tokens, i):
            found.append(i)
    return found


def _an_example_likened(utterance: Utterance, token: Token) -> bool:
    """"ваш" right after "как" ("по таким мелочам, как ваш ларёк"): the caller's thing given as an example of what the
    line likens — no possessor of the number (stop 56, disc_aw56: «Имя и номер я не называю — по таким мелочам, как ваш
    ларёк, это не положено» was read as someone else's number withheld)."""
    if not token.info.lemmas & {"ваш"}:
        return False
    tokens = utterance.tokens
    k = next((k for k, t in enumerate(tokens) if t is token), None)
    return k is not None and k > 0 and tokens[k - 1].form.lower() == "как" and not token.after_break


def _a_numbers_end(tokens: list[Token], i: int) -> bool:
    """The bare "номер" at i is the genitive of a number's end right before it ("окончание номера", "конец номера не
    называю"): the last digits are the subscriber's number's, which пп. 5-6 tell only on their conditions — an operator's
    own number is given whole, never by its end (Инструкция запретов, п. 18)."""
    return "gent" in tokens[i].info.top_grammemes and any(
        t.info.lemmas & NUMBER_END_NOUNS for t in tokens[max(0, i - 2):i])


_CALL_DESCRIBED = frozenset({"входящий", "исходящий", "вчера", "сегодня", "позавчера", "утром", "вечером", "ночью",
                             "днём", "днем"})


def _a_described_call_before(utterance: Utterance, i: int) -> bool:
    """A call described in the bare "номер"'s own sentence before it: a call word and a time, date or direction of it
    (digits, «входящий/исходящий», «вчера» …): "Входящий в 21:40 — с мобильного; сам номер не называю". A greeting's
    «спасибо за звонок» or «по звонку отвечу, а номер не дам» describes no call (review 53, F3)."""
    tokens, text = utterance.tokens, utterance.text
    start = i
    while start > 0 and not re.search(r"[.!?]", text[tokens[start - 1].end:tokens[start].start]):
        start -= 1
    before = tokens[start:i]
    return any(t.info.lemmas & _CALLED for t in before) and any(
        t.is_digit or t.info.lemmas & _CALL_DESCRIBED or t.form.lower() in _CALL_DESCRIBED for t in before)


def withholds_own_identity(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 18: the operator refuses their own number or name ("номерок свой называть не стану",
    "личный номер сотрудника не озвучиваем", "идентификатор оператора засекречен"), or denies having one ("я без
    номера работаю", "у меня нет никакого номера"). A bare "номер" counts only with the operator's own first-person
    refusal ("номер не дам"): "номер звонившего мы не сообщаем" withholds someone else's. (first, last) tokens of the
    noun and the refusal, or None."""
    tokens = utterance.tokens
    for i in _own_identity_nouns(utterance):
        marked = _is_marked_own(utterance, i)
        first, last = stretch_of(utterance, i)
        stretch = range(first, last + 1)
        for j in (j for j in stretch if tokens[j].info.lemmas & _NOT):
            # the refusal is of the number noun nearest before it: "номер на предоплате, поэтому окончание номера не
            # называю" refuses the number's end, not the operator's number
            if any(tokens[k].info.lemmas & {"номер", "номерок"} for k in range(i + 1, j)):
                continue
            # a bare number after a call told of is that call's ("Входящий в 21:40 — с мобильного, сеть МТС; сам
            # номер не называю": п. 9's type told, its number withheld), not the operator's own
            if not marked and _a_described_call_before(utterance, i):
                continue
            after = tokens[j + 1:min(last, j + 3) + 1]
            # the operator's own act, not advice to the caller ("код никому не сообщайте")
            verbs = [t for t in after if t.info.lemmas & _WITHHOLD and not t.info.top_grammemes & {"impr", "2per"}]
            if verbs and (marked or any({"1per", "sing"} <= t.info.top_grammemes for t in verbs)):
                return min(i, j), max(i, j + len(after))
            # "без номера", "у меня нет никакого номера" said of oneself
            if (tokens[j].form == "без" and 1 <= i - j <= 3) or (
                    tokens[j].form == "нет" and abs(i - j) <= 2 and "gent" in tokens[i].info.top_grammemes
                    and any(tokens[k].info.lemmas & _FIRST_PERSON for k in stretch)):
                return min(i, j), max(i, j)
        if _waved_off(utterance, i):
            return i, min(len(tokens) - 1, i + _WAVE_OFF_REACH)
        secret = [j for j in stretch if tokens[j].info.lemmas & _SECRET
                  or (tokens[j].form == "ни" and j + 2 <= last and tokens[j + 2].form == "чему")  # "ни к чему"
                  # "мой идентификатор вам не нужен", "номер мой знать не обязательно": no need of it, said of it
                  or (tokens[j].info.lemmas & _NEEDLESS and j > first and tokens[j - 1].form == "не"
                      and not any(tokens[k].is_digit or "NUMR" in tokens[k].info.grammemes for k in stretch))]
        if secret and marked:
            return min(i, secret[0]), max(i, secret[0])
    return None


_WAVE_OFF_REACH = 3  # "номер… да неважно", "номер… а давайте без этого": the words right after the noun
_THIS = frozenset({"это", "этот", "он"})


def _waved_off(utterance: Utterance, i: int) -> bool:
    """The operator breaks off at their own identity noun and waves it off ("а номер… да неважно, давайте по вашему
    вопросу", "номер… давайте без этого"): the noun ends its phrase (a punctuation mark after it: in speech to text
    without any, "номер неважно какой" is any number) and within a few words after it comes "неважно", "без разницы"
    or "без этого" — the number withheld in other words (issue 12, s43)."""
    tokens = utterance.tokens
    if i + 1 >= len(tokens):
        return False
    if not tokens[i + 1].after_break:  # unpunctuated speech ("номер неважно какой …") is not read so
        return False
    after = tokens[i + 1:i + 1 + _WAVE_OFF_REACH + 1]
    for k, token in enumerate(after):
        if token.info.lemmas & _NO_MATTER and (token.form != "важно" or k > 0 and after[k - 1].form == "не"):
            return True
        if token.form == "без" and k + 1 < len(after) and after[k + 1].info.lemmas & (_THIS | {"разница"}):
            return True
    return False


def is_own_identity(utterance: Utterance, i: int) -> bool:
    """The token at i is an identity noun (номер, имя, код ...) marked as the operator's own ("мой", "свой",
    "личный", "номер оператора"): the one definition the п. 18 frame and the refusal reading (sense.py) share."""
    return bool(utterance.tokens[i].info.lemmas & _IDENTITY) and _is_marked_own(utterance, i)


def _is_marked_own(utterance: Utterance, i: int) -> bool:
    """The identity noun at i has the operator's mark beside it: "мой", "свой", "личный", "номер оператора"."""
    tokens = utterance.tokens
    # the mark after the noun stands in its phrase: not past a break or a verb ("… это персональные данные. Назовите
    # свой — сверю", "данные назовите свой": the caller's own, another clause's object; stop 49)
    following = []
    for t in tokens[i + 1:i + 3]:
        if t.after_break or t.info.top_grammemes & {"VERB", "INFN"}:
            break
        following.append(t)
    if any(t.info.lemmas & _OWN and "ADVB" not in t.info.top_grammemes  # "лично в офисе" is no one's
           for t in tokens[max(0, i - 2):i] + following):
        return True
    if _elliptic_tab_number(utterance, i):
        return True
    # "номер оператора", but not "имя оператора, который принял вас вчера": that one is someone else; nor "номер
    # другого оператора", "оператора МТС": a carrier, not the speaker (a called number's network, п. 9)
    # "номера операторов не сообщаются": the staff's numbers as a kind (a plural number noun and a plural staff noun)
    # withhold the speaker's own with everyone's — "данные сотрудников" alone stay someone else's
    plural = {"NOUN", "plur"} <= tokens[i].info.grammemes and bool(tokens[i].info.lemmas & {"номер", "номерок"})
    return any((tokens[k].form in _STAFF_GENITIVE or plural and tokens[k].form in _STAFF_GENITIVE_PLURAL)
               and not (k + 1 < len(tokens) and tokens[k + 1].form.startswith("котор"))
               and not _a_carrier(tokens, k)
               for k in range(max(0, i - 2), min(len(tokens), i + 3)) if k != i)


def _elliptic_tab_number(utterance: Utterance, i: int) -> bool:
    """"табельный" at i standing for the noun it qualifies ("Меня зовут Светлана, а табельный вам знать незачем"): a
    personnel number is a worker's, and said with no noun in a call center's line it is the speaker's own — unless its
    stretch names anyone else it may be of (a person's or a staff member's genitive, "его", "который", a number noun
    after it: "табельный номер мастера", "табельный того оператора, который …"; stop 54)."""
    tokens = utterance.tokens
    if not tokens[i].info.lemmas & {"табельный"} or (
            i + 1 < len(tokens) and not tokens[i + 1].after_break and "NOUN" in tokens[i + 1].info.top_grammemes):
        return False
    first, last = stretch_of(utterance, i)
    return not any(t.info.lemmas & (_SOMEONE_ELSE - {"вы"}) or t.form in _STAFF_GENITIVE
                   or {"NOUN", "anim", "gent"} <= t.info.top_grammemes or t.info.lemmas & {"тот", "другой", "чужой"}
                   for k, t in enumerate(tokens[first:last + 1], first) if k != i)


def _a_carrier(tokens: list[Token], k: int) -> bool:
    """"оператор" at `k` names a mobile carrier: "другого оператора" (_ELSEWHERE, п. 13's other carrier), "оператора
    МТС"."""
    return (k > 0 and bool(tokens[k - 1].info.lemmas & _ELSEWHERE)) or (
        k + 1 < len(tokens) and bool(tokens[k + 1].info.lemmas & CARRIERS))


def _implausible(digits: str) -> bool:
    """A number nobody is given: one digit repeated ("0000", "1111"), zeros and a one ("0001"), a run ("12345")."""
    if len(digits) < 4:  # "123", "111": a real operator's number, a service code
        return False
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:])}
    return len(set(digits)) == 1 or digits.lstrip("0") in ("1", "") or steps in ({1}, {-1})


_MADE_UP_REACH = 4  # the made-up marker and the number (or "любой") within a few words after the own noun
_ANY_ONE = frozenset({"любой", "какой-нибудь", "какой-либо"})


def false_own_number(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 18, "предоставлять ложные данные": a number given as the operator's (beside an own
    identity noun) or offered as any number at all ("пишите любой, например 1111", "назову какой-нибудь, 12345")
    that no one is given (_implausible). (start, end) characters of the number, or None."""
    own = _own_identity_nouns(utterance)
    tokens = utterance.tokens
    if own:  # the operator's own number given as any number the caller likes ("номер у меня сто один, ну или какой
        # хотите", "3078, да хоть какой пишите"): whatever its digits, a number offered as arbitrary is no real one
        for group in utterance.digit_groups:
            inside = utterance.token_range(group.start, group.end)
            if inside is None:
                continue
            first, last = stretch_of(utterance, inside[0])
            if any(first - 4 <= i <= last for i in own) and _free_choice(tokens[inside[1] + 1:inside[1] + 7]):
                return group.start, group.end
            # "номер… ну, скажем, 1000": the number the operator gives as theirs, announced as made up (issue 12)
            if any(i < inside[0] <= i + _MADE_UP_REACH and any(tokens[k].info.lemmas & _MADE_UP
                                                             for k in range(i + 1, inside[0])) for i in own):
                return group.start, group.end
        # "номер сотрудника напишу любой": whichever number the operator will give as theirs, an arbitrary one
        for i in own:
            first, last = stretch_of(utterance, i)
            acts = [k for k in range(i + 1, last + 1) if "1per" in tokens[k].info.top_grammemes
                    and "VERB" in tokens[k].info.top_grammemes]
            anyone = [k for k in range(i + 1, last + 1) if tokens[k].info.lemmas & _ANY_ONE
                      and any(abs(k - act) <= 2 for act in acts)]  # the verb's object: "напишу любой"
            if anyone and not any(tokens[k].info.lemmas & _NOT for k in range(first, last + 1)):
                return utterance.char_span(i, anyone[0])
    groups = [g for g in utterance.digit_groups if _implausible(g.digits)]
    if not groups:
        return None
    for group in groups:
        inside = utterance.token_range(group.start, group.end)
        if inside is None:
            continue
        first, last = stretch_of(utterance, inside[0])
        near = range(max(0, first - 4), min(len(tokens), last + 4))  # the number and the words about it
        # "я оператор номер 0000", "с вами специалист 1111": the staff title the operator introduces themselves by
        # (004), the number after it theirs (red team bb14, 11)
        titled = any(tokens[k].form in _STAFF_NOMINATIVE for k in range(max(0, inside[0] - 2), inside[0]))
        if titled or any(first - 4 <= i <= last for i in own) or any(tokens[k].info.lemmas & _MADE_UP for k in near):
            return group.start, group.end
    return None


_ANY = frozenset({"какой", "какой-нибудь", "какой-то", "хоть", "любой"})
_LIKED = frozenset({"хотеть", "угодно", "нравиться", "удобный", "удобно"})
_NO_MATTER = frozenset({"неважно", "разница", "важно"})


def _free_choice(after: list[Token]) -> bool:
    """The words after a number leave it to the caller: "какой хотите", "какой угодно", "хоть какой", "неважно",
    "без разницы"."""
    for k, token in enumerate(after):
        if token.info.lemmas & _ANY and any(t.info.lemmas & _LIKED for t in after[k + 1:k + 3]):
            return True
        if token.form == "хоть" and any(t.info.lemmas & _ANY for t in after[k + 1:k + 2]):
            return True
        if token.info.lemmas & _NO_MATTER and (token.form != "важно" or k > 0 and after[k - 1].form == "не"):
            return True
    return False


# the operator's own name: "меня зовут", "зовите меня", "назовусь", "представлюсь", "моё имя"
_COLLEAGUE = frozenset({"коллега", "напарник", "напарница", "сменщик", "сменщица"})


def gives_a_colleagues_number(utterance: Utterance) -> tuple[int, int] | None:
    """п. 18 (false data) or п. 10: the operator gives the caller a colleague's number instead of their own ("скажу
    вам номер коллеги, какая разница", "давайте я вам номер напарницы продиктую") — "номер" with a colleague in the
    genitive right after it, and the operator's own verb of giving in the stretch (first person, or "давайте я"),
    not negated. Telling a colleague the caller's name ("назову коллеге ваше имя") is no number of a colleague.
    (first, last) tokens of the number and the colleague, or None."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens[:-1]):
        colleague = tokens[i + 1]
        if not (token.info.lemmas & {"номер", "номерок"} and colleague.info.lemmas & _COLLEAGUE
                and "gent" in colleague.info.grammemes | colleague.info.top_grammemes):
            continue
        first, last = stretch_of(utterance, i)
        for k in range(first, last + 1):
            verb = tokens[k]
            if not verb.info.lemmas & TELLING_VERBS or any(t.info.lemmas & _NOT for t in tokens[max(first, k - 2):k]):
                continue
            own = "1per" in verb.info.top_grammemes or (
                "INFN" in verb.info.top_grammemes and any(t.form == "я" for t in tokens[first:last + 1]))
            if own:
                return i, i + 1
    return None


_NAMING = frozenset({"звать", "назваться", "называться", "представиться", "представляться"})
# said not to be the real one: "на самом деле меня зовут по-другому", "имя не настоящее", "это вымышленное имя"
_NOT_REAL = frozenset({"по-другому", "иначе", "ненастоящий", "вымышленный", "выдуманный", "придуманный", "псевдоним",
                       "фальшивый", "липовый"})
_REAL = frozenset({"настоящий", "реальный", "подлинный"})


def false_own_name(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 18, "предоставлять ложные данные", of the name: the operator names themselves (a verb
    of naming with "меня" or in the first person, or "моё имя") and says that name is not theirs ("назовусь Катей, но
    на самом деле меня зовут по-другому", "зовите меня Олег, имя не настоящее"). (first, last) tokens, or None."""
    tokens = utterance.tokens
    own = [i for i, t in enumerate(tokens)
           if (t.info.lemmas & _NAMING and ("1per" in t.info.top_grammemes or any(
               u.form in ("меня", "мне") for u in tokens[max(0, i - 2):i + 3])))
           or (t.info.lemmas & {"имя"} and _is_marked_own(utterance, i))]
    if not own:
        return None
    # the name itself, once the operator names themselves: "…, имя не настоящее"
    own += [i for i, t in enumerate(tokens) if t.info.lemmas & {"имя"} and i not in own]
    for j, token in enumerate(tokens):
        unreal = bool(token.info.lemmas & _NOT_REAL) or (
            token.form == "по" and j + 1 < len(tokens) and tokens[j + 1].info.lemmas & {"другой"}) or (
            token.info.lemmas & _REAL and any(t.form == "не" for t in tokens[max(0, j - 2):j + 2]))
        near = [i for i in own if abs(i - j) <= 3]  # said of the name: beside it, not "…, подключить по-другому"
        if unreal and near:
            last = j + 1 if token.form == "по" else j  # ASR's "по другому"
            return min(near[0], j), max(near[0], last)
    return None


# --- 003: the caller's guess at the number's data judged ----------------------------------------------------
_GUESS = frozenset({"угадать", "угадывать", "отгадать", "отгадывать"})
_CALLER_SAID = frozenset({"назвать", "называть", "сказать", "говорить", "предположить", "перечислить", "продиктовать"})
_RIGHT = frozenset({"верно", "верный", "правильно", "правильный", "точно", "совпадать", "совпасть"})
_WRONG = frozenset({"другой", "неверно", "неверный", "неправильно", "неправильный", "ошибиться", "мимо"})
_DATA_PART = frozenset({"цифра", "буква", "имя", "отчество", "фамилия", "паспорт", "адрес", "дата", "серия",
                        "инициалы", "улица", "дом", "город", "год", "месяц", "число", "день"})


def _wrong(tokens: list[Token], j: int) -> bool:
    """Token j says the guess is off: "другое", "неверно", "мимо", or a negated "совпадает", "верно", "та"."""
    lemmas = tokens[j].info.lemmas
    if lemmas & _WRONG:
        return True
    return bool(lemmas & (_RIGHT | {"тот", "так"})) and j > 0 and tokens[j - 1].form == "не"


def judges_a_guess(utterance: Utterance) -> tuple[int, int] | None:
    """003 (a caller guessing the number's data gets no answer but the question about services): the operator tells
    how the caller's guess at a piece of the data fares — "имя вы угадали, а вот отчество другое", "первые две цифры
    паспорта вы назвали верно, дальше не совпадает". A piece of the data (цифра, буква, имя, отчество, паспорт,
    адрес, дата ...) and either the caller's guessing verb in the past ("угадали", "не угадали") or what the
    caller said ("вы назвали") judged both right and wrong in one line — part of it confirmed. A whole name confirmed
    ("фамилию вы назвали верно, идентификация пройдена") is identification, not a guess judged. (first, last) tokens."""
    tokens = utterance.tokens
    parts = [i for i, t in enumerate(tokens) if t.info.lemmas & _DATA_PART]
    if not parts:
        return None
    # a guess done and judged: "угадали", "не угадали" — not the guessing described ("вы угадываете цифры номера, а
    # у вас есть вопрос по услугам?" is 003's own script)
    judged = [j for j, t in enumerate(tokens) if t.info.lemmas & _GUESS and "past" in t.info.top_grammemes]
    if not judged:
        said = [j for j, t in enumerate(tokens) if t.info.lemmas & _CALLER_SAID and "past" in t.info.top_grammemes
                and any(u.form == "вы" for u in tokens[max(0, j - 2):j])]
        right = [j for j, t in enumerate(tokens) if t.info.lemmas & _RIGHT and not _wrong(tokens, j)]
        wrong = [j for j in range(len(tokens)) if _wrong(tokens, j)]
        if not (said and right and wrong):
            return None
        judged = said + right + wrong
    first, last = min(parts + judged), max(parts + judged)
    return first, last


# --- п. 16: the caller blamed ------------------------------------------------------------------------------------
_ERR = frozenset({"напутать", "перепутать", "ошибиться", "накосячить", "напортачить", "натворить", "наделать",
                  "намудрить", "проглядеть", "прозевать", "прошляпить", "виноватый", "виновный", "провиниться"})
_UNSURE = frozenset({"если", "может", "возможно", "наверное", "вероятно", "вдруг", "ли", "или", "бывать", "случаться",
                     "часто", "нередко", "иногда", "когда", "чтобы"})
_FAULT_NOUNS = frozenset({"ошибка", "промах", "косяк", "недосмотр", "оплошность", "невнимательность"})
_CALLER_SPEAKS = frozenset({"говорить", "сказать", "считать", "думать", "утверждать", "уверять", "признать"})


def blames_the_caller(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 16, "Это ваша вина", in other words: the caller stated as the agent of an error —
    "вы" with a past verb of erring or "виноваты" in one clause ("это вы сами напутали с номером", "вы что-то
    натворили в настройках"), or the error called the caller's ("ваша ошибка, …"), not denied ("вы не ошиблись"), not supposed or conditional ("если вы перепутали
    номер, …", "возможно, вы ошиблись цифрой?"), not the caller's own words said back ("вы говорите, что сами
    перепутали"). (first, last) tokens, or None."""
    tokens = utterance.tokens
    for j, token in enumerate(tokens):  # "ваша ошибка", "ошибка ваша": the error the caller's, not denied
        if token.info.lemmas & _FAULT_NOUNS and any(
                tokens[i].info.lemmas & {"ваш"} and abs(i - j) == 1 for i in range(max(0, j - 1), j + 2)
                if i < len(tokens)) and not any(t.form == "не" for t in tokens[max(0, j - 3):j]):
            first, last = stretch_of(utterance, j)
            if not any(t.info.lemmas & _UNSURE for t in tokens[first:last + 1]):
                return max(0, j - 1), min(len(tokens) - 1, j + 1)
    for j, token in enumerate(tokens):
        if not token.info.lemmas & _ERR or token.info.top_grammemes & {"1per", "3per", "INFN", "impr", "sing"} - (
                {"sing"} if "ADJS" in token.info.top_grammemes else set()):
            continue
        if "past" not in token.info.top_grammemes and "ADJS" not in token.info.top_grammemes:
            continue
        you = [i for i in range(max(0, j - 4), min(len(tokens), j + 3))
               if tokens[i].form == "вы" and not any(tokens[k].after_break for k in range(min(i, j) + 1, max(i, j) + 1))]
        if not you or tokens[j - 1].form == "не":
            continue
        first, last = stretch_of(utterance, j)
        stretch = tokens[first:last + 1]
        if any(t.info.lemmas & _UNSURE for t in stretch) or any(
                t.info.lemmas & _CALLER_SPEAKS and "2per" in t.info.top_grammemes for t in stretch):
            continue
        end = tokens[last].end
        if utterance.text[end:end + 2].strip().startswith("?"):
            continue  # asked, not stated
        return min(you[0], j), max(you[0], j)
    return None


# --- п. 16: the trouble put on the caller — "ваша проблема, не наша", "если бы вы читали, проблем бы не было" --------
_TROUBLE = frozenset({"проблема", "забота", "вина", "беда", "трудность", "сложность", "головняк"})
_OURS = frozenset({"наш", "мой"})


def shifts_the_trouble_onto_the_caller(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 16 ("Это ваша вина"), in two other shapes: (1) the trouble called the caller's — a
    trouble noun with "ваш" beside it — pointed to ("это ваша проблема") or set against ours ("ваша проблема, не
    наша", "проблемы ваши, а не мои"); (2) the trouble undone by what the caller should have done — an unreal
    condition with the caller as its subject and the trouble denied in its result ("если бы вы внимательно читали,
    проблем бы не было", "ничего бы не случилось, если бы вы заплатили вовремя"). Not asked. (first, last) tokens,
    or None."""
    tokens = utterance.tokens
    if utterance.text.rstrip().endswith("?"):
        return None
    for j, token in enumerate(tokens):
        if not token.info.lemmas & _TROUBLE:
            continue
        yours = [i for i in (j - 1, j + 1) if 0 <= i < len(tokens) and tokens[i].info.lemmas & {"ваш"}]
        if not yours:
            continue
        pointed = j - 2 >= 0 and min(yours[0], j) - 1 >= 0 and tokens[min(yours[0], j) - 1].form == "это"
        ours = any(tokens[k].info.lemmas & _OURS and tokens[k - 1].form == "не"
                   for k in range(max(1, j - 4), min(len(tokens), j + 6)))
        if pointed or ours:
            return min(yours[0], j), max(yours[0], j)
    forms = [t.form for t in tokens]
    for k, form in enumerate(forms[:-1]):
        if form != "если" or forms[k + 1] != "бы":
            continue
        condition = forms[k + 2:k + 6]
        if "вы" not in condition:
            continue
        # the result: a second "бы" with a negation beside it ("проблем бы не было", "ничего бы не случилось")
        result = [m for m, other in enumerate(forms) if other == "бы" and m != k + 1
                  and any(forms[n] in ("не", "ничего") for n in range(max(0, m - 2), min(len(forms), m + 3)))]
        if result:
            return min(k, result[0]), max(k + 1, result[0])
    return None


# --- п. 19: getting through to an operator tied to what the caller spends -------------------------------------------
_MONEY = frozenset({"баланс", "пополнять", "пополнить", "пополнение", "сумма", "расход", "трата", "тратить",
                    "потратить", "платить", "заплатить", "деньга", "тариф", "абонплата", "счёт", "счет"})
_MORE_OR_LESS = frozenset({"больше", "побольше", "большой", "крупный", "меньше", "поменьше", "маленький", "небольшой",
                           "мало", "много", "низкий", "высокий", "дорогой", "дешёвый", "дешевый", "солидный"})
_SPENDING = frozenset({"расход", "трата", "тариф", "абонплата"})  # what the caller spends, "ваш" beside it
_REACH = frozenset({"дозвониться", "дозваниваться", "отвечать", "ответить", "соединить", "соединять", "связаться",
                    "попасть", "пробиться", "дождаться", "перевести", "переводить"})


def ties_the_operator_to_spending(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 19 (low ARPU), told as a condition: getting through to an operator (the noun and a verb
    of reaching or answering) in the line with what the caller spends or pays — measured ("баланс побольше",
    "пополняйте на большую сумму") or called theirs ("с вашими расходами", "на вашем тарифе"). (first, last) tokens,
    or None."""
    tokens = utterance.tokens
    operator = [i for i, t in enumerate(tokens) if t.info.lemmas & {"оператор"}
                and not (i + 1 < len(tokens) and tokens[i + 1].info.lemmas & {"связь", "сотовый", "мобильный"})]
    if not operator or not any(t.info.lemmas & _REACH for t in tokens):
        return None
    for j, token in enumerate(tokens):
        if not token.info.lemmas & _MONEY:
            continue
        near = tokens[max(0, j - 3):j + 3]
        if any(t.info.lemmas & _MORE_OR_LESS for t in near) or token.info.lemmas & _SPENDING and any(
                t.info.lemmas & {"ваш"} for t in tokens[max(0, j - 2):j]):
            return min(j, operator[0]), max(j, operator[0])
    return None


# --- п. 1: the owner's surname likened to a word ("как птица воробей", "птичья фамилия") ----------------------------
_NOT_ITS_SENSE = frozenset({"ваш", "мой", "свой", "наш", "твой", "этот", "тот", "такой", "какой", "который", "полный",
                            "другой", "прежний", "новый", "старый", "девичий", "нынешний", "весь", "каждый", "любой",
                            "указанный", "верный", "правильный", "неверный", "неправильный", "настоящий", "точный",
                            "сам", "один", "второй", "двойной"})
_OWNER_WORDS = frozenset({"владелец", "владелица", "собственник", "хозяин", "хозяйка", "абонент", "абонентка"})
# the carrier's records a customer's values are read from ("по договору", "в карточке", "в базе"); the checker reads
# a device number taken from them as no number read off its box (sense, checker)
RECORDS = frozenset({"договор", "карточка", "база", "система", "анкета", "профиль", "учётка", "учетка", "crm", "срм"})
# the papers and records a likeness never names: "похожа на паспорт" likens no surname
_PAPERS = RECORDS | {"паспорт", "документ", "заявление"}


def likens_the_owners_surname(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 1: the owner's surname told as a riddle — "фамилия" stated with a likeness ("как птица
    воробей", "вроде рыбы", "похожа на …") or an adjective of what it is ("птичья фамилия, воробьиная", "фамилия
    у владельца звериная") — the owner's ("владельца", "у владельца") or nobody's named; never "ваша" / "моя"
    (the caller's or the operator's own), never asked. In a call the view hides the surname: a riddle is judged
    whatever word it names (no oracle). (first, last) tokens, or None."""
    tokens = utterance.tokens
    if utterance.text.rstrip().endswith("?"):
        return None
    lemmas = [t.info.lemmas for t in tokens]
    for j, found in enumerate(lemmas):
        if "фамилия" not in found:
            continue
        around = range(max(0, j - 4), min(len(tokens), j + 5))
        if any(lemmas[i] & {"ваш", "мой", "свой", "твой"} for i in around):
            continue
        if any("impr" in tokens[i].info.top_grammemes or "INFN" in tokens[i].info.top_grammemes
               or tokens[i].form in ("если", "ли") for i in around):
            continue  # asked for, or a condition
        first, last = stretch_of(utterance, j)
        span = range(max(0, j - 5), min(len(tokens), j + 7))
        case = tokens[j].info.top_grammemes & CASES
        for m in span:
            t = tokens[m]
            if "PREP" not in t.info.top_grammemes and t.info.lemmas & LIKENESS_WORDS and m + 1 < len(tokens) and any(
                    tokens[n].info.top_grammemes & {"NOUN", "ADJF"}
                    and not tokens[n].info.lemmas & (_OWNER_WORDS | _PAPERS) for n in range(m + 1, min(len(tokens), m + 3))):
                return min(j, m), max(j, m + 1)
            # an adjective of the surname itself: its case, its gender, not a preposition's, not another noun's
            if m != j and abs(m - j) <= 3 and "ADJF" in t.info.top_grammemes and "femn" in t.info.top_grammemes \
                    and case <= t.info.top_grammemes and not t.info.lemmas & _NOT_ITS_SENSE \
                    and not t.info.top_grammemes & {"Apro", "Anum"} \
                    and not (m > 0 and "PREP" in tokens[m - 1].info.top_grammemes) \
                    and not (m + 1 < len(tokens) and m + 1 != j and "NOUN" in tokens[m + 1].info.top_grammemes
                             and "femn" in tokens[m + 1].info.top_grammemes):
                return min(j, m), max(j, m)
    return None


# --- п. 17: where a base station stands, told in a call that spoke of one (red team bb11, 20) -----------------------
STATION_WORDS = frozenset({"вышка", "бс", "антенна", "сота", "ретранслятор", "вышечка"})


def names_a_station(utterance: Utterance) -> bool:
    """The line speaks of a base station (п. 17): "вышка", "сота", "антенна", "базовая станция"."""
    lemmas = [token.info.lemmas for token in utterance.tokens]
    return any(found & STATION_WORDS or found & {"станция"} and k > 0 and lemmas[k - 1] & {"базовый"}
               for k, found in enumerate(lemmas))


_SPATIAL = frozenset({"за", "возле", "около", "напротив", "рядом", "недалеко", "вблизи", "над", "под", "между",
                      "позади", "сзади", "перед", "у", "на", "в", "через", "вдоль", "неподалёку", "неподалеку"})
_DISTANCE = frozenset({"метр", "километр", "км", "квартал", "шаг", "остановка"})
_NOT_A_PLACE = frozenset({"минута", "секунда", "час", "день", "неделя", "месяц", "год", "время", "момент", "раз",
                          "связь", "сеть", "телефон", "номер", "сигнал", "интернет", "вопрос", "случай", "карта",
                          "экран", "система", "база", "данные", "приложение", "сайт", "вид", "помощь", "очередь"})
_THE_STATION = STATION_WORDS | {"станция", "она", "он", "оно", "та", "тот", "это", "её", "ее"}


def tells_the_stations_place(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 17 (where a base station stands), in a line of a call that has spoken of one: a place
    ("за школой", "на крыше торгового центра", "на улице Ленина") or a distance ("метров двести от вас", "в двухстах
    метрах к северу") stated of the station — its word or a pronoun as the subject, or no subject at all ("За
    школой.") — never of another subject ("связь хуже в подвале"), never asked, denied, conditioned or asked of the
    caller ("выйдите на улицу"), never the operator's own act ("я посмотрю на карте"). (first, last) tokens, or None."""
    tokens = utterance.tokens
    if not tokens or utterance.text.rstrip().endswith("?"):
        return None
    if any("impr" in t.info.top_grammemes or t.info.top_grammemes & {"VERB"} and t.info.top_grammemes & {"1per", "2per"}
           or t.info.lemmas & _NOT_A_STATEMENT or t.form in ("я", "мы", "вы") for t in tokens):
        return None  # asked of the caller, the operator's own act or the caller's, denied, supposed, conditioned
    subjects = [t for t in tokens if "nomn" in t.info.top_grammemes
                and t.info.top_grammemes & {"NOUN", "NPRO"} and not t.info.lemmas & _THE_STATION]
    if any(not t.info.lemmas & _SPATIAL and not t.info.top_grammemes & {"Geox", "Surn", "Name"} and
           not (k > 0 and tokens[k - 1].info.lemmas & _SPATIAL) for k, t in enumerate(tokens) if t in subjects):
        return None
    for k, token in enumerate(tokens):
        if token.info.lemmas & _DISTANCE and any(t.is_digit or "NUMR" in t.info.top_grammemes or t.info.lemmas &
                                                  {"пара", "несколько", "сотня", "сто", "тысяча"}
                                                  for t in tokens[max(0, k - 2):k + 3]):
            return max(0, k - 2), k
        if token.info.lemmas & _SPATIAL and token.form in _SPATIAL:
            place = next((m for m in range(k + 1, min(len(tokens), k + 3))
                          if "NOUN" in tokens[m].info.top_grammemes and not tokens[m].info.lemmas & _NOT_A_PLACE
                          and "nomn" not in tokens[m].info.top_grammemes), None)
            if place is not None and not tokens[k + 1].info.lemmas & {"вы", "ваш"}:
                return k, place
    return None


# --- п. 18: the operator's number asked for, and answered with something else over turns (red team bb11, 05) --------
_OPERATORS_NUMBER = frozenset({"операторский", "табельный"})
_STAFF = frozenset({"оператор", "сотрудник", "специалист", "консультант"})
_ASKING = frozenset({"назвать", "сказать", "сообщить", "продиктовать", "дать", "какой", "можно", "подсказать",
                     "представиться", "озвучить"})


def asks_for_the_operators_number(utterance: Utterance) -> bool:
    """The caller asks for the operator's own number (п. 18: the caller has a right to it): "номер" with
    "операторский" / "табельный", "номер оператора", or "ваш номер" with a request or a question ("Назовите ваш
    операторский номер", "А номер ваш какой?"). Not the caller's own ("мой номер"), not "на ваш номер" (the company's)."""
    tokens = utterance.tokens
    asked = utterance.text.rstrip().endswith("?") or any(
        t.info.lemmas & _ASKING or "impr" in t.info.top_grammemes for t in tokens)
    for k, token in enumerate(tokens):
        if token.form not in ("номер", "номера", "номерок"):
            continue
        around = tokens[max(0, k - 3):k + 3]
        if any(t.info.lemmas & {"мой", "свой"} and "1per" not in t.info.top_grammemes for t in around) \
                and not any(t.info.lemmas & _OPERATORS_NUMBER for t in around):
            continue
        if k > 0 and tokens[k - 1].form in ("на", "ваш") and k > 1 and tokens[k - 2].form == "на":
            continue
        if any(t.info.lemmas & _OPERATORS_NUMBER for t in around) or k + 1 < len(tokens) and \
                tokens[k + 1].info.lemmas & _STAFF and "gent" in tokens[k + 1].info.top_grammemes:
            return True
        if asked and any(t.info.lemmas & {"ваш"} for t in around) and not (k > 0 and tokens[k - 1].form == "на"):
            return True
    return False


_PROMISE = frozenset({"назвать", "сказать", "сообщить", "продиктовать", "дать", "озвучить", "представиться"})


def answers_with_a_number(utterance: Utterance) -> bool:
    """The operator's line gives a number (the one asked for) or promises to ("сейчас назову", "скажу, секунду")."""
    tokens = utterance.tokens
    if utterance.digit_groups:
        return True
    return any(t.info.lemmas & _PROMISE and {"1per", "futr"} <= t.info.top_grammemes
               and not (k > 0 and tokens[k - 1].form == "не") for k, t in enumerate(tokens))


# --- п. 25: the customer's account data changed by the operator ------------------------------------------------
_CHANGE = frozenset({"исправить", "исправлять", "поменять", "менять", "изменить", "изменять", "заменить", "заменять",
                     "переписать", "переписывать", "обновить", "обновлять", "поправить", "поправлять", "подправить",
                     "подправлять", "скорректировать", "корректировать", "откорректировать", "перебить", "перебивать",
                     "переоформить", "переоформлять", "перерегистрировать", "убрать", "убирать", "поставить",
                     "ставить", "внести", "вносить", "записать", "записывать", "вписать", "вписывать", "занести",
                     "заносить", "удалить", "удалять", "стереть", "сменить", "прописать"})
# what the customer's account holds (Инструкция запретов, п. 25 "учетные данные"), and where it is kept
_ACCOUNT_FIELD = frozenset({"фамилия", "отчество", "фио", "паспорт", "паспортный", "прописка", "рождение", "инн",
                            "огрн", "владелец", "владелица", "e-mail", "email", "емейл", "имейл", "почта", "серия"})
_ACCOUNT_PLACE = frozenset({"карточка", "анкета", "профиль", "учётка", "учетка", "учётный", "учетный", "база",
                            "система", "договор", "crm", "срм", "запись"})
# entering is changing only where the account is named: "записала вашу почту" may be a note of what was dictated
_ENTER = frozenset({"внести", "вносить", "записать", "записывать", "вписать", "вписывать", "занести", "заносить"})
_LOOSE_FIELD = frozenset({"адрес", "данные", "данный", "имя", "название", "наименование", "контактный", "номер",
                          "дата", "регистрация", "реквизит", "реквизиты"})
# the procedures the item allows: the administrative replacement, and a broadband request not yet carried out
_SANCTIONED_ROUTE = frozenset({"административный", "замена", "заявка", "офис", "салон"})
# (its own name: п. 23's _SANCTIONED below once shadowed it, and the office route of п. 25 was never read)


# п. 25's procedure in the office: the change made on the documents the caller brings in — a verb of bringing or coming
_BRING = frozenset({"принести", "приносить", "привезти", "привозить", "предъявить", "предъявлять", "показать",
                    "прийти", "приходить", "подойти", "подходить", "приехать", "приезжать"})
_DOCUMENTS = frozenset({"паспорт", "документ", "свидетельство", "справка", "доверенность"})
_WHEN = frozenset({"когда", "если", "как", "после"})  # "когда принесёте", "как только придёте", "после того как"
_NOW = frozenset({"сейчас", "щас", "сразу", "немедленно", "мигом"})
_LATER = frozenset({"потом", "позже", "позднее", "затем", "когда-нибудь", "как-нибудь", "после"})


def _made_on_the_documents(utterance: Utterance, change: int) -> bool:
    """The change verb at `change` is made when the caller comes in with the documents (Инструкция запретов, п. 25:
    not on the call but by the office's procedure): the line names a document or the office, and a verb of bringing
    or coming is the caller's — an imperative before the change ("приходите в салон вдвоём с паспортами —
    переоформим номер на него") or in a clause of time or condition ("фамилию поменяем, когда принесёте паспорт"),
    not negated and not put off till after the change ("паспорт потом донесёте", "покажете потом в офисе"), and
    the change not made now ("сейчас", "сразу")."""
    tokens = utterance.tokens
    if not utterance.lemma_set & (_DOCUMENTS | _SANCTIONED_ROUTE) or utterance.lemma_set & _NOW:
        return False  # "поменяю сейчас, а когда придёте, покажете паспорт": made now, the documents after
    if "past" in tokens[change].info.top_grammemes or utterance.lemma_set & _ALREADY:
        return False  # made already ("фамилию я уже поменяла, паспорт покажете, когда придёте": the merge's review)
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _BRING or "INFN" in token.info.top_grammemes:
            continue
        before = tokens[max(0, k - 3):k]
        if any(t.form == "не" or t.info.lemmas & _LATER and t.form != "после" for t in before):
            continue
        # "приходите" reads as the imperative and as the 2nd person present alike: either, before the change
        ordered = k < change and ("impr" in token.info.grammemes or "2per" in token.info.top_grammemes)
        conditioned = "2per" in token.info.top_grammemes and any(t.form in _WHEN for t in before)
        between = tokens[min(k, change) + 1:max(k, change)]
        if any(t.form in _BUT for t in between):
            continue  # "я поменяю адрес, а паспорт покажете, когда придёте": the documents in another clause, after
        if ordered or conditioned:
            return True
    return False


_ALREADY = frozenset({"уже"})


def change_made_on_the_documents(utterance: Utterance, start: int, end: int) -> bool:
    """Is a change verb within [start, end) (characters: a client-data-change phrase's finding) made on the documents
    the caller brings in (_made_on_the_documents)? The rule's phrases and the frame read the procedure alike."""
    return any(token.info.lemmas & _CHANGE and start <= token.start and token.end <= end
               and _made_on_the_documents(utterance, k) for k, token in enumerate(utterance.tokens))


# п. 25 the other way round: the line itself says the change is made on the caller's word — "с ваших слов", "устное
# подтверждение", the documents not needed ("паспорт показывать не нужно", "документы не понадобятся")
_SPOKEN = frozenset({"устный", "устно"})
_NEEDED = frozenset({"нужный", "нужно", "надо", "понадобиться", "требоваться", "потребоваться"})
_WORD_REACH = 4  # words from a document to its "не нужны"


def _on_the_callers_word(utterance: Utterance) -> bool:
    """The line says a change is made on what the caller says alone: "с ваших слов", "устно"/"устное подтверждение",
    or a document (паспорт, документы) said not to be needed ("не нужны", "не понадобятся", "показывать не нужно")."""
    tokens = utterance.tokens
    for k, token in enumerate(tokens):
        if token.info.lemmas & _SPOKEN:
            return True
        if token.form == "с" and k + 2 < len(tokens) and tokens[k + 1].info.lemmas & {"ваш"} \
                and tokens[k + 2].info.lemmas & {"слово"}:
            return True
        if token.info.lemmas & _DOCUMENTS and any(
                tokens[j].form == "не" and j + 1 < len(tokens) and tokens[j + 1].info.lemmas & _NEEDED
                for j in range(k + 1, min(len(tokens) - 1, k + _WORD_REACH + 1))):
            return True
    return False


def change_made_on_the_callers_word(utterance: Utterance, start: int, end: int) -> bool:
    """Инструкция запретов, п. 25 ("Вносить изменения в учетные данные клиента за исключением случаев, описанных в
    процедуре Административной замены"): is the account-data change within [start, end) (characters: a
    client-data-change finding) made by a verb of changing proper — not one of entering what was dictated
    ("записала с ваших слов" is a note) — in a line that says it is made on the caller's word alone
    (_on_the_callers_word)? The line states the forbidden route itself, the inverse of the documents' procedure
    (change_made_on_the_documents): "девичью фамилию убираю, ставлю новую, с вас только устное подтверждение",
    "адрес регистрации обновлю с ваших слов, паспорт показывать не нужно"."""
    if changes_account_data(utterance) is None or not _on_the_callers_word(utterance):
        return False
    return any(token.info.lemmas & _CHANGE and not token.info.lemmas & _ENTER and start <= token.start
               and token.end <= end for token in utterance.tokens)


# who else a past singular verb can have done ("вы" cannot: "вы исправили"; "как вы сказали" tells what, not who)
_OTHER_AGENT = frozenset({"он", "она", "мастер", "специалист", "коллега", "сотрудник", "клиент", "владелец",
                          "менеджер", "система", "офис", "салон"})


_OWNER_REACH = 3


def _as_recorded(tokens: list[Token], i: int) -> bool:
    """The change verb at `i` is a passive participle in a clause "как" opens ("как в поле записано", "как указано и
    записано в договоре"): the record's content the operator goes by, not an act of changing it (stop 52). The clause
    opens at the last break before the verb; "как" must stand in it, before the participle, with no verb or person
    between ("как вы просили, записано …", "как договорились …" tell the change agreed, not the record gone by)."""
    if "pssv" not in tokens[i].info.top_grammemes:
        return False
    opens = max((k for k in range(i + 1) if tokens[k].after_break), default=0)
    at = next((k for k in range(i - 1, opens - 1, -1) if tokens[k].form.lower() == "как"), None)
    if at is None or any(tokens[k].info.top_grammemes & {"VERB", "INFN", "PRTS", "NPRO"} for k in range(at + 1, i)):
        return False
    # "как записано у владельца": the owner's record gone by is п. 1's (the owner's name and patronymic used), not
    # cleared here
    return not any(tokens[k].info.lemmas & OWNER_NOUNS for k in range(at + 1, min(len(tokens), i + 1 + _OWNER_REACH)))


def _operators_act(token: Token, stretch: list[Token]) -> bool:
    """A change verb done by the operator: first person ("исправлю", "записываю"); a past singular with no one else
    as its subject ("заменила на ваш новый", "я поправил"); an infinitive after "давайте я / могу / сама" when the
    caller is not the one who can ("вы можете сами изменить")."""
    grammemes = token.info.top_grammemes
    if "1per" in grammemes:
        return True
    if "past" in grammemes and "sing" in grammemes:  # another agent is a subject, not a place ("в офис можно не ехать")
        return not any(t.info.lemmas & _OTHER_AGENT and not (k > 0 and "PREP" in stretch[k - 1].info.top_grammemes)
                       for k, t in enumerate(stretch))
    # "сам" counts as the operator in the nominative ("я сама поменяю", "могу сам изменить"); in the dative it is the
    # one "можно" lets do it — the caller ("можно поменять самому в приложении", "вам самим можно изменить", stop 40)
    return ("INFN" in grammemes and any(t.info.lemmas & {"я", "мочь", "давать", "давайте"} or t.form in _SELF_NOMINATIVE
                                        for t in stretch)
            and not any("2per" in t.info.top_grammemes for t in stretch)
            and not (any(t.form in _SELF_DATIVE for t in stretch)
                     and not any("1per" in t.info.top_grammemes or t.info.lemmas & {"я"} for t in stretch)))


_SELF_NOMINATIVE = frozenset({"сам", "сама"})
_SELF_DATIVE = frozenset({"самому", "самой", "самим"})


_HOLDER = frozenset({"владелец", "владелица", "собственник", "собственница", "хозяин", "хозяйка", "абонент"})


def _enters_as_the_holder(tokens: list[Token], i: int, last: int) -> bool:
    """An entering verb whose complement in the instrumental is the contract's holder ("впишу вас владельцем", "запишу
    сына собственником"): someone made the holder — a change of the account whatever place is named, not a note of
    what was dictated ("записала вашу почту")."""
    return _holder_entered(tokens, i, last) is not None


def _holder_entered(tokens: list[Token], i: int, last: int) -> int | None:
    """The index of the holder's noun in the instrumental within three words after the verb, in its clause."""
    for k in range(i + 1, min(last, i + 3) + 1):
        if tokens[k].after_break:
            return None  # "запишу вас в очередь, владельцем останется мама": another verb's
        if tokens[k].info.lemmas & _HOLDER and "ablt" in tokens[k].info.top_grammemes:
            return k
    return None


# a sanctioned way named only to say it is not needed: "в офис можно не ехать", "без визита в салон", "в офис не надо"
_GO_OR_NEED = frozenset({"ехать", "поехать", "ездить", "съездить", "приезжать", "приехать", "идти", "пойти", "ходить",
                         "сходить", "приходить", "прийти", "посещать", "посетить", "являться", "явиться", "нужно",
                         "надо", "нужный", "обязательно", "обязательный", "требоваться", "потребоваться",
                         "понадобиться", "прийтись", "приходиться"})
_ROUTE_REACH = 4


# п. 25 allows changes in a broadband (ШПД) request not yet carried out: a request is that route only where the line
# names broadband ("заявка на домашний интернет"), not "заявку на портацию отправим заново"
_REQUEST = frozenset({"заявка"})
_BROADBAND = frozenset({"шпд", "интернет", "подключение"})


def _sanctioned_route(tokens: list[Token], k: int, first: int, last: int) -> bool:
    """The word at `k` names a way п. 25 allows, in the stretch [first, last], not as the trip spared."""
    if not tokens[k].info.lemmas & _SANCTIONED_ROUTE or _route_not_needed(tokens, k, first, last):
        return False
    return not tokens[k].info.lemmas & _REQUEST or any(t.info.lemmas & _BROADBAND for t in tokens)


def _route_not_needed(tokens: list[Token], k: int, first: int, last: int) -> bool:
    """The sanctioned word at `k` (the office, a request) is named as the way the caller need not take: "не" before a
    verb of going or a word of need within a few words of it in its stretch, or "без" just before it ("без визита
    в офис"). A change done "so that the office is not needed" is the change п. 25 forbids, not the allowed route."""
    lo, hi = max(first, k - _ROUTE_REACH), min(last, k + _ROUTE_REACH)
    if any(tokens[j].form == "без" for j in range(max(first, k - 3), k)):
        return True
    return any(tokens[j].form == "не" and j + 1 <= last and tokens[j + 1].info.lemmas & _GO_OR_NEED
               for j in range(lo, hi + 1))


def changes_account_data(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 25: the operator changes the customer's account data on the call ("e-mail для счетов
    в карточке сейчас заменю", "девичью фамилию убираю, ставлю новую", "записываю в учётку новую дату рождения"),
    not negated, and the stretch names no sanctioned way (administrative replacement, a request, the office).
    (first, last) tokens of the verb and the field, or None."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if not token.info.lemmas & _CHANGE:
            continue
        first, last = stretch_of(utterance, i)
        stretch = tokens[first:last + 1]
        if not _operators_act(token, stretch) or any(t.info.lemmas & _NOT for t in tokens[max(first, i - 3):i]):
            continue  # "не буду менять фамилию", "не могу поменять": no change
        if _as_recorded(tokens, i):
            continue  # "как в поле для обращения записано, так к вам и обращаюсь": what the record holds, followed
        lemmas = frozenset().union(*(t.info.lemmas for t in stretch))
        connection = [k for k in range(first, last + 1) if tokens[k].info.lemmas & {"адрес", "тип"}
                      and k + 1 <= last and tokens[k + 1].info.lemmas & {"подключение"}]
        if connection:  # "в заявке поменяла адрес подключения": the one change a request never takes
            return min(i, connection[0]), max(i, connection[0] + 1)
        if any(_sanctioned_route(tokens, k, first, last) for k in range(first, last + 1)) \
                or _made_on_the_documents(utterance, i):
            continue
        if token.info.lemmas & _ENTER and not lemmas & _ACCOUNT_PLACE and not _enters_as_the_holder(tokens, i, last):
            continue
        holder = _holder_entered(tokens, i, last) if token.info.lemmas & _ENTER else None
        fields = [holder] if holder is not None else [
            k for k in range(first, last + 1) if tokens[k].info.lemmas & _ACCOUNT_FIELD
            or (tokens[k].info.lemmas & _LOOSE_FIELD and lemmas & _ACCOUNT_PLACE)]
        if fields:
            return min(i, fields[0]), max(i, fields[0])
    return None


# --- п. 24: the operator enters the customer's personal account with the customer's credentials -------------------
_LOG_IN = frozenset({"войти", "входить", "зайти", "заходить", "залогиниться", "авторизоваться", "зайти", "вход",
                     "открыть", "открывать"})
_ACCOUNT = frozenset({"кабинет", "лк", "учётка", "учетка", "аккаунт", "личный"})
_CREDENTIAL = frozenset({"пароль", "логин"})


def enters_client_account(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 24 ("Входить в Личный Кабинет клиента используя его логин и пароль"): a verb of
    entering done by the operator (first person, a past singular with no one else its subject, "давайте я зайду":
    `_operators_act`), not negated, with the account (кабинет, учётка, аккаунт) and a credential (пароль, логин)
    in its stretch — "я уже зашла в ваш кабинет по паролю, который вы назвали", "захожу в личный кабинет с вашим
    логином". Advice to the caller ("вы можете зайти в кабинет по паролю") is the caller's act. (first, last) tokens
    of the verb and the account, or None."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if not token.info.lemmas & _LOG_IN or "NOUN" in token.info.top_grammemes:
            continue
        first, last = stretch_of(utterance, i)
        stretch = tokens[first:last + 1]
        if not _operators_act(token, stretch) or any(t.info.lemmas & _NOT for t in tokens[max(first, i - 3):i]):
            continue
        accounts = [k for k in range(first, last + 1) if tokens[k].info.lemmas & _ACCOUNT]
        if accounts and any(t.info.lemmas & _CREDENTIAL for t in stretch):
            return min(i, accounts[0]), max(i, accounts[0])
    return None


# verbs of giving a word to someone: what the operator asks the caller to hand over (personal.surname_described too)
HAND_OVER_VERBS = frozenset({"сказать", "говорить", "продиктовать", "диктовать", "назвать", "называть", "сообщить",
                        "сообщать", "прислать", "присылать", "скинуть", "написать", "отправить", "дать"})
_TO_THE_OPERATOR = frozenset({"мне", "нам"})


def asks_for_the_credential(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 24 ("пароль у клиента не спрашивают"): the operator asks the caller to hand over the
    account's password or login — an imperative of telling or sending, not negated, with "пароль"/"логин" and
    "мне"/"нам" in its clause, in any order ("пароль скажите мне", "логин с паролем мне пришлите"; stop 40, p39).
    Advice to keep it ("никому не сообщайте пароль"), to type it oneself ("пароль введите в приложении") or to write it
    down for oneself names no operator as its addressee. (first, last) tokens of the verb and the credential, or
    None."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if not token.info.lemmas & HAND_OVER_VERBS or "impr" not in token.info.top_grammemes:
            continue
        first, last = stretch_of(utterance, i)
        if any(t.info.lemmas & _NOT for t in tokens[max(first, i - 2):i]) or any(
                t.form in ("никому", "никогда") for t in tokens[first:last + 1]):
            continue
        credentials = [k for k in range(first, last + 1) if tokens[k].info.lemmas & _CREDENTIAL]
        if credentials and any(t.form in _TO_THE_OPERATOR for t in tokens[first:last + 1]):
            return min(i, credentials[0]), max(i, credentials[0])
    return _credential_handed_without_a_verb(utterance)


_PREDICATE = frozenset({"VERB", "INFN", "PRED", "ADJS", "PRTS"})


def _credential_handed_without_a_verb(utterance: Utterance) -> tuple[int, int] | None:
    """The hand-over with its verb left out: "вы мне пароль, а я …", "давайте: вы нам логин и пароль" — the caller
    ("вы") the giver, the operator ("мне"/"нам") the one given to, the credential the thing given, and no predicate
    of the clause's own (a hortative "давайте" aside), not negated. "Пароль мне не нужен", "вы мне пароль не
    называйте" have their own predicate. (first, last) tokens of "вы" and the credential, or None."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if token.form != "вы":
            continue
        first, last = stretch_of(utterance, i)
        clause = tokens[first:last + 1]
        if any(t.info.lemmas & _NOT or t.form in ("никому", "никогда") for t in clause):
            continue
        if any(t.info.top_grammemes & _PREDICATE and "impr" not in t.info.top_grammemes for t in clause):
            continue
        credentials = [k for k in range(i + 1, min(last, i + 3) + 1) if tokens[k].info.lemmas & _CREDENTIAL]
        if credentials and any(t.form in _TO_THE_OPERATOR for t in tokens[i + 1:credentials[0]]):
            return i, credentials[0]
    return None


# --- п. 15: a form of address — the caller called by what they are, not by name ------------------------------------
_FILLERS = frozenset({"ну", "так", "э", "э-э", "а", "вот", "да", "ой", "эм", "м", "значит", "алло"})
# a person a line opens with who is not the one spoken to: the staff, the owner, someone spoken of
_NOT_ADDRESSEE = frozenset({"оператор", "специалист", "менеджер", "мастер", "сотрудник", "консультант", "коллега",
                            "владелец", "курьер", "инженер", "техник", "бригада", "кто", "никто", "каждый", "человек"})
_TO_YOU = frozenset({"вы", "ты", "вас", "вам", "тебе", "тебя"})
_SOFTENERS = frozenset({"пожалуйста", "ну", "э", "э-э"})


def _truncated_vocative(token: Token) -> bool:
    """The spoken vocative of a noun in -а/-я, its ending dropped: "бабуль" (бабуля), "мам", "тёть" — which the
    dictionary reads as a genitive plural."""
    form = token.form
    return any(len(lemma) > 3 and lemma[-1] in "ая" and form in (lemma[:-1], lemma[:-1] + "ь")
               for lemma in token.info.lemmas)


def addresses_by_kind(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 15: the line (or a sentence of it) opens with a person noun that is no name — "бабуля",
    "мужчина", "женщина", "гражданка" — and goes on to the caller: an imperative, a verb in the 2nd person or "вы"
    ("Бабуля, нажмите ...", "мужчина вы меня слышите"). A name ("Кирилл, подождите") is the sanctioned address; a
    noun followed by the 3rd person is someone spoken of ("специалист вам перезвонит"); a word the dictionary does not
    know is no noun of kind ("Фаҳмидед? Понимаете?"). (first, last) or None."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if not (token.after_break or all(t.form in _FILLERS for t in tokens[:i])):
            continue
        grammemes = token.info.top_grammemes
        if (not {"NOUN", "anim"} <= grammemes or not (grammemes & {"nomn", "voct"} or _truncated_vocative(token))
                or token.info.grammemes & {"Name", "Surn", "Patr"} or token.info.lemmas & _NOT_ADDRESSEE):
            continue
        # a word the dictionary does not know is only guessed a person noun from its ending: a caller's language
        # ("Фаҳмидед? Понимаете?", "тушундингизми") or a brand — п. 15's nouns of kind are ordinary Russian words
        if "UNKN" in token.info.grammemes:
            continue
        before = tokens[i - 1].info.top_grammemes if i > 0 else frozenset()
        if (i + 1 < len(tokens) and tokens[i + 1].after_break and token.after_break
                and ("impr" in before or {"VERB", "2per"} <= before)):
            return i, i  # set off by commas after an imperative: "Смотрите, бабуля, услуга подключена"
        j = i + 1
        # softeners, and the negation of a request ("Сестрёнка, не переживайте": the caller told not to; stop 45)
        while j < len(tokens) and (tokens[j].form in _SOFTENERS or tokens[j].form == "не"):
            j += 1
        if j == len(tokens):
            continue
        after = tokens[j].info.top_grammemes
        if "impr" in after or {"VERB", "2per"} <= after or tokens[j].form in _TO_YOU:
            return i, i
    return None


# п. 15's second sentence: "Обращаться по имени или имени отчеству, если обращается сам владелец и договор
# зарегистрирован, в остальных случаях обращение на «Вы»". Two readings of the line alone (stop 52):
# - the caller on "ты": a pronoun of the second person singular said to them ("давай ты мне скажешь", "у тебя ARPU
#   низкий"), not inside quotes and not a line about a customer to a colleague ("если клиент спрашивает, как тебя зовут");
# - the caller called by first name where the line says they are not the owner ("Вы соседка, а не владелица, но ничего,
#   Людмила, …", "Хорошо, Светлана, раз договор на вашего отца, …"): the name of someone the address by name is not for.
_THOU = frozenset({"ты", "тебе", "тебя", "тобой", "твой", "твоя", "твои", "твоё", "твое", "твоего", "твоей", "твоему",
                   "твою", "твоим", "твоих", "твоими"})
_A_CUSTOMER_SPOKEN_OF = frozenset({"клиент", "клиентка", "абонент", "абонентка", "звонящий", "покупатель", "пользователь"})
_OWNER_NOUNS = frozenset({"владелец", "владелица", "хозяин", "хозяйка", "собственник", "собственница"})
_VOCATIVE_BEFORE = frozenset({"хорошо", "ладно", "ну", "так", "да", "ничего", "итак", "смотрите", "спасибо", "понятно",
                              "ясно", "отлично", "конечно", "вот"})
_AFTER_A_VOCATIVE = frozenset({"раз", "давайте", "тогда", "пожалуйста", "вы", "вам", "вас", "но", "а", "и", "если",
                               "поэтому", "к", "увы"})


def _inside_quotes(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1


def addresses_with_thou(utterance: Utterance) -> tuple[int, int] | None:
    """(i, i) of a "ты" said to the caller (п. 15: "в остальных случаях обращение на «Вы»"), or None."""
    tokens = utterance.tokens
    if any(t.info.lemmas & _A_CUSTOMER_SPOKEN_OF for t in tokens):
        return None  # "если клиент спрашивает, как тебя зовут, называй …": a colleague told of a customer
    for i, token in enumerate(tokens):
        if token.form in _THOU and not _inside_quotes(utterance.text, token.start):
            return i, i
    return None


def not_the_owner(tokens: list[Token]) -> bool:
    """The line says the caller is not the owner: an owner noun negated ("а не владелица", "вы не владелец"), or the
    contract or the number on the caller's kin ("раз договор на вашего отца")."""
    for k, token in enumerate(tokens):
        if token.info.lemmas & _OWNER_NOUNS and any(t.form == "не" for t in tokens[max(0, k - 2):k]):
            return True
        if token.form == "на" and k + 2 < len(tokens) and tokens[k + 1].info.lemmas & {"ваш"} \
                and tokens[k + 2].info.lemmas & KIN_NOUNS \
                and any(t.info.lemmas & {"договор", "номер", "оформить", "зарегистрировать", "записать", "сим-карта",
                                         "симка"} for t in tokens[max(0, k - 4):k]):
            return True
    return False


def calls_a_non_owner_by_name(utterance: Utterance) -> tuple[int, int] | None:
    """(i, i) of a first name the caller is addressed by in a line that says they are not the owner (п. 15), or None.
    The name stands as an address: at the line's start, after a break or a word of assent ("хорошо", "ничего"), and
    before a break, the end, an imperative, the second person or a clause's first word ("раз", "давайте")."""
    tokens = utterance.tokens
    if not not_the_owner(tokens):
        return None
    for i, token in enumerate(tokens):
        grammemes = token.info.top_grammemes
        if not {"Name", "nomn"} <= grammemes or "Surn" in grammemes:
            continue
        opens = i == 0 or token.after_break or tokens[i - 1].form in _VOCATIVE_BEFORE
        if not opens:
            continue
        j = i + 1 if i + 1 < len(tokens) and "Patr" in tokens[i + 1].info.top_grammemes else i  # "Анна Петровна"
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is None or after.after_break or after.form in _AFTER_A_VOCATIVE \
                or after.info.top_grammemes & {"impr", "2per"}:
            return i, j
    return None


# --- 002 (confidential information): what a relative's number did, told to the caller ---------------------------
# what a number does that its account records: payments, messages, subscriptions, where it was in the network
_NUMBER_ACT = frozenset({"отправить", "отправлять", "пополнение", "пополнить", "списание", "списать", "подключить",
                         "отключить", "сообщение", "смс", "трафик", "вызов", "сеть", "баланс", "потратить", "тратить",
                         "платёж", "платеж", "перевод", "перевести", "заказать", "подписка", "входящий", "исходящий",
                         "детализация", "роуминг", "регистрироваться", "зарегистрировать", "находиться"})
_CALL = frozenset({"звонить", "позвонить", "разговаривать", "говорить"})  # a call is the number's only with a number
NUMBER_ACTS, CALL_VERBS = _NUMBER_ACT, _CALL  # the reading's words, for sense.refusal_goes_on_to_anothers_activity
# a refusal, a condition, a modal, the one who may ask: "не могу", "если", "только ей", "может заказать сам"
_NOT_TOLD = frozenset({"не", "нельзя", "мочь", "если", "когда", "только", "доступный", "сам", "чтобы", "попросить"})


def tells_relatives_activity(utterance: Utterance) -> tuple[int, int] | None:
    """002, confidential information: a relative of the caller ("ваш сын", "номер вашей мамы") and what their number
    did — a past or present statement of calls to a number, messages, payments, subscriptions, being in the network —
    in one stretch, with no refusal, condition or modal in it and nothing asked of the caller (imperative, 2nd person):
    "Ваш сын вчера отправил с этого номера сорок сообщений", "на номер вашего мужа было пополнение". (first, last)."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if not token.info.lemmas & KIN_NOUNS:
            continue
        first, last = stretch_of(utterance, i)
        stretch = tokens[first:last + 1]
        lemmas = frozenset().union(*(t.info.lemmas for t in stretch))
        numbered = "номер" in lemmas or any(t.is_digit or "NUMR" in t.info.top_grammemes for t in stretch)
        if not (lemmas & _NUMBER_ACT or (lemmas & _CALL and numbered)) or lemmas & _NOT_TOLD:
            continue
        if any(t.info.top_grammemes & {"impr", "2per"} for t in stretch):
            continue
        if not any("past" in t.info.top_grammemes or {"3per", "pres"} <= t.info.top_grammemes for t in stretch):
            continue
        if tells_only_the_calls_type(utterance, first, last):
            continue  # п. 9's type of a call: "звонки с номера сына были исходящие, на мобильные Казахстана"
        if (i > 0 and tokens[i - 1].info.lemmas & {"ваш", "твой"}) or lemmas & {"номер", "телефон", "симка"}:
            return first, last
    return None


# Инструкция запретов, п. 9: what may be told of a call in the detail — its type (incoming or outgoing, mobile or
# landline, long-distance or international), the network, the region; the number and its digits may not
_CALL_TYPES = frozenset({"входящий", "исходящий", "мобильный", "сотовый", "городской", "стационарный",
                         "междугородний", "междугородный", "международный", "местный"})
_CALLS_OWN_ACTS = frozenset({"входящий", "исходящий", "вызов"})  # the acts of _NUMBER_ACT that are a call's type


def tells_only_the_calls_type(utterance: Utterance, first: int, last: int) -> bool:
    """The stretch [first, last] tells of calls only what п. 9 lets be told of them — a type word or a network's name
    ("в основном исходящие, на мобильные Казахстана", "мобильный, сети МТС, Краснодарский край") — and no other act
    of the number (a payment, a message, a subscription, being somewhere in the network: _NUMBER_ACT), no number's
    digits (three or more) and no number's end ("кончается на …", "с окончанием …")."""
    tokens = utterance.tokens
    lemmas = frozenset().union(*(t.info.lemmas for t in tokens[first:last + 1]))
    acts = lemmas & _NUMBER_ACT
    if lemmas & CARRIERS:
        acts -= {"сеть"}  # "сети МТС": the network's name, п. 9's own; "был в сети" is being somewhere
    if acts - _CALLS_OWN_ACTS or not lemmas & (_CALL_TYPES | CARRIERS) or lemmas & (NUMBER_END_NOUNS | END_VERBS):
        return False
    if lemmas & _ROAMING or any(tokens[k].form == "из" and "Geox" in tokens[k + 1].info.grammemes
                                for k in range(first, last)):
        return False  # where the number was when it called ("звонил из Турции", "в роуминге"): пп. 9, 17 forbid it
    start, end = tokens[first].start, tokens[last].end
    return not any(len(g.digits) >= 3 for g in utterance.digit_groups if start <= g.start and g.end <= end)


# --- п. 11: an internal unit named, and what it said or was asked --------------------------------------------------
_UNIT = frozenset({"отдел", "служба", "департамент", "группа", "сектор", "подразделение", "управление", "дирекция",
                   "бухгалтерия", "биллинг", "сетевик", "инженер", "техник", "поддержка"})
_NAMED_BY_ITSELF = frozenset({"бухгалтерия", "биллинг", "сетевик"})  # a unit's name with no modifier needed
_UNIT_ACT = frozenset({"сказать", "говорить", "ответить", "подтвердить", "сообщить", "написать", "проверить",
                       "посмотреть", "обещать", "пообещать", "объяснить", "передать", "уточнить", "обратиться",
                       "позвонить", "звонить", "связаться", "переслать", "отправить", "выяснить", "запросить",
                       "разрешить", "отказать", "согласовать"})
# the caller's own company's units (п. 4: who issued the SIM card), the sales office, a specialist the caller is sent to
# — within two words after the unit noun or one before it
# — or another organisation's by its genitive ("служба безопасности банка": a fraud warning, the rules' exceptions)
_NOT_INTERNAL = frozenset({"ваш", "свой", "кадр", "продажа", "специалист", "банк", "полиция", "маркетплейс", "госуслуги"})


def names_unit_contacted(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 11: a named unit of the company — a unit noun with an adjective before it or a noun in
    the genitive after it ("технический отдел", "служба поддержки сети", "группа эксплуатации"), or one that is a name
    by itself ("биллинг", "сетевики") — and, in its stretch, a past act of telling, checking or being contacted ("...
    сказали", "я им звонил", "ответили из ..."). What a unit will do ("передам специалистам") is the script."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if not token.info.lemmas & _UNIT:
            continue
        named = (token.info.lemmas & _NAMED_BY_ITSELF
                 or (i > 0 and "ADJF" in tokens[i - 1].info.top_grammemes)
                 or (i + 1 < len(tokens) and {"NOUN", "gent"} <= tokens[i + 1].info.top_grammemes)
                 or (i + 2 < len(tokens) and tokens[i + 1].form == "по"  # "группа по роумингу"
                     and "NOUN" in tokens[i + 2].info.top_grammemes))
        if not named:
            continue
        first, last = stretch_of(utterance, i)
        stretch = tokens[first:last + 1]
        if any(t.info.lemmas & _NOT_INTERNAL for t in tokens[max(first, i - 1):min(last, i + 2) + 1]):
            continue  # "в отделе кадров вашей компании", "отдел продаж": beside the unit, as the rule's exceptions
        if any(t.info.lemmas & _UNIT_ACT and "past" in t.info.top_grammemes for t in stretch):
            return i, i
    return None


# --- п. 16: "nothing more I can do", said as all that was possible ---------------------------------------------------
_ALL = frozenset({"всё", "все"})
_ABLE = frozenset({"мочь", "смочь", "суметь", "сила", "возможность", "полномочие", "зависеть"})


def says_help_is_exhausted(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 16 ("Я больше ничем не смогу Вам помочь"), said as all that could be done: "всё, что"
    and the operator's ability ("могу", "могла", "в моих силах") — pointed to as the end ("это всё, что я могу для
    вас сделать", "вот и всё, что в моих силах") or as done ("я сделала всё, что могла"); a promise ("сделаю всё,
    что могу") is not the end of help. (first, last) tokens, or None."""
    tokens = utterance.tokens
    for k, token in enumerate(tokens):
        if token.form not in _ALL or k + 1 >= len(tokens) or tokens[k + 1].form != "что":
            continue
        able = next((m for m in range(k + 2, min(len(tokens), k + 6)) if tokens[m].info.lemmas & _ABLE), None)
        if able is None:
            continue
        before = tokens[max(0, k - 3):k]
        pointed = any(t.form in ("это", "вот") for t in before)
        done = any("past" in t.info.top_grammemes and "VERB" in t.info.top_grammemes for t in before)
        if pointed or done:
            return max(0, k - 1), able
    return None


# --- пп. 9, 17: where another subscriber is now -----------------------------------------------------------------
# Who the place is told of: the caller's kin, or a subscriber or owner who is not the caller.
_SOMEONE = KIN_NOUNS | {"абонент", "абонентка", "владелец", "владелица", "хозяин", "хозяйка"}
_A_NUMBER = frozenset({"номер", "телефон", "аппарат", "симка", "сим-карта"})  # someone's, unless "ваш" / "мой"
_ROAMING = frozenset({"роуминг", "заграница", "граница"})
_THERE = frozenset({"в", "на", "за"})
# being somewhere as the network sees it; not the passive "зарегистрирован" (the number's home region, п. 9 allows it)
_BEING = frozenset({"находиться", "быть", "пребывать", "оставаться", "остаться", "регистрироваться",
                    "зарегистрироваться", "засветиться", "отметиться", "определяться", "определиться", "появиться",
                    "появляться", "отдыхать", "сидеть"})
_NOT_A_STATEMENT = frozenset({"не", "нельзя", "если", "когда", "чтобы", "мочь", "ли", "может", "возможно", "вдруг"})


def tells_where_someone_is(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, пп. 9, 17 (the number's location from the network): where a person other than the caller
    is or was — the caller's kin, a subscriber, the owner — told as a place their number is in: roaming ("ваш муж
    сейчас в роуминге в Турции") or a place named by "в"/"на"/"за" and a geographical name ("абонент сейчас в
    Казани"), in one stretch, stated (a past verb, a present one in the 3rd person, or no verb at all: Russian states a
    present place with no copula), not asked, supposed, conditioned or refused, and nothing asked of the caller.
    (first, last) tokens, or None (red team bb11, 07)."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if not (token.info.lemmas & _SOMEONE or token.info.lemmas & _A_NUMBER
                and not (i > 0 and tokens[i - 1].info.lemmas & {"ваш", "мой", "свой", "наш"})) \
                or "NOUN" not in token.info.top_grammemes:
            continue
        if "nomn" not in token.info.top_grammemes or _governed_by_a_preposition(tokens, i):
            continue  # the one who is somewhere, not a call's number ("звонок был на городской номер в Москве": п. 9
            # allows a number's region) nor a place visited ("езжу к бабушке в Колывань")
        first, last = stretch_of(utterance, i)
        stretch = tokens[first:last + 1]
        places = [k for k in range(first, last + 1)
                  if tokens[k].info.lemmas & _ROAMING and k > first and tokens[k - 1].form in _THERE
                  or "Geox" in tokens[k].info.grammemes and k > first and tokens[k - 1].form in _THERE]
        if not places:
            continue
        if any(t.info.lemmas & _NOT_A_STATEMENT or t.info.top_grammemes & {"impr", "2per", "futr"} for t in stretch):
            continue
        verbs = [t for t in stretch if t.info.top_grammemes & {"VERB", "INFN", "PRTS"}]
        if any("PRTS" in t.info.top_grammemes for t in verbs) or verbs and not any(
                t.info.lemmas & _BEING and ("past" in t.info.top_grammemes or {"3per", "pres"} <= t.info.top_grammemes)
                for t in verbs):
            continue  # a verb of being somewhere, or none (a place told with no copula); "абонент в роуминге
            # оплачивает входящие" says what roaming costs, "номер зарегистрирован в Москве" the number's region (п. 9)
        if utterance.text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?"):
            continue  # asked, not told
        return min(i, places[0]), max(i, places[-1])
    return None


def _governed_by_a_preposition(tokens: list[Token], i: int) -> bool:
    """The noun at i stands in a prepositional phrase: a preposition before it, past its adjectives ("на городской
    номер", "с вашего номера")."""
    k = i - 1
    while k >= 0 and tokens[k].info.top_grammemes & {"ADJF", "PRTF", "Apro"} and "PREP" not in tokens[k].info.top_grammemes:
        k -= 1
    return k >= 0 and "PREP" in tokens[k].info.top_grammemes


# --- п. 12: the company's own office or sellers blamed ---------------------------------------------------------
# The company's own points of sale and their staff, as the caller meets them.
_OWN_OUTLET = frozenset({"салон", "офис", "продавец", "продавщица", "менеджер", "консультант", "точка", "магазин",
                         "дилер", "представитель"})
_MISDEED = _ERR | frozenset({"обмануть", "обманывать", "навязать", "навязывать", "развести", "разводить", "впарить",
                             "впаривать", "надуть", "схалтурить", "ошибаться", "халтурить", "нахимичить", "наврать",
                             "врать", "обсчитать", "обсчитывать"})
_WRONGLY = frozenset({"неправильно", "неверно", "ошибочно", "криво", "халтурно", "спроса", "спрос", "согласие"})
# supposed or conditioned, not stated ("часто" and "иногда" state a habit here: "салоны часто подключают без спроса")
_SUPPOSED = frozenset({"если", "может", "возможно", "наверное", "вероятно", "вдруг", "ли", "когда", "чтобы", "похоже",
                       "видимо", "кажется"})
_DONE = frozenset({"оформить", "оформлять", "подключить", "подключать", "настроить", "сделать", "записать",
                   "переоформить", "продать", "внести"})


def blames_the_companys_outlet(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 12 (information discrediting the company): the company's own salon, office or sellers
    stated as the agent of a misdeed — a verb of erring or cheating ("в салоне вас обманули", "продавцы постоянно
    навязывают", "там вечно ошибаются"), or an act done wrongly or unasked ("в нашем салоне вам неправильно
    оформили", "подключили без спроса") — in one stretch, not supposed or conditioned ("возможно, в салоне
    ошиблись"), not denied, not asked. (first, last) tokens, or None (red team bb11, 12)."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        if not token.info.lemmas & _OWN_OUTLET or "NOUN" not in token.info.top_grammemes:
            continue
        first, last = stretch_of(utterance, i)
        stretch = range(first, last + 1)
        if any(tokens[k].info.lemmas & _SUPPOSED for k in stretch):
            continue
        deeds = [k for k in stretch if tokens[k].info.lemmas & _MISDEED and "VERB" in tokens[k].info.top_grammemes
                 or tokens[k].info.lemmas & _DONE and "VERB" in tokens[k].info.top_grammemes
                 and any(tokens[m].info.lemmas & _WRONGLY for m in range(max(first, k - 3), min(last, k + 3) + 1))]
        deeds = [k for k in deeds if tokens[k].info.top_grammemes & {"past", "pres"}
                 and not tokens[k].info.top_grammemes & {"1per", "2per", "impr"}
                 and not (k > 0 and tokens[k - 1].form == "не")]
        if not deeds:
            continue
        if utterance.text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?"):
            continue
        return min(i, deeds[0]), max(i, deeds[-1])
    return None


# --- п. 12: the operator's own opinion of the company's side (for the model) ---------------------------------------
_OPINION = frozenset({"по-моему", "считать", "думать", "честно", "по-честному", "совесть", "лично", "неофициально",
                      "между", "казаться", "взгляд", "мнение", "против", "нравиться", "шок", "бесить", "возмущать"})
_COMPANY_SIDE = frozenset({"наш", "компания", "руководство", "начальство", "маркетолог", "маркетинг", "тариф",
                           "повышение", "условие", "штраф", "акция", "подписка", "услуга", "связь", "роутер", "пакет",
                           "поддержка", "цена", "наверху", "сервис", "обслуживание", "покрытие", "политика"})


def _held(utterance: Utterance) -> tuple[tuple[int, int] | None, tuple[int, int] | None, tuple[int, int] | None]:
    """What the three frames find in the line — withholds_own_identity, false_own_number, changes_account_data —
    read once a line by both the checker's findings (frame_spans) and the line model's features (frame_features)."""
    return utterance.derived("frames_held", lambda: (withholds_own_identity(utterance), false_own_number(utterance),
                                                     changes_account_data(utterance)))


def _false_name(utterance: Utterance) -> tuple[int, int] | None:
    return utterance.derived("frames_false_name", lambda: false_own_name(utterance))


def frame_features(utterance: Utterance) -> list[str]:
    """The frames as the line model's features: which hold, and the parts of п. 12's (an opinion marker, the
    company's side named, both in one stretch)."""
    withholds, false_number, changes = _held(utterance)
    found = []
    if withholds is not None:
        found.append("frame:withholds-own-identity")
    if false_number is not None or _false_name(utterance) is not None:
        found.append("frame:false-own-number")
    if changes is not None:
        found.append("frame:changes-account-data")
    tokens = utterance.tokens
    opinions = [i for i, t in enumerate(tokens) if t.info.lemmas & _OPINION]
    if opinions:
        found.append("frame:opinion")
        if any(t.info.lemmas & _COMPANY_SIDE for i in opinions for t in _stretch(utterance, i)):
            found.append("frame:opinion-on-company")
    return found


# --- п. 8: another number the customer has, told -------------------------------------------------------------------
_LINE_NOUNS = frozenset({"номер", "сим-карта", "симка", "сим", "симкарта"})
_ANOTHER = frozenset({"ещё", "еще", "второй", "третий", "другой", "несколько", "пара", "остальной"})
_WHOSE = frozenset({"вы", "ваш", "договор", "имя", "владелец"})
# asked, supposed, offered, denied — or sent to the office, п. 8's own answer ("про остальные номера на вас — только
# через офис")
_NOT_TOLD_HERE = frozenset({"если", "можно", "мочь", "ли", "чтобы", "нельзя", "не", "нет", "когда", "хотеть", "только",
                            "офис", "обращение", "заявление", "письменный", "лично"})


def tells_another_number(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 8 (what numbers the customer has is told only in an office): another number of the
    customer's stated to exist — a line noun marked as another ("ещё номер", "второй номер", "другая симка") with the
    customer as its holder ("у вас", "на вас", "на договоре", "на ваше имя") in one stretch ("вижу у вас второй
    номер, он заблокирован", "ещё у вас есть номер для модема"); not asked, supposed, offered or denied ("если у вас
    есть второй номер", "можно подключить второй номер"). (first, last) tokens, or None (red team bb11, 18)."""
    tokens = utterance.tokens
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _LINE_NOUNS or not ("NOUN" in token.info.top_grammemes or "-" in token.form):
            continue
        first, last = stretch_of(utterance, k)
        marked = [m for m in range(max(first, k - 4), k) if tokens[m].info.lemmas & _ANOTHER]
        holder = [m for m in range(first, last + 1) if tokens[m].info.lemmas & _WHOSE and m > first
                  and tokens[m - 1].form in ("у", "на")]
        if not marked or not holder:
            continue
        if any(tokens[m].info.lemmas & _NOT_TOLD_HERE or tokens[m].info.top_grammemes & {"impr", "futr", "INFN"}
               and tokens[m].form != "есть" for m in range(first, last + 1)):  # "есть": "there is", not "to eat"
            continue
        if utterance.text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?"):
            continue
        return min(marked[0], holder[0] - 1), max(k, holder[-1])
    return None


_EVERY = frozenset({"весь", "все", "всё", "список", "перечень", "перечисление"})
_GIVE_OUT = frozenset({"скинуть", "скидывать", "отправить", "отправлять", "прислать", "присылать", "выслать",
                       "высылать", "переслать", "сбросить", "продиктовать", "диктовать", "перечислить", "перечислять",
                       "назвать", "называть", "зачитать", "озвучить", "сказать", "сообщить", "распечатать", "вывести"})
_CUSTOMERS = frozenset({"ваш", "вы"})
_WHICH = frozenset({"какой"})
_THE_OFFICE = frozenset({"офис", "салон"})
_NOT_THERE = frozenset({"не", "нет", "чем"})  # the office not reached, or the alternative set aside
# a refusal, the office or a written request — п. 8's own answer ("список всех ваших номеров дают только в офисе")
_SENT_ELSEWHERE = frozenset({"не", "нельзя", "нет", "офис", "салон", "обращение", "заявление", "письменный", "лично",
                             "запрос"})


def _clause_indexes(tokens: list[Token], index: int) -> set[int]:
    """The token indexes of the clause (text.clauses: at punctuation, a clause-opening word, or every few words where
    speech to text wrote no commas) that holds token `index`."""
    for clause in clauses(tokens):
        held = {id(token) for token in clause}
        if id(tokens[index]) in held:
            return {j for j, token in enumerate(tokens) if id(token) in held}
    return {index}


def offers_the_numbers_list(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 8: every number on the customer's name, given out by the operator — the customer's
    line nouns taken whole ("список всех ваших номеров", "все номера на вас", "пришлю, какие номера на вас
    оформлены") as what the operator's own verb of telling or sending gives ("могу скинуть на почту", "сейчас
    перечислю", "давайте продиктую", "выслали на почту"); п. 8 names e-mail as no way either. Not refused, nor sent
    to a written request — in the clause of the list or of the verb: a "не" or a request in another clause of the
    line ("…, с которого вы написали запрос") does not refuse this sending (issue 12, s43); nor in the office, named
    anywhere in the stretch but in a negated or compared clause ("раз в офис не успеваете, …", "…, чем ехать в
    офис"). (first, last) tokens, or None."""
    tokens = utterance.tokens
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _LINE_NOUNS or "plur" not in token.info.grammemes:  # any reading: "номера"
            continue
        first, last = stretch_of(utterance, k)
        whole = [m for m in range(max(first, k - 3), k) if tokens[m].info.lemmas & _EVERY]
        # "пришлю, какие номера на вас оформлены": the set of them as the object of the verb before it
        which = k - 1 if k - 1 >= first and tokens[k - 1].info.lemmas & _WHICH else None
        whose = [m for m in range(first, last + 1) if tokens[m].info.lemmas & _CUSTOMERS]
        if not (whole or which is not None) or not whose:
            continue
        for m in range(first, last + 1):
            if not tokens[m].info.lemmas & _GIVE_OUT or (not whole and m > k):
                continue
            if any(tokens[j].info.lemmas & _SENT_ELSEWHERE
                   for j in (_clause_indexes(tokens, k) | _clause_indexes(tokens, m)) if first <= j <= last):
                continue
            # the office named anywhere in the stretch is п. 8's own route ("вы у нас в салоне, … распечатать список
            # …?"), unless its clause is negated or compared away ("раз в офис не успеваете", "чем ехать в офис")
            if any(tokens[j].info.lemmas & _THE_OFFICE and not any(
                    tokens[c].info.lemmas & _NOT_THERE for c in _clause_indexes(tokens, j)) for j in range(first, last + 1)):
                continue
            grammemes = tokens[m].info.top_grammemes
            by_operator = "1per" in grammemes or ("INFN" in grammemes and any(
                t.info.lemmas & {"я", "мочь", "давать", "давайте"} and "2per" not in t.info.top_grammemes
                for t in tokens[max(first, m - 3):m])) or (  # "выслали на почту": sent, by nobody named but "вы"
                {"past", "plur", "indc"} <= grammemes and not any(t.form == "вы" for t in tokens[first:m]))
            if by_operator:
                return min(whole[0] if whole else k - 1, m), max(k, m)
    return None


# --- п. 9: a called number's digits described by their nouns ----------------------------------------------------------
_DIGIT_NOUN = frozenset({"единица", "единичка", "двойка", "тройка", "четвёрка", "четверка", "пятёрка", "пятерка",
                         "шестёрка", "шестерка", "семёрка", "семерка", "восьмёрка", "восьмерка", "девятка", "нолик",
                         "нулик"})
_CALLED = frozenset({"звонок", "вызов", "звонить", "позвонить", "набрать", "набирать", "детализация", "исходящий",
                     "входящий", "смс", "sms", "сообщение", "разговор", "соединение"})
_SUPPOSED_CALL = frozenset({"если", "когда", "вдруг", "ли", "бывать", "обычно", "часто"})


def describes_a_called_numbers_digits(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 9 ("отдельные цифры номера, по которым совершались вызовы"): a number of the calls
    described by its digits' nouns ("звонок на номер с тремя семёрками в середине", "смс были с номера, где в конце две
    девятки") — a digit told by its noun is a digit told. A line noun of a number and a call in one stretch, not
    supposed ("если звонят с номера с тремя семёрками …"). (first, last) tokens, or None."""
    tokens = utterance.tokens
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _DIGIT_NOUN:
            continue
        first, last = stretch_of(utterance, k)
        stretch = tokens[first:last + 1]
        line = [m for m in range(first, last + 1) if tokens[m].info.lemmas & (_LINE_NOUNS | {"телефон"})]
        calls = [t for t in stretch if t.info.lemmas & _CALLED]
        if not line or not calls:
            continue
        if any(t.info.lemmas & _SUPPOSED_CALL for t in stretch):
            continue
        if all(t.info.top_grammemes & {"impr", "INFN"} for t in calls):
            continue  # "наберите восьмёрку, код района и номер": how to dial, told as advice — no call that was made
        return min(line[0], k), max(line[0], k)
    return None


# --- пп. 12, 13: the customer walked out — leaving for another operator advised ----------------------------------
_LEAVE = frozenset({"перейти", "переходить", "уйти", "уходить", "сменить", "менять", "поменять", "расторгнуть",
                    "расторгать", "сбежать", "переехать"})
# the operator left for: a carrier by name (recognizers/lexicon.CARRIERS, the carriers' one home, read whole: the
# company's own names too, as the rules' leaving phrase lists «билайн»; п. 12's evaluation.RIVALS leaves them out,
# a judgement of the company being no rival's) or one called "другой", "чужой"
_ELSEWHERE = frozenset({"другой", "чужой", "иной", "конкурент"})
_CARRIER = frozenset({"оператор", "компания", "связь", "провайдер"})
_ADVISED = frozenset({"проще", "просто", "выгодно", "выгоднее", "лучше", "дешевле", "советовать", "рекомендовать",
                      "стоить", "смысл"})
_HANDED_OVER = frozenset({"специалист", "переключить", "переключать", "соединить", "соединять", "если", "чтобы",
                          "сохранение", "не"})


def walks_the_customer_out(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, пп. 12, 13: the operator advising the customer to leave for another operator ("можете
    перейти в другую компанию, мы не держим", "вам выгоднее уйти в МТС", "переходите к другому оператору") — a verb
    of leaving, another operator named (a rival's name, "другой"/"чужой" оператор or компания), and advice (the
    imperative, "можете", "вам проще/выгоднее/лучше", "советую") in one stretch; not a condition, not negated, not
    the transfer to the retention line п. 13 prescribes ("если хотите уйти, переключу на специалиста"). (first,
    last) tokens, or None."""
    tokens = utterance.tokens
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _LEAVE:
            continue
        first, last = stretch_of(utterance, k)
        stretch = range(first, last + 1)
        other = [m for m in stretch if tokens[m].info.lemmas & CARRIERS or tokens[m].form in CARRIERS
                 or tokens[m].info.lemmas & _CARRIER and m > first and tokens[m - 1].info.lemmas & _ELSEWHERE
                 or tokens[m].info.lemmas & {"конкурент"}
                 # "сменить оператора": the carrier itself changed
                 or tokens[m].info.lemmas & {"оператор", "провайдер"} and m == k + 1
                 and token.info.lemmas & {"сменить", "менять", "поменять"}]
        if not other:
            continue
        advice = (token.info.top_grammemes & {"impr"} or any(
            tokens[m].info.lemmas & _ADVISED or tokens[m].info.lemmas & {"мочь"} and "2per" in tokens[m].info.top_grammemes
            for m in stretch))
        if not advice or any(tokens[m].info.lemmas & _HANDED_OVER and m < k for m in stretch) or any(
                tokens[m].info.lemmas & (_HANDED_OVER - {"не"}) for m in stretch):
            continue
        if utterance.text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?"):
            continue
        return min(k, other[0]), max(k, other[-1])
    return None


# --- п. 13: a change advised through termination ("любые изменения через расторжение (восстановление, переоформление
# …)": the customer goes to the retention line instead). Advice to close the contract (imperative, 2nd person, or an
# infinitive after "надо"/"сначала") and a new contract or a re-registration in the same line: "закройте договор и
# оформите новый на её паспорт", "сначала расторгните свой, а он заключит новый". Closing alone (the customer's own
# wish, п. 13's other case) and a re-registration alone (the office's procedure) are none.
_TERMINATE = frozenset({"расторгнуть", "расторгать", "закрыть", "закрывать", "прекратить", "аннулировать"})
_CONTRACT = frozenset({"договор", "контракт"})
_ADVISING = frozenset({"надо", "нужно", "сначала", "сперва", "придётся", "придется", "можно", "проще", "лучше"})
_REREGISTER = frozenset({"переоформить", "переоформлять", "переоформление", "переписать"})
_MAKE_NEW = frozenset({"оформить", "оформлять", "заключить", "заключать", "открыть", "завести"})


def changes_through_termination(utterance: Utterance) -> tuple[int, int] | None:
    """(first, last) token indexes of a change advised through closing the contract (п. 13), or None."""
    tokens = utterance.tokens
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _TERMINATE:
            continue
        near = tokens[max(0, k - 3):k + 4]
        if not any(t.info.lemmas & _CONTRACT for t in near) or any(t.form == "не" for t in tokens[max(0, k - 2):k]):
            continue
        grammemes = token.info.top_grammemes
        advised = grammemes & {"impr", "2per"} or "INFN" in grammemes and any(
            t.info.lemmas & _ADVISING for t in tokens[max(0, k - 3):k])
        if not advised:
            continue
        for m, other in enumerate(tokens):
            if m == k:
                continue
            if other.info.lemmas & _REREGISTER or other.info.lemmas & _MAKE_NEW and any(
                    t.info.lemmas & {"новый"} for t in tokens[max(0, m - 3):m + 4]):
                return min(k, m), max(k, m)
    return None


# --- п. 13: the customer's leaving handled by the operator instead of the retention line ("если Клиент желает перейти
# к другому оператору … следует использовать фразу … и перевести на Линию сохранения"). Two things in one line: the
# customer's leaving addressed — "уходите / хотите уйти к другому оператору", "уходите в МТС", "хотите в МегаФон",
# the number ported to the rival ("для переноса номера … в салон МТС", "в их салоне") — and the operator's own answer
# to it: the way out told in the imperative or the second person ("идите в салон", "пишите заявление", "берёте паспорт",
# "в любом офисе", "они всё оформят"), the operator ending it themselves ("расторжение оформлю"), or the transfer
# refused ("переключать никуда не буду", "держать не буду", "без перевода"). The recommended answer — the operator
# transferring ("соединю вас со специалистом") — holds none; a leaving only told of ("перенос к другому оператору
# занимает до восьми дней"), a porting to us ("переносите номер к нам"), a leaving pleaded against ("не уходите") none.
_LEAVING = frozenset({"уходить", "уйти", "сбежать", "переметнуться", "убегать", "сбегать"})
_SWITCH = frozenset({"переходить", "перейти"})
_PORT = frozenset({"перенос", "перенести", "переносить", "портация", "портирование", "портировать"})
_RIVAL = frozenset({"оператор", "другой", "конкурент", "провайдер"}) | CARRIERS
_WISH = frozenset({"хотеть", "собираться", "решить", "надумать", "желать"})
_TO_US = frozenset({"нам", "нас", "мы"})
_THEIRS = frozenset({"их", "они", "них", "ихний"})
_OUTLETS = frozenset({"салон", "офис", "отделение", "магазин"})
_WAY_OUT_VERBS = frozenset({"идти", "пойти", "прийти", "приходить", "подойти", "подходить", "обратиться", "обращаться",
                            "брать", "взять", "писать", "написать", "заполнять", "заполнить", "подать", "подавать",
                            "оформить", "оформлять", "указать", "указывать", "отправить", "отправлять", "нести",
                            "отнести", "приносить", "принести", "сходить", "ехать", "поехать", "составить", "расторгнуть",
                            "перенести", "переносить"})
_DONE_BY_THEM = frozenset({"оформить", "сделать", "перенести", "расторгнуть", "отключить", "переоформить", "закрыть"})
_KEEP_OR_TRANSFER = frozenset({"переключать", "переключить", "соединять", "соединить", "переводить", "перевести",
                               "удерживать", "удержать", "держать", "отговаривать", "отговорить"})
_TRANSFER_NOUNS = frozenset({"перевод", "переключение", "соединение"})
_TRANSFER_VERBS = frozenset({"соединить", "переключить", "перевести", "передать", "соединять", "переключать",
                             "переводить"})
_REACH_AFTER_LEAVING = 4


def _addressed(tokens: list[Token], k: int) -> bool:
    """The verb at k is said to the caller: the imperative or the second person ("уходите"), or an infinitive after a
    wish of theirs ("хотите уйти", "решили перейти")."""
    grammemes = tokens[k].info.top_grammemes
    if grammemes & {"impr", "2per"} or "plur" in grammemes and "past" in grammemes and any(
            t.form == "вы" for t in tokens[max(0, k - 3):k]):
        return True
    return "INFN" in grammemes and any(t.info.lemmas & _WISH and t.info.top_grammemes & {"2per", "impr", "past"}
                                       for t in tokens[max(0, k - 3):k])


def _to_a_rival(tokens: list[Token], k: int, any_name: bool) -> bool:
    """After the verb at k, within a few words: "к" or "в" and the rival ("к другому оператору", "в МТС", "к ним"); with
    `any_name`, "к" and whoever is named ("уходите к эм-тэ-эс"), but never "к нам"."""
    for m in range(k + 1, min(len(tokens), k + _REACH_AFTER_LEAVING + 1)):
        if tokens[m].after_break:
            return False
        if tokens[m].form not in ("к", "в", "во", "на"):
            continue
        after = tokens[m + 1:m + 3]
        if not after or after[0].form in _TO_US:
            return False
        if any(t.info.lemmas & _RIVAL or t.form in _THEIRS for t in after):
            return True
        return any_name and tokens[m].form == "к"
    return False


def _the_leaving(utterance: Utterance) -> int | None:
    """Index of the customer's leaving addressed in the line, or None."""
    tokens = utterance.tokens
    if any(t.form in _TO_US and i and tokens[i - 1].form == "к" for i, t in enumerate(tokens)) or any(
            t.form == "от" and i + 1 < len(tokens) and tokens[i + 1].info.lemmas & (_RIVAL | {"прежний", "старый"})
            for i, t in enumerate(tokens)):
        return None  # a porting to us: "переносите номер к нам", "перенос от другого оператора"
    for k, token in enumerate(tokens):
        lemmas = token.info.lemmas
        if any(t.form == "не" for t in tokens[max(0, k - 1):k]):
            continue
        if lemmas & _LEAVING and _addressed(tokens, k):
            ahead = tokens[k + 1] if k + 1 < len(tokens) else None
            if ahead is None or ahead.after_break or _to_a_rival(tokens, k, any_name=True):
                return k  # "хотите уйти — …", "уходите к другому оператору"
        elif lemmas & _SWITCH and _addressed(tokens, k) and _to_a_rival(tokens, k, any_name=False):
            return k
        elif lemmas & _WISH and token.info.top_grammemes & {"2per"} and _to_a_rival(tokens, k, any_name=False):
            return k  # "хотите к другому оператору", "хотите в МегаФон"
        elif lemmas & _TERMINATION and (_addressed(tokens, k) or _a_purpose(tokens, k)):
            return k  # "для расторжения приходите в офис", "чтобы расторгнуть договор, …", "хотите расторгнуть — …":
            # п. 13's "порядок расторжения договора" the caller asks for (stop 55)
        elif lemmas & _PORT and any(t.info.lemmas & _RIVAL or t.form in _THEIRS
                                    for t in tokens[k + 1:k + 1 + _REACH_AFTER_LEAVING * 3]
                                    if not t.info.lemmas & {"номер"}) and _a_rivals_outlet(tokens):
            return k  # "для переноса номера … идёте в салон МТС", "заявление на перенос … в их салоне"
    return None


# п. 13: "Если Клиента интересует порядок расторжения договора или освобождения номера без сохранения …"
_TERMINATION = frozenset({"расторжение", "расторгнуть", "расторгать"})
_PURPOSE = frozenset({"для", "чтобы", "чтоб"})


def _a_purpose(tokens: list[Token], k: int) -> bool:
    """The word at k is a purpose: "для" before the noun, "чтобы" before the infinitive, in its clause ("для
    расторжения", "чтобы расторгнуть договор")."""
    return any(t.form in _PURPOSE for t in tokens[max(0, k - 2):k]) and not tokens[k].after_break


def _a_rivals_outlet(tokens: list[Token]) -> bool:
    """The rival's outlet named: "салон МТС", "в их салоне", "у них в салоне"."""
    for m, token in enumerate(tokens):
        if token.info.lemmas & _OUTLETS:
            near = tokens[max(0, m - 3):m + 3]
            if any(t.form in _THEIRS or t.info.lemmas & CARRIERS or t.info.lemmas & {"другой", "конкурент"}
                   for t in near):
                return True
    return False


def _the_operators_answer(tokens: list[Token], leaving: int) -> int | None:
    """Index of the operator's own answer to the leaving: the way out told, the ending done, the transfer refused."""
    for m, token in enumerate(tokens):
        if m == leaving:
            continue
        lemmas = token.info.lemmas
        grammemes = token.info.top_grammemes
        negated = any(t.form in ("не", "незачем") for t in tokens[max(0, m - 3):m]) or any(
            t.form == "не" for t in tokens[m + 1:m + 5])  # "соединять ни с кем не буду"
        if lemmas & _KEEP_OR_TRANSFER and negated:
            return m  # "переключать никуда не буду", "держать не буду", "не надо вас никуда переключать"
        if token.form in ("держим", "удерживаем") and negated:
            return m  # "мы никого не держим"
        if lemmas & _TRANSFER_NOUNS and m and tokens[m - 1].form == "без":
            return m  # "… оформлю прямо сейчас, без перевода"
        if negated:
            continue
        if lemmas & _WAY_OUT_VERBS and grammemes & {"impr", "2per"}:
            return m  # "идите в салон", "пишите заявление", "заявление на перенос напишете"
        if lemmas & {"оформить", "расторгнуть", "закрыть"} and "1per" in grammemes and "sing" in grammemes:
            return m  # "расторжение оформлю прямо сейчас"
        if lemmas & _DONE_BY_THEM and {"3per", "plur"} <= grammemes:
            return m  # "они всё оформят", "там всё оформят", "номер перенесут сами"
        if lemmas & _OUTLETS and any(t.form in ("любом", "любой", "их") or t.form in _THEIRS
                                     for t in tokens[max(0, m - 2):m]):
            return m  # "заявление на расторжение в любом офисе", "в их салоне"
    return None


def lets_the_customer_go(utterance: Utterance) -> tuple[int, int] | None:
    """(first, last) token indexes of the customer's leaving answered by the operator's own way out or refused transfer
    (п. 13), or None — and None wherever the operator transfers ("соединю вас со специалистом")."""
    tokens = utterance.tokens
    leaving = _the_leaving(utterance)
    if leaving is None:
        return None
    for m, token in enumerate(tokens):
        if token.info.lemmas & _TRANSFER_VERBS and "1per" in token.info.top_grammemes and not any(
                t.form == "не" for t in tokens[max(0, m - 3):m]) and not any(
                t.form == "не" for t in tokens[m + 1:m + 3]):
            return None  # the recommended answer: the operator transfers
    answer = _the_operators_answer(tokens, leaving)
    if answer is None:
        return None
    return min(leaving, answer), max(leaving, answer)


# --- п. 22: the operator sending an MMS ("нельзя отправлять MMS из CRM"): whatever the operator sends, they send from
# the company's systems. A verb of sending in the first person or the operator's own past ("отправила вам … MMS-
# сообщением", "пульну эмэмэс через карточку"), an MMS (MMS_WORDS, a compound's first part too) its object within a
# few words. Not the caller told to send one ("отправьте MMS"), not the system's automatic settings ("настройки MMS
# придут", "настройки MMS отправлю" — the settings are sent, not an MMS), not negated (the rule said).
_SEND = frozenset({"отправить", "отправлять", "прислать", "присылать", "выслать", "высылать", "скинуть", "скидывать",
                   "кинуть", "закинуть", "пульнуть", "запустить", "направить", "слать", "послать", "переслать",
                   "рассылать", "разослать"})
_MMS_SETTINGS = frozenset({"настройка", "параметр", "профиль", "услуга", "функция", "опция"})
_SEND_REACH = 7


def _an_mms(token: Token) -> bool:
    """An MMS word, or either part of a hyphenated compound of one: "MMS-сообщением", "картинкой-MMS"."""
    return token.form in MMS_WORDS or any(part in MMS_WORDS for part in token.form.split("-"))


def sends_an_mms(utterance: Utterance) -> tuple[int, int] | None:
    """(first, last) token indexes of the operator sending an MMS (п. 22), or None."""
    tokens = utterance.tokens
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _SEND:
            continue
        grammemes = token.info.top_grammemes
        if "1per" not in grammemes and not {"past", "sing"} <= grammemes:
            continue
        if grammemes & {"impr", "2per", "3per"} or any(t.form in ("не", "нельзя") for t in tokens[max(0, k - 2):k]):
            continue
        if {"past", "sing"} <= grammemes and any(
                t.info.top_grammemes & {"NOUN", "NPRO"} and "nomn" in t.info.top_grammemes
                for t in tokens[max(0, k - 3):k]):
            continue  # another subject sent it ("система отправила", "мастер отправил")
        for m in range(k + 1, min(len(tokens), k + _SEND_REACH + 1)):
            if _anothers_sending(tokens[m]) and not _in_a_condition_or_negated(tokens, k, m):
                break  # "пришлю смс, а потом отправьте MMS самому себе": the MMS after it is the caller's to send
            if _an_mms(tokens[m]) and not tokens[m - 1].info.lemmas & _MMS_SETTINGS \
                    and not _object_of_a_denied_sending(utterance, m):
                return k, m
    return None


def _anothers_sending(token: Token) -> bool:
    """A verb of sending in the caller's or someone else's person — the imperative, the 2nd or 3rd person ("отправьте",
    "отправите", "отправит"), no 1st person reading: what follows it is that sender's object, not the operator's
    (stop 52: "пришлю обычным эсэмэс, а потом отправьте эмэмэс самому себе для проверки")."""
    grammemes = token.info.top_grammemes
    return bool(token.info.lemmas & _SEND) and "VERB" in grammemes and bool(grammemes & {"impr", "2per", "3per"}) \
        and "1per" not in grammemes


_SUBORDINATORS = frozenset({"если", "когда", "пока", "чтобы", "хотя", "раз", "ежели", "коли", "покуда", "как"})


def _in_a_condition_or_negated(tokens: list, k: int, m: int) -> bool:
    """The other sender's verb at `m` is negated ("не отправит") or stands in a clause a subordinating word opens
    between the operator's verb at `k` and it ("отправлю вам, если система сама не отправит, MMS …"): a condition about
    another's sending, not an MMS that sender is to send — the operator's own verb keeps the MMS (review52 finding 3)."""
    if tokens[m - 1].form.lower() in ("не", "ни"):
        return True
    return any(tokens[j].form.lower() in _SUBORDINATORS for j in range(k + 1, m))


def _object_of_a_denied_sending(utterance: Utterance, m: int) -> bool:
    """The MMS at `m` is the object of a negated verb of sending after it in its sentence ("отправлю вам обычную
    смс — MMS из системы мы не шлём"): the rule said of MMS, the first verb sends something else. The nearest verb
    after the MMS decides; a sentence's end before it leaves the MMS the first verb's (fail closed)."""
    tokens = utterance.tokens
    for j in range(m + 1, min(len(tokens), m + _SEND_REACH + 1)):
        if any(mark in utterance.text[tokens[j - 1].end:tokens[j].start] for mark in ".!?;…"):
            return False
        # a sending word by any of its readings ("шлём" is a helmet too), else the first other verb ends the search
        if tokens[j].info.lemmas & _SEND:
            after = tokens[j + 1] if j + 1 < len(tokens) and not tokens[j + 1].after_break else None
            return (any(t.form == "не" for t in tokens[max(m + 1, j - 2):j])
                    # the MMS its only object: no other noun between without its preposition ("а смс не шлём"), no
                    # object after the verb ("мы же не шлём спам")
                    and not (after is not None and after.info.top_grammemes & {"NOUN", "NPRO"})
                    and not any(_a_bare_noun(tokens, n) for n in range(m + 1, j)))
        if tokens[j].info.top_grammemes & {"VERB", "INFN"} or tokens[j].form in CONTRAST_WORDS:
            return False
    return False


def _a_bare_noun(tokens: list[Token], n: int) -> bool:
    """A noun at `n` with no preposition right before it (a pronoun subject "мы", "я" is no object)."""
    return "NOUN" in tokens[n].info.top_grammemes and not (n > 0 and "PREP" in tokens[n - 1].info.top_grammemes)


# --- п. 12: a rival carrier preferred, the operator's own wish to leave (red team bb15, 12) -------------------------
# "У МТС связь лучше, если честно", "Мегафон в вашем районе ловит лучше нас", "сам подумываю сменить оператора": the
# operator's own opinion against the company — a rival (or "другой оператор", "конкуренты") holding the better side of
# a comparison, or the operator's own intent to leave for another carrier. Read by roles, not by phrase: a rival the
# comparison's holder (subject or "у …"), a comparative of quality in its stretch; the operator the one who leaves.
_BETTER = frozenset({"лучше", "получше", "дешевле", "подешевле", "выгоднее", "надёжнее", "надежнее", "стабильнее",
                     "быстрее", "качественнее", "честнее", "сильнее", "шире", "удобнее", "нормальнее"})
_US = frozenset({"мы", "наш", "нас", "нам"})
_THAN = frozenset({"чем", "против"})
_THINK_OF = frozenset({"думать", "подумывать", "хотеть", "собираться", "планировать", "мечтать", "решить", "надумать",
                       "уйти", "перейти", "сменить", "поменять"})
_CONDITION = frozenset({"если", "ли", "бы", "вдруг", "когда"})


def _holds(tokens: list[Token], m: int) -> bool:
    """The rival at m holds the comparison: its subject (the nominative) or its holder after "у" ("у МТС связь
    лучше") — not an object named in passing ("звонки на мобильные мегафона … вам выгоднее")."""
    return "nomn" in tokens[m].info.top_grammemes or (m > 0 and tokens[m - 1].form == "у") or (
        m > 1 and tokens[m - 2].form == "у" and tokens[m - 1].info.lemmas & _ELSEWHERE)


def _a_rival(tokens: list[Token], m: int, first: int) -> bool:
    token = tokens[m]
    return bool(token.info.lemmas & CARRIERS or token.form in CARRIERS or token.info.lemmas & {"конкурент"}
                or token.info.lemmas & _CARRIER and m > first and tokens[m - 1].info.lemmas & _ELSEWHERE)


_FRANKLY = frozenset({"честно", "откровенно", "по-честному", "начистоту"})


def _conditions(tokens: list[Token], m: int) -> bool:
    """The word at m makes its stretch a condition or a question ("если", "ли", "вдруг") — but "если честно" is the
    speaker's frankness, an opinion's marker."""
    return bool(tokens[m].info.lemmas & _CONDITION) and not (
        m + 1 < len(tokens) and tokens[m + 1].info.lemmas & _FRANKLY)


def prefers_a_rival(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 12: a rival carrier stated to be better — a rival named as the comparison's holder (not
    after "чем", not the company's own side before the comparative: "у нас связь лучше, чем у МТС" praises the
    company) and a comparative of quality in one stretch, not negated, not asked; or the operator's own intent to
    leave for another carrier ("сам подумываю сменить оператора", "я бы сама ушла в Теле2"). (first, last) tokens,
    or None."""
    tokens = utterance.tokens
    text = utterance.text
    for k, token in enumerate(tokens):
        if token.form not in _BETTER and not token.info.lemmas & _LEAVE:
            continue  # neither reading below starts at this word: its stretch is not read (speed, stop 41)
        first, last = stretch_of(utterance, k)
        if text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?"):
            continue
        if token.form in _BETTER and not (k > 0 and tokens[k - 1].form in ("не", "давайте", "давай")) and not (
                k + 1 < len(tokens) and tokens[k + 1].info.top_grammemes & {"VERB", "INFN"}):  # "лучше посмотрим"
            rivals = [m for m in range(first, last + 1) if _a_rival(tokens, m, first) and _holds(tokens, m)
                      and not any(tokens[j].info.lemmas & _THAN for j in range(max(first, m - 2), m))]
            # the company's side named anywhere in the line but as the comparison's base ("лучше нас"): a comparison
            # answered with what the company has ("у конкурента дешевле, но у нас раздача входит в тариф")
            ours = [m for m in range(len(tokens)) if tokens[m].info.lemmas & _US and m != k + 1]
            if rivals and not ours and not any(_conditions(tokens, m) for m in range(first, last + 1)):
                return min(k, rivals[0]), max(k, rivals[-1])
        if token.info.lemmas & _LEAVE and k + 1 <= last:
            carrier = [m for m in range(k + 1, min(last, k + 3) + 1) if _a_rival(tokens, m, first)
                       or tokens[m].info.lemmas & {"оператор", "провайдер"}]
            own = [m for m in range(first, k) if tokens[m].form in ("сам", "сама", "я")
                   or ("1per" in tokens[m].info.top_grammemes and "sing" in tokens[m].info.top_grammemes
                       and tokens[m].info.lemmas & _THINK_OF)]
            negated = any(tokens[m].form == "не" for m in range(max(first, k - 3), k))
            if carrier and own and not negated and not any(
                    tokens[m].info.lemmas & (_HANDED_OVER | {"вы", "ваш"}) for m in range(first, last + 1)):
                return own[0], carrier[-1]
    return None


# п. 12: the company's own rules and what it sells, which the operator's personal stand against discredits — the
# products and sides of _COMPANY_SIDE and the rule's own nouns (its order, procedure, regulation)
_COMPANYS_RULES = _COMPANY_SIDE | frozenset({"порядок", "правило", "регламент", "процедура", "инструкция", "ограничение",
                                             "нововведение", "требование"})
_AGAINST_REACH = 3  # "против этого порядка", "против всех этих правил": the thing opposed right after "против"
_OWN_STAND = frozenset({"сам", "сама", "лично", "тоже", "и", "даже", "честно", "очень", "категорически", "всегда"})


def opposes_the_companys_rule(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 12 ("высказывать свою личную точку зрения, противоречащую политике Компании"): the
    operator states their own stand against a rule or a product of the company — "я" (words of emphasis between: "я
    сама", "я лично") right before "против", and the thing opposed, within a few words after it, one of the company's
    rules or products ("Я сама против этого порядка", "я против этих тарифов"). Negated ("я не против"), asked, or
    supposed ("если я против") stands are no stand; "я против спама" opposes nothing of the company's. (first, last)
    tokens, or None."""
    tokens = utterance.tokens
    text = utterance.text
    for k, token in enumerate(tokens):
        if token.form != "против":
            continue
        m = k - 1
        while m >= 0 and tokens[m].form in _OWN_STAND and not tokens[m + 1].after_break:
            m -= 1
        if m < 0 or tokens[m].form != "я" or tokens[m + 1].after_break or any(
                t.form in ("не", "ни") for t in tokens[m:k]):
            continue
        first, last = stretch_of(utterance, k)
        if text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?") or any(
                _conditions(tokens, j) for j in range(first, k)):
            continue
        opposed = [j for j in range(k + 1, min(len(tokens), k + 1 + _AGAINST_REACH))
                   if tokens[j].info.lemmas & _COMPANYS_RULES and not tokens[j].after_break]
        if opposed:
            return m, opposed[0]
    return None


# --- п. 1, 3: a value refused, then hinted at (red team bb15, 17) ---------------------------------------------------
# "назвать не могу, но подскажу: как кузнец, только женщина", "сказать не имею права, но намекну": the refusal undone
# by the hint the same line offers — the value told in other words (whatever they are: the riddle is no word list).
_REFUSED_ACTS = frozenset({"назвать", "сказать", "сообщить", "озвучить", "продиктовать", "говорить", "называть",
                           "сообщать", "раскрыть", "разглашать"})
_HINT = frozenset({"подсказать", "подсказывать", "намекнуть", "намекать", "подсказка", "намёк", "намек",
                   "наводка", "загадка"})
_BUT = frozenset({"но", "зато", "однако", "а"})
# what makes a hint a riddle of a value: a likeness, its letters, a rhyme; where it begins or ends is a riddle's
# only without a number after it ("начинается на «К»"; "заканчивается на сорок два" tells digits)
_EDGES = frozenset({"начинаться", "заканчиваться", "оканчиваться"})
_RIDDLE = LIKENESS_WORDS | _EDGES | frozenset({"буква", "рифмоваться", "слог", "звучать", "созвучие", "корень"})


def hints_after_refusing(utterance: Utterance) -> tuple[int, int] | None:
    """A refusal to tell ("назвать не могу", "не имею права сказать", "нельзя говорить") and, after it and a "но", a
    hint the operator offers or gives ("но подскажу", "зато намекну", "но дам подсказку") followed by a riddle's
    word (a likeness, a letter, a rhyme) or a number — not asked ("подсказать
    вам, как …?"), not a hint of what to do ("подскажу, как восстановить доступ": an infinitive or "как" + verb
    after the hint is the help п. 16 wants). (first, last) tokens, or None."""
    tokens = utterance.tokens
    if utterance.text.rstrip().endswith("?"):
        return None
    refused = None
    for k, token in enumerate(tokens):
        if refused is None:
            if token.info.lemmas & _REFUSED_ACTS and any(
                    tokens[m].form in ("не", "нельзя") or tokens[m].info.lemmas & {"право", "запрещено", "запретить"}
                    for m in range(max(0, k - 3), min(len(tokens), k + 3))):
                refused = k
            continue
        if token.info.lemmas & _HINT and any(tokens[m].info.lemmas & _BUT for m in range(refused + 1, k)):
            after = tokens[k + 1:k + 4]
            if any("INFN" in t.info.top_grammemes or t.form in ("где", "куда", "что") for t in after[:2]) \
                    or (after and after[0].form == "как" and _how_to(tokens, k + 1)):
                continue  # "подскажу, как восстановить", "подскажу, где ближайший салон": help, no hint at a value
            words = [m for m in range(k + 1, min(len(tokens), k + 9)) if tokens[m].info.lemmas & _RIDDLE
                     and not tokens[m].info.lemmas & _EDGES]
            numbers = [next(m for m, t in enumerate(tokens) if t.end > group.start)
                       for group in utterance.digit_groups if group.start >= token.end][:1]
            riddle = words or numbers  # a riddle's word ("как", "буква"), else a number ("заканчивается на 42")
            riddle = riddle or [m for m in range(k + 1, min(len(tokens), k + 9)) if tokens[m].info.lemmas & _EDGES]
            if riddle:  # "но подскажу: как кузнец …", "но намекну: хвостик у номера — 18" — not "но подскажу: звонок
                # был входящий, с мобильного" (п. 9 allows it); the riddle's token ends the span (a digit: a number's)
                return refused, min(riddle)
    return None


_OBLIQUE_CASES = CASES - {"nomn"}


def _how_to(tokens, how: int) -> bool:
    """"как" at `how` opens a clause of what to do: its verb comes after nothing but prepositions and words in an
    oblique case ("подскажу, как восстановить", "подскажу, как по делениям на экране выбрать место"). A likeness
    names its thing in the nominative or goes on with other words ("как кузнец", "как у кузнеца, только …"), and a
    verb past the clause's break is another clause's."""
    governed = False  # after a preposition: its noun phrase, whatever case the dictionary guesses first
    for token in tokens[how + 1:how + 8]:
        if token.after_break:
            return False
        top = token.info.top_grammemes
        if top & {"VERB", "INFN"}:
            return True
        if "PREP" in top:
            governed = True
        elif governed and top & {"NOUN", "ADJF", "NPRO"} or top & _OBLIQUE_CASES and "nomn" not in top \
                and "UNKN" not in top:
            governed = governed and "NOUN" not in top  # an adjective keeps the preposition's phrase open
        else:
            return False
    return False


# --- п. 16: the caller's matter sent away, help refused whole (red team bb15, 13) ----------------------------------
# "Это уже не ко мне, ничего не подскажу": the matter disowned ("не ко мне", "не по моей части") or every help refused
# ("ничего не подскажу", "ничем не помогу", "ничего не посоветую") — the operator's own negated act of helping or
# telling with "ничего"/"ничем" as its object. A refusal of someone's data is what the instruction asks ("по владельцу
# ничего не скажу"): not this frame.
_HELP = frozenset({"помочь", "помогать", "подсказать", "подсказывать", "сказать", "посоветовать", "советовать",
                   "объяснить", "ответить", "сделать", "поделать", "предложить", "решить"})
_NOTHING = frozenset({"ничего", "ничем", "ничто"})
_SOMEONES_DATA = frozenset({"владелец", "владелица", "данные", "данный", "паспорт", "адрес", "фамилия", "хозяин",
                            "номер", "абонент", "персональный", "детализация", "звонок", "информация", "он", "она"})


def sends_the_matter_away(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 16 ("Я больше ничем не смогу Вам помочь", "Я не могу.."): the operator's own act of
    helping or telling negated with "ничего"/"ничем" ("ничего не подскажу", "ничем вам не помогу"), or the matter
    disowned ("это не ко мне", "не по моей части") — not a refusal of someone's data, not asked, not conditioned.
    (first, last) tokens, or None."""
    tokens = utterance.tokens
    text = utterance.text
    for k, token in enumerate(tokens):
        if token.form != "не" and not token.info.lemmas & _HELP:
            continue  # neither reading below starts at this word: its stretch is not read (speed, stop 41)
        first, last = stretch_of(utterance, k)
        if text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?") or any(
                _conditions(tokens, m) or tokens[m].info.lemmas & _SOMEONES_DATA for m in range(first, last + 1)):
            continue
        grammemes = token.info.top_grammemes
        if token.info.lemmas & _HELP and "1per" in grammemes and k > 0 and tokens[k - 1].form == "не":
            nothing = [m for m in range(first, last + 1) if tokens[m].info.lemmas & _NOTHING]
            if nothing:
                return min(nothing[0], k - 1), max(nothing[-1], k)
        # "не ко мне", "не по моей части": the matter is not the speaker's, the stretch ends there
        if token.form == "не" and k + 2 <= last + 1 and k + 2 < len(tokens):
            after = tokens[k + 1:k + 4]
            if len(after) >= 2 and after[0].form in ("к", "ко") and after[1].form in ("мне", "нам") \
                    and (k + 2 == last or not tokens[k + 3].info.top_grammemes & {"NOUN", "INFN", "VERB"}
                         or tokens[k + 3].info.lemmas & {"вопрос"}):
                return k, k + 2
            if len(after) >= 3 and after[0].form == "по" and after[1].info.lemmas & {"мой", "наш"} \
                    and after[2].info.lemmas & {"часть", "профиль", "компетенция", "линия"}:
                return k, k + 3
    return None


# --- п. 23: works on the company's equipment told (red team bb15, 13) ----------------------------------------------
# "Ночью будет перезагрузка оборудования, связи не будет", "на станции меняют оборудование": an act of upkeep (a
# restart, an update, an outage, a repair, works) on the company's own equipment or network in one stretch — what п. 23
# forbids to tell. Not the sanctioned words of п. 7's standard phrase ("работы по улучшению качества связи",
# модернизация, оптимизация; their verbs right before the upkeep word: "оптимизируют работу сети"), not negated
# ("никаких работ нет"), not asked.
_UPKEEP = frozenset({"перезагрузка", "перезагружать", "перезагрузить", "перезапуск", "перезапускать", "перезапустить",
                     "обновление", "обновлять", "обновить", "отключение", "отключать", "отключить", "ремонт",
                     "ремонтировать", "отремонтировать", "замена", "менять", "заменить", "поменять", "работа",
                     "профилактика", "обслуживание", "наладка", "перенастройка", "прошивка", "перепрошивка",
                     "демонтаж", "монтаж"})
_EQUIPMENT = frozenset({"оборудование", "станция", "вышка", "сеть", "сервер", "коммутатор", "узел", "антенна",
                        "ретранслятор", "кабель", "магистраль", "база", "биллинг", "платформа", "бс"})
_SANCTIONED = frozenset({"улучшение", "модернизация", "оптимизация", "качество"})
# the same acts said by their verbs, governing the upkeep word itself (stop 52: "вероятно, там оптимизируют работу
# сети" is the phrase's "оптимизации работы сети"; "перезагрузка оборудования, мы так оптимизируем сеть" tells the
# restart all the same)
_SANCTIONED_ACTS = frozenset({"улучшать", "улучшить", "модернизировать", "оптимизировать"})
_SANCTIONED_ACT_REACH = 2
_CALLERS_DEVICE = frozenset({"телефон", "смартфон", "аппарат", "настройка", "режим", "роутер", "модем", "планшет",
                             "приложение", "устройство", "меню", "раздел"})


def _governed_by_a_sanctioned_act(tokens: list, k: int, first: int) -> bool:
    """The upkeep word at k is a noun the sanctioned verb before it governs itself, only its modifiers between
    ("оптимизируют работу сети", "улучшают всю работу"). A second verb of upkeep coordinated with it ("оптимизировали и
    перезагрузили оборудование", "улучшаем и ремонтируем вышку") is an act told, not the phrase's (review52 finding 2)."""
    if "NOUN" not in tokens[k].info.top_grammemes:
        return False
    return any(tokens[m].info.lemmas & _SANCTIONED_ACTS and "VERB" in tokens[m].info.top_grammemes
               and not any(tokens[j].after_break for j in range(m + 1, k + 1))
               and all(tokens[j].info.top_grammemes & {"ADJF", "PRTF", "NPRO"} for j in range(m + 1, k))
               for m in range(max(first, k - _SANCTIONED_ACT_REACH), k))


def tells_works_on_the_network(utterance: Utterance) -> tuple[int, int] | None:
    """Инструкция запретов, п. 23: an act of upkeep and the company's equipment or network in one stretch, within
    three words of each other ("перезагрузка оборудования", "на вышке идёт замена антенн"), told — not the words of
    п. 7's standard phrase, not negated, not asked. (first, last) tokens, or None."""
    tokens = utterance.tokens
    text = utterance.text
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _UPKEEP:
            continue
        first, last = stretch_of(utterance, k)
        near = [m for m in range(max(first, k - 3), min(last, k + 3) + 1)
                if m != k and tokens[m].info.lemmas & _EQUIPMENT and "NOUN" in tokens[m].info.top_grammemes]
        if not near or any(tokens[m].info.lemmas & (_SANCTIONED | _CALLERS_DEVICE)
                           or tokens[m].info.top_grammemes & {"impr", "2per"} for m in range(first, last + 1)):
            continue  # the caller's own phone and its settings, what the caller is asked to do: no company's works
        if _governed_by_a_sanctioned_act(tokens, k, first):
            continue  # "оптимизируют работу сети": the standard phrase's act said with its verb
        if any(tokens[m].form in ("не", "нет", "никаких", "никакой", "никакие") for m in range(max(first, k - 2), k)):
            continue
        if text[tokens[last].end:tokens[last].end + 3].lstrip().startswith("?"):
            continue
        return min(k, near[0]), max(k, near[-1])
    return None


# --- the client's side: a complaint that their data was told (001, transfer in one step, п. 1) ---------------------
_MINE = frozenset({"мой", "я", "меня", "мне"})
_MY_DATA = frozenset({"номер", "адрес", "данные", "данный", "фамилия", "паспорт", "звонок", "детализация", "информация",
                      "телефон", "прописка", "баланс", "переписка", "смс", "сообщение", "местоположение"})
_TOLD = frozenset({"сказать", "сообщить", "назвать", "рассказать", "рассказывать", "передать", "передавать", "слить",
                   "сливать", "выдать", "выдавать", "продать", "продавать", "раскрыть", "разболтать", "дать", "давать",
                   "узнать", "разгласить", "показать", "озвучить", "сдать"})
_TOLD_BY = frozenset({"вы", "ваш", "сотрудник", "оператор", "компания", "девушка", "специалист", "менеджер",
                      "салон", "офис"})
_WHERE_I = frozenset({"где", "куда", "кому", "откуда"})
_SOMEONE_ELSE_GOT = frozenset({"посторонний", "чужой", "другой", "кто-то", "мошенник", "коллектор", "бывший",
                               "третий", "муж", "жена", "сосед", "родственник", "знать"})


_COULD = frozenset({"мочь", "посметь", "решиться", "додуматься"})
_PERSONS = frozenset({"я", "мы", "вы", "ты", "он", "она", "они"})


def _a_done_telling(utterance: Utterance, k: int) -> bool:
    """The verb at k tells something done, by someone other than the client: a finite verb not negated, not in the
    first person ("я вам сообщила мой адрес" is the client's own act), or an infinitive after "могли", "посмели" (a
    reproach: "как вы могли мою фамилию назвать"; "можете сказать мой номер?" is a request)."""
    tokens = utterance.tokens
    token = tokens[k]
    if k > 0 and tokens[k - 1].form == "не":
        return False
    first, last = stretch_of(utterance, k)
    subject = next((t.form for t in reversed(tokens[:k]) if t.form in _PERSONS), None)  # the nearest person before
    if subject in ("я", "мы") or token.info.top_grammemes & {"1per"}:
        return False
    if "VERB" in token.info.top_grammemes:
        return True
    return "INFN" in token.info.top_grammemes and any(
        t.info.lemmas & _COULD and "past" in t.info.top_grammemes for t in tokens[first:last + 1])


def complains_of_disclosure(utterance: Utterance) -> tuple[int, int] | None:
    """The client says their own data was told: a verb of telling or finding out, the client's data (a data noun
    with "мой", or "где я живу", "куда я звонил"), and the company's side as the teller or the source ("вы", "ваш
    сотрудник", "у вас узнал") or someone else as the one told ("постороннему", "бывшему мужу") — in everyday words:
    "вы мои данные слили", "как вы могли мою фамилию постороннему назвать", "откуда вы знаете, где я живу". The
    operator is told to transfer the call (a hint, never a verdict). (first, last) tokens, or None."""
    tokens = utterance.tokens
    lemmas = [t.info.lemmas for t in tokens]
    told = [k for k, found in enumerate(lemmas) if found & _TOLD and _a_done_telling(utterance, k)]
    knows = [k for k, found in enumerate(lemmas) if found & {"знать"} and k > 0 and tokens[k - 1].form == "вы"]
    acts = told + knows
    if not acts:
        return None
    mine = [k for k, found in enumerate(lemmas) if found & _MY_DATA and k > 0 and lemmas[k - 1] & {"мой"}
            or found & _WHERE_I and k + 1 < len(tokens) and tokens[k + 1].form == "я"]
    # the data is what was told, not what a clause after "что" says of it ("сказал, что мой номер заблокирован")
    mine = [k for k in mine if any(not any(tokens[m].form == "что" for m in range(min(a, k) + 1, max(a, k)))
                                   for a in told) or knows]
    if not mine:
        return None
    party = [k for k, found in enumerate(lemmas) if found & (_TOLD_BY | _SOMEONE_ELSE_GOT)
             and not (found & {"знать"} and k not in knows)]
    if not party:
        return None
    places = sorted(acts + mine + party)
    return places[0], places[-1]


# --- п. 21: the operator holds off answering an incoming call ----------------------------------------------------
# "Не принимать звонок в течении первых трёх гудков … звонок срывается и вновь возвращается в очередь": the act is the
# operator's (first person, or a colleague told "не бери"), the call's ringing is let run (negated or delayed answer,
# rings let pass, the call left to drop). Answering promptly ("берём на первом-втором гудке", "отвечай сразу, до
# третьего гудка"), someone else not answering ("там никто трубку не берёт"), the caller told to wait ("ждите гудки")
# are none.
_ANSWER = frozenset({"брать", "взять", "снимать", "снять", "отвечать", "ответить", "принимать", "принять",
                     "поднимать", "поднять", "хватать", "схватить"})
_INCOMING = frozenset({"трубка", "звонок", "гудок", "очередь", "вызов"})
_RING = frozenset({"гудок"})
_RINGS_PASS = frozenset({"пройти", "проходить", "пропустить", "пропускать", "ждать", "подождать", "дать", "давать",
                         "отсчитать", "переждать"})
_LATE = frozenset({"подольше", "попозже", "позже", "позднее"})
_PROMPT = frozenset({"сразу", "быстро", "вовремя"})
_PAST_THIRD_RING = frozenset({"четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый"})
# a call the operator let go by unanswered: "ваш видеовызов я пропустил", "звонок прозевала" — the call itself, not its
# rings (those are _RINGS_PASS's) nor the queue ("пропущу вас вне очереди")
_MISS = frozenset({"пропустить", "пропускать", "прозевать", "проморгать", "упустить"})
_CALL_NOUN = frozenset({"звонок", "вызов"})
_CALL_MEDIUM = ("видео", "аудио")


def _a_call(token: Token) -> bool:
    """A call's noun, a compound of a medium and one too ("видеовызов", "видеозвонок")."""
    return bool(token.info.lemmas & _CALL_NOUN) or any(
        lemma.startswith(_CALL_MEDIUM) and lemma[5:] in _CALL_NOUN for lemma in token.info.lemmas)


_ANSWER_REACH = 4  # the call's noun, the negation or the late ring within a few words of the answering verb


_SOMEONE_ANSWERS = frozenset({"он", "она", "они", "никто", "кто-то", "кто", "вы", "ты"}) | KIN_NOUNS


def _operator_answers(tokens: list[Token], i: int, negated: bool = False) -> bool:
    """The verb at `i` is the operator's act: the first person; the singular past in a line that speaks in the first
    person ("трубку специально не сразу сняла, у нас пересменка"), no one else its subject just before it; or a
    colleague told not to ("не бери", "не хватайте трубку сразу") — never the caller's ("вы не берёте")."""
    grammemes = tokens[i].info.top_grammemes
    if "2per" in grammemes or "3per" in grammemes:
        return False
    if "impr" in grammemes:
        return negated
    if "1per" in grammemes:
        return True
    if not ({"past", "sing"} <= grammemes and any(t.info.lemmas & _FIRST_PERSON for t in tokens)):
        return False
    for t in reversed(tokens[max(0, i - 3):i]):  # the verb's own clause: back to a break or a conjunction
        if "CONJ" in t.info.top_grammemes:
            break
        if t.info.lemmas & _SOMEONE_ANSWERS:
            return False
        if t.after_break:
            break
    return True


# the phone left ringing: "пусть звонит", "пускай звенит", "пусть гудит" (п. 21)
_LET = frozenset({"пусть", "пускай"})
_RINGING = frozenset({"звонить", "звенеть", "гудеть", "трезвонить", "названивать", "надрываться", "пиликать",
                      # a while of ringing (not "позвонить", a call made): "пусть погудит подольше"
                      "погудеть", "позвенеть", "потрезвонить"})
# whom a ringing verb's call is then for or from: a person calls ("пусть звонит нам сам", "пусть звонит в офис")
_SOMEONE_CALLS = frozenset({"нам", "мне", "вам", "на", "в", "во", "сам", "сама", "сами", "сюда", "туда"})
_RINGING_TIME = frozenset({"после", "до"})  # "пусть звонит после третьего гудка": how long it rings
_CONDITION_WORDS = frozenset({"если", "когда", "раз"})


def _lets_it_ring(tokens: list[Token], i: int) -> bool:
    """"пусть"/"пускай" at i and right after it an imperfective verb of ringing in the present's 3rd person, with no
    one's call after it ("Пусть звонит, после третьего гудка сам в очередь улетит", "пусть звенит, не беру"): the
    operator lets the incoming call ring on (п. 21), when the line speaks of the call or its rings (_INCOMING, "звонки").
    Not a person told to call ("пусть позвонит сам": the perfective; "пусть звонит нам", "пусть он звонит в офис")
    (stop 54)."""
    if not tokens[i].info.lemmas & _LET or i + 1 >= len(tokens):
        return False
    verb = tokens[i + 1]
    if not (verb.info.lemmas & _RINGING and "3per" in verb.info.top_grammemes
            and ("impf" in verb.info.top_grammemes or verb.info.lemmas & {"погудеть", "позвенеть", "потрезвонить"})):
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and not after.after_break and (
            after.form.lower() in _SOMEONE_CALLS or after.info.lemmas & _SOMEONE_ANSWERS
            or ("PREP" in after.info.top_grammemes and after.form.lower() not in _RINGING_TIME)):
        return False  # "пусть звонит с другого телефона", "пусть звонит в офис": someone's call, not the rings
    if any(t.info.lemmas & _CONDITION_WORDS for t in tokens[:i]):
        return False  # "если телефон не ловит, пусть звонит …": advice on a condition
    return any(t.info.lemmas & _INCOMING for t in tokens)


_CALLS_FROM_OR_ABOUT = frozenset({"про", "о", "об", "от", "с", "со"})
# whose calls the caller is warned of: strangers, fraud (review54 finding 4)
_STRANGERS = frozenset({"незнакомый", "неизвестный", "чужой", "скрытый", "подозрительный", "мошенник", "мошеннический",
                        "безопасность", "безопасный", "компенсация", "выигрыш", "приз", "робот", "иностранный",
                        "международный", "зарубежный", "незнакомец", "лже"})
# the contact center's own queue and people: "от клиентов", "с первой линии", "из очереди"
_THE_QUEUES = frozenset({"клиент", "абонент", "линия", "очередь", "оператор", "коллега", "смена", "обед", "перерыв",
                         "входящий", "девочка", "девушка", "пусть", "пускай"})


def _someones_calls(tokens: list[Token], i: int) -> bool:
    """The answering verb at `i` has for its object calls said to be from someone or about something ("не отвечайте на
    звонки с незнакомых номеров", "…на звонки про «безопасный счёт»", "…от «службы безопасности банка»"): the
    caller's own incoming calls, advice against fraud — not the contact center's queue (stop 54)."""
    # review54 finding 4: the contact center's own queue ("не отвечайте на звонки от клиентов", "…с первой линии")
    # is п. 21 — only strangers' calls named (unknown numbers, fraud) are advice to the caller; fail closed otherwise
    if any(t.info.lemmas & _THE_QUEUES for t in tokens):
        return False
    for k in range(i + 1, min(len(tokens) - 1, i + 4)):
        if tokens[k].info.lemmas & _CALL_NOUN and not tokens[k + 1].after_break \
                and tokens[k + 1].form.lower() in _CALLS_FROM_OR_ABOUT:
            return any(t.info.lemmas & _STRANGERS for t in tokens[k + 2:k + 6])
    return False


def holds_off_answering(utterance: Utterance) -> tuple[int, int] | None:
    """(first, last) token indexes of the operator letting an incoming call ring on (п. 21), or None."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        lemmas = token.info.lemmas
        if _lets_it_ring(tokens, i):
            return i, min(len(tokens) - 1, i + 1)
        if lemmas & _ANSWER:
            lo, hi = max(0, i - _ANSWER_REACH), min(len(tokens), i + _ANSWER_REACH + 1)
            near = tokens[lo:hi]
            if not any(t.info.lemmas & _INCOMING for t in near):
                continue
            negated = any(t.form == "не" for t in tokens[max(0, i - 3):i]) \
                or any(t.form == "не" and j + 1 < len(tokens) and tokens[j + 1].info.lemmas & _PROMPT
                       for j, t in enumerate(tokens[lo:hi], lo))
            late = any(t.info.lemmas & _LATE for t in near) or any(
                t.info.lemmas & _PAST_THIRD_RING and j + 1 < len(tokens) and tokens[j + 1].info.lemmas & _RING
                for j, t in enumerate(tokens[lo:hi], lo))
            if (negated or late) and _operator_answers(tokens, i, negated) \
                    and not ("impr" in token.info.top_grammemes and _someones_calls(tokens, i)):
                return lo, hi - 1
        elif lemmas & _MISS and "VERB" in token.info.top_grammemes:  # "ваш видеовызов я пропустил"
            lo, hi = max(0, i - _ANSWER_REACH), min(len(tokens), i + _ANSWER_REACH + 1)
            if any(_a_call(t) for t in tokens[lo:hi]) and _operator_answers(tokens, i) \
                    and not any(t.form == "не" for t in tokens[max(0, i - 2):i]):
                return lo, hi - 1
        elif lemmas & _RING:  # the rings let pass: "дала гудкам пройти", "пару гудков пропустила", "жду гудков пять"
            lo, hi = max(0, i - 3), min(len(tokens), i + 4)
            if any(t.info.lemmas & _RINGS_PASS and _operator_answers(tokens, j) for j, t in enumerate(tokens[lo:hi], lo)):
                return lo, hi - 1
    return None


# The rules of policies/disclosure.yaml the frames are findings of (a policy without the rule: no finding).
_NUMBER_RULE = "operator-number-refusal"  # п. 18: withholding, denying or faking the operator's own number
_CHANGE_RULE = "client-data-change"  # п. 25
_CONNECTION_RULE = "connection-change"  # п. 25, a broadband request's connection address or type
_ADDRESS_RULE = "form-of-address"  # п. 15
_RELATIVE_RULE = "relatives-activity"  # 002: confidential information
_UNIT_RULE = "internal-service-named"  # п. 11
_BLAME_RULE = "your-fault"  # п. 16: the caller blamed
_LOGIN_RULE = "client-account-login"  # п. 24: the customer's account entered with their credentials
_GUESS_RULE = "guess-judged"  # 003: the caller's guess at the number's data confirmed in part
_LOCATION_RULE = "number-location"  # пп. 9, 17: where a subscriber's number is
_COMPLAINT_RULE = "disclosure-complaint"  # the client's: a complaint that their data was told
_HELPLESS_RULE = "cannot-help-anymore"  # п. 16
_NUMBERS_RULE = "numbers-on-contract"  # п. 8
_CALL_DETAIL_RULE = "call-detail-number"  # п. 9
_DISCREDIT_RULE = "discrediting-company"  # п. 12
_MAINTENANCE_RULE = "maintenance-words"  # п. 23
_SPENDING_RULE = "low-arpu-spending"  # п. 19
_OWNER_NAME_RULE = "owner-name"  # п. 1
_MMS_RULE = "mms-from-crm"  # п. 22
_TERMINATION_RULE = "termination-letter-text"  # п. 13: any change through termination
_LEAVING_RULE = "leaving-not-transferred"  # п. 13: the customer's leaving handled by the operator
_LATE_ANSWER_RULE = "late-answer"  # п. 21: the operator lets an incoming call ring on


def frame_spans(utterance: Utterance) -> list[tuple[str, int, int]]:
    """(rule id, start, end) in characters of every frame that holds in the line (computed once per line)."""
    return utterance.derived("frames", lambda: _frame_spans(utterance))


def unverified_frame_spans(utterance: Utterance) -> list[tuple[str, int, int]]:
    """_unverified_frame_spans, read once a line (issue 12, speed: the frames, the weighing and the call's reading of a
    line each asked for them, and each frame read the line again)."""
    return list(utterance.derived("unverified_frames", lambda: tuple(_unverified_frame_spans(utterance))))


def _held_frames(utterance: Utterance, frames: tuple[tuple[Callable[[Utterance], tuple[int, int] | None], str], ...]
                 ) -> list[tuple[str, int, int]]:
    """(rule id, start, end) in characters of each of `frames` ((reading, rule id), in order) that holds in the line."""
    found = []
    for frame, rule_id in frames:
        held = frame(utterance)
        if held is not None:
            found.append((rule_id, *utterance.char_span(*held)))
    return found


# The frames the shipped hit verifier has never seen as hits (stop 38: the trouble put on the caller, the operator tied
# to spending, the surname's riddle): their wording is no rule word the verifier could read in another sense, so it does
# not judge them (the older frames' findings it does judge: measured, 15 clean lines of the disc sets would be flagged
# if it did not). A verifier retrained with these hits may judge them too.
_UNVERIFIED_FRAMES = ((shifts_the_trouble_onto_the_caller, _BLAME_RULE),
                      (ties_the_operator_to_spending, _SPENDING_RULE),
                      (likens_the_owners_surname, _OWNER_NAME_RULE),
                      (prefers_a_rival, _DISCREDIT_RULE),  # stop 40 (red team bb15, 12, 13)
                      (opposes_the_companys_rule, _DISCREDIT_RULE),  # stop 53: a frame the verifier never saw
                      (judges_the_company, _DISCREDIT_RULE),  # stop 54: a negative evaluation of the company's side
                      (sends_the_matter_away, _HELPLESS_RULE),
                      (tells_works_on_the_network, _MAINTENANCE_RULE),
                      (holds_off_answering, _LATE_ANSWER_RULE),  # п. 21 (stop 45): a rule the verifier never saw
                      (lets_the_customer_go, _LEAVING_RULE),  # п. 13 (stop 52): a rule the verifier never saw
                      (addresses_with_thou, _ADDRESS_RULE),  # п. 15 (stop 52): readings the verifier never saw
                      (calls_a_non_owner_by_name, _ADDRESS_RULE))


def _unverified_frame_spans(utterance: Utterance) -> list[tuple[str, int, int]]:
    """(rule id, start, end) of the frames the shipped hit verifier has never seen as hits (_UNVERIFIED_FRAMES)."""
    return _held_frames(utterance, _UNVERIFIED_FRAMES)


def client_frame_spans(utterance: Utterance) -> list[tuple[str, int, int]]:
    """(rule id, start, end) of the frames read in the client's speech (hints for the operator)."""
    complaint = complains_of_disclosure(utterance)
    return [(_COMPLAINT_RULE, *utterance.char_span(*complaint))] if complaint is not None else []


def _enters_or_asks_for_the_login(utterance: Utterance) -> tuple[int, int] | None:
    return enters_client_account(utterance) or asks_for_the_credential(utterance)


def _tells_or_offers_other_numbers(utterance: Utterance) -> tuple[int, int] | None:
    return tells_another_number(utterance) or offers_the_numbers_list(utterance)


# The verified frames, each with its rule, in the order their findings are listed (the unverified ones between the two)
_FRAMES_BEFORE = ((gives_a_colleagues_number, _NUMBER_RULE),
                  (_false_name, _NUMBER_RULE),
                  (addresses_by_kind, _ADDRESS_RULE),
                  (tells_relatives_activity, _RELATIVE_RULE),
                  (blames_the_caller, _BLAME_RULE),
                  (judges_a_guess, _GUESS_RULE),
                  (names_unit_contacted, _UNIT_RULE),
                  (_enters_or_asks_for_the_login, _LOGIN_RULE))
_FRAMES_AFTER = ((says_help_is_exhausted, _HELPLESS_RULE),
                 (tells_where_someone_is, _LOCATION_RULE),
                 (_tells_or_offers_other_numbers, _NUMBERS_RULE),
                 (describes_a_called_numbers_digits, _CALL_DETAIL_RULE),
                 (sends_an_mms, _MMS_RULE),
                 (changes_through_termination, _TERMINATION_RULE),
                 (walks_the_customer_out, _DISCREDIT_RULE),
                 (blames_the_companys_outlet, _DISCREDIT_RULE))


def _frame_spans(utterance: Utterance) -> list[tuple[str, int, int]]:
    withholds, false_number, changes = _held(utterance)
    found = []
    if withholds is not None:
        found.append((_NUMBER_RULE, *utterance.char_span(*withholds)))
    if changes is not None:
        first, last = changes
        rule_id = _CONNECTION_RULE if utterance.tokens[last].info.lemmas & {"подключение"} else _CHANGE_RULE
        found.append((rule_id, *utterance.char_span(first, last)))
    if false_number is not None:
        found.append((_NUMBER_RULE, *false_number))
    found += _held_frames(utterance, _FRAMES_BEFORE)
    found.extend(unverified_frame_spans(utterance))
    found += _held_frames(utterance, _FRAMES_AFTER)
    return found


__all__ = ["NUMBER_ACTS", "CALL_VERBS", "addresses_by_kind", "addresses_with_thou", "calls_a_non_owner_by_name", "blames_the_caller", "lets_the_customer_go", "change_made_on_the_callers_word", "change_made_on_the_documents", "changes_account_data", "enters_client_account", "false_own_name", "false_own_number", "frame_features", "holds_off_answering", "changes_through_termination", "sends_an_mms",
           "answers_with_a_number", "asks_for_the_operators_number", "frame_spans", "gives_a_colleagues_number",
           "likens_the_owners_surname", "prefers_a_rival", "sends_the_matter_away", "hints_after_refusing", "tells_works_on_the_network",
           "names_a_station", "shifts_the_trouble_onto_the_caller", "ties_the_operator_to_spending",
           "tells_the_stations_place", "unverified_frame_spans", "judges_a_guess",
           "is_own_identity", "names_unit_contacted", "tells_relatives_activity", "tells_only_the_calls_type", "withholds_own_identity"]
