package proof

import (
	"crypto/rand"
	"errors"
	"testing"

	"github.com/evote-org/evote/crypto/batch"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/gtank/ristretto255"
)

var testCtx = transcript.Context{ChainID: 1337, Contract: [20]byte{0xc0, 0xff, 0xee}, ElectionID: [32]byte{1, 2, 3}}

func place(ctx transcript.Context, option uint64) *transcript.Transcript {
	t := transcript.New("test-option")
	t.AppendContext(ctx)
	t.AppendUint64("option", option)
	return t
}

func testKey(t testing.TB) (*ristretto255.Scalar, *elgamal.PublicKey) {
	s, err := group.RandomScalar(testrand.New(t.Name()))
	if err != nil {
		t.Fatal(err)
	}
	return s, elgamal.NewPublicKey(ristretto255.NewElement().ScalarBaseMult(s))
}

// check verifies one proof on its own batch.
func check(t testing.TB, add func(*batch.Verifier) error) error {
	t.Helper()
	bv := batch.New(rand.Reader)
	if err := add(bv); err != nil {
		return err
	}
	return bv.Check()
}

func TestDisjunctive(t *testing.T) {
	_, pk := testKey(t)
	for _, tc := range []struct {
		name      string
		lo, hi, v uint64
	}{
		{"zero-one/0", 0, 1, 0},
		{"zero-one/1", 0, 1, 1},
		{"exact", 1, 1, 1},
		{"range/lo", 2, 5, 2},
		{"range/mid", 2, 5, 4},
		{"range/hi", 2, 5, 5},
		// 64 options allowing 0 to 64 selections: 65 branches.
		{"widest/0", 0, 64, 0},
		{"widest/64", 0, 64, 64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ct, r, err := elgamal.Encrypt(pk, tc.v, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			p, err := ProveDisjunctive(place(testCtx, 3), pk, ct, tc.lo, tc.hi, tc.v, r, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			enc := p.Bytes()
			if len(enc) != DisjunctiveSize(tc.lo, tc.hi) {
				t.Fatalf("encoding is %d bytes, want %d", len(enc), DisjunctiveSize(tc.lo, tc.hi))
			}
			q, err := ParseDisjunctive(enc, tc.lo, tc.hi)
			if err != nil {
				t.Fatal(err)
			}
			verify := func(ctx transcript.Context, option uint64, pk *elgamal.PublicKey, ct *elgamal.Ciphertext, lo, hi uint64) error {
				return check(t, func(bv *batch.Verifier) error {
					return q.Verify(place(ctx, option), pk, ct, lo, hi, bv)
				})
			}
			if err := verify(testCtx, 3, pk, ct, tc.lo, tc.hi); err != nil {
				t.Fatalf("valid proof rejected: %v", err)
			}
			otherCtx := testCtx
			otherCtx.ElectionID[0] ^= 1
			_, otherPK := testKey(&testing.T{})
			otherCT, _, _ := elgamal.Encrypt(pk, tc.v, rand.Reader)
			for name, err := range map[string]error{
				"context":    verify(otherCtx, 3, pk, ct, tc.lo, tc.hi),
				"place":      verify(testCtx, 4, pk, ct, tc.lo, tc.hi),
				"key":        verify(testCtx, 3, otherPK, ct, tc.lo, tc.hi),
				"ciphertext": verify(testCtx, 3, pk, otherCT, tc.lo, tc.hi),
				"range":      verify(testCtx, 3, pk, ct, tc.lo+1, tc.hi+1),
			} {
				if err == nil {
					t.Errorf("proof accepted with another %s", name)
				}
			}
		})
	}
}

func TestDisjunctiveOutOfRangeValue(t *testing.T) {
	_, pk := testKey(t)
	// An honest prover refuses a false statement.
	ct, r, _ := elgamal.Encrypt(pk, 2, rand.Reader)
	if _, err := ProveDisjunctive(place(testCtx, 0), pk, ct, 0, 1, 2, r, rand.Reader); !errors.Is(err, ErrStatement) {
		t.Fatalf("proving 2 in [0,1]: got %v, want ErrStatement", err)
	}
	// A cheating prover claims the ciphertext of 2 holds 1: the proof fails.
	p, err := ProveDisjunctive(place(testCtx, 0), pk, ct, 0, 1, 1, r, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	err = check(t, func(bv *batch.Verifier) error { return p.Verify(place(testCtx, 0), pk, ct, 0, 1, bv) })
	if !errors.Is(err, batch.ErrFailed) {
		t.Fatalf("proof of a 2 as 0/1 verified: %v", err)
	}
	for _, r := range [][2]uint64{{1, 0}, {0, MaxBranches}} {
		if _, err := ProveDisjunctive(place(testCtx, 0), pk, ct, r[0], r[1], r[0], group.Uint64(1), rand.Reader); !errors.Is(err, ErrStatement) {
			t.Errorf("range %v: got %v, want ErrStatement", r, err)
		}
	}
}

func TestDisjunctiveTampered(t *testing.T) {
	_, pk := testKey(t)
	ct, r, _ := elgamal.Encrypt(pk, 1, rand.Reader)
	p, _ := ProveDisjunctive(place(testCtx, 0), pk, ct, 0, 1, 1, r, rand.Reader)
	enc := p.Bytes()
	for i := 0; i < len(enc); i += 7 {
		bad := append([]byte(nil), enc...)
		bad[i] ^= 0x01
		q, err := ParseDisjunctive(bad, 0, 1)
		if err != nil {
			continue // most flips make a non-canonical encoding
		}
		err = check(t, func(bv *batch.Verifier) error { return q.Verify(place(testCtx, 0), pk, ct, 0, 1, bv) })
		if err == nil {
			t.Fatalf("proof with byte %d flipped verified", i)
		}
	}
}

func TestDLEQ(t *testing.T) {
	s, pk := testKey(t)
	h := ristretto255.NewElement().ScalarBaseMult(group.Uint64(12345))
	d := ristretto255.NewElement().ScalarMult(s, h)
	tr := func(i uint64) *transcript.Transcript { return place(testCtx, i) }
	p, err := ProveDLEQ(tr(1), s, pk.Element(), h, d, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	q, err := ParseDLEQ(p.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	ok := func(i uint64, y, h, d *ristretto255.Element) error {
		return check(t, func(bv *batch.Verifier) error { q.Verify(tr(i), y, h, d, bv); return nil })
	}
	if err := ok(1, pk.Element(), h, d); err != nil {
		t.Fatalf("valid DLEQ rejected: %v", err)
	}
	wrongD := ristretto255.NewElement().Add(d, ristretto255.NewGeneratorElement())
	if ok(2, pk.Element(), h, d) == nil || ok(1, pk.Element(), h, wrongD) == nil || ok(1, h, pk.Element(), d) == nil {
		t.Fatal("DLEQ accepted for another statement")
	}
}

func TestSchnorr(t *testing.T) {
	x, pk := testKey(t)
	p, err := ProveSchnorr(place(testCtx, 7), x, pk.Element(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	q, err := ParseSchnorr(p.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	ok := func(i uint64, X *ristretto255.Element) error {
		return check(t, func(bv *batch.Verifier) error { q.Verify(place(testCtx, i), X, bv); return nil })
	}
	if err := ok(7, pk.Element()); err != nil {
		t.Fatalf("valid Schnorr proof rejected: %v", err)
	}
	if ok(8, pk.Element()) == nil || ok(7, ristretto255.NewGeneratorElement()) == nil {
		t.Fatal("Schnorr proof accepted for another statement")
	}
}

func TestParseRejects(t *testing.T) {
	var order = []byte{ // the group order ℓ, little-endian: not canonical
		0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10}
	identity := make([]byte, 32)
	nonCanonical := make([]byte, 32)
	nonCanonical[0] = 1 // odd field element: never a canonical ristretto255 encoding
	base := ristretto255.NewGeneratorElement().Bytes()
	one := group.Uint64(1).Bytes()
	cat := func(parts ...[]byte) []byte {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		return b
	}
	for name, b := range map[string][]byte{
		"short":         cat(base, one)[:63],
		"long":          cat(base, one, one),
		"identity":      cat(identity, one),
		"non-canonical": cat(nonCanonical, one),
		"scalar ≥ ℓ":    cat(base, order),
	} {
		if _, err := ParseSchnorr(b); !errors.Is(err, ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
	if _, err := ParseDLEQ(cat(base, identity, one)); !errors.Is(err, ErrDecode) {
		t.Errorf("DLEQ with identity: got %v", err)
	}
	if _, err := ParseDisjunctive(make([]byte, DisjunctiveSize(0, 1)), 0, 1); !errors.Is(err, ErrDecode) {
		t.Errorf("all-zero disjunctive: got %v", err)
	}
	if _, err := ParseDisjunctive(nil, 5, 1); !errors.Is(err, ErrStatement) {
		t.Errorf("inverted range: got %v", err)
	}
}

func FuzzParse(f *testing.F) {
	_, pk := testKey(f)
	ct, r, _ := elgamal.Encrypt(pk, 1, rand.Reader)
	p, _ := ProveDisjunctive(place(testCtx, 0), pk, ct, 0, 1, 1, r, rand.Reader)
	f.Add(p.Bytes(), uint8(0), uint8(1))
	f.Add(make([]byte, SchnorrSize), uint8(3), uint8(2))
	f.Fuzz(func(t *testing.T, b []byte, lo, hi uint8) {
		if d, err := ParseDisjunctive(b, uint64(lo), uint64(hi)); err == nil {
			// Whatever decodes must verify without panicking (and re-encode
			// to the same bytes).
			if string(d.Bytes()) != string(b) {
				t.Fatal("re-encoding differs")
			}
			_ = d.Verify(place(testCtx, 0), pk, ct, uint64(lo), uint64(hi), batch.New(rand.Reader))
		}
		ParseDLEQ(b)
		ParseSchnorr(b)
	})
}
