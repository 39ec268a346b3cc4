#!/usr/bin/env python3
"""Blind evaluation set pii_ai: personal data in texts of the foreign-citizens desk
(Krasnodar / Sochi) of a Russian mobile carrier.

Standard library only.  Every text below is hand-written with inline markup:

    ⟦TYPE|surface⟧          a gold span of personal data
    ⟦TYPE=digits|surface⟧   the same, with the intended digits given explicitly
                            (used where the speaker corrects himself inside the value)
    ⟪surface⟫               a hard negative: looks like data, is not personal data

Running `python3 build.py` strips the markup, checks everything and writes
written.jsonl, asr.jsonl and negatives.jsonl next to this file.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pii_ai-"

TYPES = {
    # names from CONTRACTS.md
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH",
    "RU_PASSPORT", "RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS", "CREDIT_CARD",
    "CARD_EXPIRY", "CARD_CVV", "CONTRACT_NUMBER", "ACCOUNT_NUMBER",
    "BANK_ACCOUNT", "RU_BIK", "RU_DRIVER_LICENSE", "IP_ADDRESS",
    # added by the brief
    "SECRET", "DEVICE_ID", "LOGIN", "VEHICLE_ID",
    # added for this desk (CONTRACTS.md names no foreign document kind)
    "FOREIGN_PASSPORT", "WORK_PATENT", "MIGRATION_CARD",
}

# kinds that must occur at least MIN_PER_KIND times in EACH of the two files
OFTEN = [
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH",
    "FOREIGN_PASSPORT", "RU_PASSPORT", "RU_INN", "CONTRACT_NUMBER",
    "ACCOUNT_NUMBER", "SECRET", "CREDIT_CARD", "DEVICE_ID", "WORK_PATENT",
    "MIGRATION_CARD",
]
MIN_PER_KIND = 8
MIN_GOLD_PER_FILE = 300
MIN_NEGATIVES = 150
N_WRITTEN = 40
N_ASR = 60

# Values whose checksum is wrong ON PURPOSE: the text itself says the value was
# mistyped / misread.  (text id, digits)
MISTYPED = {
    ("w17", "231029627105"),
    ("a23", "8600539394403799"),
}

WRITTEN = []
ASR = []


def W(key, text):
    WRITTEN.append((key, text))


def A(key, text):
    ASR.append((key, text))


# ----------------------------------------------------------------------------
# markup
# ----------------------------------------------------------------------------
TOKEN = re.compile(r"⟦([A-Z_]+)(?:=([0-9]+))?\|([^⟦⟧⟪⟫]*)⟧|⟪([^⟦⟧⟪⟫]*)⟫")


def parse_markup(key, raw):
    raw = raw.strip("\n")
    out = []
    gold = []
    neg = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            typ, canon, surface = m.group(1), m.group(2), m.group(3)
            assert typ in TYPES, (key, typ)
            assert surface and surface == surface.strip(), (key, surface)
            gold.append({"type": typ, "start": length, "end": length + len(surface),
                         "_surface": surface, "_canon": canon})
        else:
            surface = m.group(4)
            assert surface and surface == surface.strip(), (key, surface)
            neg.append({"start": length, "end": length + len(surface), "text": surface})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for ch in "⟦⟧⟪⟫|":
        assert ch not in text, (key, "markup leaked", ch)
    return text, gold, neg


# ----------------------------------------------------------------------------
# spoken numbers -> digits (for the ASR file)
# ----------------------------------------------------------------------------
UNITS = {"ноль": 0, "нуль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2,
         "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
         "девять": 9,
         # English digits as a Russian ASR writes them
         "зироу": 0, "зиро": 0, "уан": 1, "ту": 2, "фри": 3, "сри": 3, "фор": 4,
         "файв": 5, "сикс": 6, "севен": 7, "эйт": 8, "найн": 9}
TEENS = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
         "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
         "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
        "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
            "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
            "девятьсот": 900}
THOUSAND = {"тысяча", "тысячи", "тысяч"}
CORRECTIONS = ["ой нет", "то есть", "вернее", "точнее", "нет нет", "повторяю"]


def _below_1000(toks, i):
    """Greedy: [hundreds] [teens | tens [unit] | unit].  Zero is never inside."""
    val = None
    if i < len(toks) and toks[i] in HUNDREDS:
        val = HUNDREDS[toks[i]]
        i += 1
    if i < len(toks) and toks[i] in TEENS:
        return (val or 0) + TEENS[toks[i]], i + 1
    if i < len(toks) and toks[i] in TENS:
        val = (val or 0) + TENS[toks[i]]
        i += 1
        if i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] > 0:
            val += UNITS[toks[i]]
            i += 1
        return val, i
    if i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] > 0:
        return (val or 0) + UNITS[toks[i]], i + 1
    return val, i


def spoken_digits(s):
    toks = s.split()
    digits = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("ноль", "нуль", "зироу", "зиро"):
            digits.append("0")
            i += 1
            continue
        val, j = _below_1000(toks, i)
        if j < len(toks) and toks[j] in THOUSAND:
            val = (val or 1) * 1000
            rest, k = _below_1000(toks, j + 1)
            if rest is not None:
                val += rest
            digits.append(str(val))
            i = k
            continue
        if val is not None:
            digits.append(str(val))
            i = j
            continue
        i += 1  # not a number word: filler, letter, "плюс", "дробь"...
    return "".join(digits)


def written_digits(s):
    return re.sub(r"\D", "", s)


# ----------------------------------------------------------------------------
# checksums
# ----------------------------------------------------------------------------
def inn_ok(d):
    n = [int(c) for c in d]
    if len(n) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(w, n)) % 11 % 10 == n[9]
    if len(n) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return (sum(a * b for a, b in zip(w1, n)) % 11 % 10 == n[10]
                and sum(a * b for a, b in zip(w2, n)) % 11 % 10 == n[11])
    return False


def snils_ok(d):
    if len(d) != 11:
        return False
    n = [int(c) for c in d[:9]]
    s = sum(x * (9 - i) for i, x in enumerate(n))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return c == int(d[9:])


def luhn_ok(d):
    if not d:
        return False
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def ogrn_ok(d):
    if len(d) == 13:
        return int(d[:12]) % 11 % 10 == int(d[12])
    if len(d) == 15:
        return int(d[:14]) % 13 % 10 == int(d[14])
    return False


def check_value(typ, d):
    if typ == "RU_INN":
        return inn_ok(d)
    if typ == "RU_SNILS":
        return snils_ok(d)
    if typ == "CREDIT_CARD":
        return len(d) in (16, 18, 19) and luhn_ok(d)
    if typ == "DEVICE_ID":  # IMEI 15 digits, ICCID 19-20 digits, both Luhn
        return len(d) in (15, 19, 20) and luhn_ok(d)
    if typ == "RU_OGRN":
        return ogrn_ok(d)
    return None


CHECKED = {"RU_INN", "RU_SNILS", "CREDIT_CARD", "DEVICE_ID", "RU_OGRN"}


# ----------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------
ASR_LINE = re.compile(r"^(оператор|клиент): [а-яё]+(?: [а-яё]+)*$")


def build(items, kind, problems):
    records, negs = [], []
    for key, raw in items:
        rid = PREFIX + key
        text, gold, neg = parse_markup(key, raw)
        # offsets
        for g in gold:
            assert text[g["start"]:g["end"]] == g["_surface"], (key, g)
        for n in neg:
            assert text[n["start"]:n["end"]] == n["text"], (key, n)
        # sorted, non-overlapping (gold with gold, negatives with everything)
        spans = sorted([(g["start"], g["end"], "g") for g in gold] +
                       [(n["start"], n["end"], "n") for n in neg])
        for a, b in zip(spans, spans[1:]):
            if a[1] > b[0]:
                problems.append("%s: overlapping spans %r %r" % (key, a, b))
        starts = [g["start"] for g in gold]
        assert starts == sorted(starts), key
        # shape of the text
        lines = text.split("\n")
        if kind == "written":
            if not 3 <= len(lines) <= 12:
                problems.append("%s: %d lines" % (key, len(lines)))
            if text != text.strip():
                problems.append("%s: leading/trailing space" % key)
        else:
            if not 10 <= len(lines) <= 30:
                problems.append("%s: %d turns" % (key, len(lines)))
            for ln in lines:
                if not ASR_LINE.match(ln):
                    problems.append("%s: bad ASR line %r" % (key, ln[:80]))
            for g in gold:
                s = g["_surface"]
                if s.startswith("оператор:") or "\n" in s:
                    problems.append("%s: span crosses a turn %r" % (key, s))
        # checksums / digit counts
        for g in gold:
            s, typ = g["_surface"], g["type"]
            if kind == "written":
                d = written_digits(s)
            else:
                d = spoken_digits(s)
            if g["_canon"]:
                canon = g["_canon"]
                tail = s
                for c in CORRECTIONS:
                    if c in tail:
                        tail = tail.rsplit(c, 1)[1]
                td = written_digits(tail) if kind == "written" else spoken_digits(tail)
                if not canon.endswith(td) or not td:
                    problems.append("%s: corrected value %r does not end with %r" % (key, canon, td))
                d = canon
            if typ in CHECKED:
                ok = check_value(typ, d)
                if (key, d) in MISTYPED:
                    if ok:
                        problems.append("%s: %s %s listed as mistyped but valid" % (key, typ, d))
                elif not ok:
                    problems.append("%s: %s %r -> %s fails its checksum" % (key, typ, s, d))
            if typ == "BANK_ACCOUNT" and len(d) != 20:
                problems.append("%s: bank account %r has %d digits" % (key, s, len(d)))
            if typ == "RU_BIK" and len(d) != 9:
                problems.append("%s: BIK %r has %d digits" % (key, s, len(d)))
            if typ == "PHONE_NUMBER" and not 9 <= len(d) <= 12:
                problems.append("%s: phone %r -> %s has %d digits" % (key, s, d, len(d)))
            if typ == "DATE_OF_BIRTH" and kind == "written" and not re.search(r"\d", s) \
                    and not re.search(r"(январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)", s):
                problems.append("%s: odd birth date %r" % (key, s))
        records.append({
            "id": rid,
            "text": text,
            "gold": [{"type": g["type"], "start": g["start"], "end": g["end"]} for g in gold],
        })
        if neg:
            negs.append({"id": rid, "negatives": [{"start": n["start"], "end": n["end"], "text": n["text"]}
                                                  for n in sorted(neg, key=lambda x: x["start"])]})
    return records, negs


def main(strict=True):
    problems = []
    keys = [k for k, _ in WRITTEN] + [k for k, _ in ASR]
    dup = [k for k, c in Counter(keys).items() if c > 1]
    assert not dup, dup
    for k, _ in WRITTEN:
        assert re.fullmatch(r"w\d\d", k), k
    for k, _ in ASR:
        assert re.fullmatch(r"a\d\d", k), k
    known = set(keys)
    for k, _ in MISTYPED:
        assert k in known or not strict, k

    wrec, wneg = build(WRITTEN, "written", problems)
    arec, aneg = build(ASR, "asr", problems)

    texts = [r["text"] for r in wrec + arec]
    if len(set(texts)) != len(texts):
        problems.append("duplicate texts")
    # no two texts open the same way (a crude guard against shared skeletons)
    openings = Counter(t[:60] for t in texts)
    for o, c in openings.items():
        if c > 1:
            problems.append("texts share an opening: %r" % o)

    # every mistyped value really occurs
    seen = set()
    for items, kind in ((WRITTEN, "written"), (ASR, "asr")):
        for key, raw in items:
            _, gold, _ = parse_markup(key, raw)
            for g in gold:
                d = g["_canon"] or (written_digits(g["_surface"]) if kind == "written"
                                    else spoken_digits(g["_surface"]))
                seen.add((key, d))
    for m in MISTYPED:
        if m not in seen and strict:
            problems.append("mistyped value not found: %r" % (m,))

    stats = {}
    for name, recs, want in (("written", wrec, N_WRITTEN), ("asr", arec, N_ASR)):
        c = Counter(g["type"] for r in recs for g in r["gold"])
        total = sum(c.values())
        stats[name] = (len(recs), total, c)
        if strict:
            if len(recs) != want:
                problems.append("%s: %d texts, want %d" % (name, len(recs), want))
            if total < MIN_GOLD_PER_FILE:
                problems.append("%s: %d gold values, want >= %d" % (name, total, MIN_GOLD_PER_FILE))
            for t in OFTEN:
                if c[t] < MIN_PER_KIND:
                    problems.append("%s: only %d %s" % (name, c[t], t))
    nneg = sum(len(n["negatives"]) for n in wneg + aneg)
    if strict and nneg < MIN_NEGATIVES:
        problems.append("only %d negatives" % nneg)

    for name, (n, total, c) in stats.items():
        print("%s: %d texts, %d gold" % (name, n, total))
        for t, k in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            print("   %-18s %d" % (t, k))
    print("negatives: %d in %d texts" % (nneg, len(wneg) + len(aneg)))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)

    if not strict:
        return
    def dump(path, rows):
        with open(os.path.join(HERE, path), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")

    dump("written.jsonl", wrec)
    dump("asr.jsonl", arec)
    dump("negatives.jsonl", wneg + aneg)

    # re-read what was written and check its JSON shape
    for path in ("written.jsonl", "asr.jsonl"):
        with open(os.path.join(HERE, path), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                assert list(r) == ["id", "text", "gold"], r.keys()
                prev = -1
                for g in r["gold"]:
                    assert list(g) == ["type", "start", "end"]
                    assert isinstance(g["start"], int) and isinstance(g["end"], int)
                    assert 0 <= g["start"] < g["end"] <= len(r["text"])
                    assert g["start"] >= prev
                    prev = g["end"]
    with open(os.path.join(HERE, "negatives.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert list(r) == ["id", "negatives"]
            for n in r["negatives"]:
                assert list(n) == ["start", "end", "text"]
    print("OK: wrote written.jsonl, asr.jsonl, negatives.jsonl")


# ============================================================================
# WRITTEN TEXTS (CRM comments, chats, retyped forms, e-mails)
# ============================================================================

W("w01", """\
Обр. в салон ⟪ТЦ «Галерея Краснодар»⟫, кл. ⟦PERSON|Турсунов Жасурбек Алишер угли⟧, гр. Узбекистана, ДУЛ — паспорт ⟦FOREIGN_PASSPORT|FA 3417756⟧.
МК ⟦MIGRATION_CARD|0321 № 4185207⟧, въезд ⟪14.09.2025⟫, патент ⟦WORK_PATENT|23 № 2501874316⟧.
Регистрация по месту пребывания: ⟦ADDRESS|г. Краснодар, ул. Ставропольская, д. 210, общежитие, комн. 14⟧.
Оформлен номер ⟦PHONE_NUMBER|+7 918 346-21-75⟧, тариф ⟪«Связь с домом»⟫, ICCID ⟦DEVICE_ID|8970199198391830196⟧.
Контактный номер родственника в Ташкенте: ⟦PHONE_NUMBER|+998 90 971-43-18⟧ (брат ⟦PERSON|Шерзод⟧).
Госуслуги не привязаны, номер отправлен на верификацию. Оформляла ⟦PERSON|Ковалёва И.⟧""")

W("w02", """\
[⟪10:40⟫] Клиент: Ассалому алейкум, сим заблокировался, номер ⟦PHONE_NUMBER|89182710463⟧ на меня оформлен
[10:41] Оператор ⟦PERSON|Диана⟧: Здравствуйте! Назовите, пожалуйста, ФИО владельца и кодовое слово.
[10:43] Клиент: ⟦PERSON|Назаров Фирдавс Рахмонович⟧, слово ⟦SECRET|Худжанд2019⟧
[10:43] Клиент: паспорт таджикский ⟦FOREIGN_PASSPORT|400467291⟧ если нужно
[10:45] Оператор ⟦PERSON|Диана⟧: Спасибо, данные совпали. Блокировка снята, проверьте связь через ⟪5 минут⟫.
[10:46] Клиент: рахмат, ташаккур! сестра ⟦PERSON|Мадина⟧ тоже вам писала с ⟦PHONE_NUMBER|+992 93 418 2607⟧, она спрашивала про мой номер
[10:47] Оператор ⟦PERSON|Диана⟧: По номеру сестры вопрос решается только с ней лично, а по вашему — только с вами. Хорошего дня!""")

W("w03", """\
ЗАЯВЛЕНИЕ о переоформлении абонентского номера (копия со скана, набрано оператором)
Прежний абонент: ⟦PERSON|Абдыкадыров Нурсултан Бакытбекович⟧, дата рождения ⟦DATE_OF_BIRTH|03.07.1994⟧, паспорт КР ⟦FOREIGN_PASSPORT|AC 4156702⟧.
Новый абонент: ⟦PERSON|Абдыкадырова Айпери Нурсултановна⟧, д.р. ⟦DATE_OF_BIRTH|21.11.1997⟧, ID-карта КР ⟦FOREIGN_PASSPORT|ID 0836621⟧, ИНН РФ ⟦RU_INN|237980343280⟧.
Номер: ⟦PHONE_NUMBER|+7 (989) 126-54-80⟧, договор ⟦CONTRACT_NUMBER|0174 582 936⟧, л/с ⟦ACCOUNT_NUMBER|276104583⟧.
Адрес проживания нового абонента: ⟦ADDRESS|350080, г. Краснодар, ул. Уральская, д. 97, кв. 41⟧.
Причина: выезд прежнего абонента в г. Бишкек на постоянное место жительства.
Подписи сторон имеются. Дата заявления ⟪02.10.2025⟫. Принял: ст. специалист ⟦PERSON|Гаспарян Л. А.⟧""")

W("w04", """\
От: ⟦EMAIL_ADDRESS|a.kavaliou@tut.by⟧
Кому: ⟪sochi-foreign@help-mobile.ru⟫
Тема: Возврат остатка после отъезда
Добры дзень! Я ⟦PERSON|Ковалёв Андрей Викторович⟧ (в паспорте ⟦PERSON|KAVALIOU ANDREI⟧, ⟦FOREIGN_PASSPORT|MP 3829104⟧), гражданин Беларуси. В ⟪августе⟫ отдыхал в Адлере и брал у вас сим-карту, номер ⟦PHONE_NUMBER|+7 962 887-30-19⟧.
На балансе осталось ⟪612 рублей⟫, прошу вернуть на мою карту ⟦CREDIT_CARD|4169 7563 9616 4010⟧, срок действия ⟦CARD_EXPIRY|08/27⟧.
Мой белорусский номер для связи ⟦PHONE_NUMBER|+375 29 614-22-07⟧. Дзякуй!""")

W("w05", """\
Звонил ⟦PERSON|Гусейнов Эльчин⟧ по номеру жены ⟦PHONE_NUMBER|8-988-354-01-26⟧ (владелец ⟦PERSON|Гусейнова Севиндж Рауф кызы⟧, паспорт АР ⟦FOREIGN_PASSPORT|C03281174⟧).
Просил детализацию за ⟪сентябрь⟫. Кодовое слово назвал верно («⟦SECRET|Гянджа⟧»), но звонящий не владелец — детализация не предоставляется.
Рекомендовано обращение владельца лично в офис ⟪на ул. Красной, 122⟫ с паспортом и МК.
Д.р. владельца в карточке ⟦DATE_OF_BIRTH|17.02.1989⟧, при повторном звонке — сверять, звонок мужа не считать ИД.""")

W("w06", """\
Клиент: Доброго дня! Маю ваш номер ⟦PHONE_NUMBER|+7 978 512 44 90⟧, не можу поповнити з картки
Оператор ⟦PERSON|Артём⟧: Здравствуйте! Какой картой пытаетесь пополнить? Карты иностранных банков для пополнения не принимаются.
Клиент: ⟦CREDIT_CARD|5168 5225 8153 0748⟧, ПриватБанк. Пишу з номера дружини, вона зараз у Харкові
Оператор ⟦PERSON|Артём⟧: Номер карты в чат, пожалуйста, больше не отправляйте. Пополнить можно наличными в салоне, баланс — ⟪*102#⟫.
Клиент: Добре. А ще: на мені раніше був номер ⟦PHONE_NUMBER|+380 67 403 18 52⟧, як зробити переадресацію сюди?
Оператор ⟦PERSON|Артём⟧: Переадресация на международные номера тарифицируется по опции ⟪«Мир без границ»⟫, ⟪19 ₽/мин⟫.
Клиент: Зрозумів, дякую. Це дружина писала, ⟦PERSON|Оксана⟧, а номер на мене — ⟦PERSON|Тарас Мельник⟧.""")

W("w07", """\
From: ⟦EMAIL_ADDRESS|li.wenjie2003@163.com⟧
Subject: SIM card for student / сим-карта студента
Здравствуйте! Я ⟦PERSON|Ли Вэньцзе⟧ (⟦PERSON|LI WENJIE⟧), студент подготовительного факультета ⟪КубГУ⟫, паспорт КНР ⟦FOREIGN_PASSPORT|EJ4721190⟧.
Живу в общежитии: ⟦ADDRESS|г. Краснодар, ул. Сормовская, 7/2, общ. № 5, к. 512⟧.
Моя сим-карта ⟦PHONE_NUMBER|8 961 530 72 48⟧ не работает после замены телефона на ⟪Xiaomi Redmi Note 12⟫, IMEI нового телефона ⟦DEVICE_ID|356848872786803⟧.
Дата рождения ⟦DATE_OF_BIRTH|2003-05-09⟧. Куратор ⟦PERSON|Елена Павловна⟧ сказала написать вам. Спасибо!""")

W("w08", """\
Кл. ⟦PERSON|Жумабеков Ерлан Серикович⟧, гр. РК, паспорт ⟦FOREIGN_PASSPORT|N14703952⟧, д.р. ⟦DATE_OF_BIRTH|26.04.1985⟧.
Работает вахтой в Новороссийске, ИНН РФ ⟦RU_INN|235470820372⟧, просил перевести номер ⟦PHONE_NUMBER|+7 928 417 93 06⟧ на постоплату.
Л/с ⟦ACCOUNT_NUMBER|230 418 775 612⟧, дог. ⟦CONTRACT_NUMBER|0285 904 117⟧. Депозит ⟪3 000 ₽⟫ внесён.
Казахстанский номер для SMS-уведомлений: ⟦PHONE_NUMBER|+7 701 552 81 34⟧ — в карточку не вносить, не РФ.
Кодовое слово установлено: ⟦SECRET|Алатау⟧.""")

W("w09", """\
АНКЕТА АБОНЕНТА (физ. лицо), перепечатано с бумажного бланка
Фамилия, имя: ⟦PERSON|Саргсян Ануш⟧ / ⟦PERSON|SARGSYAN ANUSH⟧
Гражданство: Армения. Паспорт ⟦FOREIGN_PASSPORT|AU 0458213⟧, выдан ⟪12.06.2021⟫, орган ⟪010⟫.
Дата рождения: ⟦DATE_OF_BIRTH|30 января 2002 г.⟧
Адрес в РФ: ⟦ADDRESS|г. Сочи, Хостинский р-н, ул. Черноморская, д. 11, кв. 3⟧
Контактное лицо: ⟦PERSON|Саргсян Гарик Ашотович⟧ (дядя), паспорт РФ ⟦RU_PASSPORT|03 15 628441⟧, код подр. ⟦RU_PASSPORT_DEPT|230-042⟧, тел. ⟦PHONE_NUMBER|8 (862) 264-17-30⟧
Ереванский номер: ⟦PHONE_NUMBER|+374 91 208733⟧. E-mail: ⟦EMAIL_ADDRESS|anush.sargsyan02@mail.ru⟧""")

W("w10", """\
Гость: Гамарджоба! Лечу завтра рейсом ⟪A9 681⟫ из Тбилиси в Сочи, хочу eSIM заранее
Оператор ⟦PERSON|Вероника⟧: Здравствуйте! eSIM для иностранных граждан оформляется только в салоне после предъявления паспорта.
Гость: Паспорт грузинский ⟦FOREIGN_PASSPORT|14BB27051⟧, могу прислать фото на почту? Я ⟦PERSON|Нино Беридзе⟧, ⟦EMAIL_ADDRESS|nino.beridze@gmail.com⟧
Оператор ⟦PERSON|Вероника⟧: Фото документов в чат и на почту не принимаем. Ближайший салон — в аэропорту, зона прилёта, с ⟪8:00 до 22:00⟫.
Гость: Ок. Мой номер ⟦PHONE_NUMBER|+995 599 41 27 36⟧, пусть перезвонят, если что. Гмадлобт!""")

W("w11", """\
Кл. ⟦PERSON|Эргашев Бобур⟧ (DE: ⟦PERSON|Бобур⟧), утеря телефона ⟪Samsung Galaxy A14⟫ на стройке в Адлере.
Номер ⟦PHONE_NUMBER|79883172604⟧ заблокирован по заявлению в ⟪15:20⟫. IMEI утерянного аппарата со слов кл.: ⟦DEVICE_ID|860276212617455⟧.
Выдан дубликат SIM ⟦DEVICE_ID|8970199991522326690⟧ по паспорту ⟦FOREIGN_PASSPORT|AA 9027315⟧, МК ⟦MIGRATION_CARD|0325 № 1190846⟧, патент ⟦WORK_PATENT|23 № 2502318840⟧, в салоне ⟪ТРЦ «МореМолл»⟫.
Кл. сообщил логин ЛК ⟦LOGIN|bobur.ergash⟧ и пароль ⟦SECRET|Bobur_1990!⟧ — рекомендовано сменить пароль.
Моб. ⟦PHONE_NUMBER|+998 97 445 60 12⟧ — жена ⟦PERSON|Дилноза⟧, на связи в Самарканде.""")

W("w12", """\
От: ⟦EMAIL_ADDRESS|e.petrenko@yugstroy-invest.ru⟧
Копия: ⟪kadry@yugstroy-invest.ru⟫
Тема: SIM для сотрудников-иностранцев
Добрый день! ⟪ООО «ЮгСтройИнвест»⟫ (ИНН ⟪2320330347⟫, ОГРН ⟪1192367021549⟫) просит подключить 3 номера на корпоративный договор ⟪К-0451/25⟫:
1) ⟦PERSON|Холматов Санжар Ильхомович⟧, патент ⟦WORK_PATENT|23 № 2501439287⟧, паспорт ⟦FOREIGN_PASSPORT|FA 5520184⟧;
2) ⟦PERSON|Олимов Фаррух⟧, патент ⟦WORK_PATENT|23 № 2502001765⟧, паспорт Таджикистана ⟦FOREIGN_PASSPORT|401582973⟧;
3) ⟦PERSON|Токтогулов Эмиль⟧, гр. Киргизии (ЕАЭС, патент не нужен), паспорт ⟦FOREIGN_PASSPORT|AC 3391065⟧.
Контакт: инспектор ОК ⟦PERSON|Петренко Евгения⟧, ⟦PHONE_NUMBER|+7 861 203-44-18⟧ доб. ⟪214⟫.""")

W("w13", """\
Обратилась ⟦PERSON|Шарипова (Иванова) Ольга Николаевна⟧, гр. РФ, паспорт ⟦RU_PASSPORT|03 19 745208⟧, выдан ⟪21.03.2019⟫, к/п ⟦RU_PASSPORT_DEPT|230-003⟧.
Оформляет номер на себя для мужа ⟦PERSON|Шарипов Умед Саидович⟧ (гр. РТ, МК ⟦MIGRATION_CARD|0319 № 2207461⟧), т.к. у мужа закончился патент.
Предупреждена: владельцем будет она, все обращения — от её имени. СНИЛС ⟦RU_SNILS|968-382-863 88⟧, ИНН ⟦RU_INN|232939901777⟧ — для Госуслуг.
Новый номер ⟦PHONE_NUMBER|+7 (918) 090-35-61⟧, л/с ⟦ACCOUNT_NUMBER|231 577 048 903⟧. Кодовое слово: ⟦SECRET|Душанбе⟧.
Адрес регистрации: ⟦ADDRESS|Краснодарский край, ст. Динская, ул. Красная, д. 48⟧.""")

W("w14", """\
[⟪19:02⟫] Клиент: Саламатсызбы, мага SMS код келди ⟦SECRET|573920⟧, это вам надо сказать?
[19:03] Оператор ⟦PERSON|Камила⟧: Здравствуйте! Нет, коды из SMS никому не сообщайте — ни нам, ни «сотрудникам банка».
[19:04] Клиент: какой-то байке звонил, сказал от вашей компании, номер начинался на ⟪+7 900⟫, дальше не помню. Мой номер ⟦PHONE_NUMBER|+7 989 834 12 90⟧
[19:06] Оператор ⟦PERSON|Камила⟧: Поняла. Назовите, пожалуйста, ФИО и дату рождения для проверки.
[19:07] Клиент: ⟦PERSON|Мамытов Азамат⟧, ⟦DATE_OF_BIRTH|12.12.1999⟧
[19:09] Оператор ⟦PERSON|Камила⟧: Спасибо, ⟦PERSON|Азамат⟧. Замена SIM по вашему номеру не проводилась, пароль от кабинета рекомендую сменить.
[19:10] Клиент: рахмат! брат ⟦PERSON|Бекзат⟧ тоже хочет к вам, у него номер киргизский ⟦PHONE_NUMBER|+996 555 730 214⟧""")

W("w15", """\
ЗАЯВЛЕНИЕ на возврат остатка авансовых платежей
Я, ⟦PERSON|Юлдашева Мохинур Бахтиёровна⟧, ⟦DATE_OF_BIRTH|08.08.2001⟧ г.р., паспорт гр. Узбекистана ⟦FOREIGN_PASSPORT|AD 1192034⟧,
прошу расторгнуть договор ⟦CONTRACT_NUMBER|0392661504⟧ по номеру ⟦PHONE_NUMBER|+7 961 204 88 17⟧ и вернуть остаток ⟪1 247,50 руб.⟫
на счёт ⟦BANK_ACCOUNT|40817810030004582196⟧ в ⟪АО «Южный кредит»⟫, БИК ⟦RU_BIK|040349711⟧, получатель — я.
ИНН ⟦RU_INN|239702951400⟧. Адрес для писем: ⟦ADDRESS|350072, г. Краснодар, ул. Московская, д. 2, корп. 3, кв. 118⟧.
В связи с окончанием учёбы выезжаю ⟪30.06.2026⟫. Подпись. ⟦PERSON|Юлдашева М.Б.⟧""")

W("w16", """\
Звонила адм. хостела ⟪«Бриз»⟫ ⟦PERSON|Галина⟧ с ⟦PHONE_NUMBER|8 918 405 66 21⟧: у постояльца ⟦PERSON|Рахимова Фарруха⟧ не проходят звонки, номер ⟦PHONE_NUMBER|+7 995 306 71 48⟧.
Данные по номеру третьему лицу не сообщались. Попросила, чтобы кл. перезвонил сам.
Перезвонил кл. ⟦PERSON|Рахимов Фаррух Абдуллаевич⟧, ИД по ФИО + паспорт ⟦FOREIGN_PASSPORT|FB 0384126⟧ + патент ⟦WORK_PATENT|23 № 2411760253⟧ пройдена.
Живёт: ⟦ADDRESS|г. Сочи, ул. Навагинская, д. 9Д, хостел, койко-место 6⟧.
Номер был заблокирован за неоплату, долг ⟪318 ₽⟫. Пополнил в ⟪17:40⟫, блокировка снята.""")

W("w17", """\
Кл. ⟦PERSON|Davronov Jamshid⟧ (в базе ⟦PERSON|Давронов Жамшид⟧) принёс ИНН для привязки к Госуслугам: ⟦RU_INN|231029627105⟧ — сервис ФНС не нашёл, опечатка в последней цифре.
Кл. сверился с бумажным свидетельством, верный ИНН ⟦RU_INN|231029627104⟧. Исправлено в анкете.
Паспорт ⟦FOREIGN_PASSPORT|FA 7731590⟧, МК ⟦MIGRATION_CARD|0324 № 5512083⟧, патент ⟦WORK_PATENT|23 № 2409915320⟧ продлён, чек ⟪НДФЛ 7 893 ₽⟫ за ⟪октябрь⟫ показал.
Номер ⟦PHONE_NUMBER|8-918-771-05-92⟧, эл. почта ⟦EMAIL_ADDRESS|jamshid.davronov@inbox.ru⟧.""")

W("w18", """\
Клиент: Salam! Мой личный кабинет взломали, я ⟦PERSON|Мамедов Тогрул⟧, номер ⟦PHONE_NUMBER|+7 938 455 20 61⟧
Оператор ⟦PERSON|Ринат⟧: Здравствуйте, ⟦PERSON|Тогрул⟧! Почему вы так решили?
Клиент: пришло письмо на ⟦EMAIL_ADDRESS|togrul.mammadov@yandex.ru⟧, что вход с IP ⟦IP_ADDRESS|91.204.117.38⟧, это не я. Логин ⟦LOGIN|togrul_mmd⟧
Оператор ⟦PERSON|Ринат⟧: Вижу вход ⟪02.11⟫ в ⟪03:14⟫. Я сбросил пароль, новый придёт в SMS. Никому его не сообщайте.
Клиент: ок, пришёл ⟦SECRET|k7Rt-29qx⟧ — ой, его нельзя писать, да?
Оператор ⟦PERSON|Ринат⟧: Верно, смените его сразу после входа. И проверьте привязанную карту.
Клиент: Карта ⟦CREDIT_CARD|2200 4916 0921 8685⟧, там всё ок. Çox sağ ol!""")

W("w19", """\
Тема: переоформить номер на себя
Здравствуйте. Я ⟦PERSON|Бондаренко Наталія Олегівна⟧ (в российских документах — ⟦PERSON|Бондаренко Наталья Олеговна⟧), ⟦DATE_OF_BIRTH|14.05.1979⟧ р.н.
Получила паспорт РФ ⟦RU_PASSPORT|03 24 118903⟧, а номер ⟦PHONE_NUMBER|+7 952 663 09 41⟧ был оформлен по украинскому паспорту ⟦FOREIGN_PASSPORT|ЕР 284105⟧.
Живём сейчас: ⟦ADDRESS|Краснодарский край, г. Горячий Ключ, ул. Ленина, д. 156, кв. 7⟧.
Прошу сохранить номер и баланс, договор ⟦CONTRACT_NUMBER|0318 744 092⟧. Мій старий київський номер ⟦PHONE_NUMBER|+380 50 917 23 66⟧ уже не работает.
Ответ прошу на ⟦EMAIL_ADDRESS|n.bondarenko79@ukr.net⟧. ⟦PERSON|Наталья⟧""")

W("w20", """\
Проверка данных для верификации номера иностранного гражданина:
ФИО: ⟦PERSON|Каримов Алишер Рустамович⟧ / ⟦PERSON|KARIMOV ALISHER⟧; д.р. ⟦DATE_OF_BIRTH|02.09.1996⟧
Паспорт: ⟦FOREIGN_PASSPORT|FA 6025871⟧; МК: ⟦MIGRATION_CARD|4619 № 0874521⟧; патент: ⟦WORK_PATENT|23 № 2503127704⟧
ИНН: ⟦RU_INN|235288160507⟧; СНИЛС: ⟦RU_SNILS|976-862-932 98⟧
Номер: ⟦PHONE_NUMBER|+79184526037⟧, ICCID ⟦DEVICE_ID|8970199485048995518⟧, тариф ⟪«Гость 30»⟫
Статус: данные совпали, номер разблокирован ⟪11.11.2025⟫ в ⟪16:05⟫. Проверяла ⟦PERSON|Ткаченко Светлана⟧.""")

W("w21", """\
Student: Hello, I am ⟦PERSON|Rahul Verma⟧, medical student at ⟪KubGMU⟫. My SIM ⟦PHONE_NUMBER|+7 967 310 58 24⟧ is blocked.
Оператор ⟦PERSON|Алина⟧: Hello! Please tell me your date of birth and passport number to identify you.
Student: ⟦DATE_OF_BIRTH|17/03/2004⟧, passport ⟦FOREIGN_PASSPORT|T4821057⟧
Оператор ⟦PERSON|Алина⟧: Thank you. The number was blocked because your migration registration expired on ⟪10.10.2025⟫. Please bring the new registration to any office.
Student: My hostel address changed, now ⟦ADDRESS|ул. Седина, д. 4, общежитие №2, комната 308, Краснодар⟧. Email ⟦EMAIL_ADDRESS|rahul.verma04@outlook.com⟧
Student: and I paid ⟪300 rub⟫ yesterday from my card ⟦CREDIT_CARD|4714 6164 4055 7165⟧, is it on balance?
Оператор ⟦PERSON|Алина⟧: Yes, the payment arrived. Office hours ⟪9:00–21:00⟫, your request number is ⟪62118439⟫.""")

W("w22", """\
Звонил ⟦PERSON|Погосян Арам Варданович⟧ (владелец, ИД по ФИО + д.р. ⟦DATE_OF_BIRTH|11.06.1971⟧).
Хотел привязать автоплатёж для номера сына ⟦PERSON|Давида⟧ ⟦PHONE_NUMBER|+7 918 603 22 84⟧, начал диктовать карту ⟦CREDIT_CARD|4056 4469 8433 9226⟧ ⟦CARD_EXPIRY|11/28⟧ и CVV ⟦CARD_CVV|417⟧ — остановлен, объяснено, что CVV оператору не сообщают.
Автоплатёж настраивается в приложении: ⟪500 ₽⟫ при балансе ниже ⟪50 ₽⟫.
Договор ⟦CONTRACT_NUMBER|0227 109 845⟧, л/с ⟦ACCOUNT_NUMBER|275 930 164⟧.
Ереван: ⟦PHONE_NUMBER|+374 77 514093⟧ — номер жены ⟦PERSON|Лилит⟧ для экстренной связи.""")

W("w23", """\
ДОВЕРЕННОСТЬ (рукописная, перепечатана)
г. Сочи, ⟪05 ноября 2025 г.⟫
Я, ⟦PERSON|Саидов Шерали Нурович⟧, ⟦DATE_OF_BIRTH|19.01.1988⟧ г.р., паспорт Республики Таджикистан ⟦FOREIGN_PASSPORT|403928451⟧, миграционная карта ⟦MIGRATION_CARD|0325 № 0416693⟧,
проживающий по адресу ⟦ADDRESS|г. Сочи, Адлерский р-н, с. Молдовка, ул. Костромская, д. 31, комната 2⟧,
доверяю ⟦PERSON|Хасанову Рустаму Алиевичу⟧, паспорт РФ ⟦RU_PASSPORT|03 17 509362⟧, получить дубликат SIM-карты номера ⟦PHONE_NUMBER|8-938-122-47-05⟧.
Подпись ⟦PERSON|Саидов Ш.Н.⟧""")

W("w24", """\
От: ⟦EMAIL_ADDRESS|g.sultanova@almaty-tour.kz⟧
Тема: Группа ⟪KZ-1147⟫, рейс ⟪KC 7273⟫ Алматы — Сочи ⟪12.12⟫
Добрый день! Прошу подготовить 4 туристические SIM. Руководитель группы — ⟦PERSON|Султанова Гульнара⟧, тел. ⟦PHONE_NUMBER|+7 777 318 04 52⟧.
1. ⟦PERSON|Ахметов Дамир⟧, ⟦FOREIGN_PASSPORT|N 15207334⟧, ⟦DATE_OF_BIRTH|04.02.1990⟧
2. ⟦PERSON|Ахметова Алия⟧, ⟦FOREIGN_PASSPORT|N 15207335⟧, ⟦DATE_OF_BIRTH|23.08.1992⟧
3. ⟦PERSON|Есенов Марат⟧, удостоверение личности РК ⟦FOREIGN_PASSPORT|048391226⟧, ⟦DATE_OF_BIRTH|30.10.1966⟧
4. ⟦PERSON|Кенжебаева Айгерим⟧, ⟦FOREIGN_PASSPORT|N 13982057⟧ (д.р. уточню)
Отель ⟪«Радуга-Престиж»⟫, тариф ⟪«Турист 14 дней»⟫. Оплату проведу с карты ⟦CREDIT_CARD|4400 4691 4070 2221⟧.""")

W("w25", """\
Звонок с ⟦PHONE_NUMBER|+7 999 450 17 83⟧: мужчина представился братом владельца номера ⟦PHONE_NUMBER|+7 918 239 60 04⟧, назвал имя «⟦PERSON|Ойбек⟧», фамилию не знает.
Просил адрес регистрации и паспорт брата «для денежного перевода» — отказано (⟪152-ФЗ⟫), предупреждение №1.
Повторно просил назвать «хотя бы последние цифры» номеров на владельце — отказано, предупреждение №2, звонок завершён по скрипту.
Владельцу ⟦PERSON|Хамраев Ойбек Тулкинович⟧ оставлен флаг, предложено сменить кодовое слово (текущее ⟦SECRET|Чирчик⟧ — звонящий пытался его угадать, перебирал города).""")

W("w26", """\
Клиент: Добрый вечер, хочу перенести eSIM на новый ⟪iPhone 15⟫. Номер ⟦PHONE_NUMBER|8 988 506 31 72⟧
Оператор ⟦PERSON|Софья⟧: Добрый вечер! Подскажите, на кого оформлен номер?
Клиент: на меня, ⟦PERSON|Жук Павел Сергеевич⟧, гражданин Беларуси, паспорт ⟦FOREIGN_PASSPORT|KH 1203487⟧, д.р. ⟦DATE_OF_BIRTH|28.02.2005⟧, договор ⟦CONTRACT_NUMBER|0462085513⟧
Оператор ⟦PERSON|Софья⟧: Спасибо. Назовите IMEI нового устройства.
Клиент: IMEI1 ⟦DEVICE_ID|359115498779571⟧, IMEI2 ⟦DEVICE_ID|354101852736295⟧
Оператор ⟦PERSON|Софья⟧: QR-код отправлен на почту из договора, ⟦EMAIL_ADDRESS|pavel.zhuk05@gmail.com⟧ — верно?
Клиент: Да. И ещё кодовое слово хочу поменять на ⟦SECRET|Нёман⟧
Оператор ⟦PERSON|Софья⟧: Смена кодового слова — только в салоне с паспортом. Ближайший — ⟪ул. Войкова, 3⟫, ⟪ТЦ «Александрия»⟫.""")

W("w27", """\
Кл. ⟦PERSON|Алиев Рамиль Ильгар оглы⟧ — водитель такси, просит подключить тариф для водителей ⟪«Навигатор Pro»⟫.
Для акции партнёра нужны ВУ ⟦RU_DRIVER_LICENSE|99 21 458307⟧ и госномер ⟦VEHICLE_ID|К417ТМ193⟧ — кл. прислал фото в чат, фото удалено.
Номер кл. ⟦PHONE_NUMBER|+7 (928) 664-09-15⟧, азерб. номер ⟦PHONE_NUMBER|+994 50 318 72 44⟧. Паспорт АР ⟦FOREIGN_PASSPORT|C02971438⟧, ИНН ⟦RU_INN|235324284444⟧.
Адрес: ⟦ADDRESS|г. Краснодар, пос. Знаменский, ул. Природная, д. 10, кв. 5⟧. Заявка ⟪№ 7734-20518⟫.""")

W("w28", """\
Тема: Жалоба — мои данные сообщили чужому человеку
Я, ⟦PERSON|Кутателадзе Тамар Гивиевна⟧, абонент ⟦PHONE_NUMBER|+7 965 481 20 39⟧. ⟪3 ноября⟫ мой бывший муж ⟦PERSON|Гоча⟧ узнал у вашего сотрудника мой новый адрес: ⟦ADDRESS|г. Сочи, ул. Виноградная, д. 22/1, кв. 64⟧.
Сотрудник представился ⟦PERSON|Максимом⟧. Прошу разобраться и сообщить результат на ⟦EMAIL_ADDRESS|tamar.kutateladze@gmail.com⟧.
Паспорт Грузии ⟦FOREIGN_PASSPORT|13AA09452⟧, договор ⟦CONTRACT_NUMBER|0406 517 238⟧.
Тбилисский номер для связи: ⟦PHONE_NUMBER|+995 551 03 88 17⟧.""")

W("w29", """\
Кл. ⟦PERSON|Нарзуллоев Баходур⟧ спрашивал, можно ли через нашу кассу оплатить патент. Объяснено: нет, только через банк; КБК ⟪18210102040011000110⟫ он знает.
Номер кл. ⟦PHONE_NUMBER|89189024536⟧, владелец подтверждён по паспорту ⟦FOREIGN_PASSPORT|402719538⟧ + МК ⟦MIGRATION_CARD|0322 № 1067382⟧.
Патент ⟦WORK_PATENT|23 № 2410458812⟧ от ⟪17.04.2025⟫, ежемесячно ⟪7 893 ₽⟫ — платит через ⟪«Золотую Корону»⟫.
Доп. просьба: начислить кешбэк на карту Humo ⟦CREDIT_CARD|9860 7068 4089 5363⟧ — не поддерживается.
Записан контакт земляка-переводчика ⟦PERSON|Фируз⟧ ⟦PHONE_NUMBER|+7 964 915 48 03⟧ — с согласия кл.""")

W("w30", """\
Чат в приложении, ⟪07.11.2025⟫
Клиент (номер ⟦PHONE_NUMBER|+7 995 201 33 68⟧): Здравствуйте, это мама ⟦PERSON|Зарины⟧, она учится в ⟪КубГАУ⟫, номер ⟦PHONE_NUMBER|+7 995 201 33 69⟧ на неё. Можно я за неё оплачу?
Оператор ⟦PERSON|Ирина⟧: Здравствуйте! Оплатить номер может любой человек. Информацию по номеру дочери дадим только ей.
Клиент: Хорошо. Я ⟦PERSON|Исмоилова Феруза⟧, вот её данные: ⟦PERSON|Исмоилова Зарина Улугбековна⟧, паспорт ⟦FOREIGN_PASSPORT|AB 4128866⟧, ⟦DATE_OF_BIRTH|5 апреля 2006⟧
Оператор ⟦PERSON|Ирина⟧: Пожалуйста, не отправляйте документы дочери в чат. Пополнить можно на сумму от ⟪10 ₽⟫.
Клиент: Ташкентская карта Uzcard ⟦CREDIT_CARD|8600 8919 2918 1641⟧ пройдёт?
Оператор ⟦PERSON|Ирина⟧: Карты Uzcard в приложении не принимаются, можно через денежный перевод с комиссией ⟪3%⟫.""")

W("w31", """\
Кл. ⟦PERSON|Умаров Тимур Бахромович⟧ получил гражданство РФ, просит сменить ДУЛ в договоре ⟦CONTRACT_NUMBER|0139 882 604⟧.
Старый: паспорт Узбекистана ⟦FOREIGN_PASSPORT|FA 2094758⟧. Новый: паспорт РФ ⟦RU_PASSPORT|03 25 047318⟧, выдан ⟪14.10.2025⟫, код ⟦RU_PASSPORT_DEPT|230-012⟧.
ИНН прежний ⟦RU_INN|237293768100⟧, СНИЛС ⟦RU_SNILS|853-529-278 35⟧. Д.р. ⟦DATE_OF_BIRTH|1983-11-29⟧.
Новый адрес регистрации: ⟦ADDRESS|г. Краснодар, мкр. Гидростроителей, ул. Гидростроителей, д. 57, кв. 206⟧.
Замена проведена, скан в архиве. ⟦PERSON|Гаспарян Л.⟧""")

W("w32", """\
Клиент: Салом. Лечу домой на месяц, рейс ⟪ZF 2521⟫ ⟪24 декабря⟫. Что сделать, чтобы номер ⟦PHONE_NUMBER|+7 938 871 52 10⟧ не отключили?
Оператор ⟦PERSON|Эльвира⟧: Здравствуйте! Номер сохранится, если баланс не уйдёт в минус. Роуминг в Таджикистане — пакет ⟪«Родной край»⟫, ⟪250 ₽⟫ в сутки.
Клиент: понял. Если что звоните на таджикский ⟦PHONE_NUMBER|+992 918 60 47 21⟧ или пишите ⟦EMAIL_ADDRESS|qodirov.s@mail.ru⟧
Клиент: я ⟦PERSON|Кодиров Сухроб⟧, адрес дома ⟦ADDRESS|г. Душанбе, ул. Айни, д. 48, кв. 12⟧, если письмо надо
Оператор ⟦PERSON|Эльвира⟧: Бумажные письма за рубеж не отправляем, всё будет в приложении. Счастливого пути!""")

W("w33", """\
От: ⟦EMAIL_ADDRESS|shoira.tursunova@bk.ru⟧
Не могу войти в личный кабинет. Логин ⟦LOGIN|shoira_t88⟧, старый пароль был ⟦SECRET|Shoira1988⟧, ответ на контрольный вопрос «девичья фамилия матери» — ⟦SECRET|Мирзаева⟧.
Номер ⟦PHONE_NUMBER|+7 918 332 75 06⟧, ⟦PERSON|Турсунова Шоира⟧, д.р. ⟦DATE_OF_BIRTH|16.07.1988⟧. Помогите пожалуйста!
---
Ответ оператора ⟦PERSON|Полина Ким⟧: ⟦PERSON|Шоира⟧, никогда не пересылайте пароли по почте. Восстановить доступ можно по SMS на номер из договора; ссылка ⟪lk.help-mobile.ru/restore⟫.""")

W("w34", """\
Уведомление о прибытии (отрывная часть), данные внесены для проверки адреса:
Иностранный гражданин: ⟦PERSON|Бобоев Исмоил⟧, гражданство Таджикистан, д.р. ⟦DATE_OF_BIRTH|07.03.2000⟧, паспорт ⟦FOREIGN_PASSPORT|404182739⟧, МК ⟦MIGRATION_CARD|0324 № 3381940⟧
Место пребывания: ⟦ADDRESS|Краснодарский край, г. Сочи, ул. Пластунская, д. 79/3, кв. 18⟧
Принимающая сторона: ⟦PERSON|Дзюба Лариса Петровна⟧, паспорт РФ ⟦RU_PASSPORT|03 08 331907⟧, тел. ⟦PHONE_NUMBER|8 918 917 26 40⟧
Срок пребывания до ⟪28.02.2026⟫. Отметка ⟪ОВМ ОП (Хостинский р-н) УМВД России по г. Сочи⟫.""")

W("w35", """\
Кл. ⟦PERSON|Осмонова Жылдыз⟧ (ранее ⟦PERSON|Асанбекова⟧) — смена фамилии после брака. Новый паспорт КР ⟦FOREIGN_PASSPORT|AC 5281937⟧, старый ⟦FOREIGN_PASSPORT|AN 0912475⟧.
Д.р. ⟦DATE_OF_BIRTH|22.06.1998⟧ совпадает. Номер ⟦PHONE_NUMBER|+7 989 272 06 51⟧, л/с ⟦ACCOUNT_NUMBER|230 046 317 528⟧.
Муж ⟦PERSON|Осмонов Талант⟧ (гр. РФ, паспорт ⟦RU_PASSPORT|03 21 904 556⟧) указан контактным лицом: ⟦PHONE_NUMBER|+996 700 481 225⟧.
Эл. почта обновлена: ⟦EMAIL_ADDRESS|jyldyz.osmonova@mail.kg⟧. Кодовое слово оставлено прежнее.""")

W("w36", """\
Клиент: Assalomu alaykum! Payme orqali pul tashladim, balansga tushmadi. Номер ⟦PHONE_NUMBER|+7 961 588 14 27⟧
Оператор ⟦PERSON|Тимур⟧: Здравствуйте! Назовите, пожалуйста, дату и сумму платежа.
Клиент: ⟪6 ноября⟫, ⟪200 000 сум⟫, ID транзакции ⟪5f3a91c2-77e0⟫, карта Humo ⟦CREDIT_CARD|9860 8729 2015 6710⟧
Оператор ⟦PERSON|Тимур⟧: Платёж найден, зачислено ⟪1 412 ₽⟫ на номер ⟦PHONE_NUMBER|+7 961 588 14 72⟧ — похоже, при вводе перепутаны последние цифры.
Клиент: voy! Это номер друга, ⟦PERSON|Ulugbek⟧... Можно вернуть?
Оператор ⟦PERSON|Тимур⟧: Возврат только по заявлению владельца того номера или через ваш банк. Номер заявки ⟪REQ-448120⟫.""")

W("w37", """\
⟪08.11⟫ ⟪10:12⟫ — кл. ⟦PERSON|Йылмаз Мехмет⟧ (⟦PERSON|YILMAZ MEHMET⟧), паспорт Турции ⟦FOREIGN_PASSPORT|U20571943⟧, номер ⟦PHONE_NUMBER|+7 918 480 31 55⟧: нет интернета. Сброшены настройки APN.
08.11 18:47 — повторно, с номера коллеги ⟦PERSON|Кая Бурак⟧ ⟦PHONE_NUMBER|+7 918 480 39 02⟧. Телефон кл. ⟪Samsung A54⟫, IMEI ⟦DEVICE_ID|863845976617997⟧ — в сети, регистрация ок.
09.11 09:05 — кл. сам, проблема решена после перезагрузки. Турецкий номер ⟦PHONE_NUMBER|+90 532 418 07 63⟧ для WhatsApp.
Работодатель: ⟪ООО «Черноморстрой-Юг»⟫, ИНН ⟪2367979088⟫. Кл. живёт: ⟦ADDRESS|г. Сочи, ул. Ландышевая, д. 12/5, вагончик 4⟧.""")

W("w38", """\
От: ⟪intoffice@univer-kuban.ru⟫
Тема: студенческий тариф
Просим перевести номера иностранных студентов на тариф ⟪«Студент+»⟫ по договору университета ⟪№ КО-2025/118⟫:
— ⟦PERSON|Нгуен Ван Тханг⟧ (Вьетнам), ⟦PHONE_NUMBER|+7 952 870 11 43⟧, л/с ⟦ACCOUNT_NUMBER|276 381 502⟧;
— ⟦PERSON|Мухаммад Али Хан⟧ (Пакистан), ⟦PHONE_NUMBER|+7 952 870 11 57⟧, л/с ⟦ACCOUNT_NUMBER|276 381 519⟧;
— ⟦PERSON|Эммануэль Оконкво⟧ (Нигерия), ⟦PHONE_NUMBER|+7 952 870 12 08⟧, л/с ⟦ACCOUNT_NUMBER|276 381 544⟧.
Ответственный: ⟦PERSON|Зайцева Ольга Игоревна⟧, ⟦EMAIL_ADDRESS|o.zaitseva@univer-kuban.ru⟧, ⟦PHONE_NUMBER|+7 861 219 95 70⟧ (доб. ⟪3112⟫).""")

W("w39", """\
ЗАЯВЛЕНИЕ о замене SIM-карты
Абонент: ⟦PERSON|Церетели Давид Зурабович⟧, паспорт РФ ⟦RU_PASSPORT|0321 884512⟧, к/п ⟦RU_PASSPORT_DEPT|230-044⟧
Номер: ⟦PHONE_NUMBER|+7-918-100-62-37⟧. Старая SIM: ⟦DEVICE_ID|8970199686271384052⟧. Новая SIM: ⟦DEVICE_ID|8970199597486651088⟧
Причина: механическое повреждение. Кодовое слово подтверждено (⟦SECRET|мандарин⟧).
Дата рождения: ⟦DATE_OF_BIRTH|09.09.1975⟧. Адрес: ⟦ADDRESS|354000, Сочи, Курортный пр-т, 98/4, кв. 301⟧
Стоимость замены ⟪0 ₽⟫. Принял специалист ⟦PERSON|Оганесян Карина⟧.""")

W("w40", """\
Звонок на узбекском, перевод помогла сделать коллега ⟦PERSON|Нодира Хакимова⟧.
Кл. ⟦PERSON|Абдуллаев Отабек Шухрат угли⟧, номер ⟦PHONE_NUMBER|8 (918) 557-40-93⟧, ИД по паспорту ⟦FOREIGN_PASSPORT|FA 4719302⟧ + д.р. ⟦DATE_OF_BIRTH|13.10.1993⟧; МК ⟦MIGRATION_CARD|0325 № 2870154⟧, патент ⟦WORK_PATENT|23 № 2503508129⟧, ИНН ⟦RU_INN|239413377105⟧.
Вопрос: почему списали ⟪390 ₽⟫ — подписка ⟪«Кинозал»⟫ подключена ⟪01.11⟫ в ⟪23:41⟫ через ⟪*505#⟫. Отключена, деньги возвращены на л/с ⟦ACCOUNT_NUMBER|231 904 662 017⟧.
Кл. просил впредь звонить сестре ⟦PERSON|Гулчехре⟧ на ⟦PHONE_NUMBER|+998 93 582 07 41⟧ — оформлено как доп. контакт.
Кодовое слово: ⟦SECRET|Навруз⟧.""")


# ============================================================================
# ASR TRANSCRIPTS (speech-to-text export, one turn per line)
# ============================================================================

A("a01", """\
оператор: добрый день меня зовут ⟦PERSON|кристина⟧ чем могу помочь
клиент: ассалому алейкум сестра мне смс пришла что номер надо подтвердить а то заблокируют
оператор: да иностранные граждане подтверждают номер в течение ⟪тридцати дней⟫ назовите пожалуйста номер о котором идёт речь
клиент: ⟦PHONE_NUMBER|восемь девятьсот восемьдесят восемь четыреста один тридцать два семнадцать⟧
оператор: спасибо как к вам обращаться
клиент: ⟦PERSON|холиков рустам⟧ можно просто ⟦PERSON|рустам⟧
оператор: ⟦PERSON|рустам⟧ продиктуйте пожалуйста номер паспорта
клиент: узбекский паспорт ⟦FOREIGN_PASSPORT|эф а пять два ноль ноль шесть один девять⟧
оператор: спасибо а миграционная карта у вас с собой
клиент: да вот ⟦MIGRATION_CARD|ноль три двадцать пять номер один два ноль восемь восемь семь четыре⟧
оператор: и патент если есть
клиент: патент ⟦WORK_PATENT|двадцать три номер двадцать пять ноль три семьсот сорок один двести шестьдесят⟧ в ⟪апреле⟫ получал
оператор: благодарю но подтвердить номер нужно через портал госуслуг или в салоне лично с паспортом
клиент: а салон где ближе я на рынке возле моста работаю
оператор: ближайший салон на ⟪улице тургенева⟫ напротив торгового центра работает ⟪с девяти до двадцати одного⟫
клиент: хоп рахмат сестра
оператор: всего доброго ⟦PERSON|рустам⟧""")

A("a02", """\
оператор: здравствуйте ⟦PERSON|марат⟧ специалист по обслуживанию иностранных граждан слушаю вас
клиент: здравствуйте я за брата говорю он плохо по русски понимает у него номер заблокировали
оператор: понимаю владелец номера рядом с вами
клиент: да рядом вот он ⟦PERSON|джураев фарход⟧ гражданин таджикистана
оператор: мне нужно чтобы владелец сам подтвердил согласие передайте ему пожалуйста трубку
клиент: алло да я ⟦PERSON|фарход⟧ согласен пусть брат говорит
оператор: спасибо ⟦PERSON|фарход⟧ назовите кодовое слово
клиент: ⟦SECRET|памир⟧
оператор: верно а номер телефона продиктуйте полностью
клиент: брат говорит ⟦PHONE_NUMBER|плюс семь девятьсот тридцать восемь сто пять сорок семь ноль девять⟧
оператор: номер заблокирован потому что ⟪пятнадцатого октября⟫ закончился срок пребывания нужна новая миграционная карта или продлённая регистрация
клиент: новая карта есть ⟦MIGRATION_CARD|ноль три два пять ноль семь шесть один девять ноль четыре⟧
оператор: хорошо с ней и паспортом нужно подойти в любой салон
клиент: паспорт номер ⟦FOREIGN_PASSPORT|четыреста ноль два восемьсот семьдесят один триста пятнадцать⟧
оператор: номер паспорта по телефону не нужен всё проверят в салоне
клиент: понял ташаккур а сколько стоит разблокировка
оператор: разблокировка бесплатная
клиент: хоп спасибо сестра ой брат извините""")

A("a03", """\
оператор: добрый вечер ⟦PERSON|анастасия⟧ слушаю вас
клиент: саламатсызбы мне нужна распечатка звонков за прошлый месяц
оператор: подскажите на кого оформлен номер
клиент: на меня ⟦PERSON|бейшеналиева чолпон асылбековна⟧
оператор: назовите дату рождения
клиент: ⟦DATE_OF_BIRTH|четырнадцатое августа девяносто пятого⟧
оператор: и номер документа по которому оформлен договор
клиент: айди карта ⟦FOREIGN_PASSPORT|ай ди ноль восемь ноль три пять пять один⟧
оператор: спасибо ⟦PERSON|чолпон асылбековна⟧ данные совпали куда направить детализацию
клиент: на почту ⟦EMAIL_ADDRESS|си эйч о эл пи о эн девять пять собака джимейл точка ком⟧
оператор: детализация за ⟪октябрь⟫ придёт в течение ⟪суток⟫
клиент: а можно ещё номер мамы добавить чтобы бесплатно звонить ⟦PHONE_NUMBER|ноль пятьсот пятьдесят пять сто двадцать три ноль сорок четыре⟧
оператор: в опцию любимый номер добавляются только номера российских операторов киргизский номер в неё не войдёт
клиент: жаль ну ладно рахмат""")

A("a04", """\
оператор: здравствуйте оператор ⟦PERSON|денис⟧ слушаю вас
клиент: салам алейкум брат деньги с карты списались а на телефон не пришли
оператор: назовите номер телефона который пополняли
клиент: ⟦PHONE_NUMBER|девять два восемь ноль ноль пять шесть три один четыре⟧
оператор: с какой карты пополняли
клиент: карта ⟦CREDIT_CARD|двадцать два ноль два восемьдесят девять восемнадцать девяносто восемь ноль четыре девяносто один семьдесят⟧
оператор: полный номер карты называть не нужно мне достаточно даты и суммы платежа
клиент: вчера ⟪тысяча рублей⟫ в ⟪девять вечера⟫ примерно
оператор: вижу платёж на ⟪тысячу рублей⟫ он зачислен на номер ⟦PHONE_NUMBER|девятьсот двадцать восемь ноль ноль пять шестьдесят три сорок один⟧
клиент: вай это не мой у меня в конце один четыре а не четыре один
оператор: понимаю для возврата нужно заявление от владельца карты на кого она оформлена
клиент: карта на жену ⟦PERSON|алиева гюнай⟧
оператор: заявление может подать ⟦PERSON|гюнай⟧ в любом салоне с паспортом и чеком
клиент: она гражданка азербайджана паспорт вот ⟦FOREIGN_PASSPORT|си ноль три восемь пять один два два шесть семь⟧
оператор: этого достаточно пусть возьмёт паспорт с собой
клиент: сагол брат
оператор: всего доброго""")

A("a05", """\
оператор: добрый день ⟦PERSON|ольга⟧ слушаю вас
клиент: добрий день я з харкова зараз живу в сочи сим карту пошкодила телефон пишет нет сим
оператор: поняла подскажите номер телефона
клиент: ⟦PHONE_NUMBER|плюс семь девятьсот семьдесят восемь шестьсот двадцать пять ноль три восемьдесят восемь⟧
оператор: на кого оформлен номер
клиент: на мене ⟦PERSON|коваленко ирина владимировна⟧
оператор: ⟦PERSON|ирина владимировна⟧ назовите пожалуйста номер сим карты он напечатан на пластике
клиент: зараз вот ⟦DEVICE_ID|восемь девять семь ноль один девять девять девять ноль восемь шесть четыре ноль два четыре пять восемь пять девять⟧
оператор: спасибо но замену сим карты делаем в салоне по документу на который оформлен договор
клиент: договор на украинский паспорт ⟦FOREIGN_PASSPORT|эф икс два девять четыре один ноль три⟧
клиент: а номер договора вот ⟦CONTRACT_NUMBER|ноль четыреста тридцать один двести пятьдесят семь шестьсот восемьдесят⟧
оператор: номер договора есть в системе главное возьмите этот паспорт с собой
клиент: а если паспорт просрочен
оператор: нужен действующий документ удостоверяющий личность
клиент: дякую""")

A("a06", """\
оператор: здравствуйте ⟦PERSON|алексей⟧ слушаю
клиент: добры дзень я из минска приехал в сочи на две недели хочу есим
оператор: есим для иностранных граждан оформляется только в салоне с паспортом
клиент: а можно заранее анкету отправить у меня паспорт ⟦FOREIGN_PASSPORT|эм пэ четыре один семь ноль два девять восемь⟧
оператор: заранее данные не принимаем но можем отправить на почту список салонов назовите адрес почты
клиент: ⟦EMAIL_ADDRESS|ю точка гринкевич собака тут точка бай⟧
оператор: записала а как к вам обращаться
клиент: ⟦PERSON|юрий гринкевич⟧ год рождения ⟦DATE_OF_BIRTH|восемьдесят седьмой третье марта⟧ если надо
оператор: дата рождения не нужна ⟦PERSON|юрий⟧ письмо придёт в течение ⟪пяти минут⟫
клиент: и номер белорусский запишите на всякий случай ⟦PHONE_NUMBER|плюс триста семьдесят пять двадцать девять сто сорок семь пятьдесят пять ноль шесть⟧
оператор: белорусский номер записывать не нужно ответ придёт письмом
клиент: добра дзякуй""")

A("a07", """\
оператор: добрый день ⟦PERSON|светлана⟧ слушаю вас
клиент: здравствуйте хочу сделать переадресацию на казахстанский номер
оператор: назовите пожалуйста ваш номер
клиент: ⟦PHONE_NUMBER|девятьсот шестьдесят пять четыреста восемьдесят два семнадцать девяносто⟧
оператор: на кого оформлен номер
клиент: ⟦PERSON|нурланов ержан болатович⟧
оператор: спасибо ⟦PERSON|ержан болатович⟧ на какой номер переадресация
клиент: ⟦PHONE_NUMBER|плюс семь семьсот семь триста двенадцать восемьдесят девять сорок один⟧
оператор: переадресация на международные номера стоит ⟪двадцать пять рублей в минуту⟫
клиент: дорого а если на российский номер друга ⟦PERSON|бауыржан⟧ у него ⟦PHONE_NUMBER|восемь девятьсот восемнадцать шестьсот семьдесят ноль ноль двадцать три⟧
оператор: на российские номера переадресация бесплатна
клиент: тогда на ⟦PERSON|бауыржана⟧ ставьте
оператор: готово ещё могу подключить опцию ⟪звонки в снг⟫ там казахстан ⟪пять рублей⟫ минута
клиент: не надо рахмет""")

A("a08", """\
оператор: здравствуйте ⟦PERSON|виктория⟧ слушаю вас
клиент: барев дзез ой здравствуйте я студентка хочу поменять адрес куда приходят счета
оператор: назовите ваши фамилию имя отчество
клиент: ⟦PERSON|авагян мариам сейрановна⟧
оператор: дату рождения и номер телефона
клиент: ⟦DATE_OF_BIRTH|второе ноября две тысячи третьего⟧ номер ⟦PHONE_NUMBER|девять один восемь четыре ноль девять три три пять шесть⟧
оператор: спасибо ⟦PERSON|мариам сейрановна⟧ продиктуйте новый адрес
клиент: ⟦ADDRESS|краснодар улица димитрова дом сто двадцать девять корпус два общежитие номер семь комната четыреста двенадцать⟧
оператор: записала а счета вам удобнее получать в электронном виде
клиент: да на почту ⟦EMAIL_ADDRESS|мариам точка авагян собака мейл точка ру⟧
оператор: хорошо изменения вступят со следующего расчётного периода с ⟪первого декабря⟫
клиент: а мой номер не поменяется
оператор: нет номер останется прежним
клиент: шноракалутюн спасибо""")

A("a09", """\
оператор: добрый день ⟦PERSON|роман⟧ слушаю вас
клиент: гамарджоба я ⟦PERSON|гиорги мчедлишвили⟧ хочу поменять тариф но не помню кодовое слово
оператор: ⟦PERSON|гиорги⟧ можно пройти проверку по паспорту назовите номер паспорта
клиент: грузинский ⟦FOREIGN_PASSPORT|пятнадцать эй би ноль четыре семь семь два⟧
оператор: спасибо и дату рождения
клиент: ⟦DATE_OF_BIRTH|двадцать первое июля восемьдесят девятого⟧
оператор: всё совпало какой тариф хотите
клиент: ⟪путешествуй⟫ который с грузией
оператор: тариф ⟪путешествуй⟫ стоит ⟪шестьсот пятьдесят рублей⟫ в месяц подключаю
клиент: и кодовое слово новое поставьте ⟦SECRET|хачапури⟧
оператор: кодовое слово меняется только в салоне с паспортом
клиент: ладно запишите ещё номер для связи ⟦PHONE_NUMBER|плюс девятьсот девяносто пять пятьсот девяносто три шестнадцать сорок два ноль восемь⟧
оператор: записал спасибо
клиент: мадлоба""")

A("a10", """\
оператор: здравствуйте ⟦PERSON|елена⟧ чем могу помочь
клиент: здравствуйте я звоню за маму она по русски не говорит номер на неё оформлен хочет узнать баланс
оператор: мама рядом сможет подтвердить что разрешает вам говорить
клиент: ха розиман я согласна
оператор: спасибо назовите фамилию имя отчество владельца
клиент: ⟦PERSON|рахимова мукаддас тошпулатовна⟧
оператор: и дату рождения
клиент: ⟦DATE_OF_BIRTH|двенадцатое мая шестьдесят восьмого года⟧
оператор: спасибо номер телефона назовите
клиент: ⟦PHONE_NUMBER|восемь девятьсот шестьдесят один пятьсот двадцать ноль семь сорок три⟧
оператор: баланс ⟪двести сорок рублей⟫ абонентская плата ⟪четыреста пятьдесят⟫ спишется ⟪пятого числа⟫
клиент: а можно мне тоже смс присылать о балансе мой номер ⟦PHONE_NUMBER|восемь девятьсот шестьдесят один пятьсот двадцать ноль семь сорок четыре⟧
оператор: уведомления о балансе приходят только на номер владельца
клиент: понятно меня ⟦PERSON|шахзод⟧ зовут если что мама ещё спрашивает миграционную карту надо ли ⟦MIGRATION_CARD|ноль три двадцать четыре номер ноль девять ноль один пять пять два⟧
оператор: нет по телефону номер миграционной карты не требуется
клиент: хоп рахмат""")

A("a11", """\
оператор: здравствуйте ⟦PERSON|дарья⟧ слушаю вас
клиент: хеллоу сорри май рашн из бэд ай эм стьюдент оф медикал юниверсити
оператор: хеллоу хау кэн ай хелп ю
клиент: май сим из блокд май нэйм из ⟦PERSON|арджун наир⟧
оператор: окей ё фон намбер плиз
клиент: ⟦PHONE_NUMBER|плюс севен найн сикс севен фор уан ту зироу найн фри эйт⟧
оператор: повторяю ⟦PHONE_NUMBER|плюс семь девятьсот шестьдесят семь четыреста двенадцать ноль девять тридцать восемь⟧ верно
клиент: йес коррект
оператор: дэйт оф бёрс плиз
клиент: ⟦DATE_OF_BIRTH|твенти фифс оф джулай ту таузенд фри⟧
оператор: энд паспорт намбер
клиент: ⟦FOREIGN_PASSPORT|зет фор сикс найн уан зироу сикс фри⟧
оператор: сэнк ю ⟦PERSON|арджун⟧ ё сим из блокд бикоз ё регистрейшн экспайрд ю нид ту бринг нью регистрейшн ту офис
клиент: ай хэв нью регистрейшн нау ай лив ⟦ADDRESS|краснодар улица северная триста двадцать четыре квартира пятьдесят один⟧
оператор: окей офис он ⟪красная стрит⟫ оупен ⟪файв минутс фром метро⟫ сорри фром ⟪бас стоп⟫
клиент: сэнк ю вери мач""")

A("a12", """\
оператор: добрый день ⟦PERSON|максим⟧ слушаю вас
клиент: здравствуйте я переводчик для друга он китаец учится в политехе у него не работает интернет
оператор: друг рядом номер на него оформлен
клиент: да он рядом ⟦PERSON|чжан юй⟧ а меня ⟦PERSON|ван лэй⟧ зовут
оператор: ⟦PERSON|чжан юй⟧ подтверждает что вы говорите от его имени
клиент: да он говорит ши ши да
оператор: продиктуйте номер телефона
клиент: ⟦PHONE_NUMBER|девять шесть один ноль три восемь пять пять семь два⟧
оператор: интернет не работает потому что закончился пакет ⟪двадцать гигабайт⟫ продление стоит ⟪триста рублей⟫
клиент: а можно чтобы само продлевалось с карты ⟦CREDIT_CARD|двадцать два ноль четыре восемьдесят пять семьдесят шесть пятьдесят девять ноль ноль сорок два пятьдесят шесть⟧
оператор: автоплатёж подключается в приложении номер карты по телефону называть не нужно
клиент: а ещё он просит чек на почту ⟦EMAIL_ADDRESS|чжан юй два ноль ноль четыре собака кью кью точка ком⟧
оператор: чеки приходят на почту указанную в приложении
клиент: понятно спасибо он говорит сесе""")

A("a13", """\
оператор: здравствуйте ⟦PERSON|игорь⟧ слушаю вас
клиент: мерхаба здравствуйте я турок работаю в сочи на стройке телефон новый купил сим не видит
оператор: назовите номер
клиент: ⟦PHONE_NUMBER|девятьсот восемнадцать четыреста восемьдесят семь двадцать шесть одиннадцать⟧
оператор: на кого оформлен
клиент: ⟦PERSON|озтюрк эмре⟧
оператор: ⟦PERSON|эмре⟧ какая модель телефона
клиент: ⟪хонор икс восемь⟫
оператор: назовите имей он есть на коробке или наберите ⟪звёздочка решётка ноль шесть решётка⟫
клиент: ⟦DEVICE_ID|три пять два два два шесть семь так ноль пять два четыре восемь пять три семь⟧
оператор: аппарат в сети регистрируется попробуйте перезагрузить и выбрать сеть вручную
клиент: а это не из за того что паспорт турецкий ⟦FOREIGN_PASSPORT|у два ноль девять восемь один семь шесть пять⟧
оператор: нет паспорт тут ни при чём
клиент: перезагрузил работает тешеккюр эдерим
оператор: рад помочь ⟦PERSON|эмре⟧ всего доброго""")

A("a14", """\
оператор: добрый день ⟦PERSON|татьяна⟧ слушаю вас
клиент: здравствуйте меня ⟦PERSON|виталий⟧ зовут мне на карту деньги пришли по ошибке с номера ⟦PHONE_NUMBER|девятьсот восемьдесят девять сто семьдесят три пятьдесят пять ноль восемь⟧ хочу вернуть скажите как зовут владельца
оператор: к сожалению данные владельца номера сообщить не могу
клиент: ну хотя бы имя он узбек наверное ⟦PERSON|алишер⟧ или ⟦PERSON|бахтиёр⟧
оператор: подтвердить или опровергнуть не могу это персональные данные
клиент: я же деньги вернуть хочу ⟪пятнадцать тысяч⟫ рублей
оператор: для возврата ошибочного перевода обратитесь в свой банк банк свяжется с отправителем
клиент: а паспорт его хотя бы серию
оператор: паспортные данные не предоставляются ни в каком виде
клиент: вы мне совсем не хотите помочь
оператор: понимаю вашу ситуацию и предлагаю обратиться в банк прошу не задавать вопросы о чужих данных
клиент: ладно запишите мой номер ⟦PHONE_NUMBER|восемь девятьсот двадцать восемь двести один семьдесят четыре девятнадцать⟧ пусть он мне позвонит
оператор: передать ваш номер владельцу мы не можем сообщите его в банке
клиент: понятно до свидания""")

A("a15", """\
оператор: здравствуйте ⟦PERSON|юлия⟧ слушаю вас
клиент: здравствуйте я уезжаю домой в бишкек насовсем хочу договор закрыть и деньги забрать
оператор: подскажите номер договора или номер телефона
клиент: договор ⟦CONTRACT_NUMBER|ноль два девять четыре семь один пять восемь три шесть⟧
оператор: на кого оформлен
клиент: ⟦PERSON|сыдыков нурбек калысбекович⟧ ⟦DATE_OF_BIRTH|девятое января девяносто первого⟧
оператор: спасибо ⟦PERSON|нурбек калысбекович⟧ на балансе ⟪восемьсот двенадцать рублей⟫ возврат делается по заявлению на банковский счёт
клиент: счёт у меня в российском банке ⟦BANK_ACCOUNT|четыре ноль восемь один семь восемь один ноль четыре пять ноль ноль ноль семь семь три один два шесть четыре⟧
оператор: номер счёта лучше указать в письменном заявлении в салоне
клиент: а бик ⟦RU_BIK|ноль четыре ноль три четыре девять семь ноль пять⟧
оператор: все реквизиты впишете в бланк заявления возьмите паспорт
клиент: паспорт киргизский ⟦FOREIGN_PASSPORT|эй си пять ноль ноль восемь три один два⟧ у меня вылет ⟪двадцатого⟫ успею
оператор: заявление рассматривается до ⟪десяти рабочих дней⟫ деньги придут на счёт даже если вы уже уедете
клиент: ещё адрес мой запишите для писем ⟦ADDRESS|бишкек микрорайон джал двадцать три дом пятнадцать квартира сорок⟧
оператор: адрес укажете в заявлении если нужен письменный ответ
клиент: чон рахмат""")

A("a16", """\
оператор: добрый день ⟦PERSON|карина⟧ слушаю вас
клиент: здравствуйте я на госуслугах номер подтверждаю а там пишет данные не совпадают
оператор: давайте проверим назовите номер телефона
клиент: ⟦PHONE_NUMBER|восемь девять восемь восемь два шесть ноль пять один четыре три⟧
оператор: и фамилию имя как в паспорте
клиент: ⟦PERSON|мирзаева дилфуза⟧ но в паспорте латиницей через й ⟦PERSON|мирзайева⟧
оператор: понятно в договоре указано ⟦PERSON|мирзаева⟧ а на госуслугах как
клиент: не знаю там инн мой ⟦RU_INN|двадцать три ноль один сорок четыре ноль три семьдесят пять двадцать восемь⟧
оператор: инн не нужен проверьте пожалуйста снилс в профиле
клиент: снилс ⟦RU_SNILS|триста восемьдесят пять ноль шестьдесят семь ноль сорок девяносто один⟧
оператор: в договоре снилс не указан значит расхождение в написании фамилии нужно подойти в салон с паспортом и исправить
клиент: паспорт у меня новый ⟦FOREIGN_PASSPORT|эф эй один один семь ноль четыре восемь два⟧
оператор: отлично возьмите новый паспорт старые данные заменим
клиент: дата рождения там ⟦DATE_OF_BIRTH|тридцатое апреля восемьдесят шестого⟧ правильно стоит
оператор: дату тоже сверят в салоне
клиент: хорошо катта рахмат""")

A("a17", """\
оператор: здравствуйте ⟦PERSON|никита⟧ слушаю
клиент: здравствуйте у меня украли телефон в автобусе хочу заблокировать номер
оператор: сочувствую назовите номер
клиент: ⟦PHONE_NUMBER|девятьсот тридцать восемь двести двадцать два ноль восемь семьдесят шесть⟧
оператор: фамилия имя владельца
клиент: ⟦PERSON|раджабов далер⟧
оператор: кодовое слово
клиент: ⟦SECRET|мама зухра⟧
оператор: спасибо номер заблокирован имей можете сообщить в полицию для заявления
клиент: имей у меня на коробке ⟦DEVICE_ID|восемьсот шестьдесят один двести тридцать девятьсот девяносто восемь двести шестьдесят пять триста тридцать пять⟧
оператор: имей сообщите полиции мы по нему поиск не ведём
клиент: а где полиция ближе я живу ⟦ADDRESS|сочи улица донская дом двадцать восемь квартира девять⟧
оператор: адреса отделов полиции подскажут по номеру ⟪сто двенадцать⟫
клиент: ладно а сим новую когда можно
оператор: в любом салоне по паспорту
клиент: паспорт тоже украли только миграционка осталась ⟦MIGRATION_CARD|ноль три двадцать пять ноль шесть шесть один девять ноль восемь⟧
оператор: без паспорта дубликат не выдадим сначала нужна справка об утрате паспорта
клиент: понял ташаккур""")

A("a18", """\
оператор: добрый вечер ⟦PERSON|валерия⟧ слушаю вас
клиент: салам я не могу зайти в личный кабинет пишет неверный пароль
оператор: подскажите логин
клиент: логин ⟦LOGIN|нигяр нижнее подчёркивание девяносто девять⟧
оператор: а номер телефона привязанный
клиент: ⟦PHONE_NUMBER|плюс семь девять шесть пять ноль ноль один семь три восемь два⟧
оператор: на кого оформлен номер
клиент: ⟦PERSON|гасанова нигяр эльдаровна⟧
оператор: ⟦PERSON|нигяр эльдаровна⟧ отправляю временный пароль по смс
клиент: пришло ⟦SECRET|эйч девять кей два ти эм⟧ вот так правильно
оператор: пароль мне называть не нужно вводите его сами на сайте
клиент: ой извините вошла а почта там старая надо новую ⟦EMAIL_ADDRESS|нигяр гасанова девяносто девять собака яндекс точка ру⟧
оператор: почту можно поменять в настройках профиля
клиент: а старая была ⟦EMAIL_ADDRESS|нигяр точка эйч собака мейл точка ру⟧ её удалить
оператор: да при смене старая удалится автоматически
клиент: чох сагол""")

A("a19", """\
оператор: добрый день ⟦PERSON|ангелина⟧ слушаю
клиент: здравствуйте ⟦PERSON|сергей викторович⟧ отдел кадров ⟪кубань монолит⟫ у нас рабочие иностранцы хотим корпоративные сим оформить
оператор: корпоративный договор заключается на организацию назовите инн организации
клиент: ⟪двадцать три десять четыреста семьдесят девять сто пятнадцать⟫
оператор: спасибо на договор организации сим оформляются с указанием пользователей
клиент: вот первый ⟦PERSON|юсупов икром⟧ патент ⟦WORK_PATENT|двадцать три номер двадцать четыре один один пять девять два ноль семь шесть⟧
клиент: второй ⟦PERSON|сафаров джамшед⟧ патент ⟦WORK_PATENT|двадцать три номер двадцать пять ноль два четыреста шестьдесят три восемьсот восемнадцать⟧ его инн ⟦RU_INN|двадцать три восемьдесят два шестьдесят три девяносто один шестьдесят два ноль один⟧
оператор: данные сотрудников по телефону не принимаем нужен список на бланке организации с подписью руководителя
клиент: понял на какую почту слать
оператор: на корпоративный адрес ⟪корпорат собака хелп мобайл точка ру⟫
клиент: а ответ мне на ⟦EMAIL_ADDRESS|эс точка волков собака кубань монолит точка ру⟧
оператор: ответ придёт на адрес с которого будет письмо
клиент: и телефон мой ⟦PHONE_NUMBER|восемь восемьсот шестьдесят один двести девяносто сорок пять тридцать три⟧
оператор: записала ⟦PERSON|сергей викторович⟧ ждём список""")

A("a20", """\
оператор: здравствуйте ⟦PERSON|ксения⟧ слушаю вас
клиент: добрый день номер оформлен на меня а пользуется муж он из узбекистана хочу переоформить на него
оператор: назовите пожалуйста ваши фамилию имя отчество
клиент: ⟦PERSON|исмаилова анна сергеевна⟧
оператор: и паспортные данные для проверки
клиент: ⟦RU_PASSPORT|ноль три шестнадцать пятьсот семьдесят два восемьсот тридцать девять⟧
оператор: спасибо ⟦PERSON|анна сергеевна⟧ переоформление делается в салоне в присутствии вас обоих
клиент: а мужу что взять у него паспорт узбекский миграционка патент
оператор: паспорт и документ о регистрации патент не обязателен
клиент: паспорт у него ⟦FOREIGN_PASSPORT|эй ди ноль семь три четыре один пять два⟧ это айди карта подойдёт
оператор: да айди карта подходит
клиент: и адрес у нас один ⟦ADDRESS|станица елизаветинская улица широкая дом сорок шесть⟧
оператор: адрес внесут по документу о регистрации
клиент: а номер ⟦PHONE_NUMBER|девятьсот восемнадцать семьсот шесть двадцать два пятьдесят⟧ сохранится
оператор: да номер сохранится
клиент: спасибо ⟦PERSON|ксения⟧""")

A("a21", """\
оператор: добрый день ⟦PERSON|алина⟧ слушаю вас
клиент: ассалому алейкум я через терминал положил деньги не на тот номер
оператор: назовите ваш номер
клиент: ⟦PHONE_NUMBER|девятьсот шестьдесят четыре триста десять семьдесят семь восемьдесят два⟧
оператор: на кого он оформлен
клиент: ⟦PERSON|бозоров шухрат⟧
оператор: спасибо ⟦PERSON|шухрат⟧ на какой номер ушёл платёж
клиент: ⟦PHONE_NUMBER|девятьсот шестьдесят четыре триста десять семьдесят семь двадцать восемь⟧ последние перепутал
оператор: какая сумма и когда
клиент: ⟪пятьсот рублей⟫ сегодня в обед чек есть номер чека ⟪ноль ноль четыре один два⟫
оператор: для переноса платежа нужно заявление с чеком в салоне или в приложении
клиент: в приложении просит лицевой счёт где его взять
оператор: лицевой счёт указан в приложении в разделе договор
клиент: вот нашёл ⟦ACCOUNT_NUMBER|двести семьдесят шесть пятьсот сорок один ноль девяносто три⟧
оператор: верно теперь приложите фото чека и отправьте
клиент: а номер договора тоже надо ⟦CONTRACT_NUMBER|ноль пятьсот восемнадцать триста семьдесят семь двести двенадцать⟧
оператор: нет достаточно лицевого счёта
клиент: хоп катта рахмат""")

A("a22", """\
оператор: здравствуйте ⟦PERSON|людмила⟧ слушаю вас
клиент: здравствуйте хочу закрыть договор уезжаю в худжанд
оператор: на кого оформлен номер
клиент: ⟦PERSON|каримов бахтовар саидович⟧
оператор: ⟦PERSON|бахтовар саидович⟧ назовите номер договора или лицевого счёта
клиент: лицевой ⟦ACCOUNT_NUMBER|двести тридцать один ноль сорок пять шестьсот семьдесят восемь девятьсот двенадцать⟧
оператор: спасибо расторжение договора оформляется лично в салоне
клиент: а если я уже в аэропорту вылет в ⟪шесть сорок⟫
оператор: тогда номер можно заблокировать добровольно а договор расторгнуть по письменному заявлению отправленному почтой
клиент: куда писать
оператор: адрес для заявлений есть на сайте в разделе контакты
клиент: ответ мне пришлите на ⟦EMAIL_ADDRESS|бахтовар точка каримов собака мейл точка ру⟧ и на бумаге на адрес ⟦ADDRESS|таджикистан худжанд улица ленина дом сорок два квартира восемь⟧
оператор: ответ придёт на электронную почту которую укажете в заявлении
клиент: инн писать ⟦RU_INN|двадцать три девятнадцать ноль девять семьдесят восемь тридцать семь девяносто шесть⟧
оператор: инн для расторжения не нужен только паспорт
клиент: понял рахмат""")

A("a23", """\
оператор: добрый день ⟦PERSON|евгения⟧ слушаю вас
клиент: здравствуйте опа не могу карту привязать в приложении пишет номер карты неверный
оператор: какая у вас карта российская
клиент: узкард ташкентская вот номер ⟦CREDIT_CARD|восемь шесть ноль ноль пять три девять три девять четыре четыре ноль три семь девять девять⟧
оператор: пожалуйста не диктуйте номер карты полностью никому это небезопасно
клиент: ой так я в приложение так вводил может ошибся
оператор: проверьте цифры на самой карте
клиент: а последняя восемь а не девять вот ⟦CREDIT_CARD|восемь шесть ноль ноль пять три девять три девять четыре четыре ноль три семь девять восемь⟧
оператор: карты узкард в приложении к сожалению не привязываются только карты российских банков
клиент: а как тогда платить
оператор: через терминалы в салонах или с российской карты
клиент: у брата есть мир ⟦PERSON|акбар⟧ его зовут можно его карту
оператор: да можно привязать карту брата если он согласен
клиент: номер мой ⟦PHONE_NUMBER|девятьсот восемьдесят восемь пятьсот один двадцать шесть шестьдесят⟧
оператор: на кого оформлен номер
клиент: ⟦PERSON|тошматов шохрух⟧
оператор: спасибо ⟦PERSON|шохрух⟧ ещё вопросы есть
клиент: йок рахмат""")

A("a24", """\
оператор: добрый день ⟦PERSON|владислав⟧ слушаю вас
клиент: здравствуйте это администратор хостела ⟪морской бриз⟫ на ⟪навагинской⟫ ⟦PERSON|людмила петровна⟧ у нас постоялец уехал не заплатил хотим его найти
оператор: чем я могу помочь
клиент: вот его номер ⟦PHONE_NUMBER|плюс семь девятьсот девяносто пять триста шесть ноль один сорок четыре⟧ скажите на кого оформлен он записался как ⟦PERSON|расулов⟧
оператор: сведения о владельце номера мы не сообщаем это персональные данные
клиент: а он в анкете писал адрес ⟦ADDRESS|станица полтавская улица красная дом семнадцать⟧ может проверите
оператор: проверить адрес тоже не могу по вопросу долга обратитесь в полицию
клиент: у меня ещё паспорт его записан ⟦FOREIGN_PASSPORT|эй эй шесть девять один ноль четыре два семь⟧
оператор: прошу не передавать по телефону данные третьих лиц
клиент: ну хоть скажите он ваш абонент или нет
оператор: такая информация тоже не предоставляется
клиент: понятно спасибо
оператор: всего доброго ⟦PERSON|людмила петровна⟧""")

A("a25", """\
оператор: здравствуйте ⟦PERSON|диана⟧ слушаю вас
клиент: салам сестра у меня патент новый хочу в вашей базе обновить а то номер отключат
оператор: понимаю назовите номер телефона
клиент: ⟦PHONE_NUMBER|восемь девятьсот восемнадцать сорок ноль девяносто три пятнадцать⟧
оператор: на кого оформлен
клиент: ⟦PERSON|нематов жахонгир⟧
оператор: ⟦PERSON|жахонгир⟧ данные патента в договор вносить не требуется номер отключают только если не пройдена верификация
клиент: а верификация это что я паспорт давал ⟦FOREIGN_PASSPORT|эф эй восемь ноль три один пять пять семь⟧ и миграционку ⟦MIGRATION_CARD|ноль три два четыре номер пять девять ноль два семь один три⟧
оператор: проверяю верификация пройдена ⟪третьего сентября⟫ всё в порядке
клиент: а патент новый номер ⟦WORK_PATENT|двадцать три номер двадцать пять ноль пять ноль восемь восемь три семь два один⟧ точно не надо
оператор: не надо патент к номеру не привязывается
клиент: а инн мне дали в налоговой ⟦RU_INN|двадцать три шестьдесят восемь девяносто один сорок семь девяносто семь ноль шесть⟧
оператор: инн тоже не требуется
клиент: хорошо рахмат сестрёнка""")

A("a26", """\
оператор: здравствуйте ⟦PERSON|сергей⟧ слушаю вас
клиент: алло здравствуйте я из ташкента звоню брат у вас абонент телефон три дня не отвечает
оператор: понимаю ваше беспокойство назовите номер брата
клиент: ⟦PHONE_NUMBER|девятьсот двадцать восемь четыреста пять шестьдесят один двадцать⟧
оператор: информацию о номере могу дать только владельцу
клиент: я брат ⟦PERSON|ахмедов улугбек⟧ а он ⟦PERSON|ахмедов сардор⟧ я знаю кодовое слово ⟦SECRET|андижан тысяча девятьсот девяносто⟧
оператор: даже с кодовым словом сведения предоставляются только владельцу
клиент: хотя бы скажите телефон включён
оператор: такие сведения тоже не предоставляются если есть основания для тревоги обратитесь в полицию
клиент: мой номер узбекский ⟦PHONE_NUMBER|плюс девятьсот девяносто восемь девяносто сто двадцать три сорок пять шестьдесят семь⟧
оператор: передать брату ваш номер мы не можем отправьте ему смс
клиент: а где он живёт адрес у вас есть ⟦ADDRESS|сочи улица гастелло двадцать три квартира сто четыре⟧ это правильно
оператор: адрес не могу ни подтвердить ни опровергнуть
клиент: хорошо понял
оператор: надеюсь всё хорошо всего доброго""")

A("a27", """\
оператор: добрый день ⟦PERSON|олеся⟧ слушаю вас
клиент: саламатсызбы я таксист хочу подключить тариф для водителей
оператор: назовите номер
клиент: ⟦PHONE_NUMBER|девятьсот восемьдесят девять семьсот пятьдесят один ноль ноль тридцать восемь⟧
оператор: на кого оформлен
клиент: ⟦PERSON|токтосунов мирлан⟧ ⟦DATE_OF_BIRTH|седьмое октября девяносто второго⟧
оператор: спасибо ⟦PERSON|мирлан⟧ тариф ⟪водитель плюс⟫ стоит ⟪пятьсот девяносто⟫ в месяц
клиент: а там надо права называть у меня российские ⟦RU_DRIVER_LICENSE|девяносто девять двадцать три шестьсот четыре восемьсот семнадцать⟧
оператор: права не нужны достаточно подключить тариф
клиент: и машину мою ⟦VEHICLE_ID|эм шестьсот двенадцать ка эр сто двадцать три⟧ записать для акции
оператор: госномер тоже не требуется подключаю
клиент: а паспорт мой ⟦FOREIGN_PASSPORT|эй си семь два ноль один пять пять восемь⟧ в договоре старый поменять надо
оператор: замена паспорта в договоре только в салоне
клиент: ладно рахмат""")

A("a28", """\
оператор: здравствуйте ⟦PERSON|полина⟧ слушаю вас
клиент: здравствуйте я студент из туркменистана у меня деньги списываются непонятно за что
оператор: назовите ваш номер телефона
клиент: ⟦PHONE_NUMBER|девять шесть пять четыре ноль один два восемь восемь три⟧
оператор: на кого оформлен номер
клиент: ⟦PERSON|бердыев мерген⟧
оператор: и дату рождения
клиент: ⟦DATE_OF_BIRTH|две тысячи четвёртого года двадцать шестое февраля⟧
оператор: спасибо ⟦PERSON|мерген⟧ у вас подписка ⟪музыка плюс⟫ ⟪девять рублей⟫ в день отключаю
клиент: спасибо а можно детализацию на почту ⟦EMAIL_ADDRESS|мерген точка бердыев собака джимейл точка ком⟧
оператор: детализацию можно заказать в приложении там нужен лицевой счёт
клиент: лицевой ⟦ACCOUNT_NUMBER|двести семьдесят шесть двести восемьдесят девять четыреста пятнадцать⟧ да
оператор: верно
клиент: и адрес поменялся я переехал в общежитие ⟦ADDRESS|краснодар улица калинина тринадцать корпус пять комната двести девять⟧
оператор: адрес проживания для вашего договора не обязателен его можно не менять
клиент: понятно сагбол""")

A("a29", """\
оператор: здравствуйте ⟦PERSON|артур⟧ слушаю
клиент: здравствуйте я по доверенности от друга хочу получить дубликат сим карты какие документы нужны
оператор: нужна нотариальная доверенность и ваш паспорт
клиент: доверенность простая рукописная друг ⟦PERSON|назаров анвар⟧ уехал на родину
оператор: к сожалению нужна нотариально заверенная доверенность
клиент: у меня паспорт российский ⟦RU_PASSPORT|ноль три ноль девять четыреста шестьдесят один двести семьдесят три⟧ я ⟦PERSON|кравченко денис олегович⟧ может так можно
оператор: ⟦PERSON|денис олегович⟧ паспорт доверенного лица проверят в салоне но доверенность всё равно нужна нотариальная
клиент: а я уже купил пустую сим ⟦DEVICE_ID|восемь девять семь ноль один девять девять восемь пять семь восемь ноль девять четыре четыре девять два четыре два⟧
оператор: на купленную сим перенести номер нельзя замена делается на сим из салона
клиент: номер друга вот ⟦PHONE_NUMBER|восемь девятьсот тридцать восемь пятьсот пятьдесят два семнадцать ноль четыре⟧ он на нём зарегистрирован по адресу ⟦ADDRESS|сочи переулок трунова дом шесть квартира одиннадцать⟧
оператор: когда будет нотариальная доверенность подходите в любой салон
клиент: а если друг сам позвонит из таджикистана
оператор: звонок не заменяет доверенность
клиент: понял спасибо""")

A("a30", """\
оператор: добрый день ⟦PERSON|маргарита⟧ слушаю вас
клиент: здравствуйте я внук звоню за бабушку она в основном по армянски говорит
оператор: бабушка владелец номера
клиент: да ⟦PERSON|петросян асмик грантовна⟧ она рядом сейчас скажет
клиент: айо айо я разрешаю ⟦PERSON|тигран⟧ джан говори
оператор: спасибо ⟦PERSON|асмик грантовна⟧ назовите дату рождения
клиент: ⟦DATE_OF_BIRTH|девятнадцатого июня сорок девятого года⟧
оператор: чем могу помочь
клиент: хотим номер переоформить на меня бабушке тяжело в салон ходить
оператор: переоформление только в салоне в присутствии обоих или по нотариальной доверенности
клиент: а если я паспорт свой назову ⟦RU_PASSPORT|ноль три двадцать два восемьсот сорок один ноль пятьдесят шесть⟧
оператор: по телефону переоформить не получится
клиент: а городской бабушкин ⟦PHONE_NUMBER|восемь восемьсот шестьдесят два двести шестьдесят четыре сорок пять восемьдесят⟧ тоже на ней
оператор: по городскому номеру отдельный договор его тоже переоформляют в салоне
клиент: понятно мерси""")

A("a31", """\
оператор: добрый день ⟦PERSON|анна⟧ слушаю вас
клиент: добры дзень хочу тариф поменять на подешевле
оператор: назовите пожалуйста номер телефона
клиент: ⟦PHONE_NUMBER|восемь девятьсот пятьдесят два восемьсот семьдесят семь сорок один ноль три⟧
оператор: на кого оформлен договор
клиент: на меня ⟦PERSON|ярошевич андрей николаевич⟧ ⟦DATE_OF_BIRTH|пятнадцатое декабря семьдесят восьмого⟧
оператор: спасибо ⟦PERSON|андрей николаевич⟧ сейчас у вас ⟪мой онлайн⟫ за ⟪шестьсот рублей⟫ могу предложить ⟪мой смарт⟫ за ⟪четыреста двадцать⟫
клиент: давайте а вольте на нём будет работать у меня телефон старый
оператор: назовите имей проверю поддержку
клиент: ⟦DEVICE_ID|три пять восемь ноль семь четыре пять два пять три семь семь два один семь⟧
оператор: аппарат поддерживает вольте тариф сменю с ⟪завтрашнего дня⟫
клиент: и номер договора скажите для отчёта на работе
оператор: номер договора можно посмотреть в приложении в разделе профиль
клиент: а вот вижу ⟦CONTRACT_NUMBER|ноль триста девяносто девять э сто двадцать четыре пятьсот шестьдесят восемь⟧
оператор: да всё верно
клиент: дзякуй вам""")

A("a32", """\
оператор: здравствуйте ⟦PERSON|наталья⟧ слушаю вас
клиент: здравствуйте я получила российский паспорт хочу чтобы в договоре был он а не украинский
оператор: поздравляю назовите номер телефона
клиент: ⟦PHONE_NUMBER|девятьсот семьдесят восемь триста сорок один пятнадцать шестьдесят два⟧
оператор: на кого оформлен
клиент: ⟦PERSON|литвиненко галина ивановна⟧ по украинскому паспорту ⟦FOREIGN_PASSPORT|эм эн девятьсот четырнадцать двести семьдесят три⟧
оператор: спасибо ⟦PERSON|галина ивановна⟧ замена документа в договоре делается в салоне
клиент: а заранее можно данные сказать новый паспорт ⟦RU_PASSPORT|ноль три двадцать пять двести двенадцать ноль девяносто восемь⟧ код подразделения ⟦RU_PASSPORT_DEPT|двести тридцать ноль двадцать один⟧
оператор: по телефону данные паспорта не вносятся сотрудник салона всё сверит с оригиналом
клиент: и снилс у меня теперь есть ⟦RU_SNILS|ноль шестьдесят шесть пятьсот тридцать девять двести шестьдесят два девяносто⟧
оператор: снилс в договор не вносится он нужен только для госуслуг
клиент: и адрес регистрации новый ⟦ADDRESS|город анапа улица крымская дом двести два квартира тридцать⟧
оператор: адрес внесут по отметке в паспорте
клиент: спасибо вам""")

A("a33", """\
оператор: добрый вечер ⟦PERSON|тимур⟧ слушаю
клиент: салом брат у меня минус на балансе зарплата только в пятницу можно в долг
оператор: можно подключить доверительный платёж назовите номер
клиент: ⟦PHONE_NUMBER|девятьсот восемнадцать двести пятьдесят пять сорок три ноль семь⟧
оператор: на кого оформлен
клиент: ⟦PERSON|сафаров фаридун⟧
оператор: спасибо ⟦PERSON|фаридун⟧ доверительный платёж ⟪триста рублей⟫ на ⟪три дня⟫ подключить
клиент: да подключай брат а какой у меня лицевой счёт чтобы знакомый с карты положил
оператор: пополнять можно просто по номеру телефона
клиент: а в банке просят лицевой
оператор: ваш лицевой счёт ⟦ACCOUNT_NUMBER|двести семьдесят пять восемьсот один ноль шестьдесят четыре⟧
клиент: записал а договор какой номер
оператор: номер договора ⟦CONTRACT_NUMBER|ноль двести шестьдесят один пятьсот семьдесят ноль девяносто три⟧
клиент: хоп рахмат брат
оператор: доверительный платёж подключён всего доброго""")

A("a34", """\
оператор: здравствуйте ⟦PERSON|егор⟧ слушаю вас
клиент: здравствуйте у меня жалоба ваш сотрудник сказал моему бывшему мужу мой адрес
оператор: очень сожалею назовите пожалуйста ваши фамилию и имя
клиент: ⟦PERSON|гелашвили нана⟧ номер ⟦PHONE_NUMBER|девятьсот шестьдесят пять сто два восемьдесят восемь девятнадцать⟧
оператор: ⟦PERSON|нана⟧ когда это произошло
клиент: вчера около ⟪четырёх часов⟫ он звонил ему сказали ⟦ADDRESS|улица пирогова дом семь квартира двадцать один⟧ а я там недавно живу
оператор: такой вопрос решает руководитель смены я соединю вас
клиент: подождите запишите ещё что оператор был ⟦PERSON|станислав⟧ так он представился
оператор: записал все детали передам
клиент: бывший муж ⟦PERSON|гоги⟧ звонил с номера ⟦PHONE_NUMBER|плюс девятьсот девяносто пять пятьсот девяносто девять ноль семь тридцать один сорок⟧
оператор: спасибо соединяю с руководителем оставайтесь на линии
клиент: хорошо жду""")

A("a35", """\
оператор: добрый день ⟦PERSON|вероника⟧ слушаю вас
клиент: салам алейкум номер на отца оформлен отец уехал в баку насовсем хочет на меня переоформить
оператор: переоформление только в салоне при обоих или по нотариальной доверенности от отца
клиент: отец доверенность сделал у нотариуса в баку это подойдёт
оператор: доверенность иностранного нотариуса нужно перевести и заверить
клиент: понял а я гражданин россии паспорт ⟦RU_PASSPORT|ноль три четырнадцать шестьсот девяносто ноль семьдесят один⟧
оператор: паспорт понадобится в салоне
клиент: отец ⟦PERSON|мамедов ильхам гусейн оглы⟧ а я ⟦PERSON|мамедов эмин ильхамович⟧
оператор: ⟦PERSON|эмин ильхамович⟧ баланс и номер сохранятся
клиент: а лицевой счёт поменяется старый был ⟦ACCOUNT_NUMBER|двести тридцать ноль семьдесят два пятьсот сорок один восемьсот шестьдесят⟧
оператор: после переоформления будет новый лицевой счёт
клиент: и номер отца бакинский ⟦PHONE_NUMBER|плюс девятьсот девяносто четыре пятьдесят пять двести восемнадцать сорок семь девяносто⟧
оператор: этот номер записывать не нужно
клиент: чох сагол""")

A("a36", """\
оператор: здравствуйте ⟦PERSON|кирилл⟧ слушаю
клиент: здравствуйте я студентка из казахстана хочу детализацию за три месяца для визового центра
оператор: назовите номер телефона
клиент: ⟦PHONE_NUMBER=9185460091|девятьсот восемнадцать пятьсот сорок шесть повторяю пятьсот сорок шесть ноль ноль девяносто один⟧
оператор: на кого оформлен
клиент: ⟦PERSON|омарова аружан⟧ ⟦DATE_OF_BIRTH|двадцать девятое сентября две тысячи пятого⟧
оператор: спасибо ⟦PERSON|аружан⟧ куда отправить
клиент: ⟦EMAIL_ADDRESS|аружан точка омарова ноль пять собака лист точка ру⟧
оператор: отправил детализация бесплатная за последние ⟪шесть месяцев⟫
клиент: и ещё я пополняла с казахстанской карты ⟦CREDIT_CARD|сорок четыре ноль ноль сорок шесть тридцать два сорок шесть девяносто два пятнадцать двенадцать⟧ платёж не дошёл
оператор: карты иностранных банков не принимаются деньги вернутся на карту
клиент: а лицевой счёт мне для справки ⟦ACCOUNT_NUMBER|двести семьдесят шесть ноль девять три семь пять восемь⟧ это он
оператор: да это ваш лицевой счёт он есть в детализации
клиент: рахмет""")

A("a37", """\
оператор: добрый день ⟦PERSON|ирина⟧ слушаю вас
клиент: здравствуйте мне позвонили сказали из вашей компании договор заканчивается надо код из смс сказать
оператор: мы никогда не просим коды из смс вы код сообщили
клиент: да сказала ⟦SECRET|четыре семь один ноль девять два⟧ а потом ещё один пришёл ⟦SECRET|восемьсот тридцать три пятьсот пятнадцать⟧ его не сказала
оператор: хорошо что второй не сообщили назовите ваш номер
клиент: ⟦PHONE_NUMBER|восемь девятьсот восемьдесят восемь ноль пятьдесят четыре тридцать два семьдесят один⟧
оператор: на кого оформлен номер
клиент: ⟦PERSON|юсупова нилуфар⟧
оператор: ⟦PERSON|нилуфар⟧ вижу попытку входа в личный кабинет меняю пароль и ставлю запрет замены сим без паспорта
клиент: а номер с которого звонили ⟦PHONE_NUMBER|плюс семь девятьсот девяносто девять ноль двадцать три сорок четыре восемнадцать⟧
оператор: номер записала передам в службу безопасности
клиент: а на госуслуги могли зайти
оператор: проверьте госуслуги и банк и смените там пароли
клиент: рахмат большое""")

A("a38", """\
оператор: здравствуйте ⟦PERSON|мария⟧ слушаю вас
клиент: ассалому алейкум мы с семьёй туристы прилетели в сочи рейсом ⟪аш вай шестьсот четыре⟫ купили вашу сим
оператор: добро пожаловать чем помочь
клиент: интернет не работает номер ⟦PHONE_NUMBER|девятьсот шестьдесят два ноль сорок семь восемнадцать пятьдесят пять⟧
оператор: на кого оформлена сим
клиент: на мужа ⟦PERSON|абдурахманов бекзод⟧ он за рулём я жена ⟦PERSON|севара⟧
оператор: ⟦PERSON|бекзод⟧ подтверждает что вы говорите за него
клиент: ха ха ⟦PERSON|бекзод⟧ говорит да
оператор: спасибо пакет интернета подключается после оплаты ⟪пятьсот рублей⟫
клиент: оплатить можно картой хумо ⟦CREDIT_CARD|девяносто восемь шестьдесят семнадцать семьдесят один двадцать шесть шестьдесят восемь девятнадцать сорок пять⟧
оператор: карты хумо не принимаются оплатить можно наличными в салоне или через терминал
клиент: а паспорт мужа нужен ⟦FOREIGN_PASSPORT|эф би три ноль семь семь один два девять⟧
оператор: нет для оплаты паспорт не нужен
клиент: хоп ясно спасибо""")

A("a39", """\
оператор: добрый день ⟦PERSON|антон⟧ слушаю вас
клиент: здравствуйте брат номер не работает говорят не прошёл проверку
оператор: назовите номер
клиент: ⟦PHONE_NUMBER|девятьсот тридцать восемь четыреста семьдесят ноль ноль шестьдесят пять⟧
оператор: на кого оформлен
клиент: ⟦PERSON|хайдаров сирожиддин⟧
оператор: ⟦PERSON|сирожиддин⟧ номер приостановлен потому что данные не подтвердили в течение ⟪тридцати дней⟫
клиент: а что делать у меня всё есть паспорт ⟦FOREIGN_PASSPORT|эф эй два семь пять ноль ноль три один⟧ миграционная ⟦MIGRATION_CARD|ноль три двадцать пять номер три три четыре пять ноль восемь ноль⟧ патент ⟦WORK_PATENT|двадцать три номер двадцать пять ноль четыре шестьсот девяносто один ноль тридцать два⟧
оператор: с паспортом подойдите в салон там подтвердят номер
клиент: и инн нужен ⟦RU_INN|двадцать три шестьдесят три девяносто одиннадцать восемьдесят восемьдесят девять⟧
оператор: инн не обязателен
клиент: хорошо а салон на ⟪стасова⟫ работает в воскресенье
оператор: да ⟪с десяти до двадцати⟫
клиент: спасибо брат""")

A("a40", """\
оператор: добрый день меня зовут ⟦PERSON|оксана⟧ звоню по вашей заявке на замену сим карты это ⟦PERSON|акопян левон арменович⟧
клиент: да это я
оператор: ⟦PERSON|левон арменович⟧ для подтверждения назовите пожалуйста дату рождения
клиент: ⟦DATE_OF_BIRTH|третье марта шестьдесят пятого⟧
оператор: спасибо всё совпадает
клиент: только паспорт у меня поменялся новый ⟦RU_PASSPORT|ноль три двадцать четыре сто пятьдесят шесть семьсот восемьдесят девять⟧
оператор: хорошо новый паспорт покажете курьеру
клиент: а куда привезут
оператор: по адресу из заявки ⟦ADDRESS|сочи улица яна фабрициуса дом два квартира сорок шесть⟧ верно
клиент: верно подъезд второй
оператор: отметила курьер позвонит за ⟪час⟫ на номер ⟦PHONE_NUMBER|восемь девятьсот восемнадцать девятьсот семь сорок один шестьдесят⟧
клиент: да это мой
оператор: подтверждение придёт на почту ⟦EMAIL_ADDRESS|левон акопян шестьдесят пять собака мейл точка ру⟧
клиент: хорошо спасибо
оператор: всего доброго""")

A("a41", """\
оператор: здравствуйте ⟦PERSON|алёна⟧ слушаю вас
клиент: саламатсызбы я сим покупал по айди карте а теперь паспорт получил говорят надо поменять
оператор: менять документ не обязательно если айди карта действует
клиент: айди карта ⟦FOREIGN_PASSPORT|ай ди один два ноль семь четыре три девять⟧ до ⟪двадцать восьмого года⟫
оператор: тогда менять не нужно
клиент: а миграционная карта новая ⟦MIGRATION_CARD|ноль три двадцать пять номер ноль ноль семь один пять восемь три⟧ её надо
оператор: граждане киргизии миграционную карту в договор не вносят
клиент: понял а номер мой ⟦PHONE_NUMBER|девятьсот восемьдесят девять ноль ноль два семьдесят семь четырнадцать⟧
оператор: на кого оформлен
клиент: ⟦PERSON|жээнбеков азамат⟧ ⟦DATE_OF_BIRTH|первое января двухтысячного⟧
оператор: спасибо ⟦PERSON|азамат⟧ у вас всё в порядке
клиент: ооба рахмат""")

A("a42", """\
оператор: добрый день ⟦PERSON|глеб⟧ слушаю вас
клиент: здравствуйте телефон сдал в ремонт дали другой а сим не работает
оператор: назовите номер
клиент: ⟦PHONE_NUMBER|девятьсот девяносто пять триста девяносто два ноль один восемнадцать⟧
оператор: на кого оформлен номер
клиент: ⟦PERSON|шарипов исломджон⟧
оператор: ⟦PERSON|исломджон⟧ назовите имей аппарата в котором сейчас сим
клиент: там два ⟦DEVICE_ID|восемь шесть четыре ноль шесть семь один шесть три шесть ноль шесть семь два ноль⟧ и ⟦DEVICE_ID|восемь шесть четыре четыре семь три два девять девять четыре один восемь пять семь восемь⟧
оператор: подменный аппарат не поддерживает частоты нашей сети обратитесь в сервис
клиент: сервис на ⟪горького⟫ ⟪мастер сервис⟫ они сказали это ваша проблема
оператор: понимаю могу предложить временно вставить сим в другой телефон
клиент: а мой старый телефон имей ⟦DEVICE_ID|три пять семь четыре шесть ноль два восемь три восемь семь ноль три восемь девять⟧
оператор: этот аппарат в сети работал без ограничений
клиент: ладно подожду ремонта ташаккур""")

A("a43", """\
оператор: добрый день ⟦PERSON|ярослава⟧ слушаю вас
клиент: барев здравствуйте хочу перейти к другому оператору с номером
оператор: понимаю я соединю вас со специалистом по переносу номера сначала проверю данные на кого оформлен номер
клиент: ⟦PERSON|мкртчян ашот гагикович⟧
оператор: кодовое слово
клиент: ⟦SECRET|арарат семьдесят семь⟧
оператор: спасибо ⟦PERSON|ашот гагикович⟧ назовите номер
клиент: ⟦PHONE_NUMBER|восемь девятьсот восемьдесят восемь триста сорок один сорок четыре ноль ноль⟧ договор у меня ⟦CONTRACT_NUMBER|ноль один пять пять семь три два девять восемь четыре⟧
оператор: хорошо для переноса номера задолженности быть не должно у вас баланс ⟪сто двенадцать рублей⟫
клиент: паспорт армянский ⟦FOREIGN_PASSPORT|эй ти ноль девять три один пять восемь два⟧ у нового оператора нужен
оператор: да заявление подаётся новому оператору по тому же паспорту
клиент: и пусть ответ на ⟦EMAIL_ADDRESS|ашот точка мкртчян собака джимейл точка ком⟧ придёт
оператор: соединяю со специалистом оставайтесь на линии
клиент: шноракалутюн""")

A("a44", """\
оператор: здравствуйте ⟦PERSON|ульяна⟧ слушаю вас
клиент: салам жена приезжает из самарканда в пятницу хочу ей заранее сим сделать на мой паспорт
оператор: на ваш паспорт оформить номер можно но владельцем будете вы
клиент: а можно на неё у неё паспорт ⟦FOREIGN_PASSPORT|эф эй пять пять восемь два ноль один шесть⟧ ⟦PERSON|усмонова гулнора⟧
оператор: на неё оформить можно только лично при предъявлении её паспорта
клиент: а я ⟦PERSON|усмонов бахром⟧ патент есть ⟦WORK_PATENT|двадцать три номер двадцать четыре один два восемь восемь ноль пять три один⟧
оператор: патент для оформления не нужен достаточно паспорта и регистрации
клиент: регистрация у нас ⟦ADDRESS|краснодар улица тюляева дом восемь квартира семьдесят два⟧
оператор: хорошо с документами приходите вместе в салон
клиент: её прилёт в ⟪десять утра⟫ рейс ⟪ю шесть двадцать девять восемьдесят семь⟫ в аэропорту салон есть
оператор: да в аэропорту салон работает с ⟪восьми утра⟫
клиент: мой номер ⟦PHONE_NUMBER|девятьсот восемнадцать сто тридцать два шестьдесят ноль пять⟧ вдруг перезвоните
оператор: хорошо всего доброго
клиент: рахмат""")

A("a45", """\
оператор: добрый день ⟦PERSON|лиана⟧ слушаю вас
клиент: гамарджобат здравствуйте хочу семейный тариф на три номера
оператор: назовите основной номер
клиент: ⟦PHONE_NUMBER|девятьсот шестьдесят пять четыреста девяносто один семьдесят семь ноль два⟧
оператор: на кого оформлен
клиент: ⟦PERSON|джапаридзе леван⟧ кодовое слово ⟦SECRET|батуми⟧
оператор: спасибо ⟦PERSON|леван⟧ какие номера добавить
клиент: жена ⟦PERSON|эка⟧ ⟦PHONE_NUMBER|девятьсот шестьдесят пять четыреста девяносто один семьдесят семь ноль три⟧ и сын ⟦PERSON|сандро⟧ ⟦PHONE_NUMBER|девятьсот шестьдесят пять семьсот восемь тринадцать шестьдесят⟧
оператор: номера жены и сына оформлены на вас
клиент: жены на меня а сына на его паспорт он совершеннолетний
оператор: тогда сыну нужно самому дать согласие позвонить или прийти в салон
клиент: а можно бабушку в тбилиси добавить ⟦PHONE_NUMBER|плюс девятьсот девяносто пять пять девять один ноль четыре пятьдесят пять шестьдесят шесть⟧
оператор: в семейный тариф добавляются только номера нашей сети в россии
клиент: ладно тогда пока жену
оператор: подключаю тариф ⟪семья⟫ на два номера стоимость ⟪восемьсот девяносто рублей⟫
клиент: мадлоба""")

A("a46", """\
оператор: добрый вечер ⟦PERSON|дмитрий⟧ слушаю вас
клиент: добрый вечер это ресепшн отеля ⟪приморская⟫ у нас гость из узбекистана у него сим не работает он рядом но по русски плохо говорит
оператор: пусть гость подтвердит что вы говорите от его имени
клиент: мен розиман можно да я ⟦PERSON|алимов жавохир⟧
оператор: спасибо ⟦PERSON|жавохир⟧ назовите номер телефона
клиент: э ⟦PHONE_NUMBER=79613052284|плюс семь девятьсот шестьдесят один триста пять ноль ноль ой нет триста пять двадцать два восемьдесят четыре⟧
оператор: номер не зарегистрирован в сети потому что не пройдено подтверждение личности
клиент: а что нужно паспорт вот ⟦FOREIGN_PASSPORT|эф эй семь семь ноль девять четыре один три⟧
оператор: подтверждение делается в салоне или через госуслуги паспорт по телефону не проверяем
клиент: гость говорит у него инн есть ⟦RU_INN|двадцать три пятьдесят пять девяносто шесть двадцать один шестьдесят один сорок четыре⟧
оператор: инн здесь не поможет нужен визит в салон
клиент: а ближайший к нам салон мы на ⟪курортном проспекте⟫
оператор: ближайший салон в торговом центре ⟪море молл⟫ работает до ⟪двадцати двух⟫
клиент: спасибо я ⟦PERSON|инна⟧ администратор если что
оператор: всего доброго""")

A("a47", """\
оператор: здравствуйте ⟦PERSON|виолетта⟧ слушаю вас
клиент: салам здравствуйте хочу привязать карту мир для автоплатежа а приложение не даёт
оператор: назовите номер телефона
клиент: ⟦PHONE_NUMBER|девятьсот шестьдесят восемь ноль ноль три двенадцать сорок пять⟧
оператор: на кого оформлен номер
клиент: ⟦PERSON|алиева лейла фуад кызы⟧
оператор: спасибо ⟦PERSON|лейла фуад кызы⟧ какая ошибка при привязке
клиент: пишет неверные данные карта ⟦CREDIT_CARD|двадцать два ноль ноль шестьдесят два тридцать пять пятьдесят восемнадцать тридцать пять ноль шесть⟧ срок ⟦CARD_EXPIRY|ноль девять двадцать восемь⟧ и код ⟦CARD_CVV|пятьсот восемьдесят три⟧
оператор: пожалуйста никогда не называйте код с обратной стороны карты это небезопасно
клиент: ой а что теперь делать
оператор: проверьте в банке разрешена ли по стипендиальной карте оплата в интернете
клиент: поняла а банк мне письма шлёт на ⟦ADDRESS|краснодар улица ставропольская сто сорок девять общежитие три комната пятьсот один⟧ это правильно
оператор: письма банка к нам не относятся адрес уточните в банке
клиент: ладно спасибо""")

A("a48", """\
оператор: добрый день ⟦PERSON|вадим⟧ слушаю вас
клиент: ассалому алейкум я бригадир у меня пять ребят у всех номера ваши хотим тариф дешевле на всех
оператор: тариф меняет каждый владелец на свой номер
клиент: они по русски не говорят давайте я за всех первый ⟦PERSON|рахмонов азиз⟧ номер ⟦PHONE_NUMBER|девятьсот восемнадцать пятьсот пятьдесят пять ноль один ноль один⟧
оператор: к сожалению нужно согласие каждого владельца лично
клиент: ⟦PERSON|азиз⟧ ака бу ёкка кел
клиент: я ⟦PERSON|азиз⟧ розиман согласен
оператор: спасибо ⟦PERSON|азиз⟧ для проверки назовите номер паспорта
клиент: ⟦FOREIGN_PASSPORT|эф эй один девять девять три ноль семь ноль⟧ патент ⟦WORK_PATENT|двадцать три номер двадцать пять ноль ноль девять восемь семь шесть пять четыре⟧ и миграционка ⟦MIGRATION_CARD|ноль три двадцать пять номер один семь семь семь два ноль три⟧
оператор: достаточно паспорта данные совпали меняю тариф на ⟪стройка⟫ за ⟪триста девяносто рублей⟫
клиент: второй ⟦PERSON|эшонов фарход⟧ но его сейчас нет номер ⟦PHONE_NUMBER|девятьсот восемнадцать пятьсот пятьдесят пять ноль один ноль два⟧
оператор: ⟦PERSON|фарход⟧ должен позвонить сам или прийти в салон
клиент: а меня ⟦PERSON|турсунбаев мурод⟧ зовут мне можно сразу мой номер ⟦PHONE_NUMBER=9185550099|девятьсот восемнадцать пятьсот пятьдесят пять ноль ноль ноль ноль ой нет пятьсот пятьдесят пять ноль ноль девяносто девять⟧
оператор: по вашему номеру назовите кодовое слово
клиент: ⟦SECRET|бригада один⟧
оператор: верно ⟦PERSON|мурод⟧ меняю тариф
клиент: рахмат ака""")

A("a49", """\
оператор: здравствуйте ⟦PERSON|екатерина⟧ слушаю вас
клиент: здравствуйте у меня паспорт новый в таджикистане поменяла номер другой стал
оператор: назовите номер телефона и фамилию имя
клиент: ⟦PHONE_NUMBER|восемь девятьсот шестьдесят четыре девятьсот двенадцать тридцать ноль восемь⟧ ⟦PERSON|одинаева шахло⟧
оператор: дату рождения
клиент: ⟦DATE_OF_BIRTH|одиннадцатое ноября восемьдесят девятого⟧
оператор: спасибо ⟦PERSON|шахло⟧ замена паспорта в договоре делается в салоне
клиент: я знаю просто скажите старый какой у вас записан ⟦FOREIGN_PASSPORT|четыреста пятьсот восемьдесят два семьсот тридцать девять⟧
оператор: паспортные данные по телефону не называю могу только сверить то что назовёте вы
клиент: новый ⟦FOREIGN_PASSPORT|пять ноль один ноль четыре шесть девять три восемь⟧
оператор: в салон возьмите оба паспорта
клиент: и миграционную карту ⟦MIGRATION_CARD|ноль три двадцать четыре номер шесть шесть ноль один два девять пять⟧
оператор: да её тоже возьмите
клиент: а инн менять не надо ⟦RU_INN=232737641090|двадцать три двадцать семь тридцать семь шестьдесят пять ой нет шестьдесят четыре десять девяносто⟧
оператор: инн не меняется и в договоре не указывается
клиент: спасибо большое""")

A("a50", """\
оператор: добрый день ⟦PERSON|алина⟧ слушаю вас
клиент: добрый день хочу поменять контактный номер в договоре старый украинский уже не работает
оператор: назовите основной номер
клиент: ⟦PHONE_NUMBER|девятьсот восемьдесят восемь шестьсот два тридцать четыре пятьдесят⟧
оператор: на кого оформлен
клиент: ⟦PERSON|шевчук богдан тарасович⟧
оператор: кодовое слово
клиент: ⟦SECRET|полтава⟧
оператор: спасибо ⟦PERSON|богдан тарасович⟧ какой номер указать контактным
клиент: старый был ⟦PHONE_NUMBER|плюс триста восемьдесят шестьдесят шесть двести двенадцать сорок четыре ноль один⟧ а новый жены ⟦PHONE_NUMBER|девятьсот восемьдесят восемь шестьсот два тридцать четыре пятьдесят один⟧
оператор: контактное лицо жена как её зовут
клиент: ⟦PERSON|шевчук оксана николаевна⟧
оператор: записала контактную почту оставите
клиент: ⟦EMAIL_ADDRESS|богдан шевчук собака укр точка нет⟧
оператор: готово контактные данные обновлены
клиент: дякую""")

A("a51", """\
оператор: добрый день ⟦PERSON|ренат⟧ слушаю вас
клиент: здравствуйте у меня автоплатёж перестал списываться карта новая
оператор: назовите номер телефона
клиент: ⟦PHONE_NUMBER|девятьсот восемнадцать ноль семьдесят семь сорок пять девяносто девять⟧
оператор: на кого оформлен
клиент: ⟦PERSON|серикбаев тимур ерланович⟧ ⟦DATE_OF_BIRTH|восьмое августа восемьдесят четвёртого⟧
оператор: спасибо ⟦PERSON|тимур ерланович⟧ новую карту нужно привязать заново в приложении
клиент: давайте я вам продиктую ⟦CREDIT_CARD|двадцать два ноль два три восемь шесть девять три пять четыре четыре ноль два четыре три⟧ срок ⟦CARD_EXPIRY|десять двадцать девять⟧
оператор: прошу не продолжать данные карты по телефону мы не принимаем привязка только в приложении
клиент: а код на обороте тоже не надо ⟦CARD_CVV|сто сорок два⟧
оператор: нет ни в коем случае этот код никому не сообщайте
клиент: понял в приложении сделаю
оператор: спасибо всего доброго""")

A("a52", """\
оператор: здравствуйте ⟦PERSON|светлана⟧ слушаю вас
клиент: здравствуйте хочу сыну сим карту оформить ему двенадцать лет
оператор: детский номер оформляется на родителя по вашему паспорту
клиент: у меня паспорт российский ⟦RU_PASSPORT|ноль три девятнадцать ноль восемь четыре пять шесть один⟧ я ⟦PERSON|касымова айгуль токтогуловна⟧
оператор: спасибо ⟦PERSON|айгуль токтогуловна⟧ в салоне оформим номер на вас а пользователем укажем сына
клиент: сын ⟦PERSON|касымов эльдар⟧ ⟦DATE_OF_BIRTH|четырнадцатого февраля тринадцатого года⟧ родился
оператор: хорошо возьмите его свидетельство о рождении
клиент: а детский тариф есть
оператор: да ⟪детский⟫ ⟪двести рублей⟫ в месяц с родительским контролем
клиент: и мой номер привязать для контроля ⟦PHONE_NUMBER|восемь девятьсот восемьдесят девять двести восемьдесят ноль ноль пятнадцать⟧
оператор: да родительский контроль привязывается к вашему номеру
клиент: адрес наш ⟦ADDRESS|краснодар посёлок калинино улица тополиная дом двенадцать⟧ нужно говорить
оператор: адрес возьмут из паспорта
клиент: рахмат""")

A("a53", """\
оператор: добрый день ⟦PERSON|маргарита⟧ слушаю вас
клиент: добры дзень я индивидуальный предприниматель из беларуси здесь работаю хочу счета на бумаге получать
оператор: договор оформлен на вас как на физическое лицо или на ип
клиент: на ип ⟦PERSON|кравчук василий петрович⟧ инн ⟦RU_INN|двадцать три сорок ноль пять тридцать два девяносто пять тридцать восемь⟧
оператор: спасибо ⟦PERSON|василий петрович⟧ назовите номер договора
клиент: ⟦CONTRACT_NUMBER|ноль четыре семь семь ноль один девять три два пять⟧
оператор: какой адрес доставки счетов
клиент: ⟦ADDRESS|сочи адлерский район улица кирова дом шестьдесят офис три⟧
оператор: записала стоимость бумажного счёта ⟪пятьдесят рублей⟫ в месяц
клиент: дорого а на почту бесплатно ⟦EMAIL_ADDRESS|ип кравчук собака яндекс точка бай⟧
оператор: да электронный счёт бесплатный
клиент: тогда на почту дзякуй""")

A("a54", """\
оператор: здравствуйте ⟦PERSON|георгий⟧ слушаю вас
клиент: ассалому алейкум у меня телеграм украли пришёл код я его сказал какому то человеку
оператор: какой код вы назвали
клиент: ⟦SECRET|шесть девять ноль ноль четыре один⟧ вот этот он сказал что из поддержки
оператор: телеграм не наша служба но мы проверим переадресацию смс на вашем номере назовите номер
клиент: ⟦PHONE_NUMBER|девятьсот шестьдесят один пятьсот семьдесят восемь ноль три ноль три⟧
оператор: на кого оформлен
клиент: ⟦PERSON|мансуров достон⟧
оператор: ⟦PERSON|достон⟧ переадресаций нет замена сим не проводилась
клиент: а мой ник в телеграме ⟦LOGIN|достон нижнее подчёркивание сочи девяносто пять⟧ можно вернуть
оператор: восстановить аккаунт можно только через поддержку телеграма
клиент: а облачный пароль был ⟦SECRET|самарканд два ноль два ноль⟧ его тоже поменять
оператор: да обязательно смените облачный пароль и никому его не называйте
клиент: хоп хорошо""")

A("a55", """\
оператор: добрый день ⟦PERSON|нина⟧ слушаю
клиент: здравствуйте у меня патент кончился новый получил а номер всё равно не работает
оператор: назовите номер телефона
клиент: ⟦PHONE_NUMBER|девятьсот двадцать восемь триста тридцать три ноль шесть девяносто⟧
оператор: на кого оформлен
клиент: ⟦PERSON|абдувахобов илхом⟧
оператор: ⟦PERSON|илхом⟧ номер заблокирован за задолженность ⟪двести сорок рублей⟫ а не из за патента
клиент: а я думал патент старый ⟦WORK_PATENT|двадцать три номер двадцать четыре ноль семь семь один три два девять ноль⟧ а новый ⟦WORK_PATENT|двадцать три номер двадцать пять ноль пять девять девять ноль четыре один семь⟧
оператор: патент на работу номера не влияет пополните баланс
клиент: а миграционная тоже ⟦MIGRATION_CARD|ноль три двадцать четыре номер восемь восемь один ноль три семь шесть⟧
оператор: миграционная карта тоже не влияет
клиент: а инн у меня ⟦RU_INN|двадцать три двадцать один шестьдесят пять семьдесят шесть девяносто три сорок⟧ может надо
оператор: нет достаточно пополнить баланс
клиент: ладно спасибо""")

A("a56", """\
оператор: добрый день ⟦PERSON|софия⟧ слушаю вас
клиент: гамарджоба я уезжаю в тбилиси на месяц хочу чтобы звонки на мой номер шли на грузинский
оператор: назовите ваш номер
клиент: ⟦PHONE_NUMBER|восемь девятьсот шестьдесят пять шестьсот одиннадцать сорок ноль два⟧
оператор: на кого оформлен и назовите кодовое слово или паспорт
клиент: ⟦PERSON|чхеидзе мариам отаровна⟧ паспорт российский ⟦RU_PASSPORT|ноль три одиннадцать семьсот двадцать пять шестьсот четыре⟧
оператор: спасибо ⟦PERSON|мариам отаровна⟧ на какой номер переадресация
клиент: ⟦PHONE_NUMBER|плюс девятьсот девяносто пять пятьсот пятьдесят пять девяносто восемь двенадцать ноль четыре⟧
оператор: переадресация на международный номер ⟪тридцать рублей минута⟫ может лучше пакет ⟪роуминг грузия⟫
клиент: а сколько он
оператор: ⟪девятьсот девяносто рублей⟫ за ⟪тридцать дней⟫
клиент: давайте пакет и пусть счёт придёт на почту ⟦EMAIL_ADDRESS|мариам чхеидзе собака джимейл точка ком⟧
оператор: подключила счёт придёт на почту
клиент: а номер договора для бухгалтерии ⟦CONTRACT_NUMBER|ноль триста семь девяносто один двадцать шесть пятьдесят пять⟧ правильно
оператор: да верно
клиент: мадлоба""")

A("a57", """\
оператор: здравствуйте ⟦PERSON|богдан⟧ слушаю вас
клиент: здравствуйте я переведу для подруги она из китая учится в университете сим карта сломалась
оператор: подруга рядом
клиент: да вот она ⟦PERSON|ли мэйлин⟧ она говорит да хао
оператор: спасибо назовите номер телефона
клиент: ⟦PHONE_NUMBER|девятьсот пятьдесят два восемьсот десять сорок два семнадцать⟧
оператор: номер сим карты на пластике видно
клиент: ⟦DEVICE_ID|восемь девять семь ноль один девять девять три пять семь семь один восемь три два семь четыре девять восемь⟧
оператор: спасибо сим карту заменят в салоне бесплатно нужен паспорт подруги
клиент: паспорт ⟦FOREIGN_PASSPORT|е джей пять ноль два восемь восемь один семь⟧ подойдёт
оператор: да иностранный паспорт подходит
клиент: а меня зовут ⟦PERSON|лю ян⟧ я тоже могу пойти с ней
оператор: конечно главное чтобы владелец была лично
клиент: се се спасибо""")

A("a58", """\
оператор: добрый день ⟦PERSON|эвелина⟧ слушаю вас
клиент: здравствуйте я в банке плачу за связь по лицевому счёту а деньги не дошли
оператор: назовите лицевой счёт который указывали
клиент: ⟦ACCOUNT_NUMBER|двести семьдесят пять ноль ноль четыре восемьсот девяносто один⟧
оператор: на кого оформлен договор
клиент: ⟦PERSON|овсепян карен самвелович⟧
оператор: спасибо ⟦PERSON|карен самвелович⟧ такого лицевого счёта у вас нет похоже при оплате ошибка
клиент: вот номер карты с которой платил ⟦CREDIT_CARD|четыре два семь шесть три пять три шесть ноль пять два шесть четыре пять три два⟧
оператор: номер карты не нужен платёж нужно уточнить в банке с чеком
клиент: а правильный лицевой какой
оператор: сообщу после проверки назовите дату рождения
клиент: ⟦DATE_OF_BIRTH|двадцать пятое мая семьдесят седьмого⟧
оператор: спасибо ваш лицевой счёт ⟦ACCOUNT_NUMBER|двести семьдесят пять ноль ноль четыре восемьсот девятнадцать⟧
клиент: точно последние цифры перепутал спасибо""")

A("a59", """\
оператор: добрый день ⟦PERSON|лилия⟧ слушаю вас
клиент: ассалому алейкум подскажите где миграционный центр мне патент продлить
оператор: такую информацию лучше уточнить на сайте мвд я могу помочь по связи
клиент: говорят на ⟪уральской сто шестьдесят два⟫ или в ⟪пашковском⟫
оператор: адреса госорганов я подтвердить не могу чем помочь по номеру
клиент: номер мой ⟦PHONE_NUMBER|девятьсот восемьдесят восемь ноль шестьдесят шесть семьдесят семь восемьдесят восемь⟧ баланс какой
оператор: на кого оформлен номер
клиент: ⟦PERSON|норматов хуршид⟧ ⟦DATE_OF_BIRTH|шестого июня девяносто седьмого⟧
оператор: спасибо ⟦PERSON|хуршид⟧ баланс ⟪сто восемьдесят рублей⟫
клиент: а за патент ⟪семь тысяч восемьсот девяносто три⟫ через вас можно заплатить
оператор: нет оплату патента принимают банки
клиент: а окно ⟪номер двенадцать⟫ там в центре это где отпечатки пальцев снимают
оператор: к сожалению по работе миграционного центра не подскажу
клиент: ладно мой патент ⟦WORK_PATENT|двадцать три номер двадцать четыре ноль девять девять ноль пять восемь восемь три⟧ в ⟪декабре⟫ кончается
оператор: на работу номера патент не влияет
клиент: хоп рахмат""")

A("a60", """\
оператор: добрый день меня зовут ⟦PERSON|вера⟧ компания мобильной связи могу я поговорить с ⟦PERSON|гафуровым рустамом⟧
клиент: да слушаю
оператор: ⟦PERSON|рустам⟧ для проверки назовите пожалуйста дату рождения
клиент: ⟦DATE_OF_BIRTH|тринадцатое апреля девяносто третьего⟧
оператор: спасибо по вашему договору ⟦CONTRACT_NUMBER|ноль два восемь восемь четыре ноль шесть один семь три⟧ образовалась задолженность ⟪шестьсот сорок рублей⟫
клиент: я думал номер закрыл уезжал на родину потом вернулся
оператор: договор не был расторгнут абонентская плата начислялась
клиент: а лицевой какой мне в банке заплатить
оператор: лицевой счёт ⟦ACCOUNT_NUMBER|двести тридцать один восемьсот два пятьсот девяносто четыреста семнадцать⟧
клиент: а инн мой нужен для платежа ⟦RU_INN|двадцать три семьдесят семь пятьдесят три семьдесят три пятьдесят три двадцать два⟧
оператор: инн не нужен достаточно лицевого счёта или номера телефона
клиент: номер ⟦PHONE_NUMBER|девятьсот восемнадцать четыреста девять семнадцать тридцать⟧ по нему можно
оператор: да по этому номеру можно оплатить
клиент: хорошо заплачу сегодня
оператор: спасибо ⟦PERSON|рустам⟧ всего доброго""")


if __name__ == "__main__":
    main()
