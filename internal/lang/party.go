package lang

// parties maps the lower-case words naming a political party in a title
// ("the Republican nominee", "a Tory MP") to the party: "Republican" and
// "GOP" are one party, "Tory" and "Conservative" another.
var parties = map[string]string{
	"democratic": "democratic", "democrat": "democratic",
	"republican": "republican", "gop": "republican",
	"libertarian": "libertarian", "green": "green",
	"labour": "labour", "conservative": "conservative", "tory": "conservative",
	"liberal": "liberal",
}

// Party is the party a lower-case title word names ("gop" is
// "republican"), "" when it names none.
func Party(w string) string { return parties[w] }
