"""Quotation attribution: who said a quote, through which cue, in German and English.

Direct quotes come from quote marks (:mod:`graphbuild.extract.quotemarks`); a speaker is found, in order, by
a cue verb outside the quote in the same sentence (", sagte er", "X said: …"), by "so X" / "laut X" /
"X zufolge" / "according to X", by the next sentence ("Das sagte X."), by continuation of the previous quote,
or by the subject of the previous sentence. Indirect speech is a cue verb with a clausal complement
("Videgaray machte klar, dass …", "X said that …"). Pronoun speakers are resolved by :class:`ArticleActors`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphbuild.extract.clauses import Clause, is_infinitive_clause, np_span
from graphbuild.extract.language import rules_for
from graphbuild.extract.lemmas import in_or_compound_of
from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.quotemarks import QuoteSpan, looks_like_title
from graphbuild.extract.schemes import Role, role
from graphbuild.nlp.components import interview_labels
from graphbuild.resolve.actors import ArticleActors, Resolution

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: prepositions/particles that attribute a quote to a following or preceding noun phrase
ATTRIBUTION: dict[str, dict[str, str]] = {
    "de": {"laut": "before", "so": "before", "zufolge": "after", "nach": "before", "gemäß": "before"},
    "en": {"according": "before", "per": "before"},
}
#: markers the tagger may call adjectives and that still attribute ("gemäß einem Augenzeugen")
ADJECTIVE_MARKERS: dict[str, tuple[str, ...]] = {"de": ("gemäß",)}
#: markers that also mean "in accordance with": they attribute only to a source or a noun of saying after them
SOURCE_MARKERS: dict[str, tuple[str, ...]] = {"de": ("gemäß",)}
#: prepositions that attribute a sentence in Konjunktiv I to the source they open it with ("Für X sei …")
SUBJUNCTIVE_MARKERS: dict[str, tuple[str, ...]] = {"de": ("für",)}
#: roles of verbs heading a subordinate clause: behind a colon, such a verb introduces the quote only when no
#: speech verb does
SUBORDINATE = (Role.ADVCL, Role.CCOMP, Role.ACL, Role.XCOMP)
#: subordinators of reported clauses ("sagte, dass …")
REPORT_MARKS: dict[str, tuple[str, ...]] = {"de": ("dass", "daß", "ob"), "en": ("that", "whether", "if")}
#: longest verbless "NAME:" label before a quote, in tokens ("Die Vorsitzende des Berliner Verfassungsschutzes,
#: Claudia Schmid: „…“" has 8)
LABEL_WORDS = 11
#: "wie X sagte" / "as X said"
AS_MARKS: dict[str, tuple[str, ...]] = {"de": ("wie",), "en": ("as",)}
#: verbs whose passive subject is the speaker ("X wird zitiert", "X was quoted as saying")
QUOTED_PASSIVE: dict[str, set[str]] = {"de": {"zitieren"}, "en": {"quote"}}
@dataclass
class Attribution:
    """One quotation with its speaker and cue (character spans into the article text)."""

    quote: tuple[int, int]
    kind: str  # direct | indirect
    sentence_index: int
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    cue_lemmas: tuple[str, ...] = ()
    speaker: Resolution | None = None
    how: str = ""
    confidence: float = 0.5
    clause: Clause | None = None

    def covers(self, start: int, end: int) -> bool:
        return self.quote[0] <= start and end <= self.quote[1]


def cue_parts(a: Attribution, lang: str) -> list[tuple[int, int]]:
    """The other words of a cue written apart from its verb (character spans): the auxiliaries of its verb chain
    ("hatte … gesagt", "hat … angekündigt"), a separated particle ("gab … bekannt", "kündigte … an"), the "wie"
    of "wie die Polizei mitteilte", not modals. Empty when the cue is no clause's verb ("laut", "so", a noun)."""
    clause = a.clause
    if clause is None or a.cue_span != (clause.verb.idx, clause.verb.idx + len(clause.verb)):
        return []
    verb = clause.verb
    heads = {verb.i, *(t.i for t in clause.chain)}
    modals = rules_for(lang).modals  # "kann … sagen": the modal is the speaker's, not part of the cue
    parts = [t for t in clause.chain if t.i != verb.i and t.lemma_.lower() not in modals]
    as_marks = AS_MARKS.get(lang, ())
    for t in verb.sent:
        if t.i in heads or t.head.i not in heads:
            continue
        if clause.particle and t.lower_ == clause.particle or (t.lower_ in as_marks and t.i < verb.i):
            parts.append(t)
    first = min(verb.subtree, key=lambda t: t.i)
    if first.lower_ in as_marks and first.i < verb.i:  # "Wie der Direktor …, mitteilte" with "Wie" hung elsewhere
        parts.append(first)
    return sorted({(t.idx, t.idx + len(t)) for t in parts})


def _is_marker_noun(token: Token, nouns: frozenset[str] | set[str]) -> bool:
    """"Angaben", "Polizeiangaben", "Zeugenaussagen": a noun of saying, also as the end of a compound."""
    return any(in_or_compound_of(w, nouns, 6) for w in {token.lower_, token.lemma_.lower()})


def _span_chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


class QuoteAttributor:
    """Attributes the quotes of one parsed article; ``clauses_by_sent`` are the clauses of each sentence."""

    def __init__(self, doc: Doc, sents: list[Span], clauses_by_sent: list[list[Clause]], actors: ArticleActors,
                 lexicon: Lexicon, quotes: list[QuoteSpan]) -> None:
        self.doc = doc
        self.quotes = quotes  # find_quotes(doc.text), found once per article
        self.text = doc.text  # spaCy rebuilds Doc.text on every access: once per article, not per quote
        self.sents = sents
        self.clauses_by_sent = clauses_by_sent
        self.actors = actors
        self.lexicon = lexicon
        self.lang = actors.lang
        self.scheme = actors.scheme
        self._sent_starts = [s.start_char for s in sents]
        self._rules = rules_for(self.lang)
        self._weak = self._rules.word_set("weak_cues")

    def sentence_of(self, char: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    def run(self) -> list[Attribution]:
        out: list[Attribution] = []
        previous: Attribution | None = None
        for quote in self.quotes:
            if looks_like_title(quote, self._rules.word_set("title_minor_words")) or self._named_by_noun(quote):
                continue
            found = self._direct(quote, previous)
            out.append(found)
            previous = found
        out.extend(self._indirect(out))
        out.extend(self._demonstrative_reports(out))
        out.extend(self._opinions(out))
        out.extend(self._stances(out))
        out.extend(self._markers(out))
        out.extend(self._reported(out))
        out.extend(self._free_indirect(out))
        out.extend(self._interview_turns(out))
        self._inherit_from_enclosing(out)
        out.sort(key=lambda a: a.quote[0])
        return out

    @staticmethod
    def _inherit_from_enclosing(found: list[Attribution]) -> None:
        """A direct quote without a speaker of its own inside attributed indirect speech ("Die Definition könne
        „auch in Gemeinden …“ gelten, so der Datenschützer") is the indirect speaker's wording."""
        enclosing = [a for a in found if a.kind != "direct" and a.speaker_span is not None]
        for a in found:
            if a.kind != "direct" or a.speaker_span is not None:
                continue
            outer = next((e for e in enclosing if e.quote[0] <= a.quote[0] and a.quote[1] <= e.quote[1] + 1), None)
            if outer is not None:
                a.speaker_span, a.speaker, a.cue_span = outer.speaker_span, outer.speaker, outer.cue_span
                a.cue_lemmas, a.clause = outer.cue_lemmas, outer.clause
                a.how, a.confidence = f"inside-{outer.how}", outer.confidence * 0.9

    def _named_by_noun(self, quote: QuoteSpan) -> bool:
        """"das Gesetz „…“", "der Film „…“", "die Operation „…“": a quote right after a noun that names works,
        laws, groups or campaigns is that thing's name, not speech (data: ``title_nouns``, also compound ends)."""
        before = self.doc.char_span(max(0, quote.outer_start - 40), quote.outer_start, alignment_mode="contract")
        words = [t for t in before or [] if not t.is_space]
        if len(words) > 1 and words[-1].text == ":":
            words = words[:-1]  # "(Motto: „Entsorgung ist Vertrauenssache“)"
        if not words or words[-1].pos_ not in {"NOUN", "PROPN"}:
            return False
        return in_or_compound_of(words[-1].lower_, self._rules.word_set("title_nouns"), 4)

    # --- direct quotes -------------------------------------------------------------------------------------

    def _is_cue(self, clause: Clause) -> bool:
        """A speech verb. With a separated particle the clause's lemma candidates hold only the particle verb
        (``LanguageRules.lemma_candidates``): "gab … bekannt" is a cue, "fand … statt" is not "finden"."""
        return self.lexicon.is_cue(clause.lemmas)

    def _speaker_of(self, clause: Clause, quote: QuoteSpan | None, *, nearest: bool = True) -> tuple[
            Token | None, Resolution | None]:
        heads = clause.agents if clause.passive and clause.agents else clause.subjects
        quoting = bool(set(clause.lemmas) & QUOTED_PASSIVE.get(self.lang, set()))
        if clause.passive and quoting and clause.objects:
            # "Sie wird mit den Worten zitiert: …", "wie Hoyzer von Spiegel-Online zitiert wird": the passive subject
            # is the speaker, the agent only quotes
            heads = clause.objects
        elif quoting and not clause.passive:
            quoted = [o for o in clause.objects if o.pos_ in {"NOUN", "PROPN"}]
            if quoted:  # "„…“, zitiert der Focus John West": the medium quotes, the object spoke
                heads = quoted[:1]
        if not heads and not clause.passive and role(clause.verb.dep_, self.scheme) is Role.CONJ:
            # "Die CCE bestätigte die Aussage nicht und nannte sie „reine Spekulation“": the first verb's subject
            heads = self._subjects_of(clause.verb.head)
        non_speakers = self._rules.word_set("non_speakers")
        expletive = not heads and any(role(c.dep_, self.scheme) is Role.EXPL and c.lower_ in non_speakers
                                      for c in clause.verb.children)
        if expletive or heads and all(h.lower_ in non_speakers for h in heads):
            # "So heißt es in dem Schreiben: …" — the document is the source; "was …, entgegnete Suttner" — not "was"
            source = next((n for p, n in clause.preps if p in self._rules.word_set("source_preps")
                           and n.pos_ in {"NOUN", "PROPN"}), None)
            if source is not None:
                return source, self.actors.resolve(source, as_subject=True)
            heads = []
        if not heads:  # "Von der Leyen betonte, …": a name before the verb the parser did not take for the subject
            heads = [c for c in clause.verb.children if c.i < clause.verb.i and c.pos_ in {"PROPN", "NOUN"} and (
                c.ent_type_ in {"PER", "PERSON", "ORG"} or c.pos_ == "PROPN" or self._known_person(c)) and role(
                c.dep_, self.scheme) in (Role.OBL, Role.NMOD, Role.OTHER, Role.OBJ)][:1]
        if not heads and not clause.passive and (clause.ccomps or clause.xcomps):
            # "hat Staatssekretär Berninger gefordert, … zu zwingen" with the subject parsed as the object: the
            # content is the complement, so a speaker-like object between the finite auxiliary and the verb is the
            # speaker (never so in English: "has urged Mexico to …" keeps Mexico as the object)
            finite = min([clause.verb, *clause.chain], key=lambda t: t.i)
            heads = [o for o in clause.objects if finite.i < o.i < clause.verb.i and o.left_edge.i <= finite.i + 2 and (
                self._plausible_source(o) or any(t.ent_type_ in {"PER", "PERSON", "ORG"} for t in o.subtree))][:1]
        if not heads and not clause.passive:
            name = self._prefield_name(clause.verb)
            heads = [name] if name is not None else []
        infinitive = is_infinitive_clause(clause, self._rules)
        if not heads and not clause.passive and not infinitive and role(clause.verb.dep_, self.scheme) is Role.XCOMP:
            # "Obama began urging Americans …": the controller speaks (for to-/zu-infinitives this guessed wrong more
            # often than right on Wikinews: "Es ist nicht zu erreichen")
            heads = self._subjects_of(clause.verb.head)
        if not heads and not clause.passive and nearest:
            # (not after an infinitive: in "his plan to accept 10,000 refugees" the refugees are no speaker)
            near = self._nearest_speaker(clause.verb, after=not infinitive)
            heads = [near] if near is not None else []
        if heads and not clause.passive and all(self._not_a_subject(h) for h in heads):
            # "Bereits am Samstag berichteten iranische Medien", "Als Grund gab die Sprachschule an", "Die Kritik
            # wies die Landesregierung zurück": a fronted phrase the parser took for the subject; the speaker is the
            # noun phrase after the verb
            after = [c for c in clause.verb.children if c.i > clause.verb.i and c.pos_ in {"NOUN", "PROPN"}
                     and not self._not_a_subject(c) and role(c.dep_, self.scheme) in (Role.SUBJ, Role.OBJ, Role.IOBJ)]
            if after:
                heads = after[:1]
        elif heads and not clause.passive:  # "Über Steve Fossett sagte Branson" with two "subjects": the real one
            heads = [h for h in heads if not self._not_a_subject(h)]
        if self._rules.extra.get("inverted_subject_repair") and heads and not clause.passive and \
                heads[0].i < clause.verb.i and heads[0].pos_ == "NOUN" and not self._plausible_source(heads[0]) and \
                self.actors.resolve(heads[0], as_subject=True) is None:
            # "Den Namen der Sendung gab das ZDF bekannt", "Die Arbeit der Koalition lobte er": a fronted object
            # the parser took for the subject, and a name, source or pronoun after the verb that can speak (only
            # where objects can come first: "a woman asked him to …" has no fronted object)
            later = [c for c in clause.subjects + clause.objects + clause.iobjects
                     if c.i > clause.verb.i and self._plausible_source(c)]
            if later:
                heads = later[:1]
        fronted = self._rules.word_set("fronted_objects")
        if heads and heads[0].lower_ in fronted:
            later = [o for o in clause.objects + clause.iobjects if o.i > clause.verb.i and o.pos_ in {"NOUN", "PROPN"}]
            if later:
                heads = later  # "Das berichtete die Zeitung": the fronted "das" is the object
        for head in heads:
            if quote is not None and quote.outer_start <= head.idx < quote.outer_end:
                continue
            return head, self.actors.resolve(head, as_subject=True)
        return None, None

    def _subjects_of(self, token: Token) -> list[Token]:
        return [c for c in token.children if role(c.dep_, self.scheme) is Role.SUBJ]

    def _prefield_name(self, verb: Token) -> Token | None:
        """"Künast sagte, …" with the name tagged as an adverb, "Der Chef-Ankläger Dschaarar al-Mussawi sagte" parsed
        as a tree of its own: a short name alone before the finite verb at the start of the sentence."""
        sent = self.sents[self.sentence_of(verb.idx)]
        before = [t for t in self.doc[sent.start:verb.i] if not t.is_space]
        if not before or len(before) > 5 or any(t.pos_ in {"VERB", "AUX", "ADP", "PUNCT", "PRON", "SCONJ", "CCONJ"}
                                                for t in before):
            return None
        last = before[-1]
        if last.ent_type_ in {"PER", "PERSON", "ORG"} or last.pos_ == "PROPN" or (
                last.ent_type_ and last.text[:1].isupper() and last.pos_ != "NOUN") or self._known_person(last):
            return last
        return None

    def _known_person(self, head: Token) -> bool:
        """"Von der Leyen betonte": a name the parser read as a prepositional phrase, known as a person."""
        doc = head.doc
        start = head.left_edge.i
        if start != head.sent.start and doc[start - 1].text not in {".", "!", "?", "\n"}:
            return False
        found = self.actors.identity.aliases.get(doc[start:head.i + 1].text.casefold()) or \
            self.actors.gazetteer.person(doc[start:head.i + 1].text)
        return found is not None

    def _not_a_subject(self, head: Token) -> bool:
        """A phrase that cannot be the subject whatever the parser says: an adverb or a prepositional phrase. (The
        bundled pipeline's case features are too unreliable to rule out non-nominative noun phrases: tried, F1 fell.)"""
        edge = head.left_edge  # the phrase's first word, when it hangs on the head itself
        return head.pos_ in {"ADV", "ADP"} or (edge.i < head.i and (edge.pos_ == "ADP" and role(
            edge.dep_, self.scheme) is Role.CASE or edge.head.i == head.i and edge.lower_ in self._rules.word_set(
                "comparative_particles")))

    def _direct(self, quote: QuoteSpan, previous: Attribution | None) -> Attribution:
        first = self.sentence_of(quote.outer_start)
        last = self.sentence_of(max(quote.outer_end - 1, quote.outer_start))
        found = Attribution(quote=(quote.start, quote.end), kind="direct", sentence_index=last)
        candidates: list[tuple[int, Clause]] = []
        before = self.text[max(0, quote.outer_start - 3):quote.outer_start].rstrip()
        colon = before.endswith(":")
        if first > 0 and colon and self.text[self.sents[first - 1].start_char:quote.outer_start].rstrip(
                ).endswith(":"):
            first -= 1  # "X erklärte: „…“" split into two sentences at the colon
        if colon:
            label = self._colon_label(quote)
            if label is not None:  # "BKA-Präsident Ziercke: „…“" — a name and a colon, no verb
                self._set(found, label, self.actors.resolve(label, as_subject=True), None, "label", 0.8)
                return found
        for index in range(first, min(last + 1, len(self.sents))):
            for clause in self.clauses_by_sent[index]:
                if quote.outer_start <= clause.verb.idx < quote.outer_end:
                    continue
                # a colon right before the quote makes any verb before it the cue ("fragte:", "lautete:")
                introduces = colon and clause.verb.idx < quote.outer_start
                if not (self._is_cue(clause) or introduces):
                    continue
                distance = clause.verb.idx - quote.outer_end if clause.verb.idx >= quote.outer_end else (
                    quote.outer_start - clause.verb.idx) + 20
                if not self._is_cue(clause) and role(clause.verb.dep_, self.scheme) in SUBORDINATE:
                    distance += 200  # "Sie warnte, wenn die Hilfe nicht fortgesetzt werde: „…“": the speech verb
                candidates.append((distance, clause))
        closing = self._closing_so(quote, last)
        if closing is not None:  # "„…“, so Schnappauf." names the speaker more surely than any verb around
            head, so = closing
            self._set(found, head, self.actors.resolve(head, as_subject=True), None, "pattern", 0.85)
            found.cue_span, found.cue_lemmas = (so.idx, so.idx + len(so)), ("so",)
            return found
        for _, clause in sorted(candidates, key=lambda c: c[0]):
            head, resolution = self._speaker_of(clause, quote)
            if head is None:
                continue
            self._set(found, head, resolution, clause, "cue", 0.9)
            return found
        by_token = self._token_cue(quote, last)
        if by_token is not None:
            head, resolution, cue = by_token
            self._set(found, head, resolution, None, "cue-word", 0.8)
            found.cue_span = (cue.idx, cue.idx + len(cue))
            found.cue_lemmas = self._cue_lemmas(cue)
            return found
        by_pattern = self._pattern(quote, first, last)
        if by_pattern is not None:
            head, resolution, cue = by_pattern
            self._set(found, head, resolution, None, "pattern", 0.85)
            found.cue_span = (cue.idx, cue.idx + len(cue))
            found.cue_lemmas = (cue.lower_,)
            return found
        if previous is not None and previous.speaker_span is not None and self._adjacent(previous, quote):
            found.speaker_span = previous.speaker_span
            found.speaker = previous.speaker
            found.cue_span = previous.cue_span
            found.cue_lemmas = previous.cue_lemmas
            found.how, found.confidence = "continuation", 0.7
            return found
        nxt = last + 1
        if self._ends_sentence(quote, last) and nxt < len(self.sents):
            for clause in self.clauses_by_sent[nxt]:  # "„…“ Das sagte X." / "„…“ So X."
                if self._is_cue(clause) and clause.verb.i - self.sents[nxt].start <= 2:
                    head, resolution = self._speaker_of(clause, None)
                    if head is not None:
                        self._set(found, head, resolution, clause, "next-sentence", 0.75)
                        return found
        if first > 0 and self.sents[first].start_char >= quote.outer_start - 1 and any(
                self._is_cue(c) for c in self.clauses_by_sent[first - 1]):
            # a quote standing alone right after a sentence where a person speaks ("… versuchte Videgaray, die
            # Differenzen kleinzureden. „Das Treffen kommt …“"): that person goes on speaking. Without the speech
            # verb in the previous sentence this guess was right only a quarter of the time on Wikinews.
            for clause in self.clauses_by_sent[first - 1]:
                head, resolution = self._speaker_of(clause, None)
                if head is not None and resolution is not None and resolution.actor.kind == "person":
                    self._set(found, head, resolution, None, "context", 0.5)
                    return found
        governing = self._governing_clause(quote, first)
        if governing is not None:
            # a quoted phrase inside a sentence without a speech verb ("Der Bundespräsident konstatierte eine
            # wachsende „Kluft zwischen Arm und Reich“"): the words are those of the clause's subject
            head, resolution = self._speaker_of(governing, quote, nearest=False)
            if head is not None and resolution is not None and resolution.actor.kind != "person":
                self._set(found, head, resolution, None, "subject", 0.5)
        return found

    def _closing_so(self, quote: QuoteSpan, index: int) -> tuple[Token, Token] | None:
        """"„…“, so X" right after the closing mark (German): X and the "so"."""
        if self.lang != "de" or index >= len(self.sents):
            return None
        after = [t for t in self.sents[index] if t.idx >= quote.outer_end and not t.is_space][:3]
        if len(after) < 3 or after[0].text != "," or after[1].lower_ != "so":
            return None
        head = self._np_after(after[1])
        if head is None or head.pos_ not in {"PROPN", "NOUN"}:
            return None
        return head, after[1]

    def _governing_clause(self, quote: QuoteSpan, index: int) -> Clause | None:
        """The clause whose verb governs a quoted phrase embedded in a sentence (not a quote that is a sentence
        of its own, and not one inside a title)."""
        if index >= len(self.sents):
            return None
        sent = self.sents[index]
        inside = [t for t in sent if quote.start <= t.idx < quote.end]
        outside = [t for t in sent if not t.is_punct and not t.is_space and not (
            quote.outer_start <= t.idx < quote.outer_end)]
        if not inside or len(outside) < 3:
            return None
        verbs = {c.verb.i: c for c in self.clauses_by_sent[index]}
        token = inside[0]
        for _ in range(12):
            if token.i in verbs and not (quote.outer_start <= token.idx < quote.outer_end):
                return verbs[token.i]
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _set(self, found: Attribution, head: Token, resolution: Resolution | None, clause: Clause | None,
             how: str, confidence: float) -> None:
        span = np_span(head, self.scheme)
        start = span.start
        while start < head.i and span.doc[start].pos_ in {"ADV", "PUNCT", "CCONJ", "SCONJ"}:
            start += 1  # "so die Agentur": the adverb the parser hung on the noun is not part of the speaker
        found.speaker_span = _span_chars(span.doc[start:span.end])
        found.speaker = resolution
        found.how = how
        found.confidence = confidence * (resolution.confidence if resolution else 0.6)
        if clause is not None:
            found.clause = clause
            found.cue_span = (clause.verb.idx, clause.verb.idx + len(clause.verb))
            found.cue_lemmas = clause.lemmas

    def _nearest_speaker(self, verb: Token, *, after: bool = True) -> Token | None:
        """A speaker the parser did not attach: the name, title or pronoun right after the verb ("…, sagte der
        Minister"; only with ``after``) or the first phrase of its sentence ("Die Polizei teilte mit, …")."""
        doc = verb.doc
        sent = self.sents[self.sentence_of(verb.idx)]  # the repaired sentence, not the parser's
        for token in doc[verb.i + 1:min(verb.i + 5, sent.end) if after else verb.i + 1]:
            if token.is_punct or token.pos_ in {"VERB", "AUX", "SCONJ"}:
                break
            if doc[token.i - 1].pos_ == "ADP" or token.lower_ in self._rules.word_set("non_speakers"):
                continue  # "so charakterisierte ihn der Funktionär": not the object pronoun
            if token.pos_ == "PRON" and token.lower_ in self._rules.personal_pronouns or token.ent_type_ in {
                    "PER", "PERSON", "ORG"} or (token.pos_ == "NOUN" and self.actors.gazetteer.role(token.text, self.lang)):
                return token
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is not None and first.i < verb.i:
            for token in doc[first.i:verb.i]:
                if token.pos_ in {"ADP", "SCONJ", "VERB", "AUX"}:
                    break
                if token.ent_type_ in {"PER", "PERSON", "ORG"} or (
                        token.pos_ == "NOUN" and self.actors.gazetteer.role(token.text, self.lang)):
                    while token.i < token.head.i < verb.i and token.head.pos_ in {"PROPN", "NOUN"}:
                        token = token.head  # "Der Ankläger Mussawi": the phrase's head, not the title before it
                    return token
        return None

    def _cue_lemmas(self, token: Token) -> tuple[str, ...]:
        from graphbuild.extract.lemmas import dictionary_lemma

        return tuple(dict.fromkeys((dictionary_lemma(token.text, self.lang).lower(), token.lemma_.lower(),
                                    token.lower_)))

    def _token_cue(self, quote: QuoteSpan, last: int) -> tuple[Token, Resolution | None, Token] | None:
        """", unterstrich er." / ", said Smith." / ", he said." right after the quote, found by the words alone
        (the parser may have missed the verb); the speaker is the pronoun or name next to the cue word."""
        sent = self.sents[last]
        after = [t for t in sent if t.idx >= quote.outer_end and not t.is_space][:6]
        words = [t for t in after if not t.is_punct]
        for i, token in enumerate(words[:3]):
            if token.pos_ in {"ADP", "PRON", "DET", "PUNCT"} or not self.lexicon.is_cue(self._cue_lemmas(token)):
                continue
            rest = words[i + 1:i + 5]
            before = words[:i]
            candidate = next((t for t in rest if t.pos_ in {"PRON", "PROPN", "NOUN"}), None)
            if candidate is None:
                candidate = next((t for t in reversed(before) if t.pos_ in {"PRON", "PROPN", "NOUN"}), None)
            if candidate is None:
                continue
            head = candidate
            while head.head.i != head.i and head.head.i in {t.i for t in rest + before} and head.head.pos_ in {
                    "PROPN", "NOUN"}:
                head = head.head
            return head, self.actors.resolve(head, as_subject=True), token
        return None

    def _pattern(self, quote: QuoteSpan, first: int, last: int) -> tuple[Token, Resolution | None, Token] | None:
        """"…, so X." / "laut X" / "X zufolge" / "according to X" in the quote's sentences, outside the quote."""
        words = ATTRIBUTION.get(self.lang, {})
        for index in range(first, min(last + 1, len(self.sents))):
            sent = self.sents[index]
            for token in sent:
                if quote.outer_start <= token.idx < quote.outer_end:
                    continue
                side = words.get(token.lower_)
                if side is None:
                    continue
                if token.lower_ == "so" and not (0 <= token.idx - quote.outer_end <= 4) and not (
                        token.idx < quote.outer_start <= token.idx + 50 and self.text[
                            token.idx:quote.outer_start].rstrip().endswith(":")):
                    continue  # "…, so X." after the quote, or "so X weiter: „…“" right before it
                if token.lower_ == "nach" and not self._quote_adjacent(token, quote):
                    continue
                head = self._np_after(token) if side == "before" else self._np_before(token)
                if head is not None and not (quote.outer_start <= head.idx < quote.outer_end):
                    return head, self.actors.resolve(head, as_subject=True), token
        return None

    def _colon_label(self, quote: QuoteSpan) -> Token | None:
        """The speaker of "NAME: „…“": a short verbless phrase between the start of its sentence (or line) and the
        colon right before the quote, with a name or title in it."""
        doc = self.doc
        opening = doc.char_span(quote.outer_start, quote.outer_start + 1, alignment_mode="expand")
        colon = next((t for t in reversed(doc[:opening.start]) if not t.is_space), None) if opening else None
        if colon is None or colon.text != ":":
            return None
        words: list[Token] = []
        i = colon.i - 1
        while i >= 0 and not doc[i].is_sent_end and "\n" not in doc[i].whitespace_ and not doc[i].is_space and \
                doc[i].text not in {".", "!", "?", "“", "”", "\""} and len(words) < LABEL_WORDS:
            words.insert(0, doc[i])
            i -= 1
        if not words or len(words) >= LABEL_WORDS or any(w.pos_ in {"VERB", "AUX"} for w in words):
            return None
        names = [w for w in words if w.pos_ == "PROPN" or w.ent_type_ in ("PER", "PERSON", "ORG")]
        titled = [w for w in words if self.actors.gazetteer.split_compound(w.text, self.lang)[1] is not None]
        if names:
            return names[-1]
        return titled[-1] if titled else None

    def _quote_adjacent(self, token: Token, quote: QuoteSpan) -> bool:
        return 0 <= token.idx - quote.outer_end <= 3

    def _np_after(self, token: Token) -> Token | None:
        doc = self.doc
        i = token.i + 1
        if i < len(doc) and doc[i].lower_ == "to":  # according to
            i += 1
        best = None
        non_speakers = self._rules.word_set("non_speakers")
        while i < len(doc) and i <= token.i + 8 and not doc[i].is_punct:
            if doc[i].lower_ in non_speakers:
                pass
            elif doc[i].pos_ in {"PROPN", "NOUN", "PRON"}:
                best = doc[i]
                if doc[i].pos_ == "PRON":
                    break
            elif best is not None and doc[i].pos_ not in {"PROPN", "NOUN"}:
                break
            i += 1
        return best

    def _np_before(self, token: Token) -> Token | None:
        i = token.i - 1
        while i >= 0 and i >= token.i - 6 and not self.doc[i].is_punct:
            if self.doc[i].pos_ in {"PROPN", "NOUN", "PRON"}:
                return self.doc[i]
            i -= 1
        return None

    def _ends_sentence(self, quote: QuoteSpan, index: int) -> bool:
        tail = self.text[quote.outer_end:self.sents[index].end_char].strip()
        return not tail or tail in {".", "!", "?"}

    def _adjacent(self, previous: Attribution, quote: QuoteSpan) -> bool:
        between = self.text[previous.quote[1]:quote.outer_start]
        return "\n\n" not in between and len(between) < 250

    # --- indirect speech -----------------------------------------------------------------------------------

    def _complements(self, clause: Clause) -> list[Token]:
        """What a cue verb reports: its clausal complements, zu-infinitives and V2 clauses hung as parataxis."""
        from graphbuild.extract.clauses import infinitive_complements

        out = list(clause.ccomps) + [x for x in infinitive_complements(clause, rules_for(self.lang))
                                     if x not in clause.ccomps]
        for child in clause.verb.children:
            if role(child.dep_, self.scheme) is Role.PARATAXIS and child.pos_ in {"VERB", "AUX"} and child not in out:
                out.append(child)
        # "Arnor welcomed a resumption of ties …, the official news agency said": the trailing reporting frame
        # hung on the first verb is not what that verb reports
        out = [c for c in out if not self._reporting_frame(c, clause.verb)]
        if not out:  # the parser hung the reported clause elsewhere: a dass/ob clause or a Konjunktiv I clause after it
            sent = clause.verb.sent
            for token in sent:
                if token.i <= clause.verb.i or token.pos_ not in {"VERB", "AUX"} or token.head.i == clause.verb.i and \
                        role(token.dep_, self.scheme) in (Role.AUX, Role.AUX_PASS):
                    continue
                marked = any(role(c.dep_, self.scheme) is Role.MARK and c.lower_ in REPORT_MARKS.get(self.lang, ())
                             for c in token.children)
                if marked or "Sub" in token.morph.get("Mood"):
                    # "es sei … ermittelt worden": the subjunctive auxiliary stands for the clause of its verb
                    aux = role(token.dep_, self.scheme) in (Role.AUX, Role.AUX_PASS) and token.head.pos_ in {
                        "VERB", "AUX"} and token.head.i != clause.verb.i
                    out.append(token.head if aux else token)
                    break
        return out

    def _inverted_report(self, clause: Clause, index: int) -> tuple[tuple[int, int], Token] | None:
        """"In Deutschland habe Sarkozy bessere Chancen, sagte Mélenchon.": a cue verb right after a comma, its
        speaker right after it and nothing but that phrase up to the end of the sentence; the report is all
        before the comma (German, where the parser often hangs the report's words on the cue verb)."""
        if self.lang != "de":
            return None
        sent, verb = self.sents[index], clause.verb
        if verb.i - 1 <= sent.start or self.doc[verb.i - 1].text != "," or not self._ends_sentence_after(verb, sent):
            return None
        # (the clause keeps one subject: with the report's own subject hung on the cue verb too, "Man hat nur ein
        # Leben, sagt Mohammed", the speaker is the verb's other subject)
        speaker = next((s for s in [*clause.subjects, *self._subjects_of(verb)] if s.i > verb.i), None)
        if speaker is None or not self._plausible_source(speaker):
            return None
        words = [t for t in self.doc[sent.start:verb.i - 1] if not t.is_space and not t.is_punct]
        if len(words) < 4:
            return None
        return (words[0].idx, words[-1].idx + len(words[-1])), speaker

    def _reporting_frame(self, comp: Token, verb: Token) -> bool:
        """", the official news agency said on Thursday." after ``verb``: a cue verb with its own subject, after a
        comma, that ends the sentence."""
        return comp.i > verb.i and any(t.text == "," for t in self.doc[verb.i:comp.i]) and bool(
            self._subjects_of(comp)) and not any(
            t.pos_ in {"VERB", "AUX"} and t.head.i != comp.i for t in self.doc[comp.i + 1:comp.sent.end]) and \
            self.lexicon.is_cue(self._rules.lemma_candidates(comp, None))

    def _ends_sentence_after(self, verb: Token, sent: Span) -> bool:
        """Only the verb's post-posed subject phrase (and a short apposition) follows it in the sentence."""
        rest = [t for t in self.doc[verb.i + 1:sent.end] if not t.is_space and not t.is_punct]
        return 0 < len(rest) <= 12 and not any(t.pos_ in {"VERB", "AUX"} for t in rest)

    def _demonstrative_reports(self, found: list[Attribution]) -> list[Attribution]:
        """"Trapattoni wird Trainer. Dies gab die Vereinsführung heute bekannt.": a sentence opening with a
        demonstrative object of a speech verb reports the sentence before it."""
        out: list[Attribution] = []
        fronted = self._rules.word_set("fronted_objects")
        for index in range(1, len(self.sents)):
            words = [t for t in self.sents[index] if not t.is_space and not t.is_punct]
            if len(words) < 3 or words[0].lower_ not in fronted:
                continue
            clause = next((c for c in self.clauses_by_sent[index] if words[0].head.i in {
                t.i for t in [c.verb, *c.chain]} and self._is_cue(c)), None)
            if clause is None:
                continue
            previous = [t for t in self.sents[index - 1] if not t.is_space and not t.is_punct]
            if len(previous) < 4 or "\n\n" in self.text[previous[-1].idx:words[0].idx]:
                continue
            span = (previous[0].idx, previous[-1].idx + len(previous[-1]))
            if self._taken(found + out, *span):
                continue
            head, resolution = self._speaker_of(clause, None, nearest=False)
            if head is None or head.i == words[0].i:
                continue
            a = Attribution(quote=span, kind="indirect", sentence_index=index - 1)
            self._set(a, head, resolution, clause, "demonstrative", 0.7)
            out.append(a)
        return out

    def _opinions(self, found: list[Attribution]) -> list[Attribution]:
        """"Metzges ist der Meinung, dass die Klage …": a copula with a noun of opinion and a clause after it (the
        parser makes the noun the head, so there is no verb clause to be a cue)."""
        out: list[Attribution] = []
        nouns = self._rules.word_set("opinion_nouns")
        for index, sent in enumerate(self.sents):
            for noun in sent:
                if noun.lower_ not in nouns or noun.pos_ != "NOUN":
                    continue
                children = list(noun.children)
                cop = next((c for c in children if role(c.dep_, self.scheme) is Role.COP), None)
                subjects = self._subjects_of(noun)
                if not subjects and role(noun.dep_, self.scheme) is Role.CONJ:
                    subjects = self._subjects_of(noun.head)  # "spielte … herunter und ist der Meinung, …"
                subject = subjects[0] if subjects else None
                clause = next((c for c in children if c.i > noun.i and c.pos_ in {"VERB", "AUX"} and role(
                    c.dep_, self.scheme) not in (Role.COP, Role.AUX, Role.AUX_PASS)), None)
                if cop is None or subject is None or clause is None or not self._plausible_source(subject):
                    continue
                a = self._frame_report(clause, subject, index, found + out, "opinion", 0.75)
                if a is not None:
                    a.cue_span, a.cue_lemmas = (cop.idx, noun.idx + len(noun)), (noun.lower_,)
                    out.append(a)
        return out

    def _frame_report(self, clause: Token, subject: Token, index: int, taken: list[Attribution], how: str,
                      confidence: float) -> Attribution | None:
        """The indirect quote a reporting frame without a cue verb of its own (an opinion noun, a stance adjective)
        gives its clause, spoken by ``subject``; ``None`` for a clause too short or already attributed."""
        span = self._clause_span(clause)
        if span[1] - span[0] < 8 or self._taken(taken, *span):
            return None
        a = Attribution(quote=span, kind="indirect", sentence_index=index)
        self._set(a, subject, self.actors.resolve(subject, as_subject=True), None, how, confidence)
        return a

    def _stances(self, found: list[Attribution]) -> list[Attribution]:
        """"Ramelow zeigte sich optimistisch, dass …", "Ferris zeigte sich davon überzeugt, dass …": a reflexive verb
        of showing (``stance_verbs``) with an adjective of stance (``stance_adjectives``) and a clause after the
        adjective reports what the subject thinks; the verb with the adjective is the cue."""
        out: list[Attribution] = []
        verbs = self._rules.word_set("stance_verbs")
        adjectives = self._rules.word_set("stance_adjectives")
        for index, sent in enumerate(self.sents):
            for verb in sent:
                if verb.lemma_.lower() not in verbs:
                    continue
                adj = next((c for c in verb.children if c.lower_ in adjectives), None)
                if adj is None or not any(c.lower_ in self._rules.reflexives for c in (*verb.children, *adj.children)):
                    continue
                clause = next((c for c in (*adj.children, *verb.children) if c.i > adj.i and role(
                    c.dep_, self.scheme) is Role.CCOMP), None)
                subjects = self._subjects_of(verb)
                subject = subjects[0] if subjects else None
                if clause is None or subject is None or not self._plausible_source(subject) or any(
                        t.pos_ in {"NOUN", "PROPN"} for t in verb.doc[adj.i + 1:clause.left_edge.i]):
                    continue  # "überrascht von der Nachricht, dass …": the clause is the news, not a view
                a = self._frame_report(clause, subject, index, found + out, "stance", 0.7)
                if a is not None:
                    a.cue_span = (min(verb.idx, adj.idx), max(verb.idx + len(verb), adj.idx + len(adj)))
                    a.cue_lemmas = (adj.lower_,)
                    out.append(a)
        return out

    def _wie_clause(self, clause: Clause) -> bool:
        """"Wie X mitteilte, …" / "as X said, …": the cue clause is a comment on its host clause."""
        verb = clause.verb
        return any(c.lower_ in AS_MARKS.get(self.lang, ()) and (
            role(c.dep_, self.scheme) is Role.MARK or (c.i == verb.left_edge.i and verb.dep_ != "ROOT" and
                                                       verb.head.i > verb.i))  # "wie" parsed as an adverb
                   for c in verb.children)

    def _taken(self, found: list[Attribution], start: int, end: int) -> bool:
        """Whether ``start:end`` overlaps an attribution already made; a direct quote without a speaker nested
        inside the span does not count (it will take the speaker of the span, see ``_inherit_from_enclosing``)."""
        return any(a.quote[0] < end and start < a.quote[1] for a in found if not (
            a.kind == "direct" and a.speaker_span is None and start <= a.quote[0] and a.quote[1] <= end + 1))

    def _indirect(self, direct: list[Attribution]) -> list[Attribution]:
        """Cue verb + clausal complement: "X sagte, dass …", "X sagte, die Regierung werde …", "X kündigte an, … zu"."""
        out: list[Attribution] = []
        by_complement = self._rules.word_set("complement_cues")
        for index, clauses in enumerate(self.clauses_by_sent):
            for clause in clauses:
                if not (self._is_cue(clause) or set(clause.lemmas) & by_complement):
                    continue
                if any(a.covers(clause.verb.idx, clause.verb.idx + 1) for a in direct):
                    continue
                inverted = self._inverted_report(clause, index)
                if inverted is not None:
                    if not self._taken(direct + out, *inverted[0]):
                        found = Attribution(quote=inverted[0], kind="indirect", sentence_index=index)
                        self._set(found, inverted[1], self.actors.resolve(inverted[1], as_subject=True), clause,
                                  "indirect", 0.8)
                        out.append(found)
                    continue
                if self._wie_clause(clause):
                    host = [t for t in self.sents[index] if not t.is_space and not t.is_punct and
                            t not in set(clause.verb.subtree)]
                    if len(host) >= 3:
                        span = (host[0].idx, host[-1].idx + len(host[-1]))
                        if not self._taken(direct + out, *span):
                            head, resolution = self._speaker_of(clause, None)
                            found = Attribution(quote=span, kind="indirect", sentence_index=index)
                            if head is not None:
                                self._set(found, head, resolution, clause, "wie", 0.8)
                                out.append(found)
                    continue
                for comp in self._complements(clause):
                    span = self._clause_span(comp)
                    if span[1] - span[0] < 8 or self._taken(direct + out, *span):
                        continue
                    head, resolution = self._speaker_of(clause, None)
                    if head is not None and self._rules.pronoun_person(head.lower_) == 1:
                        continue  # "Ich glaube, …" outside quote marks: an interview transcript, not reported speech
                    found = Attribution(quote=span, kind="indirect", sentence_index=index)
                    if head is not None:
                        self._set(found, head, resolution, clause, "indirect", 0.8)
                    else:
                        found.cue_span = (clause.verb.idx, clause.verb.idx + len(clause.verb))
                        found.cue_lemmas = clause.lemmas
                        found.clause = clause
                    out.append(found)
        return out

    def _markers(self, found: list[Attribution]) -> list[Attribution]:
        """Sentence-level attribution by a marker and a noun phrase: "laut X", "X zufolge", "nach Angaben von X",
        "gemäß X", "according to X"; the rest of the sentence is what X reported."""
        markers = ATTRIBUTION.get(self.lang, {})
        nouns = self._rules.word_set("marker_nouns")
        out: list[Attribution] = []
        for index, sent in enumerate(self.sents):
            for token in sent:
                if token.lower_ == "so" and self.lang == "de":
                    a = self._so_x(token, index, found + out)
                    if a is not None:
                        out.append(a)
                        break
                    continue
                if token.lower_ in self._rules.word_set("anaphoric_markers"):
                    a = self._anaphoric(token, index, found + out)
                    if a is not None:
                        out.append(a)
                        break
                    continue
                side = markers.get(token.lower_)
                if side is None and token.lower_ in SUBJUNCTIVE_MARKERS.get(self.lang, ()) and \
                        self._reports_in_subjunctive(token, sent):
                    side = "before"  # "Für den Theologen Küng sei der Rücktritt verständlich"
                if token.pos_ == "ADJ" and token.lower_ not in ADJECTIVE_MARKERS.get(self.lang, ()):
                    continue  # "gemäß einem Augenzeugen" tagged as an adjective; "laut" as an adjective is "loud"
                if side is None or token.pos_ not in {"ADP", "VERB", "NOUN", "X", "ADJ"} or \
                        self._taken(found + out, token.idx, token.idx + 1):
                    continue
                if side == "before":
                    np_head = self._pp_object(token)
                    if np_head is None:
                        continue
                    if token.lower_ == "nach" and not _is_marker_noun(np_head, nouns):
                        continue
                    if token.lower_ in SOURCE_MARKERS.get(self.lang, ()) and (np_head.i < token.i or not (
                            _is_marker_noun(np_head, nouns) or self._plausible_source(np_head))):
                        continue  # "gemäß dem Motto", "gemäß der Regelung": in accordance with, not according to
                else:
                    np_head = self._np_before(token)
                    if np_head is None:
                        continue
                speaker_span = self._full_np(np_head)
                if side == "after" and speaker_span[1] > token.idx:
                    # the parser hung the reported clause on the source ("Zeitungsberichten zufolge pakistanischen
                    # Familien"): the source ends at the marker
                    before = self.doc[token.i - 1]
                    speaker_span = (min(speaker_span[0], before.idx), before.idx + len(before))
                elif side == "before" and speaker_span[0] < token.idx:
                    speaker_span = (np_head.idx, speaker_span[1])
                rest = self._outside_marker(sent, token, speaker_span)
                if len(rest) < 3 and speaker_span[1] > np_head.idx + len(np_head):
                    # the parser hung the reported clause's subject on the source ("Ursache war nach
                    # Polizeiangaben zu geringer Abstand"): the source ends at its head noun
                    speaker_span = (speaker_span[0], np_head.idx + len(np_head))
                    rest = self._outside_marker(sent, token, speaker_span)
                if len(rest) < 3:
                    continue
                quote = (rest[0].idx, rest[-1].idx + len(rest[-1]))
                resolution = self.actors.resolve(self._speaker_head(np_head), as_subject=True)
                a = Attribution(quote=quote, kind="indirect", sentence_index=index, speaker_span=speaker_span,
                                cue_span=(token.idx, token.idx + len(token)), cue_lemmas=(token.lower_,),
                                speaker=resolution, how="marker", confidence=0.75)
                out.append(a)
                break
        return out

    @staticmethod
    def _outside_marker(sent: Span, marker: Token, speaker_span: tuple[int, int]) -> list[Token]:
        """The words of ``sent`` outside the marker phrase (marker and source): what the source reported."""
        start = min(marker.idx, speaker_span[0])
        end = max(marker.idx + len(marker), speaker_span[1])
        return [t for t in sent if not t.is_space and not t.is_punct and not start <= t.idx < end]

    def _reports_in_subjunctive(self, token: Token, sent: Span) -> bool:
        """"Für X sei …": the phrase opens the sentence, names a source and the sentence's verb is Konjunktiv I."""
        words = [t for t in sent if not t.is_space and not t.is_punct]
        noun = self._pp_object(token)
        if not words or words[0].i != token.i or noun is None or noun.i < token.i or not self._plausible_source(noun):
            return False
        return any(self._reporting_subjunctive(t) and t.i > noun.i for t in sent)

    def _reporting_subjunctive(self, token: Token) -> bool:
        """A verb in the subjunctive that reports (Konjunktiv I "sei", "habe"), not one narration uses as much
        ("sollte", "würde": data ``narrative_subjunctives``)."""
        return "Sub" in token.morph.get("Mood") and token.pos_ in {"AUX", "VERB"} and \
            token.lower_ not in self._rules.word_set("narrative_subjunctives")

    def _anaphoric(self, token: Token, index: int, taken: list[Attribution]) -> Attribution | None:
        """"Demnach hat der Sohn …" (the source named before), "dem Verdacht der Kritiker an, wonach …" (the noun
        the relative clause hangs on): the marker's clause is what that source reported."""
        doc = self.doc
        sent = self.sents[index]
        verb = token.head
        if token.lower_ in self._rules.word_set("relative_markers"):
            if verb.i == token.i or verb.i < token.i:
                return None
            tokens = [t for t in verb.subtree if t.i > token.i and not t.is_space]
            speaker = verb.head
            before = doc[token.i - 1] if token.i > 0 and doc[token.i - 1].is_punct else token
            last = doc[before.i - 1]
            noun = last if last.pos_ in {"NOUN", "PROPN"} else None
            while noun is not None and noun.head.i < noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
                noun = noun.head  # "die Befunde des Untersuchungsamts, wonach": the whole noun phrase
            if noun is not None:
                speaker = noun
            if noun is not None or role(verb.dep_, self.scheme) in (Role.ACL, Role.OTHER) and speaker.i != verb.i \
                    and speaker.pos_ in {"NOUN", "PROPN"} and speaker.i < token.i and last.i in {
                        t.i for t in speaker.subtree}:
                start, _ = self._full_np(speaker)
                speaker_span = (start, last.idx + len(last))  # the noun phrase without its relative clause
                resolution = self.actors.resolve(self._speaker_head(speaker), as_subject=True)
            else:  # "…, wonach …" after a verb or a longer phrase: the relative word stands for the source
                speaker_span, resolution = (token.idx, token.idx + len(token)), None
        else:
            tokens = [t for t in doc[token.i + 1:sent.end] if not t.is_space]
            speaker_span = (token.idx, token.idx + len(token))
            previous = [a for a in taken if a.speaker is not None and a.sentence_index in (index - 1, index)]
            resolution = previous[-1].speaker if previous else None
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) < 3:
            return None
        quote = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        if self._taken(taken, *quote):
            return None
        return Attribution(quote=quote, kind="indirect", sentence_index=index, speaker_span=speaker_span,
                           cue_span=(token.idx, token.idx + len(token)), cue_lemmas=(token.lower_,),
                           speaker=resolution, how="anaphoric", confidence=0.5)

    def _so_x(self, token: Token, index: int, taken: list[Attribution]) -> Attribution | None:
        """"…, so Celebi." closing indirect speech without quote marks: X said what precedes the comma."""
        doc = self.doc
        sent = self.sents[index]
        if token.i == 0 or doc[token.i - 1].text not in {",", "–", "—"} or token.i + 1 >= sent.end:
            return None
        cue = doc[token.i + 1] if doc[token.i + 1].pos_ in {"VERB", "AUX"} else None
        if cue is not None and (token.i + 2 >= sent.end or not self.lexicon.is_cue(self._cue_lemmas(cue))):
            return None  # "so definieren sie": thus, not a source; "so schätzen die Forscher": a cue verb
        if cue is None and doc[token.i + 1].pos_ not in {"DET", "NOUN", "PROPN", "PRON", "ADJ"}:
            return None  # "so auch in Düsseldorf", "so zum Beispiel", "so dass"
        marker = token
        if cue is not None:
            token = cue  # the speaker follows the cue verb
        tail: list[Token] = []
        for t in doc[token.i + 1:sent.end]:  # up to a comma: "so Celebi, die auch angab, …" keeps its relative clause
            if t.text in {",", ";", "–", "—"}:  # "– so Canny –"
                break
            if not t.is_space:
                tail.append(t)
        if any(t.pos_ in {"VERB", "AUX"} for t in tail) or not any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in tail):
            return None
        head = self._np_after(token)
        if head is None:
            return None
        before = [t for t in doc[sent.start:marker.i - 1] if not t.is_space and not t.is_punct]
        if len(before) < 3 or cue is not None:
            # "Dennoch, so Nacke, habe Mindermann …": the reported clause goes on after "so X,"; so it does around
            # "…, so schätzen die Forscher, …"
            after = [t for t in doc[token.i + 1 + len(tail):sent.end] if not t.is_space and not t.is_punct]
            before = before + after
        if len(before) < 3:
            return None
        quote = (before[0].idx, before[-1].idx + len(before[-1]))
        if self._taken(taken, *quote):
            return None
        start = head
        while start.i - 1 > token.i and doc[start.i - 1].pos_ in {"PROPN", "NOUN", "ADJ", "DET"}:
            start = doc[start.i - 1]
        end = head
        while end.i + 1 < sent.end and doc[end.i + 1].pos_ == "PROPN":
            end = doc[end.i + 1]
        return Attribution(quote=quote, kind="indirect", sentence_index=index,
                           speaker_span=(start.idx, end.idx + len(end)), cue_span=(token.idx, token.idx + len(token)),
                           cue_lemmas=self._cue_lemmas(cue) if cue is not None else ("so",),
                           speaker=self.actors.resolve(head, as_subject=True), how="so-x", confidence=0.7)

    def _speaker_head(self, head: Token) -> Token:
        """For "Angaben von n24" / "einem Bericht der Zeitung X" the actor is the one giving the information; a name
        is the source itself ("Der Weltbank zufolge hat der Gazastreifen …" with the rest hung on "Weltbank")."""
        if head.pos_ == "PROPN":
            return head
        for child in head.children:
            if role(child.dep_, self.scheme) in (Role.NMOD, Role.OBL) or (child.dep_ == "nk" and child.pos_ == "ADP"):
                parts = child
                if child.pos_ == "ADP":
                    inner = [c for c in child.children if c.pos_ in {"NOUN", "PROPN"}]
                    if inner:
                        parts = inner[0]
                if parts.pos_ in {"NOUN", "PROPN"}:
                    return parts
        return head

    def _pp_object(self, prep: Token) -> Token | None:
        """The noun a preposition governs, in either scheme (UD: the preposition's head; TIGER: its child)."""
        if role(prep.dep_, self.scheme) is Role.CASE and prep.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return prep.head
        for child in prep.children:
            if child.pos_ in {"NOUN", "PROPN", "PRON"}:
                return child
        return self._np_after(prep)

    def _full_np(self, head: Token) -> tuple[int, int]:
        tokens = [t for t in head.subtree if not t.is_space]
        # a clause the parser hung inside the phrase ("Nach Angaben der Polizei kamen sie …" with "kamen" under
        # "Angaben") ends it
        clause = min((t.left_edge.i for t in tokens if t.i > head.i and t.pos_ in {"VERB", "AUX"} and
                      t.left_edge.i > head.i), default=None)
        if clause is not None:
            tokens = [t for t in tokens if t.i < clause]
        # a quotation the parser hung on the source ("nach Angaben des Leiters „die Moderne …“") ends it
        opening = min((t.i for t in tokens if t.i > head.i and t.is_quote), default=None)
        if opening is not None:
            tokens = [t for t in tokens if t.i < opening]
        tokens = [t for t in tokens if not (role(t.dep_, self.scheme) is Role.CASE and t.head.i == head.i)]
        while tokens and (tokens[0].is_punct or tokens[0].pos_ == "ADP" and tokens[0].head.i == head.i):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        if not tokens:
            return head.idx, head.idx + len(head)
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    def _reported(self, found: list[Attribution]) -> list[Attribution]:
        """Reported speech acts: a speech verb with a subject and no quoted complement ("Der Sender berichtete von
        56 Toten", "Sie bezeichnet diese Lösung als Irrweg"); the clause is what was reported."""
        out: list[Attribution] = []
        for index, clauses in enumerate(self.clauses_by_sent):
            sent = self.sents[index]
            for clause in clauses:
                speech = self._is_cue(clause) and (clause.lemma not in self._weak or any(
                    p in self.lexicon.preps_for(clause.lemma) for p, _ in clause.preps))
                if speech and clause.lemma in self._rules.word_set("cues_needing_object") and (
                        clause.reflexive or not clause.objects):
                    speech = False  # "sieht darin eine Gefahr", not "sah sich in der Lage", "war … zu sehen"
                if speech and set(clause.lemmas) & self._rules.word_set("acts_not_reports"):
                    speech = False  # "würdigte die Verdienste", "verteidigte das Gelbe Trikot": acts, not reports
                intention = not speech and bool(set(clause.modals) & self._rules.word_set("intention_modals"))
                speech = speech or intention  # "Die SPD will die Krankenversicherung weiterentwickeln"
                if not speech or clause.passive or self._taken(
                        found + out, clause.verb.idx, clause.verb.idx + 1):
                    continue
                head, resolution = self._speaker_of(clause, None, nearest=False)
                if head is None or (resolution is None and not self._plausible_source(head)):
                    continue  # only plausible speakers: actors, named things, titles, sources ("die Polizei")
                if intention and (resolution is None or resolution.actor.kind not in (
                        "organisation", "government", "state")):
                    continue  # declared intentions of institutions only: a person's "wollte" is mostly narrative
                tokens = [t for t in clause.verb.subtree if not t.is_space and not t.is_punct]
                if role(clause.verb.dep_, self.scheme) is Role.ROOT:
                    tokens = [t for t in sent if not t.is_space and not t.is_punct]
                if len(tokens) < 4:
                    continue
                span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
                if self._taken(found + out, *span):
                    continue
                a = Attribution(quote=span, kind="reported", sentence_index=index)
                self._set(a, head, resolution, clause, "reported", 0.6)
                a.cue_span = None  # the reporting verb is part of reported speech, not a cue outside it
                out.append(a)
        return out

    def _plausible_source(self, head: Token) -> bool:
        """A subject that can report without being a resolved actor: a name (also one the tagger missed), a title
        or role, a source noun or compound ending in one ("Fernsehsender", "Umweltschutzorganisation", data:
        ``speaker_suffixes``), or a third-person pronoun."""
        if head.pos_ == "PROPN" or head.ent_type_ or self.actors.gazetteer.role(head.text, self.lang):
            return True
        if self._named_in_apposition(head):  # "Die SPD-Landtagsabgeordnete und Bürgermeisterin Swantje Hartmann"
            return True
        person = self._rules.pronoun_person(head.lower_)
        if person is not None:
            return person == 3 and head.lower_ not in {"es", "it", "man", "one"}
        return head.pos_ == "NOUN" and in_or_compound_of(head.lower_, self._rules.word_set("speaker_suffixes"), 4)

    def _named_in_apposition(self, head: Token) -> bool:
        """A person or organisation name in apposition to ``head`` (also inside a coordinated title)."""
        linked = (Role.APPOS, Role.NAME, Role.CONJ, Role.COMPOUND)
        stack = [c for c in head.children if role(c.dep_, self.scheme) in linked]
        while stack:
            token = stack.pop()
            if token.ent_type_ in {"PER", "PERSON", "ORG"}:
                return True
            stack.extend(c for c in token.children if role(c.dep_, self.scheme) in linked)
        return False

    def _free_indirect(self, found: list[Attribution]) -> list[Attribution]:
        """Sentences in Konjunktiv I right after an attributed quote continue it ("Die Konsequenzen nehme er in
        Kauf."): same speaker, no cue of their own."""
        out: list[Attribution] = []
        by_sentence = {a.sentence_index: a for a in sorted(found, key=lambda a: a.quote[0]) if a.speaker_span}
        for index, sent in enumerate(self.sents):
            if index in by_sentence or index == 0:
                continue
            source = by_sentence.get(index - 1) or (out[-1] if out and out[-1].sentence_index == index - 1 else None)
            if source is None:
                source = self._subject_attribution(index - 1)  # "Die Polizei bittet um Mithilfe. Der Mann sei …"
            if source is None:
                continue
            if not any(self._reporting_subjunctive(t) for t in sent) or any(
                    self._is_cue(c) for c in self.clauses_by_sent[index]):
                continue
            tokens = [t for t in sent if not t.is_space]
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            if len(tokens) < 3 or self._taken(found + out, tokens[0].idx, tokens[-1].idx + len(tokens[-1])):
                continue
            out.append(Attribution(quote=(tokens[0].idx, tokens[-1].idx + len(tokens[-1])), kind="free-indirect",
                                   sentence_index=index, speaker_span=source.speaker_span, cue_span=None,
                                   speaker=source.speaker, how="free-indirect", confidence=0.5))
        return out

    def _interview_turns(self, found: list[Attribution]) -> list[Attribution]:
        """The answers of an interview printed as "STANDARD: … ? Stöger: Ich habe …": each turn after a speaker label
        (``interview_labels``: capitalised words and a colon at the start of a sentence or line, in an article with
        several of them) runs to the next label. Only turns whose label names a person the article knows (the
        paper's own questions stay unattributed). Quotes in marks inside a turn keep their own speaker."""
        labels = interview_labels(self.text)
        if not labels:
            return []
        marked = [a for a in found if a.kind == "direct" and a.speaker is not None]
        out: list[Attribution] = []
        for label, following in zip(labels, [*labels[1:], None], strict=True):
            start, end = label.end(), following.start(1) if following is not None else len(self.text)
            while end > start and self.text[end - 1].isspace():
                end -= 1
            name = self.doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
            if name is None or end - start < 3:
                continue
            resolution = self.actors.resolve(name[-1], as_subject=True)
            if resolution is None or resolution.actor.kind != "person" or any(
                    a.quote[0] <= start and end <= a.quote[1] for a in marked):
                continue
            out.append(Attribution(quote=(start, end), kind="direct", sentence_index=self.sentence_of(start),
                                   speaker_span=(label.start(1), label.end(1)), cue_span=None, speaker=resolution,
                                   how="interview", confidence=0.8))
        return out

    def _subject_attribution(self, index: int) -> Attribution | None:
        """The actor subject of sentence ``index`` as a speaker for a following Konjunktiv I sentence."""
        for clause in self.clauses_by_sent[index]:
            if role(clause.verb.dep_, self.scheme) is not Role.ROOT:
                continue
            head, resolution = self._speaker_of(clause, None)
            if head is None or resolution is None or resolution.actor.kind not in (
                    "person", "organisation", "government"):
                continue
            a = Attribution(quote=(0, 0), kind="subject", sentence_index=index)
            self._set(a, head, resolution, None, "subject", 0.5)
            return a
        return None

    def _clause_span(self, comp: Token) -> tuple[int, int]:
        tokens = [t for t in comp.subtree if not t.is_space]
        while tokens and (tokens[0].is_punct or role(tokens[0].dep_, self.scheme) is Role.PUNCT):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        if not tokens:
            return comp.idx, comp.idx + len(comp)
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])
