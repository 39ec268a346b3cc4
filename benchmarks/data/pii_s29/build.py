#!/usr/bin/env python3
"""Blind PII set: whole support conversations (written chat/call logs + ASR call transcripts).
Written by hand as skeleton dialogues with inline markup; values generated deterministically with valid checksums.
Markup:  <<TYPE_KEY>> value slot, <<NEG:text>> hard negative literal, [[a|b|c]] phrasing alternative,
lines start with 'O:' (operator) or 'K:' (client)."""
import json, random, re, os

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------- names ----------------
MALE = [("Зуев","Zuev"),("Корнилов","Kornilov"),("Лаптев","Laptev"),("Шубин","Shubin"),("Воронцов","Vorontsov"),
        ("Гречко","Grechko"),("Мальцев","Maltsev"),("Тихонравов","Tikhonravov"),("Дудин","Dudin"),("Рябов","Ryabov"),
        ("Елисеев","Eliseev"),("Каширин","Kashirin"),("Пантелеев","Panteleev"),("Бахтин","Bakhtin")]
FIRST_M = [("Ксенофонт","k"),("Андрей","a"),("Глеб","g"),("Тимур","t"),("Роман","r"),("Виктор","v"),("Степан","s"),("Олег","o"),("Денис","d"),("Аркадий","a")]
FIRST_F = [("Ксения","k"),("Алла","a"),("Галина","g"),("Тамара","t"),("Римма","r"),("Вера","v"),("Светлана","s"),("Ольга","o"),("Дарья","d"),("Арина","a")]
PATR_M = ["Андреевич","Игоревич","Павлович","Сергеевич","Ильич","Рустамович","Фёдорович","Олегович"]
PATR_F = ["Андреевна","Игоревна","Павловна","Сергеевна","Ильинична","Рустамовна","Фёдоровна","Олеговна"]
def fem(s):
    if s.endswith(("ов","ев","ин")): return s+"а"
    return s  # Гречко
OPS = ["Марина","Илья","Софья","Артём","Наталья","Егор","Алина","Кирилл"]
STREETS = [("ул. Савушкина","улица савушкина"),("пр. Просвещения","проспект просвещения"),("ул. Бассейная","улица бассейная"),
           ("Гражданский пр.","гражданский проспект"),("ул. Ленская","улица ленская"),("наб. Обводного канала","набережная обводного канала"),
           ("ул. Ивановская","улица ивановская"),("пр. Ветеранов","проспект ветеранов"),("ул. Кораблестроителей","улица кораблестроителей")]
CITIES = [("г. Санкт-Петербург","санкт петербург"),("СПб","питер"),("г. Колпино","колпино"),("г. Всеволожск","всеволожск"),("г. Гатчина","гатчина")]
DOMAINS = [("mail.ru","мейл точка ру"),("yandex.ru","яндекс точка ру"),("gmail.com","джимейл точка ком"),("bk.ru","бэ ка точка ру"),("inbox.ru","инбокс точка ру")]
LET = {"А":"а","Б":"бэ","В":"вэ","Г":"гэ","Д":"дэ","Е":"е","Ж":"жэ","З":"зэ","И":"и","К":"ка","Л":"эль","М":"эм","Н":"эн","О":"о",
       "П":"пэ","Р":"эр","С":"эс","Т":"тэ","У":"у","Ф":"эф","Х":"ха","Ю":"ю","Я":"я","Ш":"ша","Ц":"цэ","Ч":"чэ","Щ":"ща","Ы":"ы","Э":"э","Й":"и краткое","Ь":"мягкий знак","Ё":"ё"}

# ---------------- numbers to words ----------------
ONES = "ноль один два три четыре пять шесть семь восемь девять".split()
TEENS = "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()
TENS = ["","","двадцать","тридцать","сорок","пятьдесят","шестьдесят","семьдесят","восемьдесят","девяносто"]
HUND = ["","сто","двести","триста","четыреста","пятьсот","шестьсот","семьсот","восемьсот","девятьсот"]
def w(n):
    assert 0 <= n < 1000
    if n == 0: return "ноль"
    p = []
    if n >= 100: p.append(HUND[n//100]); n %= 100
    if 10 <= n < 20: p.append(TEENS[n-10])
    else:
        if n >= 20: p.append(TENS[n//10])
        if n % 10: p.append(ONES[n%10])
    return " ".join(p)
def chunk(s):
    if len(s) == 4: return chunk(s[:2]) + " " + chunk(s[2:])
    p = []
    while len(s) > 1 and s[0] == "0":
        p.append("ноль"); s = s[1:]
    p.append(w(int(s)))
    return " ".join(p)
def speak(digits, rng, pattern=None):
    """speak a digit string in groups; pattern = list of group sizes"""
    if pattern is None:
        mode = rng.choice(["pairs","triples","mixed","digits"]) if len(digits) <= 12 else rng.choice(["pairs","triples","mixed"])
        if mode == "digits": return " ".join(ONES[int(c)] for c in digits)
        size = {"pairs":[2],"triples":[3],"mixed":[3,2,2,3]}[mode]
        pattern, tot, i = [], 0, 0
        while tot < len(digits):
            g = size[i % len(size)]; g = min(g, len(digits)-tot); pattern.append(g); tot += g; i += 1
    out, i = [], 0
    for g in pattern:
        out.append(chunk(digits[i:i+g])); i += g
    assert i == len(digits)
    return " ".join(out)

DAYS = ("первое второе третье четвёртое пятое шестое седьмое восьмое девятое десятое одиннадцатое двенадцатое тринадцатое "
        "четырнадцатое пятнадцатое шестнадцатое семнадцатое восемнадцатое девятнадцатое двадцатое").split()
DAYS += ["двадцать "+d for d in DAYS[:9]] + ["тридцатое","тридцать первое"]
MON = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
UG = "первого второго третьего четвёртого пятого шестого седьмого восьмого девятого".split()
TG = {1:"десятого",2:"двадцатого",3:"тридцатого",4:"сорокового",5:"пятидесятого",6:"шестидесятого",7:"семидесятого",8:"восьмидесятого",9:"девяностого"}
TEENG = "десятого одиннадцатого двенадцатого тринадцатого четырнадцатого пятнадцатого шестнадцатого семнадцатого восемнадцатого девятнадцатого".split()
def year_gen(y, short):
    t = y % 100
    if y >= 2000:
        head = "двухтысячного" if t == 0 else "две тысячи"
        if t == 0: return head
    else:
        head = "тысяча девятьсот"
    if 10 <= t < 20: tail = TEENG[t-10]
    elif t % 10 == 0: tail = TG[t//10]
    else: tail = TENS[t//10] + " " + UG[t%10-1] if t >= 20 else UG[t-1]
    return tail if (short and y < 2000) else head + " " + tail

# ---------------- checksums ----------------
def inn12(rng):
    d = [rng.randint(0,9) for _ in range(10)]; d[0] = rng.randint(1,9)
    w1 = [7,2,4,10,3,5,9,4,6,8]; d.append(sum(a*b for a,b in zip(w1,d)) % 11 % 10)
    w2 = [3,7,2,4,10,3,5,9,4,6,8]; d.append(sum(a*b for a,b in zip(w2,d)) % 11 % 10)
    return "".join(map(str,d))
def snils(rng):
    d = [rng.randint(0,9) for _ in range(9)]; d[0] = rng.randint(1,9)
    s = sum(x*(9-i) for i,x in enumerate(d))
    if s > 101: s %= 101
    ck = 0 if s in (100,101) else s
    return "".join(map(str,d)) + "%02d" % ck
def luhn_ok(s):
    t = 0
    for i,c in enumerate(reversed(s)):
        x = int(c)
        if i % 2: x *= 2; x -= 9 if x > 9 else 0
        t += x
    return t % 10 == 0
def luhn(prefix, n, rng):
    s = prefix + "".join(str(rng.randint(0,9)) for _ in range(n-len(prefix)-1))
    for c in "0123456789":
        if luhn_ok(s+c): return s+c
BIK = "044030907"  # invented BIK used for the account key
def account20(rng, prefix="40817810"):
    s = prefix + "0" + "".join(str(rng.randint(0,9)) for _ in range(11))
    wts = [7,1,3]*8
    v = BIK[-3:] + s
    tot = sum(int(c)*wts[i] for i,c in enumerate(v))
    key = (tot % 10 * 3) % 10
    s = s[:8] + str(key) + s[9:]
    v = BIK[-3:] + s
    assert sum(int(c)*wts[i] for i,c in enumerate(v)) % 10 == 0
    return s

def digs(rng, n, first_nonzero=True):
    s = "".join(str(rng.randint(0,9)) for _ in range(n))
    if first_nonzero and s[0] == "0": s = str(rng.randint(1,9)) + s[1:]
    return s

# ---------------- profile ----------------
def profile(i, rng):
    g = rng.choice("mf")
    sur, lat = MALE[(i*5) % len(MALE)]
    fi = rng.randrange(10)
    first, ini = (FIRST_M if g == "m" else FIRST_F)[fi]
    patr = rng.choice(PATR_M if g == "m" else PATR_F)
    if g == "f": sur = fem(sur)
    rs, _ = MALE[(i*5+3) % len(MALE)]
    rg = rng.choice("mf"); rfirst = rng.choice(FIRST_M if rg == "m" else FIRST_F)[0]
    rpatr = rng.choice(PATR_M if rg == "m" else PATR_F)
    if rg == "f": rs = fem(rs)
    relm = (MALE[(i*5+7) % len(MALE)][0], rng.choice(FIRST_M)[0], rng.choice(PATR_M))
    rf = MALE[(i*5+9) % len(MALE)][0]; relf = (fem(rf), rng.choice(FIRST_F)[0], rng.choice(PATR_F))
    cdob = (rng.randint(1,28), rng.randint(1,12), rng.randint(2011, 2020))
    y = rng.randint(1952, 2008); m = rng.randint(1,12); d = rng.randint(1,28)
    street = rng.choice(STREETS); city = rng.choice(CITIES)
    p = dict(relm=relm, relf=relf, cdob=cdob, g=g, sur=sur, first=first, patr=patr, lat=lat.lower() + ("a" if g == "f" and sur.endswith("а") and not lat.endswith("o") else ""),
             ini=ini, rsur=rs, rfirst=rfirst, rpatr=rpatr,
             phone="9" + digs(rng, 9, False), phone2="9" + digs(rng, 9, False),
             dob=(d,m,y), street=street, city=city, house=rng.randint(1,120), korp=rng.choice([None,None,1,2,3]), kv=rng.randint(1,340),
             pser=digs(rng,4), pnum=digs(rng,6), dept="78" + str(rng.randint(0,9)) + "%03d" % rng.randint(1,99),
             inn=inn12(rng), snils=snils(rng), card=luhn(rng.choice(["4276","5469","2202","4279"]), 16, rng),
             exp=(rng.randint(1,12), rng.randint(27,31)), cvv=digs(rng,3), acc=account20(rng),
             oms=luhn("78", 16, rng), dl=digs(rng,4)+digs(rng,6,False), bc=(rng.choice(["I","II","III","IV"]), rng.choice(["АК","ЛО","ВО","РЕ","ЕР","АГ"]), digs(rng,6)),
             contract=digs(rng,10,False) if rng.random() < .5 else "3" + digs(rng,8), ls=digs(rng,12),
             ip=".".join(str(x) for x in [rng.choice([31,46,77,85,95,178,188,212]), rng.randint(1,254), rng.randint(0,254), rng.randint(1,254)]),
             login_n=rng.randint(10,99), dom=rng.choice(DOMAINS), op=OPS[i % len(OPS)], tmp=digs(rng,4))
    return p

ROMAN_W = {"I":"один","II":"два","III":"три","IV":"четыре"}
def written(key, p, rng):
    d,m,y = p["dob"]
    ph = lambda n: rng.choice(["+7 ({}) {}-{}-{}".format(n[:3],n[3:6],n[6:8],n[8:]), "8{}".format(n), "8 {} {} {} {}".format(n[:3],n[3:6],n[6:8],n[8:]),
                               "+7{}".format(n), "8-{}-{}-{}-{}".format(n[:3],n[3:6],n[6:8],n[8:])])
    F = {
      "FIO": lambda: f"{p['sur']} {p['first']} {p['patr']}",
      "SUR": lambda: p["sur"], "FIRST": lambda: p["first"], "IO": lambda: f"{p['first']} {p['patr']}",
      "FI": lambda: f"{p['first']} {p['sur']}", "INIT": lambda: f"{p['sur']} {p['first'][0]}.{p['patr'][0]}.",
      "sur": lambda: p["sur"].lower(),
      "REL": lambda: f"{p['rsur']} {p['rfirst']} {p['rpatr']}", "RELF": lambda: p["rfirst"], "RELIO": lambda: f"{p['rfirst']} {p['rpatr']}",
      "REL_M": lambda: " ".join((p["relm"][0], p["relm"][1], p["relm"][2])), "REL_F": lambda: " ".join(p["relf"]),
      "RELF_M": lambda: p["relm"][1], "RELF_F": lambda: p["relf"][1], "RELIO_F": lambda: f"{p['relf'][1]} {p['relf'][2]}",
      "CDOB": lambda: rng.choice([f"{p['cdob'][0]:02d}.{p['cdob'][1]:02d}.{p['cdob'][2]}", f"{p['cdob'][0]} {MON[p['cdob'][1]-1]} {p['cdob'][2]} года"]),
      "PHONE": lambda: ph(p["phone"]), "PHONE2": lambda: ph(p["phone2"]),
      "EMAIL": lambda: f"{p['lat']}.{p['ini']}{p['login_n']}@{p['dom'][0]}" if rng.random()<.5 else f"{p['ini']}.{p['lat']}@{p['dom'][0]}",
      "ADDR": lambda: "{}, {}, д. {}{}, кв. {}".format(p["city"][0], p["street"][0], p["house"], f", корп. {p['korp']}" if p["korp"] else "", p["kv"]),
      "DOB": lambda: rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {MON[m-1]} {y}", f"{d} {MON[m-1]} {y} года"]),
      "PASS": lambda: rng.choice([f"{p['pser'][:2]} {p['pser'][2:]} {p['pnum']}", f"{p['pser']} {p['pnum']}", f"{p['pser']}{p['pnum']}"]),
      "DEPT": lambda: f"{p['dept'][:3]}-{p['dept'][3:]}",
      "INN": lambda: p["inn"],
      "SNILS": lambda: rng.choice([f"{p['snils'][:3]}-{p['snils'][3:6]}-{p['snils'][6:9]} {p['snils'][9:]}", p["snils"]]),
      "CARD": lambda: rng.choice([" ".join(p["card"][i:i+4] for i in range(0,16,4)), p["card"]]),
      "EXP": lambda: f"{p['exp'][0]:02d}/{p['exp'][1]}", "CVV": lambda: p["cvv"],
      "ACC": lambda: p["acc"], "OMS": lambda: rng.choice([p["oms"], " ".join(p["oms"][i:i+4] for i in range(0,16,4))]),
      "DL": lambda: rng.choice([f"{p['dl'][:2]} {p['dl'][2:4]} {p['dl'][4:]}", f"{p['dl'][:4]} {p['dl'][4:]}"]),
      "BC": lambda: rng.choice([f"{p['bc'][0]}-{p['bc'][1]} {p['bc'][2]}", f"{p['bc'][0]}{p['bc'][1]} {p['bc'][2]}"]),
      "CONTRACT": lambda: p["contract"], "LS": lambda: p["ls"], "IP": lambda: p["ip"],
      "LOGIN": lambda: f"{p['lat']}_{p['ini']}{p['login_n']}",
    }
    return F[key]()

def asr(key, p, rng):
    d,m,y = p["dob"]
    ph = lambda n: rng.choice([("восемь " if rng.random()<.7 else "плюс семь ") + speak(n, rng, [3,3,2,2]), speak("8"+n, rng, [1,3,3,2,2]),
                               speak(n, rng, [3,3,2,2]), "восемь " + " ".join(ONES[int(c)] for c in n)])
    addr = lambda: "{} {} дом {}{} квартира {}".format(p["city"][1], p["street"][1], w(p["house"]), f" корпус {w(p['korp'])}" if p["korp"] else "", w(p["kv"]))
    F = {
      "FIO": lambda: f"{p['sur']} {p['first']} {p['patr']}".lower(),
      "SUR": lambda: p["sur"].lower(), "FIRST": lambda: p["first"].lower(), "IO": lambda: f"{p['first']} {p['patr']}".lower(),
      "FI": lambda: f"{p['first']} {p['sur']}".lower(), "INIT": lambda: f"{p['sur']} {p['first']}".lower(), "sur": lambda: p["sur"].lower(),
      "SPELL": lambda: " ".join(LET[c] for c in p["sur"].upper()),
      "REL": lambda: f"{p['rsur']} {p['rfirst']} {p['rpatr']}".lower(), "RELF": lambda: p["rfirst"].lower(), "RELIO": lambda: f"{p['rfirst']} {p['rpatr']}".lower(),
      "REL_M": lambda: " ".join(p["relm"]).lower(), "REL_F": lambda: " ".join(p["relf"]).lower(),
      "RELF_M": lambda: p["relm"][1].lower(), "RELF_F": lambda: p["relf"][1].lower(), "RELIO_F": lambda: f"{p['relf'][1]} {p['relf'][2]}".lower(),
      "CDOB": lambda: f"{DAYS[p['cdob'][0]-1]} {MON[p['cdob'][1]-1]} {year_gen(p['cdob'][2], False)}" + rng.choice([""," года"]),
      "PHONE": lambda: ph(p["phone"]), "PHONE2": lambda: ph(p["phone2"]),
      "EMAIL": lambda: f"{p['sur'].lower()} точка {LET[p['first'][0]]} собака {p['dom'][1]}",
      "ADDR": addr,
      "DOB": lambda: f"{DAYS[d-1]} {MON[m-1]} {year_gen(y, rng.random()<.5)}" + rng.choice([""," года"]),
      "PASS": lambda: speak(p["pser"], rng, [2,2]) + " " + speak(p["pnum"], rng),
      "DEPT": lambda: speak(p["dept"], rng, [3,3]),
      "INN": lambda: speak(p["inn"], rng), "SNILS": lambda: speak(p["snils"], rng, [3,3,3,2]),
      "CARD": lambda: speak(p["card"], rng, [4,4,4,4]) if rng.random()<.3 else speak(p["card"], rng, [2]*8),
      "EXP": lambda: rng.choice([f"{chunk('%02d' % p['exp'][0])} {w(p['exp'][1])}", f"{w(p['exp'][0])} {w(p['exp'][1])}"]),
      "CVV": lambda: rng.choice([w(int(p["cvv"])) if p["cvv"][0] != "0" else chunk(p["cvv"]), " ".join(ONES[int(c)] for c in p["cvv"])]),
      "ACC": lambda: speak(p["acc"], rng, [3,2,3,1,4,3,4]) if rng.random()<.5 else speak(p["acc"], rng, [2]*10),
      "OMS": lambda: speak(p["oms"], rng, [4,4,4,4]) if rng.random()<.5 else speak(p["oms"], rng, [2]*8),
      "DL": lambda: speak(p["dl"], rng, [2,2,3,3]),
      "BC": lambda: f"{ROMAN_W[p['bc'][0]]} {' '.join(LET[c] for c in p['bc'][1])} {speak(p['bc'][2], rng, [3,3])}",
      "CONTRACT": lambda: speak(p["contract"], rng), "LS": lambda: speak(p["ls"], rng),
      "IP": lambda: " точка ".join(w(int(x)) for x in p["ip"].split(".")),
      "LOGIN": lambda: f"{p['sur'].lower()} нижнее подчёркивание {LET[p['first'][0]]} {w(p['login_n'])}",
    }
    return F[key]()

TYPE = dict(FIO="PERSON",SUR="PERSON",FIRST="PERSON",IO="PERSON",FI="PERSON",INIT="PERSON",sur="PERSON",SPELL="PERSON",REL="PERSON",RELF="PERSON",RELIO="PERSON",REL_M="PERSON",REL_F="PERSON",RELF_M="PERSON",RELF_F="PERSON",RELIO_F="PERSON",CDOB="DATE_OF_BIRTH",
            PHONE="PHONE_NUMBER",PHONE2="PHONE_NUMBER",EMAIL="EMAIL_ADDRESS",ADDR="ADDRESS",DOB="DATE_OF_BIRTH",PASS="RU_PASSPORT",
            DEPT="RU_PASSPORT_DEPT",INN="RU_INN",SNILS="RU_SNILS",CARD="CREDIT_CARD",EXP="CARD_EXPIRY",CVV="CARD_CVV",ACC="BANK_ACCOUNT",
            OMS="RU_OMS",DL="RU_DRIVER_LICENSE",BC="RU_BIRTH_CERTIFICATE",CONTRACT="CONTRACT_NUMBER",LS="ACCOUNT_NUMBER",IP="IP_ADDRESS",LOGIN="LOGIN")

ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
TOK = re.compile(r"<<(NEG:[^>]*|OP|[A-Za-z0-9_]+)>>")

def render(skel, p, rng, mode, labels):
    s = skel.strip("\n")
    while ALT.search(s):
        s = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), s, count=1)
    text, gold, negs = "", [], []
    lines = [l.strip() for l in s.split("\n") if l.strip()]
    for li, line in enumerate(lines):
        who, body = line[:2], line[2:].strip()
        lab = labels[0] if who == "O:" else labels[1]
        if li: text += "\n"
        if who == "K:" and not any(n["text"] == lab for n in negs):
            negs.append(dict(start=len(text), end=len(text)+len(lab), text=lab))
        text += lab + " "
        pos = 0
        for m in TOK.finditer(body):
            text += body[pos:m.start()]; pos = m.end()
            t = m.group(1)
            if t.startswith("NEG:"):
                v = "".join(str(rng.randint(0,9)) if ch == "#" else ch for ch in t[4:]); negs.append(dict(start=len(text), end=len(text)+len(v), text=v)); text += v
            elif t == "OP":
                v = p["op"] if mode == "w" else p["op"].lower()
                negs.append(dict(start=len(text), end=len(text)+len(v), text=v)); text += v
            else:
                v = written(t, p, rng) if mode == "w" else asr(t, p, rng)
                gold.append(dict(type=TYPE[t], start=len(text), end=len(text)+len(v))); text += v
        text += body[pos:]
    return text, gold, negs

# ================= WRITTEN SKELETONS =================
W = [
"""O: Здравствуйте, меня зовут <<OP>>, [[чем могу помочь?|слушаю вас.|по какому вопросу?]]
K: Добрый день. Хочу переоформить номер на себя, сейчас он на маме — <<REL_F>>.
O: Для переоформления нужен визит в офис с паспортом, например <<NEG:Невский пр., д. 28>>. Назовите, пожалуйста, ваши ФИО.
K: <<FIO>>, паспорт <<PASS>>, код подразделения <<DEPT>>.
O: Спасибо. Заявка <<NEG:№ ##-######>> создана, дата визита — <<NEG:1#.12.2026>>.
K: Контактный телефон для связи <<PHONE2>>.""",
"""O: Добрый вечер! Специалист <<OP>>, оператор <<NEG:№ 4###>>.
K: Здравствуйте, у меня списали <<NEG:349 руб.>> за подписку, [[я её не подключал(а)|я ничего такого не подключала|а я не заказывал]].
O: Назовите, пожалуйста, ФИО владельца и дату рождения.
K: [[Я владелец|Номер мой]], <<FIO>>, <<DOB>>.
O: Спасибо, <<IO>>. Возврат оформлен на карту <<NEG:*####>>.
K: А чек пришлите на почту <<EMAIL>>, пожалуйста.
O: Хорошо, отправлю. Тариф остаётся «<<NEG:Мой онлайн+>>».""",
"""K: Алло, хочу оплатить долг картой прямо сейчас.
O: Назовите номер карты полностью, срок действия и код на обороте.
K: <<CARD>>, действует до <<EXP>>, код <<CVV>>.
O: Списание <<NEG:1 280,00 ₽>> прошло. Номер платежа <<NEG:8#######>>.
K: Спасибо. Карта, кстати, на жену оформлена, <<RELIO_F>>, это проблема?
O: Нет, платёж зачислен на лицевой счёт <<LS>>.""",
"""O: Служба поддержки, <<OP>>. Слушаю.
K: Добрый день, я индивидуальный предприниматель <<INIT>>, нужен акт сверки.
O: Назовите ИНН.
K: <<INN>>. Расчётный счёт для возврата переплаты — <<ACC>>.
O: Принято. Акт будет готов до <<NEG:20.12.2026>>, отправим по договору <<CONTRACT>>.
K: Отлично, и копию на <<EMAIL>>.""",
"""O: Здравствуйте! Чем помочь?
K: Меня взломали, в личный кабинет кто-то заходил. Логин <<LOGIN>>.
O: Вижу вход с адреса <<IP>> вчера в <<NEG:2#:4#>>.
K: Это не я. Я был дома, <<ADDR>>.
O: Пароль сбросила, временный код придёт на <<PHONE>>.
K: Спасибо. Обращение <<NEG:INC-2026-00#####>> запишу.""",
"""O: Контактный центр, меня зовут <<OP>>.
K: Добрый день, хочу оформить семейный тариф на ребёнка, <<RELF>>.
O: Для детского номера нужно свидетельство о рождении. Номер и серия?
K: <<BC>>. Ребёнок — <<RELF>>, дата рождения <<CDOB>>.
O: Спасибо. Стоимость тарифа — <<NEG:450 рублей в месяц>>.
K: Хорошо. Мой номер <<PHONE>>, я [[родитель|законный представитель]], <<FI>>.""",
"""O: Добрый день, оператор <<NEG:№ 2###>>, <<OP>>.
K: Здравствуйте, я [[пытаюсь|хочу]] подключить госуслуги через вашу SIM, просят СНИЛС.
O: Назовите СНИЛС и ФИО.
K: <<SNILS>>, <<FIO>>.
O: Сверила. Полис ОМС тоже указать для записи к врачу?
K: Да, <<OMS>>. И свидетельство сына для его полиса: <<BC>>.
O: Готово. Справка — <<NEG:0611>> с мобильного.""",
"""K: Здравствуйте, меня оштрафовали за вождение, просят привязать номер к водительскому.
O: Здравствуйте! Назовите номер водительского удостоверения.
K: <<DL>>, выдано на <<FIO>>.
O: Спасибо. Уведомления пойдут на <<PHONE>>.
K: А ещё смените адрес доставки счетов: <<ADDR>>.
O: Сделано. Офис выдачи — <<NEG:ул. Марата, д. 9>>, если захотите бумажный счёт.""",
"""O: Здравствуйте, <<OP>>, [[чем могу быть полезна|слушаю]]?
K: Звоню по договору <<CONTRACT>>, он расторгнут в <<NEG:2019 году>>.
O: Представьтесь, пожалуйста.
K: <<SUR>> <<FIRST>>. Дата рождения <<DOB>>.
O: Уточните номер паспорта, указанный в договоре.
K: <<PASS>>, выдан <<NEG:12.05.2015>>, код <<DEPT>>.
O: Спасибо, данные совпадают.""",
"""K: Алло, это снова я, насчёт возврата денег за номер <<NEG:8-800-700-0611>> не дозвониться.
O: Здравствуйте. ФИО и номер, с которого были списания?
K: <<FIO>>, номер <<PHONE>>.
O: Вижу. Возврат можем перечислить на счёт. Назовите 20-значный номер счёта.
K: <<ACC>>, получатель — я.
O: Принято, срок до <<NEG:10 рабочих дней>>. Номер обращения <<NEG:###-###>>.""",
"""O: Чат поддержки. Меня зовут <<OP>>.
K: Привет. Не могу зайти в приложение, пишет неверный логин.
O: Какой логин используете?
K: <<LOGIN>>, почта привязана <<EMAIL>>.
O: Попробуйте сбросить пароль. Последний вход был с IP <<IP>>, ваш?
K: Да, это домашний.
O: Отлично. Тариф «<<NEG:Безлимит Про>>» за <<NEG:690 ₽>> активен.""",
"""K: Добрый день, я представитель по доверенности. Владелица — <<REL_F>>, моя бабушка.
O: Здравствуйте. Ваши ФИО и паспорт?
K: <<FIO>>, <<PASS>>.
O: Для смены тарифа нужен лицевой счёт.
K: <<LS>>. Адрес бабушки, если нужен, <<ADDR>>, полис ОМС у неё <<OMS>>.
O: Не нужен, спасибо. Смену тарифа проведу с <<NEG:01.01.2027>>.""",
"""O: Здравствуйте, <<OP>>, поддержка.
K: Здравствуйте. Хочу подключить автоплатёж с карты.
O: Для привязки укажите номер карты и срок.
K: <<CARD>>, срок <<EXP>>.
O: CVV не называйте, он введётся в приложении. Автоплатёж на <<NEG:500 ₽>> при балансе ниже <<NEG:100 ₽>>.
K: Хорошо. Контакт для уведомлений — [[супруг(а)|родственник]] <<RELF>>, номер <<PHONE2>>.""",
"""O: Добрый день! Меня зовут <<OP>>.
K: Здравствуйте. Мне звонили якобы от вас, просили продиктовать CVV.
O: Мы никогда не просим CVV. Вы что-то сообщили?
K: Да, к сожалению: карту <<CARD>>, <<EXP>> и код <<CVV>>.
O: Срочно заблокируйте карту в банке. С какого номера звонили?
K: С <<NEG:+7 495 000-00-00>>, представились службой безопасности. Я <<FIO>>, для протокола.""",
"""O: Добрый день, салон-офис на <<NEG:ул. Садовой, д. 38>>, <<OP>>.
K: Здравствуйте. Оформляю корпоративную SIM на водителя, <<REL_M>>. Водительское у него <<DL>>.
O: Для договора также нужен паспорт водителя.
K: Паспорт его не помню, есть только СНИЛС: <<SNILS>> и его ИНН <<INN>>.
O: Не подойдёт, нужен паспорт. Ваш телефон для уведомления?
K: <<PHONE>>, <<FI>>.""",
"""O: Здравствуйте! Вы позвонили в службу поддержки, меня зовут <<OP>>.
K: Добрый день. Пришёл счёт на <<NEG:2 140 ₽>>, хотя тариф «<<NEG:Мой Питер>>» стоит <<NEG:650 ₽>>.
O: Назовите номер лицевого счёта, пожалуйста.
K: ЛС <<LS>>, владелец — <<INIT>>.
O: Вижу роуминг с <<NEG:03.11.2026>> по <<NEG:09.11.2026>>. Детализацию выслать на e-mail?
K: Да, на <<EMAIL>>.""",
"""K: Добрый день, я по поводу утерянной SIM. Номер <<PHONE>>.
O: Здравствуйте, меня зовут <<OP>>. Номер заблокирован с <<NEG:12:05>>. Для восстановления назовите ФИО и паспорт.
K: <<FIO>>. Паспорт <<PASS>>, выдан ГУ МВД по г. Санкт-Петербургу, код <<DEPT>>.
O: Спасибо. Дата рождения?
K: <<DOB>>.
O: Новую SIM можно получить в офисе <<NEG:пр. Энгельса, д. 154>> бесплатно.""",
"""O: Добрый день! <<OP>>, служба качества.
K: Хочу пожаловаться: ваш сотрудник назвал мой адрес другому человеку! Я <<FIO>>.
O: Приношу извинения. Какой адрес был назван?
K: <<ADDR>>. Звонил бывший муж, <<REL_M>>, с номера <<PHONE2>>.
O: Передаю жалобу на линию супервизоров, номер обращения <<NEG:SR-#######>>.
K: И ответ пришлите на <<EMAIL>>, по телефону не надо.""",
"""O: Здравствуйте, чат поддержки интернета, <<OP>>.
K: Домашний интернет не работает с утра. Договор <<CONTRACT>>.
O: Проверяю. На вашем роутере внешний IP <<IP>>, сессия обрывается.
K: Адрес подключения <<ADDR>>, если что.
O: Создала заявку <<NEG:№ ####-##>>, мастер приедет <<NEG:07.12.2026>> с <<NEG:10:00>> до <<NEG:14:00>>.
K: Пусть позвонит заранее на <<PHONE>>, спросит <<FIRST>>.""",
"""K: Здравствуйте, хочу вернуть остаток с закрытого номера на карту.
O: Здравствуйте, меня зовут <<OP>>. Остаток <<NEG:312 рублей 40 копеек>>. Номер договора?
K: <<CONTRACT>>, оформлен на <<FIO>>.
O: Номер карты для перевода, полностью.
K: <<CARD>>. Ой, простите, ещё срок надо? <<EXP>>.
O: Срок не требуется, спасибо. Переведём в течение <<NEG:30 дней>>.""",
]
# ================= ASR SKELETONS =================
A = [
"""O: <<NEG:здравствуйте>> меня зовут <<OP>> чем могу помочь
K: <<NEG:алло>> да здравствуйте я хочу номер переоформить на себя
O: назовите пожалуйста фамилию имя отчество
K: <<FIO>>
O: по буквам фамилию пожалуйста
K: <<SPELL>>
O: и паспорт серия номер
K: <<PASS>>
O: код подразделения
K: ээ <<DEPT>>
O: спасибо заявка номер <<NEG:пятьсот семьдесят один двести четыре>> создана""",
"""O: добрый день оператор <<OP>> слушаю вас
K: да у меня списали <<NEG:триста сорок девять рублей>> за подписку
O: назовите владельца номера и дату рождения
K: <<FIO>> [[дата рождения|родилась|а родился]] <<DOB>>
O: спасибо возврат оформлю на карту на <<NEG:сорок восемь двадцать один>>
K: и на почту пришлите <<EMAIL>>
O: хорошо""",
"""K: алло хочу оплатить долг картой
O: назовите номер карты
K: <<CARD>>
O: срок действия
K: до <<EXP>>
O: и код с обратной стороны
K: <<CVV>>
O: оплата <<NEG:тысяча двести восемьдесят рублей>> прошла на лицевой счёт <<LS>>""",
"""O: поддержка меня зовут <<OP>>
K: здравствуйте это <<FI>> предприниматель мне акт сверки нужен
O: назовите инн
K: <<INN>>
O: и номер договора
K: сейчас секунду <<CONTRACT>>
O: принято акт будет до <<NEG:двадцатого декабря>>
K: и переплату верните на расчётный счёт <<ACC>>""",
"""O: здравствуйте слушаю
K: у меня в личный кабинет кто то зашёл логин <<LOGIN>>
O: вижу вход с адреса <<IP>>
K: это не я я был дома <<ADDR>>
O: временный пароль отправлю на номер
K: да на <<PHONE>>""",
"""O: здравствуйте <<OP>> чем помочь
K: хочу ребёнку сим карту оформить дочке <<RELF_F>>
O: нужно свидетельство о рождении серия и номер
K: <<BC>>
O: дата рождения ребёнка
K: <<CDOB>>
O: и ваши фамилия имя
K: <<FI>> телефон мой <<PHONE>>""",
"""O: добрый день оператор номер <<NEG:двадцать девять ноль три>> <<OP>>
K: здравствуйте мне для госуслуг снилс подтвердить надо
O: продиктуйте снилс
K: <<SNILS>>
O: и полис омс если хотите привязать
K: ага <<OMS>>
O: готово справка по номеру <<NEG:ноль шестьсот одиннадцать>>""",
"""K: здравствуйте хочу привязать номер к водительскому удостоверению
O: назовите номер удостоверения
K: <<DL>>
O: на кого выдано
K: на меня <<FIO>>
O: уведомления придут на номер <<NEG:заканчивающийся на>> <<NEG:сорок пять шестьдесят семь>> верно
K: нет на новый <<PHONE2>>""",
"""O: здравствуйте <<OP>> слушаю вас
K: я по договору <<CONTRACT>> он расторгнут давно
O: представьтесь пожалуйста
K: <<SUR>> <<IO>>
O: дата рождения
K: <<DOB>>
O: паспорт
K: <<PASS>> код подразделения <<DEPT>>""",
"""K: <<NEG:алло>> алло вы меня слышите
O: да слышу здравствуйте
K: мне нужен возврат денег на счёт
O: назовите двадцатизначный номер счёта
K: <<ACC>>
O: и фамилию имя отчество получателя
K: <<FIO>> это я
O: возврат до <<NEG:десяти рабочих дней>>""",
"""O: поддержка <<OP>> здравствуйте
K: не могу войти в приложение
O: какой логин
K: <<LOGIN>>
O: почта привязана какая
K: <<EMAIL>>
O: последний вход был с адреса <<IP>> это вы
K: да наверное
O: тариф <<NEG:безлимит про>> за <<NEG:шестьсот девяносто рублей>> активен""",
"""K: здравствуйте я по доверенности за бабушку <<REL_F>>
O: здравствуйте ваши данные пожалуйста
K: <<FIO>> паспорт <<PASS>> и снилс если надо <<SNILS>>
O: лицевой счёт бабушки
K: <<LS>>
O: спасибо адрес доставки счетов
K: <<ADDR>>""",
"""O: здравствуйте меня зовут <<OP>>
K: мне звонили от вас и просили код с карты
O: вы что то сообщили
K: да номер карты <<CARD>> и срок <<EXP>> и код <<CVV>>
O: срочно заблокируйте карту в банке а звонили с какого номера
K: с <<NEG:восемь восемьсот семьсот ноль шестьсот одиннадцать>> как будто ваш
O: с этого номера мы так не звоним""",
"""O: здравствуйте <<OP>> слушаю
K: хочу сменить контактный номер [[мужа|супруга]] <<REL_M>>
O: какой номер указать
K: <<PHONE2>>
O: а ваш инн для анкеты
K: <<INN>>
O: и дата вашего рождения
K: <<DOB>>""",
"""O: добрый день <<OP>> слушаю
K: здравствуйте мне нужно привязать номер сына <<RELF_M>> к полису
O: полис омс назовите
K: <<OMS>>
O: и свидетельство о рождении
K: <<BC>>
O: ваше водительское удостоверение тоже нужно как документ
K: ну вот <<DL>>""",
"""O: служба поддержки меня зовут <<OP>> слушаю
K: да здравствуйте у меня симку украли
O: сочувствую назовите номер
K: <<PHONE>>
O: фамилия имя отчество владельца
K: <<FIO>> ой то есть это я
O: дата рождения
K: э щас <<DOB>>
O: блокирую номер с <<NEG:двенадцати ноль пяти>> новая сим в офисе бесплатно""",
"""O: здравствуйте <<OP>> чем могу помочь
K: мне счёт пришёл на <<NEG:две тысячи сто сорок рублей>> а тариф за <<NEG:шестьсот пятьдесят>>
O: назовите лицевой счёт
K: так лицевой счёт <<LS>>
O: вижу роуминг с <<NEG:третьего ноября>> детализацию куда отправить
K: на почту <<EMAIL>>""",
"""K: алло здравствуйте у меня жалоба ваш сотрудник назвал мой адрес постороннему
O: здравствуйте меня зовут <<OP>> как к вам обращаться
K: <<FI>>
O: какой адрес был назван
K: <<ADDR>>
O: а кто звонил
K: бывший муж <<REL_M>>
O: передаю жалобу супервизору номер обращения <<NEG:семьсот двенадцать триста сорок>>""",
"""O: поддержка домашнего интернета <<OP>> здравствуйте
K: здрасьте интернет не работает номер договора <<CONTRACT>>
O: вижу у вас внешний адрес <<IP>>
K: ну наверное я не разбираюсь адрес подключения <<ADDR>>
O: мастер приедет <<NEG:седьмого декабря>> с <<NEG:десяти до двух>>
K: пусть спросит <<FIRST>> и позвонит на <<PHONE>>""",
"""O: здравствуйте <<OP>> слушаю вас
K: хочу вернуть остаток с закрытого номера на карту
O: на кого был договор
K: на меня <<FIO>>
O: назовите номер карты полностью
K: <<CARD>>
O: спасибо деньги придут в течение <<NEG:тридцати дней>>""",
]

def split_phone(p, rng):
    """value split over two client turns: returns (piece1, piece2)"""
    n = p["phone2"]
    a = "восемь " + speak(n[:3], rng, [3]) if rng.random()<.6 else speak(n[:3], rng, [3])
    b = speak(n[3:], rng, [3,2,2])
    return a, b

def build(skels, mode, prefix, n=70):
    rows, negrows = [], []
    labels_w = [("Оператор:","Клиент:"),("Специалист:","Абонент:"),("Оператор:","Абонент:")]
    for i in range(n):
        rng = random.Random(f"{prefix}-{i}")
        p = profile(i + (0 if mode == "w" else 1000), rng)
        skel = skels[i % len(skels)]
        labels = labels_w[i % 3] if mode == "w" else ("оператор:","клиент:")
        text, gold, negs = render(skel, p, rng, mode, labels)
        # ASR extras: a phone number split across turns in every 3rd conversation; self-correction in every 5th
        if mode == "a" and i % 3 == 0 and text.count("\n") <= 9:
            a, b = split_phone(p, rng)
            extra_pre = "\nоператор: и контактный номер для связи\nклиент: "
            s1 = len(text) + len(extra_pre); t1 = text + extra_pre + a
            mid = "\nоператор: <<NEG>>да\nклиент: ".replace("<<NEG>>", "")
            s2 = len(t1) + len(mid); t2 = t1 + mid + b
            negs.append(dict(start=len(t1)+len("\nоператор: "), end=len(t1)+len("\nоператор: да"), text="да"))
            gold += [dict(type="PHONE_NUMBER", start=s1, end=s1+len(a)), dict(type="PHONE_NUMBER", start=s2, end=s2+len(b))]
            text = t2
        if mode == "a" and i % 5 == 1 and text.count("\n") <= 11:
            # misheard digit + self-correction: client repeats corrected contract number
            wrong = list(p["contract"]); k = rng.randrange(len(wrong)); wrong[k] = str((int(wrong[k]) + 1) % 10); wrong = "".join(wrong)
            pre = "\nоператор: записала номер договора " ; v1 = speak(wrong, rng, [3,3,2,2]) if len(wrong)==10 else speak(wrong, rng, [3,3,3])
            s1 = len(text) + len(pre); t1 = text + pre + v1
            mid = "\nклиент: нет нет не так " ; v2 = " ".join(ONES[int(c)] for c in p["contract"])
            s2 = len(t1) + len(mid); text = t1 + mid + v2
            gold += [dict(type="CONTRACT_NUMBER", start=s1, end=s1+len(v1)), dict(type="CONTRACT_NUMBER", start=s2, end=s2+len(v2))]
        if mode == "w" and i % 4 == 2:
            add = f"\n{labels[0]} Спасибо за обращение, <<OP>>! Оцените, пожалуйста, разговор по SMS с номера 0611."
            o = len(text) + len(f"\n{labels[0]} Спасибо за обращение, ")
            text += add.replace("<<OP>>", p["op"])
            negs.append(dict(start=o, end=o+len(p["op"]), text=p["op"]))
            o2 = text.rindex("0611"); negs.append(dict(start=o2, end=o2+4, text="0611"))
        gold.sort(key=lambda g: g["start"]); negs.sort(key=lambda g: g["start"])
        rid = f"{prefix}{i+1:03d}"
        rows.append(dict(id=rid, text=text, gold=gold)); negrows.append(dict(id=rid, negatives=negs))
    return rows, negrows

def check(rows, negrows, mode):
    from collections import Counter
    c = Counter(); tot = 0
    for r, nr in zip(rows, negrows):
        t = r["text"]; prev = 0
        turns = t.split("\n"); assert 4 <= len(turns) <= 14, (r["id"], len(turns))
        for g in r["gold"]:
            assert 0 <= g["start"] < g["end"] <= len(t) and g["start"] >= prev, (r["id"], g)
            prev = g["end"]; seg = t[g["start"]:g["end"]]
            assert seg == seg.strip() and seg, (r["id"], seg)
            assert "\n" not in seg and ":" not in seg or g["type"] in ("IP_ADDRESS",), (r["id"], seg)
            c[g["type"]] += 1; tot += 1
        for n in nr["negatives"]:
            assert t[n["start"]:n["end"]] == n["text"], (r["id"], n)
            for g in r["gold"]:
                assert n["end"] <= g["start"] or n["start"] >= g["end"], (r["id"], n, g)
        if mode == "a":
            for line in turns:
                body = re.sub(r"^(оператор|клиент): ", "", line)
                assert re.fullmatch(r"[а-яё ]+", body), (r["id"], line)
    for ty in set(TYPE.values()):
        if c[ty] < 6: print("LOW", mode, ty, c[ty])
    assert all(c[ty] >= 6 for ty in set(TYPE.values()))
    assert 3 <= tot / len(rows) <= 8, tot/len(rows)
    return c, tot

def main():
    w_rows, w_negs = build(W, "w", "pii_s-w")
    a_rows, a_negs = build(A, "a", "pii_s-a")
    cw, tw = check(w_rows, w_negs, "w"); ca, ta = check(a_rows, a_negs, "a")
    # value sanity
    for r in w_rows:
        for g in r["gold"]:
            v = r["text"][g["start"]:g["end"]]; dg = re.sub(r"\D", "", v)
            if g["type"] == "CREDIT_CARD": assert luhn_ok(dg) and len(dg) == 16
            if g["type"] == "RU_INN": assert len(dg) == 12
            if g["type"] == "BANK_ACCOUNT": assert len(dg) == 20
            if g["type"] == "RU_SNILS": assert len(dg) == 11
    with open(os.path.join(OUT, "written.jsonl"), "w", encoding="utf-8") as f:
        for r in w_rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "asr.jsonl"), "w", encoding="utf-8") as f:
        for r in a_rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "negatives.jsonl"), "w", encoding="utf-8") as f:
        for r in w_negs + a_negs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("written", len(w_rows), tw, dict(sorted(cw.items())))
    print("asr", len(a_rows), ta, dict(sorted(ca.items())))
    print("negatives", sum(len(n["negatives"]) for n in w_negs + a_negs))

if __name__ == "__main__":
    main()
