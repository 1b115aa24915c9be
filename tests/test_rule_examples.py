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
        assert sum(finding.count for finding in findings) == example.count
    if example.line is not None:
        assert findings[0].location.line == example.line


@pytest.mark.parametrize("rule", list(RULEBOOK.rules.values()), ids=list(RULEBOOK.rules))
def test_every_rule_has_failing_and_passing_examples(rule):
    expects = {example.expect for example in rule.examples}
    assert expects == {"fail", "pass"}, f"{rule.name} needs examples that fail and pass"


@pytest.mark.parametrize("rule", list(RULEBOOK.rules.values()), ids=list(RULEBOOK.rules))
def test_builtin_rule_options_pass_their_kinds_checks(rule):
    """reslint trusts its own rule files at run time (no pattern compiled twice per start-up);
    this is where their options, patterns included, are checked."""
    from reslint.kinds import KINDS

    assert rule.builtin
    KINDS[rule.kind].resolve(rule.options)  # raises ValueError naming a bad option


def test_a_rule_pack_is_still_checked(tmp_path):
    from reslint.engine import activate
    from reslint.rulebook import RuleError

    folder = tmp_path / "pack" / "custom"
    folder.mkdir(parents=True)
    (folder / "bad-pattern.toml").write_text(
        'summary = "s"\nseverity = "warning"\nwhy = "w"\ninstead = "i"\nkind = "pattern"\n'
        '[options]\npatterns = ["(unclosed"]\n',
        encoding="utf-8",
    )
    rule = load_rulebook([tmp_path / "pack"]).rules["bad-pattern"]
    assert not rule.builtin
    with pytest.raises(RuleError, match="invalid regular expression"):
        activate(rule)
