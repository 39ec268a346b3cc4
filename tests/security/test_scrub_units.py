"""The pieces behind the attacks, one rule each, without servers: card-aware scrubbing, header shapes, JSON depth,
request ids."""
from __future__ import annotations

from guard.logs import new_request_id, request_id_for
from guard.policy import CallContext, IdentificationLevel
from guard.proxy.forward import safe_content_language, safe_retry_after
from guard.proxy.models import json_depth_over
from guard.proxy.scrub import CardSecrets
from security.hostile_crm import QUOTING, card, nested


def test_the_issue_example_a_contact_phone_quoted_with_another_prefix_is_masked():
    secrets = CardSecrets.from_values(["79857748893"])
    text, count = secrets.scrub_text("Журавлёва Инна Олеговна 89857748893")
    assert text == "Журавлёва Инна Олеговна ***" and count == 1


def test_digit_groups_with_any_separators_and_spoken_digits_are_one_number():
    secrets = CardSecrets.from_values(["79857748893", "4512", "345678"])
    for written in ("+7 (985) 774-88-93", "8-985-774-88-93", "774-88-93", "45 12 345 678", "4512 345678",
                    "восемь девятьсот восемьдесят пять семьсот семьдесят четыре восемьдесят восемь девяносто три"):
        text, count = secrets.scrub_text(f"клиент назвал {written} сам")
        assert count >= 1 and not any(ch.isdigit() for ch in text.replace("***", "")), written


def test_a_number_that_merely_contains_a_hidden_one_is_left_alone():
    secrets = CardSecrets.from_values(["4512"])
    assert secrets.scrub_text("счёт 145120 и 4512") == ("счёт 145120 и ***", 1)


def test_a_hidden_surname_is_masked_in_another_grammatical_case():
    secrets = CardSecrets.from_values(["Журавлёва"])
    text, _ = secrets.scrub_text("звонила Журавлёвой, просила передать Журавлевой")
    assert "Журавл" not in text


def test_what_the_policy_shows_is_never_scrubbed(policy):
    decision = policy.apply(QUOTING, CallContext(identification=IdentificationLevel.NONE), redact_text=lambda t: t)
    secrets = CardSecrets.of(decision)
    text, count = secrets.scrub_text("Инна Олеговна, регион Москва, тариф Мой безлимит")
    assert count == 0


def test_a_dropped_numbers_tariff_shown_for_the_calls_number_is_no_secret_its_number_is(policy):
    # The tariff a dropped number shares with the call's number was scrubbed from the shown one ("*** безлимит"):
    # another number on the contract was told (red-team round 25). Each field of a dropped element is hidden by its kind.
    two = card("79161234567", numbers=[{"msisdn": "79161234567", "tariff": "Мой безлимит"},
                                       {"msisdn": "79035550102", "tariff": "Мой безлимит"}])
    for _ in range(2):  # the walk, then the route replayed for the same shape
        decision = policy.apply(two, CallContext(identification=IdentificationLevel.NONE), redact_text=lambda t: t)
        secrets = CardSecrets.of(decision)
        assert decision.card["numbers"] == [{"msisdn": "***", "tariff": "Мой безлимит"}]
        assert secrets.scrub_text("тариф Мой безлимит") == ("тариф Мой безлимит", 0)
        assert secrets.scrub_text("второй номер 8 903 555-01-02")[1] == 1


def test_a_key_that_holds_a_hidden_value_is_dropped():
    secrets = CardSecrets.from_values(["79031234567"])
    assert secrets.scrub_json({"note": {"79031234567": "mobile", "kind": "x"}}) == ({"note": {"kind": "x"}}, 1)


def test_a_hidden_value_repeated_across_a_response_is_masked_and_counted_at_every_place():
    secrets = CardSecrets.from_values(["79031234567", "1980-03-12"])
    payload = {"a": "звонил с 89031234567", "b": ["звонил с 89031234567", {"c": "звонил с 89031234567"}],
               "d": "родился 12 марта 1980 года", "e": ["родился 12 марта 1980 года"], "79031234567": "x"}
    scrubbed, count = secrets.scrub_json(payload)
    assert scrubbed == {"a": "звонил с ***", "b": ["звонил с ***", {"c": "звонил с ***"}],
                        "d": "родился ***", "e": ["родился ***"]}
    assert count == 6


def test_retry_after_is_guards_own_coarse_value_and_content_language_keeps_only_its_shape():
    # Guard writes its own value, rounded up to a minute / ten minutes / an hour: no digit of the CRM's passes.
    assert safe_retry_after("120", 503) == "600" and safe_retry_after("4505", 429) == "3600"
    assert safe_retry_after("5", 503) == "60" and safe_retry_after("79161234567", 503) is None
    # Only where it means "come back later": a 200 carrying one (digits of a hidden value) loses it.
    assert safe_retry_after("4567", 200) is None and safe_retry_after("120", 404) is None
    # An HTTP date is dropped: any date, the owner's birth date included, can be written as one.
    assert safe_retry_after("Wed, 21 Oct 2026 07:28:00 GMT", 503) is None and safe_retry_after("١٢٠", 503) is None
    assert safe_retry_after("Иванов", 503) is None and safe_retry_after("Wed, 21 Oct 2026 07:28:00 Ivanov", 503) is None
    assert safe_content_language("ru-RU, en", 200) == "ru-RU, en" and safe_content_language("es-419", 200) == "es-419"
    assert safe_content_language("ru-4505678901", 200) is None and safe_content_language("Ivanov", 200) is None


def test_only_allow_listed_request_headers_go_up_to_the_crm_and_no_conditional_one():
    from multidict import CIMultiDict, CIMultiDictProxy

    from guard.proxy.upstream import headers_for_upstream

    sent = CIMultiDictProxy(CIMultiDict({
        "Accept": "application/json", "Authorization": "Bearer x", "If-None-Match": '"abc"', "If-Match": '"1980"',
        "If-Modified-Since": "Wed, 12 Mar 1980 00:00:00 GMT", "If-Unmodified-Since": "Wed, 12 Mar 1980 00:00:00 GMT",
        "If-Range": '"1980"', "Range": "bytes=1980-", "X-Anything": "Иванов"}))
    assert dict(headers_for_upstream(sent, "guard-id")) == {"Accept": "application/json", "X-Request-Id": "guard-id"}


def test_json_depth_is_measured_without_parsing_and_brackets_in_strings_do_not_count():
    assert json_depth_over(nested(65), 64) and not json_depth_over(nested(64), 64)
    assert not json_depth_over('{"text": "' + "[" * 1000 + '"}', 64)
    assert not json_depth_over(b'{"a": "\\"[[[["}', 2)


def test_a_request_id_is_always_guards_own_and_never_holds_the_clients_text():
    for sent in ("req-abc-XYZ-42", "Zhuravleva-Inna-Olegovna", "79161234567-4505678901", "7916-123-45-67", "Иванов"):
        ours = request_id_for(sent)
        assert ours == request_id_for(sent) and len(ours) == 24  # stable per client id: it still correlates
        assert not any(piece.lower()[:4] in ours for piece in sent.split("-") if len(piece) >= 4), (sent, ours)
    assert request_id_for(None) != request_id_for(None)  # no client id: a fresh one each time
    assert all(request_id_for(token) != token for token in (new_request_id() for _ in range(200)))


def test_hostile_card_builder_keeps_the_number_consistent():
    built = card("79160000099")
    assert built["msisdn"] == built["numbers"][0]["msisdn"] == "79160000099"


def test_with_the_decision_cache_off_nothing_is_hashed_kept_or_served_from_it():
    from guard.proxy.filtering import DecisionCache, Filtered, Shown

    cache = DecisionCache(0)
    key = cache.key(b'{"msisdn": "79031234567"}', CallContext(identification=IdentificationLevel.NONE))
    cache.put(key, Shown.of(Filtered({"msisdn": "***"})))
    assert key is None and cache.get(key) is None and not cache._entries


def test_an_ascii_text_without_digits_holds_a_spoken_number_only_in_the_ascii_number_words_it_is_checked_for():
    # card-aware scrubbing skips the spoken-number pass for ASCII texts without digits and without English number
    # words (keys, "active"); this is what makes it safe: every ASCII word of the table is one it checks for
    from guard.normalize import _NUMBER_WORDS, _PLUS, may_hold_ascii_number_words

    ascii_words = [word for word in [*_NUMBER_WORDS, _PLUS] if word.isascii()]
    assert ascii_words and all(may_hold_ascii_number_words(f"call {word} six") for word in ascii_words)
    assert not may_hold_ascii_number_words("active mobile someone tension")


def test_the_shortcuts_for_ascii_texts_still_mask_a_latin_surname_an_email_and_a_number_in_one():
    """Scrubbing passes over texts that cannot hold a secret (issue 13); an ASCII text that does hold one —
    a Latin surname, an e-mail's local part, a phone behind a mask-like prefix — is still masked."""
    secrets = CardSecrets.from_values(["Johnson", "Журавлёва", "inna.zh@mail.ru", "79857748893"])
    for text in ("Johnson_status", "mail inna.zh please", "****89857748893", "call 8 985 774-88-93"):
        masked, count = secrets.scrub_text(text)
        assert count >= 1, text
        assert "Johnson" not in masked and "inna.zh" not in masked and "774" not in masked, text
    assert secrets.scrub_text("status_active") == ("status_active", 0)


def test_a_hidden_city_number_is_a_phone_too_so_its_local_part_and_a_trunk_prefix_are_masked():
    # recognizers/phone.py is_phone_digits: 10 digits of an area code (3xx, 4xx, 8xx) are a phone, not only 9xx.
    secrets = CardSecrets.from_values(["4951234567"])
    for written in ("8 (495) 123-45-67", "+7 495 123 45 67", "123-45-67"):
        text, count = secrets.scrub_text(f"домашний {written} сам")
        assert count >= 1 and not any(ch.isdigit() for ch in text.replace("***", "")), written


def test_address_and_legal_form_words_of_a_hidden_value_are_not_secrets_but_its_names_are():
    # The common words are recognizers/address.py's and recognizers/lexicon.py's lists, inflected forms included.
    secrets = CardSecrets.from_values(["ООО Ромашка, улице Тверской"])
    text, _ = secrets.scrub_text("ООО на улице у офиса, Ромашка на Тверской")
    assert "ООО на улице" in text and "Ромашка" not in text and "Тверской" not in text


def test_a_phone_split_over_two_texts_is_masked_at_the_seam_but_its_digits_elsewhere_are_not():
    # The halves of the contact phone, each a comment of its own (the text cache may answer each alone): a text
    # that ends with the phone's first digits, a text that opens with its last ones.
    secrets = CardSecrets.from_values(["79031234567"])
    assert secrets.scrub_texts(["перезвоните на 8 903 123", "45 67"]) == {
        "перезвоните на 8 903 123": ("перезвоните на ***", 1), "45 67": ("***", 1)}
    # Fewer than six of the same digits inside a text are not a piece of the phone, nor are the last 4 shown as
    # "*******4567" (six in a row are: tests/security/test_scrub_numbers.py).
    assert secrets.scrub_text("тариф 4567 руб, код 903 12 у кассы") == ("тариф 4567 руб, код 903 12 у кассы", 0)
    assert secrets.scrub_text("*******4567") == ("*******4567", 0)


def test_a_body_is_read_as_utf8_when_its_bytes_are_whatever_its_label_says():
    from multidict import CIMultiDict, CIMultiDictProxy

    from guard.proxy.forward import _encoding_of
    from guard.proxy.upstream import UpstreamResponse

    def answer(body: bytes, charset: str | None) -> UpstreamResponse:
        return UpstreamResponse(200, "text/plain", charset, CIMultiDictProxy(CIMultiDict()), body)

    note = "звонил Сидоров Олег Ильич"
    assert note.encode("utf-8").decode(_encoding_of(answer(note.encode("utf-8"), "iso-8859-1"))) == note
    # A label that fits its bytes stands: cp1251 text is not valid UTF-8; ASCII reads the same either way.
    assert _encoding_of(answer(note.encode("cp1251"), "windows-1251")) == "windows-1251"
    assert _encoding_of(answer(b"plain ascii", "iso-8859-1")) == "iso-8859-1"


def test_a_hidden_surname_spelled_out_or_in_latin_letters_is_scrubbed_and_a_strangers_is_not():
    secrets = CardSecrets.from_values(["Иванов"])
    for written in ("звонил И в а н о в", "звонил И.в.а.н.о.в", "звонил И - в - а - н - о - в", "звонил Iwanow P.",
                    "звонил Ivanoff P.", "звонил IVANOV"):
        scrubbed, count = secrets.scrub_text(written)
        assert count >= 1 and "звонил" in scrubbed, (written, scrubbed)
        assert not any(piece in scrubbed.lower().replace(" ", "").replace(".", "").replace("-", "")
                       for piece in ("иванов", "ivanov", "iwanow", "ivanoff")), scrubbed
    for stranger in ("звонил П е т р о в", "звонил Petrov", "звонил Smirnoff", "звонил в г. Москва"):
        assert secrets.scrub_text(stranger) == (stranger, 0)


def test_letters_that_look_like_digits_among_digits_are_read_as_digits():
    secrets = CardSecrets.from_values(["79031234567", "4505", "678901"])
    for written in ("8 9О3 12З 45 67", "8 9O3 l23 45 67", "45O5 6789Ol", "4505 б789О1"):
        text, count = secrets.scrub_text(f"клиент назвал {written} сам")
        assert count >= 1 and text.startswith("клиент назвал ***"), (written, text)
    # No digit, no number: a legal form and a Roman numeral stay words.
    assert secrets.scrub_text("ООО Ромашка, IV квартал") == ("ООО Ромашка, IV квартал", 0)


def test_styled_letters_are_read_as_the_plain_letters_they_display():
    secrets = CardSecrets.from_values(["Иванов", "petr.ivanov@mail.ru"])
    for written in ("Ｉｖａｎｏｖ", "\U0001d408\U0001d42f\U0001d41a\U0001d427\U0001d428\U0001d42f", "ⒾⓋⒶⓃⓄⓋ",
                    "petr.ivanov＠mail.ru"):
        text, count = secrets.scrub_text(f"звонил {written}, просил перезвонить")
        assert count >= 1 and written not in text, (written, text)


def test_a_letter_a_screen_shows_blank_between_digit_groups_is_a_separator():
    secrets = CardSecrets.from_values(["79031234567", "4505", "678901"])
    for blank in ("\u3164", "\uffa0", "\u1160", "\u0640", "\u17b4"):
        text, count = secrets.scrub_text(f"паспорт 4505{blank}678901, контакт 8 903{blank}123{blank}45{blank}67")
        assert count >= 2 and not any(ch.isdigit() for ch in text), (blank, text)


def test_a_hidden_surname_inside_a_hyphenated_word_masks_the_whole_word_and_a_stranger_stays():
    secrets = CardSecrets.from_values(["Иванов"])
    for written in ("звонил Иванов-ой", "звонила Петрова-Иванова", "звонил ИВАНОВ-ОЙ"):
        scrubbed, count = secrets.scrub_text(written)
        assert count == 1 and "иванов" not in scrubbed.lower(), (written, scrubbed)
    assert secrets.scrub_text("звонила Петрова-Сидорова") == ("звонила Петрова-Сидорова", 0)


def test_digit_groups_joined_by_a_run_of_up_to_8_punctuation_marks_are_one_number():
    """Dot leaders and double dashes between the groups do not hide a number from a reader (red team round 27)."""
    secrets = CardSecrets.from_values(["79857748893"])
    for written in ("8.....985.....774.....88.....93", "8 -- 985 -- 774 -- 88 -- 93", "8 // 985 // 774-88-93"):
        text, count = secrets.scrub_text(f"тел. {written}")
        assert count >= 1 and not any(ch.isdigit() for ch in text.replace("***", "")), (written, text)


def test_a_hidden_field_a_card_left_out_is_put_in_as_nothing_where_the_card_shape_places_it(policy):
    """Red team rounds 25 and 27: an absent hidden value is information, so it reads as a present one ("***")."""
    from guard.proxy.absent import with_absent_hidden

    full = card("79160000001")
    lacking = card("79160000001")
    del lacking["email"], lacking["contact"], lacking["owner"]["middle_name"]
    filled = with_absent_hidden(lacking, policy)
    assert list(filled) == list(full) and list(filled["owner"]) == list(full["owner"])
    assert filled["email"] is None and filled["contact"] == {"phone": None, "person": None, "email": None}
    assert "email" not in lacking  # the CRM's own objects are left as they were
    assert policy.apply(filled, CallContext()).card == policy.apply(full, CallContext()).card
    for not_a_card in ({"comments": []}, [lacking], {"owner": "Иванов"}):
        assert with_absent_hidden(not_a_card, policy) is not_a_card
