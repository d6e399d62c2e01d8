"""RFC 8785 canonical encoding: the bytes every hash is computed over."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harmony_kiosk.domain.canonical import NotCanonicalizable, canonical_json


def test_members_sorted_by_utf16_code_units_as_rfc8785_section_3_2_3() -> None:
    # The example of RFC 8785 section 3.2.3: an emoji (a surrogate pair) sorts before U+FB33.
    value = {
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\U0001f600": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis",
    }
    keys = list(json.loads(canonical_json(value)))
    assert keys == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]


def test_no_whitespace_and_literals() -> None:
    assert canonical_json({"b": [1, True, None], "a": "x"}) == '{"a":"x","b":[1,true,null]}'


def test_strings_escape_only_what_json_requires() -> None:
    assert canonical_json('a"b\\c\n\u0001é/€') == '"a\\"b\\\\c\\n\\u0001é/€"'


def test_decimals_travel_as_strings_keeping_their_precision() -> None:
    assert canonical_json({"torque": Decimal("12.50")}) == '{"torque":"12.50"}'


@pytest.mark.parametrize("bad", [1.5, 2**53, {1: "x"}, b"raw", {1, 2}])
def test_values_without_one_canonical_spelling_are_refused(bad: Any) -> None:
    with pytest.raises(NotCanonicalizable):
        canonical_json(bad)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_round_trip_through_any_json_parser_keeps_the_bytes(value: Any) -> None:
    text = canonical_json(value)
    assert canonical_json(json.loads(text)) == text


@given(json_values)
def test_the_fast_path_and_the_rfc_encoder_agree(value: Any) -> None:
    from harmony_kiosk.domain.canonical import _encode

    parts: list[str] = []
    _encode(value, parts)
    assert canonical_json(value) == "".join(parts)
