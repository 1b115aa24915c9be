"""The rule reference in docs/rules/: one page per rule, generated from the rule files by
`reslint explain --docs DIR`, and kept in step with them by regenerating and comparing."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from click.testing import CliRunner

from reslint.cli import main
from reslint.explain import reference_pages, rule_page, write_reference
from reslint.kinds import KINDS
from reslint.rulebook import load_rulebook
from tests.conftest import REPO

DOCS = REPO / "docs" / "rules"


def test_the_committed_rule_reference_is_what_the_rule_files_generate() -> None:
    """A rule file changed without `reslint explain --docs docs/rules` fails here."""
    expected = reference_pages(load_rulebook().rules.values())
    committed = {path.name: path.read_text(encoding="utf-8") for path in DOCS.glob("*.md")}
    stale = sorted(name for name in expected if committed.get(name) != expected[name])
    extra = sorted(set(committed) - set(expected))
    assert not stale and not extra, (
        f"out of date: {stale}, no longer a rule: {extra}; run `reslint explain --docs docs/rules`"
    )


def _toml_block(page: str) -> dict:
    [block] = re.findall(r"```toml\n(.*?)```", page, flags=re.S)
    return tomllib.loads(block)


def test_a_page_gives_the_options_as_toml_with_their_defaults() -> None:
    rulebook = load_rulebook()
    for name in ("phone-invalid", "bullet-too-long", "company-no-context"):
        rule = rulebook.rules[name]
        table = _toml_block(rule_page(rule))["rules"][name]
        assert table["severity"] == rule.severity.value
        for option_name, option in KINDS[rule.kind].options.items():
            default = rule.options.get(option_name, option.default)
            if option_name in table:  # a long word list is named in a comment, not copied
                assert table[option_name] == (
                    list(default) if isinstance(default, tuple) else default
                )
            else:
                assert len(default) > 60


def test_a_page_shows_each_examples_region_and_the_verdict() -> None:
    page = rule_page(load_rulebook().rules["phone-invalid"])
    example = page.split("## Example", 1)[1].split("## What to do instead", 1)[0]
    heads = [line for line in example.splitlines() if line.endswith("):")]
    assert heads[0].startswith("Flagged (phone region `US`, the default")
    assert "Not flagged (phone region `DE`):" in heads
    for section in ("## What it does", "## Why is this bad?", "## Options"):
        assert section in page


def test_the_index_links_every_rule_page() -> None:
    pages = reference_pages(load_rulebook().rules.values())
    linked = set(re.findall(r"\]\(([a-z0-9-]+\.md)\)", pages["README.md"]))
    assert linked == set(pages) - {"README.md"}


def test_explain_docs_writes_the_pages_and_removes_only_its_own_stale_ones(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "ref"
    result = CliRunner().invoke(main, ["explain", "--docs", str(folder)])
    assert result.exit_code == 0, result.output
    assert (folder / "phone-invalid.md").read_text(encoding="utf-8") == (
        DOCS / "phone-invalid.md"
    ).read_text(encoding="utf-8")
    old = (folder / "phone-invalid.md").read_text(encoding="utf-8")
    (folder / "phone-renamed.md").write_text(old, encoding="utf-8")  # a rule since renamed
    (folder / "notes.md").write_text("# Our notes\n", encoding="utf-8")  # someone's own page
    written, removed = write_reference(load_rulebook().rules.values(), folder)
    assert written == [] and removed == [folder / "phone-renamed.md"]
    assert (folder / "notes.md").exists()


def test_explain_takes_a_rule_or_docs_not_both_nor_neither(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["explain"]).exit_code == 2
    both = CliRunner().invoke(main, ["explain", "phone-invalid", "--docs", str(tmp_path)])
    assert both.exit_code == 2
    assert list(tmp_path.iterdir()) == []


PACK_RULE = """summary = "An objective statement"
severity = "warning"
kind = "pattern"
why = "Outdated."
instead = "Use a headline."
[options]
phrases = ["career objective"]
"""


def test_sarif_help_names_a_builtin_rules_reference_page_and_no_page_for_a_pack_rule(
    tmp_path: Path, monkeypatch
) -> None:
    """SARIF's `helpUri` must be absolute and reslint knows no home page, so the help text
    names the page; a rule pack's rule has none and gets only `reslint explain`."""
    import json

    (tmp_path / "pack" / "career").mkdir(parents=True)
    (tmp_path / "pack" / "career" / "no-objective.toml").write_text(PACK_RULE, encoding="utf-8")
    (tmp_path / ".reslint.toml").write_text('rule-packs = ["pack"]\n', encoding="utf-8")
    (tmp_path / "cv.md").write_text(
        "# Ada Lovelace\nCareer objective: to grow\n\n## Experience\n- I built a thing\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    args = ["check", "--no-cache", "cv.md", "--format", "sarif"]
    result = CliRunner().invoke(main, [*args, "--select", "first-person,no-objective"])
    rules = {
        rule["id"]: rule for rule in json.loads(result.stdout)["runs"][0]["tool"]["driver"]["rules"]
    }
    assert set(rules) == {"first-person", "no-objective"}
    assert all("helpUri" not in rule for rule in rules.values())
    builtin = rules["first-person"]["help"]["text"]
    assert "docs/rules/first-person.md" in builtin and (DOCS / "first-person.md").is_file()
    assert "docs/rules/" not in rules["no-objective"]["help"]["text"]
    assert "reslint explain no-objective" in rules["no-objective"]["help"]["markdown"]
