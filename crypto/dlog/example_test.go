package dlog_test

import (
	"fmt"

	"github.com/evote-org/evote/crypto/dlog"
	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

func Example() {
	// One table for the whole tally: no option can have more votes than
	// there were ballots.
	table := dlog.NewTable(1_500_000)
	for _, count := range []uint64{0, 421_337, 1_500_001} {
		M := ristretto255.NewElement().ScalarBaseMult(group.Uint64(count))
		m, err := table.Log(M)
		fmt.Println(m, err)
	}
	// Output:
	// 0 <nil>
	// 421337 <nil>
	// 0 dlog: discrete logarithm not in [0, max]
}
