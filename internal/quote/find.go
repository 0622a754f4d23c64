package quote

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// Options tune FindWith. The zero value works.
type Options struct {
	// People are persons and organisations already known (for example
	// from the store). Their names, aliases and roles help turn "Kerry"
	// or "the US secretary of state" into a canonical name when the
	// document itself never gives the full name.
	People []domain.Entity
	// Skip, if set, marks posts (by index) whose quotations are not
	// wanted: they are read for the names they give, not searched.
	Skip []bool
}

// Find returns the quotations of each post of one document, posts given
// in reading order. Quotations are looked for in the headline, caption
// and text of each post; each has its text, kind, canonical speaker,
// speaker mention and cue, its field and byte offsets into that field
// (Start/End cover the quoted words, marks excluded), and SpeakerSpan
// when the mention lies in the same field. A post's quotations are
// listed headline first, then caption, then text, each in order.
func Find(posts []domain.Post) [][]domain.Quote {
	return FindWith(posts, Options{})
}

// FindWith is Find with options.
func FindWith(posts []domain.Post, opt Options) [][]domain.Quote {
	out, _ := FindContext(context.Background(), posts, opt)
	return out
}

// FindContext is FindWith that gives up with ctx's error when ctx is
// done. It looks at ctx between the steps of each field (analysis,
// resolution, attribution), each linear in the field's length.
func FindContext(ctx context.Context, posts []domain.Post, opt Options) ([][]domain.Quote, error) {
	reg := newRegistry(opt.People)
	ps := make([]postState, len(posts))
	for i := range posts {
		if err := ps[i].scan(ctx, reg, &posts[i]); err != nil {
			return nil, err
		}
	}
	out := make([][]domain.Quote, len(posts))
	for i := range posts {
		if i < len(opt.Skip) && opt.Skip[i] {
			continue
		}
		var err error
		if out[i], err = ps[i].find(ctx, reg); err != nil {
			return nil, err
		}
	}
	return out, nil
}

const (
	fHeadline = iota
	fCaption
	fText
)

var fieldNames = [3]domain.Field{domain.FieldHeadline, domain.FieldCaption, domain.FieldText}

// postState holds the analysed fields of one post.
type postState struct {
	fields [3]*field
	ments  [3][]mention
	people []int // persons named in the post, in order
	// firstAt is where each of people is first named
	firstAt []place
}

// place is a token of a field.
type place struct {
	f   *field
	tok int
}

// scan analyses the post's fields and registers the full names found.
func (p *postState) scan(ctx context.Context, reg *registry, post *domain.Post) error {
	for k, txt := range [3]string{post.Headline, post.Caption, post.Text} {
		if strings.TrimSpace(txt) == "" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		f := newField(fieldNames[k], txt)
		p.fields[k] = f
		if err := ctx.Err(); err != nil {
			return err
		}
		p.ments[k] = f.scanMentions()
		for _, m := range p.ments[k] {
			if m.kind == mkPerson && len(m.name) >= 2 && !reg.notPerson(m) {
				id := reg.person(m.name, m.titles, m.gender)
				if !slices.Contains(p.people, id) {
					p.people = append(p.people, id)
					p.firstAt = append(p.firstAt, place{f, m.s})
				}
			}
		}
	}
	return nil
}

// found is a quotation with its attribution.
type found struct {
	q domain.Quote
	a attr
}

func (p *postState) find(ctx context.Context, reg *registry) ([]domain.Quote, error) {
	var text, caption, head []found
	var err error
	if f := p.fields[fText]; f != nil {
		if text, err = p.findField(ctx, reg, fText); err != nil {
			return nil, err
		}
	}
	if f := p.fields[fCaption]; f != nil {
		if caption, err = p.findField(ctx, reg, fCaption); err != nil {
			return nil, err
		}
	}
	soleSpeaker(reg, text)
	if f := p.fields[fHeadline]; f != nil {
		head = p.findHeadline(reg, append(text[:len(text):len(text)], caption...))
	}
	var out []domain.Quote
	for _, l := range [][]found{head, caption, text} {
		for _, fq := range l {
			if strings.TrimSpace(fq.q.Text) == "" {
				continue // marks around nothing but invisible characters
			}
			out = append(out, fq.q)
		}
	}
	return out, nil
}

// soleSpeaker gives the quotations of a post's text that have no speaker,
// or only a description that named no one ("the MP for Mayfield"), to the
// post's one speaker: a named person to whom at least two of its
// quotations are attributed, when no other named speaker is quoted. A post
// that reports one person's speech (a live-blog entry on one speaker in a
// debate) quotes that person where the text no longer says so.
func soleSpeaker(reg *registry, text []found) {
	sole, n := -1, 0
	for _, fq := range text {
		if fq.q.Kind == domain.QuoteScare || !fq.a.has || fq.a.ent < 0 {
			continue
		}
		e := reg.ents[fq.a.ent]
		if e.kind == mkRole || e.kind == mkIndef || e.kind == mkPronoun {
			continue // a description or pronoun that named no one
		}
		if e.kind != mkPerson || (sole >= 0 && fq.a.ent != sole) {
			return // another speaker, or one that is no person
		}
		sole = fq.a.ent
		n++
	}
	if sole < 0 || n < 2 {
		return
	}
	for i := range text {
		q := &text[i].q
		if q.Kind == domain.QuoteScare || q.Speaker == reg.ents[sole].name {
			continue
		}
		// (a definite description only: "a Transocean spokesman" or
		// "a joint statement" brings in someone, or something, else; and
		// one person only: "the researchers" are not the post's one
		// speaker)
		// (nor "it" or "they" that found no antecedent: a body or group
		// spoke, not the post's person)
		if a := text[i].a; a.has && !a.inherited && a.m.kind == mkPronoun && (a.m.head == "it" || a.m.head == "they") || a.crowd {
			continue // (nor words a crowd chanted)
		}
		if a := text[i].a; a.has && a.m.kind == mkPronoun && a.m.gender != 0 && reg.ents[sole].gender != 0 && a.m.gender != reg.ents[sole].gender {
			continue // (nor a "she" the post's one speaker, a man, cannot be)
		}
		if a := text[i].a; a.has && a.m.kind == mkPronoun && a.m.head == "we" || a.passive && a.f.putTo(a.tok) {
			// (nor the writer's or the paper's own, "we should ask
			// whether it was 'good'", nor words put to someone: "'…,'
			// he was asked, '…'")
			continue
		}
		// (nor a definite description of someone an indefinite one
		// brought in: "A senior official said … the official said")
		if a := text[i].a; q.Speaker == "" || a.has && a.ent >= 0 && reg.ents[a.ent].kind == mkRole && a.m.kind == mkRole && !reg.ents[a.ent].introduced && !docNouns[a.m.head] && !docNouns[lastWord(reg.ents[a.ent].name)] && !pluralNoun(a.m.head) {
			q.Speaker = reg.ents[sole].name
		}
	}
}

// resolver returns a resolver over field k with its mentions resolved.
func (p *postState) resolver(reg *registry, k int) *resolver {
	f := p.fields[k]
	r := &resolver{reg: reg, f: f, post: p.people, postAt: p.firstAt}
	for _, m := range p.ments[k] {
		id := r.resolve(m)
		r.push(m, id)
	}
	return r
}

// entityOf resolves an attribution's mention in its field.
func entityOf(r *resolver, m mention) int {
	if m.kind == mkPerson {
		// two people who speak together: "Ann Lee and Tom Ruiz said in
		// a letter" is theirs, not Ruiz's alone
		if k := r.index(m.s); k < len(r.hist) && r.hist[k].m.s == m.s && r.hist[k].m.e == m.e {
			if g := r.pairAt(k); g >= 0 {
				return g
			}
		}
	}
	if id, ok := r.lookup(m); ok {
		return id
	}
	return r.before(m.s).resolve(m)
}

// checkEvery is how many quotations findField attributes between two
// looks at its context.
const checkEvery = 256

func (p *postState) findField(ctx context.Context, reg *registry, k int) ([]found, error) {
	f := p.fields[k]
	r := p.resolver(reg, k)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ev := &events{cues: f.cueEvents()}
	for i := range ev.cues {
		ev.cues[i].ent = entityOf(r, ev.cues[i].m)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []found
	qi := 0
	blocks := f.blocks()
	bi := 0
	// quotations and block quotations in text order
	for qi < len(f.quotes) || bi < len(blocks) {
		if (qi+bi)%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if bi < len(blocks) && (qi >= len(f.quotes) || blocks[bi].pieces[0].Start < f.quotes[qi].open) {
			out = append(out, p.blockQuote(reg, r, f, blocks[bi]))
			bi++
			continue
		}
		a := f.attribute(qi, ev)
		if a.has && notAName(a.f.phrase(a.m.s, a.m.e)) {
			a.has = false // "Meanwhile", "Instead": no speaker, not a quotation of anyone's
		}
		if a.has && !a.inherited {
			a.ent = entityOf(r, a.m)
			if id := goesOnWith(r, ev, a); id >= 0 {
				a.ent = id
			}
		}
		ev.add(a)
		if a.has && !a.inherited && a.cue == "" && f.loneTerm(qi, a) && !personAt(r, a.ent) {
			// a word or two inside a sentence whose subject is no person,
			// with no cue between them: a term more often than words
			// said ("BP used it as a 'spacer'", "They re-created the
			// famous Obama 'hope' poster"); the subject still carries
			// the speech on (ev)
			a.has = false
		}
		q := &f.quotes[qi]
		out = append(out, found{q: p.quote(reg, f, a, q.words(f.text), f.kindOf(qi, a), q.start(), q.end()), a: a})
		qi++
	}
	return out, nil
}

// events are the attributions made so far in a field, for quotations
// without a speaker of their own to inherit: the reporting verbs of
// sentences without quotations (cues), and the attributions of the
// quotations before (quoted). Both are in token order; quotations are
// attributed in text order, so quoted only grows at its end.
type events struct {
	cues, quoted []attr
}

// add records a quotation's attribution.
func (ev *events) add(a attr) {
	if a.has {
		ev.quoted = append(ev.quoted, a)
	}
}

// latest returns the last event before token tok; of a cue and an
// attribution at the same token, the attribution.
func (ev *events) latest(tok int) (attr, bool) {
	if ev == nil {
		return attr{}, false
	}
	c, ok := latestBefore(ev.cues, tok)
	if q, qok := latestBefore(ev.quoted, tok); qok && (!ok || q.tok >= c.tok) {
		return q, true
	}
	return c, ok
}

// goesOnWith returns the speaker of the quotation just before a pronoun
// that goes on with speech ("“…,” says the Michigan Democrat. … He
// adds: “…”"): the writer carries on with that speaker, whoever the
// narration named in between; -1 when another reading is needed (speech
// reported since, a speaker not of the pronoun's gender, or one
// paragraphs away).
func goesOnWith(r *resolver, ev *events, a attr) int {
	if a.m.kind != mkPronoun || a.m.head != "he" && a.m.head != "she" || !a.f.goesOn(a.m) {
		return -1
	}
	q, ok := latestBefore(ev.quoted, a.m.s)
	if c, cok := latestBefore(ev.cues, a.m.s); cok && (!ok || c.tok > q.tok) {
		return -1 // speech reported since ("Aziz told the inquiry …. However, he added: “…”")
	}
	if !ok || q.ent < 0 || q.ent == a.ent || q.f != a.f || a.f.tok(q.last).para+1 < a.f.tok(a.m.s).para {
		return -1
	}
	// (a person, or a partisan named by party: "the Michigan Democrat")
	if e := &r.reg.ents[q.ent]; !e.personal() && !(e.kind == mkOther && lang.Party(lastWord(e.name)) != "") || e.gender != 0 && e.gender != a.m.gender {
		return -1
	}
	return q.ent
}

// latestBefore returns the last of events (in token order) before tok.
func latestBefore(events []attr, tok int) (attr, bool) {
	i, _ := slices.BinarySearchFunc(events, tok, func(a attr, tok int) int { return cmp.Compare(a.tok, tok) })
	if i == 0 {
		return attr{}, false
	}
	return events[i-1], true
}

func (p *postState) blockQuote(reg *registry, r *resolver, f *field, b block) found {
	parts := make([]string, len(b.pieces))
	for i, s := range b.pieces {
		parts[i] = lang.Space(f.text[s.Start:s.End])
	}
	a := attr{has: true, m: b.trailer, f: f, cue: b.dash, tok: f.pToks[f.tok(b.trailer.s).para][0]}
	a.ent = entityOf(r, b.trailer)
	return found{q: p.quote(reg, f, a, strings.Join(parts, " "), domain.QuoteBlock, b.pieces[0].Start, b.pieces[len(b.pieces)-1].End), a: a}
}

// notAName reports a one-word speaker mention that cannot name anyone: a
// function word, a contraction or a sentence adverb ("Meanwhile",
// "Don't", "Clearly"), which a sentence puts first and capitalises.
func notAName(mention string) bool {
	if strings.ContainsAny(mention, " \t") || mention == "" {
		return false
	}
	w := strings.ToLower(strings.Trim(mention, ".,;:!?\"'‘’“”"))
	if pronouns[w] {
		return false // resolved by the pronoun rules
	}
	return lang.Stopword(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || sentenceAdverbs[w]
}

// pronouns may speak: they are resolved to whom they stand for.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "it": true, "his": true, "her": true, "him": true, "their": true}

// sentenceAdverbs open sentences and are never speakers.
var sentenceAdverbs = map[string]bool{"meanwhile": true, "instead": true, "indeed": true, "otherwise": true, "moreover": true,
	"furthermore": true, "nevertheless": true, "nonetheless": true, "therefore": true, "thus": true, "hence": true,
	"perhaps": true, "maybe": true, "later": true, "earlier": true, "today": true, "yesterday": true, "tomorrow": true,
	"tonight": true, "separately": true, "afterwards": true, "anyway": true, "besides": true, "elsewhere": true,
	"clearly": true, "obviously": true, "apparently": true, "fortunately": true, "unfortunately": true, "hopefully": true,
	"interestingly": true, "importantly": true, "similarly": true, "additionally": true, "certainly": true, "surely": true,
	"actually": true, "basically": true, "generally": true, "usually": true, "recently": true, "currently": true,
	"initially": true, "eventually": true, "ultimately": true, "finally": true, "probably": true, "ideally": true,
	"frankly": true, "honestly": true, "seriously": true, "nearly": true, "shortly": true, "equally": true}

// quote builds the output record.
func (p *postState) quote(reg *registry, f *field, a attr, text string, kind domain.QuoteKind, start, end int) domain.Quote {
	q := domain.Quote{Text: text, Kind: kind, Field: f.name, Start: start, End: end, Cue: a.cue}
	if kind == domain.QuoteScare || !a.has {
		return q
	}
	q.SpeakerMention = a.f.phrase(a.m.s, a.m.e)
	if notAName(q.SpeakerMention) {
		// "Meanwhile", "Don't", "Clearly": a capitalised word the cue
		// pattern took for a speaker; nobody is better than a word
		q.SpeakerMention = ""
		return q
	}
	if a.ent >= 0 {
		q.Speaker = reg.ents[a.ent].name
	}
	if a.f == f {
		s, e := a.f.span(a.m.s, a.m.e)
		q.SpeakerSpan = &domain.Span{Start: s, End: e}
	}
	return q
}

// findHeadline attributes headline quotations: a quotation repeated in
// the body takes the body's speaker; otherwise "Name: …", a name right
// before the marks, or a reporting verb in the headline decide.
func (p *postState) findHeadline(reg *registry, body []found) []found {
	f := p.fields[fHeadline]
	r := p.resolver(reg, fHeadline)
	var out []found
	for qi := range f.quotes {
		q := &f.quotes[qi]
		words := q.words(f.text)
		a := f.attribute(qi, nil)
		if a.has {
			a.ent = entityOf(r, a.m)
		} else if m, ok := f.headlineSpeaker(qi); ok {
			a = attr{has: true, m: m, f: f, ent: entityOf(r, m), cue: ":", tok: f.qOpen[qi]}
			if f.tok(m.e).text != ":" {
				a.cue = ""
			}
		}
		if b, ok := bestBodyMatch(words, body); ok && b.a.has && b.q.Speaker != "" {
			if !a.has || a.ent < 0 || reg.ents[a.ent].name != b.q.Speaker {
				if !a.has || !SameSpeaker(speakerName(reg, a), b.q.Speaker) || a.m.kind == mkRole || a.m.kind == mkIndef {
					ba := b.a
					ba.inherited = true
					if a.has && (a.m.kind == mkRole || a.m.kind == mkIndef || a.m.kind == mkOther) {
						// keep the headline's own mention ("MP"), with the body's speaker
						ba.m, ba.f = a.m, a.f
					}
					a = ba
				}
			}
		}
		kind := f.kindOf(qi, a)
		out = append(out, found{q: p.quote(reg, f, a, words, kind, q.start(), q.end()), a: a})
	}
	return out
}

func speakerName(reg *registry, a attr) string {
	if a.ent >= 0 {
		return reg.ents[a.ent].name
	}
	return ""
}

// headlineSpeaker finds "Name: …" at the start of a headline, or a name
// right before the quotation ("Kerry 'extremely concerned' …").
func (f *field) headlineSpeaker(qi int) (mention, bool) {
	open := f.qOpen[qi]
	for k := 1; k < open && k <= 6; k++ {
		if f.free(k) && f.tok(k).text == ":" {
			if m, ok := f.npBefore(k-1, 0); ok && m.s == 0 && m.kind != mkPronoun {
				return m, true
			}
		}
	}
	if open > 0 {
		if m, ok := f.npBefore(open-1, f.sentenceStart(open)); ok && (m.kind == mkPerson || m.kind == mkOther && len(m.name) == 1) {
			return m, true
		}
	}
	return mention{}, false
}

// bestBodyMatch finds the body quotation that repeats a headline's
// quoted words: one holds the other, or they share most words.
func bestBodyMatch(words string, body []found) (found, bool) {
	hk := keyWords(words)
	if len(hk) == 0 {
		return found{}, false
	}
	best, bestScore := -1, 0.0
	for i, b := range body {
		bk := keyWords(b.q.Text)
		if len(bk) == 0 {
			continue
		}
		score := 0.0
		switch {
		case containsSeq(bk, hk) || containsSeq(hk, bk) && len(bk) >= 2:
			score = 1
		default:
			score = TokenF1(hk, bk)
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 || bestScore < 0.5 {
		return found{}, false
	}
	return body[best], true
}

// containsSeq reports whether b occurs in a as a run of words.
func containsSeq(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := 0; i+len(b) <= len(a); i++ {
		ok := true
		for j := range b {
			if a[i+j] != b[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// TokenF1 is the F1 of the word multisets of a and b (0 when either is
// empty).
func TokenF1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	cnt := make(map[string]int, len(a))
	for _, w := range a {
		cnt[w]++
	}
	common := 0
	for _, w := range b {
		if cnt[w] > 0 {
			cnt[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(b))
	r := float64(common) / float64(len(a))
	return 2 * p * r / (p + r)
}

// loneTerm reports whether quotation qi is a word or two inside its
// sentence (termLike) that attribution a gives to a subject with no cue
// between the subject and the quotation.
func (f *field) loneTerm(qi int, a attr) bool {
	ts := f.quoteToks(qi)
	return wordCount(ts) <= 2 && f.termLike(qi, ts) && a.f == f && a.m.e <= f.qOpen[qi] && !f.cueBetween(a.m.e, f.qOpen[qi])
}

// personAt reports whether entity id of r may be a person: a personal
// name or a description of one person, not a body, a place or a group.
func personAt(r *resolver, id int) bool {
	return id >= 0 && r.reg.ents[id].personal()
}
