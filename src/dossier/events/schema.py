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

import re
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from dossier.datafile import DataFileError, parse_yaml, validate
from dossier.errors import ConfigError
from dossier.model import EVENT_TYPES


def _cameo_code(value: object) -> object:
    if isinstance(value, str) and re.fullmatch(r"\d{2,4}", value):
        return value
    raise DataFileError(f"{value!r} is not a CAMEO code (two to four digits)",
                        fix='quote codes as strings ("030"): YAML reads 030 as a number')


TypeName = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Words = list[str]
CameoCode = Annotated[str, BeforeValidator(_cameo_code)]


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
    answered: list[TypeName]  # a denial by another party answers what they say


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
    default_recipient: Literal["self", "none", "each_other"] | None = None
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


class DerivedVerbsFile(_Strict):
    """petrarch_verbs.yaml: verb triggers derived from another coder's dictionary by a script,
    with the record of where they came from."""

    provenance: dict[str, str | int | None]
    verbs: dict[str, TriggerSpec]


class StoplistFile(_Strict):
    """petrarch_stoplist.yaml: what the derivation script leaves out."""

    codes: list[CameoCode]
    blocks: Words
    lemmas: Words


# ---------------------------------------------------------------------------- cues.yaml


class Cues(_Strict):
    """The word lists of cues.yaml, by the name the code asks for (``lex.cue(name)``).
    A new cue is one more line here."""

    # status and attribution (events/status.py, status_walk.py)
    reporting_verbs: Words
    accusing_verbs: Words
    charge_carriers: Words
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
    pending_marks: Words
    conditional_aux: Words
    according_heads: Words
    future_time_words: Words
    occasion_verbs: Words
    occurrence_verbs: Words
    # the extractor and its guards (events/extractor.py, precision.py, conventions.py)
    obligation_aux: Words
    promise_aux: Words
    reporter_addressed_types: Words
    charged_victim_types: Words
    habitual_negators: Words
    non_request_verbs: Words
    side_preps: Words
    celebration_words: Words
    military_words: Words
    # the extraction rules (events/act_rules.py, events/parties/, claim_rules.py)
    mutual_modes: Words
    first_person_pronouns: Words
    speaker_pronouns: Words
    non_state_codes: Words
    region_heads: Words
    # acts done by speaking (events/triggers.py, speech_rules.py, status_walk.py)
    obligation_heads: Words
    disapproval_words: Words
    approval_words: Words
    possibility_modals: Words
    ultimatum_verbs: Words
    threatened_sanctions: Words
    threat_condition_marks: Words
    veiled_threat_words: Words
    concern_preps: Words
    grounds_nouns: Words
    scant_words: Words
    culpability_words: Words
    wrongdoing_words: Words
    prevalence_words: Words
    adjunct_preps: Words
    deliberation_heads: Words
    negating_nouns: Words
    # w-args: where a party is (not) named (events/conventions.py, arguments.py, precision.py)
    landmark_preps: Words
    topic_preps: Words
    boundary_nouns: Words
    foreign_mission_nouns: Words
    foreign_people_nouns: Words
    domestic_targets: Words
    domestic_target_types: Words
    hazard_objects: Words
    hazard_types: Words
    hazard_warning_types: Words
    figurative_objects: Words
    topic_heads: Words
    doer_targeting_types: Words
    harm_types: Words
    topic_on_preps: Words
    discussion_verbs: Words
    figurative_types: Words
    electoral_contests: Words
    contest_types: Words
    deporting_verbs: Words
    armed_group_targets: Words
    responsibility_nouns: Words
    unnamed_authority_modes: Words
    unnamed_attack_means: Words
    calling_off_verbs: Words
    domestic_critic_sectors: Words
    domestic_measures: Words
    home_force_sectors: Words
    home_challenger_sectors: Words
    owner_participles: Words
    belonging_participles: Words
    basing_participles: Words
    layout_participles: Words = []
    passive_actor_types: Words
    document_nouns: Words
    court_filing_nouns: Words
    armed_group_sectors: Words
    people_group_heads: Words = []
    unnamed_authority_charges: Words = []
    unnamed_authority_ousters: Words
    whole_object_classes: Words
    accusation_grounds_preps: Words
    accusation_grounds_verbs: Words
    antecedent_nouns: Words
    request_nouns: Words
    answer_types: Words
    proposing_verbs: Words
    # w-status2: plans, negations and parties of planned and received acts
    deciding_verbs: Words
    rejecting_receptions: Words
    critical_receptions: Words
    # w-groups: a small grouping's members meeting or agreeing among themselves
    member_nouns: Words
    host_words: Words
    # addressees of speech and conduct judged
    audience_nouns: Words
    audience_types: Words
    addressing_verbs: Words
    conduct_nouns: Words
    making_verbs: Words
    # a party the sentence leaves out, from the story
    story_subject_types: Words
    claimed_types: Words
    # a sanction's target named elsewhere in the sentence (parties.recipients)
    sentence_target_types: Words
    sentence_target_modes: Words
    # participles whose "by" agent asks for or arranges an event rather than takes part in it
    convening_verbs: Words
    # another occasion of an act of its kind (events/occasions.py, events/merge.py)
    occasion_adverbs: Words
    occasion_determiners: Words
    occasion_time_words: Words


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
    "cues.yaml": Cues, "petrarch_verbs.yaml": DerivedVerbsFile,
    "petrarch_stoplist.yaml": StoplistFile, "discards.yaml": DiscardsFile,
}
# cameo.yaml is a bare mapping of codes; its model wraps it under one key
_WRAPPED = {"cameo.yaml": "codes"}


def read_checked(kind: str, path: Path | None = None) -> dict:
    """The parsed mapping of the data file ``kind`` ("cues.yaml"), checked against its model.

    Reads the shipped ``events/data/<kind>`` unless ``path`` names another file of that kind.
    Raises ConfigError naming the file, the line and the key of the first error, with a fix
    (the knowledge base's reader, :mod:`dossier.datafile`).
    """
    if path is None:
        text = resources.files("dossier.events").joinpath("data", kind).read_text(encoding="utf-8")
        shown = f"dossier/events/data/{kind}"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read events data file {path}: {exc}",
                              fix="check the path, and that the file is UTF-8 text") from exc
        shown = str(path)
    data = parse_yaml(text, shown, what="events data file")
    validate(data, text, _FILE_MODELS[kind], shown, under=_WRAPPED.get(kind))
    return data
