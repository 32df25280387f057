"""A JSON Schema (draft 2020-12) of the JSON export, made from the entity declarations.

    python -m ally_explorer.db.json_schema        # rewrite docs/export.schema.json

It is the contract for programs that write a file to import: sections, fields, types,
vocabularies, lengths. The import checks all that and more (dates that parse, references that
exist, ids that are unique, an attribution for every hedged claim) and names the position of
every problem (``events[3].category``); it also reads a few looser spellings the schema does
not promise (a number written as text, an empty list for an empty text).
tests/db/test_json_schema.py checks that exports match the schema and that the import refuses
what the schema refuses, at the same path.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..core.entities import ENTITIES, Entity, Field
from . import anchoring
from .transfer import ANCHOR_STATUSES, FORMAT, FORMAT_VERSION, SECTIONS

SCHEMA_ID = "https://github.com/ally-explorer/ally-explorer/blob/main/docs/export.schema.json"
_PATTERNS = {
    ("country", "id"): "^[A-Z]{3}$",
    ("country", "iso2"): "^[A-Z]{2}$",
    ("country", "iso_numeric"): "^[0-9]{3}$",
    ("person", "id"): "^[a-z0-9][a-z0-9_-]{0,63}$",
    ("source", "id"): "^[a-z0-9][a-z0-9_-]{0,63}$",
}
_DAY = {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": "ISO day; computed from date_label when null or absent."}


def _nullable(schema: dict[str, Any], field: Field) -> dict[str, Any]:
    if field.required:
        return schema
    if "enum" in schema:
        return schema | {"enum": [*schema["enum"], None]}
    return schema | {"type": [schema["type"], "null"]}


def _field_schema(entity: Entity, field: Field) -> dict[str, Any]:
    kind = field.kind
    if kind in ("text", "longtext", "date", "ref"):
        out: dict[str, Any] = {"type": "string", "maxLength": field.max_length}
        if field.required:
            out["minLength"] = 1
        if (entity.name, field.name) in _PATTERNS:
            out["pattern"] = _PATTERNS[entity.name, field.name]
    elif kind == "enum":
        out = {"enum": list(field.choices)}
    elif kind == "refs":
        out = {"type": "array", "items": {"type": "string"}, "minItems": 1 if field.required else 0}
    elif kind == "list":
        out = {"type": ["array", "string"], "items": {"type": "string"}}  # an export writes a list; "a; b" reads too
    elif kind == "int":
        out = {"type": "integer"}
        if field.name == "importance":
            out |= {"minimum": 1, "maximum": 3}
    elif kind == "float":
        out = {"type": "number"}
    elif kind == "bool":
        out = {"type": "boolean"}
    else:  # pragma: no cover - a new kind must be described here
        raise ValueError(f"no schema for field kind {kind!r}")
    if field.label:
        out = {"title": field.label} | out
    if field.help:
        out["description"] = field.help
    return _nullable(out, field) if kind not in ("refs", "list", "bool") else out


def _entity_schema(entity: Entity) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required = [f.name for f in entity.fields if f.required]
    if entity.id_kind == "int":
        properties["id"] = {"type": ["integer", "null"], "minimum": 1,
                            "description": "Kept when free; renumbered when it clashes with an existing entry."}
    for f in entity.fields:
        properties[f.name] = _field_schema(entity, f)
    if entity.dated:
        properties["date_start"], properties["date_end"] = _DAY, _DAY
    return {
        "title": entity.label,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def export_schema() -> dict[str, Any]:
    sections = {section: {"type": "array", "items": {"$ref": f"#/$defs/{name}"}} for section, name in SECTIONS}
    defs = {name: _entity_schema(ENTITIES[name]) for _, name in SECTIONS}
    defs["tour"] = {
        "title": "tour",
        "type": "object",
        "properties": {
            "id": {"type": ["integer", "null"], "minimum": 1},
            "name": {"type": "string", "minLength": 1, "maxLength": 200},
            "note": {"type": ["string", "null"]},
            "items": {
                "type": "array",
                "description": "The steps in order: [\"event\", events id] or [\"statement\", statements id].",
                "items": {
                    "type": "array",
                    "prefixItems": [{"enum": ["event", "statement"]}, {"type": "integer"}],
                    "minItems": 2,
                    "maxItems": 2,
                },
            },
        },
        "required": ["name"],
        "additionalProperties": False,
    }
    count = {"type": "integer", "minimum": 0}
    defs["anchor"] = {
        "title": "anchor",
        "description": "Where an entry's excerpt sits in its source's text (W3C Web Annotation: "
                       "TextQuoteSelector quote/prefix/suffix, TextPositionSelector start/end in characters). "
                       "Optional on import: every excerpt of a source with text is anchored anew or re-found.",
        "type": "object",
        "properties": {
            "kind": {"enum": list(anchoring.KIND_TABLES)},
            "item_id": count,
            "source_id": {"type": "string"},
            "quote": {"type": "string"},
            "prefix": {"type": "string"},
            "suffix": {"type": "string"},
            "start": count,
            "end": count,
            "status": {"enum": list(ANCHOR_STATUSES)},
        },
        "required": ["kind", "item_id", "source_id", "quote", "start", "end"],
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Ally Explorer dataset (JSON export)",
        "description": "Written by `ally-explorer export --json`, read by `ally-explorer import`. "
                       "Every section is optional on import; an export has them all, in id order.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
            **sections,
            "tours": {"type": "array", "items": {"$ref": "#/$defs/tour"}},
            "anchors": {"type": "array", "items": {"$ref": "#/$defs/anchor"}},
        },
        "additionalProperties": False,
        "$defs": defs,
    }


def schema_json() -> str:
    return json.dumps(export_schema(), ensure_ascii=False, indent=2) + "\n"


def schema_path() -> Path:
    return Path(__file__).resolve().parents[3] / "docs" / "export.schema.json"


def main() -> int:
    schema_path().write_text(schema_json(), encoding="utf-8")
    print(f"wrote {schema_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
