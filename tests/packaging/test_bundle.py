"""The smoke test of the frozen bundle: the built program, not the source, does the whole job.

Run by `make package-smoke` (and CI) after `make package`. Each command runs the bundle's own
executable from a folder outside the checkout, with no Python environment in sight, offscreen.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from tests.packaging.conftest import built_artefacts, elf_files, run
from tests.ui.voice.pulse import PulseServer, missing_tools

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
# Installed size: the target is 150 MB, with Qt Multimedia (about 45 MB: FFmpeg 19 MB, and the Qt
# Quick and Qml its plugin links). It fits because ICU's data is cut to English and Spanish and the
# system's own libraries are left to the system (packaging/harmony-kiosk.spec).
MAX_MB = 150


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


@pytest.mark.skipif(not MULTIMEDIA, reason="voice notes need PySide6-Addons")
def test_the_bundles_qt_still_records_encodes_and_speaks_spanish(
    bundle: Path, data_dir: Path, tmp_path: Path
) -> None:
    """What a Qt plugin, ICU locale or system library left out would break: the bundle meets a
    PulseAudio server through the system's libpulse and finds its microphone, encodes AAC with
    Qt's FFmpeg plugin and decodes it back, and sorts and names time zones in Spanish."""
    missing = missing_tools()
    if missing:
        pytest.fail(f"this test needs {', '.join(missing)}: run `make system-deps`")
    pulse = PulseServer(tmp_path / "pulse")
    pulse.start()
    try:
        output = kiosk(
            bundle,
            data_dir,
            "selftest-qt",
            PULSE_SERVER=pulse.address,
            XDG_RUNTIME_DIR=str(pulse.folder),
        )
    finally:
        pulse.stop()
    assert "microphone: vmic" in output, output
    assert "aac: " in output and ", 2.0 s decoded" in output, output
    assert "collation es: árbol < nube < ñu < oso < zeta" in output, output
    assert "time zone es: hora estándar de Europa central" in output, output


def test_every_file_loads_and_every_library_it_links_is_found(bundle: Path) -> None:
    """Each executable and library of the bundle is one the loader accepts (a bad strip leaves
    "ELF load command address/offset not page-aligned"), and what it links resolves: the
    libraries left to the system, and ICU's cut data library."""
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(bundle / "_internal")}
    problems = []
    for path in elf_files(bundle):
        done = run(["ldd", str(path)], env=env)
        if done.returncode != 0:
            problems.append(f"{path.relative_to(bundle)}: {(done.stdout + done.stderr).strip()}")
        problems += [
            f"{path.relative_to(bundle)}: {line.strip()}"
            for line in done.stdout.splitlines()
            if "not found" in line
        ]
    assert not problems, "\n".join(problems)
