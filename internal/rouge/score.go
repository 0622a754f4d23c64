package rouge

import (
	"math"
	"strconv"
)

// Score is a ROUGE precision, recall and F-measure.
type Score struct {
	P, R, F float64
}

// Counts are the totals a ROUGE score is made of, summed over the
// references a peer is compared with (ROUGE-1.5.5's -f A): Hit matched
// units, Model units in the references and Peer units in the peer, the
// latter counted once per reference.
type Counts struct {
	Hit, Model, Peer int
}

// Add returns the sum of two sets of counts.
func (c Counts) Add(d Counts) Counts {
	return Counts{Hit: c.Hit + d.Hit, Model: c.Model + d.Model, Peer: c.Peer + d.Peer}
}

// Score returns P = Hit/Peer, R = Hit/Model and their F with alpha 0.5
// (F1); a ratio with a zero denominator is 0.
func (c Counts) Score() Score {
	p, r := ratio(float64(c.Hit), float64(c.Peer)), ratio(float64(c.Hit), float64(c.Model))
	return Score{P: p, R: r, F: FMeasure(p, r, 0.5)}
}

// Reported returns the score as ROUGE-1.5.5 prints it for one evaluation:
// P and R rounded to five decimals, F computed with alpha from the rounded
// values and rounded in turn.
func (c Counts) Reported(alpha float64) Score {
	p := round5(ratio(float64(c.Hit), float64(c.Peer)))
	r := round5(ratio(float64(c.Hit), float64(c.Model)))
	return Score{P: p, R: r, F: round5(FMeasure(p, r, alpha))}
}

// FMeasure is van Rijsbergen's weighted harmonic mean as ROUGE-1.5.5
// computes it, PR / ((1-alpha)P + alpha R): alpha 0.5 gives F1, alpha
// towards 1 favours precision. It is 0 when the denominator is not
// positive.
func FMeasure(p, r, alpha float64) float64 {
	d := (1-alpha)*p + alpha*r
	if d <= 0 {
		return 0
	}
	return p * r / d
}

func ratio(num, den float64) float64 {
	if den == 0 {
		return 0
	}
	return num / den
}

// round5 is Perl's sprintf("%7.5f") read back as a number: correctly
// rounded to five decimals, as Go's formatting is.
func round5(x float64) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	if err != nil || math.IsNaN(v) {
		return 0
	}
	return v
}
