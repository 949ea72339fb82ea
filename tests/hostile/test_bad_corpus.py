"""A folder of broken and hostile files, built by the real ``kg build``.

Every bad file is named on stderr in exactly one line with its reason, nothing in it
is executed, the exit status is 1 (some inputs rejected), and the store holds exactly
what a clean build of the good files holds: the bad ones add nothing and take nothing.
"""

from __future__ import annotations

import os
import resource
import shutil
from pathlib import Path

import pytest

from kg.errors import RejectedInput
from kg.read import read_file_bytes

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

BIG_BYTES = 50 * 1024 * 1024

GOOD = [
    ROOT / "seeds" / "000_9d8becf6d8fdd231.txt",
    ROOT / "seeds" / "002_65196135cd1e8dd1.txt",
    FIXTURES / "plaintext" / "business_merger.txt",
    FIXTURES / "plaintext" / "wire_markets.txt",
    FIXTURES / "annotated" / "docs" / "tech-glownest-funding.md",
    FIXTURES / "annotated" / "docs" / "politics-senate-energy.md",
]
"""Articles that read cleanly: copied into the mixed folder."""

LATIN1_HEADLINE = "Café owners in Montréal protest"


def _alias_bomb() -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
    return "---\n" + "\n".join(lines) + "\ntitle: Laughs\n---\nBody text.\n"


def _write_big(path: Path) -> None:
    """A 50 MB plain-text file, written in chunks (never held in memory here)."""
    line = b"The harbour board met again on Tuesday and talked about the quay at length.\n"
    with path.open("wb") as stream:
        stream.write(b"Harbour board meets again\n\n")
        while stream.tell() < BIG_BYTES:
            stream.write(line * 1000)


def make_bad_files(folder: Path, marker: Path) -> dict[str, str]:
    """Write the bad inputs; return ``{relative path: expected reason}`` of the rejected."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def bad(name: str, data: bytes | str, reason: str) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[name] = reason

    bad("empty.txt", b"", "the file is empty")
    bad("blank.txt", b"  \r\n\t\n", "the file is empty")
    bad("no-text.txt", "*** --- !!! ...\n\n-- ?? ;;\n", "no text")
    bad("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file")
    bad("dump.dat", bytes([0, 1, 2, 3, 250, 251, 0, 7]) * 256, "binary file")
    bad("not-yaml.md", "---\ntitle: [unclosed\n  - : : {\n---\nBody text.\n", "not valid YAML")
    bad(
        "python-tag.md",
        f'---\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n---\nBody.\n',
        "never constructed",
    )
    bad(
        "python-new.md",
        "---\ntitle: Hello\nx: !!python/object/new:builtins.exec\n"
        f"  - \"open('{marker}', 'w').write('ran')\"\n---\nBody.\n",
        "never constructed",
    )
    bad("alias-bomb.md", _alias_bomb(), "YAML aliases")
    bad("list-title.md", "---\ntitle: [one, two]\n---\nBody text.\n", "'title' is a list")
    _write_big(folder / "big.txt")
    expected["big.txt"] = "over the 10,485,760-byte limit (--max-bytes)"
    (folder / "loop").mkdir()
    (folder / "loop" / "up").symlink_to("..", target_is_directory=True)
    expected["loop/up"] = "symbolic link loop"
    locked = folder / "locked.txt"
    locked.write_text("Locked headline\n\nA body nobody may read.\n", encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: then this is not a bad file
        locked.chmod(0o644)
        locked.unlink()
    else:
        expected["locked.txt"] = "permission denied"
    return expected


def make_noted_files(folder: Path) -> list[Path]:
    """Files that are read, each with a warning that says what was odd about it."""
    files = {
        "latin1.txt": (
            f"{LATIN1_HEADLINE}\n\nOwners of cafés in Montréal said on Monday that the rules "
            "were “unfair”, the association’s head, Élodie Brûlé, said.\n"
        ).encode("cp1252"),
        "invalid-utf8.txt": b"Harbour board \xc3\x28 votes\n\nThe board of Kelso Harbour met"
        b" on Tuesday \xff\xfe and voted \x81 to expand the quay.\n",
        "bom.txt": b"\xef\xbb\xbfBridge reopens in Duluth\n\nThe bridge in Duluth reopened on"
        b" Friday after repairs, the city said.\n",
        "crlf.md": b"---\r\ntitle: Ferry service resumes\r\nwebUrl: https://news.example.org/"
        b"ferry\r\n---\r\nThe ferry between Port Alden and Keswick resumed on Monday.\r\n",
        "wrong-types.md": b"---\ntitle: Council approves budget\ndate: not a date at all\n"
        b'webUrl: "javascript:alert(1)"\nauthors: {nested: {deep: [1, 2]}}\ntopics: 42\n---\n'
        b"The council of Harlow Vale approved its budget on Monday.\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, kg_run) -> dict:
    """The mixed folder built once, and a clean build of just its good files."""
    base = tmp_path_factory.mktemp("hostile")
    docs = base / "mixed"
    marker = base / "PWNED"
    expected = make_bad_files(docs, marker)
    good = [docs / path.name for path in GOOD]
    for source, target in zip(GOOD, good, strict=True):
        shutil.copy(source, target)
    noted = make_noted_files(docs)
    duplicate = docs / "zz-copy-of-frontmatter-seed.txt"
    shutil.copy(GOOD[1], duplicate)
    mixed = kg_run("build", docs, "--store", base / "mixed-store")
    clean = kg_run("build", *good, *noted, "--store", base / "clean-store")
    return {
        "docs": docs,
        "marker": marker,
        "expected": expected,
        "duplicate": duplicate,
        "mixed": mixed,
        "clean": clean,
        "mixed_store": base / "mixed-store",
        "clean_store": base / "clean-store",
    }


def test_exit_status_is_1_and_the_clean_build_0(corpus: dict) -> None:
    assert corpus["mixed"].returncode == 1, corpus["mixed"].stderr
    assert corpus["clean"].returncode == 0, corpus["clean"].stderr
    assert "Traceback" not in corpus["mixed"].stderr


def test_each_bad_file_is_named_once_with_its_reason(corpus: dict) -> None:
    lines = corpus["mixed"].stderr.splitlines()
    rejected = [line for line in lines if line.startswith("kg: rejected: ")]
    docs = corpus["docs"]
    for name, reason in corpus["expected"].items():
        named = [line for line in lines if f"{docs / name}:" in line]
        assert len(named) == 1, (name, named)
        assert named[0].startswith("kg: rejected: ") and reason in named[0], named[0]
    assert len(rejected) == len(corpus["expected"]), rejected
    other = [line for line in lines if not line.startswith(("kg: rejected: ", "kg: warning: "))]
    assert len(other) == 1 and other[0].startswith("built: "), other


def test_odd_but_readable_files_are_built_with_a_note(corpus: dict) -> None:
    warnings = [line for line in corpus["mixed"].stderr.splitlines() if "kg: warning: " in line]
    docs = corpus["docs"]

    def about(name: str) -> list[str]:
        return [line for line in warnings if f"{docs / name}:" in line]

    assert any("decoded as Windows-1252" in line for line in about("latin1.txt"))
    assert any("decoded as Windows-1252" in line for line in about("invalid-utf8.txt"))
    assert any("byte-order mark" in line for line in about("bom.txt"))
    assert any("'date' is not a date" in line for line in about("wrong-types.md"))
    assert any("not an http(s) URL" in line for line in about("wrong-types.md"))
    duplicate = corpus["duplicate"]
    same = [line for line in warnings if "same article as" in line]
    assert len(same) == 1
    assert str(duplicate) in same[0] and str(docs / GOOD[1].name) in same[0]


def test_nothing_in_the_yaml_was_executed(corpus: dict) -> None:
    assert not corpus["marker"].exists()


def test_the_store_is_exactly_the_clean_build_of_the_good_files(corpus: dict, quads_of) -> None:
    mixed = quads_of(corpus["mixed_store"])
    clean = quads_of(corpus["clean_store"])
    assert mixed == clean, (sorted(mixed - clean)[:5], sorted(clean - mixed)[:5])
    assert len({g for g, *_ in mixed if g}) >= len(GOOD) + 5


def test_decoded_text_is_sensible(corpus: dict, quads_of) -> None:
    quads = quads_of(corpus["mixed_store"])
    headlines = {o: s for g, s, p, o in quads if not g and p == "<https://schema.org/headline>"}
    assert f'"{LATIN1_HEADLINE}"' in headlines
    assert '"Bridge reopens in Duluth"' in headlines and '"Ferry service resumes"' in headlines
    assert not any("\\r" in o or "\ufeff" in o for *_, o in quads)
    # the refused URL is quoted in a note (a string), never made an IRI or a link
    assert not any(t.startswith("<javascript:") for quad in quads for t in quad)
    budget = headlines['"Council approves budget"']
    said = {p for g, s, p, o in quads if not g and s == budget}
    assert "<https://schema.org/headline>" in said and "<https://schema.org/articleBody>" in said
    assert not said & {"<https://schema.org/url>", "<https://schema.org/datePublished>"}


def test_unreadable_file_is_a_rejection_not_a_crash(tmp_path: Path, monkeypatch) -> None:
    """Runs as any user (root reads chmod-000 files, so the permission error is simulated)."""
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nBody.\n", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(RejectedInput, match="permission denied"):
        read_file_bytes(path)


def test_a_50_mb_file_with_the_limit_raised_is_built_in_bounded_memory(
    corpus: dict, kg_run, quads_of
) -> None:
    big = corpus["docs"] / "big.txt"
    assert big.stat().st_size >= BIG_BYTES
    store = corpus["docs"].parent / "big-store"
    result = kg_run("build", big, "--store", store, "--max-bytes", 60_000_000)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("kg: warning:")]
    assert len(notes) == 2 and all(str(big) in line and "300,000" in line for line in notes)
    assert peak_kib < 2 * 1024 * 1024, f"peak memory {peak_kib / 1024:.0f} MiB"
    headlines = {o for g, s, p, o in quads_of(store) if p == "<https://schema.org/headline>"}
    assert '"Harbour board meets again"' in headlines
