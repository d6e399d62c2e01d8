"""The .deb: what it installs, its pre-configuration, and that removal keeps the kiosk's data.

`test_install_remove_purge` installs the package for real with dpkg (root only: CI), as IT would
with a preseeded debconf, runs the installed kiosk as the kiosk user, then removes and purges it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import built_artefacts, elf_files, need_tool, run

pytestmark = built_artefacts
KIOSK_USER = "hk-pkg-test"


def contents(deb: Path) -> dict[str, str]:
    listing = run(["dpkg-deb", "--contents", str(deb)]).stdout.splitlines()
    return {line.split()[5].removeprefix("."): line for line in listing}


def control(deb: Path, name: str) -> str:
    return run(["dpkg-deb", "--info", str(deb), name]).stdout


def test_installs_the_bundle_under_opt_with_its_entries(deb: Path) -> None:
    files = contents(deb)
    assert files["/opt/harmony-kiosk/harmony-kiosk"].startswith("-rwxr-xr-x root/root")
    assert "/opt/harmony-kiosk/_internal/resources/themes/kiosk.qss" in files
    assert "-> /opt/harmony-kiosk/harmony-kiosk" in files["/usr/bin/harmony-kiosk"]
    assert "/usr/share/applications/harmony-kiosk.desktop" in files
    assert "/etc/xdg/autostart/harmony-kiosk.desktop" in files
    assert "/usr/lib/systemd/user/harmony-kiosk.service" in files
    assert not [path for path in files if path.startswith(("/home", "/root", "/var/lib"))]


def test_control_fields(deb: Path) -> None:
    fields = control(deb, "control")
    assert "Package: harmony-kiosk" in fields
    assert "Architecture: amd64" in fields
    assert "debconf" in fields
    templates = control(deb, "templates")
    for question in ("server_url", "station", "enrolment_code", "kiosk_user"):
        assert f"Template: harmony-kiosk/{question}" in templates
    assert "Type: password" in templates  # the code is not echoed, nor kept by debconf


def linked_from_the_system(bundle: Path) -> set[str]:
    """Every library a file of the bundle links (DT_NEEDED) that the bundle does not carry."""
    carried = {path.name for path in bundle.rglob("*.so*")}
    needed: set[str] = set()
    for path in elf_files(bundle):
        dynamic = run(["readelf", "--dynamic", "--wide", str(path)]).stdout
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    return needed - carried


def package_of(library: str) -> str:
    """The Debian package that ships `library` on this machine (amd64)."""
    found = run(["dpkg-query", "--search", f"*/x86_64-linux-gnu/{library}"]).stdout
    names = {line.split(":")[0] for line in found.splitlines() if ":amd64: " in line}
    assert names, f"no package ships {library} here"
    return sorted(names)[0]


def test_the_libraries_left_to_the_system_are_dependencies(bundle: Path, deb: Path) -> None:
    """The bundle takes libc, GL, X11, PulseAudio, OpenSSL... from the machine: apt must bring the
    package of each one it links, or the kiosk would not start (or voice notes would not)."""
    fields = control(deb, "control")
    depends = next(line for line in fields.splitlines() if line.strip().startswith("Depends:"))
    listed = {
        re.sub(r"\s*\(.*\)", "", name).strip()
        for name in re.split(r"[,|]", depends.split(":", 1)[1])
    }
    unlisted = {
        library: package_of(library)
        for library in sorted(linked_from_the_system(bundle))
        if package_of(library) not in listed
    }
    assert not unlisted, f"the .deb does not depend on: {unlisted}"


def test_the_watchdog_restarts_the_kiosk(deb: Path, tmp_path: Path) -> None:
    run(["dpkg-deb", "-x", str(deb), str(tmp_path)])
    unit = (tmp_path / "usr/lib/systemd/user/harmony-kiosk.service").read_text(encoding="utf-8")
    assert "Restart=always" in unit
    assert "ExecStart=/opt/harmony-kiosk/harmony-kiosk run" in unit
    autostart = (tmp_path / "etc/xdg/autostart/harmony-kiosk.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/harmony-kiosk/share/autostart" in autostart
    # For anyone but the kiosk user the autostart script does nothing at all.
    conf = tmp_path / "kiosk.conf"
    conf.write_text("KIOSK_USER=nobody-here\n", encoding="utf-8")
    script = (tmp_path / "opt/harmony-kiosk/share/autostart").read_text(encoding="utf-8")
    local = tmp_path / "autostart"
    local.write_text(script.replace("/etc/harmony-kiosk/kiosk.conf", str(conf)), encoding="utf-8")
    done = run(["bash", str(local)])
    assert done.returncode == 0
    assert done.stdout == done.stderr == ""


def test_removal_never_touches_the_kiosks_data(deb: Path) -> None:
    for script in ("postrm", "postinst", "config"):
        text = control(deb, script)
        assert text.startswith("#!/bin/bash")
        lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
        code = "\n".join(lines)
        for data_path in (".local/share", "HARMONY_DATA_DIR", "/home", "kiosk.db", "$HOME"):
            assert data_path not in code, f"{script} names {data_path}"


@pytest.fixture
def kiosk_user() -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("installing a package needs root (CI runs as root)")
    if run(["dpkg-query", "-W", "harmony-kiosk"]).returncode == 0:
        pytest.skip("harmony-kiosk is installed on this machine already: not touching it")
    need_tool("debconf-set-selections")
    run(["userdel", "-r", KIOSK_USER])
    assert run(["useradd", "-m", KIOSK_USER]).returncode == 0
    home = Path(run(["getent", "passwd", KIOSK_USER]).stdout.split(":")[5])
    try:
        yield home
    finally:
        run(["dpkg", "--purge", "harmony-kiosk"], env=apt_env())
        run(["userdel", "-r", KIOSK_USER])
        shutil.rmtree(home, ignore_errors=True)


def apt_env() -> dict[str, str]:
    return {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


def as_kiosk_user(*command: str) -> subprocess.CompletedProcess[str]:
    env = "QT_QPA_PLATFORM=offscreen"
    return run(["su", KIOSK_USER, "-s", "/bin/bash", "-c", f"cd ~ && {env} {' '.join(command)}"])


def test_install_remove_purge(deb: Path, kiosk_user: Path) -> None:
    answers = "\n".join(
        f"harmony-kiosk harmony-kiosk/{key} {kind} {value}"
        for key, kind, value in [
            ("server_url", "string", "https://harmony.plant.example"),
            ("station", "string", "LINE1-ST1"),
            ("enrolment_code", "password", "K7Q2-9XMD"),
            ("kiosk_user", "string", KIOSK_USER),
        ]
    )
    preseed = subprocess.run(
        ["debconf-set-selections"], input=answers + "\n", text=True, check=False, timeout=60
    )
    assert preseed.returncode == 0
    installed = run(["dpkg", "-i", str(deb)], env=apt_env())
    assert installed.returncode == 0, installed.stdout + installed.stderr

    seed = Path("/etc/harmony-kiosk/seed.toml")
    assert seed.read_text(encoding="utf-8").splitlines()[1:] == [
        'server_url = "https://harmony.plant.example"',
        'station = "LINE1-ST1"',
        'enrolment_code = "K7Q2-9XMD"',
    ]
    assert seed.stat().st_mode & 0o777 == 0o600
    assert seed.owner() == KIOSK_USER
    selections = run(["debconf-get-selections"]).stdout
    assert "K7Q2-9XMD" not in selections  # the one-time code lives in the seed file only

    made = as_kiosk_user("harmony-kiosk", "demo", "--no-gui")
    assert made.returncode == 0, made.stderr
    job = as_kiosk_user("harmony-kiosk", "selftest")
    assert "OK: 18 events" in job.stdout, job.stdout + job.stderr
    data = kiosk_user / ".local/share/harmony-kiosk"
    assert (data / "demo").is_dir()

    assert run(["dpkg", "--remove", "harmony-kiosk"], env=apt_env()).returncode == 0
    assert not Path("/opt/harmony-kiosk").exists()
    assert seed.exists()  # configuration stays until purge
    assert sorted(data.glob("demo/demo-*/kiosk.db"))

    assert run(["dpkg", "--purge", "harmony-kiosk"], env=apt_env()).returncode == 0
    assert not Path("/etc/harmony-kiosk").exists()
    assert sorted(data.glob("demo/demo-*/kiosk.db")), "purge removed the kiosk's data"
