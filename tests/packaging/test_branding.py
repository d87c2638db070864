"""The branding file a branded build carries (data only, checked), and the launcher's bare profile
path. Fast: nothing is frozen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pathfinder import branding
from pathfinder.branding import DEFAULT, Branding, BrandingError, load_branding, parse_branding
from pathfinder.cli import _bare_profile, _parser

ACME = Branding(
    name="Acme Career Compass",
    id="acme-career-compass",
    pack="acme-career-compass.yaml",
    icon="acme-career-compass.png",
)


def test_written_branding_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "branding.json"
    path.write_text(branding.to_json(ACME), encoding="utf-8")
    assert load_branding(path) == ACME
    assert ACME.branded and not DEFAULT.branded


def test_no_branding_file_means_plain_pathfinder(tmp_path: Path) -> None:
    assert load_branding(tmp_path / "branding.json") == DEFAULT
    assert DEFAULT.name == "Pathfinder" and DEFAULT.pack == "ai-ml-careers.yaml"


def test_a_checkout_without_branding_opens_the_builtin_pack() -> None:
    from pathfinder.paths import builtin_pack

    assert branding.current() == DEFAULT
    assert builtin_pack().name == "ai-ml-careers.yaml" and builtin_pack().is_file()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"pack": "../../etc/passwd.yaml"}, "'pack' must be a plain file name"),
        ({"pack": "/tmp/x.yaml"}, "'pack' must be a plain file name"),
        ({"pack": "acme.py"}, "'pack' must be a .yaml or .yml file"),
        ({"icon": "icons/../x.png"}, "'icon' must be a plain file name"),
        ({"name": ""}, "the product name is empty"),
        ({"name": "Acme\nCompass"}, "control character"),
        ({"name": 7}, "'name' must be text"),
        ({"id": "Acme Compass"}, "'id' must be lower-case"),
        ({"pathfinder_branding": 2}, "'pathfinder_branding' must be 1"),
    ],
)
def test_unusable_branding_is_refused(change: dict[str, object], message: str) -> None:
    data = json.loads(branding.to_json(ACME)) | change
    with pytest.raises(BrandingError, match=message):
        parse_branding(json.dumps(data).encode(), "branding.json")


def test_broken_json_is_located() -> None:
    with pytest.raises(BrandingError, match=r"branding.json:2:1: "):
        parse_branding(b'{"name": "x",\n}', "branding.json")


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Acme Career Compass", "acme-career-compass"),
        ("  Le Wagon — Data & AI ", "le-wagon-data-ai"),
        ("École 42", "ecole-42"),
    ],
)
def test_product_names_become_program_names(name: str, ident: str) -> None:
    assert branding.app_id(name) == ident


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["ada.json"], ["--profile", "ada.json"]),
        (["--theme", "dark", "Ada.JSON"], ["--theme", "dark", "--profile", "Ada.JSON"]),
        (["--profile", "ada.json"], ["--profile", "ada.json"]),
        (["--snapshot", "x.json"], ["--snapshot", "x.json"]),
        (["plan", "--profile", "ada.json"], ["plan", "--profile", "ada.json"]),
        (["validate", "pack.json"], ["validate", "pack.json"]),
        (["acme.yaml"], ["--pack", "acme.yaml"]),
        (["--theme", "dark", "Acme.YML"], ["--theme", "dark", "--pack", "Acme.YML"]),
        (["validate", "pack.yaml"], ["validate", "pack.yaml"]),
        ([], []),
    ],
)
def test_a_bare_profile_or_pack_path_opens_it(argv: list[str], expected: list[str]) -> None:
    parser = _parser()
    assert _bare_profile(parser, argv) == expected
    if expected != argv and expected[-2] == "--profile":
        assert parser.parse_args(expected).win_profile == Path(argv[-1])
    if expected != argv and expected[-2] == "--pack":
        assert parser.parse_args(expected).pack == Path(argv[-1])


def test_branding_file_beside_the_pack_says_who_the_build_is_from() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2] / "packaging"))
    from branding_file import beside, read_branding_file

    fixtures = Path(__file__).with_name("fixtures")
    path = beside(fixtures / "acme-careers.yaml")
    assert path == fixtures / "acme-careers.branding.yaml"
    vendor = read_branding_file(path)
    assert vendor.name == "Acme Career Compass"
    assert vendor.maintainer == "Acme Coding School <careers@acme.example>"
    assert vendor.website == "https://acme.example/careers"
    assert vendor.pack_license.startswith("CC BY-SA 4.0")
    assert vendor.icon is None


def test_branding_json_carries_the_vendor(tmp_path: Path) -> None:
    from dataclasses import replace

    acme = replace(
        ACME,
        vendor="Acme Coding School",
        contact="careers@acme.example",
        website="https://acme.example",
        pack_license="CC BY-SA 4.0",
    )
    path = tmp_path / "branding.json"
    path.write_text(branding.to_json(acme), encoding="utf-8")
    assert load_branding(path) == acme
    data = json.loads(branding.to_json(acme)) | {"contact": "not an address"}
    with pytest.raises(BrandingError, match="'contact': 'not an address' is not an e-mail"):
        parse_branding(json.dumps(data).encode(), "branding.json")
