"""Every example in every rule file: `fail` examples fire the rule, `pass` ones do not."""

from __future__ import annotations

import pytest

from reslint.examples import run_example
from reslint.rulebook import load_rulebook

RULEBOOK = load_rulebook()
CASES = [
    pytest.param(rule, example, id=f"{name}-{index}-{example.expect}")
    for name, rule in RULEBOOK.rules.items()
    for index, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example):
    findings = [f for f in run_example(rule, example) if f.rule == rule.name]
    if example.expect == "pass":
        assert findings == [], [f.message for f in findings]
        return
    assert findings, f"{rule.name} did not fire on its failing example"
    if example.count is not None:
        assert len(findings) == example.count
    if example.line is not None:
        assert findings[0].location.line == example.line


@pytest.mark.parametrize("rule", list(RULEBOOK.rules.values()), ids=list(RULEBOOK.rules))
def test_every_rule_has_failing_and_passing_examples(rule):
    expects = {example.expect for example in rule.examples}
    assert expects == {"fail", "pass"}, f"{rule.name} needs examples that fail and pass"
