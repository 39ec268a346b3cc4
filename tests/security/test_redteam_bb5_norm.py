"""Red-team round bb5 (stop 30), findings 21, 22, 23 and the stress mark on a first letter: text a reader reads as a
number or a name that guard's readers did not, each mended once in guard/normalize.py (and the transliteration table of
recognizers/lexicon.py) so the redactor, the card-aware scrub and the speech checker all read it —

- 22: digits written as keycap emoji ("8️⃣9️⃣0️⃣…": an enclosing mark has no combining class) and digit groups split
  by a pictograph ("8903🔥1234567", "8 9 1 6 😊 1 2 3 …");
- 21: an upper-case word typed with Latin look-alikes holding a letter no Latin word has ("CИДOPOB ИBAH"); a Latin
  letter with a mark that looks like a Russian one ("Орëл" with a Latin "ë");
- the stress mark: "К" + acute, which NFC composes into the Macedonian "Ќ";
- 23: the surname in other transliteration schemes ("Kuznecov", "Kuznetcov", "Kouznetsov", "Kusnezow", "Кузнецоff").

The speech checker in a call stays card-blind (no guess oracle): a wrong surname written the same way gets the same
verdict.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.disclosure import check
from guard.engine import Redactor
from guard.normalize import cyrillic_lookalikes, normalize, normalize_unicode, phonetic_key, readings, without_marks
from guard.proxy.scrub import MASK, CardSecrets
from guard.recognizers import lexicon
from security.conftest import open_call
from security.hostile_crm import card
from security.test_redteam_s22 import _serve

KEYCAP = "\ufe0f\u20e3"
VARIANTS = ["Kuznecov", "Kuznetcov", "Kouznetsov", "Kusnezow", "Кузнецоff"]


def keycaps(text: str, selector: bool = True) -> str:
    return "".join(ch + (KEYCAP if selector else "\u20e3") if ch.isdigit() else ch for ch in text)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _redacted_types(redactor: Redactor, text: str) -> set[str]:
    return {entity.type for entity in redactor.analyze(text)}


# --- 22: keycaps and pictographs ------------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text("0123456789", min_size=1, max_size=20), st.booleans())
def test_any_digit_written_as_a_keycap_emoji_reads_as_that_digit(digits, selector):
    assert normalize(keycaps(digits, selector)).text == digits


@pytest.mark.parametrize("text", ["тел сына " + keycaps("89035550011"), "тел " + keycaps("8 916 123-45-67", False)])
def test_a_phone_in_keycap_emoji_is_redacted(redactor, text):
    assert "PHONE_NUMBER" in _redacted_types(redactor, text)


@pytest.mark.parametrize("text", ["тел 8916\U0001F5251234567", "тел 8 9 1 6 \U0001F60A 1 2 3 4 5 6 7",
                                  "тел 8903👍👍1234567"])
def test_a_phone_split_by_a_pictograph_is_redacted(redactor, text):
    assert "PHONE_NUMBER" in _redacted_types(redactor, text)


def test_a_pictograph_is_read_past_but_a_date_beside_it_keeps_its_shape():
    assert [r.text for r in readings("дата 12.03.1980 🔥 5 шт")] == ["дата 12.03.1980 🔥 5 шт", "дата 12.03.1980 5 шт"]


def test_a_pictograph_between_words_changes_no_reading():
    assert [r.text for r in readings("спасибо 🔥 до свидания 👍")] == ["спасибо 🔥 до свидания 👍"]


# --- 21 and the stress mark: look-alike letters ---------------------------------------------------------------------

@pytest.mark.parametrize("typed, read", [
    ("CИДOPOB ИBAH", "СИДОРОВ ИВАН"),
    ("KУЗHEЦOB ПETP CEPГEEBИЧ", "КУЗНЕЦОВ ПЕТР СЕРГЕЕВИЧ"),
    ("Ор\u00ebл", "Орёл"),
    ("К\u0301узнецов", "Кузнецов"),
    ("\u040cузнецов", "Кузнецов"),
])
def test_a_word_a_reader_reads_as_cyrillic_is_read_so(typed, read):
    assert normalize_unicode(typed).text == read
    assert cyrillic_lookalikes(without_marks(typed)) == read


@pytest.mark.parametrize("text", ["pеtr.ivаnоv@mail.ru", "Ivаnov", "Ševčukov", "CAFÉ", "Tverskaâ", "MАTCH", "TАXI"])
def test_a_latin_word_that_may_be_latin_stays_latin(text):
    assert normalize_unicode(text).text == text


@pytest.mark.parametrize("text, name", [("Кл. CИДOPOB ИBAH звонил", "CИДOPOB"),
                                        ("ФИО: KУЗHEЦOB ПETP CEPГEEBИЧ", "KУЗHEЦOB")])
def test_an_upper_case_name_in_latin_look_alikes_is_redacted(redactor, text, name):
    start = text.index(name)
    assert any(e.type == "PERSON" and e.start <= start < e.end for e in redactor.analyze(text))


@pytest.mark.parametrize("text", ["Клиент Ор\u00ebл недоволен", "Клиент \u041eр\u00cbЛ недоволен"])
def test_the_scrub_masks_a_hidden_surname_with_a_latin_e_with_diaeresis(text):
    scrubbed, count = CardSecrets.from_values(["Орёл"]).scrub_text(text)
    assert count and MASK in scrubbed and "л недоволен" not in scrubbed.replace(MASK, "")


@pytest.mark.parametrize("text", ["владелец К\u0301узнецов", "владелец \u040cузнецов"])
def test_the_scrub_masks_a_hidden_surname_with_a_stress_mark_on_its_first_letter(text):
    scrubbed, count = CardSecrets.from_values(["Кузнецов"]).scrub_text(text)
    assert count and "узнецов" not in scrubbed


# --- 23: transliteration schemes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", VARIANTS + ["Kuznetsov", "KUZNETSOFF"])
def test_every_transliteration_has_the_cyrillic_words_phonetic_key_and_reading(written):
    assert phonetic_key(written) == phonetic_key("кузнецов")
    assert "кузнецов" in lexicon.latin_readings(written)


@pytest.mark.parametrize("written", ["Kuznetcov zvonil, prosil perezvonit", "Herr Kusnezow rief an",
                                     "Кузнецоff звонил, ругался", "Kouznetsov", "Kuznecova zvonila"])
def test_the_scrub_masks_the_hidden_surname_in_any_transliteration(written):
    scrubbed, count = CardSecrets.from_values(["Кузнецов"]).scrub_text(written)
    assert count and MASK in scrubbed
    assert not any(word in scrubbed for word in ("Kuznetcov", "Kusnezow", "Кузнецоff", "Kouznetsov", "Kuznecova"))


@pytest.mark.parametrize("text", ["Zoom session scheduled", "Business customer, case closed", "Kaspersky license",
                                  "Кузнецкий мост", "Tverskaya street"])
def test_other_words_are_not_masked_as_the_surname(text):
    assert CardSecrets.from_values(["Кузнецов"]).scrub_text(text) == (text, 0)


@pytest.mark.parametrize("text", [f"владелец {v}" for v in VARIANTS] + ["владелец Kozlow", "владелец Koslowa"])
def test_a_surname_in_any_transliteration_is_blocked_outside_a_call_whatever_it_is(text):
    assert check(text).verdict == "block"


# --- through the proxy: /v1/check in the card's call ----------------------------------------------------------------

MSISDN = "79161234567"
CARD = card(MSISDN, owner__last_name="Кузнецов", email="petr.kuznetsov@mail.ru",
            contact={"phone": "79031234567", "person": "Кузнецова Анна Петровна", "email": None})


def _verdicts(attack, texts: list[str]) -> list[str]:
    async def scenario(stack, client):
        verdicts = []
        for text in texts:
            call_id = await open_call(client, stack.guard_url, MSISDN)
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": "u1", "text": text, "call_id": call_id}) as resp:
                assert resp.status == 200, await resp.text()
                verdicts.append((await resp.json())["verdict"])
        return verdicts

    return attack(scenario, crm=_serve(CARD))


def test_in_a_call_the_surname_in_any_scheme_the_stress_mark_and_keycap_digits_are_blocked_and_a_wrong_guess_alike(
        attack):
    texts = ([f"владелец {v}" for v in VARIANTS] + ["владелец Kozlow", "владелец К\u0301узнецов",
                                                   "владелец \u040cозлов"]
             + ["ваш контактный " + keycaps("89031234567"), "паспорт владельца " + keycaps("4505 678901"),
                "контактный 8903\U0001F5251234567", "контактный 8903\U0001F5251234561"])
    assert _verdicts(attack, texts) == ["block"] * len(texts)
