"""Score `reslint parse` on PDFs RenderCV builds, in every theme and a few languages.

Real resumes (`real_accuracy.py`) say how well the parse does, but their labels are few and
each layout appears once or twice. Here the truth is exact and the layouts are the ones
thousands of people use: fictional people (the generator of `profile_mismatch.py`) are
written as RenderCV input, rendered by RenderCV's own templates in each built-in theme and
locale, compiled by Typst, and the PDFs parsed and scored as `real_accuracy.py` scores
(a position counts only when company, title, start and end are all right).

The baseline row, `yaml`, parses the RenderCV input itself (reslint reads RenderCV YAML):
what the PDF reader loses against it is lost to layout. Needs RenderCV (an optional extra,
not a dependency of reslint: `pip install -e '.[themes]'`). No network: the one Typst
package the themes import, for Font Awesome icons, is replaced by a local definition that
draws nothing, so contact lines lose their icons.

    python benchmarks/rendercv_themes.py [--people 8] [--seed 5] [--themes classic,...]
                                         [--languages en,de,...] [--keep DIR] [--details]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
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

THEMES = ("classic", "sb2nov", "moderncv", "engineeringresumes", "engineeringclassic")
FONT_AWESOME = '#import "@preview/fontawesome:0.5.0": fa-icon'
NO_ICONS = "#let fa-icon(..args) = []"


@dataclass(frozen=True)
class Locale:
    """How one language prints a resume: section titles and RenderCV's locale fields."""

    experience: str
    education: str
    skills: str
    fields: dict[str, Any]


def _months(names: str) -> list[str]:
    return names.split()


LOCALES = {
    "en": Locale("Experience", "Education", "Skills", {}),
    "de": Locale(
        "Berufserfahrung",
        "Ausbildung",
        "Kenntnisse",
        {
            "language": "de",
            "present": "heute",
            "to": "–",
            "abbreviations_for_months": _months(
                "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez."
            ),
            "full_names_of_months": _months(
                "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
            ),
        },
    ),
    "fr": Locale(
        "Expérience professionnelle",
        "Formation",
        "Compétences",
        {
            "language": "fr",
            "present": "aujourd'hui",
            "to": "–",
            "abbreviations_for_months": _months(
                "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."
            ),
            "full_names_of_months": _months(
                "janvier février mars avril mai juin juillet août "
                "septembre octobre novembre décembre"
            ),
        },
    ),
    "es": Locale(
        "Experiencia laboral",
        "Formación",
        "Habilidades",
        {
            "language": "es",
            "present": "actualidad",
            "to": "–",
            "abbreviations_for_months": _months(
                "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic."
            ),
            "full_names_of_months": _months(
                "enero febrero marzo abril mayo junio julio agosto "
                "septiembre octubre noviembre diciembre"
            ),
        },
    ),
}
SKILLS = ("Python, SQL, Excel", "Negotiation, Budgeting", "Spanish (fluent), German (basic)")
MORE_BULLETS = (
    "Led a team of 5 through the migration to the new billing platform",
    "Raised customer satisfaction from 78% to 91% in two years",
    "Built the weekly forecast used by 40 account managers",
)


def rendercv_input(person: Person, theme: str, language: str, rng: random.Random) -> dict[str, Any]:
    locale = LOCALES[language]
    experience = []
    for job in person.jobs:
        bullets = [*job.bullets, *rng.sample(MORE_BULLETS, rng.randint(0, 2))]
        entry = {
            "company": job.company,
            "position": job.title,
            "start_date": iso_month(job.start),
            "end_date": iso_month(job.end),
            "highlights": bullets,
        }
        if rng.random() < 0.6:
            entry["location"] = rng.choice(("Chicago, IL", "Berlin", "Remote", "Lyon, France"))
        experience.append(entry)
    education = []
    for school in person.schools:
        degree, area = degree_and_field(school.degree)
        education.append(
            {
                "institution": school.school,
                "degree": degree,
                "area": area or degree,
                "start_date": str(school.start) if school.start else None,
                "end_date": str(school.end),
            }
        )
    username = linkedin_handle(person)
    return {
        "cv": {
            "name": f"{person.first} {person.last}",
            "location": "Chicago, IL",
            "email": person.email,
            "phone": person.phone.replace(" ", "-"),
            "social_networks": [{"network": "LinkedIn", "username": username}],
            "sections": {
                locale.experience: experience,
                locale.education: education,
                locale.skills: [
                    {"label": label, "details": details}
                    for label, details in zip(
                        ("Tools", "Business", "Languages"), SKILLS, strict=True
                    )
                ],
            },
        },
        "design": {"theme": theme},
        "locale": {"phone_number_format": "international", **locale.fields},
    }


def build(data: dict[str, Any], folder: Path, stem: str) -> tuple[Path, Path]:
    """The RenderCV YAML and the PDF RenderCV and Typst make of `data`."""
    import ruamel.yaml
    from rendercv.api.functions import create_a_typst_file_from_a_python_dictionary
    from rendercv.renderer.renderer import render_a_pdf_from_typst

    yaml_path = folder / f"{stem}.yaml"
    with yaml_path.open("w", encoding="utf-8") as out:
        ruamel.yaml.YAML().dump(data, out)
    typst_path = folder / f"{stem}.typ"
    errors = create_a_typst_file_from_a_python_dictionary(data, typst_path)
    if errors:
        raise RuntimeError(f"RenderCV refused the input: {errors}")
    source = typst_path.read_text(encoding="utf-8")
    typst_path.write_text(source.replace(FONT_AWESOME, NO_ICONS), encoding="utf-8")
    return yaml_path, render_a_pdf_from_typst(typst_path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=8)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--languages", default=",".join(LOCALES))
    parser.add_argument("--keep", type=Path, help="write the YAML and PDFs here")
    parser.add_argument("--details", action="store_true", help="list each miss")
    args = parser.parse_args(argv)
    try:
        import rendercv.api.functions  # noqa: F401
    except ImportError:
        print("rendercv_themes.py needs RenderCV: pip install -e '.[themes]'", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    people = [random_person(rng) for _ in range(args.people)]
    by_group: dict[str, list[FileResult]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for language in args.languages.split(","):
            for theme in args.themes.split(","):
                for number, person in enumerate(people):
                    data = rendercv_input(person, theme, language, random.Random(number))
                    yaml_path, pdf_path = build(data, folder, f"{theme}-{language}-{number:02d}")
                    truth = truth_of(person)
                    if theme == THEMES[0]:
                        by_group[f"yaml (baseline) {language}"].append(score(yaml_path, truth))
                    result = score(pdf_path, truth)
                    by_group[f"{theme} {language}"].append(result)
                    if args.details and result.misses:
                        print(pdf_path.name, *result.misses, sep="\n")
    baseline = {key: value for key, value in by_group.items() if key.startswith("yaml")}
    themes = {key: value for key, value in by_group.items() if not key.startswith("yaml")}
    print(table(baseline))
    print()
    print(table(themes))
    pdfs = [result for key, results in themes.items() for result in results]
    print()
    print(table({"all PDFs": pdfs, "all YAML": [r for v in baseline.values() for r in v]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
