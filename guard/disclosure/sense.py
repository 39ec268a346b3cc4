"""What the words of a rule mean here: a read-back of the caller's own data, or a word in another sense.

A read-back — "вы продиктовали почту ...", "вы назвали последние цифры 5566", "повторю, что вы
продиктовали: ..." — says back what the caller has just said; the instruction forbids telling data the
caller did not give (Инструкция запретов, пп. 1–6: "подтвердить, если Клиент назовет сам"), not
confirming it. Without the call's memory the checker cannot compare values, so the operator's own cue
decides, and only for the personal-data rules.

The operator's own name and operator number ("оператор Сергей, номер 3078", "меня зовут Ольга, мой
номер 1245") are what п. 18 asks them to give: the model, which has seen many names and numbers in
disclosures, is not asked about such a line unless it refuses ("номер называть не буду").

A wording rule of п. 7 or п. 15 fires on a word ("авария", "задержка", "девушка"); whether the word is
meant that way is read from the words it governs or is governed by — the relations a syntax parser gives,
taken from the neighbours because natasha's whole pipeline cost 200+ ms a line here, far over the 5 ms budget:
"попали в аварию", "задержка рейса", "вы задерживаетесь с оплатой", "девушка в салоне должна была" (a
third person, not an address). Where a п. 7 word hit, whether it is said of the customer's own device is read from
the real parse instead (guard.disclosure.about: slovnet's Syntax is 1-2 ms a sentence, run for those lines only).
What these cues miss is left to the trained model (guard.disclosure.classifier): when it reads the line as clean,
those rules stay silent.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from guard.disclosure.about import (CUSTOMERS_EQUIPMENT, about_customers_own, attribute_of_a_thing, said_of_another_thing,
                                    subject_does)
from guard.disclosure.frames import CALL_VERBS, NUMBER_ACTS, RECORDS, is_own_identity, not_the_owner
from guard.disclosure.text import CONTRAST_WORDS, Utterance, stretch_of, stretch_starts, word_info
from guard.morph import CASES, GENDERS, NAME_GRAMMEMES, NUMBERS, parses
from guard.recognizers.lexicon import (CLOSED_LEMMAS, KIN_NOUNS, MONTH_ADJECTIVES, OWNER_NOUNS, REMARK_WORDS,
                                       RESIDING_VERBS, SEX_ADJECTIVES, SEX_NOUNS, TELLING_VERBS)

# Personal data the caller can have said first (Инструкция запретов, пп. 1–6, 8).
READ_BACK_RULES = frozenset({"owner-name", "passport", "address", "contact-info", "subscriber-number",
                             "other-personal-data", "numbers-on-contract"})
# Rules that fire on one word with other everyday senses (п. 7: авария, задержка; п. 15: девушка).
OTHER_SENSE_RULES = frozenset({"service-failure-words", "delay-verb", "problem-word", "form-of-address",
                               "network-trouble-named", "maintenance-words"})
# п. 7's failure words ("сбой", "авария", "задержка", "проблема"): said of the carrier's side by the syntax, they are
# the forbidden sense the instruction names, which no learned guess reads away (about.said_of_carriers_side)
FAILURE_WORD_RULES = frozenset({"service-failure-words", "delay-verb", "problem-word"})
# п. 16's "Я не могу..": a refusal to tell is the instruction's own script (refuses_to_tell)
CANNOT_RULES = frozenset({"i-cannot"})
# п. 20 of the etiquette rules: the operator's irritated "Повторяю ещё раз"; "повторите, пожалуйста, ещё раз" asks
# the caller to say it again (asks_caller_to_repeat)
REPEAT_RULES = frozenset({"i-repeat"})
# Rules that blame the caller (п. 16 "Это ваша вина", «Вы ошибаетесь»): the blame word negated clears them.
BLAME_RULES = frozenset({"your-fault", "you-are-wrong"})
# п. 14's internal term "контроль" (a number's or a payment's status: "номер стоит на контроле"), which the operator's
# own taking a matter in hand is not ("держу вашу жалобу на контроле лично": held_in_hand)
CONTROL_RULES = frozenset({"internal-terms"})
# п. 14's internal terms and п. 11's units are what is not said TO the customer: a note about the customer written for
# colleagues (the CRM comment, a_note_about_the_customer) says them to no customer (stop 41)
NOTE_RULES = frozenset({"internal-terms", "internal-service-named"})

_YOU = frozenset({"вы"})
_SAID = frozenset({"назвать", "продиктовать", "сказать", "указать", "сообщить", "говорить", "упомянуть",
                   "диктовать", "называть", "озвучить", "написать",
                   # the caller naming themselves (stop 46): "вы представились как …, да?"
                   "представиться", "представляться", "назваться"})
# a contact the caller left for a call back (stop 54, narrowed by review54 finding 2): "вы оставили для связи 8 9…", "вы
# оставили контактный …" — only so (_left_for_contact); "вы оставили нам паспорт …" is no dictation
_LEFT = frozenset({"оставить", "оставлять"})
_FOR_CONTACT = frozenset({"связи", "обратного", "обратной"})
_NOT_A_CONTACT = frozenset({"паспорт", "серия", "снилс", "инн", "договор", "адрес", "карта", "счёт", "счет", "документ",
                            "копия", "полис", "свидетельство", "удостоверение", "владелец"})


def _left_for_contact(tokens: list, j: int) -> bool:
    """"оставили" at j with "для связи"/"для обратного звонка" or "контактный" right after it, in a line naming no
    document or owner: a contact the caller left, said back (review54 finding 2)."""
    if not tokens[j].info.lemmas & _LEFT or j + 1 >= len(tokens):
        return False
    if any(t.info.lemmas & _NOT_A_CONTACT for t in tokens):
        return False
    nxt = tokens[j + 1]
    return (nxt.form.lower() == "для" and j + 2 < len(tokens) and tokens[j + 2].form.lower() in _FOR_CONTACT) \
        or "контактный" in nxt.info.lemmas
# written channels (stop 42): "вы писали, что …" — the caller's typed words; in the past only: "вы пишете отказ" is
# what the caller is to write (an instruction), "не вы одна пишете" others writing
_SAID_IN_THE_PAST = frozenset({"писать"})
# ...and in the present with what was written reported in a clause right after ("вы пишете, что у вас «авария на
# линии»": stop 52): the caller's message told, not a text to write (the instruction has its object: "пишете отказ")
_REPORTED = frozenset({"что"})
_I_NOTED = frozenset({"записать", "записывать", "повторить", "повторять", "зафиксировать", "фиксировать"})
# "вы спрашиваете, есть ли вышка на вашем доме": the caller's question said back (their words, not the operator's);
# "вы прочитали номер из чека: …", "вы ввели почту …": what the caller gave, said back
_ASKED_ABOUT = frozenset({"спрашивать", "спросить"})
# Written channels (chat, messengers, e-mail, stop 40): "ИНН, который вы прислали", "вы присылали фото паспорта" —
# what the caller sent the operator, said back (not "отправить", "скинуть": money or a message sent elsewhere)
_ASKED = frozenset({"спрашивать", "спросить", "прочитать", "прочесть", "зачитать", "ввести", "вводить", "прислать",
                    "присылать", "читать", "зачитывать",  # "вы читаете ICCID с пластика: …" (stop 46)
                    # typed in a chat (a text-relay line, stop 49): "проверяю, что вы напечатали: …" — not "набрать",
                    # whose first sense is dialling ("по детализации вы набирали 8 913 …" tells the detail)
                    "напечатать", "печатать"})
# "уточню: адрес подключения — …, верно?", "проверю, правильно ли записала вашу почту: …": the operator checks back
# the imperfective present too: "уточняю: почта …, правильно?", "сверяю: паспорт …, всё верно?" (stop 49)
_CHECK_BACK = frozenset({"уточнить", "проверить", "сверить", "уточнять", "проверять", "сверять"})
# "ваш ИНН из сообщения получила", "получил от вас фото паспорта: …": the operator received it from the caller — what
# the caller sent, said back; the source named (the caller, or their message), not "получила из базы"
_RECEIVED = frozenset({"получить", "принять"})
_MESSAGE = frozenset({"сообщение", "письмо", "чат", "переписка", "смс", "sms", "эсэмэс", "фото", "фотография",
                      "скан", "снимок"})
_ABOUT_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})
# "сверю сама", "сам прочитаю": the speaker's emphatic self — the operator is the source of what is read out
_SELF = frozenset({"сам"})
_I = frozenset({"я"})
_WINDOW = 3
# "Повторю: почта petrov@yandex.ru, правильно?": said back for the caller to confirm
_REPEAT = frozenset({"повторить", "повторять"})
_CONFIRM = frozenset({"верно", "правильно", "верный", "правильный"})
# understood or heard right ("я правильно поняла", "я верно расслышала: кодовое слово «Ромашка»?"): the caller's words
_UNDERSTAND = frozenset({"понять", "понимать", "услышать", "расслышать", "слышать"})
# where the caller is now ("вы находитесь в доме 5 …?"), beside where they live: a place proposed, no request restated
_WHEREABOUTS = frozenset({"находиться", "пребывать"})
_PLACING_THE_CALLER = RESIDING_VERBS | _WHEREABOUTS


_INTRODUCE = frozenset({"оператор", "звать"})      # "оператор Анна", "меня зовут Анна"
_OWN_NUMBER = frozenset({"мой", "табельный", "личный"})  # "мой номер 3078", "табельный номер"
_REFUSAL = frozenset({"не", "нельзя", "только", "отказаться", "запрещать", "положить"})


# Verbs of telling (lexicon.TELLING_VERBS): under negation ("не могу назвать", "сообщить их не можем", "в чате не
# диктуем") or limited ("сообщаются только после идентификации") they refuse or explain a restriction — the
# instruction's own script. Not "говорить": «говорят, что …» is hearsay, no refusal of a value (a clearing reading
# stays the narrower).
_TELL = TELLING_VERBS - {"говорить"}
_NOT = frozenset({"не", "нельзя"})


def _is_telling(token) -> bool:
    """A verb of telling (_TELL), or its reflexive passive, which pymorphy lemmatizes apart: "не разглашаются",
    "не озвучиваются", "не раскрываются" refuse as "не разглашаем" does."""
    lemmas = token.info.lemmas
    return bool(lemmas & _TELL) or any(lemma.endswith("ся") and lemma[:-2] in _TELL for lemma in lemmas)


_ONLY = frozenset({"только", "лишь"})
_REFUSAL_SCOPE = 3


def refuses_own_identity(utterance: Utterance) -> bool:
    """The line speaks of the operator's own name or operator number ("свой номер называть не буду", "номер
    оператора не сообщаем"): п. 18 requires giving them, so a refusal of them is itself the violation, never the
    script. What counts as the operator's own identity is the п. 18 frame's (guard/disclosure/frames.py)."""
    return any(is_own_identity(utterance, i) for i in range(len(utterance.tokens)))


def is_refusal(utterance: Utterance) -> bool:
    """The line refuses to tell, or says when telling is allowed: a verb of telling with "не" or "нельзя" within
    three words of it in its clause ("не могу вам назвать", "сообщить их не можем", "назвать нельзя"), or with
    "только" after it ("сообщаются только после идентификации", "выдаём только в офисе"); a warning not to tell
    ("никому не называйте код") is one too. Whether it is a
    refusal, not what else the line says: the checker reads it only where no value is said (see its use), and a
    rule's exception does not reach across "но" from it ("не могу назвать полный номер, но последние цифры 4455")."""
    return _first_refusal(utterance) is not None or denies_holding(utterance)


# "сведений о владельце у нас нет", "данные по договору не сохранились": no data held, so none told — with the reason
# (a law, the 5-year limit of the terminated contract) or whose data it is (the owner, the subscriber)
_DATA = frozenset({"сведение", "данные", "информация", "запись"})
_ABSENT = frozenset({"нет", "отсутствовать", "сохраниться", "храниться", "остаться"})
_WHOSE_DATA = frozenset({"владелец", "абонент", "клиент", "договор", "хозяин"})


def denies_holding(utterance: Utterance) -> bool:
    """The line says the company holds no data ("сведений о владельце у нас нет", "данные не сохранились") of the
    owner, subscriber or contract, or with a reason (закон, 152-ФЗ): a refusal that tells nothing, as "не могу
    назвать" is (is_refusal). A data noun and "нет" (or a negated "сохранились", "хранятся") in one clause."""
    tokens = utterance.tokens
    if not utterance.lemma_set & (_WHOSE_DATA | _BECAUSE) and not any(t.form.endswith("фз") for t in tokens):
        return False
    for i, token in enumerate(tokens):
        if not token.info.lemmas & _DATA:
            continue
        lo, hi = max(0, i - 8), min(len(tokens), i + 9)
        for j in range(lo, hi):
            if j == i or not tokens[j].info.lemmas & _ABSENT:
                continue
            if any(tokens[k].after_break for k in range(min(i, j) + 1, max(i, j) + 1)):
                continue  # another clause
            if tokens[j].form == "нет" or tokens[j - 1].form == "не":
                return True
    return False


_CONTROL = frozenset({"контроль"})
_HOLD = frozenset({"держать", "брать", "взять", "удерживать"})


# (not "абонентка": the monthly fee in speech)
_THE_CUSTOMER = frozenset({"клиент", "клиентка", "абонент", "звонящий", "звонящая"})
_TO_THE_CUSTOMER = frozenset({"вы", "ваш", "ты", "твой", "тебе", "вам", "вас"})


def a_note_about_the_customer(utterance: Utterance) -> bool:
    """The line is a note about the customer, not speech to them (the CRM comment's speech act): the customer named in
    the third person ("Кл. недоволен …", "клиент просит …", "абоненту отправлено …") and nothing in the line addresses
    anyone — no "вы"/"ваш", no verb in the second person or the imperative, no question. A term said in it is said to
    colleagues (п. 14, п. 11 are about what the customer hears); a value in it is still read by its own rules."""
    tokens = utterance.tokens
    # one customer, the note's subject: a singular noun ("клиент ждал", "абоненту отправлено") or the note's own
    # abbreviation ("Кл.", "Аб."); not a unit's name ("группа сохранения клиентов": said to the customer too)
    if not any(t.info.lemmas & _THE_CUSTOMER and "sing" in t.info.top_grammemes or t.form.lower() in _NOTE_ABBREVIATIONS
               for t in tokens):
        return False
    return _addresses_nobody(utterance)


_NOTE_ABBREVIATIONS = frozenset({"кл", "аб", "кл-т"})


def _addresses_nobody(utterance: Utterance) -> bool:
    """Nothing in the line addresses anyone: no "вы"/"ваш", no verb in the second person or the imperative, no
    question."""
    if "?" in utterance.text:
        return False
    return not any(t.info.lemmas & _TO_THE_CUSTOMER or t.form.lower() in _TO_THE_CUSTOMER
                   or t.info.top_grammemes & {"2per", "impr"} for t in utterance.tokens)


_NOTE_FILLERS = 3  # words the line model leaves out as discourse fillers (text.Utterance.content_tokens): "ну типа
# как бы хочет короче" — the item's "слова-паразиты" written into a note


def remarks_in_a_note(utterance: Utterance) -> tuple[int, int] | None:
    """(first, last) token indexes of п. 20's remark when the line is itself a note about a customer (issue 12, stop 45):
    it addresses nobody (no "вы", no imperative, no question) and speaks of one customer in the third person — by the
    note's noun or abbreviation ("Кл.", "клиент", "кл-т", a_note_about_the_customer) or by a judging noun as its
    subject ("звонила та же истеричка") — and it judges them (a word of REMARK_WORDS: "неадекват", "врёт") or is
    written with the fillers the item names ("слова-паразиты": _NOTE_FILLERS or more). A note naming a word of
    the rule beside "комментарий" or "напишу" is the rule's own phrase; speech to the customer is never a note."""
    tokens = utterance.tokens
    if not tokens or not _addresses_nobody(utterance):
        return None
    judging = [i for i, t in enumerate(tokens) if t.info.lemmas & REMARK_WORDS]
    judged_person = any("NOUN" in tokens[i].info.top_grammemes and "nomn" in tokens[i].info.top_grammemes
                        for i in judging)
    if not (a_note_about_the_customer(utterance) or judged_person):
        return None
    if judging:
        return judging[0], judging[-1]
    if len(tokens) - len(utterance.content_tokens) >= _NOTE_FILLERS:
        return 0, len(tokens) - 1
    return None


def held_in_hand(utterance: Utterance, start: int, end: int) -> bool:
    """The hit at [start, end) is "контроль" that the operator personally holds or takes a matter into ("вашу жалобу я
    держу на контроле лично", "беру ваш вопрос на контроль"): its piece of the line (between punctuation marks) has a
    verb of holding or taking in the first person singular — the operator's own commitment, an everyday idiom, not п.
    14's status of a number or a payment ("номер стоит на контроле", "его держат на контроле": a third person's act,
    the status). Stop 39, m38."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    if not any(t.info.lemmas & _CONTROL for t in tokens[first:last + 1]):
        return False
    lo, _ = _piece_of(tokens, first)
    _, hi = _piece_of(tokens, last)
    # the verb governs the words: at most an object between ("держу вашу жалобу на контроле"), or right after them
    # ("на контроль беру"), in the same piece — not any verb of the line ("номер стоит на контроле, я держу …")
    near = tokens[max(lo, first - 3):first] + tokens[last + 1:min(hi, last + 1) + 1]
    return any(t.info.lemmas & _HOLD and {"1per", "sing"} <= t.info.top_grammemes for t in near)


# п. 14's «сторнирование» as an accounting act of the caller's own books (stop 56, disc_aw56: «Сторнировать проводку в
# 1С ваш бухгалтер может сама»): the verb's doer is the caller or the caller's own person — not the carrier's term
_STORNO = frozenset({"сторнировать", "сторнироваться", "сторнирование", "сторно"})
_FIRST_PERSON_WORDS = frozenset({"я", "мы", "наш", "мой"})
_MODALS = frozenset({"мочь", "смочь", "уметь"})
# the caller's own accountant — never an open "ваш" + animate noun: «ваш менеджер», «ваш куратор» are the carrier's staff
# (review 56, finding 3)
_CALLERS_BOOKKEEPERS = frozenset({"бухгалтер", "главбух", "бухгалтерша"})


def done_in_the_callers_books(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 14 hit at [start, end) is a storno that the caller's side does: in its stretch (up to a contrast or the
    sentence's end) the storno is a verb, not in the 3rd person plural, the only verb there besides a modal governing it,
    and its doer is "вы" or the caller's accountant (бухгалтер, главбух) in the nominative with "ваш"/"свой" right before it ("ваш
    бухгалтер может сторнировать проводку", "сторнируйте у себя — вы сами можете"), and nothing of the speaker's side
    stands there (я, мы, наш, a verb in the 1st person: "мы сторнируем ваш платёж"). A thing of the caller's as the
    subject ("ваш платёж сторнирован": the carrier's act in the passive) is no doer: the rule's (fail closed)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    # the act is the verb ("сторнировать", "сторнируйте", "сторнирует"), not the noun another's storno is named by ("ваш
    # бухгалтер увидит сторно начисления": the carrier's act, told by its term)
    from guard.disclosure.about import CARRIERS_SIDE

    verbs = [t for t in tokens[first:last + 1] if t.info.lemmas & _STORNO and t.info.top_grammemes & {"INFN", "VERB"}]
    if len(verbs) != 1 or "past" in verbs[0].info.top_grammemes:
        return False  # "вам сторнировали": a past act's doer is not read (the carrier's, as likely as the caller's)
    verb = verbs[0].info.top_grammemes
    lo, hi = stretch_of(utterance, first)
    stretch = tokens[lo:hi + 1]
    if any(t.info.lemmas & (_FIRST_PERSON_WORDS | CARRIERS_SIDE) or "1per" in t.info.top_grammemes for t in stretch):
        return False  # "мы сторнируем", "сторнировать придётся отделу": the carrier's side named
    # no other verb in the stretch: the storno verb is the modal's own infinitive, not one a request governs («вы можете
    # попросить сторнировать», «попросите менеджера сторнировать»: the carrier's act asked for — review 56, finding 3)
    if any(t.info.top_grammemes & {"INFN", "VERB"} and not t.info.lemmas & (_STORNO | _MODALS) for t in stretch):
        return False
    you = any(t.form.lower() == "вы" for t in stretch)
    yours = any(k > lo and tokens[k - 1].info.lemmas & {"ваш", "свой"} and not tokens[k].after_break
                and tokens[k].info.lemmas & _CALLERS_BOOKKEEPERS and "nomn" in tokens[k].info.grammemes
                for k in range(lo, hi + 1))
    if "impr" in verb:
        return True  # "сторнируйте у себя в программе": the caller told to do it
    if "2per" in verb:
        return you
    if {"3per", "sing"} <= verb:
        return yours
    if "INFN" in verb:  # the doer is the subject of a modal verb agreeing with it: "ваш бухгалтер может", "вы можете"
        modals = [t.info.top_grammemes for t in stretch if t.info.lemmas & _MODALS]
        return any("2per" in m and you or {"3per", "sing"} <= m and yours for m in modals)
    return False


# п. 16's «не знаю» in praise (stop 56, disc_at55: «не знаю места красивее, чем Кольцо-гора»): "I know no X finer"; a
# comparative of time or quantity is no praise ("не знаю сроков позже", "не знаю номеров больше")
_WHEN_OR_HOW_MUCH = frozenset({"ранний", "рано", "поздний", "поздно", "большой", "много", "маленький", "малый", "мало",
                               "долгий", "долго", "далёкий", "далекий", "далеко", "частый", "часто", "редкий", "редко"})
# only a comparative of beauty, comfort or kindness is praise: «лучше», «проще», «дешевле», «быстрее» after a noun are
# the operator's ignorance of a better answer, solution or tariff («не знаю ответа лучше» — review 56, finding 4)
_PRAISE = frozenset({"красивый", "уютный", "добрый", "живописный", "прекрасный", "чудесный", "гостеприимный",
                     "радушный", "приветливый", "душевный", "великолепный"})


def knows_none_finer(utterance: Utterance, start: int, end: int) -> bool:
    """The "не знаю" at [start, end) governs a noun with a comparative right beside it, in its own phrase ("не знаю
    места красивее", "не знаю человека добрее", "не знаю лучше места"): no X is finer — praise, not the operator's
    ignorance. The noun must be in the genitive of negation and the comparative a quality's ("не знаю сроки раньше не
    называли": an accusative, a time's comparative — ignorance). An indirect question after it ("не знаю, лучше ли",
    "не знаю, что лучше": a break, "ли", a question word) is ignorance: the rule's."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    _, last = inside
    after = tokens[last + 1:last + 3]
    if len(after) < 2 or any(t.after_break for t in after) or any(t.form.lower() == "ли" for t in tokens[last + 1:last + 5]):
        return False
    noun = [t for t in after if "NOUN" in t.info.top_grammemes and "gent" in t.info.grammemes]
    comparative = [t for t in after if {"COMP", "Qual"} <= t.info.top_grammemes and t.info.lemmas & _PRAISE
                   and not t.info.lemmas & _WHEN_OR_HOW_MUCH]
    return len(noun) == 1 and len(comparative) == 1


def goes_on_past_the_refusal(utterance: Utterance) -> bool:
    """The line's refusal to tell is followed by a contrast ("улицу не скажу, но точно там", "номер не назову, а
    вот район — …"): what comes after "но"/"а" may tell what the refusal withheld — the refusal is not the whole
    speech act of the line (stop 39, l38). A line refusing nothing, whose refusal closes it, or whose contrast offers
    the sanctioned way instead ("но можно заказать детализацию в кабинете") is not."""
    refusal = _first_refusal(utterance)
    if refusal is None:
        return False
    tokens = utterance.tokens
    for i in stretch_starts(utterance):
        if i <= refusal or tokens[i].form not in CONTRAST_WORDS:
            continue
        _, last = _piece_of(tokens, i)
        # the contrast offers the sanctioned way instead ("…не диктуем, но детализацию можно заказать в кабинете",
        # "…не назову, но могу передать вашу просьбу", "…, но обратитесь в офис"): a modal of offering or an
        # imperative or a verb addressed to the caller in its piece — the refusal script goes on, it tells nothing
        if not any(t.info.lemmas & _OFFERING or t.info.top_grammemes & {"impr", "2per"} for t in tokens[i + 1:last + 1]):
            return True
    return False


_OFFERING = frozenset({"можно", "мочь", "предложить", "предлагать", "рекомендовать", "советовать", "получиться"})


# who else a number's call, message or activity can be told of: a third person by pronoun, a relative, the number's owner
_ANOTHER_PERSON = frozenset({"он", "она", "они", "его", "её", "ее", "их"})
_ANOTHER_PERSON_LEMMAS = KIN_NOUNS | frozenset({"абонент", "абонентка", "владелец", "владелица", "хозяин", "хозяйка"})
_THAT_CLAUSE_REACH = 4  # "не могу (вам) (точно) сказать, что …": the conjunction a few words after the hit


def refusal_goes_on_to_anothers_activity(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 16 "не могу" at [start, end) is followed by a clause that states what another person's number did — its
    object clause ("…, что он звонил вчера на этот номер", a "что" a few words after the hit) or a contrast after the
    refusal (goes_on_past_the_refusal: "…, но звонки были") — by frames' 002 reading of a number's acts
    (tells_relatives_activity's NUMBER_ACTS; a call, CALL_VERBS, with a number or digits), stated (a past or a present
    third-person verb), with a third person in it (он/она/они, его/её/их, a relative, the owner): "Не могу сказать,
    что он звонил вчера на этот номер, но звонки были". The refusal tells what it refuses; the hit is not a learned
    guess's to clear (review 54, finding 1: the retrained verifier cleared it at 0.306)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    _, last = inside
    _, hi = stretch_of(utterance, last)
    pieces = []
    that = next((k for k in range(last + 1, min(hi, last + _THAT_CLAUSE_REACH) + 1) if tokens[k].form == "что"), None)
    if that is not None:
        pieces.append((that + 1, hi))
    if goes_on_past_the_refusal(utterance):
        for i in stretch_starts(utterance):
            if i > last and tokens[i].form in CONTRAST_WORDS:
                pieces.append(stretch_of(utterance, i))
    if not pieces:
        return False
    told = [t for lo, up in pieces for t in tokens[lo:up + 1]]
    lemmas = frozenset().union(*(t.info.lemmas for t in told))
    person = any(t.form.lower() in _ANOTHER_PERSON or t.info.lemmas & _ANOTHER_PERSON_LEMMAS for t in told)
    numbered = bool(lemmas & {"номер", "телефон", "симка"}) or any(t.is_digit or "NUMR" in t.info.top_grammemes
                                                                  for t in told)
    acts = bool(lemmas & NUMBER_ACTS) or bool(lemmas & CALL_VERBS and numbered)
    stated = any("past" in t.info.top_grammemes or {"3per", "pres"} <= t.info.top_grammemes for t in told)
    return person and acts and stated


def _first_refusal(utterance: Utterance) -> int | None:
    """The token index of the first refusing verb of telling (is_refusal), or None."""
    if refuses_own_identity(utterance):
        return None
    return next(iter(_refusing_verbs(utterance)), None)


def _refusing_verbs(utterance: Utterance) -> list[int]:
    """The token indexes of every refusing verb of telling (is_refusal)."""
    tokens = utterance.tokens
    found = []
    for i, token in enumerate(tokens):
        # the caller's telling ("вы не ту дату называете", "вы так и не назвали") refuses nothing of the operator's
        if not _is_telling(token) or token.info.top_grammemes & {"2per", "past"}:
            continue
        start = i
        while start > 0 and i - start < _REFUSAL_SCOPE and not tokens[start].after_break:
            start -= 1
        end = i + 1
        while end < len(tokens) and end - i <= _REFUSAL_SCOPE and not tokens[end].after_break:
            end += 1
        # after the verb, a "не" negates it only before a predicate ("назвать не могу", "сообщить не положено"): "честно
        # скажу, не очень …" negates the word after it, and the operator tells (issue 12)
        after = [t for k, t in enumerate(tokens[i + 1:end], i + 1)
                 if t.info.lemmas & _NOT and (t.form.lower() != "не" or _negates_a_predicate(tokens, k))]
        if any(t.info.lemmas & _NOT for t in tokens[start:i]) or after \
                or any(t.info.lemmas & _ONLY for t in tokens[i + 1:end]):
            found.append(i)
    return found


_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "PRED"})


def _negates_a_predicate(tokens: list, k: int) -> bool:
    """The "не" at `k` stands before a predicate ("не могу", "не положено", "не вправе") or ends its clause."""
    return k + 1 >= len(tokens) or tokens[k + 1].after_break or bool(tokens[k + 1].info.top_grammemes & _PREDICATES)


# Инструкция запретов, п. 16 forbids "Я не могу.."; the prescribed refusals say it of telling or answering, with the
# reason (003: "Я не могу предоставить ответ на ваш вопрос, так как он не относится к работе компании"; 002: "…не могу
# предоставить Вам информацию …, поскольку она относится к служебной информации"; 000: the 152-ФЗ refusal).
_ANSWER = frozenset({"ответить", "отвечать", "ответ"})
# The words that open an indirect question ("не могу сказать, сколько …", "вы спрашивали, какие номера …"): read by
# refuses_to_tell (as forms) and _question_answered (as lemmas) — one list since stop 50 (a second one for the
# question said back had replaced this one, and "не могу вам сказать, как это сделать" passed as a refusal)
_QUESTION_WORDS = frozenset({"какой", "сколько", "кто", "чей", "где", "куда", "откуда", "когда", "почему", "зачем",
                             "как", "ли", "что"})
_BECAUSE = frozenset({"поскольку", "так", "потому", "закон", "фз", "относиться", "конфиденциальный", "служебный",
                      "персональный"})


def refuses_to_tell(utterance: Utterance, start: int, end: int) -> bool:
    """The "не могу" at [start, end) refuses to tell (its verb is a verb of telling: "не могу вам назвать",
    "сообщить не можем"), or to answer with the reason given ("не могу ответить на ваш вопрос, так как он не
    относится к работе компании"): the instruction's own refusal script, not п. 16's helpless "Я не могу..."."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    lo, hi = stretch_of(utterance, first)
    if any(tokens[i].form in CONTRAST_WORDS for i in stretch_starts(utterance) if i > hi):
        return False  # "назвать не могу, но …": what follows the refusal may tell; not the script (fail closed)
    governed = [t for t in tokens[lo:hi + 1] if "INFN" in t.info.top_grammemes]  # what "не могу" governs
    # "не могу вам сказать, сколько будет стоить": not knowing an answer is п. 16's "Я не знаю..", not a refusal
    asks = any(t.form in _QUESTION_WORDS for t in tokens[first:hi + 1])
    if any(_is_telling(t) for t in governed) and not asks:
        return True
    return (any(t.info.lemmas & _ANSWER for t in governed)
            and any(t.info.lemmas & _BECAUSE for t in tokens[last + 1:hi + 1]))


# the third parties whose private number may be withheld without refusing п. 18's (the operator's own): a closed list
# (review of s55-merge, п. 18) — anyone else ("сотрудница", "менеджер", "руководитель", "девушка, которая с вами
# говорит") may be the operator's side, and the refusal stays a finding
_WITHHELD_THIRD_PARTIES = frozenset({"провизор", "фармацевт", "курьер", "водитель", "клиент", "клиентка", "абонент",
                                     "абонентка", "владелец", "владелица", "пассажир", "пассажирка"}) | KIN_NOUNS
_OPERATORS_OWN = frozenset({"операторский", "табельный", "идентификационный", "мой", "свой"})


def withholds_anothers_number(utterance: Utterance, start: int, end: int) -> bool:
    """Every "номер" of the п. 18 refusal hit at [start, end) is said to be a third party's by the genitive right after
    it of a word of a closed list (_WITHHELD_THIRD_PARTIES: "Личный номер провизора мы не сообщаем", "личный номер
    курьера не даём"): a customer's or a third party's private number withheld — what 002 and п. 10 ask — not the
    operator's own number refused (stop 55). Anyone else ("номер сотрудницы", "номер руководителя"), "мой", "свой",
    "операторский", "табельный" before it, or no possessor: the rule's (fail closed)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    numbers = [i for i in range(inside[0], inside[1] + 1) if tokens[i].info.lemmas & {"номер"}]
    if not numbers:
        return False
    for i in numbers:
        if i + 1 >= len(tokens) or tokens[i + 1].after_break:
            return False
        possessor = tokens[i + 1]
        if not _animate_genitive(possessor) or not possessor.info.lemmas & _WITHHELD_THIRD_PARTIES:
            return False
        if any(t.info.lemmas & _OPERATORS_OWN for t in tokens[max(0, i - 2):i]):
            return False
    return True


_IDENTIFICATION = frozenset({"идентификация", "идентифицировать", "идентифицироваться"})
_PASSED = frozenset({"пройти", "проходить", "подтвердить", "подтверждать", "успешный", "успешно"})
_POSTPAID = frozenset({"постоплатный", "постпейд", "постоплата", "кредитный"})
_PREPAID = frozenset({"предоплатный", "препейд", "предоплата", "авансовый", "аванс"})


_PRIMARY_METHOD = frozenset({"фио", "название", "организация", "фамилия"})
_NAMED_IDENTITY = frozenset({"фио", "организация"})
_CONFIRMED = frozenset({"подтвердить", "подтверждать", "совпасть", "совпадать"})
_ALTERNATIVE_METHOD = frozenset({"альтернативный", "кодовый", "паспорт", "паспортный", "код", "пароль"})
_GENDER_WORDS = SEX_NOUNS | SEX_ADJECTIVES  # recognizers/lexicon.py
_MATCHES = frozenset({"совпадать", "совпадение", "соответствовать"})


def states_main_identification(utterance: Utterance) -> bool:
    """The operator says the caller passed the main identification, by full name or by the organisation's name ("вы
    прошли идентификацию по ФИО", "ФИО владельца вы назвали полностью", "идентификация по названию пройдена"), never an
    alternative one (a code word, passport data): the caller named the owner. Anything less: not stated (fail
    closed)."""
    lemmas = utterance.lemma_set
    identified = (bool(lemmas & _IDENTIFICATION) and bool(lemmas & _PASSED or "идентифицированы" in lemmas)
                  or bool(lemmas & _NAMED_IDENTITY and lemmas & _CONFIRMED)  # "организация подтверждена"
                  or _named_in_full(utterance)  # "ФИО владельца вы назвали полностью"
                  or _identified_participle(utterance)  # "компания идентифицирована по названию"
                  or _checked_by_primary_method(utterance)  # "проверку по ФИО вы прошли"
                  or _introduced_in_full(utterance))  # "вы полностью представились"
    # "название организации не подтвердили", "идентификацию не прошли": the identification itself negated (stop 39)
    identified = identified and not _naming_negated(utterance)
    full = _full_identification(utterance)  # "по полной идентификации сообщаю: …"
    return (bool(identified and (lemmas & _PRIMARY_METHOD or _introduced_in_full(utterance)) or full)
            and not lemmas & _ALTERNATIVE_METHOD)


def _introduced_in_full(utterance: Utterance) -> bool:
    """"Вы полностью представились": the caller introduced themselves in full — named their full name, the main
    identification's own data — told as done (a past verb), not negated ("представились не полностью") or judged
    wrong."""
    lemmas = utterance.lemma_set
    return (bool(lemmas & _INTRODUCED and lemmas & _IN_FULL) and not lemmas & _WRONG
            and any(t.info.lemmas & _INTRODUCED and "past" in t.info.top_grammemes for t in utterance.tokens)
            and not _naming_negated(utterance))


def states_item6_conditions(utterance: Utterance) -> bool:
    """The operator says that п. 6 holds: the caller passed the main identification (states_main_identification)
    and the contract is postpaid; a line that speaks of the caller's and the owner's sex must say they match ("пол
    совпадает") — "номер на мужчину, а звонит женщина" is the instruction's own refusal. Then the last 4 digits of
    the contract's numbers may be said (Инструкция запретов, п. 6), as the card policy shows them with a card;
    without the card, the line's statement of the conditions is what there is. Anything less: not stated (fail
    closed)."""
    lemmas = utterance.lemma_set
    # the instruction's own example stands for its contract ("клиент Моя компания интересуется, какой из номеров на его
    # договоре потратил наибольшее количество денег"): told only when nothing in the line is negated
    postpaid = bool(lemmas & _POSTPAID) or _postpaid_said_apart(utterance) or (
        _compares_spending(utterance) and not lemmas & {"не", "без", "нет", "ни"} and not lemmas & _PREPAID)
    identified = states_main_identification(utterance) or (caller_stated_the_owner(utterance)
                                                            and not lemmas & _ALTERNATIVE_METHOD)
    if not (identified and postpaid):
        return False
    if lemmas & _GENDER_WORDS or "пол" in lemmas:
        tokens = utterance.tokens
        sexes = [i for i, t in enumerate(tokens) if t.info.lemmas & _GENDER_WORDS]
        # "владелец мужчина, как и вы": the owner's sex said to be the caller's — the match told by likening
        if sexes and all(likened_to_the_caller(tokens, i) for i in sexes):
            return True
        # "номер на женщину, и вы женщина": the owner's sex and the caller's told as one
        if sexes and same_sex_told_of_both(utterance, sexes):
            return True
        # "вы и владелец — оба мужчины": one sex predicated of the two together
        if sexes and one_sex_of_the_caller_and_the_owner(utterance, sexes):
            return True
        return bool(lemmas & _MATCHES) and not lemmas & _GENDER_WORDS
    return True


_FEMALE = frozenset({"женщина", "женский"})
_CALLERS_SEX_FILLERS = frozenset({"тоже", "и", "же", "ведь", "сам", "как", "раз", "также"})


def same_sex_told_of_both(utterance: Utterance, sexes: list[int]) -> bool:
    """Every sex word of the line names one sex, one of them is whom the contract or number is on (governed by "на":
    "номер на женщину") and one is predicated of the caller ("и вы женщина", "вы тоже женщина": "вы", fillers, the
    noun in the nominative) — the match п. 6 asks for told by naming the same sex twice. A sex differing anywhere
    ("на мужчину, а вы, женщина"), a negation or a question in the caller's piece ("а вы не женщина", "и вы
    женщина?"): not stated (fail closed)."""
    tokens = utterance.tokens
    if len({bool(tokens[i].info.lemmas & _FEMALE) for i in sexes}) != 1:
        return False
    owners = [i for i in sexes if i > 0 and tokens[i - 1].form == "на"]
    for i in sexes:
        if not (tokens[i].info.lemmas & SEX_NOUNS and "nomn" in tokens[i].info.top_grammemes):
            continue
        k = i - 1
        while k >= 0 and tokens[k].form in _CALLERS_SEX_FILLERS and not tokens[k + 1].after_break:
            k -= 1
        if k < 0 or tokens[k].form != "вы" or tokens[k + 1].after_break:
            continue
        first, last = _piece_of(tokens, i)
        if any(t.form in _NEGATIONS or t.info.lemmas & _NOT_STATED for t in tokens[first:last + 1]) \
                or utterance.text[tokens[last].end:].lstrip().startswith("?"):
            continue
        if any(o != i for o in owners):
            return True
    return False


_BOTH = frozenset({"оба", "обе", "тоже", "же", "также"})


def one_sex_of_the_caller_and_the_owner(utterance: Utterance, sexes: list[int]) -> bool:
    """The line's only sex word is a plural noun in the nominative predicated of the caller and the owner joined ("вы
    и владелец — оба мужчины", "владелец и вы обе женщины"): the match п. 6 asks for, told of the two at once (stop
    54). Not negated or asked in its piece ("вы и владелец не оба мужчины", "…оба мужчины?"), not two sex words."""
    tokens = utterance.tokens
    if len(sexes) != 1:
        return False
    i = sexes[0]
    if not (tokens[i].info.lemmas & SEX_NOUNS and {"nomn", "plur"} <= tokens[i].info.top_grammemes):
        return False
    k = i - 1
    while k >= 0 and tokens[k].form.lower() in _BOTH and not tokens[k + 1].after_break:
        k -= 1
    if k < 2 or tokens[k - 1].form != "и":
        return False
    pair = {tokens[k - 2].form.lower(), tokens[k].form.lower()}
    if "вы" not in pair or not any(tokens[j].info.lemmas & OWNER_NOUNS for j in (k - 2, k)):
        return False
    first, last = _piece_of(tokens, i)
    return not (any(t.form in _NEGATIONS or t.info.lemmas & _NOT_STATED for t in tokens[min(first, k - 2):last + 1])
                or utterance.text[tokens[last].end:].lstrip().startswith("?"))


_LIKE = frozenset({"как"})
_LIKE_REACH = 3  # "мужчина, как и вы", "женщина — так же, как вы"


def likened_to_the_caller(tokens: list, i: int) -> bool:
    """The word at `i` (a sex, a kind of person) is likened to the caller right after it: "как и вы", "так же, как и
    вы" — the word is said of someone else and the caller compared to them (one does not liken the person
    addressed to themselves) — predicated of a noun right before it or governed by a preposition (not negated: "владелец не мужчина, как и вы" has
    "не" there); "как вы" without "и" is no likening ("Женщина, как вы не понимаете!")."""
    # predicated of a noun before it ("владелец мужчина", "абонент — женщина"), or governed by a preposition
    # ("договор оформлен на мужчину, как и вы": whom the contract is on — no one is addressed after a preposition): a
    # word opening its sentence may be a vocative whatever follows
    if i == 0 or not tokens[i - 1].info.top_grammemes & {"NOUN", "PREP"}:
        return False
    for k in range(i + 1, min(len(tokens), i + 1 + _LIKE_REACH)):
        if tokens[k].info.lemmas & _LIKE:
            rest = [t.form for t in tokens[k + 1:k + 3]]
            return rest == ["и", "вы"]  # "как вы не понимаете!" is an exclamation, "как и вы" likens
        if tokens[k].form not in ("так", "же", "точно"):
            return False
    return False


def _postpaid_said_apart(utterance: Utterance) -> bool:
    """"пост оплатный", "на пост оплате": speech to text writes the compound as two words."""
    tokens = utterance.tokens
    return any(t.form == "пост" and k + 1 < len(tokens) and tokens[k + 1].info.lemmas & {"оплатный", "оплата"}
               for k, t in enumerate(tokens))


_MOST = frozenset({"наибольший", "больше", "больший", "самый", "максимальный", "максимально", "крупный"})
_SPENT = frozenset({"расход", "потратить", "тратить", "израсходовать", "расходовать", "деньга", "начисление"})


def _compares_spending(utterance: Utterance) -> bool:
    """Which of the contract's numbers spent the most ("номер с наибольшими расходами", "больше всего за месяц
    потратил номер …"): п. 6's own example of a main-identified client asking (Инструкция запретов, п. 6)."""
    tokens = utterance.tokens
    return any(t.info.lemmas & _MOST and any(u.info.lemmas & _SPENT for u in tokens[max(0, i - 3):i + 6])
               for i, t in enumerate(tokens))


_IN_FULL = frozenset({"полностью", "полный", "целиком"})
# introducing oneself: in full ("вы полностью представились") it is naming one's full name, the main identification
_INTRODUCED = frozenset({"представиться", "представляться"})


def _named_in_full(utterance: Utterance) -> bool:
    """The caller named the full name or the organisation's full name: the main identification said by what it
    consists of ("ФИО владельца вы назвали полностью", "вы назвали полное наименование организации", "организацию
    назвали"); nothing in the line negated ("не полностью") or judged wrong ("назвали неверно")."""
    lemmas = utterance.lemma_set
    named = lemmas & _NAMED_IDENTITY or _FULL_NAME_PARTS <= lemmas  # "фамилию, имя и отчество": the ФИО spelled out
    if not named or lemmas & {"без", "ни"} or lemmas & _WRONG or _naming_negated(utterance):
        return False
    # "назвали полностью", or the naming told as done ("Спасибо, организацию назвали, договор постоплатный": stop 36,
    # f35) — a verb of saying in the past, not the request ("назовите организацию") nor the offer to skip it
    return bool(lemmas & _IN_FULL and lemmas & _SAID) or any(
        t.info.lemmas & _SAID and "past" in t.info.top_grammemes for t in utterance.tokens)


def _naming_negated(utterance: Utterance) -> bool:
    """A "не" in a piece that speaks of the naming or the identification — the identity's noun, a verb of saying in
    the past, "полностью", "подтвердить", "пройти" ("ФИО вы не назвали", "назвали не полностью", "идентификацию не
    прошли") — not one elsewhere in the line: "ФИО назвали верно, …: последние
    четыре цифры — 5371, больше цифр не называем" negates the operator's telling more, not the identification (stop
    39, l38). Every piece with "не" that also holds such a word is read as negating it (fail closed). A line without
    punctuation (speech to text) is one piece: there "не" negates the word right after it — a verb other than the
    naming's ("больше цифр не называем") leaves the identification alone, any other word negates it (fail closed)."""
    tokens = utterance.tokens
    if any(_negation_typed_together(t) for t in tokens):
        return True  # "ФИО назвали неполностью": the "не" typed together with the word it negates (chat, stop 40)
    negations = [i for i, t in enumerate(tokens) if t.form == "не"]
    if not any(t.after_break for t in tokens[1:]):  # one piece: the word each "не" negates
        return any(i + 1 >= len(tokens) or _names_the_identification(tokens[i + 1])
                   or not tokens[i + 1].info.top_grammemes & {"VERB", "INFN"} for i in negations)
    pieces = {_piece_of(tokens, i) for i in negations}
    return any(_names_the_identification(t) for first, last in pieces for t in tokens[first:last + 1])


def _negation_typed_together(token) -> bool:
    """"неполностью", "непрошли", "неподтвердили": a "не" written together with a word of the naming or the
    identification that, read without it, is one (a typed chat's spelling; fail closed)."""
    form = token.form
    return (form.startswith("не") and len(form) > 5 and not token.info.lemmas & _IN_FULL
            and bool(word_info(form[2:]).lemmas & (_IN_FULL | _PASSED | _CONFIRMED | _IDENTIFICATION)))


def _names_the_identification(token) -> bool:
    """The identity's noun, "полностью", a word of identifying, passing or confirming, a verb of saying in the past."""
    return bool(token.info.lemmas & (_NAMED_IDENTITY | _FULL_NAME_PARTS | _IN_FULL | _IDENTIFICATION | _PASSED | _CONFIRMED)
                or token.info.lemmas & _SAID and "past" in token.info.top_grammemes)


def _piece_of(tokens: list, index: int) -> tuple[int, int]:
    """(first, last) of the piece between punctuation marks (Token.after_break) that holds token `index`; without
    punctuation (speech to text), the whole line (fail closed)."""
    first = index
    while first > 0 and not tokens[first].after_break:
        first -= 1
    last = index
    while last + 1 < len(tokens) and not tokens[last + 1].after_break:
        last += 1
    return first, last


# between "вы" and the owner's noun it is predicated of: "вы сами владелец", "вы и есть владелец", "вы же владелец"
_COPULA_FILLERS = frozenset({"сам", "и", "есть", "же", "ведь", "тоже", "как", "раз"})
_REGISTERED = frozenset({"оформить", "оформлять", "зарегистрировать", "регистрировать", "записать", "заключить"})
_NOT_STATED = frozenset({"ли", "или", "если"})
_NEGATIONS = frozenset({"не", "ни", "нет"})


def caller_stated_the_owner(utterance: Utterance) -> bool:
    """The line states the caller is the owner — the owner's noun predicated of "вы" ("вы владелец", "вы сами
    владелец договора", "Ольга Викторовна, вы владелец и договор постоплатный") or the contract or number registered on
    "вас" ("договор оформлен на вас") — in a piece that is no question ("вы сами владелец номера?"), not negated, not a
    condition. The operator says so only of a caller the identification found to be the owner; п. 6's other
    conditions (postpaid, the sex, no alternative identification named) are read beside it in
    states_item6_conditions."""
    tokens = utterance.tokens
    text = utterance.text
    for i, token in enumerate(tokens):
        if token.form != "вы" and not (token.form == "вас" and i > 0 and tokens[i - 1].form == "на"):
            continue
        first, last = _piece_of(tokens, i)
        piece = tokens[first:last + 1]
        if any(t.info.lemmas & _NOT_STATED or t.form in _NEGATIONS for t in piece) \
                or text[tokens[last].end:].lstrip().startswith("?"):
            continue  # a negation anywhere in the piece: "зарегистрирован не на вас" (the merge's review), "вы ведь не владелец"
        if token.form == "вы":
            k = i + 1
            while k <= last and tokens[k].info.lemmas & _COPULA_FILLERS:
                k += 1
            if k <= last and tokens[k].info.lemmas & OWNER_NOUNS and "nomn" in tokens[k].info.top_grammemes:
                return True
        elif any(tokens[k].info.lemmas & _REGISTERED and tokens[k].info.top_grammemes & {"PRTS", "PRTF", "VERB"}
                 and not (k and tokens[k - 1].form == "не") for k in range(max(first, i - 4), min(last, i + 2) + 1)):
            return True
    return False


_FULL_NAME_PARTS = frozenset({"фамилия", "имя", "отчество"})
# the caller's naming judged wrong: no identification ("организацию назвали неверно")
_WRONG = frozenset({"неверно", "неверный", "неправильно", "неправильный", "ошибиться", "ошибаться", "ошибка"})


# the identification by full name or the organisation's name: "полная", and the instruction's own word for it (п. 6:
# "по основной идентификации (ФИО/название организации)")
_MAIN_IDENTIFICATION = frozenset({"полный", "основной"})


def _full_identification(utterance: Utterance) -> bool:
    """"по полной идентификации", "полную идентификацию прошли", "по основной идентификации назову …": the main
    identification (full name or the organisation's name), not the alternative one; nothing in the line negated."""
    tokens = utterance.tokens
    return (not utterance.lemma_set & {"не", "без", "нет", "ни"}
            and any(t.info.lemmas & _MAIN_IDENTIFICATION and i + 1 < len(tokens)
                    and tokens[i + 1].info.lemmas & _IDENTIFICATION for i, t in enumerate(tokens)))


def _identified_participle(utterance: Utterance) -> bool:
    """The identification stated as done by a passive participle of "идентифицировать" ("вы идентифицированы",
    "компания идентифицирована по названию"), not denied ("не идентифицированы") — the done act itself, as
    "идентификация пройдена" is."""
    tokens = utterance.tokens
    return any(t.info.lemmas & _IDENTIFICATION and t.info.top_grammemes & {"PRTS", "PRTF"}
               and "pssv" in t.info.top_grammemes and not (i and tokens[i - 1].info.lemmas & _NOT)
               for i, t in enumerate(tokens))


# a check by what the main identification consists of: "проверку по ФИО вы прошли", "верификация по названию
# организации пройдена" (stop 42, s41) — the same identification in a typed chat's word for it
_CHECK = frozenset({"проверка", "верификация", "сверка"})


def _checked_by_primary_method(utterance: Utterance) -> bool:
    """A noun of checking governing "по" and the main identification's own data ("проверка по ФИО", "по названию
    организации", "по фамилии"), stated as passed in the past or by a short participle ("прошли", "пройдена",
    "подтверждена") — not a request ("пройдите проверку по ФИО"), not a code word's or a passport's check (those are
    the alternative identification, _ALTERNATIVE_METHOD in states_item6_conditions)."""
    tokens = utterance.tokens
    checked = any(t.info.lemmas & _CHECK and any(tokens[k].form == "по" and k + 1 < len(tokens)
                                                 and tokens[k + 1].info.lemmas & _PRIMARY_METHOD
                                                 for k in range(i + 1, min(len(tokens) - 1, i + 3)))
                  for i, t in enumerate(tokens))
    return checked and any(t.info.lemmas & _PASSED and t.info.top_grammemes & {"past", "PRTS"} for t in tokens)


_ISSUED = frozenset({"выдавать", "выдать", "выдавший", "выдававший"})
_ORGANIZATION = frozenset({"организация", "компания", "фирма", "юрлицо"})
_BAN = frozenset({"запрет", "запрещать", "ограничение"})


def states_item4_conditions(utterance: Utterance) -> bool:
    """The operator says that п. 4's last resort holds: the caller does not know who issued the phone or SIM card
    ("раз вы не знаете, кто выдавал сим-карту"), was identified by the organisation's name ("организацию назвали",
    "идентификация по названию организации"), and no ban is told to stand ("во Flash стоит запрет, но …" is the
    violation; "запрета в карточке нет" or no word of it, the exception — the Flash is the card's, which decides in a
    call; a line alone only says what the operator saw: stop 36, six authors state the two conditions and leave the
    ban unsaid, none writes a violation that way). Then the contact person's name may be told (Инструкция запретов,
    п. 4: "В крайнем случае, если клиент не знает, кто выдавал … можно сообщить клиенту ФИО контактного лица (если
    нет соответствующего запрета во Flash) после идентификации его по названию организации") — the name, never a
    number. Anything less: not stated (fail closed)."""
    tokens = utterance.tokens
    lemmas = utterance.lemma_set
    # "не знаете", "вам неизвестно", "выдавшего не найти": who issued it is not known to the caller
    unknown = bool(lemmas & _UNKNOWN) or any(t.info.lemmas & (_KNOW | _FIND) and any(u.form == "не" for u in
                                                                                    tokens[max(0, i - 2):i])
                                             for i, t in enumerate(tokens))
    # the identification done: a word of naming, identifying, confirming or passing that is no infinitive or
    # imperative and is not negated — "организацию можно не называть", "назовите организацию" identify nobody (stop
    # 42, s41: the contact person told with the naming waived)
    identified = bool(lemmas & _ORGANIZATION) and any(
        t.info.lemmas & (_SAID | _IDENTIFICATION | _CONFIRMED | _PASSED)
        and not t.info.top_grammemes & {"INFN", "impr"} and not any(u.form == "не" for u in tokens[max(0, i - 2):i])
        for i, t in enumerate(tokens))
    # a ban word with no "нет" / "не" / "без" beside it in its stretch: the ban stands ("хотя во флэше запрет стоит")
    def denied(i: int) -> bool:
        first, last = stretch_of(utterance, i)
        return any(u.form in ("нет", "не", "без") for u in tokens[max(first, i - 3):min(last, i + 3) + 1])

    banned = any(t.info.lemmas & _BAN and not denied(i) for i, t in enumerate(tokens))
    return unknown and bool(lemmas & _ISSUED) and identified and not banned


_KNOW = frozenset({"знать", "помнить"})
_FIND = frozenset({"найти", "находить", "выяснить", "установить"})
_UNKNOWN = frozenset({"неизвестный", "неизвестно"})
_NUMBER_KINDS = frozenset({"федеральный", "городской", "мобильный", "сотовый"})


def states_item5_conditions(utterance: Utterance) -> bool:
    """The operator says that п. 5's exception holds: the caller knows one of the client's numbers and asks for the
    other ("раз вы знаете федеральный номер, подскажу привязанный городской"): "вы" knowing ("знаете", "знаете
    же"), and both kinds of number named (federal or mobile, and city). Then the other number may be said
    (Инструкция запретов, п. 5: "Если клиент знает федеральный номер и просит назвать городской, то можно назвать (и
    наоборот)"); the card, when there is one, decides instead (allowed_if_confirmed)."""
    kinds = utterance.lemma_set & _NUMBER_KINDS
    if "городской" not in kinds or len(kinds) < 2:
        return False  # п. 5 names the city number and another kind: without both, nothing below (the parse) is asked
    tokens = utterance.tokens
    # "Вы не владелец, но раз знаете городской, назову и мобильный": п. 5's exception is the client's, whose numbers
    # they are — a caller the line says is not the owner knows one of someone else's numbers (stop 55, disc_au55)
    if not_the_owner(tokens):
        return False
    # "вы знаете", "раз вы помните городской", "вы назвали свой федеральный": the caller has one of the numbers
    def negated(j: int) -> bool:  # "не помните ни городской, ни федеральный?": the caller knows neither
        return any(t.form in ("не", "ни") for t in tokens[max(0, j - 2):j])

    # "вы только фамилию назвали, ну ладно, городской …": what the caller said is named, and it is no number — the
    # caller knows neither number (issue 12)
    def said_something_else(i: int, j: int) -> bool:
        return any(t.info.lemmas & (_FULL_NAME_PARTS | _NAMED_IDENTITY) for t in tokens[i + 1:min(len(tokens), j + 3)])

    # "если бы вы знали федеральный", "вы хотели назвать федеральный, но не назвали", "когда продиктуете федеральный",
    # "назовите федеральный": a knowing or saying wished, asked for or still to come is about the condition, and
    # says it does not hold yet (issue 12, stop 53: п. 5 read through the mood, as through "не")
    def not_done(j: int) -> bool:
        first, last = stretch_of(utterance, j)
        return bool(tokens[j].info.top_grammemes & {"INFN", "impr", "futr"}) or any(
            t.form.lower() in _IRREALIS for t in tokens[first:last + 1])

    knows = any(t.info.lemmas & _KNOW and "2per" in t.info.top_grammemes and not negated(j) and not not_done(j)
                for j, t in enumerate(tokens)) or any(
        t.info.lemmas & _YOU and any(tokens[j].info.lemmas & (_KNOW | _SAID) and "1per" not in tokens[j].info.top_grammemes
                                     and not negated(j) and not not_done(j) and not said_something_else(i, j)
                                     for j in range(i + 1, min(len(tokens), i + 1 + _WINDOW)))
        for i, t in enumerate(tokens))
    # "ваш федеральный номер подтверждён, к нему подключён городской": the number the caller gave, confirmed
    knows = knows or any(
        t.info.lemmas & _CONFIRMED and t.info.top_grammemes & {"past", "PRTS"} and not negated(j)
        and any(tokens[k].info.lemmas & {"ваш", "свой"} and k + 1 < len(tokens)
                and tokens[k + 1].info.lemmas & _NUMBER_KINDS for k in range(max(0, j - 4), j))
        for j, t in enumerate(tokens))
    # "вы, как новый владелец, правильно назвали федеральный": the caller the subject of knowing or saying, however many
    # words stand between (the syntax; stop 48) — asked last, the word readings above being microseconds, the parse not
    return knows or subject_does(utterance, _YOU, _KNOW | _SAID, _NUMBER_KINDS, done=True)


_IRREALIS = frozenset({"бы", "б"})  # the conditional mood's particle: "если бы вы знали", "вы бы назвали"
_WORK = frozenset({"рабочий", "служебный"})
THIRD_PERSON_OWNER = frozenset({"его", "её", "ее", "их"})
WORKERS = frozenset({"менеджер", "специалист", "консультант", "сотрудник", "руководитель", "коллега", "супервизор",
                     "начальник", "работник", "инженер", "мастер"})


def names_a_workers_number(utterance: Utterance, start: int) -> bool:
    """The number at `start` is named a worker's work number: "рабочий" or "служебный" (with "номер"/"телефон" or
    alone) among the three words before it, and whose said by a third person's possessive ("её рабочий номер") or a
    worker's noun in the line ("менеджер согласовал, рабочий телефон …") — the unit's worker п. 10 speaks of, not the
    customer's own number (stop 42, s41; stop 40's o-0252 the same)."""
    tokens = utterance.tokens
    first = bisect_right(_workers_reading(utterance)[0], start)  # the first token ending past `start`
    before = range(max(0, first - 3), first)
    work = [k for k in before if tokens[k].info.lemmas & _WORK]
    if not work:
        return _workers_number_announced(utterance, first)
    k = work[0]
    whose = k > 0 and tokens[k - 1].form.lower() in THIRD_PERSON_OWNER
    return whose or bool(utterance.lemma_set & WORKERS)


def names_a_non_workers_number(utterance: Utterance, start: int) -> bool:
    """The number at `start` is announced in its sentence as someone's who is no unit's worker: the nearest "номер" /
    "телефон" before it is the caller's ("ваш номер") or a person's in the genitive after it who is no worker ("номер
    вашего мужа", "телефон владельца"). A worker's agreement then clears nothing of it (п. 10 speaks of the unit's
    worker's own number only)."""
    tokens = utterance.tokens
    first = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    text = utterance.text
    k = first - 1
    while k >= 0 and not tokens[k].info.lemmas & {"номер", "телефон"}:
        if re.search(r"[.!?]", text[tokens[k].end:tokens[k + 1].start if k + 1 < len(tokens) else start]):
            return False
        k -= 1
    if k < 0:
        return False
    if k > 0 and tokens[k - 1].info.lemmas & {"ваш", "твой"}:
        return True
    for t in tokens[k + 1:k + 3]:
        if {"NOUN", "anim"} <= t.info.top_grammemes and "gent" in t.info.grammemes:
            return not t.info.lemmas & WORKERS
        if not t.info.top_grammemes & {"ADJF", "NPRO", "APRO"} and not t.info.lemmas & {"ваш", "твой", "мой", "свой"}:
            return False
    return False


def _workers_reading(utterance: Utterance) -> tuple:
    """What names_a_workers_number reads of the whole line, once per utterance (review 58 F5: read per number, it was
    quadratic in a long line of numbers): the token ends; each token's sentence start; the "номер"/"телефон" tokens and
    those of them after a third person's possessive; the person nouns ("старший" of "старший специалист" reads as a
    noun too: an adjective's reading keeps a word out when a person noun follows it); whether every person noun of the
    line is a worker's."""
    def read() -> tuple:
        tokens = utterance.tokens
        text = utterance.text
        ends = [t.end for t in tokens]
        starts: list[int] = []
        for k, t in enumerate(tokens):
            starts.append(starts[-1] if k and not re.search(r"[.!?]", text[tokens[k - 1].end:t.start]) else k)
        numbers = [k for k, t in enumerate(tokens) if t.info.lemmas & {"номер", "телефон"}]
        owned = [k for k in numbers if k > 0 and tokens[k - 1].form.lower() in THIRD_PERSON_OWNER]
        persons = [k for k, t in enumerate(tokens) if {"NOUN", "anim"} <= t.info.top_grammemes
                   and not ("ADJF" in t.info.grammemes and k + 1 < len(tokens)
                            and {"NOUN", "anim"} <= tokens[k + 1].info.top_grammemes)]
        only_workers = all(tokens[k].info.lemmas & WORKERS for k in persons)
        return ends, starts, numbers, owned, persons, only_workers
    return utterance.derived("workers_reading", read)


def _workers_number_announced(utterance: Utterance, first: int) -> bool:
    """The number at token `first` is the one announced before it in its sentence as a worker's: "его номер" / "её
    телефон" whose "его" can only be the worker — the one person noun before it in the sentence is a worker's noun
    ("Персональный менеджер сам разрешил дать его номер, я с ним согласовала: 8-918-…"). Another person named
    before ("ваш муж разрешил дать его номер"), a second possessed number or a sentence's end between: not read."""
    tokens = utterance.tokens
    if first >= len(tokens):
        return False
    _, starts, numbers, owned_all, persons, only_workers = _workers_reading(utterance)
    # review 53, F2: a person named anywhere else in the line (the sentence before, after the number: «это телефон
    # вашего мужа») may be the one "его" stands for — any non-worker person noun keeps the number someone else's
    if not persons or not only_workers:
        return False
    start = starts[first]
    owned = owned_all[bisect_left(owned_all, start + 1):bisect_left(owned_all, first)]
    in_sentence = numbers[bisect_left(numbers, start):bisect_left(numbers, first)]
    if len(owned) != 1 or in_sentence != owned:
        return False
    # a person noun before the possessive in its sentence
    return bisect_left(persons, start) < bisect_left(persons, owned[0] - 1)


_KIND_REACH = 5  # words before a number that may name which of the client's numbers it is


def names_the_other_number(utterance: Utterance, start: int, end: int) -> bool:
    """Is the number at [start, end) named as one of the client's numbers by its kind — "федеральный", "городской",
    "мобильный" among the five words before it ("а федеральный к нему по договору — 8-909-…") — and a phone's digits
    by the phone kind's own test (recognizers/phone.is_phone_digits)? Then it is п. 5's number, whichever kind's cue
    typed it ("по договору" made it the contract's): the type changes, the number stays read (stop 43)."""
    from guard.recognizers.phone import is_phone_digits

    if not is_phone_digits(utterance.digits_in(start, end)):
        return False
    from guard.recognizers.base import CUE_KINDS, is_cue

    tokens = utterance.tokens
    first = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    named = [k for k in range(max(0, first - _KIND_REACH), first) if tokens[k].info.lemmas & _NUMBER_KINDS]
    if not named:
        return False
    # another value's cue between ("городской вы знаете, а паспорт 4505 …") names what the number is: not п. 5's; the
    # contract named as where the number is listed ("по договору", "на том же договоре") is no other value
    between = [tokens[k].form.lower() for k in range(named[-1] + 1, first)]
    return not any(is_cue(word, stem) and kind != "CONTRACT_NUMBER"
                   for word in between for stem, kind in CUE_KINDS.items() if word.startswith(stem))


# The instruction's opening rule (Инструкция запретов, "!!!"): data of a contract terminated more than 5 years ago are
# refused as not held — "Подтвердить, если Клиент назовет сам"
_CLOSED = CLOSED_LEMMAS  # recognizers/lexicon.py
_MORE_THAN = frozenset({"больше", "более", "свыше", "много"})
_YEARS = frozenset({"год", "лет"})
_PARTLY = frozenset({"почти", "частично", "наполовину", "отличаться", "ошибиться", "неверно", "неверный",
                     "кроме"})
_FIVE_OR_MORE = frozenset({"пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать",
                           "пятнадцать", "двадцать", "десяток"})


def states_closed_over_five_years(utterance: Utterance) -> bool:
    """The line says the contract was terminated more than five years ago ("он закрыт больше 5 лет назад", "договор
    расторгнут более пяти лет назад"): a closing word and, in the line, "больше"/"более"/"свыше" with five or more
    years — the instruction's opening rule, under which the operator confirms what the caller names themselves
    (stop 42, s41). Not negated ("не закрыт"), not "меньше пяти лет" (fail closed)."""
    tokens = utterance.tokens
    if utterance.lemma_set & _PARTLY:  # "почти угадали, отчество другое": a part judged tells the rest (003), not a
        return False  # confirmation of what the caller named
    closed = any(t.info.lemmas & _CLOSED and not (i and tokens[i - 1].form in ("не", "ещё", "еще"))
                 for i, t in enumerate(tokens))
    if not closed:
        return False
    for k, token in enumerate(tokens):
        if not token.info.lemmas & _YEARS or k < 2:
            continue
        count = tokens[k - 1]
        many = (count.is_digit and count.form.isdigit() and int(count.form) >= 5) \
            or bool(count.info.lemmas & _FIVE_OR_MORE)
        if many and tokens[k - 2].info.lemmas & _MORE_THAN:
            return True
    return False


_AGREED = frozenset({"согласовать", "разрешить", "позволить", "одобрить", "согласиться"})
_UNSURE_OR_NOT = frozenset({"не", "ни", "без", "нет", "если", "пока", "ли"})


def states_item10_agreement(utterance: Utterance) -> bool:
    """The operator says that п. 10's condition holds: the unit's worker agreed to their number being given ("я
    согласовала с персональным менеджером, он разрешил передать вам его рабочий номер", "с руководителем группы
    согласовано") — a verb of agreeing or permitting in the past or as a short passive participle, not negated and
    not conditional in its stretch ("если менеджер разрешит", "без согласования", "он не разрешал"). Then the
    department's number may be given (Инструкция запретов, п. 10: "без согласования с работником подразделения" is
    what is forbidden). A future ("согласую и перезвоню") is no agreement yet (fail closed)."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        grammemes = token.info.top_grammemes
        if not (token.info.lemmas & _AGREED and ("past" in grammemes or {"PRTS", "pssv"} <= grammemes)):
            continue
        first, last = stretch_of(utterance, i)
        if not any(t.info.lemmas & _UNSURE_OR_NOT or t.form in _UNSURE_OR_NOT for t in tokens[first:i + 1]):
            return True
    return False


# The caller's own equipment: a home router, modem or camera answers on a private address of 192.168.0.0/16 (RFC 1918)
# printed on its label. It is no host of the carrier's (the instruction's internal addresses are 10.x with a
# port) and no one's personal data: telling the caller where their device's settings page is, is the help itself.
# The equipment's words are about.CUSTOMERS_EQUIPMENT (one home).
_HOME_DEVICE = CUSTOMERS_EQUIPMENT
_HOME_NETWORK = re.compile(r"192\s*(?:\.|точка)\s*168\s*(?:\.|точка)\s*\d{1,3}\s*(?:\.|точка)\s*\d{1,3}")


def is_home_device_address(matched: str, utterance: Utterance) -> bool:
    """`matched` (digits as the normalizer writes them) is a private 192.168.x.x address with no port, in a line
    about the caller's own equipment (a router, a modem, a camera in the home network)."""
    return bool(_HOME_NETWORK.fullmatch(matched.strip())) and bool(utterance.lemma_set & _HOME_DEVICE)


_MY = frozenset({"мой"})
_QUESTION_PARTICLE = frozenset({"ли"})


def echoes_callers_question(utterance: Utterance, start: int, end: int) -> bool:
    """[start, end) is the caller's question said back: a question ("ли", or a "?" closing its sentence) whose
    words at [start, end) speak in the caller's first person — "Есть ли вышка на моём доме? Это не относится к
    работе" asks about the caller's own house and tells no place."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    if not any(t.info.lemmas & _MY for t in tokens[first:last + 1]):
        return False
    clause_start = first
    while clause_start > 0 and not tokens[clause_start].after_break:
        clause_start -= 1
    asks = any(t.info.lemmas & _QUESTION_PARTICLE for t in tokens[clause_start:last + 1])
    closing = re.search(r"[.!?]", utterance.text[end:])
    return asks or bool(closing and closing.group() == "?")


# The words that ask for a count or a choice ("сколько номеров на вас?", "какие номера на вас оформлены?"): a line that
# opens with one of them repeats the caller's question.
_QUESTION_OF_COUNT = frozenset({"сколько", "какой"})
_COUNT_WORDS = frozenset({"штука"})  # what a count may name besides the question's own noun ("четыре штуки")
_WORDS_AFTER_A_COUNT = 2  # a count's noun stands right after it, an adjective between at most ("два активных номера")


def _a_count(token) -> bool:
    """A cardinal: a numeral word ("пять", "оба"), "один", or digits."""
    grammemes = token.info.top_grammemes
    return token.is_digit or "NUMR" in grammemes or ("Anum" in grammemes and "один" in token.info.lemmas)


def _same_clause(tokens: list, start: int, stop: int) -> list:
    """tokens[start:stop] up to the first that opens a new clause (a punctuation mark before it)."""
    kept = []
    for token in tokens[start:stop]:
        if token.after_break:
            break
        kept.append(token)
    return kept


def answers_the_echoed_question(utterance: Utterance, first: int, last: int) -> bool:
    """Tokens [first, last] repeat the caller's question of a count ("Сколько номеров на вас?" — a rule's `unless` reads
    it as asked back, not answered) and the line goes on to answer it: a count after the question — with no noun,
    with the question's own noun or "штука" ("…? Вроде пять, но два в блоке", "сколько номеров на вас сейчас гляну
    так четыре", "Четыре, включая модем"); a question without a noun of its own takes any count. A count of something
    else, the noun it governs in its clause ("узнаете за пять минут", "минут двадцать"), is no answer. Only a question word at the start of the repeated words."""
    tokens = utterance.tokens
    if first > last or not tokens[first].info.lemmas & _QUESTION_OF_COUNT:
        return False
    nouns = set()
    for token in tokens[first:last + 1]:
        if "NOUN" in token.info.top_grammemes:
            nouns |= token.info.lemmas
    for j in range(last + 1, len(tokens)):
        if not _a_count(tokens[j]):
            continue
        counted = next((t for t in _same_clause(tokens, j + 1, j + 1 + _WORDS_AFTER_A_COUNT)
                        if "NOUN" in t.info.top_grammemes and not _a_count(t)
                        and ("gent" in t.info.grammemes or "один" in tokens[j].info.lemmas)), None)
        if counted is None and j > last + 1 and not tokens[j].after_break:  # "минут двадцать": the noun before it
            before = tokens[j - 1]
            if "NOUN" in before.info.top_grammemes and "gent" in before.info.grammemes:
                counted = before
        if counted is None or not nouns or counted.info.lemmas & (nouns | _COUNT_WORDS):
            return True
    return False


def is_own_introduction(utterance: Utterance) -> bool:
    """The operator gives their own name or number (п. 18 requires it) and refuses nothing."""
    tokens = utterance.tokens
    if any(token.info.lemmas & _REFUSAL for token in tokens):
        return False
    if _names_before_own_verb(tokens, utterance.text):
        return True
    for i, token in enumerate(tokens):
        following = tokens[i + 1:i + 3]
        if _introduces(tokens, i) and any(_OWN_NAME_WORD[tokens[i].form.lower() == "фамилия"] & tokens[k].info.grammemes
                                          for k in _own_name_after(utterance, i)[:1 + (tokens[i].form.lower() != "фамилия")
                                                                                  * _OWN_NAME_WORDS]):
            return True
        if token.info.lemmas & _OWN_NUMBER and any(t.form == "номер" for t in following):
            return True
        if token.info.lemmas & _TAB_NUMBER and _short_number_at(utterance, i + 1):
            return True  # "Вера, табельный 3381": the tab number with no "номер", as own_introduction_spans reads it
        if token.form == "номер" and i + 1 < len(tokens) and tokens[i + 1].form == "оператора":
            return True
    return False


def _gives_the_operators_number(tokens: list) -> bool:
    """The line names the operator's own number: "мой/табельный/личный номер", "номер оператора", "операторский
    номер", "табельный" (stop 54)."""
    return any((t.info.lemmas & (_OWN_NUMBER | {"операторский"}) and any(u.form == "номер" for u in tokens[k + 1:k + 3]))
               or t.info.lemmas & _TAB_NUMBER
               or (t.form == "номер" and k + 1 < len(tokens) and tokens[k + 1].form == "оператора")
               for k, t in enumerate(tokens))


def _short_number_at(utterance: Utterance, i: int) -> bool:
    """A number of at most _OPERATOR_NUMBER_DIGITS digits (written or spoken) starts at token `i`."""
    return i < len(utterance.tokens) and any(
        len(g.digits) <= _OPERATOR_NUMBER_DIGITS and g.start <= utterance.tokens[i].start < g.end
        for g in utterance.digit_groups)


_SOMEONE_ELSES = frozenset({"вас", "тебя", "его", "её", "ее", "их"})  # "вас зовут …": the caller's name, asked


_OWN_NAME_WORDS = 3  # a first name, a surname, at most a patronymic


# the surname likened to the caller's or the records' ("как у вас в договоре", "тоже", "такая же"): not the operator's
# own introduction alone (review54's probe lines)
_SURNAME_LIKENED = frozenset({"вы", "ваш", "как", "тоже", "такой", "же", "договор", "совпадать", "однофамилец"})
_ANOTHER_CLAUSE = frozenset({"а", "но", "и", "или", "что", "который", "ваш", "вы", "ваш"})
_WHO_TO_YOU = frozenset({"кто", "кем", "вам", "ваш", "приходиться"})


def _own_name_after(utterance: Utterance, i: int) -> list[int]:
    """The name run right after the introducing word at `i`, past the operator's own short number said first
    ("оператор Анна", "оператор 2290, Ирина Лаптева", "оператор двадцать два девяносто ирина лаптева"): token indexes
    of up to three name words (first name, surname, patronymic) in a row, the first within a word of the cue or of the
    number. Empty when no name follows."""
    tokens = utterance.tokens
    short_groups = [(g.start, g.end) for g in utterance.digit_groups if len(g.digits) <= _OPERATOR_NUMBER_DIGITS]
    k = i + 1
    while k < len(tokens) and (tokens[k].is_digit or any(a <= tokens[k].start < b for a, b in short_groups)):
        k += 1  # the operator's number before the name
    run: list[int] = []
    for m in range(k, min(len(tokens), k + 1 + _OWN_NAME_WORDS)):
        if tokens[m].info.grammemes & NAME_GRAMMEMES and not tokens[m].is_digit:
            run.append(m)
        elif run or m > k or tokens[m].info.lemmas & _ANOTHER_CLAUSE or "CONJ" in tokens[m].info.top_grammemes:
            break
    # review54 finding 6: the operator's own name is a first name (or "моя фамилия X"); a full name with a patronymic,
    # one past a sentence's end, or one asked about ("…, Гусева Мария Олеговна вам кто?") is a third person's
    if run and (any("Patr" in tokens[m].info.grammemes for m in run)
                or any(c in utterance.text[tokens[i].end:tokens[run[0]].start] for c in ".!?;")
                or any(t.info.lemmas & _WHO_TO_YOU for t in tokens[run[-1] + 1:run[-1] + 4])):
        return []
    return run


def _introduces(tokens: list, i: int) -> bool:
    """The word at i introduces the speaker's own name: "оператор", "меня зовут" — not "вас зовут" (red team bb13, 07);
    or "я" opening its clause with a first name in the nominative right after it ("я Оксана, линия для фермеров":
    stop 52) — the speaker says who they are, as with "меня зовут"."""
    if tokens[i].form.lower() == "я":
        return _opens_the_operators_own_speech(tokens, i) and i + 1 < len(tokens) and not tokens[i + 1].after_break \
            and _a_first_name_in_the_nominative(tokens[i + 1])
    if tokens[i].form.lower() == "имя":  # "моё имя Артём": the speaker's own name, as "меня зовут"
        return i > 0 and tokens[i - 1].form.lower() in ("моё", "мое") and not tokens[i].after_break \
            and _opens_the_operators_own_speech(tokens, i - 1)
    if tokens[i].form.lower() == "фамилия":  # "моя фамилия Сидоренко, табельный номер 1183": the speaker's own
        # surname, as "оператор Сидоренко" (stop 54); in a call 004's operator-own-surname reads it (is_self_introduced)
        # an owner named anywhere in the line ("моя фамилия Сидоренко, как и у владельца") tells the owner's by it;
        # and the surname introduces the operator only beside the operator's number, п. 18's introduction ("Моя
        # фамилия Зуева, найдите меня в Одноклассниках" is a personal contact offered, disclosure_u27's 002 line)
        return i > 0 and tokens[i - 1].form.lower() == "моя" and not tokens[i].after_break \
            and _opens_the_operators_own_speech(tokens, i - 1) and not any(t.info.lemmas & OWNER_NOUNS for t in tokens) \
            and _gives_the_operators_number(tokens) \
            and not any(t.info.lemmas & _SURNAME_LIKENED for t in tokens)  # "моя фамилия Петров, как у вас в договоре"
    return bool(tokens[i].info.lemmas & _INTRODUCE) and not (
        "звать" in tokens[i].info.lemmas and i and tokens[i - 1].form in _SOMEONE_ELSES)


# Words that may stand before the operator's "я Оксана" / "моё имя Артём" and leave it the operator's own speech
_GREETING_WORDS = frozenset({"здравствуйте", "добрый", "доброе", "день", "утро", "вечер", "алло", "приветствую"})
# what the introducing word names: a first name ("оператор Анна", "меня зовут Анна"), or for "моя фамилия" a surname
_OWN_NAME_WORD = {False: frozenset({"Name"}), True: frozenset({"Surn", "UNKN"})}
# The introducers read since stop 52 ("я", "моё имя"): their own name is the first name alone (review52 finding 1)
_FIRST_NAME_INTRODUCERS = frozenset({"я", "имя"})


def _opens_the_operators_own_speech(tokens: list, i: int) -> bool:
    """The word at i opens the line, or only greetings stand before it ("Добрый день, я Оксана"): the line is the
    operator's own speech there. After anything else — a verb of saying or writing, a colon, quotes, a third person
    ("Ваша мама звонила, сказала: я Анна Мельник") — "я" may be someone else's words reported (review52, finding 1)."""
    return all(t.form.lower() in _GREETING_WORDS for t in tokens[:i])


def _a_first_name_in_the_nominative(token) -> bool:
    """The word's likeliest reading is a first name in the nominative ("Оксана", "Алина" — not "Оксане", "Оксану")."""
    return {"Name", "nomn"} <= token.info.top_grammemes


# Words that address a name to the one spoken to, or name it as a field's value: "ваша фамилия Кузнецов", "господин
# Кузнецов", "уважаемый Пётр …" — a name after them is the caller's, never the operator's own (red team bb17, 14)
_ADDRESSED = frozenset({"ваш", "вы", "твой", "ты", "господин", "госпожа", "уважаемый", "дорогой", "фамилия", "имя",
                        "отчество", "фио", "гражданин", "гражданка"})


def _addressed_name(tokens: list, run_start: int, run_end: int, verb: int, text: str) -> bool:
    """The name run tokens[run_start:run_end] before the verb at `verb` is the one spoken to, not the speaker's own: it
    holds a patronymic (how one addresses a person; one introduces oneself by a first name, "Ольга, слушаю"), a word
    addressing or asking it stands before it in its clause ("ваша фамилия", "господин"), or it is asked ("Кузнецов
    Пётр Сергеевич? Звоню …"). The operator's own name is said with "меня зовут", "я", "оператор" (`_introduces`)."""
    if any("Patr" in tokens[k].info.grammemes for k in range(run_start, run_end)):
        return True
    if "?" in text[tokens[run_end - 1].end:tokens[verb].start]:
        return True
    for k in range(run_start - 1, max(-1, run_start - 4), -1):
        if tokens[k + 1].after_break:
            break  # the clause the name stands in opens here
        if tokens[k].info.lemmas & _ADDRESSED or tokens[k].form in _ADDRESSED:
            return True
    return False


def _names_before_own_verb(tokens: list, text: str | None = None) -> list:
    """The name words right before the speaker's own verb ("договорной отдел, Иванова Ольга, звоню по вашей заявке",
    "Сергей, беспокою вас по заявке"): whoever names themselves so is the speaker, introducing themselves — unless the
    name is addressed to the one spoken to (`_addressed_name`: "Кузнецов Пётр Сергеевич, слушаю вас", "ваша фамилия
    Кузнецов, записываю")."""
    found = []
    for i, token in enumerate(tokens):
        top = token.info.top_grammemes
        if not ("VERB" in top and "1per" in top and "sing" in top):
            continue
        j = i - 1
        run = []
        while j >= 0 and i - j <= 3 and tokens[j].info.grammemes & NAME_GRAMMEMES and not tokens[j].is_digit:
            run.append(tokens[j])
            j -= 1
        # "оформлен на Иванова Петра, звоню …": a name governed by a word before it is someone else's
        if run and not (j >= 0 and tokens[j].info.top_grammemes & {"PREP", "VERB", "PRTF", "PRTS", "INFN"}) \
                and (text is None or not _addressed_name(tokens, j + 1, i, i, text)):
            found.extend(run)
    return found


_OPERATOR_NUMBER_DIGITS = 6  # an operator's number is short; a phone number said after "номер" is not one
_TAB_NUMBER = frozenset({"табельный"})


def own_introduction_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """Where, in a line that is the operator's own introduction (is_own_introduction), the operator's own
    name and number stand, with their cue: "оператор Дмитрий", "зовут Ольга", "номер 1187" (short numbers).
    A personal-data finding inside these is the introduction п. 18 requires; anything else stays found."""
    if not is_own_introduction(utterance):
        return []
    tokens = utterance.tokens
    own_names = _names_before_own_verb(tokens, utterance.text)  # "Иванова Ольга, звоню …": the whole name, one span
    spans: list[tuple[int, int]] = ([(min(t.start for t in own_names), max(t.end for t in own_names))]
                                    if own_names else [])
    for i, token in enumerate(tokens):
        if _introduces(tokens, i):
            run = _own_name_after(utterance, i)
            if token.form.lower() in _FIRST_NAME_INTRODUCERS:
                # "я Анна Смирнова": a surname said with it is never the operator's introduction to clear
                run = run[:1] if run and "Name" in tokens[run[0]].info.grammemes else []
            surname = token.form.lower() == "фамилия"
            if surname:  # "моя фамилия Сидоренко": the one word the cue names, a surname by some reading
                run = run[:1] if run and _OWN_NAME_WORD[True] & tokens[run[0]].info.grammemes else []
            if any(_OWN_NAME_WORD[surname] & tokens[k].info.grammemes for k in run):
                spans.append((token.start, tokens[run[-1]].end))
        elif (token.form == "номер" or token.info.lemmas & _TAB_NUMBER) and i + 1 < len(tokens):
            # "табельный 6120": the operator's tab number with no "номер" (the redactor masks a worker's tab number as
            # an ID_DOCUMENT since stop 48: recognizers/id_document.py)
            first = i + 2 if tokens[i + 1].form == "оператора" else i + 1
            if first < len(tokens):
                spans.extend((token.start, g.end) for g in utterance.digit_groups
                             if len(g.digits) <= _OPERATOR_NUMBER_DIGITS and g.start <= tokens[first].start < g.end)
    return spans


# п. 7 words and what, governing or governed, makes them about something other than the network.
_FAILURE_WORDS = frozenset({"авария", "аварийный", "задержка", "задерживаться", "задержать", "задерживать", "поломка",
                            "неисправность"})
# "попали в аварию", "пострадал в аварии", "стали свидетелем аварии": an event someone is in, not the network
# ("случилась авария" alone is the network; "на дороге" is told by _NOT_NETWORK)
_INTO = frozenset({"попасть", "попадать", "угодить", "пострадать", "пострадавший", "свидетель", "участник",
                   "разбиться"})
_NOT_NETWORK = frozenset({"рейс", "поезд", "вылет", "самолёт", "самолет", "автобус", "маршрутка", "электричка", "зарплата",
                          "посылка", "курьер", "дорога", "машина", "автомобиль", "дтп", "трасса", "пенсия",
                          "страховка", "страховой", "оплата"})
# whose trouble it is, for every п. 7 word, "сбой" too: the operator's own answer, the phone's settings, a bank's
# app ("простите за задержку с ответом", "сбой настроек после обновления", "сбой выдаёт приложение банка")
_NOT_OURS = frozenset({"ответ", "банк", "настройка", "обновление", "прошивка", "электричество", "роутер", "модем",
                       "компьютер", "мошенничество", "заболевание", "свет", "водопровод", "лифт",
                       # a body's ("сбой сердечного ритма у мамы", a hospital's line): a person's health, not a service
                       "ритм", "сердечный", "сердце", "пульс", "давление", "дыхание", "здоровье", "организм",
                       })
# another institution's own process (the bank's is above): "регистрацию в ЗАГСе перенесут с задержкой", "сбой на
# госуслугах" — only as the failure word's own owner or place (_institutions_own; review 53, F6)
_INSTITUTIONS = frozenset({"загс", "мфц", "суд", "нотариус", "госуслуги", "налоговая", "соцзащита"})
# the caller's own side named with the word: "у вас дома авария", "профилактику своего роутера"
_CALLERS_SIDE = frozenset({"свой", "дома", "квартира"})
_FAILURE_NOUNS = frozenset({"сбой", "сбоить"})
# п. 7's words that may be said of the customer's own equipment (guard.disclosure.about.about_customers_own)
_ABOUT_EQUIPMENT = _FAILURE_WORDS | _FAILURE_NOUNS | {"проблема"}
# ...unless the company's side is named beside it: "задержка зачисления оплаты" is п. 7 again
_COMPANY_SIDE = frozenset({"зачисление", "зачислить", "зачисляться", "поступление", "сеть", "система", "сервер"})
_ADDRESS_WORDS = frozenset({"девушка", "молодой", "женщина", "мужчина"})
_SECOND_PERSON = frozenset({"вы", "ты", "ваш"})
_YOU_SUBJECT = frozenset({"вы", "ты"})
_SPEAKER_SUBJECT = frozenset({"я", "мы"})  # the nominative forms: "мне", "нас" are no subject
_WHICH = frozenset({"который"})


# п. 15 forbids addressing the caller so; the words quoted or named as words address nobody: «Уважаемый клиент»
# as the text of a fraudsters' SMS, "обращение «девушка»".
_MENTIONED_ADDRESS = _ADDRESS_WORDS | {"уважаемый", "дорогой"}
_QUOTING = frozenset({"текст", "обращение", "фраза", "слово", "надпись", "написать", "написано", "начинаться",
                      "подпись", "заголовок", "шаблон"})
_OPEN_QUOTES, _CLOSE_QUOTES = "«„“", "»“”"
_SPOKEN_OF = frozenset({"ваш", "мой", "наш", "свой", "твой", "его", "её", "ее", "их", "этот", "тот", "взрослый",
                        "какой-то", "один", "другой", "такой"})


def quoted_address(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 15 word at [start, end) is quoted or named as a word («Уважаемый клиент» as an SMS's text): it
    addresses nobody — read from the line's own marks, not guessed, so no model's certainty re-reads it."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    first, last = inside
    return bool(utterance.tokens[first].info.lemmas & _MENTIONED_ADDRESS) and (
        _mentioned(utterance, first, start) or _wording_said_of(utterance.tokens, last))


# what a text's words do, said of the words themselves: "«уважаемый клиент» — так начинается письмо", "уважаемый
# клиент в эсэмэс звучит сухо"
_WORDING_VERBS = frozenset({"начинаться", "звучать"})
_WORDING_NOUNS = frozenset({"письмо", "фраза", "обращение", "сообщение", "текст", "рассылка", "уведомление", "смс",
                            "эсэмэс", "sms", "приветствие", "шаблон", "строка", "подпись", "записка", "открытка"})
_WORDING_REACH = 6


def _wording_said_of(tokens: list, last: int) -> bool:
    """A 3rd-person verb of a text's wording in the clause right after the п. 15 words ending at `last`, nothing
    addressing the caller before it, and its subject a text: "так начинается" with a word of wording ("письмо",
    "рассылка", "сообщение" …) right after it in the nominative, or "звучит" with nothing but an adverb after it and a
    word of wording before it ("в эсэмэс звучит сухо"): the words are named as a text's (speech to text drops the
    quotes; stop 55), they address nobody. Said of anything else ("так начинается процедура", "звучит сигнал"), an
    imperative, a 2nd person or "вы" anywhere after the verb, or a break after the words: an address (fail closed;
    review of s55-merge, п. 15)."""
    def addressing(t) -> bool:
        return bool(t.info.lemmas & _YOU_SUBJECT or t.info.top_grammemes & {"impr", "2per"})

    def wording(t) -> bool:
        return bool(t.info.lemmas & _WORDING_NOUNS or t.form.lower() in _WORDING_NOUNS)

    for k in range(last + 1, min(len(tokens), last + 1 + _WORDING_REACH)):
        t = tokens[k]
        top = t.info.top_grammemes
        if t.after_break or addressing(t):
            return False
        if not (t.info.lemmas & _WORDING_VERBS and "3per" in top):
            continue
        if any(addressing(u) for u in tokens[k + 1:]):
            return False
        rest = tokens[k + 1:k + 3]
        if "звучать" in t.info.lemmas:
            # "в уведомлении звучит официально": the words themselves its subject, a text named before it
            return (any(wording(u) for u in tokens[last + 1:k])
                    and all("ADVB" in u.info.top_grammemes and not u.after_break for u in rest[:1]))
        # "так начинается письмо", "так начинается каждая рассылка": a text the subject
        return tokens[k - 1].form.lower() == "так" and any(
            wording(u) and "nomn" in u.info.top_grammemes and not u.after_break for u in rest)
    return False


def _mentioned(utterance: Utterance, first: int, start: int) -> bool:
    """The word at token `first` stands inside quotes, or right after a word that names a text ("с текстом",
    "обращение", "написано"): it is quoted, not said to the caller."""
    before = utterance.text[:start]
    opened = sum(before.count(q) for q in _OPEN_QUOTES) - sum(before.count(q) for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES)
    if opened > 0 or before.count('"') % 2 == 1:
        return True
    return any(t.info.lemmas & _QUOTING for t in utterance.tokens[max(0, first - 2):first])


# п. 23's words that are also everyday ones: "профилактика мошенничества", "профилактику своего роутера"
_MAINTENANCE_WORDS = frozenset({"профилактика", "профилактический"})


def _callers_side(tokens: list, first: int, last: int) -> bool:
    """The caller's own side is named in the word's clause, right before or after it: "у вас дома авария",
    "профилактику своего роутера" — their trouble, not the network's ("у вас в районе авария" is the network's)."""
    lo = first
    while lo > 0 and first - lo < 3 and not tokens[lo].after_break:
        lo -= 1
    hi = last + 1
    while hi < len(tokens) and hi - last <= 3 and not tokens[hi].after_break:
        hi += 1
    near = tokens[lo:first] + tokens[last + 1:hi]
    return any(t.info.lemmas & _CALLERS_SIDE for t in near)


def set_off_as_an_address(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 15 word at [start, end) is set off as the caller addressed: a break (or the line's edge) on both sides
    ("Девушка, вы меня слышите?", "Хорошо, девушка, тогда давайте …") — the forbidden sense itself, which no
    model's doubt reads away (fail closed: a cue may change what a hit is, never drop it)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    return bool(tokens[first].info.lemmas & _ADDRESS_WORDS) and (first == 0 or tokens[first].after_break) and (
        last + 1 == len(tokens) or tokens[last + 1].after_break)


def month_of_a_thing(utterance: Utterance, start: int, end: int) -> bool:
    """The hit at [start, end) reads a birth month from a month's adjective ("вы мартовский?", recognizers/lexicon.py
    MONTH_ADJECTIVES) that qualifies a thing by the line's syntax ("вы майский тариф смотрели?", "вы мартовскую акцию
    подключали?": about.attribute_of_a_thing): the month is the tariff's or the offer's, nobody's birthday. A hit with
    a digit in it, one that does not end on the adjective in the nominative ("УФМС по Октябрьскому району" is an
    office), or a parse that places the adjective otherwise, stays."""
    inside = utterance.token_range(start, end)
    if inside is None or utterance.digits_in(start, end):
        return False
    last = utterance.tokens[inside[1]]  # the reading ends on the adjective said of someone ("вы мартовский")
    return bool(last.info.lemmas & MONTH_ADJECTIVES) and "nomn" in last.info.grammemes \
        and attribute_of_a_thing(utterance, last.start, last.end)


def said_of_customers_equipment(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 7 word at [start, end) is said of the customer's own device, by the line's syntax ("сбой времени на
    счётчике", "задержку на выход в панели поставьте"): nothing of the carrier's side in its phrase or its
    predicate's places (guard.disclosure.about.about_customers_own)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    word = utterance.tokens[inside[0]]
    return bool(word.info.lemmas & _ABOUT_EQUIPMENT) and about_customers_own(utterance, start, end)


def other_sense(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 7 or п. 15 word at [start, end) means something else here (see the module's note)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    word = tokens[first]
    around = tokens[max(0, first - 3):first] + tokens[last + 1:last + 4]
    callers = _callers_side(tokens, first, last)
    if said_of_customers_equipment(utterance, start, end):
        return True
    if word.info.lemmas & (_FAILURE_NOUNS | _MAINTENANCE_WORDS | _FAILURE_WORDS) and _institutions_own(utterance, first, last):
        return True
    if word.info.lemmas & _REFERRABLE and referred_elsewhere(utterance, first, last):
        return True
    if word.info.lemmas & (_FAILURE_NOUNS | _MAINTENANCE_WORDS):
        return (callers or any(t.info.lemmas & (_NOT_OURS | _INTO) for t in around)) and not any(
            t.info.lemmas & _COMPANY_SIDE for t in around)
    if word.info.lemmas & _FAILURE_WORDS:
        if (callers or any(t.info.lemmas & (_NOT_NETWORK | _NOT_OURS | _INTO) for t in around)) and not any(
                t.info.lemmas & _COMPANY_SIDE for t in around):
            return True
        if said_of_another_thing(utterance, start, end, _NOT_NETWORK | _NOT_OURS):
            return True  # "автобус до райцентра с задержкой ходит": the thing it is said of, past the words around
        # "вы задерживаетесь с оплатой": the caller is the one who is late
        return "2per" in word.info.top_grammemes and any(t.form == "вы" for t in tokens[max(0, first - 3):first])
    if quoted_address(utterance, start, end):
        return True
    if word.info.lemmas & _ADDRESS_WORDS:
        before = tokens[first - 1] if first > 0 and not word.after_break else None
        # "ваш молодой человек", "взрослый молодой человек": a word agreeing with it before — someone spoken of
        if before is not None and before.info.lemmas & _SPOKEN_OF:
            return True
        if _possessor_after(tokens, last):  # "молодой человек вашей внучки": whose the person is (stop 55)
            return True
        if likened_to_the_caller(tokens, first):
            return True  # "владелец мужчина, как и вы": someone's sex, the caller compared to it — not addressed
        if _callers_sex_beside_the_owners(tokens, first, utterance.text):
            return True  # "номер на мужчину, а звоните вы, женщина": п. 6's two sexes told, the caller's in apposition
        return _clause_after_the_word(tokens, last) == "spoken of"
    return False


# п. 7's and п. 23's words a line may send to another party ("Задержка багажа — это к авиакомпании", "Профилактика на
# фабрике — это уточните у себя на комбинате", "Проблема с работодателем — это не к нам"): whose the trouble is, said by
# whom it is referred to. Nine pairs of seven authors so written, all clean (stop 54)
_REFERRABLE = _FAILURE_NOUNS | _MAINTENANCE_WORDS | _FAILURE_WORDS | {"проблема", "технический", "плановый", "регламентный",
                                                                      "техработы", "техперерыв"}
_REFERRED_TO = frozenset({"к", "ко", "у"})  # "это к авиакомпании", "это вопрос к таможне", "уточните у себя"
_ASK_ELSEWHERE = frozenset({"уточнить", "узнать", "спросить", "выяснить", "обратиться", "обращаться", "уточнять",
                            "узнавать", "спрашивать"})
_ON_THE_WAY = frozenset({"уже", "скорее", "вопрос", "вам", "тогда", "всё", "все", "лучше", "только"})
_OURS = frozenset({"мы", "наш"})


def referred_elsewhere(utterance: Utterance, first: int, last: int) -> bool:
    """The п. 7 / п. 23 word at tokens [first, last] is sent to another party by what follows it in its stretch (up to
    a contrast word or the sentence's end): "это" and, within a few words ("уже", "вопрос"), "к"/"у" + whom it is for
    ("— это к авиакомпании", "это вопрос к таможне"), an imperative or infinitive of asking there ("это уточните у себя
    на комбинате"), or the carrier denied as its address ("это не к нам"). The trouble is then that party's, not the
    carrier's service. Fail closed: the stretch naming the carrier's side anywhere — its network, systems, staff or
    money (about.CARRIERS_SIDE, the call center's own words, "мы", "наш") — before the referral or as its address
    ("сбой сети — это к инженерам", "это вопрос к техподдержке", "у нас сбой, это к ним") keeps the rule's hit; what
    the line says after a contrast ("…, а связь у вас в порядке") is another stretch."""
    from guard.disclosure.about import CARRIERS_SIDE
    from guard.nlp import DOMAIN_WORDS

    tokens = utterance.tokens
    lo, hi = stretch_of(utterance, first)
    this = next((k for k in range(last + 1, hi + 1) if tokens[k].form.lower() == "это"), None)
    if this is None:
        return False
    k, denied = this + 1, False
    while k <= hi and (tokens[k].form.lower() in _ON_THE_WAY or tokens[k].form.lower() == "не"):
        denied = denied or tokens[k].form.lower() == "не"
        k += 1
    if k <= hi and tokens[k].info.lemmas & _ASK_ELSEWHERE and tokens[k].info.top_grammemes & {"impr", "INFN", "2per"}:
        k += 1  # "это уточните у себя" ("уточните": the imperative and the 2nd person alike), "это узнать у …"
    if k > hi or tokens[k].form.lower() not in _REFERRED_TO:
        return False
    carriers = CARRIERS_SIDE | _OURS

    def the_carriers(t) -> bool:
        return bool(t.info.lemmas & carriers) or t.form.lower() in DOMAIN_WORDS

    # review54 finding 5: a bare pronoun ("это к ним") may be the carrier's own engineers — the rule's hit stays
    if k + 1 <= hi and "NPRO" in tokens[k + 1].info.top_grammemes and not tokens[k + 1].info.lemmas & (_OURS | {"себя"}):
        return False
    if denied:  # "это не к нам", "это вопрос не к нам": the carrier denied as whom it is for
        return k + 1 <= hi and bool(tokens[k + 1].info.lemmas & _OURS) and not any(
            the_carriers(t) for t in tokens[lo:k])
    return not any(the_carriers(t) for t in tokens[lo:hi + 1])


def _institutions_own(utterance: Utterance, first: int, last: int) -> bool:
    """The п. 7 word at tokens [first, last] is another institution's: the institution in the genitive right after it
    ("задержка суда") or "в/на ‹institution›" right after it ("сбой на госуслугах") or before it in its clause with no
    punctuation between ("выписку в МФЦ подготовят с задержкой"). "у нас" anywhere keeps it ours (review 53, F6: «У
    нас технический сбой, справку в суд пришлём позже» was cleared by «суд» three words away)."""
    tokens = utterance.tokens
    if any(t.form == "у" and k + 1 < len(tokens) and tokens[k + 1].form == "нас" for k, t in enumerate(tokens)):
        return False
    after = tokens[last + 1:last + 3]
    if after and not after[0].after_break:
        if after[0].info.lemmas & _INSTITUTIONS and "gent" in after[0].info.grammemes:
            return True
        if after[0].form in {"в", "на"} and len(after) > 1 and after[1].info.lemmas & _INSTITUTIONS:
            return True
    k = first
    while k > 0 and not tokens[k].after_break:
        k -= 1
        if tokens[k].form in {"в", "на"} and k + 1 < first and tokens[k + 1].info.lemmas & _INSTITUTIONS:
            return True
    return False


_OWNED_THINGS = frozenset({"номер", "договор", "сим", "симка", "симкарта", "сим-карта", "контракт"})


def _callers_sex_beside_the_owners(tokens: list, i: int, text: str = "") -> bool:
    """The sex noun at `i` stands in apposition right after "вы" ("звоните вы, женщина"), and the line names the
    owner's sex governed by "на" ("номер оформлен на мужчину"): the two sexes п. 6 compares, said of the caller, not
    a form of address. A sex noun opening a clause, or a line naming no owner's sex, is read as before."""
    if i == 0 or tokens[i - 1].form != "вы" or not tokens[i].info.lemmas & SEX_NOUNS:
        return False
    # review 53, F4: «вы, женщина» a subject — an indicative verb of "вы" right before it ("звоните вы, женщина"), no
    # vocative after «Ну»/«Слушайте» — and the owner's sex in the same clause, the number/contract being what is "на"
    # it ("номер на мужчину, а звоните вы, женщина"); «кричите на мужчину», another sentence's «на мужчину»: not read
    if i < 2 or not ({"VERB", "indc"} <= tokens[i - 2].info.top_grammemes) or tokens[i - 2].info.top_grammemes & {"impr"}:
        return False
    def ends(k: int) -> bool:  # a sentence's end between token k - 1 and token k
        return bool(re.search(r"[.!?;]", text[tokens[k - 1].end:tokens[k].start]))
    first, last = i, i
    while first > 0 and not ends(first):
        first -= 1
    while last + 1 < len(tokens) and not ends(last + 1):
        last += 1
    for k in range(max(first, 1), last + 1):
        if k != i and tokens[k - 1].form == "на" and tokens[k].info.lemmas & _GENDER_WORDS:
            if any(t.info.lemmas & _OWNED_THINGS for t in tokens[max(first, k - 4):k - 1]):
                return True
    return False


def _clause_after_the_word(tokens: list, last: int) -> str | None:
    """How the clause after a п. 15 word ending at token `last` reads it: "spoken of" (a relative clause qualifies it,
    or a third-person predicate agrees with it), "addressed" (the clause's subject is someone else — "вы", the
    speaker, an imperative, an inanimate noun before an intransitive predicate), or None (nothing tells)."""
    after = tokens[last + 1:last + 6]
    # "девушка, которая вас обслуживала", "молодой человек, о котором вы говорите", "девушка из салона, которая …":
    # spoken of, not to — the relative clause the word's own: not one of a noun set off after it ("Молодой человек,
    # телефон, который вы нашли, лучше отдать вахтенному" qualifies the phone and addresses the caller; stop 55)
    if any(_relative_clause_of_the_word(after, k) for k in range(min(3, len(after)))):
        return "spoken of"
    if not after or after[0].after_break:
        return None  # "Девушка, подождите": set off (set_off_as_an_address reads it)
    # "молодой человек роуминг включился сам", "девушка чек остался?": an inanimate noun in the nominative right after
    # the word, before an intransitive predicate, is that predicate's subject (an intransitive verb takes no object):
    # the word before it is no subject, it addresses (speech to text leaves out the comma that would set it off)
    # (the nominative of such a noun is often the accusative's form: any reading of it as nominative counts, the
    # verb's decides) — or the predicate's gender is the noun's and not the word's ("девушка платёж прошёл")
    subject = after[0].info
    if {"NOUN", "inan"} <= subject.top_grammemes and "nomn" in subject.grammemes:
        verb = next((t for t in after[1:] if "VERB" in t.info.top_grammemes and not t.after_break), None)
        if verb is not None and ("intr" in verb.info.top_grammemes or _agrees_with_the_noun_only(
                verb.info.top_grammemes, subject.top_grammemes, tokens[last].info.top_grammemes)):
            return "addressed"
    # "девушка в салоне должна была выдать", "молодой человек в салоне подключил вам": a third-person
    # predicate agrees with the word before the clause ends; the word is the caller addressed when "вы" takes
    # over ("девушка вы не поняли"), an imperative follows ("девушка подождите") or the speaker becomes the
    # subject ("девушка я ещё не договорила"): the clause's subject is then someone else than the word
    # "девушка рядом с вами", "мужчина возле вас — кто это?": a person placed beside someone is someone spoken of (one
    # does not place the one spoken to; "Девушка, рядом с вами салон" is set off, read above)
    if _beside_a_person(after):
        return "spoken of"
    for t in after:
        top = t.info.top_grammemes
        # a verb in the 2nd person agrees with "вы", never with the word: "девушка уточните" (the imperative and the
        # future share the form; the dictionary reads the future first)
        second_person_verb = {"VERB", "2per"} <= top
        if t.after_break or t.info.lemmas & _YOU_SUBJECT or "impr" in top or t.form in _SPEAKER_SUBJECT \
                or second_person_verb:
            # the nominative "вы" or the speaker as the subject, an imperative: the word addressed; "вам", "вас" after
            # it ("девушка вам перезвонит") leave the subject open
            subject = t.form.lower() in _YOU_SUBJECT or "impr" in top or t.form in _SPEAKER_SUBJECT or second_person_verb
            return "addressed" if subject and not t.after_break else None
        if ({"VERB", "ADJS"} & top) and ("3per" in top or ("past" in top or "ADJS" in top) and "sing" in top):
            return "spoken of"
    return None


def _relative_clause_of_the_word(after: list, k: int) -> bool:
    """The relative pronoun at after[k] opens a clause qualifying the п. 15 word right before `after`: with its
    preposition ("о которой"), no break between the word and the clause's opening — a break there sets off another
    noun the clause may qualify instead ("Молодой человек, телефон, который …")."""
    if not after[k].info.lemmas & _WHICH:
        return False
    opening = k - 1 if k > 0 and "PREP" in after[k - 1].info.top_grammemes and not after[k].after_break else k
    # a noun in the nominative between them is the clause's own antecedent ("молодой человек телефон который вы
    # нашли …": speech to text writes no comma), as a noun set off is; a phrase governed by the word is not ("девушка
    # из салона которая …")
    return not any(t.after_break or any({"NOUN", "nomn"} <= tag for tag in t.info.parse_tags) for t in after[:opening])


def _possessor_after(tokens: list, last: int) -> bool:
    """A kin noun's genitive right after the п. 15 word ending at `last`, a possessive before it allowed ("молодой
    человек вашей внучки", "девушка брата"), and nothing after it addressing the caller: whose the word's person is —
    someone spoken of, as "ваш молодой человек" is (owned_person; stop 55). Read narrowly (review of s55-merge, п. 15):
    any other animate noun there may be the object of an address ("девушка мастера ждите завтра": the animate
    accusative is the genitive's form), and an imperative, a 2nd person or "вы"/"ты" anywhere after the word keeps the
    address ("девушка мужа попросите перезвонить"); a name's genitive ("Девушка, Ивановой …") is not read."""
    if last + 1 < len(tokens) and tokens[last].info.lemmas & {"молодой"} and tokens[last + 1].form.lower() == "человек":
        last += 1  # the hit on "молодой" alone: "человек" is the word's, not a genitive plural after it
    k = last + 1
    if k < len(tokens) and not tokens[k].after_break and tokens[k].info.lemmas & _OWNERS \
            and "gent" in tokens[k].info.top_grammemes:
        k += 1  # "вашей", "его" before the noun
    if k >= len(tokens) or tokens[k].after_break:
        return False
    if not (tokens[k].info.lemmas & KIN_NOUNS and _animate_genitive(tokens[k])) \
            or tokens[k].info.grammemes & NAME_GRAMMEMES:
        return False
    # "с вами" is no address ("Молодой человек вашей дочери тоже едет с вами?"): "вы" as the subject only
    return not any("impr" in t.info.top_grammemes or {"2per", "VERB"} <= t.info.top_grammemes
                   or (t.info.lemmas & _YOU_SUBJECT and "nomn" in t.info.top_grammemes) for t in tokens[k + 1:])


def _animate_genitive(token) -> bool:
    """A person's noun in the genitive in one of its parses ("брата", "курьера" read as the accusative first: the two
    are one form), a word the dictionary knows ("капсом" is guessed a noun of every case)."""
    return "UNKN" not in token.info.grammemes and any({"NOUN", "anim", "gent"} <= tag for tag in token.info.parse_tags)


_GENDERS = frozenset({"masc", "femn", "neut"})
_BESIDE = frozenset({"рядом", "возле", "около", "напротив", "позади", "сзади", "вблизи"})


def _beside_a_person(after: list) -> bool:
    """The words after a п. 15 word place it beside a person: a word of nearness, then (past "с") a person's pronoun or
    an animate noun — "рядом с вами", "возле вас", "около мамы"; not "рядом есть салон", "около пяти минут"."""
    if not after or after[0].after_break or not after[0].info.lemmas & _BESIDE:
        return False
    return any(not t.after_break and (t.info.lemmas & _PERSON_PRONOUNS or {"NOUN", "anim"} <= t.info.top_grammemes)
               for t in after[1:3])


_PERSON_PRONOUNS = frozenset({"вы", "ты", "я", "мы", "он", "она", "они"})

def _agrees_with_the_noun_only(verb: frozenset, noun: frozenset, word: frozenset) -> bool:
    """A past-tense singular predicate whose gender is the noun's and not the person word's."""
    gender = verb & _GENDERS
    return "past" in verb and bool(gender) and gender <= noun and not gender & word


def addressed_by_syntax(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 15 word at [start, end) addresses the caller by the line's syntax: set off (set_off_as_an_address), or
    opening its clause with the clause after it taken by another subject ("мужчина вы меня слышите", "молодой человек
    роуминг включился автоматически": speech to text writes no comma). The forbidden sense itself, read from syntax:
    no verifier's or model's doubt reads it away (fail closed), as no doubt reads away a set-off address (issue 12)."""
    if set_off_as_an_address(utterance, start, end):
        return True
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    if not tokens[first].info.lemmas & _ADDRESS_WORDS or not (first == 0 or tokens[first].after_break):
        return False
    if first > 0 and tokens[first - 1].info.lemmas & _SPOKEN_OF:
        return False
    return _clause_after_the_word(tokens, last) == "addressed"


_OWNERS = frozenset({"ваш", "мой", "наш", "свой", "твой", "его", "её", "ее", "их"})


def placed_person(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 15 word at [start, end) is placed beside someone by the words right after it, in its clause ("девушка
    рядом с вами — это ваш сурдопереводчик?", "мужчина возле вас — ваш брат?"): someone spoken of by the syntax, as an
    owned person is (owned_person) — one does not place the one spoken to (stop 49)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    after = tokens[last + 1:last + 6]
    if not tokens[first].info.lemmas & _ADDRESS_WORDS or not after:
        return False
    return _beside_a_person(after)  # not "Девушка, рядом с вами салон" (set off), "девушка рядом есть салон"


def owned_person(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 15 word at [start, end) ("молодой человек", "девушка") right after a possessive ("ваш молодой человек",
    "её девушка") in its clause: someone spoken of, by syntax — the addressee is never owned (stop 42)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    if not tokens[first].info.lemmas & _ADDRESS_WORDS:
        return False
    return (first > 0 and not tokens[first].after_break
            and (tokens[first - 1].form.lower() in _OWNERS or bool(tokens[first - 1].info.lemmas & _OWNERS))) \
        or _possessor_after(tokens, last)  # "молодой человек вашей внучки" (stop 55)


_BLAME = frozenset({"вина", "виноватый", "виновный", "ошибиться", "ошибаться", "ошибка", "неправый"})
_NEGATION = frozenset({"не", "ни"})
_POSSESSIVE = frozenset({"ваш", "твой", "ваша", "ваше", "вашей", "вашего", "вашу"})


def asks_caller_to_repeat(utterance: Utterance, start: int, end: int) -> bool:
    """Every repeating verb of the hit at [start, end) is an imperative or 2nd person ("Простите, не расслышала,
    повторите, пожалуйста, ещё раз последние цифры", "вы повторите ещё раз?"): the operator asks the caller to say it
    again, which is no irritated "Повторяю ещё раз" (the operator's own repeating, first person or infinitive, stays a
    finding)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    verbs = [t for t in utterance.tokens[inside[0]:inside[1] + 1] if t.info.lemmas & _REPEAT]
    # "повторите" is the imperative and the 2nd person future alike: either way the caller is the one who repeats
    return bool(verbs) and all(t.info.top_grammemes & {"impr", "2per"} and "1per" not in t.info.top_grammemes
                               for t in verbs)


_CONDITION = frozenset({"если", "ежели"})
_CONDITION_REACH = 6  # words before the verb: "если что-то непонятно, я повторю"
_CONDITION_AFTER = 3  # words after it: "повторю ещё раз, если не успели записать" (the verb, "ещё раз", the condition)


# "ещё раз", "опять", "снова", "сколько", "уже": the operator's own words again, the irritated repeat п. 16's ethics
# name ("Повторяю ещё раз: …") — whatever else the line says
_AGAIN = frozenset({"еще", "ещё", "опять", "снова", "вновь", "сколько", "уже", "раз"})


def _after_the_caller(tokens: list, verb: int) -> bool:
    """"за вами" ("за тобой") right after the noting or repeating verb at `verb`, in its clause: the operator repeats
    or notes after the caller, as they say it ("Повторяю за вами: …", "Записываю за вами: …")."""
    return verb + 2 < len(tokens) and tokens[verb + 1].form.lower() == "за" \
        and tokens[verb + 2].form.lower() in ("вами", "тобой") and not tokens[verb + 1].after_break


def _hit_tokens_with(utterance: Utterance, start: int, end: int, lemmas: frozenset[str]) -> list[int]:
    """The indices of the tokens inside the hit at [start, end) whose lemmas include one of `lemmas` (none when the
    hit covers no token): the words a reading of the hit is about — the repeat verbs, the blame words."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return []
    tokens = utterance.tokens
    return [i for i in range(inside[0], inside[1] + 1) if tokens[i].info.lemmas & lemmas]


def repeats_after_the_caller(utterance: Utterance, start: int, end: int) -> bool:
    """Every repeating verb of the hit at [start, end) is the operator's present or future with "за вами" right after
    it ("Повторяю за вами: …") or with its object named as the caller's saying in a relative clause ("Повторяю номер,
    который вы продиктовали: …", "повторю то, что вы сказали"): which sense of "повторять" — saying the caller's words
    after them, not the irritated "Повторяю ещё раз" of the operator's own (п. 16's ethics). Clears the wording rule
    only: what the words after it tell is read as any read-back's (read_back_spans: the caller's own words only, never
    a third person's). "ещё раз", "опять", "снова", "уже", "сколько" in the verb's stretch, and the past ("я же
    повторяла за вами"), keep it."""
    verbs = _hit_tokens_with(utterance, start, end, _REPEAT)
    if not verbs:
        return False
    tokens = utterance.tokens
    for i in verbs:
        grammemes = tokens[i].info.top_grammemes
        if "1per" not in grammemes or "past" in grammemes or not (
                _after_the_caller(tokens, i) or _object_the_callers_saying(utterance, i)):
            return False
        first, last = stretch_of(utterance, i)
        if any(t.form.lower() in _AGAIN for t in tokens[first:last + 1]):
            return False
    return True


# the verbs of saying a repeated thing's relative clause may name ("тариф, который я назвала")
_SAYING = frozenset({"назвать", "называть", "сказать", "говорить", "продиктовать", "диктовать", "озвучить",
                     "озвучивать", "объяснить", "объяснять"})
_SAYING_REACH = 3  # "который (вы) (сейчас) назвали"


def repeat_of_a_thing_said(utterance: Utterance, start: int, end: int) -> bool:
    """A repeating verb of the hit at [start, end) has its object qualified by a saying — "за вами" right after it, or
    "который"/"что" and a verb of saying a few words after it in its stretch ("Повторяю тариф, который я назвала",
    "Я же повторяла адрес, который вы назвали"). Whose saying it is and whether the repeat is again or in the past is
    what repeats_after_the_caller reads: where it kept the hit, the code has read the verb's sense (the operator's own
    words, "ещё раз", the past), and a learned guess that reads "который вы назвали" as a read-back's context is not
    asked again (stop 54: a retrained verifier cleared three such hits s52-falsealarms' readings keep)."""
    tokens = utterance.tokens
    for i in _hit_tokens_with(utterance, start, end, _REPEAT):
        if _after_the_caller(tokens, i):
            return True
        _, last = stretch_of(utterance, i)
        # the relative word a few words after the verb, its verb of saying a few words after it ("который вы назвали")
        if any(tokens[k].info.lemmas & _OBJECT_CLAUSE and any(tokens[j].info.lemmas & _SAYING
                                                              for j in range(k + 1, min(last, k + _SAYING_REACH) + 1))
               for k in range(i + 1, min(last, i + _OBJECT_CLAUSE_REACH) + 1)):
            return True
    return False


# "повторяю номер, который вы продиктовали", "повторю то, что вы сказали": the relative word between the repeating
# verb and the caller's saying, a few words after the verb (the object and its relative clause)
_OBJECT_CLAUSE = frozenset({"который", "что"})
_OBJECT_CLAUSE_REACH = 5


def _object_the_callers_saying(utterance: Utterance, verb: int) -> bool:
    """The repeating verb at `verb` has its object qualified by the caller's saying: a read-back cue of the caller's
    own words ("вы продиктовали", "вы сказали": read_back_cues with `callers_words_only`) within a few words after it,
    in its stretch, with "который" or "что" between — "Повторяю номер, который вы сейчас продиктовали: …". Not "вы"
    saying in a clause of its own ("Повторяю: вы сказали …" — the repeat is the operator's, what follows is read apart)."""
    tokens = utterance.tokens
    _, last = stretch_of(utterance, verb)
    return any(verb < cue <= min(last, verb + _OBJECT_CLAUSE_REACH)
               and any(tokens[k].info.lemmas & _OBJECT_CLAUSE for k in range(verb + 1, cue))
               for cue in read_back_cues(utterance, callers_words_only=True))


def offers_to_repeat(utterance: Utterance, start: int, end: int) -> bool:
    """Every repeating verb of the hit at [start, end) is the operator's own future ("повторю") under a condition in
    its sentence, before it ("Если непонятно, я повторю ещё раз, медленнее") or right after it when the caller may have
    missed it ("повторю ещё раз, если не успели записать": _the_callers_miss_after): an offer to a caller who may not
    have understood, not the irritated "Повторяю ещё раз" (the present, the past "я же повторяла" and an unconditional
    "ещё раз повторю" stay findings)."""
    verbs = _hit_tokens_with(utterance, start, end, _REPEAT)
    if not verbs:
        return False
    tokens = utterance.tokens
    for i in verbs:
        if not {"futr", "1per"} <= tokens[i].info.top_grammemes:
            return False
        first, last = stretch_of(utterance, i)
        if not (any(t.info.lemmas & _CONDITION for t in tokens[max(first, i - _CONDITION_REACH):i])
                or _the_callers_miss_after(tokens, i, last)):
            return False
    return True


def _the_callers_miss_after(tokens: list, verb: int, last: int) -> bool:
    """A condition right after the repeating verb at `verb` whose verb is the caller's — the "вы" form, 2nd person or
    a plural past ("повторю ещё раз, если не успели записать", "…, если вы не расслышали"): the repeat offered for
    what the caller may have missed. An impersonal condition ("ещё раз повторю, если надо") offers nothing of theirs."""
    for k in range(verb + 1, min(last, verb + _CONDITION_AFTER) + 1):
        if tokens[k].info.lemmas & _CONDITION:
            return any("VERB" in t.info.top_grammemes and ("2per" in t.info.top_grammemes
                                                            or {"past", "plur"} <= t.info.top_grammemes)
                       for t in tokens[k + 1:min(last, k + _CONDITION_AFTER) + 1])
    return False


def blame_negated(utterance: Utterance, start: int, end: int) -> bool:
    """Every blame word in [start, end) is denied: "это не ваша вина", "вы не ошиблись", "вашей вины здесь
    нет" clear the caller — what п. 16 asks the operator to do — and are not "Это ваша вина"."""
    blamed = _hit_tokens_with(utterance, start, end, _BLAME)
    if not blamed:
        return False
    tokens = utterance.tokens
    for i in blamed:
        before = [t for t in tokens[max(0, i - 3):i] if not t.info.lemmas & (_POSSESSIVE | _SECOND_PERSON)]
        denied_before = bool(before) and before[-1].info.lemmas & _NEGATION and not tokens[i].after_break
        after = tokens[i + 1:i + 4]
        denied_after = any(t.form == "нет" and not t.after_break for t in after)
        if not (denied_before or denied_after):
            return False
    return True


def _by_oneself(tokens: list, j: int) -> bool:
    """The speaker's verb at `j` has the emphatic "сам" beside it ("сверю сама: паспорт серии …", "сама проверю"):
    the operator reads the value out themselves — from the records — rather than saying back what the caller gave."""
    return any(t.info.lemmas & _SELF and not t.after_break for t in tokens[max(0, j - 1):j]) or (
        j + 1 < len(tokens) and not tokens[j + 1].after_break and bool(tokens[j + 1].info.lemmas & _SELF))


_REPORTED_REACH = 6  # the words of the clause after "что" read for the caller's own act


def _reports_a_clause(tokens: list, j: int) -> bool:
    """The verb at `j` in the present, the indicative, with "что" right after it and no act of the caller's own in
    that clause: "вы пишете, что у вас авария" reports what the caller wrote. "Пишите, что …" (the imperative) and
    "вы пишете, что отказываетесь от договора" (the caller's act in the 2nd person: the text they are to write, a
    procedure told) are instructions."""
    if not (j + 1 < len(tokens) and "pres" in tokens[j].info.top_grammemes
            and "impr" not in tokens[j].info.top_grammemes and tokens[j + 1].info.lemmas & _REPORTED):
        return False
    for k in range(j + 2, min(len(tokens), j + 2 + _REPORTED_REACH)):
        if tokens[k].after_break:
            break
        if "2per" in tokens[k].info.top_grammemes and "VERB" in tokens[k].info.top_grammemes:
            return False
    # a value or a person after it ("вы пишете, что номер владельца 8916…", "…, что владелец Смирнова Анна"): the
    # present reads back only the caller's wording, never a third party's data (review52, the lesser finding)
    return not any(t.is_digit or "NUMR" in t.info.top_grammemes or t.info.lemmas & OWNER_NOUNS
                   or t.info.top_grammemes & NAME_GRAMMEMES for t in tokens[j + 2:])


def _not_said_yet(tokens: list, j: int) -> bool:
    """The caller's verb of saying at `j` tells nothing said yet: the future ("а вы скажете, совпадает или нет" — the
    operator reads first, the caller is to answer), or an imperative asking to speak ("говорите громче", "говорите,
    пожалуйста": "говорите" is the imperative and the present alike, the adverb or "пожалуйста" after it decides)."""
    grammemes = tokens[j].info.top_grammemes
    if "futr" in grammemes:
        return True
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return ("impr" in tokens[j].info.grammemes and after is not None
            and ("COMP" in after.info.top_grammemes or after.form.lower() == "пожалуйста"))


def read_back_cues(utterance: Utterance, callers_words_only: bool = False) -> list[int]:
    """Token indexes of the read-back cues (_read_back_cues), read once a line for each `callers_words_only` (issue 12,
    speed: four readers a line — read-back spans, the caller's words, is_read_back — read the same cues)."""
    return list(utterance.derived(("read_back_cues", callers_words_only),
                                  lambda: tuple(_read_back_cues(utterance, callers_words_only))))


def _read_back_cues(utterance: Utterance, callers_words_only: bool = False) -> list[int]:
    """Token indexes of the read-back cues: "вы назвали", "как вы сказали", "вы продиктовали", "я записал(а)", "с
    ваших слов", "повторю: …, верно?" — the operator says back what the caller gave. `callers_words_only`: only the
    cues that say back what the caller said in their words ("вы сказали", "вы говорите", "правильно понимаю"), not
    the operator's own noting, repeating or acting on them ("я зафиксирую ваш звонок как хулиганство", "обновлю с
    ваших слов", "вы ошибаетесь, списание правильное" are the operator's wording)."""
    tokens = utterance.tokens
    cues: list[int] = []
    # asked to be confirmed: a confirming word at the end ("…, верно?"), or a written question mark ending the line
    confirming_word = any(t.info.lemmas & _CONFIRM for t in tokens[-3:])
    confirms = confirming_word or utterance.text.rstrip().endswith("?")
    for i, token in enumerate(tokens):
        lemmas = token.info.lemmas
        if lemmas & _YOU:  # "вы назвали", "как вы сказали": "вы" saying — not "я вам скажу", "могу вам назвать"
            said = next((j for j in range(i + 1, min(len(tokens), i + 1 + _WINDOW))
                         if ((tokens[j].info.lemmas & (_SAID | _ASKED) or _left_for_contact(tokens, j))
                              and tokens[j].info.top_grammemes & {"2per", "past"}
                             or tokens[j].info.lemmas & _SAID_IN_THE_PAST and (
                                 "past" in tokens[j].info.top_grammemes or _reports_a_clause(tokens, j)))
                         and "1per" not in tokens[j].info.top_grammemes), None)
            if said is not None and not _says_to_the_operator(tokens, i, said):
                said = None
            if said is not None and _not_said_yet(tokens, said):
                said = None
            # "вы ещё не назвали, на кого договор": nothing was said to read back
            # "телефон соседки, про которую вы спрашиваете, …: 8-939-…": what the caller asks about, named in a
            # relative clause, is the subject of the answer that follows, not the caller's words said back
            # So is what the caller speaks about ("те звонки, о которых вы говорите, были с …"): "о"/"про" before the
            # relative pronoun makes it the topic of their words, not the words themselves (issue 12)
            which = next((k for k in range(max(0, i - 2), i) if tokens[k].info.lemmas & {"который"}), None)
            asked_about = said is not None and which is not None and bool(
                tokens[said].info.lemmas & _ASKED_ABOUT
                or which > 0 and tokens[which - 1].form.lower() in _ABOUT_PREPOSITIONS)
            if token.form == "вы" and said is not None and not asked_about \
                    and not any(tokens[j].form == "не" for j in range(i + 1, said)):
                cues.append(i)
            # "итак, вы хотите заблокировать номер …, всё верно?": the caller's request restated to be confirmed (for
            # personal data; "вы ошибаетесь, списание правильное" is the operator's own wording)
            # A perfective verb there ("вы посмотрите, какие лишние, и перезвоните, договорились?") proposes what the
            # caller is to do next — an instruction agreed on, not their words restated (stop 39, m38)
            elif not callers_words_only and confirms and any(
                    "2per" in tokens[j].info.top_grammemes and "perf" not in tokens[j].info.top_grammemes
                    for j in range(i + 1, min(len(tokens), i + 1 + 2))):
                cues.append(i)
        elif lemmas & _UNDERSTAND and any(t.info.lemmas & _CONFIRM for t in tokens[max(0, i - 2):i]):
            cues.append(i)  # "правильно понимаю, вы живёте …?", "я верно поняла, что …": the caller's words restated
        elif lemmas & _BOT and "nomn" in token.info.top_grammemes and _relays_the_callers(tokens, i):
            cues.append(i)  # "бот передал ваш IMEI …": what the caller gave the company's bot, handed to the operator
        elif callers_words_only:  # "обновлю с ваших слов" is the operator acting on them, not saying them back
            continue
        elif lemmas & _I:
            # "я записала", "я повторю": the speaker noting, in its own clause ("вы меня слышите? Повторю: …" has
            # "я" as the object, and the noting verb after the break is no noting of what the caller said)
            if token.form == "я" and any(tokens[j].info.lemmas & _I_NOTED and not tokens[j].after_break
                                         for j in range(i + 1, min(len(tokens), i + 1 + 2))):
                cues.append(i)
        elif (lemmas & _I_NOTED and "past" in token.info.top_grammemes and "pssv" not in token.info.top_grammemes
              and (i == 0 or tokens[i].after_break)):
            cues.append(i)  # "Записала: Виктор, телефон для связи …" — what the caller gave, noted (not "запишу"; not
            # "записано так: …", what the records hold)
        elif lemmas & _I_NOTED and token.info.top_grammemes & {"1per", "past"} and "pssv" not in token.info.top_grammemes \
                and (confirming_word or _confirmed_in_stretch(utterance, i)
                     # noting after the caller reads back only with a confirmation asked: neither "за вами" alone
                     # (stop 50's review) nor the caller asked to go on dictating ("Записываю за вами: телефон …,
                     # продиктуйте теперь адрес" — stop 51's review F2) marks what is noted as the caller's words
                     or confirms and i > 0 and tokens[i - 1].info.lemmas & _CONFIRM):
            cues.append(i)  # "записываю (записала) ваш номер: …, правильно?", "правильно записала: …?" — not "так и
            # запишу во флэш: …", nor
            # "он у нас записан как …, правильно?" (what the records hold, the passive participle: issue 12)
        elif lemmas & _CHECK_BACK and "1per" in token.info.top_grammemes and not _by_oneself(tokens, i) \
                and not _records_recorded_after(utterance, i) and (
                confirms or any(t.info.lemmas & _CONFIRM for t in tokens[i + 1:i + 3])
                or _confirmed_in_stretch(utterance, i)):
            cues.append(i)  # "уточню: адрес …, верно?", "проверю, правильно ли записала вашу почту: …"
        elif token.form == "ваших" and i + 1 < len(tokens) and tokens[i + 1].form == "слов":
            cues.append(i)
        elif _callers_message_named(tokens, i):
            cues.append(i)  # "СНИЛС из вашего сообщения, …", "по вашему письму: …": the caller's message the source,
            # as "с ваших слов" (stop 54); the operator's noting's fail-closed reading of a third person applies
        elif lemmas & _RECEIVED and token.info.top_grammemes & {"1per", "past"} and "VERB" in token.info.top_grammemes \
                and _received_from_the_caller(utterance, i):
            cues.append(i)
        elif lemmas & _REPEAT and "1per" in token.info.top_grammemes and (
                confirms or _confirmed_in_stretch(utterance, i)):
            cues.append(i)  # "повторю: …, верно?" — the caller is asked to confirm what they gave
    return cues


# a third person whose data it is, by the grammar of possession: an animate common noun in the genitive or the dative
# ("номер владельца", "паспорт мужа", "для соседки": the possessor or the one it is for) or a third person's pronoun
# ("его зовут", "её номер") — not a person who acts in the nominative ("специалист перезвонит", "звонит генеральный
# директор"), nor a first name or a surname alone ("Записала: Виктор, телефон для связи …", a contact the caller names)
_NAMES = frozenset({"Name", "Surn", "Patr"})
_POSSESSOR_CASES = frozenset({"gent", "datv"})
_POSSESSION_REACH = 2  # "номер владельца", "номер вашей мамы": the thing possessed right before its possessor


def _third_persons_mark(token) -> bool:
    grammemes = token.info.top_grammemes
    return ("NOUN" in grammemes and "anim" in grammemes and not grammemes & _NAMES and bool(grammemes & _POSSESSOR_CASES)) \
        or ("NPRO" in grammemes and "3per" in grammemes)


def _third_persons_words(tokens: list, cue: int, first: int, last: int) -> int | None:
    """Where, in the operator's noting or repeating at `cue` (its stretch [first, last]), a third person's words begin:
    None when no third person is marked; `first` when a thing is said to be theirs ("номер владельца …", "номер вашей
    мамы") — then nothing in the stretch is the caller's own; else the third person's mark itself ("…, дочь
    владельца", "для соседки: прописана …", "его зовут …"), what follows it being theirs."""
    marks = [j for j in range(first, last + 1) if j != cue and _third_persons_mark(tokens[j])]
    if not marks:
        return None
    for j in marks:
        if "NOUN" in tokens[j].info.top_grammemes and any(
                {"NOUN", "inan"} <= tokens[k].info.top_grammemes for k in range(max(first, j - _POSSESSION_REACH), j)):
            return first  # a thing possessed by the third person
    return marks[0]


def _operators_noting(tokens: list, cue: int) -> bool:
    """The cue at `cue` is the operator's own noting, repeating or checking back ("повторю: …, верно?", "записала:
    …", "записываю за вами: …", "я записала", "уточню: …"), not the caller's saying named ("вы продиктовали"); or the
    caller's message named as a source ("из вашего сообщения"), which may hold a third person's data as well."""
    return bool(tokens[cue].info.lemmas & (_I_NOTED | _REPEAT | _CHECK_BACK | _I)) or _callers_message_named(tokens, cue)


# where a value is read from (not "по вашему письму": in answer to it — "по вашему письму высылаем перечень номеров")
_FROM_A_MESSAGE = frozenset({"из"})
# the operator correcting a value, not reading one back (review54 finding 1): "в вашем сообщении не тот номер, верный …"
_CORRECTION = frozenset({"ошибка", "опечатка", "ошибиться", "правильный", "верный", "неверный", "неправильный",
                         "исправить", "исправлять", "настоящий", "действительный", "тот", "другой", "иной", "самый",
                         "деле", "перепутать"})
_A_PREDICATE = frozenset({"VERB", "INFN", "PRTS", "PRED", "GRND"})


def _callers_message_named(tokens: list, i: int) -> bool:
    """"вашего"/"вашем" at `i`, a preposition of a source before it and a message noun after it ("из вашего
    сообщения", "в вашем письме"): what follows is read from what the caller sent, as "с ваших слов" — up to the
    first predicate after it (read_back_spans: "IMEI из вашего сообщения, 35 209900 …, передам …"). Not "по вашему
    письму" (in answer to it), not "ваше сообщение" as a thing spoken of ("ваше сообщение передано"), not a record
    ("из вашего договора": frames.RECORDS are the company's)."""
    # review54 finding 1: "из" only — the value the line says was taken from what the caller wrote ("в вашем
    # сообщении ошибка, правильный …" is the operator telling one); a correction anywhere in the line: no read-back
    return (tokens[i].form.lower() == "вашего" and 0 < i < len(tokens) - 1
            and tokens[i - 1].form.lower() in _FROM_A_MESSAGE and not tokens[i].after_break
            and bool(tokens[i + 1].info.lemmas & _MESSAGE) and not tokens[i + 1].after_break
            and not any(t.info.lemmas & _CORRECTION or t.form.lower() in _CORRECTION for t in tokens))


def _records_recorded_after(utterance: Utterance, cue: int) -> bool:
    """A check-back cue followed in its stretch by a short passive participle of recording ("сверяю: у нас записан
    паспорт …", "проверю: номер оформлен на …"): the value is read from the records to be compared, not the caller's
    said back (stop 49)."""
    tokens = utterance.tokens
    _, last = stretch_of(utterance, cue)
    return any(t.info.lemmas & _RECORDED and {"PRTS", "pssv"} <= t.info.top_grammemes for t in tokens[cue + 1:last + 1])


def _received_from_the_caller(utterance: Utterance, verb: int) -> bool:
    """The operator's receiving verb at `verb` names the caller as the source in its stretch: "от вас", or a message
    noun after "из"/"в"/"по" ("из сообщения", "в вашем письме"); the caller's own value, not the records' ("получила
    из базы"). Not negated ("не получила"), not another's ("он получил")."""
    tokens = utterance.tokens
    if "1per" not in tokens[verb].info.top_grammemes and "sing" not in tokens[verb].info.top_grammemes:
        return False
    if any(t.form == "не" for t in tokens[max(0, verb - 2):verb]):
        return False
    first, last = stretch_of(utterance, verb)
    # anyone else named as a source or a party is the value's source as likely as the caller (the merge's review: "из
    # переписки с вашим мужем", "в чате от банка", "по смс от коллеги"): no read-back (fail closed)
    if any(tokens[k].form in _OTHER_SOURCE and tokens[k + 1].form != "вас" for k in range(first, last)) \
            or any(tokens[k].form in _THIRD_PERSONS for k in range(first, last + 1)):
        return False
    for k in range(first, last):
        if tokens[k].form in ("от", "ото") and tokens[k + 1].form == "вас":
            return True
        # a message is the caller's only when said to be: "в вашем письме", "ваш ИНН из сообщения"
        if tokens[k].form in ("из", "в", "по") and any(
                tokens[m].info.lemmas & _MESSAGE for m in range(k + 1, min(last, k + 2) + 1)) \
                and any(tokens[m].info.lemmas & {"ваш"} for m in range(first, last + 1)):
            return True
    return False


_OTHER_SOURCE = frozenset({"от", "ото", "с", "со", "у"})
_THIRD_PERSONS = frozenset({"его", "её", "ее", "их"})


# The company's bot that takes a chat or a call before the operator (written channels, stop 42): what it hands over
# ("бот передал ваш IMEI …", "чат-бот записал ваш адрес …") is what the caller gave it
_BOT = frozenset({"бот", "чат-бот", "робот", "автоответчик", "голосовой", "ассистент"})
_RELAYED = frozenset({"передать", "записать", "собрать", "зафиксировать", "прислать", "переслать", "принять"})


def _relays_the_callers(tokens: list, bot: int) -> bool:
    """The bot at `bot` is the subject of a past verb of handing over or noting (_RELAYED) right after it, whose object
    is the caller's ("ваш", "вашу" within two words after the verb): the caller's value relayed, not the bot's own
    reading of the card."""
    verb = next((j for j in range(bot + 1, min(len(tokens), bot + 3)) if tokens[j].info.lemmas & _RELAYED
                 and "past" in tokens[j].info.top_grammemes and not tokens[j].after_break), None)
    return verb is not None and any(tokens[k].info.lemmas & {"ваш"} for k in range(verb + 1, min(len(tokens), verb + 3)))


# Whom a caller told: the operator ("вы мне назвали", "вы нам продиктовали"); any other addressee is no read-back.
_TO_THE_OPERATOR = frozenset({"я", "мы"})
# "говорить с кем": talking with someone, the verb's other sense (not saying something)
_CONVERSE = frozenset({"говорить"})


def _says_to_the_operator(tokens: list, you: int, said: int) -> bool:
    """"вы" at `you` is the subject of the verb of saying at `said`, said to the operator: the verb agrees with
    "вы" (plural: "вы назвали", not "вы ждали, я написала"), no clause break stands between them, and no other
    addressee is named beside the verb ("пароль вы кому-то сами сообщили", "вы сказали мошенникам код": the caller
    told a third party, which the operator says no read-back of)."""
    if "plur" not in tokens[said].info.top_grammemes or any(t.after_break for t in tokens[you + 1:said + 1]):
        return False
    if tokens[said].info.lemmas & _CONVERSE and said + 1 < len(tokens) and tokens[said + 1].form in ("с", "со"):
        return False  # "вы говорили с +82 10 …", "вы говорили со службой": a conversation with someone, nothing said
        # to the operator (stop 42, t41: a called number read as the caller's words)
    # the word after the verb is its addressee only within its clause: "вы говорите, вам звонили с …" opens the
    # caller's words with "вам" (a clause of its own), "вы сказали мошенникам код" names whom they told
    after = [t for t in tokens[said + 1:said + 2] if not t.after_break]
    beside = tokens[you + 1:said] + after
    return not any("datv" in t.info.top_grammemes and t.info.top_grammemes & {"NPRO", "NOUN"}
                   and not t.info.lemmas & _TO_THE_OPERATOR and not _names_with_the_next(tokens, t) for t in beside)


_NAME_PARTS = frozenset({"Name", "Patr"})


def _names_with_the_next(tokens: list, word) -> bool:
    """Is `word` in the accusative by the name it opens: read with the first name and patronymic right after it, the
    case and gender all of them share is the accusative, never the dative ("вы назвали Ахметову Лилию Ринатовну": a
    woman's accusative, not a man's dative "Ахметову" — the name said, no addressee; stop 43). A name that may be
    dative throughout ("вы сказали Петрову Ивану …") leaves the dative reading standing (fail closed)."""
    at = tokens.index(word)
    forms = [{(case, gender) for tag in word.info.parse_tags for case in tag & CASES for gender in tag & GENDERS}]
    for token in tokens[at + 1:at + 3]:
        if token.after_break:
            break
        readings = {(case, gender) for tag in token.info.parse_tags if tag & _NAME_PARTS
                    for case in tag & CASES for gender in tag & GENDERS}
        if not readings:
            break
        forms.append(readings)
    if len(forms) < 2:
        return False
    shared = {case for case, _ in set.intersection(*forms)}
    return "accs" in shared and "datv" not in shared




def _confirmed_in_stretch(utterance: Utterance, cue: int) -> bool:
    """The operator's noting at `cue` asks the caller to confirm it in its own sentence, though the line goes on
    ("Записываю номер для обратного звонка: 8 915 203-66-71, верно? Перезвоним в течение получаса"): a confirming word
    after the cue that ends its sentence or clause — before a full stop or "?", or, where ASR writes none, before a
    finite verb that starts the next clause ("… семьдесят один верно перезвоним …") or right after the noted number.
    Not "правильно записать"."""
    tokens = utterance.tokens
    first, last = stretch_of(utterance, cue)
    for j in range(cue + 2, last + 1):
        if not tokens[j].info.lemmas & _CONFIRM or "ADVB" not in tokens[j].info.grammemes | tokens[j].info.top_grammemes:
            continue
        if j == last or tokens[j + 1].after_break:
            return True
        following = tokens[j + 1].info.top_grammemes
        if "VERB" in following and "indc" in following and not tokens[j + 1].info.lemmas & (_I_NOTED | _SAID):
            return True
        # right after the noted number ("… двадцать тридцать верно мастер позвонит …"): the tag on the value
        if tokens[j - 1].is_digit or "NUMR" in tokens[j - 1].info.top_grammemes:
            return True
    return False


def _taken_back(tokens: list, cue: int, last: int) -> int:
    """The last token of the caller's words said back from the cue at `cue`: the operator takes the turn back ("вы
    говорите, фамилию забыли, ну первая буква там Т…", "вы спрашиваете, куда деньги ушли, — так вот, …"): ASR writes
    no full stop, the restart word ends the caller's words."""
    return next((j - 1 for j in range(cue + 2, last + 1) if tokens[j].form in _TAKES_BACK), last)


def _question_answered(tokens: list, cue: int, last: int) -> int:
    """The last token of a restated question before its answer: "вы спрашивали, какие номера на вас: их четыре",
    "вы спрашивали сколько номеров на вас на вас четыре номера". The question asks; its answer — after the break that
    closes the indirect question, or from the first count (a numeral) after the question word — is the operator's
    telling, not the caller's words (stop 49). A question with no question word keeps its stretch."""
    asked = next((j for j in range(cue + 1, min(last, cue + 1 + 2 * _WINDOW) + 1)
                  if tokens[j].info.lemmas & _QUESTION_WORDS), None)
    if asked is None:
        return last
    return next((j - 1 for j in range(asked + 1, last + 1)
                 if tokens[j].after_break or tokens[j].is_digit or "NUMR" in tokens[j].info.top_grammemes), last)


def _restates_a_question(tokens: list, cue: int) -> bool:
    """The cue "вы" is the subject of a verb of asking ("вы спрашиваете", "вы спросили"): the caller's question."""
    return any(tokens[j].info.lemmas & _ASKED_ABOUT for j in range(cue + 1, min(len(tokens), cue + 1 + _WINDOW)))


def _credential_named_before(tokens: list, first: int, cue: int) -> bool:
    """An identification credential named as the object before the read-back cue, in its stretch ("кодовое слово вы
    назвали верно", "пароль вы продиктовали"): a few words before "вы"."""
    return any(_a_credential(tokens, j) for j in range(max(first, cue - 3), cue))


def _identity_named_before(tokens: list, first: int, cue: int) -> bool:
    """The owner's full name, the main identification, named as the object a few words before the read-back cue ("ФИО
    вы назвали …", "фамилию, имя и отчество вы продиктовали …"), or the owner named so and the naming judged complete
    ("владельца вы назвали полностью — …", stop 59). Not the organisation's name: after it п. 4 lets the operator go
    on to the contact person ("организацию вы назвали верно, контактное лицо — …"), read by п. 4's own conditions on
    the caller's words."""
    before = range(max(first, cue - 4), cue)
    return any(tokens[j].info.lemmas & _OWNERS_NAME for j in before) or (
        any(_the_owner_as_object(tokens[j]) for j in before) and _naming_judged_complete(tokens, _naming_verb(tokens, cue)))


def _identity_named_after(tokens: list, cue: int, last: int) -> bool:
    """The owner's full name named as the object right after the read-back cue's verb, in its clause, and the naming
    judged complete right after it ("вы назвали ФИО полностью, номер …", "вы назвали ФИО владельца верно — …"): what
    the caller said is the identification, as when it is named before the cue (stop 59, disc_bb59 — the stretch ran
    over the next clause and let its number's digits through). Not "вы назвали фамилию Иванов, верно?" (the name said
    back is the object's value: the read-back goes on as before)."""
    verb = _naming_verb(tokens, cue)
    if verb is None:
        return False
    named = next((j for j in range(verb + 1, min(last, verb + _OBJECT_REACH) + 1)
                  if not tokens[j].after_break
                  and (tokens[j].info.lemmas & _OWNERS_NAME or _the_owner_as_object(tokens[j]))), None)
    if named is None:
        return False
    # "ФИО владельца", "фамилию, имя и отчество": the object's own words, up to the word that judges the naming
    while named + 1 <= last and (tokens[named + 1].info.lemmas & _OWNERS_NAME or tokens[named + 1].form.lower() == "и"
                                 or _the_owner_as_object(tokens[named + 1]) and not tokens[named + 1].after_break):
        named += 1
    return _naming_judged_complete(tokens, named)


_OBJECT_REACH = 2  # "вы назвали ФИО", "вы мне назвали ФИО"
# the caller's naming judged complete and right: the identification done ("назвали полностью", "назвали верно")
_JUDGED_COMPLETE = frozenset({"полностью", "верно", "правильно", "точно"})


def _naming_verb(tokens: list, cue: int) -> int | None:
    """The verb of saying of the read-back cue "вы" at `cue` ("вы назвали", "вы мне назвали"), in its clause."""
    for j in range(cue + 1, min(len(tokens), cue + 3)):
        if tokens[j].after_break:
            return None
        if tokens[j].info.lemmas & _SAID:
            return j
    return None


def _naming_judged_complete(tokens: list, at: int | None) -> bool:
    """The word right after `at` (the naming verb or its object), in the same clause, judges the naming complete or
    right ("полностью", "верно"), not negated ("не полностью": the identification not done)."""
    if at is None or at + 1 >= len(tokens):
        return False
    after = tokens[at + 1]
    return after.form.lower() in _JUDGED_COMPLETE and not after.after_break


def _the_owner_as_object(token) -> bool:
    """"владельца", "владелицу" — the owner named as the naming verb's object (by the full name) — not "владелец",
    the nominative, who acts."""
    return bool(token.info.lemmas & OWNER_NOUNS) and bool(token.info.top_grammemes & {"accs", "gent"})


_OWNERS_NAME = frozenset({"фио"}) | _FULL_NAME_PARTS


_PERSON_NAME = frozenset({"Name", "Surn", "Patr"})


def _names_said_back(utterance: Utterance, end: int) -> int:
    """The last token of the full name said back right after the clause that ends at `end` ("ФИО вы назвали: Иванов
    Иван Иванович, верно?", "фио вы назвали иванов иван иванович"): a run of words that read as a first name, surname
    or patronymic; `end` when none follows."""
    tokens = utterance.tokens
    j = end + 1
    while j < len(tokens) and tokens[j].info.grammemes & _PERSON_NAME:
        j += 1
    return j - 1


def _clause_end(utterance: Utterance, cue: int) -> int:
    """The last token of the clause that holds the cue: up to the next clause break (a comma, a dash) or, without
    punctuation (speech to text), the cue's verb and the word after it ("вы назвали правильно")."""
    tokens = utterance.tokens
    for j in range(cue + 1, len(tokens)):
        if tokens[j].after_break:
            return j - 1
    return min(len(tokens) - 1, cue + 2)


def _said_back_stretches(utterance: Utterance) -> list[tuple[tuple[int, int], bool]]:
    """Each stretch of the caller's own words said back (read_back_cues, callers_words_only) as a character span, and
    whether the operator then agreed with them (_agrees_with_them)."""
    tokens = utterance.tokens
    stretches = []
    for cue in read_back_cues(utterance, True):
        first, last = stretch_of(utterance, cue)
        first = max(first, _relative_clause_antecedent(tokens, first, cue))  # as read_back_spans reads it
        last = _taken_back(tokens, cue, last)
        if _identity_named_before(tokens, first, cue) or _identity_named_after(tokens, cue, last):  # "фамилию вы
            # назвали верно …", "вы назвали ФИО полностью, …": as read_back_spans reads it
            last = min(last, _names_said_back(utterance, _clause_end(utterance, cue)))
        # "…, в карточке стоит другая: …": as read_back_spans reads it
        source = _cards_source(tokens, cue + 1, last) if not _organisation_named_before(tokens, first, cue) else None
        if source is not None:
            last = min(last, source - 1)
        if first < cue and _records_named_before(tokens, first, cue):  # "… оформлен на …, вы же говорите": likewise
            first = cue
        stretches.append((utterance.char_span(first, last), _agrees_with_them(utterance, cue, first, last)))
    return stretches


def agreed_back_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """The stretches of the caller's words said back that the operator then agreed with (_agrees_with_them: "вы
    сказали задержка — да, задержка …"), as character spans: the words there are the operator's own too. The hit
    verifier learnt read-backs as the allowed sense, so it does not judge a hit in them (red team bb13, 06)."""
    return [span for span, agreed in _said_back_stretches(utterance) if agreed]


def is_read_back(utterance: Utterance) -> bool:
    """The line says back, somewhere, what the caller gave (read_back_cues)."""
    return bool(read_back_cues(utterance))


def callers_words_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """Where the line says back the caller's own words (read_back_cues, callers_words_only): the stretch of each cue,
    as character spans. A wording rule's words there are the caller's ("вы сказали: «я не знаю пароль»") — unless the
    operator agreed with them (agreed_back_spans)."""
    return [span for span, agreed in _said_back_stretches(utterance) if not agreed]


_TAKES_BACK = frozenset({"ну", "смотрите", "давайте", "слушайте", "вот", "так"})
# The operator's own yes to what they said back (red team bb13, 06): "вы сказали задержка — да, задержка …", "как вы
# сказали, это сбой, верно, сбой у нас", "вы правильно сказали", "как вы и говорите". Said back as a question ("…,
# верно?") the words stay the caller's; agreed with, they are the operator's too.
_AGREEMENT = frozenset({"да", "верно", "правильно", "согласен", "согласна", "согласны", "точно", "именно",
                        "действительно", "конечно", "разумеется", "безусловно", "ага", "угу"})


def _agrees_with_them(utterance: Utterance, cue: int, first: int, last: int) -> bool:
    """Does the operator agree with the caller's words the cue at `cue` says back, within [first, last]: a yes-word
    set off by punctuation (not a question's tag), "правильно"/"верно" beside the cue, or "как вы и говорите"?"""
    tokens = utterance.tokens
    text = utterance.text
    for j in range(first, last + 1):
        token = tokens[j]
        if token.form not in _AGREEMENT:
            continue
        beside_cue = abs(j - cue) == 1 and token.form in ("правильно", "верно", "точно")
        set_off = token.after_break or j == last or (j + 1 < len(tokens) and tokens[j + 1].after_break)
        asked = text[token.end:].lstrip().startswith("?")
        if (beside_cue or (set_off and j != first)) and not asked:
            return True
    return any(tokens[j].form == "и" and tokens[j - 1].form == "вы" and abs(j - cue) <= 2
               for j in range(max(first, 1), last + 1))


_RELATIVE = frozenset({"который"})
_RELATIVE_REACH = 2  # "которую вы указали", "с которого вы написали": the pronoun just before the cue
_ANTECEDENT_REACH = 3  # "почту, которую", "адрес, с которого": the noun just before the pronoun
_MODIFIER = frozenset({"ADJF", "PRTF", "NUMR", "Anum"})


def _relative_clause_antecedent(tokens: list, first: int, cue: int) -> int:
    """Where the noun a relative clause holding the cue qualifies stands ("на почту, которую вы указали" -> "почту"),
    or `first` when the cue opens no relative clause (or the noun is not found)."""
    pronoun = next((j for j in range(cue - 1, max(first, cue - 1 - _RELATIVE_REACH) - 1, -1)
                    if tokens[j].info.lemmas & _RELATIVE), None)
    if pronoun is None:
        return first
    # the noun the pronoun agrees with in number (and gender, singular): "с карты, последние цифры которой" -> "карты"
    readings = tokens[pronoun].info.parse_tags or (tokens[pronoun].info.top_grammemes,)
    agreements = [tag & NUMBERS | (tag & GENDERS if "sing" in tag else frozenset()) for tag in readings]
    noun = next((j for j in range(pronoun - 1, max(first, pronoun - 1 - _ANTECEDENT_REACH) - 1, -1)
                 if "NOUN" in tokens[j].info.top_grammemes
                 and any(agreement <= tokens[j].info.top_grammemes for agreement in agreements)), None)
    if noun is None:
        return first
    # the noun's phrase: its modifiers ("контактный номер", "молодой человек") and the noun a genitive hangs on
    # ("последние цифры номера, который вы продиктовали")
    start = noun
    while start - 1 >= first and not tokens[start].after_break:
        before = tokens[start - 1].info.top_grammemes
        if before & _MODIFIER or ("NOUN" in before and "gent" in tokens[start].info.top_grammemes
                                  and "NOUN" in tokens[start].info.top_grammemes):
            start -= 1
        else:
            break
    return start


def proposes_a_place(utterance: Utterance, cue: int) -> bool:
    """The read-back cue at `cue` is «вы» with a verb placing the caller right after it — where they live, are
    registered or are (RESIDING_VERBS, _WHEREABOUTS): «Вы живёте в доме 5 по Тверской, кв. 12?». Such a question
    restates no request: in a call it says back what the caller said, if they did; a line alone presumes nothing of it
    — the place proposed is the operator telling it, as «Вы прописаны …?» is (п. 3; red team bb29, f03)."""
    tokens = utterance.tokens
    return tokens[cue].info.lemmas & _YOU and any(
        "2per" in tokens[j].info.top_grammemes and tokens[j].info.lemmas & _PLACING_THE_CALLER
        for j in range(cue + 1, min(len(tokens), cue + 3))) and not any(
        tokens[k].info.lemmas & (_SAID | _ASKED | _UNDERSTAND) for k in range(cue + 1, min(len(tokens), cue + 4)))


def read_back_spans(utterance: Utterance, records_end_it: bool = True,
                    presumed_only: bool = False) -> list[tuple[int, int]]:
    """Where the read-backs of the line stand: the stretch of each cue (text.stretch_of: to the end of its sentence
    or to a contrast word), as character spans. "Вы назвали почту ivanov@mail.ru, а паспорт у владельца 4505 678901":
    the read-back governs the e-mail, not the passport told after "а". `records_end_it` off: the stretch as it was
    before the card named as a source ended it (what the line model is not asked to guess at: stop 41).
    `presumed_only`: the read-backs a line alone presumes the caller's — not a place proposed (`proposes_a_place`)."""
    tokens = utterance.tokens
    spans = []
    callers_words = set(read_back_cues(utterance, True))
    for cue in read_back_cues(utterance):
        if presumed_only and proposes_a_place(utterance, cue):
            continue
        first, last = stretch_of(utterance, cue)
        # the operator's own noting or repeating says back the caller's own words only: a thing of a third person's in
        # its stretch ("Повторю: номер владельца …, верно?") makes nothing there the caller's own, and a third person
        # marked ("…, его зовут …", "для соседки: …") ends the caller's words (stop 50's review: fail closed; the
        # caller's saying named — "вы продиктовали" — is read as before)
        theirs = _third_persons_words(tokens, cue, first, last) if _operators_noting(tokens, cue) else None
        if theirs is not None:
            if theirs <= cue:
                continue
            last = theirs - 1
        # "список номеров вышлем на почту, которую вы указали": a cue in a relative clause says back the noun the
        # clause qualifies ("почту") and what follows, not the main clause told before that noun (issue 12, s43) —
        # for the rules' values; the line model's guess keeps the whole stretch out (`records_end_it` off)
        if records_end_it:
            first = max(first, _relative_clause_antecedent(tokens, first, cue))
        if records_end_it and _callers_message_named(tokens, cue):  # for the rules' values, as the antecedent above
            # the value the message is named the source of stands right after it: the first predicate after the cue
            # ends what was read from it ("из вашего сообщения понятно, что …: номер владельца …" says back nothing)
            after = next((j for j in range(cue + 2, last + 1) if tokens[j].info.top_grammemes & _A_PREDICATE), None)
            if after is not None:
                last = min(last, after - 1)
        if cue in callers_words and _restates_a_question(tokens, cue):
            # the caller's question restated, then the operator takes the turn back ("вы спрашиваете, куда ушли деньги,
            # — так вот, …"): the question ends there, as _said_back_stretches reads it — what follows is the answer.
            # Only a question's: within a value dictated back, "так", "вот", "ну" are fillers ("улица мира так дом
            # три", speech to text), and the value goes on past them
            last = _question_answered(tokens, cue, _taken_back(tokens, cue, last))
        # "вы назвали кодовое слово, этого достаточно: номер … 4821": what the caller said is an identification
        # credential (the alternative identification), nothing told after it is theirs
        credential = next((j for j in range(cue + 1, min(last, cue + 4) + 1)
                           if _a_credential(tokens, j)), None)
        if credential is not None:
            named = credential + ("ADJF" in tokens[credential].info.top_grammemes)  # "кодовое слово"
            # the credential's own value said back right after it ("я правильно услышала кодовое слово ромашка") is
            # the caller's too: where the SECRET kind reads that value (recognizers/secret.py), the stretch takes it
            last = min(last, _credentials_value_end(utterance, named))
        elif _credential_named_before(tokens, first, cue):
            # the credential as the object before the cue ("кодовое слово вы назвали правильно, значит …: номер …"):
            # what the caller said is that credential, the cue's clause ends it (stop 39)
            last = min(last, _clause_end(utterance, cue))
        elif _identity_named_before(tokens, first, cue) or _identity_named_after(tokens, cue, last):
            # the identification named as the object before the cue ("ФИО вы назвали не полностью, …: последние
            # четыре цифры — 5371", "владельца вы назвали полностью — …") or right after it ("вы назвали ФИО полностью,
            # номер заканчивается на 4082", stop 59): what the caller said is the full name; the cue's clause and the
            # name said back right after it are theirs, a value the operator adds later in the line is not (stop 40)
            last = min(last, _names_said_back(utterance, _clause_end(utterance, cue)))
        # "вы назвали адрес, ИНН владельца по договору 6671038427", "вы назвали почту …, в карточке стоит другая: …":
        # the card or the company's records named as a source after the cue opens what the operator reads from them
        # (stop 41): the read-back ends before the clause that names them (without punctuation, before the words)
        source = _cards_source(tokens, cue + 1, last) if records_end_it and not _organisation_named_before(
            tokens, first, cue) else None
        if source is not None:
            last = min(last, source - 1)
        # "адрес прописки владельца по договору — …, вы там живёте, нет?", "он у нас записан как …, правильно
        # понимаю…": the records named as the source before the cue — by a preposition, or a record's passive
        # participle ("записан", "оформлен") — make what stands before the cue the operator's reading from them;
        # the caller's words begin at the cue (issue 12)
        if records_end_it and first < cue and _records_named_before(tokens, first, cue):
            first = cue
        # "организацию вы назвали, какие номера на договоре — перечислю: …": the operator's own telling (first
        # person, not negated) after the cue opens what the operator says; the caller's words end before it
        own = next((j for j in range(cue + 1, last + 1) if _tells_in_first_person(tokens, j)), None)
        if own is not None:
            last = min(last, own - 1)
        else:
            last = _confirmation_asked_after(utterance, last)
        # "Вы назвали ваш номер, номер жены заканчивается на 4082", "вы назвали ФИО полностью, номер заканчивается на
        # 4082" (review 58, issue 12): past the cue's object a clause with its own subject and verb is the operator's
        # statement, not the caller's words — the read-back ends before it
        statement = _own_statement_after(utterance, cue, last) if records_end_it else None
        if statement is not None:
            last = min(last, statement - 1)
        if last >= first:
            spans.append(utterance.char_span(first, last))
    return spans


# Words that make what follows the cue a clause of what the caller said ("вы сказали, что номер …", "номер, который
# заканчивается …"), or a question about it: the said-back stretch goes on through them.
_SAID_CLAUSE_WORDS = frozenset({"что", "чтобы", "который", "какой", "как", "где", "куда", "откуда", "когда", "если",
                                "ли", "чей"})


def _own_statement_after(utterance: Utterance, cue: int, last: int) -> int | None:
    """The first token of a clause of the operator's own after the read-back cue's object, within its stretch: the
    first verb in the indicative after the cue, with its subject — a common noun in the nominative (a genitive noun
    may stand between: "номер жены заканчивается") — after a noun the cue's verb took for its object ("ваш номер", "ФИО
    полностью"), and a subject that is another thing than that object or is someone's ("номер жены"). None when a
    word of a said clause ("что", "который") or a colon (a value announced) stands before the verb, the subject is a
    name or a pronoun ("он заканчивается": the object itself), or nothing stands between the cue and the subject."""
    tokens = utterance.tokens
    for j in range(cue + 2, last + 1):
        token = tokens[j]
        if token.info.lemmas & _SAID_CLAUSE_WORDS:
            return None
        if not {"VERB", "indc"} <= token.info.top_grammemes:
            continue
        if ":" in utterance.text[tokens[cue].end:token.start]:
            return None
        subject, someones = j - 1, False
        while subject > cue + 1 and "NOUN" in tokens[subject].info.top_grammemes \
                and "gent" in tokens[subject].info.top_grammemes:
            subject, someones = subject - 1, True
        head = tokens[subject].info
        if subject <= cue + 1 or "NOUN" not in head.top_grammemes or "nomn" not in head.grammemes \
                or head.grammemes & _PERSON_NAME:
            return None
        objects = set().union(*(tokens[k].info.lemmas for k in range(cue + 1, subject)
                                if "NOUN" in tokens[k].info.top_grammemes))
        if not objects:  # "вы говорите, номер кончается на 0837?": no object, what follows is what the caller said
            return None
        return subject if someones or not head.lemmas & objects else None
    return None


_CONFIRMATION_WORDS = 3  # "Всё верно?", "Правильно записала?", "Верно?"


def _confirmation_asked_after(utterance: Utterance, last: int) -> int:
    """The read-back's last token, taken past the sentence right after it when that sentence only asks the caller to
    confirm what was said back ("…, квартира 21. Всё верно?"): the question is the read-back's own, not a new
    statement. A contrast word, a longer sentence or one without a confirming word ends the read-back as before."""
    tokens = utterance.tokens
    following = last + 1
    if following >= len(tokens) or tokens[following].form in CONTRAST_WORDS:
        return last
    first, end = stretch_of(utterance, following)
    if first != following or end - first + 1 > _CONFIRMATION_WORDS:
        return last
    asked = tokens[first:end + 1]
    return end if (any(token.info.lemmas & _CONFIRM for token in asked)
                   and all(token.info.lemmas & (_CONFIRM | _ASKING_TO_CONFIRM | _UNDERSTAND) for token in asked)) else last


# the other words of a question that only asks to confirm ("всё верно?", "я правильно записала?"): no value among them
_ASKING_TO_CONFIRM = frozenset({"всё", "все", "весь", "так", "да", "ли", "я", "записать", "записывать"})


_LISTING = frozenset({"перечислить", "перечислять", "зачитать", "зачитывать"})
# the prepositions of a value read from the records (frames.RECORDS): "по договору", "в карточке", "из базы"
# (not "на договоре": the numbers bound to the contract, п. 5's sanctioned city number among them)
_SOURCE_PREPOSITIONS = frozenset({"по", "в", "из"})


_CHECK_NOUNS = frozenset({"проверка", "валидация", "формат"})
_PASS_CHECK = frozenset({"проходить", "пройти", "распознаваться", "распознать", "существовать", "приниматься",
                         "приняться"})
# (not "пропустить": "пропущенный вызов, первые цифры …" is a missed call)
_MIXED_UP = frozenset({"перепутать", "перепутывать", "спутать", "ошибиться"})
_VALUE_PARTS = frozenset({"цифра", "символ", "знак", "буква"})


def failed_check_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """The stretches where the line says a value fails the company's own check ("IMEI … не проходит проверку",
    "одна цифра перепутана", "номер не существует", "такой ИНН не распознаётся"): a value that fails its check was
    given to the operator — no card holds one — so it is said back, not read from the card (stop 41). Only the
    check's verdict on the value's form; "недействителен" (a document's validity) and "неверный" (a guess judged, 003)
    are not read so."""
    tokens = utterance.tokens
    spans = []
    for j, token in enumerate(tokens):
        negated = j > 0 and tokens[j - 1].form.lower() == "не"
        failed = (negated and token.info.lemmas & _PASS_CHECK
                  and (token.info.lemmas & {"существовать", "распознаваться", "распознать", "приниматься", "приняться"}
                       or any(t.info.lemmas & _CHECK_NOUNS for t in tokens[j + 1:j + 3])))
        if not failed and token.info.lemmas & _MIXED_UP:
            first, last = stretch_of(utterance, j)
            failed = any(t.info.lemmas & _VALUE_PARTS for t in tokens[first:last + 1])
        if failed:
            first, last = stretch_of(utterance, j)
            spans.append(utterance.char_span(first, last))
    return spans


_ORGANISATION_NAMED = frozenset({"организация", "компания", "название", "наименование"})


def _organisation_named_before(tokens: list, first: int, cue: int) -> bool:
    """The organisation's name is what the caller said ("организацию вы назвали верно, контактное лицо по договору …"):
    п. 4 lets the operator name the contact person after it — the records read from are the instruction's own case."""
    return any(tokens[j].info.lemmas & _ORGANISATION_NAMED for j in range(first, cue))


_RECORDED = frozenset({"записать", "оформить", "зарегистрировать", "указать"})
_POINTING_BACK = frozenset({"это", "то", "его", "её", "ее", "их", "так"})


def _records_named_before(tokens: list, first: int, cue: int) -> bool:
    """Between `first` and the read-back cue, the line names the records it reads from: "по договору", "в карточке"
    (_cards_source's reading), or a short passive participle of recording ("записан как", "оформлен на") — unless
    the cue points back at what was said before it as the caller's ("оформлен на ООО «…» — это вы сами назвали":
    a pronoun of it just before the cue, or the caller's own "сами" after it)."""
    if tokens[cue].form == "вы" and (
            any(t.form.lower() in _POINTING_BACK for t in tokens[max(first, cue - 2):cue])
            or cue + 1 < len(tokens) and tokens[cue + 1].info.lemmas & _SELF):
        return False
    # "в карточке", "по договору", "из базы": where the value is read; "в учётку", "в карточку" (no locative) is
    # where the operator writes what the caller said — the destination, not a source
    if any(tokens[j].info.lemmas & RECORDS and tokens[j - 1].form.lower() in _SOURCE_PREPOSITIONS
           and (tokens[j - 1].form.lower() != "в" or "loct" in tokens[j].info.grammemes)
           for j in range(max(first, 1), cue)):
        return True
    return any(t.info.lemmas & _RECORDED and {"PRTS", "pssv"} <= t.info.top_grammemes for t in tokens[first:cue])


def _cards_source(tokens: list, start: int, last: int) -> int | None:
    """The first token from which the line speaks from the card or the records, within [start, last]: the clause (from
    its break) that holds "по договору", "в карточке", "в базе" — or, without a break since `start`, the
    preposition itself. None if no record is named there."""
    for j in range(start + 1, last + 1):
        # (not "у нас": the caller's words said back name the company so too — "вы сказали, что у нас авария")
        if tokens[j].info.lemmas & RECORDS and tokens[j - 1].form.lower() in _SOURCE_PREPOSITIONS:
            breaks = [k for k in range(start, j) if tokens[k].after_break]
            return breaks[-1] if breaks else j - 1
    return None



def _tells_in_first_person(tokens: list, index: int) -> bool:
    """The operator telling at `index`: a verb of telling or listing in the first person singular ("назову",
    "перечислю", "продиктую"), with no negation just before it ("не назову" refuses)."""
    token = tokens[index]
    if not (_is_telling(token) or token.info.lemmas & _LISTING):
        return False
    grammemes = token.info.top_grammemes
    if "1per" not in grammemes or "sing" not in grammemes:
        return False
    return not any(t.info.lemmas & _NOT for t in tokens[max(0, index - 2):index])


# what a caller names to be identified, not data the operator says back
CREDENTIAL_SAID = frozenset({"кодовый", "пароль", "код"})


def _credentials_value_end(utterance: Utterance, named: int) -> int:
    """The last token of the secret's value the SECRET kind reads right after the credential named at token `named`
    (no punctuation between), or `named` when it reads none there."""
    from guard.recognizers.secret import secret_spans

    tokens = utterance.tokens
    if named + 1 >= len(tokens) or utterance.text[tokens[named].end:tokens[named + 1].start].strip(" \t«\"“"):
        return named  # a quote may open the value ("кодовое слово «Ромашка»"), no other mark
    start = tokens[named].end
    end = next((end for first, end, _, _ in secret_spans(utterance.text)
                if start <= first <= tokens[named + 1].start), None)
    if end is None:
        return named
    return max(j for j in range(named + 1, len(tokens)) if tokens[j].start < end)


def _a_credential(tokens: list, j: int) -> bool:
    """Token `j` names an identification credential (a code word, a password, a code) — not "код подразделения", the
    passport's issuing unit, which is a value of п. 2 the caller gives like any other (stop 42, s41)."""
    return bool(tokens[j].info.lemmas & CREDENTIAL_SAID) and not (
        j + 1 < len(tokens) and tokens[j + 1].form.lower().startswith("подразделени"))


def refused_at(utterance: Utterance, index: int) -> bool:
    """The verb of telling at token `index` is negated ("не могу назвать", "назвать нельзя": is_refusal's reading,
    without its "только": "могу назвать только последние цифры" says when telling is allowed, it refuses nothing)."""
    if index not in _refusing_verbs(utterance):
        return False
    tokens = utterance.tokens
    start = index
    while start > 0 and index - start < _REFUSAL_SCOPE and not tokens[start].after_break:
        start -= 1
    end = index + 1
    while end < len(tokens) and end - index <= _REFUSAL_SCOPE and not tokens[end].after_break:
        end += 1
    return any(t.info.lemmas & _NOT for t in tokens[start:index] + tokens[index + 1:end])


# --- whose address: the company's own office or salon ---------------------------------------------------------------
_COMPANY_PLACE = frozenset({"офис", "салон", "отделение", "представительство", "магазин", "центр", "точка"})
_CALLERS = frozenset({"ваш", "свой", "твой"})  # "доставим в ваш офис": the caller's own place
_PLACE_OWNER = frozenset({"компания", "организация", "фирма", "предприятие", "владелец"})  # "офис вашей компании"
# a customer's address in the same stretch: registration, residence, delivery of bills, the owner's legal address
_CUSTOMERS_ADDRESS = frozenset({"прописка", "прописать", "регистрация", "зарегистрировать", "проживать", "жить",
                                "проживание", "доставка", "владелец", "юридический"})


def company_place_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """Stretches (in characters, from the place noun to the stretch's end) that speak of the company's office or salon
    ("приходите в наш офис на Ленинском проспекте, 30", "адрес ближайшего салона связи: ул. Ленина, 24"): an address
    there is no customer's. Not the caller's own place ("в ваш офис", "офис вашей компании"), nor a stretch that also
    names a customer's address (прописка, проживание, доставка счетов, владелец: fail closed)."""
    def compute() -> list[tuple[int, int]]:
        tokens = utterance.tokens
        spans = []
        for i, token in enumerate(tokens):
            if not token.info.lemmas & _COMPANY_PLACE:
                continue
            if any(t.info.lemmas & _CALLERS for t in tokens[max(0, i - 2):i]) or (
                    i + 2 < len(tokens) and tokens[i + 1].info.lemmas & _CALLERS
                    and tokens[i + 2].info.lemmas & _PLACE_OWNER):
                continue
            first, last = stretch_of(utterance, i)
            if any(t.info.lemmas & _CUSTOMERS_ADDRESS for t in tokens[first:last + 1]):
                continue
            spans.append((token.start, tokens[last].end))
        return spans
    return utterance.derived("company_place", compute)


# what the network's coverage is said of: a place, whoever asked about it ("по адресу … есть покрытие 4G")
_COVERAGE = frozenset({"покрытие", "сигнал"})
# the caller as the place's owner: "у вас дома", "ваш адрес", "в своей квартире" (sense._SECOND_PERSON, the blame's
# addressee, has no "свой")
_YOU_OR_YOURS = frozenset({"вы", "ваш", "свой", "твой", "ты"})


def coverage_place_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """Stretches (in characters) that state the network's coverage or signal at a place ("по адресу Гоголя, 7 есть
    покрытие 4G", "на Садовой 12 сигнал хороший"): the place is where the network is asked about, no customer's address
    (п. 3: прописка, юридический, доставка счетов). Not a stretch that says whose the place is — the caller's ("у вас
    дома", "ваш адрес") or a customer's address word (прописка, проживание, доставка, владелец): fail closed (stop 43)."""
    def compute() -> list[tuple[int, int]]:
        tokens = utterance.tokens
        spans = []
        for i, token in enumerate(tokens):
            if not token.info.lemmas & _COVERAGE:
                continue
            first, last = stretch_of(utterance, i)
            if any(t.info.lemmas & (_CUSTOMERS_ADDRESS | _YOU_OR_YOURS) for t in tokens[first:last + 1]):
                continue
            span = (tokens[first].start, tokens[last].end)
            if span not in spans:
                spans.append(span)
        return spans
    return utterance.derived("coverage_place", compute)


def names_the_company_street(utterance: Utterance, start: int, end: int) -> bool:
    """Is the word at [start, end) the name of the street of the company's own place, a house number after it ("наш
    салон — на Малышева, 5", "офис на Вайнера 9"): a street named after a person is no owner's surname. One word,
    inside a stretch of the company's office or salon (company_place_spans: not the caller's place, not beside a
    customer's address), the next word a house number (digits or a spoken number)."""
    if not any(first <= start and end <= last for first, last in company_place_spans(utterance)):
        return False
    tokens = utterance.tokens
    inside = [i for i, token in enumerate(tokens) if start <= token.start and token.end <= end]
    if len(inside) != 1 or inside[0] + 1 >= len(tokens):
        return False
    following = tokens[inside[0] + 1]
    # a house number with a letter or a building after it is one too ("Вайнера, 9а", "Ленина 12б", stop 40)
    return (following.is_digit or _HOUSE_NUMBER.fullmatch(following.form) is not None
            or any("NUMR" in p.tag for p in parses(following.form)))


_HOUSE_NUMBER = re.compile(r"\d{1,4}[а-я]?")


__all__ = ["addressed_by_syntax", "month_of_a_thing", "FAILURE_WORD_RULES", "remarks_in_a_note", "answers_the_echoed_question", "coverage_place_spans", "names_the_other_number", "NOTE_RULES", "a_note_about_the_customer", "failed_check_spans", "set_off_as_an_address", "BLAME_RULES", "CANNOT_RULES", "OTHER_SENSE_RULES", "READ_BACK_RULES", "REPEAT_RULES", "offers_to_repeat", "repeat_of_a_thing_said", "repeats_after_the_caller",
           "asks_caller_to_repeat", "blame_negated",
           "callers_words_spans", "company_place_spans", "names_the_company_street", "echoes_callers_question",
           "denies_holding", "is_home_device_address", "said_of_customers_equipment", "is_own_introduction", "is_read_back", "is_refusal", "other_sense",
           "proposes_a_place", "read_back_cues", "read_back_spans", "refused_at", "refuses_to_tell",
           "own_introduction_spans", "refuses_own_identity", "goes_on_past_the_refusal", "refusal_goes_on_to_anothers_activity", "held_in_hand", "CONTROL_RULES", "done_in_the_callers_books", "knows_none_finer", "states_item4_conditions", "states_item5_conditions", "states_item6_conditions", "caller_stated_the_owner", "states_item10_agreement", "names_a_non_workers_number", "CREDENTIAL_SAID"]
