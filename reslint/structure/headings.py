"""Section headings in their many spellings, mapped to what the section holds."""

from __future__ import annotations

import re
import unicodedata

from reslint.model import Line

SECTION_KINDS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "professional history",
        "relevant experience",
        "career experience",
        "experience professionnelle",
        "experiencia",
        "experiencia laboral",
        "experiencia profesional",
        "berufserfahrung",
        "positions",
        "professional background",
        "work",
        "工作经历",
        "工作经验",
        "工作背景",
        "professional experience and internships",
    ),
    "education": (
        "education",
        "academic background",
        "education and training",
        "educational background",
        "academic history",
        "formation",
        "educación",
        "formación",
        "ausbildung",
        "studies",
        "qualifications",
        "教育背景",
        "教育经历",
    ),
    "summary": (
        "summary",
        "professional summary",
        "profile",
        "professional profile",
        "about",
        "about me",
        "objective",
        "career objective",
        "career summary",
        "executive summary",
        "personal statement",
        "overview",
        "resumen",
        "perfil",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core competencies",
        "competencies",
        "key skills",
        "skills and abilities",
        "areas of expertise",
        "expertise",
        "technologies",
        "tools",
        "top skills",
        "computer skills",
        "habilidades",
        "competencias",
        "languages and technologies",
    ),
    "projects": (
        "projects",
        "personal projects",
        "selected projects",
        "side projects",
        "proyectos",
    ),
    "languages": ("languages", "idiomas", "langues", "sprachen"),
    "certifications": ("certifications", "certificates", "licenses and certifications", "courses"),
    "awards": ("awards", "honors", "honours", "honors-awards", "achievements", "awards and honors"),
    "publications": ("publications", "papers", "talks", "presentations"),
    "volunteer": ("volunteer", "volunteering", "volunteer experience", "community involvement"),
    "references": ("references", "referees", "referencias"),
    "interests": ("interests", "hobbies", "activities", "extracurricular activities"),
    "contact": (
        "contact",
        "contact information",
        "contact details",
        "contacto",
        "profiles",
        "links",
        "personal information",
    ),
    "leadership": ("leadership", "leadership experience", "leadership and activities"),
    "research": ("research", "research experience"),
}

_SPACED_LETTERS_RE = re.compile(r"^(?:\w\s)+\w$")
_TITLE_PUNCTUATION_RE = re.compile(r"[:|•·_*#=\-–—]+")


def _fold(text: str) -> str:
    """`text` in compatibility form without accents: "Expérience" and "Experience" alike.

    Most lines are plain ASCII and need none of it; heading_kind runs on every line.
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Recompose what is not an accent (Hangul syllables decompose into their letters).
    return unicodedata.normalize("NFC", bare)


def normalise(text: str) -> str:
    """Lower-case, accent-folded-for-lookup, punctuation-free title text."""
    text = _fold(text).strip()
    if _SPACED_LETTERS_RE.match(text):
        text = text.replace(" ", "")
    text = _TITLE_PUNCTUATION_RE.sub(" ", text)
    text = text.replace("&", " and ")
    return " ".join(text.lower().split())


# Titles are looked up as normalise() writes them ("honors-awards" as "honors awards").
_LOOKUP = {normalise(title): kind for kind, titles in SECTION_KINDS.items() for title in titles}


def known_title(text: str) -> str | None:
    """The section kind of a title written exactly as one of the known spellings."""
    return _LOOKUP.get(normalise(text))


def heading_kind(line: Line, body_font_size: float | None = None) -> str | None:
    """The section kind if `line` is a heading, else None.

    A line is a heading when its whole text is a known title, or when it is
    styled as one (Markdown `#`, a larger or bold short line) and starts with
    a known title word.
    """
    if line.bullet:
        return None
    text = normalise(line.text)
    if not text or len(text) > 60:
        return None
    if text in _LOOKUP:
        return _LOOKUP[text]
    styled = line.heading or (
        body_font_size is not None
        and line.font_size is not None
        and line.font_size >= body_font_size + 1.0
    )
    if styled or (line.bold and len(text.split()) <= 4):
        for title, kind in _LOOKUP.items():
            if text.startswith(title + " ") or text.endswith(" " + title):
                return kind
        return "other" if line.heading else None
    if line.text.isupper() and 1 <= len(text.split()) <= 4 and text.replace(" ", "").isalpha():
        for title, kind in _LOOKUP.items():
            if title in text:
                return kind
    return None
