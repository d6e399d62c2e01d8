"""A photo on an exception through the real capture view and save path, a fake camera giving the
frames; a camera that fails is said plainly and the form still saves; the detail shows it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.blob_store import blobs_to_upload
from tests.conftest import OPERATOR_EN
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap
from tests.ui.exception_driving import raised_payloads
from tests.ui.fake_camera import FakeCamera, painted
from ui.camera.photo_file import MAX_SIDE, store_photo
from ui.exception_context import RaiseContext
from ui.place import load_place
from ui.screens.exception_detail import ExceptionDetailScreen
from ui.screens.exception_raise import RaiseExceptionScreen
from ui.widgets.photo_capture import Stage
from ui.worker import Worker


def _form(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, camera: FakeCamera
) -> RaiseExceptionScreen:
    screen = RaiseExceptionScreen(
        worker, kiosk, load_place(kiosk), clock, camera=lambda: True, frame_source=lambda: camera
    )
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.begin(kiosk.auth.login(*OPERATOR_EN), RaiseContext())
    tap(qtbot, screen.what.kinds.button("quality"))
    tap(qtbot, screen.what.severities.button("high"))
    return screen


def test_a_photo_is_taken_retaken_used_and_saved_with_the_exception(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    camera = FakeCamera()
    screen = _form(qtbot, kiosk, worker, clock, camera)
    view = screen.capture
    tap(qtbot, screen.what.photo)
    assert screen.pages.currentWidget() is view
    qtbot.waitUntil(lambda: view.stage is Stage.PREVIEW)
    assert view.preview.pixmap() is not None and not view.preview.pixmap().isNull()
    shots.save(screen, "capture-preview")
    tap(qtbot, view.capture_button)
    qtbot.waitUntil(lambda: view.stage is Stage.CAPTURED)
    assert view.retake_button.isVisible() and view.use_button.isVisible()
    shots.save(screen, "capture-still")
    tap(qtbot, view.retake_button)
    assert view.stage is Stage.PREVIEW
    tap(qtbot, view.capture_button)
    qtbot.waitUntil(lambda: view.stage is Stage.CAPTURED)
    tap(qtbot, view.use_button)
    settle(qtbot, worker)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.what)
    assert camera.stopped >= 1  # the camera is let go once the photo is kept
    assert screen.what.thumbnail.isVisible()
    assert screen.what.photo.text() == "Retake the photo"
    shots.save(screen, "raise-form-with-photo")
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    (payload,) = raised_payloads(kiosk)
    sha = str(payload["photo"])
    stored = QImage(str(kiosk.attachments.path(sha)))
    assert (stored.width(), stored.height()) == (MAX_SIDE, 1200)  # 2592 x 1944, scaled
    assert kiosk.attachments.path(sha).read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG
    assert kiosk.attachments.path(sha).stat().st_size < 400_000
    with kiosk.database.read() as connection:
        assert [s for s, _size in blobs_to_upload(connection)] == [sha]


@pytest.mark.parametrize("fail_on", ["start", "capture"])
def test_a_failing_camera_is_said_plainly_and_the_form_still_saves(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    shots: Screenshots,
    fail_on: str,
) -> None:
    screen = _form(qtbot, kiosk, worker, clock, FakeCamera(fail_on))
    view = screen.capture
    tap(qtbot, screen.what.photo)
    if fail_on == "capture":
        qtbot.waitUntil(lambda: view.stage is Stage.PREVIEW)
        tap(qtbot, view.capture_button)
    qtbot.waitUntil(lambda: view.stage is Stage.FAILED)
    assert view.message.text().startswith("The camera is not working right now.")
    assert not view.capture_button.isEnabled() or not view.capture_button.isVisible()
    shots.save(screen, f"camera-failed-on-{fail_on}")
    tap(qtbot, view.back_button)
    assert screen.pages.currentWidget() is screen.what
    assert screen.what.kind() == "quality"  # what was chosen is still there
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    (payload,) = raised_payloads(kiosk)
    assert "photo" not in payload


def test_no_camera_offers_no_photo_and_saves_as_before(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock
) -> None:
    made: list[FakeCamera] = []

    def camera() -> FakeCamera:
        made.append(FakeCamera())
        return made[-1]

    screen = RaiseExceptionScreen(
        worker,
        kiosk,
        load_place(kiosk),
        clock,
        camera=lambda: False,
        frame_source=camera,
    )
    qtbot.addWidget(screen)
    screen.show()
    screen.begin(kiosk.auth.login(*OPERATOR_EN), RaiseContext())
    assert not screen.what.photo.isVisible()
    assert screen.what.no_camera.isVisible()
    assert screen.what.no_camera.text() == "No camera on this kiosk"
    tap(qtbot, screen.what.kinds.button("safety"))
    tap(qtbot, screen.what.severities.button("low"))
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    assert len(raised_payloads(kiosk)) == 1
    assert made == []  # no camera was ever asked for


def test_the_detail_screen_shows_the_photo_as_a_thumbnail(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    photo = store_photo(kiosk.attachments, painted(2000, 1500), kiosk.data_dir / "photos")
    session = kiosk.auth.login(*OPERATOR_EN)
    raised = kiosk.exceptions.raise_exception(
        session, "quality", "high", "Scratch across the cover", photo=photo
    )
    screen = ExceptionDetailScreen(worker, kiosk, load_place(kiosk), clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.open(session, raised.id)
    qtbot.waitUntil(lambda: screen.detail is not None)
    settle(qtbot, worker)
    strip = screen.overview.photos
    assert strip.isVisible()
    (thumbnail,) = strip.thumbnails
    pixmap = thumbnail.pixmap()
    assert pixmap is not None and pixmap.height() == 180
    shots.save(screen, "detail-with-photo")
