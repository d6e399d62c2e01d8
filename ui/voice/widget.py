"""A touch widget to record, play back, discard or save one voice note as an attachment."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from harmony_kiosk.errors import KnownError
from harmony_kiosk.services.attachments import Attachment, Attachments
from ui.refusal_wording import refusal_text
from ui.voice import backend, recovery, saving, wording
from ui.voice.panel import VoicePanel
from ui.voice.state import VoiceState
from ui.voice.take import Take
from ui.voice.wav_file import PcmFormat, read_pcm
from ui.worker import Worker

if TYPE_CHECKING:
    from ui.voice.encoder import AacEncoder
    from ui.voice.kit import Kit
    from ui.voice.player import Playback
    from ui.voice.recorder import Recorder

log = logging.getLogger(__name__)
MAX_SECONDS = 120.0


class VoiceNoteWidget(QWidget):
    """Record (the large button), watch the level and the time, play back, then discard or save.

    `saved` carries the Attachment that Attachments.store made, for the screen to put on its
    event. Without a usable microphone the widget says why and offers nothing to tap; the rest
    of the screen is unaffected. A take left by a crash is offered again (ui.voice.recovery).
    """

    saved = Signal(object)  # Attachment
    state_changed = Signal(object)  # VoiceState

    def __init__(
        self,
        attachments: Attachments,
        worker: Worker,
        data_dir: Path,
        *,
        max_seconds: float = MAX_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voice-note-widget")
        self._attachments = attachments
        self._worker = worker
        self._folder = recovery.takes_dir(data_dir)
        self._max_seconds = max_seconds
        self._limit = wording.limit_text(max_seconds)
        self.state = VoiceState.IDLE
        self.take: Take | None = None
        self._recorder: Recorder | None = None
        self._encoder: AacEncoder | None = None
        self._compressed: Path | None = None  # the file to store: the .m4a, or the WAV
        self._waiting_to_store = False
        self._notice = ""
        self._left: list[Take] = []
        # Takes this widget holds (claimed): let go when it is destroyed, so the next widget
        # of this process offers them again instead of them waiting for a restart.
        self._held: set[Path] = set()
        self.destroyed.connect(partial(_release_all, self._held))
        self.panel = VoicePanel(self)
        self.panel.record.clicked.connect(self._on_record)
        self.panel.play.clicked.connect(self._on_play)
        self.panel.discard.clicked.connect(self._on_discard)
        self.panel.save.clicked.connect(self._on_save)
        self.panel.again.clicked.connect(self._go_idle)
        loaded = backend.load(self)
        self._kit: Kit | None = None if isinstance(loaded, str) else loaded
        self._playback: Playback | None = None
        if self._kit is None:
            assert isinstance(loaded, str)
            self._unavailable(loaded)
            return
        self._playback = self._kit.playback(self)
        self._playback.playing.connect(self.panel.show_playing)
        self._kit.watch(self._on_devices_changed)
        self._on_devices_changed()
        worker.run(partial(recovery.left_takes, self._folder), self._offer_left, background=True)

    @property
    def seconds(self) -> float:
        """How long the take is: while recording, so far; 0 without one."""
        if self._recorder is not None:
            return self._recorder.seconds
        return self.take.seconds if self.take is not None else 0.0

    # --- recording ---------------------------------------------------------------------------
    def _on_record(self) -> None:
        if self.state is VoiceState.RECORDING:
            assert self._recorder is not None
            self._set_state(VoiceState.STOPPING)
            self._recorder.stop()
            return
        assert self._kit is not None
        found = self._kit.microphone()
        if isinstance(found, str):
            self._unavailable(found)
            return
        recorder = self._kit.recorder(found, self._folder, self._max_seconds, self)
        self._recorder = recorder
        self._held.add(recorder.path)
        recorder.level.connect(self.panel.meter.set_peak)
        recorder.progressed.connect(self._show_time)
        recorder.muted.connect(self._on_muted)
        recorder.problem.connect(self._on_problem)
        recorder.finished.connect(self._on_recorded)
        self._notice = ""
        self._set_state(VoiceState.RECORDING)
        self.panel.say(wording.RECORDING)
        self._show_time(0.0)
        recorder.start()

    def _show_time(self, seconds: float) -> None:
        self.panel.time.setText(
            f"{wording.clock_text(seconds)} / {wording.clock_text(self._max_seconds)}"
        )
        if seconds >= self._max_seconds and self.state is VoiceState.RECORDING:
            self._set_state(VoiceState.STOPPING)
            self._notice = wording.AT_LIMIT.format(limit=self._limit)

    def _on_muted(self, muted: bool) -> None:
        if self.state is VoiceState.RECORDING:
            self.panel.say(
                wording.MUTED if muted else wording.RECORDING, "warning" if muted else "status"
            )

    def _on_problem(self, message: str) -> None:
        self._notice = message

    def _on_recorded(self, take: Take | None) -> None:
        if self._recorder is not None:
            self._held.discard(self._recorder.path)  # released by the recorder, or held anew
            self._recorder.deleteLater()
            self._recorder = None
        if take is None:
            self._go_idle()
            self.panel.say(self._notice or wording.NOTHING_HEARD, "warning")
            return
        self._hold(take, self._notice or wording.RECORDED)
        assert take.pcm is not None
        self._compress(take, take.pcm, take.fmt)

    # --- a take in hand -----------------------------------------------------------------------
    def _hold(self, take: Take, message: str) -> None:
        self.take = take
        self._held.add(take.wav)
        self._compressed = None
        self._waiting_to_store = False
        self.panel.time.setText(wording.clock_text(take.seconds))
        self._set_state(VoiceState.RECORDED)
        self.panel.say(message, "warning" if take.recovered else "status")

    def _compress(self, take: Take, pcm: bytes, fmt: PcmFormat) -> None:
        """Start the AAC copy at once: by the time Save is tapped it is usually done."""
        assert self._kit is not None
        encoder = self._kit.encoder(self)
        self._encoder = encoder
        encoder.done.connect(partial(self._on_compressed, take))
        encoder.failed.connect(partial(self._on_compress_failed, take))
        encoder.encode(pcm, fmt, take.compressed)

    def _on_compressed(self, take: Take, path: Path) -> None:
        if take is self.take:
            self._compressed = path
            self._store_if_waiting()

    def _on_compress_failed(self, take: Take, why: str) -> None:
        log.warning(
            "AAC compression of %s failed (%s): the WAV is attached instead", take.wav.name, why
        )
        if take is self.take:
            self._compressed = take.wav
            self._store_if_waiting()

    def _on_play(self) -> None:
        assert self._playback is not None
        assert self.take is not None
        if self._playback.is_playing:
            self._playback.stop()
        else:
            self._playback.play(self.take.wav)

    def _on_discard(self) -> None:
        take = self._let_go()
        self._worker.run(
            partial(saving.remove, take), lambda _: self._forget(take), background=True
        )
        self._go_idle()

    def _on_save(self) -> None:
        take = self.take
        assert take is not None
        assert self._playback is not None
        self._playback.release()
        self._set_state(VoiceState.SAVING)
        self.panel.say(wording.SAVING)
        self._waiting_to_store = True
        if self._compressed is None and self._encoder is None:  # a recovered take
            self._worker.run(partial(read_pcm, take.wav), partial(self._compress_read, take))
        self._store_if_waiting()

    def _compress_read(self, take: Take, read: tuple[PcmFormat, bytes]) -> None:
        self._compress(take, read[1], read[0])

    def _store_if_waiting(self) -> None:
        if not self._waiting_to_store or self._compressed is None or self.take is None:
            return
        self._waiting_to_store = False
        job = partial(saving.store, self._attachments, self._compressed, self.take)
        self._worker.run(job, self._on_stored, self._on_refused, background=True)

    def _on_stored(self, attachment: Attachment) -> None:
        take = self._let_go()
        self._forget(take)
        self._set_state(VoiceState.SAVED)
        self.panel.say(wording.SAVED.format(length=wording.clock_text(take.seconds)), "success")
        self.saved.emit(attachment)

    def _on_refused(self, error: KnownError) -> None:
        self._set_state(VoiceState.RECORDED)
        self.panel.say(refusal_text(error), "error")

    # --- taking turns -----------------------------------------------------------------------
    def _let_go(self) -> Take:
        """The take leaves the widget (saved or discarded); its encoder is dropped with it."""
        assert self.take is not None
        assert self._playback is not None
        take, self.take = self.take, None
        self._playback.release()
        if self._encoder is not None:
            self._encoder.deleteLater()
            self._encoder = None
        return take

    def _forget(self, take: Take) -> None:
        recovery.release(take.wav)
        self._held.discard(take.wav)

    def _offer_left(self, left: list[Take]) -> None:
        self._left.extend(left)
        self._held.update(take.wav for take in left)
        if self.state is VoiceState.IDLE:
            self._go_idle()

    def _go_idle(self) -> None:
        if self._left:
            take = self._left.pop(0)
            self._hold(take, wording.RECOVERED.format(length=wording.clock_text(take.seconds)))
            return
        self._set_state(VoiceState.IDLE)
        self.panel.say(wording.IDLE.format(limit=self._limit))
        self._show_time(0.0)

    def _on_devices_changed(self) -> None:
        """A microphone plugged in or out: idle and unavailable follow it."""
        if self._kit is None or self.state not in {VoiceState.IDLE, VoiceState.UNAVAILABLE}:
            return
        found = self._kit.microphone()
        if isinstance(found, str):
            self._unavailable(found)
        else:
            self._go_idle()

    def _unavailable(self, reason: str) -> None:
        self._set_state(VoiceState.UNAVAILABLE)
        message = f"{wording.UNAVAILABLE.format(reason=reason)} {wording.UNAVAILABLE_HINT}"
        self.panel.say(message, "warning")

    def _set_state(self, state: VoiceState) -> None:
        self.state = state
        self.panel.show_state(state)
        self.state_changed.emit(state)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the screen stops a recording (the take is kept) and any playback."""
        if self.state is VoiceState.RECORDING and self._recorder is not None:
            self._set_state(VoiceState.STOPPING)
            self._recorder.stop()
        if self._playback is not None:
            self._playback.stop()
        super().hideEvent(event)


def _release_all(held: set[Path], _destroyed: object = None) -> None:
    """The widget is gone: what it held may be offered again (ui.voice.recovery)."""
    for path in list(held):
        recovery.release(path)
    held.clear()
