"""A private PulseAudio server with virtual microphones, for recording tests without a sound card.

The recipe of ENVIRONMENT-NOTES: a null sink per microphone, and a remap source on its monitor
(Qt lists no monitor sources). Whatever is played into `vsink` is what the `vmic` microphone
hears; `vquiet` never gets any sound, so `vmute` delivers true digital silence. Playback goes to
`vspeaker`, so the kiosk playing a note back never feeds its own microphone.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

TOOLS = ("pulseaudio", "pactl", "paplay", "espeak-ng")
SPEECH = (
    "Line three conveyor jammed again at station four. "
    "The operator cleared the belt and restarted the line. "
    "Torque readings were normal after the restart."
)
MICROPHONES = {"vmic": "vsink", "vmute": "vquiet"}
EXIT_IDLE_S = 20


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class PulseServer:
    """One `pulseaudio` daemon in its own runtime folder; `stop()` ends it with --kill."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
        self.address = f"unix:{folder}/pulse/native"
        # Its own runtime folder, so a developer's own sound server is never touched.
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(folder), "PULSE_SERVER": self.address}
        self._feeder: subprocess.Popen[bytes] | None = None

    def start(self, *, microphones: bool = True) -> None:
        """`pulseaudio -D` returns once the daemon answers; as root it warns and carries on."""
        loads = [
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.folder}/pulse/native"
        ]
        loads.append("--load=module-null-sink sink_name=vspeaker")
        if microphones:
            for source, sink in MICROPHONES.items():
                loads.append(f"--load=module-null-sink sink_name={sink}")
                loads.append(
                    f"--load=module-remap-source master={sink}.monitor source_name={source} "
                    f"source_properties=device.description={source}"
                )
        log = self.folder / "pulseaudio.log"
        # Not the recipe's -1: should this test run be killed before stop(), the daemon leaves
        # by itself once nothing (Qt, the speech loop) has been connected to it for a while.
        idle = f"--exit-idle-time={EXIT_IDLE_S}"
        command = ["pulseaudio", "-D", "-n", idle, f"--log-target=file:{log}"]
        # No pipes: the daemon would hold them open and the call would never see their end.
        started = subprocess.run(
            [*command, *loads],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )
        if started.returncode != 0:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"pulseaudio did not start:\n{text}")
        self.pactl("set-default-sink", "vspeaker")
        if microphones:
            self.pactl("set-default-source", "vmic")

    def pactl(self, *args: str) -> str:
        return self._run("pactl", *args)

    def speak_forever(self, speech: Path) -> None:
        """Play `speech` into the virtual microphone in a loop, until stop()."""
        # The loop ends with this process too, even when it is killed before stop().
        script = f'while kill -0 {os.getpid()} && paplay -d vsink "{speech}"; do :; done'
        self._feeder = subprocess.Popen(
            ["/bin/sh", "-c", script], env=self.env, start_new_session=True
        )

    def stop(self) -> None:
        if self._feeder is not None:
            os.killpg(self._feeder.pid, signal.SIGTERM)  # the loop and its paplay, by our pid
            self._feeder.wait(timeout=10)
        subprocess.run(["pulseaudio", "--kill"], env=self.env, check=False, timeout=10)

    def _run(self, *command: str) -> str:
        done = subprocess.run(command, env=self.env, capture_output=True, timeout=30, check=False)
        if done.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command)} failed: {done.stderr.decode(errors='replace')}"
            )
        return done.stdout.decode()


def make_speech(folder: Path) -> Path:
    """A spoken WAV made with espeak-ng (about 8 s)."""
    path = folder / "speech.wav"
    subprocess.run(["espeak-ng", "-w", str(path), SPEECH], check=True, timeout=60)
    return path
