"""The scoring engine: pure Python, no Qt, no clock. `evaluate(profile, pack, declaration_year)`."""

from simulator.engine.evaluate import NotApplicable, evaluate
from simulator.engine.result import INDICATOR_IDS, Evaluation, IndicatorResult, QualificationCheck, Text

__all__ = ["INDICATOR_IDS", "Evaluation", "IndicatorResult", "NotApplicable", "QualificationCheck", "Text", "evaluate"]
