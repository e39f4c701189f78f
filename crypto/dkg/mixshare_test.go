package dkg_test

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/internal/testrand"
	"github.com/evote-org/evote/crypto/shuffle"
	"github.com/gtank/ristretto255"
)

// mixFixture is two lists of 3 ballots (2 and 3 candidates) under the
// fixture's key and the mix decryptions of all 5 trustees. Some
// ciphertexts appear twice (same value, same bytes) at positions that
// differ only in the ballot, the candidate or the list, so that an entry
// moved between them is a valid D for its ciphertext whose proof is bound
// to another position.
type mixFixture struct {
	*fixture
	lists  []*shuffle.List
	values [][][]uint64
	decs   []*dkg.MixDecryption
}

// Positions of the repeated ciphertexts: list, ballot, candidate.
var (
	sameBallot    = [2][3]int{{1, 0, 0}, {1, 1, 0}}
	sameCandidate = [2][3]int{{1, 0, 1}, {1, 0, 2}}
	sameList      = [2][3]int{{0, 2, 1}, {1, 2, 2}}
)

func newMixFixture(tb testing.TB, seed string) *mixFixture {
	tb.Helper()
	f := &mixFixture{fixture: newFixture(tb, seed), values: [][][]uint64{
		{{1, 2}, {2, 1}, {0, 1}},
		{{3, 1, 1}, {3, 2, 1}, {0, 0, 1}},
	}}
	rand := testrand.New(seed + "/mix")
	rows := make([][][]*elgamal.Ciphertext, len(f.values))
	for l, vs := range f.values {
		for _, v := range vs {
			var row []*elgamal.Ciphertext
			for _, m := range v {
				row = append(row, must2(elgamal.Encrypt(f.result.Key, m, rand)))
			}
			rows[l] = append(rows[l], row)
		}
	}
	for _, same := range [][2][3]int{sameBallot, sameCandidate, sameList} {
		from, to := same[0], same[1]
		rows[to[0]][to[1]][to[2]] = rows[from[0]][from[1]][from[2]]
	}
	for _, r := range rows {
		f.lists = append(f.lists, must(shuffle.NewList(r)))
	}
	for _, s := range f.shares {
		f.decs = append(f.decs, must(s.DecryptMixed(f.lists, rand)))
	}
	return f
}

// entryOffset is the offset of the entry of list l, ballot i, candidate k
// in an encoded mix decryption of the fixture's lists.
func (f *mixFixture) entryOffset(l, i, k int) int {
	off := 4
	for _, list := range f.lists[:l] {
		off += 8 + list.Len()*list.Width()*128
	}
	return off + 8 + (i*f.lists[l].Width()+k)*128
}

func (f *mixFixture) verify(b []byte) error {
	return f.result.VerifyMixDecryption(f.lists, must(dkg.ParseMixDecryption(b)))
}

func TestMixDecryption(t *testing.T) {
	f := newMixFixture(t, t.Name())
	for _, d := range f.decs {
		enc := d.Bytes()
		if want := 4 + 2*8 + (6+9)*128; len(enc) != want {
			t.Fatalf("mix decryption is %d bytes, want %d", len(enc), want)
		}
		d2, err := dkg.ParseMixDecryption(enc)
		if err != nil || !bytes.Equal(d2.Bytes(), enc) {
			t.Fatalf("round trip: %v", err)
		}
		if err := f.result.VerifyMixDecryption(f.lists, d2); err != nil {
			t.Fatalf("valid mix decryption refused: %v", err)
		}
	}
}

// TestMixDecryptionEveryElement: each D, a, b and z of every entry,
// replaced by the same field of another entry (a valid encoding), is
// refused, and the error names that entry.
func TestMixDecryptionEveryElement(t *testing.T) {
	f := newMixFixture(t, t.Name())
	enc := f.decs[1].Bytes()
	for l, list := range f.lists {
		for i := range list.Len() {
			for k := range list.Width() {
				off := f.entryOffset(l, i, k)
				other := f.entryOffset(1-l, 2-i, 0)
				for field, name := range []string{"D", "a", "b", "z"} {
					at := off + 32*field
					bad := with(enc, at, enc[other+32*field:other+32*field+32]...)
					err := f.verify(bad)
					want := fmt.Sprintf("list %d ballot %d candidate %d", l, i, k)
					if !errors.Is(err, dkg.ErrInvalid) || !strings.Contains(fmt.Sprint(err), want) {
						t.Errorf("%s of list %d ballot %d candidate %d replaced: got %v", name, l, i, k, err)
					}
				}
			}
		}
	}
}

// TestMixDecryptionBinds: a D and its proof are bound to the trustee, the
// election, the list, the ballot and the candidate.
func TestMixDecryptionBinds(t *testing.T) {
	f := newMixFixture(t, t.Name())
	enc := f.decs[0].Bytes()
	swap := func(p [2][3]int) []byte {
		a, b := f.entryOffset(p[0][0], p[0][1], p[0][2]), f.entryOffset(p[1][0], p[1][1], p[1][2])
		out := with(enc, a, enc[b:b+128]...)
		return with(out, b, enc[a:a+128]...)
	}
	other := *f.result
	other.Context.ElectionID[5] = 0xff
	for name, tc := range map[string]struct {
		r    *dkg.Result
		b    []byte
		want error
	}{
		"another ballot":    {f.result, swap(sameBallot), dkg.ErrInvalid},
		"another candidate": {f.result, swap(sameCandidate), dkg.ErrInvalid},
		"another list":      {f.result, swap(sameList), dkg.ErrInvalid},
		"another election":  {&other, enc, dkg.ErrInvalid},
		"another trustee":   {f.result, with(enc, 2, 2), dkg.ErrInvalid},
		"trustee 6 of 5":    {f.result, with(enc, 2, 6), dkg.ErrMismatch},
	} {
		err := tc.r.VerifyMixDecryption(f.lists, must(dkg.ParseMixDecryption(tc.b)))
		var te *dkg.TrusteeError
		if !errors.Is(err, tc.want) || !errors.As(err, &te) {
			t.Errorf("%s: got %v, want a TrusteeError with %v", name, err, tc.want)
		}
	}
}

// TestMixDecryptionShape: a decryption of other lists is a misfit.
func TestMixDecryptionShape(t *testing.T) {
	f := newMixFixture(t, t.Name())
	short := must(shuffle.NewList([][]*elgamal.Ciphertext{f.lists[1].Row(0), f.lists[1].Row(1)}))
	narrow := must(shuffle.NewList([][]*elgamal.Ciphertext{f.lists[1].Row(0)[:2], f.lists[1].Row(1)[:2], f.lists[1].Row(2)[:2]}))
	for name, lists := range map[string][]*shuffle.List{
		"one list":      f.lists[:1],
		"three lists":   {f.lists[0], f.lists[1], f.lists[1]},
		"lists swapped": {f.lists[1], f.lists[0]},
		"narrower":      {f.lists[0], narrow},
	} {
		if err := f.result.VerifyMixDecryption(lists, f.decs[0]); !errors.Is(err, dkg.ErrMismatch) {
			t.Errorf("%s: got %v, want ErrMismatch", name, err)
		}
	}
	if err := f.result.VerifyMixDecryption([]*shuffle.List{f.lists[0], short}, f.decs[0]); !errors.Is(err, dkg.ErrCiphertexts) {
		t.Errorf("lists of different lengths: got %v, want ErrCiphertexts", err)
	}
}

func TestCombineMix(t *testing.T) {
	f := newMixFixture(t, t.Name())
	bad := must(dkg.ParseMixDecryption(with(f.decs[3].Bytes(), f.entryOffset(1, 2, 2), f.decs[0].Bytes()[4+8:4+8+32]...)))
	ds := []*dkg.MixDecryption{nil, f.decs[4], f.decs[1], f.decs[1], bad, f.decs[0]}
	dec, err := f.result.CombineMix(f.lists, ds)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(dec.Used, []int{1, 2, 5}) {
		t.Errorf("used %v, want [1 2 5]", dec.Used)
	}
	var rejected []int
	for _, r := range dec.Rejected {
		rejected = append(rejected, r.Trustee)
	}
	if !slices.Equal(rejected, []int{2, 4}) || !errors.Is(dec.Rejected[0], dkg.ErrMismatch) || !errors.Is(dec.Rejected[1], dkg.ErrInvalid) {
		t.Errorf("rejected %v", dec.Rejected)
	}
	for l, vs := range f.values {
		for i, v := range vs {
			for k, m := range v {
				if got := dec.Messages[l][i*len(v)+k]; got.Equal(ristretto255.NewElement().ScalarBaseMult(group.Uint64(m))) != 1 {
					t.Errorf("list %d ballot %d candidate %d: not %d·G", l, i, k, m)
				}
			}
		}
	}
	var ce *dkg.CombineError
	if _, err := f.result.CombineMix(f.lists, []*dkg.MixDecryption{f.decs[0], bad, f.decs[2], f.decs[2]}); !errors.As(err, &ce) ||
		!errors.Is(err, dkg.ErrTooFewShares) || ce.Valid != 2 || len(ce.Rejected) != 2 {
		t.Errorf("two valid of three needed: got %v", err)
	}
}

func u32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

func TestParseMixDecryptionRejects(t *testing.T) {
	f := newMixFixture(t, t.Name())
	enc := f.decs[0].Bytes()
	list1 := f.entryOffset(1, 0, 0) - 8
	for name, b := range map[string][]byte{
		"empty":               nil,
		"header only":         enc[:4],
		"version 2":           with(enc, 0, 2),
		"kind 4":              with(enc, 1, 4),
		"trustee 0":           with(enc, 2, 0),
		"trustee 65":          with(enc, 2, 65),
		"no list":             with(enc, 3, 0),
		"33 lists":            with(enc, 3, 33),
		"3 lists":             with(enc, 3, 3),
		"no ballots":          with(enc, 4, u32(0)...),
		"too many ballots":    with(enc, 4, u32(shuffle.MaxLen+1)...),
		"width 0":             with(enc, 8, u32(0)...),
		"too wide":            with(enc, 8, u32(shuffle.MaxWidth+1)...),
		"lengths differ":      with(enc, list1, u32(2)...)[:len(enc)-3*128],
		"size wraps 32 bits":  with(with(enc[:12], 4, u32(shuffle.MaxLen)...), 8, u32(shuffle.MaxWidth)...),
		"one byte short":      enc[:len(enc)-1],
		"one byte more":       append(bytes.Clone(enc), 0),
		"truncated list head": enc[:list1+4],
		"identity D":          with(enc, 12, identity...),
		"non-canonical a":     with(enc, 12+32, nonCanonical...),
		"identity b":          with(enc, 12+64, identity...),
		"z = ℓ":               with(enc, 12+96, order...),
	} {
		if _, err := dkg.ParseMixDecryption(b); !errors.Is(err, dkg.ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
}

func TestDecryptMixedRefuses(t *testing.T) {
	f := newMixFixture(t, t.Name())
	short := must(shuffle.NewList([][]*elgamal.Ciphertext{f.lists[1].Row(0)}))
	g := ristretto255.NewGeneratorElement()
	bare := must(shuffle.NewList([][]*elgamal.Ciphertext{{elgamal.NewCiphertext(ristretto255.NewIdentityElement(), g)}}))
	for name, lists := range map[string][]*shuffle.List{
		"no list":          nil,
		"33 lists":         slices.Repeat(f.lists[:1], 33),
		"a missing list":   {f.lists[0], nil},
		"different length": {f.lists[0], short},
		"A the identity":   {bare},
	} {
		if _, err := f.shares[0].DecryptMixed(lists, testrand.New(name)); !errors.Is(err, dkg.ErrCiphertexts) {
			t.Errorf("%s: got %v, want ErrCiphertexts", name, err)
		}
	}
}

func FuzzParseMixDecryption(f *testing.F) {
	text := must(os.ReadFile(filepath.Join("testdata", "mixshare-v1.hex")))
	enc := must(hex.DecodeString(strings.TrimSpace(string(text))))
	f.Add(enc)
	f.Add(enc[:20])
	f.Add(with(enc, 4, u32(1)...))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := dkg.ParseMixDecryption(b)
		if err != nil {
			if !errors.Is(err, dkg.ErrDecode) {
				t.Fatalf("error %v is not ErrDecode", err)
			}
			return
		}
		if !bytes.Equal(d.Bytes(), b) {
			t.Fatal("accepted a non-canonical encoding")
		}
	})
}

// TestGoldenMixShare: the golden mix decryption (docs/protocol.md,
// section 14.9) verifies against the golden fixture's lists.
func TestGoldenMixShare(t *testing.T) {
	f := newMixFixture(t, "golden-dkg")
	text := must(os.ReadFile(filepath.Join("testdata", "mixshare-v1.hex")))
	b := must(hex.DecodeString(strings.TrimSpace(string(text))))
	if err := f.verify(b); err != nil {
		t.Fatal(err)
	}
}

// TestDecryptMixedCores: the share is the same whatever the number of
// cores (the randomness is read in the order of the ciphertexts), and it
// verifies across several batches.
func TestDecryptMixedCores(t *testing.T) {
	f := newFixture(t, t.Name())
	lists := mixLists(t, f.result.Key, 1500, 3)
	many := must(f.shares[2].DecryptMixed(lists, testrand.New("cores"))).Bytes()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := must(f.shares[2].DecryptMixed(lists, testrand.New("cores"))).Bytes()
	if !bytes.Equal(one, many) {
		t.Error("the share depends on the number of cores")
	}
	if err := f.result.VerifyMixDecryption(lists, must(dkg.ParseMixDecryption(many))); err != nil {
		t.Error(err)
	}
	// A bad D in the second batch (entries 4,096 on) is named.
	at := 4 + 8 + 4200*128
	bad := with(many, at, many[12:44]...)
	err := f.result.VerifyMixDecryption(lists, must(dkg.ParseMixDecryption(bad)))
	if !errors.Is(err, dkg.ErrInvalid) || !strings.Contains(err.Error(), "list 0 ballot 1400 candidate 0") {
		t.Errorf("a bad entry in the second batch: got %v", err)
	}
}
