package lang

// Stopword reports whether w, a normalised word (Words), is an English
// function word: articles, pronouns, auxiliaries, prepositions,
// conjunctions and the like, which say nothing of what a text is about.
// Term statistics (centroids, similarity of sentences) leave them out.
func Stopword(w string) bool { return stopwords[w] }

var stopwords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range []string{
		// articles, determiners, quantifiers
		"a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both",
		"either", "neither", "no", "other", "another", "such", "own", "same", "much", "many", "more", "most",
		"few", "fewer", "less", "least", "several", "enough",
		// pronouns
		"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
		"yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
		"itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "what",
		"whatever", "whoever", "one", "ones", "someone", "something", "anyone", "anything", "everyone",
		"everything", "nobody", "nothing",
		// auxiliaries and modals
		"be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does",
		"did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
		"ought", "wont", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt",
		"shouldnt", "wouldnt", "hasnt", "havent", "hadnt", "its", "thats", "theres",
		// prepositions and particles
		"of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into", "through",
		"during", "before", "after", "above", "below", "to", "from", "up", "down", "out", "off", "over",
		"under", "again", "further", "upon", "onto", "within", "without", "across", "along", "among",
		"around", "behind", "beyond", "despite", "near", "since", "until", "toward", "towards", "via", "per",
		// conjunctions and adverbs of degree, time and place
		"and", "but", "or", "nor", "so", "yet", "if", "then", "than", "because", "as", "while", "when",
		"where", "why", "how", "whether", "although", "though", "unless", "once", "also", "only", "just",
		"very", "too", "not", "now", "here", "there", "still", "even", "ever", "never", "already", "however",
		"well", "back", "away", "rather", "quite", "almost", "perhaps",
		// reporting filler
		"said", "says", "say", "told", "according", "mr", "mrs", "ms",
	} {
		m[w] = true
	}
	return m
}()

// Pronoun reports whether w, in lower case, is a personal or
// demonstrative pronoun ("it", "she", "them", "this"): a word that stands
// for a name and is never one.
func Pronoun(w string) bool { return pronouns[w] }

var pronouns = map[string]bool{
	"i": true, "me": true, "we": true, "us": true, "you": true, "he": true, "him": true, "she": true,
	"her": true, "it": true, "they": true, "them": true, "this": true, "that": true, "these": true, "those": true,
}
