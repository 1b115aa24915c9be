"""The `reslint` command: its options, and from them the configuration and options a
command runs with (`check` and `parse` load files alike). Imports stay inside commands so
start-up stays fast."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from reslint import __version__
from reslint.formatters import FORMATTERS
from reslint.pdf_engines import PDF_ENGINES

if TYPE_CHECKING:
    from reslint.config import Config
    from reslint.options import RunOptions
    from reslint.report import Report

CHECK_FORMATS = tuple(FORMATTERS)
PARSE_FORMATS = ("text", "json")  # parse_view's two views of a Document
SEVERITIES = ("error", "warning", "suggestion")
COLOR_CHOICES = ("auto", "always", "never")


def fail(message: str) -> NoReturn:
    """A usage or configuration problem: one line on stderr, exit code 2."""
    click.echo(f"reslint: error: {message}", err=True)
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


class Command(click.Command):
    """A command whose unknown-option error suggests only options close to the one typed
    (click's own offers `--config` for `--fix`)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            from reslint.suggest import close_matches

            shown = [param for param in self.get_params(ctx) if not getattr(param, "hidden", 0)]
            options = [name for param in shown for name in (*param.opts, *param.secondary_opts)]
            error.possibilities = close_matches(error.option_name, options)
            raise


class Group(click.Group):
    """The `reslint` group: its commands use `Command`, and a mistyped command name gets a
    "did you mean"."""

    command_class = Command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            from reslint.suggest import did_you_mean

            ctx.fail(f"No such command '{name}'{did_you_mean(name, self.list_commands(ctx))}")
        return super().resolve_command(ctx, args)


def color_wanted(choice: str, is_tty: bool, environ: Mapping[str, str]) -> bool:
    """`--color`: `always` or `never`; `auto` honours NO_COLOR (off) and FORCE_COLOR (on),
    NO_COLOR winning when both are set (https://no-color.org), else colours a terminal."""
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return is_tty


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
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
    "-o",
    "--output-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the output to FILE instead of standard output.",
)
@click.option(
    "--stdin-filename",
    help="With PATH '-': the file name standard input stands for (its format, overrides).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print the findings and nothing else.")
@click.option("--statistics", is_flag=True, help="Count the findings of each rule instead.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--color",
    type=click.Choice(COLOR_CHOICES),
    default="auto",
    is_flag=False,
    flag_value="always",
    help="Colour the text output: auto (a terminal, unless NO_COLOR; FORCE_COLOR), always, never.",
)
@click.option("--no-color", is_flag=True, hidden=True, help="Same as --color never.")
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
    output_file: Path | None,
    stdin_filename: str | None,
    quiet: bool,
    statistics: bool,
    exit_zero: bool,
    color: str,
    no_color: bool,
) -> None:
    """Lint resumes: files, or folders searched for the files reslint reads ('-': standard
    input)."""
    from reslint.config import ConfigError
    from reslint.formatters import FormatOptions, formatter
    from reslint.model import Severity
    from reslint.options import RunOptions
    from reslint.rulebook import RuleError, load_rulebook
    from reslint.runner import NothingToLint, ProfileError, run_stdin
    from reslint.selection import Selection, validate

    from_stdin = Path("-") in paths
    if from_stdin and len(paths) > 1:
        fail("'-' (standard input) cannot be combined with other paths")
    if stdin_filename is not None and not from_stdin:
        fail("--stdin-filename needs PATH '-' (standard input)")
    if statistics and output_format not in ("text", "json"):
        fail("--statistics prints text or json, not " + output_format)
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
    named = [path for path in paths if path != Path("-")]
    if profile is not None:
        named.append(profile)
    missing = [str(path) for path in named if not path.exists() and not path.is_symlink()]
    if missing:
        fail(f"{missing[0]}: no such file or directory")
    options = RunOptions(
        config=config, rulebook=rulebook, selection=selection, region=region_code, profile=profile
    )
    try:
        if from_stdin:
            stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
            data = stdin.read()
            data = data.encode("utf-8") if isinstance(data, str) else data
            report = run_stdin(data, Path(stdin_filename or "-"), options)
        else:
            report = _run_files(paths, options, config, jobs, no_cache, quiet)
    except (NothingToLint, ProfileError) as error:
        fail(str(error))
    if redact:
        from reslint.redact import redact_report

        report = redact_report(report, region_code)
    threshold = Severity(fail_on) if fail_on else config.fail_on
    use_color = color_wanted(
        "never" if no_color else color,
        output_file is None and sys.stdout.isatty(),
        os.environ,
    )
    format_options = FormatOptions(color=use_color, fail_on=threshold, quiet=quiet)
    if statistics:
        from reslint.formatters.json import statistics as json_statistics
        from reslint.formatters.text import statistics as text_statistics

        show = text_statistics if output_format == "text" else json_statistics
        output = show(report, format_options)
    else:
        output = formatter(output_format)(report, format_options)
    _write(output, output_file, use_color)
    if output_format == "text" or output_file is not None:
        for result in report.files:
            if result.error:
                click.echo(f"reslint: {result.path}: {result.error}", err=True)
    code = report.exit_code(threshold)
    sys.exit(0 if exit_zero and code == 1 else code)


def _run_files(
    paths: tuple[Path, ...],
    options: RunOptions,
    config: Config,
    jobs: int | None,
    no_cache: bool,
    quiet: bool,
) -> Report:
    from reslint.gc_tuning import tune_collector
    from reslint.progress import ProgressBar
    from reslint.runner import run

    cache_dir = None
    if config.cache and not no_cache:
        from reslint.cache import folder_for

        cache_dir = folder_for(config)
    tune_collector()
    workers = jobs or config.jobs or os.cpu_count() or 1
    progress = None if quiet else ProgressBar()
    return run(paths, options, jobs=workers, cache_dir=cache_dir, progress=progress)


def _write(output: str, output_file: Path | None, color: bool) -> None:
    """The formatted output to standard output, or to `output_file` (a one-line error when
    it cannot be written)."""
    if output_file is None:
        click.echo(output, color=color)
        return
    try:
        with output_file.open("w", encoding="utf-8") as handle:
            click.echo(output, file=handle, color=color)
    except OSError as error:
        fail(f"{output_file}: cannot write the output: {error.strerror or error}")


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
    doc = load(file, LoadOptions.of(config, region_code))
    if isinstance(doc, str):
        click.echo(f"reslint: {file}: {doc}", err=True)
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
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain RULE: why it matters, what to do instead, its options and examples."""
    from reslint.explain import explain_rule
    from reslint.rulebook import RuleError, load_rulebook

    try:
        rulebook = load_rulebook()
    except RuleError as error:
        fail(str(error))
    if rule not in rulebook.rules:
        from reslint.suggest import did_you_mean

        fail(f"unknown rule '{rule}'{did_you_mean(rule, rulebook.rules)} (see 'reslint rules')")
    click.echo(explain_rule(rulebook.rules[rule]))


PRE_COMMIT_SNIPPET = """\
# Add to .pre-commit-config.yaml, then run `pre-commit install`:
repos:
  - repo: https://github.com/<owner>/reslint   # where you get reslint from
    rev: <tag or commit>
    hooks:
      - id: reslint
        # files: ^cv/   # optional: only the folder that holds resumes"""


@main.command()
@click.option("--force", is_flag=True, help="Replace an existing .reslint.toml.")
def init(force: bool) -> None:
    """Write a commented .reslint.toml here and print the pre-commit snippet."""
    from importlib.resources import files

    target = Path(".reslint.toml")
    if target.exists() and not force:
        fail(f"{target} exists already (--force replaces it)")
    template = files("reslint").joinpath("init_config.toml").read_text(encoding="utf-8")
    try:
        target.write_text(template, encoding="utf-8")
    except OSError as error:
        fail(f"{target}: cannot write it: {error.strerror or error}")
    click.echo(f"reslint: wrote {target}; every setting in it is commented out (the defaults)")
    click.echo("")
    click.echo(PRE_COMMIT_SNIPPET)


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
