"""Every door of the program, fed 600 hostile and careless inputs each with a fixed seed (tests/support/fuzz.py:
real files changed at random). Each must work, or be refused with a message naming the field; a traceback, a hang
(10 s), a refusal that names nothing, or an accepted file scoring what no real applicant can, is a finding.
The long run of the same code (10,000 inputs and more) is benchmarks/fuzz_run.py; its figures are in the README."""

from __future__ import annotations

import pytest

from tests.support.fuzz import DOORS, run_door

INPUTS_PER_DOOR = 600


@pytest.mark.parametrize("door", DOORS, ids=[d.name for d in DOORS])
def test_every_input_is_handled_or_refused_naming_the_field(door, tmp_path):
    outcome = run_door(door, tmp_path, INPUTS_PER_DOOR, seed=0)
    assert outcome.total == INPUTS_PER_DOOR
    assert outcome.refused > 0 and outcome.accepted > 0  # the mutations reach both sides of the door
    assert outcome.findings == [], "\n".join(outcome.findings[:5])
