"""No personal data in the QA report: the real redactor, the real checker, calls full of it — flagged and not."""
from __future__ import annotations

import json
import re

from guard.cli import main

PERSONAL = {
    "surname": "Иванов", "first name": "Пётр", "patronymic": "Сергеевич", "phone": "9161234567",
    "passport": "678901", "email": "petr.ivanov", "street": "Тверская", "contact": "Кузнецова",
}


def turns(*pairs: tuple[str, str]) -> list[dict]:
    return [{"speaker": s, "start": float(i), "end": i + 1.0, "text": t} for i, (s, t) in enumerate(pairs)]


CALLS = [
    {"call_id": "c-1", "operator_id": "op1", "started_at": "2026-11-01T10:00:00", "turns": turns(
        ("operator", "Добрый день, компания МТС, меня зовут Анна, чем могу помочь?"),
        ("client", "Я Иванов Пётр Сергеевич, мой номер 8 916 123 45 67, хочу расторгнуть договор"),
        ("operator", "Девушка, у нас сбой. Номер оформлен на Иванова Петра Сергеевича, паспорт 4505 678901."),
        ("operator", "Адрес регистрации: г. Москва, ул. Тверская, д. 5, кв. 12, почта petr.ivanov@mail.ru."),
        ("operator", "Контактное лицо Кузнецова Анна Петровна, телефон восемь девятьсот шестнадцать сто двадцать три "
                     "сорок пять шестьдесят семь. Спасибо за звонок, всего доброго!"),
    )},
    {"call_id": "c-2", "operator_id": "op2", "started_at": "2026-11-02T11:00:00", "turns": turns(
        ("operator", "Здравствуйте, меня зовут Олег."),
        ("client", "подскажите на кого оформлен номер девять один шесть один два три четыре пять шесть семь"),
        ("operator", "я не знаю, это ваша вина. владелец иванов пётр сергеевич"),
    )},
]


def test_the_qa_report_holds_no_personal_data_from_any_turn(tmp_path):
    source = tmp_path / "calls.jsonl"
    source.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CALLS), encoding="utf-8")
    html, data = tmp_path / "r.html", tmp_path / "r.json"
    assert main(["qa", str(source), "--report", str(html), "--json", str(data)]) == 0
    report = json.loads(data.read_text(encoding="utf-8"))
    assert report["block_violations"] >= 4 and report["client_turns"]  # the texts are in the report, redacted
    for page in (html.read_text(encoding="utf-8"), data.read_text(encoding="utf-8")):
        lowered = page.lower()
        for kind, value in PERSONAL.items():
            assert value.lower() not in lowered, kind
    shown = re.findall(r'<div class="turn">(.*?)</div>', html.read_text(encoding="utf-8"), re.S)
    shown += [entry["text"] for entry in report["utterances"] + report["client_turns"]]
    assert len(shown) >= 8
    for text in shown:
        digits = re.sub(r"\D", "", re.sub(r"<[^>]*>", "", text))  # a number split by spaces or tags is still the number
        for kind in ("phone", "passport"):
            assert PERSONAL[kind] not in digits, kind


def test_the_qa_report_shows_ids_redacted_a_plain_code_as_is_and_a_start_only_when_it_is_a_date(tmp_path):
    calls = [
        {"call_id": "c-77", "operator_id": "op1", "started_at": "Иванов 4505678901", "turns": turns(
            ("operator", "Здравствуйте, меня зовут Анна."), ("Иванов Пётр", "да"))},
        {"call_id": "звонок Иванова 89161234567", "operator_id": "Иванов Пётр Сергеевич",
         "started_at": "2026-11-03T09:00:00+03:00", "turns": turns(("operator", "Добрый день"))},
        {"call_id": "звонок Петрова 89161234568", "operator_id": "op2", "turns": turns(("operator", "Добрый день"))},
    ]
    source = tmp_path / "calls.jsonl"
    source.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")
    html, data = tmp_path / "r.html", tmp_path / "r.json"
    assert main(["qa", str(source), "--report", str(html), "--json", str(data)]) == 0
    shown = html.read_text(encoding="utf-8") + data.read_text(encoding="utf-8")
    for value in ("Иванов", "Петров", "4505678901", "9161234567", "9161234568", "Сергеевич"):
        assert value not in shown, value
    rows = json.loads(data.read_text(encoding="utf-8"))["per_call"]
    assert rows[0]["call_id"] == "c-77" and rows[0]["started_at"] is None
    assert rows[1]["started_at"] == "2026-11-03T09:00:00+03:00"
    assert len({row["anchor"] for row in rows}) == 3  # the two redacted alike stay two rows
