"""examples/: the generated files are current, the good resume is clean, the flawed one is
not, and the career center's workflow commands work on its folder."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reslint.cli import main
from reslint.linkedin_csv import HEADERS
from reslint.rulebook import load_rulebook
from tests.conftest import REPO
from tests.linkedin_fixtures import ADA, export_csvs
from tests.test_formatters import validate_sarif

EXAMPLES = REPO / "examples"
# What the flawed resume is written to show; each is checked once its rule exists.
FLAWED_RULES = {
    "headline-missing",
    "linkedin-url-missing",
    "email-odd",
    "personal-data",
    "company-no-context",
    "position-no-result",
    "bullet-no-action",
    "chronology-order",
    "date-format-inconsistent",
    "first-person",
    "buzzword",
    "references-on-request",
    "phone-buried",
}


def existing(names: set[str]) -> set[str]:
    return names & set(load_rulebook().rules)


def test_generated_examples_match_the_committed_files(tmp_path: Path):
    sys.path.insert(0, str(EXAMPLES))
    try:
        import make_examples
    finally:
        sys.path.remove(str(EXAMPLES))
    written = make_examples.build(tmp_path)
    assert len(written) == 7
    for path in written:
        committed = EXAMPLES / path.relative_to(tmp_path)
        assert committed.read_bytes() == path.read_bytes(), f"rebuild {committed}"


def test_example_export_and_test_fixtures_share_linkedin_headers(tmp_path: Path):
    """One description of LinkedIn's CSVs: the example export, built without the test suite
    (a fresh interpreter, from outside the repository), and the fixtures both follow it."""
    script = EXAMPLES / "make_examples.py"
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['make_examples.py', '--out', {str(tmp_path)!r}]\n"
        f"runpy.run_path({str(script)!r}, run_name='__main__')\n"
        "assert not any(name == 'tests' or name.startswith('tests.') for name in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True, capture_output=True)
    export = next((tmp_path / "linkedin").glob("*.zip"))
    with zipfile.ZipFile(export) as archive:
        built = {
            name: next(csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
        }
    fixtures = {
        name: next(csv.reader(io.StringIO(text))) for name, text in export_csvs(ADA).items()
    }
    expected = {name: list(header) for name, header in HEADERS.items()}
    assert built == fixtures == expected


def junit(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, ET.Element]:
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(main, ["check", *args, "--format", "junit", "--no-cache"])
    return result.exit_code, ET.fromstring(result.stdout)


def failing(suite: ET.Element) -> set[str]:
    return {case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None}


def test_examples_as_junit(monkeypatch: pytest.MonkeyPatch):
    code, root = junit(monkeypatch, "examples/")
    assert code == 1
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert {"examples/good-resume.md", "examples/flawed-resume.md"} <= set(suites)
    assert not any(name.startswith("examples/career-center/") for name in suites)  # own config
    assert "examples/README.md" not in suites
    for name, suite in suites.items():
        assert suite.get("errors") == "0", f"{name} could not be read"
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases) > 0
        assert int(suite.get("failures")) == len(failing(suite))
        for case in cases:
            assert case.get("classname") == name and case.get("name")
            failure = case.find("failure")
            if failure is not None:
                assert failure.get("type") in ("error", "warning", "suggestion")
                assert failure.get("message") and name in failure.text
        if "good-resume" in name:
            assert failing(suite) == set(), f"{name} should be clean"
    rules = load_rulebook().rules
    warned = {name for name in existing(FLAWED_RULES) if rules[name].severity.value != "suggestion"}
    flawed = suites["examples/flawed-resume.md"]
    assert failing(flawed) >= warned
    # Suggestions do not fail under the default fail-on = "warning": they pass, with output.
    passed = {
        case.get("name"): case.findtext("system-out") or ""
        for case in flawed.iter("testcase")
        if case.find("failure") is None
    }
    assert {"linkedin-url-missing", "position-no-result"} <= set(passed)
    assert "flawed-resume.md:" in passed["position-no-result"]
    total = sum(int(suite.get("failures")) for suite in suites.values())
    assert int(root.get("failures")) == total


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_flawed_docx_and_pdf_fail_like_the_markdown(monkeypatch: pytest.MonkeyPatch, suffix: str):
    suites = {s.get("name"): s for s in junit(monkeypatch, "examples/")[1].findall("testsuite")}
    if f"examples/flawed-resume{suffix}" not in suites:
        pytest.skip(f"no {suffix} reader")
    shared = existing(
        {"email-odd", "personal-data", "bullet-no-action", "first-person", "chronology-order"}
    )
    assert failing(suites[f"examples/flawed-resume{suffix}"]) >= shared
    assert failing(suites[f"examples/good-resume{suffix}"]) == set()


def workflow_steps() -> list[dict]:
    path = EXAMPLES / "career-center" / ".github" / "workflows" / "reslint.yml"
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    assert workflow["permissions"]["security-events"] == "write"
    return job["steps"]


ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
_INPUT_RE = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")


def run_action(given: dict[str, str], cwd: Path) -> list[subprocess.CompletedProcess[str]]:
    """The action's steps as GitHub runs a composite action, with `given` inputs, here: the
    Python setup and the install are this test run's own (reslint is installed already)."""
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    inputs.update({name: str(value) for name, value in given.items()})
    assert set(given) <= set(ACTION["inputs"]), "the workflow passes an input the action lacks"
    done = []
    for step in ACTION["runs"]["steps"]:
        if "run" not in step or step.get("name") == "Install reslint":
            continue
        condition = step.get("if")
        if condition is not None:
            match = re.fullmatch(r"inputs\.([\w-]+) != ''", condition)
            assert match, f"the test cannot evaluate `if: {condition}`"
            if not inputs[match.group(1)]:
                continue
        env = {
            key: _INPUT_RE.sub(lambda m: inputs[m.group(1)], value)
            for key, value in step.get("env", {}).items()
        }
        path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
        done.append(
            subprocess.run(
                ["bash", "-e", "-c", step["run"]],
                cwd=cwd,
                env={**os.environ, **env, "PATH": path},
                capture_output=True,
                text=True,
            )
        )
    return done


def test_the_action_installs_reslint_from_its_own_checkout():
    assert ACTION["runs"]["using"] == "composite"
    install = next(s for s in ACTION["runs"]["steps"] if s.get("name") == "Install reslint")
    assert '"$GITHUB_ACTION_PATH"' in install["run"]
    assert "reslint==" not in install["run"]


def test_no_workflow_step_installs_a_package_that_does_not_exist():
    for step in workflow_steps():
        assert "pip install" not in step.get("run", "")
    [lint] = [s for s in workflow_steps() if s.get("uses", "").split("@")[0].endswith("/reslint")]
    assert lint["uses"].startswith("<owner>/reslint@")  # the action at this repository's root


def test_career_center_workflow_runs_and_uploads_valid_sarif(tmp_path: Path):
    if existing({"placeholder-text", "metadata-leak"}) != {"placeholder-text", "metadata-leak"}:
        pytest.skip("the career center's config names document rules that have not landed")
    center = tmp_path / "career-center"
    shutil.copytree(EXAMPLES / "career-center", center)
    steps = workflow_steps()
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload"))
    lint = next(s for s in steps if s.get("uses", "").startswith("<owner>/reslint@"))
    assert lint["with"]["output-file"] == upload["with"]["sarif_file"]
    report, annotated = run_action(lint["with"], center)
    assert report.returncode == 0, report.stderr  # findings (exit 1) still let the upload run
    log = json.loads((center / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    validate_sarif(log)
    results = [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        for r in log["runs"][0]["results"]
    ]
    uris = {uri for _, uri in results}
    ignored = {"placeholder-text", "metadata-leak"}
    # The override holds: the rules it turns off report nothing in templates (others may).
    assert not any(rule in ignored and uri.startswith("templates/") for rule, uri in results)
    if existing({"placeholder-text"}):
        assert "students/alex-morgan.md" in uris
    assert annotated.returncode == (1 if uris else 0), annotated.stderr
    assert all(line.startswith("::") for line in annotated.stdout.splitlines())
    assert "@mail.example" not in annotated.stdout  # --redact
