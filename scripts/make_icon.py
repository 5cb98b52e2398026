"""Draws the app's icon (resources/icons/jituan.png, 256 px, and jituan.ico for Windows):
a blue rounded square with 集 in the bundled font. Run once after changing it; the files are
kept in git. ``.venv/bin/python scripts/make_icon.py``"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"


def draw(size: int = 256) -> Image.Image:
    scale = 4  # drawn large and scaled down: smooth edges
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8 * scale, 8 * scale, big - 8 * scale, big - 8 * scale),
                          radius=48 * scale, fill=(28, 94, 172, 255))
    pen.rounded_rectangle((8 * scale, big * 0.72, big - 8 * scale, big - 8 * scale),
                          radius=48 * scale, fill=(214, 48, 49, 255))
    pen.rectangle((8 * scale, big * 0.72, big - 8 * scale, big * 0.80), fill=(214, 48, 49, 255))
    font = ImageFont.truetype(str(FONT), int(big * 0.56), index=0)
    pen.text((big / 2, big * 0.40), "集", font=font, fill="white", anchor="mm")
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw(256)
    image.save(ICONS / "jituan.png")
    image.save(ICONS / "jituan.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                            (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
