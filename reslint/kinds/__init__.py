"""The one registry of kinds: the Python checks that rule files name.

Generic kinds serve many rules and user rule packs; specific kinds serve one
rule. A rule file picks a kind by its name here and sets its options.

Kind `x-y` lives in `reslint/kinds/x_y.py`, which defines `check` and
`OPTIONS`; what kinds share lives in `reslint/kinds/shared/`. A kind module
imports no other kind module (tests/test_kinds_layout.py checks both).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType

from reslint.kinds import (
    chronology,
    company_context,
    count_over,
    date_format,
    date_invalid,
    email_employer_domain,
    email_invalid,
    email_odd,
    employment_gap,
    field_buried,
    field_in_header_footer,
    field_missing,
    garbled_text,
    hidden_text,
    linkedin_url_invalid,
    metadata_leak,
    pattern,
    pdf_out_of_date,
    personal_data,
    phone_invalid,
    position_lacks,
    profile_contact,
    profile_dates,
    profile_education,
    profile_name,
    profile_positions,
    profile_titles,
    suppression_unused,
    text_not_extractable,
    too_long,
)
from reslint.kinds.shared.base import Context, Hit, Kind, Option

__all__ = ["KINDS", "Context", "Hit", "Kind", "Option"]


def _kind(
    module: ModuleType,
    description: str,
    needs_profile: bool = False,
    summarises: bool = False,
    absence: bool = False,
    after_others: bool = False,
) -> Kind:
    return Kind(
        module.check, module.OPTIONS, description, needs_profile, summarises, absence, after_others
    )


KINDS: Mapping[str, Kind] = {
    "pattern": _kind(pattern, "A phrase or pattern found in a scope."),
    "field-missing": _kind(field_missing, "A part of the resume is missing.", absence=True),
    "company-context": _kind(company_context, "An employer the entry never describes."),
    "position-lacks": _kind(position_lacks, "A position none of whose statements shows something."),
    "date-invalid": _kind(date_invalid, "Dates that cannot be read or cannot be right."),
    "date-format": _kind(date_format, "Dates written in a style the others do not use."),
    "chronology": _kind(chronology, "Positions not in reverse-chronological order."),
    "employment-gap": _kind(employment_gap, "Months between positions left unexplained."),
    "too-long": _kind(too_long, "A line with more words than a limit."),
    "field-buried": _kind(field_buried, "A contact field is not in the top block of page 1."),
    "field-in-header-footer": _kind(
        field_in_header_footer, "Contact fields appear only in running headers or footers."
    ),
    "count-over": _kind(count_over, "A count over a limit."),
    "phone-invalid": _kind(phone_invalid, "A phone number that cannot be dialled."),
    "email-invalid": _kind(email_invalid, "An email address with bad syntax or a typo."),
    "email-odd": _kind(email_odd, "An email address that looks odd."),
    "email-employer-domain": _kind(
        email_employer_domain, "An email address at the current employer's domain."
    ),
    "linkedin-url-invalid": _kind(
        linkedin_url_invalid, "A LinkedIn URL that does not open a profile."
    ),
    "text-not-extractable": _kind(text_not_extractable, "Pages without a text layer."),
    "garbled-text": _kind(garbled_text, "Text that extracts as garbage.", summarises=True),
    "personal-data": _kind(personal_data, "National ID numbers and personal details."),
    "hidden-text": _kind(hidden_text, "White or tiny text.", summarises=True),
    "metadata-leak": _kind(metadata_leak, "File properties from someone else."),
    "suppression-unused": _kind(
        suppression_unused,
        "Inline suppressions that silence nothing or name no rule.",
        summarises=True,
        after_others=True,
    ),
    "pdf-out-of-date": _kind(pdf_out_of_date, "Source text the PDF built from it lacks."),
    "profile-positions": _kind(
        profile_positions,
        "A position on one side only of the resume and the LinkedIn profile.",
        needs_profile=True,
    ),
    "profile-dates": _kind(
        profile_dates,
        "A position's dates differ between the resume and LinkedIn.",
        needs_profile=True,
    ),
    "profile-titles": _kind(
        profile_titles,
        "A position's title differs between the resume and LinkedIn.",
        needs_profile=True,
    ),
    "profile-education": _kind(
        profile_education,
        "A school, degree or its years differ between the resume and LinkedIn.",
        needs_profile=True,
    ),
    "profile-contact": _kind(
        profile_contact,
        "The email or phone differs between the resume and LinkedIn.",
        needs_profile=True,
    ),
    "profile-name": _kind(
        profile_name, "The name differs between the resume and LinkedIn.", needs_profile=True
    ),
}
