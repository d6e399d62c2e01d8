"""A seeded history of a line's troubles, and paraphrased questions about them (for recall)."""

from __future__ import annotations

import random

# archetype -> (ways the trouble was written down, what was done)
ARCHETYPES: dict[str, tuple[tuple[str, ...], str]] = {
    "conveyor-jam": (
        (
            "Tote wedged at the transfer conveyor",
            "Conveyor jammed at transfer, totes piling up",
            "Transfer belt blocked by a tilted tote",
        ),
        "Cleared the tote and raised the side guide 5 mm",
    ),
    "air-pressure": (
        (
            "Low air pressure alarm on the press",
            "Pneumatic clamps slow, pressure at 4.2 bar",
            "Air pressure drops when both presses cycle",
        ),
        "Found a split hose at the FRL; replaced it",
    ),
    "nutrunner-drift": (
        (
            "Nutrunner reading low against the reference",
            "Torque tool drifting, readings 4% low",
            "TW-07 tightening values out of calibration",
        ),
        "Recalibrated the nutrunner and set a weekly check",
    ),
    "oil-leak": (
        (
            "Oil dripping under the gearbox test stand",
            "Hydraulic oil leak at the test stand",
            "Drip tray full of oil at the end of shift",
        ),
        "Tightened the fitting and replaced the O-ring",
    ),
    "photoeye": (
        (
            "Photoeye at infeed not detecting parts",
            "Proximity sensor misses pallets at the stop",
            "Sensor fault at the infeed, parts not seen",
        ),
        "Cleaned the lens and realigned the bracket",
    ),
    "label-printer": (
        (
            "Labels printing skewed on the carton",
            "Label misaligned, scanner cannot read it",
            "Sticker crooked, barcode unreadable",
        ),
        "Reloaded the label roll and reset the printer sensor",
    ),
    "cover-crack": (
        (
            "Cracked cover casting found at fit",
            "Cover casting broken near the boss",
            "Fracture on the cover flange",
        ),
        "Quarantined the lot and returned it to the supplier",
    ),
    "thread-stripped": (
        (
            "Drain plug thread stripped",
            "Cross-threaded plug on the housing",
            "Threads damaged on the drain port",
        ),
        "Re-tapped the thread; trained the operator on hand start",
    ),
    "gasket": (
        (
            "Gasket pinched under the cover",
            "Seal out of its groove after seating",
            "O-ring cut during assembly",
        ),
        "Added a gasket check before seating; new seal lot",
    ),
    "motor-hot": (
        (
            "Conveyor drive motor overheating",
            "Motor temperature alarm on the drive",
            "Gearmotor very hot, tripping the breaker",
        ),
        "Replaced the worn drive chain that was binding",
    ),
    "material-short": (
        (
            "Bolts not delivered to the line",
            "Shortage of M8 bolts at station 1",
            "Empty bin of fasteners, waiting for the milk run",
        ),
        "Raised the kanban quantity for M8 bolts",
    ),
    "wrong-part": (
        (
            "Wrong gasket delivered in the kit",
            "Mixed parts in the cover kit",
            "Incorrect part number in the tote",
        ),
        "Kitting area checks part numbers with the scanner now",
    ),
    "plc-fault": (
        (
            "PLC fault stops the press",
            "HMI shows controller error 214",
            "Press program alarm, machine stopped",
        ),
        "Reloaded the program and replaced the I/O card",
    ),
    "paint-stripe": (
        (
            "Torque stripe missing on bolts",
            "Paint mark not applied after torque",
            "No stripe paint on two bolts",
        ),
        "Refilled the paint pen holder; added to the checklist",
    ),
    "burrs": (
        (
            "Burrs on the machined housing bore",
            "Sharp edges and flash on the pump housing",
            "Chips and burr left in the port",
        ),
        "Changed the deburring tool and cleaned the fixture",
    ),
}

# Asked as a lead would, in other words than those written down.
PARAPHRASES: dict[str, str] = {
    "conveyor-jam": "the belt is stuck again near the transfer, boxes blocked",
    "air-pressure": "clamps are slow, compressed air seems low",
    "nutrunner-drift": "wrench torque values look off, calibration?",
    "oil-leak": "there is a drip of lubricant under the stand",
    "photoeye": "detector does not see the parts at infeed",
    "label-printer": "barcode sticker is crooked and the reader fails",
    "cover-crack": "casting of the cover is cracked",
    "thread-stripped": "the plug threads are damaged, stripped port",
    "gasket": "seal got pinched when seating the cover",
    "motor-hot": "drive is overheating and the breaker trips",
    "material-short": "we are out of screws at the station",
    "wrong-part": "incorrect seal came in the kit",
    "plc-fault": "controller alarm stopped the press",
    "paint-stripe": "stripe of paint missing after tightening",
    "burrs": "sharp burr left in the housing bore",
}

NOISE = (
    "Model changeover from GBX-200 to GBX-250",
    "Shift meeting ran long",
    "Operator absent at start of shift, covered by team lead",
    "Preventive maintenance on the washer",
    "First article inspection for new lot",
    "Training of a new operator on the line",
)

UNRELATED_QUESTION = "Who brings the cake for Friday's birthday party in the cafeteria?"


def seeded_history(
    rng: random.Random, per_archetype: int = 6, noise: int = 60
) -> list[tuple[str, str, str]]:
    """(archetype, problem, resolution) for a few months of a line's history."""
    history: list[tuple[str, str, str]] = []
    for name, (phrasings, resolution) in ARCHETYPES.items():
        for _ in range(per_archetype):
            history.append((name, rng.choice(phrasings), resolution))
    for _ in range(noise):
        history.append(("noise", rng.choice(NOISE), "Logged; no action needed"))
    rng.shuffle(history)
    return history
