"""The QA report as one self-contained HTML page: inline CSS, an inline SVG chart, no scripts.

A compliance officer opens it from disk or an e-mail attachment, often offline, so nothing is
fetched from anywhere. Every value is HTML-escaped; the texts it shows are already redacted.
"""
from __future__ import annotations

from html import escape

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:72em;color:#1d232b;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #d5dbe3;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;padding:.35em .6em;border-bottom:1px solid #e6eaf0;vertical-align:top}
th{background:#f3f5f8;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.block{color:#fff;background:#b42318;border-radius:3px;padding:0 .4em}.warn{color:#1d232b;background:#fdb022;border-radius:3px;padding:0 .4em}
.summary span{display:inline-block;margin-right:1.5em}.summary b{font-size:1.3em}
.turn{background:#f8f9fb;border-left:3px solid #98a2b3;padding:.4em .7em;white-space:pre-wrap;margin:.3em 0}
.muted{color:#667085}a{color:#175cd3}
"""


def _bar_chart(counts: list[tuple[str, int, str]], label: str = "Нарушения по правилам") -> str:
    """Horizontal bars: (label, count, verdict); red when any of it is a block."""
    if not counts:
        return "<p class=muted>Нарушений нет.</p>"
    top = max(count for _, count, _ in counts)
    row, label_w, bar_w = 22, 260, 420
    height = row * len(counts) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 60}" height="{height}" '
             f'role="img" aria-label="{escape(label)}">']
    for i, (label, count, verdict) in enumerate(counts):
        y = 5 + i * row
        width = max(2, round(bar_w * count / top))
        color = "#b42318" if verdict == "block" else "#fdb022"
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">{escape(label)}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{width}" height="{row - 6}" fill="{color}"/>'
                     f'<text x="{label_w + width + 5}" y="{y + 15}" font-size="12">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _badge(verdict: str) -> str:
    return f'<span class="{escape(verdict)}">{escape(verdict)}</span>'


def render_html(report: dict) -> str:
    by_rule = report["by_rule"]
    out = ['<!doctype html><html lang="ru"><head><meta charset="utf-8">',
           "<title>Контроль качества звонков: разглашение и формулировки</title>",
           f"<style>{_CSS}</style></head><body>",
           "<h1>Контроль качества звонков</h1>",
           '<p class="muted">Разглашение персональных данных и запрещённые формулировки по Инструкции запретов '
           "и смежным инструкциям. Тексты реплик показаны после удаления персональных данных.</p>",
           '<div class="summary">',
           f"<span>Звонков: <b>{report['calls']}</b></span>",
           f"<span>С нарушениями: <b>{report['calls_with_violations']}</b></span>",
           f"<span>Нарушений: <b>{report['violations']}</b></span>",
           f"<span>Без приветствия: <b>{report['calls_without_greeting']}</b></span>",
           f"<span>Без прощания: <b>{report['calls_without_farewell']}</b></span></div>",
           "<h2>Нарушения по правилам</h2>",
           _bar_chart([(rule, info["count"], info["verdict"]) for rule, info in by_rule.items()])]

    out.append("<table><tr><th>Правило</th><th>Пункт</th><th>Вердикт</th><th class=n>Нарушений</th>"
               "<th>Что не так</th><th>Рекомендуемая фраза</th></tr>")
    for rule, info in by_rule.items():
        first = next((o["anchor"] for o in report["offences"] if o["rule"] == rule), None)
        name = f'<a href="#{escape(first)}">{escape(rule)}</a>' if first else escape(rule)
        out.append(f"<tr><td>{name}</td><td>{escape(info['item'])}</td><td>{_badge(info['verdict'])}</td>"
                   f"<td class=n>{info['count']}</td><td>{escape(info['message'])}</td>"
                   f"<td>{escape(info['suggestion'] or '')}</td></tr>")
    out.append("</table>")

    by_operator = sorted(report["by_operator"].items(), key=lambda kv: -kv[1]["violations"])
    out.append("<h2>Нарушения по операторам</h2>")
    out.append(_bar_chart([(operator or "—", info["violations"],
                            "block" if any(by_rule.get(rule, {}).get("verdict") == "block" for rule in info["by_rule"]) else "warn")
                           for operator, info in by_operator if info["violations"]], label="Нарушения по операторам"))
    out.append("<table><tr><th>Оператор</th><th class=n>Звонков</th>"
               "<th class=n>С нарушениями</th><th class=n>Нарушений</th><th>По правилам</th></tr>")
    for operator, info in by_operator:
        rules = ", ".join(f'<a href="#{escape(_first_anchor(report, operator, rule))}">{escape(rule)}</a>&nbsp;×{count}'
                          for rule, count in info["by_rule"].items())
        out.append(f"<tr><td>{escape(operator or '—')}</td><td class=n>{info['calls']}</td>"
                   f"<td class=n>{info['calls_with_violations']}</td><td class=n>{info['violations']}</td>"
                   f"<td>{rules}</td></tr>")
    out.append("</table>")

    if report.get("client_hints"):
        out.append("<h2>Подсказки по речи клиентов</h2><table><tr><th>Ситуация</th><th class=n>Раз</th></tr>")
        out.extend(f"<tr><td>{escape(rule)}</td><td class=n>{count}</td></tr>"
                   for rule, count in report["client_hints"].items())
        out.append("</table>")

    out.append("<h2>Реплики с нарушениями</h2>")
    seen: set[str] = set()
    for offence in report["offences"]:
        anchor_id = offence["anchor"]
        id_attr = f' id="{escape(anchor_id)}"' if anchor_id not in seen else ""
        seen.add(anchor_id)
        turn = "весь звонок" if offence["turn"] < 0 else f"реплика {offence['turn'] + 1}"
        phrase = f" — «{escape(offence['phrase'])}»" if offence.get("phrase") else ""
        out.append(f"<div{id_attr}><p>{_badge(offence['verdict'])} <b>{escape(offence['rule'])}</b>{phrase} · "
                   f"звонок {escape(offence['call_id'])}, {turn}, оператор {escape(offence['operator_id'] or '—')}"
                   f"<br><span class=muted>{escape(offence['message'])}</span>")
        if offence.get("suggestion"):
            out.append(f"<br>Рекомендуется: {escape(offence['suggestion'])}")
        out.append("</p>")
        if offence["text"]:
            out.append(f'<div class="turn">{escape(offence["text"])}</div>')
        out.append("</div>")
    if report.get("offences_not_listed"):
        out.append(f"<p class=muted>Ещё {report['offences_not_listed']} нарушений не перечислены (см. JSON-отчёт).</p>")
    out.append("</body></html>")
    return "\n".join(out)


def _first_anchor(report: dict, operator: str, rule: str) -> str:
    return next((o["anchor"] for o in report["offences"] if o["operator_id"] == operator and o["rule"] == rule), "")
