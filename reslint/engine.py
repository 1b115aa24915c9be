"""Runs the active rules over a document and stamps what they find.

Owns activating a rule (resolving its options), choosing the rules that apply to a
document (`applicable`), turning their hits into Findings (`lint`, or `run_rules` when
the caller has chosen the rules already) and applying the document's `reslint: ignore`
comments (`suppress`): readers only collect them, for every format alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from reslint.kinds import KINDS, Context, Hit, Kind
from reslint.model import Document, Finding, Location, Severity, Suppression
from reslint.rulebook import Rule, RuleError


@dataclass(frozen=True, slots=True)
class ActiveRule:
    """A rule as configured for one file: its severity and its resolved options."""

    rule: Rule
    severity: Severity
    options: Mapping[str, Any]


# A rule file's options resolve the same way for every file: once per Rule object (checking
# its word lists again cost about a millisecond a file). The Rule is kept with its entry so
# an id reused after a rulebook is freed cannot match.
_RULE_FILE_OPTIONS: dict[int, tuple[Rule, Mapping[str, Any]]] = {}


def _rule_file_options(kind: Kind, rule: Rule) -> Mapping[str, Any]:
    cached = _RULE_FILE_OPTIONS.get(id(rule))
    if cached is None or cached[0] is not rule:
        if len(_RULE_FILE_OPTIONS) > 4096:  # long-lived processes loading many rulebooks
            _RULE_FILE_OPTIONS.clear()
        resolved = kind.resolve(rule.options, check=not rule.builtin)
        cached = (rule, MappingProxyType(resolved))
        _RULE_FILE_OPTIONS[id(rule)] = cached
    return cached[1]


def activate(
    rule: Rule, severity: Severity | None = None, overrides: Mapping[str, Any] = {}
) -> ActiveRule:
    """Resolve a rule's options (kind defaults, rule file, then config) into an ActiveRule."""
    kind = KINDS.get(rule.kind)
    if kind is None:
        raise RuleError(f"{rule.path}: unknown kind '{rule.kind}'")
    try:
        options = _rule_file_options(kind, rule)
        if overrides:
            options = kind.resolve(overrides, base=options)
    except ValueError as error:
        raise RuleError(f"{rule.path}: {error}") from error
    return ActiveRule(rule, severity or rule.severity, options)


def _finding(active: ActiveRule, hit: Hit, doc: Document, ctx: Context) -> Finding:
    related: tuple[Location, ...] = ()
    if hit.related and ctx.profile is not None:
        related = tuple(Location.of(ctx.profile.path, line) for line in hit.related)
    configured = active.severity != active.rule.severity
    # A finding quotes the words it is about: what the kind named, else its line (the bullet,
    # the position's heading line), so it can be found in a PDF without `reslint parse`.
    text = hit.text if hit.text else (hit.line.text if hit.line is not None else None)
    return Finding(
        rule=active.rule.name,
        family=active.rule.family,
        severity=hit.severity if hit.severity and not configured else active.severity,
        message=hit.message,
        location=Location.of(doc.path, hit.line, text),
        text=text,
        suggestion=hit.suggestion or active.rule.fix or None,
        related=related,
    )


def applicable(rules: Iterable[ActiveRule], doc: Document, ctx: Context) -> tuple[ActiveRule, ...]:
    """The rules that run on `doc`: those for its kind (resume or profile), and resume/profile
    rules only when there is a profile to compare with."""
    return tuple(
        active
        for active in rules
        if doc.kind in active.rule.applies_to
        and (ctx.profile is not None or not KINDS[active.rule.kind].needs_profile)
    )


def lint(doc: Document, rules: Iterable[ActiveRule], ctx: Context) -> list[Finding]:
    """The findings of those of `rules` that apply to `doc`."""
    return run_rules(doc, applicable(rules, doc, ctx), ctx)


def run_rules(doc: Document, rules: Iterable[ActiveRule], ctx: Context) -> list[Finding]:
    """The findings of `rules` on `doc`, each run as given: `rules` come from `applicable`,
    for a caller that needs to know which rules ran as well as what they found. Kinds that
    review findings run last, on the others' findings; then suppressions apply to all."""
    rules = tuple(rules)
    findings: list[Finding] = []
    reviewers: list[ActiveRule] = []
    for active in rules:
        if KINDS[active.rule.kind].reviews_findings:
            reviewers.append(active)
            continue
        hits = KINDS[active.rule.kind].check(doc, active.options, ctx)
        findings.extend(_finding(active, hit, doc, ctx) for hit in hits)
    if reviewers:
        ran = frozenset(active.rule.name for active in rules)
        review = replace(ctx, findings=tuple(findings), ran=ran)
        for active in reviewers:
            hits = KINDS[active.rule.kind].check(doc, active.options, review)
            findings.extend(_finding(active, hit, doc, review) for hit in hits)
    findings = suppress(findings, doc.suppressions)
    findings.sort(
        key=lambda f: (f.location.page or 0, f.location.line or 0, f.location.column or 0, f.rule)
    )
    return findings


def suppress(findings: Iterable[Finding], suppressions: Iterable[Suppression]) -> list[Finding]:
    """`findings` less those a `reslint: ignore` comment names, on the line it covers."""
    suppressions = tuple(suppressions)
    if not suppressions:
        return list(findings)
    return [
        finding
        for finding in findings
        if not any(
            finding.rule in item.rules and item.covers(finding.location) for item in suppressions
        )
    ]
