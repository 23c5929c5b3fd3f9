"""Sourcing rules: data from ``rules/checks.toml`` (and a newsroom's own files).

A rule is a record: a stable code, a kebab-case name for the anti-pattern, the
check kind it runs (code in attribution/checks/), a default severity, a
message, the fix advice, a rationale that cites its source, options for its
kind, and bad/good examples that the test suite runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from attribution.checks import KINDS, OptionError
from attribution.lexicon import TomlError, parse_toml, rules_dir
from attribution.model import Severity

CODE = re.compile(r"[A-Z]{2,4}[0-9]{3}")
NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
PLACEHOLDER = re.compile(r"\{([a-z-]+)\}")
REQUIRED = ("code", "name", "summary", "kind", "severity", "message", "fix", "rationale", "source")
OPTIONAL = ("options", "bad", "good")


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and the rule."""


@dataclass(frozen=True, slots=True)
class Example:
    """An article text, and the source it is checked against when the rule needs one."""

    text: str
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    summary: str  # what it flags, in one sentence
    kind: str
    severity: Severity
    message: str
    fix: str
    rationale: str
    source: str
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    options: Mapping[str, Any]  # parsed: patterns compiled, defaults filled in
    raw_options: Mapping[str, Any]  # as written, so a configuration can overlay its own
    origin: str  # the file the rule came from

    def format(self, values: Mapping[str, str]) -> str:
        """The message with its ``{placeholders}`` filled (no other formatting)."""
        return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group()), self.message)

    def with_options(self, given: Mapping[str, Any]) -> Rule:
        merged = {**self.raw_options, **given}
        try:
            parsed = KINDS[self.kind].parse_options(merged)
        except OptionError as error:
            raise RuleError(f"{self.code}: {error}") from None
        return replace(self, options=MappingProxyType(parsed), raw_options=merged)


def builtin_rule_files() -> list[Path]:
    return [rules_dir() / "checks.toml"]


def load_rules(files: Iterable[Path]) -> tuple[Rule, ...]:
    """Every rule of the files, in code order; a code defined twice is an error."""
    rules: dict[str, Rule] = {}
    for path in files:
        try:
            data = parse_toml(path.read_text("utf-8"))
        except OSError as error:
            raise RuleError(f"{path}: cannot read rule file: {error.strerror}") from None
        except (TomlError, UnicodeDecodeError) as error:
            raise RuleError(f"{path}: not valid TOML: {error}") from None
        extra = set(data) - {"rule"}
        if extra:
            raise RuleError(f"{path}: unknown table {sorted(extra)[0]!r} (expected [[rule]])")
        entries = data.get("rule", [])
        if not isinstance(entries, list):
            raise RuleError(f"{path}: `rule` must be an array of tables ([[rule]])")
        for number, entry in enumerate(entries, 1):
            rule = _rule(entry, f"{path}: rule {number}", str(path))
            if rule.code in rules:
                raise RuleError(
                    f"{path}: {rule.code} is already defined in {rules[rule.code].origin}"
                )
            rules[rule.code] = rule
    return tuple(sorted(rules.values(), key=lambda r: r.code))


def _example(item: Any, where: str) -> Example:
    """A string, or a table with the article's `text` and the `source` it is checked against."""
    if isinstance(item, str):
        return Example(item)
    if (
        isinstance(item, dict)
        and isinstance(item.get("text"), str)
        and isinstance(item.get("source"), str)
        and set(item) == {"text", "source"}
    ):
        return Example(item["text"], item["source"])
    raise RuleError(f"{where}: an example is a string or a table of `text` and `source`")


def _rule(entry: Any, where: str, origin: str) -> Rule:
    if not isinstance(entry, dict):
        raise RuleError(f"{where}: must be a table")
    code = entry.get("code")
    if isinstance(code, str):
        where = f"{origin}: {code}"
    for key in entry:
        if key not in REQUIRED and key not in OPTIONAL:
            raise RuleError(f"{where}: unknown key {key!r}")
    for key in REQUIRED:
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise RuleError(f"{where}: `{key}` must be a non-empty string")
    if not CODE.fullmatch(entry["code"]):
        raise RuleError(f"{where}: code {entry['code']!r} must look like AB123")
    if not NAME.fullmatch(entry["name"]):
        raise RuleError(f"{where}: name {entry['name']!r} must be kebab-case")
    if entry["kind"] not in KINDS:
        known = ", ".join(sorted(KINDS))
        raise RuleError(f"{where}: unknown kind {entry['kind']!r} (kinds: {known})")
    try:
        severity = Severity(entry["severity"])
    except ValueError:
        raise RuleError(f"{where}: severity must be info, warning or error") from None
    examples = {}
    for key in ("bad", "good"):
        value = entry.get(key, [])
        if not isinstance(value, list):
            raise RuleError(f"{where}: `{key}` must be a list of examples")
        examples[key] = tuple(_example(item, f"{where}: `{key}`") for item in value)
    options = entry.get("options", {})
    if not isinstance(options, dict):
        raise RuleError(f"{where}: `options` must be a table")
    try:
        parsed = KINDS[entry["kind"]].parse_options(options)
    except OptionError as error:
        raise RuleError(f"{where}: {error}") from None
    return Rule(
        code=entry["code"],
        name=entry["name"],
        summary=entry["summary"].strip(),
        kind=entry["kind"],
        severity=severity,
        message=entry["message"].strip(),
        fix=entry["fix"].strip(),
        rationale=" ".join(entry["rationale"].split()),
        source=entry["source"].strip(),
        bad=examples["bad"],
        good=examples["good"],
        options=MappingProxyType(parsed),
        raw_options=MappingProxyType(dict(options)),
        origin=origin,
    )
