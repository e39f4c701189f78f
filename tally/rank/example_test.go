package rank_test

import (
	"errors"
	"fmt"

	"github.com/evote-org/evote/tally/rank"
)

// Example counts Wikipedia's STV food election (docs/protocol.md,
// section 16.4) from decrypted ballots, one rank per candidate, and
// spoils a ballot with a tie.
func Example() {
	foods := []string{"Oranges", "Pears", "Chocolate", "Strawberries", "Hamburgers"}
	r, err := rank.NewRankings(rank.Question{Candidates: 5, Min: 1, Max: 5})
	if err != nil {
		panic(err)
	}
	for _, b := range []struct {
		n      int
		values []uint64 // the rank of each food, 0: unranked
	}{
		{4, []uint64{1, 0, 0, 0, 0}},
		{2, []uint64{2, 1, 0, 0, 0}},
		{8, []uint64{0, 0, 1, 2, 0}},
		{4, []uint64{0, 0, 1, 0, 2}},
		{1, []uint64{0, 0, 0, 1, 0}},
		{1, []uint64{0, 0, 0, 0, 1}},
		{1, []uint64{1, 1, 0, 0, 0}}, // a tie: spoiled
	} {
		for range b.n {
			if err := r.Add(b.values); err != nil && !errors.Is(err, rank.ErrSpoiled) {
				panic(err)
			}
		}
	}
	res, err := rank.STV(r, 3, []byte("seed"))
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d valid, %d spoiled, quota %d\n", res.Ballots, res.Spoiled, res.Quota)
	for _, c := range res.Elected {
		fmt.Println(foods[c])
	}
	// Output:
	// 20 valid, 1 spoiled, quota 6
	// Chocolate
	// Oranges
	// Strawberries
}
