"""Numbers callers dictate (issue 15): in speech a cue, a length and the context are the evidence, never a
checksum, and the number is masked whole — series letters said by name, filler words after the cue, groups
that compose ambiguously. Each rule has a look-alike that must stay as it is."""
from __future__ import annotations

import re

import pytest

from guard.engine import Redactor
from kinds_found import found
from guard.recognizers import canonical_value
from guard.recognizers.lexicon import CUE_GAP


def types(redactor: Redactor, text: str) -> set[str]:
    return {e.type for e in redactor.analyze(text)}


@pytest.mark.parametrize("text, kind, value", [
    # birth certificate: the Roman series said as a number, its letters by their names
    ("можно по свидетельству о рождении серия четыре эм ю номер шестьсот шестьдесят шесть сто шестьдесят пять ребенок",
     "RU_BIRTH_CERTIFICATE", "четыре эм ю номер шестьсот шестьдесят шесть сто шестьдесят пять"),
    ("свидетельство о рождении римская три эм эн номер четыреста двадцать восемьсот сорок девять выдано загсом",
     "RU_BIRTH_CERTIFICATE", "римская три эм эн номер четыреста двадцать восемьсот сорок девять"),
    ("свидетельство пять ка бэ один один ноль пять девять три это для детского тарифа",
     "RU_BIRTH_CERTIFICATE", "пять ка бэ один один ноль пять девять три"),
    # driving licence: the bare "водительское", filler words after "права", the old letter series by name
    ("а водительское ноль два девятнадцать четыреста одиннадцать девятьсот три ага записала",
     "RU_DRIVER_LICENSE", "ноль два девятнадцать четыреста одиннадцать девятьсот три"),
    ("у меня права ещё старые семьдесят семь у о триста двадцать один ноль ноль девять",
     "RU_DRIVER_LICENSE", "семьдесят семь у о триста двадцать один ноль ноль девять"),
    # driving licence written: abbreviated words, "права" in another case
    ("Водит. уд. 77 23 458901 предъявлено в салоне", "RU_DRIVER_LICENSE", "77 23 458901"),
    ("Вод. удостоверение 99 08 221547 и СНИЛС 777-412-154 20", "RU_DRIVER_LICENSE", "99 08 221547"),
    ("Приложил фото прав: 99 25 310447, паспорт дома забыл", "RU_DRIVER_LICENSE", "99 25 310447"),
    # passport: filler after the cue, a hesitation before "номер", "российский" for a passport named earlier
    ("паспорт у меня шестьдесят три ноль один э номер пятьсот сорок восемь девятьсот двенадцать а родилась я",
     "RU_PASSPORT", "шестьдесят три ноль один э номер пятьсот сорок восемь девятьсот двенадцать"),
    ("паспорт иностранца не подходит нужен российский шестьдесят три ноль семь четыреста девяносто девятьсот девяносто",
     "RU_PASSPORT", "шестьдесят три ноль семь четыреста девяносто девятьсот девяносто"),
    ("ne mogu zaiti v kabinet. pasport seriya 4512 nomer 774306, familiya", "RU_PASSPORT", "4512 nomer 774306"),
    # passport in a packed CRM note: a slash, "п/п", the printed layout right after a date
    ("паспорт 4509/123456 выдан ОВД", "RU_PASSPORT", "4509/123456"),
    ("5089/ 953787 Иванов И.И.", "RU_PASSPORT", "5089/ 953787"),
    ("п/п 2943767311, тел 89161234567", "RU_PASSPORT", "2943767311"),
    ("новый — Мирная Дарья Олеговна, п/п нов. влад. 4616 902117 выд. 12.05.2016", "RU_PASSPORT", "4616 902117"),
    ("Иванов Иван Иванович 12.03.1985 4509 123456", "RU_PASSPORT", "4509 123456"),
    # department code: after "выдан", after a bare "код" while a passport is dictated, printed beside the passport
    ("паспорт девять два один восемь девять шесть пять один пять один выдан пятьсот шестьдесят девять ноль тридцать",
     "RU_PASSPORT_DEPT", "пятьсот шестьдесят девять ноль тридцать"),
    ("выдан отделом уфмс россии по новосибирской области код пятьсот сорок ноль ноль шесть место рождения",
     "RU_PASSPORT_DEPT", "пятьсот сорок ноль ноль шесть"),
    ("кл Ким Е.В. / 9215 402716 / 160-004 / Москва", "RU_PASSPORT_DEPT", "160-004"),
    ("п. 4008 553102, выд. 14.04.2008 ТП №3 ОУФМС, к.п. 780-003, прож. СПб", "RU_PASSPORT_DEPT", "780-003"),
    ("Оператор: Код подразделения в паспорте?\nКлиент: 617-073.\nОператор: Дата выдачи?", "RU_PASSPORT_DEPT", "617-073"),
    # OMS: spoken thousands that compose to more than sixteen digits; filler words after the cue
    ("и омс семь тысяч семьсот семьдесят шесть три тысячи триста сорок семь семь тысяч сто семь тысяча шестьсот пять "
     "предоставлю в офисе", "RU_OMS",
     "семь тысяч семьсот семьдесят шесть три тысячи триста сорок семь семь тысяч сто семь тысяча шестьсот пять"),
    ("нужен номер полиса омс клиент щас так пять ноль пять три два ноль восемь девять семь ноль ноль ноль ноль четыре "
     "пять один оператор", "RU_OMS",
     "пять ноль пять три два ноль восемь девять семь ноль ноль ноль ноль четыре пять один"),
    # OGRN: words between the cue and the number
    ("огрн записывайте пожалуйста один ноль четыре семь восемь шесть три четыре пять четыре пять три девять название вектор",
     "RU_OGRN", "один ноль четыре семь восемь шесть три четыре пять четыре пять три девять"),
    # BIK said in groups in a written dialogue
    ("Оператор: Повторите, пожалуйста, БИК.\nКлиент: Ноль сорок четыре ноль тридцать шестьсот пятьдесят три.",
     "RU_BIK", "Ноль сорок четыре ноль тридцать шестьсот пятьдесят три"),
    # personal account: in English, "л/сч", a bare "счёт", the answer after the question
    ("Please reply to oleg@proton.me. Account number 664452722355. Regards", "ACCOUNT_NUMBER", "664452722355"),
    ("договор № 4-0192283 от 12.08.2018, л/сч 380011274. Кл. просит", "ACCOUNT_NUMBER", "380011274"),
    ("договор эс пэ бэ ноль ноль сорок пять а счёт восемьсот один двести тридцать четыре пятьсот шестьдесят семь оператор",
     "ACCOUNT_NUMBER", "восемьсот один двести тридцать четыре пятьсот шестьдесят семь"),
    ("Клиент: А лицевой счёт какой?\nОператор: 0112 4587 3301.", "ACCOUNT_NUMBER", "0112 4587 3301"),
    # IPv6
    ("открыли доступ; внешний адрес 2a00:1fa0:4611:2c5e:9d1b:77ff:fe20:1a3c, DNS вручную", "IP_ADDRESS",
     "2a00:1fa0:4611:2c5e:9d1b:77ff:fe20:1a3c"),
])
def test_a_dictated_number_is_found_whole_after_its_cue(redactor, text, kind, value):
    assert (kind, value) in found(redactor, text)


@pytest.mark.parametrize("text, kind", [
    ("свидетельство о рождении выдано пять лет назад в загсе", "RU_BIRTH_CERTIFICATE"),
    ("водительское удостоверение получил в две тысячи десятом году", "RU_DRIVER_LICENSE"),
    ("ваш код четыреста восемьдесят два девятьсот тринадцать никому не сообщайте", "RU_PASSPORT_DEPT"),
    ("Паспорт выдан 12.05.2016, обращайтесь", "RU_PASSPORT_DEPT"),
    ("0 44 0 30 653 — это просто номер накладной", "RU_BIK"),
    ("выставлен счёт на 150000 рублей за ноябрь", "ACCOUNT_NUMBER"),
])
def test_a_look_alike_without_its_cue_or_context_stays(redactor, text, kind):
    assert kind not in types(redactor, text)


def test_a_phone_after_a_cue_of_another_kind_is_still_a_phone(redactor):
    # the words between a cue and its number never include another value's word
    text = "права у меня есть а телефон восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
    assert ("PHONE_NUMBER", "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь") in found(
        redactor, text)
    assert "RU_DRIVER_LICENSE" not in types(redactor, text)
    assert ("PHONE_NUMBER", "9161234567") in found(redactor, "российский номер 9161234567")
    # a payment order is "п/п" too, with a short number: the phone after it stays a phone
    assert found(redactor, "п/п 1234 от 12.03.2024, тел 9161234567") == [("PHONE_NUMBER", "9161234567")]


def test_a_licence_word_is_a_whole_word(redactor):
    # "ву" inside a cut-off "Здравствуйте" and "правильно" are not licence words
    text = "Здравствуйте, прошу перевыпустить сим. Паспорт 24 19 212519, код подр. 457-029."
    assert ("RU_PASSPORT", "24 19 212519") in found(redactor, text)
    assert "RU_DRIVER_LICENSE" not in types(redactor, "Вы правильно назвали 99 25 310447")


def test_the_gap_after_a_cue_stops_at_another_values_word():
    cue = re.compile(r"полис" + CUE_GAP + r"\s*(\d+)", re.IGNORECASE)
    assert cue.match("полис клиент щас так 7751").group(1) == "7751"
    assert cue.match("полис не помню телефон 8916") is None
    assert cue.match("полис это мой старый адрес дом 12") is None


def test_a_banks_correspondent_account_is_nobodys_data(redactor):
    text = "р/с 40702810938000000001, БИК 044525225, корр. счёт 30101810400000000225."
    assert ("BANK_ACCOUNT", "40702810938000000001") in found(redactor, text)
    assert not any(value == "30101810400000000225" for _, value in found(redactor, text))


def test_a_public_dns_resolver_is_nobodys_address(redactor):
    assert "IP_ADDRESS" not in types(redactor, "Сервер провайдера 8.8.8.8 не при чем, ЛС 5899310979.")
    assert "IP_ADDRESS" in types(redactor, "клиент заходил с 95.67.169.119 вчера")
    assert "IP_ADDRESS" not in types(redactor, "встреча в 12:30, потом 14:45")


@pytest.mark.parametrize("entity, written, spoken, other", [
    ("RU_BIRTH_CERTIFICATE", "III-МН № 420849", "римская три эм эн номер четыреста двадцать восемьсот сорок девять",
     "II-МН № 420849"),
    ("RU_BIRTH_CERTIFICATE", "IV-МЮ 666165", "четыре эм ю номер шестьсот шестьдесят шесть сто шестьдесят пять",
     "IV-МЯ 666165"),
    ("RU_DRIVER_LICENSE", "77 УО 321009", "семьдесят семь у о триста двадцать один ноль ноль девять", "77 УА 321009"),
    ("IP_ADDRESS", "2A00:1450::1", "2a00:1450::1", "2a00:1450::2"),
])
def test_a_value_written_and_said_has_one_canonical_form(entity, written, spoken, other):
    assert canonical_value(entity, written) == canonical_value(entity, spoken)
    assert canonical_value(entity, written) != canonical_value(entity, other)
