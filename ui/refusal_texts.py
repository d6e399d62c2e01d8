"""The English source of every refusal harmony_kiosk names by code, marked for translation.

harmony_kiosk raises each refusal with a stable `code` and its `params` (it never imports Qt);
ui/refusal_wording.py translates the text here and fills in the params. A test checks that every
code raised in harmony_kiosk and sync/client has a text here and a Spanish translation.
"""

from __future__ import annotations

# ruff: noqa: E501 - one literal per text: lupdate reads no implicitly joined strings
from ui.marked import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWording"
# A text holding %n is a plural: its count is the refusal's one whole-number value.

TEXTS: dict[str, str] = {
    # Measurements and counts
    "measurement.empty": QT_TRANSLATE_NOOP("RefusalWording", "Enter the measured value."),
    "measurement.not_a_number": QT_TRANSLATE_NOOP("RefusalWording", "“{typed}” is not a number."),
    "measurement.decimals": QT_TRANSLATE_NOOP(
        "RefusalWording", "Enter at most %n digit(s) after the decimal point."
    ),
    "measurement.whole": QT_TRANSLATE_NOOP("RefusalWording", "Enter a whole number."),
    "counts.negative": QT_TRANSLATE_NOOP("RefusalWording", "Counts cannot be negative."),
    "counts.empty": QT_TRANSLATE_NOOP(
        "RefusalWording", "Enter how many were made: good, scrap, or both."
    ),
    "counts.too_many": QT_TRANSLATE_NOOP(
        "RefusalWording",
        "Good and scrap add up to {total}, more than the {remaining} left on this order.",
    ),
    # Jobs and steps
    "job.paused": QT_TRANSLATE_NOOP("RefusalWording", "This job is paused. Resume it first."),
    "job.complete": QT_TRANSLATE_NOOP("RefusalWording", "This job is already complete."),
    "job.on_hold": QT_TRANSLATE_NOOP(
        "RefusalWording", "This job is on quality hold until quality releases it."
    ),
    "job.held_lead": QT_TRANSLATE_NOOP(
        "RefusalWording", "This job is held by badge {badge}. A team lead can take it over."
    ),
    "job.held_resume": QT_TRANSLATE_NOOP(
        "RefusalWording", "This job is held by badge {badge}. Resume it to take it over."
    ),
    "order.other_station": QT_TRANSLATE_NOOP(
        "RefusalWording", "Work order {order} is queued at {station}, not here."
    ),
    "order.job_open": QT_TRANSLATE_NOOP(
        "RefusalWording", "Work order {order} already has a job in progress: resume it."
    ),
    "order.complete": QT_TRANSLATE_NOOP(
        "RefusalWording", "Work order {order} is already complete."
    ),
    "step.answer_first": QT_TRANSLATE_NOOP(
        "RefusalWording", "Answer step {number} “{title}” first."
    ),
    "step.signed_off": QT_TRANSLATE_NOOP(
        "RefusalWording", "This step is signed off and can no longer be changed."
    ),
    "step.required": QT_TRANSLATE_NOOP(
        "RefusalWording", "Step {number} “{title}” is required and cannot be skipped."
    ),
    "step.not_answered": QT_TRANSLATE_NOOP(
        "RefusalWording", "Step {number} “{title}” is not answered yet."
    ),
    "step.unknown": QT_TRANSLATE_NOOP(
        "RefusalWording", "Step “{step}” is not part of this instruction."
    ),
    "step.needs_answer": QT_TRANSLATE_NOOP(
        "RefusalWording", "Step “{title}” needs an answer, not a confirmation."
    ),
    "step.not_measurement": QT_TRANSLATE_NOOP(
        "RefusalWording", "Step “{title}” is not a measurement."
    ),
    "step.not_check": QT_TRANSLATE_NOOP(
        "RefusalWording", "Step “{title}” is not a pass/fail check."
    ),
    "step.not_scan": QT_TRANSLATE_NOOP("RefusalWording", "Step “{title}” is not a scan."),
    "step.not_signature": QT_TRANSLATE_NOOP("RefusalWording", "Step “{title}” is not a signature."),
    "scan.invalid": QT_TRANSLATE_NOOP(
        "RefusalWording", "“{code}” is not a valid code for this step. Scan again."
    ),
    "signature.role": QT_TRANSLATE_NOOP(
        "RefusalWording", "{name} does not hold the {role} role this signature needs."
    ),
    # Downtime
    "downtime.already_down": QT_TRANSLATE_NOOP(
        "RefusalWording", "This station is already down. Stop that downtime first."
    ),
    "downtime.not_down": QT_TRANSLATE_NOOP("RefusalWording", "This station is not down."),
    "downtime.split_running": QT_TRANSLATE_NOOP(
        "RefusalWording", "Stop the downtime before splitting it."
    ),
    "downtime.split_outside": QT_TRANSLATE_NOOP(
        "RefusalWording", "Split somewhere inside the stop."
    ),
    "downtime.not_found": QT_TRANSLATE_NOOP(
        "RefusalWording", "This downtime is not on this kiosk."
    ),
    "note.too_long": QT_TRANSLATE_NOOP("RefusalWording", "Keep the note under {max} characters."),
    "reason.unknown": QT_TRANSLATE_NOOP(
        "RefusalWording", "{reason} is not a reason of this plant."
    ),
    "reason.needs_note": QT_TRANSLATE_NOOP(
        "RefusalWording", "“{reason}” needs a few words or a voice note saying what it was."
    ),
    "equipment.missing": QT_TRANSLATE_NOOP("RefusalWording", "Choose the equipment that stopped."),
    "equipment.unknown": QT_TRANSLATE_NOOP(
        "RefusalWording", "{equipment} is not equipment of this line."
    ),
    "lead_only.code": QT_TRANSLATE_NOOP("RefusalWording", "Only a team lead can code downtime."),
    "lead_only.split": QT_TRANSLATE_NOOP("RefusalWording", "Only a team lead can split downtime."),
    "lead_only.name": QT_TRANSLATE_NOOP(
        "RefusalWording", "Only a team lead can name the equipment of a stop."
    ),
    # Attachments and the disk
    "attachment.kind": QT_TRANSLATE_NOOP("RefusalWording", "{suffix} files cannot be attached."),
    "attachment.empty": QT_TRANSLATE_NOOP("RefusalWording", "The recording is empty."),
    "attachment.too_large": QT_TRANSLATE_NOOP("RefusalWording", "The file is too large to attach."),
    "disk.full": QT_TRANSLATE_NOOP(
        "RefusalWording",
        "The kiosk's disk is almost full: voice notes and photos are refused until IT frees space. Everything else keeps being saved.",
    ),
    "disk.unreadable": QT_TRANSLATE_NOOP(
        "RefusalWording", "The kiosk's disk could not be measured: {detail}"
    ),
    # Exceptions
    "exception.kind": QT_TRANSLATE_NOOP("RefusalWording", "Choose what kind of trouble this is."),
    "exception.severity": QT_TRANSLATE_NOOP("RefusalWording", "Choose how severe it is."),
    "exception.text_too_long": QT_TRANSLATE_NOOP(
        "RefusalWording", "Keep the description under {max} characters."
    ),
    "exception.hold_quality": QT_TRANSLATE_NOOP(
        "RefusalWording", "Only a quality exception can hold the job."
    ),
    "exception.photo_kind": QT_TRANSLATE_NOOP(
        "RefusalWording", "Only a picture can be attached as the photo."
    ),
    "exception.not_found": QT_TRANSLATE_NOOP(
        "RefusalWording", "This exception is not on this kiosk."
    ),
    "exception.settle_choice": QT_TRANSLATE_NOOP(
        "RefusalWording", "Choose one of the decisions recorded for this exception."
    ),
    "exception.role": QT_TRANSLATE_NOOP(
        "RefusalWording", "Only {roles} can do this for a {kind} exception."
    ),
    "exception.past": QT_TRANSLATE_NOOP(
        "RefusalWording", "This exception is {status}: that step is past."
    ),
    "exception.no_hold": QT_TRANSLATE_NOOP("RefusalWording", "This exception holds no job."),
    "exception.agreed": QT_TRANSLATE_NOOP(
        "RefusalWording", "There is nothing to settle: the decisions agree."
    ),
    "exception.say_containment": QT_TRANSLATE_NOOP("RefusalWording", "Say the containment."),
    "exception.say_decision": QT_TRANSLATE_NOOP("RefusalWording", "Say what was decided."),
    "exception.say_rationale": QT_TRANSLATE_NOOP("RefusalWording", "Say why it was decided."),
    "exception.say_cancel": QT_TRANSLATE_NOOP("RefusalWording", "Say why it is cancelled."),
    "text.too_long": QT_TRANSLATE_NOOP("RefusalWording", "Keep it under {max} characters."),
    # Handoffs
    "handoff.lead_only": QT_TRANSLATE_NOOP(
        "RefusalWording", "Only a team lead writes the shift handoff."
    ),
    "handoff.accept_lead": QT_TRANSLATE_NOOP(
        "RefusalWording", "{name} is not a team lead: a lead accepts the handoff."
    ),
    "handoff.accepted": QT_TRANSLATE_NOOP(
        "RefusalWording", "This handoff was already accepted by {badge}."
    ),
    "handoff.accept_own": QT_TRANSLATE_NOOP(
        "RefusalWording", "The incoming lead accepts the handoff, not the one who wrote it."
    ),
    "handoff.not_found": QT_TRANSLATE_NOOP("RefusalWording", "This handoff is not on this kiosk."),
    "handoff.summary_missing": QT_TRANSLATE_NOOP(
        "RefusalWording", "This handoff's summary has not arrived on this kiosk yet."
    ),
    # Enrolment and plant data
    "enrol.demo": QT_TRANSLATE_NOOP(
        "RefusalWording", "A demo folder is never enrolled: its journal stays on this machine."
    ),
    "enrol.untrusted": QT_TRANSLATE_NOOP(
        "RefusalWording",
        "The server's certificate is not trusted: {url}. Name the plant's CA bundle with --ca-bundle.",
    ),
    "enrol.unreachable": QT_TRANSLATE_NOOP("RefusalWording", "The server is not reachable: {url}."),
    "enrol.refused": QT_TRANSLATE_NOOP(
        "RefusalWording", "The server refused the enrolment: {detail}"
    ),
    "enrol.other_device": QT_TRANSLATE_NOOP(
        "RefusalWording", "The server answered for another device; enrolment not saved."
    ),
    "enrol.secret_missing": QT_TRANSLATE_NOOP(
        "RefusalWording",
        "This kiosk is enrolled but its secret is missing from the keyring: enrol it again.",
    ),
    "plant.missing": QT_TRANSLATE_NOOP(
        "RefusalWording",
        "This kiosk has no plant data yet: enrol it with the server, or try the demo plant with `harmony-kiosk demo`.",
    ),
}
# A code newer than this table, in another language: said calmly, with the English detail kept
# for whoever reads it to IT.
FALLBACK = QT_TRANSLATE_NOOP("RefusalWording", "This cannot be done now. ({detail})")
ROLES_JOIN = QT_TRANSLATE_NOOP("RefusalWording", "{first} or {second}")
