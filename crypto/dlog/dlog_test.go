package dlog

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/evote-org/evote/crypto/group"
	"github.com/gtank/ristretto255"
)

// exp returns m·G.
func exp(m uint64) *ristretto255.Element {
	return ristretto255.NewElement().ScalarBaseMult(group.Uint64(m))
}

// probes returns the values worth looking up under a bound: the ends, the
// baby-step boundaries, and a few random values.
func probes(bound uint64, rng *rand.Rand) []uint64 {
	s := isqrt(bound) + 1
	vs := []uint64{0, bound, bound / 2, s - 1, s, s + 1, 2*s - 1, bound - bound%s}
	for range 5 {
		vs = append(vs, rng.Uint64N(bound+1))
	}
	return vs
}

func TestLog(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, bound := range []uint64{0, 1, 2, 3, 15, 16, 17, 1000, 1_500_000} {
		table := NewTable(bound)
		for _, m := range probes(bound, rng) {
			if m > bound {
				continue // s+1 exceeds tiny bounds
			}
			t.Run(fmt.Sprintf("max=%d/m=%d", bound, m), func(t *testing.T) {
				got, err := table.Log(exp(m))
				if err != nil || got != m {
					t.Errorf("Log = %d, %v; want %d", got, err, m)
				}
			})
		}
	}
}

func TestLogAboveBound(t *testing.T) {
	seed := make([]byte, 64)
	seed[0] = 1
	random := ristretto255.NewElement().FromUniformBytes(seed)
	for _, bound := range []uint64{0, 1, 16, 1000, 1_500_000} {
		s := isqrt(bound) + 1
		cases := map[string]*ristretto255.Element{
			"max+1":    exp(bound + 1),
			"max+s":    exp(bound + s),
			"s*s":      exp(s * s),
			"order-1":  ristretto255.NewElement().Negate(ristretto255.NewGeneratorElement()),
			"random":   random,
			"2^40+max": exp(1<<40 + bound),
		}
		// Found by the last giant step, past the bound.
		if last := bound/s*s + s - 1; last > bound {
			cases["last-giant"] = exp(last)
		}
		for name, M := range cases {
			t.Run(fmt.Sprintf("max=%d/%s", bound, name), func(t *testing.T) {
				if m, err := NewTable(bound).Log(M); !errors.Is(err, ErrNotFound) {
					t.Errorf("Log = %d, %v; want ErrNotFound", m, err)
				}
			})
		}
	}
}

func TestTableSize(t *testing.T) {
	for _, bound := range []uint64{0, 1, 3, 4, 99, 100, 1_500_000} {
		table := NewTable(bound)
		s := table.steps
		if s*s <= bound || (s-1)*(s-1) > bound || uint64(len(table.baby)) != s {
			t.Errorf("bound=%d: %d baby steps (%d in the map), want ⌊√bound⌋+1", bound, s, len(table.baby))
		}
	}
	if r := isqrt(MaxBound); r != 1<<20 {
		t.Errorf("isqrt(MaxBound) = %d, want 2^20", r)
	}
}

func TestNewTablePanicsAboveMaxBound(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	NewTable(MaxBound + 1)
}

func TestConcurrentLog(t *testing.T) {
	table := NewTable(100_000)
	var wg sync.WaitGroup
	for g := range uint64(8) {
		wg.Go(func() {
			m := g * 12_345
			if got, err := table.Log(exp(m)); err != nil || got != m {
				t.Errorf("Log = %d, %v; want %d", got, err, m)
			}
		})
	}
	wg.Wait()
}
