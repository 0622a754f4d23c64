package timex

import (
	"strings"
	"testing"
	"time"
)

// benchText is an invented wire story dense in temporal expressions.
const benchText = `GENEVA, Oct. 31 (Wire) -- Foreign ministers will meet in Lausanne on Saturday, officials said on Monday, after talks collapsed last week.

The two sides met for the first time earlier this month, and again on October 3, when the US suspended the ceasefire talks. Over the past three days at least 84 people were killed, the ministry said. Russia said it had not bombed the city for a fortnight.

"We will see whether the ceasefire holds over the next two weeks," the envoy told reporters at 5 p.m. on Sunday. He served as an envoy from 2003 until 2010 and was appointed again in September 2015.

Third-quarter exports fell 3% from a year earlier, and analysts expect growth to resume early next year. The council meets every Monday; the next session is on Nov. 8, 2016, the day of the US presidential election. In the 1990s, the city hosted talks twice a year.
`

func BenchmarkTag(b *testing.B) {
	dct := time.Date(2016, 10, 31, 0, 0, 0, 0, time.UTC)
	n := len(TagTimeML(benchText, dct))
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		TagTimeML(benchText, dct)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "expr/s")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkTagLong(b *testing.B) {
	dct := time.Date(2016, 10, 31, 0, 0, 0, 0, time.UTC)
	text := strings.Repeat(benchText, 10)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		TagTimeML(text, dct)
	}
}
