"""A street told without a house number: "вы живёте на Тверской улице", "г. Москва, ул. Тверская", "счета
доставляются в Химки на улицу Ленина" (the red team's M2-M4).

The address kind (recognizers/address.py `address_spans`) wants a numbered part — a street alone locates nobody
in a line about a salon or the network. Told of the caller it does: a street word beside its name (the address
kind's own lexer, `tokenize`) is an address when the line also names a town ("г. Москва", "в Химки") or says where
the caller lives, is registered or gets the bills (жить, проживать, прописка, регистрация, доставляться ...); not
where the line speaks of the company's office or salon (sense.company_place_spans), and not a name the caller said.
"""
from __future__ import annotations

from typing import Callable

from guard.disclosure.context import Said
from guard.disclosure.sense import company_place_spans
from guard.disclosure.text import QUESTION_STEMS, Utterance
from guard.morph import parses
from guard.recognizers.address import HOUSE_WORDS, STREET_AFTER_TOWARDS, names_a_street, tokenize
from guard.recognizers.lexicon import RESIDING_VERBS

_RESIDENCE = frozenset({"жить", "проживать", "прописать", "прописка", "прописываться", "регистрация",
                        "зарегистрировать", "доставлять", "доставляться", "доставка"})
# where the bills or the post are sent is where the caller lives (red team bb14, 06: "счета отправляем на Остоженку"):
# a verb of sending with the post as its object — not a message sent to a number or a mailbox ("отправьте ммс на
# любой номер", "отправлю счёт на почту")
_SENDING = frozenset({"отправлять", "отправить", "высылать", "выслать", "присылать", "прислать", "направлять",
                      "направить", "слать", "посылать", "послать", "отсылать", "отослать", "доставлять", "доставить",
                      "приходить", "прийти"})
_POST = frozenset({"счёт", "счет", "квитанция", "письмо", "корреспонденция", "посылка", "документ", "детализация",
                   "извещение"})
def _by_post(utterance: Utterance) -> bool:
    """The post named as the means of sending ("пришлют по почте на Мясницкую", "отправим почтой": red team bb26, f02):
    what is sent is a post item, as a bill is — not "на почту" (a mailbox, where a message goes)."""
    forms = [token.form.lower() for token in utterance.tokens]
    return "почтой" in forms or any(forms[k:k + 2] == ["по", "почте"] for k in range(len(forms)))


# the caller's card or papers: a street named with them is the caller's ("в договоре улица Покровка"); a place's name
# said with the caller's card itself ("у вас в карточке Остоженка, верно?") — not "договор", which a line names for
# everything ("договор на вас …, роуминг в Казахстане")
_CARD_CUES = frozenset({"карточка", "анкета", "договор", "профиль", "адрес"})
_PLACE_CUES = _CARD_CUES - {"договор"}
# between a street word and its name when the line says whose ("улица у вас Остоженка")
_WHOSE_WORDS = frozenset({"у", "вас", "ваш", "ваша", "вашей", "по", "это", "же", "указана", "указан", "значится"})
_PLACE_GRAMMEMES = ("Geox", "Surn", "Name", "ADJF")
_NOT_A_STREET = ("лини",)  # "на линии", "горячая линия": a line, not a street, without a number


_WHOSE_RESIDENCE = frozenset({"вы", "ваш", "свой", "паспорт", "владелец", "клиент", "абонент"})


def _written_in(token, utterance: Utterance) -> bool:
    """"прописано" in its other sense: the neuter short participle says a thing is written down ("это прописано в
    условиях"), nobody's registration — unless the line says whose ("у вас в паспорте прописано …"; stop 42, t41)."""
    return (token.form.lower() == "прописано" and "прописать" in token.info.lemmas
            and not utterance.lemma_set & _WHOSE_RESIDENCE)


def _asks_for_it(word: str) -> bool:
    """A question word standing for the street's name («С какой улицы вы звоните?», «На какой улице вы живёте?»): the
    line asks the caller for the value and holds none — no disclosure (stop 56). A demonstrative is no question and
    stays read as the name's place («на этой улице, Тверской?»: review of s55-bb30check), and a name beside the
    question word is still read («С какой улицы, Тверской?»)."""
    return any(p.tag.POS == "ADJF" and "Apro" in p.tag and p.normal_form in QUESTION_STEMS for p in parses(word))


def _names_after(tokens: list) -> list:
    """At each index k, the first word at k or after it, to the line's end, that may be a place's name — set off
    («улицы, Тверской», «улице живёте — Тверская?»), in the next sentence («Вы с какой улицы? Тверская, 12?»: review
    s56 f2) or not set off (speech to text writes no mark: «на какой улице живёте тверская»); None where the rest of
    the line holds none (a verb, «вы», a particle name nothing). One backwards pass over the line, each word read once:
    a scan from each street word to the line's end was quadratic (review s57 F4)."""
    out = [None] * (len(tokens) + 1)
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        word = token.text
        may_be = token.kind == "word" and _names_a_place(word) and not _possessive(word) and not _asks_for_it(word) \
            and not _a_function_word(word)
        out[k] = token if may_be else out[k + 1]
    return out


# the parts of speech no place's name is: a capital opening a sentence makes none of them one («На какой улице вы
# живёте? Мне нужно для заявки.»: "Мне" is the next sentence's pronoun, not a street proposed; issue 12, stop 57)
_NO_PLACE_POS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "INTJ", "PRED", "VERB", "INFN"})


def _a_function_word(word: str) -> bool:
    """Every dictionary reading of `word` is a pronoun (a pronominal adjective too: "это"), a function word, a
    predicative or a verb, none a place's, a surname's or a first name's: no name, whatever its capital. A word the dictionary does not know stays a name."""
    known = [p for p in parses(word) if p.is_known]
    return bool(known) and all((p.tag.POS in _NO_PLACE_POS or "Apro" in p.tag)  # "это", "тот": pronouns too
                               and not any(g in p.tag for g in ("Geox", "Surn", "Name")) for p in known)


_POSSESSIVES = frozenset({"мой", "твой", "свой", "наш", "ваш"})


def _possessive(word: str) -> bool:
    """A possessive pronoun by its lemma («вашей», «своей», «моей»): no place's name — where a prefix test dropped
    «Московская», «Молодёжная», «Свободы» (review s56 f3)."""
    return any("Apro" in p.tag and p.normal_form in _POSSESSIVES for p in parses(word))


def _names_a_place(word: str) -> bool:
    if len(word) < 3:
        return False
    if word[:1].isupper():
        return True
    return any(grammeme in p.tag for p in parses(word) for grammeme in _PLACE_GRAMMEMES)


def streets_told(utterance: Utterance, said: Said,
                 shown: Callable[[str], bool] = lambda word: False) -> list[tuple[int, int]]:
    """Where the line tells a street of the caller's (see the module) the caller did not say and the operator's view
    of the card does not show (`shown`: ShownCard.shows_word)."""
    text = utterance.text
    places = company_place_spans(utterance)  # whose address: the company's office or salon is no customer's
    tokens = tokenize(text)
    # a town and the word before it ("г. Казань", "в Химки"): where the address the street belongs to starts
    towns = [tokens[i - 1].start for i, t in enumerate(tokens) if t.kind == "word"
             and i > 0 and (tokens[i - 1].kind == "city" or tokens[i - 1].text.lower() == "в")
             and _names_a_place(t.text) and any(p.tag.POS == "NOUN" and "Geox" in p.tag for p in parses(t.text))]
    residence = any(token.info.lemmas & _RESIDENCE and not _written_in(token, utterance) for token in utterance.tokens) \
        or _a_dwelling_of_the_callers(utterance)
    sent = any(token.info.lemmas & _SENDING for token in utterance.tokens) \
        and (any(token.info.lemmas & _POST for token in utterance.tokens) or _by_post(utterance))
    # the line says the place is the caller's: "у вас", their card or papers (red team bb14, 06)
    forms = [token.form for token in utterance.tokens]
    yours = any(forms[k:k + 2] == ["у", "вас"] for k in range(len(forms))) \
        or any(token.info.lemmas & _CARD_CUES for token in utterance.tokens)
    placed = _caller_placed(utterance)
    found = []
    names_after = None  # _names_after(tokens), read once a question word asks for the street
    for i, token in enumerate(tokens):
        if token.kind != "street" or token.text.lower().startswith(_NOT_A_STREET):
            continue
        after = i + 1
        while yours and after < len(tokens) and after <= i + 3 and tokens[after].text.lower() in _WHOSE_WORDS:
            after += 1  # "улица у вас Остоженка"
        before = i - 1
        if before >= 1 and tokens[before].text.lower().startswith("ваш"):
            before -= 1  # "Тверская ваша улица?": the possessive says whose (red team bb21, f02)
        whose = before < i - 1
        names = [tokens[j] for j in (before, after) if 0 <= j < len(tokens) and tokens[j].kind == "word"
                 and _names_a_place(tokens[j].text) and not _possessive(tokens[j].text)]
        if names and names[0] is tokens[before] and _asks_for_it(tokens[before].text):
            # «С какой улицы вы звоните?» asks for the street; «Вы на какой улице живёте — Тверская?» proposes one
            if names_after is None:
                names_after = _names_after(tokens)
            offered = names_after[i + 1]
            names = names[1:] if offered is None or offered in names else [offered, *names[1:]]
        # (a pronoun before the street word — «на этой улице, Тверской?» — is kept as the place's name: it is what
        # reads the line today; dropping it let the name in apposition through — review of s55-bb30check, fail closed)
        if not (towns or residence or placed):  # the caller's by "у вас" alone: a name, not "на улице плохая связь"
            names = [name for name in names if after >= len(tokens) or name is not tokens[after] or names_a_street(
                name.text, STREET_AFTER_TOWARDS, next_word=tokens[after + 1].text if after + 1 < len(tokens) else None)]
        # "Вы с улицы Тверская?": the caller placed on the street (`_caller_placed`) as "вы живёте" does (bb22, f03)
        if not names or not (towns or residence or yours or whose or placed):
            continue
        if all(said.said_word(name.text.lower()) or shown(name.text) for name in names):
            continue
        starts = [token.start, names[0].start] + [town for town in towns if town < token.start]
        if any(start <= at < end for start, end in places for at in starts):
            continue  # "Наш офис продаж переехал: г. Казань, ул. Пушкина": the office's address
        found.append((min(token.start, names[0].start), max(token.end, names[-1].end)))
    if residence or sent or placed:
        found += [span for span in _streets_without_their_word(tokens, said, shown, names_only=not (residence or placed),
                                                               from_too=placed)
                  if not any(start <= span[0] < end for start, end in places)
                  and not any(start <= span[0] < end for start, end in found)]
    if yours and any(token.info.lemmas & _PLACE_CUES for token in utterance.tokens):
        found += [span for span in _places_named(utterance, said, shown)
                  if not any(start <= span[0] < end for start, end in places)
                  and not any(start <= span[0] < end for start, end in found)]
    return found


def _places_named(utterance: Utterance, said: Said, shown: Callable[[str], bool]) -> list[tuple[int, int]]:
    """A place's name (the dictionary's Geox, capitalised inside the line) in a line naming the caller's card or
    papers: "у вас в карточке Остоженка, верно?" — a street or a town of the caller's address, told whatever its
    value, unless the caller said it or the view shows it (the region of the number is on the screen)."""
    text = utterance.text
    found = []
    for k, token in enumerate(utterance.tokens):
        word = text[token.start:token.end]
        if k and utterance.tokens[k - 1].info.lemmas & {"регион", "область", "край"}:
            continue  # the number's region ("регион Москва"), which the screen shows
        if token.start == 0 or not word[:1].isupper() or word.isupper() or len(word) < 3:
            continue
        best = [p for p in parses(word) if p.is_known][:1]
        if not best or "Geox" not in best[0].tag:
            continue
        if said.said_word(word.lower()) or shown(word):
            continue
        found.append((token.start, token.end))
    return found


def _a_dwelling_of_the_callers(utterance: Utterance) -> bool:
    """The line names the caller's dwelling — a house word of the address kind (address.HOUSE_WORDS: "дом",
    "квартира", "подъезд") with the caller's possessive or "у вас": "Ваш дом на Тверской?", "Дом ваш на Тверской
    стоит?", "квартира у вас на Лавочкина?" say where the caller lives as "вы живёте на …" does (red team bb23, f03)."""
    tokens = utterance.tokens
    forms = [token.form.lower() for token in tokens]
    possessives = [k for k, form in enumerate(forms) if form.startswith(("ваш", "сво"))]
    yours = [k + 1 for k in range(len(forms) - 1) if forms[k:k + 2] == ["у", "вас"]]
    # the possessive beside the noun it is said of ("ваш дом", "дом ваш"; not "на вашем тарифе … как дома")
    return any(token.info.lemmas & HOUSE_WORDS and "NOUN" in token.info.top_grammemes
               and (any(abs(p - k) == 1 for p in possessives) or any(abs(y - k) <= 2 for y in yours))
               for k, token in enumerate(tokens))


# The numbered parts of an address whose number locates the caller's dwelling (red team bb26, f02)
_NUMBERED_PARTS = frozenset({"дом", "квартира", "корпус", "строение"})
# what may stand between such a part and its number: whose it is, the number's own word ("квартира у вас номер 42")
_BETWEEN_PART_AND_NUMBER = frozenset({"у", "вас", "ваш", "ваша", "ваше", "вашей", "вашем", "номер", "под", "же", "ведь",
                                      "это", "—", "-", "–"})
_ONE = frozenset({"один", "одна", "одну", "одном", "одной"})  # "у вас одна квартира": a count, no number of it


def dwellings_told(utterance: Utterance, said: Said) -> list[tuple[int, int]]:
    """A house's or a flat's number told as the caller's (red team bb26, f02: "Дом семнадцать?", "Ваш дом —
    семнадцатый.", "Вы в сорок второй квартире?"): an address part's noun (дом, квартира, корпус, строение) with a
    number of its own beside it — a cardinal or an ordinal, in words or digits, "у вас" or "номер" between — in a line
    that says the dwelling is the caller's (their possessive or "у вас", "вы", a verb of residence) or that is only
    the part and its number. Card-blind: any number so told is told (no oracle). Not a count ("в доме пять этажей",
    "две квартиры"), not the company's place, not a number the caller said."""
    tokens = utterance.tokens
    if not any(token.info.lemmas & _NUMBERED_PARTS for token in tokens):
        return []
    places = company_place_spans(utterance)
    lemmas = utterance.lemma_set
    callers = _a_dwelling_of_the_callers(utterance) or "вы" in {token.form.lower() for token in tokens} \
        or bool(lemmas & _RESIDENCE)
    found = []
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _NUMBERED_PARTS or "NOUN" not in token.info.top_grammemes:
            continue
        number = _number_beside(utterance, k)
        if number is None:
            continue
        first, last = min(k, number[0]), max(k, number[1])
        # only the part and its number (and the words between them): a value said alone ("Дом семнадцать?")
        alone = first == 0 and last == len(tokens) - 1
        if not (callers or alone):
            continue
        start, end = tokens[first].start, tokens[last].end
        if any(s <= start < e for s, e in places):
            continue
        digits = utterance.digits_in(tokens[number[0]].start, tokens[number[1]].end)
        if said.said_number(digits) if digits else all(said.said_word(tokens[m].form.lower())
                                                       for m in range(number[0], number[1] + 1)):
            continue
        if digits and _the_callers_numbers_in_order(utterance, said, tokens[number[0]].start):
            continue  # "дом 9, квартира 31" after the caller's "Садовая девять тридцать один": theirs, read back
        found.append((start, end))
    return found


def _the_callers_numbers_in_order(utterance: Utterance, said: Said, at: int) -> bool:
    """The number at `at` and its neighbours in the line, two numbers or more joined in order, are (in) one number the
    caller said ("девять тридцать один" heard as 931): a house and a flat the caller said as one run."""
    groups = utterance.digit_groups
    here = next((i for i, group in enumerate(groups) if group.start <= at < group.end or at <= group.start), None)
    if here is None:
        return False
    return any(len(joined) >= 3 and said.said_digits(joined)
               for first in range(max(0, here - 2), here + 1) for last in range(max(here, first + 1), len(groups))
               for joined in ["".join(group.digits for group in groups[first:last + 1])])


def _number_beside(utterance: Utterance, k: int) -> tuple[int, int] | None:
    """(first, last) tokens of the number the part at `k` names, or None: the first word past the words that may stand
    between, on either side, a number's (a digit group's, the whole group) or an ordinal's — after the part a number
    not followed by a noun it counts, before it an ordinal or a number before the part in the singular."""
    tokens = utterance.tokens
    part = tokens[k]
    for step in (1, -1):
        m = k + step
        while 0 <= m < len(tokens) and tokens[m].form.lower() in _BETWEEN_PART_AND_NUMBER:
            m += step
        if not 0 <= m < len(tokens):
            continue
        word = tokens[m]
        group = next((g for g in utterance.digit_groups if g.start <= word.start < g.end or word.start <= g.start < word.end),
                     None)
        ordinal = "Anum" in word.info.top_grammemes
        if group is None and not ordinal:
            continue
        if word.form.lower() in _ONE:
            continue
        span = utterance.token_range(group.start, group.end) if group is not None else (m, m)
        if span is None:
            continue
        if step == 1:  # "дом семнадцать", "квартира сорок второй": not "в доме пять этажей"
            after = span[1] + 1
            if after < len(tokens) and "NOUN" in tokens[after].info.top_grammemes:
                continue
        elif not (ordinal or word.is_digit and not part.info.top_grammemes & {"gent", "plur"}):
            continue  # before the part an ordinal ("сорок второй квартире", "в 42 квартире"); "две квартиры" counts
        if group is not None and len(group.digits) > 4:
            continue  # a house's or a flat's number is short: a longer one is another value's (the number readings')
        return span
    return None


def _caller_placed(utterance: Utterance) -> bool:
    """The caller the line's subject and no verb in it: "Вы с Тверской?", "Вы же на Тверской?" say where the caller is
    from or lives as "вы живёте на Тверской" does (red team bb21, f02); "вы на связи?", "вы с какой целью?" name no
    street (`names_a_street`, and after "с" a street's adjective only)."""
    return any(token.form.lower() == "вы" for token in utterance.tokens) \
        and not any(token.info.top_grammemes & _VERBS and not token.info.lemmas & _CALLING for token in utterance.tokens)


_VERBS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


# where the caller calls from places them as «вы с …» does: «Вы с Тверской улицы звоните?» (red team bb30, f07) — a
# street the operator has from nowhere but the card, proposed to the caller
_CALLING = frozenset({"звонить", "позвонить", "дозвониться", "дозваниваться"})
_FROM = frozenset({"с", "со", "из"})
_NOT_A_STREETS_ADJECTIVE = frozenset({"Apro", "Anum", "Qual"})


def _a_streets_adjective_in_the_genitive(word: str) -> bool:
    """"с Тверской": a feminine adjective in the genitive, no pronoun's, ordinal's or quality's ("с какой", "с новой")."""
    return any(p.tag.POS == "ADJF" and {"femn", "gent", "sing"} <= p.tag.grammemes
               and not p.tag.grammemes & _NOT_A_STREETS_ADJECTIVE for p in parses(word))


def _streets_without_their_word(tokens: list, said: Said, shown: Callable[[str], bool],
                                names_only: bool = False, from_too: bool = False) -> list[tuple[int, int]]:
    """A street's name right after "на" / "по" in a line about where the caller lives, with no street word: "вы живёте
    на Лавочкина", "доставка на Профсоюзную". Judged by its shape, never by the card (red team bb3, 07: a card-matched
    street blocking and another allowed was an oracle on the hidden one): a name (a place, a surname, a first name:
    streets are named after people) or an adjective standing for its noun ("на Тверской", not "на пятом этаже")."""
    found = []
    for i in range(len(tokens) - 1):
        preposition = tokens[i].text.lower()
        if tokens[i].kind not in ("word", "city") or not (preposition in _TOWARDS or from_too and preposition in _FROM):
            continue
        name = tokens[i + 1]
        # the address lexer keeps a full stop on a word (an abbreviation's: "ул."); at a sentence's end it is the
        # sentence's: "Вы прописаны на Тверской." names "Тверской" (red team bb18, f03)
        word = name.text.rstrip(".")
        if name.kind != "word" or len(word) < 3 or word.lower().startswith("ваш"):
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) and word == name.text else None
        if not names_a_street(word, STREET_AFTER_TOWARDS,
                              next_word=after.text.rstrip(".,") if after is not None else None):
            continue
        if preposition in _FROM and not _a_streets_adjective_in_the_genitive(word):
            continue  # "вы с Ольгой?", "вы из Москвы?" (a town is the town rules')
        if names_only and not (word[:1].isupper() or any("Geox" in p.tag for p in parses(word)[:1])):
            continue  # where the post is sent: a place's name ("на Остоженку"), not "на неё", "на любой"
        if said.said_word(word.lower()) or shown(word):
            continue
        found.append((name.start, name.start + len(word)))
    return found


_TOWARDS = frozenset({"на", "по"})


# --- a street or a house described instead of named, while the caller's question for the address stands -----------
# (red team bb15, 17: "на какой адрес приходят счета" / "улица, где много садов" / "а дом — как возраст совершеннолетия
# минус один"): the part of the address named by its word, and in its stretch what it is like, where it is or a sum to
# work it out — the address told as a riddle, whatever its answer (card-blind).
_PART_LEMMAS = frozenset({"улица", "проспект", "переулок", "бульвар", "площадь", "проезд", "шоссе", "набережная",
                          "дом", "квартира", "корпус", "строение", "подъезд"})
_DESCRIBED = frozenset({"где", "который", "как", "вроде", "типа", "похожий", "похоже", "созвучный", "минус", "плюс",
                        "половина", "умножить", "разделить", "вдвое", "столько", "сколько", "название", "называться"})
_REFUSED = frozenset({"не", "нельзя", "право"})


def describes_an_address_part(utterance: Utterance) -> tuple[int, int] | None:
    """(first, last) tokens of an address part's word ("улица", "дом", "квартира") and the description in its stretch
    (a relative "где"/"который", a likeness, a sum), not refused, not asked; None else."""
    from guard.disclosure.text import stretch_of

    tokens = utterance.tokens
    if utterance.text.rstrip().endswith("?"):
        return None
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _PART_LEMMAS or "NOUN" not in token.info.top_grammemes:
            continue
        first, last = stretch_of(utterance, k)
        if any(tokens[m].info.lemmas & _REFUSED for m in range(first, last + 1)):
            continue
        described = [m for m in range(k + 1, min(len(tokens), k + 5)) if tokens[m].info.lemmas & _DESCRIBED]
        if described:
            return k, described[0]
    return None


__all__ = ["describes_an_address_part", "dwellings_told", "streets_told"]


# A town told by a word made from its name (red team bb27, f03): the caller's demonym predicated of "вы" ("Вы
# химчанин?", "вы же москвичка?", "вы туляк?" are not read: the suffixes below are the ones no other noun ends in
# often), and a town's adjective said of the caller's address ("Адрес у вас химкинский?", "регистрация у вас
# тульская?"): a relative adjective (no quality, pronoun or ordinal reading), not an address's kind (юридический …).
_DEMONYM_ENDINGS = ("чанин", "чанка", "чане", "янин", "янка", "яне", "москвич", "москвичка", "питерец", "питерка")
_NOT_A_DEMONYM = frozenset({"гражданин", "гражданка", "граждане", "горожанин", "горожанка", "горожане", "христианин",
                            "христианка", "дворянин", "дворянка", "крестьянин", "крестьянка", "славянин", "славянка"})
# the caller's address itself, not a region the line may name of anything ("звонки по Новосибирской области": п. 9)
_ADDRESS_NOUNS = frozenset({"адрес", "прописка", "регистрация"})
_ADDRESS_KINDS = frozenset({"юридический", "фактический", "почтовый", "домашний", "электронный", "прежний", "старый",
                            "новый", "основной", "другой", "этот", "такой", "какой", "который", "свой", "ваш", "наш"})
_TO_THE_CALLER = frozenset({"вы", "вас", "вам", "ваш", "ваша", "ваше", "вашей", "вашем", "вашего"})


def towns_by_their_words(utterance: Utterance, said: Said) -> list[tuple[int, int]]:
    """Where the line tells the caller's town by a word made from its name (see above), card-blind: any town so
    told is told; not a word the caller said."""
    tokens = utterance.tokens
    forms = [token.form.lower() for token in tokens]
    if not _TO_THE_CALLER & set(forms):
        return []
    found = []
    for k, token in enumerate(tokens):
        form = forms[k]
        if said.said_word(form):
            continue
        if form.endswith(_DEMONYM_ENDINGS) and form not in _NOT_A_DEMONYM and "вы" in forms \
                and len(tokens) <= 6:
            found.append((token.start, token.end))
            continue
        best = parses(token.form)[:1]
        if not best or best[0].tag.POS != "ADJF" or best[0].tag.grammemes & {"Qual", "Apro", "Anum"} \
                or best[0].normal_form in _ADDRESS_KINDS or not best[0].normal_form.endswith(("ский", "цкий", "вный")):
            continue
        near = tokens[max(0, k - 3):k + 3]
        if any(other.info.lemmas & _ADDRESS_NOUNS for other in near if other is not token):
            found.append((token.start, token.end))
    places = company_place_spans(utterance)
    return [span for span in found if not any(s <= span[0] < e for s, e in places)]


# Where the caller lives or is from, proposed with the town only (issue 12, stop 53: «Вы из Химок?», «Живёте вы, я
# вижу, в Химках»). Read by the clause, whatever its word order or a remark of the operator's inside it: a town (a
# geographical name after «в», «во», «из», «под», or after a settlement's word that follows one) in a stretch whose
# subject is the caller — «вы», or a verb in the second person — and whose predicate places the caller's home: a verb
# of residence or registration, or none at all with «из» (Russian states where someone is from with no copula). «Вы
# в Исландии?», «вы звоните из Сочи» say where the caller is now (roaming, the network), not where they live.
_RESIDING = RESIDING_VERBS | {"родом", "род"}
_INTO = frozenset({"в", "во", "из", "под"})
_SETTLEMENT_WORDS = frozenset({"город", "г", "посёлок", "поселок", "пгт", "село", "деревня", "станица"})
_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "PRTF"})


def _town_after(tokens, k: int) -> str | None:
    """The preposition that places the geographical name at k ("из Химок", "в городе Химки"), or None."""
    before = k - 1
    if before >= 0 and tokens[before].form.lower().strip(".") in _SETTLEMENT_WORDS:
        before -= 1
    if before >= 0 and tokens[before].form.lower() in _INTO:
        return tokens[before].form.lower()
    return None


def towns_placed_for_the_caller(utterance: Utterance, said: Said) -> list[tuple[int, int]]:
    """Where the line proposes or tells the caller's home town (see above), card-blind: any town so told is told; not a
    town the caller said, not the company's place."""
    from guard.disclosure.text import stretch_of

    tokens = utterance.tokens
    if not any("Geox" in token.info.grammemes for token in tokens):
        return []
    found = []
    for k, token in enumerate(tokens):
        if "Geox" not in token.info.grammemes or said.said_word(token.form.lower()):
            continue
        preposition = _town_after(tokens, k)
        if preposition is None:
            continue
        first, last = stretch_of(utterance, k)
        stretch = tokens[first:last + 1]
        forms = {t.form.lower() for t in stretch}
        # the operator's own remark inside the clause («я вижу», «как я понимаю») predicates nothing of the caller
        predicates = [t for t in stretch if t.info.top_grammemes & _PREDICATES and "1per" not in t.info.top_grammemes]
        residing = [t for t in stretch if t.info.lemmas & _RESIDING]
        callers = "вы" in forms or any("2per" in t.info.top_grammemes for t in residing)
        if not callers:
            continue
        if residing or (preposition == "из" and not predicates):
            found.append((token.start, token.end))
    places = company_place_spans(utterance)
    return [span for span in found if not any(s <= span[0] < e for s, e in places)]
