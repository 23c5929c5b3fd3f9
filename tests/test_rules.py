"""The sourcing rules as data: every rule's examples are tests, every rule has its docs.

`pytest -k AN001` runs one rule's cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.checks import KINDS
from attribution.config import Settings, active_rules
from attribution.lexicon import load_lexicon
from attribution.lint import check_text
from attribution.markup import Markup, extract
from attribution.rules import Rule, RuleError, builtin_rule_files, load_rules
from attribution.verify import load_source

RULES = load_rules(builtin_rule_files())
ALL = active_rules(Settings())
FAMILIES = {"AT", "AN", "VB", "NM", "QT"}


def codes_found(text: str, rules: tuple[Rule, ...] = ALL, source: str | None = None) -> list[str]:
    sources = [load_source("source.txt", extract(source, Markup.TEXT))] if source else []
    checked = check_text(
        text,
        path="x.txt",
        markup=Markup.TEXT,
        rules=rules,
        lexicon=load_lexicon(),
        sources=sources,
    )
    return [f.code for f in checked.findings]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_examples_raise_the_rule(rule: Rule) -> None:
    for example in rule.bad:
        assert rule.code in codes_found(example.text, source=example.source), example


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_examples_do_not(rule: Rule) -> None:
    for example in rule.good:
        assert rule.code not in codes_found(example.text, source=example.source), example


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule: Rule) -> None:
    assert rule.code[:2] in FAMILIES
    assert rule.bad and rule.good, "a rule without examples is untested"
    assert rule.summary.endswith(".") and len(rule.summary) > 20
    assert len(rule.rationale) > 80 and rule.source
    assert rule.fix and rule.message


def test_every_check_kind_is_used_by_a_rule() -> None:
    assert {rule.kind for rule in RULES} == set(KINDS)


def test_codes_are_the_published_ones() -> None:
    # Codes are a stable contract: this list only ever grows.
    assert [r.code for r in RULES] == [
        "AN001",
        "AN002",
        "AN003",
        "AN004",
        "AT001",
        "AT002",
        "AT003",
        "AT004",
        "NM001",
        "NM002",
        "QT001",
        "QT002",
        "QT003",
        "QT004",
        "QT005",
        "VB001",
        "VB002",
    ]


def test_reference_sample_findings(root: Path) -> None:
    text = (root / "samples" / "pakistan-forward-balochistan-operation.txt").read_text("utf-8")
    checked = check_text(
        text, path="sample.txt", markup=Markup.TEXT, rules=ALL, lexicon=load_lexicon()
    )
    found = [(f.code, f.span.text(text)) for f in checked.findings]
    assert ("AN001", "officials") in found
    assert ("AN001", "military sources") in found
    edits = [words for code, words in found if code == "QT001"]
    assert edits == ["[Targeting]", "[of the cave]", "..."]
    assert not [f for f in checked.findings if f.severity == "error"]
    assert "AT001" not in [code for code, _ in found]


def test_weasel_words_inside_quotes_are_the_source_s_words() -> None:
    text = '"Critics say we are slow," said Li Wei, the mayor of Linton.'
    assert "AN004" not in codes_found(text)
    assert "AN004" in codes_found("Critics say the mayor of Linton is slow.")


def test_anonymous_source_behind_a_relative_pronoun_is_named_by_its_antecedent() -> None:
    text = "The market reopened, despite shop owners who said the rent was too high."
    checked = check_text(text, path="x.txt", markup=Markup.TEXT, rules=ALL, lexicon=load_lexicon())
    messages = {f.code: f.message for f in checked.findings}
    # The finding points at "who" but names the owners, and counts them as a group.
    assert messages["AN001"] == "Statement from an anonymous source: shop owners"
    assert "AN003" in messages
    assert [text[f.span.start : f.span.end] for f in checked.findings if f.code == "AN001"] == [
        "who"
    ]


def test_a_source_that_only_declined_to_comment_is_no_anonymous_source() -> None:
    text = "Fares will rise, the operator said.\n\nA spokesman for the union declined to comment."
    assert not {"AN001", "AN002", "AN003"} & set(codes_found(text))
    # the same source with a claim is one
    claim = "Fares will rise, the operator said.\n\nA spokesman for the union said it would fight."
    assert {"AN001", "AN002"} <= set(codes_found(claim))


def test_user_rule_file_of_a_generic_kind(tmp_path: Path) -> None:
    house = tmp_path / "house.toml"
    house.write_text(
        """
[[rule]]
code = "HS001"
name = "sneer-quote-verb"
summary = "Verbs our desk does not use for attribution."
kind = "existence"
severity = "warning"
message = "House style: do not write {match}"
fix = "Use said."
rationale = "The desk agreed in 2024 to use said for attribution in all news copy."
source = "Our stylebook, section 4"
bad = ["Li Wei quipped that the bridge was late."]
good = ["Li Wei said the bridge was late."]
[rule.options]
scope = "prose"
words = ["quipped", "sneered"]
""",
        "utf-8",
    )
    rules = load_rules([*builtin_rule_files(), house])
    found = codes_found("Li Wei quipped that the bridge was late.", rules)
    assert "HS001" in found


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('code = "X1"', "code 'X1' must look like AB123"),
        ('code = "HS001"\nnome = "x"', "unknown key 'nome'"),
        ("[[rule]]\n", "`code` must be a non-empty string"),
    ],
)
def test_bad_rule_files_name_the_problem(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    fields = (
        'name = "x"\nsummary = "s."\nkind = "existence"\nseverity = "info"\n'
        'message = "m"\nfix = "f"\nrationale = "r"\nsource = "s"\n'
    )
    path.write_text(body if body.startswith("[[") else f"[[rule]]\n{body}\n{fields}", "utf-8")
    with pytest.raises(RuleError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load_rules([path])


def test_readme_rule_table_is_current(root: Path) -> None:
    readme = (root / "README.md").read_text("utf-8")
    for rule in RULES:
        assert f"| {rule.code} | {rule.name} | {rule.severity} |" in readme, rule.code
