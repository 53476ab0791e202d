"""Bounds no real input reaches and a crafted one cannot pass, shared by every door (applicant files, the
wizard's fields, batch rows, rule packs, override files): the arithmetic, the dates and the pages stay sane, and
a file that breaks them is refused naming the field, instead of scoring trillions of points or hanging."""

from __future__ import annotations

from decimal import Decimal

MAX_NUMBER = Decimal(1_000_000_000)  # points and amounts: a billion (the largest real one: 40 million yuan)
MAX_COUNT = 10_000  # whole numbers: months, years, counts, declaration years
# The longest working life anyone brings to a points system (from 16 to past any retirement age): the most months or
# years a fact counting them can hold
WORKING_LIFE_YEARS = 50
WORKING_LIFE_MONTHS = 12 * WORKING_LIFE_YEARS
# A statutory retirement age (years) and the most months a reform delays it, as a rule pack may give them
RETIREMENT_AGE_YEARS = (30, 80)
MAX_RETIREMENT_DELAY_MONTHS = 120
MAX_ENTRIES = 600  # entries of one list in an applicant file (periods, tax years, records): 50 years of months
MAX_TEXT = 500  # a name, an employer, an institution, a note on an entry
MAX_NOTES = 10_000  # the applicant's free notes
MAX_QUALIFICATIONS = 10  # qualifications one applicant holds besides the one entered first
