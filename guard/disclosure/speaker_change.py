"""Has someone else taken the phone? A caller's line read for a change of speaker (red team bb12, 15; bb13, 01).

A list of phrases ("передаю трубку жене", "это его жена") misses the words a new speaker really uses: "теперь с вами
говорит его супруга", "я сын абонента", "сын трубку взял", "Ало, это Света. Петя отошёл", "дедушка не слышит, я
внучка", "сейчас бухгалтер с вами поговорит". So the line is read for what such a line does, with morphology (lemmas,
person, case, the Name grammeme), not for its words:

    hand-over        a verb of passing or taking (передать, дать, взять …) with the phone ("трубка", "телефон") as
                     its object — not asked of the operator ("передайте трубку специалисту" is a transfer request);
    another speaks   a third person speaks or will speak "с вами" ("бухгалтер с вами поговорит", "с вами говорит
                     его супруга"), will carry the conversation on ("она и продолжит", "сын договорит") or comes to
                     the phone ("сейчас муж подойдёт к телефону", "сейчас подойдёт хозяин номера": the owner spoken
                     of as the one coming or speaking next, or doing anything next — "хозяин номера перезвонит" —
                     is not the one speaking), or is named as the one at the phone ("у телефона его дочь", "на линии
                     теперь его сестра");
    instead of       the speaker stands in for a person ("я вместо Петра Сергеевича", "звоню за мужа", "я за неё
                     договорю") or acts under their authority ("я по доверенности от …", "от имени мужа", "по
                     поручению директора");
    takes over       the one who spoke is gone, cannot speak or is busy and the speaker carries on ("алла вышла, я
                     договорю", "ей плохо, я продолжу разговор", "теперь я отвечаю, она ушла") or asks the operator
                     to go on with them ("он занят, говорите со мной", "муж за рулём, можете мне объяснить"; the
                     identified caller spoken of beside such a request, or "мы с ним", or absent: "его нет дома"),
                     or the speaker is about to speak
                     to the operator as "them", to someone in the room ("дай-ка сюда телефон, я сама с ними поговорю":
                     a hand-over asked of someone beside them in the "ты" form is one too — not of the operator, who
                     is asked in the "вы" form);
    introduction     a first-person introduction ("я …", "это …", "меня зовут …") of a relation to the owner — a kin
                     or a person close to them ("я сын абонента", "это мама его", "я внучка", "я его соседка"), a
                     role at work or any person noun with whose it is ("я его бухгалтер", "я сиделка его"; "я директор"
                     alone is an organisation's caller) — or of a first name, when the call already identified someone
                     or heard another first name, and neither the caller nor the operator's screen (DE) gave that name
                     ("это Света" after Ольга was identified: the first caller's own name is no change).

Not a change: the owner saying they are the owner ("я владелец"), a relative of the speaker's own ("это моя жена
звонила"), a request to the operator ("дайте номер телефона"). When a line reads as a change it is one — the call
drops to `none` and the operator identifies again (fail closed: a wrong reading costs one identification, a missed
one shows the owner's data to someone else). The policy's `speaker-changed` phrases are read as before beside this.
"""
from __future__ import annotations

import re

from guard.disclosure.text import Token, Utterance
from guard.morph import parses
from guard.recognizers.lexicon import KIN_NOUNS

SPEAKER_CHANGED_RULE = "speaker-changed"  # policies/disclosure.yaml: the client hint the call flow reads

# A person close to the owner: who answers a phone for them (with the kin, recognizers/lexicon.KIN_NOUNS)
CLOSE_NOUNS = frozenset({"сосед", "соседка", "знакомый", "знакомая", "друг", "подруга", "представитель",
                         "представительница", "опекун", "опекунша", "сиделка", "няня", "внук", "племянник",
                         "племянница", "зять", "невестка", "сноха", "свёкор", "свекор", "тесть", "тётя", "тетя", "дядя",
                         "жених", "невеста", "сожитель", "сожительница", "парень", "девушка"})
# A role at work: an organisation's client speaks through them ("я директор …" is the caller, not someone else), so a
# role is another speaker when a third person speaks ("бухгалтер с вами поговорит") or it is someone's ("я его бухгалтер")
OFFICE_NOUNS = frozenset({"коллега", "сотрудник", "сотрудница", "помощник", "помощница", "секретарь", "секретарша",
                          "бухгалтер", "бухгалтерша", "водитель", "директор", "начальник", "начальница", "руководитель",
                          "заместитель", "менеджер"})
RELATION_NOUNS = KIN_NOUNS | CLOSE_NOUNS
PERSON_NOUNS = RELATION_NOUNS | OFFICE_NOUNS
# The owner's own words for themselves: "я владелец", "я абонент" is no change
_OWNER_NOUNS = frozenset({"владелец", "владелица", "хозяин", "хозяйка", "абонент", "абонентка", "собственник",
                          "собственница", "клиент", "клиентка"})
_HAND_VERBS = frozenset({"передать", "передавать", "дать", "давать", "отдать", "отдавать", "взять", "брать", "подать",
                         "подавать", "вручить", "протянуть", "сунуть", "всучить"})
_PHONE_NOUNS = frozenset({"трубка", "телефон", "телефончик", "мобильник", "мобильный", "сотовый", "трубочка"})
# the phone came to the speaker by finding it: "нашла этот телефон на улице", "подобрал мобильник" (a past form only:
# "не могу найти телефон" is the owner's own loss)
_FOUND_VERBS = frozenset({"найти", "находить", "подобрать", "подбирать"})
# what the speaker's own phone is called by: "нашёл свой телефон" is the owner's own
_OWN_POSSESSIVE = frozenset({"свой", "мой", "наш"})
_SPEAK_VERBS = frozenset({"говорить", "поговорить", "разговаривать", "побеседовать", "пообщаться", "общаться",
                          "объяснить", "рассказать"})
_COME_VERBS = frozenset({"подойти", "подходить"})
# what a person who wants the phone wants to do with the operator: "соседка хочет спросить", "жена спросит сама"
_ASK_VERBS = _SPEAK_VERBS | frozenset({"спросить", "спрашивать", "сказать", "узнать", "уточнить", "задать",
                                       "поговорить"})
# what a person does who carries the conversation on: "она и продолжит", "сын договорит", "жена ответит на вопросы"
_CONTINUE_VERBS = frozenset({"продолжить", "продолжать", "договорить", "договаривать", "ответить", "отвечать",
                             "закончить", "заканчивать"})
_WANT_VERBS = frozenset({"хотеть", "мочь", "собираться"})
_CALL_VERBS = frozenset({"позвать", "звать", "пригласить", "кликнуть", "дать"})  # "жену позову", "дам вам сына"
_MY = frozenset({"мой", "наш"})  # "это моя жена": the speaker's own relative, spoken of
_OPENERS = frozenset({"я", "это"})
_GREETINGS = frozenset({"алло", "ало", "алё", "але", "здравствуйте", "здрасте", "добрый", "день", "вечер", "утро"})
_WINDOW = 3  # words between an opener and what it introduces, a verb and its object
# English, as a caller on a foreign SIM says it: "I am his wife", "he passed the phone to me"
_ENGLISH = re.compile(
    r"\b(?:i\s+am|i'm|this\s+is)\s+(?:his|her|their|the\s+owner's)\s+[a-z]+"
    r"|\b(?:passed|handed|gave|gives|give|hands|passes)\b[^.!?]{0,20}\bphone\b", re.IGNORECASE)
# The neighbours' languages a caller on a foreign SIM speaks, "I am his/her …": Kazakh "мен оның әйелімін", Kyrgyz
# "мен анын аялымын", Uzbek "men uning xotiniman" / "мен унинг …" — the first person and the third person's possessive
# — and "this is his …" (Kazakh "бұл оның әйелі", Kyrgyz "бул анын аялы", Uzbek "bu uning xotini"), and "I am …"
# with the first person's copula on the word ("мен анасымын": I am his mother; "мен Асанмын": I am Asan): whoever says
# so introduces themselves in a language the morphology does not read, and is not the identified caller's Russian
_NEIGHBOURS = re.compile(
    r"(?<![^\W\d_])(?:мен|men|бұл|бул|bu|бу)\s+(?:оның|онын|анын|унинг|uning|onun)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:мен|men)\s+(?:[^\W\d_]+\s+)?[^\W\d_]{2,}(?:мын|мін|мин|мун|мүн|man)(?![^\W\d_])",
    re.IGNORECASE)
# A transcript's note of another voice: "[в трубке другой голос]", "(женский голос)", "[говорит другой человек]"
_NOTE = re.compile(r"[\[(]([^\[\]()]{1,60})[\])]")
_OTHER = frozenset({"другой", "второй", "новый", "иной", "женский", "мужской", "детский", "чужой"})


def speaker_change_span(utterance: Utterance, *, heard_before: bool = False,
                        known_name=lambda word: False, identified_gender: str = "unknown",
                        identified_person: bool = False) -> tuple[int, int] | None:
    """(start, end) in the text of the words that say another person speaks now, or None. `heard_before`: the call
    already heard a caller (or identified one), so an introduction by a first name is a new person's unless
    `known_name(word)` says the caller or the screen gave that name before. `identified_gender`: the gender the call's
    identification heard ("male", "female"; "unknown" when none), for the readings that need to know who the
    identified caller is (`_owner_spoken_of`, `_other_gender`). `identified_person`: the call identified a person
    by their full name (not an organisation's caller), so a role at work introduced alone ("я бухгалтер") is someone
    else's voice."""
    tokens = utterance.tokens
    for found in (_hand_over(tokens), _another_speaks(tokens, heard_before, known_name), _instead_of(tokens),
                  _takes_over(tokens), _introduction(tokens, heard_before, known_name, identified_person),
                  _owner_spoken_of(tokens, identified_gender), _other_gender(tokens, identified_gender),
                  _denies_being(tokens), _other_name(tokens, heard_before, known_name, identified_gender),
                  _someone_beside_addressed(tokens, utterance.text), _takes_the_turn(tokens), _at_the_phone(tokens),
                  _asks_who_calls(tokens, utterance.text) if heard_before else None,
                  _not_the_speakers_number(tokens), _from_anothers_phone(tokens),
                  _introduced_without_opener(tokens)):
        if found is not None:
            return utterance.char_span(*found)
    english = _ENGLISH.search(utterance.text) or _NEIGHBOURS.search(utterance.text)
    if english:
        return english.start(), english.end()
    return _noted_voice(utterance.text)


def _noted_voice(text: str) -> tuple[int, int] | None:
    """A transcript's bracketed note that another voice or person speaks: "[в трубке другой голос]", "(женский
    голос)", "[другой человек говорит]" — a voice named, or a person named as another. Not a note of a sound, a pause
    or a word not heard ("[шум]", "(пауза)", "[неразборчиво]", "[плачет ребёнок]")."""
    from guard.disclosure.text import Utterance

    for note in _NOTE.finditer(text):
        tokens = Utterance(note.group(1)).tokens
        lemmas = set().union(*(token.info.lemmas for token in tokens)) if tokens else set()
        other = bool(lemmas & _OTHER)
        person = any("anim" in token.info.top_grammemes and "NOUN" in token.info.top_grammemes for token in tokens)
        if "голос" in lemmas or (other and (person or lemmas & {"человек", "собеседник", "абонент"})):
            return note.start(), note.end()
    return None


def _near(tokens: list[Token], i: int, width: int = _WINDOW) -> range:
    return range(max(0, i - width), min(len(tokens), i + width + 1))


def _hand_over(tokens: list[Token]) -> tuple[int, int] | None:
    """A verb of passing or taking with the phone as its object, not asked of the operator: "передаю трубку жене",
    "сын трубку взял", "мне дали телефон"."""
    for i, token in enumerate(tokens):
        grammemes = token.info.top_grammemes
        # asked of the operator ("передайте", "дадите"), not of someone beside the speaker in the "ты" form ("дай-ка
        # сюда телефон", "передай мне трубку"); "он трубку не берёт": nobody took it
        lemmas = token.info.lemmas | {lemma.removesuffix("-ка") for lemma in token.info.lemmas}  # "дай-ка"
        found = bool(lemmas & _FOUND_VERBS) and "past" in grammemes and not (i and tokens[i - 1].form == "не")
        if found and any(tokens[j].info.lemmas & _PHONE_NOUNS and "accs" in tokens[j].info.grammemes
                         and not (j and tokens[j - 1].info.lemmas & _OWN_POSSESSIVE) for j in range(i + 1, min(
                             len(tokens), i + 1 + _WINDOW))):
            return i, i  # "нашла этот телефон на улице": the phone is not the speaker's (red team bb25, f08)
        if not lemmas & _HAND_VERBS or not grammemes & {"VERB", "INFN"} \
                or (grammemes & {"impr", "2per"} and "sing" not in grammemes) or (i and tokens[i - 1].form == "не"):
            continue
        for j in _near(tokens, i, 3):  # "петя дал мне свой телефон": the giver's own phone, three words on
            noun = tokens[j]
            if not (noun.info.lemmas & _PHONE_NOUNS and "accs" in noun.info.grammemes) \
                    or (j and tokens[j - 1].info.lemmas & {"номер"}) \
                    or (j + 1 < len(tokens) and not noun.info.lemmas & {"трубка", "трубочка"}
                        and {"gent", "anim"} <= tokens[j + 1].info.top_grammemes) \
                    or (j and tokens[j - 1].form in ("его", "её", "ее", "их", "ваш")):  # "дайте его телефон": a number
                continue
            handset = bool(noun.info.lemmas & {"трубка", "трубочка"})
            # "хочу телефон в рассрочку взять" buys one; "сын трубку взял", "мне дали телефон" hand it over
            # "возьми телефон": asked of someone beside the speaker
            if lemmas & {"взять", "брать"} and not (handset or grammemes & {"past", "impr"}):
                continue
            return min(i, j), max(i, j)
        # "дай сюда", "передай-ка сюда": the phone asked of someone beside the speaker in the "ты" form, the thing
        # left unnamed (red team bb16, 01)
        if "impr" in grammemes and "sing" in grammemes and any(tokens[j].form == "сюда" for j in _near(tokens, i, 2)):
            return i, max(j for j in _near(tokens, i, 2) if tokens[j].form == "сюда")
    return None


def _another_speaks(tokens: list[Token], heard_before: bool, known_name) -> tuple[int, int] | None:
    """A third person speaks with the operator now or next ("с вами говорит его супруга", "бухгалтер с вами
    поговорит"), or comes to the phone ("сейчас муж подойдёт к телефону")."""
    for i, token in enumerate(tokens):
        grammemes = token.info.top_grammemes
        if "INFN" in grammemes and i and tokens[i - 1].form in ("будет", "будут"):
            grammemes = grammemes | {"3per", "VERB", "futr"}  # "с вами будет говорить его жена": the future in two words
        if "3per" not in grammemes or "VERB" not in grammemes:
            continue
        if "futr" in grammemes and _owner_does(tokens, i):
            return i, i  # "хозяин телефона освободится и перезвонит": the owner's next deed, told by someone else
        if token.info.lemmas & _SPEAK_VERBS:
            with_you = next((j for j in _near(tokens, i, 2) if j + 1 < len(tokens) and tokens[j].form in ("с", "со")
                             and tokens[j + 1].form == "вами"), None)
            subject = _third_person(tokens, i) if with_you is not None else None
            # "с вами говорит Пётр": a name is a speaker's introduction, read as one (`_introduction`)
            if subject is not None and (subject == "person" or (heard_before and not known_name(subject))):
                return min(i, with_you), max(i, with_you + 1)
        if token.info.lemmas & _COME_VERBS and (any(tokens[j].info.lemmas & _PHONE_NOUNS for j in _near(tokens, i))
                                                 or (_third_person(tokens, i, owner=True) is not None
                                                     and "past" not in grammemes)):
            return i, i  # "сейчас муж подойдёт к телефону", "сейчас подойдёт хозяин номера": not the one speaking
        # a third person wants to speak or ask, or will, or will carry the conversation on: "соседка хочет спросить",
        # "жена сейчас спросит", "она и продолжит", "хозяин номера вам ответит" (red team bb24, f06) — not what they
        # said before ("жена спрашивала вчера"); the owner spoken of as the one who will speak is not the speaker
        asks = (token.info.lemmas & _ASK_VERBS or (token.info.lemmas & _CONTINUE_VERBS and "sing" in grammemes)) \
            and "past" not in grammemes and "pres" not in grammemes  # "пусть ответят": the company, not a person
        wants = token.info.lemmas & _WANT_VERBS and any(
            tokens[j].info.lemmas & _ASK_VERBS and "INFN" in tokens[j].info.top_grammemes
            for j in range(i + 1, min(len(tokens), i + 1 + _WINDOW)))
        if (asks or wants) and _third_person(tokens, i, owner=bool(asks)) is not None and "past" not in grammemes:
            return i, i
    for i, token in enumerate(tokens):  # the speaker calls a person to the phone: "жену позову", "сейчас дам вам сына"
        if token.info.lemmas & _CALL_VERBS and "1per" in token.info.top_grammemes:
            person = next((j for j in _near(tokens, i, 2) if j != i and tokens[j].info.lemmas & PERSON_NOUNS
                           and "accs" in tokens[j].info.grammemes), None)
            if person is not None:
                return min(i, person), max(i, person)
    return None


# The owner as a person ("владелец", "хозяин"), not the generic "абонент"/"клиент" ("абонент будет недоступен")
_OWNER_PERSON = frozenset({"владелец", "владелица", "хозяин", "хозяйка", "собственник", "собственница"})


def _owner_does(tokens: list[Token], verb: int) -> bool:
    """The owner in the nominative is the subject of a third-person future verb, in its clause ("хозяин номера сейчас
    вам ответит", "владелец перезвонит"): whoever tells what the owner will do is not the owner (who says "я …")."""
    for j in range(max(0, verb - 5), min(len(tokens), verb + 3)):
        between = range(min(j, verb) + 1, max(j, verb) + 1)
        if j != verb and tokens[j].info.lemmas & _OWNER_PERSON and "nomn" in tokens[j].info.top_grammemes \
                and not any(tokens[k].after_break for k in between) \
                and not any(tokens[k].form in ("я", "мы") for k in range(max(0, j - 2), min(len(tokens), verb + 3))):
            return True  # not "я владелец, …", "владелец номера будет я"
    return False


# Where the phone is as a place: "у телефона его дочь", "на линии теперь его сестра", "на проводе сын"
_AT_THE_PHONE = {"у": _PHONE_NOUNS, "на": frozenset({"линия", "провод"})}


def _at_the_phone(tokens: list[Token]) -> tuple[int, int] | None:
    """A person other than the speaker named as the one at the phone now: "у телефона его дочь", "на линии теперь
    его сестра" — a relation or person noun in the nominative within the clause (not "я у телефона")."""
    for i, token in enumerate(tokens[:-1]):
        place = _AT_THE_PHONE.get(token.form)
        if place is None or not tokens[i + 1].info.lemmas & place:
            continue
        for j in _near(tokens, i + 1):
            info = tokens[j].info
            if j > i + 1 and tokens[j].after_break:
                break
            if tokens[j].form in ("я", "мы"):
                return None
            if info.lemmas & (PERSON_NOUNS | _OWNER_PERSON) and "nomn" in info.top_grammemes and j not in (i, i + 1):
                return min(i, j), max(i + 1, j)
    return None


def _third_person(tokens: list[Token], verb: int, *, owner: bool = False) -> str | None:
    """The verb's third-person subject near it: "person" (a relation or person noun, "он"/"она"), the first name's
    form when only a name stands there, or None. `owner`: the owner's own noun counts too ("подойдёт хозяин номера":
    of a verb of coming or of speaking next, the owner spoken of is not the one speaking — "с вами говорит владелец"
    is the speaker's own introduction, read with `owner` off)."""
    name = None
    for j in _near(tokens, verb):
        info = tokens[j].info
        if j == verb or (info.lemmas & _OWNER_NOUNS and not (owner and "nomn" in info.top_grammemes)):
            continue
        if info.lemmas & (PERSON_NOUNS | {"он", "она"}) or (
                {"NOUN", "anim", "nomn"} <= info.top_grammemes and not info.grammemes & {"Name", "Surn", "Patr"}):
            return "person"
        if is_first_name(tokens[j]):
            name = tokens[j].form
    return name


def _instead_of(tokens: list[Token]) -> tuple[int, int] | None:
    """The speaker stands in for a person: "я вместо Петра Сергеевича", "звоню за мужа", "я за неё договорю"; or acts
    under a person's authority: "я по доверенности от Кузнецовой", "звоню от имени мужа", "по поручению директора"."""
    for i, token in enumerate(tokens[:-1]):
        after = tokens[i + 1].info
        if token.form in _AUTHORITY and after.lemmas & _AUTHORITY[token.form] and _first_person_near(tokens, i):
            return i, i + 1  # "я по доверенности от …", "звоню от имени мужа" — not "можно ли по доверенности …?"
        person = after.lemmas & (PERSON_NOUNS | {"он", "она", "него", "неё", "нее"}) or "Name" in after.grammemes \
            or "anim" in after.top_grammemes
        if not person:
            continue
        if token.form == "вместо":
            return i, i + 1
        if token.form == "за" and i and tokens[i - 1].info.lemmas & {"звонить", "позвонить"}:
            return i - 1, i + 1
        if token.form == "за" and i and tokens[i - 1].form == "я" and "accs" in after.grammemes and not any(
                other.info.top_grammemes & {"VERB", "INFN"} for other in tokens):
            return i - 1, i + 1  # "я за него", "я за маму": no verb — the speaker stands in (red team bb16, 01)
        if token.form == "за" and "accs" in after.grammemes:
            # the speaker does now what the person would: "я за неё договорю", "за мужа отвечу я" (not "платил за
            # маму": what was done before is no one speaking instead)
            verb = next((j for j in _near(tokens, i + 1) if _speaks_now(tokens[j])), None)
            if verb is not None:
                return min(i, verb), max(i + 1, verb)
    return None


# "по доверенности", "от имени", "по поручению", "в интересах": a person's authority the speaker acts under
_AUTHORITY = {"по": frozenset({"доверенность", "поручение"}), "от": frozenset({"имя"}),
              "в": frozenset({"интерес", "интересы"})}
# What a speaker carries on doing with the operator: speak, answer, continue, finish, decide
_CARRY_VERBS = _SPEAK_VERBS | frozenset({"продолжить", "продолжать", "договорить", "договаривать", "отвечать",
                                         "ответить", "закончить", "заканчивать", "решить", "решать", "сказать",
                                         "звонить", "позвонить", "спросить", "спрашивать", "уточнить",
                                         "подтвердить", "слушать"})
# A person who spoke is gone or cannot go on: "вышла", "ушёл", "отошла", "уснул"
_GONE_VERBS = frozenset({"выйти", "уйти", "отойти", "уехать", "убежать", "отлучиться", "уснуть", "заснуть",
                         "выходить", "уходить", "отходить", "умереть", "скончаться", "погибнуть"})
# A person who cannot go on: unwell ("ей плохо") or busy ("он занят", "ему некогда", "он за рулём")
_UNWELL = frozenset({"плохо", "нехорошо", "дурно", "тяжело", "занятый", "некогда", "недосуг"})
_BUSY_PLACES = frozenset({"руль", "совещание", "планёрка", "планерка", "операция", "работа", "встреча", "занятие"})
_SENSE_VERBS = frozenset({"слышать", "понимать", "видеть", "мочь"})  # "не слышит", "не может"


def _first_person_near(tokens: list[Token], i: int) -> bool:
    """The speaker is the one who acts: "я" or a first-person verb near the words at i."""
    return any(tokens[j].form == "я" or ("1per" in tokens[j].info.top_grammemes and "VERB" in tokens[j].info.top_grammemes)
               for j in _near(tokens, i))


def _speaks_now(token: Token) -> bool:
    """A first-person verb of speaking with the operator, now or next ("договорю", "отвечаю", "продолжу")."""
    grammemes = token.info.top_grammemes
    return bool(token.info.lemmas & _CARRY_VERBS) and "1per" in grammemes and "past" not in grammemes


def _asks_to_go_on_with_me(tokens: list[Token]) -> int | None:
    """The speaker asks the operator to go on with them (red team bb24, f06): a verb of speaking or carrying on in
    the "вы" form, or after "можете"/"можно", with "со мной" or "мне" beside it ("говорите со мной", "со мной
    разговаривайте", "можете мне объяснить") — the index of the verb, or None."""
    for i, token in enumerate(tokens):
        grammemes = token.info.top_grammemes
        if not token.info.lemmas & (_CARRY_VERBS | {"объяснить", "объяснять"}):
            continue
        polite = ("plur" in grammemes and grammemes & {"2per", "impr"}) or ("INFN" in grammemes and any(
            tokens[j].form in ("можете", "можно", "давайте", "будете") for j in _near(tokens, i)))
        with_me = any(tokens[j].form in ("мне", "меня") or (tokens[j].form in ("с", "со") and j + 1 < len(tokens)
                                                   and tokens[j + 1].form == "мной") for j in _near(tokens, i, 2))
        if polite and with_me:
            return i
    return None


def _takes_over(tokens: list[Token]) -> tuple[int, int] | None:
    """The one who spoke is gone, unwell or busy and the speaker carries on ("алла вышла, я договорю", "ей плохо, я
    продолжу разговор", "теперь я отвечаю, она ушла", "он занят, говорите со мной"); or the speaker will speak with
    the operator as "them" — to someone beside them ("я сама с ними поговорю")."""
    carry = next((i for i, token in enumerate(tokens) if _speaks_now(token)), None)
    if carry is None:
        carry = _asks_to_go_on_with_me(tokens)
    if carry is None:
        # "муж ушёл на работу, давайте я дальше": a third person gone and the speaker's "я" with no verb of its own
        carry = next((i for i, token in enumerate(tokens) if token.form == "я" and not any(
            tokens[k].info.top_grammemes & {"VERB", "INFN"} and not tokens[k].info.lemmas & _CARRY_VERBS
            for k in range(i + 1, min(len(tokens), i + 3)))), None)
        if carry is None:
            return None
    for i, token in enumerate(tokens):
        info = token.info
        gone = info.lemmas & _GONE_VERBS and "past" in info.top_grammemes and "1per" not in info.top_grammemes \
            and (i == 0 or tokens[i - 1].form != "не") and not _a_status_after(tokens, i) and _someone_else(tokens, i)
        # "ей плохо", "отец плохо слышит", "мама не слышит": a third person beside it, not the speaker
        busy_at = info.lemmas & _BUSY_PLACES and i and tokens[i - 1].form in ("за", "на") and "NOUN" in info.top_grammemes
        unwell = (info.lemmas & _UNWELL or busy_at or (info.lemmas & _SENSE_VERBS and i and tokens[i - 1].form == "не")) \
            and any(tokens[j].form in ("ей", "ему", "им") or tokens[j].info.lemmas & (PERSON_NOUNS | {"он", "она"})
                    for j in _near(tokens, i, 2) if j != i)
        if gone or unwell:
            return min(i, carry), max(i, carry)
    if tokens[carry].info.lemmas & _SPEAK_VERBS:
        for j in _near(tokens, carry):
            if tokens[j].form in ("с", "со") and j + 1 < len(tokens) and tokens[j + 1].form in ("ними", "ним"):
                return min(j, carry), max(j + 1, carry)
    return None


def _a_status_after(tokens: list[Token], verb: int) -> bool:
    """"вышла замуж", "ушёл на пенсию", "вышла в декрет": a change of status, not of who is at the phone."""
    after = [token.info.lemmas for token in tokens[verb + 1:verb + 3]]
    return bool(after) and ("замуж" in after[0] or any(lemmas & {"пенсия", "декрет"} for lemmas in after))


def _someone_else(tokens: list[Token], verb: int) -> bool:
    """A third person beside the verb: "он", "она", a first name, a person noun ("алла вышла", "муж ушёл") — not the
    speaker ("я отошла")."""
    for j in _near(tokens, verb, 2):
        info = tokens[j].info
        if j == verb:
            continue
        if info.form in ("я", "мы"):
            return False
        if info.lemmas & (PERSON_NOUNS | {"он", "она"}) or is_first_name(tokens[j]):
            return True
    return False


# What is a customer's: "по поводу номера мужа", "телефон отца" — the person after it in the genitive is its owner
_OWNED = frozenset({"номер", "номерок", "телефон", "договор", "контракт", "симка", "сим-карта", "симкарта", "счёт",
                    "счет", "тариф", "баланс", "абонемент", "карта"})
_BESIDE = frozenset({"рядом", "здесь", "тут", "около", "возле"})  # "он рядом", "муж тут"
_KNOWN_GENDERS = {"male": "masc", "female": "femn"}
# the carrier's people a caller speaks of: no one at the caller's phone
_COMPANY_PEOPLE = frozenset({"оператор", "сотрудник", "сотрудница", "специалист", "консультант", "мастер", "менеджер",
                             "робот", "бот", "девушка", "молодой"})
_WITH_HIM_OR_HER = {"masc": "ним", "femn": "ней"}  # "мы с ним": the third person after "с"
_NOT_HERE = frozenset({"дома", "рядом", "сейчас", "здесь", "тут", "уже", "пока", "на"})  # "его нет дома"
_HIS_OR_HER = {"masc": "его", "femn": "ее"}  # "его нет дома", "её нет" (tokens read "ё" as "е")


def _person_of_gender(token: Token, gender: str, any_person: bool = False) -> bool:
    """A third person of that grammatical gender: "он"/"она" in the nominative, or a person noun (kin, a person close
    to them) whose gender it is ("папа", "отец", "муж" are masculine; "мама", "жена" feminine)."""
    if token.form in ("он", "она"):
        return (token.form == "он") == (gender == "masc")
    grammemes = token.info.top_grammemes
    if "NOUN" not in grammemes or gender not in grammemes:
        return False
    # a kin or close person, or any person noun ("мужчина который звонил", "женщина"; red team bb25, f08) — not a
    # name (the caller's own), nor the company's people ("ваш сотрудник")
    return bool(token.info.lemmas & PERSON_NOUNS) or (any_person and "anim" in grammemes and "nomn" in grammemes
                                                      and not token.info.grammemes & {"Name", "Surn", "Patr"}
                                                      and not token.info.lemmas & _COMPANY_PEOPLE)


def _owner_spoken_of(tokens: list[Token], identified_gender: str) -> tuple[int, int] | None:
    """The identified caller spoken of in the third person (red team bb16, 01): a person of the identified caller's
    gender ("он", "папа", "муж" after a man was identified) as the one whose number it is ("я по поводу номера мужа"),
    as the one who tells or asks the speaker ("папа сказал мне позвонить вам", "он говорит мне что спросить") or as
    beside the speaker ("он рядом"). Who is spoken of so is not who speaks: the call is someone else's now. Fail closed
    — the owner speaking of a relative of their own gender costs one identification more; with no gender identified
    the reading stays silent (nothing tells who the owner is)."""
    gender = _KNOWN_GENDERS.get(identified_gender)
    if gender is None:
        return None
    for i in range(2, len(tokens)):  # "мы с ним вместе", "мы с мужем": the speaker and the identified caller, two people
        if tokens[i - 2].form == "мы" and tokens[i - 1].form in ("с", "со") and (
                _person_of_gender(tokens[i], gender) or tokens[i].form == _WITH_HIM_OR_HER[gender]):
            return i - 2, i
    for i in range(len(tokens) - 1):  # "его нет дома", "мужа нет": the identified caller is not there
        absent = tokens[i].form == _HIS_OR_HER[gender] or (tokens[i].info.lemmas & PERSON_NOUNS and gender in
                                                           tokens[i].info.top_grammemes and "gent" in tokens[i].info.top_grammemes)
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        here = after is None or after.after_break or after.form in _NOT_HERE
        if absent and tokens[i + 1].form in ("нет", "нету") and here and not (i and tokens[i - 1].info.lemmas & _OWNED):
            return i, i + 1  # not "соседа нет в списке", "его нет в приложении": absent from a list, not the phone
    for i, token in enumerate(tokens):
        if _person_of_gender(token, gender, any_person=True) and not _person_of_gender(token, gender) \
                and not (i and tokens[i - 1].info.lemmas & {"ваш"}):
            gone = _gone_after(tokens, i)  # "мужчина который звонил вышел": any person of that gender gone
            if gone is not None:
                return i, gone
        if not _person_of_gender(token, gender):
            continue
        if i and tokens[i - 1].info.lemmas & _OWNED and "gent" in token.info.grammemes \
                and token.form not in ("он", "она"):
            return i - 1, i  # "номера мужа", "телефон отца"
        for j in _near(tokens, i, 2):
            if tokens[j].form in _BESIDE or (tokens[j].form == "со" and j + 1 < len(tokens)
                                             and tokens[j + 1].form == "мной"):
                return min(i, j), max(i, j)  # "он рядом", "муж тут", "она со мной"
        gone = _gone_after(tokens, i)
        if gone is not None:
            return i, gone  # "муж ушёл на работу", "он отошёл", "отец умер": the identified caller is not at the phone
        if _asks_to_go_on_with_me(tokens) is not None and token.form in ("он", "она"):
            return i, i  # "он разрешил, говорите со мной": the identified caller spoken of, the speaker takes over
        for j in range(i + 1, min(len(tokens), i + 1 + _WINDOW)):
            if "VERB" in tokens[j].info.top_grammemes and "1per" not in tokens[j].info.top_grammemes:
                told = next((k for k in range(j + 1, min(len(tokens), j + 3)) if tokens[k].form in ("мне", "меня")),
                            None)
                if told is not None:
                    return i, told  # "папа сказал мне позвонить", "он говорит мне", "муж попросил меня"
    return None


def _gone_after(tokens: list[Token], i: int) -> int | None:
    """The index of a verb saying the person at i is gone or dead, within three words after it in the clause
    ("муж ушёл", "мужчина который звонил вышел", "отец умер"; red team bb25, f08), or None."""
    # a relative clause between ("тот мужчина, что звонил, уже ушёл"): read past it
    relative = i + 1 < len(tokens) and tokens[i + 1].info.lemmas & {"который", "что", "кто"}
    for j in range(i + 1, min(len(tokens), i + (7 if relative else 4))):
        if tokens[j].after_break and not relative:
            return None
        gone = tokens[j].info
        if gone.lemmas & _GONE_VERBS and "past" in gone.top_grammemes and "1per" not in gone.top_grammemes \
                and tokens[j - 1].form != "не" and not _a_status_after(tokens, j):
            return j
    return None


def _other_gender(tokens: list[Token], identified_gender: str) -> tuple[int, int] | None:
    """The speaker's own words say a gender other than the identified caller's: "я сама", "я звонила", "я готова"
    after a man was identified (red team bb16, 01: "давай я сама поговорю"). Russian marks the speaker's gender on
    "сам", a past verb and a short adjective beside "я"."""
    gender = _KNOWN_GENDERS.get(identified_gender)
    if gender is None:
        return None
    other = "femn" if gender == "masc" else "masc"
    for i, token in enumerate(tokens):
        if token.form != "я":
            continue
        for j in range(i + 1, min(len(tokens), i + 3)):  # after "я", before any other word that may be a subject
            grammemes = tokens[j].info.top_grammemes
            marks = ("past" in grammemes and "VERB" in grammemes) or "ADJS" in grammemes \
                or (tokens[j].info.lemmas & {"сам"} and "nomn" in grammemes)
            if marks and "sing" in grammemes and other in grammemes and gender not in grammemes:
                return i, j
            # a person noun that names only a woman ("я домработница", "я соседка") after a man was identified
            # (red team bb25, f08): a masculine one names a woman too ("я бухгалтер"), so only that way round
            if other == "femn" and {"NOUN", "anim", "nomn", "sing", "femn"} <= grammemes and "Ms-f" not in grammemes \
                    and not tokens[j].info.grammemes & {"Name", "Surn", "Patr"}:
                return i, j
            if grammemes & {"NOUN", "NPRO"} or tokens[j].after_break:
                break
    return None


def _introduction(tokens: list[Token], heard_before: bool, known_name,
                  identified_person: bool = False) -> tuple[int, int] | None:
    """A first-person introduction of a relation to the owner or of a new first name ("я сын абонента", "это мама
    его", "меня зовут Света")."""
    for i, token in enumerate(tokens):
        opener = token.form in _OPENERS or (token.form == "зовут" and i and tokens[i - 1].form == "меня")
        if not opener:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + _WINDOW)):
            word = tokens[j]
            info = word.info
            if info.lemmas & (_OWNER_NOUNS | {"не", "сам", "сама"}) or "PREP" in info.top_grammemes \
                    or "VERB" in info.top_grammemes:
                break  # "я владелец", "я не …" (the policy's phrases), "это для сына", "я звонил"
            if info.lemmas & _MY:
                break  # "это моя жена звонила": the speaker's own relative, spoken of
            if token.form == "это" and j + 1 < len(tokens) and not tokens[j + 1].after_break \
                    and "VERB" in tokens[j + 1].info.top_grammemes \
                    and not (tokens[j + 1].info.lemmas & _SPEAK_VERBS and "pres" in tokens[j + 1].info.top_grammemes):
                break  # "это сын звонил": who did it, not who speaks ("это Ольга говорит" is who speaks now)
            if info.lemmas & RELATION_NOUNS and _one_person(word):
                return i, j
            if info.lemmas & OFFICE_NOUNS and _one_person(word) and (_whose(tokens, j) or identified_person):
                return i, j  # "я его бухгалтер", "это секретарь абонента"; "я бухгалтер" after a person was identified
            if is_first_name(word) and heard_before and not known_name(word.form):
                return i, j
            if "nomn" in info.grammemes and "anim" in info.grammemes and "NOUN" in info.top_grammemes \
                    and _whose(tokens, j):
                return i, j  # "я сиделка его", "я представитель абонента"
    return None


def is_first_name(token: Token | str) -> bool:
    """A first name in the nominative by any of the word's readings, however unlikely the dictionary finds it: after
    "это" or "меня зовут", "света" is Света, not the genitive of "свет"."""
    form = token if isinstance(token, str) else token.form
    form = form.lower().replace("ё", "е")
    return form not in _GREETINGS and any("Name" in parse.tag and "nomn" in parse.tag for parse in parses(form))


def _one_person(token: Token) -> bool:
    """The noun may be one person named in the nominative ("жена"; not "жены" — "это жены номер" is whose)."""
    return any("nomn" in parse.tag and "sing" in parse.tag for parse in parses(token.form)) and not any(
        "gent" in parse.tag and "sing" in parse.tag and parse.score > 0.5 for parse in parses(token.form))


def _whose(tokens: list[Token], j: int) -> bool:
    """A possessor beside the person noun at j: "его", "её", "их", or a person noun in the genitive ("абонента",
    "владельца", "мамы") — not a name, whose genitive is a surname's nominative as often ("я Панкратова, Лидия")."""
    for k in (j - 1, j + 1):
        if 0 <= k < len(tokens):
            info = tokens[k].info
            if info.form in ("его", "её", "ее", "их") or (
                    {"gent", "anim", "NOUN"} <= info.top_grammemes and not info.grammemes & {"Name", "Surn", "Patr"}):
                return True
    return False


# --- who speaks now against who was identified (red team bb17, 01) -------------------------------------------------
_NOT_THE_OWNER = _OWNER_NOUNS | PERSON_NOUNS | {"он", "она", "я"}
_TURN_WORDS = frozenset({"теперь", "дальше", "далее"})  # "теперь я говорю", "давайте я дальше"
_FOR_YOU = frozenset({"тебя", "тебе"})  # "мам, это тебя", "пап, тебя к телефону"


def _denies_being(tokens: list[Token]) -> tuple[int, int] | None:
    """The speaker says they are not someone: "я не Пётр", "я не владелец", "это уже не я", "это не он" — whoever the
    call identified, the one who speaks now says they are not them (not "я не знаю", "я не звонил": a verb after "не"
    is what the speaker did not do)."""
    for i, token in enumerate(tokens):
        if token.form != "не" or i + 1 >= len(tokens):
            continue
        before = [tokens[k].form for k in range(max(0, i - 2), i) if not tokens[k + 1].after_break or k + 1 == i]
        after = tokens[i + 1]
        info = after.info
        if "я" in before or "это" in before:
            if after.form in ("я", "он", "она") or (info.lemmas & _NOT_THE_OWNER and "NOUN" in info.top_grammemes) \
                    or (info.grammemes & {"Name", "Surn"} and "nomn" in info.grammemes
                        and not info.top_grammemes & {"VERB", "INFN", "ADVB", "PRED"}):
                return max(0, i - 1), i + 1
    return None


def _other_name(tokens: list[Token], heard_before: bool, known_name, identified_gender: str) -> tuple[int, int] | None:
    """The speaker introduces themselves ("я …", "это …", "меня зовут …") by a name that is not the identified one: a
    surname whose every nominative reading is of the other gender ("я Кузнецова" on a man's contract: his wife), or,
    once the call heard or identified someone, a surname or first name neither the caller nor the screen gave ("я
    Смирнов Пётр Сергеевич", "это Смирнова Ольга говорит")."""
    gender = _KNOWN_GENDERS.get(identified_gender)
    for i, token in enumerate(tokens):
        if not (token.form in _OPENERS or (token.form == "зовут" and i and tokens[i - 1].form == "меня")):
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + _WINDOW)):
            word = tokens[j]
            if word.after_break and j > i + 1:
                break
            readings = [parse for parse in parses(word.form.lower().replace("ё", "е"))
                        if "nomn" in parse.tag and ("Surn" in parse.tag or "Name" in parse.tag)]
            if not readings or word.info.top_grammemes & {"VERB", "INFN", "PREP", "CONJ", "NPRO"}:
                if word.info.lemmas & ({"не"} | _MY):
                    break
                continue
            if gender is not None and all(parse.tag.gender not in (gender, None) for parse in readings):
                return i, j  # "я Кузнецова" after a man was identified
            if heard_before and not known_name(word.form) and any("Surn" in parse.tag for parse in readings) \
                    and "Surn" in word.info.top_grammemes:
                return i, j  # a surname the call never heard
    return None


def _someone_beside_addressed(tokens: list[Token], text: str) -> tuple[int, int] | None:
    """The caller speaks to someone beside them, not to the operator: a person called by a kin or person noun at the
    line's start with "ты" after it ("мам, это тебя", "пап, тебя к телефону"), "это тебя" (the call is for them), a
    transcript's own label of another voice inside the line ("дочь: а можно я спрошу"), or the phone held out in the
    "ты" form ("на, поговори с ними сама", "держи телефон")."""
    if not tokens:
        return None
    first = tokens[0]
    person = first.info.lemmas & PERSON_NOUNS or any("voct" in parse.tag for parse in parses(first.form))
    if person and text[first.end:first.end + 2].lstrip().startswith(":"):
        return 0, 0  # "дочь: а можно я спрошу" — the line is that person's
    for i, token in enumerate(tokens):
        if token.form in _FOR_YOU and (person or (i and tokens[i - 1].form == "это")):
            return (0 if person else i - 1), i  # "мам, это тебя", "это тебя"
        grammemes = token.info.top_grammemes
        if "impr" in grammemes and "sing" in grammemes:
            for j in _near(tokens, i, 2):
                whose = j + 1 < len(tokens) and {"gent", "anim"} <= tokens[j + 1].info.top_grammemes
                if (tokens[j].info.lemmas & _PHONE_NOUNS and not whose) or (tokens[j].form in ("с", "со") and j + 1 < len(tokens)
                                                             and tokens[j + 1].form in ("ними", "ним", "ней")):
                    return min(i, j), max(i, j)  # "держи телефон", "поговори с ними"
    if first.form == "на" and len(tokens) > 1 and (tokens[1].after_break or "impr" in tokens[1].info.top_grammemes):
        return 0, 1  # "на, …": a thing held out to someone beside the speaker
    return None


def _takes_the_turn(tokens: list[Token]) -> tuple[int, int] | None:
    """The speaker says it is their turn now: "теперь я говорю", "давайте я дальше", "дальше я сам" — "я" beside
    "теперь"/"дальше" with no verb in the clause but one of speaking with the operator ("теперь я понял" is the owner's
    own understanding)."""
    for i, token in enumerate(tokens):
        if token.form != "я":
            continue
        near = [j for j in _near(tokens, i, 2) if tokens[j].form in _TURN_WORDS]
        if not near:
            continue
        clause = [tokens[k] for k in range(max(0, i - 2), min(len(tokens), i + 4))
                  if not any(tokens[m].after_break for m in range(min(k, i) + 1, max(k, i) + 1))]
        verbs = [t for t in clause if t.info.top_grammemes & {"VERB", "INFN"}]
        if all(t.info.lemmas & _SPEAK_VERBS for t in verbs):  # "теперь я отвечаю на ваш вопрос": the owner answers
            return min(i, *near), max(i, *near)
    return None


def _asks_who_calls(tokens: list[Token], text: str) -> tuple[int, int] | None:
    """After someone was identified, the one on the line asks who the operator is ("это кто?", "кто это?", "с кем я
    говорю?", "кто звонит?"): the identified caller knows; whoever asks has just come to the phone."""
    if "?" not in text:
        return None
    for i, token in enumerate(tokens):
        if not token.info.lemmas & {"кто"} or token.form not in ("кто", "кем"):
            continue
        question = text.find("?", token.end)
        for j in _near(tokens, i, 2):
            other = tokens[j]
            if j == i or question < 0 or other.start > question:
                continue
            now = other.info.lemmas & (_SPEAK_VERBS | {"звонить", "беспокоить"}) and "past" not in other.info.top_grammemes
            if other.form == "это" or now:
                return min(i, j), max(i, j)
    return None


# --- the phone or the number is someone else's (red team bb25, f08) ---------------------------------------------
# What a number is: the speaker says it is not theirs ("это не мой номер", "телефон не мой")
_NUMBER_NOUNS = frozenset({"номер", "номерок", "телефон", "симка", "сим-карта", "симкарта", "мобильник", "трубка",
                           "договор"})
# A number put in a person's name: "оформлен на отца", "сим-карта на отце", "записан на него"
_REGISTER_VERBS = frozenset({"оформить", "оформлять", "записать", "зарегистрировать", "регистрировать"})
_THIRD_PERSON_FORMS = frozenset({"него", "нем", "нём", "нее", "неё", "ней", "них", "ним"})
_HIS_HER = frozenset({"его", "её", "ее", "их"})


def _not_the_speakers_number(tokens: list[Token]) -> tuple[int, int] | None:
    """The speaker says the number or the phone is not theirs ("это не мой номер", "телефон не мой"), or that it is
    in another person's name while they use it ("сим-карта на отце, но пользуюсь я", "номер оформлен на жену, я им
    пользуюсь"): whoever speaks so is not the owner identified."""
    for i, token in enumerate(tokens[:-1]):
        if token.form == "не" and tokens[i + 1].info.lemmas & _MY:
            near = [j for j in _near(tokens, i + 1, 3) if tokens[j].info.lemmas & _NUMBER_NOUNS
                    and not any(tokens[k].after_break for k in range(min(j, i) + 1, max(j, i + 1) + 1))]
            if near:
                return min(i, *near), max(i + 1, *near)
    first_person = any(t.form == "я" or {"1per", "sing"} <= t.info.top_grammemes for t in tokens)
    if not first_person:
        return None
    for i, token in enumerate(tokens[:-1]):
        if token.form != "на":
            continue
        after = tokens[i + 1]
        person = after.form in _THIRD_PERSON_FORMS or (after.info.lemmas & PERSON_NOUNS
                                                        and "NOUN" in after.info.top_grammemes)
        if not person:
            continue
        before = [tokens[j] for j in range(max(0, i - 3), i)
                  if not any(tokens[k].after_break for k in range(j + 1, i + 1))]
        # "сим-карта на отце", "номер на нём": whose name it is in (the locative); "оформлен на маму", "записан на
        # него": put in their name (a participle or a past form) — not "хочу оформить номер на сына" (a request)
        located = after.form in ("нем", "нём", "ней", "них") or "loct" in after.info.grammemes
        registered = any(t.info.lemmas & _REGISTER_VERBS and t.info.top_grammemes & {"PRTS", "PRTF", "past"}
                         for t in before)
        if (located and any(t.info.lemmas & _NUMBER_NOUNS for t in before)) or registered:
            return max(0, i - 1), i + 1
    return None


def _from_anothers_phone(tokens: list[Token]) -> tuple[int, int] | None:
    """The speaker calls from another person's phone: "звоню с его телефона", "с её номера", "я с телефона соседки" —
    "с" and the phone with a third person's possessive before it or a person in the genitive after it."""
    for i, token in enumerate(tokens[:-2]):
        if token.form not in ("с", "со"):
            continue
        for j in range(i + 1, min(len(tokens), i + 3)):
            noun = tokens[j]
            if not (noun.info.lemmas & _NUMBER_NOUNS and "gent" in noun.info.grammemes):
                continue
            before = tokens[j - 1].form in _HIS_HER and j - 1 > i
            after = j + 1 < len(tokens) and not tokens[j + 1].after_break and (
                tokens[j + 1].form in _HIS_HER or {"NOUN", "anim", "gent"} <= tokens[j + 1].info.top_grammemes)
            calls = any(tokens[k].form == "я" or tokens[k].info.lemmas & {"звонить", "позвонить", "набрать",
                                                                           "писать", "написать"}
                        for k in _near(tokens, i, 3))
            if (before or after) and calls:
                return i, j + (1 if after else 0)
    return None


def _introduced_without_opener(tokens: list[Token]) -> tuple[int, int] | None:
    """An introduction with "я"/"это" left out, at the line's start, and the one a role or relation belongs to
    beside it: "водитель его, он за рулём", "соседка её, она в больнице" — a person noun, a third person's
    possessive, and the clause ends. And "я из бухгалтерии его фирмы", "я от его начальника": the speaker comes from
    a third person's circle."""
    start = next((k for k, t in enumerate(tokens) if t.form not in _GREETINGS), None)
    if start is not None and start + 1 < len(tokens):
        noun, whose = tokens[start], tokens[start + 1]
        ends = start + 2 >= len(tokens) or tokens[start + 2].after_break
        person = noun.info.lemmas & PERSON_NOUNS or ({"NOUN", "anim", "nomn"} <= noun.info.top_grammemes
                                                     and not noun.info.grammemes & {"Name", "Surn", "Patr"})
        if person and not noun.info.lemmas & _OWNER_NOUNS and whose.form in _HIS_HER and ends:
            return start, start + 1
    for i, token in enumerate(tokens[:-2]):
        if token.form == "я" and tokens[i + 1].form in ("из", "от"):
            for j in range(i + 2, min(len(tokens), i + 5)):
                if tokens[j].after_break and j > i + 2:
                    break
                if tokens[j].form in _HIS_HER:
                    return i, j
    return None
