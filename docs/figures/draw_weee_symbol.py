"""Draw drafting/render/figures/weee-symbol.png from the same shapes as weee-symbol.svg.

The crossed-out wheeled bin (the marking of EN 50419) for the Word output, which takes a
raster image. Run once when the SVG changes: `.venv/bin/python docs/figures/draw_weee_symbol.py`
(needs Pillow, which the application itself does not)."""

from pathlib import Path

from PIL import Image, ImageDraw

SCALE = 8
OUT = Path(__file__).resolve().parents[2] / "drafting" / "render" / "figures" / "weee-symbol.png"


def s(*points: float) -> list[float]:
    return [p * SCALE for p in points]


def main() -> None:
    image = Image.new("RGBA", (100 * SCALE, 130 * SCALE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    black, white = (0, 0, 0, 255), (255, 255, 255, 255)
    body = [(24, 40), (76, 40), (70, 104), (30, 104), (24, 40)]
    draw.line([p * SCALE for xy in body for p in xy], fill=black, width=5 * SCALE, joint="curve")
    draw.polygon(s(16, 30, 84, 30, 82, 37, 18, 37), fill=black)
    draw.rectangle(s(41, 24, 59, 30), fill=black)
    draw.line(s(70, 56, 70, 92), fill=black, width=3 * SCALE)
    draw.ellipse(s(24.5, 100.5, 39.5, 115.5), fill=black)
    draw.ellipse(s(29.5, 105.5, 34.5, 110.5), fill=white)
    draw.line(s(10, 16, 90, 120), fill=black, width=6 * SCALE)
    draw.line(s(90, 16, 10, 120), fill=black, width=6 * SCALE)
    image.resize((100 * 4, 130 * 4), Image.Resampling.LANCZOS).save(OUT, optimize=True)


if __name__ == "__main__":
    main()
