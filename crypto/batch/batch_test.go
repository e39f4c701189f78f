package batch

import (
	"crypto/rand"
	"errors"
	"testing"
	"testing/iotest"

	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// point returns k·G.
func point(k uint64) *ristretto255.Element {
	return ristretto255.NewElement().ScalarBaseMult(group.Uint64(k))
}

// addEquation adds w·(x·P + y·Q − z·G) for P = 3G and Q shared.
func addEquation(v *Verifier, q *ristretto255.Element, x, y, z int64) {
	w := v.Weight()
	v.Add(ristretto255.NewScalar().Multiply(w, group.Int64(x)), point(3))
	v.AddShared(ristretto255.NewScalar().Multiply(w, group.Int64(y)), q)
	v.AddBase(ristretto255.NewScalar().Multiply(w, group.Int64(-z)))
}

func TestCheck(t *testing.T) {
	q := point(5) // shared by every equation
	v := New(rand.Reader)
	for range 100 {
		addEquation(v, q, 2, 1, 11) // 2·3G + 5G = 11G
	}
	if err := v.Check(); err != nil {
		t.Fatalf("true equations rejected: %v", err)
	}
	if v.Len() != 100+1+1 {
		t.Fatalf("Len = %d: the shared point was not merged", v.Len())
	}
	addEquation(v, q, 2, 1, 12) // one false equation among them
	if err := v.Check(); !errors.Is(err, ErrFailed) {
		t.Fatalf("false equation accepted: %v", err)
	}
}

func TestWeightsAreShortAndFresh(t *testing.T) {
	v := New(rand.Reader)
	a, b := v.Weight(), v.Weight()
	if a.Equal(b) == 1 {
		t.Fatal("two weights are equal")
	}
	for _, w := range []*ristretto255.Scalar{a, b} {
		if enc := w.Bytes(); [16]byte(enc[16:]) != [16]byte{} {
			t.Fatalf("weight %x is longer than 128 bits", enc)
		}
	}
}

func TestRandomnessFailure(t *testing.T) {
	v := New(iotest.ErrReader(errors.New("no entropy")))
	addEquation(v, point(5), 2, 1, 11)
	if err := v.Check(); err == nil || errors.Is(err, ErrFailed) {
		t.Fatalf("Check with broken randomness: %v, want the read error", err)
	}
}
