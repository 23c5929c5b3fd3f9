"""`attribution claims`: claims per speaker as text, CSV, JSON, Markdown or ClaimReview."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from attribution.claims import NAMED_KINDS, Claim, ClaimSet, SpeakerGroup, merges
from attribution.document import LineIndex

CLAIMS_SCHEMA_VERSION = "1.0"
COLUMNS = (
    "speaker",
    "speaker_kind",
    "role",
    "channel",
    "form",
    "cue",
    "claim",
    "path",
    "line",
    "column",
    "statement",
    "date",
    "url",
    "title",
)


class _Locator:
    """Line and column of claims, one line index per article, built when first needed."""

    def __init__(self, claim_set: ClaimSet) -> None:
        self.claim_set = claim_set
        self.indexes: dict[int, LineIndex] = {}

    def row(self, speaker: SpeakerGroup, claim: Claim) -> dict[str, Any]:
        article = self.claim_set.articles[claim.article]
        if claim.article not in self.indexes:
            self.indexes[claim.article] = LineIndex(article.prose.original)
        line, column = self.indexes[claim.article].position(claim.span.start)
        return {
            "speaker": speaker.name,
            "speaker_kind": speaker.kind,
            "role": claim.role or (speaker.roles[0] if speaker.roles else None),
            "channel": claim.channel,
            "form": claim.form,
            "cue": claim.cue,
            "claim": " ".join(claim.text.split()),
            "path": article.path,
            "line": line,
            "column": column,
            "statement": claim.statement,
            "date": article.date,
            "url": article.url,
            "title": article.title,
        }

    def rows(self) -> Iterator[dict[str, Any]]:
        for speaker in self.claim_set.speakers:
            for claim in speaker.claims:
                yield self.row(speaker, claim)


def render_text(claim_set: ClaimSet, console: Console) -> None:
    locate = _Locator(claim_set)
    for speaker in claim_set.speakers:
        title = Text(speaker.name, style="bold")
        details = [speaker.kind, *speaker.roles[:1]]
        title.append(f" ({', '.join(details)})", style="dim")
        table = Table(title=title, title_justify="left", show_edge=False, expand=False)
        table.add_column("Where", no_wrap=True)
        table.add_column("Form · cue", no_wrap=True)
        table.add_column("Claim")
        for claim in speaker.claims:
            row = locate.row(speaker, claim)
            cue = f"{row['form']} · {row['cue']}" if row["cue"] else row["form"]
            table.add_row(f"{row['path']}:{row['line']}:{row['column']}", cue, row["claim"])
        console.print(table)
        console.print()
    for variant, name in merges(claim_set):
        console.print(f"merged: {variant} -> {name}", highlight=False)
    named = sum(1 for s in claim_set.speakers if s.kind in NAMED_KINDS)
    total = sum(len(s.claims) for s in claim_set.speakers)
    console.print(
        f"{total} claims by {named} named sources in {len(claim_set.articles)} articles.",
        highlight=False,
    )


def render_csv(claim_set: ClaimSet, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in _Locator(claim_set).rows():
        writer.writerow(row)


def render_json(claim_set: ClaimSet, out: TextIO) -> None:
    locate = _Locator(claim_set)
    document = {
        "schema_version": CLAIMS_SCHEMA_VERSION,
        "articles": [
            {"path": a.path, "date": a.date, "url": a.url, "title": a.title}
            for a in claim_set.articles
        ],
        "speakers": [
            {
                "name": speaker.name,
                "kind": speaker.kind,
                "roles": speaker.roles,
                "variants": speaker.variants,
                "claims": [locate.row(speaker, claim) for claim in speaker.claims],
            }
            for speaker in claim_set.speakers
        ],
        "merged": [{"variant": v, "name": n} for v, n in merges(claim_set)],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def render_markdown(claim_set: ClaimSet, out: TextIO) -> None:
    locate = _Locator(claim_set)
    out.write("# Claims by speaker\n")
    for speaker in claim_set.speakers:
        role = f", {_md(speaker.roles[0])}" if speaker.roles else ""
        out.write(f"\n## {_md(speaker.name)} ({speaker.kind}{role})\n\n")
        for claim in speaker.claims:
            row = locate.row(speaker, claim)
            cue = f" · {_md(row['cue'])}" if row["cue"] else ""
            where = f"`{row['path']}:{row['line']}:{row['column']}`"
            out.write(f"- {_md(row['claim'])} ({row['form']}{cue}; {where})\n")
    pairs = list(merges(claim_set))
    if pairs:
        out.write("\n## Merged names\n\n")
        for variant, name in pairs:
            out.write(f"- {_md(variant)} → {_md(name)}\n")


def render_claimreview(claim_set: ClaimSet, out: TextIO) -> None:
    """schema.org ClaimReview records, ready for a fact-checker to add the rating."""
    records = []
    for row in _Locator(claim_set).rows():
        if row["speaker_kind"] not in NAMED_KINDS:
            continue
        author_type = "Person" if row["speaker_kind"] == "person" else "Organization"
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if row["url"]:
            appearance["url"] = row["url"]
        if row["title"]:
            appearance["headline"] = row["title"]
        item: dict[str, Any] = {
            "@type": "Claim",
            "author": {"@type": author_type, "name": row["speaker"]},
            "appearance": [appearance],
        }
        if row["role"]:
            item["author"]["jobTitle"] = row["role"]
        if row["date"]:
            item["datePublished"] = row["date"]
        records.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": row["claim"],
                "itemReviewed": item,
            }
        )
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")
