// Package mixer is the secret half of package mix, as
// crypto/shuffle/mixer is of crypto/shuffle: a trustee's turn in the
// chain of mixers. Mix shuffles every mixed question's list and proves
// it (crypto/shuffle/mixer, whose package doc states the constant-time
// boundary), and returns the mix file to store and post. The permutation
// and the nonces live only during the call.
//
// Randomness comes only from the io.Reader passed in (crypto/rand.Reader
// outside tests).
package mixer

import (
	"fmt"
	"io"

	"github.com/evote-org/evote/crypto/shuffle"
	shufflemixer "github.com/evote-org/evote/crypto/shuffle/mixer"
	"github.com/evote-org/evote/tally/mix"
)

// Mix is trustee's (dkg index, from 1) mix of lists, the current lists of
// the election's mix (mix.Check): every list re-encrypted and permuted,
// each with its proof of shuffle with trustee as the mixer. It returns
// the mix file (mix.File.Bytes) and the hash of its lists, the output to
// post; the input to post is mix.ListsHash(lists).
func Mix(p *mix.Params, lists []*shuffle.List, trustee int, rand io.Reader) (file []byte, output [32]byte, err error) {
	if err := p.CheckLists(lists); err != nil {
		return nil, output, err
	}
	if trustee < 1 {
		return nil, output, fmt.Errorf("mixer: trustee %d, want a dkg index from 1", trustee)
	}
	f := &mix.File{}
	for _, in := range lists {
		out, wit, err := shufflemixer.Shuffle(p.Key, in, rand)
		if err != nil {
			return nil, output, err
		}
		st := &shuffle.Statement{Context: p.Context, Mixer: uint64(trustee), Key: p.Key, Input: in, Output: out}
		proof, err := shufflemixer.Prove(st, wit, rand)
		if err != nil {
			return nil, output, err
		}
		f.Lists, f.Proofs = append(f.Lists, out), append(f.Proofs, proof)
	}
	return f.Bytes(), mix.ListsHash(f.Lists), nil
}
