"""Shanghai's basic indicators beyond the age table: education (with the conditions on part-time study), the title
or skill level (with the conditions on where it was earned and the contribution-base test of the higher levels),
only the higher of the two counting, and the years of Shanghai employee social insurance."""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.shanghai.engine.facts import RoundFacts, new_result, unanswered, use_fact
from simulator.cities.shanghai.indicators import NAMES
from simulator.cities.shanghai.labels import LABELS
from simulator.cities.shanghai.pack import ShanghaiPack
from simulator.core.decimals import ZERO
from simulator.core.periods import month_spans, run_reaching, total_months
from simulator.core.phrases import EDUCATION
from simulator.core.result import EXACT, NOT_AVAILABLE, Event, IndicatorResult, InputUsed, Text
from simulator.engine.cite import paths_under
from simulator.engine.gaps import between
from simulator.engine.scales import HELD, SKILL_LEVELS, TITLE_LEVELS
from simulator.profile.model import ApplicantProfile

CITY = "shanghai"

# ---------------------------------------------------------------- education
HIGHEST = Text("最高学历", "highest qualification")
HELD_LABEL = Text("已取得", "held")
NO_EDUCATION = Text("未填写学历：0分", "no qualification entered: 0")
NOT_LISTED = ("本版本规则未列出{0}的分值：0分。", "This edition lists no points for {1}: 0.")
DIPLOMA_NEEDED = ("{0}以毕业证书计分：0分", "{1} is scored by the diploma: 0")
EDUCATION_STEP = ("{0}（{1}）→ {2}", "{3} ({4}) → {2}")
PART_UNKNOWN = (
    "{0}（{1}）→ {2}：至多为学历和学位俱全的{3}分",
    "{4} ({5}) → {6}: at most the {3} of the diploma and degree together",
)
PARALLEL = Text(
    "本科系与专科套读取得（专本套读）：按大专计分。",
    "The bachelor's was taken alongside the junior-college course: it scores as junior college.",
)
PLACES_DIFFER = Text(
    "非全日制学历不符合“三地一致”（就读地与当时的工作地、社保缴纳地不一致）：不计分。",
    "The part-time qualification does not meet the same-place rule (the place of study does not match where one then worked and "
    "was insured): it scores nothing.",
)
PLACES_MATCH = Text("非全日制学历符合“三地一致”。", "The part-time qualification meets the same-place rule.")


def education(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.basic.education
    result, needs = new_result("education", NAMES["education"], pack, LABELS, paths_under(pack, "basic.education"), "basic")
    held = profile.education
    if held is None:
        result.inputs.append(InputUsed(HIGHEST, "—"))
        result.steps.append(NO_EDUCATION)
        return result
    level_id = held.level
    name = EDUCATION[level_id]
    part, held_text = HELD[(held.diploma, held.degree)]
    result.inputs += [
        InputUsed(HIGHEST, f"{name.zh} / {name.en}", name),
        InputUsed(HELD_LABEL, f"{held_text.zh} / {held_text.en}", held_text),
    ]
    if level_id == "bachelor" and use_fact(result, facts, "parallel_bachelor"):
        if needs.value("basic.education.parallel_bachelor_as_junior_college"):
            result.events.append(Event("note", PARALLEL))
            level_id, part, name = "junior_college", "full", EDUCATION["junior_college"]
    level = rules.levels.get(level_id)
    if level is None:
        result.events.append(Event("note", Text.of(NOT_LISTED, name.zh, name.en)))
        result.steps.append(Text("0分", "0 points"))
        return result
    if not level.needs_degree:
        if not held.diploma:
            result.steps.append(Text.of(DIPLOMA_NEEDED, name.zh, name.en))
            return result
        part = "full"
    if getattr(level, part) is None:
        result.events.append(Event("note", Text.of(NOT_LISTED, f"{name.zh}（{held_text.zh}）", f"{name.en} ({held_text.en})")))
        result.steps.append(Text("0分", "0 points"))
        return result
    points = needs.value(f"basic.education.levels.{level_id}.{part}")
    low: Decimal | None
    high: Decimal | None
    if points is None:
        # a diploma or a degree alone never scores more than both together
        full = needs.value(f"basic.education.levels.{level_id}.full")
        result.steps.append(
            Text.of(PART_UNKNOWN, name.zh, held_text.zh, NOT_AVAILABLE.zh, full, name.en, held_text.en, NOT_AVAILABLE.en)
        )
        low, high = ZERO, full
    else:
        result.steps.append(Text.of(EDUCATION_STEP, name.zh, held_text.zh, points, name.en, held_text.en))
        low = high = points
    if use_fact(result, facts, "part_time_study") and needs.value("basic.education.part_time_places_must_match"):
        places = use_fact(result, facts, "part_time_places_match")
        if places is None and (high is None or high > ZERO):  # matters only where the qualification scores
            unanswered(needs, "part_time_places_match")
            low = ZERO
        elif places:
            result.events.append(Event("note", PLACES_MATCH))
        else:
            result.events.append(Event("exclusion", PLACES_DIFFER))
            low = high = ZERO
            result.missing = ()
            needs.missing.clear()  # nothing else can change a qualification that does not count
    if low == high:
        result.points = low if low is not None else ZERO
    else:
        between(result, low, high)
    return needs.finish(result)


# ---------------------------------------------------------------- title and skill
TITLE = Text("专业技术职称", "professional title")
SKILL = Text("职业资格（技能等级）", "vocational skill level")
NONE_HELD = Text("无职称或技能等级：0分", "no title or skill level: 0")
LEVEL_NOT_LISTED = ("本版本规则未列出{0}的分值：0分。", "This edition lists no points for the {1}: 0.")
CANDIDATE = ("{0} → {1}", "{2} → {1}")
CONDITIONS_UNMET = Text(
    "职称或技能证书不是在沪工作期间取得、未列入目录或与所聘岗位不符：不计分。",
    "The title or certificate was not earned while working in Shanghai, is not on the catalogue, or does not match "
    "the post held: it scores nothing.",
)
BASE_UNMET = (
    "{0}须在最近{1}个月中有{2}个月缴费基数不低于社平工资的{3}倍：只有{4}个月，不计分。",
    "{5} needs a contribution base of at least {3}× the average wage in {2} of the last {1} months: only {4}, "
    "so it scores nothing.",
)
BASE_MET = (
    "{0}：最近{1}个月中有{4}个月缴费基数不低于社平工资的{3}倍，满{2}个月。",
    "{5}: a contribution base of at least {3}× the average wage in {4} of the last {1} months, at least {2}.",
)
BASE_INSURED_SHORT = (
    "{0}须在最近{1}个月中有{2}个月缴费基数达标：这期间在本市只缴费{3}个月，不计分。",
    "{4} needs {2} months of the last {1} at the required base: only {3} Shanghai insured months in that time, so it "
    "scores nothing.",
)
HIGHEST_STEP = ("取最高一项：{0}", "the highest counts: {0}")


def title_skill(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    scale = pack.basic.title_skill
    result, needs = new_result("title_skill", NAMES["title_skill"], pack, LABELS, paths_under(pack, "basic.title_skill"), "basic")
    held: list[tuple[str, str, Text, dict]] = []
    if profile.professional_title is not None:
        name = TITLE_LEVELS[profile.professional_title]
        held.append(("title", profile.professional_title, name, scale.title))
        result.inputs.append(InputUsed(TITLE, f"{name.zh} / {name.en}", name))
    if profile.skill_level is not None:
        name = SKILL_LEVELS[profile.skill_level]
        held.append(("skill", profile.skill_level, name, scale.skill))
        result.inputs.append(InputUsed(SKILL, f"{name.zh} / {name.en}", name))
    if not held:
        result.steps.append(NONE_HELD)
        return result
    conditions = scale.conditions
    pending: list[str] = []  # facts not answered; they matter where the lowest and highest points differ
    counts: bool | None = True  # the conditions on where it was earned and the post
    if needs.value("basic.title_skill.conditions.earned_in_shanghai_matching_post"):
        counts = use_fact(result, facts, "title_skill_counts")
        if counts is None:
            pending.append("title_skill_counts")
        elif not counts:
            result.events.append(Event("exclusion", CONDITIONS_UNMET))
            result.steps.append(Text("0分", "0 points"))
            result.missing = ()
            needs.missing.clear()
            return result
    base_levels = needs.value("basic.title_skill.conditions.base_levels") or []
    sure: Decimal = ZERO  # the highest that counts whatever the unanswered facts say
    possible: Decimal = ZERO  # the highest that may count
    asked_base = False
    for kind, level, name, table in held:
        if level not in table:
            result.events.append(Event("note", Text.of(LEVEL_NOT_LISTED, name.zh, name.en)))
            continue
        points = needs.value(f"basic.title_skill.{kind}.{level}")
        result.steps.append(Text.of(CANDIDATE, name.zh, points, name.en))
        base_ok: bool | None = True
        if f"{kind}.{level}" in base_levels:
            base_ok = _base_test(result, facts, profile, conditions, name, asked_base)
            asked_base = True
            if base_ok is None and "base_months_title" not in pending:
                pending.append("base_months_title")
        if base_ok is False:
            continue
        possible = max(possible, points)
        if base_ok and counts:
            sure = max(sure, points)
    if len(held) > 1:
        result.steps.append(Text.of(HIGHEST_STEP, possible))
    if sure == possible:
        result.points = sure
    else:
        for key in pending:
            unanswered(needs, key)
        between(result, sure, possible)
    return needs.finish(result)


def _base_test(result, facts: RoundFacts, profile, conditions, name: Text, asked: bool) -> bool | None:
    """Whether the contribution-base test of the higher levels is passed: True, False, or None (not answered)."""
    months, window = conditions.base_months.value, conditions.base_window_months.value
    multiple = conditions.base_multiple.value
    insured = facts.counted_months(profile, window)
    if insured < months:  # a base can be met only in months insured in Shanghai
        result.events.append(Event("exclusion", Text.of(BASE_INSURED_SHORT, name.zh, window, months, insured, name.en)))
        return False
    answer = facts.answers.get("base_months_title")
    if not asked:
        use_fact(result, facts, "base_months_title")
    if answer is None:
        return None
    if answer < months:
        result.events.append(Event("exclusion", Text.of(BASE_UNMET, name.zh, window, months, multiple, answer, name.en)))
        return False
    result.events.append(Event("note", Text.of(BASE_MET, name.zh, window, months, multiple, answer, name.en)))
    return True


# ---------------------------------------------------------------- only the higher of education and title counts
NOT_ADDED = (
    "与{0}不累加，只计较高者（{1}分）：本项不计。",
    "Not added to {2}; only the higher ({1}) counts: this item scores nothing.",
)
NOT_ADDED_RANGE = (
    "与{0}不累加，只计较高者：本项的范围已并入{0}。",
    "Not added to {1}; only the higher counts: this item's range is taken into {1}.",
)
HIGHER_RANGE = (
    "与{0}只计较高者：两项中较高者在{1}至{2}分之间。",
    "Only the higher of this and {3} counts: the higher lies between {1} and {4}.",
)


def keep_higher(education: IndicatorResult, title: IndicatorResult, cumulative: bool | None) -> None:
    """Education and title/skill points do not add up: only the higher counts (education on a tie). Where either
    is a range, the higher of the two is a range too: the one with the higher lowest points carries it."""
    if cumulative is None or cumulative:
        return
    if _nothing(education) or _nothing(title):
        return
    e_low, e_high, t_low, t_high = education.low or ZERO, education.high, title.low or ZERO, title.high
    if t_high is not None and e_low >= t_high:
        _drop(title, education)
        return
    if e_high is not None and t_low > e_high:
        _drop(education, title)
        return
    winner, loser = (education, title) if e_low >= t_low else (title, education)
    low = max(e_low, t_low)
    high = None if e_high is None or t_high is None else max(e_high, t_high)
    loser.events.append(Event("exclusion", Text.of(NOT_ADDED_RANGE, winner.name.zh, winner.name.en.lower())))
    loser.steps.append(Text("不累加 → 0", "not added up → 0"))
    winner.missing = (*winner.missing, *(m for m in loser.missing if m not in winner.missing))
    winner.events += _gap_notes(loser)
    _zero(loser)
    winner.set_range(low, high)
    winner.steps.append(
        Text.of(
            HIGHER_RANGE,
            loser.name.zh,
            low,
            high if high is not None else "…",
            loser.name.en.lower(),
            high if high is not None else "no upper bound known",
        )
    )


def _nothing(item: IndicatorResult) -> bool:
    return item.high is not None and item.high == ZERO


def _drop(lower: IndicatorResult, other: IndicatorResult) -> None:
    lower.events.append(Event("exclusion", Text.of(NOT_ADDED, other.name.zh, other.low, other.name.en.lower())))
    lower.steps.append(Text.of(("{0} → 0（不累加）", "{0} → 0 (not cumulative)"), lower.high))
    _zero(lower)


def _gap_notes(item: IndicatorResult) -> list[Event]:
    """The notes saying what the item's range depends on (written by Needs.finish, each opening with its label)."""
    labels = tuple(f"{m.label.en}:" for m in item.missing)
    return [e for e in item.events if e.kind == "note" and labels and e.text.en.startswith(labels)]


def _zero(item: IndicatorResult) -> None:
    """The item scores nothing whatever its unknowns: they no longer matter to it."""
    gaps = _gap_notes(item)
    item.events = [e for e in item.events if e not in gaps]
    item.steps = [s for s in item.steps if not s.en.endswith("depends on what is not known (below)")]
    item.points = ZERO
    item.low_bound = item.high_bound = EXACT
    item.missing = ()


# ---------------------------------------------------------------- years of Shanghai social insurance
INSURED = ("计分的本市职工社保月数（截至{0}）", "Shanghai insured months counted (to {0})")
BACK_PAID = ("{0}个补缴月份不计分。", "{0} back-paid months earn no points.")
MISMATCH = (
    "{0}个缴费单位与劳动合同单位不一致的月份不计分。",
    "{0} months paid by another employer than the contract's earn no points.",
)
YEARS_STEP = (
    "{0}个月 ÷ 12 = {1}个整年（余{2}个月不计）× {3} = {4}",
    "{0} months ÷ 12 = {1} full years ({2} months left over) × {3} = {4}",
)
READING = {
    "cumulative": Text(
        "读法：各段缴费月份累计计算（中断不清零）。规则未明确是否须连续缴纳。",
        "Reading used: every counted month adds up across breaks. The rules do not say whether contributions must be unbroken.",
    ),
    "latest_run": Text(
        "读法：只计最近一段连续缴纳的月份（中断后重新计算）。规则未明确是否须连续缴纳。",
        "Reading used: only the latest unbroken run counts (a break restarts it). The rules do not say whether "
        "contributions must be unbroken.",
    ),
}
OTHER_READING = (
    "按另一读法（{0}）为{1}个月，计{2}分。",
    "Under the other reading ({3}) it would be {1} months, {2} points.",
)
READING_NAMES = {
    "cumulative": ("累计计算", "added up across breaks"),
    "latest_run": ("只计最近连续一段", "the latest unbroken run only"),
}


def social_insurance(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.basic.social_insurance
    result, needs = new_result(
        "social_insurance", NAMES["social_insurance"], pack, LABELS, paths_under(pack, "basic.social_insurance"), "basic"
    )
    back_paid_counts = rules.back_paid_counts.value
    spans, _ = month_spans(profile.social_insurance, CITY, facts.cutoff_month, keep=lambda p: back_paid_counts or not p.back_paid)
    back_paid = 0 if back_paid_counts else facts.counted_months(profile, keep=lambda p: p.back_paid)
    mismatch = use_fact(result, facts, "employer_mismatch_months") or 0
    if rules.employer_mismatch_counts.value:
        mismatch = 0
    by_reading = {
        "cumulative": max(0, total_months(spans) - mismatch),
        "latest_run": max(0, run_reaching(spans, facts.cutoff_month)[0] - mismatch),
    }
    reading = rules.counting_reading.value
    months = by_reading[reading]
    result.inputs.insert(0, InputUsed(Text.of(INSURED, facts.month), str(months)))
    if back_paid:
        result.events.append(Event("exclusion", Text.of(BACK_PAID, back_paid)))
    if mismatch:
        result.events.append(Event("exclusion", Text.of(MISMATCH, mismatch)))
    rate = rules.points_per_year.value
    years, spare = divmod(months, 12)
    result.points = years * rate + ZERO
    result.steps.append(Text.of(YEARS_STEP, months, years, spare, rate, result.points))
    result.events.append(Event("note", READING[reading]))
    other = "latest_run" if reading == "cumulative" else "cumulative"
    other_points = (by_reading[other] // 12) * rate + ZERO
    if other_points != result.points:
        zh, en = READING_NAMES[other]
        result.events.append(Event("note", Text.of(OTHER_READING, zh, by_reading[other], other_points, en)))
    return needs.finish(result)
