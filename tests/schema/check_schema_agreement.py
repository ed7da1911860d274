#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks that data/catalog.schema.json and the C++ loader agree on every catalog.

Usage: check_schema_agreement.py MODELSCOUT_CLI PROJECT_SOURCE_DIR

For every file in tests/schema/cases/ plus data/catalog.json and data/examples/*.json:
  (a) the schema's verdict: jsonschema's Draft202012Validator (Debian python3-jsonschema);
  (b) the loader's verdict: `modelscout-cli check FILE` (exit 0 = valid, 1 = invalid).
The two must agree, and the verdict must be the one the file's name promises:
  good-*           both say valid;
  bad-*            both say invalid;
  beyond-schema-*  the schema says valid and the loader says invalid: a check the schema
                   cannot express (see "Checks beyond the schema" in docs/catalog-format.md);
  data/catalog.json and data/examples/*.json: both say valid.

A file that is not JSON (syntax error, invalid UTF-8, NaN/Infinity) has no schema verdict
to compute; it counts as invalid for the schema, as RFC 8259 JSON is the format's base.

Prints one line per file and closes with "N passed, M failed"; exits 1 when M > 0.
"""

import glob
import json
import os
import subprocess
import sys

PACKAGE_HINT = ("the Python package jsonschema >= 4 is needed: install the Debian package "
                "python3-jsonschema (scripts/common.sh installs it with the test packages)")

try:
    from jsonschema import Draft202012Validator
except ImportError as exc:  # not a skip: the test must not pass without checking anything
    print(f"FAIL: cannot import jsonschema.Draft202012Validator ({exc}); {PACKAGE_HINT}", file=sys.stderr)
    print("0 passed, 1 failed")
    sys.exit(1)


def read_json(path):
    """The parsed document, or (None, reason) when the file is not strict JSON."""
    def refuse_constant(name):
        raise ValueError(f"{name} is not JSON")
    try:
        with open(path, "rb") as f:
            raw = f.read()
        # utf-8-sig: a leading byte order mark is skipped, as the loader (nlohmann/json) does.
        text = raw.decode("utf-8-sig")
        return json.loads(text, parse_constant=refuse_constant), None
    except (UnicodeDecodeError, ValueError) as exc:
        return None, f"not JSON: {exc}"


def schema_verdict(validator, path):
    """(valid, reason) according to the schema."""
    document, problem = read_json(path)
    if problem:
        return False, problem
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        return True, "valid"
    first = errors[0]
    pointer = "/" + "/".join(str(p) for p in first.absolute_path)
    message = first.message if len(first.message) <= 160 else first.message[:157] + "..."
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return False, f"{pointer}: {message}{more}"


def loader_verdict(cli, path):
    """(valid, reason) according to `modelscout-cli check`; valid is None when the CLI
    neither accepted nor refused (a crash or a usage error)."""
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    try:
        run = subprocess.run([cli, "check", path], capture_output=True, env=env, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"could not run {cli}: {exc}"
    stderr = run.stderr.decode("utf-8", "replace").strip()
    errors = [line for line in stderr.splitlines() if "error" in line and "is not a valid catalog" not in line]
    if run.returncode == 0:
        return True, "valid"
    if run.returncode == 1:
        reason = errors[0] if errors else (stderr.splitlines()[0] if stderr else "exit 1")
        if len(errors) > 1:
            reason += f" (+{len(errors) - 1} more)"
        return False, reason.replace(path, os.path.basename(path))
    return None, f"exit code {run.returncode}: {stderr[:300]}"


def expected_verdicts(name, is_case):
    """(schema, loader) verdicts the file's name promises, or None for an unknown prefix."""
    if not is_case:
        return True, True
    if name.startswith("good-"):
        return True, True
    if name.startswith("bad-"):
        return False, False
    if name.startswith("beyond-schema-"):
        return True, False
    return None


def word(valid):
    return {True: "valid", False: "invalid", None: "no verdict"}[valid]


def main(argv):
    if len(argv) != 3:
        print("usage: check_schema_agreement.py MODELSCOUT_CLI PROJECT_SOURCE_DIR", file=sys.stderr)
        return 2
    cli, root = argv[1], argv[2]
    schema_path = os.path.join(root, "data", "catalog.schema.json")
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)  # raises on a schema that is itself wrong
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        print(f"FAIL: {schema_path} does not declare draft 2020-12", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    validator = Draft202012Validator(schema)

    cases_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
    cases = sorted(glob.glob(os.path.join(cases_dir, "*.json")))
    bundled = [os.path.join(root, "data", "catalog.json")] + sorted(glob.glob(os.path.join(root, "data", "examples", "*.json")))

    passed, failed = 0, []
    counts = {"good-": 0, "bad-": 0, "beyond-schema-": 0}
    for path in cases + bundled:
        is_case = path in cases
        name = os.path.basename(path)
        shown = name if is_case else os.path.relpath(path, root)
        for prefix in counts:
            if is_case and name.startswith(prefix):
                counts[prefix] += 1
        expected = expected_verdicts(name, is_case)
        schema_ok, schema_reason = schema_verdict(validator, path)
        loader_ok, loader_reason = loader_verdict(cli, path)

        problems = []
        if expected is None:
            problems.append("the name must start with good-, bad- or beyond-schema-")
        elif (schema_ok, loader_ok) != expected:
            problems.append(f"expected schema {word(expected[0])} and loader {word(expected[1])}")
        if loader_ok is None:
            problems.append("the loader gave no verdict")
        elif schema_ok != loader_ok and not name.startswith("beyond-schema-"):
            problems.append("schema and loader disagree")

        verdicts = f"schema {word(schema_ok)}, loader {word(loader_ok)}"
        if problems:
            failed.append(shown)
            print(f"FAIL {shown}: {verdicts}: {'; '.join(problems)}")
            print(f"       schema: {schema_reason}")
            print(f"       loader: {loader_reason}")
        else:
            passed += 1
            detail = "" if schema_ok and loader_ok else f"  [schema: {schema_reason} | loader: {loader_reason}]"
            print(f"ok   {shown}: {verdicts}{detail}")

    if not cases:
        failed.append(f"{cases_dir} (no cases found)")
    print(f"cases: {counts['good-']} good, {counts['bad-']} bad, {counts['beyond-schema-']} beyond-schema; "
          f"plus {len(bundled)} bundled catalogs")
    if failed:
        print("disagreeing or unexpected: " + ", ".join(failed))
    print(f"{passed} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
