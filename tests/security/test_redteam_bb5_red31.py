"""The black-box red team's round bb5 (/work/rt5/FINDINGS.md), the findings left open on the redactor and `guard batch`
after stop 30, replayed through `Redactor`, `guard batch`'s per-call function and the proxy's comments:

- 03 / 12: a password or code word of more than one token ("qwerty 123", "ромашка лютик", "эр тэ один два три") is
  masked whole, to where the SECRET kind says a secret ends (recognizers/secret.py `_value_span`);
- 05: in `guard batch`, the value answering the other speaker's question (a code word, a password, an SMS code, a birth
  date) is masked: the question and its answer are read as the two-line transcript `guard redact` reads
  (guard/dialogue.py `answers`, `as_transcript`).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.batch.calls import redact_call
from guard.engine import Redactor
from security.test_redteam_s23 import _shown_comment


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


_PROPERTY = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# --- 03 / 12: where a secret's value ends --------------------------------------------------------------------------

SECRETS_OF_SEVERAL_TOKENS = [
    ("пароль qwerty 123", "123"),
    ("пароль: qwerty 123, клиент просил не менять", "123"),
    ("кодовое слово: ромашка лютик", "лютик"),
    ("пароль эр тэ один два три", "один два три"),
    ("пароль: маша восемьдесят", "восемьдесят"),
    ("новый пароль Zx9 kLm 77", "kLm"),
    ("пароль qwerty ромашка", "ромашка"),
    ("Оператор: назовите пароль\nКлиент: кью дабл ю е эр ти один два три", "один два три"),
]


@pytest.mark.parametrize("text, tail", SECRETS_OF_SEVERAL_TOKENS)
def test_a_secret_of_several_tokens_is_masked_to_its_end(redactor, text, tail):
    assert tail not in redactor.redact(text).text


@_PROPERTY
@given(st.lists(st.sampled_from(["qwerty", "Zx9", "kLm", "123", "2024", "77", "ab_c"]), min_size=2, max_size=4))
def test_no_token_of_a_typed_password_survives_its_cue(redactor, tokens):
    text = "пароль " + " ".join(tokens)
    redacted = redactor.redact(text).text
    assert [token for token in tokens if token in redacted] == [], redacted


SECRET_THEN_THE_NOTE = [
    ("пароль qwerty 123, телефон не менялся", "телефон не менялся"),
    ("пароль qwerty 123 и просил перезвонить", "просил перезвонить"),
    ("кодовое слово: ромашка лютик клиент просил перезвонить", "клиент просил перезвонить"),
    ("пароль от лк Andr3y1988! сменить не может", "сменить не может"),
    ("пароль qwerty 500 рублей списали", "500 рублей списали"),
]


@pytest.mark.parametrize("text, kept", SECRET_THEN_THE_NOTE)
def test_the_note_after_a_secret_stays_readable(redactor, text, kept):
    assert kept in redactor.redact(text).text


@pytest.mark.parametrize("comment, tail", [("кодовое слово: ромашка лютик", "лютик"), ("пароль qwerty 123", "123")])
def test_a_proxied_comment_shows_no_part_of_a_secret(attack, comment, tail):
    shown = _shown_comment(attack, comment)
    assert tail not in shown, shown


# --- 05: the answer in the next turn -------------------------------------------------------------------------------

def _call(*turns: tuple[str, str]) -> dict:
    return {"call_id": "c-1", "turns": [{"speaker": who, "start": float(i), "end": i + 1.0, "text": text}
                                        for i, (who, text) in enumerate(turns)]}


ANSWERS_IN_THE_NEXT_TURN = [
    ((("operator", "назовите кодовое слово"), ("client", "ромашка")), "ромашка"),
    ((("operator", "назовите пароль"), ("client", "кью дабл ю е эр ти один два три")), "один два три"),
    ((("operator", "скажите код из смс"), ("client", "четыре восемь один пять")), "четыре восемь один пять"),
    ((("operator", "спасибо валентина степановна дата рождения"), ("client", "семнадцатое ноль пятое шестьдесят второго")),
     "семнадцатое"),
    ((("client", "паспорт серия сорок пять ноль пять"), ("operator", "номер"),
      ("client", "шестьсот семьдесят восемь девятьсот один")), "шестьсот"),
]


@pytest.mark.parametrize("turns, value", ANSWERS_IN_THE_NEXT_TURN)
def test_guard_batch_masks_the_answer_to_the_question_in_the_turn_before(redactor, turns, value):
    redacted = redact_call(_call(*turns), redactor).call
    assert [turn["text"] for turn in redacted["turns"] if value in turn["text"]] == []


@pytest.mark.parametrize("turns, value", ANSWERS_IN_THE_NEXT_TURN)
def test_guard_batch_masks_an_answer_as_guard_redact_masks_it_in_the_transcript(redactor, turns, value):
    # one reading: what the batch masks in a turn is what `guard redact` masks in that turn of the written transcript
    labels = {"operator": "Оператор: ", "client": "Клиент: "}
    transcript = "\n".join(labels[who] + text for who, text in turns)
    written = redactor.redact(transcript).text.split("\n")
    batch = redact_call(_call(*turns), redactor).call["turns"]
    assert [turn["text"] for turn in batch] == [line.split(": ", 1)[1] for line in written]


@pytest.mark.parametrize("turns, kept", [
    ((("operator", "сколько минут вы говорили"), ("client", "сорок пять")), "сорок пять"),
    ((("operator", "назовите кодовое слово"), ("client", "не помню")), "не помню"),
    ((("operator", "номер заявки продиктуйте"), ("client", "один два три четыре")), "один два три четыре"),
])
def test_guard_batch_keeps_an_answer_that_is_no_value(redactor, turns, kept):
    redacted = redact_call(_call(*turns), redactor).call
    assert redacted["turns"][-1]["text"] == kept


# --- 16: IMSI, ICCID, IMEI are a kind of their own, DEVICE_ID -------------------------------------------------------

DEVICE_IDS = [
    ("замена SIM, старая ICCID 89701012345678901234", "89701012345678901234"),
    ("IMSI 250991234567890", "250991234567890"),
    ("IMEI телефона клиента 356938035643809", "356938035643809"),
    ("IMEI 35-693803-564380-9 в ремонте", "564380"),
    ("имей телефона тридцать пять шестьсот девяносто три восемьсот три", "шестьсот девяносто три"),
    ("айсиси новой симки восемь девять семь ноль один ноль один два три четыре пять шесть семь восемь девять ноль",
     "два три четыре"),
    # with no word, by shape: an ICCID behind 89 (its Luhn digit weighs the score only), an IMSI behind 250, an IMEI
    ("выдана сим 8970101234567890123, старая заблокирована", "8970101234567890123"),
    ("в профиле сверили 250011234567890 и всё", "250011234567890"),
]


@pytest.mark.parametrize("text, value", DEVICE_IDS)
def test_a_sim_or_handset_number_is_a_device_id(redactor, text, value):
    redaction = redactor.redact(text)
    assert value not in redaction.text
    assert "DEVICE_ID" in {entity.type for entity in redaction.entities}


@_PROPERTY
@given(st.text(alphabet="0123456789", min_size=14, max_size=14))
def test_any_imei_with_its_check_digit_is_masked_whole(redactor, body):
    from guard.recognizers.credit_card import luhn_ok
    imei = next(body + digit for digit in "0123456789" if luhn_ok(body + digit))
    redacted = redactor.redact(f"IMEI аппарата {imei}, гарантия").text
    assert imei[-6:] not in redacted, redacted


@pytest.mark.parametrize("text, kept", [
    ("перевыпуск ЕСИМ, IMEI сверен", "IMEI сверен"),
    ("имейл petrov@mail.ru", "имейл"),
    ("баланс 250 рублей, тариф за 650", "баланс 250 рублей, тариф за 650"),
])
def test_words_about_a_device_keep_what_the_operator_needs(redactor, text, kept):
    assert kept in redactor.redact(text).text


def test_device_id_is_a_kind_of_the_registry_the_checker_blocks():
    from guard.disclosure import check
    from guard.recognizers import ENTITY_TYPES
    assert "DEVICE_ID" in ENTITY_TYPES
    result = check("ваш IMEI тридцать пять шестьсот девяносто три восемьсот три ноль три пять", "operator", None, None)
    assert result.verdict == "block" and "other-personal-data" in {v.rule for v in result.violations}


def test_a_proxied_comment_shows_a_device_id_as_its_kind(attack):
    shown = _shown_comment(attack, "замена SIM, старая ICCID 89701012345678901234, IMEI 356938035643809")
    assert "DEVICE_ID" in shown and "8970101" not in shown and "356938" not in shown, shown


def test_a_proxied_comment_shows_a_car_plate_as_its_kind(attack):
    # 16's last line (stop 32): a car's plate after «госномер» is the customer's, VEHICLE_PLATE
    shown = _shown_comment(attack, "Кл. оспаривает штраф, госномер А123ВС 77, авто Kia Rio")
    assert "VEHICLE_PLATE" in shown and "А123ВС" not in shown and "123" not in shown, shown


# --- 06: fields beside the turns' text ---------------------------------------------------------------------------

_EXPORT_CALL = {"call_id": "79161234567-2026-11-01", "operator_id": "Иванова Ольга 89161112233",
                "started_at": "2026-11-01T10:15:00",
                "summary": "Кузнецов Пётр Сергеевич, паспорт 4505 678901, просил детализацию",
                "Кузнецов": "ключ с фамилией",
                "turns": [{"speaker": "client", "start": 0.0, "end": 3.0, "text": "меня зовут Кузнецов Пётр",
                           "note": "клиент назвал паспорт 4505 678901"}]}
_EXPORT_VALUES = ("Кузнецов", "678901", "89161112233", "79161234567")


def test_named_fields_are_redacted_as_free_text(redactor):
    named = ("summary", "turns.note", "operator_id", "call_id")
    call = {key: value for key, value in _EXPORT_CALL.items() if key != "Кузнецов"}  # a key is no value to redact
    redacted = redact_call(call, redactor, named)
    import json
    shown = json.dumps(redacted.call, ensure_ascii=False)
    assert [value for value in _EXPORT_VALUES if value in shown] == [], shown
    assert redacted.passed_through == {}


def test_fields_passed_through_are_named_in_the_warning_never_shown(redactor):
    from guard.fields import OTHER_NAMES, warning
    redacted = redact_call(_EXPORT_CALL, redactor)
    assert set(redacted.passed_through) == {"call_id", "operator_id", "summary", "turns[].note", OTHER_NAMES}
    line = warning(redacted.passed_through, "call")
    assert [value for value in _EXPORT_VALUES if value in line] == [], line


def test_the_contracts_plain_ids_time_and_labels_are_not_warned_of(redactor):
    call = {"call_id": "c-0001", "operator_id": "op1021", "started_at": "2026-11-01T10:15:00",
            "turns": [{"speaker": "operator", "start": 0.0, "end": 1.0, "text": "добрый день"}]}
    assert redact_call(call, redactor).passed_through == {}


def test_guard_batch_warns_of_passed_through_fields_on_stderr_and_redacts_the_named(tmp_path):
    import json
    import subprocess
    import sys
    export = tmp_path / "in.jsonl"
    export.write_text(json.dumps(_EXPORT_CALL, ensure_ascii=False) + "\n", encoding="utf-8")
    plain = subprocess.run([sys.executable, "-m", "guard", "batch", str(export), "-o", str(tmp_path / "a.jsonl"),
                            "--workers", "1", "--no-progress"], capture_output=True, text=True)
    assert plain.returncode == 0 and "WARNING" in plain.stderr and "summary in 1 call(s)" in plain.stderr
    assert [value for value in _EXPORT_VALUES if value in plain.stderr] == [], plain.stderr
    named = subprocess.run([sys.executable, "-m", "guard", "batch", str(export), "-o", str(tmp_path / "b.jsonl"),
                            "--workers", "1", "--no-progress", "--redact-field", "summary",
                            "--redact-field", "turns.note"], capture_output=True, text=True)
    out = (tmp_path / "b.jsonl").read_text(encoding="utf-8")
    assert named.returncode == 0 and "678901" not in out and "Кузнецов Пётр" not in out, out
    assert "summary" not in named.stderr


def test_guard_redact_redacts_a_named_field_and_warns_of_the_others():
    import json
    import subprocess
    import sys
    line = json.dumps({"id": 1, "text": "ok", "client": "Кузнецов Пётр, 89161234567", "note": "тел 89031234567"},
                      ensure_ascii=False)
    done = subprocess.run([sys.executable, "-m", "guard", "redact", "-", "-o", "-", "--redact-field", "client"],
                          input=line + "\n", capture_output=True, text=True)
    assert done.returncode == 0 and "89161234567" not in done.stdout
    assert "note in 1 line(s)" in done.stderr and "89031234567" not in done.stderr


@pytest.mark.parametrize("label", ["+7 903 555-21-40", "Воронцова Алла Игоревна"])
def test_a_speaker_label_that_reads_as_personal_data_is_warned_of_and_a_plain_label_is_not(redactor, label):
    """Red team bb7, 10: a telephony export labels the caller's channel by its number or by the CRM's name; the label
    passes through (CONTRACTS.md §6) but the closing warning names the field (never the value), as it names the ids."""
    from guard.fields import warning
    call = {"call_id": "c-0002", "operator_id": "op7", "started_at": "2026-11-02T09:00:00",
            "turns": [{"speaker": "operator", "start": 0.0, "end": 1.0, "text": "слушаю вас"},
                      {"speaker": label, "start": 1.0, "end": 2.0, "text": "добрый день"},
                      {"speaker": "client", "start": 2.0, "end": 3.0, "text": "да"}]}
    redacted = redact_call(call, redactor)
    assert redacted.passed_through == {"turns[].speaker": 1}
    assert label not in warning(redacted.passed_through, "call")
    assert redact_call(call, redactor, ("turns.speaker",)).passed_through == {}
