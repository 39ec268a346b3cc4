#!/usr/bin/env python3
# packed_k — CRM notes from a SIM registration desk (салон связи, Екатеринбург).
# Hand-written texts with inline markup:
#   [[TYPE|value]]  -> gold span (PII)
#   {{kind|value}}  -> hard negative (looks like data, must NOT be redacted)
# Run: python3 build.py  -> writes written.jsonl, negatives.jsonl and checks itself.
import json, re, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "packed_k"

TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH",
    "RU_PASSPORT", "RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS", "CREDIT_CARD",
    "CARD_EXPIRY", "CONTRACT_NUMBER", "ACCOUNT_NUMBER", "RU_DRIVER_LICENSE",
    "SECRET", "DEVICE_ID", "CARD_CVV", "RU_OGRN",
    # foreign / migration documents (see README)
    "FOREIGN_PASSPORT", "MIGRATION_CARD", "WORK_PATENT", "RESIDENCE_PERMIT",
}
NEG_KINDS = {
    "shop_address", "shop_code", "employee_id", "sim_count", "phone_model",
    "tariff", "price", "doc_date", "order_number", "ticket_number",
    "short_number", "issuer",
}

# values that the note itself says were mistyped: checksum not required
MISTYPED = set()

MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|\{\{([a-z_]+)\|(.*?)\}\}", re.S)


def parse(src):
    out, gold, neg = [], [], []
    pos = 0
    length = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            typ, val = m.group(1), m.group(2)
            assert typ in TYPES, typ
            gold.append({"type": typ, "start": length, "end": length + len(val), "_v": val})
        else:
            kind, val = m.group(3), m.group(4)
            assert kind in NEG_KINDS, kind
            neg.append({"kind": kind, "start": length, "end": length + len(val), "_v": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, gold, neg


def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def inn_ok(d):
    n = [int(c) for c in d]
    if len(n) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(n, w)) % 11 % 10 == n[9]
    if len(n) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return (sum(a * b for a, b in zip(n, w1)) % 11 % 10 == n[10] and
                sum(a * b for a, b in zip(n, w2)) % 11 % 10 == n[11])
    return False


def snils_ok(d):
    if len(d) != 11:
        return False
    n = [int(c) for c in d[:9]]
    t = sum(x * (9 - i) for i, x in enumerate(n))
    if t < 100:
        c = t
    elif t in (100, 101):
        c = 0
    else:
        c = t % 101
        if c == 100:
            c = 0
    return c == int(d[9:])


def check_value(typ, val):
    if val in MISTYPED:
        return
    d = digits(val)
    if typ == "RU_INN":
        assert inn_ok(d), ("bad INN", val)
    elif typ == "RU_SNILS":
        assert snils_ok(d), ("bad SNILS", val)
    elif typ == "CREDIT_CARD":
        assert 16 <= len(d) <= 19 and luhn_ok(d), ("bad card", val)
    elif typ == "DEVICE_ID":
        # IMEI: 15 digits; ICCID: 19-20 digits starting 89; both Luhn
        assert len(d) in (15, 19, 20), ("bad device id length", val)
        if len(d) != 15:
            assert d.startswith("89"), ("ICCID must start with 89", val)
        assert luhn_ok(d), ("bad device id checksum", val)
    elif typ == "RU_OGRN":
        assert len(d) in (13, 15), ("bad OGRN length", val)
        mod = 11 if len(d) == 13 else 13
        assert int(d[:-1]) % mod % 10 == int(d[-1]), ("bad OGRN", val)


NOTES = []  # (shape, source-with-markup)


def N(shape, src):
    NOTES.append((shape, src.strip("\n")))

# ---------------------------------------------------------------- part 1
N("block_labelled", """
Рег. ин. гр. (Узбекистан). ФИО по паспорту: [[PERSON|KHOLMATOV ALISHER RUSTAM UGLI]], в базе — [[PERSON|Холматов Алишер Рустам угли]]
п-т [[FOREIGN_PASSPORT|FA 4417209]], выд. {{doc_date|11.08.2021}}, д.р. [[DATE_OF_BIRTH|02.05.1998]]
МК [[MIGRATION_CARD|6522 0839114]], въезд {{doc_date|17.02.2025}}
патент [[WORK_PATENT|66 № 2500418837]]
адр. преб.: [[ADDRESS|г. Екатеринбург, ул. Таганская, д. 51, кв. 218]]
тел. нов. [[PHONE_NUMBER|+7 912 604-18-37]], старый узб. [[PHONE_NUMBER|+998 93 417 22 05]]
ICCID [[DEVICE_ID|8970101351039341491]]
""")

N("excel_semicolon", """
вставка из табл.: [[PERSON|Назаров Фаррух Шерович]];[[DATE_OF_BIRTH|1994-11-23]];TJK;[[FOREIGN_PASSPORT|401187352]];[[MIGRATION_CARD|4619 1120587]];[[PHONE_NUMBER|79536041277]];[[RU_INN|663465848178]];{{sim_count|1 SIM}};{{tariff|Мой безлимит}}
дубль строки удалил, там ДР было вбито как [[DATE_OF_BIRTH|1994-11-32]]
""")

N("narrative_pensioner", """
Пенсионерка [[PERSON|Вершинина Галина Аркадьевна]], [[DATE_OF_BIRTH|07.01.1951]] г.р., пришла с внуком переоформить номер покойного мужа на себя.
Паспорт [[RU_PASSPORT|65 97 418207]] выдан {{issuer|Октябрьским РУВД г. Екатеринбурга}} {{doc_date|14.02.1997}}, к/п [[RU_PASSPORT_DEPT|662-005]].
Номер мужа [[PHONE_NUMBER|8 (912) 283-40-19]], дог. № [[CONTRACT_NUMBER|1102-774-093]] — свидетельство о смерти видел, копию в БО.
Внук [[PERSON|Вершинин Кирилл]], его тел. [[PHONE_NUMBER|89043819226]] — контактный.
""")

N("student_china", """
Студент УрФУ, КНР. [[PERSON|王浩然]] / [[PERSON|WANG HAORAN]] (в анкете записали [[PERSON|Ван Хаожань]]), д.р. [[DATE_OF_BIRTH|16.09.2003]]
паспорт КНР [[FOREIGN_PASSPORT|EJ5093821]]; виза учебная до {{doc_date|30.06.2026}}. Живёт в общаге, [[ADDRESS|ул. Комсомольская, 70, комн. 514]]
автоплатёж с карты UnionPay [[CREDIT_CARD|6226 5215 7320 9178]] до [[CARD_EXPIRY|05/29]]
e-mail [[EMAIL_ADDRESS|haoran.w2003@qq.com]], тел. [[PHONE_NUMBER|+7 922 155-08-43]]
""")

N("sim_swap_oneline", """
Замена SIM (утеря). Абонент [[PERSON|Лыкова Т.В.]], номер [[PHONE_NUMBER|9221740385]]. Старая ICCID [[DEVICE_ID|8970120640311333003]] → новая [[DEVICE_ID|8970199478044160492]]. Проверил по паспорту [[RU_PASSPORT|6514 902377]], кодовое слово назвала верно ([[SECRET|рябина]]).
""")

N("eaeu_dual_imei", """
[[PERSON|Нурбек Абдыкалык уулу]] (Кыргызстан, ЕАЭС — патент не требуется), лат. [[PERSON|NURBEK ABDYKALYK UULU]]
ID-карта [[FOREIGN_PASSPORT|ID2947165]], д/р [[DATE_OF_BIRTH|30.12.1999]]
МК [[MIGRATION_CARD|6523 № 0071845]]
уведомление о прибытии: [[ADDRESS|Свердловская обл., г. Берёзовский, ул. Гагарина, 22-41]]
{{phone_model|Tecno Spark 20}}, IMEI1 [[DEVICE_ID|498036087180892]] / IMEI2 [[DEVICE_ID|490649929253152]]
тел [[PHONE_NUMBER|+79089275531]], брат в Оше [[PHONE_NUMBER|+996 555 30 71 84]]
""")

N("kz_two_addresses", """
[[PERSON|Жумабекова Айгерим Ерлановна]], гр. Казахстана. Удостоверение РК [[FOREIGN_PASSPORT|047812396]], д.р. [[DATE_OF_BIRTH|19.04.1992]].
Казахстанский номер [[PHONE_NUMBER|+7 701 482 19 66]] оставила контактным, наш новый [[PHONE_NUMBER|+7 950 203-77-14]].
Прописка в РК: [[ADDRESS|г. Костанай, ул. Байтурсынова 81, кв 9]]; в ЕКБ живёт у сестры — [[ADDRESS|ул. Билимбаевская, 34/2, кв. 77]].
Сестра [[PERSON|Жумабекова Динара]], [[PHONE_NUMBER|89126670152]].
""")

N("student_ru_inline", """
Студ. тариф {{tariff|«Студенческий»}} {{price|350 ₽}}. [[PERSON|Пономарёв Даниил Игоревич]], [[DATE_OF_BIRTH|25.07.2006]], п-т [[RU_PASSPORT|6520 311904]], [[RU_PASSPORT_DEPT|660-030]]. СНИЛС [[RU_SNILS|776-815-458 62]] (для Госуслуг), ИНН [[RU_INN|669676563662]]. л/с [[ACCOUNT_NUMBER|408117300952]], e-mail [[EMAIL_ADDRESS|dan.ponomarev06@yandex.ru]].
""")

N("armenia_rvp_family", """
[[PERSON|Саргсян Ашот Гагикович]] / [[PERSON|SARGSYAN ASHOT]], гр. Армении
п-т [[FOREIGN_PASSPORT|AT0581427]], РВП штамп № [[RESIDENCE_PERMIT|66/24/004471]] от {{doc_date|15.03.2024}}
д.р. [[DATE_OF_BIRTH|08.06.1985]], ИНН [[RU_INN|662187384209]]
адр. рег.: [[ADDRESS|620146, Екатеринбург, ул. Волгоградская, 196, кв. 15]]
автоплатёж [[CREDIT_CARD|2200 5127 8085 5100]]
жена [[PERSON|Саргсян Лусине]] [[PHONE_NUMBER|+374 77 52 18 03]] — доверенное лицо
кодовое [[SECRET|Арарат-85]]
""")

N("refusal_expired", """
ОТКАЗ в регистрации: МК просрочена (срок пребывания до {{doc_date|12.01.2025}}), клиент [[PERSON|Рахмонов Исмоил]], п-т РТ [[FOREIGN_PASSPORT|A 3852904]], МК [[MIGRATION_CARD|4620 0918455]]. Направил в МВД, пусть приходит с продлением. Оставил тел. сестры [[PHONE_NUMBER|8 953 388 12 60]].
""")

N("ocr_pipe_glued", """
скан не распознал нормально, перебил руками:
ФИО:[[PERSON|ЮЛДАШЕВА МАДИНА БАХОДИРОВНА]]|ДР:[[DATE_OF_BIRTH|03.03.2001]]|ПАСП:[[FOREIGN_PASSPORT|AD1840275]]|ГРАЖД:UZB|МК:[[MIGRATION_CARD|6524 0310722]]|ПАТЕНТ:[[WORK_PATENT|66№2500377150]]|ТЕЛ:[[PHONE_NUMBER|+79527304418]]
""")

N("autopay_change", """
По дог. [[CONTRACT_NUMBER|770412-58]] смена карты автоплатежа: старая [[CREDIT_CARD|4276 0774 3940 4887]] заблокирована банком, новая [[CREDIT_CARD|4276926315311006]] exp [[CARD_EXPIRY|11/28]]. Владелец карты — дочь абонента, [[PERSON|Меньшикова Ольга Сергеевна]], согласие подписала. Абон. номер [[PHONE_NUMBER|+7(922)611-47-90]].
""")

# ---------------------------------------------------------------- part 2
N("backoffice_merge", """
Для БО: в старом договоре [[CONTRACT_NUMBER|ЕК-0093317]] фамилия написана [[PERSON|Кодиров Жасур]], по новому паспорту [[PERSON|QODIROV JASUR ANVAR O‘G‘LI]] — это одно лицо, сверил по д.р. [[DATE_OF_BIRTH|21.10.1990]] и старому п-ту [[FOREIGN_PASSPORT|AA 7720418]] (новый [[FOREIGN_PASSPORT|FA 0917355]]). Просьба перепривязать номер [[PHONE_NUMBER|+7 965 540 11 82]] к новой карточке, заявка {{order_number|SR-2025-118204}}.
""")

N("mnp_portin", """
MNP port-in. Переносит номер [[PHONE_NUMBER|+7 (904) 177-52-36]] от другого оператора, врем. номер [[PHONE_NUMBER|+7 (950) 640-09-18]]. Дата переноса {{doc_date|28.11.2025}}.
[[PERSON|Гилёва Анастасия Павловна]] [[DATE_OF_BIRTH|1989.02.11]], п-т [[RU_PASSPORT|6509 № 552180]], выдан {{issuer|ОУФМС России по Свердловской обл. в Кировском р-не г. Екатеринбурга}}, [[RU_PASSPORT_DEPT|660-006]]. Заявление {{order_number|MNP-775093}}.
""")

N("theft_block", """
украли тел. {{phone_model|iPhone 13}} у [[PERSON|Бессонов Р.А.]], просит заблок. номер [[PHONE_NUMBER|89226038815]] и дать новую сим на тот же номер. IMEI с коробки [[DEVICE_ID|354333438689983]] — сказал клиенту что в полицию с ним. Паспорт забыл, показывал ВУ [[RU_DRIVER_LICENSE|66 29 407731]] — по ВУ замену не делаем, только блок. Придёт завтра.
""")

N("excel_tab_rows", """
ФИО\tДР\tДок\tНомер док\tМК\tТелефон\tICCID
[[PERSON|Mirzayev Sardor]]\t[[DATE_OF_BIRTH|05.05.2000]]\tпасп. UZB\t[[FOREIGN_PASSPORT|FA2217046]]\t[[MIGRATION_CARD|6521 0477630]]\t[[PHONE_NUMBER|9221059173]]\t[[DEVICE_ID|8970101489313945262]]
[[PERSON|Toshpulatov Bekzod]]\t[[DATE_OF_BIRTH|17.08.1997]]\tпасп. UZB\t[[FOREIGN_PASSPORT|AB 6630184]]\t[[MIGRATION_CARD|6521 0477631]]\t[[PHONE_NUMBER|9221059174]]\t[[DEVICE_ID|8970101668458545629]]
""")

N("shift_handover", """
Смена {{doc_date|04.12}}, передаю:
1) [[PERSON|Исмоилова Зарина]] — не донесла патент, SIM [[DEVICE_ID|8970101832049220999]] отложена, тел. для связи [[PHONE_NUMBER|+992 93 555 41 70]]
2) [[PERSON|Корнилов Е.]] — ждёт перенос номера, звонить на [[PHONE_NUMBER|8-912-20-40-733]]
3) для [[PERSON|Ли Мин]] оставил договор [[CONTRACT_NUMBER|0061-44580]] на подпись, в сейфе
""")

N("esim_qr", """
eSIM выдана: QR отправлен на [[EMAIL_ADDRESS|k.zaitseva@inbox.ru]], EID не записываем. ICCID eSIM [[DEVICE_ID|8970102553528260624]], абонент [[PERSON|Зайцева Ксения Олеговна]], номер [[PHONE_NUMBER|+79120035761]], тел. {{phone_model|Samsung Galaxy S23}} IMEI [[DEVICE_ID|353023793826822]].
""")

N("vnzh_two_sims", """
гр. Таджикистана, ВНЖ [[RESIDENCE_PERMIT|82 0419736]] до {{doc_date|09.07.2029}}
[[PERSON|Саидов Мухаммад Алиевич]], р. [[DATE_OF_BIRTH|12.12.1979]]
нац. паспорт [[FOREIGN_PASSPORT|401352907]]
адрес регистрации по ВНЖ: [[ADDRESS|г. Екатеринбург, пер. Водоёмный, д. 3, кв. 4]]
ИНН [[RU_INN|667958209666]], СНИЛС [[RU_SNILS|033-207-699 29]]
оформили {{sim_count|2 сим}}: себе [[PHONE_NUMBER|+7 904 983-16-22]] и жене (на него же) [[PHONE_NUMBER|+7 904 983-16-27]]
""")

N("parent_child", """
мама оформляет номер на себя, пользоваться будет сын-школьник. Владелец [[PERSON|Фаттахова Эльвира Ринатовна]], [[RU_PASSPORT|6516 287430]], д.р. [[DATE_OF_BIRTH|14.11.1986]]; пользователь [[PERSON|Фаттахов Тимур]] [[DATE_OF_BIRTH|02.04.2013]]. Подключили {{tariff|Детский}} + родительский контроль. Номер ребёнка [[PHONE_NUMBER|9049811536]], мамин [[PHONE_NUMBER|9126603027]].
""")

N("china_name_order", """
КНР, бизнес-виза. [[PERSON|ZHANG WEI]] — в CRM ошибочно [[PERSON|Вэй Чжан]], исправил на [[PERSON|Чжан Вэй]]. Паспорт [[FOREIGN_PASSPORT|E84710392]], дата рожд. [[DATE_OF_BIRTH|1978/03/09]]. Живёт в гостинице на время контракта: [[ADDRESS|ул. Куйбышева, 44Д, номер 612]]. Связь через переводчика [[PERSON|Антонова Ю.]] [[PHONE_NUMBER|+7 982 710 44 15]]; китайский номер [[PHONE_NUMBER|+86 139 2018 7745]].
""")

N("codeword_change", """
смена кодового слова по звонку НЕ делаем — клиентка [[PERSON|Сычёва Л.Н.]] пришла лично, паспорт [[RU_PASSPORT|6503 741086]] сверил. Старое КС: [[SECRET|Пушок]], новое: [[SECRET|Черёмуха1962]]. Л/С [[ACCOUNT_NUMBER|277104556812]].
""")

N("fraud_alert", """
!!! подозрение: мужчина предъявил паспорт на имя [[PERSON|Абдуллаев Тимур Шухратович]] ([[FOREIGN_PASSPORT|FA 3391852]]), фото не похоже. Хотел {{sim_count|5 SIM}} сразу. Отказал, сославшись на лимит. Записал номер, с которого он звонил «начальнику»: [[PHONE_NUMBER|+7 929 441-20-76]]. МК в паспорте — [[MIGRATION_CARD|4621 0093350]]. Сообщил в СБ, инцидент {{ticket_number|7710-55}}.
""")

N("social_tariff", """
Соц. тариф для пенсионеров. [[PERSON|Нохрин Виктор Павлович]] ([[DATE_OF_BIRTH|11.09.1955]]), пенс. удостоверение не нужно — проверили по СНИЛС [[RU_SNILS|61086392486]]. Паспорт [[RU_PASSPORT|65 00 128544]], адрес: [[ADDRESS|г. В. Пышма, ул. Огнеупорщиков, 5А-12]]. Телефон стационарный для связи [[PHONE_NUMBER|(343) 268-41-90]], сын [[PHONE_NUMBER|+7-950-19-888-04]].
""")

# ---------------------------------------------------------------- part 3
N("hashtags", """
#рег #УЗБ #патент
[[PERSON|Турсунов Жамшид]] ([[PERSON|TURSUNOV JAMSHID]]) д.р.[[DATE_OF_BIRTH|09.09.1996]] п-т [[FOREIGN_PASSPORT|FA5506213]] МК [[MIGRATION_CARD|6524 1180047]] пат. [[WORK_PATENT|66 2500615339]] от {{doc_date|03.10.2025}}
нов. [[PHONE_NUMBER|+7 961 770-35-48]] / симка [[DEVICE_ID|8970199344295923667]]
""")

N("email_fix", """
Клиент продиктовал почту как [[EMAIL_ADDRESS|gulnora.saidova@mail.ru]] — письмо с договором вернулось. Перепроверили по буквам, правильно [[EMAIL_ADDRESS|gulnora_saidova91@mail.ru]]. [[PERSON|Саидова Гулнора]], номер [[PHONE_NUMBER|+7 912 039-55-17]], дог. [[CONTRACT_NUMBER|ЕКБ/2025/061847]] — отправил повторно.
""")

N("lowercase_rush", """
[[PERSON|холиков бахтиёр ортикович]] (лат. [[PERSON|xoliqov baxtiyor ortiqovich]]) др [[DATE_OF_BIRTH|14.02.88]], пасп узб [[FOREIGN_PASSPORT|ad 0771943]], мк [[MIGRATION_CARD|4622 0561189]], тел [[PHONE_NUMBER|89506320418]], адрес пребывания [[ADDRESS|пышма ул кривоусова 18 кв 40]], инн нет, снилс нет
""")

N("passport_replace", """
Смена паспортных данных (замена в 45 лет). Было: [[RU_PASSPORT|6502 556190]], к/п [[RU_PASSPORT_DEPT|662-017]]. Стало: [[RU_PASSPORT|65 24 118305]], выдан {{issuer|ГУ МВД России по Свердловской области}} {{doc_date|19.09.2024}}, код подр. [[RU_PASSPORT_DEPT|660-002]].
Абонент [[PERSON|Дьячкова Марина Евгеньевна]], д.р. [[DATE_OF_BIRTH|03.09.1979]], адрес прописки без изм. — [[ADDRESS|Екатеринбург, ул. Сулимова, д. 27, кв. 83]].
""")

N("patent_expired_suspend", """
Приостановка: у абонента истёк патент [[WORK_PATENT|66 № 2400982214]] ({{doc_date|30.11.2025}}), связь ограничена до предоставления нового. [[PERSON|Эргашев Улугбек Тулкинович]], номер [[PHONE_NUMBER|79827004652]], л/с [[ACCOUNT_NUMBER|0410-2277-9031]]. Принёс чек об оплате патента — не принимаем, нужен сам бланк. Перезвонить ему на [[PHONE_NUMBER|+998 97 110 42 86]] (в РФ не отвечает).
""")

N("colleague_chat", """
Лен, глянь пжл по [[PERSON|Ким Владислав]] — он кореец, но гражданин Узбекистана, паспорт [[FOREIGN_PASSPORT|FA 7043118]]. Система ругается на ФИО, т.к. в МК он [[PERSON|KIM VLADISLAV]], а в патенте [[PERSON|Ким Владислав Эдуардович]] с отчеством. Номер уже активировала: [[PHONE_NUMBER|+79634011290]]. МК [[MIGRATION_CARD|6520 0336974]]. ок?
""")

N("glued_nospace", """
Рег.ин.гр.КЗ [[PERSON|Оспанов Ерлан Маратович]]д.р.[[DATE_OF_BIRTH|27.06.1983]]п-т[[FOREIGN_PASSPORT|N14470928]]тел.[[PHONE_NUMBER|89506718822]]адр.преб.[[ADDRESS|Екб,ул.Черепанова,8-56]]e-mail:[[EMAIL_ADDRESS|ospanov.erlan@gmail.com]]
""")

N("refund_card", """
Возврат аванса при расторжении. Дог. [[CONTRACT_NUMBER|2-0117734]] / л/с [[ACCOUNT_NUMBER|1188420736]] закрыт, остаток {{price|412,50 руб.}} — на карту клиента [[CREDIT_CARD|5469 4309 9454 8354]], получатель [[PERSON|Тагиров Руслан Ильдарович]], тел. [[PHONE_NUMBER|+7 (912) 288-60-31]]. Заявление {{order_number|В-55120}}.
""")

N("death_termination", """
Расторжение после смерти абонента [[PERSON|Гуревич Семён Маркович]] (д.р. [[DATE_OF_BIRTH|22.10.1940]]). Номер [[PHONE_NUMBER|9028745103]], дог. [[CONTRACT_NUMBER|1007-38821]].
Обратилась дочь [[PERSON|Гуревич-Лаптева Инна Семёновна]], п-т [[RU_PASSPORT|6505 981442]], свидетельство видел. Номер себе не оставляет. Её контакт — [[EMAIL_ADDRESS|inna.lapteva@list.ru]].
""")

N("student_tj_dorm", """
Студентка УГМУ из Душанбе. [[PERSON|Рахимова Фарангис Бахтиёровна]], д.р. [[DATE_OF_BIRTH|01.01.2004]] (у многих из РТ в паспорте 1 января — уточнил, так и есть). Паспорт РТ [[FOREIGN_PASSPORT|402017785]].
Регистрация по месту пребывания (общежитие): [[ADDRESS|ул. Ключевская, 7, к. 318]]. Папа в Душанбе [[PHONE_NUMBER|+992 91 703 22 19]]. Свой номер [[PHONE_NUMBER|+7 953 006-45-12]], почта [[EMAIL_ADDRESS|farangis.r04@mail.ru]].
""")

N("brothers_pair", """
Братья [[PERSON|Юсупов Азиз]] и [[PERSON|Юсупов Анвар]], оба УЗБ.
[[PERSON|Азиз]]: [[FOREIGN_PASSPORT|FA 6102873]], МК [[MIGRATION_CARD|6525 0081430]], номер [[PHONE_NUMBER|9527710340]].
[[PERSON|Анвар]]: [[FOREIGN_PASSPORT|FA 6102874]], МК [[MIGRATION_CARD|6525 0081431]], номер [[PHONE_NUMBER|9527710341]].
Адрес пребывания общий: [[ADDRESS|г. Екатеринбург, ул. Фронтовых Бригад, 18, кв. 9]].
""")

N("warranty_repair", """
Приняли в ремонт {{phone_model|Redmi Note 12}} по гарантии, IMEI [[DEVICE_ID|35 114968 441297 6]], чек {{order_number|00418-2207}}. Владелец [[PERSON|Шарипов Икром]], тел. [[PHONE_NUMBER|+7 922 108 77 30]], доп. тел. жены [[PHONE_NUMBER|+7 922 108 77 31]]. Код разблокировки экрана оставил: [[SECRET|2580]].
""")

# ---------------------------------------------------------------- part 4
N("installment_two_docs", """
Оформление + рассрочка на {{phone_model|Honor X8b}}. [[PERSON|Мелентьев Артём Викторович]], д.р. [[DATE_OF_BIRTH|30.01.1995]]
осн. док — паспорт [[RU_PASSPORT|65 15 № 604238]], [[RU_PASSPORT_DEPT|660-019]]
второй док для рассрочки — ВУ [[RU_DRIVER_LICENSE|99 21 583410]]
ИНН [[RU_INN|667236537481]]
ежемес. платёж {{price|1 490 ₽}}, списание с [[CREDIT_CARD|2202 1216 1917 1685]]
тел. [[PHONE_NUMBER|+7 919 366 02 84]], место работы не указал
""")

N("vnzh_spouse", """
[[PERSON|Лю Цзин]] ([[PERSON|LIU JING]]), КНР, замужем за гражданином РФ, ВНЖ [[RESIDENCE_PERMIT|83 № 0017652]], выдан {{doc_date|02.02.2023}}. Паспорт КНР [[FOREIGN_PASSPORT|EH2208417]]. д.р. [[DATE_OF_BIRTH|11.11.1990]].
Муж — [[PERSON|Шестаков Олег Николаевич]], его номер [[PHONE_NUMBER|8 922 1340 655]]. Прописка по ВНЖ у мужа: [[ADDRESS|г. Екатеринбург, ул. Уральских Рабочих, д. 41, кв. 102]]. Почта [[EMAIL_ADDRESS|liujing1111@163.com]].
""")

N("csv_quoted", """
"[[PERSON|Сафаров Дилшод]]";"[[DATE_OF_BIRTH|19.07.2002]]";"TJK";"[[FOREIGN_PASSPORT|A4018892]]";"[[MIGRATION_CARD|4623 0158004]]";"[[WORK_PATENT|66 2500847196]]";"[[PHONE_NUMBER|+79122740581]]";"{{tariff|Безлимит Мигрант}}";"{{price|500}}"
""")

N("old_contract_restore", """
Восстановление SIM на номер [[PHONE_NUMBER|+7-912-605-1717]], договор [[CONTRACT_NUMBER|4401-2015-09281]] от {{doc_date|2015}} года. В договоре паспорт старый [[RU_PASSPORT|6510 338019]], клиент принёс новый [[RU_PASSPORT|6523 409155]] — в новом есть отметка о прежнем, совпадает. [[PERSON|Кривошеев Андрей Юрьевич]]. Выдали новую [[DEVICE_ID|8970101069623607008]].
""")

N("detail_request", """
Запрос детализации за {{doc_date|октябрь 2025}} — только владельцу, лично. [[PERSON|Хабибуллина Алсу Маратовна]] предъявила п-т [[RU_PASSPORT|6519 001744]]; номер [[PHONE_NUMBER|+7 902 256 30 11]], отправить на [[EMAIL_ADDRESS|alsu.khab@yandex.ru]]. Платная, {{price|50 р.}} Кодовое слово не помнит (в базе «[[SECRET|Казань2009]]»), но по паспорту норм.
""")

N("citizenship_change", """
Получил гражданство РФ. Был [[PERSON|Петросян Гор Арменович]] с п-том РА [[FOREIGN_PASSPORT|AP0327741]] и РВП [[RESIDENCE_PERMIT|66/22/013380]], теперь паспорт РФ [[RU_PASSPORT|6525 117493]] ({{issuer|ГУ МВД России по Свердловской обл.}}, [[RU_PASSPORT_DEPT|660-001]]).
Переоформили дог. [[CONTRACT_NUMBER|7739-0415]] на новые данные, номер прежний [[PHONE_NUMBER|89122020718]]. ДР [[DATE_OF_BIRTH|18 мая 1987]].
""")

N("handwriting_doubt", """
Анкета заполнена от руки, фамилия неразборчиво: то ли [[PERSON|Махмудов]], то ли [[PERSON|Мамудов]]. По паспорту [[PERSON|MAHMUDOV SHERZOD]] — значит [[PERSON|Махмудов]], записал так. п-т [[FOREIGN_PASSPORT|FA 8801524]], МК [[MIGRATION_CARD|6522 1044769]], тел. [[PHONE_NUMBER|+79506027736]].
""")

N("reassign_owner", """
Переоформление номера [[PHONE_NUMBER|+7 932 601 48 25]] с [[PERSON|Белоусова Игоря Петровича]] ([[RU_PASSPORT|6508 227140]]) на [[PERSON|Белоусову Дарью Игоревну]] ([[RU_PASSPORT|6522 903611]], д.р. [[DATE_OF_BIRTH|09.12.2004]]). Оба присутствовали. Старый л/с [[ACCOUNT_NUMBER|277100884315]], новый [[ACCOUNT_NUMBER|277105519026]]. Баланс перенесли.
""")

N("gosuslugi_mismatch", """
Подтверждение через Госуслуги не прошло: в ЕСИА у клиента д.р. [[DATE_OF_BIRTH|1996-04-07]], а мы вбили [[DATE_OF_BIRTH|1996-07-04]] (перепутали день и месяц). Исправил. [[PERSON|Давлатов Шохрух]], паспорт [[FOREIGN_PASSPORT|FA1033476]], номер [[PHONE_NUMBER|9045437108]]. Повторный запрос ушёл.
""")

N("oneliner_autopay", """
[[PERSON|Гончаренко В.]] — подключил автоплатёж с [[CREDIT_CARD|2200802829973463]] на [[PHONE_NUMBER|9505558172]], порог {{price|100 р}}, л/с [[ACCOUNT_NUMBER|881204776]].
""")

N("proxy_representative", """
Пришёл муж по нотариальной доверенности от {{doc_date|12.08.2025}}. Абонент: [[PERSON|Кузьмина Валентина Фёдоровна]], [[DATE_OF_BIRTH|03.03.1949]], лежачая. Представитель: [[PERSON|Кузьмин Геннадий Петрович]], п-т [[RU_PASSPORT|6501 447329]].
Сменили тариф на {{tariff|Близкие люди}}, новая сим-карта [[DEVICE_ID|8970101028625609339]] на её номер [[PHONE_NUMBER|8-912-246-85-07]].
""")

N("patent_inn_landlord", """
гр. РТ [[PERSON|Шарипов Далер Хайруллоевич]] д.р. [[DATE_OF_BIRTH|15.03.1991]]
паспорт [[FOREIGN_PASSPORT|400992610]]  МК [[MIGRATION_CARD|4619 0582137]]
патент серия [[WORK_PATENT|66 № 2500129934]] (профессия — подсобный рабочий), ИНН из патента [[RU_INN|669038784764]]
преб.: [[ADDRESS|Екатеринбург, ул. Студенческая, д. 11, кв. 5]], собственник жилья [[PERSON|Шевчук Н.А.]]
""")

# ---------------------------------------------------------------- part 5
N("shop_stamp_pensioner", """
Салон {{shop_code|ЕКБ-047}} ({{shop_address|ул. Победы, 37}}), продавец таб. {{employee_id|40117}}.
Пенсионер [[PERSON|Ощепков Аркадий Львович]], [[DATE_OF_BIRTH|26.08.1946]], хочет «кнопочный» — продали {{phone_model|Nokia 105}}.
п-т [[RU_PASSPORT|6501 203577]], СНИЛС [[RU_SNILS|588-314-283 27]], адр. [[ADDRESS|г. Екатеринбург, ул. Победы, 29, кв. 7]] (живёт рядом с салоном).
Номер [[PHONE_NUMBER|+7 950 647 19 05]]; дочь просила записать её как контактную — [[PERSON|Ощепкова Наталья]], [[PHONE_NUMBER|+7 912 655 10 44]].
Баланс проверять {{short_number|*100#}} — показал.
""")

N("china_work_permit", """
КНР, строитель. [[PERSON|ЧЭНЬ ГОПИН]] ([[PERSON|CHEN GUOPING]]), паспорт [[FOREIGN_PASSPORT|EC 0735521]], разрешение на работу [[WORK_PATENT|66 № 2500031177]] (работодатель — ООО «Урал-Синьцзян Строй»). Телефон от бригадира: [[PHONE_NUMBER|+7 982 600 73 19]], свой новый [[PHONE_NUMBER|+7 982 600 73 42]]. ДР [[DATE_OF_BIRTH|04.10.1972]].
""")

N("sim_limit", """
По лимиту: на [[PERSON|Исмаилов Рустам]] ([[FOREIGN_PASSPORT|FA 2271990]]) в системе уже {{sim_count|10}} номеров у разных операторов, больше не даёт. Посоветовал расторгнуть неиспользуемые. Его текущий номер [[PHONE_NUMBER|+7 912 770 20 96]], МК [[MIGRATION_CARD|6523 1178002]]. Если будут вопросы — {{short_number|0890}}.
""")

N("imei_box_mismatch", """
Продажа {{phone_model|Samsung A15}} + SIM. При выдаче IMEI на коробке [[DEVICE_ID|497698178381993]], в телефоне {{short_number|*#06#}} показал [[DEVICE_ID|017159397493201]] — заменили аппарат со склада, новый IMEI [[DEVICE_ID|498969207538575]]. Покупатель [[PERSON|Трофимова Е.А.]], [[PHONE_NUMBER|89041780356]], чек {{order_number|ЕКБ047-0019283}}.
""")

N("courier_delivery", """
Курьерская доставка SIM:
получатель — [[PERSON|Власова Юлия Андреевна]]
адрес — [[ADDRESS|620075, г. Екатеринбург, ул. Мамина-Сибиряка, 101, офис 14]] (рабочий)
тел. — [[PHONE_NUMBER|+7 922 034-81-16]]
заказ {{order_number|D-448213}}, ICCID [[DEVICE_ID|8970102605535458961]]
курьер сверяет паспорт [[RU_PASSPORT|6517 340892]] при вручении
""")

N("kg_kyzy_layout", """
Кыргызстан. [[PERSON|Айпери Талантбек кызы]] / в ID латиницей [[PERSON|AIPERI TALANTBEK KYZY]], я сначала набрал [[PERSON|Aipери]] (раскладка). ID [[FOREIGN_PASSPORT|AN 2104477]] / д.р. [[DATE_OF_BIRTH|08.02.2002]] / МК [[MIGRATION_CARD|6524 0087213]] / трудовой договор есть / тел. [[PHONE_NUMBER|+7 995 281 40 07]], мама [[PHONE_NUMBER|+996 700 11 52 38]]
""")

N("complaint_wrong_addr", """
Жалоба по обращению {{ticket_number|CRM-3310457}}: в договоре [[CONTRACT_NUMBER|ЕКБ/2024/118730]] при оформлении вбили адрес [[ADDRESS|ул. Ясная, 22-118]] вместо правильного [[ADDRESS|ул. Ясная, 32, кв. 18]], счета уходили не туда. Клиент [[PERSON|Голубев Степан Ильич]], [[PHONE_NUMBER|+7 919 390 05 51]]. Исправил, извинился, начислили компенсацию {{price|300 ₽}}.
""")

N("series_number_words", """
Студент из Кургана, врем. регистрация в ЕКБ. [[PERSON|Лапин Глеб Сергеевич]], паспорт серия [[RU_PASSPORT|3719]] номер [[RU_PASSPORT|884120]], код [[RU_PASSPORT_DEPT|450-003]].
Пост. адрес: [[ADDRESS|Курганская обл., г. Шадринск, ул. Свердлова, д. 62]]; врем.: [[ADDRESS|Екатеринбург, ул. Мира, 32, общ. 2, к. 407]].
Мобильный [[PHONE_NUMBER|+79615700283]]. Д.р. [[DATE_OF_BIRTH|13 августа 2005]] г.
""")

N("brigade_rows", """
Бригада от ООО «СтройАльянс», оформили {{sim_count|3 SIM}}, оплата с корп. счёта:
1;[[PERSON|Бобоев Сухроб]];[[FOREIGN_PASSPORT|400771256]];[[PHONE_NUMBER|9126604401]]
2;[[PERSON|Бобоев Хуршед]];[[FOREIGN_PASSPORT|400771318]];[[PHONE_NUMBER|9126604402]]
3;[[PERSON|Qurbonov Ilhom]];[[FOREIGN_PASSPORT|401224097]];[[PHONE_NUMBER|9126604403]]
""")

N("scam_victim", """
Клиентка [[PERSON|Мухаметшина Раиса Гарифовна]] ([[DATE_OF_BIRTH|1958-06-30]]) пришла напуганная: звонили «из салона», просили продиктовать код из СМС и кодовое слово. Звонили с [[PHONE_NUMBER|+7 (995) 114-20-87]]. Код она не сказала, КС ([[SECRET|Зорька]]) — сказала.
Поменяли КС на [[SECRET|Малахит-58]], номер клиентки [[PHONE_NUMBER|9089031422]]. Объяснил, что мы сами так не звоним, официально только {{short_number|0890}}.
""")

N("ocr_letter_o", """
из сканера (OCR), поправил руками где видно:
SURNAME [[PERSON|KARIMOV]] / GIVEN NAMES [[PERSON|DONIYOR]] / NATIONALITY UZB
DATE OF BIRTH [[DATE_OF_BIRTH|11 O3 1999]] ← там О буквой, это 03
PASSPORT No [[FOREIGN_PASSPORT|FA 55O1872]] → правильно [[FOREIGN_PASSPORT|FA 5501872]]
DATE OF EXPIRY {{doc_date|19 O7 2032}}
""")

N("biometry_unblock", """
Номер [[PHONE_NUMBER|+7 953 601-37-70]] заблокирован — не прошёл подтверждение биометрией за 30 дней. Абонент [[PERSON|Хасанов Фирдавс]], МК [[MIGRATION_CARD|4624 0412290]], паспорт [[FOREIGN_PASSPORT|401770325]]. Сделали биометрию в салоне, разблок. по заявке {{order_number|UNB-30417}}. SIM та же, [[DEVICE_ID|8970102086622061408]].
""")

# ---------------------------------------------------------------- part 6
N("system_log_kv", """
[REG] fio="[[PERSON|Abdurakhmonov Otabek]]" dob=[[DATE_OF_BIRTH|1993-08-14]] doc_type=FOREIGN_PASSPORT doc_no="[[FOREIGN_PASSPORT|FA3017744]]" mig_card="[[MIGRATION_CARD|65240551093]]" patent="[[WORK_PATENT|662500714402]]" inn=[[RU_INN|661343922141]] msisdn=[[PHONE_NUMBER|79634407719]] iccid=[[DEVICE_ID|8970199166008191799]] pos={{shop_code|EKB-112}} user={{employee_id|op40233}}
""")

N("lost_passport_dl", """
[[PERSON|Сорокин Павел Андреевич]] потерял паспорт, новый в работе. Показал ВУ [[RU_DRIVER_LICENSE|6631 908254]] и справку из МВД. SIM не меняем до получения паспорта, но записал ему контактный [[PHONE_NUMBER|+7 904 540 88 23]] и почту [[EMAIL_ADDRESS|sorokin.pa@bk.ru]]. Старый паспорт в базе: [[RU_PASSPORT|6512 770341]] — пометил как недействительный.
""")

MISTYPED.add("131-945-116 45")
N("snils_checksum", """
СНИЛС клиент продиктовал [[RU_SNILS|131-945-116 45]] — система не приняла (контрольная сумма), взяли с карточки: [[RU_SNILS|131-945-116 44]]. [[PERSON|Дорофеева Ирина Витальевна]], тел. [[PHONE_NUMBER|+7 912 046 73 30]], ИНН [[RU_INN|663568096508]].
""")

N("foreign_card_autopay", """
[[PERSON|Нуртазин Асхат]] (РК) просит привязать казахстанскую карту к автоплатежу — карта [[CREDIT_CARD|4817 8971 0015 4537]], срок [[CARD_EXPIRY|08/26]]. Предупредил, что иностранные карты могут не пройти, попробовали — прошло. Номер [[PHONE_NUMBER|+79527100642]], л/с [[ACCOUNT_NUMBER|660-118-24791]].
""")

N("owner_vs_user_quote", """
Кл.: «запишите на брата, он будет пользоваться» — объяснил, что владелец тот, на кого паспорт. Владелец [[PERSON|Рузиев Баходир]] ([[FOREIGN_PASSPORT|FA 9107326]]), пользователь брат [[PERSON|Рузиев Бахром]], у брата свой номер [[PHONE_NUMBER|+998 90 371 15 66]]. Выдал SIM [[DEVICE_ID|8970102484719398355]], номер [[PHONE_NUMBER|+7 912 331 09 44]].
""")

N("vnzh_renewal", """
Обновили данные ВНЖ: старый [[RESIDENCE_PERMIT|82 0093351]] (истёк {{doc_date|01.10.2025}}), новый [[RESIDENCE_PERMIT|83 1120478]]. [[PERSON|Гаспарян Нарине Валериковна]], ИНН [[RU_INN|667289411796]], СНИЛС [[RU_SNILS|364-479-125 08]]. Адрес тот же: [[ADDRESS|г. Екатеринбург, ул. Академика Бардина, 40/1, кв. 61]].
""")

N("callback_extension", """
Перезвонить: [[PERSON|Широков Ю.М.]], раб. [[PHONE_NUMBER|(343) 355-12-40]] доб. 214, моб. [[PHONE_NUMBER|8-922-6-111-409]]. Вопрос по eSIM в {{phone_model|Apple Watch}}, номер основной [[PHONE_NUMBER|+7 922 611 14 09]]. Дог. [[CONTRACT_NUMBER|0094-551-773]].
""")

N("bonus_program", """
Подключили бонусную программу: [[PERSON|Ахмедова Шахноза]], e-mail [[EMAIL_ADDRESS|shakhnoza.akhmedova@gmail.com]], ДР для скидки [[DATE_OF_BIRTH|29.02.2000]], номер [[PHONE_NUMBER|+7 908 902 41 15]]. Пароль от ЛК придумала сама, записала на листке «[[SECRET|Shaxnoza2000!]]» — сказал убрать.
""")

MISTYPED.add("66444408480")
N("inn_mistyped", """
ИНН с патента переписал с ошибкой: [[RU_INN|66444408480]] (11 цифр) — правильно [[RU_INN|667444084803]]. Это [[PERSON|Нематов Зафар]], патент [[WORK_PATENT|66 № 2500442178]], МК [[MIGRATION_CARD|6525 0310958]].
""")

N("bullets", """
• абонент: [[PERSON|Елисеева Полина Романовна]]
• д/р: [[DATE_OF_BIRTH|31.05.1998]]
• паспорт: [[RU_PASSPORT|6518207314]] / [[RU_PASSPORT_DEPT|660 009]]
• прописка: [[ADDRESS|Свердл. обл., г. Первоуральск, пр-т Ильича, д. 9, кв. 41]]
• IMEI нового телефона: [[DEVICE_ID|358111057309737]] ({{phone_model|Pixel 7}})
• тариф {{tariff|Мой онлайн+}}, {{price|690 руб/мес}}
""")

N("mk_transposed", """
ИСКЛЮЧЕНИЕ: номер МК в системе [[MIGRATION_CARD|4620 1140785]], а на карте [[MIGRATION_CARD|4620 1140758]] — две цифры местами. Клиент [[PERSON|Олимов Суннатулло]], паспорт [[FOREIGN_PASSPORT|A 3309918]]. Исправление через БО, {{ticket_number|INC0048812}}. Номер пока активен: [[PHONE_NUMBER|+7 950 190-44-73]].
""")

N("armenia_id_header", """
{{shop_code|ЕКБ-112}}, сотр. {{employee_id|38840}}
[[PERSON|Акопян Мери Самвеловна]], Армения, ID-карта [[FOREIGN_PASSPORT|012448310]], РВП [[RESIDENCE_PERMIT|66/25/000918]]
снилс [[RU_SNILS|03670071333]], инн [[RU_INN|660407161422]]
тел. [[PHONE_NUMBER|+7 932 110 70 07]], доп. [[PHONE_NUMBER|+374 91 44 06 12]]
почта [[EMAIL_ADDRESS|meri.akopyan@mail.am]]
""")

# ---------------------------------------------------------------- part 7
N("student_parent_pays", """
Первокурсница [[PERSON|Зиннатуллина Камила Айдаровна]] ([[DATE_OF_BIRTH|2007-01-19]]), паспорт [[RU_PASSPORT|6521 304117]], [[RU_PASSPORT_DEPT|660-041]]. Оплачивать будет папа со своей карты [[CREDIT_CARD|2200 4047 9874 7737]] ([[PERSON|Зиннатуллин Айдар Рашитович]] — согласие по телефону [[PHONE_NUMBER|+7 917 405 22 81]]). Её номер [[PHONE_NUMBER|+7 961 300 09 71]], СНИЛС [[RU_SNILS|230-650-032 10]].
""")

N("two_column_table", """
Поле        | Значение
ФИО         | [[PERSON|Тожибоев Илхомжон Мирзаахмадович]]
Гражданство | Узбекистан
Паспорт     | [[FOREIGN_PASSPORT|FA 6631047]]
Дата рожд.  | [[DATE_OF_BIRTH|07.07.1989]]
МК          | [[MIGRATION_CARD|4622 № 0739921]]
Патент      | [[WORK_PATENT|66 2400610522]] (до {{doc_date|18.04.2026}})
Телефон     | [[PHONE_NUMBER|+7 (912) 274-47-18]]
ICCID       | [[DEVICE_ID|8970102790488838961]]
""")

N("china_escort", """
Группа китайских студентов (подготовит. ф-т), записываю сопровождающего: [[PERSON|Сунь Лэй]] / [[PERSON|SUN LEI]], п-т [[FOREIGN_PASSPORT|EK3390158]], [[PHONE_NUMBER|+86 186 0531 2274]] / наш [[PHONE_NUMBER|+7 950 207 66 31]], карта для оплаты [[CREDIT_CARD|6281 8880 5913 0588]]. Остальных оформлю отдельными заявками.
""")

N("restriction_exwife", """
Пометка по просьбе абонента [[PERSON|Чернов Максим Олегович]]: никакую информацию по номеру [[PHONE_NUMBER|+7 922 600 31 02]] не давать бывшей жене — [[PERSON|Чернова (Ларионова) Светлана]], она может звонить с [[PHONE_NUMBER|+7 912 288 17 30]]. Кодовое слово сменили на [[SECRET|Байкал-Тайга]]. Дог. [[CONTRACT_NUMBER|1199-3380-5]].
""")

N("puk_envelope", """
Выдали конверт: ICCID [[DEVICE_ID|8970199579611592189]], PUK [[SECRET|40918822]], PIN по умолчанию не пишем. Абонент [[PERSON|Исаков Давронбек]], тел. [[PHONE_NUMBER|+79536070531]], паспорт [[FOREIGN_PASSPORT|AC 4417205]] (Кыргызстан).
""")

N("family_three_phones", """
Семья [[PERSON|Валиевых]]: купили {{phone_model|Redmi A3}} x2 и {{phone_model|Realme C61}}. IMEI: [[DEVICE_ID|354094631361032]], [[DEVICE_ID|352783233950802]], [[DEVICE_ID|357291653117329]].
Все на отца — [[PERSON|Валиев Ильшат Ринатович]], дог. [[CONTRACT_NUMBER|ЕКБ/2025/070112]], номера [[PHONE_NUMBER|+7 904 160 11 20]], [[PHONE_NUMBER|+7 904 160 11 21]], [[PHONE_NUMBER|+7 904 160 11 22]].
""")

N("minor_refused", """
Пришёл парень 17 лет, гр. Таджикистана, [[PERSON|Мирзоев Меҳрубон]] (в паспорте буква «ҳ», в CRM не вводится — записал [[PERSON|Мирзоев Мехрубон]]). Несовершеннолетний, без родителей не оформляем, дал список документов.
Паспорт [[FOREIGN_PASSPORT|402255031]], д.р. [[DATE_OF_BIRTH|05.06.2008]]. Отец должен прийти с ним, его номер [[PHONE_NUMBER|+7 953 822 50 16]].
""")

N("csv_mixed_order", """
{{doc_date|2025-11-14 12:41}}, [[PHONE_NUMBER|79221830544]], [[DEVICE_ID|8970120042655137084]], [[PERSON|Хамидов Азамат]], [[FOREIGN_PASSPORT|FA4410096]], [[DATE_OF_BIRTH|1999-10-02]], {{tariff|Мигрант Плюс}}, {{price|450}}, {{shop_code|ЕКБ-047}}
""")

N("hearing_impaired", """
Абонент слабослышащая, общение через дочь. [[PERSON|Баженова Тамара Ильинична]], д.р. [[DATE_OF_BIRTH|04.04.1952]], паспорт [[RU_PASSPORT|65 02 № 390128]], СНИЛС [[RU_SNILS|216-531-507 38]].
Уведомления по счёту слать дочери [[PERSON|Котовой Елене]] на [[EMAIL_ADDRESS|e.kotova.1976@mail.ru]]. Номер абонента [[PHONE_NUMBER|8 912 281 4060]], л/с [[ACCOUNT_NUMBER|277106330145]].
""")

N("nickname", """
[[PERSON|LI XINYI]] / [[PERSON|Ли Синьи]], просит обращаться «[[PERSON|Лиза]]». Стажёр в ресторане, виза рабочая, разрешение [[WORK_PATENT|66 № 2500208841]]. п-т [[FOREIGN_PASSPORT|EG7716203]]. Живёт: [[ADDRESS|ул. 8 Марта, 190, кв. 233]]. [[PHONE_NUMBER|+7 908 927 15 03]].
""")

N("shop_vs_home_address", """
Клиент оформлялся в нашем салоне на {{shop_address|ул. Шейнкмана, 45}} ({{shop_code|ЕКБ-019}}), сейчас пришёл к нам. [[PERSON|Латыпов Ренат Ильдусович]], д.р. [[DATE_OF_BIRTH|12.01.1984]], адрес регистрации [[ADDRESS|ул. Шейнкмана, 112, кв. 39]], номер [[PHONE_NUMBER|9120449821]], ИНН [[RU_INN|666624532410]]. Хочет сменить тариф на {{tariff|Мой безлимит}} за {{price|650 ₽}}.
""")

N("home_country_address", """
Адрес постоянной регистрации (по паспорту): [[ADDRESS|Республика Узбекистан, Самаркандская обл., Пастдаргомский р-н, кишлак Чархин, ул. Мустакиллик, 14]]
Адрес пребывания: [[ADDRESS|620102, г. Екатеринбург, ул. Посадская, д. 23, корп. 2, кв. 145]]
ФИО [[PERSON|Норматов Шухрат Хамроевич]], п-т [[FOREIGN_PASSPORT|FA 1180336]]
д.р. [[DATE_OF_BIRTH|23.03.1985]], тел. [[PHONE_NUMBER|+7 982 700 41 96]]
""")

# ---------------------------------------------------------------- part 8
N("bank_credit_form", """
Заявка на кредит ({{order_number|KR-7730214}}) за {{phone_model|iPhone 15}}, банк-партнёр. Анкета:
[[PERSON|Носков Евгений Валерьевич]], [[DATE_OF_BIRTH|17.11.1991]]
паспорт [[RU_PASSPORT|6512 № 448903]] / [[RU_PASSPORT_DEPT|660-027]]
доп. документ: в/у [[RU_DRIVER_LICENSE|66 ОА 713009]]
ИНН [[RU_INN|667612127441]], СНИЛС [[RU_SNILS|556-486-903 43]]
раб. тел. [[PHONE_NUMBER|+7 (343) 216-40-50]], моб. [[PHONE_NUMBER|+7 912 617-85-22]]
""")

N("cvv_on_form", """
!! Клиентка сама написала на бланке CVV, бланк уничтожил. Для автоплатежа: карта [[CREDIT_CARD|2200 1418 1602 4083]], [[CARD_EXPIRY|02/27]], CVV [[CARD_CVV|517]] — в систему CVV не вносил. [[PERSON|Пермякова Людмила Ивановна]], номер [[PHONE_NUMBER|+7 950 633 21 08]].
""")

N("apostrophe_translit", """
Имя в паспорте: [[PERSON|G'OFUROV SHAHZOD O'TKIR O'G'LI]]. В МК: [[PERSON|GOFUROV SHAKHZOD]]. В патенте: [[PERSON|Гофуров Шахзод Уткир угли]]. Договор оформил по паспорту, латиницей.
п-т [[FOREIGN_PASSPORT|AD 0372915]] д.р. [[DATE_OF_BIRTH|10.10.2001]] МК [[MIGRATION_CARD|6525 1407730]] патент [[WORK_PATENT|66 2500731188]] тел [[PHONE_NUMBER|9126081134]]
""")

N("taxi_promo_dl", """
Тариф для водителей такси ({{tariff|Драйв}}) — по акции нужно в/у. [[PERSON|Гарипов Айрат Фанисович]], в/у [[RU_DRIVER_LICENSE|9920 114857]] (кат. B), паспорт [[RU_PASSPORT|6516 № 225814]]. Номер [[PHONE_NUMBER|+7 904 389 70 12]], почта для чеков [[EMAIL_ADDRESS|garipov.taxi@yandex.ru]].
""")

N("letter_to_bo", """
Коллеги, добрый день!
Прошу проверить регистрацию абонента [[PERSON|Байжанов Даурен Сакенович]] (РК, п-т [[FOREIGN_PASSPORT|N09981274]]). Номер [[PHONE_NUMBER|+7 953 042 17 60]] не регистрируется в сети после активации, ICCID [[DEVICE_ID|8970101421979638220]], IMEI аппарата [[DEVICE_ID|350691555877390]].
Клиент ждёт ответ на [[EMAIL_ADDRESS|dauren.baizhanov@mail.kz]].
С уважением, салон {{shop_code|ЕКБ-031}}, {{shop_address|пр. Космонавтов, 11}}
""")

N("emergency_contacts", """
Контакты на случай, если абонент не отвечает (просила сама): сын [[PERSON|Игорь]] [[PHONE_NUMBER|89221140263]], дочь [[PERSON|Марина]] [[PHONE_NUMBER|89126033514]], соседка [[PERSON|Тамара Петровна]] [[PHONE_NUMBER|(343) 240-17-55]]. Абонент — [[PERSON|Зуева Клавдия Степановна]], [[DATE_OF_BIRTH|01.12.1938]].
""")

N("ocr_one_string_caps", """
вставил из распознавания паспорта одной строкой:
[[PERSON|ГАЛИУЛЛИН ТИМУР РАФАЭЛЕВИЧ]] [[DATE_OF_BIRTH|21.02.1999]] [[RU_PASSPORT|6519402118]] {{issuer|ГУ МВД РОССИИ ПО СВЕРДЛОВСКОЙ ОБЛАСТИ}} {{doc_date|15.04.2019}} [[RU_PASSPORT_DEPT|660003]] [[ADDRESS|СВЕРДЛОВСКАЯ ОБЛ. Г. ЕКАТЕРИНБУРГ УЛ. СТАЧЕК Д. 8 КВ. 114]]
тел. уже от себя дописал: [[PHONE_NUMBER|+7 912 204 9 204]]
""")

N("tourist_esim", """
Турист, КНР, на 2 недели. [[PERSON|HUANG MEILING]] ([[PERSON|Хуан Мэйлин]]), п-т [[FOREIGN_PASSPORT|EA6602918]], МК [[MIGRATION_CARD|4625 0022817]], гостиница [[ADDRESS|ул. Малышева, 38, номер 507]]. Туристический тариф {{tariff|Гость}} {{price|700 ₽}}. eSIM, QR на [[EMAIL_ADDRESS|meiling.huang@126.com]]. Китайский номер [[PHONE_NUMBER|+86 158 1023 4407]].
""")

N("address_change", """
Смена адреса регистрации: было [[ADDRESS|Екатеринбург, ул. Электриков, 16-52]], стало [[ADDRESS|Екатеринбург, мкр. Академический, ул. Вильгельма де Геннина, 31, кв. 208]]. Штамп в паспорте [[RU_PASSPORT|6511 540032]] видел. [[PERSON|Ермолаев Константин Сергеевич]], дог. [[CONTRACT_NUMBER|3302-18844]], кодовое слово [[SECRET|дельфин]] подтвердил.
""")

N("port_out", """
Клиент уходит к другому оператору, просит не тянуть. [[PERSON|Вахрушев Н.Н.]], номер [[PHONE_NUMBER|+7(912)602-88-14]], л/с [[ACCOUNT_NUMBER|277102200458]], долг {{price|0,00}}. Заявка от нового оператора пришла, {{ticket_number|PO-2025-51108}}. Сохранение не получилось. Контакт для уведомлений — [[EMAIL_ADDRESS|n.vakhrushev@internet.ru]].
""")

N("rvp_decision", """
РВП вместо патента — гр. РТ [[PERSON|Каримзода Сомон]], решение о выдаче РВП № [[RESIDENCE_PERMIT|3318/2025]] ({{doc_date|07.05.2025}}), отметка в паспорте [[FOREIGN_PASSPORT|401660492]]. Адрес по РВП: [[ADDRESS|Свердловская обл., г. Арамиль, ул. Рабочая, 120, кв. 3]]. ИНН [[RU_INN|664870926170]]. тел [[PHONE_NUMBER|+7 961 572 09 33]].
""")

N("stolen_imei", """
IMEI [[DEVICE_ID|012747924923214]] в стоп-листе (кража), аппарат не регистрируем. Принёс [[PERSON|Гуломов А.]], говорит купил с рук на Авито, номер продавца [[PHONE_NUMBER|+7 995 120 40 88]]. Его номер [[PHONE_NUMBER|+7 912 033 71 50]].
""")

# ---------------------------------------------------------------- part 9
N("checkbox_arrival", """
[x] паспорт  [x] МК  [ ] патент (в работе)  [x] уведомление
[[PERSON|Турдиев Нодирбек]] / [[FOREIGN_PASSPORT|FA 4478012]] / МК [[MIGRATION_CARD|6525 0990147]] / [[DATE_OF_BIRTH|03.12.2003]]
уведомление о прибытии: [[ADDRESS|г. Екатеринбург, ул. Коминтерна, 11, кв. 70]], принимающая сторона [[PERSON|Ахунов Р.Р.]]
переводил дядя [[PERSON|Турдиев Алишер]] [[PHONE_NUMBER|+7 902 870 11 45]]
""")

N("contacts_update_hotline", """
Клиентка жаловалась, что {{short_number|0611}} долго не отвечает; показал, как то же сделать в приложении. Попутно обновили контакты: [[PERSON|Никитина Ольга Вадимовна]], новый e-mail [[EMAIL_ADDRESS|olga.nikitina@rambler.ru]] (старый [[EMAIL_ADDRESS|o.nikitina84@mail.ru]] закрыт), доп. номер [[PHONE_NUMBER|+7 953 388 40 21]]. Горячая линия для справки — {{short_number|8 800 250 0890}}.
""")

N("printout_contract_vs_account", """
Распечатка: Договор № [[CONTRACT_NUMBER|660011845502]] от {{doc_date|03.12.2025}}, Лицевой счёт [[ACCOUNT_NUMBER|660011845503]], Абонентский номер [[PHONE_NUMBER|+7 912 601 22 85]], SIM [[DEVICE_ID|8970101732291923326]], Абонент [[PERSON|Кириллова Анна Денисовна]]. Подпись клиента есть.
""")

N("latin_layout", """
(pisal s plansheta, net russkoi raskladki) klient [[PERSON|Usmonov Farhod]], pasport [[FOREIGN_PASSPORT|FA 2038841]], mk [[MIGRATION_CARD|4623 0874415]], nomer [[PHONE_NUMBER|+7 950 560 44 19]], kodovoe slovo [[SECRET|Navruz]], adres [[ADDRESS|Ekaterinburg, ul. Shefskaya 87-12]]
""")

N("contract_copy", """
Повторная выдача договора. [[PERSON|Мартынова Ирина Геннадьевна]], д.р. [[DATE_OF_BIRTH|21 июн. 1969]], паспорт [[RU_PASSPORT|6514 № 880027]], к.п. [[RU_PASSPORT_DEPT|660-013]]. Копию договора [[CONTRACT_NUMBER|ЕКБ-1408-2219]] распечатал, выслал также на [[EMAIL_ADDRESS|martynova.ig@gmail.com]]. ИНН [[RU_INN|660537351671]].
""")

N("patent_other_region", """
Патент выдан не в Свердл. обл. (серия [[WORK_PATENT|72 № 2500066219]], Тюмень) — работать тут по нему нельзя, но SIM оформить можем, патент для связи не обязателен. [[PERSON|Жураев Баходир Абдувалиевич]], [[FOREIGN_PASSPORT|FA 7702245]], МК [[MIGRATION_CARD|6524 0155583]], ДР [[DATE_OF_BIRTH|1990-06-12]], [[PHONE_NUMBER|+7 922 207 03 61]].
""")

N("router_dacha", """
Роутер {{phone_model|ZTE MF79U}} + SIM для дачи. IMEI роутера [[DEVICE_ID|867263552434959]], ICCID [[DEVICE_ID|8970101772439652197]], номер (только интернет) [[PHONE_NUMBER|+7 904 987 55 20]]. Владелец [[PERSON|Старков Борис Анатольевич]], адрес дачи для заметки: [[ADDRESS|Сысертский р-н, СНТ «Рассвет», уч. 44]]. Тариф {{tariff|Интернет для дома}} {{price|800 р.}}
""")

N("comma_glued_pensioner", """
[[PERSON|Ведерникова Нина Павловна]],[[DATE_OF_BIRTH|15.08.1950]],[[RU_PASSPORT|65 05 762311]],[[RU_PASSPORT_DEPT|662-010]],СНИЛС [[RU_SNILS|69546636563]],ИНН [[RU_INN|665255417926]],[[ADDRESS|Екатеринбург ул Краснолесья 14 кв 9]],тел [[PHONE_NUMBER|89122640015]] — e-mail нет
""")

N("same_tail_numbers", """
Внимание, у клиентки два номера с одинаковым хвостом: казахстанский [[PHONE_NUMBER|+7 777 150 32 80]] и наш [[PHONE_NUMBER|+7 950 150 32 80]]. Смс с кодом шлём только на наш. [[PERSON|Сатпаева Гульмира]], уд. РК [[FOREIGN_PASSPORT|038822719]], дог. [[CONTRACT_NUMBER|7741-550-21]].
""")

N("expired_ru_passport", """
[[PERSON|Лобанов Виталий Ефимович]] принёс паспорт [[RU_PASSPORT|65 99 104483]] — просрочен (не поменял в 45), замену SIM по дог. [[CONTRACT_NUMBER|5510-0087]] не сделали. Номер [[PHONE_NUMBER|+7 912 288 00 15]], кодовое [[SECRET|Сосновка]] назвал правильно, но это не основание. Дата рождения по базе [[DATE_OF_BIRTH|05.11.1978]]. Направил в МФЦ.
""")

N("college_pipe_table", """
Оформление по договору с колледжем, {{sim_count|4 шт.}}:
[[PERSON|Анохин Д.]] | [[RU_SNILS|790-483-510 26]] | [[PHONE_NUMBER|9501908831]]
[[PERSON|Бирюкова С.]] | [[RU_SNILS|646-511-319 86]] | [[PHONE_NUMBER|9501908832]]
[[PERSON|Валеев Т.]] | [[RU_SNILS|002-483-169 13]] | [[PHONE_NUMBER|9501908833]]
[[PERSON|Гудкова А.]] | СНИЛС не принесла | [[PHONE_NUMBER|9501908834]]
""")

N("self_correction_upd", """
upd: выше ошибся, номер клиента не [[PHONE_NUMBER|+7 912 605 41 17]] (это номер его жены, [[PERSON|Яхина Лилия]]), а [[PHONE_NUMBER|+7 912 605 14 17]]. Клиент — [[PERSON|Яхин Марат Рустемович]], дог. [[CONTRACT_NUMBER|ЕКБ/2025/088305]].
""")

# ---------------------------------------------------------------- part 10
N("visit_history", """
{{doc_date|02.09.2025}} — оформлен, [[PERSON|Рахматуллаев Шерзод]], [[FOREIGN_PASSPORT|FA 0081532]], тел. [[PHONE_NUMBER|+7 982 601 77 14]]
{{doc_date|14.10.2025}} — сменил паспорт на новый [[FOREIGN_PASSPORT|FB 1023874]], обновили
{{doc_date|20.11.2025}} — подключил автоплатёж [[CREDIT_CARD|2200 3521 4206 3782]]
{{doc_date|03.12.2025}} — после выезда/въезда новая МК: [[MIGRATION_CARD|6525 1133107]]
""")

N("sole_proprietor", """
ИП [[PERSON|Мамедов Эльчин Гасан оглы]] (шаурма на Вайнера) — корп. номер на ИП. ИНН ИП [[RU_INN|666666128873]], ОГРНИП [[RU_OGRN|325665800014523]], паспорт РФ [[RU_PASSPORT|6519 338871]]. Контакт [[PHONE_NUMBER|+7 922 290 30 30]], бухгалтер [[PERSON|Ситникова Г.]] [[EMAIL_ADDRESS|buh.sitnikova@mail.ru]].
""")

N("visiting_mother", """
Мама приехала в гости к сыну (Кыргызстан), SIM на неё: [[PERSON|Мамытова Гульнара Асановна]], п-т [[FOREIGN_PASSPORT|AC 3072117]], [[DATE_OF_BIRTH|12.04.1963]], МК [[MIGRATION_CARD|6525 1304476]]. Живёт у сына: [[ADDRESS|Екатеринбург, ул. Бакинских Комиссаров, 58, кв. 12]], сын [[PERSON|Мамытов Эрлан]] [[PHONE_NUMBER|+7 912 630 84 41]]. Её номер [[PHONE_NUMBER|+7 912 630 84 90]].
""")

N("online_order_pickup", """
Выдача интернет-заказа № {{order_number|1203355661}}: {{phone_model|Honor 200}} + SIM. Получатель [[PERSON|Дементьева Вера Олеговна]], паспорт [[RU_PASSPORT|6520 № 118274]], номер из заказа [[PHONE_NUMBER|+7 950 188 02 61]]. IMEI [[DEVICE_ID|352282436261265]] / [[DEVICE_ID|350904353892614]].
""")

N("email_with_dob", """
[[PERSON|Корепанова Алёна]] — e-mail [[EMAIL_ADDRESS|alena.korepanova.12.09.1997@mail.ru]] (да, с датой рождения в адресе), д.р. [[DATE_OF_BIRTH|12.09.1997]]. Номер [[PHONE_NUMBER|+7 922 180 44 06]], карта для автоплатежа [[CREDIT_CARD|2202 3426 6362 7238]], [[CARD_EXPIRY|10/30]].
""")

N("conflict_refusal", """
Конфликтный клиент, требовал выдать детализацию по номеру жены без неё. Отказал (152-ФЗ). Клиент: [[PERSON|Бурцев Олег]], [[PHONE_NUMBER|+7 912 044 51 37]]. Номер жены, по которому просил: [[PHONE_NUMBER|+7 912 044 51 39]], владелец [[PERSON|Бурцева Анна Викторовна]]. Записал на всякий, если будет жалоба — {{ticket_number|CRM-3318820}}.
""")

N("hanzi_vnzh_dl", """
[[PERSON|赵明]] ([[PERSON|ZHAO MING]] / [[PERSON|Чжао Мин]]), ВНЖ [[RESIDENCE_PERMIT|83 0440182]], российское в/у [[RU_DRIVER_LICENSE|99 23 406615]], ИНН [[RU_INN|669952019888]]. Номер [[PHONE_NUMBER|+7 982 633 01 18]], жена [[PERSON|Чжао Ли]] пользуется доп. SIM [[DEVICE_ID|8970120680717536452]].
""")

N("armenia_two_countries", """
[[PERSON|Манукян Арташес Грачикович]] (лат. [[PERSON|MANUKYAN ARTASHES]]), паспорт РА [[FOREIGN_PASSPORT|AV 0915527]], д.р. [[DATE_OF_BIRTH|25.12.1970]]. Адрес в Армении: [[ADDRESS|г. Гюмри, ул. Абовяна, 17, кв. 5]]. В ЕКБ: [[ADDRESS|ул. Шаумяна, 86, кв. 29]].
Номера: [[PHONE_NUMBER|+374 93 20 15 70]] (армянский), [[PHONE_NUMBER|+7 919 374 93 20]] (наш). Карта [[CREDIT_CARD|4276 2949 1049 7724]].
""")

N("full_dense", """
ПОЛНАЯ РЕГ.:
[[PERSON|Исломов Жахонгир Илхомович]] / [[PERSON|ISLOMOV JAKHONGIR]] д.р. [[DATE_OF_BIRTH|14.07.1994]]
п-т [[FOREIGN_PASSPORT|FA 3308127]] | МК [[MIGRATION_CARD|6525 0771932]] | пат. [[WORK_PATENT|66 № 2500992015]] | ИНН [[RU_INN|664121717806]]
адр. преб. [[ADDRESS|Екатеринбург, ул. Викулова, 33/1, кв. 190]]
тел. [[PHONE_NUMBER|+7 912 600 48 55]], жена [[PHONE_NUMBER|+998 99 804 11 73]], e-mail [[EMAIL_ADDRESS|jahongir.islomov94@mail.ru]]
дог. [[CONTRACT_NUMBER|ЕКБ/2025/091177]], л/с [[ACCOUNT_NUMBER|277108813406]]
ICCID [[DEVICE_ID|8970101866135415006]], IMEI [[DEVICE_ID|863466789912671]]
КС [[SECRET|Бухара94]]
""")

N("negative_heavy_min", """
{{shop_code|ЕКБ-047}} таб. {{employee_id|41352}}: выдал {{sim_count|1 SIM}} [[PERSON|Пак Е.В.]], [[PHONE_NUMBER|9521113050]], [[DEVICE_ID|8970120317530946978]], п-т [[RU_PASSPORT|6520 118340]]. {{tariff|Мой безлимит}} {{price|650}}, чек {{order_number|0019412}}.
""")

N("passport_reused", """
Паспорт [[FOREIGN_PASSPORT|FA 1294470]] ([[PERSON|Алимов Санжар]]) уже использован в салоне {{shop_code|ЕКБ-063}} ({{shop_address|ул. Сыромолотова, 19}}) на номер [[PHONE_NUMBER|+7 953 040 70 12]] — клиент говорит, не он. Свой номер у него [[PHONE_NUMBER|+7 953 040 71 21]]. Написал в СБ, {{ticket_number|SEC-5503}}. МК [[MIGRATION_CARD|6524 1401196]] совпадает.
""")

N("day_summary", """
Итог дня по ин. гр.:
[[PERSON|Зокиров Д.]] — ок, [[PHONE_NUMBER|9126607731]]
[[PERSON|Абдуллаева Н.]] — ок, [[PHONE_NUMBER|9126607732]]
[[PERSON|Чен Юй]] — отказ (нет МК)
[[PERSON|Оморов Бакыт]] — ок, [[PHONE_NUMBER|9126607735]], приносил ID [[FOREIGN_PASSPORT|ID 3318420]]
всего {{sim_count|3}} активации, {{sim_count|1}} отказ
""")

# ---------------------------------------------------------------- build + checks
def skeleton(text, gold):
    s = text
    for g in sorted(gold, key=lambda g: -g["start"]):
        s = s[:g["start"]] + "<" + g["type"] + ">" + s[g["end"]:]
    s = re.sub(r"\d", "0", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    rows, negrows = [], []
    shapes = collections.Counter()
    per_type = collections.Counter()
    neg_kinds = collections.Counter()
    skels = {}
    texts = set()
    for i, (shape, src) in enumerate(NOTES, 1):
        nid = "%s-%03d" % (PREFIX, i)
        text, gold, neg = parse(src)
        # --- checks on this note
        assert text == text.strip(), nid
        nlines = text.count("\n") + 1
        assert 1 <= nlines <= 10, (nid, nlines)
        assert 4 <= len(gold) <= 16, (nid, len(gold))
        assert text not in texts, ("duplicate text", nid)
        texts.add(text)
        spans = sorted(gold + neg, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", nid, a, b)
        for g in gold:
            v = g["_v"]
            assert text[g["start"]:g["end"]] == v, nid
            assert v == v.strip() and v, ("span has outer spaces", nid, v)
            assert "\n" not in v or g["type"] == "ADDRESS", (nid, v)
            check_value(g["type"], v)
            per_type[g["type"]] += 1
        for n in neg:
            assert text[n["start"]:n["end"]] == n["_v"], nid
            neg_kinds[n["kind"]] += 1
        sk = skeleton(text, gold)
        assert sk not in skels, ("same skeleton", nid, skels.get(sk))
        skels[sk] = nid
        shapes[shape] += 1
        gold_out = [{"type": g["type"], "start": g["start"], "end": g["end"]}
                    for g in sorted(gold, key=lambda g: g["start"])]
        assert gold_out == sorted(gold_out, key=lambda g: g["start"])
        rows.append({"id": nid, "text": text, "gold": gold_out})
        if neg:
            negrows.append({"id": nid, "text": text,
                            "negatives": [{"kind": n["kind"], "start": n["start"], "end": n["end"]}
                                          for n in sorted(neg, key=lambda n: n["start"])],
                            "gold": gold_out})
    # --- set-level checks
    assert len(rows) == 120, len(rows)
    assert len(shapes) >= 25, len(shapes)
    assert max(shapes.values()) <= 8, shapes.most_common(3)
    for t in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "DATE_OF_BIRTH",
              "RU_PASSPORT", "RU_PASSPORT_DEPT", "RU_INN", "RU_SNILS", "CREDIT_CARD",
              "CONTRACT_NUMBER", "ACCOUNT_NUMBER", "RU_DRIVER_LICENSE", "SECRET", "DEVICE_ID",
              "FOREIGN_PASSPORT", "MIGRATION_CARD", "WORK_PATENT", "RESIDENCE_PERMIT"):
        assert per_type[t] >= 5, (t, per_type[t])
    for k in NEG_KINDS:
        assert neg_kinds[k] >= 3, (k, neg_kinds[k])
    # --- write
    with open(os.path.join(HERE, "written.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8") as f:
        for r in negrows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # --- re-read and verify JSON shape
    with open(os.path.join(HERE, "written.jsonl"), encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    for r in back:
        assert set(r) == {"id", "text", "gold"}
        for g in r["gold"]:
            assert set(g) == {"type", "start", "end"}
            assert 0 <= g["start"] < g["end"] <= len(r["text"])
    print("notes:", len(rows), "spans:", sum(per_type.values()), "shapes:", len(shapes),
          "negatives:", sum(neg_kinds.values()), "in", len(negrows), "notes")
    for t, c in sorted(per_type.items(), key=lambda x: (-x[1], x[0])):
        print("  %-18s %d" % (t, c))
    print("negative kinds:", dict(sorted(neg_kinds.items())))


if __name__ == "__main__":
    main()
