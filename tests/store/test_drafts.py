"""Drafts and resume points: per operator, job and step; kept across a reopening of the file."""

from __future__ import annotations

from pathlib import Path

from harmony_kiosk.store.drafts import MAX_DRAFT_LENGTH, Draft, DraftStore, ResumePoint


def test_a_draft_is_kept_per_operator_job_and_step_and_survives_reopening(tmp_path: Path) -> None:
    DraftStore(tmp_path).keep(Draft("10078", "job-1", "torque-1", "12.35"))
    store = DraftStore(tmp_path)  # a restart: a new store on the same folder
    assert store.find("10078", "job-1", "torque-1") == Draft("10078", "job-1", "torque-1", "12.35")
    assert store.find("10041", "job-1", "torque-1") is None  # another operator
    assert store.find("10078", "job-2", "torque-1") is None  # another job
    assert store.find("10078", "job-1", "torque-2") is None  # another step
    store.keep(Draft("10078", "job-1", "torque-1", "12.4"))  # typed again: replaced
    assert store.find("10078", "job-1", "torque-1") == Draft("10078", "job-1", "torque-1", "12.4")
    store.keep(Draft("10078", "job-1", "torque-1", "  "))  # emptied: forgotten
    assert store.find("10078", "job-1", "torque-1") is None


def test_a_runaway_draft_is_cut(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.keep(Draft("10078", "job-1", "scan", "x" * (MAX_DRAFT_LENGTH + 50)))
    found = store.find("10078", "job-1", "scan")
    assert found is not None
    assert len(found.text) == MAX_DRAFT_LENGTH


def test_a_resume_point_is_one_per_operator_until_cleared(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    assert store.resume_point("10078") is None
    store.mark(ResumePoint("10078", "job-1", 3))
    store.mark(ResumePoint("10078", "job-1", 5))
    store.mark(ResumePoint("10041", "job-2", 1))
    assert DraftStore(tmp_path).resume_point("10078") == ResumePoint("10078", "job-1", 5)
    store.clear_point("10078")
    assert store.resume_point("10078") is None
    assert store.resume_point("10041") == ResumePoint("10041", "job-2", 1)
