"""The `reslint` command: its options, and from them the configuration and options a
command runs with (`check` and `parse` load files alike). Imports stay inside commands so
start-up stays fast."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from reslint import __version__
from reslint.formatters import FORMATTERS, VISUAL_FORMATS
from reslint.pdf_engines import PDF_ENGINES

if TYPE_CHECKING:
    from reslint.config import Config
    from reslint.options import RunOptions
    from reslint.progress import Progress
    from reslint.report import Report

CHECK_FORMATS = tuple(FORMATTERS)
PARSE_FORMATS = ("text", "json")  # parse_view's two views of a Document
SEVERITIES = ("error", "warning", "suggestion")


def fail(message: str) -> NoReturn:
    """A usage or configuration problem: one line on stderr, exit code 2."""
    from reslint.formatters.safe_text import visible

    click.echo(f"reslint: error: {visible(message)}", err=True)
    sys.exit(2)


def _names(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name.strip() for value in values for name in value.split(",") if name.strip())


def _configuration(
    config_path: Path | None, pdf_engine: str | None, region: str | None
) -> tuple[Config, str]:
    """The configuration `check` and `parse` both use, with the command line's PDF engine,
    and the phone region: the command line's, else the config's. Raises ConfigError."""
    from dataclasses import replace

    from reslint.config import load_config

    config = load_config(config_path)
    if pdf_engine:
        config = replace(config, pdf_engine=pdf_engine)
    return config, (region or config.region).upper()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reslint")
def main() -> None:
    """Lint resumes and exported LinkedIn profiles."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--profile", type=click.Path(path_type=Path), help="LinkedIn export to compare with.")
@click.option("--format", "output_format", type=click.Choice(CHECK_FORMATS), default="text")
@click.option("--select", multiple=True, help="Only these rules or families (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules or families (comma-separated).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), help="Lowest severity that fails.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Config file.")
@click.option("--jobs", type=click.IntRange(min=1), help="Parallel processes.")
@click.option("--no-cache", is_flag=True, help="Parse every file again.")
@click.option("--redact", is_flag=True, help="Mask phone numbers and emails in the output.")
@click.option("--region", help="Default country for phone numbers (ISO code, e.g. US, GB).")
@click.option("--pdf-engine", type=click.Choice(PDF_ENGINES), help="PDF extractor.")
@click.option(
    "--color",
    type=click.Choice(("auto", "always", "never")),
    default="auto",
    help="Colour the text output (auto: on a terminal, unless NO_COLOR; FORCE_COLOR forces).",
)
@click.option("--no-color", "no_color", is_flag=True, hidden=True, help="Same as --color never.")
@click.option(
    "--stdin-filename",
    help="With PATH '-': the name stdin is read and reported as; its suffix picks the reader, "
    "and the config's exclude and overrides match it.",
)
@click.option(
    "-o", "--output-file", type=click.Path(path_type=Path), help="Write the output to this file."
)
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only.")
@click.option("--statistics", is_flag=True, help="Count the findings per rule instead.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings fail the run.")
def check(
    paths: tuple[Path, ...],
    profile: Path | None,
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: Path | None,
    jobs: int | None,
    no_cache: bool,
    redact: bool,
    region: str | None,
    pdf_engine: str | None,
    color: str,
    no_color: bool,
    stdin_filename: str | None,
    output_file: Path | None,
    quiet: bool,
    statistics: bool,
    exit_zero: bool,
) -> None:
    """Lint resumes: files, or folders searched for the files reslint reads; '-' reads
    one resume from stdin."""
    from reslint.config import ConfigError
    from reslint.formatters import FormatOptions, formatter
    from reslint.model import Severity
    from reslint.options import RunOptions
    from reslint.rulebook import RuleError, load_rulebook
    from reslint.runner import ProfileError, run
    from reslint.selection import Selection, validate

    try:
        config, region_code = _configuration(config_path, pdf_engine, region)
        rulebook = load_rulebook(config.rule_packs)
        validate(config, rulebook)
        selection = Selection(
            select=_names(select) or None,
            ignore=_names(ignore),
        )
        rulebook.expand(selection.select or ())
        rulebook.expand(selection.ignore)
    except (ConfigError, RuleError) as error:
        fail(str(error))
    stdin = any(str(path) == "-" for path in paths)
    if stdin and len(paths) > 1:
        fail("'-' (stdin) cannot be combined with other paths")
    if stdin_filename and not stdin:
        fail("--stdin-filename needs the path '-'")
    missing = [
        str(path)
        for path in paths
        if str(path) != "-" and not path.exists() and not path.is_symlink()
    ]
    if missing:
        fail(f"{missing[0]}: no such file or directory")
    if output_file is not None and any(
        output_file.resolve() == path.resolve() for path in paths if path.is_file()
    ):
        fail(f"--output-file {output_file}: is a file being checked")
    if profile is not None and not profile.exists():
        fail(f"--profile {profile}: no such file or directory")
    options = RunOptions(
        config=config, rulebook=rulebook, selection=selection, region=region_code, profile=profile
    )
    cache_dir = None
    if config.cache and not no_cache and not stdin:
        from reslint.cache import folder_for

        cache_dir = folder_for(config)
    from reslint.gc_tuning import tune_collector
    from reslint.progress import ProgressBar

    tune_collector()
    workers = jobs or config.jobs or os.cpu_count() or 1
    progress = None if quiet else ProgressBar()
    try:
        if stdin:
            report = _run_stdin(stdin_filename, options, progress)
        else:
            report = run(paths, options, jobs=workers, cache_dir=cache_dir, progress=progress)
    except ProfileError as error:
        fail(f"--profile {error}")
    named = all(str(path) == "-" or path.is_file() for path in paths)  # stdin is named too
    if not report.files and not (report.notes and named):
        # Files named and skipped as someone else's (a hook's *.json) are a deliberate
        # nothing; a folder with nothing reslint reads must not pass CI as "no problems".
        from reslint.discovery import nothing_to_lint
        from reslint.formatters.safe_text import visible

        # The notes say why each file was passed over (not a resume, not reslint's): without
        # them "nothing to lint" in a folder of skipped files gives no clue which or why.
        for note in () if quiet else report.notes:
            click.echo(f"note: {visible(note)}", err=True)
        fail(nothing_to_lint(paths))
    if redact:
        from reslint.redact import redact_report

        report = redact_report(report, region_code)
    writing_file = output_file is not None
    use_color = _use_color("never" if no_color else color, writing_file)
    threshold = Severity(fail_on) if fail_on else config.fail_on
    format_options = FormatOptions(color=use_color, quiet=quiet, fail_on=threshold.value)
    if output_format in VISUAL_FORMATS:  # pages and lines to draw, not only findings
        from reslint.file_views import build_views

        format_options = replace(format_options, views=build_views(report, options, redact))
    if statistics and output_format == "text":
        from reslint.formatters.text import statistics as rule_statistics

        rendered = rule_statistics(report)
    else:
        rendered = formatter(output_format)(report, format_options)
    if output_file is not None:
        try:
            output_file.write_text(rendered + "\n", encoding="utf-8")
        except OSError as error:
            fail(f"--output-file {output_file}: {error.strerror or error}")
    elif rendered:
        click.echo(rendered, color=use_color)  # click strips colour from a pipe unless told
    if output_format == "text":
        from reslint.formatters.safe_text import visible

        for result in report.files:
            if result.error:
                click.echo(f"reslint: {visible(result.path)}: {visible(result.error)}", err=True)
    code = report.exit_code(threshold)
    sys.exit(0 if exit_zero and code == 1 else code)


def _use_color(choice: str, to_file: bool) -> bool:
    """`--color`: always or never as said; auto colours a terminal, unless NO_COLOR is set,
    and FORCE_COLOR colours a pipe too (https://no-color.org, https://force-color.org)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return not to_file and sys.stdout.isatty()


def _run_stdin(name: str | None, options: RunOptions, progress: Progress | None) -> Report:
    """Lint what stdin holds, as a file called `name` (default: plain text, shown as '-'):
    the bytes go to a private temporary folder, never beside any file, removed after.

    As ruff does with `--stdin-filename`, the name decides what the config applies: its
    `exclude` globs (an excluded name is not linted, with a note) and its `[[overrides]]`.
    The file sits at the name's place relative to the config's folder, inside the
    temporary one, and the run takes that folder as the config's, so every glob matches
    the name as it would match the file on disk."""
    import shutil
    import tempfile

    from reslint.discovery import excluded
    from reslint.report import Report
    from reslint.runner import run

    config = options.config
    if name and excluded(Path(name), config):
        sys.stdin.buffer.read()  # the writer of the pipe expects it to be read
        return Report((), (f"{name}: excluded by the config's 'exclude'; not linted",))
    data = sys.stdin.buffer.read()
    folder = Path(tempfile.mkdtemp(prefix="reslint-stdin-"))
    try:
        relative = Path(config.relative(Path(name))) if name else Path("stdin.txt")
        if relative.is_absolute() or ".." in relative.parts or not relative.name:
            relative = Path(Path(name or "stdin.txt").name)  # outside the config's folder
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        staged = replace(options, config=replace(config, root=folder))
        report = run([path], staged, jobs=1, cache_dir=None, progress=progress)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return report.renamed(str(path), name or "-")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(PARSE_FORMATS), default="text")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Config file.")
@click.option("--region", help="Default country for phone numbers (ISO code, e.g. US, GB).")
@click.option("--pdf-engine", type=click.Choice(PDF_ENGINES), help="PDF extractor.")
def parse(
    file: Path,
    output_format: str,
    config_path: Path | None,
    region: str | None,
    pdf_engine: str | None,
) -> None:
    """Show what reslint read from FILE: its lines and the resume structure, loaded as
    `check` loads it (same configuration, region, PDF engine and limits)."""
    from reslint.config import ConfigError
    from reslint.linting import load
    from reslint.options import LoadOptions
    from reslint.parse_view import as_json, as_text

    try:
        config, region_code = _configuration(config_path, pdf_engine, region)
    except ConfigError as error:
        fail(str(error))
    doc = load(file, LoadOptions.of(config, region_code).for_path(config, file))
    if isinstance(doc, str):
        from reslint.formatters.safe_text import visible

        click.echo(f"reslint: {visible(str(file))}: {visible(doc)}", err=True)
        sys.exit(2)
    click.echo(as_json(doc) if output_format == "json" else as_text(doc))


@main.command(name="rules")
def list_rules() -> None:
    """List every rule with its family, severity and summary."""
    from reslint.rulebook import RuleError, load_rulebook

    try:
        rulebook = load_rulebook()
    except RuleError as error:
        fail(str(error))
    width = max(len(name) for name in rulebook.rules)
    for rule in rulebook.rules.values():
        default = "" if rule.enabled else " (off by default)"
        click.echo(
            f"{rule.name:<{width}}  {rule.family:<10}  {rule.severity.value:<10}  "
            f"{rule.summary}{default}"
        )


@main.command()
@click.argument("rule", required=False)
@click.option(
    "--docs",
    "docs_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the rule reference instead: a Markdown page per rule and an index in DIR.",
)
def explain(rule: str | None, docs_dir: Path | None) -> None:
    """Explain RULE: why it matters, what to do instead, its options and examples."""
    from reslint.explain import explain_rule
    from reslint.rulebook import RuleError, load_rulebook

    if (rule is None) == (docs_dir is None):
        fail("give a RULE to explain, or --docs DIR to write the rule reference")
    try:
        rulebook = load_rulebook()
    except RuleError as error:
        fail(str(error))
    if docs_dir is not None:
        from reslint.explain import write_reference

        try:
            written, removed = write_reference(rulebook.rules.values(), docs_dir)
        except OSError as error:
            fail(f"--docs {docs_dir}: {error.strerror or error}")
        click.echo(
            f"reslint: {docs_dir}: {len(written)} page(s) written, {len(removed)} removed, "
            f"{len(rulebook.rules) + 1 - len(written)} unchanged"
        )
        return
    assert rule is not None  # for the type checker: the check above rules out None
    if rule not in rulebook.rules:
        from reslint.names import did_you_mean

        hint = did_you_mean(rule, rulebook.rules) or " (see 'reslint rules')"
        fail(f"unknown rule '{rule}'{hint}")
    click.echo(explain_rule(rulebook.rules[rule]))


INIT_CONFIG = """\
# reslint's settings for this folder and those below it (reslint explain RULE, reslint rules).
# Every key is checked: a mistyped key or rule name is an error that names the closest one.

# select = ["contact", "dates", "statements", "document"]  # default: every rule on by default
# ignore = ["employment-gap"]     # rules or families to skip
fail-on = "warning"               # lowest severity that fails the run: error, warning, suggestion
# region = "GB"                   # default country for phone numbers (ISO code)
# exclude = ["drafts/**"]         # globs relative to this file
# cache = true                    # results cached in .reslint_cache/ beside this file

# A rule's severity ("off" turns it off) and options, as `reslint explain RULE` lists them:
# [rules.bullet-too-long]
# severity = "suggestion"
# max_words = 35

# Per-path settings:
# [[overrides]]
# paths = ["templates/**"]
# ignore = ["placeholder-text"]
"""

INIT_HOOK = """\
repos:
  - repo: https://github.com/<owner>/reslint   # where you get reslint from
    rev: <tag or commit>
    hooks:
      - id: reslint"""


@main.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path) -> None:
    """Write a commented .reslint.toml in FOLDER and print the pre-commit snippet."""
    target = folder / ".reslint.toml"
    if target.exists():
        fail(f"{target}: already exists; not overwritten")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as out:  # "x": never replace a file
            out.write(INIT_CONFIG)
    except OSError as error:
        fail(f"{target}: {error.strerror or error}")
    click.echo(f"reslint: wrote {target}")
    click.echo("To lint on every commit, add this to .pre-commit-config.yaml:\n")
    click.echo(INIT_HOOK)


@main.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Config file.")
def clean(config_path: Path | None) -> None:
    """Empty the result cache (only the files reslint wrote there)."""
    from reslint.cache import clear, folder_for
    from reslint.config import ConfigError, load_config

    try:
        config = load_config(config_path)
    except ConfigError as error:
        fail(str(error))
    folder = folder_for(config)
    removed = clear(folder)
    click.echo(f"reslint: removed {removed} cached file{'s' * (removed != 1)} from {folder}")
