"""The benchmark corpus is only as good as its gold spans: these pin what benchmarks/corpus.py promises,
and the protected / precision definitions benchmarks/evaluate.py scores with."""
from __future__ import annotations

import re

import pytest

from benchmarks.corpus import TEMPLATES, Item, generate
from benchmarks.evaluate import Found, Report, Sample, score_sample
from benchmarks.russian import cardinal, decline_surname, ordinal

ITEMS = generate(400, seed=7)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _inn_valid(d: str) -> bool:
    def check(body: str, weights: tuple[int, ...]) -> int:
        return sum(int(x) * w for x, w in zip(body, weights)) % 11 % 10

    if len(d) == 10:
        return check(d[:9], (2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(d[9])
    return (len(d) == 12 and check(d[:10], (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(d[10])
            and check(d[:11], (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(d[11]))


def _snils_valid(d: str) -> bool:
    total = sum(int(x) * (9 - i) for i, x in enumerate(d[:9]))
    if total > 101:
        total %= 101
    return len(d) == 11 and (0 if total in (100, 101) else total) == int(d[9:])


def _luhn_valid(d: str) -> bool:
    total = 0
    for i, x in enumerate(reversed(d)):
        n = int(x) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _spans(item: Item, type_: str) -> list[str]:
    return [item.written.text[s:e] for t, s, e in item.written.spans if t == type_]


def test_gold_spans_are_trimmed_nonempty_and_do_not_overlap() -> None:
    for item in ITEMS:
        for rendering in (item.written, item.asr):
            previous_end = 0
            for _type, start, end in sorted(rendering.spans, key=lambda s: s[1]):
                value = rendering.text[start:end]
                assert value and value == value.strip(), (item.id, value)
                assert start >= previous_end, item.id
                previous_end = end


def test_both_renderings_carry_the_same_entities_in_the_same_order() -> None:
    for item in ITEMS:
        assert [t for t, _, _ in item.written.spans] == [t for t, _, _ in item.asr.spans], item.id


def test_asr_rendering_has_no_digits_uppercase_latin_or_punctuation() -> None:
    for item in ITEMS:
        assert not re.search(r"[0-9A-ZА-ЯЁa-z.,!?;:«»()\-@]", item.asr.text), item.asr.text


def test_written_numbers_carry_valid_checksums() -> None:
    inns = [d for item in ITEMS for d in map(_digits, _spans(item, "RU_INN"))]
    snilses = [d for item in ITEMS for d in map(_digits, _spans(item, "RU_SNILS"))]
    cards = [d for item in ITEMS for d in map(_digits, _spans(item, "CREDIT_CARD"))]
    assert inns and snilses and cards
    assert all(_inn_valid(d) for d in inns)
    assert {len(d) for d in inns} == {10, 12}
    assert all(_snils_valid(d) for d in snilses)
    assert all(len(d) == 16 and _luhn_valid(d) for d in cards)
    assert any(d.startswith("220") for d in cards) and any(d.startswith("4") for d in cards)


def test_written_phone_numbers_have_ten_or_eleven_digits() -> None:
    for item in ITEMS:
        for value in _spans(item, "PHONE_NUMBER"):
            digits = _digits(value)
            assert len(digits) == 10 or (len(digits) == 11 and digits[0] in "78"), value


def test_every_contract_type_and_negative_kind_occurs() -> None:
    types = {t for item in ITEMS for t, _, _ in item.written.spans}
    assert types == {"PERSON", "RU_PASSPORT", "PHONE_NUMBER", "ADDRESS", "EMAIL_ADDRESS", "RU_INN",
                     "RU_SNILS", "CREDIT_CARD", "DATE_OF_BIRTH"}
    negatives = {t for item in ITEMS for t, _, _ in item.written.negatives}
    assert {"MONEY", "SERVICE_DATE", "TARIFF", "TICKET", "CITY", "SHORT_NUMBER", "COMPANY"} <= negatives


def test_negatives_never_overlap_gold() -> None:
    for item in ITEMS:
        for rendering in (item.written, item.asr):
            for _, ns, ne in rendering.negatives:
                assert all(ne <= s or ns >= e for _, s, e in rendering.spans), item.id


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    again = generate(50, seed=7)
    assert [(i.written.text, i.asr.text, i.asr.spans) for i in again] == \
        [(i.written.text, i.asr.text, i.asr.spans) for i in ITEMS[:50]]
    assert [i.written.text for i in generate(50, seed=8)] != [i.written.text for i in again]


@pytest.mark.parametrize(("n", "words"), [
    (1980, "тысяча девятьсот восемьдесят"), (2005, "две тысячи пять"), (678901, "шестьсот семьдесят восемь тысяч девятьсот один"),
])
def test_cardinals_are_spoken_russian(n: int, words: str) -> None:
    assert cardinal(n) == words


def test_birth_years_are_genitive_ordinals() -> None:
    assert ordinal(1980) == "тысяча девятьсот восьмидесятого"
    assert ordinal(2000) == "двухтысячного"
    assert ordinal(3, "nom_n") == "третье"


def test_surnames_decline_by_ending_and_gender() -> None:
    assert decline_surname("Иванов", female=True, case="acc") == "Иванову"
    assert decline_surname("Петров", female=False, case="ins") == "Петровым"
    assert decline_surname("Вишневский", female=True, case="gen") == "Вишневской"
    assert decline_surname("Шевченко", female=False, case="dat") == "Шевченко"
    assert decline_surname("Ковальчук", female=True, case="ins") == "Ковальчук"


def test_gender_alternations_replace_whole_words() -> None:
    # "[делал|делала]", never "делал[|а]": ASR joins pieces with spaces and would print "делал а".
    for _kind, template in TEMPLATES:
        assert not re.search(r"\w\[", template), template


def test_a_gold_span_is_protected_at_ninety_percent_of_its_characters() -> None:
    sample = Sample("t", "тел. 8-916-123-45-67 звоните", [("PHONE_NUMBER", 5, 20)])
    almost = Report("t")
    score_sample(almost, sample, [Found("PHONE_NUMBER", 5, 18, 1.0)])  # "...-45-" and the last "67" lost
    assert almost.by_type["PHONE_NUMBER"].protected == 0
    whole = Report("t")
    score_sample(whole, sample, [Found("ADDRESS", 3, 20, 1.0)])  # hidden is hidden, whatever the type
    assert whole.by_type["PHONE_NUMBER"].protected == 1 and whole.by_type["PHONE_NUMBER"].typed == 0
    assert whole.by_type["ADDRESS"].correct == 1  # 13 of its 14 characters are gold


def test_a_detection_mostly_outside_gold_is_a_false_positive() -> None:
    sample = Sample("t", "баланс 123 руб. тел. 8-916-123-45-67", [("PHONE_NUMBER", 21, 36)],
                    negatives=[("MONEY", 7, 15)])
    report = Report("t")
    score_sample(report, sample, [Found("PHONE_NUMBER", 7, 10, 1.0)])
    assert report.by_type["PHONE_NUMBER"].correct == 0
    assert report.false_positives[0][:3] == ("PHONE_NUMBER", "MONEY", "123")


def test_gold_spans_start_and_end_on_word_boundaries() -> None:
    for item in ITEMS:
        for rendering in (item.written, item.asr):
            text = rendering.text
            for _type, start, end in rendering.spans:
                assert start == 0 or not text[start - 1].isalnum(), (item.id, text[start - 1:end])
                assert end == len(text) or not text[end].isalnum(), (item.id, text[start:end + 1])
