#!/usr/bin/env python3
"""packed_e — CRM comments of a fraud-prevention / security analyst, packed with values.

All texts live in this file with inline markup:
    [[TYPE|value]]  -> gold span
    {{value}}       -> hard negative (must NOT be flagged)
Run:  python3 build.py   -> writes written.jsonl and negatives.jsonl, asserts checks.
"""
import json, re, os, sys

SET = "packed_e"
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH", "RU_PASSPORT",
    "RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS", "CREDIT_CARD", "CARD_EXPIRY", "CARD_CVV",
    "CONTRACT_NUMBER", "ACCOUNT_NUMBER", "BANK_ACCOUNT", "RU_BIK", "RU_OMS",
    "RU_DRIVER_LICENSE", "RU_BIRTH_CERTIFICATE", "IP_ADDRESS", "LOGIN", "SECRET",
    # extra types of this set (see README)
    "BIRTH_PLACE", "FOREIGN_PASSPORT",
}

# values that the text itself says were mistyped -> checksum deliberately invalid
MISTYPED = set()

TEXTS = []  # (shape, marked_text)


def add(shape, text):
    TEXTS.append((shape, text))


MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|\{\{(.*?)\}\}", re.S)


def parse(marked):
    out, gold, neg, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        if m.group(1):
            val = m.group(2)
            gold.append({"type": m.group(1), "start": n, "end": n + len(val), "_v": val})
        else:
            val = m.group(3)
            neg.append({"start": n, "end": n + len(val), "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), gold, neg


def digits(s):
    return "".join(c for c in s if c.isdigit())


def inn_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(w, d)) % 11 % 10 == d[9]
    if len(d) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return (sum(a * b for a, b in zip(w1, d)) % 11 % 10 == d[10]
                and sum(a * b for a, b in zip(w2, d)) % 11 % 10 == d[11])
    return False


def snils_ok(s):
    d = digits(s)
    if len(d) != 11:
        return False
    t = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
    if t < 100:
        c = t
    elif t in (100, 101):
        c = 0
    else:
        c = t % 101
        c = 0 if c == 100 else c
    return c == int(d[9:])


def luhn_ok(s):
    d = [int(c) for c in digits(s)][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0


def oms_ok(s):
    d = digits(s)
    if len(d) != 16:
        return False
    b = d[:15]
    odd = "".join(b[i] for i in range(14, -1, -2))[::-1]
    even = "".join(b[i] for i in range(13, -1, -2))[::-1]
    t = sum(map(int, even + str(int(odd) * 2)))
    return (10 - t % 10) % 10 == int(d[15]) and luhn_ok(d)


def check_value(typ, v):
    if v in MISTYPED:
        return
    if typ == "RU_INN":
        assert inn_ok(v), ("bad INN", v)
    elif typ == "RU_SNILS":
        assert snils_ok(v), ("bad SNILS", v)
    elif typ == "CREDIT_CARD" and "*" not in v and "X" not in v.upper() and len(digits(v)) >= 15:
        assert luhn_ok(v), ("bad card", v)
    elif typ == "RU_OMS":
        assert oms_ok(v), ("bad OMS", v)
    elif typ == "RU_PASSPORT_DEPT":
        assert re.fullmatch(r"\d{3}[-‐ ]?\d{3}", v), ("bad dept", v)
    elif typ == "BANK_ACCOUNT":
        assert len(digits(v)) == 20, ("bad account", v)
    elif typ == "RU_BIK":
        assert len(digits(v)) == 9, ("bad BIK", v)


def main(partial=False):
    written, negatives, shapes = [], [], set()
    seen_text = set()
    for i, (shape, marked) in enumerate(TEXTS, 1):
        rid = "%s-%03d" % (SET, i)
        text, gold, neg = parse(marked)
        assert "[[" not in text and "]]" not in text and "{{" not in text, (rid, "leftover markup")
        assert text not in seen_text, (rid, "duplicate text")
        seen_text.add(text)
        lines = text.split("\n")
        assert 1 <= len(lines) <= 6, (rid, "lines", len(lines))
        assert 4 <= len(gold) <= 12, (rid, "gold count", len(gold))
        spans = sorted([(g["start"], g["end"], "g") for g in gold] + [(x["start"], x["end"], "n") for x in neg])
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            assert e1 <= s2, (rid, "overlap", text[s1:e1], text[s2:e2])
        prev = -1
        for g in gold:
            assert g["type"] in TYPES, (rid, g["type"])
            v = g.pop("_v")
            assert text[g["start"]:g["end"]] == v, (rid, v)
            assert v == v.strip() and v, (rid, "whitespace at span edge", repr(v))
            assert g["start"] >= prev, (rid, "unsorted")
            prev = g["start"]
            check_value(g["type"], v)
        for x in neg:
            assert text[x["start"]:x["end"]] == x["text"] and x["text"] == x["text"].strip(), (rid, x)
        shapes.add(shape)
        written.append({"id": rid, "text": text, "gold": [{"type": g["type"], "start": g["start"], "end": g["end"]} for g in gold]})
        negatives.append({"id": rid, "negatives": neg})
    if not partial:
        assert len(written) == 120, len(written)
        assert len(shapes) >= 25, len(shapes)
    with open(os.path.join(HERE, "written.jsonl"), "w", encoding="utf-8") as f:
        for r in written:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8") as f:
        for r in negatives:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(g["type"] for r in written for g in r["gold"])
    print("texts:", len(written), "shapes:", len(shapes), "gold:", sum(c.values()),
          "negatives:", sum(len(r["negatives"]) for r in negatives))
    for t, k in sorted(c.items(), key=lambda x: -x[1]):
        print("  %-22s %d" % (t, k))
    return written, negatives, c


# ---------------------------------------------------------------------------
# TEXTS
# ---------------------------------------------------------------------------

# ---- part 1: 001-030 -------------------------------------------------------
add("simswap_oneline", "Попытка замены SIM по [[PHONE_NUMBER|+79166412857]]: обратился мужчина, назвался [[PERSON|Гончаров Илья Викторович]], пасп. [[RU_PASSPORT|45 14 208733]] — в базе на владельца пасп. [[RU_PASSPORT|45 09 771204]], д.р. назвал неверно (по карточке [[DATE_OF_BIRTH|14.06.1984]]). Замену не проводили, {{INC-0881245}}.")
add("kv_semicolon", "ФИО: [[PERSON|Лаптева Ирина Сергеевна]]; д.р.: [[DATE_OF_BIRTH|03.11.1972]]; м.р.: [[BIRTH_PLACE|г. Кинешма Ивановской обл.]]; пасп: [[RU_PASSPORT|2417 553018]] выд. ТП УФМС России по Ивановской обл. в Кинешемском р-не 22.12.2017, к/п [[RU_PASSPORT_DEPT|370-009]]; зарег.: [[ADDRESS|Ивановская обл., г. Кинешма, ул. Вичугская, д. 41, кв. 7]]; тел.конт. [[PHONE_NUMBER|8-915-830-44-19]]")
add("json_paste", 'из антифрода: {"msisdn":"[[PHONE_NUMBER|79265510392]]","event":"sim_change","imei_old":"{{352099001761481}}","imei_new":"{{866412047335190}}","ip":"[[IP_ADDRESS|188.162.14.203]]","ts":"{{2025-02-17T03:41:09}}"} — владелец [[PERSON|Белоусов А.Н.]], конт. тел. [[PHONE_NUMBER|+7 903 118-27-60]], в 03:41 смену не заказывал, перевыпуск отменён')
add("court_request", "Запрос Пресненского районного суда г. Москвы по делу {{№ 2-4418/2024}}: сведения о владельце номера [[PHONE_NUMBER|8(985)224-17-03]] за период с {{01.03.2023}} по {{31.08.2023}}. По базе: [[PERSON|ТИМОФЕЕВА ДАРЬЯ ОЛЕГОВНА]], [[DATE_OF_BIRTH|19.02.1991]] г.р., паспорт [[RU_PASSPORT|4511 902364]], дог. [[CONTRACT_NUMBER|0417765203]] (расторгнут {{12.09.2023}}). Ответ готовит юр. отдел, исх. {{СБ-2291}}.")
add("stolen_phone", "Кража телефона {{15.05}} у м. Сокол. Абонент [[PERSON|Рахимов Тимур Ильдарович]] (пасп. [[RU_PASSPORT|92 18 334517]], к/п [[RU_PASSPORT_DEPT|160-005]]) блок номера [[PHONE_NUMBER|+7-917-285-60-14]] выполнен, {{IMEI 358240051128764}} передан в ОМВД, {{КУСП № 9127}}. Звонить на номер жены [[PHONE_NUMBER|89172856015]] ([[PERSON|Рахимова Алсу]]).")
add("arrow_chain", "[[PHONE_NUMBER|79091234598]] -> портирован из Т2 {{04.10.2024}} -> владелец по донору [[PERSON|Сафронов Денис Игоревич]] -> по нашим данным пасп. [[RU_PASSPORT|6319 004412]] -> адрес [[ADDRESS|г. Саратов, ул. Чернышевского, 118, кв. 34]] -> спор о портации, клиент утверждает что заявление не подавал, заявка Numlex {{PRT-7760213}}")
add("poa", "Доверенность 77 АД 4410925 от {{20.01.2025}}, нот. [[PERSON|Зуева Н.К.]] г. Химки. Доверитель [[PERSON|Корнилов Пётр Андреевич]] [[DATE_OF_BIRTH|07.07.1949]]г.р., пасп [[RU_PASSPORT|4604 118230]]; поверенный — [[PERSON|Корнилова Елена Петровна]], пасп [[RU_PASSPORT|4615 662091]], тел [[PHONE_NUMBER|+79268870412]]. Действует на переоформление [[PHONE_NUMBER|+79161870945]].")
add("pipe_form", "СВЕРКА | ФИО [[PERSON|Мирошниченко Оксана Витальевна]] | ДР [[DATE_OF_BIRTH|1988-04-30]] | ПАСП [[RU_PASSPORT|0312 447716]] | КП [[RU_PASSPORT_DEPT|230-042]] | ИНН [[RU_INN|230385280840]] | СНИЛС [[RU_SNILS|141-931-417 41]] | итог: совпадение 6/6")
add("rereg_caps", "ПЕРЕОФОРМЛЕНИЕ [[PHONE_NUMBER|9264417702]] С [[PERSON|ЖУРАВЛЁВ С.М.]] НА [[PERSON|ЖУРАВЛЁВА АНАСТАСИЯ СЕРГЕЕВНА]] ([[DATE_OF_BIRTH|11.12.2001]]), ПАСП [[RU_PASSPORT|4521 309877]] ВЫДАН ГУ МВД РОССИИ ПО Г. МОСКВЕ, КП [[RU_PASSPORT_DEPT|770-096]]. ОТЕЦ ПРИСУТСТВОВАЛ ЛИЧНО В {{ОФИСЕ М-0133}}, ПОДПИСЬ СВЕРЕНА.")
add("bank_dispute_card", "Клиент [[PERSON|Осипова М.Р.]] заявляет списание с карты [[CREDIT_CARD|4377 7252 0561 7482]] (срок [[CARD_EXPIRY|09/27]]) через мобильную коммерцию на {{4 990 руб.}} {{02.02.2025}}. Номер списания [[PHONE_NUMBER|+7 999 407-13-82]], л/с [[ACCOUNT_NUMBER|391002458716]]. Контент-провайдер {{КП-ID 5521}}, возврат через заявку {{88-1120047}}.")
add("login_ip_lk", "Вход в ЛК под логином [[LOGIN|kovalenko.vit]] с IP [[IP_ADDRESS|95.24.187.6]] и [[IP_ADDRESS|5.166.22.140]] в течение 10 мин, сменён e-mail с [[EMAIL_ADDRESS|v.kovalenko@mail.ru]] на [[EMAIL_ADDRESS|kovalenko1977@proton.me]]. Владелец [[PERSON|Коваленко Виталий]] подтвердил по [[PHONE_NUMBER|8 912 604 33 18]], что смену не делал. Сессии сброшены.")
add("dead_owner", "Владелец [[PERSON|Нефёдов Геннадий Павлович]] ([[DATE_OF_BIRTH|23.05.1951]] г.р.) умер, свид. о смерти V-МЮ № 627114. Обратилась дочь [[PERSON|Нефёдова-Краус Ольга Геннадьевна]], пасп. [[RU_PASSPORT|40 12 889104]], просит переоформить [[PHONE_NUMBER|+79219904411]] и закрыть [[PHONE_NUMBER|+79219904412]]. Нужна справка от нотариуса о наследстве.")
add("numbered_list", "1) [[PERSON|Ганиев Рустам]] — [[PHONE_NUMBER|+7 927 301 55 84]]\n2) [[PERSON|Ганиева Лилия Фаритовна]] — [[PHONE_NUMBER|+7 927 301 55 85]], [[EMAIL_ADDRESS|lilia.ganieva@yandex.ru]]\n3) без имени — [[PHONE_NUMBER|+7 927 301 55 86]], оформлен на тот же пасп. [[RU_PASSPORT|80 07 215590]]\nвсе 3 номера подключены в один день {{18.11.2024}} в {{ТТ Уфа-17}}, подозрение на дроп-регистрации")
add("sms_code_social", "Мошенник звонил абоненту [[PERSON|Лебедева Т.И.]] ([[PHONE_NUMBER|89037729140]]) от имени «службы безопасности банка», она продиктовала код из СМС [[SECRET|583104]] и номер карты [[CREDIT_CARD|2200153380141268]]. Номер звонившего [[PHONE_NUMBER|+7 495 731-28-46]] (подмена, в блок-лист).")
add("xml_fragment", "<subscriber><fio>[[PERSON|Яковлев Сергей Борисович]]</fio><birth>[[DATE_OF_BIRTH|1979-08-02]]</birth><doc>[[RU_PASSPORT|5204 117390]]</doc><addr>[[ADDRESS|644043, г. Омск, ул. Ленина, д. 14, кв. 90]]</addr></subscriber> — выгрузка из старого биллинга, расхождение в адресе с анкетой")
add("latin_foreign", "Ин. гражданин: [[PERSON|KHOLMATOV SHERZOD ALISHER UGLI]], паспорт Узбекистана [[FOREIGN_PASSPORT|FA 2281734]], д.р. [[DATE_OF_BIRTH|05.01.1996]], миграц. карта 4618 № 0552173, адрес пребывания [[ADDRESS|МО, г. Балашиха, мкр. Кучино, ул. Южная, д. 3, кв. 118]]. На паспорт за неделю оформлено 4 SIM: [[PHONE_NUMBER|+79857013344]], [[PHONE_NUMBER|+79857013390]] и др.")
add("glued_abbrev", "Кл.[[PERSON|Фомина Е.В.]]д.р.[[DATE_OF_BIRTH|28.02.1967]]ИНН[[RU_INN|522601815946]]СНИЛС[[RU_SNILS|75116372688]]моб.[[PHONE_NUMBER|89036615520]] — данные для сверки при выдаче дубликата SIM, всё сошлось")
add("police_request", "Запрос ОМВД России по р-ну Марьино г. Москвы, исх. {{№ 12/7-4451}} от {{11.03.2025}}, ст. о/у [[PERSON|Кравцов А.А.]], тел. для связи [[PHONE_NUMBER|8 (495) 346-02-17]]. Интересует абонент [[PHONE_NUMBER|+7 968 551 20 07]]: [[PERSON|Ушаков Максим Юрьевич]], [[DATE_OF_BIRTH|02.10.1999]], зарег. [[ADDRESS|г. Москва, ул. Перерва, д. 52, кв. 311]]. Без постановления суда детализацию не выдаём.")
add("key_equals", "fio=[[PERSON|Широкова Валентина Петровна]] dob=[[DATE_OF_BIRTH|1958-12-21]] pass=[[RU_PASSPORT|6503123789]] msisdn=[[PHONE_NUMBER|79122203345]] acc=[[ACCOUNT_NUMBER|666012553801]] tariff={{Тёплый приём L}} status=blocked_fraud")
add("card_masked_refund", "Возврат ошибочного платежа: плательщик [[PERSON|Дьяченко Роман]] оплатил с карты [[CREDIT_CARD|553691******9200]] на чужой номер [[PHONE_NUMBER|9153306611]] вместо [[PHONE_NUMBER|9153306661]]. Сумма {{1 500 р.}}, дата {{06.04.2025}}, RRN {{509612884711}}. Реквизиты для возврата: р/с [[BANK_ACCOUNT|40817810538046612907]], БИК [[RU_BIK|044525225]].")
add("caps_doc_check", "ПРОВЕРКА ДОКУМЕНТА: [[RU_PASSPORT|4008 921337]] — НЕДЕЙСТВИТЕЛЕН ПО БАЗЕ МВД. ПРЕДЪЯВИТЕЛЬ [[PERSON|КУЗЬМИН ОЛЕГ]], ДР [[DATE_OF_BIRTH|17.04.1983]], ПЫТАЛСЯ ОФОРМИТЬ SIM В {{ТТ СПБ-0452}}. ОТКАЗАНО. КОНТАКТ ОТ НЕГО [[PHONE_NUMBER|+79312044871]].")
add("bank_forward_quote", "Fwd от банка-партнёра: «Клиент [[PERSON|Мартыненко Юлия Андреевна]], карта [[CREDIT_CARD|4041 3600 8374 0713]], привязанный номер [[PHONE_NUMBER|+7 (916) 003-77-42]] — {{21.04}} произошла смена SIM, после чего вход в онлайн-банк с IP [[IP_ADDRESS|176.59.41.118]]». Проверил: замена SIM в {{ТТ М-1021}} по пасп. [[RU_PASSPORT|4510 004387]], а у владельца пасп. [[RU_PASSPORT|4519 662310]]. Подделка.")
add("table_row_tabs", "[[PHONE_NUMBER|79031184526]]\t[[PERSON|Сорокина Мария Павловна]]\t[[DATE_OF_BIRTH|09.09.1984]]\t[[RU_PASSPORT|4606 230114]]\t[[CONTRACT_NUMBER|1120457789]]\tактивен\t{{Мой онлайн+}}")
add("conversational", "Звонила [[PERSON|Агафонова]], сказала что сын [[PERSON|Кирилл]] потерял телефон, просила заблокировать [[PHONE_NUMBER|8-926-017-35-92]]. Номер оформлен на неё, кодовое слово назвала верно ([[SECRET|Гагарин]]), блок поставил. Перезвонить на домашний [[PHONE_NUMBER|8 (496) 218-40-55]] после {{18:00}}.")
add("oms_dl_identity", "Для выдачи дубликата по доверенности предъявил вместо паспорта ВУ [[RU_DRIVER_LICENSE|99 21 447805]] и полис ОМС [[RU_OMS|3878375762833126]] — не принимается. Заявитель [[PERSON|Быстров Николай Евгеньевич]], конт. [[PHONE_NUMBER|+79623370041]]. Отказ, реком. прийти с паспортом в {{офис на Профсоюзной, 56}}.")
add("semicolon_contacts", "владелец [[PERSON|Смирнов Вадим Олегович]], доп. контакты по дог. [[CONTRACT_NUMBER|5300-771245]]: [[PHONE_NUMBER|+7 911 640 12 77]] (раб.); [[PHONE_NUMBER|+7 911 640 12 78]] (жена); [[EMAIL_ADDRESS|smirnov_v@ya.ru]]; «факс» {{8 800 250-08-90}} — это наша горячая линия, клиент ошибся")
add("typo_mixed_letters", "клиентка [[PERSON|Пономарёва Светлана Игорвна]] пасп [[RU_PASSPORT|36 О9 418270]] (в анкете буква О вместо нуля) выд.ГУ МВД по Самарск обл. кп[[RU_PASSPORT_DEPT|630-016]] тел [[PHONE_NUMBER|8927 113 3348]] адр [[ADDRESS|Самара Ново-Садовая 210 кв 45]]")
add("porting_two_owners", "Спорная портация: номер [[PHONE_NUMBER|+7 915 772 40 19]] ушёл к МТС по заявлению на имя [[PERSON|Ершов Владислав Николаевич]] пасп. [[RU_PASSPORT|4617 220981]], у нас владелец [[PERSON|Ершова Наталья Викторовна]] пасп. [[RU_PASSPORT|4603 118462]], д.р. [[DATE_OF_BIRTH|26.10.1970]]. Бывший муж. Отправили отказ в Numlex, заявка {{0771-2025-11820}}.")
add("minor_birth_cert", "SIM на несовершеннолетнего: ребёнок [[PERSON|Ефимов Артём Денисович]], [[DATE_OF_BIRTH|14.08.2013]], св-во о рожд. [[RU_BIRTH_CERTIFICATE|III-ИК № 604518]]; законный представитель — мать [[PERSON|Ефимова Ксения Андреевна]], пасп. [[RU_PASSPORT|2709 551826]], номер ребёнку [[PHONE_NUMBER|+79114092288]], услуга «{{Детский пакет}}».")
add("ip_log_lines", "лог входов ЛК по [[PHONE_NUMBER|79645501212]]:\n{{2025-03-02 22:14}} [[IP_ADDRESS|31.173.84.19]] ok\n{{2025-03-02 22:16}} [[IP_ADDRESS|31.173.84.19]] смена пароля\n{{2025-03-03 01:02}} [[IP_ADDRESS|2a00:1fa0:4c2:81f3::1b]] перевыпуск eSIM\nвладелец [[PERSON|Арсланов И.Р.]] — eSIM не заказывал")

# ---- part 2: 031-060 -------------------------------------------------------
add("sole_proprietor", "ИП [[PERSON|Власенко Андрей Михайлович]] (ИНН [[RU_INN|778301661370]]) — корп. договор [[CONTRACT_NUMBER|К-19/0045871]], 12 номеров. Контактное лицо бухгалтер [[PERSON|Гусева Лариса]], [[PHONE_NUMBER|+7 (495) 981-04-33]] доб. {{214}}, [[EMAIL_ADDRESS|buh@vlasenko-trade.ru]]. Запрос на выпуск eSIM на все номера — подозрение, перезвон на контакт из договора.")
add("checklist_plus_minus", "Чек-лист замены SIM:\n+ ФИО [[PERSON|Голованов Евгений Романович]] совп.\n+ пасп. [[RU_PASSPORT|5012 663140]] совп.\n- последние платежи: назвал {{300 р.}}, факт {{650 р.}}\n- кодовое слово: назвал «[[SECRET|Байкал]]», в карточке «[[SECRET|Енисей]]»\nИтог: отказ, номер [[PHONE_NUMBER|+79139017722]] на контроль")
add("stolen_phone_imei_pair", "Украден iPhone 13, IMEI1 {{353912110458733}} / IMEI2 {{353912110520011}}, SIM [[PHONE_NUMBER|+7 926 488 31 07]] заблокирована. Владелец [[PERSON|Давыдова Полина Андреевна]], [[DATE_OF_BIRTH|12.01.1995]], прож. [[ADDRESS|г. Москва, Каширское ш., д. 61, корп. 3, кв. 219]]. Привязанная карта [[CREDIT_CARD|5368 2904 5585 3046]] — клиентке рекомендовано блокировать в банке.")
add("slash_separated", "[[PERSON|Третьяков Г.Н.]] / ИНН [[RU_INN|508609139053]] / СНИЛС [[RU_SNILS|516-761-222 82]] / пасп. [[RU_PASSPORT|46 11 490217]] / тел. [[PHONE_NUMBER|8-903-771-56-02]] — сведения подтверждены через Госуслуги (скрин во вложении {{att_55218.png}})")
add("court_ruling_detail", "Постановление Мещанского районного суда {{№ 3/6-211/2025}} о выдаче детализации по [[PHONE_NUMBER|+79852216604]] за {{январь 2025}}. Абонент [[PERSON|Климов Станислав Эдуардович]], [[DATE_OF_BIRTH|30.06.1990]] г.р., л/с [[ACCOUNT_NUMBER|550078123004]], дог. [[CONTRACT_NUMBER|0381124455]]. Получатель — следователь [[PERSON|Никифорова Д.С.]], e-mail для ответа не принимаем, только нарочно.")
add("bruteforce_lk", "Учётка [[LOGIN|olga_rdk]] / [[EMAIL_ADDRESS|rudakova.o@gmail.com]]: 7 неудачных входов с [[IP_ADDRESS|45.155.205.33]] (ботнет, {{AS207713}}) и один успешный с [[IP_ADDRESS|91.76.3.212]] — это домашний IP владелицы [[PERSON|Рудакова Ольга]], номер [[PHONE_NUMBER|+79161144720]]. Пароль принудительно сброшен, временный [[SECRET|Tmp-8841qz]] отправлен СМС.")
add("passport_history", "История документов: [[RU_PASSPORT|6004 551238]] (до {{2019}}) -> [[RU_PASSPORT|6019 884102]] (замена по смене фамилии [[PERSON|Ковалёва]] -> [[PERSON|Сергеева]]). Полное ФИО сейчас [[PERSON|Сергеева Алина Владимировна]], к/п [[RU_PASSPORT_DEPT|610-062]], д.р. [[DATE_OF_BIRTH|08.03.1994]].")
add("contracts_by_passport", "по пасп. [[RU_PASSPORT|4614 002871]] найдено 3 договора: [[CONTRACT_NUMBER|0150078812]] (закрыт в {{2016}}), [[CONTRACT_NUMBER|0150391140]], [[CONTRACT_NUMBER|0151002273]]; на последнем [[PHONE_NUMBER|+79037224455]] и [[PHONE_NUMBER|+79037224456]]. Данные по первому не сообщаем (более 5 лет).")
add("address_change_fraud", "Смена адреса доставки счетов: было [[ADDRESS|г. Казань, ул. Баумана, д. 19, кв. 5]], стало [[ADDRESS|г. Казань, пр-т Победы, д. 100, кв. 412]]. Заявку подала [[PERSON|Хабибуллина Г.Р.]] через чат, подтвердила только д.р. [[DATE_OF_BIRTH|21.07.1977]]. Владелец номера [[PHONE_NUMBER|+7 987 290 14 63]] — её свекровь, по карточке [[PERSON|Хабибуллина Роза Мансуровна]]. Откатили.")
add("bank_requisites_block", "Реквизиты для возврата аванса при расторжении:\nПолучатель: [[PERSON|Пахомов Виктор Сергеевич]]\nСчёт: [[BANK_ACCOUNT|40817 810 9 3800 1472 055]]\nБанк: ПАО Сбербанк, БИК [[RU_BIK|044525225]], к/с {{30101810400000000225}}\nСумма {{2 318,40 руб.}}, л/с [[ACCOUNT_NUMBER|177004521906]]")
add("chat_paste", "[14:02] клиент: я [[PERSON|Савельев Игорь]], номер мой [[PHONE_NUMBER|89214431102]], паспорт [[RU_PASSPORT|4016 773920]]\n[14:03] клиент: почта [[EMAIL_ADDRESS|savelyev.igor@bk.ru]] туда пришло что сим заменена\n[14:05] оп. {{op3390}}: передано в СБ\n— сим менялась {{14.02}} в {{ТТ СПБ-0811}}, проверяем запись с камеры")
add("latin_and_cyrillic_same_person", "Клиент по загранпаспорту: [[PERSON|IVANOVA EKATERINA]] / [[PERSON|Иванова Екатерина Дмитриевна]], загран [[RU_PASSPORT|75 4419023]], внутренний [[RU_PASSPORT|45 17 003912]]. Тел. [[PHONE_NUMBER|+7 915 664 09 21]], роуминг Турция, просит не блокировать номер при смене SIM за границей.")
add("insurer_request", "Запрос от страховой (полис ОМС [[RU_OMS|5815354930666834]], СНИЛС [[RU_SNILS|029-729-975 11]]) — подтвердить принадлежность номера [[PHONE_NUMBER|+79052218830]] застрахованной [[PERSON|Лукиной Валерии Антоновне]]. Без согласия абонента не подтверждаем, ответ по шаблону {{ШО-14}}.")
add("esim_qr_tor", "Выпуск eSIM на [[PHONE_NUMBER|+7 996 410-22-81]]: QR отправлен на [[EMAIL_ADDRESS|dm.orlov.96@mail.ru]], которого нет в карточке (в карточке [[EMAIL_ADDRESS|orlov_dmitry@yandex.ru]]). Запрос из ЛК, вход с [[IP_ADDRESS|185.220.101.47]] (Tor exit). Владелец [[PERSON|Орлов Дмитрий Алексеевич]], дозвонились на резервный [[PHONE_NUMBER|+7 996 410-22-80]] — не он. eSIM отозвана, ICCID {{8970199250311447821}}.")
add("carsharing_request", "Каршеринг прислал запрос: арендатор с ВУ [[RU_DRIVER_LICENSE|7719 336021]] указал наш номер [[PHONE_NUMBER|+79257740019]]; ВУ выдано на [[PERSON|Герасимов Кирилл Олегович]], [[DATE_OF_BIRTH|1993-05-14]], а номер принадлежит [[PERSON|Тихонова А.В.]]. Сведения каршерингу не передаём, рекомендовали обратиться в полицию.")
add("nested_json_split_fields", 'CRM-event: {"owner":{"last":"[[PERSON|Зайцев]]","first":"[[PERSON|Глеб]]","mid":"[[PERSON|Аркадьевич]]"},"birth":"[[DATE_OF_BIRTH|1986-11-02]]","passport":{"s":"[[RU_PASSPORT|4009]]","n":"[[RU_PASSPORT|553217]]"},"office":"{{SPB-0311}}"} — при импорте склеилось неверно, проверить')
add("puk_request", "Клиент [[PERSON|Носков А.]] заблокировал SIM трижды неверным PIN, по телефону просил PUK. Отказано — PUK только владельцу после идентификации. Владелец по дог. [[CONTRACT_NUMBER|0988112350]] — [[PERSON|Носкова Вера Ильинична]], [[DATE_OF_BIRTH|15.04.1946]], номер [[PHONE_NUMBER|8 916 551-00-37]]. Позвонил ей — PUK [[SECRET|71093358]] продиктован ей лично.")
add("mnp_semicolons", "MNP in: донор Мегафон -> реципиент мы; [[PHONE_NUMBER|79272204518]]; заявитель [[PERSON|Кириллова Надежда Фёдоровна]] / пасп. [[RU_PASSPORT|3614 220145]] / к/п [[RU_PASSPORT_DEPT|630-004]]; у донора номер корпоративный → отказ донора, код {{1003}}; временный номер [[PHONE_NUMBER|79272204599]] оставить до {{30.06}}")
add("dob_place_slash", "[[PERSON|Ахмедов Р.Ш.]] д.р./м.р. [[DATE_OF_BIRTH|02.02.1981]]/[[BIRTH_PLACE|г. Махачкала]]; пасп. [[RU_PASSPORT|8205 440917]] к/п [[RU_PASSPORT_DEPT|050-001]]; зарег. [[ADDRESS|РД, г. Каспийск, ул. Ленина, 33-12]]; моб. [[PHONE_NUMBER|+79288801244]]")
add("negatives_heavy", "Обращение {{№ 1-4471209930}} от {{03.05.2025}}, оператор {{op2214}}, офис {{ОП-Екб-07}} ({{г. Екатеринбург, ул. Малышева, 51}} — наш салон). Абонент [[PERSON|Черных Анатолий Васильевич]] [[PHONE_NUMBER|+79122570336]] жалуется на списание {{199 р.}} по тарифу «{{Всё за 600}}». Паспорт [[RU_PASSPORT|6508 127744]], д.р. [[DATE_OF_BIRTH|19.09.1962]].")
add("corp_representative", "Доверенность от юрлица на получение SIM: представитель [[PERSON|Лазарев Михаил Петрович]], пасп. [[RU_PASSPORT|4508 113490]], выдан ОВД Даниловского р-на г. Москвы, к/п [[RU_PASSPORT_DEPT|772-021]]; подписант ген. дир. [[PERSON|Соболева И.А.]]. Номера по заказу: [[PHONE_NUMBER|+7 903 200-11-07]], [[PHONE_NUMBER|+7 903 200-11-08]], [[PHONE_NUMBER|+7 903 200-11-09]]. Счёт на оплату {{№ 8812}}.")
add("autopay_rebind", "Абонент [[PERSON|Маслова Е.]] ([[PHONE_NUMBER|+79167730219]]) оплачивает связь автоплатежом с карты {{*7607}}; просит перепривязать на новую карту [[CREDIT_CARD|4377 7231 9128 4524]] срок [[CARD_EXPIRY|11/28]]. Старая карта утеряна. Логин ЛК [[LOGIN|maslova_ek]].")
add("ticket_rereg_dispute", "{{SR-2025-0412-7731}}: клиент [[PERSON|Прохоров Лев Андреевич]] оспаривает переоформление [[PHONE_NUMBER|+7 (905) 512-44-90]] на [[PERSON|Прохорову Зою Львовну]] ({{06.03.2025}}, офис {{М-0277}}, сотрудник таб. {{40517}}). Заявление на бумаге с его подписью, пасп. [[RU_PASSPORT|4500 100734]] в копии указан с ошибкой — серия старая. Эскалировано.")
add("secret_question", "Контрольный вопрос в ЛК: «девичья фамилия матери» — ответ [[SECRET|Зотова]]; почта восстановления [[EMAIL_ADDRESS|nikolai.belov.1961@rambler.ru]]; владелец [[PERSON|Белов Николай Иванович]] [[DATE_OF_BIRTH|01.01.1961]]; злоумышленник знал ответ — вероятно, утечка.")
add("address_kinds", "Адреса по карточке [[PERSON|Голубева Т.Н.]]: рег. — [[ADDRESS|141700, МО, г. Долгопрудный, Лихачёвский пр-д, д. 8, кв. 56]]; факт. — [[ADDRESS|г. Москва, ул. Дубнинская, 12к2, кв. 7]]; доставка счетов не заполнена. Курьер SIM привёз на фактический, получатель назвался [[PERSON|Голубев]].")
add("esia_confirm", "Подтверждение через ЕСИА: [[PERSON|Макаров Данила Сергеевич]], СНИЛС [[RU_SNILS|28820018270]], ИНН [[RU_INN|549603082400]], пасп. [[RU_PASSPORT|5016 227401]]; статус учётки «подтверждённая». Номер [[PHONE_NUMBER|+79139975014]] привязан к ЕСИА с {{2021 г.}}")
add("harassment_complaint", "Жалоба: абонентке [[PERSON|Дроздова К.А.]] ([[PHONE_NUMBER|+79607761203]]) с номера [[PHONE_NUMBER|+79607009912]] приходят угрозы. Номер-нарушитель оформлен на [[PERSON|Юсупов Азамат]], [[DATE_OF_BIRTH|1999-03-09]], адрес [[ADDRESS|г. Тула, ул. Металлургов, д. 77, кв. 3]]. Данные нарушителя заявительнице НЕ сообщать, реком. заявление в полицию.")
add("dup_sim_office_log", "{{12.05.25}} {{ТТ Н.Новгород-09}}: дубликат SIM [[PHONE_NUMBER|+7 910 130-42-88]] выдан по пасп. [[RU_PASSPORT|2215 661083]] гр. [[PERSON|Калинину Павлу Андреевичу]]; {{13.05.25}} списание {{48 000 р.}} с карты [[CREDIT_CARD|5469 3806 0443 1980]] по СМС-подтверждению. Владелец [[PERSON|Калинин П.А.]] утверждает, что в салоне не был. Запрошено видео.")
add("dash_short", "[[PERSON|Мельникова]] — кодовое [[SECRET|Ромашка2]] — [[PHONE_NUMBER|89637004433]] — л/с [[ACCOUNT_NUMBER|0870043319]]")
add("form_labels_multiline", "Заявитель: [[PERSON|Бойко Алексей Николаевич]]\nДок.: паспорт [[RU_PASSPORT|0317 240588]], выд. ГУ МВД России по Краснодарскому краю\nКод подр.: [[RU_PASSPORT_DEPT|230-003]]\nАдрес: [[ADDRESS|г. Сочи, ул. Пластунская, д. 44, кв. 19]]\nТел.: [[PHONE_NUMBER|+7 918 402 21 56]]; e-mail: [[EMAIL_ADDRESS|boyko.an@inbox.ru]]")

# ---- part 3: 061-090 -------------------------------------------------------
add("csv_dealer_row", "csv из выгрузки дилера: [[PHONE_NUMBER|79852203361]];[[PERSON|Нуриев Камиль Ринатович]];[[DATE_OF_BIRTH|24.12.1997]];[[RU_PASSPORT|9217 441903]];[[ADDRESS|Казань, Чистопольская 61-203]];{{DLR-0917}};{{05.06.2025}} — дилер оформил без присутствия клиента")
add("yaml_like", "owner:\n  name: [[PERSON|Ерёменко Валентина Степановна]]\n  birth: [[DATE_OF_BIRTH|1955-03-17]]\n  doc: [[RU_PASSPORT|36 00 512447]] / [[RU_PASSPORT_DEPT|632-019]]\ncontact: [[PHONE_NUMBER|+7 846 270-33-19]] (дом.), [[PERSON|Ерёменко Сергей]] (сын)")
add("latin_lookalike_name", "Повторная регистрация на [[PERSON|Cмирнова Оксана Юрьевна]] (в ФИО латинская C — обход стоп-листа), пасп. [[RU_PASSPORT|4513 870221]], номер [[PHONE_NUMBER|+79267001845]]; прошлая регистрация на то же ФИО: [[PHONE_NUMBER|+79267001846]] (блок {{FRD-3321}}). Адрес в анкете [[ADDRESS|г. Москва, ул. Академика Янгеля, д. 6, кв. 44]].")
add("email_header_paste", "От: [[PERSON|Фролов Артём]] <[[EMAIL_ADDRESS|a.frolov@lawfirm-frolov.ru]]>\nТема: запрос адвоката по [[PHONE_NUMBER|+79031027744]]\nДоверитель адвоката — [[PERSON|Жданова Ирина Михайловна]], [[DATE_OF_BIRTH|07.09.1980]]; адвокатский запрос {{№ 44/25}} от {{14.04.2025}}. Отвечаем только по запросу суда.")
add("sms_log", "СМС-лог на [[PHONE_NUMBER|+7 917 560-23-81]]:\n{{09:12}} «Код для входа в Госуслуги: [[SECRET|481-552]]»\n{{09:14}} «Вход в ЛК банка, код [[SECRET|7720]]»\nвладелец [[PERSON|Зиннатуллин Ф.Ф.]] коды никому не сообщал, со слов — звонили от «оператора связи» с [[PHONE_NUMBER|+7 917 000-45-12]]")
add("no_spaces_glued", "абонент[[PERSON|Лысенко Виктор]]номер[[PHONE_NUMBER|+79038884512]]паспорт[[RU_PASSPORT|4502887301]]кп[[RU_PASSPORT_DEPT|772014]]др[[DATE_OF_BIRTH|05051975]]—проверено")
add("lost_passport", "Клиент [[PERSON|Варламов Игорь Степанович]] сообщил об утере паспорта [[RU_PASSPORT|4611 772018]] {{18.02.2025}}; новый пасп. [[RU_PASSPORT|4624 100569]], к/п [[RU_PASSPORT_DEPT|500-134]]. Старый паспорт поставлен в стоп-лист, по нему запрет оформления. Номера клиента: [[PHONE_NUMBER|+79166120033]], [[PHONE_NUMBER|+79857120033]].")
add("simbox", "Подозрение на SIM-бокс: 40 SIM на [[PERSON|Гаврилов Олег Дмитриевич]] ([[RU_PASSPORT|5808 113204]]), все в соте {{LAC 7701 / CI 40211}}, IMEI {{864291030117842}} (один модем). Адрес регистрации в анкете [[ADDRESS|Псков, ул. Юбилейная, 45, кв. 80]] — дом снесён. Контакт [[PHONE_NUMBER|+79113650022]], [[EMAIL_ADDRESS|gavrilov.od1979@mail.ru]].")
add("roaming_fraud", "Роуминг-фрод: номер [[PHONE_NUMBER|+7 925 440-17-93]], за сутки {{112 400 руб.}} исходящих на {{+882}} (спутн.). Владелец [[PERSON|Щербаков Павел]], договор [[CONTRACT_NUMBER|0620045512]], ЛС [[ACCOUNT_NUMBER|610044187723]], телефон для связи [[PHONE_NUMBER|+7 925 440-17-00]]. Номер в блоке с {{02:10}}, тариф «{{Роуминг Max}}».")
add("fake_notary", "Доверенность поддельная: нотариус [[PERSON|Соколов В.В.]] по реестру ФНП в г. Подольск не числится. По ней [[PERSON|Осипенко Марат]] (пасп. [[RU_PASSPORT|4619 334012]]) получил дубликат SIM номера [[PHONE_NUMBER|+79164403327]], владелец [[PERSON|Осипенко Людмила Григорьевна]] — мать, [[DATE_OF_BIRTH|12.11.1952]]. Пакет в полицию.")
add("kv_equals_spaced", "ФИО = [[PERSON|Кудрявцева Маргарита Львовна]]; ИНН = [[RU_INN|632819482187]]; СНИЛС = [[RU_SNILS|633 043 483 61]]; ОМС = [[RU_OMS|6450749528831435]]; тел = [[PHONE_NUMBER|+7-846-990-12-04]] — все документы сверены для корпоративного тарифа «{{Бизнес Безлимит}}»")
add("victim_card_cvv", "Потерпевшая [[PERSON|Гордеева Лидия Петровна]] ({{76 лет}}) сообщила звонившему «сотруднику оператора» номер карты [[CREDIT_CARD|5213248682889099]], срок [[CARD_EXPIRY|03/26]] и CVV [[CARD_CVV|417]]. Её номер [[PHONE_NUMBER|8 921 775 40 18]], номер дочери [[PHONE_NUMBER|8 921 775 40 19]]. Рекомендовано срочно звонить в банк.")
add("caps_dash_list", "ПО ЗАПРОСУ СУДА (ДЕЛО {{№ 2А-118/2025}}):\n- [[PERSON|ПАВЛЕНКО ЮРИЙ ВАСИЛЬЕВИЧ]], [[DATE_OF_BIRTH|04.04.1969]]\n- НОМЕРА: [[PHONE_NUMBER|79185201144]], [[PHONE_NUMBER|79185201145]]\n- ДОГОВОР [[CONTRACT_NUMBER|2310077421]] ОТ {{15.05.2015}}\n- АДРЕС РЕГ.: [[ADDRESS|КРАСНОДАРСКИЙ КРАЙ, Г. АРМАВИР, УЛ. КИРОВА, Д. 12, КВ. 3]]")
add("phone_formats_zoo", "Номера, связанные с фрод-кейсом {{FR-771}}: [[PHONE_NUMBER|8(903)1184411]], [[PHONE_NUMBER|+7 903 118 44 12]], [[PHONE_NUMBER|903-118-44-13]], [[PHONE_NUMBER|7 903 1184414]]; все оформлены на [[PERSON|Белкин Артур]] в один день; короткие номера для жалоб {{0611}} и {{*102#}} клиенту озвучены.")
add("address_no_commas", "адрес зарег [[ADDRESS|г.Новосибирск ул.Кирова д.86 кв.114]] фактич [[ADDRESS|Бердск ул Ленина 9 кв 2]] — клиент [[PERSON|Ковтун Ярослав]] тел[[PHONE_NUMBER|+79137771209]] ИНН[[RU_INN|543786579700]]")
add("parenthetical_bundle", "Звонок от имени [[PERSON|Лаврентьева Анна Олеговна]] ([[DATE_OF_BIRTH|19.08.1989]]; [[RU_PASSPORT|1813 552290]]; [[ADDRESS|г. Волгоград, ул. Рабоче-Крестьянская, 22, кв. 61]]) — голос мужской, звонил с [[PHONE_NUMBER|+79054411230]], просил переадресацию с [[PHONE_NUMBER|+79608870112]]. Отказ, номер на мониторинг.")
add("esia_mismatch", "Ре-регистрация (подтверждение через Госуслуги) не пройдена: [[PHONE_NUMBER|+7 999 812-04-66]], заявленный владелец [[PERSON|Мамедов Эльчин Фуадович]], пасп. РФ [[RU_PASSPORT|4520 661173]], СНИЛС [[RU_SNILS|954-862-057 50]]. В ЕСИА номер привязан к другому лицу — [[PERSON|Мамедова Севиль]]. Срок до блокировки {{30 дней}}.")
add("foreign_worker", "[[PERSON|RAKHMONOV FIRDAVS]] (Таджикистан), паспорт [[FOREIGN_PASSPORT|400817733]], патент 77 № 2400518123, ИНН РФ [[RU_INN|785276018950]], тел. [[PHONE_NUMBER|+7 977 204 56 19]]; работодатель — ООО «СтройЛайн», контакт прораба [[PERSON|Ильин Роман]] [[PHONE_NUMBER|+7 977 204 00 01]]")
add("compensation_transfer", "Компенсация по претензии {{П-2025/0331}}: перечислить {{3 450 руб.}} на счёт [[BANK_ACCOUNT|40817810700012345678]] в АО «Т-Банк» (БИК [[RU_BIK|044525974]]), получатель [[PERSON|Ткаченко Ольга Викторовна]], ИНН [[RU_INN|615749118635]]. Номер абонента [[PHONE_NUMBER|+79281204477]].")
add("lk_rebind_log", "Логин [[LOGIN|ded_moroz_1961]], вход {{2025-01-01 00:03:11}} IP=[[IP_ADDRESS|79.139.220.5]] UA=Android 9; смена номера привязки с [[PHONE_NUMBER|79035510067]] на [[PHONE_NUMBER|79771130455]]. Владелец [[PERSON|Морозов Дмитрий Ефимович]], [[DATE_OF_BIRTH|1961]] г.р., о смене не знал.")
add("office_visit", "Визит в салон {{г. Ростов-на-Дону, пр. Ворошиловский, 37}} ({{ТТ РНД-04}}) {{22.04.2025}} 16:40: мужчина с паспортом на имя [[PERSON|Гриценко Богдан Васильевич]] [[RU_PASSPORT|6015 220671]] (фото не похоже) заказал замену SIM [[PHONE_NUMBER|+79185550913]]. Сотрудник таб. {{11802}} отказал. Владелец [[PERSON|Гриценко Б.В.]] оповещён по [[PHONE_NUMBER|+79185550900]].")
add("duplicate_contracts", "Дубли договоров у [[PERSON|Исаев Руслан Магомедович]]: дог.№[[CONTRACT_NUMBER|77-0041823-Ф]], дог.№[[CONTRACT_NUMBER|77-0041824-Ф]]; л/с [[ACCOUNT_NUMBER|101004412876]] и [[ACCOUNT_NUMBER|101004412877]]. Один — тестовый от дилера {{DLR-5511}}, закрыть. Клиент на связи [[PHONE_NUMBER|+7(963)771-88-20]].")
add("email_typos", "e-mail в карточке [[EMAIL_ADDRESS|tatyana.voronina@mail,ru]] (запятая вместо точки), клиентка [[PERSON|Воронина Татьяна]] продиктовала верный [[EMAIL_ADDRESS|tatyana.voronina@mail.ru]] и доп. [[EMAIL_ADDRESS|t.voronina@corp-alfa.com]]; номер [[PHONE_NUMBER|+79265507711]]. Счета уходили на адрес с ошибкой — проверено, утечки нет.")
add("markdown_table", "| [[PHONE_NUMBER|79154401220]] | [[PERSON|Афанасьев К.Л.]] | [[RU_PASSPORT|4610 229341]] | {{2024-12-01}} |\n| [[PHONE_NUMBER|79154401221]] | [[PERSON|Афанасьева М.К.]] | [[RU_PASSPORT|4621 005112]] | {{2025-01-09}} |\nсемья; второй номер дилер по ошибке оформил на паспорт мужа, исправлено")
add("api_attack_ipv6", "Атака на API ЛК: запросы с [[IP_ADDRESS|2a02:6b8:c0b:0:4d2f:11ff:fe20:8a1]] и [[IP_ADDRESS|37.29.81.4]]:{{51234}} перебором номеров {{+7916*}}; совпадение на [[PHONE_NUMBER|+79163402218]] ([[PERSON|Лосева Т.К.]]), логин [[LOGIN|loseva.tk]] временно заблокирован. {{INC-0912003}}.")
add("story_fake_police", "Звонил мужчина, представился майором полиции [[PERSON|Ефремовым]], просил срочно назвать владельца [[PHONE_NUMBER|+7 912 445 67 01]].\nОтказано. Перезвонил в дежурную часть по {{102}} — сотрудника с такой фамилией нет.\nВладелец номера [[PERSON|Кочетова Любовь Андреевна]], [[DATE_OF_BIRTH|22.02.1960]], предупреждена по [[PHONE_NUMBER|+7 912 445 67 02]].")
add("arrow_correction", "исправление в карточке: д.р. [[DATE_OF_BIRTH|12.07.1985]] -> [[DATE_OF_BIRTH|21.07.1985]]; к/п [[RU_PASSPORT_DEPT|540-001]] -> [[RU_PASSPORT_DEPT|540-010]]; ФИО [[PERSON|Стрельцов Евгений]] без изм.; основание — скан паспорта [[RU_PASSPORT|5009 712345]]")
add("bare_values_no_cues", "[[PERSON|Колесникова Вера Андреевна]] [[DATE_OF_BIRTH|10.10.1977]] [[RU_PASSPORT|4004 118720]] [[RU_SNILS|072-902-227 48]] [[PHONE_NUMBER|89119021133]] — всё из фото анкеты, почерк плохой, проверить последнюю цифру телефона")
add("chat_docs_leak", "Водитель такси [[PERSON|Сидорук Артём]] оставил в чате ВУ [[RU_DRIVER_LICENSE|78 30 114402]] и полис [[RU_OMS|6676402067970168]] (зачем — непонятно), номер [[PHONE_NUMBER|+79217003310]]; чат закрыт, сообщения с документами скрыты.")
add("parent_child_detail", "Мать [[PERSON|Никитина Юлия]] ([[DATE_OF_BIRTH|1990-06-01]]) просит детализацию по номеру дочери [[PHONE_NUMBER|+79057780010]], дочь [[PERSON|Никитина Алиса]], [[DATE_OF_BIRTH|2011-09-14]]; номер оформлен на мать, дог. [[CONTRACT_NUMBER|0477120012]]. Детализация только в офисе, ближайший — {{ул. Тверская, 5}}.")

# ---- part 4: 091-120 -------------------------------------------------------
MISTYPED.add("341471049775")  # text says the client swapped the last two digits
add("mistyped_inn", "Клиент назвал ИНН [[RU_INN|341471049775]] — контрольная не сходится (переставил две последние цифры), верный по ФНС [[RU_INN|341471049757]]. [[PERSON|Пестова Галина Ивановна]], пасп. [[RU_PASSPORT|1804 660213]], тел. [[PHONE_NUMBER|+7 844 233-10-56]].")
add("imei_search", "Розыск по IMEI {{359871064410227}} по запросу ОП № 4 УМВД г. Тюмени: в сети с {{10.04}} с SIM [[PHONE_NUMBER|+7 982 915 33 04]], владелец SIM [[PERSON|Шамсутдинов Ринат Ильдусович]], [[DATE_OF_BIRTH|03.03.2003]], адрес [[ADDRESS|г. Тюмень, ул. Широтная, д. 104, кв. 58]]. Данные только по официальному запросу с постановлением.")
add("masked_cards_list", "Карты, с которых пополнялся [[PHONE_NUMBER|+79099912044]] за месяц: [[CREDIT_CARD|4890 49** **** 2342]], [[CREDIT_CARD|220070******1305]], [[CREDIT_CARD|5536 9107 7642 6563]] (полный номер из заявления клиента [[PERSON|Ломакин Е.Ю.]]); итого {{18 пополнений}}. Подозрение на обнал.")
add("caps_pipe_two_lines", "ВЛАДЕЛЕЦ: [[PERSON|ХАРИТОНОВ ДЕНИС]] | [[DATE_OF_BIRTH|27.11.1992]] | [[PHONE_NUMBER|+7 950 441 22 10]]\nЗАЯВИТЕЛЬ: [[PERSON|ХАРИТОНОВА ЛЮДМИЛА]] | [[DATE_OF_BIRTH|05.05.1966]] | [[PHONE_NUMBER|+7 950 441 22 11]]\nСВЯЗЬ: МАТЬ; ПРОСИТ БЛОК НОМЕРА СЫНА — ОТКАЗ, НЕ ВЛАДЕЛЕЦ")
add("hotline_branch_negatives", "Клиенту [[PERSON|Рябов Станислав]] (номер [[PHONE_NUMBER|+79261990407]]) объяснено: горячая линия {{8 800 700-06-11}}, с мобильного {{0611}}, ближайший офис — {{Москва, ул. Новый Арбат, 15}}. Его пасп. [[RU_PASSPORT|4522 118047]] в стоп-листе с {{09.01.2025}} (утрата), поэтому замену SIM по нему не делаем; новый пасп. [[RU_PASSPORT|4525 300611]] ещё не внесён.")
add("employee_docs", "документы для корп. подключения сотрудника: [[PERSON|Панова Дарья Николаевна]] — ИНН [[RU_INN|166507529114]], СНИЛС [[RU_SNILS|180-334-018 31]], полис [[RU_OMS|8773132281718006]], моб. [[PHONE_NUMBER|+7 987 004 21 37]], e-mail [[EMAIL_ADDRESS|d.panova@kazan-logistic.ru]]; доступ к порталу по логину [[LOGIN|panova.dn]]")
add("port_out", "Port-out: [[PHONE_NUMBER|79169003217]] -> Билайн, дата переноса {{27.05.2025}}. Заявка подана в салоне донора по пасп. [[RU_PASSPORT|4508 552019]] на имя [[PERSON|Кузнецова Марина Евгеньевна]], у нас владелец тот же, но в карточке старый адрес [[ADDRESS|г. Москва, Ореховый б-р, д. 49, корп. 1, кв. 312]]. Тел. для уведомлений [[PHONE_NUMBER|+79035540021]]. Оснований для отказа нет.")
add("codeword_change", "Смена кодового слова по заявлению [[PERSON|Алексеев Фёдор Ильич]]: старое «[[SECRET|Полярник]]» -> новое «[[SECRET|Кедр1984]]». Идентифицирован по пасп. [[RU_PASSPORT|1107 223419]] и дате рождения [[DATE_OF_BIRTH|15.01.1984]]. Номер [[PHONE_NUMBER|+79115023344]].")
add("heir_block", "После смерти абонента [[PERSON|Горбунов Василий Петрович]] номер [[PHONE_NUMBER|+7 903 755 14 20]] продолжает использоваться неизвестным; наследник [[PERSON|Горбунова Тамара Васильевна]], [[DATE_OF_BIRTH|1975-08-19]], [[RU_PASSPORT|4601 990213]], просит блок до вступления в наследство.\nСвидетельство о праве на наследство ещё не выдано. Блок поставлен, {{СЗ 1-9914423011}}.")
add("json_array", '{"case":"{{FR-2025-118}}","numbers":["[[PHONE_NUMBER|79661014455]]","[[PHONE_NUMBER|79661014456]]","[[PHONE_NUMBER|79661014457]]"],"holder":"[[PERSON|Воробьёв Ян Сергеевич]]","doc":"[[RU_PASSPORT|4023 117008]]","amount":"{{64000}}"}')
add("broadband_router", "Домашний роутер абонента: внешний IP [[IP_ADDRESS|178.176.45.202]], MAC {{A4:2B:B0:11:7C:09}}, серийный {{ZTE-H298A-771203}}; абонент ШПД [[PERSON|Латыпов Айдар]], дог. ШПД [[CONTRACT_NUMBER|ШПД-120044719]], адрес подключения [[ADDRESS|г. Уфа, ул. Менделеева, д. 134, кв. 17]], моб. [[PHONE_NUMBER|+7 917 404 88 12]]")
add("abbr_heavy_line", "кл-ка [[PERSON|Кашина О.В.]], д.р.[[DATE_OF_BIRTH|12.12.88]], м.р.[[BIRTH_PLACE|Иркутск]], пасп.[[RU_PASSPORT|25 08 №114092]], выд.ОУФМС по Ирк.обл. [[RU_PASSPORT_DEPT|380-003]], зарег.[[ADDRESS|Иркутск, мкр Юбилейный, 19-74]], к.т.[[PHONE_NUMBER|89025504419]]")
add("login_is_email", "Логин ЛК совпадает с почтой: [[EMAIL_ADDRESS|svetik_kot@list.ru]]; второй логин [[LOGIN|svetik_kot]] в приложении. Владелица [[PERSON|Котова Светлана Олеговна]], номер [[PHONE_NUMBER|+79652231109]]. Пароль клиентка назвала оператору в чате — «[[SECRET|kotik2020]]», рекомендована смена.")
add("timeline", "Таймлайн:\n{{10:41}} звонок в КЦ с [[PHONE_NUMBER|+7 958 110 03 44]], назвался [[PERSON|Тарасов Никита]]\n{{10:55}} в салоне {{ТТ Мск-0388}} замена SIM [[PHONE_NUMBER|+7 916 770 41 09]] по пасп. [[RU_PASSPORT|4516 203378]]\n{{11:20}} вход в банк, перевод {{95 000 р.}}\nреальный владелец [[PERSON|Тарасов Никита Андреевич]] был в командировке")
add("corp_contact_change", "Корп. клиент ООО «Северный ветер» (ИНН организации {{7814123452}}) просит сменить ответственного: было [[PERSON|Мухин Степан]] ([[PHONE_NUMBER|+79219045511]]), стало [[PERSON|Лаврова Ника Андреевна]] ([[PHONE_NUMBER|+79219045599]], [[EMAIL_ADDRESS|n.lavrova@sev-veter.ru]]). Письмо за подписью ген. дир., исх. {{118}} от {{02.06.2025}}.")
add("partial_knowledge_caller", "Звонящий знал только последние 4 цифры паспорта и город рождения — этого недостаточно для идентификации. Владелец [[PERSON|Ситникова Кира Валерьевна]], [[DATE_OF_BIRTH|29.05.1998]], пасп. [[RU_PASSPORT|4618 227715]], номер [[PHONE_NUMBER|+7 916 305-88-14]].")
add("call_detail_victim", "Детализация для потерпевшего [[PERSON|Ахметшин Р.]] ([[PHONE_NUMBER|+79173001122]]): входящие от [[PHONE_NUMBER|+79871110045]] {{14.03}} в {{13:05}} и {{13:40}}, длит. {{120 с}}; номер звонившего принадлежит [[PERSON|Зарипов Ильнур Айратович]] — данные НЕ разглашать, передать только по запросу следователя.")
add("family_group", "семейный тариф «{{Вместе}}»: глава [[PERSON|Быков Анатолий]] [[PHONE_NUMBER|+79121110001]]; жена [[PERSON|Быкова Инна]] [[PHONE_NUMBER|+79121110002]]; сын [[PERSON|Быков Макар]] [[PHONE_NUMBER|+79121110003]]; тёща [[PERSON|Лещенко Г.А.]] [[PHONE_NUMBER|+79121110004]] — тёща просит выйти из группы, не владелец договора")
add("mfo_request", "МФО «Быстроденьги» запросила подтверждение номера заёмщика: [[PERSON|Антипов Глеб Романович]], пасп. [[RU_PASSPORT|7512 448203]], СНИЛС [[RU_SNILS|780-175-989 38]], тел. [[PHONE_NUMBER|+79514420187]], адрес [[ADDRESS|г. Челябинск, ул. Братьев Кашириных, 95, кв. 146]]. Согласия абонента на передачу нет — отказ.")
add("ids_everywhere", "Инцидент {{INC-0923311}}, заявка {{REQ-55012}}, обращение {{1-99412003}}: номер [[PHONE_NUMBER|+7 968 200 77 40]], л/с [[ACCOUNT_NUMBER|770091224516]], дог. [[CONTRACT_NUMBER|0590044120]], владелец [[PERSON|Медведева Ульяна Игоревна]]. Сумма спора {{7 200 руб.}}, тариф «{{Близкие люди 3}}», офис {{М-0051}}, сотрудник {{op1187}}.")
add("refund_card_or_account", "Клиент [[PERSON|Коршунов Эдуард]] просит вернуть остаток при расторжении дог. [[CONTRACT_NUMBER|0310077651]] на карту [[CREDIT_CARD|2202-2070-4718-7466]] или на счёт [[BANK_ACCOUNT|4081 7810 1550 0412 7733]]; телефон [[PHONE_NUMBER|+79098770145]]. Остаток {{842,17 руб.}}")
add("alt_documents", "Для подтверждения личности при утрате паспорта принесла: ВУ [[RU_DRIVER_LICENSE|50 УК 118204]] (старого образца), полис [[RU_OMS|2390424861114896]], СНИЛС [[RU_SNILS|723-268-656 06]]. [[PERSON|Жукова Раиса Михайловна]], номер [[PHONE_NUMBER|+79265001781]]. По правилам — только временное удостоверение личности (форма 2П).")
add("email_signature_latin", "Письмо от [[EMAIL_ADDRESS|sergey.pavlov.86@gmail.com]], подпись «[[PERSON|Sergey Pavlov]]», просит выслать копию договора [[CONTRACT_NUMBER|0445012219]] на этот адрес; в карточке владелец [[PERSON|Павлов Сергей Геннадьевич]], e-mail [[EMAIL_ADDRESS|pavlov_sg@yandex.ru]]. Не совпадает — отказ, уведомление на [[PHONE_NUMBER|+79037410086]].")
add("risk_engine_pipe", "ID:{{771203}}|MSISDN:[[PHONE_NUMBER|79104412087]]|FIO:[[PERSON|Комаров Игнат Петрович]]|DOB:[[DATE_OF_BIRTH|19870504]]|DOC:[[RU_PASSPORT|4007-331290]]|KP:[[RU_PASSPORT_DEPT|780-014]]|RISK:{{0.93}}")
add("finder_call", "Нашедший телефон позвонил в КЦ: в телефоне SIM [[PHONE_NUMBER|+7 921 330 14 56]] (владелец [[PERSON|Белякова Анна]]) — просит передать свой номер [[PHONE_NUMBER|+7 911 778 02 43]] владелице, представился [[PERSON|Олег]]. Владелице отправлено СМС на резервный [[PHONE_NUMBER|+7 921 330 14 57]], свои данные ему не сообщали.")
add("dob_in_words", "Клиентка назвала д.р. «[[DATE_OF_BIRTH|третье марта восемьдесят второго]]», в карточке [[DATE_OF_BIRTH|03.03.1982]] — совпадает. [[PERSON|Гуляева Елизавета Андреевна]], пасп. [[RU_PASSPORT|4602 556019]], номер [[PHONE_NUMBER|8-916-221-47-90]], переадресация на [[PHONE_NUMBER|8-495-650-12-44]] подключена.")
add("mass_reg_one_snils", "Массовые регистрации по одному СНИЛС [[RU_SNILS|264-628-897 19]] в {{5 регионах}}: [[PERSON|Пестов Антон Юрьевич]] / [[PERSON|Пестов А.Ю.]] / [[PERSON|Pestov Anton]] — ИНН везде [[RU_INN|616031372130]]; номера [[PHONE_NUMBER|+79381020044]], [[PHONE_NUMBER|+79381020045]]. Вероятен дроп.")
add("mail_to_old_address", "Счета по л/с [[ACCOUNT_NUMBER|500012877641]] приходили на [[ADDRESS|603005, г. Нижний Новгород, ул. Минина, д. 10, кв. 3]], новый жилец вскрыл конверт и позвонил. Владелец [[PERSON|Широков Вадим Андреевич]] переехал, новый адрес не оставил; контакт в карточке [[PHONE_NUMBER|+7 831 416-22-90]] не отвечает.")
add("caps_arrow_block", "БЛОК -> [[PHONE_NUMBER|+79150112233]] -> причина: кража -> заявитель [[PERSON|ЗОЛОТАРЁВ К.С.]] (владелец) -> пасп. [[RU_PASSPORT|4619 118855]] -> код. слово [[SECRET|МАЯК]] -> {{INC-0944122}}")
add("case_summary", "Итог проверки по кейсу {{FR-2025-204}}:\n— владелец: [[PERSON|Лукьянова Дарья Сергеевна]], [[DATE_OF_BIRTH|11.11.1991]], пасп. [[RU_PASSPORT|4512 007733]], к/п [[RU_PASSPORT_DEPT|770-091]];\n— зарег.: [[ADDRESS|г. Москва, ул. Вавилова, д. 81, кв. 40]];\n— номера: [[PHONE_NUMBER|+79167771100]] (осн.), [[PHONE_NUMBER|+79167771101]]; ИНН [[RU_INN|771403128400]]\n— замена SIM {{03.06.2025}} признана мошеннической, SIM перевыпущена бесплатно.")


if __name__ == "__main__":
    main()
