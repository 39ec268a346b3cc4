"""Red-team rounds bb22 and bb21: the checker's findings left open at stop 47, closed card-blind at stop 48 in this
repository's own phrasings and values (docs/disclosure.md "Stop 48 (s48-bb22open)").

- bb22 f06 (п. 4, п. 3): the contact's number is п. 4's whole — its code is never the digits the view shows of a call
  (п. 9's prefix), its network is not told; the mailbox's service by any of the e-mail kind's names, a name in it;
- bb22 f05 (every kind's digits): a value dictated a digit or two a line over the call, fillers between, is told from
  the second such line, as a word spelled a letter a line is (a code is named whole, not dictated);
- bb22 f07 (п. 1): a quality said of the surname that narrows it — its meaning, shape or origin;
- bb21 f04: a contract called by its last 4 digits after «на» («договор на 2 года» stays a duration), and the owner's
  sex: one reading and one decision — said only to a caller who named the owner (the main identification).

The call's checker reads the operator's view of the card, never the hidden values: each rule blocks a way of telling,
whatever the value (the card's values below are not the ones the lines say: no oracle).
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings, strategies as st

from conftest import make_card

# the contact's number and the call detail share the code 926: the view shows the call's prefix «7926*******»
CARD = make_card(
    msisdn="79265550101", owner__last_name="Соколова", owner__first_name="Анна", owner__middle_name="Игоревна",
    owner__gender="female", owner__passport={"series": "6312", "number": "445566", "issued_by": "ОВД Заречного района",
                                             "issued_at": "2011-06-01"},
    de={"first_name": "Анна", "middle_name": "Игоревна"}, email="anna.k@yandex.ru",
    contract={"number": "0456789123", "status": "active", "terminated_at": None},
    contact={"phone": "79261112233", "person": "Соколов Игорь Петрович", "email": None},
    numbers=[{"msisdn": "79265550101", "tariff": "Семейный"}, {"msisdn": "79268880202", "tariff": "Семейный"}],
    call_details=[{"at": "2026-11-02T09:00:00", "direction": "out", "number": "79264445566", "kind": "mobile",
                   "network": "МегаФон", "region": "Москва", "lai": "7701-1", "cell_id": "1", "duration_s": 60}],
)


def _context(identified: bool = False):
    from guard.callstate import CallState, IdentificationLevel
    from guard.disclosure.context import CheckContext
    from guard.policy import default_policy_path, load_policy

    call = CallState(msisdn=CARD["msisdn"]) if not identified else CallState(
        msisdn=CARD["msisdn"], identification=IdentificationLevel.PRIMARY, caller_gender="female",
        identified_by="full_name")
    shown = load_policy(default_policy_path()).apply(copy.deepcopy(CARD), call, redact_text=lambda t: "").card
    return CheckContext.of(call, shown, shown=True)


def _result(text: str, identified: bool = False):
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    return default_checker().check(text, "operator", _context(identified), Said())


def _verdict(text: str, identified: bool = False) -> str:
    return _result(text, identified).verdict


def _alone(text: str):
    """The line checked alone: no card, no call (as the disclosure sets are)."""
    from guard.disclosure.checker import default_checker

    return default_checker().check(text, "operator")


def _call(lines: list, identified: bool = False) -> list[str]:
    """The verdict of every operator line of one call, in order; a ("client", text) line is the caller's."""
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    checker, context, said, out = default_checker(), _context(identified), Said(), []
    for line in lines:
        if isinstance(line, tuple):
            said.add(line[1])
            continue
        out.append(checker.check(line, "operator", context, said).verdict)
        said.add_operator(line)
    return out


# --- bb22 f06: the contact's number and the mailbox -----------------------------------------------------------------

@settings(max_examples=25, deadline=None)
@given(code=st.integers(900, 999), frame=st.sampled_from(["Контактный номер начинается на {}?",
                                                          "контактный телефон у вас начинается с {}",
                                                          "Контактный начинается на {}, верно?"]))
def test_item4_the_contacts_code_is_blocked_whatever_prefix_of_a_call_the_view_shows(code, frame):
    assert _verdict(frame.format(code)) == "block"


def test_item9_a_calls_prefix_the_view_shows_may_still_be_named():
    assert _verdict("Вы звонили на номер, который начинается на 926") != "block"


@pytest.mark.parametrize("carrier", ["МТС", "Мегафоне", "Билайне", "Теле2", "Йоте", "Тинькофф"])
@pytest.mark.parametrize("frame", ["Контактный телефон на {}?", "Контактный номер у вас {}, да?", "Контакт на {}"])
def test_item4_the_contacts_network_is_contact_information(frame, carrier):
    assert _verdict(frame.format(carrier)) == "block"
    assert _alone(frame.format(carrier)).verdict == "block"


@pytest.mark.parametrize("text", ["Вы звонили на номер МегаФона", "Звонок был на Билайн, мобильный",
                                  "Контактный центр МТС работает круглосуточно", "Укажите контактный номер, пожалуйста"])
def test_item9_a_calls_network_and_the_contact_centre_stay_allowed(text):
    assert _verdict(text) != "block"


@settings(max_examples=30, deadline=None)
@given(service=st.sampled_from(["мейл", "мейле", "яндекс", "яндексе", "гмейле", "джимейл", "рамблере", "маил",
                                "gmail", "yandex", "инбоксе"]),
       frame=st.sampled_from(["Почта на {}?", "Почта у вас на {}", "Ящик на {}, верно?", "имейл у вас в {}"]))
def test_item3_the_mailboxs_service_by_any_of_the_email_kinds_names_is_blocked(service, frame):
    assert _verdict(frame.format(service)) == "block"
    assert _alone(frame.format(service)).verdict == "block"


@pytest.mark.parametrize("text", ["Почта у вас с именем Анна?", "Ящик с фамилией, верно?",
                                  "почта у вас из имени и фамилии"])
def test_item3_a_name_told_in_the_mailbox_is_blocked(text):
    assert _verdict(text) == "block"


@pytest.mark.parametrize("text", ["Почта России доставит письмо", "Напишите нам на почту, адрес есть на сайте",
                                  "Подтверждение придёт на почту, которую вы назвали"])
def test_item3_the_mail_words_without_a_service_or_name_stay_allowed(text):
    assert _verdict(text) != "block"


# --- bb22 f05: digits dictated a few a line over the call -------------------------------------------------------------

DIGIT_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
FILLERS = ["секунду", "так", "минутку", "записали?", "ага", "сейчас посмотрю"]


@settings(max_examples=30, deadline=None)
@given(digits=st.lists(st.integers(1, 9), min_size=2, max_size=5), fillers=st.lists(st.sampled_from(FILLERS),
                                                                                        min_size=5, max_size=5))
def test_every_kinds_digits_dictated_a_line_at_a_time_are_blocked_from_the_second_line(digits, fillers):
    # the first digit is no trunk 7 or 8 opening a number (a prefix's): 1-9 but those two
    digits = [d if d not in (7, 8) else 6 for d in digits]
    lines = ["Пишите"]
    for digit, filler in zip(digits, fillers):
        lines += [DIGIT_WORDS[digit], filler]
    verdicts = _call(lines)
    dictated = verdicts[1::2]
    # the first digit is judged as the line alone is (a lone "один" is the line model's п. 8 guess, warn, alone and —
    # since red team bb26 f02, a call never weaker than the line alone — in a call too): never blocked
    assert dictated[0] == _alone(lines[1]).verdict != "block" and all(v == "block" for v in dictated[1:]), (lines, verdicts)


def test_a_passports_series_dictated_in_pairs_is_blocked_at_the_second_pair():
    assert _call(["шестьдесят три", "так", "двенадцать"]) == ["allow", "allow", "block"]


@pytest.mark.parametrize("lines", [
    ["девятьсот двадцать шесть"],                      # a code named whole (п. 9)
    ["восемь", "девятьсот двадцать шесть"],             # a trunk and a code
    ["работаем с девяти", "до двадцати одного"],        # hours, a preposition governing each
    ["у вас два номера", "и три услуги"],               # counts of things
])
def test_a_code_named_whole_and_numbers_of_other_things_over_lines_stay_allowed(lines):
    # no number read over the lines: each line is judged in the call as it is alone — allow, but for a lone "восемь"
    # and "у вас два номера", which the line model warns of alone (п. 8) and, since red team bb26 f02, in a call too
    alone = [_alone(line).verdict for line in lines]
    assert _call(lines) == alone and "block" not in alone
    assert alone == ["allow"] * len(lines) or lines in (["восемь", "девятьсот двадцать шесть"],
                                                          ["у вас два номера", "и три услуги"])


def test_item6_the_last_4_the_view_shows_may_be_dictated_to_the_identified_caller():
    # nothing blocked; a lone "два" is the line model's п. 8 guess alone, and in a call too since red team bb26 f02
    lines = ["ноль", "так", "два", "ноль", "два"]
    assert _call(lines, identified=True) == [_alone(line).verdict for line in lines]
    assert "block" not in _call(lines, identified=True)


def test_the_callers_own_digits_said_back_a_line_at_a_time_stay_theirs():
    assert _call([("client", "серия шесть три один два"), "шесть", "три", "один"]) == ["allow"] * 3


# --- bb22 f07: the surname narrowed by a quality ------------------------------------------------------------------

QUALITIES = ["звериная", "птичья", "рыбья", "короткая", "длинная", "двойная", "грузинская", "немецкая", "редкая",
             "смешная", "папина"]


@settings(max_examples=30, deadline=None)
@given(quality=st.sampled_from(QUALITIES), frame=st.sampled_from(["Фамилия {}?", "Фамилия у владельца {}",
                                                                 "У вас фамилия {}, верно?"]))
def test_item1_a_quality_said_of_the_surname_narrows_it_and_is_blocked(quality, frame):
    assert _verdict(frame.format(quality)) == "block"
    assert _alone(frame.format(quality)).verdict == "block"


@pytest.mark.parametrize("text", ["Фамилия правильная", "Назовите полную фамилию", "Какая у вас фамилия?",
                                  "Новую фамилию в договор внесут в офисе", "Фамилия указана неверно",
                                  "Фамилия сложная, продиктуйте по буквам, пожалуйста"])
def test_item1_the_records_words_a_pronoun_or_asking_the_caller_tell_nothing_of_the_surname(text):
    assert "owner-name" not in _result(text).rules


# --- bb21 f04: the contract's tail, the owner's sex -------------------------------------------------------------------

@settings(max_examples=30, deadline=None)
@given(tail=st.integers(0, 9999).map(lambda n: f"{n:04d}"),
       frame=st.sampled_from(["Ваш договор на {}?", "Договор у вас на {}, да?", "контракт на {}"]))
def test_a_contract_called_by_its_last_4_digits_after_na_is_blocked(tail, frame):
    assert _verdict(frame.format(tail)) == "block"


@pytest.mark.parametrize("text", ["Договор на 2 года", "договор на двенадцать месяцев", "Договор на 1500 рублей",
                                  "Договор на 2026 год продлён", "Мы договорились на 1500"])
def test_a_contracts_duration_or_sum_after_na_stays_allowed(text):
    # no tail read after «на»: judged in the call as alone — allow, but "Договор на 2 года", which the line model
    # warns of alone (other-personal-data) and, since red team bb26 f02 (a call never weaker than alone), in a call too
    assert _verdict(text) == _alone(text).verdict != "block"
    assert _alone(text).verdict == "allow" or text == "Договор на 2 года"


SEX_TOLD = ["Номер оформлен на мужчину", "Владелец — женщина", "Владелец номера мужского пола",
            "Номер на женщину оформлен, поэтому цифры не назову", "Там записан мужчина", "Оформлял не мужчина"]


@pytest.mark.parametrize("text", SEX_TOLD)
def test_the_owners_sex_told_to_a_caller_who_has_not_named_the_owner_is_blocked_in_any_wording(text):
    result = _result(text)
    assert result.verdict == "block" and "other-personal-data" in result.rules


@pytest.mark.parametrize("text", SEX_TOLD)
def test_the_owners_sex_may_be_told_to_a_caller_identified_by_the_owners_full_name(text):
    assert _verdict(text, identified=True) != "block"


@pytest.mark.parametrize("text", ["Номер оформлен на мужчину, так что последние цифры я не назову",
                                  "Вы назвали ФИО владельца полностью, договор постоплатный, номер на женщину"])
def test_in_a_line_alone_the_sex_as_item6s_refusal_or_after_the_main_identification_stays_allowed(text):
    assert "other-personal-data" not in _alone(text).rules


@pytest.mark.parametrize("text", ["Номер оформлен на мужчину", "Владелец — женщина", "Оформлял не мужчина, так что мимо"])
def test_in_a_line_alone_the_owners_sex_told_as_a_fact_is_blocked(text):
    assert "other-personal-data" in _alone(text).rules


@pytest.mark.parametrize("text", ["Мужчина или женщина владелец — такие сведения мы не сообщаем",
                                  "Если звонит женщина, а номер на мужчине, я всё равно помогу по общим вопросам",
                                  "Женщина в салоне оформила вам номер"])
def test_both_sexes_asked_a_condition_or_a_clerk_tell_no_owners_sex(text):
    assert "other-personal-data" not in _result(text).rules


def test_the_owners_sex_is_blocked_again_when_someone_else_took_the_phone_after_the_identification():
    from dataclasses import replace

    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    context = replace(_context(identified=True), caller_changed=True)
    assert default_checker().check("Номер оформлен на мужчину", "operator", context, Said()).verdict == "block"
