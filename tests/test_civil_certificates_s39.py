"""Stop 39 (issue 15): the civil registry's certificates — of birth and of death — in a re-registration office's notes
(packed_m38's misses, read by cause). A death certificate is the deceased's personal data, which the heirs hold
(152-FZ art. 9 p. 7), in the birth certificate's form: one home, recognizers/birth_certificate.py, reads both (typed
RU_BIRTH_CERTIFICATE: guard has no policy that tells them apart yet). The lines below are written for this file.
"""
from __future__ import annotations

import pytest


def _masked(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(e.start, e.end) for e in redactor.analyze(text)]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


@pytest.mark.parametrize("text, value", [
    ("Наследник принёс св-во о смерти отца V-TH № 417208, дата выдачи 12.02.2025.", "V-TH № 417208"),  # Latin look-alikes
    ("Скан: «… II-TH 5O3917 …» приложен к заявке.", "II-TH 5O3917"),  # and a scanned O for 0
    ("Дело: Ершов К.П.(ум.)/св-воII-ТН№580317/нотариус", "II-ТН№580317"),  # the cue glued to the series
    ("Опекун указал 3-ТН 705512, в свидетельстве то же.", "3-ТН 705512"),  # an Arabic numeral before a hyphen
    ("в св-ве о смерти II-ТН № 71820 — цифр пять, уточнить в ЗАГС", "II-ТН № 71820"),  # one digit short, after its cue
])
def test_a_civil_registry_certificate_is_masked(redactor, text, value):
    assert _masked(redactor, text, value)


@pytest.mark.parametrize("text", [
    "Заказ 12-AB 123456 отправлен курьером.",  # no certificate's word near: an order's number
    "Тариф XL-ТВ 300 подключён.",
])
def test_no_certificate_without_its_form_or_cue(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "RU_BIRTH_CERTIFICATE"]
