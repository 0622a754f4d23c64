package tlsmetric

import "math"

// Assign solves the assignment problem on a rectangular cost matrix
// (rows of equal length): it pairs min(rows, columns) rows with distinct
// columns so that the total cost is least, and returns for each row its
// column, or -1 for a row left out. It is the Hungarian method of Kuhn
// (1955) and Munkres (1957) in its shortest-augmenting-path form with
// row and column potentials, O(rows² · columns) for rows ≤ columns.
//
// Costs must be finite numbers. Where several pairings cost the same, which one is returned is a
// property of this implementation; scipy's linear_sum_assignment, which
// tilse calls, may pick another of them.
func Assign(costs [][]float64) []int {
	rows := len(costs)
	if rows == 0 {
		return nil
	}
	cols := len(costs[0])
	if rows <= cols {
		return assignRows(rows, cols, func(i, j int) float64 { return costs[i][j] })
	}
	// More rows than columns: assign the columns to rows, then invert.
	byCol := assignRows(cols, rows, func(i, j int) float64 { return costs[j][i] })
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	for j, i := range byCol {
		out[i] = j
	}
	return out
}

// assignRows is the Hungarian method for n ≤ m: every row gets a column.
// Indices inside are 1-based; column 0 is the method's virtual start.
func assignRows(n, m int, cost func(i, j int) float64) []int {
	u := make([]float64, n+1) // row potentials
	v := make([]float64, m+1) // column potentials
	owner := make([]int, m+1) // row holding each column, 0 if none
	way := make([]int, m+1)   // previous column on the augmenting path
	minv := make([]float64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		owner[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := owner[j0], math.Inf(1), 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0-1, j-1) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[owner[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			if j1 == 0 { // only with costs that are not finite numbers
				j1 = firstUnused(used)
			}
			j0 = j1
			if owner[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			owner[j0] = owner[j1]
			j0 = j1
		}
	}
	out := make([]int, n)
	for j := 1; j <= m; j++ {
		if owner[j] != 0 {
			out[owner[j]-1] = j - 1
		}
	}
	return out
}

func firstUnused(used []bool) int {
	for j := 1; j < len(used); j++ {
		if !used[j] {
			return j
		}
	}
	return 0
}
