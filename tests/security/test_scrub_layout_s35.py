"""The proxy's card-aware scrub reads a comment as a reader sees it too: a hidden value split by an export's layout
(timestamps, subtitle cues) is masked (red team bb10 01; guard/normalize.py `layout_reading`)."""
from __future__ import annotations

import pytest

from guard.proxy.scrub import CardSecrets

HIDDEN_PHONE = "79267651238"


@pytest.mark.parametrize("comment", [
    "[02:10] запасной восемь девятьсот двадцать шесть [02:12] семьсот шестьдесят пять [02:14] двенадцать тридцать восемь",
    "5\n00:02:10,000 --> 00:02:12,000\nзапасной восемь девятьсот двадцать шесть\n\n"
    "6\n00:02:12,100 --> 00:02:14,000\nсемьсот шестьдесят пять двенадцать тридцать восемь",
])
def test_a_hidden_phone_spoken_across_timestamps_is_masked(comment):
    scrubbed, count = CardSecrets.from_values([HIDDEN_PHONE]).scrub_text(comment)
    assert count and "семьсот шестьдесят пять" not in scrubbed, scrubbed
