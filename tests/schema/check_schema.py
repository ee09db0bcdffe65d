#!/usr/bin/env python3
"""Checks the model JSON Schema: the schema itself, the example models, and the annotated fixtures.

    python3 tests/schema/check_schema.py --schema build/share/groundwork/groundwork-model.schema.json \
        --valid examples/*.yaml --fixtures tests/data/invalid

Each fixture (*.yaml in --fixtures) says in a header comment what the schema should do with it:
    # schema: reject    PyYAML cannot load it, or the schema rejects it
    # schema: accept    it loads and the schema accepts it
    # schema: skip      not checked (the schema cannot see the problem, e.g. a dangling `uses`)
A file that cannot hold a comment (empty, binary, UTF-16) keeps its header in a side file X.expect.
"""
import argparse
import json
import re
import sys
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator


class ModelLoader(yaml.SafeLoader):
    """A SafeLoader (constructs plain data only) that reads scalars the YAML 1.2 way, as Groundwork and
    YAML editors do: `yes`, `on`, `2024-01-01`, `0x1F` and `1_000` are text, `017` is 17, `1e3` is a number.
    Duplicate keys are a load error, as in Groundwork."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _scalar(tag, pattern, first_chars):
    ModelLoader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(f"^(?:{pattern})$"), first_chars)


ModelLoader.yaml_implicit_resolvers = {}  # drop PyYAML's YAML 1.1 rules (and its merge key and timestamps)
_scalar("null", r"~|null|Null|NULL|", ["~", "n", "N", ""])
_scalar("bool", r"true|True|TRUE|false|False|FALSE", list("tTfF"))
_scalar("int", r"[-+]?[0-9]+", list("-+0123456789"))
_scalar("float", r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", list("-+.0123456789"))
ModelLoader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node), 10))

HEADER = re.compile(r"#\s*schema:\s*(\S*)\s*$")


def load(path):
    """The document in `path`; raises OSError, ValueError or yaml.YAMLError if it is not UTF-8 YAML."""
    text = path.read_bytes().decode("utf-8-sig")  # strict: invalid UTF-8 is a load failure
    try:
        return yaml.load(text, Loader=ModelLoader)  # one document only, else ComposerError
    except RecursionError:
        raise ValueError("nesting too deep") from None


def header_mode(path):
    """The word after '# schema:' in the leading comment lines of X.expect if it exists, else of X.yaml."""
    sidecar = path.with_suffix(".expect")
    raw = (sidecar if sidecar.is_file() else path).read_bytes()
    for line in raw.decode("utf-8-sig", "replace").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break
        if match := HEADER.match(line.strip()):
            return match.group(1)
    return None


def schema_errors(validator, doc):
    """One short line per schema error, in document order."""
    errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
    lines = []
    for e in errors:
        if e.context:  # an anyOf (the two forms of `uses`): show the deepest miss, not the whole value
            e = max(e.context, key=lambda c: len(c.absolute_path))
        where = "/".join(str(p) for p in e.absolute_path) or "(top)"
        message = e.message if len(e.message) <= 160 else e.message[:157] + "..."
        lines.append(f"{where}: {message}")
    return lines


def check_valid(validator, path):
    """(ok, line) for a model that must load and pass the schema."""
    try:
        doc = load(path)
    except (OSError, ValueError, yaml.YAMLError) as e:
        return False, f"FAIL {path}: does not load: {str(e).splitlines()[0]}"
    errors = schema_errors(validator, doc)
    if errors:
        return False, f"FAIL {path}: rejected by the schema:\n    " + "\n    ".join(errors)
    return True, f"ok   {path}"


def check_fixture(validator, path):
    """(ok, line) for a fixture, or (None, line) when it is skipped."""
    mode = header_mode(path)
    if mode is None:
        return False, f"FAIL fixture {path} has no '# schema:' header"
    if mode == "skip":
        return None, f"skip {path}"
    if mode not in ("accept", "reject"):
        return False, f"FAIL {path}: '# schema: {mode}' is not accept, reject or skip"
    if mode == "accept":
        return check_valid(validator, path)
    try:
        doc = load(path)
    except (OSError, ValueError, yaml.YAMLError) as e:
        return True, f"ok   {path}: rejected (does not load: {str(e).splitlines()[0]})"
    errors = schema_errors(validator, doc)
    if errors:
        return True, f"ok   {path}: rejected ({errors[0]})"
    return False, f"FAIL {path}: expected the schema to reject it, but it was accepted"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=Path, required=True)
    parser.add_argument("--valid", type=Path, nargs="*", default=[], help="models the schema must accept")
    parser.add_argument("--fixtures", type=Path, help="folder of *.yaml fixtures with '# schema:' headers")
    args = parser.parse_args()

    results = []  # True passed, False failed, None skipped

    def record(outcome):
        results.append(outcome[0])
        print(outcome[1])

    schema = json.loads(args.schema.read_text(encoding="utf-8"))
    try:
        Draft202012Validator.check_schema(schema)
        record((True, f"ok   {args.schema}: a valid draft 2020-12 schema"))
    except Exception as e:  # SchemaError, or a bad regular expression
        print(f"FAIL {args.schema}: not a valid schema: {getattr(e, 'message', e)}")
        print("0 passed, 1 failed")
        return 1
    validator = Draft202012Validator(schema)

    for path in args.valid:
        record(check_valid(validator, path))
    if args.fixtures:
        fixtures = sorted(args.fixtures.glob("*.yaml")) if args.fixtures.is_dir() else []
        if not fixtures:
            print(f"note {args.fixtures}: no fixtures yet")
        for path in fixtures:
            record(check_fixture(validator, path))

    passed, failed = results.count(True), results.count(False)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
