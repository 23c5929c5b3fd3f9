"""Statements without a verb: credits and colons.

A quote can be attributed with no speech verb at all: a dash credit after it
("“...” ― Jane Roe, 34"), a credit paragraph below it ("— Bernie
Sanders."), a name and a colon before it ("Pollster Dana Shaw: “...”"), a
clause of the subject leading up to a colon ("Perez argues for a higher wage:
“...”"), or a sentence that opens with the verb ("Said Hilal: ...").
"""

from __future__ import annotations

import regex

from attribution.drafts import Draft, QuoteInfo, index_at
from attribution.model import Form, Span
from attribution.reader import ReaderBase
from attribution.speakers import NounPhrase, Token, tokenize

OPENING_QUOTES = frozenset('"“‘«„') | {"''"}
# A credit line after a quote names its speaker without a verb.
CREDIT_DASHES = ("―", "—", "–", "-")
CREDIT_MARKS = ("―", "—", "–", " - ")  # what to look for: a hyphen only with spaces
CREDIT_FOLLOWERS = frozenset('.,;“"‘«(')
CREDIT_LINE_MAX = 160  # a credit paragraph is a name and a few words


OPENER_REACH = 16  # tokens an opening phrase may run before its comma
# A paragraph break, then a quotation mark
NEXT_PARAGRAPH_QUOTE = regex.compile(r"[^\S\n]*\n\s*[\"“‘«„]")
# Verbs that open a writer's instruction to the reader ("Watch the video below:")
IMPERATIVES = frozenset({"watch", "look", "click", "listen", "consider", "take", "here"})
# Pronouns that may own a colon lead-in to the next paragraph ("She went further:");
# "it", "this", "here" are the writer's ("Wait, it gets better:")
PERSONAL_LEAD_INS = frozenset({"he", "she", "they", "we", "i"})


class VerblessReader(ReaderBase):
    def _said_first(
        self, sent: Span, paragraph: int, toks: list[Token], quotes: list[QuoteInfo]
    ) -> Draft | None:
        """A sentence that opens with its verb: "Said Berg: \u201c...\u201d"."""
        verb = self.lex.verbs.get(toks[0].lower)
        if verb is None or verb.frame != "speech" or len(toks) < 3:
            return None
        phrase = self.parser.right(toks, 1, len(toks))
        if phrase is None or phrase.kind == "pronoun":
            return None
        end = phrase.end_index
        if end >= len(toks) or toks[end].text not in (":", ","):
            return None  # "Said Berg: “...”", "Said Comey, “...”"
        cue = Span(toks[0].start, toks[0].end)
        draft = Draft(Form.DIRECT, [], phrase, cue, verb.cls, None, paragraph)
        direct = self._quotes_from(toks[end].end, sent, quotes)
        if direct:
            draft.add_quotes(quotes, direct)
            return draft
        if end + 1 == len(toks):
            draft.lead_in = True  # the quote is the next paragraph
            return draft
        return None

    def _name_colon(
        self, sent: Span, paragraph: int, toks: list[Token], quotes: list[QuoteInfo]
    ) -> Draft | None:
        """ "Republican pollster Daron Shaw: \u201c...\u201d": a name and a colon, no verb."""
        colon = next(
            (
                m
                for m in range(1, len(toks) - 1)
                if toks[m].text == ":" and toks[m + 1].text in OPENING_QUOTES
            ),
            None,
        )
        if colon is None:
            return None
        return (
            self._labelled(sent, paragraph, toks, colon, quotes)
            or self._from_document(sent, paragraph, toks, colon, quotes)
            or self._clause_colon(sent, paragraph, toks, colon, quotes)
        )

    def _colon_lead_in(
        self, sent: Span, paragraph: int, toks: list[Token], quotes: list[QuoteInfo]
    ) -> Draft | None:
        """ "He then listed the qualities a nominee needs:" ending its paragraph, with
        no quotation of its own: a lead-in whose statement is the quotation that
        opens the next paragraph, the subject's (as "Perez lobbies for a higher
        minimum wage: “...”" is inside one paragraph)."""
        colon = len(toks) - 1
        if colon < 2 or toks[colon].text != ":":
            return None
        if any(sent.start <= q.raw.start < sent.end for q in quotes):
            return None
        if NEXT_PARAGRAPH_QUOTE.match(self.masked, sent.end) is None:
            return None  # only a quotation that opens the next paragraph is introduced
        owner = self._subject_owner(paragraph, toks, colon)
        if owner is None or owner.phrase is None or colon <= owner.phrase.end_index:
            return None
        phrase = owner.phrase
        if not toks[phrase.end_index].is_word:
            return None  # "Wait, it gets better:": an interjection, not a subject
        first = toks[index_at(toks, phrase.mention.start)].lower
        if first in self.lex.verbs or first in IMPERATIVES:
            return None  # "Read the latest updates below:": the writer's imperative
        if phrase.kind not in ("name", "pronoun") or (
            phrase.kind == "pronoun"
            and phrase.mention.text(self.masked).lower() not in PERSONAL_LEAD_INS
        ):
            return None  # "It gets better:", "This is the list:": the writer's
        cue = Span(toks[colon].start, toks[colon].end)
        lead = Draft(Form.DIRECT, [], phrase, cue, "credit", None, paragraph)
        lead.lead_in = True
        return lead

    def _from_document(
        self, sent: Span, paragraph: int, toks: list[Token], colon: int, quotes: list[QuoteInfo]
    ) -> Draft | None:
        """ "From Bush's Facebook post: “...”", "From the report: “...”": the
        document (and whoever owns it) is the source of the quote after the colon."""
        if toks[0].lower != "from" or toks[colon - 1].lower not in self.lex.document_heads:
            return None
        phrase = self.parser.right(toks, 1, colon)
        if phrase is None or phrase.end_index != colon:
            return None
        direct = self._quotes_from(toks[colon].end, sent, quotes)
        if not direct:
            return None
        cue = Span(toks[colon].start, toks[colon].end)
        return Draft.quoted(phrase, cue, "credit", paragraph, quotes, direct)

    def _clause_colon(
        self, sent: Span, paragraph: int, toks: list[Token], colon: int, quotes: list[QuoteInfo]
    ) -> Draft | None:
        """ "Perez lobbies for a higher minimum wage: “...”": the subject's quote,
        when a clause of theirs leads up to the colon."""
        owner = self._subject_owner(paragraph, toks, colon)
        if owner is None or owner.phrase is None or colon <= owner.phrase.end_index:
            return None
        direct = self._quotes_from(toks[colon].end, sent, quotes)
        if not direct:
            return None
        cue = Span(toks[colon].start, toks[colon].end)
        return Draft.quoted(owner.phrase, cue, "credit", paragraph, quotes, direct)

    def _labelled(
        self, sent: Span, paragraph: int, toks: list[Token], colon: int, quotes: list[QuoteInfo]
    ) -> Draft | None:
        floor = 0
        for m in range(colon):
            if toks[m].text in ("-", "\u2013", "\u2014", "\u2015"):
                floor = m + 1  # "HEADLINE - Jeffrey M. Jones: \u201c..."
        phrase = self.parser.left(toks, colon, floor)
        if phrase is None or phrase.kind != "name" or index_at(toks, phrase.mention.start) != floor:
            return None
        words = phrase.name.text(self.masked).split()
        if len(words) < 2 and words[0].lower() in self.lex.headline_labels:
            return None  # "Background:", "Update:": a label, not a source
        direct = self._quotes_from(toks[colon].end, sent, quotes)
        if not direct:
            return None
        cue = Span(toks[colon].start, toks[colon].end)
        return Draft.quoted(phrase, cue, "credit", paragraph, quotes, direct)

    def _issued_statement(
        self, sent: Span, paragraph: int, toks: list[Token], quotes: list[QuoteInfo]
    ) -> Draft | None:
        """ "Trump issued a statement, “...”", "The campaign released the
        following statement:" and the quote in the next paragraph: a document the
        subject put out, then its words."""
        for m in range(2, len(toks) - 1):
            mark = toks[m + 1].text
            if mark not in (":", ",") or toks[m].lower not in self.lex.document_heads:
                continue
            det = next(
                (
                    d
                    for d in range(m - 1, max(m - 4, 0), -1)
                    if toks[d].lower in self.lex.determiners
                ),
                0,
            )
            if det < 2:
                continue
            verb = det - 1
            if (
                toks[verb].is_cap
                or not toks[verb].is_word
                or toks[verb].lower in self.lex.prepositions  # "used a quote as its headline:"
            ):
                continue
            # "Republican nominee Donald Trump issued": the subject before the verb
            phrase = self.parser.left(toks, verb, 0)
            if phrase is None:
                owner = self._subject_owner(paragraph, toks, verb)
                phrase = owner.phrase if owner is not None else None
            if phrase is None or phrase.end_index > verb:
                continue
            cue = Span(toks[m].start, toks[m].end)
            direct = self._quotes_from(toks[m + 1].end, sent, quotes)
            if direct:
                return Draft.quoted(phrase, cue, "credit", paragraph, quotes, direct)
            if mark == ":" and m + 2 == len(toks):
                lead = Draft(Form.DIRECT, [], phrase, cue, "credit", None, paragraph)
                lead.lead_in = True
                return lead  # the statement is the next paragraph
        return None

    def _announced_document(
        self, sent: Span, paragraph: int, toks: list[Token], quotes: list[QuoteInfo]
    ) -> Draft | None:
        """ "The party issued a statement apologizing to Sanders." with no quotation
        of its own: a lead-in whose statement is the quotation that opens the next
        paragraph (the subject put the document out)."""
        issued = self.lex.issued_re.search(self.masked, sent.start, sent.end)
        if issued is None or any(sent.start <= q.raw.start < sent.end for q in quotes):
            return None
        verb = index_at(toks, issued.start())
        if verb == 0 or toks[verb].start != issued.start():
            return None
        phrase = self.parser.left(toks, verb, 0)
        if phrase is None or phrase.end_index != verb:
            return None
        head = index_at(toks, issued.end()) - 1
        cue = Span(toks[head].start, toks[head].end)
        lead = Draft(Form.DIRECT, [], phrase, cue, "credit", None, paragraph)
        lead.lead_in = True
        return lead

    def _finding_opener(
        self, sent: Span, paragraph: int, toks: list[Token], quotes: list[QuoteInfo]
    ) -> Draft | None:
        """ "In a CNN/ORC poll released Monday, 31% of Republicans said they would ...":
        a finding named in the sentence's opening phrase is the source of the clause
        after its comma."""
        phrase = self._finding_source(toks)
        if phrase is None:
            return None
        cue = Span(toks[0].start, toks[0].end)
        draft = Draft(Form.INDIRECT, [], phrase, cue, "according", None, paragraph)
        self._content_after(draft, toks[phrase.end_index + 1].start, sent, quotes)
        return draft if draft.fragments else None

    def _finding_source(self, toks: list[Token]) -> NounPhrase | None:
        """The finding in the sentence's opening phrase ("In a CNN/ORC poll released
        Monday, ..."), its end_index at the phrase's comma; or None."""
        comma = next(
            (k for k in range(2, min(len(toks), OPENER_REACH)) if toks[k].text == ","), None
        )
        if comma is None or comma + 1 >= len(toks):
            return None
        if not any(toks[k].lower in self.lex.finding_heads for k in range(1, comma)):
            return None
        if any(not toks[k].is_word and toks[k].text not in "/-.&" for k in range(1, comma)):
            return None  # a quote or a bracket inside: no plain noun phrase
        mention = Span(toks[1].start, toks[comma - 1].end)
        return NounPhrase(mention, mention, "description", None, None, comma)

    def _credits(
        self, paragraph: int, toks: list[Token], quotes: list[QuoteInfo], drafts: list[Draft]
    ) -> list[Draft]:
        """Vox-pop credits: a quote, a dash, a name (“...” ― Jane Roe, 34)."""
        used = {k for d in drafts for _, k in d.fragments if k is not None}
        used.update(k for d in drafts for k in d.partials)
        # Only a quote that reads as a sentence of its own can be credited: in
        # 'called him “the next Washington” – the Founding Father who ...' the
        # dash opens an aside.
        ends = {
            q.raw.end: q
            for q in quotes
            if q.raw.closed
            and q.index not in used
            and (q.full_position or self.text[q.raw.inner_start : q.raw.inner_start + 1].isupper())
        }
        found = []
        for k, tok in enumerate(toks):
            if tok.text not in CREDIT_DASHES:
                continue
            quote = ends.get(self._back_over_space(tok.start, 0))
            if quote is None or quote.term_like:
                continue
            phrase = self.parser.right(toks, k + 1, len(toks))
            if phrase is None or phrase.kind != "name":
                continue
            nxt = phrase.end_index
            if nxt < len(toks) and toks[nxt].text not in CREDIT_FOLLOWERS:
                continue  # "“...” — Smith said": a verb cue, read elsewhere
            cue = Span(tok.start, tok.end)
            found.append(
                Draft(
                    Form.DIRECT,
                    [(quote.raw_span(), quote.index)],
                    phrase,
                    cue,
                    "credit",
                    None,
                    paragraph,
                )
            )
        return found

    def credit_line(self, para: Span) -> tuple[NounPhrase, Span] | None:
        """A paragraph that only credits the quote above it ("— Bernie Sanders.",
        "-President Obama, tweeting after the speech."): its name and dash."""
        if para.end - para.start > CREDIT_LINE_MAX or self.masked[para.start] not in CREDIT_DASHES:
            return None
        toks = tokenize(self.masked, para.start, para.end, self.lex)
        if len(toks) < 2:
            return None
        phrase = self.parser.right(toks, 1, len(toks))
        if phrase is None or phrase.kind != "name":
            return None
        nxt = phrase.end_index
        if nxt < len(toks) and toks[nxt].text not in CREDIT_FOLLOWERS:
            return None
        return phrase, Span(toks[0].start, toks[0].end)
