"""What every way of reading a sentence shares: its subject and its content.

:class:`ReaderBase` holds the sentence's text and masked text, the lexicon and
the speaker parser, and answers the questions all cue kinds ask: who is the
subject of this sentence ("Trump attacked the plan, saying ..."), where does
the content a cue governs begin and end, and which quotes follow a position.
The cue kinds build on it: :mod:`attribution.verbless` (credits and colons)
and :mod:`attribution.statements` (verbs, participles, "according to").
"""

from __future__ import annotations

import regex

from attribution.drafts import Draft, QuoteInfo, index_at
from attribution.lexicon import Lexicon, Verb
from attribution.model import QUESTION, REFUSAL, Form, Span
from attribution.segment import finite_word
from attribution.speakers import (
    CLOSING_MARKS,
    DEGREE_WORDS,
    IRREGULAR_PAST,
    OBJECT_PRONOUNS,
    OPENING_MARKS,
    POSSESSIVE,
    QUANTIFIER_SUBJECTS,
    QUOTE_MARK_CHARS,
    TIME_NOUNS,
    NounPhrase,
    SpeakerParser,
    Token,
    degree_opening,
)

SENTENCE_PUNCT = frozenset(".!?;:…,")
COLON_QUOTE = regex.compile(r":\s*[“\"‘«']")  # a colon that opens a quotation
# The longest subject a second verb takes from the first when it is no name or pronoun
# the participle reader would take ("The airport apologised for X and said Y")
COORDINATED_SUBJECT_TOKENS = 4
# A comma and a conjunction right after the cue: "did not comment, but his agent
# said ...": the next clause is another's, never this cue's content
JOINT_AFTER_CUE = regex.compile(r"\s*[,;]\s*(?:but|yet|and|or|so|whereas)\b", regex.I)


# ", with" before an absolute clause ("..., with a spokesman saying X"), and how many
# words its subject may have before the participle
WITH_JOINT = regex.compile(r",\s+with\s+")
WITH_SUBJECT_WORDS = 7
# "said its losing streak came down to effort, a day after a 119-98 loss": when it
# was said, the writer's (no content of train's gold runs through one: 0 of 9)
TRAILING_TIME = regex.compile(
    r",\s+(?:just\s+|only\s+|shortly\s+|barely\s+)?(?:(?:a|an|one|two|three|four|five|six"
    r"|several|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)"
    r"\s+(?:after|before)\s"
)
# "declined to comment when contacted by BBC Sport": the request, the writer's (train's
# gold ends its contents before "when asked" 5 times of 7)
WHEN_CONTACTED = regex.compile(
    r",?\s+when\s+(?:contacted|reached|approached|called|asked)\b(?!\s+(?:whether|if|about|to|why|how|what|who)\b)"
)
# A non-restrictive relative or a participle after a comma, ending the content when
# it runs to the clause's end ("said turnout was 80,000, which beat forecasts").
# A participle takes an object or an adjunct ("..., killing three people"); a gerund
# subject takes a verb (", spending rose") and is no aside.
TRAILING_ASIDE = regex.compile(
    r",\s+(?:to\s+which|which|who|whom|whose|where)\b"
    r"|,[”\"’]?\s+(?!(?:including|regarding|concerning|excluding)\s)\p{Ll}+ing\s+(?:the|a|an|his|her|their|its|our|this|that|these|those|some|many"
    r"|more|him|them|it|us|me|to|in|on|at|for|with|from|by|as|about|into|over|\d)\b"
)

# A short label and a colon that open a paragraph's sentence ("Driving the news:",
# "Why it matters:", "Between the lines:")
LEAD_LABEL = regex.compile(r"(\p{Lu}[\w’']*(?:\s+[\w’']+){0,3}):\s+(?=[\p{Lu}“\"])")
# The marker of a list's item before its words: "* ", "• ", "- "
BULLET = regex.compile(r"[*•·‣▪◦-]\s+(?=\S)")
# A connective that ends the content before a tail cue: "Most were still waiting,
# however, the data showed" (the writer's turn, not the data's)
TRAILING_CONNECTIVE = regex.compile(
    r",\s*(?:however|though|meanwhile|moreover|nevertheless|nonetheless|by contrast|in contrast)$",
    regex.IGNORECASE,
)
# A dash between words: " - ", " -- ", " — ", or an unspaced em dash
DASH_MARK = regex.compile(r"\s(?:-{1,2}|—|–)\s|—")
# A capitalised word alone (not "Scotiabank's"), as a sentence opens with one
TITLE_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
# A capitalised modifier of a noun: an adjective of a nation, a party or a level
# of government ("Republican", "Mexican", "Federal", "Public"), or an acronym ("FBI")
CAPITAL_MODIFIER = regex.compile(r"\p{Lu}\p{Ll}+(?:an|al|ic|ar|ese|ish)|\p{Lu}{2,}")
# A work's title after its name and a comma: a few words, each capitalised but the
# short ones ("Tough Choices", "An American Son").
TITLE_WORDS = 8
WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'-]*")
# Prepositions of two words that may open a sentence before its subject
COMPOUND_PREPOSITIONS = {
    "along": "with",
    "together": "with",
    "apart": "from",
    "aside": "from",
    "ahead": "of",
    "instead": "of",
    "prior": "to",
    "thanks": "to",
    "due": "to",
}
# A second verb right after a cue, its auxiliaries and adverbs, and its particle:
# "derided and insulted X", "endorsed and has fundraised for X"
SHARED_OBJECT = regex.compile(
    r"\s*(?:and|or)\s+(?:(?:has|have|had|will|would|also|then|later)\s+)*"
    r"(?P<verb>\p{Ll}+)\s+(?:(?:for|to|on|about|with|of|against)\s+)?"
)
# Where an object was said, after it: an occasion of speaking and what follows it to
# the end of the content ("at a rally in South Carolina Friday night", "during a speech
# in Iowa on Friday")
OBJECT_SETTING = regex.compile(
    r"[\s,]+(?=(?:at|during)\s+(?:a|an|his|her|their|its|the|last|this|\p{Lu}\w*day['’]s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:rally|rallies|speech|event|debate|town\s+hall|news\s+conference"
    r"|press\s+conference|briefing|meeting|fundraiser|forum|hearing|interview|appearance"
    r"|campaign\s+stop|stop|roundtable|summit|convention)\b)"
)
# A lower-case word right after a quote's closing mark: the sentence goes on
CLAUSE_GOES_ON = regex.compile(r" (\p{Ll}+)\b")
# ... after "and": a second subject (a quoted term or a few words), then its finite verb
COORDINATED_SUBJECT_VERB = regex.compile(
    r"\s+(?:[\"“‘'][^\"“”‘’,.;:\n]{1,40}[\"”’']"
    r"|(?!(?:then|it|he|she|they|we|i|you|there|this|that|the|a|an|his|her|their|its)\b)"
    r"\p{Ll}+(?:\s+\p{Ll}+){0,2})"
    r"\s+(?:is|are|was|were|will|would|can|could|has|have|had|should|must|may|might|remain|remains)\s"
)
# Where an object cue's content may meet a clause of the writer's about when ("praised
# the team after a late goal sealed it")
OBJECT_ADJUNCT = regex.compile(r"[ ,]+(?=(?:after|before|when|while|until)\s)")
# An object cue's content that is a clause ("questioned whether users would pay when
# rivals are free"): its "when" and "while" are its own
CLAUSE_OBJECT = regex.compile(r"\s*(?:whether|if|how|why)\s")
# Where an object cue's content may meet a coordinated clause: ", and", ", but", ";".
OBJECT_JOINT = regex.compile(r",[”\"’]?\s+(?:and|but)\s+|;\s+")
# A second verb of the cue's subject, without a comma: "welcomed the results but
# urged caution" (the verb is checked against the lexicon).
# "denies murder but has admitted manslaughter": a perfect's auxiliary may come first
OBJECT_VERB_JOINT = regex.compile(
    r"\s+(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+)?(\p{Ll}+)\b"
)
# "..., as the Conservatives accused X", "... as Tories accuse X": another speaker's
# clause of the same time, its subject a determiner's phrase or a capitalised name
AS_OPENS = regex.compile(
    r"(?<!\b(?:well|such|so|just|same|soon|long|much|many|far|twice|half|even))"
    r",?\s+as\s+(?=\S)",
    regex.I,
)
AS_WORD = regex.compile(r"[\w’'.-]+")
# How many tokens back from "and said" the subordinate clause's verb may be
# ("when Pruett announced he would send 500 Guard members to the border and said")
CLAUSE_SUBJECT_REACH = 20
# Units after a count that make it a time or a distance, not a count of sources:
# "Around 3 a.m., the customer ...", "About 40 minutes later, police said"
MEASURE_UNITS = frozenset(
    {"a.m.", "p.m.", "am", "pm", "o'clock", "o’clock", "seconds", "minutes", "hours", "days"}
    | {"weeks", "months", "years", "miles", "kilometres", "kilometers", "km", "metres", "meters"}
)
AS_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
AS_AUXILIARIES = frozenset({"has", "have", "had", "also", "later", "again", "then"})
AS_DESCRIPTION_WORDS = 3  # "as the union's leaders said": a determiner and two words
# A refusal's bare infinitive and the day it was refused: "declined to comment Tuesday",
# "would not comment further on Friday"
REFUSED_THEN_TIME = regex.compile(
    r"\s*to\s+\p{Ll}+(?:\s+further)?(?P<time>\s+(?:on\s+)?(?:\p{Lu}\w*day|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)[\s.,]*"
)
# A denied verb after an object is always the subject's next verb: "confirmed the
# injury in a statement but did not give a timeline"
OBJECT_DENIED_JOINT = regex.compile(
    r"\s+(?:and|but)\s+(?:did|does|do|would|will|could|can|has|have|had)"
    r"(?:\s+(?:not|never)\b|n[’']t\b)"
)
# "says X and considers Y": a second verb of the speaker's in the cue's present form
AGREEING_JOINT = regex.compile(r",?\s+and\s+(?:also\s+)?(\p{Ll}+s)\b")
# The words that open a relative clause inside an object ("praises the man who runs it")
RELATIVE_OPENERS = frozenset({"who", "that", "which", "whose"})
# The present forms that make a clause of its own ("says it is ready and plans to")
PRESENT_AUXILIARIES = frozenset({"is", "has", "does", "isn't", "hasn't", "doesn't", "'s", "’s"})
# "said X but has not said Y", "but would not say": a denied second verb too
CLAUSE_VERB_JOINT = regex.compile(
    r",?\s+but\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:(?P<aux>has|have|had|did|does|would|will|could|can)\s+(?:not|never)\s+)?(\p{Ll}+)\b"
)
# Marks that end a joint's own clause inside an object ("before the election, saying")
CLAUSE_MARK = regex.compile(r"[,;:]")
# The auxiliaries after which a cue verb stands in its base form ("did not say")
BASE_FORM_AUXILIARIES = frozenset({"did", "does", "would", "will", "could", "can"})

# Words whose "'s" is a contracted "is": "That's", "There's", "What's".
CONTRACTED_IS = frozenset({"that", "there", "here", "what", "who", "where", "it"})

# Adverbs that open a sentence with a prepositional phrase: "Back in 1999, ...".
# ... and of time and position: "Midway through the set, ...", "Later in the day, ..."
PLACE_ADVERBS = frozenset(
    {"here", "there", "back", "way", "midway", "halfway", "partway", "later", "earlier", "soon"}
)
ASIDE_DASHES = frozenset({"―", "—", "–"})
# "Years after ..., Obama won": a span of time opening a phrase
TIME_SPANS = frozenset(
    {"years", "months", "weeks", "days", "hours", "minutes", "moments", "decades"}
)
SUBJECTS = frozenset({"he", "she", "they", "we", "i"})  # pronouns that only stand as subjects
# A time that opens a sentence without a comma before its subject pronoun: "A few
# minutes later they", "That night she", "Two weeks ago he"
BARE_TIME_WORDS = 5
BARE_TIME_FILLERS = frozenset({"a", "few", "several", "that", "the", "on", "ago", "then"})


# Where a channel phrase may begin inside a content's last words, and how far back
# from its end one is looked for ("..., in a statement", "... on Twitter").
CHANNEL_LEAD = regex.compile(r"[ ,]+(?=(?:in|on|at|during|via|through)\s)")
TRAILING_CHANNEL_REACH = 80
# The end of an object cue's clause that tells when or where the verb happened: a day
# ("endorsed Clinton on Thursday") or an event ("at a news conference in Tulsa", "during
# a rally Friday in Hartford"), with a place after it.
OBJECT_TAIL = regex.compile(
    r"\s+(?:(?:on|late|early|last|this|next)\s+)?(?=\p{Lu}\w*day\b)"
    # "did not respond to requests for comment by Wednesday", "by press time": the
    # writer's deadline, not the request's
    r"|(?<=\bcomment)\s+by\s+(?:(?=\p{Lu}\w*day\b)|(?:press\s+time|deadline|publication)(?=\s*$))"
    # "played down the idea in recent weeks", "last week", "for months"
    r"|\s+(?:in\s+(?:recent|the\s+past|the\s+last)|for)"
    r"\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)(?=\s*$)"
    r"|\s+(?:at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:news conference|press conference|rally|speech|debate|event|town hall|forum|hearing"
    r"|conference call|campaign stop|fundraiser|briefing|summit|convention|luncheon|dinner)"
    r"(?:\s+(?:on\s+)?\p{Lu}\w*day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:in|at)\s+\p{Lu}[\w’'.-]*(?:,?\s+\p{Lu}[\w’'.-]*){0,3})*(?=\s|$|[.,;])"
)
# What may follow a trailing channel: nothing, or a day ("in a statement on Tuesday").
# The months by their full names (statements.py adds their abbreviations)
MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
TIME_TAIL = regex.compile(
    r"\s*(?:(?:on\s+)?\p{Lu}\w*day|(?:last|this|earlier this|late)\s+\w+"
    # "in January", "in March 2025", "in 2024"
    r"|in\s+(?:" + MONTH_NAMES + r"(?:\s+\d{4})?|\d{4}))?"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*"
)


# The words that open a question left open by a refusal ("did not say when ...")
# Counts in words that open a subject of people ("Tens of thousands of people")
MULTITUDES = frozenset({"tens", "dozens", "scores", "hundreds", "thousands", "millions"})
QUESTION_WORDS = frozenset({"when", "where", "why", "how", "whether", "who", "what", "which"})
# ... and those that may stand alone as what was left open ("did not say how.")
LEFT_OPEN = QUESTION_WORDS - {"which"}


class ReaderBase:
    def __init__(self, text: str, masked: str, lexicon: Lexicon) -> None:
        self.text = text
        self.masked = masked
        self.lex = lexicon
        self.parser = SpeakerParser(lexicon)
        self.title_copies = 0  # title-case headlines read in a copy (headlines.py)

    def _is_document(self, phrase: NounPhrase | None) -> bool:
        if phrase is None or phrase.kind == "pronoun":
            return False
        return self._head_word(phrase) in self.lex.document_heads

    def _head_word(self, phrase: NounPhrase) -> str:
        """The head noun of a phrase, lower case: its last word before a
        postmodifier ("a Wednesday editorial in The Register" -> "editorial")."""
        words = phrase.name.text(self.masked).lower().split()
        link = self._link_index(words)
        return words[:link][-1] if words[:link] else ""

    def _link_index(self, words: list[str], first: int = 1) -> int | None:
        """Where the first postmodifier link ("of", "for", "by", ...) is among these
        lower-case words, from index `first` on, or None."""
        return next(
            (n for n, w in enumerate(words) if n >= first and w in self.lex.postmodifier_links),
            None,
        )

    def _ends_sentence(self, quote: QuoteInfo) -> bool:
        """Whether a quote's words end a sentence (not with a comma)."""
        inner = self.text[quote.raw.inner_start : quote.raw.inner_end].rstrip()
        return inner.endswith((".", "…", "?", "!"))

    def _quote_follows(self, pos: int, sent: Span) -> bool:
        """Whether a quotation opens right after ``pos`` (", saying, \u201c...")."""
        while pos < sent.end and self.masked[pos] in " ,:":
            pos += 1
        return pos < sent.end and self.masked[pos] in '\u201c"\u2018\u00ab'

    def _subject_owner(
        self, paragraph: int, toks: list[Token], verb: int, bare_plural: bool = False
    ) -> Draft | None:
        """The subject of the sentence, for a participle with a quote and no cue before it.

        "Trump attacked the plan, saying, \u201c...\u201d": the speaker is the subject
        of the main clause.  A sentence that opens with a phrase before a comma
        ("In a speech, Trump ...") has its subject after that comma.
        """
        start = 0
        dateline = self.lex.dateline_re.match(self.masked, toks[0].start) if toks else None
        if dateline is not None:
            start = index_at(toks, dateline.end())  # "ORLANDO, Fla. — President Obama ..."
        if start < verb and toks[start].lower in ("here's", "here’s"):
            start += 1  # "Here’s Clinton in 1992: \u201c...\u201d"
        even = (
            start + 1 < verb
            and toks[start].lower == "even"
            and toks[start + 1].lower not in self.lex.prepositions
        )
        if even:
            start += 1  # "Even Byron York took", not "Even with the obstacle, ..."
        elif start + 1 < verb and toks[start].lower in ("but", "and", "yet"):
            start += 1  # "But a few days later, Trump reversed himself, telling CBS ..."
        if start < verb and toks[start].text in OPENING_MARKS:
            # '“...,” Blige sings to Clinton before asking her, “...”': past the quote
            k = start + 1
            while k < verb and toks[k].text not in CLOSING_MARKS:
                k += 1
            start = k + 1
            if start < verb and toks[start].text == ",":
                start += 1
            if start >= verb:
                return None
        for _ in range(3):  # "On Tuesday, after remaining neutral, Warren ...": stacked
            opened = self._past_opener(toks, start, verb)
            if opened is None:
                return None
            if opened == start:
                break
            start = opened
        start = self._past_bare_time(toks, start, verb)
        approximate = start
        count = self._approximate_count(toks, start, verb)
        if count is not None:
            start = count  # "About 40 Labour MPs", "More than 2,000 residents": the count
        first = toks[start].lower if start < verb else ""
        stem = first.removesuffix("'s").removesuffix("’s")
        if stem != first and stem in self.lex.pronouns:
            # "She's a supporter but concedes ...": the pronoun of a contracted "is"
            span = Span(toks[start].start, toks[start].start + len(stem))
            pronoun = NounPhrase(span, span, "pronoun", None, None, start + 1)
            return Draft(Form.INDIRECT, [], pronoun, None, None, None, paragraph)
        # Only a name or a pronoun: "Berg attacked ..." is read as far as "Berg";
        # or a determiner and a source noun: "The email went on to say".
        ceiling = start
        while ceiling < verb:
            if toks[ceiling].is_cap or (
                toks[ceiling].lower in self.lex.name_connectors and ceiling > start
            ):
                ceiling += 1
                continue
            # "Press secretary Dana Ellis", "Republican presidential hopeful Sen. Cole":
            # lower-case words up to a role noun between capitals
            # (after "Even" the role may come first: "Even right-leaning journalist X")
            role = self._role_before_name(toks, ceiling, verb) if ceiling > start or even else None
            if role is None:
                break
            ceiling = role + 1
        if ceiling == start and start < verb and toks[start].lower in self.lex.pronouns:
            ceiling = start + 1
        if start < ceiling < verb and (
            CAPITAL_MODIFIER.fullmatch(toks[ceiling - 1].text)
            or (ceiling == start + 1 == 1 and TITLE_WORD.fullmatch(toks[0].text) is not None)
        ):
            # "Republican politicians ... speak, arguing", "FBI officials were angered
            # and predicted", "Independent experts welcomed X but warned": the capital
            # modifies the source noun after it
            for m in range(ceiling, min(ceiling + 2, verb)):
                tok = toks[m]
                if not tok.is_word or tok.is_cap or tok.lower in self.lex.verbs:
                    break
                if self.lex.source_noun(tok.lower) or self.lex.unnamed_group(tok.lower):
                    ceiling = m + 1
                    break
                if tok.lower in self.lex.determiners or self._finite(tok.lower):
                    break
        if (
            start < ceiling < verb
            and toks[ceiling - 1].is_cap
            # not "She's a supporter", "That's why": a contracted "is"
            and not self._contracted_is(toks[ceiling - 1].lower)
            and (toks[ceiling].text in POSSESSIVE or toks[ceiling - 1].lower.endswith(("'s", "’s")))
        ):
            # "Webb's campaign dismissed X and said": the owner's source noun
            noun = None
            for m in range(ceiling, min(ceiling + 4, verb)):
                word = toks[m].lower
                if not toks[m].is_word or toks[m].is_cap or word in self.lex.verbs:
                    break  # not "Clinton's husband, Bill": a name, no "bill"
                if word.endswith(("ed", "ing")) or word in self.lex.auxiliaries:
                    break  # "Clinton's right-hand woman rallied supporters": the verb
                if self.lex.source_noun(toks[m].lower):
                    noun = m  # the last of a run: "Scotiabank's chief economist"
            if noun is not None:
                ceiling = noun + 1
        counted = start < verb and toks[start].text[0].isdigit()
        # "On Monday, residents protested, saying": a plural of people, no determiner
        # (for a participle after a comma; "and text messages" is no coordinated verb)
        bare = (
            bare_plural
            and start < verb
            and toks[start].is_word
            and not toks[start].is_cap
            and (
                self.lex.unnamed_group(toks[start].lower)
                or (toks[start].lower.endswith("s") and self.lex.source_noun(toks[start].lower))
            )
        )
        if start < verb and (toks[start].lower in self.lex.determiners or counted or bare):
            # "A council spokesman"; "(About) 40 Labour MPs": a count and its people
            for m in range(start if bare else start + 1, min(start + 4, verb)):
                # a source noun or a group of people ("300 dockworkers")
                if self.lex.source_noun(toks[m].lower) or (
                    not toks[m].is_cap and self.lex.unnamed_group(toks[m].lower)
                ):
                    # the last of a run: "A council spokesman", not "A council"
                    last = m
                    while (
                        last + 1 < verb
                        and toks[last + 1].is_word
                        and self.lex.source_noun(toks[last + 1].lower)
                    ):
                        last += 1
                    ceiling = max(ceiling, last + 1)
                    break
        if ceiling + 2 < verb and toks[ceiling].text == "," and toks[ceiling + 1].is_cap:
            # "her spokesman, Theo Grant, fired back": the name in its appositive
            m = ceiling + 1
            while m < verb and m - ceiling <= 4 and (toks[m].is_cap or toks[m].text == "."):
                m += 1
            if m < verb and toks[m].text == ",":
                ceiling = m
        phrase = self.parser.right(toks, start, ceiling)
        alone = self._quantifier_alone(toks, start, ceiling, verb)
        if phrase is None and (self._outside_group(toks, start) or counted or bare or alone):
            phrase = self.parser.left(toks, ceiling, start)  # "Outside experts", "40 MPs"
        if approximate < start and phrase is not None and phrase.mention.start == toks[start].start:
            # the words of degree belong to the subject, as before a finite cue
            phrase = self.parser.left(toks, ceiling, approximate) or phrase
        joint = ceiling
        while joint > start + 1 and toks[joint - 1].lower in self.lex.name_connectors:
            joint -= 1  # "Lawyers for the family": the capitals ran on to "for the"
        if joint < verb and toks[joint].lower in ("of", "for"):
            # "A group of former employees (has) sued ..., alleging": the share's
            # noun; "Lawyers for the family filed ..., arguing": the source's client
            short = self.parser.right(toks, start, joint)
            end = joint + 1
            while end < min(verb, joint + 6) and not (
                toks[end].lower in self.lex.auxiliaries
                or (toks[end].lower.endswith("ed") and not toks[end].is_cap)
                or (not toks[end].is_cap and self._finite(toks[end].lower))
            ):
                end += 1
            longer = self.parser.left(toks, end, start) if end <= verb else None
            head = toks[joint - 1].lower
            opening = (
                short.mention.start
                if short is not None
                # "Tens of thousands of people marched": a multitude opens the subject
                else toks[start].start
                if toks[start].lower in MULTITUDES
                else None
            )
            if (
                longer is not None
                and opening is not None
                and longer.mention.start == opening
                and longer.mention.end == toks[end - 1].end
                and (  # people: "of former employees", not "of state's approach"
                    self.lex.unnamed_group(toks[end - 1].lower)
                    or self.lex.source_noun(toks[end - 1].lower)
                    if toks[joint].lower == "of"
                    else self.lex.unnamed_group(head) or self.lex.source_noun(head)
                )
            ):
                phrase = longer
        if phrase is None:
            return None
        head = toks[index_at(toks, phrase.name.end) - 1].lower
        if (
            phrase.kind == "description"
            and not self.lex.source_noun(head)
            and not self.lex.unnamed_group(head)  # "Syrian hackers"
            and not (alone and phrase.mention == phrase.name and head in QUANTIFIER_SUBJECTS)
        ):
            return None
        return Draft(Form.INDIRECT, [], phrase, None, None, None, paragraph)

    def _quantifier_alone(self, toks: list[Token], start: int, ceiling: int, verb: int) -> bool:
        """Whether a quantifier alone is the subject of the participle of speech at
        toks[verb] ("Another disagreed, saying X", "Many objected, saying"): its verb
        follows it, a cue verb or a finite word right before a comma ("Another
        laughed, saying"), not a noun ("Many unnaturalized adoptees"); not "Most
        fell, citing weak demand"."""
        if not (
            ceiling == start + 1
            and toks[start].lower in QUANTIFIER_SUBJECTS
            and not toks[ceiling].is_cap
            and (
                toks[ceiling].lower in self.lex.verbs
                or (
                    self._finite(toks[ceiling].lower)
                    and ceiling + 1 < verb
                    and toks[ceiling + 1].text == ","
                )
            )
        ):
            return False
        spoken = self.lex.verbs.get(toks[verb].lower) if verb < len(toks) else None
        return spoken is not None and spoken.frame == "speech"

    def _role_before_name(self, toks: list[Token], k: int, verb: int) -> int | None:
        """The index of a role noun at most three lower-case words from toks[k] and
        right before a capital ("presidential hopeful Sen."), or None."""
        for m in range(k, min(k + 3, verb - 1)):
            word = toks[m].lower
            if (
                not toks[m].is_word
                or toks[m].is_cap
                or word in self.lex.verbs
                or word in self.lex.prepositions
                or word in IRREGULAR_PAST
                or word.endswith("ed")
            ):
                return None  # "Tenney took down businessman Steve Wells": a verb
            noun = word in self.lex.role_nouns or word in self.lex.organization_words
            if noun and toks[m + 1].is_cap:
                return m  # "presidential hopeful Sen. Cole", "Consumer group Choice"
        return None

    def _dash_aside_end(self, toks: list[Token], start: int, end: int) -> int | None:
        """The second dash of a pair inside an opening phrase, before a capital ("In
        Nice ― much like he did in Paris ― Trump ..."), or None."""
        dashes = [k for k in range(start + 1, end) if toks[k].text in ASIDE_DASHES]
        if len(dashes) < 2:
            return None
        last = dashes[1]
        return last if last + 1 < end and toks[last + 1].is_cap else None

    def _outside_group(self, toks: list[Token], k: int) -> bool:
        """ "Outside experts said ...": "outside" modifies a plural source, it opens no
        phrase ("Outside the court, lawyers said")."""
        if toks[k].lower != "outside" or k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        return (
            nxt.is_word
            and not nxt.is_cap
            and nxt.lower.endswith("s")
            and (self.lex.source_noun(nxt.lower) or self.lex.unnamed_group(nxt.lower))
        )

    def _approximate_count(self, toks: list[Token], start: int, verb: int) -> int | None:
        """ "About 40 Labour MPs have signed ...", "At least 2,000 residents
        protested": words of degree before a count open the subject, not a phrase of
        their own.  The index of the count, or None."""
        for k in range(min(start + 3, verb - 1), start, -1):  # the longest first
            if degree_opening(toks, k, start, self.lex) == start:
                count = toks[k]
                if k + 1 < verb and toks[k + 1].lower in MEASURE_UNITS:
                    return None  # "Around 3 a.m., the customer ...": a time, a phrase
                if count.text[0].isdigit() or count.lower in self.lex.ratio_numbers:
                    return k
                return None
        return None

    def _past_opener(self, toks: list[Token], start: int, verb: int) -> int | None:
        """Where the subject starts after one opening phrase and its comma ("In a
        speech, Trump ..."), ``start`` when there is none, None when the phrase
        has no comma before the verb."""
        if (
            start < verb
            and self._approximate_count(toks, start, verb) is None
            and (
                (
                    toks[start].lower in self.lex.prepositions
                    and not self._outside_group(toks, start)
                )
                or toks[start].lower in self.lex.subordinators  # "When asked if ..., he ..."
                # "Along with her husband, she ...", "Apart from the budget, Ruiz ..."
                or (
                    start + 1 < verb
                    and COMPOUND_PREPOSITIONS.get(toks[start].lower) == toks[start + 1].lower
                )
                or (  # "To a question on jobs, Sanders said ...": "to" and its object
                    toks[start].lower == "to"
                    and start + 1 < verb
                    and toks[start + 1].lower in self.lex.determiners
                )
                or (  # "Thanking them, ...", but not "Schilling appeared"
                    toks[start].lower.endswith("ing")
                    and toks[start].is_cap
                    and any(t.text == "," for t in toks[start:verb])
                    # not a name: "Boreing said ..., but added", "Manning, a lawyer,"
                    and start + 1 < verb
                    and toks[start + 1].text != ","
                    and toks[start + 1].lower not in self.lex.verbs
                    and toks[start + 1].lower not in self.lex.auxiliaries
                )
                or (  # "Asked about the deal, Ruiz said ... and accused ..."
                    toks[start].lower.endswith("ed")
                    and toks[start].is_cap
                    and toks[start].lower in self.lex.verbs
                    and any(t.text == "," for t in toks[start:verb])
                )
                or (  # "Immediately after the attacks, Trump ...", "Here in Tulsa, ...",
                    # "Back in 1999, Trump ...", "Midway through the set, the singer ..."
                    (toks[start].lower.endswith("ly") or toks[start].lower in PLACE_ADVERBS)
                    and start + 1 < verb
                    and toks[start + 1].lower in self.lex.prepositions
                )
                or (  # "Years after Clinton claimed ..., Obama won ..."
                    toks[start].lower in TIME_SPANS
                    and start + 1 < verb
                    and toks[start + 1].lower in ("after", "before", "since")
                )
                or (  # "Hastily politicizing the tragedy, Trump ..."
                    toks[start].lower.endswith("ly")
                    and start + 1 < verb
                    and toks[start + 1].lower.endswith(("ing", "ed"))
                    and not toks[start + 1].is_cap
                )
            )
        ):
            comma = next((k for k in range(start, verb) if toks[k].text == ","), None)
            aside = self._dash_aside_end(toks, start, comma if comma is not None else verb)
            if aside is not None:
                comma = aside  # "Hastily politicizing it ― much like he did ― Trump ..."
            if comma is None:
                return None
            pronoun = (
                next((k for k in range(start + 1, comma) if toks[k].lower in SUBJECTS), None)
                # "As they met, Trump ...", and the pronoun of a dash aside
                if toks[start].lower not in self.lex.subordinators and aside is None
                else None
            )
            if pronoun is not None:
                return pronoun  # "By Sunday she had canceled a rally in Green Bay, Wis., ..."
            start = comma + 1
            if start < verb and toks[start].text in CLOSING_MARKS:
                start += 1  # 'When Maddow called it "Medicare for all," Clinton ...'
            # "In Salem, New Hampshire, Trump ...": a state after the place
            m = start
            while m < verb and m - start < 4 and (toks[m].is_cap or toks[m].text == "."):
                m += 1
            if (
                m < verb
                and m > start
                and toks[m].text == ","
                and m + 1 < verb
                # not an age: "At the rally, Suu Kyi, 70, said"
                and not (toks[m + 1].text.isdigit() and m + 2 < verb and toks[m + 2].text == ",")
            ):
                start = m + 1
            # "Along with her husband, Milton Berg, a money manager, she has given":
            # the opening phrase ran on through an appositive to a subject pronoun
            for k in range(verb - 1, start, -1):
                if (
                    toks[k].lower in SUBJECTS
                    and toks[k - 1].text == ","
                    and k + 1 < len(toks)
                    and toks[k + 1].lower not in self.lex.verbs
                ):
                    return k
            return start
        if (
            start + 2 < len(toks)
            and toks[start + 1].text == ","
            and (
                toks[start].lower.endswith("ly")
                or toks[start].lower in self.lex.connectives
                or toks[start].lower in self.lex.not_names
            )
        ):
            return start + 2  # "Essentially, Clinton's lawyers ...", "Likewise, Trump ..."
        # "Hours later, Trump ...", "Two days later, ...", "Later that day, ...",
        # "Last month, ...": a time
        comma = next((k for k in range(start, min(start + 5, verb)) if toks[k].text == ","), None)
        if comma is not None and (
            any(toks[k].lower in ("later", "earlier", "ago") for k in range(start, comma))
            or all(
                toks[k].lower in self.lex.time_words or toks[k].lower in TIME_NOUNS
                for k in range(start, comma)
            )
        ):
            return comma + 1
        return start

    def _past_bare_time(self, toks: list[Token], start: int, verb: int) -> int:
        """ "Later they ...", "A few minutes later they ...", "That night he ...": a
        time before a subject pronoun with no comma between; the pronoun's index."""
        k = start
        while k < verb and k - start < BARE_TIME_WORDS and toks[k].lower not in SUBJECTS:
            word = toks[k].lower
            if not (
                word in self.lex.time_words
                or word in TIME_NOUNS
                or word in TIME_SPANS
                or word in BARE_TIME_FILLERS
                or word.isdigit()
            ):
                return start
            k += 1
        if k == start or k >= verb or toks[k].lower not in SUBJECTS:
            return start
        last = toks[k - 1].lower
        if last in self.lex.time_words or last in TIME_NOUNS or last in ("ago", "then"):
            return k
        return start

    def _coordinated_subject(
        self, paragraph: int, toks: list[Token], verb: int
    ) -> NounPhrase | None:
        """ "The judge put off the question but said ...": the sentence's subject for
        a verb coordinated with an earlier one."""
        lex = self.lex
        j = verb - 1
        while j >= 0 and (
            toks[j].lower in lex.auxiliaries
            or toks[j].lower in lex.adverbs
            or toks[j].lower in lex.time_words  # "and later defended"
        ):
            j -= 1
        if j > 0 and toks[j].lower in DEGREE_WORDS and toks[j + 1].lower.endswith("ly"):
            j -= 1  # "and most recently defended"
        if j < 2 or toks[j].lower not in ("and", "but"):
            return None
        clause = self._clause_subject(toks, j)
        if clause is not None:
            return clause
        relative = self._open_relative(toks, j)
        if relative is not None:
            return relative
        owner = self._subject_owner(paragraph, toks, j)
        # "A spokeswoman for the mayor, Kate Vesper, said X and called Y": the first
        # cue's subject, read whole, where it starts as the sentence's does
        first = next(
            (v for v in range(1, j) if toks[v].lower in lex.verbs and not toks[v].is_cap), None
        )
        whole = self.parser.left(toks, first, 0) if first is not None else None
        if whole is not None and first is not None and whole.relative:
            # "Reid, who endorsed Clinton in February, reiterated X and stressed Y":
            # the verb after the relative aside's closing comma is the subject's
            main = next(
                (
                    v
                    for v in range(first + 1, j)
                    if toks[v - 1].text == "," and toks[v].lower in lex.verbs and not toks[v].is_cap
                ),
                None,
            )
            if main is not None:
                first, whole = main, self.parser.left(toks, main, 0)
        if owner is None or owner.phrase is None:
            # "It apologised for the delay and said X", "The airport denied the claims
            # and said X": the first cue's subject where it opens the sentence
            if whole is not None and (
                whole.kind != "pronoun" or whole.mention.text(self.masked).lower() == "it"
            ):
                opens = index_at(toks, whole.mention.start)
                named = index_at(toks, whole.name.end)
                if (
                    (opens == 0 or not toks[opens - 1].is_word)
                    and (
                        whole.end_index - opens <= COORDINATED_SUBJECT_TOKENS
                        # "Reid, who endorsed Clinton in February, reiterated X and
                        # stressed Y": a relative aside after a short subject
                        or (
                            named - opens <= COORDINATED_SUBJECT_TOKENS
                            and named + 1 < (first or 0)
                            and toks[named].text == ","
                            and toks[named + 1].lower in ("who", "which")
                        )
                    )
                    and all(
                        t.lower in lex.auxiliaries or t.lower in lex.adverbs
                        for t in toks[whole.end_index : first]
                    )
                ):
                    return whole
            return None
        if (
            whole is not None
            and whole.mention.start == owner.phrase.mention.start
            and whole.mention.end > owner.phrase.mention.end
            and self._appositive_extension(
                toks[index_at(toks, owner.phrase.mention.end) : whole.end_index]
            )
        ):
            return whole
        return owner.phrase

    def _open_relative(self, toks: list[Token], j: int) -> NounPhrase | None:
        """ "told Ann Lee, who answered her door and said X": the relative "who" whose
        clause the conjunction toks[j] continues (no comma closes it before)."""
        k = j - 1
        while k > 1 and toks[k].text != "," and toks[k].lower != "who":
            k -= 1
        if k < 2 or toks[k].lower != "who" or toks[k - 1].text != ",":
            return None
        phrase = self.parser.left(toks, k + 1, 0)
        return phrase if phrase is not None and phrase.relative else None

    def _appositive_extension(self, extra: list[Token]) -> bool:
        """Do these tokens, after a subject's head, add only a postmodifier and a name
        between commas ("for the mayor, Kate Vesper,"), no verb nor time of their own?"""
        lex = self.lex
        if not extra or not (extra[0].text == "," or extra[0].lower in lex.postmodifier_links):
            return False
        if not any(t.text == "," for t in extra) and extra[0].lower not in lex.postmodifier_links:
            return False  # (but "Analysts at DNB Markets said X but warned Y": a postmodifier)
        return not any(
            t.is_word
            and not t.is_cap
            and (
                t.lower in lex.verbs
                or t.lower.endswith(("ed", "ing"))
                or t.lower in lex.time_words
                or t.lower in lex.adverbs
            )
            for t in extra
        )

    def _clause_subject(self, toks: list[Token], conjunction: int) -> NounPhrase | None:
        """ "The crowd booed when Rubio thanked Miami and said ...": the subject of
        the subordinate clause whose past-tense verb the second verb is joined to."""
        for v in range(conjunction - 1, max(0, conjunction - CLAUSE_SUBJECT_REACH), -1):
            word = toks[v]
            if not word.is_word:
                if word.text[0] == "~" or word.text[0] in QUOTE_MARK_CHARS:
                    continue  # 'proposed we "wake up and smell the falafel" and said'
                return None
            if word.is_cap or not word.lower.endswith("ed") or word.lower in self.lex.passive:
                continue
            phrase = self.parser.left(toks, v, 0)
            if phrase is None or phrase.kind == "pronoun":
                return None
            opens = index_at(toks, phrase.mention.start)
            if opens > 0 and toks[opens - 1].lower in self.lex.subordinators:
                return phrase
            return None
        return None

    def _impersonal(self, toks: list[Token], passive: int) -> bool:
        """ "It was (widely) reported", "It's been said": an impersonal passive."""
        k = passive - 1
        while k >= 0 and (toks[k].lower in self.lex.passive or toks[k].lower in ("has", "had")):
            k -= 1
        return k >= 0 and toks[k].lower in ("it", "it's", "it’s")

    def _content_before(
        self,
        draft: Draft,
        sent: Span,
        clause_start: int,
        quotes: list[QuoteInfo],
        opener: bool = True,
    ) -> None:
        """The content before a cue clause; `opener`: a short opening phrase alone
        ("In the long run, economists said, ...") may be the first fragment."""
        end = clause_start
        masked = self.masked
        while end > sent.start and (masked[end - 1].isspace() or masked[end - 1] in ",—–-"):
            end -= 1
        start = self._content_start(sent)
        if end <= start:
            return
        connective = TRAILING_CONNECTIVE.search(masked, start, end)
        if connective is not None:
            end = connective.start()  # "..., however, the data showed": the writer's turn
        inside = [q for q in quotes if start <= q.raw.start and q.raw.end <= end]
        if (
            inside
            and masked[start : inside[0].raw.start].rstrip().endswith(("—", "–", " -", "--"))
            and not masked[inside[-1].raw.end : end].strip(" ,;—–-")
        ):
            # 'Others welcomed the change — "Finally, ...," said Ben Cho': the words
            # before the dash are the writer's
            start = inside[0].raw.start
        opening = masked[start:end].lower()
        if not inside and (
            (not opener and len(opening.split()) < 2)
            or opening in self.lex.discourse_markers
            or opening in self.lex.subordinators  # "If, he said, ...": a clause to come
        ):
            return  # "Instead, she said.", "Still, he said, ...": no content
        if not opener and not inside and self._adverbial_only(start, end):
            return  # "Within an hour, her spokesman fired back": an opener, no content
        rest = masked[start:end]
        for q in inside:
            rest = rest.replace(masked[q.raw.start : q.raw.end], "", 1)
        if inside and not rest.strip(" ,;—–-") and all(q.full_position for q in inside):
            draft.form = Form.DIRECT
            draft.fragments.extend((q.raw_span(), q.index) for q in inside)
            return
        self._add_content(draft, Span(start, end), inside)

    def _contracted_is(self, word: str) -> bool:
        stem = word.removesuffix("'s").removesuffix("’s")
        return stem in self.lex.pronouns or stem in CONTRACTED_IS

    def _adverbial_only(self, start: int, end: int) -> bool:
        """Whether masked[start:end] is only a short opening phrase: a preposition or
        a time word and a few words, no comma and no verb ("Within an hour", "On
        Tuesday", "Late last night")."""
        words = self.masked[start:end].split()
        if not words or len(words) > 5 or "," in self.masked[start:end]:
            return False
        first = words[0].lower()
        if first not in self.lex.prepositions and first not in self.lex.time_words:
            return False
        return not any(self._finite(w) for w in words[1:])

    def _content_after(
        self,
        draft: Draft,
        start: int,
        sent: Span,
        quotes: list[QuoteInfo],
        subordinate: bool = False,
        one_word: bool = False,
        after_copula: bool = False,
    ) -> None:
        """The content from `start` to the end of its clause.  `one_word`: an object
        cue's content may be a single name or pronoun ("endorsed Clinton");
        `after_copula`: so may the rest of a clause whose copula came before the cue
        ("The plan was, he said, unworkable.")."""
        end = sent.end
        masked = self.masked
        if JOINT_AFTER_CUE.match(masked, start, end):
            return
        # (right after the cue's verb: ", he said, and X" goes on with a clause)
        back = start - 1
        while back > 0 and masked[back].isspace():
            back -= 1
        shared = (
            SHARED_OBJECT.match(masked, start, end)
            if back >= 0 and masked[back].isalpha()
            else None
        )
        if shared is not None:
            # "derided and insulted X", "endorsed and has fundraised for X": the
            # object both verbs share ("said and did the same things": no report)
            if not self._verb_like(shared.group("verb").lower()):
                return
            start = shared.end()
        if subordinate:
            # "While those surveyed said X, the mayor led": the clause ends at its comma.
            comma = masked.find(",", start, end)
            while (
                0 < comma < end - 1 and masked[comma - 1].isdigit() and masked[comma + 1].isdigit()
            ):
                comma = masked.find(",", comma + 1, end)  # "about 1,800": a number
            if comma != -1 and masked[start:comma].strip():
                end = comma
        finding = self.lex.outlet_finding_re.search(masked, start, end)
        if finding is not None:
            end = finding.start()  # "demanded the full fee, The Athletic understands, but"
        if one_word and not CLAUSE_OBJECT.match(masked, start, end):
            end = self._object_end(start, end)
            if not self._record_cue(draft):
                end = self._before_absolute(start, end)
            colon = COLON_QUOTE.search(masked, start, end)
            if colon is not None:
                # "referenced the impact it would have: “...,” the union wrote": the
                # object ends at the colon; the quotation is a statement of its own
                end = colon.start()
            setting = OBJECT_SETTING.search(masked, start, end)
            if (
                setting is not None
                and masked[start : setting.start()].strip()
                and not any(start <= q.raw.start < end for q in quotes)
            ):
                # "defended waterboarding at a rally in South Carolina Friday night",
                # "argued X during a speech in Iowa": where it was said, not what
                end = setting.start()
        else:
            end = self._second_verb(CLAUSE_VERB_JOINT, start, end, clause=True)
            end = self._as_speaker(start, end)
        end = self._agreeing_verb(
            draft, start, end, one_word and not CLAUSE_OBJECT.match(masked, start, end)
        )
        semicolon = masked.find("; ", start, end)
        if semicolon > start and masked.find(":", start, semicolon) == -1:
            # "complained that X; two board members resigned", "forecasts weak quarter;
            # shares fall": the clause after a semicolon is the writer's (train's gold
            # ends there 33 times of 53), but not in a list or a transcript's line
            # after a colon
            opener = start
            while opener > 0 and masked[opener - 1].isspace():
                opener -= 1
            if masked[opener - 1 : opener] != ":":
                end = semicolon
        participle = self.lex.participle_break_re.search(masked, start, end)
        if participle is not None:
            end = participle.start()
        second = self.lex.participle_and_re.search(masked, start, end)
        if second is not None and self._after_participle(draft, start, second.start()):
            # "..., telling CNN that X and questioning how ...": a second participle;
            # but "suggested looking at X and asking Y" is one gerund phrase
            end = second.start()
        comment = self.lex.comment_appositive_re.search(masked, start + 1, end)
        if comment is not None:
            # "says its process recovers 95% of the lithium, a figure that could not be
            # independently verified": the writer's comment on the content
            end = comment.start()
        dash = self.lex.dash_appositive_re.search(masked, start + 1, end)
        if (
            dash is not None
            and not DASH_MARK.search(masked, dash.end(), end)
            and not DASH_MARK.search(masked, start, dash.start())  # the close of a pair
        ):
            # "said it would cost $2 billion — a sum critics call excessive": the
            # writer's addition after the last dash (a dash pair is an aside)
            end = dash.start()
        timed = TRAILING_TIME.search(masked, start + 1, end)
        if timed is not None:
            end = timed.start()  # "..., a day after a 119-98 loss": when, the writer's
        contacted = (
            WHEN_CONTACTED.search(masked, start + 1, end)
            if masked.find(" when ", start, end) != -1
            else None
        )
        if contacted is not None:
            end = contacted.start()  # "declined to comment when contacted by the BBC"
        if draft.cue_class == REFUSAL:
            refused = REFUSED_THEN_TIME.fullmatch(masked, start, end)
            if refused is not None:
                end = refused.start("time")  # "declined to comment Tuesday": when, not what
        # not the content's own start; the last aside, after which no comma comes
        # ("visits with Bell, including the Raiders and the Giants, who hold ...")
        aside = None
        for found in TRAILING_ASIDE.finditer(masked, start + 1, end):
            if masked.find(", ", found.end(), end) == -1:  # not "9,000"
                aside = found
                break
        if aside is not None:
            # "said the deal was off, which surprised investors.": an aside of the
            # writer's that runs to the end, not a "which" clause in the middle
            end = aside.start()
        while end > start and (masked[end - 1].isspace() or masked[end - 1] in SENTENCE_PUNCT):
            if masked[end - 1] in '”"’»':
                break
            end -= 1
        if end <= start or masked[start] in ")]":
            return  # nothing, or the end of a bracket the cue stands in
        rest = masked[end : sent.end].rstrip(".!?;:… ")
        if draft.channel is None and (
            not rest.strip()
            or TIME_TAIL.fullmatch(rest)
            # "called her “...” in a statement on Monday and said ...": the object
            # ended at the subject's second verb
            or (one_word and OBJECT_VERB_JOINT.match(masked, end) is not None)
            # "declined to confirm the report at a news conference, but said X": the
            # content ended at a joint before the subject's second verb
            or (draft.cue_class == REFUSAL and JOINT_AFTER_CUE.match(masked, end) is not None)
            # "declined to discuss pricing in an emailed statement, saying X": the
            # content ended at a participle of speech
            or self.lex.participle_break_re.match(masked, end) is not None
            # "Asked about the bridge at a news conference, Velasquez said": a
            # question's topic ends at its comma, where it was put is no topic
            or (draft.cue_class == QUESTION and rest.startswith(","))
        ):
            trailing = self._trailing_channel(start, end, quotes, 1 if one_word else 2)
            if trailing is not None:
                # "called the plan “reckless” in a post on X.": the channel, not content
                end, draft.channel = trailing
            elif masked.find(" on ", start, end) != -1 and not any(
                start <= q.raw.start < end for q in quotes
            ):
                # "announced the birth of their second child on Instagram in 2022":
                # after a noun phrase the platform is where it was said, not content
                for pattern in self.lex.object_channels:
                    platform = pattern.search(masked, start, end)
                    if platform is not None and not any(
                        self._finite(word) for word in masked[start : platform.start()].split()
                    ):
                        end = platform.start()
                        draft.channel = Span(*platform.span("channel"))
                        break
        inside = [q for q in quotes if start <= q.raw.start < end and q.raw.end <= sent.end]
        words = masked[start:end].split()
        if (
            not inside
            and len(words) < 2
            and words not in (["yes"], ["no"])
            # "The plan was, he said, unworkable.": a complement after its copula
            and not (words and after_copula)
            # "denied wrongdoing.", "had recommended approval, saying X": a bare noun
            # is a verb's object (a pronoun only an object cue's: not "after he said
            # them")
            and not (
                words
                and self._bare_noun(words[0], start)
                and (one_word or words[0].lower() not in OBJECT_PRONOUNS)
            )
            and not (
                one_word
                and words
                and (
                    words[0][0].isupper()
                    or words[0].lower() in OBJECT_PRONOUNS
                    or words[0].lower() in LEFT_OPEN  # "did not say how."
                )
            )
        ):
            return  # one word is no content, except an answer: "72 percent said yes"
        # A content that ends in a quotation keeps its closing mark.
        end = max([end, *(q.raw.end for q in inside)])
        self._add_content(draft, Span(start, end), inside)

    def _ends_in_copula(self, span: Span) -> bool:
        """Whether a fragment ends with a form of "be" or a copula ("The work is")."""
        words = self.masked[span.start : span.end].split()
        return bool(words) and words[-1].lower() in self.lex.copulas

    def _bare_noun(self, word: str, start: int) -> bool:
        """A lower-case word that can stand alone as an object ("denied wrongdoing",
        "declared victory"): not a word of grammar, time or degree ("said so", "said
        earlier", "backed down"), nor what a verb of regard calls its object ("viewed
        as competent")."""
        lex = self.lex
        word = word.rstrip(".,;:!?")
        return (
            not self.masked[max(0, start - 4) : start].lower().endswith("as ")
            and word.isalpha()
            and word.islower()
            and len(word) > 3
            and not word.endswith("ly")
            and word not in lex.determiners
            and word not in lex.time_words
            and word not in lex.adverbs
            and word not in lex.prepositions
            and word not in lex.subordinators
            and word not in lex.verbs
            and word not in lex.lone_object_blockers
        )

    def _after_participle(self, draft: Draft, start: int, end: int) -> bool:
        """Is the statement's cue a participle of speech ("..., pointing to X"), or does
        its content hold one ("a response saying X")?"""
        if draft.cue is not None:
            words = self.masked[draft.cue.start : draft.cue.end].lower().split()
            if words and words[0].endswith("ing"):
                return True
        return any(w in self.lex.participles for w in self.masked[start:end].lower().split())

    def _before_absolute(self, start: int, end: int) -> int:
        """ "defended the plans, with a spokesman saying X": an object ends before an
        absolute clause whose subject speaks, a statement of its own."""
        for joint in WITH_JOINT.finditer(self.masked, start, end):
            words = self.masked[joint.end() : end].split()[: WITH_SUBJECT_WORDS + 1]
            if any(w.endswith("ing") and w in self.lex.verbs for w in words[1:]):
                return joint.start()
        return end

    def _cue_verb(self, draft: Draft) -> Verb | None:
        """The lexicon's verb for the draft's cue as written, or None (no cue, or a
        cue that is no single verb form: "according to")."""
        if draft.cue is None:
            return None
        return self.lex.verbs.get(self.masked[draft.cue.start : draft.cue.end].lower())

    def _record_cue(self, draft: Draft) -> bool:
        """A cue of a record's finding ("The poll showed X, with 40 percent backing
        him"): its content keeps the breakdown after it, as train's gold does."""
        verb = self._cue_verb(draft)
        return verb is not None and verb.lemma in self.lex.evidence_verbs

    def _object_end(self, start: int, end: int) -> int:
        """An object ends before a coordinated clause of the writer's ("backed the
        change, and the party took it up"), but not before the last item of a list
        ("praised the plan, the budget, and the tax cut"); before a clause of
        when ("praised the team after a late goal sealed it"); and before a second
        verb of the subject ("welcomed the results but urged caution")."""
        denied = OBJECT_DENIED_JOINT.search(self.masked, start, end)
        if denied is not None:
            end = denied.start()  # "confirmed the injury but did not give a timeline"
        # "praised her side's “refusal to give up” after a late penalty earned a
        # win": a clause of the writer's about when (reasons, "because", stay in)
        for pattern, reach, count in ((OBJECT_JOINT, 60, 6), (OBJECT_ADJUNCT, 80, 8)):
            for joint in pattern.finditer(self.masked, start, end):
                # the joint's own clause only: not "before the next election, saying
                # the government would", whose verb is the participle's
                window = self.masked[joint.end() : min(end, joint.end() + reach)]
                words = CLAUSE_MARK.split(window, maxsplit=1)[0].split()[:count]
                if any(self._finite(w) for w in words[1:]):
                    # "confirmed it in a statement but declined to comment while X":
                    # a second verb of the subject's before the clause ends it first
                    return self._second_verb(OBJECT_VERB_JOINT, start, joint.start())
        stop = end
        while stop > start and self.masked[stop - 1] in " .!?;:":
            stop -= 1
        for tail in OBJECT_TAIL.finditer(self.masked, start, stop):
            # "endorsed Hillary Clinton on Thursday", "praised the team at a news
            # conference in Tulsa": when and where the verb happened, not its object
            if self.masked[start : tail.start()].strip() and TIME_TAIL.fullmatch(
                self.masked, tail.end(), stop
            ):
                return tail.start()
        # "welcomed the results but urged caution": a second verb of the subject
        return self._second_verb(OBJECT_VERB_JOINT, start, end)

    def _second_verb(
        self, joints: regex.Pattern[str], start: int, end: int, clause: bool = False
    ) -> int:
        """Where a second verb of the speaker's begins: a past verb of the lexicon
        after a joint (not a present form, nor "and speaking fees"), or `end`.  An
        object ends before "and"/"but" and one; a reported clause before "but" only
        ("said the study was sound but urged caution"), since "and" joins the
        clause's own verbs more often than not ("said aides met them and promised")."""
        for joint in joints.finditer(self.masked, start, end):
            word = joint.group(joint.re.groups)  # the verb: the last group
            verb = self.lex.verbs.get(word)
            denied = "aux" in joint.re.groupindex and joint.group("aux") is not None
            base = denied and joint.group("aux") in BASE_FORM_AUXILIARIES
            if verb is None or word.endswith(("s", "ing")) or (verb.lemma == word and not base):
                continue
            if denied and verb.lemma not in self.lex.denied_second:
                continue  # "was ready to talk but would not accept a deal"
            if clause and verb.frame == "belief" and verb.cls == "belief":
                # "said she could not support him but understood why people did": a
                # belief joins the clause's own verbs (six of seven in train's gold)
                continue
            return joint.start()
        return end

    def _agreeing_verb(self, draft: Draft, start: int, end: int, obj: bool) -> int:
        """Where a second present-tense verb of the speaker's begins ("says she will
        not vote for him and considers him a racist", "accuses X of Y and seeks
        damages"): after a cue in the present (-s) form, "and" and a verb of the
        lexicon in the same form, where the content before it has no such verb of
        its own ("says the firm raises prices and cuts jobs" goes on; an object,
        `obj`, has one only in a relative clause: "praises the man who runs it and
        owns it"); otherwise `end`."""
        if draft.cue is None:
            return end
        cue = self.masked[draft.cue.start : draft.cue.end].split(None, 1)[0].lower()
        if not self._present_form(cue):
            return end
        for joint in AGREEING_JOINT.finditer(self.masked, start, end):
            if not self._present_form(joint.group(1)):
                continue
            before = self.masked[start : joint.start()].lower().split()
            if obj:
                own = any(w in RELATIVE_OPENERS for w in before)
            else:
                own = any(
                    self._present_form(w.strip(",.;:")) or w in PRESENT_AUXILIARIES for w in before
                )
            if own:
                return end
            return joint.start()
        return end

    def _present_form(self, word: str) -> bool:
        """A verb of the lexicon in its third-person present form ("says", "accuses")."""
        verb = self.lex.verbs.get(word)
        return verb is not None and word != verb.lemma and word.endswith("s")

    def _as_speaker(self, start: int, end: int) -> int:
        """Where a clause of another speaker's that opens with "as" begins ("insisted
        that X, as the Conservatives accused the government of Y", "PM insists X as
        Tories accuse him of Y"): a determiner's phrase or a capitalised name, then a
        verb of speech with words after it; otherwise `end`."""
        masked = self.masked
        for joint in AS_OPENS.finditer(masked, start, end):
            if len(masked[start : joint.start()].split()) < 2:
                continue  # "that as his path ... narrows, X": the clause's own opening
            spans = self._as_words(joint.end(), end)
            if len(spans) < 2:
                continue
            tokens = [masked[a:b] for a, b in spans]
            described = tokens[0].lower() in AS_DETERMINERS
            # a bare plural right before its verb: "as riders accuse city of X"
            bare = tokens[0].endswith("s") and tokens[1] in self.lex.verbs
            if not described and not bare and not tokens[0][:1].isupper():
                continue  # "as well as", "as expected", "as many as"
            k = 1
            while k < len(tokens) and (
                tokens[k][:1].isupper() or (described and tokens[k].lower() not in self.lex.verbs)
            ):
                k += 1  # the subject: "the Conservatives", "Tories", "the union's leader"
            if described and (
                not 2 <= k <= AS_DESCRIPTION_WORDS
                or any(t.lower() in self.lex.prepositions for t in tokens[1:k])
            ):
                continue  # not "as his path to the nomination continues"
            while k < len(tokens) and tokens[k] in AS_AUXILIARIES:
                k += 1  # "as the president has said"
            if k >= len(tokens):
                continue
            word = tokens[k]
            verb = self.lex.verbs.get(word)
            if (
                verb is None
                or verb.frame not in ("speech", "object")
                or verb.cls == "nonspeech"
                or word.endswith("ing")
                or (described and word == verb.lemma)  # "serving as his secretary of state"
            ):
                continue
            after = spans[k][1]
            if masked[after:end].strip(" .,;:!?\"”’'"):
                return joint.start()  # its verb has words of its own after it
        return end

    def _as_words(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of up to six words from `start`, each one space after the last."""
        spans: list[tuple[int, int]] = []
        for word in AS_WORD.finditer(self.masked, start, min(end, start + 80)):
            if len(spans) == 6 or (spans and spans[-1][1] + 1 != word.start()):
                break
            spans.append(word.span())
        return spans

    def _finite(self, word: str) -> bool:
        """A word that makes a clause (segment.finite_word), a cue verb or a common
        irregular past ("took")."""
        word = word.lower().strip(",.;:")
        return finite_word(word) or word in self.lex.verbs or word in IRREGULAR_PAST

    def _trailing_channel(
        self, start: int, end: int, quotes: list[QuoteInfo], min_words: int = 2
    ) -> tuple[int, Span] | None:
        """A channel phrase that ends the content at `end` ("... in a statement",
        "... in a post on X on Tuesday"): where the content ends before it, and the
        channel.  The content keeps `min_words` words at least (an object may keep one:
        "hinted at trouble in an interview"); a quote is never cut."""
        masked = self.masked
        for lead in CHANNEL_LEAD.finditer(masked, max(start, end - TRAILING_CHANNEL_REACH), end):
            at = lead.end()
            if len(masked[start : lead.start()].split()) < min_words:
                continue
            if any(lead.start() < q.raw.end and q.raw.start < end for q in quotes):
                continue
            for pattern in self.lex.trailing_channels:
                found = pattern.match(masked, at, end)
                if found is None or not TIME_TAIL.fullmatch(masked, found.end(), end):
                    continue
                group = found.span("channel") if "channel" in found.re.groupindex else None
                if group is not None and group[0] >= 0:
                    channel = Span(*group)
                else:
                    channel = Span(found.start(), found.end())
                return lead.start(), channel
        return None

    def _take_quotes(
        self, draft: Draft, pos: int | None, sent: Span, quotes: list[QuoteInfo]
    ) -> bool:
        """The quotes that follow pos become the draft's direct content; False when
        none follow (or pos is None) and the draft is left as it was."""
        direct = self._quotes_from(pos, sent, quotes) if pos is not None else []
        if not direct:
            return False
        draft.form = Form.DIRECT
        draft.add_quotes(quotes, direct)
        return True

    def _add_content(self, draft: Draft, span: Span, inside: list[QuoteInfo]) -> None:
        start, end = span.start, span.end
        while start < end and (self.masked[start].isspace() or self.masked[start] in ",;:—–-"):
            start += 1
        if start >= end:
            return
        span = Span(start, end)
        draft.partials.extend(q.index for q in inside if not q.term_like)
        # a statement of several fragments is mixed if any of them holds a partial quote
        draft.form = Form.MIXED if draft.partials else Form.INDIRECT
        draft.fragments.append((span, None))

    def _back_over_space(self, pos: int, floor: int) -> int:
        """Where the text before `pos` ends once the white space before it is passed
        (not before `floor`)."""
        while pos > floor and self.masked[pos - 1].isspace():
            pos -= 1
        return pos

    def _verb_like(self, word: str) -> bool:
        """A verb of the lexicon or a regular past form ("insulted", "fundraised"):
        the second of two verbs that share an object."""
        return word in self.lex.verbs or (word.endswith("ed") and len(word) > 4)

    def _content_start(self, sent: Span) -> int:
        start = sent.start
        dateline = self.lex.dateline_re.match(self.masked, start, sent.end)
        if dateline:
            start = dateline.end()
        bullet = BULLET.match(self.masked, start, sent.end)
        if bullet is not None:
            start = bullet.end()  # "* The airport said ...": a list's item
        label = LEAD_LABEL.match(self.masked, start, sent.end)
        if label is not None and not any(
            w.lower() in self.lex.verbs for w in label.group(1).split()
        ):
            start = label.end()  # "Driving the news: X, records show": a section label
        return start

    def _quotes_from(self, pos: int, sent: Span, quotes: list[QuoteInfo]) -> list[int]:
        """Indexes (into `quotes`) of the quotes that follow pos, separated by little."""
        found: list[int] = []
        cursor = pos
        for k, q in enumerate(quotes):
            if q.raw.start < pos or q.raw.start >= sent.end:
                continue
            if q.term_like and not q.full_position:
                break  # 'told MSNBC’s “Morning Joe” that': a name, not the content
            gap = self.masked[cursor : q.raw.start]
            if gap.strip(" ,;:—–-") and found:
                break
            if gap.strip(" ,;:—–-") and not found:
                return []
            if not found and self._names_work(q):
                return []  # 'he said in his 2012 book, "An American Son."': a title
            found.append(k)
            cursor = q.raw.end
        if (
            found
            and not quotes[found[0]].full_position
            and self._clause_goes_on(quotes[found[-1]], sent)
        ):
            return []  # 'said “local forces” must lead the way': a partial quote
        return found

    def _names_work(self, quote: QuoteInfo) -> bool:
        """A short quote in title case right after a titled work and its comma ("in
        her memoir, “Tough Choices.”"): the work's title, not the speaker's words."""
        before = self.masked[max(0, quote.raw.start - 40) : quote.raw.start].rstrip()
        if not before.endswith(","):
            return False
        words = before[:-1].split()
        if not words or words[-1].lower() not in self.lex.titled_works:
            return False
        title = WORD_RE.findall(self.text[quote.raw.inner_start : quote.raw.inner_end])
        return 0 < len(title) <= TITLE_WORDS and all(w[0].isupper() or len(w) < 4 for w in title)

    def _clause_goes_on(self, quote: QuoteInfo, sent: Span) -> bool:
        """Whether the writer's clause goes on past a quote that ends without
        punctuation of its own ('Costa said “every resource” would go to ...')."""
        inner = self.text[quote.raw.inner_start : quote.raw.inner_end].rstrip()
        if not inner or inner[-1] in ".,;:?!…—–-":
            return False
        following = CLAUSE_GOES_ON.match(self.masked, quote.raw.end, sent.end)
        if following is None:
            return False
        if following.group(1) in ("and", "or", "but"):
            # 'said “no” and walked out': the quote was the object; but 'said “police”
            # and “public order” are state subjects': a coordinated subject, its verb
            return following.group(1) != "but" and bool(
                COORDINATED_SUBJECT_VERB.match(self.masked, following.end(), sent.end)
            )
        end = sent.end
        while end > quote.raw.end and self.masked[end - 1] in " .!?":
            end -= 1
        # '“Thank you, Ohio” on Friday': a time after the quote, not the clause
        return TIME_TAIL.fullmatch(self.masked, quote.raw.end, end) is None
