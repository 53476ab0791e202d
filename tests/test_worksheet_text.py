"""The small rules of how the worksheet writes: Chinese line breaks, value paths, articles, readings, input marks."""

from __future__ import annotations

import pytest

from simulator.core.phrases import article_of, citation_words, reading_words
from simulator.core.text import Text
from simulator.worksheet.cjk import apply_chinese_line_breaking, breaks
from simulator.worksheet.text import path_markup


def lines_of(text: str, width: int) -> list[str]:
    apply_chinese_line_breaking()
    return [text[a:b] for a, b in breaks(list(text), [1.0] * len(text), width)]


def test_closing_punctuation_never_starts_a_line_and_an_opening_bracket_never_ends_one():
    for width in range(4, 14):
        for line in lines_of("规则依据：社会保险；住房〔未找到来源〕，以及其他说明。", width)[1:]:
            assert line[0] not in "，；：。）〕", line
        for line in lines_of("规则依据：社会保险；住房〔未找到来源〕，以及其他说明。", width)[:-1]:
            assert line[-1] not in "（〔", line


def test_a_latin_word_is_not_cut_where_the_line_can_break_before_it():
    for width in range(12, 30):
        lines = lines_of("值路径为bonus.points_per_year以及其他", width)
        assert any("bonus.points_per_year" in line for line in lines) or width < 22, lines


def test_a_value_path_breaks_only_after_a_dot_or_an_underscore():
    markup = path_markup("bonus.honours.levels.municipal.max_points", 60)
    lines = markup.split(">", 1)[1].rsplit("<", 1)[0].split("<br/>")
    assert len(lines) > 1 and "".join(lines) == "bonus.honours.levels.municipal.max_points"
    assert all(line.endswith((".", "_")) for line in lines[:-1])


@pytest.mark.parametrize(
    "section, zh, en",
    [
        ("第七条（五） 缴纳职工社会保险费基数", "第七条（五）", "Art. 7(5)"),
        ("第十一条", "第十一条", "Art. 11"),
        ("第三条第二款", "第三条第二款", "Art. 3, para. 2"),
        ("问4 租赁和单位宿舍", "问4", "Q&A no. 4"),
    ],
)
def test_the_article_of_a_section_in_both_languages(section, zh, en):
    assert article_of(section) == Text(zh, en)


def test_a_citation_without_an_article_says_it_is_not_verified_and_keeps_chinese_out_of_english():
    words = citation_words(Text("《管理办法》 · 基础指标 年龄", "Administrative Measures · 基础指标 年龄"))
    assert words.zh == "《管理办法》 · 基础指标 年龄（条款未核实）"
    assert words.en == "Administrative Measures · article not verified"
    words = citation_words(Text("《办法》 · 第七条（一） 创业人才", "Measures · 第七条（一） 创业人才"))
    assert words.en == "Measures · Art. 7(1)" and words.zh.endswith("第七条（一） 创业人才")


def test_readings_and_lists_of_levels_are_said_in_words():
    assert reading_words("full_years").en.startswith("full years only")
    assert reading_words("title.intermediate, skill.technician") == Text("中级职称、技师", "intermediate title, technician")
    assert reading_words("120") is None and reading_words("Beijing") is None


def test_every_pack_value_has_a_label_in_both_languages_without_a_path_in_it():
    import re

    from simulator.engine.pack_values import pack_values
    from simulator.rules import installed_packs

    for pack in installed_packs():
        for path, label, _ in pack_values(pack):
            assert label.zh != label.en and not re.search(r"[a-z]+_[a-z]+|\.[a-z]", label.zh), (pack.pack.id, path, label)


def test_a_count_of_one_is_written_in_the_singular_in_english():
    step = Text.of(("{0}个月÷12={1}个整年（余{2}个月）", "{0} months ÷ 12 = {1} full years ({2} months left over)"), 13, 1, 1)
    assert step.en == "13 months ÷ 12 = 1 full year (1 month left over)"
    assert step.zh == "13个月÷12=1个整年（余1个月）"
    # other counts, and a one that is part of another number, keep the plural
    assert Text.of(("", "{0} years, {1} years, {2} days"), 21, "0.1", 2).en == "21 years, 0.1 years, 2 days"
    assert Text.of(("", "{0} full steps × {1}"), 1, 2).en == "1 full step × 2"
