"""Red-team round bb18, f04, f09's Ukrainian line and f07's answer that names no customer.

- f04: a customer's name said in a neighbour's Cyrillic spelling — Ukrainian or Belarusian letters (і ї є ґ ў), "йо"
  and "ьо" after a consonant where Russian writes "ьё" and "ё", a Ukrainian patronymic or case ending, a Ukrainian first
  name for the Russian one (Ганна for Анна) — is that name. The name kind reads it once (recognizers/lexicon.py
  russian_spelling(s), recognizers/person.py in_russian_letters), so its normal form (name_value: pseudonyms), its
  name readings (the redactor) and the checker — card-blind in a call, and against the card's words offline — agree.
  In a call the checker's verdict does not depend on whether the name is the card's (no oracle).
- f09: "Прізвище власника <surname>": whose surname it is, said between a neighbour's surname word and the surname,
  is no name; the surname after it is.
- f07: an answer that names no customer (so no card is read) shows no run of base64, base32 or hex that decodes to
  text: masked whole, whatever it holds.

The phrasings here are this file's own.
"""
from __future__ import annotations

import base64
from functools import lru_cache

import pytest
from aiohttp import web
from hypothesis import assume, given, settings, strategies as st

from conftest import make_card
from guard.callstate import CallState
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said
from guard.engine import default_redactor
from guard.proxy.scrub import MASK, encoded_runs_masked
from guard.recognizers import canonical_value, lexicon
from guard.recognizers.person import in_russian_letters, neighbours_spelling
from security.conftest import get
from security.test_redteam_s19 import crm_with

# (a neighbour's spelling, the Russian name it spells)
SURNAMES = [("Соловйов", "Соловьёв"), ("Муравйов", "Муравьёв"), ("Ковальов", "Ковалёв"), ("Корольов", "Королёв"),
            ("Журавльов", "Журавлёв"), ("Воробйов", "Воробьёв")]
FIRST_NAMES = [("Ганна", "Анна"), ("Олена", "Елена"), ("Микола", "Николай"), ("Іван", "Иван"), ("Петро", "Пётр"),
               ("Тетяна", "Татьяна"), ("Михайло", "Михаил")]
PATRONYMICS = [("Петрівна", "Петровна"), ("Іванівна", "Ивановна"), ("Павлівна", "Павловна"),
               ("Сергійович", "Сергеевич"), ("Андріївна", "Андреевна"), ("Васильович", "Васильевич")]
# Ukrainian case endings of a surname and the Russian case they stand for
SURNAME_FORMS = [("{}", "{}"), ("{}а", "{}а"), ("{}ою", "{}ой"), ("{}у", "{}у")]


@settings(max_examples=40, deadline=None)
@given(pair=st.sampled_from(SURNAMES + FIRST_NAMES + PATRONYMICS), upper=st.booleans())
def test_name_kind_a_name_in_a_neighbours_spelling_has_the_russian_names_normal_form(pair, upper):
    neighbour, russian = pair
    neighbour = neighbour.upper() if upper else neighbour
    assert canonical_value("PERSON", neighbour) == canonical_value("PERSON", russian)


@settings(max_examples=30, deadline=None)
@given(pair=st.sampled_from(SURNAMES), form=st.sampled_from(SURNAME_FORMS))
def test_name_kind_a_surname_in_a_ukrainian_case_reads_as_the_russian_surname(pair, form):
    neighbour, russian = pair
    said, meant = form[0].format(neighbour), form[1].format(russian)
    assert canonical_value("PERSON", said) == canonical_value("PERSON", meant)


@settings(max_examples=200, deadline=None)
@given(word=st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ-", min_size=1,
                    max_size=14))
def test_name_kind_a_word_in_russian_spelling_is_read_as_it_is(word):
    # Russian spelling writes no "йо" after a consonant, no "-ьов", no "-йович"; a form of a neighbour's first name
    # ("Ганна") is read as the Russian name
    assume(not lexicon.in_neighbours_letters(word) and lexicon.neighbours_first_name(word) is None)
    assert neighbours_spelling(word) is None
    assert in_russian_letters(word) == word


@pytest.mark.parametrize("word", ["бульон", "почтальона", "павильон", "рукою", "свою", "оленем", "Сергея", "Катерина"])
def test_name_kind_russian_words_a_neighbours_spelling_could_be_mistaken_in_are_russian(word):
    assert neighbours_spelling(word) is None


def test_name_kind_a_word_no_spelling_reads_as_a_name_keeps_its_own_readings():
    assert in_russian_letters("Верабёў") == "Верабёў"  # its kinds are the word's own; its normal form in Russian letters
    assert canonical_value("PERSON", "Корольовою") == canonical_value("PERSON", "Королёвой")


@lru_cache(maxsize=1)
def _in_a_call() -> CheckContext:
    """What the proxy's POST /v1/check hands the checker in a call: the card as the operator sees it (Воробьёв's,
    nothing identified), never the hidden values."""
    from guard.policy import default_policy_path, load_policy

    card = make_card(owner__last_name="Воробьёв", contact__person="Воробьёва Анна Петровна")
    state = CallState()
    return CheckContext.of(state, load_policy(default_policy_path()).apply(card, state, redact_text=lambda text: "").card,
                           shown=True)


def _call_verdict(text: str) -> tuple[str, list[str]]:
    """The checker as the proxy runs it in a call: card-blind (the operator's view has no surname to compare with)."""
    result = default_checker().check(text, "operator", _in_a_call(), Said())
    return result.verdict, list(result.rules)


CALL_LINES = ["Прізвище власника {}.", "Номер оформлений на {}а.", "Власник — пан {}.", "Контактна особа: {}а Ганна.",
              "Прозвішча ўладальніка {}."]


@settings(max_examples=25, deadline=None)
@given(pair=st.sampled_from(SURNAMES), frame=st.sampled_from(CALL_LINES))
def test_item1_a_surname_in_a_neighbours_spelling_is_told_in_a_call(pair, frame):
    verdict, rules = _call_verdict(frame.format(pair[0]))
    assert verdict == "block" and "owner-name" in rules, (frame, pair, rules)


@pytest.mark.parametrize("frame", CALL_LINES)
def test_item1_in_a_call_the_verdict_on_a_neighbours_spelling_is_the_same_for_a_right_and_a_wrong_surname(frame):
    # the card's surname is Воробьёв; "Горобйов" is nobody's: the same answer, so a guess learns nothing
    assert _call_verdict(frame.format("Воробйов")) == _call_verdict(frame.format("Горобйов"))


def test_item1_the_contact_persons_ukrainian_first_name_and_patronymic_with_the_surname_are_told_in_a_call():
    verdict, rules = _call_verdict("Контактна особа — Ганна Петрівна Воробйова.")
    assert verdict == "block" and "owner-name" in rules


@pytest.fixture(scope="module")
def whole_card_context() -> CheckContext:
    card = {"msisdn": "79161234567", "client_type": "individual", "payment_type": "postpaid",
            "owner": {"last_name": "Воробьёв", "first_name": "Пётр", "middle_name": "Сергеевич", "gender": "male"},
            "contact": {"phone": "79031234567", "person": "Воробьёва Анна Петровна"}}
    return CheckContext.of(CallState(), card)


@pytest.mark.parametrize("line,word", [("Прізвище власника Воробйов.", "Воробйов"),
                                       ("Прозвішча ўладальніка Верабёў.", "Верабёў"),
                                       ("Контактна особа — Ганна Петрівна.", "Ганна")])
def test_item1_offline_the_cards_name_in_a_neighbours_spelling_is_the_cards_name(whole_card_context, line, word):
    result = default_checker().check(line, "operator", whole_card_context, Said())
    start = line.index(word)
    assert result.verdict == "block"
    assert any(v.start <= start < v.end for v in result.violations), result.violations


@settings(max_examples=20, deadline=None)
@given(pair=st.sampled_from(SURNAMES), cue=st.sampled_from(["Прізвище власника", "Прізвище клієнта",
                                                             "Прізвище абонента", "Прозвішча ўладальніка"]))
def test_redactor_masks_the_surname_after_whose_surname_it_is_in_a_neighbours_language(pair, cue):
    text = f"{cue} {pair[0]}."
    redacted = default_redactor().redact(text).text
    assert pair[0] not in redacted and cue.split()[1] in redacted, redacted


# --- f07 --------------------------------------------------------------------------------------------------------

_VALUE = "Синицын 4510 123456 ivan.sinicyn@mail.ru Садовая"
ENCODINGS = {"base64": lambda raw: base64.b64encode(raw).decode(), "base64url": lambda raw: base64.urlsafe_b64encode(raw).decode(),
             "hex": lambda raw: raw.hex(), "base32": lambda raw: base64.b32encode(raw).decode()}


@settings(max_examples=60, deadline=None)
@given(said=st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыэюяАБВ0123456789 .@", min_size=10, max_size=30)
       .filter(lambda text: any(ch.isalnum() for ch in text)),
       encoding=st.sampled_from(sorted(ENCODINGS)), frame=st.sampled_from(["owner={}", "поле: {}", "{} — вложение"]))
def test_proxy_encoded_text_is_masked_whole_without_a_card_whatever_it_holds(said, encoding, frame):
    encoded = ENCODINGS[encoding](said.encode("utf-8"))
    shown, count = encoded_runs_masked(frame.format(encoded))
    assert encoded.rstrip("=") not in shown and MASK in shown and count >= 1


def test_proxy_plain_text_without_a_card_is_not_masked_as_encoded():
    text = "Заявка принята, мастер приедет завтра до обеда. Статус: OPEN_TICKET_WAITING"
    assert encoded_runs_masked(text) == (text, 0)


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_proxy_an_answer_naming_no_customer_shows_no_encoded_value(attack, encoding):
    encoded = ENCODINGS[encoding](_VALUE.encode("utf-8"))

    async def form_field(request: web.Request) -> web.Response:
        return web.Response(text=f"owner={encoded}", content_type="text/plain")

    async def scenario(stack, client):
        return await get(client, stack.guard_url + "/crm/api/form/1")

    status, _, body = attack(scenario, crm=crm_with({"/api/form/1": form_field}))
    assert status == 200 and encoded.rstrip("=") not in body and MASK in body, body
