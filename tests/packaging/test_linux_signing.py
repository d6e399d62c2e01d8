"""Linux signatures: the documented verify command passes on the release and fails on any changed
byte; the APT repository is signed so that apt refuses a changed index or a foreign key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, built_artefacts, flip_byte, need_tool, run

pytestmark = built_artefacts
LINUX = ROOT / "packaging" / "linux"


@pytest.fixture(scope="module")
def release(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb signed with a throw-away test key, as CI does it."""
    for tool in ("gpg", "gpgv", "reprepro"):
        need_tool(tool)
    folder = tmp_path_factory.mktemp("release")
    shutil.copy2(deb, folder / deb.name)
    signed = run([str(LINUX / "sign.sh"), "--test-key", str(folder)])
    assert signed.returncode == 0, signed.stderr
    return folder


def verify(folder: Path) -> tuple[int, str]:
    key = folder / "harmony-kiosk-signing-key.asc"
    done = run([str(LINUX / "verify.sh"), str(key), str(folder)])
    return done.returncode, done.stdout + done.stderr


def copy_of(release: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(release, copy, ignore=shutil.ignore_patterns("test-gnupg"))
    return copy


def test_the_signed_release_verifies(release: Path) -> None:
    code, output = verify(release)
    assert code == 0, output
    assert "good signature: SHA256SUMS" in output
    assert "_amd64.deb: OK" in output


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_one_changed_byte_in_the_package_fails(release: Path, tmp_path: Path, where: str) -> None:
    copy = copy_of(release, tmp_path)
    deb = next(copy.glob("*.deb"))
    size = deb.stat().st_size
    flip_byte(deb, {"start": 0, "middle": size // 2, "end": size - 1}[where])
    code, output = verify(copy)
    assert code == 1
    assert f"BAD SIGNATURE: {deb.name}" in output
    assert "FAILED" in output  # and the checksum says so too


def test_a_changed_checksums_file_fails(release: Path, tmp_path: Path) -> None:
    copy = copy_of(release, tmp_path)
    sums = copy / "SHA256SUMS"
    text = sums.read_text(encoding="utf-8")
    sums.write_text(("0" if text[0] != "0" else "1") + text[1:], encoding="utf-8")
    code, output = verify(copy)
    assert code == 1
    assert "BAD SIGNATURE: SHA256SUMS" in output


def test_another_key_fails(release: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy2(next(release.glob("*.deb")), other)
    assert run([str(LINUX / "sign.sh"), "--test-key", str(other)]).returncode == 0
    copy = copy_of(release, tmp_path)
    shutil.copy2(other / "harmony-kiosk-signing-key.asc", copy / "harmony-kiosk-signing-key.asc")
    assert verify(copy)[0] == 1


def apt(repo: Path, key: Path, state: Path, *args: str) -> tuple[int, str]:
    """apt-get against this repository only, in its own state folders (no system change)."""
    for folder in ("etc/apt.conf.d", "etc/preferences.d", "etc/sources.list.d", "lists/partial",
                   "cache/archives/partial"):  # fmt: skip
        (state / folder).mkdir(parents=True, exist_ok=True)
    keyring = state / "archive.gpg"
    dearmored = run(["gpg", "--batch", "--yes", "--dearmor", "-o", str(keyring), str(key)])
    assert dearmored.returncode == 0, dearmored.stderr
    (state / "etc/sources.list").write_text(
        f"deb [signed-by={keyring}] file:{repo} stable main\n", encoding="utf-8"
    )
    options = [
        f"-oDir::Etc={state / 'etc'}", f"-oDir::State={state}",
        f"-oDir::State::Lists={state / 'lists'}",
        f"-oDir::Cache={state / 'cache'}", "-oDir::State::status=/var/lib/dpkg/status",
        "-oDebug::NoLocking=1", "-oAPT::Sandbox::User=root",
    ]  # fmt: skip
    done = run(["apt-get", *options, *args], cwd=state)
    return done.returncode, done.stdout + done.stderr


@pytest.fixture(scope="module")
def repository(release: Path) -> Path:
    made = run([str(LINUX / "apt-repo.sh"), str(release)])
    assert made.returncode == 0, made.stderr
    return release / "apt"


def test_apt_accepts_the_signed_repository(repository: Path, tmp_path: Path) -> None:
    assert (repository / "dists/stable/InRelease").is_file()
    key = repository / "harmony-kiosk-archive-key.asc"
    code, output = apt(repository, key, tmp_path, "update")
    assert code == 0, output
    assert "NO_PUBKEY" not in output
    code, output = apt(repository, key, tmp_path, "download", "--print-uris", "harmony-kiosk")
    assert code == 0, output
    assert "harmony-kiosk_" in output


def test_apt_refuses_a_changed_index(repository: Path, tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(repository, copy)
    packages = copy / "dists/stable/main/binary-amd64/Packages"
    packages.write_text(packages.read_text(encoding="utf-8") + "Tag: tampered\n", encoding="utf-8")
    (copy / "dists/stable/main/binary-amd64/Packages.gz").unlink()
    code, output = apt(copy, copy / "harmony-kiosk-archive-key.asc", tmp_path / "state", "update")
    assert code != 0, output
    assert "Hash Sum mismatch" in output or "unexpected size" in output, output


def test_apt_refuses_a_foreign_key(repository: Path, release: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy2(next(release.glob("*.deb")), other)
    assert run([str(LINUX / "sign.sh"), "--test-key", str(other)]).returncode == 0
    foreign = other / "harmony-kiosk-signing-key.asc"
    code, output = apt(repository, foreign, tmp_path / "state", "update")
    assert code != 0, output
    assert "NO_PUBKEY" in output or "not signed" in output, output
