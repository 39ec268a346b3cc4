"""The QA report as a compliance officer sees it: rendered by headless Chromium at 1280 px, screenshot taken.

What a reader needs must be on the page — every section, the offending words highlighted, the period,
source and time of generation, links that land somewhere — and nothing may stick out to the right.
Chromium is Debian's `chromium` package (CI installs it); without it the test skips and says so.
Set GUARD_QA_SCREENSHOT=/path/report.png to keep the screenshot.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from guard.disclosure.qa import QaReport, qa_call

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)")

WIDTH = 1280
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]

# Runs in a copy of the page only (the report itself has no scripts): what a reader would see, as JSON.
MEASURE = """<script>
const root = document.documentElement, width = root.clientWidth;
const seen = e => { const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0; };
const result = {
  width, scrollWidth: root.scrollWidth, height: root.scrollHeight,
  sections: [...document.querySelectorAll('h2')].filter(seen).map(h => h.textContent),
  marks: [...document.querySelectorAll('.turn mark')].filter(seen).map(m => ({
    kind: m.className, text: m.textContent, background: getComputedStyle(m).backgroundColor})),
  sticking_out: [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 1)
    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 10),
  cut_cells: [...document.querySelectorAll('td, th')].filter(e => e.scrollWidth > e.clientWidth + 1)
    .map(e => e.textContent.slice(0, 40)),
  dead_links: [...document.querySelectorAll('a[href^="#"]')]
    .filter(a => !document.getElementById(a.getAttribute('href').slice(1))).map(a => a.getAttribute('href')),
  meta: Object.fromEntries(['period', 'source', 'generated'].map(id => [id, document.getElementById(id).textContent])),
  call_rows: document.querySelectorAll('#calls tr').length - 1,
  operators: [...document.querySelectorAll('#operators h3')].map(h => h.textContent),
  entries: [...document.querySelectorAll('#utterances article')].map(a => a.className),
  hint_entries: document.querySelectorAll('#hints article').length,
  charts: [...document.querySelectorAll('svg')].filter(seen).length,
};
const out = document.createElement('pre'); out.id = 'measured'; out.textContent = JSON.stringify(result);
document.body.appendChild(out);
</script>"""


def redact(text: str) -> str:
    """A stand-in redactor: digits and the two surnames used below become tags."""
    text = re.sub(r"\d[\d\s-]{5,}\d", "<PHONE_NUMBER>", text)
    return re.sub(r"(Иванов|Смирнов)\w*(\s+[А-ЯЁ][а-яё]+)?", "<PERSON>", text)


def call(call_id: str, operator: str, started_at: str, *turns: tuple[str, str]) -> dict:
    return {"call_id": call_id, "operator_id": operator, "started_at": started_at,
            "turns": [{"speaker": s, "start": float(i), "end": i + 1.0, "text": t} for i, (s, t) in enumerate(turns)]}


HELLO = ("operator", "Добрый день, компания МТС, меня зовут Анна, чем могу помочь?")
BYE = ("operator", "Спасибо за звонок, всего доброго!")
CALLS = [
    call("c-0001", "op1021", "2026-11-01T09:05:00", HELLO, ("client", "Подскажите баланс"),
         ("operator", "Ваш баланс 350 рублей."), BYE),
    call("c-0002", "op1021", "2026-11-01T11:40:00", HELLO, ("client", "Почему нет связи?"),
         ("operator", "Девушка, у нас в районе авария, я не знаю, когда починят."), BYE),
    call("c-0003", "op2044", "2026-11-02T14:10:00", HELLO, ("client", "На кого оформлен номер?"),
         ("operator", "Номер оформлен на Смирнова Олега, контактный телефон 8 903 123 45 67."),
         ("client", "Хочу расторгнуть договор и перейти к другому оператору"),
         ("operator", "Это ваша вина, вы не тот номер пополнили. Я больше ничем не смогу вам помочь."), BYE),
    call("c-0004-очень-длинный-идентификатор-звонка-из-выгрузки-контакт-центра-без-пробелов-2026-11-03",
         "op2044", "2026-11-03T16:55:00", ("operator", "Слушаю."), ("client", "Баланс?"), ("operator", "350 рублей.")),
    call("c-0005", "op3107", "2026-11-03T17:20:00", HELLO, ("client", "вы там все идиоты"),
         ("operator", "Я вынуждена прекратить разговор. Всего доброго.")),
    call("c-0006", "op3107", "2026-11-03T18:00:00", HELLO, ("client", "Подключите интернет"),
         ("operator", "Сейчас сбой на сервере, технический перерыв, посмотрите на "
                      "http://crm-internal.corp.local/tickets/very/long/path/without/any/spaces/at/all/1234"), BYE),
]


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def test_the_report_reads_well_in_a_browser_at_1280_px(tmp_path):
    report = QaReport(source="exports/calls-2026-11.jsonl")
    for item in CALLS:
        report.add(qa_call(item, redact))
    page = tmp_path / "report.html"
    report.write_html(page)
    if os.environ.get("GUARD_QA_SCREENSHOT"):
        shutil.copy(page, Path(os.environ["GUARD_QA_SCREENSHOT"]).with_suffix(".html"))
    html = page.read_text(encoding="utf-8")
    measure = tmp_path / "measure.html"
    measure.write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")

    dumped = chromium(f"--window-size={WIDTH},900", "--dump-dom", measure.as_uri(), profile=tmp_path / "profile-1")
    found = re.search(r'<pre id="measured">(.*?)</pre>', dumped.stdout, re.S)
    assert found, dumped.stderr[-2000:]
    seen = json.loads(found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))

    shot = Path(os.environ.get("GUARD_QA_SCREENSHOT") or tmp_path / "report.png")
    taken = chromium(f"--window-size={WIDTH},{min(seen['height'], 16000)}", f"--screenshot={shot}", page.as_uri(),
                     profile=tmp_path / "profile-2")
    assert shot.exists() and shot.stat().st_size > 10_000, taken.stderr[-2000:]
    assert shot.read_bytes()[16:24] == WIDTH.to_bytes(4, "big") + min(seen["height"], 16000).to_bytes(4, "big")

    assert seen["width"] == WIDTH and seen["scrollWidth"] <= WIDTH, seen["sticking_out"]
    assert seen["sticking_out"] == [] and seen["cut_cells"] == []
    assert seen["sections"] == ["Нарушения по пунктам инструкции", "Реплики с нарушениями", "Все звонки",
                                "По операторам", "По дням", "Подсказки по речи клиентов"]
    assert {"Девушка", "авария"} <= {m["text"] for m in seen["marks"] if m["kind"] == "warn"}
    assert any("<PERSON>" in m["text"] for m in seen["marks"] if m["kind"] == "block")
    assert {m["kind"] for m in seen["marks"]} == {"block", "warn", "hint"}
    assert all(m["background"] not in ("rgba(0, 0, 0, 0)", "transparent") for m in seen["marks"])
    assert seen["entries"][0] == "entry block" and "entry block" not in seen["entries"][seen["entries"].index("entry warn"):]
    assert seen["call_rows"] == len(CALLS)  # the clean call too
    assert seen["operators"] == ["Оператор op2044", "Оператор op3107", "Оператор op1021"]
    assert seen["hint_entries"] >= 2 and seen["charts"] == 3
    assert seen["dead_links"] == []
    assert seen["meta"]["period"].startswith("01.11.2026 09:05 — 03.11.2026 18:00")
    assert seen["meta"]["source"] == "exports/calls-2026-11.jsonl" and seen["meta"]["generated"].endswith("UTC")
