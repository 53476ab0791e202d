"""Scales Xiong'an and Hangzhou score the same way: age from a table, the highest education by diploma and
degree, the highest professional title or skill level. Pack paths are under `basic.` in both cities' packs."""

from __future__ import annotations

from datetime import date

from simulator.cities import names
from simulator.core.dates import completed_age
from simulator.core.decimals import ZERO
from simulator.core.phrases import EDUCATION
from simulator.core.result import (
    NOT_AVAILABLE,
    Event,
    IndicatorResult,
    InputUsed,
    Text,
)
from simulator.engine.cite import cite, paths_under
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile, Education

TITLE_LEVELS = {
    "senior": Text("正高级职称", "full senior title"),
    "deputy_senior": Text("副高级职称", "deputy senior title"),
    "intermediate": Text("中级职称", "intermediate title"),
    "assistant": Text("初级职称", "assistant title"),
}
SKILL_LEVELS = {
    "senior_technician": Text("高级技师（一级）", "senior technician (level 1)"),
    "technician": Text("技师（二级）", "technician (level 2)"),
    "senior_worker": Text("高级工（三级）", "senior worker (level 3)"),
    "intermediate_worker": Text("中级工（四级）", "intermediate worker (level 4)"),
    "junior_worker": Text("初级工（五级）", "junior worker (level 5)"),
}
HELD = {
    (True, True): ("full", Text("学历和学位", "diploma and degree")),
    (True, False): ("diploma_only", Text("仅学历", "diploma only")),
    (False, True): ("degree_only", Text("仅学位", "degree only")),
}

AGE_NAME, EDUCATION_NAME, TITLE_NAME = names.AGE, names.EDUCATION, names.TITLE_SKILL


def scale_labels() -> dict[str, Text]:
    labels = {
        "basic.age.table": Text("年龄分值表（周岁不超过 → 分）", "age table (completed age up to -> points)"),
        "basic.age.otherwise": Text("分值表以外的年龄", "any age beyond the table"),
        "basic.education": Text("文化程度分值", "education points"),
        "basic.education.cumulative_with_title": Text(
            "文化程度与职称技能分可否累加", "whether education and title/skill points add up"
        ),
        "basic.title_skill": Text("职称技能分值", "title and skill points"),
        "basic.title_skill.max_points": Text("职称技能分上限", "title/skill cap"),
    }
    for level, name in EDUCATION.items():
        for part, held in HELD.values():
            labels[f"basic.education.levels.{level}.{part}"] = (
                name if part == "full" else Text(f"{name.zh}（{held.zh}）", f"{name.en} ({held.en})")
            )
    for level, name in TITLE_LEVELS.items():
        labels[f"basic.title_skill.title.{level}"] = name
    for level, name in SKILL_LEVELS.items():
        labels[f"basic.title_skill.skill.{level}"] = name
    return labels


RETIREMENT_CATEGORIES = {
    "male": Text("男", "men"),
    "female_cadre": Text("女（原55周岁退休）", "women formerly retiring at 55"),
    "female_worker": Text("女（原50周岁退休）", "women formerly retiring at 50"),
}
RETIREMENT_PARTS = {
    "base_years": Text("法定退休年龄", "statutory retirement age"),
    "reform_from": Text("延迟退休起始出生月", "later retirement from the birth month"),
    "months_per_step": Text("每多少个月出生延迟1个月", "one month later for every so many months of birth"),
    "max_delay_months": Text("最多延迟月数", "months of delay at most"),
}


def retirement_labels(prefix: str = "qualification.retirement") -> dict[str, Text]:
    """The label of each part of the statutory retirement rule, for each category (`RetirementRule`)."""
    return {
        f"{prefix}.{category}.{part}": Text(f"{name.zh}：{who.zh}", f"{name.en}: {who.en}")
        for category, who in RETIREMENT_CATEGORIES.items()
        for part, name in RETIREMENT_PARTS.items()
    }


BIRTH_DATE = Text("出生日期", "birth date")
AGE_ON = ("{0}的周岁年龄", "completed age on {0}")
AGE_STEP = ("{0}周岁（不超过{1}周岁）→ {2}", "age {0} (at most {1}) → {2}")
# where each year of age past the first band takes the same points off: the working is that formula
AGE_FORMULA_STEP = (
    "{0}周岁：超过{1}周岁{2}年，{3} − {4} × {2} = {5}",
    "age {0} is {2} over {1}: {3} − {4} × {2} = {5}",
)
AGE_BEYOND_STEP = ("{0}周岁（不在分值表内）→ {1}", "age {0} (beyond the table) → {1}")
AGE_BEYOND_MISSING = ("{0}周岁：分值表以外的年龄，{1}", "age {0}: beyond the table, {2}")


def age_step(table, years: int, band) -> Text:
    """The working of an age in a band of the table: the band read off ("age 42 (at most 45) → 20"), or, where the
    bands after the first are one year each and each takes the same points off, the formula ("age 46 is 1 over 45:
    20 − 4 × 1 = 16")."""
    up_to, points = band
    rows = list(table or ())
    first_up_to, first_points = rows[0] if rows else band
    if years > first_up_to and len(rows) > 1:
        ages = [row[0] for row in rows]
        drops = {rows[i][1] - rows[i + 1][1] for i in range(len(rows) - 1)}
        one_year_each = all(ages[i + 1] - ages[i] == 1 for i in range(len(ages) - 1))
        if one_year_each and len(drops) == 1:
            drop = drops.pop()
            over = years - first_up_to
            if drop > 0 and first_points - drop * over == points:
                return Text.of(AGE_FORMULA_STEP, years, first_up_to, over, first_points, drop, points)
    return Text.of(AGE_STEP, years, up_to, points)


def age_band(table, years: int):
    """The band of an age table (completed age up to -> points) that a completed age falls in: (up to, points),
    or None beyond the table (the rules' "any other age")."""
    for up_to, points in table or ():
        if years <= up_to:
            return up_to, points
    return None


def age(needs: Needs, labels: dict, birth: date, on: date) -> IndicatorResult:
    pack = needs.pack
    rules = pack.basic.age
    years = completed_age(birth, on)
    result = IndicatorResult(
        "age", AGE_NAME, ZERO, rules=cite(pack, labels, "basic.age.table", "basic.age.otherwise"), group="basic"
    )
    result.inputs += [InputUsed(BIRTH_DATE, birth.isoformat()), InputUsed(Text.of(AGE_ON, on), str(years))]
    band = age_band(rules.table.value, years)
    if band is not None:
        result.points = band[1]
        result.steps.append(age_step(rules.table.value, years, band))
        return needs.finish(result)
    otherwise = needs.value("basic.age.otherwise")
    if otherwise is None:
        result.steps.append(Text.of(AGE_BEYOND_MISSING, years, NOT_AVAILABLE.zh, NOT_AVAILABLE.en))
    else:
        result.points = otherwise
        result.steps.append(Text.of(AGE_BEYOND_STEP, years, otherwise))
    return needs.finish(result)


HIGHEST = Text("最高学历", "highest qualification")
HELD_LABEL = Text("已取得", "held")
DIPLOMA = Text("学历（毕业证书）", "diploma")
NO_EDUCATION = Text("未填写学历：0分", "no qualification entered: 0")
LEVEL_NOT_LISTED = ("本版本规则未列出{0}的分值：0分。", "This edition lists no points for {1}: 0.")
PART_NOT_LISTED = ("本版本规则未列出{0}{1}的分值：0分。", "This edition lists no points for {2} with {3}: 0.")
DIPLOMA_NEEDED = ("{0}以毕业证书计分：0分", "{1} is scored by the diploma: 0")
EDUCATION_STEP = ("{0}（{1}）→ {2}", "{3} ({4}) → {2}")
ZERO_STEP = Text("0分", "0 points")
EDUCATION_MISSING = ("{0}（{1}）→ {2}", "{3} ({4}) → {5}")


def _both(text: Text) -> str:
    return f"{text.zh} / {text.en}"


def education(needs: Needs, labels: dict, held: Education | None) -> IndicatorResult:
    pack = needs.pack
    result = IndicatorResult(
        "education", EDUCATION_NAME, ZERO, rules=cite(pack, labels, *paths_under(pack, "basic.education")), group="basic"
    )
    if held is None:
        result.inputs.append(InputUsed(HIGHEST, "—"))
        result.steps.append(NO_EDUCATION)
        return result
    name = EDUCATION[held.level]
    part, held_text = HELD[(held.diploma, held.degree)]
    level = pack.basic.education.levels.get(held.level)
    if level is not None and not level.needs_degree and held.diploma:
        held_text = DIPLOMA  # a level scored by its diploma (junior college): no degree to speak of
    result.inputs += [InputUsed(HIGHEST, _both(name), name), InputUsed(HELD_LABEL, _both(held_text), held_text)]
    if level is None:
        result.events.append(Event("note", Text.of(LEVEL_NOT_LISTED, name.zh, name.en)))
        result.steps.append(ZERO_STEP)
        return result
    if not level.needs_degree:
        if not held.diploma:
            result.steps.append(Text.of(DIPLOMA_NEEDED, name.zh, name.en))
            return result
        part = "full"
    if getattr(level, part) is None:
        result.events.append(Event("note", Text.of(PART_NOT_LISTED, name.zh, held_text.zh, name.en, held_text.en)))
        result.steps.append(ZERO_STEP)
        return result
    points = needs.value(f"basic.education.levels.{held.level}.{part}")
    if points is None:
        result.steps.append(
            Text.of(EDUCATION_MISSING, name.zh, held_text.zh, NOT_AVAILABLE.zh, name.en, held_text.en, NOT_AVAILABLE.en)
        )
    else:
        result.points = points
        result.steps.append(Text.of(EDUCATION_STEP, name.zh, held_text.zh, points, name.en, held_text.en))
    return needs.finish(result)


TITLE = Text("专业技术职称", "professional title")
SKILL = Text("职业资格（技能等级）", "vocational skill level")
NONE_HELD = Text("无职称或技能等级：0分", "no title or skill level: 0")
NOT_LISTED = ("本版本规则未列出{0}的分值。", "This edition lists no points for the {1}.")
CANDIDATE_STEP = ("{0} → {1}", "{2} → {1}")
CANDIDATE_MISSING = ("{0} → {1}", "{2} → {3}")
HIGHEST_STEP = ("取最高一项：{0}", "the highest counts: {0}")
TITLE_CAP = ("职称技能分以{0}分为限。", "Title and skill points are capped at {0}.")


def title_skill(needs: Needs, labels: dict, profile: ApplicantProfile) -> IndicatorResult:
    pack = needs.pack
    scale = pack.basic.title_skill
    result = IndicatorResult(
        "title_skill", TITLE_NAME, ZERO, rules=cite(pack, labels, *paths_under(pack, "basic.title_skill")), group="basic"
    )
    held: list[tuple[str, str, Text, dict]] = []
    if profile.professional_title is not None:
        held.append(("title", profile.professional_title, TITLE_LEVELS[profile.professional_title], scale.title))
        result.inputs.append(
            InputUsed(TITLE, _both(TITLE_LEVELS[profile.professional_title]), TITLE_LEVELS[profile.professional_title])
        )
    if profile.skill_level is not None:
        held.append(("skill", profile.skill_level, SKILL_LEVELS[profile.skill_level], scale.skill))
        result.inputs.append(InputUsed(SKILL, _both(SKILL_LEVELS[profile.skill_level]), SKILL_LEVELS[profile.skill_level]))
    if not held:
        result.steps.append(NONE_HELD)
        return result
    best = None
    for kind, level, name, table in held:
        if level not in table:
            result.events.append(Event("note", Text.of(NOT_LISTED, name.zh, name.en)))
            continue
        points = needs.value(f"basic.title_skill.{kind}.{level}")
        if points is None:
            result.steps.append(Text.of(CANDIDATE_MISSING, name.zh, NOT_AVAILABLE.zh, name.en, NOT_AVAILABLE.en))
            continue
        result.steps.append(Text.of(CANDIDATE_STEP, name.zh, points, name.en))
        if best is None or points > best:
            best = points
    points = best if best is not None else ZERO
    if len(held) > 1:
        result.steps.append(Text.of(HIGHEST_STEP, points))
    if scale.max_points is not None and points > ZERO:
        cap = needs.value("basic.title_skill.max_points")
        if cap is not None and points > cap:
            points = cap
            result.events.append(Event("cap", Text.of(TITLE_CAP, cap)))
    result.points = points
    return needs.finish(result)


def keep_higher(education: IndicatorResult, title: IndicatorResult, cumulative: bool | None, needs: Needs) -> None:
    """Hangzhou: education and title/skill points do not add up; the higher counts (education on a tie)."""
    if cumulative is None or cumulative or education.points == ZERO or title.points == ZERO:
        return
    lower = title if title.points <= education.points else education
    other = education if lower is title else title
    lower.events.append(
        Event(
            "exclusion",
            Text.of(
                ("与{0}不累加，取较高的{1}分：本项不计。", "Not added to {2}; the higher {1} counts: this item scores nothing."),
                other.name.zh,
                other.points,
                other.name.en.lower(),
            ),
        )
    )
    lower.steps.append(Text.of(("{0} → 0（不累加）", "{0} → 0 (not cumulative)"), lower.points))
    lower.points = ZERO
