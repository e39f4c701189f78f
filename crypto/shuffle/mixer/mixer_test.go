package mixer

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"runtime"
	"testing"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/gtank/ristretto255"
)

var testKey = elgamal.NewPublicKey(ristretto255.NewElement().ScalarBaseMult(group.Uint64(7)))

func statement(t *testing.T, n, w int) (*shuffle.Statement, *Witness) {
	t.Helper()
	rows := make([][]*elgamal.Ciphertext, n)
	for i := range rows {
		for k := range w {
			ct, _, err := elgamal.Encrypt(testKey, uint64(i+k), rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			rows[i] = append(rows[i], ct)
		}
	}
	in, err := shuffle.NewList(rows)
	if err != nil {
		t.Fatal(err)
	}
	out, wit, err := Shuffle(testKey, in, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return &shuffle.Statement{Context: transcript.Context{ChainID: 5}, Key: testKey, Input: in, Output: out}, wit
}

// TestProverChosenGenerators: a proof made with generators the prover
// chose (here with known logarithms xᵢ·G, which would let it open the
// permutation commitment to anything: the Swiss Post 2019 flaw) does not
// verify, because the verifier derives the generators itself. The same
// proof with the derived generators does.
func TestProverChosenGenerators(t *testing.T) {
	st, wit := statement(t, 4, 2)
	chosen := make([]*ristretto255.Element, 5)
	for j := range chosen {
		chosen[j] = ristretto255.NewElement().ScalarBaseMult(group.Uint64(uint64(1000 + j)))
	}
	for name, gens := range map[string][]*ristretto255.Element{
		"chosen":                    chosen,
		"another election's":        shuffle.Generators(transcript.Context{ChainID: 6}, 4),
		"derived for N=5":           shuffle.Generators(st.Context, 5)[:5],
		"derived, h and h₁ swapped": swapped(shuffle.Generators(st.Context, 4)),
	} {
		p, err := prove(st, wit, gens, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Check(st, rand.Reader); !errors.Is(err, shuffle.ErrInvalid) {
			t.Errorf("%s generators: got %v, want ErrInvalid", name, err)
		}
	}
	p, err := prove(st, wit, shuffle.Generators(st.Context, 4), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Check(st, rand.Reader); err != nil {
		t.Errorf("derived generators: %v", err)
	}
}

func swapped(gens []*ristretto255.Element) []*ristretto255.Element {
	gens[0], gens[1] = gens[1], gens[0]
	return gens
}

// TestWitnessSize: a witness for another size is refused.
func TestWitnessSize(t *testing.T) {
	st, _ := statement(t, 3, 2)
	_, wit := statement(t, 2, 2)
	if _, err := Prove(st, wit, rand.Reader); !errors.Is(err, ErrWitness) {
		t.Errorf("N=2 witness for N=3: got %v, want ErrWitness", err)
	}
	_, wit = statement(t, 3, 1)
	if _, err := Prove(st, wit, rand.Reader); !errors.Is(err, ErrWitness) {
		t.Errorf("w=1 witness for w=2: got %v, want ErrWitness", err)
	}
}

// TestPermutationUniform: 6,000 permutations of 3 from a fixed stream hit
// each of the 6 about 1,000 times (bounds at about 5 standard deviations,
// so a deterministic stream passes unless the draw is biased).
func TestPermutationUniform(t *testing.T) {
	r := testrand.New("permutations")
	count := map[string]int{}
	for range 6000 {
		p, err := permutation(3, r)
		if err != nil {
			t.Fatal(err)
		}
		count[fmt.Sprint(p)]++
	}
	if len(count) != 6 {
		t.Fatalf("%d distinct permutations of 3: %v", len(count), count)
	}
	for p, c := range count {
		if c < 850 || c > 1150 {
			t.Errorf("%s drawn %d times of 6000", p, c)
		}
	}
}

// TestBelowRejects: a word whose product with m has a low half below
// 2^64 mod m is drawn again, so the result is uniform.
func TestBelowRejects(t *testing.T) {
	// m = 3·2^62: 2^64 mod m = 2^62, and the low half of x·m is
	// (3x mod 4)·2^62, so x = 0 is drawn again; x = 5 gives ⌊15/4⌋ = 3.
	words := []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5}
	got, err := below(3<<62, bytes.NewReader(words))
	if err != nil || got != 3 {
		t.Errorf("below = %d, %v; want 3", got, err)
	}
	if _, err := below(7, bytes.NewReader(nil)); err == nil {
		t.Error("no error for an empty reader")
	}
	for range 100 {
		if got, err := below(1, rand.Reader); err != nil || got != 0 {
			t.Fatalf("below(1) = %d, %v", got, err)
		}
	}
}

// TestCores: the shuffle and the proof made from one reader are the same
// on one core and on several, over enough ballots for several chunks of
// every parallel step, and the proof verifies.
func TestCores(t *testing.T) {
	st, _ := statement(t, 520, 1)
	run := func() ([]byte, []byte) {
		r := testrand.New("cores")
		out, wit, err := Shuffle(testKey, st.Input, r)
		if err != nil {
			t.Fatal(err)
		}
		s := *st
		s.Output = out
		p, err := Prove(&s, wit, r)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Check(&s, rand.Reader); err != nil {
			t.Fatal(err)
		}
		return out.Bytes(), p.Bytes()
	}
	out, proof := run()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	out1, proof1 := run()
	if !bytes.Equal(out, out1) || !bytes.Equal(proof, proof1) {
		t.Error("the shuffle or its proof depends on the number of cores")
	}
}
