"""Draws the application icon (resources/icons/): app.svg, app-<size>.png, app.ico and app.icns.

The design is a worksheet with ticked rows and a gold "+" badge: a points sheet you can trust. One description
of the shapes feeds both the SVG writer and the Pillow rasteriser, so every format shows the same picture.
Small sizes (32 px and below) use a simpler variant with fewer, thicker rows, because thin strokes turn to mush.

Run again after changing the design:  .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulator import APP_ICON  # noqa: E402  (the one place that names the icon)

ICON_DIR = (ROOT / "resources" / APP_ICON).parent
STEM = Path(APP_ICON).stem
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
SMALL = 32  # at or below this size the simplified variant is drawn
SUPERSAMPLE = 8  # Pillow draws without anti-aliasing: draw large, then shrink
UNIT = 256  # the design's coordinate space

BLUE_TOP = "#3373E0"
BLUE_BOTTOM = "#1B3F94"
SHEET = "#FFFFFF"
TICK = "#1FA463"
BAR = "#A9BCE0"
GOLD = "#F5B82E"


@dataclass(frozen=True)
class RoundRect:
    box: tuple[float, float, float, float]
    radius: float
    fill: str
    fill_bottom: str | None = None  # a vertical gradient when set


@dataclass(frozen=True)
class Stroke:
    """An open polyline with round caps and joins."""

    points: tuple[tuple[float, float], ...]
    width: float
    colour: str


@dataclass(frozen=True)
class Disc:
    centre: tuple[float, float]
    radius: float
    fill: str
    ring: str
    ring_width: float


def design(small: bool) -> list:
    shapes: list = [
        RoundRect((8, 8, 248, 248), 52, BLUE_TOP, BLUE_BOTTOM),
        RoundRect((52, 36, 204, 220), 18, SHEET),
    ]
    if small:
        rows = ((96, 176), (152, 150))
        tick_w, bar_w = 22, 24
    else:
        rows = ((80, 180), (124, 160), (168, 138))
        tick_w, bar_w = 13, 15
    for y, bar_end in rows:
        shapes.append(Stroke(((72, y), (82, y + 10), (100, y - 10)), tick_w, TICK))
        shapes.append(Stroke(((118, y), (bar_end, y)), bar_w, BAR))
    badge_r = 46 if small else 40
    centre = (194.0, 194.0)
    shapes.append(Disc(centre, badge_r, GOLD, SHEET, 9))
    arm = badge_r * 0.5
    plus_w = 16 if small else 13
    shapes.append(Stroke(((centre[0] - arm, centre[1]), (centre[0] + arm, centre[1])), plus_w, SHEET))
    shapes.append(Stroke(((centre[0], centre[1] - arm), (centre[0], centre[1] + arm)), plus_w, SHEET))
    return shapes


# --- SVG -------------------------------------------------------------------------------------------------------


def to_svg(shapes: list) -> str:
    defs: list[str] = []
    body: list[str] = []
    for n, shape in enumerate(shapes):
        if isinstance(shape, RoundRect):
            x0, y0, x1, y1 = shape.box
            fill = shape.fill
            if shape.fill_bottom:
                gid = f"g{n}"
                defs.append(
                    f'<linearGradient id="{gid}" x1="0" y1="0" x2="0" y2="1">'
                    f'<stop offset="0" stop-color="{shape.fill}"/><stop offset="1" stop-color="{shape.fill_bottom}"/>'
                    "</linearGradient>"
                )
                fill = f"url(#{gid})"
            body.append(
                f'<rect x="{x0:g}" y="{y0:g}" width="{x1 - x0:g}" height="{y1 - y0:g}" rx="{shape.radius:g}" fill="{fill}"/>'
            )
        elif isinstance(shape, Stroke):
            points = " ".join(f"{x:g},{y:g}" for x, y in shape.points)
            body.append(
                f'<polyline points="{points}" fill="none" stroke="{shape.colour}" stroke-width="{shape.width:g}" '
                'stroke-linecap="round" stroke-linejoin="round"/>'
            )
        elif isinstance(shape, Disc):
            cx, cy = shape.centre
            body.append(
                f'<circle cx="{cx:g}" cy="{cy:g}" r="{shape.radius:g}" fill="{shape.fill}" '
                f'stroke="{shape.ring}" stroke-width="{shape.ring_width:g}"/>'
            )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{UNIT}" height="{UNIT}" viewBox="0 0 {UNIT} {UNIT}">\n'
        "  <title>Points Simulator</title>\n"
        f"  <defs>{''.join(defs)}</defs>\n" + "".join(f"  {line}\n" for line in body) + "</svg>\n"
    )


# --- raster ----------------------------------------------------------------------------------------------------


def _hex(colour: str) -> tuple[int, int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), 255


def _rounded_mask(size: int, box, radius: float, scale: float) -> Image.Image:
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle([c * scale for c in box], radius=radius * scale, fill=255)
    return mask


def _vertical_gradient(size: int, top: str, bottom: str, y0: float, y1: float) -> Image.Image:
    a, b = _hex(top), _hex(bottom)
    column = Image.new("RGBA", (1, size))
    for y in range(size):
        t = min(max((y - y0) / max(y1 - y0, 1), 0.0), 1.0)
        column.putpixel((0, y), tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(4)))
    return column.resize((size, size))


def render(pixels: int) -> Image.Image:
    big = pixels * SUPERSAMPLE
    scale = big / UNIT
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    for shape in design(small=pixels <= SMALL):
        if isinstance(shape, RoundRect):
            mask = _rounded_mask(big, shape.box, shape.radius, scale)
            if shape.fill_bottom:
                top, bottom = shape.box[1] * scale, shape.box[3] * scale
                paint = _vertical_gradient(big, shape.fill, shape.fill_bottom, top, bottom)
            else:
                paint = Image.new("RGBA", (big, big), _hex(shape.fill))
            image.paste(paint, (0, 0), mask)
        elif isinstance(shape, Stroke):
            draw = ImageDraw.Draw(image)
            points = [(x * scale, y * scale) for x, y in shape.points]
            width = shape.width * scale
            draw.line(points, fill=_hex(shape.colour), width=round(width), joint="curve")
            for x, y in (points[0], points[-1]):  # round caps
                r = width / 2
                draw.ellipse([x - r, y - r, x + r, y + r], fill=_hex(shape.colour))
        elif isinstance(shape, Disc):
            draw = ImageDraw.Draw(image)
            cx, cy = (c * scale for c in shape.centre)
            outer = (shape.radius + shape.ring_width / 2) * scale
            inner = (shape.radius - shape.ring_width / 2) * scale
            draw.ellipse([cx - outer, cy - outer, cx + outer, cy + outer], fill=_hex(shape.ring))
            draw.ellipse([cx - inner, cy - inner, cx + inner, cy + inner], fill=_hex(shape.fill))
    return image.resize((pixels, pixels), Image.Resampling.LANCZOS)


def main() -> None:
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    (ICON_DIR / f"{STEM}.svg").write_text(to_svg(design(small=False)), encoding="utf-8")
    pngs = {size: render(size) for size in PNG_SIZES}
    for size, image in pngs.items():
        image.save(ICON_DIR / f"{STEM}-{size}.png", optimize=True)
    # Windows picks the best entry per use; give it the hand-tuned small sizes rather than Pillow's downscales.
    largest = pngs[max(PNG_SIZES)]
    largest.save(
        ICON_DIR / f"{STEM}.ico",
        sizes=[(s, s) for s in PNG_SIZES],
        append_images=[pngs[s] for s in PNG_SIZES if s != max(PNG_SIZES)],
    )
    icns_master = render(max(ICNS_SIZES))
    icns_master.save(
        ICON_DIR / f"{STEM}.icns",
        append_images=[render(s) for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    for path in sorted(ICON_DIR.glob(f"{STEM}*")):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
