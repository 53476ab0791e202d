"""Batch problems in Chinese for the Chinese window: every message the sheet checks give, worded through the
patterns of simulator.batch.wording, with the value found kept."""

from __future__ import annotations

import csv

import pytest

from simulator import cities
from simulator.batch import BatchOptions, run_batch
from simulator.batch.wording import problem_words
from simulator.rules import pack_for

HEADER = cities.get("beijing").batch.template_headers()
BASE = {"birth_date": "1986-04-02", "retirement_category": "male", "si1_start": "2012-01"}


@pytest.mark.parametrize(
    "cells",
    [
        {"si1_start": "2012-13"},
        {"si1_start": "2015-01", "si1_end": "2014-01"},
        {"retirement_category": "retired"},
        {"birth_date": ""},
        {"home1_start": "2015-01", "home1_district": "haidian"},
        {"home1_start": "2015-01", "home1_kind": "rented", "home1_district": "atlantis"},
        {"tax1_year": "2020", "tax1_yuan": "abc"},
        {"tax1_year": "2020", "tax1_yuan": "-5"},
        {"si2_start": "2013-01"},
        {"edu_degree": "yes"},
        {"name": "名" * 101},
    ],
)
def test_every_row_problem_has_its_chinese_words(tmp_path, cells):
    source = tmp_path / "in.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        row = {"applicant_id": "A1", **BASE, **cells}
        writer.writerow([row.get(h, "") for h in HEADER])
    result = run_batch(source, tmp_path / "out", BatchOptions(pack_for("beijing", 2024), 2024, lang="zh"), workers=1)
    assert result.problems, cells
    for problem in result.problems:
        zh = problem_words(problem.message, "zh")
        assert zh != problem.message, problem.message  # a pattern knew it
        assert not any(word in zh for word in ("expected", "empty", "column", "must", "got")), zh
        assert problem_words(problem.message, "en") == problem.message
        assert "beijing" not in zh  # the city by its name
