"""Scoring many applicants from a spreadsheet. No Qt here.

  layout.py    the documented spreadsheet layout (docs/batch-layout.md): columns and numbered column groups
  template.py  writes a template (CSV or XLSX with a notes sheet) that is itself a valid batch
  reader.py    CSV/XLSX rows into applicant profiles, or problems naming the row and the column
  runner.py    scores every row (in worker processes for large files), ranks, writes the summary and errors
  xlsx.py      a small fast XLSX writer for large summaries
"""

from simulator.batch.reader import BatchFileError, RowProblem
from simulator.batch.runner import BatchOptions, BatchResult, ScoredRow, run_batch
from simulator.batch.template import write_template

__all__ = ["BatchFileError", "BatchOptions", "BatchResult", "RowProblem", "ScoredRow", "run_batch", "write_template"]
