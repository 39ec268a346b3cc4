"""Red team bb8 in the speech checker and the QA report (stop 34): values told after their cue with whose they are
between, told one piece a line, given as the rest of the caller's guess, and printed by the QA report.

Each test in our own values (a card of Григорьева Алла Викторовна, code word «Незабудка», born 1975-07-23; not the red
team's). The rule behind them: a kind's value is read by the kind's one definition wherever the operator says it —
alone, over the operator's lines, or as the answer to the caller's line.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.disclosure.checker import default_checker
from guard.disclosure.context import Said
from guard.engine import default_redactor
from guard.recognizers.lexicon import LETTER_NAMES

_PROPERTY = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

_PRONOUNS = ("у вас", "у нас", "у него", "у неё", "у них", "у тебя")
_WHOSE = ("владельца", "абонента", "клиента", "у вас", "у него", "вашего сына", "его", "ваша")
_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря")


def _verdict(text: str) -> str:
    return default_checker().check(text, "operator").verdict


# --- 16: a code word or a birth date after its cue, with whose it is between --------------------------------------

@pytest.mark.parametrize("line", ["кодовое слово у вас Незабудка", "кодовое слово у нас было незабудка",
                                  "пароль у него Lilac1975"])
def test_a_secret_after_its_cue_and_whose_it_is_is_masked_and_blocked(line):
    assert "незабудка" not in default_redactor().redact(line).text.lower()
    assert "Lilac1975" not in default_redactor().redact(line).text
    assert _verdict(line) == "block"


def test_a_code_word_after_its_cue_wakes_the_checkers_reading_of_personal_data():
    # the redactor masked it; the checker's cheap look before its detectors did not see a kind's cue words
    assert _verdict("кодовое слово незабудка") == "block"


@pytest.mark.parametrize("line", ["кодовое слово у вас установлено", "пароль у вас не задан",
                                  "кодовое слово у вас есть?", "скажите, пожалуйста, кодовое слово"])
def test_talk_about_a_secret_with_no_value_is_not_blocked(line):
    assert "<SECRET>" not in default_redactor().redact(line).text
    assert _verdict(line) != "block"


@pytest.mark.parametrize("line", ["По кодовому слову цифры номера не сообщаются.",
                                  "проверка по кодовому слову у нас альтернативная, назовите ФИО владельца",
                                  "ассаляму алейкум, говорю медленно: звонок в Бишкек девять рублей минута"])
def test_a_secret_named_as_the_way_of_checking_or_a_line_naming_none_is_not_blocked(line):
    # the secret's word after "по" is the way a caller is checked; a number alone is no secret's cue
    assert "<SECRET>" not in default_redactor().redact(line).text
    assert _verdict(line) != "block"


def test_a_secret_after_its_word_as_a_means_is_still_a_secret_when_typed_or_set_off():
    assert "Lilac1975" not in default_redactor().redact("вход по паролю Lilac1975").text
    assert "Незабудка" not in default_redactor().redact("Проверил по кодовому слову (Незабудка) — совпало.").text
    assert "Незабудка" not in default_redactor().redact("проверка по кодовому слову: Незабудка, верно").text
    # no verb after it: the words are the value ("давайте по кодовому слову …")
    assert "незабудка" not in default_redactor().redact("давайте по кодовому слову незабудка синяя").text


@_PROPERTY
@given(st.sampled_from(_PRONOUNS), st.sampled_from(["незабудка", "подорожник", "Ландыш", "Vesna2019"]))
def test_whose_secret_it_is_never_hides_the_value_after_it(pronoun, value):
    text = f"кодовое слово {pronoun} {value}"
    assert value.lower() not in default_redactor().redact(text).text.lower()


@pytest.mark.parametrize("line", ["ДР владельца 23.07", "дата рождения у вас 23.07",
                                  "дата рождения абонента двадцать третье июля"])
def test_a_birth_date_after_its_cue_and_whose_it_is_is_blocked(line):
    assert "<DATE_OF_BIRTH>" in default_redactor().redact(line).text
    assert _verdict(line) == "block"


@_PROPERTY
@given(st.sampled_from(_WHOSE), st.integers(1, 28), st.integers(1, 12), st.booleans())
def test_a_birth_date_after_whose_birth_it_is_is_masked_whatever_the_date(whose, day, month, in_words):
    date = f"{day} {_MONTHS[month - 1]}" if in_words else f"{day:02d}.{month:02d}"
    text = f"дата рождения {whose} {date}"
    redacted = default_redactor().redact(text).text
    assert "<DATE_OF_BIRTH>" in redacted and date not in redacted


def test_a_date_after_a_birth_word_and_a_place_or_another_thing_is_not_read_as_whose():
    # "по паспорту" says where the date is written, not whose birth it is: the cue reading does not reach past it
    from guard.recognizers.birth_date import dates_after_a_birth_cue

    assert dates_after_a_birth_cue("дата рождения по паспорту 05.03") == []
    assert dates_after_a_birth_cue("родился в субботу 05.03") == []


# --- 15: a value told one piece a line in a call -------------------------------------------------------------------

def _verdicts_over_lines(lines: list[str]) -> list[str]:
    """Each operator line checked in a call (the call's Said keeps the operator's recent lines, as /v1/check's does)."""
    checker, said, verdicts = default_checker(), Said(), []
    for line in lines:
        verdicts.append(checker.check(line, "operator", None, said).verdict)
        said.add_operator(line)
    return verdicts


_LETTER_NAME = {letter: name for name, letter in sorted(LETTER_NAMES.items(), key=lambda item: (-len(item[0]), item[0]))
                if " " not in name}
_SURNAMES = ("Григорьева", "Лебедев", "Кравцова", "Никитин", "Сорокина", "Дьячков", "Полозова", "Тимофеев")


@pytest.mark.parametrize("lines", [
    ["фамилия владельца", "гэ", "эр", "и", "гэ", "о", "эр", "ь", "е", "вэ", "а"],
    ["дата рождения владельца", "двадцать третье", "июля", "семьдесят пятого"],
    ["адрес регистрации", "казань", "садовая", "девять", "тридцать один"],
], ids=["surname by letters", "birth date", "address"])
def test_a_value_told_one_piece_a_line_is_blocked_on_the_line_that_completes_it(lines):
    assert "block" in _verdicts_over_lines(lines)


@_PROPERTY
@given(st.sampled_from(_SURNAMES), st.sampled_from(["фамилия владельца", "фамилия", "владелец номера"]))
def test_a_surname_the_line_blocks_spelled_is_blocked_when_told_a_letter_a_line(surname, cue):
    letters = [_LETTER_NAME.get(letter, letter.lower()) for letter in surname.upper()]
    assert _verdicts_over_lines([f"{cue} {' '.join(letters)}"]) == ["block"]  # one line: the spelled surname
    assert "block" in _verdicts_over_lines([cue, *letters])


def test_ordinary_short_lines_of_a_call_are_not_read_as_one_value():
    assert "block" not in _verdicts_over_lines(["так", "одну минуту", "ваш тариф Мой безлимит", "хорошо",
                                                "до свидания"])
    assert "block" not in _verdicts_over_lines(["подключу услугу", "секунду", "готово", "спасибо"])


# --- 19: the operator correcting or completing the caller's guess --------------------------------------------------

def _operators_verdict_after(callers_line: str, operators_line: str) -> str:
    said = Said()
    said.add(callers_line)
    return default_checker().check(operators_line, "operator", None, said).verdict


@pytest.mark.parametrize("callers_line, operators_line", [
    ("моя фамилия соколов", "нет, не соколов, а сокольников"),
    ("фамилия кажется никитина", "нет, никитенко"),
    ("я родилась в июле", "да, двадцать третьего июля семьдесят пятого"),
], ids=["surname corrected", "surname corrected with no 'не X'", "birth date completed"])
def test_the_operator_correcting_or_completing_the_callers_guess_is_blocked(callers_line, operators_line):
    assert _operators_verdict_after(callers_line, operators_line) == "block"


@pytest.mark.parametrize("callers_line, operators_line", [
    ("моя фамилия григорьева", "да, григорьева, верно"),
    ("родилась двадцать третьего июля", "да, двадцать третьего июля, всё верно"),
    ("хочу узнать баланс", "ваш баланс сто двадцать рублей"),
    ("я хочу поменять фамилию в договоре", "для смены фамилии приходите в салон с паспортом"),
])
def test_saying_back_the_callers_own_words_or_answering_them_is_not_blocked(callers_line, operators_line):
    assert _operators_verdict_after(callers_line, operators_line) != "block"


@_PROPERTY
@given(st.sampled_from(_SURNAMES), st.sampled_from(["нет, не {guess}, а {name}", "нет, {name}", "почти: {name}"]))
def test_a_surname_given_for_the_callers_wrong_guess_is_blocked(surname, shape):
    guess = surname[:-2] + ("ин" if surname[-2:] != "ин" else "ов")
    line = shape.format(guess=guess.lower(), name=surname.lower())
    assert _operators_verdict_after(f"моя фамилия {guess.lower()}", line) == "block"


# --- 10: the QA report shows a flagged value redacted, never in part -----------------------------------------------

def _report(tmp_path, *operator_lines: str) -> tuple[str, dict]:
    import json

    from guard.cli import main

    said = [("operator", "Добрый день, компания, меня зовут Вера, чем могу помочь?"),
            ("client", "скажите, на кого оформлен номер"),
            *(("client" if line == "угу" else "operator", line) for line in operator_lines),
            ("operator", "Спасибо за обращение, всего доброго")]
    call = {"call_id": "qa-bb8", "operator_id": "op31", "started_at": "2026-11-04T11:00:00",
            "turns": [{"speaker": who, "start": float(i), "end": i + 0.5, "text": text}
                      for i, (who, text) in enumerate(said)]}
    source, html, data = tmp_path / "calls.jsonl", tmp_path / "report.html", tmp_path / "report.json"
    source.write_text(json.dumps(call, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["qa", str(source), "--report", str(html), "--json", str(data)]) == 0
    return html.read_text(encoding="utf-8").lower(), json.loads(data.read_text(encoding="utf-8"))


@pytest.mark.parametrize("line, pieces", [
    ("серия девяносто два, ноль четыре", ["девяносто два", "ноль четыре"]),
    ("паспорт девяносто два, ноль четыре, номер пятьсот пятьдесят один, триста семьдесят семь",
     ["ноль четыре", "пятьсот пятьдесят один", "триста семьдесят семь"]),
    ("последние цифры номеров: двенадцать тридцать четыре и пятьдесят шесть семьдесят восемь",
     ["тридцать четыре", "пятьдесят шесть", "семьдесят восемь"]),
    ("g r i g o r j e v a", ["g r i g o r j e v a"]),
], ids=["series in groups", "passport in groups", "last digits in groups", "surname spelled in Latin"])
def test_the_qa_report_shows_no_piece_of_a_flagged_value(tmp_path, line, pieces):
    html, data = _report(tmp_path, line)
    flagged = [entry for entry in data["utterances"] if entry["turn"] == 2]
    assert flagged, "the line is flagged"
    import json

    shown = json.dumps(data, ensure_ascii=False).lower()
    for piece in pieces:
        assert piece not in html and piece not in shown


@_PROPERTY
@given(st.lists(st.sampled_from(["сорок пять", "ноль пять", "шестьсот семьдесят восемь", "девятьсот один", "12",
                                 "двадцать два"]), min_size=2, max_size=4),
       st.sampled_from([", ", " ", " и ", " - "]), st.data())
def test_a_value_span_hides_every_group_of_the_number_it_is_said_in(groups, joint, data):
    from guard.disclosure.qa import HIDDEN, show_turn

    text = "номер " + joint.join(groups) + " верно"
    at = data.draw(st.integers(0, len(groups) - 1))  # the rule marked one group of the number
    start = len("номер ") + sum(len(group) + len(joint) for group in groups[:at])
    shown, _ = show_turn(text, text, [(start, start + len(groups[at]))], frozenset({0}))
    assert shown == f"номер {HIDDEN} верно"


def test_the_qa_report_redacts_a_turn_as_the_whole_call_reads_it(tmp_path):
    # a passport dictated over two turns with a back-channel between: the export masks the second turn as a passport
    html, data = _report(tmp_path, "паспорт девяносто два ноль четыре", "угу",
                         "пятьсот пятьдесят один триста семьдесят семь, девушка, у нас авария")
    (entry,) = [entry for entry in data["utterances"] if entry["turn"] == 4]
    assert entry["text"].startswith("<RU_PASSPORT>")
    assert "пятьсот" not in html


# --- 08: with the card attached, the surname's hints and its beginning cut short -----------------------------------

def _grigorieva() -> dict:
    from security.hostile_crm import card

    return card("79261112233", owner={"last_name": "Григорьева", "first_name": "Алла", "middle_name": "Викторовна",
                                      "organization": None, "gender": "female", "birth_date": "1975-07-23",
                                      "passport": {"series": "9204", "number": "551377", "issued_by": "ОВД Твери",
                                                   "issued_at": "2008-02-11"}},
                de={"first_name": "Алла", "middle_name": "Викторовна"}, comments=[],
                contract={"number": "0456123789", "status": "active", "terminated_at": None})


@pytest.mark.parametrize("line", ["фамилия у владельца на гэ начинается, григорь... дальше сами",
                                  "фамилия на гэ начинается", "фамилия владельца григорь… остальное сами"])
@pytest.mark.parametrize("with_card", [False, True], ids=["alone", "with the card"])
def test_the_surnames_first_letter_or_its_beginning_cut_short_is_blocked_with_or_without_the_card(line, with_card):
    from guard.callstate import CallState
    from guard.disclosure.context import CheckContext

    context = CheckContext.of(CallState.from_context({"identification": "primary", "caller_gender": "female"}),
                              _grigorieva()) if with_card else None
    assert default_checker().check(line, "operator", context).verdict == "block"


@pytest.mark.parametrize("line", ["фамилия на какую букву начинается?", "фамилия у владельца... сейчас посмотрю",
                                  "фамилия с большой буквы начинается"])
def test_asking_for_the_letter_or_pausing_after_the_word_is_not_blocked(line):
    assert _verdict(line) != "block"


def test_the_operator_saying_the_rest_of_the_callers_half_said_number_is_blocked():
    line = "да, двести тридцать четыре пятьдесят шесть семьдесят восемь, верно"
    assert _operators_verdict_after("мой номер восемь девятьсот двадцать шесть двести тридцать четыре", line) == "block"
    # the caller said it whole: the operator's words are a read-back
    assert _operators_verdict_after("мой номер восемь девятьсот двадцать шесть двести тридцать четыре пятьдесят шесть "
                                    "семьдесят восемь", line) != "block"


@_PROPERTY
@given(st.text("0123456789", min_size=9, max_size=9), st.integers(3, 8), st.integers(0, 3))
def test_any_phone_number_finished_by_the_operator_after_the_caller_began_it_is_blocked(rest, cut, repeated):
    number = "89" + rest
    theirs, ours = number[:cut], number[max(0, cut - repeated):]
    if len(ours) - min(repeated, cut) < 2:
        return  # the operator adds fewer than two digits of their own
    said = Said()
    said.add(f"мой номер {theirs}")
    verdict = default_checker().check(f"да, {ours}, верно", "operator", None, said).verdict
    assert verdict == "block"
