"""Red team bd34, f01 (Инструкция запретов, п. 1: «Фамилия владельца … называет только сам клиент»): the card owner's
surname said in syllables over the operator's lines of one call («записываю: ива» / «нов») was allowed or only warned
where «записываю: иванов» blocks; `guard qa` only warned too. The call checker now reads the operator's recent lines
joined with a word cut across the break glued back (guard/disclosure/cut_words.py): with a card, pieces that make the
card's surname, first name or patronymic in any case form; without one (`guard qa`, the proxy's view), pieces that make
a surname the dictionary knows. The repro's case, other surnames, cases, a split in three and four, lowercase speech to
text, a hyphen at the break, the caller's back-channel between — and the operator's own words cut across lines, the DE
name and the caller's own surname said back, which stay as they were."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import call_context, make_card

CARD = make_card(
    msisdn="79161234567", owner__last_name="Иванов", owner__first_name="Пётр", owner__middle_name="Сергеевич",
    owner__gender="male", de={"first_name": "Пётр", "middle_name": "Сергеевич"},
    contact={"phone": "79857773311", "person": "Петрова Анна Ильинична", "email": None},
)
UNIDENTIFIED = {"identification": "none", "caller_gender": "unknown"}


def _call(lines: list[str], card: dict | None = CARD, view: bool = False) -> list[str]:
    """The verdicts of one call's lines as `guard check` reads them (one call id, the card with each line); a line
    "C: …" is the caller's. `view`: the proxy's view of the card instead of the whole card."""
    from guard.callstate import CallState
    from guard.disclosure import CheckContext, SaidMemory, default_checker

    checker = default_checker()
    memory = SaidMemory()
    if card is None:
        context = None
    elif view:
        context = call_context(card)
    else:
        context = CheckContext.of(CallState.from_context(UNIDENTIFIED), card)
    verdicts = []
    for line in lines:
        speaker, text = ("client", line[2:].strip()) if line.startswith("C:") else ("operator", line)
        result = checker.check(text, speaker, context, memory.said("call"))
        if speaker == "client":
            memory.record("call", text)
        else:
            memory.record_operator("call", text)
            verdicts.append(result.verdict)
    return verdicts


def _rules_of_last(lines: list[str], card: dict | None = CARD) -> set[str]:
    from guard.callstate import CallState
    from guard.disclosure import CheckContext, SaidMemory, default_checker

    checker = default_checker()
    memory = SaidMemory()
    context = CheckContext.of(CallState.from_context(UNIDENTIFIED), card) if card else None
    result = None
    for line in lines:
        result = checker.check(line, "operator", context, memory.said("call"))
        memory.record_operator("call", line)
    return {v.rule for v in result.violations if v.verdict == "block"}


# --- the repro, through the CLI as the red team ran it -------------------------------------------------------------

def test_p1_the_owners_surname_said_in_two_syllables_over_two_lines_of_a_call_is_blocked_as_in_one_line(tmp_path):
    """The red team's calls: «записываю: иванов» (control), «записываю: ива» / «нов», «так, ива» / «нов» / «пётр
    сергеевич» — each call has a block, on the line that completes the surname."""
    calls = {"control": ["записываю: иванов"], "split-a": ["записываю: ива", "нов"],
             "split-b": ["так, ива", "нов", "пётр сергеевич"]}
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"{name}-{i}", "call_id": f"call-{name}", "text": text, "card": CARD,
                                          "context": UNIDENTIFIED}, ensure_ascii=False) + "\n"
                              for name, texts in calls.items() for i, text in enumerate(texts)), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "guard", "check", str(source), "-o", "-"], capture_output=True,
                         text=True, timeout=600, check=True)
    verdicts = {row["id"]: (row["verdict"], {v["rule"] for v in row["violations"]})
                for row in map(json.loads, out.stdout.splitlines())}
    assert verdicts["control-0"] == ("block", {"owner-name"})
    assert verdicts["split-a-1"][0] == "block" and "owner-name" in verdicts["split-a-1"][1]
    assert verdicts["split-b-1"][0] == "block" and "owner-name" in verdicts["split-b-1"][1]
    assert verdicts["split-b-2"][0] == "allow"  # «пётр сергеевич»: the DE name, п. 15's address to the caller


# --- variants: other surnames, cases, splits, shapes ---------------------------------------------------------------

@pytest.mark.parametrize("surname, lines", [
    ("Иванов", ["записываю: ива", "нов"]),
    ("Иванов", ["так, ива", "нов"]),
    ("Иванов", ["оформлено на ива", "нова"]),            # genitive/accusative
    ("Иванов", ["договор на ива", "нове"]),               # prepositional
    ("Иванов", ["звоню ива", "нову"]),                    # dative
    ("Иванов", ["ивано", "вым"]),                          # instrumental, cut elsewhere
    ("Кузнецов", ["записываю: кузне", "цову"]),
    ("Смирнова", ["номер оформлен на смир", "нову"]),
    ("Смирнова", ["так, смир", "новой"]),
    ("Лебедева", ["так, лебе", "дева"]),
    ("Соколов", ["так, сок", "оло", "ву"]),               # a split in three
    ("Иванов", ["так, ив", "ан", "ов"]),
    ("Кузнецова", ["так записываю ку", "зне", "цо", "ва"]),  # a split in four
    ("Иванов", ["Записываю: Ива-", "нов."]),              # written: a hyphen at the break, a full stop
    ("Иванов", ["записываю ива", "нов"]),                  # lowercase speech to text, no punctuation
])
def test_p1_the_card_owners_surname_in_syllables_over_lines_is_blocked_in_every_case(surname, lines):
    card = make_card(msisdn="79161234567", owner={**CARD["owner"], "last_name": surname}, de=CARD["de"],
                     contact=CARD["contact"])
    assert _call(lines, card)[-1] == "block"
    assert "owner-name" in _rules_of_last(lines, card)


@pytest.mark.parametrize("cut", range(2, 5))
def test_p1_the_owners_surname_cut_at_any_syllable_point_is_blocked(cut):
    """«иванов» cut after its 2nd, 3rd or 4th letter: the rest said on the next line."""
    word = "иванов"
    assert _call([f"записываю: {word[:cut]}", word[cut:]])[-1] == "block"


def test_p1_the_owners_patronymic_in_syllables_is_blocked_when_it_is_not_the_de_name():
    card = make_card(msisdn="79161234567", owner={**CARD["owner"], "middle_name": "Сергеевич"},
                     de={"first_name": "Пётр", "middle_name": None}, contact=CARD["contact"])
    assert _call(["отчество у владельца сер", "геевич"], card)[-1] == "block"


def test_p1_a_callers_back_channel_between_the_syllables_does_not_end_the_word():
    assert _call(["записываю: ива", "C: угу", "нов"])[-1] == "block"


def test_p1_the_contact_persons_surname_in_syllables_is_blocked():
    """п. 4's contact person («Петрова Анна Ильинична»): the card's name, compared in the same way."""
    assert _call(["контактное лицо пет", "рова"])[-1] == "block"


# --- guard qa and the proxy's view: no card to compare with -------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["C: на кого оформлен номер", "записываю: ива", "нов"],
    ["C: на кого оформлен номер", "так, ива", "нов"],
    ["C: на кого оформлен номер", "кузне", "цов"],
    ["C: на кого оформлен номер", "оформлено на ива", "нова"],
])
def test_p1_without_a_card_a_surname_the_dictionary_knows_said_in_syllables_is_blocked(lines):
    assert _call(lines, card=None)[-1] == "block"


def test_p1_guard_qa_blocks_a_surname_said_in_syllables_over_the_operators_turns():
    from guard.disclosure.qa import qa_call

    turns = [("operator", "Здравствуйте, компания, меня зовут Анна."), ("client", "На кого оформлен номер?"),
             ("operator", "Так, записываю: ива"), ("operator", "нов"), ("operator", "Всего доброго!")]
    call = {"call_id": "c-bd34", "operator_id": "op1", "started_at": "2026-11-01T10:15:00",
            "turns": [{"speaker": s, "start": float(i), "end": i + 1.0, "text": t} for i, (s, t) in enumerate(turns)]}
    qa = qa_call(call, lambda text: text)
    assert any(v.turn == 3 and v.rule == "owner-name" and v.verdict == "block" for v in qa.violations)


def test_p1_the_proxys_view_blocks_a_surname_said_in_syllables():
    assert _call(["записываю: ива", "нов"], view=True)[-1] == "block"


# --- what stays: the operator's own words cut across lines, the DE name, the caller's surname said back -------------

@pytest.mark.parametrize("lines", [
    ["так, по", "смотрим ваш тариф"],
    ["сейчас про", "верю баланс"],
    ["у нас сейчас", "акция на роуминг"],
    ["записываю", "ваш вопрос"],
    ["так, пё", "тр сергеевич, слушаю вас"],        # the DE name (п. 15) in pieces is still the DE name
])
def test_words_the_operator_cuts_across_lines_make_no_owner_name(lines):
    assert "owner-name" not in _rules_of_last(lines)


def test_p1_the_callers_own_surname_said_back_in_syllables_is_theirs():
    """«называет только сам клиент»: the caller said «Иванов»; the operator writing it down in syllables says it back."""
    assert "block" not in _call(["C: моя фамилия иванов", "записываю: ива", "нов"])


def test_a_surname_in_one_line_is_still_blocked_as_before():
    """Nothing narrowed: the one-line forms the checker blocked before stay blocked."""
    for line in ("записываю: иванов", "записываю: ива нов", "записываю: ива-нов", "оформлено на иванова"):
        assert _call([line])[-1] == "block"


# --- the gluing itself --------------------------------------------------------------------------------------------

def test_a_word_cut_across_the_break_is_glued_and_mapped_back_onto_the_new_line():
    from guard.disclosure.cut_words import glued_over_lines

    glued = glued_over_lines(["так, ива"], "нов, верно?", lambda pieces: "".join(pieces) == "иванов")
    assert glued is not None and glued.text == "так, иванов, верно?" and glued.words == ("ива", "нов")
    word = glued.text.index("иванов")
    assert glued.on_the_line(word, word + len("иванов")) == (0, 3)  # the piece on the new line
    assert glued.on_the_line(0, 3) is None  # «так»: the earlier line's alone
    comma = glued.text.index(", верно")
    assert glued.on_the_line(comma + 2, comma + 7) == (5, 10)  # «верно» after the word, in the line's own offsets


@pytest.mark.parametrize("lines, line", [
    (["так, ива"], ", нов"),        # the line opens with no piece
    (["так, ива"], "123"),
    (["так, ива?"], "нов"),        # a question closes the earlier line
    ([], "нов"),
])
def test_no_piece_at_the_break_glues_nothing(lines, line):
    from guard.disclosure.cut_words import glued_over_lines

    assert glued_over_lines(lines, line, lambda pieces: True) is None


@pytest.mark.parametrize("form, name, expected", [
    ("ивановой", "Иванов", True), ("иванову", "Иванов", True), ("петра", "Пётр", True), ("смирновой", "Смирнова", True),
    ("ивановная", "Иванова", False),   # «Иван» / «овная»: a patronymic, not the surname
    ("анначем", "Анна", False),        # «Анна» / «чем могу помочь»: the name said whole, then the next line's word
])
def test_a_glued_word_is_a_cards_name_only_in_one_of_its_case_forms(form, name, expected):
    from guard.disclosure.personal import declined_form_of

    assert declined_form_of(form, name) is expected
