package entity

import "strings"

// The word lists below are general English news vocabulary (titles,
// honorifics, function words; nations are lang.Nation's), not names from any corpus.

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// roleHeads are the nouns a title or role ends in (singular, lower case).
var roleHeads = set(`president vice-president president-elect secretary secretary-general
	minister chancellor premier mp mep msp mla senator sen. congressman congresswoman
	representative rep. governor gov. mayor ambassador envoy diplomat official spokesman
	spokeswoman spokesperson leader chairman chairwoman chairperson chair chief director
	commander general gen. admiral adm. adm colonel col. col captain capt. capt lieutenant lt. lt sergeant sgt. sgt
	king queen prince princess emperor empress pope cardinal archbishop bishop rabbi imam
	cleric ayatollah judge justice attorney lawyer prosecutor ceo executive founder co-founder
	candidate nominee mediator negotiator coordinator commissioner councillor councilor councilman councilwoman
	councilmember alderman alderwoman auditor comptroller administrator
	lawmaker legislator deputy speaker whip adviser advisor aide correspondent reporter editor
	journalist columnist professor prof. coach manager treasurer inspector superintendent
	sheriff marshal officer activist campaigner monarch dictator strongman counsel economist
	analyst governor-general viceroy emir sultan crown chief-executive head-of-state
	historian novelist author writer scientist researcher
	peer baroness baron duke duchess earl viscount
	corporal cpl. cpl trooper gunner sapper rifleman guardsman bombardier airman`)

// rankModifiers open a military rank of two words ("Lance Corporal",
// "Staff Sergeant"); the tagger may take the first for a given name.
// militaryRanks are the ranks that are no one's name written alone.
var (
	rankModifiers = set(`lance staff master warrant petty`)
	militaryRanks = set(`corporal cpl. cpl sergeant sgt. sgt trooper sapper rifleman guardsman bombardier
		lieutenant lt. lt colonel col. col brigadier`)
)

// agentHeads are the roles of people who act or speak for someone else,
// and serviceHeads those and the other roles held in someone's service:
// in "a spokesman for Democratic candidate Ann Reyes" the title of the
// name is only what follows "for".
var (
	agentHeads   = set(`spokesman spokeswoman spokesperson aide adviser advisor counsel lawyer attorney strategist`)
	serviceHeads = set(`spokesman spokeswoman spokesperson aide adviser advisor counsel lawyer attorney strategist
		manager chairman chairwoman chairperson chair director coordinator treasurer secretary`)
)

// verbHeads are role heads that are also verbs ("would counsel Reyes",
// "to judge Lee"), and verbBefore the words that make them verbs.
var (
	verbHeads  = set(`counsel judge chair coach whip crown marshal captain head`)
	verbBefore = set(`to would will could should can may might must not never did does do`)
)

// roleModifiers are lower-case words that may precede a role head inside
// a title ("former cabinet minister", "top diplomat").
var roleModifiers = set(`former then ex ex- acting interim deputy vice assistant associate senior
	junior top chief shadow foreign home defence defense interior justice health education
	finance trade energy environment culture transport development international state cabinet
	prime first permanent special general executive managing press federal national regional
	local opposition party human rights security intelligence military army navy police white
	house economic affairs commerce labor labour treasury agriculture housing communities
	business industry digital media sport northern european veteran longtime outgoing incoming
	current sitting backbench frontbench ruling lead principal joint presidential parliamentary
	legal communications political public high supreme court government union de facto
	world brexit exchequer work pensions immigration climate cyber counter-terrorism
	terrorism humanitarian peace middle east foreign-policy policy campaign
	financial operating technology information marketing medical technical scientific investment
	strategy creative compliance risk`)

// postTitles follow a name as a role: "Andrew Mitchell MP".
var postTitles = set(`MP MEP MSP MLA AM QC KC TD`)

// capStop are capitalised words that never belong to a title before a
// name: function words, pronouns, days and months, sentence openers.
var capStop = set(`The A An This That These Those His Her Their Its Our My Your After Before Dear
	In On At As When While But And Or If So Then Meanwhile Speaking Asked According Following
	During Since Until For From With Without By To Of Under Over Also Yet Now Today Yesterday
	Tomorrow It He She They We I You There Here Where What Who Why How Last Next Earlier Later
	Both All Some Many Several Each Every Other Another Such Even Still Just Only However
	Although Though Because Despite Among Amid Against Between Including Like Unlike Yes No Not
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
	June July August September October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb
	Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Credit Photograph Picture Photo Image Video Watch
	Read Live Update Updates Breaking Comment Exclusive Analysis Opinion Editorial Dear Said Says
	Told Added Mr Mrs Ms Dr Is Are Was Were Does Did Has Have Had Can Could Should Would
	` + sentenceOpenerWords)

// sentenceOpeners are capitalised words that open a sentence and never a
// name ("Besides Transocean, …", "Meanwhile BP said"): a name the tagger
// began with one begins after it. (Not "Beyond", "Once", "Still" or
// "Indeed", which open names too: "Beyond Meat", "Once Upon a Time".)
var sentenceOpeners = set(sentenceOpenerWords)

const sentenceOpenerWords = `Besides Unless Whether Thus Hence Instead Moreover Furthermore Nevertheless Otherwise
	Therefore Whereas Meanwhile Although Though Because Despite Amid Also However Yet Following Including
	Unlike According`

// prepositions before a mention make it a non-subject: "the failure by
// US President Obama".
var prepositions = set(`of by to with for from against on at in into about between than like
	toward towards over under through via upon within without among amid onto behind beyond`)

// clauseOpeners may stand just before a clause's subject: "…, the
// minister", "and the senator", a quotation's closing mark ('"…," the
// lawmaker, who …, told them'), an inverted attribution's "said the
// president, who …", an apposition's "Cardinal Ann Reyes, then (or
// formerly) the archbishop of Glenford,".
var clauseOpeners = set(`, ; : ( -- — – " “ ” ' ‘ ’ and but while as when because although though if so
	then now formerly once previously
	said says added adds asked asks wrote writes explained explains noted notes recalled recalls continued`)

// subjectNext are words that follow a subject: speech verbs, auxiliaries
// and adverbs ("the foreign secretary said", "the US official however
// claimed").
var subjectNext = set(`said says say told tells tell has had have is was will would could can
	may might must should did does do also however then who later earlier now still again
	added adds warned warns urged urges argued argues insisted insists noted notes claimed
	claims believes believed thinks thought wrote writes explained explains stressed
	criticised criticized continued continues called calls accused accuses praised praises
	admitted admits announced announces declared declares suggested suggests responded
	responds replied replies acknowledged conceded confirmed denied denies met meets spoke
	speaks visited visits went goes arrived arrives left leaves`)

// determiners open a role-only mention ("the foreign secretary", "an MP").
var determiners = set(`the The a an A An`)

// agencyWords end the names of news agencies and newsrooms.
var agencyWords = set("press news agency wire wires staff service network bureau desk")
