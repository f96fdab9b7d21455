"""Word-level differences: the changed words, faithful white space, and text round trips."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from delegate_app.core.services.textdiff import changed_words, new_text, old_text, tokens, word_diff


def test_changed_words_are_marked_and_the_rest_is_equal() -> None:
    diff = word_diff("De regio steunt het voorstel.", "De regio steunt het gewijzigde voorstel niet.")
    assert diff == [
        ("equal", "De regio steunt het "),
        ("insert", "gewijzigde "),
        ("equal", "voorstel"),
        ("insert", " niet"),
        ("equal", "."),
    ]
    assert changed_words(diff) == ([], ["gewijzigde", "niet"])


def test_a_replacement_of_neighbouring_words_reads_as_one_change() -> None:
    diff = word_diff("the quick brown fox", "the slow red fox")
    assert diff == [("equal", "the "), ("delete", "quick brown"), ("insert", "slow red"), ("equal", " fox")]


def test_punctuation_changes_alone() -> None:
    assert word_diff("Rode lijn.", "Rode lijn!") == [("equal", "Rode lijn"), ("delete", "."), ("insert", "!")]


def test_only_the_changed_line_differs_in_a_long_text() -> None:
    lines = [f"Alinea {n} over Súdwest-Fryslân en 's-Hertogenbosch 👍" for n in range(3000)]
    old = "\n".join(lines)
    lines[1500] = lines[1500].replace("over", "zonder")
    diff = word_diff(old, "\n".join(lines))
    assert [op for op, _ in diff] == ["equal", "delete", "insert", "equal"]
    assert changed_words(diff) == (["over"], ["zonder"])


def test_empty_and_identical_texts() -> None:
    assert word_diff("", "") == []
    assert word_diff("zelfde\n", "zelfde\n") == [("equal", "zelfde\n")]
    assert word_diff("", "nieuw") == [("insert", "nieuw")]
    assert word_diff("weg", "") == [("delete", "weg")]


def test_tokens_keep_every_character() -> None:
    text = "  Kernstandpunt:\tgeen\r\nlock-in & <b>markup</b> 😀"
    assert "".join(tokens(text)) == text


texts = st.text(alphabet=st.sampled_from(list("ab c\n.,éü😀\t")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_both_texts_come_back_from_the_diff(old: str, new: str) -> None:
    diff = word_diff(old, new)
    assert old_text(diff) == old
    assert new_text(diff) == new
    assert all(text for _, text in diff)
    # Neighbours never share an operation, and an insert never precedes a delete directly.
    for (op_a, _), (op_b, _) in itertools.pairwise(diff):
        assert op_a != op_b
        assert (op_a, op_b) != ("insert", "delete")
