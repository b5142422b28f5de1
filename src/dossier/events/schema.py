"""One schema per data file of the event extractor, checked when the file is read.

``ontology.yaml``, ``cameo.yaml``, ``triggers.yaml`` and ``cues.yaml`` each have a pydantic
model here that forbids unknown keys, so a misspelt key or cue name stops the load with a
ConfigError naming the file, the line, the key and the likely fix, instead of silently
reading as an empty list. The files are read once per process (the loaders cache), so the
check costs nothing per article.

To add a cue: add a line to ``Cues`` (the YAML key and the code's ``lex.cue(...)`` name are
the same word). To add a data file: write its model and read it with ``read_checked``.
"""

from __future__ import annotations

import difflib
import types
import typing
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from dossier.errors import ConfigError
from dossier.model import EVENT_TYPES

TypeName = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Words = list[str]
CameoCode = Annotated[str, StringConstraints(pattern=r"^\d{2,4}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------------------- ontology.yaml


class ModeSpec(_Strict):
    cameo: CameoCode | None = None  # defaults to the type's code
    score: float | None = None  # defaults to the type's score


class TypeSpec(_Strict):
    quad: str
    score: float
    requires_recipient: bool
    cameo: CameoCode
    modes: dict[str, ModeSpec] = {}


class TypeGroups(_Strict):
    """Event types that a status rule or a coding convention treats alike."""

    speech: list[TypeName]  # a complement is the content of the act, not a second event
    content: list[TypeName]  # a prepositional object is what is asked, threatened or accepted
    attempt: list[TypeName]  # the attempt already counts ("tried to assassinate")
    domestic: list[TypeName]
    political_domestic: list[TypeName]
    speech_recipient: list[TypeName]
    purpose_recipient: list[TypeName]
    place_recipient: list[TypeName]
    self_recipient: list[TypeName]
    mutual: list[TypeName]
    place_actor: list[TypeName]
    domestic_patient: list[TypeName]
    harm: list[TypeName]
    cooperative: list[TypeName]
    reciprocal: list[TypeName]
    crackdown: list[TypeName]
    domestic_act: list[TypeName]
    characterising: list[TypeName]
    presupposing: list[TypeName]
    stance: list[TypeName]


class ModeGroups(_Strict):
    """Modes that a convention treats alike."""

    reciprocal_sanction: Words  # SANCTION modes two states do to each other
    domestic_retreat: Words  # RETREAT modes that need no second party


class OntologyFile(_Strict):
    types: dict[TypeName, TypeSpec]
    groups: TypeGroups
    mode_groups: ModeGroups
    threat_modes: dict[TypeName, dict[str, str]]  # a planned harm's THREATEN mode by its mode
    threat_type_modes: dict[TypeName, str]  # ... and by its type when its mode has none


# ---------------------------------------------------------------------------- cameo.yaml


class CameoFile(_Strict):
    codes: dict[CameoCode, tuple[TypeName, str | None]]


# ---------------------------------------------------------------------------- triggers.yaml


class TriggerSpec(_Strict):
    """One rule of triggers.yaml; the file's header says what each key means."""

    type: TypeName
    mode: str | None = None
    cameo: CameoCode | None = None
    recipient: Words = []
    object: Words = []
    actor: Words = []
    with_swap: bool = False
    needs: Words = []
    modes_by_object: dict[str, str] = {}
    types_by_object: dict[str, TypeName] = {}
    path: list[tuple[str, Words]] = []
    speech: bool = False
    status: Literal["fact", "claim", "future", "denial", "negated"] | None = None
    confidence: float = Field(0.6, ge=0, le=1)
    place_recipient: bool = False
    default_recipient: Literal["self"] | None = None
    plural_only: bool = False
    future_type: TypeName | None = None
    intent: bool = False
    negated_type: TypeName | None = None
    negated_mode: str | None = None


class TriggersFile(_Strict):
    object_classes: dict[str, Words]
    verbs: dict[str, TriggerSpec]
    nouns: dict[str, TriggerSpec]
    adjectives: dict[str, TriggerSpec] = {}
    frame_nouns: Words = []
    unary_types: list[TypeName] = []
    light_verbs: Words = []
    inverse_light_verbs: Words = []
    subject_preps: Words = []
    relational_nouns: Words = []
    target_nouns: Words = []


# ---------------------------------------------------------------------------- cues.yaml


class Cues(_Strict):
    """The word lists of cues.yaml, by the name the code asks for (``lex.cue(name)``).
    A new cue is one more line here."""

    # status and attribution (events/status.py, status_walk.py)
    reporting_verbs: Words
    accusing_verbs: Words
    denial_verbs: Words
    denial_nouns: Words
    rejecting_verbs: Words
    future_heads: Words
    aspiration_heads: Words
    pass_heads: Words
    attempt_heads: Words
    intent_heads: Words
    asserting_light_verbs: Words
    future_aux: Words
    modal_aux: Words
    hearsay_adverbs: Words
    speculation_adverbs: Words
    future_adjectives: Words
    hypothetical_adjectives: Words
    hearsay_adjectives: Words
    hypothetical_nouns: Words
    ultimatum_marks: Words
    condition_marks: Words
    according_heads: Words
    future_time_words: Words
    # the extractor and its guards (events/extractor.py, precision.py, conventions.py)
    obligation_aux: Words
    habitual_negators: Words
    non_request_verbs: Words
    side_preps: Words
    celebration_words: Words
    military_words: Words
    # the extraction rules (events/act_rules.py, party_rules.py, claim_rules.py)
    mutual_modes: Words
    first_person_pronouns: Words
    speaker_pronouns: Words
    non_state_codes: Words
    # w-args: where a party is (not) named (events/conventions.py, arguments.py, precision.py)
    landmark_preps: Words
    topic_preps: Words
    boundary_nouns: Words
    domestic_targets: Words
    domestic_target_types: Words
    owner_participles: Words
    passive_actor_types: Words
    document_nouns: Words
    armed_group_sectors: Words
    antecedent_nouns: Words
    request_nouns: Words
    answer_types: Words


# ---------------------------------------------------------------------------- discards.yaml


class DiscardsFile(_Strict):
    """Copy that is no political news (events/precision.py ``sports_copy``)."""

    phrases: Words
    sport_words: Words
    result_words: Words
    count_words: Words


# ---------------------------------------------------------------------------- reading

_FILE_MODELS: dict[str, type[BaseModel]] = {
    "ontology.yaml": OntologyFile, "cameo.yaml": CameoFile, "triggers.yaml": TriggersFile,
    "cues.yaml": Cues, "discards.yaml": DiscardsFile,
}
# cameo.yaml is a bare mapping of codes; its model wraps it under one key
_WRAPPED = {"cameo.yaml": "codes"}


def read_checked(kind: str, path: Path | None = None) -> dict:
    """The parsed mapping of the data file ``kind`` ("cues.yaml"), checked against its model.

    Reads the shipped ``events/data/<kind>`` unless ``path`` names another file of that kind.
    Raises ConfigError naming the file, the line and the key of the first error, with a fix.
    """
    if path is None:
        text = resources.files("dossier.events").joinpath("data", kind).read_text(encoding="utf-8")
        shown = f"dossier/events/data/{kind}"
    else:
        text, shown = Path(path).read_text(encoding="utf-8"), str(path)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{shown}{line}: not valid YAML ({getattr(exc, 'problem', exc)})",
                          fix="check the indentation and quoting there") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ConfigError(f"{shown}, line 1: expected a mapping of keys, got {type(data).__name__}",
                          fix=f"see the header of {kind}")
    model = _FILE_MODELS[kind]
    wrap = _WRAPPED.get(kind)
    try:
        model.model_validate({wrap: data} if wrap else data)
    except ValidationError as exc:
        errors = exc.errors()
        # a misspelt key is both unknown and missing: the unknown one can say what was meant
        err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        loc = tuple(err["loc"])[1:] if wrap else tuple(err["loc"])
        raise _config_error(shown, node, model, loc, err, wrap) from None
    return data


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _config_error(name: str, root, model: type[BaseModel], loc: tuple, err: dict,
                  wrap: str | None) -> ConfigError:
    node, key_node = _node_at(root, loc)
    kind = err["type"]
    key = ".".join(str(x) for x in loc) or "(top level)"
    under = f" under {'.'.join(str(x) for x in loc[:-1])}" if len(loc) > 1 else ""
    if kind == "extra_forbidden":
        line = (key_node or node).start_mark.line + 1
        allowed = _fields_at(model, ((wrap,) if wrap else ()) + loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        fix = f"did you mean {close[0]!r}?" if close else \
            f"use one of {', '.join(sorted(allowed))}" if allowed else f"see the header of {name}"
        return ConfigError(f"{name}, line {line}: unknown key {str(loc[-1])!r}{under}", fix=fix)
    if kind == "missing":
        line = node.start_mark.line + 1 if node is not None else 1
        return ConfigError(f"{name}, line {line}: missing key {str(loc[-1])!r}{under}",
                           fix=f"add {str(loc[-1])!r} (an empty list [] if there is nothing to list)")
    line = node.start_mark.line + 1 if node is not None else 1
    value = err.get("input")
    fix = _value_fix(kind, value, err)
    return ConfigError(f"{name}, line {line}: {key}: {err['msg']} (got {value!r})", fix=fix)


def _value_fix(kind: str, value, err: dict) -> str:
    if kind == "string_type" and isinstance(value, bool):
        return 'quote YAML words such as "on", "no", "off", "yes"'
    if kind == "string_pattern_mismatch" or kind == "string_type" and isinstance(value, int):
        return 'quote codes as strings ("030"): YAML reads 030 as a number'
    if kind == "literal_error":
        return f"use one of {err.get('ctx', {}).get('expected', 'the listed values')}"
    return "see the header comment of the file for what this key takes"


def _node_at(root, loc: tuple):
    """The YAML node at ``loc`` (and the key node of its last step), as deep as it goes."""
    node, key_node = root, None
    for step in loc:
        if isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value if k.value == str(step)), None)
            if hit is None:
                return node, None
            key_node, node = hit
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) \
                and step < len(node.value):
            key_node, node = None, node.value[step]
        else:
            return node, key_node
    return node, key_node


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys allowed at ``loc`` inside ``model`` (for a "did you mean")."""
    ann: object = model
    for step in loc:
        ann = _unwrap(ann)
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            field = ann.model_fields.get(str(step))
            if field is None:
                return []
            ann = field.annotation
        elif typing.get_origin(ann) is dict:
            ann = typing.get_args(ann)[1]
        elif typing.get_origin(ann) in (list, tuple):
            args = typing.get_args(ann)
            ann = args[step] if typing.get_origin(ann) is tuple and isinstance(step, int) \
                and step < len(args) else args[0]
        else:
            return []
    ann = _unwrap(ann)
    return list(ann.model_fields) if isinstance(ann, type) and issubclass(ann, BaseModel) else []


def _unwrap(ann):
    """``X | None`` -> ``X``."""
    if typing.get_origin(ann) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(ann) if a is not type(None)]
        return args[0] if len(args) == 1 else ann
    return ann
