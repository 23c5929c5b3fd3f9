"""Reading speakers out of a cue clause: tokens, noun phrases, appositives.

The parser works on the masked text (quoted words are filler), one sentence at a
time, and only around cues, so its cost follows the number of cues.  A noun
phrase is read leftwards from a verb ("Imran Abid, a Quetta-based senior
intelligence official, told") or rightwards after an inverted verb or
"according to" ("said Mohammad Hilal, a top defence official").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

import regex

from attribution.lexicon import Lexicon, singular
from attribution.model import Span

TOKEN = regex.compile(
    r"""
    \d{1,3}(?:,\d{3})+(?![\p{L}\p{M}\p{N}&])   # "1,409": a thousands comma is no comma
    | [\p{L}\p{N}]
    (?: [\p{L}\p{M}\p{N}&]
      | [-'’](?=[\p{L}\p{N}])(?!['’]s(?!\p{L}))
      | \.(?=\p{L}\.)
      | (?<=\d)/(?=\d)                        # "9/11", "24/7"
      | (?<=[ÃÂ\p{M}])[\x80-\xbf]              # mojibake: "PeÃ±a", "FranÃ§ois"
    )*
    | ['’]s(?!\p{L})
    | ~+
    | ''
    | \S
    """,
    regex.VERBOSE,
)
# The same tokens on text whose only non-ASCII characters are typographic marks,
# with the standard library's faster engine: there [^\W_] is exactly
# [\p{L}\p{N}] and no character is a combining mark.  (\x1c-\x1f are spaces to
# the standard engine and not to the regex module.)
PLAIN_TEXT = re.compile(r"[\x00-\x1b\x20-\x7f’‘“”—–…«»„―]*")
PLAIN_TOKEN_SPLIT = re.compile(
    r"""(
    \d{1,3}(?:,\d{3})+(?![^\W_]|&)
    | [^\W_]
    (?: [^\W_]|&
      | [-'’](?=[^\W_])(?!['’]s(?![^\W\d_]))
      | \.(?=[^\W\d_]\.)
      | (?<=\d)/(?=\d)
    )*
    | ['’]s(?![^\W\d_])
    | ~+
    | ''
    | \S
    )""",
    re.VERBOSE,
)
TOKEN_SPLIT = regex.compile("(" + TOKEN.pattern + ")", regex.VERBOSE)
COUNT = regex.compile(r"\d{1,3}(?:,\d{3})*|\d+")
COMPOUND_NUMBER = regex.compile(r"\d+-\p{Ll}+")
AGE_WORD = regex.compile(r"\d+-(?:year|month|week)-old")
ACRONYM = regex.compile(r"[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}")
# Appositives that need no opener word: an age ("Quina Jones, 25,") or a party
# and state ("Mitch McConnell, R-Ky.,").
# an age, a party and state, or a party and district ("D-Ward 3")
SHORT_APPOSITIVE = regex.compile(r"\d{1,3}|[RDI] ?- ?\p{Lu}[\p{L}.]*(?: \.)?(?: \d{1,2})?")
PARTY_STATE = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]*")
QUOTE_MARK_CHARS = frozenset("\"“”„«»‘’‚‹›'")
# Inside an appositive a single mark is a plural possessive ("employers'").
# Two apostrophes are one mark, a double quotation mark (''Like this'').
OPENING_MARKS = frozenset('"“”„«»‘‚‹›') | {"''"}
POSSESSIVE = frozenset({"’s", "'s"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
# Pronouns that may lead a joint subject: "She and her aides said"
JOINT_PRONOUNS = frozenset({"she", "he", "they", "we", "i"})
CLOSING_MARKS = frozenset('"”’»›') | {"''"}
DASHES = frozenset("-—–")
# How far back (tokens) an aside with commas of its own may reach, and the marks
# that end the search: a subject never stands across them.
LONG_APPOSITIVE_REACH = 45
LONG_APPOSITIVE_STOPS = frozenset({";", ":", '"', "''", "“", "”", "(", ")", "—", "–"})
# Short participles that take a particle before their agent ("a page set up by her
# aunt", "a plan drawn up by aides", "a letter sent out by the board")
PHRASAL_PARTICIPLES = frozenset({"set", "put", "drawn", "sent", "made", "laid", "handed"})
PARTICIPLE_PARTICLES = frozenset({"up", "out", "together", "down", "forward", "off"})
# How far back (tokens) a past participle may open a reduced relative clause
# before the verb ("A statement released by the ministry on Friday said").
REDUCED_RELATIVE_REACH = 14
# Subordinators that may open a clause between a participle and a verb: "resigned
# after a newspaper reported"
SUBORDINATE_LINKS = frozenset({"after", "before", "when", "since", "until", "because", "once"})
# Words of rank that make an infinitive after a noun its relative: "the first woman
# to lead the agency said", "the only senator to vote against it"
RANK_WORDS = frozenset(
    {"first", "last", "only", "next", "second", "third", "latest", "youngest", "oldest"}
)
# The longest quoted title (code points) read as part of an appositive
QUOTED_TITLE_LENGTH = 40
# "An official speaking on condition of anonymity because he was not authorized to
# discuss the talks said": how far back a speech participle after a source may be.
SPEAKING_RELATIVE_REACH = 18
# What may follow such a participle: an agent, a time or a place ("filed
# Thursday", "released by the ministry", "gathered outside", "obtained through a
# records request").
PARTICIPLE_ADJUNCTS = frozenset(
    {"by", "on", "in", "at", "last", "this", "early", "late", "earlier", "during", "from",
     "outside", "inside", "here", "there", "overnight", "online", "for", "among", "across",
     "through", "under", "via"}
)  # fmt: skip
# Nouns of time after "last", "this", "next": "Feinstein last week said".
TIME_NOUNS = frozenset(
    {"week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "summer",
     "winter", "spring", "fall", "autumn", "term", "session", "season", "decade", "century"}
)  # fmt: skip
# Quantifiers that stand alone as a subject: "those who back her say", "most said".
QUANTIFIER_SUBJECTS = frozenset(
    {
        "those",
        "most",
        "many",
        "some",
        "others",
        "all",
        "both",
        "half",
        "neither",
        "another",
        "one",
        "each",
        "several",
        "few",
        "everyone",  # "Not everyone thinks X"
        "everybody",
    }
)
YEAR = regex.compile(r"(?:1[89]|20)\d\d")
# Lower-case words that may open a titled name in apposition ("Her rival, former
# state Sen. Linda Park, said")
NAME_LEAD_MODIFIERS = frozenset(
    {"former", "then", "state", "acting", "retired", "longtime", "interim"}
)
# Finite verbs that make the words after a cue a clause, not an inverted speaker:
# "said the mines would reopen", "said the plan was dead"
CLAUSE_VERBS = frozenset(
    {"would", "will", "could", "should", "can", "may", "might", "must", "has", "have",
     "had", "is", "are", "was", "were", "did", "does", "do"}
)  # fmt: skip
# A retired officer's mark between title and name: "Lt. Gen. (R) Talat Masood"
RETIRED_MARKS = frozenset({"r", "retd", "ret", "retired"})
# Nouns in -ing that head a phrase ("the planning for Monday's meeting").
ING_NOUNS = frozenset(
    {"meeting", "hearing", "briefing", "building", "planning", "funding", "spending",
     "training", "warning", "morning", "evening", "wedding", "gathering", "thing", "polling",
     "reporting", "ruling", "finding", "filing", "recording", "ranking", "rankings", "wing",
     "king", "ring", "spring",
     # a department after a role ("the head of engineering, Lena Strand, said")
     "engineering", "marketing", "manufacturing", "accounting", "nursing", "housing",
     "banking", "lending", "policing", "publishing", "broadcasting", "advertising",
     "programming", "trading", "mining", "shipping", "farming", "fundraising", "lobbying",
     "licensing", "pricing", "purchasing", "staffing", "ticketing"}
)  # fmt: skip
# Words for a part of a group before "of whom": "some of whom travelled far".
PART_WORDS = frozenset(
    {"some", "many", "most", "all", "few", "several", "both", "none", "half", "each", "any"}
)  # fmt: skip
# Nouns that end like adverbs: "the family said", "a CNN tally".
LY_NOUNS = frozenset(
    {"family", "families", "assembly", "tally", "rally", "ally", "monopoly", "supply",
     "reply", "daily", "weekly", "quarterly", "anomaly", "homily"}
)  # fmt: skip
# A share of those polled: "and three-quarters said", "two-thirds say".
FRACTION = regex.compile(r"(?:one|two|three|four)-(?:thirds?|quarters?|fourths?|fifths?)")
# Adjectives between a noun and its postmodifier: "sources close to her campaign".
POSTMODIFIER_ADJECTIVES = frozenset(
    {"close", "familiar", "loyal", "opposed", "sympathetic", "allied", "connected", "aligned",
     "privy", "friendly", "hostile", "critical", "sensitive", "involved", "knowledgeable"}
)  # fmt: skip
# Irregular participles that are no past tense: "a memo seen by Reuters", "The
# report, written by two economists, said".
IRREGULAR_PARTICIPLES = frozenset(
    {"seen", "written", "given", "shown", "drawn", "taken", "known", "chosen", "spoken",
     "driven", "stolen", "hidden", "broken", "shaken", "beaten", "torn", "thrown", "bitten"}
)  # fmt: skip
# Conjunctions that may open a sentence before its subject
OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})
# Irregular participles before their agent in an aside ("run by Michael McDonald,")
AGENT_PARTICIPLES = IRREGULAR_PARTICIPLES | {
    "run", "led", "made", "built", "held", "paid", "set", "bought", "sold", "sent", "won",
    "struck", "stung", "caught", "hit", "swept", "told", "taught", "brought"
}  # fmt: skip
# The writer's contact with a source, in a clause with no relative pronoun: "Voters I
# spoke to said", "Residents we have interviewed said"
INTERVIEW_PRONOUNS = frozenset({"i", "we", "i've", "we've", "i’ve", "we’ve", "i'd", "we'd"})
INTERVIEW_AUXILIARIES = frozenset({"have", "had", "'ve", "’ve"})
INTERVIEW_VERBS = frozenset(
    {"spoke", "spoken", "talked", "interviewed", "surveyed", "polled", "contacted", "asked",
     "met", "reached", "consulted", "visited", "approached", "quizzed"}
)  # fmt: skip
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# Prepositions that tie a role to whom it serves: "a spokesman for the agency".
AFFILIATION_LINKS = frozenset({"for", "of", "with", "from", "to"})
# Modal auxiliaries: "they will hold banners" (no noun phrase runs over one)
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should"})
# Words inside an office's name between its title and the holder ("Secretary of
# State for Health", "Minister of Law and Justice")
OFFICE_LINKS = frozenset({"and", "the", "of", "for"})
MAX_NP_TOKENS = 10
# Words before a determiner that belong to its phrase: "all the candidates", "both
# his lawyers", "half the members"
PREDETERMINERS = frozenset({"all", "both", "half"})
PREDETERMINED = frozenset({"the", "these", "those", "his", "her", "their", "our", "its"})
# "the base chief known as Bob", "a man identified only as Ahmed", "a resident named Ali"
KNOWN = frozenset({"known", "identified", "named"})
# After a dated work: "published on Tuesday by the agency", "... in the journal Heart"
DATED_LINKS = frozenset({"by", "in", "from"})
APPOSITIVE_WORDS = 60  # an appositive after an inverted speaker, "who ... and whose ..."
# Participles that describe a document after "according to the lawsuit," ("filed
# Wednesday in federal court") or before a relative ("a report, published on
# Wednesday, which found"), not the content's verb
SOURCE_PARTICIPLES = frozenset(
    {"filed", "published", "released", "issued", "posted", "obtained", "seen", "reviewed",
     "dated", "signed", "submitted", "written", "conducted", "commissioned", "sent",
     "unsealed", "leaked", "circulated", "compiled", "prepared", "drafted", "presented",
     "delivered"}
)  # fmt: skip
ASIDE_TOKENS_MAX = 8  # a participle's aside before a relative: ", published on Wednesday,"
MAX_RELATIVE_WORDS = 30  # a restrictive relative clause after an inverted speaker
MAX_LOWER_WORDS = 4
ARTICLES = frozenset({"the", "a", "an"})
# More lower-case words when the phrase opens the sentence with an article
OPENING_EXTRA_WORDS = 3
# After the cue the phrase ends at punctuation, so more lower-case words are safe:
# "said a former senior law enforcement official", "said a senior officer of the
# municipal corporation's storm water department" (the walk still stops at a verb)
MAX_LOWER_WORDS_AFTER_CUE = 9


class Token(NamedTuple):
    """A word or punctuation mark of the masked text (a tuple: built by the thousand)."""

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        text = self.text
        # "al-Ansari", "el-Sisi": an Arabic article before a capitalised name
        return text[0].isupper() or (
            text[0] in "ae" and text[1:3] == "l-" and len(text) > 3 and text[3].isupper()
        )


DEMONSTRATIVES = frozenset({"this", "these", "those"})
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})  # "Those who left said"
# Common irregular past tenses that make a coordinated clause finite.
IRREGULAR_PAST = frozenset(
    {"took", "went", "made", "gave", "got", "came", "saw", "knew", "thought", "found",
     "left", "kept", "held", "won", "lost", "began", "ran", "sent", "spent", "stood",
     "brought", "bought", "fell", "felt", "led", "met", "paid", "rose", "sold", "chose",
     "rode", "drove", "flew", "drew", "struck", "built", "caught", "threw", "grew", "broke",
     "fought", "shook", "fled", "dealt", "meant", "sat", "stuck", "hung", "sank", "became",
     "withdrew", "understood", "oversaw", "undertook", "underwent", "overcame", "upheld",
     "overtook", "foresaw", "withstood", "overheard", "wore", "bore", "tore",
     "woke", "froze", "stole", "hid", "bit", "forgave", "forgot"}
)  # fmt: skip
# "two weeks ago", "a few days ago", "months ago": units and counts of a time phrase
AGO_UNITS = frozenset({"day", "hour", "minute"})
AGO_COUNTS = frozenset({"a", "few", "several", "many", "couple"})
DEGREE_WORDS = frozenset({"most"})  # "and most recently defended": no subject
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sep", "sept", "oct", "nov", "dec"}
)
# A count after an article or possessive: "The two leaders", "the many critics"
COUNT_WORDS = frozenset({"several", "many", "few"})
# Plural nouns of people that do not end in -s ("34,000 people supported")
IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "folks"})
# The longest body's name with commas read before its acronym, in tokens
LISTED_NAME_TOKENS = 16
COUNT_NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})*|\d{1,6}")
ACRONYM_WORD = regex.compile(r"\p{Lu}[\p{Lu}\d&-]{1,9}")
# Counts that stand for the members of a group named before them ("Of the 20
# delegates, all but two said", "Of those polled, most said")
BARE_COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "dozens", "hundreds", "most", "half", "both", "none"}
)  # fmt: skip
# A company's legal suffix that may follow a comma inside its name
COMMA_SUFFIXES = frozenset({"inc", "llc", "ltd", "corp", "co", "plc", "l.p", "lp"})
COUNT_LEADERS = frozenset(
    {"the", "these", "those", "his", "her", "their", "its", "our", "my", "your", "all"}
)


def _acronym(tok: Token) -> bool:
    """An acronym in capitals is a name, though it spells a word ("the WHO")."""
    return len(tok.text) > 2 and tok.text.isupper()


_make_token = partial(tuple.__new__, Token)  # Token's own constructor is Python code
TOKEN_START = itemgetter(0)  # Token.start, read in C (bisect calls it at every step)


def tokenize(masked: str, start: int, end: int, lexicon: Lexicon) -> list[Token]:
    """Words and marks of masked[start:end]; a full stop joins an abbreviation ("Gen.").

    The tokens come from one split of the sentence (separators and tokens
    alternate) and their offsets from the running sum of the pieces' lengths,
    so no Python code runs per token except at full stops.
    """
    chunk = masked[start:end]
    plain = PLAIN_TEXT.fullmatch(chunk) is not None
    parts = (PLAIN_TOKEN_SPLIT if plain else TOKEN_SPLIT).split(chunk)
    offsets = list(accumulate(map(len, parts), initial=start))
    texts = parts[1::2]
    tokens = list(
        map(
            _make_token,
            zip(offsets[1:-1:2], offsets[2::2], texts, map(str.lower, texts), strict=True),
        )
    )
    merged = 0
    for dot in _indexes(texts, "."):
        k = dot - merged
        if k == 0:
            continue
        prev, tok = tokens[k - 1], tokens[k]
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            after is not None
            and prev.end == tok.start
            and after.start == tok.end
            and prev.is_word
            and len(after.text) > 1
            and after.text.isalpha()
            and after.text.islower()
        ):
            # "PowerOutage.us", "Amazon.com": a domain is one word
            text = prev.text + "." + after.text
            tokens[k - 1] = Token(prev.start, after.end, text, text.lower())
            del tokens[k : k + 2]
            merged += 2
            continue
        if prev.end == tok.start and (
            prev.lower in lexicon.abbreviations
            or (len(prev.text) == 1 and prev.is_cap)
            or prev.text + "." in lexicon.titles
            or ("." in prev.text and not _domain(prev.text))
        ):
            text = prev.text + "."
            tokens[k - 1] = Token(prev.start, tok.end, text, text.lower())
            del tokens[k]
            merged += 1
    if "He" in texts:
        _surname_he(tokens, lexicon)
    if "WHO" in texts:
        _organization_who(tokens)
    return tokens


def without_possessive(tok: Token) -> Token:
    """ "Trump's" as "Trump": a token without its "'s"."""
    return Token(tok.start, tok.end - 2, tok.text[:-2], tok.lower[:-2])


def _domain(text: str) -> bool:
    """ "PowerOutage.us": a word with a lower-case ending after its dot (not "U.S")."""
    ending = text.rsplit(".", 1)[1]
    return len(ending) > 1 and ending.islower()


SURNAME_HE = "he·"  # the lower-case form of the surname He: no pronoun, no word of the lexicon


ORGANIZATION_WHO = "who·"  # the lower-case form of the WHO: no relative pronoun


def _organization_who(tokens: list[Token]) -> None:
    """ "WHO chief Tedros said", "the WHO said": the World Health Organization in
    capitals, not the relative pronoun, unless the words around it are in capitals
    too (a headline set in capitals: "MAN WHO SAVED ...")."""
    for k, tok in enumerate(tokens):
        if tok.text != "WHO":
            continue
        around = [t for t in tokens[max(0, k - 1) : k + 2] if t is not tok and t.is_word]
        if around and all(t.text.isupper() and len(t.text) > 1 for t in around):
            continue
        tokens[k] = Token(tok.start, tok.end, tok.text, ORGANIZATION_WHO)


def _surname_he(tokens: list[Token], lexicon: Lexicon) -> None:
    """ "spokesperson He Lin said", "Vice Premier He Lifeng": the Chinese surname He,
    after a lower-case word or a role and before a capitalised word that is no verb,
    is part of a name, not the pronoun (a title-case headline's "Says He Will" stays)."""
    for k in range(1, len(tokens) - 1):
        tok = tokens[k]
        if tok.text != "He":
            continue
        before, after = tokens[k - 1], tokens[k + 1]
        if (
            before.is_word
            and (not before.is_cap or before.lower in lexicon.role_nouns)
            and after.is_word
            and after.is_cap
            and after.lower not in lexicon.verbs
            and after.lower not in lexicon.pronouns
            and after.lower not in lexicon.auxiliaries
        ):
            tokens[k] = Token(tok.start, tok.end, tok.text, SURNAME_HE)


CONTRACTED_AUXILIARIES = (
    "'s", "’s", "'ve", "’ve", "'d", "’d", "'re", "’re", "'ll", "’ll", "'m", "’m",
)  # fmt: skip


# "who" with a contracted auxiliary opens a relative aside as "who" does
CONTRACTED_WHO = frozenset("who" + ending for ending in CONTRACTED_AUXILIARIES)


def contracted_pronoun(tok: Token, lexicon: Lexicon) -> Span | None:
    """The pronoun of "He's", "They’ve", "We'd": a pronoun with a contracted auxiliary."""
    word = tok.lower
    if "'" not in word and "’" not in word:
        return None
    for ending in CONTRACTED_AUXILIARIES:
        if word.endswith(ending) and word[: -len(ending)] in lexicon.pronouns:
            return Span(tok.start, tok.end - len(ending))
    return None


def _past_name_modifiers(toks: list[Token], start: int, end: int) -> int:
    """The index after the lower-case modifiers that may open a titled name
    ("former state Sen. Linda Park"), the last token never skipped."""
    while start < end - 1 and toks[start].lower in NAME_LEAD_MODIFIERS:
        start += 1
    return start


def _house_number(toks: list[Token], k: int) -> bool:
    """Is toks[k] a capital "No" or "Number" before a number ("No 10", Downing
    Street by its number)?"""
    return (
        toks[k].is_cap
        and toks[k].lower in ("no", "no.", "number")
        and k + 1 < len(toks)
        and toks[k + 1].text[0].isdigit()
    )


# Shares that a word of degree may open: "nearly half", "less than a third"
FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "dozen"})
# Quantifiers that open the second of two sources joined by "and".
GROUP_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "other", "a", "an"})


def _is_short_appositive(toks: list[Token], phrase: NounPhrase) -> bool:
    """A phrase that is only an age or a party and state ("D-Ohio", "34")."""
    first = _index_at(toks, phrase.mention.start)
    words = [t.text for t in toks[first:] if t.end <= phrase.mention.end]
    return SHORT_APPOSITIVE.fullmatch(" ".join(words)) is not None


CURRENCY_SIGNS = frozenset("$€£¥₹")
# "the last 10 Iowa polls": a count after an ordinal belongs to a phrase with its article
ORDINALS = frozenset({"last", "first", "next", "past", "top", "final", "other", "previous"})
# A singular determiner that cannot head a plural: "a move officials say" opens a
# relative clause whose subject is "officials".
CONTACT_DETERMINERS = frozenset({"a", "an", "another", "one"})
# Words inside an organisation and its place after a name: "of the Church in Marion"
PLACE_LINKS = frozenset({"in", "of", "the", "and", "&", "for", "at"})  # "of Kellan & Shore"


def opening_word(word: str, lexicon: Lexicon) -> bool:
    """A lower-cased word that opens a sentence without naming anybody: a
    connective, a preposition, an adverb ("Similarly", "Of", "Finally")."""
    return (
        word in lexicon.connectives
        or word in lexicon.prepositions
        or word in lexicon.adverbs
        or word.endswith("ly")
    )


def _listed_name(toks: list[Token], start: int, ceiling: int) -> NounPhrase | None:
    """ "the Philippine Atmospheric, Geophysical, and Astronomical Services
    Administration (PAGASA)": a body's name with commas in it, closed by its acronym
    in brackets, read whole."""
    k = start + 1 if toks[start].lower == "the" else start
    first, commas, capitals = k, 0, 0
    while k < ceiling and k - start < LISTED_NAME_TOKENS:
        tok = toks[k]
        if tok.text == "(":
            if (
                commas
                and capitals >= 3
                and k + 2 < ceiling
                and toks[k + 2].text == ")"
                and ACRONYM_WORD.fullmatch(toks[k + 1].text)
            ):
                span = Span(toks[start].start, toks[k + 2].end)
                return NounPhrase(
                    span, Span(toks[first].start, span.end), "name", None, None, k + 3
                )
            return None
        if tok.text == ",":
            commas += 1
        elif tok.is_cap:
            capitals += 1
        elif tok.lower not in ("and", "of", "for", "the", "&"):
            return None
        k += 1
    return None


def degree_opening(toks: list[Token], k: int, floor: int, lexicon: Lexicon) -> int | None:
    """Where words of degree ending right before toks[k] begin ("about", "more
    than", "as many as": grammar.toml's count_approximators, the longest first, not
    before `floor`), or None."""
    for n in (3, 2, 1):
        m = k - n
        if m >= floor and " ".join(t.lower for t in toks[m:k]) in lexicon.count_approximators:
            return m
    return None


def _count_of(toks: list[Token], k: int, j: int) -> bool:
    """ "1,409 teachers", "200 protesters", "32 security experts": a number before
    the plural noun that heads the phrase, an adjective or noun between them."""
    if k < 0 or not k < j <= k + 2:
        return False
    number, noun = toks[k], toks[j]
    if j == k + 2 and not (toks[k + 1].is_word and toks[k + 1].text.islower()):
        return False
    if k > 0 and toks[k - 1].text in CURRENCY_SIGNS:
        return False  # "the $20 million experts say it costs": money, no count
    return COUNT.fullmatch(number.text) is not None and not noun.is_cap and _plural(noun)


def _plural(noun: Token) -> bool:
    """ "protesters", "MPs", or an irregular plural: "34,000 people"."""
    word = noun.lower
    return (
        word.endswith("s") and not word.endswith(("ss", "'s", "’s"))
    ) or word in IRREGULAR_PLURALS


def _group_count(toks: list[Token], k: int, j: int) -> bool:
    """ "40 Labour MPs", "100 House Democrats", "12 GOP senators": a number before
    a plural whose words are (some of them) capitalised; not a year ("In 2016
    Democrats said") and not a count after an ordinal ("the last 10 Iowa polls")."""
    if k < 0 or not k < j <= k + 2:
        return False
    if k > 0 and (toks[k - 1].text in CURRENCY_SIGNS or toks[k - 1].lower in ORDINALS):
        return False
    number, noun = toks[k].text, toks[j]
    if COUNT.fullmatch(number) is None or YEAR.fullmatch(number):
        return False
    words = toks[k + 1 : j + 1]
    return all(t.is_word for t in words) and any(t.is_cap for t in words) and _plural(noun)


def _past_participle(word: str) -> bool:
    """ "released", or an irregular one: "taken", "written"."""
    return word.endswith("ed") or word in IRREGULAR_PARTICIPLES


def _owner(tok: Token) -> bool:
    """A possessive: "'s" on its own or at the end of a word ("NBC's", "Sanders'")."""
    return tok.text in POSSESSIVE or tok.lower.endswith(("'s", "’s"))


def _modifier(tok: Token) -> bool:
    """An adjective or participle that takes a postmodifying phrase ("close to",
    "familiar with", "involved in")."""
    word = tok.lower
    return not tok.is_cap and (
        word in POSTMODIFIER_ADJECTIVES
        or word in IRREGULAR_PARTICIPLES
        or (word.endswith(("ed", "ing")) and len(word) > 4)
    )


def _indexes(items: list[str], wanted: str) -> list[int]:
    """Every index of wanted in items, found by list.index (C) rather than a Python loop."""
    found: list[int] = []
    i = -1
    while True:
        try:
            i = items.index(wanted, i + 1)
        except ValueError:
            return found
        found.append(i)


# How far back from a verb degrees after a name may stand ("Ifeoma Okereke, MD, MPH,
# of the University of Edinburgh, and colleagues reported"): the subject's reach, so
# that a sentence of thousands of tokens is not scanned for each cue
CREDENTIAL_REACH = 30
# How far back from "by" the "of" after a record may be ("A poll of 800 likely
# voters by Gallup")
AUTHORED_OF_REACH = 6


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A speaker as written: the mention, the name inside it, and its role."""

    mention: Span  # titles and role words before the name included
    name: Span  # the name or the description proper
    kind: str  # pronoun / name / description
    role: Span | None
    reason: Span | None  # why the source is anonymous, when the clause says
    end_index: int  # index of the first token after the phrase and its appositive
    relative: bool = False  # "who" standing for a name before it ("Fox, who said")


class SpeakerParser:
    """Noun phrases around cues, over the tokens of one sentence."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        stops = set(lexicon.not_names) - set(lexicon.determiners)
        stops.update(("that", "said", "says", "was", "were", "is", "are", "be"))
        # "they will hold banners proclaiming": a modal or an auxiliary ends the noun
        # phrase read back from a participle
        stops.update(MODALS)
        stops.update(("has", "have", "had", "do", "does", "did"))
        self.stop_words = frozenset(stops)

    # ------------------------------------------------------------ leftwards
    def left(self, toks: list[Token], verb: int, floor: int) -> NounPhrase | None:
        """The subject ending just before toks[verb] (auxiliaries skipped)."""
        credited = self._past_credentials(toks, verb, floor)
        if credited is not None:
            return credited
        phrase = self._left(toks, verb, floor)
        if phrase is None:
            return None
        return self._with_degree(toks, self._campus(toks, phrase, floor), floor)

    def _past_credentials(self, toks: list[Token], verb: int, floor: int) -> NounPhrase | None:
        """ "Ifeoma Okereke, MD, MPH, of the University of Edinburgh, and colleagues
        reported", "..., Jane Doe, PhD, said": the subject read as if the degrees
        after the name, and the commas before them, were not there (the offsets, and
        so the mention, stay those of the text).  None where there are none."""
        credentials = self.lex.credentials
        degrees: list[int] = []  # each with the comma before it, a run after a name
        for m in range(max(floor, 2, verb - CREDENTIAL_REACH), verb - 1):
            if (
                toks[m].text in credentials
                and toks[m - 1].text == ","
                and toks[m + 1].text == ","
                and (toks[m - 2].is_cap or toks[m - 2].text in credentials)
            ):
                degrees.append(m)
        if not degrees:
            return None
        dropped = {k for m in degrees for k in (m - 1, m)}
        for m in degrees:
            after = m + 1  # the comma after the last degree of a run
            if after in dropped:
                continue
            if after + 1 < verb and toks[after + 1].lower in self.lex.determiners:
                continue  # "Jane Doe, PhD, a professor at Yale, said": an appositive's comma
            dropped.add(after)
            if after + 1 < verb and toks[after + 1].lower in self.lex.postmodifier_links:
                # "Okereke, MD, of the University of Edinburgh, and colleagues": the
                # postmodifier's closing comma before "and" goes with them
                close = next((c for c in range(after + 2, verb) if toks[c].text == ","), None)
                if close is not None and close + 1 < verb and toks[close + 1].lower == "and":
                    dropped.add(close)
        kept = [k for k in range(len(toks)) if k not in dropped]
        joined = [toks[k] for k in kept]
        phrase = self._left(joined, verb - len(dropped), floor)
        if phrase is None:
            return None
        phrase = self._with_degree(joined, self._campus(joined, phrase, floor), floor)
        end = kept[phrase.end_index] if phrase.end_index < len(kept) else len(toks)
        return replace(phrase, end_index=end)

    def _campus(self, toks: list[Token], phrase: NounPhrase, floor: int) -> NounPhrase:
        """ "researchers at the University of California, Santa Cruz report": a
        university's campus after its comma is the end of the source, not a name."""
        opens = _index_at(toks, phrase.mention.start)
        if not (
            phrase.kind == "name"
            and phrase.role is None
            and opens - 2 >= floor
            and toks[opens - 1].text == ","
            and toks[opens - 2].is_cap
            and all(t.is_cap for t in toks[opens : phrase.end_index])
        ):
            return phrase
        m = opens - 2
        while m > floor and (toks[m - 1].is_cap or toks[m - 1].lower in ("of", "the", "at")):
            m -= 1
        if not any(t.lower in ("university", "college") for t in toks[m : opens - 1]):
            return phrase
        # read it again as if the comma were not there (offsets stay the same)
        joined = [*toks[: opens - 1], *toks[opens:]]
        whole = self._ending_at(joined, phrase.end_index - 2, floor)
        if whole is None or whole.mention.start >= toks[opens - 2].start:
            return phrase
        whole = self._postmodified(joined, whole, floor)  # "researchers at the University"
        return replace(whole, end_index=phrase.end_index)

    def _with_degree(self, toks: list[Token], phrase: NounPhrase, floor: int) -> NounPhrase:
        """A subject that opens with a count or a share keeps the words of degree
        before it: "Nearly half of voters", "Less than a third", "more than a
        dozen protesters" (as "About 40 Labour MPs" is read)."""
        k = _index_at(toks, phrase.mention.start)
        if k >= len(toks) or k - 1 < floor:
            return phrase
        tok = toks[k]
        if not (
            tok.text[0].isdigit()
            or tok.lower in self.lex.ratio_numbers
            or tok.lower in FRACTIONS
            or tok.lower.endswith(("-third", "-thirds", "-quarter", "-quarters"))
            or (tok.lower == "a" and k + 1 < len(toks) and toks[k + 1].lower in FRACTIONS)
        ):
            return phrase
        m = degree_opening(toks, k, floor, self.lex)
        if m is None:
            return phrase
        start = toks[m].start
        name = phrase.name
        if name.start == phrase.mention.start:
            name = Span(start, name.end)
        return replace(phrase, mention=Span(start, phrase.mention.end), name=name)

    def _left(self, toks: list[Token], verb: int, floor: int) -> NounPhrase | None:
        j = verb - 1
        if (
            j - 3 >= floor
            and toks[j - 2].lower == "in"
            and toks[j - 1].lower == "the"
            and toks[j].lower in ("past", "end")
            and toks[j - 3].lower in self.lex.auxiliaries
        ):
            j -= 3  # "who has in the past described": a time between auxiliary and verb
        if (
            j >= floor
            and toks[verb].lower == "back"
            and (toks[j].lower in IRREGULAR_PAST or toks[j].lower in self.lex.particle_verbs)
            and not toks[j].is_cap
            and not (j - 1 >= floor and toks[j - 1].lower in RELATIVE_SUBJECTS)
        ):
            # "most of them never went back", "BJP hits back": the cue word is a particle
            return None
        if (
            j - 2 >= floor
            and f"{toks[j - 1].lower} {toks[j].lower}" in self.lex.connectives
            and toks[j - 2].lower in self.lex.auxiliaries
        ):
            j -= 2  # "a trio of PACs have in fact reported"
        while j >= floor and (
            # "Will wrote": a capitalised auxiliary is a name, not "will".
            (toks[j].lower in self.lex.auxiliaries and not toks[j].is_cap)
            or self._adverb(toks, j, floor)
            or (  # "and most recently defended": the adverb's degree, no subject
                toks[j].lower in DEGREE_WORDS
                and j - 1 >= floor
                and toks[j - 1].lower in ("and", "but")
                and j + 1 < verb
                and toks[j + 1].lower.endswith("ly")
                and not toks[j + 1].is_cap
            )
            or (
                toks[j].lower in self.lex.time_words
                and j > floor
                # "Mrs May told", "Theresa May said": a name, not the month
                and not (toks[j].lower == "may" and toks[j].is_cap and toks[j - 1].is_cap)
            )  # "Priebus later Thursday told"
            or (
                toks[j].lower in TIME_NOUNS
                and j - 1 > floor
                and toks[j - 1].lower in ("last", "this", "next", "that", "each", "every", "past")
            )  # "Feinstein last week said": "last" goes next, as a time word
            or (
                toks[j].lower == "past"
                and j - 1 > floor
                and toks[j - 1].lower in ("this", "the")
                and j + 1 < verb
                and toks[j + 1].lower in TIME_NOUNS
            )  # "Priebus this past week announced"
            or (
                j == verb - 1
                and toks[verb].lower not in self.lex.auxiliaries
                and toks[verb].lower not in self.lex.passive
                and YEAR.fullmatch(toks[j].text) is not None
                and j - 1 > floor
                and toks[j - 1].lower == "in"
            )  # "McConnell, who in 2010 said": the year right before the verb, then
            # its "in" below; not "his decision to work for Obama in 2008 was seen"
        ):
            j -= 1
            if (
                j - 1 >= floor
                and toks[j].lower in ("on", "in", "last", "this")
                and (
                    toks[j + 1].lower in self.lex.time_words
                    or (toks[j].lower == "in" and YEAR.fullmatch(toks[j + 1].text) is not None)
                )
            ):
                j -= 1  # "McAuliffe on Friday announced"
        j = self._past_ago(toks, j, floor)  # "The State Department two weeks ago said"
        if j < floor:
            return None
        if toks[j].lower in CONTRACTED_WHO:
            # "superdelegates who've already said": the "who" of the contraction
            tok = toks[j]
            toks = [*toks[:j], Token(tok.start, tok.start + 3, tok.text[:3], "who"), *toks[j + 1 :]]
        if (
            j - 2 > floor
            and (toks[j].lower in self.lex.ratio_numbers or toks[j].text.isdigit())
            and toks[j - 1].lower == "of"
            and toks[j - 2].lower in self.lex.genders
        ):
            # "the 34-year-old mother of three replied": her children's count
            kin = self.left(toks, j - 1, floor)
            if kin is not None and kin.end_index == j - 1:
                mention = Span(kin.mention.start, toks[j].end)
                return NounPhrase(mention, kin.name, kin.kind, kin.role, kin.reason, j + 1)
        if toks[j].lower in self.lex.surveyed and j > floor and toks[j - 1].is_word:
            surveyed = self._surveyed(toks, j, floor)
            if surveyed is not None:
                return surveyed
        ratio = self._ratio_subject(toks, j, floor) or self._share_appositive(toks, j, floor)
        if ratio is not None:
            opens = _index_at(toks, ratio.mention.start)
            if opens > floor and toks[opens - 1].lower.endswith("ing"):
                # "A union representing some of the staff said": the participle's head
                return self.reduced_relative(toks, verb, floor) or ratio
            return ratio
        if toks[j].text in CLOSING_MARKS and j - 2 > floor and toks[j - 1].text == ",":
            # 'Humphrey, who calls Trump a “sociopath,” said': the aside's comma
            # stands inside the closing mark.
            j -= 1
        elif toks[j].text in CLOSING_MARKS:
            titled = self._titled_subject(toks, j, floor)
            if titled is not None:
                return titled
        counted = self._bare_count(toks, j, floor)
        if counted is not None:
            return counted
        if (
            toks[j].is_cap
            and toks[j].lower.endswith(("'s", "’s"))
            and len(toks[j].lower) > 4
            and contracted_pronoun(toks[j], self.lex) is None
            and toks[j].lower[:-2] not in self.lex.pronouns
            and toks[j].lower[:-2] not in ("that", "there", "here", "what", "let", "who")
        ):
            # "McDonald's said", "ratings agency Moody's said": a name that ends in
            # "'s", read without it and then given it back
            named = self._ending_at([*toks[:j], without_possessive(toks[j])], j, floor)
            if named is not None and named.kind == "name":
                whole = Span(named.mention.start, toks[j].end)
                name = Span(named.name.start, toks[j].end)
                return NounPhrase(whole, name, "name", named.role, named.reason, j + 1)
        if toks[j].text == "," and j - 1 > floor and toks[j - 1].text == ")":
            # "Sen. Jack Reed (D-R.I.), said": a stray comma after the party and state
            bracketed = self._ending_at(toks, j - 1, floor)
            if (
                bracketed is not None
                and bracketed.kind == "name"
                and _index_at(toks, bracketed.mention.start) == floor
            ):
                return bracketed
        if toks[j].text == ",":
            before = self._past_connective(toks, j, floor)
            if before != j:
                # "Murphy, the county chairman, for example, said": an appositive
                # before the connective; "Experts, however, said": none.
                phrase = self._appositive_left(toks, before + 1, floor)
                if phrase is not None and self._starts_clause(toks, phrase, floor):
                    return phrase
            j = before
            while j > floor and toks[j].lower in self.lex.auxiliaries and not toks[j].is_cap:
                j -= 1  # "U.S. officials have, in fact, praised": the auxiliary too
            if toks[j].text == ",":
                phrase = self._appositive_left(toks, j, floor)
                if (
                    phrase is None
                    or not self._starts_clause(toks, phrase, floor)
                    or _is_short_appositive(toks, phrase)  # "Ortiz, D-Ohio, appearing"
                ):
                    # "Lapp, director of the PAC, a super PAC, said": not "the PAC"
                    phrase = self._long_appositive(toks, j, floor) or phrase
                    if phrase is not None and self._prepositional_object(toks, phrase, floor):
                        return None  # 'With his help, the party was “...,” wrote X'
                    return phrase and self._name_before_asides(toks, phrase, floor)
                phrase = self._name_before_asides(toks, phrase, floor)
                opens = _index_at(toks, phrase.mention.start)
                if phrase.kind == "description" and opens > floor and toks[opens - 1].text == ",":
                    # "Dan Backer, the fund's lawyer, treasurer and strategist, said":
                    # a list inside the appositive, the name before it.
                    named = self._long_appositive(toks, j, floor, want_name=True)
                    if named is not None:
                        return named
                return phrase
        if toks[j].lower == "who" and not _acronym(toks[j]) and j - 1 > floor:
            return self._relative_who(toks, j, floor)
        if (
            toks[j].lower == "which"
            and j - 2 > floor
            and (toks[j - 1].text == "," or toks[j - 1].is_cap)
        ):
            # "according to the National Weather Service, which warned that": a named
            # body (not "bought a house, which shows": the clause before it); with no
            # comma too after a name ("turned to the Chicago Police Department which
            # reported")
            last = j - 2 if toks[j - 1].text == "," else j - 1
            last = self._before_participle_aside(toks, last, floor)
            antecedent = self._ending_at(toks, last, floor)
            said = self.lex.verbs.get(toks[verb].lower)
            head = (
                toks[_index_at(toks, antecedent.name.end) - 1].lower
                if antecedent is not None
                else ""
            )
            if (
                antecedent is not None
                and (
                    antecedent.kind == "name"
                    # "a coalition of tenants' groups and unions, which said": a body
                    # described (not "bought a house, which shows")
                    or (
                        antecedent.kind == "description"
                        and (
                            head in self.lex.organization_words
                            or singular(head) in self.lex.organization_words
                            or head in self.lex.document_heads
                        )
                    )
                )
                and said is not None
                # not "joined Google, which shows that"; but a body's stance is its
                # own: "the union, which endorsed Clinton", "Monsanto, which opposed it";
                # and a document's finding too: "a report from the charity, which found
                # that"
                and (
                    said.frame == "speech"
                    or (said.frame == "object" and said.cls != "nonspeech")
                    or (said.frame == "belief" and self._documented(toks, antecedent))
                )
            ):
                mention = Span(toks[j].start, toks[j].end)
                return NounPhrase(
                    mention, antecedent.name, antecedent.kind, None, None, j + 1, True
                )
        if toks[j].lower == "that" and j - 1 > floor and toks[j - 1].is_word:
            # "a message that said": a relative "that" right before the verb
            return self._relative_who(toks, j, floor)
        if toks[j].text in DASHES and j - 1 > floor:
            return self._dash_appositive(toks, j, floor)
        if (
            toks[j].lower == "and"
            and j - 1 > floor
            and toks[j - 1].lower.endswith("ed")
            # not "the families of those injured and said": a participle after them
            and toks[j - 2].lower not in DEMONSTRATIVES
            and toks[j - 2].lower not in self.lex.determiners
        ):
            # "I laughed and said": the subject of the first verb.
            j -= 2
            while j >= floor and toks[j].lower in self.lex.auxiliaries:
                j -= 1
        if j < verb - 1 and not toks[j].is_cap and _past_participle(toks[j].lower):
            # "A survey of owners taken last month showed": the time word was the
            # participle's, not the verb's
            participial = self.reduced_relative(toks, verb, floor)
            if participial is not None:
                return participial
        phrase = self._ending_at(toks, j, floor)
        if phrase is not None:
            phrase = self._contact_relative(toks, phrase, j) or phrase
        if (
            phrase is None
            and YEAR.fullmatch(toks[j].text)
            and j - 1 > floor
            and toks[j - 1].lower in self.lex.postmodifier_links
        ):
            # "As another survey from 2011 noted": the year modifies the survey.
            year = Span(toks[j].start, toks[j].end)
            dated = NounPhrase(year, year, "description", None, None, j + 1)
            phrase = self._postmodified(toks, dated, floor)
            if phrase is dated:
                phrase = None
        if phrase is None:
            return (
                self._relative_left(toks, j, floor)
                or self.reduced_relative(toks, verb, floor)
                or self._bare_object(toks, j, floor)
            )
        opens = _index_at(toks, phrase.mention.start)
        if (
            opens > floor
            and toks[opens - 1].is_word
            and toks[opens - 1].lower not in ("and", "but")
        ):
            # "those who back her opponents say": the object of a relative clause is
            # not the subject; the relative's antecedent is.
            bare = verb  # before the auxiliaries: "supporting the bill have said"
            while bare - 1 > j and toks[bare - 1].lower in self.lex.auxiliaries:
                bare -= 1
            relative = self._relative_left(toks, j, floor) or self.reduced_relative(
                toks, bare, floor
            )
            if relative is not None:
                return relative
        if (
            opens - 2 >= floor
            and toks[opens - 1].lower == "and"
            and toks[opens].lower in POSSESSIVE_PRONOUNS
        ):
            # "Holm and her colleagues cautioned": the named person leads the group
            first = self._ending_at(toks, opens - 2, floor)
            if first is not None and first.kind == "name":
                span = Span(first.mention.start, phrase.mention.end)
                return NounPhrase(span, span, "name", first.role, None, phrase.end_index)
            if toks[opens - 2].lower in JOINT_PRONOUNS and (
                opens - 2 == floor or not toks[opens - 3].is_word
            ):
                # "She and her aides said": the person and her people, together
                span = Span(toks[opens - 2].start, phrase.mention.end)
                return NounPhrase(span, span, "description", None, None, phrase.end_index)
        listed = self._serial_list(toks, opens, floor)
        if listed is not None:
            span = Span(toks[listed].start, phrase.mention.end)
            return NounPhrase(span, span, "description", None, None, phrase.end_index)
        return self._postmodified(toks, phrase, floor)

    def _bare_count(self, toks: list[Token], j: int, floor: int) -> NounPhrase | None:
        """ "Of the 20 delegates, 12 said", "..., all but two said": a count of a
        group named before its comma opens the clause as the subject."""
        word = toks[j].lower
        number = COUNT_NUMBER.fullmatch(word) is not None and not YEAR.fullmatch(word)
        if not (number or word in COUNT_WORDS or word in BARE_COUNTS):
            return None
        first = j
        if j - 2 >= floor and toks[j - 2].lower == "all" and toks[j - 1].lower == "but":
            first = j - 2  # "all but two"
        approximated = False
        while first - 1 >= floor and toks[first - 1].lower in self.lex.ratio_approximators:
            first -= 1  # "at least 21,000 said"
            approximated = True
        if number and approximated and (first == floor or toks[first - 1].text == ","):
            span = Span(toks[first].start, toks[j].end)
            return NounPhrase(span, span, "description", None, None, j + 1)
        joined = first != floor and toks[first - 1].lower in ("and", "but") and word in BARE_COUNTS
        if first != floor and toks[first - 1].text != "," and not joined:
            return None
        if not (
            toks[floor].lower == "of"
            or joined  # "Several mayors endorsed the plan, but most said"
            or (first == floor and (word in COUNT_WORDS or word in BARE_COUNTS))
        ):
            return None  # "Of the 20 delegates, 12 said"; "Two said"
        span = Span(toks[first].start, toks[j].end)
        return NounPhrase(span, span, "description", None, None, j + 1)

    def _prepositional_object(self, toks: list[Token], phrase: NounPhrase, floor: int) -> bool:
        """Is the phrase the object of a preposition ("With his help, ..."), so no
        subject?"""
        opens = _index_at(toks, phrase.mention.start)
        if opens - 1 < floor:
            return False
        word = toks[opens - 1].lower
        # not "As Cornyn, the No. 2, put it", "like Mr. Ryan": a clause may follow them
        return (
            word in self.lex.prepositions and word not in self.lex.subordinators and word != "like"
        )

    def _contact_relative(self, toks: list[Token], phrase: NounPhrase, j: int) -> NounPhrase | None:
        """ "a move officials say would save money": "a" and a singular noun cannot
        head a plural, so the plural source opens a relative clause of its own."""
        opens = _index_at(toks, phrase.mention.start)
        head = toks[j].lower
        if (
            toks[opens].lower not in CONTACT_DETERMINERS
            or j - opens != 2  # "a move officials", not "a group of officials"
            or toks[j].is_cap
            or not head.endswith("s")
            or not self.lex.unnamed_group(head)
            or toks[j - 1].is_cap
            or toks[j - 1].lower.endswith("s")
            or not toks[j - 1].is_word
            or toks[j - 1].lower in COUNT_WORDS  # "a few analysts said": one phrase
        ):
            return None
        span = Span(toks[j].start, toks[j].end)
        return NounPhrase(span, span, "description", None, None, j + 1)

    def _surveyed(self, toks: list[Token], j: int, floor: int) -> NounPhrase | None:
        """ "Some 56 percent of voters polled said", "Those surveyed say": the people
        a poll asked, the participle after them part of the source."""
        if toks[j - 1].lower in ("those", "all", "most", "many", "half"):
            if j - 2 >= floor and toks[j - 2].is_word:
                return None  # "Thirty-one percent of those surveyed": a share of them
            inner: NounPhrase | None = NounPhrase(
                Span(toks[j - 1].start, toks[j - 1].end),
                Span(toks[j - 1].start, toks[j - 1].end),
                "description",
                None,
                None,
                j,
            )
        else:
            inner = self.left(toks, j, floor)
        if inner is None or inner.kind == "pronoun" or inner.mention.end != toks[j - 1].end:
            return None
        span = Span(inner.mention.start, toks[j].end)
        name = inner.name if inner.kind == "name" else span
        return NounPhrase(span, name, inner.kind, inner.role, inner.reason, j + 1)

    def _serial_list(self, toks: list[Token], opens: int, floor: int) -> int | None:
        """Where a list of sources opens whose last item starts at toks[opens]
        ("Republicans, Democrats and independents say", "Teachers, parents and
        students said"), or None when the phrase is no such list's end."""
        k: int | None = opens
        pair: int | None = None  # "Democrats and some Republicans said": two groups
        if opens - 2 >= floor and toks[opens - 1].lower == "and" and toks[opens - 2].is_word:
            k = self._list_item(toks, opens - 2, floor)  # "parents and students"
            first = toks[opens - 2].lower
            if k is not None and k - 1 >= floor and toks[k - 1].lower in GROUP_QUANTIFIERS:
                k -= 1  # "Many environmental groups and climate experts"
            if (
                k is not None
                and (k == floor or not toks[k - 1].is_word)
                and (
                    toks[opens].lower in GROUP_QUANTIFIERS
                    # "She and her aides said": the person and her people
                    or (k == opens - 2 and first in JOINT_PRONOUNS)
                    # "..., teachers and union officials said": two plural groups
                    or (
                        first.endswith("s")
                        and not first.endswith("ss")
                        # "The doctors and nurses said", "Her friends and allies
                        # expect": a group of people after its determiner
                        and (
                            k == opens - 2
                            or self.lex.unnamed_group(first)
                            or singular(first) in self.lex.organization_words
                        )
                    )
                )
            ):
                pair = k
        elif not any(t.lower == "and" for t in toks[opens : opens + 4]):
            return None  # "Park and Ortiz" holds its own "and"
        commas = 0
        names = k is not None and toks[k].is_cap
        while k is not None and k - 2 >= floor and toks[k - 1].text == ",":
            item = self._list_item(toks, k - 2, floor)
            if item is not None and names and commas and not toks[item].is_cap:
                return k  # "The plan was dead, Lee, Park and Ortiz said": the names only
            k = item
            commas += 1
            names = names and k is not None and toks[k].is_cap
        if k is None or commas == 0:
            return pair
        # "Within hours, Democrats and some Republicans": an opener's comma, no list
        return k if k == floor or not toks[k - 1].is_word else pair

    def _list_item(self, toks: list[Token], j: int, floor: int) -> int | None:
        """The first token of a list item of one to three words ending at toks[j]."""
        k = j
        while k >= floor and j - k < 3:
            tok = toks[k]
            if (
                not tok.is_word
                or tok.lower in self.stop_words
                or tok.text[0].isdigit()
                # "Meanwhile, Lee and Park said": an opener, no item
                or tok.lower in self.lex.connectives
                or tok.lower in self.lex.time_words
                or tok.lower in self.lex.adverbs
                or tok.lower.endswith("ly")
            ):
                break
            if tok.lower in self.lex.verbs and not tok.is_cap:
                break
            if k == j and not tok.is_cap and tok.lower.endswith("ed"):
                return None  # "The levy failed, farmers and ranchers said": a clause
            k -= 1
        return k + 1 if k < j else None

    def _titled_subject(self, toks: list[Token], close: int, floor: int) -> NounPhrase | None:
        """'The developer of the space shooter “Starfall Legion” apologized': a title
        in quotation marks after a lower-case noun ends the subject, quotes and all."""
        opening = self._quoted_title(toks, close, floor)
        if (
            opening is None
            or toks[opening - 1].text == ","
            or toks[opening - 1].lower in self.lex.verbs
        ):
            return None
        inner = self.left(toks, opening, floor)
        if inner is None or inner.end_index != opening or inner.kind == "pronoun":
            return None
        mention = Span(inner.mention.start, toks[close].end)
        return NounPhrase(mention, inner.name, inner.kind, inner.role, inner.reason, close + 1)

    def reduced_relative(self, toks: list[Token], verb: int, floor: int) -> NounPhrase | None:
        """ "A court document filed Thursday says", "A statement released by the
        ministry said": a noun phrase that opens the clause, then a past participle
        and its adjuncts before the verb.  The participle phrase is the role."""
        speaking = (
            self._speaking_relative(toks, verb, floor)
            or self._interviewed_relative(toks, verb, floor)
            or self._infinitive_relative(toks, verb, floor)
        )
        if speaking is not None:
            return speaking
        if verb - 1 >= floor and toks[verb - 1].lower in ("and", "but", "or"):
            return None  # "Her lawyers looked through the emails and found": two verbs
        for k in range(verb - 1, max(floor, verb - REDUCED_RELATIVE_REACH) - 1, -1):
            tok = toks[k]
            if not tok.is_word and tok.text not in (".", "-"):
                return None  # no comma or quote between participle and verb
            # "A GoFundMe page set up by her aunt says": a phrasal participle, its
            # particle and its agent
            phrasal = (
                tok.lower in PHRASAL_PARTICIPLES
                and k + 2 < verb
                and toks[k + 1].lower in PARTICIPLE_PARTICLES
                and toks[k + 2].lower == "by"
            )
            if not phrasal and (tok.is_cap or len(tok.lower) < 5):
                continue
            if not phrasal and not _past_participle(tok.lower):
                continue  # "-ed", or "A survey taken last month showed"
            talk = self.lex.verbs.get(tok.lower)
            if talk is not None and talk.frame == "topic":
                return None  # "The studio apologized for X and": no passive, a verb
            after = toks[k + (2 if phrasal else 1)].lower if k + 1 < verb else ""
            if after and after not in PARTICIPLE_ADJUNCTS and after not in self.lex.time_words:
                return None  # "groups granted Mr. Clarke an extension": a finite verb
            if k - 1 < floor or (
                toks[k - 1].lower in self.lex.auxiliaries or toks[k - 1].lower in self.lex.passive
            ):
                return None  # "Oz has been dogged by": a finite passive
            if self._subordinate_source(toks, k + 1, verb):
                return None  # "The minister resigned on Thursday after a newspaper reported"
            head = self._ending_at(toks, k - 1, floor)
            if head is not None and head.kind == "name":
                # "A poll from Eastfield College released Wednesday found": the name is
                # the object of the noun's preposition
                head = self._postmodified(toks, head, floor)
            if (
                head is not None
                and head.kind == "name"
                and head.mention.start == toks[k - 1].start
                and toks[k - 1].lower in self.lex.document_heads
            ):
                # "Video posted on social media shows": a capital that opens the sentence
                head = NounPhrase(head.mention, head.mention, "description", None, None, k)
            if head is None or head.kind != "description":
                return None
            opens = _index_at(toks, head.mention.start)
            if not (
                self._starts_clause(toks, head, floor)
                # "But a review published in May suggested": a conjunction opens it
                or (
                    toks[opens - 1].lower in ("but", "yet")
                    # not "But the deal faltered in May when Mr. Lee backed": a clause
                    and not any(t.lower in self.lex.subordinators for t in toks[k:verb])
                )
            ):
                return None
            last = verb - 1
            while last > k and (
                toks[last].lower in self.lex.auxiliaries or toks[last].lower in self.lex.adverbs
            ):
                last -= 1  # "Analysts polled by LSEG had expected": not "had"
            mention = Span(head.mention.start, toks[last].end)
            role = Span(tok.start, toks[last].end)
            return NounPhrase(mention, head.name, head.kind, head.role or role, None, verb)
        return None

    def _subordinate_source(self, toks: list[Token], start: int, verb: int) -> bool:
        """Whether a subordinator between a participle and the verb opens a clause
        whose subject is a source right before the verb ("resigned on Thursday after
        a newspaper reported", "after the Times reported"), not the participle's
        adjunct ("a statement released after the meeting said")."""
        for m in range(start, verb - 1):
            if toks[m].lower not in SUBORDINATE_LINKS:
                continue
            phrase = self._ending_at(toks, verb - 1, m + 1)
            if phrase is None or phrase.mention.start != toks[m + 1].start:
                return False
            return phrase.kind in ("name", "pronoun") or self.lex.source_noun(toks[verb - 1].lower)
        return False

    def _infinitive_relative(self, toks: list[Token], verb: int, floor: int) -> NounPhrase | None:
        """ "The first woman to lead the agency said", "the only senator to vote
        against the bill says": a description with a word of rank that opens the
        clause, then an infinitive and its object before the verb (the infinitive
        phrase is the role; not "the agency", its object)."""
        for k in range(verb - 2, max(floor, verb - REDUCED_RELATIVE_REACH) - 1, -1):
            tok = toks[k]
            if not tok.is_word and tok.text not in (".", "-"):
                return None  # no comma or quote between the infinitive and the verb
            if tok.lower != "to":
                continue
            after = toks[k + 1]
            if not after.is_word or after.is_cap or after.lower in self.lex.determiners:
                return None  # "to the agency": a preposition
            head = self._ending_at(toks, k - 1, floor)
            if head is None or head.kind != "description":
                return None
            # ("The last man": _ending_at keeps a rank after its article)
            opens = _index_at(toks, head.mention.start)
            if not any(t.lower in RANK_WORDS for t in toks[opens:k]):
                return None  # "Officials to attend the summit said": a plan, no rank
            if not self._starts_clause(toks, head, floor):
                return None
            mention = Span(head.mention.start, toks[verb - 1].end)
            role = Span(tok.start, toks[verb - 1].end)
            return NounPhrase(mention, head.name, head.kind, head.role or role, None, verb)
        return None

    def interview_clause(self, toks: list[Token], end: int) -> bool:
        """Does toks[end] close a clause of the writer's contact with a source ("I
        spoke to", "we've talked with")?"""
        k = end - 1
        if k < 1 or toks[k].lower not in INTERVIEW_VERBS:
            return False
        k -= 1
        while k > 0 and toks[k].lower in INTERVIEW_AUXILIARIES:
            k -= 1
        return toks[k].lower in INTERVIEW_PRONOUNS

    def _interviewed_relative(self, toks: list[Token], verb: int, floor: int) -> NounPhrase | None:
        """ "Officials I spoke to said", "Several people we've interviewed over the
        past week said": a source and a relative clause of the writer's contact with
        it, with no "who" or "that"; the clause joins the mention."""
        for k in range(verb - 1, max(floor, verb - REDUCED_RELATIVE_REACH) - 1, -1):
            tok = toks[k]
            if not tok.is_word:
                return None
            if tok.lower not in INTERVIEW_PRONOUNS or k - 1 < floor:
                continue
            m = k + 1
            while m < verb and toks[m].lower in INTERVIEW_AUXILIARIES:
                m += 1
            if m >= verb or toks[m].lower not in INTERVIEW_VERBS:
                return None
            head = self._ending_at(toks, k - 1, floor)
            if (
                head is None
                or head.kind == "pronoun"
                or head.end_index != k
                or not self._starts_clause(toks, head, floor)
            ):
                return None
            mention = Span(head.mention.start, toks[verb - 1].end)
            return NounPhrase(mention, head.name, head.kind, head.role, None, verb)
        return None

    def _speaking_relative(self, toks: list[Token], verb: int, floor: int) -> NounPhrase | None:
        """ "An official speaking on condition of anonymity said", "a source talking
        to Fox News said": a source, then a speech participle and its adjuncts; or
        any present participle and its object ("A lawyer representing the family
        said"), which joins the mention and is the role."""
        for k in range(verb - 1, max(floor, verb - SPEAKING_RELATIVE_REACH) - 1, -1):
            tok = toks[k]
            if not tok.is_word and tok.text not in (".", "-", "’s", "'s"):
                return None  # no comma or quote between participle and verb
            speaking = tok.lower in self.lex.speaking_participles
            # "A lawyer representing the family said", "Officials investigating the
            # crash said": any present participle and its object
            present = (
                not speaking
                and len(tok.lower) > 5
                and tok.lower.endswith("ing")
                and not tok.is_cap
                and tok.lower not in ING_NOUNS
                # a cue of speech is a statement of its own; "hoping to" may lead
                and (
                    tok.lower not in self.lex.verbs
                    or self.lex.verbs[tok.lower].frame in ("belief", "object")
                )
                # not an adjective before its noun: "Trump's remaining rivals"
                and k - 1 >= floor
                and toks[k - 1].text not in POSSESSIVE
                and not toks[k - 1].lower.endswith(("’s", "'s"))
                and toks[k - 1].lower not in self.lex.determiners
                and toks[k - 1].lower not in POSSESSIVE_PRONOUNS
            )
            if not (speaking or present) or k == verb - 1 or k - 1 < floor:
                continue
            if toks[k - 1].lower in self.lex.auxiliaries or toks[k - 1].lower in self.lex.passive:
                return None  # "she was speaking to reporters": a finite verb
            head = self._ending_at(toks, k - 1, floor)
            if head is None or head.kind == "pronoun" or not self._starts_clause(toks, head, floor):
                return None
            if present:
                if any(
                    t.lower in self.lex.verbs
                    or t.lower in self.lex.auxiliaries
                    or t.lower in self.lex.passive  # "One thing working for her is"
                    for t in toks[k + 1 : verb]
                ):
                    return None  # "... said it had not been consulted and called"
                mention = Span(head.mention.start, toks[verb - 1].end)
                role = Span(tok.start, toks[verb - 1].end)
                return NounPhrase(mention, head.name, head.kind, head.role or role, None, verb)
            aside = " ".join(t.text for t in toks[k:verb])
            why = Span(tok.start, toks[verb - 1].end)
            reason = why if self.lex.anonymity_reasons_re.search(aside) else None
            return NounPhrase(head.mention, head.name, head.kind, head.role, reason, verb)
        return None

    def _ratio_subject(self, toks: list[Token], j: int, floor: int) -> NounPhrase | None:
        """ "About three in 10 said", "nine out of 10 voters say": a share of those
        polled, its noun optional."""
        k = j
        while k > j - 6 and k > floor and toks[k].is_word and not self._ratio_number(toks[k]):
            k -= 1  # the noun after the ratio: "Nine in 10 registered voters say"
        if k - 2 < floor or not self._ratio_number(toks[k]):
            return None
        if toks[k - 1].lower == "in":
            first = k - 2
        elif toks[k - 1].lower == "of" and toks[k - 2].lower == "out":
            first = k - 3
        else:
            return None
        if first < floor or not self._ratio_number(toks[first]):
            return None
        while first - 1 >= floor and toks[first - 1].lower in self.lex.ratio_approximators:
            first -= 1
        span = Span(toks[first].start, toks[j].end)
        return NounPhrase(span, span, "description", None, None, j + 1)

    def _share_appositive(self, toks: list[Token], j: int, floor: int) -> NounPhrase | None:
        """ "A third of independents, 33%, say", "about two-thirds, 67 percent, say":
        a share of those polled with its figure between commas; the share speaks."""
        if toks[j].text != "," or j - 3 < floor:
            return None
        k = j - 1
        if toks[k].lower in ("%", "percent", "pct"):
            k -= 1
        elif not toks[k].text.endswith("%"):
            return None
        if not toks[k].text.rstrip("%").replace(".", "").isdigit() or toks[k - 1].text != ",":
            return None
        comma = k - 1
        if comma - 1 < floor:
            return None
        head = self._ratio_subject(toks, comma - 1, floor) or self._ending_at(
            toks, comma - 1, floor
        )
        if head is None or head.kind == "pronoun" or head.end_index != comma:
            return None
        head = self._postmodified(toks, head, floor)
        opens = _index_at(toks, head.mention.start)
        first = opens
        while first - 1 >= floor and toks[first - 1].lower in self.lex.ratio_approximators:
            first -= 1  # "about two-thirds, 67 percent,"
        if first > floor and toks[first - 1].is_word:
            return None
        if first == opens:
            return head
        span = Span(toks[first].start, head.mention.end)
        return replace(head, mention=span)

    def _ratio_number(self, tok: Token) -> bool:
        return tok.text.isdigit() or tok.lower in self.lex.ratio_numbers

    def _starts_clause(self, toks: list[Token], phrase: NounPhrase, floor: int) -> bool:
        opens = _index_at(toks, phrase.mention.start)
        return opens == floor or not toks[opens - 1].is_word

    def _object_before(self, toks: list[Token], phrase: NounPhrase, floor: int) -> bool:
        """Does a word other than an opening "And"/"But" stand right before the phrase,
        so that it is some verb's or preposition's object, not a subject?"""
        opens = _index_at(toks, phrase.mention.start)
        return (
            not self._starts_clause(toks, phrase, floor)
            and toks[opens - 1].lower not in OPENING_CONJUNCTIONS
        )

    def _long_appositive(
        self, toks: list[Token], comma: int, floor: int, want_name: bool = False
    ) -> NounPhrase | None:
        """ "Mia Seaman, who lives outside the capital, Sacramento, said", "Powell's
        office, when contacted by Reuters, said": an aside with commas of its own
        between a subject that opens the clause and its verb."""
        seen = 0
        k = comma - 1
        if comma + 1 < len(toks) and toks[comma + 1].text in CLOSING_MARKS:
            # 'appearing on NBC’s “Meet the Press,” said': the aside's comma inside
            # the title's closing mark, after a preposition or an owner (not 'every
            # four years “allows us ...,” said', a partial quotation)
            title = self._quoted_title(toks, comma + 1, floor)
            if title is not None and (
                toks[title - 1].lower in self.lex.prepositions or _owner(toks[title - 1])
            ):
                k = title - 1
        while k > floor and comma - k < LONG_APPOSITIVE_REACH:
            text = toks[k].text
            title = self._quoted_title(toks, k, floor)
            if title is not None:
                k = title - 1  # 'the co-author of "Going Viral," about ...': a title
                continue
            if text == ")":
                opening = _matching_open(toks, k, floor)
                if opening is not None and 0 < k - opening <= 4:
                    k = opening - 1  # "the Reserve Officers’ Training Corps (ROTC)"
                    continue
            if text in LONG_APPOSITIVE_STOPS or text[0] == "~":
                return None
            if text == ",":
                seen += 1
                if seen > 4:  # "who lost her daughter in Aurora, Colorado, in July 2012,"
                    return None
                kind = self._aside_kind(toks, k, comma)
                # "Cecelia Purner, 67, a retired nurse in Allentown, Pa., said": past the age
                head = (
                    self._ending_at(toks, self._past_age(toks, k, floor) - 1, floor)
                    if kind
                    else None
                )
                if kind and (head is None or self._object_before(toks, head, floor)):
                    # "A woman who lives nearby, who asked not to be named, said": the
                    # subject's own relative clause before the aside (also where the
                    # words before the aside are its object: "One MP who signed the
                    # letter, speaking on condition of anonymity, said"); "Veterans
                    # interviewed at rallies this week, including Mr. Jebens, said":
                    # its participle phrase
                    head = (
                        self._relative_left(toks, k - 1, floor)
                        or head
                        or self.reduced_relative(toks, k, floor)
                    )
                if head is not None and head.kind != "pronoun" and not want_name:
                    head = self._partitive_owner(toks, head, floor)
                if (
                    head is not None
                    and head.kind != "pronoun"
                    and (head.kind == "name" or not want_name)
                    and not _is_short_appositive(toks, head)  # "D-Ohio" is no speaker
                ):
                    extended = self._postmodified(toks, head, floor)
                    if _index_at(toks, extended.mention.start) == floor:
                        head = extended  # "Voters in Rust Belt states, including Ohio, said"
                    opens = _index_at(toks, head.mention.start)
                    if (
                        opens == floor
                        or not toks[opens - 1].is_word  # not an object
                        # "But numerous veterans ..., including X, said"
                        or (opens - 1 == floor and toks[floor].lower in OPENING_CONJUNCTIONS)
                    ):
                        opener = toks[k + 1]
                        role = head.role
                        if kind == "role":
                            role = Span(opener.start, toks[comma - 1].end)
                        reason = role if opener.lower == "who" else None
                        return NounPhrase(
                            head.mention, head.name, head.kind, role, reason, comma + 1
                        )
            k -= 1
        return None

    def _partitive_owner(self, toks: list[Token], head: NounPhrase, floor: int) -> NounPhrase:
        """ "one of the signatories, the former MP Julian Hale, told": the count
        before "of" heads the phrase."""
        opens = _index_at(toks, head.mention.start)
        if opens - 2 < floor or toks[opens - 1].lower != "of":
            return head
        count = toks[opens - 2].lower
        if not (
            count in self.lex.ratio_numbers
            or count in QUANTIFIER_SUBJECTS
            or toks[opens - 2].text.isdigit()
        ):
            return head
        whole = Span(toks[opens - 2].start, head.mention.end)
        return NounPhrase(whole, whole, "description", head.role, head.reason, head.end_index)

    def _quoted_title(self, toks: list[Token], k: int, floor: int) -> int | None:
        """Where a short quoted title ends at toks[k] (its closing mark) opens, after
        "of" or a noun in lower case ('author of “Going Viral,”', 'the film “Up”'),
        or None."""
        if toks[k].text not in CLOSING_MARKS:
            return None
        m = k - 1
        if m > floor and toks[m].text == ",":
            m -= 1
        if not (
            m - 2 >= floor
            and toks[m].text[0] == "~"
            and len(toks[m].text) <= QUOTED_TITLE_LENGTH
            and toks[m - 1].text in OPENING_MARKS
        ):
            return None
        if toks[m - 2].is_word and not toks[m - 2].is_cap:
            return m - 1
        if _owner(toks[m - 2]):
            return m - 1  # 'appearing on NBC's “Meet the Press,”': an owner's show
        if (
            toks[m - 2].text == ","
            and m - 3 >= floor
            and toks[m - 3].is_word
            and not toks[m - 3].is_cap
        ):
            return m - 2  # 'a contestant on the show, "The Apprentice,"': its name
        return None

    def _aside_kind(self, toks: list[Token], k: int, comma: int) -> str | None:
        """What the aside after the comma toks[k] is: a "role" ("who lives in X",
        "a top operative", "Clinton's director of ..."), an "adjunct" ("when
        contacted by Reuters", "appearing on Fox News", "R-Fla."), or None."""
        opener = toks[k + 1]
        end = k + 1
        while end < comma and toks[end].text != ",":
            end += 1
        if not opener.is_cap:
            word = opener.lower
            if (
                word in ("who", "whose")
                or word in CONTRACTED_WHO  # "who's running to be an alternate"
                or word in self.lex.appositive_openers
            ):
                return "role"
            if self._role_segment(toks, k + 1, end):
                return "role"
            if (
                k + 3 < end
                and toks[k + 2].lower == "of"
                and toks[k + 3].lower in ("whom", "which", "them")
                and (word in PART_WORDS or word in self.lex.ratio_numbers)
            ):
                return "adjunct"  # "some of whom travelled from Bukoba", "many of them"
            if word in self.lex.subordinators or word in ("which", "where"):
                # "when contacted by Reuters", "which was filed in May", "where most
                # of the houses were to be built"
                return "adjunct"
            if word.endswith(("ing", "ed")) and len(word) > 4 and word not in self.lex.verbs:
                return "adjunct"
            if (
                word.endswith("ed")
                and (verb := self.lex.verbs.get(word)) is not None
                and verb.frame == "object"
                and k + 2 < end
                and (not toks[k + 2].is_cap or toks[k + 2].lower in self.lex.time_words)
            ):
                # "A statement from the family, released through the hospital, said":
                # a passive participle of a verb of issuing, not "said Smith"
                return "adjunct"
            if word in AGENT_PARTICIPLES and k + 2 < end and toks[k + 2].lower == "by":
                return "adjunct"  # "run by Michael McDonald", "written by a former aide"
            if word in self.lex.speaking_participles:
                return "adjunct"  # "speaking at a rally in Charleston, West Virginia,"
            if word in self.lex.aside_openers or (word.endswith("ly") and len(word) > 4):
                return "adjunct"  # "both up for reelection", "visibly shaken"
            return None
        if self._possessive_role(toks, k + 1, end):
            return "role"
        segment = " ".join(t.text for t in toks[k + 1 : end])
        if SHORT_APPOSITIVE.fullmatch(segment):
            return "adjunct"  # "Sen. Marco Rubio, R-Fla., appearing on Fox News, said"
        return None

    def _dash_appositive(self, toks: list[Token], close: int, floor: int) -> NounPhrase | None:
        """ "A former candidate -- John McCain, who lost in 2008 -- said": the subject
        before an aside set off by dashes."""
        k = close
        while k > floor and toks[k - 1].text in DASHES:
            k -= 1  # "--" is two tokens
        m = k - 1
        while m >= floor and toks[m].text not in DASHES and k - m < 30:
            m -= 1
        if m <= floor or toks[m].text not in DASHES or m == k - 1:
            return None
        while m > floor and toks[m - 1].text in DASHES:
            m -= 1
        head = self._ending_at(toks, m - 1, floor)
        if head is None or head.kind == "pronoun":
            return None
        head = self._postmodified(toks, head, floor)  # "Many speakers at the vigil -- ..."
        role = Span(toks[m + 1].start, toks[k - 1].end) if head.role is None else head.role
        return NounPhrase(head.mention, head.name, head.kind, role, None, close + 1)

    def _past_connective(self, toks: list[Token], comma: int, floor: int) -> int:
        """ "Experts, however, said": the index of the token before ", however,"
        (or the comma itself when no connective stands there)."""
        for size in (1, 2):  # "however", "for example"
            first = comma - size
            if first - 2 < floor or toks[first - 1].text != ",":
                continue
            words = " ".join(t.lower for t in toks[first:comma])
            if words in self.lex.connectives:
                return first - 2
        return comma

    def _plain_antecedent(self, toks: list[Token], mark: int, floor: int) -> bool:
        """A lower-case singular noun after "a"/"an"/"the" right before "who"."""
        tok = toks[mark]
        return (
            mark - 1 >= floor
            and toks[mark - 1].lower in ("a", "an", "the")
            and tok.is_word
            and not tok.is_cap
            and tok.lower not in self.lex.verbs
            and not tok.lower.endswith(("ing", "ed"))
        )

    @staticmethod
    def _before_participle_aside(toks: list[Token], last: int, floor: int) -> int:
        """Where a relative's antecedent ends when a participle's phrase stands
        between them ("a report from the charity, published on Wednesday, which", "A
        report published on Wednesday, which"): before the participle and its comma;
        otherwise at ``last``."""
        for k in range(last, max(floor, last - ASIDE_TOKENS_MAX), -1):
            if toks[k].lower in SOURCE_PARTICIPLES:
                before = k - 2 if toks[k - 1].text == "," else k - 1
                return before if before > floor else last
            if not toks[k].is_word:
                break
        return last

    def _documented(self, toks: list[Token], phrase: NounPhrase) -> bool:
        """Whether a noun phrase names a document, whose findings are its own: its head
        before any preposition ("the 2024 audit"), or the document its author follows
        ("a report from the charity")."""
        opens = _index_at(toks, phrase.mention.start)
        if (
            opens >= 2
            and toks[opens - 1].lower in ("from", "by", "of")
            and toks[opens - 2].lower in self.lex.document_heads
        ):
            return True  # the author after the document: "a report from the charity"
        for k in range(opens, len(toks)):
            tok = toks[k]
            if tok.start >= phrase.mention.end or tok.lower in self.lex.prepositions:
                break
            if tok.lower in self.lex.document_heads:
                return True
        return False

    def _relative_who(self, toks: list[Token], who: int, floor: int) -> NounPhrase | None:
        """ "Sen. Ann Fox, the ranking Democrat, who said": the mention is "who", the
        name its antecedent before the comma or dash."""
        mark = who - 1
        if toks[mark].is_word:
            # "voters who favor it say" is the relative's own verb; "partisans who
            # consider X": a restrictive relative, its antecedent right before it.
            head = self._ending_at(toks, mark, floor)
            if head is None and self._plain_antecedent(toks, mark, floor):
                # "a bully who has repeatedly pledged to ...": a person named by a
                # common noun the source lexicon does not know
                name = Span(toks[mark - 1].start, toks[mark].end)  # with its article
                head = NounPhrase(name, name, "description", None, None, mark + 1)
            if head is None or head.kind == "pronoun" or head.mention.end != toks[mark].end:
                return None
            opens = _index_at(toks, head.mention.start)
            if head.kind == "description" and opens - 1 > floor and toks[opens - 1].text == ",":
                # "Velora Labs, a chip startup that says": the name the appositive
                # describes
                named = self._appositive_left(toks, who, floor)
                if named is not None and named.kind == "name":
                    head = named
            mention = Span(toks[who].start, toks[who].end)
            return NounPhrase(mention, head.name, head.kind, head.role, None, who + 1, True)
        if toks[mark].text not in (",", "-", "—", "–"):
            return None
        antecedent = None
        if toks[mark].text == ",":  # "Sen. Ann Fox, the ranking Democrat, who"
            antecedent = self._appositive_left(toks, mark, floor)
        if antecedent is None:
            antecedent = self._ending_at(toks, mark - 1, floor)
        if antecedent is None or antecedent.kind == "pronoun":
            return None
        mention = Span(toks[who].start, toks[who].end)
        return NounPhrase(
            mention, antecedent.name, antecedent.kind, antecedent.role, None, who + 1, True
        )

    def _adverb(self, toks: list[Token], j: int, floor: int) -> bool:
        """An -ly adverb between subject and verb ("Democrats successfully argued"),
        but not a noun ending in -ly after a determiner ("the family said")."""
        tok = toks[j]
        if tok.is_cap:
            return False
        if tok.lower in self.lex.adverbs:
            return j - 1 >= floor and toks[j - 1].is_word
        if len(tok.lower) < 5 or not tok.lower.endswith("ly") or tok.lower in LY_NOUNS:
            return False
        if j - 1 < floor:
            return False
        before = toks[j - 1]
        return (
            before.is_word
            and before.lower not in self.lex.determiners
            and (before.text not in POSSESSIVE)
        )

    def _authored(self, word: str) -> bool:
        """A noun that someone makes: "a study by", "a poll by", "a statement by"."""
        # record_heads holds the document heads too
        return (
            any(w in self.lex.record_heads for w in (word, singular(word)))
            or word in self.lex.authored
        )

    def _bare_object(self, toks: list[Token], j: int, floor: int) -> NounPhrase | None:
        """ "Some advocates for stem cell research said": bare nouns after a link,
        which alone are no speaker, and the head before the link that is."""
        k = j
        while k > floor and j - k < 3 and self._bare_noun(toks[k]):
            k -= 1
        if k == j or toks[k].lower not in self.lex.postmodifier_links:
            return None
        inner = Span(toks[k + 1].start, toks[j].end)
        phrase = NounPhrase(inner, inner, "description", None, None, j + 1)
        outer = self._postmodified(toks, phrase, floor)
        return None if outer is phrase else outer

    def _bare_noun(self, tok: Token) -> bool:
        """A lower-case word that may be a noun inside a postmodifier chain."""
        return (
            tok.is_word
            and not tok.is_cap
            and tok.lower not in self.lex.determiners
            and tok.lower not in self.stop_words
            and tok.lower not in self.lex.postmodifier_links
            and tok.lower not in self.lex.verbs
        )

    def _postmodified(
        self, toks: list[Token], phrase: NounPhrase, floor: int, depth: int = 0
    ) -> NounPhrase:
        """Extend a subject over the noun it modifies: "Mr. Morgan of the Sierra Club",
        "a narrator in the ad".  The head keeps its name; the phrase is its role."""
        first = _index_at(toks, phrase.mention.start)
        link = first - 1
        if link - 1 < floor:
            return phrase
        before = link - 1
        participle = (
            before - 1 >= floor
            # "People living near the plant", "Voters going to the polls"
            and (toks[link].lower in self.lex.prepositions or toks[link].lower == "to")
            and toks[before].lower.endswith("ing")
            and not toks[before].is_cap
            and toks[before].lower not in self.lex.verbs
            # not "The head of housing at the council": a noun after its preposition
            and toks[before - 1].lower not in self.lex.prepositions
        )
        # the link is a word: "The plant will close, the company said" has none
        adjective = (
            before - 1 >= floor
            and toks[link].is_word
            and (
                toks[before].lower in POSTMODIFIER_ADJECTIVES
                or toks[before].lower in IRREGULAR_PARTICIPLES
                # "Emails obtained by the newspaper show": a passive participle and its agent
                or (
                    toks[link].lower == "by"
                    and toks[before].lower.endswith("ed")
                    and not toks[before].is_cap
                    and toks[before - 1].is_word
                )
            )
        )
        if participle or adjective:
            before -= 1  # "Protesters marching through ...", "Sources close to her campaign"
            while (
                before - 1 >= floor
                and toks[link].lower in self.lex.prepositions
                and (
                    toks[before].lower == "not"
                    or (toks[before].lower.endswith("ly") and not toks[before].is_cap)
                )
            ):
                before -= 1  # "Scientists not (directly) involved in the report"
        elif toks[link].lower not in self.lex.postmodifier_links:
            return phrase
        elif toks[link].lower == "by" and not self._authored(toks[before].lower):
            # "A poll of 800 adults by Gallup": the record before its "of" phrase
            of = next(
                (
                    m
                    for m in range(before - 1, max(floor, before - AUTHORED_OF_REACH), -1)
                    if toks[m].lower == "of"
                    and m - 1 >= floor
                    and self._authored(toks[m - 1].lower)
                    and all(
                        t.is_word and not t.is_cap and t.lower not in self.lex.verbs
                        for t in toks[m + 1 : before + 1]
                    )
                ),
                None,
            )
            if of is None:
                return phrase  # "a study by X", but not "Trump leads Cruz by 9 points"
            before = of - 1
        head = self._ending_at(toks, before, floor)
        if head is None and depth < 2:
            # A chain: "People with knowledge of the plans", "a person familiar with
            # the planning for the meeting": a bare noun between two links.
            k = before
            while k > floor and before - k < 2 and self._bare_noun(toks[k]):
                k -= 1
            if k < before and toks[k].lower in self.lex.determiners:
                k -= 1
            if k < before:
                middle = Span(toks[k + 1].start, phrase.mention.end)
                inner = NounPhrase(middle, middle, "description", None, None, phrase.end_index)
                outer = self._postmodified(toks, inner, floor, depth + 1)
                if outer is not inner:
                    return replace(outer, reason=None, end_index=phrase.end_index)
            return phrase
        if head is None or head.kind == "pronoun" or head.mention.end != toks[before].end:
            return phrase
        if (
            toks[link].lower == "of"
            and head.kind == "name"
            and head.role is None
            and toks[before].is_cap
            and toks[before].lower in self.lex.organization_words
            and (toks[first].is_cap or (toks[first].lower == "the" and toks[first + 1].is_cap))
        ):
            # "The International Committee of the Red Cross": one body's name
            whole = Span(head.mention.start, phrase.mention.end)
            extended = NounPhrase(whole, whole, "name", None, head.reason, phrase.end_index)
        else:
            role = head.role
            if role is None or self._honorific(toks, role):
                role = Span(toks[before + 1].start, phrase.mention.end)  # not "Mr."
            extended = NounPhrase(
                Span(head.mention.start, phrase.mention.end),
                head.name,
                head.kind,
                role,
                head.reason,
                phrase.end_index,
            )
        if depth < 2 and head.kind != "pronoun":
            # "Officials familiar with the investigation into the crash", "Staff
            # for the House Committee on Benghazi": the head is itself the object
            # of an earlier link.
            outer = self._postmodified(toks, extended, floor, depth + 1)
            if outer is not extended and outer.kind != "pronoun":
                return replace(outer, reason=None, end_index=phrase.end_index)
        return extended

    def _appositive_left(self, toks: list[Token], comma: int, floor: int) -> NounPhrase | None:
        # "Imran Abid, a Quetta-based senior intelligence official, told"
        k = comma - 1
        while k >= floor and k > comma - 25:
            text = toks[k].text
            if text == ",":
                break
            if (
                not toks[k].is_word
                and text not in "()-’'.&"
                and text not in POSSESSIVE
                and text not in OPENING_MARKS
                and text[0] != "~"
            ):
                return None
            k -= 1
        else:
            return None
        if k < floor or toks[k].text != "," or k + 1 >= comma:
            return None
        opener = toks[k + 1].lower
        segment = " ".join(t.text for t in toks[k + 1 : comma])
        # "Jeff Weaver, Sanders' campaign manager, said", "Color of Change's director"
        possessive = toks[comma - 1].lower in self.lex.role_nouns and any(
            _owner(toks[m]) or _plural_possessive(toks, m, floor)
            for m in range(k + 1, min(comma - 1, k + 7))
        )
        # "China, Pyongyang's only ally and its economic lifeline, said": a name's
        # appositive that opens with another name's possessive, whatever its noun
        possessive = possessive or (
            k - 1 >= floor
            and toks[k - 1].is_cap
            and toks[k + 1].is_cap
            and any(_owner(toks[m]) for m in range(k + 1, min(comma - 1, k + 5)))
        )
        adverb_first = (  # "Trump, later alleging that ..., said"
            self.lex.participle_adverb(opener)
            and k + 2 < comma
            and toks[k + 2].lower.endswith("ing")
        )
        if (
            opener.endswith(("ing", "ed"))
            or opener in IRREGULAR_PARTICIPLES
            or opener in self.lex.prepositions
            or opener == "clad"
            or adverb_first
        ) and not toks[k + 1].is_cap:
            # "Sen. Lind (D-Ill.), noting the size of the crowd, said", "Blunt, after
            # a long pause, said": a participle or an adjunct, not a role; "Grant, 52,
            # of Dayton, said": past the age.
            head = self._ending_at(toks, self._past_age(toks, k, floor) - 1, floor)
            if head is None or head.kind == "pronoun":
                return None
            opens = _index_at(toks, head.mention.start)
            if opens > floor and toks[opens - 1].text == ",":
                # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July
                # 2012, said": "Colorado" is inside a longer aside
                longer = self._long_appositive(toks, comma, floor)
                if longer is not None:
                    return longer
            reason = None
            if self.lex.anonymity_reasons_re.search(" ".join(t.text for t in toks[k + 1 : comma])):
                # "A diplomat, speaking on condition of anonymity, said": why unnamed
                reason = Span(toks[k + 1].start, toks[comma - 1].end)
            return NounPhrase(head.mention, head.name, head.kind, head.role, reason, comma + 1)
        named = self._named_appositive(toks, k, comma, floor)
        if named is not None:
            return named
        lead = _past_name_modifiers(toks, k + 1, comma)  # "Her rival, former state Sen. ..."
        titled = (  # "Its medical director, Professor Alan Grey, said": a titled name
            toks[lead].text in self.lex.titles
            and all(t.is_cap or t.text == "." for t in toks[lead:comma])
            and not self._title_word(toks[comma - 1])
        )
        if titled or self._role_words(toks[k + 1 : comma]):
            named = self._name_after_description(toks, k, comma, floor)
            if named is not None:
                return named
        if (
            not self._opens_appositive(opener)
            and not SHORT_APPOSITIVE.fullmatch(segment)
            and not possessive
            and not self._role_segment(toks, k + 1, comma)
            and not self._counted_roles(toks, k + 1, comma)
        ):
            return self._name_after_description(toks, k, comma, floor) or self._hometown_chain(
                toks, comma, floor
            )
        role_start = toks[k + 1].start  # "Park, 38, a chemist, said": the role after the age
        k = self._past_age(toks, k, floor)
        before = self._past_connective(toks, k, floor)
        if before != k:
            k = before + 1  # "Osei, meanwhile, who has ..., said": the comma before it
        # "Two people briefed on the matter, who requested anonymity, said": a
        # participle phrase after the subject's noun, before the aside
        head = self.reduced_relative(toks, k, floor) or self._ending_at(toks, k - 1, floor)
        if (
            opener == "who"
            and head is not None
            and head.kind != "pronoun"
            and not self._starts_clause(toks, head, floor)
        ):
            # "while a buyer for a London store, who asked not to be named, said": the
            # noun the aside's antecedent modifies
            extended = self._postmodified(toks, head, floor)
            opens = _index_at(toks, extended.mention.start)
            if self._starts_clause(toks, extended, floor) or (
                toks[opens - 1].lower in self.lex.subordinators
            ):
                head = extended
        if (
            opener == "who"
            and head is not None
            and head.kind == "description"
            and not self._starts_clause(toks, head, floor)
        ):
            # "A man who owns a shop on the corner, who declined to give his name,
            # said": the subject's own relative clause before the aside's
            head = self._relative_left(toks, k - 1, floor) or head
        if head is None or head.kind == "pronoun":
            return None
        head = self._before_hometown(toks, head, floor)
        role: Span | None = Span(role_start, toks[comma - 1].end)
        reason = role if opener == "who" else None
        if segment.isdigit() or (head.role is not None and head.kind == "name" and opener == "who"):
            # "Defense Secretary Ash Carter, who visited Iraq, said", "Rovers striker Jamal
            # Okafor, 24, said": the title before the name says more than the aside, and
            # an age is no role
            role = head.role
        mention = head.mention
        opens = _index_at(toks, mention.start)
        if head.kind == "name" and opens - 2 > floor and toks[opens - 1].text == ",":
            # "Nevada's governor, Brian Sandoval, a Republican, said": the subject
            # starts at the description before the name.
            described = self._ending_at(toks, opens - 2, floor)
            if (
                described is not None
                and described.kind == "description"
                and self._starts_clause(toks, described, floor)
            ):
                mention = Span(described.mention.start, mention.end)
        return NounPhrase(mention, head.name, head.kind, role, reason, comma + 1)

    def _named_appositive(
        self, toks: list[Token], k: int, comma: int, floor: int
    ) -> NounPhrase | None:
        """ "Her neighbor, a fisherman named Arvid Lund, disagrees": an appositive
        between the commas at toks[k] and toks[comma] that names the person with
        "named" or "called"; the description before it and the appositive's noun are
        the role."""
        if toks[k + 1].lower not in ("a", "an"):
            return None
        at = next(
            (
                m
                for m in range(k + 3, comma - 1)
                if toks[m].lower in ("named", "called") and toks[m + 1].is_cap
            ),
            None,
        )
        if at is None or not all(t.is_cap for t in toks[at + 1 : comma]):
            return None
        head = self._ending_at(toks, k - 1, floor)
        if head is None or head.kind != "description":
            return None
        name = Span(toks[at + 1].start, toks[comma - 1].end)
        mention = Span(head.mention.start, name.end)
        role = Span(head.mention.start, toks[at - 1].end)
        return NounPhrase(mention, name, "name", role, None, comma + 1)

    def _possessive_role(self, toks: list[Token], start: int, end: int) -> bool:
        """ "Clinton's in-state communications director": a name's role."""
        for m in range(start, min(end, start + 4)):
            if _owner(toks[m]):
                return any(t.lower in self.lex.role_nouns for t in toks[m + 1 : end])
            if not toks[m].is_cap:
                return False
        return False

    def _role_segment(self, toks: list[Token], start: int, end: int) -> bool:
        """ "legal director for the ACLU", "refugee rights program director at HRW":
        a lower-case role without an article, its role noun among the first words."""
        if start >= end or not toks[start].is_word:
            return False
        if toks[start].is_cap:
            # "South Carolina director for Sanders": a place or an organisation,
            # then the lower-case role noun
            k = start
            while k < end and k - start < 3 and toks[k].is_cap:
                k += 1
            return k < end and toks[k].lower in self.lex.role_nouns and not toks[k].is_cap
        return any(t.lower in self.lex.role_nouns for t in toks[start : min(end, start + 5)])

    def _counted_roles(self, toks: list[Token], start: int, end: int) -> bool:
        """ "two lawyers for the family", "both co-chairs of the panel": a count and
        a plural role noun, the role of a coordinated subject."""
        if end - start < 2 or not (
            toks[start].lower in self.lex.ratio_numbers or toks[start].lower == "both"
        ):
            return False
        word = toks[start + 1].lower
        return word.endswith("s") and word[:-1] in self.lex.role_nouns

    def _past_age(self, toks: list[Token], comma: int, floor: int) -> int:
        """ "Marley Ann, 21, a junior from Las Vegas, said": the comma before the age."""
        if (
            comma - 2 >= floor
            and toks[comma - 2].text == ","
            and _biographic_piece(toks[comma - 1 : comma]) == "age"
        ):
            return comma - 2
        return comma

    def _hometown_chain(self, toks: list[Token], comma: int, floor: int) -> NounPhrase | None:
        """ "Cory James, 22, of Flint, Mich., said": a name, then only an age, a
        hometown and its state between commas."""
        end = comma
        seen = False
        for _ in range(4):
            m = end - 1
            while m >= floor and toks[m].text != "," and end - m < 8:
                m -= 1
            if (m < floor or toks[m].text != ",") and end != comma and not seen:
                # "Residents of Dayton, Ohio, said": a place and its state after the noun
                phrase = self._ending_at(toks, end - 1, floor)
                if phrase is None or phrase.kind == "pronoun":
                    return None
                phrase = self._postmodified(toks, phrase, floor)
                opens = _index_at(toks, phrase.mention.start)
                if opens > floor and toks[opens - 1].is_word:
                    return None  # "on the outskirts of Mastung, Balochistan, said officials"
                return NounPhrase(
                    phrase.mention, phrase.name, phrase.kind, phrase.role, None, comma + 1
                )
            if m < floor or toks[m].text != ",":
                return None
            segment = toks[m + 1 : end]
            if not segment:
                return None
            piece = _biographic_piece(segment)
            if piece is None:
                return None
            seen = seen or piece != "place"
            end = m
            name = self._ending_at(toks, m - 1, floor) if seen else None
            if name is not None and name.kind == "name":
                opens = _index_at(toks, name.mention.start)
                if opens == floor or not toks[opens - 1].is_word:  # after "," or "(" too
                    return NounPhrase(name.mention, name.name, name.kind, None, None, comma + 1)
        return None

    def _name_before_asides(self, toks: list[Token], head: NounPhrase, floor: int) -> NounPhrase:
        """ "Maria Lopez, chief executive of Brightline, a Denver company, said", "Paul
        Ortiz, a farmer from Ames, Iowa, who farms corn, said": the name that opens the
        clause, before one or two role asides, not the aside nearest the verb.  The
        asides between the name and the verb are its role."""
        opens = _index_at(toks, head.mention.start)
        last = _index_at(toks, head.mention.end) - 1
        if toks[opens].is_cap and not (
            # a state after a hometown ("from Ames, Iowa,"), not "The aide, Kim Park,"
            _biographic_piece(toks[opens : last + 1]) == "place"
            and sum(1 for t in toks[opens : last + 1] if t.is_word) <= 2
            and opens - 2 >= floor
            and toks[opens - 2].is_cap
        ):
            return head
        k = opens
        for _ in range(3):
            if k - 2 < floor or toks[k - 1].text != ",":
                return head
            comma = k - 1
            m = comma - 1
            while m >= floor and (toks[m].is_word or toks[m].text in NAME_MARKS) and comma - m < 10:
                m -= 1
            start = m + 1
            if start >= comma or (m >= floor and toks[m].is_word):
                return head
            name = self._ending_at(toks, comma - 1, floor)
            if (
                name is not None
                and name.kind == "name"
                and _index_at(toks, name.mention.start) == start
                and not self._opener_word(toks[start])
                and self._opens_clause_after(toks, start, floor)
            ):
                if toks[head.end_index - 1].text != ",":
                    return head
                role = Span(toks[comma + 1].start, toks[head.end_index - 2].end)
                return NounPhrase(name.mention, name.name, name.kind, role, None, head.end_index)
            segment = toks[start:comma]
            if (
                m < floor
                or toks[m].text != ","
                or not (
                    self._opens_appositive(segment[0].lower)
                    or self._role_segment(toks, start, comma)
                    or _biographic_piece(segment) is not None
                )
            ):
                return head
            k = start
        return head

    def _opener_word(self, tok: Token) -> bool:
        """ "Similarly,", "Friday,", "Of Carson,": a sentence opener, not a name."""
        return opening_word(tok.lower, self.lex) or tok.lower in self.lex.time_words

    def _opens_clause_after(self, toks: list[Token], start: int, floor: int) -> bool:
        """Whether a phrase at toks[start] opens its clause: the sentence's start, a
        mark, a comma after an opening connective ("Meanwhile, ...") or after the
        clause that a tail cue reports."""
        if start == floor or (not toks[start - 1].is_word and toks[start - 1].text != ","):
            return True
        if toks[start - 1].text != "," or start - 2 < floor:
            return False
        if (start - 2 == floor or not toks[start - 3].is_word) and toks[
            start - 2
        ].lower in self.lex.connectives:
            return True
        # "The plan was dead, Ann Lee, ..., said": after the clause it reports
        k = start - 2
        while k >= floor and toks[k].is_word:
            k -= 1
        return start - 2 - k >= 4 and (k < floor or toks[k].text != ",")

    def _before_hometown(self, toks: list[Token], head: NounPhrase, floor: int) -> NounPhrase:
        """ "Harry Bond, 30, of Raleigh, N.C., who ...": the name before an age and a
        hometown, not the state that ends them."""
        k = _index_at(toks, head.mention.start)
        seen = False
        for _ in range(4):
            if k - 2 < floor or toks[k - 1].text != ",":
                break
            comma = k - 1
            m = comma - 1
            while m >= floor and toks[m].text != "," and comma - m < 8:
                m -= 1
            segment = toks[m + 1 : comma]
            if not segment:
                break
            piece = _biographic_piece(segment)
            if piece in ("hometown", "age") or (piece == "place" and not seen):
                seen = seen or piece != "place"
                k = m + 1
                continue
            if seen:
                name = self._ending_at(toks, comma - 1, floor)
                if name is not None and name.kind == "name":
                    return name
            break
        return head

    def before_comma(self, toks: list[Token], comma: int) -> NounPhrase | None:
        """A subject set off by a stray comma ("Gov. Tom Hale (R-OH), said, “"):
        only a name or description that opens the sentence or its main clause."""
        phrase = self._ending_at(toks, comma - 1, 0)
        if phrase is None or phrase.kind == "pronoun":
            return None
        k = _index_at(toks, phrase.mention.start)
        if k > 0 and toks[k - 1].text != ",":
            return None
        return NounPhrase(phrase.mention, phrase.name, phrase.kind, phrase.role, None, comma + 1)

    def _role_words(self, words: list[Token]) -> int:
        """Where the name starts after lower-case role words that open an appositive
        ("the actor Tom Hanks", "former prosecutor Ann Lee"), or 0 when they do not
        end on a role noun right before a run of capitals to the end."""
        m = 1 if words and words[0].lower in self.lex.determiners else 0
        while m < min(len(words) - 1, 4) and not words[m].is_cap and words[m].is_word:
            m += 1
        if (
            0 < m < len(words) - 1
            and not words[m - 1].is_cap
            and (
                words[m - 1].lower in self.lex.role_nouns or words[m - 1].lower in self.lex.genders
            )
            and all(w.is_cap or w.text == "." for w in words[m:])
        ):
            return m
        return 0

    def _name_after_description(
        self, toks: list[Token], k: int, comma: int, floor: int
    ) -> NounPhrase | None:
        """ "The state's campaign chairman, Phil Lovas, said": a role, then the name
        (and perhaps a party and state: "The niece, Ann Lee (D-Ohio), said")."""
        words = toks[k + 1 : comma]
        lead = _past_name_modifiers(words, 0, len(words))  # "former state Sen. Linda Park"
        if lead and words[lead].text in self.lex.titles:
            words = words[lead:]
        words = words[self._role_words(words) :]  # "Her husband, the actor Tom Hanks,"
        if words and words[-1].text == ")":
            opening = _matching_open(words, len(words) - 1, 0)
            if opening is not None and opening > 0:
                words = words[:opening]
        if not words:
            return None
        end = words[-1].end  # the mention's end, a place after the name included
        nick = next(
            (
                n
                for n in range(1, len(words) - 3)
                if _nickname_ends(words, n + 2, 0, len(words) - 1)
            ),
            None,
        )
        if nick is not None:
            words = words[:nick] + words[nick + 3 :]  # 'Marcia "Cia" Price': no nickname
        of = next((n for n, w in enumerate(words) if w.lower in ("of", "at") and n > 1), None)
        if (
            of is not None
            and of + 1 < len(words)
            and (
                words[of + 1].is_cap
                or (words[of + 1].lower == "the" and of + 2 < len(words) and words[of + 2].is_cap)
            )
            and all(w.is_cap or w.lower in PLACE_LINKS for w in words[of + 1 :])
        ):
            # "Dr. Aisha Bello of Oxford University", "Dan White of Liberty Baptist
            # Church in Marion", "Viktor Hallberg of the Karolinska Institute": her place
            words = words[:of]
        # "Two members of Congress from Florida, Ileana Ros-Lehtinen and Carlos
        # Curbelo, have said": the names of the group described
        joined = next((n for n, w in enumerate(words) if w.lower == "and"), None)
        if joined is not None and not (
            0 < joined < len(words) - 1 and words[joined - 1].is_cap and words[joined + 1].is_cap
        ):
            return None
        limit = 5 if joined is None else 9
        if not 1 <= len(words) <= limit or not words[0].is_cap or not words[-1].is_cap:
            return None
        if not all(
            w.is_cap or w.lower in self.lex.name_connectors or w.text == "." or n == joined
            for n, w in enumerate(words)
        ):
            return None
        # "a witness who lives nearby, Marcus Bell, said": a description with its
        # relative clause before the name
        description = self._relative_left(toks, k - 1, floor) or self._ending_at(toks, k - 1, floor)
        if description is not None and description.kind == "name":
            # "A spokesperson for Alvarado, Tess Monroe, said": the role the name ends
            # (not "a rally in Charleston, West Virginia,")
            extended = self._postmodified(toks, description, floor)
            head = toks[_index_at(toks, extended.name.end) - 1].lower
            if extended.kind == "description" and any(
                word in self.lex.role_nouns or word in self.lex.anonymous_heads
                for word in (head, head.removesuffix("s"))
            ):
                description = extended
            elif extended.kind == "name" and extended.role is not None:
                # "Two members of Congress from Florida, X and Y, said": the people
                # the role names ("members"), not the body
                last = _index_at(toks, extended.role.end) - 1
                while last > floor and toks[last].lower in self.lex.postmodifier_links:
                    last -= 1  # the role "Two members of" ends at its link
                held = toks[last].lower
                if self.lex.unnamed_group(held) or held.removesuffix("s") in self.lex.role_nouns:
                    description = NounPhrase(
                        extended.mention,
                        extended.mention,
                        "description",
                        None,
                        None,
                        extended.end_index,
                    )
        if description is not None and description.kind == "name":
            # "One pastor supporting Mr. Cruz, Dan White, said": the participle's head
            description = self.reduced_relative(toks, k, floor) or description
        if description is None or not (
            description.kind == "description"
            # "A supporter of Mr. Cruz, Dan White, said": a description naming another
            or toks[_index_at(toks, description.mention.start)].lower in self.lex.determiners
        ):
            return None
        if (
            len(words) == 1
            and not self._kin_or_role(toks, description, words[0])
            and not (  # "who gave only his first name, Marcus,"
                description.reason is not None
                and self.lex.anonymity_reasons_re.search(
                    " ".join(t.text for t in toks[_index_at(toks, description.reason.start) : k])
                )
            )
        ):
            return None  # a first name alone only after "Her son", "his spokesman"
        description = self._postmodified(toks, description, floor)
        n = 0
        while n < len(words) - 1 and words[n].text in self.lex.titles:
            n += 1  # "Dr. Aisha Bello": the name after the title
        name = Span(words[n].start, words[-1].end)
        opens = _index_at(toks, description.mention.start)
        first = toks[opens].lower
        if (first.endswith("ing") and first not in ING_NOUNS) or (
            opens > floor
            and toks[opens - 1].is_word
            and toks[opens - 1].lower not in ("and", "but")
        ):
            # "After the vote, Gov. Kasich (R-Ohio), said", "after winning Ohio, Gov.
            # Kasich said": an adjunct before the name, not its description.
            whole = Span(toks[k + 1].start, toks[comma - 1].end)
            return NounPhrase(whole, name, "name", None, None, comma + 1)
        mention = Span(description.mention.start, end)
        return NounPhrase(mention, name, "name", description.mention, None, comma + 1)

    def _reason_aside(self, toks: list[Token], k: int, ceiling: int) -> bool:
        """Does an aside at toks[k] say why the source is unnamed ("who asked not to
        be named", "speaking on condition of anonymity")?"""
        aside = " ".join(t.text for t in toks[k : min(ceiling, k + 11)])
        reasons = self.lex.anonymity_reasons_re
        return reasons.match(aside) is not None or (
            toks[k].lower.endswith("ing") and reasons.search(aside) is not None
        )

    def _kin_or_role(self, toks: list[Token], description: NounPhrase, name: Token) -> bool:
        """Is a one-word name after this description a person's ("Her son, Miguel,",
        "The mayor's aide, Tomas,")? The description is someone's relative or role."""
        first = _index_at(toks, description.mention.start)
        last = _index_at(toks, description.mention.end) - 1
        head = toks[last].lower
        owned = toks[first].lower in POSSESSIVE_PRONOUNS or any(
            t.text in POSSESSIVE or t.lower.endswith(("’s", "'s")) for t in toks[first:last]
        )
        return (
            owned
            and (head in self.lex.genders or head in self.lex.role_nouns)
            and name.lower not in self.lex.time_words
            and name.lower not in self.lex.not_names
        )

    def _past_ago(self, toks: list[Token], j: int, floor: int) -> int:
        """The index before a time phrase ending in "ago" at toks[j] ("two weeks ago",
        "less than a year ago", "days ago"), or j when there is none."""
        if j - 1 <= floor or toks[j].lower != "ago":
            return j
        unit = toks[j - 1].lower.removesuffix("s")
        if unit not in TIME_NOUNS and unit not in AGO_UNITS:
            return j
        k = j - 2
        while k > floor and (
            toks[k].lower in AGO_COUNTS
            or toks[k].lower in self.lex.ratio_numbers
            or toks[k].text.isdigit()
        ):
            k -= 1  # "two", "a few", "18"
        while k > floor and toks[k].lower in self.lex.ratio_approximators:
            k -= 1  # "less than two weeks ago", "just days ago"
        return k

    def _relative_left(self, toks: list[Token], j: int, floor: int) -> NounPhrase | None:
        # "a senior official who spoke on condition of anonymity said"
        if (
            toks[j].lower in ("i", "he", "she", "we", "they")
            and j - 2 >= floor
            and toks[j - 1].lower in self.lex.verbs
            and any(t.lower == "who" for t in toks[max(floor, j - 4) : j - 1])
        ):
            return None  # "residents who said they opposed the plan": its subject is "they"
        k = j
        while k >= floor and j - k < 15 and toks[k].is_word:
            if toks[k].lower in ("who", "whose") or (
                toks[k].lower == "that"
                and k < j
                and k - 1 >= floor
                and (
                    toks[k - 1].lower.endswith("s")
                    # "The company that makes the device said": a body or a role, the
                    # subject of its relative ("the committee that he chaired" is no
                    # subject relative, nor "spoke before the committee that he ...")
                    or (
                        (
                            toks[k - 1].lower in self.lex.organization_words
                            or toks[k - 1].lower in self.lex.role_nouns
                        )
                        and toks[k + 1].is_word
                        and not toks[k + 1].is_cap
                        and toks[k + 1].lower not in self.lex.pronouns
                        and toks[k + 1].lower not in self.lex.determiners
                        and contracted_pronoun(toks[k + 1], self.lex) is None  # "they’re"
                    )
                )
                # not "Kwan explains that doctors found X and told": a cue, no noun
                and (
                    toks[k - 1].lower not in self.lex.verbs
                    or toks[k - 1].lower in self.lex.plural_nouns
                )
            ):  # "organizations that have endorsed him say", not "... that have endorsed"
                if k - 2 >= floor and toks[k - 1].lower in ("and", "but"):
                    # "A worker who shops there and who asked not to be named said":
                    # the second of two relative clauses; the first one's antecedent
                    first = self._relative_left(toks, k - 2, floor)
                    if first is not None and first.role is not None:
                        clause = Span(first.role.start, toks[j].end)
                        return replace(first, role=clause, reason=clause, end_index=j + 1)
                # "engineers at companies that tested the chip told": the whole
                # phrase before the relative, postmodifier and all
                head = self._ending_at(toks, k - 1, floor)
                opens = _index_at(toks, head.mention.start) if head is not None else k
                if opens - 1 > floor and (
                    head is None or toks[opens - 1].lower in self.lex.postmodifier_links
                ):
                    whole = self.left(toks, k, floor)
                    starts = _index_at(toks, whole.mention.start) if whole is not None else 0
                    if whole is not None and not (
                        starts > floor
                        and toks[starts - 1].text == ","
                        # (but "While only 7 percent said X, 27 percent of those who")
                        and toks[floor].lower not in self.lex.subordinators
                    ):
                        head = whole  # (an appositive keeps the name it describes)
                if head is None or head.kind == "pronoun":
                    return None
                clause = Span(toks[k].start, toks[j].end)
                return NounPhrase(head.mention, head.name, head.kind, clause, clause, j + 1)
            k -= 1
        return None

    def _labelled_name(self, toks: list[Token], the: int, floor: int) -> bool:
        """ "Industry body the Rail Delivery Group", "Think tank the Resolution
        Foundation": toks[the] is "the" between a bare label that opens the clause
        (an organisation noun and at most one word before it) and a capitalised name."""
        label = the - 1
        if (
            toks[the].lower != "the"
            or label < floor
            or the + 1 >= len(toks)
            or not toks[the + 1].is_cap
            or toks[label].is_cap
            or not (
                toks[label].lower in self.lex.organization_words
                # "Vatican spokesman the Rev. Federico Lombardi": a role, then a title
                or (
                    toks[label].lower in self.lex.role_nouns
                    and toks[the + 1].text in self.lex.titles
                )
            )
        ):
            return False
        opens = label - 1 if label - 1 >= floor and toks[label - 1].is_word else label
        return (
            toks[opens].lower not in self.lex.determiners
            and toks[opens].lower not in self.lex.prepositions
            and (opens == floor or not toks[opens - 1].is_word)
        )

    def _joined_modifier(self, toks: list[Token], k: int, floor: int) -> bool:
        """Is the base form at `k` the second of two modifiers joined by "and"
        ("federal and state officials", "local and state prosecutors")?"""
        return (
            k - 2 >= floor
            and toks[k - 1].lower == "and"
            and self.lex.verbs[toks[k].lower].lemma == toks[k].lower
            and (toks[k - 2].is_cap or self._coordinated_modifier(toks[k - 2]))
        )

    def _group_head(self, word: str) -> bool:
        """Can a lower-case head noun after a base form make that form its modifier
        ("state officials", "state inspectors", "state records")?"""
        return (
            word in self.lex.anonymous_heads
            or self.lex.unnamed_group(word)
            or word in self.lex.record_heads
        )

    def _coordinated_modifier(self, tok: Token) -> bool:
        """Can `tok` be one of two modifiers joined before a head noun ("current",
        "former", "state", "Republican")?"""
        word = tok.lower
        return (
            tok.is_word
            and not word.endswith("s")
            and word not in self.stop_words
            and word not in self.lex.verbs
            and word not in self.lex.determiners
            and word not in self.lex.pronouns
        )

    def _noun_like(self, toks: list[Token], k: int) -> bool:
        """Is toks[k] a cue form that is as often a noun ("email", "claims")?"""
        if k >= len(toks):
            return False
        word = toks[k].lower
        return word in self.lex.plural_nouns or word + "s" in self.lex.plural_nouns

    def _listed_name_comma(self, toks: list[Token], k: int, j: int, floor: int) -> bool:
        """Whether the comma toks[k] lists words inside a body's name: capitals on both
        sides, an "and" before toks[j], and back past the capitals and commas an
        organisation's head and its "for", "of" or "on" ("the Department for
        Environment, Food and Rural Affairs", "the Ministry of Agriculture, Fisheries and
        Food"); not two names ("In Ohio, Smith and Jones said")."""
        if not (toks[k - 1].is_cap and toks[k + 1].is_cap):
            return False
        if not any(t.lower == "and" for t in toks[k + 1 : j]):
            return False
        m = k - 1
        while m > floor and (toks[m].is_cap or toks[m].text == ","):
            m -= 1
        return (
            toks[m].lower in ("for", "of", "on")
            and m - 1 >= floor
            and toks[m - 1].is_cap
            and toks[m - 1].lower in self.lex.organization_words
        )

    def _ending_at(self, toks: list[Token], j: int, floor: int) -> NounPhrase | None:
        if j < floor:
            return None
        last = toks[j]
        if (
            last.is_cap
            and (j == 0 or not toks[j - 1].is_word)
            and last.lower.endswith("ing")
            and last.lower in self.lex.verbs
            and j + 1 < len(toks)
            and toks[j + 1].text == ","
        ):
            return None  # "Reacting, the commissioner, Mr Wahab, said": a participle
        if (
            last.lower in OBJECT_PRONOUNS
            and j - 1 > floor
            and toks[j - 1].lower in self.lex.postmodifier_links
            and not (last.lower == "her" and self._noun_like(toks, j + 1))  # "of her email use"
        ):
            # "sources close to her say": the object of a postmodifier, and its head
            span = Span(last.start, last.end)
            obj = NounPhrase(span, span, "pronoun", None, None, j + 1)
            extended = self._postmodified(toks, obj, floor)
            return extended if extended is not obj else None
        if (
            last.lower in self.lex.pronouns
            and last.lower not in ("her", "him", "them")
            and not _acronym(last)  # "WHO warns of ...": the World Health Organization
        ):
            span = Span(last.start, last.end)
            return NounPhrase(span, span, "pronoun", None, None, j + 1)
        contracted = contracted_pronoun(last, self.lex) if last.is_word else None
        if contracted is not None:
            # "They’ve been saying": the pronoun without its auxiliary
            return NounPhrase(contracted, contracted, "pronoun", None, None, j + 1)
        k = j
        lower_words = 0
        max_lower = MAX_LOWER_WORDS
        skipped = 0  # a party and state or an acronym in brackets is not counted
        while k >= floor and j - k - skipped < MAX_NP_TOKENS:
            tok = toks[k]
            text = tok.text
            if _nickname_ends(toks, k, floor, j):
                k -= 3  # 'Marcia "Cia" Price': a quoted nickname inside a name
                continue
            if text == ")":
                opening = _matching_open(toks, k, floor)
                if opening is None:
                    break
                skipped += k - opening + 1
                k = opening - 1  # "(ISPR)", "(R-Ohio)", "(D-Md.)"
                continue
            if text in POSSESSIVE or _plural_possessive(toks, k, floor):
                k -= 1
                continue
            if (
                text == "%"
                and k > floor
                and toks[k - 1].text[0].isdigit()
                and not (k - 2 >= floor and toks[k - 2].lower in POSSESSIVE_PRONOUNS)
            ):
                k -= 1  # "26% say", but not "His 32% support gives him"
                continue
            if text in "/&" and floor < k < j and toks[k - 1].is_cap and toks[k + 1].is_cap:
                k -= 1  # "a Washington Post/ABC poll", "CNN/ORC", "Procter & Gamble"
                continue
            if text == "+" and floor < k and toks[k - 1].is_cap and toks[k - 1].end == tok.start:
                k -= 1  # "Two OPEC+ sources"
                continue
            if (
                text == ","
                and floor < k < j
                and toks[k - 1].is_cap
                and toks[k + 1].lower.rstrip(".") in COMMA_SUFFIXES
            ):
                k -= 1  # "Northfield Bancorp, Inc.": a company's suffix after its comma
                continue
            if text == "," and floor < k < j and self._listed_name_comma(toks, k, j, floor):
                k -= 1  # "the Department for Environment, Food and Rural Affairs"
                continue
            if not tok.is_word:
                break
            if tok.lower in self.lex.determiners or (
                tok.lower in DEMONSTRATIVES and k < j  # "this source told the Post"
            ):
                if self._labelled_name(toks, k, floor):
                    k -= 1  # "Industry body the Rail Delivery Group": the label leads
                    continue
                k -= 1
                if (
                    k >= floor
                    and (tok.lower in self.lex.ratio_numbers or tok.lower in COUNT_WORDS)
                    and toks[k].lower in COUNT_LEADERS
                ):
                    k -= 1  # "The two leaders said", "his three sons say": the article too
                elif k >= floor and tok.lower in ("most", "least") and toks[k].lower == "the":
                    k -= 1  # "The most recent poll shows": a superlative, not a quantifier
                elif k >= floor and tok.lower == "few" and toks[k].lower == "a":
                    k -= 1  # "A few analysts said": the article of the count
                elif k >= floor and tok.lower == "other" and toks[k].lower in self.lex.determiners:
                    # "The other candidates said", "two other aides said", "..., while
                    # the other said X": "other" is no article, its own goes with it
                    k -= 1
                elif (
                    k - 1 >= floor
                    and toks[k].lower == "other"
                    and toks[k - 1].lower in self.lex.determiners
                    and (tok.lower in self.lex.ratio_numbers or tok.lower in COUNT_WORDS)
                ):
                    k -= 2  # "The other two candidates said": the article, "other", the count
                elif k >= floor and toks[k].lower in PREDETERMINERS and tok.lower in PREDETERMINED:
                    k -= 1  # "All the candidates said", "both his lawyers": the whole
                break
            if tok.is_cap:
                if (
                    tok.lower in self.lex.not_names
                    and k != j
                    and not _house_number(toks, k)
                    and not _capital_link(toks, k, floor, len(toks), self.lex)
                    # "A USA Today poll": a time word inside a title-case name
                    and not (
                        tok.lower in self.lex.time_words
                        and k - 1 >= floor
                        and toks[k - 1].is_cap
                        and toks[k - 1].lower not in self.lex.time_words
                    )
                ):
                    break
                k -= 1
                continue
            if (
                (tok.lower in self.lex.name_connectors or self._body_on(toks, k, j + 1))
                and k > floor
                and toks[k - 1].is_cap
                # "held rates on Wednesday and officials signaled": a day joins no name
                and not (tok.lower == "and" and toks[k - 1].lower in self.lex.time_words)
            ):
                k -= 1
                continue
            if (
                tok.lower == "and"
                and k > floor
                and toks[k - 1].lower in self.lex.role_nouns
                and (
                    toks[j].lower in self.lex.role_nouns or toks[k + 1].lower in self.lex.role_nouns
                )
            ):
                # "the Vermont senator and presidential candidate", "co-founder and CEO
                # Priya Raman": two roles
                k -= 1
                continue
            if (
                tok.lower == "and"
                and floor < k < j - 1
                and self._coordinated_modifier(toks[k - 1])
                and (
                    self._coordinated_modifier(toks[k + 1])
                    or (
                        toks[k + 1].lower in self.lex.verbs
                        and self._group_head(toks[j].lower)
                        and self._joined_modifier(toks, k + 1, floor)
                    )
                )
            ):
                k -= 1  # "current and former officials", "state and local officials"
                continue
            if (
                tok.lower in RANK_WORDS
                and floor < k < j
                and toks[k - 1].lower in self.lex.determiners
                and toks[k + 1].lower not in TIME_NOUNS
            ):
                k -= 1  # "The last witness said": a rank after an article, no time word
                continue
            if tok.lower in self.stop_words:
                break
            if (
                tok.lower in self.lex.verbs
                and not (
                    k - 1 >= floor
                    and (
                        toks[k - 1].is_cap
                        or toks[k - 1].lower in self.lex.determiners
                        or toks[k - 1].lower == "of"  # "the former secretary of state"
                        # "familiar with Cruz’s thinking": a possessive makes it a noun
                        or toks[k - 1].text in POSSESSIVE
                        or toks[k - 1].lower.endswith(("’s", "'s"))
                        or toks[k - 1].lower in POSSESSIVE_PRONOUNS
                    )
                )
                # "the congressional report said": the noun before the verb
                and not (k == j and self._noun_like(toks, k))
                # "The final ruling says", "A recent briefing found": a noun in -ing
                # before the verb, whatever modifies it
                and not (k == j and tok.lower in ING_NOUNS)
                # "state media reported", "the press office said": a base form
                # before a body is a noun
                and not (
                    k < j
                    and self.lex.verbs[tok.lower].lemma == tok.lower
                    and (
                        toks[k + 1].lower in self.lex.organization_words
                        # "the former state treasurer", "the former state Sen. Ralph
                        # Lee": a base form before a role or a title
                        or (k + 1 == j and toks[j].lower in self.lex.role_nouns)
                        # "launch director Carmen Ibáñez": a role and the name after it
                        or (
                            k + 1 < j
                            and toks[k + 1].text in self.lex.role_nouns
                            and toks[k + 2].is_cap
                        )
                        or toks[k + 1].text in self.lex.titles
                        # "..., state (election) officials said": the first word
                        # of a phrase with a source's head
                        # ("..., state inspectors said", "..., state records show")
                        or (
                            self._group_head(toks[j].lower)
                            and (
                                k == floor
                                or not toks[k - 1].is_word
                                # "federal and state officials": the second of
                                # two modifiers of the source's head
                                or self._joined_modifier(toks, k, floor)
                            )
                        )
                    )
                )
            ):
                break  # but "the IMF report stated": a noun after a name
            if (
                text[0].isdigit()
                and not AGE_WORD.fullmatch(text)
                and "/" not in text  # "9/11 widow Terry Strada said"
                and not (
                    k - 1 >= floor
                    and (
                        toks[k - 1].lower in self.lex.determiners
                        or toks[k - 1].lower == "that"
                        # "a No 10 spokesman": Downing Street by its number
                        or _house_number(toks, k - 1)
                        # "residents of Rohini Sector 16, who", "Teamsters Local 727
                        # said": a name that ends in its number (not a year)
                        or (
                            k == j
                            and text.isdigit()
                            and len(text) <= 3
                            and toks[k - 1].is_cap
                            and toks[k - 1].lower.rstrip(".") not in MONTHS
                        )
                        # "Transport Workers Union Local 312 president X": a number
                        # inside a name
                        or (toks[k - 1].is_cap and toks[k - 1].lower in self.lex.numbered_names)
                        # "the Nov. 8 election", not "Clinton in December 1992:"
                        or (
                            toks[k - 1].lower.rstrip(".") in MONTHS
                            and k < j
                            and toks[k + 1].is_word
                            and not toks[k + 1].is_cap
                        )
                    )
                )
                and not (k + 1 <= j and toks[k + 1].lower in ("percent", "%"))
                and not _count_of(toks, k, j)
                and not _group_count(toks, k, j)
            ):
                break  # but "the 43-year-old asked", "a 2012 campaign veteran said",
                # "28 percent of voters said"
            # "58 percent of rural voters": the count is free, and so is "of" ("a
            # strong majority of Democratic primary voters")
            if (
                not text[0].isdigit()
                and tok.lower != "of"
                # "the country's main association of fuel importers": an owner stands
                # for a determiner
                and not (k < j and tok.lower.endswith(("’s", "'s")))
                and not (
                    k + 1 < j
                    and toks[k + 1].lower.endswith(("’s", "'s"))
                    and tok.lower in self.lex.determiners
                )
            ):
                lower_words += 1
            if lower_words > max_lower:
                if max_lower != MAX_LOWER_WORDS or not self._opening_determiner(toks, k, j, floor):
                    break
                # "The Democratic presidential front-runner and former secretary of
                # state said": a long description that opens the sentence with its
                # article
                max_lower = MAX_LOWER_WORDS + OPENING_EXTRA_WORDS
            k -= 1
        first = k + 1
        # Sentence-initial capitals that are not names ("But", "Then", "Virtually all").
        while (
            first <= j
            and toks[first].is_cap
            and (
                (
                    toks[first].lower in self.lex.not_names
                    and not _acronym(toks[first])  # "WHO warns": an acronym is a name
                    and toks[first].lower not in self.lex.determiners  # "The mayor said"
                    and not (toks[first].lower in DEMONSTRATIVES and first < j)  # "This source"
                    and not (first < j and _house_number(toks, first))  # "No 10 said"
                )
                or (
                    toks[first].lower.endswith("ly")
                    and first < j
                    and not toks[first + 1].is_cap  # but "Kelly Ayotte"
                    # and "Streamly spokesperson Eli Kestler": a company before a role
                    # and its name
                    and not (
                        first + 2 <= j
                        and toks[first + 1].lower in self.lex.role_nouns
                        and toks[first + 2].is_cap
                    )
                )
            )
        ):
            first += 1
        if first > j:
            return None
        while (
            first - 1 >= floor
            and toks[first - 1].lower in self.lex.ratio_approximators
            and (
                _count_of(toks, first, j)
                or _group_count(toks, first, j)
                or toks[first].lower in self.lex.ratio_approximators
            )
        ):
            first -= 1  # "About 200 protesters", "more than 40 lawmakers"
        return self._build(toks, first, j)

    def _opening_determiner(self, toks: list[Token], k: int, j: int, floor: int) -> bool:
        """Whether an article that opens the sentence (or follows punctuation) stands at most
        OPENING_EXTRA_WORDS words before toks[k], and every word from it to toks[j]
        can be part of one noun phrase (no verb, adverb or preposition but "of")."""
        opening = next(
            (
                m
                for m in range(k - 1, max(floor, k - OPENING_EXTRA_WORDS - 1) - 1, -1)
                if toks[m].lower in ARTICLES
            ),
            None,
        )
        # at the sentence's start, or after a comma or a quotation's closing mark
        # ('"...," the health system's chief medical officer, Laura Kim, said')
        if opening is None or (opening != floor and toks[opening - 1].is_word):
            return False
        for m in range(opening + 1, j + 1):
            tok = toks[m]
            if tok.is_cap or tok.lower in ("of", "and"):
                continue
            word = tok.lower
            if (
                not tok.is_word
                or word in self.stop_words
                # "secretary of state", "state treasurer": a noun after "of" or
                # before a role
                or (
                    word in self.lex.verbs
                    and toks[m - 1].lower != "of"
                    and not (m < j and toks[m + 1].lower in self.lex.role_nouns)
                )
                or word in IRREGULAR_PAST
                or word in self.lex.prepositions
                or word.endswith(("ed", "ly"))
            ):
                return False
        return True

    # ----------------------------------------------------------- rightwards
    def right(self, toks: list[Token], start: int, ceiling: int) -> NounPhrase | None:
        """The noun phrase starting at toks[start] (after "said", "according to")."""
        if start >= ceiling:
            return None
        first = toks[start]
        if first.lower in self.lex.pronouns and first.lower not in ("her", "him", "them", "it"):
            span = Span(first.start, first.end)
            return NounPhrase(span, span, "pronoun", None, None, start + 1)
        if first.lower in ("of", "for", "and", "&") or first.lower in self.lex.prepositions:
            return None  # '"...," Blunt said of Cruz': not a speaker
        listed = _listed_name(toks, start, ceiling)
        if listed is not None:
            return listed
        k = start
        if first.lower in DEMONSTRATIVES and start + 1 < ceiling:
            if toks[start + 1].lower in TIME_NOUNS or toks[start + 1].lower in self.lex.time_words:
                return None  # "said this week": a time, not "said this source"
            k += 1
        elif first.lower in self.lex.determiners:
            k += 1
        lower_words = 0
        while k < ceiling and k - start < MAX_NP_TOKENS:
            tok = toks[k]
            text = tok.text
            if text == "(":
                closing = _matching_close(toks, k, ceiling)
                if closing is None:
                    break
                k = closing + 1
                continue
            if text in POSSESSIVE:
                k += 1
                continue
            if (
                text in ("/", "&")
                and start < k < ceiling - 1
                and toks[k - 1].is_cap
                and toks[k + 1].is_cap
            ):
                k += 1  # "according to a CNN/ORC poll", "of the firm Byrne & Holt"
                continue
            if (
                text in OPENING_MARKS
                and k > start
                and (toks[k - 1].lower in self.lex.determiners or toks[k - 1].lower == "of")
                and k + 1 < ceiling
                and toks[k + 1].text[0] == "~"
            ):
                # 'the authors of the “Growth and Opportunity Project,”': a title
                end = _past_quote(toks, k, ceiling)
                if toks[end - 1].text in CLOSING_MARKS:
                    k = end
                    break
            if not tok.is_word:
                break
            if tok.lower in self.lex.time_words and not (
                # "reads a Wednesday editorial in The Register": a day as a modifier
                k == start + 1
                and first.lower in ("a", "an")
                and k + 1 < ceiling
                and toks[k + 1].lower in self.lex.document_heads
            ):
                break
            if text[0].isdigit() and not (
                AGE_WORD.fullmatch(text)
                or COMPOUND_NUMBER.fullmatch(text)  # "the recent 50-state poll"
                or (k == start + 1 and first.lower in self.lex.determiners)
                or "/" in text  # "said 9/11 widow Terry Strada"
                # "said Transit Union Local 1021 president Gloria Reyes"
                or (
                    k > start
                    and toks[k - 1].is_cap
                    and toks[k - 1].lower in self.lex.numbered_names
                )
            ):
                break  # "said 12 people": but "said a 2012 campaign veteran"
            if tok.is_cap:
                if (
                    tok.lower in self.lex.not_names
                    and not _acronym(tok)
                    and not _capital_link(toks, k, start, ceiling, self.lex)
                ):
                    break
                k += 1
                continue
            if (
                (tok.lower in self.lex.name_connectors or self._body_on(toks, k, ceiling))
                and k + 1 < ceiling
                and toks[k + 1].is_cap
            ):
                k += 1
                continue
            if tok.lower in self.stop_words or (
                tok.lower in self.lex.participles
                # "said the ruling": a noun after its determiner
                and not (k == start + 1 and first.lower in self.lex.determiners)
            ):
                break
            if k > start and tok.lower in CLAUSE_VERBS:
                break  # "said the mines would reopen": the phrase's verb follows
            if k > start and tok.lower in self.lex.auxiliaries:
                break  # '"...," said the senator again': an adverb after the phrase
            if tok.lower in self.lex.postmodifier_links and _modifier(toks[k - 1]):
                break  # "a source close to the campaign": see _postmodified_right
            if (
                tok.lower in self.lex.verbs
                and toks[k - 1].lower not in self.lex.determiners
                # "a 2024 state survey": a noun after a year that follows the determiner
                and not (
                    k == start + 2
                    and first.lower in self.lex.determiners
                    and YEAR.fullmatch(toks[k - 1].text) is not None
                )
                # "the company's plans": a noun after a possessive
                and not toks[k - 1].lower.endswith(("'s", "’s"))
                and toks[k - 1].text not in POSSESSIVE
                and not (k == start and tok.lower in self.lex.plural_nouns)
                and not (  # "according to state records": a noun before a noun
                    k == start
                    and self._noun_like(toks, k)
                    and k + 1 < ceiling
                    and toks[k + 1].is_word
                    and toks[k + 1].lower not in self.stop_words
                    and toks[k + 1].lower not in self.lex.verbs
                )
                and not (  # "said the White House press secretary": a noun before a role
                    k + 1 < ceiling
                    and toks[k + 1].lower in self.lex.role_nouns
                    and not toks[k + 1].is_cap
                )
                and not (  # "two people briefed on the talks": a participle's phrase
                    k > start
                    and _modifier(tok)
                    and k + 1 < ceiling
                    and toks[k + 1].lower in self.lex.postmodifier_links
                )
                and not (  # "according to a police news release.", "council figures,"
                    (tok.lower in self.lex.document_heads or tok.lower in self.lex.record_heads)
                    and (
                        k + 1 >= ceiling
                        or not toks[k + 1].is_word
                        or toks[k + 1].lower in self.lex.postmodifier_links
                    )
                )
            ):
                break  # but "a note", "the report", "according to reports": nouns
            lower_words += 1
            if lower_words > MAX_LOWER_WORDS_AFTER_CUE:
                return None
            k += 1
        while k - 1 > start and toks[k - 1].lower in self.lex.postmodifier_links:
            k -= 1  # "according to the inspector general to be released": not "to"
        if k == start or (k == start + 1 and first.lower in self.lex.determiners):
            return None
        modified = self._known_as_right(toks, start, k, ceiling) or self._postmodified_right(
            toks, start, k, ceiling
        )
        if modified is not None:
            return self._appositive_right(toks, modified, modified.end_index, ceiling)
        phrase = self._build(toks, start, k - 1)
        if phrase is None:
            return None
        return self._appositive_right(toks, phrase, k, ceiling)

    def _postmodified_right(
        self, toks: list[Token], start: int, k: int, ceiling: int
    ) -> NounPhrase | None:
        """ "said a source close to the campaign", "says a person involved in the
        talks": a noun, an adjective or participle and its object; the noun is the
        head, the rest its role."""
        last = k - 1
        link = toks[k].lower if k < ceiling else ""
        if last == start and k + 1 < ceiling:
            # "according to data from Cox Automotive": a bare work and its author
            return self._authored_right(toks, start, k, ceiling)
        if link in self.lex.time_words and last > start and _modifier(toks[last]):
            # "according to a report released Tuesday by the agency"
            head = self._build(toks, start, last - 1)
            if head is None or head.kind == "pronoun":
                return None
            return self._dated_right(toks, head, last, k, ceiling)
        if (
            last - 1 < start
            or k + 1 >= ceiling
            or (link not in self.lex.prepositions and link not in self.lex.postmodifier_links)
        ):
            return None
        if not _modifier(toks[last]):
            return self._affiliation_right(toks, start, k, ceiling) or self._authored_right(
                toks, start, k, ceiling
            )
        head = self._build(toks, start, last - 1)
        if head is None or head.kind == "pronoun":
            return None
        obj = self.right(toks, k + 1, ceiling) or self._object_pronoun(toks, k + 1)
        if obj is None:
            return self._dated_right(toks, head, last, k + 1, ceiling)
        role = Span(toks[last].start, obj.mention.end)
        mention = Span(head.mention.start, obj.mention.end)
        return NounPhrase(mention, head.name, head.kind, head.role or role, None, obj.end_index)

    def _known_as_right(
        self, toks: list[Token], start: int, k: int, ceiling: int
    ) -> NounPhrase | None:
        """ "said the base chief known as Bob", "a man identified only as Ahmed": a
        description and the name it goes by; the whole is the mention, the name its name."""
        k = next(  # where the right-hand walk stopped, or a word or two before
            (
                p
                for p in range(max(start + 1, k - 2), min(k + 1, ceiling))
                if toks[p].lower in KNOWN
            ),
            ceiling,
        )
        if k >= ceiling:
            return None
        m = k + 1
        if m < ceiling and toks[m].lower in ("only", "simply", "publicly"):
            m += 1
        if toks[k].lower != "named" and (m >= ceiling or toks[m].lower != "as"):
            return None
        m += toks[k].lower != "named"
        first = m
        while m < ceiling and m - first < 3 and toks[m].is_cap and toks[m].is_word:
            m += 1
        if m == first:
            return None
        head = self._build(toks, start, k - 1)
        if head is None or head.kind != "description":
            return None
        name = Span(toks[first].start, toks[m - 1].end)
        mention = Span(head.mention.start, name.end)
        return NounPhrase(mention, name, "name", head.mention, None, m)

    def _dated_right(
        self, toks: list[Token], head: NounPhrase, last: int, date: int, ceiling: int
    ) -> NounPhrase | None:
        """ "according to a study published on Tuesday (in the journal Heart)": a
        work (toks[last] its participle) and when it came out (from toks[date]);
        where or by whom after that is the rest of its role."""
        k = date
        while (
            k < ceiling
            and k - date < 3
            and (toks[k].lower in self.lex.time_words or toks[k].text[0].isdigit())
        ):
            k += 1
        if k == date or (k < ceiling and toks[k].is_word and toks[k].lower not in DATED_LINKS):
            return None  # "a study published in the journal": not a date
        mention = Span(head.mention.start, toks[k - 1].end)
        if k + 1 < ceiling and toks[k].lower in DATED_LINKS:
            author = self.right(toks, k + 1, ceiling)
            if author is None or author.kind == "pronoun":
                return None
            mention = Span(head.mention.start, author.mention.end)
            k = author.end_index
        role = Span(toks[last].start, mention.end)
        return NounPhrase(mention, head.name, head.kind, head.role or role, None, k)

    def _affiliation_right(
        self, toks: list[Token], start: int, k: int, ceiling: int
    ) -> NounPhrase | None:
        """ "said a spokesman for the agency", "according to an aide to the senator":
        a role noun and whom it works for; the whole is the mention, the
        affiliation its role."""
        last = k - 1
        word = toks[last].lower
        if toks[k].lower not in AFFILIATION_LINKS or toks[last].is_cap:
            return None
        if word not in self.lex.role_nouns and not self.lex.unnamed_group(word):
            return None
        head = self._build(toks, start, last)
        if head is None or head.kind != "description":
            return None
        obj = self.right(toks, k + 1, ceiling)
        name = None
        if obj is None:
            # "a person with knowledge of the plans": the head names the source
            obj, name = self._chained_right(toks, k + 1, ceiling), head.mention
        if obj is None or obj.kind == "pronoun":
            return None
        mention = Span(head.mention.start, obj.mention.end)
        role = Span(toks[last].start, obj.mention.end)
        return NounPhrase(
            mention, name or mention, head.kind, head.role or role, None, obj.end_index
        )

    def _chained_right(self, toks: list[Token], start: int, ceiling: int) -> NounPhrase | None:
        """ "said a person with knowledge of the plans", "an official with direct
        access to the talks": one or two bare nouns, a link and its object (the
        chain read before a verb in _postmodified)."""
        k = start
        while k < ceiling and k - start < 2 and self._bare_noun(toks[k]):
            k += 1
        if k == start or k + 1 >= ceiling or toks[k].lower not in self.lex.postmodifier_links:
            return None
        obj = self.right(toks, k + 1, ceiling)
        if obj is None or obj.kind == "pronoun":
            return None
        whole = Span(toks[start].start, obj.mention.end)
        return NounPhrase(whole, whole, "description", None, None, obj.end_index)

    def _authored_right(
        self, toks: list[Token], start: int, k: int, ceiling: int
    ) -> NounPhrase | None:
        """ "according to a tally by the Associated Press", "according to a post from
        Arianna Huffington": a work and its author; the whole is the mention, as it
        is before a verb ("A tally by the AP showed"), the author its role."""
        if toks[k].lower not in ("by", "from") or not self._authored(toks[k - 1].lower):
            return None
        head = self._build(toks, start, k - 1)
        obj = self.right(toks, k + 1, ceiling)
        if head is None or obj is None or obj.kind == "pronoun":
            return None
        mention = Span(head.mention.start, obj.mention.end)
        role = Span(toks[k].start, obj.mention.end)
        return NounPhrase(mention, mention, head.kind, role, None, obj.end_index)

    def _object_pronoun(self, toks: list[Token], k: int) -> NounPhrase | None:
        """'a source close to him': a pronoun as the object of a postmodifier."""
        tok = toks[k]
        if tok.lower not in OBJECT_PRONOUNS and tok.lower != "it":
            return None
        span = Span(tok.start, tok.end)
        return NounPhrase(span, span, "pronoun", None, None, k + 1)

    def _appositive_right(
        self, toks: list[Token], phrase: NounPhrase, k: int, ceiling: int
    ) -> NounPhrase:
        # "said Mohammad Hilal, a top defence official based in Quetta."
        if phrase.kind == "pronoun":
            return phrase
        if (
            k + 1 < ceiling
            and toks[k].text == ","
            and _biographic_piece(toks[k + 1 : k + 2]) == "age"
            and (k + 2 >= ceiling or toks[k + 2].text in (",", ".", ";", "!", "?", "—"))
        ):
            # "says Park, 38, a materials scientist": an age is no role; one may follow
            if not (k + 3 < ceiling and toks[k + 2].text == ","):
                return NounPhrase(
                    phrase.mention, phrase.name, phrase.kind, phrase.role, None, k + 2
                )
            k += 2
        if phrase.kind == "description" and k + 1 < ceiling and toks[k].text == ",":
            # "according to Lee's lawyer, Tom Park, ...": the name after the role
            first = k + 1
            # "Clinton's introducer, actress Jamie Lee Curtis": a role word before it
            while (
                first < min(ceiling, k + 3)
                and toks[first].is_word
                and not toks[first].is_cap
                and toks[first].lower not in self.lex.determiners
            ):
                first += 1
            if first > k + 1 and not (
                toks[first - 1].lower in self.lex.role_nouns
                or toks[first - 1].lower in self.lex.genders
            ):
                first = k + 1
            m = first
            while m < ceiling and m - first <= 3 and toks[m].is_cap and toks[m].is_word:
                m += 1
            if (
                (m > first + 1 or (m == first + 1 == k + 2 and _acronym(toks[k + 1])))
                and (m == ceiling or not toks[m].is_word)
                and not self._opens_content(toks, m, ceiling)
            ):
                name = Span(toks[first].start, toks[m - 1].end)
                named = self._build(toks, first, m - 1)
                if named is not None and named.kind == "name":
                    mention = Span(phrase.mention.start, name.end)
                    return NounPhrase(mention, named.name, "name", phrase.mention, None, m)
        if k + 1 < ceiling and toks[k].text == "," and self._reason_aside(toks, k + 1, ceiling):
            # "said the person, who asked not to be named because ...", "said one
            # official, speaking on condition of anonymity": why the source is unnamed
            m = k + 1
            while m < ceiling and toks[m].is_word and m - k < MAX_RELATIVE_WORDS:
                m += 1
            why = Span(toks[k + 1].start, toks[m - 1].end)
            role = why if toks[k + 1].lower == "who" else phrase.role
            return NounPhrase(phrase.mention, phrase.name, phrase.kind, role, why, m)
        if (
            k + 2 < ceiling
            and toks[k].text == ","
            and toks[k + 1].lower == "who"
            and toks[k + 2].lower in self.lex.verbs
        ):
            return phrase  # "said Beck, who said there were ...": a statement of its own
        if (
            k + 1 < ceiling
            and toks[k].text == ","
            and (
                self._opens_appositive(toks[k + 1].lower)
                or self._role_segment(toks, k + 1, min(ceiling, k + 8))
                or self._possessive_role(toks, k + 1, min(ceiling, k + 8))
            )
        ):
            m = k + 1
            while (
                m < ceiling
                and toks[m].text not in (",", ";", ":", "(")
                and m - k < APPOSITIVE_WORDS
            ):
                if toks[m].text in (".", "!", "?") and m + 1 >= ceiling - 1:
                    break
                if toks[m].text in OPENING_MARKS or toks[m].text[0] == "~":
                    if m - k < 2:
                        break
                    # 'author of “Bitter Pill,” a history': a title inside
                    m = _past_quote(toks, m, ceiling)
                    continue
                m += 1
            while m > k + 1 and not toks[m - 1].is_word:
                m -= 1
            if m > k + 1:
                role = Span(toks[k + 1].start, toks[m - 1].end)
                reason = role if toks[k + 1].lower == "who" else None
                if phrase.role is not None and phrase.kind == "name" and reason is not None:
                    role = phrase.role  # "said Defense Secretary Ash Carter, who ...": the title
                return NounPhrase(phrase.mention, phrase.name, phrase.kind, role, reason, m)
        if k < ceiling and toks[k].lower in ("who", "whose"):
            # "said a strategist who spoke on the condition of anonymity to speak
            # candidly about the state of the race.": to the punctuation
            m = k
            while m < ceiling and toks[m].is_word and m - k < MAX_RELATIVE_WORDS:
                m += 1
            clause = Span(toks[k].start, toks[m - 1].end)
            return NounPhrase(phrase.mention, phrase.name, phrase.kind, clause, clause, m)
        return NounPhrase(phrase.mention, phrase.name, phrase.kind, phrase.role, None, k)

    # -------------------------------------------------------------- shared
    def _opens_content(self, toks: list[Token], comma: int, ceiling: int) -> bool:
        """ "According to the ministry, Hamid Rahimi, 52, was released": after the
        name's comma an age, an appositive or a connective says that the name is the
        content's subject, not the source's (a relative clause may describe either)."""
        if comma + 1 >= ceiling or toks[comma].text != ",":
            return False
        nxt = toks[comma + 1]
        if nxt.lower in ("a", "an", "the"):
            # "Khan, a former soldier, was arrested": an appositive closed by a comma;
            # but "Tom Park, the deal is off": the content
            return any(t.text == "," for t in toks[comma + 2 : min(ceiling, comma + 9)])
        return (
            not nxt.is_word
            or nxt.text[0].isdigit()
            or nxt.lower in self.lex.connectives  # "Khan, however, fled"
        )

    def _opens_appositive(self, word: str) -> bool:
        return word in self.lex.appositive_openers or word in self.lex.role_nouns

    def _build(self, toks: list[Token], first: int, last: int) -> NounPhrase | None:
        """Validate toks[first..last] as a speaker and split role words from the name."""
        words = toks[first : last + 1]
        head = words[-1]
        if head.text in POSSESSIVE or (head.text == ")" and len(words) < 2):
            return None
        head_lower = head.lower
        if len(words) == 1 and (
            head_lower in QUANTIFIER_SUBJECTS
            or FRACTION.fullmatch(head_lower)
            # "two of the people said": a count before its "of"
            or (
                head_lower in self.lex.ratio_numbers
                and last + 1 < len(toks)
                and toks[last + 1].lower == "of"
            )
        ):
            span = Span(head.start, head.end)  # "those who back her say", "most said"
            return NounPhrase(span, span, "description", None, None, last + 1)
        if len(words) == 2 and words[0].lower == "the" and head_lower == "other":
            # "One said X, while the other said Y": the second of two just named
            span = Span(words[0].start, head.end)
            return NounPhrase(span, span, "description", None, None, last + 1)
        if not head.is_cap and (
            head_lower in self.lex.name_connectors
            or head_lower in self.lex.determiners
            or (
                head_lower.endswith(("ed", "ing", "ly"))
                and head_lower not in ING_NOUNS
                and head_lower not in LY_NOUNS
                and head_lower not in self.lex.anonymous_heads
                and head_lower not in self.lex.document_heads
                and not (len(words) == 2 and words[0].lower == "those")  # "those surveyed"
                # "Cruz’s thinking", "his thinking": a possessive before it makes it a noun
                and not (
                    len(words) >= 2
                    and (
                        words[-2].lower.endswith(("’s", "'s"))
                        or words[-2].lower in POSSESSIVE_PRONOUNS
                    )
                )
            )
        ):
            return None  # "his former secretary of", "the client directed"
        has_det = words[0].lower in self.lex.determiners
        if (
            len(words) >= 3
            and words[0].lower in self.lex.ratio_approximators
            and _count_of(words, len(words) - 2, len(words) - 1)
        ):
            span = Span(words[0].start, head.end)  # "About 200 protesters said"
            return NounPhrase(span, span, "description", None, None, last + 1)
        caps = [t for t in words if t.is_cap]
        if not caps and not has_det:
            one = singular(head_lower)  # "reports", "companies"
            known = (
                (head_lower in ("percent", "%") and len(words) >= 2 and words[-2].text[0].isdigit())
                or _count_of(words, len(words) - 2, len(words) - 1)
                or (
                    self.lex.unnamed_group(head_lower)
                    or head_lower in self.lex.record_heads  # "jail records show"
                    or head_lower in self.lex.organization_words
                    or head_lower in self.lex.role_nouns
                    or (
                        head_lower.endswith("s")
                        and (
                            one in self.lex.role_nouns
                            or one in self.lex.organization_words
                            or one in self.lex.anonymous_heads
                            or one in self.lex.document_heads  # "reports"
                        )
                    )
                )
            )
            if not known:
                return None
        mention = Span(words[0].start, head.end)
        if (
            len(words) == 1
            and head.is_cap
            and (
                head_lower in self.lex.anonymous_heads
                or head_lower in self.lex.record_heads  # "Data from the CDC show"
                or head_lower in self.lex.document_heads
            )
        ):
            return NounPhrase(mention, mention, "description", None, None, last + 1)
        if (
            len(words) >= 4
            and words[0].lower in self.lex.anonymous_heads
            and words[0].lower.endswith("s")
            and words[1].lower == "for"
            and (words[2].text in self.lex.titles or words[2].text in self.lex.honorifics)
        ):
            # "Lawyers for Mr. Lopez", "Aides for Gov. Ann Hale": the people who act
            # for the named person, not the person (as "A lawyer for Ms. Lopez")
            people = Span(words[0].start, words[0].end)
            client = Span(words[1].start, head.end)
            return NounPhrase(mention, people, "description", client, None, last + 1)
        # A name at the end of the phrase, after role words or titles:
        # "defence official Mohammad Hilal", "Prime Minister Shehbaz Sharif".
        if head.is_cap or head.text == ")":
            last_name = len(words) - 1
            if head.text == ")":
                # "Dana Fowler (D-Ore.)": a party and state, not part of the name;
                # "Inter-Services Public Relations (ISPR)": the acronym is.
                opening = _matching_open(words, last_name, 0)
                if (
                    opening is not None
                    and opening > 0
                    and words[opening - 1].is_cap
                    and not (
                        opening == last_name - 2
                        and ACRONYM.fullmatch(words[opening + 1].text)
                        and not PARTY_STATE.fullmatch(words[opening + 1].text)
                    )
                ):
                    last_name = opening - 1
            split = self._split_at_of(words, last_name)
            if split is not None:
                name, role = split
                return NounPhrase(mention, name, "name", role, None, last + 1)
            n = last_name
            while n > 0 and (
                words[n - 1].is_cap
                or (
                    words[n - 1].text in "()"
                    # "Brig. (retd) Mahmood Shah": the mark belongs to the title
                    and not (n > 1 and words[n - 2].lower.rstrip(".") in RETIRED_MARKS)
                    and not (
                        n > 1
                        and words[n - 1].text == "("
                        and words[n].lower.rstrip(".") in RETIRED_MARKS
                    )
                )
                or _nickname_ends(words, n + 1, 0, len(words) - 1)
                or _nickname_ends(words, n, 0, len(words) - 1)
                or _nickname_ends(words, n - 1, 0, len(words) - 1)
                or (words[n - 1].lower in self.lex.name_connectors and words[n - 1].lower != "the")
                or self._body_on(words, n - 1, len(words))
                # "Northfield Bancorp, Inc.": the suffix after its comma
                or (
                    words[n - 1].text == ","
                    and n > 1
                    and words[n].lower.rstrip(".") in COMMA_SUFFIXES
                    and words[n - 2].is_cap
                )
                # "Friends of the Earth", not "Secretary of the Navy Ray Mabus" or
                # "Heiserman of the CORE Teachers"
                or (
                    words[n - 1].lower == "the"
                    and n > 2
                    and words[n - 2].lower in ("of", "for")
                    and words[n - 3].is_cap
                    and self.lex.unnamed_group(words[n - 3].lower)
                    and words[last_name].lower not in self.lex.role_nouns
                    and last_name - n < 2
                )
                # "the Maritime Workers' Alliance": a plural possessive inside a body's name
                or (
                    n > 1
                    and words[last_name].lower in self.lex.organization_words
                    and _plural_possessive(words, n - 1, 0)
                    and words[n - 2].is_cap
                )
            ):
                n -= 1
            # "the state Democratic Party": a body's name keeps its first words
            body = words[last_name].lower in self.lex.organization_words
            while n < last_name and words[n].text in self.lex.titles and not body:
                n += 1
            for m in range(n, last_name):
                if words[m].text in self.lex.titles and words[m].text.endswith("."):
                    n = m + 1  # "Virginia Gov. Terry McAuliffe": the name after the title
                elif (
                    words[m].lower in self.lex.role_nouns
                    and last_name - m >= 2
                    and words[m + 1].text != "("  # "the Joint Chiefs of Staff (JCS)"
                ):
                    n = m + 1  # "Senatorial Committee Chairman Roger Wicker": the name after
                elif (
                    words[m].lower.endswith(("'s", "’s"))
                    and 2 <= last_name - m <= 3
                    and not any(
                        w.lower in self.lex.organization_words or w.lower in self.lex.document_heads
                        for w in words[m + 1 : last_name + 1]
                    )
                ):
                    # "CNN's Jake Tapper": a person's name after the employer's (no role:
                    # the mention keeps "CNN's"; an appositive may give the role)
                    owned = Span(words[m + 1].start, words[last_name].end)
                    return NounPhrase(mention, owned, "name", None, None, last + 1)
            if (
                n == 0
                and words[0].lower in self.lex.role_nouns
                and last_name >= 2
                and all(w.is_cap for w in words[1 : last_name + 1])
            ):
                n = 1  # "Lawmaker Tom Mast" at the start of a sentence: a role, then the name
            while n < last_name and words[n].lower in self.lex.name_connectors:
                n += 1
            name = Span(words[n].start, words[last_name].end)
            role_end = n - 1
            if role_end > 0 and words[role_end].lower in self.lex.determiners:
                role_end -= 1  # "Trade body the Freight Carriers Association"
            while role_end > 0 and words[role_end].text in self.lex.honorifics:
                role_end -= 1  # "Lead author Dr. Ingrid Solvang": the role is "Lead author"
            role = Span(words[0].start, words[role_end].end) if n > 0 else None
            if role is not None and all(w.text in self.lex.honorifics for w in words[:n]):
                role = None  # "Mr. Lee", "Dr. Lee": a courtesy title, no role
            if role is not None and words[role_end].lower.endswith(("'s", "’s")):
                role = None  # "the country's Meteorological Office": an owner, no role
            if role is not None and words[0].lower in self.lex.determiners:
                # "the Post", "The New York Times": the article belongs to the name.
                if all(w.is_cap or w.lower in self.lex.determiners for w in words[:n]):
                    name, role = mention, None
            return NounPhrase(mention, name, "name", role, None, last + 1)
        return NounPhrase(mention, mention, "description", None, None, last + 1)

    def _body_on(self, toks: list[Token], k: int, ceiling: int) -> bool:
        """Is toks[k] the "on" inside a body's name, between its kind and its remit
        ("Commission on Human Rights", "Council on Foreign Relations"; not "Trump on
        Monday")?"""
        return (
            toks[k].lower == "on"
            and k > 0
            and k + 1 < ceiling
            and toks[k - 1].is_cap
            and toks[k - 1].lower in self.lex.organization_words
            and toks[k + 1].is_cap
            and toks[k + 1].lower not in self.lex.time_words
        )

    def _honorific(self, toks: list[Token], span: Span) -> bool:
        """Is the span a courtesy title only ("Mr.", "Ms.")?"""
        k = _index_at(toks, span.start)
        return k < len(toks) and toks[k].end == span.end and toks[k].text in self.lex.honorifics

    def _title_word(self, word: Token) -> bool:
        return word.text in self.lex.titles or word.lower in self.lex.role_nouns

    def _split_at_of(self, words: list[Token], last_name: int) -> tuple[Span, Span | None] | None:
        """The name and role of a capitalised chain with "of" in it, or None:
        "Secretary of State John Kerry" (a title and its office, then the name;
        "Minister for Energy Tariq Mehmood" likewise),
        "Tom Morgan of the Sierra Club" (a person and the body he speaks for),
        "the International Committee of the Red Cross" (one body's name)."""
        of = next(
            (
                m
                for m in range(1, last_name)
                if (words[m].text == "of" and words[m - 1].is_cap)
                # "Minister for Energy Tariq Mehmood": an office "for" its portfolio
                or (words[m].text == "for" and self._title_word(words[m - 1]))
            ),
            None,
        )
        if of is None:
            return None
        det = words[0].lower in self.lex.determiners
        # lower-case words before the capitals: one modifier ("former Secretary of
        # State ..."), or a role ("economist Laura Kim of ...", "consumer advocate ...")
        lead = 0
        while not det and lead < of and not words[lead].is_cap:
            lead += 1
        if lead > 1 and words[lead - 1].lower not in self.lex.role_nouns:
            return None
        first = 1 if det else lead
        before = words[first:of]
        after = words[of + 1 : last_name + 1]
        lower = [m for m, w in enumerate(before) if not w.is_cap]
        if not det and lower and before[lower[-1]].lower in self.lex.role_nouns and after:
            # "Study leader Dr. Tomas Reyna of Harlow College": a role, then a titled name
            person = before[lower[-1] + 1 :]
            while person and person[0].text in self.lex.titles:
                person = person[1:]
            if 2 <= len(person) <= 3 and all(NAME_WORD.fullmatch(w.text) for w in person):
                return (
                    Span(person[0].start, person[-1].end),
                    Span(words[0].start, before[lower[-1]].end),
                )
        if not before or not all(w.is_cap for w in before) or not after:
            return None
        whole = Span(words[0].start, words[last_name].end)
        orgs = self.lex.organization_words
        head = before[-1].lower
        if head in orgs or head.removesuffix("s") in orgs:
            return whole, None
        if det:
            return None
        title = self._title_word
        titles = 0
        while titles < len(before) and title(before[titles]):
            titles += 1
        if title(before[-1]) and not (
            # "Representative Peter T. King of New York": a title, a name, and a
            # surname that looks like a title
            title(before[0]) and not all(title(w) for w in before[1:-1])
        ):
            # "Prime Minister of Pakistan Shehbaz Sharif", "County Supervisor of Elections
            # Susan Bucher": an office, then the last two words name the holder
            caps = sum(w.is_cap for w in after)
            # "Secretary of State for Health Wes Streeting": the office may link again
            if caps < 2 or not all(w.is_cap or w.lower in OFFICE_LINKS for w in after):
                return None
            start = last_name - 1 if caps >= 3 else last_name
            while start - 1 > of + 1 and INITIAL.fullmatch(words[start].text):
                start -= 1  # "Secretary of State Rex W. Tillerson"
            return (
                Span(words[start].start, words[last_name].end),
                Span(words[0].start, words[start - 1].end),
            )
        person = before[titles:]
        if (
            (len(person) < 2 and not titles)
            or len(person) > 3
            or not all(NAME_WORD.fullmatch(w.text) for w in person)  # "U.S. Chamber"
        ) or " ".join(w.lower for w in person) in self.lex.places:
            return None
        name = Span(person[0].start, person[-1].end)
        if titles and not all(w.text in self.lex.honorifics for w in before[:titles]):
            return name, Span(words[0].start, before[titles - 1].end)  # "Sen."
        if lead and words[lead - 1].lower in self.lex.role_nouns:
            return name, Span(words[0].start, words[lead - 1].end)  # "economist"
        return name, Span(words[of].start, words[last_name].end)  # "of the Sierra Club"


# An initial inside a name ("Rex W. Tillerson"), a word of a person's name
# ("O’Neil", "McCain", "Lopez-Diaz", "W."), not an acronym ("U.S.", "AFL-CIO")
INITIAL = regex.compile(r"\p{Lu}\.")
NAME_WORD = regex.compile(r"\p{Lu}\.|\p{Lu}[\p{L}'’-]*\p{Ll}")

# Marks inside a name or a role ("Sen. Ortiz (D-Ohio)", "O’Neil", "AT&T")
NAME_MARKS = frozenset({".", "-", "'", "’", "(", ")", "&"})


def _capital_link(toks: list[Token], k: int, floor: int, ceiling: int, lexicon: Lexicon) -> bool:
    """Is toks[k] a capitalised link inside a name, between two of its capitalised
    words ("Doctors Without Borders", "Mothers Against Drunk Driving")?"""
    return (
        toks[k].lower in lexicon.name_connectors
        and floor < k < ceiling - 1
        and toks[k - 1].is_cap
        and toks[k - 1].lower not in lexicon.not_names
        and toks[k + 1].is_cap
    )


def _index_at(toks: list[Token], pos: int) -> int:
    return bisect.bisect_left(toks, pos, key=TOKEN_START)


def _plural_possessive(toks: list[Token], k: int, floor: int) -> bool:
    """An apostrophe right after a plural ("the workers' union")."""
    tok = toks[k]
    return (
        tok.text in ("'", "’")
        and k > floor
        and toks[k - 1].end == tok.start
        and toks[k - 1].lower.endswith("s")
    )


def _biographic_piece(segment: list[Token]) -> str | None:
    """What a piece between commas after a name is: an "age" ("22"), a "hometown"
    ("of Flint"), a "place" ("Mich.", "New Hampshire"), or None."""
    if not segment:
        return None
    first = segment[0]
    if len(segment) == 1 and first.text.isdigit() and len(first.text) <= 3:
        return "age"
    if first.lower in ("of", "from") and len(segment) > 1 and segment[1].is_cap:
        return "hometown"
    if first.lower in ("a", "an") and 1 < len(segment) <= 4 and all(t.is_cap for t in segment[1:]):
        return "hometown"  # "Jeffrey Salkin, a Hollywood, Fla., rabbi": the role's place
    if len(segment) <= 3 and all(t.is_cap or t.text == "." for t in segment):
        return "place"
    return None


def _nickname_ends(toks: list[Token], k: int, floor: int, last: int) -> bool:
    """Whether toks[k] closes a one-word quoted nickname between two capitalised
    words of a name ('Marcia "Cia" Price', masked as 'Marcia "~~~" Price')."""
    return (
        k - 3 >= floor
        and k < last
        and toks[k].text in CLOSING_MARKS
        and toks[k - 1].text[0] == "~"
        and toks[k - 2].text in OPENING_MARKS
        and toks[k - 3].is_cap
        and toks[k + 1].is_cap
        and toks[k - 2].end == toks[k - 1].start
        and toks[k - 1].end == toks[k].start
    )


def _past_quote(toks: list[Token], k: int, ceiling: int) -> int:
    """The index after the masked quotation that opens at toks[k] ('“~~~~,”')."""
    k += 1
    while k < ceiling and not toks[k].is_word and toks[k].text not in CLOSING_MARKS:
        k += 1
    return k + 1 if k < ceiling and toks[k].text in CLOSING_MARKS else k


def _matching_open(toks: list[Token], close: int, floor: int) -> int | None:
    k = close - 1
    while k >= floor and close - k <= 14:
        if toks[k].text == "(":
            if k == close - 1:
                return None
            # "(R-Ohio)", "(ISPR)", a relative clause: "(who has 25 delegates)", or an
            # appositive: "(a Connecticut Democrat so boyish he has been mistaken ...)"
            bracketed = toks[k + 1].lower in ("who", "which", "a", "an")
            return k if close - k <= 5 or bracketed else None
        if not (toks[k].is_word or toks[k].text in ".-,:"):
            return None
        k -= 1
    return None


def _matching_close(toks: list[Token], opening: int, ceiling: int) -> int | None:
    k = opening + 1
    while k < ceiling and k - opening <= 5:
        if toks[k].text == ")":
            return k if k > opening + 1 else None
        if not (toks[k].is_word or toks[k].text in ".-,:"):
            return None
        k += 1
    return None
