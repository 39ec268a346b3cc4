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
from guard.disclosure.text import Utterance
from guard.morph import parses
from guard.recognizers.address import tokenize

_RESIDENCE = frozenset({"жить", "проживать", "прописать", "прописка", "прописываться", "регистрация",
                        "зарегистрировать", "доставлять", "доставляться", "доставка"})
_PLACE_GRAMMEMES = ("Geox", "Surn", "Name", "ADJF")
_NOT_A_STREET = ("лини",)  # "на линии", "горячая линия": a line, not a street, without a number


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
    towns = [tokens[i - 1].start for i, t in enumerate(tokens) if t.kind == "word" and _names_a_place(t.text)
             and i > 0 and (tokens[i - 1].kind == "city" or tokens[i - 1].text.lower() == "в")
             and any(p.tag.POS == "NOUN" and "Geox" in p.tag for p in parses(t.text))]
    residence = any(token.info.lemmas & _RESIDENCE for token in utterance.tokens)
    found = []
    for i, token in enumerate(tokens):
        if token.kind != "street" or token.text.lower().startswith(_NOT_A_STREET):
            continue
        names = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens) and tokens[j].kind == "word"
                 and _names_a_place(tokens[j].text) and not tokens[j].text.lower().startswith("ваш")]
        if not names or not (towns or residence):
            continue
        if all(said.said_word(name.text.lower()) or shown(name.text) for name in names):
            continue
        starts = [token.start, names[0].start] + [town for town in towns if town < token.start]
        if any(start <= at < end for start, end in places for at in starts):
            continue  # "Наш офис продаж переехал: г. Казань, ул. Пушкина": the office's address
        found.append((min(token.start, names[0].start), max(token.end, names[-1].end)))
    if residence:
        found += [span for span in _streets_without_their_word(tokens, said, shown)
                  if not any(start <= span[0] < end for start, end in places)
                  and not any(start <= span[0] < end for start, end in found)]
    return found


def _streets_without_their_word(tokens: list, said: Said, shown: Callable[[str], bool]) -> list[tuple[int, int]]:
    """A street's name right after "на" / "по" in a line about where the caller lives, with no street word: "вы живёте
    на Лавочкина", "доставка на Профсоюзную". Judged by its shape, never by the card (red team bb3, 07: a card-matched
    street blocking and another allowed was an oracle on the hidden one): a name (a place, a surname, a first name:
    streets are named after people) or an adjective standing for its noun ("на Тверской", not "на пятом этаже")."""
    found = []
    for i in range(len(tokens) - 1):
        if tokens[i].kind != "word" or tokens[i].text.lower() not in _TOWARDS:
            continue
        name = tokens[i + 1]
        if name.kind != "word" or len(name.text) < 3 or name.text.lower().startswith("ваш"):
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if not _names_a_street(name.text, after.text.rstrip(".,") if after is not None else None):
            continue
        if said.said_word(name.text.lower()) or shown(name.text):
            continue
        found.append((name.start, name.end))
    return found


_TOWARDS = frozenset({"на", "по"})
_NAME_GRAMMEMES = ("Geox", "Surn", "Name", "Patr")


def _names_a_street(word: str, next_word: str | None) -> bool:
    """A name, or an adjective with no noun after it (the street's noun left out)."""
    found = parses(word)
    # not an ordinal ("на пятом") nor a pronoun ("по этому", "на вашей")
    adjective = any("ADJF" in p.tag and "Anum" not in p.tag and "Apro" not in p.tag for p in found)
    following = parses(next_word) if next_word is not None else []
    # "на пятом этаже", "на следующей неделе": an adjective with its noun — the next word's likeliest reading, not a
    # rare one ("на Тверской живёте": a verb, with a dictionary guess as an indeclinable noun; red team bb5, 18)
    if adjective and following and following[0].tag.POS == "NOUN":
        return False
    return adjective or any(grammeme in p.tag for p in found for grammeme in _NAME_GRAMMEMES)


__all__ = ["streets_told"]
