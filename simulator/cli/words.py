"""The command line's refusals in Chinese, under `--lang zh` (the default). They are worded in English where they
arise (scripts and the log match on that wording); this module words each line through the patterns below, the
English kept for a message no pattern knows yet. Field paths are named as the applicant file's documentation names
them, in Chinese (simulator.profile.wording)."""

from __future__ import annotations

import re

from simulator.core.rewording import pattern_table, reworded
from simulator.profile.wording import where_zh

_FILE = re.compile(r"^('?[^:;]+\.(?:json|csv|xlsx|toml|pdf|txt)'?): (.*)$", re.IGNORECASE)
_FIELD = re.compile(r"^((?:applicant\.)?[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*): (.*)$")

_ZH = pattern_table(
    (
        (r"file not found", "找不到文件"),
        (r"the following arguments are required: (.+)", r"缺少必需的参数：\1"),
        (r"unrecognized arguments: (.+)", r"无法识别的参数：\1"),
        (r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)", r"参数\1：无效的选择\2（可选：\3）"),
        (r"argument (\S+): expected one argument", r"参数\1：需要一个值"),
        (r"argument (\S+): expected (\w+) arguments?", r"参数\1：需要\2个值"),
        (
            r"expected a declaration year \(2024\) or a round \(2025-Q3, 2024-H2\), got (.+)",
            r"应为申报年度（2024）或批次（2025-Q3、2024-H2），实际为\1",
        ),
        (r"(\S+): the program scores declaration years up to (\d+)", r"\1：本程序计算的申报年度最晚到\2年"),
        (r"expected a date written as YYYY-MM-DD, got (.+)", r"日期应写成YYYY-MM-DD，实际为\1"),
        (r"no city called (.+) \(known: (.+)\)", r"没有名为\1的城市（可选：\2）"),
        (r"no rule pack (.+) is installed \(installed: (.+)\)", r"没有安装规则包\1（已安装：\2）"),
        (
            r"unknown command (.+) \(did you mean (.+)\?\); the commands are (.+)",
            r"未知命令\1（是否要输入\2？）；可用的命令：\3",
        ),
        (
            r"unknown command (.+); the commands are (.+), or give an applicant file to open in the window",
            r"未知命令\1；可用的命令：\2，或给出一个申请人文件以在窗口中打开",
        ),
        (
            r"no such file \(to open an applicant file in the window, give an existing file\)",
            "没有这个文件（要在窗口中打开申请人文件，请给出已有的文件）",
        ),
        (
            r"give --years YEAR_A YEAR_B, or --packs PACK_A PACK_B with --year",
            "请给出 --years 年度A 年度B，或者 --packs 规则包A 规则包B 并加上 --year",
        ),
        (
            r"--year: needed with --packs \(the declaration year to score both in\)",
            "--year：使用 --packs 时需要给出（两者都按该申报年度计分）",
        ),
        (r"the template is written as \.xlsx or \.csv", "模板只能写成.xlsx或.csv文件"),
        (
            r"(\S+): the (\S+) rules hold (\d+) rounds a year; name one \((.+)\)",
            r"\1：\2规则每年有\3个批次，请指定其中之一（\4）",
        ),
        (r"(\S+): the (\S+) rules hold one round a year; give the year \((\d+)\)", r"\1：\2规则每年一个批次，请给出年度（\3）"),
        (r"declaration round (\S+): the (\S+) rules apply to (.+)", r"申报批次\1：\2规则适用于\3"),
        (r"--year: the (\S+) rules do not apply to declaration year (\S+)", r"--year：\1规则不适用于\2年度申报"),
        (r"no (\S+) rules apply to declaration year (\d+)", r"\2年度申报没有适用的\1规则"),
        (r"(\S+) is after the cut-off (\S+) for declaration year (\d+)", r"\1晚于\3年度申报的截止日\2"),
        (r"cannot write (.+): (.+)", r"无法写入\1：\2"),
        (r"cannot read the file \((.+)\)", r"无法读取文件（\1）"),
        (r"the file is not UTF-8 text", "文件不是UTF-8编码的文本"),
        (r"give the name of the (.+) to write", "请给出要写入的文件名"),
        (r"a file name cannot hold a NUL character", "文件名不能包含NUL字符"),
        (r"an argument cannot hold a NUL character", "参数不能包含NUL字符"),
        (r"is a folder; give the name of the (.+) to write", "是一个文件夹；请给出要写入的文件名"),
        (r"the folder (.+) does not exist", r"文件夹\1不存在"),
        (
            r"the (.+) exists(.*); give --force to replace it, or another name",
            r"文件已存在\2；要替换请加 --force，或换一个文件名",
        ),
        (
            r"the display (\S+) is not there \(is the X server running\?\); the terminal commands need none: (.+)",
            r"显示器\1不存在（X服务器是否在运行？）；终端命令不需要显示器：\2",
        ),
        (
            r"no display to open the window on \(set DISPLAY, or run scripts/start\.sh, which starts a virtual one\); "
            r"the terminal commands need none: (.+)",
            r"没有可以打开窗口的显示器（请设置DISPLAY，或运行会启动虚拟显示器的scripts/start.sh）；终端命令不需要显示器：\1",
        ),
    )
)
_HINT = (
    " (to rescore an earlier year with a newer file, add --drop-after-cutoff)",
    "（如要用较新的文件重算往年，请加 --drop-after-cutoff）",
)


def _pattern(text: str) -> str | None:
    return reworded(_ZH, text)


_ROW = re.compile(r"^row (\d+)(?: \((.+?)\))?, column (\S+)(?:, value (.+?))?: (.*)$")
_MORE = re.compile(r"^([\d,]+) more problems in (.+)$")


def _one(text: str) -> str:
    worded = _pattern(text)
    if worded is not None:
        return worded
    row = _ROW.match(text)
    if row:  # a batch row's problem: the row, the applicant, the column, the value, then the sheet's words
        from simulator.batch.wording import problem_words

        number, applicant, column, value, message = row.groups()
        where = f"第{number}行" + (f"（{applicant}）" if applicant else "") + f"，{column}列" + (f"（{value}）" if value else "")
        return f"{where}：{problem_words(message, 'zh')}"
    more = _MORE.match(text)
    if more:
        return f"另有{more.group(1)}个问题，见{more.group(2)}"
    if text.startswith("argument "):  # argparse's prefix before one of our own messages
        name, _, rest = text[len("argument ") :].partition(": ")
        if rest:
            return f"参数{name}：{_one(rest)}"
    field = _FIELD.match(text)
    if field:
        return f"{where_zh(field.group(1))}：{_one(field.group(2))}"
    return text


def in_chinese(message: str) -> str:
    """One refusal line in Chinese: a file named first, then its problems (separated by "; "), each worded."""
    hint = ""
    if message.endswith(_HINT[0]):
        message, hint = message[: -len(_HINT[0])], _HINT[1]
    found = _FILE.match(message)
    head, rest = (found.group(1) + "：", found.group(2)) if found else ("", message)
    whole = _pattern(rest)
    if whole is None:
        whole = "；".join(_one(part) for part in rest.split("; ")) if "; " in rest else _one(rest)
    return head + whole + hint
