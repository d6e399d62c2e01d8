"""What an e-signature covers: a hash of the job's answers up to the signature step."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from harmony_kiosk.domain.canonical import canonical_bytes
from harmony_kiosk.domain.instructions import InstructionVersion


def signed_content_hash(
    job_id: str, version: InstructionVersion, answer_hashes: Mapping[str, str], upto_index: int
) -> str:
    """SHA-256 over the instruction version and the event hash of every answer before the step.

    Each answer's event hash already covers its value, signer and time, so a signature verified
    later against the journal proves exactly which answers were signed.
    """
    content = {
        "job_id": job_id,
        "instruction_id": version.instruction_id,
        "instruction_version": version.version,
        "instruction_hash": version.content_hash,
        "answers": [
            {"step_id": step.id, "event_hash": answer_hashes[step.id]}
            for step in version.steps[:upto_index]
            if step.id in answer_hashes
        ],
    }
    return hashlib.sha256(canonical_bytes(content)).hexdigest()
