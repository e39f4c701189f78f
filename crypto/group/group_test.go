package group

import (
	"bytes"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/gtank/ristretto255"
)

// rfc9496BadEncodings are the invalid encodings of RFC 9496, Appendix A.2.
var rfc9496BadEncodings = []string{
	// non-canonical field encodings
	"00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
	"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
	"f3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
	"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
	// negative field elements
	"0100000000000000000000000000000000000000000000000000000000000000",
	"01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
	"ed57ffd8c914fb201471d1c3d245ce3c746fcbe63a3679d51b6a516ebebe0e20",
	"c34c4e1826e5d403b78e246e88aa051c36ccf0aafebffe137d148a2bf9104562",
	// non-square x²
	"26948d35ca62e643e26a83177332e6b6afeb9d08e4268b650f1f5bbd8d81d371",
	"4eac077a713c57b4f4397629a4145982c661f48044dd3f96427d40b147d9742f",
	// negative xy
	"3eb858e78f5a7254d8c9731174a94f76755fd3941c0ac93735c07ba14579630e",
	"a45fdc55c76448c049a1ab33f17023edfb2be3581e9c7aade8a6125215e04220",
	// s = -1, which gives y = 0
	"ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
}

func TestDecodeElementRejects(t *testing.T) {
	for _, h := range rfc9496BadEncodings {
		b, _ := hex.DecodeString(h)
		if _, err := DecodeElement(b); !errors.Is(err, ErrNonCanonical) {
			t.Errorf("%s: got %v, want ErrNonCanonical", h, err)
		}
	}
	if _, err := DecodeElement(make([]byte, 32)); !errors.Is(err, ErrIdentity) {
		t.Errorf("identity: got %v, want ErrIdentity", err)
	}
	for _, n := range []int{0, 31, 33, 64} {
		if _, err := DecodeElement(make([]byte, n)); !errors.Is(err, ErrLength) {
			t.Errorf("%d bytes: got %v, want ErrLength", n, err)
		}
	}
	g := ristretto255.NewGeneratorElement()
	e, err := DecodeElement(g.Bytes())
	if err != nil || e.Equal(g) != 1 {
		t.Fatalf("base point: %v", err)
	}
}

func TestDecodeScalar(t *testing.T) {
	// ℓ = 2^252 + 27742317777372353535851937790883648493, little-endian.
	order, _ := hex.DecodeString("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")
	if _, err := DecodeScalar(order); !errors.Is(err, ErrNonCanonical) {
		t.Errorf("ℓ: got %v, want ErrNonCanonical", err)
	}
	order[0]-- // ℓ − 1 is the largest canonical scalar
	s, err := DecodeScalar(order)
	if err != nil || !bytes.Equal(s.Bytes(), order) {
		t.Errorf("ℓ−1: %v", err)
	}
	if _, err := DecodeScalar(make([]byte, 31)); !errors.Is(err, ErrLength) {
		t.Errorf("31 bytes: got %v, want ErrLength", err)
	}
}

func TestSmallIntegers(t *testing.T) {
	sum := ristretto255.NewScalar().Add(Int64(-5), Uint64(5))
	if sum.Equal(ristretto255.NewScalar()) != 1 {
		t.Fatal("-5 + 5 != 0")
	}
	if Uint64(1 << 63).Bytes()[7] != 0x80 {
		t.Fatal("Uint64 is not little-endian")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(ristretto255.NewGeneratorElement().Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		if e, err := DecodeElement(b); err == nil && !bytes.Equal(e.Bytes(), b) {
			t.Fatal("decoded element re-encodes differently")
		}
		if s, err := DecodeScalar(b); err == nil && !bytes.Equal(s.Bytes(), b) {
			t.Fatal("decoded scalar re-encodes differently")
		}
	})
}

func TestDecodeMany(t *testing.T) {
	g := ristretto255.NewGeneratorElement()
	b := AppendElements(nil, g, g)
	if es, err := DecodeElements(b, 2); err != nil || len(es) != 2 {
		t.Fatalf("two elements: %v", err)
	}
	if _, err := DecodeElements(b, 3); !errors.Is(err, ErrLength) {
		t.Errorf("too short: %v", err)
	}
	if _, err := DecodeElements(append(b, make([]byte, 32)...), 3); !errors.Is(err, ErrIdentity) {
		t.Errorf("identity third: %v", err)
	}
	s := AppendScalars(nil, Uint64(1), Uint64(2))
	if ss, err := DecodeScalars(s, 2); err != nil || ss[1].Equal(Uint64(2)) != 1 {
		t.Fatalf("two scalars: %v", err)
	}
	if _, err := DecodeScalars(s[:40], 2); !errors.Is(err, ErrLength) {
		t.Errorf("too short: %v", err)
	}
}
