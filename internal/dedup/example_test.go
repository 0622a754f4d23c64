package dedup_test

import (
	"fmt"

	"github.com/dateline-news/dateline/internal/dedup"
)

func ExamplePassages_Assign() {
	ps := dedup.NewPassages(dedup.NewMemory())
	first := "The harbour minister said she wants to see \"talks on the quayside\" over the port's role in the strike."
	second := "Harbour Minister Ines Calder has said she wants to see \u201ctalks on the quayside\u201d over the port\u2019s role in the strike, she told reporters."
	a, _ := ps.Assign(first, nil, nil)
	b, _ := ps.Assign(second, nil, nil)
	fmt.Printf("%s new=%v\n", a[0].Kind, a[0].New)
	fmt.Printf("%s new=%v same passage=%v J=%.2f\n", b[0].Kind, b[0].New, b[0].Passage == a[0].Passage, b[0].Similarity)
	// Output:
	// sentence new=true
	// sentence new=false same passage=true J=0.56
}

func ExampleIndex_Assign() {
	posts := dedup.NewIndex(dedup.NewMemory(), dedup.Options{Level: dedup.LevelPost})
	texts := []string{
		"Ferries return to Westport\n\nWestport harbour reopened to ferries on Monday after a three-week closure caused by the storm surge. The first sailing left at dawn with forty passengers.",
		"Ferries return to Westport\n\nWestport harbour reopened to ferries on Monday after a three-week closure caused by the storm surge. The first sailing left at dawn with 40 passengers.",
		"Fish market booms\n\nThe fish market in Northgate reported its busiest week in a decade as boats from Westport unloaded there during the closure.",
	}
	for i, t := range texts {
		m, isNew, _ := posts.Assign(fmt.Sprintf("post%d", i), dedup.NewPrint(t), nil)
		fmt.Printf("post%d: cluster %s new=%v\n", i, m.ID, isNew)
	}
	// Output:
	// post0: cluster post0 new=true
	// post1: cluster post0 new=false
	// post2: cluster post2 new=true
}
