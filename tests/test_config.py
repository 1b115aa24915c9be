from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.config import ConfigError, glob_to_regex, load_config

RESUME = "Ada\n## Experience\nAcme — Engineer, 2020 – 2021\n- I built it\n"


def check(path, *extra):
    return CliRunner().invoke(main, ["check", str(path), "--format", "json", *extra])


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ("colour = true\n", "colour"),
        ('[rules.no-such-rule]\nseverity = "error"\n', "no-such-rule"),
        ('[rules.first-person]\nscopee = "all"\n', "scopee"),
        ("[rules.first-person]\nonce = 3\n", "once"),
        ('select = ["nope"]\n', "nope"),
        ("[[overrides]]\nselect = []\n", "paths"),
        ("[[overrides]]\npaths = ['x']\nfoo = 1\n", "foo"),
        ("[limits]\nmax-pages = -1\n", "max-pages"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_config_is_one_line_error_naming_file_and_key(write, toml, named):
    config = write(".reslint.toml", toml)
    resume = write("r.md", RESUME)
    result = CliRunner().invoke(main, ["check", str(resume), "--config", str(config)])
    assert result.exit_code == 2
    message = result.output.strip()
    assert "\n" not in message and "Traceback" not in message
    assert str(config) in message and named in message


def test_config_is_discovered_by_walking_up(tmp_path, write, monkeypatch):
    write(".reslint.toml", 'select = ["first-person"]\n[rules.first-person]\nseverity = "error"\n')
    resume = write("deep/er/r.md", RESUME)
    monkeypatch.chdir(resume.parent)
    data = json.loads(check(resume).output)
    assert [(f["rule"], f["severity"]) for f in data["files"][0]["findings"]] == [
        ("first-person", "error")
    ]


def test_pyproject_tool_table(tmp_path, write, monkeypatch):
    write("pyproject.toml", '[project]\nname = "x"\n[tool.reslint]\nignore = ["statements"]\n')
    resume = write("r.md", RESUME)
    monkeypatch.chdir(tmp_path)
    rules = [f["rule"] for f in json.loads(check(resume).output)["files"][0]["findings"]]
    assert "first-person" not in rules and "email-missing" in rules


def test_per_path_override_turns_rule_off_for_templates(tmp_path, write, monkeypatch):
    write(
        ".reslint.toml",
        'select = ["first-person"]\n'
        '[[overrides]]\npaths = ["templates/**"]\nignore = ["first-person"]\n',
    )
    template = write("templates/a/t.md", RESUME)
    real = write("resumes/r.md", RESUME)
    monkeypatch.chdir(tmp_path)
    assert check(template).exit_code == 0
    assert check(real).exit_code == 1


def test_rule_option_from_config_changes_behaviour(tmp_path, write, monkeypatch):
    write(".reslint.toml", '[rules.first-person]\nscope = "top"\n')
    resume = write("r.md", RESUME)
    monkeypatch.chdir(tmp_path)
    rules = [
        f["rule"]
        for f in json.loads(check(resume, "--select", "first-person").output)["files"][0][
            "findings"
        ]
    ]
    assert rules == []


def test_severity_off_disables_rule(tmp_path, write, monkeypatch):
    write(".reslint.toml", '[rules]\nfirst-person = "off"\n')
    resume = write("r.md", RESUME)
    monkeypatch.chdir(tmp_path)
    assert check(resume, "--select", "first-person").exit_code == 0


def test_no_config_gives_defaults(tmp_path):
    config = load_config(start=tmp_path)
    assert config.path is None and config.fail_on.value == "warning"


def test_wrong_region_type(write):
    config = write(".reslint.toml", "region = 1\n")
    with pytest.raises(ConfigError, match="region"):
        load_config(config)


@pytest.mark.parametrize(
    ("glob", "path", "matches"),
    [
        ("templates/**", "templates/a/b.docx", True),
        ("templates/*.pdf", "templates/a/b.pdf", False),
        ("**/*.pdf", "a/b/c.pdf", True),
        ("**/*.pdf", "c.pdf", True),
        ("drafts", "drafts/x.md", True),
    ],
)
def test_glob(glob, path, matches):
    assert bool(glob_to_regex(glob).match(path)) is matches


def test_user_rule_pack(tmp_path, write, monkeypatch):
    write(
        "pack/career/no-objective.toml",
        'summary = "Objective statement"\nseverity = "warning"\nkind = "pattern"\n'
        'why = "Outdated."\ninstead = "Use a headline."\n'
        '[options]\nphrases = ["career objective"]\n',
    )
    write(".reslint.toml", 'rule-packs = ["pack"]\n')
    resume = write("r.md", "Ada\nCareer objective: to grow\n")
    monkeypatch.chdir(tmp_path)
    rules = [
        f["rule"]
        for f in json.loads(check(resume, "--select", "career").output)["files"][0]["findings"]
    ]
    assert rules == ["no-objective"]
