"""ICU's data library cut to the languages the kiosk speaks: build-time, used by the spec.

    python packaging/icu_data.py LIBICUDATA OUT_FOLDER     # writes OUT_FOLDER/<same name>

Qt Core in the PySide6 wheel links ICU 73, whose `libicudata.so.73` (31 MB, a sixth of the bundle)
is one data package with every locale of CLDR. Qt calls ICU for four things only (the ICU symbols
libQt6Core imports; no other Qt library imports any): case mapping (`u_strToUpper/Lower`, whose
tables are compiled into libicuuc), time zone names (`ucal_*`), collation (`ucol_*`, QCollator) and
named legacy codecs (`ucnv_*`, QStringDecoder). Its own CLDR tables do the rest (numbers, dates,
text boundaries, IDNA). The kiosk speaks English and Spanish, so the cut keeps:

- every item that is not one locale's data (Unicode properties, normalization, collation root and
  UCA, time zone rules and meta zones, likely subtags, plurals, the indexes...);
- root, and en / es with all their regional variants (es_MX, en_GB...) in every tree;

and leaves out the other languages' locale data; the codepage tables (`.cnv`: the kiosk never asks
Qt for a legacy codec, Python decodes what it reads, and UTF-8/16/32 and Latin-1 need no table);
and what Qt never calls: break iterators with their CJK/Thai dictionaries (`brkitr/`, Qt breaks
text itself), transliterators (`translit/`) and spelled-out numbers (`rbnf/`). A lookup of a
locale left out falls back to root, as ICU does for any locale it does not know.

The items are removed with ICU's own `icupkg` (icu-devtools) and the package is linked back into
a shared library with the same soname and data symbol, so libicuuc finds it where it always did.
Deterministic: same input, same tools, same bytes (no time, no path in the output).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "es")
DROPPED_TREES = ("brkitr", "translit", "rbnf")
DROPPED_SUFFIXES = (".cnv",)
# A locale id: a language of 2-3 letters, then script, region, variant ("sr_Latn_BA", "en_US_POSIX";
# "de_" is an alias of German in the collation tree).
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
# Items named like a locale that are structure, kept whatever the languages.
NOT_LOCALES = {"root", "pool", "res_index"}
ASSEMBLY = """\
    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{data}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
"""


def kept(item: str) -> bool:
    """Whether an item of the package (e.g. `coll/es.res`, `ibm-37_P100-1995.cnv`) stays."""
    tree, _, name = item.rpartition("/")
    stem, _, suffix = name.rpartition(".")
    if tree in DROPPED_TREES or f".{suffix}" in DROPPED_SUFFIXES:
        return False
    if suffix != "res" or stem in NOT_LOCALES or not LOCALE.match(stem):
        return True
    return stem.split("_")[0] in LANGUAGES


def _run(*command: str, cwd: Path | None = None) -> str:
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=cwd)  # noqa: S603 (our fixed tools)
    return done.stdout


def data_symbol(library: Path) -> str:
    """The package's symbol, e.g. `icudt73_dat`: libicuuc looks the data up by this name."""
    for line in _run("readelf", "--wide", "--dyn-syms", str(library)).splitlines():
        fields = line.split()
        if len(fields) == 8 and re.fullmatch(r"icudt\d+_dat", fields[7]):
            return fields[7]
    raise SystemExit(f"icu_data: {library} has no icudt*_dat symbol")


def soname(library: Path) -> str:
    found = re.search(r"\(SONAME\)\s+Library soname: \[(.+)\]", _run("readelf", "-d", str(library)))
    if found is None:
        raise SystemExit(f"icu_data: {library} has no soname")
    return found.group(1)


def cut(library: Path, out_folder: Path) -> Path:
    """Writes the cut library to out_folder (same file name) and returns its path."""
    symbol = data_symbol(library)
    out_folder.mkdir(parents=True, exist_ok=True)
    target = out_folder / library.name
    with tempfile.TemporaryDirectory(prefix="icu-data-") as scratch:
        work = Path(scratch)
        # icupkg names the items after the package file: the cut one keeps the original name.
        whole = work / f"{symbol.removesuffix('_dat')}l.dat"
        small = work / "cut" / whole.name
        small.parent.mkdir()
        # The data symbol fills .rodata: the library is nothing but the package.
        _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(whole))
        items = _run("icupkg", "--list", str(whole)).split()
        dropped = sorted(item for item in items if not kept(item))
        (work / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        _run("icupkg", "--remove", str(work / "dropped.txt"), str(whole), str(small))
        assembly = work / "data.s"
        assembly.write_text(
            ASSEMBLY.format(symbol=symbol, data=f"cut/{small.name}"), encoding="utf-8"
        )
        # Built in the scratch folder with relative names: no path of this machine in the output.
        _run(
            "gcc", "-shared", "-nostdlib", "-Wl,--build-id=sha1", "-Wl,-z,noexecstack",
            f"-Wl,-soname,{soname(library)}", "-o", str(target.resolve()), "data.s",
            cwd=work,
        )  # fmt: skip
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: icu_data.py LIBICUDATA OUT_FOLDER\n")
        return 2
    target = cut(Path(argv[0]), Path(argv[1]))
    before, after = Path(argv[0]).stat().st_size, target.stat().st_size
    sys.stdout.write(f"icu data: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB ({target})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
