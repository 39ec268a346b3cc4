"""Red team, session 24: attacks that test_redteam_s19/s20/s22/s23.py did not try, each a real request against the
real proxy (or /v1/check, the Presidio API, or a real CLI run on a hostile file) with a hostile CRM on loopback
(`crm_with`), the value looked for where it could surface — the answer, and for long pieces /metrics, the audit and
the log.

Angles new here: the owner's data in a comment written as a reader still reads it but no earlier round wrote it
(numbers as Russian or English words mixed with digits, one digit per far-apart column, a phone cut in two by words,
an e-mail spelled out, a birth date in words or with a Roman month and a two-digit year, the surname in the plural,
the contact person by name and patronymic, the address in words, percent-encoding, base64, JSON escapes); the
identification dialogue fed what the screen showed (the mask itself, wildcards, the DE name after an alternative
identification) and `confirm` fed part of a value; /v1/check as a way to record words "the caller said" and as an
oracle on fields round 20 did not guess; the Presidio API's analyze -> anonymize round trip on disguised digits and
its decrypt errors; `guard redact` / `guard check` / `guard batch` error output and the QA report's HTML (script
injection); unkeyed hashes of hidden values in the audit; a write method answered with the card; a card sent as a
JSON string.

A leak is a strict xfail whose reason starts with "LEAK" (`leak`, from test_redteam_s20.py); when it is mended the
mark goes in the same commit. At first contact 10 of the 74 cases leaked (17 tests); 9 were mended at once: a hidden null
reads "***" like a hidden string (guard/policy/operators.py; whether a customer has a city number, a middle name or a
legal address was told by null), and card-aware scrubbing (guard/proxy/scrub.py) joins digits across blank runs of
any length, reads a word typed in the Latin keyboard layout, and masks whole any base64 / hex / quoted-printable run
that decodes to text and any four or more digits dictated in English words. The tenth, a diminutive of the owner's
hidden first name ("Толик" for Анатолий), was mended in round s25-n15: the engine reads a capitalised diminutive of a
first name as a PERSON (recognizers/person.py: _capitalised_diminutives). A comment the engine withheld whole ("[скрыто]") or a 503 over the budget proves
nothing either way: that attack is skipped, never passed. /metrics and the logs are judged on long pieces only.
All test sentences here were written for this round by hand.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import urllib.parse
from typing import Any, Callable

import pytest
from aiohttp import web

from guard.policy.operators import REDACTION_FAILED
from security.conftest import get, open_call
from security.hostile_crm import PLAIN, card
from security.test_redteam_s19 import (
    PASSPORT_NUMBER,
    PASSPORT_SERIES,
    SURNAME,
    crm_with,
    everywhere,
    found_in,
    identify_primary,
    json_body,
)
from security.test_redteam_s20 import _letters
from security.test_redteam_s22 import assert_same_answer
from security.test_redteam_s23 import _card_url, _fetch_card, _guard, _serve, _shown_comment

PASSPORT = PASSPORT_SERIES + PASSPORT_NUMBER
CONTACT = "9031234567"
LONG_PIECES = [SURNAME, PASSPORT, CONTACT, "9161234567"]


# --- readers: what a person makes of a text, written independently of guard's own normalizer --------------------

_RU_UNITS = {"ноль": 0, "нуль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
             "шесть": 6, "семь": 7, "восемь": 8, "девять": 9}
_RU_TEENS = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
             "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
_RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
            "восемьдесят": 80, "девяносто": 90}
_RU_HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
                "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
_EN_DIGITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9}


def spoken_digits(text: str) -> str:
    """The digits a listener writes down from `text`: number words (Russian, English) and digits, in order, every
    group as its value ("сорок пять" -> 45, "ноль пять" -> 05), everything else dropped."""
    out: list[str] = []
    value, magnitude = None, 1000  # the group being built and the size of its last part
    for word in re.findall(r"\d+|[^\W\d_]+", text.lower().replace("ё", "е")):
        if word.isdigit():
            if value is not None:
                out.append(str(value))
                value, magnitude = None, 1000
            out.append(word)
            continue
        for table, size in ((_RU_HUNDREDS, 100), (_RU_TENS, 10), (_RU_TEENS, 1), (_RU_UNITS, 1), (_EN_DIGITS, 0)):
            if word in table:
                part = table[word]
                if size == 0 or value is None or size >= magnitude or (size == 1 and magnitude == 1):
                    if value is not None:
                        out.append(str(value))
                    value, magnitude = part, size if size else 1
                else:
                    value, magnitude = value + part, size
                if size == 0 or part == 0:
                    out.append(str(value))
                    value, magnitude = None, 1000
                break
    if value is not None:
        out.append(str(value))
    return "".join(out)


def _decoded_base64(text: str) -> str:
    found = []
    for token in re.findall(r"[A-Za-z0-9+/=_-]{12,}", text):
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                found.append(decode(token + "=" * (-len(token) % 4)).decode("utf-8"))
                break
            except (ValueError, UnicodeDecodeError):
                continue
    return text + "\n" + "\n".join(found)


def _json_unescaped(text: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def _hex_decoded(text: str) -> str:
    found = []
    for token in re.findall(r"(?:[0-9a-fA-F]{2}){6,}", text):
        try:
            found.append(bytes.fromhex(token).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
    return text + "\n" + "\n".join(found)


def _qp_decoded(text: str) -> str:
    import quopri

    return text + "\n" + quopri.decodestring(text.encode("utf-8")).decode("utf-8", errors="replace")


# --- 1. the owner's data in a comment, written as a reader still reads it ---------------------------------------
# (comment text, judge: the pieces of the owner's data a reader takes from what guard shows)

def _digits_of(shown: str) -> str:
    return spoken_digits(shown)


_WRITTEN: dict[str, tuple[str, Callable[[str], list[str]]]] = {
    "passport-digits-and-words-mixed": (
        "клиент продиктовал паспорт: 45 ноль пять, шестьсот семьдесят восемь 901",
        lambda shown: [p for p in (PASSPORT, PASSPORT_NUMBER) if p in _digits_of(shown)]),
    "contact-phone-in-capitalised-words-with-commas": (
        "Контакт: Восемь, Девятьсот три, Сто двадцать три, Сорок пять, Шестьдесят семь.",
        lambda shown: [p for p in (CONTACT, "1234567") if p in _digits_of(shown)]),
    "contact-phone-in-english-words": (
        "перезвонить: eight nine oh three, one two three, four five, six seven",
        lambda shown: [p for p in (CONTACT, "1234567") if p in _digits_of(shown)]),
    "contract-number-in-words": (
        "договор ноль один два три четыре пять шесть семь восемь девять, продлить",
        lambda shown: [p for p in ("0123456789", "123456789") if p in _digits_of(shown)]),
    "contact-phone-cut-in-two-by-words": (
        "контакт: начало 903-12, дальше 34-567",
        lambda shown: [p for p in (CONTACT,) if p in "".join(re.findall(r"\d", shown))]),
    "passport-one-digit-per-far-apart-column": (
        "паспорт: " + "    ".join(PASSPORT),
        lambda shown: found_in([PASSPORT, PASSPORT_NUMBER], shown)),
    "e-mail-spelled-out-in-russian": (
        "пишет на petr точка ivanov собака mail точка ru",
        lambda shown: ["petr.ivanov"] if "petr" in shown.lower() and "ivanov" in shown.lower() else []),
    "e-mail-with-bracketed-at-and-dot": (
        "почта petr [dot] ivanov [at] mail [dot] ru",
        lambda shown: ["petr.ivanov"] if "petr" in shown.lower() and "ivanov" in shown.lower() else []),
    "birth-date-in-words": (
        "родился двенадцатого марта тысяча девятьсот восьмидесятого года",
        lambda shown: ["12.03.1980"] if all(w in shown for w in ("двенадцат", "марта", "восьмидесят")) else []),
    "birth-date-roman-month-two-digit-year": (
        "д.р. 12.III.80, сверить",
        lambda shown: ["12.III.80"] if re.search(r"12\W*III\W*80", shown) else []),
    "surname-in-the-plural": (
        "у Ивановых опять долг, звонить Ивановым вечером",
        lambda shown: ["Ивановы"] if "иванов" in _letters(shown) else []),
    "contact-person-by-name-and-patronymic": (
        "звонила Анна Петровна, мать; передать Анне Петровне счёт",
        lambda shown: [w for w in ("Анна Петровна", "Анне Петровне") if w in shown]),
    "registration-address-in-words": (
        "живёт на Тверской, дом пять, квартира двенадцать",
        lambda shown: ["Тверск"] if "тверск" in shown.lower() else []),
    "percent-encoded-in-a-link": (
        "см. https://crm.local/find?q=" + urllib.parse.quote(f"{SURNAME} {PASSPORT_SERIES} {PASSPORT_NUMBER}"),
        lambda shown: found_in([SURNAME, PASSPORT], urllib.parse.unquote(shown))),
    "base64-in-an-attachment-note": (
        "вложение (base64): " + base64.b64encode(f"{SURNAME} паспорт {PASSPORT}".encode()).decode(),
        lambda shown: found_in([SURNAME, PASSPORT], _decoded_base64(shown))),
    "json-unicode-escapes-pasted": (
        "из лога: " + json.dumps(f"{SURNAME} {PASSPORT_SERIES} {PASSPORT_NUMBER}", ensure_ascii=True),
        lambda shown: found_in([SURNAME, PASSPORT], _json_unescaped(shown))),
    "surname-typed-in-the-latin-keyboard-layout": (
        "звонил Bdfyjd, просил перезвонить",  # "Иванов" typed with the keyboard left in English
        lambda shown: ["Bdfyjd"] if "bdfyjd" in shown.lower() else []),
    "surname-with-digits-for-letters": (
        "звонил Иван0в, просил перезвонить",
        lambda shown: ["Иван0в"] if "иванов" in _letters(shown.replace("0", "о")) else []),
    "surname-and-passport-cut-by-html-tags": (
        "звонил Ив<b>ан</b>ов, паспорт 4505<!-- -->678901",
        lambda shown: found_in([SURNAME, PASSPORT], re.sub(r"<[^>]*>", "", shown))),
    "surname-cut-by-markdown-emphasis": (
        "звонил Ив**ан**ов, просил перезвонить",
        lambda shown: ["Ив**ан**ов"] if "иванов" in _letters(shown) else []),
    "hex-encoded-utf8": (
        "дамп: " + f"{SURNAME} {PASSPORT}".encode().hex(),
        lambda shown: found_in([SURNAME, PASSPORT], _hex_decoded(shown))),
    "quoted-printable": (
        "письмо: " + "".join(f"={b:02X}" for b in SURNAME.encode()) + " паспорт 4505=20678901",
        lambda shown: found_in([SURNAME, PASSPORT], _qp_decoded(shown))),
    "keycap-digits": (
        "паспорт " + "".join(ch + "\ufe0f\u20e3" if ch.isdigit() else ch for ch in "4505 678901"),
        lambda shown: found_in([PASSPORT, PASSPORT_NUMBER], shown.replace("\ufe0f", "").replace("\u20e3", ""))),
}


@pytest.mark.parametrize("written", list(_WRITTEN))
def test_the_owners_data_in_a_comment_is_masked_in_forms_a_reader_still_reads(attack, written):
    text, judge = _WRITTEN[written]
    shown = _shown_comment(attack, text)
    assert judge(shown) == [], shown


_ORGANIZATION = card("79160000024", client_type="organization", owner__last_name=None, owner__first_name=None,
                     owner__middle_name=None, owner__organization="ООО «Ромашка»", owner__gender=None)
_NICKNAMED = card(PLAIN["msisdn"], owner__first_name="Анатолий", de={"first_name": "Пётр", "middle_name": "Сергеевич"})


@pytest.mark.parametrize("planted, text, hidden_word", [
    pytest.param(_ORGANIZATION, "звонили из Ромашки, просили счёт", "ромашк", id="organization-in-the-genitive"),
    pytest.param(_ORGANIZATION, "директор «РОМАШКИ» просил перезвонить", "ромашк", id="organization-in-capitals"),
    pytest.param(_ORGANIZATION, "письмо от Romashka LLC", "romashka", id="organization-in-latin"),
    pytest.param(_NICKNAMED, "звонил сам Толик, просил перезвонить", "толик", id="owners-first-name-as-a-diminutive"),
])
def test_a_hidden_name_of_the_owner_in_a_comment_is_masked_in_other_forms(attack, planted, text, hidden_word):
    planted = {**planted, "comments": [{"at": "2026-10-30T09:00:00", "author": "op1", "text": text}]}
    status, _, body = _fetch_card(attack, planted)
    assert status == 200
    shown = json.loads(body)["comments"][0]["text"]
    if shown == REDACTION_FAILED:
        pytest.skip("the engine withheld the comment whole (budget): proves nothing")
    assert hidden_word not in _letters(shown), shown


# --- 2. the identification dialogue fed what the screen showed ----------------------------------------------------

async def _identify(client, stack, call_id: str, **body: Any) -> tuple[int, Any]:
    async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/identify", json=body) as resp:
        return resp.status, await resp.json(content_type=None)


@pytest.mark.parametrize("full_name", [
    pytest.param("*** Пётр Сергеевич", id="the-mask"),
    pytest.param("<PERSON> Пётр Сергеевич", id="a-tag"),
    pytest.param("[скрыто] Пётр Сергеевич", id="withheld-mark"),
    pytest.param(".* Пётр Сергеевич", id="regex-wildcard"),
    pytest.param("% Пётр Сергеевич", id="sql-wildcard"),
    pytest.param("Пётр Сергеевич Пётр Сергеевич", id="de-name-twice"),
])
def test_primary_identification_with_the_screens_own_mask_for_the_surname_is_not_reached(attack, full_name):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        answer = await _identify(client, stack, call_id, method="primary", full_name=full_name, caller_gender="male")
        return answer, await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    (status, body), (_, headers, shown) = attack(scenario, crm=_serve(PLAIN))
    assert not (isinstance(body, dict) and body.get("matched")), body
    assert "4567" not in json.loads(shown)["msisdn"], shown


@pytest.mark.parametrize("facts", [
    pytest.param({"passport": "***", "birth_date": "***"}, id="masks"),
    pytest.param({"passport": "4505 ******", "contract_number": "*******6789"}, id="partly-masked"),
    pytest.param({"passport": "%", "birth_date": "%", "contract_number": "%"}, id="wildcards"),
])
def test_alternative_identification_with_masked_facts_is_not_reached(attack, facts):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        return await _identify(client, stack, call_id, method="alternative", caller_gender="male", **facts)

    status, body = attack(scenario, crm=_serve(PLAIN))
    assert not (isinstance(body, dict) and body.get("identification") != "none"), body


def test_alternative_then_primary_by_the_de_name_alone_is_no_upgrade(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        first = await _identify(client, stack, call_id, method="alternative", caller_gender="male",
                                passport="4505 678901", birth_date="12.03.1980")
        second = await _identify(client, stack, call_id, method="primary", caller_gender="male",
                                 full_name="Пётр Сергеевич")
        return first, second, await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    first, second, (_, headers, shown) = attack(scenario, crm=_serve(PLAIN))
    assert first[1]["identification"] == "alternative", first
    # the failed primary withdraws the alternative one too (red team bb13, 15: fail closed)
    assert second[1]["identification"] == "none" and not second[1]["matched"], second
    assert "4567" not in json.loads(shown)["msisdn"], shown


@pytest.mark.parametrize("field, part", [
    pytest.param("owner.passport", PASSPORT_NUMBER, id="passport-without-series"),
    pytest.param("owner.passport", PASSPORT_SERIES, id="passport-series-alone"),
    pytest.param("owner.birth_date", "1980", id="birth-year-alone"),
    pytest.param("owner.birth_date", "12 марта", id="birth-day-without-year"),
    pytest.param("contract.number", "0123", id="contract-number-start"),
    pytest.param("email", "petr.ivanov", id="e-mail-local-part"),
    pytest.param("contact.phone", "4567", id="contact-phone-last-4"),
    pytest.param("addresses.registration", "Тверская", id="street-alone"),
    pytest.param("contact.person", "Анна", id="contact-first-name-alone"),
])
def test_confirm_never_says_yes_to_part_of_a_hidden_value(attack, field, part):
    """A yes for a part would let an operator read a value piece by piece (10 guesses a digit, not 10^n)."""
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                               json={"field": field, "value": part}) as resp:
            return resp.status, await resp.json(content_type=None)

    status, body = attack(scenario, crm=_serve(PLAIN))
    assert not (isinstance(body, dict) and body.get("matches")), body


# --- 3. /v1/check: words "the caller said" and guesses of fields round 20 did not try ----------------------------

def test_words_posted_as_the_callers_to_v1_check_unlock_no_number_on_the_card(attack):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with client.post(f"{stack.guard_url}/v1/check", json={
                "id": "u1", "call_id": call_id, "speaker": "client",
                "text": "мой номер 8 916 123 45 67, городской 8 495 123 45 67"}) as resp:
            assert resp.status == 200
        return await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})

    status, _, body = attack(scenario, crm=_serve(PLAIN), client_lines_trusted=True)  # the caller's words, trusted
    assert status == 200
    shown = json.loads(body)
    assert "1234567" not in json.dumps([shown["msisdn"], shown["city_number"], shown["numbers"]]), body


@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("Вы прописаны на Тверской, дом 5, квартира 12?", "Вы прописаны на Тверской, дом 7, квартира 12?",
                 id="address"),
    pytest.param("Номер договора 0123456789, верно?", "Номер договора 0123456780, верно?", id="contract-number"),
    pytest.param("Контактное лицо Иванова Анна Петровна?", "Контактное лицо Иванова Анна Павловна?",
                 id="contact-person"),
    pytest.param("Паспорт выдан ОВД Тверского района?", "Паспорт выдан ОВД Пресненского района?", id="issued-by"),
])
def test_check_answers_a_right_and_a_wrong_guess_of_other_fields_alike(attack, right, wrong):
    async def scenario(stack, client):
        answers = []
        for text in (right, wrong):
            call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
            async with client.post(f"{stack.guard_url}/v1/check",
                                   json={"id": "u1", "text": text, "call_id": call_id}) as resp:
                answers.append((resp.status, await resp.json()))
        return answers

    (right_status, right_answer), (wrong_status, wrong_answer) = attack(scenario, crm=_serve(PLAIN))

    def shape(answer: dict[str, Any]) -> Any:
        return answer.get("verdict"), [(v.get("rule"), v.get("message"), v.get("suggestion"))
                                       for v in answer.get("violations") or []]

    assert right_status == wrong_status
    assert shape(right_answer) == shape(wrong_answer), (right_answer, wrong_answer)


# --- 4. the Presidio API ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, pieces", [
    pytest.param("паспорт ４５０５ ６７８９０１, тел. ８ ９０３ １２３ ４５ ６７", [PASSPORT, CONTACT], id="full-width"),
    pytest.param("паспорт ٤٥٠٥ ٦٧٨٩٠١", [PASSPORT], id="arabic-indic"),
    pytest.param(f"клиент Ив\u00adа\u200dнов, тел. 8\u200b903\u200b123\u200b45\u200b67", [SURNAME, CONTACT],
                 id="invisible-marks"),
])
def test_presidio_analyze_then_anonymize_leaves_no_disguised_digits(attack, text, pieces):
    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/analyze", json={"text": text, "language": "ru"}) as resp:
            assert resp.status == 200, await resp.text()
            results = await resp.json()
        async with client.post(f"{stack.guard_url}/anonymize",
                               json={"text": text, "analyzer_results": results}) as resp:
            return resp.status, await resp.json()

    status, body = attack(scenario, crm=crm_with({}))
    assert status == 200
    assert found_in(pieces, body["text"]) == [], body


def test_presidio_deanonymize_of_plain_text_tells_nothing_of_it_in_its_error(attack, captured_logs):
    text = f"{SURNAME} {PASSPORT}"

    async def scenario(stack, client):
        async with client.post(f"{stack.guard_url}/deanonymize", json={
                "text": text, "anonymizer_results": [
                    {"start": 0, "end": len(text), "entity_type": "PERSON", "operator": "encrypt"}],
                "deanonymizers": {"DEFAULT": {"type": "decrypt", "key": "WmZq4t7w!z%C&F)J"}}}) as resp:
            answer = resp.status, dict(resp.headers), await resp.text()
        return answer, await everywhere(stack, client, (answer[0], answer[1], ""))

    (status, _, body), seen = attack(scenario, crm=crm_with({}))
    assert found_in([SURNAME, PASSPORT], seen, captured_logs.getvalue()) == []
    if status >= 400:
        assert found_in([SURNAME, PASSPORT], body) == [], body


# --- 5. the CLI on hostile files ------------------------------------------------------------------------------

_BAD_LINES = [
    f'{{"id": 1, "text": "{SURNAME} паспорт {PASSPORT}"',  # cut off
    f"{SURNAME} {PASSPORT} 8{CONTACT}",  # not JSON
    json.dumps({"id": 2, "text": int(PASSPORT)}),  # text not a string
    json.dumps({"id": 3, "text": [f"{SURNAME} {PASSPORT}"]}, ensure_ascii=False),
    json.dumps({"id": 4, "texts": f"{SURNAME} {PASSPORT}"}, ensure_ascii=False),  # no text field
    '{"id": 5, "text": "' + SURNAME + ' \\ud800 ' + PASSPORT + '"}',  # a lone surrogate
]


@pytest.mark.parametrize("command", ["redact", "check"])
def test_guard_redact_and_check_report_bad_lines_without_their_content(tmp_path, command):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(_BAD_LINES) + "\n", encoding="utf-8")
    run = _guard(command, str(source), "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    out = (tmp_path / "out.jsonl").read_text(encoding="utf-8") if (tmp_path / "out.jsonl").exists() else ""
    assert found_in([SURNAME, PASSPORT, CONTACT], run.stderr, run.stdout) == [], run.stderr
    assert found_in([SURNAME, PASSPORT], out) == [], out


def test_guard_batch_errors_file_and_checkpoint_hold_no_content_of_bad_records(tmp_path):
    lines = [
        json.dumps({"call_id": f"c1 {SURNAME}", "turns": [{"speaker": "client", "text": 4505678901}]}),
        json.dumps({"call_id": "c2", "turns": f"{SURNAME} {PASSPORT}"}, ensure_ascii=False),
        json.dumps({"call_id": "c3", "turns": [f"{SURNAME} {PASSPORT}"]}, ensure_ascii=False),
        '{"call_id": "c4", "turns": [{"speaker": "client", "text": "' + SURNAME + ' \\udc80 ' + PASSPORT + '"}]}',
        f'{{"call_id": "c5", "note": "{SURNAME} {PASSPORT}", "turns": [',
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = _guard("batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--checkpoint-every", "1", "--no-progress",
                 cwd=tmp_path)
    side_files = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in tmp_path.iterdir()
                           if p.is_file() and p.name not in ("in.jsonl", "out.jsonl"))
    assert found_in([SURNAME, PASSPORT], side_files, run.stderr, run.stdout) == [], (side_files, run.stderr)


@pytest.mark.parametrize("command", ["qa", "batch"])
def test_the_qa_report_runs_no_script_from_a_hostile_export(tmp_path, command):
    script = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    # `guard batch` withholds a call whose started_at is no time (red team bb9 18): the hostile start is the QA's alone
    started_at = f"2026-11-01{script}" if command == "qa" else "2026-11-01T10:00:00"
    call = {"call_id": f"c1{script}", "operator_id": f"op{script}", "started_at": started_at,
            "turns": [{"speaker": "operator", "start": 0.0, "end": 2.0,
                       "text": f"Здравствуйте! {script} Чем могу помочь?"},
                      {"speaker": f"client{script}", "start": 2.0, "end": 4.0, "text": f"да {script}"}]}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(call, ensure_ascii=False) + "\n", encoding="utf-8")
    extra = ["-o", str(tmp_path / "out.jsonl"), "--no-progress"] if command == "batch" else []
    run = _guard(command, str(source), "--report", str(tmp_path / "r.html"), *extra, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    lowered = page.lower()
    assert "<img" not in lowered and "<script>alert" not in lowered, page
    assert lowered.count("<script") == lowered.count("</script"), "a script block closed early"


# --- 6. side channels: hashes of hidden values, sizes ------------------------------------------------------------

def _unkeyed_digests(value: str) -> list[str]:
    raw = value.encode("utf-8")
    out = []
    for name in ("md5", "sha1", "sha256", "sha512", "blake2b"):
        digest = hashlib.new(name, raw)
        out += [digest.hexdigest()[:16], base64.b64encode(digest.digest()).decode()[:16],
                base64.b32encode(digest.digest()).decode().lower()[:16]]
    return out


def test_the_audit_logs_and_metrics_hold_no_unkeyed_hash_of_a_hidden_value(attack, captured_logs):
    async def scenario(stack, client):
        call_id = await open_call(client, stack.guard_url, PLAIN["msisdn"])
        async with identify_primary(client, stack.guard_url, call_id) as resp:
            assert resp.status == 200
        async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/confirm",
                               json={"field": "owner.passport", "value": "4505 678901"}) as resp:
            assert resp.status == 200
        async with client.post(f"{stack.guard_url}/v1/check", json={
                "id": "u1", "call_id": call_id, "text": "Ваш паспорт 4505 678901"}) as resp:
            assert resp.status == 200
        answer = await get(client, _card_url(stack), headers={"X-Guard-Call": call_id})
        return await everywhere(stack, client, answer)

    seen = attack(scenario, crm=_serve(PLAIN)) + captured_logs.getvalue()
    values = [PLAIN["msisdn"], CONTACT, "8" + CONTACT, PASSPORT, "4505 678901", SURNAME, "Иванов Пётр Сергеевич",
              "0123456789", "petr.ivanov@mail.ru", "1980-03-12"]
    hits = [value for value in values if any(d in seen or d.lower() in seen.lower() for d in _unkeyed_digests(value))]
    assert hits == [], hits


@pytest.mark.parametrize("hidden_change", [
    pytest.param(lambda c: c["owner"]["passport"].update(issued_by="ТП УФМС России по г. Москве в районе Хамовники"),
                 id="issued-by-length"),
    pytest.param(lambda c: c["contact"].update(person="Ли Ян"), id="contact-person-length"),
    pytest.param(lambda c: c.update(city_number=None), id="city-number-absent"),
    pytest.param(lambda c: c["owner"].update(middle_name=None), id="owner-middle-name-absent"),
    pytest.param(lambda c: c["addresses"].update(legal="г. Москва, ул. Ленина, д. 1"), id="legal-address-present"),
])
def test_two_cards_differing_only_in_another_hidden_value_give_the_same_answer(attack, hidden_change):
    assert_same_answer(attack, hidden_change,
                       ("X-Guard-Identification", "X-Guard-Refused", "Content-Type", "Content-Length"))


# --- 7. the proxy: write methods, a card as a JSON string ---------------------------------------------------------

@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_a_write_method_answered_with_the_whole_card_shows_nothing_hidden(attack, method):
    async def whole_card(request: web.Request) -> web.Response:
        return web.Response(text=json_body(PLAIN), content_type="application/json")

    async def scenario(stack, client):
        async with client.request(method, _card_url(stack) + "/update", json={"comment": "x"}) as resp:
            return resp.status, await resp.text()

    status, body = attack(scenario, crm=crm_with({"/api/customers/{msisdn}/update": whole_card}))
    assert found_in([SURNAME, PASSPORT, CONTACT, "Тверск"], body) == [], (status, body)


@pytest.mark.parametrize("wrap", [
    pytest.param(lambda c: json_body(json_body(c)), id="card-as-a-json-string"),
    pytest.param(lambda c: json_body({"data": json_body(c)}), id="card-as-a-string-under-data"),
    pytest.param(lambda c: json_body([json_body(c)]), id="card-as-a-string-in-a-list"),
])
def test_a_card_sent_as_a_json_string_shows_nothing_hidden(attack, wrap):
    async def wrapped(request: web.Request) -> web.Response:
        return web.Response(text=wrap(PLAIN), content_type="application/json")

    async def scenario(stack, client):
        return await get(client, _card_url(stack) + "/wrapped")

    status, _, body = attack(scenario, crm=crm_with({"/api/customers/{msisdn}/wrapped": wrapped}))
    if status == 503:
        pytest.skip("the engine ran over its budget: proves nothing")
    assert found_in([SURNAME, PASSPORT, CONTACT, "Тверск", "petr.ivanov"], body) == [], (status, body)
