"""Rule data as the engine compiles it: channels and their order."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from attribution import analyze
from attribution.lexicon import Lexicon, RuleDataError, load_lexicon, rules_dir


def _rules_with_channels(tmp_path: Path, channels: str) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    (folder / "channels.toml").write_text(channels, encoding="utf-8")
    return folder


def _lexicon_with_channels(tmp_path: Path, channels: str) -> Lexicon:
    return load_lexicon(_rules_with_channels(tmp_path, channels))


def _content_and_channel(lexicon: Lexicon, text: str) -> tuple[str, str | None]:
    """The first statement's first fragment and its channel, as text."""
    statement = analyze(text, lexicon=lexicon).statements[0]
    channel = statement.channel.text(text) if statement.channel is not None else None
    return statement.fragments[0].span.text(text), channel


def test_channels_keep_their_order_when_combined(tmp_path: Path) -> None:
    # Both patterns match "in a memo"; the first listed names the channel.
    lexicon = _lexicon_with_channels(
        tmp_path,
        "[[channel]]\nname = 'memo'\npattern = '''\\bin (?P<channel>a memo)'''\n"
        "[[channel]]\nname = 'any'\npattern = '''\\bin (?P<channel>a \\w+ to staff)'''\n",
    )
    assert [len(run.channels) for run in lexicon.channel_runs] == [2]
    text = "The chief executive said in a memo to staff that layoffs were likely."
    assert _content_and_channel(lexicon, text) == ("that layoffs were likely", "a memo")


def test_a_channel_with_flags_of_its_own_runs_alone(tmp_path: Path) -> None:
    folder = _rules_with_channels(
        tmp_path,
        "[[channel]]\nname = 'a'\npattern = '''\\bin (?P<channel>a memo)'''\n"
        "[[channel]]\nname = 'b'\npattern = '''(?x) \\b on \\s (?P<channel>radio)'''\n"
        "[[channel]]\nname = 'c'\npattern = '''\\bvia (?P<channel>email)'''\n",
    )
    runs = load_lexicon(folder).channel_runs
    assert [[c.name for c in run.channels] for run in runs] == [["a"], ["b"], ["c"]]


def test_a_bad_anchor_names_the_channel(tmp_path: Path) -> None:
    folder = _rules_with_channels(
        tmp_path,
        "[[channel]]\nname = 'told'\nanchor = 'verb'\npattern = '''\\btold (?P<channel>X)'''\n",
    )
    with pytest.raises(RuleDataError, match=r"channel 'told'.*anchor"):
        load_lexicon(folder)


def test_a_trailing_pattern_of_its_own_decides_what_ends_a_content(tmp_path: Path) -> None:
    lexicon = _lexicon_with_channels(
        tmp_path,
        "[[channel]]\nname = 'memo'\npattern = '''\\bin (?P<channel>a \\w+)'''\n"
        "trailing = '''\\bin (?P<channel>a memo)'''\n",
    )
    memo = "The chief executive said layoffs were likely in a memo."
    assert _content_and_channel(lexicon, memo) == ("layoffs were likely", "a memo")
    town = "The chief executive said layoffs were likely in a town."
    assert _content_and_channel(lexicon, town) == ("layoffs were likely in a town", None)


def test_a_bad_trailing_value_names_the_channel(tmp_path: Path) -> None:
    folder = _rules_with_channels(
        tmp_path,
        "[[channel]]\nname = 'memo'\ntrailing = 3\npattern = '''\\bin (?P<channel>a memo)'''\n",
    )
    with pytest.raises(RuleDataError, match=r"channel 'memo'.*trailing"):
        load_lexicon(folder)


def _rules_with_subject_form(tmp_path: Path, table: str) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    cues = (folder / "cues.toml").read_text(encoding="utf-8")
    start = cues.index("[subject_forms.rules]")
    end = cues.index("\n\n", start)
    (folder / "cues.toml").write_text(cues[:start] + table + cues[end:], encoding="utf-8")
    return folder


def test_a_subject_form_is_a_verb_only_after_its_subjects(tmp_path: Path) -> None:
    folder = _rules_with_subject_form(
        tmp_path, "[subject_forms.rules]\nverb = 'rule'\nafter = ['board']"
    )
    lexicon = load_lexicon(folder)
    board = "Board rules the contract must be reopened"
    assert _content_and_channel(lexicon, board) == ("the contract must be reopened", None)
    # the shipped list's "court" is not in this one
    assert analyze("Court rules the contract must be reopened", lexicon=lexicon).statements == ()


def test_a_subject_form_must_name_a_verb_and_not_be_a_cue(tmp_path: Path) -> None:
    folder = _rules_with_subject_form(
        tmp_path, "[subject_forms.rules]\nverb = 'legislate'\nafter = ['court']"
    )
    with pytest.raises(RuleDataError, match=r"subject form 'rules'"):
        load_lexicon(folder)
    folder = _rules_with_subject_form(
        tmp_path / "again", "[subject_forms.says]\nverb = 'say'\nafter = ['court']"
    )
    with pytest.raises(RuleDataError, match=r"subject form 'says'"):
        load_lexicon(folder)


def _rules_with_acts(tmp_path: Path, entry: str) -> Path:
    """The shipped rules with one more [[physical.acts]] entry at the end of cues.toml."""
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    with (folder / "cues.toml").open("a", encoding="utf-8") as cues:
        cues.write("\n[[physical.acts]]\n" + entry + "\n")
    return folder


def test_an_object_act_is_added_as_data_alone(tmp_path: Path) -> None:
    # "announced" with a bare object reports it; with a meal listed as a deed's
    # head among the first two words, the same verb reports nothing.
    text = "The mayor announced dinner plans for the delegation."
    shipped = [s.fragments[0].span.text(text) for s in analyze(text).statements]
    assert shipped == ["dinner plans for the delegation"]
    folder = _rules_with_acts(tmp_path, "verbs = ['announce']\nreach = 2\nheads = ['dinner']")
    assert analyze(text, lexicon=load_lexicon(folder)).statements == ()
    # the head is beyond a reach of one word
    folder = _rules_with_acts(
        tmp_path / "near", "verbs = ['announce']\nreach = 1\nheads = ['plans']"
    )
    assert len(analyze(text, lexicon=load_lexicon(folder)).statements) == 1


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("verbs = ['greet']\nheads = ['fans']", r"'greet' is no cue verb's lemma"),
        ("verbs = ['announced']\nheads = ['fans']", r"'announced' is no cue verb's lemma"),
        ("verbs = ['announce']\nheads = []", r"heads must be a non-empty list of strings"),
        ("verbs = ['announce']\nheads = ['x']\nreach = 0", r"reach must be a whole number"),
        ("verbs = ['announce']\nheads = ['x']\nreach = true", r"reach must be a whole number"),
        ("verbs = ['announce']\nheads = ['x']\nunless_clause = 1", r"unless_clause must be"),
        ("verbs = ['announce']\nheads = ['x']\nnames = 'yes'", r"names must be true or false"),
        ("verbs = ['announce']\nheads = ['x']\nhead = 'y'", r"unknown key 'head'"),
        ("verbs = ['announce']\nheads = ['x']\nunless_heads = ['y']", r"either heads or unless"),
        ("verbs = ['announce']", r"needs either heads or unless_heads"),
    ],
)
def test_a_bad_object_act_names_its_entry(tmp_path: Path, entry: str, message: str) -> None:
    cues = tomllib.loads((rules_dir() / "cues.toml").read_text(encoding="utf-8"))
    shipped = len(cues["physical"]["acts"])
    where = rf"cues.toml: \[\[physical.acts\]\] entry {shipped + 1}\b"
    with pytest.raises(RuleDataError, match=where):
        load_lexicon(_rules_with_acts(tmp_path, entry))
    with pytest.raises(RuleDataError, match=message):
        load_lexicon(_rules_with_acts(tmp_path / "again", entry))


def _cue_entries(node: object) -> list[str]:
    """Every string in cues.toml's verb lists (nested tables and arrays walked)."""
    if isinstance(node, dict):
        return [entry for value in node.values() for entry in _cue_entries(value)]
    if isinstance(node, list):
        return [entry for value in node for entry in _cue_entries(value)]
    return [node] if isinstance(node, str) else []


def test_irregular_cue_verbs_list_their_ing_form() -> None:
    # An entry with "|" lists every form the engine reads, which derives none; one
    # without its -ing form left "is raising questions about X" unread.
    data = tomllib.loads((rules_dir() / "cues.toml").read_text("utf-8"))
    irregular = [e for e in _cue_entries(data) if "|" in e]
    assert len(irregular) > 50
    missing = [
        e for e in irregular if not any(f.split(" ")[0].endswith("ing") for f in e.split("|"))
    ]
    assert missing == []
