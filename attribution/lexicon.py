"""Loads the word lists and patterns in ``rules/`` and compiles them once.

The rule files are data read with :mod:`tomllib`; nothing in them is executed.
Patterns are compiled with the :mod:`regex` module.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import regex


class RuleDataError(Exception):
    """A file in rules/ is missing or malformed."""


class TomlError(ValueError):
    """Text that is not TOML we can read; the message says where or why."""


def parse_toml(text: str) -> dict[str, Any]:
    """tomllib.loads, with every way it can fail turned into a TomlError.

    tomllib recurses on nested arrays and tables, so a file written to crash it
    ("[[[[[[..." thousands deep) raises RecursionError, not a decode error.
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TomlError(str(error)) from None
    except RecursionError:
        raise TomlError("nested too deeply") from None


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    cls: str  # neutral / loaded / nonspeech / belief
    frame: str  # speech / object / belief / topic / stance / regard / assertion / estimate
    documents_only: bool = False  # a cue only when a document is its subject
    sources_only: bool = False  # a cue only when a person or a body is its subject
    past_is_base: bool = False  # "put it", "read": the past tense is the lemma
    # "was critical of", "is confident that": an adjective, a cue after a form of "be"
    copular: bool = False
    # "is an outspoken supporter of": a noun, after a form of "be" and its article
    predicate_noun: bool = False


@dataclass(frozen=True, slots=True)
class Channel:
    name: str
    pattern: regex.Pattern[str]
    at_cue: bool = False  # matched at the cue ("told reporters"), not after it
    # the pattern for the same channel where it ends a statement's content ("called
    # the plan “reckless” in a statement."), or None where it never may
    trailing: regex.Pattern[str] | None = None
    # the platform alone after a noun-phrase content ("announced X on Instagram")
    after_object: regex.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class ObjectAct:
    """A speech verb's bare object that makes it a deed, not a report ("responded to
    the scene", "pressed the button"): one of `heads` among the object's first `reach`
    words.  `unless_clause`: not when the object is a clause's subject before its
    auxiliary ("assumes Republicans will retain control")."""

    heads: frozenset[str]
    reach: int = 4
    unless_clause: bool = False
    # `heads` are the nouns of speech that keep a bare object a report ("continued
    # his scathing remarks"); any other bare object is the deed ("continued their
    # search")
    unless_heads: bool = False
    # a name alone is the deed too ("the club released Orlov in May")
    names: bool = False


@dataclass(frozen=True, slots=True)
class ChannelRun:
    """Consecutive channels with the same anchor, as one alternation: one match
    call instead of one per channel.  `channels` are the members, in order."""

    at_cue: bool
    pattern: regex.Pattern[str]
    channels: tuple[Channel, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: Mapping[str, Verb]  # every inflected form -> its verb
    adjectives: Mapping[str, Verb]  # stance adjectives after "be": "critical of"
    copulas: frozenset[str]  # the verbs before a stance adjective: "was", "remains"
    particle_verbs: frozenset[str]  # "hits back", "fought back": "back" is no verb after them
    lone_object_blockers: frozenset[str]  # "found that:", "backed down": no object alone
    stance_degrees: frozenset[str]  # words between them: "was not so sure"
    cue_re: re.Pattern[str]
    participles: frozenset[str]
    speaking_participles: frozenset[str]  # "An official speaking on condition ... said"
    participle_break_re: re.Pattern[str]  # ", adding that": where a content ends
    comment_appositive_re: re.Pattern[str]  # ", a claim that the mayor denies": the writer's
    dash_appositive_re: re.Pattern[str]  # " — a sum critics call excessive": the writer's
    # "telling CNN that X and questioning how": where a participle's content ends
    participle_and_re: re.Pattern[str]
    participle_adverbs: frozenset[str]  # ", later admitting": besides any -ly adverb
    noun_cues: frozenset[str]
    pronoun_noun_cues: frozenset[str]  # "her claim that": owned by a bare possessive pronoun
    object_nouns_re: re.Pattern[str]  # "his attacks on", "Trump's criticism of": owner, noun
    forceful_modifiers: frozenset[str]  # "his murderous attack on": an act, no stance
    object_noun_words: tuple[str, ...]  # the nouns of object_nouns_re, for a quick test
    according_re: re.Pattern[str]
    # the phrases, lower case, for a quick substring test; a short word ("per") only as
    # a word between spaces, or opening the sentence (`according_openers`)
    according: tuple[str, ...]
    according_openers: tuple[str, ...]
    # "In Olsen's words, ...", "in his view, ...": `owner`, then `noun` and a comma
    owned_re: re.Pattern[str]
    owned_words: frozenset[str]  # the nouns of what the owner said (the rest: views)
    owned_nouns: tuple[str, ...]  # "words,", "view,": a quick substring test
    pronouns: Mapping[str, str]  # lower-case pronoun -> male/female/plural/thing/first/second
    genders: Mapping[str, str]  # lower-case word in a mention -> male/female ("ms.", "spokeswoman")
    anonymous_heads: frozenset[str]
    group_suffixes: tuple[str, ...]  # "forecasters", "economists": unnamed groups
    party_members: frozenset[str]  # "republican": "Republicans say" is a group
    places: frozenset[str]  # "moscow": a place that speaks for a government
    demonyms: frozenset[str]  # "the Spaniard": the latest person, by nationality
    anonymity_reasons_re: regex.Pattern[str]
    document_heads: frozenset[str]
    organization_words: frozenset[str]
    numbered_names: frozenset[str]  # "Transit Union Local 1021": a number in a name
    company_suffixes: frozenset[str]  # "inc", "holdings": the last word of a company's name
    company_heads: frozenset[str]  # "company", "firm": a description of a company
    role_nouns: frozenset[str]
    subordinate_role_words: frozenset[str]  # "vice", "deputy": another office than the head's
    titles: frozenset[str]
    title_nouns: Mapping[str, str]  # "sen" -> "senator": the role a title stands for
    honorifics: frozenset[str]
    abbreviations: frozenset[str]
    determiners: frozenset[str]
    auxiliaries: frozenset[str]
    passive: frozenset[str]
    perception: frozenset[str]  # "can be heard saying": the participle is the subject's
    time_words: frozenset[str]
    adverbs: frozenset[str]
    connectives: frozenset[str]
    discourse_markers: frozenset[str]  # "Still, he said, ...": no content before the cue
    subordinators: frozenset[str]
    subordinators_that: frozenset[str]  # "now that", "given that": a clause to come
    plural_nouns: frozenset[str]
    catenatives_ing: frozenset[str]  # "kept saying", "began asking"
    idiom_openers: tuple[str, ...]  # "all told,": a cue word that reports nothing
    plural_noun_modifiers: frozenset[str]  # "the dozen states", "his remarks"
    clause_only: frozenset[str]  # lemmas of speech verbs whose bare object is no report
    infinitive_only: frozenset[str]  # "appealed to witnesses to come forward" only
    withheld_when_denied: frozenset[str]  # "does not identify victims": nobody's claim
    denied_second: frozenset[str]  # "said X but has not said Y": a second statement
    that_only: frozenset[str]  # lemmas that report only a "that" clause right after them
    clause_first: frozenset[str]  # "said startups test on terms that ...": no object first
    undone_verbs: frozenset[str]  # "failed to say": no infinitive of purpose after them
    purpose_objects: frozenset[str]  # "went out of his way to praise X": object verbs too
    source_participles: frozenset[str]  # "Citing X, the AP reported": opens no statement
    by_agent: frozenset[str]  # lemmas of speech verbs read in a passive with its agent
    by_agent_adverbs: frozenset[str]  # "was first reported by"
    by_agent_not: frozenset[str]  # "were defended by troops": no source
    charged: frozenset[str]  # "has been accused of ...": a charge with no source
    charged_prepositions: frozenset[str]  # "of", "for"
    question_verbs: frozenset[str]  # "Asked about X, ...": a question, its asker unnamed
    request_forms: frozenset[str]  # "were urged to stay indoors": a request, no source
    # "rules": a cue form read as a verb only after one of its subjects ("court rules")
    subject_verbs: Mapping[str, Verb]
    subject_form_re: re.Pattern[str] | None  # "court rules": the form its last group
    question_skip: frozenset[str]  # "asked about", "asked specifically whether"
    regard_forms: frozenset[str]  # "see", "views": cues only with an "as" after them
    question_words: frozenset[str]  # "Ruiz, asked whether ...": a question after a comma
    quote_only: frozenset[str]  # lemmas of speech verbs that attribute only quotes
    quote_only_requests: frozenset[str]  # ... or a request: "begged the board to"
    stance_nouns: frozenset[str]  # "expressed concern": the attitudes a stance verb voices
    assertion_nouns: frozenset[str]  # "made the case that": what a light verb says
    assertion_infinitives: frozenset[str]  # "made a commitment to hold": an infinitive
    assertion_of: frozenset[str]  # "offered a defense of X": the object after "of"
    assertion_to: frozenset[str]  # "made veiled references to X": the object after "to"
    assertion_forms: frozenset[str]  # "made": cues only with an assertion noun after them
    assertion_noun_re: regex.Pattern[str]  # a few words, then an assertion noun
    # lemma -> the objects that make it a deed, not a report ("responded to the scene")
    object_acts: Mapping[str, tuple[ObjectAct, ...]]
    assault_verbs: frozenset[str]  # "attacked the driver with a bottle": lemmas
    assault_nouns: frozenset[str]  # "launched the attack on the bus"
    weapons: frozenset[str]  # what makes an attack one by hand
    evidence_verbs: frozenset[str]  # lemmas whose bare object is content after a record
    forecast_verbs: frozenset[str]  # lemmas whose object may be the forecast figure
    forecast_heads: frozenset[str]  # "revenue", "earnings": what a forecast is of
    record_heads: frozenset[str]  # the records: "poll", "data", "records", documents
    issued_re: regex.Pattern[str]  # "issued a statement": a document put out
    issued_verbs: frozenset[str]  # its verbs' first words: a cheap test before the pattern
    finding_heads: frozenset[str]  # "In a CNN poll, ...": findings that open a sentence
    authored: frozenset[str]  # works with an author after "by": "a study by"
    titled_works: frozenset[str]  # works whose title follows after a comma: "his book, “...”"
    surveyed: frozenset[str]  # "voters polled said": participles inside the source
    catenatives: frozenset[str]  # "continued to say": the subject speaks
    comparative_catenatives: frozenset[str]  # "were more likely to say"
    habits: frozenset[str]  # "as she liked to say, “...”": the subject speaks the quote
    control_verbs: frozenset[str]  # "led Republicans to say": the object speaks
    parenthetical: frozenset[str]  # "Such efforts, they believe, will fail"
    inverted_beliefs: frozenset[str]  # ", reckons reader Jim Pattison."
    # ", The Athletic understands,": an outlet's finding between commas
    outlet_finding_re: re.Pattern[str]
    fillers: frozenset[str]  # ", you know,": no source
    topic_of: frozenset[str]  # lemmas whose topic may follow "of"/"against": "warned of"
    topic_on: frozenset[str]  # lemmas whose topic may follow "on": "commented on"
    topic_for: frozenset[str]  # lemmas whose topic follows "for": "apologized for"
    topic_beliefs: frozenset[str]  # beliefs with a topic after "about": "thinking about"
    not_names: frozenset[str]
    appositive_openers: frozenset[str]
    aside_openers: frozenset[str]  # "Smith, visibly shaken, said": an adjunct aside
    clause_openers: frozenset[str]
    prepositions: frozenset[str]
    content_blockers: frozenset[str]
    infinitive_verbs: frozenset[str]
    name_connectors: frozenset[str]
    credentials: frozenset[str]  # "MD", "PhD": after a name between commas, as spelled
    postmodifier_links: frozenset[str]
    ratio_numbers: frozenset[str]
    ratio_approximators: frozenset[str]
    count_approximators: frozenset[str]  # "about", "at least": one to three words
    headline_small_words: frozenset[str]
    headline_labels: frozenset[str]
    headline_sections: frozenset[str]  # "Box Office:", "Markets:": a section, no source
    headline_source_labels: frozenset[str]  # "Sources: Hawks trade Brooks to Kings"
    headline_events: frozenset[str]  # "Storm Isha: ...": an event, not a source
    elisions: frozenset[str]
    dateline_re: regex.Pattern[str]
    headline_channel_re: regex.Pattern[str]  # "... in new memoir": where, at a headline's end
    expectation_gap_re: regex.Pattern[str]  # "the $1.31 analysts had expected"
    transcript_re: regex.Pattern[str]
    topic_label_re: regex.Pattern[str]  # 'On Isak: "..."': a label before a quotation
    embedded_post_re: regex.Pattern[str]  # "— Paul Ryan (@SpeakerRyan) July 5, 2016"
    post_links_re: regex.Pattern[str]  # "pic.twitter.com/..." at a post's end
    interview_question_re: regex.Pattern[str]  # "Q: ..." opens a question paragraph
    interview_label_re: regex.Pattern[str]  # "Fischer: ..." in an interview's answers
    interview_answer_re: regex.Pattern[str]  # "A: ..." opens an answer paragraph
    interview_intro_re: regex.Pattern[str]  # "spoke with X": the person interviewed follows
    interviewers: frozenset[str]  # "NPR's reporter spoke with X": the subject asks
    channels: tuple[Channel, ...]
    channel_runs: tuple[ChannelRun, ...]
    trailing_channels: tuple[regex.Pattern[str], ...]  # channels that may end a content
    object_channels: tuple[regex.Pattern[str], ...]  # ... after a noun phrase alone

    def participle_adverb(self, word: str) -> bool:
        """Is a lower-case word an adverb that may stand before a participle (any
        -ly word, or a listed one: ", later admitting", ", also lowered")?"""
        return word.endswith("ly") or word in self.participle_adverbs

    def source_noun(self, word: str) -> bool:
        """Is a lower-case word a noun that can head a source: "email", "statement",
        "spokesman", "campaign" (or their plurals), "27-year-old"?"""
        if word.endswith("-year-old") and word[:1].isdigit():
            return True  # "The 27-year-old stopped the band to tell the crowd that"
        return any(
            w in self.document_heads
            or w in self.anonymous_heads
            or w in self.role_nouns
            or w in self.organization_words
            for w in (word, singular(word))  # "lawyers", "officials", "companies"
        )

    def unnamed_group(self, word: str) -> bool:
        """Is a lower-case head noun people with no name: a listed head ("officials"),
        or a plural agent noun ("forecasters", "economists")?"""
        return word in self.anonymous_heads or (
            len(word) > 6 and word.endswith(self.group_suffixes)
        )


def rules_dir() -> Path:
    """The rules/ folder: inside the installed package, or next to it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if (candidate / "cues.toml").is_file():
            return candidate
    raise RuleDataError(f"rule data not found next to {here}")


def _read(folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    try:
        return parse_toml(path.read_text("utf-8"))
    except FileNotFoundError:
        raise RuleDataError(f"{path}: missing rule file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RuleDataError(f"{path}: cannot read: {error}") from None
    except TomlError as error:
        raise RuleDataError(f"{path}: {error}") from None


def _string_table(data: Mapping[str, Any], table: str, key: str, file: str) -> dict[str, str]:
    try:
        value = data[table][key]
    except KeyError:
        raise RuleDataError(f"{file}: missing [{table}] {key}") from None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise RuleDataError(f"{file}: [{table}] {key} must be a table of strings")
    return {k.lower(): v.lower() for k, v in value.items()}


def _words(data: Mapping[str, Any], table: str, key: str, file: str) -> list[str]:
    try:
        value = data[table][key]
    except KeyError:
        raise RuleDataError(f"{file}: missing [{table}] {key}") from None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleDataError(f"{file}: [{table}] {key} must be a list of strings")
    return value


CHANNEL_FLAGS = regex.IGNORECASE | regex.V0


def _channel_runs(channels: list[Channel]) -> tuple[ChannelRun, ...]:
    """Group consecutive channels of one anchor into alternations, in order.  A
    channel with flags of its own ("(?x)" would change its neighbours) runs alone."""
    runs: list[ChannelRun] = []
    group: list[Channel] = []
    plain = regex.compile("", CHANNEL_FLAGS).flags

    def close() -> None:
        if not group:
            return
        body = "|".join(f"(?:{c.pattern.pattern})" for c in group)
        try:
            combined = regex.compile(body, CHANNEL_FLAGS)
        except regex.error:
            runs.extend(ChannelRun(c.at_cue, c.pattern, (c,)) for c in group)
        else:
            runs.append(ChannelRun(group[0].at_cue, combined, tuple(group)))
        group.clear()

    for channel in channels:
        if channel.pattern.flags != plain:
            close()
            runs.append(ChannelRun(channel.at_cue, channel.pattern, (channel,)))
            continue
        if group and group[0].at_cue != channel.at_cue:
            close()
        group.append(channel)
    close()
    return tuple(runs)


def inflect(entry: str) -> tuple[str, ...]:
    """All forms of a verb entry: ``"say|says|said|saying"`` or a regular lemma."""
    if "|" in entry:
        return tuple(entry.split("|"))
    head, _, particle = entry.partition(" ")
    tail = f" {particle}" if particle else ""
    if head.endswith(("s", "sh", "ch", "x", "z")):
        third = head + "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    if head.endswith("e"):
        past, ing = head + "d", (head if head.endswith("ee") else head[:-1]) + "ing"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        past, ing = head[:-1] + "ied", head + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    return tuple(form + tail for form in (head, third, past, ing))


def singular(word: str) -> str:
    """A plural noun's singular, roughly: "companies" -> "company", "officials" ->
    "official"; a word without a final "s" as it is."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, as a trie so matching stays fast."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [regex.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)


# Word lists a configuration may extend (`[tool.attribution.lexicon]`), and the
# verb class each verb list stands for.
EXTRA_VERB_CLASSES = {
    "neutral-verbs": ("neutral", "speech"),
    "loaded-verbs": ("loaded", "speech"),
    "nonspeech-verbs": ("nonspeech", "speech"),
    "belief-verbs": ("belief", "belief"),
}
EXTRA_KEYS = (*EXTRA_VERB_CLASSES, "anonymous-terms", "anonymity-reasons")
Extras = tuple[tuple[str, tuple[str, ...]], ...]


SHORT_PHRASE = 4  # "per" is inside "percent" and "paper": tested as a word


def _issued_re(sources: Mapping[str, Any]) -> regex.Pattern[str]:
    """ "issued a statement", "released a two-page letter": a verb of `issued`, a
    determiner, up to two words and a document head."""
    verbs = _words(sources, "documents", "issued", "sources.toml")
    heads = _words(sources, "documents", "heads", "sources.toml")
    return regex.compile(
        r"\b(?:" + alternation(verbs) + r")\s+(?:a|an|the|this|his|her|its|their)\s+"
        r"(?:[\p{L}-]+\s+){0,2}?(?:" + alternation(heads) + r")\b",
        regex.IGNORECASE,
    )


def _object_acts(
    cues: Mapping[str, Any], verbs: Mapping[str, Verb], speech_nouns: frozenset[str]
) -> dict[str, tuple[ObjectAct, ...]]:
    """cues.toml [[physical.acts]], by lemma; each entry checked for its keys and types.
    An entry's `unless_heads` take the nouns of stance and of assertion with them."""
    entries = cues.get("physical", {}).get("acts", [])
    if not isinstance(entries, list):
        raise RuleDataError("cues.toml: [[physical.acts]] must be an array of tables")
    acts: dict[str, list[ObjectAct]] = {}
    for n, entry in enumerate(entries, 1):
        where = f"cues.toml: [[physical.acts]] entry {n}"
        if not isinstance(entry, dict):
            raise RuleDataError(f"{where} must be a table")
        unknown = set(entry) - {"verbs", "heads", "unless_heads", "reach", "unless_clause", "names"}
        if unknown:
            raise RuleDataError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        if ("heads" in entry) == ("unless_heads" in entry):
            raise RuleDataError(f"{where} needs either heads or unless_heads")
        heads_key = "heads" if "heads" in entry else "unless_heads"
        words = {key: entry.get(key) for key in ("verbs", heads_key)}
        for key, value in words.items():
            if (
                not isinstance(value, list)
                or not value
                or not all(isinstance(v, str) for v in value)
            ):
                raise RuleDataError(f"{where}: {key} must be a non-empty list of strings")
        reach, unless_clause = entry.get("reach", 4), entry.get("unless_clause", False)
        if not isinstance(reach, int) or isinstance(reach, bool) or not 1 <= reach <= 12:
            raise RuleDataError(f"{where}: reach must be a whole number from 1 to 12")
        if not isinstance(unless_clause, bool):
            raise RuleDataError(f"{where}: unless_clause must be true or false")
        names = entry.get("names", False)
        if not isinstance(names, bool):
            raise RuleDataError(f"{where}: names must be true or false")
        heads = frozenset(h.lower() for h in entry[heads_key])
        if heads_key == "unless_heads":
            heads |= speech_nouns
        act = ObjectAct(heads, reach, unless_clause, heads_key == "unless_heads", names)
        for lemma in entry["verbs"]:
            if verbs.get(lemma.lower()) is None or verbs[lemma.lower()].lemma != lemma.lower():
                raise RuleDataError(f"{where}: {lemma!r} is no cue verb's lemma")
            acts.setdefault(lemma.lower(), []).append(act)
    return {lemma: tuple(found) for lemma, found in acts.items()}


@cache
def load_lexicon(folder: Path | None = None, extras: Extras = ()) -> Lexicon:
    """Read and compile the rule data (cached: the data is immutable).

    ``extras`` are a configuration's additions, as ``(key, words)`` pairs with
    keys from EXTRA_KEYS; a verb listed there takes the class it is listed under.
    """
    folder = folder or rules_dir()
    extra = dict(extras)
    cues = _read(folder, "cues.toml")
    sources = _read(folder, "sources.toml")
    grammar = _read(folder, "grammar.toml")
    channel_data = _read(folder, "channels.toml")

    verbs: dict[str, Verb] = {}
    adjectives: dict[str, Verb] = {}
    for group in cues.get("group", []):
        cls, frame = group.get("class"), group.get("frame")
        if cls not in {"neutral", "loaded", "nonspeech", "belief", "refusal"}:
            raise RuleDataError(f"cues.toml: unknown class {cls!r}")
        if frame not in {
            "speech",
            "object",
            "belief",
            "topic",
            "stance",
            "regard",
            "assertion",
            "estimate",
        }:
            raise RuleDataError(f"cues.toml: unknown frame {frame!r}")
        subjects = group.get("subjects", "any")
        if subjects not in {"any", "documents", "sources"}:
            raise RuleDataError(f"cues.toml: unknown subjects {subjects!r}")
        for entry in group.get("verbs", []):
            forms = inflect(entry)
            verb = Verb(
                lemma=forms[0],
                cls=cls,
                frame=frame,
                documents_only=subjects == "documents",
                sources_only=subjects == "sources",
                past_is_base=forms.count(forms[0]) > 1,
            )
            for form in forms:
                verbs.setdefault(form, verb)
        for phrase in group.get("adjectives", []):
            # "critical of", "confident": taken as written, no inflection, and kept
            # apart from the verbs, which the noun-phrase parser reads as verbs
            # ("presidential hopeful Donald Trump" is a title)
            adjectives[phrase] = Verb(lemma=phrase, cls=cls, frame=frame, copular=True)
        for phrase in group.get("nouns", []):
            # "supporter of": as the adjectives, with an article and its adjectives
            # between the form of "be" and the noun
            adjectives[phrase] = Verb(
                lemma=phrase, cls=cls, frame=frame, copular=True, predicate_noun=True
            )
    for key, (cls, frame) in EXTRA_VERB_CLASSES.items():
        for entry in extra.get(key, ()):
            forms = inflect(entry)
            for form in forms:
                verbs[form] = Verb(lemma=forms[0], cls=cls, frame=frame)
    participles = frozenset(_words(cues, "participles", "words", "cues.toml"))
    participle_adverbs = frozenset(_words(cues, "participles", "adverbs", "cues.toml"))
    cue_words = sorted(set(verbs) | participles | set(adjectives), key=len, reverse=True)
    # Word lists are literal tries, safe for the standard `re`, which scans them
    # several times faster than `regex` does; user *patterns* still go to `regex`.
    cue_re = re.compile(r"(?<![\w’'-])(?:" + alternation(cue_words) + r")(?![\w’'-])")
    subject_verbs: dict[str, Verb] = {}
    subject_alternatives = []
    for form, entry in cues.get("subject_forms", {}).items():
        lemma = entry.get("verb")
        if lemma not in verbs or form in verbs:
            raise RuleDataError(f"cues.toml: subject form {form!r}: no verb {lemma!r}, or a cue")
        subject_verbs[form] = verbs[lemma]
        after = alternation(_words(cues["subject_forms"], form, "after", "cues.toml"))
        subject_alternatives.append(f"(?i:{after})\\s+({re.escape(form)})")
    # "Federal court rules X": the subject, then the form (the match's last group)
    subject_form_re = (
        re.compile(r"(?<![\w’'-])(?:" + "|".join(subject_alternatives) + r")(?![\w’'-])")
        if subject_alternatives
        else None
    )
    according = _words(cues, "according", "phrases", "cues.toml")
    owned_words = _words(cues, "according", "owned_words", "cues.toml")
    owned = [*owned_words, *_words(cues, "according", "owned_views", "cues.toml")]
    according_re = re.compile(
        r"(?<![\w-])(?:" + alternation(according) + r")(?![\w-])", re.IGNORECASE
    )

    pronouns: dict[str, str] = {}
    for category, words in sources.get("pronouns", {}).items():
        for word in words:
            pronouns[word.lower()] = category
    reasons = [*_words(sources, "anonymous", "reasons", "sources.toml")]
    reasons += extra.get("anonymity-reasons", ())

    channels: list[Channel] = []
    for item in channel_data.get("channel", []):
        try:
            pattern = regex.compile(item["pattern"], CHANNEL_FLAGS)
            anchor = item.get("anchor", "after")
            if anchor not in ("after", "cue"):
                raise RuleDataError(f"anchor must be 'after' or 'cue', not {anchor!r}")
            trailing = item.get("trailing", False)
            if not isinstance(trailing, (bool, str)):
                raise RuleDataError("trailing must be true, false or a pattern")
            at_end = (
                regex.compile(trailing, CHANNEL_FLAGS)
                if isinstance(trailing, str)
                else (pattern if trailing else None)
            )
            after_object = item.get("after_object")
            if after_object is not None and not isinstance(after_object, str):
                raise RuleDataError("after_object must be a pattern")
            object_end = regex.compile(after_object, CHANNEL_FLAGS) if after_object else None
        except (KeyError, regex.error, RuleDataError) as error:
            raise RuleDataError(f"channels.toml: channel {item.get('name')!r}: {error}") from None
        channels.append(
            Channel(
                name=item["name"],
                pattern=pattern,
                at_cue=anchor == "cue",
                trailing=at_end,
                after_object=object_end,
            )
        )

    def lower(table: dict[str, Any], name: str, key: str, file: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _words(table, name, key, file))

    patterns = {}
    for table, key in (
        ("dateline", "pattern"),
        ("transcript", "pattern"),
        ("interview", "question"),
        ("interview", "label"),
        ("interview", "answer"),
        ("interview", "introduction"),
        ("embedded_post", "pattern"),
        ("embedded_post", "links"),
        ("topic_label", "pattern"),
        ("headline_channels", "pattern"),
        ("expectation_gap", "pattern"),
    ):
        try:
            patterns[f"{table}.{key}"] = regex.compile(grammar[table][key])
        except (KeyError, TypeError, regex.error) as error:
            raise RuleDataError(f"grammar.toml: [{table}] {key}: {error}") from None

    assertion_nouns = lower(cues, "assertion", "nouns", "cues.toml")
    return Lexicon(
        verbs=verbs,
        adjectives=adjectives,
        cue_re=cue_re,
        participles=participles,
        speaking_participles=lower(cues, "speaking_participles", "words", "cues.toml"),
        participle_break_re=re.compile(
            r",[”\"’]?\s+(?:and\s+|before\s+|after\s+|while\s+)?(?:(?:[a-z]+ly|"
            + alternation(participle_adverbs)
            + r")\s+)?(?:"
            + alternation(participles)
            + r")(?![\w’'-])"
        ),
        comment_appositive_re=re.compile(
            r",[”\"’]?\s+(?:(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:"
            + alternation(lower(grammar, "comment_appositives", "nouns", "grammar.toml"))
            + r")s?|"
            + alternation(lower(grammar, "comment_appositives", "bare", "grammar.toml"))
            + r")\s+(?:that|which|he|she|they|we|critics|analysts|experts|officials"
            # "..., a charge the White House denies", "a figure Reuters could not verify"
            + r"|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+[a-z]+"
            # "a change the former Coalition government began"
            + r"|the\s+[a-z]+\s+[A-Za-z]+)"
            # "..., without giving details", "..., without offering specifics"
            + r"|without\s+(?:"
            + alternation(lower(grammar, "comment_appositives", "without", "grammar.toml"))
            + r"))\b"
        ),
        dash_appositive_re=re.compile(
            r"(?:\s(?:-{1,2}|—|–)\s|—)(?:"
            + alternation(lower(grammar, "dash_appositives", "words", "grammar.toml"))
            + r")\b"
        ),
        participle_and_re=re.compile(
            r"\s+and\s+(?:(?:[a-z]+ly|"
            + alternation(participle_adverbs)
            + r")\s+)?(?:"
            + alternation(participles)
            + r")(?![\w’'-])"
        ),
        participle_adverbs=participle_adverbs,
        noun_cues=frozenset(_words(cues, "nouns", "words", "cues.toml")),
        pronoun_noun_cues=frozenset(_words(cues, "nouns", "owned_by_pronoun", "cues.toml")),
        object_nouns_re=re.compile(
            r"(?<![\w-])(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[^\W\d][\w.-]*['’]s)\s+"
            r"(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<noun>"
            + alternation(_words(cues, "nouns", "objects", "cues.toml"))
            + r")\s+(?=\S)"
        ),
        forceful_modifiers=lower(cues, "nouns", "forceful", "cues.toml"),
        object_noun_words=tuple(
            sorted({w.split()[0].lower() for w in _words(cues, "nouns", "objects", "cues.toml")})
        ),
        according_re=according_re,
        according=tuple(
            phrase.lower() if len(phrase) > SHORT_PHRASE else f" {phrase.lower()} "
            for phrase in according
        ),
        according_openers=tuple(
            f"{phrase.lower()} " for phrase in according if len(phrase) <= SHORT_PHRASE
        ),
        owned_re=re.compile(
            r"(?<![\w-])[Ii]n\s+(?P<owner>(?:[^\W\d][\w.’'-]*\s+){0,3}?"
            r"(?:his|her|their|its|[^\W\d][\w.-]*['’]s))\s+(?P<noun>"
            + alternation(owned)
            + r")\s*,"
        ),
        owned_words=frozenset(w.lower() for w in owned_words),
        owned_nouns=tuple(f"{w.lower()}," for w in owned),
        pronouns=pronouns,
        genders={
            word.lower(): gender
            for gender in ("male", "female")
            for word in _words(sources, "genders", gender, "sources.toml")
        },
        anonymous_heads=lower(sources, "anonymous", "heads", "sources.toml")
        | {w.lower() for w in extra.get("anonymous-terms", ())},
        group_suffixes=tuple(lower(sources, "anonymous", "group_suffixes", "sources.toml")),
        party_members=lower(sources, "anonymous", "party_members", "sources.toml"),
        places=lower(sources, "places", "names", "sources.toml"),
        demonyms=lower(sources, "demonyms", "words", "sources.toml"),
        anonymity_reasons_re=regex.compile(alternation(reasons), regex.IGNORECASE),
        document_heads=lower(sources, "documents", "heads", "sources.toml"),
        organization_words=lower(sources, "organizations", "words", "sources.toml"),
        numbered_names=lower(sources, "organizations", "numbered", "sources.toml"),
        company_suffixes=lower(sources, "organizations", "companies", "sources.toml"),
        company_heads=lower(sources, "organizations", "company_heads", "sources.toml"),
        role_nouns=lower(sources, "roles", "nouns", "sources.toml"),
        subordinate_role_words=lower(sources, "roles", "subordinate", "sources.toml"),
        titles=frozenset(_words(sources, "titles", "words", "sources.toml")),
        title_nouns=_string_table(sources, "titles", "nouns", "sources.toml"),
        honorifics=frozenset(_words(sources, "honorifics", "words", "sources.toml")),
        abbreviations=lower(grammar, "abbreviations", "words", "grammar.toml"),
        determiners=lower(grammar, "determiners", "words", "grammar.toml"),
        auxiliaries=lower(grammar, "auxiliaries", "words", "grammar.toml"),
        passive=lower(grammar, "passive", "words", "grammar.toml"),
        perception=lower(grammar, "perception", "words", "grammar.toml"),
        time_words=lower(grammar, "time_words", "words", "grammar.toml"),
        adverbs=lower(grammar, "adverbs", "words", "grammar.toml"),
        copulas=lower(grammar, "copulas", "words", "grammar.toml"),
        particle_verbs=lower(grammar, "particle_verbs", "words", "grammar.toml"),
        lone_object_blockers=lower(grammar, "lone_object_blockers", "words", "grammar.toml"),
        stance_degrees=lower(grammar, "copulas", "degrees", "grammar.toml"),
        connectives=lower(grammar, "connectives", "words", "grammar.toml"),
        discourse_markers=lower(grammar, "connectives", "discourse", "grammar.toml"),
        subordinators=lower(grammar, "subordinators", "words", "grammar.toml"),
        subordinators_that=lower(grammar, "subordinators", "before_that", "grammar.toml"),
        plural_nouns=lower(grammar, "plural_nouns", "words", "grammar.toml"),
        catenatives_ing=lower(cues, "catenatives", "ing", "cues.toml"),
        idiom_openers=tuple(o + "," for o in sorted(lower(cues, "idioms", "openers", "cues.toml"))),
        plural_noun_modifiers=lower(grammar, "plural_nouns", "modifiers", "grammar.toml"),
        clause_only=lower(cues, "clause_only", "verbs", "cues.toml"),
        infinitive_only=lower(cues, "infinitive_only", "verbs", "cues.toml"),
        withheld_when_denied=lower(cues, "withheld_when_denied", "verbs", "cues.toml"),
        denied_second=lower(cues, "denied_second", "verbs", "cues.toml"),
        that_only=lower(cues, "that_only", "verbs", "cues.toml"),
        clause_first=lower(cues, "clause_first", "verbs", "cues.toml"),
        undone_verbs=lower(cues, "purpose", "not_after", "cues.toml"),
        purpose_objects=lower(cues, "purpose", "objects", "cues.toml"),
        source_participles=lower(cues, "opening_participles", "not", "cues.toml"),
        by_agent=lower(cues, "by_agent", "verbs", "cues.toml"),
        by_agent_adverbs=lower(cues, "by_agent", "adverbs", "cues.toml"),
        by_agent_not=lower(cues, "by_agent", "not", "cues.toml"),
        charged=lower(cues, "charged", "verbs", "cues.toml"),
        charged_prepositions=lower(cues, "charged", "prepositions", "cues.toml"),
        question_verbs=lower(cues, "question", "verbs", "cues.toml"),
        request_forms=lower(cues, "request", "forms", "cues.toml"),
        subject_verbs=subject_verbs,
        subject_form_re=subject_form_re,
        question_skip=lower(cues, "question", "skip", "cues.toml"),
        question_words=lower(cues, "question", "words", "cues.toml"),
        regard_forms=frozenset(form for form, verb in verbs.items() if verb.frame == "regard"),
        quote_only=lower(cues, "quote_only", "verbs", "cues.toml"),
        quote_only_requests=lower(cues, "quote_only", "requests", "cues.toml"),
        stance_nouns=lower(cues, "stance", "nouns", "cues.toml"),
        assertion_nouns=assertion_nouns,
        assertion_infinitives=lower(cues, "assertion", "infinitive_nouns", "cues.toml"),
        assertion_of=lower(cues, "assertion", "of_nouns", "cues.toml"),
        assertion_to=lower(cues, "assertion", "to_nouns", "cues.toml"),
        assertion_forms=frozenset(
            form for form, verb in verbs.items() if verb.frame == "assertion"
        ),
        assertion_noun_re=regex.compile(
            r"\s+(?:[\p{Ll}-]+\s+){0,3}?" + alternation(assertion_nouns) + r"\b"
        ),
        object_acts=_object_acts(
            cues, verbs, assertion_nouns | lower(cues, "stance", "nouns", "cues.toml")
        ),
        assault_verbs=lower(cues, "physical", "assault_verbs", "cues.toml"),
        assault_nouns=lower(cues, "physical", "assault_nouns", "cues.toml"),
        weapons=lower(cues, "physical", "weapons", "cues.toml"),
        evidence_verbs=lower(cues, "evidence", "verbs", "cues.toml"),
        forecast_verbs=lower(cues, "forecast", "verbs", "cues.toml"),
        forecast_heads=lower(cues, "forecast", "heads", "cues.toml"),
        record_heads=lower(cues, "evidence", "subjects", "cues.toml")
        | lower(sources, "documents", "heads", "sources.toml"),
        authored=lower(sources, "documents", "authored", "sources.toml"),
        titled_works=lower(sources, "documents", "titled", "sources.toml"),
        issued_re=_issued_re(sources),
        finding_heads=lower(sources, "documents", "findings", "sources.toml"),
        issued_verbs=frozenset(
            w.split()[0].lower() for w in _words(sources, "documents", "issued", "sources.toml")
        ),
        surveyed=lower(sources, "surveyed", "participles", "sources.toml"),
        catenatives=lower(cues, "catenatives", "verbs", "cues.toml"),
        comparative_catenatives=lower(cues, "catenatives", "comparative", "cues.toml"),
        habits=lower(cues, "catenatives", "habits", "cues.toml"),
        control_verbs=lower(cues, "catenatives", "control", "cues.toml"),
        parenthetical=lower(cues, "parenthetical", "verbs", "cues.toml"),
        inverted_beliefs=lower(cues, "parenthetical", "inverted", "cues.toml"),
        outlet_finding_re=re.compile(
            r",\s+(?:[\w’'.-]+\s+){1,4}?(?:"
            + alternation(lower(cues, "parenthetical", "outlet", "cues.toml"))
            + r"),"
        ),
        fillers=lower(cues, "parenthetical", "fillers", "cues.toml"),
        topic_of=lower(cues, "topic_of", "verbs", "cues.toml"),
        topic_on=lower(cues, "topic_of", "on", "cues.toml"),
        topic_for=lower(cues, "topic_of", "for", "cues.toml"),
        topic_beliefs=lower(cues, "topic_of", "beliefs", "cues.toml"),
        not_names=lower(grammar, "not_names", "words", "grammar.toml"),
        appositive_openers=lower(grammar, "appositive_openers", "words", "grammar.toml"),
        aside_openers=lower(grammar, "aside_openers", "words", "grammar.toml"),
        clause_openers=lower(grammar, "clause_openers", "words", "grammar.toml"),
        prepositions=lower(grammar, "prepositions", "words", "grammar.toml"),
        content_blockers=lower(grammar, "content_blockers", "words", "grammar.toml"),
        infinitive_verbs=lower(cues, "infinitive", "verbs", "cues.toml"),
        name_connectors=lower(grammar, "name_connectors", "words", "grammar.toml"),
        credentials=frozenset(_words(grammar, "credentials", "words", "grammar.toml")),
        postmodifier_links=lower(grammar, "postmodifier_links", "words", "grammar.toml"),
        ratio_numbers=lower(grammar, "ratio_numbers", "words", "grammar.toml"),
        ratio_approximators=lower(grammar, "ratio_approximators", "words", "grammar.toml"),
        count_approximators=lower(grammar, "count_approximators", "words", "grammar.toml"),
        headline_small_words=lower(grammar, "headline_small_words", "words", "grammar.toml"),
        headline_labels=lower(grammar, "headline_labels", "words", "grammar.toml"),
        headline_sections=lower(grammar, "headline_labels", "sections", "grammar.toml"),
        headline_source_labels=lower(grammar, "headline_labels", "sources", "grammar.toml"),
        headline_events=lower(grammar, "headline_events", "words", "grammar.toml"),
        elisions=lower(grammar, "elisions", "words", "grammar.toml"),
        dateline_re=patterns["dateline.pattern"],
        headline_channel_re=patterns["headline_channels.pattern"],
        expectation_gap_re=patterns["expectation_gap.pattern"],
        transcript_re=patterns["transcript.pattern"],
        topic_label_re=patterns["topic_label.pattern"],
        embedded_post_re=patterns["embedded_post.pattern"],
        post_links_re=patterns["embedded_post.links"],
        interview_question_re=patterns["interview.question"],
        interview_label_re=patterns["interview.label"],
        interview_answer_re=patterns["interview.answer"],
        interview_intro_re=patterns["interview.introduction"],
        interviewers=lower(grammar, "interview", "interviewers", "grammar.toml"),
        channels=tuple(channels),
        channel_runs=_channel_runs(channels),
        trailing_channels=tuple(c.trailing for c in channels if c.trailing is not None),
        object_channels=tuple(c.after_object for c in channels if c.after_object is not None),
    )
