package quote

import (
	"strings"

	"github.com/dateline-news/dateline/internal/lang"
)

// Word lists. They are read-only after package initialisation.
func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// participleCues never carry their own subject ("saying", "adding").
func participleCue(w string) bool { return strings.HasSuffix(w, "ing") }

// subjectPronouns can be the subjects of reporting verbs.
var subjectPronouns = set("i we you he she it they")

// titleWords are the titles that precede (or follow) a person's name and
// are not part of it; the honorifics among them are lang.Honorific's.
var titleWords = set(`coach professor reverend father
sen senator rep representative gov governor lt gen general col colonel maj capt captain adm admiral sgt cmdr
pte pvt cpl corporal spc
president vice secretary minister chancellor premier mayor judge justice ambassador envoy commissioner
chairman chairwoman chair director spokesman spokeswoman spokesperson leader speaker king queen prince princess
pope shaikh emir ayatollah cardinal archbishop bishop mp mep mps congressman congresswoman councillor councilman administrator superintendent comptroller
councilwoman attorney prosecutor sheriff chief deputy assistant shadow foreign prime state defence defense home interior
development international health education treasury finance trade energy environment former acting interim
first candidate nominee democratic republican democrat labour tory conservative liberal gop independent
national security adviser advisor press executive ceo chief senior top official head
officer operating financial commander inspector superintendent detective constable corporal trooper
house senate majority minority whip cabinet junior federal supreme high
u.s us uk u.k un u.n eu`)

// isNationality reports a nationality adjective: a listed demonym
// (lang.Demonym), or a word that looks like one by its ending.
func isNationality(w string) bool {
	if lang.Demonym(w) {
		return true
	}
	return len(w) > 5 && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean")) && !roleNouns[w]
}

// folkNoun reports a singular noun for someone who may be quoted
// without a name ("one Facebook commenter", "a fisherman", "a
// stockbroker"): a person by occupation or circumstance
// (lang.Occupation), or one of speakingAgents. (The agent suffixes alone
// say too little for a singular noun: "a computer", "the remainder".)
func folkNoun(w string) bool {
	return lang.Occupation(w) || speakingAgents[w]
}

// speakingAgents are agents that may be a person or a firm ("a
// broadcaster", "the owner"): either may speak.
var speakingAgents = set(`trader broker stockbroker customer consumer user owner contractor subcontractor broadcaster`)

// roleNouns head descriptions that stand for a person or a group of
// people ("the US official", "a ministry spokesman", "the backbench MP").
var roleNouns = set(`spokesman spokeswoman spokesperson spokespeople official officials diplomat diplomats minister ministers
secretary president senator senators governor mayor mp mps mep lawmaker lawmakers legislator congressman congresswoman congressmen congresswomen leader leaders
chairman chairwoman chair co-chair co-chairs co-chairman co-chairwoman aide aides adviser advisers advisor advisors envoy ambassador candidate candidates nominee
source sources analyst analysts expert experts critic critics supporter supporters director chief executive ceo head
commander general prosecutor prosecutors attorney judge lawyer lawyers economist economists pollster pollsters strategist
strategists manager operative operatives consultant activist activists organizer organizers researcher researchers
scientist scientists doctor doctors officer officers police spokesmen spokeswomen representative representatives
member members residents resident voter voters worker workers veteran veterans witness witnesses observer observers
campaign administration government embassy ministry department agency committee council party team group court
statement report chancellor premier king queen prince princess pope cleric negotiator negotiators mediator
president-elect nominee chairperson founder owner host anchor reporter columnist journalist editor author writer
man woman men women mother father son daughter wife husband brother sister friend student students teacher official
insider insiders delegate delegates commentator commentators historian historians novelist novelists commandant`)

// groupRoles head descriptions of organisations rather than people.
var groupRoles = set("campaign administration government embassy ministry department agency committee council party team group court statement report police")

// lawWords end the names of laws and treaties, which no one is: "the
// Official Secrets Act".
var lawWords = set("act treaty accord accords protocol convention")

// orgKeywords mark a capitalised name as an organisation (newspapers'
// nameplates among them, so that "the Philippine Star" keeps its country).
var orgKeywords = set(`embassy ministry department office committee commission council party campaign agency court
house senate congress parliament assembly government administration army navy police force forces corps university
college institute institution foundation association union league network news times post journal tribune herald
telegraph guardian gazette review magazine press radio tv television bank fund group company corp corporation inc ltd
llc co organisation organization center centre service services bureau authority board coalition alliance movement
front brigade brigades kremlin pentagon whitehall nato isis isil fbi cia nsa un eu reuters ap afp bbc cnn nbc abc cbs
fox msnbc npr pac forum club society trust federation church mosque hospital school commons lords
reserve guard chamber exchange panel tribunal centers centres star daily observer inquirer chronicle sentinel examiner bulletin`)

// nonNames are capitalised words that do not start or make names.
var nonNames = set(`the a an in on at by for from of to with and or but nor so yet as if when while after before since
until because although though however meanwhile earlier later then now today yesterday tomorrow this that these those
there here his her their its our my your he she it they we i you who what which where why how speaking following
according asked despite during under over about against among between into through without within also still even
just only not no yes one two three some many more most all both each every other another such neither either
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december sept jan feb mar apr jun jul aug sep oct nov dec
mr mrs ms dr sir last next could would should must might shall amid amidst ah oh hey wow alas`)

// determiners open a noun phrase.
var determiners = set("the a an this that these those his her its their our my your another one some several many any each every no two three four five both")

// indefinites open a description that introduces someone new.
var indefinites = set("a an another one some several two three four five many")

// adverbs that may stand between a subject and its verb.
var midAdverbs = set(`also later then however previously recently once again further finally earlier repeatedly
reportedly publicly privately first last initially subsequently separately similarly likewise already
still even simply often never always had has have is was were are will would did does do had been has nevertheless nonetheless
could can should might must may
just only quickly immediately promptly angrily flatly bluntly sharply now`)

// verbSigns mark a clause: auxiliaries, copulas and modals.
var verbSigns = set(`is are was were am be been being has have had will would can could shall should may might must
do does did don't doesn't didn't won't can't cannot isn't aren't wasn't weren't hasn't haven't hadn't
wouldn't couldn't shouldn't mustn't ain't don’t doesn’t didn’t won’t can’t isn’t aren’t wasn’t weren’t
hasn’t haven’t hadn’t wouldn’t couldn’t shouldn’t need needs want wants think thinks believe know knows
going gonna get gets got go goes went make makes made let says said see sees saw feel feels like likes love loves hate
seem seems seemed look looks looked come comes came take takes took give gives gave keep keeps kept tell tells told
happen happens happened mean means meant`)

// relativeWords open a subordinate clause whose verb does not make the
// quotation a clause of its own.
var relativeWords = set("which who whom whose that where when what whatever whoever")

// fragmentStarts begin quotations that are fragments, not clauses.
var fragmentStarts = set("to as who whom whose which where when than like of for from with by in on at into about")

// scareCues precede marks that label rather than report.
var scareCues = set("so-called self-styled self-proclaimed self-described self-declared quote-unquote titled entitled headlined dubbed nicknamed hashtag")

// workNouns precede the titles of works ("the book “Fear”").
var workNouns = set(`book books film films movie movies picture show shows program programme series documentary song songs album segment
article articles column op-ed essay episode headline slogan play novel memoir podcast report magazine newspaper
website site blog poem campaign ad ads advert advertisement hashtag video page sitcom sitcoms drama dramas comedy
musical opera libretto sketch analysis editorial tune tunes anthem anthems hymn hymns ballad ballads`)

// abbreviations end with a period that does not end a sentence.
var abbreviations = set(`mr mrs ms dr prof rev sen rep gov gen lt col maj capt adm sgt cmdr st jr sr inc co corp ltd
no vs etc e.g i.e u.s u.k u.n a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec fr mt ft hon atty supt
d r i`)

// stateAbbreviations are the news agencies' short forms of the US states
// that a town's name takes after a comma ("Larose, La.", "Mobile, Ala.").
var stateAbbreviations = set(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
mont neb nev okla ore pa tenn tex vt va wash wis wyo`)
