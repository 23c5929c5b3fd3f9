"""Coreference: from speaker mentions to the article's sources.

Resolution runs in text order and looks only backwards.  Surnames and first
names find the person introduced earlier ("Abid" -> Imran Abid); acronyms find
the organisation that defined them ("ISPR" -> Inter-Services Public Relations
(ISPR)); pronouns take the most recent compatible speaker, or a person named as the
subject of a sentence between them; descriptions take the
source they describe ("the statement" -> whoever issued the statement, "the
analyst" -> the speaker whose role says analyst); spelling variants of a name
("Mohammad" / "Muhammad Hilal") are merged with rapidfuzz.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter

import regex
from rapidfuzz import fuzz

from attribution.lexicon import Lexicon, singular
from attribution.model import Span, SpeakerKind
from attribution.speakers import POSSESSIVE_PRONOUNS, NounPhrase, opening_word

# A person the writer introduces by name in passing: "a cook named Rosa Jimenez"
NAMED_PERSON = regex.compile(r"(\p{Ll}+)\s+named\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)")
# Quantifiers that stand alone for people nobody names ("“We are back,” one said",
# "Others disagreed", "Many said"); "both" and "each" stand for people just named.
UNNAMED_QUANTIFIERS = frozenset(
    {"one", "another", "others", "some", "many", "most", "several", "few", "those"}
)
# Words after a group's head ("people at the rally", "sources close to the talks")
PLURAL_HEAD_LINKS = frozenset(
    {"at", "in", "of", "from", "with", "for", "on", "close", "familiar", "who", "that"}
)
# Plural heads without an -s ("the people", "several women"): "they" takes them
IRREGULAR_PLURALS = frozenset(
    {"people", "men", "women", "children", "police", "staff", "folks", "those", "these", "both",
     "many", "several", "few", "some", "most", "all"}
)  # fmt: skip
# Other words that open a share of a group: "Much of the media", "All of them"
SHARE_WORDS = frozenset({"much", "all", "none", "both", "each", "half"})
# A role that names a kind of body is short and has no relative or postmodifier in
# it ("the Canadian mining company", not "a spokesman for the foundation").
BODY_ROLE_LINKS = frozenset({"who", "whose", "which", "that"})
BODY_ROLE_WORDS = 5

# Names and long forms never run over a line break ("By Lena Okafor" above a
# paragraph that opens with "Marta Velasquez"): their words are joined by spaces.
SPACE = r"[^\S\r\n\u2028\u2029]+"
ACRONYM_DEFINITION = regex.compile(
    rf"((?:[\p{{Lu}}][\p{{L}}’'.-]*{SPACE}(?:(?:of|and|for|the|on|de|al){SPACE})*){{0,7}}"
    r"[\p{Lu}][\p{L}’'.-]*)"
    r"\s*\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)"
)
ACRONYM_PAREN = regex.compile(r"\s*\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)")
# Matched backwards from the bracket ((?r)): one attempt, where a forward search
# tried every position of the reach; the greedy words give the same leftmost start.
ACRONYM_ENDING = regex.compile(r"(?r)" + ACRONYM_DEFINITION.pattern + r"\Z")
LONG_FORM_BREAK = regex.compile(r"[\s-]+")
LONG_FORM_REACH = 400  # code points before the bracket: eight capitalised words at most
WORD = regex.compile(r"[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*")
# One to three capitalised words ending right where a surname begins.
# (a hyphen inside a given name leads to a capital, "Jean-Pierre", or to a short
# syllable, "Jae-won", "Ing-wen": not "Los Angeles-area", "Chicago-based")
HYPHEN_SUFFIXES = "area|based|born|bred|era|led|made|owned|run|style|wide|like|class|level"
NAME_WORDS_BEFORE = regex.compile(
    rf"(?:[\p{{Lu}}][\p{{L}}’'.]+(?:-\p{{Lu}}[\p{{L}}’'.]*|-(?!(?:{HYPHEN_SUFFIXES}){SPACE})"
    rf"\p{{Ll}}{{2,4}}(?={SPACE}))*{SPACE}){{1,3}}$"
)
NAME_WINDOW = 80
# The name of the person an introduction says was talked to: two words in capitals
# or more, after a title perhaps ("Dr. Lauren Hale").
INTERVIEWED_NAME = regex.compile(
    r"(?:\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+)?"
    r"\b(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'-]+)+)"
)
OUTLET_POSSESSIVE = regex.compile(r"\b\p{Lu}[\p{L}\p{N}]*['’]s\s+\p{Lu}")  # "NPR's Maya"
INTERVIEW_INTRO_SENTENCES = 12  # the introduction of a printed interview names its subject
# Members of a chamber or a cabinet after a party's name ("Labour MPs", "Tory
# ministers"): a group, not a person (not any plural: "Dottie Deans" is a name).
MEMBERS = frozenset(
    {"mps", "meps", "msps", "mlas", "ministers", "senators", "lawmakers", "legislators",
     "councillors", "councilors"}
)  # fmt: skip
AGED = regex.compile(r"\d{1,3}-year-old")  # "the 22-year-old said"
EPITHET_REACH = 600  # how far back "the Spaniard" looks for the person it stands for
ACRONYM_NAME = regex.compile(r"[\p{Lu}\p{N}&.-]{2,10}")
FUZZY_THRESHOLD = 88.0
# An owner's pronoun as the source ("in his view, ...") means what its subject form does.
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Words that join a body's name to its cause ("Doctors Without Borders"); never
# inside a person's name
BODY_LINKS = frozenset({"for", "against", "without"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
SUBJECT_REACH = 600  # code points back from a pronoun to the subject it may take
SUBJECT_SENTENCES = 4  # and sentences: its own and the three before it
# code points back from a surname to its full name: an article's length, not an archive's
FULL_NAME_REACH = 50_000
SPAN_START = attrgetter("start")


@dataclass(slots=True)
class Entity:
    id: int
    name: str
    kind: SpeakerKind
    role: str | None
    role_span: Span | None
    first_mention: Span
    reason: str | None
    tokens: tuple[str, ...]
    channels: list[str]
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class Acronym:
    short: str
    long: str
    position: int


def _definitions(text: str) -> Iterator[regex.Match[str]]:
    """Matches of ACRONYM_DEFINITION, found from the brackets back: the long form
    is read only before "(ISPR)", not tried at every capital of the text."""
    for paren in ACRONYM_PAREN.finditer(text):
        end = paren.end()
        # endpos = end and a final \Z: the longest long form that ends at this bracket
        match = ACRONYM_ENDING.search(text, max(0, paren.start() - LONG_FORM_REACH), end)
        if match is not None:
            yield match


def find_acronyms(text: str) -> list[Acronym]:
    """Definitions such as "Inter-Services Public Relations (ISPR)"."""
    found = []
    for match in _definitions(text):
        long_form, short = match.group(1), match.group(2)
        words = [w for w in LONG_FORM_BREAK.split(long_form) if w]
        # Keep the words the acronym spells, from the right ("The Ministry of X (MOX)").
        initials = "".join(w[0] for w in words if w[0].isupper())
        letters = short.replace("-", "").replace("&", "")
        if not _spells(letters, initials):
            continue
        start = match.start(1)
        capitals = [w for w in words if w[0].isupper()]
        while capitals and not letters.startswith(capitals[0][0]):
            start = text.index(capitals[1], start) if len(capitals) > 1 else start
            capitals = capitals[1:]
        canonical = text[start : match.end()]
        found.append(Acronym(short, canonical, match.end()))
    return found


def _spells(letters: str, initials: str) -> bool:
    if len(letters) < 2:
        return False
    pos = 0
    for letter in letters:
        pos = initials.find(letter, pos)
        if pos == -1:
            return False
        pos += 1
    return True


class Resolver:
    def __init__(self, text: str, lexicon: Lexicon, sentences: Sequence[Span] = ()) -> None:
        self.text = text
        self.lex = lexicon
        self.entities: list[Entity] = []
        self.acronyms = find_acronyms(text)
        self.recent: list[int] = []  # entity ids, most recent last
        self.seen: dict[int, int] = {}  # entity id -> where it was last mentioned
        # the article's sentences in text order, and the named subjects read from
        # them when a pronoun first asks (most articles need few)
        self.sentences = list(sentences)
        self.subject_of: dict[int, Subject | None] = {}
        # one mention, one entity: "Some businesses objected to X, fearing Y" is two
        # statements of the same subject, not two groups
        self.by_mention: dict[tuple[int, int], int | None] = {}

    def resolve(self, phrase: NounPhrase, channel: str | None, asker: bool = False) -> int | None:
        """The entity of a speaker mention. An asker ("was asked by host John
        Dickerson whether ...") is no antecedent for the pronouns after it: the
        person asked answers ("..., he said")."""
        key = (phrase.mention.start, phrase.mention.end)
        if key in self.by_mention:
            return self.by_mention[key]
        recent = list(self.recent) if asker else None
        found = self._resolve(phrase, channel)
        if recent is not None:
            self.recent = recent
        self.by_mention[key] = found
        return found

    def _resolve(self, phrase: NounPhrase, channel: str | None) -> int | None:
        if phrase.kind in ("answer", "question"):
            # an interview's "A:" is the person its introduction names; "Q:" is the
            # interviewer, who is no source
            named = self._interviewee(phrase.mention.start) if phrase.kind == "answer" else None
            if named is None:
                return None
            phrase = named
        elif phrase.kind == "pronoun" and self._answering(phrase):
            # "A: ... and I said so at the council": the answer's "I" is the person
            # the interview's introduction names
            named = self._interviewee(phrase.mention.start)
            if named is not None:
                phrase = named
        text = self.text
        mention = phrase.mention.text(text)
        name = phrase.name.text(text)
        role = phrase.role.text(text) if phrase.role else None
        if (
            role is not None
            and role.startswith("of ")
            and mention.endswith(role)
            and (phrase.kind != "name" or self._share(mention))
        ):
            # "Many of the delegates", "members of the family": a share or a
            # description; but a person's body is a role ("Tom Morgan of the Sierra Club")
            role = None
        reason = None
        # why the source is unnamed: in its aside, or inside its role ("a retired
        # teacher who asked that her name not be used")
        where = phrase.reason or phrase.role
        if where is not None:
            found = self.lex.anonymity_reasons_re.search(text, where.start, where.end)
            reason = found.group() if found else None
        if name.lower() in RELATIVE_PRONOUNS and not name.isupper():
            return None  # a "who" whose antecedent was not found is nobody's name
        if mention.lower() in RELATIVE_PRONOUNS and not mention.isupper():
            mention = name  # "voters who said": the entity is named for "voters"
        entity: Entity | None
        if phrase.kind == "name" and self._share(mention) and " " not in name:
            entity = self._description(mention, phrase, role, reason)  # "Two of the delegates"
        elif phrase.kind == "pronoun":
            word = OWNER_PRONOUNS.get(mention.lower(), mention.lower())  # "in his view"
            entity = self._pronoun(word)
            entity = self._nearer_subject(word, phrase.mention.start, entity) or entity
        elif (epithet := self._epithet(mention, phrase.mention.start)) is not None:
            entity = epithet  # "the Spaniard said", "the 22-year-old said"
        elif phrase.kind == "description" or self._capital_role(mention):
            # "the Chancellor said": a role with a capital, as "the chancellor" is
            entity = self._description(mention, phrase, role, reason)
        else:
            entity = self._name(name, phrase, role, reason)
        if entity is None:
            return None
        if channel and channel not in entity.channels:
            entity.channels.append(channel)
        if entity.role is None and role:
            entity.role, entity.role_span = role, phrase.role
        if entity.reason is None and reason:
            entity.reason = reason
        if entity.gender is None:
            entity.gender = (
                self.lex.pronouns.get(mention.lower())
                if phrase.kind == "pronoun"
                else self._gender_of(mention)
            )
        if entity.id in self.recent:
            self.recent.remove(entity.id)
        self.recent.append(entity.id)
        self.seen[entity.id] = phrase.mention.start
        return entity.id

    def _nearer_subject(self, word: str, position: int, found: Entity | None) -> Entity | None:
        """ "Harlan, speaking at a plant, struck a confident tone. She said ...": a
        person named as the subject of a sentence between the pronoun and the speaker
        it would otherwise take, of a gender the pronoun allows, is its antecedent."""
        category = self.lex.pronouns.get(word)
        if category not in ("male", "female", "thing"):
            return None
        if category == "thing":
            return self._nearer_body(position, found)
        floor = self._floor(position, found)
        for sent in self._sentences_back(position, floor, SUBJECT_SENTENCES):
            for subject in self._candidates(sent):
                if not floor < subject.name.start < position:
                    continue
                entity = self._subject_entity(subject, category)
                if entity is not None:
                    return entity
        return None

    def _floor(self, position: int, found: Entity | None) -> int:
        """Where a nearer antecedent may start: after the source the pronoun would
        otherwise take was last seen, and within SUBJECT_REACH."""
        return max(self.seen.get(found.id, -1) if found else -1, position - SUBJECT_REACH)

    def _sentences_back(self, position: int, floor: int, count: int) -> Iterator[Span]:
        """The `count` sentences before `position`, nearest first, none ending at or
        before `floor`."""
        last = bisect.bisect_left(self.sentences, position, key=SPAN_START)
        for k in range(last - 1, max(-1, last - 1 - count), -1):
            sent = self.sentences[k]
            if sent.end <= floor:
                return
            yield sent

    def _candidates(self, sent: Span) -> list[Subject]:
        """The people a sentence names for a pronoun after it: its subject, then a
        person introduced by "named" ("he watched a cook named Rosa Jimenez")."""
        found = [self._subject(sent)]
        found += [
            Subject(Span(m.start(2), m.end(2)))
            for m in NAMED_PERSON.finditer(self.text, sent.start, sent.end)
            if self._person_noun(m.group(1))  # "a worker named", not "a firm named"
        ]
        return [subject for subject in found if subject is not None]

    def _person_noun(self, word: str) -> bool:
        return (
            word in self.lex.role_nouns
            or word in self.lex.anonymous_heads
            or word in self.lex.genders  # "a woman named"
        )

    def _subject_entity(self, subject: Subject, category: str) -> Entity | None:
        """The person a candidate names, if a pronoun of `category` can be them."""
        span = subject.name
        name = span.text(self.text)
        known = self._known(name)
        if known is None and len(WORD.findall(name)) == 1 and not subject.described:
            # "Harlan" after "Gov. Dana Harlan": only a full name makes a person, or
            # a name introduced with its description ("His wife, Morag, laughs")
            described = self._described_before(name, span.start)
            if described is not None:
                subject = described
                name = subject.name.text(self.text)
            else:
                name = self._full_name_before(name, span.start) or ""
            known = self._known(name) if name else None
        if not name or (known is not None and known.kind is not SpeakerKind.PERSON):
            return None
        gender = self._gender(known) if known is not None else self._gender_of(name)
        gender = gender or subject.gender
        if gender not in (None, category):
            return None
        if known is not None:
            return known
        if self._name_kind(name, tuple(w.lower() for w in WORD.findall(name))) is not (
            SpeakerKind.PERSON
        ):
            return None
        role = subject.role.text(self.text) if subject.role else None
        phrase = NounPhrase(span, span, "name", subject.role, None, 0)
        entity = self._new(name, SpeakerKind.PERSON, phrase, role, None)
        entity.gender = gender
        return entity

    def _nearer_body(self, position: int, found: Entity | None) -> Entity | None:
        """ "The Denholm Chamber of Trade has launched a petition, which it says ...":
        an organisation named as the subject of the pronoun's sentence, or of the one
        before, after the source "it" would otherwise take, is what "it" means."""
        floor = self._floor(position, found)
        for sent in self._sentences_back(position, floor, 2):
            body = BODY_SUBJECT.match(self.text, sent.start, sent.end)
            if body is None or not floor < body.start(1) < position:
                continue
            name = body.group(1)
            known = self._known(name)
            if known is not None:
                return known if known.kind is SpeakerKind.ORGANIZATION else None
            tokens = tuple(w.lower() for w in WORD.findall(name))
            if len(tokens) < 2 or self._name_kind(name, tokens) is not SpeakerKind.ORGANIZATION:
                return None
            span = Span(body.start(1), body.end(1))
            phrase = NounPhrase(span, span, "name", None, None, 0)
            return self._new(name, SpeakerKind.ORGANIZATION, phrase, None, None)
        return None

    def _answering(self, phrase: NounPhrase) -> bool:
        """Is this first-person pronoun inside an interview's "A: ..." paragraph?"""
        if phrase.mention.text(self.text).lower() not in ("i", "i'm", "i’m"):
            return False
        line = self.text.rfind("\n", 0, phrase.mention.start) + 1
        return self.lex.interview_answer_re.match(self.text, line) is not None

    def _interviewee(self, position: int) -> NounPhrase | None:
        """The person an interview's introduction names first as a subject ("Marta
        Velasquez has guided ships ...", "Actress Dana Reyes has become ..."),
        within INTERVIEW_INTRO_SENTENCES sentences before `position`."""
        last = bisect.bisect_left(self.sentences, position, key=SPAN_START)
        intro = self.sentences[:last][:INTERVIEW_INTRO_SENTENCES]
        for sent in intro:
            # "NPR's Maya Okafor spoke with ... Dr. Lauren Hale": the one talked to
            talked = self.lex.interview_intro_re.search(self.text, sent.start, sent.end)
            named = (
                INTERVIEWED_NAME.search(self.text, talked.end(), sent.end)
                if talked is not None and self._asks(Span(sent.start, talked.start()))
                else None
            )
            if named is not None:
                span = Span(named.start(1), named.end(1))
                return NounPhrase(span, span, "name", None, None, 0)
        for sent in intro:
            subject = self._subject(sent)
            if subject is None:
                continue
            name = subject.name.text(self.text)
            if len(WORD.findall(name)) > 1 or self._known(name) is not None:
                return NounPhrase(subject.name, subject.name, "name", subject.role, None, 0)
        return None

    def _asks(self, subject: Span) -> bool:
        """Is the subject of an introduction's "spoke with X" the interviewer: a
        reporter, or a name after an outlet's possessive ("NPR's Maya Okafor")?"""
        words = subject.text(self.text)
        return OUTLET_POSSESSIVE.search(words) is not None or any(
            w.lower() in self.lex.interviewers for w in WORD.findall(words)
        )

    def _subject(self, sent: Span) -> Subject | None:
        key = sent.start
        if key not in self.subject_of:
            dateline = self.lex.dateline_re.match(self.text, sent.start, sent.end)
            if dateline is not None:
                sent = Span(dateline.end(), sent.end)  # "KESSEL BAY — Every morning, ..."
            subject = _named_subject(self.text, sent, self.lex)
            if subject is None:
                after = _past_opening_clause(self.text, sent, self.lex)
                if after is not None:
                    # "Asked whether it was offside, Falcons coach Ray Donnelly shrugged."
                    subject = _named_subject(self.text, Span(after, sent.end), self.lex)
            self.subject_of[key] = subject
        return self.subject_of[key]

    def _fuller(self, bare: Entity) -> Entity | None:
        """ "Dravid backs openers" (a headline), then "Head coach Rahul Dravid": the one
        person introduced in full after a bare surname is whom the surname means."""
        if bare.kind is not SpeakerKind.PERSON or len(bare.tokens) != 1:
            return None
        fuller = [
            entity
            for entity in self.entities[bare.id + 1 :]
            if entity.kind is SpeakerKind.PERSON
            and len(entity.tokens) > 1
            and entity.tokens[-1] == bare.tokens[0]
            and not _pair(entity)  # not "Forbes and Wealth-X"
        ]
        return fuller[0] if len(fuller) == 1 else None

    def _known(self, name: str) -> Entity | None:
        """The entity already found under this name, or the one under its surname
        mentioned last; None when there is none."""
        tokens = tuple(w.lower() for w in WORD.findall(name))
        exact = [entity for entity in self.entities if entity.tokens == tokens]
        if exact:
            return self._fuller(exact[-1]) or exact[-1]
        matches = [
            entity
            for entity in self.entities
            if entity.kind is SpeakerKind.PERSON
            and 0 < len(tokens) < len(entity.tokens)
            and entity.tokens[-len(tokens) :] == tokens
        ]
        if len(matches) > 1:
            # "Trump" after "Donald" and "Melania Trump": the one mentioned last
            matches.sort(key=lambda entity: self.seen.get(entity.id, -1))
            if self.seen.get(matches[-1].id, -1) == self.seen.get(matches[-2].id, -1):
                return None
        return matches[-1] if matches else None

    # ------------------------------------------------------------------
    def _new(
        self, name: str, kind: SpeakerKind, phrase: NounPhrase, role: str | None, reason: str | None
    ) -> Entity:
        entity = Entity(
            id=len(self.entities),
            name=name,
            kind=kind,
            role=role,
            role_span=phrase.role if role else None,
            first_mention=phrase.mention,
            reason=reason,
            tokens=tuple(w.lower() for w in WORD.findall(name)),
            channels=[],
        )
        self.entities.append(entity)
        return entity

    def _gender(self, entity: Entity) -> str | None:
        """An entity's gender, from its mentions or its full name ("Bernie Sanders")."""
        return entity.gender or self._gender_of(entity.name)

    def _gender_of(self, mention: str) -> str | None:
        """A gender the words of a mention tell ("Ms. Ruiz", "the spokeswoman")."""
        genders = self.lex.genders
        found = {genders[w] for w in mention.lower().split() if w in genders}
        return found.pop() if len(found) == 1 else None

    def _pronoun(self, word: str) -> Entity | None:
        category = self.lex.pronouns.get(word)
        for entity_id in reversed(self.recent):
            entity = self.entities[entity_id]
            if category in ("male", "female"):
                if (entity.kind is SpeakerKind.PERSON and not _pair(entity)) or (
                    entity.kind is SpeakerKind.ANONYMOUS and not _plural(entity.name)
                ):  # not "Jeb Bush and Chris Christie": two people are "they"
                    if self._gender(entity) in (None, category):
                        return entity
            elif category == "plural":
                if entity.kind is SpeakerKind.ORGANIZATION or _plural(entity.name):
                    return entity
            elif category == "thing":
                # "The report concludes ... It recommends ...": a body or a document
                if entity.kind is SpeakerKind.ORGANIZATION or self._document(entity):
                    return entity
                if self._bare_name(entity):
                    # "Voltrix said it had raised money. It declined to ...": a one-word
                    # name nobody called he or she is a company's
                    entity.kind = SpeakerKind.ORGANIZATION
                    return entity
            else:
                return None  # "I", "we", "you": the writer or a voice inside a quote
        return None

    def _capital_role(self, mention: str) -> bool:
        """ "the Chancellor", "the Taoiseach": "the" and a role noun in capitals."""
        words = mention.split()
        return (
            len(words) == 2
            and words[0].lower() == "the"
            and words[1][:1].isupper()
            and words[1].lower() in self.lex.role_nouns
            # "The Advocate", "The Economist", "The Observer": a paper's name
            and words[1].lower() not in self.lex.anonymous_heads
        )

    def _epithet(self, mention: str, position: int) -> Entity | None:
        """ "the Spaniard", "the 22-year-old", "the 76-year-old Oscar winner": a
        description by age or nationality stands for the latest person spoken of,
        if they were within EPITHET_REACH code points."""
        words = mention.lower().split()
        if len(words) < 2 or words[0] != "the":
            return None
        aged = any(AGED.fullmatch(w) for w in words[1:])
        national = " ".join(words[1:]) in self.lex.demonyms or words[-1] in self.lex.demonyms
        if not (aged or national):
            return None
        found = next(
            (
                self.entities[k]
                for k in reversed(self.recent)
                if self.entities[k].kind is SpeakerKind.PERSON
            ),
            None,
        )
        if (
            found is not None
            and len(found.tokens) > 1
            and position - self.seen.get(found.id, position) <= EPITHET_REACH
        ):
            return found
        return None

    def _bare_name(self, entity: Entity) -> bool:
        """A person by default only (one word, no title, role or gender known) that
        spoke of itself as "it" ("Voltrix said it had raised ...")."""
        return (
            entity.kind is SpeakerKind.PERSON
            and len(entity.tokens) == 1
            and entity.role is None
            and self._gender(entity) is None
            and SAID_IT.match(self.text, entity.first_mention.end) is not None
        )

    def _document(self, entity: Entity) -> bool:
        """Is the entity an unnamed document ("the 140-page report", "a memo
        obtained by the Herald")?"""
        if entity.kind is not SpeakerKind.UNRESOLVED:
            return False
        words = WORD.findall(entity.name.lower())
        heads = self.lex.document_heads
        # a determiner, then a document head within three words ("the 140-page
        # report", "a report released by ...")
        return (
            bool(words) and words[0] in self.lex.determiners and any(w in heads for w in words[1:4])
        )

    def _description(
        self, mention: str, phrase: NounPhrase, role: str | None, reason: str | None
    ) -> Entity:
        words = [w.lower() for w in WORD.findall(mention)]
        shares = self._share(mention)  # "Many of the delegates": keep "Many"
        if shares:
            group = self._group_of_share(words)
            if group is not None:
                return group  # "three people familiar with it ... two of the people said"
        # The head noun: "a source close to the group" is a source, not a group.
        heads = (words if shares else WORD.findall(phrase.name.text(self.text).lower())) or words
        head = heads[-1] if heads else ""
        definite = bool(words) and words[0] in ("the", "this", "that")
        if definite and head in self.lex.document_heads:
            for entity_id in reversed(self.recent):
                entity = self.entities[entity_id]
                # "the statement" after "said in a statement"; not "the report"
                # after "told reporters"
                if any(head in WORD.findall(c.lower()) for c in entity.channels):
                    return entity
        # "the Vermont senator": a capitalised modifier must describe the entity too
        places = [w.lower() for w in WORD.findall(mention)[1:-1] if w[:1].isupper()]
        if definite:
            for entity_id in reversed(self.recent):
                entity = self.entities[entity_id]
                # the role's own words, not a name inside it ("Harlan Group chief
                # economist" is no "group"), and the name's
                # "chair of the regional medical association" is no "association",
                # "spokesperson for the health authority" no "authority": the words
                # before a postmodifier's link
                described = [
                    w.lower()
                    for w in _head_part(WORD.findall(entity.role or ""))
                    if w.islower() or w.lower() not in self.lex.organization_words
                ]
                described += _head_part(WORD.findall(entity.name.lower()))
                # "Vermont Sen. Bernie Sanders" is "the Vermont senator"
                described += [
                    self.lex.title_nouns[w] for w in described if w in self.lex.title_nouns
                ]
                if (
                    head
                    and head in described
                    and (
                        entity.kind is not SpeakerKind.PERSON or all(p in described for p in places)
                    )
                    and not self._other_office(head, entity.role, words)
                    # "the council" is no "council leader": a body's noun that only
                    # modifies a person's role
                    and not (
                        entity.kind is SpeakerKind.PERSON
                        and head in self.lex.organization_words
                        and head not in _head_part(WORD.findall(entity.name.lower()))
                        and _role_head(entity.role) != head
                    )
                ):
                    return entity
        if words and words[0] in POSSESSIVE_PRONOUNS and len(words) > 1:
            # "Her daughter, Ngozi Okafor-Hale, said ... her daughter recalled": a
            # relation given before with an owner's pronoun
            for entity_id in reversed(self.recent):
                entity = self.entities[entity_id]
                owned = [w.lower() for w in WORD.findall(entity.role or "")]
                if owned == words:
                    return entity
        if definite and head in self.lex.company_heads:
            # "Vantor Systems Inc. said ... the company said": the company named last
            for entity_id in reversed(self.recent):
                entity = self.entities[entity_id]
                if (
                    entity.kind is SpeakerKind.ORGANIZATION
                    and entity.tokens
                    and entity.tokens[-1] in self.lex.company_suffixes
                    # a name's suffix ("Harlan Group"), not "A group of former employees"
                    and entity.name.rsplit(" ", 1)[-1][:1].isupper()
                ):
                    return entity
        key = " ".join(w for w in words if w not in self.lex.determiners)
        for entity in self.entities:
            if (
                entity.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.ORGANIZATION)
                and " ".join(entity.tokens) == key
            ):
                return entity  # "Police: ..." in a headline, then "according to police"
        if (
            self.lex.unnamed_group(head)
            or (len(heads) == 1 and head in UNNAMED_QUANTIFIERS)
            or (  # "one of them", "Most of the candidates": a share of unnamed people
                shares
                and head not in self.lex.organization_words
                and head not in self.lex.document_heads
            )
        ):
            kind = SpeakerKind.ANONYMOUS  # "officials", and "“...,” one said", "Others said"
        elif head in self.lex.organization_words or self._by_organization(words):
            kind = SpeakerKind.ORGANIZATION  # "the agency", "a report by the port authority"
        elif reason is not None:
            kind = SpeakerKind.ANONYMOUS  # "The chief of staff, who did not want to be named,"
        else:
            kind = SpeakerKind.UNRESOLVED
        if shares and reason is None and words[-1] in ("them", "those"):
            reason = self._group_reason()  # "one of them": the group's reason, given before
        name = mention
        if kind is SpeakerKind.ANONYMOUS and not shares:
            first, _, rest = mention.partition(" ")
            if first.lower() in self.lex.determiners:
                name = rest  # "a source close to the group" -> "source close to the group"
        return self._new(name or mention, kind, phrase, role, reason)

    def _other_office(self, head: str, role: str | None, words: list[str]) -> bool:
        """Whether a role names another office than a description with this head
        ("Vice President" for "the former president"), unless the description
        says so too ("the deputy mayor")."""
        role_words = [w.lower() for w in WORD.findall(role or "")]
        if head not in role_words:
            return False
        before = role_words[role_words.index(head) - 1] if role_words.index(head) > 0 else ""
        return before in self.lex.subordinate_role_words and before not in words

    def _group_of_share(self, words: list[str]) -> Entity | None:
        """The unnamed group a definite share names again: "two of the people" after
        "three people familiar with the talks". ("one of them" stays a source of its
        own that shares the group's reason: "them" may be any group before it.)"""
        if len(words) != 4 or words[2] not in ("the", "those", "these"):
            return None
        head = words[3]
        for entity_id in reversed(self.recent):
            entity = self.entities[entity_id]
            if entity.kind is not SpeakerKind.ANONYMOUS or not _plural(entity.name):
                continue
            if self._share(entity.name):
                continue  # a share is no group of its own
            if head in _head_part(list(entity.tokens)):
                return entity
        return None

    def _group_reason(self) -> str | None:
        """The reason for anonymity of the unnamed group mentioned last ("The people,
        who spoke on the condition of anonymity, said ... “...,” one of them said")."""
        for entity_id in reversed(self.recent):
            entity = self.entities[entity_id]
            if entity.kind is SpeakerKind.ANONYMOUS and _plural(entity.name):
                return entity.reason
        return None

    def _share(self, mention: str) -> bool:
        """A number or quantifier and an "of" phrase ("Two of the delegates", "Much
        of the media"): a share of a group, not a name."""
        words = mention.lower().split()
        return (
            len(words) > 2
            and words[1] == "of"
            and (
                words[0] in self.lex.determiners
                or words[0] in self.lex.ratio_numbers
                or words[0] in UNNAMED_QUANTIFIERS
                or words[0] in SHARE_WORDS
                or words[0].isdigit()
            )
        )

    def _by_organization(self, words: list[str]) -> bool:
        """ "a study by the University of Lowmouth", "a report published on Thursday by
        the harbour authority", "records from the safety administration": a work or a
        record whose author after "by" or "from" is an organisation."""
        links = [k for k, w in enumerate(words) if w in ("by", "from")]
        if not links:
            return False
        at = links[-1]
        return any(
            w in self.lex.document_heads or w in self.lex.record_heads for w in words[:at]
        ) and any(w in self.lex.organization_words for w in words[at + 1 :])

    def _name(self, name: str, phrase: NounPhrase, role: str | None, reason: str | None) -> Entity:
        tokens = tuple(w.lower() for w in WORD.findall(name))
        start = phrase.mention.start
        # "the JCS" after "the Joint Chiefs of Staff (JCS)": the article is no part
        acronym = self._acronym(name, start) or (
            self._acronym(name[4:], start) if name[:4] in ("The ", "the ") else None
        )
        if acronym is not None:
            name, tokens = acronym, tuple(w.lower() for w in WORD.findall(acronym))
        for entity in reversed(self.entities):
            if entity.tokens == tokens or (acronym and entity.name == acronym):
                return self._fuller(entity) or entity
        for entity in reversed(self.entities):
            if entity.kind is not SpeakerKind.PERSON or not entity.tokens or not tokens:
                continue
            if (
                len(tokens) < len(entity.tokens)
                and not _pair(entity)  # "Braynard" is not "Braynard and Chrabaszcz"
                and (
                    entity.tokens[-len(tokens) :] == tokens
                    or entity.tokens[: len(tokens)] == tokens
                )
            ):
                return entity  # "Abid" -> "Imran Abid"
            if len(tokens) == len(entity.tokens) and len(tokens) > 1:
                if fuzz.ratio(" ".join(tokens), " ".join(entity.tokens)) >= FUZZY_THRESHOLD:
                    return entity  # "Muhammad Hilal" -> "Mohammad Hilal"
        for entity in reversed(self.entities):
            if (
                tokens
                and entity.kind is SpeakerKind.ORGANIZATION
                and len(tokens) < len(entity.tokens)
                and entity.tokens[: len(tokens)] == tokens
                and tokens[-1] not in self.lex.organization_words
            ):
                # "Lumen" -> "Lumen Semiconductor", after no person of that name
                return entity
        if len(tokens) == 1 and acronym is None:
            full = self._full_name_before(name, start)
            if full is not None:
                name, tokens = full, tuple(w.lower() for w in WORD.findall(full))
                for entity in self.entities:
                    if entity.tokens == tokens:
                        return entity
        kind = self._name_kind(name, tokens)
        if kind is SpeakerKind.PERSON and role and self._body_role(role):
            kind = SpeakerKind.ORGANIZATION  # "Ferry operator NorthLink", "the utility, Harwick"
        if (
            kind is SpeakerKind.PERSON
            and role is None
            and self._gender_of(name) is None
            and self._spoken_of_as_thing(tokens, phrase.mention.end)
        ):
            kind = SpeakerKind.ORGANIZATION
        return self._new(name, kind, phrase, role, reason)

    def _body_role(self, role: str) -> bool:
        """A short role that names a kind of body ("Ferry operator", "the Canadian
        mining company", "the official Chinese news agency"), not a person's job:
        its last word, in lower case, is an organisation word."""
        words = role.split()
        if not words or len(words) > BODY_ROLE_WORDS:
            return False
        if words[0].lower() not in ("the", "a", "an") and not words[0].islower():
            if len(words) > 2:
                return False  # "Mr. Taylor's group", "53, a security guard"
        last = words[-1]
        return (
            last.islower()
            and last in self.lex.organization_words
            and last not in self.lex.role_nouns
            and not any(w.lower() in BODY_ROLE_LINKS or w in self.lex.prepositions for w in words)
        )  # "a spokesman for the foundation": a postmodifier, the head comes before it

    def _acronym(self, name: str, position: int) -> str | None:
        for acronym in self.acronyms:
            if acronym.position > position + len(name) + 2:
                break
            if name in (acronym.short, acronym.long) or name.endswith(f"({acronym.short})"):
                return acronym.long
        return None

    def _spoken_of_as_thing(self, tokens: tuple[str, ...], end: int) -> bool:
        """Does the text right after a name's first mention treat it as a thing?
        "Northstar, which carried 9 million, said"; a one-word name that goes on to
        call itself "it" ("Tremont said it accepted the findings"; not "Smith said it
        was a shame")."""
        if WHICH_AFTER.match(self.text, end) is not None:
            return True
        said_it = SAID_IT.match(self.text, end) if len(tokens) <= 2 else None
        if said_it is None or DUMMY_IT.match(self.text, said_it.end()) is not None:
            return False
        if len(tokens) == 1:
            return True
        # "Harbor Freight said it would still pay its dividend": two words that are
        # no given name and a surname, and an "its" that goes on to own something
        return (
            tokens[0] not in self.lex.genders
            and ITS_AFTER.match(self.text, said_it.end()) is not None
        )

    def _described_before(self, name: str, position: int) -> Subject | None:
        """The nearest earlier sentence that opens with a description and then this
        one-word name between commas ("His wife, Morag, laughs"), as its subject."""
        floor = max(0, position - FULL_NAME_REACH)
        at = self.text.rfind(f", {name},", floor, position)
        for _ in range(3):  # the nearest three: a long run of them stays linear
            if at == -1:
                break
            k = bisect.bisect_right(self.sentences, at, key=SPAN_START) - 1
            if k >= 0:
                subject = self._subject(self.sentences[k])
                if subject is not None and subject.described and subject.name.start == at + 2:
                    return subject
            at = self.text.rfind(f", {name},", floor, at)
        return None

    def _full_name_before(self, surname: str, position: int) -> str | None:
        """The nearest earlier "Given Names Surname" (one to three capitalised words)."""
        text = self.text
        floor = max(0, position - FULL_NAME_REACH)
        at = text.rfind(surname, floor, position)
        while at != -1:
            end = at + len(surname)
            if end <= position and (
                end == len(text)
                or not (
                    text[end].isalnum()
                    # "Finch" is not "Ellen Finch-Moore"
                    or (text[end] == "-" and end + 1 < len(text) and text[end + 1].isalpha())
                )
            ):
                match = NAME_WORDS_BEFORE.search(text, max(0, at - NAME_WINDOW), at)
                if match is not None:
                    given = self._given_names(match.group().split())
                    if surname.lower() not in self.lex.organization_words:
                        given = self._past_titles(given)
                    if given:
                        return " ".join([*given, surname])
            at = text.rfind(surname, floor, at)
        return None

    def _past_titles(self, words: list[str]) -> list[str]:
        """ "House Speaker Joan", "Labor Secretary Thomas": the given names after the
        last title or role word."""
        for n in range(len(words) - 1, -1, -1):
            if words[n] in self.lex.titles or (
                # "Captain Dean Okafor": a role word right before the surname is a name
                n < len(words) - 1 and words[n].lower() in self.lex.role_nouns
            ):
                return words[n + 1 :]
        return words

    def _given_names(self, words: list[str]) -> list[str]:
        """The capitalised words before a surname that belong to the name: not those of
        an earlier sentence ("FULL TEXT. Berhanu"), nor titles or openers."""
        for n in range(len(words), 0, -1):
            ender = words[n - 1].rstrip("'’\"”")  # "Trump.'": a quote that ends a sentence
            if ender.endswith(".") and len(ender) > 2 and ender not in self.lex.titles:
                words = words[n:]
                break
        for n in range(len(words) - 1, -1, -1):
            if words[n].lower() in self.lex.not_names or words[n].lower() == "than":
                words = words[n + 1 :]  # "... More Important Than Electing Obama"
                break
        while words and (words[0] in self.lex.titles or _gerund(words[0])):
            words = words[1:]  # "Bashing Trump has ...": a verb's -ing form, no name
        return words

    def _name_kind(self, name: str, tokens: tuple[str, ...]) -> SpeakerKind:
        if len(tokens) == 2 and tokens[0] in UNNAMED_QUANTIFIERS and _plural(name):
            return SpeakerKind.ANONYMOUS  # "many Democrats", "Some Iowans": a share of a group
        if any(t in self.lex.organization_words for t in tokens):
            return SpeakerKind.ORGANIZATION
        if len(tokens) > 2 and (
            any(t in BODY_LINKS for t in tokens[1:-1])
            or (tokens[1] == "of" and tokens[0].endswith("s") and self.lex.unnamed_group(tokens[0]))
        ):
            # "Mothers Against Drunk Driving", "Citizens for Responsibility and Ethics",
            # "Friends of the Earth": people named by a cause are a body
            return SpeakerKind.ORGANIZATION
        if len(tokens) == 1 and _plural(name):
            # A capitalised common noun opening the sentence is no person's name:
            # "Ministers insisted", "Republicans say", "Records show"
            word = tokens[0]
            one = singular(word)
            if (
                self.lex.unnamed_group(word)
                or one in self.lex.role_nouns
                or one in self.lex.party_members
            ):
                return SpeakerKind.ANONYMOUS
            if word in self.lex.record_heads:
                return SpeakerKind.UNRESOLVED
        if len(tokens) == 1 and tokens[0] in self.lex.role_nouns:
            # "Minister defends housing plan": a headline's role, nobody's name
            return SpeakerKind.UNRESOLVED
        if "of" in tokens[1:-1] and any(
            t.endswith("s") and t[:-1] in self.lex.role_nouns for t in tokens[: tokens.index("of")]
        ):
            return SpeakerKind.ORGANIZATION  # "Joint Chiefs of Staff": officers as a body
        if len(tokens) == 2 and tokens[1] in MEMBERS:
            return SpeakerKind.ANONYMOUS  # "Labour MPs", "Tory ministers": a party's members
        if " ".join(tokens) in self.lex.places:
            return SpeakerKind.ORGANIZATION  # "Moscow has denied ..."
        if ACRONYM_NAME.fullmatch(name) or name.lower().startswith("the ") or " & " in name:
            return SpeakerKind.ORGANIZATION  # "Johnson & Johnson": two names make a firm
        return SpeakerKind.PERSON


def _role_head(role: str | None) -> str | None:
    """The head noun of a role ("leader" in "council leader of Westbridge")."""
    words = [w.lower() for w in _head_part(WORD.findall(role or ""))]
    return words[-1] if words else None


def _pair(entity: Entity) -> bool:
    """Two people named together ("Jeb Bush and Chris Christie"): "they", never one."""
    return " and " in entity.name


def _plural(name: str) -> bool:
    if " and " in name:
        return True  # "Jeb Bush and Chris Christie", "Clinton aides and allies"
    words = name.lower().split()
    if len(words) > 2 and words[1] == "of" and words[0] not in ("one", "each", "either"):
        return True  # "Most of Delaware's Democratic brass", "two of whom"
    for n, word in enumerate(words[1:], 1):
        if word in PLURAL_HEAD_LINKS:
            words = words[:n]  # "people at the rally": the head is "people"
            break
    last = words[-1] if words else ""
    return (last.endswith("s") and not last.endswith("ss")) or last in IRREGULAR_PLURALS


@dataclass(frozen=True, slots=True)
class Subject:
    """A person's name that opens a sentence, and what a description before it
    tells ("His daughter, Jess, ...": a person, a woman)."""

    name: Span
    role: Span | None = None  # the description before the name
    gender: str | None = None

    @property
    def described(self) -> bool:
        return self.role is not None


def _named_subject(text: str, sent: Span, lexicon: Lexicon) -> Subject | None:
    """A person's name that opens a sentence as its subject ("Harlan, speaking at a
    plant, struck ...", "Gov. Dana Harlan has ...", "His daughter, Jess, isn't"), or
    None."""
    described = DESCRIBED_SUBJECT.match(text, sent.start, sent.end)
    if described is not None:
        head = described.group(1).split()[-1].lower()
        if head in lexicon.role_nouns or head in lexicon.genders:
            role = Span(described.start(), described.end(1))
            name = _past_titles(text, Span(described.start(2), described.end(2)), lexicon)
            return Subject(name, role, lexicon.genders.get(head))
    titled = TITLED_SUBJECT.match(text, sent.start, sent.end)
    if titled is not None and titled.group(2).split()[-1] in lexicon.role_nouns:
        # "Rovers boss Anna Kerr was ...", "Defence minister Ali Raza has ...": the
        # role and the organisation before it describe the name
        head = titled.group(2).split()[-1]
        role = Span(titled.start(), titled.end(2))
        name = _past_titles(text, Span(titled.start(3), titled.end(3)), lexicon)
        return Subject(name, role, lexicon.genders.get(head))
    found = NAMED_SUBJECT.match(text, sent.start, sent.end)
    if found is None:
        return None
    opening = text[sent.start : min(sent.end, sent.start + 80)].split()[:8]
    if len(opening) >= 4 and not any(_plain_lower(w, lexicon) for w in opening):
        return None  # "Lynch Closes The Door On Charges": a headline in title case
    words = found.group(1).split()
    start = found.start(1)
    title_role: Span | None = None
    title_start: int | None = None  # where the title words before the name begin
    while words and (
        words[0] in lexicon.titles
        or words[0].lower() in lexicon.connectives
        or words[0].lower() in ("but", "and", "yet", "so", "still")
        # "Actress Diane Guerrero has ...": a role noun before a full name
        or (len(words) > 2 and words[0].lower() in lexicon.role_nouns)
    ):
        # "Gov. Dana Harlan", "But Ayotte isn't interested"
        if words[0] in lexicon.titles or words[0].lower() in lexicon.role_nouns:
            title_start = start if title_start is None else title_start
            if words[0].lower() in lexicon.role_nouns and len(words) > 2:
                title_role = Span(title_start, start + len(words[0]))  # "Vice President"
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
        words = words[1:]
    lowered = [w.lower() for w in words]
    if (
        not words
        or lowered[0] in lexicon.not_names
        or lowered[0] in lexicon.pronouns
        or _opener_word(lowered[0], lexicon)
        or any("." in w[:-1] or (w.endswith(".") and len(w) > 2) for w in words)
        or any(w in lexicon.organization_words or w in lexicon.time_words for w in lowered)
        or " ".join(lowered) in lexicon.places
        or (len(words) == 1 and _group_word(lowered[0], lexicon))  # "Republicans", "Critics"
        or any(w.endswith(("'s", "’s")) for w in lowered)  # "Trump's campaign", "Clinton's Iraq"
    ):
        return None
    if title_role is None:
        return Subject(Span(start, found.end(1)))
    head = text[title_role.start : title_role.end].rsplit(maxsplit=1)[-1].lower()  # "Actress"
    return Subject(Span(start, found.end(1)), title_role, lexicon.genders.get(head))


def _past_titles(text: str, name: Span, lexicon: Lexicon) -> Span:
    """The name without the titles that open it ("Councillor Maureen Thwaite" after
    "The council's finance chief,": Maureen Thwaite), as coreference names people."""
    start = name.start
    for word in text[name.start : name.end].split()[:-1]:
        if word not in lexicon.titles:
            break
        start = text.index(word, start) + len(word)
        while text[start].isspace():
            start += 1
    return Span(start, name.end)


def _plain_lower(word: str, lexicon: Lexicon) -> bool:
    """A word in lower case that a headline in title case would capitalise ("spent",
    not "of" or "in")."""
    word = word.strip(",.;:!?\"“”‘’'()")
    return (
        word[:1].islower()
        and word.lower() not in lexicon.headline_small_words
        and word.lower() not in lexicon.prepositions
    )


def _past_opening_clause(text: str, sent: Span, lexicon: Lexicon) -> int | None:
    """Where the main clause begins after an opening participle or subordinate clause
    ("Asked about the vote, ...", "When the polls closed, ..."): after its comma,
    within OPENING_CLAUSE_REACH code points; None when the sentence opens otherwise."""
    first = OPENING_WORD.match(text, sent.start, sent.end)
    if first is None:
        return None
    word = first.group().lower()
    # "Every morning at 5:40, Tomas Rinn unties ...", "Last week, ..."
    if not (_opener_word(word, lexicon) or word in lexicon.time_words or word in TIME_OPENERS):
        return None
    comma = text.find(", ", sent.start, min(sent.end, sent.start + OPENING_CLAUSE_REACH))
    return comma + 2 if comma != -1 else None


def _group_word(word: str, lexicon: Lexicon) -> bool:
    """A capitalised plural that names a group, not a person ("Republicans", "Critics",
    "Officials"; but "Sanders", "Reyes")."""
    one = singular(word)
    return word.endswith("s") and (
        word in lexicon.anonymous_heads  # not the suffixes of unnamed_group: "Sanders"
        or one in lexicon.role_nouns
        or one in lexicon.party_members
        or word in lexicon.record_heads
    )


def _opener_word(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word that opens a sentence without naming anybody: "Following",
    "Consider", "Oh", "Had", "Throughout", "Finally"."""
    return (
        opening_word(word, lexicon)
        or word.endswith("ing")
        or word in lexicon.verbs
        or word in lexicon.auxiliaries
        or word in lexicon.subordinators
        or word in OPENING_WORDS
    )


# Words that end the head of a role or a name ("chair | of the association")
HEAD_LINKS = frozenset({"of", "for", "at", "with", "from", "to", "on", "in"})


def _head_part(words: list[str]) -> list[str]:
    """The words of a role or a name before its first postmodifier link."""
    for k, word in enumerate(words):
        if word.lower() in HEAD_LINKS:
            return words[:k]
    return words


# An organisation's name opening its sentence as the subject of a finite verb: "The
# Denholm Chamber of Trade has launched", "Harbor Foods said"
BODY_SUBJECT = regex.compile(
    rf"(?:The{SPACE})?((?:\p{{Lu}}[\w&’'.-]*{SPACE}(?:(?:of|for|and|on){SPACE})?){{1,5}}"
    rf"?\p{{Lu}}[\w&’'.-]*){SPACE}(?:has|have|had|is|was|were|are|will|would|\p{{Ll}}+(?:ed|s))\b"
)
# A source that calls itself "it" in its own words: "Voltrix said it had raised".
SAID_IT = regex.compile(r"\s+(?:\w+\s+)?(?:said|says|added|announced|stated)\s+(?:that\s+)?its?\b")
# An "its" later in the clause after "said it": "said it would still pay its dividend"
ITS_AFTER = regex.compile(r"[^.;:!?\n]{0,80}?\bits\b")
# A relative clause for things, not people: "Northstar, which carried ..."
WHICH_AFTER = regex.compile(r",\s+which\b")
# What an "it" that stands for no source goes on with: "said it was a shame"
DUMMY_IT = regex.compile(
    r"(?:[’']s|\s+(?:(?:will|would|could|might|may|has|had|have)\s+)?"
    r"(?:is|was|be|been|seems?|seemed|felt|feels?|looks?|looked|took|takes?|makes?|made)\b)"
)
# How far an opening clause may run before its comma, and its first word.
OPENING_CLAUSE_REACH = 160
OPENING_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
TIME_OPENERS = frozenset({"every", "each", "last", "next", "this", "earlier", "later"})
# Capitalised openers that no list above holds.
OPENING_WORDS = frozenset({"oh", "consider", "imagine", "remember", "throughout", "yes", "no"})
# The last word of a name: "Harlan", "O’Neil", "McCain", "MacLeod", "DeSantis".
SURNAME = r"\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?"
# One to three capitalised words (a title first, perhaps) that open a sentence, then
# a comma or a lower-case word: the sentence's subject when it is a name.
# A description, then a name between commas: "His daughter, Jess, ...", "The party
# chairman, Kelly Armstrong, ..."
DESCRIBED_SUBJECT = regex.compile(
    r"(?:The|His|Her|Their|Its|Our|A|An)\s+((?:[\p{Ll}’'-]+\s+){0,4}[\p{Ll}’'-]+),\s+"
    r"((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}" + SURNAME + r"),\s"
)
TITLED_SUBJECT = regex.compile(
    r"(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}((?:[\p{Ll}-]+\s+){0,1}([\p{Ll}-]+))\s+"
    r"((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}" + SURNAME + r")(?=,\s|\s+\p{Ll})"
)
NAMED_SUBJECT = regex.compile(
    r"((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}" + SURNAME + r")(?=,\s|\s+\p{Ll}|\s+\()"
)


# Given names that end like a verb's -ing form
ING_GIVEN_NAMES = frozenset({"sterling", "irving", "channing", "browning", "fleming"})


def _gerund(word: str) -> bool:
    """ "Bashing", "Electing": a capitalised -ing form, which opens no name."""
    lower = word.lower()
    return len(lower) >= 6 and lower.endswith("ing") and lower not in ING_GIVEN_NAMES
