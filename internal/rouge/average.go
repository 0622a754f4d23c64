package rouge

import "slices"

// Average is a system's score over a set of evaluations as ROUGE-1.5.5
// reports it (-t 0): Mean is its Average_R/P/F, Lower and Upper the
// bounds of its confidence interval.
type Average struct {
	Mean, Lower, Upper Score
}

// Averages returns ROUGE-1.5.5's average of per-evaluation scores: the
// mean over resamples bootstrap samples (-r, 1000 by default in the
// script) of the mean of len(evals) scores drawn with replacement, and the
// confidence interval at confidence percent (-c, 95) read off the sorted
// sample means, all rounded to five decimals.
//
// The samples are drawn exactly as the script draws them, sample i from
// Perl's generator seeded with i, so the figures match its output to the
// last digit when evals are the Reported scores in the script's order: by
// evaluation id, then peer id ("d30001.Lead" before "d30002.Lead").
func Averages(evals []Score, resamples int, confidence float64) Average {
	if resamples <= 0 {
		return Average{}
	}
	rs := make([]float64, resamples)
	ps := make([]float64, resamples)
	fs := make([]float64, resamples)
	for i := range resamples {
		rs[i], ps[i], fs[i] = bootstrapSample(evals, uint64(i))
	}
	var avg Average
	fields := []struct {
		samples            []float64
		mean, lower, upper *float64
	}{
		{rs, &avg.Mean.R, &avg.Lower.R, &avg.Upper.R},
		{ps, &avg.Mean.P, &avg.Lower.P, &avg.Upper.P},
		{fs, &avg.Mean.F, &avg.Lower.F, &avg.Upper.F},
	}
	for _, f := range fields {
		*f.mean, *f.lower, *f.upper = interval(f.samples, confidence)
	}
	return avg
}

// bootstrapSample returns the mean R, P and F of one resample.
func bootstrapSample(evals []Score, seed uint64) (r, p, f float64) {
	n := len(evals)
	if n == 0 {
		return 0, 0, 0
	}
	rng := newDrand48(seed)
	for range n {
		e := evals[int(float64(n)*rng.next())]
		r += e.R
		p += e.P
		f += e.F
	}
	return r / float64(n), p / float64(n), f / float64(n)
}

// interval sorts the sample means and returns their mean and the bounds
// of the confidence interval, interpolated as the script does (with the
// upper bound's interpolation ratio used for both bounds).
func interval(samples []float64, confidence float64) (mean, lower, upper float64) {
	slices.Sort(samples)
	sum := 0.0
	for _, s := range samples {
		sum += s
	}
	k := float64(len(samples))
	delta := k * ((100 - confidence) / 2.0) / 100.0
	ua := int(k - delta - 1)
	la := int(delta)
	ratio := k - delta - 1 - float64(ua)
	at := func(i int) float64 {
		if i < 0 || i >= len(samples) {
			return 0 // an undefined Perl array element
		}
		return samples[i]
	}
	lower = at(la) + (at(la+1)-at(la))*ratio
	upper = at(ua) + (at(ua+1)-at(ua))*ratio
	return round5(sum / k), round5(lower), round5(upper)
}

// drand48 is the 48-bit linear congruential generator behind Perl's rand
// (its own since Perl 5.20, the C library's before, with the same
// constants): srand(seed) sets the state to seed<<16 | 0x330E.
type drand48 struct{ x uint64 }

func newDrand48(seed uint64) *drand48 {
	return &drand48{x: (seed<<16 | 0x330E) & (1<<48 - 1)}
}

// next returns a number in [0, 1).
func (d *drand48) next() float64 {
	d.x = (d.x*0x5DEECE66D + 0xB) & (1<<48 - 1)
	return float64(d.x) / (1 << 48)
}
