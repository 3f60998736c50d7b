"""The article's memory of persons: lookups by surname, first name, recency and role, without any parse."""

from __future__ import annotations

import pytest

from graphbuild.models import Actor, slug
from graphbuild.resolve.persons import ArticlePersons


def people(lang: str, *names: str, genders: dict[str, str] | None = None) -> ArticlePersons:
    """An article that introduced ``names`` in this order, each mentioned once at offset 100 × its position."""
    memory = ArticlePersons(lang)
    for n, name in enumerate(names):
        actor = Actor(id=f"PER:{slug(name)}", name=name, kind="person")
        memory.add(actor, (genders or {}).get(name))
        memory.touch(actor, 100 * n)
    return memory


def found(record):
    return record.actor.name if record is not None else None


@pytest.mark.parametrize(("lang", "names", "word", "expected"), [
    ("en", ["Rex Tillerson", "Luis Videgaray"], "Videgaray", "Luis Videgaray"),
    ("en", ["Rex Tillerson"], "Pompeo", None),
    ("de", ["Jürg Christandl"], "Christandls", "Jürg Christandl"),  # German genitive
    ("en", ["Bashar al-Assad"], "Assad", "Bashar al-Assad"),  # the surname without its article
    ("en", ["Bashar al-Assad"], "Bashar", None),  # a first name is no surname
])
def test_by_surname(lang, names, word, expected):
    assert found(people(lang, *names).by_surname(word)) == expected


def test_by_surname_keeps_to_the_gender_an_honorific_gives():
    memory = people("en", "Donald Trump", "Melania Trump")
    assert found(memory.by_surname("Trump", "fem")) == "Melania Trump"
    assert found(memory.by_surname("Trump", "masc")) == "Donald Trump"


def test_by_surname_prefers_the_person_named_most_often():
    memory = people("en", "Ann Romney", "Mitt Romney")
    mitt = memory.named("Mitt Romney")
    for offset in (300, 400, 500):
        memory.touch(mitt.actor, offset)
    assert found(memory.by_surname("Romney")) == "Mitt Romney"


def test_by_surname_without_other_evidence_takes_the_person_named_first():
    assert found(people("en", "Ann Romney", "Mitt Romney").by_surname("Romney")) == "Ann Romney"


@pytest.mark.parametrize(("names", "mentions", "word", "expected"), [
    (["Chuck Hagel"], {}, "Chuck", "Chuck Hagel"),
    (["Chuck Hagel", "Chuck Schumer"], {"Chuck Schumer": 5}, "Chuck", None),  # two Chucks stay nobody
    # a Korean family name shared by two persons: the one named at least twice as often
    (["Kim Jong-un", "Kim Il-sung"], {"Kim Jong-un": 1}, "Kim", "Kim Jong-un"),  # named 2 × to 1 ×
    (["Kim Jong-un", "Kim Il-sung"], {}, "Kim", None),
])
def test_by_first_name(names, mentions, word, expected):
    memory = people("en", *names)
    offset = 1000
    for name, times in mentions.items():
        for _ in range(times):
            memory.touch(memory.named(name).actor, offset)
            offset += 10
    assert found(memory.by_first_name(word)) == expected


def test_recent_orders_by_latest_mention_before_the_offset():
    memory = people("en", "Rex Tillerson", "Luis Videgaray", "Enrique Peña Nieto")
    memory.touch(memory.named("Rex Tillerson").actor, 250)
    assert [r.actor.name for r in memory.recent(260)] == ["Rex Tillerson", "Enrique Peña Nieto", "Luis Videgaray"]
    assert [r.actor.name for r in memory.recent(150)] == ["Luis Videgaray", "Rex Tillerson"]


def test_by_role_takes_the_latest_holder_of_the_country():
    memory = people("en", "Rex Tillerson", "Luis Videgaray")
    memory.named("Rex Tillerson").actor.roles.append("foreign minister")
    memory.named("Rex Tillerson").actor.country = "USA"
    memory.named("Luis Videgaray").actor.roles.append("foreign minister")
    memory.named("Luis Videgaray").actor.country = "MEX"
    assert found(memory.by_role("foreign minister", None, 500)) == "Luis Videgaray"
    assert found(memory.by_role("foreign minister", "USA", 500)) == "Rex Tillerson"
    assert found(memory.by_role("president", None, 500)) is None


def test_touch_keeps_the_first_person_at_an_offset_and_the_latest_mention():
    memory = people("en", "Rex Tillerson", "Luis Videgaray")
    memory.touch(memory.named("Luis Videgaray").actor, 0)
    assert memory.mentions[0] == "PER:rex-tillerson"
    memory.touch(memory.named("Rex Tillerson").actor, 700)
    assert memory.named("Rex Tillerson").last_seen == 700


def test_named_ignores_case_only():
    memory = people("en", "Luis Videgaray")
    assert found(memory.named("luis videgaray")) == "Luis Videgaray"
    assert memory.named("Videgaray") is None
