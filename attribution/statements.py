"""From cues to statements: verbs, participles, "according to", noun cues.

One :class:`SentenceReader` reads the cues of one sentence (speech verbs,
participles, "according to", possessive nouns) and turns each into a draft
statement: a speaker phrase, a cue, a channel and the content it governs.
Subjects and content boundaries come from :mod:`attribution.reader`, credits
and colons (statements with no verb) from :mod:`attribution.verbless`.  The
paragraph loop in :func:`attribution.linking.find_statements` then links quotes
that have no cue of their own to the statement they continue, looking only
backwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import regex

from attribution.drafts import (
    Draft,
    QuoteInfo,
    index_at,
    inside,
    is_tail,
    owner_before,
    resolve,
    split_asides,
    split_coordinated,
    split_embedded,
    split_relatives,
    take_in,
)
from attribution.lexicon import ChannelRun, Verb
from attribution.model import QUESTION, REFUSAL, Form, Span
from attribution.quotes import FILLER
from attribution.reader import MONTH_NAMES, QUESTION_WORDS, SHARED_OBJECT, SUBJECTS
from attribution.segment import FINITE_AUXILIARIES, finite_word
from attribution.speakers import (
    BARE_COUNTS,
    CLAUSE_VERBS,
    CLOSING_MARKS,
    CONTACT_DETERMINERS,
    ING_NOUNS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MODALS,
    NAME_LEAD_MODIFIERS,
    OBJECT_PRONOUNS,
    POSSESSIVE,
    POSSESSIVE_PRONOUNS,
    POSTMODIFIER_ADJECTIVES,
    QUANTIFIER_SUBJECTS,
    SOURCE_PARTICIPLES,
    TIME_NOUNS,
    NounPhrase,
    Token,
    contracted_pronoun,
    tokenize,
    without_possessive,
)
from attribution.verbless import CREDIT_MARKS, OPENING_QUOTES, VerblessReader

# Adjuncts between a cue and the rest of its clause: times, "in part", dates.
_MONTH = r"(?:Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|" + MONTH_NAMES + ")"
_PERIOD = (
    r"(?:\p{Lu}\w+day|weekend|week|month|year|night|morning|evening|afternoon"
    r"|spring|summer|fall|autumn|winter|" + _MONTH + ")"  # "..., a city report found last spring."
)
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"  # "Tuesday morning"
ADJUNCT = regex.compile(
    r"\s*,?\s*(?:"
    r"(?:(?:early|late)\s+on|on|last|this|early|late|earlier|later)\s+"  # "early on Tuesday"
    + _PERIOD
    + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"  # "on November 13th"
    + _PART_OF_DAY
    + r"|\p{Lu}\w+day(?:\s*\(\p{Lu}\w+\.?\s+\d{1,2}\))?"
    + _PART_OF_DAY
    + r"|"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|in\s+(?:(?:19|20)\d\d(?!\d)|"
    + _MONTH
    # "promised in 2023 to cap costs", "said in March that", "said in January it
    # would"; not "in March of", "in January and February", "in May 2024"
    + r")(?=\s+(?!(?:of|and|or|at|on|in|with|for|by|as)\s)\p{L})"
    r"|in\s+(?:recent|the\s+(?:past|last|coming))\s+(?:few\s+)?(?:days|weeks|months|years)"
    r"|in\s+part|also|again|too|earlier|later|previously|recently|yesterday|today|tonight"
    # "has said for weeks he is ...", "said, twice, that"
    r"|for\s+(?:(?:several|many|a\s+few|the\s+past|the\s+last)\s+)?(?:days|weeks|months|years)"
    r"|for\s+some\s+time"
    r"|(?<=,\s*)twice(?=\s*,)|repeatedly|publicly|privately|separately|exclusively"
    r"|at\s+the\s+time|at\s+one\s+point"
    # "said after the convention he would not", "said before the vote that": an event,
    # then the clause's subject or its "that"
    r"|(?:after|before)\s+(?:the|his|her|their|its|a|an|(?:\p{Lu}\p{Ll}+day|last\s+week)['’]s)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:debate|convention|meeting|hearing|rally|speech|vote|election"
    r"|primary|caucuses|event|briefing|game|match|summit|talks|ruling|verdict|interview)"
    r"(?=\s+(?:that|he|she|they|it|we|I|there|the|his|her|their|its|our)\s|\s+\p{Lu})"
    r"|\([^()\n]{1,30}\)"
    r")(?![\w'’])"  # "again" but not the start of "against"; not "Saturday's caucuses"
)
FIRST_WORD = re.compile(r"[A-Z][a-z]+")
# What joins a clause with a source of its own to a tail's sentence ("..., economists
# say, though officials insist ...")
CLAUSE_JOINS = frozenset({"and", "but", "though", "although", "while", "whereas", "yet"})
# Prepositions that open where or when a cue was spoken, after the content:
# "..., Fells said at a rally in Iowa.", "..., she told reporters in Ohio."
SETTING_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "outside"})
# "on" sets the scene only after these ("said on Capitol Hill"); after others it
# is the verb's own ("insisted on getting", "commented on the bill")
ON_SETTING_LEMMAS = frozenset({"say", "tell", "add", "write", "announce", "declare", "state"})
# Adverbs between a negation and its verb: "did not immediately respond", "has not
# yet responded", "would not publicly say"
NEGATED_ADVERBS = frozenset({"yet", "immediately", "publicly", "directly", "specifically"})
CONTRACTED_VERBS = ("'re", "’re", "'ve", "’ve", "'m", "’m", "'ll", "’ll", "'d", "’d")
# Words that open a clause with a verb of its own inside a content
CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "where", "than", ";", ":", "—", "–"})
# Subject pronouns of a relative clause without "that" ("a move she described as")
CONTACT_PRONOUNS = SUBJECTS - {"i"}
# What follows "more than" in a source that counts, not compares ("more than a dozen
# officials", "fewer than half of voters"), besides a number
COUNTED_AFTER_THAN = frozenset(
    {"a", "an", "half", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"}
)
# Tokens from "by" to the question: "asked by host John Dickerson on Sunday whether"
ASKED_BY_REACH = 14
# "media reports", "news reports": a plural noun after these, never a verb
MEDIA_NOUNS = frozenset({"media", "news", "press"})
# A word or two set off by commas right after a cue: "said, however, that"
SET_OFF = re.compile(r"\s*,\s*([a-z]+(?: [a-z]+){0,2})\s*,")
ROLE_WORD = re.compile(r"[\w’'-]+")  # the words of an appositive
# A comma and a conjunction that join two clauses ("..., and she is, she admits, ...")
CLAUSE_JOINT = regex.compile(r",\s+(?:and|but)\s+")
# Verbs of making a work: in "the bill that she wrote" the relative pronoun is the
# object, and the rest of the sentence is not what was written
WORK_VERBS = frozenset(
    {"write", "publish", "release", "announce", "propose", "post", "tweet", "unveil", "deliver"}
)
# Words before "that" that head no relative clause ("so that", "now that", "such that")
NOT_ANTECEDENTS = frozenset({"so", "now", "such", "and", "but", "or", "than", "except", "given"})
# How far back a parenthesis after a quotation may open ('"...," (translation) X said')
TRANSLATION_REACH = 200
LEAD_IN_REACH = 14  # tokens between a cue and the comma or colon of its quote
OBJECT_LEAD_IN_WORDS = 2  # "scolded him: “...”", "chided the senator: “...”"
# Prepositions that open a clause's adjunct, not a topic: "says despite all that, ..."
CONCESSIVE_PREPOSITIONS = frozenset({"despite", "notwithstanding", "unlike"})
# Pronouns that stand for things as often as for sources ("It encouraged people to
# drive less", "the project that encourages libertarians to move")
THING_PRONOUNS = frozenset({"it", "that", "which", "this", "what"})
# A conjunction left at the end of a content cut at a comma ("at $11 billion and")
TRAILING_CONJUNCTION = regex.compile(r"\s+(?:and|but|or)$")
# What may stand before a sentence's opening "As X said" ("But as X noted")
AS_CLAUSE_OPENERS = frozenset({"but", "and", "yet", "so", "—", "--"})
APPROXIMATORS = frozenset({"about", "around", "over", "under", "nearly", "almost", "some"})
# Words that open an aside inside a reported clause's subject ("the bottles, some
# worth more than £1,000 each, were sold"), and how far (tokens) to its closing comma
ASIDE_OPENERS = frozenset({"some", "many", "most", "all", "each", "both", "several", "including"})
ASIDE_REACH = 12
# Where the people told were: "told reporters in Edmonton", "at the legislature"
RECIPIENT_PLACE = regex.compile(
    r"\s*(?:in|at|outside)\s+(?:\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,3}"
    r"|(?:a|the)\s+(?:news\s+conference|press\s+conference|briefing|rally|legislature"
    r"|hearing|meeting|event|town\s+hall|courthouse))(?=\s)"
)
# Adverbs that restrict a complement after them: "identified only as Ahmed"
ONLY_ADVERBS = frozenset({"only", "simply", "solely", "merely"})
# "about a third of voters": a share after "a"
SHARES = frozenset({"third", "quarter", "fifth", "half", "dozen", "hundred", "thousand", "million"})
QUOTE_AFTER_COMMA = regex.compile(r"\s*[,:]\s*(?:[\"“‘«]|'')")
PHRASAL = regex.compile(r"\s+(\p{Ll}+)\b")  # the particle of a phrasal cue ("Responding to")
# Words before a participle that opens a sentence ("In describing", "While commenting on")
OPENING_PARTICIPLE_LINKS = frozenset(
    {"in", "while", "despite", "after", "before", "when", "by", "since", "upon", "on"}
)
# Passive verbs of expectation that attribute their infinitive to nobody named.
# ... and "is said to be furious": what is said of someone, by nobody named
PASSIVE_EXPECTATIONS = frozenset(
    {"expected", "projected", "predicted", "forecast", "said", "understood"}
)
# ... but not before a report of speech at second hand: "is understood to have told"
REPORTED_SPEECH = regex.compile(r"\s+to\s+have\s+(?:told|said|written|warned|asked|urged)\b")
# "see X as Y": how far (tokens) the "as" may follow the verb, and what after "as"
# makes it no regard ("as well", "as soon as", "as long as"); where its content
# ends; the quantifiers that hold a view alone ("was seen by some as")
REGARD_REACH = 9
AS_NOT_REGARD = frozenset({"well", "soon", "long", "much", "many", "far", "if", "though"})
# ... and what after a tail's ", as" makes no clause of the writer's ("..., he said, as
# well", "as quoted by", "as if ...")
AS_NOT_TIME = AS_NOT_REGARD | {
    "part", "recalled", "reported", "quoted", "cited", "noted", "described", "expected", "usual"
}  # fmt: skip
REGARD_DASH = regex.compile(r"\s[-–—―]+\s")
UNNAMED_HOLDERS = frozenset({"some", "many", "most", "others", "few"})
# A passive read with its agent ("was first reported by Politico"): the forms of
# "be", the words before its subject, and how long that subject may be (tokens).
BY_AGENT_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
BY_AGENT_BOUNDARY = frozenset(
    {"that", "and", "but", "or", "which", "who", "whom", "whose", "where", "when", "while"}
)
BY_AGENT_SUBJECT = 10
BY_AGENT_SENTENCE_SUBJECT = 20
RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "what"})
INFINITIVE = regex.compile(r"\s+(to)\s")
IMPERSONAL_THAT = regex.compile(r"\s+(that)\s")
# Heads that take a plural verb without ending in -s ("a majority of voters say").
PLURAL_HEADS = frozenset(
    {"people", "majority", "minority", "percent", "%", "those", "most", "many", "some",
     "others", "all", "both", "few", "staff", "police", "public", "media", "press", "children",
     # quantities whose complement agrees: "a wide array of economists say"
     "array", "number", "range", "variety", "host", "handful", "dozen", "couple", "lot",
     "slew", "group", "half", "third", "quarter", "two-thirds", "three-quarters", "data",
     "plurality"}
)  # fmt: skip
# ... and plurals in -men ("Women back him"), but not these singulars
SINGULAR_MEN = frozenset({"amen", "omen", "specimen", "regimen", "abdomen", "stamen", "semen"})
# Words after a person called on the phone ("called his lawyer and", "called the
# police to report"); what calls somebody something follows them without these.
CALL_ENDINGS = frozenset({"and", "to", "after", "from", "for", "when", "because", "but"})
# Words between a comma and a speech participle of the same speaker ('"...," she
# said, before adding that ...', "..., then saying").
PARTICIPLE_CONJUNCTIONS = frozenset({"before", "after", "while", "then", "when"})
# Words that make a clause of what follows a speech verb ("said he would ...").
FINITE_WORDS = frozenset(
    {"will", "would", "can", "could", "should", "may", "might", "must", "shall", "is",
     "are", "was", "were", "has", "have", "had", "do", "does", "did", "am", "not", "won't",
     "can't", "said", "says", "told", "went", "came", "made", "took", "got", "gave",
     "knew", "thought", "saw", "left", "lost", "won", "ran", "became", "began", "felt",
     "kept", "paid", "put", "sent", "spent", "held", "brought", "found", "needs", "wants",
     "remains", "seems", "plans", "means", "continues", "helps"}
)  # fmt: skip
FINITE_REACH = 14
# Adverbs of manner between a lead-in's cue and its colon: "put it more simply:"
ADVERB_COLON = regex.compile(
    r"(?:(?:more|most|very|quite|rather|even)\s+)?\p{Ll}+ly\s*:"
    # "said after the match:", "said after training on Friday:": when, then the colon
    r"|(?:after|before|during|following|afterwards|afterward|later)\b[\p{L}\p{N}’'\s-]{0,40}:"
)
# Words after which a participle of talk is its subject's, with no comma: "began by
# talking about", "pivoted to talking about", "spent more time talking about"; not an
# auxiliary's ("was talking about" is read as a verb) nor a catenative's.
TALK_LEADS = frozenset({"by", "to", "while", "when", "after", "before", "time"})
CONSIDERED = frozenset({"consider", "deem"})  # "is considered a favourite": a passive regard
WROTE = frozenset({"wrote", "writes", "tweeted", "tweets"})  # "wrote on Facebook asking X"
# Pronouns that are only ever subjects: one of them then a word opens a clause
# ("signaled they prefer to wait"), as an object pronoun would not.
NOMINATIVE = frozenset({"i", "he", "she", "we", "they"})  # SUBJECT_PRONOUNS less "it", "you"
# Words after "X, according to Y," that begin a clause of their own, not the rest of X's.
ASIDE_ENDERS = frozenset({"and", "but", "or", "yet", "so", "which", "who", "whose", "where",
                          "including", "although", "though", "while", "whereas"})  # fmt: skip
# Auxiliaries and modals, also negated, that show a clause after a belief verb's
# bare subject ("strategists think women are likely", "think Lee won't run").
AUXILIARIES = FINITE_AUXILIARIES | frozenset(
    negated.replace("'", mark)
    for negated in ("won't", "can't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
                    "haven't", "wouldn't", "couldn't", "shouldn't", "doesn't", "didn't")
    for mark in "'’"
)  # fmt: skip
# Content blockers that can be the subject of a reported clause ("said nothing was
# certain"): only then, with a finite verb right after them.
PRONOMINAL_BLOCKERS = frozenset({"nothing", "something", "anything", "much", "little", "more"})
# Verbs whose first object is the person told, before the reported clause.
RECIPIENT_VERBS = frozenset({"tell", "inform", "assure", "remind", "notify", "reassure"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "our", "my", "your", "its"})
# Words that follow a noun subject, never a verb: "the report was", "his comments are".
NOUN_VERB_FOLLOWERS = FINITE_AUXILIARIES
# The longest prepositional phrase after "nothing" before its verb, in tokens
POSTMODIFIER_REACH = 12
# The most words between the article and a noun of stance ("a consistent and
# outspoken supporter of"), the noun included
PREDICATE_NOUN_WORDS = 5
# The longest prepositional phrase that may open a sentence before its subject with
# no comma ("In the video the passenger says", "For three years the company said")
FRONTED_PHRASE_WORDS = 5
# Cues in the past tense that name only the medium, and so may take an infinitive of
# purpose whose words are their subject's ("tweeted on Friday to say he had never ...")
PURPOSE_MEDIA_VERBS = frozenset(
    {"tweeted", "wrote", "posted", "emailed", "texted", "phoned", "telephoned", "blogged"}
)
# The outlet of a writer's aside: "writing on Breitbart,", "writing in The Atlantic,"
WRITING_FOR = regex.compile(
    r"(?:(?:on|in|for) (?:the )?(?:\p{Lu}[\w.'’&-]*\s?){1,5}"
    r"|for (?:a |the )?(?:\S+ )?(?:majority|minority|court|panel|dissent)\b[^,]{0,40})(?:,|$)"
)  # ... and a judge's: "writing for the majority in the 2-1 decision,"
# The clause that explains an anonymity: "... because the team has not disclosed it"
REASON_CLAUSE = regex.compile(r"\s+(?:because|as|since)\b[^,;:]*")
# A request refused, the object of a refusal: "declined an interview request",
# "refused requests to stop", "declined multiple requests for an interview"
REQUEST_OBJECT = regex.compile(
    r"\s+(?:(?:an?|the|our|repeated|multiple|several|numerous|two|three) )?(?:\w+ )?"
    r"(?:requests?|invitations?)\b"
)
# A caption that carries its poster's words: "with the caption “...”", "under a caption:"
CAPTION_LEAD = regex.compile(r"\b(?:with|under) (?:the|a|an) (?P<noun>caption)[,:]?\s*(?=[“\"‘])")
# Possessive determiners before which a cue form is a noun ("their email accounts");
# not "her", which is also an object ("heard her say")
OWNER_DETERMINERS = POSSESSIVE_DETERMINERS - {"her"}
SEEM_VERBS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
# A form of "be" denied before a verb in -ing ("isn't saying whether")
NEGATED_BE = frozenset(
    word.replace("'", mark)
    for word in ("not", "isn't", "aren't", "wasn't", "weren't")
    for mark in "'’"
)  # fmt: skip
# How far an agent that opens with a count may run: "by 42 percent of those responding"
COUNTED_AGENT_TOKENS = 7
# Words of degree before "more likely to say": "slightly more", "far less"
DEGREE_ADVERBS = frozenset(
    {"slightly", "much", "far", "somewhat", "significantly", "considerably", "even", "no"}
)
# The verbs of an estimate in a contact relative ("the $1.31 analysts had expected"),
# tested as substrings before the pattern runs
EXPECTATION_WORDS = ("expect", "estimat", "forecast", "predict", "project", "anticipat")
# The second fragment of a tail whose content goes on: "X, the authors noted, and Y"
COORDINATED_AFTER_TAIL = regex.compile(r"(?:and|but)\s")
# How long an opening prepositional phrase may be before the subject ("Under the
# new plan announced in May, cities that ...")
OPENING_PHRASE_MAX = 10
# A relative clause right after a cue and its adjuncts: the cue is a participle
# ("A report published on Wednesday, which found"), with no content of its own
RELATIVE_AFTER = regex.compile(r"\s*,\s*(?:which|who)\b")
# Nouns after "the" that open a relative clause: "By the time those primaries concluded"
CLAUSE_NOUNS = frozenset({"time", "moment", "day", "way", "point", "minute", "second"})
# Adverbs that may come before a subject: "Politicians and even some engineers say".
FOCUS_ADVERBS = frozenset({"even", "only", "especially", "particularly", "mostly", "mainly"})
# "Not all economists agree", "Not everyone thinks": a negated subject still speaks
NEGATED_QUANTIFIERS = frozenset({"all", "every", "everyone", "everybody", "many", "each"})
# Words that open a plural subject ("those surveyed say", "some in the party argue")
PLURAL_QUANTIFIERS = frozenset({"those", "these", "both", "many", "some", "all", "most"})
# Participles that work as prepositions: "..., the paper said, including budgets".
PREPOSITION_LIKE = frozenset({"including", "regarding", "concerning", "excluding"})
# "said little about", "isn't saying much about", "talked more about": an amount first
_AMOUNT = r"(?:(?:very\s+|so\s+)?(?:much|more|less|little|a\s+lot)\s+)?"
# but "said about 20 people had ...", "said about half of the cost ...": a number
ABOUT = regex.compile(
    r"\s*" + _AMOUNT + r"about\s+(?!\d|(?:half|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|a\s+(?:third|quarter|fifth|dozen|hundred|thousand|million)"
    r"|\w+-(?:thirds?|quarters?|fifths?))\b)"
)
# "warned of", "cautioned against"; "spoke out sharply against", "spoke favorably
# of", "spoke with Breitbart News about": a particle, an adverb, whom they spoke with
# "would not comment on the investigation": the topic after "on" (or "about")
ABOUT_ON = regex.compile(r"\s*(?:on|about)\s+(?!\d)")
ABOUT_FOR = regex.compile(r"\s*(?:\p{Ll}+ly\s+)?for\s+(?!\d)")  # "apologized publicly for"
# Where, when and with whom a topic verb was spoken before its "about": a few phrases
# that open with a preposition ("at the White House on Tuesday", "with voters outside
# a polling station")
TOPIC_NEARBY = regex.compile(
    # "spoke out Tuesday about", "speaks more frequently in public about", "is
    # speaking out ahead of the election about": a particle, an adverb and a day
    # before the places and people
    r"(?:\s+out)?(?:\s+(?:(?:more|most|less)\s+)?\p{Ll}{3,}ly)?"
    r"(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday|tonight))?"
    r"(?:\s+(?:at|in|on|with|outside|during|to|before|after|ahead\s+of)\s+"
    r"(?:[\p{L}\p{N}’'.-]+\s+){0,4}?[\p{L}\p{N}’'.-]+){0,3}(?=\s+about\s)"
)
ABOUT_OF = regex.compile(
    r"\s*(?:out\s+)?(?:\p{Ll}+ly\s+)?"
    + _AMOUNT
    + r"(?:with\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+){1,4}"
    r"|(?:reporters|journalists|the\s+press|the\s+media|supporters|voters)\s+))?"
    r"(?:about|of|against)\s+(?!\d|the\s+backdrop\b)"  # "spoke against the backdrop of"
)
# "confirmed to Reuters that", "admitted to reporters that": the person told
RECIPIENT_TO = regex.compile(r" to (?:\p{Lu}|reporters\b|journalists\b|(?:me|us|him|her|them)\b)")
CHANNEL_ASIDE = regex.compile(
    r"(?:\s(?:on|to|in|at)\s\p{Lu}[\p{L}.’'&-]*(?:\s\p{Lu}[\p{L}.’'&-]*){0,3})?"
    r"\s*,\s*(?:where|when|which|who|citing|quoting|while|after|before)\b[^,;:.!?\"“”]{1,80},"
    r"(?=\s*that\b)"  # "said, while visiting Paris, that ..."
    # or a short aside of a few words in lower case: "said, without evidence, that",
    # "said, per a translator, that", "said, among other things, that" (train's gold
    # starts the content at "that" 8 times of 9)
    r"|\s*,\s*\p{Ll}[\p{L}’'-]*(?:\s+[\p{L}\d’'.-]+){0,4}\s*,(?=\s*that\b)"
    # or where and when, after an adverb perhaps: "insists, most recently in a Labor
    # Day interview with ABC News, that"
    r"|\s*,\s*(?:(?:most\s+)?\p{Ll}+ly\s+)?(?:in|on|at|during)\s[^,;:.!?\"“”]{1,70},(?=\s*that\b)"
)
# "called both candidates Tuesday", "called the two men on Friday": phoned them
CALLED_GROUPS = frozenset({"both", "each", "all", "the", "his", "her", "their"})
# "said it best when he wrote: “...”", "put it plainly:": the quotation is what was said
SAID_IT_BEST = regex.compile(
    r"\s+it\s+(?:best|well|better|plainly|bluntly|succinctly|perfectly|simply|clearly)\b"
    r"[^.;!?“”\"]{0,60}?[:,]\s*(?=[“\"‘])"
)
# After "issued a statement": a time or two, then the participle that gives its words
DOCUMENT_SAYING = regex.compile(
    r"(?:\s+(?!saying|stating)[\p{L}.]+){0,3}?\s*,?\s+(?:saying|stating|declaring|noting)\b[,:]?\s*"
)
# "told the AP after hinting that ...": a participle after these is the subject's
# Words inside a long object before an infinitive: "X, Y and people with Z to avoid"
OBJECT_INFINITIVE_REACH = 16
OBJECT_LINKS = frozenset({"and", "or", "with", "in", "on", "at", "of", "from", "across"})
TEMPORAL_PREPOSITIONS = frozenset({"after", "before", "while", "since", "upon"})
# "news as we know it", "as they call each other": an aside that names, not a report
NAMING_ASIDE_VERBS = frozenset({"know", "call"})
NAMING_ASIDE_OBJECTS = frozenset({"it", "them", "each", "one"})
# What "per" follows when it means "in keeping with" rather than "according to"
TERMS = frozenset(
    {"plan", "agreement", "deal", "rules", "rule", "law", "policy", "terms", "contract",
     "guidelines", "schedule", "regulations", "tradition", "custom", "instructions", "usual"}
)  # fmt: skip
# How a reason for anonymity may open after the cue ("told AP on condition of anonymity")
SPACES_AND_COMMAS = regex.compile(r"[ ,]*")  # always matches
REASON_OPENERS = ("on ", "speaking ", "asking ", "declining ", "requesting ", "because ")
# What may follow the reason and still be the reason: "because ...", "to discuss ..."
REASON_GOES_ON = regex.compile(r"\s+(?:because|to|as|since|for)\b(?!.*\bthat\b)")
# "expressed concern about X", "voiced support for X": the attitude's object follows
STANCE_LINKS = frozenset({"about", "over", "at", "with", "for", "regarding", "toward", "towards"})
# ... and what links a light verb's noun to its object: "made comments about",
# "made no secret of", "made a call for", "made the case against"
ASSERTION_LINKS = frozenset(
    {"about", "of", "for", "against", "on", "regarding", "toward", "towards"}
)
# "was quoted as saying", "Interfax cited a source as saying": the one quoted speaks
QUOTING = frozenset({"quoted", "quotes", "cited", "cites"})
THAT = regex.compile(r"\s*,?\s*(?:that|whether|if|how|why|what)\b")
PARTICLES = frozenset({"up", "down", "off", "out", "back"})
OBJECT_WORD = regex.compile(r"(?<![\w-])[a-z]+(?![\w-])")
# A comma or a semicolon that ends an object noun's object: not an appositive's
OBJECT_NOUN_STOP = regex.compile(r"\s*(?:;|,(?!\s+(?:the|a|an)\s))|\s+[-—–]\s+")
# The finite verb after an object noun's object, unless a relative clause holds it
OBJECT_NOUN_VERB = regex.compile(
    r"(?<!\b(?:who|that|which)\b[^,]*)\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|did)\b"
)
# Words that open a clause of their own inside a that-clause, or join two
CLAUSE_LINKS = frozenset({"and", "or", "but", "that", "which", "who", "whom", "whose", "where"})
# Words of a verb's chain after its auxiliary ("would not support", "has been")
VERB_CHAIN = frozenset({"not", "never", "be", "been", "being", "also", "still"})
# Cue forms that are never nouns, so a capitalised word in "'s" before them is a
# name that ends so ("McDonald's said", "Moody's says"), not an owner
NAME_IN_S_VERBS = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "announced", "warned", "wrote", "writes"}
)
OWNER_NOUN = regex.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<noun>[a-z]+)\b")
# Words after which a base form is a verb, not a noun: "who support", "to back"
VERB_LEADS = MODALS | {"who", "to"}
# Quantifiers whose plural noun may stand after an adjective ("any tough questions")
QUANTIFIED_PLURALS = frozenset({"any", "more", "fewer", "several", "many", "few", "such"})
# Words after "a" that make the plural after them a subject: "a few analysts warn"
COUNT_AFTER_ARTICLE = frozenset(
    {"few", "couple", "dozen", "handful", "hundred", "thousand", "million", "lot", "number"}
    | {"third", "quarter", "half", "fifth", "majority", "minority", "plurality"}
)
# How many modifiers may stand between "a" and a base form that heads its noun phrase
ARTICLE_NOUN_REACH = 3
# The longest relative aside (tokens) between a passive report's subject and its verb
RELATIVE_ASIDE_REACH = 25
# Relative words that open a clause of an adjunct's own after its comma
ADJUNCT_RELATIVES = frozenset({"where", "when", "which", "who"})
PARTICIPLE_LEAD = regex.compile(r"\s*,\s*(?:and\s+)?")
SUBJECT_WORDS = regex.compile(
    r"(?:[\p{L}\p{N}][\p{L}\p{N}.’'-]*)(?: [\p{L}\p{N}][\p{L}\p{N}.’'-]*){0,5}"
)
LEFT_OUT_WORDS = regex.compile(r"(?<=[”\"’»]) (?:[\p{L}\p{N}][\p{L}\p{N}.’'-]* ?){1,6}$")
# A few words before "that" ("told reporters after the meeting that"), a quoted
# programme name among them ("told WKBN's “Morning Desk” on Friday that").
# A place and its state between commas among them ("said Sunday in Madison,
# Wisconsin, that").
NEARBY_WORDS = (
    r"(?:[^,;:.!?\"“”‘’~]|[\"“‘]~[~ ]*[\"”’]|''~[~ ]*''"
    r"|,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3},"
    # "told a town hall in Salem, New Hampshire on Monday that": a place's state
    r"|,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}(?=\s(?:on|in|at|during|last|this)\s)"
    r"|,\s\d{1,3},"  # "told Daniel Kraus, 41, that"
    r"|(?<=\d),(?=\d{3}\b)"  # "told the crowd of more than 100,000 that": a number's comma
    r"|(?<=\d)\.(?=\d)"  # "told his 2.3 million followers on X that": a decimal point
    # a possessive's apostrophe ("during this week’s debate") and a year's ("in ‘08")
    r"|(?<=\p{L})’(?=s\s|\s)|[‘’](?=\d\d\b))"
)
THAT_NEARBY = regex.compile(NEARBY_WORDS + r"{0,60}?(?=\s(?:that|whether)\s)")
# ... further after an adjunct that opens with a preposition ("wrote in a dissent joined
# by the court's two other liberal justices that", "told delegates gathered in
# Philadelphia for their national convention that"), not after an object noun
THAT_NEARBY_FAR = regex.compile(NEARBY_WORDS + r"{0,90}?(?=\s(?:that|whether)\s)")
# ... and after a verb of asking, the question's word: "asked the mayor how ..."
ASKED_NEARBY = regex.compile(NEARBY_WORDS + r"{0,60}?(?=\s(?:that|whether|what|how|why)\s)")

# Nouns whose "that" clause is their own content, not the cue's: "declined to
# comment on reports that the company is for sale".
REPORT_NOUNS = frozenset(
    {"reports", "report", "rumors", "rumours", "speculation", "allegations", "claims",
     "suggestions", "accusations", "assertions"}
)  # fmt: skip
# A share of the people a poll asked, past its approximators ("nearly"): "31% of
# Republicans", "Seventy-two percent", "nine in 10 voters", "a majority of those
# surveyed", "most Americans".
SHARE = regex.compile(
    r"(?i)(?:[\d.,]+\s*(?:%|percent|pct)|[\w-]+\s+percent|[\w-]+\s+(?:in|out of)\s+\w+"
    r"|(?:a|the)\s+(?:majority|minority|plurality)|(?:a|one|two)[\s-]+(?:third|quarter|fifth)s?"
    r"|half|most|two-thirds|three-quarters)(?![\w-])"
)
# A quoted word right before "that": 'found “evidence” that'.
QUOTED_THAT = regex.compile(r"\s*(?:[\"“‘]~[~ ]*[\"”’]|''~[~ ]*'')\s+(?:that|whether)\s")

# The source of "according to" read up to its comma: at most this many tokens, and
# the marks it may hold ("F.A.A. records", "the Post-ABC poll", "a CNN/ORC poll")
ACCORDING_SOURCE_MAX = 24
# ... and of a relative clause that describes an opening source, in tokens
ACCORDING_RELATIVE_MAX = 25
ACCORDING_SOURCE_MARKS = frozenset({"-", "'", "’", "&", "/", "(", ")"})
# Whom a statement, letter or speech was addressed to, after its channel ("said in
# a statement to The Associated Press", "in a speech to delegates that ...")
CHANNEL_RECIPIENT = regex.compile(
    # "in a text message sent to reporters": the channel's participle, then whom
    r"\s+(?:(?:sent|e-?mailed|given|posted|distributed|circulated|read\s+out)\s+)?"
    r"(?:to|with)\s+(?:(?:the|a|an|his|her|its|their)\s+(?:[\w’'.&-]+\s+){0,3}[\w’'.&-]+"
    r"|\p{Lu}[\w’'.&-]*(?:\s+\p{Lu}[\w’'.&-]*){0,4}"
    # "to reporters", "to families", "to staff": a plural or a group
    r"|(?:staff|faculty|parliament|congress)|\p{Ll}[\w’'-]*s)"
    # "to families Thursday", "to staff obtained by The Verge"
    r"(?=\s*(?:[,.;:!?]|that\b|$|on\s|\p{Lu}\w*day\b|(?:seen|obtained|reviewed|viewed)\s+by\b))"
)
# When a channel came out, after it ("said in a preliminary report released Friday"):
# the participle, then the time that ADJUNCT reads
CHANNEL_RELEASED = regex.compile(
    r"\s+(?:released|published|issued|posted|sent|filed|dated|made\s+public)"
    r"(?=\s+(?:(?:on|last|this|earlier|late|early)\s+)?(?:\p{Lu}\w*day|"
    + _MONTH
    + r"|week|month)\b)"
    # "said in a statement read to the court": where it was read out
    r"|\s+read\s+(?:out\s+)?(?:to|in|at|before)\s+(?:the\s+)?"
    r"(?:court|hearing|inquest|tribunal|jury|committee|sentencing)\b"
    # "said in a statement posted on its website", "posted online", "posted on X":
    # where it came out
    r"|\s+(?:posted|published|shared)\s+(?:online|on\s+(?:(?:its|his|her|their|the)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:website|site|page|account|feed|blog|channel|app)"
    r"|\p{Lu}[\w’'.&-]*(?:\s+\p{Lu}[\w’'.&-]*){0,2}))"
    # "wrote in a memo to staff obtained by The Verge": who saw it, after its recipient
    r"|,?\s+(?:seen|obtained|reviewed|viewed)\s+by\s+(?:the\s+)?\p{Lu}[\w’'.&-]*"
    r"(?:\s+\p{Lu}[\w’'.&-]*){0,4}"
)
# Where a channel came out, after its participle and time ("a paper published
# Thursday in The Astrophysical Journal Letters"): a title in capitals
CHANNEL_PLACE = regex.compile(
    r"\s+in\s+(?:the\s+)?\p{Lu}[\w’'&-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?\p{Lu}[\w’'&-]*){0,6}"
)
# Who put a channel out, after it ("said in a statement signed by his spokesman, X",
# "in a statement released by the campaign"): a participle and "by"
CHANNEL_AGENT = regex.compile(
    r",?\s+(?:signed|issued|released|sent|circulated|distributed|posted|put\s+out)\s+by\s+"
)
# The agent's name after its role, between commas ("by his press secretary, Ismaila Isah,")
AGENT_NAME = regex.compile(r",\s+\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*){1,3}(?=\s*(?:,|\.|$))")
# A place after the agent of a channel ("... on Tuesday in Lokoja.")
PLACE_AFTER = regex.compile(r",?\s+in\s+\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*){0,2}(?=\s*[.;,]|$)")
# A tail cue's named recipient: "confirmed to People", "said to The Times"
TO_RECIPIENT = regex.compile(r"to\s+(?:the\s+)?\p{Lu}")
# A participle of speaking that opens a sentence before its channel ("Speaking at a
# rally in Ohio, ...", "Writing on Facebook, ..."), and how far past the channel its
# comma may stand ("In an interview with the Globe on Monday,").
OPENING_SPEECH = regex.compile(r"(?:Speaking|Writing|Posting|Talking)\s+")
OPENER_TAIL = 40
AND_QUOTE = regex.compile(r"\s*(?:and|but)\s+(?=[“\"‘«])")
# A topic that is a bare pronoun, then the clause's end or an adjunct ("thought about it
# for a long time"): train's gold marks 1 of 5 after a verb of thinking
BARE_PRONOUN_TOPIC = regex.compile(r"(?:it|that|this)\b(?!\s+(?:is|was|would|will)\b)")
COLON_OPENS_QUOTE = regex.compile(r":\s*(?=[“\"‘«])")  # a colon, then a quotation
# A tail cue clause right before "according to" ("..., Rahimi said on Sunday, according")
TAIL_BEFORE_ACCORDING = regex.compile(
    r",\s+[^,;:.]{1,80}?\s(?:said|says|told\s+\S+|added|wrote|stated)"
    r"(?:\s+(?:on\s+)?\p{Lu}\w*day|\s+(?:yesterday|today|earlier|later|last\s+\w+))?\s*,\s*$"
)
# A free relative that opens a label: "What they said:", "What the experts say:"
WHAT_LABEL = regex.compile(r"\s*What\s+(?:[\w’'-]+\s+){1,3}")
QUOTE_THEN_THAT = regex.compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\b")
COMMA_QUOTES = (", “", ', "', ", ‘")
# Plural people with no -s, told something ("told police they saw ...")
COLLECTIVE_RECIPIENTS = frozenset(
    {"police", "people", "staff", "media", "children", "men", "women"}
)
# The dashes around an aside: 'The senator — “a relic,” one aide said — was not invited'
ASIDE_DASH_MARKS = ("—", "–", "--", "-")
# A document as a cue's object, then a colon or comma: "released the following
# statement:", "posted a message, “...”" (verbless.py reads its words).
DOCUMENT_OBJECT = regex.compile(
    r"\s*(?:a|an|the|this|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{L}+)\s*"
    # not "said the report, which is due in May, would be brief": a relative aside
    r"(?::|,(?!\s*(?:which|who|whose|where|when)\b))"
)


@dataclass(frozen=True, slots=True)
class LoweredCue:
    """A cue word found in a lower-case copy of a headline: the three methods of
    re.Match that the reader calls, with offsets into the text."""

    at: int
    to: int
    form: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self) -> str:
        return self.form


Cue = re.Match[str] | LoweredCue


class SentenceReader(VerblessReader):
    """Reads the cues of one sentence into draft statements (see the module doc)."""

    # ------------------------------------------------------------------
    def read(
        self, sent: Span, paragraph: int, quotes: list[QuoteInfo], title_case: bool = False
    ) -> list[Draft]:
        """The statements of one sentence.  In a title-case headline ("Trump Says He
        Will Win") the cue words are looked up in a lower-case copy of the sentence
        alone; the names keep their capitals."""
        masked = self.masked
        piece = masked[sent.start : sent.end].lower() if title_case else ""
        cue_matches: list[Cue]
        if title_case and len(piece) == sent.end - sent.start:  # lower() kept the offsets
            cue_matches = [
                LoweredCue(sent.start + m.start(), sent.start + m.end(), m.group())
                for m in self.lex.cue_re.finditer(piece)
            ]
        else:
            cue_matches = list(self.lex.cue_re.finditer(masked, sent.start, sent.end))
        lowered = masked[sent.start : sent.end].lower()
        subject_form_re = self.lex.subject_form_re
        if subject_form_re is not None and any(f in lowered for f in self.lex.subject_verbs):
            # "Federal court rules X": a form read as a verb only after its subject
            text = piece if title_case and len(piece) == len(lowered) else masked
            base = sent.start if text is piece else 0
            subject_cues = [
                LoweredCue(
                    base + m.start(m.lastindex), base + m.end(m.lastindex), m.group(m.lastindex)
                )
                for m in subject_form_re.finditer(text, sent.start - base, sent.end - base)
                if m.lastindex is not None
            ]
            if subject_cues:
                cue_matches = sorted([*cue_matches, *subject_cues], key=lambda m: m.start())
        if cue_matches and " as " not in lowered:
            # "saw the film": a verb of regard needs its "as"; dropped before the
            # sentence is tokenized for nothing
            regard = self.lex.regard_forms
            cue_matches = [m for m in cue_matches if m.group() not in regard]
        if cue_matches and ("anonymity" in lowered or "not to be" in lowered):
            # "..., told AP on condition of anonymity because the team has not
            # disclosed details": the reason's clause reports nothing
            reasons = self._reason_clauses(sent)
            if reasons:
                cue_matches = [
                    m
                    for m in cue_matches
                    if not any(a <= m.start() < b for a, b in reasons)
                    # but "because she feared X": a belief is hers (train marks it),
                    # and the main verb may follow the reason with no comma ("An
                    # official speaking on condition of anonymity because he was
                    # not authorized to discuss the talks said X")
                    or self._belief_form(m.group().lower())
                    or not self._denied_or_infinitive(m.start())
                ]
        if cue_matches and lowered.startswith(self.lex.idiom_openers):
            # "All told, up to 5 million ...": the opener's cue word reports nothing
            idiom = next(o for o in self.lex.idiom_openers if lowered.startswith(o))
            cue_matches = [m for m in cue_matches if m.start() >= sent.start + len(idiom)]
        according = (
            list(self.lex.according_re.finditer(masked, sent.start, sent.end))
            if any(phrase in lowered for phrase in self.lex.according)
            or lowered.startswith(self.lex.according_openers)
            else []
        )  # a plain substring test first: the case-blind regex scans slowly
        owned = (
            list(self.lex.owned_re.finditer(masked, sent.start, sent.end))
            if any(noun in lowered for noun in self.lex.owned_nouns)
            else []
        )
        nouns = self._noun_cue_positions(sent)
        object_nouns = (
            list(self.lex.object_nouns_re.finditer(masked, sent.start, sent.end))
            if any(noun in lowered for noun in self.lex.object_noun_words)
            else []
        )  # a substring test first, as for the owned nouns
        # "The party issued a statement.": a lead-in (a substring test before the pattern)
        announcing = any(verb in lowered for verb in self.lex.issued_verbs)
        dashes = quotes and any(masked.find(d, sent.start, sent.end) != -1 for d in CREDIT_MARKS)
        first_word = FIRST_WORD.match(masked, sent.start, sent.end)
        said_first = first_word is not None and first_word.group().lower() in self.lex.verbs
        if said_first and first_word is not None and not title_case:
            asked = first_word.group().lower()
            if asked.endswith("ed") and self.lex.verbs[asked].lemma in self.lex.question_verbs:
                # "Asked about the deal, ...": the cue patterns read lower case only
                question = LoweredCue(first_word.start(), first_word.end(), asked)
                cue_matches = [question, *cue_matches]
            elif asked.endswith("ing"):
                # "Noting that ...", "Responding to X, ...": a participle opening the
                # sentence (the phrasal form when there is one)
                two = PHRASAL.match(masked, first_word.end(), sent.end)
                if two is not None and f"{asked} {two.group(1).lower()}" in self.lex.verbs:
                    form, end = f"{asked} {two.group(1).lower()}", two.end()
                else:
                    form, end = asked, first_word.end()
                cue_matches = [LoweredCue(first_word.start(), end, form), *cue_matches]
        if cue_matches and self.lex.assertion_forms:
            # "made the case that": a light verb is a cue only before its noun
            # ("Making her way around the diner, ..." opens no statement)
            light, light_noun = self.lex.assertion_forms, self.lex.assertion_noun_re
            cue_matches = [
                m
                for m in cue_matches
                if m.group().lower() not in light
                or light_noun.match(masked, m.end(), sent.end)
                # "offered to cover the cost": an infinitive in place of the noun
                or (
                    (offered := self.lex.verbs.get(m.group().lower())) is not None
                    and self._infinitive_offered(offered, m.end())
                )
            ]
        # "In a CNN poll released Monday, 31% of voters ...": a finding opens the sentence
        finding = (
            first_word is not None
            and first_word.group().lower() in ("in", "among")
            and any(head in lowered for head in self.lex.finding_heads)
        )
        colon = masked.find(":", sent.start, sent.end) != -1
        # "Reyes issued a statement, “...”": a comma, then a quote
        comma_quote = bool(quotes) and any(
            masked.find(mark, sent.start, sent.end) != -1 for mark in COMMA_QUOTES
        )
        if not (
            cue_matches
            or according
            or owned
            or nouns
            or object_nouns
            or dashes
            or said_first
            or colon
            or comma_quote
            or (announcing and self.lex.issued_re.search(masked, sent.start, sent.end))
            or finding
        ):
            return []
        toks = tokenize(masked, sent.start, sent.end, self.lex)
        tails: list[Draft] = []
        forwards: list[Draft] = []
        participles: list[tuple[int, int, int]] = []
        openings: list[tuple[int, int, int, int]] = []
        for match in cue_matches:
            i = index_at(toks, match.start())
            if i == len(toks) or toks[i].start != match.start():
                continue
            after = index_at(toks, match.end())
            form = match.group().lower()
            comma = self._opening_participle(toks, i, after, form)
            if comma is not None:
                openings.append((i, after, match.end(), comma))
                continue
            if self._modifies_role(toks, i, form, after) or self._article_head(toks, i, form):
                continue
            if self._object_of_verb(toks, i, form):
                continue  # "Other researchers urged caution": the noun after a verb
            if form.endswith("s") and (
                self._verb_follows(toks, after, form)
                or (
                    # "Strong showings in the dozen states that held", "his remarks loomed"
                    form in self.lex.plural_nouns
                    and i > 0
                    and toks[i - 1].lower in self.lex.plural_noun_modifiers
                )
                or (
                    # "shielded from any tough questions": a quantifier and an adjective
                    form in self.lex.plural_nouns
                    and i > 1
                    and toks[i - 2].lower in QUANTIFIED_PLURALS
                    and toks[i - 1].is_word
                    and not toks[i - 1].is_cap
                    and not toks[i - 1].lower.endswith("s")  # "many analysts shows"
                )
                or (form in self.lex.document_heads and i > 0 and toks[i - 1].text in MEDIA_NOUNS)
                # "led by 5 points", "three posts": a count makes it a noun
                or (i > 0 and toks[i - 1].text[0].isdigit() and not toks[i - 1].is_cap)
            ):
                continue  # "Media reports said ...": a plural noun (before the verb)
            if i > 0 and toks[i - 1].text in MEDIA_NOUNS and form in self.lex.document_heads:
                continue  # "This press release contains ...": a noun after "press"
            if (
                form in self.lex.document_heads
                and after < len(toks)
                and toks[after].lower in self.lex.verbs
                and not toks[after].is_cap
                and self.lex.verbs[toks[after].lower].lemma != toks[after].lower
            ):
                continue  # "a United Nations report said": the noun, then its verb
            going = (  # "..., going on to say that X": a participle's catenative
                i >= 4
                and toks[i - 1].lower == "to"
                and toks[i - 2].lower == "on"
                and toks[i - 3].lower == "going"
                and toks[i - 4].text == ","
            )
            if going or (
                form in self.lex.participles
                and i > 0
                and (
                    self._after_comma(toks, i)
                    # "..., criticizing the pipeline and calling for a ban": the second
                    # participle of the same speaker
                    or (participles and toks[i - 1].lower == "and")
                    # "began by talking about X", "was on CNN talking about X": a
                    # participle of talk needs no comma, its "about" marks it
                    or self._talking_about(toks, i, after)
                )
            ):
                if not self._adds_to(toks, form, after):
                    participles.append((i, after, match.end()))
                continue
            draft = self._verb_cue(sent, paragraph, toks, i, after, match, quotes)
            if draft is None:
                continue
            if self._told_passive(draft, toks, after, form):
                draft.phrase = None
            self._fronted_which(draft, toks)
            # "The plan was criticized by X" reads its content before the cue, but
            # as a clause of its own: it cuts no content short
            passive = after < len(toks) and toks[after].lower == "by"
            # "X, the authors noted, and Y": a tail whose content goes on after it is
            # still the sentence's outer reading
            tail = draft.lead_in is False and self._content_first(draft) and not passive
            (tails if tail else forwards).append(draft)
        for match in according:
            draft = self._according(sent, paragraph, toks, match, quotes)
            if draft is not None:
                (tails if is_tail(draft) else forwards).append(draft)
        for possessed in owned:
            draft = self._owned(sent, paragraph, toks, possessed, quotes)
            if draft is not None:
                forwards.append(draft)
        for i in nouns:
            draft = self._noun_cue(sent, paragraph, toks, i, quotes)
            if draft is not None:
                forwards.append(draft)
        for stance in object_nouns:
            draft = self._object_noun(sent, paragraph, toks, stance, quotes)
            if draft is not None:
                forwards.append(draft)
        if any(word in lowered for word in EXPECTATION_WORDS):
            for gap in self.lex.expectation_gap_re.finditer(masked, sent.start, sent.end):
                draft = self._expectation_gap(paragraph, toks, gap)
                if draft is not None:
                    forwards.append(draft)
        split_coordinated(forwards, masked)
        split_relatives(forwards, masked)
        self._end_subject_relatives(forwards, toks, sent)
        split_asides(forwards, masked)
        split_embedded(forwards, masked)
        if tails and any(d.cue_class == QUESTION for d in forwards):
            tails = _past_questions(tails, forwards)
        drafts = resolve(tails, forwards, masked)
        _drop_cut_partials(drafts, quotes)
        for i, after, end in participles:
            owner = owner_before(drafts, toks[i].start)
            if (
                owner is not None
                and owner.cue_class == "noun"
                and (owner.phrase is None or owner.phrase.kind == "pronoun")
            ):
                owner = None  # "rescinded his endorsement of Trump, saying": the subject's
            if owner is not None and owner.phrase is None:
                owner = None  # "X has been criticized for Y, ..., saying": nobody's words
            if owner is not None and owner.phrase is not None and self._restrictive(owner.phrase):
                owner = None  # "defended not paying an architect who said X, saying"
            if owner is not None and self._closed_relative(toks, i, owner):
                # "Trump, who has made false claims that ..., weighed in, calling":
                # the relative clause closed before the main verb, whose subject calls
                main = self._subject_owner(paragraph, toks, i)
                if main is not None and main.phrase is not None and owner.phrase is not None:
                    if main.phrase.mention.end <= owner.phrase.mention.start:
                        owner = main
            if owner is not None and owner.cue is not None:
                # "Smith said X, but Jones disagreed, saying Y": the nearer subject
                owner = (
                    self._coordinated_owner(paragraph, toks, i, owner.cue.end)
                    or self._main_clause_owner(paragraph, toks, i, owner)
                    or self._refusing_owner(paragraph, toks, i, owner.cue.end)
                    or owner
                )
            if owner is None:
                # "Republicans have blocked the measures, saying they infringe ...":
                # the subject of the sentence speaks; "The ombudsman, citing X, said":
                # the subject of the verb after the aside.
                owner = (
                    self._aside_owner(drafts, toks[i].start)
                    or self._subject_owner(paragraph, toks, i, bare_plural=True)
                    or self._subordinate_owner(paragraph, toks, i)
                )
            if owner is None or inside(drafts, toks[i].start):
                continue
            clause = Span(sent.start, self._aside_end(drafts, owner, toks, i, sent.end))
            draft = self._participle(clause, paragraph, toks, i, after, end, owner, quotes)
            if draft is not None:
                drafts = take_in(draft, drafts, masked)
                drafts.append(draft)
        for i, after, end, comma in openings:
            # "In describing Trump, Cuban said ...": the main clause's subject
            # describes; the participle's object up to its comma is the content
            owner = self._subject_owner(paragraph, toks, len(toks))
            if owner is None or owner.phrase is None or inside(drafts, toks[i].start):
                continue
            clause = Span(sent.start, toks[comma].start)
            draft = self._participle(clause, paragraph, toks, i, after, end, owner, quotes)
            if draft is not None:
                drafts = take_in(draft, drafts, masked)
                drafts.append(draft)
        if quotes and "caption" in lowered:
            captioned = self._caption_quote(sent, paragraph, toks, quotes, drafts)
            if captioned is not None:
                drafts.append(captioned)
        if dashes:
            drafts.extend(self._credits(paragraph, toks, quotes, drafts))
        if said_first and not drafts:
            opening = self._said_first(sent, paragraph, toks, quotes)
            if opening is not None:
                drafts.append(opening)
        if quotes and colon and not drafts:
            labelled = self._name_colon(sent, paragraph, toks, quotes)
            if labelled is not None:
                drafts.append(labelled)
        if colon and not drafts:
            lead = self._colon_lead_in(sent, paragraph, toks, quotes)
            if lead is not None:
                drafts.append(lead)  # "He then listed the qualities:" and a quote after
        if not drafts and (comma_quote or colon):
            issued = self._issued_statement(sent, paragraph, toks, quotes)
            if issued is not None:
                drafts.append(issued)
        if not drafts and finding:
            found = self._finding_opener(sent, paragraph, toks, quotes)
            if found is not None:
                drafts.append(found)
        elif finding:
            self._shares_of_finding(toks, drafts)
        if not drafts and announcing:
            announced = self._announced_document(sent, paragraph, toks, quotes)
            if announced is not None:
                drafts.append(announced)  # "The party issued a statement ...": a lead-in
        if drafts and self.masked[sent.start : sent.start + 1].isupper():
            self._opening_channel(sent, drafts)
        drafts.sort(key=lambda d: d.fragments[0][0].start if d.fragments else sent.start)
        return _without_repeats(drafts)

    def _shares_of_finding(self, toks: list[Token], drafts: list[Draft]) -> None:
        """ "In a CNN poll released Monday, 31% of Republicans said ...": the share of
        those polled speaks only through the poll, which annotators take as the source."""
        source = self._finding_source(toks)
        if source is None:
            return
        after = toks[source.end_index + 1].start
        for draft in drafts:
            phrase = draft.phrase
            if (
                phrase is not None
                and phrase.mention.start == after
                and self._share_of_polled(phrase.mention)
            ):
                draft.phrase = source

    def _share_of_polled(self, mention: Span) -> bool:
        """ "31% of Republicans", "nearly nine in 10 voters": a share of those a poll
        asked, perhaps after approximators (rules/grammar.toml)."""
        pos = mention.start
        for word in self.masked[mention.start : mention.end].split():
            if word.lower() not in self.lex.ratio_approximators:
                break
            pos = self.masked.index(word, pos) + len(word)
        while pos < mention.end and self.masked[pos].isspace():
            pos += 1
        return SHARE.match(self.masked, pos, mention.end) is not None

    def _opening_channel(self, sent: Span, drafts: list[Draft]) -> None:
        """A channel that opens the sentence before its subject ("In a statement,
        the ministry said", "Speaking to reporters, Obi said", "On Twitter, ...")
        is the channel of the subject's statements that name none of their own."""
        masked = self.masked
        first = FIRST_WORD.match(masked, sent.start, sent.end)
        if first is not None and not self._opening_word(first.group()):
            return  # most sentences: a word that opens no channel (and no dateline)
        start = self._content_start(sent)
        lead = OPENING_SPEECH.match(masked, start, sent.end)
        if lead is None:
            # a channel is a prepositional phrase ("In a statement,", "On Twitter,")
            first = FIRST_WORD.match(masked, start, sent.end)
            if first is None or not self._opening_word(first.group()):
                return
        at = lead.end() if lead is not None else start
        for run in self.lex.channel_runs:
            found = run.pattern.match(masked, lead.start() if run.at_cue and lead else at, sent.end)
            if found is None:
                continue
            comma = masked.find(",", found.end(), min(sent.end, found.end() + OPENER_TAIL))
            if comma == -1 or any(ch in masked[found.end() : comma] for ch in '"“”;:'):
                return
            subject = comma + 1
            while subject < sent.end and masked[subject].isspace():
                subject += 1
            channel = _channel_span(masked, found)
            for draft in drafts:
                if (
                    draft.channel is None
                    and draft.phrase is not None
                    and draft.phrase.mention.start == subject
                ):
                    draft.channel = channel
            return

    def _opening_word(self, word: str) -> bool:
        """May a sentence's channel open with this capitalised word ("In", "On",
        "Speaking")?"""
        return word.lower() in self.lex.prepositions or OPENING_SPEECH.match(word + " ") is not None

    def _modifier_after_verb(self, toks: list[Token], i: int, after: int, form: str) -> bool:
        """A participle cue between a past-tense verb and a noun ("ignored repeated
        warnings", "faced renewed calls"): an adjective, not a cue; but "those
        polled reported", "the people involved stated that"."""
        if not form.endswith("ed") or i == 0 or after >= len(toks):
            return False
        prev, nxt = toks[i - 1], toks[after]
        return (
            prev.is_word
            and not prev.is_cap
            and prev.lower.endswith("ed")
            and prev.lower not in self.lex.surveyed
            and prev.lower not in self.lex.auxiliaries
            and nxt.is_word
            and not nxt.is_cap
            and nxt.lower != "that"
            and nxt.lower not in self.lex.pronouns
            and nxt.lower not in self.lex.determiners
            and nxt.lower not in self.lex.prepositions
        )

    def _naming_aside(
        self, toks: list[Token], i: int, after: int, lemma: str, end: int, sent: Span
    ) -> bool:
        """ "news as we know it", "Barack and Bibi, as they call each other", "the
        plan, as he calls it,": knowing or calling something by a name in an "as"
        aside reports nothing (unless the name is quoted right after)."""
        if lemma not in NAMING_ASIDE_VERBS or i < 2 or toks[i - 2].lower != "as":
            return False
        if after >= len(toks) or toks[after].lower not in NAMING_ASIDE_OBJECTS:
            return False
        return not self._quote_follows(toks[after].end, sent) and not self._quote_follows(end, sent)

    def _adds_to(self, toks: list[Token], form: str, after: int) -> bool:
        """ "won the primary, adding to her lead", "added to the confusion": "add to"
        with anything but the people told ("added to reporters") reports nothing."""
        verb = self.lex.verbs.get(form)
        if verb is None or verb.lemma != "add" or after + 1 >= len(toks):
            return False
        told = toks[after + 1]
        outlet = (  # "Trump added to People", not "adding to Clinton's lead"
            told.is_cap
            and not told.lower.endswith(("’s", "'s"))
            and not (after + 2 < len(toks) and toks[after + 2].text in POSSESSIVE | {"’", "'"})
        )
        return (
            toks[after].lower == "to"
            and told.lower not in ("reporters", "journalists")
            and not outlet
        )

    def _relative_subject(self, toks: list[Token], comma: int) -> NounPhrase | None:
        """ "A man who lives nearby, said he heard shots": a subject with a relative
        clause that a stray comma separates from its verb, read as if the comma
        were not there. The subject must open the sentence."""
        if comma < 2 or not any(t.lower in ("who", "whose") for t in toks[:comma]):
            return None
        phrase = self.parser.left(toks[:comma] + toks[comma + 1 :], comma, 0)
        if (
            phrase is None
            or phrase.role is None
            or phrase.kind == "pronoun"
            or not self.masked[phrase.role.start : phrase.role.start + 5].lower().startswith("who")
            or not self._subject_boundary(toks, phrase.mention.start)
        ):
            return None
        return phrase

    def _connective_follows(self, pos: int, end: int) -> bool:
        """ "confirmed, however, that ...": a connective set off by commas after the cue."""
        aside = SET_OFF.match(self.masked, pos, end)
        return aside is not None and aside.group(1).lower() in self.lex.connectives

    def _verb_follows(self, toks: list[Token], after: int, form: str) -> bool:
        """ "reports said", "claims say": a finite speech verb right after the cue
        word (not "says praise from Putin helps", where the base form is a noun);
        after a plural noun any past tense ("his remarks loomed large")."""
        if after >= len(toks) or toks[after].is_cap:
            return False
        word = toks[after].lower
        if form in self.lex.plural_nouns and word.endswith("ed") and len(word) > 4:
            return True
        verb = self.lex.verbs.get(word)
        if (
            verb is not None
            and form in self.lex.record_heads
            and verb.lemma in self.lex.evidence_verbs
        ):
            return True  # "Government figures show": the record, then its verb
        return (
            verb is not None
            and (word != verb.lemma or word == "say")
            and not word.endswith("ing")
            and not word.endswith("s")
        )

    def _passive_coordinated(self, toks: list[Token], head: int) -> bool:
        """A participle and "to" after "and" whose clause before it is a passive ("had
        been called by someone and asked to"): no verb of the sentence's subject."""
        if not (
            head + 1 < len(toks)
            and toks[head + 1].lower == "to"
            and toks[head].lower.endswith("ed")
            and head >= 1
            and toks[head - 1].lower == "and"
        ):
            return False
        for k in range(head - 2, max(-1, head - 14), -1):
            if toks[k].text in (",", ";", ":") or toks[k].lower in ("said", "told"):
                return False
            if toks[k].lower in ("been", "being", "was", "were") and (
                toks[k + 1].lower.endswith("ed") or toks[k + 1].lower in IRREGULAR_PARTICIPLES
            ):
                return True  # (not "was undergoing therapy and vowed to")
        return False

    def _negation(self, toks: list[Token], head: int) -> int | None:
        """The index of "not", "never" or "didn't" before the verb at toks[head]
        (adverbs between: "did not immediately respond"), or None."""
        k = head - 1
        while k > 0 and (self._adverb_word(toks[k]) or toks[k].lower in NEGATED_ADVERBS):
            if toks[k].lower == "never":
                return k
            k -= 1
        if k > 0 and (toks[k].lower == "not" or toks[k].lower.endswith(("n't", "n’t"))):
            return k
        return None

    @staticmethod
    def _volitional(toks: list[Token], negation: int) -> bool:
        """Whether a denial is a refusal of the subject's will ("would not identify
        the issue", "won't identify", "refused"), not a fact ("has not identified")."""
        word = toks[negation].lower
        if word == "not" and negation > 0:
            word = toks[negation - 1].lower
        return word.startswith(("would", "will", "won"))

    def _refusing_owner(
        self, paragraph: int, toks: list[Token], i: int, floor: int
    ) -> Draft | None:
        """ "When the club asked the council, it declined, citing the cost": the
        subject of a refusal right before the participle's comma."""
        verb = self.lex.verbs.get(toks[i - 2].lower) if i >= 3 else None
        if verb is None or verb.cls != REFUSAL or toks[i - 2].start <= floor:
            return None
        if toks[i - 2].lower == verb.lemma and toks[i - 3].lower not in self.lex.auxiliaries:
            return None  # "Clinton's decline, arguing": a noun
        phrase = self.parser.left(toks, i - 2, 0)
        if phrase is None or phrase.mention.start <= floor:
            return None
        return Draft(Form.INDIRECT, [], phrase, None, None, None, paragraph)

    def _subordinate_owner(self, paragraph: int, toks: list[Token], i: int) -> Draft | None:
        """ "The incident came during a speech, when protesters interrupted her,
        shouting “...”": with no source as the sentence's subject, the subject of the
        subordinate clause that the participle follows."""
        for m in range(i - 2, 0, -1):
            if toks[m].text in (",", ";", ":") and m < i - 1:
                break
            if toks[m].lower not in ("when", "as", "after", "while", "before", "because"):
                continue
            for v in range(m + 2, i - 1):
                word = toks[v]
                if word.is_cap or not (word.lower.endswith("ed") or word.lower in self.lex.verbs):
                    continue
                phrase = self.parser.right(toks, m + 1, v)
                if phrase is None or phrase.end_index != v or phrase.kind == "pronoun":
                    return None
                head = toks[phrase.end_index - 1].lower
                if phrase.kind == "description" and not (
                    self.lex.source_noun(head) or self.lex.unnamed_group(head)
                ):
                    return None
                return Draft(Form.INDIRECT, [], phrase, None, None, None, paragraph)
            return None
        return None

    def _end_subject_relatives(self, drafts: list[Draft], toks: list[Token], sent: Span) -> None:
        """End a content read inside a restrictive relative clause of the sentence's
        subject before the main verb: "A man who said he was innocent has been
        jailed", "A man who ... after being told to put out a cigarette has been
        jailed". The main verb is an auxiliary after a word of the content; a clause's
        first one is its own ("he was innocent")."""
        if not drafts or not any(t.lower in ("who", "that") for t in toks[:24]):
            return  # most sentences: nothing to end
        first = self._past_opening_phrase(toks, index_at(toks, self._content_start(sent)))
        relative = next(
            (
                r
                for r in range(first + 1, min(first + 9, len(toks)))
                if toks[r - 1].is_word
                and (
                    toks[r].lower == "who"
                    # "The report that said X was released", "cities that agree to X
                    # can apply"; not "Now that X said"
                    or (
                        toks[r].lower == "that"
                        and (
                            toks[first].lower in self.lex.determiners
                            or (r == first + 1 and _plural_recipient(toks[first]))
                        )
                    )
                )
            ),
            None,
        )
        if (
            relative is None
            or any(
                not t.is_word
                or (not t.is_cap and self._finite(t.lower))
                or t.lower.endswith(CONTRACTED_VERBS)  # "We're the kind of folks who"
                for t in toks[first:relative]
            )
        ):
            return
        for draft in drafts:
            if draft.cue is None or draft.cue.start < toks[relative].end or not draft.fragments:
                continue
            cue = index_at(toks, draft.cue.start)
            if any(not t.is_word for t in toks[relative:cue]):
                continue  # "Rubio, a politician who is running, said": the clause closed
            span, quoted = draft.fragments[-1]
            if quoted is not None or span.start < draft.cue.end:
                continue  # not a quotation's fragment
            verb = self._cue_verb(draft)
            clause = toks[index_at(toks, span.start)].lower != "to" and not (
                verb is not None and verb.frame == "object"  # "who praised the mayor"
            )
            own = int(clause)
            k = index_at(toks, span.start) + 1
            while k < len(toks) and toks[k].start < span.end:
                prev, word = toks[k - 1], toks[k].lower
                if word in ("and", "or", "but"):
                    own = int(clause)  # "the economy is improving and jobs are ...": a
                    # coordinated clause has a verb of its own
                elif word in self.lex.subordinators or word in CLAUSE_OPENERS or word == ",":
                    own = 1  # "while she was secretary", "the problem was that ..."
                elif (
                    toks[k].is_word
                    and not toks[k].is_cap
                    and (finite_word(word) or word in IRREGULAR_PAST)
                    and prev.is_word
                    and not finite_word(prev.lower)
                    and prev.lower not in ("and", "or", "but", "who", "that", "which", "not", "to")
                    and not prev.lower.endswith("ly")
                ):
                    if own:
                        own -= 1
                    elif word in FINITE_AUXILIARIES and prev.lower not in SUBJECT_PRONOUNS:
                        # (not "an answer he might": a clause of its own)
                        draft.fragments[-1] = (Span(span.start, prev.end), None)
                        break
                k += 1

    def _expectation_gap(
        self, paragraph: int, toks: list[Token], gap: regex.Match[str]
    ) -> Draft | None:
        """ "above the $1.31 analysts polled by LSEG had expected": the estimate is
        the noun phrase before its forecasters, who are its source."""
        first = index_at(toks, gap.start("source"))
        phrase = self.parser.right(toks, first, index_at(toks, gap.end("source")))
        if phrase is None:
            return None
        cue = Span(gap.start("cue"), gap.end("cue"))
        draft = Draft(Form.INDIRECT, [], phrase, cue, "belief", None, paragraph)
        self._add_content(draft, Span(gap.start("content"), gap.end("content")), [])
        return draft if draft.fragments else None

    def _content_first(self, draft: Draft) -> bool:
        """A tail, or a tail whose content goes on after it in a coordinated clause
        ("X, the airline added, and Y"): one fragment before the cue, one after it
        that opens with "and" or "but"."""
        if is_tail(draft):
            return True
        if len(draft.fragments) != 2 or draft.cue is None:
            return False
        (first, _), (second, _) = draft.fragments
        return first.end <= draft.cue.start and bool(
            COORDINATED_AFTER_TAIL.match(self.masked, second.start)
        )

    def _past_opening_phrase(self, toks: list[Token], first: int) -> int:
        """Where the subject starts after an opening prepositional phrase and its
        comma ("Under the plan, cities that agree to X can apply"), or `first`."""
        if first >= len(toks) or toks[first].lower not in self.lex.prepositions:
            return first
        for k in range(first + 1, min(first + OPENING_PHRASE_MAX, len(toks) - 1)):
            if toks[k].text == ",":
                return k + 1
            if not toks[k].is_word:
                break
        return first

    def _closed_relative(self, toks: list[Token], i: int, owner: Draft) -> bool:
        """Whether the owner is a relative clause's "who" whose content ended before a
        finite verb of the main clause, ahead of the participle at toks[i]."""
        if owner.phrase is None or not owner.phrase.relative or not owner.fragments:
            return False
        between = toks[index_at(toks, owner.fragments[-1][0].end) : i]
        return any(t.is_word and not t.is_cap and self._finite(t.lower) for t in between)

    def _main_clause_owner(
        self, paragraph: int, toks: list[Token], i: int, owner: Draft
    ) -> Draft | None:
        """ "When Maddow pointed out that ..., Clinton seized upon it, repeating ...":
        a cue inside the sentence's opening subordinate clause is not the
        participle's; the main clause's subject after that clause's comma is."""
        if not toks or toks[0].lower not in self.lex.subordinators or owner.phrase is None:
            return None
        main = self._subject_owner(paragraph, toks, i)
        if main is None or main.phrase is None:
            return None
        if main.phrase.mention.start <= owner.phrase.mention.start:
            return None
        if owner.fragments and main.phrase.mention.start < owner.fragments[-1][0].end:
            return None  # the subject found is inside the clause's own content
        return main

    def _coordinated_owner(
        self, paragraph: int, toks: list[Token], i: int, floor: int
    ) -> Draft | None:
        """The subject of a clause coordinated after the last cue and before the
        participle at toks[i] ("..., but Jones disagreed, saying ...")."""
        m = i - 2  # toks[i - 1] is the participle's comma
        while m > 0 and toks[m].start > floor:
            if toks[m].lower in ("but", "and", "while", "yet") and toks[m - 1].text == ",":
                for v in range(m + 2, i - 1):  # the clause's verb, then its subject
                    word = toks[v].lower
                    if toks[v].is_cap or not (word.endswith("ed") or word in self.lex.verbs):
                        continue
                    end = v
                    while end > m + 2 and (
                        toks[end - 1].lower.endswith("ly")
                        or toks[end - 1].lower in self.lex.auxiliaries
                    ):
                        end -= 1  # "the mayor quickly disagreed", "has already sued"
                    phrase = self.parser.right(toks, m + 1, end)
                    if phrase is not None and phrase.kind != "pronoun" and phrase.end_index == end:
                        return Draft(Form.INDIRECT, [], phrase, None, None, None, paragraph)
                    return None
                return None
            m -= 1
        return None

    def _modifies_role(self, toks: list[Token], i: int, form: str, after: int) -> bool:
        """ "a former Kansas state senator who ran": a base form ("state", "press")
        is a noun before a role noun; "state senator Ana Ruiz said" is left to the
        later cue, and "told host Chuck Todd" is no base form; nor is a verb after
        its plural subject ("unions warn staff burnout threatens gains").  A base
        form right after a verb of telling is a noun too: "told state regulators"."""
        verb = self.lex.verbs.get(form)
        base = verb is not None and verb.lemma == form
        if base and i > 0 and after < len(toks) and toks[after].is_word and not toks[after].is_cap:
            told = self.lex.verbs.get(toks[i - 1].lower)
            if told is not None and told.lemma in RECIPIENT_VERBS:
                return True
            if (
                (toks[i - 1].text == "," or toks[i - 1].text in CLOSING_MARKS)
                and toks[after].text in self.lex.role_nouns
                and after + 1 < len(toks)
                and toks[after + 1].is_cap
            ):
                # '"...," launch director Carmen Ibáñez told reporters': a base form
                # with no subject before it, a role noun and a name after it
                return True
        return self._noun_before_role(toks, form, after) and not (
            i > 0 and self._plural_subject_word(toks[i - 1])
        )

    def _article_head(self, toks: list[Token], i: int, form: str) -> bool:
        """ "a public records request", "an information request": a base form that a
        singular article before its modifiers makes the head of a noun phrase (but
        "a few analysts warn": a count makes the plural a subject)."""
        verb = self.lex.verbs.get(form)
        if verb is None or verb.lemma != form:
            return False
        if i > 0 and self.lex.unnamed_group(toks[i - 1].lower):
            return False  # "a move officials say would save money": a contact clause
        if (
            i > 0
            and toks[i - 1].lower in self.lex.document_heads
            and (i + 1 >= len(toks) or not toks[i + 1].is_word)
        ):
            return False  # '"...," a club statement read.': the document's verb
        for k in range(i - 1, max(-1, i - 1 - ARTICLE_NOUN_REACH), -1):
            word = toks[k].lower
            if word in ("a", "an"):
                return k < i - 1
            if (
                not toks[k].is_word
                or toks[k].is_cap
                or word in COUNT_AFTER_ARTICLE
                or word in self.lex.pronouns  # "a decision they say allowed"
                or word in ("to", "that", "who", "which")  # "a moment to point out"
                or word in self.lex.prepositions
                or word in self.lex.determiners
                or (word in self.lex.verbs and word not in self.lex.plural_nouns)
            ):
                return False
        return False

    def _noun_before_role(self, toks: list[Token], form: str, after: int) -> bool:
        if after + 1 >= len(toks):
            return False
        verb = self.lex.verbs.get(form)
        if verb is None or verb.lemma != form:
            return False
        role = toks[after]
        if (
            role.text == role.lower
            and role.lower.endswith("s")
            and role.lower[:-1] in self.lex.organization_words
            and toks[after + 1].is_word
            and not toks[after + 1].is_cap
        ):
            return True  # "most state parties release": "state" modifies the plural
        if (
            role.lower in self.lex.organization_words
            and (role.text == role.lower or role.text.isupper())
            and role.text != "who"  # "did not say who made": the question, not the WHO
        ):
            nxt = toks[after + 1].lower
            # "state media reported", "state TV said": a body that speaks
            return nxt in self.lex.verbs and not toks[after + 1].is_cap
        return (
            role.lower in self.lex.role_nouns
            and role.text == role.lower
            and not toks[after + 1].is_cap
            and toks[after + 1].is_word
        )

    def _forecast_object(self, toks: list[Token], pos: int) -> bool:
        """An amount ("$67.9 billion", "2.3%") or a business figure ("fourth-quarter
        revenue", "adjusted earnings of") right after a verb of forecasting."""
        k = index_at(toks, pos)
        if k >= len(toks):
            return False
        if toks[k].text[:1] in "$£€¥" or toks[k].text[:1].isdigit():
            return True
        for m in range(k, min(k + 5, len(toks))):
            tok = toks[m]
            if m > k and (tok.text[:1] in "$£€¥" or tok.text[:1].isdigit()):
                continue  # "a $385 million deficit": an amount inside the figure
            if not tok.is_word or tok.is_cap or tok.lower in self.lex.verbs:
                return False
            if tok.lower in self.lex.forecast_heads:
                return True
        return False

    def _question_follows(self, toks: list[Token], pos: int) -> bool:
        """A wh-word and a clause after a cue ("when the plant would close")."""
        k = index_at(toks, pos)
        return (
            k + 2 < len(toks)
            and toks[k].lower in QUESTION_WORDS
            and self._finite_verb_follows(toks, toks[k + 1].start)
        )

    def _plural_subject_word(self, tok: Token) -> bool:
        """A lower-case plural noun that can be a verb's subject ("unions", "experts"),
        not a determiner or an adjective in -s ("his", "various")."""
        word = tok.lower
        return (
            tok.is_word
            and not tok.is_cap
            and len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ous"))
            and word not in self.lex.determiners
            and (self.lex.source_noun(word) or self.lex.unnamed_group(word))
        )

    # ------------------------------------------------------------ verbs
    def _verb_cue(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        i: int,
        after: int,
        match: Cue,
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        lex = self.lex
        form = match.group().lower()
        verb = lex.verbs.get(form) or lex.adjectives.get(form) or lex.subject_verbs.get(form)
        if verb is None:
            return None
        if verb.frame == "regard" and not (
            self._as_follows(toks, after) or (after < len(toks) and toks[after].lower == "as")
        ):
            return None  # "saw the film": a verb of regard needs its "as"
        if verb.frame == "estimate" and not self._amount_follows(toks, after):
            return None  # "put the plan on hold": an estimate needs its amount
        if lex.anonymity_reasons_re.match(self.masked, match.start()) or (
            i >= 2
            and toks[i - 2].lower == "whom"
            and lex.anonymity_reasons_re.match(self.masked, toks[i - 2].start)
        ):
            # "The people asked not to be named because ...", "a partner whom she
            # declined to name": why unnamed
            return None
        if verb.lemma in lex.that_only and (after >= len(toks) or toks[after].lower != "that"):
            return None  # "accepted the request": no concession without its clause
        if self._infinitive_missing(toks, after, verb.lemma):
            return None  # "appeal to the Federal Circuit", "appeals to older voters"
        if self._adds_to(toks, verb.lemma, after):
            return None  # "it added to the confusion": no report
        if self._naming_aside(toks, i, after, verb.lemma, match.end(), sent):
            return None  # "news as we know it", "Bibi, as they call each other"
        if self._modifier_after_verb(toks, i, after, form):
            return None  # "ignored repeated warnings": an adjective after a verb
        issued = (
            lex.issued_re.match(self.masked, match.start(), sent.end)
            if form in lex.issued_verbs
            else None
        )
        if issued is not None:
            # "released a statement saying X": its words follow the participle; with
            # nothing after it they open the next paragraph (a lead-in, read later)
            said = DOCUMENT_SAYING.match(self.masked, issued.end(), sent.end)
            if said is not None:
                return self._document_saying(sent, paragraph, toks, i, match, said, quotes)
            timed = ADJUNCT.match(self.masked, issued.end(), sent.end)
            rest = self.masked[timed.end() if timed else issued.end() : sent.end]
            if rest.strip() in ("", "."):
                return None  # "released a statement on Monday.": nothing of it said here
        if form in QUOTING and self._quoted_later(toks, after):
            return None  # "Interfax cited a source as saying": the source's, at "as saying"
        if (
            verb.lemma in lex.quote_only
            # "begged the board to keep the program", not "begged for mercy"
            and not (
                verb.lemma in lex.quote_only_requests and self._requested_infinitive(toks, after)
            )
        ) and (
            not any(q.raw.closed for q in quotes)
            or (
                after < len(toks)
                and toks[after].is_word
                and toks[after].lower != "about"
                and toks[after].lower != "that"  # "His campaign protested that X"
                # '"Get out," roared the landlord': the speaker after the verb
                and not (i > 0 and toks[i - 1].text in CLOSING_MARKS)
            )
        ):
            # "The war went on": no quotation for it to attribute; "once the Senate
            # goes on recess, “...”": a phrase of its own, not '"...," she went on'
            return None
        if after < len(toks) and toks[after].lower == "by":
            agent = self._by_agent(sent, paragraph, toks, i, after, match, verb, quotes)
            if agent is not None:
                return agent
        copula = self._copula(toks, i, verb.predicate_noun) if verb.copular else None
        if verb.copular and copula is None:
            head_word = form.split(" ")[0]
            if head_word != form and head_word in lex.verbs:
                # "officials have long worried about X": the verb, not the adjective
                as_verb = LoweredCue(match.start(), match.start() + len(head_word), head_word)
                return self._verb_cue(sent, paragraph, toks, i, i + 1, as_verb, quotes)
            return None  # "a book critical of the deal": no form of "be", no stance
        if copula is not None and verb.frame == "belief" and not self._stance_clause(toks, after):
            return None  # "reasons the movement should be optimistic:": no clause
        j = i - 1 if copula is None else copula - 1
        while j >= 0 and toks[j].lower in lex.auxiliaries and toks[j].lower not in lex.passive:
            j -= 1
        prev = toks[j].lower if j >= 0 else ""
        is_ing = form.split(" ")[0].endswith("ing")
        if prev in ("not", "widely", "generally") and j > 0 and toks[j - 1].lower in lex.passive:
            j -= 1  # "is not expected to", "was widely reported that"
            prev = toks[j].lower
        elif prev in NEGATED_BE and prev != "not" and is_ing:
            prev = prev[:-3]  # "isn't saying whether": a progressive's "is"
        if prev == "to" and self.parser.interview_clause(toks, j):
            prev = ""  # "Officials I spoke to said": a stranded "to", no infinitive
        if is_ing and j > 0 and self._adverb_word(toks[j]):
            k = j
            while k > 0 and self._adverb_word(toks[k]):
                k -= 1
            if toks[k].lower in ("is", "are", "was", "were", "been", "be"):
                j, prev = k, toks[k].lower  # "leaders are now openly questioning"
        if is_ing and prev in lex.perception and j > 0 and toks[j - 1].lower in lex.passive:
            j, prev = j - 1, toks[j - 1].lower  # "can be heard telling the driver that"
        if verb.lemma in lex.question_verbs and form.endswith("ed"):
            question = self._question(sent, paragraph, toks, i, j, after, match, quotes)
            if question is not None:
                return question
        if (
            form in lex.request_forms
            and (
                prev in lex.passive
                # "Drivers told to expect long delays", "Residents urged to boil
                # water": a reduced passive (the active form needs its person before
                # "to"); but "the man she told to leave" is hers
                or (j >= 0 and toks[j].is_word and prev not in lex.pronouns)
            )
            and after + 1 < len(toks)
            and toks[after].lower == "to"
            and self._verb_after_to(toks, after)
        ):
            # "after being told to put out a cigarette": a request whose maker goes
            # unnamed; its content the infinitive
            cue = Span(match.start(), match.end())
            draft = Draft(Form.INDIRECT, [], None, cue, verb.cls, None, paragraph)
            self._content_after(draft, toks[after].start, sent, quotes, subordinate=True)
            return draft if draft.fragments else None
        if (
            toks[i].text == "Said"
            and i > 0
            and toks[i - 1].is_word
            and after + 1 < len(toks)
            and toks[after].lower == "to"
            and toks[after + 1].is_cap
            # the infinitive's verb, not a recipient ("Said to Voters", "Said to the Press")
            and toks[after + 1].lower not in self.lex.determiners
            and not (
                toks[after + 1].lower.endswith("s") and not toks[after + 1].lower.endswith("ss")
            )
        ):
            # "Fenwright Capital Said to Weigh Sale of Unit": a wire headline's passive
            # with its "is" dropped; what is said of the subject, by nobody named
            cue = Span(match.start(), match.end())
            draft, base = self._passive_report(None, cue, verb.cls, paragraph, toks, i - 1)
            self._content_after(draft, toks[after].start, sent, quotes, subordinate=True)
            return draft if len(draft.fragments) > base else None
        # "It’s implied that ...": "it is", a passive whose source goes unnamed
        it_is = prev in ("it’s", "it's") and form != verb.lemma and not verb.past_is_base
        if (prev in lex.passive or it_is) and not is_ing:
            if (
                verb.frame == "speech"
                and j > 0
                and QUOTE_AFTER_COMMA.match(self.masked, match.end())
            ):
                # "Blumenthal was asked, “...?”": a quote whose speaker goes unnamed
                direct = self._quotes_from(match.end(), sent, quotes)
                if direct:
                    cue = Span(match.start(), match.end())
                    return Draft.quoted(None, cue, verb.cls, paragraph, quotes, direct)
            # "It was revealed in March that ...": past a time
            timed = ADJUNCT.match(self.masked, match.end(), sent.end)
            past_time = timed.end() if timed is not None else match.end()
            that = IMPERSONAL_THAT.match(self.masked, past_time, sent.end)
            clause = that.start(1) if that is not None else None
            if (
                clause is None
                and (it_is or self._impersonal(toks, j))
                and self._finite_verb_follows(toks, match.end())
                # not "A year after it was announced, no one had come": the
                # subordinate clause ends at its comma
                and not (
                    after < len(toks)
                    and toks[after].text == ","
                    and any(t.lower in lex.subordinators for t in toks[max(0, j - 4) : j])
                )
            ):
                # "it’s assumed the ruling should help him", "It is understood the
                # agents have held talks"
                clause = match.end()
            if (
                verb.frame in ("speech", "belief")
                and clause is not None
                and (it_is or self._impersonal(toks, j))
            ):
                # "It was widely reported that Trump paid $100 million": the source
                # goes unnamed.
                cue = Span(match.start(), match.end())
                draft = Draft(Form.INDIRECT, [], None, cue, verb.cls, None, paragraph)
                opener = j - 1 if it_is else j - 2  # "While it’s assumed X, ..."
                subordinate = opener >= 0 and toks[opener].lower in lex.subordinators
                self._content_after(draft, clause, sent, quotes, subordinate)
                return draft if draft.fragments else None
            if (
                form in PASSIVE_EXPECTATIONS
                and j > 0
                and INFINITIVE.match(self.masked, match.end())
                # "is understood to have told colleagues that ...": a report at second
                # hand, read below as the subject's
                and not REPORTED_SPEECH.match(self.masked, match.end())
            ):
                # "The White House is expected to sign the measure": an expectation
                # whose holder goes unnamed.
                cue = Span(match.start(), match.end())
                infinitive = INFINITIVE.match(self.masked, match.end())
                assert infinitive is not None
                draft, base = self._passive_report(None, cue, verb.cls, paragraph, toks, j)
                self._content_after(draft, infinitive.start(1), sent, quotes, subordinate=True)
                return draft if len(draft.fragments) > base else None
            told = self._told_tail(toks, j, after) if form == "told" else None
            if told is not None:
                # "..., the court was told.": a tail whose speaker goes unnamed
                cue = Span(match.start(), match.end())
                draft = Draft(Form.INDIRECT, [], None, cue, verb.cls, None, paragraph)
                self._content_before(draft, sent, toks[told].start, quotes, opener=False)
                return draft if draft.fragments else None
            if j > 0 and after + 1 < len(toks):
                return self._unnamed_passive(sent, paragraph, toks, after, match, verb, quotes)
            return None  # "were told", "is known": a passive, not a cue
        if (
            prev in ("to", "by")
            and verb.frame == "speech"
            and self._quote_follows(match.end(), sent)
        ):
            # "went on to say, \u201c...", "began by saying, \u201c...": the sentence's
            # subject; "as she liked to say, \u201c...": the habit's
            habit = self._catenative(toks, j, self.lex.habits) if prev == "to" else None
            subject = self.parser.left(toks, habit, 0) if habit is not None else None
            return self._subject_quote(sent, paragraph, toks, i, match, verb.cls, quotes, subject)
        catenative = (
            self._catenative(toks, j)
            if prev == "to"
            and verb.frame in ("speech", "object")  # "went on to call the plan “...”"
            and after < len(toks)
            and (
                toks[after].is_word
                or toks[after].text == ":"
                # "continues to insist, in an interview, that X": an aside, then "that"
                or CHANNEL_ASIDE.match(self.masked, toks[after].start) is not None
            )
            else None
        )  # not "As the crowd began to chant, ...": nothing reported
        if (
            catenative is None
            and is_ing
            # "kept talking about timelines", "continued attacking the plan"
            and verb.frame in ("speech", "topic", "object")
            and prev in lex.catenatives_ing
            and j > 0
        ):
            catenative = j  # "He kept saying the vote was rigged", "began asking why"
        contracted = self._contracted_subject(toks, j, form, verb.lemma)
        if contracted is not None:
            prev = ""  # "He's said", "They’ve told": the pronoun and its auxiliary
        controlled = (
            self._controlled_subject(toks, j)  # "led Republicans to say"
            or (
                self._purpose_subject(paragraph, toks, j)
                if (verb.frame == "speech" and verb.cls == "neutral")
                or verb.lemma in lex.purpose_objects  # "went out of his way to praise X"
                else None
            )
            if catenative is None and prev == "to" and not is_ing
            else None
        )
        if controlled is not None:
            prev = ""
        if catenative is None and (
            prev in ("to", "the", "a", "an", "of")  # "glimmers of hope": a noun
            # "burn up their email accounts", "his claims": after a possessive
            # determiner (not "her": "heard her say") the form is a noun
            or (prev in OWNER_DETERMINERS and j == i - 1)
            # "pounced on her claim that": after a preposition "her" owns the noun
            # (but "a chef who worked with her said": a past form is no noun)
            or (
                prev == "her"
                and j == i - 1
                and j > 0
                and toks[j - 1].lower in lex.prepositions
                and (form == verb.lemma or form.endswith(("s", "ing")))
            )
            # "A 2014 estimate by the committee", "the 2016 report": a dated noun
            or (prev.isdigit() and j > 0 and toks[j - 1].lower in lex.determiners)
            or (
                prev.endswith(("’s", "'s"))
                and not is_ing
                # "McDonald's said", "Moody's says": a name in "'s" before a verb
                # that is never a noun
                and not (form in NAME_IN_S_VERBS and toks[j].is_cap)
            )
            # "one of the most cited newspapers": an adjective
            or (i > 0 and toks[i - 1].lower in ("most", "least") and form.endswith("ed"))
        ):
            return None  # "declined to say", "the report", "Trump's claim", "Editor's note"
        if (
            form in lex.plural_nouns
            and j >= 0
            and toks[j].is_word
            and not toks[j].is_cap
            and prev not in lex.pronouns
            and prev not in lex.adverbs
            and not prev.endswith("ly")
            # "unions claims" may be a subject's verb; "Jury sees texts sent" is not
            and not (prev.endswith("s") and self._plural_subject_word(toks[j]))
            and prev not in lex.auxiliaries
            and prev not in ("and", "but", "or", "who", "that", "which")
            and not self.lex.source_noun(prev)  # "the video shows", "the company plans"
            and prev not in lex.record_heads  # "Exit polling shows"
            and not self._quote_follows(match.end(), sent)
            and not THAT.match(self.masked, match.end(), sent.end)  # "the report states that"
            # "The family of a hiker calls him fearless": an object pronoun after it
            and not (after < len(toks) and toks[after].lower in OBJECT_PRONOUNS)
            # "A video posted on social media shows": a document, then a participle
            and self.parser.reduced_relative(toks, i, 0) is None
        ):
            return None  # "several battleground states could ...": a plural noun
        nxt = toks[after] if after < len(toks) else None
        if (
            verb.frame == "belief"
            and nxt is not None
            and nxt.lower in OBJECT_PRONOUNS
            and (after + 1 == len(toks) or toks[after + 1].text in ",.;:!?)")
        ):
            return None  # "I understand them, but ...", "knew him": a person, no content
        if (
            verb.frame in ("object", "belief")
            and nxt is not None
            and nxt.text == ","
            # "Fares will rise, the government has confirmed, prompting anger": a
            # past form that ends a tail clause is no noun
            # (or a comment of the writer's: "..., a trial found, a larger effect than
            # expected")
            and not (
                form != verb.lemma
                and not form.endswith(("s", "ing"))
                and after + 1 < len(toks)
                and (
                    toks[after + 1].lower.endswith("ing")
                    or toks[after + 1].lower in ("a", "an")
                    # "..., the poll found, followed by housing costs at 21%"
                    or (toks[after + 1].lower.endswith("ed") and not toks[after + 1].is_cap)
                    # "..., researchers have found, in concentrations ranging from X"
                    or (toks[after + 1].lower in lex.prepositions and not toks[after + 1].is_cap)
                    # "..., the union has confirmed, after talks broke down"
                    or toks[after + 1].lower in lex.subordinators
                )
                and any(t.text == "," for t in toks[:i])
            )
            and not (
                form in lex.parenthetical
                and f"{toks[i - 1].lower} {form}" not in lex.fillers
                and _set_off(toks, i)
            )
            and not self._connective_follows(match.end(), sent.end)  # "confirmed, however, that"
        ):
            # "Trump received 38 percent support, ...": a noun; but "The plan, his
            # advisers believe, would fail": a belief set off by commas
            return None
        if (
            form in lex.plural_nouns
            and nxt is not None
            and nxt.text == ","
            and not self._quote_follows(match.end(), sent)
            # but "..., district data shows, largely because ...": a record's verb
            and not (i > 0 and toks[i - 1].lower in lex.record_heads)
        ):
            return None  # "Cost estimates, he added, were high": a noun, not "estimates,"
        if nxt is not None and (
            (
                nxt.text in lex.titles  # "state Sen. Ralph"
                and form + "s" in lex.plural_nouns
                # but "who strongly support Mrs. Clinton", "to support Sen. Ruiz": a verb
                and not (
                    i > 0 and (toks[i - 1].lower.endswith("ly") or toks[i - 1].lower in VERB_LEADS)
                )
            )
            or (
                form in lex.plural_nouns
                and j >= 0
                and toks[j].is_cap
                and j > 0
                and toks[j].lower not in lex.time_words  # "a poll released Tuesday shows"
                and (nxt.text == "," or nxt.is_cap)
                and not self._quote_follows(match.end(), sent)  # '"...," Trump tweets, "..."'
                # in a title-case headline every word has its capital: "Campaign Claims Victory"
                and not isinstance(match, LoweredCue)
            )  # "Rust Belt states Indiana, Michigan", "Republican states, including"
        ):
            return None
        if (
            (form in lex.plural_nouns or form + "s" in lex.plural_nouns)
            and (
                # "the jobs report was released", "His comments are similar"; "who spoke
                # during public comment urged the council": a past tense right after it
                (
                    nxt is not None
                    and (
                        nxt.lower in NOUN_VERB_FOLLOWERS
                        or (nxt.lower.endswith("ed") and nxt.lower in lex.verbs and not nxt.is_cap)
                    )
                )
                # "since email became", "during comment": right after its preposition
                or (i > 0 and toks[i - 1].lower in lex.prepositions)
            )
            and not (i > 0 and toks[i - 1].lower in NOMINATIVE)
        ):
            return None  # a noun, not the verb (but "who he claims has been unfair")
        if is_ing and prev == "as" and verb.frame == "speech":
            quoted = self._quoted_as(sent, paragraph, toks, i, j, match, verb.cls, quotes)
            if quoted is not None:
                return quoted
        absolute = None
        # "He's telling allies that ...": a pronoun and its contracted "is" or "are"
        contracted_be = (
            is_ing
            and prev.endswith(("’s", "'s", "’re", "'re"))
            and contracted_pronoun(toks[j], lex) is not None
        )
        if is_ing and prev not in lex.passive and catenative is None and not contracted_be:
            if verb.frame == "speech":
                absolute = self._absolute_subject(toks, i)
            elif verb.frame == "object":
                # "with Sen. John McCain calling it a “Chinese menu”": after "with" only
                absolute = self._absolute_subject(toks, i, after_with=True)
            elif verb.lemma in lex.evidence_verbs:
                # "with polls showing Clinton ahead": records as the absolute's subject
                absolute = self._absolute_subject(toks, i)
                if absolute is not None and not self._record_subject(absolute):
                    absolute = None
            if absolute is None and verb.frame in ("speech", "object") and prev not in ("by", "to"):
                quoted = self._participle_quote(sent, paragraph, toks, i, match, verb.cls, quotes)
                if quoted is not None or prev not in TEMPORAL_PREPOSITIONS:
                    return quoted
            if (
                absolute is None
                and (prev == "by" or prev in TEMPORAL_PREPOSITIONS)
                and verb.frame in ("speech", "object")
            ):
                # "angered voters by saying immigrants were criminals", "told the AP
                # after hinting that changes could come": the subject's
                owner = self._subject_owner(paragraph, toks, i)
                if owner is None or owner.phrase is None:
                    return None
                if prev != "by" and not self._temporal_participle(
                    sent, toks, j, owner.phrase, after
                ):
                    return None
                return self._participle(sent, paragraph, toks, i, after, match.end(), owner, quotes)
            if absolute is None:
                return None  # a participle without a comma: "Speaking at a rally"
        cue = Span(match.start(), match.end())
        head = i if catenative is None else catenative  # "Lewandowski continued to say"
        if copula is not None:
            head = copula  # "Republicans have been critical of": the subject before "have"
        negated_ing: int | None = None
        if is_ing:
            # "Trump is calling for", "has been calling for": the subject before "is".
            while head > 0 and (
                toks[head - 1].lower in lex.passive
                or toks[head - 1].lower in lex.auxiliaries
                # "leaders are now openly questioning"
                or (head - 1 > j and self._adverb_word(toks[head - 1]))
                or (head - 1 > j and toks[head - 1].lower in lex.perception)
                # "isn't saying whether", "is not saying if": the question left open
                or toks[head - 1].lower in NEGATED_BE
            ):
                if toks[head - 1].lower in NEGATED_BE:
                    negated_ing = head - 1
                head -= 1
        negation = (
            self._negation(toks, head)
            if verb.frame in ("speech", "object") and not is_ing
            else negated_ing
            if verb.frame == "speech"
            else None
        )
        denied: int | None = None
        if negation is not None and not is_ing:
            if verb.lemma in lex.withheld_when_denied and not self._volitional(toks, negation):
                return None  # "does not identify victims": withheld, nobody's claim
            head = negation  # "did not respond to", "wouldn't say whether": a refusal
        elif verb.frame == "belief" and not is_ing:
            # "Democrats don't think she can win": a belief denied is still theirs
            denied = self._negation(toks, head)
            if denied is not None:
                opens = denied - 1 if toks[denied].lower == "not" else denied
                if lex.anonymity_reasons_re.match(self.masked, toks[opens].start):
                    return None  # "who did not want to be named": why the source is unnamed
                head = denied
        phrase = (
            contracted
            or controlled
            or absolute
            or self._object_relative(toks, head)
            or self.parser.left(toks, head, 0)
        )
        coordinated = False
        if phrase is None:
            phrase = self._coordinated_subject(paragraph, toks, head)
            coordinated = phrase is not None
            if (
                phrase is not None
                and verb.cls == "belief"  # not a refusal: "and refuses to answer"
                and verb.frame == "belief"
                and self._said_before(toks, head)
            ):
                # "Ortega said he backed the plan but wanted a study": the belief
                # joins the reported clause, whose content it stays in
                return None
            if phrase is not None and self._passive_coordinated(toks, head):
                # "told deputies he had been called by someone and asked to read out
                # a code": a passive joined to a passive, inside the content
                return None
        if (
            verb.documents_only
            and phrase is not None
            and not self._is_document(phrase)
            and not self._quoted_it(phrase)
        ):
            return None
        if verb.sources_only and not self._source_subject(phrase):
            return None  # "The tax encouraged people to drive less": a thing, no source
        refused = negation is not None
        if phrase is not None and phrase.kind != "pronoun":
            k = index_at(toks, phrase.mention.start)
            if (k > 0 and toks[k - 1].lower == "nor") or toks[k].lower == "nobody":
                return None  # "Neither the senator nor her office responded": nobody did
            # "Neither side would say when talks might resume", "No official would
            # say whether": a negative subject refuses as "not" does
            refused = refused or (verb.frame == "speech" and toks[k].lower in ("neither", "no"))
            if self._compared(toks, k, phrase):
                return None  # "a larger effect than researchers had expected": elided
        if form == "called" and self._named_thing(toks, i, after):
            return None  # "a group called Citizens for Trump": named, not a report
        if verb.lemma == "call" and self._phone_call(toks, after):
            return None  # "Mr. Obama called Naghmeh Abedini.": a call, not a report
        if (
            phrase is not None
            and phrase.relative
            and lex.anonymity_reasons_re.match(self.masked, phrase.mention.start)
        ):
            return None  # "who asked not to be named": why the source is unnamed
        if (
            phrase is not None
            and (verb.cls == REFUSAL or verb.lemma in lex.evidence_verbs)
            and self._restrictive(phrase)
        ):
            # "a coach who refuses to yell", "cards that showed a shape": no report of
            # theirs; but "voters who back Sanders" back him and "those who think X"
            # think it (train marks 9 of 10 object cues in such a clause)
            return None
        inverted = False
        if phrase is None:
            if verb.frame != "speech" and form not in lex.inverted_beliefs:
                return None
            # (not after "told": "told the Oxford Mail" names whom, never who)
            inverts = prev in (",", "—", "–") or (prev and prev[0] in "”\"’'»›") or j < 0
            if inverts and verb.lemma not in RECIPIENT_VERBS:
                phrase = self.parser.right(toks, after, len(toks))
                inverted = phrase is not None
            if phrase is None and prev == "," and self._quote_follows(match.end(), sent):
                phrase = self.parser.before_comma(toks, j)
            if (
                prev == ","
                and head == i
                and form != verb.lemma  # "..., state officials angry ...": not "said"
                and (
                    phrase is None
                    or not self._inverted_ends_well(toks, phrase.end_index)
                    # "The woman who called police, said the car was red": no inverted
                    # speaker runs on into a clause
                    or (
                        phrase.end_index < len(toks)
                        and toks[phrase.end_index].text not in (",", ".", ";", ":")
                    )
                )
            ):
                relative = self._relative_subject(toks, j)
                if relative is not None:
                    phrase, inverted = relative, False
            if phrase is None:
                return None
            if inverted and phrase.kind == "description":
                last = toks[index_at(toks, phrase.name.end) - 1].lower
                if (
                    last.endswith("s")
                    and last not in QUANTIFIER_SUBJECTS
                    and not self.lex.source_noun(last)
                    and not self.lex.unnamed_group(last)
                    and last not in self.lex.record_heads
                ):
                    return None  # "Fed holds rates, signals two cuts": things, no source
            if verb.documents_only and not self._is_document(phrase):
                return None  # '"...," read the statement' but not "read the letter aloud"
            if inverted and not self._inverted_ends_well(toks, phrase.end_index):
                return None
        elif (
            form == verb.lemma
            and catenative is None
            and controlled is None  # "led voters to say", "rose to say": an infinitive
            and negation is None  # "did not say", "wouldn't respond to": after "not"
            and denied is None  # "The Fed does not want to stall growth"
            and not verb.past_is_base
            and not verb.copular
            and not self._plural_subject(phrase)
            and not (  # "a spokesman could only quip", "the panel could declare"
                self._after_auxiliary(toks, i) and verb.lemma not in ("want", "continue")
            )
        ):
            return None  # "his general point was": a noun, not "officials say"
        if not inverted and self._gapped_object(toks, phrase, verb, cue.end, sent.end):
            return None
        pos = toks[phrase.end_index - 1].end if inverted else cue.end
        pos, channel = self._adjuncts(pos, sent.end, cue.start)
        if channel is not None:
            pos = self._channel_agent(toks, pos, sent.end, cue.start)
        refused_request = verb.cls == REFUSAL and REQUEST_OBJECT.match(self.masked, pos, sent.end)
        if (
            verb.cls == REFUSAL
            and not refused_request
            and not self._infinitive_follows(toks, pos, verb.lemma)
        ):
            return None  # "it declined, citing costs": a refusal holds only what it refuses
        if negation is not None and (inverted or not self.masked[pos : sent.end].strip(" .")):
            return None  # '"...," he did not say.': what was not said comes after the cue
        reason = self._closing_reason(pos, sent.end)
        if reason is not None:
            # "..., an official told AP on condition of anonymity.": why the source is
            # unnamed closes the cue clause
            pos = reason.end
            if phrase.reason is None:
                phrase = replace(phrase, reason=reason)
        if verb.lemma in RECIPIENT_VERBS and not inverted:
            pos = self._past_recipient(toks, pos)
        if not inverted and form.endswith("ed") and self._finite_cue_at(toks, pos):
            return None  # "A report published last week found ...": a participle
        if not inverted and form.endswith("ed") and RELATIVE_AFTER.match(self.masked, pos):
            return None  # "A report published on Wednesday, which found": no content
        clause_start = phrase.mention.start if not inverted else cue.start
        if not inverted:
            # ", as police have said": the clause begins at "as".
            k = index_at(toks, clause_start)
            if k >= 2 and toks[k - 1].lower == "as" and toks[k - 2].text == ",":
                clause_start = toks[k - 1].start
        draft = Draft(
            form=Form.INDIRECT,
            fragments=[],
            phrase=phrase,
            cue=cue,
            cue_class=REFUSAL if refused else verb.cls,
            channel=channel,
            paragraph=paragraph,
        )
        if not inverted:
            # "As the chief executive, Jeff Weiner, put it": the role before the name
            # opens the "as" clause
            clause_start = self._as_role_start(toks, clause_start)
        if not inverted and self._as_clause(toks, clause_start):
            # "As Reyes points out in a column for The Ledger, ...": past the adjunct
            pos = self._adjunct_to_comma(toks, pos)
        topic = (
            ABOUT_OF
            if verb.lemma in lex.topic_of
            else ABOUT_ON
            if verb.lemma in lex.topic_on
            else ABOUT_FOR
            if verb.lemma in lex.topic_for
            else ABOUT
        )
        about = topic.match(self.masked, pos, sent.end)
        if about is None and verb.frame == "topic" and not inverted:
            # "spoke at the White House on Tuesday about rights ...", "spoke with voters
            # outside a polling station about the economy": where and with whom first
            setting = TOPIC_NEARBY.match(self.masked, pos, sent.end)
            if setting is not None:
                about = topic.match(self.masked, setting.end(), sent.end)
        if verb.frame == "topic" and (about is None or inverted):
            return None  # "Sanders talked to reporters": no content
        stance = (
            self._stance(toks, pos, sent)
            if verb.frame == "stance"
            else self._assertion(toks, pos, sent)
            if verb.frame == "assertion"
            else None
        )
        if (
            stance is None
            and verb.frame == "assertion"
            and self._infinitive_offered(verb, pos)
            and self._verb_after_to(toks, index_at(toks, pos))
        ):
            # "United Technologies has offered to cover the cost": the infinitive
            # offered (train's gold marks 10 of 12), with no noun of saying
            stance = (pos, Span(pos, pos))
        if verb.frame in ("stance", "assertion") and (stance is None or inverted):
            return None  # "expressed the milk", "voiced the character": no attitude
        so = self._pro_form(toks, pos, verb.frame) if not inverted else None
        if so is not None:
            draft.fragments.append((so, None))  # "after half said so", "thinks so, too"
            return draft
        rest = self.masked[pos : sent.end]
        stripped = rest.strip()
        # '"...," said Ann Lee, who wrote about it in her book.': a relative clause's
        # cue has no content before its antecedent
        # '"A," she said, but added that B': a coordinated verb's words follow it; the
        # quote before belongs to the first verb
        after_content = (
            not phrase.relative
            and not coordinated
            and self._boundary_before(clause_start, sent, quotes)
        )
        before = (
            self._quotes_before(clause_start, sent, quotes)
            if after_content
            or (
                not inverted
                and not phrase.relative
                and not coordinated
                and self._left_out_words(clause_start, sent)
            )
            else []
        )
        if not before and not phrase.relative and not coordinated:
            before = self._dashed_quote(clause_start, pos, sent, quotes)
        if before:
            # '"...," he said in the first debate.': whatever follows is adjunct,
            # except a second quote ('"A," he said, "B."').
            draft.form = Form.DIRECT
            following: list[int] = []
            if stripped[:1] in (",", ":"):
                lead = pos + rest.index(stripped[0]) + 1
                joined = AND_QUOTE.match(self.masked, lead, sent.end)
                if joined is not None:
                    lead = joined.end()  # '“A,” she said, and “B.”': one statement
                following = self._quotes_from(lead, sent, quotes)
                k = index_at(toks, lead)
                if not following and k < len(toks) and toks[k].lower.endswith("ing"):
                    # '"A," said Sherman, speaking of politicians, "and B."'
                    delayed = self._delayed_lead_in(toks, toks[k].end)
                    if delayed is not None:
                        following = self._quotes_from(delayed, sent, quotes)
            elif (
                verb.frame == "speech"
                # not 'Fiorina told “Fox and Friends,” reminding ...': the show told
                and verb.lemma not in RECIPIENT_VERBS
                and _opens_quote(stripped)
                and self.text[
                    (mark := pos + len(rest) - len(rest.lstrip())) + 1 : mark + 2
                ].isupper()
            ):
                # '"A," she said "B."': the comma left out before the second quote
                following = self._quotes_from(mark, sent, quotes)
            elif not inverted and verb.frame == "speech":
                # '"A," he said of the voters, "B."': a short phrase, then the rest.
                delayed = self._delayed_lead_in(toks, pos)
                if delayed is not None:
                    following = self._quotes_from(delayed, sent, quotes)
            if following and self._ends_sentence(quotes[before[-1]]):
                # '"A." Jones added, "B."': a finished quote, then a lead-in to the
                # next; the first quote is left to the speaker before it.
                draft.add_quotes(quotes, following)
                return draft
            draft.add_quotes(quotes, before)
            draft.add_quotes(quotes, following)
            return draft
        if verb.cls == "nonspeech" and not (stripped[:1] in (",", ":") or _opens_quote(stripped)):
            return None  # "Asked about the reports, Ortiz laughed.": no words of hers
        # "reported, citing two officials, that ...": an aside, then the clause
        cited = (
            stripped[:1] == ","
            and verb.frame == "speech"
            and CHANNEL_ASIDE.match(self.masked, pos, sent.end) is not None
        )
        if (
            not stripped
            or stripped in (".", "!", "?")
            or (_starts_participle(self, rest) and not cited)
            or (
                # "Clinton is “the most dishonest ...,” Pence said during the interview."
                after_content
                and (
                    (
                        not inverted
                        and any(q.raw.closed and q.raw.end <= clause_start for q in quotes)
                    )
                    # "The plant will close, Fells said at a rally in Iowa.", "..., says
                    # Dossym Satpayev in Almaty.": where or when, after a verb of saying
                    # (not "complained of ...")
                    or (
                        verb.frame == "speech"
                        and stripped.split(None, 1)[0].lower() in SETTING_PREPOSITIONS
                        and not stripped.lower().startswith("at least")
                        and (stripped[:3].lower() != "on " or verb.lemma in ON_SETTING_LEMMAS)
                    )
                    # "..., a representative confirmed to People on Monday.": whom
                    # the words were given to (not "are said to be")
                    or (
                        verb.lemma in ("say", "confirm")
                        and TO_RECIPIENT.match(stripped) is not None
                    )
                    # "..., the company confirmed in a post on its help center.":
                    # where the named channel was posted
                    or (channel is not None and stripped[:3].lower() == "on ")
                )
                # a participle after the adjunct only where a comma ends the content
                # ("..., Hollande said in Paris, noting"), not a quote's full stop
                and self._adjunct_only(
                    toks,
                    pos,
                    self.masked[max(0, clause_start - 8) : clause_start].rstrip()[-1:] == ",",
                )
            )
        ):
            # A tail cue ("..., Hilal said.", "..., Pence said during the interview."):
            # the content comes before the cue clause, but not an opener alone
            # ("Within an hour, her spokesman fired back, calling ...").
            if after_content:
                self._content_before(draft, sent, clause_start, quotes, opener=False)
            if (
                not draft.fragments
                and stripped in ("", ".")
                and verb.frame == "speech"
                and not inverted
                and clause_start == sent.start
            ):
                draft.lead_in = True  # "Lind agreed." and her quote in the next sentence
            return draft if draft.fragments or draft.lead_in else None
        if (stripped[0] == ":" and stripped[1:].strip() == "") or (
            verb.frame == "speech" and ADVERB_COLON.fullmatch(stripped) is not None
        ):
            draft.lead_in = True  # "said:", "put it more simply:": the quote comes next
            return draft
        if (stripped[0] in ",:" or _opens_quote(stripped)) and not cited:
            lead = pos + rest.index(stripped[0]) + (1 if stripped[0] in ",:" else 0)
            if self._take_quotes(draft, lead, sent, quotes):
                opening = draft.fragments[0][0]
                if (
                    _opens_quote(stripped)
                    and len(draft.fragments) == 1
                    and QUOTE_THEN_THAT.match(self.masked, opening.end, sent.end)
                ):
                    # 'said “all options are on the table” but that he hoped ...': the
                    # quotation opens a reported clause that goes on past it
                    draft.fragments.clear()
                    draft.partials.clear()
                    draft.form = Form.INDIRECT
                    self._content_after(draft, opening.start, sent, quotes)
                    return draft if draft.fragments else None
                if (
                    stripped[0] == ","
                    and after_content
                    and self.text[opening.start + 1 : opening.start + 2].islower()
                ):
                    # 'The problem, Smith said, “is that nobody listens.”': the quote
                    # goes on with the words before the cue, which are said too
                    before_cue = Draft(Form.INDIRECT, [], phrase, cue, verb.cls, channel, paragraph)
                    self._content_before(before_cue, sent, clause_start, quotes)
                    ends = before_cue.fragments[-1][0].end if before_cue.fragments else sent.start
                    word = self.masked[sent.start : ends].rsplit(None, 1)[-1:]
                    if word and not (
                        # "directed at critics, including, he said, “politicians ...”":
                        # the writer's words lead to the quote
                        word[0].lower() in lex.prepositions or word[0].lower() == "including"
                    ):
                        draft.fragments[:0] = before_cue.fragments
                        draft.partials[:0] = before_cue.partials
                        draft.form = Form.MIXED
                return draft
            if verb.cls == "nonspeech":
                return None  # "She smiled, and the room relaxed": a quote or nothing
            if stripped[0] == ":" and WHAT_LABEL.fullmatch(self.masked, sent.start, match.start()):
                return None  # "What they said: reactions to the budget": a label
            if stripped[0] == "," and after_content:
                # "..., he said, citing ..." or the parenthetical "X, he said, Y."
                self._content_before(draft, sent, clause_start, quotes)
                if not draft.fragments and self._opens_clause(toks, lead):
                    # "Otherwise, she said, countries may ...": nothing to report before
                    self._content_after(draft, lead, sent, quotes)
                    return draft if draft.fragments else None
                k = index_at(toks, lead)
                goes_on = k < len(toks) and (
                    toks[k].lower in lex.subordinators
                    or (  # '“I love Larry,” he said, but “when it comes to ...”'
                        toks[k].lower in ("and", "but")
                        and k + 1 < len(toks)
                        and toks[k + 1].text in OPENING_QUOTES
                    )
                )
                # "The emails were on many topics, the Times said, including ...":
                # after a cue set off by commas the sentence goes on with its content.
                parenthetical = (
                    not inverted
                    and k < len(toks)
                    and bool(draft.fragments)
                    and draft.fragments[0][1] is None  # not after a quote of its own
                    and not lex.anonymity_reasons_re.match(self.masked, toks[k].start)
                    # "Sales were great, he said, wiping his face": the speaker's manner
                    and (not toks[k].lower.endswith("ing") or toks[k].lower in PREPOSITION_LIKE)
                )
                # "..., a spokesman said, without giving details": how it was said;
                # "..., the military said, days after Pyongyang denounced ...": when
                manner = (
                    k < len(toks)
                    and (
                        (
                            toks[k].lower == "without"
                            and k + 1 < len(toks)
                            and toks[k + 1].lower.endswith("ing")
                        )
                        or self._time_before_clause(toks, k)
                        # "..., the advisers warned, despite rapid progress": the writer's
                        or toks[k].lower in ("despite", "amid")
                        # "..., officials said, in one of the deadliest attacks this
                        # month", "in what was the worst ...": the writer's framing
                        or (
                            toks[k].lower == "in"
                            and k + 2 < len(toks)
                            and (
                                toks[k + 1].lower == "what"
                                or (toks[k + 1].lower == "one" and toks[k + 2].lower == "of")
                            )
                        )
                        # "..., union officials said, as patients were turned away": a
                        # clause of the writer's about what went on meanwhile
                        or (
                            toks[k].lower == "as"
                            and k + 1 < len(toks)
                            and toks[k + 1].lower not in AS_NOT_TIME
                            and any(self._finite(t.lower) for t in toks[k + 2 : k + 8])
                        )
                        # "..., officials said, ending a rescue operation": the writer's
                        # participle, not one of saying
                        or (
                            toks[k].lower.endswith("ing")
                            and toks[k].lower not in lex.participles
                            and toks[k].lower not in PREPOSITION_LIKE
                            and not toks[k].is_cap
                            # (but "..., she said, revoking clearances would be ...": a
                            # gerund that opens the clause said)
                            and not any(t.lower in FINITE_AUXILIARIES for t in toks[k + 1 : k + 5])
                        )
                    )
                )
                prior = index_at(toks, clause_start) - 2
                comment = (  # "Ohtani will skip the Classic, Roberts said, a decision made
                    # to rest his elbow": the writer's comment after a finished clause
                    # (but "owed his election to, a diplomat said, an “extreme makeover”")
                    k < len(toks)
                    and toks[k].lower in ("a", "an")
                    and prior >= 0
                    and toks[prior].is_word
                    and toks[prior].lower not in lex.prepositions
                    and toks[prior].lower not in lex.determiners
                    and toks[prior].lower not in ("to", "of", "and", "or", "but")
                    # (nor "It is, she admits, a habit left over ...": a copula's
                    # complement after the aside)
                    and toks[prior].lower not in lex.copulas
                    # a clause before it ("Overall, she said, a number of ..." goes on)
                    and any(self._finite(t.lower) for t in toks[: prior + 1] if t.is_word)
                )
                if (
                    draft.fragments
                    and not _starts_participle(self, rest)
                    and not (inverted and self._more_appositive(toks, k))
                    and not comment
                    and not manner
                    and (goes_on or parenthetical or self._finite_verb_follows(toks, lead))
                ):
                    # The rest of the clause ("..., he said, and intense wrangling
                    # could ...", "..., Graham said, since most of them accept ..."),
                    # not an appositive ("said Holan, Politifact's editor").
                    tail = Draft(Form.INDIRECT, [], phrase, cue, verb.cls, channel, paragraph)
                    copula = self._ends_in_copula(draft.fragments[-1][0])
                    self._content_after(tail, lead, sent, quotes, after_copula=copula)
                    if (
                        tail.fragments
                        and (goes_on or parenthetical or self._opens_clause(toks, lead))
                        and not self._coordinated_source(toks, k)
                    ):
                        if parenthetical and not goes_on:
                            self._from_last_conjunct(draft, toks)
                        draft.fragments.extend(tail.fragments)
                        draft.partials.extend(tail.partials)
                        if tail.form is Form.MIXED:
                            draft.form = Form.MIXED
                return draft if draft.fragments else None
        if not inverted and verb.frame in ("speech", "object"):
            # "said about the movement, \u201c...": a short phrase, then the quote;
            # "scolded him: \u201c...": the object, then a colon and the quote.
            delayed = self._delayed_lead_in(toks, pos)
            if (
                verb.frame == "object"
                and delayed is not None
                and (
                    self.masked[delayed - 1] != ":"
                    or len(self.masked[pos:delayed].split()) > OBJECT_LEAD_IN_WORDS
                )
            ):
                # "criticized Clinton during a debate, Hillary shot back, “": no lead-in;
                # "referenced the cost of the delay: “": the object is the content
                delayed = None
            idiom = SAID_IT_BEST.match(self.masked, pos, sent.end)
            if delayed is None and idiom is not None:
                # "may have said it best when he wrote: “...”": the quote is the "it"
                delayed = idiom.end()
            if self._subject_boundary(toks, phrase.mention.start) and self._take_quotes(
                draft, delayed, sent, quotes
            ):
                return draft
        contact = self._contact_subject(toks, phrase)
        if inverted or not (
            phrase.relative
            or absolute
            or contact
            or controlled
            or self._subject_boundary(toks, phrase.mention.start)
        ):
            return None
        if stance is not None:
            start, noun = stance
            if start is None:
                self._add_content(draft, noun, [])  # "also expressed concern."
            else:
                # "launched an attack on Obama": a light verb's object may be a name
                self._content_after(
                    draft,
                    start,
                    sent,
                    quotes,
                    subordinate=True,
                    one_word=verb.frame == "assertion",
                )
            return draft if draft.fragments else None
        if about is not None and (
            verb.frame in ("speech", "topic") or verb.lemma in lex.topic_beliefs
        ):
            # "X talked about the plan", "she joked about moving": the topic, which
            # may be a name alone ("spoke with reporters about Clinton")
            if verb.lemma in lex.topic_beliefs and BARE_PRONOUN_TOPIC.match(
                self.masked, about.end(), sent.end
            ):
                return None  # "He thought about it for a long time.": nothing held
            colon = COLON_OPENS_QUOTE.search(self.masked, about.end(), sent.end)
            if (
                colon is not None
                and not any(about.end() <= q.raw.start < colon.start() for q in quotes)
                and self._take_quotes(draft, colon.start() + 1, sent, quotes)
            ):
                return draft  # "apologized for what happened: “Yes, I ...”": her words
            self._content_after(
                draft, about.end(), sent, quotes, subordinate=True, one_word=verb.frame == "topic"
            )
            return draft if draft.fragments else None
        if not inverted and self._fronted_object_as(toks, phrase, pos):
            # "the candidate, whom he described as “volatile,”": the object went before
            # the subject, its "as" phrase is what the source says of it
            self._regarded(draft, pos, sent, quotes)
            return draft if draft.fragments else None
        if contact and verb.frame == "object":
            return None  # "a deal she once supported - makes sense": its object is "a deal"
        if verb.frame == "estimate":
            # "Organisers put the turnout at 150,000": the object and its amount
            self._regarded(draft, pos, sent, quotes)
            if draft.fragments:
                span, quote = draft.fragments[-1]
                text = self.masked[span.start : span.end]
                trimmed = TRAILING_CONJUNCTION.sub("", text)  # "at $11 billion and, ..."
                draft.fragments[-1] = (Span(span.start, span.start + len(trimmed)), quote)
            return draft if draft.fragments and not inverted else None
        if verb.frame == "regard":
            if inverted or self.masked[pos : pos + 8].lstrip().startswith("as "):
                return None  # "we will see as the weeks go on": no object
            # "voters see Sanders as electable": the object and its "as" phrase
            self._regarded(draft, pos, sent, quotes)
            return draft if draft.fragments else None
        that = THAT.match(self.masked, pos, sent.end) or (
            # "described the plan as a stopgap that would fail": a relative clause;
            # but "confirmed to Reuters that": the person told, then the clause
            self._that_nearby(
                toks,
                pos,
                sent,
                refusal=verb.cls == REFUSAL,
                question=verb.lemma in lex.question_verbs,
                clause_first=verb.lemma in lex.clause_first,
            )
            if (
                verb.frame != "object"
                or RECIPIENT_TO.match(self.masked, pos)
                # "agrees with Viguerie that Cruz is the best candidate": the person
                # agreed with, then the clause
                or form.endswith(" with")
            )
            # "projects a deficit in the year that begins in July": a forecast's
            # determined object, then its relative clause
            and not (
                verb.lemma in lex.forecast_verbs
                and index_at(toks, pos) < len(toks)
                and toks[index_at(toks, pos)].lower in ("a", "an", "the")
            )
            # "sought to reassure farmers that ...": the infinitive is the content
            # (but "declined to say whether X": the question, as refusals read)
            and not (
                (verb.frame == "belief" or verb.lemma in lex.infinitive_verbs)
                and verb.cls != REFUSAL
                and INFINITIVE.match(self.masked, pos)
            )
            else None
        )
        if that is None and verb.frame == "speech":
            # "said on CNN, where he is now a contributor, that ...", "told the Globe,
            # which first reported the deal, that ...", "reported, citing officials,
            # that ...": an aside, then the clause
            aside = CHANNEL_ASIDE.match(self.masked, pos, sent.end)
            that = THAT.match(self.masked, aside.end(), sent.end) if aside else None
        put_out = (
            DOCUMENT_OBJECT.match(self.masked, pos, sent.end)
            # "released the following statement:", "posted a message, “...”"; but
            # "criticized the report, which ..." is a report of the report
            if verb.frame == "speech" or form.split(" ")[0] in lex.issued_verbs
            else None
        )
        if put_out is not None and put_out.group(1).lower() in lex.document_heads:
            return None  # "released the following statement:": its words come next
        evidence = verb.lemma in lex.evidence_verbs and self._record_subject(phrase)
        if that:
            start = that.end() - len(that.group().lstrip(" ,"))
        elif evidence and self._opens_clause(toks, pos, verb.lemma):
            start = pos  # "The poll shows Clinton leading": the record's finding
        elif verb.lemma in lex.forecast_verbs and self._forecast_object(toks, pos):
            start, evidence = pos, True  # "forecast revenue above estimates": the figure
        elif (refused or verb.cls == REFUSAL) and (
            self._question_follows(toks, pos) or self._question_word_only(toks, pos)
        ):
            start = pos  # "did not say when the plant would close": the question left open
        elif (
            (
                verb.frame == "belief"
                and not self._clause_follows(toks, pos)
                # "a step many analysts believe could help", "the rule, which he
                # believes will cut hours": the relative's gap
                and not (
                    (contact or self._which_subject(toks, phrase))
                    and self._finite_verb_follows(toks, pos)
                )
                and not self._infinitive_follows(toks, pos, verb.lemma)
                and not self._object_infinitive(toks, pos, verb.lemma)
            )
            or not self._opens_clause(toks, pos, verb.lemma)
            or (verb.lemma in lex.assault_verbs and self._weapon_follows(toks, pos))
            or self._object_act(toks, pos, verb.lemma)
            # "did not back down", "called off the deal": a particle makes another
            # verb (but "backed off his plan", "backed away from it" are stances)
            or (verb.frame == "object" and self._particle_at(toks, pos, verb.lemma))
            or (
                verb.lemma in lex.clause_only
                and not self._infinitive_follows(toks, pos, verb.lemma)
                and not self._finite_verb_follows(toks, pos)
                # "advised the firm to settle": whom, then the infinitive
                and not self._object_infinitive(toks, pos, verb.lemma)
            )
        ):
            return None  # "Trump posted a photo of himself": an object, not a report
        else:
            start = pos
        k = index_at(toks, phrase.mention.start)
        # "The ruling, which the city published in part, says X": a relative clause
        # whose pronoun is the object ends at the comma after the cue (and its
        # adjunct); what follows is the main clause's, and "which" alone is no content
        which = self._which_subject(toks, phrase)
        if (
            which
            and start == pos
            and (
                "," in self.masked[cue.end : pos] or self.masked[pos : sent.end].lstrip()[:1] == ","
            )
        ):
            return None
        # "The changes, which officials said will take effect in May, will ...": the
        # relative pronoun is the content's subject and the clause ends at its comma
        after_what = k > 0 and toks[k - 1].lower == "what"
        gap = (
            (
                which
                # "what she said is growing", not "what it called a failure left it"
                or (after_what and verb.frame in ("speech", "belief"))
            )
            and start == pos
            and self._finite_verb_follows(toks, pos)
        )
        subordinate = (
            (k > 0 and toks[k - 1].lower in lex.subordinators)
            or (
                k > 1
                and toks[k - 1].lower == "that"
                and toks[k - 2].lower in lex.subordinators_that
            )
            or after_what  # "After what the operator called a fault, crews ...": a noun clause
            or (
                # "O'Donnell, who said X, left", "voters who said X, on the other hand":
                # a relative clause ends at its comma.
                phrase.relative
                or absolute is not None  # "With half of voters saying X, the race is open"
                or gap
            )
        )
        if gap:
            self._add_content(draft, Span(toks[k - 1].start, toks[k - 1].end), [])
        # "did not say how.": what was left open may be the question word alone
        left_open = (refused or verb.cls == REFUSAL) and self._question_word_only(toks, start)
        self._content_after(
            draft,
            start,
            sent,
            quotes,
            subordinate,
            # "The study found that X after Y": a finding's clause runs on as a clause
            one_word=verb.frame == "object" or (evidence and not that) or left_open,
        )
        return draft if len(draft.fragments) > int(gap) else None  # not "which" alone

    def _particle_at(self, toks: list[Token], pos: int, lemma: str) -> bool:
        """A particle right after an object verb that makes another verb of it ("back
        down", "call off"); "back off" and "back away" stay the stance verb's."""
        k = index_at(toks, pos)
        return k < len(toks) and (
            toks[k].lower == "down" or (toks[k].lower in ("off", "away") and lemma != "back")
        )

    def _amount_follows(self, toks: list[Token], after: int) -> bool:
        """A determined object of a few words, then "at" and an amount ("the turnout
        at 150,000", "his net worth at $45 billion", "the chance at about 60%")."""
        if after >= len(toks) or not (
            toks[after].lower in self.lex.determiners or toks[after].lower in POSSESSIVE_DETERMINERS
        ):
            return False
        for m in range(after + 1, min(after + 7, len(toks) - 1)):
            tok = toks[m]
            if tok.lower == "at":
                amount = toks[m + 1]
                if amount.lower in self.lex.ratio_approximators and m + 2 < len(toks):
                    amount = toks[m + 2]  # "at about 60%", "at more than $2 billion"
                return amount.text[:1].isdigit() or amount.text[:1] in "$£€¥"
            if not tok.is_word or tok.lower in self.lex.verbs:
                return False
        return False

    def _requested_infinitive(self, toks: list[Token], after: int) -> bool:
        """Whether a person or a body, then "to" and a verb, follow a verb of
        pleading ("begged the school board to keep", "begged them not to go"; not
        "begged for mercy" nor "begs the question of whether to"): stricter than
        _object_infinitive, whose objects may run on through prepositions."""
        if after >= len(toks) or not toks[after].is_word:
            return False
        first = toks[after]
        if not (
            first.lower in OBJECT_PRONOUNS
            or first.lower in self.lex.determiners
            or first.lower in POSSESSIVE_DETERMINERS
            or first.is_cap
            or self.lex.unnamed_group(first.lower)
            or self.lex.source_noun(first.lower)
        ):
            return False
        for m in range(after + 1, min(after + 6, len(toks) - 1)):
            word = toks[m].lower
            if word == "to":
                return self._verb_after_to(toks, m)
            if word != "not" and (
                not toks[m].is_word
                or word in self.lex.prepositions
                or word in self.lex.subordinators
            ):
                return False
        return False

    def _source_subject(self, phrase: NounPhrase | None) -> bool:
        """Whether a subject is a source, for a verb that reports only then: a name,
        a personal pronoun, or a description headed by a person's or a body's noun
        ("The campaign had encouraged", not "It encouraged" nor "Holding rates
        near zero has encouraged")."""
        if phrase is None:
            return False
        if phrase.kind == "name":
            return True
        if phrase.kind == "pronoun":
            return phrase.mention.text(self.masked).lower() not in THING_PRONOUNS
        head = self._head_word(phrase)
        return self.lex.source_noun(head) or self.lex.unnamed_group(head)

    def _copula(self, toks: list[Token], i: int, noun: bool = False) -> int | None:
        """Where the verb group of a stance adjective at toks[i] begins: "was
        (especially) critical of", "has been critical of", "remains skeptical",
        "wasn't happy with" (the index of "was", "has", ...); after a contracted
        pronoun ("he’s confident"), the index after it.  None without a form of
        "be" or a verb like it.  A ``noun`` of stance may have its article and
        adjectives first ("is a consistent and outspoken supporter of")."""
        k = i - 1
        if noun:
            m = k
            while (
                m >= 0
                and i - m <= PREDICATE_NOUN_WORDS
                and toks[m].is_word
                and not toks[m].is_cap
                and toks[m].lower not in ("a", "an")
                and (toks[m].lower == "and" or toks[m].lower not in self.parser.stop_words)
            ):
                m -= 1
            if m >= 0 and toks[m].lower in ("a", "an"):
                k = m - 1
        while k >= 0 and (self._adverb_word(toks[k]) or toks[k].lower in self.lex.stance_degrees):
            k -= 1
        if k < 0:
            return None
        word = toks[k].lower
        if word.endswith(("n't", "n’t")):
            word = word[:-3]
        if word in ("’s", "'s", "’re", "'re", "’m", "'m"):
            # "he ’s proud of": the contraction after a pronoun is the copula
            return k if k > 0 and toks[k - 1].lower in self.lex.pronouns else None
        if contracted_pronoun(toks[k], self.lex) is not None:
            return k + 1  # "he’s proud of": the subject holds the copula
        if word not in self.lex.copulas:
            return None
        while k - 1 >= 0 and (
            toks[k - 1].lower in self.lex.auxiliaries or toks[k - 1].lower in ("not", "never")
        ):
            k -= 1  # "has been", "would not be"
        return k

    def _told_tail(self, toks: list[Token], j: int, after: int) -> int | None:
        """ "..., the court was told.", "..., MPs were told": where a tail passive
        of "told" begins (its addressee in at most three words after a comma, and
        nothing after it), or None."""
        if toks[j].lower not in ("was", "were") or not (
            after == len(toks) or (after + 1 == len(toks) and toks[after].text in ".!")
        ):
            return None
        k = j - 1
        while k >= 0 and j - k <= 3 and toks[k].is_word:
            k -= 1
        if k < 1 or k == j - 1 or toks[k].text != ",":
            return None
        return k + 1

    def _said_before(self, toks: list[Token], k: int) -> bool:
        """Is there a speech verb before toks[k] in the sentence, followed by a
        clause of its own ("said he ...", "told reporters that ...")?"""
        for m in range(k - 2, 0, -1):
            verb = self.lex.verbs.get(toks[m].lower)
            if (
                verb is not None
                and verb.frame == "speech"
                and not toks[m].is_cap
                and (
                    toks[m + 1].lower == "that"
                    or toks[m + 1].lower in self.lex.pronouns
                    or self._clause_follows(toks, toks[m + 1].start)
                )
            ):
                return True
        return False

    def _stance_clause(self, toks: list[Token], k: int) -> bool:
        """Does a clause follow a stance adjective ("confident that ...", "hopeful
        Tuesday that ...", "aware, however, that ...", "convinced he would win"),
        not an infinitive ("certain to") or nothing?"""
        while k < len(toks) and (
            toks[k].text == ","
            or toks[k].lower in self.lex.time_words
            or toks[k].lower in self.lex.connectives
        ):
            k += 1
        if k >= len(toks) or toks[k].lower == "to":
            return False
        return toks[k].lower == "that" or self._clause_follows(toks, toks[k].start)

    def _adverb_word(self, tok: Token) -> bool:
        """ "now", "openly", "also": an adverb between an auxiliary and its verb."""
        return not tok.is_cap and (
            tok.lower in self.lex.adverbs or (tok.lower.endswith("ly") and len(tok.lower) > 3)
        )

    def _object_relative(self, toks: list[Token], head: int) -> NounPhrase | None:
        """Only for a verb after "and"/"but" whose nearest subject is the antecedent
        of a relative clause in object position ("He praised those who left but
        said ..."): the earlier verb's subject, who also speaks here."""
        if head < 2 or toks[head - 1].lower not in ("and", "but"):
            return None
        phrase = self.parser.left(toks, head, 0)
        if phrase is None:
            return None
        after = index_at(toks, phrase.mention.end)
        if not phrase.relative and not (after < head and toks[after].lower in ("who", "that")):
            return None
        k = index_at(toks, phrase.mention.start)
        if k < 1 or not self._finite(toks[k - 1].lower):
            return None  # "according to an official who oversaw X and described"
        return self.parser.left(toks, k - 1, 0)

    def _object_act(self, toks: list[Token], pos: int, lemma: str) -> bool:
        """A bare object that makes the verb a deed (cues.toml [[physical.acts]]):
        "responded to the scene", "welcomed several hundred guests", "posted a 38%
        rise in profit"."""
        for act in self.lex.object_acts.get(lemma, ()):
            if act.unless_heads:
                deed = self._noun_phrase_object(toks, pos) and not self._place_object(
                    toks, pos, act.heads, act.reach
                )
            else:
                deed = self._place_object(toks, pos, act.heads, act.reach)
            if act.names and not deed:
                deed = self._name_object(toks, pos)
            if deed and not (
                act.unless_clause and self._subject_then_auxiliary(toks, index_at(toks, pos))
            ):
                return True
        return False

    def _name_object(self, toks: list[Token], pos: int) -> bool:
        """A name alone as the object: capitalised words with no possessive, then no
        noun they modify ("released Orlov in May", "released Alan Gross, an
        American", but not "released CBO estimates" or "released Pfizer's data")."""
        k = index_at(toks, pos)
        m = k
        while m < len(toks) and toks[m].is_cap and toks[m].lower not in self.lex.determiners:
            if toks[m].lower.endswith(("’s", "'s")) or (
                m + 1 < len(toks) and toks[m + 1].text in POSSESSIVE
            ):
                return False
            m += 1
        if m == k or toks[k].lower in self.lex.pronouns:
            return False
        return (
            m == len(toks)
            or not toks[m].is_word
            or toks[m].lower in self.lex.prepositions
            or toks[m].lower in self.lex.time_words
            or toks[m].lower == "and"
        )

    def _noun_phrase_object(self, toks: list[Token], pos: int) -> bool:
        """A noun phrase after the verb, no clause: a determiner or a possessive
        first ("their search for the devices") or a gerund ("campaigning Friday"),
        and no finite verb within reach ("continued the economy would grow")."""
        k = index_at(toks, pos)
        if k >= len(toks):
            return False
        word = toks[k].lower
        return (
            word in self.lex.determiners
            or word in POSSESSIVE_DETERMINERS
            or (word.endswith("ing") and not toks[k].is_cap and word not in self.lex.verbs)
        ) and not self._finite_verb_follows(toks, pos)

    def _place_object(self, toks: list[Token], pos: int, heads: frozenset[str], reach: int) -> bool:
        """One of `heads` among the first `reach` words of the object, before any
        clause (an amount's marks pass: "a 38% rise")."""
        k = index_at(toks, pos)
        for tok in toks[k : k + reach]:
            if tok.lower in heads:
                return True
            if (not tok.is_word and tok.text not in "%$€£") or tok.lower == "that":
                return False
        return False

    def _weapon_follows(self, toks: list[Token], pos: int) -> bool:
        """ "attacked the driver with a bottle", "with his fists": a weapon after
        "with" (a determiner and one modifier allowed) before the clause ends."""
        k = index_at(toks, pos)
        for m in range(k, min(k + 10, len(toks) - 1)):
            if not toks[m].is_word:
                return False
            if toks[m].lower != "with":
                continue
            for tok in toks[m + 1 : m + 4]:
                if tok.lower in self.lex.weapons:
                    return True
                if not tok.is_word:
                    return False
            return False
        return False

    def _delayed_lead_in(self, toks: list[Token], pos: int) -> int | None:
        """Where a quote begins after a short phrase and a comma or colon that follow a
        cue ("said of Congress: \u201c", "chanted back at him, \u201c"), or None."""
        k = index_at(toks, pos)
        for m in range(k, min(k + LEAD_IN_REACH, len(toks) - 1)):
            text = toks[m].text
            if (
                text in (",", ":")
                and (
                    toks[m + 1].text in OPENING_QUOTES
                    # a straight single mark that opened a quotation (its words masked)
                    or (
                        toks[m + 1].text == "'"
                        and self.masked[toks[m + 1].end : toks[m + 1].end + 1] == FILLER
                    )
                )
            ):
                return toks[m].end
            verb = self.lex.verbs.get(toks[m].lower)
            if (
                verb is not None
                and verb.frame == "speech"
                # but "put it bluntly in a post on X: “": a noun after its article
                and not (m > k and toks[m - 1].lower in self.lex.determiners)
            ):
                return None
            # "said in the spring, when the story broke, “...": a comma inside
            if not toks[m].is_word and not (text == "," and m > k):
                return None
        return None

    def _subject_quote(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        i: int,
        match: Cue,
        cls: str,
        quotes: list[QuoteInfo],
        subject: NounPhrase | None = None,
    ) -> Draft | None:
        """The quote after a cue with no subject of its own ("went on to say, “...”"):
        the given subject's, or the sentence's."""
        if subject is None:
            owner = self._subject_owner(paragraph, toks, i)
            subject = owner.phrase if owner is not None else None
        direct = self._quotes_from(match.end(), sent, quotes)
        if subject is None or not direct:
            return None
        cue = Span(match.start(), match.end())
        return Draft.quoted(subject, cue, cls, paragraph, quotes, direct)

    def _quoted_as(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        i: int,
        as_: int,
        match: Cue,
        cls: str,
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        """ "Smith was quoted as saying the plan was dead", "Peskov was quoted by
        Tass as saying ...": the subject of "was quoted" said it."""
        quoted = next(
            (k for k in range(as_ - 1, max(-1, as_ - 8), -1) if toks[k].lower in QUOTING), None
        )
        if quoted is None:
            return None
        head = quoted
        while head > 0 and toks[head - 1].lower.endswith("ly"):
            head -= 1  # "was widely quoted"
        cue = Span(toks[quoted].start, match.end())
        channel = None
        if head > 0 and toks[head - 1].lower in self.lex.passive:
            while head > 0 and (
                toks[head - 1].lower in self.lex.passive
                or toks[head - 1].lower in self.lex.auxiliaries
            ):
                head -= 1
            phrase = self.parser.left(toks, head, 0) or (
                # "Kim oversaw the test and was quoted by KCNA as saying": the subject
                # of the verb the passive is joined to
                self._coordinated_subject(paragraph, toks, head)
            )
        else:
            # "Xinhua quoted a ministry spokesperson as saying": the one quoted
            # through the outlet that quoted them
            phrase = self.parser.right(toks, quoted + 1, as_)
            if phrase is not None and phrase.end_index != as_:
                phrase = None
            outlet = self.parser.left(toks, quoted, 0)
            if outlet is not None and outlet.kind != "pronoun":
                channel = outlet.mention
            cue = Span(toks[as_].start, match.end())
        if phrase is None:
            return None
        draft = Draft(Form.INDIRECT, [], phrase, cue, cls, channel, paragraph)
        clause_start = phrase.mention.start if channel is None else channel.start
        rest = self.masked[match.end() : sent.end].strip()
        if (
            (rest in ("", ".", "!", "?") or not self._opens_clause(toks, match.end()))
            and not self._quotes_from(match.end(), sent, quotes)
            and self._boundary_before(clause_start, sent, quotes)
        ):
            # "China will not yield, state media quoted Li as saying on Saturday.":
            # the words come before the clause ('"A," Xinhua quoted him as saying.')
            before = self._quotes_before(clause_start, sent, quotes)
            if before:
                draft.form = Form.DIRECT
                draft.add_quotes(quotes, before)
            else:
                self._content_before(draft, sent, clause_start, quotes)
            return draft if draft.fragments else None
        delayed = self._delayed_lead_in(toks, match.end())  # "as telling the BBC: “...”"
        if self._take_quotes(draft, match.end() if delayed is None else delayed, sent, quotes):
            return draft
        that = THAT.match(self.masked, match.end(), sent.end)
        start = that.end() - len(that.group().strip()) if that else match.end()
        told = self.lex.verbs.get(match.group().lower())
        if that is None and told is not None and told.lemma == "tell":
            # "quoted as telling aides that ...": the person told, then the clause
            nearby = self._that_nearby(toks, match.end(), sent)
            start = (
                nearby.end() - len(nearby.group().strip())
                if nearby is not None
                else self._past_recipient(toks, match.end())  # "telling aides he would"
            )
        elif that is None:
            # "was quoted as saying at a rally last month that ...": where, then the clause
            nearby = self._that_nearby(toks, match.end(), sent)
            if nearby is not None:
                start = nearby.end() - len(nearby.group().strip())
        self._content_after(draft, start, sent, quotes)
        return draft if draft.fragments else None

    def _stance(self, toks: list[Token], pos: int, sent: Span) -> tuple[int | None, Span] | None:
        """ "expressed (deep) concern that ...", "voiced frustration over the delays",
        "expressed his support for X", "expressed shock.": where the content starts
        after the attitude noun (None: the noun alone is the content) and the noun."""
        k = index_at(toks, pos)
        for m in range(k, min(k + 4, len(toks))):
            tok = toks[m]
            if not tok.is_word:
                return None
            if tok.lower in self.lex.stance_nouns and not tok.is_cap:
                noun = Span(tok.start, tok.end)
                if m + 1 >= len(toks) or not toks[m + 1].is_word:
                    return None, noun
                nxt = toks[m + 1].lower
                if nxt in ("that", "whether"):
                    return toks[m + 1].start, noun
                if nxt in STANCE_LINKS:
                    return (toks[m + 2].start if m + 2 < len(toks) else None), noun
                nearby = self._that_nearby(toks, tok.end, sent)  # "concern Tuesday that"
                if nearby is not None:
                    return nearby.end() - len(nearby.group().strip()), noun
                after = toks[m + 1]
                if (
                    after.lower in self.lex.pronouns or self._subject_then_auxiliary(toks, m + 1)
                ) and self._finite_verb_follows(toks, after.start):
                    return after.start, noun  # "expressed confidence it was holding"
                return None, noun
            if tok.is_cap or tok.lower in ("that", "to"):
                return None
        return None

    def _question_word_only(self, toks: list[Token], pos: int) -> bool:
        """A question word that ends the sentence at pos ("did not say why.")."""
        k = index_at(toks, pos)
        return (
            k < len(toks)
            and toks[k].lower in QUESTION_WORDS
            and all(not t.is_word for t in toks[k + 1 :])
        )

    def _infinitive_offered(self, verb: Verb, pos: int) -> bool:
        """ "offered to cover the cost": a light verb that takes an infinitive in
        place of its noun of saying, with "to" at pos."""
        return (
            verb.lemma in self.lex.infinitive_verbs
            and INFINITIVE.match(self.masked, pos) is not None
        )

    def _time_before_clause(self, toks: list[Token], k: int) -> bool:
        """ "days after X", "just hours before Y", "two weeks after", "(days) ahead
        of Z": a span of time and a conjunction of time open the words at toks[k]."""
        for m in range(k, min(k + 4, len(toks))):
            word = toks[m].lower
            if word in ("after", "before", "since") and m > k:
                return True
            # "..., delegates told Reuters, ahead of a meeting planned for March":
            # "ahead of" is only ever the writer's time or place
            if word == "ahead" and m + 1 < len(toks) and toks[m + 1].lower == "of":
                return True
            if not (
                word in TIME_NOUNS
                or word.removesuffix("s") in TIME_NOUNS  # "weeks"
                or word in ("day", "days", "hours", "hour", "minutes")
                or word in self.lex.time_words
                or word in ("just", "shortly", "only", "a", "an", "several", "few")
                or word.isdigit()
                or word in BARE_COUNTS
            ):
                return False
        return False

    def _assertion(self, toks: list[Token], pos: int, sent: Span) -> tuple[int, Span] | None:
        """ "made the case that ...", "made comments about the vote", "made no secret
        of his plans", "made a commitment to hold briefings": where the content starts
        after the light verb's noun, and the noun; None when nothing follows it."""
        k = index_at(toks, pos)
        for m in range(k, min(k + 6, len(toks) - 1)):
            tok = toks[m]
            if tok.text == "-":
                continue  # "a pre-emptive attack"
            if not tok.is_word or tok.is_cap:
                return None
            if tok.lower not in self.lex.assertion_nouns:
                continue
            if tok.lower in self.lex.assault_nouns and (
                toks[m - 1].lower == "the"
                or self._weapon_follows(toks, toks[m].end)
                or toks[m - 1].lower in self.lex.forceful_modifiers  # "a drone attack on"
            ):
                return None  # "launched the attack on the bus": an assault
            noun = Span(tok.start, tok.end)
            nxt = toks[m + 1]
            if nxt.lower in ("that", "whether"):
                return nxt.start, noun
            nearby = self._that_nearby(toks, tok.end, sent)  # "the case for weeks that"
            if nearby is not None:
                return nearby.end() - len(nearby.group().strip()), noun
            if m + 2 >= len(toks) or not toks[m + 2].is_word:
                return None
            if nxt.lower in ASSERTION_LINKS and (
                nxt.lower != "of" or tok.lower in self.lex.assertion_of
            ):
                # ("made demands of the candidates": whom they were made of)
                if toks[m + 2].lower in self.lex.time_words or toks[m + 2].text[0].isdigit():
                    return None  # "made the request on Jan. 23": a date, no object
                return toks[m + 2].start, noun  # "made comments about the vote"
            if nxt.lower == "to" and tok.lower in self.lex.assertion_to:
                return toks[m + 2].start, noun  # "made veiled references to his record"
            if (
                nxt.lower == "to"
                and tok.lower in self.lex.assertion_infinitives
                and not toks[m + 2].is_cap
                and toks[m + 2].lower not in self.lex.determiners
                and toks[m + 2].lower not in OBJECT_PRONOUNS
            ):
                return nxt.start, noun  # "made a commitment to hold briefings"
            return None
        return None

    def _document_saying(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        i: int,
        match: Cue,
        said: regex.Match[str],
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        """ "The town released a statement Wednesday saying (that) X": the subject's
        statement, whose content follows the participle."""
        phrase = self.parser.left(toks, i, 0)
        if phrase is None or phrase.end_index != i:
            return None
        cue = Span(match.start(), match.end())
        draft = Draft(Form.INDIRECT, [], phrase, cue, "neutral", None, paragraph)
        if self._take_quotes(draft, said.end(), sent, quotes):
            return draft
        self._content_after(draft, said.end(), sent, quotes)
        return draft if draft.fragments else None

    def _quoted_later(self, toks: list[Token], after: int) -> bool:
        """Does "as saying" (or another speech participle after "as") follow the
        object of "cited"/"quoted" within a few words?"""
        for k in range(after, min(after + 8, len(toks) - 1)):
            if toks[k].lower == "as":
                verb = self.lex.verbs.get(toks[k + 1].lower)
                return (
                    verb is not None
                    and verb.frame == "speech"
                    and toks[k + 1].lower.endswith("ing")
                )
            if not toks[k].is_word:
                return False
        return False

    def _participle_quote(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        i: int,
        match: Cue,
        cls: str,
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        """ "footage of Hillary Clinton asking, “...”", "while chanting, “...”":
        a speech participle whose quote follows it, said by the noun phrase just
        before it or else by the sentence's subject."""
        lead: int | None = match.end()
        if not QUOTE_AFTER_COMMA.match(self.masked, match.end()):
            lead = self._delayed_lead_in(toks, match.end())  # "before asking her, “"
        direct = self._quotes_from(lead, sent, quotes) if lead is not None else []
        if not direct:
            return None
        after_preposition = i > 0 and toks[i - 1].lower in self.lex.prepositions
        # "incurred boos upon saying, “...”": the subject says it, not "boos upon"
        phrase = None if after_preposition else self.parser.left(toks, i, 0)
        if phrase is not None and (
            self._told_object(toks, phrase) or self._bare_object(toks, phrase)
        ):
            phrase = None  # "emailed supporters saying: “...”": the sender says it
        if phrase is not None and phrase.kind == "name":
            # "footage of Hillary Clinton asking": the name, not the whole phrase
            phrase = NounPhrase(phrase.name, phrase.name, "name", None, None, phrase.end_index)
        elif phrase is None or phrase.kind == "pronoun":
            owner = self._subject_owner(paragraph, toks, i)
            phrase = owner.phrase if owner is not None else None
        if phrase is None:
            return None
        cue = Span(match.start(), match.end())
        return Draft.quoted(phrase, cue, cls, paragraph, quotes, direct)

    def _quoted_it(self, phrase: NounPhrase) -> bool:
        """'“I am still here,” it read.': "it" right after a quote, a sign or a
        note the sentence before named."""
        if phrase.kind != "pronoun" or phrase.mention.text(self.masked).lower() != "it":
            return False
        start = phrase.mention.start
        before = self.masked[max(0, start - 4) : start].rstrip()
        return before[-1:] in CLOSING_MARKS or before.endswith("''")

    def _bare_object(self, toks: list[Token], phrase: NounPhrase) -> bool:
        """ "they will hold banners proclaiming", "Protesters carried signs reading":
        a description with no determiner right after its subject (or a modal) begins
        with the verb whose object it is; the subject is the speaker."""
        if phrase.kind != "description":
            return False
        k = index_at(toks, phrase.mention.start)
        first = toks[k]
        if k == 0 or first.is_cap or first.lower in self.lex.determiners or first.text[0].isdigit():
            return False
        before = toks[k - 1]
        return before.is_cap or before.lower in self.lex.pronouns or before.lower in MODALS

    def _told_object(self, toks: list[Token], phrase: NounPhrase) -> bool:
        """Whether a phrase is the person addressed by the speech verb before it
        ("emailed supporters", "told reporters")."""
        k = index_at(toks, phrase.mention.start)
        if k == 0 or toks[k - 1].is_cap:
            return False
        verb = self.lex.verbs.get(toks[k - 1].lower)
        return verb is not None and verb.frame == "speech" and phrase.kind != "name"

    def _temporal_participle(
        self, sent: Span, toks: list[Token], prep: int, owner: NounPhrase, after: int
    ) -> bool:
        """ "Carson told the AP after hinting that changes could come": a speech
        participle after "after", "before" or "while" is the subject's when that
        subject opens the same clause (no comma between) and the participle reports
        a clause or a quote; not "Eight years after backing Obama, ..." or "held
        its seats while adding Democratic strongholds"."""
        first = toks[index_at(toks, owner.mention.start)]
        if prep == 0 or "’" in first.text or "'" in first.text or first.text[0].isdigit():
            return False
        if first.lower in self.lex.ratio_numbers or first.lower in self.lex.time_words:
            return False  # "Eight years after backing Obama, ..."
        if any(t.text in (",", ";", ":", "—", "–") for t in toks[owner.end_index : prep]):
            return False
        pos = toks[after].start if after < len(toks) else sent.end
        return bool(THAT.match(self.masked, pos)) or self._quote_follows(pos, sent)

    def _absolute_subject(
        self, toks: list[Token], i: int, after_with: bool = False
    ) -> NounPhrase | None:
        """The subject of a speech participle after "with" ("with 30 percent of
        voters saying they ...", "with three in 10 saying"): it speaks; not "with
        all precincts reporting, ...", which reports nothing.  Without "with", a
        source's description with its article after a comma that ends a clause of
        the writer's ("Orrin cut its forecast, the company saying that X")."""
        if i + 1 >= len(toks) or not (toks[i + 1].is_word or toks[i + 1].text in OPENING_QUOTES):
            return None
        phrase = self.parser.left(toks, i, 0)
        if phrase is None or phrase.kind == "pronoun":
            return None
        if any(not self._adverb_word(t) for t in toks[phrase.end_index : i]):
            return None  # but "with Cruz recently promising to ...": an adverb between
        k = index_at(toks, phrase.mention.start)
        if k > 0 and toks[k - 1].lower == "with":
            return phrase
        if after_with:
            return None
        head = toks[phrase.end_index - 1].lower
        if (
            k > 2
            and toks[k - 1].text == ","
            and phrase.kind == "description"
            and phrase.end_index == i
            and toks[i].lower not in ING_NOUNS  # "the appeals court ruling could be"
            and toks[k].lower in ("the", "a", "an", "its")
            and (self.lex.source_noun(head) or self.lex.unnamed_group(head))
            # a clause before the comma, not an opener ("In the 1980s, the KGB ...")
            and toks[0].lower not in self.lex.prepositions
            and toks[0].lower not in self.lex.subordinators
        ):
            return phrase
        return None

    def _object_infinitive(self, toks: list[Token], pos: int, lemma: str) -> bool:
        """ "want Obama to push for new laws", "expect the next president to act": an
        intention for someone else, its object a noun phrase (a short one, or a longer one
        with commas, "and" and prepositions) before "to"."""
        if lemma not in self.lex.infinitive_verbs:
            return False
        k = index_at(toks, pos)
        # The object may be a list or people with a place ("advises older adults, young
        # children and people with heart conditions to avoid X", "expect prices outside
        # the big cities to rise"); past a few words an infinitive must follow "to"
        for m in range(k, min(k + OBJECT_INFINITIVE_REACH, len(toks))):
            tok = toks[m]
            if m > k and tok.lower == "to":
                return m - k < 5 or self._verb_after_to(toks, m)
            if m > k and (tok.text == "," or tok.lower in OBJECT_LINKS):
                continue
            if (
                m > k
                and tok.lower == "for"
                and m + 1 < len(toks)
                and toks[m + 1].lower.removesuffix("s") in TIME_NOUNS
            ):
                continue  # "pressed the administration for months to halt X": how long
            if not tok.is_word or (
                tok.lower in self.parser.stop_words and tok.lower not in self.lex.determiners
            ):
                return False
        return False

    def _infinitive_missing(self, toks: list[Token], after: int, lemma: str) -> bool:
        """Whether a verb of the `infinitive_only` list lacks the person addressed and
        the infinitive it reports ("appealed to voters to X" has them; "appeals to
        older voters" does not)."""
        return lemma in self.lex.infinitive_only and not (
            after < len(toks) and self._object_infinitive(toks, toks[after].start, lemma)
        )

    def _infinitive_follows(self, toks: list[Token], pos: int, lemma: str) -> bool:
        """ "plans to cut jobs": an intention whose content is the infinitive."""
        k = index_at(toks, pos)
        if k >= len(toks) or toks[k].lower != "to" or lemma not in self.lex.infinitive_verbs:
            return False
        return self._verb_after_to(toks, k)

    def _verb_after_to(self, toks: list[Token], k: int) -> bool:
        """Whether toks[k] ("to") opens an infinitive: a lower-case word after it,
        not "declined to $4 billion", "agreed to the terms", "to 2%"."""
        if k + 1 < len(toks) and toks[k + 1].text in OPENING_QUOTES:
            k += 1  # 'wants to “take America backward”': the quoted verb
        if k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        if nxt.text[0] == "~":
            return True  # a quotation, masked: 'wants to “take America backward”'
        return (
            nxt.is_word
            and not nxt.is_cap
            and not nxt.text[0].isdigit()
            and nxt.lower not in self.lex.determiners
            and nxt.lower not in POSSESSIVE_DETERMINERS
        )

    def _that_nearby(
        self,
        toks: list[Token],
        pos: int,
        sent: Span,
        refusal: bool = False,
        question: bool = False,
        clause_first: bool = False,
    ) -> regex.Match[str] | None:
        """ "told reporters after the meeting that ...": a complementizer a few words on,
        unless a clause has begun before it ("said the comments are replies to attacks
        that ...": "that" opens a relative clause inside the content).  After a refusal
        the clause of a report noun is not what was refused ("declined to comment on
        reports that ..."); after a reply it is, as annotators draw it ("responded to
        reports that ...")."""
        match = (ASKED_NEARBY if question else THAT_NEARBY).match(self.masked, pos, sent.end)
        first = k = index_at(toks, pos)
        if (
            match is None
            and not question
            and first < len(toks)
            and toks[first].lower in self.lex.prepositions
        ):
            match = THAT_NEARBY_FAR.match(self.masked, pos, sent.end)
        if match is None:
            return None
        if (
            "’" in self.masked[pos : match.end()]
            and first < len(toks)
            and toks[first].lower not in self.lex.prepositions
        ):
            return None  # "welcomed Clinton’s comment that": the object's own clause
        if (
            first < len(toks)
            and toks[first].text in OPENING_QUOTES
            and QUOTED_THAT.match(self.masked, pos, sent.end) is None
        ):
            # 'said “there could be” a line that ...': the quote is content (but
            # 'found “evidence” that ...' is the clause's noun)
            return None
        if clause_first and first < len(toks) and self._plain_noun(toks[first]):
            return None  # "said startups often test on conditions that favour them"
        while k < len(toks) and toks[k].start < match.end():
            if toks[k].lower in FINITE_WORDS or (toks[k].lower == "as" and k > first):
                return None  # "described the plan as a stopgap that would fail"
            if question and k > first and toks[k].lower == "to" and self._verb_after_to(toks, k):
                return None  # "asked the attorney to review whether": whom, and what to do
            if toks[k].lower in ("he", "she", "they", "we", "i"):
                return None  # "say they feel that way": a subject, so a clause has begun
            verb = self.lex.verbs.get(toks[k].lower) if k > first else None
            if (
                verb is not None
                and verb.lemma != toks[k].lower
                and toks[k - 1].lower in ("and", "but")
            ):
                return None  # "said losses stayed low but warned that": the second verb's
            if (
                k > first + 1
                and toks[first].lower in ("the", "a", "an", "this", "these", "those")
                and toks[k - 1].is_word
                and (
                    # "said the vote showed that": a subject and a cue verb's finite form
                    (
                        verb is not None
                        and verb.lemma != toks[k].lower
                        and not toks[k].lower.endswith("ing")  # "a news article reporting"
                        and not toks[k - 1].lower.endswith("ly")
                    )
                    # "said the findings added to a body of evidence that": a subject
                    # and its verb (not "a lawsuit filed by": a participle and its agent)
                    or (
                        toks[k].lower.endswith("ed")
                        and toks[k - 1].lower not in self.lex.determiners
                        and k + 1 < len(toks)
                        and toks[k + 1].lower != "by"
                        and (
                            toks[k + 1].lower in self.lex.prepositions or toks[k + 1].lower == "to"
                        )
                    )
                )
            ):
                return None  # the clause has begun before the "that"
            k += 1
        if k > first and toks[k - 1].lower in ("and", "but", "or"):
            return None  # "said the unit grew and that it was on track": two clauses
        if refusal and k > first and toks[k - 1].lower in REPORT_NOUNS:
            return None  # "declined to comment on reports that ...": the reports' content
        that = THAT.match(self.masked, match.end(), sent.end)
        if that is not None and k + 1 < len(toks):
            word = toks[k + 1].lower  # toks[k] is "that"
            if toks[k + 1].is_word and (k + 2 == len(toks) or toks[k + 2].text in ".,;:!?"):
                return None  # "said the data supported that view.": a demonstrative
            if (
                word in FINITE_AUXILIARIES
                or (word.endswith("ed") and len(word) > 3 and "-" not in word)  # "value-added"
                or word in IRREGULAR_PAST  # "describe call lights that went unanswered"
            ):
                return None  # "charged after a crash that killed": a relative clause
            if (
                toks[first].lower in ("a", "an", "the")
                and word.endswith("s")
                and not word.endswith("ss")
                and k + 2 < len(toks)
                and (
                    toks[k + 2].lower in self.lex.determiners
                    or toks[k + 2].lower in POSSESSIVE_DETERMINERS
                    or toks[k + 2].lower in OBJECT_PRONOUNS
                )
            ):
                return None  # "found a giant planet that orbits its star": a relative
        return that

    def _told_passive(self, draft: Draft, toks: list[Token], after: int, form: str) -> bool:
        """ "Flood defences 'not fit for purpose', council told": a headline's "told"
        with nothing after it is a passive ("the council was told"), so the phrase
        before it was spoken to, not the speaker; the source goes unnamed."""
        return (
            form == "told"
            and draft.phrase is not None
            and draft.phrase.kind != "pronoun"
            and draft.cue is not None
            and draft.phrase.mention.end < draft.cue.start
            and all(not tok.is_word for tok in toks[after:])
            and bool(draft.fragments)
            and draft.fragments[0][0].start < draft.phrase.mention.start
        )

    def _plain_noun(self, tok: Token) -> bool:
        """A lower-case word that can only open a clause after a verb with no object:
        not a preposition, adverb, time word, determiner, participle or "that"."""
        word = tok.lower
        return (
            tok.is_word
            and not tok.is_cap
            and word not in ("that", "to", "instead")
            and not word.endswith(("ing", "ed"))  # "said following a vote that"
            and word not in self.lex.prepositions
            and not self._adverb_word(tok)
            and word not in self.lex.time_words
            and word not in self.lex.determiners
        )

    def _opens_clause(self, toks: list[Token], pos: int, lemma: str = "") -> bool:
        """Can content start here? Not with a preposition, nor "to" after a speech verb."""
        k = index_at(toks, pos)
        if k >= len(toks):
            return False
        word = toks[k].lower
        if word == "to":
            return lemma in self.lex.infinitive_verbs
        if word in ("and", "or"):
            # "derided and insulted X": the object both verbs share; but "it is
            # demanding and time-consuming": no second verb, no content
            shared = SHARED_OBJECT.match(self.masked, toks[k].start)
            if shared is None or not self._verb_like(shared.group("verb").lower()):
                return False
        if (
            word == "this"
            and k + 1 < len(toks)
            and (toks[k + 1].lower in self.lex.subordinators or toks[k + 1].lower == "during")
        ):
            return False  # "He said this while addressing the press": said what came before
        if (
            word in APPROXIMATORS
            and k + 1 < len(toks)
            and (
                toks[k + 1].text[0].isdigit()
                or toks[k + 1].lower in self.lex.ratio_numbers
                or toks[k + 1].lower == "half"
                or (k + 2 < len(toks) and toks[k + 1].lower == "a" and toks[k + 2].lower in SHARES)
                or toks[k + 1].lower.endswith(("-third", "-thirds", "-quarter", "-quarters"))
            )
            and ABOUT.match(self.masked, toks[k].start - 1) is None
        ):
            return True  # "said about 20 people had ...", "about half": a number, not a topic
        if (
            word in ONLY_ADVERBS
            and k + 2 < len(toks)
            and toks[k + 1].lower == "as"
            and toks[k + 2].lower not in ("many", "much", "few", "little")
        ):
            return False  # "a man identified only as Ahmed": a participle's complement
        if (
            word == "as"
            and k + 2 < len(toks)
            and toks[k + 1].lower in ("many", "much", "few", "little")
            and toks[k + 2].lower == "as"
        ):
            return True  # "said as many as half of the workers had not shown up"
        if word == "at" and k + 2 < len(toks) and toks[k + 1].lower == "least":
            number = toks[k + 2]
            if number.text[0].isdigit() or number.lower in self.lex.ratio_numbers:
                return True  # "said at least 40 civilians had been killed"
        if (
            word in self.lex.content_blockers
            and k + 1 < len(toks)
            and toks[k + 1].lower in ("of", "than")
        ):
            return True  # "said much of the talk was about Israel", "said more than 300 ..."
        if word in ("more", "less", "much", "little") and self._subject_then_auxiliary(toks, k + 1):
            return True  # "said more work was needed", but not "said more about it"
        if (
            word in ("more", "less", "fewer")
            and k + 1 < len(toks)
            and toks[k + 1].is_word
            and not toks[k + 1].is_cap
            and toks[k + 1].lower not in self.lex.prepositions
            and toks[k + 1].lower not in self.lex.content_blockers
            and not toks[k + 1].lower.endswith("ly")
        ):
            return True  # "reported less burnout": a quantity of a noun, not "said more"
        if (
            word in PRONOMINAL_BLOCKERS
            and k + 1 < len(toks)
            and toks[k + 1].lower in NOUN_VERB_FOLLOWERS
        ):
            return True  # "said nothing was certain", but not "said nothing"
        if (
            word in PRONOMINAL_BLOCKERS
            and k + 2 < len(toks)
            and toks[k + 1].lower in self.lex.prepositions
            and toks[k + 1].lower != "as"
            and self._postmodified_subject(toks, k + 2)
        ):
            return True  # "said nothing in the Constitution required states to"
        if word in CONCESSIVE_PREPOSITIONS:
            # "She says despite all that, Obama wasn't influenced": a clause follows
            return any(t.text == "," for t in toks[k + 1 : k + 10])
        return word not in self.lex.prepositions and word not in self.lex.content_blockers

    def _postmodified_subject(self, toks: list[Token], k: int) -> bool:
        """A prepositional phrase from toks[k] that ends at a finite verb before any
        comma or clause link: the rest of a subject ("nothing [in the Constitution]
        required")."""
        for m in range(k, min(len(toks), k + POSTMODIFIER_REACH)):
            tok = toks[m]
            if (
                tok.lower in ("and", "or")
                and m + 1 < len(toks)
                and toks[m + 1].lower in self.lex.prepositions
            ):
                continue  # "nothing in the Constitution or in federal law required"
            if not tok.is_word or tok.lower in CLAUSE_LINKS or tok.lower in self.lex.subordinators:
                return False
            if m > k and not tok.is_cap and (finite_word(tok.lower) or tok.lower in IRREGULAR_PAST):
                return toks[m - 1].is_word and toks[m - 1].lower not in self.lex.auxiliaries
        return False

    def _contracted_subject(
        self, toks: list[Token], j: int, form: str, lemma: str
    ) -> NounPhrase | None:
        """ "He's said", "They’ve told reporters": a pronoun with a contracted "has"
        or "have" right before a past participle; the pronoun is the subject."""
        if j < 0 or (form == lemma and form not in self.lex.adjectives) or form.endswith("ing"):
            return None  # but "he’s confident that": a stance adjective's copula
        span = contracted_pronoun(toks[j], self.lex)
        return NounPhrase(span, span, "pronoun", None, None, j + 1) if span else None

    def _more_appositive(self, toks: list[Token], k: int) -> bool:
        """After '"...," said RoseAnn DeMoro, executive director of the union,': "a
        union that ...", "who is ...", "and a Republican who ...": more about the
        speaker, not more of what they said."""
        if k >= len(toks):
            return False
        word = toks[k].lower
        if word == "and" and k + 1 < len(toks):
            word = toks[k + 1].lower
        return word in ("a", "an", "who", "whose", "which")

    def _adjunct_only(self, toks: list[Token], pos: int, then_aside: bool) -> bool:
        """Whether only a short prepositional adjunct follows ``pos`` to the end of
        the sentence ("during the interview.", "in a video message to delegates."),
        or, with ``then_aside``, to a comma before a participle or a relative clause."""
        k = index_at(toks, pos)
        if k >= len(toks) or not (
            toks[k].lower in self.lex.prepositions
            # "confirmed to People": whom the words were given to
            or (
                toks[k].lower == "to"
                and k + 1 < len(toks)
                and (toks[k + 1].is_cap or toks[k + 1].lower == "the")
            )
        ):
            return False
        for m in range(k, min(len(toks), k + 13)):
            tok = toks[m]
            if then_aside and tok.text == "," and m > k + 1:
                # "..., Hollande said in Paris, noting ...": the adjunct ends before
                # the participle of the same speaker, or before a relative or
                # adverbial clause ("in Paris, where he met ...", "..., because")
                return (
                    (
                        m + 1 < len(toks)
                        and (
                            toks[m + 1].lower in ADJUNCT_RELATIVES
                            or toks[m + 1].lower in self.lex.subordinators
                            # "... in Geneva on Thursday, but he warned that ...": a clause of
                            # its own, with its subject, joined after the adjunct
                            or (
                                toks[m + 1].lower in ("but", "and")
                                and m + 2 < len(toks)
                                and toks[m + 2].lower in SUBJECT_PRONOUNS
                            )
                        )
                    )
                    or _starts_participle(self, self.masked[tok.start : toks[-1].end])
                )
            if tok.lower == "that" or tok.text in OPENING_QUOTES or tok.text in (",", ";", ":"):
                return False
        return len(toks) - k <= 12

    def _as_clause(self, toks: list[Token], clause_start: int) -> bool:
        """Is the cue clause "As X said" opening the sentence ("But as X noted")?"""
        k = index_at(toks, clause_start) - 1
        return (
            k >= 0 and toks[k].lower == "as" and (k == 0 or toks[k - 1].lower in AS_CLAUSE_OPENERS)
        )

    def _as_role_start(self, toks: list[Token], clause_start: int) -> int:
        """Where the subject starts when a role and its comma stand between an
        opening "As" and the name ("As the chief executive, Jeff Weiner, put it"):
        after the "As"; else ``clause_start``."""
        k = index_at(toks, clause_start) - 1
        if k < 2 or toks[k].text != "," or not self.lex.source_noun(toks[k - 1].lower):
            return clause_start  # not "As Election Day nears, Stone says, ...": a clause
        for m in range(k - 1, max(-1, k - 10), -1):
            if toks[m].lower == "as":
                opens = m == 0 or toks[m - 1].lower in AS_CLAUSE_OPENERS
                return toks[m + 1].start if opens and m + 1 < k else clause_start
            if not toks[m].is_word:
                return clause_start
        return clause_start

    def _adjunct_to_comma(self, toks: list[Token], pos: int) -> int:
        """The comma that ends a short prepositional adjunct at ``pos`` ("in a column
        for The Ledger,"), or ``pos`` when there is none."""
        k = index_at(toks, pos)
        if k >= len(toks) or not (toks[k].lower in self.lex.prepositions or toks[k].lower == "to"):
            return pos
        for m in range(k + 1, min(len(toks), k + 10)):
            tok = toks[m]
            if tok.text == ",":
                return tok.start
            if not tok.is_word or tok.lower in ("that", "who", "which"):
                return pos
        return pos

    def _controlled_subject(self, toks: list[Token], to: int) -> NounPhrase | None:
        """ "The debate led Republicans to say that ...", "prompted lawmakers to call
        for ...": the object of a verb of causing (the control list in cues.toml)
        right before the infinitive's "to" speaks; None when there is none."""
        for m in range(to - 2, max(-1, to - 8), -1):
            if toks[m].lower in self.lex.control_verbs and not toks[m].is_cap:
                phrase = self.parser.right(toks, m + 1, to)
                if (
                    phrase is None
                    or phrase.kind == "pronoun"
                    or phrase.mention.end != toks[to - 1].end
                ):
                    return None
                return phrase
            if not toks[m].is_word:
                return None
        return None

    def _purpose_subject(self, paragraph: int, toks: list[Token], to: int) -> NounPhrase | None:
        """ "He rose to say that ...", "Trump tweeted on Friday to say he ...": an
        infinitive of purpose after a past-tense verb (and its object or adjunct)
        that reports nothing itself; the sentence's subject speaks. Not after a cue
        ("declined to say", "was asked to say") nor a failure ("failed to say")."""
        for m in range(to - 1, max(-1, to - 9), -1):
            tok = toks[m]
            word = tok.lower
            if word in self.lex.time_words or word in TIME_NOUNS:
                continue  # "took the stage Tuesday night to acknowledge"
            if tok.is_word and tok.is_cap and self._placed_name(toks, m):
                continue  # "marched through central Madrid on Saturday to demand"
            if not tok.is_word or tok.is_cap:
                return None
            if m > 0 and (
                toks[m - 1].lower in POSSESSIVE_DETERMINERS
                or toks[m - 1].lower in ("a", "an", "the")
            ):
                continue  # "used her question to ask": a noun, whatever else it can be
            if word in PURPOSE_MEDIA_VERBS and m > 0:
                past = True  # "tweeted on Friday to say", "wrote to investors to say"
            elif (
                word in self.lex.verbs
                or word in self.lex.auxiliaries
                or word in self.lex.control_verbs  # "led some to speculate": theirs
                or (
                    word in self.lex.undone_verbs
                    # "used her question to ask": an object between, no "used to"
                    and not any(
                        t.lower in POSSESSIVE_DETERMINERS or t.lower in ("a", "an", "the")
                        for t in toks[m + 1 : to]
                    )
                )
            ):
                return None
            else:
                past = word in IRREGULAR_PAST or (
                    word.endswith("ed") and m > 0 and (len(word) > 4 or word == "used")
                )
            if not past:
                continue
            if m == 0 or not (toks[m - 1].is_word or toks[m - 1].text == ","):
                return None
            owner = self._subject_owner(paragraph, toks, m)
            if owner is None or owner.phrase is None or owner.phrase.end_index != m:
                return None
            return owner.phrase
        return None

    def _placed_name(self, toks: list[Token], m: int) -> bool:
        """Whether the capitalised word at toks[m] ends a name inside a prepositional
        phrase ("through central Madrid", "outside City Hall"), not an object."""
        k = m
        while k > 0 and toks[k].is_cap and m - k < 3:
            k -= 1
        while k > 0 and toks[k].is_word and not toks[k].is_cap and m - k < 5:
            if toks[k].lower in self.lex.prepositions or toks[k].lower == "to":
                return True  # (or "took to Twitter to say", "wrote to Pelosi to demand")
            if toks[k].lower in self.lex.verbs or toks[k].lower.endswith("ed"):
                return False
            k -= 1
        return toks[k].lower in self.lex.prepositions

    def _coordinated_source(self, toks: list[Token], k: int) -> bool:
        """ "..., officials reported, and experts warn the outbreak could spread": a
        coordinated clause at toks[k] with a source and a cue of its own."""
        if k >= len(toks) or toks[k].lower not in CLAUSE_JOINS:
            return False
        for m in range(k + 2, min(len(toks), k + 8)):
            word = toks[m].lower
            if word in self.lex.verbs and not toks[m].is_cap:
                if self.lex.verbs[word].frame not in ("speech", "object") and not (
                    # "..., workers say, and an inspector confirmed that X": a clause
                    m + 1 < len(toks) and toks[m + 1].lower == "that"
                ):
                    return False  # "and she felt free to ...": the clause goes on
                if m + 1 >= len(toks) or toks[m + 1].text in ".!?;":
                    return False  # "..., but two families had complained.": no words of theirs
                at = m
                while at - 1 > k + 1 and toks[at - 1].lower in ("not", "never"):
                    at -= 1  # "but they did not say how": the negated cue's subject
                subject = self.parser.left(toks, at, k + 1)
                return subject is not None and subject.mention.start == toks[k + 1].start
        return False

    def _catenative(
        self, toks: list[Token], to: int, also: frozenset[str] = frozenset()
    ) -> int | None:
        """ "Lewandowski continued to say he had never touched her", "went on to
        say": the index of the finite verb whose subject speaks, or None.  `also`:
        more such verbs ("liked" before a quotation)."""
        k = to - 1
        if k >= 1 and toks[k].lower == "on" and toks[k - 1].lower in ("went", "goes", "go"):
            return k - 1
        comparative = (
            k >= 2
            and toks[k].lower in self.lex.comparative_catenatives
            and toks[k - 1].lower in ("more", "less")
        )
        if comparative:
            k -= 1  # "were slightly more likely to say": a poll's finding
            if toks[k - 1].lower in DEGREE_ADVERBS:
                k -= 1
            if k >= 2 and toks[k - 1].lower in SEEM_VERBS:
                k -= 1  # "voters appeared more likely to describe her as likable"
        if k >= 1 and (
            comparative or toks[k].lower in self.lex.catenatives or toks[k].lower in also
        ):
            while k >= 2 and (
                toks[k - 1].lower in self.lex.passive
                or toks[k - 1].lower in self.lex.adverbs
                or toks[k - 1].lower in ("all", "both", "not")
            ):
                k -= 1  # "The actors are all quick to point out": the subject before "are"
            return k
        return None

    def _after_auxiliary(self, toks: list[Token], i: int) -> bool:
        """A base form after a modal or "did", an adverb perhaps between ("could
        only quip", "did not say")."""
        k = i - 1
        if k > 0 and (toks[k].lower in self.lex.adverbs or toks[k].lower == "not"):
            k -= 1
        # not "I'm Optimistic Americans Will Say": a headline's capitals
        return k >= 0 and toks[k].lower in self.lex.auxiliaries and not toks[k].is_cap

    def _phone_call(self, toks: list[Token], after: int) -> bool:
        """ "called Naghmeh Abedini.", "Eric Trump called.", "called Clinton on
        Monday": "call" with no object, or a person and nothing that calls them
        something ("called him a liar", "called the plan “...”")."""
        k = after
        if (
            k + 2 < len(toks)
            and (toks[k].lower in self.lex.determiners or toks[k].text in POSSESSIVE_DETERMINERS)
            and toks[k + 1].is_word
            and not toks[k + 1].is_cap
            and toks[k + 1].lower not in self.lex.determiners
            and not toks[k + 1].lower.endswith("ing")  # "called those advocating for it fools"
            and (
                toks[k + 2].text in (".", "!", "?", ",")
                or toks[k + 2].lower in CALL_ENDINGS
                or toks[k + 2].lower in self.lex.time_words
            )
        ):
            return True  # "called the police.", "called her mother and", not "the plan reckless"
        if k < len(toks) and toks[k].lower in OBJECT_PRONOUNS:
            k += 1
        elif k < len(toks) and toks[k].lower in CALLED_GROUPS:
            # "called both candidates Tuesday night": people, then a time
            m = k + 1
            while m < len(toks) and m - k <= 2 and toks[m].is_word and not toks[m].is_cap:
                if toks[m].lower in self.lex.time_words:
                    return True
                m += 1
            return m < len(toks) and toks[m].lower in self.lex.time_words
        else:
            while k < len(toks) and toks[k].is_cap:
                k += 1
        if k == len(toks) or toks[k].text in (".", "!", "?"):
            return True
        # "called Clinton last week", "called Clinton on Monday": a time after the person
        if k > after and toks[k].lower == "on" and k + 1 < len(toks):
            k += 1
        return k > after and toks[k].lower in self.lex.time_words

    def _named_thing(self, toks: list[Token], i: int, after: int) -> bool:
        """ "a group called Citizens for Trump", "a show called 'Brokers'": "called"
        right after an indefinite noun that is no person names a new thing rather
        than reporting ("a spokesman called the plan a disaster", "a group called
        for a boycott")."""
        if i == 0 or after >= len(toks):
            return False
        if toks[after].lower in ("for", "on", "off", "to", "out", "up", "back", "in", "it"):
            return False
        head = toks[i - 1]
        if not head.is_word or head.lower in ("a", "an"):
            return False
        if head.is_cap:
            # "a group of disaffected Ethiopians called Ginbot 7": the noun before
            # "of" is the thing named, when a name follows
            of = next((k for k in range(i - 2, max(0, i - 5), -1) if toks[k].lower == "of"), None)
            return (
                of is not None
                and of >= 2
                and toks[after].is_cap
                and toks[of - 2].lower in ("a", "an")
                and toks[of - 1].is_word
                and not toks[of - 1].is_cap
                and toks[of - 1].lower not in self.lex.role_nouns
                and toks[of - 1].lower not in self.lex.anonymous_heads
            )
        if head.lower in ("who", "that") or self._adverb_word(head):
            return False  # "a man who (once) called the plan “dead”": a relative's report
        k = i - 1
        while k > 0 and i - k <= 3 and toks[k].is_word and toks[k].lower not in ("a", "an"):
            k -= 1
        if toks[k].lower not in ("a", "an"):
            return False
        singular = head.lower[:-1] if head.lower.endswith("s") else head.lower
        lex = self.lex
        return not any(
            w in lex.role_nouns or w in lex.anonymous_heads for w in (head.lower, singular)
        )

    def _record_subject(self, phrase: NounPhrase) -> bool:
        """A poll, a survey, data or records as the subject ("A new CNN poll",
        "public records", "a survey of voters by the Times")."""
        if phrase.kind == "pronoun":
            return False
        if self._head_word(phrase) in self.lex.record_heads:
            return True
        # "A poll of South Carolina", "A University of Iowa poll": the name is the
        # noun's complement or modifier; the mention's own head decides
        words = phrase.mention.text(self.masked).lower().split()
        if not words or words[0] not in ("a", "an", "the"):
            return False
        link = self._link_index(words, first=2)
        heads = {words[-1], words[:link][-1]} if link is not None else {words[-1]}
        return any(head in self.lex.record_heads for head in heads)

    def _plural_subject(self, phrase: NounPhrase) -> bool:
        """May the subject take "say" (not "says")? The head noun of a postmodified
        phrase decides ("Aides to Clinton say"), and so does a count ("52 percent")."""
        words = phrase.mention.text(self.masked).lower().split()
        while (
            len(words) > 1
            and words[0] in self.lex.ratio_approximators
            and words[0] not in PLURAL_QUANTIFIERS  # "some in the industry", not "some 40"
        ):
            del words[0]  # "Just over a third say": a third
        if not words:
            return False
        if phrase.kind == "pronoun":
            return words[-1] in ("i", "we", "you", "they")
        if words[0] in PLURAL_QUANTIFIERS:
            return True  # "those surveyed say", "many in the party say", "nearly all say"
        heads = [
            w
            for w in phrase.name.text(self.masked).lower().split()
            if w not in self.lex.ratio_approximators
        ] or words
        head = heads[-1]
        link = self._link_index(words)
        if link is not None:
            # "Aides to Clinton say": the aides; "Sources close to her say": the sources
            # ... and "Documents obtained by the AP show": the documents
            before = [
                w
                for w in words[:link]
                if w not in POSTMODIFIER_ADJECTIVES
                and w not in IRREGULAR_PARTICIPLES
                and not (w.endswith("ed") and len(w) > 4)
                and not (w.endswith("ing") and len(w) > 5)  # "Democrats trying to ..."
            ]
            head = before[-1] if before else head
            cased = phrase.mention.text(self.masked).split()
            if (
                len(cased) == len(words)
                and link + 1 < len(words) - 1
                and cased[link - 1][:1].isupper()
                and all(w[:1].isupper() for w in cased[link + 1 : -1])
                and cased[-1].islower()
            ):
                head = words[-1]  # "Bureau of Meteorology figures show": a name's noun
            if head == "out" and len(before) > 1:
                head = before[-2]  # "nine out of 10 voters say"
            if (
                words[link] == "in"
                and link + 1 < len(words)
                and (words[link + 1] in self.lex.ratio_numbers or words[link + 1].isdigit())
            ):
                return True  # "About one in five say": a share of those polled
        return (
            # not "curious", "crisis", but "the Saudis state", "Israelis say"
            (
                head.endswith("s")
                and not head.endswith(("ss", "us", "sis"))
                and head not in ("this", "his")
            )
            or head in PLURAL_HEADS
            or (head.endswith("men") and head not in SINGULAR_MEN)  # "Women back him"
            or head.endswith("%")  # "26% say"
            or ((head in self.lex.ratio_numbers or head.isdigit()) and head not in ("one", "1"))
            or (len(words) > 2 and " and " in " ".join(words))
            # "Govs. Jeb Bush and Chris Christie, who say": the names "who" stands for
            or (phrase.relative and "and" in heads[1:-1])
        )

    def _quotes_before(self, clause_start: int, sent: Span, quotes: list[QuoteInfo]) -> list[int]:
        """Full quotes that fill the sentence up to the cue clause ('"A," he said')."""
        found = [
            k
            for k, q in enumerate(quotes)
            if q.raw.end <= clause_start and q.full_position and not q.term_like
        ]
        if not found:
            return []
        start = self._content_start(sent)
        lead_in = self.masked[start : quotes[found[0]].raw.start].rstrip()
        if lead_in.endswith(":") and not self._ends_sentence(quotes[found[-1]]):
            # 'Others were blunter: "A," said an aide': the writer's lead-in
            start = quotes[found[0]].raw.start
        back = self._back_over_space(clause_start, start)
        quoted_end = self._past_translation(back, sent)
        gaps = self.masked[start : quoted_end if quoted_end != back else clause_start]
        for k in found:
            q = quotes[k].raw
            gaps = gaps.replace(self.masked[q.start : q.end], "", 1)
        gaps = gaps.strip(" ,;:—–-")
        if gaps and quotes[found[-1]].raw.end < clause_start:
            # '"...," former State policy planning director Anne Slaughter wrote':
            # words the subject phrase did not take, but no punctuation, still
            # belong to the subject right after the quote's comma.
            between = self.masked[quotes[found[-1]].raw.end : clause_start]
            if between.strip() == gaps and SUBJECT_WORDS.fullmatch(gaps):
                return found
        return found if not gaps else []

    def _dashed_quote(
        self, clause_start: int, pos: int, sent: Span, quotes: list[QuoteInfo]
    ) -> list[int]:
        """ "The senator — “a relic,” one aide said — was not invited": a quotation
        and its cue between two dashes inside the writer's sentence."""
        if not self.masked[pos : sent.end].lstrip().startswith(ASIDE_DASH_MARKS):
            return []
        for k in range(len(quotes) - 1, -1, -1):
            q = quotes[k].raw
            if q.end > clause_start:
                continue
            if not q.closed or self.masked[q.end : clause_start].strip(" ,"):
                return []
            lead = self.masked[sent.start : q.start].rstrip()
            return [k] if lead.endswith(ASIDE_DASH_MARKS) else []
        return []

    def _object_of_verb(self, toks: list[Token], i: int, form: str) -> bool:
        """ "urged caution", "voiced caution", "demanded answers": a cue word in its
        plain form right after a past form of another verb is that verb's object."""
        if i == 0:
            return False
        prev = toks[i - 1]
        verb = self.lex.verbs.get(prev.lower)
        own = self.lex.verbs.get(form)
        return (
            prev.is_word
            and not prev.is_cap
            and verb is not None
            and verb.lemma != prev.lower
            and prev.lower.endswith("ed")
            and own is not None
            and own.lemma == form
        )

    def _from_last_conjunct(self, draft: Draft, toks: list[Token]) -> None:
        """ "The book is out this week, and she is, she admits, nervous": a cue set off
        inside the second of two joined clauses reports that clause only; the first
        fragment starts after ", and" where a finished clause comes before it."""
        span, quote = draft.fragments[0]
        if quote is not None or draft.partials:
            return  # (a partial quote may stand in the first clause: left whole)
        joints = list(CLAUSE_JOINT.finditer(self.masked, span.start, span.end))
        joint = joints[-1] if joints else None
        if joint is None or joint.end() >= span.end:
            return
        before = toks[index_at(toks, span.start) : index_at(toks, joint.start())]
        if not any(self._finite_in_clause(before, n) for n in range(len(before))):
            return  # "Rising costs, and the shortage of staff, he said, are to blame"
        draft.fragments[0] = (Span(joint.end(), span.end), None)

    def _finite_in_clause(self, toks: list[Token], n: int) -> bool:
        """Is toks[n] a finite verb: a word that makes a clause, or a verb in -s after
        a lower-case noun ("The season ends on Sunday")?"""
        tok = toks[n]
        if not tok.is_word or tok.is_cap:
            return False
        if self._finite(tok.lower):
            return True
        prev = toks[n - 1] if n > 0 else None
        return (
            prev is not None
            and tok.lower.endswith("s")
            and not tok.lower.endswith("ss")
            and prev.is_word
            and not prev.is_cap
            and not prev.lower.endswith("ing")
            and prev.lower not in self.lex.determiners
        )

    def _past_translation(self, back: int, sent: Span) -> int:
        """'"Hindi kami aalis," (We will not leave) Manalastas said': where the
        quotation ends, before a parenthesis right after it (a translation, "(laughs)");
        back, where no such parenthesis ends there."""
        if back <= sent.start or self.masked[back - 1] != ")":
            return back
        opening = self.masked.rfind("(", max(sent.start, back - TRANSLATION_REACH), back - 1)
        if opening == -1 or ")" in self.masked[opening : back - 1]:
            return back
        before = self._back_over_space(opening, sent.start)
        if before > sent.start and self.masked[before - 1] in CLOSING_MARKS:
            return before
        return back

    def _boundary_before(self, clause_start: int, sent: Span, quotes: list[QuoteInfo]) -> bool:
        """Is the cue clause preceded by content it closes (", Hilal said")?"""
        back = self._past_translation(self._back_over_space(clause_start, sent.start), sent)
        if back <= sent.start or self.masked[back - 1] not in ",”\"’'»›—–-":
            return False
        closing = next((q for q in quotes if q.raw.closed and q.raw.end == back), None)
        if closing is None or closing.full_position:
            return True
        # A quoted phrase inside the writer's sentence closes no content
        # ('Hamas "continues to refuse" a proposal backed by ...') unless its
        # words end on punctuation ('Clinton is "the most dishonest," Pence said')
        inner = closing.raw.inner_end
        while inner > closing.raw.inner_start and self.text[inner - 1] in "”\"’'»› ":
            inner -= 1
        return self.text[inner - 1] in ",.!?…—–-;:"

    def _gapped_object(
        self, toks: list[Token], phrase: NounPhrase, verb: Verb, end: int, sent_end: int
    ) -> bool:
        """Is the cue's subject inside a relative clause whose "that" or "which" stands
        for the verb's object ("a bill that her own leader wrote, Cole said: ...",
        "The plan that the mayor announced was dropped")?  Then the verb has its
        object already: nothing follows a comma, and a verb of making a work reports
        nothing after it (but "a strike that executives said could hurt earnings":
        a verb of saying reports the rest, as train's gold marks it)."""
        k = index_at(toks, phrase.mention.start) - 1
        if k < 2 or toks[k].lower not in ("that", "which"):
            return False
        noun = toks[k - 1]
        if not noun.is_word or (
            (noun.lower in self.lex.verbs or noun.lower in self.lex.copulas)
            and toks[k - 2].lower not in self.lex.determiners
        ):
            return False  # "said that he wrote", "is that he wrote", but "the report that"
        if noun.lower in NOT_ANTECEDENTS or noun.lower in self.lex.prepositions:
            return False
        rest = self.masked[end:sent_end].lstrip()
        if rest.startswith(","):
            # (but "the bill that Christie said, “I feel ...”": his words follow)
            return not _opens_quote(rest[1:].lstrip())
        words = rest.split(None, 1)
        # "the plan that the mayor announced was dropped", but not "the small matter
        # that Clinton has proposed a tax": the verb's object follows, no gap
        return bool(words) and verb.lemma in WORK_VERBS and self._finite(words[0])

    def _left_out_words(self, clause_start: int, sent: Span) -> bool:
        """'"...," former State policy planning director Anne Slaughter wrote': a few
        words the subject phrase left out, between a closing mark and the subject."""
        back = self._back_over_space(clause_start, sent.start)
        gap = LEFT_OUT_WORDS.search(self.masked, max(sent.start, back - 80), back)
        if gap is None or gap.start() <= sent.start:
            return False
        lex = self.lex
        # not '"...," Trump said in August after Nabisco announced'
        words = gap.group().split()
        return not any(
            # a verb, but not "State", "planning director" or "state Sen."
            (
                word in lex.verbs
                and word == written
                and not word.endswith("ing")
                and not (n == len(words) - 1 and word + "s" in lex.plural_nouns)
            )
            or (
                # "CBS This Morning co-anchor": capitals after the first are a name
                (n == 0 or word == written)
                and (
                    word in lex.prepositions
                    or word in lex.not_names
                    or word in lex.pronouns
                    or word in lex.auxiliaries
                )
            )
            for n, written in enumerate(words)
            for word in (written.lower(),)
        )

    def _finite_cue_at(self, toks: list[Token], pos: int) -> bool:
        """Is the word at pos an inflected cue verb ("found", "says"), the main verb
        of a subject that a participle before it modifies?"""
        k = index_at(toks, pos)
        while k + 1 < len(toks) and toks[k].lower in ("has", "have", "had") and not toks[k].is_cap:
            k += 1  # "A study published last week has found": the perfect's participle
        if k >= len(toks) or toks[k].is_cap:
            return False
        word = toks[k].lower
        verb = self.lex.verbs.get(word)
        # not "announced plans to", "noted published reports": nouns in -s; but after a
        # time adjunct the form is the verb ("A poll released Tuesday shows")
        return (
            verb is not None
            and word != verb.lemma
            # not a gerund, the object of the verb before it ("acknowledged telling
            # his staff", "recalled hearing a bang")
            and not word.endswith("ing")
            and (word not in self.lex.plural_nouns or toks[k - 1].lower in self.lex.time_words)
        )

    def _after_comma(self, toks: list[Token], i: int) -> bool:
        """A comma before toks[i], or inside the quote that closes right before it
        ('a defence of “New York values,” saying ...')."""
        prev = toks[i - 1]
        if prev.text == ",":
            return True
        if (
            i >= 2
            and toks[i - 2].text == ","
            and prev.is_word
            and not prev.is_cap
            and self.lex.participle_adverb(prev.lower)
        ):
            return True  # "..., eventually saying he would lose"
        if i >= 2 and prev.lower in PARTICIPLE_CONJUNCTIONS:
            mark = toks[i - 2]
            if mark.text == "," or (
                mark.text in CLOSING_MARKS and mark.start > 0 and self.text[mark.start - 1] == ","
            ):
                # '"...," she said, before adding that ...', 'would "have a quiet one
                # tonight," before adding that ...'
                return True
        k = i - 1
        if prev.is_cap:
            # "wrote a letter to Attorney General Loretta E. Lynch asking ...": past
            # the person the document went to
            m = k
            while m > 0 and m > k - 6 and (toks[m].is_cap or toks[m].text == "."):
                m -= 1
            if toks[m].lower == "to":
                k = m - 1
        verb = self.lex.verbs.get(toks[i].lower)
        if i + 1 < len(toks):
            # "calling on": the phrasal verb's frame
            verb = self.lex.verbs.get(f"{toks[i].lower} {toks[i + 1].lower}", verb)
        if (
            verb is not None
            # "issued a statement condemning the test", "calling it a violation"
            and verb.frame in ("speech", "object")
            and toks[k].lower in self.lex.document_heads
            and k >= 2
            and toks[k - 1].lower in self.lex.determiners
            and toks[k - 2].is_word
            and not toks[k - 2].is_cap
        ):
            return True  # "issued a statement saying ...", "sent a letter urging ..."
        if verb is not None and verb.frame == "speech" and self._after_channel(toks, i):
            return True  # "posted on social media urging people to ..."
        return prev.text in CLOSING_MARKS and prev.start > 0 and self.text[prev.start - 1] == ","

    def _expected_subject(self, toks: list[Token], passive: int) -> Span | None:
        """The subject of a passive report with no source named ("is expected to", "was
        seen as", "has been accused of"): a relative pronoun ("which is expected to"),
        or the noun phrase before the passive's auxiliaries if it opens its clause."""
        k = passive
        while k > 0 and (
            toks[k].lower in self.lex.passive
            or toks[k].lower in self.lex.auxiliaries
            or self._adverb_word(toks[k])
        ):
            k -= 1
        if toks[k].lower in ("who", "which", "that") and k > 0:
            return Span(toks[k].start, toks[k].end)
        if toks[k].text == ",":
            # "The deal, which is subject to approval, is expected to close": the
            # subject before a relative aside set off by commas
            m = k - 1
            while m > 1 and k - m < RELATIVE_ASIDE_REACH and toks[m].text != ",":
                m -= 1
            if not (toks[m].text == "," and toks[m + 1].lower in ("which", "who")):
                return None
            k = m - 1
        phrase = self.parser.left(toks, k + 1, 0)
        if phrase is None or index_at(toks, phrase.mention.end) != k + 1:
            return None
        opens = index_at(toks, phrase.mention.start)
        first = toks[opens]
        if opens > 0 and not (
            toks[opens - 1].text in (",", ";", ":", "—", "–")
            or toks[opens - 1].lower in CLAUSE_JOINS
            or toks[opens - 1].lower in self.lex.subordinators
            or toks[opens - 1].lower in ("that", "where", "which", "whom", "whose")
            or first.lower in NOMINATIVE  # "the night she is expected to win"
            or (first.is_cap and first.lower in self.lex.determiners)  # "BILLION The sale"
            or (first.is_cap and not toks[opens - 1].is_word)
        ):
            return None  # "Bornstein's missive on Trump was ridiculed": not "Trump"
        return phrase.mention

    def _talking_about(self, toks: list[Token], i: int, after: int) -> bool:
        """A participle of talk ("talking", "speaking") right before its "about", after a
        word of the subject's clause (not a gerund subject: "Talking about money is
        hard"; not a noun's modifier: "the talking points")."""
        verb = self.lex.verbs.get(toks[i].lower)
        return (
            verb is not None
            and verb.frame == "topic"
            and toks[i].lower.endswith("ing")
            and after < len(toks)
            and toks[after].lower == "about"
            and (
                toks[i - 1].lower in TALK_LEADS
                or (toks[i - 1].is_cap and i > 1)  # "was on CNN talking about"
            )
        )

    def _after_channel(self, toks: list[Token], i: int) -> bool:
        """Does a verb of publishing and where it was published ("posted on social
        media", "wrote on Facebook") come right before toks[i]?"""
        for k in range(i - 2, max(0, i - 6), -1):
            if not toks[k].is_word:
                return False
            if toks[k].lower in ("on", "to") and k >= 1:
                said = self.lex.verbs.get(toks[k - 1].lower)
                return (
                    said is not None
                    and said.frame == "speech"
                    and (toks[k - 1].lower in self.lex.issued_verbs or toks[k - 1].lower in WROTE)
                    and all(t.is_word for t in toks[k + 1 : i])
                )
        return False

    def _compared(self, toks: list[Token], k: int, phrase: NounPhrase) -> bool:
        """Is the phrase from toks[k] the second term of a comparison ("a larger effect
        than researchers (had expected)", "more money than analysts"), whose verb's
        content is left out?  A count is no comparison ("more than 50 economists")."""
        end = index_at(toks, phrase.mention.end)
        for m in range(k + 1, end):
            if toks[m].lower != "than":
                continue
            if toks[m - 1].lower in ("other", "rather"):
                continue
            if m + 1 == end:
                return True  # "a larger effect than (expected)"
            after = toks[m + 1]
            if toks[m - 1].lower in ("more", "fewer", "less") and (
                after.text[0].isdigit()
                or after.lower.split("-")[0] in self.lex.ratio_numbers  # "two-thirds"
                or after.lower in COUNTED_AFTER_THAN
            ):
                continue  # "more than 50 economists", "fewer than half"
            return True
        return False

    def _restrictive(self, phrase: NounPhrase) -> bool:
        """A relative "who" right after its noun ("voters who said"), no comma between."""
        if not phrase.relative:
            return False
        k = phrase.mention.start
        while k > 0 and self.masked[k - 1].isspace():
            k -= 1
        return k > 0 and self.masked[k - 1].isalnum()

    def _fronted_which(self, draft: Draft, toks: list[Token]) -> None:
        """ ", which he described as overdue", ", which Beijing has vowed to ignore",
        ", whom he described as volatile": the relative pronoun stands for what the
        source speaks of, and is a fragment of its own before the words after the cue
        (as the gap's "which" in ", which officials said will ...")."""
        phrase, cue = draft.phrase, draft.cue
        if phrase is None or cue is None or not draft.fragments or draft.form is Form.DIRECT:
            return  # not "which he called “a disaster”": a quotation's statement is its words
        if not self._which_subject(toks, phrase):
            return
        which = toks[index_at(toks, phrase.mention.start) - 1]
        if any(span.start < cue.end for span, _ in draft.fragments):
            return  # a fragment before the cue (or the pronoun itself) is already there
        draft.fragments.insert(0, (Span(which.start, which.end), None))

    @staticmethod
    def _which_subject(toks: list[Token], phrase: NounPhrase) -> bool:
        """The subject of a relative clause after a comma (or a dash) and "which"
        (", which officials said will ..."), "who" (", who he claims has been
        unfair") or "whom" (", whom many progressives believed was ...")."""
        k = index_at(toks, phrase.mention.start)
        return (
            k >= 2
            and toks[k - 1].lower in ("which", "who", "whom")
            and toks[k - 2].text in (",", "—", "–")
        )

    def _contact_subject(self, toks: list[Token], phrase: NounPhrase) -> bool:
        """The subject of a relative clause without "that" after "a" and a noun:
        "a move officials say would save money", "a step many analysts believe"."""
        k = index_at(toks, phrase.mention.start)
        return (
            k >= 2
            # "a decision they say allowed ...", "a move she described as ...": a
            # pronoun subject too
            and (
                phrase.kind == "description"
                or phrase.mention.text(self.masked).lower() in CONTACT_PRONOUNS
            )
            and toks[k - 2].lower in CONTACT_DETERMINERS
            and toks[k - 1].is_word
            and not toks[k - 1].is_cap
            and not toks[k - 1].lower.endswith("s")
            and toks[k - 1].lower not in self.lex.verbs
            and toks[k].lower not in self.lex.postmodifier_links
            and toks[k].lower not in self.lex.prepositions
            and toks[k].lower not in ("who", "which", "that")  # "a man who called X"
            # a short subject: "officials", "many analysts", "the agency"
            and phrase.end_index - k <= 4
            and not any(t.lower in self.lex.postmodifier_links for t in toks[k : phrase.end_index])
        )

    def _subject_boundary(self, toks: list[Token], start: int) -> bool:
        """A subject starts a clause: nothing, punctuation or a conjunction before it."""
        k = index_at(toks, start) - 1
        while k >= 0 and (
            toks[k].lower in self.lex.ratio_approximators
            or toks[k].lower in FOCUS_ADVERBS
            or (toks[k].lower == "not" and toks[k + 1].lower in NEGATED_QUANTIFIERS)
        ):
            k -= 1  # "nearly two-thirds of voters said", "and even some engineers say"
        if k < 0:
            return True
        tok = toks[k]
        return (
            not tok.is_word
            or self._fronted_phrase(toks, k + 1)
            or tok.lower in self.lex.clause_openers
            or tok.lower in self.lex.time_words
            # "but this time he praised", "that night she", "two weeks ago they"
            or (
                k > 0
                and (tok.lower in TIME_NOUNS or tok.lower in ("time", "day"))
                and toks[k - 1].lower in ("this", "that", "last", "next", "each", "every", "one")
            )
            or tok.lower == "ago"
            or (k == 0 and tok.is_cap and tok.lower.endswith("ly"))  # "Virtually all analysts"
            # "In 2010 she said": a year after its preposition opens the sentence
            or (
                len(tok.text) == 4
                and tok.text.isdigit()
                and k > 0
                and toks[k - 1].lower in self.lex.prepositions
            )
        )

    def _fronted_phrase(self, toks: list[Token], subject: int) -> bool:
        """ "In the video the passenger says", "For three years the company said": a
        short prepositional phrase opens the sentence without a comma, and the
        subject at toks[subject] starts with a determiner or a capital."""
        lex = self.lex
        if not (
            1 < subject <= FRONTED_PHRASE_WORDS
            and toks[0].is_cap
            and toks[0].lower in lex.prepositions
            and (
                toks[subject].lower in lex.determiners
                or toks[subject].text in POSSESSIVE_DETERMINERS
            )
            and toks[subject].lower != "one"  # "By some standards one could say"
            # not "By the time those primaries concluded": a clause, not a phrase
            and not (toks[subject - 2].lower == "the" and toks[subject - 1].lower in CLAUSE_NOUNS)
        ):
            return False
        return all(
            t.is_word
            and t.lower not in lex.verbs
            and t.lower not in lex.auxiliaries
            and t.lower not in lex.pronouns
            and t.lower not in lex.prepositions
            for t in toks[1:subject]
        )

    def _finite_verb_follows(self, toks: list[Token], pos: int) -> bool:
        """Does a clause follow, not just a noun phrase? A finite verb within reach:
        an auxiliary, a form of "be" or "have", a modal, a past tense, a negation
        ("said the plan failed", "said he would", "said yes")."""
        k = index_at(toks, pos)
        end = min(len(toks), k + FINITE_REACH)
        if k < len(toks) and toks[k].lower in ("yes", "no"):
            return True
        if k + 1 < len(toks) and toks[k].lower in NOMINATIVE and toks[k + 1].is_word:
            return True
        m = k
        while m < end:
            tok = toks[m]
            word = tok.lower
            m += 1
            if tok.text == "," and m > k + 1:
                # "the driver, Ahmed Siddiqui, 52, needed": a name or an age set off
                # by commas inside the clause's subject
                skipped = m
                while True:
                    n = skipped
                    while (
                        n < len(toks)
                        and n - skipped < 4
                        and (toks[n].is_cap or toks[n].text.isdigit())
                    ):
                        n += 1
                    if n == skipped or n >= len(toks) or toks[n].text != ",":
                        break
                    skipped = n + 1
                if skipped > m:
                    m, end = skipped, min(len(toks), skipped + FINITE_REACH)
                    continue
            if tok.text == "," and m > k + 1 and m < end and toks[m].lower in ASIDE_OPENERS:
                # "heard the bottles, some worth more than £1,000 each, were sold": an
                # aside set off by commas inside the clause's subject
                close = next(
                    (
                        n
                        for n in range(m + 1, min(len(toks), m + ASIDE_REACH))
                        if toks[n].text == ","
                    ),
                    None,
                )
                if close is not None:
                    m, end = close + 1, min(len(toks), close + 1 + FINITE_REACH)
                    continue
            if tok.text in (",", ";", ":", ".") and tok is not toks[k]:
                break
            if (
                word in FINITE_WORDS
                or word in self.lex.passive
                or (word.endswith("ed") and len(word) > 3)
                # "Judge rules the fees broke the law": an irregular past after its subject
                or (word in IRREGULAR_PAST and m - 1 > k and not tok.is_cap)
                or word.endswith(
                    ("n't", "n’t", "’ll", "'ll", "’re", "'re", "’d", "'d", "’ve", "'ve")
                )
                or (
                    word.endswith(("’s", "'s"))  # "he's", "it's", but not "Politifact's"
                    and (word[:-2] in self.lex.pronouns or word[:-2] in ("that", "there", "what"))
                )
            ):
                return True
        return False

    def _denied_or_infinitive(self, pos: int) -> bool:
        """Is the word before pos "not", "never", a "n't" form or "to" ("has not
        disclosed", "to discuss")?"""
        before = self.masked[max(0, pos - 12) : pos].split()
        return bool(before) and (
            before[-1].lower() in ("not", "never", "to")
            or before[-1].lower().endswith(("n't", "n’t"))
        )

    def _belief_form(self, form: str) -> bool:
        """Is this cue form a verb of belief ("feared", "thinks")?"""
        verb = self.lex.verbs.get(form)
        return verb is not None and verb.frame == "belief"

    def _reason_clauses(self, sent: Span) -> list[tuple[int, int]]:
        """Where a reason for a source's anonymity goes on in a "because" or "as"
        clause, up to its comma: no cue in there reports anything."""
        found = []
        for reason in self.lex.anonymity_reasons_re.finditer(self.masked, sent.start, sent.end):
            why = REASON_CLAUSE.match(self.masked, reason.end(), sent.end)
            if why is not None:
                found.append((reason.start(), why.end()))
        return found

    def _caption_quote(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        quotes: list[QuoteInfo],
        drafts: list[Draft],
    ) -> Draft | None:
        """ "Marlowe posted a video of himself, with the caption “Not done yet.”": the
        caption's quotation is the words of the sentence's subject."""
        found = CAPTION_LEAD.search(self.masked, sent.start, sent.end)
        if found is None or inside(drafts, found.end()):
            return None
        direct = self._quotes_from(found.end(), sent, quotes)
        if not direct or inside(drafts, quotes[direct[0]].raw.start):
            return None
        owner = self._subject_owner(paragraph, toks, index_at(toks, found.start()))
        if owner is None or owner.phrase is None:
            return None
        cue = Span(found.start("noun"), found.end("noun"))
        return Draft.quoted(owner.phrase, cue, "neutral", paragraph, quotes, direct)

    def _pro_form(self, toks: list[Token], pos: int, frame: str) -> Span | None:
        """ "said so in December", "never thought so.", "would not say so publicly":
        "so" standing for the reported clause (not "so the plan failed")."""
        if frame not in ("speech", "belief"):
            return None
        k = index_at(toks, pos)
        if k >= len(toks) or toks[k].lower != "so":
            return None
        if k + 1 < len(toks) and toks[k + 1].is_word:
            word = toks[k + 1].lower
            if not (
                word in self.lex.prepositions
                or word in self.lex.time_words
                or word in ("too", "publicly", "again", "explicitly", "outright", "aloud")
            ):
                return None
        return Span(toks[k].start, toks[k].end)

    def _clause_follows(self, toks: list[Token], pos: int) -> bool:
        """After a belief verb: "to ..." or a clause with a subject ("he is ...")."""
        k = index_at(toks, pos)
        if k >= len(toks):
            return False
        word = toks[k].lower
        return (
            (word == "to" and self._verb_after_to(toks, k))
            or word in self.lex.pronouns
            or word in ("the", "a", "an", "this", "these", "those")
            # "doubt his arm", "fear their own voters": an owned object
            or word in ("his", "her", "their", "its")
            or self._subject_then_auxiliary(toks, k)
        )

    def _subject_then_auxiliary(self, toks: list[Token], k: int) -> bool:
        """A bare subject of one to three words, then an auxiliary or a modal: the
        clause of "strategists think women are likely", "officials believe Smith is at
        risk"; not "felt squeezed in", "found themselves", "has known Trump since"."""
        if k >= len(toks):
            return False
        owned = toks[k].lower in POSSESSIVE_DETERMINERS
        if toks[k].is_cap and toks[k].lower not in self.lex.pronouns:
            # "think Obama advanced this agenda": a name, then a past tense
            m = k + 1
            while m < len(toks) and m - k < 3 and toks[m].is_cap:
                m += 1
            if (
                m + 3 < len(toks)
                and toks[m].text == ","
                and toks[m + 1].text.isdigit()
                and toks[m + 2].text == ","
            ):
                m += 3  # "heard Glenys Marr, 61, transferred the money": an age
            if (
                m + 1 < len(toks)
                and toks[m].is_word
                and (
                    (toks[m].lower.endswith("ed") and len(toks[m].lower) > 4)
                    or toks[m].lower in IRREGULAR_PAST  # "heard Pryor sold the tools"
                )
                and toks[m + 1].is_word
                # its object or a preposition after it, not a noun it modifies
                # ("worries Republican elected officials")
                and (
                    toks[m + 1].is_cap
                    or toks[m + 1].lower in self.lex.determiners
                    or toks[m + 1].lower in ("this", "these", "those", "that")
                    or toks[m + 1].lower in POSSESSIVE_DETERMINERS
                    or toks[m + 1].lower in OBJECT_PRONOUNS
                    or toks[m + 1].lower in self.lex.prepositions
                )
            ):
                return True
        m = k
        while (
            m < len(toks)
            and m - k < 4
            and (
                toks[m].lower in NAME_LEAD_MODIFIERS
                or toks[m].lower == "new"
                or (toks[m].lower in self.lex.role_nouns and not toks[m].is_cap)
            )
        ):
            m += 1
        if k < m < len(toks) and toks[m].is_cap:
            # "believes former captain Sean Tully is the favourite": a role before a
            # name, then the name and an auxiliary
            while (
                m < len(toks)
                and m - k < 8
                and (toks[m].is_cap or toks[m].lower in self.lex.role_nouns)
                and toks[m].lower not in AUXILIARIES
            ):
                m += 1  # "former Harbourside captain Sean Tully"
            if m < len(toks) and toks[m].lower in AUXILIARIES:
                return True
        link = False  # the subject's own postmodifier: "his tackle on Harley Quinnell was"
        # ("Clinton and other Democrats do": "other" after "and" takes no place)
        other = k + 2 < len(toks) and toks[k + 1].lower == "and" and toks[k + 2].lower == "other"
        for m in range(k, min(k + 7 if owned else k + 4 + other, len(toks))):
            tok = toks[m]
            if m > k and tok.lower in AUXILIARIES:
                return True
            if m > k and (
                tok.lower in ("don't", "don’t")
                or (tok.lower == "do" and m + 1 < len(toks) and toks[m + 1].lower == "not")
            ):
                return True  # "hopes Democrats do not make the same mistake"
            if owned and not link and m >= k + 2 and tok.lower in self.lex.postmodifier_links:
                link = True
                continue
            if m > k + 1 and owned and tok.lower.endswith("ed"):
                return True  # "felt his team deserved more": a past tense after its subject
            if (
                m == k + 2
                and owned
                and tok.is_word
                and not tok.is_cap
                and tok.lower.endswith("s")
                and not tok.lower.endswith(("ss", "'s", "’s"))
                and not toks[m - 1].lower.endswith(("s", "'s", "’s"))
                and m + 1 < len(toks)
                # an object after it: "gives him", "makes the case", "needs a win"
                and (
                    toks[m + 1].lower in OBJECT_PRONOUNS
                    or toks[m + 1].lower in self.lex.determiners
                    or toks[m + 1].lower in POSSESSIVE_DETERMINERS
                )
            ):
                return True  # "thinks his performance gives him": a present tense
            if m == k and owned:
                continue
            if (
                m == k + 1
                and not owned
                and tok.lower == "and"
                and m + 2 < len(toks)
                and toks[k].lower not in self.lex.adverbs  # "wants first and foremost is"
                and toks[m + 1].is_word
                and toks[m + 1].lower not in AUXILIARIES
                and (toks[m + 1].lower not in self.parser.stop_words or other)
            ):
                continue  # "believe bigotry and xenophobia are acceptable": two subjects
            if other and m == k + 2:
                continue
            if (
                not tok.is_word
                or tok.lower in self.parser.stop_words
                # not "felt squeezed", but "believe Beijing has"
                or (tok.lower.endswith(("ing", "ed")) and not tok.is_cap)
                or tok.lower.endswith(("self", "selves"))
            ):
                return False
        return False

    def _inverted_ends_well(self, toks: list[Token], k: int) -> bool:
        if k >= len(toks):
            return True
        tok = toks[k]
        if not tok.is_word:
            # also the next quote: '"A," said Cuban, a host of "Shark Tank." "B."'
            return tok.text in (",", ".", "(", ";", ":", "!", "?", "—", "–", "'", "@") or (
                tok.text in OPENING_QUOTES
            )  # "'": a title in doubled single marks, ''Those Guys Have All the Fun.
        return (
            tok.lower in self.lex.time_words
            or tok.lower in self.parser.stop_words
            or tok.text[0].isdigit()
            or tok.lower in self.lex.participles
            or tok.lower in ("told", "tells", "in", "on", "at", "to", "via")
            # '"...," said the senator again.', but not "said the mines would reopen"
            or (tok.lower in self.lex.auxiliaries and tok.lower not in CLAUSE_VERBS)
            # 'of the “Growth and Opportunity Project,” giving': a comma inside the mark
            or (tok.lower.endswith("ing") and k >= 2 and toks[k - 2].text == ",")
        )

    def _after_plural_recipient(self, toks: list[Token], k: int) -> int | None:
        """Where a clause starts after a plural person told at toks[k] ("aides he",
        "Democrats the vote", "voters this weekend he", "local media they"), or None."""
        first = toks[k]
        if not _plural_recipient(first):
            # "told local media they", "told state regulators the dam": one or two
            # lower-case modifiers before the plural
            head = k
            while (
                head < min(k + 2, len(toks) - 1)
                and toks[head].is_word
                and not toks[head].is_cap
                and toks[head].lower not in self.lex.determiners
                and toks[head].lower not in self.lex.pronouns
                and toks[head].lower not in self.lex.prepositions
                and toks[head].lower != "that"
                and not _plural_recipient(toks[head])
            ):
                head += 1
            if head == k or not _plural_recipient(toks[head]) or toks[head].is_cap:
                return None
            first = toks[head]
            k = head
        after = k + 1
        place = RECIPIENT_PLACE.match(self.masked, first.end)
        placed = place is not None
        where = place.end() if place is not None else first.end
        timed = ADJUNCT.match(self.masked, where)
        if timed is not None and timed.end() > where:
            where = timed.end()
        if where > first.end:
            after = index_at(toks, where)
            while after < len(toks) and toks[after].text == ",":
                after += 1
        if after >= len(toks):
            return None
        nxt = toks[after].lower
        if (
            nxt == "that"
            or nxt in self.lex.pronouns
            or (
                # "told Democrats the vote", "told investigators the car ran a light",
                # "told reporters in Edmonton the province was grateful"
                nxt in self.lex.determiners
                and (first.is_cap or self.lex.source_noun(first.lower) or placed)
            )
        ):
            return after
        return None

    def _past_recipient(self, toks: list[Token], pos: int) -> int:
        """ "told him he could not", "told a news conference they are": where the
        reported clause starts after the person told.  An infinitive keeps them
        ("told Bush to quiet down"), and so does anything but a clause."""
        k = index_at(toks, pos)
        if k >= len(toks) - 1:
            return pos
        place = RECIPIENT_PLACE.match(self.masked, pos)
        if place is not None:
            # "told reporters in Edmonton the province was grateful": where the people
            # told were, then the clause (a determiner, a pronoun, "that")
            m = index_at(toks, place.end())
            if m < len(toks) and (
                toks[m].lower in self.lex.determiners
                or toks[m].lower in SUBJECT_PRONOUNS
                or toks[m].lower == "that"
            ):
                return toks[m].start
        first = toks[k]
        if first.lower in OBJECT_PRONOUNS and not (
            first.lower == "her"
            and toks[k + 1].is_word
            and not toks[k + 1].is_cap
            and toks[k + 1].lower not in self.lex.pronouns
            and toks[k + 1].lower not in self.lex.lone_object_blockers  # "tell her this"
        ):
            end = k + 1  # "told her he", but "told her supporters that"
        elif (after := self._after_plural_recipient(toks, k)) is not None:
            if toks[after].lower in self.lex.determiners:
                return toks[after].start  # "assured Democrats the vote would"
            end = after  # "told aides he sees", "told voters this weekend he would"
        elif first.lower in self.lex.determiners or first.text in POSSESSIVE_DETERMINERS:
            plural = self._plural_object(toks, k)
            if plural is not None:
                return plural  # "told his closest advisers the speech was not about him"
            phrase = self.parser.right(toks, k, len(toks))
            if phrase is None:
                return pos
            end = phrase.end_index
            for m in range(k + 2, min(end + 1, len(toks))):
                if (
                    (
                        toks[m].lower in self.lex.determiners
                        or toks[m].text in POSSESSIVE_DETERMINERS
                    )
                    and toks[m - 1].is_word
                    and toks[m - 1].lower not in self.lex.prepositions
                    and toks[m - 1].lower not in self.lex.determiners
                    and self._subject_then_auxiliary(toks, m)
                ):
                    return toks[m].start  # "told a colleague the repair could wait"
        else:
            return pos
        if end >= len(toks):
            return pos
        nxt = toks[end]
        if (
            first.lower in OBJECT_PRONOUNS
            and end == k + 1
            and (
                not nxt.is_word
                or nxt.lower in self.lex.prepositions
                or nxt.lower in self.lex.time_words
            )
            # no verb and no quotation follows ('told me, “We are a content provider.”')
            and not any(
                (t.is_word and self._finite(t.lower))
                or t.text[0] == "~"
                or t.text in OPENING_QUOTES
                for t in toks[end:]
            )
            and not toks[-1].is_word
        ):
            # '"...," the judge told him at Birmingham Crown Court.', "..., she told
            # them on Monday.": whom, then where and when; no clause follows
            return toks[-1].start
        if nxt.lower in self.lex.pronouns and nxt.lower not in OBJECT_PRONOUNS:
            return nxt.start  # a subject pronoun opens the clause
        if (
            first.lower in OBJECT_PRONOUNS
            and nxt.lower in self.lex.lone_object_blockers
            and (end + 1 == len(toks) or not toks[end + 1].is_word)
        ):
            return nxt.start  # "told me this.": whom, then a word that is no content
        if nxt.lower == "that" or (end == k + 1 and nxt.is_cap):
            return nxt.start
        if first.lower in OBJECT_PRONOUNS and (
            nxt.lower in self.lex.determiners
            or nxt.text in POSSESSIVE_DETERMINERS
            or self._subject_then_auxiliary(toks, end)  # "told us passengers would be"
            # "told him cooking was not a job": a gerund subject right before its verb
            or (
                nxt.lower.endswith("ing")
                and end + 1 < len(toks)
                and toks[end + 1].lower in AUXILIARIES
            )
        ):
            return nxt.start  # "told me her members have written", "told us the vote"
        return pos

    def _plural_object(self, toks: list[Token], k: int) -> int | None:
        """Where a second noun phrase starts after "his closest advisers" (a
        determiner, up to three lower-case words, the last a plural noun)."""
        for m in range(k + 1, min(k + 4, len(toks) - 1)):
            tok = toks[m]
            if (
                not tok.is_word
                or tok.is_cap
                or tok.lower in self.lex.determiners
                or tok.lower in FINITE_WORDS  # "told MPs the deal was the best": a clause
            ):
                return None
            nxt = toks[m + 1]
            if (
                tok.lower.endswith("s")
                and not tok.lower.endswith("ss")
                and (nxt.lower in self.lex.determiners or nxt.lower in SUBJECT_PRONOUNS)
            ):
                return nxt.start
        return None

    def _per_source(self, toks: list[Token], after: int) -> bool:
        """ ", per a company memo", "Per Axios, ...": "per" after a comma or opening
        the sentence, before a determiner, a capitalised name or a bare record."""
        per = after - 1
        if after >= len(toks) or (per > 0 and toks[per - 1].text != ","):
            return False
        if per > 1 and toks[per - 2].lower in self.lex.verbs:
            return False  # "Guccifer said, per a translator, that ...": the cue's aside
        nxt = toks[after]
        # "per estimates from research firm X", "per public records": a record bare;
        # "per sources", "per league sources": unnamed people bare
        if not (
            nxt.lower in self.lex.determiners
            or nxt.is_cap
            or nxt.lower in self.lex.record_heads
            or self._bare_anonymous(toks, after)
        ):
            return False
        # "per the plan", "per the agreement": in keeping with terms, not a source
        k = after
        while k < len(toks) and toks[k].is_word and k - after < 5:
            if toks[k].lower in TERMS:
                return False
            k += 1
        return True

    def _bare_anonymous(self, toks: list[Token], k: int) -> bool:
        """Whether unnamed people with no determiner start at toks[k]: "sources",
        "league sources", "team officials" (a head noun within two lower-case words)."""
        for m in range(k, min(k + 2, len(toks))):
            tok = toks[m]
            if not tok.is_word or tok.is_cap:
                return False
            if tok.lower in self.lex.anonymous_heads and tok.lower.endswith("s"):
                return True
        return False

    def _closing_reason(self, pos: int, end: int) -> Span | None:
        """A reason for anonymity after the cue that runs to the end of the sentence
        ("on condition of anonymity because he was not authorized to speak."), or None:
        a reason followed by more of the clause is left to the content."""
        lead = SPACES_AND_COMMAS.match(self.masked, pos, end)
        start = lead.end() if lead is not None else pos
        if not self.masked.startswith(REASON_OPENERS, start):
            return None  # "who asked not to be named" belongs to the source before it
        matched = self.lex.anonymity_reasons_re.match(self.masked, start, end)
        if matched is None and self.masked.startswith("speaking ", start):
            # "..., the sources said, speaking on condition of anonymity"
            matched = self.lex.anonymity_reasons_re.match(self.masked, start + 9, end)
        if matched is None:
            return None
        stop = end
        while stop > start and (self.masked[stop - 1].isspace() or self.masked[stop - 1] in ".!?"):
            stop -= 1
        more = self.masked[matched.end() : stop]
        if more and not REASON_GOES_ON.match(more):
            return None  # "said on condition of anonymity that ...": the content follows
        if any(mark in more for mark in ("“", '"', ",", ";")):
            return None
        return Span(start, stop)

    def _channel_agent(self, toks: list[Token], pos: int, end: int, cue_start: int) -> int:
        """Past who put the channel out ("said in a statement signed by his Chief Press
        Secretary, Ismaila Isah, on Tuesday": the secretary signed, the governor said),
        and the times and places after them; `pos` when no agent follows."""
        agent = CHANNEL_AGENT.match(self.masked, pos, end)
        if agent is None:
            return pos
        k = index_at(toks, agent.end())
        phrase = self.parser.right(toks, k, len(toks)) if k < len(toks) else None
        if phrase is None:
            return pos
        after = phrase.mention.end
        named = AGENT_NAME.match(self.masked, after, end)
        if named is not None:
            after = named.end()  # "his Chief Press Secretary, Ismaila Isah,"
        after, _ = self._adjuncts(after, end, cue_start)
        place = PLACE_AFTER.match(self.masked, after, end)
        return place.end() if place is not None else after

    def _adjuncts(self, pos: int, end: int, cue_start: int) -> tuple[int, Span | None]:
        """Skip times and channels after a cue; return the channel if one is named."""
        channel: Span | None = None
        masked = self.masked
        for _ in range(6):
            moved = False
            match = ADJUNCT.match(masked, pos, end)
            if match and match.end() > pos:
                pos, moved = match.end(), True
            if self._connective_follows(pos, end):
                # "confirmed, however, that": on to the second comma
                pos, moved = masked.index(",", masked.index(",", pos) + 1), True
            lead = len(masked[pos:end]) - len(masked[pos:end].lstrip(" ,"))
            for run in self.lex.channel_runs:
                start = cue_start if run.at_cue else pos + lead
                found = run.pattern.match(masked, start, end)
                if found is not None and found.end() <= pos and len(run.channels) > 1:
                    # The first alternative that matched ends too early; a later
                    # channel of the run may still reach further.
                    found = _first_past(run, masked, start, end, pos)
                if found is not None and found.end() > pos:
                    channel = channel or _channel_span(masked, found)
                    pos, moved = found.end(), True
                    recipient = CHANNEL_RECIPIENT.match(masked, pos, end)
                    if recipient is not None:
                        pos = recipient.end()  # "in a video message to the convention"
                    released = CHANNEL_RELEASED.match(masked, pos, end)
                    if released is not None:
                        pos = released.end()  # "in a report released Friday"
                        timed = ADJUNCT.match(masked, pos, end)
                        journal = CHANNEL_PLACE.match(masked, timed.end() if timed else pos, end)
                        if journal is not None:
                            pos = journal.end()  # "published Thursday in The Lancet"
                    break
            if not moved:
                break
        return pos, channel

    # ---------------------------------------------------------- content
    # ------------------------------------------------- other cue kinds
    def _according_to_comma(self, toks: list[Token], after: int) -> NounPhrase | None:
        """The source of "according to" that the noun-phrase reader could not read
        ("according to him", "according to early returns", "according to state law",
        "according to early results of the exit poll conducted by ..."): the words up
        to the next comma or the end of the sentence, at most a clause's length."""
        k = after
        while k < len(toks) and k - after < ACCORDING_SOURCE_MAX and toks[k].text != ",":
            if not toks[k].is_word and toks[k].text not in ACCORDING_SOURCE_MARKS:
                break
            k += 1
        if k == after or (k < len(toks) and toks[k].text not in ",.;:?!"):
            return None
        span = Span(toks[after].start, toks[k - 1].end)
        if k - after == 1 and toks[after].lower in OBJECT_PRONOUNS:
            return NounPhrase(span, span, "pronoun", None, None, k)  # "according to him"
        if not any(t.is_word and t.lower not in self.lex.determiners for t in toks[after:k]):
            return None
        return NounPhrase(span, span, "description", None, None, k)

    @staticmethod
    def _source_aside_end(toks: list[Token], k: int) -> int | None:
        """After an opening source, an aside that describes it: a relative clause ("who
        asked not to be identified,") or a participle that says how it came out (",
        filed Wednesday in federal court,"). The index of the first token after its
        comma, or None."""
        if k >= len(toks) or (
            toks[k].lower not in ("who", "whose") and toks[k].lower not in SOURCE_PARTICIPLES
        ):
            return None
        for m in range(k + 1, min(len(toks) - 1, k + ACCORDING_RELATIVE_MAX)):
            if toks[m].text == ",":
                return m + 1 if toks[m + 1].is_word else None
            if not toks[m].is_word and toks[m].text not in ACCORDING_SOURCE_MARKS:
                return None
        return None

    def _according(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        match: Cue,
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        after = index_at(toks, match.end())
        if match.group().lower() == "per" and not self._per_source(toks, after):
            return None
        phrase = self.parser.right(toks, after, len(toks)) or self._according_to_comma(toks, after)
        if phrase is None:
            return None
        phrase = self._cut_head(toks, after, phrase)
        cue = Span(match.start(), match.end())
        content_start = self._content_start(sent)
        if TAIL_BEFORE_ACCORDING.search(self.masked, content_start, match.start()):
            # "X, the minister said on Sunday, according to state media": how the
            # minister's words reached the writer, no statement of the media's
            return None
        draft = Draft(Form.INDIRECT, [], phrase, cue, "according", None, paragraph)
        lead = self.masked[content_start : match.start()].strip(" ,").lower()
        if not lead or lead in ("and", "but", "so", "now", "yet") or lead in self.lex.connectives:
            if (
                phrase.end_index < len(toks)
                and toks[phrase.end_index].is_word
                and all(t.text != "," for t in toks[after : phrase.end_index])
            ):
                # "According to a report last month by the agency, ...": the source runs
                # to the comma that ends the opener
                longer = self._according_to_comma(toks, after)
                if (
                    longer is not None
                    and longer.end_index < len(toks)
                    and toks[longer.end_index].text == ","
                ):
                    # read back from the comma: "conservative talk radio host Rush
                    # Limbaugh" is a name with its role
                    whole = self.parser._ending_at(toks, longer.end_index - 1, after)
                    if whole is None or whole.mention.start != longer.mention.start:
                        whole = longer
                    phrase = replace(whole, end_index=longer.end_index)
                    draft.phrase = phrase
            end_tok = phrase.end_index
            if end_tok < len(toks) and toks[end_tok].text == ",":
                end_tok += 1
            nothing_left = all(not tok.is_word for tok in toks[end_tok:])
            if phrase.role is not None and (
                nothing_left
                or not self._names_a_source(phrase.role)
                or self._name_aside_opens(toks, end_tok)
            ):
                # "According to officials, the tunnel is unsafe": what looked like an
                # appositive is the content; the source ends at the comma.
                end_tok = index_at(toks, phrase.mention.end)
                if end_tok < len(toks) and toks[end_tok].text == ",":
                    end_tok += 1
                phrase = replace(phrase, role=None, end_index=end_tok)
                draft.phrase = phrase
            # "According to a person familiar with the talks who asked not to be
            # identified, X", "According to officials, who spoke on condition of
            # anonymity, X": a relative clause describes the source
            # "According to the complaint, filed in federal court in San Francisco, X":
            # how the source came out describes it too
            end_tok = self._source_aside_end(toks, end_tok) or end_tok
            if end_tok >= len(toks):
                return None
            self._content_after(draft, toks[end_tok].start, sent, quotes)
        else:
            rest = phrase.end_index
            if (
                self.masked[content_start : match.start()].rstrip().endswith(",")
                and rest + 1 < len(toks)
                and toks[rest].text == ","
                and toks[rest + 1].is_word
                and not toks[rest + 1].lower.endswith("ing")  # "..., taking a step"
                # not "..., according to a tally, but his path narrows", "where", "during"
                and toks[rest + 1].lower not in self.lex.subordinators
                and toks[rest + 1].lower not in self.lex.prepositions
                and toks[rest + 1].lower not in ASIDE_ENDERS
                # not "X discovered Y, according to the lawsuit, filed Wednesday in Z":
                # after a whole clause, a participle describes the source
                # nor "X will raise its offer, according to a draft, a figure Y
                # rejected": after a whole clause, an appositive of what it said
                and not (
                    (
                        toks[rest + 1].lower in SOURCE_PARTICIPLES
                        or toks[rest + 1].lower in ("a", "an")
                    )
                    and any(
                        finite_word(w) for w in self.masked[content_start : match.start()].split()
                    )
                )
            ):
                # "Fundraising, according to the campaign, has surged": the subject
                # before the aside and the rest of its clause after it
                subject = self.masked.rindex(",", content_start, match.start())
                inside = [
                    q for q in quotes if content_start <= q.raw.start and q.raw.end <= subject
                ]
                self._add_content(draft, Span(content_start, subject), inside)
                self._content_after(draft, toks[rest + 1].start, sent, quotes)
            else:
                self._content_before(draft, sent, match.start(), quotes)
        return draft if draft.fragments else None

    def owner_phrase(self, toks: list[Token], first: int, last: int) -> NounPhrase | None:
        """The owner in toks[first..last] as a source: "his" (read as "he"), or the
        words without their "'s" ("Professor Knittel's" is Professor Knittel)."""
        owner = toks[last]
        if first == last and owner.lower in POSSESSIVE_PRONOUNS:
            span = Span(owner.start, owner.end)
            return NounPhrase(span, span, "pronoun", None, None, last + 1)
        if not owner.lower.endswith(("'s", "’s")):
            return None
        words = [*toks[first:last], without_possessive(owner)]
        phrase = self.parser._build(words, 0, len(words) - 1)
        return replace(phrase, end_index=last + 1) if phrase is not None else None

    def _owned(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        found: re.Match[str],
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        """ "In Olsen's words, “...”", "in his view, the deal is dead": the owner is
        the source, and what follows the comma the content."""
        first = index_at(toks, found.start("owner"))
        last = index_at(toks, found.end("owner")) - 1
        phrase = self.owner_phrase(toks, first, last)
        if phrase is None:
            return None
        noun = found.group("noun").lower()
        cue = Span(found.start("noun"), found.end("noun"))
        cls = "according" if noun in self.lex.owned_words else "belief"
        draft = Draft(Form.INDIRECT, [], phrase, cue, cls, None, paragraph)
        if not self._take_quotes(draft, found.end(), sent, quotes):  # "In her words, “...”"
            self._content_after(draft, found.end(), sent, quotes)
        return draft if draft.fragments else None

    def _cut_head(self, toks: list[Token], after: int, phrase: NounPhrase) -> NounPhrase:
        """ "according to the FCA's final notice.": a source whose head noun is also a
        verb ("notice", "report") was read only to the adjective before it; one more
        plain word before the clause ends, or before a participle that says how the
        writer came by it, belongs to the source."""
        k = phrase.end_index
        if (
            k < len(toks)
            and toks[k].lower in SOURCE_PARTICIPLES
            and phrase.role is None
            and toks[k - 1].is_word
        ):
            # "according to the report released Monday, ...": the whole head was read,
            # and how it came out runs on to the comma
            longer = self._according_to_comma(toks, after)
            return longer if longer is not None and longer.end_index > k + 1 else phrase
        # "according to a police report obtained by NBC10": the head, then how the
        # writer came by it (the source runs on to the comma, as after a plain head)
        participle = k + 1 < len(toks) and toks[k + 1].lower in SOURCE_PARTICIPLES
        if not (
            k + 1 < len(toks)
            and (toks[k + 1].text in ",.;:?!" or participle)
            and toks[k].is_word
            and not toks[k].is_cap
            and toks[k].lower not in self.lex.subordinators
            and toks[k].lower not in self.lex.prepositions
            and not toks[k].lower.endswith("ing")
            and toks[k - 1].is_word
            and phrase.role is None
        ):
            return phrase
        longer = self._according_to_comma(toks, after)
        if longer is not None and (
            longer.end_index == k + 1 or (participle and longer.end_index > k + 1)
        ):
            return longer
        return phrase

    @staticmethod
    def _name_aside_opens(toks: list[Token], k: int) -> bool:
        """Whether toks[k:] open with a name between commas and then a finite verb
        ("Tobias Wren, approved the loans"): the name is an appositive of the words
        before it, so those words are the clause's subject, not the source's role
        ("According to the complaint, the firm's founder, Tobias Wren, approved X")."""
        m = k
        while m < len(toks) and m - k < 4 and toks[m].is_cap:
            m += 1
        return (
            k < m
            and m + 1 < len(toks)
            and toks[m].text == ","
            and not toks[m + 1].is_cap
            and finite_word(toks[m + 1].text)
        )

    def _names_a_source(self, role: Span) -> bool:
        """ "According to Tom Park, a lawyer for the family, ...": an appositive with
        a source noun; "According to club officials, a crowd of 9,800 came, ..." is
        the content (its "appositive" names nobody). A relative clause describes the
        source ("According to a man who saw it, ...")."""
        words = ROLE_WORD.findall(self.masked, role.start, role.end)
        return bool(words) and (
            words[0].lower() in ("who", "whose")
            or any(self.lex.source_noun(word.lower()) for word in words)
        )

    def _noun_cue_positions(self, sent: Span) -> list[int]:
        found = []
        masked = self.masked
        for marker in ("’s ", "'s "):
            pos = masked.find(marker, sent.start, sent.end)
            while pos != -1:
                word_end = masked.find(" ", pos + 3, sent.end)
                word = masked[pos + 3 : word_end] if word_end != -1 else ""
                if word_end != -1 and word not in self.lex.noun_cues and self._noun_modifier(word):
                    # "the police's earlier claim that ...": one modifier before the noun
                    next_end = masked.find(" ", word_end + 1, sent.end)
                    if next_end != -1:
                        word, word_end = masked[word_end + 1 : next_end], next_end
                if word in self.lex.noun_cues and THAT.match(masked, word_end, sent.end):
                    found.append(pos)
                pos = masked.find(marker, pos + 3, sent.end)
        # "his claim that ...", "their belief that ...": a possessive pronoun owns it
        for owner in OWNER_NOUN.finditer(masked, sent.start, sent.end):
            if owner.group("noun") in self.lex.pronoun_noun_cues and THAT.match(
                masked, owner.end(), sent.end
            ):
                found.append(owner.start())
        return found

    def _noun_modifier(self, word: str) -> bool:
        """A plain lower-case modifier ("earlier", "false", "persistent"), not a
        verb's form, a preposition or a determiner."""
        lex = self.lex
        return (
            len(word) > 2
            and word.isalpha()
            and word.islower()
            and word not in lex.verbs
            and word not in lex.prepositions
            and word not in lex.determiners
        )

    def _noun_cue(
        self, sent: Span, paragraph: int, toks: list[Token], pos: int, quotes: list[QuoteInfo]
    ) -> Draft | None:
        i = index_at(toks, pos)
        if 0 < i < len(toks) and toks[i - 1].start < pos < toks[i - 1].end:
            i -= 1  # "Trump's claim": the tokenizer keeps the "'s" on its word
        if i >= len(toks) or i + 1 >= len(toks):
            return None
        if toks[i].lower in POSSESSIVE_PRONOUNS:
            # "her claim that Sanders had voted against it": the pronoun is the source,
            # read as "she", or the subject it stands for ("Woods shared her belief")
            phrase = self._owning_subject(paragraph, toks, i) or self.owner_phrase(toks, i, i)
        elif toks[i].lower.endswith(("'s", "’s")):
            # "Critics seized on Trump's claim that ...": the owner's words without "'s"
            phrase = self._possessor(toks, i)
            if phrase is not None and phrase.kind == "pronoun":
                return None
        else:
            return None
        if phrase is None:
            return None
        noun = toks[i + 1]
        if noun.lower not in self.lex.noun_cues and i + 2 < len(toks):
            noun = toks[i + 2]  # past its modifier: "the police's earlier claim"
        cue = Span(noun.start, noun.end)
        draft = Draft(Form.INDIRECT, [], phrase, cue, "noun", None, paragraph)
        that = THAT.match(self.masked, noun.end, sent.end)
        if that is None:
            return None
        self._content_after(draft, that.end() - len(that.group().strip()), sent, quotes)
        if len(draft.fragments) == 1 and self._opens_sentence(toks, phrase.mention.start, sent):
            span, quoted = draft.fragments[0]
            end = self._subject_clause_end(span)
            if end is not None and quoted is None:
                # "Her claim that the budget was balanced was false": the claim was
                # the subject, and its clause ends before the sentence's own verb
                draft.fragments[0] = (Span(span.start, end), None)
        return draft if draft.fragments else None

    def _opens_sentence(self, toks: list[Token], start: int, sent: Span) -> bool:
        """Whether the phrase at `start` opens its sentence (after at most a
        conjunction: "But the mayor's claim that ...")."""
        first = index_at(toks, sent.start)
        k = index_at(toks, start)
        return k == first or (k == first + 1 and toks[first].lower in ("but", "and", "yet"))

    def _subject_clause_end(self, span: Span) -> int | None:
        """Where a that-clause that is part of the sentence's subject ends: before the
        finite verb after its own verb ("that he still has a way to win | would
        depend on ..."), or None when a conjunction, a relative or a comma comes first
        (the second verb may be the clause's own)."""
        verb_end = None  # the end of the clause's own verb and its chain
        previous = ""
        for word in OBJECT_WORD.finditer(self.masked, span.start, span.end):
            text = word.group()
            if word.start() == span.start:
                continue  # the clause's own "that"
            if text in CLAUSE_LINKS or text in self.lex.subordinators:
                return None
            between = self.masked[verb_end or span.start : word.start()]
            if any(mark in between for mark in (",", ";", " - ", "—", "–", ":")):
                return None
            finite = text in FINITE_AUXILIARIES or text in IRREGULAR_PAST
            if verb_end is None:
                if finite or finite_word(text):
                    verb_end = word.end()
            elif self.masked[verb_end : word.start()].isspace() and (
                text in VERB_CHAIN
                or text.endswith(("ed", "en", "ing", "ly"))
                or (finite and (previous in FINITE_AUXILIARIES or previous in VERB_CHAIN))
            ):
                verb_end = word.end()  # "was balanced", "would not support", "has been"
            elif finite:
                return self.masked.rindex(" ", span.start, word.start())
            previous = text
        return None

    def _object_noun(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        found: re.Match[str],
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        """ "his attacks on Clinton", "Trump's criticism of the judge": a stance of the
        owner, whose content is the object after the preposition.  A possessive
        pronoun stands for the subject before it when the subject's own clause owns
        the noun ("Trump ratcheted up his attacks on Rubio": Trump)."""
        mods = found.group("mods").lower().split()
        if any(word in self.lex.forceful_modifiers for word in mods):
            return None  # "his murderous attack on club goers": an act
        if any(
            word.endswith("ed") or word in IRREGULAR_PAST or word in FINITE_WORDS
            for word in mods[1:]
        ):
            return None  # "a president's portfolio raised questions about": a clause
        # the owner is one token: "his", "Trump's" (the tokenizer keeps the "'s")
        first = index_at(toks, found.start("owner"))
        if first >= len(toks) or toks[first].start != found.start("owner"):
            return None
        after = index_at(toks, found.end())
        if after < len(toks) and self._time_word(toks[after]):
            return None  # "their comments on Monday": when, not what about
        if toks[first].lower in POSSESSIVE_PRONOUNS:
            phrase = self._owning_subject(paragraph, toks, first) or self.owner_phrase(
                toks, first, first
            )
        else:
            phrase = self._possessor(toks, first)
        if phrase is None:
            return None
        cue = Span(found.start("noun"), found.end("noun"))
        draft = Draft(Form.INDIRECT, [], phrase, cue, "noun", None, paragraph)
        self._content_after(draft, found.end(), sent, quotes, one_word=True)
        if len(draft.fragments) == 1 and draft.fragments[0][1] is None:
            span = draft.fragments[0][0]
            verb = OBJECT_NOUN_VERB.search(self.masked, span.start, span.end)
            if verb is not None and verb.start() > span.start:
                # "Trump's attacks on Curiel are highly unusual": the noun phrase was
                # the subject; its object ends before the verb
                span = Span(span.start, verb.start())
            owned = toks[first].start if toks[first].lower in POSSESSIVE_PRONOUNS else None
            if self._subject_boundary(toks, owned or phrase.mention.start):
                # "The mayor's attacks on the auditor angered the council": the
                # subject's object ends before a past tense too
                for word in OBJECT_WORD.finditer(self.masked, span.start, span.end):
                    if word.start() > span.start and (
                        finite_word(word.group()) or word.group() in IRREGULAR_PAST
                    ):
                        span = Span(span.start, word.start() - 1)
                        break
            stop = OBJECT_NOUN_STOP.search(self.masked, span.start, span.end)
            if stop is not None and stop.start() > span.start:
                # "his attacks on Rubio, saying ...", "attacks on the nomination process,
                # Mr. Manafort said": a noun's object ends at its comma (but "Trump, the
                # presumptive nominee": an appositive)
                span = Span(span.start, stop.start())
            draft.fragments[0] = (span, None)
        return draft if draft.fragments else None

    def _time_word(self, tok: Token) -> bool:
        """A day, a month or a deictic day ("Monday", "June", "today"), not "this" or
        "last", which also open a topic ("comments on this issue")."""
        word = tok.lower
        return word in self.lex.time_words and (
            (tok.is_cap and word not in ("this", "last", "next", "earlier", "later"))
            or word in ("today", "yesterday", "tonight", "tomorrow")
        )

    def _possessor(self, toks: list[Token], i: int) -> NounPhrase | None:
        """The owner ending in toks[i] ("The mayor's", "Mr. Trump's") without its "'s",
        read back no further than a preposition: "including Mr. Trump's assertion",
        "throwing her weight behind President Obama's advice"."""
        floor = i
        while (
            floor > 0
            and toks[floor - 1].is_word
            and toks[floor - 1].lower not in self.lex.prepositions
            and toks[floor - 1].lower not in ("including", "to")
            and toks[floor - 1].lower not in PARTICLES  # "has held up Mr. Trump's proposal"
            # "updated to include Zucker's comments": an infinitive's verb
            and not (floor > 1 and toks[floor - 2].lower == "to" and not toks[floor - 1].is_cap)
            and not self._past_after_subject(toks, floor - 1)
        ):
            floor -= 1
        return self.parser._ending_at([*toks[:i], without_possessive(toks[i])], i, floor)

    def _past_after_subject(self, toks: list[Token], k: int) -> bool:
        """toks[k] is a past tense after a noun or a pronoun, the verb of a clause and
        no modifier of a noun: "Other Republicans joined Pence's call", "two unions
        joined" (but "the embattled governor's claim", "a newly elected mayor's")."""
        tok = toks[k]
        if tok.is_cap or k == 0 or not (tok.lower.endswith("ed") or tok.lower in IRREGULAR_PAST):
            return False
        before = toks[k - 1]
        return (
            before.is_word
            and before.lower not in self.lex.determiners
            and before.lower not in POSSESSIVE_DETERMINERS
            and before.lower not in self.lex.prepositions
            and not before.lower.endswith("ly")
        )

    def _owning_subject(self, paragraph: int, toks: list[Token], owner: int) -> NounPhrase | None:
        """The subject of the clause whose verb comes just before a possessive pronoun
        ("Trump ratcheted up his attacks", "she escalated her attacks"), or None."""
        k = owner - 1
        if k > 0 and toks[k].lower == "on" and toks[k - 1].lower in PARTICLES:
            k -= 1  # "doubling down on his attacks", "kept up on"
        while k >= 0 and toks[k].is_word and toks[k].lower in PARTICLES:
            k -= 1  # "ratcheted up", "toned down"
        if (
            k >= 2
            and toks[k].lower == "in"
            and toks[k - 1].is_word
            and not toks[k - 1].is_cap
            and toks[k - 2].lower in BY_AGENT_BE
        ):
            k -= 2  # "were unanimous in their condemnation": the form of "be" is the verb
        if (
            k < 1
            or not toks[k].is_word
            or toks[k].is_cap
            or toks[k].lower in self.lex.prepositions  # "struck a chord with his attacks"
            or toks[k].lower == "to"  # "Contrary to his claim"
            or toks[k].lower in self.lex.determiners
        ):
            return None
        owner_draft = self._subject_owner(paragraph, toks, k)
        phrase = owner_draft.phrase if owner_draft is not None else None
        if phrase is None or phrase.end_index > k:
            return None
        between = phrase.end_index
        if between < k and toks[between].lower in ("himself", "herself", "themselves"):
            between += 1  # "Sanders himself, who ..."
        while between + 2 < k and toks[between].text == ",":
            # "Sen. Kirk, who faces a tough race, rescinded his endorsement", "Hammond,
            # the committeeman, hesitated": past the relative clause or the appositive
            # that describes the subject
            close = next((m for m in range(between + 1, k) if toks[m].text == ","), None)
            if close is None or not (
                toks[between + 1].lower in ("who", "which")
                or not any(finite_word(t.lower) for t in toks[between + 1 : close])
            ):
                break
            between = close + 1
        if any(t.text in (",", ";", ":", "—", "–") for t in toks[between:k]):
            return None  # a clause of its own between them
        return phrase

    def _regarded(self, draft: Draft, start: int, sent: Span, quotes: list[QuoteInfo]) -> None:
        """The content of a verb of regard from `start` to its clause's comma or a
        spaced dash ("view her as more prepared - 60 percent said ...")."""
        dash = REGARD_DASH.search(self.masked, start, sent.end)
        clause = Span(sent.start, dash.start()) if dash else sent
        self._content_after(draft, start, clause, quotes, subordinate=True, one_word=True)

    def _opening_participle(self, toks: list[Token], i: int, after: int, form: str) -> int | None:
        """The index of the comma that closes a participle phrase opening the sentence
        ("Noting that the vote was close, Smith said", "In describing Trump, Cuban
        said", "Responding to the remarks, Clinton wrote"), or None."""
        if not (
            (i == 0 or (i == 1 and toks[0].lower in OPENING_PARTICIPLE_LINKS))
            and toks[i].lower.endswith("ing")
            and after < len(toks)
            and toks[after].is_word
        ):
            return None
        verb = self.lex.verbs.get(form)
        if (
            verb is None
            or verb.frame == "regard"
            or verb.cls in (REFUSAL, QUESTION, "nonspeech")
            or form.split(maxsplit=1)[0] in self.lex.source_participles
            # "After hearing the rumours, the mayor laughed": hearing needs a clause
            or (verb.lemma in self.lex.clause_only and toks[after].lower != "that")
            # "Raising taxes, the mayor ...": a verb of attitude needs its noun
            or (
                verb.frame == "stance"
                and not any(
                    toks[m].lower in self.lex.stance_nouns
                    for m in range(after, min(after + 4, len(toks)))
                )
            )
        ):
            return None
        for k in range(after + 1, len(toks) - 2):
            text = toks[k].text
            if text == ",":
                return k if toks[k + 1].is_word else None
            if text in (".", ";", ":", "!", "?") or text in OPENING_QUOTES:
                return None
        return None

    def _fronted_object_as(self, toks: list[Token], phrase: NounPhrase, pos: int) -> bool:
        """Whether the subject follows "whom", "which", "what" or a noun (its verb's
        object, fronted) and the verb is followed by "as" ("whom he described as", "which she
        sees as", "what Zimmerman described as")."""
        k = index_at(toks, phrase.mention.start)
        m = index_at(toks, pos)
        return (
            k > 0
            # "a move she described as": a relative clause without "that"
            and (
                toks[k - 1].lower in ("whom", "which", "what")
                or self._contact_subject(toks, phrase)
                # "an explosion that the mayor described as": "that" after a noun
                or (
                    toks[k - 1].lower == "that"
                    and k > 1
                    and toks[k - 2].is_word
                    and toks[k - 2].lower not in self.lex.verbs
                    and toks[k - 2].lower not in self.parser.stop_words
                )
            )
            and m + 1 < len(toks)
            and toks[m].lower == "as"
            and toks[m + 1].lower not in AS_NOT_REGARD
            and toks[m + 1].lower not in SUBJECT_PRONOUNS
        )

    def _as_follows(self, toks: list[Token], k: int) -> bool:
        """An object of a few words, then "as" and no clause ("see Sanders as
        electable"; not "saw sales fall as he spoke", "as well")."""
        for m in range(k + 1, min(k + REGARD_REACH, len(toks) - 1)):
            tok = toks[m]
            if not tok.is_word:
                return False
            if tok.lower == "as":
                after = toks[m + 1].lower
                if m + 2 < len(toks) and toks[m + 2].lower == "as":
                    return False  # "seen rents rise as fast as": a comparison
                return after not in AS_NOT_REGARD and after not in SUBJECT_PRONOUNS
        return False

    def _unnamed_passive(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        after: int,
        match: Cue,
        verb: Verb,
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        """A passive read for what it reports, not as a cue of its subject: a charge
        ("has been accused of ..."), a regard ("is widely seen as ...", "was seen by
        some as ...")."""
        lex = self.lex
        cue = Span(match.start(), match.end())
        passive = index_at(toks, match.start()) - 1
        if (
            verb.lemma in lex.charged
            and toks[after].lower in lex.charged_prepositions
            and toks[after + 1].is_word
        ):
            # "The minister has been accused of betraying buyers": a charge whose
            # source goes unnamed; its content what follows the preposition
            draft, base = self._passive_report(None, cue, verb.cls, paragraph, toks, passive)
            self._content_after(draft, toks[after + 1].start, sent, quotes, subordinate=True)
            return draft if len(draft.fragments) > base else None
        if verb.frame == "regard" and toks[after].lower == "by":
            # "was seen by some as a demotion": the agent holds the view
            holder = self.parser.right(toks, after + 1, len(toks))
            if holder is None and toks[after + 1].lower in UNNAMED_HOLDERS:
                some = Span(toks[after + 1].start, toks[after + 1].end)  # "by some"
                holder = NounPhrase(some, some, "description", None, None, after + 2)
            k = holder.end_index if holder is not None else len(toks)
            if holder is not None and k + 1 < len(toks) and toks[k].lower == "as":
                draft, base = self._passive_report(holder, cue, verb.cls, paragraph, toks, passive)
                self._regarded(draft, toks[k + 1].start, sent, quotes)
                return draft if len(draft.fragments) > base else None
        if verb.frame == "regard" and toks[after].lower == "as":
            # "Kyle has been seen as a conservative icon", "is widely viewed as
            # payback": a regard whose holders go unnamed; its content the "as"
            draft, base = self._passive_report(None, cue, verb.cls, paragraph, toks, passive)
            self._regarded(draft, toks[after + 1].start, sent, quotes)
            return draft if len(draft.fragments) > base else None
        if (
            verb.lemma in CONSIDERED
            and toks[after].is_word
            and toks[after].lower not in ("as", "by")
        ):
            # "Pigs are considered unclean by many", "She is widely considered a
            # front-runner": the subject and what it is held to be; a holder after "by"
            return self._considered(sent, paragraph, toks, after, cue, verb, quotes, passive)
        return None

    def _considered(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        after: int,
        cue: Span,
        verb: Verb,
        quotes: list[QuoteInfo],
        passive: int,
    ) -> Draft | None:
        """ "She is widely considered a front-runner", "Pigs are considered unclean by
        many": the subject and what it is held to be, the holder after "by" if named."""
        about = self._expected_subject(toks, passive)
        if about is None:
            return None  # "It is considered rude to ...": no subject to hold a view of
        # "is considered to be the favourite": past "to" and its verb
        k = after + 2 if toks[after].lower == "to" and after + 1 < len(toks) else after
        if (
            k >= len(toks)
            or not toks[k].is_word
            or toks[k].lower in self.lex.prepositions  # "was considered at a meeting"
            or about.text(self.masked).lower() in ("it", "this", "that", "there")
        ):
            return None  # "It is considered rude to ...": no one held to be anything
        draft = Draft(Form.INDIRECT, [], None, cue, verb.cls, None, paragraph)
        self._add_content(draft, about, [])
        by = next((m for m in range(k + 1, min(len(toks), k + 12)) if toks[m].lower == "by"), None)
        holder = self.parser.right(toks, by + 1, len(toks)) if by is not None else None
        if holder is not None and by is not None:
            draft.phrase = holder  # "considered unclean by Muslims": they hold the view
            self._add_content(draft, Span(toks[k].start, toks[by - 1].end), [])
            return draft
        # "were deemed classified": what it is held to be may be one word
        self._content_after(draft, toks[k].start, sent, quotes, subordinate=True, one_word=True)
        return draft if len(draft.fragments) > 1 else None

    def _passive_report(
        self,
        holder: NounPhrase | None,
        cue: Span,
        cls: str,
        paragraph: int,
        toks: list[Token],
        passive: int,
    ) -> tuple[Draft, int]:
        """A passive report's draft ("The vote is expected to pass", "The minister has
        been accused of X"), whom it is about as its content's first fragment, as
        annotated corpora draw it; and how many fragments that subject took (0 or 1)."""
        draft = Draft(Form.INDIRECT, [], holder, cue, cls, None, paragraph)
        about = self._expected_subject(toks, passive)
        if about is not None:
            self._add_content(draft, about, [])
        return draft, len(draft.fragments)

    def _question(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        i: int,
        j: int,
        after: int,
        match: Cue,
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        """ "Asked about the deal, Ruiz said ...", "When asked whether she would
        run, ...", "Ruiz was asked to resign": a question put by an asker the
        article leaves unnamed. Its content is the question; it has no speaker."""
        lex = self.lex
        first = index_at(toks, self._content_start(sent))
        passive = j >= 0 and toks[j].lower in lex.passive
        after_comma = (
            i > 0
            and toks[i - 1].text == ","
            # "Smith, asked whether he would run, said no": the main clause goes on
            # after the question; not "Labour's spokesperson, Ayesha Verrall, asked
            # whether X.", where "asked" is the main verb after an appositive name
            # (but '"...," McCain said, asked about X.': after a clause of its own)
            and (any(tok.text == "," for tok in toks[after:]) or i < 2 or not toks[i - 2].is_cap)
        )
        reduced = after_comma or i == first or (i > 0 and toks[i - 1].lower in lex.subordinators)
        if not (passive or reduced):
            return None
        k = after
        while k < len(toks) and k - after < 2 and toks[k].lower in lex.question_skip:
            k += 1
        asker = None
        if k < len(toks) and toks[k].lower == "by":
            # "Asked by a reporter whether ...", "was asked by host John Dickerson
            # whether ...": the agent asks (train's gold names it 10 times of 10)
            question = next(
                (
                    m
                    for m in range(k + 2, min(len(toks), k + ASKED_BY_REACH))
                    if toks[m].lower in lex.question_words or toks[m].lower == "about"
                ),
                None,
            )
            if question is None or (
                toks[question - 1].text == "," and toks[question].lower in RELATIVE_WORDS
            ):
                return None  # "asked by host Bill Maher, who is supporting X, “...”"
            asker = self.parser.right(toks, k + 1, question)
            if asker is None or asker.kind == "pronoun":
                return None
            if any(
                not (tok.is_word or tok.text == ",") or tok.lower in lex.verbs
                for tok in toks[asker.end_index : question]
            ):
                return None  # "asked by Ingraham on Thursday about X": when, where
            k = question
        if k >= len(toks) or not toks[k].is_word or toks[k].lower in ("by", "for"):
            return None  # "asked for comment", "asked, “...?”": read elsewhere
        if after_comma and not passive and (k == after and toks[k].lower not in lex.question_words):
            return None  # "Vargas, an activist, asked Clinton whether ...": she asks
        if toks[k].lower == "to" and not self._verb_after_to(toks, k):
            return None
        cue = Span(match.start(), match.end())
        draft = Draft(Form.INDIRECT, [], asker, cue, QUESTION, None, paragraph)
        # a question ends at its clause's comma: "was asked about the case during
        # an interview, in which he said ..."
        self._content_after(draft, toks[k].start, sent, quotes, subordinate=True)
        return draft if draft.fragments else None

    def _by_agent(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        i: int,
        after: int,
        match: Cue,
        verb: Verb,
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        """ "The meeting was first reported by Politico", "His remarks were derided
        by the opposition leader": a passive whose agent is the source and whose
        subject, a noun phrase that opens its clause, is the content."""
        lex = self.lex
        if (verb.frame != "object" and verb.lemma not in lex.by_agent) or (
            verb.lemma in lex.by_agent_not
        ):
            return None
        k = i - 1
        while (
            k > 0
            and i - k <= 2
            and (
                toks[k].lower in lex.by_agent_adverbs
                or (toks[k].lower.endswith("ly") and toks[k].is_word and not toks[k].is_cap)
            )
        ):
            k -= 1  # "was first reported", "were sharply criticized"
        if k < 1 or toks[k].lower not in BY_AGENT_BE:
            return None
        while k > 0 and (toks[k - 1].lower in lex.auxiliaries or toks[k - 1].lower in BY_AGENT_BE):
            k -= 1  # "has been", "would be", "were being"
        if (
            k >= 4
            and toks[k - 1].text == ","
            and toks[k - 3].text == ","
            and toks[k - 2].lower in lex.connectives
        ):
            k -= 3  # "Trump, meanwhile, is supported by": the connective's aside
        first = k
        while first > 0 and k - first <= BY_AGENT_SENTENCE_SUBJECT:
            word = toks[first - 1]
            if word.text in ("’", "'") and first > 1 and toks[first - 2].lower.endswith("s"):
                first -= 1  # "Sanders’ stridency"
                continue
            if (
                not word.is_word
                or word.lower in BY_AGENT_BOUNDARY
                or word.lower in lex.subordinators
            ):
                break
            first -= 1
        if first == k or k - first > (
            BY_AGENT_SENTENCE_SUBJECT if first == 0 else BY_AGENT_SUBJECT
        ):
            # no subject, or a longer one than we read (a sentence's opening noun
            # phrase may run longer: "A plan for nine turbines on moorland above the
            # village of Hollins Cross has been rejected by councillors")
            return None
        head = toks[first].lower
        if (
            (k - first == 1 and head in lex.pronouns)
            or head in RELATIVE_WORDS
            or head in lex.prepositions
        ):
            return None  # "which was reported by": the content is elsewhere
        opens = after + 1
        if (
            opens + 1 < len(toks)
            and toks[opens].lower in ("far", "many", "slightly")
            and toks[opens + 1].lower in ("fewer", "more")
        ):
            opens += 1  # "by far fewer publications": the degree before the count
        agent = self.parser.right(toks, opens, len(toks)) or self._counted_agent(toks, opens)
        if agent is None:
            return None
        span = Span(toks[first].start, toks[k - 1].end)
        inside = [q for q in quotes if span.start <= q.raw.start and q.raw.end <= span.end]
        draft = Draft(
            Form.INDIRECT, [], agent, Span(match.start(), match.end()), verb.cls, None, paragraph
        )
        self._add_content(draft, span, inside)
        return draft if draft.fragments else None

    def _counted_agent(self, toks: list[Token], opens: int) -> NounPhrase | None:
        """An agent that opens with a count ("by 42 percent of those responding"):
        its words up to a comma or a preposition other than "of"."""
        if opens >= len(toks) or not toks[opens].text[:1].isdigit():
            return None
        end = opens + 1
        while (
            end < len(toks)
            and end - opens < COUNTED_AGENT_TOKENS
            and (toks[end].is_word or toks[end].text == "%")
            and (toks[end].lower == "of" or toks[end].lower not in self.lex.prepositions)
        ):
            end += 1
        phrase = self.parser.left(toks, end, opens) if end < len(toks) else None
        if phrase is None or phrase.mention.start != toks[opens].start:
            return None
        return phrase

    def _aside_owner(self, drafts: list[Draft], pos: int) -> Draft | None:
        """The statement whose subject a participle at pos follows, set off by a
        comma before that statement's cue ("The ombudsman, citing X, said Y")."""
        for draft in drafts:
            cue, phrase = draft.cue, draft.phrase
            if (
                cue is not None
                and phrase is not None
                and phrase.mention.end <= pos < cue.start
                and self._comma_and_adverb(self.masked[phrase.mention.end : pos])
            ):
                return draft
        return None

    def _comma_and_adverb(self, between: str) -> bool:
        """ "," or ", later": what may stand between a subject and the participle
        of its aside."""
        words = between.split()
        if not words or words[0] != ",":
            return False
        return len(words) == 1 or (
            len(words) == 2 and words[1].islower() and self.lex.participle_adverb(words[1])
        )

    def _aside_end(
        self, drafts: list[Draft], owner: Draft, toks: list[Token], i: int, end: int
    ) -> int:
        """Where the content of a participle at toks[i] ends: at the comma that
        closes the aside it opens between a subject and that subject's verb
        ("Salceda, citing data from the State Department, said ...", "Norvale,
        citing weak orders, also lowered its forecast") or between a verb and its
        content ("reported, citing officials, that ..."), else at end."""
        pos = toks[i].start
        for draft in drafts:
            cue, phrase = draft.cue, draft.phrase
            if (
                cue is not None
                and draft.fragments
                and draft.fragments[0][1] is None
                and cue.end <= pos
            ):
                # "reported, citing two officials, that ...": the aside ends at the
                # comma before its owner's content
                opens = draft.fragments[0][0].start
                comma = self.masked.rfind(",", pos, opens)
                if comma > pos:
                    end = min(end, comma)
            if cue is None or phrase is None or not phrase.mention.end <= pos < cue.start:
                continue
            comma = self.masked.rfind(",", pos, cue.start)
            if comma > pos:
                end = min(end, comma)
        subject = owner.phrase
        if subject is None or not (
            subject.mention.end <= pos
            and self._comma_and_adverb(self.masked[subject.mention.end : pos])
        ):
            return end
        for m in range(i + 1, len(toks) - 1):
            if toks[m].start >= end:
                break
            if toks[m].text != ",":
                continue
            n = m + 1
            if n + 1 < len(toks) and self.lex.participle_adverb(toks[n].lower):
                n += 1  # ", also lowered"
            if toks[n].is_word and not toks[n].is_cap and self._finite(toks[n].lower):
                return toks[m].start
        return end

    def _participle(
        self,
        sent: Span,
        paragraph: int,
        toks: list[Token],
        i: int,
        after: int,
        end: int,
        owner: Draft,
        quotes: list[QuoteInfo],
    ) -> Draft | None:
        reason = self.lex.anonymity_reasons_re.match(self.masked, toks[i].start)
        if reason is not None:
            # '..., one teacher said, asking not to be named': why the source is
            # unnamed, not what they said.
            if owner.phrase is not None and owner.phrase.reason is None:
                owner.phrase = replace(owner.phrase, reason=Span(reason.start(), reason.end()))
            return None
        verb = self.lex.verbs.get(toks[i].lower)
        if verb is not None and verb.frame == "estimate" and not self._amount_follows(toks, after):
            return None  # "By putting the onus on Trump": no amount, no estimate
        phrasal = self.lex.verbs.get(self.masked[toks[i].start : end].lower())
        if phrasal is not None and self._infinitive_missing(toks, after, phrasal.lemma):
            return None  # "by appealing to younger voters": attracting them
        if verb is not None and self._object_act(toks, end, verb.lemma):
            return None  # "..., she says, ordering the soup": a deed, not a directive
        cue = Span(toks[i].start, end)
        draft = Draft(
            Form.INDIRECT,
            [],
            owner.phrase,
            cue,
            verb.cls if verb else "neutral",
            None,
            paragraph,
            source=owner,
        )
        pos, channel = self._adjuncts(end, sent.end, cue.start)
        draft.channel = channel
        if verb is not None and verb.frame == "topic":
            # '"...," Rubio said, talking about his views on ...': the topic only
            about = ABOUT_OF.match(self.masked, pos, sent.end)
            if about is None:
                return None  # "..., speaking at a rally in Iowa": where, not what
            self._content_after(draft, about.end(), sent, quotes, subordinate=True, one_word=True)
            return draft if draft.fragments else None
        rest = self.masked[pos : sent.end].lstrip(" ,:")
        if verb is not None and verb.lemma == "write" and WRITING_FOR.match(rest):
            return None  # "Patrick Howley, writing on Breitbart, shared X": the outlet
        lead: int | None = pos
        if not _opens_quote(rest):
            lead = self._delayed_lead_in(toks, pos)  # "telling the crowd, “..."
        if self._take_quotes(draft, lead, sent, quotes):
            return draft
        that = THAT.match(self.masked, pos, sent.end)
        if that is None and verb is not None and verb.cls == REFUSAL:
            # "..., declining to say whether he would run": the question, as the
            # verb "declined to say whether" reads
            that = self._that_nearby(toks, pos, sent, refusal=True)
        if that is None and verb is not None and verb.lemma in RECIPIENT_VERBS:
            # "..., telling ABC radio that X": the person told, then the clause, as
            # after the finite verb
            that = self._that_nearby(toks, pos, sent)
        if that:
            start = that.end() - len(that.group().strip())
        elif verb is not None and verb.lemma in RECIPIENT_VERBS:
            start = self._past_recipient(toks, pos)  # "telling viewers it was time"
        else:
            start = pos
        while start < sent.end and self.masked[start] in " ,":
            start += 1
        # "..., blaming a shortage of capacity, and its shares fell": an object
        # ends before the writer's coordinated clause, as after a finite cue
        one_word = verb is not None and verb.frame == "object" and that is None
        self._content_after(draft, start, sent, quotes, one_word=one_word)
        return draft if draft.fragments else None


def _opens_quote(rest: str) -> bool:
    """Whether the text opens with a quotation mark, the doubled "''" included."""
    return rest[:1] in OPENING_QUOTES or rest.startswith("''")


def _plural_recipient(tok: Token) -> bool:
    """A word for several people told something: "aides", "voters", "media"."""
    return tok.is_word and (
        (tok.lower.endswith("s") and not tok.lower.endswith("ss"))
        or tok.lower in COLLECTIVE_RECIPIENTS
    )


def _set_off(toks: list[Token], verb: int) -> bool:
    """Whether a short subject and the verb at toks[verb] stand between commas inside
    a clause ("Such efforts, they believe, will ...")."""
    m = verb - 1
    while m >= 0 and toks[m].is_word and verb - m <= 6:
        m -= 1
    return 1 <= m < verb - 1 and toks[m].text == "," and toks[m - 1].is_word


def _past_questions(tails: list[Draft], forwards: list[Draft]) -> list[Draft]:
    """A tail whose content is only the question that opens its sentence ("Asked
    whether he was concerned, Ban demurred.") reports nothing of its speaker's: the
    question stands and the tail goes."""
    asked = {d.cue.start for d in forwards if d.cue_class == QUESTION and d.cue is not None}
    return [
        tail
        for tail in tails
        if not (
            tail.form is not Form.DIRECT
            and len(tail.fragments) == 1
            and tail.fragments[0][0].start in asked
        )
    ]


def _without_repeats(drafts: list[Draft]) -> list[Draft]:
    """A fragment belongs to one statement: "continues to tell" and '"...," she said,
    adding, "..."' read the same words twice; the first reading keeps them."""
    if len(drafts) < 2:
        return drafts
    seen: set[Span] = set()
    kept: list[Draft] = []
    for draft in drafts:
        fresh = [f for f in draft.fragments if f[0] not in seen]
        if draft.fragments and not fresh:
            continue
        if len(fresh) < len(draft.fragments):
            draft.fragments = fresh
        seen.update(span for span, _ in fresh)
        kept.append(draft)
    return kept


def _drop_cut_partials(drafts: list[Draft], quotes: list[QuoteInfo]) -> None:
    """After contents were cut short (a coordinated clause, a later cue), keep only
    the partial quotes still inside them; a mixed statement left without one is
    indirect."""
    if not any(draft.partials for draft in drafts):
        return
    by_index = {q.index: q.raw for q in quotes}
    for draft in drafts:
        if not draft.partials:
            continue
        draft.partials = [
            k
            for k in draft.partials
            if k not in by_index
            or any(
                span.start <= by_index[k].start and by_index[k].end <= span.end
                for span, _ in draft.fragments
            )
        ]
        if not draft.partials and draft.form is Form.MIXED:
            draft.form = Form.INDIRECT


def _first_past(
    run: ChannelRun, masked: str, start: int, end: int, pos: int
) -> regex.Match[str] | None:
    """The first channel of a run, in order, whose match ends after pos."""
    for chan in run.channels:
        found = chan.pattern.match(masked, start, end)
        if found is not None and found.end() > pos:
            return found
    return None


def _channel_span(masked: str, found: regex.Match[str]) -> Span:
    """The channel a pattern found: its `channel` group, trailing marks trimmed
    ("told Pakistan Forward."), or the whole match when it names none."""
    group = found.span("channel") if "channel" in found.re.groupindex else None
    if not group or group[0] < 0:
        return Span(found.start(), found.end())
    start, end = group
    while end > start and masked[end - 1] in ".,;:":
        end -= 1
    return Span(start, end)


def _starts_participle(reader: SentenceReader, rest: str) -> bool:
    match = PARTICIPLE_LEAD.match(rest)
    if not match:
        return False
    word = rest[match.end() :].split(" ", 1)[0].rstrip(",:")
    return word in reader.lex.participles
