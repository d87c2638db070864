"""The app icon at every size the desktops want, drawn by Qt from the bootcamp's PNG or SVG."""

from __future__ import annotations

import shutil
from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_SUFFIXES = (".png", ".svg")


def icon_problem(path: Path) -> str | None:
    """Why `path` cannot be the app icon, or None."""
    if path.suffix.lower() not in ICON_SUFFIXES:
        return f"{path}: the icon must be a .png or .svg file"
    if not path.is_file():
        return f"{path}: no such icon file"
    if _read_image(path, 256) is None:
        return f"{path}: not a readable {path.suffix.lower()[1:].upper()} image"
    return None


def _read_image(path: Path, size: int) -> object | None:
    """`path` drawn into a transparent size x size square (kept in proportion), or None."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QImageReader, QPainter

    reader = QImageReader(str(path))
    natural = reader.size()
    if natural.isValid() and natural.width() > 0 and natural.height() > 0:
        scaled = natural.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        return None
    if image.width() != size and image.height() != size:
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    square = QImage(size, size, QImage.Format.Format_ARGB32)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawImage((size - image.width()) // 2, (size - image.height()) // 2, image)
    painter.end()
    return square


def make_icons(source: Path, out: Path) -> bool:
    """PNGs for the hicolor theme, app.ico (Windows) and app.icns (macOS), drawn by Qt."""
    out.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = _read_image(source, size)
        if image is None or not image.save(str(out / f"{size}.png"), "PNG"):  # type: ignore[attr-defined]
            return False
    if source.suffix.lower() == ".svg":
        shutil.copy2(source, out / "scalable.svg")
    for fmt, size in (("ico", 256), ("icns", 512)):
        image = _read_image(source, size)
        # Windows and macOS builds need these; on Linux a missing writer is only a warning.
        if image is None or not image.save(str(out / f"app.{fmt}"), fmt.upper()):  # type: ignore[attr-defined]
            print(f"warning: could not write app.{fmt} (Qt's {fmt} image plugin missing?)")
    return True
