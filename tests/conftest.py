import os

# Qt must never try to open a display in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from simulator.rules import load_pack  # noqa: E402


@pytest.fixture(scope="session")
def pack2020():
    return load_pack("beijing-2020")


@pytest.fixture(scope="session")
def trial_pack():
    return load_pack("beijing-2018-trial")


@pytest.fixture(scope="session")
def make_profile():
    """An applicant who qualifies comfortably; tests change only what they are about."""
    from simulator.profile.model import ApplicantProfile

    def make(**changes):
        base = dict(
            birth_date=date(1985, 6, 15),
            retirement_category="male",
            social_insurance=[{"start": "2010-01"}],
            housing=[],
            workplaces=[],
        )
        base.update(changes)
        return ApplicantProfile.model_validate(base)

    return make


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """The command line's refusals follow the system's language without --lang; the tests read the English ones,
    whatever the machine's locale (a tester's zh_CN must not turn them Chinese)."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
