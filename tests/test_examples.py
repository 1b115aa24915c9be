"""examples/: the generated files are current, the good resume is clean, the flawed one is
not, and the career center's workflow commands work on its folder."""

from __future__ import annotations

import csv
import io
import json
import shlex
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


def below_fail_on(suite: ET.Element) -> set[str]:
    """Cases whose findings are all below --fail-on: they pass and list them in system-out."""
    return {
        case.get("name") for case in suite.iter("testcase") if case.find("system-out") is not None
    }


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
    flawed = suites["examples/flawed-resume.md"]
    assert failing(flawed) | below_fail_on(flawed) >= existing(FLAWED_RULES)
    assert "linkedin-url-missing" in below_fail_on(flawed)  # a suggestion: no failure
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


def action_commands(step: dict) -> list[str]:
    """The `reslint` commands the repository's action.yml runs for a workflow `step` that
    uses it, with the step's inputs (else the action's defaults) filled in."""
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    inputs.update(step.get("with", {}))
    commands = []
    for action_step in action["runs"]["steps"]:
        run = action_step.get("run", "")
        if run.startswith("reslint "):
            for name, value in inputs.items():
                run = run.replace("${{ inputs." + name + " }}", str(value))
            commands.append(run)
    installs = [s["run"] for s in action["runs"]["steps"] if "pip install" in s.get("run", "")]
    # Installed from the action's own checkout: no step names a package index release.
    assert installs == ['python -m pip install "$GITHUB_ACTION_PATH"']
    return commands


def test_career_center_workflow_runs_and_uploads_valid_sarif(tmp_path: Path):
    if existing({"placeholder-text", "metadata-leak"}) != {"placeholder-text", "metadata-leak"}:
        pytest.skip("the career center's config names document rules that have not landed")
    center = tmp_path / "career-center"
    shutil.copytree(EXAMPLES / "career-center", center)
    steps = workflow_steps()
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload"))
    (uses,) = [s for s in steps if s.get("uses", "").split("@")[0].endswith("/reslint")]
    assert not any("pip install" in s.get("run", "") for s in steps)
    commands = action_commands(uses)
    assert len(commands) == 2
    lint, annotate = commands
    assert "--format sarif" in lint and f'-o "{upload["with"]["sarif_file"]}"' in lint
    reslint = f"{shlex.quote(sys.executable)} -m reslint"
    done = subprocess.run(
        ["bash", "-e", "-c", lint.replace("reslint ", f"{reslint} ", 1)], cwd=center
    )
    assert done.returncode == 0  # findings (exit 1) still let the upload step run
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
    annotated = subprocess.run(
        ["bash", "-c", annotate.replace("reslint ", f"{reslint} ", 1)],
        cwd=center,
        capture_output=True,
        text=True,
    )
    assert annotated.returncode == (1 if uris else 0)
    assert all(line.startswith("::") for line in annotated.stdout.splitlines())
    assert "@mail.example" not in annotated.stdout  # --redact
