"""The matching helpers behind the profile rules: employers, titles, degrees, dates."""

from __future__ import annotations

import pytest

from reslint.kinds.shared.profile.dates import month_gap
from reslint.kinds.shared.profile.pairing import (
    LEGAL_SUFFIXES,
    company_key,
    parse_abbreviations,
    same_employer_score,
    title_key,
)
from reslint.kinds.shared.profile.people import name_words, parse_nicknames, same_person
from reslint.kinds.shared.profile.schools import (
    degree_subject,
    different_kinds,
    different_subjects,
    same_school,
)
from reslint.kinds.shared.profile.text import similar
from reslint.lexicon.dates import parse_date
from reslint.lexicon.degree_levels import degree_level
from reslint.rulebook import builtin_rules_dir, load_rule

TODAY = 2026 * 12 + 5


def employer(a: str, b: str) -> float:
    return same_employer_score(company_key(a, LEGAL_SUFFIXES), company_key(b, LEGAL_SUFFIXES))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fabrikam & Partners LLC", "Fabrikam and Partners"),
        ("Contoso, Ltd.", "CONTOSO"),
        ("The Home Depot", "Home Depot Inc."),
        ("Litware GmbH", "Litware"),
        ("Amazon", "Amazon Web Services"),
    ],
)
def test_same_employer(a, b):
    assert employer(a, b) >= 85


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme Consulting", "Bluebird Consulting"),
        ("Consulting", "Acme Consulting"),
        ("Bank of America", "Bank of Montreal"),
        ("Globex", "Initech"),
    ],
)
def test_different_employers(a, b):
    assert employer(a, b) < 85


ABBREVIATIONS = parse_abbreviations(
    load_rule(builtin_rules_dir() / "profile" / "profile-title-mismatch.toml", "profile").options[
        "abbreviations"
    ]
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sr. Data Engineer", "Senior Data Engineer", True),
        ("Software Engineer II", "Software Engineer", True),
        ("Marketing Mgr", "Marketing Manager", True),
        ("VP of Sales", "Vice President of Sales", True),
        ("Product Manager", "Project Manager", False),
        ("Data Engineer", "Data Scientist", False),
        ("Engineering Manager", "Software Engineer", False),
    ],
)
def test_titles(a, b, same):
    score = similar(title_key(a, ABBREVIATIONS), title_key(b, ABBREVIATIONS))
    assert (score >= 90) is same


@pytest.mark.parametrize(
    ("text", "level", "subject"),
    [
        ("B.S. Computer Science", "bachelor", {"computer"}),
        ("Bachelor of Science - BS, Computer Science", "bachelor", {"computer"}),
        ("Master of Business Administration - MBA", "master", set()),
        ("Ph.D. Chemistry", "doctorate", {"chemistry"}),
        ("Bachelor of Engineering - BE, Mechanical Engineering", "bachelor", {"mechanical"}),
        ("High School Diploma", "diploma", set()),
    ],
)
def test_degrees(text, level, subject):
    assert degree_level(text) == level
    assert degree_subject(text) == subject


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Licenciatura en Administración", "bachelor"),
        ("Maestría en Finanzas", "master"),
        ("Diplom-Ingenieur Maschinenbau", "master"),
        ("Magister Artium", "master"),
        ("Licence professionnelle", "bachelor"),
        ("Diplôme d'ingénieur", "master"),
        ("Laurea magistrale in Fisica", "master"),
        ("Mestrado em Engenharia", "master"),
        ("Бакалавр, прикладная математика", "bachelor"),
        ("Магистр экономики", "master"),
        ("Yüksek Lisans, İşletme", "master"),
        ("Lisans, İşletme", "bachelor"),
        ("Ön Lisans", "associate"),
        ("M. A. History", "master"),
        ("计算机科学 硕士", "master"),
        ("전문학사", "associate"),
        ("Laurea in Economia", None),  # three or five years: no level
        ("Baccalauréat", None),  # a school diploma in France, a bachelor's in Quebec
    ],
)
def test_degree_levels_in_other_languages(text, level):
    assert degree_level(text) == level


@pytest.mark.parametrize(
    ("a", "b", "different"),
    [
        ("Bachelor of Science - BS", "BA", True),
        ("Bachelor of Science - BS", "B.Sc.", False),
        ("B.Sc.", "Bachelor of Science", False),
        ("B.S.", "Bachelor of Business Administration - BBA", True),
        ("MBA", "Master of Business Administration", False),
        ("Magister", "Master of Arts - MA", False),  # no kind on one side: not compared
    ],
)
def test_degree_kinds(a, b, different):
    assert different_kinds(a, b) is different


def test_fields_of_study():
    assert different_subjects(frozenset({"mechanical"}), frozenset({"civil"}), 85)
    assert not different_subjects(frozenset({"communication"}), frozenset({"communications"}), 85)
    assert not different_subjects(frozenset(), frozenset({"civil"}), 85)


def test_schools():
    assert same_school("MIT", "Massachusetts Institute of Technology", 85)
    assert same_school("Univ. of Illinois", "University of Illinois Urbana-Champaign", 85)
    assert not same_school("Yale University", "Vassar College", 85)


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        ("Mar 2019", "2019", 0),
        ("Dec 2018", "2019", 1),
        ("2018", "2019", 12),
        ("Jun 2018", "Oct 2018", 4),
        ("Present", "Present", 0),
        ("Mar 2026", "Present", 3),
    ],
)
def test_month_gap(a, b, gap):
    assert month_gap(parse_date(a), parse_date(b), TODAY) == gap


NAME_RULE = load_rule(builtin_rules_dir() / "profile" / "profile-name-mismatch.toml", "profile")
NICKNAMES = parse_nicknames(tuple(NAME_RULE.options["nicknames"]))


def same_name(a: str, b: str) -> bool:
    return same_person(a, b, 90, NICKNAMES)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bob Smith", "Robert Smith"),
        ("Liz Carter", "Elizabeth Carter"),
        ("Bill Turner", "William Turner"),
        ("Alex Kim", "Alexander Kim"),
        ("Alex Kim", "Alexandra Kim"),
        ("Kate Moore", "Katherine Moore"),
        ("Peggy Olson", "Margaret Olson"),
        ("Bobby Smith", "Rob Smith"),  # both short for Robert
        ("Mike Ross", "Michael J. Ross"),
        ("Mike Ross", "John Michael Ross"),  # goes by the middle name
        ("Robert Smith", "Bob Smith Jr."),
        ("Ada Lovelace", "Ada King Lovelace"),
        ("A. K. Lovelace", "Ada King Lovelace"),
        ("José Álvarez", "Jose Alvarez"),
        ("Søren Kierkegaard", "Soren Kierkegaard"),
        ("Bob Smith", "Robert Smith, PMP"),
        ("Bob Smith", "SMITH, Robert"),
    ],
)
def test_same_person(a, b):
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bob Smith", "Richard Smith"),  # another first name
        ("Bob Smith", "Robert Jones"),  # another surname
        ("Liz Carter", "Elizabeth Warren"),
        ("Albert Stone", "Alfred Stone"),  # both go by Al, but are not each other's
        ("Jack Reed", "Jake Reed"),
        ("Ada Lovelace", "Grace Hopper"),
        ("J. Smith", "Robert Smith"),
    ],
)
def test_different_people(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)


def test_name_words_drop_credentials_and_turn_surname_first_round():
    assert name_words("Dr. Jane Doe, MBA, PMP") == ["jane", "doe"]
    assert name_words("Doe, Jane") == ["jane", "doe"]


def test_nicknames_map_to_every_name_they_are_short_for():
    table = parse_nicknames(("alexander = alex, sandy", "alexandra = alex", "# comment", "junk"))
    assert table["alex"] == {"alex", "alexander", "alexandra"}
    assert table["alexander"] == {"alexander"}
    assert "junk" not in table
