"""Settings layers: defaults < file < environment < flags."""

from __future__ import annotations

import pytest

from dossier.errors import ConfigError
from dossier.settings import Settings, load_settings


def test_settings_defaults_apply_without_any_layer(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_settings(environ={}) == Settings()


def test_settings_layers_override_in_order(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("db: from-file.db\nbatch-size: 4\nspacy_model: file_model\n")
    environ = {"DOSSIER_DB": "from-env.db", "DOSSIER_BATCH_SIZE": "8"}
    settings = load_settings({"db": "from-flag.db"}, settings_file=str(path), environ=environ)
    assert settings.db == "from-flag.db"
    assert settings.batch_size == 8
    assert settings.spacy_model == "file_model"


def test_settings_kb_from_environment_splits_on_path_separator():
    settings = load_settings(environ={"DOSSIER_KB": "a.yaml:b.yaml"}, settings_file=None)
    assert settings.kb == ("a.yaml", "b.yaml")


def test_settings_unknown_key_in_file_is_rejected_with_its_name(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("colour: blue\n")
    with pytest.raises(ConfigError, match=r"s\.yaml: unknown setting .colour"):
        load_settings(settings_file=str(path), environ={})


def test_settings_wrong_type_is_rejected(tmp_path):
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings({"batch_size": "many"}, environ={})


def test_settings_file_that_is_not_a_mapping_is_rejected(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("- a\n- b\n")
    with pytest.raises(ConfigError, match="mapping"):
        load_settings(settings_file=str(path), environ={})


def test_settings_workers_auto_is_at_least_one_and_capped():
    assert 1 <= Settings(processes=0).workers <= 4
    assert Settings(processes=3).workers == 3
