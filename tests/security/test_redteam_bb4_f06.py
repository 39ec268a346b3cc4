"""Red team bb4, F06: the card owner's hidden surname and street in a comment in another transliteration (ISO 9
«Ševčukov», German «Schewtschukow», French «CHEVTCHOUKOV», «Twerskaja», «Tverskaâ») are masked: a Latin word is
compared with the hidden words through one loose phonetic key (guard/normalize.phonetic_key), on both sides."""
import pytest

from guard.normalize import phonetic_key
from guard.proxy.scrub import MASK, CardSecrets

SURNAME, STREET = "Шевчуков", "г. Москва, ул. Тверская, д. 5, кв. 12"


def _secrets() -> CardSecrets:
    return CardSecrets.from_values([SURNAME, STREET])


@pytest.mark.parametrize("text, word", [
    ("Ševčukov P.S. zvonil", "Ševčukov"),
    ("Schewtschukow Pjotr", "Schewtschukow"),
    ("CHEVTCHOUKOV PIOTR, viza", "CHEVTCHOUKOV"),
    ("Chevtchoukoff", "Chevtchoukoff"),
    ("zvonila Ševčukova", "Ševčukova"),
    ("Adresse: Moskau, Twerskaja 5-12", "Twerskaja"),
    ("Tverskaja ulica", "Tverskaja"),
    ("Tverskaâ, 5", "Tverskaâ"),
])
def test_a_hidden_word_in_another_transliteration_is_masked(text: str, word: str) -> None:
    scrubbed, count = _secrets().scrub_text(text)
    assert word not in scrubbed and count and MASK in scrubbed


def test_a_hidden_streets_house_goes_with_its_transliteration() -> None:
    scrubbed, _ = _secrets().scrub_text("Adresse: Moskau, Twerskaja 5-12")
    assert "5-12" not in scrubbed


@pytest.mark.parametrize("text", [
    "Please check the schedule on Tuesday", "Service restored, customer satisfied", "Chevrolet Tahoe in the shop",
    "Twitter account verified", "Schweppes and chocolate", "Verification status: active",
])
def test_ordinary_english_words_are_not_masked(text: str) -> None:
    assert _secrets().scrub_text(text) == (text, 0)


def test_the_key_is_the_same_for_every_transliteration_and_the_cyrillic() -> None:
    keys = {phonetic_key(word) for word in ("шевчуков", "Ševčukov", "Schewtschukow", "CHEVTCHOUKOV", "Shevchukov",
                                            "Chevtchoukoff")}
    assert len(keys) == 1
    assert len({phonetic_key(word) for word in ("тверская", "Twerskaja", "Tverskaja", "Tverskaâ", "Tverskaya")}) == 1
    assert phonetic_key("check") != phonetic_key("шевчуков")


def test_only_the_forms_of_the_hidden_lemma_are_compared() -> None:
    """"Петрова" hidden: its surname's forms are, not those of the name "Пётр" it is also a form of ("Petr")."""
    secrets = CardSecrets.from_values(["Петрова"])
    assert secrets.scrub_text("Petr zvonil") == ("Petr zvonil", 0)
    assert secrets.scrub_text("Petrowa zvonila")[1] == 1


from hypothesis import given, strategies as st  # noqa: E402


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzšžčâабвгдежзийклмнопрстуфхцчшщъыьэюя", max_size=40))
def test_the_key_reads_case_blind_and_never_grows_past_twice_the_word(word: str) -> None:
    assert phonetic_key(word) == phonetic_key(word.upper())
    assert len(phonetic_key(word)) <= 2 * len(word)
