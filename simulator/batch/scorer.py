"""Scoring the rows of one chunk, in this process or in a worker: each row parsed by the city's layout, checked
and scored through the one scoring use case, and kept as a compact line (the summary's cells rendered where the
row was scored, so the main process only orders them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator import cities, scoring
from simulator.batch.file_names import NameBook
from simulator.batch.formulas import defused
from simulator.batch.layout import Layout
from simulator.batch.rows import RowParser, district_names
from simulator.batch.xlsx import escape_text, render_cells, row_template
from simulator.core.collector import collector_paused
from simulator.core.decimals import fmt
from simulator.core.errors import NotApplicable
from simulator.core.identity import mask_id

# The summary's columns before the indicators; then one column per indicator of the edition scored.
# total: the lowest reading where values not known make it a range; total_low / total_high: that range, each bound
# empty where none is known ("at least 30": total_high empty)
CSV_LEAD = (
    "rank",
    "row",
    "applicant_id",
    "name",
    "id_number",
    "qualified",
    "unmet_conditions",
    "total",
    "total_low",
    "total_high",
    "status",
)
YES_NO = {"zh": ("是", "否"), "en": ("yes", "no")}


@dataclass(frozen=True, slots=True)
class BatchOptions:
    pack: object
    year: int
    pdf: bool = False
    lang: str = "zh"
    show_id: bool = False
    drop_after_cutoff: bool = False

    @property
    def city(self):
        return cities.of_pack(self.pack)

    @property
    def layout(self) -> Layout:
        return self.city.batch

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.city.indicators_of(self.pack))


def status_of(result) -> str:
    """What the summary says besides the total (stable words, for scripts): another channel, a veto, a pass mark."""
    if result.channel is not None:
        return f"channel:{result.channel.id}"
    if result.veto is not None:
        return "veto"
    parts = []
    if result.provisional:
        parts.append("range" if result.ranged else "provisional")
    if result.pass_mark is not None:
        # reached only at the lowest total, not reached only at the highest; otherwise it depends
        parts.append(
            {"reached": "pass", "not_reached": "below_pass", "depends": "pass_depends"}[result.pass_state(result.pass_mark)]
        )
    return ";".join(parts)


def ranked(result) -> bool:
    """Whether the row takes a rank: qualified, scored (no other channel, no veto) and under rules that rank."""
    return result.qualified and result.channel is None and result.veto is None and result.pass_mark is None


class Scorer:
    def __init__(self, header: list[str], options: BatchOptions, out_dir: Path, source: str, text_cells: bool = False):
        city = options.city
        self.parser = RowParser(
            header, options.layout, city.id, district_names(options.pack), source=source, text_cells=text_cells
        )
        self.options = options
        self.pdf_dir = out_dir / "pdf"
        self.ids = options.indicator_ids
        # Columns B onwards of a summary row: row, id, name, ID number, qualified, unmet, total, its lowest and highest,
        # status, the indicators.
        self.xlsx_tail = row_template("i" + "sssss" + "nnn" + "s" + "n" * len(self.ids), first_column=1)

    def score(self, chunk: list[tuple[int, list]]) -> tuple[list[tuple], list[tuple], int]:
        # The objects made for a row (profile, evaluation) are freed as soon as the row is done; the cyclic
        # collector would only re-walk everything still alive, over and over. It runs once after each chunk.
        # Not so with worksheets: a reportlab document is a web of cycles (about 1 MB each) that only the
        # collector frees, so memory would grow with every row of the chunk.
        if self.options.pdf:
            return self._score(chunk)
        with collector_paused():
            return self._score(chunk)

    def _score(self, chunk: list[tuple[int, list]]) -> tuple[list[tuple], list[tuple], int]:
        opts = self.options
        scored, problems, pdfs = [], [], 0
        # With PDFs, each row comes with the worksheet's file name, given out where the rows are read
        # (runner.run_batch), so that names are unique across chunks and worker processes.
        for row in chunk:
            number, cells = row[0], row[1]
            parsed = self.parser.parse(number, cells)
            if parsed is None:
                continue
            if parsed.profile is None:
                problems.extend((p.row, p.applicant_id, p.column, p.message, p.value) for p in parsed.problems)
                continue
            profile = parsed.profile
            try:
                outcome = scoring.score(
                    profile, opts.pack, opts.year, drop_after_cutoff=opts.drop_after_cutoff, compare_lines=bool(opts.pdf)
                )
            except NotApplicable as exc:
                problems.append((number, parsed.applicant_id, "(row)", str(exc)))
                continue
            if outcome.result is None:
                for found in outcome.problems:
                    column, message = self.parser.locate_path(found.field, found.message, parsed.origin)
                    problems.append((number, parsed.applicant_id, column, message, self.parser.cell_of(column, cells)))
                continue
            result = outcome.result
            unmet = tuple(c.id for c in result.qualification if not c.met)
            shown = profile.id_number if opts.show_id else mask_id(profile.id_number)
            points = self._points(result.indicators)
            status = status_of(result)
            total = str(result.total)
            # the ranking key: the total, then the tie-break values where the rules set some
            key = total if result.tie_break is None else ",".join(map(str, (result.total, *result.tie_break.key)))
            scored_total = result.channel is None
            low = result.total_low if scored_total else None
            high = result.total_high if scored_total else None
            line = (
                number,
                parsed.applicant_id,
                profile.name,
                shown,
                result.qualified,
                unmet,
                result.total,
                low,
                high,
                status,
                points,
            )
            # Numbers travel back as text (see summary.ScoredRow), with the row's summary lines rendered: each
            # number written once (fmt), for the CSV line, the workbook's cells and the points' text alike.
            total_text = fmt(result.total)
            low_text = "" if low is None else fmt(low)
            high_text = "" if high is None else fmt(high)
            points_text = ["" if p is None else fmt(p) for p in points]
            scored.append(
                (
                    *line[:6],
                    total,
                    ranked(result),
                    key,
                    ",".join(points_text),
                    self._csv_tail(line, total_text, low_text, high_text, points_text),
                    self._xlsx_tail(line, total_text, low_text, high_text, points_text),
                )
            )
            if opts.pdf:
                file_name = row[2] if len(row) > 2 else NameBook(".pdf").name(parsed.applicant_id, number)
                problem = write_pdf(result, profile, self.pdf_dir / file_name, opts)
                if problem:
                    problems.append((number, parsed.applicant_id, "pdf", problem))
                else:
                    pdfs += 1
        return scored, problems, pdfs

    def _points(self, indicators) -> tuple:
        """The indicators' points in the summary's order (None for one the result does not have)."""
        if len(indicators) == len(self.ids) and tuple(i.id for i in indicators) == self.ids:  # the usual case
            return tuple(i.points for i in indicators)
        by_id = {i.id: i.points for i in indicators}
        return tuple(by_id.get(i) for i in self.ids)

    def _csv_tail(self, line: tuple, total: str, low: str, high: str, points: list[str]) -> bytes:
        number, applicant_id, name, shown, qualified, unmet, *_, status, _ = line
        return (
            f"{number},{csv_field(applicant_id)},{csv_field(name)},{csv_field(shown)},{'yes' if qualified else 'no'},"
            f"{';'.join(unmet)},{total},{low},{high},{status},{','.join(points)}\r\n"
        ).encode()

    def _xlsx_tail(self, line: tuple, total: str, low: str, high: str, points: list[str]) -> bytes:
        number, applicant_id, name, shown, qualified, unmet, _, low_value, high_value, status, point_values = line
        yes, no = YES_NO[self.options.lang if self.options.lang in YES_NO else "en"]
        if not low or not high or "" in points:  # a cell with no value (another channel, no bound known)
            values = (
                number,
                applicant_id,
                name,
                shown,
                yes if qualified else no,
                ";".join(unmet),
                line[6],
                low_value,
                high_value,
                status,
                *point_values,
            )
            return render_cells(values, first_column=1).encode("utf-8")
        texts = (escape_text(applicant_id), escape_text(name), escape_text(shown), yes if qualified else no, ";".join(unmet))
        return self.xlsx_tail.format(number, *texts, total, low, high, escape_text(status), *points).encode("utf-8")


def csv_field(text: str) -> str:
    """A text as a CSV field: a formula's first character defused (simulator.batch.formulas), then quoted as the
    csv module quotes (only when it must be)."""
    text = defused(text)
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def write_pdf(result, profile, path: Path, opts: BatchOptions) -> str:
    try:
        from simulator.worksheet import export_pdf  # reportlab only when PDFs are asked for

        export_pdf(result, profile, path, lang=opts.lang, show_id=opts.show_id)
    except OSError as exc:
        return f"cannot write {path.name}: {exc.strerror or exc}"
    except Exception as exc:  # a worksheet that fails must not stop the batch; the row is still scored
        return f"the worksheet could not be made ({type(exc).__name__}: {exc})"
    return ""
