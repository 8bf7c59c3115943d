import pytest

from eventwire.errors import ConfigError
from eventwire.strict_yaml import load_yaml


def test_a_key_written_twice_is_an_error_naming_the_file_and_line():
    text = "verbs:\n  cede: {type: CONCEDE}\n  ease: {type: RETREAT}\n  cede: {type: RETREAT}\n"
    with pytest.raises(ConfigError, match=r"lexicon.yaml: key 'cede' appears twice \(line 4\)"):
        load_yaml(text, "lexicon.yaml")


def test_the_same_key_in_different_mappings_and_anchors_load():
    text = "a: &x {k: 1}\nb: {k: 2, j: *x}\n"
    assert load_yaml(text, "ok.yaml") == {"a": {"k": 1}, "b": {"k": 2, "j": {"k": 1}}}
