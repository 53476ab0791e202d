"""The scoring engine: pure Python, no Qt, no clock. `evaluate(profile, pack, declaration_year)` scores an applicant
under any registered city's rules (each city's formulas live in simulator/cities/<city>/engine/)."""

from simulator.core.errors import NotApplicable
from simulator.core.result import Evaluation, IndicatorResult, QualificationCheck
from simulator.core.text import Text
from simulator.engine.evaluate import evaluate

__all__ = ["Evaluation", "IndicatorResult", "NotApplicable", "QualificationCheck", "Text", "evaluate"]
