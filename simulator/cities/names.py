"""Names of the indicators several cities' rules share (scored by simulator.engine.scales)."""

from simulator.core.text import Text

AGE = Text("年龄", "Age")
EDUCATION = Text("文化程度", "Education")
TITLE_SKILL = Text("专业技术职称或职业资格", "Professional title or skill level")
