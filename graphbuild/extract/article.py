"""Everything extracted from one parsed article: actors, topics, clause statements, quote statements.

Order matters: persons are registered first (full names before bare surnames), then quotes are attributed (so
statements inside a quote know their speaker), then clauses become statements, then quotes that no clause
statement already carries become statements of their own, typed by their cue and content.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from graphbuild.extract.clauses import HYPHENS, Clause, clauses, expand_conj
from graphbuild.extract.domain import TRAVEL_PREFIXES, political, sports_article
from graphbuild.extract.evaluative import content_code
from graphbuild.extract.language import rules_for
from graphbuild.extract.lexicon import Lexicon, lexicon_for
from graphbuild.extract.misread import repair_misread_verbs
from graphbuild.extract.nominal import nominal_statements
from graphbuild.extract.orientation import merge_orientation_adjectives
from graphbuild.extract.quotemarks import find_quotes
from graphbuild.extract.quotes import Attribution, QuoteAttributor, cue_parts
from graphbuild.extract.schemes import Role, role, scheme_of
from graphbuild.extract.statements import (
    SentenceContext,
    StatementBuilder,
    carried_event,
    object_forms,
    reported_modality,
)
from graphbuild.models import (
    Article,
    ArticleResult,
    QuoteRecord,
    Statement,
    Topic,
    stable_hash,
)
from graphbuild.nlp.components import SENTENCE_END
from graphbuild.resolve.actors import ArticleActors, Resolution
from graphbuild.resolve.coordination import coordinated_countries
from graphbuild.resolve.gender import assign_genders
from graphbuild.resolve.identity import IdentityIndex
from graphbuild.resolve.split_names import join_split_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


#: a "sentence" starting with one of these continues the previous one (the parser split after a closing quote:
#: "„Nach sieben Jahren“ | , so die Agentur, habe man …")
_CONTINUATION_STARTS = {",", ";", ")"}
#: quotations of at least this many words hide the persons they name from pronouns outside them (not a scare-quoted
#: nickname: Al “Probing Fingers” Franken)
QUOTED_WORDS = 4


def _sentences(doc: Doc) -> list[Span]:
    out: list[Span] = []
    for sent in doc.sents:
        if not sent.text.strip() or not any(not t.is_punct and not t.is_space for t in sent):
            continue
        first = next(t for t in sent if not t.is_space)
        if out and "\n" not in doc[out[-1].end - 1].whitespace_ and not doc[sent.start].is_space and (
                first.text in _CONTINUATION_STARTS or (first.is_lower and first.is_alpha and
                                                       not SENTENCE_END.search(doc[out[-1].end - 1].text)) or
                first.text in HYPHENS and not doc[out[-1].end - 1].whitespace_):
            # "Der Chef-Ankläger Dschaarar al-Mussawi | sagte, dass …": no sentence starts in lower case after a
            # sentence that did not end, nor inside a hyphenated word ("Feldman | -Piltch said …")
            out[-1] = doc[out[-1].start:sent.end]
            continue
        out.append(sent)
    return out


def extract_article(doc: Doc, article: Article, *, identity: IdentityIndex | None = None,
                    scheme: str | None = None, lexicon: Lexicon | None = None) -> ArticleResult:
    """Extract actors, topics and statements from ``doc`` (the parsed ``article.text``)."""
    lang = article.lang or doc.lang_
    merge_orientation_adjectives(doc, lang)  # "pro-Russian separatists" are no Russians
    join_split_names(doc)  # "John/PER Dowd/PER" is one person
    scheme = scheme or scheme_of(doc)
    repair_misread_verbs(doc, lang, scheme)  # "Trump/NN strikes/NNS a deal": a verb
    lexicon = lexicon or lexicon_for(lang)
    quotes = find_quotes(doc.text)
    actors = ArticleActors(lang=lang, scheme=scheme, identity=identity or IdentityIndex(), date=article.date,
                           quoted=[(q.start, q.end) for q in quotes if q.words >= QUOTED_WORDS])
    sents = _sentences(doc)
    by_sent: list[list[Clause]] = [list(clauses(s, scheme, lang)) for s in sents]

    # Register who is mentioned where before anything is attributed: full names first (so bare surnames find
    # them), then every clause subject in text order (so pronouns and titles see all earlier mentions).
    persons = [e for e in doc.ents if actors.may_name_person(e)]
    for ent in sorted(persons, key=lambda e: (-(len(e.text.split()) > 1), e.start)):
        actors.resolve(ent.root)
    for sent_clauses in by_sent:
        for clause in sent_clauses:
            for head in clause.subjects + clause.agents:
                if head.pos_ != "PRON":
                    actors.resolve(head, as_subject=True)
    assign_genders(sents, actors)  # "he" must not find the woman named last (Mr/Mrs, pronouns she binds)

    attributions = QuoteAttributor(doc, sents, by_sent, actors, lexicon, quotes).run()
    direct = [a for a in attributions if a.kind == "direct" and a.speaker is not None]

    def speaker_at(char: int) -> Resolution | None:
        for a in direct:
            if a.quote[0] <= char < a.quote[1]:
                return a.speaker
        return None

    builder = StatementBuilder(actors, lexicon)
    topics: dict[str, Topic] = {}
    statements: list[Statement] = []
    threatened: dict[int, str] = {}  # "threatened to break off relations": the threatening verb → the act's code
    cue_contexts: dict[int, SentenceContext] = {}  # the sentence context of each cue clause, by its verb
    # direct and indirect quotes become quote statements that replace their cue clause; reported speech acts and
    # free indirect continuations only attribute text (the clause statement stays)
    quoting = [a for a in attributions if a.kind in ("direct", "indirect")]
    # a cue clause with coordinated subjects ("Jordan and Britain agreed to …") stays: its statements give every
    # subject (and each to the other, for symmetric acts), the quote statement only the first
    cue_clauses = {a.clause.verb.i for a in quoting if a.clause is not None and a.speaker is not None and
                   not _coordinated_speakers(a, actors)}
    for index, (sent, sent_clauses) in enumerate(zip(sents, by_sent, strict=True)):
        ctx = SentenceContext(article_id=article.id, date=article.date, lang=lang, index=index, sent=sent,
                              speaker_at=speaker_at, topics=topics)
        builder.plan(sent_clauses, ctx)
        threatened.update(ctx.threatened)
        for clause in sent_clauses:
            if clause.verb.i in cue_clauses:
                cue_contexts[clause.verb.i] = ctx
                continue
            statements.extend(builder.from_clause(clause, ctx))
        statements.extend(nominal_statements(sent, index, ctx, builder))

    def cue_targets(clause: Clause) -> list[Statement]:
        """The statements a cue clause replaced by its quote statement would have made, with a target; built only
        when the quote names no target, after all other statements (pronouns see the same mentions as before)."""
        ctx = cue_contexts.get(clause.verb.i)
        return [x for x in builder.from_clause(clause, ctx) if x.target_id is not None] if ctx is not None else []

    statements.extend(_quote_statements(quoting, statements, doc, sents, actors, lexicon, article, threatened,
                                        cue_targets))
    statements = _dedupe(statements)
    from graphbuild.resolve.dateline import dateline_country

    dateline = dateline_country(doc.text, actors.gazetteer, lang)
    statements = _home_institutions(statements, topics, actors, dateline)
    _infer_topic_owners(statements, topics, actors)
    _dateline_default(dateline, attributions)
    if sports_article(doc, lang):
        statements = _sports_contests_untyped(statements, actors, lexicon)
    used = {s.source_id for s in statements} | {s.target_id for s in statements if s.target_kind == "actor"}
    used_topics = {s.target_id for s in statements if s.target_kind == "topic"}
    for topic in topics.values():
        if topic.actor_id and topic.id in used_topics:
            used.add(topic.actor_id)
            if topic.actor_id not in actors.actors:
                actors.country_actor(topic.actor_id)
    return ArticleResult(
        article=article,
        actors=list(actors.actors.values()),
        topics=[t for t in topics.values() if t.id in used_topics],
        statements=statements,
        sentences=len(sents),
        mentions=actors.mentions,
        quotes=[_record(a, article.lang) for a in attributions],
    )


def _sports_contests_untyped(statements: list[Statement], actors: ArticleActors,
                             lexicon: Lexicon) -> list[Statement]:
    """In a sports report, the statements of which no actor is political become generic ones (CAMEO 010, lower
    confidence): "Bayern München empfängt Köln" is a match, no visit (:mod:`graphbuild.extract.domain`)."""
    out = []
    for s in statements:
        if s.predicate.known and not political(s.source_id, actors.actors, actors.gazetteer) and not (
                s.target_kind == "actor" and not (s.predicate.cameo or "").startswith(TRAVEL_PREFIXES) and
                political(s.target_id, actors.actors, actors.gazetteer)):
            s = replace(s, predicate=lexicon.predicate(s.predicate.lemma, None), confidence=round(s.confidence * 0.8, 3))
        out.append(s)
    return out


#: the country an article names most is its home when named at least this often …
HOME_MIN_MENTIONS = 3
#: … and this many times as often as any other
HOME_LEAD = 2.0


def home_country(mentions: Counter[str]) -> str | None:
    """The country an article is about: the one it names most (through any of its actors), when it clearly
    leads (``HOME_MIN_MENTIONS``, ``HOME_LEAD``)."""
    ranked = mentions.most_common(2)
    if not ranked or ranked[0][1] < HOME_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < HOME_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def _home_institutions(statements: list[Statement], topics: dict[str, Topic], actors: ArticleActors,
                       dateline: str | None = None) -> list[Statement]:
    """Institutions named without a country ("Congress", "the Supreme Court", "die Regierung") are those of the
    article's home country (:func:`home_country`, or else the country of its ``dateline``: "Wien – Die
    Regierung …"), as a reader takes them: the country's collective
    ("Legislature of the United States") replaces the country-less organisation or the placeholder
    (``ArticleActors.homeless``) in the statements and topics. Not when the institution acts on that country: then
    the article is about the country, not from it. A placeholder left without a country acts in no statement and is
    a topic where it is a target, as if it had never been an actor."""
    home = home_country(Counter({code: n for code, n in actors.country_mentions.items() if (
        entry := actors.gazetteer.entry(code)) is not None and entry.kind == "state"})) or dateline
    roles = dict(actors.homeless)
    for actor in actors.actors.values():
        if actor.kind == "organisation" and not actor.country and actor.id not in roles:
            found_role = actors.gazetteer.role(actor.name, actors.lang)  # "Congress", "Supreme Court"
            if found_role is not None and found_role.kind != "person":
                roles[actor.id] = found_role
    replaced: dict[str, str] = {}
    # "Parliament" in a US-heavy article is another state's ("a motion … was rejected by Parliament" next to David
    # Cameron): roles a home state does not have (``foreign_roles``: the US has a Congress)
    foreign = {str(k): set(v) for k, v in (rules_for(actors.lang).extra.get("foreign_roles") or {}).items()}
    for actor_id, found_role in roles.items():
        if home is not None and found_role.role in foreign.get(home, set()):
            continue
        if home is None or any(
                s.source_id == actor_id and s.target_kind == "actor" and (target := actors.actors.get(
                    s.target_id or "")) is not None and (target.country or target.id) == home for s in statements):
            continue  # "Congress criticized Iran" in an article mostly about Iran: Iran is its subject, not its home
        collective = actors.role_collective(home, found_role)
        if collective is not None:
            replaced[actor_id] = collective[0].id
    unsettled = set(actors.homeless) - set(replaced)
    kept: list[Statement] = []
    keys = {_content_key(s) for s in statements}
    for s in statements:
        before = _content_key(s)
        s.source_id = replaced.get(s.source_id, s.source_id)
        if s.source_id in unsettled:
            continue  # "die Regierung kündigte an …" in an article whose country is unclear: nobody known acts
        if s.target_kind == "actor" and s.target_id in replaced:
            s.target_id = replaced[s.target_id]
        elif s.target_kind == "actor" and s.target_id in unsettled:
            # an object stays the topic it was; a reported clause's subject ("said the government would …") nothing
            said = s.predicate.known and s.predicate.cameo.startswith("01")
            topic = None if said else actors.homeless_topics.get(s.target_text)
            if topic is None:
                s.target_id, s.target_kind = None, None
            else:
                s.target_id, s.target_kind = topics.setdefault(topic.id, topic).id, "topic"
        after = _content_key(s)
        if after != before:
            if after in keys:
                continue  # "Congress and the Senate" both became the legislature: one statement
            keys.add(after)
        kept.append(s)
    for topic in topics.values():  # "Congress's decision": the topic belongs to the country's legislature
        if topic.actor_id in replaced:
            topic.actor_id = replaced[topic.actor_id]
            topic.country = topic.country or home
        elif topic.actor_id in unsettled:
            topic.actor_id = None
    for old in [*replaced, *unsettled]:
        actors.actors.pop(old, None)
    return kept


def _content_key(s: Statement) -> tuple[object, ...]:
    """What makes two statements of one clause the same (their start differs with the coordinated source)."""
    return s.sentence_index, s.char_end, s.source_id, s.predicate.lemma, s.target_id, s.polarity


def _infer_topic_owners(statements: list[Statement], topics: dict[str, Topic], actors: ArticleActors) -> None:
    """Criticised or rejected policies without a named owner belong to the article's other salient country."""
    from graphbuild.extract.topics import infer_owner

    salience = Counter(actors.country_mentions)
    for topic in topics.values():  # countries whose policies the article names ("new US tariffs") weigh most
        if topic.country:
            salience[topic.country] += 3
    co_sources: dict[tuple[int, str, str | None], set[str]] = {}  # coordinated sources of one clause
    for s in statements:
        source = actors.actors.get(s.source_id)
        if source is not None and source.country:
            co_sources.setdefault((s.sentence_index, s.predicate.lemma, s.target_id), set()).add(source.country)
    for s in statements:
        if s.target_kind != "topic" or (s.predicate.score or 0) >= 0 or s.target_id not in topics:
            continue
        source = actors.actors.get(s.source_id)
        owned = infer_owner(topics[s.target_id], source.country if source else None, salience, actors.lang,
                            frozenset(co_sources.get((s.sentence_index, s.predicate.lemma, s.target_id), ())))
        if owned is not None:
            topics.setdefault(owned.id, owned)
            s.target_id = owned.id
            if owned.actor_id not in actors.actors:
                actors.country_actor(owned.actor_id)


def _dateline_default(country: str | None, attributions: list[Attribution]) -> None:
    """Quoted persons whose country the article never states take the country of its dateline."""
    if country is None:
        return
    for a in attributions:
        if a.speaker is not None and a.speaker.actor.kind == "person" and not a.speaker.actor.country:
            a.speaker.actor.country = country


def _record(a: Attribution, lang: str) -> QuoteRecord:
    return QuoteRecord(
        start=a.quote[0], end=a.quote[1], kind=a.kind,
        speaker_start=a.speaker_span[0] if a.speaker_span else None,
        speaker_end=a.speaker_span[1] if a.speaker_span else None,
        cue_start=a.cue_span[0] if a.cue_span else None, cue_end=a.cue_span[1] if a.cue_span else None,
        speaker_id=a.speaker.actor.id if a.speaker else None, how=a.how, confidence=round(a.confidence, 3),
        cue_parts=cue_parts(a, lang),
    )


def _coordinated_speakers(a: Attribution, actors: ArticleActors) -> bool:
    """The cue clause has coordinated subjects ("Jordan and Britain agreed that …", "Hungarian and Romanian
    officials agreed …"): its own statements stand."""
    return a.clause is not None and (len(a.clause.subjects) > 1 or any(
        coordinated_countries(actors, s) for s in a.clause.subjects))


def _quote_statements(attributions: list[Attribution], existing: list[Statement], doc: Doc, sents: list[Span],
                      actors: ArticleActors, lexicon: Lexicon, article: Article,
                      threatened: dict[int, str],
                      cue_targets: Callable[[Clause], list[Statement]]) -> list[Statement]:
    out: list[Statement] = []
    acts: list[tuple[object, ...] | None] = []  # the speech act (cue, speaker, triple) of each statement of ``out``
    text = doc.text  # spaCy rebuilds Doc.text on every access
    rules = rules_for(actors.lang)
    speech = rules.extra.get("default_speech_verb", "say")  # the cue of a quote without one
    for a in attributions:
        if a.speaker is None:
            continue
        speaker = a.speaker.actor
        quote_text = text[a.quote[0]:a.quote[1]]
        if a.clause is not None and _coordinated_speakers(a, actors):
            # the cue clause's own statements (one per subject) carry the quote
            verb_at = a.clause.verb.idx
            for s in existing:
                if s.sentence_index == a.sentence_index and s.char_start <= verb_at < s.char_end:
                    s.quote = s.quote or quote_text
                    s.cue = s.cue or (text[a.cue_span[0]:a.cue_span[1]] if a.cue_span else None)
            continue
        inside = [s for s in existing if _overlaps(s, a.quote) and s.source_id == speaker.id
                  and s.predicate.known and not (s.predicate.cameo or "01").startswith("01")]
        code = content_code(quote_text, actors.lang)
        target_res = _quote_target(a, doc, actors, lexicon, speaker.id)
        evaluative = code is not None and target_res is not None
        if inside and not evaluative:
            for s in inside:
                s.quote = s.quote or quote_text
            continue
        # the quote statement carries what the speaker said; plain "said"-type clause statements of the speaker
        # inside the quote would only repeat it
        drop = {id(s) for s in existing if _overlaps(s, a.quote) and s.source_id == speaker.id and
                (s.predicate.cameo or "01").startswith("01")}
        existing[:] = [s for s in existing if id(s) not in drop]
        # "agrees with the Philippines that …": the cue's PP picks its row (agree with = 019)
        cue_preps = [(p, n.lemma_) for p, n in a.clause.preps] if a.clause is not None else []
        # and its objects outside the quote pick object rows ("verteidigen 2:1-Führung" is sport, not a defence)
        cue_objects = [f for o in a.clause.objects if not a.quote[0] <= o.idx < a.quote[1]
                       for f in object_forms(o, actors.lang, actors.scheme)] if a.clause is not None else []
        # a marker ("laut X", "according to X") has a row as a preposition; a quote without cue is plain speech
        entry = (lexicon.match(a.cue_lemmas, preps=cue_preps, objects=cue_objects) or
                 lexicon.match(a.cue_lemmas, pos="adp")) if a.cue_lemmas else lexicon.match((speech,))
        if a.clause is not None:  # "reiterated its demand that Israel …": the demand, not a comment
            entry = carried_event(a.clause, entry, lexicon, rules) or entry
        elaborated = _elaborated(existing, speaker.id, a.sentence_index, a.clause, actors.scheme, sents) \
            if target_res is not None else None
        if entry is not None and entry.cameo not in ("010", "") and entry.cameo[:2] != "01":
            predicate = lexicon.predicate(entry.key, entry)
        elif evaluative:
            predicate = lexicon.recoded(lexicon.predicate(a.cue_lemmas[0] if a.cue_lemmas else speech, None), code)
        elif elaborated is not None:
            # "Videgaray baute eine Drohkulisse auf. „… vor den UN einzufordern“, unterstrich er.": the quote
            # spells out the threat announced just before, and names whom it concerns
            predicate = elaborated.predicate
            existing[:] = [s for s in existing if s is not elaborated]
        else:
            predicate = lexicon.predicate(entry.key if entry else (a.cue_lemmas[0] if a.cue_lemmas else speech),
                                          entry)
        if a.clause is not None and a.clause.verb.i in threatened:
            # "threatened to break off relations with Congo" = threaten to break off relations (1313)
            predicate = lexicon.threat_to(predicate, threatened[a.clause.verb.i])
        if a.kind == "indirect" and a.clause is not None and target_res is not None and (
                predicate.cameo or "01").startswith("01"):
            # "Russia said Sudan must return the helicopter": a demand on Sudan, not a comment
            modality = reported_modality(a.clause, rules, actors.scheme, target_res.span.root)
            if modality in lexicon.reported:
                predicate = lexicon.recoded(predicate, lexicon.reported[modality])
        sent = sents[min(a.sentence_index, len(sents) - 1)]
        start = min(a.quote[0], a.speaker_span[0] if a.speaker_span else a.quote[0])
        end = max(a.quote[1], a.speaker_span[1] if a.speaker_span else a.quote[1])
        first = Statement(
            id=stable_hash(article.id, "quote", a.quote[0], speaker.id), article_id=article.id,
            sentence_index=a.sentence_index, char_start=start, char_end=end, sentence=sent.text.strip(),
            source_id=speaker.id, predicate=predicate,
            target_id=target_res.actor.id if target_res else None, target_kind="actor" if target_res else None,
            polarity="positive", modality="reported" if a.kind == "indirect" else "asserted", quote=quote_text,
            cue=text[a.cue_span[0]:a.cue_span[1]] if a.cue_span else None, date=article.date,
            lang=actors.lang, confidence=round(a.confidence, 3),
            source_text=text[a.speaker_span[0]:a.speaker_span[1]] if a.speaker_span else "",
            target_text=target_res.span.text if target_res else "", extractor=f"quote:{a.kind}:{a.how}",
        )
        if target_res is None and a.clause is not None:
            # what the cue clause acts on outside the quote ("welcomed the House plan", "blasted CNN"): an actor
            # other than the speaker's own side, or for an act beyond speaking also a topic ("said to cheers",
            # "told a briefing" are no targets)
            own_ids = _own_ids(actors, speaker.id)
            speaking = (predicate.cameo or "01").startswith("01")
            borrowed = next((x for x in cue_targets(a.clause) if x.source_id == speaker.id and
                             x.target_text and x.target_text not in quote_text and x.target_id not in own_ids and
                             (x.target_kind == "actor" or not speaking)), None)
            if borrowed is not None:
                first = replace(first, target_id=borrowed.target_id, target_kind=borrowed.target_kind,
                                target_text=borrowed.target_text)
        made = [first] + [
            # "threatened to deliver blows to the United States and Israel": one statement per coordinated target
            replace(first, id=stable_hash(article.id, "quote", a.quote[0], speaker.id, other.actor.id),
                    target_id=other.actor.id, target_text=other.span.text)
            for other in (_coordinated_targets(target_res, actors, speaker.id) if target_res else [])]
        for s in made:
            out.append(s)
            acts.append((a.cue_span, s.sentence_index, s.source_id, s.predicate.lemma, s.predicate.cameo,
                         s.target_id, s.polarity) if a.cue_span else None)
    return _one_per_speech_act(out, acts)


def _one_per_speech_act(statements: list[Statement], acts: list[tuple[object, ...] | None]) -> list[Statement]:
    """One statement for the quotes one cue gives the same speaker in a sentence ("“We wait,” he said, “and we
    see.”"; "expressed “concern and sorrow”, saying other nations would benefit"): their quotes joined in text order
    with " … ", their spans and confidence the widest; a direct quote's wording and extractor go first."""
    out: list[Statement] = []
    where: dict[tuple[object, ...], int] = {}
    for s, act in zip(statements, acts):
        if act is None or act not in where:
            if act is not None:
                where[act] = len(out)
            out.append(s)
            continue
        kept = out[where[act]]
        parts = sorted([kept, s], key=lambda x: x.char_start)
        lead = kept if kept.extractor.startswith("quote:direct") or not s.extractor.startswith("quote:direct") else s
        out[where[act]] = replace(
            lead, char_start=min(kept.char_start, s.char_start), char_end=max(kept.char_end, s.char_end),
            quote=" … ".join(p.quote for p in parts if p.quote) or None, confidence=max(kept.confidence, s.confidence))
    return out


def _own_ids(actors: ArticleActors, speaker_id: str) -> set[str | None]:
    """The speaker and the speaker's own state and government: never the target of what the speaker says."""
    speaker = actors.actors.get(speaker_id)
    return {speaker_id, speaker.country if speaker else None, f"{speaker.country}GOV" if speaker else None}


def _coordinated_targets(target: Resolution, actors: ArticleActors, speaker_id: str) -> list[Resolution]:
    """The other actors coordinated with a quote's target ("the United States and Israel")."""
    out: list[Resolution] = []
    seen = _own_ids(actors, speaker_id) | {target.actor.id}
    for token in expand_conj(target.span.root, actors.scheme)[1:]:
        found = actors.resolve(token)
        if found is not None and found.actor.id not in seen:
            seen.add(found.actor.id)
            out.append(found)
    return out


def _elaborated(existing: list[Statement], speaker_id: str, sentence_index: int, cue: Clause | None,
                scheme: str, sents: list[Span]) -> Statement | None:
    """A typed statement without target the speaker made in this or the previous sentence, not in an adverbial
    clause of the cue ("When Obama began airstrikes, he told Congress he had authority": the airstrikes are when he
    said it, not what) nor in one of the previous sentence ("Although Obama has the power to veto, …": a
    circumstance, not what the next quote spells out)."""
    clauses = [c for c in cue.verb.children if role(c.dep_, scheme) is Role.ADVCL] if cue is not None else []
    if 0 < sentence_index <= len(sents):  # any adverbial clause there (the parser may hang it on a noun)
        clauses += [t for t in sents[sentence_index - 1] if role(t.dep_, scheme) is Role.ADVCL]
    circumstances = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in clauses]
    for s in reversed(existing):
        if s.source_id == speaker_id and s.target_id is None and sentence_index - 1 <= s.sentence_index <= \
                sentence_index and s.predicate.known and not (s.predicate.cameo or "01").startswith("01") and not any(
                b <= s.char_start and s.char_end <= e for b, e in circumstances):
            return s
    return None


def _overlaps(s: Statement, span: tuple[int, int]) -> bool:
    return s.char_start < span[1] and span[0] < s.char_end


def _quote_target(a: Attribution, doc: Doc, actors: ArticleActors, lexicon: Lexicon,
                  speaker_id: str) -> Resolution | None:
    """The addressee of the cue clause ("urged Bree to …", "told Reuters that …", "forderte Russland auf, …",
    "agrees with the Philippines that …"), else the first actor named inside the quote that is neither the speaker
    nor the speaker's own country. A city or region is where something is, not whom the speaker addresses
    ("what happens in Iowa")."""
    own = _own_ids(actors, speaker_id)

    def addressee(found: Resolution | None) -> bool:
        return found is not None and found.actor.id not in own and found.how != "place"

    if a.clause is not None:
        wanted = {p for lemma in a.cue_lemmas for p in lexicon.preps_for(lemma)}
        for head in a.clause.iobjects + a.clause.objects + [n for p, n in a.clause.preps if p in wanted]:
            if a.quote[0] <= head.idx < a.quote[1]:
                continue
            found = actors.resolve(head)
            if addressee(found):
                return found
        for comp in a.clause.ccomps:  # "said that the Sudanese government … must reach an agreement"
            for subject in comp.children:
                if role(subject.dep_, actors.scheme) is Role.SUBJ:
                    found = actors.resolve(subject)
                    if addressee(found):
                        return found
    for ent in doc.ents:
        if ent.start_char < a.quote[0] or ent.end_char > a.quote[1]:
            continue
        found = actors.resolve(ent.root)
        if addressee(found):
            return found
    quoted = doc.char_span(a.quote[0], a.quote[1], alignment_mode="expand") or []
    for token in quoted:
        if token.pos_ == "PROPN" and not token.ent_type_:
            code = actors.gazetteer.state_or_org(token.text, actors.lang)
            if code and code not in own:
                found = actors.resolve(token)
                if found is not None:
                    return found
    for token in quoted:  # "threatened to shell Iraqi towns": the country an adjective names
        code = actors.gazetteer.adjective(token.text, actors.lang) if token.pos_ == "ADJ" else None
        if code and code not in own:
            return actors.adjective_actor(token, 0.6)
    return None


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen: dict[str, Statement] = {}
    for s in statements:
        if s.id not in seen or s.confidence > seen[s.id].confidence:
            seen[s.id] = s
    return sorted(seen.values(), key=lambda s: (s.char_start, s.id))
