"""Resident identity card numbers (GB 11643-1999): what a number says and whether it can be one.

An 18-character number is the region code (6 digits, GB/T 2260), the birth date (YYYYMMDD), a sequence number
(3 digits; the last one odd for a man, even for a woman) and a check digit (ISO 7064 MOD 11-2: 0-9 or X). A
15-digit number is the older form (issued until 1999): the birth date as YYMMDD of the 1900s and no check digit.

The region code is checked at the province level: its first two digits must name one of the provincial-level
divisions, and the next two a prefecture (or "0000" for the residence permits of Hong Kong, Macao and Taiwan
residents, 81/82/83). A county code that existed once stays valid in the numbers issued under it, so counties
are not checked against today's list. Nothing here reads the clock: the day the number is checked against is
given. No Qt; the faces word the findings for their user (each finding has a code and both languages).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from simulator.core.text import Text

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"

# The provincial-level divisions of GB/T 2260, by the first two digits of the region code.
PROVINCES: dict[str, Text] = {
    "11": Text("北京", "Beijing"),
    "12": Text("天津", "Tianjin"),
    "13": Text("河北", "Hebei"),
    "14": Text("山西", "Shanxi"),
    "15": Text("内蒙古", "Inner Mongolia"),
    "21": Text("辽宁", "Liaoning"),
    "22": Text("吉林", "Jilin"),
    "23": Text("黑龙江", "Heilongjiang"),
    "31": Text("上海", "Shanghai"),
    "32": Text("江苏", "Jiangsu"),
    "33": Text("浙江", "Zhejiang"),
    "34": Text("安徽", "Anhui"),
    "35": Text("福建", "Fujian"),
    "36": Text("江西", "Jiangxi"),
    "37": Text("山东", "Shandong"),
    "41": Text("河南", "Henan"),
    "42": Text("湖北", "Hubei"),
    "43": Text("湖南", "Hunan"),
    "44": Text("广东", "Guangdong"),
    "45": Text("广西", "Guangxi"),
    "46": Text("海南", "Hainan"),
    "50": Text("重庆", "Chongqing"),
    "51": Text("四川", "Sichuan"),
    "52": Text("贵州", "Guizhou"),
    "53": Text("云南", "Yunnan"),
    "54": Text("西藏", "Tibet"),
    "61": Text("陕西", "Shaanxi"),
    "62": Text("甘肃", "Gansu"),
    "63": Text("青海", "Qinghai"),
    "64": Text("宁夏", "Ningxia"),
    "65": Text("新疆", "Xinjiang"),
    "71": Text("台湾", "Taiwan"),
    "81": Text("香港", "Hong Kong"),
    "82": Text("澳门", "Macao"),
    "83": Text("台湾（居住证）", "Taiwan (residence permit)"),
}
PERMIT_REGIONS = ("81", "82", "83")  # residence permits for Hong Kong, Macao and Taiwan residents: "810000" ...

Sex = Literal["male", "female"]
FindingCode = Literal["length", "characters", "check_digit", "region", "birth_date", "born_after"]


@dataclass(frozen=True, slots=True)
class Finding:
    """Why a number cannot be an ID number, in both languages; `code` says which check failed."""

    code: FindingCode
    text: Text
    values: tuple = ()  # what the message names (a length, a code, a date, the expected and the typed check digit)


@dataclass(frozen=True, slots=True)
class IdInfo:
    """What a number that passed every check says."""

    number: str  # as checked: upper-case X, no spaces
    birth_date: date
    sex: Sex
    province: Text
    old_form: bool  # the 15-digit form

    @property
    def eighteen(self) -> str:
        """The 18-character form (for an old number: the century added and the check digit computed)."""
        if not self.old_form:
            return self.number
        body = self.number[:6] + "19" + self.number[6:]
        return body + check_digit(body)


def normalise(text: str) -> str:
    """Spaces and dashes dropped, x written as X (how a number is read off a card)."""
    return "".join(ch for ch in text if not ch.isspace() and ch != "-").upper()


def check_digit(first17: str) -> str:
    return CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def _birth(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def check(text: str, today: date | None = None) -> IdInfo | Finding:
    """The number's birth date, sex and province, or the first check it fails (with the reason)."""
    number = normalise(text)
    if len(number) not in (15, 18):
        return Finding(
            "length",
            Text(
                f"身份证号码应为18位（旧证15位），这里是{len(number)}位。",
                f"An ID number has 18 characters (15 on the old cards); this one has {len(number)}.",
            ),
            (len(number),),
        )
    old = len(number) == 15
    digits = number if old else number[:17]
    if not digits.isdigit() or not (old or number[17].isdigit() or number[17] == "X"):
        return Finding(
            "characters",
            Text(
                "身份证号码只能是数字，18位号码的最后一位可以是X。",
                "An ID number is digits only; the last of 18 may be an X.",
            ),
        )
    province = PROVINCES.get(number[:2])
    if province is None:
        return Finding(
            "region",
            Text(
                f"地区码{number[:6]}不存在：前两位{number[:2]}不是任何省级行政区的代码。",
                f"The region code {number[:6]} does not exist: {number[:2]} is not the code of any province.",
            ),
            (number[:6],),
        )
    permit = number[:2] in PERMIT_REGIONS
    if (permit and number[2:6] != "0000") or (not permit and number[2:4] == "00"):
        return Finding(
            "region",
            Text(
                f"地区码{number[:6]}不存在（{province.zh}）。",
                f"The region code {number[:6]} does not exist ({province.en}).",
            ),
            (number[:6],),
        )
    born_text = "19" + number[6:12] if old else number[6:14]
    born = _birth(born_text)
    if born is None or born.year < 1900:
        shown = f"{born_text[:4]}-{born_text[4:6]}-{born_text[6:]}"
        return Finding(
            "birth_date",
            Text(f"号码中的出生日期{shown}不是有效日期。", f"The birth date in the number, {shown}, is not a date."),
            (shown,),
        )
    if today is not None and born > today:
        return Finding(
            "born_after",
            Text(
                f"号码中的出生日期{born.isoformat()}在今天之后。",
                f"The birth date in the number, {born.isoformat()}, is after today.",
            ),
            (born.isoformat(),),
        )
    if not old:
        expected = check_digit(number[:17])
        if number[17] != expected:
            return Finding(
                "check_digit",
                Text(
                    f"校验码不符：按前17位，最后一位应为{expected}，而不是{number[17]}。请核对号码是否输错。",
                    f"The check digit does not match: from the first 17 digits the last should be {expected}, "
                    f"not {number[17]}. Check the number for a typing error.",
                ),
                (expected, number[17]),
            )
    sequence = number[14] if old else number[16]
    return IdInfo(number, born, "male" if int(sequence) % 2 else "female", province, old)
