package lang

import (
	"strings"
	"unicode"
)

// occupations are singular nouns for a person by what they do or what
// befell them ("a nurse", "a kayaker", "a survivor"): words a body is
// never called. (Words a firm may be called as well, "a contractor", "a
// trader", "the owner", "an investor", are left out.)
var occupations = wordSet(`nurse midwife paramedic doctor surgeon physician dentist pharmacist psychiatrist
	psychologist therapist vet veterinarian teacher lecturer professor tutor student pupil graduate
	lawyer solicitor barrister judge engineer scientist researcher historian archaeologist biologist
	geologist chemist physicist mathematician economist farmer rancher fisher fisherman fisherwoman
	labourer laborer mechanic electrician plumber carpenter welder miner logger trucker courier
	driver pilot sailor deckhand diver soldier marine sergeant firefighter policeman policewoman
	journalist reporter writer author poet novelist artist painter sculptor musician singer songwriter
	actor actress dancer photographer filmmaker architect accountant banker shopkeeper businessman
	businesswoman entrepreneur retiree pensioner veteran volunteer activist campaigner protester
	protestor demonstrator marcher resident villager neighbour neighbor commuter passenger tourist
	visitor refugee immigrant migrant widow widower priest pastor vicar imam rabbi cleric monk nun
	chef cook waiter waitress bartender cashier clerk guard technician programmer blogger commenter
	viewer reader listener caller fan supporter voter shopper homeowner tenant landlord survivor
	victim witness bystander onlooker teenager housewife homemaker carer caregiver nanny translator
	interpreter kayaker hunter climber runner athlete footballer cricketer coach referee mother father
	grandmother grandfather mum dad patient parent employee rescuer diner`)

// Occupation reports whether a lower-case singular noun names a person
// by occupation or circumstance ("nurse", "deckhand", "survivor"), or is
// a man or woman of some kind ("fisherman", "chairwoman").
func Occupation(w string) bool {
	if occupations[w] || w == "woman" || w == "man" {
		return true
	}
	return len(w) > 5 && (strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman")) && !notPeopleInMan[w]
}

// BodyOfGuards reports an occupation noun that, after the word before it,
// names a body rather than a person: "coast guard", "national guard",
// "Republican Guard" (but "security guard", "prison guard" are people).
func BodyOfGuards(before, w string) bool {
	return w == "guard" && (before == "coast" || before == "national" || before == "home" || before == "republican" || before == "revolutionary")
}

// OccupationAfter is Occupation for a noun read after the word before
// it ("" when none): "guard" after "coast" or "national" names a body
// (BodyOfGuards).
func OccupationAfter(before, w string) bool {
	return Occupation(w) && !BodyOfGuards(before, w)
}

// notPeopleInMan are words in -man that name no person.
var notPeopleInMan = wordSet(`ottoman talisman superman doberman`)

// DescribedAs returns the occupation a description set off after a name
// gives its bearer, reading the tokens that follow the name as written:
// ", a nurse", ", 44, a retired fisherman who", ", the deckhand"; "" if
// they give none. The description is a determiner and at most five
// lower-case words; lang.Occupation holds no word a body is called, so
// a name so described is a person's.
func DescribedAs(next []string) string {
	if len(next) < 3 || next[0] != "," {
		return ""
	}
	k := 1
	if len(next) > 3 && Digits(next[1]) && next[2] == "," {
		k = 3 // an age
	}
	if d := strings.ToLower(next[k]); d != "a" && d != "an" && d != "the" {
		return ""
	}
	for j := k + 1; j < len(next) && j <= k+5; j++ {
		w := next[j]
		if w == "" || !unicode.IsLetter([]rune(w)[0]) && !unicode.IsDigit([]rune(w)[0]) {
			return "" // punctuation closes it
		}
		if Occupation(w) && (j+1 == len(next) || DescriptionEnds(next[j+1])) {
			return w // the head, written in lower case: "a Reuters reporter", not "Nurse Ratched" nor "the coast guard commander"
		}
	}
	return ""
}

// Digits reports whether s is a run of ASCII digits ("44", "2010").
func Digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// offices are titles one person rarely holds two of at once: a US
// attorney general is not the US president. (An MP, official or
// diplomat may also be a minister.)
var offices = wordSet(`president vice-president president-elect secretary secretary-general minister
	chancellor premier governor mayor ambassador attorney judge justice ceo chairman
	chairwoman chairperson director commissioner speaker king queen pope emperor empress
	prime sultan emir governor-general`)

// Office reports whether a lower-case title names an office that one
// person rarely holds together with another ("mayor", "governor",
// "ceo").
func Office(w string) bool { return offices[w] }

// OtherOffice reports whether offices a and b are two offices no one
// person holds together ("mayor" and "minister"), as far as a title
// shows: a British secretary of state is a minister, and so is a
// chancellor.
func OtherOffice(a, b string) bool {
	if a == b || !offices[a] || !offices[b] {
		return false
	}
	return !(ministerial[a] && ministerial[b])
}

var ministerial = wordSet(`minister secretary chancellor premier prime`)

// DescriptionEnds reports a token after which a description's head has
// come: punctuation, a preposition or a relative pronoun ("a nurse
// who", "a fisherman from Larose").
func DescriptionEnds(w string) bool {
	if w == "" || !unicode.IsLetter([]rune(w)[0]) {
		return true
	}
	switch strings.ToLower(w) {
	case "who", "whose", "that", "from", "at", "in", "of", "with", "for", "on", "and", "based", "living", "working":
		return true
	}
	return false
}

// bodyNouns are singular nouns a firm or an organisation is called by
// what it is or does ("an agency", "the lender", "a rival carrier"):
// words no one person is called.
var bodyNouns = wordSet(`agency company firm bank lender insurer reinsurer airline carrier retailer
	supermarket grocer chain manufacturer carmaker automaker drugmaker chipmaker steelmaker planemaker
	conglomerate corporation utility newspaper charity organisation organization
	regulator watchdog brewer refiner railway railroad shipper exporter importer
	telecoms telecom startup start-up subsidiary consortium ministry department council committee
	union association foundation institute university hospital commission alliance federation league
	society coalition`)

// BodyNoun reports whether a lower-case singular noun names a firm or
// an organisation by what it is or does ("agency", "lender",
// "carmaker"), never a person.
func BodyNoun(w string) bool { return bodyNouns[w] }
