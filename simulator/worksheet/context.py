"""What every section of the worksheet needs: the result, the applicant, the language and its styles, the line
numbers, the exhibits and the sheet's identity, each worked out once so that every page says the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph

from simulator import cities
from simulator.core.phrases import Phrasebook
from simulator.core.result import Evaluation
from simulator.profile.model import ApplicantProfile
from simulator.rules import PackBase, PackError, installed_packs
from simulator.worksheet.exhibits import Exhibits, exhibits_of
from simulator.worksheet.identity import document_id, input_digest
from simulator.worksheet.numbering import Lines
from simulator.worksheet.styles import Styles, styles_for
from simulator.worksheet.text import esc

SECTION_LETTERS = "ABCDEFGHIJKLMNOP"


class WrapOnce(Paragraph):
    """A paragraph that breaks its lines once per width: a table wraps each cell to measure the rows, then again
    to draw them, and breaking Chinese lines is most of a worksheet's time (a fifth less with this)."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == availWidth:
            self.width, self.height, self.blPara = cached[1], cached[2], cached[3]
            return cached[4]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.width, self.height, self.blPara, size)
        return size


@dataclass
class Sheet:
    result: Evaluation
    profile: ApplicantProfile
    lang: str
    show_id: bool
    computed_on: date
    labels: Phrasebook = field(init=False)
    styles: Styles = field(init=False)
    pack: PackBase | None = field(init=False)
    city: cities.City = field(init=False)  # what the result's city prints of the applicant
    lines: Lines = field(init=False)
    exhibits: Exhibits = field(init=False)
    document_id: str = field(init=False)
    input_digest: str = field(init=False)
    sections: dict[str, str] = field(init=False)  # section key -> its letter, in the order printed

    def __post_init__(self):
        self.labels = Phrasebook(self.lang)
        self.styles = styles_for(self.lang)
        self.pack = _pack_of(self.result)
        self.city = cities.get(self.result.city)
        self.lines = Lines.of(self.result)
        self.exhibits = exhibits_of(self.result, self.profile, self.pack, self.lines)
        self.document_id = document_id(self.profile, self.result, self.lang, self.computed_on, self.show_id)
        self.input_digest = input_digest(self.profile)
        self.sections = {}

    def para(self, markup: str, style: str = "cell") -> Paragraph:
        return WrapOnce(markup, getattr(self.styles, style))

    def plan_sections(self, keys: list[str]) -> None:
        """The detail sections this sheet prints, in order: page one names them by their letters."""
        self.sections = {key: SECTION_LETTERS[i] for i, key in enumerate(keys)}

    def letter(self, key: str) -> str:
        """The letter of a detail section ("A", "B", …), given in the order the sections are first asked for."""
        if key not in self.sections:
            self.sections[key] = SECTION_LETTERS[len(self.sections)]
        return self.sections[key]

    def heading(self, text: str, key: str | None = None) -> list:
        """A section heading that never ends a page: it moves on unless some room is left below it. With `key`,
        the section's letter goes before it."""
        shown = f"{self.letter(key)}　{text}" if key is not None and self.lang == "zh" else text
        if key is not None and self.lang != "zh":
            shown = f"{self.letter(key)}  {text}"
        return [CondPageBreak(30 * mm), self.para(esc(shown), "h2")]

    def city_name(self, city: str) -> str:
        return esc(cities.name_of(city)(self.lang))

    def district_name(self, district_id: str) -> str:
        """The district's name from the rule pack, marked when it is one of the central districts."""
        district = self.pack.district(district_id) if self.pack else None
        if district is None:
            return esc(district_id)
        name = district.zh if self.lang == "zh" else district.en
        if district.central:
            return f'{esc(name)} <font size="6.5" color="#5B6673">{esc(self.labels("central"))}</font>'
        return esc(name)

    def exhibit_ref(self, number: int | None) -> str:
        return "" if number is None else self.labels("exhibit_ref", n=number)


def _pack_of(result: Evaluation) -> PackBase | None:
    """The pack the result was computed with (for district, award and honour names); the exact file first."""
    try:
        packs = installed_packs()
    except PackError:  # a broken installed pack must not stop a worksheet for a result already computed
        return None
    for wanted in (
        lambda p: p.pack.id == result.pack_id and p.content_hash == result.pack_hash,
        lambda p: p.pack.id == result.pack_id,
        lambda p: p.pack.city == result.city,
    ):
        for pack in packs:
            if wanted(pack):
                return pack
    return None
