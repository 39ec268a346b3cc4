"""Whatever the text: checking never crashes, and every span points inside the text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.disclosure import CheckContext, Said, check

WORDS = st.sampled_from(["сбой", "авария", "девушка", "не", "знаю", "может", "быть", "номер", "восемь", "девятьсот",
                         "точка", "собака", "Иванов", "паспорт", "4505", "678901", "улица", "дом", "5", "http://10.0.0.1",
                         ",", ".", "ё", "ул.", "8-916-123-45-67", "\u0301", "\n", "🙂", "№"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))
CARD = {"msisdn": "79161234567", "payment_type": "postpaid", "owner": {"last_name": "Иванов", "gender": "male",
        "passport": {"series": "4505", "number": "678901"}}, "addresses": {"registration": "г. Москва, ул. Тверская, д. 5"},
        "call_details": [{"number": "79035556677", "lai": "7701-12345", "cell_id": "40211"}]}


def _spans_inside(text: str, result) -> None:
    for finding in result.violations + result.hints:
        assert 0 <= finding.start < finding.end <= len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(["operator", "client"]))
def test_checking_never_crashes_and_spans_stay_inside_the_text(text, speaker):
    result = check(text, speaker)
    assert result.verdict in ("allow", "warn", "block")
    _spans_inside(text, result)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, TEXTS)
def test_with_a_card_and_said_values_spans_stay_inside_the_text(text, said):
    result = check(text, "operator", CheckContext(card=CARD, identification="primary", caller_gender="male"),
                   Said.of([said]))
    _spans_inside(text, result)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_client_speech_never_gets_a_verdict(text):
    result = check(text, "client")
    assert result.verdict == "allow" and result.violations == []
