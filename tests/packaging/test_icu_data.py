"""ICU's data cut to English and Spanish (packaging/icu_data.py): what stays; the cut library."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import ROOT, built_artefacts, need_tool, run


def load_icu_data() -> ModuleType:
    # packaging/ is a folder of build scripts, not a package (it would shadow PyPI's `packaging`).
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["icu_data"] = module
    spec.loader.exec_module(module)
    return module


icu_data = load_icu_data()


@pytest.mark.parametrize(
    "item",
    [
        "root.res", "en.res", "en_GB.res", "en_US_POSIX.res", "es.res", "es_MX.res", "es_419.res",
        "coll/root.res", "coll/es.res", "coll/ucadata.icu", "zone/es_MX.res", "zone/root.res",
        "curr/pool.res", "lang/res_index.res", "res_index.res", "pool.res", "zoneinfo64.res",
        "metaZones.res", "timezoneTypes.res", "supplementalData.res", "likelySubtags.res",
        "cnvalias.icu", "nfkc.nrm", "uts46.nrm", "unames.icu",
    ],
)  # fmt: skip
def test_keeps_structure_and_our_languages(item: str) -> None:
    assert icu_data.kept(item)


@pytest.mark.parametrize(
    "item",
    [
        "de.res", "fr_CA.res", "zh_Hant_TW.res", "coll/zh.res", "coll/de_.res", "zone/ja.res",
        "sr_Latn_BA.res", "ibm-37_P100-1995.cnv", "gb18030.cnv", "brkitr/cjdict.dict",
        "brkitr/root.res", "brkitr/line.brk", "translit/root.res", "rbnf/es.res",
    ],
)  # fmt: skip
def test_leaves_out_other_languages_and_what_qt_never_calls(item: str) -> None:
    assert not icu_data.kept(item)


def pyside_icu_data() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 carries no ICU (not a Linux wheel)")
    return found[0]


def package_items(library: Path, folder: Path) -> list[str]:
    """The item names in a data library, read back with icupkg."""
    symbol = icu_data.data_symbol(library)
    dat = folder / f"{symbol.removesuffix('_dat')}l.dat"
    objcopy = ["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(dat)]
    subprocess.run(objcopy, check=True)
    return run(["icupkg", "--list", str(dat)]).stdout.split()


@built_artefacts
def test_the_cut_library_is_small_same_named_and_the_same_every_time(tmp_path: Path) -> None:
    need_tool("icupkg")
    original = pyside_icu_data()
    first = icu_data.cut(original, tmp_path / "a")
    second = icu_data.cut(original, tmp_path / "b")
    assert first.name == original.name
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size < original.stat().st_size / 5
    assert icu_data.soname(first) == icu_data.soname(original)
    assert icu_data.data_symbol(first) == icu_data.data_symbol(original)
    items = package_items(first, tmp_path)
    assert {"root.res", "es.res", "es_MX.res", "en_GB.res", "coll/es.res", "zoneinfo64.res"} <= set(
        items
    )
    assert "de.res" not in items
    assert not [item for item in items if item.endswith(".cnv")]
