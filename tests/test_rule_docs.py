"""`reslint explain` and the rule reference in docs/rules/: options as TOML a config can
hold, examples with what they were run with, and one page per rule, kept in sync."""

from __future__ import annotations

import tomllib

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.explain import _word_lists, explain_rule, options_toml
from reslint.rule_docs import INDEX, pages
from reslint.rulebook import load_rulebook
from tests.conftest import REPO

RULEBOOK = load_rulebook()
DOCS = REPO / "docs" / "rules"


def test_every_rule_page_is_current():
    expected = pages(RULEBOOK)
    on_disk = {path.name: path.read_text(encoding="utf-8") for path in DOCS.glob("*.md")}
    stale = sorted(name for name in expected if on_disk.get(name) != expected[name])
    extra = sorted(set(on_disk) - set(expected))
    assert (stale, extra) == ([], []), "run: python -m reslint.rule_docs docs/rules"


def test_the_index_links_every_rule_page():
    index = (DOCS / INDEX).read_text(encoding="utf-8")
    assert all(f"]({name}.md)" in index for name in RULEBOOK.rules)


@pytest.mark.parametrize("rule", list(RULEBOOK.rules.values()), ids=list(RULEBOOK.rules))
def test_options_print_as_toml_a_config_can_hold(rule):
    lines = options_toml(rule)
    if not lines:
        return
    table = tomllib.loads("\n".join(lines))["rules"][rule.name]
    listed = set(_word_lists(rule))
    for name, value in rule.options.items():
        if name in listed:
            assert name not in table  # named in a comment, not copied out
        else:
            assert table[name] == value


def test_explain_names_the_region_of_each_example():
    out = explain_rule(RULEBOOK.rules["phone-invalid"])
    assert "Flagged (Markdown, region US):" in out
    assert "Not flagged (Markdown, region DE):" in out
    assert "[29 entries]" not in explain_rule(RULEBOOK.rules["bullet-no-action"])


def test_explain_shows_the_profile_an_example_is_compared_with():
    rule = RULEBOOK.rules["profile-date-mismatch"]
    out = explain_rule(rule)
    assert (
        out.count("compared with this LinkedIn profile:")
        == sum(1 for example in rule.examples if example.profile is not None)
        > 0
    )


def test_explain_prints_booleans_and_strings_as_toml():
    out = explain_rule(RULEBOOK.rules["bullet-too-long"])
    assert 'scope = "bullets"' in out and "max_words = 30" in out
    booleans = explain_rule(RULEBOOK.rules["bullet-no-action"])  # a pattern: at_start
    settings = [line for line in booleans.splitlines() if " = " in line and "#" not in line]
    assert not any(line.endswith(("True", "False")) for line in settings)


def test_explain_an_unknown_rule_suggests_the_closest():
    result = CliRunner().invoke(main, ["explain", "bulet-too-long"])
    assert result.exit_code == 2
    assert "did you mean 'bullet-too-long'" in result.output
