#!/usr/bin/env python3
"""Blind evaluation set `packed_u`: CRM notes, HR e-mails and chats of a carrier's
expat desk (corporate contracts, Saint Petersburg and Kaliningrad), packed with
personal data. Standard library only. Every text is written by hand below with
inline markup:

    [[CODE|value]]   a gold span (CODE is a short alias of the entity type, see ALIAS)
    {{value}}        a hard negative: looks like personal data, must stay visible

Run:  python3 build.py      -> writes written.jsonl and negatives.jsonl next to
this file and prints OK after its self-checks.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

ALIAS = {
    "P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "ADDRESS",
    "PS": "RU_PASSPORT", "PD": "RU_PASSPORT_DEPT", "INN": "RU_INN", "SN": "RU_SNILS",
    "CC": "CREDIT_CARD", "DOB": "DATE_OF_BIRTH", "OMS": "RU_OMS", "OGRN": "RU_OGRN",
    "BC": "RU_BIRTH_CERTIFICATE", "DL": "RU_DRIVER_LICENSE", "BA": "BANK_ACCOUNT",
    "BIK": "RU_BIK", "CN": "CONTRACT_NUMBER", "AN": "ACCOUNT_NUMBER",
    "EXP": "CARD_EXPIRY", "CVV": "CARD_CVV", "IP": "IP_ADDRESS",
    "ID": "ID_DOCUMENT", "SEC": "SECRET", "DEV": "DEVICE_ID", "LOG": "LOGIN",
    "VEH": "VEHICLE_ID",
}
CATEGORIES = {
    "hr_ru": "HR / employer e-mail or request in Russian",
    "hr_en": "HR / employer e-mail in English",
    "hr_de": "HR / employer e-mail in German",
    "crm": "operator's CRM note (Russian, terse, abbreviations)",
    "form": "order form / requisites block",
    "chat_en": "chat, client writes English",
    "chat_de": "chat, client writes German",
    "chat_tr": "chat, client writes Turkish",
    "chat_broken_ru": "chat, client writes broken Russian",
    "chat_mixed": "chat, client switches languages",
}

# Checksummed values that are deliberately invalid (typo on purpose): (id, value)
DELIBERATE_TYPOS = set()

RAW = []


def T(cat, body):
    assert cat in CATEGORIES, cat
    RAW.append((cat, body))

# ---- 001-020 -------------------------------------------------------------
T("hr_ru", """Тема: заказ корпоративных SIM — новые сотрудники {{Nordhafen Anlagenbau GmbH}}
Добрый день! Прошу подключить три номера на тариф «{{Бизнес Global}}» по договору № [[CN|0178823546]]:
1) [[P|MUELLER Hans-Peter]] / [[P|Мюллер Ханс-Петер]], паспорт ФРГ [[ID|C4J7R2M9X]], д.р. [[DOB|14.03.1979]];
2) [[P|SCHNEIDER Katrin]] / [[P|Шнайдер Катрин]], паспорт ФРГ [[ID|CF2LM8T41]], д.р. [[DOB|02.11.1986]];
3) [[P|ÖZTÜRK Emre]] / [[P|Озтюрк Эмре]], паспорт Турции [[ID|U 24418731]], д.р. [[DOB|27.06.1991]].
Ответственный по заказу — [[P|Ковалёва Ирина Сергеевна]], [[PH|+7 (812) 603-44-17]].""")

T("crm", """{{23.01}} звонил [[P|Мюллер Х.-П.]] (говорит по-английски), потерял телефон в такси. Номер [[PH|+7 921 644-18-07]] заблокирован по утрате, IMEI [[DEV|358735079895800]]. Новая SIM, ICCID [[DEV|8970199010360999839]], курьер на [[AD|Санкт-Петербург, Малый пр. В.О., д. 54, корп. 3, кв. 88]] завтра {{с 10 до 14}}. Кодовое слово назвал верно. Копия уведомления на [[EM|hp.mueller@nordhafen.de]].""")

T("chat_en", """Client: Hi, this is [[P|Katrin Schneider]], my corporate number [[PH|+7 931 902-77-15]] has had no signal since yesterday evening.
Оператор: Good afternoon, [[P|Katrin]]! Which city are you in right now?
Client: {{Kaliningrad}}, business trip till Friday, my hotel is near {{Leninsky Prospekt}}. Our HR [[P|Irina Kovaleva]] can confirm everything.
Client: Please call me back on my German mobile [[PH|+49 170 4432981]] or write to [[EM|k.schneider@nordhafen.de]].""")

T("chat_tr", """Client: Merhaba, ben [[P|Mehmet Yıldırım]], {{Anadolu Yapı A.Ş.}} şirketinin {{Kaliningrad}} şantiyesinde çalışıyorum. Kurumsal hattım [[PH|+7 911 457-22-90]] kapandı.
Оператор: Здравствуйте! Назовите, пожалуйста, номер договора или ИНН компании.
Client: Sözleşme no [[CN|3900412786]], şirketin INN'si [[INN|3993163194]]. Türk numaram [[PH|+90 532 614 22 87]], e-posta [[EM|mehmet.yildirim@anadoluyapi.com.tr]].
Оператор: Спасибо, [[P|Мехмет]]. Номер приостановлен по лимиту корпоративного счёта, увеличить лимит может ответственный сотрудник вашей компании.""")

T("hr_en", """Subject: New players – corporate SIM cards ({{FC Baltika}})
Dear colleagues, please activate two numbers under contract [[CN|КД-39-0015527]] for our new signings:
– [[P|Dušan Marković]] (Serbia), passport [[ID|014418273]], DOB [[DOB|09.08.1998]], Serbian mobile [[PH|+381 64 2281937]];
– [[P|Ibrahim Okafor]] (Nigeria), passport [[ID|A04418273]], DOB [[DOB|21.01.2001]], current number [[PH|+234 803 512 7741]].
The SIM cards can be handed over at the {{Rostec Arena}} press office. Kind regards, [[P|Olesya Kravets]], team manager, [[PH|+7 (4012) 55-31-08]]""")

T("crm", """[[P|Окафор Ибрагим]] — ВНЖ нет, въехал по визе [[ID|251847736]], мигр. карта [[ID|2724 0418832]]. Номер оформлен на клуб, л/с [[AN|239100774512]], тариф «{{Корпоративный Безлимит}}».""")

T("chat_de", """Client: Guten Tag, hier ist [[P|Jörg Lindemann]]. Ich möchte die Nummer meiner Frau auf meinen Firmenvertrag übertragen.
Оператор: Guten Tag, Herr [[P|Lindemann]]! Wie heißt Ihre Frau, und um welche Nummer geht es?
Client: [[P|Sabine Lindemann]], Nummer [[PH|+7 981 730-15-62]], geb. [[DOB|05.10.1982]]. Ihr Reisepass: [[ID|CFJ9K3L7M]].
Client: Wir wohnen jetzt in [[AD|Sankt Petersburg, Uliza Marata 47, Wohnung 12]], die Rechnungen bitte an [[EM|lindemann.familie@web.de]].""")

T("chat_broken_ru", """Client: здраствуйте, мой имя [[P|Rajesh Iyer]], я преподаватель в {{ИТМО}}. мой номер [[PH|8 952 368 41 09]] не работает интернет
Client: паспорт [[ID|Z4418273]], ВНЖ [[ID|83 № 0917264]] если надо
Оператор: [[P|Раджеш]], подскажите, пожалуйста, где именно не работает интернет?
Client: дома, [[AD|Кронверкский проспект 23, кв 41]], и в университет тоже плохо""")

T("crm", """Заявка от {{Генконсульства Польши в Калининграде}}: подключить номер домработнице консула [[P|Marta Kowalczyk]] / [[P|Марта Ковальчик]], паспорт РП [[ID|EA4418273]], д.р. [[DOB|11.04.1975]], проживает: [[AD|г. Калининград, ул. Чайковского, 19, кв. 6]]. Контакт со стороны консульства: [[P|Piotr Nowak]], [[EM|pnowak.kgd@gmail.com]].""")

T("form", """ЗАЯВКА НА ПОДКЛЮЧЕНИЕ
Клиент: {{ООО «Балтик Марин Сервис»}}, ИНН [[INN|3965544286]], ОГРН [[OGRN|1243936188979]]
Р/с [[BA|40702810354977083556]] в {{АО Банк «Янтарь»}}, БИК [[BIK|042748613]]
Юр. адрес: [[AD|236022, г. Калининград, ул. Генерала Соммера, д. 11, оф. 304]]
Пользователь номера: [[P|van der Berg Pieter]] (Нидерланды), паспорт [[ID|NX2K4L9P1]], тел. [[PH|+31 6 41827390]]""")

T("chat_en", """Client: I want to pay the corporate invoice with my own card, the invoice is {{12 480 RUB}}. Is it possible?
Оператор: Yes, through the payment link in your personal account. Please never send card details in the chat.
Client: too late haha: [[CC|4946 1805 6466 6278]], exp [[EXP|09/27]], cvv [[CVV|418]], name on card [[P|THOMAS A BRENNAN]]
Оператор: [[P|Thomas]], I have deleted that message for your safety, please ask your bank to reissue the card. Payments for account [[AN|278103344556]] can be made via the link; questions about the invoice — {{0990}}, free from your corporate number.""")

T("hr_ru", """Просим переоформить номера семьи советника {{Генерального консульства Японии}}: супруга — [[P|Tanaka Yuko]] / [[P|Танака Юко]], д.р. [[DOB|17.02.1984]], тел. [[PH|+7 921 088-43-16]]; сын — [[P|Tanaka Haruto]], д.р. [[DOB|30.09.2012]], тел. [[PH|+7 921 088-43-71]]; дочь — [[P|Танака Мио]], д.р. [[DOB|08.06.2016]], номер пока не нужен. SIM-карты привезти на [[AD|Санкт-Петербург, Таврическая ул., д. 9, кв. 27]].""")

T("crm", """Кл. [[P|Şahin Ahmet]] ([[P|Шахин Ахмет]]), водитель {{генконсульства Турции}}, звонил с личного [[PH|+90 505 318 44 20]], просит продлить междунар. роуминг на корп. номере [[PH|+7 911 271-64-39]]. Для сверки назвал ВНЖ [[ID|82 № 6152240]], ИНН [[INN|780917478158]], СНИЛС [[SN|710-475-241 64]]. Роуминг продлён до {{31.03}}.""")

T("chat_de", """Client: Hallo, ich bin [[P|Klaus-Dieter Dietrich]], Dozent an der {{Staatlichen Universität Sankt Petersburg}}. Die Uni zahlt meinen Vertrag nicht mehr, ich möchte privat zahlen.
Оператор: Guten Tag, Herr [[P|Dietrich]]! Für die Umstellung brauchen wir Ihren Reisepass und eine Adresse in Russland.
Client: Reisepass [[ID|C7R2K9M4T]], Adresse [[AD|Sankt Petersburg, 10-ja Linija W.O. 31, kv. 5]].
Client: Lastschrift bitte von [[BA|DE74 6722 6449 5695 7666 06]], Rechnungen an [[EM|kd.dietrich@posteo.de]].""")

T("crm", """Переоформление номера [[PH|+7 981 155-20-94]] с [[P|Lefèvre Pierre]] на супругу [[P|Лефевр Анну Викторовну]] (урожд. [[P|Смирнова]]): паспорт РФ [[PS|40 18 627493]], код подр. [[PD|780-045]], д.р. [[DOB|23.12.1990]], СНИЛС [[SN|986-547-621 86]].""")

T("chat_broken_ru", """Client: добрый день. я [[P|Ли Вэй]] ([[P|LI WEI]]), мне надо восстановить сим карта. номер [[PH|+7 965 048 31 77]]
Оператор: Здравствуйте! Восстановить SIM-карту можно в офисе с документом, ближайший к вам — {{Невский пр., 114}}.
Client: паспорт китай [[ID|EJ4418273]], но он сейчас в {{консульстве}} на продление. есть только ВНЖ [[ID|83 № 2287014]] и мой ИНН [[INN|781353620360]]""")

T("hr_en", """Hello, please find below the staff list for {{Saimaa Engineering Oy}} (project {{SE-KGD-2025}}):
1. [[P|Mikko Virtanen]], DOB [[DOB|1983-07-19]], passport FIN [[ID|XP4418273]], mobile [[PH|+358 40 718 2290]]
2. [[P|Aino Korhonen]], DOB [[DOB|1992-01-04]], passport FIN [[ID|XK7730195]], mobile [[PH|+358 50 446 1302]]
Invoices to [[EM|finance@saimaa-eng.fi]], please.
Best regards, [[P|Laura Nieminen]], HR coordinator""")

T("crm", """Кл. [[P|Гарсиа Лопес София]] (Испания, преподаватель {{СПбГУ}}) просит добавить на корп. договор номер для сына [[P|Матео]], д.р. [[DOB|19.05.2014]]. Прислала в чат полис ОМС сына [[OMS|7897322614413606]] — для оформления не требуется, сообщение скрыто. Номер сына будет [[PH|8 931 357 06 12]].""")

T("chat_tr", """Client: İyi günler, eşim [[P|Ayşe Demir]] için hat almak istiyoruz. Doğum tarihi [[DOB|14.02.1990]], T.C. kimlik no [[ID|42799789544]].
Оператор: Здравствуйте! Для оформления нужен паспорт и миграционная карта, турецкого удостоверения недостаточно.
Client: Pasaport [[ID|U 18839046]], göç kartı [[ID|4024 5518830]]. Adres: [[AD|Kaliningrad, Sovetsky prospekt 112, kv. 33]]""")

T("crm", """[[P|Ferreira da Silva Lucas]] (игрок {{ФК «Зенит»}}) жалуется: при раздаче интернета не работает VPN, внешний IP [[IP|176.59.42.118]]. Устройство IMEI [[DEV|860666069105200]], номер [[PH|+7 921 330-87-14]]. Переводчик клуба — [[P|Морозова Дарья]], [[PH|+7 921 330-87-02]].""")
# ---- 021-040 -------------------------------------------------------------
T("hr_de", """Betreff: Dienstnummern für entsandte Mitarbeiter – {{Weser Turbinenbau AG}}
Sehr geehrte Damen und Herren,
bitte richten Sie für folgende Kollegen Nummern unter Vertrag [[CN|0178823611]] ein:
Herr [[P|Florian Bauer]], geb. [[DOB|22.08.1977]], Reisepass [[ID|C3T8N1K6V]], Heimatadresse [[AD|Gartenstraße 14, 28203 Bremen]];
Frau [[P|Miriam Hoffmann]], geb. [[DOB|30.01.1989]], Reisepass [[ID|CH9P4W2R7]].
Rückfragen gern an mich: [[P|Stefanie Krüger]], [[PH|+49 421 5567 2290]], [[EM|s.krueger@weser-turbinen.de]]""")

T("crm", """[[P|Соколов Андрей Павлович]], водитель семьи генконсула ({{Генконсульство Японии}}), просит подключить SIM для GPS-трекера в машину [[VEH|Х482КМ178]]. Для сверки назвал ВУ [[DL|78 29 561903]] и паспорт [[PS|40 15 773204]]. Номер трекера — [[PH|+7 921 004-62-81]], тариф «{{Интернет вещей S}}».""")

T("chat_en", """Client: Hey, [[P|James O'Connell]] here (visiting prof at {{ITMO}}). Can you send the March invoice to my personal email [[EM|jim.oconnell@outlook.com]] instead of the university one?
Оператор: Hello, [[P|James]]! The e-mail for invoices can only be changed at the request of the contract owner.
Client: the owner is the university, ok, I'll ask them. my number is [[PH|+7 952 211 40 83]], my US one is [[PH|+1 (617) 555-0148]] if you need to call back""")

T("chat_mixed", """Client: Привет, это [[P|Nemanja Ilić]] из {{Балтики}}. Мой номер [[PH|+7 911 862 05 33]] no internet, why??
Оператор: Здравствуйте, [[P|Неманья]]! Пакет интернета по номеру закончился {{12 марта}}, продлить его может администратор клуба.
Client: ok. also please stop roaming Serbia, I am back. my wife [[P|Jelena Ilić]] will call you, her number [[PH|+381 63 771 2094]]
Client: for private payments use my card [[CC|5180 5092 6267 0699]], valid [[EXP|11/28]]""")

T("crm", """КГД. Бригадир {{Anadolu Yapı}} [[P|Çelik Burak]] / [[P|Челик Бурак]], РВП рег. № [[ID|39/24-1187]], паспорт TUR [[ID|U 30519827]]. Хочет перевести номер [[PH|+7 906 217-39-58]] с корп. договора на личный. Адрес регистрации: [[AD|г. Калининград, ул. Аллея Смелых, д. 204, кв. 17]]. Записан в офис {{на Театральной, 30}} на {{14.04}} в {{11:00}}.""")

T("form", """Карточка клиента: ИП [[P|Романо Джулия]] (гражданка Италии)
ИНН [[INN|390228174338]], ОГРНИП [[OGRN|323391456177303]]
Р/с [[BA|40802810477594580798]], БИК [[BIK|042748613]]
Codice fiscale [[ID|RMNGLI85M52F205Z]]
Адрес: [[AD|г. Калининград, Ленинский пр-т, д. 30А, кв. 9]]
Контакты: [[PH|+39 347 281 4409]], [[EM|giulia.romano.kgd@gmail.com]]""")

T("chat_tr", """Client: Merhaba, ben [[P|Fatma Aydın]], {{Başkonsolosluk}} mutfağında çalışıyorum. Faturayı Türk kartımla ödemek istiyorum.
Оператор: Здравствуйте! Карты иностранных банков по ссылке могут не пройти, оплатить можно наличными в офисе продаж, подробнее — по короткому номеру {{0611}}.
Client: Kart [[CC|9792 1329 1089 3373]], son kullanma [[EXP|03/29]]. Numaram [[PH|+7 931 240 88 16]]. Olmazsa oğlum [[P|Kerem]] öder, onun numarası [[PH|+90 541 306 72 18]].""")

T("crm", """Массовая заявка {{Baltic Dredging B.V.}} (КГД, проект {{Морской канал-2}}):
[[P|de Vries Johannes]] — [[PH|+7 911 450-01-11]], паспорт NLD [[ID|NW8R3K2J5]];
[[P|Jansen Maarten]] — [[PH|+7 911 450-01-12]], паспорт NLD [[ID|NP4M7X1T9]];
[[P|Bakker Sander]] — [[PH|+7 911 450-01-13]], паспорт NLD [[ID|NH2T6V8C3]];
[[P|Visser Lotte]] — [[PH|+7 911 450-01-14]], паспорт NLD [[ID|NR5K9P2W4]].
Счета на [[EM|accounts.kgd@balticdredging.nl]].""")

T("chat_broken_ru", """Client: здравствуйте, я [[P|Нгуен Тхи Лан]], няня в семье господина [[P|Като]]
Client: мой телефон сломался, новый телефон IMEI [[DEV|357793849964548]], сим не работает
Оператор: [[P|Лан]], вставьте, пожалуйста, SIM-карту в новый телефон и перезагрузите его. Номер [[PH|+7 981 402 17 95]] активен.
Client: спасибо большое. паспорт вьетнам [[ID|C4418273]] если надо""")

T("hr_en", """From: [[P|Kenji Watanabe]] <[[EM|k.watanabe@hokuyo-marine.co.jp]]>
Subject: SIM cards for a new expat family
Please prepare two SIM cards for Mr. [[P|Sato Takeshi]] (passport [[ID|TK4418273]], born [[DOB|4 November 1980]]) and his wife Mrs. [[P|Sato Emi]] (passport [[ID|TR6620915]], born [[DOB|12 April 1985]]).
They arrive on flight {{SU 2385}} on {{18 March}}. Delivery address: [[AD|Saint Petersburg, Kamennoostrovsky pr. 42, apt. 73]].""")

T("crm", """Клиентка [[P|Hoffmann Miriam]] просит сменить кодовое слово: старое [[SEC|Weserufer]], новое [[SEC|Zugspitze1987]]. Идентифицирована по загранпаспорту ФРГ [[ID|CH9P4W2R7]]. Номер [[PH|+7 921 977-30-48]].""")

T("chat_en", """Client: Good evening, I'm [[P|Kwame Asante Mensah]], {{FC Zenit}} youth team. I want to move my number [[PH|+7 999 531 28 64]] from my old operator to the club contract.
Оператор: Good evening! Porting requires the passport of the person the number is registered to. Whose name is it in?
Client: my agent [[P|Viktor Golubev]] bought it for me. his passport is [[PS|45 17 302859]] I think, and his mobile [[PH|+7 916 884 20 17]]""")

T("crm", """[[P|Кая Элиф]] ([[P|Kaya Elif]]), инженер-проектировщик: добавить детский номер на сына [[P|Кая Дениз]], д.р. [[DOB|03.07.2017]], св-во о рожд. [[BC|I-РЕ № 617254]] (родился в {{Калининграде}}). Номер сына [[PH|+7 906 238 14 50]], лимит {{500 руб.}} в месяц.""")

T("chat_de", """Client: Ich komme nicht in mein Kundenkonto. Login ist [[LOG|m.weber_spb]], die Seite sagt, meine IP [[IP|95.161.224.37]] sei gesperrt.
Оператор: Guten Tag! Nennen Sie bitte Ihren vollständigen Namen und die Rufnummer.
Client: [[P|Markus Weber]], [[PH|+7 921 564 39 02]]. Ich arbeite bei {{Siemens Energy}} in {{Sankt Petersburg}}, die Nummer ist eine Firmennummer.
Оператор: Danke, Herr [[P|Weber]]. Die Sperre wird in {{30 Minuten}} automatisch aufgehoben.""")

T("hr_ru", """{{СПбПУ Петра Великого}}, отдел международного сотрудничества.
Прошу выдать корпоративные SIM приглашённым преподавателям: [[P|Пьер Лефевр]] (Франция, паспорт [[ID|19AK42718]]), [[P|Акико Танака]] (Япония, паспорт [[ID|TZ5082364]]), [[P|Хосе Мануэль Руис]] (Испания, паспорт [[ID|PAF128834]]).
Ответственный: [[P|Белова Анастасия Олеговна]], [[PH|(812) 297-43-15]], [[EM|belova.ao@polytech-intl.ru]].""")

T("crm", """Перезвонить [[P|Ханс-Петеру]] на немецкий [[PH|+49 151 2286 4410]] после {{18:00}} МСК: вопрос по счёту, л/с [[AN|278104420918]], сумма {{3 420,00 руб.}} Ответ продублировать на [[EM|hp.mueller@nordhafen.de]].""")

T("chat_mixed", """Client: Добрый день, пишу за мужа, он не говорит по-русски. [[P|Thomas Krause]], номер [[PH|+7 911 491 07 36]].
Client: Er hat seine SIM in {{Berlin}} verloren, bitte sofort sperren!
Оператор: Здравствуйте! Заблокировать номер по утрате может владелец или ответственный по договору. Как к вам обращаться?
Client: [[P|Краузе Наталья Игоревна]], договор [[CN|3900538127]] на мне, паспорт [[PS|27 16 845102]], код подразделения [[PD|390-004]].""")

T("form", """Customer: {{Anadolu Yapı A.Ş.}}, Kaliningrad branch
INN [[INN|3968882572]] / OGRN [[OGRN|1183933800907]]
Account [[BA|40702810469007766047]], BIK [[BIK|042748385]]
Parent company IBAN: [[BA|TR53 0006 2019 5114 6228 9785 64]]
Authorised person: [[P|Serkan Aydın]], [[PH|+90 212 418 33 07]], [[EM|s.aydin@anadoluyapi.com.tr]]""")

T("chat_en", """Client: Hi, I need two more SIMs on my corporate plan for my parents visiting from {{Pune}}: [[P|Suresh Kulkarni]], DOB [[DOB|02/09/1954]], passport [[ID|K4418273]], and [[P|Meena Kulkarni]], DOB [[DOB|15/12/1958]], passport [[ID|K5530184]].
Оператор: Hello! Additional SIM cards on a corporate plan are ordered by the responsible person at your company.
Client: ok, I'll ask [[P|Denis Smirnov]] from HR then. I'm [[P|Anand Kulkarni]], [[PH|+7 931 005 62 78]]""")

T("crm", """{{ФК «Балтика»}}: игрок [[P|Морейра Тиаго]] получил СНИЛС [[SN|188-357-084 18]] и полис ОМС [[OMS|7817094059974825]], клуб просит внести в карточку для корпоративной льготы. ИНН [[INN|395299202693]], тел. [[PH|+7 911 862 05 41]].""")
# ---- 041-060 -------------------------------------------------------------
T("crm", """Звонила [[P|Ana Beatriz Ferreira]] (жена [[P|Лукаса Феррейры]]), говорит по-португальски и немного по-английски. Хотела стать доверенным лицом по номеру мужа — нужна доверенность, объяснено. Паспорт BRA [[ID|FZ418273]], бразильский номер [[PH|+55 11 98452-3017]], адрес для документов: [[AD|Rua Augusta, 1450, apto 82, São Paulo, SP, 01304-001]].""")

T("chat_en", """Client: Morning. [[P|Oliver Hughes]], {{Baltic Offshore Engineering}}. The router SIM on our site [[PH|+7 921 880 14 62]] keeps dropping, and the static IP [[IP|185.17.140.22]] is not reachable from HQ.
Оператор: Good morning, [[P|Oliver]]! Could you tell me the router's IMEI?
Client: [[DEV|359981497123867]]. And please update my contact e-mail to [[EM|o.hughes@balticoffshore.co.uk]] and my UK mobile to [[PH|+44 7700 900418]].""")

T("hr_ru", """Добрый день! Семья нашего сотрудника [[P|Пак Чжи Хун]] ([[P|PARK JIHOON]]) переезжает в {{Калининград}}, просим подключить номера на договор {{KS Marine Korea}}:
— супруга [[P|Ким Со Ён]], д.р. [[DOB|11.11.1987]];
— дети: [[P|Пак Мин Джун]], д.р. [[DOB|25.04.2013]], и [[P|Пак Со А]], д.р. [[DOB|02.02.2018]].
Адрес проживания: [[AD|г. Калининград, ул. Тельмана, д. 38, кв. 54]]. Связь с семьёй до приезда: [[PH|+82 10-4718-2290]].""")

T("crm", """ВНЖ [[ID|82 № 3371562]] — [[P|Ozdemir Hakan]], по номеру [[PH|+7 911 470 82 33]] замена SIM, новый ICCID [[DEV|8970199937634885149]].""")

T("chat_de", """Client: Grüß Gott! Ich bin [[P|Verena Gruber]]. Meine Firma {{Alpentech Anlagen GmbH}} zahlt nur meine Nummer, die Nummern der Kinder möchte ich selbst zahlen.
Оператор: Grüß Gott, Frau [[P|Gruber]]! Dafür schließen wir einen Privatvertrag auf Ihren Namen ab.
Client: Gut. Die Kinder: [[P|Lena]] (geb. [[DOB|14.09.2011]]) und [[P|Felix]] (geb. [[DOB|03.03.2015]]). Abbuchung bitte von [[BA|AT93 5426 7164 7918 2251]].""")

T("form", """Заявление на заключение договора
{{ООО «Нордик Фуд Технолоджис»}}, ИНН [[INN|7823296589]], ОГРН [[OGRN|1197857077549]]
Генеральный директор: [[P|Ларсен Эрик]] ([[P|Erik Larsen]], Дания), ВНЖ [[ID|83 № 5529017]]
Адрес доставки счетов: [[AD|191186, Санкт-Петербург, наб. реки Мойки, д. 42, оф. 12]]
Р/с [[BA|40702810758722514446]], БИК [[BIK|044030917]]
Тел. [[PH|+7 812 407-12-59]], e-mail [[EM|office@nordicfoodtech.ru]]""")

T("chat_tr", """Client: Merhaba, ben [[P|Burak Çelik]]. Ayın başında numaramı kişisel sözleşmeye geçirmiştik ama hâlâ şirket faturası geliyor.
Оператор: Здравствуйте, [[P|Бурак]]! Уточните, пожалуйста, номер телефона.
Client: [[PH|+7 906 217 39 58]]. Yeni sözleşme no [[CN|3900611845]], kişisel hesap [[AN|239100901277]].
Client: Faturaları şirket adresine değil, [[EM|burakcelik84@hotmail.com]] adresine gönderin lütfen.""")

T("crm", """{{Huaxin Rail Equipment}}, инженер [[P|Чжан Лэй]] ([[P|Zhang Lei]]): оплата счёта картой UnionPay [[CC|6220 8669 1100 7222]] не прошла, рекомендовано оплатить в офисе. Номер [[PH|+7 965 722 18 03]], китайский [[PH|+86 139 1022 4875]].""")

T("hr_en", """Dear Sir or Madam,
the {{Consulate General of Japan}} requests corporate numbers for the household staff of the Consul General:
1) [[P|Maria Lourdes Santos]], housekeeper, Philippine passport [[ID|P4418273A]], DOB [[DOB|1979-05-22]];
2) [[P|Nguyen Thi Lan]], nanny, Vietnamese passport [[ID|C4418273]], DOB [[DOB|1990-10-08]];
3) [[P|Andrey Sokolov]], driver, Russian passport [[PS|4015 773204]].
Contact person: Ms. [[P|Hayashi]], [[EM|hayashi@jcons-spb.jp]]""")

T("chat_broken_ru", """Client: здраствуйте. я [[P|Ахмед Мостафа]] из Египет, работаю инженер в {{ТурбоЭнергоМаш}}
Client: хочу оплатить карта мир [[CC|2200 2654 6143 7124]], но не получается
Оператор: [[P|Ахмед]], подскажите, пожалуйста, номер телефона, на который зачисляем оплату.
Client: [[PH|89523014477]]. или на номер жены [[P|Нур]] [[PH|89523014478]]""")

T("crm", """Кл. [[P|Джеймс О'Коннелл]] просит отправлять закрывающие документы по договору [[CN|0178834472]] почтой домой в США: [[AD|2118 Beacon Street, Apt 5B, Brookline, MA 02445, USA]]. Объяснено, что документы по корп. договору получает работодатель ({{ИТМО}}). Тел. [[PH|+1 617 555 0148]].""")

T("chat_en", """Client: Hello, I'm [[P|Fiona MacLeod]], I teach at {{SPbU}}. HR said I have to give you my SNILS for the corporate discount: [[SN|785-290-678 57]], and my INN [[INN|785297959997]].
Оператор: Good afternoon, [[P|Fiona]]! We don't need your SNILS, please don't share it in the chat. What is your phone number?
Client: sorry! it's [[PH|+7 931 218 56 04]]. my date of birth is [[DOB|7 July 1976]] if you need to check""")

T("hr_de", """Hallo Team, für unser Projekt bei {{Avtotor}} in {{Kaliningrad}} kommen ab {{1. April}} drei Monteure von {{Robert Bosch GmbH}}: [[P|Tobias Schäfer]] ([[DOB|17.05.1990]], Pass [[ID|C9X4L2R8N]]), [[P|Daniel Koch]] ([[DOB|09.12.1985]], Pass [[ID|CJ3M7V5T1]]) und [[P|Sven Richter]] ([[DOB|28.02.1994]], Pass [[ID|CK8W1N6R3]]).
Unterkunft: [[AD|Kaliningrad, ul. Marshala Bagramyana 12, kv. 3]].
Gruß, [[P|Anja Wolff]]""")

T("crm", """Регистрация: [[P|Marković Dušan]] стоит на учёте по адресу [[AD|г. Калининград, ул. Космонавта Леонова, 59, кв. 112]], виза [[ID|251902374]]. Клуб просит доставлять счета на стадион ({{Ростех Арена}}). Тел. игрока [[PH|+7 911 862 05 29]].""")

T("chat_mixed", """Client: Hello, merhaba. I am [[P|Elif Kaya]] — {{Kaya İnşaat}}'ta değil, {{Anadolu Yapı}}'da çalışıyorum haha.
Client: My son's SIM [[PH|+7 906 238 14 50]] is blocked, he is only 8, born [[DOB|03.07.2017]].
Оператор: Здравствуйте, [[P|Элиф]]! Номер заблокирован, потому что исчерпан лимит {{500 руб.}}; изменить лимит можно в личном кабинете.
Client: login [[LOG|elif.kaya.kgd]], password [[SEC|Deniz2017!]] — it doesn't work""")

T("crm", """Кл. [[P|Брэннан Томас]] повторно прислал в чат данные карты ([[CC|4005 8884 5289 7742]], срок [[EXP|02/26]], CVC [[CVV|771]]). Сообщения удалены, рекомендовано перевыпустить карту. Связь: [[PH|+7 921 600 48 35]], [[EM|tbrennan@baltoffshore.com]].""")

T("hr_en", """Dear partners, {{ITMO University}} asks to add the following lecturers to corporate contract [[CN|0178840025]]:
• Dr. [[P|Aisha Rahman]] – INN [[INN|788373999365]], residence permit [[ID|82 № 4470193]], mobile [[PH|+7 952 388 10 64]]
• Prof. [[P|Giorgos Papadopoulos]] – INN [[INN|782418235851]], residence permit [[ID|83 № 1098342]], mobile [[PH|+7 952 388 10 65]]
Best, [[P|Elena Zhukova]], International Office""")

T("chat_broken_ru", """Client: buongiorno, извините мой русский. я [[P|Марко Бьянки]], работаю в {{Ferraris Impianti}}. телефон [[PH|+7 911 450 77 21]] не звонит в Италия
Оператор: Здравствуйте, [[P|Марко]]! На номере закрыты международные вызовы по условиям договора вашей компании. Подробнее — у администратора договора или по {{8 800 250-09-90}}.
Client: понятно. но я должен звонить мама [[PH|+39 011 562 3380]] каждый день
Client: мой паспорт [[ID|YB4418273]], можно сделать номер на меня лично?""")

T("crm", """Сотрудница {{Генконсульства ФРГ в Калининграде}} [[P|Birgit Schulz]] / [[P|Биргит Шульц]], аккредитационная карточка МИД [[ID|Д 004512]]. Переоформление личного номера [[PH|+7 911 490-33-71]] на служебный договор. Личный e-mail [[EM|birgit.schulz@t-online.de]], адрес: [[AD|г. Калининград, ул. Пушкина, 11, кв. 2]].""")

T("chat_en", """Client: Hello, this is [[P|Ibrahim]]'s agent, [[P|Chinedu Eze]]. The club says his SIM is on their contract but I need the number opened for calls to Nigeria.
Оператор: Hello! I can discuss the number only with the contract owner or with the user himself.
Client: ok he is next to me: [[P|Ibrahim Okafor]], passport [[ID|A04418273]], number [[PH|+7 911 862 05 47]]. my number is [[PH|+234 802 771 3390]]""")
# ---- 061-080 -------------------------------------------------------------
T("hr_ru", """От: [[P|Гусейнов Рустам]], администратор {{ФК «Зенит»}}
Тема: новые номера — зимнее трансферное окно
1. [[P|Агустин Пеньяльба]] ([[P|PEÑALBA Agustín]]), Аргентина, паспорт [[ID|AAG418273]], д.р. [[DOB|06.01.2000]]
2. [[P|Матеус Карвалью]] ([[P|CARVALHO Matheus]]), Бразилия, паспорт [[ID|GA530184]], д.р. [[DOB|19.03.2002]]
Номера нужны до сборов в {{Дубае}} (вылет {{EK 176}} {{10.01}}). Мой тел. [[PH|+7 921 330-87-00]], почта [[EM|r.guseynov@fc-club-admin.ru]].""")

T("crm", """Dr. [[P|Reto Brunner]] ({{Helvetia Pumpen AG}}) просит после окончания командировки {{30.06}} перевести номер [[PH|+7 981 733 20 15]] на предоплату. Адрес для финального счёта: [[AD|Seestrasse 88, 8002 Zürich, Schweiz]]. Остаток вернуть на [[BA|CH82 6340 5894 0140 9925 2]], подтверждение на [[EM|reto.brunner@bluewin.ch]].""")

T("chat_en", """Client: Hello! I'm [[P|Kim So-yeon]], wife of [[P|Park Ji-hoon]]. We got the SIM cards, thank you. But my daughter [[P|So-a]]'s number [[PH|+7 906 411 27 03]] cannot receive SMS from Korea.
Оператор: Hello, [[P|So-yeon]]! Let me check. Are the messages sent from a short number or from a regular Korean number?
Client: from my mother, [[PH|+82 10-2293-5071]], and also the bank verification codes""")

T("crm", """Звонил мужчина, представился [[P|Wagner Stefan]], просил назвать владельца номера [[PH|+7 921 411 90 27]] (договор расторгнут в {{2018}} г.). Отказано со ссылкой на 152-ФЗ. Звонок с [[PH|+49 176 3310 8842]], назвался сотрудником {{Wagner Automation}}, оставил e-mail [[EM|stefan.wagner1979@gmx.net]].""")

T("hr_en", """Subject: SIM request – {{Anadolu Yapı}} site team, batch 3
Dear team, please issue SIM cards on contract [[CN|3900412786]] for:
[[P|Yusuf Arslan]] – passport [[ID|U 20447813]], DOB [[DOB|12.06.1988]]
[[P|Hasan Koç]] – passport [[ID|U 21558924]], DOB [[DOB|30.11.1979]]
[[P|Murat Şimşek]] – passport [[ID|U 22669035]], DOB [[DOB|05.05.1993]]
[[P|Emine Polat]] – passport [[ID|U 23770146]], DOB [[DOB|17.08.1996]]
Regards, [[P|Selin Yılmaz]], HR, [[PH|+90 312 447 19 60]]""")

T("chat_tr", """Client: Merhaba, sözleşmem bitti, Türkiye'ye dönüyorum. Bakiyemi iade edebilir misiniz?
Оператор: Здравствуйте! Для возврата остатка нужны заявление владельца номера и реквизиты. Как к вам обращаться?
Client: [[P|Zeynep Arslan]], numaram [[PH|+7 931 560 14 28]], pasaport [[ID|U 19336702]].
Client: IBAN: [[BA|TR88 0004 6069 5709 1747 8113 53]], adresim [[AD|Bağdat Cad. No: 212 D: 9, Kadıköy, İstanbul]].""")

T("crm", """Семья [[P|Ван Мин]] ({{Huaxin Rail Equipment}}): жена [[P|Лю Фан]] просит подключить опцию «{{Китай без границ}}» на номер [[PH|+7 965 722 18 09]]. WeChat для связи: [[LOG|liufang_spb88]]. Паспорт КНР [[ID|E47281093]], д.р. [[DOB|14.10.1988]].""")

T("chat_de", """Client: Guten Abend, hier nochmal [[P|Klaus-Dieter Dietrich]]. Ich habe eine neue Wohnung: [[AD|Sankt Petersburg, Bolschaja Konjuschennaja 27, Wohnung 40]].
Оператор: Guten Abend, Herr [[P|Dietrich]]! Ich ändere die Rechnungsadresse. Bitte bestätigen Sie Ihr Geburtsdatum.
Client: [[DOB|09.09.1961]]. Und bitte die Nummer meiner Tochter [[P|Hanna]] als Kontakt eintragen: [[PH|+49 160 9322 418]].""")

T("form", """ORDER FORM – corporate SIM
Company: {{Nordkapp Marine Systems AS}}, INN [[INN|7805841954]]
User: [[P|HANSEN Ole Kristian]], DOB [[DOB|1975-03-28]], passport NOR [[ID|FC4418273]]
Delivery: [[AD|Saint Petersburg, Vasilyevsky Island, Sredny pr. 36/40, office 210]]
Tariff: {{Бизнес Global}}, roaming pack {{EU 5 GB}}
Contact: [[P|Ingrid Solberg]], [[EM|ingrid.solberg@nordkapp-marine.no]], [[PH|+47 912 34 567]]""")

T("crm", """[[P|Лефевр Анна Викторовна]] (жена [[P|Пьера Лефевра]]) хочет оформить детскую SIM на дочь [[P|Лефевр Элоизу Пьеровну]], д.р. [[DOB|12.12.2019]], св-во о рожд. [[BC|IV-АК № 552918]], полис ОМС [[OMS|7835628816659050]]. Объяснено: оформление при личном визите с документами.""")

T("chat_broken_ru", """Client: салам. я [[P|Реза Ахмади]]. мой номер [[PH|8-911-207-55-41]] заблокирован почему?
Оператор: Здравствуйте, [[P|Реза]]! Номер заблокирован по заявлению владельца договора — вашего работодателя.
Client: я уволился в {{пятницу}}. как сделать номер мой? паспорт иран [[ID|R44182739]], ВНЖ нет, РВП [[ID|78/24-0931]]""")

T("hr_ru", """{{БФУ им. И. Канта}} просит подключить номера приглашённым преподавателям весеннего семестра:
— [[P|Ясмин Хаддад]] ([[P|Yasmin Haddad]]), паспорт [[ID|N0418273]], e-mail [[EM|yhaddad.lb@gmail.com]];
— [[P|Томаш Новотный]] ([[P|Tomáš Novotný]]), паспорт [[ID|45182739]], e-mail [[EM|t.novotny@seznam.cz]].
Счета на договор [[CN|3900700318]]. Исп. [[P|Лапина Е.В.]], [[PH|+7 (4012) 59-55-18]]""")

T("crm", """Жалоба: [[P|Хьюз Оливер]] не может войти в личный кабинет с IP [[IP|185.17.140.22]], логин [[LOG|ohughes_boe]]. Ссылка на сброс пароля отправлена на [[EM|o.hughes@balticoffshore.co.uk]].""")

T("chat_en", """Client: Hi, [[P|Sofía García López]] here. My son [[P|Mateo]] lost his phone at school, number [[PH|+7 931 357 06 12]]. Please block it!
Оператор: Hello, [[P|Sofía]]! Is the number registered to you or to the university?
Client: to {{SPbU}}, but I'm the user. my passport [[ID|PAF203947]], my INN [[INN|788490863424]]
Оператор: Thank you, the number is blocked. A new SIM can be collected at our office on {{Bolshaya Morskaya}} with your passport.""")

T("crm", """[[P|Nowak Piotr]] ({{Генконсульство Польши}}): возврат переплаты {{2 150 руб.}} на счёт [[BA|PL80 4634 9822 8158 4315 3714 7806]], получатель [[P|Piotr Nowak]]. Номер [[PH|+7 911 076 18 22]], паспорт [[ID|EB5529384]].""")

T("hr_de", """Liebe Kolleginnen und Kollegen,
Familie [[P|Brandt]] zieht am {{15.08.}} nach {{Kaliningrad}}. Bitte bereiten Sie vier SIM-Karten vor:
[[P|Matthias Brandt]] (geb. [[DOB|11.02.1978]]), [[P|Julia Brandt]] (geb. [[DOB|23.06.1981]]), [[P|Paul]] (geb. [[DOB|30.10.2009]]) und [[P|Marie]] (geb. [[DOB|05.01.2013]]).
Neue Anschrift: [[AD|Kaliningrad, ul. Kutusowa 27, Wohnung 8]]
Mit freundlichen Grüßen
[[P|Heike Vogel]], {{Schröder Logistik GmbH}}""")

T("chat_mixed", """Client: Hei! Sorry, English ok? I'm [[P|Mikko Virtanen]] from {{Saimaa Engineering}}. I got an SMS that my passport data in your system has expired.
Оператор: Hello, [[P|Mikko]]! Yes, we need the new passport details. Please bring the passport to our office or ask your HR to send it.
Client: new passport is [[ID|XP9902174]], the old one was [[ID|XP4418273]]. HR is [[P|Laura]], [[EM|laura.nieminen@saimaa-eng.fi]]
Client: спасибо!""")

T("crm", """[[P|Краузе Н.И.]] (ответственная по договору [[CN|3900538127]]): блокировка номера мужа [[P|Krause Thomas]] [[PH|+7 911 491 07 36]] по утрате ({{Берлин}}), идентифицирована по паспорту [[PS|27 16 845102]]. Новую SIM заберёт в офисе {{на Ленинском, 18}}.""")

T("chat_tr", """Client: Selam, ben [[P|Emre Öztürk]]. Yeni telefon aldım, e-SIM yapmak istiyorum. Numaram [[PH|+7 931 902 77 31]]
Оператор: Здравствуйте, [[P|Эмре]]! Для eSIM назовите, пожалуйста, IMEI и EID нового устройства.
Client: IMEI [[DEV|352229338887424]], EID [[DEV|89049032007008882600145817339026]]""")

T("crm", """ИП [[P|Фернандес Карлос]] (Испания, переводчик в {{Зените}}) переводит номера на ИП: ИНН [[INN|785698332240]], ОГРНИП [[OGRN|317789802633193]], р/с [[BA|40802810467598589809]], БИК [[BIK|044030917]]. Номера: [[PH|+7 921 330-87-19]], [[PH|+7 921 330-87-20]].""")
# ---- 081-100 -------------------------------------------------------------
T("chat_de", """Client: Hallo, ich habe gestern das Formular für die SIM meiner Frau geschickt.
Оператор: Guten Tag! Nennen Sie bitte Ihren Namen und die Vertragsnummer.
Client: [[P|Matthias Brandt]], Vertrag [[CN|3900742269]]. Meine Frau heißt [[P|Julia Brandt]].
Оператор: Danke, Herr [[P|Brandt]]. Im Formular ist statt des Reisepasses ein Führerschein angehängt.
Client: Oh, Entschuldigung, das ist mein russischer Führerschein [[DL|39 31 448205]]. Der Reisepass von [[P|Julia]]: [[ID|C2M8R4T7K]].
Client: Die SIM bitte an [[AD|Kaliningrad, ul. Kutusowa 27, Wohnung 8]] schicken.
Оператор: Vielen Dank! Die SIM-Karte wird am {{Donnerstag}} zugestellt.""")

T("crm", """[[P|Пеньяльба Агустин]]: клуб заказал SIM для сигнализации автомобиля игрока, госномер [[VEH|М 707 РО 198]], VIN [[VEH|WDD2130421A582931]]. Номер SIM [[PH|+7 921 330-87-33]], ICCID [[DEV|8970199826256384152]].""")

T("chat_en", """Client: Good morning po. I am [[P|Maria Lourdes Santos]], housekeeper of the Consul General. My number [[PH|+7 981 402 33 60]] has no balance.
Оператор: Good morning, [[P|Maria]]! Your number is on the consulate contract and this month's limit of {{1 000 RUB}} is used up.
Client: can I top up from my own card? [[CC|4820 2134 0789 8435]], expiry [[EXP|06/27]], CVV [[CVV|209]]
Оператор: Please don't send card details here — top up on the website or at a terminal. I have removed your message.
Client: ok sorry. my sister in {{Manila}} can also send, her number is [[PH|+63 917 845 2210]]""")

T("form", """Реквизиты для договора
Наименование: {{ООО «Анадолу Строй Калининград»}}
ИНН [[INN|3991656236]], ОГРН [[OGRN|1223929998302]]
Р/с [[BA|40702810741348269059]], БИК [[BIK|042748613]]
Директор: [[P|Йылдырым Мехмет]] ([[P|YILDIRIM Mehmet]]), ИНН [[INN|391439462898]]
Почтовый адрес: [[AD|236006, г. Калининград, Московский пр-т, д. 40, пом. 7]]
Тел./факс [[PH|+7 (4012) 76-20-14]]""")

T("chat_broken_ru", """Client: oi! здраствуйте. я [[P|Ана Беатрис]], жена [[P|Лукаса]] из {{Зенит}}
Client: я хочу свой номер, не от клуб. паспорт [[ID|FZ418273]], живу [[AD|Крестовский остров, ул. Рюхина 12, кв 305]]
Оператор: Здравствуйте, [[P|Ана Беатрис]]! Для оформления номера на вас нужны паспорт с нотариальным переводом и миграционная карта.
Client: миграционная [[ID|4025 1177304]]. спасибо, obrigada!!""")

T("hr_en", """Good morning, this is [[P|Chiara Esposito]] from {{Ferraris Impianti S.p.A.}} HR.
Please make [[P|Marco Bianchi]] the payer for his number [[PH|+7 911 450 77 21]] from {{1 May}}. His details: passport [[ID|YB4418273]], codice fiscale [[ID|BNCMRC82T15L219K]], DOB [[DOB|15.12.1982]].
He will pay by SEPA transfer from [[BA|IT87 X146 2558 0718 7818 1734 320]]. Thank you!""")

T("crm", """[[P|Сато Такэси]] / [[P|SATO TAKESHI]]: прилетел, SIM получил. Его номер [[PH|+7 921 088-51-40]], жене [[P|Эми]] — [[PH|+7 921 088-51-41]]. Загранпаспорт [[ID|TK4418273]].""")

T("chat_tr", """Client: İyi akşamlar. Bayramda Türkiye'ye gideceğim, roaming açık mı?
Оператор: Добрый вечер! Назовите, пожалуйста, номер телефона и ваше имя.
Client: [[P|Hasan Koç]], [[PH|+7 906 230 41 17]]. Şirket sözleşmesi [[CN|3900412786]].
Оператор: Спасибо, [[P|Хасан]]. Роуминг по договору компании открыт, пакет «{{Турция 3 ГБ}}» стоит {{690 руб.}}
Client: Tamam. Acil durumda eşim [[P|Hatice Koç]]'u arayın: [[PH|+90 532 770 18 43]].""")

T("crm", """[[P|Хаддад Ясмин]] сообщила об утрате паспорта [[ID|N0418273]], новый получит в {{посольстве Ливана}} в {{Москве}}. Просит до этого не блокировать номер [[PH|+7 906 540 33 12]]. Связь: [[EM|yhaddad.lb@gmail.com]], проживает [[AD|г. Калининград, ул. Александра Невского, д. 14, кв. 61]].""")

T("hr_de", """Betreff: Rechnungen für den Privatanteil
Bitte senden Sie die Rechnungen für den Privatanteil direkt an die Mitarbeiter:
[[P|Florian Bauer]] – [[EM|florian.bauer@gmx.de]], Nummer [[PH|+7 921 977 30 12]]
[[P|Miriam Hoffmann]] – [[EM|miri.hoffmann@web.de]], Nummer [[PH|+7 921 977 30 48]]
Einzug von den Privatkonten [[BA|DE91 1616 7464 7964 0120 83]] ([[P|Bauer]]) und [[BA|DE90 1003 9499 6612 4342 72]] ([[P|Hoffmann]]).
Danke und Gruß, [[P|Stefanie Krüger]]""")

T("chat_en", """Client: Hey, my phone was stolen near {{Gazprom Arena}} after the match. Number [[PH|+7 999 531 28 64]].
Оператор: I'm sorry to hear that! Please tell me your full name so I can block the SIM.
Client: [[P|Kwame Asante Mensah]]. The phone IMEI is [[DEV|861268511653991]], the police asked for it.
Оператор: Thank you, [[P|Kwame]]. The number is blocked. We can deliver a new SIM — what address?
Client: [[AD|Saint Petersburg, Primorsky pr. 137, bldg 2, apt 14]]. if I don't answer call my friend [[P|Yaw]]: [[PH|+7 999 531 40 02]]""")

T("crm", """[[P|de Vries J.]] ({{Baltic Dredging}}) прислал для личного договора: ИНН [[INN|397712121081]], СНИЛС [[SN|446-547-950 23]], адрес [[AD|г. Калининград, ул. Батальная, д. 61, кв. 140]]. Номер [[PH|+7 911 450-01-11]] переносим с корпоративного на личный с {{01.09}}.""")

T("chat_mixed", """Client: Hi, my autopay failed. Karte abgelaufen. New card: [[CC|5546 7056 1168 3511]], [[EXP|10/29]]
Оператор: Здравствуйте! Please don't send card data in the chat — I've hidden the message. You can add the new card in your personal account.
Client: ok. Or can you debit my German account? [[BA|DE03 6110 2185 0984 2436 65]], Kontoinhaber [[P|Jörg Lindemann]]
Оператор: Unfortunately, direct debit from foreign accounts is not available. What is your number?
Client: [[PH|+7 981 730-15-60]]""")

T("crm", """Академия {{ФК «Зенит»}}: воспитанник [[P|Лазар Петрович]] ([[P|Lazar Petrović]]), д.р. [[DOB|21.02.2009]], номер [[PH|+7 921 330-88-04]]. Законный представитель — мать, [[P|Milica Petrović]], [[PH|+381 65 330 1187]], паспорт SRB [[ID|011274593]].""")

T("hr_ru", """{{ООО «Хуасинь Рэйл Рус»}}, ИНН [[INN|7853515037]]. Список сотрудников для подключения:
[[P|Ван Мин]] ([[P|WANG MING]]) — паспорт [[ID|E52930184]], тел. [[PH|+86 138 0771 2290]]
[[P|Чжао Лина]] ([[P|ZHAO LINA]]) — паспорт [[ID|EA1044827]]
[[P|Сунь Хао]] ([[P|SUN HAO]]) — паспорт [[ID|EB7730219]]
Ответственный: [[P|Тихонова Марина Викторовна]], [[EM|m.tikhonova@huaxin-rail.ru]]""")

T("chat_broken_ru", """Client: здравствуйте. это [[P|Пак]]. номер моя жена [[PH|+7 906 411 27 01]], хочу поменять тариф
Оператор: Здравствуйте! Уточните, пожалуйста, ваше полное имя.
Client: [[P|Пак Чжи Хун]], компания {{KS Marine Korea}}. мой номер [[PH|+7 906 411 27 00]], паспорт [[ID|M12845930]]
Client: хочу для жена тариф «{{Бизнес Global}}», не «{{Корпоративный Безлимит}}»""")

T("crm", """Смена ответственного по договору [[CN|0178823546]] ({{Nordhafen Anlagenbau}}): вместо [[P|Ковалёвой И.С.]] — [[P|Лапшин Игорь Вадимович]], паспорт [[PS|40 20 118374]], код подразделения [[PD|780-016]], тел. [[PH|+7 (812) 603-44-20]], [[EM|i.lapshin@nordhafen-spb.ru]]. Доверенность от {{03.02.2025}}.""")

T("chat_en", """Client: Hi there, [[P|Brian Kowalski]] from {{Baltic Offshore Engineering}}. Could you charge my Amex for the international calls overage? [[CC|3790 607829 53761]], exp [[EXP|12/26]], CID [[CVV|4821]]
Оператор: Hello, [[P|Brian]]! Sorry, we can't take card details in the chat — I've hidden your message. You can pay in the personal account.
Client: got it. it's for number [[PH|+7 921 880 14 77]], my manager [[P|Oliver Hughes]] approved it""")

T("crm", """[[P|Арслан Юсуф]] — детская SIM на дочь [[P|Арслан Эсму]], д.р. [[DOB|09.01.2016]], св-во о рожд. [[BC|II-РЕ № 703118]]. Номер дочери [[PH|+7 906 230 55 81]]. Паспорт отца [[ID|U 20447813]].""")

T("hr_en", """Hi, this is [[P|Olesya Kravets]] again ({{FC Baltika}}). Three more numbers please, contract [[CN|КД-39-0015527]]:
- physio [[P|Pedro Alves]], PT passport [[ID|CB418273]], [[PH|+351 912 448 301]]
- fitness coach [[P|Luka Horvat]], HR passport [[ID|118273940]], [[PH|+385 91 552 4417]]
- analyst [[P|Bojan Stanković]], SRB passport [[ID|012845931]]
Deliver to the club office in {{Kaliningrad}} as usual.""")
# ---- 101-120 -------------------------------------------------------------
T("chat_de", """Client: Ich bin [[P|Sabine Lindemann]]. Meine Nummer [[PH|+7 981 730-15-62]] ist seit heute gesperrt?
Оператор: Guten Tag, Frau [[P|Lindemann]]! Die Nummer wurde auf Wunsch des Vertragsinhabers gesperrt.
Client: Der Vertragsinhaber ist mein Mann, [[P|Jörg]]! Bitte rufen Sie ihn an: [[PH|+49 170 5521 903]]""")

T("crm", """[[P|Рахман Аиша]] ({{ИТМО}}): не открываются сайты, пишет про блокировку по IP. Внешний адрес [[IP|46.242.11.203]], IPv6 [[IP|2a00:1fa0:4611:7c2e::1]]. Выход через модем, IMEI [[DEV|867231520828354]]. Тел. [[PH|+7 952 388 10 64]].""")

T("chat_tr", """Client: Merhaba, ben yine [[P|Fatma Aydın]]. Oğlum [[P|Kerem Aydın]] için de hat lazım, o da artık St. Petersburg'da.
Оператор: Здравствуйте, [[P|Фатма]]! Номер для сына можно оформить на вас. Сколько лет [[P|Керему]]?
Client: [[DOB|2 Mart 2005]] doğumlu, pasaportu [[ID|U 25117036]].
Оператор: Хорошо. Нужен ещё адрес проживания в Санкт-Петербурге.
Client: [[AD|Sankt-Peterburg, Furshtatskaya ul. 31, kv. 7]]
Оператор: Спасибо! Заявка {{№ 25-118347}} создана, SIM можно получить в офисе через {{2 дня}}.""")

T("crm", """Кл. [[P|Окафор И.]] — смена номера по просьбе клуба: старый [[PH|+7 911 862 05 47]], новый [[PH|+7 911 862 06 15]], л/с [[AN|239100774512]] без изменений.""")

T("hr_ru", """{{Генеральное консульство Финляндии в Санкт-Петербурге}}, административный отдел.
Просим оформить номер новой сотруднице хозяйственной службы: [[P|Хелена Мякинен]] ([[P|Helena Mäkinen]]), д.р. [[DOB|18.08.1970]], паспорт [[ID|XL5582017]], адрес: [[AD|Санкт-Петербург, ул. Чайковского, д. 71, кв. 3]].
Номер её предшественницы [[P|Пиркко Лехтонен]] [[PH|+7 921 941 20 66]] просим закрыть с {{31.05}}.""")

T("chat_en", """Client: Hi, I'm leaving Russia next month. Can I keep my number [[PH|+7 931 005 62 78]] after my employer closes it?
Оператор: Hello! Yes, the number can be moved to a personal contract. Please tell me your full name.
Client: [[P|Anand Kulkarni]], passport [[ID|K6640392]], registered at [[AD|Saint Petersburg, Moskovsky pr. 171, apt 58]]. HR contact is [[P|Denis Smirnov]], [[EM|d.smirnov@nordhafen-spb.ru]]""")

T("form", """Корпоративный клиент: {{Saimaa Engineering Oy}}, филиал в Калининграде
ИНН [[INN|3949847149]], ОГРН [[OGRN|1243943641853]]
Договор [[CN|3900655108]], лицевой счёт [[AN|239101184460]]
Адрес филиала: [[AD|236039, г. Калининград, ул. Портовая, д. 2, оф. 51]]
Р/с [[BA|40702810212476240697]], БИК [[BIK|042748385]]; счёт в Финляндии [[BA|FI58 6170 8195 8135 84]]
Ответственный: [[P|Laura Nieminen]], [[PH|+358 40 551 0927]]""")

T("chat_broken_ru", """Client: здравствуйте я [[P|Чан Ван Хунг]], повар в {{генконсульство Вьетнама}}. номер [[PH|+7 981 402 18 20]]
Client: я хочу отправить деньги дочь [[P|Чан Тхи Май]] в {{Ханой}}, можно через телефон?
Оператор: Здравствуйте, [[P|Хунг]]! Переводы за границу с баланса номера недоступны, можно воспользоваться банковским переводом.
Client: хорошо. её номер [[PH|+84 903 418 227]], она позвонит вам?""")

T("crm", """[[P|Gruber Verena]] заблокировала SIM, трижды введя неверный PIN. После идентификации по кодовому слову продиктован PUK [[SEC|40817236]], баланс проверять по {{*102#}}. Номер [[PH|+7 911 388 54 07]], договор [[CN|3900766514]].""")

T("hr_en", """Dear team, following my e-mail of {{3 March}}: Mr. [[P|Sato]]'s children will also need SIM cards.
- [[P|Sato Haruka]], born [[DOB|21 June 2010]]
- [[P|Sato Ren]], born [[DOB|8 January 2014]]
They live with their parents at [[AD|Saint Petersburg, Kamennoostrovsky pr. 42, apt. 73]]. Please bill contract [[CN|0178851190]].
Regards, [[P|Kenji Watanabe]], [[PH|+81 3-5412-7780]]""")

T("chat_de", """Client: Guten Tag, ich brauche eine Daten-SIM für mein Auto, Kennzeichen [[VEH|В178ОК39]].
Оператор: Guten Tag! Auf wen soll die SIM-Karte registriert werden?
Client: Auf mich: [[P|Tobias Schäfer]], Reisepass [[ID|C9X4L2R8N]], Adresse [[AD|Kaliningrad, ul. Marshala Bagramyana 12, kv. 3]]. Meine Nummer ist [[PH|+7 911 205 64 18]].""")

T("crm", """Полный пакет для личного договора [[P|Öztürk Emre]] / [[P|Озтюрк Эмре]]: паспорт TUR [[ID|U 24418731]], ВНЖ [[ID|82 № 7710394]], ИНН [[INN|783521837001]], СНИЛС [[SN|536-402-421 59]], полис ОМС [[OMS|7837739084088654]], д.р. [[DOB|27.06.1991]], адрес [[AD|Санкт-Петербург, ул. Савушкина, д. 126, кв. 204]], тел. [[PH|+7 931 902 77 31]], e-mail [[EM|emre.ozturk91@gmail.com]].""")

T("chat_en", """Client: Hi, [[P|Jelena Ilić]] here, [[P|Nemanja]]'s wife. I need a Russian number for myself, can it be on the club contract?
Оператор: Hello, [[P|Jelena]]! Numbers can be added to the club contract only by the club's administrator.
Client: ok, then a personal one. passport [[ID|010557284]], born [[DOB|14.05.1997]], we live at [[AD|Kaliningrad, Leninsky prospekt 83, apt 21]]""")

T("crm", """Входящий с [[PH|+7 965 110 47 28]]: представился журналистом [[P|Ильёй Сомовым]], просил личный номер игрока [[P|Душана Марковича]]. Отказано, данные не разглашаются. Перезвонил с [[PH|+7 965 110 47 29]], зафиксировано в {{SR 25-120044}}.""")

T("hr_de", """Guten Tag,
für das Projekt {{Windpark Uschakowo II}} brauchen wir Nummern für:
[[P|Lukas Zimmermann]] – Reisepass [[ID|CT4R8M2N6]], Handy DE [[PH|0049 160 4412 887]]
[[P|Jana Hartmann]] – Reisepass [[ID|CW7K3P9R1]], Handy DE [[PH|0049 152 0094 3361]]
[[P|Ömer Yavuz]] (türkischer Staatsbürger) – Pass [[ID|U 26881257]]
Ansprechpartner: [[P|Ralf Neumann]], [[EM|r.neumann@nordwind-anlagen.de]], Vertrag [[CN|3900801477]]""")

T("chat_broken_ru", """Client: здравствуйте снова, [[P|Ахмед Мостафа]]. жена [[P|Нур Хассан]] хочет свой договор
Client: её паспорт [[ID|A27461930]], дата рождения [[DOB|3.05.1995]], живём [[AD|Петербург, пр. Просвещения 87 к2 кв 318]]
Оператор: [[P|Ахмед]], договор на супругу оформляется при её личном визите с паспортом и нотариальным переводом.""")

T("crm", """[[P|Ковальчик Марта]] (домработница, {{Генконсульство Польши}}) летит домой в отпуск ({{LO 766}}, {{12.07}}), просит роуминг. Адрес в Польше [[AD|ul. Ogrodowa 15/4, 80-856 Gdańsk]], польский номер [[PH|+48 601 224 918]]. Пакет «{{Европа 1 ГБ}}» подключён на [[PH|+7 911 076 19 40]].""")

T("form", """Billing details update – {{Hokuyo Marine Co., Ltd.}}, Saint Petersburg office
INN [[INN|7817314141]], OGRN [[OGRN|1167816001165]]
Settlement account [[BA|40702810932003827686]], BIK [[BIK|044030462]]
Billing e-mail: [[EM|billing.spb@hokuyo-marine.co.jp]]
Authorised signatory: [[P|Kenji Watanabe]], passport [[ID|TN7730418]]""")

T("chat_mixed", """Client: Merhaba! Здравствуйте. Я [[P|Айше Демир]].
Client: benim numara [[PH|+7 911 457 23 08]], internet yok, почему?
Оператор: Здравствуйте, [[P|Айше]]! Пакет интернета на номере закончился, новый начнётся {{1 числа}}.
Client: tamam, ek paket almak istiyorum, kartım [[CC|5425 6651 7610 2990]]
Оператор: Пожалуйста, не отправляйте данные карты в чат, сообщение скрыто. Дополнительный пакет «{{+5 ГБ}}» подключается командой {{*111*5#}}.""")

T("crm", """Итог по договору [[CN|0178823546]] ({{Nordhafen Anlagenbau}}):
1) [[P|Мюллер Х.-П.]] — SIM заменена, ICCID [[DEV|8970199192065219281]];
2) [[P|Шнайдер К.]] — снят запрет роуминга на [[PH|+7 931 902-77-15]];
3) [[P|Озтюрк Э.]] — переведён на личный договор [[CN|7800419523]], л/с [[AN|278105512093]].
Отчёт направлен [[P|Лапшину И.В.]] на [[EM|i.lapshin@nordhafen-spb.ru]].""")

# ---------------------------------------------------------------------------
# parsing and checks
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]|\{\{(.*?)\}\}", re.S)


def parse(body):
    out, gold, negs, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        n += len(body[pos:m.start()])
        if m.group(1) is not None:
            code, val = m.group(1), m.group(2)
            assert code in ALIAS, ("unknown code", code, body[:60])
            gold.append({"type": ALIAS[code], "start": n, "end": n + len(val)})
        else:
            val = m.group(3)
            negs.append({"start": n, "end": n + len(val), "text": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), gold, negs


def digits(s):
    return re.sub(r"\D", "", s)


def luhn(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def inn_ok(s):
    d = [int(c) for c in s]
    if len(d) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(d, w)) % 11 % 10 == d[9]
    if len(d) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return (sum(a * b for a, b in zip(d, w1)) % 11 % 10 == d[10]
                and sum(a * b for a, b in zip(d, w2)) % 11 % 10 == d[11])
    return False


def snils_ok(s):
    if len(s) != 11:
        return False
    d = [int(c) for c in s[:9]]
    t = sum(x * (9 - i) for i, x in enumerate(d))
    if t < 100:
        c = t
    elif t in (100, 101):
        c = 0
    else:
        c = t % 101
        if c == 100:
            c = 0
    return c == int(s[9:])


def ogrn_ok(s):
    if len(s) == 13:
        return int(s[:12]) % 11 % 10 == int(s[12])
    if len(s) == 15:
        return int(s[:14]) % 13 % 10 == int(s[14])
    return False


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ru_account_ok(acc, bik):
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum(int(x) * w[i] for i, x in enumerate(s)) % 10 == 0


def oms_ok(s):
    if len(s) != 16:
        return False
    b = s[:15]
    rev = b[::-1]
    odd, even = rev[0::2][::-1], rev[1::2][::-1]
    tot = sum(int(c) for c in even + str(int(odd) * 2))
    return (10 - tot % 10) % 10 == int(s[15])


def tckn_ok(s):
    if len(s) != 11 or s[0] == "0":
        return False
    d = [int(c) for c in s]
    return (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def check_values(tid, text, gold):
    """Checksums of checksummed identifiers (valid unless listed as deliberate typos)."""
    biks = [digits(text[g["start"]:g["end"]]) for g in gold if g["type"] == "RU_BIK"]
    for g in gold:
        v = text[g["start"]:g["end"]]
        d = digits(v)
        t = g["type"]
        ok = True
        if t == "RU_INN":
            ok = inn_ok(d)
        elif t == "RU_SNILS":
            ok = snils_ok(d)
        elif t == "RU_OGRN":
            ok = ogrn_ok(d)
        elif t == "CREDIT_CARD":
            ok = 13 <= len(d) <= 19 and luhn(d)
        elif t == "RU_OMS":
            ok = oms_ok(d)
        elif t == "BANK_ACCOUNT":
            if re.match(r"[A-Z]{2}\d\d", v):
                ok = iban_ok(v)
            elif len(d) == 20 and biks:
                ok = any(ru_account_ok(d, b) for b in biks)
        elif t == "DEVICE_ID" and len(d) in (15, 19) and d == re.sub(r"\s", "", v):
            ok = luhn(d)          # IMEI (15) and ICCID (19)
        elif t == "ID_DOCUMENT" and re.fullmatch(r"\d{11}", v) and "kimlik" in text.lower():
            ok = tckn_ok(v)       # Turkish national ID
        if not ok and (tid, v) not in DELIBERATE_TYPOS:
            raise AssertionError(f"{tid}: bad checksum for {t} {v!r}")
        if ok and (tid, v) in DELIBERATE_TYPOS:
            raise AssertionError(f"{tid}: typo listed but value is valid {v!r}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows, neg_rows = [], []
    seen = set()
    type_counts, cat_counts, cat_spans = Counter(), Counter(), Counter()
    all_values = Counter()
    for i, (cat, body) in enumerate(RAW, 1):
        tid = f"packed_u-{i:03d}"
        text, gold, negs = parse(body)
        # shape
        assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, tid
        assert text == text.strip() and text, tid
        assert unicodedata.is_normalized("NFC", text), tid
        lines = text.split("\n")
        assert 1 <= len(lines) <= 8, (tid, len(lines))
        assert all(l.strip() for l in lines), (tid, "empty line")
        assert "  " not in text, (tid, "double space")
        assert 4 <= len(gold) <= 15, (tid, len(gold))
        assert text not in seen, (tid, "duplicate text")
        seen.add(text)
        # spans
        spans = sorted([(g["start"], g["end"], "g") for g in gold] + [(n["start"], n["end"], "n") for n in negs])
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (tid, "overlap", text[a[0]:a[1]], text[b[0]:b[1]])
        assert gold == sorted(gold, key=lambda g: g["start"]), tid
        for g in gold:
            v = text[g["start"]:g["end"]]
            assert v and v == v.strip() and v[-1] not in ",;:", (tid, repr(v))
            type_counts[g["type"]] += 1
            all_values[v] += 1
        for n in negs:
            assert text[n["start"]:n["end"]] == n["text"] and n["text"] == n["text"].strip(), (tid, n)
        # every other occurrence of a gold value (whole word, 4+ chars) must be labelled too
        covered = [(g["start"], g["end"]) for g in gold]
        for g in gold:
            v = text[g["start"]:g["end"]]
            if len(v) < 4:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                assert any(s <= m.start() and m.end() <= e for s, e in covered), (tid, "unlabelled repeat", v)
        check_values(tid, text, gold)
        rows.append({"id": tid, "text": text, "gold": gold})
        if negs:
            neg_rows.append({"id": tid, "negatives": negs})
        cat_counts[cat] += 1
        cat_spans[cat] += len(gold)
    # set-level checks
    assert len(rows) == 120, len(rows)
    total = sum(type_counts.values())
    assert total >= 700, total
    assert len({r["id"] for r in rows}) == len(rows)
    # round trip through JSON
    with open(os.path.join(here, "written.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8") as f:
        for r in neg_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "written.jsonl"), encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert back == rows
    for r in back:
        assert set(r) == {"id", "text", "gold"}
        for g in r["gold"]:
            assert set(g) == {"type", "start", "end"} and isinstance(g["start"], int)
    with open(os.path.join(here, "negatives.jsonl"), encoding="utf-8") as f:
        for l in f:
            o = json.loads(l)
            assert set(o) == {"id", "negatives"} and o["negatives"]
    if "-v" in sys.argv:
        print("texts", len(rows), "gold", total, "negatives", sum(len(r["negatives"]) for r in neg_rows),
              "texts with negatives", len(neg_rows))
        for t, c in type_counts.most_common():
            print(f"  {t:22s} {c}")
        for c in CATEGORIES:
            print(f"  {c:16s} texts {cat_counts[c]:3d} spans {cat_spans[c]}")
        per = Counter(len(r["gold"]) for r in rows)
        print("  spans per text", sorted(per.items()))
        dup = [v for v, c in all_values.items() if c > 1]
        print("  values repeated across/within texts:", len(dup))
    print("OK")


if __name__ == "__main__":
    main()
