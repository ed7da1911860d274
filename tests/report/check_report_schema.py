#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validates report JSON files against the JSON Schema block of docs/report-format.md.

Usage: check_report_schema.py docs/report-format.md report.json [report.json ...]
Exit 0 when every file is valid, 1 when one is not, 77 (skip) without python3-jsonschema.
"""
import json
import re
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed; skipping")
    sys.exit(77)


def schema_from(markdown_path):
    text = open(markdown_path, encoding="utf-8").read()
    match = re.search(r"## JSON Schema.*?```json\n(.*?)\n```", text, re.S)
    if not match:
        sys.exit(f"{markdown_path}: no ```json block under '## JSON Schema'")
    return json.loads(match.group(1))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    schema = schema_from(sys.argv[1])
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for path in sys.argv[2:]:
        document = json.load(open(path, encoding="utf-8"))
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        for error in errors:
            pointer = "/" + "/".join(str(p) for p in error.path)
            print(f"{path}: at {pointer}: {error.message}")
        failed = failed or bool(errors)
        if not errors:
            print(f"{path}: valid")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
