"""Xiong'an's what-if suggestions: register the lease, where its rules count a rental only when registered."""

from __future__ import annotations

from simulator.core.months import format_month
from simulator.core.text import Text
from simulator.planning.whatif import Change, Situation


def _register_lease(s: Situation) -> list[Change]:
    if not s.pack.basic.residence.requires_lease_registration.value:
        return []
    housing = s.leases_registered_from_next_month()
    if housing is None:
        return []
    month = format_month(s.next_month)
    text = Text(f"从{month}起办理租赁合同登记备案", f"Register the lease from {month}")
    return [Change("register_lease", text, s.changed(housing=housing), s.coming)]


SUGGESTIONS = (_register_lease,)
