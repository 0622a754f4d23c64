package lang

import "strings"

// The reporting verbs were chosen by counting the words of the Cue spans
// of the PolNeAR training split (internal/eval/polnear; 22,501
// attributions), keeping verbs seen at least four times that report
// speech, writing, judgement or belief, and adding their inflections (and
// a few verbs of the same kind seen in other news: deride, ridicule, moan,
// intone, beg).
// Rerun the count with `go test ./internal/eval/polnear -run TestCueCounts
// -v` (it prints the most frequent cue words) when extending the list.

// verbForms builds the forms of verbs given as "lemma" (a regular
// verb: its -s, -ed and -ing forms are added) or as
// "lemma/third/past/ing" forms when irregular.
func verbForms(spec string) map[string]bool {
	m := make(map[string]bool)
	for _, v := range strings.Fields(spec) {
		if strings.Contains(v, "/") {
			for _, f := range strings.Split(v, "/") {
				m[f] = true
			}
			continue
		}
		m[v] = true
		switch {
		case strings.HasSuffix(v, "e"):
			m[v+"s"], m[v+"d"], m[v[:len(v)-1]+"ing"] = true, true, true
		case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
			m[v[:len(v)-1]+"ies"], m[v[:len(v)-1]+"ied"], m[v+"ing"] = true, true, true
		case strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "x"):
			m[v+"es"], m[v+"ed"], m[v+"ing"] = true, true, true
		default:
			m[v+"s"], m[v+"ed"], m[v+"ing"] = true, true, true
		}
	}
	return m
}

// reportingVerbs are the verbs that report speech, writing, judgement or
// belief, in all their forms.
var reportingVerbs = verbForms(`
say/says/said/saying tell/tells/told/telling write/writes/wrote/written/writing
speak/speaks/spoke/spoken/speaking think/thinks/thought/thinking
add ask note argue claim report announce suggest explain declare state insist warn
continue tweet retweet describe call criticise criticize accuse urge praise admit/admits/admitted/admitting
acknowledge respond reply answer recall promise pledge vow predict stress emphasise emphasize
reiterate repeat confirm deny concede complain conclude comment remark observe mention
allege assert maintain contend joke quip/quips/quipped/quipping boast brag/brags/bragged/bragging lament decry denounce condemn
blast slam/slams/slammed/slamming mock dismiss reject question wonder post reveal disclose testify
cite recount shout yell chant exclaim cry plead demand propose proclaim affirm advise
agree counter interject muse speculate estimate hint imply indicate signal/signals/signaled/signalled/signaling
threaten thank congratulate label/labels/labeled/labelled/labeling/labelling brand dub/dubs/dubbed/dubbing
liken characterise characterize portray lambast rail tout hail applaud believe want hope fear deride ridicule intone beg/begs/begged/begging
worry doubt charge email/emails/emailed/emailing caution remind inform assure vent moan
concur retort scoff snap/snaps/snapped groan sigh whisper mutter insist rebut/rebuts/rebutted
recommend refute acknowledge protest object/objects/objected/objecting persevere
read/reads sing/sings/sang/singing rap/raps/rapped/rapping type remember point
`)

// ReportingVerb reports whether a lower-case word is a form of a verb
// that reports speech, writing, judgement or belief ("said", "tweeted",
// "argues", "warning"): the cue of an attribution.
func ReportingVerb(w string) bool { return reportingVerbs[w] }

// Complementizer reports whether a lower-case word opens a clause that a
// reporting verb before it reports ("said that …", "asked whether …",
// "says that if …"): the subject of that clause is spoken of.
func Complementizer(w string) bool { return w == "that" || w == "whether" || w == "if" }

// HeadlineVerb reports a lower-cased verb of the third person that
// title-case runs (headlines, films' titles) hold and names never do:
// "Mr Smith Goes to Washington", "Reyes Vows Reform". A run of
// capitalised words ends before one.
func HeadlineVerb(w string) bool { return headlineVerbs[w] }

var headlineVerbs = wordSet(`goes says gets takes comes meets wins loses makes faces wants tells calls sees
	vows slams urges warns outlines unveils announces defends rejects admits denies blames pledges promises
	insists resigns quits apologises apologizes concedes launches threatens accuses praises criticises
	criticizes demands sues hails defies asks orders seeks signs vetoes`)

// PastForm reports a past tense or participle: a regular one ("-ed") or a
// common irregular one (IrregularPast).
func PastForm(w string) bool { return strings.HasSuffix(w, "ed") || irregularPast[w] }

// IrregularPast reports a common irregular past-tense verb ("went",
// "told", "wrote"; not "said", which callers name where it counts).
func IrregularPast(w string) bool { return irregularPast[w] }

var irregularPast = wordSet(`went made took gave got came saw found put ran left kept held brought felt knew began became won
lost paid met led stood sat heard meant set fell built sold bought caught fought taught chose drove rose broke spent
sent struck drew threw wore hung shook understood withdrew forgave swore grew shot spoke wrote told
bore sought thought dealt lay fled hid flew overcame upheld undertook`)
