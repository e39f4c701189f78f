package msm_test

import (
	"fmt"

	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/msm"
	"github.com/gtank/ristretto255"
)

func Example() {
	// 3·G + 5·(2G) - 13·G is the identity.
	g := ristretto255.NewGeneratorElement()
	g2 := ristretto255.NewElement().Add(g, g)
	scalars := []*ristretto255.Scalar{group.Uint64(3), group.Uint64(5), group.Int64(-13)}
	points := []*ristretto255.Element{g, g2, g}
	sum := msm.MultiScalarMult(scalars, points)
	fmt.Println(group.IsIdentity(sum))
	// Output: true
}
