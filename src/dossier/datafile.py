"""Reading a YAML data file against its schema (a pydantic model).

Shipped data and user files take the same path, so a typo fails the same way in both: a
misspelt key, a wrong type or an unknown value raises ``ConfigError`` naming the file, the
line, the entry and the key, with a fix ("did you mean 'aliases'?"). A key given twice in one
mapping is an error too (plain YAML keeps the last silently).

Line numbers are looked up only when something is wrong: the happy path is one YAML parse
and one validation, which matters for the knowledge base's 150 files on a cold start.
"""

from __future__ import annotations

import difflib
import io
import types
import typing
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar, Union

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from dossier.errors import ConfigError

__all__ = ["DataFileError", "Schema", "line_of", "load_file", "load_text", "located_error",
           "parse_yaml", "validate"]

M = TypeVar("M", bound=BaseModel)
Loc = tuple[str | int, ...]


class Schema(BaseModel):
    """Base of every data-file schema: a key the schema does not name is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class DataFileError(ValueError):
    """Raised by a schema's own validators: the problem and how to fix it."""

    def __init__(self, problem: str, fix: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix


class _RepeatedKey(yaml.constructor.ConstructorError):
    """A key given twice in one mapping (plain YAML would keep the last silently)."""


class _BadDate(yaml.constructor.ConstructorError):
    """A date YAML recognises by its form but no calendar has (2020-13-01)."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (C parser when available) that refuses a key given twice and says
    where an impossible date is."""

    def construct_mapping(self, node, deep=False):  # noqa: ANN001 - PyYAML's signature
        if isinstance(node, yaml.MappingNode):
            keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
            if len(set(keys)) != len(keys):  # cheap test first: 150 files on a cold start
                _refuse_repeated_key(node)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node):  # noqa: ANN001 - PyYAML's signature
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:  # 2020-13-01
            raise _BadDate(None, None, f"the invalid date {node.value!r} ({exc})",
                           node.start_mark) from exc


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _refuse_repeated_key(node: yaml.MappingNode) -> None:
    seen: set[str] = set()
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
            continue
        if key_node.value in seen:
            raise _RepeatedKey("while reading a mapping", node.start_mark,
                               f"the key {key_node.value!r} is given twice", key_node.start_mark)
        seen.add(key_node.value)


def load_file(path: Path, schema: type[M], *, what: str = "data file") -> M:
    """The file at ``path`` validated against ``schema``; ConfigError when it is unreadable,
    not YAML, or does not fit the schema."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc}",
                          fix="check the path, and that the file is UTF-8 text") from exc
    return load_text(text, schema, str(path), what=what)


def load_text(text: str, schema: type[M], origin: str, *, what: str = "data file",
              under: str | None = None) -> M:
    """``text`` (YAML, read from ``origin``) validated against ``schema``. ``under`` names
    the schema's one field that holds the whole file, for a file that is a bare mapping."""
    return validate(parse_yaml(text, origin, what=what), text, schema, origin, under=under)


def parse_yaml(text: str, origin: str, *, what: str = "data file") -> Any:
    """The YAML document in ``text`` (read from ``origin``): ConfigError naming the line when
    it is not valid YAML, holds a key twice in one mapping or an impossible date."""
    stream = io.StringIO(text)
    stream.name = origin  # YAML's own messages then name the file, not "<unicode string>"
    try:
        return yaml.load(stream, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(exc, origin, what) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{what} {origin} is not valid YAML: {exc}",
                          fix="fix the YAML syntax") from None
    except (ValueError, TypeError) as exc:  # a value the YAML constructors refuse
        raise ConfigError(f"{what} {origin} has an invalid value: {exc}",
                          fix="write dates as YYYY-MM-DD and check the values") from exc


def validate(data: Any, text: str, schema: type[M], origin: str, *, under: str | None = None) -> M:
    """``data`` (parsed from ``text``) validated against ``schema``: ConfigError naming the
    line, the entry and the key of the first problem, with a fix. ``under``: as for
    :func:`load_text`."""
    data = {} if data is None else data
    try:
        return schema.model_validate({under: data} if under else data)
    except ValidationError as exc:
        raise _explain(exc, schema, data, text, origin, under) from None


def located_error(origin: str, text: str, data: Any, loc: Loc, problem: str,
                  fix: str | None, *, entry: Loc | None = None) -> ConfigError:
    """A ConfigError for the value at ``loc`` (keys and list indexes from the top), saying
    where it is as the file's line and the path in the file's words: "<origin>, line 12:
    offices entry 3 (id 'IRN.president'), key 'kind': <problem>". ``entry`` describes a
    shorter path (the entry that lacks a key) while the line is still ``loc``'s."""
    line = line_of(text, loc)
    where = f"{origin}, line {line}" if line else origin
    place = _describe(data, loc if entry is None else entry)
    return ConfigError(f"{where}: {place}: {problem}" if place else f"{where}: {problem}", fix=fix)


def line_of(text: str, loc: Loc) -> int | None:
    """The 1-based line of the value (for the last step: the key) at ``loc``, or of the
    deepest part of it that exists (an entry that lacks a key)."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if found is None:
                break
            line = found[0].start_mark.line + 1  # the key's line: where a typo is
            node = found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _yaml_error(exc: yaml.MarkedYAMLError, origin: str, what: str) -> ConfigError:
    mark = exc.problem_mark or exc.context_mark
    where = f"{origin}, line {mark.line + 1}" if mark else f"{what} {origin}"
    if isinstance(exc, _RepeatedKey):
        return ConfigError(f"{where}: {exc.problem} in the mapping from line "
                           f"{exc.context_mark.line + 1}",
                           fix="keep one of them (YAML would silently use the last)")
    if isinstance(exc, _BadDate):
        return ConfigError(f"{where}: {exc.problem}", fix="write a real day as YYYY-MM-DD")
    context = f" ({exc.context}" if exc.context else ""
    if context and exc.context_mark and exc.context_mark.line != mark.line:
        context += f" from line {exc.context_mark.line + 1}"
    context += ")" if context else ""
    column = f", column {mark.column + 1}" if mark else ""
    return ConfigError(f"{where}{column}: not valid YAML: {exc.problem}{context}",
                       fix="fix the YAML there (a bracket or quote not closed, a colon "
                           "inside an unquoted value, a tab for indentation …)")


def _explain(exc: ValidationError, schema: type[BaseModel], data: Any, text: str,
             origin: str, under: str | None = None) -> ConfigError:
    # An unknown key first: with a required key missing beside it, it is a misspelling
    errors = sorted(exc.errors(include_url=False), key=lambda e: e["type"] != "extra_forbidden")
    first = errors[0]
    loc = tuple(first["loc"])
    if under:  # the file is the field's value: paths and types start inside it
        loc, schema = loc[1:], schema.model_fields[under].annotation
    if loc and loc[-1] == "[key]":  # pydantic's mark of a mapping's key (not its value)
        loc = loc[:-1]
        problem, fix, entry = _key_problem(first, loc)
    else:
        problem, fix, entry = _problem(first, schema, loc)
    error = located_error(origin, text, data, loc, problem, fix, entry=entry)
    if len(errors) > 1:
        error = ConfigError(f"{error.message} (and {len(errors) - 1} more problem"
                            f"{'s' if len(errors) > 2 else ''} in the file)", fix=error.fix)
    return error


def _problem(error: dict, schema: Any,
             loc: Loc) -> tuple[str, str | None, Loc | None]:
    """What is wrong at ``loc``, the fix, and the entry to name when it is not ``loc``."""
    kind, value = error["type"], error.get("input")
    key = loc[-1] if loc else None
    parent = _type_at(schema, loc[:-1])
    if kind == "extra_forbidden":
        allowed = _field_names(parent)
        return (f"unknown key {key!r}", _did_you_mean(str(key), allowed, "keys allowed here"),
                loc[:-1])
    if kind == "missing":
        return f"has no {key!r} (a required key)", f"add {key}: to the entry", loc[:-1]
    if kind == "literal_error":
        allowed = _literal_values(_type_at(schema, loc))
        fix = _did_you_mean(str(value), allowed, "use one of")
        if key in _field_names(parent):
            return f"unknown {key} {value!r}", fix, loc[:-1]
        return f"unknown value {value!r}", fix, None
    if not loc and kind in ("model_type", "dict_type"):
        sections = _field_names(schema)
        return (f"the file must hold a mapping at the top level, not {_show(value)}",
                f"start with the file's sections: {', '.join(sections)}" if sections
                else "write key: value pairs", None)
    if kind == "value_error":
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, DataFileError):
            fix = cause.fix.replace("{key}", str(key)) if cause.fix else None
            return cause.problem, fix, None
        return str(cause or error["msg"]), None, None
    expected = _EXPECTED.get(kind)
    if expected is None:
        return f"{error['msg']} (got {_show(value)})", None, None
    if kind == "string_type" and (value is None or isinstance(value, (bool, int, float))):
        fix = "quote it: YAML reads yes, no, on, off, null and numbers as other things than text"
    elif isinstance(key, int):  # an item of a list
        fix = f"write the item as {expected[0].removeprefix('expected ')}"
    else:
        fix = expected[1].replace("{key}", str(key))
    return f"{expected[0]}, not {_show(value)}", fix, None


def _key_problem(error: dict, loc: Loc) -> tuple[str, str | None, Loc | None]:
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, DataFileError):
        return cause.problem, cause.fix, None
    expected = _EXPECTED.get(error["type"])
    if expected is not None:
        noun = expected[0].removeprefix("expected ")
        return f"the key is not {noun}", f"write each key here as {noun}", None
    return f"{error['msg']} (the key {_show(error.get('input'))})", None, None


# Pydantic's error types in the words of a YAML file: what was expected and the fix.
_EXPECTED: dict[str, tuple[str, str]] = {
    "string_type": ("expected text", "write {key}: followed by the text"),
    "string_too_short": ("expected a non-empty text", "write {key}: followed by the text"),
    "list_type": ("expected a list", "write {key}: [first, second]"),
    "tuple_type": ("expected a list", "write {key}: [first, second]"),
    "dict_type": ("expected a mapping", "write key: value pairs"),
    "model_type": ("expected a mapping of keys to values", "write key: value pairs"),
    "model_attributes_type": ("expected a mapping of keys to values", "write key: value pairs"),
    "bool_type": ("expected true or false", "write {key}: true or {key}: false"),
    "bool_parsing": ("expected true or false", "write {key}: true or {key}: false"),
    "int_type": ("expected a whole number", "write {key}: followed by the number"),
    "int_parsing": ("expected a whole number", "write {key}: followed by the number"),
    "int_from_float": ("expected a whole number", "write {key}: followed by the number"),
    "float_type": ("expected a number", "write {key}: followed by the number"),
    "float_parsing": ("expected a number", "write {key}: followed by the number"),
}


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    return repr(value)


def _did_you_mean(word: str, allowed: list[str], label: str) -> str | None:
    """"did you mean 'aliases'? (keys allowed here: …)": the closest allowed word by
    difflib's ratio, case aside; a tie goes to the one with the same first letter."""
    if not allowed:
        return None
    listed = f"{label}: {', '.join(allowed)}"
    folded = word.casefold()

    def score(candidate: str) -> tuple[float, bool]:
        ratio = difflib.SequenceMatcher(None, folded, candidate.casefold()).ratio()
        return ratio, candidate[:1].casefold() == folded[:1]

    best = max(allowed, key=score)
    return f"did you mean {best!r}? ({listed})" if score(best)[0] >= 0.6 else listed


def _describe(data: Any, loc: Loc) -> str:
    """``offices entry 3 (id 'IRN.president'), key 'kind'``: the path in the file's words."""
    parts: list[str] = []
    node = data
    for index, part in enumerate(loc):
        if isinstance(part, int) and not isinstance(node, dict):  # a list's index, not a key 51
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            section = parts.pop() if parts else "item"
            parts.append(f"{section} entry {part + 1}{_label(node)}")
        elif index == len(loc) - 1:
            parts.append(f"key {part!r}")
        else:
            parts.append(str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return ", ".join(parts)


def _label(entry: Any) -> str:
    if isinstance(entry, dict):
        for key in ("id", "code", "name", "person"):
            if isinstance(entry.get(key), str):
                return f" ({key} {entry[key]!r})"
    return ""


def _type_at(schema: Any, loc: Loc) -> Any:
    """The annotation a schema gives the value at ``loc`` (None when the path leaves it)."""
    tp: Any = schema
    for part in loc:
        tp = _step(tp, part)
        if tp is None:
            return None
    return tp


def _step(tp: Any, part: str | int) -> Any:
    for candidate in _alternatives(tp):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            field = candidate.model_fields.get(str(part))
            if field is not None:
                return field.annotation
            continue
        origin = typing.get_origin(candidate)
        args = typing.get_args(candidate)
        if origin in (list, tuple, frozenset, set) and isinstance(part, int) and args:
            return args[0]
        if origin is dict and len(args) == 2:
            return args[1]
    return None


def _alternatives(tp: Any) -> list[Any]:
    """``tp`` without Annotated, and each member of a union."""
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) in (Union, types.UnionType):
        return [alt for arg in typing.get_args(tp) for alt in _alternatives(arg)]
    return [tp]


def _field_names(tp: Any) -> list[str]:
    for candidate in _alternatives(tp):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return list(candidate.model_fields)
    return []


def _literal_values(tp: Any) -> list[str]:
    return [str(value) for candidate in _alternatives(tp)
            if typing.get_origin(candidate) is Literal for value in typing.get_args(candidate)]
