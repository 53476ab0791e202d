"""Tianjin's basic points beyond the shared scales: social insurance by insurance type, the housing provident fund,
residence (rental, own home, residence card) and the professional title or skill level with its conditions.

Items scored "a year" are counted by the pack's reading of that phrase (`counting.per_year`): each full 12 months,
or pro rata by month; the derivation says which."""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.tianjin.engine.facts import CITY, RoundFacts, asked
from simulator.cities.tianjin.indicators import NAMES as INDICATOR_NAMES
from simulator.cities.tianjin.labels import AREA_SHORT, INSURANCE_TYPES, LABELS
from simulator.cities.tianjin.pack import TianjinPack
from simulator.core.dates import completed_age
from simulator.core.decimals import TWELVE, ZERO, fmt, round_points
from simulator.core.months import format_month
from simulator.core.periods import month_spans, total_months
from simulator.core.result import NOT_AVAILABLE, Event, IndicatorResult, InputUsed, Text, add_bound
from simulator.engine.cite import cite, paths_under
from simulator.engine.gaps import Needs, between
from simulator.engine.other_insured_months import TRANSFERRED_IN, MonthsKind, tally
from simulator.engine.scales import SKILL_LEVELS, TITLE_LEVELS
from simulator.profile.model import ApplicantProfile

NAMES = {i: INDICATOR_NAMES[i] for i in ("social_insurance", "housing_fund", "residence", "title_skill")}

FULL_YEARS_NOTE = Text(
    "“每年”按每满12个月计分，不足12个月的部分不计（本规则包的读法；另一读法按月折算，未采用）。",
    "“A year” is scored for each full 12 months; months left over score nothing (the reading this pack uses; the "
    "other reading, pro rata by month, is not used).",
)
PRO_RATA_NOTE = Text(
    "“每年”按月折算计分（本规则包的读法；另一读法按每满12个月计分，未采用）。",
    "“A year” is scored pro rata by month (the reading this pack uses; the other reading, each full 12 months, is not used).",
)
YEARS_STEP = ("{0}个月 = {1}个满年（余{2}个月不计）", "{0} months = {1} full years ({2} months left over, not counted)")
WHOLE_YEARS_STEP = ("{0}个月 = {1}个满年", "{0} months = {1} full years")
BAND_STEP = ("{0}年 × {1} = {3}", "{0} years × {2} = {3}")
BAND_MONTHS_STEP = ("{0}个月 × {1} ÷ 12 = {3}", "{0} months × {2} ÷ 12 = {3}")
SUM_STEP = ("合计 {0}", "total {0}")
AFTER_CUTOFF = ("截止月{1}之后的{0}个月不计入。", "{0} months after the cut-off month {1} are not counted.")


def _banded(
    result: IndicatorResult,
    reading: str | None,
    months: int,
    band_months: int,
    first: Decimal,
    later: Decimal,
    texts: tuple[Text, Text],
) -> Decimal:
    """Points for `months` at `first` a year up to `band_months`, then at `later` a year, by the pack's reading of
    "a year"; each band's step is written with its own rate's words (`texts`: (first, later) templates)."""
    first_text, later_text = texts
    if reading == "pro_rata_months":
        low_months = min(months, band_months)
        high_months = months - low_months
        points = round_points(low_months * first / TWELVE + high_months * later / TWELVE)
        for count, rate, text in ((low_months, first, first_text), (high_months, later, later_text)):
            if count:
                result.steps.append(Text.of(BAND_MONTHS_STEP, count, text.zh, text.en, round_points(count * rate / TWELVE)))
        result.events.append(Event("note", PRO_RATA_NOTE))
    else:
        years, spare = divmod(months, 12)
        result.steps.append(Text.of(YEARS_STEP, months, years, spare) if spare else Text.of(WHOLE_YEARS_STEP, months, years))
        low_years = min(years, band_months // 12)
        high_years = years - low_years
        points = low_years * first + high_years * later + ZERO
        for count, rate, text in ((low_years, first, first_text), (high_years, later, later_text)):
            if count:
                result.steps.append(Text.of(BAND_STEP, count, text.zh, text.en, count * rate))
        result.events.append(Event("note", FULL_YEARS_NOTE))
    if points:
        result.steps.append(Text.of(SUM_STEP, points))
    return points


# ---------------------------------------------------------------- social insurance

INSURED = ("计分的社保月数（截至{0}）", "insured months counted (to {0})")
# Back-paid and transferred-in months count as the pack says (simulator.engine.other_insured_months).
BACK_PAID_MONTHS = MonthsKind(
    lambda p: p.back_paid,
    Text("补缴或个人窗口缴纳月数", "back-paid or individual-window months"),
    ("补缴或个人窗口缴纳", "back-paid or individual-window"),
    "basic.social_insurance.back_paid_counts",
)
BACK_PAID_NEVER = Text(
    "补缴月份一律不计分（本规则包的读法）。另一来源称35周岁以下、具有本科学历、中级职称或技师等级的申请人补缴可计入"
    "（单一来源，可能是旧规），未采用。",
    "Back-paid months never score (the reading this pack uses). One other source says they count for "
    "applicants aged 35 or under with a bachelor's degree, an intermediate title or technician level "
    "(a single source, possibly the old rule); it is not used.",
)
BACK_PAID_EXCEPTION = Text(
    "本规则包采用青年人才例外的读法：35周岁以下、具有本科学历、中级职称或技师等级的申请人，补缴月份计入。",
    "This pack reads the young-talent exception: for applicants aged 35 or under with a bachelor's degree, an "
    "intermediate title or technician level, back-paid months count.",
)
WOULD_QUALIFY = Text(
    "（本申请人属于该例外所说的人员：按该读法，补缴月份将计入。）",
    " (This applicant is one of those the exception names: under it the back-paid months would count.)",
)
FIVE_TYPES = Text(
    "按五项保险（养老、医疗、失业、工伤、生育）均由用人单位缴纳计分。",
    "Scored as insured for all five types (pension, medical, unemployment, work injury, maternity) through the employer.",
)
NO_MONTHS = Text("无计分的天津社保月份：0分", "no Tianjin insurance months that score: 0")


def _rate_text(pack: TianjinPack, band: str) -> tuple[Decimal, Text]:
    rates = getattr(pack.basic.social_insurance, band)
    total = sum((c.value for c in rates.values()), ZERO)
    zh = "＋".join(f"{INSURANCE_TYPES[t].zh}{fmt(c.value)}" for t, c in rates.items())
    en = " + ".join(f"{INSURANCE_TYPES[t].en} {fmt(c.value)}" for t, c in rates.items())
    return total, Text(f"{fmt(total)}（{zh}）", f"{fmt(total)} ({en})")


def young_talent(profile: ApplicantProfile, facts: RoundFacts) -> bool:
    """Aged 35 or under with a bachelor's degree or above, an intermediate title or above, or technician level or
    above: the group the back-payment exception (one source) names."""
    education = profile.education
    degree = education is not None and education.level in ("bachelor", "master", "doctor") and education.degree
    title = profile.professional_title in ("senior", "deputy_senior", "intermediate")
    skill = profile.skill_level in ("senior_technician", "technician")
    return completed_age(profile.birth_date, facts.age_on) <= 35 and (degree or title or skill)


def social_insurance(profile: ApplicantProfile, pack: TianjinPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.basic.social_insurance
    needs = Needs("social_insurance", pack, LABELS)
    result = IndicatorResult(
        "social_insurance",
        NAMES["social_insurance"],
        ZERO,
        rules=cite(pack, LABELS, *paths_under(pack, "basic.social_insurance"), "counting.per_year"),
        group="basic",
    )
    month = facts.cutoff_month
    paid, after = month_spans(profile.social_insurance, CITY, month, keep=lambda p: not p.back_paid and not p.transferred_in)
    reading = needs.value("basic.social_insurance.back_paid_reading")

    def decide(kind: MonthsKind, counts: bool | None) -> bool | None:
        """Back-paid months under the reading the pack names (said beside them); the young-talent exception."""
        if kind is not BACK_PAID_MONTHS:
            return counts
        if reading == "never":
            note = BACK_PAID_NEVER
            if young_talent(profile, facts):
                note = Text(note.zh + WOULD_QUALIFY.zh, note.en + WOULD_QUALIFY.en)
            result.events.append(Event("note", note))
        elif reading == "young_talent_exception":
            result.events.append(Event("note", BACK_PAID_EXCEPTION))
            if young_talent(profile, facts):
                return True
        return counts

    # unsure: months whose counting the rules do not settle (with them the highest total, without them the lowest)
    counted, unsure = tally(result, needs, profile.social_insurance, CITY, month, (BACK_PAID_MONTHS, TRANSFERRED_IN), decide)
    counted += total_months(paid)
    result.inputs.insert(0, InputUsed(Text.of(INSURED, format_month(month)), str(counted)))
    if after:
        result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, after, format_month(month))))
    if not counted and not unsure:
        result.steps.append(NO_MONTHS)
        return needs.finish(result)
    result.steps.append(FIVE_TYPES)
    per_year = needs.value("counting.per_year")
    band = rules.first_band_months.value
    first, first_text = _rate_text(pack, "first_band")
    later, later_text = _rate_text(pack, "later_band")
    texts = (first_text, later_text)
    result.points = _banded(result, per_year, counted, band, first, later, texts)
    if unsure:
        scratch = IndicatorResult("social_insurance", result.name, ZERO)
        high = _banded(scratch, per_year, counted + unsure, band, first, later, texts)
        between(result, result.points, high)
    return needs.finish(result)


# ---------------------------------------------------------------- housing provident fund

NO_FUND = Text("无住房公积金缴存：0分", "no housing provident fund paid: 0")
FUND_UNANSWERED = Text(
    "未填写公积金缴存月数：每满一年均计分，上限未知。",
    "Months of housing fund not given: each full year scores; no upper bound known.",
)


def housing_fund(profile: ApplicantProfile, pack: TianjinPack) -> IndicatorResult:
    rules = pack.basic.housing_fund
    needs = Needs("housing_fund", pack, LABELS)
    result = IndicatorResult(
        "housing_fund",
        NAMES["housing_fund"],
        ZERO,
        rules=cite(pack, LABELS, *paths_under(pack, "basic.housing_fund"), "counting.per_year"),
        group="basic",
    )
    months = asked(result, needs, profile, "housing_fund_months")
    if months is None:
        result.steps.append(FUND_UNANSWERED)
        between(result, ZERO, None)
        return needs.finish(result)
    if not months:
        result.steps.append(NO_FUND)
        return result
    first, later = rules.first_points_per_year.value, rules.later_points_per_year.value
    texts = (Text(fmt(first), fmt(first)), Text(fmt(later), fmt(later)))
    result.points = _banded(
        result, needs.value("counting.per_year"), int(months), rules.first_band_months.value, first, later, texts
    )
    return needs.finish(result)


# ---------------------------------------------------------------- residence: rental, own home, residence card

RENTED = ("租赁住房月数（截至{0}，可累计）", "rented months (to {0}, across interruptions)")
OWNED = ("自有住房月数（截至{0}，可累计）", "own-home months (to {0}, across interruptions)")
RENTAL_STEP = ("租赁住房：{0}个满年 × {1} = {2}", "rental: {0} full years × {1} = {2}")
RENTAL_MONTHS_STEP = ("租赁住房：{0}个月 × {1} ÷ 12 = {2}", "rental: {0} months × {1} ÷ 12 = {2}")
OWN_FULL_YEARS = Text(
    "自有住房按每满一年计分（官方修改通知的表述），不足一年的部分不计。",
    "An own home scores for each full year (as the official amendment words it); part of a year scores nothing.",
)
OWN_STEP = ("自有住房（{0}）：{1}个满年 × {2} = {3}", "own home ({4}): {1} full years × {2} = {3}")
OWN_AREA_UNKNOWN = (
    "自有住房：{0}个满年 × 每年{1}至{2}（所在区域未回答）",
    "own home: {0} full years × {1} to {2} a year (where it is: not answered)",
)
BONUS_STEP = ("新建商品住房一次性加分（{0}）：{1}", "new commercial home, once ({2}): {1}")
BONUS_NOT_NEW = Text("非新建商品住房：无一次性加分", "not a new commercial home: no one-off bonus")
BONUS_UNKNOWN = (
    "新建商品住房一次性加分：0至{0}（未回答是否为新建商品住房或所在区域）",
    "new commercial home, once: 0 to {0} (whether it is new, or where it is, not answered)",
)
CARD_STEP = ("居住证年度签注{0}次 × {1} = {2}", "{0} yearly residence-card endorsements × {1} = {2}")
CARD_UNKNOWN = Text(
    "居住证年度签注次数未回答：每次签注均计分，上限未知。",
    "Residence-card endorsements not answered: each endorsement scores; no upper bound known.",
)
DORMITORY = (
    "{0}个月居住在单位宿舍：不属于租赁或自有住房，不计分。",
    "{0} months in an employer dormitory: neither rented nor owned, no points.",
)
ADD_UP = ("租赁、自有住房、居住证分值累加：{0}", "rental, own home and residence card add up: {0}")
HIGHEST = ("租赁、自有住房、居住证只计最高一项：{0}", "rental, own home and residence card count once, the highest: {0}")
COMBINED_UNKNOWN = (
    "租赁、自有住房、居住证的分值可否累加：{0}。两种读法都计入范围：只计最高一项，或全部累加。",
    "Whether rental, own home and residence card add up: {1}. The range takes both readings: the highest only, or all added up.",
)
BOTH_READINGS = ("只计最高一项：{0}；全部累加：{1}", "the highest only: {0}; all added up: {1}")
BOTH_OPEN = ("只计最高一项：至少{0}；全部累加：至少{1}", "the highest only: at least {0}; all added up: at least {1}")
NO_RESIDENCE = Text("无租赁、自有住房或居住证签注：0分", "no rental, own home or residence-card endorsement: 0")


def _years(profile: ApplicantProfile, kind: str, month: int) -> tuple[int, int, bool]:
    """(months of this kind of home in Tianjin to the cut-off month, months after it, held in the cut-off month)."""
    spans, after = month_spans(profile.housing, CITY, month, keep=lambda p: p.kind == kind)
    held = any(start <= month <= end for start, end in spans)
    return total_months(spans), after, held


def residence(profile: ApplicantProfile, pack: TianjinPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.basic.residence
    needs = Needs("residence", pack, LABELS)
    result = IndicatorResult(
        "residence",
        NAMES["residence"],
        ZERO,
        rules=cite(pack, LABELS, *paths_under(pack, "basic.residence"), "counting.per_year"),
        group="basic",
    )
    month = facts.cutoff_month
    items: list[tuple[Decimal | None, Decimal | None]] = []  # (lowest, highest) of each item; None: no bound known

    rented, rented_after, _ = _years(profile, "rented", month)
    result.inputs.append(InputUsed(Text.of(RENTED, format_month(month)), str(rented)))
    if rented:
        rate = rules.rental_points_per_year.value
        if needs.value("counting.per_year") == "pro_rata_months":
            points = round_points(rented * rate / TWELVE)
            result.steps.append(Text.of(RENTAL_MONTHS_STEP, rented, rate, points))
            result.events.append(Event("note", PRO_RATA_NOTE))
        else:
            years = rented // 12
            points = years * rate + ZERO
            result.steps.append(Text.of(RENTAL_STEP, years, rate, points))
            result.events.append(Event("note", FULL_YEARS_NOTE))
        items.append((points, points))

    owned, owned_after, owns_now = _years(profile, "own", month)
    result.inputs.append(InputUsed(Text.of(OWNED, format_month(month)), str(owned)))
    if owned:
        items.append(_own_home(result, needs, profile, pack, owned // 12, owns_now))

    endorsements = asked(result, needs, profile, "residence_card_endorsements")
    per = rules.residence_card.points_per_endorsement.value
    if endorsements is None:
        result.steps.append(CARD_UNKNOWN)
        items.append((ZERO, None))
    elif endorsements:
        result.steps.append(Text.of(CARD_STEP, endorsements, per, endorsements * per))
        items.append((endorsements * per + ZERO, endorsements * per + ZERO))

    dormitory, _, _ = _years(profile, "dormitory", month)
    if dormitory:
        result.events.append(Event("exclusion", Text.of(DORMITORY, dormitory)))
    if rented_after or owned_after:
        result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, rented_after + owned_after, format_month(month))))
    if owned:
        result.events.append(Event("note", OWN_FULL_YEARS))

    scoring = [(low, high) for low, high in items if high is None or high > ZERO]
    if not scoring:
        if not items:
            result.steps.append(NO_RESIDENCE)
        return needs.finish(result)
    lows = [low if low is not None else ZERO for low, _ in scoring]
    highs = [high for _, high in scoring]
    total_high: Decimal | None = ZERO
    for high in highs:
        total_high = add_bound(total_high, high)
    top_high = None if None in highs else max(h for h in highs if h is not None)
    if len(scoring) == 1:
        low, high = lows[0], highs[0]
    else:
        add_up = needs.value("basic.residence.items_add_up")
        if add_up is None:
            result.events.append(Event("note", Text.of(COMBINED_UNKNOWN, NOT_AVAILABLE.zh, NOT_AVAILABLE.en)))
            low, high = max(lows), total_high
            if high is None:
                result.steps.append(Text.of(BOTH_OPEN, low, sum(lows, ZERO)))
            else:
                result.steps.append(Text.of(BOTH_READINGS, low, high))
        elif add_up:
            low, high = sum(lows, ZERO), total_high
            result.steps.append(Text.of(ADD_UP, low))
        else:
            low, high = max(lows), top_high
            result.steps.append(Text.of(HIGHEST, low))
    result.points = low
    between(result, low, high)
    return needs.finish(result)


def _own_home(
    result: IndicatorResult, needs: Needs, profile: ApplicantProfile, pack: TianjinPack, years: int, owns_now: bool
) -> tuple[Decimal | None, Decimal | None]:
    rules = pack.basic.residence.own_home
    area = asked(result, needs, profile, "own_home_area")
    rates = {a: c.value for a, c in rules.per_year.items()}
    if area is None:
        low = years * min(rates.values()) + ZERO
        high = years * max(rates.values()) + ZERO
        result.steps.append(Text.of(OWN_AREA_UNKNOWN, years, min(rates.values()), max(rates.values())))
    else:
        name = AREA_SHORT[area]
        low = high = years * rates[area] + ZERO
        result.steps.append(Text.of(OWN_STEP, name.zh, years, rates[area], low, name.en))
    if rules.new_home_bonus is None or not owns_now:
        return low, high
    new = asked(result, needs, profile, "own_home_new")
    bonuses = {a: c.value for a, c in rules.new_home_bonus.items()}
    if new is False:
        result.steps.append(BONUS_NOT_NEW)
        return low, high
    if new is True and area is not None:
        name = AREA_SHORT[area]
        result.steps.append(Text.of(BONUS_STEP, name.zh, bonuses[area], name.en))
        return low + bonuses[area], high + bonuses[area]
    top = bonuses[area] if area is not None else max(bonuses.values())
    bottom = ZERO if new is None else min(bonuses.values())  # new, somewhere not answered: at least the smallest bonus
    result.steps.append(Text.of(BONUS_UNKNOWN, top))
    return low + bottom, high + top


# ---------------------------------------------------------------- title or skill level, with its conditions

TITLE = Text("专业技术职称", "professional title")
SKILL = Text("职业技能等级", "vocational skill level")
NONE_HELD = Text("无职称或技能等级：0分", "no title or skill level: 0")
NOT_LISTED = ("本版本规则未列出{0}的分值：0分。", "This edition lists no points for {1}: 0.")
CANDIDATE = ("{0} → {1}", "{2} → {1}")
CANDIDATE_MISSING = ("{0} → {1}", "{2} → {3}")
FAILS = ("{0}：不符合“{1}” → 0分", "{2}: not met, {3} → 0")
DEPENDS = ("{0}：是否{1}，未回答 → 0或{2}分", "{3}: whether {4}: not answered → 0 or {2}")
MATCH = ("证书与单位主营业务和岗位相符", "the certificate matches the employer's business and the post")
WAGE = ("缴费基数高于上年度月平均工资", "the contribution base is above last year's average wage")
# FAILS reads "not met, <condition>": the English condition as a requirement
MATCH_REQUIRED = "the certificate must match the employer's business and the post"
WAGE_REQUIRED = "the contribution base must be above last year's average wage"
HIGHEST_STEP = ("取最高一项：{0}", "the highest counts: {0}")
TITLE_SKILL_ADD_UP = ("职称与职业技能等级相加：{0}", "the title and the skill level added: {0}")
TITLE_SKILL_UNKNOWN = (
    "职称与职业技能等级可否累加：{0}。两种读法都计入范围：只计最高一项，或两者相加。",
    "Whether a title and a skill level add up: {1}. The range takes both readings: the highest only, or the two added.",
)


def title_skill(profile: ApplicantProfile, pack: TianjinPack) -> IndicatorResult:
    scale, conditions = pack.basic.title_skill, pack.basic.title_conditions
    needs = Needs("title_skill", pack, LABELS)
    result = IndicatorResult(
        "title_skill",
        NAMES["title_skill"],
        ZERO,
        rules=cite(pack, LABELS, *paths_under(pack, "basic.title_skill"), *paths_under(pack, "basic.title_conditions")),
        group="basic",
    )
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
    answers: dict[str, object] = {}

    def condition(path: str, key: str) -> bool | None:
        """Met (True), not met (False) or not known (None): the rule, then the applicant's answer."""
        required = needs.value(path)
        if required is False:
            return True
        if key not in answers:
            answers[key] = asked(result, needs, profile, key)
        given = answers[key]
        if given is None:
            return None
        return bool(given) if required else (True if given else None)

    lows: list[Decimal] = [ZERO]
    highs: list[Decimal | None] = [ZERO]
    wage_levels = set(conditions.wage_base_levels.value or ())
    for kind, level, name, table in held:
        if level not in table:
            result.events.append(Event("note", Text.of(NOT_LISTED, name.zh, name.en)))
            continue
        points = needs.value(f"basic.title_skill.{kind}.{level}")
        if points is None:
            result.steps.append(Text.of(CANDIDATE_MISSING, name.zh, NOT_AVAILABLE.zh, name.en, NOT_AVAILABLE.en))
            highs.append(None)
            continue
        result.steps.append(Text.of(CANDIDATE, name.zh, points, name.en))
        tests = [(MATCH, MATCH_REQUIRED, condition("basic.title_conditions.matches_post", "title_matches_post"))]
        if level in wage_levels:
            met = condition("basic.title_conditions.wage_base_above_average", "wage_base_above_average")
            tests.append((WAGE, WAGE_REQUIRED, met))
        failed = [(words, required) for words, required, met in tests if met is False]
        unknown = [words for words, _, met in tests if met is None]
        if failed:
            words, required = failed[0]
            result.events.append(Event("exclusion", Text.of(FAILS, name.zh, words[0], name.en, required)))
            continue
        if unknown:
            words = unknown[0]
            result.steps.append(Text.of(DEPENDS, name.zh, words[0], points, name.en, words[1]))
            highs.append(points)
            continue
        lows.append(points)
        highs.append(points)
    low = max(lows)
    known_highs = None if None in highs else [h for h in highs if h is not None]  # None: one has no upper bound
    high = None if known_highs is None else max(known_highs)
    if len(held) > 1:
        # both held: only the highest counts, unless the pack says they add up (or does not know)
        add_up = needs.value("basic.title_skill.add_up") if scale.add_up is not None else False
        summed_low = sum(lows, ZERO)
        summed_high = None if known_highs is None else sum(known_highs, ZERO)
        if add_up is None:
            result.events.append(Event("note", Text.of(TITLE_SKILL_UNKNOWN, NOT_AVAILABLE.zh, NOT_AVAILABLE.en)))
            high = summed_high
            result.steps.append(Text.of(BOTH_READINGS, low, high) if high is not None else Text.of(BOTH_OPEN, low, summed_low))
        elif add_up:
            low, high = summed_low, summed_high
            result.steps.append(Text.of(TITLE_SKILL_ADD_UP, low))
        else:
            result.steps.append(Text.of(HIGHEST_STEP, low))
    result.points = low
    between(result, low, high)
    return needs.finish(result)
