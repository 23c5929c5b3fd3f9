"""Headlines and transcript lines: short paragraphs of one sentence.

News pages carry their headline in the text. Title case hides the cue from a
reader that matches cue words in lower case ("Trump Says He Will Win"), so a
headline's cue words are looked up in a lower-case copy of that sentence alone;
the names keep their capitals, and the sentence is read with its small words
("Of", "About", "To") in lower case ("Paul Ryan Thinks About Donald Trump"). A short
paragraph
with no cue may name its source before a colon: a headline ("Sanders: Clinton
must change course") or a line of a transcript ("TAPPER: Do you think so?").
"""

from __future__ import annotations

import re
from functools import cache

from attribution.drafts import Draft, QuoteInfo
from attribution.lexicon import Lexicon, Verb
from attribution.model import QUESTION, Form, Span
from attribution.segment import MAX_SENTENCE
from attribution.speakers import NounPhrase, Token, tokenize
from attribution.statements import ABOUT_OF, SentenceReader

HEADLINE_MAX = 220  # code points: longer is a sentence of the story
HEADLINE_MIN_WORDS = 3
# Lower-case small words inside a title that is not a source ("Little Relief for
# Refugees:"); names keep only these: "Secretary of State", "Johnson & Johnson".
SMALL_IN_NAMES = frozenset({"for", "in", "on", "at", "to", "with", "from", "over", "by", "as"})
# A comma and a verb in the present that opens a headline's second predicate
HEADLINE_PREDICATE = re.compile(r",\s+([a-z]+s)\b")
# ... and after a plural subject's base form ("Prosecutors say X, ask judge to Y")
HEADLINE_PLURAL_PREDICATE = re.compile(r",\s+([a-z]+)\b")
# What joins a colon's claim to the next clause of a headline: "... as figures show"
HEADLINE_JOINT = re.compile(r"(?:,|;|\s+(?:as|but|while|and|after|with))?\s*$")
# A headline's claim after a source and a colon has a few words at least.
COLON_MIN_WORDS = 5
# ... or three after a source noun ("Police: Suspect Fled on Foot", "Poll: Race Tightens")
SOURCE_COLON_MIN_WORDS = 3
# ... or a source of a few words after it ("..., 4 lakh affected: officials")
TRAILING_SOURCE_WORDS = 4
# A dash that stands for a colon before a headline's source at its end: a wire's
# hyphen with no space after it ("... to Japanese automakers -sources", "... -filing"),
# or a spaced dash before a few words ("... on drainage channels – Commissioner")
SOURCE_DASH = re.compile(r"\s-(?=[a-z]\w*\s*$)| [–—-](?= \S+(?: \S+){0,3}\s*$)")
# A wire's label joined to its headline by a hyphen ("EXCLUSIVE-", "UPDATE 2-", "FACTBOX-")
WIRE_LABEL = re.compile(r"[A-Z]{3,}(?: \d+)?-(?=[A-Z])")
# A story's lead after a dateline in capitals and a colon ("SINGAPORE: A former
# director ... was sentenced ...."): a sentence of this many words or more, ending
# with a full stop; a headline's claim after a source in capitals is shorter
# ("NASA: Asteroid will miss Earth") and has no full stop
DATELINE_LEAD_WORDS = 15
# A dash after a label that opens a headline ("EXCLUSIVE – Roger Stone: ...")
LABEL_DASHES = frozenset({"-", "–", "—", "--"})
# Words by their first letter (after an opening quote mark or bracket).
# (not the "s" of "Fed's": an apostrophe after a letter opens no word)
WORD_START = r"(?<![^\s\"“‘'(«])(?<!\w')"
CAPITAL_WORD = re.compile(WORD_START + "[A-Z]")
# A capitalised word of letters alone: a title's small word may be one ("About")
TITLED_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]*(?![\w’'-])")
# Title-case headlines read with their small words in lower case, per document: each
# costs a copy of the masked text, so a text of thousands of title-case lines (a list
# of headlines) stays linear
MAX_TITLE_COPIES = 16


# Words that open an explainer's title after a label and a colon, not a source's claim
EXPLAINER_WORDS = frozenset({"why", "how", "what", "where", "when", "who"})


def is_short(sent: Span) -> bool:
    """Short enough for a headline or a line of a transcript."""
    return sent.end - sent.start <= HEADLINE_MAX


def is_title_case(masked: str, sent: Span, lexicon: Lexicon) -> bool:
    """A sentence whose words, but the small ones, are capitalised."""
    small = _small_words_re(lexicon.headline_small_words, lexicon.prepositions)
    if small.search(masked, sent.start, sent.end) is not None:
        return False  # a word in lower case that title case capitalises
    return len(CAPITAL_WORD.findall(masked, sent.start, sent.end)) >= HEADLINE_MIN_WORDS


def _small_words_lowered(masked: str, sent: Span, lexicon: Lexicon) -> str | None:
    """A title-case sentence with its capitalised small words ("Of", "About", "To")
    in lower case, but the first word; or None when there is none."""
    piece = masked[sent.start : sent.end]
    small = lexicon.headline_small_words | lexicon.prepositions
    changed = False

    def lower(word: re.Match[str]) -> str:
        nonlocal changed
        text = word.group()
        if word.start() == 0 or text.lower() not in small:
            return text
        changed = True
        return text.lower()

    titled = TITLED_WORD.sub(lower, piece)
    return titled if changed else None


@cache
def _small_words_re(small: frozenset[str], prepositions: frozenset[str]) -> re.Pattern[str]:
    """The first word in lower case that is neither small nor a preposition."""
    allowed = sorted(small | prepositions, key=len, reverse=True)
    words = "|".join(re.escape(w) for w in allowed)
    return re.compile(WORD_START + rf"(?!(?:{words})(?![\w’'-]))[a-z]")


def is_transcript_line(masked: str, para: Span, lexicon: Lexicon, interview: bool = False) -> bool:
    """A paragraph that opens with a speaker's name in capitals and a colon, or in
    an interview (`interview`) with a name in any case; read whole, so no longer
    than a sentence may be (the work per sentence is bounded)."""
    if para.end - para.start > MAX_SENTENCE:
        return False
    if interview and _interview_label(masked, para, lexicon) is not None:
        return True  # "Q: ...", "A: ..."
    label = lexicon.transcript_re.match(masked, para.start, para.end)
    if label is None and interview:
        label = lexicon.interview_label_re.match(masked, para.start, para.end)
    if label is None:
        return False
    last = label.group().rstrip(": \t").rsplit(" ", 1)[-1].lower()
    return last not in lexicon.headline_labels  # "UPDATE:", "BYLINE:"


def read_short(
    reader: SentenceReader,
    sent: Span,
    paragraph: int,
    quotes: list[QuoteInfo],
    transcript: bool = False,
) -> list[Draft]:
    """The statements of a headline (a short paragraph of one sentence) or of a
    line of a transcript ("TAPPER: Do you think ...", the whole paragraph)."""
    drafts = _read_short(reader, sent, paragraph, quotes, transcript)
    if not transcript:
        for draft in drafts:
            _headline_channel(reader, sent, draft)
    return drafts


def _headline_channel(reader: SentenceReader, sent: Span, draft: Draft) -> None:
    """ "Founder says she was pushed out in new memoir": where the source said it
    ends the headline with no article; it is the channel, not the content."""
    if draft.channel is not None or not draft.fragments or draft.cue is None:
        return
    span, quote = draft.fragments[-1]
    if quote is not None or span.end < draft.cue.start or span.end != _trimmed_end(reader, sent):
        return  # a content before its cue ("X, source says") or short of the end
    found = reader.lex.headline_channel_re.search(reader.masked, span.start, span.end)
    if found is None or not reader.masked[span.start : found.start()].strip():
        return
    draft.fragments[-1] = (Span(span.start, found.start()), None)
    draft.channel = Span(found.start("channel"), found.end("channel"))


def _trimmed_end(reader: SentenceReader, sent: Span) -> int:
    """The sentence's end before its closing punctuation and spaces."""
    end = sent.end
    while end > sent.start and (
        reader.masked[end - 1].isspace() or reader.masked[end - 1] in ".!?"
    ):
        end -= 1
    return end


def _read_short(
    reader: SentenceReader,
    sent: Span,
    paragraph: int,
    quotes: list[QuoteInfo],
    transcript: bool,
) -> list[Draft]:
    if transcript:
        line = (
            _interview_line(reader, sent, paragraph, quotes)
            or _role_line(reader, sent, paragraph, quotes)
            or _source_colon(reader, sent, paragraph, quotes, 1)
        )
        if line is not None:
            return [line]
    masked, lex = reader.masked, reader.lex
    drafts: list[Draft] = []
    if is_title_case(masked, sent, lex):
        titled = _small_words_lowered(masked, sent, lex)
        if titled is not None and reader.title_copies < MAX_TITLE_COPIES:
            # "Paul Ryan Thinks About Donald Trump", "Refuses To Disavow X": read with
            # the small words in lower case, as the rest of the engine expects them
            # (same length, so every offset holds)
            reader.title_copies += 1
            reader.masked = masked[: sent.start] + titled + masked[sent.end :]
            try:
                drafts = reader.read(sent, paragraph, quotes, title_case=True)
            finally:
                reader.masked = masked
        else:
            drafts = reader.read(sent, paragraph, quotes, title_case=True)
    else:
        drafts = reader.read(sent, paragraph, quotes)
    if len(drafts) == 1 and not drafts[0].lead_in:
        second = _coordinated_predicate(reader, sent, drafts[0], quotes)
        if second is not None:
            drafts.append(second)
    after_colon = _colon_quotation(reader, sent, paragraph, quotes, drafts)
    if after_colon is not None:
        drafts.append(after_colon)
    quoted = _quote_colon_source(reader, sent, paragraph, quotes, drafts)
    if quoted is not None:
        # "'I was told to smile more': Olympic rower Helen Adeyemi on sexism": the
        # quotation's speaker after its colon replaces a statement of it with none
        drafts = [d for d in drafts if d.phrase is not None or d.form is not Form.DIRECT]
        return [quoted, *drafts]
    if not drafts:
        colon = (
            _source_colon(reader, sent, paragraph, quotes, COLON_MIN_WORDS)
            or _colon_source(reader, sent, paragraph, quotes)
            or _second_predicate(reader, sent, paragraph, quotes)
            or _subject_quote(reader, sent, paragraph, quotes)
        )
        if colon is not None:
            drafts = [colon]
    elif _first_person_after_colon(masked, drafts[0]):
        # "Mark Cuban: I'd consider a White House bid": "I" is the source before the colon
        colon = _source_colon(reader, sent, paragraph, quotes, SOURCE_COLON_MIN_WORDS)
        if colon is not None and colon.phrase is not None:
            drafts[0].phrase = colon.phrase
            if colon.fragments:
                # the whole claim after the colon is the source's words, "I'd" and
                # all, as train marks every such headline
                drafts[0].fragments = colon.fragments
                drafts[0].partials = colon.partials
                drafts[0].form = colon.form
    else:
        # "Streeting: NHS list 'turning a corner' as figures show a third fall": the
        # source before the colon says what comes before the next cue clause
        colon = _source_colon(reader, sent, paragraph, quotes, COLON_MIN_WORDS)
        if (
            colon is not None
            and colon.fragments
            and colon.phrase is not None
            # not a label in capitals ("BUSTED: Emails Reveal X"): the emails reveal it
            and not colon.phrase.mention.text(masked).isupper()
        ):
            # "Poll: Most voters back X": a cue whose subject opens the claim is
            # inside it, the source's words, no statement of its own
            opens = colon.fragments[0][0].start
            drafts = [d for d in drafts if d.phrase is None or d.phrase.mention.start != opens]
        if colon is not None:
            _end_before(colon, drafts, masked)
            if colon.fragments:
                drafts.insert(0, colon)
    return drafts


def _coordinated_predicate(
    reader: SentenceReader, sent: Span, first: Draft, quotes: list[QuoteInfo]
) -> Draft | None:
    """ "Trump lashes out at judge, calls ruling 'a disgrace'", "Mayor slams plan, says
    vote was rigged": a headline's second cue in the present after a comma has the
    first one's subject; the first content ends at the comma."""
    if first.phrase is None or first.cue is None or len(first.fragments) != 1:
        return None
    span, quote = first.fragments[0]
    if quote is not None or first.cue.end > span.start:
        return None  # a cue before its content only ("..., according to AP": not)
    masked = reader.masked
    said = first.cue.text(masked).lower()
    cue = reader.lex.verbs.get(said)
    plural = cue is not None and cue.lemma == said  # "Prosecutors say X, ask Y"
    joints = (HEADLINE_PLURAL_PREDICATE if plural else HEADLINE_PREDICATE).finditer(
        masked, span.start, span.end
    )
    for joint in joints:
        verb = _predicate_verb(reader, joint, plural)
        if verb is None:
            continue
        second = _predicate_draft(reader, sent, joint, verb, first.phrase, first.paragraph, quotes)
        if second is None:
            return None
        first.fragments[0] = (Span(span.start, joint.start()), None)
        opened = {q.index: q.raw.start for q in quotes}
        first.partials = [k for k in first.partials if opened.get(k, 0) < joint.start()]
        first.form = Form.MIXED if first.partials else Form.INDIRECT
        return second
    return None


def _second_predicate(
    reader: SentenceReader, sent: Span, paragraph: int, quotes: list[QuoteInfo]
) -> Draft | None:
    """ "Fed holds rates steady, signals patience on cuts": a headline whose first
    predicate reports nothing and whose second, after a comma, is a cue in the
    present; the headline's subject (a name before its first verb) says it."""
    masked, lex = reader.masked, reader.lex
    joint = HEADLINE_PREDICATE.search(masked, sent.start, sent.end)
    verb = _predicate_verb(reader, joint) if joint is not None else None
    if joint is None or verb is None:
        return None
    # the clause of the headline the predicate belongs to: after a semicolon or a
    # line break ("Clinton takes Pa.; Sanders wins R.I., vows to press on")
    clause = max(sent.start, *(masked.rfind(m, sent.start, joint.start()) + 1 for m in ";\n"))
    while clause < joint.start() and masked[clause].isspace():
        clause += 1
    toks = tokenize(masked, clause, joint.start(), lex)
    # "Fed holds ...", "Pop star Lena Vaux files ...": a name (a role before it), then
    # a verb in the present
    k = next((m for m, t in enumerate(toks) if not t.is_cap), len(toks))
    if 0 < k < len(toks) and not toks[k].lower.endswith("s"):
        k = next((m for m in range(k + 1, min(len(toks), 7)) if not toks[m].is_cap), len(toks))
        if k < len(toks) and not toks[k - 1].is_cap:
            return None  # "He also hosts a show, writes ...": no name before the verb
    if not 0 < k < len(toks) or not toks[k].lower.endswith("s") or toks[k].lower.endswith("ss"):
        return None
    phrase = reader.parser.left(toks, k, 0)
    if phrase is None or phrase.name is None or phrase.mention.start != toks[0].start:
        return None
    return _predicate_draft(reader, sent, joint, verb, phrase, paragraph, quotes)


def _predicate_verb(
    reader: SentenceReader, joint: re.Match[str], plural: bool = False
) -> Verb | None:
    """The cue of a headline's predicate after a comma: a verb of speech or an object
    cue in the present ("calls", "signals"), not a base form or a plural noun; after
    a plural subject (`plural`) the base form alone ("Officials say X, ask Y")."""
    word = joint.group(1)
    verb = reader.lex.verbs.get(word)
    if verb is None or (verb.lemma == word) != plural or verb.frame not in ("speech", "object"):
        return None
    return verb


def _predicate_draft(
    reader: SentenceReader,
    sent: Span,
    joint: re.Match[str],
    verb: Verb,
    phrase: NounPhrase,
    paragraph: int,
    quotes: list[QuoteInfo],
) -> Draft | None:
    """The statement of a headline's predicate: its source, its cue, and what follows."""
    cue = Span(joint.start(1), joint.end(1))
    draft = Draft(Form.INDIRECT, [], phrase, cue, verb.cls, None, paragraph)
    # an object cue's object, or what a directive asks for ("orders changes")
    one_word = verb.frame == "object" or verb.lemma in reader.lex.infinitive_verbs
    start = joint.end()
    if verb.lemma in reader.lex.topic_of:
        topic = ABOUT_OF.match(reader.masked, start, sent.end)  # "..., warns of strikes"
        start = topic.end() if topic is not None else start
    reader._content_after(draft, start, sent, quotes, one_word=one_word)
    return draft if draft.fragments else None


def _end_before(colon: Draft, drafts: list[Draft], masked: str) -> None:
    """Cut a colon statement's content before the first clause of the other drafts
    (their source, cue or content, whichever comes first), and its joint (" as",
    " but", a comma); no content is left if fewer than two words remain."""
    span, quote = colon.fragments[0]
    starts = [d.cue.start for d in drafts if d.cue is not None]
    starts += [d.phrase.mention.start for d in drafts if d.phrase is not None]
    starts += [f.start for d in drafts for f, _ in d.fragments]
    first = min(starts, default=span.end)
    if first <= span.start or len(colon.fragments) > 1:
        colon.fragments.clear()
        return
    joint = HEADLINE_JOINT.search(masked, span.start, min(first, span.end))
    end = joint.start() if joint is not None else min(first, span.end)
    if len(masked[span.start : end].split()) < 2:
        colon.fragments.clear()
        return
    colon.fragments[0] = (Span(span.start, end), quote)


def _interview_label(masked: str, para: Span, lexicon: Lexicon) -> tuple[str, int] | None:
    """The kind of an interview's labelled paragraph ("question" for "Q: ...",
    "answer" for "A: ...") and where its colon is, or None."""
    for kind, pattern in (
        ("question", lexicon.interview_question_re),
        ("answer", lexicon.interview_answer_re),
    ):
        label = pattern.match(masked, para.start, para.end)
        if label is not None:
            return kind, masked.rindex(":", label.start(), label.end())
    return None


def _interview_line(
    reader: SentenceReader, para: Span, paragraph: int, quotes: list[QuoteInfo]
) -> Draft | None:
    """ "A: No. Most of us want the work.": the whole paragraph is the words of the
    person interviewed (the label "A" is the mention; coreference finds the name
    in the introduction); "Q: ..." is the interviewer's."""
    found = _interview_label(reader.masked, para, reader.lex)
    if found is None:
        return None
    kind, colon_at = found
    label = Span(para.start, para.start + len(reader.masked[para.start : colon_at].rstrip()))
    phrase = NounPhrase(label, label, kind, None, None, 0)
    cue = Span(colon_at, colon_at + 1)
    # a question is put to the source, as "Asked about the deal, ..." is: no claim
    cls = QUESTION if kind == "question" else "credit"
    draft = Draft(Form.INDIRECT, [], phrase, cue, cls, None, paragraph)
    reader._content_after(draft, colon_at + 1, para, quotes)
    return draft if draft.fragments else None


def _role_line(
    reader: SentenceReader, para: Span, paragraph: int, quotes: list[QuoteInfo]
) -> Draft | None:
    """ "PRIYA NATARAJAN, STATE CLIMATOLOGIST: We are not ...": a broadcast
    transcript's line, its speaker's name and role before the colon."""
    label = reader.lex.transcript_re.match(reader.masked, para.start, para.end)
    if label is None or label.start("role") == -1:
        return None
    name = Span(label.start(), reader.masked.rindex(",", label.start(), label.start("role")))
    role = Span(label.start("role"), label.end("role"))
    phrase = NounPhrase(name, name, "name", role, None, 0)
    cue = Span(role.end, role.end + 1)
    draft = Draft(Form.INDIRECT, [], phrase, cue, "credit", None, paragraph)
    reader._content_after(draft, cue.end, para, quotes)
    return draft if draft.fragments else None


def _first_person_after_colon(masked: str, draft: Draft) -> bool:
    """A first statement whose source is "I" or "we" right after a colon."""
    phrase = draft.phrase
    if phrase is None or phrase.kind != "pronoun":
        return False
    word = masked[phrase.mention.start : phrase.mention.end].lower()
    before = masked[max(0, phrase.mention.start - 3) : phrase.mention.start]
    return word in ("i", "we") and before.rstrip().endswith(":")  # a colon and spaces


def _source_colon(
    reader: SentenceReader, sent: Span, paragraph: int, quotes: list[QuoteInfo], min_words: int
) -> Draft | None:
    """ "Sanders: Clinton needs to change course": a name or a source before a colon
    that opens the headline; labels ("The Latest:", "Update:") are not sources."""
    masked, lex = reader.masked, reader.lex
    stamp = (
        lex.dateline_re.match(masked, sent.start, sent.end)
        if masked[sent.start].isdigit()
        else None
    )
    if stamp is not None:
        sent = Span(stamp.end(), sent.end)  # "10:20 Environment Agency: ...": a live blog's time
    colon_at = masked.find(":", sent.start, sent.end)
    if colon_at == -1:
        return None
    toks = tokenize(masked, sent.start, sent.end, lex)
    colon = next((k for k, t in enumerate(toks) if t.start == colon_at), None)
    if colon is None or colon == 0:
        return None
    words = len(masked[colon_at + 1 : sent.end].split())
    if (
        min_words > 1  # a transcript's line ("TAPPER: And obviously, ...") is read as one
        and words >= DATELINE_LEAD_WORDS
        and masked[sent.end - 1] == "."
        and not any(c.islower() for c in masked[sent.start : colon_at])
        and lex.dateline_re.match(masked, sent.start, sent.end) is not None
    ):
        return None  # "SINGAPORE: A former director ... was sentenced ...": a dateline
    if any(colon_at < q.raw.start < sent.end for q in quotes):
        words = max(words, min_words)  # "Fallin: Trump Is ‘Trying To ...’": a quoted claim
    if words < min(min_words, SOURCE_COLON_MIN_WORDS):
        return None
    if toks[colon - 1].lower in lex.headline_labels and not _sources_claim(
        reader, toks, colon, words
    ):
        return None  # "The Latest:", "BYLINE:", "BOOM:"
    if toks[0].lower in lex.headline_events:
        return None  # "Storm Isha: Amber warning ...": the event, not a source
    if masked[sent.start : colon_at].strip().lower() in lex.headline_sections:
        return None  # "Box Office: 'Tidewater' Sails to $48 Million Debut": a section
    if (
        colon + 1 < len(toks)
        and toks[colon + 1].lower in EXPLAINER_WORDS
        and not masked[sent.start : sent.end].rstrip().endswith("?")
    ):
        return None  # "The Morning: Why egg prices are falling": a title, not a claim
    # "EXCLUSIVE – Roger Stone: ...": a label and a dash before the source
    floor = next(
        (m + 1 for m in range(1, min(colon, 3)) if toks[m].text in LABEL_DASHES and m + 1 < colon),
        0,
    )
    phrase = reader.parser.left(toks, colon, floor)
    if (
        phrase is None
        or phrase.kind == "pronoun"
        or phrase.mention.start != toks[floor].start
        or phrase.mention.end != toks[colon - 1].end
    ):
        phrase = _speaker_on_topic(reader, toks, floor, colon, quotes)
        if phrase is None:
            return None  # "Up next: ...": the source must reach the colon
    elif any(t.lower in SMALL_IN_NAMES for t in toks[floor + 1 : colon] if not t.is_cap):
        # "Little Relief for Refugees:": a title, not a source; but "Kerr on the
        # skid: '...'" is the speaker's quotation
        phrase = _speaker_on_topic(reader, toks, floor, colon, quotes)
        if phrase is None:
            return None
    if (
        phrase.kind == "description"
        and phrase.mention.end == toks[colon - 1].end  # not "A farmer on the drought:"
        and not lex.source_noun(toks[colon - 1].lower)
    ):
        # "The mayor's response:", "His reply:": the owner of the words after it
        owner = (
            reader.owner_phrase(toks, floor, colon - 2)
            if toks[colon - 1].lower in lex.noun_cues and colon - 2 >= floor
            else None
        )
        if owner is None:
            return None  # "Big Win For Bernie:": a phrase, not a source
        phrase = owner
    if words < min_words and not lex.source_noun(toks[colon - 1].lower):
        return None  # "Rubio: Finish second.": a list of verdicts, but "Police: Suspect Fled"
    cue = Span(colon_at, colon_at + 1)
    draft = Draft(Form.INDIRECT, [], phrase, cue, "credit", None, paragraph)
    if not reader._take_quotes(draft, colon_at + 1, sent, quotes):
        reader._content_after(draft, colon_at + 1, sent, quotes)
    return draft if draft.fragments else None


def _sources_claim(reader: SentenceReader, toks: list[Token], colon: int, words: int) -> bool:
    """ "Sources: Hawks trade Brooks to Kings for two picks": the label alone before
    the colon and a claim after it (a lower-case word that is not a small one), not a
    credit line ("Sources: U.S. Census Bureau and Bureau of Labor Statistics")."""
    return (
        colon == 1
        and toks[0].lower in reader.lex.headline_source_labels
        and words >= COLON_MIN_WORDS
        and any(
            t.is_word
            and t.text.islower()
            and len(t.text) > 3
            and t.lower not in reader.parser.stop_words
            for t in toks[colon + 1 :]
        )
    )


def _speaker_on_topic(
    reader: SentenceReader, toks: list[Token], floor: int, colon: int, quotes: list[QuoteInfo]
) -> NounPhrase | None:
    """ "Kerr on Warriors' skid: 'We're not playing hard enough'": a name (or a
    person described, "A farmer on the drought"), what it speaks on, then its
    quotation after the colon (not "Trump on immigration: a timeline", which
    quotes nobody)."""
    after = toks[colon].end
    if not any(q.raw.start in (after, after + 1) and q.raw.closed for q in quotes):
        return None
    on = next((m for m in range(floor + 1, colon - 1) if toks[m].lower in ("on", "about")), None)
    if on is None:
        return None
    phrase = reader.parser.left(toks, on, floor)
    if (
        phrase is None
        # "A farmer on the drought: '...'": a person described will do too
        or not (
            phrase.kind == "name"
            or (phrase.kind == "description" and reader.lex.source_noun(toks[on - 1].lower))
        )
        or phrase.mention.start != toks[floor].start
        or phrase.mention.end != toks[on - 1].end
    ):
        return None
    return phrase


def _colon_quotation(
    reader: SentenceReader,
    sent: Span,
    paragraph: int,
    quotes: list[QuoteInfo],
    drafts: list[Draft],
) -> Draft | None:
    """ "Singer Maya Kwan opens up about vocal surgery: 'I wasn't sure I'd sing
    again'": a headline's one cue clause, a colon and a quotation that ends the
    headline; the quotation is the clause's speaker's too."""
    if len(drafts) != 1 or not quotes:
        return None
    draft = drafts[0]
    if draft.phrase is None or draft.cue is None or draft.cue_class is None:
        return None
    last = quotes[-1]
    masked = reader.masked
    if (
        not last.raw.closed
        or last.term_like
        or masked[last.raw.end : sent.end].strip(" .!?")
        or not masked[sent.start : last.raw.start].rstrip().endswith(":")
        or any(span.end > last.raw.start for span, _ in draft.fragments)
        or draft.cue.start > last.raw.start
    ):
        return None
    return Draft.quoted(
        draft.phrase, draft.cue, draft.cue_class, paragraph, quotes, [len(quotes) - 1]
    )


def _quote_colon_source(
    reader: SentenceReader,
    sent: Span,
    paragraph: int,
    quotes: list[QuoteInfo],
    drafts: list[Draft],
) -> Draft | None:
    """ "'I was told to smile more': Olympic rower Helen Adeyemi on sexism": a headline
    that opens with a quotation, then a colon and its speaker (and what the piece is
    about after "on"); or the speaker of a cue clause after the colon ("'We have to be
    braver': Howe urges Newcastle to take risks")."""
    if not quotes or quotes[0].raw.start != sent.start or not quotes[0].raw.closed:
        return None
    if quotes[0].term_like:
        return None  # "'Squid Game': Netflix confirms a third season": a title
    masked = reader.masked
    colon = quotes[0].raw.end
    if masked[colon : colon + 1] != ":":
        return None
    toks = tokenize(masked, colon + 1, sent.end, reader.lex)
    if not toks:
        return None
    phrase = reader.parser.right(toks, 0, len(toks))
    if phrase is None or phrase.kind == "pronoun":
        return None
    after = phrase.end_index
    described = any(t.lower in ("who", "whose") for t in toks[: after + 1])
    if not toks[0].is_cap and not described:
        return None  # "'Delayed': the trains that never came" is no speaker
    # "...: the former addict who now runs a cafe": who the speaker is, not a clause
    if after < len(toks) and toks[after].lower not in ("on", "about") and not described:
        for draft in drafts:  # the clause's own statement, its subject the speaker
            said = draft.phrase
            if said is not None and said.mention == phrase.mention and draft.cue is not None:
                if draft.cue.start == toks[after].start and draft.cue_class is not None:
                    return Draft.quoted(said, draft.cue, draft.cue_class, paragraph, quotes, [0])
        verb = toks[after]
        if not (
            phrase.kind == "name"
            and verb.is_word
            and not verb.is_cap
            and verb.lower.endswith("s")
            and not verb.lower.endswith(("ss", "us", "is"))
            and verb.lower not in reader.lex.prepositions
        ):
            return None  # a headline's own clause after the colon, not a speaker
        # "'We were outplayed': Patel accepts blame after defeat": the name that
        # opens the clause after the colon said the quotation
    cue = Span(colon, colon + 1)
    return Draft.quoted(phrase, cue, "credit", paragraph, quotes, [0])


def _subject_quote(
    reader: SentenceReader, sent: Span, paragraph: int, quotes: list[QuoteInfo]
) -> Draft | None:
    """ "Islanders 'let down' as ferry delayed again", "Nurses 'exhausted' as strike
    enters third week": a British headline's source, then its words in quotation
    marks with no verb between (the quotation is theirs)."""
    masked, lex = reader.masked, reader.lex
    inside = [q for q in quotes if sent.start < q.raw.start and q.raw.end <= sent.end]
    if not inside:
        return None
    quote = inside[0]
    toks = tokenize(masked, sent.start, sent.end, lex)
    k = next((n for n, t in enumerate(toks) if t.start == quote.raw.start), None)
    if k is None or not 1 <= k <= TRAILING_SOURCE_WORDS or not all(t.is_word for t in toks[:k]):
        return None
    phrase = reader.parser.left(toks, k, 0)
    if phrase is None or phrase.mention.start != toks[0].start or phrase.kind == "pronoun":
        return None
    head = toks[k - 1].lower
    if not (lex.source_noun(head) or lex.unnamed_group(head)):
        # "Budget 'a disaster'": a thing, no source; "Starmer 'furious'": a mood
        # others report (one capital at a headline's start may be any noun)
        return None
    cue = Span(quote.raw.start, quote.raw.start)
    draft = Draft(Form.INDIRECT, [], phrase, cue, "credit", None, paragraph)
    reader._add_content(draft, Span(quote.raw.start, quote.raw.end), [quote])
    return draft if draft.fragments else None


def _colon_source(
    reader: SentenceReader, sent: Span, paragraph: int, quotes: list[QuoteInfo]
) -> Draft | None:
    """ "Flood situation grim in Assam, 4 lakh affected: officials": a claim, a
    colon and its source in a few words at the end of the headline (the style of
    Indian and some British papers)."""
    masked, lex = reader.masked, reader.lex
    colon_at = masked.rfind(":", sent.start, sent.end)
    # "... to Japanese automakers -sources" (Reuters' style), "Lagos to demolish 200
    # buildings on drainage channels – Commissioner" (Nigerian papers')
    dashes = list(SOURCE_DASH.finditer(masked, sent.start, sent.end))
    dash = dashes[-1] if dashes else None  # the last one, nearest the source
    if dash is not None and dash.start() > colon_at:
        colon_at = dash.start() + 1
    if colon_at == -1 or len(masked[sent.start : colon_at].split()) < COLON_MIN_WORDS:
        return None
    end = sent.end
    while end > colon_at and (masked[end - 1].isspace() or masked[end - 1] in ".!"):
        end -= 1
    toks = tokenize(masked, colon_at + 1, end, lex)
    if not 1 <= len(toks) <= TRAILING_SOURCE_WORDS or not all(t.is_word for t in toks):
        return None
    titled = is_title_case(masked, sent, lex)
    if toks[0].lower in lex.prepositions:
        return None  # "... in New York - with the candidate": an adjunct, no source
    if toks[0].lower in lex.determiners or (titled and len(toks) > 1):
        # "... can help mend hard feelings: the GOP candidates", "... Want: Break Up
        # Banks": an answer after the colon, not the headline's source
        return None
    head = toks[-1].lower
    acronym = (  # "... gets 15 years: DA", "...: IDF": a body by its initials
        len(toks) == 1
        and toks[0].text.isupper()
        and 2 <= len(toks[0].text) <= 5
        and head not in lex.headline_labels
    )
    if not lex.source_noun(head) and head not in lex.record_heads and not acronym:
        return None  # "... : a timeline", "... : live updates"
    if titled and not (
        head in lex.anonymous_heads or head in lex.record_heads or acronym or head == "police"
    ):
        # in title case only an unnamed source, a record or a body's initials ("...
        # Split After 6 Years: Source", "...: Police", "...: Study"), not an answer
        # ("Where the Money Goes: Schools")
        return None
    mention = Span(toks[0].start, toks[-1].end)
    phrase = NounPhrase(mention, mention, "description", None, None, len(toks))
    cue = Span(colon_at, colon_at + 1)
    draft = Draft(Form.INDIRECT, [], phrase, cue, "credit", None, paragraph)
    reader._content_before(draft, sent, colon_at, quotes)
    if draft.fragments:
        span, quote = draft.fragments[0]
        label = WIRE_LABEL.match(masked, span.start, span.end)
        if label is not None:
            # "EXCLUSIVE-Miner Kestrel in talks ... -sources": the wire's label is no claim
            draft.fragments[0] = (Span(label.end(), span.end), quote)
    return draft if draft.fragments else None
