#!/usr/bin/env python3
"""Build the pii_ag blind evaluation set (B2B / corporate desk persona).

Standard library only.  Every text below is hand-written with inline markup:

    [[TYPE|value]]            gold span of kind TYPE
    [[TYPE=digits|value]]     gold span; `digits` is what the value means as a
                              digit string (required in ASR texts for numeric
                              kinds, so the spoken words can be parsed back and
                              checked: length, checksum)
    {{value}}                 hard negative (looks like data, is not personal data)
    {{@CHK|value}}            hard negative whose checksum is verified (CHK = INN, OGRN)
    {{@CHK=digits|value}}     same, for spoken numbers

Run:  python3 build.py   -> writes written.jsonl, asr.jsonl, negatives.jsonl
and asserts its own checks (offsets, order, overlaps, shape, counts,
duplicates, checksums, spoken-number parsing, ASR alphabet).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pii_ag"

WRITTEN = []   # marked written texts, in order -> ids pii_ag-w01..w40
ASR = []       # marked call transcripts, in order -> ids pii_ag-a01..a60

# Values that the text itself says were mistyped: allowed to fail their checksum.
MISTYPED = {
    "771543290186",     # w35: the sole trader says the INN in the act was typed with an error
    "14236578910",      # w02: SNILS "с опечаткой" in an employee list
    "4276384709776643", # a11: the client reads her card with a wrong last digit, then corrects it
}

TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH",
    "RU_PASSPORT", "RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS", "RU_OGRN",
    "BANK_ACCOUNT", "CONTRACT_NUMBER", "ACCOUNT_NUMBER", "VEHICLE_ID",
    "RU_DRIVER_LICENSE", "CREDIT_CARD", "CARD_EXPIRY", "CARD_CVV",
    "DEVICE_ID", "SECRET", "LOGIN",
}
# kinds used often: at least 8 of each in each file
OFTEN = [
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH",
    "RU_PASSPORT", "RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS", "BANK_ACCOUNT",
    "CONTRACT_NUMBER", "ACCOUNT_NUMBER", "VEHICLE_ID",
]
# numeric kinds that must carry =digits in ASR texts
ASR_NEEDS_DIGITS = {
    "PHONE_NUMBER", "RU_PASSPORT", "RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS",
    "RU_OGRN", "BANK_ACCOUNT", "CREDIT_CARD", "CONTRACT_NUMBER", "ACCOUNT_NUMBER",
}

# ---------------------------------------------------------------- checksums

def inn_ok(d):
    n = [int(c) for c in d]
    if len(n) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(w, n)) % 11 % 10 == n[9]
    if len(n) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = sum(a * b for a, b in zip(w1, n)) % 11 % 10
        c2 = sum(a * b for a, b in zip(w2, n)) % 11 % 10
        return c1 == n[10] and c2 == n[11]
    return False


def snils_ok(d):
    if len(d) != 11:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
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
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def ogrn_ok(d):
    if len(d) == 13:
        return int(d[:12]) % 11 % 10 == int(d[12])
    if len(d) == 15:
        return int(d[:14]) % 13 % 10 == int(d[14])
    return False

# ---------------------------------------------------------- spoken numbers

UNITS = {"ноль": 0, "нуль": 0, "один": 1, "одна": 1, "два": 2, "две": 2,
         "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
         "восемь": 8, "девять": 9}
TEENS = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
         "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
         "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
        "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
            "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
            "девятьсот": 900}
# words that may sit inside a spoken number span and carry no digits
SKIP = {"э", "ээ", "эээ", "м", "мм", "ну", "так", "значит", "вот", "щас",
        "сейчас", "секунду", "номер", "дефис", "тире", "пробел", "плюс",
        "это", "там", "и", "дальше", "далее", "потом", "еще", "ещё", "пишите",
        "записываете", "да", "угу", "минутку", "смотрю", "контрольное",
        "число", "серия"}
CORRECT = {"ой", "нет", "вернее", "точнее", "извините", "простите"}


def spoken_to_digits(s):
    """Turn a spoken number span into digits.  Groups are read greedily
    (hundreds + tens + unit, tens + unit, teen, unit); a correction word
    ("ой нет", "вернее"...) makes the next group replace the previous one."""
    toks = s.split()
    groups = []
    fix = False
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in CORRECT:
            fix = True
            i += 1
            continue
        if t in SKIP:
            i += 1
            continue
        val = None
        if t in HUNDREDS:
            val = HUNDREDS[t]
            i += 1
            if i < len(toks) and toks[i] in TENS:
                val += TENS[toks[i]]
                i += 1
                if i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] > 0:
                    val += UNITS[toks[i]]
                    i += 1
            elif i < len(toks) and toks[i] in TEENS:
                val += TEENS[toks[i]]
                i += 1
            elif i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] > 0:
                val += UNITS[toks[i]]
                i += 1
            g = str(val)
        elif t in TENS:
            val = TENS[t]
            i += 1
            if i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] > 0:
                val += UNITS[toks[i]]
                i += 1
            g = str(val)
        elif t in TEENS:
            g = str(TEENS[t])
            i += 1
        elif t in UNITS:
            g = str(UNITS[t])
            i += 1
        else:
            raise ValueError("not a number word: %r in %r" % (t, s))
        if fix and groups:
            groups[-1] = g
        else:
            groups.append(g)
        fix = False
    return "".join(groups)

# ------------------------------------------------------------------ markup

TOKEN = re.compile(
    r"\[\[([A-Z_]+)(?:=([0-9]+))?\|(.*?)\]\]"
    r"|\{\{(?:@([A-Z]+)(?:=([0-9]+))?\|)?(.*?)\}\}", re.S)


def parse(marked):
    out = []
    gold, negs, checks = [], [], []
    pos = 0
    last = 0
    for m in TOKEN.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        if m.group(1):
            typ, digits, val = m.group(1), m.group(2), m.group(3)
            gold.append({"type": typ, "start": pos, "end": pos + len(val)})
            checks.append(("gold", typ, digits, val))
        else:
            chk, digits, val = m.group(4), m.group(5), m.group(6)
            negs.append({"start": pos, "end": pos + len(val), "text": val})
            if chk:
                checks.append(("neg", chk, digits, val))
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        assert bad not in text, "stray markup %r in %r" % (bad, text[:80])
    return text, gold, negs, checks


def check_value(kind, typ, digits, val, asr, where):
    """Length and checksum checks for one marked value."""
    if asr:
        if digits is not None:
            got = spoken_to_digits(val)
            assert got == digits, "%s: spoken %r reads %s, marked %s" % (where, val, got, digits)
        elif kind == "gold" and typ in ASR_NEEDS_DIGITS:
            raise AssertionError("%s: ASR %s without =digits: %r" % (where, typ, val))
        d = digits
    else:
        if digits is not None:
            raise AssertionError("%s: =digits only for ASR: %r" % (where, val))
        d = re.sub(r"\D", "", val)
    if d is None:
        return
    mistyped = d in MISTYPED
    ok = True
    if typ in ("RU_INN", "INN"):
        assert len(d) in (10, 12), (where, val)
        ok = inn_ok(d)
    elif typ == "RU_SNILS":
        assert len(d) == 11, (where, val)
        ok = snils_ok(d)
    elif typ in ("RU_OGRN", "OGRN"):
        assert len(d) in (13, 15), (where, val)
        ok = ogrn_ok(d)
    elif typ == "CREDIT_CARD":
        assert len(d) == 16, (where, val)
        ok = luhn_ok(d)
    elif typ == "DEVICE_ID" and d and re.fullmatch(r"[\d\s-]+", val if not asr else "0"):
        if len(d) == 15 or (d.startswith("89") and len(d) in (19, 20)):
            ok = luhn_ok(d)
    elif typ == "PHONE_NUMBER":
        assert len(d) in (10, 11), (where, val, d)
        if len(d) == 11:
            assert d[0] in "78", (where, val)
    elif typ == "RU_PASSPORT":
        assert len(d) == 10, (where, val, d)
    elif typ == "RU_PASSPORT_DEPT":
        assert len(d) == 6, (where, val, d)
    elif typ == "BANK_ACCOUNT":
        assert len(d) == 20, (where, val, d)
    elif typ == "RU_DRIVER_LICENSE":
        assert len(d) == 10, (where, val, d)
    if mistyped:
        assert not ok, "%s: %s listed as mistyped but is valid" % (where, d)
    else:
        assert ok, "%s: checksum fails for %s %r (%s)" % (where, typ, val, d)
    return d


ASR_LINE = re.compile(r"^(оператор|клиент): [а-яё]+( [а-яё]+)*$")


def skeleton(text, gold, negs):
    spans = sorted([(g["start"], g["end"], g["type"]) for g in gold] +
                   [(n["start"], n["end"], "NEG") for n in negs])
    out, last = [], 0
    for s, e, t in spans:
        out.append(text[last:s])
        out.append("<%s>" % t)
        last = e
    out.append(text[last:])
    return re.sub(r"\d", "0", "".join(out))


def build(marked_list, tag, asr):
    rows, negrows = [], []
    seen_checks = set()
    for n, marked in enumerate(marked_list, 1):
        marked = marked.strip("\n")
        rid = "%s-%s%02d" % (PREFIX, tag, n)
        text, gold, negs, checks = parse(marked)
        for kind, typ, digits, val in checks:
            if kind == "gold":
                assert typ in TYPES, (rid, typ)
            d = check_value(kind, typ, digits, val, asr, rid)
            if d and typ in ("RU_INN", "INN", "RU_SNILS", "CREDIT_CARD", "RU_OGRN", "OGRN"):
                seen_checks.add(d)
        # spans: sorted, non-overlapping, inside text, no edge whitespace
        allspans = sorted([(g["start"], g["end"]) for g in gold] +
                          [(x["start"], x["end"]) for x in negs])
        for a, b in zip(allspans, allspans[1:]):
            assert a[1] <= b[0], (rid, "overlap", a, b)
        assert gold == sorted(gold, key=lambda g: g["start"]), rid
        for g in gold + negs:
            frag = text[g["start"]:g["end"]]
            assert frag and frag == frag.strip(), (rid, frag)
            assert 0 <= g["start"] < g["end"] <= len(text), rid
        for x in negs:
            assert text[x["start"]:x["end"]] == x["text"], rid
        lines = text.split("\n")
        if asr:
            assert 10 <= len(lines) <= 30, (rid, len(lines))
            for ln in lines:
                assert ASR_LINE.match(ln), (rid, ln)
            assert any(l.startswith("оператор: ") for l in lines), rid
            assert any(l.startswith("клиент: ") for l in lines), rid
            for g in gold:  # spans never cross a turn boundary
                assert "\n" not in text[g["start"]:g["end"]], rid
        else:
            assert 3 <= len(lines) <= 12, (rid, len(lines))
            assert re.search(r"\d", text), rid
        rows.append({"id": rid, "text": text, "gold": gold})
        if negs:
            negrows.append({"id": rid, "negatives": negs})
        rows[-1]["_skel"] = skeleton(text, gold, negs)
    return rows, negrows, seen_checks


def count(rows):
    c = {}
    for r in rows:
        for g in r["gold"]:
            c[g["type"]] = c.get(g["type"], 0) + 1
    return c


def main():
    w_rows, w_negs, w_seen = build(WRITTEN, "w", asr=False)
    a_rows, a_negs, a_seen = build(ASR, "a", asr=True)
    for d in MISTYPED:
        assert d in w_seen | a_seen, "mistyped value %s not used" % d
    assert len(w_rows) == 40, len(w_rows)
    assert len(a_rows) == 60, len(a_rows)
    allrows = w_rows + a_rows
    texts = [r["text"] for r in allrows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    skels = [r.pop("_skel") for r in allrows]
    dup = [s for s in set(skels) if skels.count(s) > 1]
    assert not dup, "two texts share a skeleton"
    ids = [r["id"] for r in allrows]
    assert len(set(ids)) == len(ids)
    cw, ca = count(w_rows), count(a_rows)
    nw, na = sum(cw.values()), sum(ca.values())
    assert nw >= 300, ("written gold", nw)
    assert na >= 300, ("asr gold", na)
    for t in OFTEN:
        assert cw.get(t, 0) >= 8, ("written", t, cw.get(t, 0))
        assert ca.get(t, 0) >= 8, ("asr", t, ca.get(t, 0))
    negs = w_negs + a_negs
    nneg = sum(len(x["negatives"]) for x in negs)
    assert nneg >= 150, ("negatives", nneg)

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("written.jsonl", w_rows)
    dump("asr.jsonl", a_rows)
    dump("negatives.jsonl", negs)
    # re-read and re-check the shape of what was written
    for name in ("written.jsonl", "asr.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                assert set(r) == {"id", "text", "gold"}
                for g in r["gold"]:
                    assert set(g) == {"type", "start", "end"}
    with open(os.path.join(HERE, "negatives.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert set(r) == {"id", "negatives"}
            for x in r["negatives"]:
                assert set(x) == {"start", "end", "text"}

    kinds = sorted(set(cw) | set(ca), key=lambda t: (-(cw.get(t, 0) + ca.get(t, 0)), t))
    print("| type | written | asr | total |")
    print("|---|---:|---:|---:|")
    for t in kinds:
        print("| %s | %d | %d | %d |" % (t, cw.get(t, 0), ca.get(t, 0), cw.get(t, 0) + ca.get(t, 0)))
    print("| **all gold** | %d | %d | %d |" % (nw, na, nw + na))
    print("negatives: written %d, asr %d, total %d (in %d texts)" % (
        sum(len(x["negatives"]) for x in w_negs), sum(len(x["negatives"]) for x in a_negs),
        nneg, len(negs)))
    print("OK")


# =====================================================================
# WRITTEN TEXTS (e-mails, retyped forms, pasted tables, chats, CRM notes)
# =====================================================================

WRITTEN += [
# w01 e-mail from HR: three new SIMs
r'''
Тема: SIM для новых сотрудников, договор № [[CONTRACT_NUMBER|418802356]]
[[PERSON|Ксения]], добрый день! Просим выпустить 3 SIM на тарифе «{{Бизнес Безлимит Плюс}}», список ниже.
1. [[PERSON|Журавлёв Артём Сергеевич]], [[DATE_OF_BIRTH|14.02.1991]] г.р., паспорт [[RU_PASSPORT|45 16 302418]], код подр. [[RU_PASSPORT_DEPT|770-092]], моб. для связи [[PHONE_NUMBER|+7 926 418-22-09]]
2. [[PERSON|Малинина Дарья Игоревна]], [[DATE_OF_BIRTH|03.09.1997]] г.р., паспорт [[RU_PASSPORT|46 19 775301]], код подр. [[RU_PASSPORT_DEPT|500-114]], моб. [[PHONE_NUMBER|8 (915) 207-63-41]]
3. [[PERSON|Эргашев Бехзод Алишерович]], [[DATE_OF_BIRTH|21.11.1988]] г.р., паспорт [[RU_PASSPORT|45 21 008836]], код подр. [[RU_PASSPORT_DEPT|770-035]] (своего номера пока нет)
Счёт за подключение прошу выставить на ООО «{{Тверская Логистика}}», ИНН {{@INN|7710162383}}, КПП {{771001001}}.
С уважением, [[PERSON|Полина Кравец]], специалист по кадрам
[[EMAIL_ADDRESS|p.kravets@tverlog.ru]], [[PHONE_NUMBER|+7 903 554-18-70]]
''',

# w02 spreadsheet pasted as text (semicolon CSV) with one SNILS mistyped
r'''
Приложение к письму исх. № {{112/КД}} от {{04.03.2025}} — пользователи корпоративных номеров
ФИО;Дата рождения;СНИЛС;Абонентский номер;Лицевой счёт
[[PERSON|Абрамова Елена Викторовна]];[[DATE_OF_BIRTH|17.06.1979]];[[RU_SNILS|122-182-441 13]];[[PHONE_NUMBER|79161830452]];[[ACCOUNT_NUMBER|100473829]]
[[PERSON|Никитин Павел Олегович]];[[DATE_OF_BIRTH|02.01.1984]];[[RU_SNILS|142-365-789 10]];[[PHONE_NUMBER|79161830453]];[[ACCOUNT_NUMBER|100473829]]
[[PERSON|Хабибуллин Ильдар Маратович]];[[DATE_OF_BIRTH|30.12.1992]];[[RU_SNILS|170-554-164 54]];[[PHONE_NUMBER|79161830457]];[[ACCOUNT_NUMBER|100473830]]
[[PERSON|Орлова-Меньшикова Анастасия Игоревна]];[[DATE_OF_BIRTH|11.05.1995]];[[RU_SNILS|702-832-859 90]];[[PHONE_NUMBER|79037712046]];[[ACCOUNT_NUMBER|100473830]]
[[PERSON|Тер-Аракелян Гор Ашотович]];[[DATE_OF_BIRTH|23.08.1976]];[[RU_SNILS|443-830-592 86]];[[PHONE_NUMBER|79652201189]];[[ACCOUNT_NUMBER|100473831]]
Итого номеров: {{5}}; ежемесячный платёж по договору — {{14 950 руб.}}
NB: у [[PERSON|Никитина]] СНИЛС в выгрузке с опечаткой, кадры уточняют — пока не отправляйте в ЕСИА.
''',

# w03 CRM notes about a sole trader
r'''
{{12.03.2025 14:22}} Звонила ИП [[PERSON|Калинина Вероника Андреевна]] (ИНН [[RU_INN|774455963609]]), договор [[CONTRACT_NUMBER|0512448871]], идентификация по ФИО пройдена.
Не видит оплату по счёту № {{СЧ-2025-03-0418}} на {{8 640,00 руб.}}: платила {{07.03}} со своего р/с [[BANK_ACCOUNT|40802810874407302563]] (БИК {{044525501}}). Передано в биллинг, заявка {{INC-774102}}.
Оригиналы закрывающих документов просит слать не на юр. адрес, а домой: [[ADDRESS|125319, г. Москва, ул. Черняховского, д. 9, кв. 41]].
{{13.03.2025 09:05}} Оплата найдена, зачислена на ЛС [[ACCOUNT_NUMBER|730045128]]. Перезвонили на [[PHONE_NUMBER|8-985-311-07-46]], клиентка довольна.
''',

# w04 power of attorney, retyped from a scan
r'''
ДОВЕРЕННОСТЬ № {{27/Д-2025}}
г. Москва, {{пятнадцатое января две тысячи двадцать пятого года}}
Общество с ограниченной ответственностью «{{СтройМеханика}}» (ОГРН {{@OGRN|1157747228022}}, ИНН {{@INN|7716799933}}), в лице генерального директора [[PERSON|Бондаренко Игоря Валентиновича]], действующего на основании Устава, доверяет [[PERSON|Сидорчук Ольге Николаевне]], [[DATE_OF_BIRTH|08.04.1985]] года рождения, паспорт серия [[RU_PASSPORT|4509 № 516207]], код подразделения [[RU_PASSPORT_DEPT|772-018]], зарегистрированной по адресу: [[ADDRESS|г. Москва, Каширское шоссе, д. 94, корп. 2, кв. 117]],
представлять интересы Общества у оператора связи по договору [[CONTRACT_NUMBER|307719465]]: подключать и отключать номера, получать SIM-карты, счета и детализацию расходов.
Доверенность выдана сроком до {{31.12.2025}} без права передоверия.
Генеральный директор ____________ [[PERSON|И. В. Бондаренко]]
Подпись [[PERSON|Сидорчук О. Н.]] ____________ удостоверяю.
''',

# w05 web chat with a chief accountant
r'''
[{{10:41}}] Клиент: Здравствуйте, по лицевому счёту [[ACCOUNT_NUMBER|582019374]] пришёл счёт № {{0037711452}} от {{01.04.2025}} на {{47 318,60 ₽}}, а в марте было {{29 904,00 ₽}}. Почему так?
[{{10:43}}] Оператор [[PERSON|Дмитрий]]: Добрый день! Подскажите, пожалуйста, ваши ФИО, должность и название организации.
[{{10:44}}] Клиент: [[PERSON|Голованова Инна Сергеевна]], главбух ООО «{{Северный Ветер}}».
[{{10:47}}] Оператор [[PERSON|Дмитрий]]: Спасибо, [[PERSON|Инна Сергеевна]]. Рост из-за роуминга по двум номерам в {{Казахстане}} и подключения пакета «{{Бизнес Роуминг 5 ГБ}}» {{18 марта}}. Детализацию направлю на e-mail из договора.
[{{10:49}}] Клиент: Пришлите лучше мне лично на [[EMAIL_ADDRESS|golovanova.is@gmail.com]], договорной ящик читает директор.
[{{10:50}}] Оператор [[PERSON|Дмитрий]]: К сожалению, отправить можем только на адрес, указанный в договоре, либо оформите доверенность на ваше имя.
''',

# w06 e-mail: employee leaves and keeps the number
r'''
From: [[EMAIL_ADDRESS|a.semenov@gk-orbita.ru]]
Коллеги, добрый день. Сотрудник [[PERSON|Ларионов Максим Петрович]] увольняется {{28.02.2025}} и хочет оставить себе корпоративный номер [[PHONE_NUMBER|+79167720318]]. Согласие компании на переоформление прилагаем (письмо исх. № {{45-ОК}}).
Данные нового владельца (физлицо): [[PERSON|Ларионов Максим Петрович]], дата рождения [[DATE_OF_BIRTH|19.07.1986]], паспорт [[RU_PASSPORT|46 11 094527]], выдан ТП № 2 ОУФМС России по Московской обл., код [[RU_PASSPORT_DEPT|500-041]], адрес регистрации: [[ADDRESS|Московская обл., г. Химки, ул. Молодёжная, д. 14, кв. 63]], e-mail [[EMAIL_ADDRESS|maks.larionov86@yandex.ru]].
Номер надо вывести из корпоративного договора [[CONTRACT_NUMBER|216604381]] с {{1 марта}}; тариф на личном договоре — «{{Моя страна}}» или близкий.
--
[[PERSON|Алексей Семёнов]], руководитель АХО ГК «{{Орбита}}», моб. [[PHONE_NUMBER|+7 (962) 940-11-58]]
''',

# w07 fleet table: trackers in vehicles
r'''
Автопарк — SIM в трекерах (выгрузка из 1С, {{апрель 2025}})
Госномер | Марка | VIN | ICCID | Водитель | Тел. водителя
[[VEHICLE_ID|А417ТМ799]] | {{ГАЗель Next}} | [[VEHICLE_ID|X96A21R32M2845170]] | [[DEVICE_ID|8970197462865116967]] | [[PERSON|Тихонов С.А.]] | [[PHONE_NUMBER|8 926 300-14-87]]
[[VEHICLE_ID|М082ОР750]] | {{Ford Transit}} | [[VEHICLE_ID|Z6FXXXESGXKJ40322]] | [[DEVICE_ID|8970198738111862846]] | [[PERSON|Гусейнов Р.Т.]] | [[PHONE_NUMBER|8 916 542-70-03]]
[[VEHICLE_ID|Е305КХ77]] | {{Lada Largus}} | [[VEHICLE_ID|XTAKS045LK1187742]] | [[DEVICE_ID|8970191514563991806]] | [[PERSON|Пыжов Д.]] | [[PHONE_NUMBER|8 985 114-66-29]]
[[VEHICLE_ID|Т741ВУ190]] | {{Hyundai Porter}} | — | [[DEVICE_ID|8970194673173338308]] | [[PERSON|Нестеренко]] | —
Ответственный за парк: [[PERSON|Мельникова Т.В.]], [[EMAIL_ADDRESS|melnikova@avtolinia-m.ru]]
''',

# w08 CRM case: suspension for debt
r'''
Кейс {{CS-0881245}}. Клиент — ООО «{{Промвент}}», договор [[CONTRACT_NUMBER|0900318842]], ЛС [[ACCOUNT_NUMBER|611208455]]. Номера приостановлены {{05.05.2025}}, задолженность {{112 406,35 руб.}}
Позвонил контактное лицо [[PERSON|Фадеев Константин Юрьевич]], идентифицирован по названию организации и кодовому слову «[[SECRET|Вереск]]».
Обещает оплату до {{12.05}}; «обещанный платёж» на тарифе «{{Корпоративный Профи}}» недоступен — объяснил.
Просит перезванивать на личный [[PHONE_NUMBER|+7 910 482-57-11]], рабочий городской номер офиса вечером не отвечает.
''',

# w09 application form for re-registration from a sole trader to his daughter
r'''
ЗАЯВЛЕНИЕ о переоформлении абонентского номера
Прежний абонент: ИП [[PERSON|Рябов Геннадий Львович]], ИНН [[RU_INN|505235716677]], ОГРНИП [[RU_OGRN|319507704733014]]
Новый абонент: [[PERSON|Рябова Алина Геннадьевна]], [[DATE_OF_BIRTH|25.10.2001]] г.р., паспорт [[RU_PASSPORT|4622 118043]], код подразделения [[RU_PASSPORT_DEPT|500-087]], СНИЛС [[RU_SNILS|337-496-820 19]]
Адрес регистрации: [[ADDRESS|143002, Московская область, г. Одинцово, ул. Маршала Жукова, д. 31, кв. 8]]
Номер: [[PHONE_NUMBER|+7 (916) 093-27-50]], договор [[CONTRACT_NUMBER|271003956]]
Причина: прекращение деятельности ИП (запись в ЕГРИП от {{14.03.2025}}).
Подписи: ____ [[PERSON|Рябов Г.Л.]]   ____ [[PERSON|Рябова А.Г.]]
''',

# w10 sole trader's company card
r'''
Карточка ИП (для договора на корпоративное обслуживание)
Индивидуальный предприниматель [[PERSON|Шамсутдинова Гульнара Ринатовна]]
ИНН [[RU_INN|161755525929]]   ОГРНИП [[RU_OGRN|321774849099091]]
Адрес регистрации: [[ADDRESS|420107, Республика Татарстан, г. Казань, ул. Павлюхина, д. 57, кв. 112]]
Торговая точка: {{г. Москва, ТЦ «Бутово Молл», 2 этаж, павильон 2-17}}
Р/с [[BANK_ACCOUNT|40802810639377501854]] в АО «{{Банк Меридиан}}», БИК {{044525971}}, к/с {{30101810000000000971}}
Тел. [[PHONE_NUMBER|+7 917 266-40-13]], e-mail [[EMAIL_ADDRESS|gulnara.shams@mail.ru]]
''',
]

WRITTEN += [
# w11 chat: HR changes tariffs, a surname changed
r'''
HR: Добрый день! Нужно перевести на «{{Бизнес Старт 300}}» номера [[PHONE_NUMBER|+7 965 118 02 44]] ([[PERSON|Соколовская А.]]) и [[PHONE_NUMBER|+7 965 118 02 47]] ([[PERSON|Дубинин]]), а [[PERSON|Валерии Петровне Кашиной]] наоборот поднять до «{{Бизнес Безлимит}}», у неё [[PHONE_NUMBER|+7 965 118 02 51]].
Оператор: Здравствуйте! Меня зовут [[PERSON|Алина]]. Назовите, пожалуйста, номер договора и ваше ФИО.
HR: [[CONTRACT_NUMBER|ДК-2023/1187]], [[PERSON|Юсупова Регина Фаритовна]], менеджер по персоналу, кондитерская фабрика «{{Заря}}».
Оператор: Спасибо, [[PERSON|Регина Фаритовна]]. Смена тарифа с {{1 июня}}, стоимость перехода {{0 руб.}} Подтверждаете?
HR: Да. И ещё: у [[PERSON|Кашиной]] сменилась фамилия, теперь она [[PERSON|Лаврентьева]], паспорт новый [[RU_PASSPORT|45 24 611870]], код [[RU_PASSPORT_DEPT|770-118]] — куда прислать скан?
Оператор: Скан с подписью руководителя загрузите в личный кабинет, раздел «Документы», заявка № {{55102}}.
''',

# w12 e-mail from IT: block numbers of dismissed staff
r'''
Тема: Приостановка номеров уволенных сотрудников
Добрый день! По договору [[CONTRACT_NUMBER|529904167]] прошу с {{20.05.2025}} приостановить номера:
— [[PHONE_NUMBER|8-916-771-30-12]] ([[PERSON|Гришин Е.В.]], уволен {{19.05}});
— [[PHONE_NUMBER|8-916-771-30-19]] ([[PERSON|Латыпова З.]], SIM не сдала);
— [[PHONE_NUMBER|8-916-771-30-26]] (был у [[PERSON|Саши Коваленко]] из склада, SIM потеряна).
Номер [[PHONE_NUMBER|8-916-771-30-33]] не блокировать — передаём его новому кладовщику [[PERSON|Мусину Тимуру Рашидовичу]], [[DATE_OF_BIRTH|1994 года рождения]].
Кодовое слово по договору — «[[SECRET|Апельсин1987]]».
Ответ прошу на [[EMAIL_ADDRESS|it-support.kuznetsov@ya.ru]] (временно, корпоративная почта лежит).
[[PERSON|Кузнецов Илья]], IT-отдел ООО «{{Фармаснаб}}», тел. [[PHONE_NUMBER|+7 977 301-62-84]]
''',

# w13 CRM: SIM replacement after loss
r'''
{{02.06.2025}} Замена SIM по утере. Номер [[PHONE_NUMBER|79857740219]] (корп. договор [[CONTRACT_NUMBER|605518273]]), пользователь [[PERSON|Кириллов Андрей Вадимович]], [[DATE_OF_BIRTH|12.12.1990]] г.р., паспорт [[RU_PASSPORT|4518 227049]].
Пришёл в офис лично с доверенностью № {{118}} от {{30.05.2025}} от ООО «{{ТрансЛайн Восток}}».
Старая SIM [[DEVICE_ID|8970195232425409844]] заблокирована, выдана новая [[DEVICE_ID|8970192700146625743]]. Стоимость замены {{0 руб.}} по тарифу «{{Бизнес Безлимит}}».
Просил заодно сменить пароль от ЛК, логин [[LOGIN|kirillov_av]] — отказано, это делает администратор договора [[PERSON|Ефремова Н.]]
''',

# w14 e-mail: reconciliation act dispute (company requisites are negatives)
r'''
Тема: Акт сверки за 1 кв. 2025 — расхождение
Здравствуйте! По нашим данным по договору [[CONTRACT_NUMBER|388120574]] за {{январь–март}} оплачено {{186 420,00 руб.}} (п/п № {{318}} от {{15.01.2025}}, № {{402}} от {{14.02.2025}}, № {{517}} от {{17.03.2025}}), а в акте сверки стоит {{174 000,00}}.
Плательщик: ООО «{{Вектор-М}}», ИНН {{@INN|5024612428}}, КПП {{502401001}}, р/с {{40702810943658965017}} в ПАО «{{Северо-Восточный банк}}», БИК {{044525834}}, к/с {{30101810600000000834}}.
Юр. адрес: {{143401, Московская обл., г. Красногорск, ул. Ленина, д. 38Б, офис 402}}.
Прошу пересмотреть и выслать акт повторно.
[[PERSON|Захарченко Лилия Андреевна]], бухгалтер, [[PHONE_NUMBER|+7 916 245-83-30]], [[EMAIL_ADDRESS|zakharchenko.l@vector-m.ru]]
''',

# w15 letter asking for call details of an employee's number, with consent
r'''
На бланке ООО «Медицинский центр „{{Доктор Рядом}}“», исх. № {{214}} от {{10.04.2025}}
Прошу предоставить детализацию вызовов за период с {{01.03.2025}} по {{31.03.2025}} по номеру [[PHONE_NUMBER|+7 (925) 610-04-93]], закреплённому за сотрудником [[PERSON|Власовой Мариной Олеговной]] (договор [[CONTRACT_NUMBER|510077342]]).
Детализацию направить на адрес, указанный в договоре. Согласие сотрудника прилагается.
Главный врач [[PERSON|Гончаренко П. С.]]
СОГЛАСИЕ. Я, [[PERSON|Власова Марина Олеговна]], дата рождения [[DATE_OF_BIRTH|29.01.1983]], паспорт [[RU_PASSPORT|45 13 870214]], зарегистрирована: [[ADDRESS|г. Москва, Волгоградский пр-т, д. 120, корп. 3, кв. 55]], не возражаю против передачи работодателю детализации по моему служебному номеру.
''',

# w16 drivers list for confirming SIM users
r'''
Данные пользователей SIM (для подтверждения через Госуслуги), ООО «{{Грузовоз-Север}}»
1) [[PERSON|Панкратов Виталий Евгеньевич]] — СНИЛС [[RU_SNILS|175-673-840 13]], ИНН [[RU_INN|690497230050]], ВУ [[RU_DRIVER_LICENSE|99 21 507733]], номер [[PHONE_NUMBER|+79036610023]]
2) [[PERSON|Абдуллаев Шухрат]] — СНИЛС [[RU_SNILS|864-618-889 68]], ИНН [[RU_INN|625368461712]], ВУ [[RU_DRIVER_LICENSE|77 30 114982]], номер [[PHONE_NUMBER|+79036610024]]
3) [[PERSON|Чернышёв Олег Иванович]] — СНИЛС [[RU_SNILS|755-244-310 96]], ИНН нет, ВУ [[RU_DRIVER_LICENSE|50 18 662041]], номер [[PHONE_NUMBER|+79036610031]]
Машины: {{КАМАЗ 65115}} [[VEHICLE_ID|О512НВ197]], {{MAN TGS}} [[VEHICLE_ID|Н008АК750]].
Контакт: диспетчер [[PERSON|Лена]], [[PHONE_NUMBER|8 (968) 744-02-18]]
''',

# w17 CRM: code word change for a sole trader
r'''
Запрос на смену кодового слова по договору [[CONTRACT_NUMBER|700184526]] (ИП [[PERSON|Дьячков Роман Ильич]]).
Клиент назвал старое кодовое слово «[[SECRET|Бегемот]]», идентифицирован. Новое: «[[SECRET|Синяя птица 2025]]».
Логин в ЛК бизнеса: [[LOGIN|dyachkov.ri]]; пароль по телефону не диктуем, ссылку на сброс отправили на [[EMAIL_ADDRESS|roman.dyachkov@inbox.ru]].
Заодно обновил реквизиты ИП для счетов: ИНН [[RU_INN|505408221270]], р/с [[BANK_ACCOUNT|40802810206397632705]], БИК {{044525302}}.
Адрес для почты: [[ADDRESS|141707, МО, г. Долгопрудный, Лихачёвский пр-д, д. 6, кв. 19]].
''',

# w18 chat: tracker SIM in a van is offline
r'''
Клиент: добрый вечер, у нас в машине [[VEHICLE_ID|В633ЕН799]] трекер не выходит на связь с {{пятницы}}
Оператор [[PERSON|Вероника]]: Здравствуйте! Назовите номер SIM или ICCID, пожалуйста.
Клиент: icc [[DEVICE_ID|8970199343767926075]], номер вроде [[PHONE_NUMBER|9652290417]]
Оператор [[PERSON|Вероника]]: Вижу, SIM была в сети последний раз {{16.05}} в {{18:40}}. Устройство с IMEI [[DEVICE_ID|359593626398037]], верно?
Клиент: да, {{Teltonika FMB920}}. Водитель [[PERSON|Гена Сорокин]], [[PHONE_NUMBER|8 903 221 75 60]], он сейчас в рейсе
Оператор [[PERSON|Вероника]]: По SIM ограничений нет. Попросите водителя перезагрузить трекер; если не поможет, оформлю заявку в техподдержку, срок {{до 3 рабочих дней}}.
Клиент: ок, я [[PERSON|Стас]], завгар, почта [[EMAIL_ADDRESS|stas.zavgar@list.ru]]
''',

# w19 e-mail from a sole trader who sent her card number
r'''
Тема: не проходит автоплатёж
Добрый день. Я ИП [[PERSON|Мартыненко Светлана Борисовна]], договор [[CONTRACT_NUMBER|448013927]]. С {{апреля}} не списывается автоплатёж с карты [[CREDIT_CARD|2202 2085 7969 6478]], срок [[CARD_EXPIRY|09/27]]. Карта личная, на неё же приходят деньги от покупателей.
Если нужно, вот данные для проверки: ИНН [[RU_INN|786942572571]], дата рождения [[DATE_OF_BIRTH|14 сентября 1972 г.]], адрес [[ADDRESS|198260, Санкт-Петербург, пр. Стачек, д. 162, кв. 74]].
Телефон для связи [[PHONE_NUMBER|+7-921-560-38-14]] (не корпоративный).
Ответ оператора ({{15.05.2025}}): [[PERSON|Светлана Борисовна]], номер карты в письмах отправлять небезопасно, рекомендуем перевыпустить карту. Автоплатёж отключился при смене тарифа на «{{Бизнес Безлимит}}» — подключите его заново в ЛК.
''',

# w20 retyped user questionnaire for a corporate number
r'''
АНКЕТА ПОЛЬЗОВАТЕЛЯ КОРПОРАТИВНОГО АБОНЕНТСКОГО НОМЕРА
Организация: АО «{{НИИ Радиосвязь}}» (ИНН {{@INN|7734889594}})
Фамилия: [[PERSON|Ветрова]]   Имя: [[PERSON|Кира]]   Отчество: [[PERSON|Станиславовна]]
Дата рождения: [[DATE_OF_BIRTH|07.03.1999]]   Гражданство: РФ
Документ: паспорт РФ [[RU_PASSPORT|63 19 402788]], код подразделения [[RU_PASSPORT_DEPT|640-003]]
Адрес регистрации: [[ADDRESS|г. Москва, ул. Профсоюзная, д. 132, корп. 8, кв. 230]]
СНИЛС: [[RU_SNILS|887-873-184 00]]
Абонентский номер: [[PHONE_NUMBER|+7 906 772-13-05]]   ICCID: [[DEVICE_ID|8970194000390953901]]
''',
]

WRITTEN += [
# w21 refund application from a sole trader
r'''
Оператору связи, корпоративный отдел, от ИП [[PERSON|Осипенко Тарас Богданович]]
ЗАЯВЛЕНИЕ на возврат неиспользованного аванса
В связи с расторжением договора [[CONTRACT_NUMBER|0633017724]] от {{12.09.2019}} прошу вернуть остаток средств на лицевом счёте [[ACCOUNT_NUMBER|418830561]] в сумме {{3 712,44 руб.}} по реквизитам:
Получатель: ИП [[PERSON|Осипенко Т.Б.]], ИНН [[RU_INN|402334230294]]
Р/с [[BANK_ACCOUNT|40802810743429445289]], банк «{{Калужский кредит}}», БИК {{044525105}}, к/с {{30101810300000000105}}
Адрес ИП: [[ADDRESS|248000, г. Калуга, ул. Плеханова, д. 45, кв. 3]]
Тел. [[PHONE_NUMBER|8 (910) 605-21-94]]      {{06.06.2025}}     ____ /[[PERSON|Осипенко]]/
''',

# w22 CRM log: corporate number moves to the employee
r'''
{{03.07.2025 11:02}} Входящий от HR ООО «{{Альфа-Строй Инжиниринг}}» [[PERSON|Лукиной Евгении]]: сотрудник [[PERSON|Зайцев Григорий Аркадьевич]] забирает номер [[PHONE_NUMBER|+7 916 338 45 02]] на себя.
{{03.07.2025 11:10}} Согласие юрлица есть, подписано ген. директором [[PERSON|Шевчуком А.А.]]
{{04.07.2025 15:30}} [[PERSON|Зайцев]] пришёл в офис продаж ({{Тверская, 22}}): паспорт [[RU_PASSPORT|46 05 337190]], код [[RU_PASSPORT_DEPT|502-007]], д.р. [[DATE_OF_BIRTH|06.06.1969]], прописка [[ADDRESS|МО, г. Подольск, ул. Кирова, д. 11, кв. 90]].
{{04.07.2025 15:41}} Создан договор физлица [[CONTRACT_NUMBER|812003647]], ЛС [[ACCOUNT_NUMBER|920014438]], тариф «{{Близкие люди 3}}». Остаток {{210 руб.}} с корпоративного ЛС не переносится — клиент в курсе.
''',

# w23 e-mail: M2M SIMs for vehicle trackers
r'''
Тема: Заказ 4 M2M SIM для трекеров
Добрый день, [[PERSON|Марат]]! Для новых машин прошу 4 SIM на тарифе «{{M2M Телематика 50 МБ}}». Привязка:
• {{Lada Vesta}}, VIN [[VEHICLE_ID|XTAGFL330NY612847]], г/н [[VEHICLE_ID|Х902СА797]], трекер IMEI [[DEVICE_ID|354601056038018]]
• {{Lada Vesta}}, VIN [[VEHICLE_ID|XTAGFL330NY613322]], г/н [[VEHICLE_ID|Х918СА797]], IMEI [[DEVICE_ID|866878005916665]]
• {{Skoda Octavia}}, VIN [[VEHICLE_ID|XW8AN2NE7KH051276]], г/н [[VEHICLE_ID|С224РК77]], IMEI [[DEVICE_ID|491556918407799]]
• {{Kia Rio}} (г/н ещё не получен), IMEI [[DEVICE_ID|351529424077926]]
Доставка курьером на склад компании: {{Москва, ул. Складочная, д. 1, стр. 18}}, получатель [[PERSON|Горбунов Пётр]], [[PHONE_NUMBER|+7 999 812-40-66]].
[[PERSON|Анисимова Екатерина]], автопарк ООО «{{Таксопарк Север}}»
''',

# w24 chat: reception orders an eSIM for the director
r'''
[{{09:12}}] Клиент: Здравствуйте, это приёмная ООО «{{Арктик Ойл Сервис}}». Генеральный директор [[PERSON|Мамедов Эльчин Ровшанович]] летит {{завтра}} в {{Дубай}}, нужна eSIM на его номер [[PHONE_NUMBER|+7 (926) 001-77-35]].
[{{09:13}}] Оператор [[PERSON|Игорь]]: Добрый день! Для выпуска eSIM на корпоративный номер нужны заявление от организации и паспортные данные пользователя.
[{{09:20}}] Клиент: Паспорт [[RU_PASSPORT|4514 903216]], дата рождения [[DATE_OF_BIRTH|31.07.1968]]. QR-код пришлите, пожалуйста, на {{priemnaya.gd@arcticoil.ru}}, я [[PERSON|Ирина Владимировна]], помощник.
[{{09:24}}] Оператор [[PERSON|Игорь]]: QR-код можем отправить только на e-mail администратора договора [[CONTRACT_NUMBER|330561804]] или выдать в офисе. Пакет «{{Весь мир 3 ГБ}}» подключу с {{00:00}}.
[{{09:25}}] Клиент: Хорошо, администратор — [[PERSON|Рустам Гасанов]], ему удобнее на [[EMAIL_ADDRESS|r.gasanov@arcticoil.ru]].
''',

# w25 cost allocation table (tab separated)
r'''
Распределение затрат на связь, {{май 2025}}
Подразделение	Лицевой счёт	Ответственный	Сумма, руб.	ЦФО
Отдел продаж	[[ACCOUNT_NUMBER|301928475]]	[[PERSON|Кольцова М.]]	{{38 210,00}}	{{ЦФО-014}}
Склад Химки	[[ACCOUNT_NUMBER|301928476]]	[[PERSON|Бекетов А.П.]]	{{12 640,50}}	{{ЦФО-022}}
Бухгалтерия	[[ACCOUNT_NUMBER|301928480]]	[[PERSON|Степанида Гурьевна]]	{{4 900,00}}	{{ЦФО-003}}
Водители	[[ACCOUNT_NUMBER|301928491]]	[[PERSON|Ромашин]]	{{21 077,30}}	{{ЦФО-031}}
Итого по договору [[CONTRACT_NUMBER|0441172093]]: {{76 827,80}}
''',

# w26 number portability application from a sole trader
r'''
ЗАЯВЛЕНИЕ О ПЕРЕНЕСЕНИИ АБОНЕНТСКОГО НОМЕРА
Абонент: индивидуальный предприниматель [[PERSON|Гаврилюк Наталья Степановна]]
ИНН [[RU_INN|774098292100]]; паспорт гражданина РФ [[RU_PASSPORT|45 08 174563]], выдан ОВД района Марьино г. Москвы, к. п. [[RU_PASSPORT_DEPT|772-091]]
Переносимый номер: [[PHONE_NUMBER|+7 (903) 188-26-04]] (у оператора-донора договор [[CONTRACT_NUMBER|20118734465]])
Желаемая дата переноса: {{18.06.2025}}, с {{00:00}} до {{06:00}}
Контактный номер на время переноса: [[PHONE_NUMBER|+7 (977) 452-90-36]]
Адрес места жительства: [[ADDRESS|109341, г. Москва, ул. Люблинская, д. 157, корп. 2, кв. 408]]
''',

# w27 CRM: complaint from a former employee
r'''
Обращение № {{7730-118}}. Звонила [[PERSON|Бурцева Алла Викторовна]], бывшая сотрудница ООО «{{Юнитекс}}»; номер [[PHONE_NUMBER|89104470321]] переоформлен на неё {{11.01.2025}} (договор [[CONTRACT_NUMBER|774120893]]).
Жалуется: бывший работодатель (менеджер по закупкам [[PERSON|Смолин Д.]]) до сих пор получает детализацию по её номеру на [[EMAIL_ADDRESS|smolin.d@yuniteks.ru]].
Проверка: номер выведен из корп. договора {{11.01.2025}}, рассылка по старому шаблону отключена {{сегодня}}. Жалоба на разглашение переведена на линию супервизоров.
Клиентке выслан ответ на [[EMAIL_ADDRESS|alla.burtseva@rambler.ru]]; для идентификации сверена дата рождения ([[DATE_OF_BIRTH|22.02.1975]]).
''',

# w28 notarial power of attorney from a sole trader
r'''
ДОВЕРЕННОСТЬ
Город Москва, {{второе июня две тысячи двадцать пятого года}}.
Я, индивидуальный предприниматель [[PERSON|Лобанов Станислав Игоревич]], [[DATE_OF_BIRTH|03 марта 1980 года]] рождения, паспорт [[RU_PASSPORT|45 02 118407]], код подразделения [[RU_PASSPORT_DEPT|772-055]], ИНН [[RU_INN|772998337978]], проживающий по адресу: [[ADDRESS|город Москва, улица Генерала Белобородова, дом 21, квартира 14]],
настоящей доверенностью уполномочиваю [[PERSON|Лобанову Ирину Павловну]], [[DATE_OF_BIRTH|17 августа 1983 года]] рождения, паспорт [[RU_PASSPORT|45 05 760321]], представлять мои интересы у операторов связи по договору [[CONTRACT_NUMBER|155043781]].
Зарегистрировано в реестре: № {{77/2104-н/77-2025-3-811}}. Уплачено за совершение нотариального действия: {{2 400 руб.}}
Нотариус [[PERSON|Ермолаева С. В.]]
''',

# w29 chat: sole trader changes his bank account
r'''
Клиент: Здравствуйте. ИП [[PERSON|Сафонов]], договор [[CONTRACT_NUMBER|903126554]]. Поменял банк, надо обновить реквизиты в счетах.
Оператор [[PERSON|Марина]]: Добрый день! Назовите, пожалуйста, ФИО полностью и кодовое слово.
Клиент: [[PERSON|Сафонов Денис Аркадьевич]], кодовое слово [[SECRET|мандарин]].
Оператор [[PERSON|Марина]]: Спасибо. Какие реквизиты указать?
Клиент: новый р/с [[BANK_ACCOUNT|40802810827179614789]], БИК {{044525835}}. Старый [[BANK_ACCOUNT|40802810993997317975]] закрыт с {{1 июля}}.
Оператор [[PERSON|Марина]]: Готово, счёт за {{июль}} придёт уже с новыми реквизитами.
Клиент: и адрес регистрации у меня поменялся: [[ADDRESS|г. Реутов, Юбилейный пр-т, д. 40, кв. 215]]
Оператор [[PERSON|Марина]]: Адрес ИП меняем по заявлению с копией листа записи ЕГРИП — загрузите его в ЛК, пожалуйста.
''',

# w30 memo: SIMs in taxi cars
r'''
Служебная записка. Таксопарк «{{Мотор-24}}» — закрепление SIM (тариф «{{Такси Драйв}}»)
Авто [[VEHICLE_ID|К718ММ777]] ({{Hyundai Solaris}}, борт {{№ 114}}) — водитель [[PERSON|Назаров Умид]], ВУ [[RU_DRIVER_LICENSE|77 25 901446]], SIM [[PHONE_NUMBER|+7 958 400-11-14]]
Авто [[VEHICLE_ID|К744ММ777]] ({{Hyundai Solaris}}, борт {{№ 121}}) — водитель [[PERSON|Ковальчук Богдан]], ВУ [[RU_DRIVER_LICENSE|99 19 233870]], SIM [[PHONE_NUMBER|+7 958 400-11-21]]
Авто [[VEHICLE_ID|Р305ТТ199]] ({{Kia K5}}, борт {{№ 130}}) — водитель [[PERSON|Прохоров Аркадий Львович]], ВУ [[RU_DRIVER_LICENSE|50 22 487115]], SIM [[PHONE_NUMBER|+7 958 400-11-30]]
Смены с {{08:00}} до {{20:00}}, пересменка у механика [[PERSON|Коли]].
Утвердил: директор [[PERSON|А. Р. Галиев]]
''',
]

WRITTEN += [
# w31 invoice text: almost everything is a company requisite
r'''
СЧЁТ НА ОПЛАТУ № {{77-0412-2025/118}} от {{05.05.2025}}
Поставщик: ПАО «{{ТелеКом Сервис}}», ИНН {{@INN|7770386807}}, КПП {{777001001}}, р/с {{40702810282460365161}}, БИК {{044525501}}
Покупатель: ООО «{{Гранд Кейтеринг}}», ИНН {{@INN|9771935274}}, КПП {{977101001}}, адрес: {{119021, г. Москва, ул. Льва Толстого, д. 16}}
Основание: договор [[CONTRACT_NUMBER|614430298]], лицевой счёт [[ACCOUNT_NUMBER|700218834]]
1. Услуги связи за {{апрель 2025}} — {{58 300,00}}; 2. Номер {{8 800 555-31-20}} (входящие за счёт компании) — {{1 500,00}}
Итого к оплате: {{59 800,00 руб.}}, в т.ч. НДС 20% {{9 966,67 руб.}}
Ответственный за расчёты у покупателя: [[PERSON|Ямпольская Дарина]], [[PHONE_NUMBER|+7 925 703-18-92]]
''',

# w32 e-mail: new employee brings his personal number into the corporate contract
r'''
Тема: Новый сотрудник — корпоративная SIM и перенос личного номера
[[PERSON|Гульнара Рашитовна]], здравствуйте! С {{16 июня}} к нам выходит [[PERSON|Лисицын Фёдор Андреевич]], [[DATE_OF_BIRTH|1.10.1993]] г.р. Он хочет перевести свой личный номер [[PHONE_NUMBER|8 903 645 12 78]] в наш корпоративный договор [[CONTRACT_NUMBER|219054873]].
Его данные: паспорт [[RU_PASSPORT|4617 552039]], код [[RU_PASSPORT_DEPT|500-156]], ИНН [[RU_INN|508872363441]], СНИЛС [[RU_SNILS|532-901-538 69]], адрес [[ADDRESS|МО, Ленинский г.о., пос. Развилка, д. 44, кв. 71]].
Согласие на обработку ПДн подписано, скан во вложении. Тариф — «{{Бизнес Безлимит}}» с лимитом {{2 000 руб./мес.}}
[[PERSON|Дарья Шапошникова]], HR BP, [[EMAIL_ADDRESS|d.shaposhnikova@neomed-group.ru]]
''',

# w33 CRM: social engineering attempt
r'''
{{21.05.2025 17:48}} Звонок с номера [[PHONE_NUMBER|+7 901 117-66-23]]. Представился [[PERSON|Олегом Викторовичем]], «новым директором» ООО «{{Строймонтаж-Запад}}». Просил продиктовать все номера на договоре и ФИО пользователей.
Назвал договор [[CONTRACT_NUMBER|385500127]] и «кодовое слово» [[SECRET|лето]] — не совпадает. В идентификации отказано.
Пытался выяснить, на кого оформлен номер [[PHONE_NUMBER|+7 916 204-58-40]], называл фамилию [[PERSON|Трофимова]] — информация не предоставлена, предложено письменное обращение.
Администратор договора [[PERSON|Белякова Ж.К.]] уведомлена по [[EMAIL_ADDRESS|belyakova.zh@sm-zapad.ru]], кейс {{SEC-22031}}.
''',

# w34 act of handing SIM cards to employees
r'''
АКТ приёма-передачи SIM-карт № {{4}} от {{19.06.2025}}
ООО «{{Профи Клин}}» передаёт, а сотрудники принимают:
№ | ICCID | Абонентский номер | Сотрудник | Подпись
1 | [[DEVICE_ID|8970194003030270595]] | [[PHONE_NUMBER|+79257110480]] | [[PERSON|Ахмедова Зарина Тимуровна]] | ____
2 | [[DEVICE_ID|8970199431130188638]] | [[PHONE_NUMBER|+79257110481]] | [[PERSON|Гордеев Иван]] | ____
3 | [[DEVICE_ID|8970191945510970602]] | [[PHONE_NUMBER|+79257110482]] | [[PERSON|Пак Виктория]] | ____
Передал: офис-менеджер [[PERSON|С. Г. Жукова]]
''',

# w35 chat: a sole trader's INN was mistyped in the act
r'''
Клиент: Добрый день! Я ИП [[PERSON|Горелов Артур Вячеславович]]. В акте за {{май}} ИНН указан с ошибкой: [[RU_INN|771543290186]], а правильный — [[RU_INN|771543290185]]. Налоговая такой акт не примет.
Оператор [[PERSON|Светлана]]: Здравствуйте, [[PERSON|Артур Вячеславович]]! Назовите, пожалуйста, номер договора.
Клиент: [[CONTRACT_NUMBER|0187330459]]
Оператор [[PERSON|Светлана]]: Спасибо. Исправленный акт № {{АК-0531-0077}} от {{31.05.2025}} сформирую в течение {{2 рабочих дней}}. Оригинал отправить на адрес регистрации ИП?
Клиент: нет, на [[ADDRESS|г. Москва, Ленинградский пр-т, д. 37, корп. 9, кв. 12]] — это моя квартира, и копию на [[EMAIL_ADDRESS|gorelov.artur@yandex.ru]]
''',

# w36 e-mail from the head of a farm (a sole trader)
r'''
Тема: Реквизиты для договора — КФХ
Высылаю реквизиты: Глава КФХ [[PERSON|Шевелёв Николай Фомич]], ИНН [[RU_INN|690162318658]], ОГРНИП [[RU_OGRN|319691866085476]].
Адрес: [[ADDRESS|171250, Тверская обл., Конаковский р-н, д. Старое Семёнково, д. 12]].
Банк: р/с [[BANK_ACCOUNT|40802810495138502480]], БИК {{044525501}}, к/с {{30101810700000000501}}.
Сим-карты нужны на 3 трактора ({{John Deere 6155M}}, {{Кировец К-525}}) и на мой номер [[PHONE_NUMBER|+7 915 730-44-81]]. Тариф — «{{Село на связи}}».
Если что — звоните сыну [[PERSON|Алексею]]: [[PHONE_NUMBER|+7 915 730-44-90]], почта у него [[EMAIL_ADDRESS|shevelev.a.n@bk.ru]].
''',

# w37 CRM: employee died, the number goes to his widow
r'''
{{10.06.2025}} Обращение HR ООО «{{Дельта-Энерго}}» [[PERSON|Климовой О.]]: скончался сотрудник [[PERSON|Рогов Валерий Семёнович]] ([[DATE_OF_BIRTH|08.11.1961]] г.р.), компания согласна передать номер [[PHONE_NUMBER|+7 916 990-23-05]] вдове.
Вдова — [[PERSON|Рогова Людмила Ивановна]], паспорт [[RU_PASSPORT|45 99 015634]], код [[RU_PASSPORT_DEPT|772-110]], прописка [[ADDRESS|г. Москва, 2-я Владимирская ул., д. 38/18, кв. 27]], конт. тел. [[PHONE_NUMBER|8 (499) 305-71-62]].
Нужны: письмо от юрлица, копия свидетельства о смерти (актовая запись № {{170259770000100247003}}), личная явка в офис. Записана на {{17.06}} в {{12:30}}.
''',

# w38 HRM export for eSIM (tab separated), with logins
r'''
Заявка на eSIM (выгрузка из HRM)
ФИО	Должность	E-mail	Логин ЛК	Моб.
[[PERSON|Ильина Мария Сергеевна]]	менеджер проектов	[[EMAIL_ADDRESS|m.ilina@kvadrat-dev.ru]]	[[LOGIN|m.ilina]]	[[PHONE_NUMBER|+79160112243]]
[[PERSON|Фомин Артемий]]	разработчик	[[EMAIL_ADDRESS|a.fomin@kvadrat-dev.ru]]	[[LOGIN|afomin_dev]]	[[PHONE_NUMBER|+79160112251]]
[[PERSON|Ковалёва-Ли Дина Робертовна]]	аналитик	[[EMAIL_ADDRESS|d.kovaleva-li@kvadrat-dev.ru]]	[[LOGIN|dkli]]	[[PHONE_NUMBER|+79160112260]]
Общий ящик для QR-кодов: {{esim@kvadrat-dev.ru}}; договор [[CONTRACT_NUMBER|522190036]]
''',

# w39 security service: a car with a tracker was stolen
r'''
Служба безопасности ООО «{{ЛогистикПро}}» — срочно!
Угнан автомобиль {{Toyota Camry}}, г/н [[VEHICLE_ID|У376ХА777]], VIN [[VEHICLE_ID|XW7BF4FK40S168402]]. В машине трекер с SIM [[PHONE_NUMBER|+7 962 118-30-75]], IMEI [[DEVICE_ID|868445321041277]].
Заявление в полицию принято, КУСП № {{11823}} от {{22.06.2025}}. Прошу дать последнее местоположение SIM по запросу полиции.
За рулём был водитель [[PERSON|Саидов Фарход]], ВУ [[RU_DRIVER_LICENSE|99 08 316274]], на связь не выходит, его личный [[PHONE_NUMBER|+7 977 866-01-09]].
Контакт СБ: [[PERSON|Тарасенко Виктор Михайлович]], [[PHONE_NUMBER|+7 903 100-48-57]]
Ответ: местоположение предоставляется только по официальному запросу правоохранительных органов; обращение № {{88410}} зарегистрировано.
''',

# w40 CRM callback note for a sole trader
r'''
Перезвонить {{завтра}} с {{10:00}} до {{11:30}}: ИП [[PERSON|Ханова Эльвира Маратовна]], [[PHONE_NUMBER|+7 937 612 85 04]], договор [[CONTRACT_NUMBER|740015982]], ЛС [[ACCOUNT_NUMBER|801377264]].
Вопрос: подарок к 10-летию фирмы ({{15.07}}) — не путать с её днём рождения [[DATE_OF_BIRTH|03.04.1987]], в анкете всё верно.
Просит выставлять счета на ИНН [[RU_INN|161350177367]], р/с [[BANK_ACCOUNT|40802810203188081117]] в банке с БИК {{044525917}}.
''',
]


# =====================================================================
# ASR CALL TRANSCRIPTS (one turn per line, lowercase, numbers as words)
# =====================================================================

ASR += [
# a01 HR registers a SIM for a new employee
r'''
оператор: корпоративное обслуживание добрый день меня зовут [[PERSON|ксения]] слушаю вас
клиент: здравствуйте меня зовут [[PERSON|полина]] я из отдела кадров нам надо подключить новую симку сотруднику
оператор: подскажите пожалуйста номер договора и название организации
клиент: договор [[CONTRACT_NUMBER=418802356|четыреста восемнадцать восемьсот два триста пятьдесят шесть]] организация {{тверская логистика}}
оператор: спасибо назовите пожалуйста вашу фамилию имя и отчество полностью
клиент: [[PERSON|кравец полина андреевна]]
оператор: спасибо [[PERSON|полина андреевна]] диктуйте данные сотрудника
клиент: [[PERSON|журавлев артем сергеевич]] дата рождения [[DATE_OF_BIRTH|четырнадцатое февраля девяносто первого года]]
оператор: паспорт пожалуйста
клиент: [[RU_PASSPORT=4516302418|сорок пять шестнадцать номер триста два четыреста восемнадцать]]
оператор: код подразделения
клиент: [[RU_PASSPORT_DEPT=770092|семьсот семьдесят ноль девяносто два]]
оператор: тариф какой подключаем
клиент: {{бизнес безлимит плюс}} как у всех
оператор: хорошо сим карту можно забрать в офисе завтра после {{двенадцати}} или заказать курьера
клиент: курьером на офис пожалуйста а смс о готовности пришлите на мой [[PHONE_NUMBER=89035541870|восемь девятьсот три пятьсот пятьдесят четыре восемнадцать семьдесят]]
оператор: записала заявка номер {{пятьдесят восемь сорок один}} подключение {{ноль рублей}}
клиент: спасибо большое
оператор: спасибо за звонок всего доброго
''',

# a02 sole trader asks for a refund to her business account
r'''
оператор: добрый день корпоративный отдел [[PERSON|артем]] слушаю
клиент: алло здравствуйте я индивидуальный предприниматель [[PERSON|осипова лариса геннадьевна]] у меня договор расторгнут а там остались деньги
оператор: понимаю [[PERSON|лариса геннадьевна]] подскажите номер договора
клиент: сейчас э [[CONTRACT_NUMBER=530712884|пятьсот тридцать семьсот двенадцать восемьсот восемьдесят четыре]]
оператор: спасибо для идентификации назовите пожалуйста ваш инн
клиент: [[RU_INN=627573356721|шестьдесят два семьдесят пять семьдесят три триста пятьдесят шесть семьсот двадцать один]]
оператор: данные совпадают остаток на счете {{две тысячи сто сорок рублей}} вернуть можем на расчетный счет ип
клиент: да давайте записывайте счет [[BANK_ACCOUNT=40802810256301841402|сорок восемьсот два восемьсот десять двести пятьдесят шесть триста один восемьсот сорок один четыреста два]]
оператор: и бик банка
клиент: {{ноль четыре четыре пять два пять восемьсот тридцать четыре}}
оператор: спасибо заявление на возврат нужно направить письменно с подписью через личный кабинет
клиент: а ответ мне можно на [[EMAIL_ADDRESS|осипова эл гэ собака мейл точка ру]]
оператор: да укажите эту почту в заявлении срок возврата {{до тридцати дней}}
клиент: поняла спасибо
оператор: спасибо что обратились всего доброго
''',

# a03 fleet manager: tracker in a van is silent
r'''
оператор: здравствуйте меня зовут [[PERSON|денис]] корпоративная поддержка
клиент: здрасьте у меня машина не видна в системе мониторинга трекер молчит
оператор: назовите пожалуйста номер сим карты трекера
клиент: [[PHONE_NUMBER=9629014733|девятьсот шестьдесят два девятьсот один сорок семь тридцать три]]
оператор: а госномер машины
клиент: [[VEHICLE_ID|эм триста сорок один ка а семьсот пятьдесят]]
оператор: спасибо вижу сим последний раз регистрировалась в сети {{вчера}} в {{семнадцать сорок}}
клиент: ну вот и я про то водитель говорит что все включено
оператор: можете дать номер водителя чтобы уточнить
клиент: [[PERSON|хасанов рустам]] его номер [[PHONE_NUMBER=89167305518|восемь девятьсот шестнадцать семьсот тридцать пятьдесят пять восемнадцать]]
оператор: по сим карте ограничений нет баланс положительный
клиент: а может симка сгорела
оператор: возможно рекомендую заменить сим карту замена бесплатная в любом офисе нужна доверенность на водителя
клиент: а можно без доверенности он в рейсе
оператор: без доверенности только администратор договора либо руководитель с паспортом
клиент: ладно я сам завтра приеду я [[PERSON|бурмистров]] завгар
оператор: хорошо возьмите паспорт и доверенность с печатью
клиент: спасибо
''',

# a04 an employee leaves and keeps his number
r'''
оператор: добрый день корпоративный отдел меня зовут [[PERSON|ольга]]
клиент: здравствуйте [[PERSON|ольга]] я ухожу из компании хочу забрать свой рабочий номер себе
оператор: понимаю для переоформления нужно письмо от организации о согласии вы его получили
клиент: да директор подписал письмо от {{десятого марта}}
оператор: отлично тогда диктуйте фамилию имя отчество
клиент: [[PERSON|седых виктор анатольевич]]
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|пятое мая восемьдесят второго]]
оператор: паспорт серия и номер
клиент: [[RU_PASSPORT=4609118372|сорок шесть ноль девять сто восемнадцать триста семьдесят два]]
оператор: код подразделения
клиент: [[RU_PASSPORT_DEPT=500073|пятьсот ноль семьдесят три]]
оператор: адрес регистрации
клиент: [[ADDRESS|московская область город балашиха улица свердлова дом двадцать шесть квартира сто четырнадцать]]
оператор: номер который переоформляем
клиент: [[PHONE_NUMBER=89266640218|восемь девятьсот двадцать шесть шестьсот шестьдесят четыре ноль два восемнадцать]]
оператор: и почта для нового договора
клиент: [[EMAIL_ADDRESS|вэ седых восемьдесят два собака джимейл точка ком]]
оператор: записала договор будет готов в офисе через {{два рабочих дня}} при себе паспорт
клиент: а баланс перенесется
оператор: остаток корпоративного счета на личный договор не переносится
клиент: ясно спасибо
''',

# a05 chief accountant: the bill doubled
r'''
оператор: корпоративный центр обслуживания [[PERSON|максим]] здравствуйте
клиент: добрый день бухгалтерия фирмы {{гранит плюс}} у нас счет за апрель пришел в два раза больше
оператор: назовите пожалуйста номер лицевого счета
клиент: [[ACCOUNT_NUMBER=582174406|пятьсот восемьдесят два сто семьдесят четыре четыреста шесть]]
оператор: и ваше имя и должность
клиент: [[PERSON|рахимова диляра]] главный бухгалтер
оператор: спасибо [[PERSON|диляра]] вижу счет номер {{ноль ноль три семь семь двенадцать восемьдесят пять}} на {{сорок одну тысячу двести рублей}}
клиент: а в марте было {{девятнадцать тысяч}}
оператор: в апреле по трем номерам были звонки в роуминге и подключен пакет {{бизнес роуминг пять гигабайт}}
клиент: а какие номера
оператор: детализацию могу направить на электронную почту указанную в договоре
клиент: а на мою можно [[EMAIL_ADDRESS|рахимова точка дэ собака гранит плюс точка ру]]
оператор: только если эта почта указана в договоре или по письму от руководителя
клиент: хорошо пусть присылают на договорную
оператор: отправила в течение {{часа}} придет
''',

# a06 director lost his phone, blocks the SIM with the code word
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|анастасия]] чем могу помочь
клиент: добрый день это [[PERSON|лукьянов эдуард борисович]] директор компании {{техноснаб}} я потерял телефон надо заблокировать симку
оператор: для блокировки назовите пожалуйста номер договора и кодовое слово
клиент: договор [[CONTRACT_NUMBER=307551029|триста семь пятьсот пятьдесят один ноль двадцать девять]]
клиент: кодовое слово [[SECRET|ромашка]]
оператор: спасибо [[PERSON|эдуард борисович]] какой номер блокируем
клиент: мой [[PHONE_NUMBER=89857310064|восемь девятьсот восемьдесят пять семьсот тридцать один ноль ноль шестьдесят четыре]]
оператор: номер заблокирован восстановить сим можно в офисе продаж с паспортом
клиент: а если я пошлю секретаря
оператор: тогда нужна доверенность от организации на ее имя и ее паспорт
клиент: ее зовут [[PERSON|кузьмина ирина]] она завтра подъедет
оператор: хорошо офис на {{новослободской}} работает с {{девяти до двадцати одного}}
клиент: спасибо
''',

# a07 sole trader changes his address
r'''
оператор: добрый день [[PERSON|виктория]] корпоративный отдел
клиент: здравствуйте я ип [[PERSON|кочетков]] хочу сменить адрес
оператор: назовите полностью фамилию имя отчество
клиент: [[PERSON|кочетков михаил юрьевич]]
оператор: [[PERSON|михаил юрьевич]] продиктуйте пожалуйста инн
клиент: [[RU_INN=713974713296|семьдесят один тридцать девять семьдесят четыре семьсот тринадцать двести девяносто шесть]]
оператор: спасибо какой новый адрес
клиент: [[ADDRESS|город тула улица октябрьская дом сорок восемь корпус два квартира девятнадцать]]
оператор: для изменения адреса ип нужен лист записи из егрип
клиент: ну я его получил {{пятнадцатого числа}}
оператор: загрузите скан в личном кабинете или пришлите с почты указанной в договоре
клиент: в договоре старая почта [[EMAIL_ADDRESS|кочетков эм ю собака рамблер точка ру]] я ей не пользуюсь
оператор: тогда через личный кабинет
клиент: а логин там какой номер договора наверное [[CONTRACT_NUMBER=900417233|девятьсот четыреста семнадцать двести тридцать три]]
оператор: да логин это номер договора пароль можно восстановить по смс
клиент: понял спасибо
''',

# a08 HR dictates users' SNILS for confirmation
r'''
оператор: корпоративный отдел [[PERSON|сергей]] добрый день
клиент: добрый день нам пришло уведомление что надо подтвердить пользователей номеров через госуслуги
оператор: да организации передают данные пользователей корпоративных номеров
клиент: я могу продиктовать снилсы по телефону
оператор: можем принять назовите договор и ваше фио
клиент: договор [[CONTRACT_NUMBER=216771540|двести шестнадцать семьсот семьдесят один пятьсот сорок]] я [[PERSON|панова елизавета]] отдел кадров
клиент: первая [[PERSON|гуляева надежда петровна]] снилс [[RU_SNILS=88349768591|восемьсот восемьдесят три четыреста девяносто семь шестьсот восемьдесят пять девяносто один]]
оператор: какой номер за ней
клиент: [[PHONE_NUMBER=89161184420|восемь девятьсот шестнадцать сто восемнадцать сорок четыре двадцать]]
клиент: второй [[PERSON|ильин константин]] снилс [[RU_SNILS=72298113301|семьсот двадцать два девятьсот восемьдесят один сто тридцать три ноль один]]
оператор: номер у него
клиент: [[PHONE_NUMBER=89161184427|восемь девятьсот шестнадцать сто восемнадцать сорок четыре двадцать семь]]
клиент: и третья [[PERSON|мамонтова]] у нее снилс [[RU_SNILS=42838426100|четыреста двадцать восемь триста восемьдесят четыре двести шестьдесят один ноль ноль]]
оператор: а имя отчество [[PERSON|мамонтовой]]
клиент: [[PERSON|алиса игоревна]] номер [[PHONE_NUMBER=89161184431|восемь девятьсот шестнадцать сто восемнадцать сорок четыре тридцать один]]
оператор: записал пользователям придет смс с подтверждением в течение {{суток}}
клиент: спасибо а вас как зовут еще раз
оператор: [[PERSON|сергей]]
''',

# a09 fleet manager adds two new vans
r'''
оператор: добрый день корпоративный отдел меня зовут [[PERSON|евгения]]
клиент: да здравствуйте у нас две новые машины надо на них сим для трекеров
оператор: хорошо договор и название компании
клиент: {{автолиния м}} договор [[CONTRACT_NUMBER=611093482|шестьсот одиннадцать ноль девяносто три четыреста восемьдесят два]]
оператор: диктуйте госномера
клиент: первая [[VEHICLE_ID|у семьсот семь эм тэ сто девяносто семь]] это {{газель некст}} вторая [[VEHICLE_ID|е сто двенадцать ха ха семьсот семьдесят семь]] {{ларгус}}
оператор: водителей записать
клиент: да на первую [[PERSON|гусев андрей]] права [[RU_DRIVER_LICENSE=9923412081|девяносто девять двадцать три четыреста двенадцать ноль восемьдесят один]]
оператор: а на вторую
клиент: на вторую пока никого
оператор: сим карты на тарифе {{эм ту эм телематика}} стоимость {{сто пятьдесят рублей}} в месяц за сим
клиент: нормально доставка на склад
оператор: на какой адрес
клиент: {{складочная улица дом один строение восемнадцать}} это склад
оператор: принято получатель
клиент: [[PERSON|мельникова татьяна викторовна]] я сама приму телефон [[PHONE_NUMBER=89265530417|восемь девятьсот двадцать шесть пятьсот пятьдесят три ноль четыре семнадцать]]
оператор: заявка номер {{шестьдесят два ноль девять один}} курьер позвонит за {{час}}
''',

# a10 a stranger tries to learn who owns a corporate number
r'''
оператор: корпоративный отдел [[PERSON|алексей]] здравствуйте
клиент: здравствуйте мне нужно узнать на кого оформлен номер [[PHONE_NUMBER=89037716129|восемь девятьсот три семьсот семьдесят один шестьдесят один двадцать девять]]
оператор: подскажите пожалуйста кем вы являетесь по отношению к организации
клиент: ну я партнер по бизнесу мне звонили с этого номера и угрожали
оператор: информация о владельце номера не предоставляется
клиент: да мне просто фамилию это же компания какая то
оператор: данные владельца защищены законом о персональных данных вы можете обратиться в полицию
клиент: а хотя бы город или название компании скажите
оператор: такая информация не предоставляется
клиент: ну хорошо запишите мой номер если они сами захотят перезвонить [[PHONE_NUMBER=89683302715|восемь девятьсот шестьдесят восемь триста тридцать двадцать семь пятнадцать]] меня зовут [[PERSON|голубев станислав]]
оператор: передать ваши данные владельцу мы тоже не можем рекомендую обратиться с заявлением в полицию
клиент: понятно
оператор: спасибо за обращение всего доброго
''',
]

ASR += [
# a11 sole trader dictates her card, gets a digit wrong, starts on the CVV
r'''
оператор: здравствуйте корпоративный отдел меня зовут [[PERSON|кирилл]]
клиент: добрый день у меня ип и не проходит автоплатеж с карты
оператор: назовите пожалуйста фио и номер договора
клиент: [[PERSON|зуева оксана романовна]] договор [[CONTRACT_NUMBER=448207316|четыреста сорок восемь двести семь триста шестнадцать]]
оператор: спасибо [[PERSON|оксана романовна]] какая ошибка приходит
клиент: пишет карта недействительна вот номер карты [[CREDIT_CARD=4276384709776643|четыре два семь шесть три восемь четыре семь ноль девять семь семь шесть шесть четыре три]]
оператор: номер карты диктовать не нужно это небезопасно привязать карту можно только в личном кабинете
клиент: ой я последнюю цифру не ту сказала там два [[CREDIT_CARD=4276384709776642|четыре два семь шесть три восемь четыре семь ноль девять семь семь шесть шесть четыре два]] срок [[CARD_EXPIRY|ноль восемь двадцать седьмой]]
оператор: пожалуйста не называйте данные карты по телефону
клиент: а код на обороте тоже не нужен там [[CARD_CVV|пятьсот сорок один]]
оператор: нет код никогда никому не сообщайте автоплатеж отключился после смены тарифа на {{бизнес безлимит}} его нужно подключить заново
клиент: а где это в кабинете
оператор: раздел платежи потом автоплатеж под каким логином вы входите
клиент: [[LOGIN|зуева точка о эр]]
оператор: да верно ссылку для входа отправлю смс на контактный номер
клиент: на [[PHONE_NUMBER=89175520693|восемь девятьсот семнадцать пятьсот пятьдесят два ноль шесть девяносто три]]
оператор: да на него
клиент: спасибо
''',

# a12 accountant: the company changed its bank (company requisites are negatives)
r'''
оператор: добрый день корпоративный отдел [[PERSON|марина]]
клиент: здравствуйте это бухгалтерия {{медтехника юг}} мы сменили банк хотим чтобы в счетах были новые реквизиты
оператор: назовите пожалуйста номер договора и ваше фио
клиент: договор [[CONTRACT_NUMBER=731846205|семьсот тридцать один восемьсот сорок шесть двести пять]] я [[PERSON|белоусова анна михайловна]]
оператор: спасибо [[PERSON|анна михайловна]] диктуйте
клиент: новый расчетный счет {{сорок семьсот два восемьсот десять ноль шестьдесят шесть семьсот сорок пять восемьсот тридцать четыре девятьсот двадцать девять}}
клиент: бик {{ноль четыре четыре пять два пять триста два}}
оператор: записала а инн и кпп не изменились
клиент: инн тот же {{@INN=5059852950|пятьдесят пятьдесят девять восемьсот пятьдесят два девятьсот пятьдесят}}
клиент: а кпп {{пять ноль пять девять ноль один ноль ноль один}}
оператор: изменения вступят со счета за {{июнь}} подтверждение придет на почту бухгалтерии
клиент: а какая у вас записана
оператор: назовите вашу почту я сверю
клиент: [[EMAIL_ADDRESS|белоусова собака медтехника юг точка ру]]
оператор: да совпадает
клиент: и мой мобильный на всякий случай [[PHONE_NUMBER=89037462019|восемь девятьсот три семьсот сорок шесть двадцать девятнадцать]]
оператор: добавила в контакты договора
клиент: спасибо
оператор: всего доброго
''',

# a13 employee with a power of attorney checks her passport in the request
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|надежда]]
клиент: добрый день мне выписали доверенность получить сим карты для отдела что с собой брать
оператор: доверенность с подписью руководителя и ваш паспорт
клиент: а паспорт в заявке должен совпадать с доверенностью проверьте пожалуйста
оператор: назовите номер заявки
клиент: заявка {{сорок семь тринадцать девяносто}}
оператор: и ваше фио
клиент: [[PERSON|тимофеева алена сергеевна]] паспорт [[RU_PASSPORT=4520607113|сорок пять двадцать шестьсот семь сто тринадцать]]
оператор: в заявке паспорт указан такой же
клиент: а дата рождения там правильно у меня [[DATE_OF_BIRTH|тридцатое сентября девяносто шестого]]
оператор: дата рождения в заявке не указывается только паспорт
клиент: а код подразделения [[RU_PASSPORT_DEPT=770004|семьсот семьдесят ноль ноль четыре]]
оператор: не обязателен но можно указать
клиент: хорошо а где получать
оператор: в любом офисе продаж например на {{первой тверской ямской}} с {{десяти до двадцати}}
клиент: спасибо
оператор: пожалуйста
''',

# a14 HR: an employee changed her surname
r'''
оператор: корпоративный отдел [[PERSON|тимур]] добрый день
клиент: здравствуйте у сотрудницы сменилась фамилия после свадьбы надо поменять данные пользователя номера
оператор: назовите договор и ваше имя
клиент: договор [[CONTRACT_NUMBER=0217744903|ноль двести семнадцать семьсот сорок четыре девятьсот три]] меня зовут [[PERSON|вера]] отдел кадров
оператор: спасибо [[PERSON|вера]] какой номер у пользователя
клиент: [[PHONE_NUMBER=89651180244|восемь девятьсот шестьдесят пять сто восемнадцать ноль два сорок четыре]]
оператор: прежняя фамилия
клиент: была [[PERSON|синицына]] стала [[PERSON|орлова]] зовут [[PERSON|дарья павловна]]
оператор: новые паспортные данные
клиент: [[RU_PASSPORT=4523819064|сорок пять двадцать три восемьсот девятнадцать ноль шестьдесят четыре]]
оператор: код подразделения
клиент: [[RU_PASSPORT_DEPT=770121|семьсот семьдесят сто двадцать один]]
оператор: нужна копия свидетельства о браке и нового паспорта загрузите в личный кабинет
клиент: а по почте можно отправить
оператор: можно с почты указанной в договоре
клиент: с {{кадры собака фабрика заря точка ру}} подойдет
оператор: да этот адрес в договоре есть
клиент: спасибо
''',

# a15 director's assistant orders an eSIM
r'''
оператор: добрый день [[PERSON|полина]] корпоративный отдел
клиент: здравствуйте я помощник генерального директора нам нужна есим на его номер он улетает
оператор: назовите пожалуйста организацию и договор
клиент: {{северная верфь}} договор [[CONTRACT_NUMBER=330984127|триста тридцать девятьсот восемьдесят четыре сто двадцать семь]]
оператор: кто пользователь номера
клиент: [[PERSON|ахмедов тимур рашидович]] дата рождения [[DATE_OF_BIRTH|второе декабря шестьдесят девятого года]]
оператор: номер телефона
клиент: [[PHONE_NUMBER=89260017735|восемь девятьсот двадцать шесть ноль ноль один семьдесят семь тридцать пять]]
оператор: есим на корпоративный номер выпускается по заявке администратора договора в личном кабинете
клиент: администратор я [[PERSON|соловьева]] логин [[LOGIN|соловьева эн эс]]
оператор: хорошо тогда в кабинете раздел сим карты выпуск есим код придет на почту администратора
клиент: на [[EMAIL_ADDRESS|эн соловьева собака северная верфь точка ру]] да
оператор: верно
клиент: а роуминг в {{эмиратах}} включен
оператор: роуминг подключен пакет {{весь мир три гигабайта}} стоит {{девятьсот девяносто рублей}}
клиент: дороговато ладно
оператор: что то еще подсказать
клиент: нет спасибо
''',

# a16 sole trader moves his personal number into his business contract
r'''
оператор: корпоративный отдел [[PERSON|игорь]] слушаю вас
клиент: здравствуйте я ип хочу свой личный номер перевести на договор ип чтобы в расходы ставить
оператор: назовите фио и инн
клиент: [[PERSON|дорофеев глеб андреевич]] инн [[RU_INN=334810935141|тридцать три четыре восемь один ноль девять три пять один четыре один]]
оператор: спасибо [[PERSON|глеб андреевич]] личный номер на вас оформлен
клиент: да на меня [[PHONE_NUMBER=89106620517|восемь девятьсот десять шестьсот шестьдесят два ноль пять семнадцать]]
оператор: для перевода номера с личного договора нужны паспорт и снилс
клиент: паспорт [[RU_PASSPORT=1719220458|семнадцать девятнадцать двести двадцать четыреста пятьдесят восемь]]
клиент: снилс [[RU_SNILS=96306942333|девятьсот шестьдесят три ноль шестьдесят девять четыреста двадцать три тридцать три]]
оператор: хорошо а номер договора ип
клиент: [[CONTRACT_NUMBER=707381225|семьсот семь триста восемьдесят один двести двадцать пять]]
оператор: заявку создал перевод в течение {{трех рабочих дней}} тариф станет {{бизнес старт}}
клиент: а номер не поменяется
оператор: нет номер сохранится
клиент: отлично спасибо
''',

# a17 fleet: VIN and plates for new trackers
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|вероника]]
клиент: добрый день мы ставим новые трекеры нужно привязать сим к машине диспетчер просил вин
оператор: да диктуйте вин и госномер
клиент: вин [[VEHICLE_ID|икс тэ а два один девять ноль один ноль пэ ноль восемь три один пять два шесть]]
клиент: госномер [[VEHICLE_ID|о пятьсот двадцать один эм эм сто девяносто девять]]
оператор: а сим карта какая номер или айсиайди
клиент: номер сим [[PHONE_NUMBER=9652290488|девятьсот шестьдесят пять двести двадцать девять ноль четыре восемьдесят восемь]]
оператор: спасибо привязка сделана
клиент: и еще одна {{лада гранта}} госномер [[VEHICLE_ID|эн девятьсот двенадцать ка вэ семьсот семьдесят]] вин пока не знаю
оператор: без вин тоже можно
клиент: записывайте сим [[DEVICE_ID=8970190766886187899|восемьдесят девять семьдесят девятнадцать ноль семьдесят шесть шестьдесят восемь восемьдесят шесть сто восемьдесят семь восемьсот девяносто девять]]
оператор: это айсиайди сим карты привязала
клиент: отлично а то наш [[PERSON|марат]] у вас больше не работает
оператор: ваш персональный менеджер сейчас [[PERSON|ушакова]] контакты придут письмом
клиент: спасибо
''',

# a18 security officer: a car with a tracker was stolen
r'''
оператор: корпоративный отдел [[PERSON|елена]] добрый день
клиент: здравствуйте служба безопасности компании у нас угнали машину в ней трекер с вашей симкой
оператор: сочувствую чем могу помочь
клиент: нужно местоположение симки срочно номер [[PHONE_NUMBER=9037205546|девятьсот три семьсот двадцать пятьдесят пять сорок шесть]]
оператор: местоположение сим карты предоставляется только по официальному запросу правоохранительных органов
клиент: заявление уже подали номер кусп {{двенадцать тысяч четыреста восемь}}
оператор: следователь направляет запрос нам официально тогда данные передаются
клиент: машина {{тойота камри}} номер [[VEHICLE_ID|вэ четыреста сорок восемь эс ха семьсот девяносто девять]] может хоть заблокировать
оператор: заблокировать сим можно по запросу администратора договора
клиент: я [[PERSON|тарасенко виктор михайлович]] доверенность есть
оператор: назовите кодовое слово договора
клиент: [[SECRET|северное сияние]]
оператор: спасибо верно но блокировать не советую трекер перестанет передавать данные
клиент: логично не блокируйте
оператор: оставьте контакт для связи
клиент: [[PHONE_NUMBER=89031048571|восемь девятьсот три сто четыре восемьдесят пять семьдесят один]]
оператор: записала а кто был за рулем
клиент: водитель [[PERSON|фарход]] на связь не выходит
оператор: понимаю если поступит запрос от полиции мы обработаем его в приоритете
''',

# a19 accountant paid an invoice twice
r'''
оператор: добрый день корпоративный отдел [[PERSON|юлия]]
клиент: добрый день мы переплатили по ошибке оплатили счет дважды
оператор: назовите номер лицевого счета
клиент: [[ACCOUNT_NUMBER=700219047|семьсот двести девятнадцать ноль сорок семь]]
оператор: и ваше имя
клиент: [[PERSON|захарченко лилия]] бухгалтер
оператор: вижу два платежа по {{пятьдесят девять тысяч восемьсот рублей}} от {{пятого}} и {{шестого мая}}
клиент: да вот второй надо вернуть
оператор: возврат на расчетный счет организации по письму продиктуйте счет я сверю с договором
клиент: счет {{сорок семьсот два восемьсот десять девятьсот сорок три шестьсот пятьдесят восемь девятьсот шестьдесят пять ноль семнадцать}}
оператор: совпадает письмо нужно с подписью руководителя
клиент: его подпишет наш директор [[PERSON|ковалев сергей петрович]]
оператор: хорошо срок возврата до {{тридцати календарных дней}}
клиент: а можно просто зачесть в следующий месяц
оператор: да можно тогда письмо не нужно переплата уйдет в счет {{июня}}
клиент: так проще давайте
оператор: оформила
''',

# a20 sole trader closes the business and keeps the number personally
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|станислав]]
клиент: добрый день я закрываю ип а номер хочу оставить на себя как на физлицо
оператор: понял подскажите фио и инн ип
клиент: [[PERSON|рябинина татьяна олеговна]] инн [[RU_INN=502168183376|пятьдесят двадцать один шестьдесят восемь сто восемьдесят три триста семьдесят шесть]]
оператор: спасибо [[PERSON|татьяна олеговна]] какой номер
клиент: [[PHONE_NUMBER=89153047762|восемь девятьсот пятнадцать триста четыре семьдесят семь шестьдесят два]]
оператор: для договора физлица нужны паспортные данные
клиент: [[RU_PASSPORT=4614928305|сорок шесть четырнадцать девятьсот двадцать восемь триста пять]]
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|одиннадцатое ноль шестое семьдесят восьмого]]
оператор: адрес регистрации
клиент: [[ADDRESS|московская область город мытищи улица колпакова дом тридцать восемь корпус три квартира пятьдесят два]]
оператор: спасибо а ип уже закрыт
клиент: запись будет {{двадцатого числа}}
оператор: тогда переоформить лучше до закрытия чтобы номер не заблокировался
клиент: а долг там есть
оператор: задолженности нет на счете {{восемьсот двенадцать рублей}}
клиент: хорошо
''',
]

ASR += [
# a21 HR suspends numbers of three dismissed employees
r'''
оператор: добрый день корпоративный отдел [[PERSON|дарья]]
клиент: здравствуйте у нас трое уволились надо номера приостановить
оператор: назовите договор и кодовое слово
клиент: договор [[CONTRACT_NUMBER=529118604|пятьсот двадцать девять сто восемнадцать шестьсот четыре]] кодовое слово [[SECRET|апельсин]] ой нет это старое сейчас [[SECRET|мандарин восемьдесят семь]]
оператор: верно второе диктуйте номера
клиент: первый [[PHONE_NUMBER=89164023012|восемь девятьсот шестнадцать четыреста два тридцать двенадцать]] это [[PERSON|гришина]]
клиент: второй [[PHONE_NUMBER=89164023019|восемь девятьсот шестнадцать четыреста два тридцать девятнадцать]] это [[PERSON|латыпов зуфар]]
клиент: третий [[PHONE_NUMBER=89268810745|восемь девять два шесть восемь восемь один ноль семь четыре пять]] это [[PERSON|саша коваль]] со склада
оператор: с какой даты приостановить
клиент: с понедельника с {{двадцатого}}
оператор: приостановка стоит {{сто рублей}} в месяц за номер или можно расторгнуть
клиент: пока приостановить вдруг номера пригодятся
оператор: хорошо оформила заявки придут на почту договора
клиент: и скиньте на мою пожалуйста [[EMAIL_ADDRESS|и точка кузнецов собака фармснаб точка ру]]
оператор: в копию добавлю если эта почта указана как контактная
клиент: да указана я [[PERSON|кузнецов]] из ит отдела
оператор: спасибо всего доброго
''',

# a22 contract administrator asks for call details of an employee's number
r'''
оператор: корпоративная линия [[PERSON|роман]] здравствуйте
клиент: здравствуйте мне нужна детализация по номеру сотрудницы она подозревает что ее номер кто то использует
оператор: вы администратор договора
клиент: да [[PERSON|гончаренко павел сергеевич]] договор [[CONTRACT_NUMBER=510088723|пятьсот десять ноль восемьдесят восемь семьсот двадцать три]]
оператор: назовите кодовое слово
клиент: [[SECRET|каштан]]
оператор: спасибо какой номер
клиент: [[PHONE_NUMBER=89256100493|восемь девятьсот двадцать пять шестьсот десять ноль четыре девяносто три]]
оператор: детализацию по номеру могу отправить на почту договора
клиент: а можно сразу сотруднице [[PERSON|власовой]] на [[EMAIL_ADDRESS|власова эм о собака яндекс точка ру]]
оператор: только на почту указанную в договоре
клиент: ладно за какой период будет
оператор: за любой период до {{шести месяцев}} назовите даты
клиент: с {{первого марта}} по {{тридцать первое}}
оператор: отправлю в течение {{пятнадцати минут}}
клиент: и новую симку ей привезите домой она на больничном адрес [[ADDRESS|москва улица маршала бирюзова дом тридцать два квартира восемь]]
оператор: доставка на адрес пользователя возможна получать будет она лично с паспортом
клиент: да хорошо
''',

# a23 a taxi driver who is a sole trader
r'''
оператор: здравствуйте [[PERSON|ангелина]] корпоративный отдел
клиент: здравствуйте слушайте я ип таксую хочу ваш тариф для такси
оператор: конечно тариф {{такси драйв}} для ип назовите пожалуйста фио
клиент: [[PERSON|юлдашев бобур рустамович]]
оператор: инн ип
клиент: [[RU_INN=500669469157|пятьсот шестьсот шестьдесят девять четыреста шестьдесят девять сто пятьдесят семь]]
оператор: спасибо [[PERSON|бобур рустамович]] для тарифа нужен госномер машины и водительское удостоверение
клиент: машина [[VEHICLE_ID|тэ двести шестьдесят один эр эм семьсот девяносто семь]]
клиент: права [[RU_DRIVER_LICENSE=9926311074|девяносто девять двадцать шесть триста одиннадцать ноль семьдесят четыре]]
оператор: спасибо номер на который подключаем
клиент: [[PHONE_NUMBER=89584022231|восемь девятьсот пятьдесят восемь четыреста два двадцать два тридцать один]]
оператор: тариф стоит {{шестьсот пятьдесят рублей}} в месяц смена с {{завтрашнего дня}}
клиент: а чек на почту придет
оператор: да на какую
клиент: [[EMAIL_ADDRESS|бобур точка такси собака мейл точка ру]]
оператор: записала
клиент: рахмат спасибо
''',

# a24 a user of a corporate number hit his spending limit
r'''
оператор: добрый день корпоративный отдел [[PERSON|алина]]
клиент: добрый день у меня рабочий номер отключили говорят лимит кончился
оператор: вы пользователь корпоративного номера назовите пожалуйста номер
клиент: [[PHONE_NUMBER=89654471208|восемь девятьсот шестьдесят пять четыреста сорок семь двенадцать ноль восемь]]
оператор: и ваше фио
клиент: [[PERSON|мухаметшин ринат ильдарович]]
оператор: [[PERSON|ринат ильдарович]] по номеру установлен лимит {{две тысячи рублей}} в месяц изменить его может только администратор договора
клиент: бухгалтерия сказала назвать лицевой счет [[ACCOUNT_NUMBER=301928502|триста один девятьсот двадцать восемь пятьсот два]]
оператор: да это лицевой счет вашего подразделения
клиент: а кто у нас администратор
оператор: уточните пожалуйста у работодателя
клиент: ладно позвоню [[PERSON|кольцовой]] она у нас связью занимается
оператор: обещанный платеж могу подключить только по запросу администратора
клиент: понятно спасибо
оператор: всего доброго
''',

# a25 head of a farm wants SIMs for tractors
r'''
оператор: корпоративный отдел [[PERSON|олеся]] добрый день
клиент: алло дочка слышишь меня я из деревни звоню связь плохая
оператор: да слышу вас говорите
клиент: я глава крестьянского хозяйства [[PERSON|кудряшов василий егорович]] хочу симки на тракторы чтоб навигация работала
оператор: вы уже наш клиент
клиент: нет новый
оператор: тогда нужны реквизиты хозяйства инн огрнип адрес и расчетный счет
клиент: инн [[RU_INN=691872621971|шестьдесят девять восемнадцать семьдесят два шестьдесят два девятнадцать семьдесят один]]
клиент: адрес [[ADDRESS|тверская область кимрский район деревня горицы улица полевая дом семь]]
клиент: счет [[BANK_ACCOUNT=40802810969627503049|сорок восемьсот два восемьсот десять девятьсот шестьдесят девять шестьсот двадцать семь пятьсот три ноль сорок девять]]
оператор: спасибо а огрнип
клиент: [[RU_OGRN=323695160365081|триста двадцать три шестьсот девяносто пять сто шестьдесят триста шестьдесят пять ноль восемьдесят один]]
оператор: отлично для договора нужен ваш паспорт при визите в офис
клиент: да я в город в {{четверг}} поеду
оператор: сколько сим карт нужно
клиент: четыре на тракторы {{беларус}} и одну мне
оператор: для техники подойдет тариф {{эм ту эм агро}}
клиент: а номер мой для связи [[PHONE_NUMBER=89157304410|восемь девятьсот пятнадцать семьсот тридцать сорок четыре десять]]
оператор: записала менеджер перезвонит
''',

# a26 company lawyer wants confirmation about a former employee's number
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|михаил]]
клиент: добрый день юрист компании {{стройинвест}} [[PERSON|левченко ярослав игоревич]] у нас спор с бывшим сотрудником нужно подтвердить что номер был за ним
оператор: такая информация предоставляется по запросу суда или адвокатскому запросу в письменном виде
клиент: дело номер {{а сорок один двенадцать триста сорок пять двадцать пятый}}
оператор: запрос направьте на официальный адрес компании
клиент: сотрудник [[PERSON|прохоренко денис]] номер [[PHONE_NUMBER=89036612047|восемь девятьсот три шестьсот шестьдесят один двадцать сорок семь]]
клиент: он был пользователем с {{марта двадцать второго}} по {{октябрь двадцать четвертого}}
оператор: по телефону подтвердить не могу только по официальному запросу
клиент: хорошо а адрес для запроса
оператор: адрес указан на сайте в разделе контакты
клиент: тогда ответ прошу на [[EMAIL_ADDRESS|левченко точка юрист собака стройинвест точка ру]]
оператор: ответ придет на адрес указанный в запросе
клиент: и мой мобильный [[PHONE_NUMBER=89299013355|восемь девятьсот двадцать девять девятьсот один тридцать три пятьдесят пять]]
оператор: хорошо всего доброго
''',

# a27 a sole trader has forgotten his contract number
r'''
оператор: добрый день корпоративный отдел [[PERSON|злата]]
клиент: здравствуйте я ип [[PERSON|аветисян карен самвелович]] не помню номер договора
оператор: можем найти по инн назовите пожалуйста
клиент: [[RU_INN=786605522860|семьдесят восемь шестьдесят шесть ноль пять пятьдесят два двадцать восемь шестьдесят]]
оператор: и дату рождения для проверки
клиент: [[DATE_OF_BIRTH|двадцать девятое октября семьдесят пятого года]]
оператор: спасибо [[PERSON|карен самвелович]] договор нашла номер договора отправлю смс на контактный номер
клиент: а продиктовать нельзя
оператор: отправлю смс на номер указанный в договоре
клиент: а какой там указан
оператор: назовите ваш номер я проверю
клиент: [[PHONE_NUMBER=89217804432|восемь девятьсот двадцать один семьсот восемьдесят сорок четыре тридцать два]]
оператор: да он указан смс отправила
клиент: пришло [[CONTRACT_NUMBER=187744210|сто восемьдесят семь семьсот сорок четыре двести десять]] это он
оператор: да верно
клиент: и лицевой счет еще нужен для платежки
оператор: лицевой счет [[ACCOUNT_NUMBER=802114530|восемьсот два сто четырнадцать пятьсот тридцать]]
клиент: записал спасибо
''',

# a28 a new corporate client: company requisites are negatives
r'''
оператор: корпоративные продажи [[PERSON|кристина]] здравствуйте
клиент: здравствуйте хотим перейти к вам всей компанией человек двадцать
оператор: отлично назовите название и инн организации
клиент: ооо {{ромашка плюс}} инн {{@INN=7792977627|семьдесят семь девяносто два девяносто семь семьдесят шесть двадцать семь}}
клиент: огрн {{@OGRN=1177750034252|один один семь семь семь пять ноль ноль три четыре два пять два}}
оператор: спасибо кто будет подписывать договор
клиент: генеральный директор [[PERSON|фролов аркадий ильич]]
оператор: а контактное лицо по договору
клиент: я [[PERSON|дьяченко марина]] офис менеджер мой телефон [[PHONE_NUMBER=89857012266|восемь девять восемь пять семь ноль один двадцать два шестьдесят шесть]]
оператор: и электронная почта
клиент: [[EMAIL_ADDRESS|дьяченко эм собака ромашка дефис плюс точка ру]]
оператор: юридический адрес
клиент: {{москва улица большая почтовая дом двадцать шесть строение два офис четыреста один}}
оператор: менеджер подготовит предложение по тарифу {{бизнес безлимит}} со скидкой {{пятнадцать процентов}}
клиент: а номера сотрудников перенесете
оператор: да перенос номеров бесплатный понадобятся данные каждого пользователя
клиент: хорошо пришлем списком
''',

# a29 HR: a user on maternity leave must be confirmed
r'''
оператор: добрый день корпоративный отдел [[PERSON|ярослава]]
клиент: здравствуйте у нас сотрудница в декрете ей пришла смс что номер заблокируют если не подтвердить пользователя
оператор: да нужно подтвердить данные пользователя назовите договор
клиент: [[CONTRACT_NUMBER=605522914|шестьсот пять пятьсот двадцать два девятьсот четырнадцать]] я из кадров [[PERSON|гаврилова]]
оператор: данные пользователя
клиент: [[PERSON|прокопенко ульяна викторовна]] снилс [[RU_SNILS=80591583216|восемьсот пять девятьсот пятнадцать восемьсот тридцать два шестнадцать]]
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|восьмое августа девяносто третьего]]
оператор: и номер
клиент: [[PHONE_NUMBER=89099931208|восемь девятьсот девять девятьсот девяносто три двенадцать ноль восемь]]
оператор: спасибо данные отправлены пользователю нужно подтвердить на госуслугах в течение {{тридцати дней}}
клиент: а если она не сможет
оператор: тогда номер будет ограничен до подтверждения
клиент: ладно я ей позвоню
оператор: спасибо за звонок
''',

# a30 fleet: temperature sensor in a refrigerated truck
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|виталий]]
клиент: добрый день у нас рефрижератор датчик температуры через вашу симку работает и не передает
оператор: назовите айсиайди сим карты
клиент: [[DEVICE_ID=8970192388202246412|восемьдесят девять семьдесят девятнадцать двадцать три восемьдесят восемь двадцать двадцать два сорок шесть четыреста двенадцать]]
оператор: сим активна трафик за месяц {{сорок мегабайт}} из {{пятидесяти}}
клиент: а машина [[VEHICLE_ID|ха семьсот тридцать три ка е сто пятьдесят]]
оператор: привязку к машине я не вижу это в вашей системе мониторинга
клиент: понятно водитель [[PERSON|борисов]] говорит что под {{воронежем}} не ловило
оператор: возможно датчик был вне зоны покрытия сейчас сим в сети
клиент: а пакет увеличить можно
оператор: да до {{ста мегабайт}} за {{девяносто рублей}}
клиент: давайте на все три сим
оператор: назовите кодовое слово
клиент: [[SECRET|холодильник два]]
оператор: спасибо изменения с {{первого числа}}
''',
]

ASR += [
# a31 a sole trader's bookkeeper updates the business bank account
r'''
оператор: добрый день [[PERSON|георгий]] корпоративный отдел
клиент: здравствуйте я бухгалтер ип [[PERSON|лаптевой]] звоню по ее поручению
оператор: вы указаны в договоре как контактное лицо
клиент: да [[PERSON|зимина ксения олеговна]]
оператор: спасибо назовите договор
клиент: [[CONTRACT_NUMBER=220915736|двести двадцать девятьсот пятнадцать семьсот тридцать шесть]]
оператор: да вы есть в контактах слушаю
клиент: надо чтобы в счетах был новый расчетный счет ип [[BANK_ACCOUNT=40802810682727336436|сорок восемьсот два восемьсот десять шестьсот восемьдесят два семьсот двадцать семь триста тридцать шесть четыреста тридцать шесть]]
оператор: банк
клиент: бик {{ноль четыре четыре пять два пять сто пять}} корсчет {{тридцать сто один восемьсот десять триста ноль ноль ноль ноль ноль ноль ноль ноль сто пять}}
оператор: записал изменения со счета за {{июль}}
клиент: и адрес ип для документов поменялся на домашний [[ADDRESS|город калуга улица кирова дом двадцать один квартира шестьдесят семь]]
оператор: адрес ип меняется только по заявлению самого предпринимателя
клиент: хорошо [[PERSON|жанна викторовна]] сама позвонит
оператор: спасибо всего доброго
''',

# a32 an employee's wife wants his call details
r'''
оператор: корпоративный отдел [[PERSON|инна]] здравствуйте
клиент: здравствуйте у мужа рабочий номер я хочу узнать куда он звонил вчера вечером
оператор: детализация звонков предоставляется только организации владельцу договора
клиент: я жена [[PERSON|белов андрей николаевич]] вот его номер [[PHONE_NUMBER=89163380512|восемь девятьсот шестнадцать триста тридцать восемь ноль пять двенадцать]]
оператор: информацию по номеру предоставить не получится
клиент: я знаю его паспорт [[RU_PASSPORT=4510227381|сорок пять десять двести двадцать семь триста восемьдесят один]] и дату рождения [[DATE_OF_BIRTH|первое апреля семьдесят девятого]]
оператор: даже с этими данными информация предоставляется только по запросу организации
клиент: а где он работает ну это вы знаете
оператор: такие сведения не разглашаются
клиент: а если я скажу его снилс [[RU_SNILS=07195322568|ноль семьдесят один девятьсот пятьдесят три двести двадцать пять шестьдесят восемь]]
оператор: нет это не поможет рекомендую обратиться к супругу или в организацию
клиент: ну и ладно я [[PERSON|белова ирина]] запишите что я звонила
оператор: спасибо за звонок
''',

# a33 accountant: reconciliation does not match
r'''
оператор: добрый день [[PERSON|анна]] корпоративный отдел
клиент: добрый день у нас не сходится акт сверки за первый квартал
оператор: назовите номер договора и лицевой счет
клиент: договор [[CONTRACT_NUMBER=388457219|триста восемьдесят восемь четыреста пятьдесят семь двести девятнадцать]] лицевой [[ACCOUNT_NUMBER=104772381|сто четыре семьсот семьдесят два триста восемьдесят один]]
оператор: и ваше фио
клиент: [[PERSON|щербакова людмила аркадьевна]]
оператор: спасибо [[PERSON|людмила аркадьевна]] по нашим данным оплачено {{сто семьдесят четыре тысячи}}
клиент: а у нас {{сто восемьдесят шесть четыреста двадцать}} три платежки {{триста восемнадцатая}} {{четыреста вторая}} и {{пятьсот семнадцатая}}
оператор: платеж {{четыреста два}} пришел без номера лицевого счета я запрошу его розыск
клиент: а сколько это займет
оператор: до {{десяти рабочих дней}} номер обращения {{семь семь три ноль один восемь}}
клиент: пришлите ответ на [[EMAIL_ADDRESS|щербакова эл а собака вектор эм точка ру]]
оператор: ответ придет на почту договора и в копию на вашу
клиент: спасибо
''',

# a34 sole trader needs original acts for the tax office
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|павел]]
клиент: добрый день мне нужны оригиналы актов за прошлый год для налоговой
оператор: назовите пожалуйста фио и инн
клиент: ип [[PERSON|карпенко юлия сергеевна]] инн [[RU_INN=334572454454|тридцать три сорок пять семьдесят два сорок пять сорок четыре пятьдесят четыре]]
оператор: спасибо [[PERSON|юлия сергеевна]] куда направить оригиналы
клиент: на домашний [[ADDRESS|шестьсот ноль ноль ноль ноль один владимир улица горького дом восемьдесят два квартира сто сорок]]
оператор: оригиналы отправим почтой в течение {{десяти дней}} электронные копии можно сразу
клиент: копии на [[EMAIL_ADDRESS|карпенко юлия восемьдесят пять собака бэ ка точка ру]]
оператор: отправила акты за {{двадцать четвертый год}} двенадцать штук
клиент: а счета фактуры
оператор: для ип на упрощенке счета фактуры не выставляются
клиент: ну да я на усн
оператор: что то еще подсказать
клиент: нет спасибо
''',

# a35 administrator adds two users with passports
r'''
оператор: корпоративный отдел [[PERSON|лилия]] добрый день
клиент: добрый день добавьте пожалуйста двух пользователей к договору [[CONTRACT_NUMBER=0504418826|ноль пятьсот четыре четыреста восемнадцать восемьсот двадцать шесть]]
оператор: вы администратор договора
клиент: да [[PERSON|осипов денис алексеевич]]
оператор: кодовое слово
клиент: [[SECRET|гранит]]
оператор: диктуйте
клиент: первый [[PERSON|кириленко максим]] паспорт [[RU_PASSPORT=4618339042|сорок шесть восемнадцать триста тридцать девять ноль сорок два]] код [[RU_PASSPORT_DEPT=500133|пятьсот сто тридцать три]]
оператор: дальше
клиент: вторая [[PERSON|хабибуллина айгуль ренатовна]] паспорт [[RU_PASSPORT=9209512774|девяносто два ноль девять пятьсот двенадцать семьсот семьдесят четыре]] код [[RU_PASSPORT_DEPT=160004|сто шестьдесят ноль ноль четыре]]
оператор: у второго пользователя паспорт выдан в татарстане все верно
клиент: да она к нам из казани переехала
оператор: номера новые нужны
клиент: да два новых на {{бизнес безлимит}}
оператор: сим карты будут готовы {{завтра}} в офисе
клиент: спасибо
''',

# a36 a taxi driver's work phone was stolen
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|нурлан]]
клиент: але здрасьте я водитель у меня телефон украли рабочий надо симку заблокировать
оператор: номер телефона
клиент: [[PHONE_NUMBER=89581201130|восемь девятьсот пятьдесят восемь сто двадцать одиннадцать тридцать]]
оператор: номер корпоративный назовите организацию
клиент: таксопарк {{мотор двадцать четыре}}
оператор: для блокировки нужен администратор или кодовое слово
клиент: кодовое слово не знаю я [[PERSON|ковальчук богдан]] может по фамилии
оператор: блокировку по утере пользователь может сделать сам назовите дату рождения как в анкете пользователя
клиент: [[DATE_OF_BIRTH|шестнадцатое января девяносто девятого года]]
оператор: спасибо номер заблокирован восстановить можно в офисе с паспортом и доверенностью
клиент: а права подойдут у меня паспорта с собой нет
оператор: нет нужен паспорт
клиент: ладно диспетчеру скажу [[PERSON|ибрагим]] привезет доверенность
оператор: хорошо всего доброго
''',

# a37 director replaces the contact person
r'''
оператор: корпоративный отдел [[PERSON|маргарита]] здравствуйте
клиент: здравствуйте я генеральный директор {{сигма групп}} [[PERSON|захаров игнат валерьевич]] хочу сменить контактное лицо по договору
оператор: назовите договор и кодовое слово
клиент: договор [[CONTRACT_NUMBER=771204638|семьсот семьдесят один двести четыре шестьсот тридцать восемь]] слово [[SECRET|полярная звезда]]
оператор: спасибо кого указываем
клиент: [[PERSON|ларина вероника дмитриевна]] телефон [[PHONE_NUMBER=89262240091|восемь девятьсот двадцать шесть двести двадцать четыре ноль ноль девяносто один]]
оператор: почта
клиент: [[EMAIL_ADDRESS|вероника точка ларина собака сигма групп точка ком]]
оператор: прежнее контактное лицо удалить
клиент: да [[PERSON|смирнов]] у нас больше не работает
оператор: нужен скан письма за вашей подписью
клиент: пришлю сегодня а с какой почты
оператор: с почты указанной в договоре либо через личный кабинет
клиент: хорошо
''',

# a38 sole trader disputes roaming charges run up by her manager
r'''
оператор: добрый день [[PERSON|константин]] корпоративный отдел
клиент: здравствуйте я ип [[PERSON|гусейнова севиль]] с меня списали {{восемь тысяч}} за роуминг а я никуда не ездила
оператор: назовите договор и лицевой счет
клиент: договор [[CONTRACT_NUMBER=448661790|четыреста сорок восемь шестьсот шестьдесят один семьсот девяносто]] лицевой [[ACCOUNT_NUMBER=540023117|пятьсот сорок ноль двадцать три сто семнадцать]]
оператор: спасибо вижу интернет в роуминге {{четырнадцатого}} и {{пятнадцатого мая}}
клиент: это не я это мой менеджер [[PERSON|тамара]] ездила в отпуск у нее сим на моем договоре
оператор: сим карта зарегистрирована на ваш договор поэтому начисления корректны
клиент: а вернуть можно хоть часть
оператор: могу оформить претензию рассмотрение до {{тридцати дней}}
клиент: оформляйте ответ на [[EMAIL_ADDRESS|севиль гусейнова собака инбокс точка ру]]
оператор: оформила номер претензии {{девяносто один четыреста двадцать}}
клиент: и отключите роуминг на ее номере [[PHONE_NUMBER=89855601322|восемь девятьсот восемьдесят пять пятьсот шестьдесят тринадцать двадцать два]]
оператор: отключила
''',

# a39 son of a deceased sole trader wants to keep the number
r'''
оператор: корпоративный отдел [[PERSON|екатерина]] здравствуйте
клиент: здравствуйте у меня умер отец он был ип номер был на его договоре я хочу номер оставить себе
оператор: примите соболезнования подскажите фио отца
клиент: [[PERSON|григорьев семен ильич]]
оператор: для переоформления нужно свидетельство о смерти и документы о наследстве или согласие наследников
клиент: свидетельство есть я единственный наследник [[PERSON|григорьев олег семенович]]
оператор: [[PERSON|олег семенович]] назовите ваши паспортные данные для предварительной заявки
клиент: [[RU_PASSPORT=4507612983|сорок пять ноль семь шестьсот двенадцать девятьсот восемьдесят три]] код [[RU_PASSPORT_DEPT=772064|семьсот семьдесят два ноль шестьдесят четыре]]
оператор: адрес регистрации
клиент: [[ADDRESS|москва проспект вернадского дом восемьдесят девять корпус четыре квартира двести одиннадцать]]
оператор: номер телефона отца
клиент: [[PHONE_NUMBER=89031407725|восемь девятьсот три сто сорок семьдесят семь двадцать пять]]
оператор: заявку создала приходите в офис с документами срок {{шесть месяцев}}
клиент: хорошо спасибо
''',

# a40 HR sends a SIM to a remote employee's home
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|арина]]
клиент: добрый день у нас сотрудник на удаленке в туле нужно отправить ему сим карту домой
оператор: назовите договор
клиент: [[CONTRACT_NUMBER=219063318|двести девятнадцать ноль шестьдесят три триста восемнадцать]]
оператор: данные получателя
клиент: [[PERSON|сорокин геннадий павлович]] адрес [[ADDRESS|тула улица болдина дом девяносто восемь квартира тридцать пять]]
оператор: получатель предъявит паспорт курьеру назовите серию и номер
клиент: [[RU_PASSPORT=7011845306|семьдесят одиннадцать восемьсот сорок пять триста шесть]]
оператор: код подразделения
клиент: [[RU_PASSPORT_DEPT=710002|семьсот десять ноль ноль два]]
оператор: контактный номер получателя
клиент: [[PHONE_NUMBER=89106601944|восемь девятьсот десять шестьсот шестьдесят девятнадцать сорок четыре]]
оператор: доставка в тулу {{три дня}} стоимость {{триста рублей}}
клиент: нормально
оператор: заявка {{шесть шесть ноль четыре два}}
клиент: спасибо
''',
]

ASR += [
# a41 fleet: a van was sold, its tracker SIM moves to a new van
r'''
оператор: добрый день корпоративный отдел [[PERSON|богдана]]
клиент: здравствуйте мы продали машину надо симку из трекера перекинуть
оператор: назовите номер сим карты
клиент: э [[PHONE_NUMBER=9652290431|девятьсот шестьдесят пять двести двадцать девять ноль четыре двадцать ой нет тридцать один]]
оператор: спасибо и организация
клиент: {{автолиния м}} я [[PERSON|мельникова]]
оператор: спасибо [[PERSON|татьяна викторовна]] вижу вас в контактах договора
клиент: машина была [[VEHICLE_ID|а четыреста семнадцать тэ эм семьсот девяносто девять]] {{газель}}
оператор: сим отключить совсем или перевести на другую машину
клиент: перевести на новую там номер [[VEHICLE_ID|эс сто девяносто ха ка семьсот девяносто девять]]
оператор: а вин новой машины
клиент: [[VEHICLE_ID|икс девять шесть а два один эр три два эн два восемь пять ноль девять девять три]]
оператор: привязку изменила старую сим новому владельцу машины не передавайте
клиент: нет трекер сняли
оператор: отлично что то еще
клиент: водитель новый [[PERSON|пыжов дмитрий]] его номер [[PHONE_NUMBER=89851146629|восемь девятьсот восемьдесят пять сто четырнадцать шестьдесят шесть двадцать девять]]
оператор: в карточку машины водителя добавила
клиент: спасибо
''',

# a42 an outsourced bookkeeper calls for a sole trader
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|руслан]]
клиент: добрый день я из бухгалтерской компании веду учет ип [[PERSON|ковригин]] нам нужен акт сверки
оператор: акт сверки направляется на почту договора либо по доверенности от предпринимателя
клиент: доверенность есть я [[PERSON|саркисян милена артуровна]]
оператор: назовите инн предпринимателя
клиент: [[RU_INN=161317764752|сто шестьдесят один триста семнадцать семьсот шестьдесят четыре семьсот пятьдесят два]]
оператор: спасибо договор нашел за какой период акт
клиент: за {{второй квартал}} и проверьте расчетный счет в договоре должен быть [[BANK_ACCOUNT=40802810511708941042|четыре ноль восемь ноль два восемь один ноль пять один один семь ноль восемь девять четыре один ноль четыре два]]
оператор: в договоре указан другой счет для изменения нужно заявление от предпринимателя
клиент: точно он же банк менял ладно пусть сам позвонит
оператор: акт сверки отправлю на почту договора
клиент: а на нашу можно {{учет плюс собака яндекс точка ру}}
оператор: только если она указана в доверенности
клиент: указана
оператор: тогда пришлите скан доверенности с этой почты и я отправлю
клиент: спасибо
''',

# a43 contract administrator cannot log in
r'''
оператор: добрый день корпоративный отдел [[PERSON|даниил]]
клиент: здравствуйте не могу зайти в личный кабинет бизнеса пишет неверный пароль
оператор: вы администратор договора
клиент: да [[PERSON|федорова кира андреевна]] логин [[LOGIN|ка точка федорова]]
оператор: пароль могу сбросить ссылка придет на почту администратора
клиент: почта [[EMAIL_ADDRESS|ка точка федорова собака квадрат дефис дев точка ру]]
оператор: верно ссылку отправил
клиент: не приходит
оператор: проверьте папку спам ссылка действует {{сутки}}
клиент: нашла спасибо а еще надо добавить второго администратора [[PERSON|фомин артемий]] логин ему сделать [[LOGIN|а фомин дев]]
оператор: второго администратора добавляем по письму руководителя
клиент: хорошо а номер его [[PHONE_NUMBER=89160112251|восемь девятьсот шестнадцать ноль одиннадцать двадцать два пятьдесят один]]
оператор: номер есть в договоре
клиент: спасибо
''',

# a44 sole trader re-signs the contract on the new form
r'''
оператор: корпоративный отдел [[PERSON|таисия]] здравствуйте
клиент: добрый день мне пришло письмо что надо переподписать договор ип на новой форме
оператор: да данные нужно актуализировать назовите фио
клиент: [[PERSON|медведев святослав игоревич]]
оператор: паспорт
клиент: [[RU_PASSPORT=4619445107|сорок шесть девятнадцать четыреста сорок пять сто семь]]
оператор: код подразделения
клиент: [[RU_PASSPORT_DEPT=500092|пятьсот ноль девяносто два]]
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|девятнадцатое ноября восемьдесят пятого]]
оператор: снилс
клиент: [[RU_SNILS=66219726314|шестьсот шестьдесят два сто девяносто семь двести шестьдесят два ой нет двести шестьдесят три четырнадцать]]
оператор: адрес регистрации
клиент: [[ADDRESS|московская область город королев улица циолковского дом двадцать девять квартира сорок четыре]]
оператор: договор подготовлю подписать можно электронно или в офисе
клиент: электронно удобнее а на какую почту придет
оператор: на почту указанную в договоре
клиент: она поменялась теперь [[EMAIL_ADDRESS|медведев эс и собака джимейл точка ком]]
оператор: записала
''',

# a45 HR: two users still unconfirmed
r'''
оператор: добрый день [[PERSON|лев]] корпоративный отдел
клиент: здравствуйте я по подтверждению пользователей у нас двоих не хватает
оператор: договор пожалуйста
клиент: [[CONTRACT_NUMBER=0441172093|ноль четыреста сорок один сто семьдесят два ноль девяносто три]]
оператор: диктуйте
клиент: [[PERSON|бекетов александр павлович]] снилс [[RU_SNILS=56610417780|пятьсот шестьдесят шесть сто четыре сто семьдесят семь восемьдесят]]
клиент: и [[PERSON|ромашин евгений]] снилс [[RU_SNILS=71047881895|семь один ноль четыре семь восемь восемь один восемь девять пять]]
оператор: спасибо а номера
клиент: у [[PERSON|бекетова]] [[PHONE_NUMBER=89261740385|восемь девятьсот двадцать шесть сто семьдесят четыре ноль три восемьдесят пять]] у [[PERSON|ромашина]] [[PHONE_NUMBER=89261740392|восемь девятьсот двадцать шесть сто семьдесят четыре ноль три девяносто два]]
оператор: записал смс придут пользователям
клиент: а от кого будет смс чтобы они не подумали что мошенники
оператор: отправитель госуслуги в тексте код подтверждения
клиент: понятно спасибо
''',

# a46 administrator asks about cheaper tariffs (mostly negatives)
r'''
оператор: корпоративный отдел [[PERSON|вадим]] добрый день
клиент: здравствуйте хочу узнать какие есть тарифы для сотрудников дешевле чем у нас сейчас
оператор: какой у вас тариф сейчас
клиент: {{бизнес безлимит плюс}} за {{тысячу двести}}
оператор: есть {{бизнес старт}} за {{четыреста девяносто рублей}} и {{бизнес оптима}} за {{семьсот девяносто}}
клиент: а если на сорок номеров
оператор: при подключении от {{тридцати номеров}} скидка {{десять процентов}}
клиент: а звонки на {{ноль шесть один один}} бесплатные
оператор: да звонки в поддержку бесплатные и на номера {{восемь восемьсот}} тоже
клиент: хорошо пришлите предложение меня зовут [[PERSON|арсений]] телефон [[PHONE_NUMBER=89037713355|восемь девятьсот три семьсот семьдесят один тридцать три пятьдесят пять]]
оператор: предложение отправлю на почту договора
клиент: и на мою [[EMAIL_ADDRESS|арсений точка глебов собака альфа строй точка ру]]
оператор: хорошо [[PERSON|арсений]] отправлю
''',

# a47 bus depot: trackers drop off the map
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|эльвира]]
клиент: добрый день автобусный парк у нас на маршрутах {{сто двадцать седьмом}} и {{триста сорок втором}} автобусы пропадают с карты
оператор: назовите пожалуйста договор и ваше имя
клиент: договор [[CONTRACT_NUMBER=902277410|девятьсот два двести семьдесят семь четыреста десять]] я диспетчер [[PERSON|лидия петровна]]
оператор: какие машины пропадают
клиент: [[VEHICLE_ID|а у пятьсот двенадцать семьдесят семь]] и [[VEHICLE_ID|а о девятьсот один семьдесят семь]]
клиент: и еще бортовой {{семь ноль четыре два}}
оператор: по бортовому не найду назовите номер сим
клиент: сим [[PHONE_NUMBER=9031192204|девятьсот три сто девятнадцать двадцать два ноль четыре]]
оператор: на маршруте {{сто двадцать семь}} сейчас ведутся работы по улучшению качества связи возможны временные ограничения
клиент: а когда закончат
оператор: ориентировочно до {{пятницы}}
клиент: ладно водителям скажу пусть трекеры перезагружают [[PERSON|семенычу]] особенно
оператор: хорошо спасибо за информацию
''',

# a48 a brand-new sole trader signs up
r'''
оператор: добрый день корпоративные продажи [[PERSON|виолетта]]
клиент: добрый день я только что открыл ип хочу корпоративный договор
оператор: поздравляю назовите фио
клиент: [[PERSON|сухарев ярослав дмитриевич]]
оператор: инн
клиент: [[RU_INN=620683759858|шестьдесят два ноль шестьдесят восемь тридцать семь пятьдесят девять восемьсот пятьдесят восемь]]
оператор: огрнип
клиент: [[RU_OGRN=323772511696151|тридцать два три семь семь два пять один один шесть девять шесть один пять один]]
оператор: расчетный счет
клиент: [[BANK_ACCOUNT=40802810527450333020|сорок восемьсот два восемьсот десять пятьсот двадцать семь четыреста пятьдесят триста тридцать три ноль двадцать]]
оператор: бик банка
клиент: {{ноль сорок четыре пятьсот двадцать пять девятьсот семнадцать}}
оператор: адрес регистрации ип
клиент: [[ADDRESS|рязань улица есенина дом сто шестнадцать квартира девять]]
оператор: сколько номеров нужно
клиент: пока два себе и продавцу
оператор: менеджер свяжется по какому номеру
клиент: [[PHONE_NUMBER=89209447015|восемь девятьсот двадцать девятьсот сорок четыре семьдесят пятнадцать]]
оператор: спасибо [[PERSON|ярослав дмитриевич]] ожидайте звонка
''',

# a49 a former employee wants his money back from the corporate account
r'''
оператор: здравствуйте [[PERSON|артур]] корпоративный отдел
клиент: добрый день я раньше был на корпоративном договоре потом номер переоформили на меня а деньги которые я клал остались там
оператор: назовите ваше фио и номер
клиент: [[PERSON|ларионов максим петрович]] номер [[PHONE_NUMBER=89167720318|восемь девятьсот шестнадцать семьсот семьдесят два ноль три восемнадцать]]
оператор: спасибо [[PERSON|максим петрович]] средства на корпоративном счете принадлежат организации вернуть их вам можно с ее согласия
клиент: они согласны письмо есть
оператор: тогда возврат на ваш банковский счет по заявлению продиктуйте счет
клиент: [[BANK_ACCOUNT=40817810404720335501|сорок восемьсот семнадцать восемьсот десять четыреста четыре семьсот двадцать триста тридцать пять пятьсот один]]
оператор: бик
клиент: {{ноль четыре четыре пять два пять восемьсот тридцать четыре}}
оператор: сумма к возврату {{тысяча триста шестьдесят рублей}}
клиент: ну хоть так
оператор: заявление с копией паспорта и письмом организации отправьте через форму на сайте
клиент: понял спасибо
''',

# a50 the courier cannot hand over SIMs: recipient changes
r'''
оператор: корпоративный отдел [[PERSON|кира]] здравствуйте
клиент: здравствуйте курьер привез сим карты а мне не отдает говорит фамилия не та
оператор: назовите номер заявки
клиент: {{девяносто восемь ноль пятьдесят шесть}}
оператор: получатель в заявке [[PERSON|горбунов]]
клиент: он в отпуске я его замещаю [[PERSON|анисимова екатерина юрьевна]]
оператор: получателя можно изменить если подтвердит администратор продиктуйте ваш паспорт
клиент: [[RU_PASSPORT=4521300718|сорок пять двадцать один триста семьсот восемнадцать]]
оператор: а кто администратор договора
клиент: я и есть администратор вот кодовое слово [[SECRET|жираф]]
оператор: спасибо получателя изменила курьеру придет уведомление
клиент: а ему паспорт показать
оператор: да паспорт с теми же данными
клиент: хорошо спасибо
''',
]

ASR += [
# a51 numbers suspended for debt, the contact person is upset
r'''
оператор: корпоративный отдел [[PERSON|диана]] добрый день
клиент: здравствуйте у нас все номера отключили вы что делаете у нас бизнес стоит
оператор: понимаю ваше беспокойство подскажите название организации и номер лицевого счета
клиент: {{промвент}} лицевой [[ACCOUNT_NUMBER=611208455|шестьсот одиннадцать двести восемь четыреста пятьдесят пять]]
оператор: и ваше фио
клиент: [[PERSON|фадеев константин юрьевич]] я контактное лицо
оператор: назовите кодовое слово
клиент: [[SECRET|вереск]]
оператор: спасибо [[PERSON|константин юрьевич]] номера приостановлены {{пятого мая}} за задолженность {{сто двенадцать тысяч четыреста шесть рублей}}
клиент: так мы же платили в апреле
оператор: последний платеж поступил {{второго апреля}} на {{девяносто тысяч}} он закрыл счет за март
клиент: ну и что теперь делать бухгалтер в отпуске
оператор: после оплаты номера включатся в течение {{часа}} платежку можно отправить в чат личного кабинета
клиент: а пока никак
оператор: могу включить номер руководителя на время до оплаты
клиент: да включите мой [[PHONE_NUMBER=89104825711|восемь девятьсот десять четыреста восемьдесят два пятьдесят семь одиннадцать]]
оператор: включила на {{трое суток}}
клиент: и директора тоже [[PERSON|гаранин]] у него [[PHONE_NUMBER=89104820033|восемь девятьсот десять четыреста восемьдесят два ноль ноль тридцать три]]
оператор: тоже включила
клиент: спасибо оплатим до {{двенадцатого}}
''',

# a52 a user abroad on a business trip has no mobile internet
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|глеб]]
клиент: здравствуйте я в командировке в казахстане у меня не работает интернет
оператор: назовите номер
клиент: [[PHONE_NUMBER=79269304415|плюс семь девятьсот двадцать шесть девятьсот тридцать сорок четыре пятнадцать]]
оператор: вы пользователь номера назовите фио
клиент: [[PERSON|тимофеев борис аркадьевич]]
оператор: и дату рождения как в анкете пользователя
клиент: [[DATE_OF_BIRTH|третье марта девяносто седьмого]]
оператор: спасибо [[PERSON|борис аркадьевич]] интернет в роуминге на номере ограничен администратором договора
клиент: а как включить мне отчет надо отправить
оператор: включить может администратор в личном кабинете либо по звонку с кодовым словом
клиент: администратор у нас [[PERSON|зинаида павловна]] она работает {{до шести}}
оператор: пока можно пользоваться вай фай в гостинице
клиент: ладно позвоню ей
оператор: пакет для казахстана стоит {{двести пятьдесят рублей}} в сутки пусть сразу подключит
клиент: понял спасибо
''',

# a53 sole trader adds his wife as the user of a second number
r'''
оператор: добрый день корпоративный отдел [[PERSON|марат]]
клиент: здравствуйте я ип [[PERSON|калугин]] хочу жену добавить пользователем второго номера на мой договор
оператор: назовите полностью фио и кодовое слово
клиент: [[PERSON|калугин роман евгеньевич]] слово [[SECRET|ласточка]]
оператор: спасибо [[PERSON|роман евгеньевич]] данные супруги пожалуйста
клиент: [[PERSON|калугина алена витальевна]] дата рождения [[DATE_OF_BIRTH|двадцать второе июня девяносто второго]]
оператор: паспорт
клиент: [[RU_PASSPORT=4613229714|сорок шесть тринадцать двести двадцать девять семьсот четырнадцать]]
оператор: код подразделения
клиент: [[RU_PASSPORT_DEPT=500055|пятьсот ноль пятьдесят пять]]
оператор: снилс
клиент: [[RU_SNILS=59499353378|пятьсот девяносто четыре девятьсот девяносто три пятьсот тридцать три семьдесят восемь]]
оператор: номер пользователя
клиент: [[PHONE_NUMBER=89153310296|восемь девятьсот пятнадцать триста тридцать один ноль два девяносто шесть]]
оператор: записала подтверждение придет ей на госуслуги
клиент: а если она уже подтверждала этот номер как свой
оператор: тогда пользователь обновится автоматически
клиент: и лицевой счет у нас один на два номера [[ACCOUNT_NUMBER=733015806|семьсот тридцать три ноль пятнадцать восемьсот шесть]]
оператор: да все номера на одном лицевом счете
клиент: спасибо
''',

# a54 car sharing: three cars lost connection
r'''
оператор: здравствуйте корпоративный отдел [[PERSON|оксана]]
клиент: добрый день каршеринг {{карлайн}} у нас три машины потеряли связь
оператор: назовите госномера
клиент: [[VEHICLE_ID|ка сто семьдесят семь ха у семьсот девяносто семь]] [[VEHICLE_ID|ка сто восемьдесят восемь ха у семьсот девяносто семь]] и [[VEHICLE_ID|ка двести два ха у семьсот девяносто семь]]
оператор: для поиска нужны номера сим или айсиайди привязки к госномерам у нас нет
клиент: у меня только айсиайди одной [[DEVICE_ID=8970198563421425906|восемьдесят девять семьдесят девятнадцать восемьдесят пять шестьдесят три сорок два четырнадцать двадцать пять девятьсот шесть]]
оператор: вижу сим была в сети {{час назад}} ограничений нет возможно дело в блоке
клиент: а остальные две
оператор: пришлите список айсиайди на почту договора проверю все
клиент: ладно техник [[PERSON|ефим]] посмотрит блоки
оператор: могу еще чем то помочь
клиент: нет спасибо
''',

# a55 sole trader paid from her personal account onto the wrong account
r'''
оператор: добрый день [[PERSON|вениамин]] корпоративный отдел
клиент: здравствуйте ип [[PERSON|голикова тамара львовна]] я оплатила счет со своего личного счета а платеж ушел не туда
оператор: назовите договор
клиент: [[CONTRACT_NUMBER=0311408127|ноль триста одиннадцать четыреста восемь сто двадцать семь]]
оператор: спасибо [[PERSON|тамара львовна]] с какого счета платили
клиент: мой личный счет [[BANK_ACCOUNT=40817810170431673541|сорок восемьсот семнадцать восемьсот десять сто семьдесят сорок три сто шестьдесят семь тридцать пять сорок один]]
оператор: платеж вижу {{шестнадцатого}} на {{четыре тысячи восемьсот}} он зачислен на лицевой счет [[ACCOUNT_NUMBER=601884215|шестьсот один восемьсот восемьдесят четыре двести пятнадцать]]
клиент: а у меня их два
оператор: да второй лицевой по номеру продавца могу перенести платеж на основной
клиент: переносите на [[ACCOUNT_NUMBER=601884207|шестьсот один восемьсот восемьдесят четыре двести семь]]
оператор: перенесла
клиент: и закрывающие документы присылайте на домашний [[ADDRESS|москва улица гарибальди дом пятнадцать квартира девяносто один]]
оператор: для изменения адреса доставки нужно заявление
клиент: ладно спасибо
''',

# a56 HR moves five users to a cheaper tariff
r'''
оператор: корпоративный отдел [[PERSON|ирина]] здравствуйте
клиент: добрый день хотим перевести пятерых на тариф подешевле продиктую номера
оператор: назовите договор и кодовое слово
клиент: договор [[CONTRACT_NUMBER=605518273|шестьсот пять пятьсот восемнадцать двести семьдесят три]] слово [[SECRET|трамвай]]
оператор: диктуйте
клиент: [[PHONE_NUMBER=89857740219|восемь девятьсот восемьдесят пять семьсот семьдесят четыре ноль два девятнадцать]] это [[PERSON|кириллов]]
клиент: [[PHONE_NUMBER=89857740226|восемь девятьсот восемьдесят пять семьсот семьдесят четыре ноль два двадцать шесть]] [[PERSON|никонорова]]
клиент: потом [[PHONE_NUMBER=89857740233|восемь девять восемь пять семь семь четыре ноль два три три]] [[PERSON|эдик]] со склада
оператор: простите последний еще раз
клиент: [[PHONE_NUMBER=89857740233|восемь девятьсот восемьдесят пять семьсот семьдесят четыре ноль два тридцать три]]
оператор: спасибо дальше
клиент: и два номера водителей [[PHONE_NUMBER=89857740251|восемь девятьсот восемьдесят пять семьсот семьдесят четыре ноль два пятьдесят один]] и [[PHONE_NUMBER=89857740258|восемь девятьсот восемьдесят пять семьсот семьдесят четыре ноль два пятьдесят восемь]]
оператор: на какой тариф
клиент: {{бизнес старт}}
оператор: переход с {{первого числа следующего месяца}} абонентская плата {{четыреста девяносто рублей}}
клиент: а у водителей интернета хватит
оператор: там пятнадцать гигабайт если мало можно докупить пакет
клиент: ладно оформляйте а подтверждение на [[EMAIL_ADDRESS|ефремова нина собака транслайн восток точка ру]]
оператор: отправлю на почту администратора договора
клиент: это я и есть [[PERSON|ефремова]]
оператор: спасибо [[PERSON|нина сергеевна]] отправила
''',

# a57 a former employee never got his personal contract details
r'''
оператор: здравствуйте [[PERSON|софия]] слушаю вас
клиент: здравствуйте мой номер переоформили с работы на меня а договор мне так и не отдали
оператор: назовите номер телефона
клиент: [[PHONE_NUMBER=89163384502|восемь девятьсот шестнадцать триста тридцать восемь сорок пять ноль два]]
оператор: назовите фио владельца
клиент: [[PERSON|зайцев григорий аркадьевич]]
оператор: для идентификации назовите паспортные данные
клиент: [[RU_PASSPORT=4605337190|сорок шесть ноль пять триста тридцать семь сто девяносто]]
оператор: спасибо [[PERSON|григорий аркадьевич]] договор оформлен {{четвертого июля}} номер договора и лицевого счета есть в личном кабинете
клиент: у меня нет кабинета продиктуйте
оператор: номер договора [[CONTRACT_NUMBER=812003647|восемьсот двенадцать ноль ноль три шестьсот сорок семь]] лицевой счет [[ACCOUNT_NUMBER=920014438|девятьсот двадцать ноль четырнадцать четыреста тридцать восемь]]
клиент: записал а копию договора
оператор: копию можно получить в офисе или на почту
клиент: на почту [[EMAIL_ADDRESS|григорий зайцев шестьдесят девять собака мейл точка ру]]
оператор: отправила
клиент: спасибо
''',

# a58 sole trader changes her invoice e-mail
r'''
оператор: корпоративный отдел [[PERSON|денис]] здравствуйте
клиент: да здравствуйте ип [[PERSON|ханова]] хочу поменять почту для счетов
оператор: назовите полностью фио и договор
клиент: [[PERSON|ханова эльвира маратовна]] договор [[CONTRACT_NUMBER=740015982|семьсот сорок ноль пятнадцать девятьсот восемьдесят два]]
оператор: кодовое слово
клиент: э [[SECRET|чак чак]]
оператор: спасибо [[PERSON|эльвира маратовна]] какую почту указать
клиент: новая [[EMAIL_ADDRESS|эльвира точка ханова собака яндекс точка ру]] а старую [[EMAIL_ADDRESS|ханова эм восемьдесят семь собака мейл точка ру]] удалите
оператор: изменила счет за {{июнь}} придет уже на новую
клиент: и проверьте инн в счетах [[RU_INN=161350177367|шестнадцать тринадцать пятьдесят семнадцать семьдесят три шестьдесят семь]]
оператор: да совпадает
клиент: спасибо
''',

# a59 fleet: one tracker is back, another is silent
r'''
оператор: добрый вечер корпоративный отдел [[PERSON|вероника]]
клиент: добрый вечер это опять по трекеру [[PERSON|стас]] завгар
оператор: [[PERSON|станислав]] подскажите номер машины
клиент: [[VEHICLE_ID|вэ шестьсот тридцать три е эн семьсот девяносто девять]]
оператор: и айсиайди или имей трекера
клиент: имей [[DEVICE_ID=359593626398037|три пять девять пять девять три шесть два шесть три девять восемь ноль три семь]]
оператор: вижу сим сейчас в сети трафик идет
клиент: да заработало водитель перезагрузил но теперь другая машина [[VEHICLE_ID|эм шестьсот десять о а сто девяносто девять]] молчит
оператор: назовите номер второй сим
клиент: [[PHONE_NUMBER=9652290462|девятьсот шестьдесят пять двести двадцать девять ноль четыре шестьдесят два]]
оператор: по этой сим нет регистрации в сети с {{воскресенья}}
клиент: водитель [[PERSON|леха]] говорит что трекер мигает
оператор: могу перезвонить водителю если вы разрешаете
клиент: да конечно он на связи [[PHONE_NUMBER=89031187720|восемь девятьсот три сто восемнадцать семьдесят семь двадцать]]
оператор: хорошо также оформлю заявку в техническую поддержку номер {{сорок четыре ноль восемьдесят семь}}
клиент: спасибо
''',

# a60 the sole trader himself updates his bank account
r'''
оператор: корпоративный отдел [[PERSON|всеволод]] добрый день
клиент: добрый день ип [[PERSON|ковригин ефим данилович]] мне сказали что бухгалтер звонила про счет
оператор: назовите пожалуйста кодовое слово
клиент: [[SECRET|подсолнух]]
оператор: спасибо [[PERSON|ефим данилович]] какой счет указать
клиент: старый [[BANK_ACCOUNT=40802810374386171209|сорок восемьсот два восемьсот десять триста семьдесят четыре триста восемьдесят шесть сто семьдесят один двести девять]] закрыт
клиент: новый [[BANK_ACCOUNT=40802810511708941042|сорок восемьсот два восемьсот десять пятьсот одиннадцать семьсот восемь девятьсот сорок один ноль сорок два]]
оператор: бик банка
клиент: {{ноль четыре четыре пять два пять три ноль два}}
оператор: изменения внесла со счета за {{август}}
клиент: и проверьте инн у меня [[RU_INN=161317764752|шестнадцать тринадцать семнадцать семьдесят шесть сорок семь пятьдесят два]]
оператор: совпадает
клиент: акт сверки пусть уйдет бухгалтеру [[PERSON|милене]] на [[EMAIL_ADDRESS|саркисян эм а собака учет плюс точка ру]]
оператор: отправлю на почту договора и на эту почту по вашему разрешению
клиент: да разрешаю
оператор: готово всего доброго
''',
]


if __name__ == "__main__":
    main()
