"""The reproducibility check's manifest (packaging/manifest.py) names every path that differs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.packaging.conftest import ROOT


def load_manifest() -> ModuleType:
    # packaging/ is a folder of build scripts, not a package (it would shadow PyPI's `packaging`).
    spec = importlib.util.spec_from_file_location("manifest", ROOT / "packaging" / "manifest.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["manifest"] = module
    spec.loader.exec_module(module)
    return module


manifest = load_manifest()


def build(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def test_identical_folders_compare_equal(tmp_path: Path) -> None:
    files = {"a/x.so": b"\x7fELF", "b.txt": b"text"}
    first = build(tmp_path / "one", files)
    second = build(tmp_path / "two", files)
    manifest.write(first, tmp_path / "one.manifest")
    manifest.write(second, tmp_path / "two.manifest")
    manifests = [str(tmp_path / "one.manifest"), str(tmp_path / "two.manifest")]
    assert manifest.main(["compare", *manifests]) == 0


def test_differences_are_reported_by_path(tmp_path: Path) -> None:
    first = build(tmp_path / "one", {"same": b"1", "changed": b"2", "gone": b"3"})
    second = build(tmp_path / "two", {"same": b"1", "changed": b"X", "new/file": b"4"})
    (second / "link").symlink_to("same")
    lines = manifest.differences(manifest.entries(first), manifest.entries(second))
    assert [line.split()[0:2] for line in lines] == [
        ["differs:", "changed"],
        ["only", "in"],
        ["only", "in"],
        ["only", "in"],
    ]
    assert "only in A: gone" in lines
    assert "only in B: link" in lines
    assert "only in B: new/file" in lines


def test_a_mode_change_is_a_difference(tmp_path: Path) -> None:
    first = build(tmp_path / "one", {"tool": b"#!"})
    second = build(tmp_path / "two", {"tool": b"#!"})
    (second / "tool").chmod(0o755)
    assert manifest.differences(manifest.entries(first), manifest.entries(second)) != []
