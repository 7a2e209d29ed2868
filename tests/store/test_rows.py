"""Rows ↔ domain: saved parameters, end reasons and problems read back, whatever a file holds."""

from __future__ import annotations

import pytest

from desktop_chat.domain import EndReason, FinishReason, GenerationParams, Problem
from desktop_chat.store.rows import (
    end_reason_from,
    finish_from,
    params_from_json,
    params_to_json,
    problem_from,
)


def test_params_round_trip_through_json() -> None:
    params = GenerationParams(temperature=0.2, top_p=0.9, max_tokens=512, stop=("###", "END"))
    assert params_from_json(params_to_json(params)) == params
    assert params_from_json("{}") == GenerationParams() == params_from_json(None)


def test_params_from_dict_accepts_numbers_as_text_and_refuses_wrong_kinds() -> None:
    assert GenerationParams.from_dict(
        {"temperature": "0.5", "max_tokens": 7.0, "stop": "x"}
    ) == GenerationParams(temperature=0.5, max_tokens=7, stop=("x",))
    for bad in ({"temperature": [1]}, {"max_tokens": {}}, {"stop": 3}, {"top_p": "warm"}):
        with pytest.raises((TypeError, ValueError)):
            GenerationParams.from_dict(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["not json", "[1, 2]", '{"temperature": "warm"}', '{"stop": 3}'])
def test_a_damaged_params_column_reads_as_defaults(raw: str) -> None:
    assert params_from_json(raw) == GenerationParams()


def test_end_reasons_problems_and_finish_reasons_read_back_or_degrade() -> None:
    assert [end_reason_from(e.value) for e in EndReason] == list(EndReason)
    assert end_reason_from(None) is EndReason.NONE
    assert end_reason_from("written_by_a_newer_app") is EndReason.FAILED
    assert [problem_from(p.value) for p in Problem] == list(Problem)
    assert problem_from(None) is None and problem_from("") is None
    assert problem_from("a_newer_problem") is Problem.GATEWAY
    assert finish_from("stop") is FinishReason.STOP and finish_from(None) is None
    assert finish_from("MAX_TOKENS") is FinishReason.OTHER and finish_from(" Length ") is FinishReason.LENGTH
