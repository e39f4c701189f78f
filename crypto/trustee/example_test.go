package trustee_test

import (
	"crypto/rand"
	"fmt"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/trustee"
	"github.com/gtank/ristretto255"
)

// Example runs a 2-of-3 key ceremony, encrypts three votes for one of two
// options under the election key and decrypts the sums with trustees 1
// and 3 while trustee 2 is away. In a real election every message below
// is posted on the chain and each trustee runs on its own machine.
func Example() {
	c := dkg.Ceremony{
		Context: transcript.Context{ChainID: 1, ElectionID: [32]byte{0x42}},
		Params:  dkg.Params{N: 3, T: 2},
	}

	// 1. Each trustee makes a transport key and posts it.
	var trustees []*trustee.Trustee
	var keys []*dkg.TrusteeKey
	for i := 1; i <= c.Params.N; i++ {
		t, _ := trustee.New(c, i, rand.Reader)
		trustees, keys = append(trustees, t), append(keys, t.Key())
	}

	// 2. Each trustee deals, 3. receives every dealing (complaining if
	// its share is wrong), and anyone settles the ceremony.
	var dealings []*dkg.Dealing
	for _, t := range trustees {
		d, _ := t.Deal(keys, rand.Reader)
		dealings = append(dealings, d)
	}
	var complaints []*dkg.Complaint
	for _, t := range trustees {
		for _, d := range dealings {
			if cp, _ := t.Receive(d, rand.Reader); cp != nil {
				complaints = append(complaints, cp)
			}
		}
	}
	result, err := c.Qualify(keys, dealings, complaints)
	if err != nil {
		panic(err)
	}
	fmt.Println("qualified dealers:", result.Qualified)

	// Voters encrypt under the election key; the tally sums per option.
	sums := []*elgamal.Ciphertext{elgamal.Zero(), elgamal.Zero()}
	for _, vote := range []int{1, 0, 1} {
		for o := range sums {
			m := uint64(0)
			if o == vote {
				m = 1
			}
			ct, _, _ := elgamal.Encrypt(result.Key, m, rand.Reader)
			sums[o] = elgamal.Add(sums[o], ct)
		}
	}

	// 4. Trustees 1 and 3 post partial decryptions; anyone combines them.
	var parts []*dkg.PartialDecryption
	for _, t := range []*trustee.Trustee{trustees[0], trustees[2]} {
		share, err := t.Finish(result)
		if err != nil {
			panic(err)
		}
		p, _ := share.PartialDecrypt(sums, rand.Reader)
		parts = append(parts, p)
	}
	dec, err := result.Combine(sums, parts)
	if err != nil {
		panic(err)
	}
	for o, mG := range dec.Messages {
		fmt.Printf("option %d: %d votes\n", o, smallLog(mG, 3))
	}
	// Output:
	// qualified dealers: [1 2 3]
	// option 0: 1 votes
	// option 1: 2 votes
}

// smallLog finds m ≤ max from m·G (package dlog does it properly).
func smallLog(mG *ristretto255.Element, max uint64) uint64 {
	for m := range max + 1 {
		if ristretto255.NewElement().ScalarBaseMult(group.Uint64(m)).Equal(mG) == 1 {
			return m
		}
	}
	panic("more votes than voters")
}
