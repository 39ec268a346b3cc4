"""Red-team round bb20 (and bb19, f07): a hidden value dictated in pieces is read as the one value it is.

The pieces of one value said apart — digit groups a transcriber separates with commas, groups behind a piece's label
("первая пара …, вторая пара …", "потом …"), a name's letters behind "потом", "дальше" or an ordinal ("вторая буква
И") — are read once, where a number or a spelled word is read: the piece's labels are one list
(recognizers/lexicon.py PIECE_LABEL: an order word, an ordinal, a piece's noun), read by the text engine between two
digits (guard/normalize.py, a pause) and between two letters' names (lexicon.LETTER_NAME_RUN), by an answer that is
only its value (guard/dialogue.answer_value), and by the speech checker's reading of a line that is only a piece
(guard/disclosure/bare_value.number_piece_in, spelled.letters_of). A line that is only a value said in comma-apart
groups is one number (bare_value.groups_said_apart). In a call the checker's card is the screen's view, card-aware
scrubbing included (guard/proxy/filtering.screen_of): a DE name the screen masks is no oracle (f04). In this
repository's own phrasings, not the red team's.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given, settings, strategies as st

from guard.batch.calls import redact_call
from guard.callstate import CallState
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said
from guard.normalize import normalize

# the operator's screen in a call, identification none: nothing of the owner but DE
SHOWN = {"msisdn": "79265550011", "client_type": "individual", "payment_type": "postpaid",
         "owner": {"last_name": "***", "first_name": "***", "middle_name": "***", "birth_date": "***",
                   "passport": {"series": "***", "number": "***"}},
         "de": {"first_name": "Ольга", "middle_name": "Тимуровна"}, "addresses": {"registration": "***"}}


def _call(lines: list[str], shown: dict = SHOWN) -> list[str]:
    """The verdict of each operator line said one after another in one call."""
    said, verdicts = Said(), []
    context = CheckContext.of(CallState(), shown, shown=True)
    for line in lines:
        verdicts.append(default_checker().check(line, "operator", context, said).verdict)
        said.add_operator(line)
    return verdicts


def _groups(digits: str, sizes: list[int]) -> list[str]:
    out, at = [], 0
    for size in sizes:
        if at >= len(digits):
            break
        out.append(digits[at:at + size])
        at += size
    if at < len(digits):
        out.append(digits[at:])
    return out


# --- f01: groups apart by commas --------------------------------------------------------------------------------

@settings(max_examples=30, deadline=None)
@given(digits=st.text(alphabet="123456789", min_size=4, max_size=10),
       sizes=st.lists(st.integers(min_value=1, max_value=3), min_size=2, max_size=6))
def test_a_number_said_bare_in_comma_apart_groups_is_blocked_whatever_its_digits(digits, sizes):
    assume(digits not in SHOWN["msisdn"])  # the screen's own number may be said
    groups = _groups(digits, sizes)
    line = ", ".join(groups)
    assert _call([line]) == ["block"], line


@pytest.mark.parametrize("line", ["семь, четыре, один, ноль, шесть, два", "четыреста двенадцать, восемьсот семь",
                                  "диктую: восемьдесят один, двадцать шесть, сорок", "тридцать семь, ноль два"])
def test_a_number_said_in_comma_apart_spoken_groups_is_blocked(line):
    assert _call([line]) == ["block"]


@pytest.mark.parametrize("line", ["тарифы есть за 300, 450 и 600 рублей", "с 9, а в субботу с 10",
                                  "подключим в течение 2, максимум 3 дней"])
def test_numbers_that_count_or_price_something_stay_apart(line):
    assert _call([line]) != ["block"]  # (the wording model may warn: not this rule's)


# --- f03: a piece behind its label, a line at a time --------------------------------------------------------------

_ORDINALS = ["первая", "вторая", "третья", "четвёртая", "пятая"]


@settings(max_examples=25, deadline=None)
@given(pairs=st.lists(st.integers(min_value=10, max_value=99), min_size=2, max_size=4),
       noun=st.sampled_from(["пара", "группа", "часть"]))
def test_a_number_told_one_labelled_piece_a_line_is_blocked_from_the_line_past_its_prefix(pairs, noun):
    assume("".join(map(str, pairs[:2])) not in SHOWN["msisdn"])  # the screen's own number may be said
    lines = [f"{_ORDINALS[i]} {noun} {pair}" for i, pair in enumerate(pairs)]
    verdicts = _call(lines)
    assert verdicts[0] != "block" and "block" in verdicts[1:], (lines, verdicts)  # a first piece alone is no number


def test_a_piece_said_before_its_label_is_a_piece_too():
    assert "block" in _call(["семьдесят один — это первая пара", "сорок четыре — вторая", "девятнадцать — третья"])


def test_labelled_pieces_on_one_line_are_one_number():
    assert _call(["первая пара семьдесят один, вторая пара сорок четыре, третья пара девятнадцать"]) == ["block"]


# --- f02, bb19 f07: a name spelled a letter a line behind order words and ordinals --------------------------------

@pytest.mark.parametrize("lines", [
    ["фамилия у неё", "на К", "потом у", "потом зэ"],
    ["фамилия", "начинается на М", "дальше о", "дальше эр"],
    ["первая буква Б", "вторая Е", "третья эл"],
    ["ваша фамилия", "эс", "затем о", "затем ка"],
])
def test_a_name_spelled_a_letter_a_line_behind_a_pieces_label_is_blocked(lines):
    verdicts = _call(lines)
    assert "block" in verdicts[:3], (lines, verdicts)


def test_order_words_with_no_letters_and_no_name_cue_stay_allowed():
    assert "block" not in _call(["сначала проверим баланс", "потом подключим услугу", "дальше всё автоматически"])


# --- f05: the same values in a transcript export -----------------------------------------------------------------

def _export(question: str, answer: str, redactor) -> str:
    call = {"call_id": "c-1", "operator_id": "op9", "started_at": "2026-10-02T11:00:00",
            "turns": [{"speaker": "operator", "start": 0.0, "end": 2.0, "text": question},
                      {"speaker": "client", "start": 2.1, "end": 8.0, "text": answer}]}
    return redact_call(call, redactor).call["turns"][1]["text"]


@pytest.mark.parametrize("question, answer, pieces", [
    ("назовите номер паспорта", "первая пара семьдесят один вторая пара сорок четыре третья пара девятнадцать",
     ["сорок четыре", "девятнадцать"]),
    ("продиктуйте серию и номер паспорта", "первая группа 71, вторая группа 44, третья группа 19", ["44", "19"]),
    ("фамилию по буквам продиктуйте", "ка потом у потом зэ потом эм потом и потом эн", ["зэ", "эм потом и"]),
    ("назовите фамилию по буквам", "первая буква ка вторая у третья зэ четвёртая эм пятая и шестая эн",
     ["третья зэ", "пятая и"]),
])
def test_an_answer_dictated_in_labelled_pieces_is_masked_in_the_export(redactor, question, answer, pieces):
    redacted = _export(question, answer, redactor)
    assert not [piece for piece in pieces if piece in redacted], redacted


def test_a_digits_noun_after_a_pieces_ordinal_names_the_piece_not_a_digit():
    assert normalize("первая тройка девятьсот шестнадцать вторая тройка сто двадцать").text == \
        "первая тройка 916 120"
    assert normalize("три семёрки").text == "777"  # a digit's noun after a count is still its digits


# --- f04: the checker's card is the screen's view ------------------------------------------------------------------

def test_a_de_name_the_screen_masks_is_judged_as_hidden_so_no_guess_is_told_apart():
    from guard.policy import CallContext, IdentificationLevel, default_policy_path, load_policy
    from guard.proxy.filtering import screen_of

    card = {"msisdn": "79265550011", "client_type": "individual", "payment_type": "postpaid",
            "owner": {"last_name": "Кузьмина", "first_name": "Ольга", "middle_name": "Тимуровна", "gender": "female",
                      "birth_date": "1979-02-11", "passport": {"series": "4608", "number": "214365"}},
            "de": {"first_name": "Ольга", "middle_name": "Тимуровна"},
            "contract": {"number": "0011223344", "status": "active", "terminated_at": None}}
    card["owners"] = [dict(card["owner"])]  # a second owner record: the screen masks DE
    policy = load_policy(default_policy_path())
    decision = policy.apply(card, CallContext(identification=IdentificationLevel.NONE), redact_text=lambda text: "")
    shown, _ = screen_of(policy, decision)
    assert shown["de"]["first_name"] != "Ольга"
    right = _call(["Ольга Тимуровна, добрый день"], shown)
    wrong = _call(["Анна Петровна, добрый день"], shown)
    assert right == wrong == ["block"]


# --- f07: a hidden surname shortened in a card's comment -----------------------------------------------------------

def _comment_shown(comment: str) -> str:
    from guard.policy import CallContext, IdentificationLevel, default_policy_path, load_policy
    from guard.proxy.scrub import CardSecrets

    card = {"msisdn": "79265550011", "client_type": "individual", "payment_type": "postpaid",
            "owner": {"last_name": "Кузьмина", "first_name": "Ольга", "middle_name": "Тимуровна", "gender": "female"},
            "contract": {"number": "0011223344", "status": "active", "terminated_at": None},
            "comments": [{"at": "2026-10-30T09:00:00", "author": "op7", "text": comment}]}
    policy = load_policy(default_policy_path())
    decision = policy.apply(card, CallContext(identification=IdentificationLevel.NONE), redact_text=lambda text: text)
    shown, _ = CardSecrets.of(decision).scrub_json(decision.card, policy.known_keys)
    return shown["comments"][0]["text"]


@pytest.mark.parametrize("short", ["К-на", "Ку-на", "Кузь-на", "к-ина"])
def test_a_hidden_surname_cut_to_its_first_letters_and_ending_is_masked_in_a_comment(short):
    assert short not in _comment_shown(f"{short} просила перезвонить после обеда")


@pytest.mark.parametrize("comment", ["во-первых проверить баланс", "М-на сеть не ловит", "по-на районе авария"])
def test_a_hyphenated_word_that_shortens_no_hidden_surname_is_shown(comment):
    assert _comment_shown(comment) == comment


# --- the patterns compiled on first use (the lexicon is read lazily) grow linearly --------------------------------

@pytest.mark.parametrize("name", ["_pause_pattern", "_piece_ordinal_before", "_piece_noun_after"])
def test_the_piece_label_patterns_compiled_on_first_use_grow_linearly(name):
    # tests/test_redos.py scans the patterns a module holds; these are built on first use, so they are judged here by
    # its own criterion (no timing threshold: a ratio of two sizes in one run)
    import guard.normalize
    from tests.test_redos import GROWTH_BOUND, N, RECHECK_ROUNDS, growth, pathological

    compiled = getattr(guard.normalize, name)()
    small, large = pathological(N), pathological(2 * N)
    worst = {kind: growth(compiled, small[kind], large[kind], rounds=RECHECK_ROUNDS)["ratio"] for kind in large}
    assert max(worst.values()) < GROWTH_BOUND, worst
