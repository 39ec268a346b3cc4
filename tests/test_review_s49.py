"""The review of stop 49's merge (a helper reading `git diff main..s49-merge` only): six fail-open readings the
merged branches brought, each shown leaking on the merge and not on main, closed by the lead before landing — and
beside each, the clean line its branch meant to allow, still allowed."""
import json
import pathlib
import subprocess
import sys

import pytest

import guard

HERE = pathlib.Path(__file__).parent / "review_s49"


@pytest.fixture(scope="module")
def redactor():
    return guard.Redactor()


@pytest.fixture(scope="module")
def checker():
    from guard.disclosure import default_checker
    return default_checker(None)


# 1. recognizers/oms.py + recognizers/id_document.py: a ДМС policy number of 13-15, 17-19 digits is shown
@pytest.mark.parametrize("text, digits", [
    ("полис ДМС № 0012345678901", "0012345678901"),
    ("у клиента полис ДМС 1234567890123", "1234567890123"),
    ("полис ДМС 12345678901234", "12345678901234"),
    ("полис ДМС 123456789012345678", "123456789012345678"),
    ("страховой полис ДМС 0012345678901", "0012345678901"),
    ("полис ДМС 4509-0012345678901", "0012345678901"),
])
def test_dms_policy_number_masked(redactor, text, digits):
    assert digits not in redactor.redact(text).text


# 2. recognizers/person.py _an_animals_call_name: a person's nickname + surname after "по кличке" is unmasked when an
#    animal's noun stands within three words before the cue ("вор" is not read as a person's noun)
@pytest.mark.parametrize("text", [
    "собаку сторожил вор по кличке Лёха Смирнов",
    "кота украл вор по кличке Лёха Смирнов",
])
def test_persons_nickname_after_an_animal_masked(redactor, text):
    assert "Смирнов" not in redactor.redact(text).text


def _verdict(checker, text):
    return checker.check(text, "operator", None, None).as_fields()


# 3. guard/disclosure/sense.py _RECEIVED/_received_from_the_caller: "получила" + "из/в/по" + a message noun makes the
#    line a read-back of the caller's words — a third party's or another source's passport is cleared
@pytest.mark.parametrize("text", [
    "Получила из переписки с вашим мужем его паспорт: 4505 123456.",
    "Получила в чате от банка паспорт владельца: 4505 123456.",
    "Получила по смс от коллеги паспорт 4505 123456.",
])
def test_received_from_someone_else_is_not_a_read_back(checker, text):
    result = _verdict(checker, text)
    assert result["verdict"] == "block", result


# 4. guard/disclosure/sense.py caller_stated_the_owner: "не" before "на вас" is not read ("оформлен не на вас")
def test_registered_not_on_you_is_no_item6_condition(checker):
    result = _verdict(checker, "Номер зарегистрирован не на вас, тариф постоплатный, последние четыре цифры 7710.")
    assert "subscriber-number" in [v.get("rule") for v in result["violations"]], result


# 5. guard/disclosure/frames.py _made_on_the_documents (+ checker.py `procedure`): a change already made, or made
#    now with the documents shown later, is read as the office's procedure
@pytest.mark.parametrize("text", [
    "Приходите с паспортом в салон, а фамилию в карточке я уже поменяла.",
    "Фамилию в карточке я уже поменяла, паспорт покажете, когда придёте.",
    "Я поменяю адрес в карточке, а паспорт покажете в салоне, когда придёте.",
])
def test_change_made_on_the_call_is_flagged(checker, text):
    result = _verdict(checker, text)
    assert result["verdict"] != "allow", result


# 6. guard/policy/termination.py _stated_by `begins`: one live/beginning word anywhere in a contract entry stops
#    every other date of it (dissolved_at, to, dissolved) being read as a possible end — the card is served
def test_five_year_rule_entries():
    out = subprocess.run([sys.executable, "-m", "guard", "policy", "test", str(HERE / "policy_term.yaml")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


# what the branches meant, kept: the readings were narrowed, not removed
@pytest.mark.parametrize("text", [
    "Ваш ИНН из сообщения получила: 772812345678, всё верно?",
    "Паспорт в вашем письме получила: 4505 123456, всё правильно?",
    "Договор оформлен на вас, тариф постоплатный, последние четыре цифры 7710.",
    "Фамилию в карточке поменяем, когда принесёте паспорт.",
    "Приходите в салон вдвоём с паспортами — переоформим номер на него.",
])
def test_the_branches_clean_lines_stay_allowed(checker, text):
    assert _verdict(checker, text)["verdict"] == "allow"


@pytest.mark.parametrize("text, name", [
    ("жеребец по кличке Батыр выиграл скачки", "Батыр"),
    ("кот, рыжий, по кличке Эрвин спит на окне", "Эрвин"),
    ("лучший петух по кличке Султан", "Султан"),
])
def test_an_animals_name_after_its_noun_and_adjectives_stays_visible(redactor, text, name):
    assert name in redactor.redact(text).text


def test_a_dms_policy_in_groups_is_still_an_id_document(redactor):
    assert [e.type for e in redactor.redact("полис ДМС 001-23-456789").entities] == ["ID_DOCUMENT"]
