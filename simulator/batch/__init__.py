"""Scoring many applicants from a spreadsheet. No Qt here.

layout.py    the documented spreadsheet layout (docs/batch-layout.md): every column any city reads; each city
             picks its own (simulator/cities/<city>/batch.py)
template.py  writes a city's template (CSV or XLSX with a notes sheet) that is itself a valid batch
sheets.py    opening CSV/XLSX files (and the CSV blocks worker processes read themselves)
cells.py     one cell into a value (months, dates, yes/no, numbers, choices, lists)
rows.py      one row into an applicant profile, or problems naming the row and the column
scorer.py    scores a chunk of rows through the one scoring use case
pool.py      worker processes for large files
summary.py   ranking, and the summary and error files (written atomically, owner-only)
formulas.py  CSV cells that a spreadsheet would run as formulas, defused
file_names.py  worksheet file names safe and unique on Windows, macOS and Linux
runner.py    the whole run
xlsx.py      a small fast XLSX writer for large summaries
"""

from simulator.batch.rows import RowProblem
from simulator.batch.runner import existing_outputs, run_batch
from simulator.batch.scorer import BatchOptions
from simulator.batch.sheets import BatchFileError
from simulator.batch.summary import BatchResult, ScoredRow
from simulator.batch.template import write_template

__all__ = [
    "BatchFileError",
    "BatchOptions",
    "BatchResult",
    "RowProblem",
    "ScoredRow",
    "existing_outputs",
    "run_batch",
    "write_template",
]
