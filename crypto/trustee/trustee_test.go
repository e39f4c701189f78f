package trustee

import (
	"crypto/rand"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/group"
	"github.com/evote-org/evote/crypto/internal/testrand"
)

// TestEverySubset: every set of t trustees decrypts to the same counts,
// for several shapes of ceremony.
func TestEverySubset(t *testing.T) {
	for _, p := range []dkg.Params{{N: 1, T: 1}, {N: 3, T: 1}, {N: 3, T: 3}, {N: 5, T: 3}, {N: 7, T: 4}} {
		t.Run(fmt.Sprintf("%d-of-%d", p.T, p.N), func(t *testing.T) {
			r, shares := honest(t, p.N, p.T, t.Name())
			aggs, want := tally(t, r.Key, 3, []int{0, 1, 1, 2, 1}, rand.Reader)
			for _, set := range subsets(p.N, p.T) {
				dec, err := r.Combine(aggs, partials(t, shares, aggs, rand.Reader, set...))
				if err != nil {
					t.Fatalf("%v: %v", set, err)
				}
				if got := counts(t, dec.Messages, 5); !slices.Equal(got, want) || !slices.Equal(dec.Used, set) {
					t.Fatalf("%v: counts %v used %v, want %v", set, got, dec.Used, want)
				}
			}
		})
	}
}

// subsets returns the k-subsets of 1..n in lexicographic order.
func subsets(n, k int) [][]int {
	if k == 0 {
		return [][]int{nil}
	}
	var out [][]int
	for first := 1; first <= n-k+1; first++ {
		for _, rest := range subsets(n-first, k-1) {
			set := []int{first}
			for _, x := range rest {
				set = append(set, first+x)
			}
			out = append(out, set)
		}
	}
	return out
}

func TestNewRejects(t *testing.T) {
	for _, tc := range []struct {
		p     dkg.Params
		index int
	}{{dkg.Params{N: 5, T: 3}, 0}, {dkg.Params{N: 5, T: 3}, 6}, {dkg.Params{N: 3, T: 4}, 1}, {dkg.Params{N: 65, T: 3}, 1}} {
		if _, err := New(dkg.Ceremony{Context: testCtx, Params: tc.p}, tc.index, rand.Reader); err == nil {
			t.Errorf("New(%v, %d) succeeded", tc.p, tc.index)
		}
	}
}

func TestDealChecksKeys(t *testing.T) {
	_, trustees, keys := setup(t, 4, 2, rand.Reader)
	bad := *keys[2]
	bad.X = keys[1].X // trustee 3 registers trustee 2's key as its own
	var te *dkg.TrusteeError
	if _, err := trustees[0].Deal([]*dkg.TrusteeKey{keys[0], keys[1], &bad, keys[3]}, rand.Reader); !errors.As(err, &te) || te.Trustee != 3 {
		t.Errorf("dealt to a copied key: %v", err)
	}
	if _, err := trustees[0].Deal([]*dkg.TrusteeKey{keys[1], keys[0], keys[2], keys[3]}, rand.Reader); !errors.Is(err, dkg.ErrMismatch) {
		t.Errorf("dealt to keys out of order: %v", err)
	}
	if _, err := trustees[0].Deal(keys[:3], rand.Reader); !errors.Is(err, dkg.ErrMismatch) {
		t.Errorf("dealt to 3 of 4 keys: %v", err)
	}
}

func TestReceiveRejectsInvalidDealing(t *testing.T) {
	_, trustees, keys := setup(t, 3, 2, rand.Reader)
	d, _ := trustees[0].Deal(keys, rand.Reader)
	tampered := *d
	tampered.Shares = slices.Clone(d.Shares)
	tampered.Shares[1] = group.Uint64(7)
	if cp, err := trustees[1].Receive(&tampered, rand.Reader); !errors.Is(err, dkg.ErrInvalid) || cp != nil {
		t.Errorf("tampered dealing: complaint %v, err %v", cp, err)
	}
	other := dkg.Ceremony{Context: testCtx, Params: dkg.Params{N: 3, T: 2}}
	other.Context.ChainID++
	o, _ := New(other, 1, rand.Reader)
	if _, err := o.Receive(d, rand.Reader); !errors.Is(err, dkg.ErrInvalid) {
		t.Errorf("dealing of another election received: %v", err)
	}
}

// TestSilentVictim: a trustee sent a bad share that does not complain is
// left without a key share; the others decrypt without it.
func TestSilentVictim(t *testing.T) {
	c, trustees, keys := setup(t, 4, 2, rand.Reader)
	ds := dealAll(t, trustees, keys, rand.Reader)
	ds[0] = badDealing(t, trustees[0], keys, 3)
	_ = receiveAll(t, trustees, ds, rand.Reader) // trustee 3's complaint is never posted
	r, err := c.Qualify(keys, ds, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := trustees[2].Finish(r); !errors.Is(err, ErrMissingShare) {
		t.Fatalf("victim finished: %v", err)
	}
	s1, err1 := trustees[0].Finish(r)
	s4, err4 := trustees[3].Finish(r)
	if err1 != nil || err4 != nil {
		t.Fatal(err1, err4)
	}
	aggs, want := tally(t, r.Key, 2, []int{1, 1, 0}, rand.Reader)
	dec, err := r.Combine(aggs, partials(t, []*Share{s1, nil, nil, s4}, aggs, rand.Reader, 1, 4))
	if err != nil || !slices.Equal(counts(t, dec.Messages, 3), want) {
		t.Fatalf("decryption without the victim: %v", err)
	}
}

func TestFinishRejects(t *testing.T) {
	c, trustees, keys := setup(t, 3, 2, testrand.New("finish"))
	ds := dealAll(t, trustees, keys, rand.Reader)
	_ = receiveAll(t, trustees, ds[:2], rand.Reader) // dealing 3 never received
	r, err := c.Qualify(keys, ds, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := trustees[0].Finish(r); !errors.Is(err, ErrMissingShare) {
		t.Errorf("finished without dealer 3's share: %v", err)
	}
	other := *r
	other.Context.ElectionID[0]++
	if _, err := trustees[0].Finish(&other); !errors.Is(err, ErrCeremony) {
		t.Errorf("finished with another election's result: %v", err)
	}
	_ = receiveAll(t, trustees, ds[2:], rand.Reader)
	forged := *r
	forged.Verification = slices.Clone(r.Verification)
	forged.Verification[0] = forged.Verification[1]
	if _, err := trustees[0].Finish(&forged); !errors.Is(err, ErrShareMismatch) {
		t.Errorf("finished against a wrong Y_1: %v", err)
	}
}

func TestPartialDecryptRejectsEmpty(t *testing.T) {
	r, shares := honest(t, 3, 2, t.Name())
	ct, _, _ := elgamal.Encrypt(r.Key, 1, rand.Reader)
	for name, aggs := range map[string][]*elgamal.Ciphertext{
		"none":     nil,
		"zero":     {ct, elgamal.Zero()},
		"nil":      {nil},
		"too-many": make([]*elgamal.Ciphertext, dkg.MaxCiphertexts+1),
	} {
		if _, err := shares[0].PartialDecrypt(aggs, rand.Reader); !errors.Is(err, dkg.ErrCiphertexts) {
			t.Errorf("%s: got %v, want ErrCiphertexts", name, err)
		}
	}
}

func TestSecretsNotComparable(t *testing.T) {
	for _, v := range []any{Trustee{}, Share{}} {
		if reflect.TypeOf(v).Comparable() {
			t.Errorf("%T is comparable", v)
		}
	}
}
