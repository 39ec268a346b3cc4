"""A line's verdict is the line's, the card's and the call's: never what the same process checked before it.

Stop 36 saw four lines of disc_x31 / disc_b33 change verdict when checked with a whole card in one long run, and named
the memos the checker keeps between checks as suspects: the card values' secrets (guard/disclosure/personal.py keeps
them per value, shared by every card holding that value) and the word memos inside them (guard/proxy/scrub.py:
_latin, _stem_seen, _phonetic_seen). These tests hold the checker to a verdict that is the same alone, after any
other lines, and with other cards (and the operator's view of them) checked in between; and hold the memos to what a
memo may carry: nothing of one line or one customer into another check.
"""
from __future__ import annotations

import gc
import json
import pickle
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.disclosure import CheckContext, default_checker
from guard.disclosure import personal

# Two customers who share a surname (the same value's secrets are built once for both), a third who shares nothing.
IVANOV = {"msisdn": "79161234567", "payment_type": "postpaid", "client_type": "individual",
          "owner": {"last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич", "gender": "male",
                    "birth_date": "1980-03-12", "passport": {"series": "4505", "number": "678901"}},
          "de": {"first_name": "Пётр", "middle_name": "Сергеевич"},
          "addresses": {"registration": "г. Химки, ул. Лавочкина, д. 5, кв. 12"},
          "numbers": [{"msisdn": "79161234567"}, {"msisdn": "79165550011"}],
          "contact": {"phone": "79857773311", "person": "Иванова Анна Петровна"}}
IVANOVA = {"msisdn": "79037654321", "payment_type": "prepaid", "client_type": "individual",
           "owner": {"last_name": "Иванова", "first_name": "Ольга", "middle_name": "Игоревна", "gender": "female",
                     "birth_date": "1991-11-02", "passport": {"series": "4611", "number": "220334"}},
           "de": {"first_name": "Ольга"},
           "addresses": {"registration": "г. Тула, ул. Садовая, д. 9, кв. 56"},
           "numbers": [{"msisdn": "79037654321"}, {"msisdn": "79165550011"}]}
GALIULLIN = {"msisdn": "79270001122", "payment_type": "postpaid", "client_type": "individual",
             "owner": {"last_name": "Галиуллин", "first_name": "Ринат", "gender": "male", "birth_date": "1975-07-19"},
             "addresses": {"registration": "г. Казань, ул. Баумана, д. 3"},
             "numbers": [{"msisdn": "79270001122"}]}
CARDS = (IVANOV, IVANOVA, GALIULLIN)

# Lines that reach every reading the memos serve: a surname in Latin letters and transliterated (_latin, the phonetic
# keys), a word made from the surname's stem (_stem_seen), numbers, an address, a date, and lines with none of it.
LINES = (
    "Владелец номера — Иванов, всё верно.",
    "Договор оформлен на Ivanov Petr, так в базе.",
    "Там записано Iwanow, латиницей.",
    "Это ивановский номер, у него и спрашивайте.",
    "Второй номер заканчивается на 0011.",
    "Паспорт 4505 678901 указан в карточке.",
    "Счета приходят на Лавочкина, дом пять.",
    "Дата рождения владельца двенадцатое марта.",
    "Галиуллин Ринат, такой владелец.",
    "rinatgaliullin — так подписан договор.",
    "Подскажите, пожалуйста, чем могу помочь?",
    "Сейчас проверю баланс, минуту.",
)


def _context(number: int) -> CheckContext | None:
    """0: no card; then each card whole, unidentified; then each as the operator's view after primary identification."""
    if number == 0:
        return None
    card = CARDS[(number - 1) % len(CARDS)]
    if number <= len(CARDS):
        return CheckContext(card=card)
    return CheckContext(card=card, shown=True, identification="primary", caller_gender=card["owner"]["gender"])


CONTEXTS = range(1 + 2 * len(CARDS))


def _verdict(line: int, context: int) -> tuple:
    result = default_checker().check(LINES[line], "operator", _context(context))
    return result.verdict, tuple((f.rule, f.start, f.end, f.verdict) for f in result.violations)


def _forget() -> None:
    personal._value_secrets.cache_clear()
    personal._all_values_secrets.cache_clear()


_ALONE: dict[tuple[int, int], tuple] = {}


def _alone(line: int, context: int) -> tuple:
    """The verdict with the checker's card memos emptied first: the line as the first this process checks of them."""
    if (line, context) not in _ALONE:
        _forget()
        _ALONE[(line, context)] = _verdict(line, context)
    return _ALONE[(line, context)]


PAIRS = st.tuples(st.integers(0, len(LINES) - 1), st.sampled_from(list(CONTEXTS)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAIRS, st.lists(PAIRS, max_size=6))
def test_a_lines_verdict_is_the_same_alone_and_after_any_other_lines_and_cards(target, before):
    expected = _alone(*target)
    _forget()
    for line, context in before:
        _verdict(line, context)
    assert _verdict(*target) == expected
    for line, context in before:  # and the lines before it are theirs too, whatever was checked between
        assert _verdict(line, context) == _alone(line, context)


def test_the_verdicts_of_a_fresh_process_checking_in_reverse_are_this_processes_in_order():
    """The whole pool in one order here, in the reverse order in a new process (no memo of this one's)."""
    pairs = [(line, context) for context in CONTEXTS for line in range(len(LINES))]
    here = {f"{line}|{context}": list(map(list, _verdict(line, context)[1])) + [_verdict(line, context)[0]]
            for line, context in pairs}
    script = (
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import test_disclosure_deterministic_verdict as t\n"
        "pairs = [(l, c) for c in t.CONTEXTS for l in range(len(t.LINES))][::-1]\n"
        "out = {f'{l}|{c}': [list(x) for x in t._verdict(l, c)[1]] + [t._verdict(l, c)[0]] for l, c in pairs}\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent)], capture_output=True, text=True,
                          check=True, timeout=900)
    there = json.loads(done.stdout.strip().splitlines()[-1])
    assert there == here


def test_a_memo_never_carries_one_customers_line_into_another_customers_check():
    """Иванов's lines are checked against Иванов's card; Иванова's card shares the surname's stem and a number. The
    value secrets kept between checks hold no word of the lines, and each reading of them starts with empty memos:
    Иванова's verdict on a line is the one it gets with nothing checked before."""
    _forget()
    alone = [_verdict(line, 2) for line in range(len(LINES))]
    _forget()
    for line in range(len(LINES)):
        _verdict(line, 1)  # Иванов's card whole
        _verdict(line, 4)  # Иванов's card as the operator sees it
    assert [_verdict(line, 2) for line in range(len(LINES))] == alone
    kept = _kept()
    assert kept, "the checker read Иванов's values through the kept secrets"
    memos = pickle.dumps([(s._latin, s._stem_seen, s._phonetic_seen, s._scrubbed) for s in kept])
    for word in ("ivanov", "iwanow", "ивановский", "petr", "латиницей", "rinatgaliullin"):
        assert word.encode() not in memos
    reading = personal._secrets_of("Иванов", "name")
    assert not (reading._latin or reading._stem_seen or reading._phonetic_seen or reading._scrubbed)


def _kept() -> list:
    """The card values' secrets the checker keeps between checks (the values of its two caches)."""
    from guard.proxy.scrub import CardSecrets

    return [kept for cache in (personal._value_secrets, personal._all_values_secrets)
            for kept in gc.get_referents(cache) if isinstance(kept, CardSecrets)]


def test_a_reading_afresh_shares_what_the_secrets_derive_and_none_of_what_a_text_said():
    from guard.proxy.scrub import CardSecrets

    secrets = CardSecrets.from_values(["Иванов"])
    assert secrets.spans_in("там ивановский и Iwanow", alone=True)
    assert secrets._stem_seen or secrets._latin or secrets._phonetic_seen
    fresh = secrets.read_afresh()
    assert not (fresh._latin or fresh._stem_seen or fresh._phonetic_seen or fresh._scrubbed)
    assert fresh._word_stems is secrets._word_stems and fresh.words == secrets.words
    assert fresh.spans_in("там ивановский и Iwanow", alone=True) == secrets.spans_in("там ивановский и Iwanow",
                                                                                    alone=True)
