"""The outcome of a batch, ranked and written: summary.csv, summary.xlsx and errors.csv.

Ranking: applicants who meet every condition (and are scored: no other settlement channel, no veto) come first,
by total, highest first; where the city's rules order equal totals by further criteria (Hangzhou) those decide,
otherwise equal totals share a rank (as in the official lists, where the same score is treated the same) and keep
the order of the input file. Under rules with a fixed pass mark nobody is ranked: everyone is listed by total with
whether the mark is reached. Applicants who miss a condition follow, in the same order, without a rank: their
totals are what-ifs.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import BinaryIO

from simulator.batch.formulas import defused
from simulator.batch.rows import RowProblem
from simulator.batch.scorer import CSV_LEAD, BatchOptions
from simulator.batch.xlsx import Rendered, Sheet, write_xlsx
from simulator.core.atomic import atomic_outputs
from simulator.core.phrases import PHRASES, Phrasebook
from simulator.core.ranking import competition_ranks
from simulator.core.text import Text

# each problem names its row, the column, what is wrong, the value found and the file it is in
ERROR_COLUMNS = ("row", "applicant_id", "column", "problem", "value", "file")
# The outputs hold applicants' personal data (names, ID numbers): readable by their owner only, like the worksheets.
PRIVATE = 0o600


@dataclass(slots=True)
class ScoredRow:
    row: int
    applicant_id: str
    name: str
    id_shown: str
    qualified: bool
    unmet: tuple[str, ...]  # ids of the conditions not met
    total: Decimal
    ranked: bool  # takes a rank (see the module's docstring)
    # The total and the tie-break values, "57.25,1460" (text crosses from a worker process faster than Decimals).
    key_text: str
    points_text: str  # the indicators' points in the summary's order, "57.25,15.83,…" ("" where not scored)
    # The row's summary lines without the rank, rendered where it was scored (in parallel): the CSV line after
    # "rank," and the workbook cells from column B on (see xlsx.Rendered).
    csv_tail: bytes = b""
    xlsx_tail: bytes = b""
    # the ranking order, highest first: (ranked, qualified, total, tie-break values…, -row), set by scored_row
    order: tuple = ()

    @property
    def key(self) -> tuple[Decimal, ...]:
        return tuple(Decimal(p) for p in self.key_text.split(","))

    @property
    def points(self) -> tuple[Decimal | None, ...]:
        return tuple(Decimal(p) if p else None for p in self.points_text.split(","))


@dataclass(slots=True)
class BatchResult:
    source: Path
    out_dir: Path
    year: int
    indicator_ids: tuple[str, ...] = ()
    indicator_names: list[Text] = field(default_factory=list)
    rows: list[ScoredRow] = field(default_factory=list)  # ranked
    ranks: list[int | None] = field(default_factory=list)  # parallel to rows
    problems: list[RowProblem] = field(default_factory=list)  # by row number
    rows_read: int = 0
    files: list[Path] = field(default_factory=list)
    pdfs: int = 0
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def rows_with_problems(self) -> int:
        return len({p.row for p in self.problems if p.column != "pdf"})


def scored_row(line: tuple) -> ScoredRow:
    """A scored line as a worker sends it (scorer.Scorer.score), made a row as its chunk arrives: while the other
    chunks are still being scored, not in the serial end of the batch."""
    row, applicant_id, name, shown, qualified, unmet, total, ranked, key, points, csv_tail, xlsx_tail = line
    scored = ScoredRow(row, applicant_id, name, shown, qualified, unmet, Decimal(total), ranked, key, points, csv_tail, xlsx_tail)
    # the key is the total, then the tie-break values where the rules set some: only those are read from text.
    # Every row of a batch has a key of one length (one pack's tie-break), so -row never meets a tie-break value.
    order = scored.key if "," in key else (scored.total,)
    scored.order = (ranked, qualified, *order, -row)
    return scored


def rank_rows(rows: list[ScoredRow]) -> tuple[list[ScoredRow], list[int | None]]:
    """The rows in ranked order (see the module's docstring), and each one's rank (None: not ranked)."""
    # Highest first; equal keys in the input's order (the row number, negated, is the order's last part).
    rows.sort(key=_order, reverse=True)
    return rows, competition_ranks([r.key_text if r.ranked else None for r in rows])


_order = attrgetter("order")


def write_outputs(result: BatchResult, options: BatchOptions) -> list[Path]:
    out = result.out_dir
    columns = (*CSV_LEAD, *result.indicator_ids)

    def summary_csv(handle: BinaryIO) -> None:
        # the text cells are defused where each row is rendered (scorer.csv_field)
        header = io.StringIO()
        csv.writer(header).writerow(columns)
        # The byte-order mark makes Excel open the Chinese text as UTF-8.
        handle.write(b"\xef\xbb\xbf" + header.getvalue().encode("utf-8"))
        lines = []
        for rank, row in zip(result.ranks, result.rows):
            lines.append(b"," + row.csv_tail if rank is None else b"%d,%b" % (rank, row.csv_tail))
            if len(lines) >= 5000:
                handle.write(b"".join(lines))
                lines.clear()
        handle.write(b"".join(lines))

    def errors_csv(handle: BinaryIO) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow(ERROR_COLUMNS)
        source = defused(result.source.name)
        writer.writerows(
            (p.row, *(defused(t) for t in (p.applicant_id, p.column, p.message, p.value)), source) for p in result.problems
        )
        text.flush()
        text.detach()  # the handle stays open for the rename

    def summary_xlsx(handle: BinaryIO) -> None:
        lang = options.lang if options.lang in ("zh", "en") else "en"
        widths = (6, 7, 12, 12, 22, 8, 24, 9, 9, 9, 14) + (10,) * len(result.indicator_ids)
        # Rows are produced as the file is written: the whole cohort is never held twice.
        write_xlsx(
            handle,
            [
                Sheet("summary" if lang == "en" else "排名", _xlsx_rows(result, lang), widths),
                Sheet("about", _about_rows(result, options), (28, 80)),
            ],
        )

    # Each file through a temporary one made safely beside it (core.atomic: no link planted in the folder is
    # followed), and the three renamed over their targets together: a failure in any (a full disk) leaves the
    # files of an earlier batch as they were, never a new summary beside an old list of errors.
    writers = {"summary.csv": summary_csv, "summary.xlsx": summary_xlsx, "errors.csv": errors_csv}
    paths = [out / name for name in writers]
    with atomic_outputs(paths) as handles:
        for write, handle in zip(writers.values(), handles):
            write(handle)
    for path in paths:
        os.chmod(path, PRIVATE)  # mkstemp made them so already; said again where a system's default differs
    return paths


def _xlsx_rows(result: BatchResult, lang: str):
    phrases = Phrasebook(lang)
    yield (*(phrases(f"batch_{c}") for c in CSV_LEAD), *(name(lang) for name in result.indicator_names))
    for rank, row in zip(result.ranks, result.rows):
        yield Rendered((rank,), row.xlsx_tail)


def _about_rows(result: BatchResult, options: BatchOptions):
    info = options.pack.pack
    qualified = sum(1 for r in result.rows if r.qualified)
    yield ("item", "value")
    yield ("source file", result.source.name)
    yield ("city", f"{options.city.name.zh} / {options.city.name.en}")
    yield ("declaration year", result.year)
    yield ("rules", f"{info.name.zh} / {info.name.en} ({info.id}, data {info.data_version}, {options.pack.content_hash})")
    yield ("applicants scored", len(result.rows))
    yield ("of whom qualified", qualified)
    yield ("rows with problems", result.rows_with_problems)
    yield (
        "ranking",
        "Qualified applicants by total, highest first (and the rules' tie-break order where they set one); "
        "equal totals share a rank and keep the input order. Under a fixed pass mark nobody is ranked. "
        "Applicants missing a condition follow without a rank (their totals are what-ifs).",
    )
    yield ("note", f"{PHRASES['disclaimer'].en} {PHRASES['disclaimer'].zh}")
