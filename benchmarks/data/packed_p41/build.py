#!/usr/bin/env python3
"""Build the packed_p blind set: corporate-clients back-office CRM notes with gold PD spans.

Standard library only.  Every note below is hand-written with inline markup:

    ⟦TYPE|value⟧   gold span of entity TYPE (value is the exact substring of the text)
    ⟪kind|value⟫   hard negative (looks like data, is not personal data); kind is only
                   used by the checks below and by the statistics, it is not written out

Running this file rewrites written.jsonl and negatives.jsonl deterministically and
asserts every check listed in README.md.
"""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "packed_p"

G_OPEN, G_CLOSE = "\u27e6", "\u27e7"   # ⟦ ⟧
N_OPEN, N_CLOSE = "\u27ea", "\u27eb"   # ⟪ ⟫

GOLD_TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH",
    "RU_PASSPORT", "RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS", "RU_OMS",
    "RU_DRIVER_LICENSE", "RU_OGRN", "CREDIT_CARD", "CARD_EXPIRY", "CARD_CVV",
    "CONTRACT_NUMBER", "ACCOUNT_NUMBER", "BANK_ACCOUNT", "RU_BIK", "IP_ADDRESS",
    "SECRET", "DEVICE_ID", "LOGIN", "VEHICLE_ID",
}

NEG_KINDS = {
    "org",        # organisation / shop / building name (often with a street or surname inside)
    "org_inn",    # organisation INN (10 digits, valid)
    "ogrn",       # organisation OGRN (13 digits, valid)
    "kpp",        # KPP
    "org_rs",     # organisation settlement account
    "org_bik",    # BIK of the organisation's bank
    "ks",         # correspondent account of a bank
    "org_addr",   # legal / office / warehouse / shop address of an organisation
    "bank",       # bank name
    "amount",     # money
    "date",       # a date that is not a birth date
    "datetime",   # date + time stamp
    "time",       # time of day / time window
    "period",     # billing period
    "invoice",    # invoice number
    "order",      # order / courier / service request number
    "ticket",     # case / incident number
    "doc",        # other document number (order, letter, payment order, act)
    "poa",        # power-of-attorney number
    "tariff",     # tariff / option / service name
    "brand",      # device model, brand, product
    "count",      # quantities
    "short_num",  # carrier short numbers
    "ussd",       # USSD codes
    "hotline",    # carrier hotline number
    "ext",        # carrier internal extension
    "website",    # organisation web site
    "law",        # law reference
    "apn",        # APN name
}

# Values that the note itself says were mistyped: their checksum is knowingly wrong.
MISTYPED = {
    "021122128168": "note 32: INN in the power of attorney with the last two digits swapped",
    "10608942024": "note 101: SNILS in the client's register with a wrong control number",
    "6685412473": "note 66: organisation INN typed with two digits swapped, the text says so",
}

NOTES = []


def N(shape, text):
    NOTES.append((shape, text.strip("\n")))


# ---------------------------------------------------------------- checks ---

OCR_ZERO = re.compile(r"(?<=\d)[OoОо]|[OoОо](?=\d)")   # OCR letter O read for a zero


def digits(s):
    return re.sub(r"\D", "", OCR_ZERO.sub("0", s))


def inn_ok(d):
    n = [int(c) for c in d]
    if len(n) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(n, w)) % 11 % 10 == n[9]
    if len(n) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = sum(a * b for a, b in zip(n, w1)) % 11 % 10
        c2 = sum(a * b for a, b in zip(n, w2)) % 11 % 10
        return c1 == n[10] and c2 == n[11]
    return False


def snils_ok(d):
    if len(d) != 11:
        return False
    s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return c == int(d[9:])


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def ogrn_ok(d):
    if len(d) == 13:
        return int(d[:12]) % 11 % 10 == int(d[12])
    if len(d) == 15:
        return int(d[:14]) % 13 % 10 == int(d[14])
    return False


def account_key_ok(bik, acc):
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum(int(c) * w[i] for i, c in enumerate(s)) % 10 == 0


PLATE = re.compile(r"^[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}\d{2,3}$")
VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
PERSON_CHARS = re.compile(r"^[A-Za-zА-Яа-яЁёІіЇїЄє .\-\n'’]+$")


def check_gold(nid, typ, val):
    d = digits(val)
    where = f"{nid} {typ} {val!r}"
    if d in MISTYPED:
        return "mistyped"
    if typ == "PERSON":
        assert PERSON_CHARS.match(val) and val[0].isupper(), where
    elif typ == "PHONE_NUMBER":
        assert len(d) in (10, 11), where
    elif typ == "EMAIL_ADDRESS":
        assert "@" in val or "%40" in val, where
    elif typ == "ADDRESS":
        assert re.search(r"\d", val), where
    elif typ == "DATE_OF_BIRTH":
        assert len(d) >= 4, where
    elif typ == "RU_PASSPORT":
        assert len(d) == 10, where
    elif typ == "RU_PASSPORT_DEPT":
        assert len(d) == 6, where
    elif typ == "RU_INN":
        assert len(d) == 12 and inn_ok(d), where
        return "checksum"
    elif typ == "RU_SNILS":
        assert snils_ok(d), where
        return "checksum"
    elif typ == "RU_OMS":
        assert len(d) == 16, where
    elif typ == "RU_DRIVER_LICENSE":
        assert len(d) == 10, where
    elif typ == "RU_OGRN":
        assert ogrn_ok(d), where
        return "checksum"
    elif typ == "CREDIT_CARD":
        assert len(d) == 16 and luhn_ok(d), where
        return "checksum"
    elif typ == "CARD_EXPIRY":
        assert re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", val), where
    elif typ == "CARD_CVV":
        assert re.fullmatch(r"\d{3}", val), where
    elif typ in ("CONTRACT_NUMBER", "ACCOUNT_NUMBER"):
        assert len(d) >= 6, where
    elif typ == "BANK_ACCOUNT":
        assert len(d) == 20, where
    elif typ == "RU_BIK":
        assert len(d) == 9 and d.startswith("04"), where
    elif typ == "IP_ADDRESS":
        ipaddress.IPv4Address(val)
    elif typ == "DEVICE_ID":
        bare = re.sub(r"[\s-]", "", val)
        if bare.isdigit():
            if len(bare) == 15:
                assert luhn_ok(bare), where + " IMEI Luhn"
                return "checksum"
            assert len(bare) in (19, 20) and bare.startswith("89"), where
            assert luhn_ok(bare), where + " ICCID Luhn"
            return "checksum"
        assert re.search(r"\d", val) and re.search(r"[A-Za-z]", val), where
    elif typ == "VEHICLE_ID":
        assert PLATE.match(val) or VIN.match(val), where
    elif typ in ("SECRET", "LOGIN"):
        assert val.strip() == val and val, where
    return "ok"


def check_negative(nid, kind, val):
    d = digits(val)
    where = f"{nid} negative {kind} {val!r}"
    if d in MISTYPED:
        return
    if kind == "org_inn":
        assert len(d) == 10 and inn_ok(d), where
    elif kind == "ogrn":
        assert len(d) == 13 and ogrn_ok(d), where
    elif kind == "kpp":
        assert len(d) == 9, where
    elif kind in ("org_rs", "ks"):
        assert len(d) == 20, where
        if kind == "ks":
            assert d.startswith("30101"), where
    elif kind == "org_bik":
        assert len(d) == 9 and d.startswith("04"), where


def parse(nid, src):
    out = []
    pos = 0
    gold, neg = [], []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in (G_CLOSE, N_CLOSE):
            raise AssertionError(f"{nid}: stray closing bracket at {i}")
        if ch in (G_OPEN, N_OPEN):
            close = G_CLOSE if ch == G_OPEN else N_CLOSE
            j = src.index(close, i + 1)
            inner = src[i + 1:j]
            for b in (G_OPEN, G_CLOSE, N_OPEN, N_CLOSE):
                assert b not in inner, f"{nid}: nested markup in {inner!r}"
            kind, bar, val = inner.partition("|")
            assert bar and val, f"{nid}: bad markup {inner!r}"
            assert val == val.strip(), f"{nid}: span with outer blanks {val!r}"
            rec = {"start": pos, "end": pos + len(val), "val": val, "kind": kind}
            if ch == G_OPEN:
                assert kind in GOLD_TYPES, f"{nid}: unknown type {kind}"
                gold.append(rec)
            else:
                assert kind in NEG_KINDS, f"{nid}: unknown negative kind {kind}"
                neg.append(rec)
            out.append(val)
            pos += len(val)
            i = j + 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), gold, neg


def skeleton(text, gold, neg):
    marks = sorted([(g["start"], g["end"], "<" + g["kind"] + ">") for g in gold] +
                   [(n["start"], n["end"], "<neg>") for n in neg])
    res, last = [], 0
    for s, e, tag in marks:
        res.append(text[last:s])
        res.append(tag)
        last = e
    res.append(text[last:])
    sk = "".join(res)
    sk = re.sub(r"\d+", "0", sk)
    return re.sub(r"\s+", " ", sk).strip().lower()


def build():
    written, negatives = [], []
    type_counts = collections.Counter()
    neg_counts = collections.Counter()
    shapes = collections.Counter()
    checksums = collections.Counter()
    seen_texts, seen_skel = set(), set()
    mistyped_seen = set()
    assert len(NOTES) == 120, len(NOTES)
    for k, (shape, src) in enumerate(NOTES, 1):
        nid = f"{PREFIX}-{k:03d}"
        text, gold, neg = parse(nid, src)
        # offsets and order
        for lst in (gold, neg):
            for a, b in zip(lst, lst[1:]):
                assert a["end"] <= b["start"], f"{nid}: overlapping / unsorted spans"
            for r in lst:
                assert text[r["start"]:r["end"]] == r["val"], nid
        for g in gold:
            for n in neg:
                assert g["end"] <= n["start"] or n["end"] <= g["start"], \
                    f"{nid}: negative {n['val']!r} overlaps gold {g['val']!r}"
        # shape of the note
        nlines = text.count("\n") + 1
        assert 1 <= nlines <= 10, f"{nid}: {nlines} lines"
        assert 4 <= len(gold) <= 16, f"{nid}: {len(gold)} gold spans"
        assert text not in seen_texts, f"{nid}: duplicate text"
        seen_texts.add(text)
        sk = skeleton(text, gold, neg)
        assert sk not in seen_skel, f"{nid}: duplicate skeleton"
        seen_skel.add(sk)
        assert not re.search(r"[⟦⟧⟪⟫]", text), nid
        # values
        for g in gold:
            res = check_gold(nid, g["kind"], g["val"])
            checksums[res] += 1
            if res == "mistyped":
                mistyped_seen.add(digits(g["val"]))
            type_counts[g["kind"]] += 1
        for n in neg:
            check_negative(nid, n["kind"], n["val"])
            if digits(n["val"]) in MISTYPED:
                mistyped_seen.add(digits(n["val"]))
            neg_counts[n["kind"]] += 1
        # bank account control key against the single BIK of the note, if any
        biks = [digits(g["val"]) for g in gold if g["kind"] == "RU_BIK"] + \
               [digits(n["val"]) for n in neg if n["kind"] == "org_bik"]
        accs = [digits(g["val"]) for g in gold if g["kind"] == "BANK_ACCOUNT"] + \
               [digits(n["val"]) for n in neg if n["kind"] == "org_rs"]
        if len(set(biks)) == 1:
            for a in accs:
                assert account_key_ok(biks[0], a), f"{nid}: account {a} vs BIK {biks[0]}"
                checksums["account_key"] += 1
        shapes[shape] += 1
        written.append({"id": nid, "text": text,
                        "gold": [{"type": g["kind"], "start": g["start"], "end": g["end"]}
                                 for g in gold]})
        if neg:
            negatives.append({"id": nid, "negatives": [
                {"start": n["start"], "end": n["end"], "text": n["val"]} for n in neg]})
    assert mistyped_seen == set(MISTYPED), (mistyped_seen, set(MISTYPED))
    total_gold = sum(type_counts.values())
    total_neg = sum(neg_counts.values())
    assert total_gold >= 700, total_gold
    assert total_neg >= 150, total_neg
    assert len(shapes) >= 25, len(shapes)
    # JSON shape
    for row in written:
        assert set(row) == {"id", "text", "gold"}
        for g in row["gold"]:
            assert set(g) == {"type", "start", "end"}
    for row in negatives:
        assert set(row) == {"id", "negatives"}
        for n in row["negatives"]:
            assert set(n) == {"start", "end", "text"}
    ids = [r["id"] for r in written]
    assert len(set(ids)) == len(ids)

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("written.jsonl", written)
    dump("negatives.jsonl", negatives)

    # read back
    with open(os.path.join(HERE, "written.jsonl"), encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert back == written

    print(f"notes: {len(written)}  gold: {total_gold}  negatives: {total_neg} "
          f"(in {len(negatives)} notes)  shapes: {len(shapes)}")
    print("gold per type:")
    for t, c in sorted(type_counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t:18s} {c}")
    print("negatives per kind:")
    for t, c in sorted(neg_counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t:10s} {c}")
    print("value checks:", dict(checksums))
    per_note = [len(r["gold"]) for r in written]
    print(f"gold per note: min {min(per_note)} max {max(per_note)}")
    print("OK")


# ================================================================= notes ===

# ---- 001-020

N("add_bullets", """
Добавить сотр. на дог. ⟦CONTRACT_NUMBER|487116025⟧ (ООО «⟪org|Кедр-Урал⟫», ИНН орг. ⟪org_inn|6679453428⟫):
• ⟦PERSON|Мороз Анастасия Игоревна⟧ — моб. ⟦PHONE_NUMBER|+7 912 604-18-33⟧, ICCID ⟦DEVICE_ID|8970199896249189364⟧
• ⟦PERSON|Ким Д.В.⟧ — моб. ⟦PHONE_NUMBER|8 922 151 70 46⟧, ICCID ⟦DEVICE_ID|8970199581492830019⟧
• ⟦PERSON|Щукин Егор⟧ — номер новый, ICCID ⟦DEVICE_ID|8970199662105550580⟧
Тариф ⟪tariff|«Бизнес Безлимит 2.0»⟫, лимит ⟪amount|1500 руб./мес⟫ на каждого. Заявку прислала ⟦PERSON|Светлана Рудольфовна⟧ с ⟦EMAIL_ADDRESS|s.kamaeva@kedr-ural.ru⟧
""")

N("remove_semicolons", """
Искл. из КК: сотр. ⟦PERSON|Голубь Роман Андреевич⟧; тел. ⟦PHONE_NUMBER|89506713342⟧; уволен с ⟪date|14.10.2025⟫; номер в отстой, баланс ⟪amount|-312,40⟫ списать с л/с ⟦ACCOUNT_NUMBER|660049118823⟧; запрос от ⟦PERSON|Лесниковой О.⟧ (ОК), ⟦EMAIL_ADDRESS|lesnikova.o@uralvtormet.ru⟧; ICCID ⟦DEVICE_ID|8970199065185917622⟧ — SIM сдана
""")

N("poa_rep", """
Предст. по дов. № ⟪poa|118/Д⟫ от ⟪date|02.09.2025⟫ (до ⟪date|31.12.2026⟫), подписал ген. дир. ⟦PERSON|Саргсян Ашот Гарегинович⟧.
Предст.: ⟦PERSON|Хабибуллина Лилия Ринатовна⟧, д/р ⟦DATE_OF_BIRTH|17.03.1991⟧, пасп. ⟦RU_PASSPORT|65 15 482913⟧ выд. ГУ МВД России по Свердловской обл. 21.04.2016, к/п ⟦RU_PASSPORT_DEPT|660-006⟧
тел. ⟦PHONE_NUMBER|+79326610248⟧, доп. ⟦PHONE_NUMBER|+7 343 385-20-14⟧ (офис)
""")

N("hr_tsv", """
Выгрузка от HR (ООО «⟪org|Малышева Трейд⟫»), лист «СИМ»:
ФИО\tд/р\tСНИЛС\tИНН\tмоб.
⟦PERSON|Ли Виктория Сергеевна⟧\t⟦DATE_OF_BIRTH|04.11.1994⟧\t⟦RU_SNILS|445-687-246 25⟧\t⟦RU_INN|661689342183⟧\t⟦PHONE_NUMBER|9126040271⟧
⟦PERSON|Капустин Олег Павлович⟧\t⟦DATE_OF_BIRTH|29.02.1988⟧\t⟦RU_SNILS|442-290-452 62⟧\t⟦RU_INN|660153264453⟧\t⟦PHONE_NUMBER|9220083115⟧
⟦PERSON|Ван Лэй⟧\t⟦DATE_OF_BIRTH|13.06.1990⟧\t—\t—\t⟦PHONE_NUMBER|9505521907⟧
""")

N("invoice_dispute", """
Претензия по счёту № ⟪invoice|2025-09/004417⟫ от ⟪date|30.09.2025⟫ на ⟪amount|48 912,16 ₽⟫ — кл. оспаривает роуминг на номере ⟦PHONE_NUMBER|+7 953 004 77 12⟧ (сотр. ⟦PERSON|Орлов-Давыдов Кирилл⟧, командировка в Казахстан). Гл. бух. ⟦PERSON|Тен Марина Владимировна⟧, ⟦PHONE_NUMBER|8 (343) 286-14-09⟧, ⟦EMAIL_ADDRESS|buh@vektor-e.ru⟧. Л/с ⟦ACCOUNT_NUMBER|660051742290⟧. Передано ⟦PERSON|Семёновой⟧ в группу претензий.
""")

N("ip_onboarding", """
Новый КК — ИП ⟦PERSON|Гарипова Лейсан Фаритовна⟧
ИНН ⟦RU_INN|662556194918⟧ / ОГРНИП ⟦RU_OGRN|323662320732021⟧
Адрес регистрации: ⟦ADDRESS|620102, г. Екатеринбург, ул. Серафимы Дерябиной, д. 17, кв. 88⟧
р/с ⟦BANK_ACCOUNT|40802810409108903562⟧ БИК ⟦RU_BIK|046577806⟧ к/с ⟪ks|30101810200000000806⟫
моб. ⟦PHONE_NUMBER|+7 (919) 377-40-15⟧, почта ⟦EMAIL_ADDRESS|leysan.garipova@bk.ru⟧
3 SIM, тариф ⟪tariff|«Свой бизнес S»⟫
""")

N("refund_card", """
Возврат переплаты сотруднику (номер переоформлен на физ. лицо): ⟦PERSON|Соловей Артём Николаевич⟧, карта ⟦CREDIT_CARD|4276 3843 8475 2736⟧ до ⟦CARD_EXPIRY|09/28⟧ !!! кл. зачем-то продиктовал CVV ⟦CARD_CVV|417⟧ — в заявку НЕ вносить. Сумма ⟪amount|2 140,00⟫, заявка ⟪ticket|RF-558103⟫. Контакт ⟦PHONE_NUMBER|89122745501⟧.
""")

N("code_word", """
Смена кодового слова по дог. ⟦CONTRACT_NUMBER|390228714⟧. Запрос подписан ген. дир. ⟦PERSON|Пак Олег Енгирович⟧ (письмо на бланке, исх. № ⟪doc|77⟫ от ⟪date|06.10.2025⟫). Старое: ⟦SECRET|Тополь⟧ → новое: ⟦SECRET|синяя_чайка58⟧. Предст., принёсший письмо: ⟦PERSON|Бублик С.А.⟧, пасп. ⟦RU_PASSPORT|6519 330418⟧.
""")

N("lk_admin", """
ЛК КК: доступ админа переоформлен с ⟦PERSON|Зайцевой Е.⟧ на ⟦PERSON|Нгуен Тхи Ханг⟧. Логин ⟦LOGIN|nguyen.th⟧, e-mail ⟦EMAIL_ADDRESS|nguyen.th@ural-pak.com⟧, моб. ⟦PHONE_NUMBER|+7 904 981 26 30⟧. Белый список IP: ⟦IP_ADDRESS|91.204.17.38⟧, ⟦IP_ADDRESS|91.204.17.39⟧. Временный пароль ⟦SECRET|Qw7!rt2025x⟧ отправлен по SMS.
""")

N("m2m_fleet", """
М2М / трекеры автопарка ООО «⟪org|Сибирский тракт Логистик⟫»:
⟦VEHICLE_ID|А417КМ196⟧ — вод. ⟦PERSON|Ахметзянов Ильдар⟧, ВУ ⟦RU_DRIVER_LICENSE|66 27 504118⟧, SIM ⟦PHONE_NUMBER|79000412233⟧
⟦VEHICLE_ID|Е902ОР96⟧ — вод. ⟦PERSON|Кох В.⟧, SIM ⟦PHONE_NUMBER|79000412271⟧
трекер s/n ⟦DEVICE_ID|GT06N-4418273⟧
абонплата ⟪amount|190 р.⟫ × ⟪count|12⟫ SIM
""")

N("sim_replace", """
Замена SIM (утеря) — сотр. ⟦PERSON|Шин Алексей Чангирович⟧, ном. ⟦PHONE_NUMBER|8-953-388-19-42⟧. Старая ICCID ⟦DEVICE_ID|8970199976705652806⟧ заблок., новая ⟦DEVICE_ID|89701206931786164322⟧. Личность по пасп. ⟦RU_PASSPORT|65 08 772104⟧ + дов. № ⟪poa|14⟫ от ⟪date|01.07.2025⟫. Выдано в офисе ⟪org|ТЦ «Гринвич»⟫, выдавал ⟦PERSON|Д. Мартынов⟧.
""")

N("transfer_to_individual", """
Переоформление номера ⟦PHONE_NUMBER|+79122049917⟧ с юр. лица (ООО «⟪org|Вайнера 9⟫», ИНН ⟪org_inn|6632663081⟫) на физ. лицо — бывш. сотр.:
⟦PERSON|Кравец Наталья Петровна⟧, ⟦DATE_OF_BIRTH|08.08.1979⟧ г.р.
пасп. ⟦RU_PASSPORT|6503 118274⟧, выд. ОВД Октябрьского р-на г. Екатеринбурга 19.09.2003
прописка: ⟦ADDRESS|г. Екатеринбург, пер. Красный, 5, кв. 41⟧
новый дог. ⟦CONTRACT_NUMBER|590771362⟧
Согласие орг. подписал ⟦PERSON|Глухих А.В.⟧ (ген. дир.)
""")

N("handover_note", """
⟦PERSON|Оля⟧, привет. По «⟪org|Уралпромвентиляция⟫» — ⟦PERSON|Ринат Мухаметшин⟧ опять звонил, хочет перевыставить счёт № ⟪invoice|4412⟫ (акт не подписан). Моб. ⟦PHONE_NUMBER|9533007416⟧. Я ему сказал, что ответим до ⟪time|16:00⟫ завтра. Если что — пиши мне или ⟦PERSON|Тимуру⟧. ⟦PERSON|Дима⟧
""")

N("email_paste", """
От: ⟦PERSON|Зима Ксения⟧ <⟦EMAIL_ADDRESS|k.zima@stroy-monolit.ru⟧>
Тема: блокировка номера сотрудника
Добрый день! Просим заблокировать номер ⟦PHONE_NUMBER|+7-922-611-05-38⟧ (сотрудник ⟦PERSON|Лис Игорь⟧ уволен ⟪date|20.10.2025⟫), телефон IMEI ⟦DEVICE_ID|358910543257727⟧ он вернул.
С уважением, специалист по кадрам ООО «⟪org|Строй-Монолит⟫», тел. ⟦PHONE_NUMBER|+7 343 227 41 60⟧
""")

N("pipe_accounting", """
л/с | номер | ФИО | сумма к возмещ.
⟦ACCOUNT_NUMBER|660071193502⟧ | ⟦PHONE_NUMBER|79221106684⟧ | ⟦PERSON|Быстрых Е.В.⟧ | ⟪amount|3 411,00⟫
⟦ACCOUNT_NUMBER|660071193502⟧ | ⟦PHONE_NUMBER|79221106702⟧ | ⟦PERSON|Юн С.⟧ | ⟪amount|870,50⟫
итого ⟪amount|4 281,50⟫ — удержать из з/п (решение бухгалтерии, ⟦PERSON|Аникина⟧)
""")

N("scan_ocr_broken", """
[скан заявления, OCR]
Фамилия ⟦PERSON|Мамедова⟧ Имя ⟦PERSON|Сабина⟧
Отчество ⟦PERSON|Эльчин кызы⟧ Дата рожд. ⟦DATE_OF_BIRTH|1 2.05.1996⟧
Паспорт: серия ⟦RU_PASSPORT|65 1O № 245517⟧
Адрес: ⟦ADDRESS|г. Екатеринбург, ул. Бакинских ком-
иссаров, д. 60, кв. 7⟧
Тел.: ⟦PHONE_NUMBER|8 9О4 162 33 80⟧
""")

N("director_change", """
Смена руководителя КК АО «⟪org|Исеть-Логистик⟫» (ИНН ⟪org_inn|6602249652⟫, ОГРН ⟪ogrn|1216645807300⟫): прежний ген. дир. ⟦PERSON|Воробей Станислав Ефимович⟧ — полномочия прекращены; новый — ⟦PERSON|Акопян Нарек Самвелович⟧ (приказ № ⟪doc|12-к⟫ от ⟪date|15.09.2025⟫). Все доверенности, выданные ⟦PERSON|Воробьём С.Е.⟧, действуют до отзыва. Моб. нового дир. ⟦PHONE_NUMBER|+7 902 440 71 19⟧, ⟦EMAIL_ADDRESS|akopyan.ns@iset-log.ru⟧.
""")

N("json_paste", """
{"fio":"⟦PERSON|Ковальчук Богдан Ігорович⟧","birth":"⟦DATE_OF_BIRTH|1985-12-03⟧","msisdn":"⟦PHONE_NUMBER|79506640075⟧","email":"⟦EMAIL_ADDRESS|b.kovalchuk85@gmail.com⟧","inn":"⟦RU_INN|663351098669⟧","org_inn":"⟪org_inn|6685727998⟫"}
— пришло из их 1С, грузить не стали, кривая кодировка отчества
""")

N("detail_request", """
Запрос детализации по ⟦PHONE_NUMBER|+7 912 238 04 51⟧ (сотр. ⟦PERSON|Волков-Ремез А.⟧) за ⟪period|08.2025⟫. Бухгалтерия спрашивает про звонки на ⟦PHONE_NUMBER|+7 908 911 46 20⟧ (⟪count|37⟫ вызовов) и платные SMS на ⟪short_num|4449⟫. Детализацию отправили на ⟦EMAIL_ADDRESS|fin@teplosnab-ek.ru⟧ после подтв. от ⟦PERSON|Лаптевой Ю.Н.⟧.
""")

N("csv_semicolon", """
Подкл. роуминг (командировка в Китай) — список от кл.:
ФИО;номер;с;по
"⟦PERSON|Чжан Вэй⟧";"⟦PHONE_NUMBER|79224410593⟧";⟪date|03.11.2025⟫;⟪date|21.11.2025⟫
"⟦PERSON|Рыбакова Мария⟧";"⟦PHONE_NUMBER|79224410611⟧";⟪date|03.11.2025⟫;⟪date|14.11.2025⟫
"⟦PERSON|У Мин⟧";"⟦PHONE_NUMBER|79224410627⟧";⟪date|05.11.2025⟫;⟪date|21.11.2025⟫
пакет ⟪tariff|«Азия 3 ГБ»⟫, согласовал ⟦PERSON|Яковлев⟧
""")

# ---- 021-040

N("hr_full_row", """
Кадры прислали строку целиком (лишнее не сохраняем!):
⟦PERSON|Гусь Валентина Олеговна⟧ | ⟦DATE_OF_BIRTH|22.01.1972⟧ | полис ОМС ⟦RU_OMS|6651 8904 2217 0033⟧ | СНИЛС ⟦RU_SNILS|211-618-078 27⟧ | ⟦ADDRESS|Свердл. обл., г. Берёзовский, ул. Гагарина, 11-27⟧ | моб. ⟦PHONE_NUMBER|+79120390082⟧ | принята ⟪date|01.02.2019⟫
В CRM оставила только ФИО и моб. — ⟦PERSON|Гусь В.О.⟧, ⟦PHONE_NUMBER|912 039 00 82⟧
""")

N("payment_order", """
Оплата не разнесена: п/п № ⟪doc|1187⟫ от ⟪date|27.10.2025⟫ на ⟪amount|126 400,00⟫ от ООО «⟪org|Белинского 86⟫» (ИНН ⟪org_inn|6659369457⟫ КПП ⟪kpp|665901001⟫, р/с ⟪org_rs|40702810884793327695⟫ в банке с БИК ⟪org_bik|046577834⟫). В назначении указан чужой л/с ⟦ACCOUNT_NUMBER|660018840217⟧ вместо ⟦ACCOUNT_NUMBER|660018840271⟧. Связь: бух. ⟦PERSON|Цой Элеонора⟧, ⟦PHONE_NUMBER|8 950 201 88 14⟧, ⟦EMAIL_ADDRESS|tsoy.e@bel86.ru⟧
""")

N("callback", """
ПЕРЕЗВОН: предст. ⟦PERSON|Лебедева-Крутова Ирина⟧ просит перезвонить после ⟪time|14:30⟫ на ⟦PHONE_NUMBER|+7 922 030-44-18⟧ (или ⟦PHONE_NUMBER|+7 343 355-71-02⟧, секретарь ⟦PERSON|Алина⟧). Вопрос: расторжение ⟪count|6⟫ номеров по дог. ⟦CONTRACT_NUMBER|K-66-018834⟧.
""")

N("installment_device", """
Рассрочка ⟪count|24 мес.⟫ — ⟪brand|Samsung Galaxy A55 8/256⟫, IMEI1 ⟦DEVICE_ID|353941985157898⟧ IMEI2 ⟦DEVICE_ID|016867435787118⟧, s/n ⟦DEVICE_ID|R5CX31KQ8ZM⟧.
Пользователь: ⟦PERSON|Тошматов Жасур Бахтиёрович⟧ (вод.-экспедитор), ном. ⟦PHONE_NUMBER|+7 950 640 12 09⟧.
Платёж ⟪amount|1 874 ₽/мес⟫, первый ⟪date|25.11.2025⟫. Оформила ⟦PERSON|Галина Ч.⟧
""")

N("complaint_disclosure", """
Жалоба на разглашение: ⟦PERSON|Ермолаев Пётр Андреевич⟧ (сотр. ООО «⟪org|Уралмаш-Сервис⟫») утверждает, что его бывшей жене ⟦PERSON|Ермолаевой Д.⟧ сообщили последние цифры его корп. номера ⟦PHONE_NUMBER|8-912-603-77-41⟧. Запись разговора от ⟪date|18.10⟫, оператор ⟦PERSON|Самойлова⟧. Передано на СВ. Для ответа: ⟦EMAIL_ADDRESS|ermolaev.pa@yandex.ru⟧, ⟦PHONE_NUMBER|+7 912 603 77 40⟧ (личный).
""")

N("dup_formats", """
тел. сотр. ⟦PHONE_NUMBER|89045513027⟧ / ⟦PHONE_NUMBER|+7 (904) 551-30-27⟧ — один и тот же, в заявке задвоен; ФИО ⟦PERSON|Белоусова Я.С.⟧ = ⟦PERSON|Yana Belousova⟧ (в почте латиницей), ⟦EMAIL_ADDRESS|yana.belousova@tdkamen.ru⟧ / ⟦EMAIL_ADDRESS|YANA.BELOUSOVA@TDKAMEN.RU⟧
""")

N("courier_home", """
Доставка SIM курьером на дом сотруднику (удалёнка): ⟦PERSON|Хан Роберт Вячеславович⟧, ⟦ADDRESS|624130, Свердловская обл., г. Новоуральск, ул. Фурманова, д. 31, кв. 105⟧, ⟦PHONE_NUMBER|+7 932 605 14 48⟧, окно ⟪time|10:00–14:00⟫. Курьерская заявка ⟪order|CD-2025-1108-0431⟫. ICCID ⟦DEVICE_ID|8970199067176908925⟧. Получатель по дов. — жена, ⟦PERSON|Хан Е.⟧
""")

N("key_value_lines", """
Контакт. лицо: ⟦PERSON|Сорокин Лев Маркович⟧
Должность: нач. АХО
Тел.: ⟦PHONE_NUMBER|+7 (343) 311-60-90⟧
Моб.: ⟦PHONE_NUMBER|+7 (912) 645-00-73⟧
E-mail: ⟦EMAIL_ADDRESS|sorokin@ekb-medtech.ru⟧
Сайт: ⟪website|www.ekb-medtech.ru⟫
Юр. адрес: ⟪org_addr|620014, г. Екатеринбург, ул. Вайнера, д. 21, оф. 403⟫
Зам. на время отпуска: ⟦PERSON|Лев Антонов⟧, ⟦PHONE_NUMBER|+7 (912) 645-00-74⟧
""")

N("lost_device_block", """
Блок по утере: ном. ⟦PHONE_NUMBER|79530008112⟧ + аппарат IMEI ⟦DEVICE_ID|351836568015731⟧ (⟪brand|iPhone 13⟫, корп. имущество). Заявил ⟦PERSON|Рахимов Т.⟧ лично, сверили с ⟦PERSON|Рахимовым Тимуром Ильдаровичем⟧ в списке сотр. КК, д/р ⟦DATE_OF_BIRTH|11.09.1998⟧ совп.
""")

N("ip_card", """
ИП ⟦PERSON|Соловьёва-Ким Дарья⟧ просит списывать оплату с карты ИП: ⟦CREDIT_CARD|2202 2007 7558 0739⟧, срок ⟦CARD_EXPIRY|11/27⟧, держатель ⟦PERSON|DARIA SOLOVEVA-KIM⟧; ИНН ИП ⟦RU_INN|661066421983⟧; чек на ⟦EMAIL_ADDRESS|dsk.flowers@mail.ru⟧
""")

N("md_table", """
| № | сотрудник | номер | ICCID |
|---|---|---|---|
| 1 | ⟦PERSON|Гром-Ковальский К.Ф.⟧ | ⟦PHONE_NUMBER|+79089221301⟧ | ⟦DEVICE_ID|8970199055200570936⟧ |
| 2 | ⟦PERSON|Ян Сюэ⟧ | ⟦PHONE_NUMBER|+79089221307⟧ | ⟦DEVICE_ID|8970199191008200614⟧ |
| 3 | ⟦PERSON|Орёл Михаил⟧ | ⟦PHONE_NUMBER|+79089221355⟧ | ⟦DEVICE_ID|8970199986349344488⟧ |
""")

N("mistyped_inn", """
Сверка данных предст. ⟦PERSON|Нуриев Айдар Маратович⟧: в дов. ИНН ⟦RU_INN|021122128168⟧ (опечатка — переставлены две последние цифры), по ФНС верный ⟦RU_INN|021122128186⟧. СНИЛС ⟦RU_SNILS|233-108-291 25⟧ совпадает. Дов. вернули ⟦PERSON|Айдару⟧ на переоформление.
""")

N("tabs_one_line", """
⟦PERSON|Дашиев Баир Цыренович⟧\t⟦PHONE_NUMBER|9221054488⟧\t⟦EMAIL_ADDRESS|dashiev.b@ya.ru⟧\t⟦DATE_OF_BIRTH|02.02.1983⟧\tвод.\t⟪tariff|Корп. 300⟫\t⟦RU_DRIVER_LICENSE|9921 077354⟧
""")

N("merge_accounts", """
Объединение л/с по холдингу: дочка «⟪org|Уралтрубмонтаж⟫» л/с ⟦ACCOUNT_NUMBER|660044017712⟧ → основной ⟦ACCOUNT_NUMBER|660044000318⟧ (головная, ИНН ⟪org_inn|6659468480⟫). Согласовано фин. дир. ⟦PERSON|Бондаренко Светлана Юрьевна⟧ и ⟦PERSON|Фридман Л.⟧ (юрист). Письмо от ⟪date|03.10.2025⟫ вх. № ⟪doc|5521⟫. Ответ — ⟦PERSON|Бондаренко С.Ю.⟧ на ⟦EMAIL_ADDRESS|bondarenko@utm-holding.ru⟧.
""")

N("mnp_port", """
MNP-вход: ⟪count|8⟫ номеров ООО «⟪org|Ленина 24 Девелопмент⟫» от др. оператора, список у ⟦PERSON|Анжелики⟧. Ответств. со стороны кл. — ⟦PERSON|Шевчук Денис⟧, ⟦PHONE_NUMBER|+7-950-113-20-66⟧. Дата переноса ⟪date|12.11.2025⟫, временные номера ⟦PHONE_NUMBER|79000566141⟧…⟦PHONE_NUMBER|79000566148⟧.
""")

N("passport_variants", """
пасп. сотр. ⟦PERSON|Исаева Зарема⟧: ⟦RU_PASSPORT|6711 902344⟧ (в скане: серия ⟦RU_PASSPORT|67 11 № 902344⟧), к/п ⟦RU_PASSPORT_DEPT|860-017⟧, д/р ⟦DATE_OF_BIRTH|5 апреля 1993⟧; переехала из ХМАО, прописка старая — ⟦ADDRESS|г. Сургут, пр-т Мира, 7/1-56⟧
""")

N("poa_scan_text", """
ДОВЕРЕННОСТЬ № ⟪poa|47⟫
г. Екатеринбург ⟪date|«01» октября 2025 г.⟫
ООО «⟪org|Техноград-Урал⟫», ОГРН ⟪ogrn|1086615736811⟫, в лице директора ⟦PERSON|Зайченко Аркадия Львовича⟧, доверяет ⟦PERSON|Пестовой Ольге Викторовне⟧, паспорт ⟦RU_PASSPORT|65 17 054 339⟧, код подразделения ⟦RU_PASSPORT_DEPT|660-011⟧, представлять интересы общества у оператора связи по вопросам SIM-карт.
Подпись ⟦PERSON|Зайченко А.Л.⟧ М.П.
""")

N("bullet_remove_multi", """
Исключить из КК (письмо ⟦PERSON|Журавлёвой⟧ от ⟪date|29.10⟫):
- ⟦PHONE_NUMBER|+79126610023⟧ ⟦PERSON|Кисель Николай⟧ — уволен
- ⟦PHONE_NUMBER|+79126610048⟧ ⟦PERSON|Ма Цзюнь⟧ — уволен
- ⟦PHONE_NUMBER|+79126610091⟧ ⟦PERSON|Ефимова-Хабарова Т.⟧ — декрет, номер сохранить, тариф ⟪tariff|«Мин»⟫
""")

N("signature_block", """
...вопрос решён, спасибо.
--
С уважением,
⟦PERSON|Юлия Вишня⟧
менеджер по закупкам
ООО «⟪org|Шарташ Продукт⟫»
т. ⟦PHONE_NUMBER|+7 (343) 216-40-04⟧ | м. ⟦PHONE_NUMBER|+7 (922) 118-55-76⟧
⟦EMAIL_ADDRESS|vishnya.yu@sharprod.ru⟧
""")

N("ip_vs_llc_payer", """
Проверка плательщика: платили двое — ИП ⟦PERSON|Ли Ен Хи⟧ (ОГРНИП ⟦RU_OGRN|308665273806752⟧, ИНН ⟦RU_INN|662966229762⟧) и ООО «⟪org|Ли и Ко⟫» (ОГРН ⟪ogrn|1216630364268⟫, ИНН ⟪org_inn|6685412437⟫). Деньги ИП ошибочно ушли на л/с ООО ⟦ACCOUNT_NUMBER|660032101004⟧, у ИП свой — ⟦ACCOUNT_NUMBER|660032177120⟧.
""")

# ---- 041-060

N("ticket_log", """
⟪datetime|12.11 09:14⟫ — звонок от ⟦PERSON|Гаглоев Алан⟧ (предст. по дов.), тел. ⟦PHONE_NUMBER|89120057731⟧
⟪datetime|12.11 09:20⟫ — проверил дов. № ⟪poa|2025/31⟫, ок
⟪datetime|12.11 09:41⟫ — отправил счёт на ⟦EMAIL_ADDRESS|gagloev.a@ossetia-trade.ru⟧ и в копию ⟦EMAIL_ADDRESS|buh@ossetia-trade.ru⟧
⟪datetime|12.11 11:02⟫ — ⟦PERSON|Алан⟧ подтвердил получение, ⟦PERSON|Ф. Гаглоева⟧ (бух.) тоже
""")

N("korean_list", """
Новые сотр. на склад (⟪org_addr|ул. Монтёрская, 3⟫), SIM выдать на месте:
⟦PERSON|Пак С.⟧ ⟦PHONE_NUMBER|9506002184⟧
⟦PERSON|Тен Ю.⟧ ⟦PHONE_NUMBER|9506002191⟧
⟦PERSON|Хван А.Г.⟧ ⟦PHONE_NUMBER|9506002207⟧
⟦PERSON|Ни Е.⟧ ⟦PHONE_NUMBER|9506002230⟧
выдавал ⟦PERSON|Ю. Камалов⟧, ни одной SIM не осталось
""")

N("invoice_header", """
СЧЁТ НА ОПЛАТУ № ⟪invoice|81-0044719⟫ от ⟪date|01.10.2025⟫
Плательщик: ООО «⟪org|Чкалова Маркет⟫», ИНН/КПП ⟪org_inn|6670389143⟫/⟪kpp|667001001⟫
Адрес: ⟪org_addr|620089, Екатеринбург, ул. Чкалова, 124, пом. 12⟫
Лицевой счёт: ⟦ACCOUNT_NUMBER|660091847566⟧ Договор: ⟦CONTRACT_NUMBER|401118830⟧
Получатель счёта: ⟦PERSON|Денисова Ангелина⟧ (⟦EMAIL_ADDRESS|a.denisova@chkalova-market.ru⟧), руководитель ⟦PERSON|Шамсутдинов Р.Р.⟧
Итого: ⟪amount|18 600,00⟫
""")

N("driver_licenses", """
Водители (для привязки SIM трекеров), ВУ:
⟦PERSON|Кравченко Ю.А.⟧ — ⟦RU_DRIVER_LICENSE|66 19 443187⟧ — ⟦VEHICLE_ID|Т551ХЕ196⟧
⟦PERSON|Абдуллаев Ф.⟧ — ⟦RU_DRIVER_LICENSE|9918 620045⟧ — ⟦VEHICLE_ID|К007ОА66⟧
⟦PERSON|Молот Н.⟧ — ВУ не предоставил — VIN ⟦VEHICLE_ID|XTA210740K1234567⟧ (вместо гос. номера)
""")

N("termination_liquidator", """
Расторжение дог. ⟦CONTRACT_NUMBER|298334107⟧ (ООО «⟪org|Пушкина 5⟫») — заявление подписал ликвидатор ⟦PERSON|Бергман Роза Исааковна⟧. Остаток ⟪amount|7 310,22⟫ вернуть на р/с орг. ⟪org_rs|40702810655413372249⟫, БИК ⟪org_bik|046577526⟫. Номера ⟦PHONE_NUMBER|79221700040⟧, ⟦PHONE_NUMBER|79221700041⟧ переоформить на ⟦PERSON|Бергман Р.И.⟧ как физлицо.
""")

N("inn_swap", """
ИНН орг. ⟪org_inn|6686854011⟫, ИНН сотр. ⟦RU_INN|667924615187⟧ — ⟦PERSON|Рябинин Глеб⟧ в анкете поменял их местами. Переписали. Моб. ⟦PHONE_NUMBER|+7 922 150 36 90⟧; раб. e-mail ⟦EMAIL_ADDRESS|g.ryabinin@zavod-krug.ru⟧; ОГРН орг. ⟪ogrn|1026603322459⟫ — не трогаем.
""")

N("semicolon_rows_no_header", """
⟦PERSON|Сафина Г.Р.⟧; ⟦RU_SNILS|679-204-634 27⟧; ⟦PHONE_NUMBER|8 912 044 19 60⟧; бух.
⟦PERSON|Ильин-Заречный П.⟧; ⟦RU_SNILS|032-891-413 51⟧; ⟦PHONE_NUMBER|8 912 044 19 61⟧; снабж.
⟦PERSON|Чэнь Сяо⟧; СНИЛС нет (иностр.); ⟦PHONE_NUMBER|8 912 044 19 62⟧; переводчик
""")

N("short_numbers", """
Кл. ⟦PERSON|Захарова Милена⟧ (⟦PHONE_NUMBER|+7 919 384 10 07⟧) жалуется, что с корп. номеров не дозвониться на ⟪short_num|0611⟫; баланс смотрит через ⟪ussd|*102#⟫. Объяснила, что для КК линия ⟪short_num|0990⟫. Оператор ⟦PERSON|Колесникова Е.⟧. Перезвон не нужен, ⟦PERSON|Милена⟧ довольна.
""")

N("lk_password_reset", """
Сброс пароля ЛК: логин ⟦LOGIN|ural_pribor_admin⟧, запрос от ⟦PERSON|Мельник А.С.⟧ с ⟦EMAIL_ADDRESS|melnik@uralpribor.ru⟧. Кодовое слово назвал верно (⟦SECRET|Бирюза1994⟧). Новый пароль ушёл SMS на ⟦PHONE_NUMBER|+79090034412⟧.
""")

N("amount_dispute", """
Спор по начислениям за ⟪period|сентябрь⟫: ⟪amount|31 204,50 руб.⟫ против ожидаемых ⟪amount|22 000⟫. Основная разница — ⟪count|14⟫ номеров в роуминге (⟪tariff|«Путешествуй по миру»⟫). Со стороны кл. — ⟦PERSON|Абрамович-Лунц Евгения⟧, ⟦PHONE_NUMBER|+7 912 601 42 10⟧. Больше всех у ⟦PHONE_NUMBER|79126014233⟧ (⟦PERSON|Сергиенко⟧) и ⟦PHONE_NUMBER|79126014251⟧ (⟦PERSON|Устинова⟧).
""")

N("oms_sent", """
Для ДМС кл. зачем-то прислал полисы ОМС: ⟦PERSON|Ахмедова Лола⟧ — ⟦RU_OMS|6655 2210 4378 0912⟧; ⟦PERSON|Филин Константин⟧ — ⟦RU_OMS|6689320017445563⟧. Попросили больше такое не присылать, вложение удалено. Отправитель ⟦EMAIL_ADDRESS|hr2@kamensk-vodokanal.ru⟧ (⟦PERSON|Т. Баранова⟧).
""")

N("dob_variants", """
Сотр. ⟦PERSON|Федотова-Шульц Ангелина Марковна⟧, д.р. ⟦DATE_OF_BIRTH|07/06/86⟧ (в паспорте ⟦DATE_OF_BIRTH|07.06.1986⟧), пасп. ⟦RU_PASSPORT|6506 557129⟧, выдан Отделом внутренних дел Ленинского р-на г. Екатеринбурга, к/п ⟦RU_PASSPORT_DEPT|662-013⟧
""")

N("email_thread_cc", """
От: ⟦EMAIL_ADDRESS|o.pesnya@agrozarya66.ru⟧
Копия: ⟦EMAIL_ADDRESS|director@agrozarya66.ru⟧; ⟦EMAIL_ADDRESS|it@agrozarya66.ru⟧
Тема: RE: RE: доп. SIM для ⟦PERSON|Песня О.⟧
> ⟦PERSON|Ольга⟧, пришлите ICCID с коробки.
ICCID ⟦DEVICE_ID|8970199038870642128⟧, ставить на ⟦PHONE_NUMBER|+79043310852⟧.
""")

N("latin_form", """
Employee added via EN form: Name: ⟦PERSON|Sergey Ten⟧, Mobile: ⟦PHONE_NUMBER|+7 922 100 5543⟧, e-mail ⟦EMAIL_ADDRESS|sergey.ten@uralex-group.com⟧, DOB ⟦DATE_OF_BIRTH|1990-07-19⟧, Manager: ⟦PERSON|A. Kuznetsova⟧ — перенёс в CRM как ⟦PERSON|Тен Сергей⟧.
""")

N("linebreak_values", """
Заявка на доп. номер — сотр. ⟦PERSON|Новосельцева-
Брянская Алёна Игоревна⟧, моб. ⟦PHONE_NUMBER|+7 953
821 06 64⟧ (перенос строки из их Excel), ⟦EMAIL_ADDRESS|alena.nb@mk-tehnopark.ru⟧, рук. отдела; дог. ⟦CONTRACT_NUMBER|560004927⟧
""")

N("ip_home_vs_shop", """
ИП ⟦PERSON|Кисляков Руслан Олегович⟧ (ИНН ⟦RU_INN|667303991478⟧): адрес ИП (= прописка) ⟦ADDRESS|г. Верхняя Пышма, ул. Орджоникидзе, 9-14⟧; магазин — ⟪org_addr|ТЦ «Екатерининский», пав. 2-17⟫ (туда SIM не слать!). Тел. ⟦PHONE_NUMBER|8 (34368) 5-44-12⟧ — стационар, моб. ⟦PHONE_NUMBER|8-900-044-31-17⟧.
""")

N("installment_numbered", """
Рассрочка: ⟪brand|Xiaomi Redmi Note 14⟫ ×2
1) IMEI ⟦DEVICE_ID|359417820311374⟧ → ⟦PERSON|Галиев Ш.⟧, ⟦PHONE_NUMBER|79045502081⟧
2) IMEI ⟦DEVICE_ID|359780126849128⟧ → ⟦PERSON|Сова Н.⟧, ⟦PHONE_NUMBER|79045502094⟧
график: ⟪date|10.12.2025⟫, ⟪date|10.01.2026⟫, ⟪date|10.02.2026⟫ по ⟪amount|2 330 ₽⟫
""")

N("poa_bullets", """
Доверенности на сотрудников (все подписаны ген. дир. ⟦PERSON|Мирзоев Р.А.⟧):
• № ⟪poa|01/25⟫ — ⟦PERSON|Ибрагимова Айгуль⟧, право подписи актов
• № ⟪poa|02/25⟫ — ⟦PERSON|Ступак В.⟧, получение SIM
• № ⟪poa|03/25⟫ — ⟦PERSON|Крот Денис Ильич⟧, все вопросы по КК, срок до ⟪date|31.03.2026⟫; моб. ⟦PHONE_NUMBER|+7 (912) 699-40-03⟧
""")

N("apn_static_ip", """
Корп. APN ⟪apn|ekbsnab.corp⟫: статич. IP выделены — ⟦IP_ADDRESS|10.88.14.2⟧ (касса, отв. ⟦PERSON|Абрамов⟧), ⟦IP_ADDRESS|10.88.14.3⟧ (склад, отв. ⟦PERSON|Тагирова Э.⟧). SIM ⟦PHONE_NUMBER|79000770012⟧, ⟦PHONE_NUMBER|79000770013⟧.
""")

N("sms_code", """
Подтверждение смены пользователя номера ⟦PHONE_NUMBER|+7 908 633 05 92⟧: код из SMS ⟦SECRET|4471⟧ назвал ⟦PERSON|Латыпов Ренат⟧, сверили. Новый пользователь — ⟦PERSON|Латыпова Эльвира Ринатовна⟧ (дочь), д/р ⟦DATE_OF_BIRTH|30.12.2001⟧.
""")

# ---- 061-080

N("excel_split_cells", """
Сотрудник\t\tНомер\tТариф
⟦PERSON|Мухина⟧\t⟦PERSON|Дарья⟧\t⟦PHONE_NUMBER|922-617-30-05⟧\t⟪tariff|Бизнес 500⟫
⟦PERSON|Цыганков⟧\t⟦PERSON|Пётр⟧\t⟦PHONE_NUMBER|922-617-30-06⟧\t⟪tariff|Бизнес 500⟫
⟦PERSON|Ким⟧\t⟦PERSON|Лариса⟧\t⟦PHONE_NUMBER|922-617-30-09⟧\t⟪tariff|Бизнес 1000⟫
""")

N("ocr_passport_page", """
[OCR разворота паспорта, прислал кл.]
РОССИЙСКАЯ ФЕДЕРАЦИЯ
Паспорт выдан ГУ МВД РОССИИ ПО СВЕРДЛОВСКОЙ ОБЛАСТИ
Дата выдачи 14.08.2020 Код подразделения ⟦RU_PASSPORT_DEPT|660-002⟧
⟦RU_PASSPORT|65 20 5471O3⟧
Фамилия ⟦PERSON|ЛОГИНОВ⟧
Имя ⟦PERSON|МАКСИМ⟧ Отчество ⟦PERSON|ЕВГЕНЬЕВИЧ⟧
Пол МУЖ. Дата рождения ⟦DATE_OF_BIRTH|21.04.2000⟧
Место рождения ГОР. ЕКАТЕРИНБУРГ
""")

N("personal_refund_account", """
Возврат аванса бывш. сотр. на личный счёт (по заявлению от ⟪date|28.10.2025⟫): ⟦PERSON|Тимофеев Борис Сергеевич⟧, сч. ⟦BANK_ACCOUNT|40817810228336501575⟧, БИК ⟦RU_BIK|046577806⟧, банк ⟪bank|АО «Уралтрастбанк»⟫. Сумма ⟪amount|5 000⟫. ИНН ⟦RU_INN|660696522379⟧. Связь: ⟦PHONE_NUMBER|+7 904 500 21 17⟧.
""")

N("messenger_chat", """
[⟪time|10:42⟫] ⟦PERSON|Светлана Кузьмина⟧: по «⟪org|ЕКБ-Лифт⟫» кто ведёт?
[⟪time|10:43⟫] ⟦PERSON|Артур Хасанов⟧: я. что там
[⟪time|10:45⟫] ⟦PERSON|Светлана Кузьмина⟧: звонила ⟦PERSON|Гора⟧ от них (⟦PERSON|Оксана⟧, бухгалтер), просит детализацию по ⟦PHONE_NUMBER|+79221490306⟧, скинь ей на ⟦EMAIL_ADDRESS|gora.o@ekblift.ru⟧ если дов. есть
[⟪time|10:46⟫] ⟦PERSON|Артур Хасанов⟧: ок
""")

N("new_contract_pipes", """
Новый дог. ⟦CONTRACT_NUMBER|601447203⟧ | ООО «⟪org|Куйбышева Строй⟫» | ИНН ⟪org_inn|6686431104⟫ | КПП ⟪kpp|668601001⟫ | ОГРН ⟪ogrn|1106683236406⟫ | р/с ⟪org_rs|40702810467905625180⟫ | БИК ⟪org_bik|046577612⟫ | к/с ⟪ks|30101810300000000612⟫ | ген. дир. ⟦PERSON|Поздняков Василий Игнатьевич⟧ | конт. ⟦PERSON|Сухарева Н.⟧ ⟦PHONE_NUMBER|+7 912 610 08 45⟧ | л/с ⟦ACCOUNT_NUMBER|660060514478⟧
""")

N("name_fix", """
Исправить ФИО в карточке сотр.: было «⟦PERSON|Хабибулин Ильшат⟧», правильно «⟦PERSON|Хабибуллин Ильшат Рамилевич⟧» (по пасп. ⟦RU_PASSPORT|8009 477210⟧, Башкортостан). Ном. ⟦PHONE_NUMBER|+7 917 344 02 19⟧. Орг. ИНН в заявке тоже с опечаткой: ⟪org_inn|6685412473⟫ (верный ⟪org_inn|6623085412⟫).
""")

N("dob_vs_hire_date", """
Сотр. ⟦PERSON|Зуева Алла⟧ принята ⟪date|01.09.2025⟫, д/р ⟦DATE_OF_BIRTH|01.09.1975⟧ (не путать!), SIM выдана ⟪date|03.09.2025⟫, ном. ⟦PHONE_NUMBER|8-904-170-22-35⟧, ICCID ⟦DEVICE_ID|8970199566813641328⟧. Руководитель — ⟦PERSON|Зуев А.П.⟧ (муж, тоже у нас на КК).
""")

N("debt_block", """
Фин. блок на ⟪count|23⟫ номерах КК (долг ⟪amount|84 716,09⟫ с ⟪date|05.10⟫). Директор ⟦PERSON|Кулик Игорь Валентинович⟧ обещает оплату до пт; гарантийное письмо исх. ⟪doc|301⟫. Разблок. только номер ⟦PHONE_NUMBER|+79223330041⟧ (сам дир.) и ⟦PHONE_NUMBER|+79223330057⟧ (гл. бух. ⟦PERSON|Синицына⟧). Л/с ⟦ACCOUNT_NUMBER|660027730194⟧.
""")

N("address_multiline", """
Адрес доставки роутера (сотр. на удалёнке ⟦PERSON|Блинов А.⟧):
⟦ADDRESS|Свердловская обл.,
г. Каменск-Уральский,
ул. Лермонтова, д. 88, кв. 3⟧
конт. ⟦PHONE_NUMBER|+7(950)1904421⟧, s/n роутера ⟦DEVICE_ID|ZTE-MF79U-18C27740⟧
""")

N("passport_words", """
предст. ⟦PERSON|Юсупова Диляра⟧, пасп.: серия ⟦RU_PASSPORT|6518 номер 204771⟧; выдан 12.12.2018; код ⟦RU_PASSPORT_DEPT|660 - 019⟧; зарег. ⟦ADDRESS|Екатеринбург, Сиреневый бульвар 15/2 кв 130⟧; тел. ⟦PHONE_NUMBER|+7 902 266-71-48⟧
""")

N("ip_autopay", """
ИП ⟦PERSON|Ганиев Фарход Толибович⟧: ОГРНИП ⟦RU_OGRN|320669193350568⟧, р/с ⟦BANK_ACCOUNT|40802810955461485290⟧, БИК ⟦RU_BIK|046577834⟧. Автоплатёж за рассрочку ⟪brand|iPad 10⟫ (IMEI ⟦DEVICE_ID|358961670903708⟧). Уведомления на ⟦PHONE_NUMBER|+7 953 601 92 00⟧.
""")

N("url_encoded", """
fio=⟦PERSON|Прокопенко Тарас⟧&phone=⟦PHONE_NUMBER|79128011455⟧&email=⟦EMAIL_ADDRESS|taras.prok%40mail.ru⟧&birth=⟦DATE_OF_BIRTH|1987-03-09⟧&company=⟪org|Урал-Вест⟫&inn=⟪org_inn|6623255463⟫
(заявка с сайта, url-encoded, ⟪date|2025-11-02⟫)
""")

N("short_surnames_line", """
Выдать SIM сотр. склада: ⟦PERSON|Ким⟧, ⟦PERSON|Ли⟧, ⟦PERSON|Пак⟧ и ⟦PERSON|Лю Ян⟧ — ⟪count|4 шт.⟫, все на ⟪tariff|«Корпоративный М»⟫. Старший смены — ⟦PERSON|Ю Виктор⟧, ⟦PHONE_NUMBER|+7 950 551 03 00⟧.
""")

N("collector_call", """
Коллектор ООО «⟪org|Тверская Финанс⟫» звонил по долгу бывш. сотр. ⟦PERSON|Гриневич Ольги⟧ — отказали, данные не даём. Номер ⟦PHONE_NUMBER|+7 912 287 60 33⟧ закреплён за КК до ⟪date|31.12.2025⟫. Их тел. ⟦PHONE_NUMBER|8 495 118 40 27⟧, звонил ⟦PERSON|Сазонов⟧.
""")

N("manager_change", """
ПМ по КК «⟪org|Ботаника Девелопмент⟫» сменился: вместо ⟦PERSON|Черкасова Юрия⟧ теперь ⟦PERSON|Шарипова Алия Наилевна⟧ (вн. ⟪ext|4417⟫). Клиенту отправлено уведомление на ⟦EMAIL_ADDRESS|office@botanika-dev.ru⟧ и ⟦EMAIL_ADDRESS|s.petrenko@botanika-dev.ru⟧ (⟦PERSON|Петренко С.⟧).
""")

N("ids_stacked", """
⟦PERSON|Ткач Игорь⟧ СНИЛС ⟦RU_SNILS|90432214358⟧ / ⟦RU_SNILS|904-322-143 58⟧
ИНН ⟦RU_INN|597994796198⟧
моб ⟦PHONE_NUMBER|79024470313⟧ раб ⟦PHONE_NUMBER|73432104417⟧
""")

N("report_to_accounting", """
Отправлено в бухгалтерию КК «⟪org|Уктус-Авто⟫» (⟦EMAIL_ADDRESS|accounting@uktus-avto.ru⟧): реестр начислений за ⟪period|III кв. 2025⟫ по ⟪count|57⟫ номерам; превышения у ⟦PERSON|Егорова Н.Н.⟧ (⟦PHONE_NUMBER|79126600512⟧, ⟪amount|+4 120 ₽⟫) и ⟦PERSON|Дьячковой М.⟧ (⟦PHONE_NUMBER|79126600530⟧, ⟪amount|+2 905 ₽⟫).
""")

N("slash_run", """
⟦PERSON|Вольф Эрика⟧/⟦PHONE_NUMBER|9527001431⟧/⟦EMAIL_ADDRESS|e.wolf@saxon-ural.de⟧/⟦DATE_OF_BIRTH|15.10.1979⟧/⟦RU_PASSPORT|6504 337120⟧ — так пришло в поле «комментарий», разнёс по карточке
""")

N("theft_police", """
Кража телефона у сотр. ⟦PERSON|Абрамян Гоар⟧: ном. ⟦PHONE_NUMBER|+7 (932) 611-04-88⟧ заблок., IMEI ⟦DEVICE_ID|497527983327935⟧ передан в полицию (КУСП № ⟪doc|19774⟫ от ⟪date|09.11.2025⟫). Заявление принесла ⟦PERSON|Кириллова Т.⟧ по дов. № ⟪poa|88⟫, её тел. ⟦PHONE_NUMBER|+7 (932) 611-04-01⟧.
""")

N("number_handover", """
Номер ⟦PHONE_NUMBER|79226051177⟧: пользователь ⟦PERSON|Карпов Денис⟧ → ⟦PERSON|Миронова Вера⟧ с ⟪date|01.11⟫. Баланс/пакеты не переносим, SIM та же (ICCID ⟦DEVICE_ID|8970199783638989853⟧). Подписала ⟦PERSON|Кудрявцева⟧ (HR).
""")

# ---- 081-100

N("csv_quoted_hr", """
"ФИО","Дата рождения","Паспорт","Код подр.","Адрес регистрации"
"⟦PERSON|Горбунов Семён Аркадьевич⟧","⟦DATE_OF_BIRTH|12.12.1966⟧","⟦RU_PASSPORT|6511 203344⟧","⟦RU_PASSPORT_DEPT|660-044⟧","⟦ADDRESS|г. Ревда, ул. Мичурина, д. 44, кв. 12⟧"
"⟦PERSON|Шмидт Ирина⟧","⟦DATE_OF_BIRTH|03.03.1999⟧","⟦RU_PASSPORT|6519 118806⟧","⟦RU_PASSPORT_DEPT|660-035⟧","⟦ADDRESS|г. Екатеринбург, ул. Шварца, 14-201⟧"
""")

N("ip_requisites_block", """
Реквизиты ИП:
ИП ⟦PERSON|Мамонтов Глеб Юрьевич⟧
ИНН ⟦RU_INN|740278533503⟧   ОГРНИП ⟦RU_OGRN|318666185089418⟧
Р/с ⟦BANK_ACCOUNT|40802810525589147030⟧ в ⟪bank|АО «Банк Исетский»⟫
БИК ⟦RU_BIK|046577987⟧   К/с ⟪ks|30101810200000000987⟫
Адрес: ⟦ADDRESS|623700, Свердловская обл., г. Берёзовский, ул. Шиловская, 3, кв. 19⟧
Тел. ⟦PHONE_NUMBER|8 912 650-30-20⟧, e-mail ⟦EMAIL_ADDRESS|mamontov.gy@inbox.ru⟧
""")

N("vacation_forward", """
Переадресация на время отпуска: с ном. ⟦PHONE_NUMBER|+79120447730⟧ (⟦PERSON|Симонова Лада⟧) на ⟦PHONE_NUMBER|+79120447701⟧ (её зам. ⟦PERSON|Леонов Н.⟧) с ⟪date|17.11⟫ по ⟪date|30.11⟫. Заявку оформила ⟦PERSON|Лада⟧ сама через ЛК (логин ⟦LOGIN|l.simonova⟧), подтвердили звонком на ⟦PHONE_NUMBER|+7 343 216 00 47⟧.
""")

N("director_inn_via_assistant", """
ИНН/КПП: ⟪org_inn|6623569692⟫/⟪kpp|662301001⟫ (орг.), ИНН руководителя ⟦PERSON|Лопатин С.Г.⟧ — ⟦RU_INN|745876619330⟧. Тел. руководителя не дают, связь через ⟦PERSON|Веру Павловну⟧ ⟦PHONE_NUMBER|8(343)200-18-75⟧ или ⟦EMAIL_ADDRESS|priemnaya@lopatin-group.ru⟧; д/р рук-ля для карточки ⟦DATE_OF_BIRTH|14.07.1970⟧.
""")

N("device_return", """
Возврат оборудования при увольнении: ⟦PERSON|Белых Кирилл⟧ сдал ⟪brand|Huawei B535⟫ s/n ⟦DEVICE_ID|HQX7R20811004471⟧ и телефон IMEI ⟦DEVICE_ID|352106763974721⟧. Остаток рассрочки ⟪amount|6 600⟫ — закрыть за счёт орг. Номер ⟦PHONE_NUMBER|79530020119⟧ в отстой на ⟪count|6⟫ мес. Принял ⟦PERSON|Кирилл Носков⟧ (АХО), акт у ⟦PERSON|Носкова⟧.
""")

N("inline_bullets", """
• ⟦PERSON|Аксёнов И.⟧ | ⟦PHONE_NUMBER|912-244-08-07⟧ | ⟪tariff|Безлимит Бизнес⟫ • ⟦PERSON|Пронина Ж.⟧ | ⟦PHONE_NUMBER|912-244-08-19⟧ | ⟪tariff|Безлимит Бизнес⟫ • ⟦PERSON|Вин Т.⟧ | ⟦PHONE_NUMBER|912-244-08-22⟧ | без интернета • ⟦PERSON|Сокол А.⟧ | ⟦PHONE_NUMBER|912-244-08-23⟧ | ⟪tariff|Безлимит Бизнес⟫
""")

N("quoted_statement", """
Заявление (цитата): «Я, ⟦PERSON|Осипова Карина Дамировна⟧, прошу переоформить номер ⟦PHONE_NUMBER|+7 922 610 77 03⟧ на меня лично в связи с увольнением из ООО «⟪org|Фрунзе-Текстиль⟫». Паспорт ⟦RU_PASSPORT|6516 340981⟧, выдан ГУ МВД России по Свердловской обл., к/п ⟦RU_PASSPORT_DEPT|660-020⟧. Адрес: ⟦ADDRESS|г. Екатеринбург, ул. Фрунзе, 35А-12⟧. Д/р ⟦DATE_OF_BIRTH|19.09.1996⟧»
""")

N("paid_subscription", """
Кл. ⟦PERSON|Нечаев О.⟧ спрашивает, почему у сотр. списывается ⟪amount|39 ₽⟫ в сутки — подписка через ⟪short_num|7878⟫. Отключили, запрет контента через ⟪ussd|*110*0#⟫. Номер сотр. ⟦PHONE_NUMBER|+7 902 871 43 50⟧, сотр. ⟦PERSON|Хомяков⟧. Обращение ⟪ticket|INC-2025-0443171⟫. ⟦PERSON|Олег Нечаев⟧ просит ответ письмом: ⟦EMAIL_ADDRESS|nechaev@gk-mayak.ru⟧.
""")

N("poa_revocation", """
Отзыв доверенности № ⟪poa|7-Д⟫ на ⟦PERSON|Краснову Евгению⟧ (д/р ⟦DATE_OF_BIRTH|18.05.1989⟧, пасп. ⟦RU_PASSPORT|6509 214470⟧) — подписал ⟦PERSON|Ветров А.А.⟧ (дир.). С ⟪date|12.11.2025⟫ предст. не обслуживать. Её номер ⟦PHONE_NUMBER|79000415566⟧ из списка довер. лиц удалён, новый предст. — ⟦PERSON|Ветрова Н.⟧, ⟦PHONE_NUMBER|79000415570⟧.
""")

N("three_formats_phone", """
Номер директора (один и тот же, просто по-разному записан в трёх письмах): ⟦PHONE_NUMBER|8-912-600-77-10⟧, ⟦PHONE_NUMBER|+7 912 6007710⟧, ⟦PHONE_NUMBER|79126007710⟧. Директор — ⟦PERSON|Багиров Эльчин Рафаэль оглы⟧, в подписи ⟦PERSON|Э.Р. Багиров⟧, почта ⟦EMAIL_ADDRESS|e.bagirov@kaspiy-ural.ru⟧.
""")

N("tsv_numbered_gaps", """
№\tФИО\tОМС\tСНИЛС
1\t⟦PERSON|Долгих Анна⟧\t⟦RU_OMS|6650 3319 2876 0045⟧\t⟦RU_SNILS|866-890-363 77⟧
2\t⟦PERSON|Вахитов Салават⟧\t\t⟦RU_SNILS|914-321-395 80⟧
3\t⟦PERSON|Мельникова-Цай Юлиана⟧\t⟦RU_OMS|0210208255838222⟧\t
4\t⟦PERSON|Бережной Лука⟧\t⟦RU_OMS|6698 0144 7720 3318⟧\t⟦RU_SNILS|504-413-997 65⟧
""")

N("personal_manager_refusal", """
Кл. ⟦PERSON|Сабирова⟧ просит номер персонального менеджера; дали общий ⟪hotline|8 800 700 0628⟫ (линия КК) — хочет личный моб. ⟦PERSON|Марата⟧, отказала. Перезвонить ей: ⟦PHONE_NUMBER|+7 932 125 86 04⟧, ⟦PHONE_NUMBER|+7 932 125 86 05⟧ (запасной), лучше до ⟪time|12:00⟫. ⟦PERSON|Гульнара Ильдаровна⟧ — так просила к ней обращаться.
""")

N("removal_family", """
Письмо на исключение ⟪count|2⟫ номеров от «⟪org|Меридиан-Е⟫»: ИНН ⟪org_inn|6623995972⟫ / ОГРН ⟪ogrn|1146662241549⟫, подпись ⟦PERSON|Лукашевич Н.⟧ (и.о. дир.). Номера: ⟦PHONE_NUMBER|79220114407⟧, ⟦PHONE_NUMBER|79220114409⟧. Пользователи — ⟦PERSON|Жук П.⟧, ⟦PERSON|Жук Е.⟧ (семья), забирают номера себе, паспорт ⟦PERSON|Жука П.⟧ — ⟦RU_PASSPORT|6512 660017⟧.
""")

N("birthday_list", """
Для HR (по их просьбе, рассылка поздравлений): ⟦PERSON|Козырева Л.⟧ — ⟦DATE_OF_BIRTH|04.11.1990⟧; ⟦PERSON|Ибрагимов Д.⟧ — ⟦DATE_OF_BIRTH|19.11.1985⟧; ⟦PERSON|Лёвкин О.⟧ — ⟦DATE_OF_BIRTH|27.11.1979⟧. SMS уходят в ⟪time|09:00⟫ с имени «⟪org|Уралхим-Сервис⟫». Согласовала ⟦PERSON|Лариса Козырева⟧ (сама в списке).
""")

N("tariff_change_letter", """
Прошу сменить тариф на ⟪tariff|«Бизнес Безлимит Плюс»⟫ для номеров: ⟦PHONE_NUMBER|+7 (950) 198-00-31⟧ — ⟦PERSON|Сысоев⟧, ⟦PHONE_NUMBER|+7 (950) 198-00-32⟧ — ⟦PERSON|Ахмадуллина⟧. Ответственный: ⟦PERSON|Ковалёва И.А.⟧, ⟦EMAIL_ADDRESS|kovaleva@transsibir-ek.ru⟧. Основание: дог. ⟦CONTRACT_NUMBER|703318066⟧ и доп. согл. № ⟪doc|4⟫ от ⟪date|10.01.2025⟫.
""")

N("telematics_vin", """
Телематика: VIN ⟦VEHICLE_ID|X9F4XXEED4BT12345⟧ — гос. ⟦VEHICLE_ID|В128ТС196⟧ — SIM ⟦PHONE_NUMBER|79000881102⟧ — водитель ⟦PERSON|Суслов Е.К.⟧; VIN ⟦VEHICLE_ID|Z94CT41DBFR123456⟧ — гос. ⟦VEHICLE_ID|Н660ВХ96⟧ — SIM ⟦PHONE_NUMBER|79000881103⟧ — водитель ⟦PERSON|Пчёлкин А.⟧ (ВУ ⟦RU_DRIVER_LICENSE|66 30 118902⟧)
""")

N("autopay_personal_card", """
Отключить автоплатёж с карты ген. дир. (личная, привязали по ошибке): ⟦CREDIT_CARD|5536 9152 9859 3030⟧, ⟦CARD_EXPIRY|02/27⟧, держатель ⟦PERSON|Ларионов Вадим⟧. Привязать корп. карту орг. — пришлют сами. Связь ⟦PHONE_NUMBER|+7 912 290 11 45⟧, помощница ⟦PERSON|Ника⟧, ⟦EMAIL_ADDRESS|nika.asst@larionov-stroy.ru⟧.
""")

N("registration_vs_legal", """
Сотр. ⟦PERSON|Черных Олеся⟧, д/р ⟦DATE_OF_BIRTH|02.10.1997⟧, прописка ⟦ADDRESS|Свердловская обл., Сысертский р-н, с. Кадников, ул. Лесная, 2⟧; юр. адрес работодателя ⟪org_addr|г. Екатеринбург, ул. Малышева, 51, оф. 1408⟫ — в доп. соглашение пишем юр. адрес, прописку не указывать. Тел. ⟦PHONE_NUMBER|+79617700415⟧.
""")

N("imei_iccid_tsv", """
IMEI\tICCID\tномер\tпольз.
⟦DEVICE_ID|350693990512251⟧\t⟦DEVICE_ID|89701016972283600632⟧\t⟦PHONE_NUMBER|79091100302⟧\t⟦PERSON|Климович⟧
⟦DEVICE_ID|358895600344056⟧\t⟦DEVICE_ID|89701997570712113616⟧\t⟦PHONE_NUMBER|79091100317⟧\t⟦PERSON|Осадчая⟧
⟦DEVICE_ID|355655719510523⟧\t⟦DEVICE_ID|89701018709988062041⟧\t⟦PHONE_NUMBER|79091100320⟧\t⟦PERSON|Бабаян⟧
""")

N("call_summary_de", """
Звонил ⟦PERSON|Иван Ильич⟧ (по DE), он же ⟦PERSON|Тарасов И.И.⟧ из дов. № ⟪poa|55⟫, хотел узнать, какие номера на договоре тратят больше всего. Последние 4 цифры не называла: он мужчина, а номер ⟦PHONE_NUMBER|+7 922 604 11 80⟧ оформлен на женщину — ⟦PERSON|Тарасову Ольгу⟧. Предложила письменный запрос; его e-mail ⟦EMAIL_ADDRESS|tarasov.ii@uralgeo.ru⟧.
""")

# ---- 101-120

N("mistyped_snils", """
СНИЛС сотр. ⟦PERSON|Назарова В.⟧ в реестре кл. ⟦RU_SNILS|106-089-420 24⟧ — не проходит проверку (опечатка в контрольном числе), в скане ⟦RU_SNILS|106-089-420 42⟧. ⟦PERSON|Валерия⟧ подтвердила верный по телефону ⟦PHONE_NUMBER|+7 950 207 36 61⟧; реестр правила ⟦PERSON|Кондратьева М.⟧ (⟦EMAIL_ADDRESS|kondrateva@ural-avtodor.ru⟧).
""")

N("iccid_photo", """
ICCID с фото коробки: ⟦DEVICE_ID|8970 1999 7131 9901 889⟧ (плохо видно, сверили с ⟦DEVICE_ID|8970199971319901889⟧ в партии). Владелец SIM — ⟦PERSON|Сухов Ярослав⟧, ⟦PHONE_NUMBER|+7 904 398 61 05⟧; второй аппарат у него же — IMEI ⟦DEVICE_ID|354422339311621⟧. Фото прислал ⟦PERSON|Ярослав⟧ в ⟪time|23:40⟫, просил не звонить до обеда.
""")

N("slash_abbrev_run", """
дог.⟦CONTRACT_NUMBER|420017856⟧/л.с.⟦ACCOUNT_NUMBER|660044782210⟧/отв.⟦PERSON|Кудашев⟧/т.⟦PHONE_NUMBER|89126550073⟧/счёт за ⟪period|10.25⟫ ⟪amount|12 800⟫ — не пришёл, повторно на ⟦EMAIL_ADDRESS|kudashev@ural-krovlya.ru⟧ + копия ⟦PERSON|Наиле⟧ ⟦EMAIL_ADDRESS|naila.buh@ural-krovlya.ru⟧
""")

N("suspend_list_wrapped", """
Приостановить по заявлению (сотр. в длит. командировке): ⟦PHONE_NUMBER|79222004510⟧ (⟦PERSON|Медведь Е.⟧); ⟦PHONE_NUMBER|79222004511⟧ (⟦PERSON|Кузнец А.⟧);
⟦PHONE_NUMBER|79222004513⟧ (⟦PERSON|Лю Чэн⟧). Срок ⟪period|90 дн.⟫ Заявка ⟪order|SR-771204⟫. Письмо подписал ⟦PERSON|Прохоров-Лейбман Д.⟧, копия ⟦EMAIL_ADDRESS|prohorov@vostokmontazh.ru⟧.
""")

N("ip_flower_shop", """
ИП ⟦PERSON|Чен Анна Викторовна⟧ (ИНН ⟦RU_INN|661487845579⟧, ОГРНИП ⟦RU_OGRN|323668572296973⟧) — магазин «⟪org|Цветы на Шевченко⟫»; адрес ИП ⟦ADDRESS|г. Екатеринбург, ул. Таганская, д. 55, корп. 1, кв. 204⟧. Пять SIM для продавцов, старшая — ⟦PERSON|Рита Огородникова⟧ ⟦PHONE_NUMBER|8 908 920 05 06⟧. Моб. ИП ⟦PHONE_NUMBER|8 908 920 05 05⟧.
""")

N("quoted_reply_poa", """
> ⟦PERSON|Татьяна Геннадьевна⟧, добрый день! Пришлите, пожалуйста, номер доверенности.
Доверенность № ⟪poa|2025-118⟫ на ⟦PERSON|Ступину Т.Г.⟧ во вложении, подписана ⟦PERSON|Чернышёвым В.⟧.
⟦PERSON|Т. Ступина⟧, ⟦PHONE_NUMBER|+7 343 270 05 16⟧, ⟦EMAIL_ADDRESS|stupina@zhbi-7.ru⟧
""")

N("warranty_repair", """
Гарантийный ремонт ⟪brand|Honor X8b⟫, s/n ⟦DEVICE_ID|AY3N2401170382⟧, IMEI ⟦DEVICE_ID|357202305223324⟧; пользователь ⟦PERSON|Нгуен Ван Хунг⟧ (гражданин Вьетнама, переводит бригадир ⟦PERSON|Чан Ван Минь⟧), номер ⟦PHONE_NUMBER|79506011844⟧, бригадира ⟦PHONE_NUMBER|79506011800⟧. Акт АСЦ № ⟪doc|00981⟫ от ⟪date|07.11.2025⟫.
""")

N("double_pipe_export", """
Выгрузка: ⟦PERSON|Голованов Тимофей⟧ | д/р ⟦DATE_OF_BIRTH|22 февр. 1980 г.⟧ | моб. ⟦PHONE_NUMBER|+7-908-600-4420⟧ | ⟦EMAIL_ADDRESS|golovanov.t@ekb-stal.ru⟧ || ⟦PERSON|Ершова Инга⟧ | д/р ⟦DATE_OF_BIRTH|06.1O.1992⟧ | моб. ⟦PHONE_NUMBER|+7-908-600-4431⟧ | ⟦EMAIL_ADDRESS|ershova.i@ekb-stal.ru⟧ || итого ⟪count|2⟫ чел., ⟪amount|0 ₽⟫ подключение
""")

N("harassment_blacklist", """
Сотр. ⟦PERSON|Фомина Ирина⟧ жалуется: на её корп. номер ⟦PHONE_NUMBER|+79126055019⟧ звонит бывший коллега ⟦PERSON|Гуляев⟧ с ⟦PHONE_NUMBER|+79043332211⟧ и с ⟦PHONE_NUMBER|+79043332290⟧. Просит блок входящих с этих номеров (услуга ⟪tariff|«Чёрный список»⟫). ⟦PERSON|Фомина И.⟧ — пользователь, владелец КК — «⟪org|Урал-Энерго⟫», согласие дал ⟦PERSON|Резник М.⟧.
""")

N("address_twice", """
Адрес сотр. для возврата роутера ⟦PERSON|Гайдамак Ю.⟧: ⟦ADDRESS|Екатеринбург, Академика Шварца 20/1-78⟧ (ещё раз из анкеты: ⟦ADDRESS|620144, г. Екатеринбург, ул. Академика Шварца, д. 20, корп. 1, кв. 78⟧). Тел. ⟦PHONE_NUMBER|8 922 613 07 19⟧. Роутер s/n ⟦DEVICE_ID|HW-B311-7C44A019⟧, курьер ⟪order|№ 55-10934⟫.
""")

N("director_guarantee", """
Рассрочка на ⟪count|10⟫ аппаратов под поручительство ген. дир.
⟦PERSON|Зорин Максим Львович⟧: пасп. ⟦RU_PASSPORT|6510 882733⟧, к/п ⟦RU_PASSPORT_DEPT|660-039⟧, д/р ⟦DATE_OF_BIRTH|24.06.1977⟧
ИНН ⟦RU_INN|660897745618⟧, СНИЛС ⟦RU_SNILS|416-529-040 69⟧
адрес ⟦ADDRESS|г. Берёзовский, ул. Строителей, 2-64⟧, моб. ⟦PHONE_NUMBER|+7 912 633 80 80⟧
Сумма ⟪amount|412 900 руб.⟫, орг. ИНН ⟪org_inn|6672335792⟫
""")

N("terse_fragments", """
кл. ⟦PERSON|Овчинникова⟧ (дов.), ⟦PHONE_NUMBER|9043378810⟧ — хочет доп. пакет ⟪tariff|20 ГБ⟫ на ⟦PHONE_NUMBER|9043378822⟧ (⟦PERSON|Ким Ю.⟧) и ⟦PHONE_NUMBER|9043378829⟧ (⟦PERSON|Лаптев⟧). ок, подкл. ⟪datetime|14.11 16:05⟫
""")

N("code_words_holding", """
Кодовые слова по холдингу (НЕ пересылать!): «⟪org|Исеть-Логистик⟫» — ⟦SECRET|Малахит⟧; «⟪org|Исеть-Склад⟫» — ⟦SECRET|малахит-2⟧; ИП ⟦PERSON|Акопян Н.С.⟧ — ⟦SECRET|Арарат1979⟧. Знают только ⟦PERSON|Акопян⟧ и ⟦PERSON|Воронцова Г.⟧ (⟦PHONE_NUMBER|+7 902 440 71 30⟧). Логин ЛК холдинга ⟦LOGIN|iset_holding⟧.
""")

N("activation_form_tabs", """
ЗАЯВКА НА АКТИВАЦИЮ
Абонент (сотр.)\t⟦PERSON|ЛЕВИНА ЕЛЕНА БОРИСОВНА⟧
Номер\t⟦PHONE_NUMBER|+7 9O2 277-03-45⟧
ICCID\t⟦DEVICE_ID|8970199916394884294⟧
Дата\t⟪date|03.11.2025⟫
E-mail\t⟦EMAIL_ADDRESS|levina.eb@nmz-ural.ru⟧
Подпись уполн. лица\t⟦PERSON|Гусейнов Р.⟧ /подпись/  тел. ⟦PHONE_NUMBER|+7 902 277-03-00⟧
""")

N("edo_certificate", """
Для ЭДО просят сертификат на ⟦PERSON|Кочеткову Марину⟧ — у неё СНИЛС ⟦RU_SNILS|760 591 637 19⟧, ИНН ⟦RU_INN|668641944947⟧, e-mail ⟦EMAIL_ADDRESS|m.kochetkova@vostok-avto.ru⟧, моб. ⟦PHONE_NUMBER|+7 912 280 14 49⟧. Оператор ЭДО — ⟪brand|Контур.Диадок⟫. ИНН орг. ⟪org_inn|6632905333⟫. Передала ⟦PERSON|Лизе⟧ из ЭДО-группы.
""")

N("old_contract_refusal", """
Запрос от ⟦PERSON|Ерофеев Г.⟧ (⟦PHONE_NUMBER|+7 912 222 05 40⟧) — кто был владельцем номера ⟦PHONE_NUMBER|+7 912 222 15 16⟧ по договору ⟦CONTRACT_NUMBER|100288347⟧, расторгнут в ⟪date|2018⟫. Отказано (⟪law|152-ФЗ⟫, более 5 лет). ⟦PERSON|Геннадий⟧ сам назвал фамилию прежнего владельца — ⟦PERSON|Шубин⟧, подтверждать не стала.
""")

N("add_inline_mixed", """
Добавить: ⟦PERSON|Пак-Ивановская Дина⟧, ⟦PHONE_NUMBER|+7 950 610 09 90⟧, ⟦DATE_OF_BIRTH|8.3.1995⟧; ⟦PERSON|Ким Ен Су⟧, ⟦PHONE_NUMBER|+7 950 610 09 91⟧, ⟦DATE_OF_BIRTH|30.1.1992⟧; ⟦PERSON|Роза Хайруллина⟧, ⟦PHONE_NUMBER|+7 950 610 09 93⟧; роуминг — нет; от кл. ⟦PERSON|Дина⟧ же и пишет.
""")

N("disputed_card_charge", """
Спорное списание с карты сотр. ⟦PERSON|Лаврентьев Фёдор⟧: ⟦CREDIT_CARD|4279 0138 0084 0992⟧ (⟦CARD_EXPIRY|04/29⟧), ⟪amount|1 250,00⟫ от ⟪date|22.10.2025⟫ за пополнение ⟦PHONE_NUMBER|79120301188⟧. Номер корпоративный, платить должен работодатель. Вернуть на ту же карту. Контакт ⟦PERSON|Фёдор⟧ ⟦PHONE_NUMBER|+7 912 030 11 88⟧.
""")

N("vending_m2m", """
M2M для вендинга «⟪org|Кофе на Ленина⟫»: автоматы по адресам ⟪org_addr|пр. Ленина, 50⟫ (SIM ⟦PHONE_NUMBER|79000300211⟧) и ⟪org_addr|ул. 8 Марта, 46⟫ (SIM ⟦PHONE_NUMBER|79000300212⟧). Техник ⟦PERSON|Голиков Ю.⟧, ⟦PHONE_NUMBER|+7 912 240 06 51⟧. IMEI модемов: ⟦DEVICE_ID|355210292980675⟧, ⟦DEVICE_ID|357325770466837⟧. Владелец сети — ⟦PERSON|Эмиль Гарифуллин⟧.
""")

N("weekly_handoff", """
Итог по «⟪org|Уралтехснаб⟫» за неделю: добавлено ⟪count|9⟫ сотр., исключено ⟪count|3⟫; висит вопрос по ⟦PERSON|Фаттахову⟧ (нет пасп.), по ⟦PERSON|Ильиной-Рябовой⟧ ждём дов. Передаю дела ⟦PERSON|Никите Бушуеву⟧, контакт кл. — ⟦PERSON|Марьям⟧, ⟦PHONE_NUMBER|+7 922 601 45 45⟧, ⟦EMAIL_ADDRESS|maryam.s@uraltehsnab.ru⟧. — ⟦PERSON|Е. Сафонова⟧
""")


if __name__ == "__main__":
    build()
