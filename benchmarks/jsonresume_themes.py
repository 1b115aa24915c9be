"""Score `reslint parse` on PDFs that JSON Resume themes make, printed by Chromium.

Resumes written as HTML and printed to PDF are a producer of their own among real
resumes (realworld's `html`), and the JSON Resume themes are what many of them are:
fictional people (`profile_mismatch.py`'s generator) are written as JSON Resume, rendered
to HTML by each theme's own npm package, printed to PDF by headless Chromium with every
host unresolvable (no network: a theme's web fonts fall back to local ones), parsed and
scored as `real_accuracy.py` scores. The baseline row parses the JSON itself (reslint
reads JSON Resume). Education is scored by year: themes print a year-only date as
"Jan 2014" or "2014-01-01", and that is the theme's choice, not a misread.

Needs Node.js, the themes and Chromium, benchmark tools only (never at run time):

    npm install --prefix ~/.cache/reslint-bench/jsonresume jsonresume-theme-elegant ...
    apt-get install chromium
    python benchmarks/jsonresume_themes.py [--people 6] [--seed 5] [--themes elegant,...]
                                           [--theme-dir DIR] [--keep DIR] [--details]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from parse_accuracy import FileResult  # noqa: E402
from profile_mismatch import random_person  # noqa: E402
from synthetic_truth import (  # noqa: E402
    degree_and_field,
    iso_month,
    linkedin_handle,
    score,
    table,
    truth_of,
)

from tests.linkedin_fixtures import Person  # noqa: E402

THEMES = (
    "elegant",
    "stackoverflow",
    "kendall",
    "flat",
    "paper",
    "class",
    "onepage",
    "macchiato",
    "caffeine",
    "even",
)
THEME_DIR = Path.home() / ".cache" / "reslint-bench" / "jsonresume"
# Themes are CommonJS or ES modules; a dynamic import loads either.
RENDER = """
const fs = await import('node:fs');
const [theme, input, output] = process.argv.slice(2);
const loaded = await import('jsonresume-theme-' + theme);
const render = loaded.render ?? loaded.default?.render;
const html = await render(JSON.parse(fs.readFileSync(input, 'utf8')));
fs.writeFileSync(output, html);
"""
CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
PLACES = ("Chicago", "Berlin", "Lyon", "Austin")


def json_resume(person: Person, rng: random.Random) -> dict[str, Any]:
    handle = linkedin_handle(person)
    work = [
        {
            # Schema 1.0 names the employer `name`; older themes still read `company`.
            "name": job.company,
            "company": job.company,
            "position": job.title,
            "location": rng.choice(PLACES),
            "startDate": iso_month(job.start),
            **({} if job.end is None else {"endDate": iso_month(job.end)}),
            "highlights": list(job.bullets),
        }
        for job in person.jobs
    ]
    education = [
        {
            "institution": school.school,
            "studyType": degree_and_field(school.degree)[0],
            "area": degree_and_field(school.degree)[1],
            **({"startDate": str(school.start)} if school.start else {}),
            "endDate": str(school.end),
        }
        for school in person.schools
    ]
    return {
        "basics": {
            "name": f"{person.first} {person.last}",
            "label": person.headline,
            "email": person.email,
            "phone": person.phone,
            "location": {"city": "Chicago", "region": "IL", "countryCode": "US"},
            "profiles": [
                {
                    "network": "LinkedIn",
                    "username": handle,
                    "url": f"https://www.linkedin.com/in/{handle}",
                }
            ],
        },
        "work": work,
        "education": education,
        "skills": [{"name": "Tools", "keywords": ["Python", "SQL", "Excel"]}],
    }


def scored(path: Path, truth: dict[str, Any]) -> FileResult:
    """Education scored by year, the rest as it is."""
    return score(path, truth, education_by_year=True)


def render_pdf(folder: Path, stem: str, data: dict[str, Any], theme: str, theme_dir: Path) -> Path:
    source = folder / f"{stem}.json"
    source.write_text(json.dumps(data, indent=2), encoding="utf-8")
    html = folder / f"{stem}.html"
    script = theme_dir / "render.mjs"
    command = ["node", str(script), theme, str(source), str(html)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"theme {theme} failed: {done.stderr.strip().splitlines()[-1:]}")
    pdf = folder / f"{stem}.pdf"
    browser = next(found for name in CHROMIUM if (found := shutil.which(name)))
    print_command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        html.as_uri(),
    ]
    subprocess.run(print_command, capture_output=True, check=False, timeout=120)
    if not pdf.is_file():
        raise RuntimeError(f"Chromium printed no PDF of {html.name}")
    return pdf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=6)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--theme-dir", type=Path, default=THEME_DIR)
    parser.add_argument("--keep", type=Path, help="write the JSON, HTML and PDFs here")
    parser.add_argument("--details", action="store_true", help="list each miss")
    args = parser.parse_args(argv)
    if not shutil.which("node") or not any(shutil.which(name) for name in CHROMIUM):
        print("jsonresume_themes.py needs Node.js and Chromium", file=sys.stderr)
        return 2
    themes = [t for t in args.themes.split(",") if (args.theme_dir / "node_modules").is_dir()]
    missing = [
        t
        for t in themes
        if not (args.theme_dir / "node_modules" / f"jsonresume-theme-{t}").is_dir()
    ]
    if not themes or missing:
        print(
            f"themes not installed in {args.theme_dir}: {missing or args.themes}", file=sys.stderr
        )
        return 2
    (args.theme_dir / "render.mjs").write_text(RENDER, encoding="utf-8")
    rng = random.Random(args.seed)
    people = [random_person(rng) for _ in range(args.people)]
    groups: dict[str, list[FileResult]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for number, person in enumerate(people):
            data = json_resume(person, random.Random(number))
            truth = truth_of(person)
            baseline = folder / f"person-{number:02d}.json"
            baseline.write_text(json.dumps(data, indent=2), encoding="utf-8")
            groups["json (baseline)"].append(scored(baseline, truth))
            for theme in themes:
                pdf = render_pdf(folder, f"{theme}-{number:02d}", data, theme, args.theme_dir)
                result = scored(pdf, truth)
                groups[theme].append(result)
                if args.details and result.misses:
                    print(pdf.name, *result.misses, sep="\n")
    pdfs = [result for key, results in groups.items() if key in themes for result in results]
    print(table(dict(groups)))
    print()
    print(table({"all PDFs": pdfs, "all JSON": groups["json (baseline)"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
