"""JSON Schemas of the clause library: loading them and turning failures into problems."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from drafting.errors import Code, Location, Problem

JSONValue = Any
SCHEMA_NAMES = (
    "common",
    "clause",
    "schedule",
    "question",
    "rule",
    "term",
    "part",
    "matter",
    "profile",
)


@cache
def _validators(schema_dir: Path) -> dict[str, Draft202012Validator]:
    schemas = {
        name: json.loads((schema_dir / f"{name}.schema.json").read_text(encoding="utf-8"))
        for name in SCHEMA_NAMES
    }
    resources = []
    for name, schema in schemas.items():
        resource = Resource.from_contents(schema)
        resources += [(schema["$id"], resource), (f"{name}.schema.json", resource)]
    registry: Registry[Any] = Registry().with_resources(resources)
    return {name: Draft202012Validator(s, registry=registry) for name, s in schemas.items()}


def validate(instance: JSONValue, schema: str, file: str, schema_dir: Path) -> tuple[Problem, ...]:
    """All the ways `instance` breaks schema `schema`, each located by file and JSON path."""
    validator = _validators(schema_dir)[schema]
    errors = sorted(validator.iter_errors(instance), key=lambda e: (e.json_path, e.message))
    return tuple(_problem(error, file) for error in errors)


def _problem(error: ValidationError, file: str) -> Problem:
    # A oneOf/anyOf failure says only "is not valid under any of the given schemas";
    # the most specific sub-error says what to fix.
    specific = best_match(error.context) if error.context else error
    path = specific.json_path if specific is not error else error.json_path
    message = specific.message
    if len(message) > 300:
        message = message[:297] + "..."
    return Problem(
        code=Code.SCHEMA_VIOLATION,
        message=message,
        location=Location(file=file, json_path=path),
    )
