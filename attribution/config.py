"""Configuration: ``.attribution.toml`` or ``[tool.attribution]`` in ``pyproject.toml``.

Found from the current directory upwards (a ``pyproject.toml`` counts only when
it has a ``[tool.attribution]`` table; ``.attribution.toml`` wins in the same
folder), or named with ``--config``.  Every key is checked: an unknown key or a
value of the wrong type is an error that names the file and the key.

    select = ["AT", "AN", "VB001"]      # codes or prefixes; default: all rules
    ignore = ["AT003"]
    exclude = ["drafts/**"]
    fail-on = "error"                   # error | warning | info | never
    min-severity = "info"               # what is shown
    rule-files = ["house-rules.toml"]   # more [[rule]] files, relative to this file
    [severity]                          # per-code severity overrides
    AN001 = "error"
    [per-file-ignores]
    "opinion/*.md" = ["AN"]
    [lexicon]                           # words added to rules/*.toml
    loaded-verbs = ["slammed"]
    anonymous-terms = ["insiders"]
    [rules.AN002]                       # options of one rule
    require = ["reason"]
"""

from __future__ import annotations

import contextlib
import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from attribution.lexicon import EXTRA_KEYS, Extras, TomlError, parse_toml
from attribution.model import Severity
from attribution.rules import Rule, RuleError, builtin_rule_files, load_rules

CONFIG_FILE = ".attribution.toml"
THRESHOLDS = ("error", "warning", "info", "never")
KEYS = (
    "select",
    "ignore",
    "exclude",
    "fail-on",
    "min-severity",
    "rule-files",
    "severity",
    "per-file-ignores",
    "lexicon",
    "rules",
)


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Settings:
    path: Path | None = None  # the configuration file, when there is one
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str = "error"
    min_severity: Severity = Severity.INFO
    rule_files: tuple[Path, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    lexicon: Extras = ()
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


def find_config(start: Path) -> Path | None:
    """The nearest configuration file from ``start`` upwards."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = parse_toml(pyproject.read_text("utf-8"))
            except (OSError, UnicodeDecodeError, TomlError):
                continue  # not ours to judge unless it is the one we use
            tool = data.get("tool")
            if isinstance(tool, dict) and "attribution" in tool:
                return pyproject
    return None


def load_settings(path: Path | None) -> Settings:
    """Settings from a configuration file, or the defaults when ``path`` is None."""
    if path is None:
        return Settings()
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read configuration: {error.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: configuration is not UTF-8 text") from None
    return parse_settings(text, path)


def parse_settings(text: str, path: Path) -> Settings:
    """Settings from the text of the configuration file at ``path``."""
    try:
        data = parse_toml(text)
    except TomlError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("attribution") if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: no [tool.attribution] table")
        prefix = "tool.attribution."
    else:
        table, prefix = data, ""
    return _settings(table, path, prefix)


def _settings(table: Mapping[str, Any], path: Path, prefix: str) -> Settings:
    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{path}: {prefix}{key}: {problem}")

    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise fail(key, "must be a list of non-empty strings")
        return tuple(value)

    def level(key: str, value: Any, allowed: Sequence[str]) -> str:
        if value not in allowed:
            raise fail(key, f"must be one of {', '.join(allowed)} (got {value!r})")
        return str(value)

    for key in table:
        if key not in KEYS:
            raise fail(key, f"unknown key (known keys: {', '.join(KEYS)})")
    settings = Settings(path=path)
    select = strings("select") or settings.select
    ignore = strings("ignore")
    exclude = strings("exclude")
    rule_files = tuple(path.parent / name for name in strings("rule-files"))
    fail_on = level("fail-on", table.get("fail-on", "error"), THRESHOLDS)
    min_severity = Severity(
        level("min-severity", table.get("min-severity", "info"), THRESHOLDS[:3])
    )

    severity: dict[str, Severity] = {}
    for code, value in _table(table, "severity", fail).items():
        severity[code] = Severity(level(f"severity.{code}", value, THRESHOLDS[:3]))

    per_file: dict[str, tuple[str, ...]] = {}
    for glob, codes in _table(table, "per-file-ignores", fail).items():
        if not isinstance(codes, list) or not all(isinstance(c, str) and c for c in codes):
            raise fail(f"per-file-ignores.{glob!r}", "must be a list of codes or prefixes")
        per_file[glob] = tuple(codes)

    extras: list[tuple[str, tuple[str, ...]]] = []
    for key, words in _table(table, "lexicon", fail).items():
        if key not in EXTRA_KEYS:
            raise fail(f"lexicon.{key}", f"unknown key (known keys: {', '.join(EXTRA_KEYS)})")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise fail(f"lexicon.{key}", "must be a list of non-empty strings")
        extras.append((key, tuple(w.strip() for w in words)))

    options: dict[str, Mapping[str, Any]] = {}
    for code, given in _table(table, "rules", fail).items():
        if not isinstance(given, dict):
            raise fail(f"rules.{code}", "must be a table of the rule's options")
        options[code] = given

    return replace(
        settings,
        select=select,
        ignore=ignore,
        exclude=exclude,
        fail_on=fail_on,
        min_severity=min_severity,
        rule_files=rule_files,
        severity=severity,
        per_file_ignores=per_file,
        lexicon=tuple(sorted(extras)),
        rule_options=options,
    )


def _table(table: Mapping[str, Any], key: str, fail: Any) -> Mapping[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise fail(key, "must be a table")
    return value


# ------------------------------------------------------------- rule selection


def _specificity(code: str, selectors: Iterable[str]) -> int:
    """The length of the longest selector that matches ``code`` (-1: none; ALL: 0)."""
    best = -1
    for selector in selectors:
        if selector == "ALL":
            best = max(best, 0)
        elif code.startswith(selector):
            best = max(best, len(selector))
    return best


def is_selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """The most specific selector wins, as in ruff; on a tie, ignore wins."""
    chosen = _specificity(code, select)
    return chosen >= 0 and chosen > _specificity(code, ignore)


def check_selectors(where: str, selectors: Iterable[str], rules: Sequence[Rule]) -> None:
    for selector in selectors:
        if selector != "ALL" and not any(r.code.startswith(selector) for r in rules):
            raise ConfigError(f"{where}: {selector!r} matches no rule code")


def active_rules(
    settings: Settings,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
) -> tuple[Rule, ...]:
    """The rules to run: built-in and configured files, selected, with overrides."""
    where = str(settings.path or "command line")
    try:
        rules = load_rules([*builtin_rule_files(), *settings.rule_files])
    except RuleError as error:
        raise ConfigError(str(error)) from None
    select = tuple(select) if select else settings.select
    ignore = (*settings.ignore, *(ignore or ()))
    check_selectors(where, [*select, *ignore, *settings.severity, *settings.rule_options], rules)
    for codes in settings.per_file_ignores.values():
        check_selectors(where, codes, rules)
    chosen = []
    for rule in rules:
        if not is_selected(rule.code, select, ignore):
            continue
        configured = rule
        if rule.code in settings.severity:
            configured = replace(configured, severity=settings.severity[rule.code])
        if rule.code in settings.rule_options:
            try:
                configured = configured.with_options(settings.rule_options[rule.code])
            except RuleError as error:
                raise ConfigError(f"{where}: rules.{error}") from None
        chosen.append(configured)
    return tuple(chosen)


def matches(path: str, globs: Iterable[str], root: Path) -> bool:
    """Whether a path (as given) matches any glob, by itself, relative to root, or by name."""
    posix = PurePosixPath(Path(path).as_posix())
    candidates = {posix.as_posix(), posix.name}
    with contextlib.suppress(ValueError):  # a path outside the root
        candidates.add(Path(path).resolve().relative_to(root.resolve()).as_posix())
    return any(fnmatch.fnmatchcase(c, glob) for glob in globs for c in candidates)


def ignored_codes(path: str, settings: Settings) -> tuple[str, ...]:
    codes: list[str] = []
    for glob, ignored in settings.per_file_ignores.items():
        if matches(path, [glob], settings.root):
            codes.extend(ignored)
    return tuple(codes)
