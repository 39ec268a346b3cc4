"""The line model and the hit verifier learn from every blind author who became a training set (issue 12, stop 50)."""
from pathlib import Path

import pytest

from benchmarks.train_disclosure_model import AUTHORS

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


@pytest.mark.parametrize("name", sorted(path.parent.name for path in DATA.glob("disc_*/utterances.jsonl")))
def test_every_blind_authors_set_in_the_data_is_a_training_author_with_its_first_contact(name):
    first_contact = {folder: commit for folder, commit in AUTHORS.values()}
    assert name in first_contact
    assert len(first_contact[name]) >= 7  # a commit the leave-one-author-out fold reads its rules and lines at


# The instruction's own examples of what is forbidden (seed 000: пп. 7, 14, 15, 16, 23, 24), each as an operator says
# it: whatever a retrained line model or verifier learned from the authors, none of them may be cleared.
INSTRUCTION_EXAMPLES = [
    ("Я больше ничем не смогу Вам помочь.", "16"), ("Это ваша вина.", "16"), ("Я не могу.", "16"),
    ("Я не знаю.", "16"), ("Девушка, подождите минуту.", "15"), ("Молодой человек, подождите минуту.", "15"),
    ("Уважаемый абонент, подождите минуту.", "15"), ("Уважаемый клиент, подождите минуту.", "15"),
    ("У нас сбой.", "7"), ("У нас авария.", "7"), ("Задержка зачисления денег на номер.", "7"),
    ("Проблема с подключением услуг.", "7"),
    ("Задержка зачисления платежа, трекер включится, как деньги придут.", "7"),
    ("Это сторнирование.", "14"), ("Это блокировка по трафику.", "14"),
    ("Сейчас идут профилактические работы.", "23"), ("Сейчас технический перерыв.", "23"),
    ("Сейчас End of Day.", "23"), ("Я зайду в ваш личный кабинет под вашим логином и паролем.", "24"),
]


@pytest.mark.parametrize("text,item", INSTRUCTION_EXAMPLES)
@pytest.mark.parametrize("rendering", ["written", "asr"])
def test_the_instructions_own_forbidden_examples_stay_flagged_by_the_shipped_model_and_verifier(text, item, rendering):
    from benchmarks.disclosure_set import to_asr
    from guard.disclosure import default_checker

    said = text if rendering == "written" else to_asr(text)
    assert default_checker().check(said, "operator").verdict != "allow", (item, said)
