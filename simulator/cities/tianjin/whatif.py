"""Tianjin's what-if suggestions: none of its own yet. Its items are mostly the applicant's own facts (the housing
fund, the residence card's endorsements, an occupation in the shortage catalogue), which a plan cannot promise;
the shared planning tools still project the insurance and residence years forward."""

from __future__ import annotations

SUGGESTIONS: tuple = ()
