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
taken from the neighbours because natasha's parser costs 200+ ms a line here, far over the 5 ms budget:
"попали в аварию", "задержка рейса", "вы задерживаетесь с оплатой", "девушка в салоне должна была" (a
third person, not an address). What these cues miss is left to the trained model
(guard.disclosure.classifier): when it reads the line as clean, those rules stay silent.
"""
from __future__ import annotations

from guard.disclosure.text import Utterance

# Personal data the caller can have said first (Инструкция запретов, пп. 1–6, 8).
READ_BACK_RULES = frozenset({"owner-name", "passport", "address", "contact-info", "subscriber-number",
                             "other-personal-data", "numbers-on-contract"})
# Rules that fire on one word with other everyday senses (п. 7: авария, задержка; п. 15: девушка).
OTHER_SENSE_RULES = frozenset({"service-failure-words", "delay-verb", "problem-word", "form-of-address",
                               "network-trouble-named"})
# Rules that blame the caller (п. 16 "Это ваша вина", «Вы ошибаетесь»): the blame word negated clears them.
BLAME_RULES = frozenset({"your-fault", "you-are-wrong"})

_YOU = frozenset({"вы"})
_SAID = frozenset({"назвать", "продиктовать", "сказать", "указать", "сообщить", "говорить", "упомянуть",
                   "диктовать", "называть", "озвучить", "написать"})
_I_NOTED = frozenset({"записать", "повторить", "зафиксировать"})
_I = frozenset({"я"})
_WINDOW = 3
# "Повторю: почта petrov@yandex.ru, правильно?": said back for the caller to confirm
_REPEAT = frozenset({"повторить", "повторять"})
_CONFIRM = frozenset({"верно", "правильно", "верный", "правильный"})


_INTRODUCE = frozenset({"оператор", "звать"})      # "оператор Анна", "меня зовут Анна"
_OWN_NUMBER = frozenset({"мой", "табельный", "личный"})  # "мой номер 3078", "табельный номер"
_REFUSAL = frozenset({"не", "нельзя", "только", "отказаться", "запрещать", "положить"})


def is_own_introduction(utterance: Utterance) -> bool:
    """The operator gives their own name or number (п. 18 requires it) and refuses nothing."""
    tokens = utterance.tokens
    if any(token.info.lemmas & _REFUSAL for token in tokens):
        return False
    for i, token in enumerate(tokens):
        following = tokens[i + 1:i + 3]
        if token.info.lemmas & _INTRODUCE and any("Name" in t.info.grammemes for t in following):
            return True
        if token.info.lemmas & _OWN_NUMBER and any(t.form == "номер" for t in following):
            return True
        if token.form == "номер" and i + 1 < len(tokens) and tokens[i + 1].form == "оператора":
            return True
    return False


_OPERATOR_NUMBER_DIGITS = 6  # an operator's number is short; a phone number said after "номер" is not one


def own_introduction_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """Where, in a line that is the operator's own introduction (is_own_introduction), the operator's own
    name and number stand, with their cue: "оператор Дмитрий", "зовут Ольга", "номер 1187" (short numbers).
    A personal-data finding inside these is the introduction п. 18 requires; anything else stays found."""
    if not is_own_introduction(utterance):
        return []
    tokens = utterance.tokens
    spans: list[tuple[int, int]] = []
    for i, token in enumerate(tokens):
        if token.info.lemmas & _INTRODUCE:
            spans.extend((token.start, t.end) for t in tokens[i + 1:i + 3] if "Name" in t.info.grammemes)
        elif token.form == "номер" and i + 1 < len(tokens):
            first = i + 2 if tokens[i + 1].form == "оператора" else i + 1
            if first < len(tokens):
                spans.extend((token.start, g.end) for g in utterance.digit_groups
                             if len(g.digits) <= _OPERATOR_NUMBER_DIGITS and g.start <= tokens[first].start < g.end)
    return spans


# п. 7 words and what, governing or governed, makes them about something other than the network.
_FAILURE_WORDS = frozenset({"авария", "задержка", "задерживаться", "задержать", "задерживать", "поломка",
                            "неисправность"})
# "попали в аварию"; "случилась авария" alone is the network ("на дороге" is told by _NOT_NETWORK)
_INTO = frozenset({"попасть", "попадать", "угодить"})
_NOT_NETWORK = frozenset({"рейс", "поезд", "вылет", "самолёт", "самолет", "автобус", "электричка", "зарплата",
                          "посылка", "курьер", "дорога", "машина", "автомобиль", "дтп", "трасса", "пенсия",
                          "страховка", "страховой", "оплата"})
# ...unless the company's side is named beside it: "задержка зачисления оплаты" is п. 7 again
_COMPANY_SIDE = frozenset({"зачисление", "зачислить", "зачисляться", "поступление", "сеть", "система", "сервер"})
_ADDRESS_WORDS = frozenset({"девушка", "молодой", "женщина", "мужчина"})
_SECOND_PERSON = frozenset({"вы", "ты", "ваш"})
_YOU_SUBJECT = frozenset({"вы", "ты"})
_WHICH = frozenset({"который"})


def other_sense(utterance: Utterance, start: int, end: int) -> bool:
    """The п. 7 or п. 15 word at [start, end) means something else here (see the module's note)."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    first, last = inside
    word = tokens[first]
    around = tokens[max(0, first - 3):first] + tokens[last + 1:last + 4]
    if word.info.lemmas & _FAILURE_WORDS:
        if any(t.info.lemmas & (_NOT_NETWORK | _INTO) for t in around) and not any(
                t.info.lemmas & _COMPANY_SIDE for t in around):
            return True
        # "вы задерживаетесь с оплатой": the caller is the one who is late
        return "2per" in word.info.top_grammemes and any(t.form == "вы" for t in tokens[max(0, first - 3):first])
    if word.info.lemmas & _ADDRESS_WORDS:
        after = tokens[last + 1:last + 6]
        # "девушка, которая вас обслуживала", "молодой человек, о котором вы говорите": spoken of, not to
        if any(t.info.lemmas & _WHICH for t in after[:3]):
            return True
        if not after or after[0].after_break:
            return False  # "Девушка, подождите": an address
        # "девушка в салоне должна была выдать", "молодой человек в салоне подключил вам": a third-person
        # predicate agrees with the word before the clause ends or "вы" takes over ("девушка вы не поняли")
        for t in after:
            if t.after_break or t.info.lemmas & _YOU_SUBJECT:
                return False
            top = t.info.top_grammemes
            if ({"VERB", "ADJS"} & top) and ("3per" in top or ("past" in top or "ADJS" in top) and "sing" in top):
                return True
    return False


_BLAME = frozenset({"вина", "виноватый", "виновный", "ошибиться", "ошибаться", "ошибка", "неправый"})
_NEGATION = frozenset({"не", "ни"})
_POSSESSIVE = frozenset({"ваш", "твой", "ваша", "ваше", "вашей", "вашего", "вашу"})


def blame_negated(utterance: Utterance, start: int, end: int) -> bool:
    """Every blame word in [start, end) is denied: "это не ваша вина", "вы не ошиблись", "вашей вины здесь
    нет" clear the caller — what п. 16 asks the operator to do — and are not "Это ваша вина"."""
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    tokens = utterance.tokens
    blamed = [i for i in range(inside[0], inside[1] + 1) if tokens[i].info.lemmas & _BLAME]
    if not blamed:
        return False
    for i in blamed:
        before = [t for t in tokens[max(0, i - 3):i] if not t.info.lemmas & (_POSSESSIVE | _SECOND_PERSON)]
        denied_before = bool(before) and before[-1].info.lemmas & _NEGATION and not tokens[i].after_break
        after = tokens[i + 1:i + 4]
        denied_after = any(t.form == "нет" and not t.after_break for t in after)
        if not (denied_before or denied_after):
            return False
    return True


def is_read_back(utterance: Utterance) -> bool:
    """"вы назвали", "как вы сказали", "вы продиктовали", "я записал(а)", "с ваших слов", "повторю: …,
    верно?": the operator says back what the caller gave."""
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        lemmas = token.info.lemmas
        if lemmas & _YOU:
            if any(tokens[j].info.lemmas & _SAID for j in range(i + 1, min(len(tokens), i + 1 + _WINDOW))):
                return True
        elif lemmas & _I:
            if any(tokens[j].info.lemmas & _I_NOTED for j in range(i + 1, min(len(tokens), i + 1 + 2))):
                return True
        elif token.form == "ваших" and i + 1 < len(tokens) and tokens[i + 1].form == "слов":
            return True
        elif (lemmas & _REPEAT and "1per" in token.info.top_grammemes
              and any(t.info.lemmas & _CONFIRM for t in tokens[-3:])):
            return True  # "повторю: …, верно?" — the caller is asked to confirm what they gave
    return False


__all__ = ["BLAME_RULES", "OTHER_SENSE_RULES", "READ_BACK_RULES", "blame_negated", "is_own_introduction",
           "is_read_back", "other_sense", "own_introduction_spans"]
