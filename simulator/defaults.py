"""Defaults the program starts from, in one place."""

# The city a new applicant, a row without a city and the command line start with.
DEFAULT_CITY = "beijing"

# The example applicant `--demo` opens (in resources/examples/).
DEMO_APPLICANT = "own-home-outside-centre.json"
