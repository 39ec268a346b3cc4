"""One rule, one example: what each rule of policies/disclosure.yaml catches in operator speech.

Each test names the rule and the instruction item; the body shows a written example and, where
the rule is about words, the same words as an ASR export writes them (lowercase, no punctuation).
"""
from __future__ import annotations

import pytest

from guard.disclosure import check

ITEM7_PHRASE = "Действительно, в настоящее время у ряда наших абонентов"
ITEM23_PHRASE = "В настоящий момент нет доступа к запрашиваемой информации"


def fired(text: str, speaker: str = "operator") -> dict[str, str]:
    """rule id -> the text it fired on."""
    result = check(text, speaker)
    return {f.rule: text[f.start:f.end] for f in result.violations + result.hints}


def only(text: str, rule: str) -> None:
    assert set(fired(text)) == {rule}, fired(text)


# --- Инструкция запретов, п. 7 ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Из-за сбоя связь пропала", "у нас сбои с интернетом", "Сеть сбоит с утра",
                                  "произошёл сбой", "связь восстановят после сбоя"])
def test_word_sboy_in_any_form_warns_with_item7_phrase(text):
    result = check(text)
    assert result.verdict == "warn"
    [violation] = [v for v in result.violations if v.rule == "service-failure-words"]
    assert violation.suggestion.startswith(ITEM7_PHRASE)
    assert violation.item == "Инструкция запретов, п. 7"


def test_word_avariya_in_instrumental_case_warns():
    assert fired("Бригада занята аварией на станции")["service-failure-words"] == "аварией"


def test_word_zaderzhka_in_genitive_warns():
    assert fired("Из-за задержки платёж не дошёл")["service-failure-words"] == "задержки"


def test_delay_verb_about_a_payment_warns_item7():
    only("Платёж задерживается на сутки", "delay-verb")


def test_zaderzhites_na_linii_is_not_a_violation():
    """Decision: «задержитесь на линии» invites the caller to stay on the line; п. 7 is about the noun."""
    assert check("Задержитесь, пожалуйста, на линии, я уточню").verdict == "allow"
    assert check("задержитесь на линии пожалуйста").verdict == "allow"


def test_problem_about_the_network_warns_item7():
    only("У нас проблемы со связью в вашем районе", "problem-word")


def test_problem_asked_about_is_not_a_violation():
    assert check("В чём проблема, расскажите подробнее?").verdict == "allow"
    assert check("Какая у вас проблема с интернетом?").verdict == "allow"


# --- 002: network trouble named openly -----------------------------------------------------------

def test_network_trouble_named_openly_warns():
    assert "network-trouble-named" in fired("Сервер упал, подождите")
    assert "network-trouble-named" in fired("вышка в вашем районе сломалась")


# --- п. 23 ----------------------------------------------------------------------------------------

def test_preventive_maintenance_warns_with_item23_phrase():
    result = check("Сейчас идут профилактические работы")
    [violation] = result.violations
    assert violation.rule == "maintenance-words" and violation.suggestion.startswith(ITEM23_PHRASE)


def test_technical_break_in_asr_warns():
    only("у нас технический перерыв до утра", "maintenance-words")


# --- п. 15 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Девушка, назовите номер", "Молодой человек, подождите", "Уважаемый абонент, ваш платёж принят",
                                  "уважаемый клиент услуга подключена", "Мужчина, вы меня слышите?"])
def test_forms_of_address_devushka_molodoy_chelovek_uvazhaemy_abonent_warn_item15(text):
    assert "form-of-address" in fired(text)


# --- п. 16 ----------------------------------------------------------------------------------------

def test_ya_ne_znayu_warns_item16():
    only("Я не знаю, когда починят", "i-dont-know")


def test_ya_ne_mogu_warns_item16_but_the_prescribed_refusal_does_not():
    only("Я не могу это сделать", "i-cannot")
    assert check("К сожалению, я не могу предоставить Вам информацию по данному вопросу, поскольку она относится "
                 "к служебной информации").verdict == "allow"


def test_eto_vasha_vina_warns_item16():
    only("Это ваша вина", "your-fault")


def test_nichem_ne_smogu_pomoch_warns_item16():
    only("Я больше ничем не смогу Вам помочь", "cannot-help-anymore")


# --- 002 ------------------------------------------------------------------------------------------

def test_vy_ne_ponyali_warns():
    only("Вы не поняли, речь о другом", "you-misunderstood")


def test_vy_oshibaetes_warns():
    only("Вы ошибаетесь", "you-are-wrong")


def test_povtoryayu_eshche_raz_warns():
    only("повторяю ещё раз услуга платная", "i-repeat")


def test_mozhet_byt_as_a_hedge_warns_but_not_in_a_statement():
    only("Может быть, у вас телефон выключен", "maybe")
    assert check("Услуга может быть подключена в приложении").verdict == "allow"
    assert check("Это может быть связано с настройками").verdict == "allow"


def test_somnevayus_warns():
    only("Сомневаюсь, что это поможет", "doubt")


def test_uspokoytes_warns():
    only("Успокойтесь, пожалуйста", "calm-down")


def test_commanding_tone_nu_togda_perezvonite_warns():
    only("Ну тогда перезвоните", "commanding-tone")


# --- 003 ------------------------------------------------------------------------------------------

def test_criminal_code_article_and_khuliganstvo_warn():
    assert set(fired("Это хулиганство, статья 213 УК РФ")) == {"criminal-code"}
    assert "criminal-code" in fired("за это есть уголовная ответственность")


# --- п. 19 ----------------------------------------------------------------------------------------

def test_low_arpu_warns_with_item19_phrase():
    result = check("У вас низкий ARPU, поэтому автоответчик")
    [violation] = result.violations
    assert violation.rule == "low-arpu" and "Электронного Консультанта" in violation.suggestion


# --- пп. 11, 12, 14 -------------------------------------------------------------------------------

def test_internal_terms_storno_and_traffic_block_warn_item14():
    assert "internal-terms" in fired("Сделаю сторнирование начислений")
    assert "internal-terms" in fired("на номере блокировка по трафику")


def test_internal_department_name_warns_item14():
    assert "internal-terms" in fired("Переведу вас на линию сохранения")


def test_naming_the_service_asked_warns_item11():
    only("Я написала в биллинг, ждём ответа", "internal-service-named")


def test_discrediting_the_company_warns_item12():
    only("На вашем месте я бы ушла к другому оператору", "discrediting-company")


def test_owner_name_via_personal_account_warns_item1():
    only("Посмотрите ФИО владельца в личном кабинете на сайте", "owner-name-via-site")


# --- block: confidential ------------------------------------------------------------------------

def test_other_department_phone_blocks_item10():
    result = check("Позвоните напрямую персональному менеджеру по номеру 8 495 123 45 67")
    assert result.verdict == "block" and {v.rule for v in result.violations} == {"department-phone"}


def test_mnp_queue_number_blocks_item10():
    assert "department-phone" in fired("номер очереди 700262")


def test_public_numbers_of_item9_are_not_department_phones():
    assert check("Позвоните на горячую линию 8 800 250 08 90").verdict == "allow"
    assert check("Наберите 0611, там голосовое меню").verdict == "allow"


@pytest.mark.parametrize("text", ["Зайдите на http://10.0.49.28:8081", "Откройте Bl-gui.vas.mts.ru",
                                  "адрес десять точка ноль точка сорок девять точка двадцать восемь",
                                  "http://mktest01.msk.mts.ru:8080/mcp/"])
def test_internal_hosts_ips_and_urls_block(text):
    result = check(text)
    assert result.verdict == "block" and "internal-address" in {v.rule for v in result.violations}


def test_the_public_site_is_not_an_internal_address():
    assert check("Подробности на сайте mts.ru").verdict == "allow"


def test_dictating_the_termination_letter_blocks_item13():
    result = check("Пишите так: прошу расторгнуть договор с первого числа")
    assert result.verdict == "block" and "termination-letter-text" in {v.rule for v in result.violations}


def test_the_item13_phrase_about_the_letter_is_allowed():
    assert check("Эта ситуация имеет только одно решение, необходимо переключить Вас на специалиста и вам "
                 "продиктуют текст письма. Спасибо за понимание.").verdict == "allow"


def test_telling_how_many_numbers_are_registered_blocks_item8():
    result = check("На вас оформлено три номера")
    assert result.verdict == "block" and {v.rule for v in result.violations} == {"numbers-on-contract"}


def test_base_station_location_blocks_item17():
    assert "number-location" in fired("Базовая станция находится на крыше дома 15")


def test_location_by_lai_blocks_item9():
    assert "number-location" in fired("По LAI ваш номер был у вокзала")


# --- personal data without a card ----------------------------------------------------------------

def test_owner_surname_blocks_item1():
    result = check("Номер оформлен на Иванова Петра Сергеевича")
    assert result.verdict == "block" and [v.rule for v in result.violations] == ["owner-name"]


def test_passport_blocks_item2_written_and_spoken():
    assert "passport" in fired("Ваш паспорт 4505 678901")
    assert "passport" in fired("паспорт сорок пять ноль пять шестьсот семьдесят восемь девятьсот один")


def test_address_blocks_item3():
    assert "address" in fired("Адрес регистрации: г. Москва, ул. Тверская, д. 5, кв. 12")


def test_email_blocks_item3():
    assert "address" in fired("Ваша почта petr.ivanov@mail.ru")


def test_full_phone_number_blocks_items5_6_written_and_spoken():
    assert "subscriber-number" in fired("Ваш номер 8 916 123 45 67")
    assert "subscriber-number" in fired("номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь")


def test_date_of_birth_blocks():
    assert "other-personal-data" in fired("Вы родились 12.03.1980")


# --- the client's speech: hints ------------------------------------------------------------------

def hints(text: str) -> set[str]:
    result = check(text, "client")
    assert result.verdict == "allow" and not result.violations
    return {h.rule for h in result.hints}


def test_client_asking_which_numbers_are_registered_hints_written_request_item8():
    result = check("Сколько номеров оформлено на меня?", "client")
    [hint] = result.hints
    assert hint.rule == "numbers-registered-request"
    assert hint.suggestion == "Предлагаем письменное обращение в компанию или визит в офис."


def test_client_guessing_data_hints_003_question():
    assert hints("На кого оформлен этот номер?") == {"guessing-number-data"}
    assert hints("это номер петрова скажите просто да или нет") == {"guessing-number-data"}


def test_client_wanting_to_terminate_hints_retention_line_item13():
    result = check("Хочу расторгнуть договор", "client")
    assert [h.rule for h in result.hints] == ["termination-request"]
    assert "оставайтесь на линии и дождитесь соединения со специалистом" in result.hints[0].suggestion


def test_client_asking_for_the_letter_text_hints_item13_phrase():
    assert hints("Продиктуйте текст письма о расторжении") == {"termination-letter-request"}


def test_client_changing_operator_hints_mnp_line():
    assert hints("я ухожу к другому оператору") == {"operator-change"}


def test_client_threatening_court_hints_retention_line():
    assert hints("Я подам на вас в суд") == {"lawsuit"}


def test_client_complaining_of_disclosure_hints_supervisor_line():
    result = check("Ваш сотрудник сообщил мой номер бывшему мужу", "client")
    [hint] = result.hints
    assert hint.rule == "disclosure-complaint" and "специалистом сервисного обслуживания" in hint.suggestion


def test_client_abuse_hints_the_first_warning_of_003():
    result = check("да вы там все идиоты", "client")
    [hint] = result.hints
    assert hint.rule == "abuse" and hint.suggestion.startswith("К сожалению, в таком тоне разговор продолжаться не может")


def test_client_personal_questions_hint():
    assert hints("Можно с вами познакомиться?") == {"personal-questions"}


def test_rudeness_to_the_caller_warns_002():
    only("Вы что, глухой?", "rudeness")


def test_extension_numbers_of_departments_block_item10():
    assert "department-phone" in fired("добавочный номер отдела 2231")


def test_a_latin_look_alike_letter_does_not_hide_a_forbidden_word():
    assert "service-failure-words" in fired("У нас aвария на сети")  # Latin "a"


def test_asr_hesitation_sounds_do_not_split_a_phrase():
    only("не эээ знаю", "i-dont-know")


# --- found by blind sets: forms the first rules missed ------------------------------------------

def test_the_absence_of_delays_is_not_naming_one_item7():
    assert fired("Платёж с банковской карты зачисляется сразу, без задержек.") == {}
    assert set(fired("Платёж пришёл с задержкой")) == {"service-failure-words"}


def test_a_departments_own_8800_line_is_its_phone_item10_but_the_hotline_is_public():
    only("запишите прямой номер бухгалтерии восемь восемьсот сто двадцать три сорок пять шестьдесят семь",
         "department-phone")
    assert fired("Телефон горячей линии для всех абонентов: 8-800-200-9997") == {}


@pytest.mark.parametrize("text", ["зайдите на адрес бл гуй точка вас точка мтс точка ру там будет черный список",
                                  "это наш внутренний портал би эл гуи точка вас точка мтс точка ру",
                                  "ну это на сервере десять ноль сорок девять двадцать восемь порт восемь ноль восемь один"])
def test_internal_hosts_and_ip_addresses_said_aloud_block(text):
    assert "internal-address" in fired(text)


def test_the_public_site_said_aloud_is_not_an_internal_address():
    assert fired("подробности на сайте эм тэ эс точка ру в разделе тарифы") == {}


def test_a_criminal_code_article_said_as_an_ordinal_warns():
    only("за заведомо ложное сообщение по двести седьмой статье можно и срок получить", "criminal-code")


def test_low_arpu_in_other_words_warns_item19():
    only("ну вы клиент с маленьким доходом для компании вас система на электронного консультанта переводит", "low-arpu")


def test_the_nearest_base_station_with_a_place_blocks_item17():
    only("вышка у вас ближайшая на водонапорной башне за гаражами", "number-location")


# --- Инструкция запретов, пп. 12, 18, 24 -----------------------------------------------------------

@pytest.mark.parametrize("text", ["Свой номер оператора я вам называть не буду.",
                                  "идентификационный номер оператора я клиентам не называю",
                                  "Зачем вам мой номер? Не скажу."])
def test_refusing_the_operator_number_warns_item18(text):
    only(text, "operator-number-refusal")


def test_giving_the_operator_number_is_fine_item18():
    assert fired("Мой операторский номер — 4521, обращайтесь.") == {}


@pytest.mark.parametrize("text", ["Продиктуйте логин и пароль от личного кабинета, я зайду и сама отключу подписку.",
                                  "сейчас залогинюсь в вашем личном кабинете вашим паролем подождите",
                                  "Пароль от кабинета вы мне сказали, захожу под вашей учёткой."])
def test_entering_the_clients_account_with_their_password_blocks_item24(text):
    assert "client-account-login" in fired(text)


def test_advice_to_keep_the_password_secret_is_fine_item24():
    assert fired("Никому не называйте пароль от личного кабинета, даже сотрудникам.") == {}


@pytest.mark.parametrize("text", ["между нами говоря руководство у нас вечно придумывает какие то поборы",
                                  "эти новые тарифы полный обман я вам их не советую",
                                  "у конкурентов связь намного лучше"])
def test_personal_opinion_discrediting_the_company_warns_item12(text):
    assert "discrediting-company" in fired(text)


def test_a_third_person_called_molodoy_chelovek_is_not_a_form_of_address_item15():
    assert fired("Если SIM-карту выдавал молодой человек из вашей бухгалтерии, уточните у него.") == {}
    assert "form-of-address" in fired("Молодой человек, подождите на линии.")


def test_the_hotline_said_aloud_is_public_even_when_asr_merges_its_digits():
    assert fired("телефон горячей линии восемь восемьсот двести девять девять девять семь") == {}


def test_a_form_of_address_after_a_filler_word_warns_item15():
    only("ну женщина ну послушайте пожалуйста тариф уже сменился", "form-of-address")
    assert fired("мужчина или женщина владелец такие сведения мы не сообщаем") == {}


def test_spending_little_is_low_arpu_only_where_reaching_an_operator_is_the_subject_item19():
    only("ну вы тратите меньше ста рублей в месяц вот вас и не соединяют с оператором", "low-arpu-spending")
    assert fired("Смотрите, вы тратите немного, поэтому вам выгоднее тариф с меньшей абонентской платой.") == {}


def test_a_base_station_near_a_landmark_or_at_coordinates_blocks_item17():
    assert "number-location" in fired("Смотрите, БС вас обслуживает с трубы котельной на Заводской, 3.")
    assert "number-location" in fired("Координаты базовой станции: 55.7512, 37.6184 — это в 200 м от вашего дома.")
    assert fired("Салон находится возле станции метро Сокол.") == {}


def test_the_carriers_public_number_dialled_from_abroad_is_public_item9():
    assert fired("Если звоните из-за границы, наш номер +7 495 974-88-88, звонок бесплатный.") == {}


def test_two_rules_of_the_same_item_on_the_same_words_are_told_once():
    from guard.disclosure import DisclosureChecker, load_rules
    from guard.disclosure.rules import default_rules_path

    result = check("базовая станция стоит на крыше дома десять")
    items = [f.item for f in result.violations]
    assert len(items) == len(set(items)) == 1
    assert DisclosureChecker(load_rules(default_rules_path())).check("сбой").verdict == "warn"


# --- One home per kind (issue 11): legal forms and street words come from recognizers/ ------------------

def test_a_legal_form_from_the_shared_lexicon_blocks_an_organization_as_owner_item1():
    # "ФГУП" was never written in policies/disclosure.yaml: the rule reads recognizers/lexicon.py LEGAL_FORMS
    assert "owner-name" in fired("Номер оформлен на ФГУП Связьстрой")


def test_a_street_word_from_the_shared_address_list_blocks_an_address_item3():
    # "б-р" (бульвар) is in recognizers/address.py STREET_WORDS, not in the rules file
    assert "address" in fired("Прописка у владельца: б-р Тенистый")


def test_the_rules_file_copies_no_legal_form_or_street_word_list():
    from guard.disclosure.rules import default_rules_path

    text = default_rules_path().read_text(encoding="utf-8")
    assert "=ооо" not in text and "=пао" not in text and "=улице" not in text and "улица|ул|" not in text


def test_an_unknown_shared_word_list_is_a_pattern_error():
    from guard.disclosure.patterns import PatternSyntaxError, compile_pattern

    with pytest.raises(PatternSyntaxError, match=r"\$street"):
        compile_pattern("адрес $streets")


@pytest.mark.parametrize("text", ["Зайдите на 10.0.49.28:8081", "сервер 10.0.300.28", "резолвер 8.8.8.8 наш"])
def test_internal_address_blocks_every_ipv4_with_a_card_too_wider_than_the_ip_address_kind(text):
    # policies/disclosure.yaml keeps its own IPv4 regex: a rule's `entities:` count only without a card, and
    # recognizers/ip_address.py leaves octets over 255 and the public resolvers in the text (docs/one-home.md).
    from guard.disclosure import CheckContext

    with_card = CheckContext(card={"msisdn": "79161234567", "client_type": "individual"}, identification="primary")
    assert "internal-address" in {v.rule for v in check(text, "operator", with_card).violations}
