"""Sample transcript exports shared by the batch and Spark tests (this module holds no tests).

Hand-written turns in both renderings, so the tests need nothing outside tests/ and guard/.
"""
from __future__ import annotations

import json
from pathlib import Path

TURNS: list[tuple[str, str]] = [  # (speaker, text)
    ("operator", "Добрый день, меня зовут Анна, чем могу помочь?"),
    ("client", "Кл. Иванов П.С. просил перезвонить на 8-916-123-45-67, я перезвоню сам."),
    ("client", "Паспорт 45 05 678901, адрес г. Москва, ул. Тверская, д. 5, кв. 12"),
    ("client", "Почта petr.ivanov@mail.ru, дата рождения 12.03.1980"),
    ("operator", "добрый день меня зовут ольга чем могу помочь"),
    ("client", "меня зовут сидоров олег ильич мой номер восемь девятьсот шестнадцать сто двадцать три "
               "сорок пять шестьдесят семь"),
    ("client", "паспорт серия сорок пять ноль пять номер шестьсот семьдесят восемь девятьсот один"),
    ("operator", "Спасибо за обращение, всего доброго."),
]


def sample_calls(count: int, turns: int = 2) -> list[dict]:
    """`count` calls (docs/interfaces.md §6) of `turns` turns each, cycling through TURNS."""
    calls = []
    for number in range(count):
        chosen = [TURNS[(number * turns + k) % len(TURNS)] for k in range(turns)]
        calls.append({
            "call_id": f"c-{number:05d}", "operator_id": f"op{1000 + number % 7}",
            "started_at": f"2026-11-{1 + number % 28:02d}T10:{number % 60:02d}:00",
            "turns": [{"speaker": speaker, "start": float(2 * k), "end": 2 * k + 1.5, "text": text}
                      for k, (speaker, text) in enumerate(chosen)],
        })
    return calls


def write_export(calls: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for call in calls:
            out.write(json.dumps(call, ensure_ascii=False) + "\n")
    return path
