"""The QA report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts.

A compliance officer opens it from disk or an e-mail attachment, often offline, so nothing is
fetched from anywhere. Every value is HTML-escaped; the texts it shows are already redacted
(guard.disclosure.qa). The reader is Russian-speaking: rules, hints and instruction items are
named here in Russian (the rule ids stay in the JSON for machines, never on the page).
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta
from html import escape

from guard.document import DIGITS

# --- Names in Russian ----------------------------------------------------------------------------

# «Инструкция запретов» (seeds/000): what each numbered item forbids, in the instruction's words, shortened.
INSTRUCTION_ITEMS = {
    1: "Фамилия или название организации владельца по договору",
    2: "Паспортные данные клиента",
    3: "Адреса: прописки, юридический, доставки счетов, e-mail",
    4: "Контактная информация: контактный телефон, контактное лицо, e-mail",
    5: "Телефонный избирательный номер клиента",
    6: "Последние цифры номеров, принадлежащих клиенту",
    7: "Слова «сбой», «авария», «задержка», «проблема»",
    8: "Информация обо всех номерах, оформленных на клиента",
    9: "Номера из детализации, техническая детализация (LAI)",
    10: "Телефоны других подразделений без согласования",
    11: "Названия служб, в которые обращались по вопросу клиента",
    12: "Информация, дискредитирующая Компанию",
    13: "Текст письма о расторжении; расторжение и переход к другому оператору — через Группу сохранения",
    14: "Внутренние термины и названия внутренних подразделений",
    15: "Обращения «девушка», «молодой человек», «уважаемый абонент»",
    16: "Выражения «Я не могу», «Я не знаю», «Это ваша вина»",
    17: "Точное местоположение базовых станций",
    18: "Отказ назвать операторский номер, ложные данные",
    19: "Разговор о низком ARPU",
    20: "Некорректная информация в комментариях и Flash",
    21: "Звонок не принят в течение первых трёх гудков",
    22: "Отправка MMS из CRM",
    23: "Профилактические работы и технический перерыв",
    24: "Вход в Личный кабинет клиента по его логину и паролю",
    25: "Изменение учётных данных клиента",
}

# Each rule of policies/disclosure.yaml (and the call rules and the client's hints) as the report names it.
RULE_TITLES = {
    "owner-name": "Названы фамилия или организация владельца",
    "passport": "Названы паспортные данные",
    "address": "Назван адрес клиента",
    "contact-info": "Названы контактные данные",
    "subscriber-number": "Назван номер клиента",
    "other-personal-data": "Названы иные персональные данные",
    "numbers-on-contract": "Названы номера на договоре",
    "call-detail-number": "Назван номер из детализации",
    "relatives-activity": "Рассказано, что делал номер родственника",
    "operator-own-surname": "Оператор назвал свою фамилию",
    "guess-judged": "Подтверждены догадки клиента о данных по номеру",
    "number-location": "Названо местоположение номера или базовой станции",
    "department-phone": "Назван телефон другого подразделения",
    "internal-address": "Назван внутренний адрес или веб-интерфейс",
    "termination-letter-text": "Продиктован текст письма о расторжении",
    "leaving-not-transferred": "Уходящего клиента не перевели на линию сохранения",
    "service-failure-words": "Слова «сбой», «авария»",
    "delay-verb": "Слово «задержка»",
    "problem-word": "Слово «проблема»",
    "network-trouble-named": "Неполадки сети названы открыто",
    "maintenance-words": "Профилактические работы, технический перерыв",
    "form-of-address": "Обращение «девушка», «молодой человек», «уважаемый абонент»",
    "i-dont-know": "«Я не знаю»",
    "i-cannot": "«Я не могу»",
    "your-fault": "«Это ваша вина»",
    "cannot-help-anymore": "«Больше ничем не могу помочь»",
    "you-misunderstood": "«Вы не поняли»",
    "you-are-wrong": "Спор с клиентом: «Вы ошибаетесь», «Вы неправы»",
    "i-repeat": "Раздражённый повтор: «Повторяю ещё раз»",
    "maybe": "«Может быть»",
    "doubt": "«Сомневаюсь»",
    "calm-down": "«Успокойтесь»",
    "commanding-tone": "Приказной тон",
    "rudeness": "Грубость, пренебрежение",
    "criminal-code": "Статьи кодексов, «хулиганство»",
    "low-arpu": "Разговор о низком ARPU",
    "low-arpu-spending": "«Вы мало тратите» (низкий ARPU)",
    "internal-terms": "Внутренние термины",
    "internal-service-named": "Названы службы, куда обращались",
    "discrediting-company": "Высказывания, дискредитирующие Компанию",
    "operator-number-refusal": "Отказ назвать операторский номер",
    "operator-private-contact": "Личный телефон оператора предложен клиенту",
    "client-account-login": "Вход в Личный кабинет клиента",
    "owner-name-via-site": "Совет узнать ФИО владельца в личном кабинете",
    "mms-from-crm": "Отправка MMS из CRM",
    "late-answer": "Звонок не принят в первые три гудка",
    "client-data-change": "Изменение учётных данных клиента",
    "connection-change": "Изменение адреса или типа подключения в заявке ШПД",
    "remark-in-comments": "Некорректная запись в комментарии или Flash",
    "greeting-missing": "Нет приветствия",
    "farewell-missing": "Нет прощания",
    "abuse-warning": "Предупреждение клиенту о тоне",
    "abuse-ended-without-warnings": "Разговор прекращён без двух предупреждений",
    # the client's speech: hints for the operator
    "numbers-registered-request": "Клиент спрашивает, какие номера на нём",
    "guessing-number-data": "Клиент пытается угадать данные по номеру",
    "speaker-changed": "Трубку взял другой человек: идентификация снята",
    "termination-request": "Клиент хочет расторгнуть договор",
    "termination-letter-request": "Клиент просит текст письма о расторжении",
    "operator-change": "Клиент хочет перейти к другому оператору",
    "lawsuit": "Клиент грозит судом или претензией",
    "disclosure-complaint": "Жалоба на разглашение данных",
    "abuse": "Клиент грубит",
    "personal-questions": "Личные вопросы оператору",
}

VERDICT_TITLES = {"block": "блокировка", "warn": "предупреждение", "allow": "без нарушений", "hint": "подсказка"}

_ITEM_NUMBERS = re.compile(r"Инструкция запретов,\s*пп?\.\s*(\d+(?:\s*(?:,|и|–|-)\s*\d+)*)")


def rule_title(rule: str, message: str = "") -> str:
    """The Russian name of a rule; a rule added to the file since is named by its message's first clause."""
    title = RULE_TITLES.get(rule)
    if title:
        return title
    clause = re.split(r"(?<=[.!?:;])\s|\s[—–]\s", message.strip(), maxsplit=1)[0].rstrip(".:;")
    return (clause[:77] + "…") if len(clause) > 80 else clause or "Правило без названия"


def item_title(item: str) -> str:
    """What the «Инструкция запретов» items a rule cites forbid: the item's title for one, "п. 5 — ...; п. 6 — ..."
    for several, '' for other documents (the item then names its own document, already in Russian)."""
    titles = []
    for match in _ITEM_NUMBERS.finditer(item):
        numbers = [int(n) for n in DIGITS.findall(match.group(1))]
        if re.search(r"\d\s*[–-]\s*\d", match.group(1)) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        titles.extend((n, INSTRUCTION_ITEMS[n]) for n in numbers if n in INSTRUCTION_ITEMS)
    if len(titles) == 1:
        return titles[0][1]
    return "; ".join(f"п. {n} — {title}" for n, title in titles)


def verdict_title(verdict: str) -> str:
    return VERDICT_TITLES.get(verdict, verdict)


# --- The page ------------------------------------------------------------------------------------

_CSS = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:76em;color:#1d232b;padding:1.5em 1.2em 3em;overflow-wrap:break-word}
h1{font-size:1.55em;margin:0 0 .2em}h2{font-size:1.2em;margin:2.2em 0 .6em;border-bottom:2px solid #d5dbe3;padding-bottom:.2em}
h3{font-size:1.05em;margin:1.6em 0 .4em}
table{border-collapse:collapse;width:100%;margin:.5em 0;table-layout:fixed}th,td{text-align:left;padding:.35em .55em;border-bottom:1px solid #e6eaf0;vertical-align:top}
th{background:#f3f5f8;font-weight:600;font-size:.92em}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}
.badge{display:inline-block;border-radius:3px;padding:0 .35em;font-size:.8em;font-weight:600;white-space:nowrap}
.badge.block{color:#fff;background:#b42318}.badge.warn{color:#1d232b;background:#fdb022}
.badge.allow{color:#05603a;background:#d1fadf}.badge.hint{color:#1849a9;background:#d1e9ff}
mark{border-radius:2px;padding:0 .1em;color:inherit}
mark.block{background:#fecdca;box-shadow:inset 0 -2px #b42318}mark.warn{background:#fef0c7;box-shadow:inset 0 -2px #dc6803}
mark.hint{background:#d1e9ff;box-shadow:inset 0 -2px #1570ef}
sup.ref{font-size:.72em;color:#475467;margin-left:1px}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:.8em 0;color:#344054}.meta dt{color:#667085}.meta dd{margin:0}
nav.toc{margin:.8em 0 1em;display:flex;flex-wrap:wrap;gap:.3em 1.2em}
.summary{display:flex;flex-wrap:wrap;gap:.6em;margin:1em 0}
.summary div{border:1px solid #e4e7ec;border-radius:6px;padding:.45em .8em;flex:1 1 8em}.summary b{display:block;font-size:1.45em}
.summary div.block{border-color:#fda29b;background:#fef3f2}
.entry{border:1px solid #e4e7ec;border-left:4px solid #fdb022;border-radius:4px;padding:.6em .9em;margin:.8em 0}
.entry.block{border-left-color:#b42318}.entry.hint{border-left-color:#1570ef}
.entry header,.turn,.meta dd{overflow-wrap:anywhere}.entry header{color:#475467}.entry header b{color:#1d232b}
.turn{background:#f8f9fb;padding:.45em .7em;white-space:pre-wrap;margin:.45em 0;border-radius:3px}
.entry ol{margin:.3em 0 0;padding-left:1.6em}.entry li{margin:.35em 0}
.item,.muted{color:#667085}.suggest{color:#05603a}.suggest::before{content:"Рекомендуемая фраза: ";color:#667085}
a{color:#175cd3}
.links a{margin-right:.5em;white-space:nowrap}.links a.block{color:#b42318;font-weight:600}
svg{max-width:100%;height:auto;display:block;margin:.4em 0}
.legend span{margin-right:1.2em}.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em}
"""


def _badge(verdict: str) -> str:
    return f'<span class="badge {escape(verdict)}">{escape(verdict_title(verdict))}</span>'


def _when(value: str | None, with_time: bool = True) -> str:
    if not value:
        return "—"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return escape(value)
    return moment.strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")


def _day(day: str) -> str:
    return _when(day, with_time=False) if day != "unknown" else "дата не указана"


def _turn_label(turn: int, of: int | None = None, speaker: str | None = None) -> str:
    if turn < 0:
        return "весь звонок, реплик оператора нет"
    who = f" ({'клиент' if speaker == 'client' else 'оператор'})" if speaker else ""
    return f"реплика {turn + 1}" + (f" из {of}" if of else "") + who


def _marked(text: str, findings: list[dict], verdict_of) -> str:
    """The text with each finding's mark highlighted and numbered (1-based, as listed below it)."""
    marks = [(tuple(f["mark"]), number, verdict_of(f)) for number, f in enumerate(findings, 1) if f.get("mark")]
    if not marks:
        return escape(text)
    edges = sorted({0, len(text)} | {p for (a, b), _, _ in marks for p in (a, b)})
    out = []
    for a, b in zip(edges, edges[1:]):
        piece = escape(text[a:b])
        covering = [(number, verdict) for (s, e), number, verdict in marks if s <= a and b <= e]
        if covering:
            verdict = max((v for _, v in covering), key=lambda v: {"hint": 0, "warn": 1, "block": 2}.get(v, 0))
            piece = f'<mark class="{escape(verdict)}">{piece}</mark>'
        ending = [str(number) for (s, e), number, _ in marks if e == b]
        if ending:
            piece += f'<sup class="ref">{",".join(ending)}</sup>'
        out.append(piece)
    return "".join(out)


_COLORS = {"block": "#b42318", "warn": "#fdb022", "hint": "#1570ef", "allow": "#d0d5dd"}


def _bar_chart(rows: list[tuple[str, dict[str, int]]], label: str) -> str:
    """Horizontal bars, one per (label, {verdict: count}), stacked block first (red), then warn (amber)."""
    rows = [(text, parts) for text, parts in rows if sum(parts.values())]
    if not rows:
        return ""
    top = max(sum(parts.values()) for _, parts in rows)
    row, label_w, bar_w = 22, 440, 440
    height = row * len(rows) + 10
    width = label_w + bar_w + 60
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'role="img" aria-label="{escape(label)}">']
    for i, (text, parts) in enumerate(rows):
        y = 5 + i * row
        short = text if len(text) <= 58 else text[:56] + "…"
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" font-size="12" fill="#1d232b">{escape(short)}</text>')
        x = label_w
        for verdict in ("block", "warn", "hint"):
            if parts.get(verdict):
                bar = max(2, round(bar_w * parts[verdict] / top))
                out.append(f'<rect x="{x}" y="{y + 3}" width="{bar}" height="{row - 6}" fill="{_COLORS[verdict]}"/>')
                x += bar
        out.append(f'<text x="{x + 5}" y="{y + 15}" font-size="12" fill="#1d232b">{sum(parts.values())}</text>')
    out.append("</svg>")
    return "".join(out)


def _day_chart(by_day: dict) -> str:
    """Calls per day as stacked columns: with a block (red), with warnings only (amber), clean (grey)."""
    days = [(day, counts) for day, counts in by_day.items() if day != "unknown"]
    if not days:
        return ""
    try:  # a day without calls is a column of zero height, so the trend's time axis is even
        first, last = date.fromisoformat(days[0][0]), date.fromisoformat(days[-1][0])
    except ValueError:
        first = last = None
    if first is not None and (last - first).days <= 400:
        known, empty = dict(days), {"calls": 0, "calls_with_violations": 0, "calls_with_block": 0}
        days = [(day, known.get(day, empty)) for day in
                ((first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1))]
    top = max(counts["calls"] for _, counts in days) or 1
    plot_h, left, bottom = 160, 40, 34  # the plot starts 14 px down: room for the count above the tallest column
    step = max(6, min(48, 900 // len(days)))
    width, height = left + step * len(days) + 10, plot_h + bottom + 10
    every = max(1, -(-len(days) * 44 // (width - left)))  # a date label every `every` columns, so they never collide
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             'role="img" aria-label="Звонки по дням">',
             f'<line x1="{left}" y1="{plot_h + 5}" x2="{width - 5}" y2="{plot_h + 5}" stroke="#98a2b3"/>']
    for i, (day, counts) in enumerate(days):
        x = left + i * step + 2
        y = plot_h + 5
        for part, color in ((counts["calls"] - counts["calls_with_violations"], "#d0d5dd"),
                            (counts["calls_with_violations"] - counts["calls_with_block"], "#fdb022"),
                            (counts["calls_with_block"], "#b42318")):
            h = round((plot_h - 14) * part / top)
            if h:
                y -= h
                parts.append(f'<rect x="{x}" y="{y}" width="{step - 4}" height="{h}" fill="{color}"/>')
        if counts["calls"]:
            parts.append(f'<text x="{x + (step - 4) / 2}" y="{y - 3}" text-anchor="middle" font-size="10" '
                         f'fill="#475467">{counts["calls"]}</text>')
        if i % every == 0:
            parts.append(f'<text x="{x + (step - 4) / 2}" y="{plot_h + 22}" text-anchor="middle" font-size="11" '
                         f'fill="#475467">{escape(_when(day, False)[:5])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _entry(entry: dict, kind: str, call_rows: dict[str, str]) -> str:
    findings = entry["violations"] if kind == "violations" else entry["hints"]
    verdict = entry["verdict"] if kind == "violations" else "hint"
    out = [f'<article class="entry {escape(verdict)}" id="{escape(entry["anchor"])}"><header>{_badge(verdict)} '
           f'<b>{_call_link(entry["call_id"], call_rows)}</b> · {_turn_label(entry["turn"], entry["turns"], entry["speaker"])} · '
           f'оператор {escape(entry["operator_id"] or "—")} · {_when(entry["started_at"])}</header>']
    if entry["text"]:
        out.append(f'<div class="turn">{_marked(entry["text"], findings, lambda f: f.get("verdict", "hint"))}</div>')
    out.append("<ol>")
    for finding in findings:
        badge = _badge(finding["verdict"]) + " " if kind == "violations" else ""
        phrase = f" — «{escape(finding['phrase'])}»" if finding.get("phrase") else ""
        scope = ' <span class="muted">(по звонку в целом)</span>' if finding.get("whole_call") else ""
        item = _item(finding["item"]) + (f" — {escape(finding['item_title'])}" if finding.get("item_title") else "")
        out.append(f"<li>{badge}<b>{escape(finding['title'])}</b>{phrase}{scope}<br>"
                   f'<span class="item">{item}</span><br>{escape(finding["message"])}')
        if finding.get("suggestion"):
            out.append(f'<br><span class="suggest">{escape(finding["suggestion"])}</span>')
        out.append("</li>")
    out.append("</ol></article>")
    return "".join(out)


def _item(text: str) -> str:
    """An instruction item, escaped, its "п. 7" never split over two lines."""
    return re.sub(r"(пп?\.) (?=\d)", "\\1\u00a0", escape(text))


def _item_cell(info: dict) -> str:
    title = f'<br><span class="muted">{escape(info["item_title"])}</span>' if info.get("item_title") else ""
    return _item(info["item"]) + title


def render_html(report: dict) -> str:
    by_rule, utterances = report["by_rule"], report["utterances"]
    call_rows = {call["call_id"]: call["anchor"] for call in report["per_call"]}
    period = report.get("period") or {}
    first_of_rule: dict[str, str] = {}
    for entry in utterances:
        for violation in entry["violations"]:
            first_of_rule.setdefault(violation["rule"], entry["anchor"])
    span = f"{_when(period.get('from'))} — {_when(period.get('to'))}" if period.get("from") else "даты звонков не указаны"
    if period.get("days"):
        span += f" ({period['days']} дн.)"
    if period.get("calls_without_date"):
        span += f"; без даты: {period['calls_without_date']} зв."
    source = report.get("source")
    source_text = "стандартный ввод" if source == "-" else source or "не указан"
    generated = report.get("generated_at") or ""
    try:
        generated = datetime.fromisoformat(generated).strftime("%d.%m.%Y %H:%M UTC")
    except ValueError:
        pass

    out = ['<!doctype html><html lang="ru"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{escape(report.get('title') or 'Контроль качества звонков')}</title>",
           f"<style>{_CSS}</style></head><body>",
           '<h1 id="top">Контроль качества звонков</h1>',
           '<p class="muted">Разглашение персональных данных и запрещённые формулировки по «Инструкции запретов» '
           "и смежным инструкциям. Тексты реплик показаны после удаления персональных данных; "
           "выделены слова, на которые сработало правило.</p>",
           f'<dl class="meta"><dt>Период</dt><dd id="period">{span}</dd>'
           f'<dt>Источник</dt><dd id="source">{escape(source_text)}</dd>'
           f'<dt>Сформирован</dt><dd id="generated">{escape(generated)}</dd></dl>',
           '<nav class="toc"><a href="#rules">По пунктам инструкции</a><a href="#utterances">Реплики с нарушениями</a>'
           '<a href="#calls">Все звонки</a><a href="#operators">По операторам</a><a href="#days">По дням</a>'
           '<a href="#hints">Подсказки по речи клиентов</a></nav>',
           '<div class="summary">',
           f"<div>Звонков<b>{report['calls']}</b></div>",
           f"<div>С нарушениями<b>{report['calls_with_violations']}</b></div>",
           f'<div class="block">С блокировкой<b>{report["calls_with_block"]}</b></div>',
           f"<div>Нарушений<b>{report['violations']}</b></div>",
           f"<div>Без приветствия<b>{report['calls_without_greeting']}</b></div>",
           f"<div>Без прощания<b>{report['calls_without_farewell']}</b></div>",
           f"<div>Подсказок клиентам<b>{sum(report['client_hints'].values())}</b></div></div>"]

    # --- by rule
    out.append('<section id="rules"><h2>Нарушения по пунктам инструкции</h2>')
    if by_rule:
        out.append(_bar_chart([(info["title"], {info["verdict"]: info["count"]}) for info in by_rule.values()],
                              "Нарушения по правилам"))
        out.append(f'<table>{_cols(18, 21, 13, 5, 20, 23)}<tr><th>Нарушение</th><th>Пункт инструкции</th><th>Вердикт</th>'
                   '<th class="n">Раз</th><th>Что не так</th><th>Рекомендуемая фраза</th></tr>')
        for rule, info in by_rule.items():
            title = escape(info["title"])
            if rule in first_of_rule:
                title = f'<a href="#{escape(first_of_rule[rule])}">{title}</a>'
            out.append(f"<tr><td>{title}</td><td>{_item_cell(info)}</td><td>{_badge(info['verdict'])}</td>"
                       f'<td class="n">{info["count"]}</td><td>{escape(info["message"])}</td>'
                       f"<td>{escape(info['suggestion'] or '')}</td></tr>")
        out.append("</table>")
    else:
        out.append('<p class="muted">Нарушений нет.</p>')
    out.append("</section>")

    # --- utterances, block first
    out.append('<section id="utterances"><h2>Реплики с нарушениями</h2>')
    if utterances:
        out.append('<p class="legend muted"><span><mark class="block">блокировка</mark> — данные не должны были '
                   'прозвучать</span><span><mark class="warn">предупреждение</mark> — запрещённая формулировка</span>'
                   "<span>сначала реплики с блокировкой</span></p>")
        out.extend(_entry(entry, "violations", call_rows) for entry in utterances)
    else:
        out.append('<p class="muted">Нарушений нет.</p>')
    if report.get("utterances_not_listed"):
        out.append(f'<p class="muted">Ещё {report["utterances_not_listed"]} реплик с нарушениями не показаны '
                   "(их число учтено в сводке и таблицах).</p>")
    out.append("</section>")

    # --- every call
    out.append('<section id="calls"><h2>Все звонки</h2>')
    calls = sorted(report["per_call"], key=lambda c: (-{"block": 2, "warn": 1}.get(c["verdict"], 0),
                                                       c["started_at"] or "", c["call_id"]))
    out.append(f'<table>{_cols(13, 11, 10, 7, 13, 10, 11, 14, 11)}<tr><th>Звонок</th><th>Начало</th><th>Оператор</th>'
               '<th class="n">Реплик</th><th>Итог</th><th class="n">Нару&shy;шений</th><th>Привет&shy;ствие / прощание</th>'
               "<th>Реплики с нарушениями</th><th>Подсказки клиенту</th></tr>")
    for call in calls:
        turns = " ".join(f'<a class="{escape(t["verdict"])}" href="#{escape(t["anchor"])}">№{t["turn"] + 1 if t["turn"] >= 0 else "—"}</a>'
                         for t in call["flagged_turns"])
        hints = " ".join(f'<a href="#{escape(t["anchor"])}">№{t["turn"] + 1}</a>' for t in call["hint_turns"])
        out.append(f'<tr id="{escape(call["anchor"])}"><td>{escape(call["call_id"])}</td><td>{_when(call["started_at"])}</td>'
                   f'<td>{escape(call["operator_id"] or "—")}</td><td class="n">{call["turns"]}</td>'
                   f'<td>{_badge(call["verdict"])}</td><td class="n">{call["violations"]}</td>'
                   f'<td>{"да" if call["greeting"] else "<b>нет</b>"} / {"да" if call["farewell"] else "<b>нет</b>"}</td>'
                   f'<td class="links">{turns or "—"}</td><td class="links">{hints or "—"}</td></tr>')
    out.append("</table>")
    if report.get("calls_not_listed"):
        out.append(f'<p class="muted">Ещё {report["calls_not_listed"]} звонков не перечислены (учтены в сводке).</p>')
    out.append("</section>")

    # --- per operator
    out.append('<section id="operators"><h2>По операторам</h2>')
    operators = sorted(report["by_operator"].items(),
                       key=lambda kv: (-kv[1]["block_violations"], -kv[1]["violations"], kv[0]))
    out.append(_bar_chart([(f"Оператор {operator or '—'}", {"block": info["block_violations"],
                                                           "warn": info["violations"] - info["block_violations"]})
                           for operator, info in operators], "Нарушения по операторам"))
    out.append(f'<table>{_cols(22, 13, 13, 13, 13, 13, 13)}<tr><th>Оператор</th><th class="n">Звонков</th>'
               '<th class="n">С нарушениями</th><th class="n">С блокировкой</th><th class="n">Нарушений</th>'
               '<th class="n">Блокировок</th><th class="n">Без приветствия / прощания</th></tr>')
    for operator, info in operators:
        out.append(f'<tr><td><a href="#{escape(safe_id("operator", operator))}">{escape(operator or "—")}</a></td>'
                   f'<td class="n">{info["calls"]}</td><td class="n">{info["calls_with_violations"]}</td>'
                   f'<td class="n">{info["calls_with_block"]}</td><td class="n">{info["violations"]}</td>'
                   f'<td class="n">{info["block_violations"]}</td>'
                   f'<td class="n">{info["calls_without_greeting"]} / {info["calls_without_farewell"]}</td></tr>')
    out.append("</table>")
    for operator, info in operators:
        mine = [entry for entry in utterances if entry["operator_id"] == operator]
        out.append(f'<section class="operator" id="{escape(safe_id("operator", operator))}"><h3>Оператор {escape(operator or "—")}</h3>'
                   f'<p>Звонков: <b>{info["calls"]}</b> · с нарушениями: <b>{info["calls_with_violations"]}</b> · '
                   f'с блокировкой: <b>{info["calls_with_block"]}</b> · нарушений: <b>{info["violations"]}</b> '
                   f'(блокировок: {info["block_violations"]}) · без приветствия: {info["calls_without_greeting"]} · '
                   f'без прощания: {info["calls_without_farewell"]}</p>')
        if info["by_rule"]:
            out.append(f'<table>{_cols(37, 42, 14, 7)}<tr><th>Нарушение</th><th>Пункт инструкции</th><th>Вердикт</th>'
                       '<th class="n">Раз</th></tr>')
            for rule, count in sorted(info["by_rule"].items(),
                                      key=lambda kv: (by_rule.get(kv[0], {}).get("verdict") != "block", -kv[1], kv[0])):
                rule_info = by_rule.get(rule, {"title": rule_title(rule), "item": "", "verdict": "warn"})
                first = next((e["anchor"] for e in mine if any(v["rule"] == rule for v in e["violations"])), None)
                title = escape(rule_info["title"])
                if first:
                    title = f'<a href="#{escape(first)}">{title}</a>'
                out.append(f"<tr><td>{title}</td><td>{_item_cell(rule_info)}</td><td>{_badge(rule_info['verdict'])}</td>"
                           f'<td class="n">{count}</td></tr>')
            out.append("</table>")
        if mine:
            shown = mine[:40]
            links = " ".join(f'<a href="#{escape(e["anchor"])}">{escape(e["call_id"])}, {_turn_label(e["turn"])}</a>'
                             for e in shown)
            more = f' <span class="muted">и ещё {len(mine) - len(shown)}</span>' if len(mine) > len(shown) else ""
            out.append(f'<p class="links">Реплики: {links}{more}</p>')
        out.append("</section>")
    out.append("</section>")

    # --- per day
    out.append('<section id="days"><h2>По дням</h2>')
    out.append(_day_chart(report["by_day"]))
    out.append('<p class="legend muted"><span><i class="swatch" style="background:#b42318"></i>звонки с блокировкой</span>'
               '<span><i class="swatch" style="background:#fdb022"></i>только с предупреждениями</span>'
               '<span><i class="swatch" style="background:#d0d5dd"></i>без нарушений</span></p>')
    out.append(f'<table>{_cols(20, 16, 16, 16, 16, 16)}<tr><th>День</th><th class="n">Звонков</th><th class="n">С нарушениями</th>'
               '<th class="n">С блокировкой</th><th class="n">Нарушений</th><th class="n">Блокировок</th></tr>')
    for day, counts in report["by_day"].items():
        out.append(f'<tr><td>{_day(day)}</td><td class="n">{counts["calls"]}</td>'
                   f'<td class="n">{counts["calls_with_violations"]}</td><td class="n">{counts["calls_with_block"]}</td>'
                   f'<td class="n">{counts["violations"]}</td><td class="n">{counts["block_violations"]}</td></tr>')
    out.append("</table></section>")

    # --- client hints
    out.append('<section id="hints"><h2>Подсказки по речи клиентов</h2>')
    hint_rules = report.get("client_hint_rules") or {}
    if hint_rules:
        out.append('<p class="muted">Речь клиента не оценивается: это ситуации, в которых оператору следовало '
                   "действовать по инструкции (перевод на линию, письменное обращение, предупреждение).</p>")
        out.append(f'<table>{_cols(20, 22, 6, 26, 26)}<tr><th>Ситуация</th><th>Пункт инструкции</th><th class="n">Раз</th>'
                   "<th>Что делать</th><th>Рекомендуемая фраза</th></tr>")
        for info in hint_rules.values():
            out.append(f"<tr><td>{escape(info['title'])}</td><td>{_item_cell(info)}</td><td class=\"n\">{info['count']}</td>"
                       f"<td>{escape(info['message'])}</td><td>{escape(info['suggestion'] or '')}</td></tr>")
        out.append("</table>")
        for entry in report["client_turns"]:
            out.append(_entry(entry, "hints", call_rows))  # a client's turn: never also an operator's entry
        if report.get("client_turns_not_listed"):
            out.append(f'<p class="muted">Ещё {report["client_turns_not_listed"]} реплик клиентов не показаны.</p>')
    else:
        out.append('<p class="muted">Подсказок нет.</p>')
    out.append('</section><p class="muted"><a href="#top">К началу</a></p></body></html>')
    return "\n".join(out)


def _call_link(call_id: str, call_rows: dict[str, str]) -> str:
    """"Звонок c-0001", linked to its row in the table of calls when the row is listed."""
    row = call_rows.get(call_id)
    text = f"Звонок {escape(call_id)}"
    return f'<a href="#{escape(row)}">{text}</a>' if row else text


def _cols(*percents: int) -> str:
    """Column widths, so a long word or id wraps inside its column instead of widening the table."""
    return "<colgroup>" + "".join(f'<col style="width:{p}%">' for p in percents) + "</colgroup>"


def safe_id(prefix: str, text: str) -> str:
    """An HTML id for `text`: ASCII letters, digits and '-' only; when anything had to be replaced, a
    letters-only digest keeps "c/2" and "c-2" apart (letters: ids guard makes never hold a 5-digit run)."""
    safe = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in text)
    if safe != text or not text:
        digest = hashlib.blake2s(text.encode("utf-8"), digest_size=4).digest()
        safe += "-" + "".join(chr(ord("a") + b % 26) for b in digest)
    return f"{prefix}-{safe}"
