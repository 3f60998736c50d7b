"""Which words of a document are a person's name, and where a name starts and ends.

:class:`NameWords` answers the questions about single words and spans that :class:`~graphbuild.resolve.actors.
ArticleActors` asks before it decides who a phrase denotes: is this entity a name at all ("Ugandan/PER rebels",
"the Bill"), is this word a title, where does a name the NER cut short end ("Chrystia" + "Freeland", "Ursula von
der Leyen"), which words around it describe the person. It knows the gazetteer, the language's rules and the
document; what the article said earlier (surnames, pronouns) stays with ``ArticleActors``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphbuild.extract.clauses import HYPHENS, POSSESSIVE_CLITICS, modifier_start
from graphbuild.extract.language import rules_for
from graphbuild.extract.schemes import Role, role
from graphbuild.resolve.gazetteer import Gazetteer
from graphbuild.resolve.gender import first_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON_LABELS = {"PER", "PERSON"}
PLACE_LABELS = {"LOC", "GPE"}
#: fine-grained tags of common nouns (STTS, Penn Treebank): never a person's name on their own
COMMON_NOUN_TAGS = {"NN", "NNS"}


@dataclass
class NameWords:
    """Name questions about the words of one document at a time, for one language and label scheme."""

    lang: str
    scheme: str
    gazetteer: Gazetteer
    #: the entities of the document last looked at, by token index (spaCy rebuilds ``Doc.ents`` on every access)
    _ents_of: tuple[Doc | None, tuple[Span, ...], dict[int, Span]] = (None, (), {})
    #: the words the document last looked at uses as places ("in Burlington"), see ``place_words``
    _places_of: tuple[Doc | None, frozenset[str]] = (None, frozenset())

    def entities(self, doc: Doc) -> tuple[tuple[Span, ...], dict[int, Span]]:
        """The document's entities and, per token index, the entity it is in (built once per document)."""
        if self._ents_of[0] is not doc:
            ents = tuple(doc.ents)
            self._ents_of = (doc, ents, {i: e for e in ents for i in range(e.start, e.end)})
        return self._ents_of[1], self._ents_of[2]

    def ent(self, token: Token) -> Span | None:
        """The entity ``token`` is part of, if any."""
        if not token.ent_type_:
            return None
        return self.entities(token.doc)[1].get(token.i)

    def place_name(self, token: Token) -> Span | None:
        """The several-word NER name ``token`` is part of when it ends in a place word ("Trump Tower", "Tahrir
        Square"; ``place_name_heads`` in the grammar), else ``None``."""
        ent = self.ent(token)
        if ent is None or len(ent) < 2 or ent[-1].lower_ not in rules_for(self.lang).word_set("place_name_heads"):
            return None
        return ent

    def no_name(self, span: Span) -> bool:
        """A person entity made only of nationality adjectives and title words names nobody; nor one of a party or
        other organisation's short name and a title ("GOP Congressman", "GOP Rep")."""
        doc = span.doc

        def title_part(t: Token) -> bool:  # "Prime" of "Prime Minister"
            return any(self.gazetteer.role(doc[t.i:t.i + n].text, self.lang) for n in (2, 3) if t.i + n <= len(doc))

        words = [t for t in span if not t.is_punct]
        # also "Rep.", "Sen." next to a party (honorifics, not gazetteer roles); a lone "Justice/PER" is left to grow
        # into the name the NER cut off ("Justice Antonin Scalia")
        honorifics = rules_for(self.lang).word_set("honorifics") if len(words) > 1 else frozenset()

        def title_word(t: Token) -> bool:
            return self.is_title(t) or title_part(t) or t.lower_ in honorifics

        titled = any(title_word(t) for t in words)
        return all(self.gazetteer.adjective(t.text, self.lang) or self.gazetteer.demonym(t.text, self.lang)
                   or title_word(t) or titled and self.gazetteer.state_or_org(t.text, self.lang) for t in words)

    def possessed_thing(self, span: Span) -> bool:
        """A name in the genitive before a common noun ("Christandls Anwältin", "Hermann Schützenhöfers Eignung"):
        what the phrase names belongs to a person and is none. The language's ``genitive_name_suffixes`` mark the
        possessor (German "s"; English writes "'s" apart), a given name ending so ("Markus Suttner") is none, and
        the last word must be a common noun the dictionary knows."""
        from graphbuild.extract.lemmas import known_compound_end, known_word

        rules = rules_for(self.lang)
        suffixes = tuple(rules.word_set("genitive_name_suffixes"))
        last = span[-1]
        capitalised = bool(rules.extra.get("capitalised_nouns"))
        # a noun the tagger took for a name ("Grubingers Igel/NE") counts when the dictionary knows it (in German
        # also by the end of a compound: "Sonys Vollformatkamera") and no well-known person bears it as a surname
        noun = last.tag_ in COMMON_NOUN_TAGS or capitalised and self.gazetteer.person_by_surname(last.text) is None
        known = known_compound_end(last.text, self.lang) if capitalised else known_word(last.text, self.lang)
        if len(span) < 2 or not suffixes or not noun or not known:
            return False
        return any(t.text.endswith(suffixes) and len(t.text) > 3 and t.text.casefold() not in first_names()
                   for t in span[:-1])

    def thing_named(self, span: Span) -> bool:
        """A one-word person entity that is a thing or a group: a listed non-person name ("Brexit"), a plural
        proper noun ("Democrats"), or a word after a determiner names never take ("the Bill", "the Brotherhood")."""
        if len(span) != 1:
            return False
        rules = rules_for(self.lang)
        word = span[0]
        before = word.doc[word.i - 1] if word.i > 0 else None
        # not "the Sanders campaign"
        own_head = role(word.dep_, self.scheme) not in (Role.COMPOUND, Role.POSS, Role.AMOD)
        # and after capitalised words of the same name that are no names of persons: "the Citizenship Amendment
        # Bill", "the Muslim Brotherhood"
        start = modifier_start(word, self.scheme, (Role.COMPOUND,), lambda t: t.is_title and t.lower_ not in
                               first_names() and not t.ent_type_)
        if start < word.i and start > 0:
            before = word.doc[start - 1]
        previous = word.doc[word.i - 1] if word.i > 0 else None
        # "the Withdrawal Agreement Bill" with "Agreement" no compound of it: a given name alone never follows a
        # capitalised common noun that is no title (in a language whose common nouns are not all capitalised:
        # "seiner Frau Maria")
        following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        after_noun = previous is not None and previous.pos_ == "NOUN" and previous.is_title and \
            word.lower_ in first_names() and not self.is_title(previous) and not rules.extra.get("capitalised_nouns") \
            and not (following is not None and following.text[:1].isupper())  # (not "Majority Whip Kevin McCarthy")
        return word.lower_ in rules.word_set("non_person_names") or word.tag_ == "NNPS" or (
            own_head and before is not None and before.lower_ in rules.word_set("non_name_determiners")) or \
            self.after_kind_noun(word) or after_noun

    def headline_word(self, word: Token) -> bool:
        """A dictionary word capitalised only because its sentence is a title-case headline ("Obama Administration
        Proposal Included …"; languages with ``title_case_headlines``), that no person is known by (the gazetteer's
        given names and well-known persons; the article's own persons are the caller's to check)."""
        from graphbuild.extract.lemmas import known_word

        if not rules_for(self.lang).extra.get("title_case_headlines") or not known_word(word.lower_, self.lang):
            return False
        if word.lower_ in first_names() or self.gazetteer.famous_surname(word.text) or self.gazetteer.person(word.text):
            return False
        words = [t for t in word.sent if t.is_alpha and len(t) >= 4]
        return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)

    def after_kind_noun(self, word: Token) -> bool:
        """A name right after the noun that says what it names ("Nachrichtenagentur Anadolu", "Musiksaal Bataclan",
        "the Russian airline, Aeroflot"; data ``kind_nouns``, also as the end of a German compound), attached to it."""
        doc = word.doc
        i = word.i - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        if i < 0 or doc[i].pos_ != "NOUN" or (word.ent_iob_ == "B" and word.i + 1 < len(doc) and
                                               doc[word.i + 1].ent_iob_ == "I"):
            return False  # "die Volkspartei Heinz Fischer das Feld": a two-word name is a person's
        linked = (Role.APPOS, Role.NAME, Role.NMOD)
        if not (word.head.i == i and role(word.dep_, self.scheme) in linked or
                doc[i].head.i == word.i and role(doc[i].dep_, self.scheme) is Role.COMPOUND):
            return False
        from graphbuild.extract.lemmas import in_or_compound_of

        rules = rules_for(self.lang)
        kinds = rules.word_set("kind_nouns")
        return doc[i].lower_ in kinds or bool(rules.extra.get("compound_nouns")) and in_or_compound_of(
            doc[i].lower_, kinds, 3)

    def in_no_name(self, token: Token) -> bool:
        ent = self.ent(token)
        return ent is not None and self.no_name(ent)

    def is_title(self, token: Token) -> bool:
        return bool(self.gazetteer.split_compound(token.text, self.lang)[1]) or token.lower_ in rules_for(
            self.lang).epithets

    def person_title(self, token: Token) -> bool:
        """A title of a person ("Wirtschaftsminister"), not of an institution ("Gewerkschaft", "Ministerium")."""
        found = self.gazetteer.split_compound(token.text, self.lang)[1]
        return found.kind == "person" if found is not None else token.lower_ in rules_for(self.lang).epithets

    def word_not_name(self, word: Token) -> bool:
        """In a language that capitalises its nouns, a lone word after a title that the NER did not tag and the
        dictionary knows ("als Sozialminister Furore machen"), unless the gazetteer knows it as a surname or the
        article names a person with it elsewhere ("Alois Stöger … Sozialminister Stöger"). English capitalises
        names only ("its president, Tim Phillips": a name, whatever the dictionary says)."""
        from graphbuild.extract.lemmas import known_word

        if not rules_for(self.lang).extra.get("capitalised_nouns") or not known_word(word.text, self.lang) or \
                self.gazetteer.person_by_surname(word.text) is not None:
            return False
        return not any(t.text == word.text for e in self.entities(word.doc)[0] if e.label_ in PERSON_LABELS
                       for t in e)

    def name_after_title(self, span: Span) -> Span | None:
        """A name right after a (multi-word) title inside the phrase, whatever the NER called it ("Secretary of
        State Rex Tillerson" tagged ORG from "State" on): two or three capitalised proper nouns that are a well-known
        person, or that follow a person title and are no place or organisation the gazetteer knows."""
        doc = span.doc
        words = [t for t in span if not t.is_punct]
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                title = words[i:i + n]
                if title[-1].i + 1 >= span.end or any(t.i != title[0].i + k for k, t in enumerate(title)):
                    continue
                found = self.gazetteer.role(" ".join(t.text for t in title), self.lang)
                if found is None or found.kind != "person":
                    continue
                end = start = title[-1].i + 1
                while end < span.end and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].is_alpha and \
                        doc[end].text[:1].isupper() and not self.is_title(doc[end]) and \
                        self.gazetteer.state_or_org(doc[end].text, self.lang) is None:
                    end += 1
                if end - start >= 2:
                    return doc[start:end]
        return None

    def plain_word(self, tok: Token) -> bool:
        """A word that can be part of a person's name: written like one, and no time (``times_not_in_names``: "Ende
        Januar"), title, or place or organisation the NER or the gazetteer knows."""
        return name_like(tok.text) and tok.lower_ not in rules_for(self.lang).word_set("times_not_in_names") and \
            tok.ent_type_ not in ("LOC", "GPE", "ORG") and not self.is_title(tok) and \
            not self.gazetteer.state_or_org(tok.text, self.lang) and not self.gazetteer.seat(tok.text, self.lang) and \
            not self.gazetteer.capital(tok.text, self.lang)

    def grow_name(self, span: Span) -> Span:
        """Extend a name over at most two following proper-noun tokens the NER left out ("Chrystia Freeland" tagged
        B-PER, O): capitalised, tagged as proper nouns, not the start of another entity, no title, place or
        organisation; and back over a given name the NER left out ("Hillary Clinton" tagged O, B-PER), which would
        otherwise leave a surname another person of the article shares."""
        doc, start, end = span.doc, span.start, span.end
        rules = rules_for(self.lang)
        proper = rules.word_set("proper_noun_tags")
        particles = rules.word_set("name_particles")
        plain = self.plain_word

        def name_word(tok: Token) -> bool:  # a proper noun written apart from the next word
            return tok.whitespace_ != "" and (tok.pos_ == "PROPN" or tok.tag_ in proper)

        def given_name(tok: Token) -> bool:  # also at the end of another entity: "White House Press Secretary Sarah"
            return tok.text.casefold() in first_names() and tok.ent_type_ not in ("LOC", "GPE") and name_like(
                tok.text) and not self.gazetteer.state_or_org(tok.text, self.lang)

        before = doc[start - 1] if start > 0 else None
        if before is not None and before.ent_iob_ in ("O", "") and name_word(before) and plain(before):
            if before.text.casefold() in first_names():
                start -= 1
            elif start > 1 and name_word(doc[start - 2]) and given_name(doc[start - 2]):
                start -= 2  # and over a middle name: "Sarah/ORG Huckabee/O Sanders/PER" is no Bernie Sanders
            elif start > 1 and self.titled(doc[start - 2]) and not self.titled(before) and \
                    self.gazetteer.role(before.text, self.lang) is None:
                start -= 1  # an unlisted given name between a title and the surname: "Sen. Rand/O Paul/PER"
        if end < len(doc) and doc[end - 1].text in particles and plain(doc[end]):
            end += 1  # the NER stopped right after the particle: "Ursula von der" + "Leyen"
        while end + 1 < len(doc) and doc[end].text in particles and end - span.end < 2 and plain(
                doc[end + 1]) and doc[end + 1].pos_ in {"PROPN", "NOUN", "X"} and not (
                doc[end + 1].tag_ in COMMON_NOUN_TAGS and doc[end + 1].head.i not in range(span.start, end + 1)):
            # (a common noun the parser hangs elsewhere is no name: "Cheikhou Dieng von Beginn an")
            end += 2  # "Alexander Van" + "der Bellen", "Ursula von" + "der Leyen"; not "Andreas Vana" + "von der Uni"
            if end < len(doc) and doc[end - 1].text in particles and plain(doc[end]):
                end += 1
        if len(span) == 1 and end < len(doc) and span[0].text.casefold() in first_names() and \
                doc[end].head.i == span.start and role(doc[end].dep_, self.scheme) is Role.NAME and \
                doc[end].ent_type_ in ("LOC", "GPE") and doc[end].pos_ == "PROPN" and name_like(doc[end].text) and \
                not self.gazetteer.state_or_org(doc[end].text, self.lang):
            end += 1  # a surname that is also a city, hung on the given name: "George/PER Washington/LOC"
        while end < len(doc) and end - span.end < 2 and doc[end - 1].whitespace_ != "" and (
                doc[end].pos_ == "PROPN" or doc[end].tag_ in proper or _APOSTROPHE_NAME.match(doc[end].text) or (
                    # "Rudi Anschober/NN" hung on by flat; "Bill O’Reilly/PUNCT" whatever the tagger made of it
                    role(doc[end].dep_, self.scheme) is Role.NAME and doc[end].head.i in range(span.start, end))
        ) and doc[end].ent_iob_ != "B" and plain(
                doc[end]) and not self.gazetteer.demonym(doc[end].text, self.lang):
            end += 1
        return doc[start:end] if (start, end) != (span.start, span.end) else span

    def titled(self, word: Token) -> bool:
        """A title or honorific word ("Sen.", "Mr", "Präsident")."""
        return self.is_title(word) or word.lower_ in rules_for(self.lang).word_set("honorifics")

    def context(self, ent: Span) -> list[Token]:
        """Words around a name that describe the person: the titles and country words right before it
        ("der mexikanische Außenminister", "Mexikos Präsident", "U.S. Secretary of State") and an apposition after
        it with a title among its first five words (", Sprecher des Weißen Hauses,", ", the UN Secretary-General,")."""
        doc = ent.doc
        stop_pos = {"VERB", "AUX", "CCONJ", "SCONJ", "PRON"}
        out: list[Token] = []
        i = ent.start - 1
        while i >= 0 and ent.start - i <= 6:
            t = doc[i]
            named_place = self.gazetteer.state_or_org(t.text, self.lang) is not None
            other_person = t.ent_type_ in PERSON_LABELS and not named_place and not self.in_no_name(t)
            if t.is_punct or t.is_space or t.pos_ in stop_pos or other_person or (t.pos_ == "ADP" and t.lower_ != "of"):
                break
            if t.lower_ == "of" and not (i > 0 and self.is_title(doc[i - 1])):
                break  # "Secretary of State Rex Tillerson", not "Russia's backing of Syrian President Assad"
            out.append(t)
            i -= 1
        if not out:
            out.extend(self.title_before(ent))
        j = ent.end
        if j + 1 < len(doc) and doc[j].text == ",":
            appos: list[Token] = []
            k = j + 1
            while k < len(doc) and k - j <= 7 and doc[k].text not in {",", ".", ";", ":", "“", "\""} and \
                    doc[k].pos_ not in {"VERB", "AUX"}:
                appos.append(doc[k])
                k += 1
            if appos and any(self.is_title(t) for t in appos[:5]):
                out.extend(appos)
        return out

    def title_before(self, ent: Span) -> list[Token]:
        """A person title phrase set off before the name by a comma, the name closed by another ("The Iraqi deputy
        prime minister, Rafi Issawi, said"): the words of that phrase, back to its determiner (at most six)."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].text != "," or ent.end >= len(doc) or doc[ent.end].text != "," or \
                not self.person_title(doc[ent.start - 2]):
            return []
        out: list[Token] = []
        i = ent.start - 2
        while i >= 0 and ent.start - 1 - i <= 6:
            t = doc[i]
            if t.is_punct or t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON", "ADP"} or t.lower_ in POSSESSIVE_CLITICS:
                break  # (before a clitic stands the owner: "the prime minister's spokesman, Mark Regev")
            out.append(t)
            if t.pos_ == "DET":
                break
            i -= 1
        return out

    def name_particle(self, name: Span, k: int) -> bool:
        """Whether the lower-case word ``name[k]`` is a particle of the name ("Charles de Gaulle", "Ludwig van
        Beethoven", "Alexander Van der Bellen"): one of ``name_particles`` before another word, an article among them
        (``name_article_particles``) only after another particle ("Christoph Leitl den Ball" is no name)."""
        rules = rules_for(self.lang)
        if name[k].lower_ not in rules.word_set("name_particles") or k + 1 >= len(name):
            return False
        return name[k].lower_ not in rules.word_set("name_article_particles") or \
            name[k - 1].lower_ in rules.word_set("name_particles")

    def without_common_nouns(self, name: Span) -> Span | None:
        """A German name without a capitalised common noun the NER took in before it: a title before a given name
        and surname ("Finanzreferentin Gabriele Schaunig", "Merkels Sprecher Steffen Seibert"; only given names the
        gazetteer lists, or any two proper nouns after a word the lexicon knows: "Fotograf Jürg Christandl");
        ``None`` when a particle follows a leading common noun ("Turniersieger von Buenos Aires",
        "Mitgründer von Runtastic": a role, not a name). Nouns after a name stay: the tagger, the morphology and the
        lexicon also call surnames common and plural nouns ("Christian Drosten/NN", "Hans Peter Doskozil"
        Number=Plur, "Günther Platter" → "platt")."""
        from graphbuild.extract.lemmas import known_compound_end

        given = first_names()

        def common(word: Token) -> bool:
            return word.tag_ in COMMON_NOUN_TAGS and word.text.casefold() not in given

        if len(name) > 1 and common(name[0]) and name[1].text.islower():
            return None
        for k in range(1, len(name) - 1):
            if common(name[k - 1]) and name[k].text.casefold() in given:
                return name[k:]  # also after a genitive name: "Merkels Sprecher Steffen Seibert"
        if len(name) == 3 and common(name[0]) and known_compound_end(name[0].text, self.lang) and \
                not any(w.tag_ in COMMON_NOUN_TAGS for w in name[1:]):
            return name[1:]  # a word the lexicon knows before two proper nouns: "Finanzreferentin Gaby Schaunig"
        return name

    def adjective_first(self, name: Span) -> bool:
        """A several-word "name" opened by an inflected adjective the NER took in ("Dunkle Materie", "Guter
        Widerstand", "Eigener Browser Edge"): the first word, no listed given name, is its dictionary lemma (without
        the e of -el/-er: "dunkel" → "Dunkle") plus one of the language's ``adjective_endings`` (given names are
        their own lemma: "Sibylle", "Gaby")."""
        from graphbuild.extract.lemmas import dictionary_lemma

        endings = rules_for(self.lang).word_set("adjective_endings")
        first = name[0].text
        if len(name) < 2 or not endings or first.casefold() in first_names():
            return False
        lemma = dictionary_lemma(first.lower(), self.lang)
        stems = {lemma, lemma[:-2] + lemma[-1]} if lemma.endswith(("el", "er")) else {lemma}  # "dunkel" → "dunkle"
        return lemma != first.lower() and lemma.islower() and any(first.lower() == stem + e for stem in stems
                                                                  for e in endings)

    def lowercase_word_first(self, name: Span) -> bool:
        """A several-word German "name" opened by a word the dictionary writes in lower case and does not inflect
        ("Höchstens Satellitentelefone", "Gerade Apple": an adverb at the start of the sentence), unless it is a
        listed given name or the surname of a well-known person ("Kurz")."""
        from graphbuild.extract.lemmas import dictionary_lemma, known_word

        first = name[0].text
        if len(name) < 2 or not rules_for(self.lang).extra.get("capitalised_nouns") or \
                first.casefold() in first_names() or not known_word(first, self.lang):
            return False
        lemma = dictionary_lemma(first, self.lang)
        return lemma == first.lower() and self.gazetteer.person_by_surname(first) is None

    def shouted(self, text: str) -> bool:
        """A "name" in capitals from a headline ("VIOLENCE ERUPTS", "TTIP"): no listed given name opens it and no
        well-known person is written so ("JOHN SMITH" of a byline stays a name). A given name alone stays a
        person: features name people so ("Dan, then 11", "Mohammed schüttelt den Kopf")."""
        words = text.split()
        return bool(words) and all(w.isupper() and w.isalpha() for w in words) and len(text) > 3 and \
            words[0].casefold() not in first_names() and self.gazetteer.person(text.title()) is None

    def initialism(self, ent: Span) -> bool:
        """A person entity that is one word of two to six capitals no well-known person is known by: the short name
        of an organisation the NER took for a person ("CNN said", "JFS remains sheltered", "BSM said"), not "MBS"
        (listed as Mohammed bin Salman's) nor a surname shouted in a headline ("TRUMP": a known surname)."""
        words = [t for t in ent if not t.is_punct]
        if len(words) != 1:
            return False
        text = words[0].text
        return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and \
            self.gazetteer.person(text) is None and self.gazetteer.person_by_surname(text.title()) is None and \
            text.casefold() not in first_names()

    def not_a_name(self, word: Token) -> bool:
        """A lone word no earlier name, given name or well-known person explains, that is a weekday or month
        ("Wednesday"), the last word of an institution's or place's name ("Department": ``non_person_heads``), or that
        the tagger reads as no proper noun and the dictionary knows as a word ("Persönlich",
        "Kontrolliert", "Soziales", "Weniger": sentence-initial German words the NER took for names; an unknown
        word such as "Zschäpe" tagged as an adverb stays a name)."""
        from graphbuild.extract.lemmas import known_word

        rules = rules_for(self.lang)
        if word.lower_ in rules.word_set("temporal_nouns"):
            return True
        if word.lower_ in rules.word_set("non_person_heads") and self.gazetteer.person_by_surname(word.text) is None:
            return True  # "The Defense Department" with "Department" read as a name after a title
        if self.is_title(word):
            return True  # "Landesparteiobmann und Landtagsklubobmann Walter Steidl": a title, not the name
        if word.text in self.place_words(word.doc):
            return True  # "Burlington" tagged as a person where the article also says "in Burlington": a place
        untagged = word.pos_ not in {"PROPN", "X"} or word.tag_ in rules.word_set("adjective_tags")
        return untagged and known_word(word.text, self.lang) and self.gazetteer.person(word.text) is None and \
            self.gazetteer.person_by_surname(word.text) is None

    def place_words(self, doc: Doc) -> frozenset[str]:
        """Capitalised words the article uses right after a place preposition (``place_preps``: "in Burlington",
        not "in Trump's …"), as the name a place noun governs (``place_nouns``: "the town of Gorazde", "the
        Krajina region") or in an of-phrase of a noun for a place's people (``place_of_nouns``: "the people of
        Virginia"), computed once per document."""
        if self._places_of[0] is not doc:
            rules = rules_for(self.lang)
            preps, nouns = rules.word_set("place_preps"), rules.word_set("place_nouns")
            of_nouns, of_preps = rules.word_set("place_of_nouns"), rules.word_set("possessive_preps")
            self._places_of = (doc, frozenset(
                t.text for t in doc[1:] if t.text[:1].isupper() and (doc[t.i - 1].lower_ in preps and not (
                    t.i + 1 < len(doc) and doc[t.i + 1].lower_ in POSSESSIVE_CLITICS) or (
                    t.head.i != t.i and t.head.lower_ in nouns and t.pos_ == "PROPN") or (
                    t.head.i != t.i and t.head.lower_ in of_nouns and t.pos_ == "PROPN" and
                    doc[t.i - 1].lower_ in of_preps))))
        return self._places_of[1]

    def name_after(self, head: Token, *, stop_ents: tuple[str, ...] = ("LOC", "GPE"),
                    stop_times: bool = True) -> Span | None:
        """At most three capitalised proper nouns right after a title word: no title, no state or organisation the
        gazetteer knows, no entity of a ``stop_ents`` label and, with ``stop_times``, no weekday or month ("the
        elected president Wednesday night"); not a lone dictionary word (``_word_not_name``)."""
        doc = head.doc
        end = head.i + 1
        temporal = rules_for(self.lang).word_set("temporal_nouns") if stop_times else frozenset()
        while end < len(doc) and end - head.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and \
                doc[end].ent_type_ not in stop_ents and not self.is_title(doc[end]) and \
                doc[end].lower_ not in temporal and self.gazetteer.state_or_org(doc[end].text, self.lang) is None:
            end += 1
        if end == head.i + 2 and self.word_not_name(doc[head.i + 1]):
            return None  # "als Sozialminister Furore machen"
        return doc[head.i + 1:end] if end > head.i + 1 else None


#: a surname with an apostrophe after its first letter ("O’Reilly", "D'Souza"), which taggers often garble
_APOSTROPHE_NAME = re.compile(r"^[A-Z]['’][A-Z][a-z]+$")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞŁŠŽČ][\w]*(?:['’][A-ZÀ-Þ]\w+)?(?:-[A-ZÀ-ÞŁŠŽČ]\w*)*|[a-z]{1,3}[A-Z]\w+)$")


def name_like(text: str) -> bool:
    """A word that can be part of a person's name: capitalised ("Freeland", "O’Rourke") or with a lower-case
    particle glued on ("deGravelles", "McCain" is capitalised anyway)."""
    return bool(_NAME_WORD.match(text)) and not any(c.isdigit() for c in text)


def join_hyphenated(span: Span) -> Span:
    """Grow a name over hyphens written without spaces ("al-Jubeir", "Kramp-Karrenbauer", "Kim Jong-un": a short
    lower-case syllable after a short part of a name of two words or more) that the tokenizer split and the NER or
    the title rule cut in the middle, and over the rest of an entity the NER began after the hyphen
    ("Jean/PER-Claude Juncker/LOC")."""
    doc, start, end = span.doc, span.start, span.end

    def capitalised(i: int) -> bool:
        return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()

    while True:
        if end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and capitalised(end + 1):
            end += 2
            while doc[end - 1].ent_iob_ in ("B", "I") and end < len(doc) and doc[end].ent_iob_ == "I" and \
                    capitalised(end):
                end += 1  # the rest of the entity the NER began after the hyphen: "Jean/PER" + "-Claude Juncker/LOC"
        elif end + 2 < len(doc) and doc[end].is_alpha and doc[end].is_lower and len(doc[end]) <= 3 and \
                not doc[end].whitespace_ and doc[end + 1].text in HYPHENS and not doc[end + 1].whitespace_ and \
                capitalised(end + 2):
            end += 3  # a lower-case particle the span stopped before: "Adel" + "al-Jubeir"
        elif end + 1 < len(doc) and end - start >= 2 and doc[end].text in HYPHENS and \
                not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end - 1].text[:1].isupper() and \
                len(doc[end - 1]) <= 4 and doc[end + 1].is_alpha and doc[end + 1].is_lower and \
                len(doc[end + 1]) <= 4 and (end + 2 >= len(doc) or bool(doc[end + 1].whitespace_) or
                                            not doc[end + 2].is_alpha):
            end += 2  # the lower-case last syllable of a Korean given name: "Kim Jong" + "-un", "Moon Jae" + "-in"
        else:
            break
    while start - 2 >= 0 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper():
        start -= 2
    return doc[start:end] if (start, end) != (span.start, span.end) else span


#: parts of speech that never end a person's name (an NER span running on into the sentence)
NOT_NAME_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "VERB", "AUX", "PART", "PRON"})


def clean_name(text: str, lang: str) -> str:
    """Drop possessive endings and stray punctuation from a person's name ("Trumps" stays: see surname lookup)."""
    text = text.strip(" ,.;:\"'„“”«»()")
    if lang == "en" and text.endswith(("'s", "’s")):
        text = text[:-2]
    return " ".join(text.split())


def nominative(name: str, doc: Doc, span: Span, lang: str) -> str:
    """A full name in the genitive (``genitive_name_suffixes``) without its ending: when the article also names
    the person without it (the headline's "Privatklage Jürg Christandls" is the Jürg Christandl of the text), or
    right before the common noun it owns ("in Tom Rostons Buch"). ``span`` is where ``name`` stands."""
    words = name.split()
    if len(words) < 2:
        return name
    after = doc[span.end] if span.end < len(doc) else None
    owns = after is not None and after.tag_ in COMMON_NOUN_TAGS and after.text[:1].isupper() and \
        span[-1].whitespace_ != "" and (after.i in (span[-1].head.i, span.root.head.i) or
                                        after.head.i not in range(span.start, span.end))
    for suffix in rules_for(lang).word_set("genitive_name_suffixes"):
        stem = words[-1][:-len(suffix)]
        if words[-1].endswith(suffix) and len(stem) >= 3 and (
                owns or re.search(rf"\b{re.escape(stem)}\b", doc.text)):
            return " ".join([*words[:-1], stem])
    return name
