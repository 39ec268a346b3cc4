"""Red-team round bb18, f07: base32 that decodes to text (10 bytes or more: 16 characters) is masked whole in an answer about a customer, whatever it holds.

The card-aware scrub masked base64, hex and quoted-printable runs that decode to text (a decoder is one paste away),
whatever they hold, so that an encoded guess is no oracle; base32 ("2CJNBPWRQDIL5UFR…") passed. In this repository's
own phrasings.
"""
from __future__ import annotations

import base64

from hypothesis import given, settings, strategies as st

from guard.proxy.scrub import MASK, CardSecrets

SECRETS = CardSecrets.from_values(["Зимин", "3604 512377"])


@settings(max_examples=60, deadline=None)
@given(said=st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыэюяЗИМН0123456789 .@", min_size=10, max_size=30)
       .filter(lambda text: any(ch.isalnum() for ch in text)),
       lower=st.booleans(), frame=st.sampled_from(["Токен: {}", "payload={}", "вложение {} конец"]))
def test_base32_text_in_an_answer_is_masked_whole_whatever_it_holds(said, lower, frame):
    encoded = base64.b32encode(said.encode("utf-8")).decode()
    encoded = encoded.lower() if lower else encoded
    shown, _ = SECRETS.scrub_text(frame.format(encoded))
    assert encoded.rstrip("=") not in shown and MASK in shown


def test_a_run_of_capitals_that_decodes_to_no_text_is_not_base32():
    text = "FLASH RESTRICTIONS ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    assert SECRETS.scrub_text(text) == (text, 0)
