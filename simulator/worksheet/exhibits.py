"""The supporting documents of a worksheet, numbered once so that page one, the lines, the period tables and the
exhibit list all give the same number: the qualification's documents, those of every line that has points to
prove (or a range), and one for each declared home (the property deed or the registered lease, whose number the
official form asks for). The documents of a topic are the city's help texts (`help.toml`), rendered for the
edition; a topic without help has no exhibit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from simulator.core.months import format_month
from simulator.core.phrases import HOUSING, PHRASES
from simulator.core.result import Evaluation
from simulator.core.text import Text
from simulator.profile.model import ApplicantProfile
from simulator.rules.help import indicator_help
from simulator.worksheet.numbering import Lines


@dataclass(frozen=True, slots=True)
class Exhibit:
    number: int
    subject: Text  # what it proves: "Qualification", "Line 3 · Education", "Housing row 2 (…)"
    documents: Text
    where_to_look: Text | None = None
    verified_by: Text | None = None
    verified_unconfirmed: bool = False
    certificates: tuple[Text, ...] = ()  # the numbers the official form asks for, to be written in

    def ref(self, lang: str) -> str:
        return PHRASES["exhibit_ref"](lang).format(n=self.number)


@dataclass(slots=True)
class Exhibits:
    items: list[Exhibit] = field(default_factory=list)
    qualification: int | None = None
    by_line: dict[int, int] = field(default_factory=dict)  # line -> exhibit number
    by_home: dict[int, int] = field(default_factory=dict)  # row of the housing table (1, 2, …) -> exhibit number

    def get(self, number: int | None) -> Exhibit | None:
        return next((e for e in self.items if e.number == number), None)


def _proves_something(item) -> bool:
    """A line with points (or a range) to prove; a line of 0 whatever the facts has nothing to show."""
    return item.low != 0 or item.high != 0


def _certificates(indicator_id: str, profile: ApplicantProfile) -> tuple[Text, ...]:
    if indicator_id != "education" or profile.education is None:
        return ()
    found = [PHRASES["cert_diploma"]] if profile.education.diploma else []
    if profile.education.degree and profile.education.level not in ("high_school", "junior_college"):
        found.append(PHRASES["cert_degree"])
    return tuple(found)


def home_rows(profile: ApplicantProfile) -> list:
    """The housing periods as the worksheet numbers them (by start)."""
    return sorted(profile.housing, key=lambda period: period.start)


def exhibits_of(result: Evaluation, profile: ApplicantProfile, pack, lines: Lines) -> Exhibits:
    found = Exhibits()

    def add(subject: Text, help_id: str, certificates: tuple[Text, ...] = ()) -> int | None:
        topic = indicator_help(result.city, help_id, pack)
        if topic is None:
            return None
        number = len(found.items) + 1
        where = topic.where_to_look.text if topic.where_to_look.zh or topic.where_to_look.en else None
        found.items.append(
            Exhibit(
                number,
                subject,
                topic.documents.text,
                where,
                topic.verified_by.text,
                topic.verified_by.confidence == "?",
                certificates,
            )
        )
        return number

    if result.qualification:
        found.qualification = add(PHRASES["qualification"], "qualification")
    if result.scored:
        for item in result.indicators:
            if not _proves_something(item):
                continue
            line = lines.numbers[item.id]
            subject = Text(f"第{line}行　{item.name.zh}", f"Line {line} · {item.name.en}")
            number = add(subject, item.id, _certificates(item.id, profile))
            if number is not None:
                found.by_line[line] = number
    for row, home in enumerate(home_rows(profile), start=1):
        if home.city != result.city or home.kind not in ("own", "rented") or home.start > _last_month(result):
            continue
        end_zh = format_month(home.end) if home.end is not None else PHRASES["ongoing"].zh
        end_en = format_month(home.end) if home.end is not None else PHRASES["ongoing"].en
        kind = HOUSING[home.kind]
        subject = Text(
            f"居住期间第{row}行（{format_month(home.start)}–{end_zh}，{kind.zh}）",
            f"Housing row {row} ({format_month(home.start)} – {end_en}, {kind.en})",
        )
        documents = PHRASES["doc_deed"] if home.kind == "own" else PHRASES["doc_lease"]
        certificate = PHRASES["cert_deed"] if home.kind == "own" else PHRASES["cert_lease"]
        number = len(found.items) + 1
        found.items.append(Exhibit(number, subject, documents, certificates=(certificate,)))
        found.by_home[row] = number
    return found


def _last_month(result: Evaluation) -> int:
    from simulator.core.rounds import last_counted_month

    return last_counted_month(result.cutoff)
