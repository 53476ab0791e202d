"""Facts only Beijing's rules ask about, kept in the applicant file under `city_facts.beijing`."""

from __future__ import annotations

from simulator.cities.base import Fact
from simulator.core.text import Text

FACTS = (
    Fact(
        "work_residence_permit",
        "bool",
        Text(
            "截至申报前一年12月31日持有有效的北京市工作居住证",
            "holds a valid Beijing work-residence permit by Dec 31 of the year before",
        ),
        Text(
            "自2024年申报起，尚未申领居住证、但持有有效工作居住证的人员也可申报（单一来源）。",
            "From the 2024 round, someone who has not applied for a residence permit but holds a valid work-residence "
            "permit (工作居住证) may also declare (one source).",
        ),
        default=False,
    ),
)
