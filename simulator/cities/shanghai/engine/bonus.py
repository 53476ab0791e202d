"""Shanghai's bonus indicators (Art. 7): the two talent items, a shortage major, investment (tax or local hiring),
the contribution base, a specified public-service field, a remote key district, a fresh graduate, awards and a
spouse with Shanghai hukou. Each adds to the total; a value the sources do not give, or a fact not answered, makes
the item a range."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from simulator.cities.shanghai.engine.facts import CITY, NOTHING, RoundFacts, new_result, unanswered, use_fact
from simulator.cities.shanghai.indicators import NAMES
from simulator.cities.shanghai.labels import BANDS, LABELS
from simulator.cities.shanghai.pack import ShanghaiPack
from simulator.core.dates import completed_age
from simulator.core.decimals import ZERO, fmt
from simulator.core.result import NOT_AVAILABLE, Event, IndicatorResult, InputUsed, Text
from simulator.engine.cite import paths_under
from simulator.engine.gaps import Needs, between
from simulator.profile.model import ApplicantProfile

HUNDRED = Decimal(100)
CAP = ("本项最高{0}分（计算得{1}）。", "Capped at {0} (computed {1}).")
CAP_UNKNOWN = (
    "本项上限{0}：在0分与不设上限的{1}分之间。",
    "The cap of this item is {2}: between 0 and the uncapped {1}.",
)


def _set(result: IndicatorResult, low: Decimal | None, high: Decimal | None) -> None:
    if low is not None and low == high:
        result.points = low
    else:
        between(result, low, high)


def _capped(result: IndicatorResult, needs: Needs, path: str, raw: Decimal) -> Decimal:
    """`raw` under the cap at `path` (an unknown cap: between 0 and `raw`, as the caller sets)."""
    cap = needs.value(path)
    if cap is None:
        return raw
    if raw > cap:
        result.events.append(Event("cap", Text.of(CAP, cap, raw)))
        return cap
    return raw


# ---------------------------------------------------------------- the items a person simply is
FLAT_STEP = ("{0} → {1}", "{2} → {1}")


def _flat(indicator: str, pack: ShanghaiPack, facts: RoundFacts, key: str) -> IndicatorResult:
    result, needs = new_result(indicator, NAMES[indicator], pack, LABELS, paths_under(pack, f"bonus.{indicator}"), "bonus")
    holds = use_fact(result, facts, key)
    if holds is None:
        unanswered(needs, key)
        points = needs.value(f"bonus.{indicator}.points")
        between(result, ZERO, points)
        return needs.finish(result)
    if not holds:
        result.steps.append(NOTHING)
        return result
    points = needs.value(f"bonus.{indicator}.points")
    if points is None:
        between(result, ZERO, None)
    else:
        result.points = points
        result.steps.append(Text.of(FLAT_STEP, NAMES[indicator].zh, points, NAMES[indicator].en))
    return needs.finish(result)


SHORTAGE_NOTE = Text(
    "紧缺急需专业目录（实务中仅限全日制大专，专业名称和代码须一致）未能读到：按申请人的申报计分。",
    "The shortage list (in practice full-time junior college only, name and code matching exactly) "
    "was not read: scored as the applicant declares.",
)


def shortage_major(pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    result = _flat("shortage_major", pack, facts, "shortage_major")
    if result.points or result.ranged:
        result.events.append(Event("note", SHORTAGE_NOTE))
    return result


# ---------------------------------------------------------------- investment: tax or local hiring
TAX_YEAR = ("{0}年所创办企业纳税（元）", "tax of the own enterprise {0} (yuan)")
AVERAGE_STEP = ("{0}–{1}年纳税合计{2} ÷ {3}年 = 年均{4}", "tax {0}–{1} in all {2} ÷ {3} years = {4} a year")
NOT_ENTERED = ("{0}年未填写，按未纳税计。", "No tax entered for {0}: counted as none paid.")
SHARE_STEP = ("× 投资比例{0}% = {1}", "× investment share {0}% = {1}")
TAX_STEP = ("纳税：{0} ÷ {1} = {2}档 × {3} = {4}", "tax: {0} ÷ {1} = {2} full steps × {3} = {4}")
HIRES_STEP = ("聘用本市户籍人员：{0} ÷ {1} = {2}档 × {3} = {4}", "Shanghai-hukou staff: {0} ÷ {1} = {2} full steps × {3} = {4}")
HIGHER_STEP = ("纳税与聘用只取较高一项：{0}", "tax or hiring, the higher only: {0}")
WHOLE_NOTHING = (
    "即使按企业全部份额计算也只得{0}分，投资比例不影响结果。",
    "Even for the whole enterprise it scores {0}: the share does not matter.",
)
SHARE_UNKNOWN = Text(
    "未回答投资比例：按比例计算的分值在0分与按全部份额计算的分值之间。",
    "The investment share is not answered: the points lie between 0 and those of the whole enterprise.",
)


def _floor(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


def investment(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.bonus.investment
    result, needs = new_result("investment", NAMES["investment"], pack, LABELS, paths_under(pack, "bonus.investment"), "bonus")
    window = rules.window_years.value
    last = facts.cutoff.year
    first = last - window + 1
    entries = {t.year: t.amount_yuan for t in profile.investment_tax if t.city == CITY and first <= t.year <= last}
    hires = Decimal(facts.answers.get("local_hires_average") or 0)
    if not any(entries.values()) and not hires:
        result.steps.append(NOTHING)
        return result
    for year in range(first, last + 1):
        if year in entries:
            result.inputs.append(InputUsed(Text.of(TAX_YEAR, year), f"{entries[year]:,}"))
    total = sum(entries.values(), ZERO)
    average = total / window
    result.steps.append(Text.of(AVERAGE_STEP, first, last, total, window, average.quantize(Decimal("0.01"))))
    missing_years = [str(y) for y in range(first, last + 1) if y not in entries]
    if missing_years and total:
        not_entered = Text.of(NOT_ENTERED, "、".join(missing_years))
        result.events.append(Event("note", Text(not_entered.zh, NOT_ENTERED[1].format(", ".join(missing_years)))))
    use_fact(result, facts, "local_hires_average")
    shares: list[Decimal] = [HUNDRED]
    if needs.value("bonus.investment.by_share"):
        share = use_fact(result, facts, "investment_share_percent")
        if share is None:
            shares = [ZERO, HUNDRED]
        else:
            shares = [min(Decimal(share), HUNDRED)]
    raws = [_investment_points(result, rules, average, hires, share, explain=len(shares) == 1) for share in shares]
    if len(shares) > 1:
        if max(raws) == min(raws):  # nothing to score even at the whole enterprise: the share does not matter
            result.steps.append(Text.of(WHOLE_NOTHING, max(raws)))
        else:
            unanswered(needs, "investment_share_percent")
            result.events.append(Event("note", SHARE_UNKNOWN))
    cap = needs.value("bonus.investment.max_points")
    if cap is None:  # between 0 (a cap could be that low) and the uncapped points
        _set(result, ZERO, max(raws))
        return needs.finish(result)
    if len(raws) == 1 and raws[0] > cap:
        result.events.append(Event("cap", Text.of(CAP, cap, raws[0])))
    _set(result, min(min(raws), cap), min(max(raws), cap))
    return needs.finish(result)


def _investment_points(result, rules, average: Decimal, hires: Decimal, share: Decimal, *, explain: bool) -> Decimal:
    """The points before the cap at one investment share; the steps are shown where the share is known."""
    step_points = rules.points_per_step.value
    tax = (average * share / HUNDRED).quantize(Decimal("0.01"))
    staff = hires * share / HUNDRED
    tax_steps = _floor(tax / rules.tax_step_yuan.value)
    hire_steps = _floor(staff / rules.hires_step.value)
    tax_points, hire_points = tax_steps * step_points + ZERO, hire_steps * step_points + ZERO
    both = rules.higher_of_two.value
    raw = max(tax_points, hire_points) if both else tax_points + hire_points
    if explain:
        if share != HUNDRED:
            result.steps.append(Text.of(SHARE_STEP, share, tax))
        result.steps.append(Text.of(TAX_STEP, tax, rules.tax_step_yuan.value, tax_steps, step_points, tax_points))
        if hires:
            result.steps.append(Text.of(HIRES_STEP, staff, rules.hires_step.value, hire_steps, step_points, hire_points))
            if both:
                result.steps.append(Text.of(HIGHER_STEP, raw))
    return raw


# ---------------------------------------------------------------- the contribution base
INSURED_WINDOW = ("最近{0}个月内本市缴费月数（补缴不计）", "Shanghai insured months in the last {0} (back-payments left out)")
BAND_MET = (
    "{0}：最近{1}个月中累计{2}个月不低于社平工资{3}倍（{4}个月）→ {5}",
    "{6}: at least {3}× in {2} of the last {1} months ({4}) → {5}",
)
BAND_UNMET = (
    "{0}：最近{1}个月中不低于社平工资{3}倍的只有{4}个月，不足{2}个月",
    "{6}: at least {3}× in only {4} of the last {1} months, short of {2}",
)
BAND_SHORT = (
    "{0}：最近{1}个月内在本市只缴费{4}个月，不足{2}个月",
    "{6}: only {4} Shanghai insured months in the last {1}, short of {2}",
)
BAND_INFERRED = ("{0}：由其他档的回答可知{7}（{5}分）", "{6}: {8} from the answers for the other bands ({5})")
BAND_UNKNOWN = ("{0}：未回答（{5}分）", "{6}: not answered ({5})")
BASE_NOTE = Text(
    "月数由申请人按月比较缴费基数与当时适用的社平工资得出；人才政策所用社平工资见本项说明。",
    "The applicant counts the months, comparing each month's base with the average wage that applied to it; the "
    "figures talent policies use are in this item's help.",
)


def contribution_base(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    bands = pack.bonus.contribution_base.bands
    result, needs = new_result(
        "contribution_base", NAMES["contribution_base"], pack, LABELS, paths_under(pack, "bonus.contribution_base"), "bonus"
    )
    rules = {
        band_id: (band.multiple.value, band.months.value, band.window_months.value, band.points.value)
        for band_id, band in bands.items()
    }
    answers = {band_id: facts.answers.get(f"base_months_{band_id}") for band_id in bands}
    for window in sorted({r[2] for r in rules.values()}, reverse=True):
        result.inputs.append(InputUsed(Text.of(INSURED_WINDOW, window), str(facts.counted_months(profile, window))))
    for band_id in bands:
        if answers[band_id] is not None:
            use_fact(result, facts, f"base_months_{band_id}")
    state: dict[str, bool | None] = {}
    for band_id, (multiple, months, window, points) in sorted(rules.items(), key=lambda r: r[1][3], reverse=True):
        name = BANDS.get(band_id, Text(band_id, band_id))
        insured = facts.counted_months(profile, window)
        answer = answers[band_id]
        values = (name.zh, window, months, multiple, answer, points, name.en)
        if insured < months:  # a base is met only in months insured in Shanghai
            state[band_id] = False
            result.steps.append(Text.of(BAND_SHORT, name.zh, window, months, multiple, insured, points, name.en))
        elif answer is not None:
            state[band_id] = answer >= months
            result.steps.append(Text.of(BAND_MET if state[band_id] else BAND_UNMET, *values))
        else:
            state[band_id] = _inferred(band_id, rules, answers)
            if state[band_id] is None:
                result.steps.append(Text.of(BAND_UNKNOWN, *values))
            else:
                met = state[band_id]
                result.steps.append(Text.of(BAND_INFERRED, *values, "已达到" if met else "未达到", "met" if met else "not met"))
    low = max((rules[b][3] for b, met in state.items() if met), default=ZERO)
    high = max((rules[b][3] for b, met in state.items() if met is not False), default=ZERO)
    for band_id, met in state.items():
        if met is None and rules[band_id][3] > low:
            unanswered(needs, f"base_months_{band_id}")
    if high > ZERO:
        result.events.append(Event("note", BASE_NOTE))
    _set(result, low, high)
    return needs.finish(result)


def _inferred(band_id: str, rules: dict, answers: dict) -> bool | None:
    """A band not answered, settled by the answers for the others: months at a higher multiple within a shorter
    window are never more than those at a lower multiple within a longer one."""
    multiple, months, window, _ = rules[band_id]
    for other, answer in answers.items():
        if answer is None or other == band_id:
            continue
        m, _n, w, _p = rules[other]
        if m <= multiple and w >= window and answer < months:
            return False
        if m >= multiple and w <= window and answer >= months:
            return True
    return None


# ---------------------------------------------------------------- items counted after so many years
READINGS = {
    "all_years": Text(
        "读法：满规定年限后，全部年限计分（规则“满N年后开始计入”的字面读法）。",
        "Reading used: once the years are reached, every year counts (the literal reading of 'counted after N years').",
    ),
    "beyond_only": Text(
        "读法：只计超过规定年限的年数。",
        "Reading used: only the years beyond the threshold count.",
    ),
}
YEARS_STEP = ("{0}年（满{1}年后计入）→ 计{2}年 × {3} = {4}", "{0} years (counted after {1}) → {2} years count × {3} = {4}")
FIRST_YEAR_STEP = ("{0}年（当年计入）× {1} = {2}", "{0} years (counted from the first year) × {1} = {2}")
SHORT_STEP = ("{0}年，未满{1}年：0分", "{0} years, short of {1}: 0")


def _years_counted(years: int, after: int, reading: str) -> int:
    if reading == "beyond_only":
        return max(0, years - after)
    return years if years >= after else 0


def public_service(pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.bonus.public_service
    paths = (*paths_under(pack, "bonus.public_service"), "bonus.threshold_reading")
    result, needs = new_result("public_service", NAMES["public_service"], pack, LABELS, paths, "bonus")
    years = use_fact(result, facts, "public_service_years") or 0
    if not years:
        result.steps.append(NOTHING)
        return result
    after, rate, reading = rules.counts_after_years.value, rules.points_per_year.value, pack.bonus.threshold_reading.value
    counted = _years_counted(years, after, reading)
    result.events.append(Event("note", READINGS[reading]))
    if not counted:
        result.steps.append(Text.of(SHORT_STEP, years, after))
        return result
    raw = counted * rate + ZERO
    result.steps.append(Text.of(YEARS_STEP, years, after, counted, rate, raw))
    points = _capped(result, needs, "bonus.public_service.max_points", raw)
    if not needs.known("bonus.public_service.max_points"):
        result.steps.append(Text.of(CAP_UNKNOWN, NOT_AVAILABLE.zh, raw, NOT_AVAILABLE.en))
        between(result, ZERO, raw)
    else:
        result.points = points
    return needs.finish(result)


AREA_STEP = ("{0}：{1}", "{2}: {3}")
LINGANG_READINGS = {
    "first_year": (
        "临港新片区：{0}起当年计入（本规则包的读法，未经确认；另一读法仍须满{1}年）。",
        "Lingang: counted from the first year from {0} (this pack's reading, unconfirmed; the other reading "
        "still needs {1} years).",
    ),
    "after_years": (
        "临港新片区：满{1}年后计入（本规则包的读法；另一读法{0}起当年计入）。",
        "Lingang: counted after {1} years (this pack's reading; the other reading counts from the first year from {0}).",
    ),
}
LINGANG_BEFORE = ("临港新片区：满{0}年后计入。", "Lingang: counted after {0} years.")
NOT_IN_LIST = Text(
    "五个新城和南北地区重点转型区域不在本版本的远郊重点区域名单内：0分。",
    "The five new towns and the north/south transformation areas are not remote key districts under this edition: 0.",
)
WIDER_UNKNOWN = (
    "五个新城和南北地区重点转型区域自何时起计分：{0}；可能计分，也可能不计。",
    "From when the five new towns and the north/south transformation areas count: {1}; they may count or not.",
)
WIDER_BEFORE = ("五个新城等区域自{0}起计分：申请时尚未施行，0分。", "The new towns count from {0}: not yet in force, 0.")
AREA_UNKNOWN = Text(
    "未回答所在区域：各区域计入年限不同，取各种情况的最低与最高分。",
    "The district is not answered: the districts count from different years, so the points take the lowest and highest.",
)


def remote_district(pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.bonus.remote_district
    paths = (*paths_under(pack, "bonus.remote_district"), "bonus.threshold_reading")
    result, needs = new_result("remote_district", NAMES["remote_district"], pack, LABELS, paths, "bonus")
    years = use_fact(result, facts, "remote_district_years") or 0
    if not years:
        result.steps.append(NOTHING)
        return result
    area = use_fact(result, facts, "remote_district_area")
    reading = pack.bonus.threshold_reading.value
    result.events.append(Event("note", READINGS[reading]))
    areas = [area] if area is not None else ["listed", "lingang", "new_town"]
    lows, highs = [], []
    for candidate in areas:
        low, high = _remote_points(result, needs, rules, facts, candidate, years, reading)
        lows.append(low)
        highs.append(high)
    if area is None and min(lows) != max(highs):
        unanswered(needs, "remote_district_area")
        result.events.append(Event("note", AREA_UNKNOWN))
    _set(result, min(lows), max(highs))
    return needs.finish(result)


def _remote_points(result, needs: Needs, rules, facts: RoundFacts, area: str, years: int, reading: str):
    """(lowest, highest) points of `years` in one kind of district."""
    rate, cap = rules.points_per_year.value, rules.max_points.value
    from simulator import cities

    area_name = dict(cities.get(CITY).fact("remote_district_area").choices)[area]
    unsure = False
    if area == "lingang":
        after = rules.lingang_counts_after_years.value
        lingang = rules.lingang_reading
        if lingang is not None and rules.lingang_first_year_from is not None:
            since = rules.lingang_first_year_from.value
            result.events.append(Event("note", Text.of(LINGANG_READINGS[lingang.value], since, after)))
            if lingang.value == "first_year" and facts.cutoff >= since:
                after = 0
        else:
            result.events.append(Event("note", Text.of(LINGANG_BEFORE, after)))
    elif area == "new_town":
        if rules.wider_areas_from is None:
            result.events.append(Event("note", NOT_IN_LIST))
            return ZERO, ZERO
        wider = rules.wider_areas_counts_after_years
        after = wider.value if wider is not None else rules.counts_after_years.value
        if _years_counted(years, after, reading):  # from when they count matters only where the years would score
            since = needs.value("bonus.remote_district.wider_areas_from")
            if since is None:
                result.events.append(Event("note", Text.of(WIDER_UNKNOWN, NOT_AVAILABLE.zh, NOT_AVAILABLE.en)))
                unsure = True
            elif facts.cutoff < since:
                result.events.append(Event("note", Text.of(WIDER_BEFORE, since)))
                return ZERO, ZERO
    else:
        after = rules.counts_after_years.value
    counted = _years_counted(years, after, reading)
    if not counted:
        step = Text.of(SHORT_STEP, years, after)
        result.steps.append(Text.of(AREA_STEP, area_name.zh, step.zh, area_name.en, step.en))
        return ZERO, ZERO
    raw = counted * rate + ZERO
    step = Text.of(FIRST_YEAR_STEP, years, rate, raw) if after == 0 else Text.of(YEARS_STEP, years, after, counted, rate, raw)
    result.steps.append(Text.of(AREA_STEP, area_name.zh, step.zh, area_name.en, step.en))
    points = raw
    if raw > cap:
        result.events.append(Event("cap", Text.of(CAP, cap, raw)))
        points = cap
    return (ZERO if unsure else points), points


# ---------------------------------------------------------------- a fresh graduate
GRADUATED_LATER = ("{0}年毕业，晚于申请年份{1}：0分", "graduating in {0}, after the application year {1}: 0")
GRADUATION_YEAR = ("{0}年毕业，当年申请 → {1}", "graduated in {0}, applying that year → {1}")
WINDOW_UNKNOWN = (
    "{0}年毕业、{1}年申请：应届生加分在毕业后可使用多久{2}（“仅限毕业当年”“毕业当年或次年”“首次申请”等说法不一）。",
    "Graduated in {0}, applying in {1}: how long after graduation the item can be used is {3} (sources say 'the "
    "graduation year only', 'that year or the next', 'on the first application').",
)
WINDOW_KNOWN = ("{0}年毕业、{1}年申请：毕业后{2}年内可使用 → {3}", "graduated {0}, applying {1}: usable {2} years after → {3}")


def fresh_graduate(pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.bonus.fresh_graduate
    result, needs = new_result(
        "fresh_graduate", NAMES["fresh_graduate"], pack, LABELS, paths_under(pack, "bonus.fresh_graduate"), "bonus"
    )
    if not use_fact(result, facts, "fresh_graduate"):
        result.steps.append(NOTHING)
        return result
    points = rules.points.value
    graduated = use_fact(result, facts, "graduation_year")
    if graduated is None:
        unanswered(needs, "graduation_year")
        between(result, ZERO, points)
        return needs.finish(result)
    applying = facts.year
    if graduated > applying:
        result.steps.append(Text.of(GRADUATED_LATER, graduated, applying))
        return result
    if graduated == applying:  # every reading of the window agrees
        result.points = points
        result.steps.append(Text.of(GRADUATION_YEAR, graduated, points))
        return result
    window = needs.value("bonus.fresh_graduate.years_after_graduation")
    if window is None:
        result.events.append(Event("note", Text.of(WINDOW_UNKNOWN, graduated, applying, NOT_AVAILABLE.zh, NOT_AVAILABLE.en)))
        between(result, ZERO, points)
        return needs.finish(result)
    result.points = points if applying - graduated <= window else ZERO
    result.steps.append(Text.of(WINDOW_KNOWN, graduated, applying, window, result.points))
    return needs.finish(result)


# ---------------------------------------------------------------- awards
AWARD = Text("表彰奖励", "award")
GENERIC_KINDS = {"title": Text("荣誉称号", "honorary title"), "commendation": Text("表彰奖励", "commendation or award")}
NOT_IN_SHANGHAI = ("{0}：非在沪工作期间取得，不计分。", "{1}: not earned while working in Shanghai, not counted.")
AFTER_CUTOFF = ("{0}（{2}年）：晚于计算截止日，不计。", "{1} ({2}): after the counting date, not counted.")
KIND_STEP = ("{0} → {2}", "{1} → {2}")
BY_LEVEL = (
    "{0}：未按上海的类别填写，按授予级别计为{2}。",
    "{1}: not entered as one of Shanghai's kinds, scored by the awarding level as a {3}.",
)
LEVEL_RANGE = ("{0}：市级（{2}–{3}分，取决于授予机关与奖项类别）", "{1}: municipal ({2}-{3}, depending on the body and kind)")
NOT_AN_ITEM = (
    "{0}：区县级或未注明级别的奖项不属于本项，不计。",
    "{1}: district-level or unlevelled awards are not items of this indicator.",
)
DIRECTORY = Text(
    "只有列入市政府批准公布的表彰奖励目录的奖项计分；目录未能读到，按申请人的申报计分。",
    "Only awards in the directory the city government approves and publishes count; the directory was not read, so "
    "the awards count as declared.",
)
HIGHEST_ONLY = ("只计最高一项：{0}", "the highest only: {0}")


def _award_name(entry, kinds) -> Text:
    """How an award is called in the derivation: its note, else the kind it was entered as."""
    if entry.note:
        return Text(entry.note, entry.note)
    if entry.kind in kinds:
        return kinds[entry.kind].name
    return GENERIC_KINDS.get(entry.kind, Text(entry.kind, entry.kind))


def awards(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.bonus.awards
    result, needs = new_result("awards", NAMES["awards"], pack, LABELS, paths_under(pack, "bonus.awards"), "bonus")
    kinds = rules.kinds
    values = {kind: rule.points.value for kind, rule in kinds.items()}
    lows: list[Decimal] = []
    highs: list[Decimal] = []
    for entry in profile.honours:
        name = _award_name(entry, kinds)
        if entry.year is not None and entry.year > facts.cutoff.year:
            result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, name.zh, name.en, entry.year)))
            continue
        if rules.earned_in_shanghai.value and entry.city != CITY:
            result.events.append(Event("exclusion", Text.of(NOT_IN_SHANGHAI, name.zh, name.en)))
            continue
        kind_id = entry.kind if entry.kind in kinds else None
        if kind_id is None and entry.level in ("national", "provincial") and "provincial_or_higher" in kinds:
            kind_id = "provincial_or_higher"
            level_name = kinds[kind_id].name
            result.events.append(Event("note", Text.of(BY_LEVEL, name.zh, name.en, level_name.zh, level_name.en)))
        shown = name if entry.year is None else Text(f"{name.zh}（{entry.year}年）", f"{name.en} ({entry.year})")
        result.inputs.append(InputUsed(AWARD, shown.en, shown))
        if kind_id is not None:
            points = values[kind_id]
            result.steps.append(Text.of(KIND_STEP, name.zh, name.en, points))
            lows.append(points)
            highs.append(points)
        elif entry.level == "municipal" and values:
            # a city-level body of Shanghai may be a department (specific or comprehensive) or the government itself
            low, high = min(values.values()), max(values.values())
            result.steps.append(Text.of(LEVEL_RANGE, name.zh, name.en, low, high))
            lows.append(low)
            highs.append(high)
        else:
            result.events.append(Event("exclusion", Text.of(NOT_AN_ITEM, name.zh, name.en)))
    if not highs:
        result.steps.append(NOTHING)
        return needs.finish(result)
    result.events.append(Event("note", DIRECTORY))
    low, high = max(lows), max(highs)
    if len(highs) > 1 and rules.highest_only.value:
        result.steps.append(Text.of(HIGHEST_ONLY, fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"))
    _set(result, low, high)
    return needs.finish(result)


# ---------------------------------------------------------------- a spouse with Shanghai hukou
MARRIED_STEP = ("{0}结婚，至{1}满{2}年 × {3} = {4}", "married {0}: {2} full years to {1} × {3} = {4}")


def spouse(pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.bonus.spouse
    result, needs = new_result("spouse", NAMES["spouse"], pack, LABELS, paths_under(pack, "bonus.spouse"), "bonus")
    if not use_fact(result, facts, "spouse_shanghai_hukou"):
        result.steps.append(NOTHING)
        return result
    married = use_fact(result, facts, "marriage_date")
    if married is None:
        unanswered(needs, "marriage_date")
        between(result, ZERO, rules.max_points.value)
        return needs.finish(result)
    years = max(0, completed_age(married, facts.cutoff))
    raw = years * rules.points_per_year.value + ZERO
    result.steps.append(Text.of(MARRIED_STEP, married, facts.cutoff, years, rules.points_per_year.value, raw))
    result.points = _capped(result, needs, "bonus.spouse.max_points", raw)
    return needs.finish(result)


def score_all(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> list[IndicatorResult]:
    return [
        _flat("entrepreneur", pack, facts, "entrepreneur_talent"),
        _flat("intermediary", pack, facts, "intermediary_talent"),
        shortage_major(pack, facts),
        investment(profile, pack, facts),
        contribution_base(profile, pack, facts),
        public_service(pack, facts),
        remote_district(pack, facts),
        fresh_graduate(pack, facts),
        awards(profile, pack, facts),
        spouse(pack, facts),
    ]
