"""The branding file a bootcamp writes beside its pack: who the installer is from.

`acme-careers.yaml` (the pack) -> `acme-careers.branding.yaml` (this file):

    pathfinder_branding: 1
    name: Acme Career Compass            # the product name learners see
    vendor: Acme Coding School           # who builds and hands out the installer
    contact: careers@acme.example        # their e-mail: the .deb's maintainer, About
    website: https://acme.example/careers
    pack_license: CC BY 4.0              # the licence of the pack's text
    icon: acme-logo.png                  # optional; a path beside this file
    screenshot: https://acme.example/careers/compass.png   # optional, for software centres

It is read like a pack: every problem is reported as FILE:LINE:COLUMN: message, all at once,
and nothing in it is executed. The plain build reads packaging/pathfinder.branding.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pathfinder.branding import BRANDING_FORMAT, BrandingError, check_name, check_text
from pathfinder.io.located import DocumentError, Location, decode_text, parse_yaml

SUFFIX = ".branding.yaml"
REQUIRED = ("pathfinder_branding", "name", "vendor", "contact", "pack_license")
OPTIONAL = ("website", "icon", "screenshot")
MAX_BYTES = 16 * 1024


@dataclass(frozen=True)
class BrandingFile:
    path: Path
    name: str
    vendor: str
    contact: str
    website: str
    pack_license: str
    icon: Path | None
    screenshot: str = ""

    @property
    def maintainer(self) -> str:
        """The Debian Maintainer field: "Acme Coding School <careers@acme.example>"."""
        return f"{self.vendor} <{self.contact}>"


class BrandingFileError(Exception):
    """Located problems, one `FILE:LINE:COLUMN: message` a line in `str(e)`."""


def beside(pack: Path) -> Path:
    """Where the branding file of `pack` is: the pack's name with .branding.yaml."""
    return pack.with_name(pack.name.rsplit(".", 1)[0] + SUFFIX)


def read_branding_file(path: Path) -> BrandingFile:
    def at(where: Location, message: str) -> str:
        return f"{path}:{where.line}:{where.column}: {message}"

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BrandingFileError(at(Location(1, 1), "no such file")) from None
    except OSError as exc:
        raise BrandingFileError(at(Location(1, 1), f"cannot read: {exc.strerror}")) from None
    if len(raw) > MAX_BYTES:
        raise BrandingFileError(at(Location(1, 1), f"larger than {MAX_BYTES} bytes"))
    try:
        doc = parse_yaml(decode_text(raw))
    except DocumentError as exc:
        raise BrandingFileError(at(exc.where, exc.message)) from None
    data = doc.data
    if not isinstance(data, dict):
        raise BrandingFileError(at(Location(1, 1), "expected keys such as 'name: ...'"))
    problems = [
        at(
            doc.locate((key,), at_key=True),
            f"unknown key '{key}' (known: " + ", ".join(REQUIRED + OPTIONAL) + ")",
        )
        for key in data
        if key not in REQUIRED + OPTIONAL
    ]
    problems += [at(Location(1, 1), f"'{key}' is missing") for key in REQUIRED if key not in data]
    values: dict[str, str] = {}
    for key in REQUIRED + OPTIONAL:
        if key not in data:
            continue
        value, where = data[key], doc.locate((key,))
        if key == "pathfinder_branding":
            if value != BRANDING_FORMAT:
                problems.append(at(where, f"'pathfinder_branding' must be {BRANDING_FORMAT}"))
            continue
        if not isinstance(value, str):
            problems.append(at(where, f"'{key}' must be text"))
            continue
        problem = _check(key, value)
        if problem:
            problems.append(at(where, f"'{key}': {problem}"))
        values[key] = value.strip()
    icon = None
    if values.get("icon"):
        icon = (path.parent / values["icon"]).resolve()
        if not icon.is_file():
            problems.append(at(doc.locate(("icon",)), f"no such icon file: {icon}"))
    if problems:
        raise BrandingFileError("\n".join(problems))
    return BrandingFile(
        path,
        values["name"],
        values["vendor"],
        values["contact"],
        values.get("website", ""),
        values["pack_license"],
        icon,
        values.get("screenshot", ""),
    )


def _check(key: str, value: str) -> str | None:
    if key == "name":
        try:
            check_name(value)
        except BrandingError as exc:
            return str(exc)
        return None
    if key == "icon":
        return None if value.strip() else "is empty"
    if key == "screenshot":
        return check_text("website", value.strip())
    if key in ("contact", "pack_license") and not value.strip():
        return "is empty"
    return check_text(key, value.strip())
