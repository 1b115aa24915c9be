"""reslint: a linter for resumes and exported LinkedIn profiles."""

__version__ = "0.1.0"
# Where reslint's documentation lives (SARIF's informationUri and each rule's helpUri).
HOMEPAGE = "https://github.com/reslint/reslint"
