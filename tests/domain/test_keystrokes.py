"""A scanner's burst (keys 5 ms apart) against a person typing (120 ms apart)."""

from __future__ import annotations

from harmony_kiosk.domain.keystrokes import KeystrokeClassifier, Scan


def feed(classifier: KeystrokeClassifier, code: str, start: float, gap: float) -> float:
    at = start
    for character in code:
        classifier.key(character, at)
        at += gap
    return at


def test_a_scanner_burst_is_a_scan() -> None:
    classifier = KeystrokeClassifier()
    end = feed(classifier, "GBX250-004211", 10.0, 0.005)
    assert classifier.enter(end) == Scan("GBX250-004211")


def test_a_person_typing_is_not_a_scan() -> None:
    classifier = KeystrokeClassifier()
    end = feed(classifier, "10041", 10.0, 0.120)
    assert classifier.enter(end) is None


def test_a_burst_after_some_typing_is_still_recognised() -> None:
    classifier = KeystrokeClassifier()
    feed(classifier, "ab", 10.0, 0.150)  # someone fiddled with the keyboard
    end = feed(classifier, "10041", 11.0, 0.004)
    assert classifier.enter(end) == Scan("10041")


def test_a_slow_enter_after_a_fast_burst_is_a_person() -> None:
    classifier = KeystrokeClassifier()
    end = feed(classifier, "10041", 10.0, 0.004)
    assert classifier.enter(end + 0.5) is None


def test_too_short_a_burst_is_not_a_scan() -> None:
    classifier = KeystrokeClassifier()
    end = feed(classifier, "12", 10.0, 0.004)
    assert classifier.enter(end) is None
