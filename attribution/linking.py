"""Links quotes that have no cue of their own to the statement they continue.

News convention, read only backwards: the second half of an interrupted quote
belongs to the statement of the first half; a quote paragraph with no cue right
after a paragraph with a statement continues that speaker (inherited); a lead-in
("He said:") at the end of a paragraph introduces the quote that opens the next;
a quote that runs on over paragraphs stays one statement.
"""

from __future__ import annotations

from collections import Counter

import regex

from attribution.drafts import Draft, QuoteInfo
from attribution.headlines import is_short, is_transcript_line, read_short
from attribution.lexicon import Lexicon
from attribution.model import Form, Span
from attribution.quotes import RawQuote
from attribution.segment import sentences
from attribution.speakers import OPENING_MARKS, NounPhrase, tokenize
from attribution.statements import SentenceReader

SENTENCE_LIKE = regex.compile(r"\s*(?:[\[(…]|\.\.\.|\. \. \.|[\p{Lu}\p{N}]|['‘\"“])")
LEAD_IN_MARKS = ":,—–-"
CONNECTORS = frozenset(
    {"of", "and", "the", "for", "in", "on", "a", "an", "de", "to", "at", "by", "&", "-", "or"}
)
SINGLE_MARKS = "'‘’‚‹›"
HEADING_WORDS = 12  # a subheading in quote marks is a few words
# Cues of a question: a quote after "X asked how ..." answers it, unless it asks.
QUESTION_LEMMAS = frozenset({"ask", "wonder", "inquire"})
TERM_FOLLOWER = regex.compile(r"\s*[\p{L}(]")
# A title, then a role and a name: '“Shark Tank” host Mark Cuban'.
TITLE_ROLE = regex.compile(r" (\p{Ll}[\p{Ll}-]+) \p{Lu}")


def _only_dashes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is nothing but spaces and dashes (stops at the first other)."""
    return all(text[k].isspace() or text[k] in "—–-" for k in range(start, end))


# A piece's writer credited after its quoted headline: '"...," by Variety's Gordon Cox'
BYLINE_AFTER = regex.compile(r",?\s+by\s+(?:the\s+)?\p{Lu}[\w.’'-]*(?:['’]s)?\s+\p{Lu}")
# How many short paragraphs (a headline, a standfirst, a byline) a dateline may follow
DATELINE_REACH = 3
SPOKEN = regex.compile(r"\b(?:I|you|we|You|We)\b")


def _spoken(masked: str, para: Span) -> bool:
    """Does a line after a label in capitals read as speech ("MODERATOR: Do you
    think ...?") rather than the lead of a story after its dateline?"""
    return masked[para.end - 1] == "?" or SPOKEN.search(masked, para.start, para.end) is not None


def _cue_follows(masked: str, pos: int, end: int, lexicon: Lexicon) -> bool:
    """'"Really," she added': a cue within the next two words, before any mark."""
    window = masked[pos : min(end, pos + 40)]
    cue = lexicon.cue_re.search(window)
    if cue is None:
        return False
    before = window[: cue.start()]
    if not before.strip() and not window[cue.end() :].strip(" .!?"):
        return False  # 'the "Northern Front," attacked.': the quote is the subject
    return len(before.split()) <= 2 and all(c.isalnum() or c in " .-’'" for c in before)


def describe_quote(
    index: int, raw: RawQuote, text: str, masked: str, sent: Span, lexicon: Lexicon
) -> QuoteInfo:
    inner = text[raw.inner_start : raw.inner_end]
    # Only the end of the sentence before the quote matters; never copy or scan
    # all of it (a sentence can hold thousands of quotes).
    back = raw.start
    while back > sent.start and masked[back - 1].isspace():
        back -= 1
    lead = back == sent.start or masked[back - 1] in LEAD_IN_MARKS
    full = lead and bool(SENTENCE_LIKE.match(inner))
    words = inner.split()
    ending = inner.rstrip().rstrip(",")[-1:]
    term_like = (
        0 < len(words) <= 8
        # 'told ABC's "Good Morning America."': a title keeps the sentence's period
        and (ending not in ".,!?;:…" or (ending == "." and not lead))
        and all(w[0].isupper() or w.lower() in CONNECTORS or not w[0].isalpha() for w in words)
    )
    if (
        term_like
        and inner.rstrip().endswith(",")
        and _cue_follows(masked, raw.end, sent.end, lexicon)
    ):
        term_like = False  # '"Really," she added': a statement, not a title
    if full and term_like and raw.closed and TERM_FOLLOWER.match(text, raw.end, sent.end):
        full = False  # '"American Skin" was written by ...': a title, not a statement
    if full and raw.closed and inner.rstrip()[-1:] not in ".,!?;:…":  # '“Done,” host Lee said'
        role = TITLE_ROLE.match(text, raw.end, sent.end)
        if role is not None and role.group(1) in lexicon.role_nouns:
            # '“Orange is the New Black” star Selenis Leyva': a show's title
            full, term_like = False, True
    if (
        raw.closed
        and (inner.rstrip().endswith(",") or text[raw.end : raw.end + 1] == ",")
        and BYLINE_AFTER.match(text, raw.end, sent.end)
    ):
        # '—"Sam Mendes leaves the show," by the Times' Michael Paulson: http://...': a
        # headline of a piece credited to its writer, nobody's statement
        full, term_like = False, True
    # 'On Isak: "He trained with the group."': a topic label and its colon
    labelled = (
        full
        and back > sent.start
        and masked[back - 1] == ":"
        and lexicon.topic_label_re.fullmatch(masked, sent.start, raw.start) is not None
    )
    opens = full and (labelled or _only_dashes(masked, sent.start, back))
    return QuoteInfo(
        index=index,
        raw=raw,
        full_position=full,
        term_like=term_like,
        opens_sentence=opens,
        labelled=labelled,
    )


def find_statements(
    text: str, masked: str, paragraphs: list[Span], raw_quotes: list[RawQuote], lexicon: Lexicon
) -> tuple[list[Draft], dict[int, QuoteInfo], list[Span]]:
    """The draft statements of an article, what its quotes are, and its sentences
    outside transcripts (coreference reads their subjects for the pronouns after
    them: "Harlan struck a more confident tone. She said ...")."""
    reader = SentenceReader(text, masked, lexicon)
    drafts: list[Draft] = []
    infos: dict[int, QuoteInfo] = {}
    prose_sentences: list[Span] = []
    top = [i for i, q in enumerate(raw_quotes) if not q.nested]
    # In an article quoted in double marks, a paragraph in single marks is a
    # subheading in headline style ("‘A change warrior.’"), not a quote.
    singles = sum(1 for i in top if _single_marked(raw_quotes[i], text))
    single_is_heading = len(top) - singles > 2 * singles
    # "Q: ..." paragraphs make the article an interview: "Fischer: ..." answers;
    # so does one name that opens two answers or more ("Lindqvist: ...")
    labels = Counter(
        name.group()
        for para in paragraphs
        if (name := lexicon.interview_label_re.match(masked, para.start, para.end)) is not None
        and name.group().rstrip(": \t").rsplit(" ", 1)[-1].lower() not in lexicon.headline_labels
    )
    interview = sum(
        1 for para in paragraphs if lexicon.interview_question_re.match(masked, para.start)
    ) > 1 or any(count > 1 for count in labels.values())
    cursor = 0
    previous_last: Draft | None = None  # last statement of the paragraph just before
    before_question: Draft | None = None  # the statement before the last "X asked ..."
    lead_in: Draft | None = None
    run_on: Draft | None = None
    for p, para in enumerate(paragraphs):
        if p > 0 and _credit_above(reader, para, drafts, p):
            continue
        incoming_run_on = run_on
        last: Draft | None = None
        para_drafts: list[Draft] = []
        # "LAHORE: Punjab's minister said ...": a dateline opens the story, not a
        # transcript line, right after the headline or after a headline and a short
        # standfirst or byline, so long as no earlier paragraph is a transcript line
        transcript = is_transcript_line(masked, para, lexicon, interview) and not (
            (p <= 1 or (p <= DATELINE_REACH and all(is_short(q) for q in paragraphs[:p])))
            and lexicon.dateline_re.match(masked, para.start, para.end) is not None
            and not _spoken(masked, para)
            and not any(is_transcript_line(masked, q, lexicon, interview) for q in paragraphs[:p])
        )
        sents = [para] if transcript else sentences(text, masked, para, lexicon)
        headline = transcript or (len(sents) == 1 and is_short(sents[0]))
        for sent in sents:
            quotes: list[QuoteInfo] = []
            while cursor < len(top) and raw_quotes[top[cursor]].start < sent.end:
                k = top[cursor]
                if raw_quotes[k].start >= sent.start:
                    info = describe_quote(k, raw_quotes[k], text, masked, sent, lexicon)
                    infos[k] = info
                    quotes.append(info)
                cursor += 1
            found = (
                read_short(reader, sent, p, quotes, transcript)
                if headline
                else reader.read(sent, p, quotes)
            )
            if not transcript:
                prose_sentences.append(sent)
            used = {k for d in found for _, k in d.fragments if k is not None}
            used.update(k for d in found for k in d.partials)
            before_sentence = last
            for draft in found:
                if draft.lead_in:
                    lead_in = draft
                else:
                    para_drafts.append(draft)
                    if draft.phrase is None and draft.form is not Form.DIRECT:
                        # "..., asked about the plan.", "who is seen as a favourite.":
                        # a statement whose source goes unnamed speaks no quote after it
                        continue
                    if (draft.phrase is None or not _relative(draft.phrase, masked)) and not (
                        last is not None
                        and last in found
                        and last.form is Form.DIRECT
                        and _subordinate(draft, masked, sent, lexicon)
                    ):
                        if _asks(draft, masked, lexicon):
                            before_question = last
                        # quotes that follow carry the name, not "who", nor the
                        # source of an adjunct ('“...,” Lee said, after news
                        # outlets declared her the winner. “...”')
                        last = draft
            for info in quotes:
                if info.index in used or not info.opens_sentence or info.term_like:
                    continue
                if _is_heading(info.raw, para, text, single_is_heading):
                    continue  # "‘All Bets Are Off.’" alone on its line: a subheading
                if not (info.raw.closed or info.raw.continues):
                    continue  # a stray mark: reported as a problem, not a statement
                labelled = _labelled_quote(reader, info, p)
                if labelled is not None:
                    # '"PENCE: Well, look, ..."': a transcript line quoted whole
                    para_drafts.append(labelled)
                    last = labelled
                    run_on = None
                    continue
                # Only what comes before a quote can carry on into it: a cue later
                # in the sentence belongs to the quote it introduces.
                earlier = [d for d in found if not d.lead_in and _position(d) < info.raw.start]
                if found and not earlier and last is not None and last in found:
                    last = before_sentence
                span = Span(info.raw.start, info.raw.end)
                at_para_start = info.raw.start == para.start or (
                    info.labelled and sent.start == para.start
                )
                recent_lead_in = (
                    lead_in is not None
                    and lead_in.paragraph == p
                    and not found
                    and (last is None or _position(last) < _position(lead_in))
                )
                if run_on is not None and at_para_start:
                    run_on.fragments.append((span, info.index))
                    last = run_on
                elif lead_in is not None and recent_lead_in:
                    last = _introduced(lead_in, span, info.index, p)
                    para_drafts.append(last)
                elif last is not None and last.form is Form.DIRECT and not found:
                    last.fragments.append((span, info.index))  # interrupted quote
                elif (resumed := _resumed_quotation(last, para_drafts, found)) is not None:
                    # '"...," Obama said. He didn't suggest retaliation. "...": the
                    # quotation goes on after the speaker's aside
                    resumed.fragments.append((span, info.index))
                    last = resumed
                elif last is not None:
                    last = _follow(last, before_question, info, p, text, masked, lexicon)
                    para_drafts.append(last)
                elif lead_in is not None and at_para_start:
                    last = _introduced(lead_in, span, info.index, p)
                    para_drafts.append(last)
                elif previous_last is not None and at_para_start:
                    last = _follow(previous_last, before_question, info, p, text, masked, lexicon)
                    para_drafts.append(last)
                else:
                    last = Draft(Form.DIRECT, [(span, info.index)], None, None, None, None, p)
                    para_drafts.append(last)
                run_on = None
            run_on = None
        post = _embedded_post(masked, para, paragraphs[p - 1] if p else None, p, infos, lexicon)
        if post is not None:
            # the post's own words hold no statements of their own (the page may print
            # the credit as a paragraph of its own, after the post's)
            inside = post.fragments[0][0]
            drafts[:] = [d for d in drafts if not _within(d, inside)]
            para_drafts = [d for d in para_drafts if not _within(d, inside)] + [post]
            last = post
        if (
            not para_drafts
            and not transcript
            and lead_in is not None
            and lead_in.paragraph == p - 1
            and masked[paragraphs[p - 1].start : paragraphs[p - 1].end].rstrip().endswith(":")
            and masked[para.start] not in OPENING_MARKS
        ):
            # "The governor added:" and a paragraph with no quote marks (a block
            # quote whose marks the page left out): the paragraph is what was said
            end = para.end
            while end > para.start and masked[end - 1].isspace():
                end -= 1
            last = _introduced(lead_in, Span(para.start, end), None, p)
            para_drafts.append(last)
        _absorb_run_on(incoming_run_on, para_drafts, drafts)
        drafts.extend(para_drafts)
        run_on = _running_on(para_drafts, raw_quotes)
        previous_last = last
        if lead_in is not None and lead_in.paragraph < p:
            lead_in = None
    return drafts, infos, prose_sentences


def _embedded_post(
    masked: str,
    para: Span,
    previous: Span | None,
    p: int,
    infos: dict[int, QuoteInfo],
    lexicon: Lexicon,
) -> Draft | None:
    """A post embedded in the article ("No one should be above the law. — Paul Ryan
    (@SpeakerRyan) July 5, 2016"): the poster's words, the handle its channel. A
    credit alone on its line credits the paragraph before it."""
    if masked.find("(@", para.start, para.end) == -1:
        return None  # no handle: most paragraphs
    credit = lexicon.embedded_post_re.search(masked, para.start, para.end)
    offset = 0
    if credit is not None:
        start, end = para.start, credit.start()
    elif previous is not None and masked[para.start] in "—–-":
        # the credit alone on its line: the pattern wants a space before the dash
        credit = lexicon.embedded_post_re.match(" " + masked[para.start : para.end])
        if credit is None:
            return None
        offset = para.start - 1
        start, end = previous.start, previous.end
    else:
        return None
    links = lexicon.post_links_re.search(masked, start, end)
    if links is not None:
        end = links.start()
    while end > start and (masked[end - 1].isspace() or masked[end - 1] in ".,;"):
        end -= 1
    if len(masked[start:end].split()) < 2:
        return None
    name = Span(offset + credit.start("name"), offset + credit.end("name"))
    handle = Span(offset + credit.start("handle"), offset + credit.end("handle"))
    dash = offset + credit.start()
    while masked[dash].isspace():
        dash += 1
    phrase = NounPhrase(name, name, "name", None, None, 0)
    draft = Draft(
        Form.INDIRECT, [(Span(start, end), None)], phrase, Span(dash, dash + 1), "credit", handle, p
    )
    draft.partials = [
        info.index
        for info in infos.values()
        if start <= info.raw.start and info.raw.end <= end and not info.term_like
    ]
    if draft.partials:
        draft.form = Form.MIXED
    return draft


def _within(draft: Draft, span: Span) -> bool:
    """Whether a statement's cue (or, with none, its first words) lies inside a span."""
    if draft.cue is not None:
        return span.start <= draft.cue.start < span.end
    return bool(draft.fragments) and span.start <= draft.fragments[0][0].start < span.end


def _relative(phrase: NounPhrase, masked: str) -> bool:
    """A source inside a relative clause: "who" for a name before it, or "whose
    organization" ("said Mr. Franklin, whose organization does not endorse ...");
    the quotes after it stay with the clause's antecedent."""
    return phrase.relative or masked[phrase.mention.start : phrase.mention.end].lower().startswith(
        "whose "
    )


def _subordinate(draft: Draft, masked: str, sent: Span, lexicon: Lexicon) -> bool:
    """Whether a statement's subject opens an adverbial clause ("after news outlets
    declared"): a subordinator among the few words before it, past the last comma."""
    if draft.phrase is None:
        return False
    words: list[str] = regex.findall(
        r"[\w’']+|[^\w\s]",
        masked[max(sent.start, draft.phrase.mention.start - 40) : draft.phrase.mention.start],
    )
    for word in reversed(words[-6:]):
        if not word[0].isalnum():
            return False
        if word.lower() in lexicon.subordinators:
            return True
    return False


def _asks(draft: Draft, masked: str, lexicon: Lexicon) -> bool:
    """An indirect question ("Callers asked how much he was paid")."""
    if draft.form is not Form.INDIRECT or draft.cue is None:
        return False
    verb = lexicon.verbs.get(masked[draft.cue.start : draft.cue.end].lower())
    return verb is not None and verb.lemma in QUESTION_LEMMAS


def _labelled_quote(reader: SentenceReader, info: QuoteInfo, p: int) -> Draft | None:
    """A quote that opens with a speaker's name in capitals and a colon, as a
    transcript quoted line by line ('"PENCE: Well, look, ..."'): that speaker's."""
    raw, lex = info.raw, reader.lex
    label = lex.transcript_re.match(reader.text, raw.inner_start, raw.inner_end)
    if label is None:
        return None
    colon_at = reader.text.index(":", label.start(), label.end())
    toks = tokenize(reader.text, raw.inner_start, colon_at + 1, lex)
    if len(toks) < 2 or toks[-2].lower in lex.headline_labels:
        return None  # '"UPDATE: ..."'
    phrase = reader.parser.left(toks, len(toks) - 1, 0)
    if phrase is None or phrase.kind == "pronoun":
        return None
    span = Span(raw.start, raw.end)
    cue = Span(colon_at, colon_at + 1)
    return Draft(Form.DIRECT, [(span, info.index)], phrase, cue, "credit", None, p)


def _resumed_quotation(
    last: Draft | None, para_drafts: list[Draft], found: list[Draft]
) -> Draft | None:
    """The quotation a cue-less quote resumes after one indirect sentence of the same
    speaker in between ('"...," Obama said. He didn't suggest retaliation. "..."'):
    the statement just before that sentence, when it is a quotation with its cue and
    the sentence's source is a pronoun."""
    if (
        found
        or last is None
        or last.form is not Form.INDIRECT  # not '..., he added, "too little."': his words
        or last.phrase is None
        or last.phrase.kind != "pronoun"
        or len(para_drafts) < 2
        or para_drafts[-1] is not last
    ):
        return None
    before = para_drafts[-2]
    if before.form is not Form.DIRECT or before.cue is None or before.phrase is None:
        return None
    return before


def _follow(
    source: Draft,
    before_question: Draft | None,
    info: QuoteInfo,
    p: int,
    text: str,
    masked: str,
    lexicon: Lexicon,
) -> Draft:
    """A quote with no cue of its own carries on the statement before it, except
    after an indirect question ("Callers asked how much he was paid."): a quote
    that answers it is the speaker's before the question, not the asker's."""
    span = Span(info.raw.start, info.raw.end)
    if not _asks(source, masked, lexicon) or _is_question(text, info.raw):
        return _carry(source, span, info.index, p)
    if before_question is not None:
        return _carry(before_question, span, info.index, p)
    return Draft(Form.DIRECT, [(span, info.index)], None, None, None, None, p)


def _is_question(text: str, raw: RawQuote) -> bool:
    return text[raw.inner_start : raw.inner_end].rstrip().endswith("?")


def _position(draft: Draft) -> int:
    starts = [span.start for span, _ in draft.fragments]
    if draft.cue is not None:
        starts.append(draft.cue.start)
    return min(starts) if starts else 0


def _credit_above(reader: SentenceReader, para: Span, drafts: list[Draft], p: int) -> bool:
    """A credit paragraph ("— Bernie Sanders.") names the speaker of the quotes
    just above it that have no cue of their own."""
    credit = reader.credit_line(para)
    if credit is None:
        return False
    phrase, dash = credit
    credited = False
    for draft in reversed(drafts):
        if draft.paragraph != p - 1:
            break
        if draft.cue is None and draft.form is Form.DIRECT:
            draft.phrase, draft.cue, draft.cue_class = phrase, dash, "credit"
            draft.inherited, draft.source = False, None
            credited = True
    return credited


def _single_marked(raw: RawQuote, text: str) -> bool:
    """A quote in single marks ('...' or ‘...’), not one opened by two apostrophes."""
    return text[raw.start] in SINGLE_MARKS and raw.inner_start - raw.start == 1


def _is_heading(raw: RawQuote, para: Span, text: str, single_is_heading: bool) -> bool:
    """A short quotation in title case that is its paragraph: a subheading; or,
    where the article quotes in double marks, a short paragraph in single marks
    (also between dashes, as wire copy sets its subheadings: "– ‘Who cares?’ –.")."""
    if not (
        _only_dashes(text, para.start, raw.start)
        and all(text[k].isspace() or text[k] in "—–-." for k in range(raw.end, para.end))
    ):
        return False
    words = text[raw.inner_start : raw.inner_end].split()
    if single_is_heading and _single_marked(raw, text) and len(words) <= HEADING_WORDS:
        return True
    return 0 < len(words) <= 8 and all(
        w[0].isupper() or w.lower() in CONNECTORS or not w[0].isalpha() for w in words
    )


def _introduced(lead_in: Draft, span: Span, quote: int | None, paragraph: int) -> Draft:
    """The quote a lead-in ("He said:", "Lind agreed.") introduces, with its cue; or,
    with no quote, the unmarked paragraph after a colon lead-in (a block quote)."""
    return Draft(
        Form.DIRECT if quote is not None else Form.INDIRECT,
        [(span, quote)],
        lead_in.phrase,
        lead_in.cue,
        lead_in.cue_class,
        lead_in.channel,
        paragraph,
    )


def _carry(source: Draft, span: Span, quote: int, paragraph: int) -> Draft:
    """A new direct statement whose speaker is carried over from `source`."""
    origin = source.source if source.inherited and source.source is not None else source
    return Draft(
        Form.DIRECT,
        [(span, quote)],
        origin.phrase,
        None,
        None,
        None,
        paragraph,
        inherited=origin.phrase is not None,
        source=origin,
    )


def _running_on(para_drafts: list[Draft], raw_quotes: list[RawQuote]) -> Draft | None:
    """The statement whose last quote runs on into the next paragraph, if any."""
    last_quote, owner = -1, None
    for draft in para_drafts:
        for _, k in draft.fragments:
            if k is not None and k > last_quote:
                last_quote, owner = k, draft
    if owner is not None and raw_quotes[last_quote].continues:
        return owner
    return None


def _absorb_run_on(run_on: Draft | None, para_drafts: list[Draft], drafts: list[Draft]) -> None:
    """A quote that ran on from the last paragraph and is attributed only here.

    Its earlier fragments join the statement that carries the cue, so the whole
    quotation is one statement of one speaker.
    """
    if run_on is None or run_on.cue is not None or not para_drafts:
        return
    first = para_drafts[0]
    if first is run_on or first.cue is None or first.form is not Form.DIRECT:
        return
    first.fragments[:0] = run_on.fragments
    first.inherited = False
    drafts[:] = [d for d in drafts if d is not run_on]
