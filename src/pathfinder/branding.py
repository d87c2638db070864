"""Who this copy of Pathfinder says it is: the product name, its default pack, its icon, and
who hands it out (the vendor, their contact e-mail and website, the pack's licence).

An installer carries `branding.json` in the resources folder (written by `packaging/build.py`
from the branding file beside the pack, see packaging/branding_file.py); a checkout has none
and uses the defaults below. The file is data only: a few strings, checked here, never
executed. A file that cannot be used is reported on stderr once and the defaults stand, so a
bad branding file never stops the app.

    {"pathfinder_branding": 1, "name": "Acme Career Compass", "id": "acme-career-compass",
     "pack": "acme-careers.yaml", "icon": "acme-career-compass.png",
     "vendor": "Acme Coding School", "contact": "careers@acme.example",
     "website": "https://acme.example/careers", "pack_license": "CC BY 4.0"}
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pathfinder.folders import BUILTIN_PACK, resources_dir

BRANDING_FILE = "branding.json"
BRANDING_FORMAT = 1
MAX_BRANDING_BYTES = 16 * 1024
MAX_NAME_LENGTH = 60

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
# A plain file name inside data/ or resources/icons/: no folders, no "..", nothing hidden.
_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}")
# A plain mailbox: something@a.domain, no spaces, no display name (that is the vendor).
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_WEBSITE = re.compile(r"https?://[^\s/$.?#][^\s]*")
MAX_TEXT_LENGTH = 200
OPTIONAL_TEXT = ("vendor", "contact", "website", "pack_license")


@dataclass(frozen=True)
class Branding:
    name: str = "Pathfinder"
    id: str = "pathfinder"
    pack: str = BUILTIN_PACK
    icon: str = "pathfinder.svg"
    vendor: str = "The Pathfinder team"  # who builds and hands out this installer
    contact: str = ""  # their e-mail address ("" in a checkout)
    website: str = ""  # their web address, https://...
    pack_license: str = ""  # the default pack's licence as the vendor states it

    @property
    def branded(self) -> bool:
        return self.id != DEFAULT.id


DEFAULT = Branding()


class BrandingError(ValueError):
    """A branding file that cannot be used; `str(e)` names the file and the problem."""


def app_id(name: str) -> str:
    """The file-system name for a product name: "Acme Career Compass" -> "acme-career-compass"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # École: ecole
    words = re.findall(r"[a-z0-9]+", plain.lower())
    ident = "-".join(words)[:40].strip("-")
    if not ident or not _ID.fullmatch(ident):
        raise BrandingError(f"{name!r}: a product name needs a letter or digit (a-z, 0-9)")
    return ident


def check_name(name: str) -> str:
    """The product name, trimmed; BrandingError when it cannot be a window title."""
    name = name.strip()
    if not name:
        raise BrandingError("the product name is empty")
    if len(name) > MAX_NAME_LENGTH:
        raise BrandingError(f"the product name is longer than {MAX_NAME_LENGTH} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise BrandingError("the product name contains a control character (a line break?)")
    app_id(name)
    return name


def parse_branding(raw: bytes, where: str) -> Branding:
    """A Branding from the bytes of a branding file; BrandingError says what is wrong."""
    if len(raw) > MAX_BRANDING_BYTES:
        raise BrandingError(f"{where}: larger than {MAX_BRANDING_BYTES} bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BrandingError(f"{where}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BrandingError(f"{where}:{exc.lineno}:{exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise BrandingError(f"{where}: expected a JSON object")
    if data.get("pathfinder_branding") != BRANDING_FORMAT:
        raise BrandingError(f"{where}: 'pathfinder_branding' must be {BRANDING_FORMAT}")
    fields: dict[str, str] = {}
    for key in ("name", "id", "pack", "icon"):
        value = data.get(key, getattr(DEFAULT, key))
        if not isinstance(value, str):
            raise BrandingError(f"{where}: '{key}' must be text")
        fields[key] = value
    try:
        fields["name"] = check_name(fields["name"])
    except BrandingError as exc:
        raise BrandingError(f"{where}: 'name': {exc}") from None
    if not _ID.fullmatch(fields["id"]):
        raise BrandingError(f"{where}: 'id' must be lower-case letters, digits and '-'")
    for key in ("pack", "icon"):
        if not _FILE_NAME.fullmatch(fields[key]):
            raise BrandingError(f"{where}: '{key}' must be a plain file name, not a path")
    if not fields["pack"].lower().endswith((".yaml", ".yml")):
        raise BrandingError(f"{where}: 'pack' must be a .yaml or .yml file")
    for key in OPTIONAL_TEXT:
        value = data.get(key, getattr(DEFAULT, key))
        if not isinstance(value, str):
            raise BrandingError(f"{where}: '{key}' must be text")
        problem = check_text(key, value)
        if problem:
            raise BrandingError(f"{where}: '{key}': {problem}")
        fields[key] = value
    return Branding(**fields)


def check_text(key: str, value: str) -> str | None:
    """What is wrong with the value of one of the vendor's fields, or None."""
    if len(value) > MAX_TEXT_LENGTH:
        return f"longer than {MAX_TEXT_LENGTH} characters"
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return "contains a control character (a line break?)"
    if key == "contact" and value and not _EMAIL.fullmatch(value):
        return f"{value!r} is not an e-mail address (like careers@school.example)"
    if key == "website" and value and not _WEBSITE.fullmatch(value):
        return f"{value!r} is not a web address starting with https://"
    if key == "vendor" and not value.strip():
        return "is empty"
    return None


def to_json(branding: Branding) -> str:
    """The text of a branding file for `branding` (what packaging/build.py writes)."""
    data = {
        "pathfinder_branding": BRANDING_FORMAT,
        "name": branding.name,
        "id": branding.id,
        "pack": branding.pack,
        "icon": branding.icon,
        **{key: getattr(branding, key) for key in OPTIONAL_TEXT},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load_branding(path: Path) -> Branding:
    """The branding in `path`, or the defaults when there is no such file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return DEFAULT
    except OSError as exc:
        raise BrandingError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse_branding(raw, str(path))


@cache
def current() -> Branding:
    """This copy's branding, read once: the resources folder's branding.json, else Pathfinder."""
    try:
        return load_branding(resources_dir() / BRANDING_FILE)
    except (BrandingError, FileNotFoundError) as exc:
        print(f"pathfinder: branding ignored: {exc}", file=sys.stderr)
        return DEFAULT
