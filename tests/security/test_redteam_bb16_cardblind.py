"""Red-team round bb16 (stop 42): the checker's open findings 11, 12, 17 and 20, closed card-blind.

- 11 (п. 1): a surname said bare in a confirming or dictating frame ("Гусевин, верно", "записала: Кузьмичёвский");
- 12 (пп. 2, 3, 6): pieces — a street alone confirmed, a birth year confirmed, a number's last 4 beside "в конце";
- 17 (п. 6): a number's last 4 told as two pairs ("последние: 07 и 97");
- 20 (п. 9): a number's digits past its code ("его номер на 903 555", spoken too).

Stop 41 closed them by reading the line against the card's hidden values, and that was reverted: a right guess blocked
and a wrong one allowed is an oracle. Here every reading is of the line's shape (guard/disclosure/value_shapes.py): each
test runs a line with the card's own value and with another value of the same shape and asserts the same verdict. The
phrasings are ours, not the red team's scripts'.
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from conftest import make_card

SURNAME = "Гусевин"
CARD = make_card(
    msisdn="79161234567", owner__last_name=SURNAME, owner__first_name="Пётр", owner__middle_name="Сергеевич",
    owner__gender="male", owner__birth_date="1974-05-06",
    addresses={"registration": "г. Москва, ул. Тверская, д. 5, кв. 12", "legal": None, "billing": None,
               "delivery": None},
    contact={"phone": "79031233308", "person": "Гусевина Анна Петровна", "email": None},
    numbers=[{"msisdn": "79161234567", "tariff": "Мой безлимит"}, {"msisdn": "79167650797", "tariff": "x"}],
    call_details=[{"at": "2026-11-01T10:15:00", "direction": "out", "number": "79035556677", "kind": "mobile",
                   "network": "МТС", "region": "Москва", "lai": "7701-12345", "cell_id": "40211", "duration_s": 120}],
)


def _context(card: dict, **state):
    from guard.callstate import CallState
    from guard.disclosure.context import CheckContext
    from guard.policy import default_policy_path, load_policy

    call = CallState(msisdn=card["msisdn"], **state)
    shown = load_policy(default_policy_path()).apply(copy.deepcopy(card), call, redact_text=lambda t: "").card
    return CheckContext.of(call, shown, shown=True)


def _check(text: str, *, card: dict | None = None, caller: tuple[str, ...] = (), **state):
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said()
    for line in caller:
        said.add(line)
    return default_checker().check(text, "operator", _context(card or CARD, **state), said)


def _primary(gender: str = "male") -> dict:
    from guard.callstate import IdentificationLevel

    return {"identification": IdentificationLevel.PRIMARY, "caller_gender": gender, "identified_by": "full_name"}


STATES = [pytest.param({}, id="unidentified"), pytest.param("female", id="woman-on-a-mans-contract"),
          pytest.param("male", id="primary-owner")]


def _state(state) -> dict:
    return _primary(state) if isinstance(state, str) else state


def _same_verdict(pattern: str, right: str, wrong: str, card: dict, state: dict) -> str:
    """The verdict of the line with the card's value, asserted equal (verdict and rules) to the same line with another
    value of the same shape."""
    said_right = _check(pattern.format(right), card=card, **state)
    said_wrong = _check(pattern.format(wrong), card=card, **state)
    assert (said_right.verdict, said_right.rules) == (said_wrong.verdict, said_wrong.rules), (pattern, right, wrong)
    return said_right.verdict


def _surname_card(surname: str) -> dict:
    card = copy.deepcopy(CARD)
    card["owner"]["last_name"] = surname
    return card


# --- 11, п. 1: a surname said in a confirming or dictating frame's slot -------------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    ("Гусевин", "Гусеван"), ("Кузьмичёвский", "Кузьмищевский"), ("Зайцев-Орловский", "Зайцев-Ольховский"),
    ("Мельник", "Пасечник"), ("Шпаковец", "Шпаковин"),
])
@pytest.mark.parametrize("pattern", ["{}, верно?", "записала: {}", "так, {}", "{} — правильно", "пишу: {}, да?",
                                     "Проверяю: {}"])
@pytest.mark.parametrize("state", STATES)
def test_item1_a_surname_in_a_confirming_or_dictating_frame_is_blocked_whatever_it_is(right, wrong, pattern, state):
    assert _same_verdict(pattern, right, wrong, _surname_card(right), _state(state)) == "block"


@pytest.mark.parametrize(("right", "wrong"), [("гусевин", "гусеван"), ("кузьмичёвский", "кузьмищевский"),
                                              ("зайцев-орловский", "зайцев-ольховский")])
@pytest.mark.parametrize("pattern", ["{} верно", "записала {}", "так {} да"])
def test_item1_asr_a_surname_shaped_word_in_the_frame_is_blocked_whatever_it_is(right, wrong, pattern):
    assert _same_verdict(pattern, right, wrong, _surname_card(right.capitalize()), {}) == "block"


def test_item1_the_rule_named_is_owner_name():
    assert _check("Гусевин, верно").rules == ["owner-name"]


@pytest.mark.parametrize("line", ["Понятно, верно", "Тариф, верно?", "Хорошо, записала", "Секунду, проверяю", "Да, верно",
                                  "Интернет, да", "Москва, верно", "так, записала", "Отлично, спасибо", "мельник верно",
                                  "Мой безлимит, верно", "Новая, да", "Основная, верно", "записала, спасибо"])
def test_item1_a_frame_around_no_name_stays_clean(line):
    # a word of the domain, a place, a quality, a lowercase common noun (ASR gives no capital): no name's shape
    assert _check(line).verdict == "allow", line


def test_item1_the_de_name_in_the_frame_is_the_de_fields_reading():
    assert _check("Пётр Сергеевич, верно").verdict == "allow"


def test_item1_a_surname_the_caller_said_may_be_confirmed():
    assert _check("Гусевин, верно", caller=("моя фамилия Гусевин",)).verdict == "allow"


_STEMS = st.sampled_from(["Гусев", "Шпак", "Кречет", "Брусил", "Тарасюк", "Зорин", "Мелех", "Дубов"])
_SUFFIXES = st.sampled_from(["ин", "овский", "ский", "енко", "ович", "ец"])


@settings(max_examples=25, deadline=None)
@given(stem=_STEMS, suffix=_SUFFIXES, pattern=st.sampled_from(["{}, верно", "записала: {}", "так, {}"]))
def test_item1_property_every_surname_of_the_shape_gets_the_cards_verdict(stem, suffix, pattern):
    made = stem + suffix
    assert _same_verdict(pattern, SURNAME, made, CARD, {}) == "block"


# --- 12, пп. 2, 3, 6: pieces of the card's values ------------------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "right", "wrong"), [
    ("{}, да", "Тверская", "Садовая"), ("{}, верно?", "Тверская", "Лесная"), ("так, {}", "Ленина", "Гагарина"),
])
@pytest.mark.parametrize("state", STATES)
def test_item3_a_street_alone_confirmed_is_blocked_whatever_street(pattern, right, wrong, state):
    result = _check(pattern.format(right), **_state(state))
    # a name in the genitive ("Ленина") is a surname's form too: the surname's rule may name it first
    assert result.verdict == "block" and set(result.rules) <= {"address", "owner-name"}
    assert _same_verdict(pattern, right, wrong, CARD, _state(state)) == "block"


@pytest.mark.parametrize("pattern", ["{} год, верно", "{}, да?", "записала: {} год", "{}-й, верно"])
@pytest.mark.parametrize("state", STATES)
def test_item2_a_birth_year_confirmed_is_blocked_whatever_year(pattern, state):
    assert _same_verdict(pattern, "1974", "1983", CARD, _state(state)) == "block"


@pytest.mark.parametrize("line", ["в 2019 году, верно", "в конце месяца 1500 спишется", "последние 3 дня",
                                  "оплата 3308 рублей в конце месяца", "номер заявки 4567 в конце"])
def test_item2_item6_years_sums_and_nobodys_numbers_stay_clean(line):
    assert _check(line).verdict == "allow", line


@pytest.mark.parametrize("pattern", ["тут у меня {} в конце", "контактный в конце {}", "у контакта хвост {}",
                                     "{} на конце, да"])
@pytest.mark.parametrize("state", STATES)
def test_item6_a_numbers_last_4_beside_a_word_of_its_end_is_blocked_whatever_digits(pattern, state):
    # the contact phone's last 4 are not the contract's numbers: п. 6 never lets them be said, whoever calls
    assert _same_verdict(pattern, "3308", "5129", CARD, _state(state)) == "block"


# --- 17, п. 6: the last 4 told as two pairs ----------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", ["второй номер, последние: {} и {}", "у второго в конце {}, потом {}",
                                     "последние {} и {}", "второй номер заканчивается на {} и {}"])
@pytest.mark.parametrize("state", [pytest.param({}, id="unidentified"), pytest.param("female", id="woman")])
def test_item6_last_4_told_as_two_pairs_to_a_caller_who_may_not_hear_them_is_blocked(pattern, state):
    right = _check(pattern.format("07", "97"), **_state(state))
    wrong = _check(pattern.format("31", "42"), **_state(state))
    assert right.verdict == wrong.verdict == "block"
    assert right.rules == wrong.rules


@pytest.mark.parametrize("pattern", ["второй номер, последние: {} и {}", "последние {} и {}"])
def test_item6_the_owner_identified_hears_the_last_4_the_view_shows_in_pairs_too(pattern):
    # п. 6 allows them to the owner after primary identification: the view shows them, so they may be said — the
    # verdict follows the view (what the operator sees), not a hidden value
    assert _check(pattern.format("07", "97"), **_primary("male")).verdict == "allow"


@settings(max_examples=25, deadline=None)
@given(digits=st.text(alphabet="0123456789", min_size=4, max_size=4),
       pattern=st.sampled_from(["второй номер, последние: {} и {}", "в конце {}, потом {}"]))
def test_item6_property_any_two_pairs_get_the_same_verdict_for_an_unidentified_caller(digits, pattern):
    assert _check(pattern.format(digits[:2], digits[2:])).verdict == "block"


# --- 20, п. 9: a number's digits past its code ---------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", ["вы звонили на номер {}", "его номер на {}", "исходящий был на {}, дальше не скажу",
                                     "звонок на {}", "номер, на который звонили, {}"])
@pytest.mark.parametrize(("right", "wrong"), [
    ("903 555", "916 204"), ("8 903 555", "8 926 117"), ("девятьсот три пятьсот пятьдесят пять",
                                                       "девятьсот двадцать шесть сто семнадцать"),
    ("+7 903 55", "+7 985 41"),
])
@pytest.mark.parametrize("state", STATES)
def test_item9_a_numbers_digits_past_its_prefix_are_blocked_whatever_they_are(pattern, right, wrong, state):
    assert _same_verdict(pattern, right, wrong, CARD, _state(state)) == "block"


@pytest.mark.parametrize("line", ["исходящий на МТС, код 903", "звонок был на номер с префиксом 903",
                                  "Наш справочный номер 8 495 974 88 88, звоните в любое время.",
                                  pytest.param("Заявку я оформила и передала, её номер 4471-092", marks=pytest.mark.xfail(
                                      strict=True, reason="stop 58 (s58-spoken): «её номер» reads as someone's number "
                                      "(recognizers/person.says_whose), so this request's number is flagged — stricter, "
                                      "not a leak; the pronoun's antecedent («заявку») is not read yet")),
                                  "звонок на 8 800 250 08 90 бесплатный", "вы звонили 12 раз за 300 рублей"])
def test_item9_a_prefix_the_companys_numbers_and_nobodys_numbers_stay_clean(line):
    # (the model may still warn on a line's wording: what is asserted is that no number's rule reads a value here)
    assert not {"call-detail-number", "subscriber-number", "other-personal-data"} & set(_check(line).rules), line


def test_item9_the_callers_own_digits_may_be_said_back():
    assert _check("вы звонили на 8 903 555", caller=("я звонил на 8 903 555 12 34",)).verdict == "allow"


# --- the stop-41 property, at the red team's own lines' shapes ---------------------------------------------------------

@pytest.mark.parametrize(("pattern", "right", "wrong"), [
    ("{}, верно", "Мельник", "Пасечник"), ("записала: {}", "Гусевин", "Гусевон"), ("так, {}", "Зайцев-Орловский",
                                                                                    "Зайцев-Ольховский"),
    ("{} год, верно", "1974", "1961"), ("тут у меня {} в конце", "3308", "7421"),
    ("второй номер, последние: {}", "07 и 97", "12 и 34"), ("его номер на {}", "903 555", "917 402"),
])
def test_no_verdict_depends_on_a_hidden_value_for_the_four_findings(pattern, right, wrong):
    card = _surname_card(right) if right[:1].isupper() else CARD
    for state in ({}, _primary("female")):
        assert _same_verdict(pattern, right, wrong, card, state) == "block"


# --- through the real proxy: the card fetched in the call, POST /v1/check -----------------------------------------------

def test_attack_bb16_11_12_17_20_through_the_proxy_block_right_and_wrong_alike(attack):
    from security.conftest import open_call
    from security.hostile_crm import card
    from security.test_redteam_s22 import _serve

    msisdn = "79217730418"
    served = card(msisdn, owner={"last_name": "Кречетовский", "first_name": "Глеб", "middle_name": "Остапович",
                                 "organization": None, "gender": "male", "birth_date": "1966-02-11", "passport": None},
                  de={"first_name": "Глеб", "middle_name": "Остапович"},
                  addresses={"registration": "г. Вологда, ул. Садовая, д. 3, кв. 4", "legal": None, "billing": None,
                             "delivery": None},
                  contact={"phone": "79602741835", "person": None, "email": None},
                  numbers=[{"msisdn": msisdn, "tariff": "x"}, {"msisdn": "79214401259", "tariff": "x"}],
                  call_details=[{"at": "2026-11-01T10:15:00", "direction": "out", "number": "79115553321",
                                 "kind": "mobile", "network": "МТС", "region": "Вологда", "lai": "3501-1",
                                 "cell_id": "7", "duration_s": 60}])
    lines = [("Кречетовский, верно", "Кречетовец, верно"), ("Садовая, да", "Лесная, да"),
             ("1966 год, верно", "1971 год, верно"), ("тут у меня 1835 в конце", "тут у меня 4470 в конце"),
             ("второй номер, последние: 12 и 59", "второй номер, последние: 33 и 81"),
             ("его номер на 911 555", "его номер на 915 804")]

    async def scenario(stack, client):
        verdicts = []
        for right, wrong in lines:
            pair = []
            for text in (right, wrong):
                call_id = await open_call(client, stack.guard_url, msisdn)
                async with client.get(f"{stack.guard_url}/crm/api/customers/{msisdn}",
                                      headers={"X-Guard-Call": call_id}) as resp:
                    assert resp.status == 200
                async with client.post(f"{stack.guard_url}/v1/check",
                                       json={"id": 1, "text": text, "call_id": call_id, "speaker": "operator"}) as resp:
                    assert resp.status == 200, await resp.text()
                    answer = await resp.json()
                pair.append((answer["verdict"], sorted(v["rule"] for v in answer["violations"])))
            verdicts.append(pair)
        return verdicts

    for (right, wrong), (line, _) in zip(attack(scenario, crm=_serve(served)), lines):
        assert right == wrong and right[0] == "block", (line, right, wrong)
