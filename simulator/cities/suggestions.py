"""What-if suggestions any city's rules may reward, for a city's `whatif.SUGGESTIONS` to include: each proposes a
change to the applicant's facts, and the engine, scoring it under the city's rules, says what it gains (nothing
where the rules do not reward it: the planner then leaves it out)."""

from __future__ import annotations

from simulator.core.text import Text
from simulator.planning.whatif import Change, Situation


def complete_degree(s: Situation) -> list[Change]:
    """A qualification held with only the diploma or only the degree: obtain the other."""
    education = s.profile.education
    if education is None or (education.diploma and education.degree) or education.level in ("high_school", "junior_college"):
        return []
    done = education.model_copy(update={"diploma": True, "degree": True})
    if not education.degree:
        text = Text("取得尚缺的学位（已有学历）", "Obtain the missing degree (the diploma is held)")
    else:
        text = Text("取得尚缺的学历（已有学位）", "Obtain the missing diploma (the degree is held)")
    return [Change("complete_education", text, s.changed(education=done), s.counted_from(s.next_month))]
