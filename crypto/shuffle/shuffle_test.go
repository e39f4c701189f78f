package shuffle_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"testing"

	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/evote-org/evote/crypto/shuffle/mixer"
	"github.com/gtank/ristretto255"
)

// sizes are the edge cases and a few ordinary ones.
var sizes = []struct{ n, w int }{{1, 1}, {1, 5}, {2, 1}, {2, 5}, {3, 2}, {16, 1}, {16, 5}}

// TestCompleteness: an honest shuffle verifies, before and after its
// encodings round-trip, and its output decrypts to the input's ballots in
// another order, each ballot's components kept together.
func TestCompleteness(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("N=%d,w=%d", sz.n, sz.w), func(t *testing.T) {
			f := newFixture(t, sz.n, sz.w, "")
			if err := check(f.st, f.proof); err != nil {
				t.Fatalf("honest proof rejected: %v", err)
			}
			st, p := roundTrip(t, f)
			if err := check(st, p); err != nil {
				t.Fatalf("decoded proof rejected: %v", err)
			}
			assertPermutation(t, f.st)
		})
	}
}

// roundTrip encodes and decodes the lists and the proof.
func roundTrip(t *testing.T, f *fixture) (*shuffle.Statement, *shuffle.Proof) {
	t.Helper()
	st := *f.st
	var err error
	if st.Input, err = shuffle.ParseList(f.st.Input.Bytes()); err != nil {
		t.Fatal(err)
	}
	if st.Output, err = shuffle.ParseList(f.st.Output.Bytes()); err != nil {
		t.Fatal(err)
	}
	enc := f.proof.Bytes()
	if len(enc) != shuffle.ProofSize(st.Input.Len(), st.Input.Width()) {
		t.Fatalf("proof is %d bytes, ProofSize says %d", len(enc), shuffle.ProofSize(st.Input.Len(), st.Input.Width()))
	}
	p, err := shuffle.ParseProof(enc, st.Input.Len(), st.Input.Width())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.Bytes(), enc) {
		t.Fatal("proof re-encoding differs")
	}
	return &st, p
}

// assertPermutation checks that every output ballot decrypts to a
// distinct input ballot, component by component.
func assertPermutation(t *testing.T, st *shuffle.Statement) {
	t.Helper()
	seen := make(map[int]bool)
	for i := range st.Output.Len() {
		got := decrypt(st.Output.Row(i))
		j := int(findInput(got, st.Input.Len()))
		if j < 0 || seen[j] {
			t.Fatalf("output %d decrypts to no unused input ballot", i)
		}
		seen[j] = true
	}
}

// findInput returns the input ballot whose messages are got, or -1.
func findInput(got []*ristretto255.Element, n int) int64 {
	for j := range n {
		match := true
		for k, m := range got {
			want := ristretto255.NewElement().ScalarBaseMult(group.Uint64(message(j, k)))
			match = match && m.Equal(want) == 1
		}
		if match {
			return int64(j)
		}
	}
	return -1
}

// TestEveryProofElement: changing any one element or scalar of an encoded
// proof (each permutation commitment, each link of the chain, each t,
// each response) to another valid value makes it fail.
func TestEveryProofElement(t *testing.T) {
	const n, w = 3, 2
	f := newFixture(t, n, w, "")
	enc := f.proof.Bytes()
	elements := 3*n + 3 + 2*w
	for at := 1; at < len(enc); at += 32 {
		var bad []byte
		if (at-1)/32 < elements {
			bad = with(enc, at, bumpElement(t, enc[at:at+32]))
		} else {
			bad = with(enc, at, bumpScalar(t, enc[at:at+32]))
		}
		p, err := shuffle.ParseProof(bad, n, w)
		if err != nil {
			t.Fatalf("byte %d: %v", at, err)
		}
		if err := check(f.st, p); !errors.Is(err, shuffle.ErrInvalid) {
			t.Errorf("proof changed at byte %d: got %v, want ErrInvalid", at, err)
		}
	}
}

// TestEveryCiphertext: changing any one point of the input or the output
// list makes the proof fail.
func TestEveryCiphertext(t *testing.T) {
	const n, w = 3, 2
	f := newFixture(t, n, w, "")
	for _, list := range []string{"input", "output"} {
		l := f.st.Input
		if list == "output" {
			l = f.st.Output
		}
		enc := l.Bytes()
		for at := 9; at < len(enc); at += 32 {
			bad, err := shuffle.ParseList(with(enc, at, bumpElement(t, enc[at:at+32])))
			if err != nil {
				t.Fatal(err)
			}
			st := *f.st
			if list == "output" {
				st.Output = bad
			} else {
				st.Input = bad
			}
			if err := check(&st, f.proof); !errors.Is(err, shuffle.ErrInvalid) {
				t.Errorf("%s changed at byte %d: got %v, want ErrInvalid", list, at, err)
			}
		}
	}
}

// TestAnotherStatement: the proof binds the context, the mixer's index
// and the key.
func TestAnotherStatement(t *testing.T) {
	f := newFixture(t, 4, 2, "")
	other := elgamal.NewPublicKey(ristretto255.NewElement().ScalarBaseMult(group.Uint64(8)))
	for name, change := range map[string]func(*shuffle.Statement){
		"chain id":    func(st *shuffle.Statement) { st.Context.ChainID++ },
		"contract":    func(st *shuffle.Statement) { st.Context.Contract[19] ^= 1 },
		"election id": func(st *shuffle.Statement) { st.Context.ElectionID[31] ^= 1 },
		"mixer":       func(st *shuffle.Statement) { st.Mixer++ },
		"key":         func(st *shuffle.Statement) { st.Key = other },
	} {
		st := *f.st
		change(&st)
		if err := check(&st, f.proof); !errors.Is(err, shuffle.ErrInvalid) {
			t.Errorf("another %s: got %v, want ErrInvalid", name, err)
		}
	}
}

// TestWrongShape: lists of different sizes and a proof for another size
// are refused before any arithmetic.
func TestWrongShape(t *testing.T) {
	f := newFixture(t, 2, 2, "")
	g := newFixture(t, 3, 2, "")
	h := newFixture(t, 2, 1, "")
	for name, st := range map[string]*shuffle.Statement{
		"longer output":   {Context: testCtx, Key: testKey, Input: f.st.Input, Output: g.st.Output},
		"narrower output": {Context: testCtx, Key: testKey, Input: f.st.Input, Output: h.st.Output},
		"proof for N=3":   g.st,
		"no key":          {Context: testCtx, Input: f.st.Input, Output: f.st.Output},
	} {
		p := f.proof
		if name == "proof for N=3" {
			st = &shuffle.Statement{Context: testCtx, Key: testKey, Input: g.st.Input, Output: g.st.Output}
		}
		if err := check(st, p); !errors.Is(err, shuffle.ErrStatement) {
			t.Errorf("%s: got %v, want ErrStatement", name, err)
		}
	}
}

// TestCheatingMixer: an output that is not a re-encryption of a
// permutation of the input, with ballots kept whole, cannot be proved:
// neither the honest proof nor a proof the mixer makes from its witness
// for the altered output verifies.
func TestCheatingMixer(t *testing.T) {
	const n, w = 4, 3
	for name, alter := range map[string]func(rows [][]*elgamal.Ciphertext){
		"dropped and duplicated": func(rows [][]*elgamal.Ciphertext) { rows[1] = rows[0] },
		"substituted": func(rows [][]*elgamal.Ciphertext) {
			ct, _, _ := elgamal.Encrypt(testKey, 99, rand.Reader)
			rows[2] = append([]*elgamal.Ciphertext{ct}, rows[2][1:]...)
		},
		"two ballots swapped": func(rows [][]*elgamal.Ciphertext) { rows[0], rows[3] = rows[3], rows[0] },
		"components of two ballots swapped": func(rows [][]*elgamal.Ciphertext) {
			a, b := append([]*elgamal.Ciphertext(nil), rows[0]...), append([]*elgamal.Ciphertext(nil), rows[1]...)
			a[1], b[1] = b[1], a[1]
			rows[0], rows[1] = a, b
		},
	} {
		t.Run(name, func(t *testing.T) {
			st, wit := shuffled(t, n, w, rand.Reader)
			rows := make([][]*elgamal.Ciphertext, n)
			for i := range rows {
				rows[i] = st.Output.Row(i)
			}
			honest, err := mixer.Prove(st, wit, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			alter(rows)
			bad := *st
			bad.Output, err = shuffle.NewList(rows)
			if err != nil {
				t.Fatal(err)
			}
			if err := check(&bad, honest); !errors.Is(err, shuffle.ErrInvalid) {
				t.Errorf("honest proof for the altered output: got %v, want ErrInvalid", err)
			}
			forged, err := mixer.Prove(&bad, wit, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			if err := check(&bad, forged); !errors.Is(err, shuffle.ErrInvalid) {
				t.Errorf("proof for the altered output: got %v, want ErrInvalid", err)
			}
		})
	}
}
