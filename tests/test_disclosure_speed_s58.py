"""Stop 58, the checker's speed (issue 12): work shared or skipped finds exactly what the full work finds.

- a line's Unicode reading (normalize_unicode) is read once and serves both its tokens and its normalization
  (text.Utterance._plain, normalize.normalize's `plain_text`): the normalization is the one normalize reads alone;
- a lowercase text holding no spoken naming cue («зовут», «фамилия», «имя», «отчество», «урожд…») is not read word
  by word for the word before each name (person._naming_cue's gate, _holds_a_spoken_naming_cue): the answer at every
  word is the one the full reading gives, and a text with a cue still gets its names;
- the phrase index keeps each candidate pattern's id beside it (patterns.PatternIndex._starting_with) and asks
  could_match in a loop: the index's hits on a line are still every hit of every pattern
  (tests/test_disclosure_speed_s44 compares them with every pattern tried at every word); here, could_match against
  its definition.

Speed itself is measured in benchmarks/ (`python -m benchmarks.bench_disclosure --against TREE`), not here.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.disclosure_set import labeled_set
from guard.disclosure import default_checker
from guard.disclosure.patterns import match_at
from guard.disclosure.text import Utterance
from guard.document import NAME_WORD, Document, analyzing
from guard.normalize import normalize, normalize_unicode
from guard.recognizers import person
from guard.recognizers.person import person_spans

# pieces of lines: the naming cues and their neighbours, names, look-alike letters, invisible characters, digits
PIECES = st.sampled_from([
    "меня", "зовут", "фамилия", "фамилию", "имя", "отчество", "урождённая", "урожденная", "ЗОВУТ", "Фамилия",
    "иванов", "мария", "петровна", "сидорова", "роман", "клиент", "владелец", "номер", "на", "вас", "оформлен", "ё",
    "Ива\u200bнова", "ФАМИ\u00adЛИЯ", "зов\u0443т", "фамилия:", "ʼ", "İ", "Σ", "σ", "ς", "８９１６", "восемь", "девятьсот",
    "4512", "774306", "и в а н о в", "И в a н о в", "(", ")", ",", ".", "-", " ", "\u200b", "\u00a0"])
LINES = st.lists(PIECES, min_size=1, max_size=16).map(" ".join)


def _lines() -> list[str]:
    return [item.text for item in labeled_set()]


def _same_normalization(a, b) -> bool:
    return a.original == b.original and a.text == b.text and len(a.steps) == len(b.steps) and all(
        x.same_map(y) for x, y in zip(a.steps, b.steps))


def test_a_lines_normalization_read_with_its_tokens_unicode_reading_is_the_one_normalize_reads_alone():
    for text in _lines():
        utterance = Utterance(text)
        utterance.tokens  # the Unicode reading read first, as the checker's phrases read it
        assert _same_normalization(utterance.normalized, normalize(text)), text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_any_lines_normalization_with_a_shared_unicode_reading_is_the_one_normalize_reads_alone(text):
    assert _same_normalization(normalize(text, normalize_unicode(text)), normalize(text))
    utterance = Utterance(text)
    assert [(t.start, t.end, t.form) for t in utterance.tokens] == [
        (t.start, t.end, t.form) for t in Utterance(text).tokens]
    assert _same_normalization(utterance.normalized, normalize(text))


def test_a_unicode_reading_of_another_text_is_never_used():
    # a letter spelled apart is joined first: the reading of the text as given is not the one normalize asks for
    text = "фамилия И в a н о в"
    assert _same_normalization(normalize(text, normalize_unicode(text)), normalize(text))
    assert _same_normalization(normalize(text, normalize_unicode("другой текст")), normalize(text))


def _naming_cues_at_every_word(text: str) -> list[bool]:
    with analyzing(Document(text)):
        return [person._naming_cue(text, match.start(), True) for match in NAME_WORD.finditer(text)]


def _ungated(monkeypatch, function, *args):
    with monkeypatch.context() as patched:
        patched.setattr(person, "_holds_a_spoken_naming_cue", lambda text: True)
        return function(*args)


def test_a_lowercase_texts_naming_cue_at_every_word_is_the_full_readings(monkeypatch):
    for text in _lines():
        text = text.lower()
        assert _naming_cues_at_every_word(text) == _ungated(monkeypatch, _naming_cues_at_every_word, text), text


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(LINES)
def test_any_lowercase_texts_naming_cue_at_every_word_is_the_full_readings(monkeypatch, text):
    text = text.lower()
    assert _naming_cues_at_every_word(text) == _ungated(monkeypatch, _naming_cues_at_every_word, text)
    assert person_spans(text) == _ungated(monkeypatch, person_spans, text)


def test_a_lowercase_name_after_zovut_is_still_found():
    # "меня зовут ситников": a lowercase word the dictionary does not read as a name, a name after the cue
    text = "добрый день меня зовут ситников чем могу помочь"
    assert person._holds_a_spoken_naming_cue(text)
    assert any(text[s:e].startswith("ситников") for s, e, _, _ in person_spans(text))


def test_a_text_without_a_spoken_naming_cue_is_answered_no_without_reading_words_before(monkeypatch):
    text = "добрый день оператор слушает чем могу помочь по номеру"
    assert not person._holds_a_spoken_naming_cue(text)
    asked = []
    monkeypatch.setattr(person, "words_before", lambda *args, **kwargs: asked.append(args) or [])
    assert not any(_naming_cues_at_every_word(text))
    assert asked == []  # fails on s58-merge: the word before every word was read


def test_the_cue_is_looked_for_in_the_folded_text_a_capital_or_yo_included():
    assert person._holds_a_spoken_naming_cue("ЕЁ ФАМИЛИЯ сидорова")
    assert person._holds_a_spoken_naming_cue("мария урождённая петрова")
    assert not person._holds_a_spoken_naming_cue("мария петрова")


def test_a_pattern_that_matches_a_line_could_match_it_and_not_once_one_of_its_words_is_gone():
    # could_match is the index's gate (PatternIndex.hits skips a pattern it says no to): every pattern that matches a
    # line somewhere must pass it, and the same pattern must fail it once the line lacks every word of one slot
    index = default_checker()._index["operator"]
    patterns = {id(pattern): pattern for entries in index._by_word.values() for _, pattern in entries}
    patterns.update((id(pattern), pattern) for _, pattern in index._scan)
    matched = 0
    for text in _lines()[:300]:
        utterance = Utterance(text)
        tokens, words = utterance.tokens, utterance.lemma_set
        for pattern in patterns.values():
            if not any(match_at(pattern, tokens, at) >= 0 for at in range(len(tokens))):
                continue
            matched += 1
            assert pattern.could_match(words), (text, pattern)
            for need in pattern.needs:
                assert not pattern.could_match(words - need), (text, pattern, need)
    assert matched > 50  # the labeled lines match the rules' patterns: the property was asked


# --- a kind's numbers after its cue: not searched cue by cue in a text that names none of its cues -----------------

CUED_PIECES = st.sampled_from([
    "паспорт", "серия", "номер", "код", "подразделения", "выдан", "паспорта", "ПАСПОРТ", "Серия", "телефон", "снилс",
    "4505", "123456", "770-001", "0 3", "четырнадцать", "ноль", "лет", "год", "рублей", ":", ",", "№", " ", "-"])
CUED_LINES = st.lists(CUED_PIECES, min_size=1, max_size=12).map(" ".join)


def _cue_kinds():
    from guard.recognizers import text_recognizers

    return [r for r in text_recognizers()
            if getattr(r, "_any_cue", None) is not None and hasattr(r, "numbers_after_cue")]


def _numbers_after_cue_ungated(recognizer, text):
    any_cue = recognizer._any_cue
    try:
        recognizer._any_cue = None  # the gate off: every cue pattern searched, as on s58-merge
        return recognizer.numbers_after_cue(text)
    finally:
        recognizer._any_cue = any_cue


def test_a_kinds_numbers_after_its_cue_are_the_ones_every_cue_pattern_finds():
    kinds = _cue_kinds()
    assert any(type(k).__name__ == "PassportRecognizer" for k in kinds)
    for text in _lines():
        for recognizer in kinds:
            assert recognizer.numbers_after_cue(text) == _numbers_after_cue_ungated(recognizer, text), \
                (text, recognizer)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CUED_LINES)
def test_any_lines_numbers_after_a_cue_are_the_ones_every_cue_pattern_finds(text):
    for recognizer in _cue_kinds():
        assert recognizer.numbers_after_cue(text) == _numbers_after_cue_ungated(recognizer, text)


def test_a_passports_piece_after_its_cue_is_still_read():
    from guard.recognizers.passport import PassportRecognizer

    assert PassportRecognizer().numbers_after_cue("паспорт 4505, остальное не скажу") != []


def test_a_device_word_with_digits_at_its_end_is_still_one():
    assert person._a_device_word("iPhone15") and person._a_device_word("Galaxy") and not person._a_device_word("Тимура")
    for word in ("iPhone15", "iphone", "Pixel7", "ПК", "Тимура", "Лены", "x15", "15", "ipad²", "Galaxy٣"):
        assert person._a_device_word(word) == (word.lower() in person.DEVICE_NAME_WORDS or person.re.sub(
            r"\d+$", "", word.lower()) in person.DEVICE_NAME_WORDS), word
