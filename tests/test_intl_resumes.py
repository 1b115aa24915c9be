"""Fictional resumes in languages with their own titles, months and entry words (Greek,
Czech, Hungarian, Romanian, Swedish, Danish, Finnish): the headings open their sections and
each entry gets its company, title, school, degree and dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.readers import read
from reslint.structure import build_document
from tests.built_lines import position_parts

# Czech.
CS_TXT = """Jana Nováková
jana.novakova@example.cz

PRACOVNÍ ZKUŠENOSTI
Vedoucí vývoje, Nordex s.r.o., Brno
březen 2019 – dosud
- vedení týmu pěti vývojářů
Programátorka, Lipa a.s., Praha
září 2015 – únor 2019
- vývoj interních aplikací

VZDĚLÁNÍ
Vysoké učení technické v Brně
Ing. Informatika, 2010 – 2015
"""

# Greek.
EL_TXT = """Ελένη Παππά
eleni.pappa@example.gr

ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ
Μηχανικός Λογισμικού, Ακμή Α.Ε., Αθήνα
Μάρτιος 2020 - Σήμερα
- ανάπτυξη εφαρμογών
Αναλύτρια Δεδομένων, Δέλτα ΕΠΕ
Σεπτέμβριος 2017 - Φεβρουάριος 2020

ΕΚΠΑΙΔΕΥΣΗ
Πτυχίο Πληροφορικής, Πανεπιστήμιο Κρήτης
2013 - 2017
"""

# Hungarian (dates year first).
HU_TXT = """Kovács Anna
anna.kovacs@example.hu

Szakmai tapasztalat
2019. szeptember – jelenleg
Szoftverfejlesztő, Példa Kft., Budapest
- webes alkalmazások fejlesztése
2016. márc. – 2019. aug.
Gyakornok, Minta Zrt.

Tanulmányok
2012 – 2016
Budapesti Műszaki Egyetem, mérnökinformatikus alapképzés
"""

# Swedish (`på`, at).
SV_TXT = """Karin Lund
karin.lund@example.se

Arbetslivserfarenhet
Systemutvecklare på Exempel AB
augusti 2018 – nuvarande
- utveckling av tjänster
Praktikant, Norrsken Konsult AB
juni 2017 – augusti 2017

Utbildning
Kandidatexamen i datavetenskap, Umeå universitet
2014 – 2017
"""

# Romanian.
RO_TXT = """Andrei Popescu
andrei.popescu@example.ro

Experiență profesională
Inginer software, Exemplu SRL, Cluj-Napoca
ianuarie 2020 – prezent
- dezvoltarea serviciilor web
Programator, Model S.A.
iulie 2017 – decembrie 2019

Educație
Universitatea Tehnică din Cluj-Napoca
Licență în calculatoare, 2013 – 2017
"""

# Finnish.
FI_TXT = """Mikko Virtanen
mikko.virtanen@example.fi

TYÖKOKEMUS
Ohjelmistokehittäjä, Esimerkki Oy, Tampere
tammikuu 2021 – nykyään
- taustajärjestelmien kehitys
Harjoittelija, Malli Oyj
kesäkuu 2019 – elokuu 2019

KOULUTUS
Tampereen yliopisto
Tekniikan kandidaatti, 2016 – 2020
"""

# Danish (`hos`, at).
DA_TXT = """Mette Jensen
mette.jensen@example.dk

Erhvervserfaring
Softwareudvikler hos Eksempel ApS
marts 2019 – nu
- udvikling af webshops
Studentermedhjælper, Model A/S
februar 2017 – januar 2019

Uddannelse
Kandidatuddannelse i datalogi, Aarhus Universitet
2014 – 2019
"""

CASES = {
    "cs": (
        CS_TXT,
        [
            ("Nordex s.r.o.", "Vedoucí vývoje", "2019-03", "present"),
            ("Lipa a.s.", "Programátorka", "2015-09", "2019-02"),
        ],
        ("Vysoké učení technické v Brně", "Ing.", "2010", "2015"),
    ),
    "el": (
        EL_TXT,
        [
            ("Ακμή Α.Ε.", "Μηχανικός Λογισμικού", "2020-03", "present"),
            ("Δέλτα ΕΠΕ", "Αναλύτρια Δεδομένων", "2017-09", "2020-02"),
        ],
        ("Πανεπιστήμιο Κρήτης", "Πτυχίο", "2013", "2017"),
    ),
    "hu": (
        HU_TXT,
        [
            ("Példa Kft.", "Szoftverfejlesztő", "2019-09", "present"),
            ("Minta Zrt", "Gyakornok", "2016-03", "2019-08"),
        ],
        ("Budapesti Műszaki Egyetem", "alapképzés", "2012", "2016"),
    ),
    "sv": (
        SV_TXT,
        [
            ("Exempel AB", "Systemutvecklare", "2018-08", "present"),
            ("Norrsken Konsult AB", "Praktikant", "2017-06", "2017-08"),
        ],
        ("Umeå universitet", "Kandidatexamen", "2014", "2017"),
    ),
    "ro": (
        RO_TXT,
        [
            ("Exemplu SRL", "Inginer software", "2020-01", "present"),
            ("Model S.A.", "Programator", "2017-07", "2019-12"),
        ],
        ("Universitatea Tehnică din Cluj-Napoca", "Licență", "2013", "2017"),
    ),
    "fi": (
        FI_TXT,
        [
            ("Esimerkki Oy", "Ohjelmistokehittäjä", "2021-01", "present"),
            ("Malli Oyj", "Harjoittelija", "2019-06", "2019-08"),
        ],
        ("Tampereen yliopisto", "Tekniikan kandidaatti", "2016", "2020"),
    ),
    "da": (
        DA_TXT,
        [
            ("Eksempel ApS", "Softwareudvikler", "2019-03", "present"),
            ("Model A/S", "Studentermedhjælper", "2017-02", "2019-01"),
        ],
        ("Aarhus Universitet", "Kandidatuddannelse", "2014", "2019"),
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_resume_in_another_language_reads_into_entries(write, language: str) -> None:
    text, positions, education = CASES[language]
    path = write(f"{language}.txt", text)
    structure = build_document(Path(path), read(path)).structure
    kinds = [section.kind for section in structure.sections]
    assert kinds == ["experience", "education"]
    assert position_parts(structure.positions, "") == positions
    (studies,) = structure.education
    assert studies.school is not None and studies.degree is not None
    assert studies.dates is not None and studies.dates.start and studies.dates.end
    parts = (studies.school.value, studies.degree.value)
    assert (*parts, studies.dates.start.iso(), studies.dates.end.iso()) == education
