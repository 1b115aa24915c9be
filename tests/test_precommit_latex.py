"""The pre-commit hook on a LaTeX resume repository, run for real (see test_precommit.py):
a planted odd email is reported at its .tex line and fails the commit; fixed, it passes."""

from __future__ import annotations

from pathlib import Path

from tests.test_precommit import git, pre_commit, pytestmark, snapshot

__all__ = ["pytestmark"]  # skipped with the reason given there without git or pre-commit

RESUME = r"""\documentclass[11pt]{moderncv}
\name{Sam}{Rivera}
\begin{document}
\section{Experience}
\cventry{2022--2024}{Operations Associate}{Northwind Traders}{Leeds}{}{}
\section{Contact}
%s
\end{document}
"""
ODD = r"\email{xX_party_Xx1987@gmail.com}"
FIXED = r"\email{sam.rivera@example.com}"


def test_hook_reports_an_odd_email_at_its_tex_line_and_passes_once_fixed(tmp_path: Path):
    rev = snapshot(tmp_path / "reslint")
    repo = tmp_path / "cv"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {tmp_path / 'reslint'}\n    rev: {rev}\n    hooks:\n"
        f"      - id: reslint\n",
        encoding="utf-8",
    )
    (repo / ".reslint.toml").write_text('select = ["email-odd"]\n', encoding="utf-8")
    (repo / "resume.tex").write_text(RESUME % ODD, encoding="utf-8")
    git(repo, "add", "-A")
    home = tmp_path / "pre-commit-home"

    failed = pre_commit(repo, home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "resume.tex:7:8: warning email-odd" in failed.stdout
    assert "Failed" in failed.stdout

    (repo / "resume.tex").write_text(RESUME % FIXED, encoding="utf-8")
    git(repo, "add", "-A")
    passed = pre_commit(repo, home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
