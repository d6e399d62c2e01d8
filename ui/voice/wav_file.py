"""WAV files that stay playable while they grow: the header is rewritten and fsynced as they go."""

from __future__ import annotations

import contextlib
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

HEADER_BYTES = 44
_HEADER = struct.Struct("<4sI4s4sIHHIIHH4sI")


@dataclass(frozen=True)
class PcmFormat:
    """Signed 16-bit little-endian PCM: how many samples a second, how many channels."""

    sample_rate: int = 16_000
    channels: int = 1

    @property
    def frame_bytes(self) -> int:
        return 2 * self.channels

    @property
    def bytes_per_second(self) -> int:
        return self.sample_rate * self.frame_bytes

    def seconds(self, data_bytes: int) -> float:
        return data_bytes / self.bytes_per_second


def header(fmt: PcmFormat, data_bytes: int) -> bytes:
    """The canonical 44-byte header of a PCM WAV holding `data_bytes` of samples."""
    return _HEADER.pack(
        b"RIFF",
        36 + data_bytes,
        b"WAVE",
        b"fmt ",
        16,
        1,
        fmt.channels,
        fmt.sample_rate,
        fmt.bytes_per_second,
        fmt.frame_bytes,
        16,
        b"data",
        data_bytes,
    )


@dataclass(frozen=True)
class WavInfo:
    """What a WAV header of ours says."""

    fmt: PcmFormat
    data_bytes: int

    @property
    def seconds(self) -> float:
        return self.fmt.seconds(self.data_bytes)


def read_info(path: Path) -> WavInfo | None:
    """The header of a WAV written by `GrowingWav`, or None if it is not one."""
    with path.open("rb") as handle:
        raw = handle.read(HEADER_BYTES)
    if len(raw) < HEADER_BYTES:
        return None
    riff, _, wave, fmt_id, _, codec, channels, rate, _, _, bits, data_id, size = _HEADER.unpack(raw)
    if (riff, wave, fmt_id, data_id, codec, bits) != (b"RIFF", b"WAVE", b"fmt ", b"data", 1, 16):
        return None
    if channels < 1 or rate < 1:
        return None
    return WavInfo(PcmFormat(rate, channels), size)


def repair(path: Path) -> WavInfo | None:
    """Make the header cover every whole frame in the file (after a crash, the last second)."""
    info = read_info(path)
    if info is None:
        return None
    available = path.stat().st_size - HEADER_BYTES
    whole = available - available % info.fmt.frame_bytes
    if whole != info.data_bytes:
        with path.open("r+b") as handle:
            _rewrite(handle, info.fmt, whole)
        info = WavInfo(info.fmt, whole)
    return info


def read_pcm(path: Path) -> tuple[PcmFormat, bytes]:
    """The samples of a WAV of ours, as far as its header says."""
    info = read_info(path)
    if info is None:
        raise ValueError(f"{path.name} is not a 16-bit PCM WAV")
    with path.open("rb") as handle:
        handle.seek(HEADER_BYTES)
        return info.fmt, handle.read(info.data_bytes)


class GrowingWav:
    """Appends PCM to a new WAV; `sync()` makes all written so far durable and playable."""

    def __init__(self, path: Path, fmt: PcmFormat) -> None:
        self.path = path
        self.fmt = fmt
        self.data_bytes = 0
        self._handle: BinaryIO = path.open("xb")  # never overwrite a take kept from a crash
        self._handle.write(header(fmt, 0))
        self._sync_file()
        fsync_folder(path.parent)  # the file itself survives a power cut from now on

    def append(self, pcm: bytes) -> None:
        self._handle.write(pcm)
        self.data_bytes += len(pcm)

    def sync(self) -> None:
        """Rewrite the sizes in the header, then fsync: a crash after this leaves a valid WAV."""
        _rewrite(self._handle, self.fmt, self.data_bytes)
        self._sync_file()

    def close(self) -> None:
        self.sync()
        self._handle.close()

    def abandon(self) -> None:
        """Close after a failed write, keeping what the last sync made valid."""
        with contextlib.suppress(OSError):
            self._handle.close()

    def _sync_file(self) -> None:
        self._handle.flush()
        os.fsync(self._handle.fileno())


def _rewrite(handle: BinaryIO, fmt: PcmFormat, data_bytes: int) -> None:
    end = handle.seek(0, os.SEEK_END)
    handle.seek(0)
    handle.write(header(fmt, data_bytes))
    handle.seek(end)


def fsync_folder(folder: Path) -> None:
    """Make a file's creation or removal in `folder` durable (POSIX; elsewhere a no-op)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
