"""Regenerates the sample worksheets in docs/worksheet/: PDFs and PNG pages, Chinese and English.

  .venv/bin/python scripts/render_worksheet_samples.py [--out DIR] [NAME ...]

Samples: an example applicant (resources/examples/own-home-outside-centre.json, declaration year 2026), a long
history of 40 housing periods, a what-if (resources/examples/short-insurance.json), and
resources/examples/three-cities.json under Hangzhou (a range, the city comparison and one user-supplied value; and
the 2025-Q3 round with an own home whose conditions are not answered) and Xiong'an (scored, and as an Art. 3
applicant who settles through a channel), the Tianjin and Shanghai examples, and the two other Beijing examples
(resources/examples/in-service-master.json, rental-bachelor.json): every example applicant, in both languages. The
main sample carries the coming rounds as its appendix. Needs pdftoppm (poppler-utils). The date computed is fixed so that regenerating
changes nothing unless the worksheet changed. `--out DIR` writes elsewhere (to look before replacing); names pick
samples. The tests render the same samples (tests/test_worksheet_audit.py, through `samples()` and `sample_inputs`).
The layout is described in docs/worksheet.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from simulator import cities  # noqa: E402
from simulator.core.rounds import edition_and_round  # noqa: E402
from simulator.engine import evaluate  # noqa: E402
from simulator.engine.compare_cities import compare_cities  # noqa: E402
from simulator.planning.chart import worksheet_projection  # noqa: E402
from simulator.profile import ApplicantProfile, load_profile  # noqa: E402
from simulator.rules import pack_for  # noqa: E402
from simulator.rules.overrides import overrides_from_mapping  # noqa: E402
from simulator.worksheet import export_pdf  # noqa: E402

OUT = ROOT / "docs" / "worksheet"
COMPUTED_ON = date(2026, 11, 22)
RESOLUTION = "60"  # enough to judge the layout, small enough for the repository


def long_history_profile() -> ApplicantProfile:
    """Twenty years of moves: 40 housing periods of six months, a dozen workplaces, two back-paid spells."""
    kinds = ["rented", "dormitory", "rented", "own"]
    districts = ["chaoyang", "haidian", "fengtai", "tongzhou", "changping", "daxing", "shunyi", "dongcheng"]
    housing = []
    for i in range(40):
        start_year, start_month = divmod(2005 * 12 + i * 6, 12)
        end_year, end_month = divmod(2005 * 12 + i * 6 + 5, 12)
        kind = kinds[i % 4]
        housing.append(
            {
                "start": f"{start_year:04d}-{start_month + 1:02d}",
                "end": f"{end_year:04d}-{end_month + 1:02d}",
                "kind": kind,
                "district": districts[i % len(districts)],
                "lease_registered": kind == "rented" and i % 3 != 0,
            }
        )
    workplaces = []
    for i in range(12):
        start_year, start_month = divmod(2005 * 12 + i * 20, 12)
        end = divmod(2005 * 12 + i * 20 + 19, 12)
        workplaces.append(
            {
                "start": f"{start_year:04d}-{start_month + 1:02d}",
                "end": None if i == 11 else f"{end[0]:04d}-{end[1] + 1:02d}",
                "district": districts[(i * 3) % len(districts)],
                "employer": f"北京某某科技有限公司第{i + 1}分公司" if i % 2 else "Example Consulting (Beijing) Ltd.",
            }
        )
    return ApplicantProfile.model_validate(
        {
            "name": "王小明",
            "id_number": "110105198803150019",
            "birth_date": "1988-03-15",
            "retirement_category": "male",
            "social_insurance": [
                {"start": "2005-01", "end": "2012-06"},
                {"start": "2012-07", "end": "2012-09", "back_paid": True},
                {"start": "2012-10", "end": "2019-12"},
                {"start": "2020-01", "end": "2020-02", "back_paid": True},
                {"start": "2020-03"},
            ],
            "housing": housing,
            "workplaces": workplaces,
            "education": {"level": "bachelor", "diploma": True, "degree": True},
            "income_tax": [{"year": 2023, "amount_yuan": "125000"}, {"year": 2024, "amount_yuan": "98000"}],
        }
    )


def samples() -> list[tuple[str, ApplicantProfile, int, str]]:
    examples = ROOT / "resources" / "examples"
    three = load_profile(examples / "three-cities.json")
    return [
        ("sample", load_profile(examples / "own-home-outside-centre.json"), 2026, "beijing"),
        ("long", long_history_profile(), 2026, "beijing"),
        ("whatif", load_profile(examples / "short-insurance.json"), 2024, "beijing"),
        # Hangzhou 2023: an honour whose cap and validity are not known (a range), the pass mark and the comparison
        ("hangzhou", with_hangzhou_honour(three), 2023, "hangzhou"),
        # Hangzhou's 2025-Q3 round: an own home whose conditions are not answered (0 to 80)
        ("hangzhou-2025q3", with_hangzhou_home(three), "2025-Q3", "hangzhou"),
        ("xiongan", three, 2024, "xiongan"),
        ("tianjin", load_profile(examples / "tianjin-renter.json"), "2025-H1", "tianjin"),
        ("shanghai", load_profile(examples / "shanghai-bachelor.json"), 2025, "shanghai"),
        ("xiongan-channel", three.model_copy(update={"settlement_group": "introduced_talent"}), 2024, "xiongan"),
        # the other example applicants, each under its own city
        ("in-service-master", load_profile(examples / "in-service-master.json"), 2026, "beijing"),
        ("rental-bachelor", load_profile(examples / "rental-bachelor.json"), 2026, "beijing"),
    ]


def with_hangzhou_honour(profile: ApplicantProfile) -> ApplicantProfile:
    data = profile.model_dump(mode="json")
    data["honours"] = [{"kind": "award", "level": "municipal", "year": 2023, "city": "hangzhou", "note": "杭州市劳动模范"}]
    return ApplicantProfile.model_validate(data)


def with_hangzhou_home(profile: ApplicantProfile) -> ApplicantProfile:
    data = profile.model_dump(mode="json")
    data["housing"] = [h for h in data["housing"] if h["city"] != "hangzhou"]
    data["housing"].append({"start": "2024-01", "kind": "own", "city": "hangzhou", "district": "xihu"})
    return ApplicantProfile.model_validate(data)


def sample_inputs(name: str, profile: ApplicantProfile, year, city: str):
    """(result, comparison, projection) of a sample, as its worksheet is exported (the tests render the same)."""
    pack = pack_for(city, year)
    overrides = None
    comparison = None
    if name == "hangzhou":
        # one value supplied by the user (labelled as such on the sheet); the others stay "not available"
        overrides = overrides_from_mapping(
            pack, {"bonus.volunteering.points_per_step": "1"}, {"bonus.volunteering.points_per_step": "Sample value"}
        )
        editions = [edition_and_round(c.id, year) for c in cities.cities()]  # each city's round of that year
        comparison = compare_cities(profile, editions, overrides=overrides)
    result = evaluate(profile, pack, year, overrides=overrides)
    # the main sample also shows the coming rounds (the appendix), projected from the day it was computed
    projection = worksheet_projection(profile, city, as_of=COMPUTED_ON) if name == "sample" else None
    return result, comparison, projection


def shrink(png: Path) -> None:
    """A 256-colour palette: about half the size, and the small coloured tags keep their colours."""
    with Image.open(png) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
    small.save(png, optimize=True)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Regenerate the sample worksheets (PDF and PNG pages).")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write into (default: docs/worksheet)")
    parser.add_argument("names", nargs="*", help="only these samples (default: all)")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 1
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in samples() if not args.names or s[0] in args.names]
    for name, *_ in chosen:
        for old in out.glob(f"{name}-*.png"):
            if old.stem.rsplit("-", 1)[0] in (f"{name}-zh", f"{name}-en"):
                old.unlink()
    for name, profile, year, city in chosen:
        result, comparison, projection = sample_inputs(name, profile, year, city)
        for lang in ("zh", "en"):
            pdf = out / f"{name}-{lang}.pdf"
            export_pdf(result, profile, pdf, lang=lang, computed_on=COMPUTED_ON, comparison=comparison, projection=projection)
            subprocess.run(["pdftoppm", "-r", RESOLUTION, "-png", str(pdf), str(out / f"{name}-{lang}")], check=True)
            pages = sorted(out.glob(f"{name}-{lang}-*.png"))
            for page in pages:
                shrink(page)
            shown = pdf.relative_to(ROOT) if pdf.is_relative_to(ROOT) else pdf
            print(f"{shown}: {len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
