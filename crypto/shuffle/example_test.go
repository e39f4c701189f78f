package shuffle_test

import (
	"crypto/rand"
	"fmt"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/crypto/shuffle/mixer"
)

// A mixer shuffles three ranked ballots of two candidates and proves it;
// an observer decodes what the mixer posted and checks the proof.
func Example() {
	rows := make([][]*elgamal.Ciphertext, 3)
	for i := range rows {
		for _, rank := range []uint64{1, 2} {
			ct, _, _ := elgamal.Encrypt(testKey, rank, rand.Reader)
			rows[i] = append(rows[i], ct)
		}
	}
	in, _ := shuffle.NewList(rows)

	// The mixer (package mixer holds its secrets).
	out, wit, _ := mixer.Shuffle(testKey, in, rand.Reader)
	st := &shuffle.Statement{Context: testCtx, Mixer: 1, Key: testKey, Input: in, Output: out}
	proof, _ := mixer.Prove(st, wit, rand.Reader)
	posted, postedProof := out.Bytes(), proof.Bytes()

	// An observer, with the input list and the election's key and context.
	out2, err := shuffle.ParseList(posted)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := shuffle.ParseProof(postedProof, in.Len(), in.Width())
	if err != nil {
		fmt.Println(err)
		return
	}
	bv := batch.New(rand.Reader)
	obs := &shuffle.Statement{Context: testCtx, Mixer: 1, Key: testKey, Input: in, Output: out2}
	if err := p.Verify(obs, bv); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bv.Check() == nil, len(posted), len(postedProof))
	// Output: true 393 865
}
