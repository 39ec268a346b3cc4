"""Part of a mailbox told: "почта начинается на petr.iv", "логин что-то вроде sergey77" (the red team's L14).

The e-mail kind (recognizers/email.py) finds a whole address; its beginning alone is no e-mail to it, yet the
caller hears the owner's mailbox. In a line about a mailbox (почта, ящик, мейл, логин, e-mail), a Latin word that
is not the mailbox's own word ("e-mail"), not a mail service ("gmail", "yandex": recognizers/email.py's list), not a
web address or host, not an acronym ("SMS") and not part of a whole address (the e-mail kind's) is told as part
of one — unless the caller said it or the operator's view shows it.
"""
from __future__ import annotations

import re
from typing import Callable

from guard.disclosure.context import Said
from guard.disclosure.text import Utterance
from guard.recognizers.email import _SPOKEN_SERVICES

MAILBOX_NOUNS = frozenset({"почта", "ящик", "мейл", "емейл", "имейл", "логин"})  # a mailbox's nouns (lemmas)
_MAILBOX_LATIN = re.compile(r"(?<![\w-])e-?mail(?![\w-])", re.IGNORECASE)
_PART = re.compile(r"(?<![\w@.\-/:])[A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+)*(?![\w@]|[._\-/:][\w])")
_NOT_A_PART = frozenset(_SPOKEN_SERVICES.values()) | {"mail", "email", "e-mail", "http", "https", "www"}


def about_a_mailbox(utterance: Utterance) -> bool:
    """Does the line speak of a mailbox (почта, ящик, мейл, логин, e-mail)?"""
    return bool(_MAILBOX_LATIN.search(utterance.text) or any(token.info.lemmas & MAILBOX_NOUNS for token in utterance.tokens))


def mailbox_parts(utterance: Utterance, said: Said, shown: Callable[[str], bool] = lambda word: False
                  ) -> list[tuple[int, int]]:
    """Where a line about a mailbox tells a Latin part of one (see the module)."""
    text = utterance.text
    if not about_a_mailbox(utterance):
        return []
    found = []
    for match in _PART.finditer(text):
        part = match.group().lower()
        if part in _NOT_A_PART or len(re.sub(r"[^a-z]", "", part)) < 3 or match.group().isupper():
            continue  # an acronym ("SMS", "LTE") is no mailbox's
        pieces = [piece for piece in re.split(r"[._\-]", part) if piece]
        if len(pieces) > 1 and pieces[-1] in _NOT_A_PART:
            continue  # a host ("bl-gui.vas.mts.ru"): the rules of internal addresses read it
        if all(piece in said.words for piece in pieces) or shown(match.group()):
            continue
        found.append(match.span())
    return found


__all__ = ["MAILBOX_NOUNS", "about_a_mailbox", "mailbox_parts"]
