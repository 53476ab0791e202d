"""The applicant file: the ID number checked (GB 11643), the declaration a file was saved for, and the problems of a
file that cannot be read, in both languages."""

import json
from datetime import date

import pytest

from simulator.profile import ApplicantProfile, Declaration, ProfileFileError, dump_profile, id_number, load_profile

GOOD = "110112198207204821"  # Beijing, Dongcheng's code area; born 1982-07-20; a woman (2 is even)


def test_a_good_number_gives_birth_date_sex_and_province():
    info = id_number.check(GOOD, date(2026, 12, 1))
    assert isinstance(info, id_number.IdInfo)
    assert info.birth_date == date(1982, 7, 20) and info.sex == "female" and info.province.en == "Beijing"
    assert id_number.check("110105199003151634").sex == "male"
    assert id_number.check("11010519491231002x").number.endswith("X")  # x read as X


@pytest.mark.parametrize(
    "number, code",
    [
        ("110112198207204321", "check_digit"),  # one digit changed
        ("12345abc", "length"),
        ("11011219820720482", "length"),
        ("1101121982072048A1", "characters"),
        ("990112198207204821", "region"),  # 99 is no province
        ("110012198207204821", "region"),  # no prefecture
        ("110112198202304821", "birth_date"),  # 30 February
    ],
)
def test_a_wrong_number_is_refused_with_the_reason(number, code):
    found = id_number.check(number, date(2026, 12, 1))
    assert isinstance(found, id_number.Finding) and found.code == code
    assert found.text.zh and found.text.en


def test_the_check_digit_names_the_expected_one():
    found = id_number.check("110112198207204321")
    assert found.values == ("X", "1")
    assert "should be" in found.text.en and found.values[0] in found.text.en


def test_an_old_fifteen_digit_number_is_read_and_given_its_eighteen():
    info = id_number.check("110105820720482")
    assert isinstance(info, id_number.IdInfo) and info.old_form
    assert info.birth_date == date(1982, 7, 20) and info.sex == "female"
    assert len(info.eighteen) == 18 and isinstance(id_number.check(info.eighteen), id_number.IdInfo)


def test_a_birth_date_after_today_is_refused():
    assert id_number.check("110105203001010011", date(2026, 12, 1)).code in ("born_after", "check_digit")
    body = "11010520300101001"
    assert id_number.check(body + id_number.check_digit(body), date(2026, 12, 1)).code == "born_after"


def test_a_residence_permit_of_hong_kong_residents_passes():
    body = "81000019900101001"
    assert isinstance(id_number.check(body + id_number.check_digit(body)), id_number.IdInfo)


MINIMAL = {"birth_date": "1985-06-15", "retirement_category": "male"}


def test_the_declaration_is_kept_and_a_file_without_one_reads_as_before(tmp_path):
    profile = ApplicantProfile.model_validate(MINIMAL)
    assert "declaration" not in json.loads(dump_profile(profile))["applicant"]  # as files always were
    declared = profile.model_copy(
        update={"declaration": Declaration(city="hangzhou", edition="hangzhou-2024-07", round="2025-q3", total="80–95")}
    )
    path = tmp_path / "a.json"
    path.write_text(dump_profile(declared), encoding="utf-8")
    again = load_profile(path)
    assert again.declaration == declared.declaration
    assert again.declaration.round == "2025-Q3"  # as rounds are written


def test_a_declaration_with_a_wrong_round_is_refused_naming_the_field(tmp_path):
    data = {
        "format": "points-simulator/applicant",
        "version": 1,
        "applicant": {**MINIMAL, "declaration": {"city": "beijing", "edition": "beijing-2020", "round": "next year"}},
    }
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProfileFileError) as caught:
        load_profile(path)
    assert caught.value.problems[0].startswith("applicant.declaration.round")
    assert caught.value.texts[0].zh.startswith("申请人 › 申报 › 申报批次")


def test_every_problem_of_a_file_is_worded_in_chinese_too(tmp_path):
    data = {
        "format": "points-simulator/applicant",
        "version": 1,
        "applicant": {
            **MINIMAL,
            "social_insurance": [{"start": "2012-13"}],
            "housing": [{"start": "2012-01", "kind": "castle"}],
            "notes": "\udc80",  # JSON can carry half of a UTF-16 pair (written \\udc80); nothing can write it
        },
    }
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProfileFileError) as caught:
        load_profile(path)
    zh = [t.zh for t in caught.value.texts]
    assert zh[0] == "申请人 › 社会保险第1条 › 开始：月份应为01至12。"
    assert zh[1].startswith("申请人 › 住房第1条 › 类型：不是可选的值之一")
    assert zh[2] == "申请人 › 备注：含有无法写入的字符（不成对的代理项）。"
    assert [t.en for t in caught.value.texts] == caught.value.problems
    missing = tmp_path / "missing.json"
    with pytest.raises(ProfileFileError) as caught:
        load_profile(missing)
    assert caught.value.texts[0].zh == "找不到文件。" and caught.value.problems == ["file not found"]
