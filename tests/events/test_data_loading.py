"""The events' data files go through the same YAML reader as the knowledge base
(dossier.datafile): a key given twice fails, a bare mapping such as cameo.yaml is explained
in its own terms."""

from __future__ import annotations

import pytest

from dossier.errors import ConfigError
from dossier.events.schema import read_checked


def test_events_file_with_a_key_given_twice_names_both_lines(tmp_path):
    path = tmp_path / "triggers.yaml"
    path.write_text("object_classes: {}\nverbs:\n  meet: {type: CONSULT}\n  meet: {type: AID}\n"
                    "nouns: {}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_checked("triggers.yaml", path)
    message = str(info.value)
    assert f"{path}, line 4: the key 'meet' is given twice in the mapping from line 3" in message
    assert "fix: keep one of them" in message


def test_cameo_key_that_is_no_code_names_the_key_and_asks_for_quotes(tmp_path):
    path = tmp_path / "cameo.yaml"
    path.write_text('"051": [SUPPORT, praise]\n51: [AID, null]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_checked("cameo.yaml", path)
    message = str(info.value)
    assert f"{path}, line 2: key 51: 51 is not a CAMEO code" in message
    assert 'fix: quote codes as strings ("030")' in message


def test_cameo_file_that_is_a_list_says_a_mapping_is_wanted(tmp_path):
    path = tmp_path / "cameo.yaml"
    path.write_text("- [SUPPORT, praise]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"must hold a mapping at the top level, not a list"):
        read_checked("cameo.yaml", path)


def test_cameo_value_with_an_unknown_type_names_the_code(tmp_path):
    path = tmp_path / "cameo.yaml"
    path.write_text('"051": [SUPPORT, praise]\n"052": [SUPORT, null]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_checked("cameo.yaml", path)
    message = str(info.value)
    assert f"{path}, line 2:" in message and "'SUPORT'" in message
    assert "did you mean 'SUPPORT'?" in message


def test_events_file_that_cannot_be_read_names_it(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_bytes(b"reporting_verbs: [caf\xe9]\n")
    with pytest.raises(ConfigError, match=f"cannot read events data file {path}"):
        read_checked("cues.yaml", path)
