"""Every kind of source with every common cue, in every order a news sentence puts
them: the one statement of the sentence has that source as its speaker.

The table of constructions tests one sentence per case; this grid checks that a
subject parsed in one position is parsed in all of them ("sources close to her"
was once found before "say" at the start of a sentence but not after a quote).
"""

from __future__ import annotations

import pytest

from attribution import analyze
from attribution.model import QUESTION

# (as written in the sentence, the speaker mention expected to start with)
SOURCES = [
    ("she", "she"),
    ("they", "they"),
    ("Smith", "Smith"),
    ("Sen. Ann Lee", "Sen. Ann Lee"),
    ("Ann Lee, the mayor,", "Ann Lee"),
    ("officials", "officials"),
    ("a senior official", "a senior official"),
    ("a spokeswoman for the agency", "a spokeswoman for the agency"),
    ("the agency's spokeswoman", "the agency's spokeswoman"),
    ("two people familiar with his thinking", "two people familiar with his thinking"),
    ("sources close to her", "sources close to her"),
    ("people close to him", "people close to him"),
    ("the Department of Health and Human Services (HHS)", "the Department of Health"),
    ("the company's chief executive, Dan Wu,", "the company's chief executive"),
    ("Lee and her aides", "Lee and her aides"),
    ("the White House", "the White House"),
    ("a person with knowledge of the talks", "a person with knowledge of the talks"),
    ("the victim's mother", "the victim's mother"),
    ("police", "police"),
    ("Dr. Amy Lee, who led the study,", "Dr. Amy Lee"),
    ("economists at the bank", "economists at the bank"),
    ("several lawmakers", "several lawmakers"),
    ("the report", "the report"),
    ("Lee, 45,", "Lee"),
    ("Lee, a Democrat from Ohio,", "Lee"),
    ("one of the organizers", "one of the organizers"),
    ("the White House press secretary, Karine Jean-Pierre,", "the White House press secretary"),
    ("a former official who spoke on condition of anonymity", "a former official"),
    ("Ms. Ortiz, 34,", "Ms. Ortiz"),
    ("the Kremlin", "the Kremlin"),
    ("many of his supporters", "many of his supporters"),
    ("an aide speaking on condition of anonymity", "an aide"),
    ("a spokesman for the WHO", "a spokesman for the WHO"),
    ("co-founder and CEO Priya Raman", "co-founder and CEO Priya Raman"),
    ("this source", "this source"),
    ("Lee, Park and Ortiz", "Lee, Park and Ortiz"),
    ("Ann Lee, chief executive of Brightline, a freight company,", "Ann Lee"),
    ("Ann Lee, a farmer from Ames, Iowa, who grows corn,", "Ann Lee"),
]
CUES = ["said", "says", "told reporters", "added", "noted", "argued", "warned", "insisted", "wrote"]
INVERTIBLE = {"said", "says", "added", "wrote"}


def sentences(source: str) -> list[str]:
    opening = source[0].upper() + source[1:]
    bare = source.rstrip(",")  # no appositive comma before a full stop
    out = []
    for cue in CUES:
        out += [
            f"{opening} {cue} that the plan was dead.",
            f"{opening} {cue} the plan was dead.",
            f"The plan was dead, {source} {cue}.",
            f"“The plan is dead,” {source} {cue}.",
        ]
        if cue in INVERTIBLE:
            out.append(f"“The plan is dead,” {cue} {bare}.")
    return out


@pytest.mark.parametrize(("source", "mention"), SOURCES, ids=[s for s, _ in SOURCES])
def test_source_found_in_every_position(source: str, mention: str) -> None:
    wrong = []
    for text in sentences(source):
        statements = analyze(text).statements
        found = [s.mention.text(text) if s.mention else None for s in statements]
        if len(found) != 1 or found[0] is None or not _same(found[0], mention):
            wrong.append((text, found))
    assert wrong == []


def _same(found: str, mention: str) -> bool:
    """The mention as found, give or take the capital a sentence start adds."""
    return found.lower().startswith(mention.lower()) or mention.lower().startswith(found.lower())


# Lead-ins, channels and content positions, each with its expected content.
TEMPLATES = [
    ("{S} said: “We will appeal.”", "“We will appeal.”"),
    ("{S} said, “We will appeal.”", "“We will appeal.”"),
    ("{S} said of the ruling: “We will appeal.”", "“We will appeal.”"),
    (
        "{S} said Tuesday in a statement that the company would appeal.",
        "that the company would appeal",
    ),
    (
        "{S} told reporters on Tuesday that the company would appeal.",
        "that the company would appeal",
    ),
    ("The company will appeal, according to {s}.", "The company will appeal"),
    ("According to {S}, the company will appeal.", "the company will appeal"),
    (
        "{S} said the company would “fight this all the way.”",
        "the company would “fight this all the way.”",
    ),
    ("“We will appeal,” {s} said. “This ruling is wrong.”", "“We will appeal,”"),
    (
        "{S} said in an interview with Reuters that the company would appeal.",
        "that the company would appeal",
    ),
    ("In a statement, {s} said the company would appeal.", "the company would appeal"),
    ("Asked about the ruling, {s} said the company would appeal.", "the company would appeal"),
]
LEAD_SOURCES = [
    ("she", "she"),
    ("Smith", "Smith"),
    ("officials", "officials"),
    ("a spokeswoman for the agency", "a spokeswoman for the agency"),
    ("sources close to her", "sources close to her"),
    ("Lee's lawyer, Tom Park,", "Lee's lawyer, Tom Park"),
]


@pytest.mark.parametrize(("source", "mention"), LEAD_SOURCES, ids=[s for s, _ in LEAD_SOURCES])
def test_lead_ins_and_channels_keep_content_and_source(source: str, mention: str) -> None:
    wrong = []
    for template, content in TEMPLATES:
        capital = source[0].upper() + source[1:]
        # a source at the end of its clause keeps an appositive's closing comma
        # only where the clause goes on ("According to X, Y, the company ...")
        bare = source.rstrip(",")
        text = template.replace("{S}", capital if template.startswith("{S}") else bare)
        text = text.replace("{s}", source if not template.endswith("{s}.") else bare)
        text = text.replace(",,", ",")
        statements = analyze(text).statements
        got = [
            (s.mention.text(text) if s.mention else None, s.fragments[0].span.text(text))
            for s in statements
            if s.cue_class != QUESTION  # "Asked about the ruling": tested in the cases
        ]
        if (
            len(got) != 1
            or got[0][0] is None
            or not _same(got[0][0], mention)
            or got[0][1] != content
        ):
            wrong.append((text, got))
    assert wrong == []
