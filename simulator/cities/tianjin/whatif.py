"""Tianjin's what-if suggestions: a missing degree or diploma. Its other points grow with time insured and lived in
Tianjin (counted by the engine for any later round the planner looks at) or with facts a plan cannot simply add
for a person (a title, a skill level, an own home)."""

from __future__ import annotations

from simulator.cities.suggestions import complete_degree

SUGGESTIONS = (complete_degree,)
