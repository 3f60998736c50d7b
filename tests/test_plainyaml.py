"""graphbuild's YAML: on, off, yes and no are words, true and false booleans."""

from __future__ import annotations

import pytest
import yaml

from graphbuild import plainyaml


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "NO", "On", "y", "n"])
def test_yaml_1_1_boolean_words_stay_words(word):
    assert plainyaml.load(f"key: {word}\nlist: [{word}]") == {"key": word, "list": [word]}


def test_true_false_numbers_and_dates_keep_their_types():
    data = plainyaml.load("a: true\nb: False\nc: 3\nd: 2017-02-23\n")
    assert data["a"] is True and data["b"] is False and data["c"] == 3 and data["d"].year == 2017


def test_plain_yaml_is_still_safe():
    with pytest.raises(yaml.YAMLError):
        plainyaml.load("!!python/object/apply:os.system ['true']")
