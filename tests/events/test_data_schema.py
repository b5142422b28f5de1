"""The events' data files against their schemas: errors that name file, line, key and fix;
every word list moved out of the code loads; every cue is read by some code."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from dossier.errors import ConfigError
from dossier.events import conventions, precision
from dossier.events.lexicon import load_lexicon
from dossier.events.ontology import load_ontology
from dossier.events.schema import Cues, TypeGroups, read_checked
from dossier.model import EVENT_TYPES

DATA = resources.files("dossier.events").joinpath("data")


def shipped(name: str) -> str:
    return DATA.joinpath(name).read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def write_bad(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, int]:
    """The shipped file with ``old`` replaced once by ``new``, and the line it is on."""
    text = shipped(name)
    assert old in text
    bad = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(bad, encoding="utf-8")
    return path, line_of(bad, new)


@pytest.mark.parametrize("name", ["ontology.yaml", "cameo.yaml", "triggers.yaml", "cues.yaml"])
def test_schema_shipped_file_passes(name):
    assert read_checked(name)


def test_schema_misspelt_cue_names_file_line_key_and_fix(tmp_path):
    path, line = write_bad(tmp_path, "cues.yaml", "reporting_verbs:", "reportng_verbs:")
    with pytest.raises(ConfigError) as info:
        read_checked("cues.yaml", path)
    message = str(info.value)
    assert f"{path}, line {line}: unknown key 'reportng_verbs'" in message
    assert "did you mean 'reporting_verbs'?" in message


def test_schema_misspelt_trigger_key_names_its_entry(tmp_path):
    path, line = write_bad(tmp_path, "triggers.yaml", "meet: {type: CONSULT, recipient:",
                           "meet: {type: CONSULT, recipent:")
    with pytest.raises(ConfigError) as info:
        read_checked("triggers.yaml", path)
    message = str(info.value)
    assert f"line {line}: verbs, key 'meet': unknown key 'recipent'" in message
    assert "did you mean 'recipient'?" in message


def test_schema_unknown_type_in_a_group_says_which_types_exist(tmp_path):
    path, line = write_bad(tmp_path, "ontology.yaml", "  content: [REQUEST,", "  content: [REQEST,")
    with pytest.raises(ConfigError) as info:
        read_checked("ontology.yaml", path)
    message = str(info.value)
    assert f"line {line}: groups, content entry 1: unknown value 'REQEST'" in message
    assert "fix: did you mean 'REQUEST'? (use one of:" in message


def test_schema_unquoted_yaml_word_asks_for_quotes(tmp_path):
    path, line = write_bad(tmp_path, "cues.yaml", "ultimatum_marks: [unless]",
                           "ultimatum_marks: [unless, no]")
    with pytest.raises(ConfigError) as info:
        read_checked("cues.yaml", path)
    assert f"line {line}: ultimatum_marks entry 2: expected text, not False" in str(info.value)
    assert "fix: quote it: YAML reads yes, no, on, off" in str(info.value)


def test_schema_missing_cue_is_named(tmp_path):
    text = shipped("cues.yaml")
    bad = re.sub(r"(?m)^according_heads:.*\n", "", text)
    path = tmp_path / "cues.yaml"
    path.write_text(bad, encoding="utf-8")
    # a missing key has no line of its own: the message points at the mapping that lacks it
    with pytest.raises(ConfigError,
                       match=r"cues\.yaml, line \d+: has no 'according_heads' \(a required key\)"):
        read_checked("cues.yaml", path)


def test_schema_cameo_code_must_be_a_quoted_code(tmp_path):
    path, line = write_bad(tmp_path, "cameo.yaml", '"051": [SUPPORT, praise]', '"51x": [SUPPORT, praise]')
    with pytest.raises(ConfigError) as info:
        read_checked("cameo.yaml", path)
    assert f"line {line}:" in str(info.value) and "quote codes" in str(info.value)


def test_schema_broken_yaml_names_the_line(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("reporting_verbs: [say, tell\nfuture_aux: [will]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"cues\.yaml, line 2, column \d+: not valid YAML"):
        read_checked("cues.yaml", path)


@pytest.mark.parametrize("name", list(Cues.model_fields))
def test_cue_loads_as_a_word_set(name):
    words = load_lexicon().cue(name)
    assert words and all(isinstance(w, str) and w for w in words)


@pytest.mark.parametrize("name", list(TypeGroups.model_fields))
def test_type_group_loads_as_event_types(name):
    group = load_ontology().group(name)
    assert group and group <= set(EVENT_TYPES)


@pytest.mark.parametrize(("constant", "group"), [
    (conventions.DOMESTIC_TYPES, "domestic"), (conventions.HARM_TYPES, "harm"),
    (conventions.COOPERATIVE_TYPES, "cooperative"), (conventions.RECIPROCAL_TYPES, "reciprocal"),
    (conventions.SPEECH_RECIPIENT_TYPES, "speech_recipient"),
    (precision.DOMESTIC_ACT_TYPES, "domestic_act"), (precision.STANCE_TYPES, "stance"),
])
def test_module_constants_read_the_ontology_groups(constant, group):
    assert constant == load_ontology().group(group)


def test_threat_modes_name_threaten_modes():
    onto = load_ontology()
    threaten = set(onto.types["THREATEN"].modes)
    assert onto.threat_modes and set(onto.threat_modes.values()) <= threaten
    assert onto.threat_type_modes and set(onto.threat_type_modes.values()) <= threaten
    assert conventions.THREAT_MODES[("COERCE", "arrest")] in threaten


def test_every_cue_is_read_by_some_code():
    """A cue no code asks for is dead data (as "negators" was)."""
    src = Path(conventions.__file__).parent
    asked = {m for path in src.rglob("*.py")
             for m in re.findall(r"""cue\(\s*["']([a-z_]+)["']""", path.read_text(encoding="utf-8"))}
    assert set(Cues.model_fields) == asked
