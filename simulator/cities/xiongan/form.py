"""Xiong'an's wizard form: the Art. 3 routing first, then the conditions, the basic indicators, the bonus ones and
the deductions (Art. 7, 8). The route page is Xiong'an's own (pages/route.py)."""

from __future__ import annotations

from simulator.cities.base import Form, Page
from simulator.core.text import Text

FORM = Form(
    (
        Page("start"),
        Page(
            "route",
            view="simulator.cities.xiongan.pages.route:RoutePage",
            title=Text("落户途径（第三条所列人员）", "Settlement route (Art. 3 groups)"),
            short=Text("落户途径", "Route"),
            help_topic="channel",
        ),
        Page("qualification", hidden=("has_residence_permit",), facts=("needed_person",)),
        Page("age", indicators=("age",)),
        Page(
            "education",
            indicators=("education",),
            intro=Text(
                "本规则不使用学习起止月份，可以不填。", "The study months are not used by these rules; you may leave them empty."
            ),
        ),
        Page("title_skill", indicators=("title_skill",)),
        Page(
            "employment",
            indicators=("employment",),
            intro=Text(
                "雄安计算截至截止月在雄安连续缴纳社会保险的期间，每满一年计分。从北京疏解转移的人员，与雄安缴费直接衔接的北京缴费月份，可计入“满三年”的条件。",
                "Xiong'an counts the unbroken run of Xiong'an insurance that reaches the cut-off month: each full year "
                "scores. For staff transferred from Beijing, Beijing months that run straight on into Xiong'an's count "
                "towards the three-year condition.",
            ),
            columns={"social_insurance": ("start", "end", "back_paid", "city")},
            hidden=("workplaces",),
        ),
        Page(
            "homes",
            indicators=("residence",),
            intro=Text(
                "雄安计算截至截止日连续合法稳定居住的期间：租赁住所须租赁合同已登记备案才计入，请为这些行勾选“租赁已备案”。每满一年计分。",
                "Xiong'an counts the unbroken run of legal stable residence reaching the cut-off: a rental counts only "
                "with a registered lease, so tick “Lease registered” for those rows. Each full year scores.",
            ),
        ),
        Page("city_honours", indicators=("honours",)),
        Page(
            "patents",
            indicators=("innovation",),
            intro=Text(
                "未找到雄安的创新积分标准表：专利已列出，在您自行提供分值之前，其分值显示为“官方分值暂缺”。",
                "Xiong'an's table of innovation points was not found: a patent is listed, and its points are “official "
                "value not available” until you supply them.",
            ),
        ),
        Page(
            "city_tax",
            indicators=("tax",),
            intro=Text(
                "未找到雄安的纳税积分标准表：您在雄安的纳税情况已列出，在您自行提供分值之前，其分值显示为“官方分值暂缺”。",
                "Xiong'an's table of tax points was not found: your Xiong'an tax is listed, and its points are "
                "“official value not available” until you supply them.",
            ),
            hidden=("investment_tax",),
        ),
        Page(
            "deductions",
            indicators=("deductions",),
            intro=Text(
                "未找到雄安的减分标准表：记录已列出，在您自行提供分值之前，其分值显示为“官方分值暂缺”。",
                "Xiong'an's table of deductions was not found: a record is listed, and its points are “official value "
                "not available” until you supply them.",
            ),
            hidden=("veto",),
        ),
        Page("summary"),
    )
)
