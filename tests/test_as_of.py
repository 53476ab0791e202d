"""Time: a round counted past the applicant file's own date says what it assumes and until when; a round past the
statutory retirement date, or past 2100, is refused with a message that says why. Nothing reads the clock."""

from datetime import date

import pytest

from simulator.core.errors import NotApplicable
from simulator.engine import evaluate
from simulator.rules import pack_for
from simulator.scoring import score

AS_OF = date(2026, 11, 22)


def test_a_later_round_assumes_the_running_periods_continue_and_says_until_when(make_profile):
    profile = make_profile(
        social_insurance=[{"start": "2014-03"}],
        housing=[{"start": "2014-03", "kind": "rented", "district": "haidian", "lease_registered": True}],
    )
    scored = score(profile, pack_for("beijing", 2028), 2028, as_of=AS_OF)
    (assumed,) = scored.result.assumptions
    assert assumed.en == (
        "The applicant's facts are as of 2026-11-22; this round counts to 2027-12-31: what was still running on "
        "2026-11-22 is assumed to continue until 2027-12-31: social insurance (since 2014-03), home (since 2014-03)."
    )
    assert "2026-11-22" in assumed.zh and "2027-12-31" in assumed.zh


def test_the_files_own_date_is_used_and_a_round_before_it_assumes_nothing(make_profile):
    profile = make_profile(social_insurance=[{"start": "2014-03"}]).model_copy(update={"as_of": AS_OF})
    assert score(profile, pack_for("beijing", 2026), 2026).result.assumptions == []  # counts to 2025-12-31
    assert len(score(profile, pack_for("beijing", 2027), 2027).result.assumptions) == 1  # to 2026-12-31
    finished = make_profile(social_insurance=[{"start": "2014-03", "end": "2026-10"}]).model_copy(update={"as_of": AS_OF})
    (nothing,) = score(finished, pack_for("beijing", 2027), 2027).result.assumptions
    assert "nothing after 2026-11-22 is entered, and nothing is assumed" in nothing.en


def test_a_future_round_past_the_retirement_date_is_refused(make_profile):
    profile = make_profile(birth_date=date(1964, 6, 1), retirement_category="male")  # born before 1965: 60 on 2024-06-01
    with pytest.raises(NotApplicable, match=r"2030: the statutory retirement date is 2024-06-01 .* no one can declare it"):
        score(profile, pack_for("beijing", 2030), 2030, as_of=AS_OF)
    # a round before the file's date is a rescoring: it is scored, and the qualification says the age is past
    earlier = score(profile, pack_for("beijing", 2025), 2025, as_of=AS_OF, anyway=True).result
    assert not next(c for c in earlier.qualification if c.id == "retirement_age").met


def test_a_year_past_2100_is_refused(make_profile):
    with pytest.raises(NotApplicable, match="up to 2100"):
        evaluate(make_profile(), pack_for("beijing", 2030), 2101)


def test_the_terminal_and_the_json_carry_the_assumption(make_profile, tmp_path, capsys):
    import json

    from simulator.cli import main
    from simulator.profile import save_profile

    path = tmp_path / "a.json"
    save_profile(make_profile(social_insurance=[{"start": "2014-03"}]), path)
    assert main(["score", str(path), "--year", "2028", "--as-of", "2026-11-22", "--lang", "en"]) == 0
    assert "what was still running on 2026-11-22 is assumed to continue until 2027-12-31" in capsys.readouterr().out
    assert main(["score", str(path), "--year", "2028", "--as-of", "2026-11-22", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["evaluation"]["assumptions"][0]["en"].startswith("The applicant's facts are as of 2026-11-22")
