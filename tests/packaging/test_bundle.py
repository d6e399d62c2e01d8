"""The smoke test of the frozen bundle: the built program, not the source, does the whole job.

Run by `make package-smoke` (and CI) after `make package`. Each command runs the bundle's own
executable from a folder outside the checkout, with no Python environment in sight, offscreen.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from tests.packaging.conftest import built_artefacts, run

pytestmark = built_artefacts


def kiosk_env(data_dir: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(data_dir),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "HARMONY_DATA_DIR": str(data_dir),
        **extra,
    }


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "kiosk-data"
    folder.mkdir()
    return folder


def kiosk(bundle: Path, data_dir: Path, *args: str, **env: str) -> str:
    done = run([str(bundle / "harmony-kiosk"), *args], env=kiosk_env(data_dir, **env), cwd=data_dir)
    assert done.returncode == 0, f"harmony-kiosk {' '.join(args)}: {done.stdout}{done.stderr}"
    return done.stdout


def test_the_bundle_logs_in_runs_a_job_and_keeps_an_intact_journal(
    bundle: Path, data_dir: Path
) -> None:
    assert "Demo plant ready" in kiosk(bundle, data_dir, "demo", "--no-gui")
    first = kiosk(bundle, data_dir, "selftest")
    assert "logged in: " in first
    assert ": completed, 14 steps" in first
    assert "OK: 18 events, gapless and unbroken" in first
    # The pack-out station: serial scans and a quality sign-off with another person's PIN.
    second = kiosk(bundle, data_dir, "selftest", "--station", "LINE1-ST2")
    assert ": completed, 13 steps" in second
    assert kiosk(bundle, data_dir, "verify-journal", "--demo").startswith("OK: 35 events")


def test_the_bundle_finds_a_changed_event(bundle: Path, data_dir: Path) -> None:
    kiosk(bundle, data_dir, "demo", "--no-gui")
    kiosk(bundle, data_dir, "selftest")
    database = next((data_dir / "demo").glob("demo-*/kiosk.db"))
    connection = sqlite3.connect(database)
    connection.execute("DROP TRIGGER events_no_update")
    connection.execute("UPDATE events SET payload = replace(payload, '12.0', '12.1') WHERE seq = 9")
    connection.commit()
    connection.close()
    done = run(
        [str(bundle / "harmony-kiosk"), "verify-journal", "--demo"],
        env=kiosk_env(data_dir),
        cwd=data_dir,
    )
    assert done.returncode == 1
    assert "BROKEN at seq 9" in done.stdout


def test_the_bundle_shows_the_login_screen(bundle: Path, data_dir: Path) -> None:
    output = kiosk(bundle, data_dir, "demo", "--windowed", HARMONY_EXIT_WHEN_SHOWN="1")
    assert any(line.startswith("shown ") for line in output.splitlines()), output


def test_the_bundle_carries_resources_and_migrations(bundle: Path) -> None:
    inside = bundle / "_internal"
    assert (inside / "resources" / "fonts" / "Inter-Regular.otf").is_file()
    assert (inside / "resources" / "fonts" / "OFL.txt").is_file()
    assert (inside / "resources" / "themes" / "kiosk.qss").is_file()
    assert (inside / "resources" / "demo" / "plant.toml").is_file()
    migrations = inside / "harmony_kiosk" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert sorted(migrations.glob("versions/*.py"))
    # The program itself is compiled into the archive, not lying about as source.
    assert not (inside / "ui").exists()
    assert not list(inside.glob("harmony_kiosk/**/services/*.py"))


# Qt Multimedia (voice notes) comes with PySide6-Addons; Qt's FFmpeg media plugin links Qt Quick,
# Qml and Network, so these are in the bundle exactly when multimedia is.
MULTIMEDIA = importlib.util.find_spec("PySide6.QtMultimedia") is not None
# Installed size: the target is 150 MB. Qt Multimedia adds about 45 MB (FFmpeg 19 MB, and Qt Quick
# and Qml that its plugin links); this is the ceiling that catches a regression either way.
MAX_MB = 200 if MULTIMEDIA else 150


def test_unused_qt_parts_are_left_out(bundle: Path) -> None:
    names = [path.name for path in bundle.rglob("*")]
    unused_parts = [
        "Qt6Pdf", "Qt6WebEngine", "Qt6VirtualKeyboard", "Qt6Charts", "Qt63D", "Qt6Quick3D",
        "libqgtk3", "libqvnc", "libqeglfs", "libgtk-3", "libqtvirtualkeyboardplugin",
    ]  # fmt: skip
    if not MULTIMEDIA:
        unused_parts += ["Qt6Qml", "Qt6Quick", "Qt6Network", "libavcodec"]
    for unused in unused_parts:
        assert not [name for name in names if unused in name], unused
    translations = [path.name for path in bundle.rglob("translations/*.qm")]
    assert translations
    assert all(name.endswith(("_en.qm", "_es.qm")) for name in translations), translations


def test_multimedia_comes_with_the_addons_only(bundle: Path) -> None:
    plugins = list(bundle.rglob("plugins/multimedia/*"))
    if MULTIMEDIA:
        assert plugins, "PySide6-Addons is installed: voice notes need the multimedia plugins"
    else:
        assert not plugins


def test_the_bundle_is_within_its_size(bundle: Path) -> None:
    allocated = sum(p.stat().st_blocks * 512 for p in bundle.rglob("*") if not p.is_symlink())
    assert allocated <= MAX_MB * 1024 * 1024, f"{allocated / 2**20:.0f} MB on disk"
