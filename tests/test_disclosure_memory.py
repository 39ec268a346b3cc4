"""What callers said is kept per call, bounded: the oldest calls are forgotten first."""
from __future__ import annotations

from guard.disclosure import SaidMemory


def test_memory_keeps_what_each_caller_said_separately():
    memory = SaidMemory()
    memory.record("c1", "мой номер 8 916 123 45 67")
    assert memory.said("c1").said_digits("89161234567")
    assert not memory.said("c2").said_digits("89161234567")


def test_memory_forgets_the_least_recently_used_calls_beyond_its_bound():
    memory = SaidMemory(max_calls=2)
    memory.record("c1", "Иванов")
    memory.record("c2", "Петров")
    memory.said("c1")  # c1 used again: c2 is now the oldest
    memory.record("c3", "Сидоров")
    assert len(memory) == 2
    assert memory.said("c1").said_word("иванов") and not memory.said("c2")


def test_memory_keeps_a_bounded_number_of_texts_per_call():
    memory = SaidMemory(max_texts_per_call=1)
    memory.record("c1", "первое")
    memory.record("c1", "второе")
    said = memory.said("c1")
    assert "первое" in said.words and "второе" not in said.words
