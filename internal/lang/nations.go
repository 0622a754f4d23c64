package lang

import "strings"

// nationTable lists nations: a key, then the lower-case words that name
// the nation (its names, capital, plural demonym), then after "|" its
// demonyms, the adjectives that qualify a person's title ("the Egyptian
// president"). Multi-word names are joined with "-". "Cuban" and
// "Jordan" name the nation but are not read as a nationality before a
// name: they are also surnames. The nations with demonyms only are known
// to Demonym, not yet to Nation.
const nationTable = `us: us u.s. u.s usa u.s.a. america americans united-states | american
uk: uk u.k. u.k britain great-britain united-kingdom england | british english
russia: russia russians moscow kremlin | russian
syria: syria syrians damascus | syrian
france: france paris | french
germany: germany berlin | german
qatar: qatar | qatari
china: china beijing | chinese
iran: iran tehran | iranian
iraq: iraq baghdad | iraqi
israel: israel | israeli
turkey: turkey ankara | turkish
saudi: saudi-arabia riyadh | saudi saudi-arabian
egypt: egypt cairo | egyptian
japan: japan tokyo | japanese
india: india | indian
pakistan: pakistan | pakistani
afghanistan: afghanistan | afghan
ukraine: ukraine kiev kyiv | ukrainian
italy: italy rome | italian
spain: spain madrid | spanish
canada: canada | canadian
australia: australia | australian
mexico: mexico | mexican
brazil: brazil | brazilian
jordan: jordan | jordanian
lebanon: lebanon | lebanese
libya: libya | libyan
yemen: yemen | yemeni
greece: greece | greek
poland: poland | polish
netherlands: netherlands | dutch
sweden: sweden | swedish
norway: norway | norwegian
ireland: ireland | irish
scotland: scotland | scottish
wales: wales | welsh
palestine: palestine palestinians | palestinian
korea: korea | korean
nigeria: nigeria | nigerian
kenya: kenya | kenyan
south-africa: south-africa | south-african
venezuela: venezuela | venezuelan
tunisia: tunisia tunis | tunisian
algeria: algeria algiers | algerian
ethiopia: ethiopia addis-ababa | ethiopian
zimbabwe: zimbabwe harare | zimbabwean
argentina: argentina buenos-aires | argentine argentinian
chile: chile | chilean
colombia: colombia bogota | colombian
peru: peru | peruvian
haiti: haiti | haitian
indonesia: indonesia jakarta | indonesian
philippines: philippines manila | filipino philippine
malaysia: malaysia kuala-lumpur | malaysian
austria: austria vienna | austrian
hungary: hungary budapest | hungarian
romania: romania bucharest | romanian
belarus: belarus minsk | belarusian
armenia: armenia yerevan | armenian
cuba: cuba cuban |
un: un u.n. united-nations |
eu: eu e.u. european-union |
nato: nato |
switzerland: | swiss
thailand: | thai
kuwait: | kuwaiti
oman: | omani
uae: | emirati
bahrain: | bahraini
somalia: | somali
bangladesh: | bangladeshi
nepal: | nepali
vietnam: | vietnamese
portugal: | portuguese
sudan: | sudanese
congo: | congolese
senegal: | senegalese
malta: | maltese
taiwan: | taiwanese
burma: | burmese
denmark: | danish
finland: | finnish
kurdistan: | kurdish
belgium: | flemish
czech: | czech
slovakia: | slovak
serbia: | serb
croatia: | croat
bosnia: | bosnian
europe: | european
west: | western
arab: | arab
africa: | african
dominican: | dominican
jamaica: | jamaican
morocco: | moroccan
uganda: | ugandan
tibet: | tibetan
rwanda: | rwandan
angola: | angolan
zambia: | zambian
tanzania: | tanzanian`

var nations, demonyms = func() (map[string]string, map[string]bool) {
	keys := make(map[string]string)
	adjs := make(map[string]bool)
	for _, line := range strings.Split(nationTable, "\n") {
		key, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		names, adj, _ := strings.Cut(rest, "|")
		for _, w := range strings.Fields(names) {
			keys[w] = key
		}
		for _, w := range strings.Fields(adj) {
			if strings.TrimSpace(names) != "" {
				keys[w] = key
			}
			adjs[w] = true
		}
	}
	return keys, adjs
}()

// Nation returns the key of the nation a lower-case word names ("u.s.",
// "america" and "american" are "us"), or "" for none: a name, capital
// or demonym. Multi-word names are joined with "-" ("south-africa").
func Nation(w string) string { return nations[w] }

// Demonym reports whether a lower-case word is a listed nationality
// adjective ("egyptian", "swiss"), which may qualify a person's title.
func Demonym(w string) bool { return demonyms[w] }

// USState reports whether a lower-case name is a US state's ("louisiana",
// "new hampshire"): a place, though two capitalised words ("South
// Carolina") or one ("Delaware") look like a person's name.
func USState(name string) bool { return usStates[name] }

// usStates are the names of the states, lower case.
var usStates = func() map[string]bool {
	m := make(map[string]bool)
	for _, st := range strings.Split(`alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,
georgia,hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,
mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,new york,north carolina,north dakota,
ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina,south dakota,tennessee,texas,utah,vermont,virginia,
washington,west virginia,wisconsin,wyoming,puerto rico,district of columbia`, ",") {
		m[strings.TrimSpace(st)] = true
	}
	return m
}()

// PlaceHead reports whether a lower-case word ends the names of places
// and buildings ("county", "street", "hall", "hill"): "Suffolk County",
// "Capitol Hill" and "Trump Tower" are no people.
func PlaceHead(w string) bool { return placeHeads[w] }

// SurnameHead reports whether a lower-case word that ends places' names
// is a surname too ("Hill", "Hall", "Lake"): after a given name it ends
// a person's ("Gary Hill", "Ricki Lake").
func SurnameHead(w string) bool { return surnameHeads[w] }

var surnameHeads = wordSet(`hill hills hall street park lake beach bridge city town village bay river church temple castle`)

var placeHeads = wordSet(`county city town village state island islands beach valley river lake mountain mountains park street
	avenue road square tower towers building center centre hall plaza hotel casino airport station bridge district province
	region coast bay heights springs falls hill hills garden gardens pavilion arena stadium theatre theater amphitheater
	amphitheatre auditorium cathedral church mosque temple museum palace castle harbor harbour mall`)

// Group reports whether a lower-case word, singular, names a group of
// people by religion or origin that no nation's demonym covers
// ("latino", "muslim", "sunni"): "Latinos" and "Muslims" are no one.
func Group(w string) bool { return groups[w] }

var groups = wordSet(`latino latina hispanic muslim moslem jew sunni shia shiite kurd evangelical mormon hindu sikh buddhist`)
