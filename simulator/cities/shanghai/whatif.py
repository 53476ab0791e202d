"""Shanghai's what-if suggestions: a missing degree or diploma (the education points rise with it). Its other
points grow with facts a plan cannot simply add for a person (a contribution base, a title the employer appoints
one to, years working and living in a district), and the time already insured is counted by the engine for any
later declaration year the planner looks at."""

from __future__ import annotations

from simulator.cities.suggestions import complete_degree

SUGGESTIONS = (complete_degree,)
