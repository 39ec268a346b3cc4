"""The passport's issuing office and date after "выд." with the next word glued to its dot ("пасп.4612 305577
выд.ОУФМС по г.Клину 03.04.2015", red team bb8 20): a word cut with a dot ends at its dot, in the issue words and
between an office's place words."""
from __future__ import annotations

import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _kinds_over(redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {e.type for e in redactor.analyze(text) if e.start <= start and e.end >= start + len(value)}


@pytest.mark.parametrize("text, office, date", [
    ("пасп.4612 305577 выд.ОУФМС по г.Клину 03.04.2015", "ОУФМС по г.Клину", "03.04.2015"),
    ("выд. ТП УФМС по г.Дмитрову 11.11.2011", "УФМС по г.Дмитрову", "11.11.2011"),
])
def test_the_issuer_and_date_after_a_glued_dot(redactor, text, office, date):
    assert "RU_PASSPORT_ISSUER" in _kinds_over(redactor, text, office)
    assert "DOCUMENT_ISSUE_DATE" in _kinds_over(redactor, text, date)
