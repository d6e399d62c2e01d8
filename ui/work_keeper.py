"""Keeping an operator's place and unsaved entry across an idle log-out, a crash or a restart."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from harmony_kiosk.errors import KnownError
from harmony_kiosk.store.drafts import Draft, DraftStore, ResumePoint
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import AuthService, OperatorSession
    from harmony_kiosk.services.jobs import JobService, JobView
    from ui.screens.step_runner import StepRunnerScreen

log = logging.getLogger(__name__)
Resumed = tuple["JobView", int] | None


class WorkKeeper(QObject):
    """Follows the step runner: where each operator is (a resume point) and what they typed and
    did not save (a draft). Every read and write runs on the worker; the runner only shows."""

    def __init__(
        self,
        worker: Worker,
        store: DraftStore,
        jobs: JobService,
        runner: StepRunnerScreen,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._store = store
        self._jobs = jobs
        self._runner = runner
        self._session: OperatorSession | None = None
        runner.step_shown.connect(self._step_shown)

    # --- where the operator is -------------------------------------------------------------------
    def follow(self, session: OperatorSession | None) -> None:
        self._session = session

    def left_job(self, session: OperatorSession | None) -> None:
        """Home, paused or completed: next login starts on home, not inside the job."""
        if session is not None:
            badge = session.badge
            self._worker.run(partial(self._store.clear_point, badge), _ignore, background=True)

    def resume(
        self,
        session: OperatorSession,
        on_step: Callable[[JobView, int], None],
        on_home: Callable[[], None],
    ) -> None:
        """After a login: back on the step `session` had open (the job is taken up again), or
        home when there is none or the job moved on meanwhile (completed, taken over)."""
        self._session = session

        def answered(resumed: Resumed) -> None:
            if resumed is None:
                on_home()
            else:
                on_step(*resumed)

        self._worker.run(partial(self._resume, session), answered, lambda _error: on_home())

    def _resume(self, session: OperatorSession) -> Resumed:
        """On the worker."""
        point = self._store.resume_point(session.badge)
        if point is None:
            return None
        try:
            view = self._jobs.resume(session, point.job_id)
        except KnownError as moved_on:
            log.info("resume point dropped: %s", moved_on.message)
            self._store.clear_point(session.badge)
            return None
        log.info(
            "resumed where the operator was",
            extra={"badge": session.badge, "job_id": point.job_id, "step": point.step_index},
        )
        return view, point.step_index

    # --- the step on screen ----------------------------------------------------------------------
    def _step_shown(self) -> None:
        runner, session = self._runner, self._session
        view = runner.view
        if session is None or view is None:
            return
        step = runner.current_step()
        point = ResumePoint(session.badge, view.job.id, runner.index)
        answered = step.id in view.job.records
        store = self._store

        def remember() -> Draft | None:
            store.mark(point)
            if answered:  # an answer was saved since: the draft is history
                store.forget(point.badge, point.job_id, step.id)
                return None
            draft = store.find(point.badge, point.job_id, step.id)
            if draft is not None:
                store.forget(point.badge, point.job_id, step.id)  # shown again: not twice
            return draft

        self._worker.run(remember, self._restore, background=True)

    def _restore(self, draft: Draft | None) -> None:
        runner, view = self._runner, self._runner.view
        if draft is None or view is None or view.job.id != draft.job_id:
            return
        if runner.current_step().id == draft.step_id:
            runner.current_panel().restore_draft(draft.text)
            log.info("draft restored", extra={"job_id": draft.job_id, "step": draft.step_id})

    def keep_draft(self) -> None:
        """Keep what is typed on the step shown (an idle log-out, a crash)."""
        runner, session = self._runner, self._session
        view = runner.view
        if session is None or view is None or not runner.isVisible():
            return
        step_id, typed = runner.current_step().id, runner.current_panel().draft_text()
        draft = Draft(session.badge, view.job.id, step_id, typed)
        self._worker.run(partial(self._store.keep, draft), _ignore, background=True)

    def log_out_idle(
        self, session: OperatorSession, auth: AuthService, then: Callable[[], None]
    ) -> None:
        """The idle countdown reached zero: the draft first, then the log-out (reason "idle"),
        both on the worker in that order; the resume point stays for the next login."""
        self.keep_draft()
        self._worker.run(
            partial(auth.logout, session, "idle"), lambda _none: then(), lambda _error: then()
        )

    def close(self) -> None:
        """After the worker has stopped: the drafts file's connection."""
        self._store.close()


def _ignore(_result: object) -> None:
    """A bookkeeping write: nobody waits for its answer."""
