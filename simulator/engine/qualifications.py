"""An applicant who holds more than one qualification. The rules score a person's qualification, and which one
scores best depends on the edition (the 2018 Beijing trial gives a junior-college diploma 10.5 points and a
bachelor's diploma without the degree none), so each is scored under the rules in force and the one that gives the
highest total is kept; the result says which, and what the others gave."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from simulator.core.phrases import EDUCATION, held_words
from simulator.core.ranges import points_of
from simulator.core.result import Evaluation
from simulator.core.text import Text
from simulator.profile.model import ApplicantProfile, Education

KEPT = (
    "申请人有{0}项学历，按合计得分最高的一项计分：{1}（合计{2}）；另：{3}。",
    "The applicant holds {0} qualifications; the one giving the highest total is scored: {1} (total {2}); the others: {3}.",
)


def qualifications_of(profile: ApplicantProfile) -> list[Education]:
    """Every qualification in the file, the one entered first first."""
    first = [profile.education] if profile.education is not None else []
    return first + list(profile.other_qualifications)


def qualification_words(education: Education) -> Text:
    level = EDUCATION[education.level]
    held = held_words(education.level, education.diploma, education.degree)
    return Text(f"{level.zh}{held.zh}", f"{level.en}, {held.en}")


def _rank(result: Evaluation) -> tuple:
    """Qualified before not; then the higher lowest total, then the higher highest (unbounded: highest of all)."""
    low = result.total_low if result.total_low is not None else result.total
    high = result.total_high if result.total_high is not None else Decimal("Infinity")
    return (result.qualified, low, high)


def best_qualification(profile: ApplicantProfile, score: Callable[[ApplicantProfile], Evaluation]) -> Evaluation:
    """`score(profile)`, or, where the file holds several qualifications, the best of scoring each in turn."""
    held = qualifications_of(profile)
    if len(held) < 2:
        if profile.other_qualifications:  # only others were entered: the first of them is the one
            profile = profile.model_copy(update={"education": held[0], "other_qualifications": []})
        return score(profile)
    tried = [(q, score(profile.model_copy(update={"education": q, "other_qualifications": []}))) for q in held]
    best_at = max(range(len(tried)), key=lambda i: _rank(tried[i][1]))  # ties: the one entered first
    kept, result = tried[best_at]
    others = [(q, r) for i, (q, r) in enumerate(tried) if i != best_at]
    total = points_of(result)
    rest = Text(
        "；".join(f"{qualification_words(q).zh}（合计{points_of(r)('zh')}）" for q, r in others),
        "; ".join(f"{qualification_words(q).en} (total {points_of(r)('en')})" for q, r in others),
    )
    words = qualification_words(kept)
    result.assumptions.append(
        Text(
            KEPT[0].format(len(tried), words.zh, total("zh"), rest.zh), KEPT[1].format(len(tried), words.en, total("en"), rest.en)
        )
    )
    return result
