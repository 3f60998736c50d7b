"""Article readers with good and hostile inputs: every bad record is reported with file and line, no good one lost."""

from __future__ import annotations

import io
import json
import sys

import pytest

from graphbuild.errors import InputError
from graphbuild.read import read_articles
from graphbuild.read.batch import estimate_total
from graphbuild.read.langdetect import detect
from graphbuild.read.noise import blank_noise

DE = "Die Regierung in Berlin hat am Montag die neuen Zölle der USA scharf kritisiert und mit Gegenmaßnahmen gedroht."
EN = "The government in Washington said on Monday that it would not accept the new tariffs imposed by Mexico."


def collect(paths, **kwargs):
    problems: list[InputError] = []
    articles = list(read_articles([str(p) for p in paths], on_error=problems.append, **kwargs))
    return articles, problems


def test_jsonl_keeps_good_lines_and_reports_each_bad_one_with_its_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": DE, "title": "T", "date": "2017-02-23", "source": "X", "extra": 5}),
        "{broken json",
        json.dumps({"id": "a2", "text": ""}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a3", "text": EN, "lang": "en"}),
        "",
        json.dumps({"id": "a4", "text": "Ceci est un texte français sans aucun mot allemand ou anglais du tout."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = collect([path])
    assert [a.id for a in articles] == ["a1", "a3"]
    assert articles[0].meta == {"extra": 5} and articles[0].lang == "de" and articles[0].date == "2017-02-23"
    origins = sorted(str(p).split(" ")[1].rstrip(":") for p in problems)
    assert origins == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:7"]
    assert {p.code for p in problems} == {"I030", "I011", "I031", "I012"}


def test_invalid_utf8_line_is_skipped_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": DE}).encode()
    bad = b'{"id": "bad", "text": "M\xfcnchen ist sch\xf6n und die Regierung hat die Z\xf6lle kritisiert"}'
    path.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"ok"', b'"ok2"') + b"\n")
    articles, problems = collect([path])
    assert [a.id for a in articles] == ["ok", "ok2"]
    assert len(problems) == 1 and problems[0].code == "I002" and f"{path}:2" in str(problems[0])


def test_txt_with_front_matter_and_content_hash_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"---\ntitle: Zollstreit\ndate: 2017-02-23\nsource: Test\n---\n{DE}\n", encoding="utf-8")
    (article,) = collect([path])[0]
    assert article.title == "Zollstreit" and article.date == "2017-02-23" and article.source == "Test"
    assert article.text.startswith("Die Regierung")
    again = collect([path])[0][0]
    assert again.id == article.id and len(article.id) == 16, "ids without a given id are stable content hashes"
    path.write_text(f"---\ntitle: Zollstreit\n---\n{DE} Neu.\n", encoding="utf-8")
    assert collect([path])[0][0].id != article.id


def test_unclosed_front_matter_and_empty_file(tmp_path):
    (tmp_path / "open.txt").write_text("---\ntitle: x\n" + DE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    articles, problems = collect([tmp_path])
    assert [a.lang for a in articles] == ["en"]
    assert sorted(p.code for p in problems) == ["I011", "I020"]


def test_csv_rows_with_line_numbers(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "id,title,text,lang\n"
        f'1,Eins,"{DE}",de\n'
        '2,Zwei,"",de\n'
        f'3,"Drei","{EN}",en,extra\n'
        f'4,Vier,"Zeile mit\nZeilenumbruch. {DE}",\n',
        encoding="utf-8",
    )
    articles, problems = collect([path])
    assert [a.id for a in articles] == ["1", "4"]
    assert "Zeilenumbruch" in articles[1].text and articles[1].lang == "de"
    assert sorted((p.code, str(p).split(" ")[1]) for p in problems) == [
        ("I011", f"{path}:3:"), ("I042", f"{path}:4:")]


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    articles, problems = collect([path])
    assert articles == [] and problems[0].code == "I040"


def test_json_array_folder_glob_and_missing_path(tmp_path):
    sub = tmp_path / "nested" / "deeper"
    sub.mkdir(parents=True)
    (sub / "arr.json").write_text(json.dumps([{"id": "j1", "text": DE}, 3]), encoding="utf-8")
    (tmp_path / "x.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    articles, problems = collect([tmp_path])
    assert sorted(a.id for a in articles) == sorted(["j1", articles[1].id])
    assert [p.code for p in problems] == ["I031"], "binary files in folders are ignored, bad array items reported"
    glob_articles, _ = collect([str(tmp_path / "**" / "*.json")])
    assert [a.id for a in glob_articles] == ["j1"]
    articles, problems = collect([tmp_path / "nope.jsonl", tmp_path / "x.txt"])
    assert len(articles) == 1 and problems[0].code == "I001"


def test_stdin_jsonl_and_plain_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        (json.dumps({"id": "s1", "text": EN}) + "\n").encode())))
    assert [a.id for a in read_articles(["-"])] == ["s1"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DE.encode())))
    (article,) = list(read_articles(["-"]))
    assert article.lang == "de" and article.origin == "<stdin>"


def test_forced_language_and_unsupported_language_field(tmp_path):
    path = tmp_path / "l.jsonl"
    path.write_text(json.dumps({"id": "x", "text": DE, "lang": "fr"}) + "\n", encoding="utf-8")
    articles, problems = collect([path])
    assert not articles and problems[0].code == "I013"
    articles, problems = collect([path], lang="de")
    assert [a.lang for a in articles] == ["de"] and not problems


@pytest.mark.parametrize(("text", "lang"), [(DE, "de"), (EN, "en"), ("Trump trifft Nieto", None),
                                            ("USA wollen Einwanderer nach Mexiko abschieben und die Grenze", "de")])
def test_language_detection(text, lang):
    assert detect(text) == lang


def test_noise_lines_are_blanked_with_offsets_kept():
    text = "Erster Satz.\nweitere Videos\n  Mehr zum Thema: Zölle\nZweiter Satz über weitere Videos."
    cleaned, n = blank_noise(text)
    assert n == 2 and len(cleaned) == len(text)
    assert "weitere Videos\n" not in cleaned and cleaned.endswith("Zweiter Satz über weitere Videos.")
    assert cleaned.index("Zweiter") == text.index("Zweiter")


@pytest.mark.parametrize(("line", "blanked"), [
    ("The Associated Press contributed to this report.", True),
    ("CNN's Greg Botelho and Jill Dougherty also contributed to this report.", True),
    ("Additional reporting by Jane Doe in Berlin", True),
    ("Germany contributed troops to the mission, the report said.", False),  # an article sentence stays
    ("With assistance by Peter Martin, Dandan Li, and Elizabeth Wasserman", True),  # Bloomberg's credit line
    ("With assistance from Russia, Syria retook the city.", False),
    # CNN's video widget
    (("JUST WATCHED Obama catches Reid taking inaugural pen Replay More Videos ... MUST WATCH Obama catches Reid "
      "taking inaugural pen 00:42"), True),
    ("Hagel pushed out Replay More Videos ...", True),
    ("MUST WATCH Cuomo presses Giuliani on claim about 'informants' 01:23", True),
    ("He just watched the replay and asked for more videos of the debate.", False),
    ("You must watch the debate at 9:30.", False),
    # picture and video furniture
    ("Image copyright EPA Image caption Russia denies building missiles that violate the accord", True),
    ("Media playback is unsupported on your device Media caption Trump shakes the Queen's hand", True),
    ("Enlarge this image toggle caption Saul Loeb/AFP/Getty Images Saul Loeb/AFP/Getty Images", True),
    ("Story Continued Below", True), ("Advertisement:", True), ("AD", True), ("Slideshow (13 Images)", True),
    ("This article is more than 3 years old", True),
    ("Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.", True),
    ("The image of Russia suffered, the caption said.", False),
])
def test_bylines_and_widgets_are_noise(line, blanked):
    cleaned, n = blank_noise(f"Erster Satz.\n{line}\nLetzter Satz.")
    assert (n == 1) is blanked and (line in cleaned) is not blanked


def test_estimate_total(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "c.csv").write_text("text\nx\ny\n", encoding="utf-8")
    assert estimate_total([str(tmp_path)]) == 5
    assert estimate_total(["-"]) is None


def test_invisible_characters_inside_words_are_dropped_from_text_and_title(tmp_path):
    # soft hyphens ("Nix\u00adon"), zero-width spaces and byte-order marks split names for the tokenizer
    path = tmp_path / "batch.jsonl"
    text = "When Nix\u00adon won, he pledged to bring the coun\u00adtry together.\u200b " + EN
    path.write_text(json.dumps({"id": "s1", "title": "Nix\u00adon\ufeff wins", "text": text}) + "\n", encoding="utf-8")
    (article,), problems = collect([path])
    assert problems == []
    assert article.text.startswith("When Nixon won, he pledged to bring the country together. The government")
    assert article.title == "Nixon wins"
