"""benchmarks/fuzz.py: its checks catch what they are for, and one input really runs in a
process of its own with its memory measured (issue 19)."""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import fuzz


def test_the_terminal_check_finds_esc_c1_and_bidi_but_not_escapes():
    assert fuzz.terminal_problem("Ada \x1b]52;c;eA==\x07") == "U+001B"
    assert fuzz.terminal_problem("Ada \x9b2J") == "U+009B"
    assert fuzz.terminal_problem("Ada \u202eevil") == "U+202E"
    assert fuzz.terminal_problem("Ada \\x1b\\u202e\tline\n") == ""


def _outputs(folder: Path, **overrides: str) -> None:
    good = {
        "text": "\x1b[1mresume.md\x1b[0m: 1 error\n",
        "json": '{"files": []}',
        "sarif": '{"runs": []}',
        "github": "::error file=resume.md::x\n",
        "junit": '<?xml version="1.0"?><testsuites></testsuites>',
        "html": "<html></html>",
    }
    for name, text in {**good, **overrides}.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_well_formed_outputs_with_colour_codes_pass(tmp_path: Path):
    _outputs(tmp_path)
    assert fuzz.output_problems(tmp_path) == []


def test_ill_formed_junit_broken_json_and_raw_controls_are_each_reported(tmp_path: Path):
    _outputs(
        tmp_path,
        junit='<?xml version="1.0"?><testsuites name="a\x1bb"></testsuites>',
        json='{"files": [',
        github="::error file=a\u202eb::x\n",
    )
    kinds = {
        problem.split(":")[0] + ":" + problem.split()[1]
        for problem in fuzz.output_problems(tmp_path)
    }
    assert kinds == {"output:junit", "terminal:junit", "output:json", "terminal:github"}


def test_structural_pdfs_are_pdfs_of_every_kind():
    rng = random.Random(7)
    kinds = set()
    for _ in range(60):
        kind, data = fuzz.structural_pdf(rng)
        kinds.add(kind.split("+")[0])
        if "+" not in kind:
            assert data.startswith(b"%PDF-1.7") and data.rstrip().endswith(b"%%EOF")
    assert kinds == {"geometry", "tree", "kids-bomb", "objstm", "deflate", "pages", "text"}


def test_xml_injection_keeps_the_part_well_formed():
    from xml.etree import ElementTree

    part = b'<w:document xmlns:w="urn:w"><w:t>Ada Lovelace</w:t><w:t>Engineer</w:t></w:document>'
    rng = random.Random(3)
    for _ in range(20):
        injected = fuzz.inject_controls(part, rng, [], xml=True)
        assert injected != part
        ElementTree.fromstring(injected)


def test_one_input_runs_in_its_own_process_with_its_peak_memory(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    path = source / "a\nb.x: error: forged.md"
    path.write_text("# Ada \x1b]0;t\x07Lovelace\n\nada@example.com\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    limits = argparse.Namespace(max_mb=1024, max_seconds=60, kill_after=120, address_space_mb=6144)
    result = fuzz.run_input(path, out, "text", "test", limits)
    assert result.kind == "ok", result.detail
    assert result.peak_mb > 10
    assert (out / "junit").exists() and (out / "sarif").exists()


def test_json_value_mutations_stay_json_resumes():
    from reslint.readers.jsonresume import not_json_resume

    seed = json.dumps({"basics": {"name": "Ada Lovelace", "email": "ada@example.com"}}).encode()
    rng = random.Random(5)
    mutated = [fuzz.mutate_json(seed, rng, [seed]) for _ in range(30)]
    assert all(not_json_resume(json.loads(m)) is None for m in mutated)
    assert len(set(mutated)) > 20
