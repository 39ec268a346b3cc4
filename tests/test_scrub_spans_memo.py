"""Issue 13, stop 43: the card-aware scrub's word pass is read once a text for a card's hidden words, not once a level.

A call's open (identification none) and its first refresh (primary) decide the card differently — another level shows
other numbers — so each reads its own CardSecrets and scrubbed the same comments again; the word pass (the hidden words
in any case, spelled, transliterated, one slip or one derivation off) was most of that. It reads nothing of the secrets
but their words and streets (and the policy's field names), so the proxy remembers its spans per text
(guard/proxy/scrub.py, ScrubSpans) under a keyed digest of (text, words and streets, field names).

What must hold: every answer is byte for byte the answer of secrets without the memo, whatever was remembered before
(other cards, other levels, other field names, entries evicted); a card with other hidden words, or another policy,
never finds another's entry; the memo holds offsets only, keyed by keyed digests — no text, word or unkeyed digest."""
from __future__ import annotations

import hashlib
import json
import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.policy import CallContext, IdentificationLevel
from guard.proxy.filtering import CardSecretsCache
from guard.proxy.scrub import CardSecrets, ScrubSpans
from guard.proxy.split_pieces import mask_split_values
from test_policy_compiled_vs_walked import COMPILED, _engine, cards

# Hidden words (names, a street) and numbers; a "level" is the same words with other numbers hidden or shown.
WORDS = ["Иванов", "Ромашкина", "Галиуллин", "Шевчуков", "Петров Пётр", "г. Москва, ул. Тверская, д. 5",
         "ул. Лесная, д. 7", "Лесная"]
NUMBERS = ["4505 678901", "79031234567", "79161112233", "1980-03-12", "petr.ivanov@mail.ru"]
# What a comment may hold: the hidden words as a reader still reads them, other words, numbers, masks.
PIECES = ["Иванов", "иванову", "Ivanov", "Iwanow", "Bdfyjd", "И в а н о в", "вонавИ", "Ива*ов", "Иванов-ой",
          "ромашечка", "Рамашкина", "РМШК", "Galiullin", "galiullyn", "Ševčukov", "Schewtschukow", "Тверская 5-12",
          "Тверск.", "тверская пять двенадцать", "Лесной", "Лесная 9-14", "Петрова", "ПЕТРОВ", "Петром", "Пётр", "Pjotr", "status",
          "last_name", "***", "<PERSON>", "[скрыто]", "Москва", "звонил", "просил перезвонить", "4505 678901",
          "8 903 123 45 67", "45 67", "21 декабря 1999", "12.03.1980", "petr.ivanov@mail.ru", "фамилия Шпак...",
          "Ромаш ка", "Ром\u00adашкина", "Р0машкина", "\x00", "Кл.", "д.р.", "ИНН 500100732259"]
TEXT = st.lists(st.sampled_from(PIECES), min_size=1, max_size=7).map(" ".join)
SECRETS = st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True),
                    st.lists(st.sampled_from(NUMBERS), max_size=3, unique=True))
FIELD_NAMES = st.sampled_from([COMPILED.known_keys, frozenset(), frozenset({"comment_note", "last_name"})])
PRIMARY = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name")


def _secrets(words: list[str], numbers: list[str], memo: ScrubSpans | None) -> CardSecrets:
    secrets = CardSecrets.from_values(words + numbers)
    return secrets.remember_spans_in(memo) if memo is not None else secrets


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rounds=st.lists(st.tuples(SECRETS, st.lists(TEXT, min_size=1, max_size=4), FIELD_NAMES), min_size=1,
                       max_size=5),
       size=st.integers(1, 4))
def test_a_text_scrubbed_with_remembered_word_spans_is_scrubbed_as_without_them(rounds, size):
    """Cards (words with numbers: the same words at another level are another numbers list) one after another, one memo
    of 1-4 entries (evicted and read again): each answer — text by text and as one JSON answer — is the answer of the
    same secrets with no memo."""
    memo = ScrubSpans(size)
    for (words, numbers), texts, names in rounds:
        texts = list(dict.fromkeys(texts))
        remembered, fresh = _secrets(words, numbers, memo), _secrets(words, numbers, None)
        assert remembered.scrub_texts(texts, names) == fresh.scrub_texts(texts, names)
        payload = {"comments": [{"author": "op1", "text": text} for text in texts], "last_name": "***"}
        again, fresh = _secrets(words, numbers, memo), _secrets(words, numbers, None)
        assert again.scrub_json(payload, names) == fresh.scrub_json(payload, names)


def test_the_next_identification_level_does_not_read_the_comments_word_by_word_again(monkeypatch):
    """The same hidden words with other numbers (the card at primary after none): the comments' word pass comes from
    the memo; the numbers are read with the new level's secrets."""
    memo = ScrubSpans(64)
    comments = ["Кл. Иванов просил перезвонить на 8 903 123 45 67", "Звонила Ромашкина, ул. Тверская 5-12"]
    words = ["Иванов", "Ромашкина", "г. Москва, ул. Тверская, д. 5"]
    first = _secrets(words, ["79031234567", "4505 678901"], memo)
    opened = first.scrub_texts(comments, COMPILED.known_keys)
    calls = []
    original = CardSecrets._word_spans
    monkeypatch.setattr(CardSecrets, "_word_spans", lambda self, *args: calls.append(1) or original(self, *args))
    refreshed = _secrets(words, ["4505 678901"], memo)  # the phone shown at this level: no longer a secret
    answer = refreshed.scrub_texts(comments, COMPILED.known_keys)
    assert calls == [] and memo.hits == len(comments)
    assert answer == _secrets(words, ["4505 678901"], None).scrub_texts(comments, COMPILED.known_keys)
    assert answer != opened  # the phone is masked only where it is a secret
    assert "Иванов" not in answer[comments[0]][0] and "Ромашкина" not in answer[comments[1]][0]


def test_another_cards_words_or_another_policy_never_find_an_entry():
    memo = ScrubSpans(64)
    text = "Звонил Иванов, сосед Петров просил перезвонить"
    ivanov = _secrets(["Иванов"], [], memo)
    assert ivanov.scrub_text(text)[1] == 1 and ivanov.scrub_texts([text])[text] == ("Звонил ***, сосед Петров "
                                                                                     "просил перезвонить", 1)
    petrov = _secrets(["Петров"], [], memo)  # another customer: its own words, its own entry
    assert petrov.scrub_texts([text])[text] == ("Звонил Иванов, сосед *** просил перезвонить", 1)
    assert len(memo) == 2 and memo.hits == 0
    # the same words under other field names (another policy): read again, not found
    assert _secrets(["Иванов"], [], memo).scrub_texts([text], COMPILED.known_keys)[text][1] == 1
    assert len(memo) == 3 and memo.hits == 0
    # the same words, streets and field names (another level of the first card): found
    assert _secrets(["Иванов"], ["79031234567"], memo).scrub_texts([text])[text][1] == 1
    assert memo.hits == 1


def test_a_word_that_is_a_street_in_one_card_and_a_name_in_another_has_an_entry_in_each():
    """The same hidden words, a street in one card (its house numbers go with it) and a surname in the other: the
    streets are part of the key."""
    memo = ScrubSpans(64)
    text = "живёт на Лесная 9-14"
    street, surname = _secrets(["ул. Лесная, д. 7"], [], memo), _secrets(["Лесная"], [], memo)
    assert street.words == surname.words and street.streets != surname.streets
    assert street.scrub_texts([text])[text] == ("живёт на ***", 1)
    assert surname.scrub_texts([text])[text] == ("живёт на *** 9-14", 1)
    assert memo.hits == 0 and len(memo) == 2


def test_the_memo_holds_offsets_only_under_keys_drawn_per_process():
    memo, other = ScrubSpans(64), ScrubSpans(64)
    text = "Кл. Иванов Пётр, e-mail petr.ivanov@mail.ru, ул. Тверская 5-12"
    words = ["Иванов Пётр", "г. Москва, ул. Тверская, д. 5"]
    _secrets(words, ["petr.ivanov@mail.ru"], memo).scrub_texts([text], COMPILED.known_keys)
    (key, entry), = memo.texts._entries.items()
    assert all(isinstance(n, int) for span in entry[1] for n in span) and entry[1]
    kept = pickle.dumps(list(memo.texts._entries.items()))
    for value in (text, "Иванов", "иванов", "тверская", "петр", "ivanov"):
        assert value.encode("utf-8") not in kept
    for unkeyed in (hashlib.sha256(text.encode()).digest(), hashlib.blake2b(text.encode(), digest_size=32).digest()):
        assert unkeyed not in kept
    secrets = CardSecrets.from_values(words)
    assert memo.secrets_key(secrets.words, secrets.streets) != other.secrets_key(secrets.words, secrets.streets)
    assert memo.names_key(COMPILED.known_keys) != other.names_key(COMPILED.known_keys)


def test_the_memo_is_bounded_and_off_at_zero():
    memo = ScrubSpans(3)
    secrets = _secrets(["Иванов"], [], memo)
    secrets.scrub_texts([f"Иванов звонил {n} раз" for n in range(10)])
    assert len(memo) == 3
    off = ScrubSpans(0)
    assert _secrets(["Иванов"], [], off).scrub_texts(["Иванов звонил"])["Иванов звонил"][1] == 1
    assert len(off) == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=cards(), other=cards(), order=st.lists(st.sampled_from([0, 1]), min_size=2, max_size=5))
def test_the_proxys_secrets_cache_with_the_memo_answers_as_fresh_secrets_at_every_level(card, other, order):
    """Generated cards at identification none and primary in turn, through CardSecretsCache with the memo (as
    guard/proxy/app.py builds it): every answer equals fresh secrets' answer."""
    cache = CardSecretsCache(1 + len(order) % 2, ScrubSpans(2 + len(order) % 3))
    for which in order:
        chosen = (card, other)[which]
        body = json.dumps(chosen, ensure_ascii=False).encode("utf-8")
        for ctx in (CallContext(identification=IdentificationLevel.NONE), PRIMARY):
            decision = COMPILED.apply(json.loads(body), ctx, redact_text=_engine)
            cached = cache.of(decision, body, ctx).scrub_json(decision.card, COMPILED.known_keys)
            assert cached == CardSecrets.of(decision).scrub_json(decision.card, COMPILED.known_keys)


# --- the column reading of split values (guard/proxy/split_pieces.py) ----------------------------------------------

CELLS = st.lists(st.sampled_from(["перезвонить 8 915", "дальше 123", "45 67", "почта alla.k", "uz79 на яндексе",
                                  "паспорт часть 1: 4505", "часть 2: 678", "901", "Фёд", "оров", "***", "Кругловс",
                                  "кий", "тариф Мой безлимит", "2026-10-30T09:00:00", "op1", "", "\x00", "46\x001"]),
                 min_size=1, max_size=6)
VALUES = st.tuples(st.lists(st.sampled_from(["9151234567", "4505678901", "4614123456"]), max_size=2, unique=True),
                   st.lists(st.sampled_from(["alla.kuz79@yandex.ru", "alla.kuz79", "petr.ivanov"]), max_size=2,
                            unique=True),
                   st.lists(st.sampled_from(["федоров", "федорова", "кругловский", "кругловская"]), max_size=2,
                            unique=True))


@settings(max_examples=300, deadline=None)
@given(rounds=st.lists(st.tuples(VALUES, st.lists(CELLS, min_size=1, max_size=3)), min_size=1, max_size=5),
       size=st.integers(1, 4))
def test_a_column_read_with_remembered_spans_is_masked_as_without_them(rounds, size):
    """Answers (columns of comments and of bare strings) read for one card's values after another's, one memo of 1-4
    entries: each answer is the answer of the column reading with no memo."""
    memo = ScrubSpans(size)
    for (numbers, literals, words), columns in rounds:
        payload = {"comments": [{"at": "2026-10-30T09:00:00", "text": cell} for cell in columns[0]],
                   "lists": [list(column) for column in columns[1:]]}
        assert mask_split_values(payload, numbers, literals, words, memo.texts) == \
            mask_split_values(payload, numbers, literals, words)


def test_a_column_read_again_for_the_same_values_is_not_read_again_and_other_values_read_it_afresh(monkeypatch):
    import guard.proxy.split_pieces as split_pieces

    memo = ScrubSpans(64)
    comments = {"comments": [{"text": "паспорт часть 1: 4505, дальше в заметке"}, {"text": "часть 2: 678, ещё ниже"},
                             {"text": "901"}]}
    first = mask_split_values(comments, ["4505678901"], [], [], memo.texts)
    assert first[1] == 3
    calls = []
    original = split_pieces._split_spans
    monkeypatch.setattr(split_pieces, "_split_spans", lambda *args: calls.append(1) or original(*args))
    assert mask_split_values(comments, ["4505678901"], [], [], memo.texts) == first and calls == []
    # another card's passport: its own entry, read afresh, nothing of the first card's answer
    assert mask_split_values(comments, ["4614123456"], [], [], memo.texts) == (comments, 0) and calls == [1]
    kept = pickle.dumps(list(memo.texts._entries.items()))
    assert b"4505" not in kept and b"678" not in kept and "паспорт".encode() not in kept
