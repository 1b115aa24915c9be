"""The one registry of kinds: the Python checks that rule files name.

Generic kinds serve many rules and user rule packs; specific kinds serve one
rule. A rule file picks a kind by its name here and sets its options.
"""

from __future__ import annotations

from collections.abc import Mapping

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
    personal_data,
    phone_invalid,
    position_lacks,
    profile,
    text_not_extractable,
    too_long,
)
from reslint.kinds.shared.base import Context, Hit, Kind, Option

__all__ = ["KINDS", "Context", "Hit", "Kind", "Option"]

KINDS: Mapping[str, Kind] = {
    "pattern": Kind(pattern.check, pattern.OPTIONS, "A phrase or pattern found in a scope."),
    "field-missing": Kind(
        field_missing.check, field_missing.OPTIONS, "A part of the resume is missing."
    ),
    "company-context": Kind(
        company_context.check, company_context.OPTIONS, "An employer the entry never describes."
    ),
    "position-lacks": Kind(
        position_lacks.check,
        position_lacks.OPTIONS,
        "A position none of whose statements shows something.",
    ),
    "date-invalid": Kind(
        date_invalid.check, date_invalid.OPTIONS, "Dates that cannot be read or cannot be right."
    ),
    "date-format": Kind(
        date_format.check, date_format.OPTIONS, "Dates written in a style the others do not use."
    ),
    "chronology": Kind(
        chronology.check, chronology.OPTIONS, "Positions not in reverse-chronological order."
    ),
    "employment-gap": Kind(
        employment_gap.check, employment_gap.OPTIONS, "Months between positions left unexplained."
    ),
    "too-long": Kind(too_long.check, too_long.OPTIONS, "A line with more words than a limit."),
    "field-buried": Kind(
        field_buried.check,
        field_buried.OPTIONS,
        "A contact field is not in the top block of page 1.",
    ),
    "field-in-header-footer": Kind(
        field_in_header_footer.check,
        field_in_header_footer.OPTIONS,
        "Contact fields appear only in running headers or footers.",
    ),
    "count-over": Kind(count_over.check, count_over.OPTIONS, "A count over a limit."),
    "phone-invalid": Kind(
        phone_invalid.check, phone_invalid.OPTIONS, "A phone number that cannot be dialled."
    ),
    "email-invalid": Kind(
        email_invalid.check, email_invalid.OPTIONS, "An email address with bad syntax or a typo."
    ),
    "email-odd": Kind(email_odd.check, email_odd.OPTIONS, "An email address that looks odd."),
    "email-employer-domain": Kind(
        email_employer_domain.check,
        email_employer_domain.OPTIONS,
        "An email address at the current employer's domain.",
    ),
    "linkedin-url-invalid": Kind(
        linkedin_url_invalid.check,
        linkedin_url_invalid.OPTIONS,
        "A LinkedIn URL that does not open a profile.",
    ),
    "text-not-extractable": Kind(
        text_not_extractable.check, text_not_extractable.OPTIONS, "Pages without a text layer."
    ),
    "garbled-text": Kind(
        garbled_text.check, garbled_text.OPTIONS, "Text that extracts as garbage."
    ),
    "personal-data": Kind(
        personal_data.check, personal_data.OPTIONS, "National ID numbers and personal details."
    ),
    "hidden-text": Kind(hidden_text.check, hidden_text.OPTIONS, "White or tiny text."),
    "metadata-leak": Kind(
        metadata_leak.check, metadata_leak.OPTIONS, "File properties from someone else."
    ),
    "profile-positions": Kind(
        profile.check_missing,
        profile.MISSING_OPTIONS,
        "A position on one side only of the resume and the LinkedIn profile.",
        needs_profile=True,
    ),
    "profile-dates": Kind(
        profile.check_dates,
        profile.DATE_OPTIONS,
        "A position's dates differ between the resume and LinkedIn.",
        needs_profile=True,
    ),
    "profile-titles": Kind(
        profile.check_titles,
        profile.TITLE_OPTIONS,
        "A position's title differs between the resume and LinkedIn.",
        needs_profile=True,
    ),
    "profile-education": Kind(
        profile.check_education,
        profile.EDUCATION_OPTIONS,
        "A school, degree or its years differ between the resume and LinkedIn.",
        needs_profile=True,
    ),
    "profile-contact": Kind(
        profile.check_contact,
        profile.CONTACT_OPTIONS,
        "The email or phone differs between the resume and LinkedIn.",
        needs_profile=True,
    ),
    "profile-name": Kind(
        profile.check_name,
        profile.NAME_OPTIONS,
        "The name differs between the resume and LinkedIn.",
        needs_profile=True,
    ),
}
