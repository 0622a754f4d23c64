package lang

import "strings"

// The vocabularies of person names: honorifics, particles, generational
// suffixes, the usual gender of common given names and the short forms of
// English given names. They are general English (and common foreign)
// name lore, not names from any corpus.

func wordSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// honorifics precede a name without being part of it.
var honorifics = wordSet(`mr mrs ms miss mx dr prof sir dame lord lady sheikh sheik sheikha rev fr
	mme mlle herr frau monsieur madame hon rt mr. mrs. ms. dr. prof. rev. fr. hon. rt.`)

// Honorific reports whether a lower-case word is an honorific ("mr",
// "Mrs." lower-cased, "sheikh").
func Honorific(w string) bool { return honorifics[w] }

// HonorificGender is the gender an honorific gives ('m' or 'f'), 0 for
// none ("Dr", "Prof").
func HonorificGender(w string) byte {
	switch strings.TrimSuffix(strings.ToLower(w), ".") {
	case "mr", "sir", "lord", "herr", "monsieur", "sheikh", "sheik":
		return 'm'
	case "mrs", "ms", "miss", "dame", "lady", "frau", "madame", "mme", "mlle", "sheikha":
		return 'f'
	}
	return 0
}

// particles are the lower-case words inside names: "al", "bin", "de", "van".
var particles = wordSet(`al el bin ibn bint de da di du van von der den le la del della dos das abu ter ten y`)

// Particle reports whether a lower-case word (a trailing hyphen or
// apostrophe aside: "al-", "d'") is a name particle.
func Particle(w string) bool {
	return particles[strings.TrimSuffix(strings.TrimSuffix(w, "-"), "'")]
}

// suffixes are generational suffixes: "George Hale Jr." is not George
// Hale.
var suffixes = wordSet(`jr sr ii iii iv`)

// Surname returns the surname among a written name's words: the last
// word, or the word before a generational suffix ("Patrick Carlineo Jr."
// is "Carlineo"), "" for no words.
func Surname(words []string) string {
	n := len(words)
	for n > 1 && NameSuffix(strings.TrimRight(words[n-1], ",")) {
		n--
	}
	if n == 0 {
		return ""
	}
	return words[n-1]
}

// NameSuffix reports whether a word is a generational suffix ("Jr.",
// "Sr", "III").
func NameSuffix(w string) bool {
	return suffixes[strings.TrimSuffix(strings.ToLower(w), ".")]
}

// givenGender holds common given names with their usual gender, 0 for a
// name given to both sexes.
var givenGender = func() map[string]byte {
	m := make(map[string]byte)
	for _, w := range strings.Fields(`aaron adam adrian ahmed alan albert alexander alexei ali andrew andrei andy
anthony antonio arthur barack ben benjamin bernard bernie bill billy bob boris brad bradley brandon brian bruce
bryan carl carlos charles charlie chris christian christopher chuck colin craig dan daniel danny darren dave david
dennis derek dick dmitry don donald doug douglas duncan dwight ed eddie edward elijah emmanuel eric erik evan
francis francisco frank fred frederick gary gavin geoffrey george gerald gordon graham greg gregory hamid harold
harry hassan henry howard hugh hussein ian igor isaac ivan jack jacob jake james jared jason jean-claude
jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian
justin karl keith ken kenneth kevin kofi kurt larry lawrence leon leonard liam louis luis marco marcus mark
martin matt matthew max michael mike mitch mitt mohammed mohammad muhammad nathan neil nicholas nick nigel noah
oliver omar oscar owen patrick paul pedro pete peter philip phil rahm ralph rand randy ray raymond reince richard
rick rob robert roger ron ronald rudy rupert russell ryan samuel scott sean sergei sergey simon stanley stephen
steve steven stuart ted thomas nicolas tim timothy todd tom tommy tony vladimir walter wayne william willie
xi yusuf zach
abdel abdul abdullah abdallah abraham ahmad ahmet akbar alaa alain alberto alejandro alessandro alfonso alfredo
alvaro amit amr anatoly andres anil anwar armando arnold arturo arun ashok ashraf avigdor ayman barry bashar benedict
calvin carlo cesar christophe claudio clifford clint cyril didier dieter diego dmitri edwin eduardo ehud emilio
enrico enrique ernesto essam esteban etienne eugene evgeny fabio fahd faisal farouk federico felipe felix fernando
fouad francois franco fritz gamal gennady gerard gerardo gerhard gianni gilberto giorgio giovanni giuseppe goodluck
guido guillermo gustavo habib hamad hamdi hamza hani hans hazem hector heinz helmut henri herbert hisham horst hosni
hussain ibrahim ignacio jacques jaime jamal javier jean-marc jean-pierre jens jesse jinping joachim joao joaquin
jurgen kamal kenji khaled khalid klaus laurent leonid leonardo lionel lorenzo luca luigi luiz mahmoud mahmud
malcolm manfred manmohan manuel marcel marcelo mario markus marwan massimo matteo matthias mauricio maurice mauro
mehmet melvin michel miguel mikhail mohamed moshe mostafa muhammadu mustafa nabil narendra nasser nikolai nouri
nuri octavio olusegun oleg olivier osama pablo paolo pascal paulo pavel petro philippe pierre pietro pranab qasim
rafael rahul rainer raj rajiv ramon rashid raul recep reggie rene reza ricardo roberto rodrigo rogelio saad sabri
saddam salah salim salvatore samir sami sanjay sergio sherif shimon shinzo sigmar silvio stefan stefano suleiman
sunil tarek tariq tayyip thabo thierry thorsten tomas ulrich umberto uwe vicente viktor vijay vincent vitaly
vittorio volker volodymyr wael walid wolfgang yasser yevgeny yitzhak youssef yuri yves ziad
allen alvin brett bryce clarence cody curtis dale darrell dean dustin dwayne dylan edgar elliott ernest gene glenn
harvey herman jerome kirk kyle leroy lloyd luke marshall marvin micah milton nathaniel neal norman otis perry
phillip quentin rodney ross roy seth shane sheldon spencer troy tyler vernon victor vince warren wesley zachary`) {
		m[w] = 'm'
	}
	for _, w := range strings.Fields(`abigail alexandra alice alison amanda amy andrea angela angelina ann anna anne barbara betty betsy beverly brenda
carly carol caroline catherine charlotte chelsea cheryl christina christine claire cynthia debbie deborah denise
diana diane donna dorothy elaine eleanor elizabeth ellen emily emma eva evelyn fiona frances gillian gloria hannah
harriet heather heidi helen hillary huma ivanka jacqueline jane janet janice jennifer jessica jill joan joanna
judith judy julia julie karen kate katherine kathleen kathy kayleigh kellyanne kirsten laura lauren linda
lisa liz lois lori louise lucy madeleine margaret maria marie marine martha mary megan melania melissa
michelle michele monica nancy natalie nicola nikki nina olivia pamela patricia paula penny priti rachel rebecca
rose ruth sally samantha sandra sara sarah sharon sheila shirley sophie stephanie susan susanne suzanne tammy tara
teresa tina tulsi valerie victoria virginia wendy yvette yvonne zoe theresa
adriana agnes aisha alejandra alicia allison amina anastasia angelica audrey beatriz birgit brigitte camila carla
carmen catalina celine claudia cristina daniela ekaterina elena erica esther fatima francesca francoise gabriela
gisela giulia giovanna heike helene ingrid irena irene irina isabel isabelle josephine joyce juana layla leila
leticia lucia luisa lyudmila ludmila mamata mariam marisol martine maryam melanie mercedes miriam nadia naomi
natalia natasha nathalie noura olga paola petra phyllis priyanka rania rhonda rita sabine samira segolene silvia
simone sofia sonia sushma svetlana sylvie tatiana tatyana ursula valentina veronica veronique yasmin yulia zainab
abby alexis ashley becky bonnie brittany candace carrie cathy cindy colleen connie courtney debra dolores doris
edith eileen erin gail gina gwen jenny joanne jodi katie kristen kristin laurie lillian loretta lorraine maggie
marcia marilyn marjorie marsha maureen molly nora norma peggy regina renee rosemary sue sylvia tanya terri tiffany
vanessa vicki wanda`) {
		m[w] = 'f'
	}
	// more names met in British, American and Middle Eastern news (only
	// names that are no common English word, place or firm)
	for _, w := range strings.Fields(`adel adnan alastair alistair alfred allan alun amir angus antony arne barney bart
byron clive damian damon denis dermot desmond dominic eamonn eliot emile euan ewan ezra fareed fergus fidel fraser
gareth geoff gerry giles graeme hamish hasan hossam hugo iain imran iyad jonas karim karol kemal kieran lamar
lars leo lyle lyndon malik marc mervyn najib neville niall nic rhys rory rowan seamus seymour shaun shawn sidney
thad theodore toby trevor tristan vaughan wes wilfred winston zine
abdelaziz abdelbaset abid aidan aiden akira alec alonso alonzo amadou amin antonin ari aris armin arjun asif axel
bahman bashir benito bilal bjorn braden brendan bret burnell camilo christoph clifton cornel curt dante daren darin
darryl daryl declan dexter dietrich dilip dinesh dino domenic eli elliot elmer emad emmet enzo ethan fabrice fadel
farhad fawaz ferdinand fethullah filippo frederic frederik fredrik fuad gaetan geert geir geraint ghassan ghazi
giancarlo gianfranco gilad gilbert giulio gonzalo grahame gregor gunter gunther hadi hafez haider hakeem hakim
harun hatem hideo hiroyuki hossein humayun humberto idris ihab ilya ingmar irving irwin isaiah ismail issam ivo jalal
jarvis jay jed jermaine joerg johan jonah joschka juergen julio julius junaid kelvin khalil kingsley konrad kristian
lajos lakhdar lanny leonel lester llewellyn lou lowell luther mahathir mahesh majid mamoun mariano marlon marty masoud
matei maury mehdi melvyn merrick milo milovan mohamad mokhtar monte moqtada moustafa muqtada naguib nassim nate nestor
newt niels nikita nitin noam norbert norberto nouriel orson osman othman pervaiz pervez petros rafik raphael ramin
rashad ravi reuben robby roland rolf rudolph saeb saeed sajid salman sameh samer sandeep sebastian serhiy shadi
shehzad sherrod solomon syed taha tareq terence teddy thaksin theodor tobias travis trey tyrone vikram waleed wassim
woodrow xavier yakov yaser yehya yousef yusef zafar zalmay zoltan`) {
		m[w] = 'm'
	}
	for _, w := range strings.Fields(`adrienne annette anita arlene bernadette candice carolyn cherie christy clare colette
darlene davina dianne dina eliza elisa felicity gemma georgina gretchen hala huda jacqui janine jeanne juliet kelli
kimberly kirsty kristina lydia manal marlene maura meredith mona nadine nicole noreen pam pauline polly rachael roberta
sabrina salma sheryl siobhan sonya stacy tamara tessa thelma vera wilma yolanda zeinab
ada adela adele aida alia amira angelique angie annamaria arianna ava benita bette bianca bridget brigid caitlyn
carole cecile cecilia charlene christa christi christiane clara condoleezza daphne dayana deidre demi dena edwina
elise esme farhana fatma felicia gabrielle geraldine gladys gracie hanan heba helena hilda huguette inga isha isobel
jayne jenna jillian joanie joni juanita julianne kamala karla katja kathrin kendra khadija kimberley kristine kyla
lara lina lourdes louisa luann luciana madeline madonna mariana marla marta maya mayra megyn melanne mia
michaela mikaela mimi mindy miranda monika monique myra nargis nell noha norah olympia paloma patti paulette raina
randi reham rebekah renate rima rosie roxana sahar saskia serena shelley shirin souad stacey susana susannah tammie
tia tori trish vivien whitney yasmeen zeynep`) {
		m[w] = 'f'
	}
	// more names common in news from many countries (none a common
	// English word or a place, which would make "Savannah Port" or
	// "Grace Church" someone's name)
	for _, w := range strings.Fields(`ajay anders arkady arvind avraham bogdan bruno chinedu chukwuma deepak eitan emeka femi florian francesco
grzegorz gunnar henrik hiroshi jakub kazuo konstantin krzysztof kwame kwesi lukas lukasz magnus makoto manoj
marek mateo michal nils obinna olaf oluwaseun pawel piotr pyotr rajesh ramesh riccardo ruslan satoshi seun
shlomo stanislav suresh sven takeshi thiago tiago timur tomasz torsten tunde ulf vadim vladislav wojciech
yosef`) {
		m[w] = 'm'
	}
	for _, w := range strings.Fields(`abena adeline adwoa agnieszka aiko akiko akosua alessandra amara amelia ananya andreea anke annika ariana
astrid britt chiara chioma chloe dalia daria efua eliana ella ellie emilia ewa farah federica fernanda folake
freya funmilayo gabriella galina gudrun hana hanna haruka helga hiroko ilona ines ioana isabella jana karin
katarzyna katya kaylee keiko leah lena lenka madelyn magdalena malgorzata marina martina mihaela naoko ngozi
noa noor oksana pilar priya renata rivka rocio shira sigrid simona sophia talia tamar tereza ulrike valeria
veronika vivian wanjiru ximena yael yelena yetunde yoko zoey zofia`) {
		m[w] = 'f'
	}
	// given to both sexes: a known name of no gender ("Kim Lee" may be
	// the "Mrs. Lee" met later). "Chris" stays a man's: with no gender a
	// governor "Chris Christie", subject before a woman's "she", took
	// that "she" and lost his own quotes (two PolNeAR speakers).
	for _, w := range strings.Fields(`alex casey dana jamie jean jody jordan kelly kim lee leslie lynn marion
morgan pat robin sam taylor terry hilary tracy lindsay lindsey`) {
		m[w] = 0
	}
	return m
}()

// GivenGender is the usual gender of a given name ('m' or 'f'), 0 when
// the name is not a common one or is given to both.
func GivenGender(name string) byte {
	return givenGender[strings.ToLower(name)]
}

// KnownGivenName reports whether a word is a common given name or the
// short form of one ("Ruth", "Bill"), in any case.
func KnownGivenName(w string) bool {
	w = strings.ToLower(w)
	_, given := givenGender[w]
	_, short := shortForms[w]
	return given || short
}

// shortForms maps the usual short forms of English given names to the
// full name (one full name each: "Chris", "Alex" or "Sam" may shorten a
// man's or a woman's name and are left out).
var shortForms = func() map[string]string {
	m := make(map[string]string)
	for _, line := range strings.Split(`william: bill billy will willy
		robert: bob bobby rob robbie
		richard: dick rick ricky rich richie
		james: jim jimmy
		joseph: joe joey
		thomas: tom tommy
		michael: mike mikey mick mickey
		david: dave davy
		daniel: dan danny
		edward: ed eddie
		stephen: steve steven
		anthony: tony
		andrew: andy
		matthew: matt
		nicholas: nick
		benjamin: ben benny
		charles: charlie chuck
		lawrence: larry laurence
		leonard: len lenny
		jeffrey: jeff geoffrey
		gregory: greg
		timothy: tim timmy
		kenneth: ken kenny
		donald: don donny
		ronald: ron ronnie
		douglas: doug
		philip: phil phillip
		peter: pete
		frederick: fred freddie
		henry: hank
		john: jack johnny
		jacob: jake
		joshua: josh
		zachary: zach zack
		walter: walt
		eugene: gene
		stanley: stan
		vincent: vince
		raymond: ray
		russell: russ
		abraham: abe
		mitchell: mitch
		elizabeth: liz lizzie beth betsy betty libby
		catherine: kate kathy katie cathy katherine kathryn
		margaret: peggy maggie meg
		susan: sue susie
		deborah: debbie debra deb
		jennifer: jenny jen
		rebecca: becky
		patricia: patty
		judith: judy
		barbara: barb
		victoria: vicky
		cynthia: cindy
		amanda: mandy
		jacqueline: jackie`, "\n") {
		full, short, _ := strings.Cut(line, ":")
		full = strings.TrimSpace(full)
		for _, w := range strings.Fields(short) {
			m[w] = full
		}
	}
	return m
}()

// GivenName is the form a given name is compared in: lower case, a short
// form as its full name ("Joe" is "joseph", "Liz" is "elizabeth"), and
// spelling variants folded (see PersonKey).
func GivenName(w string) string {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if full, ok := shortForms[w]; ok {
		w = full
	}
	return foldLetters(w)
}

// SameGivenName reports whether two given names may be one person's:
// equal in their compared form (GivenName), or one an initial of the
// other ("J." for "John"). An empty name matches any.
func SameGivenName(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if a == "" || b == "" {
		return true
	}
	if len([]rune(a)) == 1 || len([]rune(b)) == 1 {
		return strings.EqualFold(string([]rune(a)[0]), string([]rune(b)[0]))
	}
	return GivenName(a) == GivenName(b)
}

// kinWords name a relative: "his daughter, Maya Lund".
var kinWords = wordSet(`wife husband daughter son mother father brother sister widow widower
	grandson granddaughter grandmother grandfather niece nephew aunt uncle cousin
	girlfriend boyfriend fiancee fiancée fiance stepson stepdaughter stepfather stepmother`)

// Kin reports whether a lower-case word names a relative ("wife",
// "nephew"): someone other than the person named with them.
func Kin(w string) bool { return kinWords[w] }

// NameEndsInS reports whether an "'s" closing a name may belong to the
// name ("Moody's", "Sotheby's") rather than mark a possessive, judging
// by the word after it, next: a possessive goes on with what is
// possessed ("Moody's outlook", "Moody's report said", "BP's stated
// aim"), while a name is followed by its verb, an adverb before the
// verb, punctuation or nothing ("Moody's said", "Moody's also cut",
// "rated by Moody's."). Only words that are never nouns or adjectives
// count: "said", "says", "told", "wrote", "also" and the auxiliaries.
func NameEndsInS(next string) bool {
	switch next {
	case "", ",", ".", ";", ":", ")", "!", "?":
		return true
	}
	return nameSVerbs[strings.ToLower(next)]
}

// nameSVerbs follow a name ending in "'s" where no possessed noun could.
var nameSVerbs = wordSet(`said says told tells wrote writes also is was has had will would can could may
	might should must does did`)

// PlaceBased reports a place's "-based" premodifier, lower-case
// ("texas-based", "u.s.-based", "london-headquartered"): the name after
// it is a body's ("Texas-based Anadarko"), and the premodifier is no
// part of that name.
func PlaceBased(w string) bool {
	for _, suf := range []string{"-based", "-headquartered"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// StormWord reports a word that comes before a storm's name ("Hurricane
// Katrina", "Tropical Storm Alex"), which is no person's; in lower case.
func StormWord(w string) bool { return stormWords[w] }

var stormWords = map[string]bool{"hurricane": true, "hurricanes": true, "storm": true, "typhoon": true, "cyclone": true}
