"""Headlines in title case: their small words are read in lower case, in a copy of
the text whose offsets are the original's, and the copies per document are bounded."""

from __future__ import annotations

from attribution import analyze
from attribution.headlines import MAX_TITLE_COPIES

NAMES = [
    "Lin", "Okafor", "Brandt", "Cho", "Ruiz", "Osei", "Novak", "Tully", "Akers", "Pryce",
    "Linden", "Reddy", "Vogt", "Bonde", "Kowal", "Solheim", "Eriksen", "Morot", "Nasser",
    "Genevard",
]  # fmt: skip


def test_a_capitalised_preposition_after_the_cue_is_read() -> None:
    text = "How Mayor Lin Thinks About The Budget\n\nThe council meets on Monday."
    (statement,) = analyze(text).statements
    assert statement.mention is not None and statement.mention.text(text) == "Mayor Lin"
    # the content is the original's text, capitals and all
    assert [f.span.text(text) for f in statement.fragments] == ["The Budget"]


def test_the_lower_case_copies_are_bounded_per_document() -> None:
    assert len(NAMES) > MAX_TITLE_COPIES
    text = "\n\n".join(f"Mayor {name} Thinks About The Budget" for name in NAMES)
    speakers = [s.mention.text(text) for s in analyze(text).statements if s.mention]
    # the first headlines are read; past the bound they are read as before, with
    # the capitalised "About" hiding the topic
    assert speakers == [f"Mayor {name}" for name in NAMES[:MAX_TITLE_COPIES]]
