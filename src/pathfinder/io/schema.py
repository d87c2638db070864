"""The JSON Schema of pack format 1, for editor completion (`pathfinder schema`)."""

from __future__ import annotations

from typing import Any

from pathfinder.core.catalog import Catalog

SCHEMA_ID = "https://pathfinder.invalid/schema/pack-1.json"


def pack_schema() -> dict[str, Any]:
    schema = Catalog.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "Pathfinder career pack, format 1"
    _allow_extensions(schema)
    return schema


def _allow_extensions(node: Any) -> None:
    """`x-` keys are kept and ignored everywhere; every other unknown key is an error."""
    if isinstance(node, dict):
        if node.get("additionalProperties") is False:
            node["patternProperties"] = {"^x-": {}}
        for value in node.values():
            _allow_extensions(value)
    elif isinstance(node, list):
        for value in node:
            _allow_extensions(value)
