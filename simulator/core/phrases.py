"""Every fixed phrase of the faces that are not Qt (the PDF worksheet, the terminal, batch summaries), in Chinese
and English: one catalogue of `Text`, read through a `Phrasebook` of one language."""

from __future__ import annotations

import re

from simulator import APP_NAME, APP_NAME_ZH
from simulator.core.text import Text

PHRASES: dict[str, Text] = {
    # the coming rounds (projection)
    "projection_heading": Text(
        "附录：未来各轮预测（假设现状持续）", "Appendix: coming rounds (assuming today's situation continues)"
    ),
    "projection_appendix_note": Text(
        "本附录不属于本轮申报的测算，可不打印；每一轮是否符合申请条件以该行为准。",
        "This appendix is not part of the round scored and may be left out; whether each round qualifies is said on its row.",
    ),
    "projection_vs_sheet": Text("与本表{round}轮（{total}）相比 {diff}", "against round {round} on this sheet ({total}): {diff}"),
    "projection_same_as_sheet": Text("与本表{round}轮相同", "as round {round} on this sheet"),
    "projection_same_rounds": Text("{first}–{last}各轮相同（{n}轮）", "the same in each round {first}–{last} ({n} rounds)"),
    "projection_intro": Text(
        "按{as_of}的情况推算：社保、住所等进行中的期间持续到各年度截止日，年龄分逐年变化，处罚记录到期后不再扣分。每一年的分数都由计算引擎按该年度规则重新计算。",
        "Projected from the situation on {as_of}: ongoing insurance, housing and work periods continue to each "
        "round's cut-off, age points change, penalties leave their windows. Every year is scored again by the engine "
        "under that year's rules.",
    ),
    "projection_year": Text("申报年度", "Round"),
    "projection_total": Text("预测总分", "Projected total"),
    "projection_band": Text("分数线估计区间", "Line estimate"),
    "projection_changes": Text("变化及原因", "What changes, and why"),
    "projection_whatif": Text("（不符合申请条件：假设测算）", " (not qualified: a what-if)"),
    "projection_legend_total": Text("预测总分", "projected total"),
    "projection_legend_line": Text("已公布分数线", "published line"),
    "projection_legend_band": Text("分数线估计区间（仅供参考）", "estimated line range (an estimate)"),
    "projection_none": Text("与上一年相同", "as the year before"),
    # header
    "title": Text("积分测算工作表", "Points worksheet"),
    "running_title": Text("积分测算工作表", "Points worksheet"),
    "city": Text("城市", "City"),
    "edition": Text("规则版本", "Rule edition"),
    "data_version": Text("规则数据版本", "Rule data version"),
    "pack_hash": Text("校验码", "digest"),
    # what identifies a sheet, on every page: the document, the applicant's facts, the rule pack, the program
    "document_id": Text("文档编号", "Document"),
    "input_digest": Text("输入摘要", "Input digest"),
    "pack_digest": Text("规则包摘要", "Rule pack digest"),
    "footer_ids": Text(
        "文档 {doc} · 输入摘要 {input} · 规则包摘要 {pack} · 程序 {version}",
        "Document {doc} · input {input} · rule pack {pack} · program {version}",
    ),
    "year": Text("申报年度", "Declaration year"),
    "declaration_round": Text("申报轮次", "Declaration round"),
    "range_word": Text("范围", "a range"),
    "cutoff": Text("计算截止日", "Counted up to"),
    "program": Text("程序版本", "Program version"),
    "computed_on": Text("计算日期", "Date computed"),
    "program_name": Text("积分落户模拟器", "Points Simulator"),
    "at_a_glance": Text("测算结果", "Result"),
    "total_points": Text("测算总分", "Total points"),
    "total_points_whatif": Text("测算总分（假设测算）", "Total points (what-if)"),
    # page one: the page that stands alone
    "summary_intro": Text(
        "本页汇总各项得分、缺失的数值和签字；逐项计算、规则依据和证明材料清单见后页。",
        "This page sums up every line, what is missing and the signatures; the working, the rules and the exhibit list follow.",
    ),
    "declaration": Text("申报", "Declaration"),
    "rules_of": Text("规则", "Rules"),
    "col_line": Text("行", "Line"),
    "col_exhibit": Text("材料", "Exhibit"),
    "exhibit_ref": Text("附件{n}", "E{n}"),
    "line_named": Text("第{n}行", "Line {n}"),
    "line_ref": Text("第{n}行", "line {n}"),
    "lines_sum": Text("第{first}–{last}行之和", "lines {first} to {last} added"),
    "line_total": Text("总分（第{first}–{last}行之和）", "Total (lines {first} to {last} added)"),
    "line_total_range": Text("总分范围（第{first}–{last}行之和）", "Total, a range (lines {first} to {last} added)"),
    "group_of_lines": Text("其中{group}（第{lines}行）", "of which {group} (lines {lines})"),
    "missing_heading": Text("尚缺的数值和未回答的问题", "What is missing"),
    "nothing_missing": Text("无：各项分值均已确定。", "Nothing: every value is known."),
    "missing_more": Text("另有{n}项，见{section}部分。", "{n} more: see section {section}."),
    "unmet_conditions": Text("未满足：{conditions}", "not met: {conditions}"),
    "no_line_known": Text("暂无已公布的分数线可比较。", "No published line to compare with."),
    "see_section": Text("详见{section}部分", "see section {section}"),
    "qualified_yes": Text("符合申请条件", "Meets the qualification conditions"),
    "qualified_no": Text("不符合申请条件", "Does NOT meet the qualification conditions"),
    "vs_latest": Text("与{round}年分数线 {line} 相比：{diff}", "Against the {round} line of {line}: {diff}"),
    # the banner of every page of a result whose applicant does not qualify in the round scored
    "whatif_banner": Text(
        "申报{round}：不符合申请条件，该轮的分数仅为假设测算，不能据此申报",
        "Qualification not met in {round}: that round's score is a what-if, not a declarable result",
    ),
    "whatif_total": Text(
        "假设测算：不符合申请条件（{conditions}），此分数不能用于申报。",
        "What-if only: the qualification is not met ({conditions}), so this score cannot be declared.",
    ),
    # other cities: channel, gaps, user-supplied values, veto, pass mark, tie-break, groups, comparison
    "channel_heading": Text("落户渠道", "Settlement channel"),
    "channel_instead": Text("适用其他落户渠道（不计分）", "Another settlement channel applies (not scored)"),
    "provisional": Text("暂定", "PROVISIONAL"),
    "provisional_total": Text("暂定总分", "Provisional total"),
    "provisional_heading": Text("总分是一个范围：以下各项未知", "The total is a range: what is not known"),
    "provisional_intro": Text(
        "以下规则分值在已知资料中没有找到（或申请人尚未回答），本程序不把它们当作0、“无上限”或“是”，而是给出已知规则允许的最低和最高总分。"
        "持有官方指标表的用户可以补充这些数值（用户提供的数值会在本表注明）；回答未答的问题也能确定分值。",
        "The values below are not given by the sources (or not answered yet). The program does not read them as 0, as "
        "'no cap' or as 'yes': it gives the lowest and the highest total the known rules allow. A user holding the "
        "official indicator table can supply them (user-supplied values are labelled on this sheet); answering what "
        "is not answered settles the rest.",
    ),
    "total_range": Text("总分（范围）", "Total (a range)"),
    "total_range_why": Text("总分是一个范围", "The total is a range"),
    "range_heading": Text("分值范围", "Points range"),
    "range_reads": Text("本项分值：{points}", "This item scores {points}"),
    "not_answered": Text("未回答", "not answered"),
    "overrides_path": Text("规则值{path}，可用 --overrides 提供", "rule value {path}, which --overrides takes"),
    "verdict_reached": Text("达到", "reached"),
    "verdict_not_reached": Text("未达到", "not reached"),
    "verdict_depends": Text("取决于未知分值", "depends on values not known"),
    "not_available": Text("官方分值暂缺", "official value not available"),
    "value_path": Text("数值路径", "Value path"),
    "user_supplied_heading": Text("用户提供的数值", "User-supplied values"),
    "user_supplied_intro": Text(
        "以下数值不是规则包中的数值，而是用户自行提供的；计算结果依赖其准确性。",
        "The values below do not come from the rule pack; the user supplied them, and the result depends on them.",
    ),
    "value": Text("数值", "Value"),
    "user_note": Text("来源说明", "Source given"),
    "replaced": Text("替换的规则包数值", "Replaced pack value"),
    "filled_gap": Text("（原缺）", "(was not available)"),
    "veto": Text("一票否决", "One-vote veto"),
    "floored": Text("按规则设下限", "floored by the rules"),
    "pass_mark": Text("合格分数线", "Pass mark"),
    "pass_mark_met": Text("达到合格分数线 {mark}（{diff}）", "Reaches the pass mark of {mark} ({diff})"),
    "pass_mark_unmet": Text("未达到合格分数线 {mark}（{diff}）", "Below the pass mark of {mark} ({diff})"),
    "tie_break": Text("同分排序依据", "Tie-break order"),
    "tie_break_intro": Text(
        "总分相同时，按以下顺序依次比较，数值高者优先：",
        "Where totals are equal, these are compared in order, higher first:",
    ),
    "groups": Text("分组小计", "Group subtotals"),
    "group_basic": Text("基础分", "Basic points"),
    "group_bonus": Text("加分", "Bonus points"),
    "group_deduction": Text("减分", "Deductions"),
    "comparison": Text("多城市对比（同一申请人）", "City comparison (the same applicant)"),
    "comparison_intro": Text(
        "同一申请人的信息按各城市规则分别测算；共用的事实只填写一次。",
        "The same applicant's facts scored under each city's rules; shared facts are entered once.",
    ),
    "col_city": Text("城市", "City"),
    "col_result": Text("总分／渠道", "Total / channel"),
    "col_qualified": Text("申请条件", "Qualification"),
    "col_target": Text("比较对象", "Compared with"),
    "topic": Text("共同事项", "Shared topic"),
    "not_scored": Text("—", "—"),
    "missing_count": Text("范围，{n} 项未知", "a range, {n} unknown"),
    # applicant
    "applicant": Text("申请人", "Applicant"),
    "name": Text("姓名", "Name"),
    "id_number": Text("身份证号", "ID number"),
    "id_masked": Text("（已隐去部分号码）", "(partly masked)"),
    "birth_date": Text("出生日期", "Date of birth"),
    "retirement_category": Text("退休年龄类别", "Retirement category"),
    "residence_permit": Text("本市居住证", "Residence permit"),
    "criminal_record": Text("刑事犯罪记录", "Criminal record"),
    "education": Text("学历学位", "Education"),
    "study_period": Text("学习期间", "study period"),
    "innovation": Text("创新创业", "Innovation"),
    "tier": Text("档次 {value}", "tier {value}"),
    "share": Text("持股 {value}%", "share {value}%"),
    "financing": Text("融资 {value} 元", "financing {value} yuan"),
    "item_years": Text("{value} 年", "{value} years"),
    "income_tax": Text("个人所得税（元）", "Income tax (yuan)"),
    "tax_violations": Text("涉税违法记录", "Tax violations"),
    "detentions": Text("行政拘留记录", "Administrative detentions"),
    "honours": Text("荣誉表彰", "Honours"),
    "trial_tax": Text("符合试行版纳税条件（本人声明）", "Meets the trial rules' tax condition (as stated)"),
    "notes": Text("备注", "Notes"),
    # applicant: the facts Xiong'an's and Hangzhou's rules use
    "city_permit": Text("{city}居住证", "{city} residence permit"),
    "permit_since": Text("持有，{date}签发", "held since {date}"),
    "permit_undated": Text("持有（未填写签发日期）", "held (issue date not given)"),
    "permit_suspended": Text("暂停使用", "suspended"),
    "title_skill": Text("职称／技能等级", "Title / skill level"),
    "title_part": Text("专业技术职称：{value}", "professional title: {value}"),
    "skill_part": Text("职业技能等级：{value}", "skill level: {value}"),
    "settlement_group": Text("第三条人员类别", "Art. 3 group"),
    "no_group": Text("不属于第三条所列人员", "not in an Art. 3 group"),
    "investment_tax": Text("投资企业纳税（元）", "Tax of invested enterprise (yuan)"),
    "blood_donations": Text("无偿献血", "Blood donations"),
    "blood_total": Text("合计 {ml} 毫升", "total {ml} ml"),
    "ml": Text("{ml} 毫升", "{ml} ml"),
    "volunteering": Text("志愿服务（小时）", "Volunteer hours"),
    "hours": Text("{hours} 小时", "{hours} h"),
    "charity_donations": Text("慈善捐款（元）", "Charitable donations (yuan)"),
    "stem_cell_donation": Text("捐献造血干细胞", "Stem-cell donation"),
    "invention_patents": Text("发明专利", "Invention patents"),
    "patent_granted": Text("{date}授权", "granted {date}"),
    "patent_shared": Text("共有", "shared"),
    "patent_first": Text("第一专利权人", "first patentee"),
    "patent_not_first": Text("非第一专利权人", "not first patentee"),
    "patent_transferred": Text("受让取得", "obtained by transfer"),
    "penalties": Text("刑事、戒毒、司法拘留", "Penalties"),
    "sentence": Text("判处{years}年", "sentence {years} years"),
    "serious_crime": Text("严重刑事犯罪", "serious crime"),
    "act": Text("同一行为：{act}", "act: {act}"),
    "dishonesty_listings": Text("失信名单", "Dishonesty listings"),
    "banned_organisation": Text("参加非法组织", "Banned organisation"),
    "points_fraud": Text("积分申请弄虚作假", "Points fraud"),
    "found_on": Text("{date}认定", "found on {date}"),
    "registration_periods": Text("居住登记期间（按日）", "Residence registrations (to the day)"),
    "col_first_day": Text("起始日", "First day"),
    "col_last_day": Text("截止日", "Last day"),
    "col_transferred": Text("转入", "Transferred in"),
    "yes": Text("是", "yes"),
    "no": Text("无", "no"),
    "held": Text("持有", "held"),
    "not_held": Text("未持有", "not held"),
    "none": Text("无", "none"),
    "not_given": Text("（未填写）", "(not given)"),
    "periods_heading": Text("申报的期间（请与证明材料逐条核对）", "Periods declared (check each against the documents)"),
    "insurance_periods": Text("社会保险缴费期间", "Social insurance"),
    "housing_periods": Text("居住期间", "Housing"),
    "workplace_periods": Text("就业（工作单位）期间", "Workplaces"),
    "col_no": Text("序号", "#"),
    "col_from": Text("起", "From"),
    "col_to": Text("止", "To"),
    "col_back_paid": Text("补缴", "Back-paid"),
    "col_kind": Text("住所类型", "Kind"),
    "col_district": Text("所在区", "District"),
    "col_lease": Text("租赁备案", "Lease registered"),
    "col_employer": Text("单位", "Employer"),
    "col_seen": Text("已核对", "Checked"),
    "col_months": Text("计入月数", "Months counted"),
    "col_days": Text("计入天数", "Days counted"),
    "col_counted": Text("计入", "Counted"),
    "col_not_counted": Text("不计入（原因）", "Not counted (why)"),
    "col_certificate": Text("证书编号", "Certificate no."),
    "periods_note": Text(
        "月数按日历计至计算截止月；超出截止月、不在本市的月份，以及所引规则不计的补缴、转入和未备案租赁月份列为不计入。"
        "规则如何计分（封顶、自有住所优先、按社保自动计入等）见计分各行。",
        "Months are counted by the calendar up to the cut-off month; months after it, outside the city, and back-paid, "
        "transferred-in or unregistered rental months the cited rules leave out are listed as not counted. How the "
        "rules then score the months (caps, an own home counted first, months counted automatically) is worked on the "
        "lines.",
    ),
    "ongoing": Text("至今", "ongoing"),
    "central": Text("城六区", "central"),
    "no_periods": Text("未申报。", "None declared."),
    # qualification
    "qualification": Text("申请条件", "Qualification"),
    "condition": Text("条件", "Condition"),
    "qualification_continued": Text("申请条件（续）", "Qualification (continued)"),
    "outcome": Text("结果", "Outcome"),
    "reason": Text("说明", "Why"),
    "met": Text("符合", "met"),
    "unmet": Text("不符合", "NOT met"),
    # indicators
    "indicators": Text("逐项计分", "Points, line by line"),
    "indicators_intro": Text(
        "每项为一行，编号与第1页相同；输入按行编号（如1a、1b），计算中标注所用输入的编号。",
        "Each indicator is a line, numbered as on page 1; its inputs are lettered (1a, 1b, …) and the working marks "
        "the inputs it uses.",
    ),
    "options": Text("可选项", "Options"),
    "options_intro": Text("已勾选适用项", "the one that applies is ticked"),
    "line_heading": Text("第{n}行　{name}", "Line {n}  {name}"),
    "nothing_to_prove": Text("本行为0分：无需证明材料。", "This line scores 0: nothing to prove."),
    "certificate_no": Text("{what}：", "{what}: "),
    "points_unit": Text("{points} 分", "{points} points"),
    "points_unit_one": Text("{points} 分", "{points} point"),
    "inputs": Text("输入", "Inputs"),
    "derivation": Text("计算", "Working"),
    "events": Text("封顶/排除", "Caps, exclusions"),
    "colon": Text("：", ": "),
    "list_separator": Text("；", "; "),
    "cap": Text("封顶", "Cap"),
    "exclusion": Text("不计", "Excluded"),
    "note": Text("注意", "Note"),
    "rules_used": Text("规则依据", "Rules used"),
    "documents": Text("证明材料", "Documents"),
    "where_to_look": Text("查询途径", "Where to look"),
    "verified_by": Text("核验部门", "Verified by"),
    "unconfirmed": Text("（待核实）", "(unconfirmed)"),
    "article_not_verified": Text("条款未核实", "article not verified"),
    "exhibit": Text("证明材料", "Exhibit"),
    "exhibits_heading": Text("证明材料清单", "Exhibit list"),
    "exhibits_intro": Text(
        "每份材料一个编号，第1页各行、逐项计分和居住期间表中引用同一编号。核对原件后打勾，并填写证书编号。",
        "One number per document, the same on page 1, on the lines and in the housing table. Tick each once the "
        "original is seen, and write in the certificate numbers.",
    ),
    "exhibit_for": Text("用于", "For"),
    "no_exhibits": Text("无需提交证明材料。", "No document to show."),
    "doc_deed": Text("不动产权证书（房屋所有权证）或购房合同", "Property deed (or the purchase contract)"),
    "doc_lease": Text("房屋租赁合同及租赁登记备案证明", "Lease and its registration record"),
    "cert_deed": Text("不动产权证书编号", "Property deed no."),
    "cert_lease": Text("租赁登记备案编号", "Lease registration no."),
    "cert_diploma": Text("毕业证书编号", "Diploma no."),
    "cert_degree": Text("学位认证报告编号", "Degree verification no."),
    "document_seen": Text("已查验材料", "Document seen"),
    "no_inputs": Text("（无）", "(none)"),
    "confidence_legend": Text(
        "规则可信度：{data}＝已用官方公示名单核对；{two}＝两个以上独立来源一致；{one}＝单一来源；{unk}＝未经确认；"
        "{none}＝来源中未找到该数值；{user}＝用户提供的数值（非规则包数值）。",
        "Confidence of rule values: {data} = reproduced against the officially published lists; "
        "{two} = two or more independent sources agree; {one} = a single source; {unk} = not confirmed; "
        "{none} = the sources give no value; {user} = a value the user supplied (not the pack's).",
    ),
    # totals and lines
    "totals": Text("各项得分汇总", "Points by line"),
    "indicator": Text("指标", "Indicator"),
    "points": Text("分值", "Points"),
    "total": Text("总分", "Total"),
    "past_lines": Text("与历年落户分数线比较", "Compared with past yearly lines"),
    "round": Text("年度", "Round"),
    "line": Text("分数线", "Line"),
    "status": Text("来源状态", "Status"),
    "difference": Text("差值", "Difference"),
    "this_result": Text("本测算 {total}", "This result {total}"),
    "no_lines": Text("暂无该城市的历年分数线资料。", "No past lines are known for this city."),
    "lines_caveat": Text(
        "历年分数线由当年申请人数和指标数决定，不代表今后的分数线。",
        "A line depends on that year's applicants and quota; it does not predict future lines.",
    ),
    # closing
    "official_notice": Text(
        "本工作表由积分落户模拟器根据申请人自报信息和上列规则测算，仅供参考。各项分数以官方积分落户申报系统的审核结果为准；"
        "请以原件核对每一项证明材料。",
        "This worksheet was computed by Points Simulator from the facts the applicant gave and the rules listed above; "
        "it is an estimate only. The official points-settlement system's result prevails; check every document "
        "against its original.",
    ),
    "signatures": Text("签字确认", "Signatures"),
    "official_notice_short": Text(
        "本表根据申请人自报信息和所列规则测算，仅供参考；以官方积分系统的审核结果为准，每项材料须核对原件。",
        "Computed from the facts the applicant gave and the rules cited; an estimate only. The official system's "
        "result prevails; check every document against its original.",
    ),
    "sign_applicant": Text("申请人签字", "Applicant's signature"),
    "sign_staff": Text("经办人／咨询顾问签字", "Clerk / consultant's signature"),
    "sign_date": Text("日期", "Date"),
    # footer
    "page": Text("第 {n} / {total} 页", "Page {n} / {total}"),
    "footer_notice": Text("仅供参考，以官方系统结果为准", "Estimate only: the official result prevails"),
    # the one short disclaimer of every face that is not Qt (terminal, batch)
    "disclaimer": Text("本测算仅供参考，以官方系统结果为准。", "An estimate only: the official system's result prevails."),
    # the batch summary's column titles (summary.xlsx)
    "batch_rank": Text("排名", "Rank"),
    "batch_row": Text("行号", "Row"),
    "batch_applicant_id": Text("编号", "Applicant"),
    "batch_name": Text("姓名", "Name"),
    "batch_id_number": Text("身份证号", "ID number"),
    "batch_qualified": Text("符合申请条件", "Qualified"),
    "batch_unmet_conditions": Text("未满足的条件", "Conditions not met"),
    "batch_total": Text("总分", "Total"),
    "batch_total_low": Text("总分下限", "Total, lowest"),
    "batch_total_high": Text("总分上限", "Total, highest"),
    "batch_status": Text("说明", "Status"),
    # the terminal worksheet (python -m simulator score)
    "term_title": Text("积分测算工作表", "Points worksheet"),
    "term_edition": Text("规则版本", "Rules"),
    "term_year": Text("申报年度", "Declaration year"),
    "term_cutoff": Text("计算截止", "Counted up to"),
    "term_applicant": Text("申请人", "Applicant"),
    "term_id": Text("身份证号", "ID number"),
    "term_qualification": Text("申请条件", "Qualification"),
    "term_met": Text("符合", "met"),
    "term_unmet": Text("不符合", "NOT MET"),
    "term_whatif": Text(
        "不符合申请条件：以下分数仅为假设测算（what-if）。", "Qualification not met: the score below is a what-if only."
    ),
    "term_inputs": Text("输入", "inputs"),
    "term_rules": Text("规则", "rule"),
    "term_data": Text("数据版本", "data"),
    "term_line": Text("第{n}行", "line {n}"),
    "term_total": Text("总分", "Total"),
    "term_lines": Text("与历年分数线比较", "Compared with past lines"),
    "term_channel": Text("适用其他落户渠道（不参加积分）", "Another settlement channel applies (no points)"),
    "term_provisional": Text(
        "暂定总分：以下数值官方暂缺，未计入", "Provisional total: these official values are not available and are not counted"
    ),
    "term_supplied": Text("用户提供的数值", "User-supplied values"),
    "term_replaces": Text("替代规则包中的", "instead of the pack's"),
    "term_veto": Text("一票否决", "One-vote veto"),
    "term_pass_mark": Text("落户分数（达标线）", "Pass mark"),
    "term_passes": Text("达到", "reached"),
    "term_fails": Text("未达到", "not reached"),
    "term_tie_break": Text("同分时依次比较", "Equal totals are ranked by"),
    "term_provisional_short": Text("暂定", "provisional"),
    # the terminal's planning commands (project, whatif, scenarios, compare)
    "plan_projection": Text("积分预测（假设现状持续）", "Projection (if today's situation continues)"),
    "plan_as_of": Text("测算日", "as of"),
    "plan_retirement": Text("法定退休年龄到达日", "statutory retirement date"),
    "plan_year": Text("年度", "year"),
    "plan_total": Text("总分", "total"),
    "plan_qualified": Text("符合条件", "qualified"),
    "plan_line": Text("分数线估计（低–中–高）", "line estimate (low–central–high)"),
    "plan_yes": Text("是", "yes"),
    "plan_no": Text("否", "no"),
    "plan_past": Text("历年分数线", "Published lines"),
    "plan_unconfirmed": Text("未证实", "unconfirmed"),
    "plan_whatif": Text("可以提高分数的做法（按增加分数排序）", "What would raise the score (most points first)"),
    "plan_none": Text("在所看年度内没有能增加分数的建议。", "No suggestion gains points within the years looked at."),
    "plan_from": Text("自{0}年起", "from {0}"),
    "plan_later": Text("以后各年", "later years"),
    "plan_not_qualified": Text("（该年度不符合申请条件：分数仅为假设）", "(not qualified that year: a what-if score)"),
    "plan_scenarios": Text("情景对比", "Scenarios side by side"),
    "plan_as_filed": Text("按文件", "as filed"),
    "plan_compare": Text("对比", "Comparison"),
    # the terminal's batch and template commands (errors stay one English line, like every command's)
    "cli_batch_done": Text(
        "已测算{scored:,}人（其中{qualified:,}人符合申请条件），{problems:,}行有问题，用时{seconds:.1f}秒",
        "{scored:,} applicants scored ({qualified:,} qualified), {problems:,} rows with problems, in {seconds:.1f} s",
    ),
    "cli_batch_pdfs": Text("{count:,}份工作表，在{folder}", "{count:,} worksheets in {folder}"),
    "cli_batch_see_errors": Text(
        "详见{file}：每个问题注明行、列和所填的值", "see {file}: each problem names its row, column and the value found"
    ),
    "cli_batch_full_ids": Text(
        "注意：汇总文件含完整身份证号（仅本人可读）", "note: the summary files hold full ID numbers (readable by you only)"
    ),
    "cli_template_written": Text(
        "已写入{file}：{city}的批量表格格式（docs/batch-layout.md）", "wrote {file}: the {city} layout (docs/batch-layout.md)"
    ),
    "cli_template_replaced": Text("（已替换原有文件）", " (replaced the file that was there)"),
}

STATUS: dict[str, Text] = {
    "published": Text("官方公布", "published"),
    "threshold": Text("固定分数线", "fixed threshold"),
    "unconfirmed": Text("未经确认", "unconfirmed"),
}

CONFIDENCE: dict[str, Text] = {
    "data": Text("已核对", "data"),
    "2+": Text("多来源", "2+ sources"),
    "1": Text("单一来源", "1 source"),
    "?": Text("待核实", "unconfirmed"),
    "not found": Text("未找到来源", "no source"),
    "user-supplied": Text("用户提供", "user-supplied"),
}

# Rule values that are a reading the pack chose, shown in words (the pack keeps the word for scripts)
READINGS: dict[str, Text] = {
    "cutoff": Text("计算截止日", "the counting date"),
    "full_years": Text("按满整年计，余月不计", "full years only, months left over score nothing"),
    "pro_rata_months": Text("按月折算", "pro rata by month"),
    "never": Text("补缴月份一律不计", "back-paid months never score"),
    "young_talent_exception": Text("青年人才补缴可计", "back-paid months count for young talent"),
    "cumulative": Text("跨中断累计", "added up across breaks"),
    "continuous": Text("须连续", "must be unbroken"),
    "all_years": Text("满年限后全部年限计分", "once the years are reached, every year counts"),
    "first_year": Text("自第一年起计", "counted from the first year"),
    "after_years": Text("满规定年限后起计", "counted only after the years required"),
    "beyond_only": Text("只计超过规定年限的年份", "only the years beyond the threshold count"),
    "latest_run": Text("只计最近一段连续缴纳", "only the latest unbroken run counts"),
    "direct": Text("直接落户，不参加积分", "settles directly, without points"),
    "points": Text("参加积分落户", "through the points system"),
}

RETIREMENT: dict[str, Text] = {
    "male": Text("男职工", "man"),
    "female_cadre": Text("女职工（原55周岁退休）", "woman (formerly retiring at 55)"),
    "female_worker": Text("女职工（原50周岁退休）", "woman (formerly retiring at 50)"),
}

HOUSING: dict[str, Text] = {
    "own": Text("自有住所", "own home"),
    "rented": Text("租赁住所", "rented"),
    "dormitory": Text("单位宿舍", "employer dormitory"),
}

# The levels of education by the applicant file's names (a city whose rules word one otherwise keeps its own).
EDUCATION: dict[str, Text] = {
    "high_school": Text("高中（含中专）", "high school (incl. secondary vocational)"),
    "junior_college": Text("大学专科", "junior college"),
    "bachelor": Text("大学本科", "bachelor"),
    "master": Text("硕士研究生", "master"),
    "doctor": Text("博士研究生", "doctor"),
}

HELD: dict[tuple[bool, bool], Text] = {
    (True, True): Text("学历和学位", "diploma and degree"),
    (True, False): Text("仅学历", "diploma only"),
    (False, True): Text("仅学位", "degree only"),
}
# levels that award no degree: the diploma is all there is to hold
NO_DEGREE = ("high_school", "junior_college")
DIPLOMA = Text("学历（毕业证书）", "diploma")


def held_words(level: str, diploma: bool, degree: bool) -> Text:
    """What of a qualification is held, in words: a junior-college diploma is a diploma, never "and degree"."""
    if level in NO_DEGREE and diploma:
        return DIPLOMA
    return HELD[(diploma, degree)]


TITLES: dict[str, Text] = {
    "senior": Text("正高级", "full senior"),
    "deputy_senior": Text("副高级", "deputy senior"),
    "intermediate": Text("中级", "intermediate"),
    "assistant": Text("初级", "assistant"),
}

SKILLS: dict[str, Text] = {
    "senior_technician": Text("高级技师", "senior technician"),
    "technician": Text("技师", "technician"),
    "senior_worker": Text("高级工", "senior worker"),
    "intermediate_worker": Text("中级工", "intermediate worker"),
    "junior_worker": Text("初级工", "junior worker"),
}

# Xiong'an and Hangzhou rank any honour by the level of the awarding body (Beijing names its honours in the pack).
HONOUR_KINDS: dict[str, Text] = {
    "title": Text("荣誉称号", "honorary title"),
    "commendation": Text("表彰奖励", "commendation or award"),
    "award": Text("奖励", "award"),
}

LEVELS: dict[str, Text] = {
    "national": Text("国家级", "national"),
    "provincial": Text("省级", "provincial"),
    "municipal": Text("市级", "municipal"),
    "district": Text("区县级", "district"),
}

PENALTIES: dict[str, Text] = {
    "criminal": Text("刑事犯罪", "criminal conviction"),
    "drug_rehabilitation": Text("强制隔离戒毒", "compulsory drug rehabilitation"),
    "judicial_detention": Text("司法拘留", "judicial detention"),
}


def program_name(lang: str) -> str:
    return APP_NAME_ZH if lang == "zh" else APP_NAME


class Phrasebook:
    """The phrases of one language: `phrases("total")`, `phrases("page", n=2, total=5)`, `phrases.of(HOUSING, "own")`."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        phrase = PHRASES[key](self.lang)
        return phrase.format(**values) if values else phrase

    def of(self, table: dict, key, fallback: str | None = None) -> str:
        found = table.get(key)
        if found is None:
            return fallback if fallback is not None else str(key)
        return found(self.lang)


# ---- where in a document a rule value is: the article, where the sources give one -------------------------------

_NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ARTICLE = re.compile(
    r"第([一二三四五六七八九十百零〇两\d]+)条((?:（[一二三四五六七八九十\d]+）)*)"
    r"(?:第([一二三四五六七八九十\d]+)款)?(?:第([一二三四五六七八九十\d]+)项)?"
)
_QUESTION = re.compile(r"问(\d+)")
ARTICLE_NOT_VERIFIED = Text("条款未核实", "article not verified")


def chinese_number(text: str) -> int:
    """十一 -> 11, 二十 -> 20, 七 -> 7, 12 -> 12."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _NUMERALS[ch]
    return total + current


def article_of(section: str) -> Text | None:
    """The article a citation's section names ("第七条（五）" -> Art. 7(5); "问4" -> Q&A no. 4), or None."""
    found = _ARTICLE.search(section)
    if found is not None:
        number, items, paragraph, point = found.groups()
        en = f"Art. {chinese_number(number)}"
        en += "".join(f"({chinese_number(item)})" for item in re.findall(r"（([^）]+)）", items or ""))
        if paragraph:
            en += f", para. {chinese_number(paragraph)}"
        if point:
            en += f", item {chinese_number(point)}"
        return Text(found.group(0), en)
    found = _QUESTION.search(section)
    if found is not None:
        return Text(found.group(0), f"Q&A no. {found.group(1)}")
    return None


def split_citation(citation: Text) -> tuple[Text, str]:
    """A citation ("document · section", the section written as the source writes it, in Chinese) as the document
    in each language and the section."""
    zh, en = citation.zh, citation.en
    if " · " in zh and " · " in en:
        source_zh, _, section_zh = zh.rpartition(" · ")
        source_en, _, section_en = en.rpartition(" · ")
        if section_zh == section_en:
            return Text(source_zh, source_en), section_zh
    return citation, ""


def citation_words(citation: Text) -> Text:
    """A citation with its place in each language: in Chinese the section as the source writes it, marked
    "article not verified" where it names no article; in English the article ("Art. 7(5)") or "article not
    verified" (a section heading in Chinese is not English)."""
    source, section = split_citation(citation)
    article = article_of(section) if section else None
    if article is None:
        zh = f"{source.zh} · {section}（{ARTICLE_NOT_VERIFIED.zh}）" if section else f"{source.zh}（{ARTICLE_NOT_VERIFIED.zh}）"
        return Text(zh, f"{source.en} · {ARTICLE_NOT_VERIFIED.en}")
    return Text(f"{source.zh} · {section}", f"{source.en} · {article.en}")


def reading_words(value: str) -> Text | None:
    """A rule value that is a reading the pack chose ("full_years"), or a list of titles and skill levels
    ("title.intermediate, skill.technician"), in words; None for any other value."""
    found = READINGS.get(value)
    if found is not None or not value:
        return found
    parts = [part.strip() for part in value.split(",")]
    words = []
    for part in parts:
        kind, _, level = part.rpartition(".")
        table = {"title": TITLES, "skill": SKILLS}.get(kind) if kind else None
        name = table.get(level) if table is not None else TITLES.get(level) or SKILLS.get(level)
        if name is None:
            return None
        if kind == "title":
            name = Text(f"{name.zh}职称", f"{name.en} title")
        words.append(name)
    return Text("、".join(w.zh for w in words), ", ".join(w.en for w in words))


def input_letter(index: int) -> str:
    """How the inputs of a numbered line are lettered, on the worksheet and in the JSON: a, b, …, z, aa, ab, …"""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("a") + rest) + text
    return text
