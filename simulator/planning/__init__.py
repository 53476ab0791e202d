"""Planning beyond one score: the years ahead, what would raise the score, saved scenarios, rule editions side by side.

No Qt here. Every number of points comes from `simulator.engine.evaluate` run on a (possibly changed) profile;
this package only chooses what to evaluate and explains the differences between evaluations. The rounds in
time (cut-off, coming round) are simulator.core.rounds; each city's what-if suggestions are in its folder.

  diff.py        what changed between two evaluations, per indicator, in both languages
  projection.py  one evaluation per coming year until retirement, each year's change explained
  forecast.py    an estimate band for future yearly lines, from the published lines' yearly changes
  whatif.py      ranked suggestions, each one a changed profile re-run through the engine
  scenarios.py   user-defined scenarios from the applicant file, applied and scored side by side
  compare.py     one profile under two rule editions or two declaration years
  chart.py       the projection as plain data for any renderer (the wizard's chart, the PDF worksheet)
"""

from simulator.core.rounds import coming_round, cutoff_of
from simulator.planning.compare import Comparison, compare, compare_packs, compare_years
from simulator.planning.forecast import ForecastBand, forecast_band
from simulator.planning.projection import ProjectedYear, Projection, project
from simulator.planning.scenarios import ScenarioError, ScenarioResult, apply_scenario, score_scenarios
from simulator.planning.whatif import Suggestion, suggest

__all__ = [
    "Comparison",
    "ForecastBand",
    "ProjectedYear",
    "Projection",
    "ScenarioError",
    "ScenarioResult",
    "Suggestion",
    "apply_scenario",
    "coming_round",
    "compare",
    "compare_packs",
    "compare_years",
    "cutoff_of",
    "forecast_band",
    "project",
    "score_scenarios",
    "suggest",
]
