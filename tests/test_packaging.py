"""The wheel carries the rules; the source tree serves an editable install."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from reslint.rulebook import builtin_rules_dir
from tests.conftest import REPO


def test_editable_install_finds_source_rules():
    assert (builtin_rules_dir() / "contact" / "email-missing.toml").is_file()


def test_wheel_contains_rules(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "reslint/_rules/contact/email-missing.toml" in names
    assert "reslint/_rules/statements/first-person.toml" in names
    assert "reslint/_rules/profile/nicknames.txt" in names
    assert "reslint/lexicon/data/date_words.toml" in names  # month names, read at import
    assert "reslint/lexicon/data/section_titles.toml" in names  # read at import too
    assert "reslint/lexicon/data/entry_words.toml" in names  # title, company, school words
    assert "reslint/lexicon/data/degrees.toml" in names  # degree names per language
    assert "reslint/formatters/data/report.css" in names  # inlined by --format html
    assert "reslint/formatters/data/report.js" in names
    assert "reslint/structure/data/line_roles.crfsuite" in names  # RESLINT_LINE_MODEL=on
