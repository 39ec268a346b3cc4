"""Red team bb31's residue: a mailbox spelled letter by letter kept its last letters on the screen.

«p e t r o v @ m a i l . r u» came back as «<EMAIL_ADDRESS> u»: the spelled reading joins four letters at least (so that
«И. И. Иванов», «т.е.» stay as written), and the address's pattern ended at the first letter of a domain's last label
spelled so («r u», «c o m»); a local part's digits spelled after its letters («i v a n 8 6 @ …») were left in front.
recognizers/email.py: SPELLED_LABEL (two to four letters one blank apart after a spaced dot, ending the address) and a
local part's last letters or digits one blank apart before «@». 152-FZ (e-mail is personal data).
"""
from __future__ import annotations

import pytest

from guard import Redactor

SPELLED_MAILBOXES = [
    ("почта p e t r o v @ m a i l . r u", "p e t r o v @ m a i l . r u"),
    ("e-mail: p e t r . i v a n o v @ g m a i l . c o m", "p e t r . i v a n o v @ g m a i l . c o m"),
    ("почта п е т р о в собака м а й л точка р у", "п е т р о в собака м а й л точка р у"),
    ("пишите на i v a n 8 6 @ y a n d e x . r u спасибо", "i v a n 8 6 @ y a n d e x . r u"),
]


@pytest.mark.parametrize(("text", "mailbox"), SPELLED_MAILBOXES)
def test_a_mailbox_spelled_letter_by_letter_is_masked_to_its_last_letter(text, mailbox):
    at = text.index(mailbox)
    spans = [(e.start, e.end) for e in Redactor().analyze(text) if e.type == "EMAIL_ADDRESS"]
    assert any(start <= at and end >= at + len(mailbox) for start, end in spans), (text, spans)


@pytest.mark.parametrize("text", ["почта petrov@mail.ru. Спасибо", "petrov@mail.ru и я позвоню"])
def test_a_written_mailbox_ends_where_it_did(text):
    end = text.index("ru") + 2
    assert [e.end for e in Redactor().analyze(text) if e.type == "EMAIL_ADDRESS"] == [end]
