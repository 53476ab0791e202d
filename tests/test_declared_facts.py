"""A catalogue item the program cannot check (a shortage major, a remote district, a condition the employer
confirms) is the applicant's declaration, and every face says so: the derivation, the worksheet, the wizard."""

from __future__ import annotations

from simulator import cities
from simulator.engine import evaluate
from simulator.rules import load_pack
from simulator.worksheet import render_pdf_bytes
from tests.support.pdf_text import squash, text_of
from tests.test_shanghai import facts, person

DECLARED_EN = "(the applicant's declaration)"


def test_declared_facts_are_marked_in_the_registry():
    declared = {(c.id, f.key) for c in cities.cities() for f in c.facts if f.declared}
    assert {("shanghai", "shortage_major"), ("shanghai", "remote_district_area"), ("xiongan", "needed_person")} <= declared


def test_the_derivation_and_the_worksheet_label_a_declaration():
    profile = person(city_facts=facts(shortage_major=True))
    result = evaluate(profile, load_pack("shanghai-2023"), 2025)
    labels = [i.label.en for item in result.indicators for i in item.inputs]
    assert any(label.startswith("my major is on the shortage list") and label.endswith(DECLARED_EN) for label in labels)
    for lang, words in (("en", DECLARED_EN), ("zh", "（申请人申报）")):
        assert squash(words) in text_of(render_pdf_bytes(result, profile, lang=lang))
