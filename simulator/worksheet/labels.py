"""Every fixed phrase on the worksheet, in Chinese and English."""

from __future__ import annotations

from simulator import APP_NAME, APP_NAME_ZH

LABELS: dict[str, tuple[str, str]] = {
    # the coming rounds (projection)
    "projection_heading": ("未来各年度预测（假设现状持续）", "Coming rounds (assuming today's situation continues)"),
    "projection_intro": (
        "按{as_of}的情况推算：社保、住所等进行中的期间持续到各年度截止日，年龄分逐年变化，处罚记录到期后不再扣分。每一年的分数都由计算引擎按该年度规则重新计算。",
        "Projected from the situation on {as_of}: ongoing insurance, housing and work periods continue to each "
        "round's cut-off, age points change, penalties leave their windows. Every year is scored again by the engine "
        "under that year's rules.",
    ),
    "projection_year": ("申报年度", "Round"),
    "projection_total": ("预测总分", "Projected total"),
    "projection_band": ("分数线估计区间", "Line estimate"),
    "projection_changes": ("变化及原因", "What changes, and why"),
    "projection_whatif": ("（不符合申请条件）", " (conditions not met)"),
    "projection_legend_total": ("预测总分", "projected total"),
    "projection_legend_line": ("已公布分数线", "published line"),
    "projection_legend_band": ("分数线估计区间（仅供参考）", "estimated line range (an estimate)"),
    "projection_none": ("与上一年相同", "as the year before"),
    # header
    "title": ("积分落户测算工作表", "Points-settlement worksheet"),
    "running_title": ("积分落户测算工作表", "Points worksheet"),
    "city": ("城市", "City"),
    "edition": ("规则版本", "Rule edition"),
    "data_version": ("规则数据版本", "Rule data version"),
    "pack_hash": ("校验码", "hash"),
    "year": ("申报年度", "Declaration year"),
    "cutoff": ("计算截止日", "Counted up to"),
    "program": ("程序版本", "Program version"),
    "computed_on": ("计算日期", "Date computed"),
    "program_name": ("积分落户模拟器", "Points Simulator"),
    "at_a_glance": ("测算结果", "Result"),
    "total_points": ("测算总分", "Total points"),
    "total_points_whatif": ("测算总分（假设测算）", "Total points (what-if)"),
    "qualified_yes": ("符合申请条件", "Meets the qualification conditions"),
    "qualified_no": ("不符合申请条件", "Does NOT meet the qualification conditions"),
    "vs_latest": ("与{round}年分数线 {line} 相比：{diff}", "Against the {round} line of {line}: {diff}"),
    "whatif_banner": (
        "不符合申请条件：本表分数仅为假设测算（what-if），不能据此申报",
        "Qualification not met: every score on this sheet is a what-if, not a declarable result",
    ),
    "whatif_total": (
        "假设测算：不符合申请条件（{conditions}），此分数不能用于申报。",
        "What-if only: the qualification is not met ({conditions}), so this score cannot be declared.",
    ),
    # other cities: channel, gaps, user-supplied values, veto, pass mark, tie-break, groups, comparison
    "channel_heading": ("落户渠道", "Settlement channel"),
    "channel_instead": ("适用其他落户渠道（不计分）", "Another settlement channel applies (not scored)"),
    "provisional": ("暂定", "PROVISIONAL"),
    "provisional_total": ("暂定总分", "Provisional total"),
    "provisional_heading": ("暂定：缺少官方分值", "Provisional: official values not available"),
    "provisional_intro": (
        "以下规则分值在已知资料中没有找到，总分只计入已知部分。持有官方指标表的用户可以补充这些数值（用户提供的数值会在本表注明）。",
        "The values below are not given by the sources; the total counts only what is known. A user holding the "
        "official indicator table can supply them (user-supplied values are labelled on this sheet).",
    ),
    "not_available": ("官方分值暂缺", "official value not available"),
    "value_path": ("数值路径", "Value path"),
    "user_supplied_heading": ("用户提供的数值", "User-supplied values"),
    "user_supplied_intro": (
        "以下数值不是规则包中的数值，而是用户自行提供的；计算结果依赖其准确性。",
        "The values below do not come from the rule pack; the user supplied them, and the result depends on them.",
    ),
    "value": ("数值", "Value"),
    "user_note": ("来源说明", "Source given"),
    "replaced": ("替换的规则包数值", "Replaced pack value"),
    "filled_gap": ("（原缺）", "(was not available)"),
    "veto": ("一票否决", "One-vote veto"),
    "pass_mark": ("合格分数线", "Pass mark"),
    "pass_mark_met": ("达到合格分数线 {mark}（{diff}）", "Reaches the pass mark of {mark} ({diff})"),
    "pass_mark_unmet": ("未达到合格分数线 {mark}（{diff}）", "Below the pass mark of {mark} ({diff})"),
    "tie_break": ("同分排序依据", "Tie-break order"),
    "tie_break_intro": (
        "总分相同时，按以下顺序依次比较，数值高者优先：",
        "Where totals are equal, these are compared in order, higher first:",
    ),
    "groups": ("分组小计", "Group subtotals"),
    "group_basic": ("基础分", "Basic points"),
    "group_bonus": ("加分", "Bonus points"),
    "group_deduction": ("减分", "Deductions"),
    "comparison": ("多城市对比（同一申请人）", "City comparison (the same applicant)"),
    "comparison_intro": (
        "同一申请人的信息按各城市规则分别测算；共用的事实只填写一次。",
        "The same applicant's facts scored under each city's rules; shared facts are entered once.",
    ),
    "col_city": ("城市", "City"),
    "col_result": ("总分／渠道", "Total / channel"),
    "col_qualified": ("申请条件", "Qualification"),
    "col_target": ("比较对象", "Compared with"),
    "topic": ("共同事项", "Shared topic"),
    "not_scored": ("—", "—"),
    "missing_count": ("暂定，缺 {n} 项", "provisional, {n} missing"),
    # applicant
    "applicant": ("申请人", "Applicant"),
    "name": ("姓名", "Name"),
    "id_number": ("身份证号", "ID number"),
    "id_masked": ("（已隐去部分号码）", "(partly masked)"),
    "birth_date": ("出生日期", "Date of birth"),
    "retirement_category": ("退休年龄类别", "Retirement category"),
    "residence_permit": ("本市居住证", "Residence permit"),
    "criminal_record": ("刑事犯罪记录", "Criminal record"),
    "education": ("学历学位", "Education"),
    "study_period": ("学习期间", "study period"),
    "innovation": ("创新创业", "Innovation"),
    "tier": ("档次 {value}", "tier {value}"),
    "share": ("持股 {value}%", "share {value}%"),
    "financing": ("融资 {value} 元", "financing {value} yuan"),
    "item_years": ("{value} 年", "{value} years"),
    "income_tax": ("个人所得税（元）", "Income tax (yuan)"),
    "tax_violations": ("涉税违法记录", "Tax violations"),
    "detentions": ("行政拘留记录", "Administrative detentions"),
    "honours": ("荣誉表彰", "Honours"),
    "trial_tax": ("符合试行版纳税条件（本人声明）", "Meets the trial rules' tax condition (as stated)"),
    "notes": ("备注", "Notes"),
    # applicant: the facts Xiong'an's and Hangzhou's rules use
    "city_permit": ("{city}居住证", "{city} residence permit"),
    "permit_since": ("持有，{date}签发", "held since {date}"),
    "permit_undated": ("持有（未填写签发日期）", "held (issue date not given)"),
    "permit_suspended": ("暂停使用", "suspended"),
    "title_skill": ("职称／技能等级", "Title / skill level"),
    "title_part": ("专业技术职称：{value}", "professional title: {value}"),
    "skill_part": ("职业技能等级：{value}", "skill level: {value}"),
    "settlement_group": ("第三条人员类别", "Art. 3 group"),
    "no_group": ("不属于第三条所列人员", "not in an Art. 3 group"),
    "investment_tax": ("投资企业纳税（元）", "Tax of invested enterprise (yuan)"),
    "blood_donations": ("无偿献血", "Blood donations"),
    "blood_total": ("合计 {ml} 毫升", "total {ml} ml"),
    "ml": ("{ml} 毫升", "{ml} ml"),
    "volunteering": ("志愿服务（小时）", "Volunteer hours"),
    "hours": ("{hours} 小时", "{hours} h"),
    "charity_donations": ("慈善捐款（元）", "Charitable donations (yuan)"),
    "stem_cell_donation": ("捐献造血干细胞", "Stem-cell donation"),
    "invention_patents": ("发明专利", "Invention patents"),
    "patent_granted": ("{date}授权", "granted {date}"),
    "patent_shared": ("共有", "shared"),
    "patent_first": ("第一专利权人", "first patentee"),
    "patent_not_first": ("非第一专利权人", "not first patentee"),
    "patent_transferred": ("受让取得", "obtained by transfer"),
    "penalties": ("刑事、戒毒、司法拘留", "Penalties"),
    "sentence": ("判处{years}年", "sentence {years} years"),
    "serious_crime": ("严重刑事犯罪", "serious crime"),
    "act": ("同一行为：{act}", "act: {act}"),
    "dishonesty_listings": ("失信名单", "Dishonesty listings"),
    "banned_organisation": ("参加非法组织", "Banned organisation"),
    "points_fraud": ("积分申请弄虚作假", "Points fraud"),
    "found_on": ("{date}认定", "found on {date}"),
    "registration_periods": ("居住登记期间（按日）", "Residence registrations (to the day)"),
    "col_first_day": ("起始日", "First day"),
    "col_last_day": ("截止日", "Last day"),
    "col_transferred": ("转入", "Transferred in"),
    "yes": ("有", "yes"),
    "no": ("无", "no"),
    "held": ("持有", "held"),
    "not_held": ("未持有", "not held"),
    "none": ("无", "none"),
    "not_given": ("（未填写）", "(not given)"),
    "periods_heading": ("申报的期间（请与证明材料逐条核对）", "Periods declared (check each against the documents)"),
    "insurance_periods": ("社会保险缴费期间", "Social insurance"),
    "housing_periods": ("居住期间", "Housing"),
    "workplace_periods": ("就业（工作单位）期间", "Workplaces"),
    "col_no": ("序号", "#"),
    "col_from": ("起", "From"),
    "col_to": ("止", "To"),
    "col_back_paid": ("补缴", "Back-paid"),
    "col_kind": ("住所类型", "Kind"),
    "col_district": ("所在区", "District"),
    "col_lease": ("租赁备案", "Lease registered"),
    "col_employer": ("单位", "Employer"),
    "col_seen": ("已核对", "Checked"),
    "ongoing": ("至今", "ongoing"),
    "central": ("城六区", "central"),
    "no_periods": ("未申报。", "None declared."),
    # qualification
    "qualification": ("申请条件", "Qualification"),
    "condition": ("条件", "Condition"),
    "outcome": ("结果", "Outcome"),
    "reason": ("说明", "Why"),
    "met": ("符合", "met"),
    "unmet": ("不符合", "NOT met"),
    # indicators
    "indicators": ("逐项计分", "Points, indicator by indicator"),
    "points_unit": ("{points} 分", "{points} points"),
    "inputs": ("输入", "Inputs"),
    "derivation": ("计算", "Working"),
    "events": ("封顶/排除", "Caps, exclusions"),
    "colon": ("：", ": "),
    "list_separator": ("；", "; "),
    "cap": ("封顶", "Cap"),
    "exclusion": ("不计", "Excluded"),
    "note": ("注意", "Note"),
    "rules_used": ("规则依据", "Rules used"),
    "documents": ("证明材料", "Documents"),
    "where_to_look": ("查询途径", "Where to look"),
    "verified_by": ("核验部门", "Verified by"),
    "unconfirmed": ("（待核实）", "(unconfirmed)"),
    "document_seen": ("已查验材料", "Document seen"),
    "no_inputs": ("（无）", "(none)"),
    "confidence_legend": (
        "规则可信度：{data}＝已用官方公示名单核对；{two}＝两个以上独立来源一致；{one}＝单一来源；{unk}＝未经确认。",
        "Confidence of rule values: {data} = reproduced against the officially published lists; "
        "{two} = two or more independent sources agree; {one} = a single source; {unk} = not confirmed.",
    ),
    # totals and lines
    "totals": ("各项得分汇总", "Totals"),
    "indicator": ("指标", "Indicator"),
    "points": ("分值", "Points"),
    "total": ("总分", "Total"),
    "past_lines": ("与历年落户分数线比较", "Compared with past yearly lines"),
    "round": ("年度", "Round"),
    "line": ("分数线", "Line"),
    "status": ("来源状态", "Status"),
    "difference": ("差值", "Difference"),
    "this_result": ("本测算 {total}", "This result {total}"),
    "no_lines": ("暂无该城市的历年分数线资料。", "No past lines are known for this city."),
    "lines_caveat": (
        "历年分数线由当年申请人数和指标数决定，不代表今后的分数线。",
        "A line depends on that year's applicants and quota; it does not predict future lines.",
    ),
    # closing
    "official_notice": (
        "本工作表由积分落户模拟器根据申请人自报信息和上列规则测算，仅供参考。各项分数以官方积分落户申报系统的审核结果为准；"
        "请以原件核对每一项证明材料。",
        "This worksheet was computed by Points Simulator from the facts the applicant gave and the rules listed above; "
        "it is an estimate only. The official points-settlement system's result prevails; check every document "
        "against its original.",
    ),
    "signatures": ("签字确认", "Signatures"),
    "sign_applicant": ("申请人签字", "Applicant's signature"),
    "sign_staff": ("经办人／咨询顾问签字", "Clerk / consultant's signature"),
    "sign_date": ("日期", "Date"),
    # footer
    "page": ("第 {n} / {total} 页", "Page {n} / {total}"),
    "footer_notice": ("仅供参考，以官方系统结果为准", "Estimate only: the official result prevails"),
}

STATUS: dict[str, tuple[str, str]] = {
    "published": ("官方公布", "published"),
    "threshold": ("固定分数线", "fixed threshold"),
    "unconfirmed": ("未经确认", "unconfirmed"),
}

CONFIDENCE: dict[str, tuple[str, str]] = {
    "data": ("已核对", "data"),
    "2+": ("多来源", "2+ sources"),
    "1": ("单一来源", "1 source"),
    "?": ("待核实", "unconfirmed"),
    "not found": ("未找到来源", "no source"),
}

CITIES: dict[str, tuple[str, str]] = {
    "beijing": ("北京市", "Beijing"),
    "hangzhou": ("杭州市", "Hangzhou"),
    "xiongan": ("雄安新区", "Xiong'an"),
}

RETIREMENT: dict[str, tuple[str, str]] = {
    "male": ("男职工", "man"),
    "female_cadre": ("女职工（原55周岁退休）", "woman (formerly retiring at 55)"),
    "female_worker": ("女职工（原50周岁退休）", "woman (formerly retiring at 50)"),
}

HOUSING: dict[str, tuple[str, str]] = {
    "own": ("自有住所", "own home"),
    "rented": ("租赁住所", "rented"),
    "dormitory": ("单位宿舍", "employer dormitory"),
}

EDUCATION: dict[str, tuple[str, str]] = {
    "junior_college": ("大学专科", "junior college"),
    "bachelor": ("大学本科", "bachelor"),
    "master": ("硕士研究生", "master"),
    "doctor": ("博士研究生", "doctor"),
}

HELD: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("学历和学位", "diploma and degree"),
    (True, False): ("仅学历", "diploma only"),
    (False, True): ("仅学位", "degree only"),
}


TITLES: dict[str, tuple[str, str]] = {
    "senior": ("正高级", "full senior (正高级)"),
    "deputy_senior": ("副高级", "deputy senior (副高级)"),
    "intermediate": ("中级", "intermediate (中级)"),
    "assistant": ("初级", "assistant (初级)"),
}

SKILLS: dict[str, tuple[str, str]] = {
    "senior_technician": ("高级技师", "senior technician (高级技师)"),
    "technician": ("技师", "technician (技师)"),
    "senior_worker": ("高级工", "senior worker (高级工)"),
    "intermediate_worker": ("中级工", "intermediate worker (中级工)"),
    "junior_worker": ("初级工", "junior worker (初级工)"),
}

# Xiong'an and Hangzhou rank any honour by the level of the awarding body (Beijing names its honours in the pack).
HONOUR_KINDS: dict[str, tuple[str, str]] = {
    "title": ("荣誉称号", "honorary title"),
    "commendation": ("表彰奖励", "commendation or award"),
}

LEVELS: dict[str, tuple[str, str]] = {
    "national": ("国家级", "national"),
    "provincial": ("省级", "provincial"),
    "municipal": ("市级", "municipal"),
    "district": ("区县级", "district"),
}

PENALTIES: dict[str, tuple[str, str]] = {
    "criminal": ("刑事犯罪", "criminal conviction"),
    "drug_rehabilitation": ("强制隔离戒毒", "compulsory drug rehabilitation"),
    "judicial_detention": ("司法拘留", "judicial detention"),
}


def program_name(lang: str) -> str:
    return APP_NAME_ZH if lang == "zh" else APP_NAME


class Labels:
    """The phrases of one language: `labels("total")`, `labels.of(HOUSING, "own")`."""

    def __init__(self, lang: str):
        self.lang = lang
        self._i = 0 if lang == "zh" else 1

    def __call__(self, key: str, **values: object) -> str:
        phrase = LABELS[key][self._i]
        return phrase.format(**values) if values else phrase

    def of(self, table: dict, key, fallback: str | None = None) -> str:
        pair = table.get(key)
        if pair is None:
            return fallback if fallback is not None else str(key)
        return pair[self._i]
