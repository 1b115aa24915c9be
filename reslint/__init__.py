"""reslint: a linter for resumes and exported LinkedIn profiles."""

__version__ = "0.1.0"
