"""The OpenAPI 3.1 description of the JSON API; a test checks it against the URL map."""

from __future__ import annotations

from typing import Any

from drafting.model import InstrumentKind
from drafting.web.documents import DOWNLOADS

_ERROR = {"$ref": "#/components/schemas/Error"}
_REPORT = {"$ref": "#/components/schemas/Report"}


def _response(description: str, schema: Any = None, media: str = "application/json") -> Any:
    out: dict[str, Any] = {"description": description}
    if schema is not None:
        out["content"] = {media: {"schema": schema}}
    return out


def _errors(*codes: int) -> dict[str, Any]:
    words = {
        400: "Malformed request",
        401: "No valid bearer token",
        403: "A reviewer may read, not write",
        404: "No such draft, or none you may see",
        409: "The version given is not the latest: nothing saved; your answers are returned",
        413: "The file is larger than the limit (code I602)",
        422: "Invalid input: each problem names its question or field",
    }
    return {str(c): _response(words[c], _ERROR) for c in codes}


_DRAFT_ID = {
    "name": "draft_id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer"},
}
_VERSION = {
    "name": "version",
    "in": "query",
    "required": False,
    "description": "a version number; default the latest",
    "schema": {"type": "integer"},
}


def _downloads() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for filename, kind in DOWNLOADS.items():
        parameters: list[Any] = [_DRAFT_ID, _VERSION]
        parameters.append(
            {
                "name": "lang",
                "in": "query",
                "required": False,
                "description": "language(s), comma-separated: several give the languages side "
                "by side (Word only); Rwanda's rw adds the translator's column",
                "schema": {"type": "string"},
            }
        )
        if kind.filename == "docx":
            parameters.append(
                {
                    "name": "clean",
                    "in": "query",
                    "required": False,
                    "description": "1: without the drafting-notes annex",
                    "schema": {"type": "string", "enum": ["0", "1"]},
                }
            )
        responses = {
            "200": _response(
                "The file",
                {"type": "string", "contentMediaType": kind.mimetype.split(";")[0]},
                kind.mimetype.split(";")[0],
            ),
            **_errors(400, 401, 404, 422),
        }
        summary = f"The draft (its regulation) as {filename}"
        if kind.instrument is InstrumentKind.BILL:
            summary = (
                f"The draft's companion bill as {filename}: the primary legislation for "
                "what the regulation has no power to provide (answer outside_powers = bill)"
            )
            responses["404"] = _response(
                "No such draft, or none you may see; or, with code A405, the answers put "
                "nothing in a companion bill",
                _ERROR,
            )
        paths[f"/drafts/{{draft_id}}/{filename}"] = {
            "get": {
                "operationId": f"download_{filename.replace('.', '_')}",
                "summary": summary,
                "parameters": parameters,
                "responses": responses,
            }
        }
    return paths


def _review() -> dict[str, Any]:
    """The review workflow's routes (drafting/web/review_api.py)."""
    reply_properties: dict[str, Any] = {
        "id": {"type": "integer"},
        "body": {"type": "string"},
        "author": {"type": "string"},
        "author_role": {"type": "string", "enum": ["drafter", "reviewer"]},
        "created_at": {"type": "string", "format": "date-time"},
        "version": {"type": "integer", "description": "the version it was written on"},
    }
    reply = {"type": "object", "properties": reply_properties}
    comment = {
        "type": "object",
        "description": "A thread: the comment, anchored to a provision by clause id (so it "
        "follows the provision when renumbered), and its replies; a drafter's reply is the "
        "drafter's response",
        "properties": {
            **reply_properties,
            "provision": {
                "type": "object",
                "description": "the provision as it was when the comment was written",
                "properties": {
                    "clause_id": {"type": ["string", "null"]},
                    "eid": {"type": "string"},
                    "label": {"type": "string"},
                    "heading": {"type": "string"},
                },
            },
            "current": {
                "type": ["object", "null"],
                "description": "where the provision is in the latest version; null when it is "
                "no longer in the draft",
            },
            "resolved": {"type": "boolean"},
            "resolved_by": {"type": ["string", "null"]},
            "resolved_at": {"type": ["string", "null"], "format": "date-time"},
            "replies": {"type": "array", "items": reply},
        },
    }
    status_value: dict[str, Any] = {
        "type": "string",
        "enum": ["drafting", "in-review", "changes-requested", "approved"],
    }
    status = {
        "type": "object",
        "properties": {
            "status": status_value,
            "by": {"type": ["string", "null"]},
            "at": {"type": ["string", "null"], "format": "date-time"},
            "version": {"type": "integer"},
            "allowed": {"type": "array", "items": {"type": "string"}},
        },
    }
    conflict = _response(
        "The draft's status does not allow this move (or the comment is resolved already)",
        _ERROR,
    )
    return {
        "/drafts/{draft_id}/comments": {
            "get": {
                "operationId": "comments",
                "summary": "The comment threads of a draft, with where each provision is now",
                "parameters": [_DRAFT_ID],
                "responses": {
                    "200": _response("Threads", {"type": "array", "items": comment}),
                    **_errors(401, 404),
                },
            },
            "post": {
                "operationId": "add_comment",
                "summary": "Comment on a provision (reviewers and drafters), or reply",
                "parameters": [_DRAFT_ID],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["body"],
                                "properties": {
                                    "body": {"type": "string"},
                                    "provision": {
                                        "type": "string",
                                        "description": "the eId of a provision or schedule "
                                        "of `version` (not with reply_to)",
                                    },
                                    "version": {
                                        "type": "integer",
                                        "description": "default the latest",
                                    },
                                    "reply_to": {
                                        "type": "integer",
                                        "description": "a comment id: reply in its thread",
                                    },
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "201": _response("The new comment or reply", comment),
                    **_errors(400, 401, 404, 422),
                },
            },
        },
        "/drafts/{draft_id}/status": {
            "post": {
                "operationId": "change_status",
                "summary": "Move the draft: a drafter submits (in-review); a reviewer requests "
                "changes or approves, never on their own draft",
                "parameters": [_DRAFT_ID],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["status"],
                                "properties": {
                                    "status": status_value,
                                    "note": {"type": "string"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": _response("The draft's new status", status),
                    **_errors(400, 401, 404, 422),
                    "403": _response(
                        "Your role may not make this move, or it is your own draft", _ERROR
                    ),
                    "409": conflict,
                },
            }
        },
    }


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "E-waste regulation drafting assistant API",
            "version": "1",
            "description": "Draft e-waste (WEEE) regulations from the clause library. "
            "Every save is an immutable version; PUT names the version it changes.",
        },
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "paths": {
            "/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document",
                    "security": [],
                    "responses": {"200": _response("OpenAPI 3.1", {"type": "object"})},
                }
            },
            "/countries": {
                "get": {
                    "operationId": "countries",
                    "summary": "The country profiles",
                    "responses": {
                        "200": _response(
                            "Countries",
                            {"type": "array", "items": {"$ref": "#/components/schemas/Country"}},
                        ),
                        **_errors(401),
                    },
                }
            },
            "/countries/{code}/questions": {
                "get": {
                    "operationId": "questions",
                    "summary": "The question catalogue of a country, with its defaults",
                    "parameters": [
                        {
                            "name": "code",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "lang",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "string", "enum": ["en", "es", "fr"]},
                        },
                    ],
                    "responses": {
                        "200": _response(
                            "Questions",
                            {"type": "array", "items": {"$ref": "#/components/schemas/Question"}},
                        ),
                        **_errors(401, 404),
                    },
                }
            },
            "/drafts": {
                "get": {
                    "operationId": "list_drafts",
                    "summary": "The drafts of your workspaces",
                    "responses": {
                        "200": _response(
                            "Drafts",
                            {"type": "array", "items": {"$ref": "#/components/schemas/Draft"}},
                        ),
                        **_errors(401),
                    },
                },
                "post": {
                    "operationId": "create_draft",
                    "summary": "Start a draft: its version 1",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/NewDraft"}
                            }
                        },
                    },
                    "responses": {
                        "201": _response("Created", {"$ref": "#/components/schemas/Draft"}),
                        **_errors(400, 401, 422),
                    },
                },
            },
            "/drafts/{draft_id}": {
                "get": {
                    "operationId": "get_draft",
                    "summary": "A draft and its latest version's answers",
                    "parameters": [_DRAFT_ID],
                    "responses": {
                        "200": _response("The draft", {"$ref": "#/components/schemas/Draft"}),
                        **_errors(401, 404),
                    },
                },
                "put": {
                    "operationId": "update_draft",
                    "summary": "Save new answers as a new version of the one named",
                    "parameters": [_DRAFT_ID],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Update"}}
                        },
                    },
                    "responses": {
                        "200": _response("Saved", {"$ref": "#/components/schemas/Draft"}),
                        **_errors(400, 401, 403, 404, 409, 422),
                    },
                },
            },
            "/drafts/{draft_id}/versions": {
                "get": {
                    "operationId": "versions",
                    "summary": "Every version of a draft, the latest first",
                    "parameters": [_DRAFT_ID],
                    "responses": {
                        "200": _response(
                            "Versions",
                            {"type": "array", "items": {"$ref": "#/components/schemas/Version"}},
                        ),
                        **_errors(401, 404),
                    },
                }
            },
            "/drafts/{draft_id}/check": {
                "get": {
                    "operationId": "check_draft",
                    "summary": "The consistency check report on a version's regulation, as the "
                    "draft page shows it",
                    "parameters": [
                        _DRAFT_ID,
                        _VERSION,
                        {
                            "name": "lang",
                            "in": "query",
                            "required": False,
                            "description": "one of the draft's languages; default its first",
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": {
                        "200": _response("The report", _REPORT),
                        **_errors(400, 401, 404, 422),
                    },
                }
            },
            "/drafts/{draft_id}/diff": {
                "get": {
                    "operationId": "diff",
                    "summary": "The clause-aware diff of two versions' regulations: changes "
                    "by provision with their word segments and the answers that caused them",
                    "parameters": [
                        _DRAFT_ID,
                        {
                            "name": "from",
                            "in": "query",
                            "required": False,
                            "description": "the older side's version number; default the one "
                            "before `to`",
                            "schema": {"type": "integer"},
                        },
                        {
                            "name": "to",
                            "in": "query",
                            "required": False,
                            "description": "the newer side's version number; default the latest",
                            "schema": {"type": "integer"},
                        },
                        {
                            "name": "lang",
                            "in": "query",
                            "required": False,
                            "description": "one of the draft's languages; default its first",
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": {
                        "200": _response("The diff", {"$ref": "#/components/schemas/Diff"}),
                        "400": _response(
                            "`from` or `to` is not a whole number, both name the same "
                            "version, or `lang` is not a language of the draft",
                            _ERROR,
                        ),
                        **_errors(401, 404, 422),
                    },
                }
            },
            "/check": {
                "post": {
                    "operationId": "check_upload",
                    "summary": "The consistency check report on an uploaded Word file (.docx) or "
                    "draft model (.json)",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["file"],
                                    "properties": {
                                        "file": {
                                            "type": "string",
                                            "contentMediaType": "application/octet-stream",
                                            "description": "the .docx or the draft model's .json "
                                            "(at most 20 MB unless the server sets "
                                            "CHECK_MAX_UPLOAD)",
                                        },
                                        "country": {
                                            "type": "string",
                                            "description": "ISO code or name of the country "
                                            "whose enabling law applies; default: recognised "
                                            "from the document",
                                        },
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": _response("The report", _REPORT),
                        "400": _response(
                            "No file; a file that is not a readable .docx or draft model, "
                            "hostile (I603) or password-protected (I604); an unknown country "
                            "(L105, naming the known ones)",
                            _ERROR,
                        ),
                        **_errors(401, 413),
                    },
                }
            },
            **_downloads(),
            **_review(),
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": _schemas(),
        },
    }


def _schemas() -> dict[str, Any]:
    answers = {
        "type": "object",
        "description": "{question_id: value}; unanswered questions take the country's defaults",
    }
    return {
        "Error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "hint": {"type": "string"},
                "problems": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "code": {"type": "string"},
                            "question": {"type": "string"},
                            "questions": {"type": "array", "items": {"type": "string"}},
                            "field": {"type": "string"},
                            "message": {"type": "string"},
                        },
                    },
                },
                "current_version": {"type": "integer"},
                "your_answers": answers,
            },
        },
        "Country": {
            "type": "object",
            "properties": {
                "code": {"type": "string"},
                "name": {"type": "string"},
                "names": {"type": "object"},
                "languages": {"type": "array", "items": {"type": "string"}},
                "instrument_type": {"type": "string"},
                "legal_family": {"type": "string"},
            },
        },
        "Question": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "step": {"type": "string"},
                "type": {"type": "string"},
                "label": {"type": "string"},
                "help": {"type": "string"},
                "asked_by_default": {"type": "boolean"},
                "default": {},
                "options": {"type": "array"},
                "columns": {"type": "array"},
            },
        },
        "NewDraft": {
            "type": "object",
            "required": ["country"],
            "properties": {
                "country": {"type": "string", "description": "ISO code or name"},
                "answers": answers,
                "title": {"type": "string"},
                "languages": {"type": "array", "items": {"type": "string"}},
                "workspace": {"type": ["string", "integer"]},
            },
        },
        "Update": {
            "type": "object",
            "required": ["answers", "version"],
            "properties": {"answers": answers, "version": {"type": "integer"}},
        },
        "Draft": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "country": {"type": "string"},
                "languages": {"type": "array", "items": {"type": "string"}},
                "status": {"type": "string"},
                "workspace": {"type": "string"},
                "version": {"type": "integer"},
                "answers": answers,
                "library_version": {"type": "string"},
                "model_hash": {"type": ["string", "null"]},
                "author": {"type": "string"},
                "saved_at": {"type": "string", "format": "date-time"},
                "created_at": {"type": "string", "format": "date-time"},
                "links": {"type": "object"},
            },
        },
        "Report": {
            "type": "object",
            "description": "The checker's report (design: Check report)",
            "required": ["document", "summary", "outline", "findings"],
            "properties": {
                "document": {"type": "string"},
                "summary": {
                    "type": "object",
                    "properties": {
                        "errors": {"type": "integer"},
                        "warnings": {"type": "integer"},
                        "info": {"type": "integer"},
                    },
                },
                "outline": {
                    "type": "object",
                    "description": "what the checker read of the document",
                    "properties": {
                        "parts": {"type": "integer"},
                        "provisions": {"type": "integer"},
                        "definitions": {"type": "integer"},
                        "schedules": {"type": "integer"},
                        "language": {"type": "string"},
                        "country": {
                            "type": "string",
                            "description": "the profile the enabling-law checks used; "
                            "empty when none",
                        },
                        "title": {"type": "string"},
                    },
                },
                "findings": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "rule": {"type": "string", "description": "stable code: XREF001"},
                            "category": {"type": "string"},
                            "severity": {"type": "string", "enum": ["error", "warning", "info"]},
                            "provision": {
                                "type": "string",
                                "description": "as the document numbers it; empty: the whole "
                                "instrument",
                            },
                            "eid": {
                                "type": "string",
                                "description": "the provision's eId in the draft model",
                            },
                            "message": {"type": "string"},
                            "evidence": {"type": "string"},
                            "suggestion": {"type": "string"},
                        },
                    },
                },
            },
        },
        "Diff": {
            "type": "object",
            "description": "drafting.diff's JSON (docs/diff.md): format ewaste-diff/1",
            "required": ["format", "old", "new", "summary", "answers", "changes"],
            "properties": {
                "format": {"type": "string", "const": "ewaste-diff/1"},
                "old": {"type": "object", "description": "name, title, country, language"},
                "new": {"type": "object", "description": "name, title, country, language"},
                "summary": {
                    "type": "object",
                    "description": "the number of changes of each type",
                    "additionalProperties": {"type": "integer"},
                },
                "answers": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "question": {"type": "string"},
                            "label": {"type": "string"},
                            "old": {"type": "string"},
                            "new": {"type": "string"},
                        },
                    },
                },
                "changes": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string", "description": "c1, c2... in order"},
                            "type": {
                                "type": "string",
                                "enum": [
                                    "added",
                                    "removed",
                                    "moved",
                                    "renumbered",
                                    "modified",
                                    "parameter",
                                    "definition",
                                    "table-cell",
                                    "title",
                                ],
                            },
                            "unit": {"type": "string"},
                            "old_number": {"type": "string"},
                            "new_number": {"type": "string"},
                            "clause_id": {"type": "string"},
                            "old_eid": {"type": "string"},
                            "new_eid": {"type": "string"},
                            "heading": {"type": "string"},
                            "substantive": {
                                "type": "boolean",
                                "description": "false for renumbering only",
                            },
                            "segments": {"type": "array"},
                            "references": {"type": "array"},
                            "cause": {"type": "array"},
                            "detail": {"type": "object"},
                        },
                    },
                },
            },
        },
        "Version": {
            "type": "object",
            "properties": {
                "version": {"type": "integer"},
                "author": {"type": "string"},
                "saved_at": {"type": "string", "format": "date-time"},
                "library_version": {"type": "string"},
                "model_hash": {"type": ["string", "null"]},
                "note": {"type": "string"},
                "answers": answers,
            },
        },
    }
