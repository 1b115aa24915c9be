"""Runs the active rules over a document and stamps what they find.

Owns activating a rule (resolving its options), choosing the rules that apply to a
document (`applicable`) and turning their hits into Findings (`lint`, or `run_rules` when
the caller has chosen the rules already).

A rule that fires several times in one section with the same advice (fourteen
first-person lines in one summary) is reported once, with the count and the other places
(`Finding.count`, `Finding.places`): one problem to fix, not fourteen. Hits without a
line, and those of kinds that already summarise per cause (`Kind.summarises`), stay as
they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from reslint.kinds import KINDS, Context, Hit, Kind
from reslint.model import Document, Finding, Location, Severity
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


def _quoted(active: ActiveRule, hit: Hit) -> str | None:
    """The words a finding is about, so it can be found in a PDF without `reslint parse`:
    the kind's, else its line's (not for a kind that reports an absence near a line)."""
    if hit.text is not None or hit.line is None or KINDS[active.rule.kind].absence:
        return hit.text
    return hit.line.text


def _finding(active: ActiveRule, hit: Hit, doc: Document, ctx: Context) -> Finding:
    related: tuple[Location, ...] = ()
    if hit.related and ctx.profile is not None:
        related = tuple(Location.of(ctx.profile.path, line) for line in hit.related)
    configured = active.severity != active.rule.severity
    return Finding(
        rule=active.rule.name,
        family=active.rule.family,
        severity=hit.severity if hit.severity and not configured else active.severity,
        message=hit.message,
        location=Location.of(doc.path, hit.line, hit.text),
        text=_quoted(active, hit),
        suggestion=hit.suggestion or active.rule.hint,
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


def _sections_of(doc: Document) -> dict[int, int]:
    """The index of the section each line belongs to, by line identity; lines before the
    first section (the top block) belong to none and share the key -1."""
    return {id(line): index for index, section in enumerate(doc.sections) for line in section.lines}


def _grouped(findings: list[tuple[Hit, Finding]], sections: Mapping[int, int]) -> list[Finding]:
    """One finding for a rule's hits that repeat in a section (same severity, same advice),
    in reading order; hits with advice of their own ("Responsible for" and "Assisted with"
    each have theirs) stay apart."""
    groups: dict[tuple[int, Severity, str | None], list[Finding]] = {}
    alone: list[Finding] = []
    for hit, finding in findings:
        if hit.line is None:
            alone.append(finding)
        else:
            key = (sections.get(id(hit.line), -1), finding.severity, finding.suggestion)
            groups.setdefault(key, []).append(finding)
    out = list(alone)
    for members in groups.values():
        members.sort(key=lambda f: (f.location.page or 0, f.location.line or 0))
        first = members[0]
        if len(members) > 1:
            first = replace(
                first, count=len(members), places=tuple(m.location for m in members[1:])
            )
        out.append(first)
    return out


def run_rules(doc: Document, rules: Iterable[ActiveRule], ctx: Context) -> list[Finding]:
    """The findings of `rules` on `doc`, each run as given: `rules` come from `applicable`,
    for a caller that needs to know which rules ran as well as what they found."""
    findings: list[Finding] = []
    sections: dict[int, int] | None = None
    rules = list(rules)
    # Kinds that judge the others' findings (unused suppressions) run last, and see them.
    first = [active for active in rules if not KINDS[active.rule.kind].after_others]
    last = [active for active in rules if KINDS[active.rule.kind].after_others]
    for active in [*first, *last]:
        kind = KINDS[active.rule.kind]
        if kind.after_others:
            ran = {name for a in first for name in (a.rule.name, a.rule.family)}
            ctx = replace(ctx, findings=tuple(findings), ran=frozenset(ran))
        made = [
            (hit, _finding(active, hit, doc, ctx)) for hit in kind.check(doc, active.options, ctx)
        ]
        if len(made) > 1 and not kind.summarises:
            if sections is None:
                sections = _sections_of(doc)
            findings.extend(_grouped(made, sections))
        else:
            findings.extend(finding for _, finding in made)
    findings.sort(key=lambda f: (f.location.page or 0, f.location.line or 0, f.rule))
    return findings
