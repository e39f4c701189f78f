// Package mixer is the secret half of package shuffle: a mixer's
// re-encryption shuffle (the GenShuffle algorithm of Haenni, Locher,
// Koenig, Dubuis, "Pseudo-code algorithms for verifiable re-encryption
// mix-nets", Voting'17) and its proof (GenProof, with
// GenPermutationCommitment and GenCommitmentChain), for lists of ballots
// of w ciphertexts. Package shuffle specifies the proof and verifies it;
// an observer's verifier imports that package and never this one.
//
// Constant time, and where it stops. Every group operation on a secret
// scalar (the re-encryption nonces, the commitment randomness, the
// Σ-protocol nonces ω, and the permuted challenges u′ᵢ) is the library's
// constant-time ScalarBaseMult, ScalarMult or MultiScalarMult, and no code
// branches on the permutation or on a nonce. The permutation itself is
// applied by index: output i is read from input ψ(i), the commitment to
// hᵢ is written to slot ψ(i), and u′ᵢ is read from u at ψ(i). Those loads
// and stores of pointers are a memory access pattern that depends on ψ,
// which an attacker sharing the mixer's CPU caches could observe (about
// one cache line, eight pointers, per access). An oblivious application
// (a sorting network, O(N log² N) constant-time swaps) would close it; we
// have not built one, so a mixer must run on a machine no one else runs
// code on. Drawing ψ (Fisher–Yates with rejection sampling from the
// io.Reader) also swaps at secret indices, with the same caveat; the
// number of words drawn again is independent of the permutation drawn.
//
// The work runs on every core (package internal/parallel): ballots and
// terms are split into chunks by their index, never by a secret, and
// each chunk does the same constant-time operations as a single core
// would; all randomness is read before, in the same order, so a given
// reader gives the same shuffle and proof whatever the cores.
//
// Randomness comes only from the io.Reader passed in (crypto/rand.Reader
// outside tests).
package mixer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/internal/parallel"
	"github.com/gtank/ristretto255"
)

// ErrWitness is returned when a witness does not fit the statement it is
// asked to prove (a programming error in the caller).
var ErrWitness = errors.New("mixer: witness does not fit the statement")

// Witness is the mixer's secret: the permutation and the re-encryption
// nonces. Output ballot i is input ballot perm[i], component k
// re-encrypted with nonces[i][k]. It is not comparable with ==.
type Witness struct {
	_      [0]func()
	perm   []int
	nonces [][]*ristretto255.Scalar
}

// chunk is how many ballots (or terms) one goroutine takes at a time.
const chunk = 256

// Shuffle re-encrypts every ciphertext of in under key with a fresh nonce
// and permutes the ballots with a fresh uniformly random permutation (the
// same for every component of a ballot). It returns the output list and
// the witness Prove needs. The randomness is read first (the permutation,
// then the nonces ballot by ballot), then the ballots are re-encrypted on
// every core: the result for a given reader does not depend on the cores.
func Shuffle(key *elgamal.PublicKey, in *shuffle.List, rand io.Reader) (*shuffle.List, *Witness, error) {
	n, w := in.Len(), in.Width()
	perm, err := permutation(n, rand)
	if err != nil {
		return nil, nil, err
	}
	wit := &Witness{perm: perm, nonces: make([][]*ristretto255.Scalar, n)}
	for i := range wit.nonces {
		if wit.nonces[i], err = randomScalars(w, rand); err != nil {
			return nil, nil, err
		}
	}
	rows := make([][]*elgamal.Ciphertext, n)
	parallel.Chunks(n, chunk, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			rows[i] = make([]*elgamal.Ciphertext, w)
			for k, ct := range in.Row(perm[i]) {
				rows[i][k] = reencrypt(key, ct, wit.nonces[i][k])
			}
		}
	})
	out, err := shuffle.NewList(rows)
	if err != nil {
		return nil, nil, err
	}
	return out, wit, nil
}

// reencrypt returns (A + rG, B + rK), constant time in r.
func reencrypt(key *elgamal.PublicKey, ct *elgamal.Ciphertext, r *ristretto255.Scalar) *elgamal.Ciphertext {
	a := ristretto255.NewElement().ScalarBaseMult(r)
	b := ristretto255.NewElement().ScalarMult(r, key.Element())
	return elgamal.NewCiphertext(a.Add(a, ct.A()), b.Add(b, ct.B()))
}

// permutation draws a uniformly random permutation of 0..n−1
// (Fisher–Yates, Knuth's Algorithm P).
func permutation(n int, rand io.Reader) ([]int, error) {
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j, err := below(uint64(i)+1, rand)
		if err != nil {
			return nil, err
		}
		perm[i], perm[j] = perm[j], perm[i]
	}
	return perm, nil
}

// below returns a uniform integer in [0, m), m ≥ 1, by D. Lemire's
// multiply-and-shift ("Fast random integer generation in an interval",
// ACM TOMACS 2019): the high word of x·m for a random 64-bit x, with x
// drawn again when the low word falls below 2^64 mod m. No division
// touches x (a hardware divide's latency can depend on its operands);
// the one modulo is of the public m.
func below(m uint64, rand io.Reader) (uint64, error) {
	threshold := -m % m // 2^64 mod m, as uint64 arithmetic wraps
	var b [8]byte
	for {
		if _, err := io.ReadFull(rand, b[:]); err != nil {
			return 0, fmt.Errorf("mixer: reading randomness: %w", err)
		}
		hi, lo := bits.Mul64(binary.BigEndian.Uint64(b[:]), m)
		if lo >= threshold {
			return hi, nil
		}
	}
}

// randomScalars returns n uniformly random scalars.
func randomScalars(n int, rand io.Reader) ([]*ristretto255.Scalar, error) {
	out := make([]*ristretto255.Scalar, n)
	for i := range out {
		s, err := group.RandomScalar(rand)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}
