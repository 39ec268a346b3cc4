"""The training data of the disclosure model: the developer's own lines, their ASR rendering and the held-out share."""
from __future__ import annotations

import pytest

from benchmarks.train_disclosure_model import DEVELOPER_SETS, developer_rows, held_out, load_lines, spoken

@pytest.mark.parametrize("developer", sorted(DEVELOPER_SETS))
def test_the_held_out_share_of_the_developers_lines_is_never_trained_on(developer):
    kept = {text for _, _, text in developer_rows(developer) if held_out(text)}
    assert 0.1 < len(kept) / len(developer_rows(developer)) < 0.3
    trained = {line.text for line in load_lines() if line.author == developer}
    assert trained and not kept & trained
    assert not {spoken(text) for text in kept} & trained


@pytest.mark.parametrize("developer", sorted(DEVELOPER_SETS))
def test_every_developer_line_is_labeled_and_names_its_item(developer):
    rows = developer_rows(developer)
    assert {violating for violating, _, _ in rows} == {True, False}
    assert all(item for _, item, _ in rows)
    assert len({text for _, _, text in rows}) == len(rows)


def test_the_asr_rendering_is_lowercase_without_punctuation_with_numbers_as_words():
    said = spoken("Оператор Сергей, номер 3078.")
    assert said == said.lower() and "," not in said and "3" not in said
    assert "семьдесят восемь" in said


def test_the_asr_rendering_is_the_same_on_every_run():
    assert spoken("Руководство придумает очередную акцию, а мы потом разгребаем жалобы.") == spoken(
        "Руководство придумает очередную акцию, а мы потом разгребаем жалобы.")


def test_every_item_the_developer_wrote_for_names_a_rule_of_the_file():
    # пп. 22 (MMS from CRM) and 25 (the client's data changed) have rules since round 4: no item is left without one
    from benchmarks.train_disclosure_model import ITEM_RULE
    from guard.disclosure.rules import default_rules_path, load_rules

    rules = load_rules(default_rules_path()).by_id
    items = {item for developer in DEVELOPER_SETS for violating, item, _ in developer_rows(developer) if violating}
    assert items <= set(ITEM_RULE)
    assert all(rules[rule].speaker == "operator" for rule in ITEM_RULE.values())


def test_every_blind_author_brings_violating_and_clean_lines_in_both_renderings():
    import json

    from benchmarks.train_disclosure_model import AUTHORS, author_path

    for author in AUTHORS:
        rows = [json.loads(raw) for raw in author_path(author).read_text(encoding="utf-8").splitlines() if raw.strip()]
        operator = [row for row in rows if row.get("speaker", "operator") == "operator"]
        kinds = {(row.get("rendering", "written"), bool(row["violating"])) for row in operator}
        assert kinds == {("written", True), ("written", False), ("asr", True), ("asr", False)}, author


def test_a_thin_items_violating_line_weighs_more_than_a_thick_items_and_the_classes_weigh_the_same():
    from benchmarks.train_disclosure_model import Line, item_weights

    lines = ([Line(f"a{i}", True, "written", "x", topic="16") for i in range(16)]
             + [Line("b", True, "written", "y", topic="000-08")]
             + [Line(f"c{i}", False, "written", "x", topic="clean") for i in range(4)])
    weights = item_weights(lines)
    assert weights[16] == pytest.approx(4 * weights[0])  # 1/sqrt(1) against 1/sqrt(16)
    assert weights[:17].sum() == pytest.approx(0.5) and weights[17:].sum() == pytest.approx(0.5)


def test_an_items_lines_are_one_group_however_its_author_labels_them():
    from benchmarks.train_disclosure_model import Line, item_key

    keys = {item_key(Line("t", True, "written", "x", rule="r", topic=topic))
            for topic in ("8", "000-08", "000.08_numbers_on_contract")}
    assert keys == {"8"}
    assert item_key(Line("t", True, "written", "x", rule="internal-address", topic="001-13")) == "internal-address"
