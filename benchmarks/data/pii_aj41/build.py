#!/usr/bin/env python3
"""pii_aj -- blind evaluation set: personal data in texts of a home internet / TV
installation dispatch service (Perm and Perm Krai).

Standard library only.  Every text below is hand-written with inline markup:

    [[TYPE|surface]]        a gold span of kind TYPE
    [[TYPE~imei|surface]]   DEVICE_ID that is an IMEI  (15 digits, Luhn checked)
    [[TYPE~iccid|surface]]  DEVICE_ID that is an ICCID (19-20 digits, Luhn checked)
    [[TYPE!|surface]]       a value the text itself says was mistyped: its checksum
                            must FAIL and its digits must be listed in MISTYPED
    {{surface}}             a hard negative (looks like data, is not personal data)

Running the script writes written.jsonl, asr.jsonl and negatives.jsonl next to it
and asserts all of its own checks (offsets, order, overlap, JSON shape, counts,
duplicates, checksums -- spoken numbers are turned back into digits first).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pii_aj"

WRITTEN = []   # (id, raw)
ASR = []       # (id, raw)


def W(num, raw):
    WRITTEN.append(("%s-w%02d" % (PREFIX, num), raw))


def A(num, raw):
    ASR.append(("%s-a%02d" % (PREFIX, num), raw))


# Values whose checksum is wrong on purpose: the text says the value was mistyped
# or misheard.  Digits only.
MISTYPED = {
    "590412738815",      # w13: INN with the last two digits wrong; the P.S. of the e-mail corrects it
    "16408732501",       # w17: SNILS mistyped by the customer, corrected in the next line
    "4276380012345677",  # a07: the client misreads his card, then says the last digit is 9
    "356938035643801",   # w35: IMEI read off a blurred sticker, technician says it is wrong
}

# ---------------------------------------------------------------- checksums

def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def inn_ok(d):
    def cs(digits, weights):
        return sum(int(a) * b for a, b in zip(digits, weights)) % 11 % 10
    if len(d) == 10:
        return cs(d[:9], [2, 4, 10, 3, 5, 9, 4, 6, 8]) == int(d[9])
    if len(d) == 12:
        return (cs(d[:10], [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == int(d[10]) and
                cs(d[:11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == int(d[11]))
    return False


def snils_ok(d):
    if len(d) != 11:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return c == int(d[9:])


def ogrn_ok(d):
    if len(d) == 13:
        return int(d[:12]) % 11 % 10 == int(d[12])
    if len(d) == 15:
        return int(d[:14]) % 13 % 10 == int(d[14])
    return False


def account_ok(bik, acc):
    """Russian bank account control key against the BIK (credit institution)."""
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


# ------------------------------------------------------- spoken numbers -> digits

UNITS = {"ноль": 0, "нуль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3,
         "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9}
TEENS = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
         "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
         "восемнадцать": 18, "девятнадцать": 19}
TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
        "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
            "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
CORRECTION = {"нет", "вернее", "точнее"}
FILLER = {"э", "ээ", "эм", "ну", "так", "значит", "ой", "сейчас", "секунду", "плюс",
          "вот", "номер", "серия", "тире", "дефис", "и", "да", "там", "щас", "это",
          "потом", "дальше"}


def spoken_digits(s, sep=None):
    """Turn a run of Russian number words into a digit string.

    Numbers are read in groups (digit, pair, hundred, mixed); a correction word
    ("нет", "вернее", "точнее") drops the group said just before it.  With sep
    (e.g. "точка") the result is a list of groups split at that word.
    """
    parts = [[]]
    groups = parts[-1]
    cur = None  # dict(h, t, u, teen)

    def flush():
        nonlocal cur
        if cur is not None:
            if cur["h"] is not None:
                v = cur["h"] + (cur["t"] or 0) + (cur["u"] or 0) + (cur["teen"] or 0)
                groups.append("%03d" % v)
            elif cur["teen"] is not None:
                groups.append("%02d" % cur["teen"])
            elif cur["t"] is not None:
                groups.append("%02d" % (cur["t"] + (cur["u"] or 0)))
            else:
                groups.append("%d" % cur["u"])
        cur = None

    def new():
        return {"h": None, "t": None, "u": None, "teen": None}

    for w in s.split():
        if sep is not None and w == sep:
            flush()
            parts.append([])
            groups = parts[-1]
            continue
        if w in CORRECTION:
            flush()
            assert groups, "correction with nothing before it in %r" % s
            groups.pop()
            continue
        if w in FILLER:
            continue
        if w in ("ноль", "нуль"):
            flush()
            groups.append("0")
            continue
        if w in HUNDREDS:
            flush()
            cur = new()
            cur["h"] = HUNDREDS[w]
        elif w in TEENS:
            if cur is None or cur["t"] is not None or cur["u"] is not None or cur["teen"] is not None:
                flush()
                cur = new()
            cur["teen"] = TEENS[w]
            flush()
        elif w in TENS:
            if cur is None or cur["t"] is not None or cur["u"] is not None or cur["teen"] is not None:
                flush()
                cur = new()
            cur["t"] = TENS[w]
        elif w in UNITS:
            if cur is None or cur["u"] is not None or cur["teen"] is not None:
                flush()
                cur = new()
            cur["u"] = UNITS[w]
            flush()
        else:
            raise AssertionError("not a number word %r in %r" % (w, s))
    flush()
    if sep is not None:
        return ["".join(p) for p in parts]
    return "".join(parts[0])


# ------------------------------------------------------------------ rendering

TOKEN = re.compile(r"\[\[([A-Z_]+)(~[a-z]+)?(!)?\|(.*?)\]\]|\{\{(.*?)\}\}", re.S)


def render(raw):
    out = []
    n = 0
    gold, neg = [], []
    pos = 0
    for m in TOKEN.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        if m.group(1):
            surf = m.group(4)
            gold.append({"type": m.group(1), "start": n, "end": n + len(surf),
                         "_kind": m.group(2) or "", "_bad": bool(m.group(3)),
                         "_surf": surf})
        else:
            surf = m.group(5)
            neg.append({"start": n, "end": n + len(surf), "text": surf})
        out.append(surf)
        n += len(surf)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}", "|"):
        assert bad not in text, "stray markup %r in %r" % (bad, text[:80])
    return text, gold, neg


# ------------------------------------------------------------------- checking

OFTEN = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH",
         "RU_PASSPORT", "CONTRACT_NUMBER", "ACCOUNT_NUMBER", "DEVICE_ID", "SECRET",
         "IP_ADDRESS", "LOGIN"]
KNOWN = set(OFTEN) | {"RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS", "CREDIT_CARD",
                      "CARD_EXPIRY", "CARD_CVV", "BANK_ACCOUNT", "RU_BIK", "RU_OMS",
                      "RU_DRIVER_LICENSE", "RU_OGRN", "VEHICLE_ID"}

ASR_LINE = re.compile(r"^(оператор|клиент): [а-яё]+( [а-яё]+)*$")


def digits_of(surf, asr, sep=None):
    if asr:
        return spoken_digits(surf, sep)
    if sep:
        return re.findall(r"\d+", surf)
    return re.sub(r"\D", "", surf)


def check_value(tid, g, asr, text):
    typ, kind, surf = g["type"], g["_kind"], g["_surf"]
    where = "%s %s %r" % (tid, typ, surf)
    assert surf == surf.strip() and surf, "span has outer whitespace: " + where
    if typ == "IP_ADDRESS":
        octets = digits_of(surf, asr, "точка")
        assert len(octets) == 4 and all(o and int(o) <= 255 for o in octets), where
        return
    checked = {"RU_INN": inn_ok, "RU_SNILS": snils_ok, "CREDIT_CARD": luhn_ok,
               "RU_OGRN": ogrn_ok}
    lengths = {"RU_INN": (10, 12), "RU_SNILS": (11,), "CREDIT_CARD": (16,),
               "RU_OGRN": (13, 15), "RU_PASSPORT": (10,), "RU_PASSPORT_DEPT": (6,),
               "CARD_CVV": (3,), "RU_BIK": (9,), "BANK_ACCOUNT": (20,),
               "RU_OMS": (16,), "RU_DRIVER_LICENSE": (10,),
               "PHONE_NUMBER": (6, 7, 10, 11), "CARD_EXPIRY": (4,)}
    fn = checked.get(typ)
    if typ == "DEVICE_ID" and kind:
        assert kind in ("~imei", "~iccid"), where
        fn = luhn_ok
        lengths = dict(lengths, DEVICE_ID=(15,) if kind == "~imei" else (19, 20))
    assert not kind or typ == "DEVICE_ID", where
    if fn is None and typ not in lengths:
        return
    d = digits_of(surf, asr)
    if typ in lengths:
        assert len(d) in lengths[typ], "length %d: %s -> %s" % (len(d), where, d)
    if typ == "RU_BIK":
        assert d.startswith("04"), where
    assert fn is not None or not g["_bad"], where
    if fn is None:
        return
    if g["_bad"]:
        assert d in MISTYPED, "mistyped value not listed in MISTYPED: " + where + " " + d
        assert not fn(d), "value marked mistyped passes its checksum: " + where
    else:
        assert fn(d), "checksum fails: %s -> %s" % (where, d)
    return d


def build_file(items, asr):
    rows, negrows, stats = [], [], Counter()
    used_mistyped = set()
    for tid, raw in items:
        raw = raw.strip("\n")
        text, gold, neg = render(raw)
        lines = text.split("\n")
        if asr:
            assert 10 <= len(lines) <= 30, "%s: %d turns" % (tid, len(lines))
            for ln in lines:
                assert ASR_LINE.match(ln), "%s: bad ASR line %r" % (tid, ln)
        else:
            assert 3 <= len(lines) <= 12, "%s: %d lines" % (tid, len(lines))
            assert all(ln.strip() for ln in lines), "%s: empty line" % tid
        last = -1
        for g in gold:
            assert g["type"] in KNOWN, "%s: unknown type %s" % (tid, g["type"])
            assert text[g["start"]:g["end"]] == g["_surf"]
            assert g["start"] >= last, "%s: overlapping or unsorted gold at %r" % (tid, g["_surf"])
            last = g["end"]
            d = check_value(tid, g, asr, text)
            if g["_bad"]:
                used_mistyped.add(d)
            stats[g["type"]] += 1
        # bank account control key against a BIK in the same text
        biks = [digits_of(g["_surf"], asr) for g in gold if g["type"] == "RU_BIK"]
        for g in gold:
            if g["type"] == "BANK_ACCOUNT" and len(biks) == 1:
                assert account_ok(biks[0], digits_of(g["_surf"], asr)), \
                    "%s: bank account key fails against BIK: %r" % (tid, g["_surf"])
        for ng in neg:
            assert text[ng["start"]:ng["end"]] == ng["text"]
            assert ng["text"] == ng["text"].strip() and ng["text"]
            for g in gold:
                assert ng["end"] <= g["start"] or g["end"] <= ng["start"], \
                    "%s: negative %r overlaps gold %r" % (tid, ng["text"], g["_surf"])
        neg.sort(key=lambda x: x["start"])
        for a, b in zip(neg, neg[1:]):
            assert a["end"] <= b["start"], "%s: overlapping negatives" % tid
        rows.append({"id": tid, "text": text,
                     "gold": [{"type": g["type"], "start": g["start"], "end": g["end"]}
                              for g in gold]})
        if neg:
            negrows.append({"id": tid, "negatives": neg})
        stats["_negatives"] += len(neg)
    return rows, negrows, stats, used_mistyped


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ids = [i for i, _ in WRITTEN + ASR]
    assert len(ids) == len(set(ids)), "duplicate ids"
    w_rows, w_neg, w_st, w_mis = build_file(WRITTEN, asr=False)
    a_rows, a_neg, a_st, a_mis = build_file(ASR, asr=True)
    assert len(w_rows) == 40, len(w_rows)
    assert len(a_rows) == 60, len(a_rows)
    texts = [r["text"] for r in w_rows + a_rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    assert w_mis | a_mis == MISTYPED, "MISTYPED and marked values differ: %r" % (
        MISTYPED ^ (w_mis | a_mis))
    for name, st in (("written", w_st), ("asr", a_st)):
        total = sum(v for k, v in st.items() if not k.startswith("_"))
        assert total >= 300, "%s: only %d gold values" % (name, total)
        for k in OFTEN:
            assert st[k] >= 8, "%s: only %d of %s" % (name, st[k], k)
    assert w_st["_negatives"] + a_st["_negatives"] >= 150
    # JSON shape round trip
    for r in w_rows + a_rows:
        back = json.loads(json.dumps(r, ensure_ascii=False))
        assert set(back) == {"id", "text", "gold"}
        for g in back["gold"]:
            assert set(g) == {"type", "start", "end"}
            assert 0 <= g["start"] < g["end"] <= len(back["text"])
    dump(os.path.join(HERE, "written.jsonl"), w_rows)
    dump(os.path.join(HERE, "asr.jsonl"), a_rows)
    dump(os.path.join(HERE, "negatives.jsonl"), w_neg + a_neg)
    kinds = sorted(set(w_st) | set(a_st))
    print("%-20s %8s %8s %8s" % ("kind", "written", "asr", "total"))
    for k in kinds:
        if k.startswith("_"):
            continue
        print("%-20s %8d %8d %8d" % (k, w_st[k], a_st[k], w_st[k] + a_st[k]))
    wt = sum(v for k, v in w_st.items() if not k.startswith("_"))
    at = sum(v for k, v in a_st.items() if not k.startswith("_"))
    print("%-20s %8d %8d %8d" % ("ALL GOLD", wt, at, wt + at))
    print("%-20s %8d %8d %8d" % ("hard negatives", w_st["_negatives"], a_st["_negatives"],
                                 w_st["_negatives"] + a_st["_negatives"]))
    print("texts: written %d, asr %d; OK" % (len(w_rows), len(a_rows)))


# =============================================================================
#                                   TEXTS
# =============================================================================

# ----------------------------------------------------------------- written

W(1, """
Заявка {{№ 4471-0938}} от {{14.03}}, подключение ДИ+ТВ, тариф «{{Домашний 500 + ТВ Базовый}}».
Клиент: [[PERSON|Шестакова Ирина Валерьевна]], д.р. [[DATE_OF_BIRTH|17.06.1979]], моб. [[PHONE_NUMBER|+7 912 488-31-06]].
Адрес подключения: [[ADDRESS|г. Пермь, ул. Юрша, д. 21, кв. 148]], {{подъезд 4}}, {{этаж 9}}, лифт только до 8-го.
Код на двери подъезда: [[SECRET|148К3371]], домофон в квартире не работает — звонить на сотовый.
Паспорт [[RU_PASSPORT|57 09 336120]], выдан ОУФМС России по Пермскому краю в Индустриальном р-не, к/п [[RU_PASSPORT_DEPT|590-005]].
Эл. почта для договора: [[EMAIL_ADDRESS|shestakova.irina79@mail.ru]].
Визит: {{16.03}} с {{10:00 до 13:00}}, {{бригада 6}} (монтажник [[PERSON|Пономарёв Артём]]).
Опер. [[PERSON|Л. Кашина]]
""")

W(2, """
[{{09:12}}] [[PERSON|Артём П.]]: на [[ADDRESS|Юрша 21]] кл. не берёт трубку, стою у {{4-го подъезда}}
[{{09:14}}] Диспетчер [[PERSON|Лена]]: набери второй номер, она оставляла [[PHONE_NUMBER|8 902 641 77 15]], это муж, [[PERSON|Сергей]]
[{{09:15}}] [[PERSON|Артём П.]]: дозвонился, муж говорит код [[SECRET|148К3371]] уже не работает, поменяли на [[SECRET|2207#]]
[{{09:31}}] [[PERSON|Артём П.]]: зашёл. роутер {{Keenetic Viva}} поставил, S/N [[DEVICE_ID|S2113KV0483317]], MAC [[DEVICE_ID|50:FF:20:6B:1C:9E]]
[{{09:32}}] Диспетчер [[PERSON|Лена]]: ок, сеть как назвали?
[{{09:33}}] [[PERSON|Артём П.]]: [[LOGIN|Shestakovy_5G]], пароль клиентка сама придумала — [[SECRET|Irisha1979!]], записал ей на листочек
""")

W(3, """
SMS от {{8-800-700-06-11}}: Ваша заявка {{№ 88213577}} принята. Мастер приедет {{22.04}} в интервале {{12:00–15:00}}. Код подтверждения визита: [[SECRET|5518]].
Клиент → мастеру ([[PHONE_NUMBER|+79028309412]]): Здравствуйте, я [[PERSON|Рамиль]], дома буду после часа, подъезд со двора.
Мастер: Добрый день, [[PERSON|Рамиль]]! Я [[PERSON|Константин]], буду около {{13:20}}. Какой код домофона?
Клиент: набирайте 96 и вызов, если не открою — код [[SECRET|7431]]. Адрес помните? [[ADDRESS|Чкалова 9, кв 96]]
Мастер: да, [[ADDRESS|Чкалова 9]]. Роутер свой у вас или брать наш за {{3 990 ₽}}?
Клиент: свой, {{TP-Link Archer C6}}. Пароль от админки [[SECRET|ramil_0412]], если понадобится.
""")

W(4, """
Тема: копия договора на интернет
От: [[EMAIL_ADDRESS|v.tretyakov.perm@yandex.ru]]
Здравствуйте! В прошлом месяце у меня дома подписывали договор [[CONTRACT_NUMBER|№ 590-0871342]], мой экземпляр монтажник увёз с собой вместе со своим. Прошу прислать скан на эту почту.
Данные для проверки: [[PERSON|Третьяков Виктор Андреевич]], паспорт [[RU_PASSPORT|5716 208455]], лицевой счёт [[ACCOUNT_NUMBER|259104773]], адрес установки [[ADDRESS|614068, Пермь, ул. Петропавловская, 101, кв. 33]].
Телефон [[PHONE_NUMBER|8 (342) 236-18-40]] (домашний) или [[PHONE_NUMBER|8-919-714-20-63]].
С уважением, [[PERSON|В. А. Третьяков]]
""")

W(5, """
АКТ приёма-передачи оборудования к договору [[CONTRACT_NUMBER|№ 590-1124783]] от {{05.02.2024}}
Абонент: [[PERSON|Габдрахманова Гульнара Рашитовна]], [[ADDRESS|Пермский край, г. Краснокамск, ул. Гагарина, д. 4, кв. 51]]
1. Роутер {{Smart Box Pro Wi-Fi 6}}, серийный № [[DEVICE_ID|SBP23A0017742]], MAC [[DEVICE_ID|A4:2B:B0:9E:14:C7]] — {{4 490 руб.}} (рассрочка {{12 мес.}})
2. ТВ-приставка {{Android TV Box 4K}}, с/н [[DEVICE_ID|TVB4K2208931156]] — аренда {{99 руб./мес.}}
3. Кабель UTP 5e — {{25 м}}, пульт ДУ — 1 шт.
Оборудование передал: техник [[PERSON|Мухаметшин Д.Р.]], {{бригада № 11}}
Оборудование принял: [[PERSON|Габдрахманова Г.Р.]] ____________
""")

W(6, """
{{12.03.2024 18:47}}, опер. [[PERSON|Сабирова А.]]: кл. [[PERSON|Лебедев Олег]] оплачивал приставку по ссылке, платёж не прошёл, после чего прислал в чат фото карты с обеих сторон.
Данные из чата (сообщение клиента скрыто, здесь оставлено для разбора инцидента ИБ): [[CREDIT_CARD|2202 2015 3407 1861]], срок [[CARD_EXPIRY|08/27]], CVC [[CARD_CVV|614]], держатель [[PERSON|OLEG LEBEDEV]].
Клиенту объяснено, что реквизиты карты сотрудникам сообщать нельзя, повторная ссылка на оплату {{1 990 ₽}} выслана на [[PHONE_NUMBER|79504471209]].
Л/с [[ACCOUNT_NUMBER|259227418]], договор [[CONTRACT_NUMBER|590-1088215]]. Клиенту рекомендовано перевыпустить карту.
""")

W(7, """
Передача смены {{18.04}}, вечер → утро. Диспетчер [[PERSON|Е. Голдобина]].
1) {{Бригада 3}}: [[ADDRESS|Гайва, ул. Репина, 71-12]] — клиента не было дома, перенос на {{19.04 9:00}}. Клиент [[PERSON|Козлов]] просил звонить жене [[PERSON|Марине]]: [[PHONE_NUMBER|8-963-017-55-48]].
2) {{Бригада 5}}: [[ADDRESS|Закамск, ул. Малкова, 12, кв. 4]] — подключено, ONT [[DEVICE_ID|HWTC91F3A2D0]], пароль PPPoE выдан на бланке.
3) {{Бригада 1}}: ТСЖ «{{Сибирская, 35}}» не пускает в подвал, председатель [[PERSON|Хабибуллин Ринат Фаритович]] ждёт письмо от юристов, его тел. [[PHONE_NUMBER|+7 (342) 212-40-97]].
4) Повторный звонок от [[PERSON|Колпаковой Нины Степановны]] ([[DATE_OF_BIRTH|1939]] г.р.) — ждёт мастера на [[ADDRESS|ул. Сибирской, 27-3]], просила до обеда.
""")

W(8, """
Отчёт по наряду {{НР-20931}}. Абонент [[PERSON|Зуева Дарья]], дог. [[CONTRACT_NUMBER|590-1140276]].
Тип подключения PPPoE. Логин [[LOGIN|pm_zueva_d1140276]], пароль [[SECRET|Tk8#vq27]] (выдан на бланке, клиентка сменит в ЛК).
Подключена услуга «{{Статический IP}}»: [[IP_ADDRESS|85.140.17.203]], шлюз {{85.140.17.1}}, маска {{255.255.255.0}}, DNS {{8.8.8.8}}.
Привязка по MAC роутера [[DEVICE_ID|00:1E:58:C4:73:0B]]. Скорость по замеру {{487/492 Мбит/с}}.
Примечание: в квартире кошка, клиентка просит закрывать за собой дверь.
""")

W(9, """
Добрый день. Пишу по поводу подключения моей мамы, [[PERSON|Вологжаниной Тамары Ивановны]], [[DATE_OF_BIRTH|03.11.1941]] года рождения. Она живёт одна по адресу [[ADDRESS|г. Пермь, ул. Крупской, д. 38, кв. 7]].
Вчера к ней приходил ваш мастер, представился [[PERSON|Вадимом]], попросил паспорт, переписал его себе в телефон ([[RU_PASSPORT|57 03 114892]]) и ушёл, ничего не подключив. Мама волнуется, не мошенник ли это был.
Прошу проверить, был ли у вас такой сотрудник, и перезвонить мне: [[PHONE_NUMBER|+7 922 355 90 14]], [[PERSON|Андрей]].
Мамин домашний — [[PHONE_NUMBER|265-31-08]], но она плохо слышит.
--
[[PERSON|Андрей Вологжанин]]
[[EMAIL_ADDRESS|a.vologzhanin@gmail.com]]
""")

W(10, """
Комментарий к заявке {{№ 4502-1173}}: владелец договора [[PERSON|Пермяков Геннадий Львович]] в командировке, монтаж примет соседка по площадке [[PERSON|Ощепкова Валентина Михайловна]] (кв. 42).
Владелец прислал с почты [[EMAIL_ADDRESS|g.permyakov@perm-ural.ru]] доверенность на её имя; паспорт доверенного лица [[RU_PASSPORT|5705 771340]].
Телефон соседки [[PHONE_NUMBER|8 912 980-22-71]], ключи от квартиры владельца у неё.
Адрес монтажа: [[ADDRESS|Пермь, Комсомольский пр-т, 68, кв. 43]], {{2 подъезд}}, вход с торца.
Договор соседка не подписывает — только монтаж, подпись владельца после {{25.05}}.
""")

W(11, """
{{15:02}} Напоминаем: завтра, {{03.10}}, с {{9:00 до 12:00}} к вам приедет мастер [[PERSON|Игорь Чечулин]] по заявке {{№ 88340912}}. Телефон мастера: [[PHONE_NUMBER|+7 951 924-06-38]].
{{15:02}} Для входа в личный кабинет используйте логин [[LOGIN|p1152209]] и временный пароль [[SECRET|h7Qm2xLp]].
{{18:40}} Вы: Можно мастер позвонит за полчаса? Я на работе, дома будет бабушка, [[PERSON|Анна Семёновна]], её номер [[PHONE_NUMBER|89082731640]]
{{18:41}} Автоответ: Ваше сообщение передано диспетчеру. Не отправляйте в ответ на это SMS реквизиты карт и пароли.
{{20:15}} Диспетчер [[PERSON|Ксения]]: Передали мастеру. Уточните, пожалуйста, дату рождения владельца договора — или назовите её мастеру при визите.
{{20:22}} Вы: [[DATE_OF_BIRTH|21 февраля 1988]], владелец я, [[PERSON|Чащина Евгения]]
""")

W(12, """
Фото наклейки с роутера у кл. [[PERSON|Бурдина]] ([[ADDRESS|ул. Лодыгина, 34, кв. 90]]), переписываю, фото не грузится:
Модель: {{Keenetic Speedster KN-3012}}
S/N: [[DEVICE_ID|S2241KS1190375]]
MAC: [[DEVICE_ID|50:FF:20:71:A3:06]]
Сеть 2.4: [[LOGIN|Keenetic-4821]]  Ключ: [[SECRET|bX7rN4qa]]
Вход: {{my.keenetic.net}} / {{192.168.1.1}}, логин {{admin}}, пароль клиент менял — говорит [[SECRET|burdin1966]]
Новую сеть назвали [[LOGIN|Burdiny_Home]], ключ оставили с наклейки.
""")

W(13, """
От: [[EMAIL_ADDRESS|kofeinya.zerno@bk.ru]]
Кому: {{b2b.perm@domlink.ru}}
Добрый день! Хотим подключить интернет и гостевой Wi-Fi в нашу кофейню «{{Зерно}}» в ТЦ «{{Алмаз}}», {{2 этаж}}. Реквизиты:
ИП [[PERSON|Мальцева Ольга Дмитриевна]], ИНН [[RU_INN!|590412738815]], ОГРНИП [[RU_OGRN|319595800041822]]
Адрес регистрации: [[ADDRESS|614016, г. Пермь, ул. Куйбышева, д. 52, кв. 118]]
Р/с [[BANK_ACCOUNT|40802810949770004517]] в ПАО «{{Уралпромбанк}}», БИК [[RU_BIK|045773918]]
Контакт: [[PHONE_NUMBER|+7 912 070-44-86]], [[PERSON|Ольга]].
P.S. Извините, в ИНН опечатка, две последние цифры 70, то есть [[RU_INN|590412738870]].
""")

W(14, """
Переезд услуг, дог. [[CONTRACT_NUMBER|590-0655194]], л/с [[ACCOUNT_NUMBER|259006611]].
Старый адрес: [[ADDRESS|Пермь, ул. Карпинского, 91, кв. 15]] — демонтаж не нужен, кабель оставить новым жильцам.
Новый адрес: [[ADDRESS|Пермь, ул. Братьев Игнатовых, 3, кв. 204]] (ЖК «{{Триумф Квартал}}»), техвозможность есть, {{подъезд 2}}, {{этаж 17}}.
Клиент [[PERSON|Сунцов Павел Игоревич]], новый контактный [[PHONE_NUMBER|8 (950) 460-13-29]], почта прежняя — [[EMAIL_ADDRESS|suntsov.pi@yandex.ru]].
Оборудование перевозит сам, роутер с/н [[DEVICE_ID|L9IG2207K41A]], статический IP [[IP_ADDRESS|94.50.112.76]] сохраняется.
Стоимость переезда {{0 ₽}} по акции «{{Переезд без хлопот}}».
""")

W(15, """
Кл. [[PERSON|Мохова Е.Н.]] (л/с [[ACCOUNT_NUMBER|259318402]]) звонила сменить пароль на Wi-Fi, сама в настройки зайти не может. Сменили удалённо.
Сеть [[LOGIN|MOHOVA_WIFI]], новый пароль [[SECRET|Kotik_2015]] — клиентка продиктовала сама и попросила записать в комментарий, «чтобы не забыть». Объяснено, что так делать не надо.
Старый пароль [[SECRET|12345678ee]] больше не действует. Устройство: {{ZTE ZXHN H298A}}, WAN IP [[IP_ADDRESS|176.15.64.9]].
Время на линии {{7 мин 40 с}}.
""")

W(16, """
Тех. [[PERSON|Шилов]]: диспетчер, дай тел. клиента по заявке {{55120}}, на [[ADDRESS|Сокольской 20]] никто не открывает
Дисп. [[PERSON|Оксана]]: [[PHONE_NUMBER|8 982 443 15 70]], [[PERSON|Ахмед Исмаилович]], {{5 этаж}}
Тех. [[PERSON|Шилов]]: не отвечает. Соседка сверху, [[PERSON|Нина Петровна]], говорит он на работе до шести, ключ у его сестры
Дисп. [[PERSON|Оксана]]: сестра в карточке есть — [[PERSON|Гасанова Лейла]], [[PHONE_NUMBER|+7-902-478-09-51]]. Звони ей, если что переносим на {{18:30}}
Тех. [[PERSON|Шилов]]: ок. Пиши перенос, я пока на [[ADDRESS|Ласьвинскую 11-6]] поеду, там {{бригада 2}} ждёт кабель
""")

W(17, """
Тема: льгота пенсионерам
Здравствуйте. Прошу подключить мне скидку «{{Серебряный возраст}}» на интернет. Я [[PERSON|Кривощёкова Людмила Аркадьевна]], родилась [[DATE_OF_BIRTH|28 августа 1954 г.]], пенсионерка.
Договор [[CONTRACT_NUMBER|№ 590-0417733]], адрес [[ADDRESS|г. Чусовой, ул. Ленина, д. 15, кв. 2]].
СНИЛС [[RU_SNILS!|164-087-325 01]]
Ой, ошиблась, правильно [[RU_SNILS|164-087-325 70]]. Пенсионное удостоверение могу показать мастеру.
Паспорт [[RU_PASSPORT|57 99 018436]] выдан Чусовским ГРОВД.
Ответ прошу на эту почту: [[EMAIL_ADDRESS|lyudmila.krivoschekova@rambler.ru]] или позвонить [[PHONE_NUMBER|8-34256-4-12-09]].
""")

W(18, """
Инцидент {{ИН-0772}}: {{бригада 8}} ([[PERSON|Сафин Р.]], [[PERSON|Долгих А.]]) по ошибке пришла в [[ADDRESS|кв. 17 дома по ул. Стахановской, 45а]] вместо 71-й.
Жительница кв. 17, [[PERSON|Тиунова Раиса Григорьевна]], впустила мастеров, показала паспорт ([[RU_PASSPORT|5702 369015]]) и даже подписала бланк. Бланк изъят и уничтожен, в CRM данные не вносились.
Настоящий клиент: [[PERSON|Ярославцев Кирилл]], [[ADDRESS|Стахановская 45а-71]], тел. [[PHONE_NUMBER|89124801327]] — подключён в тот же день.
[[PERSON|Тиуновой Р.Г.]] принесены извинения по телефону [[PHONE_NUMBER|8 342 281 07 54]].
""")

W(19, """
Л/с [[ACCOUNT_NUMBER|259440187]] / дог. [[CONTRACT_NUMBER|590-1203318]], кл. [[PERSON|Неволин Тимофей Сергеевич]].
Рассрочка за приставку {{Smart TV Box}}: {{6 × 330 ₽}}, списание {{1-го числа}}. Баланс {{−212,40 ₽}}.
Кл. просит перенести дату списания на 15-е, т.к. зарплата 10-го. Отказано, предложен обещанный платёж на {{3 дня}}.
Приставка с/н [[DEVICE_ID|STB7719203345A]] привязана к л/с, второй ТВ-точки нет.
Доп. контакт — отец, [[PERSON|Неволин Сергей Петрович]], [[PHONE_NUMBER|+7 919 471 60 02]].
""")

W(20, """
[[PHONE_NUMBER|+7 912 583 40 16]] (дочь): Здравствуйте, вы мастер по интернету? Мама дома, её зовут [[PERSON|Галина Фёдоровна]], она плохо слышит, стучите громче. Звонок не работает.
Мастер: Добрый день. Я [[PERSON|Денис]], буду через {{40 минут}}. Мама откроет? Нужен будет её паспорт для договора.
[[PHONE_NUMBER|+7 912 583 40 16]] (дочь): Паспорт лежит в серванте, она покажет. На всякий случай: [[RU_PASSPORT|5700 493871]], код [[RU_PASSPORT_DEPT|592-017]], д.р. [[DATE_OF_BIRTH|14.01.1946]]
Мастер: Спасибо, но лучше не присылайте паспорт в смс. Адрес [[ADDRESS|Кунгур, ул. Гоголя, 27, кв. 12]] верно?
[[PHONE_NUMBER|+7 912 583 40 16]] (дочь): да. И ещё — у мамы городской [[PHONE_NUMBER|8 (34271) 3-22-58]], если не достучитесь. Я [[PERSON|Светлана]], если что.
""")

W(21, """
[[PERSON|Мальгинов С.]], {{бригада 4}}, итоги за {{07.06}}:
— [[ADDRESS|Уинская 8-52]], дог. [[CONTRACT_NUMBER|590-1215507]], ONT [[DEVICE_ID|ZTEGC4F81B27]], подключено, {{2 ч 10 мин}}
— [[ADDRESS|Пушкина 104-9]], дог. [[CONTRACT_NUMBER|590-1215634]], роутер [[DEVICE_ID|S2302KV0917720]], клиент просил статику — IP [[IP_ADDRESS|94.50.97.148]] выдан
— [[ADDRESS|Восстания 45-130]], отказ клиента на месте (дорого), заявку закрыть
— [[ADDRESS|Куйбышева 98-3]], ТВ-приставка [[DEVICE_ID|TVB4K2301447702]], кл. [[PERSON|Лыкова]] оплатила {{2 490}} по QR
Расход: кабель {{140 м}}, коннекторы {{22 шт}}.
""")

W(22, """
Тема: Расторжение договора и возврат аванса
Прошу расторгнуть договор [[CONTRACT_NUMBER|№ 590-0978120]] (л/с [[ACCOUNT_NUMBER|259087765]]) в связи с переездом в другой город с {{01.09}}.
На счёте осталась предоплата {{1 500 руб.}} — прошу вернуть её на мой счёт:
получатель [[PERSON|Кашина Вероника Олеговна]], счёт [[BANK_ACCOUNT|40817810020031871154]], БИК [[RU_BIK|045773427]], банк АО «{{Камабанк}}».
Роутер ({{Keenetic Air}}, с/н [[DEVICE_ID|S2008KA0231844]]) был куплен, а не арендован, сдавать его не буду.
[[PERSON|В.О. Кашина]], [[PHONE_NUMBER|+7 902 831-66-09]], [[EMAIL_ADDRESS|nika.kashina@inbox.ru]]
""")

W(23, """
Обращение через чат ЛК. Кл. [[PERSON|Зырянов Лев]] не может войти: логин [[LOGIN|zyryanov.lev]], пишет, что пароль [[SECRET|Perm2019lev]] «не подходит».
Проверено: учётка заблокирована после пяти неверных попыток. Разблокировано, на [[PHONE_NUMBER|+79223119046]] отправлен одноразовый код [[SECRET|408 126]].
Клиент вошёл, сменил пароль. Попутно спросил, почему в настройках роутера шлюзом указан «чужой» адрес {{10.59.0.1}} — объяснено, что это адрес нашего оборудования.
Его внешний адрес [[IP_ADDRESS|95.78.203.14]] динамический, услугу «{{Статический IP}}» не заказывал.
""")

W(24, """
Частный дом, [[ADDRESS|Пермский р-н, д. Кондратово, ул. Камская, 14]]. Подключение по технологии {{4G + Wi-Fi}}, кабеля на улице нет.
Как проехать: от остановки «{{Кондратово, Магазин}}» прямо до «{{Пятёрочки}}», поворот налево, зелёный забор, собака на цепи.
Хозяйка [[PERSON|Мелехина Зоя Андреевна]], тел. [[PHONE_NUMBER|8-904-842-19-63]], дома {{с 11 до 16}}.
Выдать комплект: 4G-роутер, IMEI [[DEVICE_ID~imei|864721043188529]], SIM ICCID [[DEVICE_ID~iccid|8970199210557384122]], внешняя антенна на мачту.
Оплата комплекта {{6 800 ₽}} — наличными мастеру по чеку.
""")

W(25, """
Дисп., договор на месте заполняю, у клиентки не читается штамп. Паспорт: [[PERSON|Ившина Алевтина Павловна]], [[RU_PASSPORT|5715 482913]], выдан ГУ МВД России по Пермскому краю, к/п [[RU_PASSPORT_DEPT|590-034]], д.р. [[DATE_OF_BIRTH|02.04.1962]].
Прописка: [[ADDRESS|г. Березники, ул. Пятилетки, д. 81, кв. 40]], а подключаем у дочери на [[ADDRESS|Юбилейной 125-17]].
Тел. [[PHONE_NUMBER|+7 (3424) 26-81-55]], почта [[EMAIL_ADDRESS|alevtina62@list.ru]].
Дисп. [[PERSON|Марат]]: принял. Больше паспортные данные в чат не пиши, заноси сразу в планшет.
""")

W(26, """
[[PERSON|Глеб]] (ЖК «{{Новый Центр}}»): Добрый день! Для въезда во двор нужен номер машины мастера, охрана без пропуска не пустит.
Диспетчер: Здравствуйте, [[PERSON|Глеб]]. Мастер [[PERSON|Ренат Галиев]], белая {{Лада Ларгус}} [[VEHICLE_ID|В 417 КМ 159]], будет {{в 16:00}}.
[[PERSON|Глеб]]: Заказал пропуск. Пусть паркуется у {{3-го подъезда}}, можно на моё место {{№ 48}}, моя машина [[VEHICLE_ID|М 902 ОТ 59]] сейчас на работе.
Диспетчер: Передам. Адрес для акта: [[ADDRESS|ул. Екатерининская, 224, кв. 310]]?
[[PERSON|Глеб]]: Да. И почта для чека — [[EMAIL_ADDRESS|gleb.v.sannikov@gmail.com]].
""")

W(27, """
Тема: допуск монтажников в БЦ «{{Синица}}»
Коллеги, добрый день. Для работ {{14.11}} в офисе {{312}} прошу прислать ФИО и паспортные данные монтажников до {{12:00 13.11}}.
Ответ диспетчерской: направляем — [[PERSON|Кобелев Антон Сергеевич]], паспорт [[RU_PASSPORT|5711 902664]]; [[PERSON|Хисамутдинов Эльдар Ринатович]], паспорт [[RU_PASSPORT|5719 330157]]. Машина [[VEHICLE_ID|Е 558 АХ 159]].
Администратор БЦ [[PERSON|Дарья Шилова]], ресепшн {{+7 (342) 200-01-01}}, [[EMAIL_ADDRESS|d.shilova@bc-sinitsa.ru]].
""")

W(28, """
Объединение дублей карточек по запросу кл.
Карточка 1: [[PERSON|Пепеляев Никита Андреевич]], д.р. [[DATE_OF_BIRTH|09.09.1993]], тел. [[PHONE_NUMBER|79822417705]], л/с [[ACCOUNT_NUMBER|259501146]].
Карточка 2: [[PERSON|Пепеляев Н.А.]], д.р. [[DATE_OF_BIRTH|09.09.1939]] (очевидно, опечатка в годе), тел. [[PHONE_NUMBER|79822417750]], л/с [[ACCOUNT_NUMBER|259501392]].
Паспорт в обеих одинаковый — [[RU_PASSPORT|5713 640281]]. Оставлена карточка 1, л/с из карточки 2 закрыт с переносом остатка {{310,00 ₽}}.
""")

W(29, """
По ТВ у [[PERSON|Старцевой]] на [[ADDRESS|Лебедева 21-64]]: приставка [[DEVICE_ID|TVB4K2205106618]] (MAC [[DEVICE_ID|D8:0D:17:4E:22:A1]]) видит мультикаст, но на {{каналах 24–31}} чёрный экран.
Пакет «{{ТВ Базовый}}» активен, «{{Кино+}}» не оплачен — поэтому с {{42-й кнопки}} и дальше закрыто, это нормально.
Роутер клиентки получил внешний [[IP_ADDRESS|188.17.150.42]], IGMP включён. Перезагрузили — {{24-й}} пошёл, остальные тоже.
Логин ЛК [[LOGIN|startseva_ve]] — смотреть можно и через приложение, пароль не спрашивал.
""")

W(30, """
!!! Подозрение на мошенничество. {{20.02}} звонил мужчина, представился владельцем договора [[CONTRACT_NUMBER|590-0733901]] [[PERSON|Шардаковым Ильёй]], просил перенести подключение на адрес [[ADDRESS|Пермь, ул. Кронштадтская, 35, кв. 8]].
Назвал д.р. [[DATE_OF_BIRTH|11.05.1985]] — в карточке другая дата, кодовое слово назвать не смог (в карточке — [[SECRET|Малахит]]).
Звонок с номера [[PHONE_NUMBER|+7 993 402-18-77]], в карточке владельца номер другой. Заявка не создана, владельцу отправлено SMS на [[PHONE_NUMBER|+7 950 446-72-31]].
Операторам: по этому договору изменения только в офисе по паспорту.
""")

W(31, """
Здравствуйте! {{28 марта}} у меня был монтаж, мастера [[PERSON|Евгений]] и [[PERSON|Слава]] из {{бригады № 9}} просверлили стену насквозь в соседскую квартиру и порвали соседям обои.
Соседи, [[PERSON|Чудиновы]], требуют возмещения, их телефон [[PHONE_NUMBER|8 912 47 29 310]], они ждут звонка от вашей компании, а не от меня.
Мой адрес [[ADDRESS|г. Лысьва, ул. Мира, 9, кв. 27]], договор [[CONTRACT_NUMBER|590-1177046]].
Прошу связаться со мной: [[PERSON|Бабушкина Ангелина]], [[PHONE_NUMBER|+7-912-590-03-44]], [[EMAIL_ADDRESS|angelina.babushkina@mail.ru]].
""")

W(32, """
[[PERSON|Ш-ва А.В.]] звонит 3-й раз, мастер не приехал ни {{12.05}}, ни {{14.05}}. Дог. [[CONTRACT_NUMBER|590-1221904]], л/с [[ACCOUNT_NUMBER|259612037]].
Адр.: [[ADDRESS|Пермь, Парковый пр., 25, кв. 61]], {{под. 1}}, код [[SECRET|61В2744]].
Эскалация на старшего ([[PERSON|Корякин]]), кл. просит перезвонить на раб. [[PHONE_NUMBER|2-19-34-60]] после {{14:00}} (спросить [[PERSON|Анастасию Викторовну]]).
Компенсация: {{1 мес. абонплаты}} по программе «{{Гарантия визита}}».
""")

W(33, """
Журнал SMS по заявке {{№ 88417730}}
{{10.07 09:01}} → [[PHONE_NUMBER|79048417302]]: «Мастер [[PERSON|Вячеслав]] будет у вас {{с 13 до 15}}. Отменить визит: ответьте 0» — доставлено
{{10.07 12:48}} ← [[PHONE_NUMBER|79048417302]]: «не отменять. меня не будет, откроет тёща [[PERSON|Зинаида Павловна]] [[PHONE_NUMBER|89519300812]]»
{{10.07 12:50}} → [[PHONE_NUMBER|79519300812]]: «Здравствуйте! Мастер приедет по адресу [[ADDRESS|Пермь, ул. Гашкова, 17, кв. 85]] {{с 13 до 15}}» — доставлено
{{10.07 15:22}} → [[PHONE_NUMBER|79048417302]]: «Работы выполнены. Сеть [[LOGIN|DOM_GASHKOVA17]], пароль Wi-Fi [[SECRET|9gT3kWm1]]. Оцените мастера от 1 до 5» — доставлено
""")

W(34, """
Дисп. [[PERSON|Вера]]: [[PERSON|Тимур]], сфоткай серийник ONT у [[PERSON|Гилёвых]], на станции регистрация не проходит
Тех. [[PERSON|Тимур]]: [[DEVICE_ID|HWTC7A3F19C2]], модель {{HG8245H}}, {{порт OLT 3/7}}
Дисп. [[PERSON|Вера]]: в наряде [[DEVICE_ID|HWTC7A3F19E2]] — опечатка в наряде, исправляю. Пароль регистрации (LOID) [[SECRET|0159837742]], вбей вручную
Тех. [[PERSON|Тимур]]: зарегалась, PON горит. Клиенту выдал адрес [[IP_ADDRESS|46.146.58.130]], он играет, просил белый
Дисп. [[PERSON|Вера]]: ок, закрываю {{наряд 31402}}
""")

W(35, """
Тема: не работает 4G-роутер на даче
Здравствуйте. Дача в [[ADDRESS|СНТ «Сосновый бор», уч. 112, Добрянский р-н]], роутер ваш, ставили прошлым летом. Перестал ловить сеть.
IMEI с наклейки: [[DEVICE_ID~imei!|356938035643801]] — наклейка стёрлась, в последней цифре не уверен. В веб-интерфейсе показывает [[DEVICE_ID~imei|356938035643809]].
Сим-карта [[DEVICE_ID~iccid|8970199173044628511]], номер симки [[PHONE_NUMBER|+7 962 781 30 46]].
Договор [[CONTRACT_NUMBER|590-0569218]], [[PERSON|Рябов Константин Ильич]]. Удобно созвониться вечером: [[PHONE_NUMBER|+7 912 209 55 18]].
""")

W(36, """
Ключи от [[ADDRESS|кв. 56 по ул. Газеты Звезда, 30]] клиент [[PERSON|Фирсов Антон]] оставил консьержу [[PERSON|Валентине Ивановне]] (пост на первом этаже, {{с 8 до 20}}).
Мастеру забрать ключи, после монтажа вернуть консьержу и написать клиенту на [[PHONE_NUMBER|+7 919 4400 215]].
Роутер оставить на тумбе в прихожей, пароль от сети [[SECRET|firsov_home_56]] написать на бумажке под роутером — так просил клиент.
Сигнализация: код снятия [[SECRET|1987*]], если запищит.
""")

W(37, """
[[PERSON|Кузьмин]]: на узле «{{Стахановская-20}}» свободных портов нет, {{VLAN 1207}} забит
[[PERSON|Пьянков]]: перекинь [[PERSON|Голева]] на {{коммутатор 2}}, {{порт 14}}, его адрес [[IP_ADDRESS|178.185.14.77]] статикой, он в курсе
[[PERSON|Кузьмин]]: а у [[PERSON|Латыповой]] из 18-й какой логин? в наряде пусто
[[PERSON|Пьянков]]: [[LOGIN|pm_latypova18]], пароль [[SECRET|Sun4Lat9]], в ЛК поменяет сама
[[PERSON|Кузьмин]]: принял. Узел закрываю, ключ от щитовой отдал старшему по дому [[PERSON|Борису Ефимовичу]]
""")

W(38, """
Анкета качества после подключения
ФИО: [[PERSON|Мусихина Кристина Алексеевна]]
Телефон: [[PHONE_NUMBER|8 908 249 11 73]]   E-mail: [[EMAIL_ADDRESS|kris.musikhina@yandex.ru]]
Дата рождения (для поздравлений): [[DATE_OF_BIRTH|30.12.1996]]
Адрес подключения: [[ADDRESS|Пермь, ул. Старцева, 61, кв. 199]]
Оценка мастера ([[PERSON|Тагиров Ильдар]]): {{5 из 5}}. Оценка диспетчера: {{4 из 5}}.
Комментарий: всё быстро, только ждали мастера с {{9:00}} до {{11:40}}. Хочу ещё подключить «{{Кинотеатр 2.0}}».
""")

W(39, """
Программа «{{Приведи друга}}». Рекомендатель: [[PERSON|Вахрушев Дмитрий]], л/с [[ACCOUNT_NUMBER|259133870]].
Друг: [[PERSON|Хмелёва Полина]], [[PHONE_NUMBER|+7 965 555 17 40]], адрес подключения [[ADDRESS|Пермь, ул. Мильчакова, 31, кв. 12]].
Промокод {{DRUG-2024}} применён, бонус {{500 ₽}} обоим после первой оплаты. Номер заявки друга {{88501166}}.
[[PERSON|Полина]] просила не звонить до обеда, работает в ночь. Почта для договора [[EMAIL_ADDRESS|polina.khmeleva@mail.ru]].
""")

W(40, """
Паспорт кл. на замене, договор оформлен по водительскому удостоверению [[RU_DRIVER_LICENSE|59 27 618403]] + СНИЛС [[RU_SNILS|128-551-907 73]] (по регламенту ВУ без второго документа не принимается).
Клиент [[PERSON|Ширинкин Виталий Олегович]], д.р. [[DATE_OF_BIRTH|05.07.1990]].
Адрес: [[ADDRESS|Пермский край, г. Оса, ул. Свердлова, 33]], частный дом, во дворе собака.
Клиенту создан ЛК, логин [[LOGIN|shirinkin_vo]], пароль отправлен SMS на [[PHONE_NUMBER|+7 952 333 81 04]].
Новый паспорт клиент принесёт в офис продаж на {{ул. Ленина, 60}} (ТЦ «{{Сити}}»), после чего данные обновить.
""")

# --------------------------------------------------------------------- ASR

A(1, """
оператор: домашний интернет и телевидение пермь меня зовут [[PERSON|дарья]] здравствуйте
клиент: здравствуйте девушка мне бы интернет провести и телевизор
оператор: да конечно подскажите адрес где будем подключать
клиент: [[ADDRESS|пермь улица героев хасана дом сорок один квартира сто двенадцать]]
оператор: так [[ADDRESS|героев хасана сорок один]] по этому дому есть техническая возможность какой подъезд и этаж
клиент: {{третий подъезд}} {{седьмой этаж}}
оператор: как к вам можно обращаться
клиент: [[PERSON|кожевникова валентина игоревна]]
оператор: [[PERSON|валентина игоревна]] контактный номер телефона продиктуйте пожалуйста
клиент: [[PHONE_NUMBER|восемь девятьсот двенадцать шестьсот семь сорок четыре ноль девять]]
оператор: [[PHONE_NUMBER|восемь девятьсот двенадцать шестьсот семь сорок четыре ноль девять]] верно
клиент: да
оператор: по тарифам могу предложить {{домашний пятьсот}} с телевидением это {{восемьсот девяносто рублей в месяц}}
клиент: давайте его
оператор: мастер может подойти в {{четверг}} с {{десяти до двенадцати}} или в {{пятницу после обеда}}
клиент: четверг давайте только код на подъезде у нас [[SECRET|сто двенадцать ключ четыре пять четыре семь]]
оператор: записала заявка номер {{четыреста сорок семь шестьдесят два ноль один}} мастер позвонит за час до приезда
клиент: спасибо
оператор: спасибо за обращение всего доброго
""")

A(2, """
оператор: алло добрый день это мастер по интернету [[PERSON|руслан]] я к вам на подключение
клиент: да да здравствуйте
оператор: я у дома стою [[ADDRESS|советская семьдесят два]] правильно
клиент: да семьдесят два вам {{второй подъезд}} нужен
оператор: какой код на двери
клиент: щас так [[SECRET|пятьдесят восемь решетка девятнадцать девяносто]]
оператор: [[SECRET|пятьдесят восемь решетка]] а дальше
клиент: [[SECRET|девятнадцать девяносто]]
оператор: не открывает может домофоном откроете
клиент: наберите пятьдесят восемь я открою
оператор: набираю
клиент: открыла поднимайтесь {{четвертый этаж}} направо
оператор: понял а вас как зовут чтобы в акт записать
клиент: [[PERSON|оксана юрьевна]] фамилия [[PERSON|пестова]]
оператор: спасибо [[PERSON|оксана юрьевна]] через пару минут буду
клиент: только у нас собака не пугайтесь
оператор: ничего страшного я собак люблю
""")

A(3, """
оператор: диспетчерская подключения [[PERSON|елена]] слушаю
клиент: алло это мастер [[PERSON|федор]] с {{седьмой бригады}} тут бабушка договор подписывает а планшет завис можете по телефону оформить
оператор: давай передавай ей трубку
клиент: алло девушка здравствуйте мне паспорт читать
оператор: здравствуйте да пожалуйста назовите сначала фамилию имя отчество
клиент: [[PERSON|сыромятникова клавдия егоровна]]
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|девятого мая тысяча девятьсот тридцать восьмого]]
оператор: серия и номер паспорта
клиент: серия [[RU_PASSPORT|пятьдесят семь ноль два номер ноль восемь один триста семьдесят четыре]]
оператор: кем выдан и код подразделения
клиент: отделом внутренних дел мотовилихинского района код [[RU_PASSPORT_DEPT|пятьсот девяносто ноль ноль четыре]]
оператор: адрес регистрации совпадает с адресом подключения
клиент: да я тут всю жизнь живу [[ADDRESS|улица уральская девяносто пять квартира шесть]]
оператор: хорошо [[PERSON|клавдия егоровна]] передайте пожалуйста трубку мастеру
клиент: алло
оператор: [[PERSON|федя]] я всё внесла договор номер [[CONTRACT_NUMBER|пятьсот девяносто двенадцать сорок восемь ноль семь шесть]] пусть подпишет бумажный экземпляр
клиент: понял спасибо
""")

A(4, """
оператор: добрый день диспетчер интернет подключения [[PERSON|ангелина]] звоню по вашей заявке на завтра
клиент: ой здравствуйте а я как раз хотел звонить меня завтра не будет я на вахте
оператор: можем перенести или кто то сможет открыть квартиру
клиент: соседка откроет у неё ключи [[PERSON|тамара]] запишите её номер
оператор: записываю
клиент: [[PHONE_NUMBER|восемь девятьсот пятьдесят два триста тридцать три ноль ноль семь один]]
оператор: как её по отчеству
клиент: [[PERSON|тамара николаевна]] фамилию не знаю честно
оператор: хорошо а договор подписывать кто будет договор оформляется только на владельца
клиент: а можно я потом подпишу электронно
оператор: да можно через личный кабинет вам придет смс с кодом
клиент: отлично
оператор: подтвердите пожалуйста вашу фамилию и дату рождения для заявки
клиент: [[PERSON|бердников]] [[DATE_OF_BIRTH|двадцать третье ноября восемьдесят первого]]
оператор: спасибо всё совпадает
клиент: а адрес вы правильно записали [[ADDRESS|краснокамск шоссейная тринадцать квартира восемь]]
оператор: да всё верно мастер будет с {{девяти до одиннадцати}}
клиент: соседка с утра дома она на пенсии
оператор: хорошо я передам мастеру её номер всего доброго
""")

A(5, """
оператор: здравствуйте интернет и телевидение меня зовут [[PERSON|максим]]
клиент: добрый день я хочу отцу подключить интернет он пожилой сам не справится
оператор: на кого будет оформлен договор
клиент: на него [[PERSON|гуляев петр афанасьевич]]
оператор: дата рождения [[PERSON|петра афанасьевича]]
клиент: [[DATE_OF_BIRTH|первое марта сорок девятого года]]
оператор: адрес подключения
клиент: [[ADDRESS|город чайковский улица ленина дом сорок шесть квартира девятнадцать]]
оператор: в чайковском подключение по оптике мастер приедет в течение {{трех дней}} отцу когда удобно
клиент: он всегда дома но он не слышит звонок звоните мне пожалуйста
оператор: ваше имя и номер
клиент: [[PERSON|игорь]] [[PHONE_NUMBER|восемь девять ноль два четыре семь пять шесть шесть ноль три]]
оператор: хорошо [[PERSON|игорь]] а электронная почта для договора есть
клиент: да моя [[EMAIL_ADDRESS|игорь точка гуляев собака яндекс точка ру]]
оператор: повторю [[EMAIL_ADDRESS|игорь точка гуляев собака яндекс точка ру]] верно
клиент: да всё латиницей и через точку
оператор: понял роутер нужен наш
клиент: да самый простой
оператор: самый простой {{кинетик старт}} за {{две тысячи девятьсот девяносто рублей}} или в аренду за {{девяносто девять рублей}}
клиент: в аренду
оператор: записал спасибо за обращение
""")

A(6, """
оператор: техническая поддержка домашнего интернета [[PERSON|алексей]] здравствуйте
клиент: здравствуйте мне мастер вчера ставил роутер и пароль какой то сложный я хочу поменять
оператор: назовите пожалуйста номер договора или адрес
клиент: договор [[CONTRACT_NUMBER|пятьсот девяносто ноль девять шестьдесят шесть триста двадцать один]]
оператор: и фамилию имя владельца
клиент: [[PERSON|мерзлякова ольга]]
оператор: спасибо [[PERSON|ольга]] сеть у вас сейчас как называется
клиент: [[LOGIN|кинетик тире семь два ноль один]]
оператор: я могу поменять пароль удаленно придумайте пароль не меньше восьми символов
клиент: давайте [[SECRET|мурка два ноль ноль девять]] только латинскими
оператор: то есть [[SECRET|эм ю ар кей эй и цифры два ноль ноль девять]]
клиент: да
оператор: хорошо и название сети поменяем
клиент: да пусть будет [[LOGIN|мерзляковы]]
оператор: готово роутер перезагрузится через минуту сеть [[LOGIN|мерзляковы]] пароль как вы назвали
клиент: ой спасибо большое
оператор: пожалуйста только никому не сообщайте пароль
""")

A(7, """
оператор: отдел продаж оборудования [[PERSON|наталья]] здравствуйте
клиент: здравствуйте хочу вторую приставку купить и оплатить сразу картой
оператор: номер договора подскажите
клиент: [[CONTRACT_NUMBER|пятьсот девяносто одиннадцать ноль семь четыреста два]]
оператор: [[PERSON|виктор михайлович]] приставка стоит {{четыре тысячи четыреста девяносто}} можно оплатить в личном кабинете
клиент: да я не умею там записывайте карту [[CREDIT_CARD!|четыре два семь шесть три восемь ноль ноль один два три четыре пять шесть семь семь]]
оператор: подождите пожалуйста номер карты называть нельзя мы не принимаем оплату по телефону
клиент: а срок действия и три цифры сзади не надо
оператор: нет ничего не называйте я отправлю ссылку на оплату в смс
клиент: ну ладно я кстати неправильно сказал там в конце девятка [[CREDIT_CARD|четыре два семь шесть три восемь ноль ноль один два три четыре пять шесть семь девять]]
оператор: [[PERSON|виктор михайлович]] пожалуйста не диктуйте данные карты ссылку отправляю на номер [[PHONE_NUMBER|девятьсот два восемьсот тридцать пять двенадцать ноль шесть]] верно
клиент: да мой
оператор: приставку привезет мастер в {{субботу}} с {{двух до четырех}} доставка {{бесплатно}}
клиент: хорошо а адрес вы знаете
оператор: назовите пожалуйста для проверки
клиент: [[ADDRESS|крупской семьдесят девять квартира сорок]]
оператор: всё верно спасибо за звонок
""")

A(8, """
оператор: домашний интернет [[PERSON|светлана]] добрый день
клиент: добрый день мне надо оплатить а я не знаю номер счета куда платить
оператор: вы владелец договора
клиент: да [[PERSON|тупицын андрей владимирович]]
оператор: [[PERSON|андрей владимирович]] назовите пожалуйста кодовое слово
клиент: кодовое слово [[SECRET|пельмени]]
оператор: спасибо ваш лицевой счет [[ACCOUNT_NUMBER|двести пятьдесят девять четыреста восемьдесят семь триста шестьдесят один]]
клиент: подождите ручку возьму повторите
оператор: [[ACCOUNT_NUMBER|двести пятьдесят девять четыреста восемьдесят семь триста шестьдесят один]]
клиент: а договор какой у меня номер он же другой
оператор: номер договора [[CONTRACT_NUMBER|пятьсот девяносто ноль шесть пятьдесят пять двести один]]
клиент: а платить по какому
оператор: оплачивать нужно по лицевому счету а договор нужен для обращений
клиент: понятно а можно чтобы это на почту пришло
оператор: могу отправить на почту которая указана в договоре
клиент: там старая давайте новую [[EMAIL_ADDRESS|тупицын шестьдесят восемь собака бэ ка точка ру]]
оператор: для смены почты нужно подтвердить код из смс я отправила код на номер из договора
клиент: пришел [[SECRET|три восемь один пять]]
оператор: спасибо почта изменена реквизиты для оплаты отправлены
клиент: спасибо вам
""")

A(9, """
оператор: техподдержка [[PERSON|игорь]] здравствуйте
клиент: здравствуйте я подключал услугу статический айпи и у меня камера не открывается снаружи
оператор: назовите номер договора пожалуйста
клиент: [[CONTRACT_NUMBER|пятьсот девяносто тринадцать ноль два восемьсот семьдесят семь]]
оператор: на кого оформлен
клиент: на меня [[PERSON|лапин денис сергеевич]]
оператор: [[PERSON|денис сергеевич]] ваш статический адрес [[IP_ADDRESS|девяносто четыре точка пятьдесят точка сто шестнадцать точка двести восемь]]
клиент: да он и в роутере такой
оператор: а камера какой адрес внутри сети
клиент: камера {{сто девяносто два точка сто шестьдесят восемь точка один точка шестьдесят четыре}} порт {{восемь тысяч}}
оператор: проверяю у нас блокировок нет порт на роутере проброшен правильно
клиент: а снаружи не открывается
оператор: попробуйте с мобильного интернета а не из домашней сети наберите [[IP_ADDRESS|девяносто четыре точка пятьдесят точка сто шестнадцать точка двести восемь]] двоеточие {{восемь тысяч}}
клиент: открылось да спасибо а логин и пароль от камеры вы не знаете
оператор: это уже настройки самой камеры мы их не видим
клиент: я их поменял логин [[LOGIN|лапин кам]] а пароль [[SECRET|лапин тысяча девятьсот восемьдесят пять]] кажется
оператор: не нужно мне сообщать пароль проверьте их в приложении камеры
клиент: понял всё спасибо
""")

A(10, """
оператор: служба сервиса [[PERSON|кристина]] добрый вечер
клиент: добрый вечер у меня завтра мастер должен прийти заявка {{сорок четыре девяносто один пятьсот восемь}} хочу перенести
оператор: назовите пожалуйста фамилию имя отчество
клиент: [[PERSON|гарипов марсель ильдарович]]
оператор: [[PERSON|марсель ильдарович]] на какой день удобно
клиент: на субботу можно
оператор: в субботу свободно с {{восьми до десяти}} и с {{шестнадцати до восемнадцати}}
клиент: давайте утро
оператор: хорошо суббота с восьми мастер [[PERSON|николай]] из {{пятой бригады}} позвонит за час
клиент: а стоимость подключения не изменится
оператор: нет подключение {{бесплатно}} по тарифу {{хит сто}} абонентская плата {{шестьсот пятьдесят рублей}}
клиент: и еще у нас домофон поменяли новый код [[SECRET|двадцать два сорок семь звездочка]]
оператор: записала адрес подтвердите пожалуйста
клиент: [[ADDRESS|бульвар гагарина шестьдесят пять квартира девяносто]] {{шестой подъезд}}
оператор: всё перенесла до свидания
""")

A(11, """
оператор: сервисный центр оборудования [[PERSON|павел]] здравствуйте
клиент: здравствуйте роутер сгорел после грозы хочу по гарантии поменять
оператор: роутер покупали у нас
клиент: да при подключении {{кинетик вива}}
оператор: продиктуйте серийный номер он на наклейке снизу после букв эс эн
клиент: [[DEVICE_ID|эс два один ноль семь кей ви ноль три три девять пять восемь один]]
оператор: а мак адрес там же пониже
клиент: [[DEVICE_ID|пять ноль эф эф два ноль шесть би ноль четыре эй девять]]
оператор: по серийному вижу договор оформлен на [[PERSON|хайруллину регину]] это вы
клиент: нет это жена я муж [[PERSON|айдар]]
оператор: гарантийная замена оформляется на владельца договора или по доверенности
клиент: она рядом сейчас дам ей трубку
оператор: хорошо жду
клиент: алло это [[PERSON|регина]] да я разрешаю пусть муж занимается
оператор: [[PERSON|регина]] назовите пожалуйста дату рождения для подтверждения
клиент: [[DATE_OF_BIRTH|четырнадцатое июля девяносто второго]]
оператор: спасибо замену оформила мастер привезет новый роутер и заберет старый в {{среду}}
клиент: а настройки сохранятся сеть [[LOGIN|регина и айдар]] и пароль
оператор: мастер настроит так же как было название сети и пароль назовете ему на месте
клиент: хорошо спасибо
""")

A(12, """
оператор: интерактивное телевидение [[PERSON|юлия]] здравствуйте
клиент: здравствуйте мастер поставил приставку а она пишет устройство не активировано
оператор: назовите номер лицевого счета
клиент: [[ACCOUNT_NUMBER|двести пятьдесят девять триста десять сорок четыре ноль пять]]
оператор: спасибо и ваше имя
клиент: [[PERSON|борис]]
оператор: [[PERSON|борис]] на экране есть идентификатор приставки продиктуйте пожалуйста
клиент: [[DEVICE_ID|эс ти би семь семь один девять два ноль ноль восемьсот тридцать девять эй]]
оператор: вижу приставка привязана к другому счету видимо мастер ошибся перепривязываю
клиент: а каналы все будут
оператор: в вашем пакете {{базовый}} {{сто двадцать каналов}} {{матч премьер}} не входит
клиент: а {{пятый канал}} на какой кнопке
оператор: обычно на {{пятой}} но порядок можно поменять в настройках
клиент: заработало показывает
оператор: отлично пин код родительского контроля по умолчанию {{ноль ноль ноль ноль}} советую поменять
клиент: поменяю на [[SECRET|один девять семь семь]] как год рождения
оператор: не сообщайте никому пин код [[PERSON|борис]] хорошего вечера
""")

A(13, """
оператор: алло это мастер [[PERSON|василий]] по интернету вы заявку оставляли в кунгуре
клиент: да да вы где
оператор: я на въезде в поселок не могу найти улицу у навигатора такой нет
клиент: [[ADDRESS|кунгурский район поселок голдыревский улица садовая семнадцать]] это новая улица
оператор: понятно а ориентир какой
клиент: едете мимо {{магазина магнит}} потом {{остановка школа}} и направо синий забор
оператор: понял а вас как зовут
клиент: [[PERSON|лидия андреевна]] вы звоните мне на этот номер или мужу [[PERSON|геннадию]] [[PHONE_NUMBER|восемь девятьсот восемь двести шестьдесят один ноль семь сорок три]]
оператор: записал кабель до дома будем тянуть от столба сколько метров примерно
клиент: метров {{сорок}}
оператор: тогда по договору {{двадцать метров бесплатно}} остальное {{сорок рублей за метр}}
клиент: ну ладно
оператор: минут через {{пятнадцать}} буду
клиент: ждем
""")

A(14, """
оператор: отдел договоров [[PERSON|анастасия]] добрый день
клиент: добрый день мне мастер сказал договор на почту придет а он не пришел
оператор: назовите номер договора
клиент: [[CONTRACT_NUMBER|пятьсот девяносто двенадцать тридцать три сорок один ноль восемь]]
оператор: и фамилию
клиент: [[PERSON|нечаев]]
оператор: [[PERSON|святослав игоревич]] в договоре указана почта [[EMAIL_ADDRESS|эс нечаев собака мейл точка ру]]
клиент: нет нет там не так [[EMAIL_ADDRESS|свят точка нечаев собака джимейл точка ком]]
оператор: по буквам пожалуйста
клиент: [[EMAIL_ADDRESS|эс ви уай ти точка эн и си эйч эй и ви собака джимейл точка ком]]
оператор: исправила отправляю договор и акт на [[EMAIL_ADDRESS|свят точка нечаев собака джимейл точка ком]]
клиент: пришло спасибо
оператор: пожалуйста может еще что то подсказать
клиент: нет спасибо
""")

A(15, """
оператор: техническая поддержка [[PERSON|константин]] слушаю вас
клиент: здравствуйте я роутер сбросила кнопкой и интернет пропал
оператор: назовите адрес подключения
клиент: [[ADDRESS|березники улица мира сорок два квартира семьдесят три]]
оператор: на кого договор
клиент: [[PERSON|ахметова гульшат]]
оператор: [[PERSON|гульшат]] назовите дату рождения
клиент: [[DATE_OF_BIRTH|тридцатое января семьдесят пятого]]
оператор: спасибо сейчас помогу настроить заходите в настройки роутера по адресу {{сто девяносто два точка сто шестьдесят восемь точка ноль точка один}}
клиент: зашла
оператор: тип подключения пппое логин [[LOGIN|бэ эр зэ подчеркивание ахметова семьдесят три]]
клиент: ввела
оператор: пароль [[SECRET|кью семь эм эн четыре ди икс восемь]]
клиент: [[SECRET|ку семь эм эн четыре ди икс восемь]] так
оператор: да и нажмите применить
клиент: заработало
оператор: отлично пароль лучше потом сменить в личном кабинете
клиент: спасибо
""")

A(16, """
оператор: здравствуйте домашний интернет [[PERSON|ирина]]
клиент: здравствуйте у меня интернет отключили в квартире которую снимаю хочу оплатить
оператор: назовите адрес
клиент: [[ADDRESS|пермь улица ивановская девятнадцать квартира пятьдесят]]
оператор: вы владелец договора
клиент: нет я снимаю хозяйка [[PERSON|лариса]] а фамилию не помню
оператор: оплатить можно по номеру лицевого счета если вы его знаете
клиент: у меня квитанция есть [[ACCOUNT_NUMBER|двести пятьдесят девять сто девяносто семь шестьсот четыре]]
оператор: по этому счету можно внести оплату в терминале или в приложении
клиент: а сумму скажете сколько платить
оператор: для этого нужно назвать кодовое слово владельца
клиент: хозяйка написала кодовое слово [[SECRET|ласточка]]
оператор: кодовое слово совпадает к оплате {{семьсот пятьдесят рублей}}
клиент: а почему отключили
оператор: не было оплаты за {{октябрь}} после оплаты интернет включится в течение {{пятнадцати минут}}
клиент: понятно и еще запишите мой номер на всякий случай [[PHONE_NUMBER|восемь девятьсот девятнадцать семьсот десять двадцать два тридцать три]] меня [[PERSON|кирилл]] зовут
оператор: контактный номер в договор может добавить только владелец [[PERSON|кирилл]]
клиент: ладно понял спасибо
""")

A(17, """
оператор: добрый день это диспетчер [[PERSON|дина]] звоню по подключению вчера у вас мастер был
клиент: да был всё работает
оператор: договор в планшете не сохранился можем подписать по смс
клиент: давайте
оператор: подтвердите пожалуйста фамилию имя отчество полностью
клиент: [[PERSON|вотинова екатерина сергеевна]]
оператор: и номер телефона на который отправить код
клиент: [[PHONE_NUMBER|девятьсот двадцать два триста пятнадцать сорок восемь ноль ноль]]
оператор: отправила продиктуйте код из смс
клиент: [[SECRET|пять девять два семь один четыре]]
оператор: спасибо договор [[CONTRACT_NUMBER|пятьсот девяносто двенадцать шестьдесят пять сто девять]] подписан копия придет на почту
клиент: на какую почту
оператор: назовите пожалуйста
клиент: [[EMAIL_ADDRESS|катя вотинова девяносто один собака мейл точка ру]] всё латинскими и через точку
оператор: записала и еще мастер оставил вам пароль от вай фай на бланке
клиент: да [[SECRET|вотиновы два четыре семь]] всё в порядке
оператор: хорошо всего доброго
""")

A(18, """
оператор: здравствуйте это монтажник [[PERSON|слава]] я у вашего дома но тут два корпуса
клиент: а вы где стоите
оператор: [[ADDRESS|шоссе космонавтов сто одиннадцать]] корпус один
клиент: нам нужен [[ADDRESS|сто одиннадцать корпус два]] он за детской площадкой
оператор: вижу а подъезд
клиент: {{первый подъезд}} домофон сто сорок я открою
оператор: а подниматься на какой
клиент: {{одиннадцатый этаж}} лифт работает
оператор: иду а [[PERSON|евгений петрович]] это вы
клиент: нет я сын [[PERSON|кирилл]] отец на даче он договор вчера подписал
оператор: понял [[PERSON|кирилл]] мне нужно будет чтобы в акте кто то расписался
клиент: распишусь без проблем
оператор: и еще роутер ваш или наш привез {{тп линк арчер си шесть}}
клиент: ваш берем отец оплатил уже {{три девятьсот девяносто}}
оператор: понял иду
""")

A(19, """
оператор: домашний интернет и тв [[PERSON|валерия]] здравствуйте
клиент: здравствуйте у мамы мастер должен был прийти сегодня а она в больницу попала
оператор: сочувствую назовите пожалуйста фамилию имя отчество владельца договора
клиент: [[PERSON|плотникова зинаида михайловна]]
оператор: и кем вы ей приходитесь
клиент: дочь [[PERSON|марина]]
оператор: [[PERSON|марина]] перенести визит можно на какое время
клиент: через неделю не раньше и еще она сказала заплатить за приставку с её карты а я не знаю можно ли
оператор: оплату лучше провести по ссылке или в личном кабинете
клиент: у меня её паспорт тут с собой [[RU_PASSPORT|пятьдесят семь девятнадцать двести тридцать четыре пятьсот шестьдесят один]] может так оформите на меня
оператор: не нужно диктовать паспорт по телефону переоформление только в офисе при личном присутствии
клиент: поняла а дату рождения её надо
оператор: нет спасибо перенос сделаю без этого визит на {{двадцать пятое}} с {{десяти до двух}} подойдет
клиент: да и позвоните мне а не маме мой номер [[PHONE_NUMBER|восемь девятьсот девяносто два двести один шестьдесят семь ноль четыре]]
оператор: записала [[PERSON|марина]] выздоровления маме
клиент: спасибо
""")

A(20, """
оператор: отдел подключения бизнеса [[PERSON|роман]] добрый день
клиент: добрый день я индивидуальный предприниматель хочу подключить интернет в мастерскую
оператор: назовите пожалуйста фамилию имя отчество и инн
клиент: [[PERSON|карпов егор валентинович]] инн [[RU_INN|пятьдесят девять ноль шесть ноль восемь тридцать три пятнадцать семьдесят пять]]
оператор: огрнип тоже понадобится
клиент: [[RU_OGRN|триста двадцать один пятьсот девяносто ноль ноль ноль семьсот тринадцать четыреста пятьдесят четыре]]
оператор: спасибо для договора нужен адрес регистрации предпринимателя
клиент: [[ADDRESS|пермь улица подлесная двадцать три квартира восемьдесят восемь]]
оператор: а подключаем где
клиент: в гаражном кооперативе {{восток двенадцать}} бокс {{сорок шесть}} там электричество есть
оператор: туда проверю техническую возможность и перезвоню вам на этот номер
клиент: лучше на рабочий [[PHONE_NUMBER|двести девяносто четыре пятнадцать шестьдесят]]
оператор: хорошо и почта для счетов
клиент: [[EMAIL_ADDRESS|карпов точка мастерская собака бэ ка точка ру]]
оператор: спасибо [[PERSON|егор валентинович]] ожидайте звонка в течение {{двух рабочих дней}}
клиент: до свидания
""")

A(21, """
оператор: домашний интернет [[PERSON|полина]] добрый день
клиент: добрый день мы переезжаем хотим интернет перенести на новую квартиру
оператор: назовите номер лицевого счета
клиент: [[ACCOUNT_NUMBER|двести пятьдесят девять ноль ноль семь восемьсот двенадцать сорок]]
оператор: и фамилию имя отчество владельца
клиент: [[PERSON|селиванов артем юрьевич]]
оператор: [[PERSON|артем юрьевич]] назовите старый адрес
клиент: [[ADDRESS|пермь улица маршрутная семь квартира двадцать девять]]
оператор: и новый
клиент: [[ADDRESS|пермь улица карпинского сто восемь а квартира сорок четыре]] это новостройка жк {{гулливер}}
оператор: по новому адресу техническая возможность есть переезд {{бесплатный}} с какого числа
клиент: с {{первого числа}} хотим
оператор: хорошо мастер подключит первого с {{двенадцати до пятнадцати}} со старого адреса ничего снимать не нужно
клиент: а статический айпи останется [[IP_ADDRESS|сто семьдесят восемь точка сто восемьдесят пять точка двадцать точка девять]]
оператор: да адрес закреплен за договором он сохранится
клиент: и кодовое слово можно поменять старое [[SECRET|маршрутка]] было
оператор: назовите новое
клиент: [[SECRET|гулливер два ноль два четыре]]
оператор: изменила до свидания
""")

A(22, """
оператор: отдел возвратов [[PERSON|галина]] здравствуйте
клиент: здравствуйте я отказался от приставки в течение двух недель мне обещали вернуть деньги
оператор: назовите номер договора
клиент: [[CONTRACT_NUMBER|пятьсот девяносто одиннадцать девяносто восемь ноль ноль три]]
оператор: владелец договора [[PERSON|шумихин олег павлович]] это вы
клиент: да
оператор: возврат {{три тысячи четыреста девяносто рублей}} производится на банковский счет продиктуйте реквизиты
клиент: счет [[BANK_ACCOUNT|четыреста восемь семнадцать восемьсот десять девять четыре девять восемь десять ноль пять семь триста двенадцать]]
оператор: и бик банка
клиент: [[RU_BIK|ноль четыре пять семь семь три шестьсот два]]
оператор: получатель вы
клиент: да [[PERSON|шумихин олег павлович]]
оператор: заявление на возврат сформировано деньги поступят в течение {{десяти рабочих дней}}
клиент: а приставку куда сдавать
оператор: мастер заберет её приставка с серийным номером [[DEVICE_ID|эс ти би семь семь один девять ноль четыре четыре ноль один би]] верно
клиент: сейчас посмотрю да совпадает
оператор: мастер позвонит вам накануне на номер [[PHONE_NUMBER|девятьсот девятнадцать четыреста тридцать два десять восемьдесят]]
клиент: да хорошо
""")

A(23, """
оператор: домашний интернет [[PERSON|елизавета]] здравствуйте
клиент: здравствуйте доченька я пенсионерка мне сказали скидка есть для пенсионеров
оператор: да есть назовите пожалуйста фамилию имя отчество
клиент: [[PERSON|пищальникова антонина васильевна]]
оператор: [[PERSON|антонина васильевна]] для скидки нужен номер снилс
клиент: сейчас очки найду вот [[RU_SNILS|ноль девяносто семь триста двенадцать шестьсот сорок восемь восемьдесят пять]]
оператор: спасибо и дата рождения
клиент: [[DATE_OF_BIRTH|шестнадцатое октября пятьдесят седьмого года]]
оператор: скидка {{двадцать процентов}} будет действовать со следующего месяца
клиент: а у меня еще внук [[PERSON|данилка]] просил чтобы интернет побыстрее сделать
оператор: можно перейти на тариф {{домашний триста}} с учетом скидки будет {{четыреста восемьдесят рублей}}
клиент: ой дорого пусть как было
оператор: хорошо оставляем текущий тариф
клиент: а вы мне позвоните если что на домашний [[PHONE_NUMBER|двести семьдесят семь тридцать один ноль пять]]
оператор: конечно [[PERSON|антонина васильевна]] всего доброго
""")

A(24, """
оператор: домашний интернет [[PERSON|татьяна]] здравствуйте
клиент: здравствуйте у меня сосед сверху [[PERSON|ермаков]] кажется ваш абонент он меня затопил а сам не открывает дайте его телефон
оператор: к сожалению мы не предоставляем данные других абонентов
клиент: ну хоть подтвердите он живет [[ADDRESS|луначарского шестьдесят один]] {{девятый этаж}}
оператор: такую информацию я сообщить не могу
клиент: я знаю что кабель ваш к нему в квартиру идет его зовут [[PERSON|ермаков вадим]] он [[DATE_OF_BIRTH|девяностого года]] рождения
оператор: я понимаю ситуацию но данные абонентов не раскрываются обратитесь пожалуйста в управляющую компанию
клиент: а если я скажу его номер договора вы подтвердите
оператор: нет подтверждать тоже не могу
клиент: ну и сервис как вас зовут
оператор: меня зовут [[PERSON|татьяна]] могу записать ваше обращение
клиент: запишите [[PERSON|сидоров павел]] [[PHONE_NUMBER|восемь девятьсот двенадцать ноль шесть ноль тридцать один восемьдесят пять]]
оператор: обращение записала с вами свяжется специалист
клиент: ладно
""")

A(25, """
оператор: поддержка мобильного интернета для дома [[PERSON|артур]] здравствуйте
клиент: здравствуйте у меня на даче роутер четыре джи от вас стоит перестал работать
оператор: назовите номер договора или номер сим карты
клиент: номер симки [[PHONE_NUMBER|девятьсот шестьдесят два семьсот восемьдесят один сорок пять девяносто]]
оператор: на кого оформлено
клиент: [[PERSON|дьячков михаил юрьевич]]
оператор: [[PERSON|михаил юрьевич]] продиктуйте айсисиайди сим карты он на пластике напечатан
клиент: [[DEVICE_ID~iccid|восемьдесят девять семьдесят десять двадцать шесть ноль один пятнадцать восемьдесят три семьдесят девять четыре ноль два]]
оператор: сим карта активна а имей роутера на наклейке
клиент: [[DEVICE_ID~imei|тридцать пять двадцать девяносто шесть одиннадцать семьдесят четыре двадцать девяносто три семь]]
оператор: вижу роутер последний раз выходил в сеть {{три дня назад}} попробуйте перезагрузить
клиент: перезагружал не помогает лампочка красная
оператор: возможно в вашем районе ведутся работы по улучшению связи я уточню и перезвоню
клиент: а где у вас вышка тут ближайшая
оператор: расположение оборудования я подсказать не могу
клиент: ладно жду звонка дача в [[ADDRESS|снт березка добрянский район участок шестьдесят четыре]]
оператор: записал
""")

A(26, """
оператор: служба подключения [[PERSON|вероника]] здравствуйте
клиент: здравствуйте я оставлял заявку на сайте никто не перезвонил
оператор: на какой номер оставляли
клиент: [[PHONE_NUMBER|восемь девятьсот два четыреста семьдесят три ой нет четыреста семьдесят восемь двадцать два шестнадцать]]
оператор: по этому номеру заявки не вижу может на другое имя
клиент: на [[PERSON|рахимова фаниля]]
оператор: вижу заявку в ней номер записан с ошибкой поэтому не дозвонились исправляю
клиент: а дальше что
оператор: назовите адрес подключения
клиент: [[ADDRESS|пермь улица белинского тридцать один квартира восемнадцать]]
оператор: по вашему дому подключение возможно ближайшее время {{вторник}} с {{девяти}}
клиент: вторник нормально
оператор: договор на вас фамилия имя отчество полностью
клиент: [[PERSON|рахимов фаниль раисович]]
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|восьмое декабря тысяча девятьсот восемьдесят шестого]]
оператор: паспорт мастер сверит на месте
клиент: хорошо
оператор: номер заявки {{восемьдесят восемь пятьсот тридцать один двести ноль шесть}} мастер позвонит
клиент: спасибо
""")

A(27, """
оператор: здравствуйте служба сервиса [[PERSON|михаил]] чем могу помочь
клиент: здравствуйте у меня интернет и домашний телефон у вас хочу телефон отключить а интернет оставить
оператор: назовите пожалуйста номер домашнего телефона
клиент: [[PHONE_NUMBER|двести сорок один двенадцать ноль три]]
оператор: на кого оформлен договор
клиент: на мужа [[PERSON|бушуев станислав геннадьевич]] он умер в прошлом году я жена [[PERSON|нелли аркадьевна]]
оператор: примите мои соболезнования для изменений по договору нужно переоформление на вас в офисе
клиент: а так нельзя
оператор: к сожалению нет возьмите свидетельство и паспорт в офис продаж на {{ленина шестьдесят}}
клиент: а если я сейчас паспорт продиктую
оператор: нет по телефону переоформление не делается
клиент: ну хорошо а мобильный мой запишите для связи [[PHONE_NUMBER|восемь девять один девять четыре шесть ноль два два восемь один]]
оператор: записал в обращение [[PERSON|нелли аркадьевна]] офис работает с {{девяти до двадцати}}
клиент: а интернет пока работать будет
оператор: да услуги работают лицевой счет [[ACCOUNT_NUMBER|двести пятьдесят девять шестьсот три ноль ноль один восемь]] оплачивать можно как раньше
клиент: спасибо
""")

A(28, """
оператор: алло здравствуйте это бригадир монтажников [[PERSON|сергей]] вы председатель тсж
клиент: да председатель [[PERSON|мальцев]] слушаю
оператор: нам нужно протянуть кабель по стояку в {{четвертом подъезде}} жильцы заявку оставили
клиент: а кто оставлял
оператор: из семьдесят восьмой квартиры
клиент: а это [[PERSON|фадеевы]] наверно ладно а согласование с управляющей компанией есть
оператор: у нас договор с тсж {{пушкина сто девять}} на размещение оборудования еще с {{прошлого года}}
клиент: ну тогда приходите ключ от подвала у меня
оператор: когда удобно
клиент: завтра после шести я с работы приду [[ADDRESS|пушкина сто девять квартира два]] стучите
оператор: а номер ваш для связи
клиент: [[PHONE_NUMBER|восемь девятьсот четыре двести семь ноль ноль шестьдесят шесть]] [[PERSON|виктор степанович]]
оператор: записал [[PERSON|виктор степанович]] будем {{в восемнадцать тридцать}} {{бригада номер три}}
клиент: договорились только чтоб без грязи
""")

A(29, """
оператор: служба подключения [[PERSON|алена]] слушаю вас
клиент: здравствуйте это [[PERSON|лобанов николай иванович]] мастер у меня сидит просит паспорт вам продиктовать
оператор: здравствуйте [[PERSON|николай иванович]] да диктуйте серию и номер
клиент: так сейчас [[RU_OMS|пятьдесят девять пятьдесят три сорок один ноль восемь двадцать девять семьдесят три ноль ноль двенадцать]]
оператор: [[PERSON|николай иванович]] это похоже номер полиса там шестнадцать цифр а нужен паспорт
клиент: ой правда это полис синий а паспорт красный вот [[RU_PASSPORT|пятьдесят семь ноль четыре шестьсот двенадцать девятьсот восемь]]
оператор: спасибо и код подразделения
клиент: [[RU_PASSPORT_DEPT|пятьсот девяносто ноль двадцать один]]
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|двадцать седьмое февраля сорок четвертого]]
оператор: спасибо договор оформила передайте трубку мастеру
клиент: сейчас
оператор: [[PERSON|андрей]] всё оформлено номер договора [[CONTRACT_NUMBER|пятьсот девяносто двенадцать семьдесят восемь тридцать девять ноль]] оборудование по акту
клиент: это [[PERSON|андрей]] понял роутер [[DEVICE_ID|эс два два ноль три кей эс один один девять ноль ноль семь шесть]] вбейте его тоже
оператор: вбила спасибо
""")

A(30, """
оператор: диспетчер подключения [[PERSON|ольга]] слушаю
клиент: здравствуйте мастер пришел договор заключать а у меня паспорт на замене только права есть
оператор: по водительскому удостоверению договор можно заключить если есть второй документ снилс например
клиент: снилс есть
оператор: продиктуйте пожалуйста номер удостоверения
клиент: [[RU_DRIVER_LICENSE|пятьдесят девять тридцать один двести четыре семьдесят семь шесть]]
оператор: и снилс
клиент: [[RU_SNILS|сто пятьдесят три шестьсот двадцать восемьсот восемьдесят четыре пятьдесят девять]]
оператор: фамилия имя отчество
клиент: [[PERSON|голдобин ярослав евгеньевич]]
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|третье апреля двухтысячного]]
оператор: [[PERSON|ярослав евгеньевич]] после получения паспорта нужно будет обновить данные в офисе
клиент: хорошо а почта для договора [[EMAIL_ADDRESS|ярик голдобин собака мейл точка ру]]
оператор: записала и номер телефона
клиент: [[PHONE_NUMBER|плюс семь девятьсот девяносто четыре сто двадцать три ноль восемь пятьдесят пять]]
оператор: спасибо договор оформлен
""")

A(31, """
оператор: добрый день это диспетчер службы монтажа [[PERSON|карина]] по вашей заявке на сегодня
клиент: да здравствуйте у нас закрытый двор нужен номер машины мастера
оператор: мастер [[PERSON|олег зубарев]] машина [[VEHICLE_ID|эр семьсот сорок три ка эм сто пятьдесят девять]]
клиент: записываю а марка
оператор: {{лада веста}} серая
клиент: хорошо я охране передам а во сколько
оператор: с {{одиннадцати до часу}}
клиент: пусть паркуется на мое место там моя машина [[VEHICLE_ID|а шестьсот шесть вэ ха пятьдесят девять]] стоит я ее уберу
оператор: передам а подъезд какой
клиент: [[ADDRESS|улица окулова восемнадцать квартира двести два]] {{подъезд три}} код калитки [[SECRET|три три восемь один]]
оператор: записала для акта ваша фамилия имя отчество
клиент: [[PERSON|санникова полина дмитриевна]]
оператор: спасибо [[PERSON|полина дмитриевна]] мастер позвонит за полчаса
клиент: только звоните на [[PHONE_NUMBER|восемь девятьсот пятьдесят четыреста сорок шесть семьдесят два тридцать один]] этот рабочий я не всегда беру
оператор: хорошо до встречи
""")

A(32, """
оператор: поддержка личного кабинета [[PERSON|денис]] здравствуйте
клиент: здравствуйте не могу войти в личный кабинет пишет неверный логин или пароль
оператор: какой логин вводите
клиент: [[LOGIN|клементьева точка пермь]]
оператор: пароль не называйте я помогу его сбросить
клиент: да я и не помню там было [[SECRET|клементьева один два три]] вроде
оператор: не нужно называть пароль подтвердите пожалуйста номер лицевого счета
клиент: [[ACCOUNT_NUMBER|двести пятьдесят девять пятьсот пятьдесят восемь ноль девяносто один]]
оператор: и фамилию имя отчество
клиент: [[PERSON|клементьева жанна олеговна]]
оператор: [[PERSON|жанна олеговна]] на какую почту отправить ссылку для восстановления
клиент: [[EMAIL_ADDRESS|жанна клементьева собака рамблер точка ру]]
оператор: отправил письмо пришло
клиент: пришло придумываю новый пароль [[SECRET|жанна восемьдесят семь пермь]]
оператор: пароль говорить не нужно только вводите
клиент: ой ладно вошла вижу баланс
оператор: отлично логин остался прежний [[LOGIN|клементьева точка пермь]]
клиент: спасибо
""")

A(33, """
оператор: добрый день звоню подтвердить визит мастера на завтра я говорю с [[PERSON|маргаритой ивановной]]
клиент: да это я
оператор: меня зовут [[PERSON|инна]] я диспетчер мастер будет с {{восьми до десяти}} вам удобно
клиент: я на работе буду муж дома он откроет
оператор: как зовут мужа и его номер
клиент: [[PERSON|эдуард]] [[PHONE_NUMBER|восемь девятьсот шестьдесят один триста двадцать два четырнадцать ноль ноль]]
оператор: договор будет оформлен на вас [[PERSON|маргарита ивановна]] муж сможет подписать только по доверенности
клиент: а можно на него оформить тогда [[PERSON|кудрявцев эдуард викторович]] [[DATE_OF_BIRTH|двенадцатое июня семьдесят восьмого]]
оператор: можно мастер сверит его паспорт
клиент: хорошо и он спрашивал будет ли приставка с онлайн кинотеатром
оператор: в тарифе {{всё в одном}} приставка с онлайн кинотеатром {{первые три месяца бесплатно}}
клиент: отлично адрес у вас правильный записан
оператор: назовите пожалуйста я сверю
клиент: [[ADDRESS|пермь улица костычева тридцать два квартира сорок один]] домофон сорок один
оператор: всё верно спасибо всего доброго
""")

A(34, """
оператор: техническая поддержка [[PERSON|виталий]] здравствуйте
клиент: здравствуйте интернет очень медленный уже неделю
оператор: номер договора подскажите
клиент: [[CONTRACT_NUMBER|пятьсот девяносто ноль восемь семнадцать шестьсот шестьдесят]]
оператор: на кого оформлен
клиент: [[PERSON|горбунов илья аркадьевич]]
оператор: [[PERSON|илья аркадьевич]] какой адрес показывает роутер в статусе интернет
клиент: [[IP_ADDRESS|сто восемьдесят восемь точка семнадцать точка сто сорок три точка девяносто один]]
оператор: это ваш внешний адрес верно а днс какие
клиент: {{восемь точка восемь точка восемь точка восемь}} и {{один точка один точка один точка один}}
оператор: это нормально вижу на линии много ошибок нужен выезд мастера
клиент: а это платно
оператор: нет повторный выезд {{бесплатно}} мастер приедет {{завтра}} с {{четырнадцати до шестнадцати}}
клиент: хорошо а может сразу роутер поменять он старый {{длинк двести}}
оператор: мастер привезет {{кинетик спидстер}} за {{три тысячи девятьсот девяносто}} можно в рассрочку
клиент: давайте в рассрочку
оператор: записал заявка {{пятьдесят шесть восемьсот девяносто}} подъезд и этаж мастер уточнит
клиент: спасибо
""")

A(35, """
оператор: телевидение [[PERSON|снежана]] добрый вечер
клиент: добрый вечер у меня каналы пропали с {{двадцать первого}} по {{тридцатый}} а остальные есть
оператор: назовите номер лицевого счета
клиент: [[ACCOUNT_NUMBER|двести пятьдесят девять семьсот один триста тридцать три]]
оператор: спасибо как к вам обращаться
клиент: [[PERSON|яков семенович]]
оператор: [[PERSON|яков семенович]] у вас пакет {{базовый плюс}} каналы с двадцать первого по тридцатый это пакет {{спорт}} который отключен {{третьего числа}}
клиент: как отключен я не отключал
оператор: вижу отключение через личный кабинет с логином [[LOGIN|яков пятьдесят два]]
клиент: это внук наверное [[PERSON|тимофей]] балуется
оператор: могу подключить обратно {{двести девяносто девять рублей}} в месяц
клиент: подключайте и пароль от кабинета поменяйте внуку не говорите
оператор: временный пароль отправлю в смс на номер [[PHONE_NUMBER|восемь девятьсот двенадцать семьсот два шестьдесят шесть ноль семь]] верно
клиент: да отправляйте
оператор: отправил приставку [[DEVICE_ID|тэ вэ бэ четыре ка двадцать три ноль пять семьсот семнадцать ноль сорок]] перезагрузите
клиент: заработало спасибо сынок
""")

A(36, """
оператор: подключение интернета [[PERSON|лилия]] здравствуйте
клиент: здравствуйте хочу подать заявку на подключение
оператор: назовите адрес
клиент: [[ADDRESS|закамск улица сокольская дом двадцать ой нет двадцать два квартира семь]]
оператор: [[ADDRESS|сокольская двадцать два квартира семь]]
клиент: ой подождите я путаю это мамин адрес а мне надо на [[ADDRESS|лянгасова сто сорок девять квартира тридцать]]
оператор: [[ADDRESS|лянгасова сто сорок девять квартира тридцать]] это уже не закамск
клиент: нет это в другой стороне
оператор: по этому адресу подключение возможно на кого оформить договор
клиент: на меня [[PERSON|шишкина алина рустамовна]]
оператор: номер телефона
клиент: [[PHONE_NUMBER|девятьсот четыре семь ноль ноль двадцать восемь тридцать семь нет тридцать девять]]
оператор: [[PHONE_NUMBER|девятьсот четыре семь ноль ноль двадцать восемь тридцать девять]]
клиент: да
оператор: мастер приедет {{в пятницу}} вы будете дома
клиент: с утра да
оператор: записала номер заявки придет в смс
""")

A(37, """
оператор: диспетчерская монтажа [[PERSON|жанна]] здравствуйте
клиент: здравствуйте мастер обещал в десять а уже двенадцать дайте мне его телефон
оператор: назовите номер заявки или адрес
клиент: [[ADDRESS|пермь улица пермская двести двенадцать квартира пять]]
оператор: вижу заявку к вам едет мастер [[PERSON|родион]] он задерживается на предыдущем адресе
клиент: дайте его номер я сама позвоню
оператор: личные номера сотрудников я не сообщаю попрошу его перезвонить вам в течение {{десяти минут}}
клиент: ну ладно мой номер у вас есть
оператор: подтвердите пожалуйста
клиент: [[PHONE_NUMBER|восемь девятьсот девять сто пятнадцать двадцать четыре ноль три]]
оператор: спасибо [[PERSON|людмила геннадьевна]] в заявке код подъезда [[SECRET|пять ноль семь девять]] он актуален
клиент: нет поменяли теперь [[SECRET|пятьсот семь звездочка девять девять]]
оператор: исправила и передам мастеру
клиент: и пусть захватит длинный кабель компьютер в дальней комнате метров {{пятнадцать}}
оператор: передам всего доброго
""")

A(38, """
оператор: диспетчерская [[PERSON|арина]] слушаю
клиент: это мастер [[PERSON|глеб]] {{бригада четыре}} у меня терминал не работает клиентка хочет картой заплатить за роутер можно через вас
оператор: по телефону нельзя пусть оплатит по ссылке я отправлю
клиент: она старенькая без смартфона вот трубку ей даю
оператор: алло здравствуйте
клиент: алло дочка записывай [[CREDIT_CARD|пятьдесят пять тридцать шесть девяносто один семьдесят сорок четыре двенадцать восемьдесят семь тридцать один]] срок [[CARD_EXPIRY|одиннадцать двадцать шесть]] и сзади [[CARD_CVV|четыреста восемь]]
оператор: пожалуйста остановитесь не называйте данные карты это небезопасно я их не записываю
клиент: а как же мне заплатить
оператор: можно наличными мастеру по чеку или родственники оплатят по ссылке как вас зовут
клиент: [[PERSON|анфиса прохоровна сединкина]] внучка моя [[PERSON|лера]] может оплатить
оператор: хорошо продиктуйте номер внучки отправлю ей ссылку
клиент: [[PHONE_NUMBER|восемь девятьсот двадцать два ноль ноль три пятьдесят один семьдесят семь]]
оператор: отправила сумма {{четыре тысячи четыреста девяносто}} передайте трубку мастеру
клиент: да
оператор: [[PERSON|глеб]] оплату внучка сделает по ссылке а данные карты в акт не пиши
клиент: понял
""")

A(39, """
оператор: домашний интернет [[PERSON|олеся]] здравствуйте
клиент: здравствуйте у нас интернет не работает мама на работе я сам звоню
оператор: сколько тебе лет
клиент: четырнадцать
оператор: хорошо как тебя зовут
клиент: [[PERSON|тимур]]
оператор: [[PERSON|тимур]] договор на кого оформлен
клиент: на маму [[PERSON|галиева эльвира ринатовна]]
оператор: адрес подключения назови
клиент: [[ADDRESS|пермь улица сибирская пятьдесят семь квартира шестнадцать]]
оператор: на роутере какие лампочки горят
клиент: все зеленые а компьютер пишет без доступа к интернету
оператор: на балансе минус {{сто сорок рублей}} нужно пополнить
клиент: мама сказала что платила с карты вот мне смс пришло с кодом [[SECRET|семь семь четыре один ноль два]]
оператор: [[PERSON|тимур]] никогда никому не говори коды из смс даже нам пусть мама перезвонит
клиент: понял а можете вы маме позвонить [[PHONE_NUMBER|восемь девятьсот девятнадцать двести пять тридцать три сорок один]]
оператор: хорошо я попрошу перезвонить ей
""")

A(40, """
оператор: служба клиентского сервиса [[PERSON|антон]] здравствуйте
клиент: здравствуйте мне надо сменить почту для квитанций
оператор: назовите номер договора и фамилию
клиент: [[CONTRACT_NUMBER|пятьсот девяносто тринадцать пятьдесят ноль шестьдесят два]] [[PERSON|трефилова]]
оператор: имя отчество
клиент: [[PERSON|инга борисовна]]
оператор: [[PERSON|инга борисовна]] назовите новую почту
клиент: [[EMAIL_ADDRESS|инга нижнее подчеркивание треф ноль семь собака яндекс точка ру]]
оператор: [[EMAIL_ADDRESS|инга подчеркивание треф ноль семь собака яндекс точка ру]] правильно
клиент: да ноль семь цифрами
оператор: изменил пришлю проверочное письмо
клиент: и старую почту удалите [[EMAIL_ADDRESS|трефилова инга собака мейл точка ру]] её взломали
оператор: удалил рекомендую сменить пароль от личного кабинета
клиент: хорошо спасибо
""")

A(41, """
оператор: служба качества [[PERSON|диана]] здравствуйте
клиент: здравствуйте я хочу пожаловаться на мастера который вчера был
оператор: слушаю вас назовите пожалуйста адрес
клиент: [[ADDRESS|чусовой улица мира шестнадцать квартира три]]
оператор: вчера у вас была {{бригада номер два}} мастер [[PERSON|кочкин]]
клиент: да [[PERSON|кочкин]] он курил на балконе и нагрубил моей маме
оператор: приношу извинения как зовут вашу маму
клиент: [[PERSON|серафима ильинична]] ей восемьдесят лет
оператор: а вас
клиент: [[PERSON|рогожников максим]] [[PHONE_NUMBER|плюс семь девятьсот пятнадцать восемьсот шестьдесят три ноль четыре девятнадцать]]
оператор: жалоба зарегистрирована номер {{двадцать три ноль сорок один}} ответ придет в течение {{трех дней}}
клиент: и еще он паспорт мамы сфотографировал на телефон это нормально
оператор: нет это не по регламенту данные вносятся только в планшет мы разберемся
клиент: вот пусть удалит [[RU_PASSPORT|пятьдесят семь ноль один ноль девяносто три триста сорок шесть]] это её паспорт
оператор: поняла передам руководителю
""")

A(42, """
оператор: интернет магазин оборудования [[PERSON|ксения]] здравствуйте
клиент: здравствуйте хочу вторую приставку в спальню и усилитель вай фай
оператор: назовите номер лицевого счета
клиент: [[ACCOUNT_NUMBER|двести пятьдесят девять девятьсот ноль четыре двести семьдесят восемь]]
оператор: спасибо на кого счет
клиент: [[PERSON|вершинин константин]]
оператор: приставка {{смарт бокс}} стоит {{пять тысяч девятьсот девяносто}} или аренда {{сто девяносто девять}} в месяц усилитель из двух модулей {{шесть тысяч четыреста}}
клиент: приставку в аренду усилитель куплю
оператор: доставка мастером с настройкой {{пятьсот рублей}} или самовывоз из офиса на {{революции тринадцать}}
клиент: мастером и пусть сеть настроит такую же [[LOGIN|вершинины дом]] пароль [[SECRET|константин восемьдесят два]]
оператор: пароль лучше сообщить мастеру на месте
клиент: ну ладно
оператор: дата доставки {{двенадцатое}} с {{восемнадцати до двадцати одного}}
клиент: хорошо звоните жене [[PERSON|ольге]] [[PHONE_NUMBER|восемь девятьсот пятьдесят один девятьсот тридцать четыре ноль один ноль один]]
оператор: записала спасибо за заказ
""")

A(43, """
оператор: добрый день служба подключения соликамск [[PERSON|надежда]]
клиент: здравствуйте я заявку оставлял на частный дом
оператор: да вижу назовите пожалуйста адрес полностью
клиент: [[ADDRESS|соликамск улица северная сорок восемь]] дом деревянный
оператор: от ближайшей опоры метров сколько
клиент: метров тридцать
оператор: хорошо чтобы мастер не тратил время можно заранее заполнить договор на кого оформляем
клиент: на меня [[PERSON|вьюгин александр петрович]]
оператор: паспорт серия и номер
клиент: [[RU_PASSPORT|пятьдесят семь десять ноль четыре нет пять двенадцать восемьдесят семь]]
оператор: [[RU_PASSPORT|пятьдесят семь десять ноль пять двенадцать восемьдесят семь]]
клиент: верно
оператор: дата рождения
клиент: [[DATE_OF_BIRTH|тридцать первое августа шестьдесят девятого]]
оператор: контактный телефон
клиент: [[PHONE_NUMBER|восемь девятьсот шестьдесят три восемьсот семьдесят семь двенадцать тридцать]]
оператор: спасибо мастер будет {{в среду}} кабель от опоры {{сорок рублей метр}} сверх {{двадцати метров}}
клиент: а собаку надо привязать
оператор: да пожалуйста привяжите
""")

A(44, """
оператор: техподдержка [[PERSON|эдуард]] слушаю
клиент: здравствуйте я купил новый роутер сам а интернет не идет
оператор: у вас привязка по мак адресу назовите номер договора
клиент: [[CONTRACT_NUMBER|пятьсот девяносто ноль семь двадцать два восемьсот сорок один]]
оператор: [[PERSON|соловьев роман]] это вы
клиент: нет я брат [[PERSON|денис]] [[PERSON|роман]] на работе
оператор: изменения по договору делает только владелец но мак адрес могу перепривязать по кодовому слову
клиент: кодовое слово [[SECRET|соловей]]
оператор: верно продиктуйте мак адрес нового роутера
клиент: [[DEVICE_ID|сорок восемь восемь эф пять эй ноль один два си девять е]]
оператор: [[DEVICE_ID|сорок восемь восемь эф пять эй ноль один два си девять и]]
клиент: да
оператор: перепривязал перезагрузите роутер внешний адрес будет [[IP_ADDRESS|сорок шесть точка сто сорок шесть точка двести десять точка тридцать три]]
клиент: работает спасибо а его можно сделать постоянным
оператор: услуга статический ип {{сто пятьдесят рублей}} в месяц подключает владелец
клиент: понял скажу [[PERSON|роману]]
""")

A(45, """
оператор: подключение интернета [[PERSON|алина]] здравствуйте
клиент: здравствуйте я снимаю квартиру хочу интернет хозяйка разрешила
оператор: договор можно оформить на вас как на жильца или на собственника
клиент: хозяйка сказала на неё оформить она сама приедет подписать [[PERSON|калинина вера степановна]]
оператор: тогда договор на [[PERSON|веру степановну]] она должна быть при визите мастера с паспортом
клиент: она мне дала паспортные данные чтобы заранее [[RU_PASSPORT|пятьдесят семь четырнадцать семьсот восемьдесят восемь ноль двадцать два]]
оператор: спасибо но оригинал всё равно нужен её номер телефона
клиент: [[PHONE_NUMBER|восемь девятьсот два семьдесят девять восемьдесят восемь один ноль один]]
оператор: адрес квартиры
клиент: [[ADDRESS|пермь улица хабаровская сто шестьдесят девять квартира пятнадцать]]
оператор: как к вам обращаться для связи
клиент: [[PERSON|эльчин]] мой номер [[PHONE_NUMBER|девятьсот девяносто девять сто двенадцать сорок пять ноль шесть]]
оператор: [[PERSON|эльчин]] мастер свяжется с вами а подписывать будет хозяйка
клиент: хорошо она рядом живет на [[ADDRESS|хабаровской сто пятьдесят три]] придет
оператор: отлично всего доброго
""")

A(46, """
оператор: здравствуйте служба подключения [[PERSON|юлия]]
клиент: алло алло говорите громче
оператор: здравствуйте служба подключения интернета вы оставляли заявку
клиент: а да это внук оставлял [[PERSON|степа]] для меня
оператор: как вас зовут
клиент: [[PERSON|мазунина таисия григорьевна]]
оператор: [[PERSON|таисия григорьевна]] мастеру нужен будет ваш паспорт
клиент: записывай [[RU_PASSPORT|пятьдесят семь ноль три сто сорок два шестьсот девятнадцать]]
оператор: не нужно мне диктовать паспорт мастер посмотрит на месте
клиент: что говоришь
оператор: паспорт покажете мастеру
клиент: а ну да покажу родилась я [[DATE_OF_BIRTH|пятого января тридцать шестого]] это тоже надо
оператор: спасибо мастер придет завтра с {{одиннадцати до часу}} подтвердите адрес
клиент: [[ADDRESS|краснофлотская девять квартира четыре]] {{первый этаж}}
оператор: хорошо и внуку позвоним
клиент: внучек номер [[PHONE_NUMBER|восемь девятьсот девятнадцать четыреста сорок один двадцать два ноль восемь]]
оператор: спасибо до свидания
""")

A(47, """
оператор: домашний интернет чайковский [[PERSON|виктория]] здравствуйте
клиент: здравствуйте я хочу оплатить по номеру [[CONTRACT_NUMBER|пятьсот девяносто десять тридцать три четыреста девяносто]] а терминал пишет неверный счет
оператор: это номер договора для оплаты нужен лицевой счет
клиент: а где его взять
оператор: назовите фамилию имя отчество владельца
клиент: [[PERSON|щербакова анна леонидовна]]
оператор: [[PERSON|анна леонидовна]] кодовое слово пожалуйста
клиент: [[SECRET|чайка восемьдесят]]
оператор: спасибо ваш лицевой счет [[ACCOUNT_NUMBER|двести пятьдесят девять восемьсот семьдесят три ноль ноль четыре]]
клиент: подождите а вот на роутере наклейка там тоже какие то цифры [[DEVICE_ID|эс восемнадцать ноль девять кей эй ноль один один два шесть три семь]]
оператор: это серийный номер роутера для оплаты он не нужен
клиент: понятно а вот еще логин от интернета написан [[LOGIN|че эй щербакова десять тридцать три]]
оператор: это логин для подключения его тоже никому не сообщайте
клиент: ладно оплачу по счету спасибо
""")

A(48, """
оператор: диспетчерская [[PERSON|лариса]]
клиент: [[PERSON|лариса]] привет это [[PERSON|миша]] {{шестая бригада}} скинь данные следующего адреса планшет сел
оператор: записывай [[ADDRESS|гайва улица звонарева двенадцать квартира девяносто восемь]] клиентка [[PERSON|батуева светлана олеговна]] телефон [[PHONE_NUMBER|восемь девятьсот два шестьсот тридцать девять четырнадцать семьдесят один]]
клиент: код подъезда есть
оператор: код [[SECRET|девяносто восемь ключ семь семь один два]] {{пятый этаж}} без лифта
клиент: что подключаем
оператор: интернет и тв тариф {{всё в одном двести}} приставка в аренду роутер {{смарт бокс}} серийник [[DEVICE_ID|эс би пи двадцать три эй ноль ноль два два один ноль шесть]] возьми со склада
клиент: а логин пппое
оператор: логин [[LOGIN|пэ эм батуева девяносто восемь]] пароль [[SECRET|эн семь кью ар два вэ эс пять]] на бланке распечатаешь
клиент: принтера нет продиктую ей
оператор: только не вслух при соседях
клиент: понял всё еду
""")

A(49, """
оператор: служба сервиса [[PERSON|роберт]] здравствуйте
клиент: здравствуйте мне нужна копия договора для налоговой
оператор: для отправки копии нужно подтвердить личность назовите фамилию имя отчество
клиент: [[PERSON|окулова дарина сергеевна]]
оператор: серию и номер паспорта указанного в договоре
клиент: [[RU_PASSPORT|пятьдесят семь двадцать девятьсот восемьдесят шесть сорок один пять]]
оператор: спасибо данные совпадают на какую почту отправить
клиент: [[EMAIL_ADDRESS|окулова дэ эс собака аутлук точка ком]]
оператор: продиктуйте пожалуйста по буквам
клиент: [[EMAIL_ADDRESS|о кей ю эл о ви эй ди эс собака оутлук точка ком]]
оператор: отправил договор акт и справку об оплате за год
клиент: а справка для вычета подойдет там адрес нужен [[ADDRESS|пермь улица газеты звезда сорок один квартира шесть]]
оператор: адрес подключения в справке указан
клиент: спасибо большое
""")

A(50, """
оператор: добрый день это служба контроля качества меня зовут [[PERSON|алиса]] я говорю с [[PERSON|федором николаевичем]]
клиент: да
оператор: вчера у вас подключали интернет оцените пожалуйста работу мастера от одного до пяти
клиент: {{пятерка}} [[PERSON|рустам]] молодец быстро всё сделал
оператор: а работу диспетчера
клиент: {{четыре}} долго не могли дозвониться
оператор: скорость интернета вас устраивает
клиент: да замерял {{девятьсот мегабит}}
оператор: отлично хотим предложить подписку на кинотеатр первые {{тридцать дней}} бесплатно
клиент: нет спасибо
оператор: хорошо и уточню для бонусной программы дату рождения
клиент: [[DATE_OF_BIRTH|второе сентября восемьдесят восьмого]] а зачем
оператор: в день рождения мы начисляем бонусы
клиент: а ну ладно только письма мне не шлите на [[EMAIL_ADDRESS|федор шестьдесят пять собака инбокс точка ру]]
оператор: рассылку отключила спасибо за ответы
""")

A(51, """
оператор: телевидение [[PERSON|рената]] здравствуйте
клиент: здравствуйте собака сгрызла пульт от приставки где новый взять
оператор: можно купить в офисе или заказать доставку мастером назовите номер договора
клиент: не помню давайте адрес [[ADDRESS|лысьва улица коммунаров тридцать квартира двенадцать]]
оператор: на кого договор
клиент: [[PERSON|ожгибесова наталья]]
оператор: [[PERSON|наталья]] назовите кодовое слово
клиент: [[SECRET|бублик]] как собаку зовут
оператор: совпадает пульт стоит {{шестьсот пятьдесят рублей}} подбираю под вашу приставку [[DEVICE_ID|тэ вэ бэ четыре ка двадцать два ноль один девятьсот девяносто три ноль семьдесят четыре]] это она
клиент: да она
оператор: доставка в лысьве {{по четвергам}} мастер позвонит заранее
клиент: звонить на [[PHONE_NUMBER|восемь девятьсот двенадцать шестьсот девять пятнадцать восемьдесят]]
оператор: записала а пока можно управлять с телефона через приложение {{тв пульт}}
клиент: спасибо попробую
""")

A(52, """
оператор: домашний интернет [[PERSON|злата]] здравствуйте
клиент: здравствуйте хочу родителям в березниках подключить интернет в подарок но оплачивать буду я из перми
оператор: договор оформляется на того кто пользуется или на вас
клиент: давайте на папу [[PERSON|корепанов виктор ильич]] а платить я буду со своей карты
оператор: дата рождения [[PERSON|виктора ильича]]
клиент: [[DATE_OF_BIRTH|двадцатое июня пятьдесят второго]]
оператор: адрес
клиент: [[ADDRESS|березники проспект ленина восемьдесят два квартира пятьдесят пять]]
оператор: контакт родителей
клиент: мама [[PERSON|римма павловна]] [[PHONE_NUMBER|восемь три четыре два четыре двадцать шесть ноль ноль восемьдесят девять]] это городской
оператор: а ваш номер для автоплатежа
клиент: [[PHONE_NUMBER|девятьсот пятьдесят два двести двадцать восемь ноль три семнадцать]]
оператор: автоплатеж настраивается в приложении вашего банка по лицевому счету номер счета придет в смс после подключения
клиент: отлично и пароль на вай фай пусть будет [[SECRET|внуки двадцать двадцать четыре]]
оператор: пароль мастер настроит на месте родители ему назовут
клиент: хорошо спасибо
""")

A(53, """
оператор: поддержка бизнес клиентов [[PERSON|станислав]] здравствуйте
клиент: здравствуйте у нас кафе {{уральские пельмени}} на {{компросе}} хочу гостевую сеть сделать отдельно
оператор: назовите инн организации или предпринимателя
клиент: я ип [[PERSON|бахтиярова ляйсан]] инн [[RU_INN|пятьдесят девять сорок восемь ноль два двадцать семь четырнадцать двенадцать]]
оператор: спасибо [[PERSON|ляйсан]] сейчас у вас одна сеть [[LOGIN|пельмени офис]] верно
клиент: да и гости к ней подключаются а там касса
оператор: у вас статический адрес [[IP_ADDRESS|девяносто пять точка семьдесят восемь точка двести одиннадцать точка шесть]] касса через него работает
клиент: да касса и камеры
оператор: я создам гостевую сеть удаленно как назвать
клиент: [[LOGIN|пельмени гость]] без пароля можно
оператор: без пароля не рекомендую давайте простой пароль
клиент: тогда [[SECRET|пельмени два ноль два пять]]
оператор: готово а на основной сети пароль сейчас какой
клиент: [[SECRET|ляйсан восемьдесят шесть]]
оператор: его знают сотрудники рекомендую сменить через приложение
клиент: хорошо
""")

A(54, """
оператор: служба переоформления [[PERSON|эльвира]] добрый день
клиент: добрый день хочу переоформить интернет с отца на себя он уезжает жить к сестре
оператор: переоформление делается в офисе при обоих или по нотариальной доверенности
клиент: а заранее заявку можно
оператор: да назовите данные текущего владельца
клиент: [[PERSON|хлыбов геннадий андреевич]] [[DATE_OF_BIRTH|седьмое ноября пятьдесят девятого]]
оператор: и ваши
клиент: [[PERSON|хлыбов артем геннадьевич]] [[DATE_OF_BIRTH|одиннадцатое февраля девяносто первого]] паспорт [[RU_PASSPORT|пятьдесят семь одиннадцать четыреста пять восемьсот тридцать два]]
оператор: спасибо адрес подключения
клиент: [[ADDRESS|пермь улица макаренко двадцать шесть квартира четыре]]
оператор: заявка на переоформление {{восемь два ноль четыре один}} приходите в любой офис с паспортами
клиент: а лицевой счет поменяется
оператор: да будет новый лицевой счет а старый [[ACCOUNT_NUMBER|двести пятьдесят девять сто четыре ноль восемьдесят восемь]] закроется
клиент: а баланс перенесется
оператор: остаток перенесем на новый счет
клиент: отлично спасибо
""")

A(55, """
оператор: служба подключения [[PERSON|герман]] здравствуйте
клиент: здравствуйте хочу подключиться в нытве а у вас на сайте пишет что адреса нет
оператор: назовите адрес
клиент: [[ADDRESS|нытва улица комсомольская сорок три]] частный дом
оператор: по этому адресу пока технической возможности нет могу оставить заявку на проверку
клиент: оставьте
оператор: ваше имя
клиент: [[PERSON|ульяна]]
оператор: [[PERSON|ульяна]] номер для обратной связи
клиент: [[PHONE_NUMBER|восемь девять пять ноль восемь ноль один три три семь два]]
оператор: [[PHONE_NUMBER|восемь девятьсот пятьдесят восемьсот один тридцать три семьдесят два]] верно
клиент: да все верно
оператор: заявка на проверку технической возможности номер {{семьдесят семь тридцать}} срок {{десять рабочих дней}}
клиент: а если не будет можно через четыре джи
оператор: да есть тариф {{интернет на дачу}} с роутером {{двести девяносто девять рублей}} в месяц
клиент: подумаю спасибо
""")

A(56, """
оператор: добрый день я мастер [[PERSON|ринат]] по замене оборудования дверь откроете
клиент: а как я пойму что вы правда от компании
оператор: вы можете позвонить на горячую линию {{восемь восемьсот семьсот ноль ноль шестьсот одиннадцать}} или я назову номер заявки
клиент: назовите лучше кодовое слово которое я в договоре указывала
оператор: кодовое слово мне не известно могу назвать номер заявки {{девяносто один ноль ноль сорок семь}} и ваше имя [[PERSON|лидия михайловна]]
клиент: ладно а фамилию
оператор: [[PERSON|кулакова]]
клиент: ну заходите только удостоверение покажите
оператор: вот мое удостоверение [[PERSON|шайхутдинов ринат фаридович]]
клиент: и мне внук сказал пароль от вай фая новый поставить а то я старый забыла пусть будет [[SECRET|кулакова лидия пятьдесят]]
оператор: хорошо сеть назовем как раньше [[LOGIN|лидия кулакова]]
клиент: да
оператор: старый роутер я заберу серийный [[DEVICE_ID|эс два ноль ноль один кей эл три три ноль восемь девять один]] распишитесь в акте
клиент: где расписаться
оператор: вот здесь
""")

A(57, """
оператор: диспетчер [[PERSON|карина]] добрый день звоню подтвердить визит на {{понедельник}}
клиент: ой здравствуйте я в отъезде до конца месяца совсем забыла
оператор: перенесем
клиент: нет пусть сестра встретит мастера у нее ключи [[PERSON|оксана владимировна]] [[PHONE_NUMBER|девятьсот восемь двести сорок один ноль ноль семьдесят семь]]
оператор: договор подписать она сможет только по доверенности
клиент: а я могу подписать электронно
оператор: да можно подписать по смс коду
клиент: хорошо а адрес у вас правильный [[ADDRESS|пермь улица революции двадцать один квартира сто семь]]
оператор: да совпадает а вас как зовут для записи
клиент: [[PERSON|анжелика владимировна]] фамилия [[PERSON|сухорукова]]
оператор: [[PERSON|анжелика владимировна]] код из смс пришел продиктуйте
клиент: [[SECRET|шесть шесть ноль три девять два]]
оператор: спасибо договор подписан сестре мастер позвонит в понедельник утром
клиент: спасибо хорошего дня
""")

A(58, """
оператор: техподдержка [[PERSON|арсений]] слушаю
клиент: здравствуйте мне друзья не могут на мой сервер в майнкрафте зайти
оператор: назовите номер договора
клиент: [[CONTRACT_NUMBER|пятьсот девяносто тринадцать восемьдесят ноль шестьдесят один]]
оператор: на кого оформлен
клиент: на папу [[PERSON|ложкин вадим юрьевич]] я сын [[PERSON|матвей]]
оператор: [[PERSON|матвей]] какой адрес ты друзьям даешь
клиент: [[IP_ADDRESS|сто семьдесят шесть точка пятнадцать точка сорок четыре точка двести двенадцать]]
оператор: у вас динамический адрес он меняется при переподключении сейчас у вас [[IP_ADDRESS|сто семьдесят шесть точка пятнадцать точка сорок девять точка восемь]]
клиент: а можно чтобы не менялся
оператор: услуга статический ип подключается владельцем договора {{сто пятьдесят рублей}} в месяц
клиент: папа рядом сейчас трубку дам
оператор: хорошо
клиент: это [[PERSON|вадим юрьевич]] да подключайте
оператор: [[PERSON|вадим юрьевич]] назовите кодовое слово
клиент: [[SECRET|ложка мед]]
оператор: спасибо подключаю постоянный адрес будет [[IP_ADDRESS|девяносто четыре точка пятьдесят точка сто шестьдесят два точка сорок]]
клиент: записал спасибо
""")

A(59, """
оператор: подключение [[PERSON|марьям]] здравствуйте
клиент: здравствуйте я в общежитии живу хочу интернет в комнату провести
оператор: какое общежитие
клиент: {{общежитие политеха номер восемь}} адрес [[ADDRESS|профессора поздеева девять комната четыреста двенадцать]]
оператор: в общежитии подключение по согласованию с комендантом вы с ним говорили
клиент: да комендант [[PERSON|зинаида ивановна]] разрешила сказала звонить ей [[PHONE_NUMBER|два три девять два семь один четыре]]
оператор: хорошо на кого договор
клиент: на меня [[PERSON|абдуллаев тимур]] мне восемнадцать есть [[DATE_OF_BIRTH|десятого марта две тысячи шестого]]
оператор: отлично для студентов тариф {{студенческий}} {{четыреста рублей}} в месяц
клиент: а почта нужна
оператор: да для договора
клиент: [[EMAIL_ADDRESS|тимур абдуллаев ноль шесть собака джимейл точка ком]]
оператор: мастер придет {{в субботу}} в {{двенадцать}} паспорт и студенческий возьмите
клиент: паспорт вот [[RU_PASSPORT|пятьдесят семь двадцать ноль четыреста девятнадцать пятьдесят два]]
оператор: паспорт покажете мастеру диктовать не нужно
клиент: понял спасибо
""")

A(60, """
оператор: добрый день это служба подключения домашнего интернета меня зовут [[PERSON|владислав]] вы оставляли заявку на сайте
клиент: да оставляла а откуда я знаю что вы не мошенники
оператор: понимаю вас я не буду спрашивать данные карт и коды из смс могу назвать номер вашей заявки {{восемьдесят восемь шестьсот один четыреста тридцать}}
клиент: ну да такой номер был
оператор: для договора уточню фамилию имя отчество
клиент: [[PERSON|зайцева елена олеговна]]
оператор: адрес подключения
клиент: [[ADDRESS|краснокамск улица калинина семнадцать квартира тридцать два]]
оператор: паспорт мастер перепишет при визите или можно сейчас продиктовать чтобы договор был готов
клиент: продиктую [[RU_PASSPORT|пятьдесят семь восемнадцать ноль тридцать два шестьсот девятнадцать]]
оператор: спасибо дата рождения
клиент: [[DATE_OF_BIRTH|девятнадцатое апреля девяносто пятого]]
оператор: установим кодовое слово для обращений
клиент: [[SECRET|зайка девяносто пять]]
оператор: записал мастер придет {{в четверг}} {{с девяти до двенадцати}} телефон для связи
клиент: [[PHONE_NUMBER|восемь девятьсот девяносто девять восемь восемь ноль семнадцать двадцать три]]
оператор: спасибо [[PERSON|елена олеговна]] до свидания
""")


if __name__ == "__main__":
    main()
