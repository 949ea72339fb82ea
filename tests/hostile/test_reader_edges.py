"""YAML that loads cheaply but would explode later, or fail where a note is enough."""

from __future__ import annotations

import time

import pytest

from kg.errors import RejectedInput
from kg.read import parse_article


def layered_aliases(layers: int, width: int) -> str:
    """Few aliases (``layers * width``), but ``width ** layers`` values once written out."""
    lines = ['l0: &l0 ["lol"]']
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]" for i in range(1, layers + 1)]
    return "---\n" + "\n".join(lines) + "\ntitle: Laughs\n---\nBody text.\n"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (layered_aliases(8, 7), "expand to"),  # 56 aliases: under the alias count limit
        ("---\ntitle: x\nloop: &a [1, *a]\n---\nBody\n", "refers to the value that contains it"),
        ("---\ntitle: x\na: " + "[" * 3000 + "]" * 3000 + "\n---\nBody\n", "nested more than"),
        ("---\ntitle: x\n? [a, b]\n: c\n---\nBody\n", "unhashable key"),
        ("---\ntitle: !!python/name:os.system\n---\nBody\n", "never constructed"),
    ],
)
def test_hostile_yaml_is_refused_quickly(text: str, reason: str) -> None:
    started = time.monotonic()
    with pytest.raises(RejectedInput) as caught:
        parse_article(text.encode(), path="bad.md")
    assert reason in caught.value.reason and "\n" not in str(caught.value)
    assert time.monotonic() - started < 5


def test_a_few_harmless_aliases_are_read() -> None:
    article = parse_article(layered_aliases(2, 3).encode(), path="ok.md")
    assert article.headline == "Laughs"


@pytest.mark.parametrize("date", ["2020-02-30", "2020-13-01", "0000-01-01"])
def test_an_impossible_date_is_a_note_not_a_rejection(date: str) -> None:
    article = parse_article(
        f"---\ntitle: Harbour vote\ndate: {date}\n---\nBody.\n".encode(), path="d.md"
    )
    assert article.published is None
    assert article.source.notes == (f"'date' is not a date: '{date}'",)
